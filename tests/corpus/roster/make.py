#!/usr/bin/env python3
"""make.py — builds the "roster" corpus: 40 report e-mails for zvit with hand-written keys.

Every message is assembled by hand below: header order, charset labels, transfer encodings,
file-name styles.  Boundaries and Message-IDs are derived from the mail's name with SHA-1, so
a rerun gives byte-identical .eml files.  Office attachments are written here as HTML
(documents) or CSV (sheets), converted once with LibreOffice and kept in attachments/; a rerun
reuses them.

Each key is a literal KEY_<name> written by hand above its mail's builder.  This script only
checks the keys (class prefix, items sorted and unique, period/late against the Date header
read in Europe/Kyiv, every source present in the mail) and writes them out beside the mail.

Usage:  python3 make.py          (writes *.eml and *.expected.json beside this file)
"""
import base64
import datetime
import email
import email.header
import email.utils
import hashlib
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import urllib.parse
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
WORK = "/tmp/roster-work"
CORPUS = "roster"
KYIV = ZoneInfo("Europe/Kyiv")
UTC = datetime.timezone.utc
MAILBOX = "uvp@cg.ukrtel.net"

# ---------------------------------------------------------------------------------------------
# small deterministic helpers


def sha(name, tag):
    return hashlib.sha1(f"{CORPUS}/{name}/{tag}".encode()).hexdigest()


def kyiv(y, mo, d, h, mi, s):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfc_date(dt, tz=None, comment=""):
    """RFC 5322 date of an aware datetime, rendered in tz (default: Kyiv)."""
    dt = dt.astimezone(tz or KYIV)
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    s = f"{days}, {dt.day:02d} {mons[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    return s + (f" ({comment})" if comment else "")


def received(name, dt, delay, helo, ip, tag="mx"):
    """The receiving server's Received: header, `delay` seconds after the Date."""
    r = dt + datetime.timedelta(seconds=delay)
    zone = "EEST" if r.astimezone(KYIV).utcoffset().total_seconds() == 10800 else "EET"
    qid = sha(name, "qid" + tag)[:10].upper()
    return (f"from {helo} ({helo} [{ip}])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id {qid}\n"
            f"\tfor <{MAILBOX}>; {rfc_date(r, comment=zone)}")


def relay(name, dt, delay, host, ip, by, prog="Microsoft SMTPSVC(6.0.3790.4675)"):
    """An earlier hop inside the sender's own network."""
    r = dt + datetime.timedelta(seconds=delay)
    return f"from {host} ([{ip}]) by {by} with {prog};\n\t {rfc_date(r)}"


# ---------------------------------------------------------------------------------------------
# encodings


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(data):
    """Quoted-printable of bytes whose lines end in \\n (soft breaks at 76)."""
    out = []
    lines = data.split(b"\n")
    for n, line in enumerate(lines):
        if n == len(lines) - 1 and line == b"":
            break
        line = line.rstrip(b"\r")
        enc = []
        for i, c in enumerate(line):
            ch = bytes([c])
            if c == 61 or c > 126 or (c < 32 and c != 9):
                enc.append("=%02X" % c)
            elif c in (32, 9) and i == len(line) - 1:
                enc.append("=%02X" % c)
            else:
                enc.append(ch.decode("ascii"))
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\n".join(out) + "\n"


def ew(text, charset="utf-8", mode="B", maxlen=75):
    """RFC 2047 encoded words (folded with CRLF SP), never splitting a character."""
    def one(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        q = []
        for c in raw:
            if c == 32:
                q.append("_")
            elif (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c in b"!*+-/":
                q.append(chr(c))
            else:
                q.append("=%02X" % c)
        return f"=?{charset}?Q?{''.join(q)}?="
    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > maxlen:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return "\n ".join(words)


def p2231(param, text, charset="utf-8", piece=39, lang=""):
    """RFC 2231 parameter with charset, split into continuations of about `piece` chars."""
    raw = text.encode(charset)
    toks = [chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "-._~" else "%%%02X" % c for c in raw]
    parts, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > piece:
            parts.append(cur)
            cur = ""
        cur += t
    parts.append(cur)
    if len(parts) == 1:
        return f"{param}*={charset}'{lang}'{parts[0]}"
    out = [f"{param}*0*={charset}'{lang}'{parts[0]}"]
    for i, p in enumerate(parts[1:], 1):
        out.append(f"{param}*{i}*={p}")
    return ";\n ".join(out)


def flowed(text, width=72):
    """format=flowed: long lines broken with a trailing space, quote depth kept."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(>+ ?)", line)
        pre = m.group(1) if m else ""
        body = line[len(pre):]
        if line == "-- ":
            out.append(line)
            continue
        if not pre and (body.startswith(" ") or body.startswith("From ")):
            body = " " + body
        if len(pre) + len(body) <= width:
            out.append(pre + body.rstrip(" ") if body.strip() else pre.rstrip() if pre else "")
            continue
        words = body.split(" ")
        cur = ""
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                out.append(pre + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(pre + cur)
    return "\n".join(out)


def hardwrap(text, width=74, prefix_re=r"^(>+ ?|\s+)"):
    """Hard wrap as The Bat!, Outlook Express or Eudora do on sending."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(prefix_re, line)
        pre = m.group(1) if m and m.group(1).startswith(">") else ""
        body = line[len(pre):]
        cur = ""
        for w in body.split(" "):
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                out.append(pre + cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(pre + cur)
    return "\n".join(out)


def enc_text(text, charset, cte, crlf_in_b64=True):
    data = text.encode(charset)
    if cte == "8bit" or cte == "7bit":
        return data
    if cte == "quoted-printable":
        return qp(data).encode("ascii")
    if cte == "base64":
        if crlf_in_b64:
            data = data.replace(b"\n", b"\r\n")
        return b64(data).encode("ascii")
    raise ValueError(cte)


# ---------------------------------------------------------------------------------------------
# MIME assembly: a part is (headers, body-bytes) or (headers, [subparts], boundary)


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=""):
        self.headers = headers        # list of (name, value); value ASCII, folds as "\n\t" / "\n "
        self.body = body              # bytes (already transfer-encoded)
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}".encode("ascii"))
        out.append(b"")
        head = b"\n".join(out) + b"\n"
        if self.parts is None:
            body = self.body if isinstance(self.body, bytes) else self.body.encode("ascii")
            return head + body
        chunks = [head]
        if self.preamble:
            chunks.append(self.preamble.encode("ascii") + b"\n")
        for p in self.parts:
            chunks.append(f"--{self.boundary}\n".encode("ascii"))
            r = p.render()
            chunks.append(r if r.endswith(b"\n") else r + b"\n")
        chunks.append(f"--{self.boundary}--\n".encode("ascii"))
        if self.epilogue:
            chunks.append(self.epilogue.encode("ascii"))
        return b"".join(chunks)


def crlf(data):
    data = data.replace(b"\r\n", b"\n")
    return data.replace(b"\n", b"\r\n")


def text_part(text, charset, cte, subtype="plain", label=None, params="", cte_name="Content-Transfer-Encoding"):
    """A text leaf. label: how the charset is written (default: charset as is); "" = no charset."""
    ct = f"text/{subtype}"
    lab = charset if label is None else label
    if lab:
        ct += f"; charset={lab}"
    if params:
        ct += params
    return Part([("Content-Type", ct), (cte_name, cte)], enc_text(text, charset, cte))


def attach(ctype, name_param, disp_param, data, cte="base64", extra_headers=(), disp="attachment", style="outlook"):
    """An attachment; name_param / disp_param are the ready parameter strings."""
    sep = "\n\t" if style == "outlook" else "\n "
    hs = [("Content-Type", f"{ctype};{sep}{name_param}")]
    if style == "outlook":
        hs.append(("Content-Transfer-Encoding", cte))
        hs.append(("Content-Disposition", f"{disp};{sep}{disp_param}"))
    else:
        hs.append(("Content-Transfer-Encoding", cte))
        hs.append(("Content-Disposition", f"{disp};{sep}{disp_param}"))
    hs.extend(extra_headers)
    return Part(hs, b64(data).encode("ascii"))


# ---------------------------------------------------------------------------------------------
# boundaries and message ids in the styles of the clients


def bnd_outlook(name, n=0):
    h = sha(name, f"b{n}")
    return f"----=_NextPart_{n:03d}_{h[:4].upper()}_{h[4:12].upper()}.{h[12:20].upper()}"


def bnd_tb(name, n=0):
    h = int(sha(name, f"b{n}")[:20], 16)
    return "------------" + str(h).zfill(24)[:24]


def bnd_bat(name, n=0):
    return "----------" + sha(name, f"b{n}")[:12].upper()


def bnd_gmail(name, n=0):
    return "047d7b" + sha(name, f"b{n}")[:22]


def bnd_rc(name, n=0):
    return "=_" + sha(name, f"b{n}")[:32]


def mid_outlook(name, domain):
    h = sha(name, "mid")
    return f"<{h[:12]}$" + f"{h[12:20]}${h[20:28]}$@{domain}>"


def mid_oe(name, host):
    h = sha(name, "mid")
    return f"<00{h[:2]}01{h[2:8]}${h[8:16]}${h[16:24]}@{host}>"


def mid_tb(name, domain):
    h = sha(name, "mid")
    return f"<{h[:8].upper()}.{int(h[8:14], 16) % 10000000:07d}@{domain}>"


def mid_bat(name, dt, domain):
    h = sha(name, "mid")
    return f"<{int(h[:8], 16) % 10**10:010d}.{dt.astimezone(KYIV):%Y%m%d%H%M%S}@{domain}>"


def mid_gmail(name):
    h = base64.b64encode(bytes.fromhex(sha(name, "mid"))).decode().rstrip("=").replace("/", "_").replace("+", "-")
    return f"<CA+{h}{sha(name, 'mid2')[:8]}@mail.gmail.com>"


def thread_index(name):
    return base64.b64encode(bytes.fromhex(sha(name, "ti") + sha(name, "ti2")[:4])).decode()


# ---------------------------------------------------------------------------------------------
# Word-styled HTML (Outlook 2007/2010 editor) and plain text twins

WORD_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Tahoma;
	panose-1:2 11 6 4 3 5 4 4 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}
p.MsoAcetate, li.MsoAcetate, div.MsoAcetate
	{mso-style-priority:99;
	mso-style-link:"Balloon Text Char";
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:8.0pt;
	font-family:"Tahoma","sans-serif";}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri","sans-serif";
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri","sans-serif";
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""


def word_html(inner, charset, gen="Microsoft Word 14 (filtered medium)", lang="UK"):
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head>'
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">'
        f'<meta name=Generator content="{gen}">' + WORD_STYLE +
        f"</head><body lang={lang} link=blue vlink=purple><div class=WordSection1>" + inner +
        "</div></body></html>\n")


def esc(s):
    return html.escape(s, quote=False)


SPAN = "<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>"


def wp(text, style="", span=True, bold=False):
    """One Word paragraph of text (escaped); empty text gives the &nbsp; paragraph."""
    if not text:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    t = esc(text)
    if bold:
        t = "<b>" + t + "</b>"
    st = f" style='{style}'" if style else ""
    if span:
        return f"<p class=MsoNormal{st}>{SPAN}{t}<o:p></o:p></span></p>\n"
    return f"<p class=MsoNormal{st}>{t}<o:p></o:p></p>\n"


def wparas(text, **kw):
    """Word paragraphs from plain text: every line a paragraph, blank lines kept."""
    return "".join(wp(line, **kw) for line in text.split("\n"))


def outlook_quote_html(hdrs, lang="UK"):
    """The header block Outlook 2007/2010 puts above the quoted mail."""
    rows = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hdrs)
    return ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><span lang={lang} style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\";"
            f"mso-fareast-language:UK'>{rows}<o:p></o:p></span></p></div></div>\n")


def wtable(rows, widths=None, header=True):
    """A Word table (MsoTableGrid) from rows of cell strings (\\n = line break)."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"]
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, cell in enumerate(row):
            w = f"width={widths[c]} " if widths else ""
            cell_html = "<br>\n".join(esc(x) for x in cell.split("\n")) if cell else "<o:p>&nbsp;</o:p>"
            if header and r == 0:
                cell_html = "<b>" + cell_html + "</b>"
            out.append(f"<td {w}valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal>{SPAN}{cell_html}<o:p></o:p></span></p></td>")
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# office attachments: HTML or CSV written here, converted once with LibreOffice, kept


FILTERS = {
    "odt": ("HTML (StarWriter)", "odt:writer8"),
    "docx": ("HTML (StarWriter)", "docx:MS Word 2007 XML"),
    "doc": ("HTML (StarWriter)", "doc:MS Word 97"),
    "rtf": ("HTML (StarWriter)", "rtf:Rich Text Format"),
    "pdf": ("HTML (StarWriter)", "pdf:writer_pdf_Export"),
    "xls": ("CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2", "xls:MS Excel 97"),
    "xlsx": ("CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2", "xlsx:Calc MS Excel 2007 XML"),
    "ods": ("CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2", "ods:calc8"),
}


def office(stored, source, sheet="Аркуш1"):
    """attachments/<stored> (built once from `source`: HTML for documents, CSV for sheets)."""
    path = os.path.join(ATT, stored)
    if os.path.exists(path):
        with open(path, "rb") as f:
            return f.read()
    os.makedirs(ATT, exist_ok=True)
    base, ext = stored.rsplit(".", 1)
    src_dir = os.path.join(WORK, "src")
    out_dir = os.path.join(WORK, "out")
    os.makedirs(src_dir, exist_ok=True)
    os.makedirs(out_dir, exist_ok=True)
    infilter, convert = FILTERS[ext]
    # the sheet takes the CSV file's name: call it as a clerk's sheet is called
    stem = sheet if infilter.startswith("CSV") else "document"
    src_dir = os.path.join(src_dir, base)
    os.makedirs(src_dir, exist_ok=True)
    src = os.path.join(src_dir, stem + (".csv" if infilter.startswith("CSV") else ".html"))
    with open(src, "w", encoding="utf-8", newline="") as f:
        f.write(source if not infilter.startswith("CSV") else source.replace("\n", "\r\n"))
    out_dir = os.path.join(out_dir, base)
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo",
                    f"--infilter={infilter}", "--convert-to", convert, "--outdir", out_dir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(out_dir, stem + "." + ext), path)
    with open(path, "rb") as f:
        return f.read()


def doc_html(body, title="", size="12pt", font="Times New Roman"):
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<html><head>"
            "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            f"<title>{esc(title)}</title><style>body {{ font-family: '{font}'; font-size: {size}; }} "
            "p { margin-top: 0; margin-bottom: 0.1cm; } td { vertical-align: top; font-size: 11pt; }"
            "</style></head><body>\n" + body + "\n</body></html>\n")


def csv_rows(rows):
    def cell(c):
        c = str(c)
        if any(ch in c for ch in ';"\n'):
            return '"' + c.replace('"', '""') + '"'
        return c
    return "\n".join(";".join(cell(c) for c in r) for r in rows) + "\n"


def png_image(w, h, fn):
    raw = b"".join(b"\x00" + b"".join(bytes(fn(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def emblem(x, y):
    """A tiny blue-and-gold shield for letterheads."""
    cx = abs(x - 23.5)
    inside = y < 30 and cx < 20 or (30 <= y < 46 and cx < 20 - (y - 30) * 1.2)
    if not inside:
        return (255, 255, 255)
    if 8 <= y < 36 and (cx < 3 or (abs(y - 20) < 3 and cx < 12)):
        return (242, 196, 0)
    return (0, 87, 183)


# ---------------------------------------------------------------------------------------------
# the plan's measures, for quotes of zvit's reminders and receipts

M = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    3: "З метою налагодження діалогу з громадськістю, забезпечення прозорості та відкритості влади забезпечити створення та підтримку роботи веб-ресурсу «Чернігівська громада».",
    4: "Створити на базі веб-ресурсу «Чернігівська громада» Інтернет-форум з обговорення актуальних питань життєдіяльності області, співпраці влади та громадськості.",
    5: "Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    11: "Організувати проведення «Днів відкритих дверей» для ознайомлення представників громадськості та ЗМІ з роботою управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
    13: "Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.",
    14: "Розробити та поширити методичні посібники для державних службовців щодо використання інструментів політики сприяння розвитку громадянського суспільства.",
    15: "Забезпечити організацію громадського обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».",
}

PLAN = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder(deadline, today, executor, missing, partial=False, overdue=False):
    """zvit's reminder as its template renders it (plain text)."""
    s = "Шановні колеги!\n\n"
    if overdue:
        s += f"Нагадуємо, що {deadline} минув термін подання інформації про виконання {PLAN} (пункт 16 плану).\n\n"
    else:
        s += (f"Нагадуємо, що відповідно до пункту 16 {PLAN} інформацію про його виконання необхідно надати "
              f"до {deadline} на адресу електронної пошти {MAILBOX}.\n\n")
    if partial:
        s += (f"Вашу інформацію отримано, проте станом на {today} за звітний період не вдалося зарахувати "
              "відомості щодо пунктів, наведених нижче.\n")
    else:
        s += f"Станом на {today} від {executor} не надійшла інформація за звітний період щодо таких пунктів плану:\n"
    for m in missing:
        s += f"\n  {m}. {M[m]}\n"
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    s += "Просимо надати інформацію невідкладно.\n\n" if overdue else "Просимо дотримуватися встановленого терміну.\n\n"
    s += ("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\n"
          f"З повагою\n{OFFICE}")
    return s


def receipt(received_s, subject, executor, period, deadline, recognised, missing, late=False):
    """zvit's receipt as its template renders it (plain text)."""
    s = ("Шановні колеги!\n\n"
         f"{OFFICE} підтверджує отримання Вашого листа від {received_s} «{subject}».\n\n"
         f"Виконавець: {executor}.\nЗвітний період: {period}-й (термін подання інформації — {deadline}).")
    if late:
        s += "\nЛист надійшов після встановленого терміну; інформацію враховано як подану із запізненням."
    s += "\n\n"
    if recognised:
        s += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, ex in recognised:
            s += f"  • пункт {n}: {ex}\n"
    else:
        s += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    s += "\n"
    if missing:
        s += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            s += f"  {m}. {M[m]}\n"
    else:
        s += ("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей період отримано. "
              "Дякуємо за співпрацю.")
    s += (f"\n\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу {MAILBOX}.\n\n"
          f"З повагою\n{OFFICE}")
    return s


def quote(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))


# registry of mails: name -> (key, builder)
MAILS = {}


def mail(name, key):
    def deco(fn):
        MAILS[name] = (key, fn)
        return fn
    return deco



def alt(name, n, bstyle, parts, preamble=None):
    b = {"outlook": bnd_outlook, "tb": bnd_tb, "bat": bnd_bat, "gmail": bnd_gmail, "rc": bnd_rc}[bstyle](name, n)
    sep = "\n\t" if bstyle == "outlook" else "\n "
    return Part([("Content-Type", f'multipart/alternative;{sep}boundary="{b}"')], parts=parts, boundary=b, preamble=preamble)


def mixed(name, n, bstyle, parts, sub="mixed", preamble=None, extra=""):
    b = {"outlook": bnd_outlook, "tb": bnd_tb, "bat": bnd_bat, "gmail": bnd_gmail, "rc": bnd_rc}[bstyle](name, n)
    sep = "\n\t" if bstyle == "outlook" else "\n "
    return Part([("Content-Type", f'multipart/{sub};{sep}{extra}boundary="{b}"')], parts=parts, boundary=b, preamble=preamble)


def message(headers, root):
    """Top-level message: `headers` go first, then the root part's own Content-Type etc."""
    root.headers = headers + [h for h in root.headers]
    return root.render()


def top(headers, root, order=None):
    """Like message(), but the root's content headers are inserted where `order` puts the
    placeholder name "*" (so MIME-Version/Content-Type can sit mid-header, as clients do)."""
    if order is None:
        return message(headers, root)
    out = []
    for h in headers:
        if h == "*":
            out.extend(root.headers)
        else:
            out.append(h)
    root.headers = out
    return root.render()


ODA_DOMAIN = "example.gov.ua"


def koi(text):
    """What a koi8 client makes of typographic characters koi8 lacks."""
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("”", '"'),
                 ("–", "-"), ("—", "-"), ("’", "'"), ("…", "..."), ("•", "∙")):
        text = text.replace(a, b)
    return text


# =============================================================================================
# 1. placeholder — tables with a row for every (owed) measure; rows with nothing count nothing
# =============================================================================================

KEY_ph01_osvita_xls = {
    "class": "placeholder", "executor": "su-osvita", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2007 cover letter (cp1251 QP twins) and an old .xls with all 16 rows; only rows 1, 2, 6, 7, 9 have content, the rest carry «—», «х», a bare «Не проводились» and a row 16 «Інформацію надано листом».",
    "items": [{"measure": 1, "source": "Інформація_ВУ_управління освіти.xls"},
              {"measure": 2, "source": "Інформація_ВУ_управління освіти.xls"},
              {"measure": 6, "source": "Інформація_ВУ_управління освіти.xls"},
              {"measure": 7, "source": "Інформація_ВУ_управління освіти.xls"},
              {"measure": 9, "source": "Інформація_ВУ_управління освіти.xls"}],
}


