#!/usr/bin/env python3
"""Build the "assay" corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Every mail is written below as literal text; beside it stands its answer key (KEY = {...}),
written by hand before the mail was assembled and never computed from it. Office attachments
are written here as HTML (documents) or CSV (sheets), converted once with LibreOffice and kept
in attachments/, so later runs reuse them and give byte-identical .eml files.

Run: python3 make.py        (Python 3 standard library; soffice only when an attachment is missing)
"""
import base64
import datetime
import email.utils
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib
from urllib.parse import quote as _urlquote

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
WORK = "/tmp/assay-work"
CRLF = "\r\n"
TO = "uvp@cg.ukrtel.net"

# ---------------------------------------------------------------- text and charsets

PYCODEC = {"windows-1251": "cp1251", "koi8-u": "koi8_u", "koi8-r": "koi8_r",
           "utf-8": "utf-8", "us-ascii": "ascii"}
# what an old client puts in place of a character its charset lacks
FALLBACK = {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "’": "'", "ʼ": "'",
            "–": "-", "—": "-", "№": "N", "…": "...", "\u00a0": " ", "•": "*"}


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def enc(text, charset):
    codec = PYCODEC[charset.lower()]
    out = []
    for ch in text:
        try:
            out.append(ch.encode(codec))
        except UnicodeEncodeError:
            if ch not in FALLBACK:
                raise ValueError("%r cannot be written in %s" % (ch, charset))
            out.append(FALLBACK[ch].encode(codec))
    return b"".join(out)


def qp(data):
    """Quoted-printable, lines of at most 76 characters, CRLF."""
    lines = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            elif b in (32, 9) and i < len(line) - 1:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                lines.append(cur + "=")
                cur = t
            else:
                cur += t
        lines.append(cur)
    return "\r\n".join(lines).encode("ascii")


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def transfer(data, cte):
    if cte == "quoted-printable":
        return qp(data)
    if cte == "base64":
        return b64(data)
    return data  # 7bit / 8bit: CRLF text as is


def _ew1(text, charset, mode):
    raw = enc(text, charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
    s = ""
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            s += c
        elif b == 32:
            s += "_"
        elif c in "-!*+/.," and b < 128:
            s += c
        else:
            s += "=%02X" % b
    return "=?%s?Q?%s?=" % (charset, s)


def ew(text, charset="utf-8", mode="B", fold="\r\n "):
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    words, cur = [], ""
    for ch in text:
        if cur and len(_ew1(cur + ch, charset, mode)) > 75:
            words.append(_ew1(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, charset, mode))
    return fold.join(words)


def addr(display, address, charset="utf-8", mode="B"):
    if display is None:
        return address
    if all(ord(c) < 128 for c in display):
        return '"%s" <%s>' % (display, address)
    return "%s <%s>" % (ew(display, charset, mode), address)


def p_ascii(param, name):
    return '%s="%s"' % (param, name)


def p_2047(param, name, charset="windows-1251", mode="B"):
    return '%s="%s"' % (param, ew(name, charset, mode, fold="\r\n\t"))


def p_2231(param, name, charset="UTF-8"):
    """RFC 2231 file name; long names as numbered continuations (never cutting a character)."""
    pct = _urlquote(enc(name, charset.lower()), safe="-._")
    if len(pct) + len(param) + len(charset) < 70:
        return "%s*=%s''%s" % (param, charset, pct)
    toks = [_urlquote(enc(ch, charset.lower()), safe="-._") for ch in name]  # whole characters
    chunks, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > 60:
            chunks.append(cur)
            cur = ""
        cur += t
    chunks.append(cur)
    return ";\r\n ".join("%s*%d*=%s%s" % (param, n, (charset + "''") if n == 0 else "", c)
                          for n, c in enumerate(chunks))


def p_raw(param, name, charset):
    """Unencoded 8-bit file name, as some web mail writes it (bytes)."""
    return ('%s="' % param).encode() + enc(name, charset) + b'"'


# ---------------------------------------------------------------- MIME by hand

def _b(v):
    return v if isinstance(v, bytes) else v.encode("ascii")


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # [(name, value str|bytes)]
        self.body = body        # bytes, CRLF line ends

    def head(self):
        return b"".join(_b(n) + b": " + _b(v) + b"\r\n" for n, v in self.headers)

    def render(self):
        return self.head() + b"\r\n" + self.body


def text(body, charset, cte, ctype, label=None, extra=()):
    """A text part. ctype is the full Content-Type value as the client writes it."""
    data = enc(crlf(body), charset)
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, transfer(data, cte))


def blob(data, ctype, cte="base64", disposition=None, extra=()):
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disposition is not None:
        hs.append(("Content-Disposition", disposition))
    hs += list(extra)
    return Part(hs, transfer(data, cte) if cte in ("base64", "quoted-printable") else data)


def multipart(subtype, boundary, parts, params="", preamble=None, ctfmt="%s;\r\n\tboundary=\"%s\"%s"):
    body = b""
    if preamble is not None:
        body += _b(preamble) + b"\r\n\r\n"
    for p in parts:
        body += b"--" + _b(boundary) + b"\r\n" + p.render() + b"\r\n"
    body += b"--" + _b(boundary) + b"--\r\n"
    return Part([("Content-Type", ctfmt % ("multipart/" + subtype, boundary, params))], body)


def message(headers, part):
    """Top-level message: envelope headers, then the body part's own MIME headers."""
    head = b"".join(_b(n) + b": " + _b(v) + b"\r\n" for n, v in headers)
    return head + part.render()


def rfc822(msg_bytes, ctype="message/rfc822", disposition=None):
    hs = [("Content-Type", ctype)]
    if disposition:
        hs.append(("Content-Disposition", disposition))
    return Part(hs, msg_bytes)


def h(name, *salt):
    return hashlib.sha1(("|".join((name,) + salt)).encode()).hexdigest()


def bnd(name, style, n=0):
    x = h(name, "boundary", str(n))
    if style == "outlook":
        return "----=_NextPart_%s_%s_%s.%s" % (x[0:3].upper(), x[3:7].upper(), "01CD" + x[7:11].upper(), x[11:19].upper())
    if style == "tb":
        return "------------" + "".join(str(int(c, 16) % 10) for c in x[:24])
    if style == "bat":
        return "----------" + x[:13].upper()
    if style == "gmail":
        return x[:28]
    if style == "web":
        return "=_" + x[:32]
    return "----_=_Part_" + x[:20]


# ---------------------------------------------------------------- dates

def kyiv_offset(utc):
    dst = [(datetime.datetime(2012, 3, 25, 1), datetime.datetime(2012, 10, 28, 1)),
           (datetime.datetime(2013, 3, 31, 1), datetime.datetime(2013, 10, 27, 1))]
    naive = utc.replace(tzinfo=None)
    return 3 if any(a <= naive < b for a, b in dst) else 2


def kyiv(date_header):
    d = email.utils.parsedate_to_datetime(date_header).astimezone(datetime.timezone.utc)
    return d.astimezone(datetime.timezone(datetime.timedelta(hours=kyiv_offset(d))))


def received(name, date_header, frm_host):
    k = kyiv(date_header) + datetime.timedelta(seconds=3 + int(h(name, "rcv")[:4], 16) % 25)
    sid = h(name, "id")
    return ("from %s ([10.%d.%d.%d])\r\n\tby mx.cg.ukrtel.net with ESMTP id %s\r\n\tfor <%s>; %s"
            % (frm_host, int(sid[0:2], 16), int(sid[2:4], 16), int(sid[4:6], 16) or 1,
               sid[6:18].upper(), TO, email.utils.format_datetime(k)))


CLIENTS = {
    "outlook2003": [("X-Mailer", "Microsoft Office Outlook 11"),
                    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "outlook2007": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "uk")],
    "outlook2010": [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "uk")],
    "oe6": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
            ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6109")],
    "tb10": [("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2")],
    "tb17": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")],
    "tb24": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")],
    "bat3": [("X-Mailer", "The Bat! (v3.99.3) Professional")],
    "bat5": [("X-Mailer", "The Bat! (v5.0.36) Home")],
    "roundcube": [("User-Agent", "Roundcube Webmail/0.8.4")],
    "gmail": [],
    "ukrnet": [("X-Mailer", "FREEMAIL UKR.NET 2.0"), ("X-Originating-IP", "[91.202.129.44]")],
    "iua": [("X-Mailer", "I.UA Mail")],
    "metaua": [("X-Mailer", "META.UA WebMail")],
    "opera": [("User-Agent", "Opera Mail/12.16 (Win32)")],
    "iphone": [("X-Mailer", "iPhone Mail (10B146)")],
    "netscape": [("X-Mailer", "Mozilla 4.79 [uk] (Win98; U)")],
    "wlm": [("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308")],
}


def envelope(name, frm, subject, date, client, to=TO, extra=(), host=None):
    """Headers of one delivered message: Received, then the client's own."""
    address = email.utils.parseaddr(frm if isinstance(frm, str) else frm.decode("latin-1"))[1]
    dom = address.split("@")[-1]
    host = host or ("mail." + dom)
    mid = "<%s.%s@%s>" % (h(name, "mid")[:12].upper(), h(name, "mid2")[:6], host)
    hs = [("Return-Path", "<%s>" % address),
          ("Received", received(name, date, host)),
          ("Message-ID", mid), ("Date", date), ("From", frm), ("To", to),
          ("Subject", subject)]
    hs += list(extra)
    hs += CLIENTS[client]
    hs.append(("MIME-Version", "1.0"))
    return hs


# ---------------------------------------------------------------- office attachments

FILTERS = {"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "odt": "odt:writer8",
           "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export",
           "xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}


def office(stem, src, out_ext):
    """Convert HTML (documents) or CSV (sheets) once; later runs read the kept file."""
    path = os.path.join(ATT, "%s.%s" % (stem, out_ext))
    if not os.path.exists(path):
        sheet = out_ext in ("xlsx", "xls", "ods")
        src_ext = "csv" if sheet else "html"
        os.makedirs(os.path.join(WORK, "src"), exist_ok=True)
        outdir = os.path.join(WORK, "out")
        os.makedirs(outdir, exist_ok=True)
        sp = os.path.join(WORK, "src", "%s.%s" % (stem, src_ext))
        with open(sp, "w", encoding="utf-8", newline="") as f:
            f.write(src)
        infilter = "CSV:44,34,76,1" if sheet else "HTML (StarWriter)"
        subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo" % WORK, "--headless",
                        "--infilter=" + infilter, "--convert-to", FILTERS[out_ext],
                        "--outdir", outdir, sp], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        os.makedirs(ATT, exist_ok=True)
        shutil.move(os.path.join(outdir, "%s.%s" % (stem, out_ext)), path)
    with open(path, "rb") as f:
        return f.read()


def doc_html(body, title="Документ"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title><style>body{font-family:"Times New Roman";font-size:14pt} '
            'td,th{font-size:12pt;vertical-align:top}</style></head><body>\n%s\n</body></html>\n' % (title, body))


def csv_sheet(rows):
    def cell(c):
        c = str(c)
        if any(x in c for x in ',"\n'):
            c = '"' + c.replace('"', '""') + '"'
        return c
    return "".join(",".join(cell(c) for c in r) + "\n" for r in rows)


def png(w, hgt, pixel):
    """A tiny PNG (for the letterhead emblem of Word HTML mail)."""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(hgt))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- the plan's words, for quoting

PLAN = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
    13: "Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.",
}
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder(executor_name, deadline, today, missing, overdue=False):
    """The reminder as zvit sends it (templates/reminder.txt.j2), for replies to quote."""
    if overdue:
        first = ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану)."
                 % (deadline, PLAN_TITLE))
    else:
        first = ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s "
                 "на адресу електронної пошти uvp@cg.ukrtel.net." % (PLAN_TITLE, deadline))
    s = "Шановні колеги!\n\n" + first + "\n\n"
    s += "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n" % (today, executor_name)
    for m in missing:
        s += "\n  %d. %s\n" % (m, PLAN[m])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» "
          "та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — "
          "у тексті листа або окремим документом, зазначивши номери пунктів плану.\n\n")
    s += "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну."
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\n"
          "З повагою\n" + UVP_NAME + "\n")
    return s


def receipt(received_on, subject, executor_name, period, deadline, recognised, missing):
    """The receipt as zvit sends it (templates/receipt.txt.j2), for replies to quote."""
    s = "Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\n" % (UVP_NAME, received_on, subject)
    s += "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n\n" % (executor_name, period, deadline)
    s += "Розпізнано інформацію щодо таких пунктів плану:\n"
    for n, ex in recognised:
        s += "  • пункт %d: %s\n" % (n, ex)
    if missing:
        s += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            s += "  %d. %s\n" % (m, PLAN[m])
    else:
        s += ("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей період отримано. "
              "Дякуємо за співпрацю.\n")
    s += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.\n\n"
          "З повагою\n" + UVP_NAME + "\n")
    return s


def quote(s, prefix="> "):
    return "".join((prefix + l).rstrip() + "\n" if l else prefix.rstrip() + "\n" for l in s.rstrip("\n").split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(s):
    return "".join("<p>%s</p>\n" % html_escape(p).replace("\n", "<br>\n") for p in s.strip("\n").split("\n\n"))


MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco



def main():
    only = set(sys.argv[1:])
    for name, key, fn in MAILS:
        if only and name not in only:
            continue
        data, att_names = fn()
        check(name, key, data, att_names)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("%d mails" % len(MAILS))


CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}


def check(name, key, data, att_names):
    """Consistency checks of a hand-written key against its mail's envelope (nothing is filled in)."""
    assert key["class"] == CLASSES[name[:2]], name
    assert key["kind"] in ("report", "not_report"), name
    assert (key["reason"] is None) == (key["kind"] == "report"), name
    if key["kind"] == "not_report":
        assert key["reason"] in ("question", "invitation", "thanks", "announcement",
                                 "extension_request", "promise") and not key["items"], name
    date = [l for l in data.split(b"\r\n\r\n")[0].split(b"\r\n") if l.startswith(b"Date: ")][0][6:].decode()
    k = kyiv(date).date()
    ends = [datetime.date(2012, 12, 15), datetime.date(2013, 6, 15), datetime.date(2013, 12, 15)]
    period, late = None, False
    for i, e in enumerate(ends):
        if k <= e:
            period = i + 1
            break
        if k <= e + datetime.timedelta(days=3):
            period, late = i + 1, True
            break
    assert (period, late) == (key["period"], key["late"]), (name, period, late, key["period"], key["late"])
    pairs = [(it["measure"], it["source"]) for it in key["items"]]
    assert pairs == sorted(pairs) and len(set(pairs)) == len(pairs), name
    for m, s in pairs:
        assert 1 <= m <= 15, name
        assert s == "body" or s in att_names, (name, s, att_names)
    assert b"\n" not in data.replace(b"\r\n", b""), name + ": bare LF"


# ================================================================ 1. placeholder

# ---- ph01: Outlook 2007, cp1251 plain+html cover, xlsx of all 16 rows with dashes and "х"
KEY = {
 "class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Excel table with a row for every one of the 16 measures; most rows carry «—», «х», an empty cell or a bare «Заходи не проводились» (row 10). Only rows 1, 6, 7, 9 and 12 (named denial of expert reviews) say something; row 16 is the reporting duty itself.",
 "items": [{"measure": 1, "source": "Інформація Бахмацька РДА Відкритий уряд.xlsx"},
           {"measure": 6, "source": "Інформація Бахмацька РДА Відкритий уряд.xlsx"},
           {"measure": 7, "source": "Інформація Бахмацька РДА Відкритий уряд.xlsx"},
           {"measure": 9, "source": "Інформація Бахмацька РДА Відкритий уряд.xlsx"},
           {"measure": 12, "source": "Інформація Бахмацька РДА Відкритий уряд.xlsx"}],
}


