#!/usr/bin/env python3
"""abacus: 40 report e-mails to uvp@cg.ukrtel.net full of figures that are not the plan's,
with hand-written answer keys.

Python 3 standard library only.  `python3 make.py` writes NAME.eml and NAME.expected.json for
every mail beside this file and checks every key against the mail it was written for.  The
office files under attachments/ were converted once from attachments/src/ by
attachments/convert.sh (LibreOffice); make.py only reads them, so its output is the same on
every run.

Each mail's KEY literal stands directly above its builder: it was written first, the text after.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import quopri
import re
import sys
import textwrap
import tomllib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
PLAN_TOML = os.environ.get("ZVIT_PLAN_TOML", "/work/main/config/plan.toml")
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"

with open(PLAN_TOML, "rb") as _f:
    PLAN = tomllib.load(_f)
EXECUTORS = {e["id"]: e for e in PLAN["executor"]}
MEASURE = {m["number"]: m["text"] for m in PLAN["measure"]}
DEADLINES = sorted(d["date"] for d in PLAN["deadline"])
GRACE = int(PLAN["plan"].get("grace_days", 3))
APPROVED = PLAN["plan"]["approved"]
OFFICE = EXECUTORS["uvp"]["name"]
PLAN_OF = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
           "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
          "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}


def email_of(eid):
    return EXECUTORS[eid]["emails"][0]


# ---------------------------------------------------------------------------------------------
# MIME writing.  Everything is built with "\n" and turned into CRLF once, at the end.

def _b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def enc_body(raw, cte):
    cte = cte.lower()
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return _b64lines(raw)
    return raw  # 7bit / 8bit


def ew(s, cs="utf-8", mode="B", sep="\n "):
    """RFC 2047 encoded words for a header text; pure ASCII passes through."""
    if all(ord(c) < 128 for c in s):
        return s

    def one(chunk):
        b = chunk.encode(cs)
        if mode == "B":
            return f"=?{cs}?B?{base64.b64encode(b).decode()}?="
        q = "".join(chr(c) if (c < 128 and chr(c).isalnum()) else ("_" if c == 32 else f"={c:02X}")
                    for c in b)
        return f"=?{cs}?Q?{q}?="

    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > 74:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return sep.join(words)


def addr(name, mail, cs="utf-8", mode="B", quoted=True):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{mail}>' if quoted else f"{name} <{mail}>"
    return f"{ew(name, cs, mode)} <{mail}>"


def entity(headers, body):
    return "\n".join(headers).encode("ascii") + b"\n\n" + body


KOI_FIX = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "–": "-", "—": "-", "’": "'",
                        "№": "N", "…": "..."})


def koi(t):
    """What a clerk typing in a KOI8 client ends up sending: no «», dashes or №."""
    return t.translate(KOI_FIX)


def text(t, sub="plain", cs="utf-8", cte="quoted-printable", label=None, params="", extra=()):
    """A text leaf; `label` is the charset named in the header (it may lie: mislabelled mail)."""
    raw = t.encode(cs, "xmlcharrefreplace" if sub == "html" else "strict")
    hdr = [f'Content-Type: text/{sub}; charset="{label or cs}"{params}',
           f"Content-Transfer-Encoding: {cte}", *extra]
    return entity(hdr, enc_body(raw, cte))


def read_att(name):
    with open(os.path.join(ATT, name), "rb") as f:
        return f.read()


def attach(stored, ctype, filename, style="2047B", cs="utf-8", disp="attachment", extra=(),
           data=None, cte="base64"):
    """An attachment leaf: `stored` names the file under attachments/, `filename` is what the
    mail calls it, written the way the sending client writes names."""
    if data is None:
        data = read_att(stored)
    if style == "2047B":
        n = ew(filename, cs, "B", sep=" ")
        ct = f'Content-Type: {ctype};\n\tname="{n}"'
        cd = f'Content-Disposition: {disp};\n\tfilename="{n}"'
    elif style == "2047Q":
        n = ew(filename, cs, "Q", sep=" ")
        ct = f'Content-Type: {ctype};\n name="{n}"'
        cd = f'Content-Disposition: {disp};\n filename="{n}"'
    elif style == "2231":
        # Thunderbird: RFC 2047 in the type's name, RFC 2231 continuations in the disposition.
        n = ew(filename, cs, "B", sep="\n ")
        ct = f'Content-Type: {ctype};\n name="{n}"'
        pct = "".join(chr(b) if (b < 128 and (chr(b).isalnum() or chr(b) in "-._")) else f"%{b:02X}"
                      for b in filename.encode(cs))
        toks = re.findall(r"%[0-9A-F]{2}|.", pct)
        chunks, cur = [], ""
        for tok in toks:
            if len(cur) + len(tok) > 42:
                chunks.append(cur)
                cur = ""
            cur += tok
        if cur:
            chunks.append(cur)
        parts = [f" filename*{k}*={cs}''{c}" if k == 0 else f" filename*{k}*={c}"
                 for k, c in enumerate(chunks)]
        cd = f"Content-Disposition: {disp};\n" + ";\n".join(parts)
    elif style == "ascii":
        ct = f'Content-Type: {ctype};\n\tname="{filename}"'
        cd = f'Content-Disposition: {disp};\n\tfilename="{filename}"'
    else:
        raise ValueError(style)
    hdr = [ct, f"Content-Transfer-Encoding: {cte}", cd, *extra]
    return entity(hdr, enc_body(data, cte))


def multi(sub, parts, boundary, params="", preamble=None, extra=()):
    out = []
    if preamble:
        out.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.append(b"--" + boundary.encode() + b"\n" + p + b"\n")
    out.append(b"--" + boundary.encode() + b"--\n")
    hdr = [f'Content-Type: multipart/{sub};{params}\n\tboundary="{boundary}"', *extra]
    return entity(hdr, b"".join(out))


def rfc822(inner, filename=None):
    hdr = ["Content-Type: message/rfc822" + (f';\n name="{filename}"' if filename else ""),
           "Content-Transfer-Encoding: 7bit"]
    if filename:
        hdr.append(f'Content-Disposition: attachment;\n filename="{filename}"')
    return entity(hdr, inner.replace(b"\r\n", b"\n"))


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfcdate(t, tz=None):
    return email.utils.format_datetime(t.astimezone(tz) if tz else t)


def _h(name, n=8):
    return hashlib.md5(name.encode()).hexdigest()[:n]


def received(t, delay, helo, ip, mx="mx.cg.ukrtel.net"):
    r = t + dt.timedelta(seconds=delay)
    zone = "EEST" if r.utcoffset() == dt.timedelta(hours=3) else "EET"
    return (f"Received: from {helo} ({helo} [{ip}])\n\tby {mx} (Postfix) with ESMTP id "
            f"{_h(helo + str(t), 10).upper()}\n\tfor <{MAILBOX}>; {rfcdate(r)} ({zone})")


def message(head, root):
    """head: the message's own header lines (Received first); root: the MIME entity."""
    return crlf("\n".join(head).encode("ascii") + b"\nMIME-Version: 1.0\n" + root)


