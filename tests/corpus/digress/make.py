#!/usr/bin/env python3
"""Build the «digress» corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Theme: letters that digress.  Real reports full of things that are not the report on a measure:
passing mentions of other measures, cross-references to other points and to the office's earlier
letters, the plan's own wording quoted as a heading, explanations of why a measure is someone
else's, remarks on the reporting itself (measure 16), background paragraphs about the law, the
region or the budget, statistics and dates, thanks and apologies, long signatures with outgoing
numbers.  Each mail still reports on some measures; the eight classes of the brief, five each.

Python 3 standard library only.  Run:  python3 make.py
Every mail's KEY literal stands directly above its builder and was written before its text.
Office attachments are written as HTML (documents) or CSV (sheets) under attachments/src and
converted once with LibreOffice; the converted files are kept in attachments/ and reused, so a
second run (or a run without soffice) rebuilds byte-identical mail.
"""

import base64
import csv
import datetime as dt
import email
import email.header
import email.utils
import hashlib
import io
import json
import os
import quopri
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import tomllib
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
WORK = "/tmp/digress-work"
PLAN_TOML = "/work/main/config/plan.toml"
KYIV = ZoneInfo("Europe/Kyiv")
CRLF = b"\r\n"
UVP = "uvp@cg.ukrtel.net"

CLASSES = {
    "ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
    "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed",
}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# ------------------------------------------------------------------------------------------
# Registry
# ------------------------------------------------------------------------------------------

MAILS = []


def mail(key):
    """Register a builder together with the KEY literal written directly above it."""
    def deco(fn):
        MAILS.append((fn.__name__, key, fn))
        return fn
    return deco


def uid(name, salt, n=16):
    return hashlib.sha1(f"{name}/{salt}".encode()).hexdigest()[:n]


# ------------------------------------------------------------------------------------------
# Encodings
# ------------------------------------------------------------------------------------------

def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def enc_body(data: bytes, cte: str) -> bytes:
    """Encode a body (given with LF line ends) for a transfer encoding; result has CRLF."""
    if cte == "quoted-printable":
        out = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        return crlf(out if out.endswith(b"\n") else out + b"\n")
    if cte == "base64":
        return crlf(base64.encodebytes(data))
    # 7bit / 8bit: lines must stay under 998 octets
    out = crlf(data)
    assert all(len(x) < 990 for x in out.split(b"\r\n")), "8bit line too long"
    return out if out.endswith(CRLF) else out + CRLF


def ew(s, cs="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words for s (a list; join with a fold or a space)."""
    def word(t):
        b = t.encode(cs)
        if enc == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = ""
            for ch in t:
                if ch.isascii() and ch.isalnum():
                    payload += ch
                elif ch == " ":
                    payload += "_"
                else:
                    payload += "".join("=%02X" % x for x in ch.encode(cs))
        return f"=?{cs}?{enc}?{payload}?="
    words, cur = [], ""
    for ch in s:
        if cur and len(word(cur + ch)) > maxlen:
            cut = cur.rfind(" ")             # break between words where one can
            if cut > 0:
                words.append(word(cur[:cut + 1]))
                cur = cur[cut + 1:] + ch
            else:
                words.append(word(cur))
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return words


def hdr_text(s, cs="utf-8", enc="B"):
    """An unstructured header value: ASCII as is, otherwise folded encoded words."""
    if s.isascii():
        return s
    return "\r\n ".join(ew(s, cs, enc))


def addr(name, address, cs="utf-8", enc="B", quote=True):
    if not name:
        return address
    if name.isascii():
        return f'"{name}" <{address}>' if quote else f"{name} <{address}>"
    return "\r\n ".join(ew(name, cs, enc)) + f" <{address}>"


def wrap(text, width=76):
    """Hard-wrap long lines the way 8bit mailers do (quoted lines are wrapped with their prefix)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)", line)
        prefix = m.group(1) if m else ""
        body = line[len(prefix):]
        parts = textwrap.wrap(body, width - len(prefix), break_long_words=False,
                              break_on_hyphens=False) or [""]
        out.extend(prefix + p for p in parts)
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() else line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


# ------------------------------------------------------------------------------------------
# MIME parts: a part is (headers: list of (name, value)), body bytes with CRLF
# ------------------------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}".encode("ascii") + CRLF
        return out + CRLF + self.body


def text(s, subtype="plain", cs="utf-8", cte="quoted-printable", ct=None, raw_cs=None,
         extra=(), style="outlook"):
    """A text leaf.  raw_cs: the charset the bytes are really in (for mislabelled mail)."""
    data = s.replace("\r\n", "\n").encode(raw_cs or cs)
    if ct is None:
        if style == "outlook":
            ct = f'text/{subtype};\r\n\tcharset="{cs}"'
        else:
            ct = f"text/{subtype}; charset={cs}"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte), *extra],
                enc_body(data, cte))


def multipart(subtype, parts, boundary, params="", preamble=None, style="outlook"):
    if style == "outlook":
        ct = f'multipart/{subtype};\r\n\tboundary="{boundary}"{params}'
    else:
        ct = f'multipart/{subtype}; boundary="{boundary}"{params}'
    body = b""
    if preamble:
        body += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.render() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", ct)], body)


def fname_params(filename, style, cs):
    """(content-type name param, content-disposition filename param) in a client's style."""
    if style == "ascii":
        return f'name="{filename}"', f'filename="{filename}"'
    if style in ("b", "q"):
        words = " ".join(ew(filename, cs, style.upper()))
        return f'\r\n\tname="{words}"', f'\r\n\tfilename="{words}"'
    def pct_of(t):
        return "".join(chr(b) if (chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-_.")) else
                       "%%%02X" % b for b in t.encode(cs))
    pct = pct_of(filename)
    if style == "2231":
        nm = " ".join(ew(filename, cs, "B"))
        return f'\r\n name="{nm}"', f"\r\n filename*={cs}''{pct}"
    if style == "2231c":
        chunks, cur = [], ""
        for ch in filename:          # split between characters, never inside one
            piece = pct_of(ch)
            if cur and len(cur) + len(piece) > 42:
                chunks.append(cur)
                cur = ""
            cur += piece
        chunks.append(cur)
        disp = ""
        for n, c in enumerate(chunks):
            pre = f"{cs}''" if n == 0 else ""
            disp += f";\r\n filename*{n}*={pre}{c}"
        nm = " ".join(ew(filename, cs, "B"))
        return f'\r\n name="{nm}"', disp[1:]
    raise ValueError(style)


def attachment(filename, data, ctype, style="b", cs="utf-8", cte="base64",
               disposition="attachment", extra=(), sep=";"):
    name_p, file_p = fname_params(filename, style, cs)
    if style == "2231c":
        disp = f"{disposition};{file_p}"
    else:
        disp = f"{disposition};{file_p if file_p.startswith(chr(13)) else ' ' + file_p}"
    ct = f"{ctype};{name_p if name_p.startswith(chr(13)) else ' ' + name_p}"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", disp), *extra], enc_body(data, cte))


def rfc822(inner: bytes, filename=None):
    hs = [("Content-Type", "message/rfc822")]
    if filename:
        hs.append(("Content-Disposition", f'attachment;\r\n\tfilename="{filename}"'))
    return Part(hs, inner if inner.endswith(CRLF) else inner + CRLF)


def png(width, height, colour=(0, 87, 183), stripe=(255, 215, 0)):
    """A small PNG (two stripes) made with zlib only: a letterhead emblem."""
    rows = b""
    for y in range(height):
        c = colour if y < height // 2 else stripe
        rows += b"\x00" + bytes(c) * width
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + \
        chunk(b"IEND", b"")


# ------------------------------------------------------------------------------------------
# Office files: HTML or CSV sources converted once with LibreOffice, results kept
# ------------------------------------------------------------------------------------------

FILTERS = {
    "xls": ('CSV:44,34,76,1', 'xls:MS Excel 97'),
    "xlsx": ('CSV:44,34,76,1', 'xlsx:Calc MS Excel 2007 XML'),
    "ods": ('CSV:44,34,76,1', 'ods:calc8'),
    "doc": ('HTML (StarWriter)', 'doc:MS Word 97'),
    "docx": ('HTML (StarWriter)', 'docx:MS Word 2007 XML'),
    "odt": ('HTML (StarWriter)', 'odt:writer8'),
    "rtf": ('HTML (StarWriter)', 'rtf:Rich Text Format'),
    "pdf": ('HTML (StarWriter)', 'pdf:writer_pdf_Export'),
}

HTML_HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: 'Times New Roman', 'DejaVu Serif', serif; font-size: 13pt; }}
p {{ margin: 0 0 6pt 0; text-align: justify; }}
td, th {{ font-size: 11pt; vertical-align: top; padding: 2pt 4pt; }}
</style></head><body>
"""


def office(stem, ext, source):
    """Return the bytes of attachments/<stem>.<ext>, converting attachments/src/<stem>.{csv,html}.

    source: a list of rows (sheet, written as CSV) or an HTML body string (document).
    """
    os.makedirs(SRC, exist_ok=True)
    if isinstance(source, list):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(source)
        data, src_ext = buf.getvalue().encode("utf-8"), "csv"
    else:
        title = re.sub(r"<[^>]+>", "", re.sub(r"<br>", " ", source.strip().split("\n")[0]))[:80]
        data = (HTML_HEAD.format(title=title) + source + "\n</body></html>\n").encode("utf-8")
        src_ext = "html"
    src = os.path.join(SRC, f"{stem}.{src_ext}")
    out = os.path.join(ATT, f"{stem}.{ext}")
    fresh = os.path.exists(out) and os.path.exists(src) and open(src, "rb").read() == data
    if not fresh:
        with open(src, "wb") as f:
            f.write(data)
        infilter, convert = FILTERS[ext]
        conv = os.path.join(WORK, "conv")
        os.makedirs(conv, exist_ok=True)
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo",
               f"--infilter={infilter}", "--convert-to", convert, "--outdir", conv, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(conv, f"{stem}.{ext}"), out)
        print(f"  converted {stem}.{src_ext} -> {stem}.{ext}")
    return open(out, "rb").read()


MIME = {
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
}


def html_table(rows, header=True, widths=None, border=1):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="3" width="100%">']
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        cells = []
        for j, c in enumerate(r):
            w = f' width="{widths[j]}%"' if (widths and i == 0) else ""
            cells.append(f"<{tag}{w}>{c}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def paras(s):
    """Plain paragraphs (blank-line separated) -> <p> elements; single newlines -> <br>."""
    out = []
    for block in s.strip("\n").split("\n\n"):
        out.append("<p>" + block.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


KOI_SAFE = {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "—": "-", "–": "-", "№": "N",
            "…": "...", "’": "'"}


def koi(s):
    """What a KOI8 mailer can carry: typographic quotes, dashes and № typed the ASCII way."""
    return "".join(KOI_SAFE.get(c, c) for c in s)


# ------------------------------------------------------------------------------------------
# Mail clients: header styles
# ------------------------------------------------------------------------------------------

def kyiv(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfcdate(d, dayname=True):
    s = email.utils.format_datetime(d)
    return s if dayname else s.split(", ", 1)[1]


def msgid(name, client, domain):
    h = uid(name, "mid", 40)
    if client.startswith("outlook20"):
        return f"<000{h[:1]}01cd{h[1:5]}${h[5:13]}${h[13:21]}@{domain}>"
    if client in ("outlook-express", "cdo"):
        return f"<00{h[:2]}01cd{h[2:6]}${h[6:14]}$0{h[14:17]}a8c0@{domain}>"
    if client.startswith("thunderbird"):
        return f"<{h[:8].upper()}.{int(h[8:12], 16) % 9000 + 1000}{h[12:15]}@{domain}>"
    if client == "thebat":
        return f"<{int(h[:8], 16) % 10**9}.{h[8:16]}@{domain}>"
    if client == "gmail":
        return f"<CA+{h[:10]}{h[10:30].upper()}=ww@mail.gmail.com>"
    if client == "android":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@email.android.com>"
    if client == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:24]}@{domain}>"


AGENTS = {
    "outlook2003": [("X-Mailer", "Microsoft Office Outlook 11"),
                    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
                    ("Thread-Index", None)],
    "outlook2007": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", None),
                    ("Content-Language", "uk")],
    "outlook2007ru": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", None),
                      ("Content-Language", "ru")],
    "outlook2010": [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", None),
                    ("Content-Language", "uk")],
    "outlook-express": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "thunderbird10": [("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2")],
    "thunderbird17": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130107 Thunderbird/17.0.2")],
    "thunderbird24": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")],
    "thebat": [("X-Mailer", "The Bat! (v4.2.44.2) Professional"), ("X-Priority", "3 (Normal)")],
    "thebat5": [("X-Mailer", "The Bat! (v5.0.34) Professional"), ("X-Priority", "3 (Normal)")],
    "opera": [("User-Agent", "Opera Mail/12.11 (Win32)")],
    "apple": [("X-Mailer", "Apple Mail (2.1283)")],
    "iphone": [("X-Mailer", "iPhone Mail (10B329)")],
    "android": [("User-Agent", "Android Email")],
    "roundcube": [("User-Agent", "Roundcube Webmail/0.9.5")],
    "gmail": [],
    "ukrnet": [("X-Mailer", "FREEMAIL.UKR.NET")],
    "iua": [("X-Mailer", "I.UA Mail")],
    "metaua": [("X-Mailer", "Meta.Mail")],
    "cdo": [("X-Mailer", "Microsoft CDO for Windows 2000"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
}

RELAYS = {
    "example.gov.ua": ("mail.example.gov.ua", "193.108.42.17"),
    "example.org.ua": ("smtp.example.org.ua", "91.200.113.5"),
    "ukr.net": ("fsm3.ukr.net", "195.214.192.118"),
    "gmail.com": ("mail-wi0-f181.google.com", "209.85.212.181"),
    "i.ua": ("mx2.i.ua", "91.198.36.14"),
    "meta.ua": ("mail.meta.ua", "194.0.131.21"),
}


def message(name, *, date, frm, subject, body, client, cs="utf-8", enc="B", to=UVP,
            to_name=None, extra=(), delay=6, reply=None):
    """Assemble the top-level message.  frm = (display name, address)."""
    d = kyiv(date)
    r = d + dt.timedelta(seconds=delay)
    assert r.date() == d.date()
    domain = frm[1].split("@", 1)[1]
    relay, ip = RELAYS[domain]
    mid_domain = domain if domain.startswith("example") else {
        "ukr.net": "frv52.fwdcdn.com", "i.ua": "i.ua", "meta.ua": "meta.ua",
        "gmail.com": "mail.gmail.com"}[domain]
    hs = [
        ("Received", f"from {relay} ({relay} [{ip}])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id "
                     f"{uid(name, 'qid', 10).upper()}\r\n\tfor <{UVP}>; {rfcdate(r)} "
                     f"({'EEST' if r.utcoffset().seconds == 10800 else 'EET'})"),
    ]
    if domain.startswith("example"):
        hs.append(("Received", f"from [{ip.rsplit('.', 1)[0]}.{int(uid(name, 'ip', 2), 16) % 200 + 20}] "
                               f"by {relay} with ESMTPA; {rfcdate(d + dt.timedelta(seconds=max(1, delay - 3)))}"))
    mid = msgid(name, client, mid_domain)
    agent = []
    for k, v in AGENTS[client]:
        if k == "Thread-Index":
            v = base64.b64encode(hashlib.md5(name.encode()).digest()[:22] + b"\x00" * 0).decode()
        agent.append((k, v))
    to_h = addr(to_name, to, cs, enc) if to_name else to
    common = [
        ("From", addr(frm[0], frm[1], cs, enc)),
        ("To", to_h),
    ]
    subj = ("Subject", hdr_text(subject, cs, enc))
    if client.startswith("outlook") or client in ("outlook-express", "cdo"):
        hs += common + [subj, ("Date", rfcdate(d)), ("Message-ID", mid)]
    elif client.startswith("thunderbird") or client in ("opera", "thebat", "thebat5"):
        hs += [("Date", rfcdate(d)), *common, ("Message-ID", mid), subj]
    else:
        hs += [("Message-ID", mid), ("Date", rfcdate(d)), *common, subj]
    if reply:
        hs += [("In-Reply-To", reply), ("References", reply)]
    hs += [("MIME-Version", "1.0")] + agent + list(extra)
    top = Part(hs + body.headers, body.body)
    return top.render()


# ------------------------------------------------------------------------------------------
# Common texts: zvit's own reminder and receipt (executors answer under them)
# ------------------------------------------------------------------------------------------

PLAN = tomllib.load(open(PLAN_TOML, "rb"))
MEASURE = {m["number"]: m["text"] for m in PLAN["measure"]}
EXEC = {e["id"]: e for e in PLAN["executor"]}
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
              "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder(executor, deadline, today, missing, overdue=False):
    lines = ["Шановні колеги!", ""]
    if overdue:
        lines.append(f"Нагадуємо, що {deadline} минув термін подання інформації про виконання "
                     f"{PLAN_TITLE} (пункт 16 плану).")
    else:
        lines.append(f"Нагадуємо, що відповідно до пункту 16 {PLAN_TITLE} інформацію про його "
                     f"виконання необхідно надати до {deadline} на адресу електронної пошти {UVP}.")
    lines += ["", f"Станом на {today} від {EXEC[executor]['name']} не надійшла інформація за "
                  f"звітний період щодо таких пунктів плану:"]
    for m in missing:
        lines += ["", f"  {m}. {MEASURE[m]}"]
    lines += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити "
                  "графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. "
                  "Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа "
                  "або окремим документом, зазначивши номери пунктів плану.", "",
              "Просимо надати інформацію невідкладно." if overdue else
              "Просимо дотримуватися встановленого терміну.", "",
              "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо "
              "вважати його недійсним.", "", "З повагою", OFFICE]
    return lines


def receipt(executor, received, subject, period, deadline, recognised, missing):
    lines = ["Шановні колеги!", "",
             f"{OFFICE[0].upper()}{OFFICE[1:]} підтверджує отримання Вашого листа від {received} «{subject}».",
             "", f"Виконавець: {EXEC[executor]['name']}.",
             f"Звітний період: {period}-й (термін подання інформації — {deadline}).", "",
             "Розпізнано інформацію щодо таких пунктів плану:"]
    for m, ex in recognised:
        lines.append(f"  • пункт {m}: {ex}")
    lines += ["", "За цей звітний період ще очікується інформація щодо пунктів плану:"]
    for m in missing:
        lines.append(f"  {m}. {MEASURE[m]}")
    lines += ["", f"Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо "
                  f"надсилати на адресу {UVP}.", "", "З повагою", OFFICE]
    return lines


def quote(lines, prefix="> "):
    return [(prefix + l) if l else prefix.rstrip() for l in lines]


def word_html(body_html, cs="windows-1251", generator="Microsoft Word 14 (filtered medium)"):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head>\n'
            f'<meta http-equiv=Content-Type content="text/html; charset={cs}">\n'
            f'<meta name=Generator content="{generator}">\n'
            '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:"Times New Roman","serif";}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;font-family:"Calibri","sans-serif";color:windowtext;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>\n'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
            + body_html + '\n</div></body></html>\n')


def mso(s):
    """Plain paragraphs -> Word's MsoNormal paragraphs."""
    out = []
    for line in s.strip("\n").split("\n"):
        out.append(f"<p class=MsoNormal>{esc(line) if line else '&nbsp;'}<o:p></o:p></p>")
    return "\n".join(out)