@mail("ph01-bakhmach-xlsx", KEY)
def _():
    name = "ph01-bakhmach-xlsx"
    fname = "Інформація Бахмацька РДА Відкритий уряд.xlsx"
    rows = [
        ["Інформація Бахмацької районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (станом на 11.12.2012)", "", ""],
        ["", "", ""],
        ["№ п/п", "Зміст заходу", "Інформація про виконання"],
        ["1", "Приведення до вимог законодавства інформаційного наповнення офіційних Інтернет-сайтів", "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог постанови КМУ від 04.01.2002 № 3; протягом IV кварталу оновлено розділи «Регуляторна політика» та «Доступ до публічної інформації», розміщено 146 інформаційних матеріалів."],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "—"],
        ["3", "Веб-ресурс «Чернігівська громада»", "—"],
        ["4", "Інтернет-форум", "—"],
        ["5", "«Гаряча лінія» голови ОДА", "х"],
        ["6", "Консультації з громадськістю (постанова КМУ № 996)", "Проведено 3 консультації з громадськістю у формі публічних громадських обговорень: проект програми соціально-економічного розвитку району на 2013 рік (27.11.2012), проект районного бюджету на 2013 рік (05.12.2012), питання тарифів на вивезення твердих побутових відходів (14.11.2012)."],
        ["7", "Залучення представників ІГС до роботи дорадчо-консультативних органів", "До складу районної координаційної ради з питань розвитку підприємництва включено 2 представників громадських організацій (розпорядження голови РДА від 19.10.2012 № 402)."],
        ["8", "Введення голів комітетів Громадської ради до складу колегій", "—"],
        ["9", "Залучення членів громадських рад до обговорення проектів розпоряджень, програм, рішень", "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту районної програми підтримки сім'ї на 2013–2015 роки (засідання ради 22.11.2012)."],
        ["10", "Комісії (робочі групи) з питань відкритості у складі громадських рад", "Заходи не проводились"],
        ["11", "«Дні відкритих дверей»", "х"],
        ["12", "Громадські експертизи, антикорупційні експертизи", "Громадські антикорупційні експертизи у звітному періоді не проводились, запитів від інститутів громадянського суспільства не надходило."],
        ["13", "Навчальні семінари", ""],
        ["14", "Методичні посібники", ""],
        ["15", "Громадське обговорення виконання плану", "х"],
        ["16", "Надання інформації про виконання плану", "Інформацію надано листом від 12.12.2012 № 02-21/1987"],
    ]
    data = office(name, csv_sheet(rows), "xlsx")
    plain = ("Доброго дня!\n\nНа виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості "
             "діяльності виконавчої влади в області надсилаємо інформацію Бахмацької районної державної "
             "адміністрації (додається).\n\nДодаток: на 1 арк.\n\nЗ повагою\nзагальний відділ апарату Бахмацької РДА\n"
             "тел. (04635) 2-13-47\n")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)">\n</head>\n<body lang=UK link=blue vlink=purple>\n<div class=Section1>\n'
            + "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html_escape(l) if l else "&nbsp;") for l in plain.split("\n")[:-1])
            + '</div>\n</body>\n</html>\n')
    alt = multipart("alternative", bnd(name, "outlook", 1), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    att = blob(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\r\n\t" + p_2047("name", fname),
               disposition="attachment;\r\n\t" + p_2047("filename", fname))
    body = multipart("mixed", bnd(name, "outlook", 0), [alt, att], preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251"),
                  ew("Інформація про виконання плану заходів (Відкритий уряд)", "windows-1251"),
                  "Wed, 12 Dec 2012 15:07:44 +0200", "outlook2007",
                  extra=[("Thread-Index", "Ac3YaFb1" + h(name, "ti")[:16] + "==")])
    return message(hs, body), [fname]


# ---- ph02: Thunderbird 17, UTF-8 8bit flowed note, docx with only the owed measures
KEY = {
 "class": "placeholder", "executor": "su-osvita", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Word table of the seven owed measures only; row 7 says «не було», row 8 «—», row 12 «немає» (all placeholders). Rows 1, 2, 6 and 9 report work. The body is a two-line cover note.",
 "items": [{"measure": 1, "source": "Звіт_освіта_І_півріччя_2013.docx"},
           {"measure": 2, "source": "Звіт_освіта_І_півріччя_2013.docx"},
           {"measure": 6, "source": "Звіт_освіта_І_півріччя_2013.docx"},
           {"measure": 9, "source": "Звіт_освіта_І_півріччя_2013.docx"}],
}


@mail("ph02-osvita-docx", KEY)
def _():
    name = "ph02-osvita-docx"
    fname = "Звіт_освіта_І_півріччя_2013.docx"
    rows = [
        ("1", "Інформаційне наповнення офіційних сайтів", "На веб-сторінці управління на офіційному сайті облдержадміністрації оновлено розділи «Зовнішнє незалежне оцінювання» та «Оздоровлення дітей»; щотижня розміщуються новини (за півріччя — 212 матеріалів)."),
        ("2", "Рубрики на сайті ОДА", "У рубриці «Хід виконання цільових програм» розміщено звіт про виконання обласної програми «Шкільний автобус» за 2012 рік."),
        ("6", "Консультації з громадськістю", "Проведено електронні консультації щодо проекту Порядку проведення обласних учнівських олімпіад (з 11.03 по 11.04.2013, надійшло 17 пропозицій) та круглий стіл з батьківськими комітетами щодо організації харчування у школах (23.04.2013)."),
        ("7", "Дорадчо-консультативні органи", "не було"),
        ("8", "Колегії структурних підрозділів", "—"),
        ("9", "Громадське обговорення проектів", "Членів громадської ради при облдержадміністрації залучено до обговорення проекту обласної програми розвитку позашкільної освіти на 2013–2016 роки (засідання комітету з гуманітарних питань 16.05.2013)."),
        ("12", "Громадські експертизи", "немає"),
    ]
    tbl = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
    src = doc_html(
        '<p align="right">Додаток<br>до листа управління освіти і науки<br>від 12.06.2013 № 01-09/2214</p>\n'
        '<h3 align="center">Інформація<br>управління освіти і науки облдержадміністрації про виконання Плану заходів '
        'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації '
        'Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року</h3>\n'
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">\n'
        '<tr><th width="8%">№ пункту плану</th><th width="30%">Зміст заходу</th><th>Стан виконання</th></tr>\n'
        + tbl + '</table>\n<p>&nbsp;</p>\n<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В. П. Рябоконь</p>\n')
    data = office(name, src, "docx")
    plain = ("Добрий день!\n\nНадсилаю інформацію управління освіти і науки облдержадміністрації про виконання "
             "Плану заходів у рамках Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року.\n\n"
             "-- \nОксана Литвиненко, головний спеціаліст\nуправління освіти і науки\n(0462) 67-54-18\n")
    body = multipart("mixed", bnd(name, "tb"), [
        text(plain, "utf-8", "8bit", "text/plain; charset=UTF-8; format=flowed"),
        blob(data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n name="%s"' % ew(fname, "utf-8", "B", fold=" "),
             disposition="attachment;\r\n " + p_2231("filename", fname))],
        preamble="This is a multi-part message in MIME format.", ctfmt='%s; boundary="%s"%s')
    hs = envelope(name, addr("Управління освіти і науки", "osvita@example.gov.ua"),
                  ew("Звіт Відкритий уряд І півріччя 2013", "utf-8", "Q"),
                  "Thu, 13 Jun 2013 11:21:05 +0300", "tb17")
    return message(hs, body), [fname]


# ---- ph03: The Bat!, HTML-only body in koi8-u, sent at 23:47 on the deadline day
KEY = {
 "class": "placeholder", "executor": "rda-ripky", "period": 3, "late": False,
 "kind": "report", "reason": None,
 "note": "HTML-only body holding a 16-row table with «-», empty cells, «не було» (row 9) and a bare «Заходи не проводились» (row 7); rows 1, 6, 10 report work and row 12 names the denied expert reviews. Sent 13 minutes before the deadline ended.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
           {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("ph03-ripky-html", KEY)
def _():
    name = "ph03-ripky-html"
    rows = [
        ("1", "Офіційні Інтернет-сайти", "Сайт РДА працює, за ІІ півріччя розміщено 318 матеріалів, створено підрозділ &laquo;Публічна інформація&raquo; з переліком наборів даних."),
        ("2", "Рубрики на сайті ОДА", "-"), ("3", "Чернігівська громада", "-"), ("4", "Інтернет-форум", "-"),
        ("5", "Гаряча лінія", "-"),
        ("6", "Консультації з громадськістю", "2 громадські слухання: проект районного бюджету на 2014 рік (03.12.2013), схема санітарного очищення смт Ріпки (21.10.2013)."),
        ("7", "Дорадчо-консультативні органи", "Заходи не проводились"),
        ("8", "Колегії", "-"),
        ("9", "Обговорення проектів з членами громадських рад", "не було"),
        ("10", "Комісії з питань відкритості", "При громадській раді при РДА 24.09.2013 створено робочу групу з питань відкритості та прозорості діяльності райдержадміністрації (5 осіб)."),
        ("11", "Дні відкритих дверей", ""),
        ("12", "Громадські експертизи", "Громадських експертиз не проводилось."),
        ("13", "Навчальні семінари", ""), ("14", "Методичні посібники", ""), ("15", "Обговорення виконання плану", ""),
        ("16", "Інформація про виконання плану", "Надається щопівроку"),
    ]
    tbl = "".join('<TR>\r\n<TD align=center>%s</TD>\r\n<TD>%s</TD>\r\n<TD>%s</TD></TR>\r\n' % (a, b, c if c else "&nbsp;") for a, b, c in rows)
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\r\n<HTML><HEAD><TITLE></TITLE>\r\n'
            '<META http-equiv=Content-Type content="text/html; charset=koi8-u">\r\n<STYLE>BODY,TD {FONT-SIZE: 10pt; FONT-FAMILY: Arial}</STYLE>\r\n'
            '</HEAD>\r\n<BODY>\r\n<DIV>Доброго вечора.</DIV>\r\n<DIV>Ріпкинська РДА, інформація про виконання плану '
            '&laquo;Відкритий уряд&raquo; за ІІ півріччя 2013 р.</DIV>\r\n<DIV>&nbsp;</DIV>\r\n'
            '<TABLE border=1 cellSpacing=0 cellPadding=3>\r\n<TR><TD><B>&#8470;</B></TD><TD><B>Захід</B></TD><TD><B>Виконання</B></TD></TR>\r\n'
            + tbl + '</TABLE>\r\n<DIV>&nbsp;</DIV>\r\n<DIV>-- <BR>З повагою,<BR>Микола Олексієнко<BR>'
            'сектор з питань внутрішньої політики Ріпкинської РДА</DIV></BODY></HTML>\r\n')
    body = text(html, "koi8-u", "quoted-printable", "text/html; charset=koi8-u")
    hs = envelope(name, addr("Ripky RDA", "rda-ripky@example.gov.ua"),
                  ew("Звіт по плану Відкритий уряд - Ріпкинська РДА", "koi8-u", "B"),
                  "Sun, 15 Dec 2013 23:47:12 +0200", "bat5",
                  extra=[("Reply-To", "rda-ripky@example.gov.ua"), ("X-Priority", "3 (Normal)")])
    return message(hs, body), []


# ---- ph04: Outlook Express, windows-1251 8bit, rows pasted from Excel with tabs
KEY = {
 "class": "placeholder", "executor": "su-kultura", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Plain text pasted from Excel (tab-separated rows of the owed measures); row 2 has an empty cell, rows 7 and 9 «х», row 12 a bare «Не було». Only rows 1, 6 and 8 report work.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}],
}


@mail("ph04-kultura-text", KEY)
def _():
    name = "ph04-kultura-text"
    plain = ("Інформація управління культури і туризму облдержадміністрації щодо виконання Плану заходів "
             "(Відкритий уряд) станом на 14.12.2012\n\n"
             "№\tЗахід\tВиконання\n"
             "1\tПриведення сайтів до вимог законодавства\tНа веб-сторінці управління на офіційному сайті ОДА оновлено "
             "розділи «Заклади культури області» та «Туристичні маршрути», створено розділ «Афіша»; розміщено 58 матеріалів\n"
             "2\tРубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»\t\n"
             "6\tКонсультації з громадськістю\tПроведено громадське обговорення проекту Програми розвитку культури "
             "Чернігівщини на 2013-2017 роки (з 01.10 по 30.11.2012, надійшло 23 пропозиції)\n"
             "7\tДорадчо-консультативні органи\tх\n"
             "8\tГолови комітетів ГР у складі колегій\tДо складу колегії управління введено голову комітету з "
             "гуманітарних питань Громадської ради при облдержадміністрації (наказ від 22.10.2012 № 187)\n"
             "9\tОбговорення проектів з членами громадських рад\tх\n"
             "12\tГромадські експертизи\tНе було\n\n"
             "Виконавець: Савченко Л.М., 67-42-19\n")
    body = text(plain, "windows-1251", "8bit", 'text/plain;\r\n\tcharset="windows-1251"')
    hs = envelope(name, addr("Управління культури", "kultura@example.gov.ua", "windows-1251"),
                  ew("відкритий уряд - інформація", "windows-1251", "B"),
                  "Fri, 14 Dec 2012 16:52:30 +0200", "oe6")
    return message(hs, body), []


# ---- ph05: Thunderbird 17, UTF-8 base64 note, ods of all 16 rows: «не стосується», dashes, «х»
KEY = {
 "class": "placeholder", "executor": "rda-kozelets", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Calc sheet with all 16 rows: nine say «не стосується» (not applicable, no item), row 6 a bare «Заходи не проводились», row 7 «—», row 12 «х», row 16 empty. Rows 1, 9 and 10 report work (10: a working group already in place).",
 "items": [{"measure": 1, "source": "kozelets_rda_vidkr_uriad_1piv2013.ods"},
           {"measure": 9, "source": "kozelets_rda_vidkr_uriad_1piv2013.ods"},
           {"measure": 10, "source": "kozelets_rda_vidkr_uriad_1piv2013.ods"}],
}


@mail("ph05-kozelets-ods", KEY)
def _():
    name = "ph05-kozelets-ods"
    fname = "kozelets_rda_vidkr_uriad_1piv2013.ods"
    ns = "не стосується"
    rows = [
        ["№ з/п", "Найменування заходу", "Відповідальні", "Інформація про виконання"],
        ["1", "Інформаційне наповнення офіційних Інтернет-сайтів", "СП ОДА, РДА", "Офіційний веб-сайт Козелецької РДА наповнюється згідно з постановою КМУ від 04.01.2002 № 3; у І півріччі розміщено 204 матеріали, звіти про виконання районного бюджету — щомісяця."],
        ["2", "Рубрики на сайті облдержадміністрації", "СП ОДА", ns],
        ["3", "Веб-ресурс «Чернігівська громада»", "УВП, Громадська рада", ns],
        ["4", "Інтернет-форум", "УВП, Громадська рада", ns],
        ["5", "«Гаряча лінія» голови ОДА", "УВП, відділ звернень", ns],
        ["6", "Консультації з громадськістю", "СП ОДА, РДА", "Заходи не проводились"],
        ["7", "Дорадчо-консультативні органи", "СП ОДА, РДА", "—"],
        ["8", "Колегії структурних підрозділів", "СП ОДА", ns],
        ["9", "Громадське обговорення проектів", "СП ОДА, РДА", "Проект Програми розвитку малого підприємництва у Козелецькому районі на 2013–2014 роки обговорено на засіданні громадської ради при РДА 18.04.2013 (присутні 14 членів ради)."],
        ["10", "Комісії (робочі групи) з питань відкритості", "УВП, РДА", "Робоча група з питань відкритості та прозорості створена у складі громадської ради ще в жовтні 2012 р., у І півріччі 2013 р. проведено 2 її засідання."],
        ["11", "Дні відкритих дверей", "УВП", ns],
        ["12", "Громадські експертизи", "СП ОДА, РДА", "х"],
        ["13", "Навчальні семінари", "УВП, ЦППК", ns],
        ["14", "Методичні посібники", "УВП", ns],
        ["15", "Обговорення виконання плану", "УВП", ns],
        ["16", "Надання інформації", "СП ОДА, РДА", ""],
    ]
    data = office(name, csv_sheet(rows), "ods")
    plain = ("Звіт Козелецької РДА за І півріччя 2013 р. у вкладенні.\n\nВідділ організаційної роботи та зв'язків з громадськістю\nЮ. Гнатюк\n")
    body = multipart("mixed", bnd(name, "tb"), [
        text(plain, "utf-8", "base64", "text/plain; charset=UTF-8"),
        blob(data, 'application/vnd.oasis.opendocument.spreadsheet;\r\n name="%s"' % fname,
             disposition='attachment;\r\n filename="%s"' % fname)],
        preamble="This is a multi-part message in MIME format.", ctfmt='%s; boundary="%s"%s')
    hs = envelope(name, addr("Козелецька РДА", "rda-kozelets@example.gov.ua"),
                  ew("Відкритий уряд - Козелець", "utf-8", "B"),
                  "Fri, 14 Jun 2013 09:12:40 +0300", "tb17")
    return message(hs, body), [fname]


