#!/usr/bin/env python3
"""Build the «hedge» corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Theme: cautious clerks' reports — deeds mixed with plans and promises, measures explicitly
not done with the reason given, bare placeholders, «робота триває», «в стадії розробки»,
past deeds told in the present tense, Russian «не проводилось»/«проводится».

Usage:  python3 make.py          (builds every NAME.eml and NAME.expected.json beside this file)

Office attachments are written below as HTML (documents) or CSV (sheets).  The source text is
kept in attachments/src/ and converted ONCE with LibreOffice; the converted file in
attachments/ is reused as long as its source text is unchanged, so the build is reproducible
without soffice.  Python 3.11+ standard library only.

Each mail: its KEY literal (written before the mail's text) stands directly above its builder.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zlib
import struct
from email import quoprimime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
WORK = "/tmp/hedge-work"
PLAN_TOML = "/work/main/config/plan.toml"
try:
    KYIV = ZoneInfo("Europe/Kyiv")
except Exception:  # older tzdata
    KYIV = ZoneInfo("Europe/Kiev")
MAILBOX = "uvp@cg.ukrtel.net"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

CLASSES = {
    "ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
    "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed",
}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

MAILS = []  # (name, key, builder)


def mail(name, key):
    """Register a builder under the KEY literal written directly above it."""
    def deco(fn):
        MAILS.append((name, json.loads(json.dumps(key)), fn))
        return fn
    return deco


# ---------------------------------------------------------------------------------------
# The plan's measures (for quoting zvit's reminders and receipts)
# ---------------------------------------------------------------------------------------

def _plan():
    with open(PLAN_TOML, "rb") as f:
        return tomllib.load(f)


PLAN = _plan()
MTEXT = {m["number"]: m["text"] for m in PLAN["measure"]}
EXEC_IDS = {e["id"] for e in PLAN["executor"]}
EXEC_NAME = {e["id"]: e["name"] for e in PLAN["executor"]}
EXEC_EMAILS = {e["id"]: [a.lower() for a in e.get("emails", [])] for e in PLAN["executor"]}


# ---------------------------------------------------------------------------------------
# MIME building (by hand, to control charsets, encodings and client habits)
# ---------------------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)   # [(name, value)], value already folded/encoded (ASCII)
        self.body = body               # bytes, CRLF line ends

    def render(self):
        out = b""
        for n, v in self.headers:
            out += f"{n}: {v}\r\n".encode("ascii")
        return out + b"\r\n" + self.body


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    raw = crlf(text).encode(charset)
    if cte == "quoted-printable":
        enc = quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\r\n")
        return enc.encode("ascii")
    if cte == "base64":
        return b64(raw)
    if cte in ("8bit", "7bit"):
        return raw
    raise ValueError(cte)


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def ew(s, charset="utf-8", enc="B", single=False):
    """RFC 2047 encoded words (folded with CRLF SP) for a header value; ASCII passes.
    single: one word however long (as many mailers write a display name)."""
    if all(ord(c) < 128 for c in s):
        return s
    prefix = f"=?{charset}?{enc}?"
    words, cur = [], ""

    def enc_chunk(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode("ascii")
        out = ""
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out += "_"
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                out += ch
            else:
                out += "=%02X" % byte
        return out

    if single:
        return prefix + enc_chunk(s) + "?="
    for c in s:
        trial = cur + c
        if len(prefix) + len(enc_chunk(trial)) + 2 > 75:
            cut = cur.rfind(" ") + 1   # break after a space where the word allows it
            if 0 < cut < len(cur):
                words.append(cur[:cut])
                cur = cur[cut:] + c
            else:
                words.append(cur)
                cur = c
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\r\n ".join(prefix + enc_chunk(w) + "?=" for w in words)


def addr(name, address, charset="utf-8", enc="B", quote_ascii=True):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{address}>' if quote_ascii else f"{name} <{address}>"
    one = ew(name, charset, enc, single=True)
    return f"{one if len(one) <= 110 else ew(name, charset, enc)} <{address}>"


def koi_safe(s):
    """What a koi8 mailer makes of typographic characters: the clerk's text as it was sent."""
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("’", "'"), ("„", '"'), ("“", '"')):
        s = s.replace(a, b)
    return s


def text(t, sub="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra_ct=""):
    ct = f"text/{sub}; charset=\"{charset}\"" if charset else f"text/{sub}"
    if flowed:
        ct += "; format=flowed"
    ct += extra_ct
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
                encode_body(t, charset, cte))


def text_bytes(raw, sub, label, cte):
    """A text part whose bytes are given (used for a mislabelled charset)."""
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        body = quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\r\n").encode("ascii")
    elif cte == "base64":
        body = b64(raw)
    else:
        body = raw
    return Part([("Content-Type", f"text/{sub}; charset=\"{label}\""),
                 ("Content-Transfer-Encoding", cte)], body)


def multipart(sub, parts, boundary, extra="", preamble=None):
    ct = f"multipart/{sub};\r\n\tboundary=\"{boundary}\"{extra}"
    body = b""
    if preamble:
        body += crlf(preamble).encode("ascii") + b"\r\n"
    for p in parts:
        body += f"--{boundary}\r\n".encode("ascii") + p.render() + b"\r\n"
    body += f"--{boundary}--\r\n".encode("ascii")
    return Part([("Content-Type", ct)], body)


def fname_params(key, fname, style, charset="utf-8"):
    """Parameter text for a file name: ascii, 2047b, 2047q, 2231, 2231c (continuations)."""
    if style == "ascii":
        return f'{key}="{fname}"'
    if style in ("2047b", "2047q"):
        word = ew(fname, charset, "B" if style == "2047b" else "Q").replace("\r\n ", " ")
        return f'{key}="{word}"'
    pct = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else
                  "".join("%%%02X" % b for b in c.encode(charset)) for c in fname)
    if style == "2231" and len(pct) < 60:
        return f"{key}*={charset}''{pct}"
    # continuations, split between %XX escapes
    chunks, cur, i = [], "", 0
    while i < len(pct):
        tok = pct[i:i + 3] if pct[i] == "%" else pct[i]
        if len(cur) + len(tok) > 39:
            chunks.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    chunks.append(cur)
    out = []
    for n, ch in enumerate(chunks):
        if n == 0:
            out.append(f"{key}*0*={charset}''{ch}")
        else:
            out.append(f"{key}*{n}*={ch}")
    return ";\r\n ".join(out)


MIME_TYPES = {
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
    "png": "image/png",
    "ics": "text/calendar",
}


def attach(data, fname, style="ascii", charset="utf-8", ctype=None, disp="attachment",
           cid=None, sep=";\r\n\t", ct_extra=""):
    ext = fname.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIME_TYPES[ext]
    hdrs = [("Content-Type", f"{ctype}{ct_extra}{sep}" + fname_params("name", fname, style, charset).replace(";\r\n ", sep)),
            ("Content-Transfer-Encoding", "base64")]
    if cid:
        hdrs.append(("Content-ID", f"<{cid}>"))
    if disp:
        hdrs.append(("Content-Disposition", f"{disp}{sep}" + fname_params("filename", fname, style, charset).replace(";\r\n ", sep)))
    return Part(hdrs, b64(data))


def rfc822(msg_bytes, fname=None, style="ascii", charset="utf-8"):
    hdrs = [("Content-Type", "message/rfc822" + (";\r\n\t" + fname_params("name", fname, style, charset) if fname else ""))]
    if fname:
        hdrs.append(("Content-Disposition", "attachment;\r\n\t" + fname_params("filename", fname, style, charset)))
    return Part(hdrs, msg_bytes)


def kyiv(s):
    """'2012-12-12 15:42:08' in Kyiv time -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def fmt_date(d):
    return email.utils.format_datetime(d)


def msgid(name, style, domain):
    h = hashlib.sha1(("hedge:" + name).encode()).hexdigest().upper()
    if style == "outlook":       # Outlook 2007/2010
        return f"<000{h[0]}01{h[1:4].lower()}{h[4:8].lower()}${h[8:16].lower()}${h[16:24].lower()}$@{domain}>"
    if style == "oe":            # Outlook Express / Outlook 2003
        return f"<00{h[0:2].lower()}01{h[2:4].lower()}{h[4:8].lower()}${h[8:16].lower()}$0{h[16:19].lower()}a8c0@{domain}>"
    if style == "tb":            # Thunderbird
        return f"<{h[0:8]}.{int(h[8:12], 16) % 10000:04d}{int(h[12:16], 16) % 1000:03d}@{domain}>"
    if style == "bat":
        return f"<{int(h[:8], 16)}.{h[8:16].lower()}@{domain}>"
    if style == "gmail":
        return f"<CA{base64.b64encode(bytes.fromhex(h[:30])).decode().rstrip('=').replace('/', 'Z').replace('+', 'x')}@mail.gmail.com>"
    if style == "apple":         # Apple Mail / iPhone
        return f"<{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "rc":            # Roundcube
        return f"<{h[:32].lower()}@{domain}>"
    if style == "opera":
        return f"<op.w{h[:12].lower()}@{domain}>"
    if style == "k9":
        return f"<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}@email.android.com>"
    if style == "web":           # ukr.net, i.ua, meta.ua
        return f"<{int(h[:10], 16)}.{int(h[10:16], 16)}.{int(h[16:20], 16)}@{domain}>"
    if style == "cdo":
        return f"<{h[:4]}{h[4:12]}{h[12:16]}@{domain}>"
    return f"<{h[:20].lower()}@{domain}>"


RELAYS = {
    "gov": ("mail.example.gov.ua", "192.0.2.25"),
    "gmail": ("mail-wg0-f44.google.com", "198.51.100.44"),
    "ukrnet": ("fsm2.ukr.net", "198.51.100.120"),
    "iua": ("mx1.i.ua", "203.0.113.17"),
    "meta": ("mail.meta.ua", "203.0.113.92"),
    "org": ("mail.example.org.ua", "192.0.2.77"),
}


def eml(name, *, frm, subject, when, body, mid, client=(), to=MAILBOX, subj_cs="utf-8",
        subj_enc="B", date_utc=False, delay=6, relay="gov", extra=(), cc=None):
    """Assemble a full message.  when: Kyiv local time 'YYYY-MM-DD HH:MM:SS'."""
    d = kyiv(when)
    rd = d + dt.timedelta(seconds=delay)
    assert rd.date() == d.date(), name
    host, ip = RELAYS[relay]
    qid = hashlib.md5(name.encode()).hexdigest()[:10].upper()
    recv = (f"from {host} ({host} [{ip}])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id {qid}\r\n"
            f"\tfor <{MAILBOX}>; {fmt_date(rd)}")
    date_hdr = fmt_date(d.astimezone(dt.timezone.utc)).replace("+0000", "-0000") if date_utc else fmt_date(d)
    hdrs = [("Received", recv), ("Message-ID", mid), ("Date", date_hdr), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", ew(subject, subj_cs, subj_enc)))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += list(client)
    return Part(hdrs + body.headers, body.body).render()


# client header sets ------------------------------------------------------------------------
OUTLOOK2003 = (("X-Mailer", "Microsoft Office Outlook 11"),
               ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931"), ("Thread-Index", "Ac3YoSu9kT6hM2xJQ7m1f0mJ4v8xkA=="))
OUTLOOK2007 = (("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac3Y1Fh6PZzW0yyWR2ygg5mS4c1Qbw=="),
               ("Content-Language", "uk"))
OUTLOOK2010 = (("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac5nBq1ZcJkVfX8yT3uYw0Wq9mE2rQ=="),
               ("Content-Language", "uk"))
OE6 = (("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
       ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"))
TB16 = (("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),)
TB17 = (("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),)
TB24 = (("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),)
BAT4 = (("X-Mailer", "The Bat! (v4.2.44.2) Professional"), ("X-Priority", "3 (Normal)"))
BAT5 = (("X-Mailer", "The Bat! (v5.8.8) Home"), ("X-Priority", "3 (Normal)"))
OPERA = (("User-Agent", "Opera Mail/12.16 (Win32)"),)
APPLE = (("X-Mailer", "Apple Mail (2.1510)"),)
IPHONE = (("X-Mailer", "iPhone Mail (11B651)"),)
K9 = (("User-Agent", "K-9 Mail for Android"),)
ROUNDCUBE = (("User-Agent", "Roundcube Webmail/0.9.5"),)
CDO = (("Content-Class", "urn:content-classes:message"), ("X-Mailer", "Microsoft CDO for Windows 2000"),
       ("Importance", "normal"), ("Priority", "normal"))
UKRNET = (("X-Mailer", "FREEMAIL.UKR.NET 4.0"), ("X-Originating-IP", "[198.51.100.200]"))
IUA = (("X-Mailer", "I.UA Mail Web Client"), ("X-Originating-IP", "203.0.113.150"))
META = (("X-Mailer", "Meta.ua Mail"),)


def client(base, **over):
    out = []
    for n, v in base:
        v = over.get(n.replace("-", "_"), v)
        if v is not None:
            out.append((n, v))
    return tuple(out)


# plain -> html twins -------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paras_html(t, p_open="<p>", p_close="</p>"):
    out = []
    for block in t.strip("\n").split("\n\n"):
        out.append(p_open + "<br>\n".join(esc(l) for l in block.split("\n")) + p_close)
    return "\n".join(out)


def quoted_html(t, bq_open, bq_close="</blockquote>", p_open="<div>", p_close="</div>"):
    """Plain text with '>' quotes -> HTML with nested blockquotes."""
    out, level = [], 0
    for line in t.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        depth = m.group(1).count(">")
        body = m.group(2)
        while level < depth:
            out.append(bq_open)
            level += 1
        while level > depth:
            out.append(bq_close)
            level -= 1
        out.append(p_open + (esc(body) if body.strip() else "<br>") + p_close)
    while level:
        out.append(bq_close)
        level -= 1
    return "\n".join(out)


def word_html(inner, charset="windows-1251", gen="Microsoft Word 12 (filtered medium)"):
    return (f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=Generator content="{gen}">
<style><!--
 /* Font Definitions */
 @font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri","sans-serif";}}
a:link, span.MsoHyperlink
\t{{mso-style-priority:99;
\tcolor:blue;
\ttext-decoration:underline;}}
span.EmailStyle17
\t{{mso-style-type:personal-compose;
\tfont-family:"Calibri","sans-serif";
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style>
</head>
<body lang=UK link=blue vlink=purple>
<div class=WordSection1>
{inner}
</div>
</body>
</html>
""")


def word_paras(t):
    out = []
    for block in t.strip("\n").split("\n\n"):
        for l in block.split("\n"):
            out.append(f"<p class=MsoNormal>{esc(l) if l.strip() else '&nbsp;'}<o:p></o:p></p>")
        out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def tb_html(inner, charset="UTF-8"):
    return (f"<html>\n  <head>\n    <meta content=\"text/html; charset={charset}\"\n      http-equiv=\"Content-Type\">\n"
            f"  </head>\n  <body bgcolor=\"#FFFFFF\" text=\"#000000\">\n{inner}\n  </body>\n</html>\n")


# ---------------------------------------------------------------------------------------
# zvit's own reminder and receipt, as executors quote them
# ---------------------------------------------------------------------------------------

PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"


def reminder(executor_name, today, deadline, missing, overdue=False):
    if overdue:
        head = (f"Нагадуємо, що {deadline} минув термін подання інформації про виконання {PLAN_TITLE} "
                f"(пункт 16 плану).")
    else:
        head = (f"Нагадуємо, що відповідно до пункту 16 {PLAN_TITLE} інформацію про його виконання "
                f"необхідно надати до {deadline} на адресу електронної пошти {MAILBOX}.")
    lines = ["Шановні колеги!", "", head, "",
             f"Станом на {today} від {executor_name} не надійшла інформація за звітний період щодо таких пунктів плану:"]
    for m in missing:
        lines += ["", f"  {m}. {MTEXT[m]}"]
    lines += ["",
              "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.",
              "",
              "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.",
              "",
              "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.",
              "",
              "З повагою",
              UVP_NAME]
    return lines


def receipt(executor_name, received, subject, period, deadline, recognised, missing):
    lines = ["Шановні колеги!", "",
             f"Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від {received} «{subject}».",
             "",
             f"Виконавець: {executor_name}.",
             f"Звітний період: {period}-й (термін подання інформації — {deadline}).",
             "",
             "Розпізнано інформацію щодо таких пунктів плану:"]
    for n, ex in recognised:
        lines.append(f"  • пункт {n}: {ex}")
    lines += ["", "За цей звітний період ще очікується інформація щодо пунктів плану:"]
    for m in missing:
        lines.append(f"  {m}. {MTEXT[m]}")
    lines += ["",
              f"Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу {MAILBOX}.",
              "",
              "З повагою",
              UVP_NAME]
    return lines