def wrap(t, width=76):
    """Wrap each line of a plain text the way a mail client does when it sends."""
    out = []
    for line in t.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        ind = re.match(r"\s*(?:[-•]\s+|>\s?)?", line).group(0)
        out.extend(textwrap.wrap(line, width, subsequent_indent=" " * len(ind) if ind.strip() == "" else "",
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(t, width=72):
    """format=flowed: wrapped lines of one paragraph end in a space."""
    out = []
    for line in t.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def quote(t, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in t.split("\n"))


def esc(s):
    return html.escape(s, quote=False)


def paras_html(t):
    """Plain text to simple HTML paragraphs (one <p> a line, blank lines kept as &nbsp;)."""
    out = []
    for l in t.split("\n"):
        out.append(f"<p>{esc(l)}</p>" if l.strip() else "<p>&nbsp;</p>")
    return "\n".join(out)


def outlook_html(t, cs, gen="Microsoft Word 14 (filtered medium)", lang="UK", extra_body=""):
    """The HTML twin Outlook 2007/2010 sends beside a plain part."""
    ps = []
    for l in t.split("\n"):
        ps.append(f"<p class=MsoNormal>{esc(l) if l.strip() else '&nbsp;'}<o:p></o:p></p>")
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            f'<meta http-equiv=Content-Type content="text/html; charset={cs}">'
            f'<meta name=Generator content="{gen}"><style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;'
            f'font-family:"Calibri","sans-serif";}}\n--></style></head>'
            f'<body lang={lang} link=blue vlink=purple><div class=WordSection1>\n'
            + "\n".join(ps) + extra_body + "\n</div></body></html>")


# ---------------------------------------------------------------------------------------------
# zvit's own mail, as executors quote it (config/templates/reminder.txt.j2, receipt.txt.j2).

def reminder_parts(eid, deadline, today, missing, overdue):
    head = "Шановні колеги!\n\n"
    if overdue:
        head += (f"Нагадуємо, що {deadline} минув термін подання інформації про виконання "
                 f"{PLAN_OF} (пункт 16 плану).")
    else:
        head += (f"Нагадуємо, що відповідно до пункту 16 {PLAN_OF} інформацію про його виконання "
                 f"необхідно надати до {deadline} на адресу електронної пошти {MAILBOX}.")
    head += (f"\n\nСтаном на {today} від {EXECUTORS[eid]['name']} не надійшла інформація за звітний "
             f"період щодо таких пунктів плану:")
    items = [(n, f"  {n}. {MEASURE[n]}") for n in missing]
    tail = ("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
            "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
            "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
            "зазначивши номери пунктів плану.\n\n"
            + ("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
            + "\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
              f"його недійсним.\n\nЗ повагою\n{OFFICE}")
    return head, items, tail


def reminder(eid, deadline, today, missing, overdue):
    head, items, tail = reminder_parts(eid, deadline, today, missing, overdue)
    return head + "\n\n" + "\n\n".join(i for _, i in items) + "\n\n" + tail


def receipt_parts(eid, received_on, subject, period, deadline, recognised, missing):
    head = (f"Шановні колеги!\n\n{OFFICE} підтверджує отримання Вашого листа від {received_on} «{subject}».\n\n"
            f"Виконавець: {EXECUTORS[eid]['name']}.\nЗвітний період: {period}-й (термін подання інформації — "
            f"{deadline}).\n\nРозпізнано інформацію щодо таких пунктів плану:\n"
            + "\n".join(f"  • пункт {n}: {x}" for n, x in recognised)
            + "\n\nЗа цей звітний період ще очікується інформація щодо пунктів плану:")
    items = [(n, f"  {n}. {MEASURE[n]}") for n in missing]
    tail = (f"Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу "
            f"{MAILBOX}.\n\nЗ повагою\n{OFFICE}")
    return head, items, tail


def receipt(*a):
    head, items, tail = receipt_parts(*a)
    return head + "\n" + "\n".join(i for _, i in items) + "\n\n" + tail


# ---------------------------------------------------------------------------------------------
# Registry: @mail takes the KEY that stands above the builder.

MAILS = []


def mail(fn):
    MAILS.append((fn.__name__, dict(KEY), fn))
    return fn


KEY = None


def head(t, frm, subj, mid, helo, ip, delay=6, to=MAILBOX, mailer=None, extra=(), tz=None, inner=()):
    """Message headers; the top Received is the office's arrival, `delay` seconds after Date."""
    h = [received(t, delay, helo, ip), *inner,
         f"Date: {rfcdate(t, tz)}", f"From: {frm}", f"To: {to}", f"Subject: {subj}", f"Message-ID: {mid}"]
    if mailer:
        h.append(mailer)
    return h + list(extra)


OUTLOOK2003 = "X-Mailer: Microsoft Office Outlook, Build 11.0.5510"
OUTLOOK2007 = "X-Mailer: Microsoft Office Outlook 12.0"
OUTLOOK2010 = "X-Mailer: Microsoft Outlook 14.0"
OE6 = "X-Mailer: Microsoft Outlook Express 6.00.2900.5931\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"
TB17 = "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"
TB24 = "User-Agent: Mozilla/5.0 (X11; Linux i686; rv:24.0) Gecko/20100101 Thunderbird/24.1.0"
TB10 = "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2"
BAT = "X-Mailer: The Bat! (v5.2.4) Professional"
OPERA = "User-Agent: Opera Mail/12.12 (Win32)"
APPLE = "X-Mailer: Apple Mail (2.1499)"
IPHONE = "X-Mailer: iPhone Mail (10B329)"
K9 = "User-Agent: K-9 Mail for Android"
ROUNDCUBE = "User-Agent: Roundcube Webmail/0.9.2"
CDO = "X-Mailer: Microsoft CDO for Windows 2000"


def mid_outlook(name, dom="example.gov.ua"):
    h = _h(name, 24)
    return f"<000{h[:9]}${h[9:17]}${h[17:24]}0@{dom}>"


def mid_tb(name, dom="example.gov.ua"):
    h = _h(name, 12).upper()
    return f"<{h[:8]}.{int(h[8:], 16) % 9000 + 1000}@{dom}>"


# =============================================================================================
# 1. ph — placeholders
# =============================================================================================

KEY = {
    "class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A row for every measure with count, people and money columns: rows 7, 9, 10 say «—», "
            "«немає», «-» over zeros, the not-owed rows are «х» across, a «Разом» totals row and "
            "row 16 with an outgoing number; only rows 1, 6 and 12 say anything.",
    "items": [{"measure": 1, "source": "Бахмацька_РДА_Відкритий_уряд_IV_кв_2012.xls"},
              {"measure": 6, "source": "Бахмацька_РДА_Відкритий_уряд_IV_кв_2012.xls"},
              {"measure": 12, "source": "Бахмацька_РДА_Відкритий_уряд_IV_кв_2012.xls"}],
}


@mail
def ph01():
    t = kyiv(2012, 12, 13, 15, 42, 18)
    cs = "windows-1251"
    body = (f"{OFFICE}\n\n"
            "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області, затвердженого заступником голови облдержадміністрації 10.09.2012, "
            "надсилаємо інформацію Бахмацької районної державної адміністрації станом на 12.12.2012 "
            "(додається на 2 арк.).\n\n"
            "Заступник голови райдержадміністрації                 В.І. Гордієнко\n\n"
            "Виконавець: Литвиненко Н.М., тел. (04635) 2-14-87\n"
            "вих. № 01-21/2871 від 13.12.2012\n")
    alt = multi("alternative", [text(body, "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs, "Microsoft Word 12 (filtered medium)"), "html", cs,
                                     "quoted-printable")],
                "----=_NextPart_001_0011_01CDD94A.7C1E5D20")
    att = attach("ph01.xls", "application/vnd.ms-excel", "Бахмацька_РДА_Відкритий_уряд_IV_кв_2012.xls",
                 "2047B", cs)
    root = multi("mixed", [alt, att], "----=_NextPart_000_0010_01CDD94A.7C1E5D20",
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Загальний відділ Бахмацької РДА", email_of("rda-bakhmach"), cs),
                        ew("Інформація про виконання Плану заходів (Відкритий уряд) - Бахмацька РДА", cs),
                        mid_outlook("ph01"), "mail.example.gov.ua", "198.51.100.21", 5, mailer=OUTLOOK2007,
                        extra=["Thread-Index: Ac3ZPa7lI1Gm0xLQTKy6q0vRz8Wb1A==", "Content-Language: uk"]),
                   root)


KEY = {
    "class": "placeholder", "executor": "su-kultura", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Plain list «п. N – …» where 1 and 7 carry a bare «+», 6 «без змін», 8 «немає», 12 a bare "
            "«не проводились», and a line disowning «п.п. 3-5, 10, 11, 13-15»; only 2 and 9 report, "
            "amid thousands of гривень, percentages and a letter number.",
    "items": [{"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail
def ph02():
    t = kyiv(2013, 6, 14, 16, 55, 2)
    body = ("Добрий день!\n\n"
            "Надсилаємо інформацію управління культури і туризму облдержадміністрації про виконання Плану "
            "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за "
            "І півріччя 2013 року.\n\n"
            "п. 1 – +\n"
            "п. 2 – В рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації "
            "11.04.2013 розміщено звіт про виконання Обласної програми розвитку культури і туризму на "
            "2011–2015 роки за 2012 рік: з обласного бюджету профінансовано 1 245,6 тис. грн (83,2 % від "
            "передбаченого), проведено 46 заходів. Інформацію за І квартал 2013 р. направлено для розміщення "
            "в рубриці 19.04.2013 (лист № 01-14/622).\n"
            "п. 6 – без змін\n"
            "п. 7 – +\n"
            "п. 8 – немає\n"
            "п. 9 – Проект Програми розвитку культури і туризму Чернігівщини на 2013–2017 роки обговорено з "
            "членами Громадської ради при облдержадміністрації на засіданні комітету з гуманітарних питань "
            "12.03.2013; надійшло 9 пропозицій, з них 6 враховано.\n"
            "п. 12 – не проводились\n\n"
            "Інформацію за п.п. 3-5, 10, 11, 13-15 не подаємо, оскільки управління не є їх виконавцем.\n\n"
            "З повагою,\n"
            "Оксана Дудко\n"
            "провідний спеціаліст відділу культурно-освітньої роботи\n"
            "управління культури і туризму облдержадміністрації\n"
            "тел. (0462) 77-41-05, 67-53-90\n")
    root = entity(['Content-Type: text/plain; charset=UTF-8; format=flowed', "Content-Transfer-Encoding: 8bit"],
                  flowed(body).encode("utf-8"))
    return message(head(t, addr("Оксана Дудко", email_of("su-kultura")),
                        ew("Інформація управління культури (план ВУ, І півріччя 2013)"),
                        mid_tb("ph02"), "mail.example.gov.ua", "198.51.100.34", 4, mailer=TB17),
                   root)


KEY = {
    "class": "placeholder", "executor": "rda-nizhyn", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Sheet with a так/ні column, count and people columns and a totals row: row 7 «ні» and "
            "dashes, row 9 «—» with zeros and an empty note, row 12 «ні», «0», «не проводились»; rows 1, "
            "6, 10 say what was done.",
    "items": [{"measure": 1, "source": "Ніжинська РДА_інформація_ІІ півріччя 2013.xlsx"},
              {"measure": 6, "source": "Ніжинська РДА_інформація_ІІ півріччя 2013.xlsx"},
              {"measure": 10, "source": "Ніжинська РДА_інформація_ІІ півріччя 2013.xlsx"}],
}


@mail
def ph03():
    t = kyiv(2013, 12, 12, 11, 7, 40)
    body = ("Добрий день!\n\n"
            "Направляємо інформацію Ніжинської райдержадміністрації за ІІ півріччя 2013 року про виконання "
            "Плану заходів (Відкритий уряд).\n"
            "Вих. № 03-12/4417 від 11.12.2013.\n\n"
            "З повагою\n"
            "Ірина Бойко\n"
            "відділ організаційної роботи апарату Ніжинської райдержадміністрації\n"
            "(04631) 2-17-36\n")
    cs = "utf-8"
    alt = multi("alternative", [text(body, "plain", cs, "base64"),
                                text(outlook_html(body, cs), "html", cs, "base64")],
                "----=_NextPart_001_0047_01CEF72B.4D1E9A60")
    att = attach("ph03.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "Ніжинська РДА_інформація_ІІ півріччя 2013.xlsx", "2047B", cs)
    root = multi("mixed", [alt, att], "----=_NextPart_000_0046_01CEF72B.4D1E9A60",
                 preamble="This is a multipart message in MIME format.")
    return message(head(t, addr("Ірина Бойко", email_of("rda-nizhyn")),
                        ew("Ніжинська РДА - інформація (Відкритий уряд) ІІ півріччя"),
                        mid_outlook("ph03"), "mail.example.gov.ua", "198.51.100.21", 7, mailer=OUTLOOK2010,
                        extra=["Thread-Index: Ac73IQ7v0bqGmF9xTb2Ql3Z8cC1yLw==", "Content-Language: uk"]),
                   root)


KEY = {
    "class": "placeholder", "executor": "su-apk", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Russian Word table sent on Monday after the deadline: 2 «—», 7 «не касается», 8 «-», 9 "
            "«нет», 12 «без изменений», 16 «+»; only rows 1 and 6 report, beside order numbers, counts "
            "of documents and two districts named in passing.",
    "items": [{"measure": 1, "source": "Информация_ГУАПР_план_ОП.doc"},
              {"measure": 6, "source": "Информация_ГУАПР_план_ОП.doc"}],
}


@mail
def ph04():
    t = kyiv(2012, 12, 17, 9, 31, 55)
    cs = "windows-1251"
    body = ("Добрый день.\n\n"
            "Направляем информацию Главного управления агропромышленного развития облгосадминистрации о "
            "выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности "
            "исполнительной власти в области (исх. № 07-09/3318 от 14.12.2012).\n"
            "Извините за задержку - в пятницу не было связи.\n\n"
            "С уважением,\n"
            "Сергей Пасько\n"
            "гл. специалист отдела организационной работы и кадров\n"
            "тел. (0462) 65-17-20, факс 65-17-39\n")
    plain = text(wrap(body, 76), "plain", cs, "8bit")
    att = attach("ph04.doc", "application/msword", "Информация_ГУАПР_план_ОП.doc", "2047Q", cs)
    root = multi("mixed", [plain, att], "----=_NextPart_000_0007_01CDDC33.A8B2E640",
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Пасько Сергей", email_of("su-apk"), cs),
                        ew("Информация ГУ АПР о выполнении Плана (Открытое правительство)", cs),
                        "<000801cddc2b$a6c52f00$2e02a8c0@apk>", "mail.example.gov.ua", "198.51.100.40", 12,
                        mailer=OE6, extra=["X-Priority: 3", "X-MSMail-Priority: Normal"]),
                   root)


KEY = {
    "class": "placeholder", "executor": "gromrada", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The Public Council copied the whole plan into a sheet with terms and a participants "
            "column: most marks are empty, 3, 6, 9 and 16 a bare «+»; only 4 and 15 are described, "
            "with figures (143 users, 41 people) and a protocol number in the covering note.",
    "items": [{"measure": 4, "source": "ГР_відмітки_план_ВУ_травень_2013.ods"},
              {"measure": 15, "source": "ГР_відмітки_план_ВУ_травень_2013.ods"}],
}


@mail
def ph05():
    t = kyiv(2013, 5, 29, 18, 20, 11)
    body = ("Шановні колеги!\n\n"
            "Громадська рада при облдержадміністрації надсилає відмітки про виконання Плану заходів "
            "(за І півріччя 2013 р.). Таблицю розглянуто на засіданні президії ГР 28.05.2013, протокол № 9.\n\n"
            "Голова Громадської ради\n"
            "М. Бондар\n"
            "моб. 067 461 22 80\n")
    plain = text(wrap(body, 76), "plain", "utf-8", "quoted-printable")
    att = attach("ph05.ods", "application/vnd.oasis.opendocument.spreadsheet",
                 "ГР_відмітки_план_ВУ_травень_2013.ods", "2231", "utf-8")
    root = multi("mixed", [plain, att], "----------ZuYB0bwtP5yHaLhJ4Mu2hx")
    return message(head(t, addr("Громадська рада при ОДА", email_of("gromrada")),
                        ew("Відмітки ГР про виконання Плану (Відкритий уряд)"),
                        "<op.wxv3yhk1q5t2vb@gromrada-pc>", "mail.example.gov.ua", "198.51.100.52", 3,
                        mailer=OPERA),
                   root)


# =============================================================================================
# 2. bp — answers below or between the quoted lines
# =============================================================================================

REMINDER_SUBJ = "Нагадування: інформація про виконання Плану заходів (пункт 16)"
RECEIPT_SUBJ = "Підтвердження отримання інформації"

KEY = {
    "class": "bottom_post", "executor": "rda-korop", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Thunderbird «>» reply to zvit's overdue reminder, answers typed under each quoted item: "
            "9 gets a bare «-», 12 says no expert reviews were requested (counts by the plan's word); "
            "the answers are full of dates, counts and a letter number.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail
def bp01():
    t = kyiv(2012, 12, 17, 10, 12, 37)
    h, items, tail = reminder_parts("rda-korop", "15.12.2012", "16.12.2012", [1, 6, 7, 9, 10, 12], True)
    ans = {
        1: "Офіційний веб-сайт РДА працює з березня 2011 р. За 2012 рік розміщено 389 матеріалів, у тому "
           "числі 64 розпорядження голови РДА та 17 проектів регуляторних актів; відвідуваність за "
           "листопад – 11 240 переглядів. У жовтні оновлено розділ «Доступ до публічної інформації» "
           "(ст. 15 Закону України «Про доступ до публічної інформації»).",
        6: "Проведено 5 консультацій з громадськістю (з них 2 громадські слухання – щодо проекту бюджету "
           "району на 2013 рік 29.11.2012 та щодо тарифів на вивезення ТПВ у смт Короп 06.12.2012), взяли "
           "участь 212 осіб.",
        7: "До складу 3 дорадчих органів при РДА (координаційна рада з питань сім'ї та молоді, рада з "
           "питань підприємництва, рада з питань безпечної життєдіяльності населення) включено 6 "
           "представників громадських організацій.",
        9: "-",
        10: "Громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та "
            "прозорості (лист РДА від 04.12.2012 № 02-28/1544), питання буде розглянуто на засіданні ГР "
            "20.12.2012.",
        12: "Запитів від інститутів громадянського суспільства на проведення громадської експертизи у 2012 "
            "році не надходило.",
    }
    parts = ["16.12.2012 08:00, uvp@cg.ukrtel.net пише:", quote(wrap(h, 72))]
    for n, it in items:
        parts += [">", quote(wrap(it, 72)), "", ans[n], ""]
    parts += [">", quote(wrap(tail, 72)), "",
              "-- ", "Шевчук Ірина Василівна",
              "головний спеціаліст загального відділу апарату Коропської РДА",
              "тел. (04656) 2-13-44", ""]
    body = flowed("\n".join(parts))
    root = entity(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                  body.encode("utf-8"))
    return message(head(t, addr("Шевчук Ірина", email_of("rda-korop")),
                        ew("Re: " + REMINDER_SUBJ), mid_tb("bp01"),
                        "mail.example.gov.ua", "198.51.100.23", 4, mailer=TB10,
                        extra=["In-Reply-To: <zvit.reminder.1.rda-korop.20121216@cg.ukrtel.net>",
                               "References: <zvit.reminder.1.rda-korop.20121216@cg.ukrtel.net>"]),
                   root)


KEY = {
    "class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 (uk) reply typed below the quoted receipt, whose «Від/Надіслано/Кому/Тема» "
            "block has no «>»: the receipt's recognised items 1, 6, 7, 12 are quoted, the new text "
            "answers 2, 8, 9 with millions of гривень, an order number and a phone.",
    "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail
def bp02():
    t = kyiv(2013, 6, 13, 14, 26, 9)
    cs = "windows-1251"
    rec = receipt("su-zdorovia", "10.06.2013", "Інформація УОЗ про виконання плану ВУ", 2, "15.06.2013",
                  [(1, "На сайті управління створено розділ «Реформа галузі», розміщено 57 матеріалів…"),
                   (6, "Проведено 3 громадські обговорення (проект оптимізації мережі ЦПМСД – 118 учасників)…"),
                   (7, "До складу Координаційної ради з питань протидії туберкульозу включено 2 представників ГО…"),
                   (12, "Громадська експертиза діяльності обласної лікарні (ГО «Пацієнти Чернігівщини»)…")],
                  [2, 8, 9])
    qhead = ("Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
             "Надіслано: 11 червня 2013 р. 9:14\n"
             "Кому: zdorovia@example.gov.ua\n"
             f"Тема: {RECEIPT_SUBJ}\n")
    reply = ("Доповнюємо:\n"
             "п. 2 – у рубриці «Хід виконання цільових програм» 05.04.2013 розміщено звіт про виконання "
             "Комплексної програми «Здоров'я Чернігівщини» за 2012 рік (профінансовано 3 458,2 тис. грн, або "
             "78,4 % від плану); у рубриці «Виконання місцевих бюджетів Чернігівської області» – інформацію "
             "про видатки на галузь за І квартал 2013 р. (216,7 млн грн).\n"
             "п. 8 – голову комітету з питань охорони здоров'я та соціального захисту Громадської ради при "
             "облдержадміністрації Коваля О.П. введено до складу колегії управління (наказ від 11.03.2013 "
             "№ 214); зміни до Положення про управління не потребувались.\n"
             "п. 9 – проект Програми розвитку паліативної допомоги на 2013–2016 рр. обговорено на засіданні "
             "громадської ради 26.04.2013 за участю 18 її членів, отримано 5 пропозицій, 3 враховано.\n\n"
             "Наталія Кравець\n"
             "відділ кадрової роботи та юридичного забезпечення\n"
             "управління охорони здоров'я облдержадміністрації\n"
             "тел. 67-55-18\n")
    plain = "\n\n" + qhead + "\n" + rec + "\n\n" + reply
    qh = "".join(f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}<br>" for l in qhead.strip().split("\n"))
    html_ = outlook_html("", cs).replace(
        "<p class=MsoNormal>&nbsp;<o:p></o:p></p>",
        "<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;"
        "padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><span style='font-size:10.0pt;font-family:\"Tahoma\","
        f"\"sans-serif\"'>{qh}</span></p></div></div>\n"
        + "\n".join(f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}<o:p></o:p></p>" for l in rec.split("\n"))
        + "\n<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n"
        + "\n".join(f"<p class=MsoNormal><span style='color:#1F497D'>{esc(l) if l else '&nbsp;'}</span><o:p></o:p></p>"
                    for l in reply.split("\n")))
    alt = multi("alternative", [text(plain, "plain", cs, "quoted-printable"),
                                text(html_, "html", cs, "quoted-printable")],
                "----=_NextPart_000_0019_01CE6843.2B5E7C10", preamble="This is a multipart message in MIME format.")
    return message(head(t, addr("Кравець Наталія", email_of("su-zdorovia"), cs),
                        ew("RE: " + RECEIPT_SUBJ, cs), mid_outlook("bp02"),
                        "mail.example.gov.ua", "198.51.100.27", 6, mailer=OUTLOOK2010,
                        extra=["In-Reply-To: <zvit.receipt.2.su-zdorovia.20130611@cg.ukrtel.net>",
                               "Thread-Index: Ac5mLk9qYw0A7l3NQY6d1JbR0fQk8A==", "Content-Language: uk"]),
                   alt)


KEY = {
    "class": "bottom_post", "executor": "rda-varva", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Roundcube reply interleaved in zvit's receipt (HTML blockquotes, «>» in the twin): the "
            "quoted receipt lists items 1, 6, 9 as recognised; new text under quoted items 7 and 10 "
            "reports, under 12 only «—».",
    "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail
def bp03():
    t = kyiv(2013, 12, 10, 15, 48, 21)
    h, items, tail = receipt_parts(
        "rda-varva", "03.12.2013", "Інформація Варвинської РДА", 3, "15.12.2013",
        [(1, "Офіційний веб-сайт РДА: за липень – листопад розміщено 167 матеріалів…"),
         (6, "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (28.11.2013, 71 учасник)…"),
         (9, "Члени громадської ради взяли участь в обговоренні 4 проектів розпоряджень…")],
        [7, 10, 12])
    ans = {7: "Представників 4 громадських організацій включено до складу координаційної ради з питань "
              "протидії ВІЛ-інфекції/СНІДу та районної ради з питань розвитку підприємництва (розпорядження "
              "голови РДА від 02.10.2013 № 318).",
           10: "Робоча група з питань відкритості та прозорості діяльності РДА утворена у складі громадської "
               "ради ще 22.11.2012 (5 осіб), у ІІ півріччі 2013 р. провела 2 засідання (18.07 та 26.11).",
           12: "—"}
    intro = "09.12.2013 08:00, uvp@cg.ukrtel.net написав:"
    sig = "--\nВікторія Лук'яненко\nсектор з питань внутрішньої політики Варвинської РДА\n(04636) 2-14-71"
    p = ["Добрий день! Відповіді нижче.", "", intro, quote(wrap(h, 74))]
    for n, it in items:
        p += [quote(wrap(it, 74)), "", wrap(ans[n], 76), ""]
    p += ["", quote(wrap(tail, 74)), "", sig]
    plain = flowed("\n".join(p), 76)

    def bq(s):
        return ('<blockquote type="cite" style="padding-left:5px;border-left:#1010ff 2px solid;margin-left:5px">'
                + "<br />".join(esc(l) for l in s.split("\n")) + "</blockquote>")
    hp = ['<p>Добрий день! Відповіді нижче.</p>', f"<p>{esc(intro)}</p>", bq(h)]
    for n, it in items:
        hp += [bq(it), f"<p>{esc(ans[n])}</p>"]
    hp += [bq(tail), '<div class="pre">' + "<br />".join(esc(l) for l in sig.split("\n")) + "</div>"]
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
             '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
             + "\n".join(hp) + "\n</body></html>")
    b = "=_" + _h("bp03", 32)
    alt = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable", params="; format=flowed"),
                                text(html_, "html", "utf-8", "quoted-printable")], b)
    return message(head(t, addr("Варвинська РДА", email_of("rda-varva")), ew("Re: " + RECEIPT_SUBJ),
                        f"<{_h('bp03-id', 32)}@example.gov.ua>", "webmail.example.gov.ua", "198.51.100.60", 3,
                        mailer=ROUNDCUBE,
                        extra=["In-Reply-To: <zvit.receipt.3.rda-varva.20131209@cg.ukrtel.net>",
                               "X-Sender: rda-varva@example.gov.ua"]),
                   alt)


KEY = {
    "class": "bottom_post", "executor": "rda-mena", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "iPhone reply below the office's own earlier report (quoted, with items 1, 6, 7, 9, 10, 12 "
            "and «п. 12 – громадські експертизи не проводились»): only the added correction on 12 is new, "
            "sent the Monday after the deadline with dates, an order number and counts.",
    "items": [{"measure": 12, "source": "body"}],
}


@mail
def bp04():
    t = kyiv(2013, 6, 17, 8, 52, 30)
    orig = (f"{OFFICE}\n\n"
            "Менська райдержадміністрація інформує про виконання Плану заходів з підвищення рівня відкритості "
            "та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.\n"
            "п. 1 – на офіційному веб-сайті РДА за січень – травень 2013 р. розміщено 241 матеріал, у т. ч. 52 "
            "розпорядження голови РДА.\n"
            "п. 6 – проведено 3 консультації з громадськістю (громадські слухання щодо звіту про виконання "
            "районного бюджету за 2012 рік – 21.03.2013, 63 учасники; 2 зустрічі з мешканцями м. Мена).\n"
            "п. 7 – до складу ради з питань підприємництва включено 2 представників ГО.\n"
            "п. 9 – члени громадської ради взяли участь в обговоренні 4 проектів розпоряджень.\n"
            "п. 10 – робоча група з питань відкритості працює з 2012 року.\n"
            "п. 12 – громадські експертизи не проводились.\n\n"
            "Заступник голови РДА    О.М. Сидоренко\n"
            "вих. № 01-17/1180 від 12.06.2013")
    add = ("Уточнення до п. 12: 14.06.2013 громадська організація «Менщина-Контроль» завершила громадську "
           "антикорупційну експертизу проекту розпорядження голови РДА «Про затвердження Порядку надання "
           "матеріальної допомоги малозабезпеченим громадянам»; надано 3 пропозиції, 2 з них враховано, "
           "розпорядження підписано 15.06.2013 № 201.\n\nСидоренко")
    intro = '12.06.2013 о 16:05 "Менська РДА" <rda-mena@example.gov.ua> написав(ла):'
    plain = "Надіслано з iPhone\n\n" + intro + "\n\n" + quote(orig) + "\n\n" + add + "\n"
    html_ = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body dir="auto"><div>Надіслано з iPhone</div><div><br>' + esc(intro) + '<br><br></div>'
             '<blockquote type="cite"><div>' + "<br>".join(esc(l) for l in orig.split("\n"))
             + '</div></blockquote><div><br></div><div>' + "<br>".join(esc(l) for l in add.split("\n"))
             + "</div></body></html>")
    b = "Apple-Mail-" + _h("bp04", 8).upper() + "-2B1C-4F9E-A0D1-" + _h("bp04b", 12).upper()
    alt = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                text(html_, "html", "utf-8", "quoted-printable")], b)
    return message(head(t, addr("Менська РДА", email_of("rda-mena")),
                        ew("Re: Інформація Менської РДА (Відкритий уряд)"),
                        f"<{_h('bp04m', 8).upper()}-5D3A-4C1E-9B7F-{_h('bp04n', 12).upper()}@example.gov.ua>",
                        "mail.example.gov.ua", "198.51.100.29", 9, mailer=IPHONE,
                        extra=["In-Reply-To: <51B8717A.3050901@example.gov.ua>",
                               "References: <51B8717A.3050901@example.gov.ua>"]),
                   alt)


KEY = {
    "class": "bottom_post", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2003 (ru UI) plain reply: «-----Исходное сообщение-----» header and the reminder "
            "with no «>», answers «Інформація: …» typed under quoted items 1, 2, 7, 8, 12; 2 is «х», 12 "
            "«-», the rest carry counts, order numbers and dates.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
              {"measure": 8, "source": "body"}],
}