# ================================================================ 2. bottom_post

# ---- bp01: Thunderbird, "пише:" with "> ", answers below the quoted reminder
KEY = {
 "class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Thunderbird reply written below the whole quoted reminder (which lists items 6, 7, 12 and mentions item 16). The new text answers «Пункт 6/7/12» in order; 12 is a named denial (no expert reviews).",
 "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("bp01-nosivka-tb", KEY)
def _():
    name = "bp01-nosivka-tb"
    rem = reminder("Носівська районна державна адміністрація", "15.12.2012", "10.12.2012", [6, 7, 12])
    plain = ("10.12.2012 9:00, Управління з питань внутрішньої політики ОДА пише:\n" + quote(rem) + "\n"
             "Доброго дня.\n"
             "Надаємо інформацію Носівської РДА щодо зазначених пунктів.\n\n"
             "Пункт 6. 29 листопада 2012 року проведено публічне громадське обговорення проекту Програми "
             "соціально-економічного та культурного розвитку району на 2013 рік (взяли участь 38 осіб, надійшло "
             "9 пропозицій, 6 з них враховано).\n\n"
             "Пункт 7. Представників 4 громадських організацій (районна організація ветеранів, районна спілка "
             "підприємців \"Ділова Носівка\", ГО \"Молодь Носівщини\", районна організація Товариства Червоного Хреста) "
             "включено до складу районної ради з питань безпечної життєдіяльності населення та координаційної ради "
             "у справах молоді.\n\n"
             "Пункт 12. Запитів на проведення громадської експертизи діяльності РДА від інститутів громадянського "
             "суспільства не надходило, громадських експертиз не проводилось.\n\n"
             "-- \nІрина Шевчук\nголовний спеціаліст відділу організаційної роботи\nНосівська РДА, (04642) 2-14-83\n")
    body = text(plain, "utf-8", "quoted-printable", "text/plain; charset=UTF-8; format=flowed")
    hs = envelope(name, addr("Носівська РДА", "rda-nosivka@example.gov.ua"),
                  "Re: " + ew("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "utf-8", "B"),
                  "Tue, 11 Dec 2012 10:03:55 +0200", "tb17",
                  extra=[("In-Reply-To", "<zvit-reminder-p1-rda-nosivka-20121210@cg.ukrtel.net>"),
                         ("References", "<zvit-reminder-p1-rda-nosivka-20121210@cg.ukrtel.net>")])
    return message(hs, body), []


# ---- bp02: Outlook 2010 (Ukrainian), answers interleaved under the quoted items, plain+html
KEY = {
 "class": "bottom_post", "executor": "su-ekonomika", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Outlook «Від:/Надіслано:» reply with answers typed in blue under each quoted reminder item (2, 8, 12). Under item 8 stands only a bare «Не було.» (placeholder); 2 and 12 report work.",
 "items": [{"measure": 2, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("bp02-ekonomika-outlook", KEY)
def _():
    name = "bp02-ekonomika-outlook"
    ans = {
        2: "[ГУЕ]: У рубриці «Хід виконання цільових програм» розміщено зведену інформацію про виконання 41 обласної "
           "цільової програми за 2012 рік (оновлено 28.02.2013) та за І квартал 2013 року (оновлено 20.05.2013).",
        8: "[ГУЕ]: Не було.",
        12: "[ГУЕ]: Громадська антикорупційна експертиза проекту розпорядження голови облдержадміністрації «Про "
            "затвердження Регіональної програми розвитку малого і середнього підприємництва на 2013-2014 роки» проведена "
            "ГО «Центр економічних ініціатив» (висновок від 15.04.2013), 3 пропозиції враховано.",
    }
    head = ("Шановні колеги!\n\n"
            "Нагадуємо, що відповідно до пункту 16 " + PLAN_TITLE + " інформацію про його виконання необхідно надати "
            "до 15.06.2013 на адресу електронної пошти uvp@cg.ukrtel.net.\n\n"
            "Станом на 10.06.2013 від Головне управління економіки облдержадміністрації не надійшла інформація за "
            "звітний період щодо таких пунктів плану:\n")
    tail = ("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про "
            "виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у "
            "довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.\n\n"
            "Просимо дотримуватися встановленого терміну.\n\n"
            "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\n"
            "З повагою\n" + UVP_NAME + "\n")
    top = "Добрий день!\nВідповіді надаємо під відповідними пунктами (синім кольором).\n\nГоловне управління економіки ОДА\nвідділ стратегічного планування, Н. Гордієнко, 67-30-54\n"
    hdr = ("Від: Управління внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net] \nНадіслано: 10 червня 2013 р. 9:00\n"
           "Кому: ekonomika@example.gov.ua\nТема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n")
    plain = top + "\n" + hdr + "\n" + head
    for m in (2, 8, 12):
        plain += "\n  %d. %s\n\n%s\n" % (m, PLAN[m], ans[m])
    plain += "\n" + tail
    P = lambda s: '<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html_escape(s) if s else "&nbsp;")
    B = lambda s: '<p class=MsoNormal><b><span style=\'color:#1F497D\'>%s<o:p></o:p></span></b></p>\n' % html_escape(s)
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--\np.MsoNormal {margin:0cm;'
            'font-size:12.0pt;font-family:"Times New Roman","serif";}\n--></style></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
            + "".join(P(l) for l in top.split("\n")[:-1])
            + P("") + '<div><div style=\'border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
            + '<p class=MsoNormal><b><span style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'>Від:</span></b>'
              '<span style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'> Управління внутрішньої політики ОДА '
              '[mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 10 червня 2013 р. 9:00<br><b>Кому:</b> ekonomika@example.gov.ua<br>'
              '<b>Тема:</b> Нагадування: інформація про виконання Плану заходів (Відкритий уряд)<o:p></o:p></span></p></div></div>\n'
            + P("") + "".join(P(l) for l in head.split("\n")[:-1]))
    for m in (2, 8, 12):
        html += P("") + P("  %d. %s" % (m, PLAN[m])) + P("") + B(ans[m])
    html += P("") + "".join(P(l) for l in tail.split("\n")[:-1]) + "</div></body></html>\n"
    body = multipart("alternative", bnd(name, "outlook"), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    hs = envelope(name, addr("Головне управління економіки ОДА", "ekonomika@example.gov.ua", "windows-1251", "Q"),
                  ew("RE: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "windows-1251", "B"),
                  "Wed, 12 Jun 2013 14:35:10 +0300", "outlook2010",
                  extra=[("Thread-Index", "AQHOZcW" + h(name, "ti")[:20] + "A=="),
                         ("In-Reply-To", "<zvit-reminder-p2-su-ekonomika-20130610@cg.ukrtel.net>")])
    return message(hs, body), []


# ---- bp03: Roundcube web mail, <blockquote type="cite"> of the receipt, answer below it
KEY = {
 "class": "bottom_post", "executor": "rda-talalaivka", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Web-mail reply (plain+html) below a quoted receipt that itself lists recognised items 1, 6, 9 with excerpts and missing 7, 10, 12. New text: п. 7 done, п. 10 recommendation given (plus a promise), п. 12 «не стосується» (not an item).",
 "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail("bp03-talalaivka-webmail", KEY)
def _():
    name = "bp03-talalaivka-webmail"
    rc = receipt("07.12.2012", "Інформація Талалаївської РДА", "Талалаївська районна державна адміністрація", 1, "15.12.2012",
                 [(1, "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства, розміщено 88 матеріалів…"),
                  (6, "Проведено громадське обговорення проекту районного бюджету на 2013 рік (04.12.2012)…"),
                  (9, "Члени громадської ради при РДА залучені до обговорення проекту Програми розвитку освіти…")],
                 [7, 10, 12])
    new = ("Доповнюємо інформацію Талалаївської РДА:\n"
           "п. 7 – до складу районної комісії з питань захисту прав дитини та районної ради з питань сім'ї включено двох "
           "членів громадської ради при райдержадміністрації (розпорядження від 22.11.2012 № 311);\n"
           "п. 10 – громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості "
           "та прозорості (лист від 10.12.2012 № 01-20/1402), питання буде розглянуто на засіданні ради у січні 2013 року;\n"
           "п. 12 – не стосується.\n\n"
           "Л. Дрозд, відділ організаційно-кадрової роботи\n")
    plain = ("14.12.2012 08:05, uvp@cg.ukrtel.net wrote:\n" + quote(rc) + "\n" + new)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>14.12.2012 08:05, uvp@cg.ukrtel.net wrote:</p>\n'
            '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">\n'
            '<pre>' + html_escape(rc) + '</pre>\n</blockquote>\n'
            + html_paras(new) + '</body></html>\n')
    body = multipart("alternative", bnd(name, "web"), [
        text(plain, "utf-8", "quoted-printable", "text/plain; charset=UTF-8; format=flowed"),
        text(html, "utf-8", "quoted-printable", "text/html; charset=UTF-8")],
        ctfmt='%s;\r\n boundary="%s"%s')
    hs = envelope(name, addr(None, "rda-talalaivka@example.gov.ua"),
                  "Re: " + ew("Підтвердження отримання: Інформація Талалаївської РДА", "utf-8", "Q"),
                  "Fri, 14 Dec 2012 12:18:02 +0200", "roundcube",
                  extra=[("In-Reply-To", "<zvit-receipt-rda-talalaivka-20121207@cg.ukrtel.net>"),
                         ("X-Sender", "rda-talalaivka@example.gov.ua")])
    return message(hs, body), []


# ---- bp04: Outlook 2003 reply in Russian below "-----Original Message-----" / "От:", a day late
KEY = {
 "class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": True,
 "kind": "report", "reason": None,
 "note": "Russian text typed below an Outlook-quoted overdue reminder (items 1, 2, 6, 7, 8, 9, 12), received 17.06.2013. Reports pp. 1, 6, 9; «пп. 7, 8, 12 – информация будет предоставлена дополнительно» is a promise, item 2 is not answered.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail("bp04-zdorovia-outlook-ru", KEY)
def _():
    name = "bp04-zdorovia-outlook-ru"
    rem = reminder("Управління охорони здоров'я облдержадміністрації", "15.06.2013", "16.06.2013", [1, 2, 6, 7, 8, 9, 12], overdue=True)
    plain = ("\n\n-----Original Message-----\nОт: Управління внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net] \n"
             "Отправлено: 16 июня 2013 г. 9:00\nКому: zdorovia@example.gov.ua\n"
             "Тема: Нагадування: минув термін подання інформації (Відкритий уряд)\n\n" + rem + "\n\n"
             "Уважаемые коллеги!\n\nИнформация управления здравоохранения облгосадминистрации по Плану:\n\n"
             "п. 1 – на веб-странице управления на официальном сайте облгосадминистрации регулярно размещается "
             "информация о работе учреждений здравоохранения, в I полугодии размещено 96 материалов, обновлен раздел "
             "«Реформирование отрасли»;\n\n"
             "п. 6 – 21.03.2013 проведены консультации с общественностью по проекту областной программы «Здоровье "
             "Черниговщины» на 2013-2017 годы (приняли участие 27 представителей общественных организаций);\n\n"
             "п. 9 – члены общественного совета при облгосадминистрации привлечены к обсуждению проекта программы "
             "«Здоровье Черниговщины» (заседание комитета по социальным вопросам 02.04.2013);\n\n"
             "пп. 7, 8, 12 – информация будет предоставлена дополнительно.\n\n"
             "Извините за задержку.\n\nС уважением,\nЕ. Ковтун, сектор организационной работы\nУправление здравоохранения ОГА\n")
    body = text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"')
    hs = envelope(name, addr("Ковтун Елена", "zdorovia@example.gov.ua", "koi8-r", "B"),
                  "RE: " + ew("Нагадування: минув термін подання інформації (Відкритий уряд)", "windows-1251", "B"),
                  "Mon, 17 Jun 2013 10:14:27 +0300", "outlook2003",
                  extra=[("Thread-Index", "Ac5rN" + h(name, "ti")[:18] + "=="), ("Importance", "Normal")])
    return message(hs, body), []


# ---- bp05: The Bat!, koi8-u 8bit, "Ви писали", answer interleaved under quoted item 13
KEY = {
 "class": "bottom_post", "executor": "cppk", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "The Bat! reply in koi8-u quoting the reminder with «> »; the answer is typed right under the quoted item 13 (two seminars held; a third one is only planned), the rest of the quote left as it was.",
 "items": [{"measure": 13, "source": "body"}],
}


@mail("bp05-cppk-thebat", KEY)
def _():
    name = "bp05-cppk-thebat"
    rem = reminder("Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій",
                   "15.12.2012", "10.12.2012", [13])
    q = quote(rem)
    cut = q.index("> Для зручності")
    answer = ("\nУ IV кварталі 2012 р. Центром проведено 2 навчальні семінари \"Консультації з громадськістю: "
              "інструменти та практика\" для заступників керівників структурних підрозділів облдержадміністрації "
              "(22.11.2012, 19 осіб) та для спеціалістів райдержадміністрацій, які організовують консультації "
              "(06.12.2012, 24 особи). Ще один семінар заплановано на лютий 2013 року.\n\n")
    plain = ("Здравствуйте, Управління.\n\nВи писали 10 грудня 2012 р., 9:00:14:\n\n" + q[:cut] + answer + q[cut:]
             + "\n\n-- \nЗ повагою,\n Тамара Гребенюк, методист ЦППК\n mailto:cppk@example.gov.ua\n")
    body = text(plain, "koi8-u", "8bit", "text/plain; charset=koi8-u")
    hs = envelope(name, addr("Тамара Гребенюк", "cppk@example.gov.ua", "koi8-u", "B"),
                  "Re: " + ew("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "koi8-u", "B"),
                  "Thu, 13 Dec 2012 14:41:19 +0200", "bat3",
                  extra=[("Reply-To", "cppk@example.gov.ua"), ("Organization", "CPPK"),
                         ("In-Reply-To", "<zvit-reminder-p1-cppk-20121210@cg.ukrtel.net>")])
    return message(hs, body), []


# ================================================================ 3. not_report

# ---- nr01: Outlook Express, cp1251 QP, a question about what and how to report
KEY = {
 "class": "not_report", "executor": "rda-horodnia", "period": 1, "late": False,
 "kind": "not_report", "reason": "question",
 "note": "A district asks whether it must answer items 2 and 8 and in what form, and for which months; it names measures by number and subject but reports nothing.",
 "items": [],
}


@mail("nr01-horodnia-question", KEY)
def _():
    name = "nr01-horodnia-question"
    plain = ("Доброго дня!\n\n"
             "Підкажіть, будь ласка, чи потрібно райдержадміністраціям надавати інформацію по пунктах 2 та 8 Плану "
             "(рубрики на сайті ОДА, колегії структурних підрозділів), і в якій формі - таблицею чи листом?\n"
             "Також уточніть, чи звітуємо ми за весь 2012 рік чи лише з 10 вересня, коли план затверджено, "
             "і чи потрібно зазначати консультації з громадськістю, проведені селищною радою.\n\n"
             "Дякуємо.\n\n"
             "Олена Марченко\nвідділ організаційної роботи та з питань внутрішньої політики\n"
             "Городнянської райдержадміністрації\nтел. (04645) 2-11-36\n")
    body = text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"')
    hs = envelope(name, addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "windows-1251"),
                  ew("Питання щодо звіту по плану Відкритий уряд", "windows-1251", "B"),
                  "Mon, 3 Dec 2012 11:30:06 +0200", "oe6")
    return message(hs, body), []


# ---- nr02: Outlook 2010 meeting request (text/plain, text/html, text/calendar METHOD:REQUEST)
KEY = {
 "class": "not_report", "executor": "su-simia", "period": 2, "late": False,
 "kind": "not_report", "reason": "invitation",
 "note": "Outlook meeting request with a text/calendar part: an invitation to a round table on a draft youth programme with NGOs and public-council members — full of measure 6/9 words, but a future event, not work done.",
 "items": [],
}


@mail("nr02-simia-invitation", KEY)
def _():
    name = "nr02-simia-invitation"
    desc = ("Шановні колеги!\n\nУправління у справах сім'ї, молоді та спорту облдержадміністрації запрошує представника "
            "вашого управління взяти участь у круглому столі «Молодь і влада: відкритий діалог», який відбудеться "
            "24 травня 2013 року о 10:00 у малій залі облдержадміністрації (вул. Шевченка, 7).\n\n"
            "Планується обговорити проект Регіональної програми «Молодь Чернігівщини» на 2013-2017 роки з представниками "
            "молодіжних громадських організацій та членами громадської ради при облдержадміністрації.\n\n"
            "Просимо підтвердити участь до 22.05.2013.\n\nЗ повагою\nсектор молодіжної політики, тел. 67-28-12\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Exchange Server"></head><body>\n'
            '<!-- converted from text -->' + html_paras(desc) + '</body></html>\n')
    start, end = "20130524T100000", "20130524T123000"
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:FLE Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T040000\nTZOFFSETFROM:+0300\n"
           "TZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
           "DTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\n"
           "END:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\n"
           "ORGANIZER;CN=Управління у справах сім'ї, молоді та спорту:MAILTO:simia@example.gov.ua\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net\n"
           "DESCRIPTION;LANGUAGE=uk-UA:Запрошуємо взяти участь у круглому столі «Молодь і влада: відкритий діалог» щодо \n"
           " проекту Регіональної програми «Молодь Чернігівщини» на 2013-2017 роки.\n"
           "SUMMARY;LANGUAGE=uk-UA:Круглий стіл «Молодь і влада: відкритий діалог»\n"
           "DTSTART;TZID=FLE Standard Time:%s\nDTEND;TZID=FLE Standard Time:%s\n"
           "UID:040000008200E00074C5B7101A82E008000000003C8F" + h(name, "uid")[:24].upper() + "\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20130517T130511Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=uk-UA:Мала зала облдержадміністрації\n"
           "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nEND:VALARM\n"
           "END:VEVENT\nEND:VCALENDAR\n") % (start, end)
    body = multipart("alternative", bnd(name, "outlook"), [
        text(desc, "utf-8", "base64", 'text/plain; charset="utf-8"'),
        text(html, "utf-8", "base64", 'text/html; charset="utf-8"'),
        text(ics, "utf-8", "base64", 'text/calendar; charset="utf-8"; method=REQUEST')],
        ctfmt='%s;\r\n\tboundary="%s"%s')
    hs = envelope(name, addr("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua"),
                  ew("Круглий стіл «Молодь і влада: відкритий діалог»", "utf-8", "B"),
                  "Fri, 17 May 2013 16:05:11 +0300", "outlook2010",
                  extra=[("Thread-Topic", ew("Круглий стіл «Молодь і влада: відкритий діалог»", "utf-8", "B")),
                         ("Thread-Index", "Ac5TBb" + h(name, "ti")[:18] + "=="),
                         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, body), []


# ---- nr03: Windows Live Mail, koi8-r base64, a request in Russian to extend the deadline
KEY = {
 "class": "not_report", "executor": "su-zhkh", "period": 3, "late": False,
 "kind": "not_report", "reason": "extension_request",
 "note": "Russian request to move the deadline to 20.12.2013 because the collegium meets on 17.12; it names «коллегия» and public discussion of tariffs as things still to come.",
 "items": [],
}


@mail("nr03-zhkh-extension-ru", KEY)
def _():
    name = "nr03-zhkh-extension-ru"
    plain = ("Уважаемые коллеги!\n\n"
             "В связи с проведением 17.12.2013 заседания коллегии управления, на котором будет рассматриваться вопрос "
             "о привлечении общественности к обсуждению тарифов на жилищно-коммунальные услуги, просим продлить срок "
             "предоставления информации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности "
             "деятельности исполнительной власти в области до 20.12.2013.\n\n"
             "Заместитель начальника управления\nжилищно-коммунального хозяйства облгосадминистрации\n"
             "С.В. Мельник\nтел. 67-51-40\n")
    body = text(plain, "koi8-r", "base64", 'text/plain;\r\n\tformat=flowed;\r\n\tcharset="koi8-r";\r\n\treply-type=original')
    hs = envelope(name, addr("УЖКХ", "zhkh@example.gov.ua", "koi8-r"),
                  ew("О продлении срока", "koi8-r", "B"),
                  "Thu, 12 Dec 2013 17:20:45 +0200", "wlm")
    return message(hs, body), []


# ---- nr04: Thunderbird, UTF-8 QP, a promise to send the information later (in the grace days)
KEY = {
 "class": "not_report", "executor": "rda-mena", "period": 1, "late": True,
 "kind": "not_report", "reason": "promise",
 "note": "Sent on 16.12.2012 (grace day): the information «буде надано до 19.12.2012» because the responsible clerk is ill. Nothing reported; late only by its date.",
 "items": [],
}


@mail("nr04-mena-promise", KEY)
def _():
    name = "nr04-mena-promise"
    plain = ("Шановні колеги!\n\n"
             "Повідомляємо, що інформацію Менської райдержадміністрації про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
             "«Партнерство „Відкритий уряд“» буде надано до 19.12.2012 у зв'язку з тим, що відповідальний спеціаліст "
             "перебуває на лікарняному.\n\nПросимо вибачення за затримку.\n\n"
             "-- \nЧергова загального відділу\nМенська РДА\n")
    body = text(plain, "utf-8", "quoted-printable", "text/plain; charset=UTF-8; format=flowed")
    hs = envelope(name, addr("Менська РДА", "rda-mena@example.gov.ua"),
                  ew("Відкритий уряд - Мена", "utf-8", "B"),
                  "Sun, 16 Dec 2012 20:14:03 +0200", "tb10")
    return message(hs, body), []


# ---- nr05: iPhone Mail, top-posted thanks above a quoted receipt that recognised item 15
KEY = {
 "class": "not_report", "executor": "ogp-coordinator", "period": 1, "late": False,
 "kind": "not_report", "reason": "thanks",
 "note": "Two lines of thanks from a phone above the full quoted receipt; the quote recognises item 15 with an excerpt about a public discussion, which is earlier mail, not new text.",
 "items": [],
}


@mail("nr05-ogp-thanks", KEY)
def _():
    name = "nr05-ogp-thanks"
    rc = receipt("10.12.2012", "Громадське обговорення виконання плану", "Регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області",
                 1, "15.12.2012",
                 [(15, "06.12.2012 у Чернігівському обласному молодіжному центрі проведено громадське обговорення виконання плану заходів…")],
                 [])
    plain = ("Дякую, отримали! Гарного дня.\n\nНадіслано з iPhone\n\n"
             "11.12.2012 о 17:40 uvp@cg.ukrtel.net написав(ла):\n\n" + quote(rc))
    body = text(plain, "utf-8", "quoted-printable", "text/plain;\r\n\tcharset=utf-8")
    hs = envelope(name, addr("Андрій Литвин", "ogp-coordinator@example.org.ua"),
                  "Re: " + ew("Підтвердження отримання листа", "utf-8", "Q"),
                  "Tue, 11 Dec 2012 18:02:36 +0200", "iphone",
                  extra=[("In-Reply-To", "<zvit-receipt-ogp-coordinator-20121210@cg.ukrtel.net>")])
    return message(hs, body), []


# ================================================================ 4. ranges

# ---- rg01: Outlook 2007, xls whose number cells read «1–2», «6–9», «12»
KEY = {
 "class": "ranges", "executor": "su-apk", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Excel 97 sheet with three rows whose number cells are «1–2», «6–9» and «12»; each range is answered as one block, so every measure in it counts; row 12 is «х».",
 "items": [{"measure": 1, "source": "ГУАПР_Відкритий уряд_І півр.xls"},
           {"measure": 2, "source": "ГУАПР_Відкритий уряд_І півр.xls"},
           {"measure": 6, "source": "ГУАПР_Відкритий уряд_І півр.xls"},
           {"measure": 7, "source": "ГУАПР_Відкритий уряд_І півр.xls"},
           {"measure": 8, "source": "ГУАПР_Відкритий уряд_І півр.xls"},
           {"measure": 9, "source": "ГУАПР_Відкритий уряд_І півр.xls"}],
}


@mail("rg01-apk-xls", KEY)
def _():
    name = "rg01-apk-xls"
    fname = "ГУАПР_Відкритий уряд_І півр.xls"
    rows = [
        ["Головне управління агропромислового розвитку облдержадміністрації", ""],
        ["Інформація про виконання Плану заходів «Відкритий уряд» за січень – травень 2013 р.", ""],
        ["№ пункту Плану", "Стан виконання"],
        ["1–2", "На веб-сторінці головного управління на офіційному сайті облдержадміністрації за 5 місяців розміщено 87 матеріалів; у рубриці «Хід виконання цільових програм» оновлено інформацію щодо Програми розвитку сільськогосподарської дорадчої служби та Програми підтримки тваринництва (станом на 01.04.2013)."],
        ["6–9", "Проведено 2 консультації з громадськістю (проект Програми розвитку овочівництва, 14.02.2013 — 23 учасники; закупівельні ціни на молоко, 19.04.2013 — 31 учасник). Голова комітету з питань АПК громадської ради входить до складу колегії головного управління та до обласної координаційної ради з питань агропромислового комплексу; члени громадської ради брали участь в обговоренні проекту Програми розвитку овочівництва."],
        ["12", "х"],
    ]
    data = office(name, csv_sheet(rows), "xls")
    plain = ("Добрий день!\n\nНа виконання п. 16 Плану заходів надсилаємо інформацію головного управління "
             "агропромислового розвитку облдержадміністрації.\n\nДодаток: на 1 арк. в 1 прим.\n\n"
             "З повагою\nВ. Зінченко\nГоловне управління агропромислового розвитку\nтел. (0462) 67-13-88\n")
    body = multipart("mixed", bnd(name, "outlook"), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        blob(data, "application/vnd.ms-excel;\r\n\t" + p_2047("name", fname),
             disposition="attachment;\r\n\t" + p_2047("filename", fname))],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("Зінченко Віктор", "apk@example.gov.ua", "windows-1251"),
                  ew("Відкритий уряд ГУАПР", "windows-1251", "B"),
                  "Tue, 11 Jun 2013 08:55:31 +0300", "outlook2007",
                  extra=[("Thread-Index", "Ac5mV" + h(name, "ti")[:18] + "==")])
    return message(hs, body), [fname]


# ---- rg02: Opera Mail, UTF-8 QP, «пп. 6-9, 12» as one paragraph, date ranges and counts around
KEY = {
 "class": "ranges", "executor": "rda-shchors", "period": 3, "late": False,
 "kind": "report", "reason": None,
 "note": "Plain body with «п. 1», «пп. 6-9, 12» and «п. 10»; the range block counts 6, 7, 8, 9 and 12 (8 too, though a district does not owe it). Dates «з 01.07 по 30.11.2013» and counts «4», «11 осіб» stand around.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
           {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
           {"measure": 12, "source": "body"}],
}


@mail("rg02-shchors-body", KEY)
def _():
    name = "rg02-shchors-body"
    plain = ("Інформація Щорської РДА про виконання плану заходів «Відкритий уряд» за ІІ півріччя 2013 року.\n\n"
             "п. 1 – офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства, "
             "з 01.07 по 30.11.2013 розміщено 173 матеріали, з них 12 – проекти розпоряджень.\n\n"
             "пп. 6-9, 12 – протягом ІІ півріччя проведено 4 консультації з громадськістю (публічні обговорення "
             "проектів рішень про районний бюджет на 2014 рік, тарифи на водопостачання, схему розміщення тимчасових "
             "споруд), члени громадської ради при РДА (11 осіб) залучались до обговорення проектів розпоряджень голови "
             "РДА та до роботи районної комісії з питань ТЕБ і НС; громадських експертиз не проводилось.\n\n"
             "п. 10 – робоча група з питань відкритості та прозорості при громадській раді працює з березня 2013 р., "
             "проведено 3 засідання.\n\n"
             "Начальник відділу з питань внутрішньої політики,\nзв'язків зі ЗМІ та громадськістю Щорської РДА\n"
             "О. В. Бабич\n")
    body = text(plain, "utf-8", "quoted-printable", "text/plain; charset=utf-8")
    hs = envelope(name, addr("Щорська РДА", "rda-shchors@example.gov.ua"),
                  ew("Інформація про виконання плану заходів Відкритий уряд", "utf-8", "B"),
                  "Wed, 11 Dec 2013 13:07:58 +0200", "opera")
    return message(hs, body), []


# ---- rg03: Outlook 2007, docx letter: «П.п. 1, 6 – 9.» and «З 10 по 12.»
KEY = {
 "class": "ranges", "executor": "rda-borzna", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Official letter in docx with an outgoing number; paragraphs open «П.п. 1, 6 – 9.» and «З 10 по 12.», so 8 and 11 count too though the district owes neither. The cover body only says «надсилаємо інформацію».",
 "items": [{"measure": 1, "source": "Інформація відкритий уряд Борзна.docx"},
           {"measure": 6, "source": "Інформація відкритий уряд Борзна.docx"},
           {"measure": 7, "source": "Інформація відкритий уряд Борзна.docx"},
           {"measure": 8, "source": "Інформація відкритий уряд Борзна.docx"},
           {"measure": 9, "source": "Інформація відкритий уряд Борзна.docx"},
           {"measure": 10, "source": "Інформація відкритий уряд Борзна.docx"},
           {"measure": 11, "source": "Інформація відкритий уряд Борзна.docx"},
           {"measure": 12, "source": "Інформація відкритий уряд Борзна.docx"}],
}


@mail("rg03-borzna-docx", KEY)
def _():
    name = "rg03-borzna-docx"
    fname = "Інформація відкритий уряд Борзна.docx"
    src = doc_html(
        '<p align="center"><b>УКРАЇНА<br>БОРЗНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>'
        'вул. Незалежності, 5, м. Борзна, 16400, тел. (04653) 2-15-41</p>\n<hr>\n'
        '<p>07.06.2013 № 01-18/744</p>\n'
        '<p align="right">Управління з питань внутрішньої політики<br>та зв\'язків з громадськістю<br>облдержадміністрації</p>\n'
        '<p>На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
        'у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації '
        '10.09.2012, інформуємо.</p>\n'
        '<p>П.п. 1, 6 – 9. З метою забезпечення відкритості діяльності райдержадміністрації на офіційному веб-сайті '
        'розміщено 164 матеріали, звіти про виконання районних програм; проведено 3 громадські обговорення (проекту '
        'Програми розвитку фізичної культури і спорту, проекту рішення про встановлення місцевих податків, питання '
        'реорганізації ФАПів); 2 представників громадськості включено до складу районної комісії з питань '
        'забезпечення житлом; члени громадської ради при РДА брали участь в обговоренні проектів розпоряджень.</p>\n'
        '<p>З 10 по 12. Рекомендацію щодо утворення у складі громадської ради робочої групи з питань відкритості '
        'надано (лист від 14.02.2013 № 01-18/215); громадська антикорупційна експертиза проекту розпорядження «Про '
        'затвердження Порядку надання матеріальної допомоги» проведена ГО «Борзна-Правозахист» у квітні 2013 року, '
        '2 зауваження враховано.</p>\n'
        '<p>&nbsp;</p>\n<p>Перший заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
        'Г. М. Шевчик</p>\n<p>&nbsp;</p>\n<p><small>Литвин 2-13-09</small></p>\n', "Лист")
    data = office(name, src, "docx")
    plain = "Надсилаємо інформацію Борзнянської РДА про виконання Плану заходів (додаток на 2 арк.).\n\nЗагальний відділ Борзнянської РДА\n"
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)"></head><body lang=UK>'
            '<div class=Section1>' + "".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (html_escape(l) or "&nbsp;") for l in plain.split("\n")[:-1])
            + '</div></body></html>\n')
    alt = multipart("alternative", bnd(name, "outlook", 1), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    body = multipart("mixed", bnd(name, "outlook", 0), [
        alt,
        blob(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n\t" + p_2047("name", fname),
             disposition="attachment;\r\n\t" + p_2047("filename", fname))],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251"),
                  ew("Інформація на виконання Плану заходів (Відкритий уряд)", "windows-1251", "B"),
                  "Mon, 10 Jun 2013 16:40:12 +0300", "outlook2007",
                  extra=[("Thread-Index", "Ac5l" + h(name, "ti")[:20] + "==")])
    return message(hs, body), [fname]


# ---- rg04: Outlook Express, Russian in koi8-r QP: «По пунктам 1, 2», «Пп. 6-9», «по п. 12»
KEY = {
 "class": "ranges", "executor": "su-finansy", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Russian body in koi8-r: «По пунктам 1, 2:», «Пп. 6-9:», «По пункту 12 –» (a named denial: no anti-corruption review). Order numbers and dates («приказ от 01.11.2012 № 96», «24 участника») stand in the text.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
           {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
           {"measure": 12, "source": "body"}],
}


@mail("rg04-finansy-ru", KEY)
def _():
    name = "rg04-finansy-ru"
    plain = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
             "Главное финансовое управление облгосадминистрации сообщает о выполнении Плана мероприятий "
             "(Открытое правительство).\n\n"
             "По пунктам 1, 2: на веб-странице управления на официальном сайте облгосадминистрации ежемесячно "
             "размещается информация об исполнении областного бюджета, создана рубрика \"Исполнение местных бюджетов "
             "Черниговской области\" (обновлено 01.12.2012).\n\n"
             "Пп. 6-9: 20.11.2012 проведено публичное обсуждение проекта областного бюджета на 2013 год с участием "
             "членов общественного совета при облгосадминистрации (24 участника, 11 предложений); председатель комитета "
             "по бюджету общественного совета введен в состав коллегии управления (приказ от 01.11.2012 N 96).\n\n"
             "По пункту 12 - общественная антикоррупционная экспертиза проектов нормативных актов управления не "
             "проводилась, обращений не поступало.\n\n"
             "Заместитель начальника управления\nЛ.И. Руденко\n")
    body = text(plain, "koi8-r", "quoted-printable", 'text/plain;\r\n\tcharset="koi8-r"')
    hs = envelope(name, addr("Финуправление", "finansy@example.gov.ua", "koi8-r"),
                  ew("Информация ГФУ (Открытое правительство)", "koi8-r", "B"),
                  "Thu, 13 Dec 2012 09:44:50 +0200", "oe6")
    return message(hs, body), []


# ---- rg05: Thunderbird 10, odt named in RFC 2231: «Пункти 7 і 9», «Пункти 10, 12 – заходи не проводились»
KEY = {
 "class": "ranges", "executor": "rda-sribne", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Writer document: «Пункт 1.», «Пункти 7 і 9.», «Пункт 6.» report work; «Пункти 10, 12 – заходи не проводились.» is a bare negation with no object, so it counts for neither. The period «з 10.09.2012 по 05.12.2012» and «25–26 жовтня» are dates, not items.",
 "items": [{"measure": 1, "source": "Срібне_інформація_грудень.odt"},
           {"measure": 6, "source": "Срібне_інформація_грудень.odt"},
           {"measure": 7, "source": "Срібне_інформація_грудень.odt"},
           {"measure": 9, "source": "Срібне_інформація_грудень.odt"}],
}


@mail("rg05-sribne-odt", KEY)
def _():
    name = "rg05-sribne-odt"
    fname = "Срібне_інформація_грудень.odt"
    src = doc_html(
        '<p align="center"><b>Інформація<br>Срібнянської райдержадміністрації про виконання Плану заходів з підвищення '
        'рівня відкритості та прозорості діяльності виконавчої влади в області за період з 10.09.2012 по 05.12.2012</b></p>\n'
        '<p>Пункт 1. Офіційний веб-сайт райдержадміністрації наповнюється відповідно до Закону України «Про доступ до '
        'публічної інформації», розміщено 64 матеріали, створено розділ «Звіти про виконання програм».</p>\n'
        '<p>Пункти 7 і 9. До складу районної ради з питань соціального захисту населення включено 3 представників '
        'громадськості (розпорядження від 12.10.2012 № 217), 2 з них — члени громадської ради при РДА; члени громадської '
        'ради взяли участь в обговоренні проекту програми «Питна вода Срібнянщини» на 2013–2020 роки (25–26 жовтня 2012 р.).</p>\n'
        '<p>Пункт 6. Консультації з громадськістю: проведено 2 громадські слухання (11.10.2012 та 29.11.2012), '
        'загалом 57 учасників.</p>\n'
        '<p>Пункти 10, 12 – заходи не проводились.</p>\n'
        '<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Т. О. Гузь</p>\n', "Інформація")
    data = office(name, src, "odt")
    plain = "Доброго дня, інформація Срібнянської РДА у вкладенні.\nЗ повагою, Ганна Лисенко\n"
    body = multipart("mixed", bnd(name, "tb"), [
        text(plain, "utf-8", "8bit", "text/plain; charset=UTF-8; format=flowed"),
        blob(data, "application/vnd.oasis.opendocument.text;\r\n " + p_2231("name", fname),
             disposition="attachment;\r\n " + p_2231("filename", fname))],
        preamble="This is a multi-part message in MIME format.", ctfmt='%s; boundary="%s"%s')
    hs = envelope(name, addr("Срібнянська РДА", "rda-sribne@example.gov.ua"),
                  ew("інформація Відкритий уряд", "utf-8", "B"),
                  "Fri, 7 Dec 2012 15:25:36 +0200", "tb10")
    return message(hs, body), [fname]


# ================================================================ 5. prose

# ---- pr01: Outlook 2003, short cp1251 note, a PDF letter (text layer) with no measure numbers
KEY = {
 "class": "prose", "executor": "su-mistobuduvannia", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Official letter as PDF with an outgoing number but no plan numbers: the web page (1); one paragraph covering public hearings on a draft scheme (6) and public-council members discussing a draft programme (9); the collegium (8); a named denial of anti-corruption reviews (12). «протокол розміщено на сайті» inside the hearings paragraph is a passing mention.",
 "items": [{"measure": 1, "source": "Лист_УМА_10.12.2012.pdf"}, {"measure": 6, "source": "Лист_УМА_10.12.2012.pdf"},
           {"measure": 8, "source": "Лист_УМА_10.12.2012.pdf"}, {"measure": 9, "source": "Лист_УМА_10.12.2012.pdf"},
           {"measure": 12, "source": "Лист_УМА_10.12.2012.pdf"}],
}


@mail("pr01-mistobuduvannia-pdf", KEY)
def _():
    name = "pr01-mistobuduvannia-pdf"
    fname = "Лист_УМА_10.12.2012.pdf"
    src = doc_html(
        '<p align="center"><b>ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>УПРАВЛІННЯ МІСТОБУДУВАННЯ ТА АРХІТЕКТУРИ</b><br>'
        '<small>просп. Миру, 14, м. Чернігів, 14000, тел. 67-40-12, e-mail: mistobuduvannia@example.gov.ua</small></p>\n<hr>\n'
        '<p>10.12.2012 № 03-07/912</p>\n'
        '<p align="right">Начальнику управління з питань<br>внутрішньої політики та зв\'язків<br>з громадськістю облдержадміністрації<br>'
        'Петренку О. Г.</p>\n'
        '<p>Щодо виконання Плану заходів</p>\n'
        '<p>Управління містобудування та архітектури облдержадміністрації на виконання Плану заходів з підвищення '
        'рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
        '«Партнерство „Відкритий уряд“» повідомляє.</p>\n'
        '<p>Веб-сторінка управління на офіційному сайті облдержадміністрації наповнюється відповідно до вимог Закону '
        'України «Про доступ до публічної інформації»: розміщено містобудівну документацію (схеми планування територій '
        'районів), реєстр виданих містобудівних умов та обмежень, оновлено контактну інформацію посадових осіб.</p>\n'
        '<p>30 листопада 2012 року в управлінні проведено громадські слухання щодо проекту Схеми планування території '
        'Чернігівської області (участь взяли 41 особа), пропозиції громадськості узагальнено, протокол розміщено на сайті; '
        'до обговорення проекту обласної програми розроблення містобудівної документації на 2013–2015 роки залучено '
        'членів громадської ради при облдержадміністрації (засідання комітету з питань будівництва 04.12.2012).</p>\n'
        '<p>До складу колегії управління введено голову комітету з питань будівництва та житлово-комунального '
        'господарства Громадської ради при облдержадміністрації Кравця В. П.; відповідні зміни до Положення про '
        'управління погоджено з юридичним відділом апарату облдержадміністрації.</p>\n'
        '<p>Громадських антикорупційних експертиз проектів наказів управління у звітному періоді не проводилось, '
        'запитів від громадських організацій не надходило.</p>\n'
        '<p>&nbsp;</p>\n<p>Начальник управління — головний архітектор області&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; С. М. Гавриш</p>\n'
        '<p>&nbsp;</p>\n<p><small>Мороз 67-40-19</small></p>\n', "Лист")
    data = office(name, src, "pdf")
    plain = "Надсилаємо лист управління містобудування та архітектури від 10.12.2012 № 03-07/912.\n\nЗагальний відділ УМА\n"
    body = multipart("mixed", bnd(name, "outlook"), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        blob(data, "application/pdf;\r\n\t" + p_2047("name", fname),
             disposition="attachment;\r\n\t" + p_2047("filename", fname))],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("УМА ОДА", "mistobuduvannia@example.gov.ua", "windows-1251"),
                  ew("Лист від 10.12.2012 № 03-07/912", "windows-1251", "B"),
                  "Mon, 10 Dec 2012 12:11:09 +0200", "outlook2003",
                  extra=[("Thread-Index", "Ac3WwF" + h(name, "ti")[:18] + "==")])
    return message(hs, body), [fname]


# ---- pr02: Outlook 2010, docx with subject headings, Q-encoded file name
KEY = {
 "class": "prose", "executor": "rda-korop", "period": 3, "late": False,
 "kind": "report", "reason": None,
 "note": "Word document with four subject headings and no numbers: site (1); consultations (6, with a passing «звіти розміщено на сайті»); one «public council» paragraph covering discussions of draft orders (9) and seats on district commissions (7); a named denial of public expert reviews (12).",
 "items": [{"measure": 1, "source": "Відкритий уряд_Короп_ІІ півріччя.docx"},
           {"measure": 6, "source": "Відкритий уряд_Короп_ІІ півріччя.docx"},
           {"measure": 7, "source": "Відкритий уряд_Короп_ІІ півріччя.docx"},
           {"measure": 9, "source": "Відкритий уряд_Короп_ІІ півріччя.docx"},
           {"measure": 12, "source": "Відкритий уряд_Короп_ІІ півріччя.docx"}],
}


@mail("pr02-korop-docx", KEY)
def _():
    name = "pr02-korop-docx"
    fname = "Відкритий уряд_Короп_ІІ півріччя.docx"
    src = doc_html(
        '<p align="center"><b>ІНФОРМАЦІЯ<br>Коропської районної державної адміністрації щодо підвищення рівня відкритості '
        'та прозорості діяльності у ІІ півріччі 2013 року</b></p>\n'
        '<h3>Робота офіційного веб-сайту</h3>\n'
        '<p>Офіційний веб-сайт райдержадміністрації у ІІ півріччі переведено на нову систему керування вмістом; '
        'розділи «Публічна інформація», «Регуляторна діяльність» та «Звернення громадян» приведено у відповідність до '
        'вимог законодавства, розміщено 226 матеріалів.</p>\n'
        '<h3>Консультації з громадськістю</h3>\n'
        '<p>Проведено три консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2014 рік, '
        'електронні консультації щодо Програми благоустрою населених пунктів району та зустріч з підприємцями щодо '
        'розміщення торговельних місць. За результатами обговорень враховано 7 пропозицій, звіти розміщено на сайті '
        'райдержадміністрації.</p>\n'
        '<h3>Робота громадської ради</h3>\n'
        '<p>Громадська рада при райдержадміністрації (19 членів) провела чотири засідання. Члени ради залучалися до '
        'обговорення проектів розпоряджень голови райдержадміністрації щодо організації громадських робіт та '
        'оздоровлення дітей, а також входять до складу районної комісії з питань техногенно-екологічної безпеки і '
        'надзвичайних ситуацій та координаційної ради з питань протидії ВІЛ-інфекції/СНІДу.</p>\n'
        '<h3>Громадські експертизи</h3>\n'
        '<p>Громадських експертиз діяльності райдержадміністрації у ІІ півріччі 2013 року не проводилось.</p>\n'
        '<p>&nbsp;</p><p>Керівник апарату&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В. І. Назаренко</p>\n', "Інформація")
    data = office(name, src, "docx")
    plain = "Добрий день!\n\nНадсилаємо інформацію Коропської РДА за ІІ півріччя 2013 року.\n\nЗ повагою\nсектор організаційної роботи\n"
    body = multipart("mixed", bnd(name, "outlook"), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        blob(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n\t" + p_2047("name", fname, mode="Q"),
             disposition="attachment;\r\n\t" + p_2047("filename", fname, mode="Q"))],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251", "Q"),
                  ew("Відкритий уряд - Коропська РДА", "windows-1251", "Q"),
                  "Tue, 10 Dec 2013 10:20:30 +0200", "outlook2010",
                  extra=[("Thread-Index", "Ac71" + h(name, "ti")[:20] + "==")])
    return message(hs, body), [fname]


# ---- pr03: UVP itself reports, HTML-only UTF-8 base64 body with subject headings
KEY = {
 "class": "prose", "executor": "uvp", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "The coordinating office reports on its own measures from its executor address: one paragraph covers the web resource and its forum (3 and 4); hot line (5); a recommendation letter to public councils (10); an Open Door Day (11); a guide written and sent to print (14). Seminars «проводитимуться» in February: a plan, so 13 does not count.",
 "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}, {"measure": 5, "source": "body"},
           {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"}, {"measure": 14, "source": "body"}],
}


@mail("pr03-uvp-html", KEY)
def _():
    name = "pr03-uvp-html"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family: Arial; font-size: 13px">\n'
            '<p>Інформація управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації '
            'щодо виконання Плану заходів у IV кварталі 2012 року (для зведеного звіту)</p>\n'
            '<p><b>Веб-ресурс «Чернігівська громада»</b><br>\n'
            'Спільно з громадською радою при облдержадміністрації 15 листопада 2012 року запущено веб-ресурс «Чернігівська '
            'громада» (gromada.cg.example.org.ua); на ньому відкрито розділ інтернет-форуму для обговорення питань '
            'життєдіяльності області, зареєстровано 57 учасників, створено 14 тем.</p>\n'
            '<p><b>«Гаряча лінія»</b><br>\n'
            'Забезпечено роботу «гарячої лінії» голови облдержадміністрації: за IV квартал надійшло 1 214 звернень, '
            '83 % з них вирішено позитивно або надано роз\'яснення.</p>\n'
            '<p><b>Громадські ради</b><br>\n'
            'Громадським радам при райдержадміністраціях рекомендовано створити у своєму складі робочі групи з питань '
            'відкритості та прозорості діяльності органу влади (лист від 02.10.2012 № 05-12/1437).</p>\n'
            '<p><b>День відкритих дверей</b><br>\n'
            '29 листопада 2012 року для представників ЗМІ та громадських організацій проведено День відкритих дверей '
            'в управлінні (22 учасники), презентовано напрями роботи відділів.</p>\n'
            '<p><b>Навчання</b><br>\n'
            'Методичний посібник «Консультації з громадськістю: покроковий порадник» підготовлено і передано до друку, '
            'поширення серед структурних підрозділів — у січні 2013 року. Навчальні семінари для заступників керівників '
            'структурних підрозділів проводитимуться спільно з Центром перепідготовки та підвищення кваліфікації у лютому '
            '2013 року.</p>\n'
            '<p>Відділ зв\'язків з громадськістю<br>\nІ. Кириленко</p>\n</body></html>\n')
    body = text(html, "utf-8", "base64", "text/html; charset=utf-8")
    hs = envelope(name, addr("Кириленко Ірина", "uvp-info@example.gov.ua"),
                  ew("Інформація УВП до зведеного звіту (IV кв. 2012)", "utf-8", "B"),
                  "Fri, 14 Dec 2012 17:35:50 +0200", "roundcube")
    return message(hs, body), []


# ---- pr04: Outlook Express, cp1251 8bit, sloppy lower-case prose
KEY = {
 "class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Sloppy lower-case body without numbers: one sentence covers consultations on a draft programme (6) and public-council members in the discussion of that draft and a draft order (9); the collegium (8); «громадських експертиз не проводилось» (12). «результати ... розміщено на сайті» is a passing mention, so no item 1.",
 "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
           {"measure": 12, "source": "body"}],
}


@mail("pr04-sotszakhyst-plain", KEY)
def _():
    name = "pr04-sotszakhyst-plain"
    plain = ("добрий день. інформація по відкритому уряду від управління праці та соцзахисту\n\n"
             "за півріччя проведено консультації з громадськістю по проекту регіональної програми соціальної підтримки "
             "малозабезпечених верств населення на 2013-2015 роки, члени громадської ради (комітет соц питань) приймали "
             "участь в обговоренні проекту цієї програми та проекту розпорядження про порядок надання одноразової "
             "допомоги, результати обговорення розміщено на сайті облдержадміністрації\n"
             "також до складу колегії управління в березні ввели голову комітету з соцпитань громадської ради "
             "Гончаренко Н.В.\n"
             "громадських експертиз не проводилось\n\n"
             "з повагою Тетяна\nвідділ організаційної роботи\n")
    body = text(plain, "windows-1251", "8bit", 'text/plain;\r\n\tcharset="windows-1251"')
    hs = envelope(name, addr("Tetiana", "sotszakhyst@example.gov.ua"),
                  ew("відкритий уряд", "windows-1251", "B"),
                  "Fri, 31 May 2013 15:02:11 +0300", "oe6")
    return message(hs, body), []


# ---- pr05: Thunderbird 24, UTF-8 plain+html note, odt of prose paragraphs
KEY = {
 "class": "prose", "executor": "rda-varva", "period": 3, "late": False,
 "kind": "report", "reason": None,
 "note": "Writer document of four plain paragraphs: site (1); a public council that set up a working group on openness on the district's recommendation (10); council members on two district bodies (7); «Консультацій з громадськістю ... не проводилось» — a denial named by the plan's word (6).",
 "items": [{"measure": 1, "source": "varva_info_gruden_2013.odt"}, {"measure": 6, "source": "varva_info_gruden_2013.odt"},
           {"measure": 7, "source": "varva_info_gruden_2013.odt"}, {"measure": 10, "source": "varva_info_gruden_2013.odt"}],
}


@mail("pr05-varva-odt", KEY)
def _():
    name = "pr05-varva-odt"
    fname = "varva_info_gruden_2013.odt"
    src = doc_html(
        '<p>Варвинська районна державна адміністрація інформує про виконання Плану заходів з підвищення рівня '
        'відкритості та прозорості діяльності виконавчої влади в області у ІІ півріччі 2013 року.</p>\n'
        '<p>Офіційний веб-сайт райдержадміністрації з вересня 2013 року працює на новому хостингу, створено розділ '
        '«Громадська рада», в якому розміщуються протоколи її засідань, оновлено розділ «Публічна інформація».</p>\n'
        '<p>Громадська рада при райдержадміністрації на засіданні 17 жовтня 2013 року за рекомендацією '
        'райдержадміністрації утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності органу '
        'влади (голова — Ковальчук С. І.).</p>\n'
        '<p>До складу районної координаційної ради з питань запобігання корупції включено двох членів громадської ради; '
        'представник ГО «Варвинська громада» працює у складі комісії з питань техногенно-екологічної безпеки.</p>\n'
        '<p>Консультацій з громадськістю у формі публічних обговорень у ІІ півріччі не проводилось, оскільки проекти '
        'програм району не розроблялись.</p>\n'
        '<p>&nbsp;</p><p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp; О. П. Осадчий</p>\n', "Інформація")
    data = office(name, src, "odt")
    plain = "Добрий день!\n\nНадсилаємо інформацію Варвинської РДА (у вкладенні).\n\n-- \nВідділ організаційної роботи\nВарвинська РДА\n"
    html = ('<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body bgcolor="#FFFFFF" text="#000000">\n    Добрий день!<br>\n    <br>\n    Надсилаємо інформацію Варвинської '
            'РДА (у вкладенні).<br>\n    <br>\n    <div class="moz-signature">-- <br>\n      Відділ організаційної роботи<br>\n'
            '      Варвинська РДА<br>\n    </div>\n  </body>\n</html>\n')
    alt = multipart("alternative", bnd(name, "tb", 1), [
        text(plain, "utf-8", "8bit", "text/plain; charset=UTF-8; format=flowed"),
        text(html, "utf-8", "8bit", "text/html; charset=UTF-8")], ctfmt='%s;\r\n boundary="%s"%s')
    body = multipart("mixed", bnd(name, "tb", 0), [
        alt,
        blob(data, 'application/vnd.oasis.opendocument.text;\r\n name="%s"' % fname,
             disposition='attachment;\r\n filename="%s"' % fname)],
        preamble="This is a multi-part message in MIME format.", ctfmt='%s;\r\n boundary="%s"%s')
    hs = envelope(name, addr("Варвинська РДА", "rda-varva@example.gov.ua"),
                  ew("Інформація Варвинської РДА", "utf-8", "B"),
                  "Fri, 13 Dec 2013 11:47:03 +0200", "tb24")
    return message(hs, body), [fname]


# ================================================================ 6. foreign_numbers

# ---- fn01: Outlook 2010, docx letter numbered 1.–4. by the writer, not by the plan
KEY = {
 "class": "foreign_numbers", "executor": "su-kapbud", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Official letter whose own paragraphs are numbered 1.–4.; they speak of the web page (1, by coincidence), consultations under resolution № 996 (6), expert reviews not held (12) and the «Хід виконання цільових програм» section (2). Outgoing and incoming letter numbers and counts around.",
 "items": [{"measure": 1, "source": "Інформація УКБ.docx"}, {"measure": 2, "source": "Інформація УКБ.docx"},
           {"measure": 6, "source": "Інформація УКБ.docx"}, {"measure": 12, "source": "Інформація УКБ.docx"}],
}


@mail("fn01-kapbud-docx", KEY)
def _():
    name = "fn01-kapbud-docx"
    fname = "Інформація УКБ.docx"
    src = doc_html(
        '<p align="center"><b>УПРАВЛІННЯ КАПІТАЛЬНОГО БУДІВНИЦТВА<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b></p>\n<hr>\n'
        '<p>05.12.2012 № 04-11/2267<br>На № 05-12/1688 від 20.11.2012</p>\n'
        '<p align="right">Управління з питань внутрішньої політики<br>та зв\'язків з громадськістю<br>облдержадміністрації</p>\n'
        '<p>На виконання листа управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації '
        'від 20.11.2012 № 05-12/1688 повідомляємо:</p>\n'
        '<p>1. Веб-сторінка управління капітального будівництва на офіційному сайті облдержадміністрації наповнюється '
        'згідно з вимогами законодавства; оновлено перелік об\'єктів будівництва, що фінансуються з державного та '
        'обласного бюджетів (станом на 01.12.2012 — 34 об\'єкти).</p>\n'
        '<p>2. На виконання постанови Кабінету Міністрів України від 03.11.2010 № 996 проведено консультації з '
        'громадськістю щодо черговості будівництва об\'єктів соціальної сфери у 2013 році (16.11.2012, 19 учасників).</p>\n'
        '<p>3. Громадські експертизи діяльності управління у 2012 році не проводились.</p>\n'
        '<p>4. Інформація про хід виконання Програми будівництва (реконструкції) загальноосвітніх навчальних закладів '
        'щокварталу подається до рубрики «Хід виконання цільових програм» офіційного сайту облдержадміністрації.</p>\n'
        '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; І. В. Пономаренко</p>\n'
        '<p><small>Виконавець: Костенко Н. В., тел. 67-31-20</small></p>\n', "Лист")
    data = office(name, src, "docx")
    plain = "Добрий день! Направляємо інформацію управління капітального будівництва (лист від 05.12.2012 № 04-11/2267).\n"
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK>'
            '<div class=WordSection1><p class=MsoNormal>' + html_escape(plain.strip()) + '<o:p></o:p></p></div></body></html>\n')
    alt = multipart("alternative", bnd(name, "outlook", 1), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    body = multipart("mixed", bnd(name, "outlook", 0), [
        alt,
        blob(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n\t" + p_2047("name", fname),
             disposition="attachment;\r\n\t" + p_2047("filename", fname))],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251"),
                  ew("Лист УКБ № 04-11/2267", "windows-1251", "B"),
                  "Thu, 6 Dec 2012 14:03:28 +0200", "outlook2010",
                  extra=[("Thread-Index", "Ac3TuQ" + h(name, "ti")[:18] + "==")])
    return message(hs, body), [fname]


# ---- fn02: The Bat!, koi8-u QP: the district's own plan numbering 1.1, 2.3, sub-items 1) а)
KEY = {
 "class": "foreign_numbers", "executor": "rda-kulykivka", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Numbered by the district's own plan (1.1, 2.3, 2.4, 3.1) with sub-items 1)–3) and а)–б); the content is site (1), consultations (6) and the public council discussing draft orders (9). «3.1. Не проводились.» is a bare negation.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail("fn02-kulykivka-koi8u", KEY)
def _():
    name = "fn02-kulykivka-koi8u"
    plain = ("Доброго дня.\n\n"
             "Інформація Куликівської РДА щодо виконання плану \"Відкритий уряд\" (пункти подано за районним планом "
             "заходів, затвердженим розпорядженням голови РДА від 01.10.2012 N 288):\n\n"
             "1.1. Забезпечено своєчасне наповнення офіційного веб-сайту райдержадміністрації: у І півріччі розміщено "
             "152 матеріали, зокрема:\n"
             "  1) звіт голови РДА за 2012 рік;\n"
             "  2) проекти регуляторних актів (4 шт.);\n"
             "  3) звіти про виконання районного бюджету за 1-4 місяці.\n\n"
             "2.3. Проведено консультації з громадськістю:\n"
             "  а) громадське обговорення проекту програми \"Куликівщина - 2015\" (12.03.2013, 46 учасників);\n"
             "  б) зустріч з представниками громадських організацій щодо благоустрою смт Куликівка (26.04.2013).\n\n"
             "2.4. Громадська рада при РДА залучалася до обговорення проектів розпоряджень голови РДА (3 проекти, "
             "засідання 14.02, 16.05.2013).\n\n"
             "3.1. Не проводились.\n\n"
             "-- \nЗ повагою,\n Людмила Гавриленко\n сектор інформаційної діяльності та комунікацій з громадськістю\n")
    body = text(plain, "koi8-u", "quoted-printable", "text/plain; charset=koi8-u")
    hs = envelope(name, addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "koi8-u"),
                  ew("Відкритий уряд - І півріччя", "koi8-u", "B"),
                  "Wed, 5 Jun 2013 10:09:49 +0300", "bat5",
                  extra=[("Reply-To", "rda-kulykivka@example.gov.ua")])
    return message(hs, body), []


# ---- fn03: Outlook 2003, a Word 97 .doc full of outgoing, order and resolution numbers
KEY = {
 "class": "foreign_numbers", "executor": "su-ekolohiia", "period": 3, "late": False,
 "kind": "report", "reason": None,
 "note": "Word 97 letter without plan numbers but crowded with other ones: outgoing/incoming numbers, orders № 27 and № 183, resolution № 996, counts 14, 32, 7 and 5. Content: web page (1); one paragraph with a public discussion of a draft programme (6) and council members in it (9); NGO members on a council at the unit (7).",
 "items": [{"measure": 1, "source": "ekolohiia_vidkrytyi_uriad.doc"}, {"measure": 6, "source": "ekolohiia_vidkrytyi_uriad.doc"},
           {"measure": 7, "source": "ekolohiia_vidkrytyi_uriad.doc"}, {"measure": 9, "source": "ekolohiia_vidkrytyi_uriad.doc"}],
}


@mail("fn03-ekolohiia-doc", KEY)
def _():
    name = "fn03-ekolohiia-doc"
    fname = "ekolohiia_vidkrytyi_uriad.doc"
    src = doc_html(
        '<p align="center"><b>УПРАВЛІННЯ ЕКОЛОГІЇ ТА ПРИРОДНИХ РЕСУРСІВ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b><br>'
        '<small>вул. Кирпоноса, 16, м. Чернігів, 14000</small></p><hr>\n'
        '<p>Вих. № 07-04/2511 від 05.12.2013<br>На № 05-12/1933 від 15.11.2013</p>\n'
        '<p>Управління екології та природних ресурсів облдержадміністрації на виконання Плану заходів з підвищення рівня '
        'відкритості та прозорості діяльності виконавчої влади в області інформує.</p>\n'
        '<p>Відповідно до наказу управління від 11.02.2013 № 27 «Про забезпечення відкритості діяльності управління» на '
        'веб-сторінці управління на офіційному сайті облдержадміністрації створено розділ «Екологічний паспорт області», '
        'розміщено 14 документів.</p>\n'
        '<p>Згідно з постановою Кабінету Міністрів України від 03.11.2010 № 996 18.09.2013 проведено громадське обговорення '
        'проекту Регіональної програми охорони навколишнього природного середовища на 2014–2018 роки (участь взяли 32 '
        'особи); до обговорення також залучено членів громадської ради при облдержадміністрації (комітет з екологічних '
        'питань, 7 осіб).</p>\n'
        '<p>Наказом від 30.10.2013 № 183 до складу громадської екологічної ради при управлінні включено 5 представників '
        'громадських екологічних організацій.</p>\n'
        '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О. М. Тарасенко</p>\n'
        '<p><small>Лук\'яненко 67-52-31</small></p>\n', "Лист")
    data = office(name, src, "doc")
    plain = ("Добрий день.\nНадсилаємо лист управління екології від 05.12.2013 № 07-04/2511 на Ваш № 05-12/1933.\n"
             "Оригінал направлено поштою.\n\nЗ повагою, загальний відділ\n")
    body = multipart("mixed", bnd(name, "outlook"), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        blob(data, 'application/msword;\r\n\tname="%s"' % fname,
             disposition='attachment;\r\n\tfilename="%s"' % fname)],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("Управління екології ОДА", "ekolohiia@example.gov.ua", "windows-1251"),
                  ew("на № 05-12/1933 від 15.11.2013", "windows-1251", "B"),
                  "Fri, 6 Dec 2013 11:58:14 +0200", "outlook2003",
                  extra=[("Thread-Index", "Ac7yaR" + h(name, "ti")[:18] + "==")])
    return message(hs, body), [fname]