# ---------------------------------------------------------------------------------------
# Office attachments: HTML or CSV source, converted once with LibreOffice, then reused
# ---------------------------------------------------------------------------------------

FILTERS = {
    "xls": ("csv", "CSV:44,34,76,1", "xls:MS Excel 97"),
    "xlsx": ("csv", "CSV:44,34,76,1", "xlsx:Calc MS Excel 2007 XML"),
    "ods": ("csv", "CSV:44,34,76,1", "ods:calc8"),
    "doc": ("html", "HTML (StarWriter)", "doc:MS Word 97"),
    "docx": ("html", "HTML (StarWriter)", "docx:MS Word 2007 XML"),
    "odt": ("html", "HTML (StarWriter)", "odt:writer8"),
    "rtf": ("html", "HTML (StarWriter)", "rtf:Rich Text Format"),
    "pdf": ("html", "HTML (StarWriter)", "pdf:writer_pdf_Export"),
}


def csv_text(rows):
    def cell(c):
        c = str(c)
        return '"' + c.replace('"', '""') + '"'
    return "\n".join(",".join(cell(c) for c in r) for r in rows) + "\n"


DOC_CSS = ("body{font-family:'Times New Roman';font-size:13pt}"
           "table{border-collapse:collapse}td,th{border:1px solid #000;padding:3px;vertical-align:top;font-size:11pt}"
           "p.c{text-align:center}p.r{text-align:right}")


def doc_html(inner, title="Документ"):
    return (f"<!DOCTYPE html>\n<html lang=\"uk\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
            f"<style>{DOC_CSS}</style></head><body>\n{inner}\n</body></html>\n")


def table_html(rows, widths=None):
    out = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells = []
        for j, c in enumerate(r):
            w = f' width="{widths[j]}"' if widths and i == 0 else ""
            cells.append(f"<{tag}{w}>{esc(str(c)) if str(c) else '&nbsp;'}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# When and by whom each office file was last saved (Kyiv time), a little before its mail.
ATT_MADE = {
    "ph01": ("2012-12-11 16:05:00", "Гаврилюк Т.В."), "ph03": ("2013-12-12 15:20:00", "Бойко"),
    "ph04": ("2013-03-28 15:47:00", "Savchuk"), "rg01": ("2013-06-11 17:10:00", "Олійник"),
    "rg03": ("2013-12-06 14:02:00", "Мельник Н.В."), "rg04": ("2013-06-17 16:44:00", "Кравченко Л.М."),
    "rg05": ("2013-11-28 11:30:00", "Petrenko"), "pr01": ("2012-12-04 15:31:00", "Шевчук"),
    "pr02": ("2013-06-04 10:12:00", "user"), "pr04": ("2012-12-14 16:20:00", "analityka"),
    "pr05": ("2013-12-11 15:55:00", "Гончаренко"), "fn02": ("2012-12-13 11:48:00", "Admin"),
    "fn03": ("2013-06-10 17:25:00", "Литвин О."), "fn05": ("2013-03-01 16:40:00", "metodyst"),
    "pa02": ("2012-12-14 17:52:00", "Ткачук"), "pa04": ("2013-06-14 12:05:00", "Щербак"),
    "mx01": ("2013-06-13 16:58:00", "Наталія"), "mx03": ("2013-12-12 17:31:00", "Бондар"),
    "mx04": ("2013-12-16 15:07:00", "Клименко П.С."),
}


def backdate(data, ext, made):
    """Give a converted file the save date of its time instead of the conversion date."""
    when = kyiv(made).astimezone(dt.timezone.utc)
    now = dt.datetime.now(dt.timezone.utc)
    if ext == "pdf":
        stamp = when.strftime("D:%Y%m%d%H%M%SZ'").encode()
        return re.sub(rb"D:\d{14}Z'", stamp, data)   # same length: offsets stay valid
    if ext in ("xlsx", "ods"):
        import io
        import zipfile
        iso = when.strftime("%Y-%m-%dT%H:%M:%S")
        src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                b = src.read(info.filename)
                if info.filename in ("docProps/core.xml", "meta.xml"):
                    t = b.decode("utf-8")
                    t = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + iso + "Z", t)
                    t = re.sub(r"(<meta:creation-date>|<dc:date>)[^<]*", lambda m: m.group(1) + iso, t)
                    b = t.encode("utf-8")
                zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
                zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
                z.writestr(zi, b)
        return out.getvalue()
    if ext == "xls":   # OLE property sets: VT_FILETIME values near the conversion time
        ft = lambda d: int((d - dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)).total_seconds() * 10**7)
        lo, hi, new = ft(now - dt.timedelta(days=2)), ft(now + dt.timedelta(days=1)), struct.pack("<Q", ft(when))
        b = bytearray(data)
        for i in range(0, len(b) - 12):
            if b[i:i + 4] == b"\x40\x00\x00\x00" and lo <= struct.unpack("<Q", bytes(b[i + 4:i + 12]))[0] <= hi:
                b[i + 4:i + 12] = new
        return bytes(b)
    return data


def office(stem, ext, source):
    """Return the bytes of attachments/STEM.EXT, converting SOURCE with soffice only if needed."""
    kind, infilter, outfilter = FILTERS[ext]
    made, author = ATT_MADE[stem]
    if kind == "html":   # the document's own properties, as Word or Writer would have saved them
        iso = kyiv(made).strftime("%Y-%m-%dT%H:%M:%S")
        source = source.replace("</title>", f"</title><meta name=\"author\" content=\"{author}\">"
                                f"<meta name=\"created\" content=\"{iso}\"><meta name=\"changed\" content=\"{iso}\">"
                                f"<meta name=\"changedby\" content=\"{author}\">", 1)
    os.makedirs(SRC, exist_ok=True)
    src = os.path.join(SRC, f"{stem}.{ext}.{kind}")
    out = os.path.join(ATT, f"{stem}.{ext}")
    fresh = os.path.exists(out) and os.path.exists(src) and open(src, encoding="utf-8").read() == source
    if not fresh:
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        conv = os.path.join(WORK, "conv")
        os.makedirs(conv, exist_ok=True)
        tmp = os.path.join(conv, f"{stem}.{kind}")
        shutil.copy(src, tmp)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo",
                        f"--infilter={infilter}", "--convert-to", outfilter, "--outdir", conv, tmp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        data = backdate(open(os.path.join(conv, f"{stem}.{ext}"), "rb").read(), ext, made)
        with open(out, "wb") as f:
            f.write(data)
        os.remove(os.path.join(conv, f"{stem}.{ext}"))
    data = open(out, "rb").read()
    assert len(data) < 60 * 1024, (out, len(data))
    return data


def png_logo(w=40, h=40):
    """A small two-colour PNG (an inline signature logo)."""
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            inside = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (w / 2.4) ** 2
            row += bytes((30, 90, 160) if inside and y < h * 0.55 else (240, 200, 40) if inside else (255, 255, 255))
        rows += row

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ===========================================================================================
# THE MAILS
# ===========================================================================================

SHORT = {
    1: "Приведення інформаційного наповнення та функціонування офіційних Інтернет-сайтів до вимог чинного законодавства",
    2: "Створення на офіційному сайті ОДА рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»",
    3: "Створення та підтримка роботи веб-ресурсу «Чернігівська громада»",
    4: "Створення на базі веб-ресурсу «Чернігівська громада» Інтернет-форуму",
    5: "Організація роботи «гарячої лінії» голови облдержадміністрації",
    6: "Проведення консультацій з громадськістю (постанова КМУ від 03.11.2010 № 996)",
    7: "Залучення представників ІГС до роботи дорадчо-консультативних органів",
    8: "Введення голів комітетів Громадської ради до складу колегій структурних підрозділів",
    9: "Залучення членів громадських рад до обговорення проектів розпоряджень, цільових програм, рішень",
    10: "Рекомендувати громадським радам створити комісію (робочу групу) з питань відкритості та прозорості",
    11: "Організація проведення «Днів відкритих дверей»",
    12: "Сприяння проведенню громадських експертиз, громадських антикорупційних експертиз",
    13: "Проведення навчальних семінарів для заступників керівників та спеціалістів",
    14: "Розроблення та поширення методичних посібників",
    15: "Організація громадського обговорення виконання заходів Плану",
    16: "Надання інформації про виконання Плану",
}
TERM = {n: "Постійно" for n in range(1, 17)}
TERM.update({3: "IV квартал 2012 року", 4: "I квартал 2013 року", 13: "До 1 березня 2013 року",
             14: "До 1 січня 2013 року", 15: "Щорічно", 16: "До 15.12.2012, 15.06.2013, 15.12.2013"})


# ---------------------------------------------------------------------------------------- ph

KEY = {"class": "placeholder", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A row for every measure 1–16: dashes, «х», a bare «не проводились», a pure promise under 9 and «Інформацію надано» under 16 count for nothing; rows 1 and 6 mix deeds with plans, and row 10 names what was not done and why.",
       "items": [{"measure": 1, "source": "Інформація_Козелецька_РДА_грудень_2012.xls"},
                 {"measure": 6, "source": "Інформація_Козелецька_РДА_грудень_2012.xls"},
                 {"measure": 10, "source": "Інформація_Козелецька_РДА_грудень_2012.xls"}]}


@mail("ph01", KEY)
def ph01():
    fill = {
        1: "Офіційний веб-сайт райдержадміністрації функціонує, наповнення здійснюється постійно. У жовтні оновлено розділ «Доступ до публічної інформації», розміщено 37 розпоряджень голови РДА. Створення розділу «Громадянське суспільство» планується в січні 2013 р.",
        2: "х", 3: "-", 4: "-", 5: "-",
        6: "Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік (06.12.2012), зустрічі з мешканцями сіл Данівка та Лихолітки з питань благоустрою. Також планується провести опитування щодо якості надання адміністративних послуг.",
        7: "не проводились", 8: "х",
        9: "Проект Програми соціально-економічного розвитку району на 2013 рік буде винесено на громадське обговорення найближчим часом.",
        10: "Рекомендацію щодо створення комісії з питань відкритості та прозорості громадській раді при РДА не надавали у зв'язку з тим, що склад громадської ради оновлюється (установчі збори призначено на 20.12.2012).",
        11: "х", 12: "не проводились", 13: "-", 14: "-", 15: "-", 16: "Інформацію надано",
    }
    rows = [["Інформація Козелецької районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (станом на 10.12.2012)", "", "", ""],
            ["", "", "", ""],
            ["№ п/п", "Зміст заходу", "Термін виконання", "Інформація про виконання"]]
    rows += [[str(n), SHORT[n], TERM[n], fill[n]] for n in range(1, 17)]
    rows += [["", "", "", ""], ["", "Заступник голови райдержадміністрації", "", "О.М. Литвиненко"]]
    xls = office("ph01", "xls", csv_text(rows))
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Козелецька райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області станом на 10.12.2012 (таблиця додається).\n\n"
             "Заступник голови райдержадміністрації                О.М. Литвиненко\n\n"
             "Виконавець: Гаврилюк Т.В., (04646) 2-15-47\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                  text(word_html(word_paras(plain)), "html", "windows-1251", "quoted-printable")],
                  "----=_NextPart_001_0013_01CDD87A.6E1C2B90"),
        attach(xls, "Інформація_Козелецька_РДА_грудень_2012.xls", "2047b", "windows-1251")],
        "----=_NextPart_000_0012_01CDD87A.6E1C2B90", preamble="This is a multipart message in MIME format.")
    return eml("ph01", frm=addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"),
               subject="Інформація про виконання плану заходів \"Відкритий уряд\"", subj_cs="windows-1251",
               when="2012-12-12 15:42:08", mid=msgid("ph01", "outlook", "example.gov.ua"),
               client=OUTLOOK2007, body=body)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A tab table pasted from Excel into a Thunderbird body: «+», «без змін», «х», «немає» and «Проводяться постійно» (the plan's own term) are placeholders; 7 and 8 state deeds, and 12 says no expertise was held and why.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("ph02", KEY)
def ph02():
    fill = {
        1: "+", 2: "без змін", 3: "х", 4: "х", 5: "х",
        6: "Проводяться постійно",
        7: "До складу Художньої ради управління та експертної ради з питань охорони культурної спадщини включено 3 представників громадських організацій (наказ від 22.02.2013 № 34)",
        8: "Голову комітету з питань культури та духовності Громадської ради при облдержадміністрації Гнатенка О.В. введено до складу колегії управління (наказ від 14.03.2013 № 41); зміни до положення про управління не вносились у зв'язку з відсутністю такої потреби",
        9: "немає", 10: "х", 11: "х",
        12: "Запитів від ІГС на проведення громадської експертизи не надходило, тому експертиза не проводилась",
        13: "х", 14: "х", 15: "х", 16: "-",
    }
    lines = ["Доброго дня!", "",
             "Вибачте за затримку - інформація управління культури і туризму облдержадміністрації за І півріччя 2013 р.:",
             "", "№\tЗміст заходу\tСтан виконання"]
    lines += [f"{n}\t{SHORT[n]}\t{fill[n]}" for n in range(1, 17)]
    lines += ["", "З повагою,", "Руденко Ірина",
              "головний спеціаліст відділу організаційно-аналітичної роботи",
              "управління культури і туризму облдержадміністрації",
              "тел. (0462) 67-54-12", ""]
    body = text("\n".join(lines), "plain", "UTF-8", "8bit")
    return eml("ph02", frm=addr("Ірина Руденко", "kultura@example.gov.ua", "UTF-8"),
               subject="Відкритий уряд - інформація за І півріччя", subj_cs="UTF-8",
               when="2013-06-17 09:12:44", mid=msgid("ph02", "tb", "example.gov.ua"),
               client=TB17, body=body)


KEY = {"class": "placeholder", "executor": "rda-talalaivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word table with every measure: «Робота триває», «Планується», «В стадії розробки», «Виконано» and dashes say nothing; row 6 is a reasoned refusal that names consultations, row 7 a deed.",
       "items": [{"measure": 6, "source": "Талалаївська_РДА_ІІ_півріччя_2013.doc"},
                 {"measure": 7, "source": "Талалаївська_РДА_ІІ_півріччя_2013.doc"}]}


@mail("ph03", KEY)
def ph03():
    fill = {
        1: "Робота триває", 2: "—", 3: "—", 4: "—", 5: "—",
        6: "Консультації з громадськістю у ІІ півріччі не проводились у зв'язку з відсутністю проектів рішень, що потребують обговорення; орієнтовний план проведення консультацій на 2014 рік в стадії розробки",
        7: "Представників громадськості включено до складу координаційної ради з питань розвитку підприємництва (2 особи) та комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій (1 особа)",
        8: "—", 9: "Планується", 10: "В стадії розробки", 11: "—", 12: "—", 13: "—", 14: "—", 15: "—",
        16: "Виконано",
    }
    rows = [["№ з/п", "Зміст заходу", "Термін виконання", "Інформація про виконання"]]
    rows += [[str(n), SHORT[n], TERM[n], fill[n]] for n in range(1, 17)]
    inner = ("<p class=\"c\"><b>ІНФОРМАЦІЯ</b><br>Талалаївської районної державної адміністрації про виконання Плану заходів "
             "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації "
             "Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року</p>\n"
             + table_html(rows, ["6%", "38%", "14%", "42%"]) +
             "\n<p>&nbsp;</p><p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Л.П. Бойко</p>")
    doc = office("ph03", "doc", doc_html(inner, "Інформація Талалаївської РДА"))
    plain = ("Добрий день.\nНадсилаємо інформацію за ІІ півріччя 2013 року.\n\n"
             "-- \nЗ повагою,\nзагальний відділ апарату Талалаївської РДА\n")
    body = multipart("mixed", [text(plain, "plain", "koi8-u", "8bit"),
                               attach(doc, "Талалаївська_РДА_ІІ_півріччя_2013.doc", "2047q", "koi8-u", sep="; ")],
                     "----------1D4A8F2E0B6C93A")
    return eml("ph03", frm=addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "koi8-u"),
               subject="Відкритий уряд, ІІ півріччя", subj_cs="koi8-u",
               when="2013-12-13 11:05:37", mid=msgid("ph03", "bat", "example.gov.ua"),
               client=BAT5, body=body)


KEY = {"class": "placeholder", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own sector reports from its registered box; the cover calls 2, 6-9, 12 «не наші» (not applicable), the sheet has dashes, «без змін» and a bare «+» under 14; 4 is «частково виконано» with its object, 13 a reasoned refusal.",
       "items": [{"measure": 3, "source": "vykonannia_UVP_I_kv_2013.xlsx"},
                 {"measure": 4, "source": "vykonannia_UVP_I_kv_2013.xlsx"},
                 {"measure": 11, "source": "vykonannia_UVP_I_kv_2013.xlsx"},
                 {"measure": 13, "source": "vykonannia_UVP_I_kv_2013.xlsx"}]}


