#!/usr/bin/env python3
"""Build the «quire» test corpus for zvit: 40 report e-mails and their answer keys.

    python3 make.py            build every .eml and .expected.json, then run the checks
    python3 make.py --check    only run the checks on what is on disk
    python3 make.py --totals   print the totals used in README.md

Python 3 standard library only.  Office attachments are written below, inside each mail's
builder, as HTML (documents), CSV or flat ODS XML (sheets); they were converted once with
LibreOffice (soffice --headless) and the results are kept in attachments/ next to the source
text in attachments/src/.  A stored result is reused as long as its source text is unchanged,
so a rebuild needs no LibreOffice; only an edited source is converted again.

Each mail's answer key (KEY = {...}) stands directly above its builder and was written before
the mail's text.
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
import shutil
import struct
import subprocess
import sys
import zlib
from urllib.parse import quote
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
WORK = "/tmp/quire-work"
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
PLAN_TOML = "/work/main/config/plan.toml"

# ---------------------------------------------------------------------------------------
# What zvit knows (copied from plan.toml; cross-checked against it when it is readable)
# ---------------------------------------------------------------------------------------
APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3
EXECUTORS = {
    "uvp": ["uvp-info@example.gov.ua"],
    "gromrada": ["gromrada@example.gov.ua"],
    "zvernennia": ["zvernennia@example.gov.ua"],
    "cppk": ["cppk@example.gov.ua"],
    "ogp-coordinator": ["ogp-coordinator@example.org.ua"],
    "su-osvita": ["osvita@example.gov.ua"],
    "su-zdorovia": ["zdorovia@example.gov.ua"],
    "su-kultura": ["kultura@example.gov.ua"],
    "su-sotszakhyst": ["sotszakhyst@example.gov.ua"],
    "su-simia": ["simia@example.gov.ua"],
    "su-apk": ["apk@example.gov.ua"],
    "su-finansy": ["finansy@example.gov.ua"],
    "su-ekonomika": ["ekonomika@example.gov.ua"],
    "su-zhkh": ["zhkh@example.gov.ua"],
    "su-kapbud": ["kapbud@example.gov.ua"],
    "su-ekolohiia": ["ekolohiia@example.gov.ua"],
    "su-arkhiv": ["arkhiv@example.gov.ua"],
    "su-mistobuduvannia": ["mistobuduvannia@example.gov.ua"],
    "su-sluzhba-ditei": ["sluzhba-ditei@example.gov.ua"],
}
for _d in ["bakhmach", "bobrovytsia", "borzna", "varva", "horodnia", "ichnia", "kozelets",
           "korop", "koriukivka", "kulykivka", "mena", "nizhyn", "novhorod-siverskyi", "nosivka",
           "pryluky", "ripky", "semenivka", "sosnytsia", "sribne", "talalaivka", "chernihiv",
           "shchors"]:
    EXECUTORS["rda-" + _d] = ["rda-%s@example.gov.ua" % _d]

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# ---------------------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------------------
MAILS = []          # (name, key, builder)


def mail(key):
    """Register the builder below a KEY literal; the mail's name is the function's name."""
    def deco(fn):
        name = fn.__name__.replace("_", "-")
        MAILS.append((name, dict(key), fn))
        return fn
    return deco


def _h(*parts):
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


# ---------------------------------------------------------------------------------------
# Office files: HTML / CSV / flat ODS sources, converted once with LibreOffice
# ---------------------------------------------------------------------------------------
TARGETS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8",
           "docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "odt": "odt:writer8",
           "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export"}
INFILTERS = {"html": "HTML (StarWriter)", "csv": "CSV:59,34,76,1", "fods": None}
CONVERTED = []


def office(disk, kind, source):
    """Return the bytes of attachments/<disk>, converting <source> (kind html|csv|fods) when
    the stored result is missing or was made from a different source text."""
    stem, ext = os.path.splitext(disk)
    ext = ext[1:]
    path = os.path.join(ATT, disk)
    srcpath = os.path.join(SRC, "%s.%s" % (stem, kind))
    data = source.encode("utf-8")
    if os.path.exists(path) and os.path.exists(srcpath):
        with open(srcpath, "rb") as f:
            if f.read() == data:
                with open(path, "rb") as g:
                    return g.read()
    conv = os.path.join(WORK, "conv")
    out = os.path.join(conv, "out")
    os.makedirs(out, exist_ok=True)
    tmp_src = os.path.join(conv, "%s.%s" % (stem, kind))
    with open(tmp_src, "wb") as f:
        f.write(data)
    cmd = ["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % WORK]
    if INFILTERS[kind]:
        cmd.append("--infilter=" + INFILTERS[kind])
    cmd += ["--convert-to", TARGETS[ext], "--outdir", out, tmp_src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(out, "%s.%s" % (stem, ext))
    os.makedirs(SRC, exist_ok=True)
    shutil.copyfile(produced, path)
    with open(srcpath, "wb") as f:
        f.write(data)
    CONVERTED.append(disk)
    with open(path, "rb") as g:
        return g.read()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


class C:
    """A spreadsheet cell with options: c/r = columns/rows spanned, b = bold header style."""
    def __init__(self, v, c=1, r=1, b=False):
        self.v, self.c, self.r, self.b = v, c, r, b


def H(v, c=1, r=1):
    return C(v, c, r, True)


def fods(sheets):
    """sheets: [(name, [col widths in cm], rows)]; a row is a list of cells (str, int, float,
    None for empty, or C); positions covered by a span are skipped by the writer."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:automatic-styles>']
    widths = sorted({w for _, ws, _ in sheets for w in ws})
    for w in widths:
        out.append('<style:style style:name="co%s" style:family="table-column">'
                   '<style:table-column-properties style:column-width="%scm"/></style:style>'
                   % (str(w).replace(".", "_"), w))
    out.append('<style:style style:name="h" style:family="table-cell"><style:table-cell-properties '
               'fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/>'
               '<style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-weight="bold"/></style:style>')
    out.append('<style:style style:name="c" style:family="table-cell"><style:table-cell-properties '
               'fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/>'
               '</style:style>')
    out.append('<style:style style:name="p" style:family="table-cell"><style:table-cell-properties '
               'fo:wrap-option="no-wrap"/></style:style>')
    out.append('</office:automatic-styles><office:body><office:spreadsheet>')
    for name, ws, rows in sheets:
        out.append('<table:table table:name="%s">' % _x(name))
        for w in ws:
            out.append('<table:table-column table:style-name="co%s"/>' % str(w).replace(".", "_"))
        covered = set()
        ncol = len(ws)
        for r, row in enumerate(rows):
            out.append('<table:table-row>')
            c = 0
            boxed = row is not None and len(row) > 1
            for cell in (row or []):
                while (r, c) in covered:
                    out.append('<table:covered-table-cell/>')
                    c += 1
                if not isinstance(cell, C):
                    cell = C(cell)
                style = "h" if cell.b else ("c" if boxed else "p")
                attrs = ' table:style-name="%s"' % style
                if cell.c > 1:
                    attrs += ' table:number-columns-spanned="%d"' % cell.c
                if cell.r > 1:
                    attrs += ' table:number-rows-spanned="%d"' % cell.r
                v = cell.v
                if v is None or v == "":
                    out.append('<table:table-cell%s/>' % attrs)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<table:table-cell%s office:value-type="float" office:value="%s">'
                               '<text:p>%s</text:p></table:table-cell>' % (attrs, v, v))
                else:
                    paras = "".join("<text:p>%s</text:p>" % _x(p) for p in str(v).split("\n"))
                    out.append('<table:table-cell%s office:value-type="string">%s</table:table-cell>'
                               % (attrs, paras))
                for rr in range(r, r + cell.r):
                    for cc in range(c, c + cell.c):
                        if (rr, cc) != (r, c):
                            covered.add((rr, cc))
                for cc in range(c + 1, c + cell.c):
                    out.append('<table:covered-table-cell/>')
                c += cell.c
            while c < ncol and (r, c) in covered:
                out.append('<table:covered-table-cell/>')
                c += 1
            out.append('</table:table-row>')
        out.append('</table:table>')
    out.append('</office:spreadsheet></office:body></office:document>')
    return "\n".join(out) + "\n"


def csv(rows):
    def cell(v):
        v = "" if v is None else str(v)
        if any(ch in v for ch in ';"\n'):
            v = '"' + v.replace('"', '""') + '"'
        return v
    return "".join(";".join(cell(v) for v in row) + "\n" for row in rows)


def doc_html(body, title="Документ", style=""):
    css = ("body{font-family:'Times New Roman';font-size:12pt} table{border-collapse:collapse} "
           "td,th{border:1px solid #000;padding:2px 4px;vertical-align:top;font-size:11pt} "
           "p{margin:0 0 4pt 0}" + style)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>'
            '<style>%s</style></head><body>\n%s\n</body></html>\n' % (_x(title), css, body))


def png(w=48, h=48, seed="gerb"):
    """A small crest-like picture (for an inline image in Word HTML mail)."""
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            inside = abs(x - w / 2) < w / 2 - 4 and (y < h - 14 or abs(x - w / 2) < (h - y))
            if inside and (x + y) % 9 < 5:
                raw += bytes((0x1f, 0x4e, 0x9c))
            elif inside:
                raw += bytes((0xf5, 0xc5, 0x18))
            else:
                raw += b"\xff\xff\xff"

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------
# MIME writing (by hand, the way each client does it)
# ---------------------------------------------------------------------------------------
def ew(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words for text, split on character boundaries."""
    text = for_charset(text, charset)

    def one(s):
        b = s.encode(charset)
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        q = "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "!*+-/" else
                    ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (charset, q)
    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > maxlen:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return words


def hdr_ew(text, charset="utf-8", enc="B", sep="\n "):
    return sep.join(ew(text, charset, enc))


def addr(name, address, charset="utf-8", enc="B", quoted=False):
    if name is None:
        return address
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, address) if (quoted or " " in name) else "%s <%s>" % (name, address)
    words = hdr_ew(name, charset, enc, sep=" ")
    return ('"%s" <%s>' % (words, address)) if quoted else "%s <%s>" % (words, address)


def rfc2231(param, text, charset="utf-8", chunk=60):
    enc = quote(text.encode(charset), safe="")
    pieces, i = [], 0
    while i < len(enc):
        j = min(i + chunk, len(enc))
        while j < len(enc) and "%" in enc[j - 2:j]:   # never split an %XX escape
            j -= 1
        pieces.append(enc[i:j])
        i = j
    if len(pieces) == 1:
        return "%s*=%s''%s" % (param, charset, pieces[0])
    out = []
    for n, p in enumerate(pieces):
        out.append("%s*%d*=%s%s" % (param, n, ("%s''" % charset) if n == 0 else "", p))
    return ";\n ".join(out)


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble="", epilogue=""):
        self.headers = headers          # list of "Name: value" strings (may hold "\n " folds)
        self.body = body                # bytes (already transfer-encoded) for leaves
        self.parts = parts              # list of Part for multiparts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def bytes(self):
        out = b"".join(h.encode("ascii") + b"\n" for h in self.headers) + b"\n"
        if self.parts is None:
            body = self.body
            if body and not body.endswith(b"\n"):
                body += b"\n"
            return out + body
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.bytes() + b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        if self.epilogue:
            out += self.epilogue.encode("ascii") + b"\n"
        return out


KOI_FIX = str.maketrans({"№": "N", "—": "-", "–": "-", "«": '"', "»": '"', "„": '"', "“": '"',
                         "”": '"', "’": "'", "…": "...", "\u00a0": " "})


def for_charset(text, charset):
    """What a client does with characters its charset lacks (KOI8 has no №, dashes or quotes)."""
    if charset.lower().startswith("koi8"):
        return text.translate(KOI_FIX)
    return text


def encode_body(text, charset, cte):
    if isinstance(text, bytes):
        raw = text
    else:
        text = for_charset(text, charset)
        if cte == "base64":            # the canonical form of text has CRLF line ends
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw                       # 7bit / 8bit


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain", ctparams="",
              cte_name=None, extra=()):
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, ctparams) if subtype != "calendar"
         else 'Content-Type: text/calendar; charset="%s"%s' % (charset, ctparams),
         "Content-Transfer-Encoding: %s" % (cte_name or cte)]
    h += list(extra)
    return Part(h, encode_body(text, charset, cte))


def multipart(subtype, parts, boundary, preamble="", extra=(), ctparams=""):
    h = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, ctparams, boundary)]
    h += list(extra)
    return Part(h, parts=parts, boundary=boundary, preamble=preamble)


MIMETYPES = {"xls": "application/vnd.ms-excel", "doc": "application/msword",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "ods": "application/vnd.oasis.opendocument.spreadsheet",
             "odt": "application/vnd.oasis.opendocument.text", "rtf": "application/rtf",
             "pdf": "application/pdf", "ics": "text/calendar", "png": "image/png",
             "jpg": "image/jpeg"}


def att_part(data, filename, style, ctype=None, extra=(), inline=False):
    """An attachment, its file name written the way a given client writes it:
    ascii | outlook (name/filename as quoted RFC 2047 B, windows-1251) | outlook-utf8 |
    2047q-koi8u | 2047b-koi8r | tb (name RFC 2047 B, filename RFC 2231 continuations) |
    2231 (both RFC 2231) | bat (RFC 2047 Q windows-1251) | gmail (RFC 2047 B utf-8, unquoted)."""
    ext = filename.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIMETYPES.get(ext, "application/octet-stream")
    disp = "inline" if inline else "attachment"
    if style == "ascii":
        n = 'name="%s"' % filename
        f = 'filename="%s"' % filename
    elif style in ("outlook", "outlook-utf8"):
        cs = "windows-1251" if style == "outlook" else "utf-8"
        w = hdr_ew(filename, cs, "B", sep="\n ")
        n, f = 'name="%s"' % w, 'filename="%s"' % w
    elif style == "2047q-koi8u":
        w = hdr_ew(filename, "koi8-u", "Q", sep="\n ")
        n, f = 'name="%s"' % w, 'filename="%s"' % w
    elif style == "2047b-koi8r":
        w = hdr_ew(filename, "koi8-r", "B", sep="\n ")
        n, f = 'name="%s"' % w, 'filename="%s"' % w
    elif style == "bat":
        w = hdr_ew(filename, "windows-1251", "Q", sep="\n ")
        n, f = 'name="%s"' % w, 'filename="%s"' % w
    elif style == "gmail":
        w = hdr_ew(filename, "UTF-8", "B", sep="\n ")
        n, f = 'name="%s"' % w, 'filename="%s"' % w
    elif style == "tb":
        n = 'name="%s"' % hdr_ew(filename, "UTF-8", "B", sep="\n ")
        f = rfc2231("filename", filename, "UTF-8", 40)
    elif style == "2231":
        n = rfc2231("name", filename, "utf-8", 48)
        f = rfc2231("filename", filename, "utf-8", 48)
    else:
        raise ValueError(style)
    h = ["Content-Type: %s;\n %s" % (ctype, n), "Content-Transfer-Encoding: base64",
         "Content-Disposition: %s;\n %s" % (disp, f)]
    h += list(extra)
    return Part(h, base64.encodebytes(data))


def rfc822_part(inner_bytes, filename=None, style="tb"):
    """A forwarded message as an attachment (message/rfc822), named the way Thunderbird names it."""
    h = ["Content-Type: message/rfc822" + (';\n name="%s"' % hdr_ew(filename, "UTF-8", "B", sep="\n ")
                                            if filename else ""),
         "Content-Transfer-Encoding: 8bit" if any(b > 127 for b in inner_bytes) else
         "Content-Transfer-Encoding: 7bit",
         "Content-Disposition: " + ("attachment;\n " + rfc2231("filename", filename, "UTF-8", 40)
                                    if filename else "inline")]
    return Part(h, inner_bytes.replace(b"\r\n", b"\n"))


# ---------------------------------------------------------------------------------------
# Envelopes: dates, Received, Message-ID and the client's own headers
# ---------------------------------------------------------------------------------------
def kyiv(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfc2822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


RELAYS = {
    "gov": ("mail.example.gov.ua", "193.201.116.%d"),
    "org": ("mail.example.org.ua", "91.206.200.%d"),
    "gmail.com": ("mail-we0-f172.google.com", "74.125.82.%d"),
    "ukr.net": ("frv196.fwdcdn.com", "212.42.77.%d"),
    "i.ua": ("mx.i.ua", "91.198.36.%d"),
    "meta.ua": ("smtp.meta.ua", "194.0.131.%d"),
}


def received(d, frm_addr, delay, name):
    dom = frm_addr.split("@")[1]
    key = dom if dom in RELAYS else ("org" if dom.endswith(".org.ua") else "gov")
    host, ip = RELAYS[key]
    ip = ip % (int(_h(name)[:2], 16) % 200 + 20)
    r = d + dt.timedelta(seconds=delay)
    qid = _h(name, "q")[:10].upper()
    return ("Received: from %s (%s [%s])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n"
            "\tfor <%s>; %s (%s)" % (host, host, ip, qid, MAILBOX, rfc2822(r), r.strftime("%Z")))


def msgid(client, name, d, dom):
    h = _h(name, "mid")
    if client.startswith("outlook20") or client in ("cdo", "outlook-ru"):
        return "<%s01%s$%s$%s$@%s>" % (h[:4], h[4:10], h[10:18], h[18:26], dom)
    if client == "oe":
        return "<%s01%s$%s$%s@%s>" % (h[:4], h[4:10], h[10:18], h[18:26], "PC" + h[26:30].upper())
    if client.startswith("tb"):
        return "<%s.%s@%s>" % (h[:8].upper(), str(int(h[8:14], 16))[:7], dom)
    if client == "bat":
        return "<%s.%s@%s>" % (str(int(h[:8], 16))[:10], d.strftime("%Y%m%d%H%M%S"), dom)
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h)).decode()[:22].replace("/", "x"),
                                            "+" + h[:12] + "=" + h[12:20])
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                         h[16:20].upper(), h[20:32].upper(), dom)
    if client == "roundcube":
        return "<%s@%s>" % (h, dom)
    if client in ("ukrnet",):
        return "<%s.%s@frv196.fwdcdn.com>" % (int(h[:8], 16), d.strftime("%s") if False else h[8:16])
    if client in ("iua", "metaua"):
        return "<%s.%s@%s>" % (int(h[:6], 16), h[6:14], dom)
    if client == "opera":
        return "<op.w%s@%s>" % (h[:12], "pc-" + h[12:16])
    if client == "android":
        return "<%s@email.android.com>" % h[:24]
    return "<%s@%s>" % (h[:20], dom)


CLIENT_HEADERS = {
    "outlook2003": ["X-Mailer: Microsoft Office Outlook 11", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
                    "Thread-Index: Ac3Z{h}"],
    "outlook2007": ["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac3Y{h}", "Content-Language: uk"],
    "outlook2010": ["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac5o{h}", "Content-Language: uk"],
    "outlook-ru": ["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac5m{h}", "Content-Language: ru"],
    "oe": ["X-Priority: 3", "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
           "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"],
    "tb10": ["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2"],
    "tb17": ["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"],
    "tb24": ["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.0"],
    "bat": ["X-Mailer: The Bat! (v4.2.10.5) Professional", "X-Priority: 3 (Normal)"],
    "opera": ["User-Agent: Opera Mail/12.12 (Win32)"],
    "apple": ["X-Mailer: Apple Mail (2.1503)"],
    "iphone": ["X-Mailer: iPhone Mail (10B329)"],
    "android": ["X-Mailer: Android Mail"],
    "roundcube": ["User-Agent: Roundcube Webmail/0.8.4", "X-Sender: {addr}"],
    "gmail": [],
    "ukrnet": ["X-Mailer: FREEMAIL", "X-Originating-IP: [46.201.{n}.17]"],
    "iua": ["X-Mailer: I.UA Mail", "X-Originating-IP: 195.114.{n}.8"],
    "metaua": ["X-Mailer: META.UA mail", "X-Originating-IP: [93.79.{n}.140]"],
    "cdo": ["X-Mailer: Microsoft CDO for Windows 2000", "Content-Class: urn:content-classes:message",
            "Importance: normal", "Priority: normal", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4913"],
}


def message(name, client, date, frm, to, subject, root, delay=3, extra_top=(), cc=None,
            subject_cs="utf-8", subject_enc="B", from_cs=None, from_enc=None, quoted_from=False,
            in_reply_to=None, mime_first=False, reply_to=None, with_received=True):
    """A whole message: top Received, the client's headers, then the root part.  frm and to
    are (display name or None, address)."""
    d = kyiv(date)
    from_cs = from_cs or subject_cs
    from_enc = from_enc or subject_enc
    dom = frm[1].split("@")[1]
    hs = [received(d, frm[1], delay, name)] if with_received else []
    hs += list(extra_top)
    hs.append("Message-ID: " + msgid(client, name, d, dom))
    hs.append("Date: " + rfc2822(d))
    hs.append("From: " + addr(frm[0], frm[1], from_cs, from_enc, quoted_from))
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs.append("To: " + addr(to[0], to[1], from_cs, from_enc, quoted_from))
    if cc:
        hs.append("Cc: " + cc)
    if all(ord(c) < 128 for c in subject):
        hs.append("Subject: " + subject)
    else:
        hs.append("Subject: " + hdr_ew(subject, subject_cs, subject_enc))
    if in_reply_to:
        hs.append("In-Reply-To: " + in_reply_to)
        hs.append("References: " + in_reply_to)
    hx = _h(name, "th")
    for line in CLIENT_HEADERS[client]:
        hs.append(line.replace("{h}", base64.b64encode(bytes.fromhex(hx)).decode()[:20])
                  .replace("{addr}", frm[1]).replace("{n}", str(int(hx[:2], 16) % 250)))
    hs.append("MIME-Version: 1.0" if client not in ("apple", "iphone")
              else "Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 6.5 \\(1508\\))")
    root.headers = hs + root.headers
    return root


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def bnd(name, style, n=0):
    h = _h(name, "b", n)
    if style == "outlook":
        return "----=_NextPart_%03d_%s_%s.%s" % (n, h[:4].upper(), "01CD" + h[4:8].upper(), h[8:16].upper())
    if style == "tb":
        return "------------%s" % str(int(h[:16], 16))[:24].rjust(24, "0")
    if style == "bat":
        return "----------%s" % h[:15].upper()
    if style == "gmail":
        return "047d7b%s" % h[:22]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                                h[16:20].upper(), h[20:32].upper())
    if style == "roundcube":
        return "=_%s" % h[:32]
    return "----=_Part_%d_%s.%s" % (n, int(h[:6], 16), int(h[6:16], 16))


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def html_escape_lines(text):
    return "<br>\n".join(_x(l) for l in text.split("\n"))


# ---------------------------------------------------------------------------------------
# zvit's own letters, as executors find them quoted in their replies
# ---------------------------------------------------------------------------------------
PLAN_TEXT = {
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
PLAN_NAME = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
             "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder_parts(executor_name, deadline, today, missing, overdue=False):
    """zvit's reminder (templates/reminder.txt.j2) as (head, {measure: its lines}, tail)."""
    t = "Шановні колеги!\n\n"
    if overdue:
        t += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_NAME))
    else:
        t += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно "
              "надати до %s на адресу електронної пошти %s.\n\n" % (PLAN_NAME, deadline, MAILBOX))
    t += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:"
          % (today, executor_name))
    items = {m: "  %d. %s" % (m, PLAN_TEXT[m]) for m in missing}
    tail = ("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
            "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
            "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
            "зазначивши номери пунктів плану.\n\n")
    tail += ("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
    tail += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
             "його недійсним.\n\nЗ повагою\n" + OFFICE)
    return t, items, tail


