#!/usr/bin/env python3
"""Build the «annex» corpus: 40 report e-mails to uvp@cg.ukrtel.net, each beside its key.

Theme: enclosures beside the report that are not the report (orders, last period's report
re-sent for reference, lists of participants, protocol excerpts, press-release drafts, copies of
the plan or of the reminder, photos, scanned cover pages, a signed PDF beside the same .docx).

Python 3 standard library only. Usage: python3 make.py [--check-only]
Each mail's KEY literal stands directly above its builder and was written before its text.
The office files come ready-made from attachments/ (see attachments/src/sources.py).
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import quopri
import re
import shutil
import subprocess
import sys
import tomllib
import unicodedata
import urllib.parse
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
PLAN_TOML = "/work/main/config/plan.toml"
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}
MAILS = []   # (name, key, builder)


def mail(name, key):
    def reg(fn):
        MAILS.append((name, key, fn))
        return fn
    return reg


# ------------------------------------------------------------------ small MIME kit
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def hx(*parts, n=8):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def ew_b(text, cs="utf-8", limit=36):
    words, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(cs)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return ["=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words]


def ew_q(text, cs="utf-8", limit=56):
    words, cur = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".-!*+/"):
            e = ch
        elif ch == " ":
            e = "_"
        else:
            e = "".join("=%02X" % b for b in ch.encode(cs))
        if cur and len(cur) + len(e) > limit:
            words.append(cur)
            cur = e
        else:
            cur += e
    if cur:
        words.append(cur)
    return ["=?%s?Q?%s?=" % (cs, w) for w in words]


def enc(text, cs="utf-8", how="B", sep="\r\n "):
    """A header value: ASCII as is, otherwise RFC 2047 encoded words."""
    if all(ord(c) < 128 for c in text):
        return text
    words = ew_b(text, cs) if how == "B" else ew_q(text, cs)
    return sep.join(words)


def addr(name, address, cs="utf-8", how="B", quote=True):
    """A display name and address; a non-ASCII name goes into one encoded word of at most 75 characters."""
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, address)) if quote else "%s <%s>" % (name, address)
    if how == "B":
        word = "=?%s?B?%s?=" % (cs, base64.b64encode(name.encode(cs)).decode())
    else:
        word = ew_q(name, cs, limit=10 ** 6)[0]
    assert len(word) <= 75, "display name too long for one encoded word: %s" % name
    return "%s <%s>" % (word, address)


def p2231(param, text, cs="utf-8", cont=True, seg=42):
    q = urllib.parse.quote(text.encode(cs), safe="")
    if not cont:
        return "%s*=%s''%s" % (param, cs, q)
    segs, cur = [], ""
    for tok in re.findall(r"%[0-9A-F]{2}|.", q):
        if cur and len(cur) + len(tok) > seg:
            segs.append(cur)
            cur = tok
        else:
            cur += tok
    segs.append(cur)
    return ";\r\n ".join("%s*%d*=%s%s" % (param, k, (cs + "''") if k == 0 else "", s) for k, s in enumerate(segs))


def cte_encode(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")
    return raw


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)   # (name, value) with folds already as "\r\n\t"
        self.body = body

    def render(self):
        h = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in self.headers)
        return h + b"\r\n" + self.body


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", ct=None, extra=()):
    raw = crlf(s).encode(cs)
    if ct is None:
        ct = 'text/%s; charset="%s"' % (sub, cs)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), cte_encode(raw, cte))


def multipart(sub, parts, boundary, params="", preamble=b"", extra=()):
    body = preamble
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.render() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (sub, params, boundary))] + list(extra), body)


MIME = {"xls": "application/vnd.ms-excel", "doc": "application/msword", "pdf": "application/pdf",
        "rtf": "application/rtf", "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet", "jpg": "image/jpeg",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def attach(disk, fname, style=("b", "utf-8"), ctype=None, disp="attachment", extra=(), data=None, cte="base64"):
    """An attachment. style: ("ascii",), ("b", cs), ("q", cs), ("2231", cs) Thunderbird-like
    (RFC 2047 name in Content-Type, RFC 2231 continuations in Content-Disposition), or
    ("2231s", cs) Apple-like (single RFC 2231 parameters in both)."""
    if data is None:
        data = open(os.path.join(ATT, disk), "rb").read()
    ext = fname.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIME[ext]
    kind = style[0]
    if kind == "ascii":
        nm, fn = 'name="%s"' % fname, 'filename="%s"' % fname
    elif kind in ("b", "q"):
        e = enc(fname, style[1], kind.upper(), sep="\r\n ")
        nm, fn = 'name="%s"' % e, 'filename="%s"' % e
    elif kind == "2231":
        nm, fn = 'name="%s"' % enc(fname, style[1], "B", sep="\r\n "), p2231("filename", fname, style[1])
    elif kind == "2231s":
        nm, fn = p2231("name", fname, style[1], cont=False), p2231("filename", fname, style[1], cont=False)
    else:
        raise ValueError(style)
    hs = [("Content-Type", "%s;\r\n\t%s" % (ctype, nm)), ("Content-Transfer-Encoding", cte)]
    if disp:
        hs.append(("Content-Disposition", "%s;\r\n\t%s" % (disp, fn)))
    return Part(hs + list(extra), cte_encode(data, cte))


def rfc822(inner_bytes, fname=None, style=("b", "utf-8")):
    hs = [("Content-Type", "message/rfc822" + (';\r\n\tname="%s"' % enc(fname, style[1], "B", sep="\r\n ") if fname else ""))]
    if fname:
        hs.append(("Content-Disposition", 'attachment;\r\n\tfilename="%s"' % enc(fname, style[1], "B", sep="\r\n ")))
    return Part(hs, inner_bytes if inner_bytes.endswith(b"\r\n") else inner_bytes + b"\r\n")


def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfcdate(t, utc=False):
    return email.utils.format_datetime(t.astimezone(dt.timezone.utc) if utc else t)


RELAYS = {
    "example.gov.ua": ("mail.example.gov.ua", "194.44.150.%d"),
    "example.org.ua": ("smtp.example.org.ua", "91.202.128.%d"),
    "ukr.net": ("frv57.fwdcdn.com", "212.42.77.%d"),
    "i.ua": ("mx.i.ua", "91.198.36.%d"),
    "meta.ua": ("smtp.meta.ua", "194.0.131.%d"),
    "gmail.com": ("mail-ee0-f49.google.com", "74.125.83.%d"),
}


def message(name, headers, root, date, sender, delay=None, date_utc=False):
    """The whole message: a top Received a few seconds after Date (Kyiv time), then the
    client's own headers, then the root part's headers and body."""
    if delay is None:
        delay = 2 + int(hx(name, "delay", n=4), 16) % 8
    dom = sender.rsplit("@", 1)[1]
    host, ip = RELAYS[dom]
    rcv = date + dt.timedelta(seconds=delay)
    received = ("from %s (%s [%s])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s (%s)"
                % (host, host, ip % (int(hx(name, n=2), 16) % 200 + 20), hx(name, "q", n=10).upper(), MAILBOX,
                   rfcdate(rcv.astimezone(KYIV)), rcv.astimezone(KYIV).tzname()))
    hs = [("Received", received)] + list(headers)
    hs.append(("Date", rfcdate(date, utc=date_utc)))
    hs = [h for h in hs]
    out = Part(hs + [("MIME-Version", "1.0")] + root.headers, root.body)
    return out.render()


# ------------------------------------------------------------------ office look
def to_html_paras(s):
    out = []
    for line in s.split("\n"):
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc if esc.strip() else "&nbsp;"))
    return "\n".join(out)


def word_html(inner, cs="windows-1251", gen="Microsoft Word 12 (filtered medium)", lang="UK"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">\n<meta name=Generator content="%s">\n'
            '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;'
            'font-size:11.0pt;font-family:"Calibri","sans-serif";}\na:link, span.MsoHyperlink\n\t{color:blue;text-decoration:underline;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;font-family:"Calibri","sans-serif";color:windowtext;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style>\n</head>\n<body lang=%s link=blue vlink=purple>\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n'
            % (cs, gen, lang, inner))


def outlook_hdr_block(labels, frm, sent, to, subject, html=False):
    """The header block Outlook puts above the quoted letter (no «>»)."""
    l_from, l_sent, l_to, l_subj = labels
    if not html:
        return "%s %s\n%s %s\n%s %s\n%s %s\n" % (l_from, frm, l_sent, sent, l_to, to, l_subj, subject)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ("<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>%s</span></b>"
            "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n"
            "<b>%s</b> %s<o:p></o:p></span></p>\n</div>\n"
            % (esc(l_from), esc(frm), esc(l_sent), esc(sent), esc(l_to), esc(to), esc(l_subj), esc(subject)))


PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
              "у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")


def plan_texts():
    with open(PLAN_TOML, "rb") as f:
        return {m["number"]: m["text"] for m in tomllib.load(f)["measure"]}


def reminder(executor_name, deadline, today, missing, overdue=False):
    """zvit's reminder as templates/reminder.txt.j2 renders it (no partial report)."""
    T = plan_texts()
    if overdue:
        head = ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану)."
                % (deadline, PLAN_TITLE))
    else:
        head = ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s "
                "на адресу електронної пошти %s." % (PLAN_TITLE, deadline, MAILBOX))
    s = "Шановні колеги!\n\n" + head + "\n\n"
    s += "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n" % (today, executor_name)
    for n in missing:
        s += "\n  %d. %s\n" % (n, T[n])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про "
          "виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у "
          "довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.\n\n")
    s += ("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.") + "\n\n"
    s += ("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\n"
          "З повагою\n" + UVP_NAME + "\n")
    return s


def receipt(received, subject, executor_name, period, deadline, recognised, missing):
    """zvit's receipt as templates/receipt.txt.j2 renders it."""
    T = plan_texts()
    s = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\n"
         "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n\n"
         % (UVP_NAME.replace("Управління", "Управління", 1), received, subject, executor_name, period, deadline))
    s += "Розпізнано інформацію щодо таких пунктів плану:\n"
    for n, ex in recognised:
        s += "  • пункт %d: %s\n" % (n, ex)
    s += "\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n"
    for n in missing:
        s += "  %d. %s\n" % (n, T[n])
    s += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.\n\n"
          "З повагою\n%s\n" % (MAILBOX, UVP_NAME))
    return s


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.rstrip("\n").split("\n")) + "\n"


def koi_safe(s):
    for a, b in (("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"),
                 ("№", "N"), ("’", "'"), ("…", "...")):
        s = s.replace(a, b)
    return s


def thread_index(name):
    return base64.b64encode(bytes.fromhex(hx(name, "ti", n=44))).decode()


def outlook_mid(name, dom, ver="12"):
    h = hx(name, "mid", n=32)
    if ver == "11":
        return "<%s$%s$%s@%s>" % ("00" + h[:10], h[10:18], h[18:26], dom)
    return "<%s$%s$%s$@%s>" % ("00" + h[:10], h[10:18], h[18:26], dom)


OUTLOOK_UK = ("Від:", "Надіслано:", "Кому:", "Тема:")
OUTLOOK_RU = ("От:", "Отправлено:", "Кому:", "Тема:")
OUTLOOK_EN = ("From:", "Sent:", "To:", "Subject:")


# ================================================================== 1. placeholder
KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "Sheet has a row for every measure with «х», «—», a bare «не проводились» and «Інформацію надано» (16); the district head's order with its own «1. Визначити відповідальним … 2. Керівникам … забезпечити» rides along and reports nothing.",
       "items": [{"measure": 1, "source": "Інформація_ВУ_Бахмач.xls"},
                 {"measure": 6, "source": "Інформація_ВУ_Бахмач.xls"},
                 {"measure": 9, "source": "Інформація_ВУ_Бахмач.xls"}]}


@mail("ph01", KEY)
def ph01(name):
    body = ("Бахмацька районна державна адміністрація надсилає інформацію про виконання Плану заходів з підвищення "
            "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
            "«Партнерство „Відкритий уряд“».\n\nДодатки:\n1. Інформація на 2 арк.\n"
            "2. Копія розпорядження голови райдержадміністрації від 01.10.2012 № 412 на 2 арк.\n\n"
            "З повагою,\nТищенко Людмила Миколаївна,\nначальник відділу організаційної роботи та інформаційної "
            "діяльності апарату Бахмацької райдержадміністрації\nтел. (04635) 2-13-56\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251"),
        text(word_html(to_html_paras(body), gen="Microsoft Word 11 (filtered medium)"), "html", "windows-1251")],
        "----=_NextPart_001_0008_01CDD85E.4E97DA40")
    root = multipart("mixed", [
        alt,
        attach("ph01_info.xls", "Інформація_ВУ_Бахмач.xls", ("b", "windows-1251")),
        attach("ph01_rozp412.doc", "Розпорядження_412.doc", ("b", "windows-1251"))],
        "----=_NextPart_000_0007_01CDD85E.4E97DA40", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2012, 12, 12, 10, 14, 7)
    frm = "rda-bakhmach@example.gov.ua"
    return message(name, [
        ("From", addr("Загальний відділ Бахмацької РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація про виконання плану заходів (Відкритий уряд)", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "11")),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root, d, frm)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Two look-alike .docx tables: this half-year's answers 7–9 and 12 with «+», «без змін», «—», «не проводились», while last December's report, re-sent «для довідки», has full answers to the same rows.",
       "items": [{"measure": 1, "source": "Звіт_управління_культури_І_півріччя_2013.docx"},
                 {"measure": 2, "source": "Звіт_управління_культури_І_півріччя_2013.docx"},
                 {"measure": 6, "source": "Звіт_управління_культури_І_півріччя_2013.docx"}]}