@mail
def bp05():
    t = kyiv(2013, 12, 13, 12, 5, 44)
    cs = "windows-1251"
    h, items, tail = reminder_parts("su-sluzhba-ditei", "15.12.2013", "09.12.2013", [1, 2, 7, 8, 12], False)
    ans = {1: "Інформація: веб-сторінка служби на офіційному сайті облдержадміністрації оновлюється щотижня, "
              "за 11 місяців 2013 р. розміщено 156 матеріалів, у т.ч. 42 анкети дітей, які потребують "
              "влаштування в сімейні форми виховання.",
           2: "Інформація: х",
           7: "Інформація: голова БФ «Надія дітям» Мельник Т.С. включена до складу опікунської ради при "
              "службі (наказ від 18.09.2013 № 47).",
           8: "Інформація: голова комітету з гуманітарних питань громадської ради Лисенко В.П. є членом "
              "колегії служби з 15.03.2013, у ІІ півріччі взяв участь у 2 засіданнях колегії (26.09 та "
              "28.11.2013).",
           12: "Інформація: -"}
    p = ["Відповіді внесено нижче по тексту.", "", "-----Исходное сообщение-----",
         "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ", "Отправлено: 9 декабря 2013 г. 8:00",
         "Кому: sluzhba-ditei@example.gov.ua", f"Тема: {REMINDER_SUBJ}", "", h, ""]
    for n, it in items:
        p += [it, ans[n], ""]
    p += [tail, "", "", "Головний спеціаліст служби у справах дітей облдержадміністрації",
          "Т.В. Гнатенко, тел. 67-54-12", ""]
    plain = text("\n".join(p), "plain", cs, "quoted-printable")
    return message(head(t, addr("Гнатенко Тетяна", email_of("su-sluzhba-ditei"), cs),
                        ew("RE: " + REMINDER_SUBJ, cs), mid_outlook("bp05"),
                        "mail.example.gov.ua", "198.51.100.44", 8, mailer=OUTLOOK2003,
                        extra=["Thread-Index: Ac70uK1x3bD9MZt0QYW5v2k8tFq3ZA==",
                               "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5579"]),
                   plain)


# =============================================================================================
# 3. nr — mail from an executor that is not a report
# =============================================================================================

KEY = {
    "class": "not_report", "executor": "rda-horodnia", "period": 1, "late": False,
    "kind": "not_report", "reason": "question",
    "note": "A district asks whether it must answer on пп. 2, 8 and whether an existing council "
            "commission may serve for п. 10: it names seven measures, a decree number, a founding date, "
            "19 members and a phone, and reports nothing.",
    "items": [],
}


@mail
def nr01():
    t = kyiv(2012, 12, 11, 10, 37, 12)
    cs = "windows-1251"
    body = ("Доброго дня!\n\n"
            "У Плані заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
            "області виконавцями пунктів 2 та 8 визначено структурні підрозділи облдержадміністрації. Чи "
            "потрібно райдержадміністрації подавати інформацію щодо пп. 2, 8 до 15.12.2012, чи достатньо "
            "інформації по пп. 1, 6, 7, 9, 10, 12?\n\n"
            "І ще питання щодо п. 10: при громадській раді при РДА (утворена 15.03.2011, розпорядження № 87, "
            "19 членів) вже працює комісія з питань регламенту та етики – чи можна покласти на неї функції з "
            "питань відкритості та прозорості, чи треба створювати окрему робочу групу?\n\n"
            "Просимо надати роз'яснення телефоном (04645) 2-15-63 або на цю адресу.\n\n"
            "-- \n"
            "З повагою,\n"
            "Олена Марченко,\n"
            "відділ організаційної роботи та інформаційної діяльності\n"
            "апарату Городнянської райдержадміністрації\n")
    root = text(wrap(body, 76), "plain", cs, "8bit")
    return message(head(t, addr("Олена Марченко", email_of("rda-horodnia"), cs),
                        ew("питання щодо інформації по Плану (ВУ)", cs),
                        "<1523086148.20121211103712@example.gov.ua>", "mail.example.gov.ua", "198.51.100.25",
                        5, mailer=BAT, extra=["Reply-To: " + addr("Олена Марченко", email_of("rda-horodnia"), cs),
                                              "X-Priority: 3 (Normal)"]),
                   root)


KEY = {
    "class": "not_report", "executor": "rda-talalaivka", "period": 3, "late": False,
    "kind": "not_report", "reason": "invitation",
    "note": "Outlook meeting request (text/calendar) to public hearings on the 2014 district budget: "
            "budget figures in thousands of гривень, a newspaper issue number, «п. 6 Плану» named, and "
            "37 people already registered — an invitation, not a report.",
    "items": [],
}