def reminder(executor_name, deadline, today, missing, overdue=False):
    head, items, tail = reminder_parts(executor_name, deadline, today, missing, overdue)
    return head + "\n" + "".join("\n%s\n" % items[m] for m in missing) + "\n" + tail


def receipt(received_on, subject, executor_name, period, deadline, recognised, missing, late=False):
    t = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\n"
         "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s)."
         % (OFFICE, received_on, subject, executor_name, period, deadline))
    if late:
        t += "\nЛист надійшов після встановленого терміну; інформацію враховано як подану із запізненням."
    t += "\n\n"
    if recognised:
        t += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, ex in recognised:
            t += "  • пункт %d: %s\n" % (n, ex)
    else:
        t += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    t += "\n"
    if missing:
        t += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            t += "  %d. %s\n" % (m, PLAN_TEXT[m])
    t += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на "
          "адресу %s.\n\nЗ повагою\n%s" % (MAILBOX, OFFICE))
    return t


UVP_TO = ("Управління внутрішньої політики ОДА", MAILBOX)


def word_html(inner, charset, generator="Microsoft Word 12 (filtered medium)", lang="UK"):
    """The HTML that Outlook with Word as editor writes around a body."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<meta name=Generator content="%s">\n<style><!--\n'
            '/* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:12.0pt;\n\tfont-family:"Times New Roman","serif";}\n'
            'a:link, span.MsoHyperlink\n\t{color:blue;\n\ttext-decoration:underline;}\n'
            'table.MsoTableGrid\n\t{border:solid windowtext 1.0pt;\n\tfont-size:10.0pt;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang=%s link=blue vlink=purple>\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n'
            % (charset, generator, lang, inner))


def mso_paras(text, lang="UK"):
    out = []
    for l in text.split("\n"):
        out.append("<p class=MsoNormal><span lang=%s>%s<o:p></o:p></span></p>" % (lang, _x(l) if l.strip() else "&nbsp;"))
    return "\n".join(out)


def simple_html(text, charset="utf-8", font="Verdana", size="10pt", head=True):
    body = "<div>%s</div>" % "</div>\n<div>".join(_x(l) if l.strip() else "<br>" for l in text.split("\n"))
    if not head:
        return body
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family: %s; font-size: %s">\n%s\n</body></html>\n' % (charset, font, size, body))


def flowed(text, width=72):
    """format=flowed: long lines broken at spaces, each broken line ending in a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def wrap(text, width=76, prefix=""):
    """Hard wrap (what Outlook Express, The Bat! and quoting clients do), keeping a prefix."""
    out = []
    for line in text.split("\n"):
        if len(prefix + line) <= width:
            out.append(prefix + line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(prefix + cur) + len(w) + 1 > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


REMINDER_SUBJECT = "Нагадування: інформація про виконання Плану заходів (Партнерство «Відкритий уряд»)"
RECEIPT_SUBJECT = "Підтвердження отримання: %s"


def zvit_msgid(name):
    return "<zvit.%s.%s@cg.ukrtel.net>" % (_h(name, "zvit")[:12], _h(name, "z2")[:6])


# =======================================================================================
# 1. ph — placeholders
# =======================================================================================

KEY = {"class": "placeholder", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sheet with a row for every measure but 2 and 8, «№ з/п» running 1–14 on the left and the plan number in the last column, so the two disagree from row 2 on; «х», «-», «+», a bare «не проводились» and «Інформацію надано» for 16 fill all rows but three.",
       "items": [{"measure": 1, "source": "Інформація_Варвинська_РДА_ІІ_пів_2012.xls"},
                 {"measure": 6, "source": "Інформація_Варвинська_РДА_ІІ_пів_2012.xls"},
                 {"measure": 12, "source": "Інформація_Варвинська_РДА_ІІ_пів_2012.xls"}]}
@mail(KEY)
def ph1_varva():
    name = "ph1-varva"
    title = ("Інформація Варвинської районної державної адміністрації про виконання Плану заходів з "
             "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках "
             "реалізації Ініціативи «Партнерство „Відкритий уряд“» (станом на 12.12.2012)")
    rows = [
        [C(title, c=5, b=True)],
        None,
        [H("№ з/п"), H("Зміст заходу (скорочено)"), H("Термін виконання за планом"), H("Стан виконання"), H("Пункт плану")],
        [1, "Приведення інформаційного наповнення та функціонування офіційного веб-сайту РДА до вимог чинного законодавства", "Постійно",
         "На офіційному веб-сайті РДА оновлено розділи «Звернення громадян» та «Доступ до публічної інформації», створено підрозділ «Регуляторна діяльність». За ІІ півріччя 2012 р. розміщено 214 інформаційних матеріалів, 36 проектів та 41 прийняте розпорядження голови РДА", 1],
        [2, "Веб-ресурс «Чернігівська громада»", "IV квартал 2012 року", "х", 3],
        [3, "Інтернет-форум на базі веб-ресурсу", "I квартал 2013 року", "х", 4],
        [4, "«Гаряча лінія» голови облдержадміністрації", "Постійно", "х", 5],
        [5, "Консультації з громадськістю (постанова КМУ від 03.11.2010 № 996)", "Постійно",
         "Відповідно до орієнтовного плану консультацій на 2012 рік (розпорядження голови РДА від 27.01.2012 № 19) проведено 7 консультацій з громадськістю, у т.ч. громадське обговорення проекту районного бюджету на 2013 рік (протокол № 3 від 22.11.2012, 46 учасників) та 2 засідання «круглого столу»", 6],
        [6, "Залучення представників ІГС до роботи дорадчо-консультативних органів", "Постійно", "-", 7],
        [7, "Залучення членів громадських рад до обговорення проектів розпоряджень, програм", "Постійно", "+", 9],
        [8, "Рекомендації громадським радам щодо створення комісії (робочої групи) з питань відкритості", "Постійно", "не проводились", 10],
        [9, "«Дні відкритих дверей»", "Постійно", "х", 11],
        [10, "Громадські експертизи, громадські антикорупційні експертизи", "Постійно",
         "Запитів від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності РДА не надходило, громадські антикорупційні експертизи проектів розпоряджень не проводились", 12],
        [11, "Навчальні семінари", "До 1 березня 2013 року", "х", 13],
        [12, "Методичні посібники", "До 1 січня 2013 року", "х", 14],
        [13, "Громадське обговорення виконання заходів Плану", "Щорічно", "х", 15],
        [14, "Надання інформації УВП на адресу uvp@cg.ukrtel.net", "До 15 грудня 2012 року", "Інформацію надано", 16],
        None,
        ["Примітка: пункти 2 та 8 Плану виконуються структурними підрозділами облдержадміністрації, у таблицю не включені."],
        None,
        ["Керівник апарату райдержадміністрації                              Л.М. Коваленко"],
    ]
    xls = office(name + ".xls", "fods", fods([("Лист1", [1.3, 6.5, 3.2, 9.5, 1.8], rows)]))
    fname = "Інформація_Варвинська_РДА_ІІ_пів_2012.xls"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області надсилаємо інформацію Варвинської районної державної адміністрації "
            "станом на 12.12.2012 (вих. № 01-22/1873 від 13.12.2012).\n\n"
            "Додаток: на 2 арк.\n\n"
            "З повагою\n"
            "Загальний відділ апарату Варвинської РДА\n"
            "тел. (04636) 2-13-45")
    alt = multipart("alternative", [
        text_part(text, "windows-1251", "quoted-printable"),
        text_part(word_html(mso_paras(text), "windows-1251", "Microsoft Word 11"), "windows-1251",
                  "quoted-printable", "html")], bnd(name, "outlook", 1))
    root = multipart("mixed", [alt, att_part(xls, fname, "outlook")], bnd(name, "outlook", 0),
                     preamble="This is a multi-part message in MIME format.")
    return message(name, "outlook2003", "2012-12-13 10:42:17",
                   ("Варвинська РДА", "rda-varva@example.gov.ua"), UVP_TO,
                   "Інформація Варвинської РДА (Відкритий уряд) вих. 01-22/1873", root,
                   subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Two-row header with a column per quarter; of seven rows only the site and the hearings have text in either quarter, the rest carry «—», «без змін» in both, empty cells, a bare «не проводилось» and «немає».",
       "items": [{"measure": 1, "source": "Звіт_екологія_І_півріччя_2013.ods"},
                 {"measure": 6, "source": "Звіт_екологія_І_півріччя_2013.ods"}]}
@mail(KEY)
def ph2_ekolohiia():
    name = "ph2-ekolohiia"
    rows = [
        [C("Інформація управління екології та природних ресурсів облдержадміністрації щодо виконання Плану "
           "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
           "за І півріччя 2013 року", c=5, b=True)],
        None,
        [H("Пункт Плану", r=2), H("Зміст заходу", r=2), H("Стан виконання", c=2), H("Примітка", r=2)],
        [H("І квартал"), H("ІІ квартал")],
        [1, "Інформаційне наповнення офіційного веб-сайту",
         "Оновлено розділ «Екологічна інформація», розміщено 38 матеріалів",
         "Розміщено 41 матеріал, у т.ч. Регіональну доповідь про стан навколишнього природного середовища у Чернігівській області за 2012 рік", ""],
        [2, "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "—", "—", ""],
        [6, "Консультації з громадськістю", "—",
         "Проведено громадські слухання щодо проекту Регіональної програми охорони навколишнього природного середовища на 2013–2017 роки (16.05.2013, 27 учасників, протокол № 2)",
         "Орієнтовний план консультацій на 2013 рік затверджено наказом від 09.01.2013 № 2"],
        [7, "Залучення представників ІГС до дорадчо-консультативних органів", "без змін", "без змін", ""],
        [8, "Введення голів комітетів Громадської ради до складу колегії", "", "", ""],
        [9, "Залучення членів громадських рад до обговорення проектів", "не проводилось", "не проводилось", ""],
        [12, "Громадські експертизи", "немає", "немає", ""],
    ]
    ods = office(name + ".ods", "fods", fods([("І півріччя 2013", [1.8, 6.0, 6.5, 7.5, 5.0], rows)]))
    fname = "Звіт_екологія_І_півріччя_2013.ods"
    text = ("Добрий день!\n\n"
            "Надсилаємо інформацію управління екології та природних ресурсів облдержадміністрації про "
            "виконання Плану заходів (Партнерство «Відкритий уряд») за І півріччя 2013 року.\n\n"
            "-- \n"
            "З повагою,\n"
            "Олена Гнатюк,\n"
            "головний спеціаліст відділу екологічної політики\n"
            "тел. (0462) 67-52-18")
    body = text_part(flowed(text), "UTF-8", "8bit", ctparams="; format=flowed")
    root = multipart("mixed", [body, att_part(ods, fname, "tb")], bnd(name, "tb"),
                     preamble="This is a multi-part message in MIME format.")
    return message(name, "tb17", "2013-06-14 16:05:33",
                   ("Олена Гнатюк", "ekolohiia@example.gov.ua"), (None, MAILBOX),
                   "Інформація за І півріччя 2013 (Відкритий уряд)", root, subject_cs="UTF-8")


KEY = {"class": "placeholder", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word table quoting each measure's full text beside the answer; «—», «Постійно», «+», «Без змін (див. інформацію за І півріччя)» and a row for 16 say nothing, so only the site and the no-requests answer on public reviews count.",
       "items": [{"measure": 1, "source": "Інформація_Бобровицька_РДА_ІІ_півр_2013.doc"},
                 {"measure": 12, "source": "Інформація_Бобровицька_РДА_ІІ_півр_2013.doc"}]}
@mail(KEY)
def ph3_bobrovytsia():
    name = "ph3-bobrovytsia"
    p16 = ("Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості "
           "діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий "
           "уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації "
           "на адресу електронної пошти (uvp@cg.ukrtel.net).")
    answers = [
        (1, PLAN_TEXT[1], "Інформаційне наповнення офіційного веб-сайту райдержадміністрації здійснюється відповідно до розпорядження голови РДА від 14.03.2013 № 112 «Про порядок оприлюднення інформації на офіційному веб-сайті Бобровицької районної державної адміністрації». За ІІ півріччя 2013 року на сайті розміщено 163 інформаційні матеріали, 28 проектів розпоряджень, оновлено розділ «Місцеві бюджети»."),
        (6, PLAN_TEXT[6], "—"),
        (7, PLAN_TEXT[7], "Постійно"),
        (9, PLAN_TEXT[9], "+"),
        (10, PLAN_TEXT[10], "Без змін (див. інформацію за І півріччя)"),
        (12, PLAN_TEXT[12], "Запитів від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності райдержадміністрації у ІІ півріччі 2013 року не надходило."),
        (16, p16, "Інформацію надано листом від 11.12.2013 № 01-19/2467"),
    ]
    trs = "\n".join('<tr><td align="center">%d</td><td>%s</td><td>%s</td></tr>' % (n, _x(t), _x(a)) for n, t, a in answers)
    html = doc_html(
        '<p align="center"><b>ІНФОРМАЦІЯ</b></p>\n'
        '<p align="center"><b>про виконання Бобровицькою районною державною адміністрацією Плану заходів з '
        'підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації '
        'Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року</b></p>\n'
        '<table width="100%" cellspacing="0">\n<tr><th width="9%">№ пункту плану</th><th width="46%">Найменування заходу</th>'
        '<th width="45%">Стан виконання</th></tr>\n' + trs + '\n</table>\n<p>&nbsp;</p>\n'
        '<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.П. Мороз</p>',
        "Інформація Бобровицької РДА")
    doc = office(name + ".doc", "html", html)
    fname = "Інформація_Бобровицька_РДА_ІІ_півр_2013.doc"
    text = ("Доброго дня!\n\n"
            "Надсилаємо інформацію про виконання Плану заходів за ІІ півріччя 2013 р.\n"
            "Вих. № 01-19/2467 від 11.12.2013.\n\n"
            "--\n"
            "З повагою,\n"
            "Бобровицька РДА, загальний відділ\n"
            "mailto:rda-bobrovytsia@example.gov.ua")
    body = text_part(text, "windows-1251", "quoted-printable")
    root = multipart("mixed", [body, att_part(doc, fname, "bat")], bnd(name, "bat"))
    return message(name, "bat", "2013-12-11 09:17:44",
                   ("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"), (None, MAILBOX),
                   "Інформація Бобровицької РДА за ІІ півріччя 2013 р.", root,
                   subject_cs="windows-1251", subject_enc="Q",
                   extra_top=["Organization: Bobrovytsia RDA"])


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "HTML body table with a two-row header (number of events, participants, note) where «х» and «—» fill every count cell but two rows; the plain twin is the same table flattened with tabs; sent on the Monday after the deadline.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail(KEY)
def ph4_kultura():
    name = "ph4-kultura"
    intro = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Управління культури і туризму облдержадміністрації на виконання п. 16 Плану заходів з підвищення "
             "рівня відкритості та прозорості діяльності виконавчої влади в області надає інформацію за "
             "І півріччя 2013 року. Вибачте за затримку — у п'ятницю лист не відправився через збій пошти.")
    rows = [
        (1, "п. 1", "126", "—", "Розміщено на офіційному веб-сайті управління 126 інформаційних матеріалів, оновлено розділ «Культурна спадщина» (реєстр пам'яток — 2 814 об'єктів)"),
        (2, "п. 2", "х", "х", "х"),
        (3, "п. 6", "—", "—", "—"),
        (4, "п. 7", "—", "—", "—"),
        (5, "п. 8", "—", "—", ""),
        (6, "п. 9", "2", "45", "Обговорення проекту Програми розвитку культури Чернігівщини на 2013–2015 роки за участю членів Громадської ради при облдержадміністрації (протокол засідання комітету з гуманітарних питань № 3 від 19.04.2013)"),
        (7, "п. 12", "х", "х", "х"),
    ]
    sign = ("Заступник начальника управління культури і туризму облдержадміністрації\n"
            "О.В. Степаненко\n\n"
            "Вик. Руденко Л.П., тел. 67-50-94")
    plain = intro + "\n\n" + "№ з/п\tПункт Плану\tВиконано у І півріччі 2013 р.\n\t\tКількість заходів\tКількість учасників\tПримітка\n"
    plain += "\n".join("%d\t%s\t%s\t%s\t%s" % r for r in rows) + "\n\n" + sign
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">\n'
             '<tr><td rowspan=2 %s><p class=MsoNormal><b>№ з/п</b></p></td><td rowspan=2 %s><p class=MsoNormal><b>Пункт Плану</b></p></td>'
             '<td colspan=3 %s><p class=MsoNormal align=center><b>Виконано у І півріччі 2013 р.</b></p></td></tr>\n'
             '<tr><td %s><p class=MsoNormal><b>Кількість заходів</b></p></td><td %s><p class=MsoNormal><b>Кількість учасників</b></p></td>'
             '<td %s><p class=MsoNormal><b>Примітка</b></p></td></tr>\n' % ((td,) * 6))
    for r in rows:
        table += "<tr>" + "".join("<td %s><p class=MsoNormal>%s</p></td>" % (td, _x(v) if v else "&nbsp;") for v in
                                  (str(r[0]), r[1], r[2], r[3], r[4])) + "</tr>\n"
    table += "</table>"
    html = word_html(mso_paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table +
                     "\n<p class=MsoNormal>&nbsp;</p>\n" + mso_paras(sign), "windows-1251", "Microsoft Word 14 (filtered medium)")
    root = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                     text_part(html, "windows-1251", "quoted-printable", "html")],
                     bnd(name, "outlook", 0))
    return message(name, "outlook2010", "2013-06-17 08:55:10",
                   ("Управління культури і туризму ОДА", "kultura@example.gov.ua"), UVP_TO,
                   "Відкритий уряд - інформація УКіТ за І півріччя 2013", root,
                   subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "placeholder", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The public council's own three measures in a table: the web resource is reported, the forum row only promises the plan's own term and 15 carries «—»; a closing line lists «пункти 1, 2, 5–14» as outside its remit, which is no answer on them.",
       "items": [{"measure": 3, "source": "gromrada_vidkrytyi_uriad_2012.docx"}]}