def simple_html(s, cs="utf-8"):
    body = "<br>\n".join(esc(l) for l in s.strip("\n").split("\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>'
            f'<body>\n{body}\n</body></html>\n')


def alt(plain, html, name, cs="windows-1251", cte="quoted-printable", style="outlook", n="alt"):
    return multipart("alternative", [text(plain, "plain", cs, cte, style=style),
                                     text(html, "html", cs, cte, style=style)],
                     f"----=_NextPart_{uid(name, n, 3)}_{uid(name, n + 'x', 4).upper()}_01CD{uid(name, n + 'y', 4).upper()}.{uid(name, n + 'z', 8).upper()}"
                     if style == "outlook" else f"------------{uid(name, n, 24)}", style=style)


def bnd(name, n="mix", style="outlook"):
    if style == "outlook":
        return f"----=_NextPart_000_{uid(name, n, 4).upper()}_01CD{uid(name, n + 'y', 4).upper()}.{uid(name, n + 'z', 8).upper()}"
    if style == "thunderbird":
        return f"------------{uid(name, n, 24).upper()}"
    if style == "thebat":
        return f"----------{uid(name, n, 12).upper()}"
    if style == "gmail":
        return f"{uid(name, n, 28)}"
    if style == "apple":
        return f"Apple-Mail={uid(name, n, 8).upper()}-{uid(name, n + '1', 4).upper()}-{uid(name, n + '2', 4).upper()}"
    return f"=_{uid(name, n, 32)}"


# ==========================================================================================
# 1. ph — placeholder: tables and lists with a row for every measure
# ==========================================================================================

KEY = {
    "class": "placeholder", "executor": "rda-semenivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A copy of the whole plan as a table (column «№ п/п» equals the plan's numbers): "
            "«х» rows, one «х» with a note that measure 5 belongs to others, a bare «не проводились», "
            "a dash and a «16» row pointing at the covering letter; the cover note is background "
            "on the district's NGOs and the re-elected council.",
    "items": [{"measure": 1, "source": "Семенівка_відкритий уряд_2012.xls"},
              {"measure": 6, "source": "Семенівка_відкритий уряд_2012.xls"},
              {"measure": 9, "source": "Семенівка_відкритий уряд_2012.xls"},
              {"measure": 10, "source": "Семенівка_відкритий уряд_2012.xls"}],
}


@mail(KEY)
def ph01_semenivka(name):
    rows = [
        ["№ п/п", "Зміст заходу", "Термін виконання", "Стан виконання"],
        [1, "Приведення до вимог чинного законодавства інформаційного наповнення та функціонування "
            "офіційних Інтернет-сайтів", "Постійно",
         "Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України "
         "«Про доступ до публічної інформації»: створено розділ «Доступ до публічної інформації», "
         "розміщено 14 проектів розпоряджень голови райдержадміністрації, оновлено довідник телефонів "
         "апарату та структурних підрозділів."],
        [2, "Створення на сайті облдержадміністрації рубрик «Хід виконання цільових програм», "
            "«Виконання місцевих бюджетів Чернігівської області»", "Постійно", "х"],
        [3, "Створення та підтримка роботи веб-ресурсу «Чернігівська громада»", "IV квартал 2012 року", "х"],
        [4, "Створення Інтернет-форуму на базі веб-ресурсу «Чернігівська громада»", "I квартал 2013 року", "х"],
        [5, "Організація роботи «гарячої лінії» голови обласної державної адміністрації", "Постійно",
         "х (виконавці — УВП та відділ роботи із зверненнями громадян апарату облдержадміністрації)"],
        [6, "Проведення консультацій з громадськістю згідно з постановою КМУ від 03.11.2010 № 996",
         "Постійно",
         "Проведено 3 консультації з громадськістю у формі громадських слухань: щодо проекту районного "
         "бюджету на 2013 рік (05.12.2012), щодо проекту Програми розвитку туризму в Семенівському "
         "районі на 2013-2015 роки (16.11.2012), щодо тарифів на вивезення твердих побутових відходів "
         "у м. Семенівка (22.10.2012)."],
        [7, "Залучення до роботи дорадчо-консультативних органів представників інститутів "
            "громадянського суспільства", "Постійно", "не проводились"],
        [8, "Введення голів комітетів Громадської ради до складу колегій структурних підрозділів",
         "Постійно", "х"],
        [9, "Залучення членів громадських рад до громадського обговорення проектів розпоряджень, "
            "цільових програм, рішень", "Постійно",
         "Проект Програми розвитку туризму в Семенівському районі на 2013-2015 роки обговорено на "
         "засіданні громадської ради при райдержадміністрації 09.11.2012; 4 пропозиції членів ради "
         "враховано."],
        [10, "Рекомендувати громадським радам створити комісію (робочу групу) з питань відкритості "
             "та прозорості", "Постійно",
         "Громадській раді при райдержадміністрації рекомендовано (лист від 02.11.2012 № 01-16/1903) "
         "створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу "
         "влади; групу утворено рішенням ради від 23.11.2012 у складі 5 осіб."],
        [11, "Проведення «Днів відкритих дверей» УВП", "Постійно", "х"],
        [12, "Сприяння проведенню громадських експертиз, громадських антикорупційних експертиз",
         "Постійно", "—"],
        [13, "Навчальні семінари для заступників керівників структурних підрозділів",
         "До 1 березня 2013 року", "х"],
        [14, "Методичні посібники для державних службовців", "До 1 січня 2013 року", "х"],
        [15, "Громадське обговорення виконання заходів плану", "Щорічно", "х"],
        [16, "Надання інформації про виконання плану УВП", "До 15 грудня 2012 року",
         "Інформацію надано (лист від 11.12.2012 № 01-16/2287)"],
    ]
    xls = office("ph01_semenivka", "xls", rows)
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На виконання пункту 16 плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації 10.09.2012, надсилаємо інформацію Семенівської райдержадміністрації про виконання заходів станом на 10.12.2012 (таблиця додається).

Довідково: у районі зареєстровано 19 громадських організацій, 6 з яких беруть активну участь у роботі громадської ради при райдержадміністрації; склад громадської ради оновлено на установчих зборах 23.10.2012 (17 осіб, з них 12 — представники громадських організацій).

Додаток: на 3 арк. в 1 прим.

З повагою
Перший заступник голови райдержадміністрації                    О.П. Гречаник

вих. № 01-16/2287 від 11.12.2012
Виконавець: Литвин Т.М., сектор взаємодії з громадськістю та ЗМІ апарату райдержадміністрації, (04659) 2-14-57
"""
    html = word_html(mso(plain), generator="Microsoft Word 11")
    body = multipart("mixed", [
        alt(plain, html, name),
        attachment("Семенівка_відкритий уряд_2012.xls", xls, MIME["xls"], "b", "windows-1251"),
    ], bnd(name))
    return message(name, date="2012-12-12 10:41:03", client="outlook2003", cs="windows-1251",
                   frm=("Семенівська РДА", "rda-semenivka@example.gov.ua"),
                   subject="Інформація про виконання плану заходів (Відкритий уряд) - Семенівська РДА",
                   body=body)


KEY = {
    "class": "placeholder", "executor": "su-osvita", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A Word-HTML table in the body with a row for each owed measure: «без змін», «без змін "
            "(див. лист …)», a bare «+», a bare «не проводились» and «надано» for 16, under an "
            "apology and a background paragraph on the law and the number of schools.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail(KEY)
def ph02_osvita(name):
    intro = """Шановні колеги!

Вибачте, що надсилаємо інформацію в тілі листа, а не окремим документом: поштовий сервер управління з 7 червня працює з перебоями і вкладення не відправляються.

Довідково. Закон України «Про доступ до публічної інформації» виконується управлінням з 2011 року; за І півріччя 2013 року до управління надійшло 64 запити на інформацію, усі розглянуто у встановлені строки. В області функціонує 612 загальноосвітніх навчальних закладів, 427 дошкільних навчальних закладів та 11 вищих навчальних закладів I–IV рівнів акредитації.

Інформація управління освіти і науки облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області станом на 10.06.2013:
"""
    rows = [
        ("1", "На офіційному веб-сайті управління створено підрозділ «Публічна інформація», розміщено "
              "звіти про використання бюджетних коштів закладами освіти обласного підпорядкування за "
              "2012 рік; оновлено розділ «Нормативна база»."),
        ("2", "без змін"),
        ("6", "без змін (див. лист від 11.12.2012 № 05-09/3311)"),
        ("7", "+"),
        ("8", "Голову комітету з питань освіти і науки Громадської ради при облдержадміністрації "
              "Мельника В.С. введено до складу колегії управління (наказ від 21.02.2013 № 47), "
              "внесено відповідні зміни до Положення про колегію управління."),
        ("9", "Проект обласної цільової програми «Освіта Чернігівщини на 2013–2016 роки» 19.03.2013 "
              "обговорено на засіданні постійної комісії громадської ради з питань гуманітарної "
              "політики; з 11 пропозицій членів ради враховано 7."),
        ("12", "не проводились"),
        ("16", "надано"),
    ]
    outro = """
З повагою
Заступник начальника управління освіти і науки облдержадміністрації
Л.М. Задорожна
тел. (0462) 67-54-19
"""
    plain = intro + "\n№ пункту плану | Стан виконання\n" + \
        "\n".join(f"{n} | {t}" for n, t in rows) + "\n" + outro
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
             'style="border-collapse:collapse;border:none">\n'
             '<tr><td width=92 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
             '<p class=MsoNormal><b>№ пункту плану<o:p></o:p></b></p></td>'
             '<td width=546 valign=top style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt">'
             '<p class=MsoNormal><b>Стан виконання<o:p></o:p></b></p></td></tr>\n')
    for n, t in rows:
        table += ('<tr><td width=92 valign=top style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt">'
                  f'<p class=MsoNormal align=center style="text-align:center">{n}<o:p></o:p></p></td>'
                  '<td width=546 valign=top style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;'
                  'border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                  f'<p class=MsoNormal>{esc(t)}<o:p></o:p></p></td></tr>\n')
    table += "</table>\n"
    html = word_html(mso(intro) + "\n" + table + mso(outro))
    body = alt(plain, html, name)
    return message(name, date="2013-06-11 15:22:47", client="outlook2010", cs="windows-1251",
                   frm=("Управління освіти і науки", "osvita@example.gov.ua"),
                   subject="Відкритий уряд - інформація за І півріччя 2013 р. (управління освіти і науки)",
                   body=body)


KEY = {
    "class": "placeholder", "executor": "rda-kulykivka", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "Late, with an apology; the sheet's rows are «немає», an empty cell, «Див. п. 6» and a "
            "bare «+» beside three real answers, and the body only points back to the half-year "
            "report for measure 10 and thanks for the guides.",
    "items": [{"measure": 6, "source": "Куликівка_ВУ_ІІ_півр_2013.xlsx"},
              {"measure": 7, "source": "Куликівка_ВУ_ІІ_півр_2013.xlsx"},
              {"measure": 12, "source": "Куликівка_ВУ_ІІ_півр_2013.xlsx"}],
}


@mail(KEY)
def ph03_kulykivka(name):
    rows = [
        ["Інформація Куликівської районної державної адміністрації про виконання Плану заходів "
         "за ІІ півріччя 2013 року", "", ""],
        ["№ пункту плану", "Захід (стисло)", "Виконання"],
        [1, "Наповнення офіційного веб-сайту", "немає"],
        [6, "Консультації з громадськістю",
         "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (06.12.2013, "
         "58 учасників) та зустріч голови райдержадміністрації з жителями с. Горбове з питань ремонту "
         "дороги Куликівка – Горбове (18.10.2013)."],
        [7, "Залучення до роботи дорадчо-консультативних органів",
         "До складу районної комісії з питань захисту прав дитини включено 2 членів громадської ради "
         "(розпорядження голови райдержадміністрації від 11.09.2013 № 214)."],
        [9, "Обговорення проектів розпоряджень, програм", "Див. п. 6"],
        [10, "Робоча група з питань відкритості та прозорості", ""],
        [12, "Громадські експертизи",
         "Громадська антикорупційна експертиза проекту розпорядження голови райдержадміністрації "
         "«Про затвердження Порядку надання одноразової матеріальної допомоги» проведена ГО "
         "«Куликівська громадська ініціатива» (жовтень 2013 р.), 2 пропозиції враховано."],
        [16, "Інформація УВП", "+"],
    ]
    xlsx = office("ph03_kulykivka", "xlsx", rows)
    plain = """Доброго дня!

Просимо вибачення за несвоєчасне подання інформації: 13-14 грудня проходила позачергова сесія районної ради з питань бюджету, і всі працівники відділу були задіяні в її підготовці.

Інформацію Куликівської райдержадміністрації про виконання плану заходів за ІІ півріччя 2013 року надсилаємо у вкладенні. Щодо п. 10 плану — інформацію надавали у звіті за І півріччя 2013 року (лист від 12.06.2013 № 01-22/1130), змін немає.

Окремо дякуємо за методичні рекомендації щодо проведення консультацій з громадськістю, надіслані у жовтні.

З повагою,
Шевченко Оксана Миколаївна
головний спеціаліст відділу організаційної роботи та інформаційної діяльності апарату Куликівської районної державної адміністрації
тел. (04643) 2-15-33
"""
    body = multipart("mixed", [
        text(flowed(plain), "plain", "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed",
             style="tb"),
        attachment("Куликівка_ВУ_ІІ_півр_2013.xlsx", xlsx, MIME["xlsx"], "2231", "UTF-8"),
    ], bnd(name, style="thunderbird"), style="tb", preamble="This is a multi-part message in MIME format.")
    return message(name, date="2013-12-17 09:12:26", client="thunderbird17",
                   frm=("Куликівська РДА", "rda-kulykivka@example.gov.ua"),
                   subject="Інформація Куликівської РДА (Відкритий уряд, ІІ півріччя 2013)",
                   body=body)


KEY = {
    "class": "placeholder", "executor": "zvernennia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A list of all 16 numbers in the body, fifteen of them «—» or a line on the reporting "
            "itself, with one real paragraph of hot-line statistics under 5 and a closing note "
            "that names «пунктів 3, 4, 11, 13, 14, 15» and «1, 2, 6–9, 12» only to say they are "
            "other offices' measures.",
    "items": [{"measure": 5, "source": "body"}],
}


@mail(KEY)
def ph04_zvernennia(name):
    lines = ["Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
             "",
             "Відділ роботи із зверненнями громадян апарату облдержадміністрації надає інформацію про "
             "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
             "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя "
             "2013 року:", ""]
    for n in range(1, 17):
        if n == 5:
            lines.append(
                "5. Протягом січня – травня 2013 року на «гарячу лінію» голови облдержадміністрації "
                "надійшло 1 412 звернень (за аналогічний період 2012 року — 1 186), з них 1 297 "
                "розглянуто, 115 перебувають на контролі. Щопонеділка з 10.00 до 12.00 на «гарячій "
                "лінії» особисто працює заступник голови облдержадміністрації; з травня 2013 року "
                "запроваджено щотижневий аналіз звернень, узагальнення доповідається голові "
                "облдержадміністрації на апаратній нараді. Найбільше звернень стосувалося "
                "житлово-комунальних питань (38 %), соціального захисту (21 %) та земельних відносин (12 %).")
        elif n == 16:
            lines.append("16. Інформація надається двічі на рік у встановлені терміни.")
        else:
            lines.append(f"{n}. —")
    lines += ["",
              "Примітка: виконавцями пунктів 3, 4, 11, 13, 14, 15 плану визначено управління з питань "
              "внутрішньої політики та зв'язків з громадськістю облдержадміністрації, пунктів 1, 2, 6–9, "
              "12 — структурні підрозділи облдержадміністрації та райдержадміністрації; відділ роботи із "
              "зверненнями громадян у межах плану є співвиконавцем лише пункту 5.", "",
              "Начальник відділу роботи із зверненнями громадян",
              "апарату облдержадміністрації                              Г.В. Кулик", "",
              "--",
              "Відділ роботи із зверненнями громадян апарату Чернігівської облдержадміністрації",
              "м. Чернігів, вул. Шевченка, 7, каб. 118, тел. (0462) 67-50-84"]
    plain = koi("\n".join(lines) + "\n")
    body = text(plain, "plain", "koi8-u", "quoted-printable", ct="text/plain; charset=koi8-u", style="x")
    return message(name, date="2013-06-14 16:05:12", client="thebat5", cs="koi8-u",
                   frm=("Відділ звернень громадян ОДА", "zvernennia@example.gov.ua"),
                   subject="Інформація про виконання плану заходів (п. 5) - відділ роботи із зверненнями",
                   body=body)


KEY = {
    "class": "placeholder", "executor": "gromrada", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The Public Council copies the whole plan as a table and fills only its own rows, plus "
            "row 8 on the committee heads it has in units' collegia (not owed by it, still work); "
            "row 15 only promises, the rest are «х» or «—», and the body is an apology and a "
            "meeting notice.",
    "items": [{"measure": 3, "source": "ГР_участь у виконанні плану.doc"},
              {"measure": 4, "source": "ГР_участь у виконанні плану.doc"},
              {"measure": 8, "source": "ГР_участь у виконанні плану.doc"}],
}


@mail(KEY)
def ph05_gromrada(name):
    rows = [["№", "Захід плану", "Участь Громадської ради при облдержадміністрації"]]
    cells = {
        3: "Веб-ресурс «Чернігівська громада» запущено 15.11.2012; Громадська рада забезпечує "
           "наповнення розділів «Новини громадських організацій» та «Анонси» (розміщено 46 матеріалів), "
           "модератором ресурсу від ради визначено секретаря ради Бондар І.Л.",
        4: "Інтернет-форум на базі веб-ресурсу працює в тестовому режимі з 03.12.2012, відкрито 7 тем "
           "для обговорення (зокрема «Ремонт доріг області», «Громадський бюджет міста»); правила "
           "модерації затверджено на засіданні президії ради 29.11.2012.",
        8: "Голови 6 з 9 комітетів Громадської ради введені до складу колегій відповідних структурних "
           "підрозділів облдержадміністрації (управління охорони здоров'я, культури і туризму, праці та "
           "соціального захисту населення, екології та природних ресурсів, Головного управління "
           "агропромислового розвитку, Головного фінансового управління).",
        15: "Громадське обговорення виконання плану заходів Громадська рада планує провести спільно з "
            "управлінням з питань внутрішньої політики у І кварталі 2013 року.",
    }
    short = {1: "Наповнення офіційних веб-сайтів", 2: "Рубрики на сайті облдержадміністрації",
             3: "Веб-ресурс «Чернігівська громада»", 4: "Інтернет-форум",
             5: "«Гаряча лінія» голови облдержадміністрації", 6: "Консультації з громадськістю",
             7: "Дорадчо-консультативні органи", 8: "Голови комітетів ГР у колегіях",
             9: "Обговорення проектів розпоряджень, програм", 10: "Комісії з питань відкритості",
             11: "Дні відкритих дверей УВП", 12: "Громадські експертизи", 13: "Навчальні семінари",
             14: "Методичні посібники", 15: "Громадське обговорення виконання плану",
             16: "Інформація про виконання плану"}
    for n in range(1, 17):
        rows.append([str(n), short[n], esc(cells.get(n, "—" if n in (1, 2, 6, 9, 12) else "х"))])
    html = ("<p align=\"center\"><b>ІНФОРМАЦІЯ<br>про участь Громадської ради при облдержадміністрації "
            "у виконанні Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий "
            "уряд“»<br>станом на 14.12.2012</b></p>\n" + html_table(rows, widths=[6, 30, 64]) +
            "\n<p>&nbsp;</p><p>Секретар Громадської ради при облдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;І.Л. Бондар</p>")
    doc = office("ph05_gromrada", "doc", html)
    plain = """Шановна Ніно Петрівно!

Надсилаю таблицю щодо участі Громадської ради у виконанні плану заходів. Вибачте, що пізніше, ніж домовлялися (обіцяла до 10-го), — доопрацьовували з головами комітетів.

Окремо нагадую, що чергове засідання Громадської ради відбудеться 20 грудня о 15.00 у малій залі облдержадміністрації; проект порядку денного надішлю окремим листом.

З повагою,
Ірина Бондар,
секретар Громадської ради при облдержадміністрації
тел. 067-461-22-09
"""
    body = multipart("mixed", [
        text(plain, "plain", "utf-8", "8bit", ct="text/plain; charset=utf-8", style="x"),
        attachment("ГР_участь у виконанні плану.doc", doc, MIME["doc"], "q", "utf-8"),
    ], bnd(name, style="x"), style="x")
    return message(name, date="2012-12-14 18:47:31", client="opera",
                   frm=("Громадська рада при ОДА", "gromrada@example.gov.ua"),
                   subject="Таблиця - участь Громадської ради у виконанні плану (Відкритий уряд)",
                   body=body)


# ==========================================================================================
# 2. bp — bottom_post: answers below or between the quoted lines
# ==========================================================================================

KEY = {
    "class": "bottom_post", "executor": "rda-ripky", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Thunderbird (Russian UI) answers between the «>» lines of zvit's overdue reminder: "
            "under 7 a dash, under 9 only a pointer to an earlier letter, under 12 a denial that "
            "names expert reviews; the quoted measure texts themselves report nothing.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail(KEY)
def bp01_ripky(name):
    q = reminder("rda-ripky", "15.12.2012", "17.12.2012", [1, 6, 7, 9, 10, 12], overdue=True)
    answers = {
        1: "Сайт райдержадміністрації у листопаді переведено на новий хостинг, створено розділи «Доступ "
           "до публічної інформації» та «Громадська рада», розміщуються проекти розпоряджень голови РДА "
           "(з 01.11.2012 — 9 проектів).",
        6: "14.12.2012 проведено громадські слухання щодо проекту районного бюджету на 2013 рік "
           "(47 учасників, надійшло 9 пропозицій).",
        7: "-",
        9: "Інформацію по п. 9 надавали листом від 10.12.2012 № 01-15/2104 (на вашу адресу).",
        10: "Громадській раді направлено рекомендацію щодо створення робочої групи з питань відкритості "
            "та прозорості (лист від 29.11.2012 № 01-15/2011), група в стадії створення, склад буде "
            "затверджено на засіданні ради 20.12.2012.",
        12: "громадських експертиз у звітному періоді не проводилось, запитів від громадських "
            "організацій не надходило",
    }
    out = ["17.12.2012 8:00, uvp@cg.ukrtel.net пишет:"]
    i = 0
    while i < len(q):
        line = q[i]
        out.append(("> " + line) if line else ">")
        m = re.match(r"^  (\d+)\. ", line)
        if m and int(m.group(1)) in answers:
            out += ["", answers[int(m.group(1))], ""]
        i += 1
    out += ["", "Вибачте за затримку — усі матеріали готували до сесії районної ради.", "",
            "З повагою,", "Гончаренко Ірина Володимирівна,",
            "головний спеціаліст сектору з питань внутрішньої політики та зв'язків з громадськістю",
            "Ріпкинської районної державної адміністрації", "тел. (04641) 2-13-92"]
    plain = flowed("\n".join(out) + "\n")
    body = text(plain, "plain", "windows-1251", "8bit",
                ct="text/plain; charset=windows-1251; format=flowed", style="tb")
    return message(name, date="2012-12-17 11:26:40", client="thunderbird10", cs="windows-1251",
                   frm=("Ріпкинська РДА", "rda-ripky@example.gov.ua"),
                   subject="Re: Нагадування про подання інформації (план заходів «Відкритий уряд»)",
                   body=body, reply=f"<zvit.reminder.{uid(name, 'r', 12)}@cg.ukrtel.net>")


KEY = {
    "class": "bottom_post", "executor": "su-kultura", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2007 reply typed under zvit's receipt (header block «Від/Надіслано/Кому/Тема», no "
            "«>»): the receipt's own «пункт 1», «пункт 6» lines are quoted, the five new answers "
            "below are the report, one of them a denial on 9 introduced by «як зазначалося».",
    "items": [{"measure": 2, "source": "body"}, {"measure": 7, "source": "body"},
              {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail(KEY)
def bp02_kultura(name):
    q = receipt("su-kultura", "11.06.2013", "Інформація управління культури і туризму", 2, "15.06.2013",
                [(1, "На офіційному веб-сайті управління розміщено звіт про виконання Програми розвитку "
                     "культури і туризму за 2012 рік…"),
                 (6, "Проведено 2 консультації з громадськістю щодо проекту Концепції розвитку "
                     "туризму…")],
                [2, 7, 8, 9, 12])
    lines = ["", "", "________________________________________",
             "Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]",
             "Надіслано: 12 червня 2013 р. 9:14",
             "Кому: kultura@example.gov.ua",
             "Тема: Підтвердження отримання: Інформація управління культури і туризму", ""]
    lines += q
    lines += ["", "",
              "Доповнюємо інформацію від 11.06.2013:", "",
              "п. 2 – інформацію про хід виконання обласної Програми розвитку культури і туризму на "
              "2013 рік за І квартал направлено до Головного управління економіки облдержадміністрації "
              "для розміщення в рубриці «Хід виконання цільових програм» (лист від 16.04.2013 "
              "№ 03-12/688);",
              "п. 7 – до складу Художньо-експертної ради управління включено 3 представників громадських "
              "організацій (наказ від 04.03.2013 № 41);",
              "п. 8 – голова комітету з питань культури та духовності Громадської ради Ткач П.О. є членом "
              "колегії управління з грудня 2012 року, брав участь у засіданні колегії 23.05.2013;",
              "п. 9 – як зазначалося у попередньому листі, проектів програм і розпоряджень, що потребували "
              "громадського обговорення, у І півріччі не розроблялось;",
              "п. 12 – громадські експертизи не проводились.", "",
              "Вибачте, що інформація надходить частинами.", "",
              "З повагою",
              "Ярошенко Світлана Іванівна",
              "провідний спеціаліст відділу кадрової та організаційної роботи",
              "управління культури і туризму облдержадміністрації",
              "тел. (0462) 67-72-40"]
    plain = "\n".join(lines) + "\n"
    body = text(plain, "plain", "windows-1251", "quoted-printable")
    return message(name, date="2013-06-13 14:38:05", client="outlook2007", cs="windows-1251",
                   frm=("Управління культури і туризму", "kultura@example.gov.ua"),
                   subject="RE: Підтвердження отримання: Інформація управління культури і туризму",
                   body=body, reply=f"<zvit.receipt.{uid(name, 'r', 12)}@cg.ukrtel.net>")


KEY = {
    "class": "bottom_post", "executor": "rda-koriukivka", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "Russian Outlook 2003 forward of the office's own earlier letter («-----Исходное "
            "сообщение-----», no «>») with the supplement typed below it: the quoted 1, 6, 7, 9, 12 "
            "are not counted, the new text answers 10 and adds a meeting «у рамках п. 6», and only "
            "points back for 12.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail(KEY)
def bp03_koriukivka(name):
    plain = """

-----Исходное сообщение-----
От: Корюківська РДА [mailto:rda-koriukivka@example.gov.ua]
Отправлено: 14 июня 2013 г. 16:40
Кому: uvp@cg.ukrtel.net
Тема: Інформація Корюківської РДА - Відкритий уряд

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Корюківська районна державна адміністрація про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року інформує:

п. 1 – на офіційному веб-сайті райдержадміністрації оновлено розділ «Регуляторна діяльність», розміщено 23 проекти розпоряджень;
п. 6 – проведено 2 громадські слухання: щодо проекту Програми благоустрою м. Корюківка (15.03.2013) та щодо оптимізації мережі закладів освіти (24.04.2013);
п. 7 – до складу районної ради з питань безпечної життєдіяльності населення включено 2 членів громадської ради;
п. 9 – проект районної програми «Турбота» обговорено на засіданні громадської ради 16.05.2013;
п. 12 – громадські експертизи не проводились.

Заступник голови райдержадміністрації                         С.М. Бабич
вих. № 02-10/1455 від 14.06.2013


Доповнення до листа від 14.06.2013 (пункт 10 у ньому пропущено):

п. 10 – громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади; рішенням громадської ради від 21.05.2013 № 4 групу утворено у складі 5 осіб, керівник — Литвиненко А.М. (ГО «Корюківське земляцтво»).

Також повідомляємо, що у рамках п. 6 плану 13.06.2013 додатково проведено зустріч голови райдержадміністрації з жителями с. Тупичів щодо відновлення роботи фельдшерсько-акушерського пункту (34 учасники).

Щодо п. 12 – інформацію надано в листі від 14.06.2013 (див. вище).

Перепрошуємо за неповну інформацію у попередньому листі.

С уважением,
Бойко Наталія Петрівна
сектор організаційної роботи апарату Корюківської райдержадміністрації
тел. (04657) 2-11-70
"""
    body = alt(plain, word_html(mso(plain), generator="Microsoft Word 11"), name)
    return message(name, date="2013-06-17 10:03:18", client="outlook2003", cs="windows-1251",
                   frm=("Корюківська РДА", "rda-koriukivka@example.gov.ua"),
                   subject="FW: Інформація Корюківської РДА - Відкритий уряд", body=body)


KEY = {
    "class": "bottom_post", "executor": "su-ekonomika", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Roundcube plain+HTML twins answering between blockquoted items of zvit's reminder: "
            "«Без змін.» under 7, a pointer to the half-year letter under 8, a bare «не проводились» "
            "under 12, and a closing paragraph of regional statistics.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
              {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail(KEY)
def bp04_ekonomika(name):
    q = reminder("su-ekonomika", "15.12.2013", "09.12.2013", [1, 2, 6, 7, 8, 9, 12])
    answers = {
        1: "Сайт ГУЕ: оновлено розділ «Інвестиційна діяльність», розміщено інвестиційний паспорт області "
           "(українською та англійською мовами) і перелік інвестиційних пропозицій районів (37 проектів).",
        2: "У рубриці «Хід виконання цільових програм» розміщено інформацію про хід виконання 14 обласних "
           "цільових програм за 9 місяців 2013 року (оновлено 08.11.2013).",
        6: "Консультації з громадськістю щодо проекту Програми соціально-економічного та культурного "
           "розвитку області на 2014 рік проведено 26.11.2013 у формі громадських слухань (81 учасник).",
        7: "Без змін.",
        8: "Див. інформацію за І півріччя (лист від 13.06.2013 № 04-11/1576).",
        9: "Проект Програми на 2014 рік обговорено на засіданні комітету з питань економічного розвитку "
           "Громадської ради при облдержадміністрації 21.11.2013; надійшло 17 пропозицій, 9 враховано.",
        12: "не проводились",
    }
    closing = ["Довідково: за 9 місяців 2013 року індекс промислової продукції в області склав 97,8 %, "
               "обсяг прямих іноземних інвестицій станом на 01.10.2013 — 203,4 млн дол. США, "
               "середньомісячна заробітна плата — 2 611 грн.", "",
               "З повагою,", "Тарасенко Ігор",
               "головний спеціаліст відділу стратегічного планування",
               "Головного управління економіки облдержадміністрації",
               "(0462) 67-51-36"]
    head = "09.12.2013 08:00, uvp@cg.ukrtel.net wrote:"
    # plain twin
    pl = [head]
    blocks, cur = [], []
    for line in q:
        cur.append(line)
        m = re.match(r"^  (\d+)\. ", line)
        if m and int(m.group(1)) in answers:
            blocks.append((cur, answers[int(m.group(1))]))
            cur = []
    blocks.append((cur, None))
    for ql, ans in blocks:
        pl += [("> " + l) if l else ">" for l in ql]
        if ans:
            pl += ["", ans, ""]
    pl += [""] + closing
    plain = "\n".join(pl) + "\n"
    # html twin
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
         '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>', f"<p>{esc(head)}</p>"]
    for ql, ans in blocks:
        h.append('<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">')
        h.append("<p>" + "<br />\n".join(esc(l).replace("  ", "&nbsp; ") for l in ql) + "</p>")
        h.append("</blockquote>")
        if ans:
            h.append(f"<p>{esc(ans)}</p>")
    h.append("<p>" + "<br />\n".join(esc(l) for l in closing) + "</p>")
    h.append("</body></html>")
    html = "\n".join(h) + "\n"
    body = multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable",
                                          ct="text/plain; charset=UTF-8; format=flowed", style="x"),
                                     text(html, "html", "UTF-8", "quoted-printable",
                                          ct="text/html; charset=UTF-8", style="x")],
                     bnd(name, style="rc"), style="x")
    return message(name, date="2013-12-12 15:51:22", client="roundcube",
                   frm=("Головне управління економіки", "ekonomika@example.gov.ua"),
                   subject="Re: Нагадування про подання інформації (план заходів «Відкритий уряд»)",
                   body=body, reply=f"<zvit.reminder.{uid(name, 'r', 12)}@cg.ukrtel.net>")


KEY = {
    "class": "bottom_post", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A phone reply typed under zvit's receipt (Android «Исходное сообщение» header): the "
            "receipt's recognised lines for 1, 6, 9 are quoted; below, 7 is answered, 10 is «х» and "
            "12 only promises the information later.",
    "items": [{"measure": 7, "source": "body"}],
}


@mail(KEY)
def bp05_novhorod_siverskyi(name):
    q = receipt("rda-novhorod-siverskyi", "11.12.2013", "Інформація Новгород-Сіверської РДА", 3,
                "15.12.2013",
                [(1, "На офіційному веб-сайті райдержадміністрації створено розділ «Консультації з "
                     "громадськістю»…"),
                 (6, "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік…"),
                 (9, "Проект Програми розвитку туризму обговорено на засіданні громадської ради…")],
                [7, 10, 12])
    lines = ["", "", "-------- Исходное сообщение --------", "От: uvp@cg.ukrtel.net",
             "Дата: 12.12.2013 9:00", "Кому: rda-novhorod-siverskyi@example.gov.ua",
             "Тема: Підтвердження отримання: Інформація Новгород-Сіверської РДА", ""] + q + [
             "",
             "7 - до складу координаційної ради з питань розвитку підприємництва при РДА включено 2 "
             "представників ГО підприємців (розпорядження від 28.11.2013 № 301)",
             "10 - х",
             "12 - уточнюємо у юридичному відділі, інформацію надішлемо до 16.12",
             "",
             "Кравець В.М., Н-Сіверська РДА",
             "",
             "Надіслано з мого Samsung Galaxy"]
    plain = "\n".join(lines) + "\n"
    body = text(plain, "plain", "UTF-8", "base64", ct="text/plain; charset=UTF-8", style="x")
    return message(name, date="2013-12-13 12:17:58", client="android",
                   frm=("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua"),
                   subject="Re: Підтвердження отримання: Інформація Новгород-Сіверської РДА",
                   body=body, reply=f"<zvit.receipt.{uid(name, 'r', 12)}@cg.ukrtel.net>")


# ==========================================================================================
# 3. nr — not_report: questions, invitations, requests, announcements, promises
# ==========================================================================================

KEY = {
    "class": "not_report", "executor": "rda-ichnia", "period": 2, "late": False,
    "kind": "not_report", "reason": "question",
    "note": "Two questions that name measures 2, 8 and 1 and recall the office's December letter; the "
            "site's move to a new platform is a premise inside a question, and the half-year report "
            "is only promised.",
    "items": [],
}


@mail(KEY)
def nr01_ichnia(name):
    plain = """Добрий день!

Ічнянська райдержадміністрація просить роз'яснити: чи потрібно подавати інформацію щодо пунктів 2 та 8 плану заходів, якщо виконавцями цих пунктів зазначено лише структурні підрозділи облдержадміністрації? У звіті за ІІ півріччя 2012 року (наш лист від 12.12.2012 № 01-17/2245) ми писали по цих пунктах «не стосується», а в таблиці, яку роздавали на семінарі-нараді 16.05.2013, для райдержадміністрацій наведено всі 16 пунктів.

І ще питання щодо п. 1: офіційний веб-сайт райдержадміністрації з квітня працює на новій платформі, структуру розділів змінено — чи потрібно знову описувати всю структуру сайту, чи достатньо зазначити зміни за півріччя?

Звіт за І півріччя 2013 року надішлемо до 14 червня.

Дякуємо.

З повагою,
Гнатюк Валентина Олексіївна
завідувач сектору з питань внутрішньої політики апарату Ічнянської райдержадміністрації
тел. (04633) 2-14-06
"""
    html = word_html(mso(plain), generator="Microsoft Word 11")
    body = alt(plain, html, name)
    return message(name, date="2013-05-28 11:02:09", client="outlook2003", cs="windows-1251",
                   frm=("Ічнянська РДА", "rda-ichnia@example.gov.ua"),
                   subject="Питання щодо звітування (план заходів Відкритий уряд)", body=body)


KEY = {
    "class": "not_report", "executor": "cppk", "period": 2, "late": False,
    "kind": "not_report", "reason": "invitation",
    "note": "An Outlook meeting request (text/calendar) for the measure-13 seminar, «на виконання п. 13» "
            "in its first line and a paragraph of last year's training statistics: an invitation, "
            "nothing done yet.",
    "items": [],
}


@mail(KEY)
def nr02_cppk(name):
    plain = """Шановні колеги!

На виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації запрошує заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю, на навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю» 26 лютого 2013 року о 10.00 (м. Чернігів, вул. Мстиславська, 36, ауд. 204).

Довідково: у 2012 році Центр провів 14 тематичних короткострокових семінарів, навчання пройшли 412 державних службовців та посадових осіб місцевого самоврядування. Програму семінару погоджено з управлінням з питань внутрішньої політики 11.02.2013.

Просимо до 22.02.2013 повідомити прізвища учасників на адресу cppk@example.gov.ua або за тел. (0462) 65-12-40.

З повагою
Директор Центру                                    В.А. Руденко
"""
    html = word_html(mso(plain))
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:FLE Standard Time
BEGIN:STANDARD
DTSTART:16010101T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=ЦППК:mailto:cppk@example.gov.ua
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:mailto:uvp@cg.ukrtel.net
DESCRIPTION;LANGUAGE=uk-UA:Навчальний семінар для заступників керівників структурних підрозділів облдержадміністрації\\, відповідальних за організацію консультацій з громадськістю (п. 13 плану заходів).
SUMMARY;LANGUAGE=uk-UA:Семінар «Інструменти політики сприяння розвитку громадянського суспільства»
DTSTART;TZID=FLE Standard Time:20130226T100000
DTEND;TZID=FLE Standard Time:20130226T160000
UID:040000008200E00074C5B7101A82E008000000{uid(name, 'ics', 30).upper()}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20130218T122000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=uk-UA:м. Чернігів\\, вул. Мстиславська\\, 36\\, ауд. 204
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    cal = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                ("Content-Transfer-Encoding", "base64")], enc_body(crlf(ics.encode("utf-8")), "base64"))
    body = multipart("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                     text(html, "html", "windows-1251", "quoted-printable"), cal],
                     bnd(name, "alt"))
    return message(name, date="2013-02-18 14:20:36", client="outlook2010", cs="windows-1251",
                   frm=("ЦППК", "cppk@example.gov.ua"),
                   subject="Запрошення: Семінар «Інструменти політики сприяння розвитку громадянського суспільства» 26.02.2013",
                   body=body)


KEY = {
    "class": "not_report", "executor": "rda-korop", "period": 2, "late": False,
    "kind": "not_report", "reason": "extension_request",
    "note": "Outlook Express request for more time that lists «пп. 6, 7, 9, 12» with their subjects and "
            "promises 1 and 10 later, with a reorganisation order's number and dates in the reason.",
    "items": [],
}


@mail(KEY)
def nr03_korop(name):
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Коропська районна державна адміністрація просить продовжити до 20 червня 2013 року термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.

У зв'язку з реорганізацією відділу організаційної роботи апарату райдержадміністрації (розпорядження голови райдержадміністрації від 03.06.2013 № 148) відповідальний працівник з 05.06.2013 переведений на іншу посаду, а новопризначений спеціаліст приступив до роботи лише 13.06.2013. Інформація структурних підрозділів райдержадміністрації щодо пп. 6, 7, 9, 12 плану (консультації з громадськістю, дорадчі органи, обговорення проектів, громадські експертизи) зібрана не в повному обсязі.

Інформацію щодо п. 1 (офіційний веб-сайт) та п. 10 надамо разом з рештою.

Перший заступник голови райдержадміністрації                  В.Г. Дорошенко
вих. № 01-21/1347 від 14.06.2013
"""
    html = simple_html(plain, "windows-1251")
    body = alt(plain, html, name)
    return message(name, date="2013-06-14 17:35:44", client="outlook-express", cs="windows-1251",
                   frm=("Коропська РДА", "rda-korop@example.gov.ua"),
                   subject="Про продовження терміну подання інформації", body=body)


KEY = {
    "class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
    "kind": "not_report", "reason": "announcement",
    "note": "The regional coordinator announces the measure-15 public discussion to come; the notice "
            "already posted, 23 confirmed organisations and a background paragraph on the Partnership "
            "are all for that event.",
    "items": [],
}


@mail(KEY)
def nr04_ogp(name):
    plain = """Шановні колеги!

Повідомляю, що громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (п. 15 плану) відбудеться 12 грудня 2013 року о 14.00 у великій залі облдержадміністрації (м. Чернігів, вул. Шевченка, 7).

Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада» та на офіційному сайті облдержадміністрації 25.11.2013; участь уже підтвердили 23 громадські організації.

Довідково: Україна приєдналася до Партнерства «Відкритий уряд» у 2011 році; в області план заходів затверджено у вересні 2012 року, його виконавцями визначено 14 структурних підрозділів облдержадміністрації та 22 райдержадміністрації. Модератором обговорення погодився бути голова Громадської ради при облдержадміністрації.

Прошу структурні підрозділи та райдержадміністрації делегувати на обговорення відповідальних за організацію консультацій з громадськістю. Реєстрація — до 10.12.2013 за тел. 050-314-27-61.

З повагою
Андрій Савченко
Регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>'
            '<body text="#000000" bgcolor="#FFFFFF">\n' + paras(esc(plain)) + "\n</body></html>\n")
    body = multipart("alternative", [
        text(flowed(plain), "plain", "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed", style="x"),
        text(html, "html", "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8", style="x")],
        bnd(name, "alt", "thunderbird"), style="x", preamble="This is a multi-part message in MIME format.")
    return message(name, date="2013-11-29 13:45:02", client="thunderbird24",
                   frm=("Андрій Савченко", "ogp-coordinator@example.org.ua"),
                   subject="Громадське обговорення виконання плану заходів «Відкритий уряд» - 12 грудня",
                   body=body)


KEY = {
    "class": "not_report", "executor": "su-ekolohiia", "period": 1, "late": False,
    "kind": "not_report", "reason": "promise",
    "note": "Thanks for the reminder and the guides, then «інформацію підготовлено — слухання "
            "проведено…, проте матеріали на підписі… Надішлемо до 18.12.2012»: the deeds belong to "
            "a paper awaiting its signature.",
    "items": [],
}


@mail(KEY)
def nr05_ekolohiia(name):
    plain = """Шановна Ніно Петрівно!

Дякуємо за нагадування та за надіслані методичні рекомендації щодо проведення консультацій з громадськістю.

Інформацію управління екології та природних ресурсів облдержадміністрації про виконання плану заходів підготовлено — громадські слухання щодо проекту Регіональної програми охорони навколишнього природного середовища проведено, склад громадської екологічної ради при управлінні оновлено, — проте матеріали на підписі у начальника управління, який перебуває у відрядженні до 17.12.2012. Надішлемо до 18.12.2012.

Перепрошуємо за затримку.

З повагою,
Savchuk Oleh (Савчук Олег Петрович)
головний спеціаліст відділу екологічної політики
управління екології та природних ресурсів облдержадміністрації
тел. (0462) 67-33-15
"""
    html = word_html(mso(plain))
    body = alt(plain, html, name)
    return message(name, date="2012-12-14 16:58:27", client="outlook2010", cs="windows-1251",
                   frm=("Управління екології та природних ресурсів", "ekolohiia@example.gov.ua"),
                   subject="RE: Нагадування про подання інформації (план заходів «Відкритий уряд»)",
                   body=body, reply=f"<zvit.reminder.{uid(name, 'r', 12)}@cg.ukrtel.net>")


# ==========================================================================================
# 4. rg — ranges and lists of measure numbers
# ==========================================================================================

KEY = {
    "class": "ranges", "executor": "rda-bakhmach", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "«Щодо пунктів 6–7, 9 плану:» answered as one block (years 2014–2016 beside it), then 12 "
            "denied by name, while 10 only points to the June letter (its group was set up last "
            "period), 2 and 8 «не стосуються» and 1 is handed to another department.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail(KEY)
def rg01_bakhmach(name):
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Про виконання плану заходів

На Ваш лист від 21.11.2013 № 03-08/1604 щодо надання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (п. 16 плану) Бахмацька районна державна адміністрація повідомляє.

Щодо пунктів 6–7, 9 плану: у ІІ півріччі 2013 року проведено 4 засідання громадської ради при райдержадміністрації, на яких обговорено проекти районних програм «Питна вода Бахмаччини на 2014–2016 роки», «Розвиток малого і середнього підприємництва на 2014–2015 роки» та проект районного бюджету на 2014 рік; 05.12.2013 проведено громадські слухання щодо проекту бюджету (63 учасники). До складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій та координаційної ради з питань розвитку підприємництва включено 3 членів громадської ради.

Пункт 12 — у звітному періоді громадські антикорупційні експертизи проектів розпоряджень голови райдержадміністрації не проводились, звернень від інститутів громадянського суспільства щодо їх проведення не надходило.

Пункт 10 — див. наш лист від 14.06.2013 № 02-11/1190 (робоча група при громадській раді створена у І півріччі).

Пункти 2, 8 — не стосуються райдержадміністрацій.

Пункт 1 — інформація щодо наповнення офіційного веб-сайту надається відділом інформаційної діяльності та комунікацій з громадськістю райдержадміністрації окремим листом.

Голова райдержадміністрації                                    В.І. Стриженко

вих. № 02-11/2388 від 10.12.2013
Виконавець: Чорнобай Л.А., (04635) 2-17-41
"""
    html = word_html(mso(plain))
    body = alt(plain, html, name)
    return message(name, date="2013-12-11 10:30:14", client="outlook2010", cs="windows-1251",
                   frm=("Бахмацька РДА", "rda-bakhmach@example.gov.ua"),
                   subject="Про виконання плану заходів (Відкритий уряд) - Бахмацька РДА", body=body)


KEY = {
    "class": "ranges", "executor": "su-finansy", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The sheet's number cells hold «1–2» and «6–9», each answered as one block (so 7 and 8 "
            "count though the text is mostly about 6 and 9), beside a dash for 12 and a line on the "
            "reporting itself; the cover note is budget statistics.",
    "items": [{"measure": 1, "source": "ГФУ_відкритий уряд.xls"},
              {"measure": 2, "source": "ГФУ_відкритий уряд.xls"},
              {"measure": 6, "source": "ГФУ_відкритий уряд.xls"},
              {"measure": 7, "source": "ГФУ_відкритий уряд.xls"},
              {"measure": 8, "source": "ГФУ_відкритий уряд.xls"},
              {"measure": 9, "source": "ГФУ_відкритий уряд.xls"}],
}


@mail(KEY)
def rg02_finansy(name):
    rows = [
        ["№ пункту плану", "Зміст заходу", "Інформація про виконання"],
        ["1–2", "Наповнення офіційних сайтів; рубрики на сайті облдержадміністрації",
         "На офіційному веб-сайті облдержадміністрації в рубриці «Виконання місцевих бюджетів "
         "Чернігівської області» щомісяця до 20 числа розміщується інформація про виконання зведеного "
         "бюджету області; на сторінці управління створено підрозділ «Бюджет для громадян» (жовтень 2012 р.)."],
        ["6–9", "Консультації з громадськістю; залучення членів громадських рад",
         "Проект обласного бюджету на 2013 рік обговорено з громадськістю на засіданні Громадської ради "
         "при облдержадміністрації 28.11.2012 та на засіданні її комітету з питань бюджету і фінансів; "
         "голова бюджетного комітету Громадської ради бере участь у засіданнях колегії управління; "
         "члени ради входять до складу робочої групи з підготовки проекту бюджету."],
        ["12", "Громадські експертизи", "—"],
        ["16", "Надання інформації", "Інформація надається у встановлені терміни"],
    ]
    xls = office("rg02_finansy", "xls", rows)
    plain = """Головне фінансове управління облдержадміністрації надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (додається на 2 арк.).

Довідково: за 11 місяців 2012 року до загального фонду місцевих бюджетів області надійшло 1 214,6 млн грн доходів, що становить 101,3 % до уточненого плану; видатки загального фонду виконано на 93,7 %, у тому числі по захищених статтях — на 98,2 %.

Заступник начальника управління                          Н.В. Сидоренко
вих. № 04-07/2961 від 12.12.2012
"""
    html = word_html(mso(plain), generator="Microsoft Word 12 (filtered medium)")
    body = multipart("mixed", [
        alt(plain, html, name),
        attachment("ГФУ_відкритий уряд.xls", xls, MIME["xls"], "b", "windows-1251"),
    ], bnd(name))
    return message(name, date="2012-12-13 09:47:55", client="outlook2007ru", cs="windows-1251",
                   frm=("Головне фінансове управління", "finansy@example.gov.ua"),
                   subject="Інформація ГФУ (Відкритий уряд)", body=body)


KEY = {
    "class": "ranges", "executor": "rda-sribne", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "«за пунктами з 6 по 9 плану» answered as one block counts 8 too, though a district does "
            "not owe it; dates «з 01.01.2013 по 10.06.2013» sit beside the range, «у рамках п. 1 "
            "плану також…» is real work, and «Пункти 10, 12» are only promised.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail(KEY)
def rg03_sribne(name):
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Срібнянська районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує.

З 01.01.2013 по 10.06.2013 за пунктами з 6 по 9 плану проведено: 2 громадські слухання (щодо проекту Програми соціально-економічного розвитку району на 2013 рік та щодо реорганізації Срібнянської центральної районної лікарні), 1 засідання «круглого столу» з громадськими організаціями ветеранів; проекти 4 розпоряджень голови райдержадміністрації обговорено на засіданнях громадської ради; 2 члени громадської ради включені до складу районної комісії з питань евакуації.

У рамках п. 1 плану також оновлено розділ «Звернення громадян» на офіційному веб-сайті райдержадміністрації та розміщено графік особистого прийому громадян керівництвом райдержадміністрації.

Пункти 10, 12 — інформація буде надана додатково після засідання громадської ради 18.06.2013.

Зазначаємо, що інформація за 2012 рік надавалася листом від 14.12.2012 № 02-06/1918.

Заступник голови райдержадміністрації                 М.П. Шульга
вих. № 02-06/988 від 11.06.2013
"""
    body = text(wrap(koi(plain)), "plain", "koi8-u", "8bit", ct="text/plain; charset=koi8-u", style="x")
    return message(name, date="2013-06-12 11:11:37", client="thebat", cs="koi8-u",
                   frm=("Срібнянська РДА", "rda-sribne@example.gov.ua"),
                   subject="Інформація Срібнянської РДА про виконання плану заходів", body=body)


KEY = {
    "class": "ranges", "executor": "su-simia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Russian Apple Mail: «По пунктам 1 и 6 плана сообщаем:» answered as one block, then "
            "«Пункты 7, 9, 12 — без изменений» (a list answered by a placeholder) and a pointer for 8, "
            "wrapped in thanks and an apology.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}],
}


@mail(KEY)
def rg04_simia(name):
    plain = """Уважаемые коллеги!

Спасибо за напоминание и извините за задержку с ответом.

По пунктам 1 и 6 плана сообщаем: на официальном сайте управления создан раздел «Молодежная политика. Общественные обсуждения», где размещаются проекты приказов и программ управления; 23.04.2013 проведены общественные слушания по проекту областной программы «Молодежь Черниговщины» на 2013–2017 годы (участвовали 38 представителей молодежных и детских общественных организаций, поступило 15 предложений).

Пункты 7, 9, 12 — без изменений (см. информацию за ІІ полугодие 2012 г.).
Пункт 8 — см. письмо от 12.12.2012 № 07-14/1322.

С уважением,
Коваленко Марина
главный специалист отдела молодежной политики
Управления по делам семьи, молодежи и спорта облгосадминистрации
(0462) 67-48-90
"""
    body = text(plain, "plain", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8", style="x")
    return message(name, date="2013-06-10 16:12:03", client="apple",
                   frm=("Управление по делам семьи, молодежи и спорта", "simia@example.gov.ua"),
                   subject="Re: Нагадування про подання інформації (план заходів «Відкритий уряд»)", body=body,
                   reply=f"<zvit.reminder.{uid(name, 'r', 12)}@cg.ukrtel.net>")


KEY = {
    "class": "ranges", "executor": "su-arkhiv", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A .docx table whose number cells are «1–2» and «7, 9», beside «Без змін», a pointer to "
            "last year's report and a bare «не проводились»; the programme's years 2013–2017 and the "
            "outgoing number sit near the numbers; the body only says the paper went by post.",
    "items": [{"measure": 1, "source": "Інформація Держархіву області про виконання плану заходів Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 2, "source": "Інформація Держархіву області про виконання плану заходів Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 7, "source": "Інформація Держархіву області про виконання плану заходів Відкритий уряд ІІ півріччя 2013.docx"},
              {"measure": 9, "source": "Інформація Держархіву області про виконання плану заходів Відкритий уряд ІІ півріччя 2013.docx"}],
}


@mail(KEY)
def rg05_arkhiv(name):
    fn = "Інформація Держархіву області про виконання плану заходів Відкритий уряд ІІ півріччя 2013.docx"
    rows = [
        ["Пункт плану", "Виконання"],
        ["1–2", "На веб-сайті Державного архіву Чернігівської області оновлено рубрику «Хід виконання "
                "цільових програм»: розміщено звіт про виконання обласної Програми забезпечення "
                "збереженості документів Національного архівного фонду на 2013–2017 роки за 9 місяців "
                "2013 р.; створено розділ «Електронні довідки» з формами запитів."],
        ["6", "Без змін"],
        ["7, 9", "Члени Громадської ради при облдержадміністрації Коваль І.П. та Лук'яненко Г.М. включені "
                 "до складу експертно-перевірної комісії Держархіву області; проект Програми на 2014 рік "
                 "обговорено з ними на засіданні комісії 15.10.2013."],
        ["8", "Див. інформацію за ІІ півріччя 2012 р."],
        ["12", "не проводились"],
    ]
    html = ("<p align=\"center\"><b>Інформація<br>Державного архіву Чернігівської області про виконання "
            "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
            "області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя "
            "2013 року</b></p>\n<p align=\"right\">до листа від 09.12.2013 № 01-08/512</p>\n" +
            html_table(rows, widths=[14, 86]) +
            "\n<p>&nbsp;</p><p>Директор Державного архіву області&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;Р.Б. Воронцова</p>")
    docx = office("rg05_arkhiv", "docx", html)
    plain = """Добрий день!

Надсилаємо інформацію Державного архіву Чернігівської області за ІІ півріччя 2013 р. Лист за підписом директора (вих. № 01-08/512 від 09.12.2013) надіслано також поштою.

З повагою,
загальний відділ Держархіву області
тел. (0462) 67-60-12
"""
    body = multipart("mixed", [
        text(flowed(plain), "plain", "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed", style="x"),
        attachment(fn, docx, MIME["docx"], "2231c", "UTF-8"),
    ], bnd(name, style="thunderbird"), style="x", preamble="This is a multi-part message in MIME format.")
    return message(name, date="2013-12-10 14:05:41", client="thunderbird24",
                   frm=("Держархів області", "arkhiv@example.gov.ua"),
                   subject="Інформація Держархіву (Відкритий уряд)", body=body)


# ==========================================================================================
# 5. pr — prose without plan numbers
# ==========================================================================================

KEY = {
    "class": "prose", "executor": "su-zdorovia", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A PDF letter (text layer) in prose under a one-line cover: a paragraph on healthcare reform, one "
            "paragraph that is both a consultation (6) and council members on a draft programme (9) "
            "ending with the site as the place of publication, the unit's own medicines hot line "
            "(not the head's, so not 5), and a closing line on the reporting.",
    "items": [{"measure": 1, "source": "Лист УОЗ відкритий уряд.pdf"},
              {"measure": 6, "source": "Лист УОЗ відкритий уряд.pdf"},
              {"measure": 8, "source": "Лист УОЗ відкритий уряд.pdf"},
              {"measure": 9, "source": "Лист УОЗ відкритий уряд.pdf"},
              {"measure": 12, "source": "Лист УОЗ відкритий уряд.pdf"}],
}


@mail(KEY)
def pr01_zdorovia(name):
    html = """<p align="center"><b>УПРАВЛІННЯ ОХОРОНИ ЗДОРОВ'Я<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b><br>
<small>вул. Пирогова, 16, м. Чернігів, 14000, тел. (0462) 67-71-02, e-mail: zdorovia@example.gov.ua</small></p>
<p>07.12.2012 № 08-03/4471</p>
<p style="margin-left:50%">Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>
<p><b>Про виконання плану заходів</b></p>
<p>На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, затвердженого заступником голови облдержадміністрації 10.09.2012, управління охорони здоров'я облдержадміністрації повідомляє.</p>
<p>Реформування системи охорони здоров'я в області розпочато відповідно до законодавства про проведення реформи в пілотних регіонах; у 2012 році в області створено 2 центри первинної медико-санітарної допомоги, мережа закладів охорони здоров'я обласного та районного підпорядкування налічує 71 заклад, у галузі працює 4 912 лікарів.</p>
<p>Офіційний веб-сайт управління протягом звітного періоду приведено у відповідність до вимог законодавства про доступ до публічної інформації: створено розділ «Публічна інформація», розміщено систему обліку та порядок оскарження рішень, щотижня оновлюється інформація про наявність вільних ліжок у закладах обласного підпорядкування.</p>
<p>Проект обласної програми «Здоров'я Чернігівщини на 2013–2015 роки» 15 листопада 2012 року винесено на громадське обговорення: проведено публічне обговорення за участю членів Громадської ради при облдержадміністрації та представників 12 пацієнтських громадських організацій, отримано 26 пропозицій, з них 19 враховано. Матеріали обговорення розміщено на офіційному сайті управління.</p>
<p>Голова комітету з питань охорони здоров'я Громадської ради при облдержадміністрації Д.О. Пилипенко наказом управління від 08.10.2012 № 512 введений до складу колегії управління та взяв участь у засіданні колегії 29.11.2012.</p>
<p>Громадські антикорупційні експертизи проектів наказів управління у звітному періоді не проводились, пропозицій від інститутів громадянського суспільства не надходило.</p>
<p>Для оперативного реагування на звернення громадян з питань лікарського забезпечення в управлінні з 1 жовтня 2012 року працює «гаряча лінія» (тел. (0462) 67-71-19); за два місяці надійшло 218 дзвінків, усі опрацьовано.</p>
<p>Інформацію про подальше виконання плану управління надаватиме у встановлені терміни.</p>
<p>&nbsp;</p>
<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.М. Клименко</p>
<p><small>Осадча 67-71-24</small></p>"""
    pdf = office("pr01_zdorovia", "pdf", html)
    plain = """Добрий день.
Направляємо лист управління охорони здоров'я облдержадміністрації від 07.12.2012 № 08-03/4471 (у форматі PDF). Оригінал надіслано поштою.

Секретар керівника
управління охорони здоров'я облдержадміністрації
"""
    body = multipart("mixed", [
        alt(plain, word_html(mso(plain), generator="Microsoft Word 11"), name),
        attachment("Лист УОЗ відкритий уряд.pdf", pdf, MIME["pdf"], "q", "windows-1251"),
    ], bnd(name))
    return message(name, date="2012-12-10 12:34:19", client="outlook2003", cs="windows-1251",
                   frm=("Управління охорони здоров'я ОДА", "zdorovia@example.gov.ua"),
                   subject="лист 08-03/4471 від 07.12.2012", body=body)


KEY = {
    "class": "prose", "executor": "uvp", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The department reports to its own mailbox from its registered box: a .docx with subject "
            "headings and no numbers, opening with remarks on the reporting, declining the hot line "
            "as the appeals department's, and only planning the measure-15 discussion.",
    "items": [{"measure": 3, "source": "Інформація УВП про виконання плану заходів.docx"},
              {"measure": 4, "source": "Інформація УВП про виконання плану заходів.docx"},
              {"measure": 10, "source": "Інформація УВП про виконання плану заходів.docx"},
              {"measure": 11, "source": "Інформація УВП про виконання плану заходів.docx"},
              {"measure": 13, "source": "Інформація УВП про виконання плану заходів.docx"},
              {"measure": 14, "source": "Інформація УВП про виконання плану заходів.docx"}],
}


@mail(KEY)
def pr02_uvp(name):
    html = """<p align="center"><b>Інформація<br>управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»<br>(станом на 14.12.2012)</b></p>
<p><b>Загальна інформація</b></p>
<p>План заходів затверджено заступником голови облдержадміністрації 10.09.2012 та доведено до виконавців листом управління від 14.09.2012 № 03-08/1207. Станом на 14.12.2012 інформацію про його виконання надали 11 структурних підрозділів облдержадміністрації та 14 райдержадміністрацій; узагальнену інформацію буде подано керівництву облдержадміністрації до 25.12.2012.</p>
<p><b>Веб-ресурс «Чернігівська громада»</b></p>
<p>Веб-ресурс «Чернігівська громада» запрацював 15 листопада 2012 року. Управління забезпечує його технічну підтримку та щоденне розміщення новин про діяльність інститутів громадянського суспільства області; станом на 14.12.2012 на ресурсі зареєстровано 87 громадських організацій, розміщено 214 матеріалів.</p>
<p><b>Інтернет-форум</b></p>
<p>Спільно з Громадською радою при облдержадміністрації розроблено правила модерації Інтернет-форуму; форум на базі веб-ресурсу працює в тестовому режимі з 3 грудня 2012 року.</p>
<p><b>«Гаряча лінія» голови облдержадміністрації</b></p>
<p>Інформацію щодо роботи «гарячої лінії» голови облдержадміністрації в цьому документі не наводимо — її надає відділ роботи із зверненнями громадян апарату облдержадміністрації.</p>
<p><b>Робочі групи з питань відкритості</b></p>
<p>Листом управління від 29.10.2012 № 03-08/1455 громадським радам при райдержадміністраціях рекомендовано створити у своєму складі комісії (робочі групи) з питань відкритості та прозорості діяльності органу влади; станом на 14.12.2012 такі групи створено в 9 районах.</p>
<p><b>Дні відкритих дверей</b></p>
<p>28 листопада 2012 року проведено День відкритих дверей управління для представників громадських організацій і студентів Чернігівського національного технологічного університету (41 учасник), 7 грудня — для журналістів обласних засобів масової інформації (16 учасників).</p>
<p><b>Навчання</b></p>
<p>Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації 22 листопада 2012 року проведено навчальний семінар для спеціалістів структурних підрозділів облдержадміністрації, які безпосередньо організовують консультації з громадськістю (37 учасників). Семінар для заступників керівників структурних підрозділів заплановано на лютий 2013 року.</p>
<p><b>Методичний посібник</b></p>
<p>Розроблено методичний посібник «Консультації з громадськістю: практичні поради для державних службовців» (тираж 300 примірників), який 10 грудня 2012 року надіслано структурним підрозділам облдержадміністрації та райдержадміністраціям.</p>
<p><b>Громадське обговорення виконання плану</b></p>
<p>Громадське обговорення виконання заходів плану планується провести у лютому 2013 року спільно з Громадською радою при облдержадміністрації та регіональним координатором Партнерства.</p>
<p>&nbsp;</p>
<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.В. Гаврилюк</p>"""
    docx = office("pr02_uvp", "docx", html)
    plain = """Колеги, у вкладенні — інформація управління для зведеного звіту (останній розділ про звітування не заповнювали, він у зведеній таблиці).

Н. Ковальчук
відділ зв'язків з громадськістю
"""
    body = multipart("mixed", [
        alt(plain, word_html(mso(plain)), name),
        attachment("Інформація УВП про виконання плану заходів.docx", docx, MIME["docx"], "b", "utf-8"),
    ], bnd(name))
    return message(name, date="2012-12-14 17:02:50", client="outlook2010", cs="windows-1251",
                   frm=("УВП ОДА", "uvp-info@example.gov.ua"),
                   subject="Інформація УВП (для зведеного звіту)", body=body)


KEY = {
    "class": "prose", "executor": "rda-pryluky", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "An .odt in prose opening with the district's statistics; the site appears only as the "
            "place where meetings were reported (not 1), a survey sits inside the meetings paragraph, "
            "and the last line points to last period's letter.",
    "items": [{"measure": 6, "source": "pryluky_vu_2013.odt"},
              {"measure": 7, "source": "pryluky_vu_2013.odt"},
              {"measure": 12, "source": "pryluky_vu_2013.odt"}],
}


@mail(KEY)
def pr03_pryluky(name):
    html = """<p align="center"><b>Інформація<br>Прилуцької районної державної адміністрації про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади за І півріччя 2013 року</b></p>
<p>Прилуцький район об'єднує 37 сільських рад і 84 населені пункти; у районі зареєстровано 46 громадських організацій та 9 благодійних фондів, найактивніші з них — організації ветеранів, інвалідів і молоді.</p>
<p>У І півріччі 2013 року продовжено практику виїзних зустрічей керівництва райдержадміністрації з жителями населених пунктів: проведено 11 зустрічей (села Іваниця, Журавка, Линовиця, Малківка та інші), на яких обговорено питання освітлення вулиць, ремонту доріг і роботи шкільних автобусів. За результатами опитування жителів с. Линовиця щодо оптимізації мережі шкіл рішення про закриття школи не приймалось. Інформація про проведені заходи висвітлювалась у районній газеті «Вісті Прилуччини» та на офіційному веб-сайті райдержадміністрації.</p>
<p>Представники громадських організацій ветеранів та інвалідів включені до складу координаційної ради з питань соціального захисту населення при райдержадміністрації (розпорядження голови райдержадміністрації від 19.03.2013 № 74).</p>
<p>Громадська організація «Прилуцька ініціатива» у березні – квітні 2013 року провела громадську експертизу діяльності відділу освіти райдержадміністрації щодо організації підвезення учнів; за результатами експертизи розроблено заходи (розпорядження від 24.05.2013 № 132), 3 з 5 пропозицій уже виконано.</p>
<p>Інформація за ІІ півріччя 2012 року надавалась листом райдержадміністрації від 13.12.2012 № 01-30/2890.</p>
<p>&nbsp;</p>
<p>Перший заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Ю.О. Мироненко</p>"""
    odt = office("pr03_pryluky", "odt", html)
    plain = """Інформація Прилуцької РДА про виконання плану заходів (Відкритий уряд) за І півріччя 2013 р. додається.

--
Сектор з питань внутрішньої політики, зв'язків з громадськістю та ЗМІ
апарату Прилуцької райдержадміністрації
(04637) 3-14-52
"""
    body = multipart("mixed", [
        text(plain, "plain", "windows-1251", "8bit", ct="text/plain; charset=windows-1251", style="x"),
        attachment("pryluky_vu_2013.odt", odt, MIME["odt"], "ascii"),
    ], bnd(name, style="x"), style="x")
    return message(name, date="2013-06-14 10:20:45", client="opera", cs="windows-1251",
                   frm=("Прилуцька РДА", "rda-pryluky@example.gov.ua"),
                   subject="Прилуцька РДА - Відкритий уряд", body=body)


KEY = {
    "class": "prose", "executor": "rda-nizhyn", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A plain letter from the document system (CDO), no numbers: the law named in the "
            "consultation-plan paragraph, the head's hot line and open-door days declined as outside "
            "the district's remit, and a complaint that last period's report was not credited.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@mail(KEY)
def pr04_nizhyn(name):
    plain = """НІЖИНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
вих. № 01-12/1977 від 12.06.2013

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Про виконання плану заходів

Ніжинська районна державна адміністрація на виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє.

Відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики» в районі щороку затверджується орієнтовний план проведення консультацій з громадськістю; план на 2013 рік затверджено розпорядженням голови райдержадміністрації від 28.12.2012 № 402 та оприлюднено, у І півріччі за ним проведено 3 консультації з громадськістю (громадські слухання та електронне обговорення).

Проекти розпоряджень голови райдержадміністрації «Про затвердження районної програми підтримки сім'ї на 2013–2015 роки» та «Про організацію літнього оздоровлення дітей у 2013 році» обговорено на засіданні громадської ради при райдержадміністрації 16.04.2013 за участю 14 членів ради; пропозиції щодо збільшення кількості путівок для дітей пільгових категорій враховано.

Громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади; рішенням ради від 17.04.2013 групу утворено у складі 5 осіб.

Питання роботи «гарячої лінії» голови облдержадміністрації та проведення днів відкритих дверей управління з питань внутрішньої політики знаходяться поза компетенцією райдержадміністрації.

Звертаємо увагу, що інформацію за ІІ півріччя 2012 року було надіслано 14.12.2012 на адресу uvp@cg.ukrtel.net, однак у нагадуванні від 10.06.2013 зазначено, що вона не надходила. Просимо перевірити.

Голова райдержадміністрації                                 П.В. Остапенко

Виконавець: Дубина С.М., 2-36-18
"""
    body = text(wrap(koi(plain)), "plain", "koi8-u", "8bit", ct="text/plain; charset=\"koi8-u\"", style="x")
    return message(name, date="2013-06-13 15:40:26", client="cdo", cs="koi8-u",
                   frm=("Ніжинська РДА", "rda-nizhyn@example.gov.ua"),
                   subject="Про виконання плану заходів (вих. 01-12/1977 від 12.06.2013)", body=body)


KEY = {
    "class": "prose", "executor": "su-sotszakhyst", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An .rtf in prose with a paragraph of welfare statistics: programme progress sent for the "
            "rubric (2), a round table (6), people put on a coordination council (7); the unit's own "
            "subsidies hot line is not the head's (not 5) and the site appears only as where results "
            "are published.",
    "items": [{"measure": 2, "source": "Соцзахист_Відкритий уряд_2 півріччя.rtf"},
              {"measure": 6, "source": "Соцзахист_Відкритий уряд_2 півріччя.rtf"},
              {"measure": 7, "source": "Соцзахист_Відкритий уряд_2 півріччя.rtf"}],
}


@mail(KEY)
def pr05_sotszakhyst(name):
    html = """<p align="center"><b>Інформація управління праці та соціального захисту населення облдержадміністрації про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2013 року)</b></p>
<p>У 2013 році в області 312,4 тис. осіб отримують різні види соціальної допомоги та пільг; на їх виплату з початку року спрямовано 1,8 млрд грн, субсидії на оплату житлово-комунальних послуг призначено 41,7 тис. сімей.</p>
<p>Інформацію про хід виконання обласної програми «Турбота» на 2011–2015 роки та обласної програми забезпечення житлом ветеранів війни за 9 місяців 2013 року направлено до Головного управління економіки облдержадміністрації для розміщення в рубриці «Хід виконання цільових програм» (лист від 18.10.2013 № 06-01/3305).</p>
<p>З метою вивчення громадської думки 18 жовтня 2013 року проведено засідання круглого столу з представниками обласних організацій інвалідів щодо проекту Порядку забезпечення технічними засобами реабілітації; з 9 пропозицій учасників враховано 6.</p>
<p>До складу обласної координаційної ради у справах інвалідів включено 4 представники громадських організацій, зокрема 2 членів Громадської ради при облдержадміністрації (розпорядження голови облдержадміністрації від 04.11.2013 № 411).</p>
<p>В управлінні продовжує працювати «гаряча лінія» з питань призначення житлових субсидій та пільг (тел. (0462) 67-44-30), за ІІ півріччя на неї надійшло 1 083 дзвінки.</p>
<p>Результати роботи управління регулярно висвітлюються на офіційному сайті управління та в обласних засобах масової інформації.</p>
<p>&nbsp;</p>
<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.І. Марченко</p>"""
    rtf = office("pr05_sotszakhyst", "rtf", html)
    plain = """Добрый день!
Информация управления во вложении.
Извините, что без сопроводительного письма, оно будет отправлено почтой.

С уважением, Оксана
отдел организационной работы управления труда и социальной защиты населения
"""
    body = multipart("mixed", [
        alt(plain, word_html(mso(plain), generator="Microsoft Word 11"), name),
        attachment("Соцзахист_Відкритий уряд_2 півріччя.rtf", rtf, MIME["rtf"], "b", "windows-1251"),
    ], bnd(name))
    return message(name, date="2013-12-13 11:55:08", client="outlook2003", cs="windows-1251",
                   frm=("Управління соцзахисту", "sotszakhyst@example.gov.ua"),
                   subject="Відкритий уряд ІІ півріччя", body=body)


# ==========================================================================================
# 6. fn — foreign numbers: the letter's own numbering, another plan's, sub-items, documents
# ==========================================================================================

KEY = {
    "class": "foreign_numbers", "executor": "rda-horodnia", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The letter numbers its own paragraphs 1.–4.; paragraph 1 happens to be measure 1, "
            "paragraph 2 is measure 6 without its number, paragraph 3 names «пункту 10 плану», and "
            "paragraph 4 is a bare «не проводилось» about nothing in particular.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@mail(KEY)
def fn01_horodnia(name):
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Городнянська районна державна адміністрація надає інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»:

1. Щодо наповнення офіційного веб-сайту райдержадміністрації. Сайт оновлено відповідно до вимог Закону України «Про доступ до публічної інформації»: створено розділи «Доступ до публічної інформації», «Консультації з громадськістю», «Громадська рада»; з вересня 2012 року розміщено 37 проектів розпоряджень голови райдержадміністрації.

2. Проведено 3 консультації з громадськістю у формі громадських слухань: щодо проекту районного бюджету на 2013 рік (07.12.2012), щодо районної програми «Питна вода» на 2013–2020 роки (15.11.2012), щодо перейменування вулиць у м. Городня (25.10.2012, 112 учасників).

3. На виконання пункту 10 плану громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості (лист від 06.11.2012 № 02-14/1882); питання буде розглянуто на засіданні ради 20.12.2012.

4. Інших заходів у звітному періоді не проводилось.

Голова райдержадміністрації                              А.М. Сорока
вих. № 02-14/2093 від 10.12.2012
"""
    body = alt(plain, word_html(mso(plain), generator="Microsoft Word 12 (filtered medium)"), name)
    return message(name, date="2012-12-11 14:18:33", client="outlook2007", cs="windows-1251",
                   frm=("Городнянська РДА", "rda-horodnia@example.gov.ua"),
                   subject="Інформація Городнянської РДА", body=body)


KEY = {
    "class": "foreign_numbers", "executor": "su-apk", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A running «№ з/п» 1–5 beside the real «№ пункту плану» column (1, 6, 7, 9, 12) and a "
            "«Кількість заходів» column of counts; row 12 is a bare «не проводились»; the cover note "
            "is harvest figures and a remark that 2 and 8 are shared or unchanged.",
    "items": [{"measure": 1, "source": "АПР_ВУ_1півр2013.xlsx"},
              {"measure": 6, "source": "АПР_ВУ_1півр2013.xlsx"},
              {"measure": 7, "source": "АПР_ВУ_1півр2013.xlsx"},
              {"measure": 9, "source": "АПР_ВУ_1півр2013.xlsx"}],
}


@mail(KEY)
def fn02_apk(name):
    rows = [
        ["№ з/п", "№ пункту плану", "Захід", "Кількість заходів", "Інформація про виконання"],
        [1, 1, "Наповнення веб-сайту", 12,
         "На веб-сайті Головного управління агропромислового розвитку щомісяця оновлюється рубрика "
         "«Ціни на сільськогосподарську продукцію», створено розділ «Земельні відносини»; розміщено "
         "12 проектів наказів."],
        [2, 6, "Консультації з громадськістю", 2,
         "Проведено 2 консультації: круглий стіл з фермерами щодо державної підтримки фермерських "
         "господарств (14.03.2013) та громадські слухання щодо проекту Програми розвитку сільських "
         "територій (22.05.2013)."],
        [3, 7, "Участь у дорадчих органах", 1,
         "До складу Аграрної ради області включено 3 представників громадських аграрних об'єднань."],
        [4, 9, "Обговорення проектів", 1,
         "Проект Програми розвитку сільських територій обговорено з членами Громадської ради (комітет "
         "з питань агропромислового комплексу) 15.05.2013."],
        [5, 12, "Громадські експертизи", 0, "не проводились"],
    ]
    xlsx = office("fn02_apk", "xlsx", rows)
    plain = """Головне управління агропромислового розвитку облдержадміністрації надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (таблиця у вкладенні).

Пункт 2 плану виконується спільно з Головним управлінням економіки, пункт 8 — без змін.

Довідково: станом на 10.06.2013 в області посіяно 98,6 % площ ярих культур, у тому числі кукурудзи на зерно — 312 тис. га; поголів'я великої рогатої худоби в усіх категоріях господарств становить 186,4 тис. голів.

З повагою
Левченко Ганна, відділ організаційної роботи та контролю
Головного управління агропромислового розвитку облдержадміністрації
тел. (0462) 67-50-77
"""
    body = multipart("mixed", [
        text(flowed(plain), "plain", "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed", style="x"),
        attachment("АПР_ВУ_1півр2013.xlsx", xlsx, MIME["xlsx"], "2231", "UTF-8"),
    ], bnd(name, style="thunderbird"), style="x", preamble="This is a multi-part message in MIME format.")
    return message(name, date="2013-06-12 16:44:10", client="thunderbird17",
                   frm=("ГУ АПР", "apk@example.gov.ua"),
                   subject="Інформація ГУ АПР - Відкритий уряд, І півріччя 2013", body=body)


KEY = {
    "class": "foreign_numbers", "executor": "rda-kozelets", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The district's own plan numbering (1.1, 1.2, 2.1, 2.3, 3.1, 3.2) beside a column of the "
            "oblast plan's numbers; row 2.3 (a seminar for village-council secretaries) has «—» there "
            "and is under no measure, row 3.2 is a dash.",
    "items": [{"measure": 1, "source": "Козелець_інформація_ВУ.doc"},
              {"measure": 6, "source": "Козелець_інформація_ВУ.doc"},
              {"measure": 9, "source": "Козелець_інформація_ВУ.doc"},
              {"measure": 10, "source": "Козелець_інформація_ВУ.doc"}],
}


@mail(KEY)
def fn03_kozelets(name):
    rows = [
        ["№ заходу районного плану", "№ пункту обласного плану", "Зміст заходу", "Стан виконання"],
        ["1.1", "1", "Наповнення офіційного веб-сайту райдержадміністрації",
         "Офіційний веб-сайт райдержадміністрації переведено на новий дизайн, створено версію для людей "
         "з вадами зору, з липня 2013 року розміщено 41 проект розпорядження."],
        ["1.2", "6", "Консультації з громадськістю",
         "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (04.12.2013) та "
         "опитування жителів смт Остер щодо організації вивезення побутових відходів (287 респондентів)."],
        ["2.1", "9", "Обговорення проектів з членами громадської ради",
         "Проект районної Програми розвитку освіти на 2014–2016 роки обговорено на засіданні громадської "
         "ради при райдержадміністрації 14.11.2013, враховано 5 пропозицій."],
        ["2.3", "—", "Навчання секретарів сільських рад",
         "Проведено семінар-навчання для секретарів 51 сільської ради щодо оприлюднення рішень місцевих "
         "рад (10.10.2013)."],
        ["3.1", "10", "Робота робочої групи з питань відкритості",
         "Робоча група з питань відкритості та прозорості при громадській раді провела 2 засідання, "
         "розглянуто стан оприлюднення розпоряджень голови райдержадміністрації."],
        ["3.2", "12", "Громадські експертизи", "–"],
    ]
    html = ("<p align=\"center\"><b>Інформація<br>про виконання районного плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності райдержадміністрації (розпорядження голови "
            "райдержадміністрації від 26.09.2012 № 318) та Плану заходів облдержадміністрації за ІІ "
            "півріччя 2013 року</b></p>\n" + html_table(rows, widths=[10, 10, 25, 55]) +
            "\n<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;О.С. Гриценко</p>")
    doc = office("fn03_kozelets", "doc", html)
    plain = """На № 03-08/1604 від 21.11.2013

Надсилаємо інформацію Козелецької райдержадміністрації про виконання плану заходів за ІІ півріччя 2013 року.

Козелецька РДА
вих. № 01-09/3312 від 11.12.2013
"""
    body = multipart("mixed", [
        alt(plain, word_html(mso(plain), generator="Microsoft Word 11"), name),
        attachment("Козелець_інформація_ВУ.doc", doc, MIME["doc"], "q", "windows-1251"),
    ], bnd(name))
    return message(name, date="2013-12-12 10:08:51", client="outlook2003", cs="windows-1251",
                   frm=("Козелецька РДА", "rda-kozelets@example.gov.ua"),
                   subject="Козелецька РДА - інформація (Відкритий уряд)", body=body)


KEY = {
    "class": "foreign_numbers", "executor": "rda-mena", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "HTML-only mail from the document system with sub-items «1)»–«3)» and «а)», «б)» under "
            "plan numbers, an order «№ 87» and «87 учасників» beside them; «п. 9 – див. п. 6 1)» and "
            "the back-reference for 10 are pointers; late, with an apology.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail(KEY)
def fn04_mena(name):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Times New Roman; font-size: 12pt">
<p>Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>
<p>Менська районна державна адміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (з урахуванням інформації виконавчих комітетів 28 сільських та 2 селищних рад).</p>
<p><b>п. 6</b> – проведено:<br>
1) громадські слухання щодо проекту Програми розвитку фізичної культури і спорту в районі (розпорядження від 12.03.2013 № 87), 87 учасників;<br>
2) опитування жителів м. Мена щодо якості надання адміністративних послуг (240 респондентів);<br>
3) 4 зустрічі голови райдержадміністрації з жителями сіл Блистова, Куковичі, Стольне, Дягова.</p>
<p><b>п. 7</b> –<br>
а) до складу районної комісії з питань техногенно-екологічної безпеки та надзвичайних ситуацій включено голову ГО «Менська громада» Остапенка В.В.;<br>
б) до складу наглядової ради центральної районної лікарні — 2 членів громадської ради.</p>
<p><b>п. 9</b> – див. п. 6 1).</p>
<p><b>п. 10</b> – як зазначалося у звіті за ІІ півріччя 2012 року (лист від 13.12.2012 № 01-08/2401).</p>
<p><b>п. 12</b> – ГО «Мена-Плюс» проведено громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації «Про порядок використання коштів резервного фонду районного бюджету»; 2 зауваження враховано.</p>
<p>Просимо вибачення за несвоєчасне надання інформації у зв'язку з технічними проблемами з поштовим сервером райдержадміністрації.</p>
<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Н.В. Кривошея<br>
вих. № 01-08/1204 від 14.06.2013</p>
</body></html>
"""
    body = text(html, "html", "utf-8", "base64", ct='text/html; charset="utf-8"', style="x")
    return message(name, date="2013-06-18 09:35:27", client="cdo",
                   frm=("Менська РДА", "rda-mena@example.gov.ua"),
                   subject="Інформація Менської РДА про виконання плану заходів", body=body)


KEY = {
    "class": "foreign_numbers", "executor": "su-sluzhba-ditei", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "A .docx letter numbered 1)–4) with plan numbers inside the items, order numbers such as "
            "«№ 16-од» and «№ 21-од», counts of children and NGOs; item 4) is a bare denial for "
            "«іншими пунктами» with no measure named; late, with an apology.",
    "items": [{"measure": 1, "source": "Служба_ВУ.docx"},
              {"measure": 7, "source": "Служба_ВУ.docx"},
              {"measure": 8, "source": "Служба_ВУ.docx"}],
}


@mail(KEY)
def fn05_sluzhba_ditei(name):
    html = """<p align="center"><b>СЛУЖБА У СПРАВАХ ДІТЕЙ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b></p>
