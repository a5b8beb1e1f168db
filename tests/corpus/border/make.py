#!/usr/bin/env python3
"""Build the «border» corpus for zvit: 40 hard report e-mails with hand-written keys.

Theme: work on the border between two close measures of the plan (site vs its budget and
programme rubrics vs the site as a mere outlet; the web resource vs its forum; the head's hot
line vs appeals in general; consultations vs discussion of drafts vs discussion of the plan's own
execution vs public expert reviews; advisory bodies vs collegia vs the openness commission;
seminars vs guides vs Open Door Days).

Python 3 standard library only.  Run:  python3 make.py
It writes NAME.eml and NAME.expected.json for every mail, README.md, and checks every key.
Office attachments are written as HTML (documents) or CSV (sheets) under attachments/src/ and
converted once with LibreOffice; the converted files are kept in attachments/ and reused, so a
second run changes nothing (a source is reconverted only when its text changes).

Every mail below is a KEY literal (what a careful clerk counts, written before the text), the
judgement calls it rests on (CALLS, above the key), and the builder that writes the mail.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import quopri
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATT = HERE / "attachments"
SRC = ATT / "src"
WORK = Path("/tmp/border-work")
PLAN_FILE = Path("/work/main/config/plan.toml")
MAILBOX = "uvp@cg.ukrtel.net"
NAME = "border"

with open(PLAN_FILE, "rb") as fh:
    PLAN = tomllib.load(fh)
EXECUTORS = {e["id"]: e for e in PLAN["executor"]}
MEASURES = {m["number"]: m for m in PLAN["measure"]}
UVP_NAME = EXECUTORS["uvp"]["name"]

# ---------------------------------------------------------------------------------------------
# Time: Europe/Kyiv by the EU rule that Ukraine kept in 2012-2013 (+02:00, summer +03:00 from
# the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC).


def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def kyiv_offset_utc(utc):
    """Offset in hours for an aware UTC datetime."""
    y = utc.year
    start = dt.datetime.combine(_last_sunday(y, 3), dt.time(1, 0), dt.timezone.utc)
    end = dt.datetime.combine(_last_sunday(y, 10), dt.time(1, 0), dt.timezone.utc)
    return 3 if start <= utc < end else 2


def kyiv(s):
    """'2012-12-12 15:41:07' as Kyiv wall time -> aware datetime with the right fixed offset."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    for h in (2, 3):
        cand = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=h)))
        if kyiv_offset_utc(cand.astimezone(dt.timezone.utc)) == h:
            return cand
    raise ValueError(s)


def to_kyiv(aware):
    utc = aware.astimezone(dt.timezone.utc)
    return utc.astimezone(dt.timezone(dt.timedelta(hours=kyiv_offset_utc(utc))))


def rfc_date(d):
    return email.utils.format_datetime(d)


def ua_date(d):
    return d.strftime("%d.%m.%Y")


DEADLINES = [d["date"] for d in PLAN["deadline"]]
GRACE = PLAN["plan"].get("grace_days", 3)
APPROVED = PLAN["plan"]["approved"]


def period_of(local_date):
    """(period, late) for a Kyiv calendar date, as the brief and semantics.md define them."""
    start = APPROVED
    for i, d in enumerate(DEADLINES, 1):
        if start <= local_date <= d:
            return i, False
        if d < local_date <= d + dt.timedelta(days=GRACE):
            return i, True
        start = d + dt.timedelta(days=GRACE + 1)
    return None, None


# ---------------------------------------------------------------------------------------------
# Text helpers


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def plain7(text):
    """What an 8-bit Cyrillic charset (koi8-u/koi8-r) cannot hold, the way the editor types it."""
    for a, b in (("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("”", '"'), ("—", "-"),
                 ("–", "-"), ("№", "N"), ("’", "'"), ("…", "...")):
        text = text.replace(a, b)
    return text


def enc(text, charset):
    return text.encode(charset)  # strict: a character the charset lacks is a bug here


def wrap(text, width=76, prefix=""):
    """Hard-wrap paragraphs (for quoted text and fixed-width clients)."""
    out = []
    for line in text.split("\n"):
        if len(prefix + line) <= width:
            out.append(prefix + line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(prefix + cur + " " + w) > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


def quote(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in wrap(text, 74).split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text, p_style=""):
    """Plain text with blank-line paragraphs -> <p> elements (lines inside kept with <br>)."""
    out = []
    for para in text.split("\n\n"):
        if not para.strip():
            continue
        inner = "<br>\n".join(esc(l) for l in para.split("\n"))
        out.append(f"<p{p_style}>{inner}</p>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Headers: RFC 2047 encoded words, RFC 2231 parameters


def _q_char(b):
    if b == 0x20:
        return "_"
    c = chr(b)
    if c.isascii() and (c.isalnum() or c in "!*+-/"):
        return c
    return "=%02X" % b


def ew(text, charset="utf-8", mode="B", force=False):
    """Encode a header value as RFC 2047 words (folded), unless it is plain ASCII."""
    if text.isascii() and not force:
        return text
    lead = f"=?{charset}?{mode}?"
    room = 75 - len(lead) - 2
    words, cur = [], b""

    def size(bs):
        if mode == "B":
            return 4 * ((len(bs) + 2) // 3)
        return sum(len(_q_char(b)) for b in bs)

    for ch in text:
        bs = ch.encode(charset)
        if cur and size(cur + bs) > room:
            words.append(cur)
            cur = b""
        cur += bs
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if mode == "B":
            out.append(lead + base64.b64encode(w).decode() + "?=")
        else:
            out.append(lead + "".join(_q_char(b) for b in w) + "?=")
    return "\r\n ".join(out)


def addr(name, address, charset="utf-8", mode="B", quoted=True):
    if not name:
        return address
    if name.isascii():
        return f'"{name}" <{address}>' if quoted else f"{name} <{address}>"
    return f"{ew(name, charset, mode)} <{address}>"


def rfc2231(param, value, charset="utf-8", chunk=30):
    """param*0*=charset''...; param*1*=... (Thunderbird/Apple Mail style continuations)."""
    data = value.encode(charset)
    pieces, cur = [], ""
    for b in data:
        c = chr(b)
        t = c if (c.isascii() and (c.isalnum() or c in "-_.")) else "%%%02X" % b
        if len(cur) + len(t) > chunk * 3 and cur:
            pieces.append(cur)
            cur = ""
        cur += t
    pieces.append(cur)
    out = []
    for i, p in enumerate(pieces):
        head = f"{charset.upper()}''" if i == 0 else ""
        out.append(f"{param}*{i}*={head}{p}")
    return ";\r\n ".join(out)


# ---------------------------------------------------------------------------------------------
# MIME parts


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = [f"{n}: {v}\r\n".encode("ascii") for n, v in self.headers]
        out.append(b"\r\n")
        if self.parts is None:
            out.append(self.body)
        else:
            if self.preamble:
                out.append(crlf(self.preamble).encode("ascii") + b"\r\n")
            for p in self.parts:
                out.append(b"--" + self.boundary.encode() + b"\r\n")
                out.append(p.render())
                out.append(b"\r\n")
            out.append(b"--" + self.boundary.encode() + b"--\r\n")
        return b"".join(out)


def body_bytes(raw, cte):
    """raw: bytes with CRLF line ends -> transfer-encoded bytes."""
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")).encode()
    if cte == "base64":
        return crlf(base64.encodebytes(raw).decode("ascii")).encode()
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain", params="",
              declared=None, extra=()):
    """A text part.  declared: the charset written in the header, when it is not the real one."""
    raw = crlf(text).encode(charset)
    hs = [("Content-Type", f'text/{subtype}; charset="{declared or charset}"{params}'),
          ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, body_bytes(raw, cte))


def multipart(subtype, parts, boundary, params="", preamble=None, extra=()):
    return Part([("Content-Type", f'multipart/{subtype};{params}\r\n\tboundary="{boundary}"')]
                + list(extra), parts=parts, boundary=boundary, preamble=preamble)


MIME_TYPES = {
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
    "ics": "application/ics",
    "png": "image/png",
}


def attachment(data, filename, style="2047B", charset="utf-8", ctype=None, inline=False,
               cid=None, ct_params=""):
    """An attachment; style names how the file name is written:
    2047B / 2047Q (encoded words in name= and filename=, Outlook, The Bat!, Gmail, web mail),
    2231 (RFC 2231 continuations, Thunderbird/Apple Mail), ascii (a plain name)."""
    ext = filename.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIME_TYPES[ext]
    if style in ("2047B", "2047Q"):
        enc_name = ew(filename, charset, style[-1], force=not filename.isascii())
        ct = f'{ctype};{ct_params}\r\n\tname="{enc_name}"'
        cd = f'{"inline" if inline else "attachment"};\r\n\tfilename="{enc_name}"'
    elif style == "2231":
        ct = f'{ctype};{ct_params}\r\n name="{ew(filename, charset, "B")}"'
        cd = f'{"inline" if inline else "attachment"};\r\n {rfc2231("filename", filename, charset)}'
    else:
        assert filename.isascii()
        ct = f'{ctype};{ct_params} name="{filename}"'
        cd = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
    hs.append(("Content-Disposition", cd))
    return Part(hs, body_bytes(data, "base64"))


def rfc822_part(inner_bytes, extra=()):
    return Part([("Content-Type", "message/rfc822")] + list(extra), inner_bytes)


# ---------------------------------------------------------------------------------------------
# Office files: HTML or CSV sources, converted once by LibreOffice and kept.

FILTERS = {
    "doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML", "odt": "odt:writer8",
    "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export",
    "xls": "xls:MS Excel 97", "xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods:calc8",
}


def _convert(src, fmt, infilter):
    WORK.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo",
           f"--infilter={infilter}", "--convert-to", FILTERS[fmt], "--outdir", str(ATT), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def _office(stem, fmt, source_text, src_ext, infilter):
    SRC.mkdir(parents=True, exist_ok=True)
    src = SRC / f"{stem}.{src_ext}"
    out = ATT / f"{stem}.{fmt}"
    stamp = SRC / f"{stem}.{fmt}.sha256"
    digest = hashlib.sha256(source_text.encode("utf-8")).hexdigest()
    if src.exists() and src.read_text("utf-8") != source_text:
        src.write_text(source_text, "utf-8")
    elif not src.exists():
        src.write_text(source_text, "utf-8")
    if not out.exists() or not stamp.exists() or stamp.read_text().strip() != digest:
        if not shutil.which("soffice"):
            sys.exit(f"{out} is missing or stale and soffice is not installed")
        _convert(src, fmt, infilter)
        stamp.write_text(digest + "\n")
    return out.read_bytes()


def document(stem, fmt, body_html, title="Інформація", css=""):
    """A Word/Writer document written as HTML and converted (doc, docx, odt, rtf, pdf)."""
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>body{{font-family:'Times New Roman';"
            f"font-size:13pt}} td{{vertical-align:top;padding:2pt 4pt}} {css}</style></head>\n"
            f"<body>\n{body_html}\n</body></html>\n")
    return _office(stem, fmt, html, "html", "HTML (StarWriter)")


def sheet(stem, fmt, rows):
    """A spreadsheet written as CSV (UTF-8, every column text) and converted (xls, xlsx, ods)."""
    ncol = max(len(r) for r in rows)
    lines = []
    for r in rows:
        cells = list(r) + [""] * (ncol - len(r))
        lines.append(",".join('"' + c.replace('"', '""') + '"' for c in cells))
    text = "\n".join(lines) + "\n"
    cols = "/".join(f"{i}/2" for i in range(1, ncol + 1))
    return _office(stem, fmt, text, "csv", f"CSV:44,34,76,1,{cols}")


def table_html(rows, header=True, widths=None):
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">']
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        cells = []
        for j, c in enumerate(r):
            w = f' width="{widths[j]}%"' if (widths and i == 0) else ""
            cells.append(f"<{tag}{w}>{esc(c) if c else '&nbsp;'}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def png_logo(w=48, h=24):
    """A tiny PNG (a two-colour emblem) for Word HTML mail with an inline image."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < h // 2:
                row += bytes((0, 87, 183))
            else:
                row += bytes((255, 215, 0))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------
# Envelope


def received(date, helo, ip, by="mail.cg.ukrtel.net", delay=4, qid="4A1C2F0B7E"):
    r = date + dt.timedelta(seconds=delay)
    return ("Received", f"from {helo} ({helo} [{ip}])\r\n\tby {by} (Postfix) with ESMTP id {qid}"
                        f"\r\n\tfor <{MAILBOX}>; {rfc_date(r)}")


def envelope(date, from_, subject, msgid, client=(), to=MAILBOX, helo="mail.example.gov.ua",
             ip="10.12.0.5", delay=4, extra_received=(), more=(), qid=None):
    """Top-level headers: Received first (a few seconds after Date, same Kyiv day)."""
    qid = qid or hashlib.md5(msgid.encode()).hexdigest()[:10].upper()
    hs = [received(date, helo, ip, delay=delay, qid=qid)] + list(extra_received)
    hs += [("Date", rfc_date(date)), ("From", from_), ("To", to), ("Subject", subject),
           ("Message-ID", f"<{msgid}>")]
    hs += list(more) + list(client) + [("MIME-Version", "1.0")]
    return hs


def message(headers, root):
    """Top-level message: envelope headers + the root part's own headers and body."""
    root.headers = headers + root.headers
    return root.render()


CLIENTS = {
    "outlook2010": [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "uk")],
    "outlook2007": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "uk")],
    "outlook2007ru": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "ru")],
    "outlook2003": [("X-Mailer", "Microsoft Office Outlook, Build 11.0.5510"),
                    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "oe6": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
            ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "thunderbird10": [("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 "
                                     "Thunderbird/10.0.2")],
    "thunderbird17": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 "
                                     "Thunderbird/17.0.3")],
    "thunderbird24": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 "
                                     "Thunderbird/24.1.1")],
    "thebat": [("X-Mailer", "The Bat! (v4.2.44.2) Professional"), ("Reply-To", "")],
    "opera": [("User-Agent", "Opera Mail/12.16 (Win32)")],
    "applemail": [("X-Mailer", "Apple Mail (2.1499)")],
    "iphone": [("X-Mailer", "iPhone Mail (10B329)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/0.8.4")],
    "gmail": [],
    "ukrnet": [("X-Mailer", "FREEMAIL v.3.1 (mail.ukr.net)")],
    "iua": [("X-Mailer", "I.UA Mail/2.0")],
    "metaua": [("X-Mailer", "META.UA Mail")],
    "k9": [("User-Agent", "K-9 Mail for Android")],
    "wlm": [("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308")],
    "cdo": [("Content-Class", "urn:content-classes:message"),
            ("X-Mailer", "Microsoft CDO for Windows 2000")],
}
CLIENT_NAMES = {
    "outlook2010": "Outlook 2010 (uk)", "outlook2007": "Outlook 2007 (uk)",
    "outlook2007ru": "Outlook 2007 (ru)", "outlook2003": "Outlook 2003 (uk)",
    "oe6": "Outlook Express 6", "thunderbird10": "Thunderbird 10",
    "thunderbird17": "Thunderbird 17", "thunderbird24": "Thunderbird 24", "thebat": "The Bat!",
    "opera": "Opera Mail", "applemail": "Apple Mail", "iphone": "iPhone Mail",
    "roundcube": "Roundcube", "gmail": "Gmail", "ukrnet": "ukr.net web mail",
    "iua": "i.ua web mail", "metaua": "meta.ua web mail", "k9": "K-9 Mail (Android)", "wlm": "Windows Live Mail",
    "cdo": "CDO script",
}


def client(name, **kw):
    hs = [(n, v) for n, v in CLIENTS[name] if v]
    return hs


# ---------------------------------------------------------------------------------------------
# zvit's own letters, as executors quote them (rendered from reminder.txt.j2 and receipt.txt.j2)


def render_reminder(executor_id, deadline, today, missing, overdue=False):
    name = EXECUTORS[executor_id]["name"]
    lines = ["Шановні колеги!", ""]
    if overdue:
        lines.append(f"Нагадуємо, що {deadline} минув термін подання інформації про виконання "
                     "Плану заходів з підвищення рівня відкритості та прозорості діяльності "
                     "виконавчої влади в області у рамках реалізації Ініціативи «Партнерство "
                     "„Відкритий уряд“» (пункт 16 плану).")
    else:
        lines.append("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня "
                     "відкритості та прозорості діяльності виконавчої влади в області у рамках "
                     "реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його "
                     f"виконання необхідно надати до {deadline} на адресу електронної пошти "
                     f"{MAILBOX}.")
    lines += ["", f"Станом на {today} від {name} не надійшла інформація за звітний період щодо "
                  "таких пунктів плану:"]
    for m in missing:
        lines += ["", f"  {m}. {MEASURES[m]['text']}"]
    lines += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо "
                  "заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь "
                  "на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі "
                  "— у тексті листа або окремим документом, зазначивши номери пунктів плану.",
              "",
              "Просимо надати інформацію невідкладно." if overdue
              else "Просимо дотримуватися встановленого терміну.",
              "",
              "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо "
              "вважати його недійсним.",
              "", "З повагою", UVP_NAME]
    return "\n".join(lines)


def render_receipt(executor_id, received_on, subject, period, deadline, recognised, missing,
                   late=False):
    name = EXECUTORS[executor_id]["name"]
    lines = ["Шановні колеги!", "",
             f"{UVP_NAME} підтверджує отримання Вашого листа від {received_on}"
             + (f" «{subject}»" if subject else "") + ".", "",
             f"Виконавець: {name}.",
             f"Звітний період: {period}-й (термін подання інформації — {deadline})."]
    if late:
        lines.append("Лист надійшов після встановленого терміну; інформацію враховано як подану "
                     "із запізненням.")
    lines.append("")
    if recognised:
        lines.append("Розпізнано інформацію щодо таких пунктів плану:")
        for n, excerpt in recognised:
            lines.append(f"  • пункт {n}: {excerpt}")
    else:
        lines.append("Інформації, яку можна віднести до пунктів плану, у листі не виявлено.")
    lines.append("")
    if missing:
        lines.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
        for m in missing:
            lines.append(f"  {m}. {MEASURES[m]['text']}")
    else:
        lines.append("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу "
                     "установу, за цей період отримано. Дякуємо за співпрацю.")
    lines += ["", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо "
                  f"надсилати на адресу {MAILBOX}.", "", "З повагою", UVP_NAME]
    return "\n".join(lines)


PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
              "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

# ---------------------------------------------------------------------------------------------
# Registry

MAILS = []


def register(name, key, calls=()):
    def deco(fn):
        MAILS.append({"name": name, "key": key, "calls": list(calls), "build": fn})
        return fn
    return deco