@mail(KEY)
def ph5_gromrada():
    name = "ph5-gromrada"
    rows = [
        ("3", "Створення та підтримка роботи веб-ресурсу «Чернігівська громада»", "УВП облдержадміністрації",
         "Веб-ресурс «Чернігівська громада» (gromada.example.org.ua) запущено 01.11.2012; станом на 10.12.2012 зареєстровано 312 користувачів, розміщено 57 публікацій та 14 анонсів заходів інститутів громадянського суспільства. Модерацію здійснюють 3 члени комітету з питань інформаційної політики (рішення Громадської ради від 18.10.2012, протокол № 9)."),
        ("4", "Створення Інтернет-форуму на базі веб-ресурсу", "УВП облдержадміністрації",
         "Буде створено у І кварталі 2013 року відповідно до терміну, визначеного Планом."),
        ("15", "Громадське обговорення виконання заходів Плану", "УВП, регіональний координатор", "—"),
    ]
    trs = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _x(v) for v in r) for r in rows)
    html = doc_html(
        '<p align="center"><b>Інформація Громадської ради при облдержадміністрації щодо виконання заходів Плану, '
        'виконавцем яких визначено Громадську раду</b></p>\n'
        '<p align="center">(станом на 10.12.2012)</p>\n'
        '<table width="100%" cellspacing="0">\n<tr><th>№ пункту</th><th>Захід</th><th>Співвиконавці</th>'
        '<th>Стан виконання</th></tr>\n' + trs + '\n</table>\n'
        '<p>&nbsp;</p><p>Пункти 1, 2, 5–14 Плану до компетенції Громадської ради не належать.</p>\n'
        '<p>&nbsp;</p><p>Голова Громадської ради при облдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.В. Литвиненко</p>',
        "Громадська рада")
    docx = office(name + ".docx", "html", html)
    fname = "gromrada_vidkrytyi_uriad_2012.docx"
    text = ("Шановні колеги!\n\n"
            "Надсилаю інформацію Громадської ради при облдержадміністрації щодо виконання Плану заходів "
            "(файл у вкладенні).\n\n"
            "-- \n"
            "Секретар Громадської ради\n"
            "Тетяна Савчук\n"
            "067 461 22 80")
    body = text_part(flowed(text), "utf-8", "quoted-printable", ctparams="; format=flowed; delsp=yes",
                     cte_name="Quoted-Printable")
    root = multipart("mixed", [body, att_part(docx, fname, "ascii")], bnd(name, "other"))
    return message(name, "opera", "2012-12-14 17:30:05",
                   ("Громадська рада при ОДА", "gromrada@example.gov.ua"), (None, MAILBOX),
                   "Громадська рада - інформація по Плану заходів", root, subject_cs="utf-8")


# =======================================================================================
# 2. bp — bottom posts
# =======================================================================================

KEY = {"class": "bottom_post", "executor": "rda-nizhyn", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Answers typed between the «>» lines of zvit's overdue reminder, each under its quoted item; 7 is left unanswered, 12 gets a bare «не було», and the answers are full of protocol and decision numbers («протоколи № 7-11», «№ 17-14/VI»).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail(KEY)
def bp1_nizhyn():
    name = "bp1-nizhyn"
    missing = [1, 6, 7, 9, 10, 12]
    head, items, tail = reminder_parts("Ніжинська районна державна адміністрація", "15.12.2012",
                                       "16.12.2012", missing, overdue=True)
    answers = {
        1: "Пункт 1. На офіційному веб-сайті Ніжинської РДА створено підрозділ «Публічна інформація» "
           "(розпорядження голови РДА від 02.10.2012 № 341), за ІІ півріччя 2012 року розміщено 187 "
           "матеріалів, у т.ч. 52 проекти рішень та розпоряджень.",
        6: "Проведено 5 консультацій з громадськістю (протоколи № 7-11), у т.ч. громадські слухання щодо "
           "проекту районного бюджету на 2013 рік (29.11.2012, 73 учасники).",
        7: None,
        9: "Члени громадської ради при РДА взяли участь в обговоренні проекту районної програми «Питна "
           "вода Ніжинщини» на 2013-2015 рр., яку затверджено рішенням сесії районної ради № 17-14/VI "
           "від 20.11.2012.",
        10: "Громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та "
            "прозорості (лист від 05.10.2012 № 02-15/1440), питання включено до порядку денного "
            "засідання ради 20.12.2012.",
        12: "не було",
    }
    q = lambda t: wrap(t, 76, "> ")
    body = "16.12.2012 9:00, Управління внутрішньої політики ОДА пишет:\n"
    body += q(head) + "\n>\n"
    for m in missing:
        body += q(items[m]) + "\n"
        if answers[m]:
            body += "\n" + wrap(answers[m], 76) + "\n\n"
        else:
            body += ">\n"
    body += ">\n" + q(tail) + "\n\n"
    body += ("З повагою,\nОнищенко Надія,\nвідділ організаційної роботи та інформаційної діяльності\n"
             "апарату Ніжинської РДА\n")
    root = text_part(body, "UTF-8", "8bit")
    return message(name, "tb10", "2012-12-17 11:20:31",
                   ("Ніжинська РДА", "rda-nizhyn@example.gov.ua"), UVP_TO,
                   "Re: " + REMINDER_SUBJECT, root, in_reply_to=zvit_msgid(name))


KEY = {"class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Russian UI) reply typed below the whole quoted receipt, which sits under «-----Исходное сообщение-----» with no «>» and itself lists measures 1, 2, 6, 9 as recognised and 7, 8, 12 as awaited; the new text answers 7 and 8 and calls 12 «не стосується».",
       "items": [{"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail(KEY)
def bp2_zdorovia():
    name = "bp2-zdorovia"
    subj0 = "Інформація УОЗ про виконання Плану (Відкритий уряд)"
    rec = receipt("06.06.2013", subj0, "Управління охорони здоров'я облдержадміністрації", 2, "15.06.2013",
                  [(1, "на веб-сайті управління розміщено 94 матеріали, оновлено розділ «Лікарські засоби»…"),
                   (2, "звіти про виконання програми «Здоров'я населення Чернігівщини» на 2013–2015 роки…"),
                   (6, "проведено 3 консультації з громадськістю, у т.ч. громадські слухання…"),
                   (9, "члени Громадської ради взяли участь в обговоренні проекту програми…")],
                  [7, 8, 12])
    header = ("-----Исходное сообщение-----\n"
              "От: Управління внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net] \n"
              "Отправлено: 7 июня 2013 г. 10:12\n"
              "Кому: zdorovia@example.gov.ua\n"
              "Тема: " + RECEIPT_SUBJECT % subj0)
    new = ("Доповнюємо інформацію:\n\n"
           "По п. 7 — до складу Координаційної ради з питань протидії ВІЛ-інфекції/СНІДу та туберкульозу "
           "при облдержадміністрації включено 4 представники громадських організацій (розпорядження голови "
           "ОДА від 16.05.2013 № 205), у т.ч. голову БО «Позитивні люди Чернігова».\n\n"
           "По п. 8 — голова комітету Громадської ради з питань охорони здоров'я та соціального захисту "
           "Ковальчук І.П. введений до складу колегії управління охорони здоров'я (наказ від 22.04.2013 "
           "№ 318), відповідні зміни до Положення про управління погоджено.\n\n"
           "По п. 12 — не стосується.\n\n"
           "С уважением,\n"
           "Ирина Бондаренко\n"
           "сектор организационной работы УОЗ\n"
           "т. 67-43-90")
    plain = "\n" + header + "\n\n" + rec + "\n\n" + new
    html_in = ("<p class=MsoNormal><span lang=RU>&nbsp;<o:p></o:p></span></p>\n"
               "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
               "<p class=MsoNormal><b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>От:</span></b>"
               "<span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Управління внутрішньої політики ОДА "
               "[mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 7 июня 2013 г. 10:12<br><b>Кому:</b> zdorovia@example.gov.ua<br>"
               "<b>Тема:</b> %s<o:p></o:p></span></p>\n</div>\n" % _x(RECEIPT_SUBJECT % subj0)
               + mso_paras(rec) + "\n<p class=MsoNormal>&nbsp;</p>\n" + mso_paras(new))
    root = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                     text_part(word_html(html_in, "windows-1251", lang="RU"), "windows-1251",
                                               "quoted-printable", "html")], bnd(name, "outlook", 0))
    return message(name, "outlook-ru", "2013-06-11 14:48:02",
                   ("Бондаренко Ирина", "zdorovia@example.gov.ua"), UVP_TO,
                   "RE: " + RECEIPT_SUBJECT % subj0, root, subject_cs="windows-1251",
                   quoted_from=True, in_reply_to=zvit_msgid(name))


KEY = {"class": "bottom_post", "executor": "rda-korop", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply written under a blockquoted receipt (plain twin with «>»); the receipt's recognised excerpts and awaited list are quoted, the new text below answers 9 and 12 with quarter-by-quarter counts and protocol numbers.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def bp3_korop():
    name = "bp3-korop"
    subj0 = "Інформація Коропської РДА за ІІ півріччя 2013 р."
    rec = receipt("05.12.2013", subj0, "Коропська районна державна адміністрація", 3, "15.12.2013",
                  [(1, "на офіційному веб-сайті РДА розміщено 141 матеріал…"),
                   (6, "проведено 4 громадські слухання…"),
                   (7, "до складу районної ради з питань підприємництва включено…"),
                   (10, "громадська рада утворила робочу групу з питань відкритості…")],
                  [9, 12])
    attrib = "06.12.2013 08:14, Управління внутрішньої політики ОДА написав:"
    new = ("Доповнюємо інформацію за ІІ півріччя 2013 р.:\n\n"
           "п. 9 – члени громадської ради при РДА залучались до обговорення проектів 3 розпоряджень голови "
           "РДА та проекту Програми соціально-економічного розвитку району на 2014 рік: у ІІІ кварталі — "
           "2 обговорення (протоколи № 5, 6), у IV кварталі — 1 (протокол № 8 від 21.11.2013).\n\n"
           "п. 12 – громадська антикорупційна експертиза проекту розпорядження «Про затвердження Порядку "
           "надання адресної допомоги» проведена ГО «Коропська громадська ініціатива», 3 пропозиції "
           "враховано.")
    sig = "--\nСектор з питань внутрішньої політики\nКоропської районної державної адміністрації\nтел. (04656) 2-17-63"
    plain = attrib + "\n" + quote_lines(rec) + "\n\n" + new + "\n\n" + sig
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>%s</p>\n<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">'
            '<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n<pre>%s</pre>\n</blockquote>\n'
            '<p>%s</p>\n<div class="pre" style="margin: 0; padding: 0; font-family: monospace">%s</div>\n</body></html>\n'
            % (_x(attrib), _x(rec), "</p>\n<p>".join(_x(p).replace("\n", "<br />") for p in new.split("\n\n")),
               html_escape_lines(sig)))
    root = multipart("alternative", [text_part(flowed(plain), "UTF-8", "quoted-printable", ctparams="; format=flowed"),
                                     text_part(html, "UTF-8", "quoted-printable", "html")],
                     bnd(name, "roundcube"))
    return message(name, "roundcube", "2013-12-09 15:02:47",
                   ("Коропська РДА", "rda-korop@example.gov.ua"), UVP_TO,
                   "Re: " + RECEIPT_SUBJECT % subj0, root, in_reply_to=zvit_msgid(name))


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express reply under «----- Original Message -----» with «>» quotes: the answer sits under the quoted item 5 of the reminder, and a monthly table of hot-line figures with a totals row comes as an .xls.",
       "items": [{"measure": 5, "source": "body"},
                 {"measure": 5, "source": "Гаряча лінія_січень-травень 2013.xls"}]}
@mail(KEY)
def bp4_zvernennia():
    name = "bp4-zvernennia"
    head, items, tail = reminder_parts("Відділ роботи із зверненнями громадян апарату облдержадміністрації",
                                       "15.06.2013", "10.06.2013", [5])
    answer = ("Робота «гарячої лінії» голови облдержадміністрації (тел. 0-800-501-662) забезпечується "
              "щоденно з 9.00 до 18.00. За січень-травень 2013 року на «гарячу лінію» надійшло 1 247 "
              "звернень (на 11,3 % більше, ніж за відповідний період 2012 року), з них вирішено позитивно "
              "412, надано роз'яснення - 689, перебувають на розгляді - 146. Щомісячні узагальнення "
              "направляються керівництву облдержадміністрації. Помісячна розбивка - у таблиці, що додається.")
    q = lambda t: wrap(t, 76, ">")
    body = ("\n----- Original Message ----- \n"
            "From: Управління внутрішньої політики ОДА\n"
            "To: zvernennia@example.gov.ua\n"
            "Sent: Monday, June 10, 2013 9:00 AM\n"
            "Subject: " + REMINDER_SUBJECT + "\n\n\n")
    body += q(head) + "\n>\n" + q(items[5]) + "\n\n" + wrap(answer, 76) + "\n\n>\n" + q(tail) + "\n\n"
    body += "Бережна Світлана\nвідділ роботи із зверненнями громадян апарату облдержадміністрації\nтел. 67-40-12\n"
    months = [("Січень", 79, 128, 18), ("Лютий", 71, 121, 22), ("Березень", 88, 143, 31),
              ("Квітень", 85, 144, 27), ("Травень", 89, 153, 48)]
    rows = [["Інформація про роботу «гарячої лінії» голови облдержадміністрації у січні-травні 2013 року"], [],
            ["Місяць", "Надійшло звернень", "Вирішено позитивно", "Надано роз'яснення", "На розгляді"]]
    for mth, a, b, c in months:
        rows.append([mth, a + b + c, a, b, c])
    rows.append(["Всього", sum(a + b + c for _, a, b, c in months), sum(m[1] for m in months),
                 sum(m[2] for m in months), sum(m[3] for m in months)])
    rows += [[], ["* Дані за травень — станом на 31.05.2013"]]
    assert rows[-3][1] == 1247 and rows[-3][2] == 412 and rows[-3][3] == 689 and rows[-3][4] == 146
    xls = office(name + ".xls", "csv", csv(rows))
    root = multipart("mixed", [text_part(body, "windows-1251", "quoted-printable"),
                               att_part(xls, "Гаряча лінія_січень-травень 2013.xls", "outlook")],
                     bnd(name, "outlook", 0), preamble="This is a multi-part message in MIME format.")
    return message(name, "oe", "2013-06-13 10:10:20",
                   ("Відділ звернень громадян ОДА", "zvernennia@example.gov.ua"), UVP_TO,
                   "Re: " + REMINDER_SUBJECT, root, subject_cs="windows-1251", quoted_from=True,
                   in_reply_to=zvit_msgid(name))


KEY = {"class": "bottom_post", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "iPhone forward of the office's own letter of 10.12 (quoted with «>», reporting 1, 6, 9 and a bare 12) with «Надіслано з iPhone» above it and the supplement on 7 typed below it; only the supplement is new.",
       "items": [{"measure": 7, "source": "body"}]}
@mail(KEY)
def bp5_shchors():
    name = "bp5-shchors"
    earlier = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
               "Надаємо інформацію Щорської РДА щодо виконання Плану заходів (вих. № 03-11/1822 від 10.12.2012):\n\n"
               "п. 1 – на офіційному веб-сайті РДА за ІІ півріччя 2012 року розміщено 142 матеріали, створено "
               "розділ «Громадська рада»;\n"
               "п. 6 – проведено 3 консультації з громадськістю (громадські слухання щодо проекту районного "
               "бюджету на 2013 рік – 04.12.2012, 39 учасників);\n"
               "п. 9 – члени громадської ради при РДА залучались до обговорення проектів 2 розпоряджень;\n"
               "п. 12 – не проводились.\n\n"
               "Загальний відділ апарату Щорської РДА")
    new = ("Доповнення до нашого листа від 10.12.2012 № 03-11/1822:\n"
           "п. 7 – до складу Координаційної ради з питань розвитку підприємництва при РДА включено 2 "
           "представників ГО «Щорська ініціатива» та ГО «Союз підприємців Щорщини» (розпорядження голови "
           "РДА від 29.11.2012 № 409).\n"
           "Гордієнко В.")
    body = ("\n\nНадіслано з iPhone\n\nПочаток пересланого листа:\n\n"
            "> Від: Щорська РДА <rda-shchors@example.gov.ua>\n"
            "> Дата: 10 грудня 2012 р. 16:02:11 GMT+02:00\n"
            "> Кому: uvp@cg.ukrtel.net\n"
            "> Тема: Інформація Щорської РДА щодо виконання Плану заходів\n"
            ">\n" + quote_lines(earlier) + "\n\n" + new + "\n")
    root = text_part(body, "utf-8", "quoted-printable")
    return message(name, "iphone", "2012-12-12 19:44:09",
                   ("Щорська РДА", "rda-shchors@example.gov.ua"), (None, MAILBOX),
                   "Fwd: Інформація Щорської РДА щодо виконання Плану заходів", root)


# =======================================================================================
# 3. nr — not reports
# =======================================================================================

KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Outlook meeting request (plain, HTML and text/calendar METHOD:REQUEST) inviting to the seminar of measure 13 on 26.02.2013, citing the head's order № 9 and asking for lists of 2–3 participants per unit; nothing has happened yet.",
       "items": []}
@mail(KEY)
def nr1_cppk():
    name = "nr1-cppk"
    text = ("Шановні колеги!\n\n"
            "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної "
            "влади, органів місцевого самоврядування, державних установ, підприємств і організацій на "
            "виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
            "влади в області та розпорядження голови облдержадміністрації від 11.01.2013 № 9 запрошує "
            "представників управління на навчальний семінар «Інструменти політики сприяння розвитку "
            "громадянського суспільства: консультації з громадськістю», який відбудеться 26 лютого 2013 року "
            "о 10.00 в ауд. 305 Центру (м. Чернігів, вул. Шевченка, 48).\n\n"
            "Програма семінару розрахована на 6 навчальних годин (3 модулі). Просимо до 20.02.2013 надати "
            "списки учасників (заступники керівників структурних підрозділів, відповідальні за організацію "
            "консультацій з громадськістю, та спеціалісти, які їх організовують; орієнтовно 2-3 особи від "
            "підрозділу) на адресу cppk@example.gov.ua або за тел. 69-33-15.\n\n"
            "З повагою\n"
            "заступник директора Центру\n"
            "Г.М. Панченко")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:FLE Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T040000\n"
           "TZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
           "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nORGANIZER;CN=\"Чернігівський ЦППК\":MAILTO:cppk@example.gov.ua\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net\n"
           "DESCRIPTION;LANGUAGE=uk-UA:Навчальний семінар для заступників керівників структурних підрозділів\n"
           " та спеціалістів\\, які організовують консультації з громадськістю (п. 13 Плану заходів). Списки\n"
           "  учасників — до 20.02.2013.\n"
           "SUMMARY;LANGUAGE=uk-UA:Семінар «Інструменти політики сприяння розвитку громадянського суспільства»\n"
           "DTSTART;TZID=FLE Standard Time:20130226T100000\nDTEND;TZID=FLE Standard Time:20130226T160000\n"
           "UID:040000008200E00074C5B7101A82E00800000000B0D3F4A1C20ACE01000000000000000010000000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20130214T090000Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=uk-UA:м. Чернігів\\, вул. Шевченка\\, 48\\, ауд. 305\n"
           "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nEND:VALARM\n"
           "END:VEVENT\nEND:VCALENDAR")
    root = multipart("alternative", [
        text_part(text, "utf-8", "quoted-printable"),
        text_part(word_html(mso_paras(text), "utf-8", "Microsoft Word 14 (filtered medium)"), "utf-8",
                  "quoted-printable", "html"),
        text_part(ics, "utf-8", "base64", "calendar", ctparams="; method=REQUEST")],
        bnd(name, "outlook", 0))
    return message(name, "outlook2010", "2013-02-14 11:00:12",
                   ("Чернігівський ЦППК", "cppk@example.gov.ua"), UVP_TO,
                   "Запрошення: семінар «Інструменти політики сприяння розвитку громадянського суспільства» 26.02.2013",
                   root, extra_top=[])