<p>17.12.2012 № 04-21/1611</p>
<p style="margin-left:50%">Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>
<p>Служба у справах дітей облдержадміністрації повідомляє про виконання пунктів плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, виконавцем яких вона визначена:</p>
<p>1) пункт 1 — на сторінці служби на офіційному веб-сайті облдержадміністрації розміщено Положення про службу, наказ від 04.10.2012 № 16-од «Про затвердження порядку доступу до публічної інформації», інформацію про 3 види адміністративних послуг;</p>
<p>2) пункт 7 — до складу обласної комісії з питань захисту прав дитини включено 2 представників громадських організацій «Родина для кожної дитини» та «Світанок»;</p>
<p>3) пункт 8 — голову комітету з соціальних питань Громадської ради при облдержадміністрації включено до складу колегії служби (наказ від 12.11.2012 № 21-од), внесено зміни до Положення про колегію;</p>
<p>4) за іншими пунктами плану — заходи не проводились.</p>
<p>Довідково: на обліку в службах у справах дітей області перебуває 1 734 дитини-сироти та дитини, позбавленої батьківського піклування, з них 1 502 (86,6 %) виховуються в сімейних формах.</p>
<p>Просимо вибачити за затримку з наданням інформації: з 10 по 14 грудня працівники служби брали участь у перевірці діяльності будинків дитини.</p>
<p>&nbsp;</p>
<p>Начальник служби&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Л.В. Пономаренко</p>"""
    docx = office("fn05_sluzhba_ditei", "docx", html)
    plain = """Направляємо інформацію Служби у справах дітей облдержадміністрації (вих. № 04-21/1611 від 17.12.2012). Вибачте за запізнення.