# ---- fn04: Outlook Express, Russian in koi8-r 8bit, the letter's own 1) 2) 3) 4)
KEY = {
 "class": "foreign_numbers", "executor": "rda-semenivka", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Russian body numbered 1)–4) by the writer; the points are the site (1), public hearings (6), council members on commissions (7) and the recommendation made to the council to set up a working group on openness, not yet acted on (10). Dates 7 and 16, counts 5, 9, 12, 4 and resolution № 3 around.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
           {"measure": 10, "source": "body"}],
}


@mail("fn04-semenivka-ru", KEY)
def _():
    name = "fn04-semenivka-ru"
    plain = ("Информация Семеновской райгосадминистрации о выполнении Плана мероприятий \"Открытое правительство\".\n\n"
             "1) Официальный веб-сайт райгосадминистрации приведен в соответствие с требованиями постановления КМУ от "
             "04.01.2002 N 3: создан раздел \"Доступ к публичной информации\", размещено 5 проектов регуляторных актов.\n"
             "2) Проведено 2 общественных слушания (по проекту районного бюджета на 2013 год - 7 декабря, по тарифам на "
             "услуги водоснабжения - 16 ноября), участвовало 9 и 12 человек.\n"
             "3) Членов общественного совета при РГА (4 человека) включено в состав районной комиссии по вопросам ТЭБ и "
             "ЧС и координационного совета по делам молодежи.\n"
             "4) Общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости и прозрачности "
             "(письмо от 20.11.2012), решение советом пока не принято.\n\n"
             "Отдел организационной работы РГА\nтел. (04659) 2-14-60\n")
    body = text(plain, "koi8-r", "8bit", 'text/plain;\r\n\tcharset="koi8-r"')
    hs = envelope(name, addr("Семеновская РГА", "rda-semenivka@example.gov.ua", "koi8-r"),
                  ew("Открытое правительство", "koi8-r", "B"),
                  "Wed, 12 Dec 2012 16:27:03 +0200", "oe6")
    return message(hs, body), []