KEY = {"class": "not_report", "executor": "rda-talalaivka", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Three numbered questions before the half-year report: whether to answer «пунктів 3–5, 11, 13–15», where to put a working group that the council already set up (a premise inside a question, with its protocol number), and whether to report by quarter.",
       "items": []}
@mail(KEY)
def nr2_talalaivka():
    name = "nr2-talalaivka"
    text = ("Добрий день!\n\n"
            "Готуємо інформацію за І півріччя 2013 року, просимо роз'яснити:\n\n"
            "1) чи потрібно подавати інформацію щодо пунктів 3–5, 11, 13–15 Плану, якщо виконавцем у них "
            "визначено УВП, Громадську раду та ЦППК, а не райдержадміністрації?\n"
            "2) у нас громадська рада при РДА ще у березні створила робочу групу з питань відкритості та "
            "прозорості (протокол № 2 від 12.03.2013) — це зазначати в п. 10 чи в п. 7?\n"
            "3) інформацію подавати окремо за І і ІІ квартали чи наростаючим підсумком з початку року?\n\n"
            "Дякуємо.\n\n"
            "-- \n"
            "Ярослав Кулик\n"
            "головний спеціаліст відділу організаційної роботи\n"
            "апарату Талалаївської РДА\n"
            "(04634) 2-11-07")
    root = text_part(flowed(text), "UTF-8", "8bit", ctparams="; format=flowed")
    return message(name, "tb17", "2013-06-05 13:25:40",
                   ("Талалаївська РДА", "rda-talalaivka@example.gov.ua"), (None, MAILBOX),
                   "Питання щодо подання інформації (Відкритий уряд)", root)


KEY = {"class": "not_report", "executor": "su-finansy", "period": 3, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Formal letter asking to move the term for «пунктів 2 та 9» to 20.12.2013 because of the 2014 budget session, promising the rest by 16.12; outgoing number and dates only.",
       "items": []}
@mail(KEY)
def nr3_finansy():
    name = "nr3-finansy"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Вих. № 08-03/3391 від 13.12.2013\n\n"
            "Головне фінансове управління облдержадміністрації у зв'язку з підготовкою проекту рішення "
            "обласної ради «Про обласний бюджет на 2014 рік» (розгляд на сесії 20.12.2013) просить продовжити "
            "термін подання інформації щодо виконання пунктів 2 та 9 Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області до 20.12.2013.\n\n"
            "Інформацію щодо решти пунктів Плану буде надано до 16.12.2013.\n\n"
            "Заступник начальника управління                С.О. Дорошенко\n\n"
            "Вик. Гуща О.В., 67-21-09")
    root = multipart("alternative", [
        text_part(text, "windows-1251", "quoted-printable"),
        text_part(word_html(mso_paras(text), "windows-1251", "Microsoft Word 11"), "windows-1251",
                  "quoted-printable", "html")], bnd(name, "outlook", 1))
    return message(name, "outlook2003", "2013-12-13 16:40:55",
                   ("Головне фінансове управління ОДА", "finansy@example.gov.ua"), UVP_TO,
                   "Про продовження терміну (вих. 08-03/3391)", root, subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "not_report", "executor": "rda-mena", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "One-line phone note that the information on «пп. 1, 6, 7, 9, 10, 12» will come by 16.12 after the board meets, the summary being «на підписі»; a list of measures with no answer.",
       "items": []}
@mail(KEY)
def nr4_mena():
    name = "nr4-mena"
    text = ("Доброго дня. Інформація Менської РДА щодо виконання пп. 1, 6, 7, 9, 10, 12 Плану за ІІ півріччя "
            "2013 р. буде надана до 16.12.2013, після засідання колегії РДА 13.12 (довідка зараз на підписі "
            "у голови). Вибачте за затримку.\nМаринич Л.\n\nНадіслано з мого Samsung Galaxy")
    root = text_part(text, "UTF-8", "base64")
    return message(name, "android", "2013-12-12 12:03:18",
                   (None, "rda-mena@example.gov.ua"), (None, MAILBOX),
                   "Менська РДА - Відкритий уряд", root)


KEY = {"class": "not_report", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Announces, with an order number and a PDF copy of the order (its own points 1–3), who now compiles the reports under «п. 16»; no measure is reported on.",
       "items": []}
@mail(KEY)
def nr5_semenivka():
    name = "nr5-semenivka"
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Повідомляємо, що розпорядженням голови районної державної адміністрації від 23.09.2013 № 287 "
            "«Про внесення змін до розпорядження голови райдержадміністрації від 11.10.2012 № 356» "
            "відповідальним за узагальнення та подання інформації щодо виконання Плану заходів з підвищення "
            "рівня відкритості та прозорості діяльності виконавчої влади в області (п. 16) визначено відділ "
            "організаційної роботи та інформаційної діяльності апарату РДА (начальник відділу — Руденко "
            "Віктор Іванович, тел. (04659) 2-15-33, e-mail rda-semenivka@example.gov.ua).\n"
            "Попередня відповідальна особа — Гончаренко О.М. — переведена на іншу посаду.\n\n"
            "Копію розпорядження на 2 арк. додаємо.\n\n"
            "Керівник апарату райдержадміністрації   Н.П. Лозова")
    html = doc_html(
        '<p align="center"><b>СЕМЕНІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b></p>'
        '<p align="center"><b>РОЗПОРЯДЖЕННЯ</b></p>'
        '<p>23 вересня 2013 року&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;м. Семенівка&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;№ 287</p>'
        '<p><b>Про внесення змін до розпорядження<br>голови райдержадміністрації<br>від 11.10.2012 № 356</b></p>'
        '<p>У зв\'язку з кадровими змінами в апараті райдержадміністрації, з метою забезпечення виконання '
        'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у '
        'рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови '
        'облдержадміністрації 10 вересня 2012 року:</p>'
        '<p>1. Внести зміни до пункту 2 розпорядження голови райдержадміністрації від 11.10.2012 № 356 '
        '«Про організацію виконання Плану заходів …», замінивши слова «загальний відділ апарату '
        'райдержадміністрації» словами «відділ організаційної роботи та інформаційної діяльності апарату '
        'райдержадміністрації».</p>'
        '<p>2. Відділу організаційної роботи та інформаційної діяльності апарату райдержадміністрації '
        '(Руденко В.І.) узагальнювати інформацію структурних підрозділів райдержадміністрації та подавати її '
        'управлінню з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації у терміни, '
        'визначені Планом.</p>'
        '<p>3. Контроль за виконанням цього розпорядження покласти на керівника апарату '
        'райдержадміністрації Лозову Н.П.</p>'
        '<p>&nbsp;</p><p>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.А. Сердюк</p>',
        "Розпорядження № 287")
    pdf = office(name + ".pdf", "html", html)
    root = multipart("mixed", [text_part(wrap(text, 76), "koi8-u", "quoted-printable"),
                               att_part(pdf, "Rozporyadzhennya_287.pdf", "ascii")], bnd(name, "bat"))
    return message(name, "bat", "2013-10-03 09:30:00",
                   ("Семенівська РДА", "rda-semenivka@example.gov.ua"), (None, MAILBOX),
                   "Про відповідальних за подання інформації (Відкритий уряд)", root,
                   subject_cs="koi8-u", subject_enc="B")


# =======================================================================================
# 4. rg — ranges and lists of measure numbers
# =======================================================================================

KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "One sheet row answers «6, 7, 9» as a block with counts and «Протоколи № 1–6» beside it; a footnote lists «2, 3–5, 8, 11, 13–15» as not applicable and the cover line names «пп. 1, 6, 7, 9, 10, 12» only to point at the table.",
       "items": [{"measure": 1, "source": "Ічнянська РДА - Відкритий уряд - І півріччя 2013.xlsx"},
                 {"measure": 6, "source": "Ічнянська РДА - Відкритий уряд - І півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Ічнянська РДА - Відкритий уряд - І півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Ічнянська РДА - Відкритий уряд - І півріччя 2013.xlsx"},
                 {"measure": 12, "source": "Ічнянська РДА - Відкритий уряд - І півріччя 2013.xlsx"}]}
@mail(KEY)
def rg1_ichnia():
    name = "rg1-ichnia"
    rows = [
        [C("Інформація Ічнянської районної державної адміністрації про виконання Плану заходів з підвищення "
           "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
           "«Партнерство „Відкритий уряд“» за І півріччя 2013 року", c=5, b=True)],
        None,
        [H("Пункт плану"), H("Зміст виконаної роботи"), H("Кількість заходів"), H("Кількість учасників"),
         H("Підстава (документ)")],
        ["1", "Офіційний веб-сайт РДА приведено у відповідність до вимог Закону України «Про доступ до публічної "
              "інформації»: створено розділ «Публічна інформація», розміщено 118 матеріалів, 19 проектів розпоряджень",
         118, "—", "Розпорядження голови РДА від 14.03.2013 № 112"],
        ["6, 7, 9", "Проведено 6 консультацій з громадськістю (громадські слухання, «круглі столи», засідання "
                    "громадської ради); до складу 3 дорадчих органів при РДА включено 5 представників громадських "
                    "організацій; члени громадської ради взяли участь в обговоренні 4 проектів розпоряджень голови "
                    "РДА та проекту Програми розвитку малого підприємництва на 2013–2014 роки",
         6, 214, "Протоколи № 1–6; розпорядження голови РДА від 28.02.2013 № 71"],
        ["10", "х", "", "", ""],
        ["12", "Громадську експертизу діяльності відділу освіти РДА проведено ГО «Ічнянська ініціатива» "
               "(лютий–квітень 2013 р.); за результатами розроблено план заходів з реалізації 12 експертних пропозицій",
         1, 17, "Розпорядження голови РДА від 22.04.2013 № 164"],
        ["16", "Інформацію надано", "", "", ""],
        None,
        ["Примітка: пункти 2, 3–5, 8, 11, 13–15 Плану не стосуються райдержадміністрації."],
        None,
        ["Керівник апарату РДА                                   С.М. Дяченко"],
    ]
    xlsx = office(name + ".xlsx", "fods", fods([("І півріччя", [2.0, 11.0, 2.6, 2.6, 5.5], rows)]))
    fname = "Ічнянська РДА - Відкритий уряд - І півріччя 2013.xlsx"
    text = ("Добрий день!\n\n"
            "Направляємо інформацію Ічнянської РДА щодо виконання пп. 1, 6, 7, 9, 10, 12 Плану заходів за "
            "І півріччя 2013 року (вих. № 01-20/1532 від 13.06.2013). Таблиця у вкладенні.\n\n"
            "З повагою\n"
            "Тетяна Шевель\n"
            "відділ організаційної роботи апарату Ічнянської РДА")
    alt = multipart("alternative", [
        text_part(text, "windows-1251", "quoted-printable"),
        text_part(word_html(mso_paras(text), "windows-1251", "Microsoft Word 14 (filtered medium)"),
                  "windows-1251", "quoted-printable", "html")], bnd(name, "outlook", 1))
    root = multipart("mixed", [alt, att_part(xlsx, fname, "outlook")], bnd(name, "outlook", 0))
    return message(name, "outlook2010", "2013-06-13 10:15:22",
                   ("Ічнянська РДА", "rda-ichnia@example.gov.ua"), UVP_TO,
                   "Ічнянська РДА - інформація за І півріччя 2013", root, subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "ranges", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own sector reports to the shared box in a sheet whose number cells read «3-4», «5», «10-11», «13, 14», «15», each block answered as one, beside a «№ з/п» 1–5; the row for 15 only plans the discussion for September, and the body names the same numbers only to point at the file.",
       "items": [{"measure": 3, "source": "УВП_власні_пункти_І_пів_2013.ods"},
                 {"measure": 4, "source": "УВП_власні_пункти_І_пів_2013.ods"},
                 {"measure": 5, "source": "УВП_власні_пункти_І_пів_2013.ods"},
                 {"measure": 10, "source": "УВП_власні_пункти_І_пів_2013.ods"},
                 {"measure": 11, "source": "УВП_власні_пункти_І_пів_2013.ods"},
                 {"measure": 13, "source": "УВП_власні_пункти_І_пів_2013.ods"},
                 {"measure": 14, "source": "УВП_власні_пункти_І_пів_2013.ods"}]}
@mail(KEY)
def rg2_uvp():
    name = "rg2-uvp"
    rows = [
        [C("Інформація управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
           "щодо виконання пунктів Плану, виконавцем яких визначено управління, за І півріччя 2013 року", c=4, b=True)],
        None,
        [H("№ з/п"), H("Пункти Плану"), H("Стан виконання"), H("Показники")],
        [1, "3-4", "Веб-ресурс «Чернігівська громада» функціонує; на його базі 15.03.2013 відкрито Інтернет-форум з "
                   "обговорення актуальних питань життєдіяльності області (17 тематичних розділів, 243 повідомлення, "
                   "96 зареєстрованих учасників)", "відвідувань за півріччя — 8 412"],
        [2, "5", "Спільно з відділом роботи із зверненнями громадян апарату облдержадміністрації забезпечено роботу "
                 "«гарячої лінії» голови облдержадміністрації; за І півріччя опрацьовано 1 488 звернень", 1488],
        [3, "10-11", "Громадським радам при райдержадміністраціях рекомендовано створити робочі групи з питань "
                     "відкритості та прозорості (лист від 15.01.2013 № 01-07/45), створено 9 робочих груп; проведено "
                     "2 Дні відкритих дверей управління (21.02.2013, 18.04.2013) для представників ІГС та ЗМІ",
         "9 груп; 58 учасників"],
        [4, "13, 14", "26.02.2013 спільно з Чернігівським ЦППК проведено навчальний семінар для заступників керівників "
                      "структурних підрозділів та спеціалістів, які організовують консультації (38 учасників); розроблено "
                      "та поширено методичний посібник «Консультації з громадськістю: практичні поради» (тираж 300 прим.)",
         "38 учасників; 300 прим."],
        [5, "15", "Громадське обговорення виконання заходів Плану заплановано на вересень 2013 р. спільно з "
                  "регіональним координатором та Громадською радою", ""],
    ]
    ods = office(name + ".ods", "fods", fods([("УВП", [1.3, 2.2, 13.0, 4.0], rows)]))
    fname = "УВП_власні_пункти_І_пів_2013.ods"
    text = ("Колеги, для зведення: наша частина за І півріччя — у файлі (пункти 3-4, 5, 10-11, 13, 14, 15).\n"
            "Цифри по «гарячій лінії» звірені з відділом звернень станом на 14.06.\n\n"
            "Оксана\n"
            "сектор інформаційно-аналітичної роботи УВП")
    body = text_part(flowed(text), "UTF-8", "8bit", ctparams="; format=flowed")
    root = multipart("mixed", [body, att_part(ods, fname, "tb")], bnd(name, "tb"),
                     preamble="This is a multi-part message in MIME format.")
    return message(name, "tb17", "2013-06-14 17:55:03",
                   ("Оксана Терещенко", "uvp-info@example.gov.ua"), (None, MAILBOX),
                   "УВП - власні пункти Плану, І півріччя", root)


KEY = {"class": "ranges", "executor": "rda-koriukivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain letter in KOI8-U: «По пп. 6-9, 12» answered as one paragraph (so 8, not owed by a district, counts too, and the denied reviews do not stop the block), while «По пп. 10, 16» only points to an earlier letter; «2013-2015 рр.» and «№ 01-12/2011» sit nearby.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def rg3_koriukivka():
    name = "rg3-koriukivka"
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Корюківська районна державна адміністрація на виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області повідомляє.\n\n"
            "По п. 1: на офіційному веб-сайті райдержадміністрації створено розділ \"Доступ до публічної "
            "інформації\", у ІІ півріччі 2012 р. розміщено 156 матеріалів; сайт переведено на новий хостинг "
            "01.10.2012.\n\n"
            "По пп. 6-9, 12: протягом ІІ півріччя 2012 року проведено 3 громадські обговорення (проекти "
            "районного бюджету на 2013 рік, Програми розвитку культури на 2013-2015 рр. та Програми \"Шкільний "
            "автобус\"), в яких взяли участь 127 осіб, у т.ч. 9 членів громадської ради при РДА; до складу 2 "
            "дорадчих органів включено представників громадських організацій; громадські експертизи не "
            "проводились.\n\n"
            "По пп. 10, 16: інформацію надано листом від 05.12.2012 № 01-12/2011.\n\n"
            "Голова райдержадміністрації                    О.М. Прищепа\n\n"
            "Вик. Лисенко Н.В., 2-14-58")
    root = text_part(wrap(text, 76), "koi8-u", "8bit")
    return message(name, "oe", "2012-12-10 14:10:50",
                   ("Корюківська РДА", "rda-koriukivka@example.gov.ua"), UVP_TO,
                   "Інформація Корюківської РДА", root, subject_cs="koi8-u", subject_enc="Q", quoted_from=True)


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word table whose «№ пункту Плану» cells read «1, 2», «6 – 9» and «12» beside a «№ з/п» 1.–3.; the 6–9 block answers all four at once, 12 carries «—», and the cover note lists «1, 2, 6–9, 12» only to point at the document.",
       "items": [{"measure": 1, "source": "Інформація УПСЗН ІІ півріччя 2013.docx"},
                 {"measure": 2, "source": "Інформація УПСЗН ІІ півріччя 2013.docx"},
                 {"measure": 6, "source": "Інформація УПСЗН ІІ півріччя 2013.docx"},
                 {"measure": 7, "source": "Інформація УПСЗН ІІ півріччя 2013.docx"},
                 {"measure": 8, "source": "Інформація УПСЗН ІІ півріччя 2013.docx"},
                 {"measure": 9, "source": "Інформація УПСЗН ІІ півріччя 2013.docx"}]}
@mail(KEY)
def rg4_sotszakhyst():
    name = "rg4-sotszakhyst"
    rows = [
        ("1.", "1, 2", "Інформаційне наповнення веб-сайту; рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»",
         "На офіційному веб-сайті управління щокварталу оновлюються звіти про виконання 4 обласних цільових програм "
         "(у т.ч. Комплексної програми підтримки сім'ї на 2011–2015 роки); для рубрики «Хід виконання цільових програм» "
         "сайту облдержадміністрації направлено 8 звітів (листи від 11.07.2013 № 06-18/4117 та від 10.10.2013 № 06-18/5922)."),
        ("2.", "6 – 9", "Консультації з громадськістю, дорадчі органи, колегія, обговорення проектів",
         "Проведено 11 консультацій з громадськістю (з них 6 — публічні обговорення, 3 — електронні консультації, "
         "2 — вивчення громадської думки), у т.ч. щодо проекту обласної програми «Турбота» на 2014–2016 роки; до складу "
         "обласної ради у справах ветеранів включено 3 представників громадських організацій; до складу колегії управління "
         "введено голову комітету Громадської ради з питань соціального захисту (наказ від 02.09.2013 № 201); члени "
         "громадської ради залучались до обговорення 3 проектів наказів управління."),
        ("3.", "12", "Громадські експертизи", "—"),
    ]
    trs = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _x(v) for v in r) for r in rows)
    html = doc_html(
        '<p align="right">Додаток<br>до листа від 13.12.2013 № 06-18/7310</p>'
        '<p align="center"><b>Інформація управління праці та соціального захисту населення облдержадміністрації '
        'про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в '
        'області за ІІ півріччя 2013 року</b></p>\n<table width="100%" cellspacing="0">\n'
        '<tr><th width="6%">№ з/п</th><th width="10%">№ пункту Плану</th><th width="28%">Зміст заходу</th>'
        '<th>Стан виконання</th></tr>\n' + trs + '\n</table>\n'
        '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.В. Харченко</p>',
        "УПСЗН")
    docx = office(name + ".docx", "html", html)
    fname = "Інформація УПСЗН ІІ півріччя 2013.docx"
    text = ("Добрий день!\n\n"
            "Надаємо інформацію щодо виконання пунктів 1, 2, 6–9, 12 Плану заходів за ІІ півріччя 2013 року "
            "(додаток на 3 арк.).\n"
            "Вих. № 06-18/7310 від 13.12.2013\n\n"
            "З повагою,\n"
            "Мирошниченко Алла\n"
            "відділ організаційної роботи управління праці та соціального захисту населення")
    alt = multipart("alternative", [
        text_part(text, "utf-8", "quoted-printable"),
        text_part(word_html(mso_paras(text), "utf-8", "Microsoft Word 14 (filtered medium)"),
                  "utf-8", "quoted-printable", "html")], bnd(name, "outlook", 1))
    root = multipart("mixed", [alt, att_part(docx, fname, "outlook-utf8")], bnd(name, "outlook", 0))
    return message(name, "outlook2010", "2013-12-13 11:30:14",
                   ("УПСЗН ОДА", "sotszakhyst@example.gov.ua"), UVP_TO,
                   "Інформація УПСЗН (Відкритий уряд) ІІ півріччя 2013", root, quoted_from=True)