Приймальня Служби у справах дітей облдержадміністрації
тел. (0462) 67-58-21
"""
    body = multipart("mixed", [
        alt(plain, word_html(mso(plain)), name),
        attachment("Служба_ВУ.docx", docx, MIME["docx"], "b", "windows-1251"),
    ], bnd(name))
    return message(name, date="2012-12-18 10:47:06", client="outlook2010", cs="windows-1251",
                   frm=("Служба у справах дітей", "sluzhba-ditei@example.gov.ua"),
                   subject="Інформація служби у справах дітей (Відкритий уряд)", body=body)


# ==========================================================================================
# 7. pa — personal address: a private box or another office's box
# ==========================================================================================

KEY = {
    "class": "personal_address", "executor": "rda-talalaivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Sent from a private ukr.net box; the office is only in the signature («апарату "
            "Талалаївської райдержадміністрації»), the addressee УВП heads the letter, and «п. 7, 10, "
            "12 – не проводились» is a list answered by a bare placeholder.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail(KEY)
def pa01_talalaivka(name):
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (на Ваш лист від 16.11.2012 № 03-08/1603)

(Пишу зі своєї пошти, бо районна пошта не працює з понеділка — провайдер міняє обладнання.)

п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Громадська рада», розміщено положення про громадську раду, її склад і протоколи засідань;
п. 6 – 29.11.2012 проведено громадські слухання щодо проекту Програми розвитку культури в Талалаївському районі на 2013–2015 роки (52 учасники);
п. 9 – проект розпорядження «Про затвердження Програми розвитку культури…» розглянуто на засіданні громадської ради при райдержадміністрації 22.11.2012, пропозиції ради враховано;
п. 7, 10, 12 – не проводились.

З повагою,
Мороз Тетяна Василівна,
головний спеціаліст відділу з питань внутрішньої політики, зв'язків з громадськістю та засобами масової інформації апарату Талалаївської райдержадміністрації
тел. (04634) 2-12-81, моб. 097-318-40-52
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Arial;font-size:13px">' + paras(esc(plain)) + "</div></body></html>\n")
    body = multipart("alternative", [
        text(plain, "plain", "utf-8", "base64", ct='text/plain; charset="utf-8"', style="x"),
        text(html, "html", "utf-8", "base64", ct='text/html; charset="utf-8"', style="x")],
        bnd(name, "alt", "x"), style="x")
    return message(name, date="2012-12-07 13:26:17", client="ukrnet",
                   frm=("Тетяна Мороз", "tanya.moroz77@ukr.net"),
                   subject="Талалаївка - інформація для УВП", body=body)


KEY = {
    "class": "personal_address", "executor": "su-mistobuduvannia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A private Gmail box, Russian cover in KOI8-R naming the office in the genitive "
            "(«управления градостроительства и архитектуры облгосадминистрации») and calling 2 "
            "«не наш пункт»; the Ukrainian .doc answers under plan numbers, one of them the list "
            "«6, 9.», and leaves 12 a dash.",
    "items": [{"measure": 1, "source": "Інформація УМА відкритий уряд.doc"},
              {"measure": 6, "source": "Інформація УМА відкритий уряд.doc"},
              {"measure": 7, "source": "Інформація УМА відкритий уряд.doc"},
              {"measure": 9, "source": "Інформація УМА відкритий уряд.doc"}],
}


@mail(KEY)
def pa02_mistobuduvannia(name):
    html = """<p align="center"><b>Інформація<br>управління містобудування та архітектури облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</b></p>