@mail
def nr02():
    t = kyiv(2013, 11, 19, 9, 15, 3)
    body = ("Шановні колеги!\n\n"
            "Талалаївська районна державна адміністрація запрошує представника управління з питань "
            "внутрішньої політики та зв'язків з громадськістю облдержадміністрації взяти участь у громадських "
            "слуханнях щодо проекту районного бюджету на 2014 рік, які відбудуться 28 листопада 2013 року о "
            "10.00 у залі засідань РДА (смт Талалаївка, вул. Центральна, 12, 2-й поверх).\n\n"
            "Обсяг проекту бюджету – 64 812,4 тис. грн, з них 48 206,9 тис. грн – субвенції з державного "
            "бюджету. Оголошення про слухання розміщено на офіційному веб-сайті РДА 12.11.2013 та в газеті "
            "«Сільські новини» № 46 від 15.11.2013, участь уже підтвердили 37 осіб, у т.ч. 9 членів "
            "громадської ради. Слухання проводяться відповідно до постанови КМУ від 03.11.2010 № 996 та "
            "п. 6 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
            "області.\n\n"
            "Контактна особа: Ковтун Віра Іванівна, тел. (04634) 2-16-09.\n")
    ics = ("BEGIN:VCALENDAR\n"
           "PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN\n"
           "VERSION:2.0\n"
           "METHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\n"
           "TZID:FLE Standard Time\n"
           "BEGIN:STANDARD\n"
           "DTSTART:16011028T040000\n"
           "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
           "TZOFFSETFROM:+0300\n"
           "TZOFFSETTO:+0200\n"
           "END:STANDARD\n"
           "BEGIN:DAYLIGHT\n"
           "DTSTART:16010325T030000\n"
           "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
           "TZOFFSETFROM:+0200\n"
           "TZOFFSETTO:+0300\n"
           "END:DAYLIGHT\n"
           "END:VTIMEZONE\n"
           "BEGIN:VEVENT\n"
           "ATTENDEE;CN=uvp@cg.ukrtel.net;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\n"
           "CLASS:PUBLIC\n"
           "CREATED:20131119T071500Z\n"
           "DESCRIPTION:Громадські слухання щодо проекту районного бюджету на 2014 рі\n"
           " к. Обсяг проекту – 64 812\\,4 тис. грн. Контактна особа: Ковтун В.І.\\, те\n"
           " л. (04634) 2-16-09.\\n\n"
           "DTEND;TZID=\"FLE Standard Time\":20131128T123000\n"
           "DTSTAMP:20131119T071500Z\n"
           "DTSTART;TZID=\"FLE Standard Time\":20131128T100000\n"
           "LOCATION:смт Талалаївка\\, вул. Центральна\\, 12\\, зал засідань РДА\n"
           "ORGANIZER;CN=\"Талалаївська РДА\":mailto:rda-talalaivka@example.gov.ua\n"
           "PRIORITY:5\n"
           "SEQUENCE:0\n"
           "SUMMARY;LANGUAGE=uk:Громадські слухання: проект районного бюджету на 2014 \n"
           " рік\n"
           f"UID:040000008200E00074C5B7101A82E008000000009{_h('nr02uid', 24).upper()}\n"
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\n"
           "X-MICROSOFT-CDO-IMPORTANCE:1\n"
           "BEGIN:VALARM\n"
           "TRIGGER:-PT15M\n"
           "ACTION:DISPLAY\n"
           "DESCRIPTION:Reminder\n"
           "END:VALARM\n"
           "END:VEVENT\n"
           "END:VCALENDAR\n")
    cs = "utf-8"
    alt = multi("alternative", [text(body, "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs), "html", cs, "quoted-printable"),
                                text(ics, "calendar", cs, "base64", params="; method=REQUEST")],
                "_000_" + _h("nr02b", 24).upper() + "_")
    return message(head(t, addr("Ковтун Віра", email_of("rda-talalaivka")),
                        ew("Запрошення: громадські слухання щодо проекту районного бюджету на 2014 рік"),
                        mid_outlook("nr02"), "mail.example.gov.ua", "198.51.100.31", 4, mailer=OUTLOOK2010,
                        extra=["Thread-Topic: " + ew("Громадські слухання: проект районного бюджету на 2014 рік"),
                               "Content-Language: uk", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]),
                   alt)


KEY = {
    "class": "not_report", "executor": "su-finansy", "period": 3, "late": True,
    "kind": "not_report", "reason": "extension_request",
    "note": "The finance department asks, the Monday after the deadline, to move it to 20.12.2013 because "
            "of the 2014 oblast budget: it names пункт 2 and 16, a session number, billions of гривень and "
            "an outgoing number, and reports nothing.",
    "items": [],
}


@mail
def nr03():
    t = kyiv(2013, 12, 16, 9, 2, 47)
    cs = "windows-1251"
    body = (f"Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\nЮ.В. Харченку\n\n"
            "Шановний Юрію Васильовичу!\n\n"
            "Головне фінансове управління облдержадміністрації просить продовжити до 20 грудня 2013 року "
            "термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та "
            "прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (пункт 16 Плану), у "
            "тому числі щодо рубрики «Виконання місцевих бюджетів Чернігівської області» (пункт 2 Плану), у "
            "зв'язку з підготовкою проекту обласного бюджету на 2014 рік (обсяг 3 412,8 млн грн) до розгляду "
            "на сесії обласної ради 24.12.2013.\n\n"
            "Вих. № 07-11/5630 від 13.12.2013\n\n"
            "З повагою\n"
            "Перший заступник начальника\n"
            "Головного фінансового управління облдержадміністрації          О.І. Шаповал\n\n"
            "Виконавець: Демченко Л.В., 67-22-05\n")
    alt = multi("alternative", [text(body, "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs, "Microsoft Word 12 (filtered medium)"), "html", cs,
                                     "quoted-printable")],
                "----=_NextPart_000_0033_01CEFA3E.1F6B8D20", preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Демченко Людмила", email_of("su-finansy"), cs),
                        ew("Про продовження терміну подання інформації (лист № 07-11/5630)", cs),
                        mid_outlook("nr03"), "mail.example.gov.ua", "198.51.100.36", 5, mailer=OUTLOOK2007,
                        extra=["Thread-Index: Ac76PfHwq7b9cN9dS0mZo4XhE2gV+Q==", "Content-Language: uk"]),
                   alt)


KEY = {
    "class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
    "kind": "not_report", "reason": "announcement",
    "note": "HTML-only announcement of the 12 December public discussion of the plan (п. 15) with a "
            "numbered agenda (1.–3.), 22 districts, 23 organisations already registered and a mobile "
            "number: what was done for the event's announcement reports nothing.",
    "items": [],
}


@mail
def nr04():
    t = kyiv(2013, 11, 28, 17, 40, 26)
    html_ = ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
             '  </head>\n  <body bgcolor="#FFFFFF" text="#000000">\n'
             '    <p><b>Шановні колеги!</b></p>\n'
             '    <p>Повідомляємо, що <b>12 грудня 2013 року о 14:00</b> в Чернігівському обласному молодіжному '
             'центрі (вул. Шевченка, 48, зала № 3) відбудеться громадське обговорення виконання Плану заходів з '
             'підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у 2013 році '
             '(п. 15 Плану).</p>\n'
             '    <p>Порядок денний:<br>\n'
             '      1. Про стан виконання Плану у 2013 році (доповідач – регіональний координатор Партнерства '
             '«Відкритий уряд» в Чернігівській області С.В. Ярош).<br>\n'
             '      2. Результати моніторингу офіційних веб-сайтів 22 райдержадміністрацій (ГО «Центр '
             'громадського моніторингу», 15 хв.).<br>\n'
             '      3. Різне.</p>\n'
             '    <p>Оголошення розміщено на веб-ресурсі «Чернігівська громада» 25.11.2013, участь уже '
             'підтвердили 23 організації та 4 депутати обласної ради. Реєстрація за тел. 050 318 44 07 до '
             '10.12.2013.</p>\n'
             '    <p>Просимо поширити інформацію серед членів громадських рад при райдержадміністраціях.</p>\n'
             '    <div class="moz-signature">-- <br>\n      Сергій Ярош<br>\n'
             '      регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області<br>\n'
             '      050 318 44 07</div>\n  </body>\n</html>\n')
    root = text(html_, "html", "utf-8", "base64")
    return message(head(t, addr("Сергій Ярош", email_of("ogp-coordinator")),
                        ew("Анонс: громадське обговорення виконання Плану заходів «Відкритий уряд» – 12 грудня"),
                        mid_tb("nr04", "example.org.ua"), "mail.example.org.ua", "203.0.113.14", 6,
                        mailer=TB24),
                   root)


KEY = {
    "class": "not_report", "executor": "rda-sosnytsia", "period": 2, "late": False,
    "kind": "not_report", "reason": "promise",
    "note": "Phone reply above zvit's quoted reminder promising the information on «пп. 1, 6, 7, 9, 10, "
            "12» by 18.06.2013 after a collegium on 17.06; it cites an article of the access-to-information "
            "law and reports nothing.",
    "items": [],
}


@mail
def nr05():
    t = kyiv(2013, 6, 14, 16, 10, 58)
    rem = reminder("rda-sosnytsia", "15.06.2013", "13.06.2013", [1, 6, 7, 9, 10, 12], False)
    body = ("Доброго дня!\n"
            "Інформацію Сосницької РДА про виконання Плану заходів за І півріччя 2013 року (пп. 1, 6, 7, 9, "
            "10, 12) буде надано до 18.06.2013 – після засідання колегії РДА 17.06.2013, на якому "
            "розглядатиметься питання про стан виконання ст. 15 Закону України «Про доступ до публічної "
            "інформації». Просимо вибачення за затримку.\n\n"
            "Т.в.о. керуючого справами апарату РДА  В. Бабенко\n"
            "тел. (04655) 2-11-70\n\n"
            "--\n"
            "Надіслано з мого телефона Android через K-9 Mail.\n\n"
            "uvp@cg.ukrtel.net написав(ла):\n\n" + quote(rem) + "\n")
    root = text(body, "plain", "utf-8", "quoted-printable")
    return message(head(t, addr("Бабенко В.", email_of("rda-sosnytsia")), ew("Re: " + REMINDER_SUBJ),
                        f"<{_h('nr05', 10)}-{_h('nr05x', 4)}@email.android.com>", "mail.example.gov.ua",
                        "198.51.100.33", 11, mailer=K9,
                        extra=["In-Reply-To: <zvit.reminder.2.rda-sosnytsia.20130613@cg.ukrtel.net>"]),
                   root)


# =============================================================================================
# 4. rg — ranges and lists of measure numbers
# =============================================================================================

KEY = {
    "class": "ranges", "executor": "rda-nosivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Sheet whose number cells read «1», «6–7, 9», «10, 12» and «16»: the «6–7, 9» block answers "
            "three measures at once, «10, 12» is a bare «—»; the text holds «з 10.09 по 12.12.2012», a "
            "decree «№ 3» and totals; the body only points to the table.",
    "items": [{"measure": 1, "source": "Носівка_ВУ_2012.xls"}, {"measure": 6, "source": "Носівка_ВУ_2012.xls"},
              {"measure": 7, "source": "Носівка_ВУ_2012.xls"}, {"measure": 9, "source": "Носівка_ВУ_2012.xls"}],
}


@mail
def rg01():
    t = kyiv(2012, 12, 14, 14, 20, 33)
    cs = "windows-1251"
    body = (f"{OFFICE}\n\n"
            "Надсилаємо інформацію Носівської райдержадміністрації про виконання пп. 1, 6–7, 9, 10, 12 Плану "
            "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
            "(таблиця у вкладенні).\n\n"
            "Вих. № 02-09/3041 від 14.12.2012\n\n"
            "Керуючий справами апарату РДА                    П.М. Ярмоленко\n"
            "Виконавець: Осадча Г.І., (04642) 2-13-08\n")
    alt = multi("alternative", [text(body, "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs, "Microsoft Word 12 (filtered medium)"), "html", cs,
                                     "quoted-printable")],
                "----=_NextPart_001_0022_01CDDA0D.6B1A3F50")
    att = attach("rg01.xls", "application/vnd.ms-excel", "Носівка_ВУ_2012.xls", "2047B", cs)
    root = multi("mixed", [alt, att], "----=_NextPart_000_0021_01CDDA0D.6B1A3F50",
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Осадча Галина", email_of("rda-nosivka"), cs),
                        ew("Носівська РДА - інформація про виконання Плану (ВУ)", cs), mid_outlook("rg01"),
                        "mail.example.gov.ua", "198.51.100.22", 6, mailer=OUTLOOK2007,
                        extra=["Thread-Index: Ac3aDWmF5dCq1tE3RXe8pQ0dR9m7Uw==", "Content-Language: uk"]),
                   root)


KEY = {
    "class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "«По пп. 6-9, 12.» answers five measures in one paragraph whose text has «з 1 по 15 березня», "
            "«до 1-х класів», 1 240 people and an order «№ 96»; «По п. 1.» reports, «По п. 2 — не "
            "стосується» does not.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail
def rg02():
    t = kyiv(2013, 6, 11, 11, 48, 5)
    cs = "windows-1251"
    body = (f"{OFFICE}\n\n"
            "Управління освіти і науки облдержадміністрації на виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області, затвердженого 10.09.2012, "
            "інформує.\n\n"
            "По п. 1. Офіційний веб-сайт управління приведено у відповідність до вимог Закону України «Про "
            "доступ до публічної інформації»: створено розділ «Публічна інформація», в якому за І півріччя "
            "2013 року оприлюднено 38 наказів та 12 проектів нормативних актів; кількість відвідувань сайту — "
            "96 214.\n\n"
            "По пп. 6-9, 12. Протягом І півріччя 2013 року управлінням проведено 14 заходів із залучення "
            "громадськості за участю 1 240 осіб (з них 312 — представники громадських організацій). У період "
            "з 1 по 15 березня 2013 р. проведено електронне опитування батьків щодо мережі дошкільних закладів "
            "(2 317 респондентів). Члени громадської ради при облдержадміністрації входять до складу "
            "громадської ради при управлінні (9 осіб), атестаційної комісії ІІІ рівня та колегії управління "
            "(голова комітету з гуманітарних питань — наказ від 14.02.2013 № 96). Проект обласної програми "
            "«Освіта Чернігівщини 2013–2016» обговорено з членами громадських рад 25.04.2013. Громадська "
            "антикорупційна експертиза проекту наказу «Про порядок зарахування до 1-х класів» проведена ГО "
            "«Батьківський контроль», 4 пропозиції враховано.\n\n"
            "По п. 2 — не стосується (інформацію в рубрику «Виконання місцевих бюджетів Чернігівської "
            "області» подає Головне фінансове управління).\n\n"
            "Заступник начальника управління                     Л.П. Гавриш\n\n"
            "Виконавець: Руденко О.В., тел. 67-10-64\n")
    root = text(wrap(body, 76), "plain", cs, "base64")
    return message(head(t, addr("Руденко Олена", email_of("su-osvita"), cs),
                        ew("Інформація управління освіти і науки (Відкритий уряд)", cs), mid_outlook("rg02"),
                        "mail.example.gov.ua", "198.51.100.35", 7, mailer=OUTLOOK2010,
                        extra=["Thread-Index: Ac5mgxX7z5kF0w+SQfGkrIJ9Wq2v1Q==", "Content-Language: uk"]),
                   root)


KEY = {
    "class": "ranges", "executor": "rda-ichnia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Word table whose «Пункти Плану» cell «п.п. 1, 6 – 9» answers five measures as one block "
            "(8 is not a district's, it still counts), beside a running «№ з/п» 1–4; «п. 12» says by the "
            "plan's word that no reviews were held; dates «з 01.07 по 30.11.2013» and 24 village councils.",
    "items": [{"measure": 1, "source": "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 6, "source": "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 7, "source": "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 8, "source": "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 9, "source": "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 10, "source": "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 12, "source": "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx"}],
}


@mail
def rg03():
    t = kyiv(2013, 12, 5, 10, 5, 51)
    body = ("Добрий день.\n\n"
            "Направляємо інформацію Ічнянської РДА (вих. № 01-08/2954 від 04.12.2013).\n\n"
            "З повагою,\n"
            "Валентина Мисник\n"
            "загальний відділ апарату Ічнянської райдержадміністрації\n"
            "(04633) 2-12-50\n")
    plain = entity(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                   flowed(body).encode("utf-8"))
    att = attach("rg03.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Ічнянська РДА - Відкритий уряд ІІ півріччя 2013.docx", "2231", "utf-8")
    root = multi("mixed", [plain, att], "------------" + _h("rg03", 24).upper(),
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Валентина Мисник", email_of("rda-ichnia")),
                        ew("Інформація Ічнянської РДА - Відкритий уряд"), mid_tb("rg03"),
                        "mail.example.gov.ua", "198.51.100.24", 5, mailer=TB17),
                   root)


KEY = {
    "class": "ranges", "executor": "su-ekonomika", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Russian Outlook letter in KOI8-R: «По пунктам 1 и 6» and «По пунктам 2, 8» each answer as "
            "one block; inside the first, «п. 12 Порядка» of resolution № 996 is a paragraph of a law, not "
            "measure 12, and «По пунктам 7, 9, 12» only promises information later.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
              {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}],
}