KEY = {"class": "ranges", "executor": "rda-sribne", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian letter answering «По пунктам 1 и 6» and «По пунктам 7, 9 – 10» as blocks, with «2013-2020 гг.» and the outgoing «№ 02-14/988» around them; «Пункт 12 – не проводились» is a bare negation; sent the Tuesday after the deadline.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail(KEY)
def rg5_sribne():
    name = "rg5-sribne"
    text = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Сребнянская районная государственная администрация сообщает о выполнении Плана мероприятий по "
            "повышению уровня открытости и прозрачности деятельности исполнительной власти в области за "
            "I полугодие 2013 года (исх. № 02-14/988 от 17.06.2013).\n\n"
            "По пунктам 1 и 6: на официальном веб-сайте райгосадминистрации за полугодие размещено 96 "
            "материалов, проведено 2 общественных слушания (по проекту районной программы «Питьевая вода» на "
            "2013-2020 гг. — 04.04.2013, 38 участников, и по отчету об исполнении районного бюджета за 2012 год "
            "— 22.05.2013, 51 участник).\n\n"
            "По пунктам 7, 9 – 10: представители 4 общественных организаций включены в состав районной "
            "комиссии по вопросам защиты прав ребенка и координационного совета по делам молодежи "
            "(распоряжение председателя РГА от 12.03.2013 № 58); члены общественного совета при РГА "
            "привлекались к обсуждению проектов 3 распоряжений; общественному совету рекомендовано создать "
            "рабочую группу по вопросам открытости (письмо от 10.04.2013 № 02-14/512).\n\n"
            "Пункт 12 – не проводились.\n\n"
            "Заместитель председателя райгосадминистрации        А.В. Коцюба")
    root = text_part(wrap(text, 76), "windows-1251", "quoted-printable")
    return message(name, "bat", "2013-06-18 09:05:37",
                   ("Сребнянская РГА", "rda-sribne@example.gov.ua"), (None, MAILBOX),
                   "Информация Сребнянской РГА за I полугодие 2013 г.", root,
                   subject_cs="windows-1251", subject_enc="Q")


# =======================================================================================
# 5. pr — prose without plan numbers
# =======================================================================================

KEY = {"class": "prose", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Formal PDF letter with subject headings and no plan numbers; one paragraph covers the consultations and the public council's part in discussing a draft programme (6 and 9), the collegium heading answers 8, and a passing «розміщено на офіційному сайті» sits inside the consultations paragraph.",
       "items": [{"measure": 1, "source": "Інформація_УОН_Відкритий_уряд.pdf"},
                 {"measure": 6, "source": "Інформація_УОН_Відкритий_уряд.pdf"},
                 {"measure": 8, "source": "Інформація_УОН_Відкритий_уряд.pdf"},
                 {"measure": 9, "source": "Інформація_УОН_Відкритий_уряд.pdf"}]}
@mail(KEY)
def pr1_osvita():
    name = "pr1-osvita"
    html = doc_html(
        '<p align="center"><b>УПРАВЛІННЯ ОСВІТИ І НАУКИ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b></p>'
        '<p align="center">вул. Шевченка, 34, м. Чернігів, 14013, тел. 67-58-11</p><hr>'
        '<p>12.06.2013 № 04-08/3117&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;на № 01-07/688 від 20.05.2013</p>'
        '<p style="margin-left:9cm">Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації</p>'
        '<p><b>Про виконання Плану заходів</b></p>'
        '<p>На Ваш лист повідомляємо про хід виконання у І півріччі 2013 року Плану заходів з підвищення рівня '
        'відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
        '«Партнерство „Відкритий уряд“».</p>'
        '<p><b><i>Офіційний веб-сайт управління</i></b></p>'
        '<p>Протягом січня–травня 2013 року сайт управління переведено на нову платформу, створено розділи '
        '«Публічна інформація», «Громадська рада» та «Атестація педагогічних кадрів». Розміщено 317 новин і '
        'оголошень, 24 накази управління, що мають загальний характер.</p>'
        '<p><b><i>Консультації з громадськістю та участь громадської ради</i></b></p>'
        '<p>Відповідно до орієнтовного плану проведення консультацій з громадськістю на 2013 рік (наказ від '
        '11.01.2013 № 12) проведено 9 консультацій, зокрема громадське обговорення проекту обласної програми '
        '«Обдарована молодь» на 2013–2016 роки (лютий 2013 р., 148 учасників, 37 пропозицій, з них враховано 21). '
        'До обговорення проекту програми залучались члени Громадської ради при облдержадміністрації: проект '
        'розглянуто на засіданні комітету з гуманітарних питань 19.02.2013. Матеріали обговорення розміщено на '
        'офіційному сайті управління.</p>'
        '<p><b><i>Колегія управління</i></b></p>'
        '<p>Наказом від 01.03.2013 № 98 до складу колегії управління введено голову комітету Громадської ради '
        'з гуманітарних питань Сидоренка П.М.; зміни до Положення про управління освіти і науки погоджено.</p>'
        '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Н.І. Савченко</p>'
        '<p style="font-size:9pt">Вик. Литвиненко Л.А., 67-58-24</p>',
        "Лист УОН")
    pdf = office(name + ".pdf", "html", html)
    fname = "Інформація_УОН_Відкритий_уряд.pdf"
    text = "Доброго дня,\n\nнадсилаю лист управління освіти і науки (вих. № 04-08/3117).\n\nЗ повагою,\nЛюдмила Литвиненко"
    html_b = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
              '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">'
              + "".join("<div>%s</div>" % (_x(l) if l else "<br>") for l in text.split("\n")) + "</body></html>")
    alt = multipart("alternative", [text_part(text, "utf-8", "quoted-printable"),
                                    text_part(html_b, "utf-8", "quoted-printable", "html")], bnd(name, "apple", 1))
    root = multipart("mixed", [alt, att_part(pdf, fname, "2231")], bnd(name, "apple", 0))
    return message(name, "apple", "2013-06-12 15:20:40",
                   ("Людмила Литвиненко", "osvita@example.gov.ua"), (None, MAILBOX),
                   "Лист УОН про виконання Плану заходів", root)


KEY = {"class": "prose", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "RTF prose: meetings with village residents and a survey are the consultations, and one paragraph covers both the advisory bodies (7) and the council's new working group on openness (10); the site appears only as where the meetings were covered.",
       "items": [{"measure": 6, "source": "N-Siverska_RDA_info.rtf"},
                 {"measure": 7, "source": "N-Siverska_RDA_info.rtf"},
                 {"measure": 10, "source": "N-Siverska_RDA_info.rtf"}]}
@mail(KEY)
def pr2_novhorod():
    name = "pr2-novhorod"
    html = doc_html(
        '<p align="center"><b>НОВГОРОД-СІВЕРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ</b></p>'
        '<p align="center"><b>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості '
        'діяльності виконавчої влади в області у ІІ півріччі 2013 року</b></p>'
        '<p style="text-indent:1.25cm">Райдержадміністрація продовжує роботу з налагодження діалогу з громадськістю. '
        'У липні – листопаді 2013 року проведено 4 зустрічі з мешканцями сіл Кудлаївка, Биринь, Грем\'яч та Орлівка '
        'щодо оптимізації мережі загальноосвітніх навчальних закладів району (загалом 312 учасників), проведено '
        'опитування батьків учнів (214 анкет). Інформація висвітлена на офіційному сайті РДА та в районній газеті '
        '«Сіверський край».</p>'
        '<p style="text-indent:1.25cm">До складу районної комісії з питань техногенно-екологічної безпеки і '
        'надзвичайних ситуацій та районної ради з питань безпечної життєдіяльності населення включено представників '
        'громадських організацій «Сіверщина» і «Спілка ветеранів Афганістану» (розпорядження голови РДА від '
        '19.08.2013 № 233). Громадська рада при райдержадміністрації на засіданні 17.10.2013 (протокол № 4) утворила '
        'у своєму складі робочу групу з питань відкритості та прозорості діяльності райдержадміністрації у складі '
        '5 осіб, як це було рекомендовано райдержадміністрацією.</p>'
        '<p>&nbsp;</p><p>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.О. Пархоменко</p>',
        "Новгород-Сіверська РДА")
    rtf = office(name + ".rtf", "html", html)
    fname = "N-Siverska_RDA_info.rtf"
    text = ("Надсилаємо інформацію Новгород-Сіверської РДА про виконання Плану заходів за ІІ півріччя 2013 р. "
            "(вих. № 01-21/3012 від 10.12.2013).\n\nЗагальний відділ апарату РДА")
    root = multipart("mixed", [text_part(wrap(text, 76), "windows-1251", "quoted-printable"),
                               att_part(rtf, fname, "ascii", ctype="application/msword")],
                     bnd(name, "outlook", 0), preamble="This is a multi-part message in MIME format.")
    return message(name, "oe", "2013-12-10 10:50:03",
                   ("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua"), UVP_TO,
                   "Інформація Н-Сіверської РДА", root, subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "prose", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Outlook letter in prose: the site section, a public hearing with participant and proposal counts, and a denial that names anti-corruption reviews count; the collegium paragraph only says the question will be considered on 20.12.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def pr3_apk():
    name = "pr3-apk"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Головне управління агропромислового розвитку облдержадміністрації на виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє.\n\n"
            "На офіційному веб-сайті головного управління створено розділ «Державна підтримка АПК», у якому "
            "щотижня оприлюднюються переліки отримувачів бюджетних коштів; за жовтень–листопад 2012 року "
            "розміщено 46 публікацій, оновлено розділ «Регуляторна політика».\n\n"
            "21.11.2012 проведено громадські слухання щодо проекту Програми розвитку сільського господарства "
            "Чернігівської області на 2013–2015 роки (64 учасники, у т.ч. 11 представників фермерських "
            "об'єднань, протокол № 1). Пропозиції учасників (23) узагальнено, 14 з них враховано.\n\n"
            "Громадських антикорупційних експертиз проектів наказів головного управління у звітному періоді "
            "не проводилось, звернень від інститутів громадянського суспільства щодо їх проведення не "
            "надходило.\n\n"
            "Питання щодо введення голови комітету Громадської ради з питань АПК до складу колегії головного "
            "управління буде розглянуто на засіданні колегії 20.12.2012.\n\n"
            "Вих. № 12-04/2281 від 29.11.2012\n\n"
            "Заступник начальника головного управління          М.П. Грищенко")
    root = text_part(word_html(mso_paras(text), "windows-1251"), "windows-1251", "quoted-printable", "html")
    return message(name, "outlook2007", "2012-11-29 16:12:26",
                   ("ГУ АПР облдержадміністрації", "apk@example.gov.ua"), UVP_TO,
                   "Інформація ГУАПР щодо Плану заходів (Відкритий уряд)", root, subject_cs="windows-1251",
                   quoted_from=True)


KEY = {"class": "prose", "executor": "rda-ripky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian .doc in prose with no numbers of the plan: the site, three public hearings under the district's consultation plan, and council members drawn into discussing five draft orders; order numbers and years abound.",
       "items": [{"measure": 1, "source": "Repki_RGA_info_2013.doc"},
                 {"measure": 6, "source": "Repki_RGA_info_2013.doc"},
                 {"measure": 9, "source": "Repki_RGA_info_2013.doc"}]}
@mail(KEY)
def pr4_ripky():
    name = "pr4-ripky"
    html = doc_html(
        '<p align="center"><b>РЕПКИНСКАЯ РАЙОННАЯ ГОСУДАРСТВЕННАЯ АДМИНИСТРАЦИЯ</b></p>'
        '<p align="center"><b>Информация<br>о выполнении Плана мероприятий по повышению уровня открытости и '
        'прозрачности деятельности исполнительной власти в области в рамках реализации Инициативы «Партнерство '
        '„Открытое правительство“» за I полугодие 2013 года</b></p>'
        '<p style="text-indent:1.25cm">На официальном веб-сайте райгосадминистрации в январе–мае 2013 года размещено '
        '132 информационных материала, обновлены разделы «Обращения граждан» и «Регуляторная деятельность», открыт '
        'раздел «Общественный совет».</p>'
        '<p style="text-indent:1.25cm">В соответствии с ориентировочным планом проведения консультаций с '
        'общественностью на 2013 год (распоряжение председателя РГА от 15.01.2013 № 11) проведено 3 общественных '
        'слушания: по проекту районного бюджета на 2013 год, по вопросу реорганизации районной больницы '
        '(87 участников) и по проекту Программы развития туризма на 2013–2017 годы.</p>'
        '<p style="text-indent:1.25cm">Члены общественного совета при райгосадминистрации привлечены к обсуждению '
        'проектов 5 распоряжений председателя РГА (в т.ч. от 14.03.2013 № 112 «О мерах по благоустройству '
        'населенных пунктов района»), по результатам внесено 8 предложений.</p>'
        '<p>&nbsp;</p><p>Заместитель председателя райгосадминистрации&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.Н. Ткач</p>',
        "Репкинская РГА")
    doc = office(name + ".doc", "html", html)
    text = ("Добрый день!\n\nНаправляем информацию Репкинской РГА за первое полугодие 2013 года.\n\n"
            "-- \nС уважением,\nотдел организационной работы аппарата РГА\nМельник О.А.")
    body = text_part(flowed(text), "koi8-r", "8bit", ctparams="; format=flowed; delsp=yes", cte_name="8bit")
    root = multipart("mixed", [body, att_part(doc, "Repki_RGA_info_2013.doc", "ascii")], bnd(name, "other"))
    return message(name, "opera", "2013-05-30 11:45:11",
                   ("Репкинская РГА", "rda-ripky@example.gov.ua"), (None, MAILBOX),
                   "Информация Репкинской РГА", root, subject_cs="koi8-r")


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Archive's .odt in prose: virtual exhibitions on the site, an advisory council with NGO members, e-consultations on a draft order; the paragraph on the «експертно-перевірна комісія» is archival appraisal, not a public review, and «з 02 по 30 вересня» is a date span.",
       "items": [{"measure": 1, "source": "Держархів_Відкритий_уряд_2013.odt"},
                 {"measure": 6, "source": "Держархів_Відкритий_уряд_2013.odt"},
                 {"measure": 7, "source": "Держархів_Відкритий_уряд_2013.odt"}]}
@mail(KEY)
def pr5_arkhiv():
    name = "pr5-arkhiv"
    html = doc_html(
        '<p align="center"><b>ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b></p>'
        '<p align="center"><b>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості '
        'діяльності виконавчої влади в області у 2013 році</b></p>'
        '<p style="text-indent:1.25cm">Протягом 2013 року на веб-сайті Державного архіву області створено віртуальні '
        'виставки «Чернігівщина у 1932–1933 роках» та «Земляки — Герої Радянського Союзу» (разом 214 документів), '
        'оприлюднено путівник по фондах (3 118 фондів), річні плани роботи і звіти.</p>'
        '<p style="text-indent:1.25cm">Наказом директора від 12.08.2013 № 54 до складу науково-методичної ради при '
        'Держархіві області (дорадчий орган) включено 3 представників громадських організацій, зокрема голову '
        'Чернігівської обласної організації Українського товариства охорони пам\'яток історії та культури.</p>'
        '<p style="text-indent:1.25cm">Проведено 6 засідань експертно-перевірної комісії, схвалено 42 описи справ '
        'постійного зберігання та 17 номенклатур справ.</p>'
        '<p style="text-indent:1.25cm">З 02 по 30 вересня 2013 року проведено електронні консультації з громадськістю '
        'щодо проекту наказу «Про затвердження Порядку користування документами Національного архівного фонду у '
        'читальному залі» (надійшло 18 пропозицій, враховано 11).</p>'
        '<p>&nbsp;</p><p>Директор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.М. Шевчук</p>',
        "Держархів")
    odt = office(name + ".odt", "html", html)
    fname = "Держархів_Відкритий_уряд_2013.odt"
    text = ("Доброго дня!\n\nНадсилаємо інформацію Держархіву області за 2013 рік. Вибачте за запізнення — лист "
            "підписано лише сьогодні.\n\n-- \nЗ повагою,\nТетяна Кравець\nвідділ інформації та використання "
            "документів\nДержавний архів Чернігівської області")
    body = text_part(flowed(text), "UTF-8", "8bit", ctparams="; format=flowed")
    root = multipart("mixed", [body, att_part(odt, fname, "tb")], bnd(name, "tb"),
                     preamble="This is a multi-part message in MIME format.")
    return message(name, "tb24", "2013-12-16 09:40:29",
                   ("Тетяна Кравець", "arkhiv@example.gov.ua"), (None, MAILBOX),
                   "Держархів - Відкритий уряд 2013", root)


# =======================================================================================
# 6. fn — numbers that are not the plan's
# =======================================================================================

KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sheet with «№ з/п» 1–6 on the left and the plan number in the middle column (1, 6, 7, 9, 10, 12), a count column, and a «Всього» row adding unrelated counts; 7 has «—» and 12 a bare «не проводились» with a 0.",
       "items": [{"measure": 1, "source": "Прилуцька РДА_план_відкритий_уряд.xls"},
                 {"measure": 6, "source": "Прилуцька РДА_план_відкритий_уряд.xls"},
                 {"measure": 9, "source": "Прилуцька РДА_план_відкритий_уряд.xls"},
                 {"measure": 10, "source": "Прилуцька РДА_план_відкритий_уряд.xls"}]}