<p>1. На сторінці управління на офіційному веб-сайті облдержадміністрації створено розділ «Містобудівна документація», розміщено 14 проектів містобудівної документації для громадського обговорення та перелік виданих містобудівних умов і обмежень.</p>
<p>6, 9. Проект генерального плану смт Седнів винесено на громадські слухання (15.05.2013, 73 учасники); попередньо проект обговорено з членами Громадської ради при облдержадміністрації на засіданні комітету з питань містобудування та охорони культурної спадщини 06.05.2013, враховано 4 пропозиції.</p>
<p>7. До складу архітектурно-містобудівної ради управління включено 2 представників Чернігівської обласної організації Національної спілки архітекторів України та 1 члена Громадської ради.</p>
<p>12. —</p>
<p>&nbsp;</p>
<p>Начальник управління — головний архітектор області&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.Г. Бурлака</p>"""
    doc = office("pa02_mistobuduvannia", "doc", html)
    plain = """Добрый день!

Направляю информацию управления градостроительства и архитектуры облгосадминистрации о выполнении плана мероприятий за I полугодие 2013 г. Письмо с исходящим номером передано в канцелярию, но у нас с утра не работает служебная почта, поэтому отправляю с личной.

По п. 2 - это не наш пункт, рубрики на сайте ОГА ведет главное управление экономики.