@mail
def rg04():
    t = kyiv(2013, 6, 7, 15, 33, 19)
    cs = "koi8-r"
    body = ("Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Главное управление экономики облгосадминистрации сообщает о выполнении Плана мероприятий по "
            "повышению уровня открытости и прозрачности деятельности исполнительной власти в области за I "
            "полугодие 2013 года.\n\n"
            "По пунктам 1 и 6 Плана: на веб-странице управления на официальном сайте облгосадминистрации за "
            "январь – май 2013 г. размещено 54 материала, в т.ч. 9 проектов регуляторных актов; в "
            "соответствии с п. 12 Порядка проведения консультаций с общественностью по вопросам формирования "
            "и реализации государственной политики, утвержденного постановлением КМУ от 03.11.2010 № 996, "
            "ориентировочный план консультаций на 2013 год (7 вопросов) обнародован 28.12.2012; проведено 3 "
            "консультации, в т.ч. публичное обсуждение проекта Программы социально-экономического развития "
            "области на 2013 год (112 участников).\n\n"
            "По пунктам 2, 8: в рубрике «Ход выполнения целевых программ» размещена информация о выполнении "
            "27 областных целевых программ за 2012 год (общий объем финансирования 186,4 млн грн); "
            "председатель комитета по вопросам экономического развития Общественного совета при "
            "облгосадминистрации введен в состав коллегии управления (приказ от 22.01.2013 № 11).\n\n"
            "По пунктам 7, 9, 12 информация будет предоставлена дополнительно.\n\n"
            "Заместитель начальника главного управления               В.Г. Сорока\n"
            "Исп. Гаврилюк Д.О., тел. 67-43-21\n")
    alt = multi("alternative", [text(koi(body), "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs, "Microsoft Word 12 (filtered medium)", "RU"), "html",
                                     cs, "quoted-printable")],
                "----=_NextPart_000_0054_01CE639A.7D5C2E40", preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Гаврилюк Дмитрий", email_of("su-ekonomika"), cs),
                        ew("Информация ГУ экономики (Открытое правительство), I полугодие 2013", cs),
                        mid_outlook("rg04"), "mail.example.gov.ua", "198.51.100.37", 5, mailer=OUTLOOK2007,
                        extra=["Thread-Index: Ac5jfW2gS6yXDx7rQJa0m0vA8F1b2g==", "Content-Language: ru"]),
                   alt)


KEY = {
    "class": "ranges", "executor": "cppk", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The training centre answers «пунктів 13 і 14» as one paragraph (14 is УВП's guide, handed "
            "out at the seminars): dates «з 12 по 15 лютого», groups «№ 8–10», 16 hours, 132 people, "
            "8 640 грн and an economic code stand beside the two measure numbers.",
    "items": [{"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}],
}


@mail
def rg05():
    t = kyiv(2013, 3, 4, 12, 20, 41)
    body = (f"Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Про виконання пп. 13, 14 Плану заходів\n\n"
            "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної "
            "влади, органів місцевого самоврядування, державних установ, підприємств і організацій інформує.\n\n"
            "Щодо пунктів 13 і 14: з 12 по 15 лютого та з 25 по 28 лютого 2013 року Центром проведено 4 "
            "навчальні семінари (по 16 год.) «Інструменти політики сприяння розвитку громадянського "
            "суспільства: консультації з громадськістю, громадська експертиза, співпраця з громадськими "
            "радами» для заступників керівників структурних підрозділів облдержадміністрації та "
            "райдержадміністрацій (група № 7, 38 осіб) і спеціалістів, які безпосередньо організовують "
            "консультації з громадськістю (групи № 8–10, 94 особи). Усього навчено 132 особи, з них 22 – з "
            "райдержадміністрацій. Кожному слухачеві видано методичний посібник «Консультації з "
            "громадськістю: практичний порадник» (64 с.), розроблений управлінням з питань внутрішньої "
            "політики та зв'язків з громадськістю облдержадміністрації, та його електронну версію на CD "
            "(150 прим.).\n\n"
            "Витрати на проведення семінарів – 8 640 грн (обласний бюджет, КЕКВ 2240).\n\n"
            "Директор Центру                                  Н.В. Зінченко\n"
            "тел./факс (0462) 676-205\n"
            "вих. № 112 від 04.03.2013\n")
    root = text(body, "plain", "utf-8", "base64")
    return message(head(t, addr("Центр перепідготовки та підвищення кваліфікації", email_of("cppk")),
                        ew("Про виконання пп. 13, 14 Плану заходів (вих. № 112)"),
                        f"<CPPK-SRV1{_h('rg05', 14).upper()}@example.gov.ua>", "cppk-srv1.example.gov.ua",
                        "198.51.100.70", 2, mailer=CDO,
                        extra=["Thread-Topic: " + ew("Про виконання пп. 13, 14 Плану заходів"),
                               "Content-Class: urn:content-classes:message"]),
                   root)


# =============================================================================================
# 5. pr — prose without plan numbers
# =============================================================================================

KEY = {
    "class": "prose", "executor": "rda-koriukivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Formal letter as a PDF with a text layer, no plan numbers: consultations (6), advisory "
            "bodies (7) and an anti-corruption review (12) in its own words among budget thousands, "
            "dates and a letterhead full of codes; the site is only where materials were published.",
    "items": [{"measure": 6, "source": "Korukivka_RDA_01-16_2603.pdf"},
              {"measure": 7, "source": "Korukivka_RDA_01-16_2603.pdf"},
              {"measure": 12, "source": "Korukivka_RDA_01-16_2603.pdf"}],
}


@mail
def pr01():
    t = kyiv(2012, 12, 12, 16, 2, 14)
    cs = "windows-1251"
    body = ("Добрий день,\n"
            "надсилаємо лист райдержадміністрації від 11.12.2012 № 01-16/2603 (скан-копія у форматі PDF).\n"
            "Оригінал направлено поштою.\n\n"
            "Загальний відділ апарату Корюківської РДА\n"
            "тел./факс (04657) 2-17-11\n")
    plain = text(body, "plain", cs, "quoted-printable")
    att = attach("pr01.pdf", "application/pdf", "Korukivka_RDA_01-16_2603.pdf", "ascii")
    root = multi("mixed", [plain, att], "----=_NextPart_000_0005_01CDD8B1.9A4E3D80",
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Корюківська РДА", email_of("rda-koriukivka"), cs),
                        ew("Лист РДА від 11.12.2012 № 01-16/2603", cs), mid_outlook("pr01"),
                        "mail.example.gov.ua", "198.51.100.26", 10, mailer=OUTLOOK2003,
                        extra=["Thread-Index: Ac3YcBP4hZ0v1Qk9Tk2p3R1nE4xw7A=="]),
                   root)


KEY = {
    "class": "prose", "executor": "zvernennia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A .docx note on the head's hot line in prose: 2 417 calls, percentages that add up, phone "
            "and free numbers, a start date; the site is only where the monthly summary is published, "
            "and the body only covers the attachment.",
    "items": [{"measure": 5, "source": "Довідка_гаряча лінія_І півр 2013.docx"}],
}


@mail
def pr02():
    t = kyiv(2013, 6, 5, 10, 40, 29)
    body = ("Добрий день!\n\n"
            "Направляю довідку про роботу «гарячої лінії» голови облдержадміністрації за 5 місяців 2013 року "
            "для узагальнення.\n\n"
            "З повагою\n"
            "Людмила Кучер\n"
            "завідувач відділу роботи із зверненнями громадян апарату облдержадміністрації\n"
            "тел. (0462) 67-50-09\n")
    cs = "utf-8"
    alt = multi("alternative", [text(body, "plain", cs, "base64"),
                                text(outlook_html(body, cs), "html", cs, "base64")],
                "----=_NextPart_001_0015_01CE61D5.3B7A9C30")
    att = attach("pr02.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Довідка_гаряча лінія_І півр 2013.docx", "2047B", cs)
    root = multi("mixed", [alt, att], "----=_NextPart_000_0014_01CE61D5.3B7A9C30",
                 preamble="This is a multipart message in MIME format.")
    return message(head(t, addr("Кучер Людмила", email_of("zvernennia")),
                        ew("Довідка про роботу «гарячої лінії» (січень-травень 2013)"), mid_outlook("pr02"),
                        "mail.example.gov.ua", "198.51.100.41", 4, mailer=OUTLOOK2010,
                        extra=["Thread-Index: Ac5h1Tq8m0c3kP2hTq2tP1QbGvYx9g==", "Content-Language: uk"]),
                   root)


KEY = {
    "class": "prose", "executor": "uvp", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "УВП's own sector writes from its registered box (uvp-info) to the department's mailbox: "
            "headings name the web resource (3), the open-door day (11) and the guide (14) with visitors, "
            "print run and гривні; the training paragraph is only a plan for February.",
    "items": [{"measure": 3, "source": "body"}, {"measure": 11, "source": "body"},
              {"measure": 14, "source": "body"}],
}


@mail
def pr03():
    t = kyiv(2012, 12, 14, 17, 25, 36)
    sections = [
        ("Веб-ресурс «Чернігівська громада»",
         "1 листопада 2012 року запрацював веб-ресурс «Чернігівська громада». Станом на 13.12.2012 на ньому "
         "зареєстровано 87 громадських організацій, розміщено 214 новин та 19 анонсів заходів; ресурс "
         "відвідали 1 870 унікальних користувачів. Розробку виконано ГО «Інтернет-ініціатива Чернігівщини» на "
         "волонтерських засадах, витрати управління – лише оплата хостингу (1 200 грн на рік)."),
        ("День відкритих дверей",
         "27 листопада 2012 року проведено День відкритих дверей управління: з його роботою ознайомились 19 "
         "представників ЗМІ та 24 громадських організацій, проведено презентацію відділів і відповіді на "
         "запитання (понад 40)."),
        ("Методичні матеріали",
         "Розроблено та видано методичний посібник «Консультації з громадськістю: практичний порадник» (64 с., "
         "тираж 300 прим., вартість 4 860 грн). Посібник розіслано 22 райдержадміністраціям і 14 структурним "
         "підрозділам облдержадміністрації (по 5 прим.)."),
        ("Навчання",
         "Навчальні семінари для заступників керівників структурних підрозділів і спеціалістів з питань "
         "консультацій заплановано провести спільно з Центром перепідготовки у лютому 2013 року."),
    ]
    intro = ("Тетяно Олексіївно, добрий вечір!\n\n"
             "Для узагальненого звіту – інформація сектору зв'язків з громадськістю за IV квартал 2012 року.")
    sig = "Андрій Костенко\nсектор зв'язків з громадськістю УВП\nвн. 2-14"
    plain = intro + "\n\n" + "\n\n".join(f"{h}\n{p}" for h, p in sections) + "\n\n--\n" + sig + "\n"
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head>'
             '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space; ">'
             + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in intro.split("\n"))
             + "".join(f"<div><br></div><div><b>{esc(h)}</b></div><div>{esc(p)}</div>" for h, p in sections)
             + "<div><br></div><div>--</div>" + "".join(f"<div>{esc(l)}</div>" for l in sig.split("\n"))
             + "</body></html>")
    b = "Apple-Mail=_" + _h("pr03", 8).upper() + "-7A2C-4E61-B0F3-" + _h("pr03b", 12).upper()
    alt = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                text(html_, "html", "utf-8", "quoted-printable")], b)
    return message(head(t, addr("Андрій Костенко", email_of("uvp")),
                        ew("Інформація сектору зв'язків з громадськістю до звіту (IV кв. 2012)"),
                        f"<{_h('pr03m', 8).upper()}-1C4D-4A0B-8E21-{_h('pr03n', 12).upper()}@example.gov.ua>",
                        "mail.example.gov.ua", "198.51.100.10", 3, mailer=APPLE),
                   alt)


KEY = {
    "class": "prose", "executor": "su-ekolohiia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": ".odt with subject headings: one paragraph covers two measures (council members in advisory "
            "bodies, 7, and discussing a draft programme, 9); the collegium meeting and the site are "
            "passing mentions; 138 participants, 406 respondents, 27 proposals.",
    "items": [{"measure": 6, "source": "Екологія_відкритий_уряд_2013_ІІ.odt"},
              {"measure": 7, "source": "Екологія_відкритий_уряд_2013_ІІ.odt"},
              {"measure": 9, "source": "Екологія_відкритий_уряд_2013_ІІ.odt"}],
}


@mail
def pr04():
    t = kyiv(2013, 11, 29, 14, 14, 8)
    body = ("Доброго дня.\n"
            "Надсилаємо інформацію управління за ІІ півріччя.\n\n"
            "-- \n"
            "З повагою, Світлана Рябоконь\n"
            "управління екології та природних ресурсів облдержадміністрації\n"
            "тел. (0462) 67-36-14\n")
    plain = entity(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"], flowed(body).encode("utf-8"))
    att = attach("pr04.odt", "application/vnd.oasis.opendocument.text", "Екологія_відкритий_уряд_2013_ІІ.odt",
                 "2231", "utf-8")
    root = multi("mixed", [plain, att], "------------" + _h("pr04", 24).upper(),
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Світлана Рябоконь", email_of("su-ekolohiia")),
                        ew("Відкритий уряд - інформація управління екології"), mid_tb("pr04"),
                        "mail.example.gov.ua", "198.51.100.38", 5, mailer=TB24),
                   root)


KEY = {
    "class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": ".rtf in plain prose: site (1), a report sent for the programmes rubric (2) and an "
            "anti-corruption review (12), with visits, millions of гривень and percentages; the unit's own "
            "subsidy «гаряча лінія» is not the head's hot line (5).",
    "items": [{"measure": 1, "source": "Соцзахист_інформація_ВУ.rtf"},
              {"measure": 2, "source": "Соцзахист_інформація_ВУ.rtf"},
              {"measure": 12, "source": "Соцзахист_інформація_ВУ.rtf"}],
}


@mail
def pr05():
    t = kyiv(2013, 6, 12, 9, 58, 17)
    cs = "windows-1251"
    body = ("Добрий день!\n\n"
            "Надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації про "
            "виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року.\n"
            "Вих. № 05-22/3377 від 11.06.2013.\n\n"
            "-- \n"
            "З повагою,\n"
            " Ганна Литвин                          mailto:sotszakhyst@example.gov.ua\n")
    plain = text(wrap(body, 76), "plain", cs, "8bit")
    att = attach("pr05.rtf", "application/rtf", "Соцзахист_інформація_ВУ.rtf", "2047Q", cs)
    root = multi("mixed", [plain, att], "----------" + _h("pr05", 12).upper() + "A3F1")
    return message(head(t, addr("Ганна Литвин", email_of("su-sotszakhyst"), cs),
                        ew("Інформація соцзахисту - Відкритий уряд", cs),
                        "<1198305727.20130612095817@example.gov.ua>", "mail.example.gov.ua", "198.51.100.39", 6,
                        mailer=BAT),
                   root)


# =============================================================================================
# 6. fn — numbers that are not the plan's
# =============================================================================================