@mail(KEY)
def fn1_pryluky():
    name = "fn1-pryluky"
    rows = [
        ["Інформація Прилуцької районної державної адміністрації про виконання Плану заходів з підвищення рівня "
         "відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2012 року"],
        [],
        ["№ з/п", "Назва заходу", "№ пункту плану", "Виконавець", "Стан виконання", "Кількість"],
        [1, "Інформаційне наповнення офіційного веб-сайту РДА", 1, "Загальний відділ апарату РДА",
         "На сайті РДА розміщено 203 матеріали, створено розділи «Публічна інформація» та «Громадська рада»; "
         "проведено аудит сайту на відповідність постанові КМУ від 04.01.2002 № 3 (акт від 15.10.2012)", 203],
        [2, "Консультації з громадськістю", 6, "Структурні підрозділи РДА",
         "Проведено 4 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік "
         "(протокол № 2 від 27.11.2012), 2 «круглі столи», 1 опитування", 4],
        [3, "Залучення представників ІГС до дорадчо-консультативних органів", 7, "Апарат РДА", "—", ""],
        [4, "Залучення членів громадської ради до обговорення проектів", 9, "Структурні підрозділи РДА",
         "Члени громадської ради залучались до обговорення проектів 2 розпоряджень голови РДА та районної програми "
         "«Молодь Прилуччини» на 2013–2016 роки", 3],
        [5, "Комісія (робоча група) з питань відкритості та прозорості", 10, "Апарат РДА",
         "Громадській раді при РДА рекомендовано створити комісію з питань відкритості та прозорості (лист від "
         "19.10.2012 № 10-05/889)", 1],
        [6, "Громадські експертизи", 12, "Структурні підрозділи РДА", "не проводились", 0],
        ["", "Всього", "", "", "", 211],
        [],
        ["Відповідальний: Костенко А.В., тел. 3-16-42"],
    ]
    xls = office(name + ".xls", "csv", csv(rows))
    fname = "Прилуцька РДА_план_відкритий_уряд.xls"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Інформація Прилуцької РДА щодо виконання Плану заходів (вих. № 10-05/1105 від 14.12.2012) у вкладенні.\n\n"
            "Костенко Алла\nзагальний відділ апарату Прилуцької РДА")
    alt = multipart("alternative", [
        text_part(text, "windows-1251", "quoted-printable"),
        text_part(word_html(mso_paras(text), "windows-1251", "Microsoft Word 11"), "windows-1251",
                  "quoted-printable", "html")], bnd(name, "outlook", 1))
    root = multipart("mixed", [alt, att_part(xls, fname, "outlook")], bnd(name, "outlook", 0),
                     preamble="This is a multi-part message in MIME format.")
    return message(name, "outlook2003", "2012-12-14 12:30:08",
                   ("Прилуцька РДА", "rda-pryluky@example.gov.ua"), UVP_TO,
                   "Прилуцька РДА - Відкритий уряд", root, subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "foreign_numbers", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Letter from a document system with its own paragraphs 1.–4., the office's own plan item «п. 2.3», sub-items «а)», «б)», outgoing and incoming numbers; paragraph 2 is measure 6 and paragraph 3 measure 9, and paragraph 4 lists «2, 7, 8, 12» only to promise them by 15.06.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail(KEY)
def fn2_zhkh():
    name = "fn2-zhkh"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Вих. № 07-11/1244 від 25.04.2013\n"
            "На № 01-07/412 від 02.04.2013\n\n"
            "Управління житлово-комунального господарства облдержадміністрації повідомляє.\n\n"
            "1. Щодо інформаційного наповнення веб-сайту (п. 1 Плану заходів): на сторінці управління на "
            "офіційному сайті облдержадміністрації щомісяця оновлюється інформація про тарифи на "
            "житлово-комунальні послуги (оновлено 4 рази у І кварталі), розміщено 27 матеріалів, у т.ч. звіт "
            "про виконання регіональної програми «Питна вода Чернігівщини» за 2012 рік.\n\n"
            "2. На виконання п. 2.3 Плану заходів управління на 2013 рік (затверджений наказом від 10.01.2013 "
            "№ 3) проведено 2 громадські обговорення щодо встановлення тарифів на послуги з централізованого "
            "водопостачання та водовідведення у м. Ніжин і смт Козелець (12.03.2013 та 28.03.2013, разом 94 "
            "учасники), що відповідає п. 6 Плану заходів облдержадміністрації.\n\n"
            "3. Члени Громадської ради при облдержадміністрації залучені до обговорення проекту Програми "
            "реформування і розвитку житлово-комунального господарства області на 2013–2014 роки (п. 9 Плану):\n"
            "   а) проект розглянуто на засіданні комітету з питань ЖКГ 04.04.2013;\n"
            "   б) надано 7 пропозицій, з них враховано 5.\n\n"
            "4. Інформацію щодо пунктів 2, 7, 8, 12 Плану буде подано до 15.06.2013.\n\n"
            "Начальник управління                     В.О. Ярошенко\n\n"
            "Документ створено в системі електронного документообігу «АСКОД».")
    root = text_part(text, "windows-1251", "base64")
    return message(name, "cdo", "2013-04-25 14:00:07",
                   ("Управління ЖКГ ОДА", "zhkh@example.gov.ua"), (None, MAILBOX),
                   "Вих. № 07-11/1244 від 25.04.2013", root, subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "foreign_numbers", "executor": "rda-kulykivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word table with «№ з/п» 1–8 and a «Пункт Плану» cell for 6 merged over three rows of sub-items «1)–3)», each with its protocol number and participant count; a session decision «№ 23-18/VI» and an order «№ 301» for 7; 9, 10, 12 carry «х».",
       "items": [{"measure": 1, "source": "Куликівська_РДА_ІІ_півріччя_2013.docx"},
                 {"measure": 6, "source": "Куликівська_РДА_ІІ_півріччя_2013.docx"},
                 {"measure": 7, "source": "Куликівська_РДА_ІІ_півріччя_2013.docx"}]}
@mail(KEY)
def fn3_kulykivka():
    name = "fn3-kulykivka"
    trs = (
        '<tr><td>1</td><td align="center">1</td><td>Офіційний веб-сайт РДА: оновлено розділи «Бюджет», «Регуляторна діяльність», '
        'розміщено 176 матеріалів</td><td>—</td><td>—</td></tr>\n'
        '<tr><td>2</td><td rowspan="3" align="center">6</td><td>1) громадські слухання щодо проекту районного бюджету на 2014 рік</td>'
        '<td>14.11.2013, протокол № 4</td><td>58</td></tr>\n'
        '<tr><td>3</td><td>2) обговорення проекту Програми розвитку фізичної культури і спорту на 2014–2017 роки</td>'
        '<td>24.09.2013, протокол № 3</td><td>26</td></tr>\n'
        '<tr><td>4</td><td>3) опитування мешканців щодо якості надання адміністративних послуг</td><td>жовтень 2013 р.</td><td>140</td></tr>\n'
        '<tr><td>5</td><td align="center">7</td><td>Рішенням сесії районної ради № 23-18/VI від 25.10.2013 до складу районної '
        'комісії з питань захисту прав споживачів включено 2 представників громадської ради; розпорядженням голови РДА від '
        '30.10.2013 № 301 — 1 представника ГО до складу ради з питань підприємництва</td>'
        '<td>рішення № 23-18/VI; розп. № 301</td><td>3</td></tr>\n'
        '<tr><td>6</td><td align="center">9</td><td>х</td><td></td><td></td></tr>\n'
        '<tr><td>7</td><td align="center">10</td><td>х</td><td></td><td></td></tr>\n'
        '<tr><td>8</td><td align="center">12</td><td>х</td><td></td><td></td></tr>\n')
    html = doc_html(
        '<p align="center"><b>Інформація Куликівської районної державної адміністрації про виконання Плану заходів '
        'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року</b></p>\n'
        '<table width="100%" cellspacing="0">\n<tr><th width="6%">№ з/п</th><th width="8%">Пункт Плану</th>'
        '<th>Проведені заходи</th><th width="20%">Дата, документ</th><th width="9%">Учасників</th></tr>\n'
        + trs + '</table>\n<p>&nbsp;</p><p>Керівник апарату РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.Г. Самойленко</p>',
        "Куликівська РДА")
    docx = office(name + ".docx", "html", html)
    fname = "Куликівська_РДА_ІІ_півріччя_2013.docx"
    text = ("Добрий день.\n\nНаправляємо інформацію Куликівської РДА про виконання Плану заходів за ІІ півріччя "
            "2013 року.\n\nЗ повагою,\nКузьменко С.В.\nвідділ організаційної роботи апарату РДА")
    html_b = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
              '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n</body></html>\n'
              % "</p>\n<p>".join(_x(p).replace("\n", "<br />") for p in text.split("\n\n")))
    alt = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable", ctparams="; format=flowed"),
                                    text_part(html_b, "UTF-8", "quoted-printable", "html")], bnd(name, "roundcube", 1))
    root = multipart("mixed", [alt, att_part(docx, fname, "2231")], bnd(name, "roundcube", 0))
    return message(name, "roundcube", "2013-12-05 10:05:44",
                   ("Куликівська РДА", "rda-kulykivka@example.gov.ua"), (None, MAILBOX),
                   "Інформація Куликівської РДА (Відкритий уряд)", root)


KEY = {"class": "foreign_numbers", "executor": "rda-sosnytsia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Workbook of three sheets (І квартал, ІІ квартал, Зведена) of bare indicators: «№ з/п» 1–6, counts in a value column and the plan number last, two indicator rows for 6, sums for the half-year; 12 is «—» everywhere and a footnote only promises 10 after 20.06.",
       "items": [{"measure": 1, "source": "Сосницька_РДА_показники_І_півріччя_2013.xlsx"},
                 {"measure": 6, "source": "Сосницька_РДА_показники_І_півріччя_2013.xlsx"},
                 {"measure": 7, "source": "Сосницька_РДА_показники_І_півріччя_2013.xlsx"},
                 {"measure": 9, "source": "Сосницька_РДА_показники_І_півріччя_2013.xlsx"}]}
@mail(KEY)
def fn4_sosnytsia():
    name = "fn4-sosnytsia"
    ind = [("Кількість матеріалів, розміщених на офіційному веб-сайті РДА", "од.", 1),
           ("Кількість проведених консультацій з громадськістю", "од.", 6),
           ("Кількість учасників консультацій", "осіб", 6),
           ("Кількість представників ІГС, включених до складу дорадчо-консультативних органів", "осіб", 7),
           ("Кількість проектів рішень, винесених на обговорення за участю членів громадської ради", "од.", 9),
           ("Кількість проведених громадських експертиз", "од.", 12)]
    q1 = [54, 2, 87, "—", 1, "—"]
    q2 = [61, 3, 140, 2, 2, "—"]
    tot = [a + b if isinstance(a, int) and isinstance(b, int) else (b if isinstance(b, int) else "—") for a, b in zip(q1, q2)]

    def quarter(title, vals):
        rows = [[C(title, c=5, b=True)], None,
                [H("№ з/п"), H("Показник"), H("Од. виміру"), H("Значення"), H("Пункт Плану")]]
        for i, ((label, unit, m), v) in enumerate(zip(ind, vals), 1):
            rows.append([i, label, unit, v, m])
        return rows
    s1 = quarter("Показники виконання Плану заходів Сосницькою районною державною адміністрацією у І кварталі 2013 року", q1)
    s2 = quarter("Показники виконання Плану заходів Сосницькою районною державною адміністрацією у ІІ кварталі 2013 року*", q2)
    s3 = [[C("Зведені показники за І півріччя 2013 року", c=6, b=True)], None,
          [H("№ з/п", r=2), H("Показник", r=2), H("Значення", c=3), H("Пункт Плану", r=2)],
          [H("І квартал"), H("ІІ квартал"), H("Всього за І півріччя")]]
    for i, ((label, unit, m), a, b, t) in enumerate(zip(ind, q1, q2, tot), 1):
        s3.append([i, label + ", " + unit, a, b, t, m])
    s3 += [None, ["* Дані ІІ кварталу — станом на 07.06.2013."],
           ["Пункт 10 Плану (робоча група з питань відкритості) — інформацію буде надано за підсумками засідання громадської ради 20.06.2013."]]
    xlsx = office(name + ".xlsx", "fods", fods([("І квартал", [1.3, 10.0, 2.0, 2.2, 2.2], s1),
                                                 ("ІІ квартал", [1.3, 10.0, 2.0, 2.2, 2.2], s2),
                                                 ("Зведена", [1.3, 11.0, 2.2, 2.2, 3.0, 2.2], s3)]))
    fname = "Сосницька_РДА_показники_І_півріччя_2013.xlsx"
    text = ("Надаємо інформацію Сосницької РДА щодо виконання Плану заходів за І півріччя 2013 р. у вигляді "
            "таблиці показників (вих. № 01-26/1417 від 10.06.2013).\n\n"
            "Загальний відділ апарату Сосницької РДА\nтел. (04655) 2-12-71")
    alt = multipart("alternative", [
        text_part(text, "windows-1251", "quoted-printable"),
        text_part(word_html(mso_paras(text), "windows-1251"), "windows-1251", "quoted-printable", "html")],
        bnd(name, "outlook", 1))
    root = multipart("mixed", [alt, att_part(xlsx, fname, "outlook")], bnd(name, "outlook", 0),
                     preamble="This is a multi-part message in MIME format.")
    return message(name, "outlook2007", "2013-06-10 16:35:29",
                   ("Сосницька РДА", "rda-sosnytsia@example.gov.ua"), UVP_TO,
                   "Показники Сосницької РДА (Відкритий уряд)", root, subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word table whose first column is the office's own plan numbering (1.1, 1.2, 2.1, 2.2, 3.1) and whose third column maps each to the regional plan (1, 2, 6, 9, 12); the 2012 report arrives on 19.12, after the grace days, so it falls in period 2.",
       "items": [{"measure": 1, "source": "Інформація_УКБ_2012.doc"},
                 {"measure": 2, "source": "Інформація_УКБ_2012.doc"},
                 {"measure": 6, "source": "Інформація_УКБ_2012.doc"},
                 {"measure": 9, "source": "Інформація_УКБ_2012.doc"}]}
@mail(KEY)
def fn5_kapbud():
    name = "fn5-kapbud"
    rows = [
        ("1.1", "Оновлення розділу «Будівництво» на веб-сайті облдержадміністрації", "1",
         "Розділ управління на офіційному сайті облдержадміністрації доповнено переліком 37 об'єктів будівництва, що "
         "фінансуються з обласного бюджету у 2012 році, із зазначенням стану фінансування"),
        ("1.2", "Підготовка матеріалів до рубрики «Хід виконання цільових програм»", "2",
         "Для рубрики підготовлено та направлено звіт про виконання Програми будівництва (реконструкції) об'єктів "
         "соціальної сфери за 9 місяців 2012 року (лист від 25.10.2012 № 05-09/1832)"),
        ("2.1", "Проведення консультацій з громадськістю", "6",
         "Проведено громадське обговорення проекту переліку об'єктів капітального будівництва на 2013 рік "
         "(05.12.2012, 31 учасник)"),
        ("2.2", "Обговорення проектів за участю громадської ради", "9",
         "У обговоренні проекту переліку об'єктів взяли участь 4 члени Громадської ради при облдержадміністрації"),
        ("3.1", "Громадська експертиза", "12", "—"),
    ]
    trs = "\n".join('<tr><td>%s</td><td>%s</td><td align="center">%s</td><td>%s</td></tr>' % tuple(map(_x, r)) for r in rows)
    html = doc_html(
        '<p align="center"><b>Інформація управління капітального будівництва облдержадміністрації про виконання Плану '
        'заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області</b><br>(станом на 18.12.2012)</p>\n'
        '<table width="100%" cellspacing="0">\n<tr><th width="10%">Пункт плану управління</th><th width="30%">Захід</th>'
        '<th width="10%">Відповідає п. Плану ОДА</th><th>Виконання</th></tr>\n' + trs + '\n</table>\n'
        '<p style="font-size:9pt">Внутрішній план заходів управління затверджено наказом від 02.10.2012 № 74.</p>'
        '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Ю.П. Бойко</p>',
        "УКБ")
    doc = office(name + ".doc", "html", html)
    fname = "Інформація_УКБ_2012.doc"
    text = ("Доброго дня.\n\nВисилаємо інформацію УКБ по Плану заходів за 2012 рік. Вибачте що пізно - хворів "
            "виконавець.\nВих. № 05-09/2207 від 18.12.2012.\n\n-- \nЗ повагою, Шаповал Роман\nУКБ ОДА")
    root = multipart("mixed", [text_part(text, "windows-1251", "quoted-printable"),
                               att_part(doc, fname, "bat")], bnd(name, "bat"))
    return message(name, "bat", "2012-12-19 09:12:33",
                   ("Шаповал Роман", "kapbud@example.gov.ua"), (None, MAILBOX),
                   "Інформація УКБ (Відкритий уряд)", root, subject_cs="windows-1251", subject_enc="B")


# =======================================================================================
# 7. pa — private or borrowed boxes
# =======================================================================================

KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail box of a specialist who names her office in the signature («служби у справах дітей облдержадміністрації»), greeting УВП; the Word table quotes each measure's full text with no plan numbers beside a «№ з/п» 1–7, and answers 2 and 8 as not applicable.",
       "items": [{"measure": 1, "source": "Служба_у_справах_дітей_І_півріччя_2013.docx"},
                 {"measure": 6, "source": "Служба_у_справах_дітей_І_півріччя_2013.docx"},
                 {"measure": 7, "source": "Служба_у_справах_дітей_І_півріччя_2013.docx"}]}
@mail(KEY)
def pa1_ditei():
    name = "pa1-ditei"
    rows = [
        (1, PLAN_TEXT[1], "На сторінці служби на офіційному веб-сайті облдержадміністрації розміщено 43 матеріали, "
                          "оновлено розділ «Усиновлення» (порядок, перелік документів, контакти)."),
        (2, PLAN_TEXT[2], "Не стосується"),
        (3, PLAN_TEXT[6], "Проведено консультації з громадськістю щодо проекту обласної програми «Назустріч дітям» на "
                          "2013–2016 роки: громадське обговорення 15.03.2013 (32 учасники) та електронні консультації "
                          "(11 пропозицій)."),
        (4, PLAN_TEXT[7], "До складу обласної комісії з питань захисту прав дитини включено 2 представників БО «Дитячі "
                          "серця» та ГО «Чернігівська асоціація прийомних сімей» (розпорядження голови облдержадміністрації "
                          "від 22.02.2013 № 78)."),
        (5, PLAN_TEXT[8], "Колегію при службі не утворено, тому пункт не стосується."),
        (6, PLAN_TEXT[9], "—"),
        (7, PLAN_TEXT[12], "—"),
    ]
    trs = "\n".join("<tr><td>%d</td><td><i>%s</i></td><td>%s</td></tr>" % (n, _x(t), _x(a)) for n, t, a in rows)
    html = doc_html(
        '<p align="center"><b>Інформація служби у справах дітей облдержадміністрації про виконання Плану заходів з '
        'підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</b></p>\n'
        '<table width="100%" cellspacing="0">\n<tr><th width="6%">№ з/п</th><th width="47%">Зміст заходу Плану</th>'
        '<th>Інформація про виконання</th></tr>\n' + trs + '\n</table>',
        "Служба у справах дітей")
    docx = office(name + ".docx", "html", html)
    fname = "Служба_у_справах_дітей_І_півріччя_2013.docx"
    text = ("Шановні колеги з управління з питань внутрішньої політики!\n\n"
            "Надсилаю інформацію служби у справах дітей облдержадміністрації щодо виконання Плану заходів за "
            "І півріччя 2013 р. Пишу з особистої пошти, бо службова скринька переповнена і не відправляє вкладення. "
            "Оригінал листа (вих. № 03-12/1877 від 13.06.2013) передамо фельд'єгерською поштою.\n\n"
            "-- \n"
            "З повагою,\n"
            "Оксана Кравченко\n"
            "головний спеціаліст відділу правового забезпечення\n"
            "служби у справах дітей облдержадміністрації\n"
            "тел. (0462) 65-10-43")
    html_b = '<div dir="ltr">' + "".join("<div>%s</div>" % (_x(l) if l.strip() else "<br>") for l in text.split("\n")) + "</div>\n"
    alt = multipart("alternative", [text_part(text, "UTF-8", "base64"),
                                    text_part(html_b, "UTF-8", "base64", "html")], bnd(name, "gmail", 1))
    root = multipart("mixed", [alt, att_part(docx, fname, "gmail")], bnd(name, "gmail", 0))
    return message(name, "gmail", "2013-06-13 21:14:50",
                   ("Оксана Кравченко", "o.kravchenko.cn@gmail.com"), (None, MAILBOX),
                   "інформація служби у справах дітей (Відкритий уряд)", root, subject_cs="UTF-8")