@mail("ph01_osvita_xls", KEY_ph01_osvita_xls)
def ph01(name):
    dt = kyiv(2012, 12, 12, 16, 42, 17)
    fname = "Інформація_ВУ_управління освіти.xls"
    rows = [
        ["Інформація управління освіти і науки Чернігівської облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (станом на 10.12.2012)", "", "", ""],
        ["№ з/п", "Зміст заходу", "Термін", "Стан виконання"],
        ["1", "Приведення інформаційного наповнення та функціонування офіційних сайтів до вимог законодавства", "Постійно",
         "Проведено перевірку сторінок веб-сайту управління (osvita.example.gov.ua) на відповідність Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади (постанова КМУ від 04.01.2002 № 3). Оновлено розділи «Нормативна база», «Звернення громадян», «Державні закупівлі», «Доступ до публічної інформації». За вересень – листопад 2012 р. розміщено 143 інформаційні матеріали. Відповідальну особу за наповнення сайту визначено наказом управління від 19.09.2012 № 418."],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "Постійно",
         "До рубрики «Хід виконання цільових програм» підготовлено і подано інформацію про виконання Обласної програми розвитку дошкільної освіти на 2011–2017 роки та обласної програми «Шкільний автобус» за 9 місяців 2012 р. (лист від 05.11.2012 № 07-12/3321)."],
        ["3", "Веб-ресурс «Чернігівська громада»", "IV квартал 2012 р.", "—"],
        ["4", "Інтернет-форум", "I квартал 2013 р.", "—"],
        ["5", "«Гаряча лінія» голови ОДА", "Постійно", "—"],
        ["6", "Консультації з громадськістю (постанова КМУ № 996)", "Постійно",
         "Проведено 3 консультації з громадськістю: публічне обговорення проекту мережі загальноосвітніх навчальних закладів області на 2013/2014 навчальний рік (18.10.2012, 64 учасники); електронні консультації щодо змін до Правил прийому до професійно-технічних навчальних закладів (01–20.11.2012, надійшло 23 пропозиції); зустріч з головами обласних батьківських комітетів (27.11.2012)."],
        ["7", "Залучення представників ІГС до дорадчо-консультативних органів", "Постійно",
         "До складу Ради директорів ПТНЗ та науково-методичної ради управління включено 4 представників громадських організацій, у т.ч. 2 членів Громадської ради при облдержадміністрації (наказ від 02.10.2012 № 437)."],
        ["8", "Введення голів комітетів Громадської ради до складу колегій", "Постійно", "х"],
        ["9", "Залучення членів громадських рад до обговорення проектів розпоряджень, програм", "Постійно",
         "Проект розпорядження голови облдержадміністрації «Про стан та перспективи розвитку позашкільної освіти в області» обговорено на засіданні комітету з гуманітарних питань Громадської ради 22.11.2012; з 7 пропозицій членів ради враховано 5."],
        ["10", "Комісії (робочі групи) з питань відкритості", "Постійно", "—"],
        ["11", "«Дні відкритих дверей» УВП", "Постійно", "—"],
        ["12", "Громадські експертизи, антикорупційні експертизи", "Постійно", "Не проводились"],
        ["13", "Навчальні семінари", "До 01.03.2013", "—"],
        ["14", "Методичні посібники", "До 01.01.2013", "—"],
        ["15", "Громадське обговорення виконання заходів", "Щорічно", "—"],
        ["16", "Надання інформації УВП", "15.12.2012", "Інформацію надано листом від 12.12.2012 № 07-15/3870"],
    ]
    data = office("ph01_osvita_xls.xls", csv_rows(rows))
    plain = (
        "Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
        "Вих. № 07-15/3870 від 12.12.2012\n\n"
        "Про надання інформації\n\n"
        "На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
        "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником "
        "голови облдержадміністрації 10 вересня 2012 року, управління освіти і науки облдержадміністрації надає "
        "інформацію про стан його виконання у табличній формі (додається).\n\n"
        "Додаток: на 2 арк. в 1 прим.\n\n"
        "Заступник начальника управління                                      О.В. Дорошенко\n\n"
        "Коваленко Ірина Петрівна\n"
        "провідний спеціаліст відділу організаційно-аналітичної роботи\n"
        "тел. (0462) 67-31-08\n")
    html_inner = wparas(plain.rstrip("\n"))
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(html_inner, "windows-1251", gen="Microsoft Word 12 (filtered medium)"),
                  "windows-1251", "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/vnd.ms-excel;\n\tname="{ew(fname, "windows-1251")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "windows-1251")}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 4, "mail.example.gov.ua", "198.51.100.23")),
        ("Received", relay(name, dt, 1, "OSVITA-PC07", "192.0.2.57", "mail.example.gov.ua")),
        ("From", f'{ew("Управління освіти і науки ОДА", "windows-1251")} <osvita@example.gov.ua>'),
        ("To", f'{ew("УВП ОДА", "windows-1251")} <{MAILBOX}>'),
        ("Subject", ew("Інформація про виконання Плану заходів (Відкритий уряд) - управління освіти і науки", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_ph02_gromrada_ods = {
    "class": "placeholder", "executor": "gromrada", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Thunderbird mail of the Public Council with an .ods of all 16 measures (RFC 2231 name with continuations); rows 3, 4 and 7 have content, the rest are «х», «—», «-», empty or a bare «Не проводились».",
    "items": [{"measure": 3, "source": "Таблиця_Громадська рада_ВУ_I півріччя 2013.ods"},
              {"measure": 4, "source": "Таблиця_Громадська рада_ВУ_I півріччя 2013.ods"},
              {"measure": 7, "source": "Таблиця_Громадська рада_ВУ_I півріччя 2013.ods"}],
}


@mail("ph02_gromrada_ods", KEY_ph02_gromrada_ods)
def ph02(name):
    dt = kyiv(2013, 6, 14, 11, 5, 32)
    fname = "Таблиця_Громадська рада_ВУ_I півріччя 2013.ods"
    rows = [
        ["№", "Захід плану (скорочено)", "Виконавці", "Інформація Громадської ради при облдержадміністрації"],
        ["1", "Офіційні сайти ОДА, СП, РДА", "СП, РДА", "х"],
        ["2", "Рубрики про цільові програми та місцеві бюджети", "СП", "х"],
        ["3", "Веб-ресурс «Чернігівська громада»", "УВП, Громадська рада",
         "Веб-ресурс «Чернігівська громада» (gromada.example.org.ua) працює у штатному режимі. За січень – травень 2013 р. розміщено 186 матеріалів, з них 41 – від громадських організацій області; середня відвідуваність – 320 відвідувачів на добу. Модератором ресурсу визначено члена ради С.О. Литвиненка (рішення ради від 24.01.2013 № 2)."],
        ["4", "Інтернет-форум на базі веб-ресурсу", "УВП, Громадська рада",
         "Інтернет-форум відкрито 14.02.2013. Створено 9 тематичних розділів, зареєстровано 257 користувачів, відкрито 63 теми, у 38 з них відповіді надали посадові особи облдержадміністрації. Правила форуму затверджено на засіданні ради 21.02.2013."],
        ["5", "«Гаряча лінія» голови ОДА", "УВП, відділ звернень", "—"],
        ["6", "Консультації з громадськістю", "СП, РДА", ""],
        ["7", "Представники ІГС у дорадчо-консультативних органах", "СП, РДА",
         "Члени Громадської ради входять до складу 14 дорадчо-консультативних органів при облдержадміністрації, з них до 3 (обласна тристороння соціально-економічна рада, рада з питань безпечної життєдіяльності населення, конкурсна комісія з відбору програм ІГС) делеговані у І півріччі 2013 р."],
        ["8", "Голови комітетів ради у складі колегій", "СП", "—"],
        ["9", "Обговорення проектів розпоряджень, програм", "СП, РДА", "Не проводились"],
        ["10", "Комісії з питань відкритості", "УВП, РДА", ""],
        ["11", "Дні відкритих дверей", "УВП", "х"],
        ["12", "Громадські експертизи", "СП, РДА", "-"],
        ["13", "Навчальні семінари", "УВП, ЦППК", "х"],
        ["14", "Методичні посібники", "УВП", "х"],
        ["15", "Громадське обговорення виконання плану", "УВП, координатор, Громадська рада", "—"],
        ["16", "Інформація до УВП", "СП, РДА", "х"],
    ]
    data = office("ph02_gromrada_ods.ods", csv_rows(rows))
    text = (
        "Добрий день!\n\n"
        "Надсилаємо заповнену таблицю щодо виконання Плану заходів «Відкритий уряд» від Громадської ради при "
        "облдержадміністрації за І півріччя 2013 року.\n\n"
        "Окремо повідомляємо, що чергове засідання ради, призначене на 25.06, переноситься, про нову дату "
        "повідомимо додатково.\n\n"
        "-- \n"
        "З повагою,\n"
        "Олена Мирошниченко,\n"
        "відповідальний секретар Громадської ради при облдержадміністрації\n"
        "моб. (067) 461-22-90\n")
    body = text_part(flowed(text), "UTF-8", "8bit", params="; format=flowed")
    att = Part([("Content-Type", f'application/vnd.oasis.opendocument.spreadsheet;\n name="{ew(fname, "UTF-8")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", "attachment;\n " + p2231("filename", fname, "UTF-8"))],
               b64(data).encode())
    root = mixed(name, 0, "tb", [body, att], preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Received", received(name, dt, 7, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_tb(name, "example.gov.ua")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Громадська рада при ОДА", "UTF-8")} <gromrada@example.gov.ua>'),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", MAILBOX),
        ("Subject", ew("Відкритий уряд - інформація Громадської ради за І півріччя 2013", "UTF-8")),
        "*",
    ]
    return top(hs, root, order=True)


KEY_ph03_zvernennia_html = {
    "class": "placeholder", "executor": "zvernennia", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 HTML-only mail (Word styling, cp1251 QP) with a 16-row table in the body; only row 5 (the hot line) has content, the others carry «—», «-», «х», «немає», empty cells, a bare «Не проводились» and row 16 «надано цим листом».",
    "items": [{"measure": 5, "source": "body"}],
}


@mail("ph03_zvernennia_html", KEY_ph03_zvernennia_html)
def ph03(name):
    dt = kyiv(2012, 12, 14, 9, 58, 40)
    rows = [
        ["№ п/п", "Найменування заходу", "Інформація про виконання"],
        ["1", "Приведення до вимог законодавства офіційних Інтернет-сайтів", "—"],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "-"],
        ["3", "Веб-ресурс «Чернігівська громада»", ""],
        ["4", "Інтернет-форум", ""],
        ["5", "Організація роботи «гарячої лінії» голови обласної державної адміністрації",
         "Робота «гарячої лінії» голови облдержадміністрації (тел. 0-800-300-462, дзвінки безкоштовні) забезпечується у робочі дні з 8.00 до 20.00, графік чергування операторів затверджено розпорядженням голови облдержадміністрації від 21.09.2012 № 431.\n"
         "З 10.09 по 10.12.2012 на «гарячу лінію» надійшло 1 127 дзвінків, з них 806 – звернення з порушенням конкретних питань (житлово-комунальні – 312, соціального захисту – 187, земельні – 96, інші – 211). Усі 806 звернень взято на контроль: вирішено позитивно 341, надано роз’яснення – 429, на розгляді – 36.\n"
         "Щопонеділка узагальнена інформація доповідається голові облдержадміністрації на апаратній нараді."],
        ["6", "Консультації з громадськістю", "х"],
        ["7", "Дорадчо-консультативні органи", "немає"],
        ["8", "Колегії структурних підрозділів", "—"],
        ["9", "Обговорення проектів розпоряджень, програм", "Не проводились"],
        ["10", "Комісії з питань відкритості при громадських радах", "—"],
        ["11", "«Дні відкритих дверей»", "—"],
        ["12", "Громадські експертизи", "-"],
        ["13", "Навчальні семінари", "—"],
        ["14", "Методичні посібники", "—"],
        ["15", "Громадське обговорення виконання плану", "—"],
        ["16", "Надання інформації УВП", "Надано цим листом"],
    ]
    inner = (
        wp("Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації", bold=True) +
        wp("") +
        wp("Відділ роботи із зверненнями громадян апарату облдержадміністрації надає інформацію щодо виконання "
           "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках "
           "реалізації Ініціативи «Партнерство „Відкритий уряд“» за 2012 рік.") +
        wp("") + wtable(rows, widths=[38, 230, 380]) + wp("") +
        wp("Начальник відділу роботи із зверненнями громадян") +
        wp("апарату облдержадміністрації                                         Т.В. Гончаренко") + wp("") +
        "<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>Вик. Савченко О.М., тел. 67-48-12<o:p></o:p></span></p>\n")
    root = text_part(word_html(inner, "windows-1251"), "windows-1251", "quoted-printable", subtype="html", label='"windows-1251"')
    hs = [
        ("Received", received(name, dt, 3, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Відділ звернень громадян", "windows-1251")} <zvernennia@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація відділу роботи із зверненнями громадян (план «Відкритий уряд»)", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_ph04_zdorovia_xlsx = {
    "class": "placeholder", "executor": "su-zdorovia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Top-posted Outlook 2010 reply to zvit's reminder (quoted below an Ukrainian header block) with the filled .xlsx of the 7 owed measures; 2 says «Не стосується», 8 «немає», 12 is empty; the quoted reminder lists every owed measure.",
    "items": [{"measure": 1, "source": "Zdorovia_vykonannia_planu_VU_2013.xlsx"},
              {"measure": 6, "source": "Zdorovia_vykonannia_planu_VU_2013.xlsx"},
              {"measure": 7, "source": "Zdorovia_vykonannia_planu_VU_2013.xlsx"},
              {"measure": 9, "source": "Zdorovia_vykonannia_planu_VU_2013.xlsx"}],
}


@mail("ph04_zdorovia_xlsx", KEY_ph04_zdorovia_xlsx)
def ph04(name):
    dt = kyiv(2013, 12, 10, 15, 20, 3)
    fname = "Zdorovia_vykonannia_planu_VU_2013.xlsx"
    rows = [
        ["№ пункту", "Зміст пункту плану (скорочено)", "Інформація про виконання"],
        ["1", "Інформаційне наповнення та функціонування офіційних сайтів",
         "Офіційний веб-сайт управління (zdorovia.example.gov.ua) 01.10.2013 переведено на нову програмну платформу; створено розділи «Доступ до публічної інформації» та «Реформування галузі». За ІІ півріччя 2013 р. оприлюднено 211 матеріалів, 37 проектів наказів, 14 звітів про використання бюджетних коштів."],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "Не стосується"],
        ["6", "Консультації з громадськістю",
         "Проведено 5 консультацій з громадськістю: публічне обговорення проекту Програми розвитку первинної медико-санітарної допомоги на 2014–2016 роки (02.10.2013, м. Чернігів, 88 учасників); «круглі столи» у містах Ніжин, Прилуки, Бахмач (15, 17 і 24 жовтня 2013 р.); електронні консультації щодо оптимізації мережі фельдшерсько-акушерських пунктів (11–29.11.2013, 46 пропозицій)."],
        ["7", "Залучення представників ІГС до дорадчо-консультативних органів",
         "До складу медичної ради управління та Координаційної ради з питань протидії туберкульозу і ВІЛ-інфекції/СНІДу включено 6 представників громадських організацій пацієнтів, у т.ч. обласної організації Товариства Червоного Хреста (наказ від 14.08.2013 № 702)."],
        ["8", "Голови комітетів Громадської ради у складі колегій", "немає"],
        ["9", "Обговорення членами громадських рад проектів розпоряджень, програм",
         "Проект обласної програми «Здоров’я Чернігівщини» на 2014–2018 роки розглянуто на засіданні комітету з питань охорони здоров’я та соціальної політики Громадської ради 19.11.2013; надійшло 9 пропозицій, 6 з них враховано."],
        ["12", "Громадські та антикорупційні експертизи", ""],
    ]
    data = office("ph04_zdorovia_xlsx.xlsx", csv_rows(rows))
    q = reminder("15.12.2013", "09.12.2013", "Управління охорони здоров'я облдержадміністрації", [1, 2, 6, 7, 8, 9, 12])
    new = ("Добрий день!\n\nЗаповнену таблицю додаємо.\n\n"
           "З повагою\nГурська Наталія Василівна\nголовний спеціаліст організаційного відділу\n"
           "управління охорони здоров’я облдержадміністрації\nтел. (0462) 67-20-14\n")
    hdr = [("Від:", "Управління з питань внутрішньої політики та зв'язків з громадськістю [mailto:uvp@cg.ukrtel.net]"),
           ("Надіслано:", "9 грудня 2013 р. 9:00"),
           ("Кому:", "zdorovia@example.gov.ua"),
           ("Тема:", "Нагадування: інформація про виконання Плану заходів «Відкритий уряд»")]
    plain = new + "\n" + "\n".join(f"{k} {v}" for k, v in hdr) + "\n\n" + q + "\n"
    inner = wparas(new.rstrip("\n"), span=False) + wp("", span=False) + outlook_quote_html(hdr) + wp("", span=False) + wparas(q, span=False)
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251"), "windows-1251", "base64", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\n\tname="{fname}"'),
                ("Content-Description", fname),
                ("Content-Disposition", f'attachment;\n\tfilename="{fname}"; size={len(data)};\n\tcreation-date="{rfc_date(dt - datetime.timedelta(minutes=7))}";\n\tmodification-date="{rfc_date(dt - datetime.timedelta(minutes=7))}"'),
                ("Content-Transfer-Encoding", "base64")],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att])
    hs = [
        ("Received", received(name, dt, 5, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'=?windows-1251?B?{base64.b64encode("Гурська Наталія".encode("cp1251")).decode()}?= <zdorovia@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("References", f"<{sha(name, 'ref')[:16]}.reminder@cg.ukrtel.net>"),
        ("In-Reply-To", f"<{sha(name, 'ref')[:16]}.reminder@cg.ukrtel.net>"),
        ("Subject", ew("RE: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_ph05_cppk_bat = {
    "class": "placeholder", "executor": "cppk", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The Bat! koi8-u plain mail with a table pasted from Excel (tabs, rows hard-wrapped at 76); rows 13 and 14 have content, 6 a bare «Не проводились», 7 «не стосується», 16 «надано», the rest «х» or «-».",
    "items": [{"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}],
}


@mail("ph05_cppk_bat", KEY_ph05_cppk_bat)
def ph05(name):
    dt = kyiv(2013, 2, 27, 13, 12, 55)
    rows = [
        ("№", "Захід", "Виконання"),
        ("1", "Сайти ОДА, СП, РДА", "-"),
        ("2", "Рубрики на сайті ОДА", "х"),
        ("3", "Веб-ресурс «Чернігівська громада»", "х"),
        ("4", "Інтернет-форум", "х"),
        ("5", "«Гаряча лінія»", "х"),
        ("6", "Консультації з громадськістю", "Не проводились"),
        ("7", "Дорадчо-консультативні органи", "не стосується"),
        ("8", "Колегії СП", "х"),
        ("9", "Обговорення проектів", "х"),
        ("10", "Комісії громадських рад", "х"),
        ("11", "Дні відкритих дверей", "х"),
        ("12", "Громадські експертизи", "х"),
        ("13", "Навчальні семінари",
         "Відповідно до наказу центру від 08.10.2012 № 64-о проведено 4 навчальні семінари «Інструменти політики сприяння розвитку громадянського суспільства»: 23.10.2012 та 20.11.2012 – для заступників керівників структурних підрозділів облдержадміністрації (46 осіб), 11.12.2012 та 12.02.2013 – для спеціалістів СП ОДА та РДА, які безпосередньо організовують консультації з громадськістю (71 особа). Лектори – працівники УВП, члени Громадської ради, викладачі ЧНТУ. Усім слухачам видано свідоцтва про підвищення кваліфікації."),
        ("14", "Методичні посібники",
         "Спільно з УВП підготовлено методичні рекомендації «Консультації з громадськістю: порядок організації та проведення» (48 с., наклад 150 прим.), які видано слухачам семінарів та направлено до РДА (лист від 15.01.2013 № 11/02)."),
        ("15", "Громадське обговорення виконання плану", "-"),
        ("16", "Інформація до УВП", "надано"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    text = (
        "Шановні колеги!\n\n"
        "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, "
        "органів місцевого самоврядування, державних установ, підприємств і організацій направляє інформацію "
        "щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
        "в області (станом на 25.02.2013):\n\n" + table + "\n\n"
        "--\nЗ повагою,\nЗавідувач навчально-методичного відділу\nЛ.М.Остапенко\n"
        "Чернігівський ЦППК, тел. 60-14-73\n")
    root = text_part(hardwrap(koi(text), 76), "koi8-u", "8bit")
    hs = [
        ("Received", received(name, dt, 9, "cppk.example.gov.ua", "203.0.113.41")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Остапенко Людмила", "koi8-u", "Q")} <cppk@example.gov.ua>'),
        ("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
        ("Reply-To", f'{ew("Остапенко Людмила", "koi8-u", "Q")} <cppk@example.gov.ua>'),
        ("Organization", ew("ЦППК", "koi8-u", "Q")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", mid_bat(name, dt, "example.gov.ua")),
        ("To", MAILBOX),
        ("Subject", ew("Інформація ЦППК щодо Плану заходів Відкритий уряд", "koi8-u", "Q")),
        ("MIME-Version", "1.0"),
        "*",
    ]
    return top(hs, root, order=True)


# =============================================================================================
# 2. bottom_post — the new text sits below or between the quoted reminder / receipt
# =============================================================================================

KEY_bp01_kultura_tb = {
    "class": "bottom_post", "executor": "su-kultura", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Thunderbird reply interleaved under the quoted items 6, 8 and 12 of a partial reminder («> »); the answer under 12 says no expertise was requested (counted as answered); the site is named only as where a report was published.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("bp01_kultura_tb", KEY_bp01_kultura_tb)
def bp01(name):
    dt = kyiv(2012, 12, 13, 16, 5, 11)
    rem = reminder("15.12.2012", "10.12.2012", "", [6, 8, 12], partial=True)
    head, rest = rem.split("\n  6. ", 1)
    i6, rest = rest.split("\n  8. ", 1)
    i8, rest = rest.split("\n  12. ", 1)
    i12, tail = rest.split("\n\n", 1)
    a6 = ("Управлінням культури і туризму у жовтні – листопаді 2012 р. проведено дві консультації з "
          "громадськістю: публічне громадське обговорення проекту Програми розвитку культури і туризму "
          "Чернігівщини на 2013–2015 роки (16.10.2012, обласна філармонія, 112 учасників, 31 пропозиція) та "
          "засідання «круглого столу» з питань збереження пам’яток історії в м. Новгороді-Сіверському "
          "(08.11.2012). Звіт про результати обговорення оприлюднено на веб-сайті управління 30.11.2012.")
    a8 = ("Голову комітету з питань культури, духовності та національних меншин Громадської ради при "
          "облдержадміністрації Н.І. Бондар введено до складу колегії управління (наказ від 24.10.2012 № 196), "
          "вона взяла участь у засіданні колегії 29.11.2012. Зміни до Положення про управління не потребувались.")
    a12 = ("Запитів від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності "
           "управління у звітному періоді не надходило, проекти наказів нормативного характеру, що потребували б "
           "громадської антикорупційної експертизи, не розроблялись.")
    text = ("10.12.2012 9:00, Управління з питань внутрішньої політики та зв'язків з громадськістю пише:\n" +
            quote(head) + "\n" + quote("  6. " + i6) + "\n\n" + a6 + "\n\n" +
            quote("  8. " + i8) + "\n\n" + a8 + "\n\n" + quote("  12. " + i12) + "\n\n" + a12 + "\n\n" +
            quote(tail) + "\n\n"
            "-- \nЗ повагою,\nМаксим Ткаченко\nпровідний спеціаліст відділу культурно-освітньої роботи\n"
            "управління культури і туризму облдержадміністрації\nтел. 67-05-19\n")
    root = text_part(flowed(text), "UTF-8", "8bit", params="; format=flowed")
    hs = [
        ("Received", received(name, dt, 6, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_tb(name, "example.gov.ua")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Максим Ткаченко", "UTF-8")} <kultura@example.gov.ua>'),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("MIME-Version", "1.0"),
        ("To", f'{ew("Управління з питань внутрішньої політики та зв`язків з громадськістю", "UTF-8")}\n <{MAILBOX}>'),
        ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "UTF-8")),
        ("References", f"<{sha(name, 'ref')[:16]}.reminder@cg.ukrtel.net>"),
        ("In-Reply-To", f"<{sha(name, 'ref')[:16]}.reminder@cg.ukrtel.net>"),
        "*",
    ]
    return top(hs, root, order=True)


KEY_bp02_uvp_outlook_ua = {
    "class": "bottom_post", "executor": "uvp", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Late Outlook 2007 mail of УВП itself (from its registered box uvp-info@): a one-line top, then an Ukrainian «Оригінальне повідомлення» header block and zvit's quoted receipt (no «>»), and the new text below it on 11, 13, 14; 15 is only planned; the quoted receipt's recognised items 3, 4, 5, 10 must not count.",
    "items": [{"measure": 11, "source": "body"}, {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}],
}


@mail("bp02_uvp_outlook_ua", KEY_bp02_uvp_outlook_ua)
def bp02(name):
    dt = kyiv(2012, 12, 17, 10, 31, 46)
    rc = receipt("14.12.2012 16:08", "Інформація УВП про виконання Плану заходів",
                 "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", 1, "15.12.2012",
                 [(3, "Веб-ресурс «Чернігівська громада» запрацював 21.11.2012, розміщено 47 матеріалів…"),
                  (4, "Розпочато створення Інтернет-форуму на базі веб-ресурсу, технічне завдання погоджено…"),
                  (5, "Спільно з відділом роботи із зверненнями громадян забезпечено роботу «гарячої лінії»…"),
                  (10, "Громадським радам при РДА направлено рекомендації щодо утворення робочих груп…")],
                 [11, 13, 14, 15])
    top_line = "Доповнення – нижче, після тексту підтвердження."
    hdr = [("Від:", "uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]"),
           ("Надіслано:", "14 грудня 2012 р. 16:09"),
           ("Кому:", "uvp-info@example.gov.ua"),
           ("Тема:", "Re: Інформація УВП про виконання Плану заходів")]
    new = (
        "Доповнюємо інформацію управління:\n\n"
        "п. 11. 07.12.2012 проведено «День відкритих дверей» управління з питань внутрішньої політики та зв’язків "
        "з громадськістю облдержадміністрації: 23 представники громадських організацій та 9 журналістів "
        "обласних ЗМІ ознайомилися з роботою відділів управління, взяли участь у робочій нараді з питань "
        "взаємодії з громадськістю. Наступний захід – у березні 2013 року.\n\n"
        "п. 13. Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальні "
        "семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства: "
        "23.10.2012 та 20.11.2012 – для заступників керівників структурних підрозділів облдержадміністрації, "
        "відповідальних за організацію консультацій з громадськістю (46 осіб), 11.12.2012 – для спеціалістів, "
        "які безпосередньо організовують консультації (38 осіб).\n\n"
        "п. 14. Розроблено методичні рекомендації «Консультації з громадськістю: порядок організації та "
        "проведення» (48 с.); 150 примірників розповсюджено серед учасників семінарів, електронну версію "
        "розміщено на сайті облдержадміністрації в розділі «Громадянське суспільство і влада».\n\n"
        "п. 15. Громадське обговорення виконання Плану заходів за 2012 рік планується провести у лютому "
        "2013 року спільно з Громадською радою та регіональним координатором «Партнерства „Відкритий уряд“».\n\n"
        "В.І. Марченко\nзаступник начальника управління – начальник відділу з питань взаємодії з "
        "інститутами громадянського суспільства\nтел. 67-51-40\n")
    plain = (top_line + "\n\n-----Оригінальне повідомлення-----\n" + "\n".join(f"{k} {v}" for k, v in hdr) +
             "\n\n" + rc + "\n\n" + new)
    inner = (wp(top_line, span=False) + wp("", span=False) +
             outlook_quote_html(hdr) + wp("", span=False) + wparas(rc, span=False) + wp("", span=False) +
             wparas(new.rstrip("\n"), span=False))
    root = alt(name, 0, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 12 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 5, "mail.example.gov.ua", "198.51.100.23")),
        ("Received", relay(name, dt, 1, "UVP-MARCHENKO", "192.0.2.14", "mail.example.gov.ua")),
        ("From", f'{ew("Марченко Віктор Іванович", "windows-1251")} <uvp-info@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("References", f"<{sha(name, 'ref')[:16]}.receipt@cg.ukrtel.net>"),
        ("In-Reply-To", f"<{sha(name, 'ref')[:16]}.receipt@cg.ukrtel.net>"),
        ("Subject", ew("RE: Re: Інформація УВП про виконання Плану заходів", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_bp03_sotszakhyst_outlook_ru = {
    "class": "bottom_post", "executor": "su-sotszakhyst", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Russian-UI Outlook 2003 (header block «Исходное сообщение», no «>»): answers typed into the quoted partial reminder after items 1, 2, 7, 8, 9 as «Інформація: …»; 2 and 8 get only dashes.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail("bp03_sotszakhyst_outlook_ru", KEY_bp03_sotszakhyst_outlook_ru)
def bp03(name):
    dt = kyiv(2013, 6, 13, 14, 47, 20)
    rem = reminder("15.06.2013", "10.06.2013", "", [1, 2, 7, 8, 9], partial=True)
    answers = {
        1: ("Веб-сайт управління (sotszakhyst.example.gov.ua) наповнюється відповідно до вимог постанови КМУ "
            "від 04.01.2002 № 3. У І півріччі 2013 р. створено підрозділ «Соціальні стандарти та гарантії», "
            "розміщено 264 матеріали, у т.ч. 58 роз’яснень щодо призначення житлових субсидій. 27.05.2013 "
            "сайт перевірено УВП, зауважень не висловлено."),
        2: "—",
        7: ("До складу обласної координаційної ради з питань соціального захисту інвалідів включено 5 "
            "представників громадських організацій інвалідів (розпорядження облдержадміністрації від 12.03.2013 "
            "№ 98), до складу обласної комісії з питань надання одноразової адресної допомоги – 2 членів "
            "Громадської ради при облдержадміністрації."),
        8: "-",
        9: ("Проект регіональної програми «Турбота» на 2013–2017 роки розглянуто 19.02.2013 на засіданні "
            "комітету з питань соціальної політики Громадської ради (7 пропозицій, враховано 5). Проект "
            "розпорядження про Порядок надання одноразової адресної допомоги оприлюднено для обговорення "
            "з 02 по 16.04.2013, члени громадських рад при РДА подали 4 пропозиції."),
    }
    blocks = []
    head, rest = rem.split("\n  1. ", 1)
    blocks.append(("q", head))
    seq = [1, 2, 7, 8, 9]
    for n, m in enumerate(seq):
        nxt = f"\n  {seq[n + 1]}. " if n + 1 < len(seq) else "\n\n"
        item, rest = rest.split(nxt, 1)
        blocks.append(("q", f"  {m}. " + item.rstrip("\n")))
        blocks.append(("a", "Інформація: " + answers[m]))
    blocks.append(("q", rest))
    top_line = ("Добрий день!\nІнформацію управління внесено у текст Вашого листа (нижче, після кожного пункту).\n"
                "Клименко Т.О., тел. 67-44-90")
    hdr = [("От:", "Управління з питань внутрішньої політики та зв'язків з громадськістю [mailto:uvp@cg.ukrtel.net]"),
           ("Отправлено:", "10 июня 2013 г. 9:00"),
           ("Кому:", "sotszakhyst@example.gov.ua"),
           ("Тема:", "Нагадування: інформація про виконання Плану заходів «Відкритий уряд»")]
    plain = top_line + "\n\n-----Исходное сообщение-----\n" + "\n".join(f"{k} {v}" for k, v in hdr) + "\n\n"
    plain += "\n\n".join(t for _, t in blocks) + "\n"
    inner = wparas(top_line, span=False) + wp("", span=False)
    inner += ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
              "<p class=MsoNormal><font size=2 face=Tahoma><span lang=RU style='font-size:10.0pt;font-family:Tahoma'>"
              "-----Исходное сообщение-----<br>" +
              "<br>\n".join(f"<b><span style='font-weight:bold'>{esc(k)}</span></b> {esc(v)}" for k, v in hdr) +
              "</span></font></p></div></div>\n")
    for kind, t in blocks:
        if kind == "q":
            inner += wp("", span=False) + wparas(t, span=False)
        else:
            inner += wp("", span=False) + ("<p class=MsoNormal><b><font color=\"#0070C0\"><span style='color:#0070C0;font-weight:bold'>"
                                           f"{esc(t)}</span></font></b><o:p></o:p></p>\n")
    root = alt(name, 0, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 11 (filtered medium)", lang="RU"),
                  "windows-1251", "quoted-printable", subtype="html", label='"windows-1251"'),
    ], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 11, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Клименко Тетяна", "windows-1251")} <sotszakhyst@example.gov.ua>'),
        ("To", f'{ew("УВП", "windows-1251")} <{MAILBOX}>'),
        ("Subject", ew("RE: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("In-Reply-To", f"<{sha(name, 'ref')[:16]}.reminder@cg.ukrtel.net>"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return top(hs, root, order=True)


KEY_bp04_sribne_roundcube = {
    "class": "bottom_post", "executor": "rda-sribne", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Roundcube reply of a district below the quoted reminder (plain «> » and HTML <blockquote type=cite>); 1, 6, 10 reported, «п.12 – не проводились» is a bare denial, 7 and 9 only promised.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail("bp04_sribne_roundcube", KEY_bp04_sribne_roundcube)
def bp04(name):
    dt = kyiv(2013, 12, 12, 11, 20, 37)
    rem = reminder("15.12.2013", "09.12.2013", "Срібнянської районної державної адміністрації", [1, 6, 7, 9, 10, 12])
    attrib = "09.12.2013 09:00, Управління з питань внутрішньої політики та зв'язків з громадськістю написав:"
    new_lines = [
        "Інформація Срібнянської райдержадміністрації:",
        "",
        "п.1 – на офіційному веб-сайті райдержадміністрації у жовтні 2013 р. створено розділ «Доступ до публічної "
        "інформації» та оновлено розділ «Регуляторна політика», за ІІ півріччя розміщено 312 матеріалів; "
        "відповідальний – сектор інформаційної діяльності та комунікацій з громадськістю;",
        "п.6 – проведено 3 консультації з громадськістю: обговорення проекту районного бюджету на 2014 рік "
        "(03.12.2013, 41 учасник), проекту Програми соціально-економічного розвитку району на 2014 рік "
        "(28.11.2013), «круглий стіл» з питань благоустрою смт Срібне (16.10.2013);",
        "п.10 – на засіданні громадської ради при райдержадміністрації 18.10.2013 утворено робочу групу "
        "з питань відкритості та прозорості діяльності райдержадміністрації (5 осіб, керівник – "
        "В.П. Оліфіренко);",
        "п.12 – не проводились.",
        "По п.п.7, 9 інформацію надамо додатково.",
        "",
        "--",
        "Сектор інформаційної діяльності та комунікацій з громадськістю апарату РДА",
        "Голуб Світлана, 2-12-47",
    ]
    plain = attrib + "\n" + quote(rem) + "\n\n" + "\n".join(new_lines) + "\n"
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
        '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
        f"<p>{esc(attrib)}</p>\n"
        '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
        '<div class="pre" style="margin: 0; padding: 0; font-family: monospace">' +
        "<br />\n".join(esc(l) if l else "" for l in rem.split("\n")) +
        "</div>\n</blockquote>\n<p>" + "<br />\n".join(esc(l) for l in new_lines) + "</p>\n</body></html>\n")
    root = alt(name, 0, "rc", [
        text_part(flowed(plain), "UTF-8", "quoted-printable", params=";\n format=flowed"),
        text_part(html_body, "UTF-8", "quoted-printable", subtype="html"),
    ])
    hs = [
        ("Received", received(name, dt, 2, "mail.example.gov.ua", "198.51.100.23")),
        ("Received", f"from [192.0.2.118] (helo=webmail.example.gov.ua)\n\tby mail.example.gov.ua with esmtpa (Exim 4.80)\n\t; {rfc_date(dt + datetime.timedelta(seconds=1))}"),
        ("MIME-Version", "1.0"),
        "*",
        ("Date", rfc_date(dt)),
        ("From", f"{ew('Срібнянська РДА', 'UTF-8', 'Q')} <rda-sribne@example.gov.ua>"),
        ("To", f"{ew('Управління з питань внутрішньої політики та зв', 'UTF-8', 'Q')}\n {ew('язків з громадськістю', 'UTF-8', 'Q')} <{MAILBOX}>"),
        ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "UTF-8", "Q")),
        ("Organization", ew("Срібнянська райдержадміністрація", "UTF-8", "Q")),
        ("In-Reply-To", f"<{sha(name, 'ref')[:16]}.reminder@cg.ukrtel.net>"),
        ("References", f"<{sha(name, 'ref')[:16]}.reminder@cg.ukrtel.net>"),
        ("Message-ID", f"<{sha(name, 'mid')[:32]}@example.gov.ua>"),
        ("X-Sender", "rda-sribne@example.gov.ua"),
        ("User-Agent", "Roundcube Webmail/0.9.5"),
    ]
    return top(hs, root, order=True)


KEY_bp05_ogp_bat = {
    "class": "bottom_post", "executor": "ogp-coordinator", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The Bat! koi8-u reply of the regional OGP coordinator written under zvit's quoted receipt («> »), which itself lists item 15; the new text adds results of the discussion (15) and names the web resource and the forum only as where things were published.",
    "items": [{"measure": 15, "source": "body"}],
}


@mail("bp05_ogp_bat", KEY_bp05_ogp_bat)
def bp05(name):
    dt = kyiv(2013, 12, 4, 19, 40, 2)
    rc = receipt("29.11.2013 17:05", "Громадське обговорення виконання плану ВУ",
                 "Регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області", 3, "15.12.2013",
                 [(15, "28 листопада 2013 року в приміщенні обласної універсальної наукової бібліотеки проведено громадське обговорення…")],
                 [])
    new = (
        "Додатково до свого листа від 29.11.2013 повідомляю.\n\n"
        "За результатами громадського обговорення виконання Плану заходів з підвищення рівня відкритості та "
        "прозорості діяльності виконавчої влади в області (28.11.2013, 74 учасники, з них 39 – представники "
        "громадських організацій) сформовано 17 пропозицій; 03.12.2013 їх направлено голові облдержадміністрації "
        "та до Громадської ради. Протокол обговорення розміщено на веб-ресурсі «Чернігівська громада», "
        "у розділі Інтернет-форуму обговорення триває (41 повідомлення станом на 04.12.2013).\n\n"
        "Пропозиції учасників стосуються насамперед оприлюднення проектів рішень РДА, звітності про "
        "виконання цільових програм та роботи громадських рад при РДА.\n")
    text = ("Вітаю, Управління.\n\nВи писали 29 листопада 2013 р., 17:05:\n\n" + quote(rc) + "\n\n" + new +
            "\n-- \nЗ повагою,\n Віктор Кравець,\n регіональний координатор Партнерства \"Відкритий уряд\"\n"
            " у Чернігівській області\n моб. (050) 318-77-05\n")
    root = text_part(hardwrap(koi(text), 76), "koi8-u", "8bit")
    hs = [
        ("Received", received(name, dt, 14, "relay.example.org.ua", "203.0.113.77")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Віктор Кравець", "koi8-u", "Q")} <ogp-coordinator@example.org.ua>'),
        ("X-Mailer", "The Bat! (v5.0.36) Home"),
        ("Reply-To", f'{ew("Віктор Кравець", "koi8-u", "Q")} <ogp-coordinator@example.org.ua>'),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", mid_bat(name, dt, "example.org.ua")),
        ("To", f'{ew("Управління", "koi8-u", "Q")} <{MAILBOX}>'),
        ("Subject", ew("Re: Громадське обговорення виконання плану ВУ", "koi8-u", "Q")),
        ("In-Reply-To", f"<{sha(name, 'ref')[:16]}.receipt@cg.ukrtel.net>"),
        ("References", f"<{sha(name, 'ref')[:16]}.receipt@cg.ukrtel.net>"),
        ("MIME-Version", "1.0"),
        "*",
    ]
    return top(hs, root, order=True)


# =============================================================================================
# 3. not_report — asks, invites, announces, asks for time, promises; reports nothing
# =============================================================================================


def ics_fold(text):
    """iCalendar line folding at 75 octets, never inside a UTF-8 character."""
    out = []
    for line in text.split("\n"):
        raw = line.encode("utf-8")
        first = True
        while len(raw) > (75 if first else 74):
            cut = 75 if first else 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + raw[:cut])
            raw = raw[cut:]
            first = False
        out.append((b"" if first else b" ") + raw)
    return b"\r\n".join(out).decode("utf-8")


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


KEY_nr01_gromrada_meeting = {
    "class": "not_report", "executor": "gromrada", "period": 3, "late": False,
    "kind": "not_report", "reason": "invitation",
    "note": "Outlook 2010 meeting request of the Public Council (text/plain, text/html, text/calendar METHOD:REQUEST) inviting to the public discussion of the plan's progress; its agenda is numbered 1–3 and names the web resource and forum.",
    "items": [],
}


@mail("nr01_gromrada_meeting", KEY_nr01_gromrada_meeting)
def nr01(name):
    dt = kyiv(2013, 11, 20, 10, 0, 15)
    when = "28 листопада 2013 р. 14:00-16:30 (UTC+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс."
    where = "м. Чернігів, обласна універсальна наукова бібліотека, мала зала (2-й поверх)"
    desc = (
        "Шановні колеги!\n\n"
        "Громадська рада при облдержадміністрації спільно з регіональним координатором Партнерства «Відкритий "
        "уряд» у Чернігівській області запрошує представників управління взяти участь у громадському обговоренні "
        "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
        "області у 2013 році.\n\n"
        "Порядок денний:\n"
        "1. Про хід виконання Плану заходів (інформація управління з питань внутрішньої політики та зв’язків з "
        "громадськістю облдержадміністрації).\n"
        "2. Про роботу веб-ресурсу «Чернігівська громада» та Інтернет-форуму (модератор С.О. Литвиненко).\n"
        "3. Різне.\n\n"
        "Просимо до 25.11.2013 повідомити прізвища представників, які візьмуть участь у засіданні.\n\n"
        "Олена Мирошниченко\nвідповідальний секретар Громадської ради\n(067) 461-22-90")
    plain = f"Коли: {when}\nДе: {where}\n\nПримітка. Зазначене вище зміщення часового поясу не враховує поправки на літній час.\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n"
    inner = (wp(f"Коли: {when}", span=False) + wp(f"Де: {where}", span=False) + wp("", span=False) +
             "<p class=MsoNormal><span style='color:#7F7F7F'>*~*~*~*~*~*~*~*~*~*<o:p></o:p></span></p>\n" +
             wp("", span=False) + wparas(desc, span=False))
    uid = "040000008200E00074C5B7101A82E00800000000" + sha(name, "uid")[:16].upper() + "01000000000000000010000000" + sha(name, "uid2")[:32].upper()
    stamp = dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="Громадська рада при ОДА":MAILTO:gromrada@example.gov.ua',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:{MAILBOX}",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ogp-coordinator@example.org.ua:MAILTO:ogp-coordinator@example.org.ua",
        "DESCRIPTION;LANGUAGE=uk-UA:" + ics_text(desc),
        "SUMMARY;LANGUAGE=uk-UA:" + ics_text("Громадське обговорення виконання Плану заходів «Відкритий уряд» (засідання Громадської ради)"),
        'DTSTART;TZID="FLE Standard Time":20131128T140000',
        'DTEND;TZID="FLE Standard Time":20131128T163000',
        f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=uk-UA:" + ics_text(where),
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2113428164",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR", ""])
    cal = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                ("Content-Transfer-Encoding", "base64")],
               b64(ics_fold(ics).encode("utf-8")).encode())
    root = alt(name, 0, "outlook", [
        text_part(plain, "utf-8", "base64", label='"utf-8"'),
        text_part(word_html(inner, "utf-8"), "utf-8", "base64", subtype="html", label='"utf-8"'),
        cal,
    ])
    subj = "Громадське обговорення виконання Плану заходів «Відкритий уряд» (засідання Громадської ради)"
    hs = [
        ("Received", received(name, dt, 3, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Громадська рада при ОДА", "utf-8")} <gromrada@example.gov.ua>'),
        ("To", f"{MAILBOX}"),
        ("CC", "ogp-coordinator@example.org.ua"),
        ("Subject", ew(subj, "utf-8")),
        ("Thread-Topic", ew(subj, "utf-8")),
        ("Thread-Index", thread_index(name)),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("Accept-Language", "uk-UA, ru-RU, en-US"),
        ("Content-Language", "uk-UA"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        "*",
        ("MIME-Version", "1.0"),
        ("Content-Class", "urn:content-classes:calendarmessage"),
    ]
    return top(hs, root, order=True)


KEY_nr02_kultura_announce = {
    "class": "not_report", "executor": "su-kultura", "period": 2, "late": False,
    "kind": "not_report", "reason": "announcement",
    "note": "Thunderbird announcement of public hearings and a museum open day planned for 06.06.2013, with an .ics file attached; consultations and the site are named only in the future tense or as where the programme is posted.",
    "items": [],
}


@mail("nr02_kultura_announce", KEY_nr02_kultura_announce)
def nr02(name):
    dt = kyiv(2013, 5, 28, 12, 14, 9)
    fname = "Громадські слухання 06.06.2013.ics"
    text = (
        "Шановні колеги!\n\n"
        "Управління культури і туризму облдержадміністрації повідомляє, що 6 червня 2013 року о 10.00 в "
        "обласному історичному музеї відбудуться громадські слухання щодо проекту Концепції розвитку музейної "
        "справи в Чернігівській області на 2014–2020 роки. У цей же день музеї області проводитимуть «День "
        "відкритих дверей» (вхід вільний, екскурсії для представників громадських організацій та ЗМІ – з 12.00 "
        "до 17.00).\n\n"
        "Проект Концепції та порядок реєстрації учасників розміщено на веб-сайті управління. Пропозиції "
        "приймаються до 04.06.2013 на адресу kultura@example.gov.ua.\n\n"
        "Запрошуємо представників управління з питань внутрішньої політики та зв’язків з громадськістю взяти "
        "участь у слуханнях. Подію додаємо файлом для календаря.\n\n"
        "-- \nЗ повагою,\nМаксим Ткаченко\nуправління культури і туризму облдержадміністрації\nтел. 67-05-19\n")
    stamp = dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Europe/Kiev", "X-LIC-LOCATION:Europe/Kiev",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}", f"DTSTAMP:{stamp}",
        f"UID:{sha(name, 'uid')[:8]}-{sha(name, 'uid')[8:12]}-{sha(name, 'uid')[12:16]}-{sha(name, 'uid')[16:20]}-{sha(name, 'uid')[20:32]}",
        "SUMMARY:" + ics_text("Громадські слухання: проект Концепції розвитку музейної справи"),
        "DTSTART;TZID=Europe/Kiev:20130606T100000", "DTEND;TZID=Europe/Kiev:20130606T123000",
        "LOCATION:" + ics_text("Чернігів, обласний історичний музей"),
        "DESCRIPTION:" + ics_text("Громадські слухання; у цей день – День відкритих дверей музеїв області."),
        "END:VEVENT", "END:VCALENDAR", ""])
    body = text_part(flowed(text), "UTF-8", "8bit", params="; format=flowed")
    att = Part([("Content-Type", f'text/calendar; charset=UTF-8;\n name="{ew(fname, "UTF-8")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", "attachment;\n " + p2231("filename", fname, "UTF-8"))],
               b64(ics_fold(ics).encode("utf-8")).encode())
    root = mixed(name, 0, "tb", [body, att], preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Received", received(name, dt, 4, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_tb(name, "example.gov.ua")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Максим Ткаченко", "UTF-8")} <kultura@example.gov.ua>'),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", MAILBOX),
        ("Subject", ew("Анонс: громадські слухання 06.06.2013 та День відкритих дверей у музеях", "UTF-8")),
        "*",
    ]
    return top(hs, root, order=True)


KEY_nr03_finansy_question = {
    "class": "not_report", "executor": "su-finansy", "period": 1, "late": False,
    "kind": "not_report", "reason": "question",
    "note": "Russian question from an Outlook 2003 user (cp1251 QP twins) on the form of the report, with sub-items 1)–3), «п. 2» and the budget rubric named inside the questions.",
    "items": [],
}


@mail("nr03_finansy_question", KEY_nr03_finansy_question)
def nr03(name):
    dt = kyiv(2012, 11, 28, 9, 47, 33)
    plain = (
        "Добрый день!\n\n"
        "Главное финансовое управление облгосадминистрации получило письмо о предоставлении до 15.12.2012 "
        "информации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности "
        "исполнительной власти в области («Открытое правительство»).\n\n"
        "Просим уточнить:\n"
        "1) в какой форме подавать информацию – таблицей по всем 16 пунктам плана или письмом в произвольной "
        "форме только по тем пунктам, где мы указаны исполнителем?\n"
        "2) нужно ли отчитываться по п. 2 (рубрика «Виконання місцевих бюджетів Чернігівської області»), если "
        "рубрику на сайте ОГА ведёт отдел информационных технологий аппарата, а мы только передаём им данные?\n"
        "3) нужна ли подпись руководителя (скан-копия письма) или достаточно электронного письма с "
        "адреса управления?\n\n"
        "Заранее спасибо.\n\n"
        "С уважением,\n"
        "Гордиенко Алла Викторовна\n"
        "главный специалист отдела бюджетной политики\n"
        "Главного финансового управления облгосадминистрации\n"
        "тел. 67-23-55\n")
    inner = wparas(plain.rstrip("\n"), span=False)
    root = alt(name, 0, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 11 (filtered medium)", lang="RU"),
                  "windows-1251", "quoted-printable", subtype="html", label='"windows-1251"'),
    ], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 8, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Гордиенко Алла", "windows-1251")} <finansy@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Вопрос по форме информации (Открытое правительство)", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return top(hs, root, order=True)


KEY_nr04_apk_extension = {
    "class": "not_report", "executor": "su-apk", "period": 3, "late": False,
    "kind": "not_report", "reason": "extension_request",
    "note": "Windows Live Mail plain cp1251 (format=flowed) letter asking to extend the deadline to 20.12.2013; the collegium and the consultations still under way are named only as reasons.",
    "items": [],
}


@mail("nr04_apk_extension", KEY_nr04_apk_extension)
def nr04(name):
    dt = kyiv(2013, 12, 13, 16, 55, 48)
    text = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Головне управління агропромислового розвитку облдержадміністрації просить продовжити термін подання "
        "інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
        "виконавчої влади в області за ІІ півріччя 2013 року до 20 грудня 2013 року.\n\n"
        "Це пов'язано з тим, що 18 грудня 2013 року відбудеться підсумкове засідання колегії головного "
        "управління, на якому розглядатиметься питання про введення до її складу голови новоутвореного "
        "комітету з питань земельних відносин Громадської ради, а консультації з громадськістю щодо проекту Програми розвитку сільських територій на "
        "2014-2020 роки тривають до 17.12.2013.\n\n"
        "Заступник начальника головного управління                С.М. Біленко\n\n"
        "вик. Мельник О.П., 67-16-32\n")
    root = text_part(flowed(text, 74), "windows-1251", "8bit")
    root.headers[0] = ("Content-Type", 'text/plain;\n\tformat=flowed;\n\tcharset="windows-1251";\n\treply-type=original')
    hs = [
        ("Received", received(name, dt, 6, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_oe(name, "APK-SEKRETAR")),
        ("From", f'{ew("ГУ АПР ОДА", "windows-1251")} <apk@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Про продовження терміну (план Відкритий уряд)", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308"),
    ]
    return top(hs, root, order=True)


KEY_nr05_mistobud_promise = {
    "class": "not_report", "executor": "su-mistobuduvannia", "period": 2, "late": False,
    "kind": "not_report", "reason": "promise",
    "note": "Outlook 2010 UTF-8 twins: the information will come by 17.06 after today's hearings; «пп. 6 і 9» are named only as what the later report will contain.",
    "items": [],
}


@mail("nr05_mistobud_promise", KEY_nr05_mistobud_promise)
def nr05(name):
    dt = kyiv(2013, 6, 14, 17, 30, 26)
    plain = (
        "Шановні колеги!\n\n"
        "Управління містобудування та архітектури облдержадміністрації повідомляє, що інформацію про виконання "
        "Плану заходів «Відкритий уряд» за І півріччя 2013 року буде надано до 17.06.2013.\n\n"
        "Сьогодні, 14.06.2013, тривають громадські слухання щодо проекту коригування Схеми планування території "
        "Чернігівської області; протокол слухань буде підписано 17.06, після чого інформацію щодо пп. 6 і 9 "
        "плану буде доповнено їх результатами.\n\n"
        "Просимо вибачення за затримку.\n\n"
        "З повагою\n"
        "Литвин Оксана Миколаївна\n"
        "управління містобудування та архітектури\n"
        "тел. 67-38-21\n")
    inner = wparas(plain.rstrip("\n"), span=False)
    root = alt(name, 0, "outlook", [
        text_part(plain, "utf-8", "base64", label='"utf-8"'),
        text_part(word_html(inner, "utf-8"), "utf-8", "base64", subtype="html", label='"utf-8"'),
    ])
    hs = [
        ("Received", received(name, dt, 4, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Литвин Оксана", "utf-8")} <mistobuduvannia@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація по плану Відкритий уряд буде 17.06", "utf-8")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


# =============================================================================================
# 4. ranges — measure numbers as ranges and lists, among dates and other ranges
# =============================================================================================

KEY_rg01_ekonomika_xls = {
    "class": "ranges", "executor": "su-ekonomika", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 cover letter plus an old .xls whose number cells read «1–2», «6, 9», «7–8», «12»; the cover says «пп. 3–5, 10–11, 13–15» were not assigned (no items); date ranges and programme years around.",
    "items": [{"measure": 1, "source": "Інформація ГУЕ (ВУ) І півр. 2013.xls"},
              {"measure": 2, "source": "Інформація ГУЕ (ВУ) І півр. 2013.xls"},
              {"measure": 6, "source": "Інформація ГУЕ (ВУ) І півр. 2013.xls"},
              {"measure": 7, "source": "Інформація ГУЕ (ВУ) І півр. 2013.xls"},
              {"measure": 8, "source": "Інформація ГУЕ (ВУ) І півр. 2013.xls"},
              {"measure": 9, "source": "Інформація ГУЕ (ВУ) І півр. 2013.xls"},
              {"measure": 12, "source": "Інформація ГУЕ (ВУ) І півр. 2013.xls"}],
}


@mail("rg01_ekonomika_xls", KEY_rg01_ekonomika_xls)
def rg01(name):
    dt = kyiv(2013, 6, 11, 15, 2, 44)
    fname = "Інформація ГУЕ (ВУ) І півр. 2013.xls"
    rows = [
        ["Інформація Головного управління економіки облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року", "", ""],
        ["№ пункту плану", "Зміст заходу", "Інформація про виконання"],
        ["1–2", "Наповнення офіційного сайту; рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»",
         "Інформаційне наповнення веб-сторінки головного управління на офіційному сайті облдержадміністрації здійснюється відповідно до наказу від 14.01.2013 № 5-од; з 01.01 по 31.05.2013 розміщено 97 матеріалів. До рубрики «Хід виконання цільових програм» щокварталу подається узагальнена інформація про виконання 38 регіональних цільових програм (останнє оновлення – 29.04.2013, за І квартал); реєстр програм на 2013–2015 роки оновлено 15.03.2013."],
        ["6, 9", "Консультації з громадськістю; залучення членів громадських рад до обговорення проектів",
         "Проведено 4 консультації з громадськістю, у т.ч. публічне обговорення проекту Регіональної програми розвитку малого і середнього підприємництва на 2013–2014 роки (21.02.2013, 57 учасників) та 2 засідання робочої групи з питань регуляторної політики за участю 6 членів Громадської ради (14.03 і 23.05.2013). Проект розпорядження про затвердження зазначеної програми розглянуто комітетом з економічних питань Громадської ради 11.04.2013, враховано 8 з 11 пропозицій."],
        ["7–8", "Дорадчо-консультативні органи; колегія",
         "До складу Ради підприємців при облдержадміністрації входять 9 представників громадських об’єднань підприємців. Голову комітету з економічних питань Громадської ради В.Г. Шевчука введено до складу колегії головного управління (наказ від 04.02.2013 № 17-од); зміни до Положення про головне управління внесено розпорядженням голови облдержадміністрації від 27.02.2013 № 71."],
        ["12", "Громадські експертизи",
         "Громадською організацією «Центр економічних ініціатив Полісся» з 01.03 по 30.04.2013 проведено громадську експертизу діяльності головного управління щодо реалізації державної регуляторної політики; 7 з 12 експертних пропозицій включено до плану заходів, затвердженого наказом від 20.05.2013 № 48-од."],
    ]
    data = office("rg01_ekonomika_xls.xls", csv_rows(rows))
    plain = (
        "Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
        "№ 03-08/1415 від 11.06.2013\n\n"
        "На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
        "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» Головне управління "
        "економіки облдержадміністрації надсилає інформацію за І півріччя 2013 року (додається).\n\n"
        "Звертаємо увагу, що пп. 3–5, 10–11, 13–15 плану головному управлінню не доручались.\n\n"
        "Додаток: на 1 арк.\n\n"
        "Заступник начальника головного управління                    Л.А. Поліщук\n\n"
        "Вик. Руденко Г.В.\nтел. 67-09-77\n")
    inner = wparas(plain.rstrip("\n"))
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251"), "windows-1251", "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/vnd.ms-excel;\n\tname="{ew(fname, "windows-1251")}"'),
                ("Content-Description", ew(fname, "windows-1251")),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "windows-1251")}";\n\tsize={len(data)};\n\tcreation-date="{rfc_date(dt - datetime.timedelta(hours=2))}";\n\tmodification-date="{rfc_date(dt - datetime.timedelta(hours=2))}"'),
                ("Content-Transfer-Encoding", "base64")],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att])
    hs = [
        ("Received", received(name, dt, 5, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Руденко Галина", "windows-1251")} <ekonomika@example.gov.ua>'),
        ("To", f'{ew("УВП", "windows-1251")} <{MAILBOX}>'),
        ("Subject", ew("Інформація ГУЕ щодо Плану заходів Відкритий уряд (І півріччя 2013)", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_rg02_koriukivka_oe = {
    "class": "ranges", "executor": "rda-koriukivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook Express plain koi8-u QP letter of a district: «По п. 1», one block «По пп. 6-9, 12» (8 counted though a district does not owe it), «По п. 10» only promised; dates «з 01 по 15 листопада», outgoing and incoming numbers.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
              {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("rg02_koriukivka_oe", KEY_rg02_koriukivka_oe)
def rg02(name):
    dt = kyiv(2012, 12, 14, 8, 51, 10)
    text = (
        "Корюківська районна державна адміністрація\n"
        "Вих. № 01-24/1937 від 13.12.2012\n\n"
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Про виконання Плану заходів\n\n"
        "На Ваш лист від 29.10.2012 № 03-12/2211 повідомляємо.\n\n"
        "По п. 1. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог постанови КМУ "
        "від 04.01.2002 № 3: оновлено 6 розділів, створено розділ «Громадське обговорення», за жовтень - "
        "листопад 2012 р. розміщено 118 матеріалів.\n\n"
        "По пп. 6-9, 12. Протягом вересня - листопада 2012 року проведено 7 консультацій з громадськістю (з них "
        "2 - електронні) та 3 засідання громадської ради при райдержадміністрації, на яких обговорено проекти "
        "розпоряджень \"Про районний бюджет на 2013 рік\" та \"Про Програму розвитку освіти району на 2013-2015 "
        "роки\". Представники громадських організацій входять до складу 5 дорадчих органів при "
        "райдержадміністрації, голова громадської ради бере участь у засіданнях колегії райдержадміністрації. "
        "З 01 по 15 листопада громадською організацією \"Корюківська ініціатива\" проведено громадську "
        "антикорупційну експертизу 2 проектів розпоряджень, зауважень не висловлено.\n\n"
        "По п. 10. Інформацію буде надано після засідання громадської ради 20.12.2012.\n\n"
        "Голова районної державної адміністрації                    І.С. Лисенко\n\n"
        "Вик. Ярошенко В.М., 2-13-46\n")
    root = text_part(koi(text), "koi8-u", "quoted-printable", label='"koi8-u"')
    hs = [
        ("Received", received(name, dt, 12, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_oe(name, "ORGVIDDIL2")),
        ("From", f'"Koriukivka RDA" <rda-koriukivka@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Про виконання Плану заходів (Корюківська РДА)", "koi8-u")),
        ("Date", rfc_date(dt)),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return top(hs, root, order=True)


KEY_rg03_simia_opera_odt = {
    "class": "ranges", "executor": "su-simia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Opera Mail Russian cover note plus a Russian .odt with «По п.п. 1, 2», «По п. 6», «По пп. 7-9» and a bare «По п. 12 – не проводились» (no item); programme years and date ranges in the text.",
    "items": [{"measure": 1, "source": "simia_VU_2013_II.odt"}, {"measure": 2, "source": "simia_VU_2013_II.odt"},
              {"measure": 6, "source": "simia_VU_2013_II.odt"}, {"measure": 7, "source": "simia_VU_2013_II.odt"},
              {"measure": 8, "source": "simia_VU_2013_II.odt"}, {"measure": 9, "source": "simia_VU_2013_II.odt"}],
}


@mail("rg03_simia_opera_odt", KEY_rg03_simia_opera_odt)
def rg03(name):
    dt = kyiv(2013, 12, 9, 14, 10, 58)
    fname = "simia_VU_2013_II.odt"
    doc = doc_html(
        "<p align=center><b>ИНФОРМАЦИЯ</b></p>"
        "<p align=center>управления по делам семьи, молодежи и спорта облгосадминистрации о выполнении Плана "
        "мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области "
        "за ІІ полугодие 2013 года</p><p>&nbsp;</p>"
        "<p>По п.п. 1, 2. Официальная веб-страница управления на сайте облгосадминистрации обновляется "
        "еженедельно; за июль – ноябрь 2013 г. размещено 164 материала. В рубрику «Хід виконання цільових "
        "програм» ежеквартально подается информация о выполнении 4 областных программ (в т.ч. «Молодь "
        "Чернігівщини» на 2011–2015 годы, программы развития физической культуры и спорта на 2012–2016 годы), "
        "последнее обновление – 15.10.2013.</p>"
        "<p>По п. 6. Проведено 6 консультаций с общественностью, в т.ч. публичное обсуждение проекта областной "
        "программы оздоровления и отдыха детей на 2014–2018 годы (07.11.2013, 73 участника), 2 заседания "
        "«круглого стола» с молодежными общественными организациями (19.09 и 24.10.2013), электронные "
        "консультации по проекту Положения об областной молодежной премии (с 01 по 20.11.2013).</p>"
        "<p>По пп. 7-9. В состав областного совета по вопросам молодежной политики входят 12 представителей "
        "молодежных и детских общественных организаций, в т.ч. 2 члена Общественного совета при "
        "облгосадминистрации; председатель комитета по вопросам семьи и молодежи Общественного совета "
        "О.В. Шульга введен в состав коллегии управления (приказ от 16.07.2013 № 143); проект распоряжения "
        "«Об итогах оздоровительной кампании 2013 года» обсужден на заседании комитета 26.09.2013, учтены "
        "4 предложения.</p>"
        "<p>По п. 12 – не проводились.</p><p>&nbsp;</p>"
        "<p>Начальник управления&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;А.П. Руденко</p>",
        title="Информация")
    data = office("rg03_simia_opera_odt.odt", doc)
    text = ("Добрый день!\n\nНаправляем информацию управления по делам семьи, молодежи и спорта "
            "облгосадминистрации о выполнении Плана мероприятий «Открытое правительство» за ІІ полугодие 2013 г. "
            "(файл прилагается).\n\n-- \nС уважением,\nИрина Ковальчук\nведущий специалист\nтел. 67-61-05\n")
    b = "----------" + base64.b64encode(bytes.fromhex(sha(name, "b0")[:30])).decode().replace("+", "x").replace("/", "Q")[:22]
    body = text_part(flowed(text), "utf-8", "8bit", params="; format=flowed; delsp=yes")
    att = Part([("Content-Disposition", f"attachment; filename={fname}"),
                ("Content-Type", f"application/vnd.oasis.opendocument.text; name={fname}"),
                ("Content-Transfer-Encoding", "Base64")],
               b64(data).encode())
    root = Part([("Content-Type", f"multipart/mixed; boundary={b}")], parts=[body, att], boundary=b)
    hs = [
        ("Received", received(name, dt, 3, "mail.example.gov.ua", "198.51.100.23")),
        "*",
        ("To", f'"{MAILBOX}" <{MAILBOX}>'),
        ("Subject", ew("Информация о выполнении Плана мероприятий (Открытое правительство) - ІІ полугодие 2013", "utf-8", "Q")),
        ("Date", rfc_date(dt)),
        ("MIME-Version", "1.0"),
        ("From", f'{ew("Ирина Ковальчук", "utf-8", "Q")} <simia@example.gov.ua>'),
        ("Organization", ew("Управление по делам семьи, молодежи и спорта", "utf-8", "Q")),
        ("Message-ID", f"<op.w{sha(name, 'mid')[:8]}{sha(name, 'mid')[8:14]}@pc-simia-03>"),
        ("User-Agent", "Opera Mail/12.16 (Win32)"),
    ]
    return top(hs, root, order=True)


KEY_rg04_uvp_pdf = {
    "class": "ranges", "executor": "uvp", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Thunderbird mail of УВП with a PDF (text layer) summing up 2012 after the first grace window: «Пункти 3 і 4», «П.п. 5, 10 – 11», «З 13 по 14», while «П. 15» is only planned; date ranges such as «з 10.09 по 25.12.2012» are not measures.",
    "items": [{"measure": 3, "source": "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"},
              {"measure": 4, "source": "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"},
              {"measure": 5, "source": "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"},
              {"measure": 10, "source": "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"},
              {"measure": 11, "source": "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"},
              {"measure": 13, "source": "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"},
              {"measure": 14, "source": "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"}],
}


@mail("rg04_uvp_pdf", KEY_rg04_uvp_pdf)
def rg04(name):
    dt = kyiv(2012, 12, 27, 16, 40, 21)
    fname = "Інформація УВП_виконання Плану заходів_підсумки 2012.pdf"
    doc = doc_html(
        "<p align=center><b>УПРАВЛІННЯ З ПИТАНЬ ВНУТРІШНЬОЇ ПОЛІТИКИ ТА ЗВ’ЯЗКІВ З ГРОМАДСЬКІСТЮ<br>"
        "ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b></p><hr>"
        "<p>27.12.2012 № 03-11/2764</p><p>&nbsp;</p>"
        "<p align=center><b>ІНФОРМАЦІЯ</b><br>про виконання управлінням Плану заходів з підвищення рівня "
        "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
        "«Партнерство „Відкритий уряд“» (підсумки 2012 року)</p><p>&nbsp;</p>"
        "<p>Пункти 3 і 4. Веб-ресурс «Чернігівська громада» працює з 21.11.2012, станом на 26.12.2012 на ньому "
        "розміщено 112 матеріалів. На його базі 24.12.2012 у тестовому режимі відкрито Інтернет-форум "
        "(5 розділів, 48 зареєстрованих користувачів).</p>"
        "<p>П.п. 5, 10 – 11. Спільно з відділом роботи із зверненнями громадян апарату облдержадміністрації "
        "забезпечено роботу «гарячої лінії» голови облдержадміністрації: з 10.09 по 25.12.2012 прийнято 1 298 "
        "дзвінків. Громадським радам при 22 райдержадміністраціях направлено рекомендації щодо утворення у їх "
        "складі комісій (робочих груп) з питань відкритості та прозорості (лист від 02.10.2012 № 03-11/1987); "
        "станом на 25.12.2012 такі групи утворено у 9 районах. 07.12.2012 проведено «День відкритих дверей» "
        "управління (32 учасники, з них 9 – представники ЗМІ).</p>"
        "<p>З 13 по 14. Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено "
        "3 навчальні семінари для заступників керівників і спеціалістів структурних підрозділів "
        "облдержадміністрації (84 особи); розроблено та розповсюджено методичні рекомендації щодо використання "
        "інструментів політики сприяння розвитку громадянського суспільства (150 прим.).</p>"
        "<p>П. 15 – громадське обговорення виконання плану за 2012 рік заплановано на 21 лютого 2013 року.</p>"
        "<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.М. Гриценко</p>",
        title="Інформація УВП")
    data = office("rg04_uvp_pdf.pdf", doc)
    text = ("Колеги, добрий день!\n\n"
            "Для узагальнення надсилаю підсумкову інформацію управління за 2012 рік (pdf, підписаний примірник "
            "передано до загального відділу).\n\n"
            "-- \nВ.І. Марченко\nУВП ОДА, 67-51-40\n")
    body = text_part(flowed(text), "UTF-8", "8bit", params="; format=flowed")
    att = Part([("Content-Type", f'application/pdf;\n name="{ew(fname, "UTF-8")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", "attachment;\n " + p2231("filename", fname, "UTF-8"))],
               b64(data).encode())
    root = mixed(name, 0, "tb", [body, att], preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Received", received(name, dt, 5, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_tb(name, "example.gov.ua")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Віктор Марченко", "UTF-8")} <uvp-info@example.gov.ua>'),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("MIME-Version", "1.0"),
        ("To", MAILBOX),
        ("Subject", ew("Підсумкова інформація УВП за 2012 рік (план Відкритий уряд)", "UTF-8")),
        "*",
    ]
    return top(hs, root, order=True)


KEY_rg05_zhkh_html = {
    "class": "ranges", "executor": "su-zhkh", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 HTML-only Word mail whose table has number cells «1», «2, 9», «6 – 8», «12» and «13, 14» (staff trained, guides received: counted though not owed); years «2010–2014» and dates around.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}, {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}],
}


@mail("rg05_zhkh_html", KEY_rg05_zhkh_html)
def rg05(name):
    dt = kyiv(2012, 12, 11, 10, 25, 39)
    rows = [
        ["№ п/п плану", "Інформація про виконання"],
        ["1", "Веб-сторінку управління на офіційному сайті облдержадміністрації приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3; додано підрозділи «Тарифи на житлово-комунальні послуги» та «Енергозбереження». З 10.09 по 10.12.2012 розміщено 76 матеріалів."],
        ["2, 9", "Інформація про хід виконання Програми реформування і розвитку житлово-комунального господарства області на 2010–2014 роки щокварталу подається до рубрики «Хід виконання цільових програм» (за ІІІ квартал – 18.10.2012). Проект обласної програми «Питна вода Чернігівщини» на 2013–2020 роки 12.11.2012 обговорено з членами комітету з питань ЖКГ Громадської ради, враховано 4 пропозиції."],
        ["6 – 8", "Проведено 2 громадські слухання щодо встановлення тарифів на послуги з централізованого водопостачання (м. Ніжин – 25.09.2012, м. Прилуки – 16.10.2012). До складу Координаційної ради з питань реформування ЖКГ включено 4 представників асоціацій ОСББ. Голову комітету з питань ЖКГ Громадської ради введено до складу колегії управління (наказ від 12.10.2012 № 88)."],
        ["12", "Громадською організацією «Асоціація ОСББ Сіверщини» у жовтні 2012 р. проведено громадську антикорупційну експертизу проекту Порядку відбору виконавців послуг з управління будинками; 3 пропозиції враховано."],
        ["13, 14", "2 спеціалісти управління 20.11.2012 пройшли навчальний семінар у Чернігівському ЦППК, отримали методичні рекомендації щодо проведення консультацій з громадськістю."],
    ]
    inner = (
        wp("Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації", bold=True) +
        wp("") +
        wp("Управління житлово-комунального господарства облдержадміністрації на виконання п. 16 Плану заходів з "
           "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє:") +
        wp("") + wtable(rows, widths=[70, 560]) + wp("") +
        wp("Начальник управління                                        М.П. Кузьменко") + wp("") +
        "<p class=MsoNormal><span style='font-size:9.0pt'>Вик. Остроглазова Н.І., тел. 67-12-58<o:p></o:p></span></p>\n")
    root = text_part(word_html(inner, "windows-1251"), "windows-1251", "quoted-printable", subtype="html", label='"windows-1251"')
    hs = [
        ("Received", received(name, dt, 4, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Управління ЖКГ", "windows-1251")} <zhkh@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація управління ЖКГ (Відкритий уряд)", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


# =============================================================================================
# 5. prose — no plan numbers: the reader maps paragraphs to measures by subject
# =============================================================================================

KEY_pr01_arkhiv_odt = {
    "class": "prose", "executor": "su-arkhiv", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2007 cover letter and an .odt covering all 7 owed measures in plan order under headings in the archive's own words, without numbers; the expertise paragraph names the site only as where appointments are made.",
    "items": [{"measure": 1, "source": "Інформація Держархіву_Відкритий уряд.odt"},
              {"measure": 2, "source": "Інформація Держархіву_Відкритий уряд.odt"},
              {"measure": 6, "source": "Інформація Держархіву_Відкритий уряд.odt"},
              {"measure": 7, "source": "Інформація Держархіву_Відкритий уряд.odt"},
              {"measure": 8, "source": "Інформація Держархіву_Відкритий уряд.odt"},
              {"measure": 9, "source": "Інформація Держархіву_Відкритий уряд.odt"},
              {"measure": 12, "source": "Інформація Держархіву_Відкритий уряд.odt"}],
}


@mail("pr01_arkhiv_odt", KEY_pr01_arkhiv_odt)
def pr01(name):
    dt = kyiv(2013, 6, 12, 10, 17, 5)
    fname = "Інформація Держархіву_Відкритий уряд.odt"
    secs = [
        ("Веб-сайт архівної установи",
         "Офіційний веб-сайт Державного архіву Чернігівської області (arkhiv.example.gov.ua) функціонує відповідно до "
         "вимог постанови Кабінету Міністрів України від 04.01.2002 № 3. У І півріччі 2013 року на сайті розміщено "
         "58 новин і 6 віртуальних виставок документів, оновлено розділи «Довідник фондів» (додано описи 112 "
         "фондів) та «Доступ до публічної інформації». Кількість відвідувань за півріччя – понад 41 тис."),
        ("Оприлюднення відомостей про виконання програм",
         "Інформацію про хід виконання Програми розвитку архівної справи в Чернігівській області на 2011–2015 роки "
         "за 2012 рік подано 22.01.2013, за І квартал 2013 року – 16.04.2013 для розміщення в рубриці «Хід "
         "виконання цільових програм» офіційного сайту облдержадміністрації (у 2013 році на програму "
         "передбачено 1 245,8 тис. грн)."),
        ("Взаємодія з громадськістю під час підготовки рішень",
         "17.04.2013 проведено публічне громадське обговорення проекту Порядку надання архівних довідок "
         "соціально-правового характеру в електронній формі (39 учасників). З 6 по 27 травня 2013 року тривали "
         "електронні консультації щодо переліку документів, які підлягають оцифруванню в першу чергу; надійшло "
         "26 пропозицій, звіт про результати консультацій оприлюднено 31.05.2013."),
        ("Представники громадськості в дорадчих органах архіву",
         "До складу експертно-перевірної комісії Державного архіву області включено 2 представників громадської "
         "організації «Сіверська краєзнавча спілка», до складу науково-методичної ради – члена Громадської ради "
         "при облдержадміністрації Т.Г. Самойленко (наказ від 11.02.2013 № 9)."),
        ("Колегія",
         "Голова комітету з питань культури, духовності та національних меншин Громадської ради при "
         "облдержадміністрації Н.І. Бондар входить до складу колегії Державного архіву області (наказ від "
         "05.03.2013 № 14) і 28.03.2013 взяла участь у її засіданні. Положення про Державний архів області змін не "
         "потребувало."),
        ("Обговорення проектів із членами громадських рад",
         "Проект розпорядження голови облдержадміністрації «Про стан збереження документів Національного "
         "архівного фонду в архівних відділах райдержадміністрацій та трудових архівах» 14.05.2013 направлено "
         "для обговорення членам комітету з гуманітарних питань Громадської ради; отримано 3 пропозиції, 2 з них "
         "враховано."),
        ("Громадська експертиза",
         "У травні 2013 року громадською організацією «Сіверська краєзнавча спілка» проведено громадську "
         "експертизу діяльності Державного архіву області щодо забезпечення доступу громадян до архівних "
         "документів. За її результатами наказом від 03.06.2013 № 31 затверджено заходи з реалізації 5 "
         "експертних пропозицій: подовжено години роботи читального залу до 19.00 у вівторок і четвер, "
         "запроваджено попередній запис користувачів через сайт."),
    ]
    body_html = ("<p align=center><b>ІНФОРМАЦІЯ</b></p><p align=center>Державного архіву Чернігівської області про хід "
                 "виконання заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
                 "(І півріччя 2013 року)</p><p>&nbsp;</p>")
    for h, t in secs:
        body_html += f"<p><b><i>{esc(h)}</i></b></p><p style=\"text-indent: 1.25cm; text-align: justify\">{esc(t)}</p>"
    body_html += ("<p>&nbsp;</p><p>Директор Державного архіву області&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                  "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Р.Б. Ярмоленко</p>")
    data = office("pr01_arkhiv_odt.odt", doc_html(body_html, "Інформація Держархіву"))
    plain = (
        "Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
        "На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
        "влади в області Державний архів Чернігівської області надсилає інформацію за І півріччя 2013 року.\n\n"
        "Додаток: на 2 арк.\n\n"
        "Директор                                  Р.Б. Ярмоленко\n\n"
        "Вик. Сенько Л.О., 67-82-40\n")
    inner = wparas(plain.rstrip("\n"))
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 12 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/vnd.oasis.opendocument.text;\n\tname="{ew(fname, "windows-1251")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "windows-1251")}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 6, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Держархів області", "windows-1251")} <arkhiv@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Відкритий уряд - інформація Держархіву області", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_pr02_sluzhba_ditei_pdf = {
    "class": "prose", "executor": "su-sluzhba-ditei", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2003 cover and a PDF letter (text layer, letterhead) in prose without plan numbers; one paragraph covers both consultations (6) and council members discussing the draft programme (9).",
    "items": [{"measure": 1, "source": "Лист ССД від 07.12.2012 № 01-09-1184.pdf"},
              {"measure": 6, "source": "Лист ССД від 07.12.2012 № 01-09-1184.pdf"},
              {"measure": 7, "source": "Лист ССД від 07.12.2012 № 01-09-1184.pdf"},
              {"measure": 9, "source": "Лист ССД від 07.12.2012 № 01-09-1184.pdf"}],
}


@mail("pr02_sluzhba_ditei_pdf", KEY_pr02_sluzhba_ditei_pdf)
def pr02(name):
    dt = kyiv(2012, 12, 7, 15, 33, 27)
    fname = "Лист ССД від 07.12.2012 № 01-09-1184.pdf"
    doc = doc_html(
        "<p align=center><b>ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>СЛУЖБА У СПРАВАХ ДІТЕЙ</b></p>"
        "<p align=center><font size=2>тел. (0462) 67-55-18, e-mail: sluzhba-ditei@example.gov.ua</font></p><hr>"
        "<p>07.12.2012 № 01-09/1184</p><p>&nbsp;</p>"
        "<p align=right>Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>"
        "<p>&nbsp;</p>"
        "<p style=\"text-indent: 1.25cm; text-align: justify\">Служба у справах дітей облдержадміністрації на виконання "
        "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
        "повідомляє.</p>"
        "<p style=\"text-indent: 1.25cm; text-align: justify\">Веб-сторінка служби на офіційному сайті "
        "облдержадміністрації постійно оновлюється: розміщено роз’яснення щодо порядку усиновлення та "
        "влаштування дітей у прийомні сім’ї, узагальнені статистичні дані про дітей-сиріт, зразки документів. "
        "З вересня по листопад 2012 року оприлюднено 34 матеріали, з них 11 – щодо сімейних форм виховання.</p>"
        "<p style=\"text-indent: 1.25cm; text-align: justify\">10.10.2012 службою проведено публічне обговорення "
        "проекту обласної програми «Сім’я для кожної дитини» на 2013–2017 роки (48 учасників), до якого залучено "
        "членів Громадської ради при облдержадміністрації та громадських рад при шести райдержадміністраціях; "
        "8 їх пропозицій включено до проекту програми, який 19.11.2012 схвалено на засіданні комітету з "
        "гуманітарних питань Громадської ради.</p>"
        "<p style=\"text-indent: 1.25cm; text-align: justify\">До складу опікунської ради при службі та обласної "
        "комісії з питань захисту прав дитини введено 3 представників благодійних фондів і громадських "
        "організацій (розпорядження голови облдержадміністрації від 16.11.2012 № 512).</p>"
        "<p style=\"text-indent: 1.25cm; text-align: justify\">Щомісяця інформація про діяльність служби надається "
        "обласним друкованим засобам масової інформації.</p><p>&nbsp;</p>"
        "<p>Начальник служби&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.І. Гребінь</p><p>&nbsp;</p>"
        "<p><font size=2>Мороз 67-55-21</font></p>",
        title="Лист ССД")
    data = office("pr02_sluzhba_ditei_pdf.pdf", doc)
    plain = ("Добрий день.\n\nНаправляємо лист Служби у справах дітей облдержадміністрації від 07.12.2012 "
             "№ 01-09/1184 щодо виконання Плану заходів (Відкритий уряд). Оригінал надіслано поштою.\n\n"
             "Мороз Олена\nслужба у справах дітей ОДА\n67-55-21\n")
    inner = wparas(plain.rstrip("\n"), span=False)
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 11 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/pdf;\n\tname="{ew(fname, "windows-1251", "Q")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "windows-1251", "Q")}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 9, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Мороз Олена", "windows-1251")} <sluzhba-ditei@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("лист ССД 01-09/1184", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return top(hs, root, order=True)


KEY_pr03_ekolohiia_rtf = {
    "class": "prose", "executor": "su-ekolohiia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The Bat! cp1251 cover and an .rtf (RFC 2231 name with charset windows-1251 and continuations), statistics-heavy prose under own headings; the site appears only as where hearing reports were posted (no item 1), the advisory-council paragraph mentions the draft programme in passing.",
    "items": [{"measure": 6, "source": "Екологія_інформація_Відкритий уряд_ІІ півріччя 2013.rtf"},
              {"measure": 7, "source": "Екологія_інформація_Відкритий уряд_ІІ півріччя 2013.rtf"},
              {"measure": 8, "source": "Екологія_інформація_Відкритий уряд_ІІ півріччя 2013.rtf"},
              {"measure": 9, "source": "Екологія_інформація_Відкритий уряд_ІІ півріччя 2013.rtf"}],
}


@mail("pr03_ekolohiia_rtf", KEY_pr03_ekolohiia_rtf)
def pr03(name):
    dt = kyiv(2013, 12, 6, 11, 48, 50)
    fname = "Екологія_інформація_Відкритий уряд_ІІ півріччя 2013.rtf"
    secs = [
        ("Консультації з громадськістю",
         "У липні – листопаді 2013 року управлінням проведено 4 консультації з громадськістю та 3 громадські "
         "слухання щодо оцінки впливу на навколишнє середовище планованої діяльності: будівництва "
         "сміттєсортувальної лінії у м. Ніжині (23.07.2013, 112 учасників), реконструкції очисних споруд у "
         "смт Варва (14.08.2013, 57 учасників), розширення піщаного кар’єру в Ріпкинському районі (10.10.2013, "
         "83 учасники). Проект Регіональної програми охорони навколишнього природного середовища на 2014–2018 "
         "роки оприлюднено для обговорення 01.10.2013; надійшло 64 зауваження і пропозиції, з них враховано 41. "
         "Звіти про результати обговорень розміщено на офіційному веб-сайті управління."),
        ("Участь громадськості у дорадчих органах",
         "До складу Ради з питань екологічної безпеки при управлінні у вересні 2013 року включено 3 представників "
         "екологічних громадських організацій, у т.ч. члена Громадської ради при облдержадміністрації (наказ від "
         "09.09.2013 № 121); представників громадськості у Раді тепер 7 з 19 членів. На засіданні 14.11.2013 Рада "
         "розглянула, зокрема, хід підготовки згаданої вище програми."),
        ("Колегія управління",
         "Голову комітету з питань екології та природокористування Громадської ради Л.В. Приходько введено до "
         "складу колегії управління (наказ від 02.07.2013 № 96); вона взяла участь у трьох засіданнях колегії "
         "(18.07, 26.09 і 28.11.2013). Відповідні зміни до Положення про управління внесено розпорядженням голови "
         "облдержадміністрації від 25.06.2013 № 244."),
        ("Обговорення проектів документів із членами громадських рад",
         "Проект Регіональної програми охорони навколишнього природного середовища на 2014–2018 роки (обсяг "
         "фінансування – 214,6 млн грн, у т.ч. з обласного фонду охорони навколишнього природного середовища – "
         "38,2 млн грн) та проект розпорядження «Про затвердження лімітів використання природних ресурсів "
         "місцевого значення на 2014 рік» розглянуто на засіданні комітету з питань екології Громадської ради "
         "22.10.2013: з 18 пропозицій членів ради враховано 12."),
    ]
    body_html = ("<p align=center><b>УПРАВЛІННЯ ЕКОЛОГІЇ ТА ПРИРОДНИХ РЕСУРСІВ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ "
                 "АДМІНІСТРАЦІЇ</b></p><p>&nbsp;</p><p align=center><b>Інформація</b><br>щодо забезпечення відкритості та "
                 "прозорості діяльності управління у ІІ півріччі 2013 року</p><p>&nbsp;</p>")
    for h, t in secs:
        body_html += f"<p><u>{esc(h)}</u></p><p style=\"text-indent: 1cm; text-align: justify\">{esc(t)}</p><p>&nbsp;</p>"
    body_html += "<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.В. Тимошенко</p>"
    data = office("pr03_ekolohiia_rtf.rtf", doc_html(body_html, "Інформація", font="Arial", size="11pt"))
    text = ("Доброго дня!\n\nНадсилаємо інформацію управління екології та природних ресурсів облдержадміністрації "
            "за ІІ півріччя 2013 року (у вкладенні, формат rtf).\n\n-- \nЗ повагою,\n Сидоренко Юлія\n "
            "відділ екологічної політики та інформації\n 67-93-04\n")
    body = text_part(hardwrap(text, 76), "windows-1251", "8bit")
    att = Part([("Content-Type", "application/rtf;\n " + p2231("name", fname, "windows-1251", piece=45)),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", "attachment;\n " + p2231("filename", fname, "windows-1251", piece=45))],
               b64(data).encode())
    root = mixed(name, 0, "bat", [body, att])
    hs = [
        ("Received", received(name, dt, 5, "mail.example.gov.ua", "198.51.100.23")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Сидоренко Юлія", "windows-1251", "Q")} <ekolohiia@example.gov.ua>'),
        ("X-Mailer", "The Bat! (v5.4.1) Professional"),
        ("Reply-To", f'{ew("Сидоренко Юлія", "windows-1251", "Q")} <ekolohiia@example.gov.ua>'),
        ("Organization", ew("Управління екології та природних ресурсів", "windows-1251", "Q")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", mid_bat(name, dt, "example.gov.ua")),
        ("To", MAILBOX),
        ("Subject", ew("Інформація управління екології (Відкритий уряд, ІІ півріччя 2013)", "windows-1251", "Q")),
        ("MIME-Version", "1.0"),
        "*",
    ]
    return top(hs, root, order=True)


KEY_pr04_gromrada_tb = {
    "class": "prose", "executor": "gromrada", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Thunderbird plain UTF-8 letter of the Public Council in prose: the web resource (3) and the forum opened 14.02.2013 (4); the hot line is named only as where some forum topics were passed on, the plan's public discussion only promised.",
    "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}],
}


@mail("pr04_gromrada_tb", KEY_pr04_gromrada_tb)
def pr04(name):
    dt = kyiv(2013, 3, 12, 18, 22, 14)
    text = (
        "Шановні колеги!\n\n"
        "Громадська рада при облдержадміністрації інформує про хід реалізації заходів, співвиконавцем яких вона "
        "визначена.\n\n"
        "Веб-ресурс «Чернігівська громада» з початку року суттєво оновлено: запрацювала нова версія головної "
        "сторінки, розділ «Громадські ініціативи» та календар подій громадських організацій області. З 01.01 по "
        "10.03.2013 розміщено 94 матеріали, кількість унікальних відвідувачів зросла до 260 на добу.\n\n"
        "14 лютого 2013 року на базі ресурсу відкрито Інтернет-форум для обговорення актуальних питань "
        "життєдіяльності області та співпраці влади і громадськості. Станом на 11.03.2013 зареєстровано 163 "
        "користувачі, відкрито 37 тем; модератори – С.О. Литвиненко та І.М. Дяченко. Кілька тем стосувались "
        "проблем, з якими громадяни зверталися на «гарячу лінію» голови облдержадміністрації, – їх "
        "переадресовано до відділу роботи із зверненнями громадян.\n\n"
        "Пропозиції щодо порядку громадського обговорення виконання плану за 2012 рік надішлемо окремим "
        "листом після засідання правління ради.\n\n"
        "-- \n"
        "З повагою,\n"
        "Олена Мирошниченко,\n"
        "відповідальний секретар Громадської ради при облдержадміністрації\n"
        "моб. (067) 461-22-90\n")
    root = text_part(flowed(text), "UTF-8", "8bit", params="; format=flowed")
    hs = [
        ("Received", received(name, dt, 3, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_tb(name, "example.gov.ua")),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Громадська рада при ОДА", "UTF-8")} <gromrada@example.gov.ua>'),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"),
        ("MIME-Version", "1.0"),
        ("To", MAILBOX),
        ("Subject", ew("Веб-ресурс «Чернігівська громада» та форум — інформація", "UTF-8")),
        "*",
    ]
    return top(hs, root, order=True)


KEY_pr05_kapbud_doc = {
    "class": "prose", "executor": "su-kapbud", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 koi8-u cover and a Word 97 .doc in prose without numbers: site (1), the target-programme rubric with money sums (2), collegium (8, with the site named in passing), drafts sent to council members (9).",
    "items": [{"measure": 1, "source": "Інформація УКБ (Відкритий уряд).doc"},
              {"measure": 2, "source": "Інформація УКБ (Відкритий уряд).doc"},
              {"measure": 8, "source": "Інформація УКБ (Відкритий уряд).doc"},
              {"measure": 9, "source": "Інформація УКБ (Відкритий уряд).doc"}],
}


@mail("pr05_kapbud_doc", KEY_pr05_kapbud_doc)
def pr05(name):
    dt = kyiv(2013, 6, 7, 9, 12, 31)
    fname = "Інформація УКБ (Відкритий уряд).doc"
    paras = [
        "Управління капітального будівництва облдержадміністрації на виконання Плану заходів з підвищення рівня "
        "відкритості та прозорості діяльності виконавчої влади в області інформує.",
        "Офіційну веб-сторінку управління оновлено: створено розділи «Об’єкти будівництва 2013 року» та «Публічні "
        "закупівлі», де оприлюднюються оголошення про проведення торгів і звіти про їх результати; з початку року "
        "розміщено 83 матеріали.",
        "Інформація про хід виконання Програми будівництва (реконструкції) та капітального ремонту об’єктів "
        "соціальної сфери області на 2012–2015 роки щокварталу, до 15 числа місяця, що настає за звітним "
        "кварталом, подається для рубрики «Хід виконання цільових програм» офіційного сайту облдержадміністрації. "
        "За І квартал 2013 року інформацію подано 12.04.2013: профінансовано 46,3 млн грн, введено в експлуатацію "
        "4 об’єкти.",
        "Наказом управління від 21.01.2013 № 6 до складу колегії введено голову комітету з питань будівництва, "
        "житлово-комунального господарства та інфраструктури Громадської ради при облдержадміністрації "
        "О.А. Давиденка. 28.03.2013 на засіданні колегії за його участю розглянуто стан будівництва "
        "загальноосвітньої школи у м. Мена; матеріали засідання розміщено на веб-сторінці управління.",
        "Проект розпорядження голови облдержадміністрації «Про затвердження переліку об’єктів капітального ремонту "
        "закладів освіти та охорони здоров’я на 2013 рік» і проект змін до зазначеної Програми у березні – квітні "
        "2013 року надсилались для обговорення членам Громадської ради; отримано 6 пропозицій, 4 з них враховано.",
    ]
    body_html = ("<p align=center><b>ІНФОРМАЦІЯ</b><br>управління капітального будівництва облдержадміністрації</p><p>&nbsp;</p>" +
                 "".join(f"<p style=\"text-indent: 1.25cm; text-align: justify\">{esc(p)}</p>" for p in paras) +
                 "<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.С. Онищенко</p>")
    data = office("pr05_kapbud_doc.doc", doc_html(body_html, "Інформація УКБ"))
    plain = ("Доброго ранку!\n\nІнформацію управління капітального будівництва щодо Плану заходів (Відкритий уряд) "
             "за І півріччя додаємо.\n\nЗ повагою\nТарасенко Ігор\nУКБ ОДА, 67-70-15\n")
    inner = wparas(plain.rstrip("\n"), span=False)
    body = alt(name, 1, "outlook", [
        text_part(koi(plain), "koi8-u", "quoted-printable", label='"koi8-u"'),
        text_part(word_html(inner, "koi8-u"), "koi8-u", "quoted-printable", subtype="html", label='"koi8-u"'),
    ])
    att = Part([("Content-Type", f'application/msword;\n\tname="{ew(fname, "koi8-u")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "koi8-u")}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att])
    hs = [
        ("Received", received(name, dt, 4, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Тарасенко Ігор", "koi8-u")} <kapbud@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація УКБ", "koi8-u")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


# =============================================================================================
# 6. foreign_numbers — numbering that is not the plan's
# =============================================================================================

KEY_fn01_ichnia_own_plan = {
    "class": "foreign_numbers", "executor": "rda-ichnia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2003 cp1251 twins: a district reports on its own district plan numbered 1.1, 1.2, 2.1, 2.3, 3.1, 3.2; these map by subject to plan measures 1, 6, 10, 12 (1.2 newspaper and 3.2 reception of citizens are no plan measure).",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail("fn01_ichnia_own_plan", KEY_fn01_ichnia_own_plan)
def fn01(name):
    dt = kyiv(2013, 6, 10, 11, 40, 19)
    plain = (
        "Ічнянська районна державна адміністрація\n"
        "Вих. № 02-18/1204 від 07.06.2013\n\n"
        "Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
        "Про хід виконання районного плану заходів\n\n"
        "На виконання розпорядження голови райдержадміністрації від 28.09.2012 № 312 «Про затвердження районного "
        "плану заходів з підвищення рівня відкритості та прозорості діяльності райдержадміністрації» повідомляємо "
        "про хід його виконання у І півріччі 2013 року.\n\n"
        "1.1. Структуру офіційного веб-сайту райдержадміністрації приведено у відповідність до постанови Кабінету "
        "Міністрів України від 04.01.2002 № 3, створено розділ «Публічна інформація»; з 01.01 по 31.05.2013 "
        "розміщено 287 матеріалів та 41 проект розпоряджень.\n\n"
        "1.2. Районна газета «Ічнянський вісник» опублікувала 12 матеріалів про діяльність райдержадміністрації "
        "та 4 інтерв’ю з її керівниками.\n\n"
        "2.1. Проведено 5 консультацій з громадськістю: публічне обговорення проекту Програми "
        "соціально-економічного та культурного розвитку району на 2013 рік (14.02.2013, 63 учасники) та 4 «круглі "
        "столи» з питань благоустрою населених пунктів (березень – квітень 2013 р.).\n\n"
        "2.3. На засіданні громадської ради при райдержадміністрації 22.03.2013 (протокол № 3) утворено робочу "
        "групу з питань відкритості та прозорості діяльності райдержадміністрації у складі 7 осіб.\n\n"
        "3.1. Громадською радою з 11 по 29 квітня 2013 року проведено громадську експертизу діяльності відділу "
        "освіти райдержадміністрації щодо організації підвезення учнів; розпорядженням від 20.05.2013 № 173 "
        "затверджено заходи з реалізації 6 пропозицій.\n\n"
        "3.2. Керівництвом райдержадміністрації проведено 23 особисті та 9 виїзних прийомів громадян, прийнято "
        "146 осіб.\n\n"
        "Голова районної державної адміністрації                      П.М. Коваль\n\n"
        "Вик. Дорошенко Л.П., 2-14-33\n")
    inner = wparas(plain.rstrip("\n"))
    root = alt(name, 0, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 11 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 7, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Ічнянська РДА", "windows-1251")} <rda-ichnia@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Ічнянська РДА - хід виконання районного плану заходів", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return top(hs, root, order=True)


KEY_fn02_osvita_odt = {
    "class": "foreign_numbers", "executor": "su-osvita", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 UTF-8 cover and an .odt whose own sections 1.–5. (site, consultations, collegium, drafts, advisory bodies) map to measures 1, 6, 8, 9, 7; sub-items а)–г) and 1)–6), order numbers and money sums; the oblast council session is named only in passing.",
    "items": [{"measure": 1, "source": "Інформація УОН_грудень 2013.odt"},
              {"measure": 6, "source": "Інформація УОН_грудень 2013.odt"},
              {"measure": 7, "source": "Інформація УОН_грудень 2013.odt"},
              {"measure": 8, "source": "Інформація УОН_грудень 2013.odt"},
              {"measure": 9, "source": "Інформація УОН_грудень 2013.odt"}],
}


@mail("fn02_osvita_odt", KEY_fn02_osvita_odt)
def fn02(name):
    dt = kyiv(2013, 12, 11, 13, 30, 44)
    fname = "Інформація УОН_грудень 2013.odt"
    secs = [
        ("1. Про функціонування офіційного веб-сайту",
         "Наказом управління від 03.09.2013 № 412 затверджено Регламент ведення офіційного веб-сайту управління. "
         "Створено 4 нові підрозділи: а) «Зовнішнє незалежне оцінювання»; б) «Мережа навчальних закладів»; "
         "в) «Бюджет галузі»; г) «Громадська рада при управлінні». З 01.07 по 30.11.2013 розміщено 236 матеріалів."),
        ("2. Про консультації з громадськістю",
         "Відповідно до орієнтовного плану консультацій з громадськістю на 2013 рік проведено 6 консультацій: "
         "1) публічне обговорення проекту обласної програми «Обдарована молодь» на 2014–2018 роки (05.09.2013, "
         "71 учасник); 2) електронні консультації щодо змін до мережі професійно-технічних навчальних закладів "
         "(з 16.09 по 07.10.2013, 38 пропозицій); 3)–6) чотири зустрічі з батьківською громадськістю у містах "
         "Ніжин, Прилуки, Новгород-Сіверський, Бахмач (жовтень – листопад 2013 р.)."),
        ("3. Про участь громадськості в роботі колегії",
         "Голова комітету з гуманітарних питань Громадської ради при облдержадміністрації С.П. Кушнір з "
         "12.09.2013 входить до складу колегії управління (наказ від 12.09.2013 № 431); зміни до Положення про "
         "управління освіти і науки затверджено розпорядженням голови облдержадміністрації від 30.08.2013 № 318."),
        ("4. Про обговорення проектів",
         "Проект обласної програми «Обдарована молодь» на 2014–2018 роки (обсяг фінансування – 3,42 млн грн) до "
         "внесення на розгляд сесії обласної ради розглянуто на засіданні комітету з гуманітарних питань "
         "Громадської ради 24.10.2013; з 9 пропозицій членів ради враховано 7."),
        ("5. Про дорадчі органи",
         "До складу Ради з питань розвитку професійно-технічної освіти включено 3 представників громадських "
         "організацій роботодавців та 1 члена Громадської ради (наказ від 18.10.2013 № 497)."),
    ]
    body_html = ("<p align=center><b>ІНФОРМАЦІЯ</b><br>управління освіти і науки облдержадміністрації щодо "
                 "забезпечення відкритості та прозорості діяльності (ІІ півріччя 2013 року)</p><p>&nbsp;</p>")
    for h, t in secs:
        body_html += f"<p><b>{esc(h)}</b></p><p style=\"text-indent: 1.25cm; text-align: justify\">{esc(t)}</p>"
    body_html += "<p>&nbsp;</p><p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.В. Дорошенко</p>"
    data = office("fn02_osvita_odt.odt", doc_html(body_html, "Інформація УОН"))
    plain = (
        "Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
        "№ 07-15/4512 від 11.12.2013\n\n"
        "На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
        "області управління освіти і науки облдержадміністрації надає інформацію за ІІ півріччя 2013 року "
        "(додається, на 2 арк.).\n\n"
        "Коваленко Ірина Петрівна\nтел. (0462) 67-31-08\n")
    inner = wparas(plain.rstrip("\n"))
    body = alt(name, 1, "outlook", [
        text_part(plain, "utf-8", "base64", label='"utf-8"'),
        text_part(word_html(inner, "utf-8"), "utf-8", "base64", subtype="html", label='"utf-8"'),
    ])
    att = Part([("Content-Type", f'application/vnd.oasis.opendocument.text;\n\tname="{ew(fname, "utf-8")}"'),
                ("Content-Description", ew(fname, "utf-8")),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "utf-8")}"; size={len(data)};\n\tcreation-date="{rfc_date(dt - datetime.timedelta(minutes=40))}";\n\tmodification-date="{rfc_date(dt - datetime.timedelta(minutes=40))}"'),
                ("Content-Transfer-Encoding", "base64")],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att])
    hs = [
        ("Received", received(name, dt, 4, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Коваленко Ірина Петрівна", "utf-8")} <osvita@example.gov.ua>'),
        ("To", f'{ew("УВП", "utf-8")} <{MAILBOX}>'),
        ("Subject", ew("Інформація УОН (ІІ півріччя 2013)", "utf-8")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_fn03_zvernennia_eudora = {
    "class": "foreign_numbers", "executor": "zvernennia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Eudora plain cp1251 report on the hot line only, in sub-items 1)–5) and а)–б) full of counts, percentages, order numbers and a day range «з 11 по 14 числа»; none of these numbers is a plan measure.",
    "items": [{"measure": 5, "source": "body"}],
}


@mail("fn03_zvernennia_eudora", KEY_fn03_zvernennia_eudora)
def fn03(name):
    dt = kyiv(2013, 6, 5, 10, 2, 37)
    text = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Інформація відділу роботи із зверненнями громадян апарату облдержадміністрації щодо організації роботи "
        "\"гарячої лінії\" голови обласної державної адміністрації за січень - травень 2013 року\n\n"
        "1) Режим роботи: у робочі дні з 8.00 до 20.00, з 01.03.2013 також у суботу з 9.00 до 14.00 "
        "(розпорядження голови облдержадміністрації від 22.02.2013 N 67).\n"
        "2) Надійшло 2 416 дзвінків, з них:\n"
        "   а) з порушенням конкретних питань - 1 732;\n"
        "   б) довідкового характеру - 684.\n"
        "3) Результати розгляду: позитивно вирішено 812 звернень (46,9 %), надано роз'яснення - 846, на "
        "розгляді - 74.\n"
        "4) Найбільше звернень з питань житлово-комунального господарства (598), соціального захисту (341), "
        "земельних відносин (203).\n"
        "5) Щопонеділка узагальнена інформація розглядається на апаратних нарадах; щомісяця з 11 по 14 числа "
        "голова облдержадміністрації особисто відповідає на дзвінки \"гарячої лінії\" (за п'ять місяців - 7 "
        "прямих ліній, 96 дзвінків).\n\n"
        "Начальник відділу                      Т.В. Гончаренко\n")
    root = text_part(flowed(text, 72), "windows-1251", "8bit", label='"windows-1251"', params="; format=flowed")
    hs = [
        ("Received", received(name, dt, 10, "mail.example.gov.ua", "198.51.100.23")),
        ("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9"),
        ("Date", rfc_date(dt)),
        ("To", MAILBOX),
        ("From", "Viddil zvernen <zvernennia@example.gov.ua>"),
        ("Subject", ew("Гаряча лінія - інформація за 5 міс. 2013", "windows-1251")),
        ("Mime-Version", "1.0"),
        "*",
        ("Message-ID", f"<7.1.0.9.2.{dt.astimezone(KYIV):%Y%m%d%H%M}.{sha(name, 'mid')[:8]}@example.gov.ua>"),
    ]
    return top(hs, root, order=True)


KEY_fn04_cppk_pdf = {
    "class": "foreign_numbers", "executor": "cppk", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "Late (17.06.2013) Outlook 2007 mail with a PDF numbered 1.–4. by the centre itself: 1 seminars (13), 2 a published guide (14), 3 costs, 4 plans for autumn; programme «№ 14-13», hours, counts and sums are no measures.",
    "items": [{"measure": 13, "source": "Інформація ЦППК_червень 2013.pdf"},
              {"measure": 14, "source": "Інформація ЦППК_червень 2013.pdf"}],
}


@mail("fn04_cppk_pdf", KEY_fn04_cppk_pdf)
def fn04(name):
    dt = kyiv(2013, 6, 17, 9, 15, 12)
    fname = "Інформація ЦППК_червень 2013.pdf"
    paras = [
        "1. Відповідно до наказу центру від 08.01.2013 № 2-о та навчального плану на 2013 рік у березні – травні "
        "2013 року проведено ще 3 навчальні семінари за програмою № 14-13 «Інструменти політики сприяння "
        "розвитку громадянського суспільства» (18 навчальних годин): 12.03.2013 – для заступників голів "
        "райдержадміністрацій (21 особа), 16.04.2013 – для спеціалістів структурних підрозділів "
        "облдержадміністрації, відповідальних за організацію консультацій з громадськістю (34 особи), "
        "21.05.2013 – виїзний семінар у м. Прилуки для спеціалістів райдержадміністрацій південних районів "
        "(27 осіб). Усього з початку виконання плану навчання пройшли 199 осіб.",
        "2. Підготовлено та видано посібник «Громадська участь: інструменти та практика» (автори – викладачі "
        "центру та члени Громадської ради при облдержадміністрації, 64 с., наклад 200 прим.); 120 прим. "
        "розповсюджено серед слухачів, 80 – направлено до 22 райдержадміністрацій.",
        "3. Витрати на проведення семінарів і видання посібника становили 8,6 тис. грн за рахунок коштів, "
        "передбачених кошторисом центру на 2013 рік.",
        "4. На ІІ півріччя 2013 року заплановано 2 семінари для новопризначених державних службовців.",
    ]
    doc = doc_html(
        "<p align=center><b>ЧЕРНІГІВСЬКИЙ ЦЕНТР ПЕРЕПІДГОТОВКИ ТА ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ ПРАЦІВНИКІВ ОРГАНІВ "
        "ДЕРЖАВНОЇ ВЛАДИ, ОРГАНІВ МІСЦЕВОГО САМОВРЯДУВАННЯ, ДЕРЖАВНИХ УСТАНОВ, ПІДПРИЄМСТВ І ОРГАНІЗАЦІЙ</b></p><hr>"
        "<p>14.06.2013 № 01-12/118</p><p>&nbsp;</p>"
        "<p align=center><b>ІНФОРМАЦІЯ</b><br>про виконання центром заходів Плану з підвищення рівня відкритості "
        "та прозорості діяльності виконавчої влади в області (І півріччя 2013 року)</p><p>&nbsp;</p>" +
        "".join(f"<p style=\"text-indent: 1.25cm; text-align: justify\">{esc(p)}</p>" for p in paras) +
        "<p>&nbsp;</p><p>Директор центру&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;М.І. Зінченко</p>",
        title="Інформація ЦППК")
    data = office("fn04_cppk_pdf.pdf", doc)
    plain = ("Доброго дня!\n\nВибачте за затримку – надсилаємо інформацію центру за І півріччя 2013 року "
             "(лист від 14.06.2013 № 01-12/118, pdf).\n\nОстапенко Л.М.\nЧернігівський ЦППК, тел. 60-14-73\n")
    inner = wparas(plain.rstrip("\n"), span=False)
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 12 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/pdf;\n\tname="{ew(fname, "windows-1251")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "windows-1251")}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 8, "cppk.example.gov.ua", "203.0.113.41")),
        ("From", f'{ew("Остапенко Людмила", "windows-1251")} <cppk@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація ЦППК за І півріччя 2013 р.", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_fn05_apk_xls = {
    "class": "foreign_numbers", "executor": "su-apk", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2007 cover and an old .xls numbered «№ з/п» 1–6 by the office itself (no plan-number column); rows map by subject to measures 1, 6, 7, 8, 9, 12, so row 2 is measure 6, row 4 measure 8 and so on.",
    "items": [{"measure": 1, "source": "GUAPR_VU_2012.xls"}, {"measure": 6, "source": "GUAPR_VU_2012.xls"},
              {"measure": 7, "source": "GUAPR_VU_2012.xls"}, {"measure": 8, "source": "GUAPR_VU_2012.xls"},
              {"measure": 9, "source": "GUAPR_VU_2012.xls"}, {"measure": 12, "source": "GUAPR_VU_2012.xls"}],
}


@mail("fn05_apk_xls", KEY_fn05_apk_xls)
def fn05(name):
    dt = kyiv(2012, 12, 14, 16, 10, 5)
    fname = "GUAPR_VU_2012.xls"
    rows = [
        ["Стан виконання заходів щодо відкритості та прозорості діяльності Головного управління агропромислового розвитку облдержадміністрації (вересень – грудень 2012 р.)", "", "", ""],
        ["№ з/п", "Захід", "Відповідальний", "Стан виконання"],
        ["1", "Оновлення інформації на веб-сторінці головного управління", "Відділ організаційно-кадрової роботи",
         "Веб-сторінку ГУ АПР на офіційному сайті облдержадміністрації оновлено: створено підрозділи «Державна підтримка АПК» та «Реєстр обслуговуючих кооперативів»; з 10.09 по 10.12.2012 розміщено 64 матеріали."],
        ["2", "Проведення консультацій з громадськістю", "Управління економіки АПК",
         "Проведено 2 консультації: публічне обговорення проекту Програми підтримки розвитку особистих селянських господарств на 2013–2015 роки (25.10.2012, 46 учасників) та «круглий стіл» з фермерами щодо порядку надання бюджетних кредитів (20.11.2012, 31 учасник)."],
        ["3", "Залучення громадськості до дорадчих органів", "Відділ організаційно-кадрової роботи",
         "До складу Аграрної ради при головному управлінні включено 5 представників громадських організацій фермерів і сільгоспвиробників (наказ від 15.10.2012 № 133)."],
        ["4", "Колегія головного управління", "Відділ організаційно-кадрової роботи",
         "Голову аграрного комітету Громадської ради при облдержадміністрації В.М. Гайового введено до складу колегії головного управління (наказ від 02.11.2012 № 141); зміни до Положення про ГУ АПР не потребувались."],
        ["5", "Обговорення проектів рішень з членами громадських рад", "Управління економіки АПК",
         "Проект Програми підтримки розвитку особистих селянських господарств на 2013–2015 роки 14.11.2012 розглянуто на засіданні аграрного комітету Громадської ради, враховано 3 пропозиції з 5."],
        ["6", "Сприяння проведенню громадської експертизи", "Юридичний сектор",
         "Громадська рада при головному управлінні з 01.10 по 30.11.2012 провела громадську експертизу діяльності ГУ АПР щодо надання державної підтримки фермерським господарствам; 4 пропозиції включено до плану роботи на 2013 рік (наказ від 07.12.2012 № 171)."],
    ]
    data = office("fn05_apk_xls.xls", csv_rows(rows))
    plain = (
        "Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
        "На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
        "влади в області надсилаємо інформацію Головного управління агропромислового розвитку "
        "облдержадміністрації (додаток на 1 арк.).\n\n"
        "Вих. № 12-07/2990 від 14.12.2012\n\n"
        "Мельник Олег Петрович\nтел. 67-16-32\n")
    inner = wparas(plain.rstrip("\n"))
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 12 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/vnd.ms-excel;\n\tname="{fname}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{fname}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 6, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Мельник Олег", "windows-1251")} <apk@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("ГУ АПР - Відкритий уряд", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


# =============================================================================================
# 7. personal_address — private boxes and borrowed boxes; the office is named in the text
# =============================================================================================

KEY_pa01_zhkh_gmail = {
    "class": "personal_address", "executor": "su-zhkh", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Gmail (UTF-8 base64 twins) from a clerk's private box late on 14.06: the office is named in the genitive («від управління житлово-комунального господарства»), the addressee УВП too; «п. 1», «п. 6», «п. 9».",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail("pa01_zhkh_gmail", KEY_pa01_zhkh_gmail)
def pa01(name):
    dt = kyiv(2013, 6, 14, 21, 37, 50)
    lines = [
        "Добрий вечір!",
        "",
        "Надсилаю інформацію від управління житлово-комунального господарства облдержадміністрації щодо "
        "виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року. З робочої скриньки не відправляється "
        "(сервер з обіду не працює), а термін до 15-го, тому пишу з особистої пошти.",
        "",
        "Для управління з питань внутрішньої політики та зв'язків з громадськістю:",
        "",
        "п. 1 – на веб-сторінці управління за січень – травень 2013 р. розміщено 58 матеріалів, оновлено "
        "підрозділ «Тарифи на житлово-комунальні послуги» (додано тарифи по 22 районах і 3 містах обласного "
        "значення), створено підрозділ «Капітальний ремонт житлового фонду»;",
        "п. 6 – 16.04.2013 проведено громадські слухання щодо проекту тарифів на теплову енергію для населення "
        "м. Чернігова (94 учасники), у березні – квітні – 2 електронні консультації з питань енергозбереження "
        "в бюджетних установах (71 пропозиція);",
        "п. 9 – проект змін до обласної програми «Питна вода Чернігівщини» на 2013–2020 роки обговорено з "
        "членами комітету з питань ЖКГ Громадської ради 21.05.2013, враховано 5 пропозицій.",
        "",
        "Офіційний лист за підписом начальника управління надійде в понеділок через канцелярію.",
        "",
        "З повагою,",
        "Наталія Остроглазова",
        "головний спеціаліст відділу організаційної роботи",
        "управління ЖКГ ОДА",
        "067-502-13-88",
    ]
    plain = "\n".join(lines) + "\n"
    html_body = '<div dir="ltr">' + "".join(
        f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in lines) + "</div>\n"
    root = alt(name, 0, "gmail", [
        Part([("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "base64")],
             b64(plain.encode("utf-8")).encode()),
        Part([("Content-Type", "text/html; charset=UTF-8"), ("Content-Transfer-Encoding", "base64")],
             b64(html_body.encode("utf-8")).encode()),
    ])
    root.headers[0] = ("Content-Type", f"multipart/alternative; boundary={bnd_gmail(name, 0)}")
    gm = dt - datetime.timedelta(seconds=1)
    hs = [
        ("Received", received(name, dt, 3, "mail-wg0-f41.google.com", "203.0.113.141")),
        ("Received", f"by 10.194.{int(sha(name, 'ip')[:2], 16)}.{int(sha(name, 'ip')[2:4], 16)} with HTTP; {rfc_date(gm, ZoneInfo('America/Los_Angeles'), 'PDT')}"),
        ("MIME-Version", "1.0"),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_gmail(name)),
        ("Subject", ew("Відкритий уряд - інформація управління ЖКГ за І півріччя", "UTF-8")),
        ("From", f'{ew("Наталія Остроглазова", "UTF-8")} <n.ostroglazova@gmail.com>'),
        ("To", MAILBOX),
        "*",
    ]
    return top(hs, root, order=True)


KEY_pa02_gromrada_ukrnet = {
    "class": "personal_address", "executor": "gromrada", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "ukr.net web mail from the Public Council secretary's private box; the council is named in the genitive («Громадської ради»), the addressee УВП in the greeting; the web resource (3) and the forum's terms approved (4), the plan discussion only proposed.",
    "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}],
}


@mail("pa02_gromrada_ukrnet", KEY_pa02_gromrada_ukrnet)
def pa02(name):
    dt = kyiv(2012, 12, 5, 20, 14, 27)
    lines = [
        "Доброго вечора, шановні колеги з управління внутрішньої політики!",
        "",
        "Пишу з особистої пошти, бо скринька Громадської ради переповнена (адміністратор обіцяв розширити до "
        "кінця тижня).",
        "",
        "Інформація Громадської ради при облдержадміністрації щодо заходів Плану, співвиконавцем яких визначено "
        "раду:",
        "- веб-ресурс «Чернігівська громада» запрацював 21 листопада 2012 року; станом на 05.12 розміщено 47 "
        "матеріалів, зареєстровано 19 громадських організацій-дописувачів, відповідальний за наповнення – член "
        "ради С.О. Литвиненко;",
        "- технічне завдання на створення Інтернет-форуму та проект правил форуму погоджено на засіданні "
        "правління ради 03.12.2012, обрано програмну платформу;",
        "- громадське обговорення виконання плану пропонуємо провести у лютому 2013 року, спільно з "
        "регіональним координатором.",
        "",
        "З повагою,",
        "Олена Мирошниченко,",
        "відповідальний секретар Громадської ради при облдержадміністрації",
    ]
    plain = "\n".join(lines) + "\n"
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                 + "<br>".join(esc(l) for l in lines) + "</body></html>\n")
    root = alt(name, 0, "rc", [
        text_part(plain, "utf-8", "base64"),
        text_part(html_body, "utf-8", "base64", subtype="html"),
    ])
    hs = [
        ("Received", received(name, dt, 5, "frv68.fwdcdn.com", "203.0.113.68")),
        ("Received", f"from [198.51.100.201] (helo=freemail.ukr.net)\n\tby frv68.fwdcdn.com with esmtpsa ID 1TgJx8-000Gq2-Lm\n\tfor {MAILBOX}; {rfc_date(dt + datetime.timedelta(seconds=1))}"),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Олена Мирошниченко", "utf-8")} <olena.myroshnychenko@ukr.net>'),
        ("Subject", ew("інформація Громадської ради (Відкритий уряд)", "utf-8")),
        ("To", MAILBOX),
        ("X-Mailer", "FREEMAIL"),
        ("Message-Id", f"<{int(sha(name, 'mid')[:8], 16)}.{int(sha(name, 'mid')[8:12], 16)}.{int(dt.timestamp())}@frv68.ukr.net>"),
        ("X-Originating-Ip", "[198.51.100.201]"),
        ("MIME-Version", "1.0"),
        "*",
    ]
    return top(hs, root, order=True)


KEY_pa03_arkhiv_via_kultura = {
    "class": "personal_address", "executor": "su-arkhiv", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Sent from the culture department's registered box (kultura@), but the letter and the .docx are the State Archive's; the culture department is named as the box's owner, УВП as the addressee; rows 2 and 8 are dashes.",
    "items": [{"measure": 1, "source": "Держархів_інформація_ІІ півріччя 2013.docx"},
              {"measure": 6, "source": "Держархів_інформація_ІІ півріччя 2013.docx"},
              {"measure": 7, "source": "Держархів_інформація_ІІ півріччя 2013.docx"},
              {"measure": 9, "source": "Держархів_інформація_ІІ півріччя 2013.docx"},
              {"measure": 12, "source": "Держархів_інформація_ІІ півріччя 2013.docx"}],
}


@mail("pa03_arkhiv_via_kultura", KEY_pa03_arkhiv_via_kultura)
def pa03(name):
    dt = kyiv(2013, 12, 13, 12, 5, 16)
    fname = "Держархів_інформація_ІІ півріччя 2013.docx"
    rows = [
        ("1", "На офіційному веб-сайті Державного архіву області у ІІ півріччі 2013 року розміщено 64 новини і 5 віртуальних виставок документів, «Довідник фондів» доповнено 96 описами; з 01.10.2013 запроваджено онлайн-замовлення архівних довідок (надійшло 318 замовлень)."),
        ("2", "—"),
        ("6", "Проведено 2 консультації з громадськістю: публічне обговорення концепції Програми розвитку архівної справи на 2016–2020 роки (19.09.2013, 33 учасники) та електронні консультації щодо графіка роботи читального залу (01–21.10.2013, 47 відгуків)."),
        ("7", "До складу експертно-перевірної комісії Державного архіву області додатково включено представника громадської організації «Чернігівське земляцтво» (наказ від 08.08.2013 № 44)."),
        ("8", "—"),
        ("9", "Проект розпорядження голови облдержадміністрації «Про відзначення 90-річчя архівної служби області» обговорено з членами комітету з гуманітарних питань Громадської ради 15.11.2013, 2 пропозиції враховано."),
        ("12", "Виконано заходи з реалізації 5 пропозицій громадської експертизи, затверджені наказом від 03.06.2013 № 31: подовжено години роботи читального залу, запроваджено попередній запис, обладнано робоче місце для людей з обмеженими можливостями."),
    ]
    table = ("<table border=1 cellspacing=0 cellpadding=4 width=100%><tr><td width=12%><b>№ пункту плану</b></td>"
             "<td><b>Інформація про виконання</b></td></tr>" +
             "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows) + "</table>")
    doc = doc_html("<p align=center><b>Інформація Державного архіву Чернігівської області про виконання Плану "
                   "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
                   "(ІІ півріччя 2013 року)</b></p><p>&nbsp;</p>" + table +
                   "<p>&nbsp;</p><p>Директор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Р.Б. Ярмоленко</p>",
                   "Держархів")
    data = office("pa03_arkhiv_via_kultura.docx", doc)
    plain = (
        "Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
        "Шановні колеги!\n\n"
        "Надсилаємо інформацію Державного архіву Чернігівської області про виконання Плану заходів за ІІ півріччя "
        "2013 року з поштової скриньки управління культури і туризму облдержадміністрації, оскільки електронна "
        "пошта Держархіву з 10.12 не працює (заміна сервера). Відповідь, будь ласка, надсилайте на "
        "arkhiv@example.gov.ua або телефонуйте 67-82-40.\n\n"
        "З повагою\n"
        "Сенько Людмила Олексіївна\n"
        "Державний архів Чернігівської області\n")
    inner = wparas(plain.rstrip("\n"))
    body = alt(name, 1, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 12 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    att = Part([("Content-Type", f'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname="{ew(fname, "windows-1251")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "windows-1251")}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 5, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Управління культури і туризму ОДА", "windows-1251")} <kultura@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Держархів області - Відкритий уряд, ІІ півріччя 2013", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_pa04_mena_iua_ru = {
    "class": "personal_address", "executor": "rda-mena", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Late Russian mail from an i.ua private box (koi8-r QP): «информацию Менской райгосадминистрации» in the genitive, the addressee named as «управления по вопросам внутренней политики»; «По пп. 9, 12 – мероприятия не проводились» is a bare denial.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@mail("pa04_mena_iua_ru", KEY_pa04_mena_iua_ru)
def pa04(name):
    dt = kyiv(2012, 12, 17, 8, 5, 59)
    text = (
        "Здравствуйте!\n\n"
        "Направляю информацию Менской райгосадминистрации о выполнении Плана мероприятий по повышению уровня "
        "открытости и прозрачности деятельности исполнительной власти в области для управления по вопросам "
        "внутренней политики и связей с общественностью облгосадминистрации. В пятницу не успели отправить из-за "
        "отключения интернета в райцентре, поэтому отправляю с личного ящика.\n\n"
        "По п. 1: официальный веб-сайт райгосадминистрации приведен в соответствие с требованиями постановления "
        "КМУ от 04.01.2002 № 3, создан раздел «Доступ к публичной информации», за сентябрь - ноябрь размещено 96 "
        "материалов.\n"
        "По п. 6: проведено 3 консультации с общественностью (обсуждение проекта районного бюджета на 2013 год - "
        "30.11.2012, 52 участника; 2 «круглых стола» с руководителями сельхозпредприятий).\n"
        "По п. 7: в состав 4 консультативно-совещательных органов при РГА включено 9 представителей общественных "
        "организаций.\n"
        "По п. 10: общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости и "
        "прозрачности деятельности РГА (письмо от 05.11.2012 № 01-21/2114), рабочая группа создана 26.11.2012.\n"
        "По пп. 9, 12 - мероприятия не проводились.\n\n"
        "С уважением,\n"
        "Павленко Светлана Николаевна,\n"
        "главный специалист отдела организационной работы аппарата Менской РГА\n"
        "тел. (04644) 2-14-09\n")
    root = text_part(koi(text), "koi8-r", "quoted-printable")
    hs = [
        ("Received", received(name, dt, 6, "mx1.i.ua", "203.0.113.90")),
        ("Received", f"from [198.51.100.77] by i.ua with HTTP; {rfc_date(dt + datetime.timedelta(seconds=1))}"),
        ("Date", rfc_date(dt)),
        ("From", f'{ew("Светлана Павленко", "koi8-r")} <s.pavlenko74@i.ua>'),
        ("To", MAILBOX),
        ("Subject", ew("информация Менской РГА (Открытое правительство)", "koi8-r")),
        ("X-Mailer", "I.UA Mail"),
        ("X-Originating-IP", "198.51.100.77"),
        ("Message-ID", f"<{int(dt.timestamp())}.{sha(name, 'mid')[:12]}@i.ua>"),
        ("MIME-Version", "1.0"),
        "*",
    ]
    return top(hs, root, order=True)


KEY_pa05_simia_metaua = {
    "class": "personal_address", "executor": "su-simia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "meta.ua mail from a clerk's home box: «з управління у справах сім'ї, молоді та спорту» in the genitive, УВП and the Public Council named as addressee/third party; a working group on openness (10, not owed by a unit) and sports federations in an advisory council (7); the main report is only promised.",
    "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail("pa05_simia_metaua", KEY_pa05_simia_metaua)
def pa05(name):
    dt = kyiv(2013, 12, 2, 22, 48, 3)
    text = (
        "Доброго вечора!\n\n"
        "Це Ірина Ковальчук з управління у справах сім'ї, молоді та спорту облдержадміністрації, пишу з домашньої "
        "пошти. Для УВП, відділ з питань взаємодії з інститутами громадянського суспільства – доповнення до "
        "інформації управління, основну частину якої надішлемо до 10.12:\n\n"
        "- 29.11.2013 громадська рада при управлінні у справах сім'ї, молоді та спорту на виконання рекомендації "
        "утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності управління (5 осіб, "
        "керівник – Д.О. Бабич);\n"
        "- до складу Ради з питань фізичної культури і спорту при управлінні включено 12 представників обласних "
        "спортивних федерацій (наказ від 25.11.2013 № 228), з них 2 є членами Громадської ради при "
        "облдержадміністрації.\n\n"
        "Дякую!\nІрина\n")
    root = text_part(text, "utf-8", "quoted-printable")
    hs = [
        ("Received", received(name, dt, 4, "mx.meta.ua", "203.0.113.55")),
        ("Message-ID", f"<{sha(name, 'mid')[:24]}@webmail.meta.ua>"),
        ("Date", rfc_date(dt)),
        ("From", f"irynka_kov@meta.ua"),
        ("To", MAILBOX),
        ("Subject", ew("доповнення (сім'я, молодь та спорт)", "utf-8")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "META.UA WebMail"),
    ]
    return top(hs, root, order=True)


# =============================================================================================
# 8. mixed — forwards, corrections, missing charsets, inline images, late mail, split reports
# =============================================================================================


def blocks_plain_html(blocks, hdr_word="-----Original Message-----", lang="UK"):
    """Render [("t", text) | ("h", [(k, v), ...])] as an Outlook plain twin and Word HTML."""
    plain, inner = [], ""
    for kind, v in blocks:
        if kind == "t":
            plain.append(v)
            inner += wparas(v, span=False) + wp("", span=False)
        else:
            plain.append((hdr_word + "\n" if hdr_word else "") + "\n".join(f"{k} {x}" for k, x in v))
            inner += outlook_quote_html(v, lang) + wp("", span=False)
    return "\n\n".join(plain) + "\n", inner


KEY_mx01_zdorovia_fwd3 = {
    "class": "mixed", "executor": "su-zdorovia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 twins, three levels of inline forward: the reception secretary forwards the deputy head's forward of the organisational unit's report («Пункт 1/6/8/9»); «Пункти 2, 7, 12 – без змін» says nothing.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail("mx01_zdorovia_fwd3", KEY_mx01_zdorovia_fwd3)
def mx01(name):
    dt = kyiv(2013, 6, 12, 16, 20, 33)
    report = (
        "Валентино Іванівно, на погодження інформація для УВП щодо виконання Плану заходів «Відкритий уряд» за "
        "І півріччя 2013 р.:\n\n"
        "Пункт 1. На офіційному веб-сайті управління з 01.01 по 31.05.2013 розміщено 187 матеріалів, у т.ч. 12 "
        "звітів про використання бюджетних коштів; створено розділ «Електронна черга до лікаря» з переліком 31 "
        "закладу, що ведуть запис через Інтернет.\n\n"
        "Пункт 6. Проведено 3 консультації з громадськістю: громадські обговорення проекту плану оптимізації мережі "
        "закладів охорони здоров’я Корюківського та Менського районів (13.03 і 20.03.2013, разом 140 учасників), "
        "електронні консультації щодо Порядку направлення пацієнтів на високоспеціалізовану допомогу "
        "(01–22.04.2013, 29 пропозицій).\n\n"
        "Пункт 8. Голову комітету з питань охорони здоров’я та соціальної політики Громадської ради при "
        "облдержадміністрації І.О. Литвин введено до складу колегії управління (наказ від 28.02.2013 № 164).\n\n"
        "Пункт 9. Проект розпорядження голови облдержадміністрації «Про затвердження плану заходів з реформування "
        "системи охорони здоров’я області на 2013 рік» обговорено з членами Громадської ради 05.04.2013, надійшло "
        "10 пропозицій, 7 враховано.\n\n"
        "Пункти 2, 7, 12 – без змін.\n\n"
        "Оргвідділ, Гурська Н.В., 67-20-14")
    blocks = [
        ("t", "Добрий день!\n\nПересилаю лист заступника начальника управління щодо плану «Відкритий уряд».\n\n"
              "Секретар приймальні\nШевчук Оксана\n67-20-01"),
        ("h", [("From:", "Бойко Валентина Іванівна [mailto:v.boyko@zdorovia.example.gov.ua]"),
               ("Sent:", "Wednesday, June 12, 2013 2:51 PM"),
               ("To:", "Приймальня"),
               ("Subject:", "FW: інформація ВУ за І півріччя")]),
        ("t", "Оксано, відправте, будь ласка, до УВП (uvp@cg.ukrtel.net) від імені управління. Погоджено.\nВ. Бойко"),
        ("h", [("From:", "Оргвідділ [mailto:orgviddil@zdorovia.example.gov.ua]"),
               ("Sent:", "Wednesday, June 12, 2013 11:07 AM"),
               ("To:", "Бойко Валентина Іванівна"),
               ("Subject:", "інформація ВУ за І півріччя")]),
        ("t", report),
    ]
    plain, inner = blocks_plain_html(blocks, hdr_word="")
    root = alt(name, 0, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251"), "windows-1251", "quoted-printable", subtype="html", label='"windows-1251"'),
    ])
    hs = [
        ("Received", received(name, dt, 4, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Приймальня УОЗ", "windows-1251")} <zdorovia@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("FW: інформація ВУ за І півріччя", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_mx02_sotszakhyst_rfc822 = {
    "class": "mixed", "executor": "su-sotszakhyst", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Forward as attachment two levels deep: the secretary's mail carries the deputy's message/rfc822, which carries the analytic unit's message/rfc822 with an .ods of the 7 owed measures; 2 «—», 8 «х», 12 a bare «Не проводились».",
    "items": [{"measure": 1, "source": "Таблиця_УПСЗН_ІІ півріччя 2013.ods"},
              {"measure": 6, "source": "Таблиця_УПСЗН_ІІ півріччя 2013.ods"},
              {"measure": 7, "source": "Таблиця_УПСЗН_ІІ півріччя 2013.ods"},
              {"measure": 9, "source": "Таблиця_УПСЗН_ІІ півріччя 2013.ods"}],
}


@mail("mx02_sotszakhyst_rfc822", KEY_mx02_sotszakhyst_rfc822)
def mx02(name):
    dt = kyiv(2013, 12, 13, 9, 44, 18)
    fname = "Таблиця_УПСЗН_ІІ півріччя 2013.ods"
    rows = [
        ["№ п/п", "Пункт плану", "Інформація управління праці та соціального захисту населення"],
        ["1", "Офіційні сайти",
         "На веб-сайті управління у ІІ півріччі 2013 р. розміщено 241 матеріал; запущено онлайн-калькулятор житлової субсидії (з 01.10.2013 – 5 870 звернень), оновлено розділ «Соціальні стандарти та гарантії»."],
        ["2", "Рубрики на сайті ОДА", "—"],
        ["6", "Консультації з громадськістю",
         "Проведено 4 консультації: публічне обговорення проекту Регіональної програми соціального захисту ветеранів на 2014–2016 роки (26.09.2013, 64 учасники), 2 «круглі столи» з громадськими організаціями інвалідів (17.10 і 14.11.2013), електронні консультації щодо порядку надання матеріальної допомоги (01–20.11.2013)."],
        ["7", "Дорадчо-консультативні органи",
         "До складу обласної ради ветеранів при управлінні включено 3 представників громадських організацій ветеранів, до складу комісії з питань призначення пільг – 1 члена Громадської ради (наказ від 04.10.2013 № 211)."],
        ["8", "Колегії", "х"],
        ["9", "Обговорення проектів",
         "Проект Регіональної програми соціального захисту ветеранів на 2014–2016 роки (обсяг – 12,8 млн грн) розглянуто комітетом з питань соціальної політики Громадської ради 10.10.2013, з 8 пропозицій враховано 6."],
        ["12", "Громадські експертизи", "Не проводились"],
    ]
    data = office("mx02_sotszakhyst_rfc822.ods", csv_rows(rows))
    d0 = kyiv(2013, 12, 12, 15, 2, 40)
    d1 = kyiv(2013, 12, 13, 8, 31, 5)
    # level 3: the analytic unit's original message with the table
    t0 = ("Тетяно Олексіївно, таблиця з інформацією для УВП (план «Відкритий уряд», ІІ півріччя) у вкладенні.\n\n"
          "Відділ аналітичної роботи, Клименко Т.О.")
    b0 = mixed(name, 10, "outlook", [
        alt(name, 11, "outlook", [
            text_part(t0 + "\n", "utf-8", "base64", label='"utf-8"'),
            text_part(word_html(wparas(t0, span=False), "utf-8"), "utf-8", "base64", subtype="html", label='"utf-8"'),
        ]),
        Part([("Content-Type", f'application/vnd.oasis.opendocument.spreadsheet;\n\tname="{ew(fname, "utf-8")}"'),
              ("Content-Description", ew(fname, "utf-8")),
              ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "utf-8")}"; size={len(data)}'),
              ("Content-Transfer-Encoding", "base64")], b64(data).encode()),
    ])
    m0 = top([("From", f'{ew("Відділ аналітичної роботи", "utf-8")} <analityka@sotszakhyst.example.gov.ua>'),
              ("To", f'{ew("Левченко Тетяна Олексіївна", "utf-8")} <t.levchenko@sotszakhyst.example.gov.ua>'),
              ("Subject", ew("Відкритий уряд - ІІ півріччя 2013", "utf-8")),
              ("Thread-Topic", ew("Відкритий уряд - ІІ півріччя 2013", "utf-8")),
              ("Thread-Index", thread_index(name + "/0")),
              ("Date", rfc_date(d0)),
              ("Message-ID", mid_outlook(name + "/0", "sotszakhyst.example.gov.ua")),
              ("Accept-Language", "uk-UA, ru-RU"),
              ("Content-Language", "uk-UA"),
              ("X-MS-Has-Attach", "yes"),
              "*",
              ("MIME-Version", "1.0")], b0, order=True)
    # level 2: the deputy head forwards it as an attachment
    t1 = "Погоджено. Прошу направити до УВП з адреси управління.\nТ. Левченко"
    b1 = mixed(name, 20, "outlook", [
        alt(name, 21, "outlook", [
            text_part(t1 + "\n", "utf-8", "base64", label='"utf-8"'),
            text_part(word_html(wparas(t1, span=False), "utf-8"), "utf-8", "base64", subtype="html", label='"utf-8"'),
        ]),
        Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")], m0),
    ])
    m1 = top([("From", f'{ew("Левченко Тетяна Олексіївна", "utf-8")} <t.levchenko@sotszakhyst.example.gov.ua>'),
              ("To", f'{ew("Приймальня", "utf-8")} <pryimalnia@sotszakhyst.example.gov.ua>'),
              ("Subject", ew("FW: Відкритий уряд - ІІ півріччя 2013", "utf-8")),
              ("Thread-Topic", ew("Відкритий уряд - ІІ півріччя 2013", "utf-8")),
              ("Thread-Index", thread_index(name + "/1")),
              ("Date", rfc_date(d1)),
              ("Message-ID", mid_outlook(name + "/1", "sotszakhyst.example.gov.ua")),
              ("Accept-Language", "uk-UA, ru-RU"),
              ("Content-Language", "uk-UA"),
              ("X-MS-Has-Attach", "yes"),
              "*",
              ("MIME-Version", "1.0")], b1, order=True)
    # level 1: the secretary sends it on
    t2 = ("Доброго ранку!\n\nПересилаємо лист заступника начальника управління праці та соціального захисту "
          "населення облдержадміністрації з інформацією (у вкладенні).\n\nПриймальня УПСЗН, 67-44-01")
    root = mixed(name, 0, "outlook", [
        alt(name, 1, "outlook", [
            text_part(t2 + "\n", "windows-1251", "quoted-printable", label='"windows-1251"'),
            text_part(word_html(wparas(t2, span=False), "windows-1251"), "windows-1251", "quoted-printable",
                      subtype="html", label='"windows-1251"'),
        ]),
        Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")], m1),
    ])
    hs = [
        ("Received", received(name, dt, 6, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Приймальня УПСЗН", "windows-1251")} <sotszakhyst@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("FW: Відкритий уряд - ІІ півріччя 2013", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


KEY_mx03_finansy_correction = {
    "class": "mixed", "executor": "su-finansy", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Correction (Outlook 2003 cp1251 twins): «вважати недійсною інформацію від 12.12.2012», new text on 1, 2, 6, 9, 12, then the earlier report quoted below an Ukrainian header block; its item 8 (and its planned-only 6) must not count.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("mx03_finansy_correction", KEY_mx03_finansy_correction)
def mx03(name):
    dt = kyiv(2012, 12, 14, 11, 3, 57)
    new = (
        "Шановні колеги!\n\n"
        "Просимо вважати недійсною інформацію Головного фінансового управління облдержадміністрації, надіслану "
        "12.12.2012, – до листа помилково потрапив непогоджений проект. Уточнена інформація:\n\n"
        "п. 1. На веб-сторінці Головного фінансового управління щомісяця оприлюднюється інформація про виконання "
        "обласного бюджету; з вересня по листопад 2012 р. розміщено 41 матеріал, у т.ч. проект обласного бюджету "
        "на 2013 рік (06.12.2012).\n"
        "п. 2. Рубрику «Виконання місцевих бюджетів Чернігівської області» на офіційному сайті облдержадміністрації "
        "створено 01.10.2012; станом на 01.12.2012 у ній розміщено звіти про виконання обласного і 22 районних "
        "бюджетів за 9 місяців 2012 р. (доходи загального фонду обласного бюджету за 10 місяців – 1 127,4 млн грн, "
        "98,6 % плану).\n"
        "п. 6. Публічне обговорення проекту обласного бюджету на 2013 рік проведено 29.11.2012 (67 учасників, "
        "14 пропозицій).\n"
        "п. 9. Проект рішення обласної ради «Про обласний бюджет на 2013 рік» розглянуто на засіданні бюджетного "
        "комітету Громадської ради 03.12.2012, враховано 4 пропозиції.\n"
        "п. 12. Громадською організацією «Бюджетна варта Полісся» у листопаді 2012 р. проведено громадську "
        "антикорупційну експертизу проекту Порядку використання коштів резервного фонду обласного бюджету, "
        "2 пропозиції враховано.\n\n"
        "Заступник начальника управління                 Н.М. Гордієнко")
    old = (
        "Інформація ГФУ щодо Плану заходів:\n\n"
        "п. 1. На веб-сторінці управління щомісяця оприлюднюється інформація про виконання обласного бюджету.\n"
        "п. 2. Рубрику «Виконання місцевих бюджетів Чернігівської області» створено 01.10.2012.\n"
        "п. 6. Публічне обговорення проекту обласного бюджету на 2013 рік планується провести 29.11.2012.\n"
        "п. 8. Голову бюджетного комітету Громадської ради введено до складу колегії управління.\n"
        "п. 9. Проект бюджету буде розглянуто бюджетним комітетом Громадської ради.\n\n"
        "Гордієнко А.В., 67-23-55")
    blocks = [
        ("t", new),
        ("h", [("Від:", "ГФУ [mailto:finansy@example.gov.ua]"),
               ("Надіслано:", "12 грудня 2012 р. 16:55"),
               ("Кому:", "uvp@cg.ukrtel.net"),
               ("Тема:", "Інформація ГФУ щодо Плану заходів")]),
        ("t", old),
    ]
    plain, inner = blocks_plain_html(blocks, hdr_word="-----Оригінальне повідомлення-----")
    root = alt(name, 0, "outlook", [
        text_part(plain, "windows-1251", "quoted-printable", label='"windows-1251"'),
        text_part(word_html(inner, "windows-1251", gen="Microsoft Word 11 (filtered medium)"), "windows-1251",
                  "quoted-printable", subtype="html", label='"windows-1251"'),
    ], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 7, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("ГФУ", "windows-1251")} <finansy@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("УТОЧНЕНО: Інформація ГФУ щодо Плану заходів (замість листа від 12.12.2012)", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", thread_index(name)),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return top(hs, root, order=True)


KEY_mx04_talalaivka_nocharset = {
    "class": "mixed", "executor": "rda-talalaivka", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "Outlook Express on a PC set to UTC: Date 22:41 +0000 on 15.12 is 00:41 on 16.12 in Kyiv (late); the cover text/plain has no charset (8bit cp1251) and reports 10, the .doc reports 1, 6, 7 and a bare «П. 12 – не проводились».",
    "items": [{"measure": 1, "source": "Талалаївська РДА_інформація ВУ.doc"},
              {"measure": 6, "source": "Талалаївська РДА_інформація ВУ.doc"},
              {"measure": 7, "source": "Талалаївська РДА_інформація ВУ.doc"},
              {"measure": 10, "source": "body"}],
}


@mail("mx04_talalaivka_nocharset", KEY_mx04_talalaivka_nocharset)
def mx04(name):
    dt = datetime.datetime(2013, 12, 15, 22, 41, 9, tzinfo=UTC)
    fname = "Талалаївська РДА_інформація ВУ.doc"
    paras = [
        "П. 1. Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законодавства; у ІІ півріччі "
        "2013 року створено розділи «Доступ до публічної інформації» та «Громадська рада», розміщено 174 "
        "матеріали, з них 28 проектів розпоряджень.",
        "П. 6. Проведено 4 консультації з громадськістю: обговорення проекту районного бюджету на 2014 рік "
        "(05.12.2013, 38 учасників), проекту Програми розвитку культури району на 2014–2016 роки (14.11.2013), "
        "2 «круглі столи» з питань соціального захисту (вересень, жовтень).",
        "П. 7. До складу 6 дорадчо-консультативних органів при райдержадміністрації залучено 11 представників "
        "громадських організацій, у т.ч. 4 членів громадської ради.",
        "П. 12 – не проводились.",
    ]
    doc = doc_html("<p align=center><b>ІНФОРМАЦІЯ</b><br>Талалаївської райдержадміністрації про виконання Плану "
                   "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
                   "(ІІ півріччя 2013 року)</p><p>&nbsp;</p>" +
                   "".join(f"<p style=\"text-align: justify\">{esc(p)}</p>" for p in paras), "Інформація")
    data = office("mx04_talalaivka_nocharset.doc", doc)
    text = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Талалаївська райдержадміністрація надсилає інформацію про виконання Плану заходів за ІІ півріччя 2013 "
        "року (додається).\n\n"
        "Додатково повідомляємо щодо п. 10: громадській раді при райдержадміністрації рекомендовано утворити "
        "робочу групу з питань відкритості та прозорості (лист від 04.11.2013 № 01-15/1712); робочу групу у "
        "складі 5 осіб утворено рішенням громадської ради від 28.11.2013 № 6.\n\n"
        "Вибачте за запізнення - були проблеми з мережею.\n\n"
        "Перший заступник голови райдержадміністрації      О.В. Максименко\n"
        "вик. Петренко Н.С., 2-13-70\n")
    body = Part([("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")],
                hardwrap(text, 76).encode("cp1251"))
    att = Part([("Content-Type", f'application/msword;\n\tname="{ew(fname, "windows-1251")}"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", f'attachment;\n\tfilename="{ew(fname, "windows-1251")}"')],
               b64(data).encode())
    root = mixed(name, 0, "outlook", [body, att], preamble="This is a multi-part message in MIME format.\n")
    hs = [
        ("Received", received(name, dt, 11, "mail.example.gov.ua", "198.51.100.23")),
        ("Message-ID", mid_oe(name, "RDA-ORG1")),
        ("From", f'"Talalaivka RDA" <rda-talalaivka@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Талалаївська РДА - інформація (Відкритий уряд)", "windows-1251")),
        ("Date", rfc_date(dt, UTC)),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ]
    return top(hs, root, order=True)


KEY_mx05_mistobud_inline_img = {
    "class": "mixed", "executor": "su-mistobuduvannia", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "Late (17.06.2013) Outlook 2010 HTML-only Word mail in multipart/related with an inline letterhead PNG; prose on the site (1), hearings and consultations (6) and a draft discussed in the council committee (9), where target programmes and the collegium are named only in passing.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail("mx05_mistobud_inline_img", KEY_mx05_mistobud_inline_img)
def mx05(name):
    dt = kyiv(2013, 6, 17, 15, 6, 40)
    img = png_image(48, 48, emblem)
    cid = f"image001.png@01CE{sha(name, 'cid')[:4].upper()}.{sha(name, 'cid')[4:12].upper()}"
    paras = [
        "Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації",
        "",
        "Як і повідомляли 14.06, надсилаємо інформацію управління містобудування та архітектури "
        "облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
        "виконавчої влади в області за І півріччя 2013 року.",
        "",
        "Офіційну веб-сторінку управління оновлено: розміщено затверджену містобудівну документацію 46 населених "
        "пунктів області, створено розділ «Громадські слухання»; з 01.01 по 31.05.2013 оприлюднено 52 матеріали.",
        "",
        "14.06.2013 у м. Чернігові відбулися громадські слухання щодо проекту коригування Схеми планування "
        "території Чернігівської області (96 учасників, 23 пропозиції, протокол підписано 17.06.2013); раніше, "
        "18.04.2013, проведено консультації з громадськістю щодо проекту регіональних правил забудови (41 "
        "учасник). Пропозиції щодо розміщення об’єктів соціальної сфери буде враховано під час формування "
        "відповідних цільових програм.",
        "",
        "Проект розпорядження голови облдержадміністрації «Про затвердження Програми розроблення містобудівної "
        "документації на 2013–2017 роки» обговорено на засіданні комітету з питань будівництва, ЖКГ та "
        "інфраструктури Громадської ради 23.05.2013 – напередодні засідання колегії управління; з 7 пропозицій "
        "членів ради враховано 5.",
        "",
        "З повагою",
        "Литвин Оксана Миколаївна",
        "управління містобудування та архітектури облдержадміністрації",
        "тел. 67-38-21",
    ]
    inner = (f"<p class=MsoNormal><img width=48 height=48 id=\"Picture_x0020_1\" src=\"cid:{cid}\" "
             "alt=\"Опис: gerb\"><o:p></o:p></p>\n"
             "<p class=MsoNormal><b><span style='font-size:10.0pt;color:#1F497D'>УПРАВЛІННЯ МІСТОБУДУВАННЯ ТА "
             "АРХІТЕКТУРИ ЧЕРНІГІВСЬКОЇ ОБЛДЕРЖАДМІНІСТРАЦІЇ<o:p></o:p></span></b></p>\n" +
             wp("") + "".join(wp(p) for p in paras))
    html_part = text_part(word_html(inner, "windows-1251"), "windows-1251", "quoted-printable", subtype="html",
                          label='"windows-1251"')
    img_part = Part([("Content-Type", 'image/png;\n\tname="image001.png"'),
                     ("Content-Description", "image001.png"),
                     ("Content-Disposition", f'inline;\n\tfilename="image001.png"; size={len(img)};\n\tcreation-date="{rfc_date(dt)}";\n\tmodification-date="{rfc_date(dt)}"'),
                     ("Content-ID", f"<{cid}>"),
                     ("Content-Transfer-Encoding", "base64")], b64(img).encode())
    root = mixed(name, 0, "outlook", [html_part, img_part], sub="related", extra='type="text/html";\n\t')
    hs = [
        ("Received", received(name, dt, 5, "mail.example.gov.ua", "198.51.100.23")),
        ("From", f'{ew("Литвин Оксана", "windows-1251")} <mistobuduvannia@example.gov.ua>'),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація управління містобудування та архітектури (Відкритий уряд)", "windows-1251")),
        ("Date", rfc_date(dt)),
        ("Message-ID", mid_outlook(name, "example.gov.ua")),
        ("MIME-Version", "1.0"),
        "*",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(name)),
        ("Content-Language", "uk"),
    ]
    return top(hs, root, order=True)


# ---------------------------------------------------------------------------------------------
# checking the keys and writing everything out

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"question", "invitation", "thanks", "announcement", "extension_request", "promise"}
DEADLINES = [datetime.date(2012, 12, 15), datetime.date(2013, 6, 15), datetime.date(2013, 12, 15)]
PLAN_TOML = "/work/main/config/plan.toml"


def period_of(local_date):
    """(period, late) for a Kyiv calendar date; grace of three days after each deadline."""
    if local_date < datetime.date(2012, 9, 10):
        return None, False
    for n, d in enumerate(DEADLINES, 1):
        if local_date <= d:
            return n, False
        if local_date <= d + datetime.timedelta(days=3):
            return n, True
    return None, False


def decode_name(fn):
    if fn is None:
        return None
    if "=?" in fn:
        return str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def walk_sources(msg, top=True):
    """(body_found, [attachment file names]) — names also from inside message/rfc822."""
    names, body = [], False

    def visit(part, top_level):
        nonlocal body
        ctype = part.get_content_type()
        fn = decode_name(part.get_filename())
        if part.is_multipart():
            for sub in part.get_payload():
                visit(sub, top_level)
            return
        if ctype == "message/rfc822":
            for sub in part.get_payload():
                visit(sub, False)
            return
        if fn:
            names.append(fn)
            return
        if top_level and ctype in ("text/plain", "text/html") and part.get("Content-Disposition", "").split(";")[0].strip().lower() != "attachment":
            body = True
    visit(msg, True)
    return body, names


def check(name, key, data):
    errs = []
    cls = CLASSES.get(name[:2])
    if key.get("class") != cls:
        errs.append(f"class {key.get('class')} vs prefix {name[:2]}")
    want = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]
    if list(key) != want:
        errs.append(f"key fields {list(key)}")
    msg = email.message_from_bytes(data)
    date = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    period, late = period_of(date.date())
    if (period, late) != (key["period"], key["late"]):
        errs.append(f"period/late {key['period']}/{key['late']} but Date {date} gives {period}/{late}")
    recs = msg.get_all("Received") or []
    if not recs:
        errs.append("no Received")
    else:
        rdt = email.utils.parsedate_to_datetime(recs[0].split(";")[-1].strip()).astimezone(KYIV)
        delta = (rdt - date).total_seconds()
        if not (0 < delta <= 120) or rdt.date() != date.date():
            errs.append(f"Received {rdt} vs Date {date}")
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    if pairs != sorted(set(pairs)):
        errs.append("items not sorted/unique")
    if any(not (1 <= m <= 15) for m, _ in pairs):
        errs.append("measure out of range (16 is never counted)")
    if key["kind"] == "not_report":
        if items or key["reason"] not in REASONS:
            errs.append("not_report must have no items and a reason")
    elif key["kind"] != "report" or key["reason"] is not None:
        errs.append("report must have reason null")
    if key["kind"] == "report" and not items:
        errs.append("report without items")
    body, names = walk_sources(msg)
    for _, src in pairs:
        if src == "body" and not body:
            errs.append("source body but no top-level text part")
        if src != "body" and src not in names:
            errs.append(f"source {src!r} not among attachments {names}")
    for part in msg.walk():
        if part.get_filename() and not part.is_multipart():
            raw = part.get_payload(decode=True) or b""
            if len(raw) >= 60 * 1024:
                errs.append(f"attachment {decode_name(part.get_filename())} is {len(raw)} bytes")
    if os.path.exists(PLAN_TOML):
        import tomllib
        with open(PLAN_TOML, "rb") as f:
            ids = {e["id"] for e in tomllib.load(f)["executor"]}
        if key["executor"] not in ids:
            errs.append(f"executor {key['executor']} not in plan.toml")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            errs.append("line longer than 998 octets")
            break
    if b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare LF")
    return errs


def main():
    only = sys.argv[1:]
    bad = 0
    for name, (key, fn) in sorted(MAILS.items()):
        if only and not any(name.startswith(o) for o in only):
            continue
        data = crlf(fn(name))
        errs = check(name, key, data)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(key, ensure_ascii=False, indent=2) + "\n")
        for e in errs:
            print(f"{name}: {e}")
        bad += bool(errs)
    if not only:
        stats()
    sys.exit(1 if bad else 0)


def stats():
    from collections import Counter
    keys = [k for k, _ in MAILS.values()]
    items = [i for k in keys for i in k["items"]]
    print(f"mails {len(keys)}, items {len(items)}, body {sum(i['source'] == 'body' for i in items)}, "
          f"attachment {sum(i['source'] != 'body' for i in items)}, late {sum(k['late'] for k in keys)}")
    print("periods", dict(sorted(Counter(k["period"] for k in keys).items())))
    print("classes", {c: (sum(1 for k in keys if k["class"] == c), sum(len(k["items"]) for k in keys if k["class"] == c)) for c in CLASSES.values()})
    print("executors", dict(sorted(Counter(k["executor"] for k in keys).items())))
    print("measures", dict(sorted(Counter(i["measure"] for i in items).items())))


if __name__ == "__main__":
    main()