def flowed(text, width=72):
    """format=flowed body: soft-wrapped lines end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def outlook_html(text, charset, generator="Microsoft Word 14 (filtered medium)", extra_body=""):
    """The HTML twin Outlook (Word as editor) writes beside the plain text."""
    paras = []
    for para in text.split("\n\n"):
        for line in para.split("\n"):
            paras.append(f"<p class=MsoNormal>{esc(line) if line else '&nbsp;'}<o:p></o:p></p>")
        paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:"
            "office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://"
            "schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            f"<head><meta http-equiv=Content-Type content=\"text/html; charset={charset}\">"
            f"<meta name=Generator content=\"{generator}\"><style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;"
            "font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
            "<body lang=UK link=blue vlink=purple><div class=WordSection1>\n"
            + "\n".join(paras) + extra_body + "\n</div></body></html>")


def simple_html(text, charset, font="Arial"):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            f"</head><body style=\"font-family:{font};font-size:10pt\">\n"
            + html_paras(text) + "\n</body></html>")


def full_plan_rows(answers, short=False, header=("№ пункту", "Зміст заходу", "Інформація про виконання")):
    rows = [list(header)]
    for n in range(1, 17):
        text = SHORT[n] if short else MEASURES[n]["text"]
        rows.append([str(n), text, answers.get(n, "")])
    return rows


# How clerks shorten the measures in their own tables (their words, not the plan's).
SHORT = {
    1: "Офіційні веб-сайти", 2: "Рубрики на сайті ОДА", 3: "Веб-ресурс «Чернігівська громада»",
    4: "Інтернет-форум", 5: "«Гаряча лінія» голови ОДА", 6: "Консультації з громадськістю",
    7: "Дорадчо-консультативні органи", 8: "Колегії", 9: "Обговорення проектів з членами громадських рад",
    10: "Комісія (робоча група) з питань відкритості", 11: "Дні відкритих дверей",
    12: "Громадські експертизи", 13: "Навчальні семінари", 14: "Методичні посібники",
    15: "Обговорення виконання Плану", 16: "Інформація до УВП",
}


# =============================================================================================
# 1. placeholder (ph): a row for every measure, most of them «—», «х», «+», empty, «без змін».
# =============================================================================================

CALLS = [
    "Row 9 tells of the draft oblast budget discussed in the Public Council's budget committee: "
    "a draft decision put to council members is measure 9; the committee is neither the unit's "
    "collegium (8) nor an advisory body of the unit (7).",
    "Rows 8 «+» and 12 «не проводились» are placeholders (a tick, a bare denial); row 16 is the "
    "reporting duty and never counts.",
    "Row 1 names a page section «Звернення громадян»: that is work on the site (1), no report "
    "on the hot line (5).",
]
KEY = {"class": "placeholder", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A full-plan .xls with «—», «-», «х», «+», empty cells and a bare «не проводились» "
               "around three real rows, two of them the site (1) and its budget and programme "
               "rubrics (2).",
       "items": [{"measure": 1, "source": "Інформація фінуправління (Відкритий уряд).xls"},
                 {"measure": 2, "source": "Інформація фінуправління (Відкритий уряд).xls"},
                 {"measure": 9, "source": "Інформація фінуправління (Відкритий уряд).xls"}]}


@register("ph-finansy", KEY, CALLS)
def _():
    answers = {
        1: "Сторінка Головного фінансового управління на офіційному сайті облдержадміністрації "
           "наповнюється відповідно до вимог постанови Кабінету Міністрів України від 04.01.2002 "
           "№ 3; у листопаді оновлено підрозділи «Нормативні документи» та «Звернення громадян», "
           "додано форму запиту на публічну інформацію.",
        2: "У рубриці «Виконання місцевих бюджетів Чернігівської області» щомісяця розміщується "
           "звіт про виконання зведеного бюджету області (станом на 01.12.2012 розміщено 11 "
           "звітів); у рубриці «Хід виконання цільових програм» — інформація про фінансування "
           "обласних цільових програм за 9 місяців 2012 року.",
        3: "-", 4: "-", 5: "-", 6: "—", 7: "х", 8: "+",
        9: "27.11.2012 проект обласного бюджету на 2013 рік розглянуто на засіданні комітету з "
           "питань бюджету та фінансів Громадської ради при облдержадміністрації; 4 пропозиції "
           "членів ради враховано при доопрацюванні проекту.",
        10: "", 11: "", 12: "не проводились", 13: "-", 14: "-", 15: "-",
        16: "Інформацію надано листом від 12.12.2012 № 05-11/2631",
    }
    rows = [["Інформація Головного фінансового управління облдержадміністрації про виконання "
             "Плану заходів (Відкритий уряд) станом на 10.12.2012", "", "", ""],
            ["№ пункту", "Зміст заходу", "Термін виконання", "Інформація про виконання"]]
    for n in range(1, 17):
        rows.append([str(n), MEASURES[n]["text"], MEASURES[n]["term"], answers[n]])
    xls = sheet("ph-finansy", "xls", rows)
    d = kyiv("2012-12-12 15:41:07")
    text = ("Доброго дня!\n\n"
            "Надсилаємо інформацію Головного фінансового управління облдержадміністрації про "
            f"виконання {PLAN_TITLE} (лист від 12.12.2012 № 05-11/2631, оригінал направлено "
            "поштою).\n\n"
            "З повагою\nГончаренко Людмила Василівна\nголовний спеціаліст загального відділу\n"
            "Головного фінансового управління облдержадміністрації\nтел. (0462) 67-55-12")
    cs = "windows-1251"
    alt = multipart("alternative", [text_part(text, cs), text_part(outlook_html(text, cs), cs,
                                    subtype="html")], "----=_NextPart_001_0019_01CDD87F.5B2C7D40")
    root = multipart("mixed", [alt, attachment(xls, "Інформація фінуправління (Відкритий уряд).xls",
                                               "2047B", cs)],
                     "----=_NextPart_000_0018_01CDD87F.5B2C7D40",
                     preamble="This is a multipart message in MIME format.")
    hs = envelope(d, addr("Гончаренко Людмила", "finansy@example.gov.ua", cs),
                  ew("Інформація ГФУ щодо виконання Плану заходів (Відкритий уряд)", cs, "B"),
                  "001701cdd86e$5b2c7d40$11817bc0$@example.gov.ua", client("outlook2010"),
                  more=[("Thread-Index", "Ac3YbliWXk6o0nXoQ+yO3l8GK1B9uA==")])
    return message(hs, root)


CALLS = [
    "Row 1 names a new site rubric «Громадська рада при райдержадміністрації»: work on the site "
    "(1), not on advisory bodies (7) or the openness group (10).",
    "Row 6 tells of hearings on a draft programme; the writer put them under 6 and left row 9 a "
    "dash. Hearings open to all residents are a consultation (6); row 9 says nothing, so no 9.",
    "Row 12 «не проводились» is bare (the subject is only in the abbreviated-measure column, "
    "the writer's copy of the plan, not an answer): a placeholder, like row 7 «немає» and row 10 "
    "«х»; row 2 «не стосується» is not applicable.",
]
KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Excel rows pasted as tab-separated text into a koi8-u The Bat! body: two answers "
               "among dashes, «немає», «х», «не стосується» and a bare «не проводились»; the site "
               "row names a rubric after the public council.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@register("ph-rda-ripky", KEY, CALLS)
def _():
    answers = {
        1: "На офіційному веб-сайті райдержадміністрації за півріччя розміщено 164 матеріали; "
           "створено рубрику \"Громадська рада при райдержадміністрації\", де розміщено положення "
           "про раду, її склад, план роботи та протоколи засідань.",
        2: "не стосується", 3: "-", 4: "-", 5: "-",
        6: "26.02.2013 проведено громадські слухання щодо проекту Програми соціально-економічного "
           "розвитку району на 2013 рік (57 учасників), у квітні - опитування мешканців райцентру "
           "щодо графіка руху приміських автобусів (186 респондентів).",
        7: "немає", 8: "-", 9: "-", 10: "х", 11: "-", 12: "не проводились", 13: "-", 14: "-",
        15: "-", 16: "надається цим листом",
    }
    lines = ["Пункт\tЗахід\tВиконання"]
    for n in range(1, 17):
        lines.append(f"{n}\t{plain7(SHORT[n])}\t{answers[n]}")
    text = ("Вих. N 01-14/1127 від 06.06.2013\n\n"
            "Управлінню з питань внутрішньої політики\nта зв'язків з громадськістю "
            "облдержадміністрації\n\n"
            "Ріпкинська районна державна адміністрація надає інформацію про виконання Плану "
            "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
            "області у рамках реалізації Ініціативи \"Партнерство \"Відкритий уряд\"\" за "
            "І півріччя 2013 року.\n\n" + "\n".join(lines) + "\n\n"
            "Заступник голови райдержадміністрації              С.В. Головко\n\n"
            "Вик. Тищенко Н.М.\n2-13-47\n\n-- \nЗ повагою,\n Ріпкинська РДА, загальний відділ "
            "mailto:rda-ripky@example.gov.ua")
    cs = "koi8-u"
    root = text_part(plain7(text), cs, "8bit")
    d = kyiv("2013-06-07 09:12:44")
    hs = envelope(d, addr("Ripky RDA", "rda-ripky@example.gov.ua"),
                  ew(plain7("Інформація Ріпкинської РДА (Відкритий уряд) за І півріччя 2013"), cs, "B"),
                  "1571286463.20130607091244@example.gov.ua", client("thebat"))
    return message(hs, root)


CALLS = [
    "Rows 7 and 8 are neighbours told apart by their own numbers and words: the advisory council "
    "on heritage with NGO members (7) and the Public Council committee head in the unit's "
    "collegium (8).",
    "Row 1 «+», row 6 «Без змін», row 9 empty and row 12 «немає» are placeholders.",
]
KEY = {"class": "placeholder", "executor": "su-kultura", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A full-plan .xlsx where the site row is a bare «+» and the three real rows sit "
               "beside each other on neighbouring measures (programme rubric 2, advisory council "
               "7, collegium 8).",
       "items": [{"measure": 2, "source": "Інформація_управління_культури_ВУ_ІІ_півріччя_2013.xlsx"},
                 {"measure": 7, "source": "Інформація_управління_культури_ВУ_ІІ_півріччя_2013.xlsx"},
                 {"measure": 8, "source": "Інформація_управління_культури_ВУ_ІІ_півріччя_2013.xlsx"}]}


@register("ph-su-kultura", KEY, CALLS)
def _():
    answers = {
        1: "+",
        2: "У рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації "
           "розміщено звіт про виконання обласної Програми розвитку культури і туризму на "
           "2012–2016 роки за 9 місяців 2013 року.",
        3: "-", 4: "-", 5: "-", 6: "Без змін",
        7: "До складу обласної ради з питань охорони культурної спадщини (дорадчий орган при "
           "управлінні) включено 3 представників громадських організацій: ГО «Сіверська "
           "спадщина», обласної організації Українського товариства охорони пам'яток історії та "
           "культури, ГО «Чернігівські обереги».",
        8: "Голова комітету з гуманітарних питань Громадської ради при облдержадміністрації "
           "Гордієнко Т.П. входить до складу колегії управління (наказ від 12.02.2013 № 41); у "
           "ІІ півріччі взяла участь у 2 засіданнях колегії.",
        9: "", 10: "-", 11: "-", 12: "немає", 13: "-", 14: "-", 15: "-", 16: "Інформацію надано",
    }
    rows = [["№", "Захід Плану", "Відповідальні", "Стан виконання"]]
    for n in range(1, 17):
        who = "Структурні підрозділи ОДА, РДА" if n in (1, 6, 7, 9, 12, 16) else (
            "Структурні підрозділи ОДА" if n in (2, 8) else "УВП")
        rows.append([str(n), SHORT[n], who, answers[n]])
    xlsx = sheet("ph-su-kultura", "xlsx", rows)
    cs = "windows-1251"
    text = ("Добрий день!\n\nНадсилаємо інформацію управління культури і туризму "
            "облдержадміністрації за ІІ півріччя 2013 року щодо виконання Плану заходів "
            "«Відкритий уряд» (у вкладенні).\n\nЗ повагою,\nЛевченко Ірина\n"
            "відділ організаційно-кадрової роботи управління культури і туризму\n67-28-40")
    alt = multipart("alternative", [text_part(text, cs), text_part(simple_html(text, cs), cs,
                                    subtype="html")], "----=_NextPart_001_0007_01CEF59A.6D3E81C0")
    root = multipart("mixed", [alt, attachment(
        xlsx, "Інформація_управління_культури_ВУ_ІІ_півріччя_2013.xlsx", "2047B", cs)],
        "----=_NextPart_000_0006_01CEF59A.6D3E81C0",
        preamble="This is a multi-part message in MIME format.")
    d = kyiv("2013-12-10 11:47:20")
    hs = envelope(d, addr("Управління культури", "kultura@example.gov.ua", cs),
                  ew("Інформація управління культури (Відкритий уряд)", cs, "B"),
                  "000901cef58a$6d3e81c0$0a00a8c0@kultura", client("oe6"))
    return message(hs, root)


CALLS = [
    "Row 3 (the web resource) is a bare «+»: no item for 3, although rows 4, 11 and 14 name "
    "«Чернігівська громада» — as the forum's base, as a thing shown at the Open Door Day and as "
    "the place the guide is posted. Each is the outlet of its own row's work.",
    "Row 14: posting the guide's electronic version and handing out printed copies is "
    "distribution of the guide (14), not upkeep of the resource (3).",
    "The cover note's sentence that the appeals department will report on the hot line hands "
    "the subject to another office: no item for 5.",
    "The sender is УВП's own registered box (uvp-info@…): the department's public-relations "
    "sector reports its part to the department's mailbox, and the executor is uvp.",
]
KEY = {"class": "placeholder", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own table in an .ods named in RFC 2231 continuations: the web resource's row "
               "is a bare «+» while three other rows mention the resource in passing; the hot "
               "line row is a dash.",
       "items": [{"measure": 4, "source": "Інформація УВП по Плану ВУ за І півріччя 2013.ods"},
                 {"measure": 11, "source": "Інформація УВП по Плану ВУ за І півріччя 2013.ods"},
                 {"measure": 13, "source": "Інформація УВП по Плану ВУ за І півріччя 2013.ods"},
                 {"measure": 14, "source": "Інформація УВП по Плану ВУ за І півріччя 2013.ods"}]}


@register("ph-uvp", KEY, CALLS)
def _():
    answers = {
        1: "—", 2: "—", 3: "+",
        4: "Форум на базі веб-ресурсу «Чернігівська громада» відкрито 01.03.2013 (розділи «Влада "
           "і громада», «ЖКГ», «Молодь»); станом на 10.06.2013 — 41 тема, 530 повідомлень, "
           "модерацію здійснюють 2 члени Громадської ради.",
        5: "—", 6: "—", 7: "—", 8: "—", 9: "—", 10: "без змін",
        11: "22.05.2013 проведено День відкритих дверей управління для представників ЗМІ та "
            "громадських організацій (17 учасників): презентовано роботу управління та "
            "можливості веб-ресурсу «Чернігівська громада».",
        12: "—",
        13: "19.02.2013 спільно з Чернігівським центром перепідготовки та підвищення кваліфікації "
            "проведено другий навчальний семінар для спеціалістів райдержадміністрацій, які "
            "організовують консультації з громадськістю (38 учасників).",
        14: "Електронну версію методичного посібника «Інструменти політики сприяння розвитку "
            "громадянського суспільства» розміщено на веб-ресурсі «Чернігівська громада» (розділ "
            "«Бібліотека»); друковані примірники додатково передано до 5 райдержадміністрацій.",
        15: "х", 16: "—",
    }
    rows = [["Пункт", "Зміст заходу (скорочено)", "Виконання за І півріччя 2013 р."]]
    for n in range(1, 17):
        rows.append([str(n), SHORT[n], answers[n]])
    ods = sheet("ph-uvp", "ods", rows)
    text = ("Добрий день, колеги!\n\n"
            "Наша частина інформації про виконання Плану заходів (пункти, за якими виконавцем "
            "визначено управління) за І півріччя 2013 року — у таблиці у вкладенні. Про «гарячу "
            "лінію» дасть інформацію відділ роботи із зверненнями громадян апарату.\n\n"
            "-- \nОксана Мороз\nсектор зв'язків з громадськістю\n"
            "управління з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації")
    body = text_part(flowed(text), "utf-8", "8bit", params="; format=flowed")
    root = multipart("mixed", [body, attachment(
        ods, "Інформація УВП по Плану ВУ за І півріччя 2013.ods", "2231", "utf-8")],
        "------------070503040608090105020307",
        preamble="This is a multi-part message in MIME format.")
    d = kyiv("2013-06-13 16:20:31")
    hs = envelope(d, addr("Оксана Мороз", "uvp-info@example.gov.ua"),
                  ew("Інформація УВП (сектор) за І півріччя 2013 — для зведення", "utf-8", "B"),
                  "51B9C6DF.7010405@example.gov.ua", client("thunderbird17"))
    return message(hs, root)


CALLS = [
    "Row 12 says what was not done and names the subject by the plan's word (громадська "
    "експертиза): it answers 12. Row 9's bare «не проводились» is a placeholder.",
    "Row 8 is one word, «Колегія»: it names a subject and states nothing — a placeholder (and "
    "an РДА owes no 8).",
    "Row 10: the working group on openness set up inside the district public council is 10; "
    "the members it took in are not an advisory body of the РДА (7), whose row is «+».",
    "Sent on Tuesday 17.12.2013, two days after the deadline: period 3, late.",
]
KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A .doc table answered late: a denial that names its subject counts while a bare "
               "one beside it does not, and a one-word «Колегія» and a «+» say nothing.",
       "items": [{"measure": 1, "source": "Інформація Срібнянської РДА ВУ.doc"},
                 {"measure": 6, "source": "Інформація Срібнянської РДА ВУ.doc"},
                 {"measure": 10, "source": "Інформація Срібнянської РДА ВУ.doc"},
                 {"measure": 12, "source": "Інформація Срібнянської РДА ВУ.doc"}]}


@register("ph-rda-sribne", KEY, CALLS)
def _():
    answers = {
        1: "На офіційному веб-сайті райдержадміністрації у ІІ півріччі розміщено 312 "
           "інформаційних матеріалів; оновлено розділ «Доступ до публічної інформації» (додано "
           "систему обліку документів і форму запиту).",
        2: "не стосується", 3: "—", 4: "—", 5: "—",
        6: "24.10.2013 у смт Срібне проведено громадські слухання щодо тарифів на вивезення "
           "твердих побутових відходів (консультації з громадськістю).",
        7: "+", 8: "Колегія", 9: "не проводились",
        10: "Громадська рада при райдержадміністрації утворила у своєму складі робочу групу з "
            "питань відкритості та прозорості (рішення від 05.09.2013 № 3), до якої увійшли 4 "
            "члени ради.",
        11: "—",
        12: "Запитів від інститутів громадянського суспільства на проведення громадської "
            "експертизи діяльності райдержадміністрації не надходило.",
        13: "—", 14: "—", 15: "—", 16: "Надано",
    }
    rows = [["№ пункту Плану", "Захід", "Інформація про виконання"]]
    for n in range(1, 17):
        rows.append([str(n), SHORT[n], answers[n]])
    html = ("<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>Срібнянської районної державної "
            "адміністрації про виконання Плану заходів з підвищення рівня відкритості та "
            "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
            "«Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року</p>\n"
            + table_html(rows, widths=[10, 30, 60])
            + "\n<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;"
              "&nbsp;&nbsp;&nbsp;&nbsp;О.І. Дорошенко</p>")
    doc = document("ph-rda-sribne", "doc", html)
    text = ("Доброго дня! Вибачте за затримку — інформація Срібнянської РДА у вкладенні.\n\n"
            "--\nз повагою, Тетяна Литвин\nзагальний відділ апарату Срібнянської РДА")
    root = multipart("mixed", [text_part(text, "utf-8", "8bit"),
                               attachment(doc, "Інформація Срібнянської РДА ВУ.doc", "2047B")],
                     "----------5Rj0tWzXx3MUyfYkqUhdvb")
    d = kyiv("2013-12-17 10:05:13")
    hs = envelope(d, addr("Тетяна Литвин", "rda-sribne@example.gov.ua"),
                  ew("Інформація Срібнянської РДА", "utf-8", "B"),
                  "op.w8cn0zbxd1p4fx@sribne-zv", client("opera"))
    return message(hs, root)


def interleave_plain(segments, mark="> "):
    """segments: ('q', quoted text) or ('n', new text) -> a bottom-posted/interleaved plain body."""
    out = []
    for kind, text in segments:
        out.append(quote(text, mark) if kind == "q" else text)
    return "\n".join(out)


def interleave_html(segments, bq_open='<blockquote type="cite">'):
    out = []
    for kind, text in segments:
        if kind == "q":
            out.append(bq_open + html_paras(text) + "</blockquote>")
        else:
            out.append(html_paras(text))
    return "\n".join(out)


def outlook_reply_html(charset, top, header, quoted, bottom, generator="Microsoft Word 12 (filtered medium)"):
    def ps(text):
        return "\n".join(f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}<o:p></o:p></p>"
                         for l in text.split("\n"))
    hdr = "<br>\n".join(
        f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}" if ":" in l else esc(l)
        for l in header)
    body = (ps(top) + "\n<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt "
            "0cm 0cm 0cm'><p class=MsoNormal><span style='font-size:10.0pt;font-family:\"Tahoma\","
            f"\"sans-serif\"'>{hdr}<o:p></o:p></span></p></div>\n" + ps(quoted) + "\n" + ps(bottom))
    return outlook_html("", charset, generator, extra_body=body)


REMINDER_SUBJECT = "Нагадування про подання інформації (План заходів «Відкритий уряд»)"


# =============================================================================================
# 2. bottom_post (bp): answers typed below the quote, or between its lines.
# =============================================================================================

CALLS = [
    "Under the quoted item 1 the answer is «Без змін» (a placeholder); the last sentence of the "
    "answer under 6 (results published on the РДА site) names the site only as the outlet of the "
    "consultations: no item for 1.",
    "Under 6 the writer lists three consultations, one of them a draft programme discussed with "
    "public council members; under 9 the writer typed «-». The clerk keeps the writer's own "
    "placement: 6 counts, 9 does not.",
    "Under 10 the recommendation already sent to the district public council is measure 10's own "
    "act (рекомендувати), though the group itself is still to be set up: 10 counts.",
    "«не було» under 12 is a bare denial: a placeholder.",
]
KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Answers typed between the «>» lines of zvit's reminder in Thunderbird: a passing "
               "site clause under 6, a 9-flavoured consultation under 6 beside a dash under 9, "
               "and a recommendation that counts for 10 before the group exists.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@register("bp-rda-kozelets", KEY, CALLS)
def _():
    missing = [1, 6, 7, 9, 10, 12]
    rem = render_reminder("rda-kozelets", "15.12.2012", "05.12.2012", missing)
    head, rest = rem.split("\n\n  1. ", 1)
    parts = ("  1. " + rest).split("\n\nДля зручності")
    items_text, tail = parts[0], "Для зручності" + parts[1]
    blocks = items_text.split("\n\n")
    answers = {
        1: "Без змін.",
        6: "Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного "
           "бюджету на 2013 рік (29.11.2012), зустріч з мешканцями с. Лихолітки щодо ремонту "
           "дороги, обговорення проекту районної програми «Питна вода» за участю членів "
           "громадської ради. Результати консультацій оприлюднено на офіційному сайті РДА.",
        7: "До складу районної координаційної ради з питань розвитку підприємництва введено 2 "
           "представників громадських організацій (розпорядження від 20.11.2012 № 412).",
        9: "-",
        10: "Громадській раді при РДА направлено рекомендацію створити у своєму складі робочу "
            "групу з питань відкритості та прозорості (лист від 29.11.2012 № 01-21/1877); "
            "питання включено до порядку денного засідання ради 18.12.2012.",
        12: "не було",
    }
    segs = [("q", head + "\n")]
    for b in blocks:
        n = int(b.strip().split(".", 1)[0])
        segs.append(("q", b))
        segs.append(("n", answers[n]))
        segs.append(("q", ""))
    segs.append(("q", tail))
    segs.append(("n", "\nЗ повагою,\nНечипоренко Тамара\nсектор інформаційної діяльності та "
                      "комунікацій з громадськістю\nКозелецької райдержадміністрації\n"
                      "(04646) 2-11-83"))
    text = "05.12.2012 9:00, uvp@cg.ukrtel.net пише:\n" + interleave_plain(segs)
    cs = "windows-1251"
    root = text_part(text, cs, "8bit")
    d = kyiv("2012-12-06 14:22:51")
    hs = envelope(d, addr("Козелецька РДА", "rda-kozelets@example.gov.ua", cs),
                  ew("Re: " + REMINDER_SUBJECT, cs, "B"), "50C08E7B.1030602@example.gov.ua",
                  client("thunderbird10"),
                  more=[("In-Reply-To", "<zvit-r1-rda-kozelets-20121205@cg.ukrtel.net>"),
                        ("References", "<zvit-r1-rda-kozelets-20121205@cg.ukrtel.net>")])
    return message(hs, root)


CALLS = [
    "«п. 9 — не проводились.» is a bare denial even with its number: a placeholder.",
    "«п. 12 — громадських антикорупційних експертиз … не проводилось, запитів … не надходило» "
    "names the subject by the plan's word and says what was not done: it answers 12.",
    "п. 2: the report on the Programme of socio-economic development placed in the rubric «Хід "
    "виконання цільових програм» is the rubric's filling — measure 2, not the site in general (1).",
    "The quoted receipt (Outlook header block, no «>») recognises 1, 6 and 7 with excerpts: zvit's "
    "own words, nothing counts from them.",
]
KEY = {"class": "bottom_post", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A supplement typed below zvit's receipt in Russian-UI Outlook (no «>», an "
               "«Исходное сообщение» block) whose quote names measures 1, 6, 7 and lists 2, 8, 9, "
               "12; below it one bare denial and one that names its subject.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@register("bp-su-ekonomika", KEY, CALLS)
def _():
    rec = render_receipt(
        "su-ekonomika", "31.05.2013", "Інформація ГУЕ про виконання плану ВУ", 2, "15.06.2013",
        [(1, "На офіційному веб-сайті Головного управління оновлено розділи «Регіональний "
             "розвиток» та «Інвестиційна діяльність»…"),
         (6, "Проведено 2 консультації з громадськістю щодо проекту Стратегії розвитку області "
             "до 2020 року…"),
         (7, "До складу регіональної ради підприємців включено представників 3 громадських "
             "об'єднань…")],
        [2, 8, 9, 12])
    header = ["-----Исходное сообщение-----",
              "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ",
              "Отправлено: 3 июня 2013 г. 16:05",
              "Кому: ekonomika@example.gov.ua",
              "Тема: Підтвердження отримання: Інформація ГУЕ про виконання плану ВУ"]
    new = ("Доповнення до нашої інформації від 31.05.2013:\n\n"
           "п. 2 — у рубриці «Хід виконання цільових програм» на офіційному сайті "
           "облдержадміністрації розміщено інформацію про виконання Програми "
           "соціально-економічного розвитку області на 2013 рік за І квартал та звіт про хід "
           "реалізації Регіональної програми розвитку малого і середнього підприємництва на "
           "2013–2014 роки.\n"
           "п. 8 — голова комітету з питань економічного розвитку Громадської ради при "
           "облдержадміністрації Мисник В.О. введений до складу колегії Головного управління "
           "(наказ від 14.03.2013 № 27-ос); зміни до Положення не знадобилися.\n"
           "п. 9 — не проводились.\n"
           "п. 12 — громадських антикорупційних експертиз проектів наказів Головного управління "
           "не проводилось, запитів від громадських організацій не надходило.\n\n"
           "С уважением,\nІрина Савенко\nзаступник начальника відділу регіонального розвитку\n"
           "Головного управління економіки облдержадміністрації\nтел. 67-41-09")
    text = "\n" + "\n".join(header) + "\n\n" + rec + "\n\n" + new
    cs = "windows-1251"
    html = outlook_reply_html(cs, "", header, rec, new)
    root = multipart("alternative", [text_part(text, cs), text_part(html, cs, subtype="html")],
                     "----=_NextPart_000_0031_01CE6104.9A2B0F60",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-06-04 10:31:18")
    hs = envelope(d, addr("Савенко Ирина", "ekonomika@example.gov.ua", cs),
                  ew("RE: Підтвердження отримання: Інформація ГУЕ про виконання плану ВУ", cs, "B"),
                  "003001ce60f4$9a2b0f60$ce812e20$@example.gov.ua", client("outlook2007ru"),
                  more=[("In-Reply-To", "<zvit-c-su-ekonomika-20130603@cg.ukrtel.net>"),
                        ("Thread-Index", "Ac5g9Jof3bWn8lK7Qm2HcD0x9mE1pA==")])
    return message(hs, root)


CALLS = [
    "The count of appeals in general (4 117, of them 612 at personal reception) is no report on "
    "the head's hot line; only the paragraph on the hot line counts (5).",
    "The quoted receipt recognised nothing and lists 5 as awaited: zvit's words, no item.",
    "iPhone put its signature above the quote; the answer is typed below the quote.",
]
KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An iPhone reply typed below zvit's receipt: the office explains that its first "
               "letter gave appeals in general and only now states the head's hot line.",
       "items": [{"measure": 5, "source": "body"}]}


@register("bp-zvernennia", KEY, CALLS)
def _():
    rec = render_receipt("zvernennia", "02.12.2013",
                         "Інформація відділу роботи із зверненнями громадян", 3, "15.12.2013",
                         [], [5])
    new = ("Шановні колеги, у листі від 02.12 ми навели загальну кількість звернень громадян до "
           "облдержадміністрації за 11 місяців (4 117 письмових та усних, у т.ч. 612 — на "
           "особистому прийомі керівництва), мабуть, тому система нічого не розпізнала.\n\n"
           "Окремо по «гарячій лінії» голови облдержадміністрації: з 1 червня по 30 листопада "
           "2013 року прийнято 1 034 дзвінки, 219 з них взято на контроль, по 640 надано "
           "роз'яснення під час дзвінка, решту направлено до райдержадміністрацій та структурних "
           "підрозділів для розгляду по суті. Щотижня узагальнена інформація подається голові "
           "облдержадміністрації.\n\nКирієнко Н.П.\nвідділ роботи із зверненнями громадян "
           "апарату ОДА")
    attrib = "03 груд. 2013 р. о 16:10 uvp@cg.ukrtel.net написав(ла):"
    plain = "Надіслано з iPhone\n\n" + attrib + "\n\n" + quote(rec) + "\n\n" + new
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\"><div>Надіслано з iPhone</div><div><br>" + esc(attrib)
            + "<br><br></div><blockquote type=\"cite\"><div>"
            + "<br>".join(esc(l) for l in rec.split("\n")) + "</div></blockquote><div><br></div>"
            + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in new.split("\n"))
            + "</body></html>")
    root = multipart("alternative", [text_part(plain, "utf-8", "quoted-printable"),
                                     text_part(html, "utf-8", "quoted-printable", "html")],
                     "Apple-Mail-7E2F1C3B-4D5A-4C1E-9A0B-2F6D8E3C1A77")
    d = kyiv("2013-12-04 18:47:02")
    hs = envelope(d, addr("Відділ звернень", "zvernennia@example.gov.ua"),
                  ew("Re: Підтвердження отримання: Інформація відділу роботи із зверненнями "
                     "громадян", "utf-8", "B"),
                  "A3F1C9E2-7B4D-4E8A-9C21-5D0F6B3E8A14@example.gov.ua", client("iphone"),
                  helo="[10.12.7.41]", ip="10.12.7.41",
                  more=[("In-Reply-To", "<zvit-c-zvernennia-20131203@cg.ukrtel.net>"),
                        ("Content-Transfer-Encoding", "7bit")])
    return message(hs, root)


CALLS = [
    "Under the quoted item 1: a new site section «Консультації з громадськістю» (named after "
    "measure 6) and protocols added to the section «Громадська рада» are site work (1).",
    "Under 6: hearings were not held, but the plan of consultations for 2013 was approved and "
    "published — work done on 6, so it counts.",
    "Under 9: the draft order put on the site for discussion and sent to council members is 9; "
    "the site is its outlet.",
    "«х» under 7 and «без змін» under 10 are placeholders; nothing was typed under 12.",
]
KEY = {"class": "bottom_post", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube blockquotes of zvit's reminder split by the answers: a site section "
               "named «Консультації з громадськістю», a denial of hearings that still reports a "
               "consultation plan, and an empty gap under 12.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@register("bp-rda-novhorod", KEY, CALLS)
def _():
    missing = [1, 6, 7, 9, 10, 12]
    rem = render_reminder("rda-novhorod-siverskyi", "15.06.2013", "10.06.2013", missing)
    head, rest = rem.split("\n\n  1. ", 1)
    items_text, tail = ("  1. " + rest).split("\n\nДля зручності")
    tail = "Для зручності" + tail
    answers = {
        1: "Сайт райдержадміністрації переведено на нову систему керування, створено розділ "
           "«Консультації з громадськістю», куди розміщуються повідомлення про проведення "
           "консультацій і звіти за їх результатами; розділ «Громадська рада» доповнено "
           "протоколами засідань.",
        6: "Консультації у формі громадських слухань у І півріччі не проводились; орієнтовний "
           "план проведення консультацій з громадськістю на 2013 рік затверджено розпорядженням "
           "голови райдержадміністрації від 14.01.2013 № 9 і оприлюднено на сайті.",
        7: "х",
        9: "Проект розпорядження «Про затвердження Програми розвитку малого підприємництва на "
           "2013–2014 роки» оприлюднено на сайті для обговорення, членам громадської ради "
           "направлено листи з проханням надати пропозиції (пропозицій не надійшло).",
        10: "без змін",
    }
    segs = [("q", head)]
    for b in items_text.split("\n\n"):
        n = int(b.strip().split(".", 1)[0])
        segs.append(("q", b.strip()))
        if n in answers:
            segs.append(("n", answers[n]))
    segs.append(("q", tail))
    sig = "\n--\nОлена Бондаренко\nвідділ організаційної роботи апарату Новгород-Сіверської РДА"
    attrib = "10.06.2013 09:00, uvp@cg.ukrtel.net писав:"
    plain_segs = []
    for k, t in segs:
        plain_segs.append((k, t))
        plain_segs.append(("n", ""))
    plain = attrib + "\n" + interleave_plain(plain_segs) + sig
    bq = ('<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; '
          'margin-left:5px">')
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />"
            "</head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            f"<p>{esc(attrib)}</p>\n" + interleave_html(segs, bq) + "\n"
            + html_paras(sig.strip()) + "\n</body></html>")
    root = multipart("alternative", [text_part(plain, "utf-8", "quoted-printable"),
                                     text_part(html, "utf-8", "quoted-printable", "html")],
                     "=_c4d0b1b9e3f2a8d61e4a0f5c9b7d3e21")
    d = kyiv("2013-06-12 13:58:40")
    hs = envelope(d, addr("Олена Бондаренко", "rda-novhorod-siverskyi@example.gov.ua"),
                  ew("Re: " + REMINDER_SUBJECT, "utf-8", "Q"),
                  "7b2c61e0d41f9a3e5c88f0a2b6d4e913@example.gov.ua", client("roundcube"),
                  more=[("In-Reply-To", "<zvit-r2-rda-novhorod-siverskyi-20130610@cg.ukrtel.net>"),
                        ("X-Sender", "rda-novhorod-siverskyi@example.gov.ua")])
    return message(hs, root)


CALLS = [
    "The Centre forwards its own letter of 23.11.2012 (received before) and types a supplement "
    "below its signing: only the supplement counts.",
    "«Заняття побудовано за методичним посібником, підготовленим управлінням…» is a passing "
    "mention of the guide (14): it says what the seminar used, not that anyone developed or "
    "distributed a guide now.",
    "The closing «семінари … проведено в повному обсязі» sums up the same measure 13.",
]
KEY = {"class": "bottom_post", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 forward of the Centre's own earlier letter with a supplement typed "
               "under its signature; the seminar paragraph leans on UVP's guide in passing.",
       "items": [{"measure": 13, "source": "body"}]}


@register("bp-cppk", KEY, CALLS)
def _():
    old = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
           "облдержадміністрації\n\n"
           "На виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості "
           "діяльності виконавчої влади в області Чернігівський центр перепідготовки та "
           "підвищення кваліфікації працівників органів державної влади, органів місцевого "
           "самоврядування, державних установ, підприємств і організацій повідомляє, що 22 "
           "листопада 2012 року спільно з управлінням проведено навчальний семінар «Консультації "
           "з громадськістю: організація та проведення» для заступників керівників структурних "
           "підрозділів облдержадміністрації, відповідальних за організацію консультацій з "
           "громадськістю (34 слухачі).\n\n"
           "Другий семінар — для спеціалістів райдержадміністрацій — заплановано на лютий 2013 "
           "року.\n\n"
           "Директор центру                                   Л.М. Яременко")
    header = ["-----Original Message-----",
              "From: ЦППК [mailto:cppk@example.gov.ua] ",
              "Sent: Friday, November 23, 2012 3:12 PM",
              "To: uvp@cg.ukrtel.net",
              "Subject: Інформація ЦППК щодо п. 13 Плану заходів"]
    new = ("Доповнення від 21.02.2013:\n"
           "19 лютого 2013 року в Центрі проведено навчальний семінар «Інструменти політики "
           "сприяння розвитку громадянського суспільства» для спеціалістів райдержадміністрацій, "
           "які безпосередньо організовують консультації з громадськістю (38 слухачів з 22 РДА). "
           "Заняття побудовано за методичним посібником, підготовленим управлінням з питань "
           "внутрішньої політики та зв'язків з громадськістю; лекторами виступили працівники "
           "управління та юрист ГО «Центр громадських ініціатив».\n\n"
           "Таким чином, семінари, передбачені пунктом 13 Плану, проведено в повному обсязі.\n\n"
           "Л. Яременко")
    text = " \n\n" + "\n".join(header) + "\n\n" + old + "\n\n" + new
    cs = "windows-1251"
    root = text_part(text, cs, "quoted-printable")
    d = kyiv("2013-02-21 11:15:36")
    hs = envelope(d, addr("ЦППК", "cppk@example.gov.ua", cs),
                  ew("FW: Інформація ЦППК щодо п. 13 Плану заходів", cs, "B"),
                  "000c01ce1017$3f5a9e10$bd0fda30$@example.gov.ua", client("outlook2003"),
                  more=[("Thread-Index", "Ac3JkE5Yb0qkR7wTRXaGJ3z0J8dAFw==")])
    return message(hs, root)


def ics_fold(line):
    """Fold an iCalendar content line at 73 octets (CRLF + space)."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 73:
            out.append(cur)
            cur = b" "
        cur += b
    out.append(cur)
    return b"\r\n".join(out)