KEY = {"class": "personal_address", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Late-evening letter from an ukr.net box; the district is named in the heading and in the genitive in the signature («апарату Городнянської райдержадміністрації»), the addressee УВП in the first line; short run-in headings in place of plan numbers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def pa2_horodnia():
    name = "pa2-horodnia"
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Інформація Городнянської районної державної адміністрації про виконання Плану заходів з підвищення "
            "рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2012 року\n\n"
            "Офіційний веб-сайт. Веб-сайт райдержадміністрації приведено у відповідність до вимог постанови КМУ "
            "від 04.01.2002 № 3: створено розділи «Доступ до публічної інформації», «Громадська рада», «Звернення "
            "громадян»; розміщено 172 матеріали.\n\n"
            "Консультації з громадськістю. Відповідно до орієнтовного плану (розпорядження голови РДА від "
            "20.01.2012 № 14) проведено 5 консультацій, у т.ч. громадські слухання щодо проекту районного бюджету "
            "на 2013 рік (06.12.2012, 61 учасник).\n\n"
            "Участь громадської ради. Члени громадської ради при РДА (21 особа) залучались до обговорення проектів "
            "3 розпоряджень голови РДА та районної програми «Здоров'я Городнянщини» на 2013–2015 роки.\n\n"
            "Громадські експертизи. Громадська антикорупційна експертиза проекту розпорядження «Про затвердження "
            "Порядку використання коштів резервного фонду районного бюджету» проведена ГО «Городнянська ініціатива», "
            "2 пропозиції враховано.\n\n"
            "Робоча група. Громадській раді рекомендовано утворити робочу групу з питань відкритості та прозорості "
            "(лист від 16.11.2012 № 01-25/1998).\n\n"
            "Начальник відділу організаційної роботи апарату Городнянської райдержадміністрації\n"
            "Т.В. Максименко\n\n"
            "(надсилаю з домашньої пошти, у РДА з обіду немає інтернету)")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            + "".join("<p>%s</p>" % _x(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>")
    root = multipart("alternative", [text_part(text, "windows-1251", "base64"),
                                     text_part(html, "windows-1251", "base64", "html")], bnd(name, "other"))
    return message(name, "ukrnet", "2012-12-14 22:37:12",
                   ("Тетяна Максименко", "horodnia.orgviddil@ukr.net"), (None, MAILBOX),
                   "Городнянська РДА - інформація (Відкритий уряд)", root, subject_cs="windows-1251")


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the registered box of the capital construction department on behalf of the town-planning department, named in the body and signature; sheet with a two-row quarter header, «№ з/п» beside the plan number in the middle, and a footnote citing resolution «№ 555».",
       "items": [{"measure": 1, "source": "Містобудування_ІІ_пів_2013.xls"},
                 {"measure": 6, "source": "Містобудування_ІІ_пів_2013.xls"},
                 {"measure": 9, "source": "Містобудування_ІІ_пів_2013.xls"}]}
@mail(KEY)
def pa3_mistobuduvannia():
    name = "pa3-mistobuduvannia"
    rows = [
        [C("Інформація управління містобудування та архітектури облдержадміністрації про виконання Плану заходів "
           "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року",
           c=6, b=True)],
        None,
        [H("№ з/п", r=2), H("Захід", r=2), H("Пункт Плану", r=2), H("Виконано", c=2), H("Примітка", r=2)],
        [H("ІІІ квартал"), H("IV квартал")],
        [1, "Інформаційне наповнення веб-сайту", 1,
         "Розміщено 12 матеріалів, у т.ч. проекти генеральних планів 3 населених пунктів для громадського обговорення",
         "Розміщено 9 матеріалів, оновлено розділ «Містобудівна документація»", ""],
        [2, "Рубрики на сайті облдержадміністрації", 2, "х", "х", ""],
        [3, "Консультації з громадськістю", 6,
         "Громадські слухання щодо проектів генеральних планів смт Березна, с. Олишівка, с. Вертіївка (3 слухання, 216 учасників)*",
         "—", "Порядок — постанова КМУ від 25.05.2011 № 555"],
        [4, "Дорадчо-консультативні органи", 7, "—", "—", ""],
        [5, "Колегія", 8, "—", "—", ""],
        [6, "Обговорення проектів за участю громадської ради", 9, "—",
         "Члени Громадської ради при облдержадміністрації залучені до обговорення проекту Регіональної програми "
         "містобудівного розвитку на 2014–2016 роки (засідання комітету 14.11.2013)", ""],
        [7, "Громадські експертизи", 12, "—", "—", ""],
        None,
        ["* Постанова КМУ від 25.05.2011 № 555 «Про затвердження Порядку проведення громадських слухань щодо "
         "врахування громадських інтересів під час розроблення проектів містобудівної документації на місцевому рівні»."],
    ]
    xls = office(name + ".xls", "fods", fods([("ІІ півріччя", [1.2, 5.0, 1.8, 7.0, 7.0, 4.5], rows)]))
    fname = "Містобудування_ІІ_пів_2013.xls"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Надсилаємо з поштової скриньки управління капітального будівництва (наша тимчасово не працює) "
            "інформацію управління містобудування та архітектури облдержадміністрації про виконання Плану заходів "
            "за ІІ півріччя 2013 року (вих. № 09-02/1534 від 12.12.2013). Відповідь просимо надсилати на адресу "
            "mistobuduvannia@example.gov.ua.\n\n"
            "Головний спеціаліст відділу містобудівного кадастру\n"
            "управління містобудування та архітектури облдержадміністрації\n"
            "Д.С. Лук'яненко")
    alt = multipart("alternative", [
        text_part(text, "windows-1251", "quoted-printable"),
        text_part(word_html(mso_paras(text), "windows-1251", "Microsoft Word 11"), "windows-1251",
                  "quoted-printable", "html")], bnd(name, "outlook", 1))
    root = multipart("mixed", [alt, att_part(xls, fname, "outlook")], bnd(name, "outlook", 0),
                     preamble="This is a multi-part message in MIME format.")
    return message(name, "outlook2003", "2013-12-12 13:10:38",
                   ("УКБ ОДА", "kapbud@example.gov.ua"), UVP_TO,
                   "Інформація управління містобудування та архітектури", root, subject_cs="windows-1251",
                   quoted_from=True)


KEY = {"class": "personal_address", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian letter from an i.ua box of a methodologist writing «по поручению директора Черниговского центра переподготовки…» to the УВП named at the top; three dated seminars with head-counts, a total and hours — the report on 13.",
       "items": [{"measure": 13, "source": "body"}]}
@mail(KEY)
def pa4_cppk():
    name = "pa4-cppk"
    text = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Добрый день!\n"
            "По поручению директора Черниговского центра переподготовки и повышения квалификации работников органов "
            "государственной власти, органов местного самоуправления, государственных предприятий, учреждений и "
            "организаций направляю информацию о проведенных семинарах (служебный ящик центра не работает с пятницы).\n\n"
            "В соответствии с п. 13 Плана мероприятий и распоряжением председателя облгосадминистрации от 11.01.2013 "
            "№ 9 центром проведено 3 обучающих семинара «Инструменты политики содействия развитию гражданского "
            "общества»:\n"
            "– 22.01.2013 — для заместителей руководителей структурных подразделений облгосадминистрации "
            "(31 слушатель);\n"
            "– 14.02.2013 — для специалистов РГА, которые организуют консультации с общественностью (28 слушателей);\n"
            "– 26.02.2013 — совместно с управлением по вопросам внутренней политики (38 слушателей).\n"
            "Всего обучено 97 человек, выдано 97 сертификатов (краткосрочное повышение квалификации, 18 часов).\n\n"
            "Методист учебно-методического отдела Центра\n"
            "Людмила Савенко\n"
            "тел. 050 312 47 09")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            '<body><div style="font-family: Arial; font-size: 13px">'
            + "<br>".join(_x(l) for l in text.split("\n")) + "</div></body></html>")
    root = multipart("alternative", [text_part(text, "windows-1251", "quoted-printable"),
                                     text_part(html, "windows-1251", "quoted-printable", "html")], bnd(name, "other"))
    return message(name, "iua", "2013-03-04 11:22:05",
                   ("Людмила Савенко", "l.savenko@i.ua"), (None, MAILBOX),
                   "Информация ЦППК по семинарам (п. 13)", root, subject_cs="windows-1251")


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "meta.ua box of the regional coordinator, who signs with his title; the body reports the discussion of measure 15 with counts, the attached PDF protocol № 1 with its own agenda items 1–3 reports the same event, and the council and УВП appear only as co-organisers.",
       "items": [{"measure": 15, "source": "body"},
                 {"measure": 15, "source": "Протокол_громадського_обговорення_18.09.2013.pdf"}]}
@mail(KEY)
def pa5_ogp():
    name = "pa5-ogp"
    html = doc_html(
        '<p align="center"><b>ПРОТОКОЛ № 1</b><br>громадського обговорення виконання заходів Плану з підвищення рівня '
        'відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство '
        '„Відкритий уряд“»</p>'
        '<p>м. Чернігів, зал засідань облдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;18.09.2013</p>'
        '<p>Присутні: 64 особи (список додається), у т.ч. представники 19 громадських організацій, 7 засобів масової '
        'інформації, 11 структурних підрозділів облдержадміністрації та 9 райдержадміністрацій.</p>'
        '<p>Головуючий — В.В. Білоус, регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області.<br>'
        'Секретар — Т.С. Савчук, секретар Громадської ради при облдержадміністрації.</p>'
        '<p><b>Порядок денний:</b></p>'
        '<p>1. Про хід виконання Плану заходів у 2012–2013 роках.<br>'
        '2. Пропозиції громадськості щодо відкритості органів виконавчої влади області.<br>3. Різне.</p>'
        '<p><b>1. СЛУХАЛИ:</b> інформацію начальника управління з питань внутрішньої політики та зв\'язків з '
        'громадськістю облдержадміністрації про хід виконання Плану заходів.</p>'
        '<p>ВИСТУПИЛИ: 14 учасників обговорення.</p>'
        '<p><b>2. СЛУХАЛИ:</b> пропозиції представників громадських організацій (надійшло 27 пропозицій, з них 12 — '
        'щодо роботи веб-сайтів райдержадміністрацій, 6 — щодо проведення консультацій з громадськістю).</p>'
        '<p><b>ВИРІШИЛИ:</b></p><p>1. Інформацію про хід виконання Плану заходів взяти до відома.<br>'
        '2. Узагальнені пропозиції учасників обговорення (27) направити управлінню з питань внутрішньої політики та '
        'зв\'язків з громадськістю облдержадміністрації для врахування під час підготовки плану заходів на 2014 рік.<br>'
        '3. Результати обговорення оприлюднити на веб-ресурсі «Чернігівська громада».</p>'
        '<p>&nbsp;</p><p>Головуючий&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.В. Білоус<br>'
        'Секретар&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.С. Савчук</p>',
        "Протокол № 1")
    pdf = office(name + ".pdf", "html", html)
    fname = "Протокол_громадського_обговорення_18.09.2013.pdf"
    text = ("Шановні колеги!\n\n"
            "Як регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області інформую про виконання "
            "п. 15 Плану заходів.\n\n"
            "18.09.2013 у залі засідань облдержадміністрації спільно з Громадською радою при облдержадміністрації та "
            "управлінням з питань внутрішньої політики та зв'язків з громадськістю проведено громадське обговорення "
            "виконання заходів Плану з підвищення рівня відкритості та прозорості діяльності влади в області. Взяли "
            "участь 64 особи, у т.ч. представники 19 громадських організацій, 7 ЗМІ, 11 структурних підрозділів ОДА та "
            "9 РДА. Надійшло 27 пропозицій, з них 12 — щодо роботи веб-сайтів РДА. Протокол обговорення (№ 1 від "
            "18.09.2013) додаю.\n\n"
            "Пишу з особистої скриньки — до скриньки координатора немає доступу поза офісом.\n\n"
            "З повагою,\n"
            "Віктор Білоус,\n"
            "регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області")
    html_b = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              + "".join("<p>%s</p>" % _x(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>")
    alt = multipart("alternative", [text_part(text, "utf-8", "base64"),
                                    text_part(html_b, "utf-8", "base64", "html")], bnd(name, "other", 1))
    root = multipart("mixed", [alt, att_part(pdf, fname, "gmail")], bnd(name, "other", 0))
    return message(name, "metaua", "2013-10-02 20:05:17",
                   ("Віктор Білоус", "v.bilous@meta.ua"), (None, MAILBOX),
                   "Громадське обговорення 18.09 - інформація по п.15", root)


# =======================================================================================
# 8. mx — mixed
# =======================================================================================

KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird forward as message/rfc822 of the district's own letter of 12.06 that went to a mistyped address and bounced, so the forwarded report is delivered now (late) and counts whole; its .xlsx has a two-row header with a column per quarter and a documents column.",
       "items": [{"measure": 1, "source": "Чернігівська_РДА_І_півріччя_2013.xlsx"},
                 {"measure": 6, "source": "Чернігівська_РДА_І_півріччя_2013.xlsx"},
                 {"measure": 7, "source": "Чернігівська_РДА_І_півріччя_2013.xlsx"},
                 {"measure": 9, "source": "Чернігівська_РДА_І_півріччя_2013.xlsx"}]}
@mail(KEY)
def mx1_chernihiv():
    name = "mx1-chernihiv"
    rows = [
        [C("Інформація Чернігівської районної державної адміністрації про виконання Плану заходів з підвищення "
           "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
           "«Партнерство „Відкритий уряд“» за І півріччя 2013 року", c=4, b=True)],
        None,
        [H("Пункт Плану", r=2), H("Стан виконання", c=2), H("Документ, яким підтверджується виконання", r=2)],
        [H("І квартал 2013 р."), H("ІІ квартал 2013 р.")],
        [1, "Оновлено розділи «Нормативні документи», «Звернення громадян»; розміщено 88 матеріалів",
         "Розміщено 97 матеріалів; запроваджено онлайн-трансляції сесій районної ради",
         "Розпорядження голови РДА від 14.03.2013 № 112"],
        [6, "Громадські слухання щодо звіту про виконання районного бюджету за 2012 рік (21.02.2013, 44 учасники)",
         "Обговорення проекту Програми розвитку земельних відносин на 2013–2015 роки (16.05.2013, 29 учасників)",
         "Протоколи № 1, № 2"],
        [7, "—", "До складу районної ради з питань безпеки дорожнього руху включено 2 представників ГО",
         "Розпорядження голови РДА від 23.04.2013 № 151"],
        [9, "Члени громадської ради при РДА взяли участь в обговоренні проекту Програми розвитку освіти на 2013–2016 рр.",
         "—", "Протокол засідання громадської ради № 3 від 14.03.2013"],
        [10, "х", "х", ""],
        [12, "—", "—", ""],
    ]
    xlsx = office(name + ".xlsx", "fods", fods([("Лист1", [1.8, 8.5, 8.5, 5.5], rows)]))
    fname = "Чернігівська_РДА_І_півріччя_2013.xlsx"
    inner_text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
                  "Надсилаємо інформацію Чернігівської РДА щодо виконання Плану заходів за І півріччя 2013 року "
                  "(вих. № 02-09/2051 від 12.06.2013).\n\n"
                  "-- \nВідділ організаційної роботи та інформаційної діяльності\nапарату Чернігівської РДА")
    inner_root = multipart("mixed", [text_part(flowed(inner_text), "UTF-8", "8bit", ctparams="; format=flowed"),
                                     att_part(xlsx, fname, "tb")], bnd(name, "tb", 5),
                           preamble="This is a multi-part message in MIME format.")
    inner = message(name + "-inner", "tb17", "2013-06-12 15:31:02",
                    ("Чернігівська РДА", "rda-chernihiv@example.gov.ua"), (None, "uvp@cg.ukrtel.ne"),
                    "Інформація Чернігівської РДА за І півріччя 2013 р.", inner_root, with_received=False)
    outer_text = ("Доброго ранку!\n\n"
                  "Пересилаю наш лист від 12.06.2013 — він, як з'ясувалося, пішов на неправильну адресу "
                  "(uvp@cg.ukrtel.ne) і повідомлення про недоставку ми побачили лише сьогодні. Лист у вкладенні, "
                  "інформація в ньому без змін.\n\n"
                  "-- \nВідділ організаційної роботи та інформаційної діяльності\nапарату Чернігівської РДА\n"
                  "тел. (0462) 77-41-05")
    root = multipart("mixed", [text_part(flowed(outer_text), "UTF-8", "8bit", ctparams="; format=flowed"),
                               rfc822_part(inner.bytes(), "Інформація Чернігівської РДА за І півріччя 2013 р..eml")],
                     bnd(name, "tb", 0), preamble="This is a multi-part message in MIME format.")
    return message(name, "tb17", "2013-06-17 08:47:20",
                   ("Чернігівська РДА", "rda-chernihiv@example.gov.ua"), (None, MAILBOX),
                   "Fwd: Інформація Чернігівської РДА за І півріччя 2013 р.", root)


KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Correction on top of the office's own earlier letter quoted under «-----Original Message-----» without «>»: a corrected count for 6 (12 → 8) and a new answer on 10 are new; the quoted 1, 6, 7, 9, 10, 12 were counted when they came, and «Решта інформації — без змін» says nothing.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail(KEY)
def mx2_bakhmach():
    name = "mx2-bakhmach"
    new = ("Уточнення до інформації Бахмацької РДА від 10.12.2013 № 02-18/2790.\n\n"
           "У п. 6 помилково зазначено 12 консультацій з громадськістю, слід читати: 8 консультацій (з них 3 — "
           "громадські слухання, 4 — засідання «круглого столу», 1 — електронні консультації щодо проекту "
           "районного бюджету на 2014 рік), 356 учасників.\n\n"
           "Доповнюємо: п. 10 — громадська рада при РДА на засіданні 28.11.2013 (протокол № 5) утворила робочу "
           "групу з питань відкритості та прозорості у складі 4 осіб на виконання рекомендації райдержадміністрації "
           "(лист від 11.10.2013 № 02-18/2314).\n\n"
           "Решта інформації — без змін.\n\n"
           "Загальний відділ апарату Бахмацької РДА\nНичипоренко Г.О., (04635) 2-23-18")
    old = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
           "Інформація Бахмацької районної державної адміністрації про виконання Плану заходів за ІІ півріччя "
           "2013 року (вих. № 02-18/2790 від 10.12.2013)\n\n"
           "п. 1 — на офіційному веб-сайті РДА розміщено 205 матеріалів, оновлено розділ «Публічна інформація»;\n"
           "п. 6 — проведено 12 консультацій з громадськістю;\n"
           "п. 7 — до складу районної координаційної ради з питань сім'ї включено 2 представників ГО;\n"
           "п. 9 — члени громадської ради залучались до обговорення проекту районного бюджету на 2014 рік;\n"
           "п. 10 — робота триває;\n"
           "п. 12 — громадські експертизи не проводились.\n\n"
           "Заступник голови райдержадміністрації    П.С. Гребенюк")
    hdr = ("-----Original Message-----\n"
           "From: Бахмацька РДА [mailto:rda-bakhmach@example.gov.ua] \n"
           "Sent: Tuesday, December 10, 2013 3:06 PM\n"
           "To: uvp@cg.ukrtel.net\n"
           "Subject: Інформація Бахмацької РДА за ІІ півріччя 2013 р.")
    plain = new + "\n\n" + hdr + "\n\n" + old
    html_in = (mso_paras(new) + "\n<p class=MsoNormal>&nbsp;</p>\n"
               "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
               "<p class=MsoNormal><b><span lang=EN-US style='font-size:10.0pt;font-family:Tahoma'>-----Original Message-----<br>From:</span></b>"
               "<span style='font-size:10.0pt;font-family:Tahoma'> Бахмацька РДА [mailto:rda-bakhmach@example.gov.ua] <br><b>Sent:</b> "
               "Tuesday, December 10, 2013 3:06 PM<br><b>To:</b> uvp@cg.ukrtel.net<br><b>Subject:</b> "
               "Інформація Бахмацької РДА за ІІ півріччя 2013 р.</span></p>\n</div>\n" + mso_paras(old))
    root = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                     text_part(word_html(html_in, "windows-1251", "Microsoft Word 11"), "windows-1251",
                                               "quoted-printable", "html")], bnd(name, "outlook", 0))
    return message(name, "outlook2003", "2013-12-13 10:25:51",
                   ("Бахмацька РДА", "rda-bakhmach@example.gov.ua"), UVP_TO,
                   "FW: Інформація Бахмацької РДА за ІІ півріччя 2013 р. - УТОЧНЕННЯ", root,
                   subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "mixed", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML mail with an inline logo (multipart/related) whose cover note answers 8 itself and points to the table for «пп. 1, 2, 6, 7, 9, 12»; the .xlsx has one sheet per sub-unit, with «х», «без змін» and «—» filling the rows the units had nothing on.",
       "items": [{"measure": 1, "source": "УСМС_І_півріччя_2013.xlsx"},
                 {"measure": 6, "source": "УСМС_І_півріччя_2013.xlsx"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "УСМС_І_півріччя_2013.xlsx"}]}