--
Ольга Лысенко
главный специалист отдела градостроительной политики
управления градостроительства и архитектуры облгосадминистрации
тел. (0462) 67-31-45
"""
    plain = koi(plain)
    html_b = ('<div dir="ltr">' + "<br>".join(esc(l) if l else "<br>" for l in plain.split("\n")) + "</div>\n")
    alt_part = multipart("alternative", [
        text(plain, "plain", "KOI8-R", "base64", ct="text/plain; charset=KOI8-R", style="x"),
        text(html_b, "html", "KOI8-R", "base64", ct="text/html; charset=KOI8-R", style="x")],
        bnd(name, "alt", "gmail"), style="x")
    att = attachment("Інформація УМА відкритий уряд.doc", doc, MIME["doc"], "b", "UTF-8",
                     extra=[("X-Attachment-Id", f"f_h{uid(name, 'att', 8)}0")])
    body = multipart("mixed", [alt_part, att], bnd(name, "mix", "gmail"), style="x")
    return message(name, date="2013-06-11 12:48:39", client="gmail", cs="KOI8-R",
                   frm=("Ольга Лысенко", "o.lysenko.arch@gmail.com"),
                   subject="информация УГА - открытое правительство", body=body)


KEY = {
    "class": "personal_address", "executor": "su-kapbud", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "Sent late from the registered box of the housing department (Управління ЖКГ), which the "
            "cover names too; the report underneath is capital construction's, named in the genitive "
            "and in its signature.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail(KEY)
def pa03_kapbud(name):
    plain = """Доброго дня!