# =============================================================================================
# 3. not_report (nr): questions, invitations, requests for time, promises, announcements.
# =============================================================================================

CALLS = [
    "The question's premise («на сайті архіву з жовтня працює рубрика «Громадська рада»») is no "
    "report on the site (1) or on advisory bodies (7): it is stated only to ask which measure it "
    "belongs to.",
    "The question about measure 2 (whether an archive without target programmes must answer) "
    "reports nothing; kind not_report, reason question.",
]
KEY = {"class": "not_report", "executor": "su-arkhiv", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A koi8-u question whether measure 2 applies and whether a site rubric named "
               "«Громадська рада» belongs to measure 1 or 7; its premise sounds like a report.",
       "items": []}


@register("nr-su-arkhiv", KEY, CALLS)
def _():
    text = ("Шановні колеги!\n\n"
            "Державний архів області просить роз'яснити, чи потрібно подавати інформацію щодо "
            "пункту 2 Плану заходів (рубрики «Хід виконання цільових програм», «Виконання місцевих "
            "бюджетів Чернігівської області»), адже цільових програм архів не виконує, а "
            "бюджетних коштів, крім власного кошторису, не розпоряджається?\n\n"
            "І ще питання: на сайті архіву з жовтня працює рубрика «Громадська рада», де ми "
            "розміщуємо рішення громадської ради при облдержадміністрації, що стосуються архівної "
            "справи, та склад нашої експертно-перевірної комісії. Звітувати про неї за п. 1 чи за "
            "п. 7?\n\n"
            "Відповідь просимо надати до 05.12.2012, щоб встигнути підготувати інформацію в "
            "термін.\n\n"
            "З повагою\nзаступник директора Державного архіву Чернігівської області\n"
            "О.М. Литвиненко\nтел. 67-75-30")
    cs = "koi8-u"
    root = text_part(plain7(text), cs, "quoted-printable")
    d = kyiv("2012-11-29 10:40:12")
    hs = envelope(d, addr("Derzharkhiv", "arkhiv@example.gov.ua"),
                  ew(plain7("Питання щодо пп. 1, 2, 7 Плану заходів"), cs, "B"),
                  "000501cdce1a$8e44c0a0$0300a8c0@arhiv-zam", client("oe6"))
    return message(hs, root)


CALLS = [
    "An invitation to the public discussion of the plan's execution (15) is not that discussion: "
    "what was done to announce it (posted on the web resource and the forum, 23 organisations "
    "confirmed) is no report on 3, 4 or 15.",
    "The numbers 1, 6, 7, 9 and 12 name measures whose executors are asked to come; nothing is "
    "answered on them.",
]
KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "A Gmail calendar invitation (text/calendar and invite.ics) to the discussion of the "
               "plan's own execution, with announcement work on the resource and forum and a list "
               "of measure numbers.",
       "items": []}


@register("nr-ogp", KEY, CALLS)
def _():
    text = ("Шановні колеги!\n\n"
            "Запрошуємо вас взяти участь у громадському обговоренні виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у "
            "рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за 2012 рік — І півріччя "
            "2013 року, яке відбудеться 20 червня 2013 р. о 14:00 у залі засідань "
            "облдержадміністрації (м. Чернігів, вул. Шевченка, 7, 3-й поверх).\n\n"
            "Оголошення розміщено на веб-ресурсі «Чернігівська громада» та на форумі, участь уже "
            "підтвердили 23 громадські організації. Просимо структурні підрозділи та "
            "райдержадміністрації делегувати працівників, відповідальних за виконання пунктів 1, "
            "6, 7, 9 і 12 Плану, — у них буде найбільше запитань.\n\n"
            "Прохання підтвердити участь відповіддю на це запрошення.\n\n"
            "-- \nАндрій Ковтун\nрегіональний координатор «Партнерства „Відкритий уряд“» в "
            "Чернігівській області\n+38 067 461 20 85")
    summary = "Громадське обговорення виконання Плану заходів «Відкритий уряд»"
    ics_lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTART:20130620T110000Z", "DTEND:20130620T130000Z", "DTSTAMP:20130605T090355Z",
        "ORGANIZER;CN=Андрій Ковтун:mailto:ogp-coordinator@example.org.ua",
        "UID:5r2kq0v7h3c1m9b8n4d6f2j0s8@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=uvp@cg.ukrtel.net;X-NUM-GUESTS=0:mailto:uvp@cg.ukrtel.net",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;"
        "CN=Андрій Ковтун;X-NUM-GUESTS=0:mailto:ogp-coordinator@example.org.ua",
        "CREATED:20130605T090312Z",
        "DESCRIPTION:Громадське обговорення виконання Плану заходів з підвищення рівня "
        "відкритості та прозорості діяльності виконавчої влади в області (2012 - І півріччя "
        "2013). Порядок денний: інформація УВП\\, виступи громадських організацій\\, пропозиції.",
        "LAST-MODIFIED:20130605T090355Z",
        "LOCATION:м. Чернігів\\, вул. Шевченка\\, 7\\, зал засідань облдержадміністрації",
        "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"]
    ics = b"\r\n".join(ics_fold(l) for l in ics_lines) + b"\r\n"
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{esc(l) if l else '<br>'}</div>"
                                           for l in text.split("\n")) + "</div>")
    cal = Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'),
                ("Content-Transfer-Encoding", "base64")], body_bytes(ics, "base64"))
    alt = multipart("alternative", [text_part(text, "utf-8", "base64"),
                                    text_part(html, "utf-8", "base64", "html"), cal],
                    "047d7b2e0f6a7c3a0104de6a9f11")
    root = multipart("mixed", [alt, attachment(ics, "invite.ics", "ascii",
                                               ctype="application/ics")],
                     "047d7b2e0f6a7c3a0804de6a9f13")
    d = kyiv("2013-06-05 12:03:55")
    hs = envelope(d, addr("Андрій Ковтун", "ogp-coordinator@example.org.ua"),
                  ew("Запрошення: " + summary + " — чт, 20 черв. 2013 14:00 - 16:00 (uvp@cg.ukrtel.net)",
                     "utf-8", "B"),
                  "047d7b2e0f6a7c39f904de6a9f0f@google.com", client("gmail"),
                  helo="mail-wg0-f41.google.com", ip="74.125.82.41", delay=6,
                  more=[("Sender", "ogp-coordinator@example.org.ua"),
                        ("Reply-To", "ogp-coordinator@example.org.ua")])
    return message(hs, root)