KEY = {
    "class": "foreign_numbers", "executor": "rda-pryluky", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The letter numbers its own paragraphs 1., 2., 3., which answer measures 6, 7 and 12 by "
            "their subjects; 7 consultations, 326 people, 76,4 %, an order «№ 544» and an outgoing number "
            "are figures too.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail
def fn01():
    t = kyiv(2012, 12, 14, 11, 11, 2)
    cs = "windows-1251"
    body = (f"{OFFICE}\n\n"
            "Прилуцька райдержадміністрація на виконання Плану заходів з підвищення рівня відкритості та "
            "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство "
            "„Відкритий уряд“» інформує:\n\n"
            "1. Протягом вересня – листопада 2012 року проведено 7 консультацій з громадськістю у формі "
            "громадських слухань, «круглих столів» та зустрічей з мешканцями, в яких взяли участь 326 осіб; "
            "найбільше обговорення викликав проект районного бюджету на 2013 рік (5 засідань робочої групи, "
            "18 пропозицій, з них враховано 11).\n\n"
            "2. До складу 4 дорадчо-консультативних органів при райдержадміністрації (ради з питань "
            "національно-патріотичного виховання, координаційної ради з питань сім'ї та гендерної рівності, "
            "ради підприємців, ради з питань туризму) включено 9 представників інститутів громадянського "
            "суспільства, у т. ч. 6 членів громадської ради.\n\n"
            "3. ГО «Прилуччина без корупції» у жовтні – листопаді 2012 року проведено громадську експертизу "
            "діяльності управління праці та соціального захисту населення райдержадміністрації (опитано 212 "
            "отримувачів послуг, 76,4 % задоволені якістю обслуговування). За її результатами розпорядженням "
            "голови райдержадміністрації від 03.12.2012 № 544 затверджено план заходів з реалізації 8 "
            "експертних пропозицій.\n\n"
            "Голова райдержадміністрації                      С.П. Мартиненко\n\n"
            "вих. № 01-22/2987 від 13.12.2012\n"
            "Виконавець: Руденко, 3-12-55\n")
    root = text(wrap(body, 76), "plain", cs, "quoted-printable")
    return message(head(t, addr("Прилуцька РДА", email_of("rda-pryluky"), cs),
                        ew("Інформація Прилуцької РДА (вих. № 01-22/2987)", cs),
                        "<001a01cdd9e1$4c7f2b20$6f01a8c0@pryluky>", "mail.example.gov.ua", "198.51.100.28", 9,
                        mailer=OE6, extra=["X-Priority: 3", "X-MSMail-Priority: Normal"]),
                   root)


KEY = {
    "class": "foreign_numbers", "executor": "su-zhkh", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Sheet with a running «№ з/п» 1–5 beside the real «№ пункту Плану» 1, 2, 6, 9, 12, plus "
            "count, people and тис. грн columns and a «Разом» row; plan 9 is a «—» row, plan 12 reports "
            "help given to an expert review still under way.",
    "items": [{"measure": 1, "source": "ЖКГ_ВУ_1 півріччя 2013.xls"},
              {"measure": 2, "source": "ЖКГ_ВУ_1 півріччя 2013.xls"},
              {"measure": 6, "source": "ЖКГ_ВУ_1 півріччя 2013.xls"},
              {"measure": 12, "source": "ЖКГ_ВУ_1 півріччя 2013.xls"}],
}


@mail
def fn02():
    t = kyiv(2013, 6, 10, 16, 45, 27)
    cs = "windows-1251"
    body = ("Направляємо інформацію управління житлово-комунального господарства облдержадміністрації щодо "
            "виконання Плану заходів (Відкритий уряд) за І півріччя 2013 р. (на 1 арк.).\n"
            "Вих. № 04-07/1266 від 10.06.2013.\n\n"
            "Юлія Петренко\n"
            "відділ економіки та тарифної політики\n"
            "тел. 67-19-42\n")
    alt = multi("alternative", [text(body, "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs, "Microsoft Word 12 (filtered medium)"), "html", cs,
                                     "quoted-printable")],
                "----=_NextPart_001_0038_01CE65F2.2E9A7B10")
    att = attach("fn02.xls", "application/vnd.ms-excel", "ЖКГ_ВУ_1 півріччя 2013.xls", "2047B", cs)
    root = multi("mixed", [alt, att], "----=_NextPart_000_0037_01CE65F2.2E9A7B10",
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Петренко Юлія", email_of("su-zhkh"), cs),
                        ew("ЖКГ - Відкритий уряд І півріччя", cs), mid_outlook("fn02"),
                        "mail.example.gov.ua", "198.51.100.42", 5, mailer=OUTLOOK2007,
                        extra=["Thread-Index: Ac5l8i6aZk0wB0rKSp6Nf3oTqkQ1Vg==", "Content-Language: uk"]),
                   root)


KEY = {
    "class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The district's own plan numbering «1.1, 1.2, 2.1, 2.3, 3.1» stands beside the oblast plan's "
            "1, 6, 7, 9, 10, 12, 16, and the cells use «1) 2) 3)» and «а) б) в)»; 9 and 12 are dashes, "
            "16 is the reporting duty.",
    "items": [{"measure": 1, "source": "Бобровиця_звіт_план_ВУ_2013_ІІ.docx"},
              {"measure": 6, "source": "Бобровиця_звіт_план_ВУ_2013_ІІ.docx"},
              {"measure": 7, "source": "Бобровиця_звіт_план_ВУ_2013_ІІ.docx"},
              {"measure": 10, "source": "Бобровиця_звіт_план_ВУ_2013_ІІ.docx"}],
}