# ---- fn05: Outlook 2010, xlsx with its own «№ з/п» column beside a «Пункт плану» column
KEY = {
 "class": "foreign_numbers", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "Sheet with two number columns: the row's own «№ з/п» 1–7 and the real «Пункт плану» (1, 6, 7, 8, 9, 12, 2). Plan items 1, 6, 7, 9, 12 are reported; 8 is «—» and 2 «х».",
 "items": [{"measure": 1, "source": "ССД_звіт_червень2013.xlsx"}, {"measure": 6, "source": "ССД_звіт_червень2013.xlsx"},
           {"measure": 7, "source": "ССД_звіт_червень2013.xlsx"}, {"measure": 9, "source": "ССД_звіт_червень2013.xlsx"},
           {"measure": 12, "source": "ССД_звіт_червень2013.xlsx"}],
}


@mail("fn05-sluzhba-ditei-xlsx", KEY)
def _():
    name = "fn05-sluzhba-ditei-xlsx"
    fname = "ССД_звіт_червень2013.xlsx"
    rows = [
        ["№ з/п", "Пункт плану", "Зміст заходу", "Виконання"],
        ["1", "1", "Наповнення офіційних сайтів", "На веб-сторінці служби у справах дітей оновлено нормативну базу, розміщено оголошення про створення прийомних сімей та дитячих будинків сімейного типу (11 матеріалів)."],
        ["2", "6", "Консультації з громадськістю", "Проведено консультації з громадськістю щодо проекту обласної програми «Діти Чернігівщини» (квітень 2013 р., 3 зустрічі, 58 учасників)."],
        ["3", "7", "Дорадчо-консультативні органи", "До складу обласної комісії з питань захисту прав дитини включено 2 представників ГО «Дитячі серця» та ГО «Родина»."],
        ["4", "8", "Колегії", "—"],
        ["5", "9", "Обговорення проектів членами громадських рад", "Члени громадської ради при облдержадміністрації брали участь в обговоренні проекту програми «Діти Чернігівщини» (17.04.2013)."],
        ["6", "12", "Громадські експертизи", "Громадська експертиза діяльності служби проведена ГО «Чернігівський правозахисний центр» у травні 2013 р., 4 пропозиції включено до плану роботи служби."],
        ["7", "2", "Рубрики на сайті ОДА", "х"],
    ]
    data = office(name, csv_sheet(rows), "xlsx")
    plain = "Добрий день! Інформація служби у справах дітей облдержадміністрації у вкладенні.\nЗ повагою, О. Сидоренко, 67-20-77\n"
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK>'
            '<div class=WordSection1>' + "".join('<p class=MsoNormal>%s<o:p></o:p></p>' % html_escape(l) for l in plain.split("\n")[:-1])
            + '</div></body></html>\n')
    alt = multipart("alternative", bnd(name, "outlook", 1), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    body = multipart("mixed", bnd(name, "outlook", 0), [
        alt,
        blob(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\r\n\t" + p_2047("name", fname),
             disposition="attachment;\r\n\t" + p_2047("filename", fname))],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("Служба у справах дітей ОДА", "sluzhba-ditei@example.gov.ua", "windows-1251"),
                  ew("звіт відкритий уряд ССД", "windows-1251", "B"),
                  "Thu, 13 Jun 2013 15:48:22 +0300", "outlook2010",
                  extra=[("Thread-Index", "Ac5oM" + h(name, "ti")[:18] + "==")])
    return message(hs, body), [fname]


# ================================================================ 7. personal_address

# ---- pa01: gmail, plain+html base64; the State archive named only in the signature
KEY = {
 "class": "personal_address", "executor": "su-arkhiv", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "From a private gmail box late in the evening; the letter is addressed to УВП and the office appears only in the signature («заступник директора Державного архіву Чернігівської області») and as «Державного архіву області». «П. 2, 7, 9, 12 – інформація відсутня» says nothing.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}],
}


@mail("pa01-arkhiv-gmail", KEY)
def _():
    name = "pa01-arkhiv-gmail"
    plain = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Добрий вечір! Надсилаю інформацію Державного архіву області з особистої пошти, бо службова з обіду не працює.\n\n"
             "П. 1. На офіційному веб-сайті Держархіву (archive.cg.example.gov.ua) розміщено 3 віртуальні виставки до "
             "70-річчя визволення області, оновлено путівник по фондах.\n"
             "П. 6. 22.11.2012 проведено консультації з громадськістю щодо проекту Програми розвитку архівної справи "
             "на 2013-2017 роки (12 учасників, у т.ч. краєзнавці та представники ГО \"Сіверщина\").\n"
             "П. 8. До складу колегії Держархіву введено голову комітету з гуманітарних питань Громадської ради при "
             "облдержадміністрації.\n"
             "П. 2, 7, 9, 12 – інформація відсутня.\n\n"
             "З повагою,\nНаталія Бондар\nзаступник директора Державного архіву Чернігівської області\n"
             "тел. (0462) 77-21-05\n")
    html = ('<div dir="ltr">' + "<br>".join(html_escape(l) for l in plain.split("\n")[:-1]).replace("<br><br>", "<div><br></div>") + '</div>\n')
    body = multipart("alternative", bnd(name, "gmail"), [
        text(plain, "utf-8", "base64", "text/plain; charset=UTF-8"),
        text(html, "utf-8", "base64", "text/html; charset=UTF-8")], ctfmt="%s; boundary=%s%s")
    hs = envelope(name, addr("Наталія Бондар", "n.bondar.chernihiv@gmail.com"),
                  ew("Відкритий уряд - Держархів", "utf-8", "B"),
                  "Thu, 13 Dec 2012 22:15:42 +0200", "gmail", host="mail-wg0-f54.google.com")
    return message(hs, body), []