CALLS = [
    "A request for more time whose reasons name measures 6, 9 and 10 (hearings and a council "
    "session still to come) reports nothing: reason extension_request.",
]
KEY = {"class": "not_report", "executor": "rda-talalaivka", "period": 1, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "An extension request whose reasons describe coming hearings on a draft budget (6, "
               "9) and a working group to be set up (10), with measure numbers.",
       "items": []}


@register("nr-rda-talalaivka", KEY, CALLS)
def _():
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\n\n"
            "Талалаївська районна державна адміністрація просить продовжити термін подання "
            "інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості "
            "діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство "
            "„Відкритий уряд“» до 20 грудня 2012 року у зв'язку з тим, що громадські слухання "
            "щодо проекту районного бюджету на 2013 рік за участю членів громадської ради, "
            "результати яких мають увійти до інформації за п. 6 та п. 9, призначено на 18 грудня, "
            "а засідання громадської ради, на якому планується утворити робочу групу з питань "
            "відкритості та прозорості (п. 10), — на 19 грудня.\n\n"
            "Перший заступник голови райдержадміністрації                В.І. Бондар\n\n"
            "Вик. Черненко О.В., 2-19-64")
    cs = "windows-1251"
    root = text_part(text, cs, "8bit")
    d = kyiv("2012-12-13 16:52:01")
    hs = envelope(d, addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", cs),
                  ew("Про продовження терміну (План заходів «Відкритий уряд»)", cs, "B"),
                  "1833926015.20121213165201@example.gov.ua", client("thebat"))
    return message(hs, root)


CALLS = [
    "«Інформацію підготовлено — обговорення проведено, голову комітету введено до колегії — але "
    "матеріали на підписі, надішлемо до 14.06»: what a paper still awaiting its signature is said "
    "to hold reports nothing. Reason promise; the report itself is mx-su-osvita.",
]
KEY = {"class": "not_report", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "A promise that names finished work (a discussed draft programme, a committee head "
               "in the collegium) only as the content of a report still on signature.",
       "items": []}


@register("nr-su-osvita", KEY, CALLS)
def _():
    text = ("Доброго дня!\n\n"
            "Інформацію управління освіти і науки за І півріччя підготовлено — громадське "
            "обговорення проекту Програми розвитку освіти області на 2013–2017 роки проведено, "
            "до складу колегії введено голову гуманітарного комітету Громадської ради, — але "
            "матеріали зараз на підписі у начальника управління (він у відрядженні до 13.06). "
            "Надішлемо до 14.06.2013 включно.\n\n"
            "Просимо не включати нас до переліку тих, хто не подав.\n\n"
            "З повагою\nТетяна Гриценко\nсектор аналітичної роботи та зв'язків з громадськістю\n"
            "управління освіти і науки облдержадміністрації")
    cs = "windows-1251"
    root = multipart("alternative", [text_part(text, cs),
                                     text_part(outlook_html(text, cs), cs, subtype="html")],
                     "----=_NextPart_000_0052_01CE66E0.2C4A1B90",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-06-11 17:25:40")
    hs = envelope(d, addr("Гриценко Тетяна", "osvita@example.gov.ua", cs),
                  ew("Інформація за І півріччя (Відкритий уряд) — буде до 14.06", cs, "B"),
                  "005101ce66c7$2c4a1b90$84de52b0$@example.gov.ua", client("outlook2010"))
    return message(hs, root)


CALLS = [
    "An attached «ГРАФІК проведення навчальних семінарів» lists seminars to come; none of its "
    "lines states something done, and the guide it mentions is «готується УВП»: no item for 13 "
    "or 14. Reason announcement.",
]
KEY = {"class": "not_report", "executor": "cppk", "period": 1, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "The Centre announces its seminar schedule (a .doc «ГРАФІК») under measure 13's "
               "number; the schedule names a guide being prepared.",
       "items": []}


@register("nr-cppk", KEY, CALLS)
def _():
    rows = [["№", "Дата", "Тема семінару", "Категорія слухачів", "Відповідальні"],
            ["1", "22.11.2012, 10:00", "Консультації з громадськістю: нормативна база (постанова "
             "КМУ від 03.11.2010 № 996), планування, проведення, звітування",
             "Заступники керівників структурних підрозділів облдержадміністрації, відповідальні за "
             "організацію консультацій з громадськістю", "ЦППК, УВП"],
            ["2", "лютий 2013 р. (дата уточнюється)", "Інструменти політики сприяння розвитку "
             "громадянського суспільства: громадські ради, громадська експертиза, доступ до "
             "публічної інформації", "Спеціалісти райдержадміністрацій, які безпосередньо "
             "організовують консультації з громадськістю", "ЦППК, УВП"]]
    html = ("<p align=\"right\">ЗАТВЕРДЖУЮ<br>Директор центру<br>__________ Л.М. Яременко<br>"
            "«05» листопада 2012 р.</p>\n<p align=\"center\"><b>ГРАФІК</b><br>проведення "
            "навчальних семінарів щодо використання інструментів політики сприяння розвитку "
            "громадянського суспільства (п. 13 Плану заходів)</p>\n"
            + table_html(rows, widths=[5, 15, 35, 30, 15])
            + "\n<p>Примітка. Учасники отримають роздатковий матеріал та методичний посібник "
              "(готується УВП). Заявки на участь подаються до Центру не пізніше ніж за 5 днів до "
              "семінару.</p>")
    doc = document("nr-cppk", "doc", html, "Графік семінарів")
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\n\n"
            "Направляємо для відома та використання в роботі графік проведення навчальних "
            "семінарів щодо використання інструментів політики сприяння розвитку громадянського "
            "суспільства (п. 13 Плану заходів). Просимо довести його до відома структурних "
            "підрозділів облдержадміністрації та райдержадміністрацій. Заявки на участь у першому "
            "семінарі — до 16.11.2012 на адресу cppk@example.gov.ua.\n\n"
            "Навчальний відділ ЦППК\nтел. 3-21-47")
    cs = "windows-1251"
    alt = multipart("alternative", [text_part(text, cs), text_part(simple_html(text, cs), cs,
                                    subtype="html")], "----=_NextPart_001_0003_01CDBD8B.41A2E5C0")
    root = multipart("mixed", [alt, attachment(doc, "Графік семінарів ЦППК листопад-лютий.doc",
                                               "2047B", cs)],
                     "----=_NextPart_000_0002_01CDBD8B.41A2E5C0",
                     preamble="This is a multi-part message in MIME format.")
    d = kyiv("2012-11-08 09:30:05")
    hs = envelope(d, addr("ЦППК навчальний відділ", "cppk@example.gov.ua", cs),
                  ew("Графік навчальних семінарів (п. 13 Плану заходів)", cs, "B"),
                  "000401cdbd7a$41a2e5c0$0200a8c0@cppk-nv", client("oe6"))
    return message(hs, root)


# =============================================================================================
# 4. ranges (rg): lists and ranges of measure numbers answered as one block.
# =============================================================================================

CALLS = [
    "Number cell «6, 9», one block: hearings on the draft district budget with public council "
    "members honestly cover both the consultation (6) and the discussion of a draft with council "
    "members (9); both count.",
    "Number cell «7, 10», one block: council members in four advisory bodies (7) and the working "
    "group on openness set up on the РДА's recommendation (10); both count.",
    "The cover line «щодо виконання пп. 1, 6-7, 9-10, 12 … (таблиця у вкладенні)» is a pointer: no "
    "body items; the row «12 | —» is a placeholder.",
]
KEY = {"class": "ranges", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls whose number cells hold «6, 9» and «7, 10» over paragraphs that cover two "
               "neighbours each, under a cover line that lists ranges as a mere pointer.",
       "items": [{"measure": 1, "source": "inform_Bahmach_RDA.xls"},
                 {"measure": 6, "source": "inform_Bahmach_RDA.xls"},
                 {"measure": 7, "source": "inform_Bahmach_RDA.xls"},
                 {"measure": 9, "source": "inform_Bahmach_RDA.xls"},
                 {"measure": 10, "source": "inform_Bahmach_RDA.xls"}]}


@register("rg-rda-bakhmach", KEY, CALLS)
def _():
    rows = [["Інформація Бахмацької райдержадміністрації про виконання Плану заходів "
             "«Відкритий уряд» (IV квартал 2012 року)", ""],
            ["Пункт плану", "Стан виконання"],
            ["1", "На офіційному веб-сайті райдержадміністрації створено розділ «Відкритий уряд», "
                  "оновлено контактну інформацію структурних підрозділів, розміщено 208 "
                  "матеріалів."],
            ["6, 9", "06.12.2012 проведено громадські слухання щодо проекту районного бюджету на "
                     "2013 рік за участю членів громадської ради при райдержадміністрації (48 "
                     "учасників, 11 пропозицій, з них 7 враховано)."],
            ["7, 10", "Члени громадської ради входять до складу 4 дорадчих органів при "
                      "райдержадміністрації; на засіданні громадської ради 15.11.2012 за "
                      "рекомендацією райдержадміністрації утворено робочу групу з питань "
                      "відкритості та прозорості (5 осіб)."],
            ["12", "—"]]
    xls = sheet("rg-rda-bakhmach", "xls", rows)
    text = ("Добрий день!\n\nНаправляємо інформацію Бахмацької райдержадміністрації щодо "
            "виконання пп. 1, 6-7, 9-10, 12 Плану заходів з підвищення рівня відкритості та "
            "прозорості діяльності виконавчої влади в області (таблиця у вкладенні).\n\n"
            "З повагою, Ковальчук Світлана\nзагальний відділ апарату Бахмацької РДА\n(04635) 2-12-37")
    cs = "windows-1251"
    root = multipart("mixed", [text_part(text, cs, "quoted-printable"),
                               attachment(xls, "inform_Bahmach_RDA.xls", "ascii")],
                     "----=_NextPart_000_000B_01CDD79E.6E0F3A80",
                     preamble="This is a multi-part message in MIME format.")
    d = kyiv("2012-12-11 11:08:30")
    hs = envelope(d, addr("Bahmach RDA", "rda-bakhmach@example.gov.ua"),
                  ew("Інформація Бахмацької РДА (Відкритий уряд)", cs, "B"),
                  "000a01cdd78d$6e0f3a80$0d00a8c0@zagviddil", client("oe6"))
    return message(hs, root)