@mail
def fn03():
    t = kyiv(2013, 12, 9, 13, 30, 15)
    cs = "windows-1251"
    body = ("Доброго дня!\n\n"
            "Надсилаємо звіт про виконання Плану заходів Бобровицької РДА з підвищення рівня відкритості та "
            "прозорості діяльності на 2013 рік за ІІ півріччя (у межах Плану заходів облдержадміністрації від "
            "10.09.2012).\n\n"
            "З повагою\n"
            "Микола Тищенко\n"
            "головний спеціаліст відділу організаційної роботи апарату Бобровицької РДА\n"
            "(04632) 2-13-27\n")
    alt = multi("alternative", [text(body, "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs), "html", cs, "quoted-printable")],
                "----=_NextPart_001_0061_01CEF4F6.1A2B3C40")
    att = attach("fn03.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Бобровиця_звіт_план_ВУ_2013_ІІ.docx", "2047B", cs)
    root = multi("mixed", [alt, att], "----=_NextPart_000_0060_01CEF4F6.1A2B3C40",
                 preamble="This is a multipart message in MIME format.")
    return message(head(t, addr("Тищенко Микола", email_of("rda-bobrovytsia"), cs),
                        ew("Звіт Бобровицької РДА (Відкритий уряд), ІІ півріччя 2013", cs), mid_outlook("fn03"),
                        "mail.example.gov.ua", "198.51.100.30", 6, mailer=OUTLOOK2010,
                        extra=["Thread-Index: Ac708e5rT1aZpQ1vRSmJmK9fB2yTng==", "Content-Language: uk"]),
                   root)


KEY = {
    "class": "foreign_numbers", "executor": "su-arkhiv", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Opera plain text in KOI8-U (so «№» is typed «N») sent three days after the deadline: «ст. 15», "
            "«п. 9 Порядку», a resolution «N 3», УВП's own letter number, years 1782–1923 and sub-items «1) 2) 3)» that answer 1, 8 "
            "and 6 by subject.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 8, "source": "body"}],
}


@mail
def fn04():
    t = kyiv(2012, 12, 18, 10, 20, 4)
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Державний архів Чернігівської області на Ваш лист від 03.12.2012 № 06-13/2790 повідомляє про "
            "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
            "в області станом на 15.12.2012.\n\n"
            "Відповідно до ст. 15 Закону України «Про доступ до публічної інформації» та п. 9 Порядку "
            "оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади (постанова "
            "Кабінету Міністрів України від 04.01.2002 № 3) Держархівом області:\n"
            "1) оновлено офіційний веб-сайт архіву: розміщено 12 нових описів фондів (понад 3 400 справ), "
            "електронний довідник «Адміністративно-територіальний устрій Чернігівщини 1782–1923 рр.» та 8 "
            "віртуальних виставок документів; кількість відвідувань за 11 місяців – 52 317;\n"
            "2) до складу колегії Держархіву області введено голову комітету з питань культури і духовності "
            "Громадської ради при облдержадміністрації Остапенка І.Г. (наказ від 05.10.2012 № 64-к), "
            "відповідні зміни до Положення про Держархів області не потребувались;\n"
            "3) проведено 2 консультації з громадськістю: публічне громадське обговорення проекту Програми "
            "розвитку архівної справи на 2013–2017 роки (24.10.2012, 31 учасник) та засідання «круглого "
            "столу» з краєзнавцями (15.11.2012, 19 учасників).\n\n"
            "Директор                                        Р.Б. Воронов\n\n"
            "Виконавець Ткач О.М., (0462) 67-28-11\n")
    root = text(koi(wrap(body, 76)), "plain", "koi8-u", "8bit")
    return message(head(t, addr("Ткач Олена", email_of("su-arkhiv"), "koi8-u"),
                        ew("Інформація Держархіву області (Відкритий уряд)", "koi8-u"),
                        "<op.wo9k2hv1a7rj3c@arkhiv-ws3>", "mail.example.gov.ua", "198.51.100.43", 4,
                        mailer=OPERA),
                   root)


KEY = {
    "class": "foreign_numbers", "executor": "su-simia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Sheet with «№ з/п» 1–7 beside «Пункт Плану», «з них» sub-rows without numbers under plan 6, "
            "count and people columns (1 850 respondents) and a «Разом» row; plan rows 2, 8, 12 are «—», "
            "«х» and a bare «не проводились».",
    "items": [{"measure": 1, "source": "Сім'я_молодь_спорт_ВУ_ІІ_півр_2013.xlsx"},
              {"measure": 6, "source": "Сім'я_молодь_спорт_ВУ_ІІ_півр_2013.xlsx"},
              {"measure": 7, "source": "Сім'я_молодь_спорт_ВУ_ІІ_півр_2013.xlsx"},
              {"measure": 9, "source": "Сім'я_молодь_спорт_ВУ_ІІ_півр_2013.xlsx"}],
}


@mail
def fn05():
    t = kyiv(2013, 12, 13, 15, 57, 33)
    cs = "windows-1251"
    body = ("Добрий день!\n\n"
            "Надсилаємо інформацію управління у справах сім'ї, молоді та спорту облдержадміністрації щодо "
            "виконання Плану заходів за ІІ півріччя 2013 року (1 арк.).\n\n"
            "-- \n"
            "Марина Олійник\n"
            "відділ молодіжної політики\n"
            "тел. (0462) 67-44-90\n")
    plain = entity([f"Content-Type: text/plain; charset=windows-1251; format=flowed",
                    "Content-Transfer-Encoding: 8bit"], flowed(body).encode(cs))
    att = attach("fn05.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "Сім'я_молодь_спорт_ВУ_ІІ_півр_2013.xlsx", "2231", cs)
    root = multi("mixed", [plain, att], "------------" + _h("fn05", 24).upper(),
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Марина Олійник", email_of("su-simia"), cs),
                        ew("Сім'я, молодь та спорт - Відкритий уряд ІІ півріччя", cs), mid_tb("fn05"),
                        "mail.example.gov.ua", "198.51.100.45", 5, mailer=TB24.replace("X11; Linux i686", "Windows NT 6.1")),
                   root)


# =============================================================================================
# 7. pa — private or borrowed boxes
# =============================================================================================

KEY = {
    "class": "personal_address", "executor": "rda-semenivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Gmail box of a district clerk on the deadline's Saturday evening; the office appears only "
            "in the genitive in the body and signature, beside the addressee УВП; the .doc table has 7, 9 "
            "dashes and a bare «не проводились» for 12.",
    "items": [{"measure": 1, "source": "Семенівська РДА_ВУ_грудень 2012.doc"},
              {"measure": 6, "source": "Семенівська РДА_ВУ_грудень 2012.doc"},
              {"measure": 10, "source": "Семенівська РДА_ВУ_грудень 2012.doc"}],
}


@mail
def pa01():
    t = kyiv(2012, 12, 15, 21, 40, 52)
    body = (f"{OFFICE}\n\n"
            "Доброго вечора!\n"
            "Надсилаю інформацію Семенівської райдержадміністрації про виконання Плану заходів щодо "
            "відкритості та прозорості (до 15.12). Поштовий сервер РДА з четверга не працює, тому надсилаю з "
            "особистої скриньки. Оригінал листа (вих. № 01-14/2356 від 14.12.2012) надіслано поштою.\n\n"
            "-- \n"
            "Оксана Кравченко\n"
            "головний спеціаліст відділу організаційної роботи апарату Семенівської районної державної "
            "адміністрації\n"
            "моб. 096 412 53 07\n")
    html_ = ('<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in body.split("\n")[:-5])
             + '<br clear="all"><div><br></div>-- <br><div dir="ltr">Оксана Кравченко<br>головний спеціаліст '
             'відділу організаційної роботи апарату Семенівської районної державної адміністрації<br>моб. 096 '
             '412 53 07</div>\n</div>\n')
    b = "047d7b" + _h("pa01", 22)
    alt = multi("alternative", [text(body, "plain", "UTF-8", "base64"), text(html_, "html", "UTF-8", "base64")],
                b + "_a")
    att = attach("pa01.doc", "application/msword", "Семенівська РДА_ВУ_грудень 2012.doc", "2047B", "UTF-8",
                 extra=[f"X-Attachment-Id: f_hao{_h('pa01x', 5)}0"])
    root = multi("mixed", [alt, att], b + "_m")
    gm = f"<CAH{base64.b64encode(hashlib.md5(b'pa01').digest()).decode()[:20]}+Xq=w@mail.gmail.com>"
    return message(head(t, addr("Оксана Кравченко", "o.kravchenko.sem@gmail.com", "UTF-8"),
                        ew("Семенівська РДА - інформація по Плану (Відкритий уряд)", "UTF-8"), gm,
                        "mail-wg0-f49.google.com", "74.125.82.49", 2,
                        inner=[f"Received: by 10.216.{int(_h('pa01r', 2), 16)}.77 with HTTP; "
                               f"{rfcdate(t)}"]),
                   root)


KEY = {
    "class": "personal_address", "executor": "su-kapbud", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "ukr.net box of the capital-construction department, named only in the genitive in the "
            "heading and signature under the addressee УВП; «п. N –» lines with procurement sums in "
            "тис. грн, 41,2 % and an order «№ 38-од»; 6 and 7 are «х», 12 a bare «не проводились».",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 2, "source": "body"},
              {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail
def pa02():
    t = kyiv(2013, 6, 14, 17, 48, 6)
    body = (f"{OFFICE}\n\n"
            "Інформація управління капітального будівництва облдержадміністрації про виконання Плану заходів "
            "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя "
            "2013 року\n\n"
            "п. 1 – на веб-сторінці управління на офіційному сайті облдержадміністрації розміщено 31 матеріал "
            "щодо проведення процедур закупівель (за 5 міс. 2013 р. – 19 процедур на суму 48 916,2 тис. грн) "
            "та перелік 23 об'єктів будівництва 2013 року;\n"
            "п. 2 – до рубрики «Хід виконання цільових програм» надано інформацію про виконання Програми "
            "будівництва, реконструкції та капітального ремонту об'єктів соціальної сфери на 2013 рік: "
            "освоєно 23 148,7 тис. грн (41,2 % від плану);\n"
            "п. 6 – х\n"
            "п. 7 – х\n"
            "п. 8 – голова комітету з питань ЖКГ та будівництва Громадської ради при облдержадміністрації "
            "включений до складу колегії управління (наказ від 02.04.2013 № 38-од);\n"
            "п. 9 – проект Програми будівництва на 2013 рік обговорено на засіданні громадської ради "
            "14.02.2013 (присутні 21 член ГР, надійшло 4 пропозиції);\n"
            "п. 12 – не проводились.\n\n"
            "В.о. начальника управління капітального будівництва облдержадміністрації     І.П. Дячок\n\n"
            "Виконавець Кириленко Н.В., тел. 67-33-91\n"
            "(надіслано з резервної скриньки, службова пошта тимчасово не працює)\n")
    html_ = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             + "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in body.split("\n")) + "</body></html>")
    b = "----" + _h("pa02", 16).upper() + "-ukrnet"
    alt = multi("alternative", [text(body, "plain", "utf-8", "base64"), text(html_, "html", "utf-8", "base64")], b)
    return message(head(t, addr("Наталія Кириленко", "kapbud_chernigiv@ukr.net"),
                        ew("інформація по плану відкритий уряд - управління капбудівництва"),
                        f"<1371221286.{int(_h('pa02m', 6), 16)}.{int(_h('pa02n', 4), 16)}@frv42.ukr.net>",
                        "frv42.ukr.net", "203.0.113.42", 3, mailer="X-Mailer: FREEMAIL"),
                   alt)


KEY = {
    "class": "personal_address", "executor": "rda-kulykivka", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A district's letter sent from the training centre's registered box (the clerk is on a course "
            "there, group № 14, «з 11 по 22 листопада»): the course is no report on 13; the PDF's «Пункт N.» "
            "lines answer 1, 6, 12 and say for 10 that no working group exists yet; 7 «–», 9 «без змін».",
    "items": [{"measure": 1, "source": "Kulykivka_RDA_01-12_1877.pdf"},
              {"measure": 6, "source": "Kulykivka_RDA_01-12_1877.pdf"},
              {"measure": 10, "source": "Kulykivka_RDA_01-12_1877.pdf"},
              {"measure": 12, "source": "Kulykivka_RDA_01-12_1877.pdf"}],
}


@mail
def pa03():
    t = kyiv(2013, 11, 14, 13, 5, 49)
    cs = "windows-1251"
    body = ("Доброго дня!\n\n"
            "Надсилаю інформацію Куликівської райдержадміністрації про виконання Плану заходів (Відкритий "
            "уряд) за ІІ півріччя 2013 р. Перебуваю на курсах підвищення кваліфікації в Центрі перепідготовки "
            "(група № 14, з 11 по 22 листопада), тому відправляю з пошти Центру. Лист за підписом голови РДА "
            "(вих. № 01-12/1877 від 12.11.2013) у вкладенні.\n"
            "Відповідь прошу надсилати на адресу rda-kulykivka@example.gov.ua.\n\n"
            "Тетяна Шеремет,\n"
            "начальник відділу організаційної роботи апарату Куликівської РДА\n"
            "тел. (04643) 2-14-39\n")
    alt = multi("alternative", [text(body, "plain", cs, "quoted-printable"),
                                text(outlook_html(body, cs), "html", cs, "quoted-printable")],
                "----=_NextPart_001_0009_01CEE13C.5F8A2D70")
    att = attach("pa03.pdf", "application/pdf", "Kulykivka_RDA_01-12_1877.pdf", "ascii")
    root = multi("mixed", [alt, att], "----=_NextPart_000_0008_01CEE13C.5F8A2D70",
                 preamble="This is a multipart message in MIME format.")
    return message(head(t, addr("ЦППК", email_of("cppk")), ew("Куликівська РДА - Відкритий уряд", cs),
                        mid_outlook("pa03"), "cppk-srv1.example.gov.ua", "198.51.100.70", 5, mailer=OUTLOOK2010,
                        extra=["Reply-To: rda-kulykivka@example.gov.ua", "Content-Language: uk",
                               "Thread-Index: Ac7hPF+KLr5nO2pAQ0q4lH3b8ZzX7Q=="]),
                   root)


KEY = {
    "class": "personal_address", "executor": "su-mistobuduvannia", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "i.ua home box on the Sunday after the deadline, in surzhyk; the office is named only in the "
            "genitive, beside «для УВП облдержадміністрації»; the sheet has 2, 7, 8 dashes and 12 «немає», "
            "with «4 з 17» general plans and participant counts.",
    "items": [{"measure": 1, "source": "mistobuduvannia_VU_1pivr_2013.xlsx"},
              {"measure": 6, "source": "mistobuduvannia_VU_1pivr_2013.xlsx"},
              {"measure": 9, "source": "mistobuduvannia_VU_1pivr_2013.xlsx"}],
}


@mail
def pa04():
    t = kyiv(2013, 6, 16, 20, 14, 37)
    cs = "windows-1251"
    body = ("Для УВП облдержадміністрації\n\n"
            "Добрий вечір. Відправляю з домашньої пошти інформацію управління містобудування та архітектури "
            "облдержадміністрації по плану заходів (відкритий уряд) за 1 півріччя 2013р., бо в п'ятницю не "
            "встигли відправити. Вибачте, що із запізненням.\n\n"
            "Головний спеціаліст відділу містобудівного кадастру управління містобудування та архітектури "
            "облдержадміністрації Ю. Савченко, т. 067-731-08-52\n")
    html_ = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
             "<body><p>" + "<br>".join(esc(l) for l in body.split("\n")) + "</p></body></html>")
    alt = multi("alternative", [text(body, "plain", cs, "base64"), text(html_, "html", cs, "base64")],
                "__i.ua__" + _h("pa04", 20))
    att = attach("pa04.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "mistobuduvannia_VU_1pivr_2013.xlsx", "ascii")
    root = multi("mixed", [alt, att], "__i.ua__" + _h("pa04m", 20))
    return message(head(t, addr("Юрій Савченко", "arhitektura_cn@i.ua", cs),
                        ew("план відкритий уряд 1 півріччя", cs),
                        f"<51BDF2CE.{int(_h('pa04id', 5), 16):06d}.03248@i.ua>", "mx.i.ua", "203.0.113.88", 4,
                        mailer="X-Mailer: i.ua web mail"),
                   root)


KEY = {
    "class": "personal_address", "executor": "rda-ripky", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "meta.ua box, KOI8-U plain text: the heading and the signature name the district in the "
            "genitive under the addressee УВП; «п.1.», «п.6. Без змін.», «п.9. -», «п.12. Не проводились.» "
            "beside a decree «N 287» and «протокол N 6» (KOI8-U has no «№»).",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@mail
def pa05():
    t = kyiv(2013, 12, 11, 10, 44, 20)
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Інформація Ріпкинської районної державної адміністрації про виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя "
            "2013 року\n\n"
            "п.1. Офіційний веб-сайт РДА наповнюється щоденно: за 5 місяців розміщено 231 матеріал, у т.ч. 49 "
            "розпоряджень голови РДА, 8 проектів регуляторних актів; створено сторінку «Громадська рада».\n"
            "п.6. Без змін.\n"
            "п.7. До складу координаційної ради з питань підприємництва та ради з питань "
            "національно-патріотичного виховання включено 3 членів громадської ради (розпорядження від "
            "05.09.2013 № 287).\n"
            "п.9. -\n"
            "п.10. На засіданні громадської ради 17.10.2013 (протокол № 6) утворено робочу групу з питань "
            "відкритості та прозорості діяльності РДА (4 особи) відповідно до рекомендації "
            "райдержадміністрації.\n"
            "п.12. Не проводились.\n\n"
            "Головний спеціаліст сектору з питань внутрішньої політики, зв'язків із засобами масової "
            "інформації та громадськістю Ріпкинської РДА   Г.О. Приходько\n"
            "тел. (04641) 2-13-59\n")
    root = text(koi(wrap(body, 76)), "plain", "koi8-u", "8bit")
    return message(head(t, addr("Галина Приходько", "ripky_vnp@meta.ua", "koi8-u"),
                        ew("Ріпкинська РДА - Відкритий уряд", "koi8-u"),
                        f"<{int(_h('pa05', 7), 16)}.{int(_h('pa05b', 4), 16)}@webmail.meta.ua>", "mx.meta.ua",
                        "203.0.113.120", 7, mailer="X-Mailer: meta.ua mail"),
                   root)


# =============================================================================================
# 8. mx — forwards, corrections, cover notes, two attachments, Word HTML
# =============================================================================================

KEY = {
    "class": "mixed", "executor": "rda-kozelets", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Thunderbird forward-as-attachment (message/rfc822) of the district's letter first sent to a "
            "mistyped address (uvp@cg.ukrtel.ne): it is delivered now and counts whole; its sheet answers "
            "1, 6, 9 (540 people, 428 respondents), 7, 10, 12 are «—», «х», «немає».",
    "items": [{"measure": 1, "source": "Козелецька_РДА_ВУ_грудень_2012.xls"},
              {"measure": 6, "source": "Козелецька_РДА_ВУ_грудень_2012.xls"},
              {"measure": 9, "source": "Козелецька_РДА_ВУ_грудень_2012.xls"}],
}


@mail
def mx01():
    t = kyiv(2012, 12, 14, 16, 20, 45)
    t0 = kyiv(2012, 12, 12, 11, 3, 27)
    inner_body = (f"{OFFICE}\n\n"
                  "Надсилаємо інформацію Козелецької районної державної адміністрації про виконання Плану "
                  "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
                  "(вих. № 01-19/3128 від 11.12.2012).\n\n"
                  "-- \nЗагальний відділ апарату Козелецької РДА\n(04646) 2-10-38\n")
    inner_plain = entity(["Content-Type: text/plain; charset=UTF-8; format=flowed",
                          "Content-Transfer-Encoding: 8bit"], flowed(inner_body).encode("utf-8"))
    inner_att = attach("mx01.xls", "application/vnd.ms-excel", "Козелецька_РДА_ВУ_грудень_2012.xls", "2231")
    inner_root = multi("mixed", [inner_plain, inner_att], "------------" + _h("mx01i", 24).upper(),
                       preamble="This is a multi-part message in MIME format.")
    inner = ("\n".join([f"Message-ID: {mid_tb('mx01-inner')}", f"Date: {rfcdate(t0)}",
                        "From: " + addr("Козелецька РДА", email_of("rda-kozelets")), TB17,
                        "MIME-Version: 1.0", "To: uvp@cg.ukrtel.ne",
                        "Subject: " + ew("Інформація Козелецької РДА (Відкритий уряд)")]).encode("ascii")
             + b"\n" + inner_root)
    body = ("Доброго дня!\n\n"
            "Пересилаємо лист від 12.12.2012, надісланий помилково на адресу uvp@cg.ukrtel.ne (повернувся як "
            "недоставлений). Вих. № 01-19/3128.\n\n"
            "-- \nЗагальний відділ апарату Козелецької РДА\n(04646) 2-10-38\n")
    plain = entity(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                   flowed(body).encode("utf-8"))
    fwd = rfc822(inner, "=?UTF-8?B?" + base64.b64encode("Інформація Козелецької РДА (Відкритий уряд).eml"
                                                         .encode()).decode() + "?=")
    root = multi("mixed", [plain, fwd], "------------" + _h("mx01o", 24).upper(),
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Козелецька РДА", email_of("rda-kozelets")),
                        ew("Fwd: Інформація Козелецької РДА (Відкритий уряд)"), mid_tb("mx01"),
                        "mail.example.gov.ua", "198.51.100.32", 5, mailer=TB17),
                   root)


KEY = {
    "class": "mixed", "executor": "rda-shchors", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Correction above the district's own earlier report quoted under «-----Original Message-----»: "
            "the new text restates 9 (5 discussions instead of 3) and adds 10 with a protocol number; "
            "«Решта інформації без змін» and the quoted 1, 6, 7, 9, 12 count nothing.",
    "items": [{"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail
def mx02():
    t = kyiv(2013, 6, 14, 11, 30, 8)
    cs = "windows-1251"
    top = ("Уточнення до інформації Щорської РДА від 11.06.2013 № 02-19/811.\n\n"
           "У п. 9 помилково зазначено 3 обговорення, слід читати: «Члени громадської ради при РДА взяли участь "
           "у громадському обговоренні 5 проектів розпоряджень голови РДА та Програми підтримки малого "
           "підприємництва на 2013–2014 роки».\n\n"
           "Доповнюємо інформацію по п. 10: на засіданні громадської ради 29.05.2013 (протокол № 4) утворено "
           "робочу групу з питань відкритості та прозорості у складі 5 осіб, керівник – Гук В.С.\n\n"
           "Решта інформації без змін.\n\n"
           "Заступник голови РДА                 А.В. Лемешко\n"
           "Виконавець: Кузьменко Т.О., (04654) 2-15-91\n")
    orig = (f"{OFFICE}\n\n"
            "Щорська райдержадміністрація інформує про виконання Плану заходів за І півріччя 2013 року:\n"
            "п. 1 – на офіційному веб-сайті РДА розміщено 134 матеріали, у т. ч. 29 розпоряджень;\n"
            "п. 6 – проведено громадські слухання щодо звіту про виконання районного бюджету за 2012 рік "
            "(19.03.2013, 57 учасників);\n"
            "п. 7 – до складу ради з питань безпечної життєдіяльності включено 2 представників ГО;\n"
            "п. 9 – члени громадської ради взяли участь в обговоренні 3 проектів розпоряджень;\n"
            "п. 10 – -\n"
            "п. 12 – громадська експертиза діяльності відділу культури РДА (ГО «Щорс-Ініціатива»), 3 "
            "пропозиції.\n\n"
            "Заступник голови РДА                 А.В. Лемешко\n"
            "вих. № 02-19/811 від 11.06.2013\n")
    qh = ("-----Original Message-----\n"
          "From: Щорська РДА [mailto:rda-shchors@example.gov.ua] \n"
          "Sent: Tuesday, June 11, 2013 3:12 PM\n"
          "To: uvp@cg.ukrtel.net\n"
          "Subject: Інформація Щорської РДА (Відкритий уряд)\n")
    plain = top + "\n" + qh + "\n" + orig
    html_ = outlook_html(top, cs, "Microsoft Word 12 (filtered medium)",
                         extra_body="\n<p class=MsoNormal>&nbsp;</p>\n<div><div style='border:none;border-top:solid "
                                    "#B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> "
                                    "Щорська РДА [mailto:rda-shchors@example.gov.ua] <br><b>Sent:</b> Tuesday, June "
                                    "11, 2013 3:12 PM<br><b>To:</b> uvp@cg.ukrtel.net<br><b>Subject:</b> "
                                    "Інформація Щорської РДА (Відкритий уряд)</p></div></div>\n"
                                    + "\n".join(f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}</p>"
                                                for l in orig.split("\n")))
    alt = multi("alternative", [text(plain, "plain", cs, "quoted-printable"),
                                text(html_, "html", cs, "quoted-printable")],
                "----=_NextPart_000_0026_01CE68E9.4A7B1C60", preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Щорська РДА", email_of("rda-shchors"), cs),
                        ew("RE: Інформація Щорської РДА (Відкритий уряд) - уточнення", cs), mid_outlook("mx02"),
                        "mail.example.gov.ua", "198.51.100.34", 6, mailer=OUTLOOK2007,
                        extra=["Thread-Index: Ac5mkR3c0vL+oZ0hQe2b7M4sT9yF1AAAgJ3g", "Content-Language: uk"]),
                   alt)


KEY = {
    "class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Cover note and attachment report different measures: the body points to the sheet for "
            "«пункти 1, 6, 7, 9» and itself answers 10 and 12 (31,3 %, 96 applicants, decree № 611); the "
            "sheet answers 1, 6, 7, has «—» for 9 and «див. супровідний лист» for 10 and 12.",
    "items": [{"measure": 1, "source": "Чернігівська_РДА_ІІ_півріччя_2013.xls"},
              {"measure": 6, "source": "Чернігівська_РДА_ІІ_півріччя_2013.xls"},
              {"measure": 7, "source": "Чернігівська_РДА_ІІ_півріччя_2013.xls"},
              {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail
def mx03():
    t = kyiv(2013, 12, 13, 14, 40, 16)
    cs = "windows-1251"
    body = (f"Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Інформація Чернігівської РДА за ІІ півріччя 2013 р. (пункти 1, 6, 7, 9) – у вкладенні.\n\n"
            "Додатково повідомляємо:\n"
            "- по п. 10 – громадській раді при РДА 18.07.2013 рекомендовано (лист № 03-21/2215) створити "
            "робочу групу з питань відкритості та прозорості; групу утворено 05.09.2013 у складі 6 осіб, "
            "проведено 2 засідання;\n"
            "- по п. 12 – за сприяння РДА ГО «Чернігівщина – територія прозорості» провела громадську "
            "експертизу діяльності відділу містобудування та архітектури РДА (опитано 96 заявників, 31,3 % "
            "вказали на порушення термінів видачі документів); розпорядженням від 02.12.2013 № 611 "
            "затверджено план заходів з реалізації 5 пропозицій.\n\n"
            "Керуючий справами апарату РДА            О.М. Мисник\n"
            "тел. (0462) 65-12-74\n")
    plain = text(wrap(body, 76), "plain", cs, "quoted-printable")
    att = attach("mx03.xls", "application/vnd.ms-excel", "Чернігівська_РДА_ІІ_півріччя_2013.xls", "2047B", cs)
    root = multi("mixed", [plain, att], "----------" + _h("mx03", 12).upper() + "7C20")
    return message(head(t, addr("Чернігівська РДА", email_of("rda-chernihiv"), cs),
                        ew("Інформація Чернігівської РДА (Відкритий уряд) ІІ півріччя 2013", cs),
                        "<784125093.20131213144016@example.gov.ua>", "mail.example.gov.ua", "198.51.100.19", 5,
                        mailer=BAT),
                   root)


MX04_A = "Інформація Срібнянської РДА про виконання Плану заходів Відкритий уряд за І півріччя 2013 року.docx"
MX04_B = "Довідка щодо громадської експертизи (відділ освіти РДА).rtf"

KEY = {
    "class": "mixed", "executor": "rda-sribne", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Two attachments with long RFC 2231 continued names: the .docx table answers 1, 6, 9 and sends "
            "12 to «Див. довідку, що додається»; the .rtf note answers 12 itself, citing resolution «№ 976», "
            "14 indicators, 163 parents and decree «№ 142».",
    "items": [{"measure": 1, "source": "Інформація Срібнянської РДА про виконання Плану заходів Відкритий уряд за І півріччя 2013 року.docx"},
              {"measure": 6, "source": "Інформація Срібнянської РДА про виконання Плану заходів Відкритий уряд за І півріччя 2013 року.docx"},
              {"measure": 9, "source": "Інформація Срібнянської РДА про виконання Плану заходів Відкритий уряд за І півріччя 2013 року.docx"},
              {"measure": 12, "source": "Довідка щодо громадської експертизи (відділ освіти РДА).rtf"}],
}


@mail
def mx04():
    t = kyiv(2013, 6, 12, 15, 5, 39)
    body = ("Добрий день!\n\n"
            "Надсилаємо інформацію Срібнянської РДА про виконання Плану заходів за І півріччя 2013 р. та "
            "довідку щодо громадської експертизи.\n"
            "Вих. № 01-20/1043 від 11.06.2013.\n\n"
            "-- \n"
            "З повагою, загальний відділ апарату Срібнянської РДА\n"
            "тел. (04639) 2-15-33\n")
    plain = entity(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                   flowed(body).encode("utf-8"))
    a = attach("mx04a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MX04_A,
               "2231")
    b = attach("mx04b.rtf", "application/rtf", MX04_B, "2231")
    root = multi("mixed", [plain, a, b], "------------" + _h("mx04", 24).upper(),
                 preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Срібнянська РДА", email_of("rda-sribne")),
                        ew("Срібнянська РДА - інформація (Відкритий уряд), І півріччя 2013"), mid_tb("mx04"),
                        "mail.example.gov.ua", "198.51.100.35", 4, mailer=TB17),
                   root)


KEY = {
    "class": "mixed", "executor": "rda-borzna", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Word HTML with an inline chart (multipart/related, cid) whose parts say charset koi8-r while "
            "the bytes and the meta tag are windows-1251; a table with count, people and гривні columns and "
            "a «Разом» row; 9 and 10 are dashes.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail
def mx05():
    t = kyiv(2012, 12, 17, 16, 48, 12)
    cs = "windows-1251"
    rows = [("1", "Офіційний веб-сайт РДА: за вересень – листопад 2012 р. розміщено 167 матеріалів, відвідуваність "
                  "– 9 318 переглядів (діаграма нижче); сайт переведено на новий хостинг.", "—", "—", "3 600"),
            ("6", "Проведено 3 консультації: громадські слухання щодо проекту районного бюджету на 2013 рік "
                  "(13.12.2012, 88 учасників), 2 «круглі столи» з питань розвитку агросектору (41 учасник).",
             "3", "129", "0"),
            ("7", "Представників 2 громадських організацій включено до складу районної ради з питань безпечної "
                  "життєдіяльності населення (розпорядження від 26.10.2012 № 377).", "1", "2", "0"),
            ("9", "-", "0", "0", "0"),
            ("10", "-", "", "", ""),
            ("12", "ГО «Борзнянське земляцтво» проведено громадську експертизу діяльності відділу "
                   "агропромислового розвитку РДА; розроблено план реалізації 4 пропозицій, 1 виконано.",
             "1", "7", "0"),
            ("Разом", "", "5", "138", "3 600")]
    intro = (f"{OFFICE}\n\n"
             "Інформація Борзнянської райдержадміністрації про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області (станом на 14.12.2012)")
    outro = ("Заступник голови райдержадміністрації                 Г.М. Кулик\n"
             "вих. № 01-25/2690 від 14.12.2012\n"
             "Виконавець: Бондаренко С.П., тел. (04653) 2-13-91")
    cols = ("№ пункту плану", "Інформація про виконання", "Кількість заходів", "Учасників, осіб", "Кошти, грн")
    plain = (intro + "\n\n" + "\t".join(cols) + "\n" + "\n".join("\t".join(r) for r in rows)
             + "\n\n[cid:image001.png@01CDDC6E.2F8B4E10]\n\n" + outro + "\n")
    td = "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>{}</p></td>"
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
             + "<tr>" + "".join(td.format("<b>" + esc(c) + "</b>") for c in cols) + "</tr>"
             + "".join("<tr>" + "".join(td.format(esc(c) if c else "&nbsp;") for c in r) + "</tr>" for r in rows)
             + "</table>")
    extra = ("\n<p class=MsoNormal>&nbsp;</p>\n" + table
             + "\n<p class=MsoNormal>&nbsp;</p>\n<p class=MsoNormal><img width=240 height=120 id=\"Picture_x0020_1\" "
               "src=\"cid:image001.png@01CDDC6E.2F8B4E10\" alt=\"Відвідуваність сайту\"></p>\n"
             + "\n".join(f"<p class=MsoNormal>{esc(l)}</p>" for l in outro.split("\n")))
    html_ = outlook_html(intro, cs, extra_body=extra)
    img = attach("mx05_image001.png", "image/png", "image001.png", "ascii", disp="inline",
                 extra=["Content-ID: <image001.png@01CDDC6E.2F8B4E10>"])
    related = multi("related", [text(html_, "html", cs, "quoted-printable", label="koi8-r"), img],
                    "----=_NextPart_001_0040_01CDDC6E.2F8B4E10", params=' type="text/html";')
    # Outlook nests alternative(plain, related(html, image)); both texts carry the wrong label.
    alt = multi("alternative", [text(plain, "plain", cs, "quoted-printable", label="koi8-r"), related],
                "----=_NextPart_000_003F_01CDDC6E.2F8B4E10", preamble="This is a multi-part message in MIME format.")
    return message(head(t, addr("Бондаренко Світлана", email_of("rda-borzna"), cs),
                        ew("Інформація Борзнянської РДА (Відкритий уряд)", cs), mid_outlook("mx05"),
                        "relay.example.gov.ua", "198.51.100.18", 14, mailer=OUTLOOK2010,
                        extra=["Thread-Index: Ac3cbi+LTn0Dq1hkRbS8aZ7hQw2E5g==", "Content-Language: uk"]),
                   alt)


# =============================================================================================
# Checks and output
# =============================================================================================

def period_of(day):
    """(period, late) for a Kyiv calendar day, or (None, None) outside every period."""
    if day < APPROVED:
        return None, None
    for i, d in enumerate(DEADLINES):
        if day <= d:
            return i + 1, False
        if day <= d + dt.timedelta(days=GRACE):
            return i + 1, True
    return None, None


def check(name, key, data):
    err = []
    want = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]
    if list(key) != want:
        err.append(f"key fields {list(key)}")
    if key["class"] != PREFIX.get(name[:2]):
        err.append(f"class {key['class']} does not match prefix {name[:2]}")
    if key["executor"] not in EXECUTORS:
        err.append(f"executor {key['executor']} not in plan.toml")
    if not isinstance(key["note"], str) or not key["note"].strip():
        err.append("note missing")
    items = key["items"]
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS:
            err.append(f"reason {key['reason']}")
        if items:
            err.append("not_report with items")
        if key["class"] != "not_report":
            err.append("kind not_report outside class not_report")
    elif key["kind"] == "report":
        if key["reason"] is not None:
            err.append("report with a reason")
        if not items:
            err.append("report without items")
    else:
        err.append(f"kind {key['kind']}")
    pairs = [(i["measure"], i["source"]) for i in items]
    if any(sorted(i) != ["measure", "source"] for i in items):
        err.append("item fields")
    if pairs != sorted(set(pairs)):
        err.append("items not sorted and unique")
    if any(not (isinstance(m, int) and 1 <= m <= 15) for m, _ in pairs):
        err.append("measure outside 1-15")

    # The mail itself.
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        err.append("line ends are not all CRLF")
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        err.append("line longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    top = email.message_from_bytes(data, policy=email.policy.compat32)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if top[h] is None:
            err.append(f"header {h} missing")
    if data.split(b"\r\n", 1)[0][:9] != b"Received:":
        err.append("first header is not Received")
    date = email.utils.parsedate_to_datetime(top["Date"]).astimezone(KYIV)
    rec = email.utils.parsedate_to_datetime(top.get_all("Received")[0].rsplit(";", 1)[1].split("(")[0].strip())
    rec = rec.astimezone(KYIV)
    if not (0 < (rec - date).total_seconds() <= 60) or rec.date() != date.date():
        err.append(f"Received {rec} is not a few seconds after Date {date} on the same Kyiv day")
    if date.year not in (2012, 2013):
        err.append("Date outside 2012-2013")
    p, late = period_of(date.date())
    if (p, late) != (key["period"], key["late"]):
        err.append(f"period/late {key['period']}/{key['late']} but Date gives {p}/{late}")
    to = email.utils.getaddresses([top["To"]])
    if [a for _, a in to] != [MAILBOX]:
        err.append(f"To is {top['To']}")
    sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
    owner = [e for e, x in EXECUTORS.items() if sender in (a.lower() for a in x["emails"])]
    if sender == MAILBOX:
        err.append("sent from the mailbox itself")
    elif key["class"] == "personal_address":
        if owner == [key["executor"]]:
            err.append("personal_address mail sent from the executor's own registered box")
    elif owner != [key["executor"]]:
        err.append(f"sender {sender} is not a registered address of {key['executor']}")
    if sender.endswith(("example.gov.ua", "example.org.ua")) and not owner:
        err.append(f"invented address {sender} on a registered domain")
    names = set()
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.add(fn)
    for _, s in pairs:
        if s != "body" and s not in names:
            err.append(f"source {s!r} is not an attachment of the mail (has {sorted(names)})")
    return err


def main():
    seen, problems, total = set(), [], 0
    for name, key, fn in MAILS:
        if name in seen:
            problems.append(f"{name}: built twice")
        seen.add(name)
        data = fn()
        for e in check(name, key, data):
            problems.append(f"{name}: {e}")
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        total += len(key["items"])
    for n in sorted(os.listdir(ATT)):
        p = os.path.join(ATT, n)
        if os.path.isfile(p) and os.path.getsize(p) >= 60 * 1024:
            problems.append(f"attachments/{n}: {os.path.getsize(p)} bytes, not under 60 KB")
    per = {c: sum(1 for n, _, _ in MAILS if n[:2] == c) for c in PREFIX}
    if len(MAILS) != 40 or any(v != 5 for v in per.values()):
        problems.append(f"expected 40 mails, 5 a class: {per}")
    covered = {i["measure"] for _, k, _ in MAILS for i in k["items"]}
    if covered != set(range(1, 16)):
        problems.append(f"measures never a real item: {sorted(set(range(1, 16)) - covered)}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(f"{len(MAILS)} mails, {total} items, every key checked")


if __name__ == "__main__":
    main()