# ---- pa02: ukr.net web mail, HTML-only cp1251 base64, an RTF named in RFC 2231 windows-1251
KEY = {
 "class": "personal_address", "executor": "rda-bobrovytsia", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "From a private ukr.net box on the deadline Saturday; the district appears only in the signature «апарату Бобровицької райдержадміністрації». The RTF names items by number: 1, 6, 7, 10 report work; 9 «Не проводилось.» and 12 «Заходи не проводились» are bare.",
 "items": [{"measure": 1, "source": "Інформація_Бобровиця.rtf"}, {"measure": 6, "source": "Інформація_Бобровиця.rtf"},
           {"measure": 7, "source": "Інформація_Бобровиця.rtf"}, {"measure": 10, "source": "Інформація_Бобровиця.rtf"}],
}


@mail("pa02-bobrovytsia-ukrnet", KEY)
def _():
    name = "pa02-bobrovytsia-ukrnet"
    fname = "Інформація_Бобровиця.rtf"
    src = doc_html(
        '<p align="center"><b>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості '
        'діяльності виконавчої влади в області за І півріччя 2013 року</b></p>\n'
        '<p>1. На офіційному веб-сайті райдержадміністрації запроваджено розділ «Звернення громадян», розміщено 118 матеріалів.</p>\n'
        '<p>6. 15.03.2013 проведено громадські слухання щодо проекту Програми розвитку освіти району на 2013–2015 роки.</p>\n'
        '<p>7. Члени громадської ради включені до складу районної комісії з питань поводження з безхазяйними відходами (2 особи).</p>\n'
        '<p>9. Не проводилось.</p>\n'
        '<p>10. Робоча група з питань відкритості та прозорості у складі громадської ради при РДА утворена 22.01.2013 (4 особи).</p>\n'
        '<p>12. Заходи не проводились</p>\n', "Інформація")
    data = office(name, src, "rtf")
    html = ('<div>Добрий день! Надсилаємо інформацію про виконання плану &laquo;Відкритий уряд&raquo; (у вкладенні).</div>'
            '<div>&nbsp;</div><div>з повагою, Світлана Кучер</div><div>відділ організаційної роботи та інформаційної '
            'діяльності апарату Бобровицької райдержадміністрації</div>\n')
    body = multipart("mixed", bnd(name, "web"), [
        text(html, "windows-1251", "base64", "text/html; charset=windows-1251"),
        blob(data, "application/rtf; " + p_2231("name", fname, "windows-1251"),
             disposition="attachment; " + p_2231("filename", fname, "windows-1251"))],
        ctfmt='%s; boundary="%s"%s')
    hs = envelope(name, addr("Світлана Кучер", "svitlana_kucher75@ukr.net", "windows-1251"),
                  ew("звіт відкритий уряд", "windows-1251", "B"),
                  "Sat, 15 Jun 2013 13:26:40 +0300", "ukrnet", host="frv71.fwdcdn.com")
    return message(hs, body), [fname]