CALLS = [
    "«п.п. 6 – 9» answered as one block counts 6, 7, 8 and 9: the text tells of hearings (6), a "
    "tariff commission (7), the committee head in the collegium (8) and drafts put to the Public "
    "Council (9).",
    "«пп. 1, 2 – без змін» is a placeholder for both.",
    "«2013-2014», «протокол № 4», «висновок … № 12» are years and document numbers, not measures.",
]
KEY = {"class": "ranges", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "«п.п. 6 – 9» answered as one block beside «пп. 1, 2 – без змін», with a year range "
               "and document numbers 4 and 12 near the measure numbers.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@register("rg-su-zhkh", KEY, CALLS)
def _():
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\n\n"
            "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості "
            "діяльності виконавчої влади в області управління житлово-комунального господарства "
            "облдержадміністрації інформує:\n\n"
            "пп. 1, 2 – без змін.\n"
            "п.п. 6 – 9 – проекти розпоряджень голови облдержадміністрації «Про встановлення "
            "тарифів на послуги з утримання будинків і прибудинкових територій» та «Про "
            "затвердження Програми реформування і розвитку житлово-комунального господарства "
            "області на 2013-2014 роки» обговорено на громадських слуханнях 16.04.2013 та на "
            "засіданні Громадської ради при облдержадміністрації (протокол № 4 від 21.05.2013); "
            "голова комітету з питань ЖКГ Громадської ради Шевчук П.Г. бере участь у засіданнях "
            "колегії управління та постійно діючої комісії з питань тарифної політики.\n"
            "п. 12 – громадська антикорупційна експертиза проекту розпорядження «Про встановлення "
            "тарифів на послуги з утримання будинків і прибудинкових територій» проведена ГО "
            "«Прозорість і контроль» (висновок від 14.05.2013 № 12), 2 з 3 пропозицій "
            "враховано.\n\n"
            "Начальник управління                                  В.П. Кисіль\n\n"
            "Вик. Сидоренко А.М., 67-31-18")
    cs = "windows-1251"
    root = multipart("alternative", [text_part(text, cs),
                                     text_part(outlook_html(text, cs, "Microsoft Word 12 (filtered "
                                                                      "medium)"), cs,
                                               subtype="html")],
                     "----=_NextPart_000_0014_01CE5D2C.7B0A2E40",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-05-30 14:44:09")
    hs = envelope(d, addr("Управління ЖКГ", "zhkh@example.gov.ua", cs),
                  ew("Інформація управління ЖКГ (Відкритий уряд)", cs, "B"),
                  "001301ce5d2b$7b0a2e40$71e08ac0$@example.gov.ua", client("outlook2007"))
    return message(hs, root)


CALLS = [
    "«По пунктам 1 и 6» answered as one block: the reports of three consultations placed in the "
    "site section «Консультації з громадськістю» honestly cover the site (1) and the "
    "consultations (6); both count.",
    "«Пункти 7 і 9»: council members in a consumer-rights commission (7) and in the discussion "
    "of a draft order (9); both count.",
    "«З 10 по 12 — не проводились» is a bare denial over a range: a placeholder for 10, 11, 12.",
    "«№ 03-12/1452» is the department's letter number and «2014-2015» years.",
]
KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A CDO-sent surzhyk letter with «по пунктам 1 и 6», «пункти 7 і 9» and «з 10 по 12 — "
               "не проводились»; one block covers the site and the consultations at once.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@register("rg-rda-ichnia", KEY, CALLS)
def _():
    text = ("Ічнянська райдержадміністрація на Ваш лист від 02.12.2013 № 03-12/1452 "
            "повідомляє.\n\n"
            "По пунктам 1 и 6 — на офіційному веб-сайті РДА в розділі «Консультації з "
            "громадськістю» розміщено звіти про результати 3 консультацій, проведених у ІІ "
            "півріччі 2013 року (громадські слухання щодо проекту районного бюджету на 2014 рік, "
            "обговорення схеми санітарного очищення м. Ічня, опитування відвідувачів щодо роботи "
            "центру надання адміністративних послуг).\n"
            "Пункти 7 і 9 — члени громадської ради включені до складу районної комісії з питань "
            "захисту прав споживачів та взяли участь у обговоренні проекту розпорядження «Про "
            "затвердження районної програми розвитку фізичної культури і спорту на 2014-2015 "
            "роки».\n"
            "З 10 по 12 — не проводились.\n\n"
            "Заступник голови райдержадміністрації О.П. Кошова\n"
            "Вик. Гнатенко 2-14-35")
    cs = "windows-1251"
    root = text_part(text, cs, "base64")
    d = kyiv("2013-12-05 15:30:22")
    hs = envelope(d, addr("Ичнянская РГА (АСКОД)", "rda-ichnia@example.gov.ua"),
                  ew("Вих. № 01-25/2318 від 05.12.2013 Ічнянська РДА", cs, "B"),
                  "ASKOD.20131205153022.2318@rda-ichnia", client("cdo"),
                  more=[("Thread-Topic", ew("Вих. № 01-25/2318 від 05.12.2013", cs, "B"))])
    return message(hs, root)


CALLS = [
    "«пп. 13-14 – виконано: …» states what was done (two seminars, the guide published and sent): "
    "both count in period 3, though neither is owed any more.",
    "«пункти 11 і 15» one block: the public discussion of the plan's execution held inside the "
    "Open Door Day covers both 11 and 15.",
    "«п.п. 3, 4» one block: the resource and its forum are both stated to work, with figures "
    "for each.",
    "п. 5: the hot-line figures are stated by УВП (the appeals department supplied them): the "
    "statement is УВП's report on 5.",
    "«лист від 12.10.2012 № 03-12/1144», «17 громадських радах», «22 РДА» are a document number "
    "and counts.",
]
KEY = {"class": "ranges", "executor": "uvp", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own .docx in RFC 2231 continuations: «п.п. 3, 4», «пп. 13-14», «пункти 11 і 15» "
               "as blocks, one of them two neighbours in one event, next to a document number and "
               "counts.",
       "items": [{"measure": 3, "source": "Інформація УВП ІІ півріччя 2013.docx"},
                 {"measure": 4, "source": "Інформація УВП ІІ півріччя 2013.docx"},
                 {"measure": 5, "source": "Інформація УВП ІІ півріччя 2013.docx"},
                 {"measure": 10, "source": "Інформація УВП ІІ півріччя 2013.docx"},
                 {"measure": 11, "source": "Інформація УВП ІІ півріччя 2013.docx"},
                 {"measure": 13, "source": "Інформація УВП ІІ півріччя 2013.docx"},
                 {"measure": 14, "source": "Інформація УВП ІІ півріччя 2013.docx"},
                 {"measure": 15, "source": "Інформація УВП ІІ півріччя 2013.docx"}]}


@register("rg-uvp", KEY, CALLS)
def _():
    paras = [
        "п.п. 3, 4 – веб-ресурс «Чернігівська громада» та Інтернет-форум на його базі працюють; "
        "за 2013 рік на ресурсі зареєстровано 1 146 користувачів, опубліковано 212 матеріалів "
        "громадських організацій, на форумі обговорено 87 тем (найактивніші — «Тарифи ЖКГ», "
        "«Дороги області»).",
        "пп. 13-14 – виконано: навчальні семінари проведено 22.11.2012 і 19.02.2013 спільно з "
        "Чернігівським центром перепідготовки та підвищення кваліфікації (72 учасники); методичний "
        "посібник «Інструменти політики сприяння розвитку громадянського суспільства» видано "
        "накладом 250 примірників і розіслано структурним підрозділам облдержадміністрації та "
        "райдержадміністраціям.",
        "пункти 11 і 15 – 18.11.2013 в рамках Дня відкритих дверей управління проведено громадське "
        "обговорення виконання Плану заходів за 2013 рік за участю регіонального координатора "
        "«Партнерства „Відкритий уряд“», членів Громадської ради та 26 представників громадських "
        "організацій і ЗМІ; пропозиції учасників узагальнено і направлено виконавцям.",
        "п. 5 – за ІІ півріччя на «гарячу лінію» голови облдержадміністрації надійшло 1 034 "
        "дзвінки (дані відділу роботи із зверненнями громадян апарату облдержадміністрації), "
        "щотижнева інформація подається голові облдержадміністрації.",
        "п. 10 – рекомендації щодо утворення комісій (робочих груп) з питань відкритості та "
        "прозорості надано громадським радам при облдержадміністрації та при всіх 22 РДА (лист від "
        "12.10.2012 № 03-12/1144); станом на 01.12.2013 комісії утворено у 17 громадських радах.",
    ]
    html = ("<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>управління з питань внутрішньої політики та "
            "зв'язків з громадськістю облдержадміністрації про виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у "
            "рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (ІІ півріччя 2013 року)"
            "</p>\n" + "\n".join(f"<p style=\"text-indent:1.25cm\">{esc(p)}</p>" for p in paras)
            + "\n<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
              "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Ю.В. Марченко</p>")
    docx = document("rg-uvp", "docx", html)
    text = ("Добрий день.\n\nІнформація управління за ІІ півріччя 2013 року — у вкладенні, для "
            "зведення.\n\n-- \nОксана Мороз\nсектор зв'язків з громадськістю УВП")
    root = multipart("mixed", [text_part(flowed(text), "utf-8", "8bit", params="; format=flowed"),
                               attachment(docx, "Інформація УВП ІІ півріччя 2013.docx", "2231")],
                     "------------020807060409050008030104",
                     preamble="This is a multi-part message in MIME format.")
    d = kyiv("2013-12-09 12:12:45")
    hs = envelope(d, addr("Оксана Мороз", "uvp-info@example.gov.ua"),
                  ew("Інформація УВП за ІІ півріччя 2013 (План ВУ)", "utf-8", "B"),
                  "52A59795.4000607@example.gov.ua", client("thunderbird24"))
    return message(hs, root)


CALLS = [
    "The number cell «1–2» answers both as one block: 1 and 2 count, though an РДА owes no 2 (on "
    "its own it would be site work, 1 only).",
    "The number cell «6–9» counts 6, 7, 8 and 9; 8 is owed by no РДА, but the block answers it.",
    "«10 | +» is a placeholder; «12 | Громадські антикорупційні експертизи — запитів не "
    "надходило» names its subject and counts.",
    "Sent Monday 17.12.2012, two days after the deadline: period 1, late.",
]
KEY = {"class": "ranges", "executor": "rda-kulykivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A late .xlsx (name in RFC 2047 Q) with «1–2» and «6–9» in the number cells, so "
               "measures no РДА owes (2, 8) count, beside a «+» and a denial that names its "
               "subject.",
       "items": [{"measure": 1, "source": "Куликівська РДА - інформація ВУ.xlsx"},
                 {"measure": 2, "source": "Куликівська РДА - інформація ВУ.xlsx"},
                 {"measure": 6, "source": "Куликівська РДА - інформація ВУ.xlsx"},
                 {"measure": 7, "source": "Куликівська РДА - інформація ВУ.xlsx"},
                 {"measure": 8, "source": "Куликівська РДА - інформація ВУ.xlsx"},
                 {"measure": 9, "source": "Куликівська РДА - інформація ВУ.xlsx"},
                 {"measure": 12, "source": "Куликівська РДА - інформація ВУ.xlsx"}]}


@register("rg-rda-kulykivka", KEY, CALLS)
def _():
    rows = [["Пункти плану", "Інформація про виконання"],
            ["1–2", "Офіційний веб-сайт райдержадміністрації: оновлено розділи «Районний бюджет» "
                    "та «Регіональні програми», щомісяця розміщується звіт про виконання районного "
                    "бюджету (останній — за 11 місяців 2012 р.)."],
            ["6–9", "Проведено 2 засідання громадської ради при райдержадміністрації (25.10.2012, "
                    "29.11.2012), на яких обговорено проекти розпоряджень про районний бюджет на "
                    "2013 рік та про затвердження Програми зайнятості населення; члени ради "
                    "включені до складу робочої групи з підготовки проекту бюджету."],
            ["10", "+"],
            ["12", "Громадські антикорупційні експертизи — запитів не надходило."],
            ["16", "Інформацію подано із запізненням у зв'язку з відпусткою відповідального "
                   "працівника."]]
    xlsx = sheet("rg-rda-kulykivka", "xlsx", rows)
    text = ("Добрий день!\n\nВибачаємось за затримку, інформація Куликівської "
            "райдержадміністрації у вкладенні.\n\nЗ повагою,\nОлександр Пилипенко\n"
            "провідний спеціаліст відділу організаційної роботи апарату РДА")
    cs = "windows-1251"
    root = multipart("mixed", [text_part(text, cs, "quoted-printable"),
                               attachment(xlsx, "Куликівська РДА - інформація ВУ.xlsx", "2047Q", cs)],
                     "----=_NextPart_000_0021_01CDDC55.1A7E6F20",
                     preamble="This is a multi-part message in MIME format.")
    d = kyiv("2012-12-17 09:48:03")
    hs = envelope(d, addr("Пилипенко Олександр", "rda-kulykivka@example.gov.ua", cs),
                  ew("Інформація Куликівської РДА", cs, "B"),
                  "002001cddc44$1a7e6f20$4f7b4d60$@example.gov.ua", client("outlook2003"))
    return message(hs, root)


# =============================================================================================
# 5. prose (pr): no plan numbers; activities in the office's own words.
# =============================================================================================

CALLS = [
    "The new site section «Громадська рада» (the council at the unit: its members, statute, "
    "minutes) is site work (1), not an advisory-body report (7).",
    "The unit's own «гаряча лінія» on subsidised medicines is not the head's hot line (5): no "
    "item. Its closing clause (summaries posted monthly on the site) is the site as an outlet.",
    "The programme report placed in the ОДА rubric «Хід виконання цільових програм» is 2; the "
    "sentence on the unit's own site before it is 1.",
    "The committee head in the unit's collegium with the statute amended is 8.",
]
KEY = {"class": "prose", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A PDF in prose: the unit's site with a section named «Громадська рада», a programme "
               "report in the ОДА rubric, a collegium, and the unit's own «гаряча лінія» that is "
               "not the head's.",
       "items": [{"measure": 1, "source": "Інформація УОЗ_відкритий уряд_І пів 2013.pdf"},
                 {"measure": 2, "source": "Інформація УОЗ_відкритий уряд_І пів 2013.pdf"},
                 {"measure": 8, "source": "Інформація УОЗ_відкритий уряд_І пів 2013.pdf"}]}


@register("pr-su-zdorovia", KEY, CALLS)
def _():
    paras = [
        "Офіційний веб-сайт управління приведено у відповідність до вимог Закону України «Про "
        "доступ до публічної інформації»: створено розділ «Громадська рада», де розміщуються "
        "склад, положення і протоколи засідань громадської ради при управлінні, оновлено розділ "
        "«Лікарські засоби», щотижня розміщуються новини та оголошення закладів охорони здоров'я.",
        "У рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації "
        "розміщено звіт про виконання обласної програми «Здоров'я населення Чернігівщини» за 2012 "
        "рік та за І квартал 2013 року.",
        "З січня 2013 року голова комітету з питань охорони здоров'я та соціальної політики "
        "Громадської ради при облдержадміністрації Остапенко Г.М. входить до складу колегії "
        "управління; відповідні зміни до Положення про управління погоджено.",
        "Продовжує роботу «гаряча лінія» управління з питань забезпечення пільговими лікарськими "
        "засобами (тел. 0-800-50-17-03): за півріччя надійшло 418 звернень, щомісяця узагальнена "
        "інформація розміщується на офіційному сайті управління.",
    ]
    html = ("<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>управління охорони здоров'я "
            "облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та "
            "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
            "«Партнерство „Відкритий уряд“» за І півріччя 2013 року</p>\n"
            + "\n".join(f"<p style=\"text-indent:1.25cm;text-align:justify\">{esc(p)}</p>"
                        for p in paras)
            + "\n<p>&nbsp;</p><p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
              "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.А. Гребенюк</p>")
    pdf = document("pr-su-zdorovia", "pdf", html)
    text = ("Доброго дня!\n\nНадсилаємо інформацію управління охорони здоров'я "
            "облдержадміністрації про виконання Плану заходів «Відкритий уряд» за І півріччя "
            "2013 року.\n\nЗ повагою\nМаргарита Шевчук\nорганізаційно-аналітичний відділ УОЗ\n"
            "67-50-44")
    cs = "utf-8"
    alt = multipart("alternative", [text_part(text, cs), text_part(outlook_html(text, cs), cs,
                                    subtype="html")], "----=_NextPart_001_0044_01CE65C5.0F7B3D10")
    root = multipart("mixed", [alt, attachment(pdf, "Інформація УОЗ_відкритий уряд_І пів 2013.pdf",
                                               "2047B", cs)],
                     "----=_NextPart_000_0043_01CE65C5.0F7B3D10",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-06-10 10:20:51")
    hs = envelope(d, addr("Шевчук Маргарита", "zdorovia@example.gov.ua"),
                  ew("Інформація УОЗ — Відкритий уряд, І півріччя 2013", cs, "B"),
                  "004201ce65b4$0f7b3d10$2e71b730$@example.gov.ua", client("outlook2010"))
    return message(hs, root)


CALLS = [
    "One paragraph honestly covers two neighbours: NGO members taken into the evacuation "
    "commission and the safety council (7), and the working group on openness the district "
    "public council set up on the РДА's recommendation (10). Both count.",
    "The «пряма лінія» with the head of the district administration is not the hot line of the "
    "head of the oblast administration (5); the appeals count around it is appeals in general.",
    "The closing paragraph (all events covered on the РДА site and in the district paper) names "
    "the site only as an outlet: no item for 1.",
    "The draft programme put to public council members with their proposals taken is 9; the "
    "hearings and village meetings before it are consultations (6).",
]
KEY = {"class": "prose", "executor": "rda-korop", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .rtf in prose where one paragraph covers advisory bodies and the openness group "
               "together, a district head's «пряма лінія» imitates the hot line, and the site "
               "appears only as an outlet.",
       "items": [{"measure": 6, "source": "Korop_VU_2013_II.rtf"},
                 {"measure": 7, "source": "Korop_VU_2013_II.rtf"},
                 {"measure": 9, "source": "Korop_VU_2013_II.rtf"},
                 {"measure": 10, "source": "Korop_VU_2013_II.rtf"}]}


@register("pr-rda-korop", KEY, CALLS)
def _():
    paras = [
        "Райдержадміністрація продовжувала проведення консультацій з громадськістю відповідно до "
        "постанови Кабінету Міністрів України від 03.11.2010 № 996: у вересні відбулися громадські "
        "слухання щодо проекту районного бюджету на 2014 рік, у жовтні — зустрічі з мешканцями сіл "
        "Рихли та Оболоння з питань організації підвезення школярів.",
        "Члени громадської ради при райдержадміністрації взяли участь у громадському обговоренні "
        "проекту розпорядження «Про затвердження Програми розвитку місцевого самоврядування в "
        "Коропському районі на 2014–2016 роки»; 5 пропозицій ради враховано.",
        "До складу районної комісії з питань евакуації та районної ради з питань безпечної "
        "життєдіяльності населення включено по одному представнику громадських організацій; крім "
        "того, за рекомендацією райдержадміністрації громадська рада утворила у своєму складі "
        "робочу групу з питань відкритості та прозорості діяльності влади (3 особи).",
        "За ІІ півріччя до райдержадміністрації надійшло 216 звернень громадян, з них 47 — на "
        "телефонну «пряму лінію» з головою райдержадміністрації; усі розглянуто в установлені "
        "строки.",
        "Інформація про всі заходи висвітлювалась на офіційному сайті райдержадміністрації та в "
        "районній газеті «Вісті Коропщини».",
    ]
    html = ("<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>Коропської районної державної адміністрації "
            "про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області за ІІ півріччя 2013 року</p>\n"
            + "\n".join(f"<p style=\"text-indent:1.25cm\">{esc(p)}</p>" for p in paras)
            + "\n<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;"
              "&nbsp;&nbsp;&nbsp;&nbsp;Н.В. Зінченко</p>")
    rtf = document("pr-rda-korop", "rtf", html)
    text = ("Добрий день!\n\nІнформація Коропської РДА за ІІ півріччя 2013 року у вкладенні.\n\n"
            "-- \nЗ повагою,\n Віктор Савенко\n mailto:rda-korop@example.gov.ua")
    cs = "koi8-u"
    root = multipart("mixed", [text_part(plain7(text), cs, "quoted-printable"),
                               attachment(rtf, "Korop_VU_2013_II.rtf", "ascii",
                                          ctype="application/rtf")],
                     "----------2C1D0B1A3E5F6A7")
    d = kyiv("2013-12-12 14:05:33")
    hs = envelope(d, addr("Korop RDA", "rda-korop@example.gov.ua"),
                  ew(plain7("Інформація Коропської РДА (Відкритий уряд)"), cs, "B"),
                  "1902837465.20131212140533@example.gov.ua", client("thebat"))
    return message(hs, root)


CALLS = [
    "«Форум на базі ресурсу відкриємо в І кварталі 2013 року» is a promise inside the paragraph "
    "on the resource: no item for 4; the resource itself, launched with material posted, is 3.",
    "The seminar paragraph ends «методичний посібник … учасники отримають на початку 2013 року»: "
    "a promise, no item for 14; the seminar is 13.",
    "The Open Door Day (11) and the seminar (13) are separate paragraphs; the hot line's weekly "
    "summary to the head is 5.",
]
KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's prose (plain and HTML twins) where the forum and the guide appear only as "
               "promises inside the paragraphs on the resource and on the seminar, beside the hot "
               "line and an Open Door Day.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 5, "source": "body"},
                 {"measure": 11, "source": "body"}, {"measure": 13, "source": "body"}]}


@register("pr-uvp", KEY, CALLS)
def _():
    text = ("Інформація сектору зв'язків з громадськістю УВП за 2012 рік (для зведеної)\n\n"
            "Веб-ресурс «Чернігівська громада» запущено 26 листопада 2012 року; на ньому вже "
            "розміщено 54 матеріали громадських організацій та новини Громадської ради. Форум на "
            "базі ресурсу відкриємо в І кварталі 2013 року, як і передбачено планом, — після "
            "затвердження правил модерації.\n\n"
            "«Гаряча лінія» голови облдержадміністрації: з вересня по 13 грудня прийнято 389 "
            "дзвінків, щотижня узагальнена інформація подається голові облдержадміністрації.\n\n"
            "22 листопада спільно з Центром перепідготовки та підвищення кваліфікації проведено "
            "навчальний семінар для заступників керівників структурних підрозділів, відповідальних "
            "за організацію консультацій з громадськістю (34 учасники). Методичний посібник, "
            "обіцяний на семінарі, учасники отримають на початку 2013 року.\n\n"
            "7 грудня для представників ЗМІ та громадських організацій проведено День відкритих "
            "дверей управління: 14 учасників ознайомилися з роботою відділів і сектору.\n\n"
            "-- \nОксана Мороз\nсектор зв'язків з громадськістю УВП")
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">"
            "</head><body bgcolor=\"#FFFFFF\" text=\"#000000\">\n"
            + html_paras(text.split("\n\n-- \n")[0])
            + "\n<pre class=\"moz-signature\" cols=\"72\">-- \n"
            + esc(text.split("\n\n-- \n")[1]) + "</pre>\n</body></html>")
    root = multipart("alternative", [text_part(flowed(text), "utf-8", "8bit",
                                               params="; format=flowed"),
                                     text_part(html, "utf-8", "8bit", "html")],
                     "------------090105030502040707000406",
                     preamble="This is a multi-part message in MIME format.")
    d = kyiv("2012-12-14 15:00:17")
    hs = envelope(d, addr("Оксана Мороз", "uvp-info@example.gov.ua"),
                  ew("Інформація сектору за 2012 рік (План ВУ)", "utf-8", "B"),
                  "50CB2241.6080209@example.gov.ua", client("thunderbird17"))
    return message(hs, root)


CALLS = [
    "The unit's «гаряча лінія» on subsidies and benefits is no report on the head's hot line (5).",
    "«оприлюднено на сайті управління для громадського обговорення» names the site as the outlet "
    "of the discussion of the draft: no item for 1; the draft with council members in its "
    "working group is 9.",
    "The heading-like «Консультації з громадськістю.» over a survey and a round table is 6.",
    "A public expert review of the unit's work by an NGO with an order implementing its "
    "proposals is 12.",
]
KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx in prose with a unit hotline that is not the head's, a draft programme "
               "published on the site for discussion (9, not 1), consultations and a public "
               "expert review.",
       "items": [{"measure": 6, "source": "Соцзахист_ВУ_ІІ_пів_2013.docx"},
                 {"measure": 9, "source": "Соцзахист_ВУ_ІІ_пів_2013.docx"},
                 {"measure": 12, "source": "Соцзахист_ВУ_ІІ_пів_2013.docx"}]}