Надсилаємо інформацію управління капітального будівництва облдержадміністрації з поштової скриньки управління житлово-комунального господарства (у нас з 12.12 не працює Інтернет після переїзду на вул. Гетьмана Полуботка, 12). Просимо вибачити за запізнення.

----
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Управління капітального будівництва облдержадміністрації на виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року повідомляє:

п. 1 – на сторінці управління на офіційному веб-сайті облдержадміністрації розміщено перелік об'єктів будівництва, що фінансуються з обласного бюджету у 2013 році, із зазначенням стану виконання робіт (оновлюється щомісяця);
п. 2 – інформацію про хід виконання обласної програми будівництва (реконструкції) загальноосвітніх навчальних закладів за 9 місяців 2013 року направлено до Головного управління економіки для розміщення в рубриці «Хід виконання цільових програм»;
п. 7 – представника ГО «Чернігівський центр громадського контролю» включено до складу комісії з прийняття в експлуатацію закінчених будівництвом об'єктів соціальної сфери;
п. 12 – громадських експертиз у звітному періоді не проводилось.

Начальник управління капітального будівництва облдержадміністрації                  О.М. Кузьменко
вих. № 05-11/1872 від 13.12.2013
Виконавець: Герасименко Т.В., 67-29-03
"""
    body = text(plain, "plain", "windows-1251", "quoted-printable")
    return message(name, date="2013-12-16 15:29:50", client="outlook2007", cs="windows-1251",
                   frm=("Управління ЖКГ", "zhkh@example.gov.ua"),
                   subject="Інформація управління капітального будівництва (Відкритий уряд)", body=body)


KEY = {
    "class": "personal_address", "executor": "rda-borzna", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "From a private i.ua box, the sender's district named only in the signature; the cover "
            "promises 1 from another sector, and in the PDF «п. 7, 9, 12 – у І півріччі не було» is "
            "a bare denial and 1 is only promised again.",
    "items": [{"measure": 6, "source": "Borzna_info_2013_1.pdf"},
              {"measure": 10, "source": "Borzna_info_2013_1.pdf"}],
}


@mail(KEY)
def pa04_borzna(name):
    html = """<p align="center"><b>БОРЗНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b></p>
<p>13.06.2013 № 02-18/1411</p>
<p style="margin-left:50%">Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>
<p>Щодо виконання п. 6 плану заходів: у І півріччі 2013 року в районі проведено 5 консультацій з громадськістю — 2 громадські слухання щодо оптимізації мережі загальноосвітніх навчальних закладів (Шаповалівка, Плиски), зустрічі з жителями сіл Оленівка, Шаповалівка та Ядути з питань водопостачання.</p>
<p>Щодо п. 10: громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості; робочу групу утворено 28.03.2013 у складі 4 осіб.</p>
<p>Щодо п. 7, 9, 12 – у І півріччі не було.</p>
<p>Щодо п. 1 – інформацію буде надано додатково.</p>
<p>&nbsp;</p>
<p>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;М.І. Ганжа</p>"""
    pdf = office("pa04_borzna", "pdf", html)
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА

Направляю інформацію Борзнянської РДА про виконання Плану заходів за І півріччя 2013 р. Службова скринька переповнена, тому надсилаю з особистої.
Пункт 1 (сайт) веде сектор інформаційних технологій апарату РДА — інформацію від них надішлю окремо, як тільки надійде.

Кириченко Віктор,
завідувач сектору з питань внутрішньої політики та зв'язків з громадськістю Борзнянської райдержадміністрації
"""
    html_b = simple_html(plain, "windows-1251")
    body = multipart("mixed", [
        multipart("alternative", [
            text(plain, "plain", "windows-1251", "quoted-printable", ct="text/plain; charset=windows-1251", style="x"),
            text(html_b, "html", "windows-1251", "quoted-printable", ct="text/html; charset=windows-1251", style="x")],
            bnd(name, "alt", "x"), style="x"),
        attachment("Borzna_info_2013_1.pdf", pdf, MIME["pdf"], "ascii"),
    ], bnd(name, "mix", "x"), style="x")
    return message(name, date="2013-06-14 19:22:05", client="iua", cs="windows-1251",
                   frm=("Віктор Кириченко", "kyrychenko_v71@i.ua"),
                   subject="Борзна - інформація (Відкритий уряд)", body=body)


KEY = {
    "class": "personal_address", "executor": "gromrada", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The Public Council's head writes from a private meta.ua box: the discussion he chaired "
            "(15) and the forum (4) are reported, the collegia get only «як зазначалося в інформації за І "
            "півріччя, змін немає», and he thanks УВП for keeping up the web resource.",
    "items": [{"measure": 4, "source": "body"}, {"measure": 15, "source": "body"}],
}


@mail(KEY)
def pa05_gromrada(name):
    plain = """Шановна Ніно Петрівно!

Пишу з особистої скриньки, бо скринька Громадської ради з листопада не приймає листів із вкладеннями.

Інформація Громадської ради при облдержадміністрації про участь у виконанні плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року:

Громадське обговорення виконання заходів плану відбулося 12 грудня 2013 року у великій залі облдержадміністрації спільно з управлінням з питань внутрішньої політики та регіональним координатором Партнерства. Взяли участь 64 представники громадських організацій, 12 структурних підрозділів облдержадміністрації та 9 райдержадміністрацій; ухвалено рекомендації (12 пунктів), які Громадська рада направить голові облдержадміністрації до 20.12.2013.

Інтернет-форум на веб-ресурсі «Чернігівська громада» з березня 2013 року працює в повному режимі: зареєстровано 318 користувачів, відкрито 46 тем; найбільше обговорювані — «Громадський транспорт Чернігова» та «Обласний бюджет 2014».

Щодо участі голів комітетів Громадської ради у колегіях структурних підрозділів облдержадміністрації — як зазначалося в інформації за І півріччя, змін немає.

Дякуємо управлінню за підтримку веб-ресурсу та сприяння у проведенні обговорення.

З повагою
Павло Гордієнко,
голова Громадської ради при облдержадміністрації
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + paras(esc(plain)) + "</body></html>\n")
    body = multipart("alternative", [
        text(plain, "plain", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8", style="x"),
        text(html, "html", "utf-8", "quoted-printable", ct="text/html; charset=utf-8", style="x")],
        bnd(name, "alt", "x"), style="x")
    return message(name, date="2013-12-13 21:04:33", client="metaua",
                   frm=("Павло Гордієнко", "p.hordiienko@meta.ua"),
                   subject="Інформація Громадської ради за ІІ півріччя 2013", body=body)


# ==========================================================================================
# 8. mx — mixed: forwards, corrections, cover vs attachment, two attachments, Word HTML
# ==========================================================================================

KEY = {
    "class": "mixed", "executor": "rda-nosivka", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "Outlook forwards the office's own letter of 14.06 as message/rfc822 (with its .doc, "
            "counted when it came) and adds above it a corrected date for 9 and a hearing «в рамках "
            "п. 6 плану», then «Решта інформації без змін».",
    "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail(KEY)
def mx01_nosivka(name):
    inner_html = """<p align="center"><b>Інформація Носівської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</b></p>