# ---- pa03: i.ua web mail, Russian cp1251 QP plain+html; the district in the genitive in the signature
KEY = {
 "class": "personal_address", "executor": "rda-koriukivka", "period": 3, "late": False,
 "kind": "report", "reason": None,
 "note": "Russian letter from a private i.ua box, addressed to УВП («Управлению по вопросам внутренней политики…»); the sender is named only as «сектора … Корюковской райгосадминистрации». Items by «п. 1/6/9/12»; 12 is a named denial.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
           {"measure": 12, "source": "body"}],
}


@mail("pa03-koriukivka-iua", KEY)
def _():
    name = "pa03-koriukivka-iua"
    plain = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
             "Информация о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности "
             "исполнительной власти (II полугодие 2013 г.):\n\n"
             "п. 1 - на официальном веб-сайте райгосадминистрации за полугодие размещено 210 материалов, создан раздел "
             "\"Открытые данные\";\n"
             "п. 6 - проведено 3 консультации с общественностью (общественное обсуждение проекта районного бюджета на "
             "2014 год, обсуждение схемы санитарной очистки г. Корюковка, круглый стол с предпринимателями);\n"
             "п. 9 - члены общественного совета привлечены к обсуждению проектов распоряжений председателя РГА "
             "(5 проектов);\n"
             "п. 12 - общественные экспертизы деятельности РГА не проводились.\n\n"
             "С уважением,\nВалентина Гуз,\nглавный специалист сектора по связям с общественностью\n"
             "Корюковской райгосадминистрации\nтел. (04657) 2-15-33\n")
    html = ('<html><body><div style="font-family:Tahoma;font-size:12px">'
            + html_paras(plain) + '</div><br>--<br>Отправлено с I.UA</body></html>\n')
    body = multipart("alternative", bnd(name, "web"), [
        text(plain + "\n--\nОтправлено с I.UA\n", "windows-1251", "quoted-printable", "text/plain; charset=windows-1251"),
        text(html, "windows-1251", "quoted-printable", "text/html; charset=windows-1251")],
        ctfmt='%s; boundary="%s"%s')
    hs = envelope(name, addr("Валентина Гуз", "guz_valia@i.ua", "windows-1251"),
                  ew("Информация Открытое правительство", "windows-1251", "B"),
                  "Tue, 3 Dec 2013 09:51:17 +0200", "iua", host="mx.i.ua")
    return message(hs, body), []


# ---- pa04: meta.ua web mail, UTF-8 8bit; the appeals department in the signature only
KEY = {
 "class": "personal_address", "executor": "zvernennia", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "From a private meta.ua box in the evening; the office appears only as «відділу роботи із зверненнями громадян апарату облдержадміністрації» in the signature. Prose about the head's hot line (5), no numbers but counts; «розміщується на офіційному сайті» is a passing mention.",
 "items": [{"measure": 5, "source": "body"}],
}


@mail("pa04-zvernennia-meta", KEY)
def _():
    name = "pa04-zvernennia-meta"
    plain = ("Добрий вечір!\n\n"
             "Інформація щодо роботи \"гарячої лінії\" голови облдержадміністрації за І півріччя 2013 року.\n"
             "На \"гарячу лінію\" надійшло 2 377 звернень, з них 1 912 вирішено позитивно або надано роз'яснення, "
             "решта перебуває на контролі. Найбільше питань стосувалося житлово-комунального господарства (31 %) та "
             "соціального захисту (22 %). Щотижня голові облдержадміністрації подаються аналітичні довідки, щомісяця "
             "узагальнення розміщується на офіційному сайті.\n\n"
             "Олена Сидоренко,\nголовний спеціаліст відділу роботи із зверненнями громадян апарату облдержадміністрації\n")
    body = text(plain, "utf-8", "8bit", "text/plain; charset=utf-8")
    hs = envelope(name, addr("Олена Сидоренко", "olena.sydorenko@meta.ua"),
                  ew("гаряча лінія - І півріччя 2013", "utf-8", "B"),
                  "Wed, 12 Jun 2013 19:40:05 +0300", "metaua", host="mail.meta.ua")
    return message(hs, body), []


# ---- pa05: the Public Council writes from УВП's own executor box (Outlook 2007, cp1251)
KEY = {
 "class": "personal_address", "executor": "gromrada", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Sent from УВП's registered box uvp-info@ by the council's secretary, signed for the head of the Public Council: the executor is the council, not УВП. Reports the web resource (3); the forum «буде відкрито» and the public discussion «заплановано» are plans, so 4 and 15 do not count.",
 "items": [{"measure": 3, "source": "body"}],
}


@mail("pa05-gromrada-uvpbox", KEY)
def _():
    name = "pa05-gromrada-uvpbox"
    plain = ("Шановні колеги!\n\n"
             "Громадська рада при облдержадміністрації інформує про виконання заходів Плану, виконавцем яких її визначено.\n\n"
             "Веб-ресурс \"Чернігівська громада\" створено спільно з управлінням внутрішньої політики, з 15.11.2012 він працює "
             "у тестовому режимі; члени ради наповнюють розділи \"Новини громадських організацій\" та \"Документи ради\".\n"
             "Інтернет-форум на базі веб-ресурсу буде відкрито у лютому 2013 року після затвердження правил модерації.\n"
             "Громадське обговорення виконання заходів Плану заплановано на 20.12.2012 у приміщенні облдержадміністрації.\n\n"
             "Голова Громадської ради при облдержадміністрації\nІ. М. Дорошенко\n\n"
             "(надіслано секретарем ради Ю. Левченко)\n")
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)"></head><body lang=UK>'
            '<div class=Section1>' + "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html_escape(l) or "&nbsp;") for l in plain.split("\n")[:-1])
            + '</div></body></html>\n')
    body = multipart("alternative", bnd(name, "outlook"), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    hs = envelope(name, addr("Левченко Юлія", "uvp-info@example.gov.ua", "windows-1251"),
                  ew("Інформація Громадської ради", "windows-1251", "B"),
                  "Thu, 13 Dec 2012 16:10:33 +0200", "outlook2007",
                  extra=[("Thread-Index", "Ac3ZM" + h(name, "ti")[:18] + "==")])
    return message(hs, body), []


# ================================================================ 8. mixed

# ---- mx01: Outlook 2010, the general office forwards inline an employee's report from a private box
KEY = {
 "class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
 "kind": "report", "reason": None,
 "note": "The district's general office forwards inline («Від: … [mailto:…@ukr.net]») a clerk's report on the district; the forwarded text is the report itself, not quoted earlier mail. Items 1, 6, 9, 12 (a named denial); «10. Не стосується» is not an item.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
           {"measure": 12, "source": "body"}],
}