@register("pr-su-sotszakhyst", KEY, CALLS)
def _():
    paras = [
        "Консультації з громадськістю. Проведено телефонне опитування 300 одержувачів житлових "
        "субсидій щодо якості обслуговування в управліннях соціального захисту населення "
        "райдержадміністрацій та «круглий стіл» з представниками обласних організацій інвалідів "
        "щодо забезпечення технічними засобами реабілітації (17.10.2013).",
        "Продовжує роботу «гаряча лінія» управління з питань призначення житлових субсидій і "
        "пільг (за півріччя — 1 211 дзвінків).",
        "Проект Програми соціальної підтримки малозабезпечених верств населення на 2014–2016 роки "
        "оприлюднено на сайті управління для громадського обговорення; у засіданні робочої групи "
        "з доопрацювання проекту взяли участь 3 члени Громадської ради при облдержадміністрації, "
        "їхні пропозиції щодо адресності допомоги враховано.",
        "Громадська організація «Соціальний контроль» за сприяння управління провела громадську "
        "експертизу діяльності управління щодо надання соціальних послуг; за її результатами "
        "наказом від 11.11.2013 № 214 затверджено план заходів з реалізації 6 пропозицій "
        "експертів.",
    ]
    html = ("<p align=\"center\"><b>Інформація</b><br>управління праці та соціального захисту "
            "населення облдержадміністрації щодо виконання Плану заходів «Відкритий уряд» у ІІ "
            "півріччі 2013 року</p>\n"
            + "\n".join(f"<p style=\"text-indent:1cm\">{esc(p)}</p>" for p in paras))
    docx = document("pr-su-sotszakhyst", "docx", html)
    text = ("Добрий день!\n\nНаправляємо інформацію управління праці та соціального захисту "
            "населення облдержадміністрації за ІІ півріччя 2013 року.\n\n"
            "З повагою,\nвідділ організаційної роботи\nКравець Лариса, 67-62-15")
    cs = "windows-1251"
    alt = multipart("alternative", [text_part(text, cs), text_part(outlook_html(
        text, cs, "Microsoft Word 12 (filtered medium)"), cs, subtype="html")],
        "----=_NextPart_001_0027_01CEF26B.3C8E1A50")
    root = multipart("mixed", [alt, attachment(docx, "Соцзахист_ВУ_ІІ_пів_2013.docx", "2047B", cs)],
                     "----=_NextPart_000_0026_01CEF26B.3C8E1A50",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-12-06 11:33:27")
    hs = envelope(d, addr("Кравець Лариса", "sotszakhyst@example.gov.ua", cs),
                  ew("Інформація УПСЗН (Відкритий уряд) ІІ півріччя", cs, "B"),
                  "002501cef25a$3c8e1a50$b5aa4ef0$@example.gov.ua", client("outlook2007"))
    return message(hs, root)


CALLS = [
    "One-word subject headings carry the answers. «Експертизи – не проводились» names the "
    "subject by the plan's word (експертиз) and says what was not done: it answers 12.",
    "«Обговорення –» could be 6, 9 or 15; its content (a draft programme discussed at the public "
    "council, proposals taken) makes it 9.",
    "«Робоча група – створена при громадській раді» is the openness group of 10 (its place in the "
    "list, after advisory bodies and before reviews, agrees).",
    "«Дорадчі органи – без змін» is a placeholder: no 7.",
]
KEY = {"class": "prose", "executor": "rda-nosivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only windows-1251 letter of one-word subject headings («Сайт –», «Консультації "
               "–», «Обговорення –», «Робоча група –», «Експертизи – не проводились») with no "
               "numbers at all.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@register("pr-rda-nosivka", KEY, CALLS)
def _():
    lines = [
        ("Сайт", "розміщено 58 матеріалів, створено підрозділ «Публічна інформація» з формою "
                 "електронного запиту."),
        ("Консультації", "громадські слухання щодо проекту схеми планування території району "
                         "(14.05.2013), опитування мешканців щодо роботи громадського "
                         "транспорту."),
        ("Дорадчі органи", "без змін."),
        ("Обговорення", "проект Програми розвитку освіти району на 2013–2015 рр. обговорено на "
                        "засіданні громадської ради, 2 пропозиції враховано."),
        ("Робоча група", "створена при громадській раді 12.04.2013, керівник – Марченко І.В."),
        ("Експертизи", "не проводились."),
    ]
    cs = "windows-1251"
    html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<HTML><HEAD>\n"
            f"<META content=\"text/html; charset={cs}\" http-equiv=Content-Type>\n"
            "<META name=GENERATOR content=\"MSHTML 8.00.7601.18210\"></HEAD>\n"
            "<BODY style=\"PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px\" "
            "id=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop=\"true\" "
            "name=\"Compose message area\">\n"
            "<DIV><FONT size=2 face=Arial>Добрий день!</FONT></DIV>\n<DIV>&nbsp;</DIV>\n"
            "<DIV><FONT size=2 face=Arial><STRONG>Інформація Носівської райдержадміністрації про "
            "виконання Плану заходів щодо відкритості та прозорості (І півріччя 2013 р.)"
            "</STRONG></FONT></DIV>\n<DIV>&nbsp;</DIV>\n"
            + "\n".join(f"<DIV><FONT size=2 face=Arial><U>{esc(h)}</U> – {esc(t)}</FONT></DIV>"
                        for h, t in lines)
            + "\n<DIV>&nbsp;</DIV>\n<DIV><FONT size=2 face=Arial>Загальний відділ апарату "
              "Носівської РДА<BR>Мельниченко Галина, (04642) 2-13-58</FONT></DIV></BODY></HTML>")
    root = text_part(html, cs, "quoted-printable", "html")
    d = kyiv("2013-06-14 16:40:19")
    hs = envelope(d, addr("Носівська РДА", "rda-nosivka@example.gov.ua", cs),
                  ew("Відкритий уряд - Носівка", cs, "B"),
                  "8F2D41C7A0B34E1C9D5E6F70812A3B4C@zagviddil", client("wlm"))
    return message(hs, root)


# =============================================================================================
# 6. foreign_numbers (fn): the letter's own numbering, office plan points, sub-items, counts.
# =============================================================================================

CALLS = [
    "The letter numbers its own paragraphs 1.–4.; each is placed by its subject: «1.» the site "
    "(1), «2.» round tables with farmers on a draft programme (6, not 2), «3.» the committee head "
    "in the collegium (8, not 3), «4.» draft orders discussed with Public Council members (9, not "
    "4).",
    "«2.» discusses a draft programme with farmers, not with council members: a consultation (6), "
    "not 9.",
    "«№ 3», «№ 198», «№ 112», «№ 118» and «Вих. № 12-08/3371» are document numbers.",
]
KEY = {"class": "foreign_numbers", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A letter numbered 1.–4. by its own paragraphs, where «2.», «3.» and «4.» report "
               "measures 6, 8 and 9, surrounded by document numbers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@register("fn-su-apk", KEY, CALLS)
def _():
    text = ("Вих. № 12-08/3371 від 10.12.2012\n\n"
            "Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\n\n"
            "Головне управління агропромислового розвитку облдержадміністрації інформує про "
            f"виконання {PLAN_TITLE}:\n\n"
            "1. Офіційний веб-сайт головного управління наповнюється відповідно до постанови "
            "Кабінету Міністрів України від 04.01.2002 № 3; у жовтні створено розділ «Державна "
            "підтримка АПК» з переліком програм підтримки та умовами їх отримання.\n"
            "2. Проведено 2 консультації з громадськістю у формі «круглих столів» з керівниками "
            "сільгосппідприємств та фермерами щодо проекту Програми розвитку агропромислового "
            "комплексу області до 2015 року (18.10.2012 та 15.11.2012).\n"
            "3. Голова комітету з питань АПК та земельних відносин Громадської ради при "
            "облдержадміністрації Ткач М.С. введений до складу колегії головного управління (наказ "
            "від 02.11.2012 № 198).\n"
            "4. Проекти наказів «Про порядок надання фінансової підтримки "
            "сільськогосподарським товаровиробникам» (№ 112) та «Про затвердження регіональної "
            "програми розвитку молочного скотарства» (№ 118) обговорено за участю членів "
            "Громадської ради при облдержадміністрації.\n\n"
            "Заступник начальника головного управління                  П.С. Дорошенко\n\n"
            "Вик. Руденко О.В., 67-44-20")
    cs = "windows-1251"
    root = text_part(text, cs, "quoted-printable")
    d = kyiv("2012-12-10 13:15:44")
    hs = envelope(d, addr("ГУ АПР загальний відділ", "apk@example.gov.ua", cs),
                  ew("№ 12-08/3371 Інформація (Відкритий уряд)", cs, "B"),
                  "001c01cdd6d5$7e6f2b90$0c00a8c0@apk-zv", client("oe6"))
    return message(hs, root)


CALLS = [
    "The «№ з/п» column (1–7) runs beside the «Пункт Плану ОДА» column; only the latter places "
    "rows: 1, 6, 7, 9, 12 and 8.",
    "The row whose plan column is «—» (the unit's own point 3.1, a seminar for its staff on "
    "access to information) is under none of the plan's measures: no 13.",
    "Row «12»: «Запитів на проведення громадської експертизи … не надходило» names its subject: "
    "12 counts; row «9 | —» and row «8 | немає» are placeholders.",
    "The unit's site sections «Консультації з громадськістю» and «Екологічний стан області» are "
    "site work (1).",
]
KEY = {"class": "foreign_numbers", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls with a running «№ з/п», the unit's own plan points («2.3») and the real plan "
               "column side by side; one own-plan row has a dash in the plan column.",
       "items": [{"measure": 1, "source": "Екологія_ВУ_1пів2013.xls"},
                 {"measure": 6, "source": "Екологія_ВУ_1пів2013.xls"},
                 {"measure": 7, "source": "Екологія_ВУ_1пів2013.xls"},
                 {"measure": 12, "source": "Екологія_ВУ_1пів2013.xls"}]}


@register("fn-su-ekolohiia", KEY, CALLS)
def _():
    rows = [["№ з/п", "Пункт Плану ОДА", "Пункт плану управління", "Інформація про виконання"],
            ["1", "1", "1.2", "Сайт управління: створено розділи «Консультації з громадськістю» "
                              "та «Екологічний стан області», розміщено Доповідь про стан "
                              "навколишнього природного середовища в області за 2012 рік."],
            ["2", "6", "2.1", "Громадські слухання щодо оцінки впливу на довкілля реконструкції "
                              "очисних споруд м. Ніжина (13.03.2013); консультації з "
                              "екологічними громадськими організаціями щодо проекту Регіональної "
                              "програми охорони навколишнього природного середовища."],
            ["3", "7", "2.3", "До складу обласної комісії з питань охорони навколишнього "
                              "природного середовища включено 2 представників ГО «Зелений світ»."],
            ["4", "9", "2.4", "—"],
            ["5", "12", "2.5", "Запитів на проведення громадської експертизи діяльності "
                               "управління не надходило."],
            ["6", "—", "3.1", "Семінар для працівників управління щодо застосування Закону "
                              "України «Про доступ до публічної інформації» (28.03.2013)."],
            ["7", "8", "2.2", "немає"]]
    xls = sheet("fn-su-ekolohiia", "xls", rows)
    text = ("Добрий день!\n\nІнформація управління екології та природних ресурсів "
            "облдержадміністрації за І півріччя 2013 року у вкладенні.\n\n"
            "З повагою\nЯрошенко Наталія\nвідділ екологічної політики\n67-28-91")
    cs = "windows-1251"
    alt = multipart("alternative", [text_part(text, cs), text_part(outlook_html(text, cs), cs,
                                    subtype="html")], "----=_NextPart_001_0009_01CE628D.4A1C7E30")
    root = multipart("mixed", [alt, attachment(xls, "Екологія_ВУ_1пів2013.xls", "2047B", cs)],
                     "----=_NextPart_000_0008_01CE628D.4A1C7E30",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-06-06 10:02:37")
    hs = envelope(d, addr("Ярошенко Наталія", "ekolohiia@example.gov.ua", cs),
                  ew("Інформація управління екології (ВУ) І півріччя 2013", cs, "B"),
                  "000701ce627c$4a1c7e30$de5579a0$@example.gov.ua", client("outlook2010"))
    return message(hs, root)


CALLS = [
    "Sub-items «а)», «б)» and the numbered consultations «1)»–«4)» under п. 6 are the letter's own "
    "list: not measures 1–4.",
    "The sub-rubric «Громадська рада при райдержадміністрації» under п. 1 is site work (1).",
    "«п. 12: не проводились» is a bare denial: a placeholder.",
    "Sent Monday 17.06.2013, two days after the deadline: period 2, late.",
]
KEY = {"class": "foreign_numbers", "executor": "rda-horodnia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A late Apple Mail .docx (RFC 2231 name) whose «1)»–«4)» and «а)», «б)» sub-items "
               "and document numbers sit under real «п.» numbers; a bare denial under п. 12.",
       "items": [{"measure": 1, "source": "Городня_інформація_ВУ_червень_2013.docx"},
                 {"measure": 6, "source": "Городня_інформація_ВУ_червень_2013.docx"},
                 {"measure": 7, "source": "Городня_інформація_ВУ_червень_2013.docx"},
                 {"measure": 10, "source": "Городня_інформація_ВУ_червень_2013.docx"}]}


@register("fn-rda-horodnia", KEY, CALLS)
def _():
    body = [
        "Городнянська районна державна адміністрація на виконання п. 16 Плану заходів з "
        "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області надає "
        "інформацію станом на 14.06.2013.",
        "<b>п. 1:</b><br>а) на офіційному веб-сайті райдержадміністрації за І півріччя розміщено "
        "231 матеріал;<br>б) створено підрубрику «Громадська рада при райдержадміністрації» "
        "(положення, склад, 3 протоколи засідань).",
        "<b>п. 6:</b> проведено 4 консультації з громадськістю:<br>"
        "1) громадські слухання щодо звіту про виконання районного бюджету за 2012 рік "
        "(14.02.2013);<br>2) зустріч з мешканцями с. Хотівля щодо роботи ФАПу (05.03.2013);<br>"
        "3) електронні консультації щодо проекту Стратегії розвитку району до 2020 року "
        "(квітень);<br>4) опитування щодо якості надання адміністративних послуг (травень, 112 "
        "респондентів).",
        "<b>п. 7:</b> розпорядженням від 12.02.2013 № 45 до складу районної ради з питань "
        "підприємництва включено 3 представників громадських організацій, у т.ч. 2 членів "
        "громадської ради.",
        "<b>п. 10:</b> при громадській раді утворено комісію з питань відкритості та прозорості "
        "діяльності органів влади (рішення від 28.03.2013 № 2), голова комісії — Лук'яненко О.М.",
        "<b>п. 12:</b> не проводились.",
    ]
    html = ("<p align=\"center\"><b>Інформація Городнянської райдержадміністрації</b></p>\n"
            + "\n".join(f"<p>{p}</p>" for p in body)
            + "\n<p>&nbsp;</p><p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;"
              "&nbsp;&nbsp;&nbsp;&nbsp;Г.П. Литвиненко</p>")
    docx = document("fn-rda-horodnia", "docx", html)
    text = ("Добрий день.\n\nІнформація в додатку. Вибачте, що із запізненням — у п'ятницю не "
            "працював інтернет.\n\nАнтон Шаповал\nпрес-секретар Городнянської РДА")
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html "
                 "charset=utf-8\"></head><body style=\"word-wrap: break-word; "
                 "-webkit-nbsp-mode: space; -webkit-line-break: after-white-space; \">"
                 + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n"))
                 + "</body></html>")
    alt = multipart("alternative", [text_part(text, "utf-8", "quoted-printable"),
                                    text_part(html_body, "utf-8", "quoted-printable", "html")],
                    "Apple-Mail=_5B7F0E2A-3C9D-4B1A-8E6F-0D2C4A9B1E37")
    root = multipart("mixed", [alt, attachment(docx, "Городня_інформація_ВУ_червень_2013.docx",
                                               "2231")],
                     "Apple-Mail=_2E9A4C71-6B0D-4F3E-A15C-7D8B9E0F1A23")
    d = kyiv("2013-06-17 09:20:14")
    hs = envelope(d, addr("Антон Шаповал", "rda-horodnia@example.gov.ua"),
                  ew("Інформація Городнянської РДА (ВУ)", "utf-8", "Q"),
                  "4C0E7A1B-9D3F-4B62-8E15-A7C2D9F0B314@example.gov.ua", client("applemail"))
    return message(hs, root)


CALLS = [
    "The office's own plan points (1.1, 2.3, 2.4, 3.2, 4.1) are not the oblast plan's; the «(п. …)» "
    "after each gives the plan's number.",
    "4.1, «навчання працівників центрів соціальних служб» (3 seminars) carries no plan number and "
    "is not measure 13's subject (seminars on civil-society tools for those who organise "
    "consultations): no item.",
    "2.4 (п. 8): the committee head has sat in the collegium since 2012 and took part in two "
    "sittings — in place, so it counts.",
]
KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An Android plain mail numbered by the office's own plan («2.3 (п. 7)»), with a "
               "training point that has no plan number and looks like measure 13.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@register("fn-su-simia", KEY, CALLS)
def _():
    text = ("Управління у справах сім'ї, молоді та спорту облдержадміністрації, інформація за ІІ "
            "півріччя 2013 р. (за Планом заходів управління на 2013 рік, у дужках — пункти Плану "
            "ОДА):\n\n"
            "1.1 (п. 1) Сайт управління: оновлено розділи «Молодіжна політика» та «Фізкультура і "
            "спорт», розміщено 74 новини, додано календар спортивних змагань.\n"
            "2.3 (п. 7) До складу обласної координаційної ради з питань сім'ї, гендерної "
            "рівності, демографічного розвитку та протидії торгівлі людьми включено 2 "
            "представників молодіжних громадських організацій.\n"
            "2.4 (п. 8) Голова комітету з гуманітарних питань Громадської ради при ОДА — член "
            "колегії управління з 2012 р., у ІІ півріччі брала участь у 2 засіданнях колегії.\n"
            "3.2 (п. 9) Проект обласної програми «Молодь Чернігівщини» на 2014–2018 роки "
            "обговорено з членами обласної молодіжної ради та Громадської ради при ОДА "
            "(22.10.2013).\n"
            "4.1 Навчання працівників центрів соціальних служб для сім'ї, дітей та молоді (3 "
            "семінари, 96 учасників).\n\n"
            "Діденко Ю.\n\nВідправлено з мого телефону Samsung")
    root = text_part(text, "utf-8", "8bit")
    d = kyiv("2013-12-11 19:05:48")
    hs = envelope(d, addr("Ю. Діденко", "simia@example.gov.ua"),
                  ew("Інформація УСМС ІІ півріччя", "utf-8", "B"),
                  "b7e4a2c9-1f03-4d58-9a6e-3c0b5d7f2e81@email.android.com", client("k9"),
                  helo="[192.168.1.104]", ip="46.211.75.18")
    return message(hs, root)


CALLS = [
    "«9 дорадчо-консультативних органів», «12 представників», «7 — члени громадської ради», «№ 10», "
    "«№ 15», «11 місяців», «6 консультацій» are counts and document numbers: the paragraphs are "
    "placed by their words — 6, 7, 10.",
    "The last paragraph (a plan of consultations for 2014 approved and published on the site) is "
    "6 again; the site is its outlet, no item for 1.",
    "The commission on openness formed inside the district public council is 10, not 7, though "
    "the paragraph before is about advisory bodies.",
]
KEY = {"class": "foreign_numbers", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A koi8-u The Bat! letter without plan numbers but full of counts and document "
               "numbers that are measure numbers elsewhere (9, 12, 10, 15, 6, 7, 11).",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@register("fn-rda-shchors", KEY, CALLS)
def _():
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\nНа № 03-12/1452 від 02.12.2013\n\n"
            "Щорська райдержадміністрація повідомляє, що протягом 11 місяців 2013 року проведено "
            "6 консультацій з громадськістю (з них 2 - у формі громадських слухань щодо проекту "
            "районного бюджету та тарифів на теплову енергію, 4 - зустрічі з мешканцями сіл).\n\n"
            "До складу 9 дорадчо-консультативних органів при райдержадміністрації входять 12 "
            "представників інститутів громадянського суспільства, з них 7 - члени громадської "
            "ради.\n\n"
            "Громадська рада при райдержадміністрації утворила у своєму складі комісію з питань "
            "відкритості та прозорості (протокол засідання від 15.10.2013 N 10), до якої увійшли 3 "
            "члени ради.\n\n"
            "Розпорядженням голови райдержадміністрації від 25.11.2013 N 15 затверджено план "
            "консультацій з громадськістю на 2014 рік, його оприлюднено на сайті.\n\n"
            "Голова райдержадміністрації                       М.І. Шпак\n\n"
            "-- \nЗ повагою,\n Щорська РДА, загальний відділ")
    cs = "koi8-u"
    root = text_part(plain7(text), cs, "quoted-printable")
    d = kyiv("2013-12-09 10:44:02")
    hs = envelope(d, addr("Shchors RDA", "rda-shchors@example.gov.ua"),
                  ew("На N 03-12/1452 від 02.12.2013 (Відкритий уряд)", cs, "B"),
                  "1620394857.20131209104402@example.gov.ua", client("thebat"))
    return message(hs, root)


# =============================================================================================
# 7. personal_address (pa): private boxes and borrowed boxes; the office only in body/signature.
# =============================================================================================

CALLS = [
    "Sent from a private Gmail box: the office is named in the heading («Інформація управління "
    "капітального будівництва облдержадміністрації») and in the signature; УВП is the addressee.",
    "The unit's own site section «Об'єкти будівництва» is 1; the programme report placed in the "
    "ОДА rubric «Хід виконання цільових програм» is 2; the committee head in the collegium is 8.",
]
KEY = {"class": "personal_address", "executor": "su-kapbud", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A late-evening Gmail letter from a clerk's private box; the office appears only "
               "in the genitive in the heading and signature, and its site and the ОДА rubric sit "
               "in adjacent lines.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@register("pa-su-kapbud", KEY, CALLS)
def _():
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\n\n"
            "Інформація управління капітального будівництва облдержадміністрації про виконання "
            "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
            "влади в області\n\n"
            "Сайт управління: розділ «Об'єкти будівництва» доповнено інформацією про хід "
            "будівництва 14 об'єктів, розміщено річний план закупівель на 2013 рік.\n"
            "В рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації "
            "розміщено інформацію про виконання Програми будівництва (реконструкції) об'єктів "
            "соціальної сфери області за 9 місяців 2012 року.\n"
            "До складу колегії управління введено голову комітету з питань будівництва та "
            "інфраструктури Громадської ради при облдержадміністрації Яковенка С.І. (наказ від "
            "15.10.2012 № 87).\n\n"
            "-- \nСавчук Олена\nголовний спеціаліст відділу економічного аналізу управління "
            "капітального будівництва облдержадміністрації\n(надсилаю з домашньої пошти, бо на "
            "роботі не працює інтернет)")
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{esc(l) if l else '<br>'}</div>"
                                           for l in text.split("\n")) + "</div>")
    root = multipart("alternative", [text_part(text, "utf-8", "base64"),
                                     text_part(html, "utf-8", "base64", "html")],
                     "f46d0444ea8d59e1bd04d047e6a2")
    d = kyiv("2012-12-07 21:14:26")
    hs = envelope(d, addr("Олена Савчук", "olena.savchuk.cn@gmail.com"),
                  ew("інформація УКБ відкритий уряд", "utf-8", "B"),
                  "CAH8mFq0x3bWv2Lk9pN1sR4tYd7eQ5uZ6cA0gJ1hK2m3nB4oP5Q@mail.gmail.com",
                  client("gmail"), helo="mail-wi0-f170.google.com", ip="209.85.212.170", delay=5)
    return message(hs, root)


CALLS = [
    "Sent from a private ukr.net box; the office is named only in the Russian signature "
    "(«…аппарата Борзнянской райгосадминистрации») and in the .odt's title; the first line "
    "names the addressee («Для управления по вопросам внутренней политики…»), which is not the "
    "sender.",
    "The district public council's open discussion of how the district carried out this plan is "
    "measure 15 (public discussion of the plan's execution), not a consultation (6) or a draft "
    "discussion (9); it counts though no РДА owes 15.",
    "Hearings on a draft programme and a survey under resolution 996 are 6.",
]
KEY = {"class": "personal_address", "executor": "rda-borzna", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A ukr.net mail in Russian with an .odt: the district reports a public discussion "
               "of the plan's own execution (15) beside its consultations (6).",
       "items": [{"measure": 6, "source": "Інформація Борзна.odt"},
                 {"measure": 15, "source": "Інформація Борзна.odt"}]}


@register("pa-rda-borzna", KEY, CALLS)
def _():
    paras = [
        "Консультації з громадськістю (постанова Кабінету Міністрів України від 03.11.2010 № "
        "996): проведено громадські слухання щодо проекту районної програми «Питна вода» на "
        "2013–2015 роки (15.03.2013) та опитування мешканців м. Борзна щодо благоустрою міського "
        "парку (квітень, 240 респондентів).",
        "23 травня 2013 року на засіданні громадської ради при райдержадміністрації за участю "
        "заступника голови райдержадміністрації та представників районних ЗМІ публічно обговорено "
        "хід виконання в районі Плану заходів з підвищення рівня відкритості та прозорості "
        "діяльності влади в рамках Ініціативи «Партнерство „Відкритий уряд“»; 4 пропозиції ради "
        "взято до виконання.",
    ]
    html = ("<p align=\"center\"><b>Інформація</b><br>Борзнянської районної державної "
            "адміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року"
            "</p>\n" + "\n".join(f"<p style=\"text-indent:1cm\">{esc(p)}</p>" for p in paras))
    odt = document("pa-rda-borzna", "odt", html)
    text = ("Добрый день! Для управления по вопросам внутренней политики и связей с "
            "общественностью облгосадминистрации.\n\nВысылаю информацию по плану \"Открытое "
            "правительство\" от нашей РДА за первое полугодие, подписанный экземпляр отправлен "
            "почтой.\n\n"
            "С уважением, Руденко Ирина,\nотдел организационной работы и информационной "
            "деятельности аппарата Борзнянской райгосадминистрации")
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                 "charset=utf-8\"></head><body>"
                 + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
                 + "<br>--<br>Почта ukr.net</body></html>")
    root = multipart("mixed", [text_part(html_body, "utf-8", "base64", "html"),
                               attachment(odt, "Інформація Борзна.odt", "2047B")],
                     "----UKRNET-1371102730-2715")
    d = kyiv("2013-06-13 08:52:10")
    hs = envelope(d, addr("Ирина Руденко", "irina.rudenko77@ukr.net"),
                  ew("информация Борзна", "utf-8", "B"),
                  "1371102730.512837000.x8k2m4qp@frv34.fwdcdn.com", client("ukrnet"),
                  helo="frv34.fwdcdn.com", ip="212.42.77.34", delay=3)
    return message(hs, root)