@mail("ph04", KEY)
def ph04():
    fill = {n: "—" for n in range(1, 17)}
    fill.update({
        3: "Веб-ресурс «Чернігівська громада» функціонує, адміністрування здійснюється спільно з Громадською радою при облдержадміністрації; за квартал розміщено 64 матеріали громадських організацій",
        4: "Інтернет-форум на базі веб-ресурсу створено (розділ «Форум» відкрито 15.03.2013), технічне налаштування частково виконано; модерацію форуму планується передати Громадській раді",
        5: "х",
        10: "без змін",
        11: "День відкритих дверей проведено 21.02.2013 (18 учасників, з них 6 представників ЗМІ); наступний планується у травні",
        13: "Семінар не проведено у зв'язку з перенесенням Центром перепідготовки та підвищення кваліфікації терміну навчання на квітень 2013 р.",
        14: "+",
        15: "-",
    })
    rows = [["№", "Захід", "Інформація про виконання"]]
    rows += [[str(n), SHORT[n], fill[n]] for n in range(1, 17)]
    xlsx = office("ph04", "xlsx", csv_text(rows))
    plain = ("Колеги, для зведення — інформація управління за І квартал по пунктах, де ми виконавці (таблиця).\n"
             "Пункти 2, 6-9, 12 — не наші, у таблиці прочерки.\n\n"
             "Н. Савчук\n"
             "сектор аналітичної роботи\n")
    html = word_html(word_paras(plain))
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                  text(html, "html", "windows-1251", "quoted-printable")],
                  "----=_NextPart_001_0041_01CE2BC4.91D3E720"),
        attach(xlsx, "vykonannia_UVP_I_kv_2013.xlsx", "ascii")],
        "----=_NextPart_000_0040_01CE2BC4.91D3E720", preamble="This is a multipart message in MIME format.")
    return eml("ph04", frm=addr("Савчук Наталія", "uvp-info@example.gov.ua", "windows-1251"),
               subject="І квартал - виконання плану (УВП)", subj_cs="windows-1251",
               when="2013-03-28 16:20:11", mid=msgid("ph04", "outlook", "example.gov.ua"),
               client=OUTLOOK2010, body=body)


KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian HTML-only table from Outlook Express with all 16 rows: «—», «нет», a bare «не проводилось» and «не касается» (for 10, which the district in fact owes) say nothing; 1 and 6 are deeds in the present tense mixed with plans, 12 a refusal with its reason.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("ph05", KEY)
def ph05():
    short_ru = {
        1: "Приведение информационного наполнения официальных веб-сайтов в соответствие с требованиями законодательства",
        2: "Создание рубрик на официальном сайте ОГА", 3: "Веб-ресурс «Чернігівська громада»",
        4: "Интернет-форум", 5: "«Горячая линия» председателя ОГА",
        6: "Проведение консультаций с общественностью", 7: "Привлечение представителей ИГО к работе консультативно-совещательных органов",
        8: "Введение председателей комитетов Общественного совета в состав коллегий",
        9: "Привлечение членов общественных советов к обсуждению проектов распоряжений, программ",
        10: "Рекомендовать общественным советам создать комиссию по вопросам открытости",
        11: "«Дни открытых дверей»", 12: "Содействие проведению общественных экспертиз",
        13: "Учебные семинары", 14: "Методические пособия", 15: "Общественное обсуждение выполнения Плана",
        16: "Предоставление информации",
    }
    fill = {n: "—" for n in range(1, 17)}
    fill.update({
        1: "Официальный сайт РГА функционирует, наполнение проводится постоянно, в ноябре обновлен раздел «Регуляторная деятельность»",
        6: "Проведено 2 общественных слушания (по проекту бюджета района на 2013 год и по вопросам тарифов на вывоз ТБО); в декабре планируется провести еще одно",
        7: "не проводилось", 9: "нет", 10: "не касается",
        12: "Общественные экспертизы не проводились в связи с отсутствием обращений институтов гражданского общества",
    })
    trs = "\n".join(
        f"<TR>\n<TD vAlign=3Dtop width=3D30><FONT face=3DArial size=3D2>{n}</FONT></TD>\n"
        f"<TD vAlign=3Dtop><FONT face=3DArial size=3D2>{esc(short_ru[n])}</FONT></TD>\n"
        f"<TD vAlign=3Dtop><FONT face=3DArial size=3D2>{esc(fill[n])}</FONT></TD></TR>"
        for n in range(1, 17)).replace("=3D", "=")
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD>
<META http-equiv=Content-Type content="text/html; charset=windows-1251">
<META content="MSHTML 6.00.2900.6266" name=GENERATOR>
<STYLE></STYLE>
</HEAD>
<BODY bgColor=#ffffff>
<DIV><FONT face=Arial size=2>Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации</FONT></DIV>
<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>
<DIV><FONT face=Arial size=2>Репкинская райгосадминистрация направляет информацию о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области (извините за задержку, в пятницу не было интернета).</FONT></DIV>
<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>
<TABLE cellSpacing=0 cellPadding=2 width="100%" border=1>
<TR>
<TD><FONT face=Arial size=2><B>№</B></FONT></TD>
<TD><FONT face=Arial size=2><B>Мероприятие</B></FONT></TD>
<TD><FONT face=Arial size=2><B>Выполнение</B></FONT></TD></TR>
{trs}
</TABLE>
<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>
<DIV><FONT face=Arial size=2>Заместитель председателя райгосадминистрации&nbsp;&nbsp;&nbsp; Г.А. Пономаренко</FONT></DIV>
<DIV><FONT face=Arial size=2>Исп. Сидоренко Л.В., 2-12-40</FONT></DIV></BODY></HTML>
"""
    body = text(html, "html", "windows-1251", "quoted-printable")
    return eml("ph05", frm=addr("Репкинская РГА", "rda-ripky@example.gov.ua", "windows-1251"),
               subject="Информация Открытое правительство", subj_cs="windows-1251",
               when="2012-12-17 10:31:55", mid=msgid("ph05", "oe", "pc15"),
               client=OE6, body=body)


# ---------------------------------------------------------------------------------------- bp

def quote(lines, prefix="> "):
    return [(prefix + l) if l else prefix.rstrip() for l in lines]


def interleave(rem_lines, answers):
    """Quoted reminder with answers typed below each quoted measure (answers: {n: text})."""
    out = []
    for l in rem_lines:
        out.append(("> " + l) if l else ">")
        m = re.match(r"^  (\d+)\. ", l)
        if m and int(m.group(1)) in answers:
            out.append(answers[int(m.group(1))])
            out.append("")
    return out


KEY = {"class": "bottom_post", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird answers typed under each quoted item of zvit's reminder: a bare «Не проводились.» under 7 and a pure promise under 9 count for nothing; 10 is a deed followed by a plan, 12 a refusal with its reason under its quoted item.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp01", KEY)
def bp01():
    rem = reminder("Бобровицька районна державна адміністрація", "14.12.2012", "15.12.2012", [6, 7, 9, 10, 12])
    ans = {
        6: "Громадські слухання щодо проекту районного бюджету на 2013 рік проведено 11.12.2012 в актовій залі РДА (присутні 42 особи). Консультації щодо проекту програми розвитку освіти району планується провести в січні.",
        7: "Не проводились.",
        9: "Проект програми розвитку культури району на 2013-2015 рр. буде оприлюднено для обговорення після погодження з фінансовим управлінням.",
        10: "Громадській раді при райдержадміністрації рекомендацію надано листом від 05.11.2012 № 01-12/1190, питання буде розглянуто на черговому засіданні ради.",
        12: "Громадських експертиз у звітному періоді не проводилось у зв'язку з відсутністю запитів від інститутів громадянського суспільства.",
    }
    lines = ["14.12.2012 9:00, Управління з питань внутрішньої політики пише:"]
    lines += interleave(rem, ans)
    lines += ["", "-- ", "Сергієнко В.П.,", "головний спеціаліст відділу організаційної роботи",
              "Бобровицької райдержадміністрації", "тел. (04632) 2-13-58", ""]
    plain = "\n".join(lines)
    html_inner = quoted_html(plain, '<blockquote cite="mid:zvit-20121214070000-bobrovytsia@cg.ukrtel.net" type="cite">')
    body = multipart("alternative", [
        text(plain, "plain", "UTF-8", "quoted-printable"),
        text(tb_html(html_inner), "html", "UTF-8", "quoted-printable")],
        "------------080207060901030905040708", preamble="This is a multi-part message in MIME format.")
    return eml("bp01", frm=addr("Сергієнко Валентина", "rda-bobrovytsia@example.gov.ua", "UTF-8"),
               subject="Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд» (до 15.12.2012)",
               when="2012-12-14 14:03:27", mid=msgid("bp01", "tb", "example.gov.ua"), client=TB17, body=body,
               extra=[("In-Reply-To", "<zvit-20121214070000-bobrovytsia@cg.ukrtel.net>"),
                      ("References", "<zvit-20121214070000-bobrovytsia@cg.ukrtel.net>")])


KEY = {"class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Ukrainian Outlook «Від/Надіслано/Кому/Тема» block with no «>»: the office's own earlier letter (1, 6, 7) is quoted above and the supplement typed below it; 8 is a deed, 12 a refusal with its reason plus a plan.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp02", KEY)
def bp02():
    old = ("Управління охорони здоров'я облдержадміністрації надає інформацію про виконання Плану заходів за І півріччя 2013 року:\n"
           "п. 1 – на офіційному сайті управління створено розділ «Громадське обговорення», розміщуються проекти наказів;\n"
           "п. 6 – 23.04.2013 проведено громадське обговорення проекту Концепції реформування первинної медичної допомоги (43 учасники);\n"
           "п. 7 – представники ГО «Пацієнти Чернігівщини» включені до складу Етичної комісії управління.\n"
           "Інформація щодо пп. 8, 12 буде надана додатково.\n\n"
           "Начальник управління                      В.І. Кравець")
    new = ("Доповнення до листа від 11.06.2013:\n"
           "п. 8 – голову комітету з питань охорони здоров'я Громадської ради при облдержадміністрації Бондаренко Л.М. включено до складу колегії управління (наказ від 12.06.2013 № 388), відповідні зміни до Положення про управління не вносились, оскільки склад колегії затверджується наказом;\n"
           "п. 12 – громадських антикорупційних експертиз проектів наказів не проводилось, оскільки проекти нормативно-правових актів управлінням у І півріччі не розроблялись; з липня планується розміщувати проекти наказів на сайті для проведення експертизи.\n\n"
           "З повагою\n"
           "О. Мироненко, провідний спеціаліст\n"
           "управління охорони здоров'я облдержадміністрації\n"
           "(0462) 67-51-90")
    hdr = ("Від: Управління охорони здоров'я ОДА [mailto:zdorovia@example.gov.ua] \n"
           "Надіслано: 11 червня 2013 р. 16:15\n"
           "Кому: uvp@cg.ukrtel.net\n"
           "Тема: Інформація управління охорони здоров'я (Відкритий уряд)")
    plain = "\n\n_____________________________________________\n" + hdr + "\n\n" + old + "\n\n\n" + new + "\n"
    hdr_html = ("<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:</span></b>"
                "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Управління охорони здоров'я ОДА [mailto:zdorovia@example.gov.ua] <br>"
                "<b>Надіслано:</b> 11 червня 2013 р. 16:15<br><b>Кому:</b> uvp@cg.ukrtel.net<br>"
                "<b>Тема:</b> Інформація управління охорони здоров'я (Відкритий уряд)<o:p></o:p></span></p></div>")
    inner = ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + hdr_html + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             + word_paras(old) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             + word_paras(new).replace("<p class=MsoNormal>", "<p class=MsoNormal><span style='color:#1F497D'>").replace("<o:p></o:p></p>", "</span><o:p></o:p></p>"))
    body = multipart("alternative", [
        text(plain, "plain", "windows-1251", "base64"),
        text(word_html(inner, gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251", "base64")],
        "----=_NextPart_000_01A7_01CE6830.5D4C9F10")
    return eml("bp02", frm=addr("Управління охорони здоров'я ОДА", "zdorovia@example.gov.ua", "windows-1251"),
               subject="RE: Інформація управління охорони здоров'я (Відкритий уряд)", subj_cs="windows-1251",
               when="2013-06-13 12:47:19", mid=msgid("bp02", "outlook", "example.gov.ua"), client=OUTLOOK2010,
               body=body)


KEY = {"class": "bottom_post", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply below zvit's quoted receipt (which lists 1, 6, 12 as recognised and 7, 9, 10 as awaited): 7 is a deed, 9 a refusal with its reason plus a promise of work, 10 only a promise of the information.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("bp03", KEY)
def bp03():
    rec = receipt("Сосницька районна державна адміністрація", "06.12.2013", "Інформація Сосницької РДА за ІІ півріччя",
                  3, "15.12.2013",
                  [(1, "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства…"),
                   (6, "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік…"),
                   (12, "Громадські експертизи не проводились у зв'язку з відсутністю звернень…")],
                  [7, 9, 10])
    new = ("Доповнюємо:\n"
           "п. 7 – до складу районної комісії з питань захисту прав дитини включено представника ГО «Сосницькі джерела» (розпорядження голови РДА від 18.11.2013 № 412).\n"
           "п. 9 – жодних проектів розпоряджень на громадське обговорення у ІІ півріччі не виносилось у зв'язку з тим, що регуляторні акти райдержадміністрацією не приймались; надалі буде забезпечено.\n"
           "п. 10 – інформацію буде надано після засідання громадської ради 20.12.2013.\n\n"
           "--\nЗ повагою, Нестеренко О.\nСосницька РДА, відділ організаційної роботи")
    plain = ("\n\n09.12.2013 09:00, Управління з питань внутрішньої політики написав:\n"
             + "\n".join(quote(rec)) + "\n\n" + new + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n</head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            "<p>&nbsp;</p>\n<p>09.12.2013 09:00, Управління з питань внутрішньої політики написав:</p>\n"
            '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
            + paras_html("\n".join(rec), '<p style="margin: 0;">', "</p>") +
            "\n</blockquote>\n" + paras_html(new) + "\n</body></html>\n")
    body = multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable", flowed=True),
                                     text(html, "html", "UTF-8", "quoted-printable")],
                     "=_5c1f6e0a9d3b7c4e2f8a1b0d9c6e3f72")
    return eml("bp03", frm=addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "UTF-8"),
               subject="Re: Підтвердження отримання: Інформація Сосницької РДА за ІІ півріччя",
               when="2013-12-10 10:22:40", mid=msgid("bp03", "rc", "example.gov.ua"), client=ROUNDCUBE,
               body=body, extra=[("In-Reply-To", "<zvit-r-20131209-0041@cg.ukrtel.net>")])


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "K-9 Mail on a phone, typed below zvit's quoted overdue reminder the day after the deadline: 2 is information sent for the rubric (work on it), «п.9 робота триває» is a bare status, and the promise of details covers nothing.",
       "items": [{"measure": 2, "source": "body"}]}


@mail("bp04", KEY)
def bp04():
    rem = reminder("Управління освіти і науки облдержадміністрації", "16.12.2013", "15.12.2013", [2, 9], overdue=True)
    plain = ("\n\nУправління з питань внутрішньої політики <uvp@cg.ukrtel.net> написав:\n"
             + "\n".join(quote(rem)) + "\n\n"
             "п.2 - інформація про хід виконання обласної програми \"Освіта Чернігівщини\" за 9 міс. направлена для розміщення в рубриці \"Хід виконання цільових програм\" (лист від 29.10.13)\n"
             "п.9 робота триває\n"
             "детальніше надамо до 20.12, зараз у відрядженні\n"
             "Коваль Т.М.\n\n"
             "-- \nНадіслано з мого Android-пристрою через K-9 Mail.\n")
    body = text(plain, "plain", "UTF-8", "quoted-printable")
    return eml("bp04", frm=addr("Коваль Тетяна", "osvita@example.gov.ua", "UTF-8"),
               subject="Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»",
               when="2013-12-16 08:14:03", mid=msgid("bp04", "k9", "example.gov.ua"), client=K9, body=body,
               extra=[("In-Reply-To", "<zvit-20131216073000-osvita@cg.ukrtel.net>")])


KEY = {"class": "bottom_post", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian-UI Outlook 2003 «Исходное сообщение» block with no «>»: answers marked «ВІДПОВІДЬ:» typed between the quoted reminder's items; «х» under 7 is a placeholder, 6 mixes a meeting held with consultations planned, 12 is a refusal with its reason.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp05", KEY)
def bp05():
    rem = reminder("Менська районна державна адміністрація", "28.11.2012", "15.12.2012", [1, 6, 7, 12])
    ans = {
        1: "ВІДПОВІДЬ: Сайт райдержадміністрації приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3, проводиться постійне наповнення розділів; розділ «Звернення громадян» в стадії доопрацювання.",
        6: "ВІДПОВІДЬ: 20.11.2012 проведено зустріч з мешканцями смт Мена щодо благоустрою центральної площі; консультації з громадськістю щодо проекту районного бюджету на 2013 рік плануються у грудні.",
        7: "ВІДПОВІДЬ: х",
        12: "ВІДПОВІДЬ: Громадська антикорупційна експертиза не проводилась — проекти нормативно-правових актів у РДА в цей період не розроблялись.",
    }
    segs = []  # (is_answer, text)
    for l in rem:
        segs.append((False, l))
        m = re.match(r"^  (\d+)\. ", l)
        if m and int(m.group(1)) in ans:
            segs += [(False, ""), (True, ans[int(m.group(1))])]
    top = "Відповіді — у тексті нижче (виділено).\n\nГоловний спеціаліст відділу організаційної роботи Менської РДА\nПавленко С.М."
    hdr = ["-----Исходное сообщение-----",
           "От: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] ",
           "Отправлено: 28 ноября 2012 г. 9:00",
           "Кому: rda-mena@example.gov.ua",
           "Тема: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»"]
    plain = top + "\n\n" + "\n".join(hdr) + "\n\n" + "\n".join(t for _, t in segs) + "\n"
    hp = [word_paras(top), "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
          "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
          "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:Tahoma'>From:</span></b>"
          "<span style='font-size:10.0pt;font-family:Tahoma'> Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] <br>"
          "<b>Sent:</b> Wednesday, November 28, 2012 9:00 AM<br><b>To:</b> rda-mena@example.gov.ua<br>"
          "<b>Subject:</b> Нагадування: інформація про виконання Плану заходів «Відкритий уряд»</span></p></div>"]
    for is_ans, t in segs:
        if is_ans:
            hp.append(f"<p class=MsoNormal><b><span style='color:#0070C0'>{esc(t)}</span></b><o:p></o:p></p>")
        else:
            hp.append(f"<p class=MsoNormal>{esc(t) if t else '&nbsp;'}<o:p></o:p></p>")
    # Outlook 2003 in a Russian UI writes the block in Russian in plain text but leaves the
    # HTML header labels as the quoted message had them: keep the plain text Russian.
    hp[2] = hp[2].replace("From:", "От:").replace("<b>Sent:</b> Wednesday, November 28, 2012 9:00 AM", "<b>Отправлено:</b> 28 ноября 2012 г. 9:00").replace("<b>To:</b>", "<b>Кому:</b>").replace("<b>Subject:</b>", "<b>Тема:</b>")
    html = word_html("\n".join(hp), gen="Microsoft Word 11 (filtered medium)")
    body = multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                     text(html, "html", "windows-1251", "quoted-printable")],
                     "----=_NextPart_000_0009_01CDCD6B.2F61E6A0")
    return eml("bp05", frm=addr("Павленко Світлана", "rda-mena@example.gov.ua", "windows-1251"),
               subject="RE: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", subj_cs="windows-1251",
               when="2012-11-29 15:55:12", mid=msgid("bp05", "oe", "example.gov.ua"), client=OUTLOOK2003,
               body=body)


# ---------------------------------------------------------------------------------------- nr

KEY = {"class": "not_report", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An invitation to public hearings with an .ics: the hearings are still to come, and the announcement on the site and the organisations that confirmed are done for that event, not reports on 1 or 6; the closing promise covers nothing.",
       "items": []}


@mail("nr01", KEY)
def nr01():
    plain = ("Шановні колеги!\n\n"
             "Борзнянська районна державна адміністрація запрошує представників управління взяти участь у громадських "
             "слуханнях щодо проекту Програми соціально-економічного розвитку району на 2013 рік, які відбудуться "
             "29 листопада 2012 року о 10.00 у залі засідань райдержадміністрації (м. Борзна, вул. Шевченка, 11).\n\n"
             "Оголошення про слухання розміщено на офіційному сайті РДА та в районній газеті «Вісті Борзнянщини»; "
             "участь уже підтвердили представники 9 громадських організацій району.\n\n"
             "Просимо повідомити про участь до 27.11.2012.\n\n"
             "Інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості буде надано у встановлений термін.\n\n"
             "З повагою\n"
             "відділ організаційної роботи апарату Борзнянської райдержадміністрації\n"
             "(04653) 2-14-33\n")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\nTZID:Europe/Kiev\nBEGIN:STANDARD\nDTSTART:16011028T040000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
           "TZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010325T030000\n"
           "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nORGANIZER;CN=Борзнянська РДА:MAILTO:rda-borzna@example.gov.ua\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:MAILTO:uvp@cg.ukrtel.net\n"
           "DESCRIPTION:Громадські слухання щодо проекту Програми соціально-економічного розвитку району на 2013 рік\n"
           "DTSTART;TZID=Europe/Kiev:20121129T100000\nDTEND;TZID=Europe/Kiev:20121129T123000\n"
           "LOCATION:м. Борзна\\, вул. Шевченка\\, 11\\, зал засідань РДА\nSUMMARY:Громадські слухання (Борзнянська РДА)\n"
           "UID:040000008200E00074C5B7101A82E0080000000090A1F1B3DAC6CD01000000000000000010000000\n"
           "DTSTAMP:20121120T090245Z\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                  text(word_html(word_paras(plain)), "html", "windows-1251", "quoted-printable")],
                  "----=_NextPart_001_0027_01CDC71E.2A4B3C50"),
        attach(crlf(ics).encode("utf-8"), "zaproshennia.ics", "ascii", ctype="text/calendar", ct_extra="; method=REQUEST; charset=\"utf-8\"")],
        "----=_NextPart_000_0026_01CDC71E.2A4B3C50", preamble="This is a multipart message in MIME format.")
    return eml("nr01", frm=addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251"),
               subject="Запрошення на громадські слухання 29.11.2012", subj_cs="windows-1251",
               when="2012-11-20 11:02:45", mid=msgid("nr01", "outlook", "example.gov.ua"), client=OUTLOOK2007, body=body)


KEY = {"class": "not_report", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Questions whether 2 and 8 must be answered and whether last year's information on 10 will do; the working group on openness is a premise inside a question, and «готується, надішлемо» promises the rest.",
       "items": []}


@mail("nr02", KEY)
def nr02():
    plain = ("Добрий день!\n\n"
             "Підкажіть, будь ласка, чи потрібно Ніжинській РДА подавати інформацію щодо пп. 2, 8 плану, якщо у листі-нагадуванні "
             "вони не зазначені?\n"
             "І ще питання щодо п. 10: при громадській раді при РДА вже працює робоча група з питань відкритості, чи достатньо "
             "буде послатися на торішню інформацію, чи треба писати заново?\n\n"
             "Щодо пп. 1, 6, 7, 9, 12 інформація готується, надішлемо до 14.06.\n\n"
             "З повагою, Дорошенко Т.\n"
             "відділ організаційної роботи та інформаційної діяльності апарату Ніжинської РДА\n"
             "тел. (04631) 2-41-07\n")
    body = text(plain, "plain", "utf-8", "8bit")
    return eml("nr02", frm=addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "utf-8"),
               subject="питання щодо звітування (Відкритий уряд)",
               when="2013-06-10 09:33:18", mid=msgid("nr02", "opera", "pc-orgviddil"), client=OPERA, body=body)


KEY = {"class": "not_report", "executor": "su-ekonomika", "period": 3, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "A formal request to extend the term to 20.12.2013: hearings being prepared, information on 1, 6, 9 «узагальнюється», materials on 8 waiting for a signature — nothing is reported.",
       "items": []}


@mail("nr03", KEY)
def nr03():
    plain = ("Вих. № 04-11/3721 від 11.12.2013\n\n"
             "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Головне управління економіки облдержадміністрації у зв'язку з підготовкою матеріалів до засідання колегії "
             "та проведенням громадських слухань щодо проекту Програми економічного і соціального розвитку області на "
             "2014 рік просить продовжити термін подання інформації про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області до 20.12.2013.\n\n"
             "Інформація щодо пп. 1, 6, 9 узагальнюється, матеріали щодо п. 8 підготовлені та знаходяться на підписі "
             "у начальника головного управління.\n\n"
             "Заступник начальника головного управління                 С.В. Ігнатенко\n\n"
             "Виконавець: Марченко Ю.О., 67-38-15\n")
    body = text(plain, "plain", "windows-1251", "8bit")
    return eml("nr03", frm=addr("Головне управління економіки", "ekonomika@example.gov.ua", "windows-1251"),
               subject="Про продовження терміну", subj_cs="windows-1251",
               when="2013-12-11 16:48:09", mid=msgid("nr03", "bat", "example.gov.ua"), client=BAT4, body=body)


KEY = {"class": "not_report", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Promises the half-year information by 19.06 because hearings are only planned and the council meeting was moved; the vague «консультації … проводяться, інформацію узагальнюємо» justifies the delay and reports nothing.",
       "items": []}


@mail("nr04", KEY)
def nr04():
    plain = ("Шановні колеги!\n\n"
             "Срібнянська райдержадміністрація повідомляє, що інформація про виконання Плану заходів за І півріччя "
             "2013 року буде надана до 19.06.2013, оскільки громадські слухання щодо проекту Програми розвитку "
             "туризму, які заплановано на 18.06.2013, ще не проведені, а засідання громадської ради з питань "
             "утворення робочої групи з відкритості перенесено. Консультації з громадськістю та інші заходи "
             "проводяться, інформацію узагальнюємо.\n\n"
             "Просимо вибачення за затримку.\n\n"
             "Керуючий справами апарату РДА                В.В. Тимошенко\n")
    body = text(koi_safe(plain), "plain", "koi8-u", "quoted-printable")
    return eml("nr04", frm=addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "koi8-u"),
               subject="Відкритий уряд - інформація буде надана до 19.06", subj_cs="koi8-u", subj_enc="Q",
               when="2013-06-14 17:25:50", mid=msgid("nr04", "oe", "sekretar"), client=OE6, body=body)


KEY = {"class": "not_report", "executor": "su-simia", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Announces a collegium meeting to come, to which the head of a Public Council committee is invited, and says the draft decision «буде розміщено» — an announcement, not a report on 8 or 9.",
       "items": []}


@mail("nr05", KEY)
def nr05():
    plain = ("Шановні колеги!\n\n"
             "Повідомляємо, що 24 жовтня 2013 р. о 10.00 в управлінні у справах сім'ї, молоді та спорту "
             "облдержадміністрації відбудеться розширене засідання колегії з питання «Про стан реалізації молодіжної "
             "політики в області». До участі у засіданні запрошено голову комітету з питань молоді та спорту "
             "Громадської ради при облдержадміністрації та представників 12 молодіжних громадських організацій.\n\n"
             "Проект рішення колегії буде розміщено на офіційному сайті управління для обговорення.\n\n"
             "Акредитація ЗМІ — за тел. (0462) 67-63-21.\n\n"
             "З повагою,\n"
             "прес-служба управління у справах сім'ї, молоді та спорту облдержадміністрації\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space; ">'
            + paras_html(plain, "<div>", "</div><div><br></div>") + "</body></html>\n")
    body = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                     text(html, "html", "utf-8", "quoted-printable")],
                     "Apple-Mail=_6E3D1C0A-4B2F-4A91-9C3E-7F2D5B8A0E14")
    return eml("nr05", frm=addr("Прес-служба управління молоді", "simia@example.gov.ua", "utf-8"),
               subject="Засідання колегії 24.10.2013",
               when="2013-10-21 14:10:36", mid=msgid("nr05", "apple", "example.gov.ua"), client=APPLE, body=body)


# ---------------------------------------------------------------------------------------- rg

KEY = {"class": "ranges", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The sheet's number cells hold ranges: «1-2» and «6–9» are answered as one block each (so 2 and 8 count though the district does not owe them), while «10, 12 | не проводились» is a bare placeholder for both and «13-15 | х» nothing.",
       "items": [{"measure": 1, "source": "Короп_І_півріччя_2013.xls"},
                 {"measure": 2, "source": "Короп_І_півріччя_2013.xls"},
                 {"measure": 6, "source": "Короп_І_півріччя_2013.xls"},
                 {"measure": 7, "source": "Короп_І_півріччя_2013.xls"},
                 {"measure": 8, "source": "Короп_І_півріччя_2013.xls"},
                 {"measure": 9, "source": "Короп_І_півріччя_2013.xls"}]}


@mail("rg01", KEY)
def rg01():
    rows = [["Інформація Коропської районної державної адміністрації про виконання Плану заходів за І півріччя 2013 року", "", ""],
            ["№ пункту плану", "Зміст заходу", "Стан виконання"],
            ["1-2", "Інформаційне наповнення офіційного сайту; рубрики щодо виконання програм і бюджетів",
             "Офіційний веб-сайт РДА функціонує відповідно до вимог; створення рубрик щодо виконання районного бюджету в стадії розробки, частково виконано (розміщено звіт про виконання бюджету за І квартал 2013 р.)"],
            ["6–9", "Консультації з громадськістю; залучення ІГС до дорадчих органів; обговорення проектів",
             "Проведено 2 засідання громадської ради при РДА, на яких обговорено проекти розпоряджень голови РДА щодо благоустрою населених пунктів (4 пропозиції враховано); представника ГО «Коропщина» включено до складу районної комісії з питань ТЕБ та НС. Консультації щодо проекту бюджету на 2014 рік плануються у ІІ півріччі."],
            ["10, 12", "Робоча група з питань відкритості; громадські експертизи", "не проводились"],
            ["13-15", "", "х"],
            ["16", "Надання інформації", "-"],
            ["", "", ""],
            ["", "Перший заступник голови РДА", "В.М. Гриценко"]]
    xls = office("rg01", "xls", csv_text(rows))
    plain = ("Коропська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості "
             "та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (додається).\n\n"
             "Перший заступник голови райдержадміністрації                 В.М. Гриценко\n\n"
             "Вик. Олійник Г.П.\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                  text(word_html(word_paras(plain)), "html", "windows-1251", "quoted-printable")],
                  "----=_NextPart_001_0058_01CE6744.7F1E2A30"),
        attach(xls, "Короп_І_півріччя_2013.xls", "2047b", "windows-1251")],
        "----=_NextPart_000_0057_01CE6744.7F1E2A30", preamble="This is a multipart message in MIME format.")
    return eml("rg01", frm=addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251"),
               subject="Інформація Коропської РДА (Відкритий уряд)", subj_cs="windows-1251",
               when="2013-06-12 10:58:30", mid=msgid("rg01", "outlook", "example.gov.ua"), client=OUTLOOK2007, body=body)


KEY = {"class": "ranges", "executor": "su-arkhiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A document-system (CDO) letter: «по пунктам 1, 6 та 9 … проводяться постійно: …» is one block with content; «По пп. 7, 8, 12 — заходи не проводились у зв'язку з реорганізацією …, буде забезпечено» names the measures, gives a reason and promises work, so it answers all three; the outgoing number, dates and counts are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("rg02", KEY)
def rg02():
    plain = ("Державний архів Чернігівської області\n"
             "вих. № 01-09/1345 від 07.12.2012\n\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Про виконання Плану заходів\n\n"
             "Інформуємо, що по пунктам 1, 6 та 9 Плану заходи проводяться постійно: на офіційному веб-сайті "
             "Держархіву області створено розділ «Громадське обговорення», де 15.11.2012 розміщено проект Програми "
             "збереження архівних документів на 2013-2017 роки; проект обговорено на засіданні громадської ради при "
             "облдержадміністрації 22.11.2012 (присутні 14 членів ради), отримано 3 пропозиції.\n\n"
             "По пп. 7, 8, 12 - заходи не проводились у зв'язку з реорганізацією структури архіву, буде забезпечено "
             "у І кварталі 2013 р.\n\n"
             "Директор                                        Т.М. Демченко\n\n"
             "----\n"
             "Лист надіслано системою електронного документообігу «Документ-Архів». Відповідати на цю адресу не потрібно.\n")
    body = text(plain, "plain", "windows-1251", "quoted-printable")
    return eml("rg02", frm=addr("Держархів області", "arkhiv@example.gov.ua", "windows-1251"),
               subject="Про виконання Плану заходів (вих. 01-09/1345)", subj_cs="windows-1251",
               when="2012-12-10 10:15:03", date_utc=True, mid=msgid("rg02", "cdo", "sed.arkhiv.local"),
               client=CDO, body=body)


KEY = {"class": "ranges", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian .doc: «По пунктам 1 и 6» and «По п.п. 7, 9 – 10» are blocks answered together (10 as a recommendation made, its decision still planned); «По п. 12 – не проводилось» is bare; «с 01.07 по 01.12.2013» and «2014–2016 годы» are dates, and п. 16 never counts.",
       "items": [{"measure": 1, "source": "Семеновская_РГА_информация.doc"},
                 {"measure": 6, "source": "Семеновская_РГА_информация.doc"},
                 {"measure": 7, "source": "Семеновская_РГА_информация.doc"},
                 {"measure": 9, "source": "Семеновская_РГА_информация.doc"},
                 {"measure": 10, "source": "Семеновская_РГА_информация.doc"}]}


@mail("rg03", KEY)
def rg03():
    inner = ("<p class=\"c\"><b>ИНФОРМАЦИЯ</b><br>Семеновской районной государственной администрации о выполнении Плана мероприятий "
             "по повышению уровня открытости и прозрачности деятельности исполнительной власти в области за период "
             "с 01.07 по 01.12.2013</p>\n"
             "<p>По пунктам 1 и 6: официальный веб-сайт райгосадминистрации функционирует, наполнение проводится постоянно; "
             "консультации с общественностью проводятся в форме общественных слушаний (11.09.2013 — по проекту изменений "
             "в районный бюджет) и встреч с жителями (3 встречи, более 120 участников).</p>\n"
             "<p>По п.п. 7, 9 – 10: в состав районной комиссии по вопросам защиты прав ребенка и координационного совета по "
             "вопросам семьи включены 3 представителя общественных организаций; члены общественного совета при РГА "
             "участвовали в обсуждении проекта районной программы поддержки малого предпринимательства на 2014–2016 годы; "
             "общественному совету рекомендовано создать рабочую группу по вопросам открытости, соответствующее решение "
             "планируется принять на заседании в декабре.</p>\n"
             "<p>По п. 12 – не проводилось.</p>\n"
             "<p>По п. 16 – информация предоставлена в установленный срок.</p>\n"
             "<p>&nbsp;</p><p>Заместитель председателя РГА &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; А.П. Кузьменко</p>")
    doc = office("rg03", "doc", doc_html(inner, "Информация Семеновской РГА"))
    plain = ("Добрый день!\n\nНаправляем информацию по плану мероприятий (Открытое правительство) за II полугодие.\n"
             "Ответственная — Мельник Н.В., тел. (04659) 2-17-64\n")
    body = multipart("mixed", [text(plain, "plain", "windows-1251", "quoted-printable"),
                               attach(doc, "Семеновская_РГА_информация.doc", "2047q", "windows-1251")],
                     "----=_NextPart_000_0003_01CEF4D2.8C6A1F40", preamble="This is a multi-part message in MIME format.")
    return eml("rg03", frm=addr("Семеновская РГА", "rda-semenivka@example.gov.ua", "windows-1251"),
               subject="информация Семеновка", subj_cs="windows-1251",
               when="2013-12-09 11:40:22", mid=msgid("rg03", "oe", "example.gov.ua"), client=OUTLOOK2003, body=body)


KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Prose .docx: «пунктами з 6 по 9 … виконуються частково: …» is one block, but the same paragraph says п. 8 «не стосується» the district, so 8 is carved out; «Пункти 10 і 12 — робота триває» is a bare status; sent on the third day after the deadline.",
       "items": [{"measure": 1, "source": "Городнянська_РДА_інформація_І_півріччя_2013.docx"},
                 {"measure": 6, "source": "Городнянська_РДА_інформація_І_півріччя_2013.docx"},
                 {"measure": 7, "source": "Городнянська_РДА_інформація_І_півріччя_2013.docx"},
                 {"measure": 9, "source": "Городнянська_РДА_інформація_І_півріччя_2013.docx"}]}


@mail("rg04", KEY)
def rg04():
    inner = ("<p class=\"c\"><b>ІНФОРМАЦІЯ</b><br>про виконання Городнянською районною державною адміністрацією Плану заходів "
             "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</p>\n"
             "<p>Пункт 1. Офіційний веб-сайт райдержадміністрації оновлено: змінено структуру, створено розділ «Публічна "
             "інформація»; робота з наповнення триває.</p>\n"
             "<p>Заходи, передбачені пунктами з 6 по 9 плану, виконуються частково: проведено 2 засідання громадської ради "
             "при райдержадміністрації, на яких обговорено проекти розпоряджень голови РДА щодо організації літнього "
             "відпочинку дітей та щодо тарифів на послуги водопостачання; представника громадської ради включено до складу "
             "районної комісії з питань техногенно-екологічної безпеки. Введення голів комітетів до складу колегій (п. 8) "
             "райдержадміністрації не стосується.</p>\n"
             "<p>Пункти 10 і 12 — робота триває.</p>\n"
             "<p>Пункт 16 — інформація надається щопівроку.</p>\n"
             "<p>&nbsp;</p><p>Заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; І.С. Ярошенко</p>")
    docx = office("rg04", "docx", doc_html(inner, "Інформація Городнянської РДА"))
    plain = ("Добрий день.\n\nІнформація Городнянської РДА по плану «Відкритий уряд» за І півріччя - у вкладенні.\n"
             "Вибачте за запізнення (відпустка відповідального працівника).\n\n"
             "-- \nКравченко Л.М.\nзагальний відділ апарату Городнянської РДА\n")
    body = multipart("mixed", [text(plain, "plain", "UTF-8", "8bit", flowed=True),
                               attach(docx, "Городнянська_РДА_інформація_І_півріччя_2013.docx", "2231c", "UTF-8", sep=";\r\n ")],
                     "------------050305090408020107060405", preamble="This is a multi-part message in MIME format.")
    return eml("rg04", frm=addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "UTF-8"),
               subject="Відкритий уряд, І півріччя (Городнянська РДА)",
               when="2013-06-18 13:29:41", mid=msgid("rg04", "tb", "example.gov.ua"), client=TB17, body=body)


KEY = {"class": "ranges", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The HTML body only points to the table for «пп. 1, 6 – 9, 12» and promises more; the .ods has number cells «6, 9» and «7–8» answered as blocks, «1 | без змін» a placeholder, 12 a refusal with its reason.",
       "items": [{"measure": 6, "source": "ekologiia_vidkrytyi_uriad_2013.ods"},
                 {"measure": 7, "source": "ekologiia_vidkrytyi_uriad_2013.ods"},
                 {"measure": 8, "source": "ekologiia_vidkrytyi_uriad_2013.ods"},
                 {"measure": 9, "source": "ekologiia_vidkrytyi_uriad_2013.ods"},
                 {"measure": 12, "source": "ekologiia_vidkrytyi_uriad_2013.ods"}]}


@mail("rg05", KEY)
def rg05():
    rows = [["№ пункту", "Інформація про виконання"],
            ["1", "без змін"],
            ["6, 9", "Проект Регіональної програми охорони навколишнього природного середовища на 2014–2018 роки оприлюднено для громадського обговорення на офіційному сайті управління 15.10.2013, проект розглянуто на засіданні комісії з екологічних питань Громадської ради при облдержадміністрації 06.11.2013; зауваження приймаються до 15.12.2013"],
            ["7–8", "Голову комітету з екологічних питань Громадської ради при облдержадміністрації введено до складу колегії управління; представники 2 екологічних громадських організацій входять до складу громадської ради при управлінні та робочої групи з питань поводження з відходами"],
            ["12", "Громадська експертиза діяльності управління не проводилась, оскільки запитів від інститутів громадянського суспільства не надходило"],
            ["16", "-"]]
    ods = office("rg05", "ods", csv_text(rows))
    html = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<div style=\"font-family:Tahoma;font-size:10pt\">Інформація управління екології та природних ресурсів облдержадміністрації "
            "щодо пп. 1, 6 – 9, 12 плану наведена у таблиці (додається).<br><br>"
            "У зв'язку з тим, що проект Регіональної програми ще перебуває на громадському обговоренні, остаточну "
            "інформацію щодо його результатів буде надано додатково.<br><br>"
            "--<br>З повагою, Петренко Олег<br>відділ екологічної політики та інформування<br>"
            "управління екології та природних ресурсів облдержадміністрації</div></body></html>\n")
    body = multipart("mixed", [text(html, "html", "UTF-8", "quoted-printable"),
                               attach(ods, "ekologiia_vidkrytyi_uriad_2013.ods", "ascii", sep="; ")],
                     "----------GRiqPVqHwqB0MGc7dMbhMd")
    return eml("rg05", frm=addr("Oleh Petrenko", "ekolohiia@example.gov.ua"),
               subject="Відкритий уряд - управління екології",
               when="2013-11-28 15:03:17", mid=msgid("rg05", "opera", "ekol-pc"), client=OPERA, body=body)


# ---------------------------------------------------------------------------------------- pr

def letter_html(head_lines, paras, sign, title, addressee=None):
    h = "".join(f"<p class=\"c\"><b>{esc(l)}</b></p>" for l in head_lines)
    if addressee:
        h += f"<p class=\"r\">{esc(addressee)}</p>"
    body = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in paras)
    return doc_html(h + "\n" + body + f"\n<p>&nbsp;</p><p>{esc(sign)}</p>", title)


KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A signed letter as PDF, no plan numbers: the site paragraph mixes renewed sections with a section «буде створено» and the unit's own subsidy hotline (not the head's, so not 5); one paragraph covers consultations and the council's discussion of the draft; the collegium question is only a promise; expertise not held, with its reason.",
       "items": [{"measure": 1, "source": "Лист_соцзахист_Відкритий_уряд.pdf"},
                 {"measure": 6, "source": "Лист_соцзахист_Відкритий_уряд.pdf"},
                 {"measure": 9, "source": "Лист_соцзахист_Відкритий_уряд.pdf"},
                 {"measure": 12, "source": "Лист_соцзахист_Відкритий_уряд.pdf"}]}


@mail("pr01", KEY)
def pr01():
    paras = [
        "На Ваш лист від 12.11.2012 № 03-08/2871 повідомляємо.",
        "На офіційному веб-сайті управління оновлено розділи «Соціальний захист» та «Звернення громадян», розміщено роз'яснення щодо порядку призначення житлових субсидій та державної соціальної допомоги. Найближчим часом буде створено розділ «Доступ до публічної інформації». При управлінні також діє телефонна «гаряча лінія» з питань призначення субсидій (щоденно з 9.00 до 18.00).",
        "Консультації з громадськістю проводились у формі громадських слухань щодо проекту обласної Програми соціальної підтримки малозабезпечених верств населення на 2013 рік (27.11.2012, взяли участь 34 особи). Проект програми також було винесено на обговорення громадської ради при облдержадміністрації, члени якої внесли 5 пропозицій; 3 з них враховано.",
        "Питання про введення голови комітету з питань соціальної політики Громадської ради до складу колегії управління буде розглянуто після затвердження нового складу колегії.",
        "Громадських антикорупційних експертиз проектів наказів управління у звітному періоді не проводилось, оскільки від інститутів громадянського суспільства звернень не надходило.",
    ]
    src = letter_html(["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ",
                       "УПРАВЛІННЯ ПРАЦІ ТА СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
                       "04.12.2012 № 05-14/6672"],
                      paras, "Начальник управління                                    Л.О. Шевчук",
                      "Лист управління соцзахисту",
                      "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації")
    src = src.replace("<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;На Ваш", "<p><i>Про надання інформації</i></p>\n<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;На Ваш")
    pdf = office("pr01", "pdf", src)
    plain = ("Добрий день!\n\nНадсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації "
             "про виконання Плану заходів (лист від 04.12.2012 № 05-14/6672 у вкладенні). Оригінал надіслано поштою.\n\n"
             "З повагою,\nзагальний відділ\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                  text(word_html(word_paras(plain), gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251", "quoted-printable")],
                  "----=_NextPart_001_00A4_01CDD2C1.4D5E6F70"),
        attach(pdf, "Лист_соцзахист_Відкритий_уряд.pdf", "2047b", "utf-8")],
        "----=_NextPart_000_00A3_01CDD2C1.4D5E6F70", preamble="This is a multipart message in MIME format.")
    return eml("pr01", frm=addr("Управління соцзахисту ОДА", "sotszakhyst@example.gov.ua", "windows-1251"),
               subject="Лист 05-14/6672 від 04.12.2012", subj_cs="windows-1251",
               when="2012-12-05 11:20:14", mid=msgid("pr01", "outlook", "example.gov.ua"), client=OUTLOOK2010, body=body)


KEY = {"class": "prose", "executor": "rda-kulykivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt in the clerk's own words: the web page «частково виконано», meetings with residents held and a survey planned, a recommendation made with the working group «в стадії створення»; «Жодних засідань ради … не проводилось» (a double negative) names no measure's subject and the newspaper-and-web-page line is a passing mention.",
       "items": [{"measure": 1, "source": "Куликівська_РДА_інформація.odt"},
                 {"measure": 6, "source": "Куликівська_РДА_інформація.odt"},
                 {"measure": 10, "source": "Куликівська_РДА_інформація.odt"}]}


@mail("pr02", KEY)
def pr02():
    paras = [
        "Веб-сторінка райдержадміністрації наповнюється відповідно до вимог законодавства; приведення структури сторінки у відповідність до Порядку оприлюднення інформації про діяльність органів виконавчої влади частково виконано, розділ «Регуляторна діяльність» в стадії наповнення.",
        "14 травня відбулася зустріч з мешканцями с. Шевченкове щодо газифікації села (присутні 57 осіб), 28 травня — зустріч з жителями смт Куликівка з питань благоустрою. Опитування громадської думки щодо якості адміністративних послуг заплановано на червень.",
        "Жодних засідань ради у звітному періоді не проводилось у зв'язку з відпусткою її голови.",
        "Громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності органу влади; робоча група в стадії створення, персональний склад погоджується.",
        "Інформація про діяльність райдержадміністрації регулярно висвітлюється в районній газеті «Куликівські обрії» та на веб-сторінці.",
    ]
    odt = office("pr02", "odt", letter_html(
        ["Інформація", "Куликівської районної державної адміністрації щодо забезпечення відкритості та прозорості діяльності (І півріччя 2013 року)"],
        paras, "Заступник голови райдержадміністрації                    М.Г. Остапенко", "Інформація Куликівської РДА"))
    plain = ("Доброго дня!\n\nНадсилаємо інформацію Куликівської райдержадміністрації за І півріччя 2013 року.\n\n"
             "--\nВідділ організаційної роботи апарату Куликівської РДА\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n</head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n" + paras_html(plain) + "\n</body></html>\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable", flowed=True),
                                  text(html, "html", "UTF-8", "quoted-printable")],
                  "=_a81f2c9e4d7b3a6c0e5f1d2b8c9a7e34"),
        attach(odt, "Куликівська_РДА_інформація.odt", "2047b", "UTF-8", sep=";\r\n ")],
        "=_0d4e6f8a2b1c3d5e7f9a0b2c4d6e8f13")
    return eml("pr02", frm=addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "UTF-8"),
               subject="Інформація (Відкритий уряд)",
               when="2013-06-05 14:37:51", mid=msgid("pr02", "rc", "example.gov.ua"), client=ROUNDCUBE, body=body)


KEY = {"class": "prose", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word-HTML body only, no numbers: the head's hotline described with counts, a plan to extend its hours and a weekend service not provided for want of staff; the weekly posting on the ОДА site is a passing mention.",
       "items": [{"measure": 5, "source": "body"}]}


@mail("pr03", KEY)
def pr03():
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Щодо організації роботи «гарячої лінії» голови облдержадміністрації\n\n"
             "Протягом І кварталу 2013 року на «гарячу лінію» голови облдержадміністрації надійшло 412 звернень громадян "
             "(у IV кварталі 2012 р. — 358), з них 396 розглянуто по суті, решта перебуває на контролі. Найбільше звернень "
             "стосувалося питань житлово-комунального господарства (37 %) та соціального захисту (21 %). Щотижня узагальнена "
             "інформація розміщується на офіційному сайті облдержадміністрації.\n\n"
             "З квітня режим роботи лінії планується подовжити до 20.00; у вихідні дні лінія поки що не працює у зв'язку "
             "з відсутністю штатних одиниць.\n\n"
             "Завідувач відділу роботи із зверненнями громадян\n"
             "апарату облдержадміністрації                                  Н.П. Кириченко\n")
    html = word_html(word_paras(plain))
    body = multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                     text(html, "html", "windows-1251", "quoted-printable")],
                     "----=_NextPart_000_0115_01CE3466.B2C7D980")
    return eml("pr03", frm=addr("Відділ звернень громадян", "zvernennia@example.gov.ua", "windows-1251"),
               subject="Гаряча лінія - І квартал 2013", subj_cs="windows-1251",
               when="2013-04-08 16:05:29", mid=msgid("pr03", "outlook", "example.gov.ua"), client=OUTLOOK2007, body=body)


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own RTF: the web resource runs in test mode (the forum only planned, so not 4), the guide is «в стадії розробки» with the manuscript handed over, the open-door day «перенесено» and the public discussion not held — each with its reason; the hotline line only points to another department and the site line is a passing mention.",
       "items": [{"measure": 3, "source": "Інформація_УВП_грудень_2012.rtf"},
                 {"measure": 11, "source": "Інформація_УВП_грудень_2012.rtf"},
                 {"measure": 14, "source": "Інформація_УВП_грудень_2012.rtf"},
                 {"measure": 15, "source": "Інформація_УВП_грудень_2012.rtf"}]}


@mail("pr04", KEY)
def pr04():
    paras = [
        "Веб-ресурс «Чернігівська громада» запрацював у тестовому режимі з 1 листопада 2012 року; на ньому розміщено контакти 214 громадських організацій області та календар подій. Повноцінне функціонування ресурсу, зокрема підключення Інтернет-форуму, планується з січня 2013 року.",
        "Методичний посібник «Інструменти політики сприяння розвитку громадянського суспільства: практика органів виконавчої влади» в стадії розробки: рукопис підготовлено та передано на редагування; друк і розповсюдження серед структурних підрозділів облдержадміністрації та райдержадміністрацій буде здійснено до кінця грудня.",
        "День відкритих дверей в управлінні, запланований на 6 грудня, перенесено на січень 2013 року у зв'язку з проведенням у цей день обласного форуму громадських організацій.",
        "Громадське обговорення виконання заходів Плану не проводилось у зв'язку з тим, що з часу його затвердження минуло менше трьох місяців; обговорення планується провести разом з Громадською радою у березні 2013 року.",
        "Інформацію щодо роботи «гарячої лінії» голови облдержадміністрації надасть відділ роботи із зверненнями громадян апарату облдержадміністрації.",
        "Інформація про зазначені заходи розміщується на офіційному сайті облдержадміністрації.",
    ]
    rtf = office("pr04", "rtf", letter_html(
        ["Інформація", "управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації про виконання Плану заходів (станом на 14.12.2012)"],
        paras, "Начальник управління                                    О.В. Савицька", "Інформація УВП"))
    plain = ("Інформація управління за IV квартал 2012 року щодо виконання Плану заходів - у вкладенні (для зведення).\n\n"
             "Сектор аналітичної роботи\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                  text(word_html(word_paras(plain), gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251", "quoted-printable")],
                  "----=_NextPart_001_0066_01CDDA0E.1F2B3C40"),
        attach(rtf, "Інформація_УВП_грудень_2012.rtf", "2231", "utf-8", ctype="application/msword")],
        "----=_NextPart_000_0065_01CDDA0E.1F2B3C40", preamble="This is a multipart message in MIME format.")
    return eml("pr04", frm=addr("Сектор аналітичної роботи УВП", "uvp-info@example.gov.ua", "windows-1251"),
               subject="Інформація УВП за IV квартал", subj_cs="windows-1251",
               when="2012-12-14 17:02:33", mid=msgid("pr04", "outlook", "example.gov.ua"), client=OUTLOOK2010, body=body)


KEY = {"class": "prose", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian .doc prose in the present tense («наполнение проводится», «обсуждение … проводится с 25 ноября»): site, consultation under way, people included in commissions, expertise not held with its reason and a double negative about drafts published; the working group «будет создана» is only a promise; koi8-r.",
       "items": [{"measure": 1, "source": "Щорс_информация_II_полугодие.doc"},
                 {"measure": 6, "source": "Щорс_информация_II_полугодие.doc"},
                 {"measure": 7, "source": "Щорс_информация_II_полугодие.doc"},
                 {"measure": 12, "source": "Щорс_информация_II_полугодие.doc"}]}


@mail("pr05", KEY)
def pr05():
    paras = [
        "Официальный веб-сайт райгосадминистрации функционирует, наполнение проводится ежедневно; в октябре обновлен раздел «Доступ к публичной информации».",
        "Общественное обсуждение проекта районного бюджета на 2014 год проводится с 25 ноября, замечания и предложения принимаются до 16 декабря; результаты будут обнародованы.",
        "В состав районной комиссии по вопросам чрезвычайных ситуаций и координационного совета по вопросам развития предпринимательства включены два представителя общественных организаций.",
        "Общественные антикоррупционные экспертизы проектов распоряжений не проводились ввиду отсутствия обращений институтов гражданского общества. При этом не было ни одного проекта распоряжения, касающегося прав граждан, который не был бы обнародован на сайте.",
        "Рабочая группа по вопросам открытости при общественном совете будет создана в январе 2014 года.",
    ]
    doc = office("pr05", "doc", letter_html(
        ["Информация", "Щорсской районной государственной администрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области (II полугодие 2013 года)"],
        paras, "Заместитель председателя РГА                              В.Н. Гончаренко", "Информация Щорсской РГА"))
    plain = "Щорсская РГА направляет информацию о выполнении плана мероприятий за II полугодие 2013 г.\nПриложение на 2 л.\n\nОбщий отдел\n"
    body = multipart("mixed", [text(plain, "plain", "koi8-r", "quoted-printable"),
                               attach(doc, "Щорс_информация_II_полугодие.doc", "2047b", "koi8-r")],
                     "----=_NextPart_000_0021_01CEF71B.3A4E5D60", preamble="This is a multi-part message in MIME format.")
    return eml("pr05", frm=addr("Щорсская РГА", "rda-shchors@example.gov.ua", "koi8-r"),
               subject="Информация (открытость)", subj_cs="koi8-r",
               when="2013-12-12 09:47:06", mid=msgid("pr05", "oe", "obshotdel"), client=OE6, body=body)


# ---------------------------------------------------------------------------------------- fn

KEY = {"class": "foreign_numbers", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter numbers its own paragraphs 1.–5. with sub-items «а)», «б)», none matching the plan: 1. is consultations (6), 2. the site (1), 3. the collegium only on approval (a draft order, not 8), 4. expertise not held, named (12), 5. a count of districts.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("fn01", KEY)
def fn01():
    plain = ("Головне управління агропромислового розвитку облдержадміністрації\n"
             "№ 02-17/2214 від 10.12.2012\n\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
             "повідомляємо:\n\n"
             "1. Консультації з громадськістю:\n"
             "   а) 12.11.2012 проведено круглий стіл з керівниками фермерських господарств щодо проекту Програми підтримки "
             "фермерства на 2013-2015 роки (26 учасників);\n"
             "   б) обговорення проекту Програми розвитку сільських територій планується в грудні.\n"
             "2. Офіційний сайт: у розділі «Агропромисловий комплекс» оновлено 46 матеріалів, створено підрозділ "
             "«Громадське обговорення».\n"
             "3. Колегія: голову комітету з питань АПК Громадської ради при облдержадміністрації буде введено до складу колегії "
             "після затвердження змін до Положення про головне управління (проект наказу № 117 знаходиться на погодженні).\n"
             "4. Громадські експертизи діяльності головного управління не проводились.\n"
             "5. Інформація надана з урахуванням відомостей 3 районних управлінь агропромислового розвитку.\n\n"
             "Заступник начальника головного управління                  П.В. Лук'яненко\n\n"
             "Виконавець Шкурко О.А., 67-21-33\n")
    body = multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                     text(word_html(word_paras(plain), gen="Microsoft Word 11 (filtered medium)"), "html", "windows-1251", "quoted-printable")],
                     "----=_NextPart_000_0031_01CDD78F.6C2D1A80")
    return eml("fn01", frm=addr("ГУ АПР", "apk@example.gov.ua", "windows-1251"),
               subject="№ 02-17/2214 від 10.12.2012", subj_cs="windows-1251",
               when="2012-12-11 10:12:55", mid=msgid("fn01", "oe", "example.gov.ua"), client=OUTLOOK2003, body=body)


KEY = {"class": "foreign_numbers", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A running «№ з/п» column 1–6 stands beside the real «№ пункту плану» column (1, 6, 7, 9, 10, 12); the cover's «6 пунктів, таблиця на 1 арк.» are counts; plan 6 is a bare «не проводились», 10 a promise, 12 a dash; 9 names the drafts not put to discussion and why.",
       "items": [{"measure": 1, "source": "Варвинська_РДА_ВУ_2012.xlsx"},
                 {"measure": 7, "source": "Варвинська_РДА_ВУ_2012.xlsx"},
                 {"measure": 9, "source": "Варвинська_РДА_ВУ_2012.xlsx"}]}


@mail("fn02", KEY)
def fn02():
    rows = [["№ з/п", "№ пункту плану", "Зміст заходу", "Інформація про виконання", "Примітка"],
            ["1", "1", SHORT[1], "Сайт РДА функціонує; у листопаді розміщено 28 розпоряджень голови РДА та 6 проектів регуляторних актів", ""],
            ["2", "6", SHORT[6], "не проводились", ""],
            ["3", "7", SHORT[7], "До складу громадської ради при РДА включено 4 представників ГО; представники ІГС входять до складу 3 дорадчих органів при РДА", ""],
            ["4", "9", SHORT[9], "Проекти розпоряджень на громадське обговорення не виносились у зв'язку з відсутністю таких, що стосуються прав і обов'язків громадян", ""],
            ["5", "10", SHORT[10], "Буде рекомендовано на найближчому засіданні громадської ради", "грудень 2012"],
            ["6", "12", SHORT[12], "—", ""]]
    xlsx = office("fn02", "xlsx", csv_text(rows))
    plain = ("Варвинська райдержадміністрація надсилає інформацію по пунктах плану, виконавцем яких визначено РДА "
             "(6 пунктів, таблиця на 1 арк.).\n\n"
             "Керуючий справами апарату РДА                  О.І. Гордієнко\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                  text(word_html(word_paras(plain)), "html", "windows-1251", "quoted-printable")],
                  "----=_NextPart_001_0019_01CDD93B.0A7E4C10"),
        attach(xlsx, "Варвинська_РДА_ВУ_2012.xlsx", "2047b", "windows-1251")],
        "----=_NextPart_000_0018_01CDD93B.0A7E4C10", preamble="This is a multipart message in MIME format.")
    return eml("fn02", frm=addr("Варвинська РДА", "rda-varva@example.gov.ua", "windows-1251"),
               subject="Відкритий уряд (Варва)", subj_cs="windows-1251",
               when="2012-12-13 14:26:40", mid=msgid("fn02", "outlook", "example.gov.ua"), client=OUTLOOK2007, body=body)


KEY = {"class": "foreign_numbers", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx organised by the unit's own plan numbering 1.1–2.3: 1.1 is the rubrics (2), 1.2 a public presentation as hearings (6), 2.1 the collegium (8), 2.2 expertise not held with its reason, closing on a double negative (12); 2.3 (staff attended a seminar) is no report on 13.",
       "items": [{"measure": 2, "source": "Фінуправління_інформація_І_півріччя_2013.docx"},
                 {"measure": 6, "source": "Фінуправління_інформація_І_півріччя_2013.docx"},
                 {"measure": 8, "source": "Фінуправління_інформація_І_півріччя_2013.docx"},
                 {"measure": 12, "source": "Фінуправління_інформація_І_півріччя_2013.docx"}]}


@mail("fn03", KEY)
def fn03():
    inner = ("<p class=\"c\"><b>Інформація</b><br>Головного фінансового управління облдержадміністрації про виконання заходів щодо "
             "відкритості та прозорості (відповідно до розділів 1 і 2 Плану роботи управління на 2013 рік)</p>\n"
             "<p><b>1.1. Забезпечення відкритості бюджетного процесу</b></p>\n"
             "<p>На офіційному сайті облдержадміністрації в рубриці «Виконання місцевих бюджетів Чернігівської області» щомісяця "
             "розміщується інформація про виконання зведеного бюджету області; рубрика «Хід виконання цільових програм» "
             "наповнюється за даними головних розпорядників коштів (остання — станом на 01.05.2013).</p>\n"
             "<p><b>1.2. Залучення громадськості</b></p>\n"
             "<p>Публічне представлення звіту про виконання обласного бюджету за 2012 рік проведено 28.02.2013 у формі громадських "
             "слухань (51 учасник).</p>\n"
             "<p><b>2.1. Колегія управління</b></p>\n"
             "<p>Голову комітету з питань бюджету та фінансів Громадської ради при облдержадміністрації Ткаченка В.М. введено до "
             "складу колегії управління (наказ від 11.01.2013 № 5).</p>\n"
             "<p><b>2.2. Громадська експертиза</b></p>\n"
             "<p>Громадська антикорупційна експертиза проектів наказів управління не проводилась, оскільки від інститутів "
             "громадянського суспільства запитів не надходило, хоча не було жодного проекту наказу з ознаками регуляторного "
             "акта, який би не розміщувався на сайті для обговорення.</p>\n"
             "<p><b>2.3. Інше</b></p>\n"
             "<p>Працівники управління (3 особи) взяли участь у семінарі Центру перепідготовки та підвищення кваліфікації "
             "19–20 березня 2013 року.</p>\n"
             "<p>&nbsp;</p><p>Начальник управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.В. Мисник</p>")
    docx = office("fn03", "docx", doc_html(inner, "Інформація ГФУ"))
    plain = ("Доброго дня!\n\nІнформація Головного фінансового управління за І півріччя 2013 р. (розділи 1.1-2.3 плану роботи "
             "управління щодо відкритості) - у вкладенні.\n\n"
             "-- \nОксана Литвин\nвідділ бюджетної політики\nГоловне фінансове управління облдержадміністрації\n")
    body = multipart("mixed", [text(plain, "plain", "UTF-8", "quoted-printable"),
                               attach(docx, "Фінуправління_інформація_І_півріччя_2013.docx", "2231c", "UTF-8", sep=";\r\n ")],
                     "------------010908070605040302010009", preamble="This is a multi-part message in MIME format.")
    return eml("fn03", frm=addr("Оксана Литвин", "finansy@example.gov.ua", "UTF-8"),
               subject="Відкритий уряд - ГФУ", when="2013-06-11 11:34:58",
               mid=msgid("fn03", "tb", "example.gov.ua"), client=TB17, body=body)


KEY = {"class": "foreign_numbers", "executor": "rda-bakhmach", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Plan numbers «Пункт N.» with sub-items «1)», «2)», «3)» inside them, an outgoing number, «п. 16» in the opening, counts, and an enclosure list «1. Протокол … 2. Звіт …»; 9 is a bare «Не проводилось», 10 a bare «робота триває», 12 a refusal with its reason.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("fn04", KEY)
def fn04():
    plain = ("№ 01-22/3318 від 03.12.2013\n\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
             "області Бахмацька районна державна адміністрація надає інформацію за ІІ півріччя 2013 року.\n\n"
             "Пункт 1. Офіційний веб-сайт райдержадміністрації функціонує:\n"
             "1) оновлено розділ «Регуляторна політика»;\n"
             "2) розміщено 112 розпоряджень голови РДА;\n"
             "3) створення англомовної версії заплановано на 2014 рік.\n\n"
             "Пункт 6. Проведено 2 консультації з громадськістю:\n"
             "1) громадські слухання щодо проекту районного бюджету на 2014 рік (26.11.2013, 38 учасників);\n"
             "2) електронні консультації щодо проекту Програми розвитку фізичної культури і спорту (на сайті з 01.10 по 01.11.2013).\n\n"
             "Пункт 9. Не проводилось.\n\n"
             "Пункт 10. Протягом ІІ півріччя робота триває.\n\n"
             "Пункт 12. Громадські експертизи не проводились у зв'язку з відсутністю ініціативи з боку інститутів "
             "громадянського суспільства.\n\n"
             "Додатки: 1. Протокол громадських слухань на 3 арк.\n"
             "         2. Звіт про результати електронних консультацій на 2 арк.\n"
             "(надсилаються поштою)\n\n"
             "Заступник голови райдержадміністрації                    Н.І. Шевченко\n")
    body = text(koi_safe(plain), "plain", "koi8-u", "quoted-printable")
    return eml("fn04", frm=addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "koi8-u"),
               subject="01-22/3318 Інформація (Відкритий уряд)", subj_cs="koi8-u",
               when="2013-12-04 15:21:07", mid=msgid("fn04", "bat", "example.gov.ua"), client=BAT5, body=body)


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The training centre's PDF table: a «№ з/п» column 1–4, dates, listener counts, «№ 996» in a seminar title and a seminar on «громадська експертиза» (a topic, not measure 12); the cover only points to п. 13; the fourth seminar not held because of quarantine.",
       "items": [{"measure": 13, "source": "CPPK_seminary_2013.pdf"}]}


@mail("fn05", KEY)
def fn05():
    rows = [["№ з/п", "Назва семінару", "Дата", "Категорія слухачів", "Кількість слухачів"],
            ["1", "Інструменти політики сприяння розвитку громадянського суспільства", "12–13.02.2013", "заступники керівників структурних підрозділів облдержадміністрації", "24"],
            ["2", "Організація консультацій з громадськістю відповідно до постанови КМУ від 03.11.2010 № 996", "20.02.2013", "спеціалісти райдержадміністрацій, які організовують консультації", "31"],
            ["3", "Громадська експертиза діяльності органів виконавчої влади: практика проведення", "27.02.2013", "спеціалісти структурних підрозділів облдержадміністрації", "18"],
            ["4", "Семінар для заступників голів райдержадміністрацій", "—", "—", "—"]]
    inner = ("<p class=\"c\"><b>ІНФОРМАЦІЯ</b><br>Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів "
             "державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій про проведення "
             "навчальних семінарів (станом на 01.03.2013)</p>\n"
             + table_html(rows, ["6%", "40%", "14%", "30%", "10%"]) +
             "\n<p>Усього навчено 73 особи. Семінар для заступників голів райдержадміністрацій не проведено у зв'язку з карантином; "
             "його буде проведено у квітні 2013 року.</p>\n"
             "<p>&nbsp;</p><p>Директор центру &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.Л. Борисенко</p>")
    pdf = office("fn05", "pdf", doc_html(inner, "Інформація ЦППК"))
    plain = ("Чернігівський центр перепідготовки та підвищення кваліфікації надає інформацію щодо виконання п. 13 Плану "
             "заходів (додається).\n\n"
             "Директор центру                     О.Л. Борисенко\n")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "windows-1251", "base64"),
                                  text(word_html(word_paras(plain), gen="Microsoft Word 14 (filtered medium)"), "html", "windows-1251", "base64")],
                  "----=_NextPart_001_0008_01CE18E2.3B4C5D60"),
        attach(pdf, "CPPK_seminary_2013.pdf", "ascii")],
        "----=_NextPart_000_0007_01CE18E2.3B4C5D60", preamble="This is a multipart message in MIME format.")
    return eml("fn05", frm=addr("ЦППК", "cppk@example.gov.ua", "windows-1251"),
               subject="Інформація щодо п. 13 Плану заходів", subj_cs="windows-1251",
               when="2013-03-04 12:08:44", mid=msgid("fn05", "outlook", "example.gov.ua"), client=OUTLOOK2010, body=body)


# ---------------------------------------------------------------------------------------- pa

KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a private Gmail box; the office appears only in the signature («управління містобудування та архітектури Чернігівської облдержадміністрації») beside the addressee УВП; 9 «робота триває» and 12 «не проводились» are bare, the official letter is only promised.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail("pa01", KEY)
def pa01():
    plain = ("Доброго вечора!\n\n"
             "Надсилаю з особистої пошти, бо службова з обіду не працює (проблеми у провайдера).\n\n"
             "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації - інформація "
             "управління містобудування та архітектури за І півріччя 2013 р.:\n\n"
             "п. 1 - на сайті управління розміщено проект Генерального плану м. Остер та проект детального плану території "
             "для громадського обговорення, розділ «Містобудівна документація» оновлюється;\n"
             "п. 6 - громадські слухання щодо проекту Генерального плану м. Остер проведено 23.05.2013 (присутні 67 осіб), "
             "протокол слухань розміщено на сайті;\n"
             "п. 9 - робота триває;\n"
             "п. 12 - не проводились.\n\n"
             "Офіційний лист за підписом начальника управління буде направлено в понеділок.\n\n"
             "-- \n"
             "Андрій Ковальчук\n"
             "головний спеціаліст відділу містобудування\n"
             "управління містобудування та архітектури Чернігівської облдержадміністрації\n"
             "тел. (0462) 65-18-09\n")
    html = '<div dir="ltr">' + "<br>".join(esc(l) for l in plain.split("\n")) + "</div>\n"
    body = multipart("alternative", [text(plain, "plain", "UTF-8", "base64"),
                                     text(html, "html", "UTF-8", "base64")],
                     "047d7bd6b2a04c1e8f04df1a6b3c")
    return eml("pa01", frm=addr("Андрій Ковальчук", "andrii.kovalchuk.arch@gmail.com", "UTF-8"),
               subject="інформація відкритий уряд (містобудування)",
               when="2013-06-14 18:52:31", mid=msgid("pa01", "gmail", "mail.gmail.com"), relay="gmail", body=body,
               extra=[("X-Google-Sender-Auth", "Qm9kZ2V0bWVyZ2Vk")])


KEY = {"class": "personal_address", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a private ukr.net box at 23:40 on the deadline day (still on time); the office is named only in the body and signature («апарату Прилуцької райдержадміністрації»); in the .doc, 6 «Не проводились.» and 12 «Не було.» are bare, 9 a promise, 1 «частково виконано» with its object, 10 a decision taken with the commission «утворюється».",
       "items": [{"measure": 1, "source": "Прилуцька_РДА_ВУ.doc"},
                 {"measure": 7, "source": "Прилуцька_РДА_ВУ.doc"},
                 {"measure": 10, "source": "Прилуцька_РДА_ВУ.doc"}]}


@mail("pa02", KEY)
def pa02():
    paras = [
        "1. Офіційний веб-сайт РДА: частково виконано — оновлено розділ «Новини», розділ «Публічна інформація» в стадії наповнення.",
        "6. Не проводились.",
        "7. Представника ГО «Прилуцька громада» включено до складу районної координаційної ради з питань безпечної життєдіяльності населення.",
        "9. Проект розпорядження про затвердження районної програми розвитку культури на 2013 рік буде розміщено для обговорення найближчим часом.",
        "10. На засіданні громадської ради при райдержадміністрації 29.11.2012 розглянуто рекомендацію щодо утворення комісії з питань відкритості та прозорості; рішення прийнято, комісія утворюється.",
        "12. Не було.",
    ]
    doc = office("pa02", "doc", letter_html(
        ["Інформація", "Прилуцької районної державної адміністрації щодо виконання Плану заходів (станом на 14.12.2012)"],
        paras, "Керуючий справами апарату РДА                          С.В. Гордієнко", "Інформація Прилуцької РДА"))
    plain = ("Добрий вечір.\n\nНадсилаю інформацію Прилуцької райдержадміністрації по Відкритому уряду, з дому, бо на роботі "
             "не встигла відправити.\n\n"
             "Ткачук О.М., головний спеціаліст відділу організаційної роботи апарату Прилуцької райдержадміністрації\n")
    html = "<div>" + "<br>".join(esc(l) for l in plain.split("\n")) + "</div>"
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                  "----FREEMAIL-1355607612-alt-4093"),
        attach(doc, "Прилуцька_РДА_ВУ.doc", "2047b", "utf-8", sep="; ")],
        "----FREEMAIL-1355607612-4093")
    return eml("pa02", frm=addr("Олена Ткачук", "o.tkachuk.pryluky@ukr.net", "utf-8"),
               subject="Відкритий уряд Прилуцька РДА", when="2012-12-15 23:40:12",
               mid=msgid("pa02", "web", "frv55.ukr.net"), client=UKRNET, relay="ukrnet", delay=9, body=body)


KEY = {"class": "personal_address", "executor": "su-kapbud", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from another unit's registered box (управління ЖКГ) for the capital construction department, named in the body and signature; 2 is information submitted for the rubric, 6 and 8 name what was not done and why, «Інші пункти — не стосуються» is no item.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail("pa03", KEY)
def pa03():
    plain = ("Шановні колеги!\n\n"
             "Надсилаємо з пошти управління ЖКГ інформацію управління капітального будівництва облдержадміністрації "
             "(наша скринька тимчасово не працює):\n\n"
             "1. Офіційна веб-сторінка управління функціонує, інформація про хід будівництва об'єктів оновлюється щомісяця; "
             "розділ «Державні закупівлі» в стадії розробки.\n"
             "2. Інформація про хід виконання Програми будівництва, реконструкції та ремонту автомобільних доріг за 9 місяців "
             "подана для розміщення в рубриці «Хід виконання цільових програм».\n"
             "6. Консультації з громадськістю не проводились у зв'язку з тим, що управління у ІІ півріччі не розробляло "
             "проектів програм та рішень, які потребують обговорення.\n"
             "8. Голови комітетів Громадської ради до складу колегії не введені, оскільки колегія в управлінні не утворена.\n"
             "Інші пункти - не стосуються.\n\n"
             "З повагою\n"
             "заступник начальника управління капітального будівництва облдержадміністрації\n"
             "Литвин Г.О.\n")
    body = multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                     text(word_html(word_paras(plain)), "html", "windows-1251", "quoted-printable")],
                     "----=_NextPart_000_0044_01CEF19A.8B2C3D70")
    return eml("pa03", frm=addr("Управління ЖКГ ОДА", "zhkh@example.gov.ua", "windows-1251"),
               subject="Інформація УКБ (Відкритий уряд) ІІ півріччя", subj_cs="windows-1251",
               when="2013-12-05 10:03:45", mid=msgid("pa03", "outlook", "example.gov.ua"), client=OUTLOOK2007, body=body)


KEY = {"class": "personal_address", "executor": "rda-koriukivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A deputy head writes from a private i.ua box on the Sunday after the deadline, surzhyk with Russian; the .rtf (name in RFC 2231 continuations) has «ніяких змін не відбулося» (unchanged, a placeholder) under 7, a Russian promise under 9, and under 12 «не проводилось в связи с отсутствием обращений» — a reasoned refusal.",
       "items": [{"measure": 1, "source": "Корюківська_РДА_інформація_за_І_півріччя_2013.rtf"},
                 {"measure": 6, "source": "Корюківська_РДА_інформація_за_І_півріччя_2013.rtf"},
                 {"measure": 12, "source": "Корюківська_РДА_інформація_за_І_півріччя_2013.rtf"}]}


@mail("pa04", KEY)
def pa04():
    paras = [
        "п.1 – сайт РДА наповнюється, проводиться постійно, у травні оновлено розділ «Районний бюджет».",
        "п.6 – 17.04.2013 проведено засідання круглого столу з представниками громадськості щодо питань благоустрою населених пунктів району (23 учасники).",
        "п.7 – ніяких змін не відбулося.",
        "п.9 – проект Програми розвитку малого підприємництва на 2013–2014 роки будет вынесен на обсуждение в июле.",
        "п.12 – не проводилось в связи с отсутствием обращений институтов гражданского общества.",
    ]
    rtf = office("pa04", "rtf", letter_html(
        ["Інформація Корюківської РДА про виконання Плану заходів за І півріччя 2013 р."],
        paras, "Заступник голови РДА                                    В.І. Щербак", "Інформація Корюківської РДА"))
    plain = ("Добрий вечір!\n\nНаправляю інформацію Корюківської РДА по плану Відкритий уряд за перше півріччя, вибачте що "
             "із запізненням - у п'ятницю не було світла, а вчора інтернету.\n\n"
             "З повагою, Щербак В.І., заступник голови Корюківської райдержадміністрації\n")
    body = multipart("mixed", [text(plain, "plain", "windows-1251", "base64"),
                               attach(rtf, "Корюківська_РДА_інформація_за_І_півріччя_2013.rtf", "2231c", "utf-8",
                                      ctype="application/rtf", sep=";\r\n ")],
                     "--iua-boundary-1371406053-77231")
    return eml("pa04", frm=addr("Щербак Віктор", "zamholovy.kor@i.ua", "windows-1251"),
               subject="Корюківська РДА відкритий уряд", subj_cs="windows-1251",
               when="2013-06-16 21:07:33", mid=msgid("pa04", "web", "i.ua"), client=IUA, relay="iua", body=body)


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional coordinator writes from a private meta.ua box, named only in the signature, to the head of УВП (the addressee, named in the dative): the discussion was held, the final document «у стадії доопрацювання» and promised, district discussions not held for want of money.",
       "items": [{"measure": 15, "source": "body"}]}


@mail("pa05", KEY)
def pa05():
    plain = ("Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Шановна Олено Вікторівно!\n\n"
             "Інформую, що 14 листопада 2013 р. громадське обговорення виконання заходів Плану з підвищення рівня відкритості "
             "та прозорості діяльності влади в області проведено у форматі круглого столу в приміщенні обласної універсальної "
             "наукової бібліотеки (27 представників ІГС, 6 посадовців). За результатами обговорення сформовано 11 пропозицій; "
             "підсумковий документ у стадії доопрацювання і буде направлений до управління найближчим часом.\n\n"
             "Окремо зазначу, що у 2013 р. обговорення в районах не проводились через брак коштів у партнерських організацій.\n\n"
             "З повагою,\n"
             "Віталій Лисенко\n"
             "регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області\n"
             "моб. 067 000 12 34\n")
    body = text(plain, "plain", "windows-1251", "base64")
    return eml("pa05", frm=addr("Віталій Лисенко", "v.lysenko.cn@meta.ua", "windows-1251"),
               subject="Громадське обговорення 14.11.2013", subj_cs="windows-1251",
               when="2013-11-19 12:44:20", mid=msgid("pa05", "web", "meta.ua"), client=META, relay="meta", body=body)


# ---------------------------------------------------------------------------------------- mx

KEY = {"class": "mixed", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The district's registered box forwards, as an attached message/rfc822, a letter its department sent it from a private ukr.net box; the report is the .xls inside the forwarded message (present-tense and «в стадії наповнення» rows, a reasoned refusal under 10, a dash under 7, a bare «не проводились» under 12); the cover only promises more on 7.",
       "items": [{"measure": 1, "source": "Ічня_ВУ_І_півріччя.xls"},
                 {"measure": 6, "source": "Ічня_ВУ_І_півріччя.xls"},
                 {"measure": 9, "source": "Ічня_ВУ_І_півріччя.xls"},
                 {"measure": 10, "source": "Ічня_ВУ_І_півріччя.xls"}]}


@mail("mx01", KEY)
def mx01():
    rows = [["№", "Захід", "Виконання"],
            ["1", SHORT[1], "Сайт РДА функціонує, інформація оновлюється щоденно; розділ «Громадянське суспільство» в стадії наповнення"],
            ["6", SHORT[6], "Проведено громадські слухання щодо проекту рішення про внесення змін до районного бюджету (12.03.2013) та щодо благоустрою м. Ічня (24.04.2013); опитування громадської думки планується у ІІ півріччі"],
            ["7", SHORT[7], "-"],
            ["9", SHORT[9], "Проект районної цільової програми «Питна вода» розміщено для обговорення 20.05.2013 та направлено членам громадської ради при РДА; обговорення триває"],
            ["10", SHORT[10], "Комісія з питань відкритості при громадській раді не створена у зв'язку з незавершенням ротації складу ради"],
            ["12", SHORT[12], "не проводились"]]
    xls = office("mx01", "xls", csv_text(rows))
    inner_plain = ("Оксано Петрівно, перешліть, будь ласка, в УВП, бо з моєї не відправляється на урядову адресу. "
                   "Таблиця у вкладенні.\n\nНаталія\n")
    inner_body = multipart("mixed", [
        multipart("alternative", [text(inner_plain, "plain", "utf-8", "base64"),
                                  text("<div>" + esc(inner_plain).replace("\n", "<br>") + "</div>", "html", "utf-8", "base64")],
                  "----FREEMAIL-1371133925-alt-21877"),
        attach(xls, "Ічня_ВУ_І_півріччя.xls", "2047b", "utf-8", sep="; ")],
        "----FREEMAIL-1371133925-21877")
    d_in = kyiv("2013-06-13 17:32:05")
    inner = Part([("Received", "from frv41.ukr.net (frv41.ukr.net [198.51.100.141])\r\n\tby mail.example.gov.ua with ESMTP id 7A1C2D0031\r\n"
                                f"\tfor <rda-ichnia@example.gov.ua>; {fmt_date(d_in + dt.timedelta(seconds=4))}"),
                  ("Message-ID", msgid("mx01-inner", "web", "frv41.ukr.net")),
                  ("Date", fmt_date(d_in)),
                  ("From", addr("Наталія Гребенюк", "viddil.ichnia@ukr.net", "utf-8")),
                  ("To", "rda-ichnia@example.gov.ua"),
                  ("Subject", ew("ВУ Ічня І півріччя", "utf-8", "B")),
                  ("MIME-Version", "1.0"), ("X-Mailer", "FREEMAIL.UKR.NET 4.0")] + inner_body.headers,
                 inner_body.body).render()
    plain = ("Пересилаємо інформацію Ічнянської райдержадміністрації про виконання Плану заходів за І півріччя "
             "(надійшла від відділу організаційної роботи з особистої скриньки, див. вкладений лист).\n"
             "Інформація щодо п. 7 буде доповнена після 20.06.\n\n"
             "-- \nЗагальний відділ апарату Ічнянської РДА\n")
    body = multipart("mixed", [text(plain, "plain", "UTF-8", "quoted-printable", flowed=True),
                               rfc822(inner, "ВУ Ічня І півріччя.eml", "2231", "UTF-8")],
                     "------------070904020803000109060207", preamble="This is a multi-part message in MIME format.")
    return eml("mx01", frm=addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "UTF-8"),
               subject="Fwd: ВУ Ічня І півріччя", when="2013-06-14 16:37:12",
               mid=msgid("mx01", "tb", "example.gov.ua"), client=TB17, body=body)


KEY = {"class": "mixed", "executor": "su-sluzhba-ditei", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A correction above the office's own earlier letter forwarded inline (Thunderbird «Оригінальне повідомлення»): only the new text counts — 8 is now a deed; «Інші пункти — без змін» is a placeholder and the forwarded 1, 6, 7, 9 were counted when they came.",
       "items": [{"measure": 8, "source": "body"}]}


@mail("mx02", KEY)
def mx02():
    old = ("Служба у справах дітей облдержадміністрації надає інформацію про виконання Плану заходів:\n"
           "п. 1 – на веб-сторінці служби розміщено інформацію про порядок усиновлення та банк даних дітей-сиріт (оновлюється щотижня);\n"
           "п. 6 – 05.12.2012 проведено консультації з представниками громадських організацій щодо проекту обласної програми оздоровлення дітей;\n"
           "п. 7 – представники 3 ГО входять до складу Координаційної ради з питань захисту прав дитини;\n"
           "п. 8 – не проводились;\n"
           "п. 9 – проект програми оздоровлення надіслано членам громадської ради для обговорення;\n"
           "п. 12 – не проводились.\n\n"
           "Начальник служби                      Т.О. Лук'яненко")
    plain = ("Уточнення до нашого листа від 12.12.2012 (нижче): у п. 8 помилково зазначено «не проводились». Насправді голову "
             "комітету з питань захисту прав дитини Громадської ради при облдержадміністрації Мартиненко С.О. введено до "
             "складу колегії служби з 10.12.2012 (наказ № 212). Інші пункти — без змін.\n\n"
             "Лукаш Н.В., начальник відділу Служби у справах дітей облдержадміністрації\n\n"
             "-------- Оригінальне повідомлення --------\n"
             "Тема: \tІнформація Служби у справах дітей ОДА (Відкритий уряд)\n"
             "Дата: \tWed, 12 Dec 2012 15:10:44 +0200\n"
             "Від: \tСлужба у справах дітей ОДА <sluzhba-ditei@example.gov.ua>\n"
             "Кому: \tuvp@cg.ukrtel.net\n\n\n\n"
             + old + "\n")
    body = text(plain, "plain", "UTF-8", "quoted-printable")
    return eml("mx02", frm=addr("Служба у справах дітей ОДА", "sluzhba-ditei@example.gov.ua", "UTF-8"),
               subject="Fwd: Інформація Служби у справах дітей ОДА (Відкритий уряд) - уточнення",
               when="2012-12-18 09:26:11", mid=msgid("mx02", "tb", "example.gov.ua"), client=TB16, body=body)


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An iPhone cover note and its .docx report different measures: the body adds 12 (not held, with its reason), the table answers 1 («частково усунуто»), 6 and 7, while its own row 12 is a dash, 9 a bare «не проводилось» and 10 «Буде розглянуто».",
       "items": [{"measure": 1, "source": "НС_РДА_ВУ_2_півріччя.docx"},
                 {"measure": 6, "source": "НС_РДА_ВУ_2_півріччя.docx"},
                 {"measure": 7, "source": "НС_РДА_ВУ_2_півріччя.docx"},
                 {"measure": 12, "source": "body"}]}


@mail("mx03", KEY)
def mx03():
    rows = [["№ п/п", "Захід", "Інформація"],
            ["1", SHORT[1], "Сайт РДА функціонує, проведено аудит відповідності вимогам постанови КМУ від 04.01.2002 № 3 (недоліки частково усунуто)"],
            ["6", SHORT[6], "Проведено громадські слухання з питань реформування первинної медичної допомоги (22.10.2013, 48 учасників) та 4 зустрічі з жителями сільських рад"],
            ["7", SHORT[7], "Представника районної ради ветеранів включено до складу районної комісії з питань поновлення прав реабілітованих"],
            ["9", SHORT[9], "не проводилось"],
            ["10", SHORT[10], "Буде розглянуто"],
            ["12", SHORT[12], "—"]]
    inner = ("<p class=\"c\"><b>Інформація Новгород-Сіверської райдержадміністрації про виконання Плану заходів за ІІ півріччя 2013 року</b></p>\n"
             + table_html(rows, ["7%", "43%", "50%"]) +
             "\n<p>&nbsp;</p><p>Керівник апарату РДА &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.М. Бондар</p>")
    docx = office("mx03", "docx", doc_html(inner, "Інформація Новгород-Сіверської РДА"))
    plain = ("Добрий ранок. Доповнення до таблиці у вкладенні: п. 12 — громадські експертизи проектів розпоряджень не "
             "проводились, оскільки проекти НПА райдержадміністрацією у ІІ півріччі не розроблялись. Решта — у таблиці.\n\n"
             "Надіслано з iPhone")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            "<div>" + esc(plain.split("\n\n")[0]) + "</div><div><br></div><div>Надіслано з iPhone</div></body></html>")
    body = multipart("mixed", [
        multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), text(html, "html", "utf-8", "quoted-printable")],
                  "Apple-Mail-9F2A7C41-3B6D-4E18-A5C0-2D7E9B1F4A63"),
        attach(docx, "НС_РДА_ВУ_2_півріччя.docx", "2047b", "utf-8", sep=";\r\n\t")],
        "Apple-Mail-1C8E4B2D-7A93-4F06-B1E5-6D2C0A9F8E37")
    return eml("mx03", frm=addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "utf-8"),
               subject="ВУ ІІ півріччя", when="2013-12-13 07:58:19",
               mid=msgid("mx03", "apple", "example.gov.ua"), client=IPHONE, body=body)


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Two attachments that split the work: the .xls answers 1, 6 and 12 (reasoned refusal) but under 9 only promises and under 10 only says «див. довідку»; the PDF note on the district's public council reports the draft discussed (9) and the working group set up (10).",
       "items": [{"measure": 1, "source": "Чернігівська_РДА_таблиця.xls"},
                 {"measure": 6, "source": "Чернігівська_РДА_таблиця.xls"},
                 {"measure": 9, "source": "Довідка_громадська_рада.pdf"},
                 {"measure": 10, "source": "Довідка_громадська_рада.pdf"},
                 {"measure": 12, "source": "Чернігівська_РДА_таблиця.xls"}]}


@mail("mx04", KEY)
def mx04():
    rows = [["№ п/п", "Зміст заходу", "Стан виконання"],
            ["1", SHORT[1], "Сайт РДА: оновлено розділи «Регуляторна діяльність» та «Звернення громадян»; проводиться постійне наповнення"],
            ["6", SHORT[6], "Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2014 рік (05.12.2013), 2 зустрічі з жителями сіл Количівка та Михайло-Коцюбинське"],
            ["7", SHORT[7], "х"],
            ["9", SHORT[9], "Проект Програми розвитку культури на 2014–2016 рр. буде винесено на обговорення громадської ради у січні"],
            ["10", SHORT[10], "див. довідку (додається)"],
            ["12", SHORT[12], "Жодних звернень від ІГС щодо проведення громадських експертиз не надходило, тому експертизи не проводились"]]
    xls = office("mx04", "xls", csv_text(rows))
    paras = [
        "Протягом ІІ півріччя 2013 року проведено 3 засідання громадської ради при райдержадміністрації. На засіданні 17.10.2013 члени громадської ради обговорили проект Програми соціального захисту населення району на 2014 рік, внесено 6 пропозицій, 4 з яких враховано.",
        "На виконання рекомендації райдержадміністрації у складі громадської ради утворено робочу групу з питань відкритості та прозорості діяльності органу влади (рішення від 14.11.2013 № 5), до якої увійшли 5 членів ради.",
        "Засідання, заплановане на 12.12.2013, перенесено на січень 2014 року.",
    ]
    pdf = office("mx04", "pdf", letter_html(
        ["ДОВІДКА", "щодо роботи громадської ради при Чернігівській районній державній адміністрації у ІІ півріччі 2013 року"],
        paras, "Голова громадської ради                                   П.С. Клименко", "Довідка"))
    plain = ("Чернігівська райдержадміністрація надає інформацію про виконання Плану заходів за ІІ півріччя 2013 року: "
             "таблиця та довідка щодо роботи громадської ради (додаються). Вибачте за затримку.\n\n"
             "Заступник голови РДА                     Ю.В. Семенець\n")
    body = multipart("mixed", [text(plain, "plain", "windows-1251", "quoted-printable"),
                               attach(xls, "Чернігівська_РДА_таблиця.xls", "2047q", "windows-1251"),
                               attach(pdf, "Довідка_громадська_рада.pdf", "2047b", "windows-1251")],
                     "----=_NextPart_000_0052_01CEFB2E.4C7D8E90", preamble="This is a multi-part message in MIME format.")
    return eml("mx04", frm=addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251"),
               subject="Інформація (Відкритий уряд) ІІ півріччя", subj_cs="windows-1251",
               when="2013-12-17 11:14:27", mid=msgid("mx04", "oe", "example.gov.ua"), client=OUTLOOK2003, body=body)


KEY = {"class": "mixed", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML with an inline logo whose MIME label says iso-8859-1 while the bytes (and the meta tag) are windows-1251; no plain twin. The heading names «пунктів 3, 4», the paragraphs answer by subject: the web resource works (3), the forum created but «ще не налагоджена» with its reason (4); the discussion of the plan is only planned (not 15).",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}]}


@mail("mx05", KEY)
def mx05():
    paras = [
        "Інформація Громадської ради при облдержадміністрації щодо виконання пунктів 3, 4 Плану заходів (І квартал 2013 р.)",
        "Веб-ресурс «Чернігівська громада» працює в повному обсязі: з 1 січня ресурс відвідали 1240 користувачів, розміщено 58 новин громадських організацій; з лютого адміністрування ресурсу здійснює секретаріат Громадської ради.",
        "Інтернет-форум на базі веб-ресурсу створено 15 березня, однак повноцінна робота форуму ще не налагоджена у зв'язку з відсутністю модератора; зареєстровано 37 учасників, відкрито 9 тем. Найближчим часом буде проведено навчання модераторів з числа членів ради.",
        "Громадське обговорення виконання заходів Плану Громадська рада планує провести спільно з управлінням з питань внутрішньої політики у травні 2013 року.",
    ]
    inner = (f"<p class=MsoNormal><b>{esc(paras[0])}<o:p></o:p></b></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             + "\n".join(f"<p class=MsoNormal style='text-indent:35.4pt'>{esc(p)}<o:p></o:p></p>" for p in paras[1:])
             + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             "<p class=MsoNormal><img width=40 height=40 id=\"Picture_x0020_1\" src=\"cid:image001.png@01CE2C7A.5B3E1F20\" alt=\"logo\">"
             "<o:p></o:p></p>\n"
             "<p class=MsoNormal>Голова Громадської ради при облдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; І.В. Мороз<o:p></o:p></p>\n"
             "<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>Секретаріат: (0462) 67-50-08<o:p></o:p></span></p>")
    html = word_html(inner, charset="windows-1251").encode("cp1251")
    body = multipart("related", [text_bytes(html, "html", "iso-8859-1", "quoted-printable"),
                                 attach(png_logo(), "image001.png", "ascii", disp="inline", cid="image001.png@01CE2C7A.5B3E1F20")],
                     "----=_NextPart_000_0071_01CE2C7A.5B3E1F20", extra=";\r\n\ttype=\"text/html\"")
    return eml("mx05", frm=addr("Громадська рада при ОДА", "gromrada@example.gov.ua", "windows-1251"),
               subject="Громадська рада - інформація за І квартал", subj_cs="windows-1251",
               when="2013-03-29 11:31:02", mid=msgid("mx05", "outlook", "example.gov.ua"), client=OUTLOOK2007, body=body)


# ===========================================================================================
# Checks and output
# ===========================================================================================

DEADLINES = [d["date"] for d in PLAN["deadline"]]
GRACE = PLAN["plan"].get("grace_days", 3)
APPROVED = PLAN["plan"]["approved"]
PRIVATE_DOMAINS = {"gmail.com", "ukr.net", "i.ua", "meta.ua"}


def period_of(local):
    d = local.date()
    if d < APPROVED:
        return None, None
    for i, dl in enumerate(DEADLINES):
        if d <= dl:
            return i + 1, False
        if d <= dl + dt.timedelta(days=GRACE):
            return i + 1, True
    return None, None


def attachment_names(msg):
    names = set()
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.add(fn)
    return names


def check(name, key, raw):
    errs = []
    prefix = name[:2]
    if key["class"] != CLASSES.get(prefix):
        errs.append(f"class {key['class']} does not match prefix {prefix}")
    if key["executor"] not in EXEC_IDS:
        errs.append(f"unknown executor {key['executor']}")
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None:
        errs.append("report needs kind report and reason null")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(items) or len(set(items)) != len(items):
        errs.append("items not sorted/unique")
    for m, s in items:
        if not isinstance(m, int) or not 1 <= m <= 15:
            errs.append(f"measure {m} out of 1–15")
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    top = raw.split(b"\r\n", 1)[0]
    if not top.startswith(b"Received:"):
        errs.append("Received is not the top header")
    d = email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(KYIV)
    rv = email.utils.parsedate_to_datetime(str(msg["Received"]).rsplit(";", 1)[1].strip()).astimezone(KYIV)
    if not (0 < (rv - d).total_seconds() <= 30 and rv.date() == d.date()):
        errs.append("Received not a few seconds after Date on the same Kyiv day")
    if d.year not in (2012, 2013):
        errs.append("Date not in 2012–2013")
    per, late = period_of(d)
    if (per, late) != (key["period"], key["late"]):
        errs.append(f"period/late {key['period']}/{key['late']} but Date gives {per}/{late}")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    if str(msg["To"]).strip().lower() != MAILBOX:
        errs.append("To is not the mailbox")
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    registered = {a: e for e, al in EXEC_EMAILS.items() for a in al}
    dom = frm.split("@")[1]
    if dom.endswith("example.gov.ua") or dom.endswith("example.org.ua"):
        if frm not in registered:
            errs.append(f"invented official address {frm}")
    if prefix == "pa":
        if frm in EXEC_EMAILS[key["executor"]]:
            errs.append("personal_address mail sent from the executor's own box")
        if frm not in registered and dom not in PRIVATE_DOMAINS:
            errs.append(f"unexpected private domain {dom}")
    else:
        if frm not in EXEC_EMAILS[key["executor"]]:
            errs.append(f"sender {frm} is not a registered box of {key['executor']}")
    names = attachment_names(msg)
    for m, s in items:
        if s != "body" and s not in names:
            errs.append(f"source {s!r} not among attachments {sorted(names)}")
    # every text part decodes in its declared charset (mx05 is mislabelled on purpose)
    if name != "mx05":
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html"):
                cs = part.get_content_charset() or "us-ascii"
                part.get_payload(decode=True).decode(cs)
    for part in msg.walk():
        fn = part.get_filename() or ""
        if fn.lower().endswith(".pdf") and shutil.which("pdftotext"):
            data = part.get_payload(decode=True)
            tmp = os.path.join(WORK, "check.pdf")
            open(tmp, "wb").write(data)
            out = subprocess.run(["pdftotext", tmp, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            if len(out.strip()) < 100:
                errs.append(f"{fn}: no text layer")
        if part.get_content_maintype() == "application":
            if len(part.get_payload(decode=True)) >= 60 * 1024:
                errs.append(f"{fn}: attachment not under 60 KB")
    return errs


def main():
    os.makedirs(WORK, exist_ok=True)
    names = [n for n, _, _ in MAILS]
    assert len(names) == len(set(names)) == 40, len(names)
    for p in CLASSES:
        assert sum(n.startswith(p) for n in names) == 5, p
    failures = 0
    covered = set()
    for name, key, build in MAILS:
        raw = build()
        errs = check(name, key, raw)
        if errs:
            failures += 1
            print(f"{name}: " + "; ".join(errs), file=sys.stderr)
        covered |= {i["measure"] for i in key["items"]}
        with open(os.path.join(HERE, f"{name}.eml"), "wb") as f:
            f.write(raw)
        out = {k: key[k] for k in ("class", "executor", "period", "late", "kind", "reason", "note", "items")}
        with open(os.path.join(HERE, f"{name}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
    missing = set(range(1, 16)) - covered
    if missing:
        failures += 1
        print(f"measures never an item: {sorted(missing)}", file=sys.stderr)
    print(f"{len(MAILS)} mails, {sum(len(k['items']) for _, k, _ in MAILS)} items, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