@mail(KEY)
def mx3_simia():
    name = "mx3-simia"

    def sheet(title, data):
        rows = [[C(title, c=4, b=True)], None, [H("Пункт"), H("Зміст"), H("Виконання"), H("Кількість учасників")]]
        return rows + [list(r) for r in data]
    youth = [(1, "Веб-сайт", "На сторінці управління розміщено 64 матеріали щодо молодіжної політики, оновлено розділ "
                             "«Молодіжні організації» (реєстр — 112 ГО)", "—"),
             (2, "Рубрики", "х", ""),
             (6, "Консультації з громадськістю", "Проведено обласний молодіжний форум-обговорення проекту Програми "
                                                 "«Молодь Чернігівщини» на 2013–2015 роки (18.04.2013)", 163),
             (7, "Дорадчі органи", "без змін", ""),
             (9, "Обговорення проектів", "—", ""),
             (12, "Експертизи", "—", "")]
    sport = [(1, "Веб-сайт", "Розміщено 38 матеріалів (календар змагань, результати обласних першостей)", "—"),
             (2, "Рубрики", "х", ""),
             (6, "Консультації з громадськістю", "—", ""),
             (7, "Дорадчі органи", "без змін", ""),
             (9, "Обговорення проектів", "Члени Громадської ради при облдержадміністрації взяли участь в обговоренні "
                                         "проекту Програми розвитку фізичної культури і спорту на 2013–2017 роки "
                                         "(засідання комітету 21.05.2013)", 9),
             (12, "Експертизи", "—", "")]
    xlsx = office(name + ".xlsx", "fods", fods([
        ("Відділ молоді", [1.5, 5.0, 11.0, 3.0], sheet("Відділ з питань молоді — І півріччя 2013 р.", youth)),
        ("Відділ спорту", [1.5, 5.0, 11.0, 3.0], sheet("Відділ фізичної культури і спорту — І півріччя 2013 р.", sport))]))
    fname = "УСМС_І_півріччя_2013.xlsx"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Управління у справах сім'ї, молоді та спорту облдержадміністрації надає інформацію про виконання Плану "
            "заходів за І півріччя 2013 року.\n\n"
            "п. 8 — голова комітету Громадської ради при облдержадміністрації з питань молодіжної політики та спорту "
            "Литвин О.О. введений до складу колегії управління (наказ від 04.04.2013 № 77); 25.04.2013 взяв участь у "
            "засіданні колегії.\n\n"
            "Інформація щодо пп. 1, 2, 6, 7, 9, 12 — у таблиці, що додається (окремо по відділах).")
    sig = ("Ігор Приходько\nголовний спеціаліст відділу організаційно-кадрової роботи\n"
           "Управління у справах сім'ї, молоді та спорту\nЧернігівської облдержадміністрації\nтел. (0462) 67-55-31")
    plain = text + "\n\n[cid:image001.png@01CE68F2.7A1B3C40]\n" + sig
    html_in = (mso_paras(text) + "\n<p class=MsoNormal>&nbsp;</p>\n"
               "<p class=MsoNormal><img width=48 height=48 id=\"Рисунок_x0020_1\" src=\"cid:image001.png@01CE68F2.7A1B3C40\" "
               "alt=\"gerb\"><o:p></o:p></p>\n" + mso_paras(sig))
    alt = multipart("alternative", [text_part(plain, "utf-8", "quoted-printable"),
                                    text_part(word_html(html_in, "utf-8", "Microsoft Word 14 (filtered medium)"),
                                              "utf-8", "quoted-printable", "html")], bnd(name, "outlook", 2))
    img = att_part(png(), "image001.png", "ascii", inline=True,
                   extra=["Content-ID: <image001.png@01CE68F2.7A1B3C40>"])
    related = multipart("related", [alt, img], bnd(name, "outlook", 1), ctparams='\n type="multipart/alternative";')
    root = multipart("mixed", [related, att_part(xlsx, fname, "outlook-utf8")], bnd(name, "outlook", 0))
    return message(name, "outlook2010", "2013-06-14 12:40:19",
                   ("Приходько Ігор", "simia@example.gov.ua"), UVP_TO,
                   "УСМС: інформація за І півріччя 2013 (Відкритий уряд)", root, quoted_from=True)


KEY = {"class": "mixed", "executor": "su-ekonomika", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Two attachments: a cumulative sheet that repeats the answers given for the two earlier half-years beside the new column (only new cells count: 2 says «без змін», 7 is empty, 9 «—»), and a PDF list of the half-year's consultations with «№ з/п» 1–5 and protocol numbers; the cover letter's numbered enclosure list counts papers.",
       "items": [{"measure": 1, "source": "Відкритий_уряд_наростаючим_підсумком.xls"},
                 {"measure": 6, "source": "Відкритий_уряд_наростаючим_підсумком.xls"},
                 {"measure": 6, "source": "Перелік_консультацій_ІІ_пів_2013.pdf"},
                 {"measure": 8, "source": "Відкритий_уряд_наростаючим_підсумком.xls"},
                 {"measure": 12, "source": "Відкритий_уряд_наростаючим_підсумком.xls"}]}
@mail(KEY)
def mx4_ekonomika():
    name = "mx4-ekonomika"
    rows = [
        [C("Інформація головного управління економіки облдержадміністрації про виконання Плану заходів з підвищення "
           "рівня відкритості та прозорості діяльності виконавчої влади в області (наростаючим підсумком)", c=5, b=True)],
        None,
        [H("№ пункту Плану", r=2), H("Захід (скорочено)", r=2), H("Інформація про виконання", c=3)],
        [H("ІІ півріччя 2012 р. (лист від 12.12.2012 № 05-14/3310)"), H("І півріччя 2013 р. (лист від 13.06.2013 № 05-14/1709)"),
         H("ІІ півріччя 2013 р.")],
        [1, "Веб-сайт", "Створено розділ «Регіональний розвиток»", "Розміщено 58 матеріалів, у т.ч. 6 регуляторних актів",
         "Розміщено 71 матеріал; створено підрозділ «Інвестиційні пропозиції» (24 проекти)"],
        [2, "Рубрики на сайті ОДА", "Підготовлено наповнення рубрики «Хід виконання цільових програм» (36 програм)",
         "Щокварталу оновлюється інформація по 36 програмах", "без змін"],
        [6, "Консультації з громадськістю", "Громадські слухання щодо проекту Програми соціально-економічного розвитку "
                                            "області на 2013 рік", "Проведено 4 консультації",
         "Проведено 5 консультацій (перелік — у додатку 2), у т.ч. громадське обговорення проекту Програми "
         "соціально-економічного розвитку області на 2014 рік (протоколи № 5–7)"],
        [7, "Дорадчі органи", "3 представники ГО включено до складу Ради підприємців при облдержадміністрації", "—", ""],
        [8, "Колегія", "Зміни до Положення про управління не потребуються",
         "Голову комітету Громадської ради з питань економічного розвитку введено до складу колегії (наказ від 11.03.2013 № 41)",
         "Голова комітету взяв участь у 2 засіданнях колегії (28.08.2013, 27.11.2013)"],
        [9, "Обговорення проектів", "—", "Члени Громадської ради залучались до обговорення проекту Стратегії розвитку "
                                         "області до 2020 року", "—"],
        [12, "Експертизи", "—", "—",
         "Громадська антикорупційна експертиза проекту розпорядження «Про затвердження Регіональної програми розвитку "
         "малого і середнього підприємництва на 2014–2015 роки» проведена ГО «Центр економічних досліджень», "
         "4 пропозиції враховано"],
        None,
        ["Колонки за ІІ півріччя 2012 р. та І півріччя 2013 р. наведено для порівняння (інформацію подано раніше)."],
    ]
    xls = office(name + ".xls", "fods", fods([("Наростаючий підсумок", [1.8, 4.0, 6.5, 6.5, 7.5], rows)]))
    cons = [("1", "Проект Програми соціально-економічного розвитку області на 2014 рік", "громадське обговорення", "22.10.2013", "57", "№ 5"),
            ("2", "Проект Регіональної програми розвитку малого і середнього підприємництва на 2014–2015 роки", "публічне обговорення", "08.10.2013", "33", "№ 6"),
            ("3", "Проект Порядку конкурсного відбору інвестиційних проектів", "електронні консультації", "01.09–30.09.2013", "14 пропозицій", "—"),
            ("4", "Підсумки реалізації Стратегії розвитку області до 2015 року", "«круглий стіл»", "14.11.2013", "26", "№ 7"),
            ("5", "Якість надання адміністративних послуг", "опитування", "листопад 2013", "412 респондентів", "—")]
    trs = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _x(v) for v in r) for r in cons)
    html = doc_html(
        '<p align="right">Додаток 2</p><p align="center"><b>Перелік консультацій з громадськістю, проведених головним '
        'управлінням економіки облдержадміністрації у ІІ півріччі 2013 року</b></p>\n<table width="100%" cellspacing="0">\n'
        '<tr><th>№ з/п</th><th>Тема (проект акта)</th><th>Форма</th><th>Дата</th><th>Учасників</th><th>Протокол</th></tr>\n'
        + trs + '\n</table>', "Додаток 2")
    pdf = office(name + ".pdf", "html", html)
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Надаємо інформацію головного управління економіки облдержадміністрації про виконання Плану заходів "
            "за ІІ півріччя 2013 року (вих. № 05-14/3402 від 11.12.2013).\n\n"
            "Додатки:\n1. Таблиця (наростаючим підсумком) на 2 арк.\n2. Перелік консультацій з громадськістю на 1 арк.\n\n"
            "Заступник начальника головного управління            О.М. Кравчук\n"
            "Вик. Сидоренко Ю., 67-31-45")
    alt = multipart("alternative", [
        text_part(text, "windows-1251", "quoted-printable"),
        text_part(word_html(mso_paras(text), "windows-1251"), "windows-1251", "quoted-printable", "html")],
        bnd(name, "outlook", 1))
    root = multipart("mixed", [alt, att_part(xls, "Відкритий_уряд_наростаючим_підсумком.xls", "outlook"),
                               att_part(pdf, "Перелік_консультацій_ІІ_пів_2013.pdf", "outlook")],
                     bnd(name, "outlook", 0), preamble="This is a multi-part message in MIME format.")
    return message(name, "outlook2007", "2013-12-11 15:18:42",
                   ("ГУЕ облдержадміністрації", "ekonomika@example.gov.ua"), UVP_TO,
                   "Інформація ГУЕ (вих. 05-14/3402)", root, subject_cs="windows-1251", quoted_from=True)


KEY = {"class": "mixed", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain and HTML twins in Russian with surzhyk where the plain part is labelled koi8-r but holds windows-1251 bytes (the HTML twin is labelled right); dash-led lines without plan numbers cover the site, two discussions, advisory-council members and the council's part in the budget draft.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail(KEY)
def mx5_kozelets():
    name = "mx5-kozelets"
    text = ("Управлению по вопросам внутренней политики ОГА\n\n"
            "Козелецкая РГА сообщает о выполнении Плана мероприятий по повышению открытости (Открытое "
            "правительство) по состоянию на 20.11.2012:\n\n"
            "- официальный веб-сайт райгосадминистрации: в октябре-ноябре размещено 64 материала, обновлены "
            "разделы «Звернення громадян» и «Публічна інформація», на сайте выложены проекты 11 распоряжений;\n"
            "- проведено 2 общественных обсуждения (проект районного бюджета на 2013 год — 15.11.2012, 53 участника; "
            "программа «Питна вода» — 25.10.2012, 31 участник);\n"
            "- в состав районного координационного совета по вопросам развития предпринимательства включено 3 "
            "представителя общественных организаций (распоряжение председателя РГА от 02.11.2012 № 388);\n"
            "- члены общественного совета при РГА (17 человек) привлечены к обсуждению проекта районного бюджета.\n\n"
            "Зам. председателя РГА                 Н.И. Бабенко\n"
            "исп. Ковтун, 2-11-93")
    plain = text_part(wrap(text, 76).encode("windows-1251"), "koi8-r", "8bit")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html><head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n</head>\n'
            '<BODY style="font: 10pt Tahoma"><table><tr><td>'
            + "<br>\n".join(_x(l) for l in text.split("\n")) + "</td></tr></table></body></html>\n")
    root = multipart("alternative", [plain, text_part(html, "windows-1251", "quoted-printable", "html")],
                     bnd(name, "bat"))
    return message(name, "bat", "2012-11-20 14:33:06",
                   ("Козелецкая РГА", "rda-kozelets@example.gov.ua"), (None, MAILBOX),
                   "Информация Козелецкой РГА (Открытое правительство)", root,
                   subject_cs="windows-1251", subject_enc="B")


# =======================================================================================
# Building and checking
# =======================================================================================
def period_of(d):
    """(period, late) for an aware datetime, by plan.toml's deadlines and grace days."""
    day = d.astimezone(KYIV).date()
    if day < APPROVED:
        return None, False
    for i, dl in enumerate(DEADLINES):
        if i > 0 and day <= DEADLINES[i - 1] + dt.timedelta(days=GRACE_DAYS):
            return i, True
        if day <= dl:
            return i + 1, False
    if day <= DEADLINES[-1] + dt.timedelta(days=GRACE_DAYS):
        return len(DEADLINES), True
    return None, False


KEY_ORDER = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]


def build():
    for name, key, fn in MAILS:
        root = fn()
        data = crlf(root.bytes() if isinstance(root, Part) else root)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        ordered = {k: key.get(k) for k in KEY_ORDER}
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(ordered, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if CONVERTED:
        print("converted with LibreOffice:", ", ".join(CONVERTED))


def _walk_names(msg, names):
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822" and part.is_multipart():
            for sub in part.get_payload():
                _walk_names(sub, names)
            continue
        fn = part.get_filename()
        if fn:
            names.add(fn)


def attachment_names(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    names = set()
    _walk_names(msg, names)
    return msg, names


def check():
    problems = []
    err = problems.append
    registered = {a.lower(): ex for ex, addrs in EXECUTORS.items() for a in addrs}
    try:
        import tomllib
        with open(PLAN_TOML, "rb") as f:
            plan = tomllib.load(f)
        ids = {e["id"]: [a.lower() for a in e.get("emails", [])] for e in plan["executor"]}
        if ids != {k: [a.lower() for a in v] for k, v in EXECUTORS.items()}:
            err("plan.toml executors differ from the copy in make.py")
        if [d["date"] for d in plan["deadline"]] != DEADLINES:
            err("plan.toml deadlines differ from the copy in make.py")
        if plan["plan"].get("grace_days", 3) != GRACE_DAYS:
            err("plan.toml grace_days differs")
    except FileNotFoundError:
        print("note: plan.toml not found; checked against the copy in make.py")
    per_class = {}
    measures = set()
    for name, key, fn in MAILS:
        where = name + ": "
        prefix = name[:2]
        if CLASSES.get(prefix) != key["class"]:
            err(where + "class %r does not match the prefix" % key["class"])
        per_class[prefix] = per_class.get(prefix, 0) + 1
        if key["executor"] not in EXECUTORS:
            err(where + "unknown executor " + key["executor"])
        if set(key) != set(KEY_ORDER):
            err(where + "key fields " + ",".join(sorted(set(key) ^ set(KEY_ORDER))))
        if key["class"] == "not_report":
            if key["kind"] != "not_report" or key["reason"] not in REASONS or key["items"]:
                err(where + "a not_report needs kind not_report, a reason and no items")
        elif key["kind"] != "report" or key["reason"] is not None:
            err(where + "a report has kind report and reason null")
        if not key.get("note"):
            err(where + "note missing")
        items = [(i["measure"], i["source"]) for i in key["items"]]
        if items != sorted(items) or len(set(items)) != len(items):
            err(where + "items not sorted or not unique")
        for m, s in items:
            if not (isinstance(m, int) and 1 <= m <= 15):
                err(where + "measure %r out of 1..15" % m)
            measures.add(m)
        path = os.path.join(HERE, name + ".eml")
        with open(path, "rb") as f:
            raw = f.read()
        if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
            err(where + "line ends are not all CRLF")
        msg, names = attachment_names(raw)
        for m, s in items:
            if s != "body" and s not in names:
                err(where + "source %r is not an attachment of the mail (%s)" % (s, sorted(names)))
        date = email.utils.parsedate_to_datetime(msg["Date"])
        if date.utcoffset() != date.astimezone(KYIV).utcoffset():
            err(where + "Date is not written in Kyiv time")
        if not (2012 <= date.year <= 2013):
            err(where + "Date outside 2012-2013")
        period, late = period_of(date)
        if (period, late) != (key["period"], key["late"]):
            err(where + "key says period %s late %s, Date gives %s %s"
                % (key["period"], key["late"], period, late))
        rec = msg.get_all("Received")[0]
        rdate = email.utils.parsedate_to_datetime(rec.split(";")[-1].strip().split(" (")[0])
        gap = (rdate - date).total_seconds()
        if not (0 < gap <= 60) or rdate.astimezone(KYIV).date() != date.astimezone(KYIV).date():
            err(where + "top Received is not a few seconds after Date on the same Kyiv day")
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        to = str(msg["To"]).lower()
        if MAILBOX not in to:
            err(where + "To is not " + MAILBOX)
        own = [a.lower() for a in EXECUTORS[key["executor"]]]
        if frm.endswith("@example.gov.ua") or frm.endswith("@example.org.ua"):
            if frm not in registered:
                err(where + "From %s is not a registered address" % frm)
        if key["class"] == "personal_address":
            if frm in own:
                err(where + "a personal_address mail comes from the executor's own box")
        elif frm not in own:
            err(where + "From %s is not the executor's registered box" % frm)
    for prefix, n in sorted(per_class.items()):
        if n != 5:
            err("class %s has %d mails" % (prefix, n))
    if len(MAILS) != 40:
        err("%d mails, not 40" % len(MAILS))
    missing = set(range(1, 16)) - measures
    if missing:
        err("measures never reported: %s" % sorted(missing))
    for fn in sorted(os.listdir(ATT)):
        p = os.path.join(ATT, fn)
        if os.path.isfile(p):
            if os.path.getsize(p) >= 60 * 1024:
                err("attachment %s is %d bytes" % (fn, os.path.getsize(p)))
            if fn.endswith(".pdf") and shutil.which("pdftotext"):
                txt = subprocess.run(["pdftotext", p, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                if len(txt.strip()) < 100:
                    err("PDF %s has no text layer" % fn)
    for fn in os.listdir(HERE):
        if fn.endswith(".eml") and fn[:-4] not in {n for n, _, _ in MAILS}:
            err("stray file " + fn)
    if problems:
        print("\n".join("PROBLEM " + p for p in problems))
        return 1
    print("check: %d mails, %d items, all keys consistent, CRLF, Dates in their periods, "
          "sources present, attachments < 60 KB, PDFs with text" %
          (len(MAILS), sum(len(k["items"]) for _, k, _ in MAILS)))
    return 0


def parts_summary(msg, ua):
    short = {"text/plain": "plain", "text/html": "html", "text/calendar": "ics"}
    cte = {"quoted-printable": "QP", "base64": "b64", "8bit": "8bit", "7bit": "7bit"}
    out = []

    def walk(m, depth):
        if m.get_content_type() == "message/rfc822":
            out.append("rfc822[")
            for sub in m.get_payload():
                walk(sub, depth + 1)
            out.append("]")
            return
        if m.is_multipart():
            for p in m.iter_parts():
                walk(p, depth + 1)
            return
        fn = m.get_filename()
        if fn:
            out.append("." + fn.rsplit(".", 1)[-1])
        else:
            out.append("%s %s %s" % (short.get(m.get_content_type(), m.get_content_type()),
                                     m.get_content_charset() or "", cte.get(str(m["Content-Transfer-Encoding"]).lower(), "")))
    walk(msg, 0)
    client = ("Thunderbird " + ua.split("Thunderbird/")[1]) if "Thunderbird/" in ua else ua.split(" (")[0]
    return client + ": " + "; ".join(out).replace("[; ", "[").replace("; ]", "]")


def totals():
    from collections import Counter
    by_src, by_m, per, exe, cli = Counter(), Counter(), Counter(), Counter(), Counter()
    rows = []
    for name, key, fn in MAILS:
        for i in key["items"]:
            s = i["source"]
            by_src["body" if s == "body" else "." + s.rsplit(".", 1)[-1].lower()] += 1
            by_m[i["measure"]] += 1
        per["%s%s" % (key["period"], " late" if key["late"] else "")] += 1
        exe[key["executor"]] += 1
        with open(os.path.join(HERE, name + ".eml"), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        ua = msg.get("X-Mailer") or msg.get("User-Agent") or ("Gmail" if "gmail" in str(msg["Message-ID"]) else "?")
        cli[str(ua)] += 1
        its = ", ".join("%d %s" % (i["measure"], "body" if i["source"] == "body" else
                                   "." + i["source"].rsplit(".", 1)[-1]) for i in key["items"])
        rows.append("| %s | %s | %s | %s%s | %s | %s | %s |" % (
            name, key["class"], key["executor"], key["period"], " late" if key["late"] else "",
            parts_summary(msg, str(ua)), its or "— (%s)" % key["reason"], key["note"]))
    print("items:", sum(by_m.values()))
    print("by source:", dict(by_src))
    print("by measure:", dict(sorted(by_m.items())))
    print("periods:", dict(per))
    print("executors (%d):" % len(exe), dict(exe))
    print("clients:", dict(cli))
    print("\n".join(rows))


if __name__ == "__main__":
    if "--totals" in sys.argv:
        totals()
        sys.exit(0)
    if "--check" not in sys.argv:
        build()
    sys.exit(check())