CALLS = [
    "Sent from another office's registered box (su-osvita's): the first lines say so, and the body "
    "and signature name «Служба у справах дітей облдержадміністрації» — the executor is the "
    "service, never the box's owner.",
    "п. 7: the commission on openness of the Public Council appears only as the proposer of a "
    "candidate; the statement is about people taken into an advisory council (7): no 10.",
    "п. 12 says the review was not held and why, naming the subject: it counts.",
    "п. 1: the service's page on the ОДА site (its data bank, its procedures) is site work (1), not "
    "a programme or budget rubric (2).",
]
KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the education department's registered box for the children's service; "
               "the advisory-council answer mentions the openness commission in passing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@register("pa-su-sluzhba-ditei", KEY, CALLS)
def _():
    text = ("Доброго дня!\nПишемо з пошти управління освіти — у службі не працює поштовий "
            "сервер.\n\n"
            "Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації\n\n"
            "Служба у справах дітей облдержадміністрації інформує про виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за "
            "ІІ півріччя 2013 року.\n\n"
            "п. 1 — на сторінці служби на офіційному сайті облдержадміністрації оновлено "
            "інформацію про дітей-сиріт, які можуть бути усиновлені (з дотриманням вимог щодо "
            "захисту персональних даних), розміщено порядок звернення до служби та зразки "
            "заяв.\n"
            "п. 7 — до складу обласної координаційної ради з питань захисту прав дітей включено 2 "
            "представників громадських організацій; кандидатуру одного з них запропонувала "
            "комісія з питань відкритості та прозорості Громадської ради при "
            "облдержадміністрації.\n"
            "п. 12 — громадська експертиза діяльності служби не проводилась, оскільки запитів від "
            "інститутів громадянського суспільства не надходило.\n\n"
            "Начальник служби у справах дітей облдержадміністрації                Н.В. Панченко")
    cs = "windows-1251"
    root = multipart("alternative", [text_part(text, cs),
                                     text_part(outlook_html(text, cs), cs, subtype="html")],
                     "----=_NextPart_000_0061_01CEF03A.5E1D2B70",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-12-03 15:20:55")
    hs = envelope(d, addr("Управління освіти і науки", "osvita@example.gov.ua", cs),
                  ew("Служба у справах дітей — інформація (Відкритий уряд)", cs, "B"),
                  "006001cef029$5e1d2b70$1a578150$@example.gov.ua", client("outlook2010"))
    return message(hs, root)


CALLS = [
    "From the chairman's private i.ua box; the signature names «голова Громадської ради при "
    "облдержадміністрації» — the executor is gromrada.",
    "The one-word Subject «форум» names the subject; the body states the forum opened (4). «На "
    "базі веб-ресурсу «Чернігівська громада»» is part of the forum's description: no item for 3.",
    "The commission on openness set up inside the Public Council is 10 (gromrada is not named "
    "for 10, but the statement is work done); «її очолив голова комітету …» is no collegium (8).",
    "«комісія готуватиме громадське обговорення виконання плану» is a promise: no 15.",
]
KEY = {"class": "personal_address", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A one-word Subject «форум» from the council chairman's i.ua box: the forum «на базі "
               "веб-ресурсу» (4, not 3) and the openness commission (10), with a promised "
               "discussion of the plan.",
       "items": [{"measure": 4, "source": "body"}, {"measure": 10, "source": "body"}]}


@register("pa-gromrada", KEY, CALLS)
def _():
    text = ("Шановні колеги з управління внутрішньої політики!\n\n"
            "Форум на базі веб-ресурсу «Чернігівська громада» відкрито 1 березня, перші 9 тем уже "
            "обговорюються (тарифи, дороги, молодіжна політика). Модератори — члени Громадської "
            "ради Бойко А. та Литвин О.\n\n"
            "Також повідомляю: 21.02.2013 на засіданні Громадської ради при облдержадміністрації "
            "утворено комісію з питань відкритості та прозорості діяльності органів влади (5 "
            "членів), її очолив голова комітету з питань місцевого самоврядування. Комісія "
            "готуватиме громадське обговорення виконання плану в червні.\n\n"
            "Прошу врахувати як інформацію Громадської ради.\n\n"
            "З повагою, Кравченко С.М.,\nголова Громадської ради при облдержадміністрації")
    cs = "windows-1251"
    root = multipart("alternative", [text_part(text, cs, "8bit"),
                                     text_part(simple_html(text, cs, "Tahoma"), cs, "8bit", "html")],
                     "=_iua_7d1c4b2e8f9a0365")
    d = kyiv("2013-03-04 20:31:09")
    hs = envelope(d, addr("Сергій Кравченко", "s.kravchenko@i.ua", cs),
                  ew("форум", cs, "B"), "1362421869.4f2a9c1e.17036@i.ua", client("iua"),
                  helo="mx.i.ua", ip="91.198.36.15", delay=3)
    return message(hs, root)


CALLS = [
    "From a private meta.ua box in koi8-r Russian; the signature names «…аппарата Менской "
    "райгосадминистрации» and the heading the district; the addressee «Управлению по вопросам "
    "внутренней политики…» is not the sender.",
    "1.: the new site section «Общественный совет» is site work (1), not 7 or 10.",
    "12.: «Общественные экспертизы: запросов не поступало» names its subject: it counts. 7. «-» "
    "and 10. «без изменений» are placeholders.",
    "Sent Monday 16.12.2013, a day after the deadline: period 3, late.",
]
KEY = {"class": "personal_address", "executor": "rda-mena", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A late koi8-r Russian letter from a meta.ua box: a site section «Общественный "
               "совет», a denial that names its subject, and placeholders in Russian.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@register("pa-rda-mena", KEY, CALLS)
def _():
    text = ("Управлению по вопросам внутренней политики и связей с общественностью "
            "облгосадминистрации\n\n"
            "Информация Менской райгосадминистрации о выполнении Плана мероприятий по повышению "
            "уровня открытости и прозрачности деятельности исполнительной власти в области за II "
            "полугодие 2013 года\n\n"
            "1. Официальный сайт райгосадминистрации: создан раздел \"Общественный совет\", где "
            "размещены положение, состав и протоколы заседаний совета.\n"
            "6. Консультации с общественностью: проведены общественные слушания по проекту "
            "районного бюджета на 2014 год (28.11.2013) и опрос жителей г. Мена по вопросам "
            "благоустройства.\n"
            "7. -\n"
            "9. Обсуждение проектов распоряжений с членами общественного совета: проект "
            "распоряжения \"О районной программе поддержки малого предпринимательства на "
            "2014-2015 годы\" рассмотрен на заседании совета 14.11.2013, замечания учтены.\n"
            "10. без изменений\n"
            "12. Общественные экспертизы: запросов не поступало.\n\n"
            "Ведущий специалист отдела информационной деятельности и коммуникаций с "
            "общественностью аппарата Менской райгосадминистрации\nГ. Коваленко")
    cs = "koi8-r"
    root = text_part(plain7(text), cs, "8bit")
    d = kyiv("2013-12-16 09:27:40")
    hs = envelope(d, addr("Галина Коваленко", "galyna_k77@meta.ua", cs),
                  ew("Информация Менской РГА", cs, "B"), "52AEAB2C.000003.29451@meta.ua",
                  client("metaua"), helo="mail.meta.ua", ip="194.0.131.2", delay=2)
    return message(hs, root)


# =============================================================================================
# 8. mixed (mx): forwards, corrections, cover vs attachment, Word HTML, mislabelled charsets.
# =============================================================================================

CALLS = [
    "The district forwards, as an attached message, its own letter of 11.12.2012 that bounced "
    "(mistyped uvp@cg.ukrtel.com): it never reached the mailbox, so it is the report delivered "
    "now and counts whole; the items' source is the .xls inside the message/rfc822.",
    "Row 7: the openness commission of the public council appears only as the body candidates "
    "are agreed with; the row reports people taken into an advisory commission (7). Row 10 "
    "states the commission's creation (10).",
    "Row 9 «—» and row 12 «не проводились» are placeholders; the cover lines of both the outer "
    "and the inner letter are pointers.",
]
KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An Outlook forward-as-attachment of a bounced report: the .xls sits inside a "
               "message/rfc822, its rows on 7 and 10 lean on each other, and the cover notes are "
               "pointers.",
       "items": [{"measure": 1, "source": "Чернігівська РДА_ВУ_грудень.xls"},
                 {"measure": 6, "source": "Чернігівська РДА_ВУ_грудень.xls"},
                 {"measure": 7, "source": "Чернігівська РДА_ВУ_грудень.xls"},
                 {"measure": 10, "source": "Чернігівська РДА_ВУ_грудень.xls"}]}


@register("mx-rda-chernihiv", KEY, CALLS)
def _():
    rows = [["Пункт Плану", "Стан виконання"],
            ["1", "На офіційному веб-сайті райдержадміністрації у IV кварталі розміщено 143 "
                  "матеріали; розділ «Консультації з громадськістю» доповнено звітами про "
                  "результати консультацій."],
            ["6", "Проведено 3 консультації: громадські слухання щодо проекту районного бюджету на "
                  "2013 рік (04.12.2012), «круглий стіл» з сільськими головами щодо тарифів на "
                  "водопостачання, опитування щодо якості медичного обслуговування."],
            ["7", "До складу районної комісії з питань техногенно-екологічної безпеки і "
                  "надзвичайних ситуацій включено голову громадської ради; кандидатури до складу "
                  "інших дорадчих органів погоджуються з комісією громадської ради з питань "
                  "відкритості."],
            ["9", "—"],
            ["10", "Комісію з питань відкритості та прозорості у складі громадської ради утворено "
                   "02.11.2012 (рішення громадської ради № 5), до неї увійшли 4 члени ради."],
            ["12", "не проводились"]]
    xls = sheet("mx-rda-chernihiv", "xls", rows)
    cs = "windows-1251"
    inner_text = ("Направляємо інформацію Чернігівської райдержадміністрації про виконання Плану "
                  "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
                  "влади в області (пп. 1, 6, 7, 9, 10, 12) — таблиця у вкладенні.\n\n"
                  "З повагою\nЗінаїда Мартиненко\nвідділ організаційної роботи та інформаційної "
                  "діяльності апарату Чернігівської РДА")
    inner_date = kyiv("2012-12-11 16:02:11")
    inner_root = multipart("mixed", [text_part(inner_text, cs),
                                     attachment(xls, "Чернігівська РДА_ВУ_грудень.xls", "2047B", cs)],
                           "----=_NextPart_000_0035_01CDD7C1.8F2A6B30",
                           preamble="This is a multipart message in MIME format.")
    inner_hs = [("From", addr("Мартиненко Зінаїда", "rda-chernihiv@example.gov.ua", cs)),
                ("To", "<uvp@cg.ukrtel.com>"),
                ("Subject", ew("Інформація Чернігівської РДА — Відкритий уряд", cs, "B")),
                ("Date", rfc_date(inner_date)),
                ("Message-ID", "<003401cdd7b0$8f2a6b30$ad7f4190$@example.gov.ua>"),
                ("MIME-Version", "1.0")] + client("outlook2007")
    inner = message(inner_hs, inner_root)
    text = ("Доброго дня!\n\nПересилаємо наш лист від 11.12.2012 — він повернувся, бо адресу "
            "набрали з помилкою (uvp@cg.ukrtel.com). Інформація Чернігівської РДА — у вкладенні "
            "до листа.\n\nЗ повагою\nЗінаїда Мартиненко\nвідділ організаційної роботи та "
            "інформаційної діяльності апарату Чернігівської РДА")
    alt = multipart("alternative", [text_part(text, cs), text_part(outlook_html(
        text, cs, "Microsoft Word 12 (filtered medium)"), cs, subtype="html")],
        "----=_NextPart_001_0041_01CDD936.2E7C5A10")
    root = multipart("mixed", [alt, rfc822_part(inner, extra=[("Content-Disposition", "attachment")])],
                     "----=_NextPart_000_0040_01CDD936.2E7C5A10",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2012-12-13 11:20:08")
    hs = envelope(d, addr("Мартиненко Зінаїда", "rda-chernihiv@example.gov.ua", cs),
                  ew("FW: Інформація Чернігівської РДА — Відкритий уряд", cs, "B"),
                  "004001cdd925$2e7c5a10$8a750e30$@example.gov.ua", client("outlook2007"))
    return message(hs, root)


CALLS = [
    "The office forwards its own letter of 10.06.2013 (received before) with a correction typed "
    "above it: only the correction counts; the forwarded п. 6 and п. 7 were counted when they came.",
    "The correction moves the planning schemes from п. 2 to п. 1 and says in its own words where "
    "they are on the unit's site: new text on the site (1).",
    "«За п. 2: у рубриці «Хід виконання цільових програм» … розміщено звіт» is the rubric's act (2). "
    "«Решта інформації — без змін» is a placeholder.",
]
KEY = {"class": "mixed", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction above an inline Outlook forward of the office's own earlier report: "
               "it moves an answer from measure 2 to measure 1 and then gives a real answer on 2.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}]}


@register("mx-su-mistobuduvannia", KEY, CALLS)
def _():
    old = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
           "облдержадміністрації\n\n"
           "Управління містобудування та архітектури облдержадміністрації інформує:\n"
           "п. 1 — сайт управління оновлюється щотижня, за півріччя розміщено 26 новин.\n"
           "п. 2 — на сайті розміщено схеми планування територій Бахмацького, Ічнянського та "
           "Корюківського районів.\n"
           "п. 6 — проведено громадські слухання щодо проекту генерального плану м. Остер "
           "(23.04.2013).\n"
           "п. 7 — до складу архітектурно-містобудівної ради при управлінні включено 2 "
           "представників ГО «Спілка архітекторів Чернігівщини».\n"
           "п. 8, 9, 12 — не проводились.\n\n"
           "Заступник начальника управління — заступник головного архітектора області    "
           "В.М. Гуменюк")
    new = ("Уточнення до нашої інформації від 10.06.2013 (нижче).\n\n"
           "Інформацію про схеми планування територій районів, яку помилково вказано в п. 2, "
           "просимо вважати інформацією за п. 1: схеми розміщено в розділі «Містобудівна "
           "документація» сайту управління.\n"
           "За п. 2: у рубриці «Хід виконання цільових програм» на офіційному сайті "
           "облдержадміністрації 05.06.2013 розміщено звіт про виконання Програми розроблення "
           "(оновлення) містобудівної документації на 2011–2015 роки за 2012 рік.\n\n"
           "Решта інформації — без змін.\n\n"
           "Гуменюк Віталій\n67-62-14")
    header = ["Від: Управління містобудування та архітектури [mailto:mistobuduvannia@example.gov.ua] ",
              "Надіслано: 10 червня 2013 р. 16:41",
              "Кому: 'uvp@cg.ukrtel.net'",
              "Тема: Інформація УМА про виконання Плану ВУ"]
    text = new + "\n\n" + "\n".join(header) + "\n\n" + old
    cs = "windows-1251"
    html = outlook_reply_html(cs, new, header, old, "", "Microsoft Word 14 (filtered medium)")
    root = multipart("alternative", [text_part(text, cs), text_part(html, cs, subtype="html")],
                     "----=_NextPart_000_0072_01CE6837.1B3F0C20",
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-06-13 14:02:30")
    hs = envelope(d, addr("Управління містобудування та архітектури",
                          "mistobuduvannia@example.gov.ua", cs),
                  ew("FW: Інформація УМА про виконання Плану ВУ", cs, "B"),
                  "007101ce6826$1b3f0c20$51bd2460$@example.gov.ua", client("outlook2010"),
                  more=[("Thread-Index", "Ac5l3KfT0wqjS9yMQm6mbQ2wZrQd6QCSsS0Q")])
    return message(hs, root)


CALLS = [
    "The cover note's «за пп. 6, 7, 12 — у вкладенні» is a pointer; its own paragraph «Додатково "
    "щодо сайту» reports on the body's own: the district site's new section.",
    "That section is called «Виконання місцевих бюджетів», like the ОДА rubric of measure 2, but it "
    "is on the district's own site: measure 1, not 2.",
    "The .docx answers 6, 7 and 12 under their numbers; the body and the attachment report "
    "different measures and each is its own source.",
]
KEY = {"class": "mixed", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A cover note that reports the site (under a section named like measure 2's rubric) "
               "while its attachment reports 6, 7 and 12.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "Інформація_Прилуцька_РДА_IV_кв_2012.docx"},
                 {"measure": 7, "source": "Інформація_Прилуцька_РДА_IV_кв_2012.docx"},
                 {"measure": 12, "source": "Інформація_Прилуцька_РДА_IV_кв_2012.docx"}]}


@register("mx-rda-pryluky", KEY, CALLS)
def _():
    paras = [
        "п. 6 — у IV кварталі проведено громадські слухання щодо проекту районного бюджету на "
        "2013 рік (10.12.2012) та зустріч з мешканцями с. Ладан щодо водопостачання (22.11.2012).",
        "п. 7 — членів громадської ради включено до складу районної ради з питань розвитку "
        "підприємництва та районної комісії з питань захисту прав споживачів.",
        "п. 12 — у листопаді ГО «Прилуцька ініціатива» провела громадську антикорупційну "
        "експертизу проекту розпорядження «Про порядок надання в оренду майна спільної власності "
        "територіальних громад району», її пропозиції враховано в остаточній редакції.",
    ]
    html = ("<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>Прилуцької районної державної адміністрації "
            "про виконання Плану заходів (IV квартал 2012 року)</p>\n"
            + "\n".join(f"<p>{esc(p)}</p>" for p in paras)
            + "\n<p>&nbsp;</p><p>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
              "&nbsp;&nbsp;&nbsp;&nbsp;С.П. Мазур</p>")
    docx = document("mx-rda-pryluky", "docx", html)
    text = ("Добрий день!\n\n"
            "Інформація Прилуцької райдержадміністрації за пп. 6, 7, 12 — у вкладенні (підписаний "
            "примірник надіслано поштою).\n\n"
            "Додатково щодо сайту: 11.12.2012 на офіційному веб-сайті райдержадміністрації "
            "відкрито розділ «Виконання місцевих бюджетів», де щомісяця розміщуватиметься звіт про "
            "виконання районного бюджету; перший звіт (за 11 місяців) уже розміщено.\n\n"
            "-- \nСектор інформаційної діяльності та комунікацій з громадськістю\n"
            "апарату Прилуцької РДА")
    root = multipart("mixed", [text_part(flowed(text), "utf-8", "8bit", params="; format=flowed"),
                               attachment(docx, "Інформація_Прилуцька_РДА_IV_кв_2012.docx", "2231")],
                     "------------040807090305060102000809",
                     preamble="This is a multi-part message in MIME format.")
    d = kyiv("2012-12-14 10:10:48")
    hs = envelope(d, addr("Прилуцька РДА", "rda-pryluky@example.gov.ua"),
                  ew("Інформація Прилуцької РДА (Відкритий уряд)", "utf-8", "B"),
                  "50CADE58.9020305@example.gov.ua", client("thunderbird17"))
    return message(hs, root)


CALLS = [
    "One paragraph honestly covers two neighbours: meetings with parents held as consultations "
    "under resolution 996 (6) and the draft programme put to the Public Council's committee with "
    "members' proposals taken (9). Both count; «оприлюднено на сайті управління» is the outlet.",
    "The Word-formatted subject headings («Громадське обговорення проекту…», «Колегія "
    "управління») carry no numbers; the collegium paragraph is 8.",
    "«Як і обіцяли» refers to the promise nr-su-osvita: this mail is the report.",
    "The inline logo image001.png is part of the signature: no source of items.",
]
KEY = {"class": "mixed", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML (multipart/related with an inline logo) in prose: one paragraph covers "
               "consultations and a draft's discussion with council members, the next the "
               "collegium.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@register("mx-su-osvita", KEY, CALLS)
def _():
    h1 = "Громадське обговорення проекту Програми розвитку освіти області на 2013–2017 роки"
    p1 = ("Проект Програми оприлюднено на сайті управління 15.04.2013; проведено 3 зустрічі з "
          "батьківською громадськістю у Ніжині, Прилуках та Чернігові (консультації з "
          "громадськістю відповідно до постанови КМУ № 996), проект розглянуто на засіданні "
          "гуманітарного комітету Громадської ради при облдержадміністрації, 9 пропозицій членів "
          "ради враховано.")
    h2 = "Колегія управління"
    p2 = ("Наказом від 20.05.2013 № 173 до складу колегії управління введено голову комітету з "
          "гуманітарних питань Громадської ради при облдержадміністрації Гордієнко Т.П.; зміни до "
          "Положення про управління не знадобилися.")
    intro = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю "
             "облдержадміністрації\n\nЯк і обіцяли, надсилаємо інформацію управління освіти і науки "
             "облдержадміністрації про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 "
             "року.")
    sig = ("З повагою\nВ.В. Мельник\nзаступник начальника управління освіти і науки "
           "облдержадміністрації\nтел. (0462) 67-57-03")
    text = intro + "\n\n" + h1 + "\n" + p1 + "\n\n" + h2 + "\n" + p2 + "\n\n" + sig
    cs = "windows-1251"
    cid = "image001.png@01CE68F7.4C5E2A10"
    body = ("\n".join(f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}<o:p></o:p></p>"
                      for l in intro.split("\n"))
            + f"\n<p class=MsoNormal>&nbsp;</p><p class=MsoNormal><b><span style='color:#1F497D'>"
              f"{esc(h1)}</span></b><o:p></o:p></p>\n<p class=MsoNormal style='text-indent:"
              f"1.0cm;text-align:justify'>{esc(p1)}<o:p></o:p></p>\n<p class=MsoNormal>&nbsp;</p>"
              f"<p class=MsoNormal><b><span style='color:#1F497D'>{esc(h2)}</span></b><o:p></o:p>"
              f"</p>\n<p class=MsoNormal style='text-indent:1.0cm;text-align:justify'>{esc(p2)}"
              "<o:p></o:p></p>\n<p class=MsoNormal>&nbsp;</p>"
              f"<p class=MsoNormal><img width=48 height=24 id=\"Picture_x0020_1\" "
              f"src=\"cid:{cid}\" alt=\"logo\"><o:p></o:p></p>\n"
            + "\n".join(f"<p class=MsoNormal><span style='font-size:9.0pt'>{esc(l)}</span>"
                        "<o:p></o:p></p>" for l in sig.split("\n")))
    html = outlook_html("", cs, extra_body=body)
    alt = multipart("alternative", [text_part(text, cs), text_part(html, cs, subtype="html")],
                    "----=_NextPart_001_0088_01CE68F7.4C5E2A10")
    img = Part([("Content-Type", 'image/png;\r\n\tname="image001.png"'),
                ("Content-Transfer-Encoding", "base64"), ("Content-ID", f"<{cid}>")],
               body_bytes(png_logo(), "base64"))
    root = multipart("related", [alt, img], "----=_NextPart_000_0087_01CE68F7.4C5E2A10",
                     params=' type="multipart/alternative";',
                     preamble="This is a multipart message in MIME format.")
    d = kyiv("2013-06-14 12:37:15")
    hs = envelope(d, addr("Мельник Валентина", "osvita@example.gov.ua", cs),
                  ew("Інформація управління освіти і науки (Відкритий уряд) І півріччя 2013", cs,
                     "B"),
                  "008601ce68e6$4c5e2a10$e51a7e30$@example.gov.ua", client("outlook2010"))
    return message(hs, root)


CALLS = [
    "The body is declared koi8-r but written in koi8-u (і, ї, є come out as box-drawing "
    "characters in a koi8-r reader); the clerk reads what was typed and counts the body.",
    "The .doc is last period's report «для довідки», sent before on 11.06.2013: nothing in it "
    "counts now (earlier period), though it answers 6, 7 and 12 in words.",
    "The body's site paragraph names the section «Звернення громадян» with the district head's "
    "«пряма лінія» phone: site work (1), not measure 5.",
    "In the .xls only rows 6 and 9 answer; 7 «—», 10 «без змін», 12 «-» are placeholders.",
]
KEY = {"class": "mixed", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A The Bat! body labelled koi8-r but written in koi8-u, with this period's .xls and "
               "last period's .doc «для довідки»; the body's site paragraph mentions a head's "
               "«пряма лінія».",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "Семенівка_ВУ_ІІ_пів_2013.xls"},
                 {"measure": 9, "source": "Семенівка_ВУ_ІІ_пів_2013.xls"}]}