@mail("mx01-chernihiv-fwd-inline", KEY)
def _():
    name = "mx01-chernihiv-fwd-inline"
    fwd = ("Інформація Чернігівської райдержадміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 р.\n\n"
           "1. На офіційному веб-сайті РДА розміщено 187 матеріалів, оновлено розділи «Регуляторна політика» та "
           "«Публічна інформація».\n"
           "6. Проведено 5 консультацій з громадськістю, з них 2 громадські слухання (проект районного бюджету, "
           "програма розвитку туризму) та 3 електронні консультації.\n"
           "9. Члени громадської ради при РДА залучалися до обговорення проектів розпоряджень голови РДА з питань "
           "оренди майна та благоустрою (4 проекти).\n"
           "10. Не стосується.\n"
           "12. Антикорупційних експертиз у І півріччі не проводилось.\n\n"
           "Людмила Ткаченко\n")
    top = "Пересилаємо інформацію Чернігівської РДА про виконання Плану заходів.\n\nЗагальний відділ апарату Чернігівської РДА\n"
    hdr = ("Від: Людмила Ткаченко [mailto:l.tkachenko.rda@ukr.net] \nНадіслано: 11 червня 2013 р. 17:02\n"
           "Кому: rda-chernihiv@example.gov.ua\nТема: звіт відкритий уряд\n")
    plain = top + "\n" + hdr + "\n" + fwd
    P = lambda s: '<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html_escape(s) if s else "&nbsp;")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK link=blue vlink=purple>'
            '<div class=WordSection1>\n' + "".join(P(l) for l in top.split("\n")[:-1]) + P("")
            + '<div><div style=\'border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\'><p class=MsoNormal><b>Від:</b> '
              'Людмила Ткаченко [mailto:l.tkachenko.rda@ukr.net] <br><b>Надіслано:</b> 11 червня 2013 р. 17:02<br>'
              '<b>Кому:</b> rda-chernihiv@example.gov.ua<br><b>Тема:</b> звіт відкритий уряд<o:p></o:p></p></div></div>\n'
            + P("") + "".join(P(l) for l in fwd.split("\n")[:-1]) + '</div></body></html>\n')
    body = multipart("alternative", bnd(name, "outlook"), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    hs = envelope(name, addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251"),
                  "FW: " + ew("звіт відкритий уряд", "windows-1251", "B"),
                  "Wed, 12 Jun 2013 08:31:16 +0300", "outlook2010",
                  extra=[("Thread-Index", "Ac5mwK" + h(name, "ti")[:18] + "==")])
    return message(hs, body), []


# ---- mx02: Thunderbird forward as attachment (message/rfc822) holding the deputy head's mail and its docx
KEY = {
 "class": "mixed", "executor": "su-kultura", "period": 3, "late": False,
 "kind": "report", "reason": None,
 "note": "The department's reception forwards, as a message/rfc822 attachment, the deputy head's mail from a private box; only the docx inside the forwarded message reports (1, 6, 8; row 9 «—»). Neither the outer note nor the inner «прошу переслати» says anything on a measure.",
 "items": [{"measure": 1, "source": "Культура_звіт_ІІ_півр_2013.docx"},
           {"measure": 6, "source": "Культура_звіт_ІІ_півр_2013.docx"},
           {"measure": 8, "source": "Культура_звіт_ІІ_півр_2013.docx"}],
}


@mail("mx02-kultura-fwd-rfc822", KEY)
def _():
    name = "mx02-kultura-fwd-rfc822"
    fname = "Культура_звіт_ІІ_півр_2013.docx"
    rows = [("1", "На веб-сторінці управління створено розділ «Культурна спадщина Чернігівщини», розміщено 64 матеріали, щомісяця оновлюється афіша обласних закладів культури."),
            ("6", "Консультації з громадськістю: проведено обговорення проекту Програми розвитку туризму в області на 2014–2018 роки (31.10.2013, 12 учасників, 5 пропозицій)."),
            ("8", "Голова комітету з гуманітарних питань Громадської ради при облдержадміністрації входить до складу колегії управління, у ІІ півріччі взяв участь у 2 засіданнях колегії."),
            ("9", "—")]
    src = doc_html('<p align="center"><b>Інформація управління культури і туризму облдержадміністрації<br>про виконання Плану заходів '
                   '«Відкритий уряд» за ІІ півріччя 2013 року</b></p>\n<table border="1" cellspacing="0" cellpadding="4" width="100%">'
                   '<tr><th width="10%">Пункт</th><th>Виконання</th></tr>\n'
                   + "".join("<tr><td>%s</td><td>%s</td></tr>\n" % r for r in rows) + '</table>\n'
                   '<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp; В. О. Мороз</p>\n', "Інформація")
    data = office(name, src, "docx")
    inner_name = name + "-inner"
    inner_body = multipart("mixed", bnd(inner_name, "web"), [
        text("<div>Прошу переслати в управління внутрішньої політики.</div><div>В. Мороз</div>\n", "utf-8", "base64", "text/html; charset=utf-8"),
        blob(data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="%s"' % ew(fname, "utf-8", "B", fold=" "),
             disposition='attachment; filename="%s"' % ew(fname, "utf-8", "B", fold=" "))],
        ctfmt='%s; boundary="%s"%s')
    inner_hs = [("Received", "from [178.137.40.12] by frv52.fwdcdn.com with esmtp id 1Vq0Zk-000Mno-2B\r\n\tfor kultura@example.gov.ua; Fri, 06 Dec 2013 21:44:10 +0200"),
                ("Message-ID", "<1386359048.%s.8802@frv52.fwdcdn.com>" % h(inner_name, "m")[:8]),
                ("Date", "Fri, 06 Dec 2013 21:44:08 +0200"),
                ("From", addr("Вікторія Мороз", "v.moroz.kult@ukr.net")),
                ("To", "kultura@example.gov.ua"),
                ("Subject", ew("звіт відкритий уряд", "utf-8", "B")),
                ("X-Mailer", "FREEMAIL UKR.NET 2.0"), ("MIME-Version", "1.0")]
    inner = message(inner_hs, inner_body)
    outer_note = ("Добрий день!\n\nПересилаємо звіт управління культури і туризму, який надійшов від заступника начальника "
                  "управління В. О. Мороз.\n\n-- \nПриймальня управління культури і туризму\nтел. 67-42-00\n")
    body = multipart("mixed", bnd(name, "tb"), [
        text(outer_note, "utf-8", "8bit", "text/plain; charset=UTF-8; format=flowed"),
        rfc822(inner, ctype='message/rfc822;\r\n name="%s"' % ew("звіт відкритий уряд.eml", "utf-8", "B", fold=" "),
               disposition='attachment;\r\n ' + p_2231("filename", "звіт відкритий уряд.eml"))],
        preamble="This is a multi-part message in MIME format.", ctfmt='%s; boundary="%s"%s')
    hs = envelope(name, addr("Управління культури і туризму", "kultura@example.gov.ua"),
                  ew("Fwd: звіт відкритий уряд", "utf-8", "B"),
                  "Mon, 9 Dec 2013 10:02:44 +0200", "tb24")
    return message(hs, body), [fname]


# ---- mx03: Outlook 2003, a correction to the earlier report, quoting it, in the grace days
KEY = {
 "class": "mixed", "executor": "rda-pryluky", "period": 1, "late": True,
 "kind": "report", "reason": None,
 "note": "Received 17.12.2012 (grace day): a correction of the district's own report of 13.12, which is quoted below. New text restates item 9 and adds item 12; the quoted earlier report (items 1, 6, 9) does not count again.",
 "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("mx03-pryluky-correction-late", KEY)
def _():
    name = "mx03-pryluky-correction-late"
    earlier = ("Інформація Прилуцької РДА про виконання Плану заходів (Відкритий уряд)\n\n"
               "п. 1 - на офіційному веб-сайті райдержадміністрації розміщено 132 матеріали;\n"
               "п. 6 - проведено громадські слухання щодо проекту районного бюджету на 2013 рік (07.12.2012);\n"
               "п. 9 - члени громадської ради при РДА брали участь в обговоренні проекту районної програми \"Питна вода\" (30.12.2012).\n\n"
               "Загальний відділ Прилуцької РДА\n")
    plain = ("Уточнення до інформації Прилуцької РДА від 13.12.2012 № 02-14/2190.\n\n"
             "У пункті 9 помилково зазначено дату; слід читати: \"Члени громадської ради при РДА залучені до обговорення "
             "проекту районної програми \"Питна вода\" на 2013-2020 рр. (засідання ради 30.11.2012)\".\n\n"
             "Доповнюємо пункт 12: громадська антикорупційна експертиза проекту розпорядження голови РДА \"Про порядок "
             "надання в оренду майна спільної власності\" проведена ГО \"Прилуцька громадська ініціатива\" (висновок від "
             "10.12.2012), 2 пропозиції враховано.\n\n"
             "Вибачте за незручності.\nЗагальний відділ Прилуцької РДА, 3-05-71\n\n"
             "-----Original Message-----\nFrom: rda-pryluky [mailto:rda-pryluky@example.gov.ua] \n"
             "Sent: Thursday, December 13, 2012 4:12 PM\nTo: uvp@cg.ukrtel.net\n"
             "Subject: Інформація Прилуцької РДА\n\n" + earlier)
    body = text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"')
    hs = envelope(name, addr("rda-pryluky", "rda-pryluky@example.gov.ua"),
                  ew("Уточнення до інформації Прилуцької РДА", "windows-1251", "B"),
                  "Mon, 17 Dec 2012 09:20:05 +0200", "outlook2003",
                  extra=[("Thread-Index", "Ac3cMb" + h(name, "ti")[:18] + "==")])
    return message(hs, body), []


# ---- mx04: Netscape 4, body labelled koi8-r but written in windows-1251, raw 8-bit subject, UTC clock
KEY = {
 "class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": True,
 "kind": "report", "reason": None,
 "note": "An old client with the clock on UTC: Date 15 Dec 2013 22:41 +0000 is 00:41 on 16 Dec in Kyiv, so the mail is late. The body is labelled koi8-r but written in windows-1251 and the subject is raw 8-bit. Items 1, 6, 9, 10 (a working group in place); 7 «—» and 12 «Не проводились.» are placeholders.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
           {"measure": 10, "source": "body"}],
}


@mail("mx04-novhorod-mislabelled-late", KEY)
def _():
    name = "mx04-novhorod-mislabelled-late"
    plain = ("Новгород-Сіверська РДА. Інформація за ІІ півріччя 2013 р.\n\n"
             "1. Сайт РДА - оновлено розділ \"Регуляторна діяльність\", розміщено 96 новин та 8 проектів рішень.\n"
             "6. Проведено громадське обговорення проекту районного бюджету на 2014 рік (12.12.2013, 26 учасників).\n"
             "7. -\n"
             "9. Громадська рада при РДА обговорила проекти 2 розпоряджень голови РДА (щодо тарифів на перевезення та "
             "програми \"Шкільний автобус\").\n"
             "10. Робоча група з питань відкритості при громадській раді працює, проведено 2 засідання.\n"
             "12. Не проводились.\n\n"
             "Вибачте за затримку - не працював Інтернет.\n"
             "В. Пархоменко, сектор внутрішньої політики\n")
    body = text(plain, "windows-1251", "8bit", "text/plain; charset=koi8-r")
    hs = envelope(name, addr(None, "rda-novhorod-siverskyi@example.gov.ua"),
                  enc("Відкритий уряд Новгород-Сіверська РДА", "windows-1251"),
                  "Sun, 15 Dec 2013 22:41:09 +0000", "netscape",
                  extra=[("X-Accept-Language", "uk")])
    return message(hs, body), []


# ---- mx05: Outlook 2007 Word HTML with an inline emblem (multipart/related) plus a PDF; each reports other items
KEY = {
 "class": "mixed", "executor": "rda-ichnia", "period": 1, "late": False,
 "kind": "report", "reason": None,
 "note": "Word-made HTML with an inline letterhead image (cid) and a plain twin; the cover note itself reports the site (1) while the PDF reports 6, 7 and 10 (12 «—»). The inline image001.png is no report.",
 "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "Додаток_Ічнянська_РДА.pdf"},
           {"measure": 7, "source": "Додаток_Ічнянська_РДА.pdf"}, {"measure": 10, "source": "Додаток_Ічнянська_РДА.pdf"}],
}


@mail("mx05-ichnia-wordhtml", KEY)
def _():
    name = "mx05-ichnia-wordhtml"
    fname = "Додаток_Ічнянська_РДА.pdf"
    src = doc_html(
        '<p align="right">Додаток<br>до листа Ічнянської РДА<br>від 13.12.2012 № 01-22/1655</p>\n'
        '<p align="center"><b>Інформація про виконання Плану заходів «Відкритий уряд»</b></p>\n'
        '<p>6. Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік '
        '(10.12.2012), публічне обговорення програми «Ічнянщина туристична» (22.11.2012), зустріч з головами ОСББ (15.10.2012).</p>\n'
        '<p>7. До складу районної ради з питань безпеки дорожнього руху та координаційної ради з питань сім\'ї включено '
        '4 представників громадських організацій, з них 2 члени громадської ради при РДА.</p>\n'
        '<p>10. Громадській раді при РДА рекомендовано утворити комісію з питань відкритості та прозорості; комісію '
        'утворено 30.11.2012 у складі 5 осіб.</p>\n'
        '<p>12. —</p>\n', "Додаток")
    data = office(name, src, "pdf")
    emblem = png(24, 32, lambda x, y: (0, 87, 184) if y < 16 else (255, 215, 0))
    cid = "image001.png@01CDD9E8.%s" % h(name, "cid")[:8].upper()
    lines = ["Ічнянська районна державна адміністрація",
             "",
             "Шановні колеги!",
             "Надсилаємо інформацію Ічнянської РДА про виконання Плану заходів (додаток на 1 арк.).",
             "Додатково повідомляємо, що з 01.12.2012 офіційний веб-сайт райдержадміністрації переведено на новий домен "
             "ichnia-rda.example.gov.ua, розділ «Доступ до публічної інформації» наповнено відповідно до Закону України "
             "«Про доступ до публічної інформації».",
             "",
             "З повагою",
             "Керівник апарату РДА  Н. П. Безкровна"]
    plain = "[герб]\n" + "\n".join(lines) + "\n"
    P = lambda s: ('<p class=MsoNormal><span lang=UK style=\'font-size:12.0pt;font-family:"Times New Roman","serif"\'>%s<o:p></o:p></span></p>\n'
                   % (html_escape(s) if s else "&nbsp;"))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)">\n<style>\n<!--\n /* Font Definitions */\n'
            ' @font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            ' p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri","sans-serif";}\n@page Section1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.Section1\n\t{page:Section1;}\n-->\n</style>\n<!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext="edit" spidmax="2050" />\n'
            '</xml><![endif]-->\n</head>\n<body lang=RU link=blue vlink=purple>\n<div class=Section1>\n'
            '<p class=MsoNormal align=center style=\'text-align:center\'><span lang=UK><img width=24 height=32 '
            'id="Picture_x0020_1" src="cid:%s" alt="gerb"></span><o:p></o:p></p>\n' % cid
            + '<p class=MsoNormal align=center style=\'text-align:center\'><b><span lang=UK>%s<o:p></o:p></span></b></p>\n' % lines[0]
            + "".join(P(l) for l in lines[1:]) + '</div>\n</body>\n</html>\n')
    alt = multipart("alternative", bnd(name, "outlook", 2), [
        text(plain, "windows-1251", "quoted-printable", 'text/plain;\r\n\tcharset="windows-1251"'),
        text(html, "windows-1251", "quoted-printable", 'text/html;\r\n\tcharset="windows-1251"')])
    rel = multipart("related", bnd(name, "outlook", 1), [
        alt,
        blob(emblem, 'image/png;\r\n\tname="image001.png"', extra=[("Content-ID", "<%s>" % cid)])],
        params=';\r\n\ttype="multipart/alternative"')
    body = multipart("mixed", bnd(name, "outlook", 0), [
        rel,
        blob(data, "application/pdf;\r\n\t" + p_2047("name", fname),
             disposition="attachment;\r\n\t" + p_2047("filename", fname))],
        preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251"),
                  ew("Інформація Ічнянської РДА (Відкритий уряд)", "windows-1251", "B"),
                  "Fri, 14 Dec 2012 11:05:55 +0200", "outlook2007",
                  extra=[("Thread-Index", "Ac3Z5W" + h(name, "ti")[:18] + "==")])
    return message(hs, body), [fname, "image001.png"]


if __name__ == "__main__":
    main()