@mail("ph02", KEY)
def ph02(name):
    body = ("Добрий день!\n\nНадсилаємо інформацію управління культури і туризму облдержадміністрації про виконання "
            "Плану заходів (Відкритий уряд) за І півріччя 2013 р.\nДля довідки додаємо також інформацію, яку "
            "надавали у грудні 2012 р., – щоб було видно, що змінилося.\n\n-- \nЗ повагою,\nЛисенко Наталія "
            "Григорівна\nзаступник начальника управління культури і туризму облдержадміністрації\nтел. 67-41-90\n")
    root = multipart("mixed", [
        text(body, cs="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed"),
        attach("ph02_zvit2013.docx", "Звіт_управління_культури_І_півріччя_2013.docx", ("2231", "UTF-8")),
        attach("ph02_zvit2012.docx", "Звіт_грудень_2012_для_довідки.docx", ("2231", "UTF-8"))],
        "------------080307000104090301020806", preamble=b"This is a multi-part message in MIME format.\r\n")
    d = kyiv(2013, 6, 13, 15, 42, 6)
    frm = "kultura@example.gov.ua"
    return message(name, [
        ("Message-ID", "<51B9BF5E.4030208@example.gov.ua>"),
        ("From", addr("Управління культури", frm, "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("To", MAILBOX),
        ("Subject", enc("Відкритий уряд - інформація за І півріччя 2013", "UTF-8")),
    ], root, d, frm)


KEY = {"class": "placeholder", "executor": "su-sluzhba-ditei", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Reply to zvit's reminder with the reminder's own table filled in: rows 2, 6, 8, 12 say «-», «не проводились», «немає»; the quoted reminder below (Outlook ru header block, no «>») repeats the full text of all seven measures.",
       "items": [{"measure": 1, "source": "Таблиця_заходи.xlsx"},
                 {"measure": 7, "source": "Таблиця_заходи.xlsx"},
                 {"measure": 9, "source": "Таблиця_заходи.xlsx"}]}


@mail("ph03", KEY)
def ph03(name):
    rem = reminder("Служба у справах дітей облдержадміністрації", "15.12.2013", "09.12.2013", [1, 2, 6, 7, 8, 9, 12])
    subj0 = "Нагадування: інформація про виконання Плану заходів (пункт 16)"
    top = ("Добрий день!\n\nТаблицю заповнили, надсилаємо у вкладенні.\n\nКлимович Раїса Романівна\n"
           "заступник начальника служби у справах дітей облдержадміністрації\nтел. 67-29-14\n\n")
    hb = outlook_hdr_block(OUTLOOK_RU, "uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]", "9 декабря 2013 г. 8:00",
                           "sluzhba-ditei@example.gov.ua", subj0)
    plain = top + "-----Original Message-----\n" + hb + "\n" + rem
    html = word_html(to_html_paras(top) + "\n<div>\n" +
                     outlook_hdr_block(OUTLOOK_RU, "uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]", "9 декабря 2013 г. 8:00",
                                       "sluzhba-ditei@example.gov.ua", subj0, html=True) +
                     "</div>\n" + to_html_paras(rem), lang="RU")
    alt = multipart("alternative", [text(plain, cs="windows-1251"), text(html, "html", "windows-1251")],
                    "----=_NextPart_001_0015_01CEF4B7.3C5F1A20")
    root = multipart("mixed", [alt, attach("ph03_tablytsia.xlsx", "Таблиця_заходи.xlsx", ("b", "windows-1251"))],
                     "----=_NextPart_000_0014_01CEF4B7.3C5F1A20", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 12, 10, 9, 3, 41)
    frm = "sluzhba-ditei@example.gov.ua"
    return message(name, [
        ("From", addr("Служба у справах дітей ОДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("References", "<zvit-reminder-3-su-sluzhba-ditei-20131209@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit-reminder-3-su-sluzhba-ditei-20131209@cg.ukrtel.net>"),
        ("Subject", enc("RE: " + subj0, "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua")),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "ru"),
    ], root, d, frm)


KEY = {"class": "placeholder", "executor": "rda-nosivka", "period": 2, "late": True, "kind": "report", "reason": None,
       "note": "Plain koi8-u body lists all 16 measures, most with «х», «-», «без змін», «не проводились» or nothing; sent two days after the deadline; the attached photo report's captions describe the hearings and are no report of their own.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("ph04", KEY)
def ph04(name):
    body = koi_safe(
        "Управлінню з питань внутрішньої політики\nта зв'язків з громадськістю облдержадміністрації\n\n"
        "Носівська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості "
        "та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство «Відкритий "
        "уряд» за I півріччя 2013 року. Вибачте за затримку – інформація структурних підрозділів надійшла не вчасно.\n\n"
        "1. Інформаційне наповнення та функціонування офіційних сайтів – На офіційному веб-сайті РДА створено розділ "
        "«Громадська рада», розміщено 12 проектів регуляторних актів, оновлено телефонний довідник апарату та "
        "структурних підрозділів.\n"
        "2. Рубрики на сайті облдержадміністрації – х\n"
        "3. Веб-ресурс «Чернігівська громада» – х\n"
        "4. Інтернет-форум – х\n"
        "5. «Гаряча лінія» голови ОДА – х\n"
        "6. Консультації з громадськістю – 23.05.2013 у смт Носівка проведено громадські слухання щодо проекту "
        "Програми благоустрою населених пунктів району на 2013-2015 роки (83 учасники, фото додаються).\n"
        "7. Дорадчо-консультативні органи – -\n"
        "8. Колегії – х\n"
        "9. Обговорення проектів членами громадської ради – без змін\n"
        "10. Робоча група з питань відкритості – Громадській раді при РДА рекомендовано створити робочу групу з "
        "питань відкритості та прозорості (лист від 12.04.2013 № 01-14/618), 26.04.2013 робочу групу у складі 5 осіб "
        "утворено.\n"
        "11. Дні відкритих дверей – х\n"
        "12. Громадські експертизи – не проводились\n"
        "13. Семінари – х\n"
        "14. Методичні посібники – х\n"
        "15. Громадське обговорення виконання плану – х\n"
        "16. Надання інформації – \n\n"
        "Начальник відділу організаційної роботи апарату РДА\nО.П. Литвин\n")
    root = multipart("mixed", [
        text(body, cs="koi8-u", cte="8bit", ct="text/plain; charset=koi8-u"),
        attach("ph04_foto.doc", "Фотозвіт.doc", ("b", "koi8-u"))],
        "----------Xn5B3jaCqpbE0mHwTEMtGW")
    d = kyiv(2013, 6, 17, 11, 26, 52)
    frm = "rda-nosivka@example.gov.ua"
    return message(name, [
        ("To", MAILBOX),
        ("Subject", enc("Інформація Носівської РДА (Відкритий уряд)", "koi8-u")),
        ("From", addr("Носівська РДА", frm, "koi8-u")),
        ("Message-ID", "<op.wyq1b7ss0mjz3a@rda-nosivka>"),
        ("User-Agent", "Opera Mail/12.15 (Win32)"),
    ], root, d, frm)


KEY = {"class": "placeholder", "executor": "su-ekonomika", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "RTF table answers 1, 7, 8, 12 with «—», «немає», «+», «х»; the cover note only points at «пунктів 1, 2, 6–9, 12» in the attachment, and a signed list of participants with its own «№ з/п» 1–18 comes along.",
       "items": [{"measure": 2, "source": "Інформація_ГУЕ.rtf"},
                 {"measure": 6, "source": "Інформація_ГУЕ.rtf"},
                 {"measure": 9, "source": "Інформація_ГУЕ.rtf"}]}


@mail("ph05", KEY)
def ph05(name):
    body = ("Доброго дня!\n\nНаправляємо інформацію Головного управління економіки облдержадміністрації щодо "
            "виконання пунктів 1, 2, 6–9, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області (додається).\nТакож додаємо список учасників громадського обговорення проекту "
            "Програми економічного і соціального розвитку області на 2013 рік.\n\nС.М. Бондар\nзаступник начальника "
            "Головного управління економіки облдержадміністрації\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251", cte="base64"),
        text(word_html(to_html_paras(body), gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251", cte="base64")],
        "----=_NextPart_001_0023_01CDDA11.8C6A0E50")
    root = multipart("mixed", [
        alt,
        attach("ph05_info.rtf", "Інформація_ГУЕ.rtf", ("b", "windows-1251"), ctype="application/msword"),
        attach("ph05_spysok.xls", "Список_учасників_обговорення.xls", ("b", "windows-1251"))],
        "----=_NextPart_000_0022_01CDDA11.8C6A0E50", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2012, 12, 14, 16, 55, 18)
    frm = "ekonomika@example.gov.ua"
    return message(name, [
        ("From", addr("Бондар Світлана", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація ГУЕ щодо виконання Плану заходів", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "14")),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


# ================================================================== 2. bottom_post
def interleave(letter, answers, mark):
    """Insert answers under the lines that open the quoted items «  N. …» (or «N. …»)."""
    out = []
    lines = letter.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        out.append(line)
        m = re.match(r"^\s{0,2}(\d{1,2})\. ", line)
        if m and int(m.group(1)) in answers:
            out.append(mark(answers[int(m.group(1))]))
        k += 1
    return "\n".join(out)


KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "Outlook 2003 (uk) reply typed between the lines of zvit's quoted reminder with no «>»: item 7 is left unanswered, 9 gets a bare «не було», 12 names the expertise it did not do; the attached excerpt of the council's protocol («СЛУХАЛИ … ВИРІШИЛИ: 1.1 …») is no report.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp01", KEY)
def bp01(name):
    rem = reminder("Козелецька районна державна адміністрація", "15.12.2012", "10.12.2012", [1, 6, 7, 9, 10, 12])
    answers = {
        1: "На офіційному веб-сайті райдержадміністрації створено розділи «Звернення громадян» та «Доступ до публічної "
           "інформації», розміщено 4 проекти рішень районної ради та 11 розпоряджень голови райдержадміністрації.",
        6: "Проведено 3 зустрічі з мешканцями смт Остер, сіл Бобрик та Савин щодо проекту районного бюджету на 2013 рік "
           "(листопад 2012 р., 140 учасників).",
        9: "не було",
        10: "Громадська рада при РДА на засіданні 22.11.2012 створила робочу групу з питань відкритості та прозорості "
            "(витяг з протоколу № 5 додається).",
        12: "Громадських антикорупційних експертиз не проводилось, запитів від громадських організацій не надходило.",
    }
    subj0 = "Нагадування: інформація про виконання Плану заходів (пункт 16)"
    top = ("Добрий день! Відповіді – під кожним пунктом нагадування (виділено).\n\nС.В. Гнатенко, головний спеціаліст "
           "відділу організаційної роботи апарату Козелецької райдержадміністрації, тел. 2-10-47\n\n")
    hb = outlook_hdr_block(OUTLOOK_UK, "uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]", "10 грудня 2012 р. 8:00",
                           "rda-kozelets@example.gov.ua", subj0)
    plain = top + "-----Оригінальне повідомлення-----\n" + hb + "\n" + interleave(rem, answers, lambda a: "КОЗЕЛЕЦЬКА РДА: " + a)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rem_html = []
    for line in interleave(rem, answers, lambda a: "\x00" + a).split("\n"):
        if line.startswith("\x00"):
            rem_html.append("<p class=MsoNormal><b><span style='color:red'>КОЗЕЛЕЦЬКА РДА: %s</span></b><o:p></o:p></p>" % esc(line[1:]))
        else:
            rem_html.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(line) if line.strip() else "&nbsp;"))
    html = word_html(to_html_paras(top) + "\n<div>\n<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                     "<p class=MsoNormal>-----Оригінальне повідомлення-----</p></div>\n" +
                     outlook_hdr_block(OUTLOOK_UK, "uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]", "10 грудня 2012 р. 8:00",
                                       "rda-kozelets@example.gov.ua", subj0, html=True) + "</div>\n" + "\n".join(rem_html),
                     gen="Microsoft Word 11 (filtered medium)")
    alt = multipart("alternative", [text(plain, cs="windows-1251"), text(html, "html", "windows-1251")],
                    "----=_NextPart_001_0031_01CDD7A1.0B6F2C10")
    root = multipart("mixed", [alt, attach("bp01_vytiah.doc", "Витяг з протоколу №5.doc", ("b", "windows-1251"))],
                     "----=_NextPart_000_0030_01CDD7A1.0B6F2C10", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2012, 12, 11, 14, 20, 33)
    frm = "rda-kozelets@example.gov.ua"
    return message(name, [
        ("From", addr("Козелецька РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("RE: " + subj0, "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "11")),
        ("In-Reply-To", "<zvit-reminder-1-rda-kozelets-20121210@cg.ukrtel.net>"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root, d, frm)


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Thunderbird reply written under zvit's «>»-quoted receipt (which itself names measures 1 and 6 as recognised and lists 2, 7, 8, 9, 12 in full); «п. 9 – без змін» is a placeholder, and the attached order «НАКАЗУЮ: 1. Ввести … 2. Визначити відповідальним …» is only the paper behind item 8.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp02", KEY)
def bp02(name):
    subj0 = "Інформація УОН (Відкритий уряд)"
    rc = receipt("07.06.2013 10:12", subj0, "Управління освіти і науки облдержадміністрації", 2, "15.06.2013",
                 [(1, "На сторінці управління на офіційному веб-сайті облдержадміністрації оновлено розділ «Зовнішнє незалежне оцінювання» …"),
                  (6, "Проведено громадське обговорення проекту Концепції оптимізації мережі загальноосвітніх навчальних закладів …")],
                 [2, 7, 8, 9, 12])
    body = ("07.06.2013 10:14, uvp@cg.ukrtel.net пишет:\n" + quote(rc) + "\n"
            "Доповнюємо інформацію:\n\n"
            "п. 2 – інформацію про виконання обласної програми «Освіта Чернігівщини» на 2011–2015 роки за 2012 рік "
            "направлено для розміщення в рубриці «Хід виконання цільових програм» (лист від 04.06.2013 № 03-09/1877);\n\n"
            "п. 7 – до складу атестаційної комісії управління ІІ рівня включено двох представників громадських "
            "організацій (обласна організація профспілки працівників освіти і науки, ГО «Батьківський контроль»);\n\n"
            "п. 8 – наказом управління від 22.05.2013 № 156 до складу колегії введено голову комітету з гуманітарних "
            "питань Громадської ради при облдержадміністрації Руденка П.С. (копія наказу додається);\n\n"
            "п. 9 – без змін;\n\n"
            "п. 12 – громадських експертиз у І півріччі не проводилось.\n\n"
            "-- \nПетренко Ірина Василівна\nначальник відділу кадрової роботи\nуправління освіти і науки облдержадміністрації\n")
    root = multipart("mixed", [
        text(body, cs="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed"),
        attach("bp02_nakaz156.pdf", "Наказ_156.pdf", ("2231", "UTF-8"))],
        "------------010908060702040501030209", preamble=b"This is a multi-part message in MIME format.\r\n")
    d = kyiv(2013, 6, 14, 12, 8, 45)
    frm = "osvita@example.gov.ua"
    return message(name, [
        ("Message-ID", "<51BADD2D.7010504@example.gov.ua>"),
        ("From", addr("Управління освіти", frm, "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("To", MAILBOX),
        ("Subject", enc("Re: Підтвердження отримання: " + subj0, "UTF-8")),
        ("References", "<zvit-receipt-2-su-osvita-20130607@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit-receipt-2-su-osvita-20130607@cg.ukrtel.net>"),
    ], root, d, frm)


KEY = {"class": "bottom_post", "executor": "rda-ripky", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Phone reply typed under the office's own letter of the day before (Samsung header block, no «>»), which already reported 1, 6, 9 and was counted then; only the two lines below count, and the phone photo of the signed cover letter is an enclosure.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp03", KEY)
def bp03(name):
    body = ("\n\n-------- Оригінальне повідомлення --------\nВід: rda-ripky@example.gov.ua\nДата: 12.12.2013 16:20 (GMT+02:00)\n"
            "Кому: uvp@cg.ukrtel.net\nТема: Інформація Ріпкинської РДА\n\n"
            "Ріпкинська райдержадміністрація надсилає інформацію про виконання Плану заходів за ІІ півріччя 2013 року.\n"
            "п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Відкритий уряд», розміщено 18 проектів розпоряджень;\n"
            "п. 6 – проведено громадські слухання щодо проекту районного бюджету на 2014 рік (28.11.2013, 61 учасник);\n"
            "п. 9 – члени громадської ради взяли участь в обговоренні проекту районної програми «Питна вода».\n"
            "Супровідний лист – у вкладенні.\n\n"
            "Доповнення, бо вчора не ввійшло:\n"
            "п. 7 – до складу конкурсної комісії з визначення перевізників на приміських автобусних маршрутах включено 2 членів громадської ради при РДА;\n"
            "п. 12 – ГО «Ріпкинська ініціатива» провела громадську антикорупційну експертизу проекту рішення районної ради про порядок оренди майна (висновок від 29.11.2013), 3 пропозиції враховано.\n"
            "Фото підписаного супровідного листа додаю, оригінал надішлемо поштою.\n\n"
            "Мороз Ірина, РДА\n\nНадіслано з мого Samsung Galaxy\n")
    alt_plain = text(body, cs="UTF-8", cte="base64", ct="text/plain; charset=UTF-8")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            + "".join("<div>%s</div>" % (l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "<br>")
                      for l in body.split("\n")) + "</body></html>")
    alt = multipart("alternative", [alt_plain, text(html, "html", "UTF-8", cte="base64", ct="text/html; charset=UTF-8")],
                    "--_com.android.email_1386945712345678")
    root = multipart("mixed", [alt, attach("bp03_scan.jpg", "IMG_20131213_151204.jpg", ("ascii",), ctype="image/jpeg")],
                     "--_com.android.email_1386945712345677")
    d = kyiv(2013, 12, 13, 17, 41, 9)
    frm = "rda-ripky@example.gov.ua"
    return message(name, [
        ("Subject", enc("Re: Інформація Ріпкинської РДА", "UTF-8")),
        ("From", frm),
        ("To", MAILBOX),
        ("Message-ID", "<%s.1386949269@email.android.com>" % hx(name, n=12)),
        ("X-Mailer", "Samsung Mobile Email"),
    ], root, d, frm)


KEY = {"class": "bottom_post", "executor": "su-zhkh", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Outlook 2010 (ru UI, koi8-u) answers typed under the items of the department's own circular, which lists all 16 measures: 7 gets «х», 9 and 12 nothing, 16 «Інформацію надаємо цим листом».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail("bp04", KEY)
def bp04(name):
    T = plan_texts()
    subj0 = "Про надання інформації щодо виконання Плану заходів (Відкритий уряд)"
    circ = ("Шановні колеги!\n\nУправління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
            "нагадує, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його "
            "виконання за І півріччя необхідно надати до 15 червня 2013 року. Для зручності нагадуємо перелік заходів Плану:\n\n")
    for n in range(1, 17):
        circ += "%d. %s\n" % (n, T[n])
    circ += ("\nІнформацію просимо надавати із зазначенням номерів пунктів Плану.\n\nЗ повагою,\nВ. Юрченко, головний "
             "спеціаліст управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\nтел. 67-50-34\n")
    answers = {
        1: "Сторінку управління на офіційному веб-сайті облдержадміністрації оновлено: розміщено графіки планових "
           "відключень гарячого водопостачання на літній період та тарифи на житлово-комунальні послуги по районах області.",
        2: "Звіт про виконання Програми реформування і розвитку житлово-комунального господарства області за 2012 рік "
           "направлено для розміщення в рубриці «Хід виконання цільових програм» (лист від 12.03.2013 № 05-11/702).",
        6: "Проведено консультації з громадськістю щодо проекту регіональної програми «Питна вода Чернігівщини» на "
           "2013–2020 роки (електронне обговорення з 01.04 по 30.04.2013, 2 зустрічі з головами ОСББ м. Чернігова).",
        7: "х",
        8: "Наказом управління від 16.04.2013 № 41 до складу колегії введено голову комітету з питань будівництва та ЖКГ "
           "Громадської ради при облдержадміністрації Литвина А.В.",
        16: "Інформацію надаємо цим листом.",
    }
    top = ("Добрий день.\nІнформацію управління ЖКГ подаємо нижче, під відповідними пунктами Плану.\n\n"
           "Журба Марина Григорівна\nзаступник начальника управління житлово-комунального господарства облдержадміністрації\n\n")
    hb = outlook_hdr_block(OUTLOOK_RU, "Юрченко Віктор [mailto:uvp@cg.ukrtel.net]", "20 мая 2013 г. 11:47",
                           "zhkh@example.gov.ua; osvita@example.gov.ua; kultura@example.gov.ua; ekonomika@example.gov.ua", subj0)
    plain = koi_safe(top + hb + "\n" + interleave(circ, answers, lambda a: "[УЖКГ]: " + a))
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rows = []
    for line in interleave(circ, answers, lambda a: "\x00" + a).split("\n"):
        if line.startswith("\x00"):
            rows.append("<p class=MsoNormal><span style='color:#1F497D'>[УЖКГ]: %s</span><o:p></o:p></p>" % esc(line[1:]))
        else:
            rows.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(line) if line.strip() else "&nbsp;"))
    html = koi_safe(word_html(to_html_paras(top) + "\n<div>\n" +
                              outlook_hdr_block(OUTLOOK_RU, "Юрченко Віктор [mailto:uvp@cg.ukrtel.net]", "20 мая 2013 г. 11:47",
                                                "zhkh@example.gov.ua; osvita@example.gov.ua; kultura@example.gov.ua; ekonomika@example.gov.ua",
                                                subj0, html=True) + "</div>\n" + "\n".join(rows), cs="koi8-u",
                              gen="Microsoft Word 14 (filtered medium)", lang="RU"))
    root = multipart("alternative", [text(plain, cs="koi8-u"), text(html, "html", "koi8-u")],
                     "_000_00B201CE5D1A7E3C2A10_", extra=())
    d = kyiv(2013, 5, 30, 10, 37, 2)
    frm = "zhkh@example.gov.ua"
    return message(name, [
        ("From", addr("Журба Марина", frm, "koi8-u")),
        ("To", addr("Юрченко Віктор", MAILBOX, "koi8-u")),
        ("Subject", enc("RE: " + koi_safe(subj0), "koi8-u")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "14")),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "ru"),
    ], root, d, frm)


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 1, "late": True, "kind": "report", "reason": None,
       "note": "Roundcube reply under a «>»/blockquote copy of zvit's overdue reminder, two days after the deadline; the attached duty roster for the rest of December lists what is to come and reports nothing.",
       "items": [{"measure": 5, "source": "body"}]}


@mail("bp05", KEY)
def bp05(name):
    rem = reminder("Відділ роботи із зверненнями громадян апарату облдержадміністрації", "15.12.2012", "16.12.2012", [5], overdue=True)
    answer = ("По пункту 5 інформуємо: «гаряча лінія» голови облдержадміністрації працює щоденно в робочі дні з 9.00 до "
              "18.00 за телефоном (0462) 67-51-51. У вересні – листопаді 2012 року на неї надійшло 1384 дзвінки, з них "
              "1296 зареєстровано як звернення; 312 питань вирішено позитивно, на решту надано роз'яснення. Щотижня "
              "узагальнена інформація подається голові облдержадміністрації.\nГрафік чергування на грудень додаємо.")
    sig = "Сахно Любов Петрівна\nначальник відділу роботи із зверненнями громадян апарату облдержадміністрації\nтел. 67-51-40"
    plain = "16.12.2012 08:00, uvp@cg.ukrtel.net wrote:\n" + quote(rem) + "\n" + answer + "\n\n-- \n" + sig + "\n"
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br />\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>16.12.2012 08:00, uvp@cg.ukrtel.net wrote:</p>\n'
            '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
            '<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n<pre>' + rem.replace("&", "&amp;").replace("<", "&lt;") +
            '</pre>\n</blockquote>\n<p>' + esc(answer) + '</p>\n<div>\n<pre>-- \n' + sig + '</pre>\n</div>\n</body></html>\n')
    alt = multipart("alternative", [text(plain, cs="UTF-8", ct="text/plain; charset=UTF-8; format=flowed"),
                                    text(html, "html", "UTF-8", ct="text/html; charset=UTF-8")],
                    "=_5c1e0a4d8e7f2b6a3c9d1e0f4a7b8c2d")
    root = multipart("mixed", [alt, attach("bp05_hrafik.xls", "Графік_чергування_грудень_2012.xls", ("b", "UTF-8"),
                                           ctype="application/vnd.ms-excel")],
                     "=_2f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c")
    d = kyiv(2012, 12, 17, 15, 12, 27)
    frm = "zvernennia@example.gov.ua"
    return message(name, [
        ("From", addr("Відділ звернень ОДА", frm, "UTF-8")),
        ("To", MAILBOX),
        ("Subject", enc("Re: Нагадування: інформація про виконання Плану заходів (пункт 16)", "UTF-8")),
        ("Message-ID", "<%s@example.gov.ua>" % hx(name, n=32)),
        ("In-Reply-To", "<zvit-reminder-1-zvernennia-20121216@cg.ukrtel.net>"),
        ("X-Sender", frm),
        ("User-Agent", "Roundcube Webmail/0.8.4"),
    ], root, d, frm)


# ================================================================== 3. not_report
KEY = {"class": "not_report", "executor": "rda-korop", "period": 2, "late": False, "kind": "not_report", "reason": "invitation",
       "note": "Invitation with an .ics (METHOD:REQUEST) and a draft press release to hearings on how the plan is carried out; «оголошення розміщено на офіційному веб-сайті, участь підтвердили 19 організацій» is done for the event to come and reports nothing.",
       "items": []}


@mail("nr01", KEY)
def nr01(name):
    body = ("Шановні колеги!\n\nКоропська райдержадміністрація запрошує представника управління з питань внутрішньої "
            "політики та зв'язків з громадськістю облдержадміністрації взяти участь у громадських слуханнях «Відкрита "
            "влада: що зроблено в районі у рамках Ініціативи „Партнерство «Відкритий уряд»“», які відбудуться 4 квітня "
            "2013 року о 10.00 у залі засідань райдержадміністрації (смт Короп, вул. Вознесенська, 20).\n\n"
            "Оголошення про слухання розміщено на офіційному веб-сайті райдержадміністрації та в районній газеті «Наш "
            "край», участь уже підтвердили 19 громадських організацій.\n\nПросимо також переглянути проект прес-релізу "
            "(додається) – чи не буде зауважень. Запрошення для календаря – у вкладенні.\n\nЗ повагою,\nГладка Оксана\n"
            "завідувач сектору інформаційної діяльності та комунікацій з громадськістю\nКоропської райдержадміністрації\n"
            "(04656) 2-11-84\n")
    ics = crlf(
        "BEGIN:VCALENDAR\nPRODID:-//Apple Inc.//Mac OS X 10.8.3//EN\nVERSION:2.0\nMETHOD:REQUEST\nCALSCALE:GREGORIAN\n"
        "BEGIN:VTIMEZONE\nTZID:Europe/Kiev\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "DTSTART:19810329T030000\nTZNAME:EEST\nTZOFFSETTO:+0300\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0300\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T040000\nTZNAME:EET\nTZOFFSETTO:+0200\nEND:STANDARD\n"
        "END:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20130320T110112Z\nUID:7B2E51C4-9A0D-4F5E-8C61-2D3A7E90B14F\n"
        "DTEND;TZID=Europe/Kiev:20130404T130000\nTRANSP:OPAQUE\n"
        "SUMMARY:Громадські слухання «Відкрита влада» (Коропська РДА)\n"
        "DTSTART;TZID=Europe/Kiev:20130404T100000\nDTSTAMP:20130320T110230Z\n"
        "LOCATION:смт Короп\\, вул. Вознесенська\\, 20\\, зала засідань райдержадміні\n strації\n"
        "SEQUENCE:0\nORGANIZER;CN=Коропська РДА:mailto:rda-korop@example.gov.ua\n"
        "ATTENDEE;CN=uvp@cg.ukrtel.net;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\n"
        "DESCRIPTION:Громадські слухання «Відкрита влада: що зроблено в районі у ра\n мках Ініціативи „Партнерство «Відкритий уряд»“». Реєстрація за тел. (04656) 2-11-84.\n"
        "END:VEVENT\nEND:VCALENDAR\n").encode("utf-8")
    root = multipart("mixed", [
        text(body, cs="utf-8", ct="text/plain;\r\n\tcharset=utf-8"),
        attach(None, "Прес-реліз_проект.docx", ("2231s", "utf-8"), data=open(os.path.join(ATT, "nr01_pres.docx"), "rb").read()),
        attach(None, "invite.ics", ("ascii",), ctype='text/calendar; charset="utf-8"; method=REQUEST', data=ics,
               cte="quoted-printable")],
        "Apple-Mail=_5E3C1B7A-2D4F-4A8E-9C0B-6F1E2A3D4C5B")
    d = kyiv(2013, 3, 20, 13, 5, 38)
    frm = "rda-korop@example.gov.ua"
    return message(name, [
        ("From", addr("Оксана Гладка", frm, "utf-8")),
        ("Content-Transfer-Encoding", "7bit"),
        ("Subject", enc("Запрошення на громадські слухання 4 квітня", "utf-8", "Q")),
        ("Message-Id", "<7B2E51C4-9A0D-4F5E-8C61-2D3A7E90B14F@example.gov.ua>"),
        ("To", MAILBOX),
        ("X-Mailer", "Apple Mail (2.1503)"),
    ], root, d, frm)


KEY = {"class": "not_report", "executor": "rda-ichnia", "period": 1, "late": False, "kind": "not_report", "reason": "question",
       "note": "Outlook Express questions «Чи потрібно … щодо пунктів 2 та 8» with the whole plan attached as PDF and the district head's order «1. Визначити відповідальною … 2. … забезпечити виконання пунктів 1, 6, 7, 9, 10, 12»; the premise about the council's commission sits inside a question.",
       "items": []}


@mail("nr02", KEY)
def nr02(name):
    body = ("Доброго дня!\n\nІчнянська райдержадміністрація отримала План заходів з підвищення рівня відкритості та "
            "прозорості діяльності виконавчої влади в області (копія додається) та розпорядженням голови РДА від "
            "15.10.2012 № 356 визначила відповідальних (додається).\n\nПросимо роз'яснити:\n"
            "1. Чи потрібно райдержадміністрації подавати інформацію щодо пунктів 2 та 8 Плану, виконавцями яких "
            "визначено лише структурні підрозділи облдержадміністрації?\n"
            "2. Чи потрібно звітувати за пунктом 10, якщо при громадській раді при РДА ще з 2011 року працює комісія з "
            "питань регламенту та відкритості?\n"
            "3. У якій формі подавати інформацію – таблицею чи листом за підписом голови?\n\n"
            "Гончаренко Ольга Миколаївна\nголовний спеціаліст відділу організаційно-кадрової роботи апарату Ічнянської "
            "райдержадміністрації\nтел. (04633) 2-15-72\n")
    root = multipart("mixed", [
        text(body, cs="windows-1251", ct='text/plain;\r\n\tcharset="windows-1251"'),
        attach("nr02_plan.pdf", "План заходів.pdf", ("b", "windows-1251")),
        attach("nr02_rozp.rtf", "Розпорядження голови РДА № 356.rtf", ("b", "windows-1251"), ctype="application/msword")],
        "----=_NextPart_000_000B_01CDB1C2.7A3E5F60",
        preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2012, 10, 24, 9, 47, 13)
    frm = "rda-ichnia@example.gov.ua"
    return message(name, [
        ("Message-ID", "<000a01cdb1b1$5b2e8f40$6401a8c0@orgviddil>"),
        ("From", addr("Ічнянська РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("питання щодо Плану заходів (Відкритий уряд)", "windows-1251")),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root, d, frm)


KEY = {"class": "not_report", "executor": "cppk", "period": 1, "late": False, "kind": "not_report", "reason": "announcement",
       "note": "The Bat! announcement of seminars still to come under measure 13, named by number; the attached schedule and pre-registration list, each with its own «№ з/п», describe the future.",
       "items": []}


@mail("nr03", KEY)
def nr03(name):
    body = ("Здравствуйте, uvp.\n\nШановні колеги!\n\nЧернігівський центр перепідготовки та підвищення кваліфікації "
            "повідомляє, що відповідно до пункту 13 Плану заходів з підвищення рівня відкритості та прозорості "
            "діяльності виконавчої влади в області з 26 по 30 листопада 2012 року у центрі проводитимуться навчальні "
            "семінари «Інструменти політики сприяння розвитку громадянського суспільства: консультації з "
            "громадськістю».\n\nГрафік семінарів та список слухачів першого дня (за попередньою реєстрацією) додаються. "
            "Просимо довести інформацію до структурних підрозділів облдержадміністрації та райдержадміністрацій.\n\n"
            "-- \nЗ повагою,\nЛитвин Тетяна Миколаївна, директор центру\nmailto:cppk@example.gov.ua\n")
    root = multipart("mixed", [
        text(body, cs="windows-1251", cte="8bit", ct="text/plain; charset=windows-1251"),
        attach("nr03_hrafik.xls", "Графік_семінарів_листопад_2012.xls", ("b", "windows-1251")),
        attach("nr03_slukhachi.xls", "Список_слухачів.xls", ("b", "windows-1251"))],
        "----------18C0D2A7E1F3B45")
    d = kyiv(2012, 11, 15, 11, 30, 12)
    frm = "cppk@example.gov.ua"
    return message(name, [
        ("From", addr("Центр перепідготовки", frm, "windows-1251")),
        ("Reply-To", addr("Центр перепідготовки", frm, "windows-1251")),
        ("X-Mailer", "The Bat! (v4.0.24) Professional"),
        ("Organization", enc("ЧЦППК", "windows-1251")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1613468927.20121115113012@example.gov.ua>"),
        ("To", MAILBOX),
        ("Subject", enc("Семінари 26-30 листопада (п. 13 Плану)", "windows-1251")),
    ], root, d, frm)


KEY = {"class": "not_report", "executor": "rda-sosnytsia", "period": 3, "late": False, "kind": "not_report", "reason": "extension_request",
       "note": "Asks two days before the deadline for time until 20 December, the information being «на підписі»; the PDF with a text layer is the signed request itself, not a report.",
       "items": []}


@mail("nr04", KEY)
def nr04(name):
    body = ("Добрий день!\n\nПросимо продовжити термін подання інформації про виконання Плану заходів (Відкритий уряд) "
            "за ІІ півріччя 2013 року до 20 грудня 2013 року: узагальнена інформація структурних підрозділів на "
            "доопрацюванні, лист перебуває на підписі у голови райдержадміністрації. Скан листа-клопотання додаємо.\n\n"
            "Дорошенко Алла\nголовний спеціаліст відділу організаційної роботи та інформаційної діяльності апарату "
            "Сосницької райдержадміністрації\n(04655) 2-17-05\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251"),
        text(word_html(to_html_paras(body)), "html", "windows-1251")], "----=_NextPart_001_0042_01CEF829.1D2B3C40")
    root = multipart("mixed", [alt, attach("nr04_lyst.pdf", "Лист_клопотання_1832.pdf", ("b", "windows-1251"))],
                     "----=_NextPart_000_0041_01CEF829.1D2B3C40", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 12, 13, 16, 2, 55)
    frm = "rda-sosnytsia@example.gov.ua"
    return message(name, [
        ("From", addr("Дорошенко Алла", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Клопотання про продовження терміну (Відкритий уряд)", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua")),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "not_report", "executor": "su-mistobuduvannia", "period": 3, "late": False, "kind": "not_report", "reason": "thanks",
       "note": "iPhone thank-you for the department's Open Door Day (measure 11 in the plan's own words) with two photos captioned in the body; nothing in it is the office's report.",
       "items": []}


@mail("nr05", KEY)
def nr05(name):
    body = ("Шановні колеги!\n\nЩиро дякуємо управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації за запрошення на День відкритих дверей 27 вересня. Наші спеціалісти отримали корисні "
            "консультації щодо організації громадських обговорень містобудівної документації.\n\nКілька фото на згадку: "
            "1 – у відділі зв'язків з громадськістю, 2 – спільне фото учасників.\n\nЗ повагою,\nЛазаренко Юлія\n"
            "заступник начальника управління містобудування та архітектури облдержадміністрації\n")
    root = multipart("mixed", [
        text(body, cs="utf-8", ct="text/plain;\r\n\tcharset=utf-8"),
        attach("nr05_foto1.jpg", "photo 1.JPG", ("ascii",), ctype="image/jpeg", disp="inline"),
        attach("nr05_foto2.jpg", "photo 2.JPG", ("ascii",), ctype="image/jpeg", disp="inline"),
        text("\n\nНадіслано з iPhone", cs="utf-8", ct="text/plain;\r\n\tcharset=utf-8")],
        "Apple-Mail-3B9F2C1D-7E84-4A0B-9D62-1F5C8E3A7B40")
    d = kyiv(2013, 10, 3, 14, 20, 4)
    frm = "mistobuduvannia@example.gov.ua"
    return message(name, [
        ("From", addr("Лазаренко Юлія", frm, "utf-8")),
        ("Content-Transfer-Encoding", "7bit"),
        ("Subject", enc("Дякуємо!", "utf-8")),
        ("Message-Id", "<3B9F2C1D-7E84-4A0B-9D62-1F5C8E3A7B41@example.gov.ua>"),
        ("To", addr("", MAILBOX)),
        ("X-Mailer", "iPhone Mail (10B329)"),
    ], root, d, frm)


# ================================================================== 4. ranges
KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "The number cell «1–2, 6–9» answers one block, so it counts 1, 2, 6, 7, 8, 9 (2 and 8 are not the district's); «10, 12 — не проводились» is a bare denial; last December's sheet of the same shape comes along «для довідки».",
       "items": [{"measure": 1, "source": "Інформація_Городня_06_2013.xls"},
                 {"measure": 2, "source": "Інформація_Городня_06_2013.xls"},
                 {"measure": 6, "source": "Інформація_Городня_06_2013.xls"},
                 {"measure": 7, "source": "Інформація_Городня_06_2013.xls"},
                 {"measure": 8, "source": "Інформація_Городня_06_2013.xls"},
                 {"measure": 9, "source": "Інформація_Городня_06_2013.xls"}]}


@mail("rg01", KEY)
def rg01(name):
    body = ("Добрий день!\n\nГороднянська райдержадміністрація надсилає інформацію про виконання Плану заходів за "
            "І півріччя 2013 року. Для довідки додаємо також інформацію, надану у грудні 2012 року.\n\n"
            "Васильченко С.О., заступник голови райдержадміністрації\nВиконавець: Гарбуз Т.І., тел. (04645) 2-12-03\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251"),
        text(word_html(to_html_paras(body), gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251")],
        "----=_NextPart_001_0012_01CE6749.2F3A4B50")
    root = multipart("mixed", [
        alt,
        attach("rg01_2013.xls", "Інформація_Городня_06_2013.xls", ("q", "windows-1251")),
        attach("rg01_2012.xls", "Інформація_Городня_12_2012.xls", ("q", "windows-1251"))],
        "----=_NextPart_000_0011_01CE6749.2F3A4B50", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 6, 12, 10, 51, 40)
    frm = "rda-horodnia@example.gov.ua"
    return message(name, [
        ("From", addr("Городнянська РДА", frm, "windows-1251", "Q")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація Городнянської РДА за І півріччя 2013 р.", "windows-1251", "Q")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "14")),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "ranges", "executor": "su-zdorovia", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "CDO mail: «По пп. 6-9, 12» answers one block (counts 6, 7, 8, 9, 12) next to the dates «з 15.10 по 15.11.2012» and order number 1140; «Пункт 2 – х» is a placeholder, and the attached order repeats «пунктів 1, 2, 6–9, 12» as an assignment.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("rg02", KEY)
def rg02(name):
    body = ("Управління охорони здоров'я облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості "
            "та прозорості діяльності виконавчої влади в області повідомляє.\n\n"
            "Пункт 1 – сторінка управління на офіційному веб-сайті облдержадміністрації оновлюється щотижня; у жовтні – "
            "листопаді 2012 р. створено розділ «Реформування галузі», розміщено перелік пільгових лікарських засобів та "
            "графік роботи консультативної поліклініки обласної лікарні.\n\n"
            "Пункт 2 – х.\n\n"
            "По пп. 6-9, 12 повідомляємо: з 15.10 по 15.11.2012 проведено громадське обговорення проекту обласної "
            "Програми «Здоров'я нації» на 2013–2017 роки (2 круглі столи, 41 учасник, 12 пропозицій); до складу колегії "
            "управління введено голову комітету з питань охорони здоров'я та соціального захисту Громадської ради при "
            "облдержадміністрації Кравця О.І.; представників 2 громадських організацій пацієнтів включено до складу "
            "обласної комісії з питань забезпечення лікарськими засобами; члени Громадської ради взяли участь в "
            "обговоренні проекту Програми; запитів на громадські експертизи не надходило.\n\n"
            "Наказ управління від 02.10.2012 № 1140 «Про організацію виконання Плану заходів» додається.\n\n"
            "Ткаченко А.С.\nначальник управління охорони здоров'я облдержадміністрації\n")
    html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<HTML><HEAD>\n"
            "<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n</HEAD>\n<BODY>\n"
            + "".join("<P>%s</P>\n" % l.replace("\n", "<BR>") for l in body.strip().split("\n\n")) + "</BODY></HTML>\n")
    alt = multipart("alternative", [text(body, cs="windows-1251"), text(html, "html", "windows-1251")],
                    "----=_NextPart_001_0001_01CDD920.5E3F7A90")
    root = multipart("mixed", [alt, attach("rg02_nakaz.doc", "Наказ_УОЗ_1140.doc", ("b", "windows-1251"))],
                     "----=_NextPart_000_0000_01CDD920.5E3F7A90", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2012, 12, 13, 11, 18, 24)
    frm = "zdorovia@example.gov.ua"
    return message(name, [
        ("Thread-Topic", enc("Інформація УОЗ (Відкритий уряд)", "windows-1251")),
        ("Content-Class", "urn:content-classes:message"),
        ("From", "<%s>" % frm),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація УОЗ (Відкритий уряд)", "windows-1251")),
        ("Message-ID", "<%s@SRV-UOZ>" % hx(name, "cdo", n=20).upper()),
        ("X-Mailer", "Microsoft CDO for Windows 2000"),
        ("Importance", "normal"),
        ("Priority", "normal"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4913"),
    ], root, d, frm)


KEY = {"class": "ranges", "executor": "rda-talalaivka", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Russian koi8-r body: «По пунктам 1 и 6» and «Пункты 7 и 9» answer as blocks, «во II полугодии», «2014-2016 годы», «4 публичных обсуждения» are not measures, «Пункт 12 - не касается» is no item; the participants list with its own «№» 1–12 is an enclosure.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("rg03", KEY)
def rg03(name):
    body = ("Здравствуйте, uvp.\n\nТалалаевская райгосадминистрация направляет информацию о выполнении Плана мероприятий "
            "по повышению уровня открытости и прозрачности деятельности исполнительной власти в области во II полугодии "
            "2013 года.\n\nПо пунктам 1 и 6: на официальном сайте РГА создан раздел \"Общественные обсуждения\", где "
            "размещаются проекты распоряжений и отчеты о консультациях; проведено 4 публичных обсуждения (проекты "
            "районного бюджета на 2014 год, программы поддержки семей с детьми на 2014-2016 годы, правил благоустройства "
            "пгт Талалаевка, тарифов на вывоз ТБО), в т.ч. 24.10.2013 - с участием 12 представителей общественности "
            "(список прилагается).\n\nПункты 7 и 9: члены общественного совета при РГА включены в состав районной "
            "комиссии по вопросам защиты прав ребенка (2 чел.) и принимали участие в обсуждении проекта программы "
            "поддержки семей с детьми.\n\nПо пункту 10: рабочая группа по вопросам открытости и прозрачности при "
            "общественном совете создана в ноябре 2012 г., во II полугодии провела 2 заседания (рассмотрены отчеты "
            "структурных подразделений о консультациях).\n\nПункт 12 - не касается.\n\n-- \nС уважением,\n"
            "Мирошниченко Вера Ивановна, гл. специалист аппарата Талалаевской РГА\nmailto:rda-talalaivka@example.gov.ua\n")
    root = multipart("mixed", [
        text(body, cs="koi8-r", cte="8bit", ct="text/plain; charset=koi8-r"),
        attach("rg03_spysok.xls", "Список учасників 24.10.2013.xls", ("b", "utf-8"))],
        "----------1F7A3C9E05D2B86")
    d = kyiv(2013, 12, 12, 13, 33, 51)
    frm = "rda-talalaivka@example.gov.ua"
    return message(name, [
        ("From", addr("Талалаевская РГА", frm, "koi8-r")),
        ("Reply-To", addr("Талалаевская РГА", frm, "koi8-r")),
        ("X-Mailer", "The Bat! (v3.99.3) Professional"),
        ("Organization", enc("Талалаевская РГА", "koi8-r")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<892314560.20131212133351@example.gov.ua>"),
        ("To", MAILBOX),
        ("Subject", enc("Информация о выполнении Плана (Открытое правительство)", "koi8-r")),
    ], root, d, frm)


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "The same report twice, as .docx and as the signed PDF: «п.п. 1, 6 – 9» answers one block (1, 6, 7, 8, 9), «п. 2» its own line, «пп. 10–12 – не стосуються управління» nothing; each file counts as its own source.",
       "items": [{"measure": 1, "source": "Інформація_соцзахист.docx"},
                 {"measure": 1, "source": "Інформація_соцзахист_підписана.pdf"},
                 {"measure": 2, "source": "Інформація_соцзахист.docx"},
                 {"measure": 2, "source": "Інформація_соцзахист_підписана.pdf"},
                 {"measure": 6, "source": "Інформація_соцзахист.docx"},
                 {"measure": 6, "source": "Інформація_соцзахист_підписана.pdf"},
                 {"measure": 7, "source": "Інформація_соцзахист.docx"},
                 {"measure": 7, "source": "Інформація_соцзахист_підписана.pdf"},
                 {"measure": 8, "source": "Інформація_соцзахист.docx"},
                 {"measure": 8, "source": "Інформація_соцзахист_підписана.pdf"},
                 {"measure": 9, "source": "Інформація_соцзахист.docx"},
                 {"measure": 9, "source": "Інформація_соцзахист_підписана.pdf"}]}


@mail("rg04", KEY)
def rg04(name):
    body = ("Добрий день!\nІнформацію управління праці та соціального захисту населення облдержадміністрації про "
            "виконання Плану заходів за І півріччя 2013 року надсилаємо у форматі Word та підписаний примірник у PDF "
            "(лист від 10.06.2013 № 07-12/3318).\n\nСидоренко Олена\nголовний спеціаліст відділу організаційно-"
            "аналітичної роботи\nтел. 67-54-21\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251"),
        text(word_html(to_html_paras(body)), "html", "windows-1251")], "----=_NextPart_001_0057_01CE6685.8A1B2C30")
    root = multipart("mixed", [
        alt,
        attach("rg04_info.docx", "Інформація_соцзахист.docx", ("b", "windows-1251")),
        attach("rg04_info_pidp.pdf", "Інформація_соцзахист_підписана.pdf", ("b", "windows-1251"))],
        "----=_NextPart_000_0056_01CE6685.8A1B2C30", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 6, 11, 9, 58, 3)
    frm = "sotszakhyst@example.gov.ua"
    return message(name, [
        ("From", addr("Сидоренко Олена", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація УПСЗН (Відкритий уряд), І півріччя 2013", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua")),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "ranges", "executor": "uvp", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "The department's own report in .odt answers by blocks «Пункти 3, 4», «Пункти 10, 15», «Пункти 13–14» amid a letter number, counts and dates; beside it a draft press release on the Open Door Day and a full copy of the plan with its own 1–16.",
       "items": [{"measure": 3, "source": "Звіт_УВП_2012.odt"}, {"measure": 4, "source": "Звіт_УВП_2012.odt"},
                 {"measure": 5, "source": "Звіт_УВП_2012.odt"}, {"measure": 10, "source": "Звіт_УВП_2012.odt"},
                 {"measure": 11, "source": "Звіт_УВП_2012.odt"}, {"measure": 13, "source": "Звіт_УВП_2012.odt"},
                 {"measure": 14, "source": "Звіт_УВП_2012.odt"}, {"measure": 15, "source": "Звіт_УВП_2012.odt"}]}


@mail("rg05", KEY)
def rg05(name):
    body = ("Колеги, добрий вечір!\n\nНадсилаю інформацію управління про виконання Плану заходів за 2012 рік для "
            "внесення до загального звіту (файл .odt). Також у вкладенні проект прес-релізу про День відкритих дверей "
            "(ще не погоджений з прес-службою) і копія самого Плану – щоб була під рукою при зведенні.\n\n"
            "-- \nЮрченко Віктор\nголовний спеціаліст управління з питань внутрішньої політики та зв'язків з "
            "громадськістю облдержадміністрації\n")
    root = multipart("mixed", [
        text(body, cs="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed"),
        attach("rg05_zvit.odt", "Звіт_УВП_2012.odt", ("2231", "UTF-8")),
        attach("rg05_pres.doc", "Прес-реліз_День_відкритих_дверей.doc", ("2231", "UTF-8")),
        attach("rg05_plan.pdf", "План_заходів_ВУ.pdf", ("2231", "UTF-8"))],
        "------------060205080903010406080207", preamble=b"This is a multi-part message in MIME format.\r\n")
    d = kyiv(2012, 12, 14, 17, 20, 16)
    frm = "uvp-info@example.gov.ua"
    return message(name, [
        ("Message-ID", "<50CB4418.8060502@example.gov.ua>"),
        ("From", addr("Віктор Юрченко", frm, "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("To", MAILBOX),
        ("Subject", enc("звіт УВП за 2012 (Відкритий уряд)", "UTF-8")),
    ], root, d, frm)


# ================================================================== 5. prose
KEY = {"class": "prose", "executor": "su-finansy", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "PDF letter in prose without plan numbers: a site section, the «Виконання місцевих бюджетів» rubric, one paragraph on the budget presentation that covers both consultation and the Public Council's part, a passing «висвітлюються на офіційному сайті», and expertise «не проводилось»; the press-release draft tells the same event and is no report.",
       "items": [{"measure": 1, "source": "Інформація_ГФУ.pdf"}, {"measure": 2, "source": "Інформація_ГФУ.pdf"},
                 {"measure": 6, "source": "Інформація_ГФУ.pdf"}, {"measure": 9, "source": "Інформація_ГФУ.pdf"},
                 {"measure": 12, "source": "Інформація_ГФУ.pdf"}]}


@mail("pr01", KEY)
def pr01(name):
    body = ("Доброго дня!\nНаправляємо інформацію Головного фінансового управління облдержадміністрації (лист від "
            "07.12.2012 № 05-14/4410), а також проект прес-релізу щодо публічного представлення проекту обласного "
            "бюджету на 2013 рік – для можливого використання.\n\nЗ повагою,\nГончар Людмила\nголовний спеціаліст "
            "відділу організаційно-аналітичної роботи Головного фінансового управління\nтел. 67-48-02\n")
    alt = multipart("alternative", [text(body, cs="windows-1251"), text(word_html(to_html_paras(body)), "html", "windows-1251")],
                    "----=_NextPart_001_0004_01CDD6E3.62A7B1C0")
    root = multipart("mixed", [
        alt,
        attach("pr01_info.pdf", "Інформація_ГФУ.pdf", ("b", "windows-1251")),
        attach("pr01_pres.doc", "Прес-реліз_слухання_бюджету.doc", ("b", "windows-1251"))],
        "----=_NextPart_000_0003_01CDD6E3.62A7B1C0", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2012, 12, 10, 15, 6, 20)
    frm = "finansy@example.gov.ua"
    return message(name, [
        ("From", addr("Гончар Людмила", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація ГФУ про виконання Плану заходів", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua")),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "prose", "executor": "rda-mena", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Plain prose in the body (Windows Live Mail, plain+HTML twins): hearings and a survey, people taken into a coordination council, the Public Council on a draft order; the site is named only as where the hearings were published, and the captioned photos in the .docx are enclosures.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("pr02", KEY)
def pr02(name):
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Менська райдержадміністрація інформує про роботу з підвищення відкритості та прозорості своєї діяльності у "
            "першому півріччі 2013 року.\n\n"
            "16 травня 2013 року у районному будинку культури проведено громадські слухання щодо проекту районної "
            "програми розвитку освіти на 2013–2017 роки, в яких взяли участь 74 особи. Крім того, у квітні проведено "
            "опитування батьків щодо організації підвезення школярів (186 анкет). Інформація про слухання та результати "
            "опитування розміщена на офіційному сайті райдержадміністрації.\n\n"
            "Представників трьох громадських організацій (ГО «Менщина підприємницька», ГО «Ветеранське братерство», "
            "районна організація Товариства Червоного Хреста) включено до складу координаційної ради з питань розвитку "
            "підприємництва при райдержадміністрації; перше засідання ради в новому складі відбулося 28 березня.\n\n"
            "Члени громадської ради при райдержадміністрації залучалися до обговорення проекту розпорядження голови "
            "райдержадміністрації «Про затвердження Положення про порядок надання одноразової матеріальної допомоги»; "
            "п'ять їхніх зауважень враховано.\n\nФотоматеріали додаються.\n\n"
            "Заступник голови райдержадміністрації\nІ.М. Хоменко\n")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META content="text/html; charset=utf-8" http-equiv=Content-Type>\n<META name=GENERATOR content="MSHTML 9.00.8112.16476"></HEAD>\n'
            '<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop="true" name="Compose message area">\n'
            + "".join("<DIV>%s</DIV>\n<DIV>&nbsp;</DIV>\n" % l.replace("\n", "<BR>") for l in body.strip().split("\n\n"))
            + "</BODY></HTML>\n")
    alt = multipart("alternative", [text(body, cs="utf-8", cte="base64"), text(html, "html", "utf-8", cte="base64")],
                    "----=_NextPart_001_0009_01CE61D5.4B8E9A70")
    root = multipart("mixed", [alt, attach("pr02_foto.docx", "Фотоматеріали.docx", ("b", "utf-8"))],
                     "----=_NextPart_000_0008_01CE61D5.4B8E9A70", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2013, 6, 5, 10, 22, 48)
    frm = "rda-mena@example.gov.ua"
    return message(name, [
        ("Message-ID", "<%s@MenaRDA>" % hx(name, n=24).upper()),
        ("From", addr("Менська РДА", frm, "utf-8")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація Менської РДА", "utf-8")),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308"),
    ], root, d, frm)


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Word 97 document in prose under subject headings («Щодо колегії», «Щодо громадських експертиз»), no plan numbers; the excerpt of the collegium's protocol beside it («СЛУХАЛИ … ВИРІШИЛИ: 1.1 …», the council member among those present) is no report.",
       "items": [{"measure": 1, "source": "Інформація_Держархів.doc"}, {"measure": 8, "source": "Інформація_Держархів.doc"},
                 {"measure": 9, "source": "Інформація_Держархів.doc"}, {"measure": 12, "source": "Інформація_Держархів.doc"}]}


@mail("pr03", KEY)
def pr03(name):
    body = ("Надсилаємо інформацію Державного архіву Чернігівської області про виконання Плану заходів за ІІ півріччя "
            "2013 року та витяг з протоколу засідання колегії від 26.09.2013.\n\nВиконавець: Бурлака В.В., тел. 67-20-11\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251"),
        text(word_html(to_html_paras(body), gen="Microsoft Word 11 (filtered medium)"), "html", "windows-1251")],
        "----=_NextPart_001_0019_01CEEC1A.6D5E4F30")
    root = multipart("mixed", [
        alt,
        attach("pr03_info.doc", "Інформація_Держархів.doc", ("b", "windows-1251")),
        attach("pr03_vytiah.doc", "Витяг_з_протоколу_колегії.doc", ("b", "windows-1251"))],
        "----=_NextPart_000_0018_01CEEC1A.6D5E4F30", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2013, 11, 28, 11, 40, 2)
    frm = "arkhiv@example.gov.ua"
    return message(name, [
        ("From", addr("Держархів Чернігівської області", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація Держархіву області (Відкритий уряд)", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "11")),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root, d, frm)


KEY = {"class": "prose", "executor": "rda-chernihiv", "period": 3, "late": True, "kind": "report", "reason": None,
       "note": "HTML-only prose one day after the deadline: the head's recommendation and the council's new working group, village meetings on the budget (the site only where they were announced), a public anti-corruption review; the attached order «1. Рекомендувати … 2. Визначити відповідальним … 3. Забезпечити …» is the paper, not the report.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("pr04", KEY)
def pr04(name):
    paras = [
        "Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації",
        "Чернігівська районна державна адміністрація інформує про виконання у ІІ півріччі 2013 року Плану заходів з "
        "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.",
        "Розпорядженням голови райдержадміністрації від 04.10.2013 № 512 громадській раді при райдержадміністрації "
        "рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості. 18 жовтня 2013 року "
        "громадська рада утворила таку групу у складі п’яти осіб; копія розпорядження додається.",
        "У жовтні – листопаді проведено чотири зустрічі з жителями Киїнської, Михайло-Коцюбинської, Іванівської та "
        "Количівської сільських рад щодо проекту районного бюджету на 2014 рік. Оголошення про зустрічі заздалегідь "
        "розміщувалися на офіційному веб-сайті райдержадміністрації та в районній газеті «Світло».",
        "Громадська організація «Антикорупційний форум Чернігівщини» провела громадську антикорупційну експертизу "
        "проекту розпорядження голови райдержадміністрації «Про порядок використання коштів районного фонду охорони "
        "навколишнього природного середовища». За її результатами до проекту внесено зміни щодо оприлюднення переліку "
        "отримувачів коштів.",
        "Просимо вибачити за затримку з поданням інформації.",
        "Перший заступник голови райдержадміністрації<br>В.П. Голуб",
    ]
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<META content="MSHTML 6.00.6002.18881" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n<BODY bgColor=#ffffff>\n'
            + "".join('<DIV><FONT face="Times New Roman" size=3>%s</FONT></DIV>\n<DIV>&nbsp;</DIV>\n' % x for x in paras)
            + "</BODY></HTML>\n")
    root = multipart("mixed", [
        text(html, "html", "windows-1251", ct='text/html;\r\n\tcharset="windows-1251"'),
        attach("pr04_rozp.rtf", "Розпорядження_512.rtf", ("b", "windows-1251"), ctype="application/rtf")],
        "----=_NextPart_000_0006_01CEFA3C.1E2D3F40", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2013, 12, 16, 10, 5, 31)
    frm = "rda-chernihiv@example.gov.ua"
    return message(name, [
        ("Message-ID", "<000701cefa2b$9a1b2c30$0b01a8c0@orgviddil-pc>"),
        ("From", addr("Чернігівська РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація Чернігівської РДА (ІІ півріччя 2013)", "windows-1251")),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Windows Mail 6.0.6002.18197"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.0.6002.18463"),
    ], root, d, frm)


KEY = {"class": "prose", "executor": "gromrada", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "The Public Council writes prose through a Gmail-hosted box: the web resource launched and kept, terms of reference and moderators for the forum (the opening itself only planned), the openness commission formed; the attached membership list with its own «№ з/п» is an enclosure.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("pr05", KEY)
def pr05(name):
    body = ("Шановні колеги!\n\nГромадська рада при облдержадміністрації інформує про свою участь у виконанні Плану "
            "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.\n\n"
            "Спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
            "забезпечено запуск веб-ресурсу «Чернігівська громада» (1 листопада 2012 року). Члени ради ведуть на ньому "
            "розділи «Новини громадських організацій» та «Консультації з громадськістю», розміщено понад 60 матеріалів.\n\n"
            "Для майбутнього інтернет-форуму на базі ресурсу підготовлено та погоджено з управлінням технічне завдання і "
            "правила модерації, визначено трьох модераторів з числа членів ради. Відкрити форум планується у лютому "
            "2013 року.\n\n"
            "На засіданні ради 15 листопада утворено комісію з питань відкритості та прозорості діяльності "
            "облдержадміністрації у складі семи членів ради (склад додається).\n\n"
            "З повагою,\nОсадчий Валерій Іванович\nголова Громадської ради при облдержадміністрації\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % l.replace("\n", "<br>")
                                         for l in body.strip().split("\n\n")) + "</div>\n")
    alt = multipart("alternative", [text(body, cs="UTF-8", cte="base64", ct="text/plain; charset=UTF-8"),
                                    text(html, "html", "UTF-8", cte="base64", ct="text/html; charset=UTF-8")],
                    "e89a8ff1c0f6b1d2a404cdb9f6e1")
    root = multipart("mixed", [alt, attach("pr05_sklad.doc", "Склад_комісії.doc", ("b", "UTF-8"),
                                           extra=[("X-Attachment-Id", "f_ha4k2q1c0")])],
                     "e89a8ff1c0f6b1d2a804cdb9f6e3")
    d = kyiv(2012, 11, 30, 18, 10, 44)
    frm = "gromrada@example.gov.ua"
    return message(name, [
        ("From", addr("Громадська рада", frm, "UTF-8")),
        ("Message-ID", "<CAK7nR%s@mail.gmail.com>" % hx(name, n=30)),
        ("Subject", enc("Інформація Громадської ради (Відкритий уряд)", "UTF-8")),
        ("To", MAILBOX),
    ], root, d, frm)


# ================================================================== 6. foreign_numbers
KEY = {"class": "foreign_numbers", "executor": "rda-koriukivka", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "Table with three number columns — running «№ з/п» 1–7, the district plan's «1.1, 1.2, 2.1, 2.3, 3.1, 3.2, 4.1» and the oblast plan's number; only the last is the measure; the district order with that district plan, numbered the same way, rides along.",
       "items": [{"measure": 1, "source": "Звіт_Корюківська_РДА.docx"}, {"measure": 6, "source": "Звіт_Корюківська_РДА.docx"},
                 {"measure": 9, "source": "Звіт_Корюківська_РДА.docx"}, {"measure": 10, "source": "Звіт_Корюківська_РДА.docx"}]}


@mail("fn01", KEY)
def fn01(name):
    body = ("Добрий день!\nКорюківська райдержадміністрація надсилає інформацію про виконання Плану заходів (станом на "
            "13.12.2012). Нумерація у таблиці – за районним планом заходів, затвердженим розпорядженням голови "
            "райдержадміністрації від 24.09.2012 № 298 (копія з планом додається); відповідні пункти обласного Плану "
            "вказано в окремій графі.\n\nСорока О.В., керуючий справами апарату райдержадміністрації\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251"),
        text(word_html(to_html_paras(body), gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251")],
        "----=_NextPart_001_0026_01CDD9E1.7B2C3D40")
    root = multipart("mixed", [
        alt,
        attach("fn01_zvit.docx", "Звіт_Корюківська_РДА.docx", ("b", "windows-1251")),
        attach("fn01_plan.doc", "Розпорядження_та_план_району.doc", ("b", "windows-1251"))],
        "----=_NextPart_000_0025_01CDD9E1.7B2C3D40", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2012, 12, 14, 10, 40, 11)
    frm = "rda-koriukivka@example.gov.ua"
    return message(name, [
        ("From", addr("Корюківська РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація Корюківської РДА про виконання Плану заходів", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "14")),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "foreign_numbers", "executor": "su-ekolohiia", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Outlook Express letter numbered 1.–4. by its own paragraphs: «2.» is about hearings (measure 6) and «3.» about the collegium (measure 8); «4. Щодо пунктів 2, 7, 9, 12 Плану – заходи не проводились» is a bare denial; the list of participants 1–15 is an enclosure.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail("fn02", KEY)
def fn02(name):
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Управління екології та природних ресурсів облдержадміністрації надає інформацію про виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.\n\n"
            "1. На сторінці управління на офіційному веб-сайті облдержадміністрації розміщено Регіональну доповідь про "
            "стан навколишнього природного середовища області за 2012 рік, оновлено розділи «Дозвільна діяльність» та "
            "«Екологічні програми».\n\n"
            "2. 14 травня 2013 року проведено громадські слухання щодо проекту Регіональної програми охорони "
            "навколишнього природного середовища на 2013–2017 роки (37 учасників, список додається), за результатами "
            "яких до проекту внесено 6 змін.\n\n"
            "3. Наказом управління від 05.04.2013 № 27 до складу колегії управління введено голову комітету з "
            "екологічних питань Громадської ради при облдержадміністрації Волошина І.П.\n\n"
            "4. Щодо пунктів 2, 7, 9, 12 Плану – заходи не проводились.\n\n"
            "Начальник управління                Ю.В. Пасічник\n")
    root = multipart("mixed", [
        text(body, cs="windows-1251", ct='text/plain;\r\n\tcharset="windows-1251"'),
        attach("fn02_spysok.xls", "Список_учасників_слухань.xls", ("b", "windows-1251"))],
        "----=_NextPart_000_0013_01CE65E2.3A4B5C60", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    d = kyiv(2013, 6, 10, 14, 14, 37)
    frm = "ekolohiia@example.gov.ua"
    return message(name, [
        ("Message-ID", "<001401ce65d1$8c9d0e10$6e01a8c0@ekolog>"),
        ("From", addr("Управління екології", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація управління екології (Відкритий уряд)", "windows-1251")),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root, d, frm)


KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Sheet with a running «№ з/п» 1–7 beside the real «№ пункту Плану» column (so «2» stands on the row for measure 6, «5» on 10); «—» on 7 and «Інформацію надано» on 16; the protocol excerpt's «1) 2) 3)» and «2.1, 2.2» are its own.",
       "items": [{"measure": 1, "source": "Інформація_Прилуцька_РДА.xls"}, {"measure": 6, "source": "Інформація_Прилуцька_РДА.xls"},
                 {"measure": 9, "source": "Інформація_Прилуцька_РДА.xls"}, {"measure": 10, "source": "Інформація_Прилуцька_РДА.xls"},
                 {"measure": 12, "source": "Інформація_Прилуцька_РДА.xls"}]}


@mail("fn03", KEY)
def fn03(name):
    body = ("Надсилаємо інформацію Прилуцької райдержадміністрації за І півріччя 2013 року та витяг з протоколу "
            "засідання громадської ради № 3.\n\nЗ повагою, Собко Олена, відділ організаційної роботи апарату РДА, "
            "тел. (04637) 3-14-25\n")
    alt = multipart("alternative", [text(body, cs="windows-1251"), text(word_html(to_html_paras(body)), "html", "windows-1251")],
                    "----=_NextPart_001_0033_01CE6904.5C6D7E80")
    root = multipart("mixed", [
        alt,
        attach("fn03_info.xls", "Інформація_Прилуцька_РДА.xls", ("b", "windows-1251")),
        attach("fn03_vytiah.doc", "Витяг_з_протоколу_ГР_3.doc", ("b", "windows-1251"))],
        "----=_NextPart_000_0032_01CE6904.5C6D7E80", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 6, 14, 16, 30, 9)
    frm = "rda-pryluky@example.gov.ua"
    return message(name, [
        ("From", addr("Прилуцька РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Відкритий уряд - Прилуцька РДА", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua")),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Russian report as .docx and as the signed PDF, both numbered «1) … 4)» with sub-items «а) б)», counts, «приказ № 96» and «постановление КМУ № 996»; its own «2)» and «3)» are about consultations and the collegium (6 and 8); each file is its own source.",
       "items": [{"measure": 1, "source": "Информация_УКС.docx"}, {"measure": 1, "source": "Информация_УКС_подписано.pdf"},
                 {"measure": 6, "source": "Информация_УКС.docx"}, {"measure": 6, "source": "Информация_УКС_подписано.pdf"},
                 {"measure": 8, "source": "Информация_УКС.docx"}, {"measure": 8, "source": "Информация_УКС_подписано.pdf"},
                 {"measure": 12, "source": "Информация_УКС.docx"}, {"measure": 12, "source": "Информация_УКС_подписано.pdf"}]}


@mail("fn04", KEY)
def fn04(name):
    body = ("Добрый день!\nНаправляем информацию управления капитального строительства о выполнении Плана мероприятий "
            "во II полугодии 2013 г. (в формате Word и подписанный экземпляр в PDF).\n\nКравец Андрей\nведущий "
            "специалист отдела технического надзора УКС\nтел. 67-33-10\n")
    alt = multipart("alternative", [
        text(body, cs="koi8-r"),
        text(word_html(to_html_paras(body), cs="koi8-r", gen="Microsoft Word 14 (filtered medium)", lang="RU"), "html", "koi8-r")],
        "----=_NextPart_001_0047_01CEF65E.0A1B2C30")
    root = multipart("mixed", [
        alt,
        attach("fn04_info.docx", "Информация_УКС.docx", ("b", "koi8-r")),
        attach("fn04_info_pdf.pdf", "Информация_УКС_подписано.pdf", ("b", "koi8-r"))],
        "----=_NextPart_000_0046_01CEF65E.0A1B2C30", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 12, 11, 11, 55, 26)
    frm = "kapbud@example.gov.ua"
    return message(name, [
        ("From", addr("Кравец Андрей", frm, "koi8-r")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Информация УКС (Открытое правительство)", "koi8-r")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "14")),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "ru"),
    ], root, d, frm)


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "RTF letter with its own paragraphs 1.–4., «п. 2.3 плану-графіка», counts of groups and trainees and «№ 118»; its «2.» and «3.» are seminars and the methodological guide (13, 14); the list of trainees with «№ з/п» 1–15 is an enclosure.",
       "items": [{"measure": 13, "source": "Інформація_ЦППК.rtf"}, {"measure": 14, "source": "Інформація_ЦППК.rtf"}]}


@mail("fn05", KEY)
def fn05(name):
    body = ("Здравствуйте, uvp.\n\nНадсилаємо інформацію Чернігівського центру перепідготовки та підвищення "
            "кваліфікації (лист від 26.02.2013 № 118) та список слухачів першої групи.\n\n-- \nЗ повагою,\nЛитвин Т.М.\n"
            "mailto:cppk@example.gov.ua\n")
    root = multipart("mixed", [
        text(body, cs="windows-1251", cte="8bit", ct="text/plain; charset=windows-1251"),
        attach("fn05_info.rtf", "Інформація_ЦППК.rtf", ("b", "windows-1251"), ctype="application/msword"),
        attach("fn05_spysok.xls", "Список_слухачів_19-20.02.xls", ("b", "windows-1251"))],
        "----------0B3D5F7A9C1E24")
    d = kyiv(2013, 2, 27, 12, 12, 48)
    frm = "cppk@example.gov.ua"
    return message(name, [
        ("From", addr("Центр перепідготовки", frm, "windows-1251")),
        ("Reply-To", addr("Центр перепідготовки", frm, "windows-1251")),
        ("X-Mailer", "The Bat! (v4.0.24) Professional"),
        ("Organization", enc("ЧЦППК", "windows-1251")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1207795316.20130227121248@example.gov.ua>"),
        ("To", MAILBOX),
        ("Subject", enc("Інформація ЦППК (Відкритий уряд)", "windows-1251")),
    ], root, d, frm)


# ================================================================== 7. personal_address
KEY = {"class": "personal_address", "executor": "rda-varva", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "Sent on the deadline Saturday from a specialist's ukr.net box, the district named only in the signature («апарату Варвинської райдержадміністрації») and the addressee УВП named at the top; a scanned signed cover letter (text layer) sits beside the real table, whose 9 and 12 are «-» and «не проводились».",
       "items": [{"measure": 1, "source": "Інформація_Варва.doc"}, {"measure": 6, "source": "Інформація_Варва.doc"},
                 {"measure": 7, "source": "Інформація_Варва.doc"}, {"measure": 10, "source": "Інформація_Варва.doc"}]}


@mail("pa01", KEY)
def pa01(name):
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Доброго ранку! Надсилаю інформацію Варвинської райдержадміністрації про виконання Плану заходів (Відкритий "
            "уряд) – скан супровідного листа та саму інформацію. Службова пошта РДА з учорашнього вечора не працює, тому "
            "з особистої скриньки.\n\nКовальчук Оксана Дмитрівна\nголовний спеціаліст відділу організаційної роботи "
            "апарату Варвинської райдержадміністрації\nтел. (04636) 2-15-30\n")
    html = "<div>" + "</div><div>".join(l.replace("\n", "<br>") or "&nbsp;" for l in body.strip().split("\n\n")) + "</div>"
    alt = multipart("alternative", [text(body, cs="utf-8", cte="8bit", ct='text/plain; charset="utf-8"'),
                                    text(html, "html", "utf-8", cte="8bit", ct='text/html; charset="utf-8"')],
                    "----FREEMAIL-alt-1355554271-98231")
    root = multipart("mixed", [
        alt,
        attach("pa01_skan.pdf", "skan_suprovidnyi.pdf", ("ascii",)),
        attach("pa01_info.doc", "Інформація_Варва.doc", ("b", "utf-8"))],
        "----FREEMAIL-mix-1355554271-98230")
    d = kyiv(2012, 12, 15, 8, 51, 11)
    frm = "oksana.kovalchuk77@ukr.net"
    return message(name, [
        ("X-Mailer", "FREEMAIL"),
        ("From", addr("Оксана Ковальчук", frm, "utf-8")),
        ("To", MAILBOX),
        ("Subject", enc("інформація Варвинської РДА", "utf-8")),
        ("Message-Id", "<1355554271.418221.23871@frv57.ukr.net>"),
    ], root, d, frm)


KEY = {"class": "personal_address", "executor": "gromrada", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "The Public Council's report sent from УВП's own registered box (uvp-info@), addressed to УВП and signed by the Council's head, with a note on why; the excerpt of the Council's protocol («ВИРІШИЛИ: 1. … 2. … 1) … 2) …») is an enclosure.",
       "items": [{"measure": 4, "source": "body"}, {"measure": 15, "source": "body"}]}


@mail("pa02", KEY)
def pa02(name):
    body = ("Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
            "Громадська рада при облдержадміністрації інформує про виконання Плану заходів у І кварталі 2013 року.\n\n"
            "15 березня 2013 року на засіданні Громадської ради проведено громадське обговорення стану виконання заходів "
            "Плану з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за участю "
            "начальника управління Р.М. Зуєва та регіонального координатора Партнерства «Відкритий уряд» Я.О. Дідика; "
            "рекомендації направлено облдержадміністрації (витяг з протоколу № 11 додається).\n\n"
            "На веб-ресурсі «Чернігівська громада» 1 березня відкрито Інтернет-форум з обговорення актуальних питань "
            "життя області; станом на 27 березня зареєстровано 64 учасники, створено 17 тем.\n\n"
            "Голова Громадської ради при облдержадміністрації\nВ.І. Осадчий\n\n"
            "(Надіслано з поштової скриньки управління, оскільки скринька ради тимчасово не працює. Г.П. Ничипоренко, "
            "відповідальний секретар ради)\n")
    alt = multipart("alternative", [text(body, cs="windows-1251"), text(word_html(to_html_paras(body)), "html", "windows-1251")],
                    "----=_NextPart_001_0061_01CE2BC4.1F2E3D40")
    root = multipart("mixed", [alt, attach("pa02_vytiah.docx", "Витяг_з_протоколу_ГР_11.docx", ("b", "windows-1251"))],
                     "----=_NextPart_000_0060_01CE2BC4.1F2E3D40", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 3, 28, 16, 45, 19)
    frm = "uvp-info@example.gov.ua"
    return message(name, [
        ("From", addr("УВП ОДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Громадська рада - інформація за І квартал 2013", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua")),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "The regional coordinator (by consent, never owing) writes from a private i.ua box and names himself only in the signature; the body reports the public discussion (15) and promises the recommendations later; the register of participants and the draft press release are enclosures.",
       "items": [{"measure": 15, "source": "body"}]}


@mail("pa03", KEY)
def pa03(name):
    body = ("Доброго вечора!\n\nІнформую управління з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації.\n\n14 листопада 2013 року в Будинку громадськості спільно з Громадською радою при "
            "облдержадміністрації проведено громадське обговорення виконання заходів Плану з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області. Взяли участь 32 представники громадських "
            "організацій, громадських рад при РДА та ЗМІ. Учасники напрацювали 14 рекомендацій, які найближчим часом "
            "надішлю окремим листом.\n\nДодаю реєстр учасників і проект прес-релізу (ще не розміщувався).\n\n"
            "З повагою,\nЯрослав Дідик\nрегіональний координатор Ініціативи «Партнерство „Відкритий уряд“» у "
            "Чернігівській області\n097-112-40-56\n")
    html = ("<html><body><div style=\"font-family: Arial; font-size: 13px\">"
            + "<br>".join(l.replace("&", "&amp;").replace("<", "&lt;") for l in body.split("\n")) + "</div></body></html>")
    alt = multipart("alternative", [text(body, cs="windows-1251", cte="base64", ct="text/plain; charset=windows-1251"),
                                    text(html, "html", "windows-1251", cte="base64", ct="text/html; charset=windows-1251")],
                    "=_iua_alt_5290f3c2_7a1e")
    root = multipart("mixed", [
        alt,
        attach("pa03_uchasnyky.xls", "uchasnyky_14_11.xls", ("ascii",)),
        attach("pa03_pres.doc", "pres-reliz_proekt.doc", ("ascii",))],
        "=_iua_mix_5290f3c2_7a1d")
    d = kyiv(2013, 11, 21, 19, 20, 33)
    frm = "ya.dydyk@i.ua"
    return message(name, [
        ("From", addr("Ярослав Дідик", frm, "windows-1251")),
        ("To", MAILBOX),
        ("Subject", enc("обговорення виконання плану 14.11", "windows-1251")),
        ("Message-ID", "<1385054433.5290f3c2a71e4@i.ua>"),
        ("X-Mailer", "i.ua web mail"),
        ("X-Originating-IP", "[93.78.211.40]"),
    ], root, d, frm)


KEY = {"class": "personal_address", "executor": "rda-shchors", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Surzhyk evening note from a meta.ua box, the district only in the signature in the genitive; the sheet answers 7, 10, 12 with «х», «без змін», «не проводились»; the photos with captions are enclosures.",
       "items": [{"measure": 1, "source": "zvit_shchors.ods"}, {"measure": 6, "source": "zvit_shchors.ods"},
                 {"measure": 9, "source": "zvit_shchors.ods"}]}


@mail("pa04", KEY)
def pa04(name):
    body = ("Добрий вечір, висилаю звіт Щорської РДА по відкритому уряду за півріччя, бо з роботи не відправляється (щось "
            "з сервером). Фотки теж кидаю, може знадобляться.\n\nз повагою, Олена Шевчик\nвідділ інформаційної діяльності "
            "та комунікацій з громадськістю Щорської райдержадміністрації\n")
    root = multipart("mixed", [
        text(body, cs="windows-1251", cte="quoted-printable", ct="text/plain; charset=windows-1251"),
        attach("pa04_zvit.ods", "zvit_shchors.ods", ("ascii",), ctype="application/octet-stream"),
        attach("pa04_foto.doc", "foto.doc", ("ascii",), ctype="application/octet-stream")],
        "meta_mail_51ba0d5b9f2c1")
    d = kyiv(2013, 6, 13, 21, 15, 7)
    frm = "olena_sh@meta.ua"
    return message(name, [
        ("From", addr("olena_sh", frm)),
        ("To", MAILBOX),
        ("Subject", enc("звіт Щорс", "windows-1251")),
        ("Message-ID", "<51ba0d5b9f2c1.olena_sh@meta.ua>"),
        ("X-Mailer", "META.UA Mail"),
    ], root, d, frm)


KEY = {"class": "personal_address", "executor": "su-apk", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Gmail from a deputy head's private box, the office named in the body and signature in the genitive; two .docx reports of the same shape — this half-year's (7 «—», 8 «без змін», 12 «х») and June's «для довідки», whose rows 7, 8, 12 are full.",
       "items": [{"measure": 1, "source": "Інформація_ГУАПР_грудень_2013.docx"},
                 {"measure": 2, "source": "Інформація_ГУАПР_грудень_2013.docx"},
                 {"measure": 6, "source": "Інформація_ГУАПР_грудень_2013.docx"},
                 {"measure": 9, "source": "Інформація_ГУАПР_грудень_2013.docx"}]}


@mail("pa05", KEY)
def pa05(name):
    body = ("Шановні колеги!\n\nНадсилаю інформацію Головного управління агропромислового розвитку облдержадміністрації "
            "про виконання Плану заходів за ІІ півріччя 2013 року для управління з питань внутрішньої політики та "
            "зв'язків з громадськістю облдержадміністрації. Для довідки додаю також інформацію за І півріччя, яку ми "
            "надсилали у червні.\n\nПишу з особистої пошти – службова переповнена.\n\n--\nЗ повагою,\nОстапенко "
            "Валентина Дмитрівна\nзаступник начальника Головного управління агропромислового розвитку "
            "облдержадміністрації\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % l.replace("\n", "<br>")
                                         for l in body.strip().split("\n\n")) + "</div>\n")
    alt = multipart("alternative", [text(body, cs="UTF-8", cte="base64", ct="text/plain; charset=UTF-8"),
                                    text(html, "html", "UTF-8", cte="base64", ct="text/html; charset=UTF-8")],
                    "047d7b6d8a3e9c1f2204ecc4b1a2")
    root = multipart("mixed", [
        alt,
        attach("pa05_grud2013.docx", "Інформація_ГУАПР_грудень_2013.docx", ("b", "UTF-8"), extra=[("X-Attachment-Id", "f_hoc1a2b30")]),
        attach("pa05_cherv2013.docx", "Інформація_ГУАПР_червень_2013.docx", ("b", "UTF-8"), extra=[("X-Attachment-Id", "f_hoc1a2b41")])],
        "047d7b6d8a3e9c1f2604ecc4b1a4")
    d = kyiv(2013, 12, 5, 9, 12, 56)
    frm = "v.ostapenko.apk@gmail.com"
    return message(name, [
        ("X-Received", "by 10.180.92.161 with SMTP id cn1mr4211906wib.7;\r\n\t" + rfcdate(kyiv(2013, 12, 5, 9, 12, 57))),
        ("From", addr("Валентина Остапенко", frm, "UTF-8")),
        ("Message-ID", "<CAJp4Vt%s@mail.gmail.com>" % hx(name, n=30)),
        ("Subject", enc("Інформація ГУАПР (Відкритий уряд) за ІІ півріччя", "UTF-8")),
        ("To", MAILBOX),
    ], root, d, frm)


# ================================================================== 8. mixed
KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "A clerk forwards, from her own ukr.net box, the district's letter that bounced the day before, as an attached message/rfc822: the report is the sheet inside the forwarded letter (9 «—», 10 «не проводились»), beside the district order on who is responsible.",
       "items": [{"measure": 1, "source": "Інформація_НСРДА.xls"}, {"measure": 6, "source": "Інформація_НСРДА.xls"},
                 {"measure": 7, "source": "Інформація_НСРДА.xls"}, {"measure": 12, "source": "Інформація_НСРДА.xls"}]}


@mail("mx01", KEY)
def mx01(name):
    ibody = ("Новгород-Сіверська райдержадміністрація надсилає інформацію про виконання Плану заходів з підвищення "
             "рівня відкритості та прозорості діяльності виконавчої влади в області та копію розпорядження голови "
             "райдержадміністрації від 05.11.2012 № 389.\n\nЗаступник голови райдержадміністрації М.С. Кулик\n"
             "Виконавець: Кулик Надія, загальний відділ, тел. (04658) 2-17-91\n")
    ialt = multipart("alternative", [text(ibody, cs="windows-1251"),
                                     text(word_html(to_html_paras(ibody), gen="Microsoft Word 11 (filtered medium)"), "html", "windows-1251")],
                     "----=_NextPart_001_0052_01CDD88C.2A3B4C50")
    iroot = multipart("mixed", [
        ialt,
        attach("mx01_info.xls", "Інформація_НСРДА.xls", ("b", "windows-1251")),
        attach("mx01_rozp.doc", "Розпорядження_від_05.11.2012_№389.doc", ("b", "windows-1251"))],
        "----=_NextPart_000_0051_01CDD88C.2A3B4C50", preamble=b"This is a multi-part message in MIME format.\r\n\r\n")
    inner = Part([
        ("From", addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", enc("Інформація Новгород-Сіверської РДА", "windows-1251")),
        ("Date", rfcdate(kyiv(2012, 12, 12, 16, 35, 10))),
        ("Message-ID", outlook_mid(name + "inner", "example.gov.ua", "11")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name + "inner")),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ] + iroot.headers, iroot.body).render()
    body = ("Добрий день!\nПересилаю лист Новгород-Сіверської РДА, який учора не пішов з нашого сервера (повернувся з "
            "помилкою доставки).\n\nНадія Кулик\nзагальний відділ апарату Новгород-Сіверської райдержадміністрації\n")
    root = multipart("mixed", [
        text(body, cs="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed"),
        rfc822(inner, "Інформація Новгород-Сіверської РДА.eml", ("b", "UTF-8"))],
        "------------050803070001020905060408", preamble=b"This is a multi-part message in MIME format.\r\n")
    d = kyiv(2012, 12, 13, 12, 20, 42)
    frm = "nadia.kulyk.ns@ukr.net"
    return message(name, [
        ("Message-ID", "<50C9AB9A.6070903@ukr.net>"),
        ("From", addr("Надія Кулик", frm, "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("To", MAILBOX),
        ("Subject", enc("Fwd: Інформація Новгород-Сіверської РДА", "UTF-8")),
    ], root, d, frm)


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Correction from the same registered box above an inline «Original Message» of the district's own letter of 11 June, whose attachment Thunderbird carries along again: only the new lines on 7 and 12 count; the re-sent report was counted when it came.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("mx02", KEY)
def mx02(name):
    body = ("Уточнення до інформації від 11.06.2013 № 02-21/1187.\n\n"
            "По пункту 7 слід читати: «До складу районної комісії з питань захисту прав дитини включено 3 представників "
            "громадських організацій (ГО «Борзнянські родини», районна організація Товариства Червоного Хреста, ГО «Діти "
            "Борзнянщини»)».\n\n"
            "По пункту 12 додатково повідомляємо: ГО «Правова ініціатива Борзнянщини» провела громадську антикорупційну "
            "експертизу проекту розпорядження голови райдержадміністрації «Про затвердження Порядку надання платних "
            "послуг архівним відділом»; обидві пропозиції експертів враховано.\n\n"
            "Лазоренко О.М., заступник голови райдержадміністрації\n\n"
            "-------- Original Message --------\n"
            "Subject: \tІнформація Борзнянської РДА (Відкритий уряд)\n"
            "Date: \tTue, 11 Jun 2013 10:42:17 +0300\n"
            "From: \tБорзнянська РДА <rda-borzna@example.gov.ua>\n"
            "To: \tuvp@cg.ukrtel.net\n\n\n\n"
            "Надсилаємо інформацію Борзнянської райдержадміністрації про виконання Плану заходів за І півріччя 2013 року "
            "(додається).\n\nВиконавець: Стрілець Г.М., тел. (04653) 2-14-08\n")
    root = multipart("mixed", [
        text(body, cs="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed"),
        attach("mx02_old.doc", "Інформація_Борзна.doc", ("2231", "UTF-8"))],
        "------------000207030409070801060305", preamble=b"This is a multi-part message in MIME format.\r\n")
    d = kyiv(2013, 6, 14, 11, 5, 58)
    frm = "rda-borzna@example.gov.ua"
    return message(name, [
        ("Message-ID", "<51BAD02E.1030007@example.gov.ua>"),
        ("From", addr("Борзнянська РДА", frm, "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("To", MAILBOX),
        ("Subject", enc("Fwd: Інформація Борзнянської РДА (Відкритий уряд) - уточнення", "UTF-8")),
    ], root, d, frm)


KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Cover note and attachment report different measures: the note adds the working group (10), the .xlsx answers 1, 6, 9, 12 with «х» on 7; the second sheet is the list of hearing participants with its own «№ з/п».",
       "items": [{"measure": 1, "source": "Ніжинська_РДА_звіт.xlsx"}, {"measure": 6, "source": "Ніжинська_РДА_звіт.xlsx"},
                 {"measure": 9, "source": "Ніжинська_РДА_звіт.xlsx"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "Ніжинська_РДА_звіт.xlsx"}]}


@mail("mx03", KEY)
def mx03(name):
    body = ("Добрий день!\n\nНадсилаємо інформацію Ніжинської райдержадміністрації про виконання Плану заходів за ІІ "
            "півріччя 2013 року (додається).\n\nДодатково повідомляємо, що 29 листопада 2013 року громадська рада при "
            "райдержадміністрації за нашою рекомендацією утворила робочу групу з питань відкритості та прозорості "
            "діяльності райдержадміністрації у складі 5 осіб.\n\nТакож додаємо список учасників громадських слухань "
            "21.11.2013.\n\nЗ повагою,\nЖердій Олег, відділ організаційної роботи та інформаційної діяльності апарату "
            "Ніжинської райдержадміністрації\n")
    alt = multipart("alternative", [
        text(body, cs="windows-1251"),
        text(word_html(to_html_paras(body), gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251")],
        "----=_NextPart_001_0071_01CEF74A.5B6C7D80")
    root = multipart("mixed", [
        alt,
        attach("mx03_zvit.xlsx", "Ніжинська_РДА_звіт.xlsx", ("b", "windows-1251")),
        attach("mx03_spysok.xls", "Список_учасників_слухань_21.11.2013.xls", ("b", "windows-1251"))],
        "----=_NextPart_000_0070_01CEF74A.5B6C7D80", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 12, 12, 15, 48, 21)
    frm = "rda-nizhyn@example.gov.ua"
    return message(name, [
        ("From", addr("Ніжинська РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Ніжинська РДА - Відкритий уряд, ІІ півріччя", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "14")),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "mixed", "executor": "rda-semenivka", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "Word HTML with two inline photos (multipart/related, cid:) captioned in the body, plus two .doc files — the report table (7, 12 «—», 10 «не проводились») and a draft press release on the same hearings; the captions and the release report nothing.",
       "items": [{"measure": 1, "source": "Інформація_Семенівська_РДА.doc"}, {"measure": 6, "source": "Інформація_Семенівська_РДА.doc"},
                 {"measure": 9, "source": "Інформація_Семенівська_РДА.doc"}]}


@mail("mx04", KEY)
def mx04(name):
    cid1, cid2 = "image001.jpg@01CE5C6A.3B2A1F10", "image002.jpg@01CE5C6A.3B2A1F10"
    cap1 = "Громадські слухання щодо проекту Програми розвитку туризму в Семенівському районі, 16.05.2013"
    cap2 = "Виступає голова громадської ради при РДА Т.В. Бойко"
    top = ("Добрий день!\n\nІнформацію Семенівської райдержадміністрації про виконання Плану заходів за І півріччя 2013 "
           "року надсилаємо (додається), а також проект прес-релізу.\n\nНижче – фото з громадських слухань 16 травня:\n")
    sig = ("З повагою,\nОлійник Світлана\nсектор з питань внутрішньої політики та зв’язків з громадськістю "
           "Семенівської райдержадміністрації\n")
    plain = top + "\n[cid:%s]\n%s\n\n[cid:%s]\n%s\n\n" % (cid1, cap1, cid2, cap2) + sig
    inner = (to_html_paras(top) +
             "\n<p class=MsoNormal><img width=300 height=225 id=\"Рисунок_x0020_1\" src=\"cid:%s\" alt=\"Описание: IMG_0412\"><o:p></o:p></p>\n"
             "<p class=MsoNormal><i>%s</i><o:p></o:p></p>\n<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n"
             "<p class=MsoNormal><img width=300 height=225 id=\"Рисунок_x0020_2\" src=\"cid:%s\" alt=\"Описание: IMG_0418\"><o:p></o:p></p>\n"
             "<p class=MsoNormal><i>%s</i><o:p></o:p></p>\n<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n" % (cid1, cap1, cid2, cap2)
             + to_html_paras(sig))
    alt = multipart("alternative", [
        text(plain, cs="windows-1251"),
        text(word_html(inner, gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251")],
        "----=_NextPart_002_0085_01CE5C6A.3B2A1F10")
    rel = multipart("related", [
        alt,
        attach("mx04_img1.jpg", "image001.jpg", ("ascii",), ctype="image/jpeg", disp=None, extra=[("Content-ID", "<%s>" % cid1)]),
        attach("mx04_img2.jpg", "image002.jpg", ("ascii",), ctype="image/jpeg", disp=None, extra=[("Content-ID", "<%s>" % cid2)])],
        "----=_NextPart_001_0084_01CE5C6A.3B2A1F10", params='\r\n\ttype="multipart/alternative";')
    root = multipart("mixed", [
        rel,
        attach("mx04_info.doc", "Інформація_Семенівська_РДА.doc", ("b", "windows-1251")),
        attach("mx04_pres.doc", "Прес-реліз.doc", ("b", "windows-1251"))],
        "----=_NextPart_000_0083_01CE5C6A.3B2A1F10", preamble=b"This is a multipart message in MIME format.\r\n\r\n")
    d = kyiv(2013, 5, 29, 14, 27, 35)
    frm = "rda-semenivka@example.gov.ua"
    return message(name, [
        ("From", addr("Семенівська РДА", frm, "windows-1251")),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc("Інформація Семенівської РДА + фото", "windows-1251")),
        ("Message-ID", outlook_mid(name, "example.gov.ua", "14")),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ], root, d, frm)


KEY = {"class": "mixed", "executor": "rda-sribne", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "The Bat! body labelled koi8-r but written in windows-1251 (a clerk switches the encoding to read it): the body adds the site (1) to the RTF table (6, 7, 9; 12 «х»); a full copy of the plan with all 16 measures is attached «для зручності звірки».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "Інформація_Срібне.rtf"},
                 {"measure": 7, "source": "Інформація_Срібне.rtf"}, {"measure": 9, "source": "Інформація_Срібне.rtf"}]}


@mail("mx05", KEY)
def mx05(name):
    body = ("Здравствуйте, uvp.\n\nСрібнянська райдержадміністрація надсилає інформацію про виконання Плану заходів за "
            "ІІ півріччя 2013 року (файл Інформація_Срібне.rtf). Для зручності звірки додаємо також копію Плану.\n\n"
            "Додатково до таблиці: на офіційному веб-сайті райдержадміністрації у листопаді створено розділ «Публічна "
            "інформація» з переліком розпоряджень голови РДА та формою електронного запиту, розміщено звіт про виконання "
            "районного бюджету за 9 місяців.\n\n-- \nЗ повагою,\nРудь Іван Петрович, керівник апарату Срібнянської РДА\n"
            "mailto:rda-sribne@example.gov.ua\n")
    mislabelled = Part([("Content-Type", "text/plain; charset=koi8-r"), ("Content-Transfer-Encoding", "8bit")],
                       crlf(body).encode("windows-1251"))
    root = multipart("mixed", [
        mislabelled,
        attach("mx05_info.rtf", "Інформація_Срібне.rtf", ("b", "windows-1251"), ctype="application/msword"),
        attach("mx05_plan.doc", "План_заходів_ОДА.doc", ("b", "windows-1251"))],
        "----------7C2E9A41D03F58")
    d = kyiv(2013, 12, 9, 10, 33, 14)
    frm = "rda-sribne@example.gov.ua"
    return message(name, [
        ("From", addr("Срібнянська РДА", frm, "windows-1251")),
        ("Reply-To", addr("Срібнянська РДА", frm, "windows-1251")),
        ("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1730584203.20131209103314@example.gov.ua>"),
        ("To", MAILBOX),
        ("Subject", enc("Інформація Срібнянської РДА (Відкритий уряд)", "windows-1251")),
    ], root, d, frm)


# ================================================================== checks and output
def load_plan():
    with open(PLAN_TOML, "rb") as f:
        plan = tomllib.load(f)
    ids = {e["id"] for e in plan["executor"]}
    owner = {}
    for e in plan["executor"]:
        for a in e.get("emails", []):
            owner[a.lower()] = e["id"]
    deadlines = sorted(d["date"] for d in plan["deadline"])
    return ids, owner, deadlines, plan["plan"]["approved"], plan["plan"].get("grace_days", 3)


def period_of(day, deadlines, approved, grace):
    if day < approved:
        return None, None
    for i, dl in enumerate(deadlines, 1):
        if dl < day <= dl + dt.timedelta(days=grace):
            return i, True
    for i, dl in enumerate(deadlines, 1):
        if day <= dl:
            return i, False
    return None, None


def walk_names(msg, out):
    """Decoded file names of all parts, descending into attached messages."""
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            out.append(unicodedata.normalize("NFC", str(fn)))
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts() if part.is_multipart() else []:
                walk_names(sub, out)
    return out


def has_text_body(msg):
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_filename() is None \
                and part.get_content_disposition() != "attachment":
            return True
    return False


def check(name, key, raw, plan):
    ids, owner, deadlines, approved, grace = plan
    errs = []
    prefix = name[:2]
    if CLASSES.get(prefix) != key["class"]:
        errs.append("class %r does not match prefix %r" % (key["class"], prefix))
    if key["executor"] not in ids:
        errs.append("executor %r is not a plan.toml id" % key["executor"])
    if list(key) != ["class", "executor", "period", "late", "kind", "reason", "note", "items"]:
        errs.append("key fields out of order: %s" % list(key))
    if not key["note"] or len(key["note"]) < 20:
        errs.append("note missing")
    if key["class"] == "not_report":
        if key["kind"] != "not_report" or key["reason"] not in REASONS or key["items"]:
            errs.append("not_report must have kind not_report, a reason and no items")
    else:
        if key["kind"] != "report" or key["reason"] is not None or not key["items"]:
            errs.append("report must have kind report, reason null and items")
    pairs = [(i["measure"], i["source"]) for i in key["items"]]
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errs.append("items not sorted/unique")
    if any(not (1 <= m <= 15) for m, _ in pairs):
        errs.append("measure out of 1..15")
    if any(set(i) != {"measure", "source"} for i in key["items"]):
        errs.append("item fields")
    # the raw message
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("bare LF or CR")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        errs.append("line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    date = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    rcv = msg.get_all("Received")
    if not rcv:
        errs.append("no Received")
    else:
        rdate = email.utils.parsedate_to_datetime(str(rcv[0]).rsplit(";", 1)[1].split("(")[0].strip()).astimezone(KYIV)
        lag = (rdate - date).total_seconds()
        if not (1 <= lag <= 30) or rdate.date() != date.date():
            errs.append("Received %s not a few seconds after Date %s on the same Kyiv day" % (rdate, date))
    if not (dt.date(2012, 1, 1) <= date.date() <= dt.date(2013, 12, 31)):
        errs.append("Date outside 2012-2013")
    per, late = period_of(date.date(), deadlines, approved, grace)
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late %s/%s but Date %s gives %s/%s" % (key["period"], key["late"], date, per, late))
    if MAILBOX not in str(msg["To"]).lower():
        errs.append("To is not the mailbox")
    if not msg["Message-ID"] or not msg["Subject"]:
        errs.append("Message-ID/Subject missing")
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    reg = owner.get(frm)
    if reg is None:
        if key["class"] not in ("personal_address", "mixed"):
            errs.append("private sender %s outside pa/mx" % frm)
    elif reg != key["executor"] and key["class"] != "personal_address":
        errs.append("registered sender %s belongs to %s, key says %s" % (frm, reg, key["executor"]))
    if key["class"] == "personal_address" and reg == key["executor"]:
        errs.append("personal_address mail sent from the executor's own registered box")
    names = walk_names(msg, [])
    for m, src in pairs:
        if src == "body":
            if not has_text_body(msg):
                errs.append("no body text for a body item")
        elif unicodedata.normalize("NFC", src) not in names:
            errs.append("source %r not among attachments %r" % (src, names))
    # every text part decodes in its declared charset
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                part.get_content()
            except Exception as e:   # noqa
                errs.append("text part does not decode: %s" % e)
    return errs, date, names


def check_attachments():
    errs = []
    for f in sorted(os.listdir(ATT)):
        p = os.path.join(ATT, f)
        if not os.path.isfile(p):
            continue
        if os.path.getsize(p) >= 60 * 1024:
            errs.append("%s is %d bytes (limit 60 KB)" % (f, os.path.getsize(p)))
        if f.endswith(".pdf") and shutil.which("pdftotext"):
            out = subprocess.run(["pdftotext", p, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            if len(out.split()) < 20:
                errs.append("%s has no text layer" % f)
    return errs


def main():
    check_only = "--check-only" in sys.argv
    plan = load_plan()
    problems = check_attachments()
    seen_measures, names_seen = set(), set()
    for name, key, fn in MAILS:
        if name in names_seen:
            problems.append("%s defined twice" % name)
        names_seen.add(name)
        raw = fn(name)
        errs, date, _ = check(name, key, raw, plan)
        problems += ["%s: %s" % (name, e) for e in errs]
        seen_measures |= {i["measure"] for i in key["items"]}
        if not check_only:
            with open(os.path.join(HERE, name + ".eml"), "wb") as f:
                f.write(raw)
            with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write("\n")
    counts = {}
    for name, _, _ in MAILS:
        counts[name[:2]] = counts.get(name[:2], 0) + 1
    if len(MAILS) != 40 or any(counts.get(p) != 5 for p in CLASSES):
        problems.append("expected 40 mails, 5 per class: %s" % counts)
    missing = set(range(1, 16)) - seen_measures
    if missing:
        problems.append("measures never a real item: %s" % sorted(missing))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("%d mails built and checked%s" % (len(MAILS), " (not written)" if check_only else ""))


if __name__ == "__main__":
    main()