@register("mx-rda-semenivka", KEY, CALLS)
def _():
    rows = [["Пункт", "Виконання (ІІ півріччя 2013 р.)"],
            ["6", "03.12.2013 проведено громадські слухання щодо проекту районного бюджету на 2014 "
                  "рік (62 учасники); у жовтні — опитування батьків щодо підвезення учнів."],
            ["7", "—"],
            ["9", "Проект районної програми «Шкільний автобус» на 2014–2016 роки обговорено з "
                  "членами громадської ради (29.10.2013), 3 пропозиції враховано."],
            ["10", "без змін"],
            ["12", "-"]]
    xls = sheet("mx-rda-semenivka", "xls", rows)
    old = [
        "п. 6 — 21.03.2013 проведено громадські слухання щодо звіту про виконання районного "
        "бюджету за 2012 рік.",
        "п. 7 — до складу районної комісії з питань захисту прав дитини включено представника ГО "
        "«Семенівські берегині».",
        "п. 12 — громадські експертизи не проводились, запитів не надходило.",
    ]
    html = ("<p align=\"center\"><b>Інформація Семенівської районної державної адміністрації про "
            "виконання Плану заходів (І півріччя 2013 року)</b></p>\n"
            + "\n".join(f"<p>{esc(p)}</p>" for p in old)
            + "\n<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;О.В. Тарасенко</p>")
    doc = document("mx-rda-semenivka-old", "doc", html)
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\n"
            "Семенівська райдержадміністрація надсилає інформацію про виконання Плану заходів за "
            "ІІ півріччя 2013 року (таблиця у вкладенні). Для довідки додаємо також нашу "
            "інформацію за І півріччя, яку надсилали 11.06.2013.\n\n"
            "Щодо п. 1: на офіційному веб-сайті райдержадміністрації створено рубрику \"Відкритий "
            "уряд\", куди перенесено всі звіти про виконання Плану, та оновлено розділ "
            "\"Звернення громадян\" (графік особистого прийому, телефон \"прямої лінії\" голови "
            "РДА).\n\n"
            "Заступник голови райдержадміністрації          О.В. Тарасенко\n\n"
            "-- \nЗ повагою,\n Семенівська РДА")
    body = Part([("Content-Type", 'text/plain; charset="koi8-r"'),
                 ("Content-Transfer-Encoding", "8bit")],
                body_bytes(crlf(plain7(text)).encode("koi8-u"), "8bit"))
    root = multipart("mixed", [body,
                               attachment(xls, "Семенівка_ВУ_ІІ_пів_2013.xls", "2047B", "koi8-u"),
                               attachment(doc, "Семенівка_ВУ_І_пів_2013.doc", "2047B", "koi8-u")],
                     "----------1F0E3D2C4B5A697")
    d = kyiv("2013-12-13 15:55:21")
    hs = envelope(d, addr("Semenivka RDA", "rda-semenivka@example.gov.ua"),
                  ew(plain7("Інформація Семенівської РДА (ІІ півріччя 2013)"), "koi8-u", "B"),
                  "1740394821.20131213155521@example.gov.ua", client("thebat"))
    return message(hs, root)

# =============================================================================================
# Checks, outputs and the README
# =============================================================================================

PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
          "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}
KEY_FIELDS = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]


def _filenames(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.append(str(fn))
    return names


def _received_dates(msg):
    out = []
    for r in msg.get_all("Received", []):
        out.append(email.utils.parsedate_to_datetime(str(r).rsplit(";", 1)[1].strip()))
    return out


def check(m, raw):
    name, key = m["name"], m["key"]
    errs = []
    if list(key) != KEY_FIELDS:
        errs.append(f"key fields {list(key)}")
    if PREFIX.get(name.split("-")[0]) != key["class"]:
        errs.append("class does not match prefix")
    if key["executor"] not in EXECUTORS:
        errs.append(f"unknown executor {key['executor']}")
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    if pairs != sorted(set(pairs)):
        errs.append("items not sorted/unique")
    if any(list(i) != ["measure", "source"] for i in items):
        errs.append("item fields")
    if any(not isinstance(mm, int) or not 1 <= mm <= 15 for mm, _ in pairs):
        errs.append("measure out of 1-15")
    if key["kind"] == "not_report":
        if key["class"] != "not_report" or items or key["reason"] not in REASONS:
            errs.append("not_report key malformed")
    elif key["kind"] != "report" or key["reason"] is not None or not items:
        errs.append("report key malformed")
    if not key["note"] or not key["note"].endswith("."):
        errs.append("note")
    # bytes
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("bare LF or CR")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        errs.append("line longer than 998")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    # period
    date = email.utils.parsedate_to_datetime(msg["Date"])
    local = to_kyiv(date)
    if local.utcoffset() != date.utcoffset():
        errs.append("Date is not written in Kyiv time")
    p, late = period_of(local.date())
    if (p, late) != (key["period"], key["late"]):
        errs.append(f"period/late {p}/{late} by Date, key says {key['period']}/{key['late']}")
    recs = _received_dates(msg)
    if not recs:
        errs.append("no Received")
    else:
        top = to_kyiv(recs[0])
        delta = (recs[0] - date).total_seconds()
        if not (1 <= delta <= 60) or top.date() != local.date():
            errs.append(f"top Received {delta}s after Date / other day")
        if any(r > recs[0] for r in recs[1:]):
            errs.append("a lower Received is newer than the top one")
    # addresses
    to = email.utils.getaddresses([str(msg["To"])])
    if [a for _, a in to] != [MAILBOX]:
        errs.append("To is not the mailbox")
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    registered = {a.lower(): e["id"] for e in EXECUTORS.values() for a in e.get("emails", [])}
    if key["class"] == "personal_address":
        if frm in EXECUTORS[key["executor"]].get("emails", []):
            errs.append("personal_address mail sent from the executor's own box")
    elif registered.get(frm) != key["executor"]:
        errs.append(f"From {frm} is not the executor's registered box")
    if frm == MAILBOX:
        errs.append("sent from the mailbox itself")
    # attachments
    names = _filenames(msg)
    for _, src in pairs:
        if src != "body" and src not in names:
            errs.append(f"source {src!r} not in mail ({names})")
    for part in msg.walk():
        if part.get_filename():
            data = part.get_payload(decode=True) or b""
            if len(data) > 60 * 1024:
                errs.append(f"{part.get_filename()} over 60 KB")
            if str(part.get_filename()).lower().endswith(".pdf"):
                if shutil.which("pdftotext"):
                    WORK.mkdir(parents=True, exist_ok=True)
                    tmp = WORK / "check.pdf"
                    tmp.write_bytes(data)
                    out = subprocess.run(["pdftotext", str(tmp), "-"], capture_output=True,
                                         text=True).stdout
                    if len(out.strip()) < 200:
                        errs.append("pdf without a text layer")
        ctype = part.get_content_type()
        if ctype.startswith("text/") and not part.get_filename():
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError):
                errs.append(f"text part does not decode as {cs}")
    return errs, msg


def describe(msg):
    """'parts and charset' for the README table."""
    def one(part, depth=0):
        ct = part.get_content_type()
        if part.is_multipart():
            inner = " + ".join(one(p, depth + 1) for p in part.iter_parts()) \
                if ct != "message/rfc822" else one(part.get_payload()[0], depth + 1)
            if ct == "message/rfc822":
                return f"message/rfc822[{inner}]"
            return f"{ct.split('/')[1]}({inner})"
        fn = part.get_filename()
        if fn:
            return "." + str(fn).rsplit(".", 1)[-1].lower()
        cs = part.get_param("charset") or ""
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        cte = {"quoted-printable": "QP", "base64": "b64"}.get(cte, cte)
        return f"{ct.split('/')[1]} {cs} {cte}".strip()
    if msg.get_content_type() == "message/rfc822":
        return one(msg)
    return one(msg)


def client_of(msg):
    mailer = str(msg.get("X-Mailer", "") or msg.get("User-Agent", ""))
    for k, hs in CLIENTS.items():
        for n, v in hs:
            if n in ("X-Mailer", "User-Agent") and v == mailer:
                return CLIENT_NAMES[k]
    mid = str(msg.get("Message-ID", ""))
    if "mail.gmail.com" in mid or "google.com" in mid:
        return "Gmail"
    return "?"


def main():
    seen = {}
    problems = []
    rows = []
    ids = set()
    for m in MAILS:
        name = m["name"]
        if name in seen:
            problems.append(f"{name}: duplicate name")
        seen[name] = True
        raw = m["build"]()
        (HERE / f"{name}.eml").write_bytes(raw)
        key = m["key"]
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(key, ensure_ascii=False, indent=2) + "\n", "utf-8")
        errs, msg = check(m, raw)
        mid = str(msg["Message-ID"])
        if mid in ids:
            errs.append("duplicate Message-ID")
        ids.add(mid)
        problems += [f"{name}: {e}" for e in errs]
        rows.append((m, msg))
    # corpus-wide
    if len(MAILS) != 40:
        problems.append(f"{len(MAILS)} mails, not 40")
    for pfx, cls in PREFIX.items():
        n = sum(1 for m in MAILS if m["key"]["class"] == cls)
        if n != 5:
            problems.append(f"class {cls}: {n} mails, not 5")
    measures = {i["measure"] for m in MAILS for i in m["key"]["items"]}
    if measures != set(range(1, 16)):
        problems.append(f"measures never reported: {sorted(set(range(1, 16)) - measures)}")
    stale = {p.name for p in HERE.glob("*.eml")} - {m["name"] + ".eml" for m in MAILS}
    for s in sorted(stale):
        problems.append(f"stray file {s}")
    write_readme(rows)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    n_items = sum(len(m["key"]["items"]) for m in MAILS)
    print(f"ok: {len(MAILS)} mails, {n_items} items, README.md written")


README_HEAD = """# border — 40 hard report mails on the borders between neighbouring measures

Theme: work that sits on the border between two close measures of the plan, written the way
clerks describe it, so that a careful reader can tell which measure a statement answers and a
careless one cannot: the official site itself (1) against its rubrics on target programmes and
local budgets (2) and against material that is merely *published* on a site as the outlet of some
other work; the web resource «Чернігівська громада» (3) against its forum (4); the head's hot
line (5) against citizens' appeals in general and against a unit's or district head's own line;
consultations under resolution 996 (6) against discussion of draft orders and programmes with
council members (9), against public discussion of this plan's own execution (15) and against
public expert and anti-corruption reviews (12); civil-society members in advisory bodies (7)
against committee heads in collegia (8) and against the openness commission or working group at
public councils (10); training seminars (13) against methodological guides (14) against Open
Door Days (11). Passing mentions of the neighbour sit inside statements about the other
measure; some paragraphs honestly cover two neighbours; site sections are named after other
bodies («Громадська рада», «Консультації з громадськістю», «Звернення громадян»); some
answers are a one-word subject («Сайт –», «Експертизи –», «Колегія», a Subject «форум»).

## How it was written

I read only the brief, `/work/shared/seed/plan-uk.txt` and `plan-en.md`,
`/work/main/config/plan.toml`, the two templates (`reminder.txt.j2`, `receipt.txt.j2`) and
`/work/main/docs/semantics.md`. Nothing else under `/work/main`, `/work/unseen` or `/work` was
opened, and zvit was not run.

Everything is built by `make.py` (Python 3 standard library only). For each mail it holds, in
this order, the judgement calls (`CALLS`), the answer key (`KEY = {...}`, written before the
text) and the builder that writes the text. Each builder assembles its MIME tree by hand
(`Part`, `text_part`, `attachment`, `multipart`, `rfc822_part`), so the bytes are exactly what
the client it imitates would send: Outlook's `----=_NextPart_` boundaries and Word HTML twins,
Thunderbird's RFC 2231 file names and `format=flowed`, The Bat! and Outlook Express in koi8-u
and windows-1251, web mail blockquotes, an iPhone bottom post. Quoted reminders and receipts are
rendered from zvit's own templates (`render_reminder`, `render_receipt`). Dates are Kyiv wall
time (EU summer-time rule, implemented in `make.py`), each mail has a top `Received:` header a few
seconds after its `Date:`.

Office attachments are written in `make.py` as HTML (documents) or CSV (sheets; every column
imported as text so «1–2» or «6, 9» stay what the clerk typed), stored under `attachments/src/`,
and converted once with `soffice --headless -env:UserInstallation=file:///tmp/border-work/lo
--convert-to …`. The converted files are kept in `attachments/` and reused; a source is converted
again only when its text changes (a SHA-256 stamp beside it). PDFs carry a text layer (checked
with `pdftotext` on every run). The tiny PNG of the Word HTML mail is drawn by `make.py`.

`python3 make.py` writes every `NAME.eml` and `NAME.expected.json`, this README, and checks:
class against prefix; executor is a plan.toml id; key fields and order; items sorted by
(measure, source) and unique, measures 1–15; a not_report has a reason and no items; period and
late agree with the `Date:` header in Europe/Kyiv; the top `Received:` is 1–60 s later on the
same Kyiv day; every attachment source exists in the mail (nested ones too); CRLF only, no line
over 998 bytes; every text part decodes in its declared charset; To is the mailbox; registered
senders use their plan.toml address, personal-address mails do not; attachments under 60 KB;
40 mails, 5 per class, every measure 1–15 reported somewhere.

## The key in short

- `executor`: whose report it is; for a private or borrowed box, the office named in the body or
  signature (never the addressee УВП); for a forward, the office whose report is forwarded.
- `period`/`late`: from `Date:` in Kyiv time; 1–3 days after a deadline is that period, late.
- `items`: one per (measure, source); `body` for the top-level text (plain and HTML twins count
  once), otherwise the attachment's decoded file name (also inside a message/rfc822).
- Counted: the mail's own new text stating work done or in place on a measure, or stating what
  was not done while naming the measure (its number, its quoted item, or the plan's word for its
  subject). A range or list answered as one block counts every measure in it.
- Not counted: placeholders («—», «-», «х», «немає», empty, «+», a bare «не проводились», «без
  змін», one word that only names a subject), «не стосується», promises, quoted mail, passing
  mentions (a site or resource named only as the outlet of other work; a neighbour named inside
  a statement about something else), questions, invitations, own numbering, counts, dates and
  document numbers, covering sentences and pointers, measure 16.
- Border rule used throughout: a statement counts for the measure whose *act* it reports (a
  rubric filled on the ОДА site → 2; a section of an office's own site, whatever it is called
  → 1; a guide posted on the resource → 14; a hearing on a draft open to all residents → 6; a
  draft put to council members → 9; the plan's own execution discussed → 15; people taken into
  an advisory body → 7; a committee head in a collegium → 8; a commission or working group on
  openness recommended or set up at a public council → 10).
"""


def write_readme(rows):
    out = [README_HEAD]
    out.append("## Judgement calls\n")
    n = 0
    for m, _ in rows:
        for c in m["calls"]:
            n += 1
            out.append(f"{n}. **{m['name']}** — {c}")
    out.append("")
    # totals
    from collections import Counter
    by_src, by_measure, by_period, by_exec, by_client, by_kind = (Counter() for _ in range(6))
    n_items = 0
    for m, msg in rows:
        k = m["key"]
        by_period[(k["period"], k["late"])] += 1
        by_exec[k["executor"]] += 1
        by_client[client_of(msg)] += 1
        for i in k["items"]:
            n_items += 1
            by_measure[i["measure"]] += 1
            src = "body" if i["source"] == "body" else "." + i["source"].rsplit(".", 1)[-1].lower()
            by_src[src] += 1
    out.append("## Totals\n")
    out.append(f"- Mails: {len(rows)} (5 per class); reports {sum(1 for m, _ in rows if m['key']['kind'] == 'report')}, "
               f"not reports {sum(1 for m, _ in rows if m['key']['kind'] == 'not_report')}.")
    out.append(f"- Items: {n_items}.")
    out.append("- Items by source: " + ", ".join(f"{s} {c}" for s, c in sorted(by_src.items())) + ".")
    out.append("- Items by measure: " + ", ".join(f"{mm}: {by_measure[mm]}" for mm in range(1, 16)) + ".")
    out.append("- Periods: " + ", ".join(
        f"{p}{' late' if late else ''}: {c}" for (p, late), c in sorted(by_period.items())) + ".")
    groups = Counter()
    for e, c in by_exec.items():
        g = EXECUTORS[e].get("groups") or ["other"]
        groups[g[0]] += c
    out.append(f"- Executors: {len(by_exec)} different ("
               + ", ".join(f"{g} {c} mails" for g, c in sorted(groups.items())) + "): "
               + ", ".join(f"{e} {c}" for e, c in sorted(by_exec.items())) + ".")
    out.append("- Clients: " + ", ".join(f"{c} {n}" for c, n in sorted(by_client.items())) + ".")
    out.append("")
    out.append("## The mails\n")
    out.append("| mail | class | executor | period | parts and charset | items | what makes it hard |")
    out.append("| --- | --- | --- | --- | --- | --- | --- |")
    for m, msg in rows:
        k = m["key"]
        items = "; ".join(
            f"{i['measure']} ({'body' if i['source'] == 'body' else i['source']})" for i in k["items"]
        ) or f"— ({k['reason']})"
        per = f"{k['period']}{' late' if k['late'] else ''}"
        cell = describe(msg).replace("|", "/")
        out.append(f"| {m['name']} | {k['class']} | {k['executor']} | {per} | {cell} | {items} | "
                   f"{k['note']} |")
    out.append("")
    (HERE / "README.md").write_text("\n".join(out), "utf-8")


if __name__ == "__main__":
    main()