<p>п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Консультації з громадськістю», розміщено 18 проектів розпоряджень;</p>
<p>п. 6 – проведено громадські слухання щодо проекту Програми благоустрою м. Носівка (14.03.2013);</p>
<p>п. 7 – до складу районної комісії з питань захисту прав дитини включено 2 членів громадської ради;</p>
<p>п. 9 – проект районної Програми розвитку освіти на 2013–2016 роки обговорено з членами громадської ради на засіданні 23.04.2013;</p>
<p>п. 10 – робоча група з питань відкритості при громадській раді створена 12.02.2013;</p>
<p>п. 12 – не проводились.</p>
<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.М. Савенок</p>"""
    inner_doc = office("mx01_nosivka_inner", "doc", inner_html)
    inner_plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Надсилаємо інформацію Носівської райдержадміністрації про виконання плану заходів за І півріччя 2013 року (вих. № 01-19/1502 від 14.06.2013).

Сектор організаційної роботи апарату Носівської РДА
"""
    inner_name = name + "-inner"
    inner_body = multipart("mixed", [
        alt(inner_plain, word_html(mso(inner_plain)), inner_name),
        attachment("Носівка_ВУ_1півр.doc", inner_doc, MIME["doc"], "b", "windows-1251"),
    ], bnd(inner_name))
    d_in = kyiv("2013-06-14 15:12:40")
    inner = Part([
        ("From", addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251")),
        ("To", UVP),
        ("Subject", hdr_text("Інформація Носівської РДА (Відкритий уряд)", "windows-1251")),
        ("Date", rfcdate(d_in)),
        ("Message-ID", msgid(inner_name, "outlook2010", "example.gov.ua")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Content-Language", "uk"),
    ] + inner_body.headers, inner_body.body).render()
    plain = """Шановні колеги!

Уточнюємо інформацію Носівської райдержадміністрації від 14.06.2013 № 01-19/1502 (лист додається): у п. 9 помилково зазначено дату засідання громадської ради. Правильно: проект районної Програми розвитку освіти на 2013–2016 роки обговорено з членами громадської ради на засіданні 23.05.2013 (а не 23.04.2013), надійшло 6 пропозицій, 4 з них враховано.

Крім того, в інформації не відображено, що в рамках п. 6 плану 07.06.2013 проведено громадські слухання щодо проекту рішення про встановлення місцевих податків і зборів на 2014 рік (41 учасник).

Решта інформації без змін.

Перепрошуємо за неточність.

Сектор організаційної роботи апарату Носівської райдержадміністрації
тел. (04642) 2-14-75
"""
    body = multipart("mixed", [
        alt(plain, word_html(mso(plain)), name),
        rfc822(inner),
    ], bnd(name))
    return message(name, date="2013-06-17 14:12:09", client="outlook2010", cs="windows-1251",
                   frm=("Носівська РДА", "rda-nosivka@example.gov.ua"),
                   subject="FW: Інформація Носівської РДА (Відкритий уряд)", body=body)


KEY = {
    "class": "mixed", "executor": "rda-sosnytsia", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The cover note answers 10 itself and only points to the sheet for «пп. 1, 6, 7, 9, 12»; "
            "the .ods answers 1, 6, 9 and leaves 7 a dash and 12 a bare «не проводились»; a "
            "background paragraph on the district and the council sits between.",
    "items": [{"measure": 1, "source": "Сосниця_таблиця.ods"},
              {"measure": 6, "source": "Сосниця_таблиця.ods"},
              {"measure": 9, "source": "Сосниця_таблиця.ods"},
              {"measure": 10, "source": "body"}],
}


@mail(KEY)
def mx02_sosnytsia(name):
    rows = [
        ["№ пункту плану", "Інформація про виконання"],
        [1, "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства; "
            "створено розділ «Консультації з громадськістю», розміщено звіт про виконання районного "
            "бюджету за 9 місяців 2012 року."],
        [6, "Проведено громадські слухання щодо проекту районного бюджету на 2013 рік (11.12.2012, "
            "38 учасників)."],
        [7, "—"],
        [9, "Проект районної програми охорони навколишнього природного середовища на 2013–2015 роки "
            "обговорено на засіданні громадської ради 06.12.2012."],
        [12, "не проводились"],
        [16, "надається"],
    ]
    ods = office("mx02_sosnytsia", "ods", rows)
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація Сосницької райдержадміністрації про виконання плану заходів щодо пп. 1, 6, 7, 9, 12 наведена у таблиці (додається).

Окремо щодо п. 10: громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади (лист від 15.11.2012 № 01-11/1766); на засіданні ради 06.12.2012 групу утворено у складі 3 осіб під головуванням Марченко Л.П.

Довідково: у Сосницькому районі 27 сільських рад, населення — 21,4 тис. осіб; громадська рада при райдержадміністрації сформована 18.09.2012 у складі 15 осіб, з них 11 — представники громадських організацій.

Заступник голови райдержадміністрації                     В.П. Кучер
вих. № 01-11/1989 від 13.12.2012
"""
    body = multipart("mixed", [
        text(plain, "plain", "windows-1251", "quoted-printable", ct="text/plain; charset=windows-1251", style="x"),
        attachment("Сосниця_таблиця.ods", ods, MIME["ods"], "b", "windows-1251"),
    ], bnd(name, style="thebat"), style="x")
    return message(name, date="2012-12-14 15:03:22", client="thebat", cs="windows-1251",
                   frm=("Сосницька РДА", "rda-sosnytsia@example.gov.ua"),
                   subject="Інформація Сосницької РДА (Відкритий уряд)", body=body)


KEY = {
    "class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Two attachments: this half-year's .docx and last half-year's PDF sent «для довідки» "
            "(an earlier period, not counted); in the .docx 9 is «без змін» and 10 only refers to "
            "that enclosed earlier report; the cover thanks the centre for a seminar.",
    "items": [{"measure": 1, "source": "Інформація_І_півріччя_2013.docx"},
              {"measure": 6, "source": "Інформація_І_півріччя_2013.docx"},
              {"measure": 7, "source": "Інформація_І_півріччя_2013.docx"},
              {"measure": 12, "source": "Інформація_І_півріччя_2013.docx"}],
}


@mail(KEY)
def mx03_chernihiv(name):
    cur = """<p align="center"><b>Інформація Чернігівської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</b></p>
<p>п. 1 – на офіційному веб-сайті райдержадміністрації запроваджено електронну форму звернення громадян, створено підрозділ «Місцеві податки і збори», розміщено 26 проектів розпоряджень;</p>
<p>п. 6 – проведено громадські слухання щодо проекту Програми розвитку житлово-комунального господарства району на 2013–2017 роки (21.03.2013) та щодо проекту детального плану території с. Киїнка (16.05.2013);</p>
<p>п. 7 – до складу районної ради з питань захисту прав споживачів включено голову ГО «Спілка споживачів Чернігівщини»;</p>
<p>п. 9 – без змін;</p>
<p>п. 10 – як зазначалося в інформації за ІІ півріччя 2012 року (додається), робоча група створена у листопаді 2012 року;</p>
<p>п. 12 – громадська антикорупційна експертиза проекту розпорядження голови райдержадміністрації «Про затвердження Правил благоустрою території сіл району» проведена ГО «Правозахисна ініціатива Чернігівщини», 4 пропозиції враховано.</p>
<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.П. Литвин</p>"""
    old = """<p align="center"><b>Інформація Чернігівської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2012 року</b></p>
<p>п. 1 – офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог законодавства, створено розділ «Доступ до публічної інформації»;</p>
<p>п. 6 – проведено громадські слухання щодо проекту районного бюджету на 2013 рік (06.12.2012);</p>
<p>п. 9 – проект Програми підтримки малого підприємництва обговорено на засіданні громадської ради 29.11.2012;</p>
<p>п. 10 – громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості, групу утворено 27.11.2012.</p>
<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.П. Литвин</p>"""
    docx = office("mx03_chernihiv", "docx", cur)
    pdf = office("mx03_chernihiv_2012", "pdf", old)
    plain = """Доброго дня!

Надсилаємо інформацію Чернігівської райдержадміністрації про виконання плану заходів за І півріччя 2013 року (файл «Інформація_І_півріччя_2013.docx»).

Для довідки додаємо також інформацію за ІІ півріччя 2012 року, оскільки в нагадуванні від 10.06.2013 зазначено, що за минулий період від нас нічого не надходило, хоча лист направлявся 13.12.2012.

Користуючись нагодою, дякуємо Чернігівському центру перепідготовки та управлінню за семінар 26.02.2013, у якому взяли участь 3 працівники райдержадміністрації.

З повагою,
Кисіль Олена
відділ організаційної роботи апарату Чернігівської райдержадміністрації
тел. (0462) 67-02-45
"""
    body = multipart("mixed", [
        text(flowed(plain), "plain", "UTF-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed", style="x"),
        attachment("Інформація_І_півріччя_2013.docx", docx, MIME["docx"], "2231", "UTF-8"),
        attachment("Інформація_ІІ_півріччя_2012.pdf", pdf, MIME["pdf"], "2231", "UTF-8"),
    ], bnd(name, style="thunderbird"), style="x", preamble="This is a multi-part message in MIME format.")
    return message(name, date="2013-06-13 11:40:52", client="thunderbird17",
                   frm=("Чернігівська РДА", "rda-chernihiv@example.gov.ua"),
                   subject="Інформація Чернігівської РДА за І півріччя 2013 р.", body=body)


KEY = {
    "class": "mixed", "executor": "rda-shchors", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook Word HTML with two inline images (emblem, signature) and the plan's own wording "
            "quoted as a heading over each answer: under 1 only a pointer to the June letter, under 7 "
            "a dash, under 16 a line on the reporting; 10's group dates from April but met this period.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail(KEY)
def mx04_shchors(name):
    answers = [
        (1, "Інформацію щодо функціонування офіційного веб-сайту райдержадміністрації надано у звіті за "
            "І півріччя 2013 року (лист від 13.06.2013 № 01-14/1418)."),
        (6, "У ІІ півріччі 2013 року проведено 3 громадські слухання (щодо проекту районного бюджету на "
            "2014 рік — 09.12.2013, щодо Програми розвитку фізичної культури — 17.10.2013, щодо "
            "тарифів на водопостачання у м. Щорс — 12.09.2013) та 2 зустрічі голови райдержадміністрації "
            "з жителями сіл Хотіївка і Тихоновичі."),
        (7, "—"),
        (9, "Проект Програми соціально-економічного та культурного розвитку району на 2014 рік обговорено "
            "на засіданні громадської ради при райдержадміністрації 28.11.2013; з 8 пропозицій членів "
            "ради враховано 5."),
        (10, "Робоча група з питань відкритості та прозорості, створена при громадській раді у квітні "
             "2013 року, у ІІ півріччі провела 3 засідання: розглянуто стан оприлюднення проектів "
             "розпоряджень, підготовлено 5 пропозицій щодо структури офіційного веб-сайту."),
        (12, "Громадських експертиз у ІІ півріччі 2013 року не проводилось; інститути громадянського "
             "суспільства з відповідними запитами не зверталися."),
        (16, "Інформація надається у встановлені терміни."),
    ]
    head = """ЩОРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
вул. Леніна, 121, м. Щорс, 15200, тел. (04654) 2-13-45
11.12.2013 № 01-14/2977

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року
"""
    sign = """
Голова райдержадміністрації                              В.О. Северин

Виконавець: Мисник Ю.П., (04654) 2-10-72
"""
    pl = "[cid:image001.png@01CEF74A.8C1E2B30]\n" + head
    for n, a in answers:
        pl += f"\n{n}. {MEASURE[n]}\n{a}\n"
    pl += sign.replace("В.О. Северин", "[cid:image002.png@01CEF74A.8C1E2B30] В.О. Северин")
    h = ('<p class=MsoNormal align=center style="text-align:center"><img width=48 height=64 '
         'id="Picture_x0020_1" src="cid:image001.png@01CEF74A.8C1E2B30" alt="Герб"><o:p></o:p></p>\n')
    hl = head.strip("\n").split("\n")
    h += f'<p class=MsoNormal align=center style="text-align:center"><b>{esc(hl[0])}<o:p></o:p></b></p>\n'
    h += mso("\n".join(hl[1:]))
    for n, a in answers:
        h += (f'\n<p class=MsoNormal style="text-align:justify;text-indent:35.4pt"><i>{n}. '
              f'{esc(MEASURE[n])}</i><o:p></o:p></p>\n'
              f'<p class=MsoNormal style="text-align:justify;text-indent:35.4pt">{esc(a)}<o:p></o:p></p>')
    h += ('\n<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n<p class=MsoNormal>Голова райдержадміністрації'
          '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<img width=90 height=30 id="Picture_x0020_2" '
          'src="cid:image002.png@01CEF74A.8C1E2B30">&nbsp;&nbsp;В.О. Северин<o:p></o:p></p>\n'
          + mso("\nВиконавець: Мисник Ю.П., (04654) 2-10-72"))
    html = word_html(h)
    img1 = Part([("Content-Type", 'image/png;\r\n\tname="image001.png"'),
                 ("Content-Description", "image001.png"),
                 ("Content-Disposition", 'inline;\r\n\tfilename="image001.png"; size=0'),
                 ("Content-ID", "<image001.png@01CEF74A.8C1E2B30>"),
                 ("Content-Transfer-Encoding", "base64")], enc_body(png(48, 64), "base64"))
    img2 = Part([("Content-Type", 'image/png;\r\n\tname="image002.png"'),
                 ("Content-Description", "image002.png"),
                 ("Content-Disposition", 'inline;\r\n\tfilename="image002.png"; size=0'),
                 ("Content-ID", "<image002.png@01CEF74A.8C1E2B30>"),
                 ("Content-Transfer-Encoding", "base64")], enc_body(png(90, 30, (20, 20, 120), (255, 255, 255)), "base64"))
    body = multipart("related", [alt(pl, html, name), img1, img2], bnd(name, "rel"),
                     params=';\r\n\ttype="multipart/alternative"')
    return message(name, date="2013-12-12 16:27:35", client="outlook2010", cs="windows-1251",
                   frm=("Щорська РДА", "rda-shchors@example.gov.ua"),
                   subject="Інформація Щорської РДА (вих. 01-14/2977 від 11.12.2013)", body=body)


KEY = {
    "class": "mixed", "executor": "cppk", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A correction typed above the quoted earlier report (The Bat!, «>» quotes) in a part "
            "labelled koi8-r whose bytes are windows-1251: the corrected seminar and an added one "
            "are this mail's own text on 13; the quoted report is not counted.",
    "items": [{"measure": 13, "source": "body"}],
}


@mail(KEY)
def mx05_cppk(name):
    quoted = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація Чернігівського центру перепідготовки та підвищення кваліфікації щодо виконання п. 13 плану заходів:

26.02.2013 проведено навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю; навчання пройшли 24 особи.

Директор Центру                    В.А. Руденко
вих. № 01-05/96 від 01.03.2013"""
    plain = """Доброго дня!

Уточнення до інформації Чернігівського центру перепідготовки та підвищення кваліфікації від 01.03.2013 № 01-05/96 (текст нижче):

у п. 13 помилково зазначено кількість учасників семінару 26.02.2013. Правильно: навчання пройшли 42 заступники керівників структурних підрозділів облдержадміністрації та райдержадміністрацій (а не 24), з них 17 — відповідальні за організацію консультацій з громадськістю; за результатами семінару видано 42 свідоцтва про підвищення кваліфікації.

Крім того, 07.03.2013 проведено додатковий семінар для спеціалістів, які безпосередньо організовують консультації з громадськістю (29 учасників, у тому числі 11 — з райдержадміністрацій).

Вибачте за неточність.

Мельник Оксана Василівна, методист Центру
тел. (0462) 65-12-43

Ви писали 1 березня 2013 р., 12:44:

""" + "\n".join(("> " + l) if l else ">" for l in quoted.split("\n")) + "\n"
    body = text(wrap(plain), "plain", "koi8-r", "8bit", ct="text/plain; charset=koi8-r",
                raw_cs="windows-1251", style="x")
    return message(name, date="2013-03-12 12:05:48", client="thebat", cs="windows-1251",
                   frm=("ЦППК", "cppk@example.gov.ua"),
                   subject="Re: Інформація ЦППК щодо п. 13 плану (уточнення)", body=body,
                   reply=f"<{int(uid(name, 'q', 8), 16) % 10**9}.{uid(name, 'q2', 8)}@example.gov.ua>")


# ==========================================================================================
# Checks and output
# ==========================================================================================

DEADLINES = [d["date"] for d in PLAN["deadline"]]
GRACE = PLAN["plan"].get("grace_days", 3)
APPROVED = PLAN["plan"]["approved"]


def period_of(day):
    if day < APPROVED:
        return None, None
    for i, dl in enumerate(DEADLINES):
        if day <= dl:
            return i + 1, False
        if day <= dl + dt.timedelta(days=GRACE):
            return i + 1, True
    return None, None


def decode_fn(raw):
    if raw and "=?" in raw:
        return str(email.header.make_header(email.header.decode_header(raw)))
    return raw


def check(name, key, raw):
    prefix = name[:2]
    errs = []
    def need(cond, msg):
        if not cond:
            errs.append(msg)
    need(set(key) == {"class", "executor", "period", "late", "kind", "reason", "note", "items"},
         "key fields")
    need(key["class"] == CLASSES.get(prefix), f"class {key['class']} vs prefix {prefix}")
    need(key["executor"] in EXEC, f"unknown executor {key['executor']}")
    if key["class"] == "not_report":
        need(key["kind"] == "not_report" and key["reason"] in REASONS and key["items"] == [],
             "not_report key")
    else:
        need(key["kind"] == "report" and key["reason"] is None and key["items"], "report key")
    pairs = [(i["measure"], i["source"]) for i in key["items"]]
    need(all(set(i) == {"measure", "source"} for i in key["items"]), "item fields")
    need(all(isinstance(m, int) and 1 <= m <= 15 for m, _ in pairs), "measure out of 1..15")
    need(pairs == sorted(pairs), "items not sorted")
    need(len(set(pairs)) == len(pairs), "items not unique")
    need(isinstance(key["note"], str) and len(key["note"]) > 20, "note")
    # the bytes
    need(b"\n" not in raw.replace(b"\r\n", b""), "bare LF")
    head = raw.split(b"\r\n\r\n", 1)[0]
    need(all(b < 128 for b in head), "non-ASCII header")
    need(all(len(l) < 998 for l in raw.split(b"\r\n")), "line too long")
    msg = email.message_from_bytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        need(msg[h] is not None, f"missing {h}")
    need(UVP in msg["To"], "To is not the mailbox")
    date = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    per, late = period_of(date.date())
    need((per, late) == (key["period"], key["late"]),
         f"period/late {per}/{late} vs key {key['period']}/{key['late']}")
    need(dt.date(2012, 1, 1) <= date.date() <= dt.date(2013, 12, 31), "Date outside 2012-2013")
    rec = msg.get_all("Received")[0]
    rdate = email.utils.parsedate_to_datetime(rec.rsplit(";", 1)[1].strip().split(" (")[0]).astimezone(KYIV)
    need(0 < (rdate - date).total_seconds() <= 60 and rdate.date() == date.date(),
         "Received not a few seconds after Date")
    sender = email.utils.parseaddr(msg["From"])[1].lower()
    own = [a.lower() for a in EXEC[key["executor"]].get("emails", [])]
    registered = {a.lower(): e["id"] for e in PLAN["executor"] for a in e.get("emails", [])}
    if prefix == "pa":
        need(sender not in own, "pa mail sent from the executor's own box")
        need(sender in registered or sender.split("@")[1] in ("gmail.com", "ukr.net", "i.ua", "meta.ua"),
             "pa sender neither private nor registered")
    else:
        need(sender in own, f"sender {sender} is not the executor's registered box")
    names = set()
    for part in msg.walk():
        fn = decode_fn(part.get_filename())
        if fn:
            names.add(fn)
            if part.get_content_maintype() != "multipart":
                data = part.get_payload(decode=True) or b""
                need(len(data) < 60 * 1024, f"attachment {fn} over 60 KB")
    for m, src in pairs:
        if src != "body":
            need(src in names, f"source {src!r} not in mail (has {sorted(names)})")
    return errs, names


def main():
    os.makedirs(WORK, exist_ok=True)
    seen, errors = set(), []
    per_class, measures = {}, set()
    stats = {"items_by_source": {}, "items_by_measure": {}, "periods": {}, "late": 0,
             "executors": {}, "clients": {}}
    for name, key, fn in MAILS:
        assert name not in seen, name
        seen.add(name)
        raw = fn(name)
        errs, names = check(name, key, raw)
        errors += [f"{name}: {e}" for e in errs]
        with open(os.path.join(HERE, f"{name}.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, f"{name}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        per_class[key["class"]] = per_class.get(key["class"], 0) + 1
        for it in key["items"]:
            measures.add(it["measure"])
            kind = "body" if it["source"] == "body" else it["source"].rsplit(".", 1)[1].lower()
            stats["items_by_source"][kind] = stats["items_by_source"].get(kind, 0) + 1
            stats["items_by_measure"][it["measure"]] = stats["items_by_measure"].get(it["measure"], 0) + 1
        stats["periods"][key["period"]] = stats["periods"].get(key["period"], 0) + 1
        stats["late"] += key["late"]
        stats["executors"][key["executor"]] = stats["executors"].get(key["executor"], 0) + 1
        msg = email.message_from_bytes(raw)
        cl = msg["X-Mailer"] or msg["User-Agent"] or "(none: Gmail)"
        stats["clients"][cl] = stats["clients"].get(cl, 0) + 1
    if len(MAILS) != 40:
        errors.append(f"{len(MAILS)} mails, not 40")
    for c in CLASSES.values():
        if per_class.get(c) != 5:
            errors.append(f"class {c}: {per_class.get(c)} mails, not 5")
    missing = set(range(1, 16)) - measures
    if missing:
        errors.append(f"measures never an item: {sorted(missing)}")
    for f in sorted(os.listdir(ATT)):
        p = os.path.join(ATT, f)
        if os.path.isfile(p):
            if os.path.getsize(p) >= 60 * 1024:
                errors.append(f"attachments/{f} is over 60 KB")
            if f.endswith(".pdf") and shutil.which("pdftotext"):
                out = subprocess.run(["pdftotext", p, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                if len(out.strip()) < 100:
                    errors.append(f"attachments/{f} has no text layer")
    total = sum(stats["items_by_measure"].values())
    print(f"{len(MAILS)} mails, {total} items")
    print("items by source:", dict(sorted(stats["items_by_source"].items())))
    print("items by measure:", dict(sorted(stats["items_by_measure"].items())))
    print("mails by period:", dict(sorted(stats["periods"].items())), "late:", stats["late"])
    print(f"executors: {len(stats['executors'])} distinct;",
          ", ".join(f"{k}×{v}" for k, v in sorted(stats["executors"].items()) if v > 1))
    print("clients:", json.dumps(stats["clients"], ensure_ascii=False, sort_keys=True))
    if errors:
        print("\n".join(["ERRORS:"] + errors), file=sys.stderr)
        sys.exit(1)
    print("all keys checked: OK")


if __name__ == "__main__":
    main()
