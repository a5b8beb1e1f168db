#!/usr/bin/env python3
"""Build the «tome» corpus: 40 long report e-mails for zvit with hand-written keys.

Run `python3 make.py` in this folder.  It writes NAME.eml and NAME.expected.json for every
mail, writes the HTML/CSV sources of the office files to attachments/src/, converts a source
with LibreOffice only when its converted file is missing or the source changed (the converted
files are kept in attachments/ and reused, so the build is reproducible without soffice), and
checks every key against the mail it describes.  Python 3 standard library only.

Each mail's KEY literal stands directly above its builder and was written before its text.
"""
import base64
import datetime as _dt
import email
import email.policy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
WORK = "/tmp/tome-work"
PLAN_TOML = os.path.normpath(os.path.join(HERE, "..", "..", "main", "config", "plan.toml"))
MAILBOX = "uvp@cg.ukrtel.net"

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# Executor ids as plan.toml gives them (checked against plan.toml when it is at hand).
EXECUTOR_IDS = [
    "uvp", "gromrada", "zvernennia", "cppk", "ogp-coordinator",
    "su-osvita", "su-zdorovia", "su-kultura", "su-sotszakhyst", "su-simia", "su-apk",
    "su-finansy", "su-ekonomika", "su-zhkh", "su-kapbud", "su-ekolohiia", "su-arkhiv",
    "su-mistobuduvannia", "su-sluzhba-ditei",
    "rda-bakhmach", "rda-bobrovytsia", "rda-borzna", "rda-varva", "rda-horodnia", "rda-ichnia",
    "rda-kozelets", "rda-korop", "rda-koriukivka", "rda-kulykivka", "rda-mena", "rda-nizhyn",
    "rda-novhorod-siverskyi", "rda-nosivka", "rda-pryluky", "rda-ripky", "rda-semenivka",
    "rda-sosnytsia", "rda-sribne", "rda-talalaivka", "rda-chernihiv", "rda-shchors",
]
DEADLINES = [_dt.date(2012, 12, 15), _dt.date(2013, 6, 15), _dt.date(2013, 12, 15)]
APPROVED = _dt.date(2012, 9, 10)
GRACE_DAYS = 3


def addr_of(eid):
    """The registered address of an executor (as plan.toml gives it)."""
    special = {"uvp": "uvp-info@example.gov.ua", "gromrada": "gromrada@example.gov.ua",
               "zvernennia": "zvernennia@example.gov.ua", "cppk": "cppk@example.gov.ua",
               "ogp-coordinator": "ogp-coordinator@example.org.ua"}
    if eid in special:
        return special[eid]
    if eid.startswith("su-"):
        return eid[3:] + "@example.gov.ua"
    return eid + "@example.gov.ua"


def load_plan():
    """Executor ids -> registered e-mails, deadlines and grace days from plan.toml, if present."""
    global DEADLINES, GRACE_DAYS
    if not os.path.exists(PLAN_TOML):
        return None
    import tomllib
    with open(PLAN_TOML, "rb") as f:
        plan = tomllib.load(f)
    DEADLINES = sorted(d["date"] for d in plan["deadline"])
    GRACE_DAYS = plan["plan"].get("grace_days", 3)
    return {e["id"]: [a.lower() for a in e.get("emails", [])] for e in plan["executor"]}


# ---------------------------------------------------------------------------------------
# Time: Europe/Kyiv by hand (EET +02, EEST +03 from the last Sunday of March 01:00 UTC to
# the last Sunday of October 01:00 UTC), so that no tz database is needed.

def _last_sunday(y, m):
    d = _dt.date(y, m, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def kyiv_offset_for_utc(utc):
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0))
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0))
    return 3 if start <= utc.replace(tzinfo=None) < end else 2


def kyiv_from_utc(utc):
    return utc.replace(tzinfo=None) + _dt.timedelta(hours=kyiv_offset_for_utc(utc))


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(local, off_minutes, weekday=True, tzname=None):
    s = "%02d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        local.day, MO[local.month - 1], local.year, local.hour, local.minute, local.second,
        "+" if off_minutes >= 0 else "-", abs(off_minutes) // 60, abs(off_minutes) % 60)
    if weekday:
        s = WD[local.weekday()] + ", " + s
    if tzname:
        s += " (%s)" % tzname
    return s


class When:
    """A sending moment given in Kyiv local time; `off` is the offset the client writes."""

    def __init__(self, y, mo, d, h, mi, s, off=None, recv_delay=7):
        self.kyiv = _dt.datetime(y, mo, d, h, mi, s)
        # find the UTC instant: try both offsets, keep the consistent one
        for o in (3, 2):
            utc = self.kyiv - _dt.timedelta(hours=o)
            if kyiv_offset_for_utc(utc) == o:
                self.kyiv_off = o
                self.utc = utc
                break
        else:
            raise ValueError("nonexistent Kyiv time")
        self.off = self.kyiv_off * 60 if off is None else off
        self.recv = self.utc + _dt.timedelta(seconds=recv_delay)
        assert kyiv_from_utc(self.recv).date() == self.kyiv.date(), "Received crosses a day"

    def date(self, weekday=True, tzname=None):
        local = self.utc + _dt.timedelta(minutes=self.off)
        return rfc_date(local, self.off, weekday, tzname)

    def received_date(self):
        local = kyiv_from_utc(self.recv)
        o = kyiv_offset_for_utc(self.recv)
        return rfc_date(local, o * 60, True, "EEST" if o == 3 else "EET")

    def ua(self, fmt="%d.%m.%Y"):
        return self.kyiv.strftime(fmt)


def period_of(kyiv_dt):
    d = kyiv_dt.date()
    if d < APPROVED:
        return None, False
    prev = None
    for i, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            if prev is not None and d <= prev + _dt.timedelta(days=GRACE_DAYS):
                return i - 1, True
            return i, False
        prev = dl
    if d <= prev + _dt.timedelta(days=GRACE_DAYS):
        return len(DEADLINES), True
    return None, False


# ---------------------------------------------------------------------------------------
# MIME by hand: every byte of the mail is chosen here, as the clients would write it.

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)).encode("ascii")


def qp_encode(data, width=76):
    """Quoted-printable of bytes whose line ends are CRLF (kept as hard breaks)."""
    out_lines = []
    for line in data.split(b"\r\n"):
        enc = []
        for i, b in enumerate(line):
            c = bytes([b])
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                enc.append(c.decode("ascii"))
            else:
                enc.append("=%02X" % b)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > width - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
        out_lines.append(cur)
    return "\r\n".join(out_lines).encode("ascii")


SUBST = {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "’": "'", "—": "-", "–": "-", "…": "...",
         "№": "N", "•": "*", "\u00a0": " "}


def fit(text, charset):
    """What a client does with characters its charset lacks: the nearest ASCII, else '?'."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(SUBST.get(ch, "?"))
    return "".join(out)


def encode_body(text_or_bytes, charset, cte):
    if isinstance(text_or_bytes, bytes):
        raw = text_or_bytes
    else:
        raw = crlf(fit(text_or_bytes, charset)).encode(charset)
    if cte == "base64":
        return b64_lines(raw)
    if cte == "quoted-printable":
        return qp_encode(raw)
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, "8bit line too long"
    return raw


def ew(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words (split on character boundaries), joined by CRLF SP."""
    words = []
    cur = ""
    pre = "=?%s?%s?" % (charset, enc)

    def enc_chunk(s):
        b = fit(s, charset).encode(charset)
        if enc == "B":
            return pre + base64.b64encode(b).decode("ascii") + "?="
        out = ""
        for x in b:
            ch = chr(x)
            if ch == " ":
                out += "_"
            elif ch.isalnum() and x < 128:
                out += ch
            elif ch in "!*+-/" and x < 128:
                out += ch
            else:
                out += "=%02X" % x
        return pre + out + "?="

    for ch in text:
        if len(enc_chunk(cur + ch)) > maxlen and cur:
            words.append(enc_chunk(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(enc_chunk(cur))
    return "\r\n ".join(words)


def addr(display, mail, charset="utf-8", enc="B", quote=False):
    if display is None:
        return mail
    try:
        display.encode("ascii")
        disp = '"%s"' % display if (quote or any(c in display for c in ',.;')) else display
    except UnicodeEncodeError:
        disp = ew(display, charset, enc)
        if quote:
            disp = '"%s"' % disp
    return "%s <%s>" % (disp, mail)


def rfc2231(name, value, charset="utf-8", seg=40):
    """name*0*=charset''...; name*1*=... continuations (Thunderbird style)."""
    b = value.encode(charset)
    pct = "".join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "-._" else "%%%02X" % x
                  for x in b)
    units = re.findall(r"%[0-9A-F]{2}|.", pct)
    chunks = []
    cur = ""
    for u in units:
        if len(cur) + len(u) > seg:
            chunks.append(cur)
            cur = ""
        cur += u
    if cur:
        chunks.append(cur)
    if len(chunks) == 1:
        return " %s*=%s''%s" % (name, charset, chunks[0])
    parts = []
    for k, c in enumerate(chunks):
        parts.append(" %s*%d*=%s%s" % (name, k, (charset + "''") if k == 0 else "", c))
    return ";\r\n".join(parts)


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = headers          # list of (name, value) strings, value already encoded
        self.body = body                # bytes (leaf)
        self.parts = parts              # list of Part (multipart)
        self.boundary = boundary
        self.preamble = preamble

    def bytes(self):
        out = b""
        for n, v in self.headers:
            out += ("%s: %s\r\n" % (n, v)).encode("ascii")
        out += b"\r\n"
        if self.parts is None:
            out += self.body
            if not self.body.endswith(b"\r\n"):
                out += b"\r\n"
        else:
            if self.preamble:
                out += crlf(self.preamble).encode("ascii") + b"\r\n"
            for p in self.parts:
                out += ("--%s\r\n" % self.boundary).encode("ascii")
                out += p.bytes()
            out += ("--%s--\r\n" % self.boundary).encode("ascii")
        return out


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None,
              extra_params="", extra_headers=None, raw_bytes=None):
    """declared: the charset the header names (to mislabel); the text is encoded in charset."""
    decl = declared if declared is not None else charset
    ct = "text/%s" % subtype
    if decl:
        ct += '; charset="%s"' % decl if subtype == "html" or '"' in extra_params else "; charset=%s" % decl
    ct += extra_params
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra_headers:
        headers += extra_headers
    body = encode_body(raw_bytes if raw_bytes is not None else text, charset, cte)
    return Part(headers, body)


def fname_param(pname, filename, style, charset="utf-8"):
    if style == "ascii":
        return ' %s="%s"' % (pname, filename)
    if style == "2047b":
        return ' %s="%s"' % (pname, ew(filename, charset, "B").replace("\r\n ", "\r\n\t"))
    if style == "2047q":
        return ' %s="%s"' % (pname, ew(filename, charset, "Q").replace("\r\n ", "\r\n\t"))
    if style == "2231":
        return "\r\n" + rfc2231(pname, filename, charset)
    raise ValueError(style)


MIME_TYPES = {
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
    "ics": "text/calendar",
    "png": "image/png",
    "gif": "image/gif",
    "jpg": "image/jpeg",
}


def att_part(data, filename, style="2047b", charset="utf-8", ctype=None, disposition="attachment",
             name_too=True, cid=None, fname_style=None, octet=False):
    ext = filename.rsplit(".", 1)[-1].lower()
    ct = "application/octet-stream" if octet else (ctype or MIME_TYPES[ext])
    ctv = ct + ";"
    if name_too:
        ctv += fname_param("name", filename, style if style != "2231" else "2047b", charset)
    else:
        ctv = ct
    headers = [("Content-Type", ctv.rstrip(";")), ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", "<%s>" % cid))
    if disposition:
        headers.append(("Content-Disposition", disposition + ";" +
                        fname_param("filename", filename, fname_style or style, charset)))
    return Part(headers, b64_lines(data))


def multipart(subtype, parts, boundary, extra=""):
    return Part([("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (subtype, extra, boundary))],
                parts=parts, boundary=boundary, preamble="This is a multi-part message in MIME format.")


def rfc822_part(msg_bytes, filename=None, style="2047b"):
    headers = [("Content-Type", "message/rfc822")]
    if filename:
        headers.append(("Content-Disposition", "attachment;" + fname_param("filename", filename, style)))
    else:
        headers.append(("Content-Disposition", "inline"))
    return Part(headers, msg_bytes)


def received(when, helo, ip, client_host=None, qid=None, by="mx.cg.ukrtel.net"):
    qid = qid or hashlib.md5((helo + when.date()).encode()).hexdigest()[:10].upper()
    return ("from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (helo, client_host or helo, ip, by, qid, MAILBOX, when.received_date()))


def message(top_headers, root, when, helo="mail.example.gov.ua", ip="10.12.1.5", extra_received=(),
            client_host=None):
    """Assemble a whole mail: Received on top, then the given headers, then the root part."""
    hdrs = [("Received", received(when, helo, ip, client_host))] + list(extra_received) + list(top_headers)
    names = [h[0].lower() for h in hdrs]
    for need in ("from", "to", "subject", "date", "message-id"):
        assert need in names, need
    root_headers = [("MIME-Version", "1.0")] + root.headers if "mime-version" not in names else root.headers
    whole = Part(hdrs + root_headers, root.body, root.parts, root.boundary, root.preamble)
    return whole.bytes()


def bnd(kind, seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if kind == "outlook":
        return "----=_NextPart_000_%s_%s.%s" % (h[:4], h[4:12], h[12:20])
    if kind == "tb":
        return "------------" + str(int(h[:20], 16))[:24].rjust(24, "0")
    if kind == "gmail":
        return h[:28].lower()
    if kind == "bat":
        return "----------%s" % h[:12]
    if kind == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if kind == "rc":
        return "=_%s" % h[:32].lower()
    return "----_=_%s" % h[:24]


def mid(kind, seed, domain):
    h = hashlib.sha1(("mid" + seed).encode()).hexdigest()
    if kind == "outlook":
        return "<%s$%s$%s@%s>" % (h[:12].upper(), h[12:20], h[20:28], domain)
    if kind == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:30])).decode()[:20].replace("/", "x").replace("+", "Y"),
                                            h[30:36].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def flowed(text, width=72):
    """format=flowed wrapping (RFC 3676): soft breaks end with a space."""
    out = []
    for para in text.split("\n"):
        if para.startswith(">") or len(para) <= width:
            out.append(para)
            continue
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def hardwrap(text, width=76, prefix=""):
    """Plain hard wrapping (Outlook Express, The Bat!, web mail)."""
    out = []
    for para in text.split("\n"):
        if len(prefix + para) <= width:
            out.append(prefix + para)
            continue
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(prefix + cur)
    return "\n".join(out)


def quote(text, prefix="> ", width=None):
    lines = text.split("\n") if width is None else hardwrap(text, width).split("\n")
    return "\n".join((prefix.rstrip() if not l else prefix + l) if not l.startswith(">") else ">" + l
                     for l in lines)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text, tag="p", attrs=""):
    return "\n".join("<%s%s>%s</%s>" % (tag, attrs, html_escape(p) if p else "&nbsp;", tag)
                     for p in text.split("\n"))


# ---------------------------------------------------------------------------------------
# Office files: HTML or CSV sources written to attachments/src, converted once by soffice.

FILTERS = {
    "doc": ('--infilter=HTML (StarWriter)', 'doc:MS Word 97'),
    "docx": ('--infilter=HTML (StarWriter)', 'docx:MS Word 2007 XML'),
    "odt": ('--infilter=HTML (StarWriter)', 'odt:writer8'),
    "rtf": ('--infilter=HTML (StarWriter)', 'rtf:Rich Text Format'),
    "pdf": ('--infilter=HTML (StarWriter)', 'pdf:writer_pdf_Export'),
    "xls": ('--infilter=CSV:44,34,76,1', 'xls:MS Excel 97'),
    "xlsx": ('--infilter=CSV:44,34,76,1', 'xlsx:Calc MS Excel 2007 XML'),
    "ods": ('--infilter=CSV:44,34,76,1', 'ods:calc8'),
}
CONVERTED = []


def office(stem, ext, source):
    """Return the bytes of attachments/STEM.EXT, converting attachments/src/STEM.(html|csv)."""
    src_ext = "csv" if ext in ("xls", "xlsx", "ods") else "html"
    os.makedirs(SRC, exist_ok=True)
    src_path = os.path.join(SRC, "%s.%s" % (stem, src_ext))
    data = source.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    out_path = os.path.join(ATT, "%s.%s" % (stem, ext))
    stamp = out_path + ".sha256"
    old = open(src_path, "rb").read() if os.path.exists(src_path) else None
    if old != data:
        with open(src_path, "wb") as f:
            f.write(data)
    fresh = os.path.exists(out_path) and os.path.exists(stamp) and open(stamp).read().strip() == digest
    if not fresh:
        if not shutil.which("soffice"):
            raise SystemExit("soffice needed to convert %s" % src_path)
        infilter, conv = FILTERS[ext]
        outdir = os.path.join(WORK, "conv")
        os.makedirs(outdir, exist_ok=True)
        cmd = ["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % WORK,
               infilter, "--convert-to", conv, "--outdir", outdir, src_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(outdir, "%s.%s" % (stem, ext))
        shutil.move(produced, out_path)
        with open(stamp, "w") as f:
            f.write(digest + "\n")
        CONVERTED.append(out_path)
    with open(out_path, "rb") as f:
        blob = f.read()
    assert len(blob) < 60 * 1024, "%s is %d bytes" % (out_path, len(blob))
    return blob


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = "" if c is None else str(c)
            if any(x in c for x in ',"\n') or c != c.strip():
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


DOC_CSS = """<style>
body { font-family: 'Times New Roman', serif; font-size: 14pt; }
p { margin: 0 0 6pt 0; text-align: justify; }
h1 { font-size: 15pt; text-align: center; }
h2 { font-size: 14pt; }
h3 { font-size: 14pt; font-style: italic; }
td, th { font-size: 11pt; vertical-align: top; border: 1px solid #000; padding: 2pt; }
table { border-collapse: collapse; }
.r { text-align: right; } .c { text-align: center; }
</style>"""


def html_doc(title, body_html):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>%s</head>\n<body>\n%s\n</body></html>\n'
            % (html_escape(title), DOC_CSS, body_html))


def doc_paras(text):
    """A little markup for documents: lines starting '# ' '## ' '### ' are headings, '>> ' right
    aligned, '^^ ' centred, '|' rows make a table (first row th when it starts '|!'), other
    lines paragraphs, blank lines skipped."""
    out = []
    table = []

    def flush():
        if not table:
            return
        rows = []
        for i, row in enumerate(table):
            head = row.startswith("|!")
            cells = row.strip("|!").split("|")
            tag = "th" if head else "td"
            rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html_escape(c.strip()).replace("\\n", "<br>"), tag)
                                         for c in cells) + "</tr>")
        out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">' + "\n".join(rows) + "</table>")
        table.clear()

    for line in text.strip("\n").split("\n"):
        if line.startswith("|"):
            table.append(line)
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith("### "):
            out.append("<h3>%s</h3>" % html_escape(line[4:]))
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % html_escape(line[3:]))
        elif line.startswith("# "):
            out.append("<h1>%s</h1>" % html_escape(line[2:]))
        elif line.startswith(">> "):
            out.append('<p class="r" align="right">%s</p>' % html_escape(line[3:]))
        elif line.startswith("^^ "):
            out.append('<p class="c" align="center">%s</p>' % html_escape(line[3:]))
        elif line.startswith("~~"):
            out.append('<p style="page-break-before: always"></p>')
        else:
            out.append("<p>%s</p>" % html_escape(line))
    flush()
    return "\n".join(out)


def doc(stem, ext, title, text):
    return office(stem, ext, html_doc(title, doc_paras(text)))


def sheet(stem, ext, rows):
    return office(stem, ext, csv_text(rows))


# ---------------------------------------------------------------------------------------
# Registry of mails

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, dict(key), fn))
        return fn
    return deco


# Texts zvit itself sends (rendered by hand from its templates), which offices quote.
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
              "у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
MEASURE_TEXT = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    5: "Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
}


def reminder_text(deadline, today, executor_name, missing, overdue=True):
    s = "Шановні колеги!\n\n"
    if overdue:
        s += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_TITLE))
    else:
        s += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s "
              "на адресу електронної пошти %s.\n\n" % (PLAN_TITLE, deadline, MAILBOX))
    s += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n"
          % (today, executor_name))
    for m in missing:
        s += "\n  %d. %s\n" % (m, MEASURE_TEXT[m])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    s += "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну."
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його "
          "недійсним.\n\nЗ повагою\n" + OFFICE)
    return s


def receipt_text(received, subject, executor_name, period, deadline, recognised, missing, late=False):
    s = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\n"
         "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s)."
         % (OFFICE.replace("Управління", "Управління", 1), received, subject, executor_name, period, deadline))
    if late:
        s += "\nЛист надійшов після встановленого терміну; інформацію враховано як подану із запізненням."
    s += "\n\n"
    if recognised:
        s += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, ex in recognised:
            s += "  • пункт %d: %s\n" % (n, ex)
    else:
        s += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    s += "\n"
    if missing:
        s += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            s += "  %d. %s\n" % (m, MEASURE_TEXT[m])
    s += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s."
          "\n\nЗ повагою\n%s" % (MAILBOX, OFFICE))
    return s



# =======================================================================================
# Shared pieces that offices paste under their letters

DISCLAIMER_UK = (
    "Ця електронна пошта та будь-які файли, передані з нею, є конфіденційними й призначені виключно "
    "для використання особою або організацією, якій вони адресовані. Якщо Ви отримали цей лист помилково, "
    "просимо повідомити про це відправника та видалити лист і всі вкладення з Вашої системи. Будь-яке "
    "несанкціоноване використання, поширення, копіювання чи розголошення змісту цього повідомлення "
    "заборонено. Погляди чи думки, висловлені в цьому листі, належать виключно автору і не обов'язково "
    "відображають позицію облдержадміністрації. Відправник не несе відповідальності за будь-які пошкодження, "
    "спричинені вірусами, які могли бути передані разом із цим листом; перевірте вкладення антивірусною "
    "програмою перед відкриттям.")

ECO_NOTE = "Будь ласка, подумайте про довкілля, перш ніж друкувати цей лист."

OUTLOOK_2010 = [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "uk")]
OUTLOOK_2007 = [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "uk")]
OUTLOOK_2003 = [("X-Mailer", "Microsoft Office Outlook 11"),
                ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
OUTLOOK_EXPRESS = [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                   ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
                   ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")]


def thread_index(seed):
    h = hashlib.sha1(("ti" + seed).encode()).digest()
    return base64.b64encode(b"\x01\xcd" + h[:20]).decode()


# =======================================================================================
# 1. placeholder

KEY = {
    "class": "placeholder", "executor": "su-kultura", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A 2012 annual report of many pages (contents, introduction, conclusions, statistical appendices) whose 16-row table answers three measures in prose and fills the rest with «—», «х», «+», an empty cell and a bare «не проводились».",
    "items": [{"measure": 1, "source": "Звіт_відкритість_2012.docx"},
              {"measure": 6, "source": "Звіт_відкритість_2012.docx"},
              {"measure": 12, "source": "Звіт_відкритість_2012.docx"}],
}


@mail("ph01", KEY)
def ph01():
    w = When(2012, 12, 13, 11, 24, 36)
    fname = "Звіт_відкритість_2012.docx"
    text = """
>> ЗАТВЕРДЖУЮ
>> Начальник управління культури і туризму
>> облдержадміністрації
>> ____________ В.П. Лозовий
>> «12» грудня 2012 року
# ЗВІТ
^^ управління культури і туризму Чернігівської обласної державної адміністрації про роботу щодо забезпечення відкритості та прозорості діяльності, налагодження діалогу з громадськістю та виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» у 2012 році
^^ м. Чернігів – 2012
~~
## ЗМІСТ
Вступ ........................................................................ 2
Розділ 1. Загальні засади діяльності управління у сфері забезпечення відкритості ......... 3
1.1. Нормативно-правова база ........................................................... 3
1.2. Організаційне забезпечення ........................................................ 4
1.3. Взаємодія із засобами масової інформації ........................................... 4
1.4. Робота зі зверненнями громадян та запитами на публічну інформацію ................. 5
Розділ 2. Інформація про виконання Плану заходів (таблиця) ........................... 6
Розділ 3. Висновки та завдання на 2013 рік ........................................... 10
Додаток 1. Статистичні дані щодо наповнення веб-сторінки управління ................... 11
Додаток 2. Перелік культурно-мистецьких заходів, проведених спільно з громадськими організаціями ... 12
Додаток 3. Перелік нормативних документів управління, прийнятих у 2012 році ............. 13
~~
## ВСТУП
Управління культури і туризму Чернігівської обласної державної адміністрації (далі – управління) є структурним підрозділом облдержадміністрації, який забезпечує реалізацію державної політики у сферах культури, мистецтва, охорони культурної спадщини, кінематографії, туризму та курортів на території області. Управлінню підпорядковано 14 обласних закладів культури і мистецтва, 3 навчальні заклади І–ІІ рівнів акредитації, обласний науково-методичний центр культури, а також методично підпорядковано 22 районні відділи культури і туризму та відділи культури міських рад.
Протягом 2012 року управління здійснювало свою діяльність відповідно до Конституції України, законів України «Про культуру», «Про доступ до публічної інформації», «Про інформацію», «Про звернення громадян», указів Президента України, постанов і розпоряджень Кабінету Міністрів України, розпоряджень голови облдержадміністрації та Положення про управління, затвердженого розпорядженням голови облдержадміністрації від 28.03.2011 № 141.
Відкритість діяльності органів виконавчої влади, доступність інформації про прийняті рішення та можливість громадян впливати на їх прийняття є, на переконання колективу управління, невід'ємною складовою сучасного державного управління в галузі культури. Культура за своєю природою є сферою, в якій співпраця влади з громадськими організаціями, творчими спілками, меценатами та активними громадянами має особливе значення: значна частина культурного життя області тримається саме на ініціативі громадськості.
У звітному році колектив управління працював в умовах обмеженого фінансування, скорочення штатної чисельності на дві одиниці та зміни керівництва двох обласних закладів. Незважаючи на це, управлінню вдалося зберегти мережу закладів культури, забезпечити проведення всіх запланованих обласних культурно-мистецьких заходів та долучитися до виконання завдань, визначених Планом заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженим заступником голови облдержадміністрації 10 вересня 2012 року (далі – План).
Цей звіт підготовлено відповідно до пункту 16 Плану. Він містить загальну характеристику діяльності управління у сфері забезпечення відкритості, інформацію про стан виконання кожного з пунктів Плану (розділ 2), висновки та завдання на наступний рік, а також статистичні додатки.
## Розділ 1. Загальні засади діяльності управління у сфері забезпечення відкритості
### 1.1. Нормативно-правова база
Діяльність управління у сфері забезпечення відкритості ґрунтується на положеннях законів України «Про доступ до публічної інформації» та «Про інформацію», постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики», постанови Кабінету Міністрів України від 04.01.2002 № 3 «Про Порядок оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади», а також розпорядження голови облдержадміністрації від 12.05.2011 № 213 «Про забезпечення доступу до публічної інформації».
На виконання зазначених актів наказом начальника управління від 15.05.2011 № 67 визначено відповідальних осіб з питань забезпечення доступу до публічної інформації, затверджено порядок складення, подання запитів на інформацію та форму запиту, порядок обліку запитів. Протягом 2012 року до управління надійшло 23 запити на інформацію, усі розглянуто у встановлені законом строки; у задоволенні жодного запиту не відмовлено.
### 1.2. Організаційне забезпечення
Організаційне забезпечення роботи з громадськістю покладено на відділ організаційно-кадрової роботи, контролю та діловодства управління. Питання взаємодії з громадськими організаціями, творчими спілками та національно-культурними товариствами щоквартально розглядаються на апаратних нарадах при начальникові управління. Працівники управління беруть участь у навчаннях з питань доступу до публічної інформації, які організовує облдержадміністрація.
Загалом в області здійснюють діяльність 64 громадські організації, статутні завдання яких пов'язані з розвитком культури, збереженням традицій і народних промислів, охороною культурної спадщини та розвитком туризму. З більшістю з них управління підтримує постійні робочі контакти.
### 1.3. Взаємодія із засобами масової інформації
Управління приділяє значну увагу інформуванню населення області про культурне життя краю через засоби масової інформації. Протягом 2012 року працівники управління та керівники підпорядкованих закладів взяли участь у 38 радіо- та телепередачах обласних мовників, підготовлено 64 публікації для обласних і районних газет. Регулярно проводились брифінги напередодні масштабних культурно-мистецьких заходів: обласного фестивалю «Сіверські джерела», Міжнародного фестивалю «Слов'янське коло», Днів Чернігівщини у Києві. Начальник управління щоквартально виступав у програмі «Діалог з владою» обласного радіо.
Спільно з обласною державною телерадіокомпанією реалізовано цикл телепередач «Музейні скарби Чернігівщини» (12 випусків), у якому працівники обласних музеїв розповідали про найцінніші експонати. Для журналістів, які висвітлюють питання культури, у травні 2012 року проведено прес-тур до Батурина та Качанівки.
Разом з тим, аналіз публікацій свідчить, що інформування про діяльність сільських закладів культури залишається недостатнім: районні газети переважно обмежуються анонсами свят, а проблемні питання (стан приміщень, кадрове забезпечення) висвітлюються епізодично.
### 1.4. Робота зі зверненнями громадян та запитами на публічну інформацію
У 2012 році до управління надійшло 146 звернень громадян (у 2011 році – 131), з них 112 письмових і 34 усних під час особистого прийому. Найбільше звернень стосувалось питань оплати праці працівників культури (41), збереження та використання пам'яток історії та культури (27), роботи сільських клубів і бібліотек (23), надання приміщень творчим колективам (15). Усі звернення розглянуто у встановлені строки, 58 вирішено позитивно, на решту надано роз'яснення.
Особистий прийом громадян начальником управління проводиться щосереди з 10.00 до 13.00, заступниками – за графіком, оприлюдненим у приміщенні управління. Виїзні прийоми у 2012 році проведено в Ніжині, Прилуках та Новгороді-Сіверському.
Як зазначалось вище, протягом року надійшло 23 запити на публічну інформацію. Запитувачами були переважно журналісти (9), громадські організації (7) та фізичні особи (7); предметом запитів найчастіше були питання фінансування закладів культури, використання коштів на проведення фестивалів та оренди приміщень закладів культури. Скарг на дії управління щодо розгляду запитів не надходило.
~~
## Розділ 2. Інформація про виконання Плану заходів
|!№ п/п|Зміст заходу Плану (скорочено)|Відмітка про виконання управлінням культури і туризму
|1|Приведення до вимог законодавства інформаційного наповнення та функціонування офіційних Інтернет-сайтів|Веб-сторінка управління на офіційному сайті облдержадміністрації у 2012 році приведена у відповідність до вимог постанови КМУ від 04.01.2002 № 3 та Закону України «Про доступ до публічної інформації». У жовтні 2012 року повністю оновлено розділи «Керівництво», «Структура управління», «Нормативна база» та «Заклади культури обласного підпорядкування»; створено розділ «Публічна інформація», в якому розміщено порядок подання запитів, форму запиту та систему обліку документів. Протягом року на сторінці розміщено 143 інформаційні матеріали (анонси, прес-релізи, звіти про проведені заходи), щомісяця оновлюється афіша обласних закладів культури. Відповідальним за наповнення сторінки визначено головного спеціаліста відділу організаційно-кадрової роботи; матеріали подаються до відділу інформаційних технологій апарату облдержадміністрації не пізніше наступного робочого дня після події.
|2|Створення рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів»|—
|3|Створення та підтримка веб-ресурсу «Чернігівська громада»|х
|4|Інтернет-форум на базі веб-ресурсу|х
|5|«Гаряча лінія» голови облдержадміністрації|х
|6|Проведення консультацій з громадськістю згідно з постановою КМУ № 996|Відповідно до орієнтовного плану проведення консультацій з громадськістю на 2012 рік управлінням проведено 4 консультації. 18 жовтня 2012 року відбувся круглий стіл «Музей і громада: нові форми співпраці» за участю представників 11 громадських організацій, працівників музеїв області та краєзнавців; пропозиції учасників (щодо запровадження безкоштовних днів відвідування музеїв для школярів та пенсіонерів) враховано при підготовці плану роботи обласних музеїв на 2013 рік. У вересні–листопаді 2012 року проведено опитування відвідувачів обласних бібліотек щодо якості бібліотечного обслуговування (опитано 612 осіб), результати опитування обговорено на нараді директорів бібліотек 22.11.2012. Проведено також дві зустрічі з керівниками національно-культурних товариств з питань підготовки до відзначення Дня Соборності та Дня рідної мови.
|7|Залучення представників ІГС до роботи дорадчо-консультативних органів|не проводились
|8|Введення голів комітетів Громадської ради до складу колегій|+
|9|Залучення членів громадських рад до обговорення проектів розпоряджень, програм|
|10|Рекомендації громадським радам щодо створення комісій з питань відкритості|х
|11|«Дні відкритих дверей» в управлінні з питань внутрішньої політики|х
|12|Сприяння проведенню громадських експертиз|Запитів від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності управління у 2012 році не надходило, громадська експертиза не проводилась. Проекти наказів управління, що мають ознаки регуляторних актів, у звітному році не розроблялись, тому громадська антикорупційна експертиза не здійснювалась.
|13|Навчальні семінари для заступників керівників структурних підрозділів|х
|14|Методичні посібники для державних службовців|х
|15|Громадське обговорення виконання заходів Плану|х
|16|Надання інформації про виконання Плану|Інформація надається у встановлені терміни
~~
## Пояснення до таблиці
У таблиці наведено всі 16 пунктів Плану. Пункти, виконавцем яких управління не визначено, позначено знаком «х». Інформація щодо решти пунктів подається за станом на 12 грудня 2012 року. Відомості, які стосуються роботи обласних закладів культури, узагальнено на підставі інформації, наданої їх керівниками на запит управління від 19.11.2012 № 04-07/1877; відповіді надійшли від 13 з 14 закладів.
Управління звертає увагу, що частина заходів, пов'язаних зі співпрацею з громадськістю, проводиться безпосередньо обласними закладами культури – музеями, бібліотеками, театрами, філармонією. Зокрема, обласна універсальна наукова бібліотека щомісяця проводить зустрічі «Бібліотека і громада», обласний художній музей – цикл лекцій для членів громадських організацій людей похилого віку. Ці заходи мають культурно-просвітницький характер і в таблиці не відображені.
## Розділ 3. Висновки та завдання на 2013 рік
Аналіз роботи управління у 2012 році свідчить, що завдання щодо забезпечення відкритості та прозорості діяльності в цілому виконуються. Разом з тим існує низка проблемних питань, які потребують вирішення: недостатня кількість фахівців з інформаційних технологій, обмежені можливості для оперативного оновлення інформації на веб-сторінці у вихідні дні, низька активність громадських організацій під час обговорень.
У 2013 році управління планує:
– продовжити роботу з наповнення веб-сторінки управління актуальною інформацією;
– розглянути можливість введення до складу колегії управління представника громадської ради після затвердження нового положення про колегію;
– налагодити співпрацю з громадськими організаціями щодо проведення громадських обговорень проектів обласних програм у сфері культури;
– забезпечити участь працівників управління у навчальних семінарах з питань консультацій з громадськістю.
Для вирішення зазначених проблем управління вважає за доцільне: передбачити в штатному розписі управління посаду спеціаліста з питань інформаційних технологій; запровадити спільно з відділом інформаційних технологій апарату облдержадміністрації можливість віддаленого розміщення матеріалів працівниками управління; включати до планів роботи обласних закладів культури заходи щодо залучення громадськості до формування репертуарної та виставкової політики.
Окремо слід відзначити, що значна частина культурного життя області відбувається в сільській місцевості, де громадські організації культурного спрямування практично відсутні, а основним партнером влади виступають сільські громади та ініціативні групи мешканців. Робота з ними потребує інших форм, ніж проведення круглих столів та електронних консультацій: це виїзні зустрічі, сходи громадян, робота через старост. Управління рекомендуватиме районним відділам культури і туризму активніше використовувати саме такі форми.
Управління і надалі вживатиме заходів, спрямованих на забезпечення відкритості своєї діяльності та поглиблення співпраці з інститутами громадянського суспільства, творчими спілками та національно-культурними товариствами області.
~~
## Додаток 1. Статистичні дані щодо наповнення веб-сторінки управління у 2012 році
|!Місяць|Анонси|Прес-релізи|Звіти про заходи|Нормативні документи|Усього
|Січень|4|3|5|1|13
|Лютий|3|4|6|0|13
|Березень|5|2|4|2|13
|Квітень|6|3|5|0|14
|Травень|7|4|3|1|15
|Червень|5|3|4|0|12
|Липень|2|1|3|0|6
|Серпень|4|2|5|1|12
|Вересень|5|3|4|0|12
|Жовтень|4|4|5|2|15
|Листопад|3|3|3|1|10
|Грудень (на 12.12)|2|2|1|0|5
|Разом|50|34|48|8|143
## Додаток 2. Перелік культурно-мистецьких заходів, проведених спільно з громадськими організаціями у 2012 році
|!№|Назва заходу|Дата|Партнер
|1|Обласний фестиваль народної творчості «Сіверські джерела»|26.05.2012|Обласна організація Національної спілки майстрів народного мистецтва
|2|Виставка «Чернігівська вишивка: традиції і сучасність»|14.06–30.07.2012|ГО «Берегиня Сіверщини»
|3|Фестиваль духової музики «Сурми Полісся»|18.08.2012|Громадська організація «Чернігівський музичний клуб»
|4|Літературні читання до 100-річчя від дня народження поета|05.10.2012|Чернігівська обласна організація Національної спілки письменників України
|5|Дні польської культури в області|12–16.11.2012|Чернігівське обласне товариство польської культури «Полонія»
## Додаток 3. Перелік нормативних документів управління, прийнятих у 2012 році, що стосуються прав та обов'язків громадян
|!№|Вид, дата і номер документа|Назва|Оприлюднено
|1|Наказ від 16.01.2012 № 4|Про затвердження Порядку проведення обласних конкурсів аматорських колективів|на веб-сторінці, 18.01.2012
|2|Наказ від 27.02.2012 № 21|Про затвердження умов обласного конкурсу «Бібліотекар року»|на веб-сторінці, 29.02.2012
|3|Наказ від 11.04.2012 № 47|Про встановлення плати за платні послуги обласних музеїв|на веб-сторінці, 13.04.2012
|4|Наказ від 05.06.2012 № 71|Про порядок надання приміщень закладів культури обласного підпорядкування в оренду|на веб-сторінці, 07.06.2012
|5|Наказ від 22.08.2012 № 96|Про затвердження Положення про обласну премію імені Михайла Коцюбинського|на веб-сторінці, 24.08.2012
|6|Наказ від 10.10.2012 № 118|Про затвердження плану заходів щодо забезпечення відкритості діяльності управління|на веб-сторінці, 12.10.2012
>> Заступник начальника управління – начальник відділу організаційно-кадрової роботи, контролю та діловодства О.В. Бондаренко
"""
    blob = doc("ph01_zvit_2012", "docx", "Звіт управління культури і туризму за 2012 рік", text)
    body = """Шановні колеги!

На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управління культури і туризму облдержадміністрації надсилає звіт про роботу щодо забезпечення відкритості та прозорості діяльності у 2012 році.

Звіт містить загальну характеристику діяльності управління, інформацію про виконання кожного пункту Плану (розділ 2, таблиця), висновки та статистичні додатки. Паперовий примірник, затверджений начальником управління, буде направлено поштою.

У разі виникнення питань просимо звертатися до відділу організаційно-кадрової роботи, контролю та діловодства управління за телефоном (0462) 67-54-19.

Додаток: Звіт_відкритість_2012.docx, на 11 арк.

З повагою,
Ольга Бондаренко
заступник начальника управління – начальник відділу організаційно-кадрової роботи, контролю та діловодства управління культури і туризму Чернігівської обласної державної адміністрації
14000, м. Чернігів, вул. Кирпоноса, 14
тел. (0462) 67-54-19, факс (0462) 67-54-20
kultura@example.gov.ua

""" + DISCLAIMER_UK + "\n\n" + ECO_NOTE + "\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<meta name="Generator" content="Microsoft Word 14 (filtered medium)"></head>'
            '<body lang="UK" link="blue" vlink="purple"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_escape(l) if l else "&nbsp;")
                        for l in body.split("\n"))
            + "\n</div></body></html>")
    alt = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], bnd("outlook", "ph01a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047b", "utf-8")], bnd("outlook", "ph01"))
    hdrs = [("From", addr("Бондаренко Ольга Василівна", "kultura@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Звіт управління культури і туризму за 2012 рік (Відкритий уряд)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "ph01", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("ph01"))]
    return message(hdrs, root, w, "mail.kultura.example.gov.ua", "10.12.4.21")


KEY = {
    "class": "placeholder", "executor": "rda-ichnia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A plain-text The Bat! body that pastes the whole plan as a tab table, every measure's full wording, executors and term, with «-», «без змін», a bare «не проводились» and «виконується» in the answer column; only four rows say something, one of them a denial that names the expert reviews.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("ph02", KEY)
def ph02():
    w = When(2013, 6, 14, 16, 52, 8)
    full = {n: t for n, t in MEASURE_TEXT.items()}
    full[3] = "З метою налагодження діалогу з громадськістю, забезпечення прозорості та відкритості влади забезпечити створення та підтримку роботи веб-ресурсу «Чернігівська громада»."
    full[4] = "Створити на базі веб-ресурсу «Чернігівська громада» Інтернет-форум з обговорення актуальних питань життєдіяльності області, співпраці влади та громадськості."
    full[11] = "Організувати проведення «Днів відкритих дверей» для ознайомлення представників громадськості та ЗМІ з роботою управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації."
    full[13] = "Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю."
    full[14] = "Розробити та поширити методичні посібники для державних службовців щодо використання інструментів політики сприяння розвитку громадянського суспільства."
    full[15] = "Забезпечити організацію громадського обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»."
    full[16] = "Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net)."
    exe = {1: "Структурні підрозділи облдержадміністрації, райдержадміністрації", 2: "Структурні підрозділи облдержадміністрації",
           3: "УВП, Громадська рада при облдержадміністрації", 4: "УВП, Громадська рада при облдержадміністрації",
           5: "УВП, відділ роботи із зверненнями громадян апарату облдержадміністрації",
           6: "Структурні підрозділи облдержадміністрації, райдержадміністрації", 7: "Структурні підрозділи облдержадміністрації, райдержадміністрації",
           8: "Структурні підрозділи облдержадміністрації", 9: "Структурні підрозділи облдержадміністрації, райдержадміністрації",
           10: "УВП, райдержадміністрації", 11: "УВП", 12: "Структурні підрозділи облдержадміністрації, райдержадміністрації",
           13: "УВП, Чернігівський центр перепідготовки та підвищення кваліфікації", 14: "УВП", 15: "УВП, регіональний координатор, Громадська рада",
           16: "Структурні підрозділи облдержадміністрації, райдержадміністрації"}
    term = {1: "Постійно", 2: "Постійно", 3: "IV квартал 2012 року", 4: "I квартал 2013 року", 5: "Постійно", 6: "Постійно",
            7: "Постійно", 8: "Постійно", 9: "Постійно", 10: "Постійно", 11: "Постійно", 12: "Постійно",
            13: "До 1 березня 2013 року", 14: "До 1 січня 2013 року", 15: "Щорічно", 16: "До 15 грудня 2012 року, 15 червня 2013 року, 15 грудня 2013 року"}
    info = {
        1: "Офіційний веб-сайт Ічнянської районної державної адміністрації функціонує відповідно до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3 «Про Порядок оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади». У І півріччі 2013 року проведено повну ревізію структури сайту: вилучено застарілі розділи, створено нові розділи «Доступ до публічної інформації», «Регуляторна політика», «Громадська рада», «Консультації з громадськістю». Розпорядженням голови райдержадміністрації від 21.02.2013 № 64 визначено відповідальних за подання інформації від кожного структурного підрозділу. За звітний період на сайті розміщено 318 інформаційних матеріалів, 46 проектів та прийнятих розпоряджень голови райдержадміністрації, оприлюднено звіт про виконання районного бюджету за 2012 рік. Середня кількість відвідувань сайту становить 210 на добу.",
        2: "-", 3: "-", 4: "-", 5: "-",
        6: "Відповідно до орієнтовного плану проведення консультацій з громадськістю на 2013 рік, затвердженого розпорядженням голови райдержадміністрації від 28.12.2012 № 512, у І півріччі проведено 5 консультацій з громадськістю у формі публічного громадського обговорення та 2 – у формі вивчення громадської думки. Зокрема, 12 березня 2013 року проведено громадські слухання щодо проекту Програми соціально-економічного та культурного розвитку району на 2013 рік (взяли участь 64 особи), 18 квітня – круглий стіл з представниками фермерських господарств щодо проблем землекористування, 23 травня – зустріч з мешканцями сіл Іваниця та Гмирянка з питань реконструкції доріг. Проведено опитування мешканців районного центру щодо якості надання адміністративних послуг (опитано 150 осіб). За результатами консультацій підготовлено звіти, які оприлюднено на офіційному веб-сайті райдержадміністрації.",
        7: "без змін", 8: "-",
        9: "Члени громадської ради при райдержадміністрації брали участь в обговоренні проектів розпоряджень голови райдержадміністрації «Про затвердження районної програми підтримки сім'ї на 2013–2015 роки» та «Про районну програму розвитку фізичної культури і спорту на 2013–2016 роки». Проекти програм розглянуто на засіданні громадської ради 27.03.2013; з 9 пропозицій, внесених членами ради, 6 враховано у остаточних редакціях програм. Голову громадської ради запрошено до участі в засіданнях робочої групи з підготовки проекту районної програми охорони навколишнього природного середовища.",
        10: "не проводились", 11: "-",
        12: "Громадські експертизи діяльності райдержадміністрації у І півріччі 2013 року не проводились, звернень від інститутів громадянського суспільства щодо їх проведення не надходило.",
        13: "-", 14: "-", 15: "-", 16: "виконується",
    }
    table = "№\tЗміст заходу\tВиконавці\tТермін виконання\tСтан виконання\n"
    for n in range(1, 17):
        table += "%d.\t%s\t%s\t%s\t%s\n" % (n, full[n], exe[n], term[n], info[n])
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

ІЧНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
16700, м. Ічня, вул. Бунівська, 2, тел./факс (04633) 2-14-86
№ 01-24/1136 від 14.06.2013

Про виконання Плану заходів

Ічнянська районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації 10 вересня 2012 року, інформує про стан його виконання за І півріччя 2013 року.

Загальна інформація. Районна державна адміністрація у своїй діяльності керується принципами відкритості, прозорості та підзвітності територіальній громаді. Робота щодо забезпечення відкритості проводиться відповідно до розпорядження голови райдержадміністрації від 10.10.2012 № 398 «Про заходи щодо реалізації в районі Ініціативи „Партнерство «Відкритий уряд»“». Координацію роботи покладено на відділ організаційної роботи, інформаційної діяльності та комунікацій з громадськістю апарату райдержадміністрації. Станом на 01.06.2013 в районі зареєстровано 52 громадські організації, 4 благодійні фонди та 11 осередків політичних партій.

Інформацію подаємо за формою Плану (усі пункти плану, з позначенням стану виконання по кожному):

""" + table + """
Додатково повідомляємо, що громадська рада при районній державній адміністрації у новому складі сформована 14.02.2013 на установчих зборах, у яких взяли участь представники 27 інститутів громадянського суспільства; до складу ради обрано 19 осіб. Склад громадської ради затверджено розпорядженням голови райдержадміністрації від 25.02.2013 № 71.

Районна державна адміністрація і надалі забезпечуватиме виконання Плану заходів у повному обсязі.

Голова районної державної адміністрації                     Г.М. Кравченко

Виконавець: Литвиненко Т.С., відділ організаційної роботи, інформаційної діяльності та комунікацій з громадськістю апарату РДА, тел. (04633) 2-19-02

--
З повагою,
 Тетяна Литвиненко                          mailto:rda-ichnia@example.gov.ua
"""
    hdrs = [("From", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251", "B")),
            ("Reply-To", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251", "B")),
            ("To", addr("УВП ОДА", MAILBOX, "windows-1251", "B")),
            ("Subject", ew("Інформація про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 р.", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", "<%s@example.gov.ua>" % hashlib.md5(b"ph02").hexdigest()[:20]),
            ("X-Mailer", "The Bat! (v5.2.10) Professional"),
            ("Organization", ew("Ічнянська РДА", "windows-1251", "B")),
            ("X-Priority", "3 (Normal)")]
    root = text_part(body, "plain", "windows-1251", "quoted-printable")
    return message(hdrs, root, w, "mail.ichnia.example.gov.ua", "10.12.21.3")


KEY = {
    "class": "placeholder", "executor": "su-zhkh", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An Outlook 2007 koi8-u cover letter that lists the measures «подаємо у вкладенні» over an xlsx of the whole plan whose answer column mixes paragraphs of several sentences with «немає», «+», «х», «—» and a bare «не проводились».",
    "items": [{"measure": 1, "source": "Інформація_ЖКГ_2013.xlsx"},
              {"measure": 2, "source": "Інформація_ЖКГ_2013.xlsx"},
              {"measure": 7, "source": "Інформація_ЖКГ_2013.xlsx"}],
}


@mail("ph03", KEY)
def ph03():
    w = When(2013, 12, 12, 9, 15, 44)
    fname = "Інформація_ЖКГ_2013.xlsx"
    rows = [
        ["Інформація управління житлово-комунального господарства облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за 2013 рік", "", "", ""],
        ["", "", "", ""],
        ["№ п/п", "Зміст заходу", "Термін виконання", "Інформація про виконання"],
        ["1", "Приведення до вимог законодавства інформаційного наповнення та функціонування офіційних Інтернет-сайтів", "Постійно",
         "Розділ управління на офіційному веб-сайті облдержадміністрації наповнюється відповідно до вимог Закону України «Про доступ до публічної інформації». У 2013 році оновлено підрозділи «Тарифи на житлово-комунальні послуги», «Реформування галузі», «Енергозбереження» та «Об'єднання співвласників багатоквартирних будинків»; створено підрозділ «Питання – відповідь», у якому розміщено 37 роз'яснень з найбільш поширених питань мешканців. Щомісяця оприлюднюється інформація про стан розрахунків населення за житлово-комунальні послуги та про хід підготовки житлового фонду до опалювального періоду. Усього за рік розміщено 96 матеріалів."],
        ["2", "Створення рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»", "Постійно",
         "Інформація про хід виконання обласних цільових програм «Питна вода Чернігівщини» на 2006–2020 роки та реформування і розвитку житлово-комунального господарства на 2010–2014 роки щокварталу, до 20 числа місяця, що настає за звітним кварталом, направляється до головного фінансового управління облдержадміністрації для розміщення в рубриці «Хід виконання цільових програм». За 2013 рік направлено 4 звіти; звіт за ІІІ квартал оприлюднено 28.10.2013. У звітах наведено обсяги фінансування за джерелами, перелік об'єктів та стан їх виконання."],
        ["3", "Веб-ресурс «Чернігівська громада»", "IV квартал 2012 року", "х"],
        ["4", "Інтернет-форум", "I квартал 2013 року", "х"],
        ["5", "«Гаряча лінія» голови облдержадміністрації", "Постійно", "х"],
        ["6", "Консультації з громадськістю згідно з постановою КМУ № 996", "Постійно", "—"],
        ["7", "Залучення представників інститутів громадянського суспільства до роботи дорадчо-консультативних органів", "Постійно",
         "До складу обласної координаційної ради з питань реформування житлово-комунального господарства, оновленого наказом управління від 14.03.2013 № 27, включено голову правління Асоціації об'єднань співвласників багатоквартирних будинків області та представника громадської організації «Чернігівська спілка споживачів житлово-комунальних послуг». Представники громадськості взяли участь у двох засіданнях координаційної ради (23.04.2013 та 17.10.2013), на яких розглядались питання встановлення економічно обґрунтованих тарифів і створення ОСББ у містах області; внесені ними пропозиції включено до протокольних рішень."],
        ["8", "Введення голів комітетів Громадської ради до складу колегій", "Постійно", "+"],
        ["9", "Залучення членів громадських рад до обговорення проектів розпоряджень, цільових програм", "Постійно", "немає"],
        ["10", "Рекомендації громадським радам щодо створення комісій з питань відкритості", "Постійно", "х"],
        ["11", "«Дні відкритих дверей»", "Постійно", "х"],
        ["12", "Сприяння проведенню громадських експертиз", "Постійно", "не проводились"],
        ["13", "Навчальні семінари", "До 1 березня 2013 року", "х"],
        ["14", "Методичні посібники", "До 1 січня 2013 року", "х"],
        ["15", "Громадське обговорення виконання заходів", "Щорічно", "х"],
        ["16", "Надання інформації про виконання Плану", "До 15.12.2012, 15.06.2013, 15.12.2013", "Інформація надається у встановлені терміни"],
        ["", "", "", ""],
        ["Начальник управління", "", "", "С.І. Гуменюк"],
        ["Виконавець: Дорошенко Н.П., тел. 67-43-12", "", "", ""],
    ]
    blob = sheet("ph03_zhkh_2013", "xlsx", rows)
    body = """Доброго дня!

Управління житлово-комунального господарства облдержадміністрації на виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» надсилає інформацію про стан виконання Плану за 2013 рік.

Інформацію щодо пунктів 1, 2, 6, 7, 8, 9, 12 Плану, виконавцем яких визначено структурні підрозділи облдержадміністрації, подаємо у вкладенні (таблиця Excel). Пункти, виконавцем яких управління не визначено, позначено у таблиці знаком «х».

Звертаємо увагу, що у зв'язку з підготовкою житлового фонду та об'єктів комунальної інфраструктури області до роботи в осінньо-зимовий період 2013/2014 року та ліквідацією наслідків аварійних ситуацій на мережах тепло- та водопостачання у листопаді поточного року працівники управління були значною мірою залучені до оперативної роботи, у зв'язку з чим окремі заходи, заплановані на ІV квартал, перенесено на І квартал 2014 року.

Оригінал листа за підписом начальника управління направлено поштою (вих. № 04-11/3318 від 11.12.2013).

--
З повагою,
Наталія Дорошенко
головний спеціаліст відділу економіки, реформування та розвитку житлово-комунального господарства
Управління житлово-комунального господарства
Чернігівської обласної державної адміністрації
тел. (0462) 67-43-12
e-mail: zhkh@example.gov.ua

Інформація в цьому повідомленні призначена лише для адресата. Якщо ви отримали цей лист помилково, повідомте, будь ласка, відправника і знищіть лист.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u">'
            '<meta name="Generator" content="Microsoft Word 12 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri","sans-serif";}\n'
            '--></style></head><body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
            + "\n".join("<p class=MsoNormal>%s</p>" % (html_escape(l) if l else "<o:p>&nbsp;</o:p>") for l in body.split("\n"))
            + "\n</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "koi8-u", "quoted-printable"),
                                    text_part(html, "html", "koi8-u", "quoted-printable")], bnd("outlook", "ph03a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047q", "windows-1251")], bnd("outlook", "ph03"))
    hdrs = [("From", addr("Дорошенко Наталія", "zhkh@example.gov.ua", "koi8-u", "B", quote=True)),
            ("To", addr("uvp@cg.ukrtel.net", MAILBOX)),
            ("Subject", ew("Відкритий уряд - інформація управління ЖКГ за 2013 рік", "koi8-u", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "ph03", "example.gov.ua")),
            ] + OUTLOOK_2007 + [("Thread-Index", thread_index("ph03"))]
    return message(hdrs, root, w, "mail.zhkh.example.gov.ua", "10.12.6.40")


KEY = {
    "class": "placeholder", "executor": "rda-korop", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "A late Outlook Express koi8-u note over a long Word 97 letter (introduction on the district, table of the measures the district owes, conclusion, appendix of NGO statistics) where three rows are prose and the others «—», «х», a bare «не проводились» and the duty row.",
    "items": [{"measure": 1, "source": "Інформація Коропської РДА.doc"},
              {"measure": 7, "source": "Інформація Коропської РДА.doc"},
              {"measure": 10, "source": "Інформація Коропської РДА.doc"}],
}


@mail("ph04", KEY)
def ph04():
    w = When(2012, 12, 17, 8, 47, 2)
    fname = "Інформація Коропської РДА.doc"
    text = """
^^ УКРАЇНА
^^ КОРОПСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
^^ 16200, смт Короп, вул. Шевченка, 41, тел. (04656) 2-13-45, факс 2-11-90
14.12.2012 № 02-09/2417
>> Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
Про виконання Плану заходів
Коропська районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації 10.09.2012, надає інформацію про хід його виконання.
## І. Загальна інформація
Коропський район розташований у північно-східній частині Чернігівської області, площа району становить 1,3 тис. кв. км, чисельність населення на 01.11.2012 – 24,6 тис. осіб, у районі 29 сільських рад та 1 селищна рада, 64 населені пункти. Економіка району має переважно аграрний характер: у районі здійснюють діяльність 36 сільськогосподарських підприємств та 58 фермерських господарств.
В районі зареєстровано 47 громадських організацій, з них 19 – молодіжні та дитячі, 8 – ветеранські, 6 – організації осіб з інвалідністю, 5 – спортивні, 9 – інші. Діють районні організації 14 політичних партій. Найбільш активну участь у суспільному житті району беруть районна організація ветеранів України, районна організація Товариства Червоного Хреста, громадська організація «Коропські обрії» та районна спілка жінок.
Районна державна адміністрація приділяє значну увагу налагодженню партнерських відносин з інститутами громадянського суспільства, забезпеченню доступу громадян до інформації про свою діяльність та залученню громадськості до вирішення питань місцевого значення. Розпорядженням голови райдержадміністрації від 05.10.2012 № 311 затверджено районний план заходів щодо реалізації Ініціативи, відповідальним за його виконання визначено заступника голови райдержадміністрації з гуманітарних питань.
## ІІ. Стан виконання пунктів Плану
|!№ пункту Плану|Зміст заходу|Стан виконання
|1|Інформаційне наповнення та функціонування офіційного сайту|Офіційний веб-сайт Коропської районної державної адміністрації у IV кварталі 2012 року переведено на новий хостинг, що дало змогу усунути перебої в його роботі, які мали місце протягом літа. Структуру сайту приведено у відповідність до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3: створено розділи «Звернення громадян», «Доступ до публічної інформації», «Громадська рада», «Регуляторна діяльність», оприлюднено контактні дані керівництва та структурних підрозділів. Відповідальним за наповнення сайту визначено сектор інформаційної діяльності апарату райдержадміністрації; з жовтня по грудень розміщено 87 інформаційних повідомлень та 24 розпорядження голови райдержадміністрації.
|6|Проведення консультацій з громадськістю|—
|7|Залучення представників ІГС до роботи дорадчо-консультативних органів|Представників громадських організацій включено до складу 6 дорадчо-консультативних органів при райдержадміністрації: районної ради з питань сім'ї, гендерної рівності та демографічного розвитку, координаційної ради з питань захисту прав споживачів, районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій, опікунської ради, районної ради ветеранів та районного комітету з питань підтримки підприємництва. Усього до роботи цих органів залучено 11 представників громадськості, у тому числі 4 члени громадської ради при райдержадміністрації. Голова районної організації ветеранів України увійшов до складу районної комісії з питань надання матеріальної допомоги малозабезпеченим громадянам.
|9|Залучення членів громадської ради до обговорення проектів розпоряджень та програм|х
|10|Рекомендації громадській раді щодо створення комісії з питань відкритості|Листом райдержадміністрації від 08.10.2012 № 02-09/1920 громадській раді при райдержадміністрації рекомендовано створити у своєму складі комісію з питань відкритості та прозорості діяльності органу влади. На засіданні громадської ради 15.11.2012 рекомендацію розглянуто та утворено робочу групу з питань відкритості та прозорості діяльності районної державної адміністрації у складі 5 осіб на чолі з членом ради В.М. Тищенком. Робоча група затвердила план роботи на 2013 рік.
|12|Сприяння проведенню громадських експертиз|не проводились
|16|Надання інформації про виконання Плану|Інформацію надано
## ІІІ. Висновки
Районна державна адміністрація вважає роботу з виконання Плану заходів такою, що проводиться на належному рівні. Разом з тим слід зазначити, що через незначну кількість активних громадських організацій у районі та віддаленість населених пунктів від районного центру рівень участі громадськості у заходах залишається недостатнім. Райдержадміністрація продовжить роботу з активізації співпраці з інститутами громадянського суспільства у 2013 році.
Додаток: відомості про громадські організації району на 1 арк.
>> Голова районної державної адміністрації                    А.В. Бурлака
Виконавець: Марченко О.І., 2-15-06
~~
>> Додаток
^^ Відомості про громадські організації, зареєстровані в Коропському районі (станом на 01.12.2012)
|!№|Вид громадських організацій|Кількість|Кількість членів (орієнтовно)|Участь у роботі дорадчих органів
|1|Молодіжні та дитячі|19|640|2
|2|Ветеранські|8|1150|4
|3|Організації осіб з інвалідністю|6|310|2
|4|Спортивні|5|220|0
|5|Жіночі|3|180|1
|6|Інші|6|140|2
| |Усього|47|2640|11
"""
    blob = doc("ph04_korop", "doc", "Інформація Коропської РДА", text)
    body = """Доброго ранку!
Надсилаємо інформацію Коропської РДА по Плану заходів "Відкритий уряд" (лист від 14.12.2012 № 02-09/2417).
Вибачте за затримку, в п'ятницю і суботу не працював інтернет по всьому району (аварія на лінії).

Марченко Олена, сектор інформаційної діяльності апарату РДА
тел. (04656) 2-15-06
"""
    root = multipart("mixed", [text_part(body, "plain", "koi8-u", "8bit"),
                               att_part(blob, fname, "2047b", "koi8-u")], bnd("outlook", "ph04"))
    hdrs = [("From", addr("Коропська РДА", "rda-korop@example.gov.ua", "koi8-u", "B", quote=True)),
            ("To", addr("УВП", MAILBOX, "koi8-u", "B", quote=True)),
            ("Subject", ew("інформація Відкритий уряд", "koi8-u", "B")),
            ("Date", w.date()),
            ("Message-ID", "<%s@korop>" % hashlib.md5(b"ph04").hexdigest()[:24].upper()),
            ] + OUTLOOK_EXPRESS
    return message(hdrs, root, w, "korop-pc", "10.12.28.17")


KEY = {
    "class": "placeholder", "executor": "gromrada", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A Thunderbird letter with a long account of the Council's general work over an ods of all sixteen measures in which «+» alone, empty cells, «без змін», «—» and a bare «не проводились» sit beside three rows of real work (the web resource, its forum, the open-door day).",
    "items": [{"measure": 3, "source": "Звіт ГР за І півріччя 2013.ods"},
              {"measure": 4, "source": "Звіт ГР за І півріччя 2013.ods"},
              {"measure": 11, "source": "Звіт ГР за І півріччя 2013.ods"}],
}


@mail("ph05", KEY)
def ph05():
    w = When(2013, 6, 11, 21, 37, 15)
    fname = "Звіт ГР за І півріччя 2013.ods"
    rows = [
        ["Інформація Громадської ради при Чернігівській обласній державній адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках Ініціативи «Партнерство „Відкритий уряд“» (І півріччя 2013 року)", "", "", ""],
        ["№", "Захід Плану", "Чи є Громадська рада виконавцем", "Що зроблено"],
        ["1", "Наповнення та функціонування офіційних сайтів", "ні", "х"],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "ні", "х"],
        ["3", "Веб-ресурс «Чернігівська громада»", "так",
         "Веб-ресурс «Чернігівська громада» працює з грудня 2012 року. У І півріччі 2013 року на ньому розміщено 214 матеріалів: анонси засідань громадської ради та її комітетів, протоколи засідань, звернення громадських організацій, новини інститутів громадянського суспільства області. Створено розділи «Комітети ради», «Документи ради» та «Громадські ініціативи». Адміністрування ресурсу здійснює комітет з питань інформаційної політики ради на волонтерських засадах; хостинг оплачено коштом членів ради до кінця 2013 року. Кількість унікальних відвідувачів за півріччя – понад 9 тисяч."],
        ["4", "Інтернет-форум на базі веб-ресурсу", "так",
         "Форум на веб-ресурсі «Чернігівська громада» відкрито 18 березня 2013 року. Зареєстровано 163 користувачі, створено 41 тему, найактивніше обговорювались теми благоустрою обласного центру, громадського транспорту та підготовки до опалювального сезону. Модерацію форуму здійснюють два члени ради; правила форуму затверджено на засіданні ради 14.03.2013. Пропозиції з форуму щомісяця узагальнюються і розглядаються на засіданнях комітетів."],
        ["5", "«Гаряча лінія» голови ОДА", "ні", "—"],
        ["6", "Консультації з громадськістю", "ні", ""],
        ["7", "Участь ІГС у дорадчо-консультативних органах", "ні", "+"],
        ["8", "Голови комітетів ради у складі колегій", "за згодою", "+"],
        ["9", "Участь членів громадських рад в обговоренні проектів", "ні", ""],
        ["10", "Комісії з питань відкритості при громадських радах", "ні", "без змін"],
        ["11", "«Дні відкритих дверей» в УВП", "ні",
         "Члени громадської ради взяли участь у Дні відкритих дверей управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації 21 травня 2013 року: 14 членів ради ознайомилися з роботою відділів управління, обговорили з керівництвом управління порядок проведення консультацій з громадськістю та підготовку спільного засідання у вересні. За підсумками зустрічі секретаріат ради підготував і направив до управління 6 пропозицій."],
        ["12", "Громадські експертизи", "ні", "не проводились"],
        ["13", "Навчальні семінари", "ні", "—"],
        ["14", "Методичні посібники", "ні", "—"],
        ["15", "Громадське обговорення виконання заходів Плану", "за згодою", "+"],
        ["16", "Інформація про виконання Плану", "ні", "-"],
        ["", "", "", ""],
        ["Голова Громадської ради", "", "", "М.Ф. Остапенко"],
    ]
    blob = sheet("ph05_gromrada", "ods", rows)
    body = """Шановні колеги!

Надсилаю від імені Громадської ради при облдержадміністрації інформацію щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (таблиця у вкладенні, у форматі OpenOffice).

Кілька слів про роботу ради загалом, бо таблиця всього не вміщує. За півріччя рада провела 5 засідань (з них одне виїзне – у м. Ніжині), комітети ради – 23 засідання. Після ротації у лютому склад ради становить 41 особу, працює 7 комітетів. Секретаріат ради працює на громадських засадах, і ми дякуємо управлінню за надане приміщення для засідань та технічну допомогу з друком документів.

На жаль, не всі наші члени однаково активні: близько третини пропустили більше половини засідань, і питання про їхню ротацію буде розглянуто восени. Також маємо проблему з відповідями на звернення ради від окремих структурних підрозділів – деякі відповіді надходять через 30 і більше днів, що ускладнює роботу комітетів.

Щодо пунктів, де рада не є виконавцем, стоїть «х» або коротка позначка; по пунктах, де ми виконавці, розписано детальніше.

Якщо таблиця не відкриється – напишіть, перешлю у Word.

--
З повагою,
Ірина Савчук
відповідальний секретар Громадської ради
при Чернігівській обласній державній адміністрації
моб. 050 417 23 66
"""
    root = multipart("mixed", [
        text_part(flowed(body), "plain", "utf-8", "8bit", extra_params="; format=flowed"),
        att_part(blob, fname, "2231", "utf-8", fname_style="2231", name_too=True)], bnd("tb", "ph05"))
    hdrs = [("Message-ID", "<51B76E2B.4060809@example.gov.ua>"),
            ("Date", w.date()),
            ("From", addr("Ірина Савчук", "gromrada@example.gov.ua", "UTF-8", "B")),
            ] + THUNDERBIRD + [
            ("To", MAILBOX),
            ("Subject", ew("Інформація Громадської ради за І півріччя 2013 р.", "UTF-8", "B"))]
    return message(hdrs, root, w, "[192.168.1.34]", "93.77.18.204", client_host="unknown")


# =======================================================================================
# 2. bottom_post

def outlook_quote_html(text):
    return "<br>\n".join(html_escape(l) for l in text.split("\n"))


KEY = {
    "class": "bottom_post", "executor": "rda-nosivka", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "Answers typed between the items of zvit's overdue reminder inside a Russian-UI Outlook 2003 «Исходное сообщение» quote with no «>», each several sentences long; the answer under item 7 is a bare «Не проводились».",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail("bp01", KEY)
def bp01():
    w = When(2013, 6, 17, 10, 5, 31)
    name = "Носівська районна державна адміністрація"
    ans = {
        1: "Офіційний веб-сайт Носівської райдержадміністрації працює в штатному режимі. У І півріччі 2013 року на сайті створено розділ «Консультації з громадськістю», оновлено розділи «Структура РДА», «Розпорядження голови» та «Звіти», розміщено 204 новини та оголошення. На виконання Закону України «Про доступ до публічної інформації» оприлюднено систему обліку публічної інформації та звіт про розгляд запитів за 2012 рік. Для людей з вадами зору запроваджено версію сайту зі збільшеним шрифтом.",
        6: "У І півріччі проведено 3 консультації з громадськістю: публічне громадське обговорення проекту Програми соціально-економічного та культурного розвитку Носівського району на 2013 рік (29.01.2013, 47 учасників), громадські слухання щодо будівництва сміттєпереробного комплексу поблизу с. Держанівка (16.04.2013, 112 учасників), електронне обговорення проекту Правил благоустрою смт Носівка на сайті РДА (квітень–травень, надійшло 19 пропозицій). Звіти про результати обговорень оприлюднено на сайті у двотижневий строк.",
        7: "Не проводились.",
        9: "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів районних програм «Турбота» на 2013–2015 роки та розвитку малого і середнього підприємництва на 2013–2014 роки. Проекти розглянуто на засіданні громадської ради 21.03.2013, за результатами засідання до райдержадміністрації направлено 7 пропозицій, 5 з них враховано.",
        10: "Комісію (робочу групу) з питань відкритості та прозорості у складі громадської ради поки не створено, оскільки громадська рада при райдержадміністрації у квітні–травні перебувала на стадії формування нового складу. Листом від 04.06.2013 № 01-27/1502 голові ініціативної групи рекомендовано розглянути питання утворення такої комісії на першому засіданні ради нового складу.",
        12: "Громадською організацією «Носівська ініціатива» у травні 2013 року проведено громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації «Про затвердження Правил благоустрою смт Носівка». Експертні пропозиції (4) розглянуто робочою групою при першому заступнику голови РДА, 3 пропозиції враховано, про що експертів поінформовано листом від 27.05.2013.",
    }
    q = reminder_text("15.06.2013", "16.06.2013", name, [1, 6, 7, 9, 10, 12], overdue=True)
    # interleave: after each quoted item the answer (in the plain twin nothing marks it)
    plain_q = ""
    html_q = ""
    for block in q.split("\n"):
        plain_q += block + "\n"
        html_q += html_escape(block) + "<br>\n"
        m = re.match(r"  (\d+)\. ", block)
        if m:
            n = int(m.group(1))
            plain_q += "\n" + ans[n] + "\n"
            html_q += '<br>\n<b><font color="#1F497D" face="Arial">%s</font></b><br>\n' % html_escape(ans[n])
    top = """Добрий день!

Відповіді подаємо нижче, у тексті Вашого листа, під кожним пунктом (виділено синім).
Щодо затримки – вибачте, відповідальний працівник був на лікарняному.

З повагою,
Сергій Ткаченко
головний спеціаліст відділу організаційної роботи та комунікацій з громадськістю апарату Носівської райдержадміністрації
тел. (04642) 2-14-37
"""
    hdr_block = """-----Исходное сообщение-----
От: УВП ОДА [mailto:uvp@cg.ukrtel.net]
Отправлено: 16 июня 2013 г. 9:00
Кому: rda-nosivka@example.gov.ua
Тема: Нагадування: інформація про виконання Плану заходів (пункт 16)

"""
    plain = top + "\n" + hdr_block + plain_q
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 11 (filtered medium)"></head>'
            '<body lang=RU link=blue vlink=purple><div class=Section1>\n'
            + "".join('<p class=MsoNormal><font size=2 color=navy face=Arial><span style="font-size:10.0pt;font-family:Arial;color:navy">%s</span></font></p>\n'
                      % (html_escape(l) if l else "&nbsp;") for l in top.split("\n"))
            + '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            + '<p class=MsoNormal><b><font size=2 face=Tahoma><span style="font-size:10.0pt;font-family:Tahoma;font-weight:bold">От:</span></font></b>'
              '<font size=2 face=Tahoma><span style="font-size:10.0pt;font-family:Tahoma"> УВП ОДА [mailto:uvp@cg.ukrtel.net] <br><b><span style="font-weight:bold">Отправлено:</span></b> 16 июня 2013 г. 9:00<br>'
              '<b><span style="font-weight:bold">Кому:</span></b> rda-nosivka@example.gov.ua<br><b><span style="font-weight:bold">Тема:</span></b> '
              'Нагадування: інформація про виконання Плану заходів (пункт 16)</span></font></p></div>\n'
            + '<p class=MsoNormal><font size=3 face="Times New Roman"><span style="font-size:12.0pt">' + html_q
            + "</span></font></p></div></body></html>")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(html, "html", "windows-1251", "quoted-printable")], bnd("outlook", "bp01"))
    hdrs = [("From", addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", addr("УВП ОДА", MAILBOX, "windows-1251", "B", quote=True)),
            ("Subject", "RE: " + ew("Нагадування: інформація про виконання Плану заходів (пункт 16)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "bp01", "example.gov.ua")),
            ("In-Reply-To", "<zvit.reminder.2013-06-16.rda-nosivka@cg.ukrtel.net>"),
            ("Thread-Topic", ew("Нагадування: інформація про виконання Плану заходів (пункт 16)", "windows-1251", "B")),
            ("Thread-Index", thread_index("bp01")),
            ] + OUTLOOK_2003
    return message(hdrs, alt, w, "mail.nosivka.example.gov.ua", "10.12.30.2")


KEY = {
    "class": "bottom_post", "executor": "su-osvita", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A Thunderbird reply written below the office's own long earlier letter (items 1 and 6, itself quoting zvit's reminder two levels deep); only the supplement under the quotes counts, and its line on item 12 only promises the information later.",
    "items": [{"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail("bp02", KEY)
def bp02():
    w = When(2012, 12, 14, 15, 33, 50)
    name = "Управління освіти і науки облдержадміністрації"
    reminder = reminder_text("15.12.2012", "05.12.2012", name, [1, 2, 6, 7, 8, 9, 12], overdue=False)
    earlier = """Шановні колеги!

На Ваше нагадування повідомляємо про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінням освіти і науки облдержадміністрації станом на 07.12.2012.

п. 1 – Веб-сторінку управління освіти і науки на офіційному сайті облдержадміністрації та власний сайт управління приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3. У вересні–листопаді 2012 року повністю оновлено розділи «Нормативна база», «Загальна середня освіта», «Позашкільна освіта», «Зовнішнє незалежне оцінювання»; створено розділ «Публічна інформація» та сторінку «Запитання до начальника управління». Щотижня розміщуються новини про події в освітній галузі області (за три місяці – 128 матеріалів), оприлюднюються накази управління, що стосуються прав і обов'язків громадян.

п. 6 – У жовтні–листопаді 2012 року проведено 3 консультації з громадськістю: публічне обговорення проекту регіональної програми «Обдарована молодь Чернігівщини» (круглий стіл 11.10.2012 за участю представників батьківських комітетів, педагогічних колективів, громадських організацій), електронні консультації щодо мережі загальноосвітніх навчальних закладів на 2013 рік (на сайті управління надійшло 34 пропозиції), зустріч з представниками профспілки працівників освіти і науки щодо оплати праці педагогічних працівників.

Інформацію щодо пп. 7–9 буде надано додатково після засідання колегії управління, яке відбудеться 13.12.2012. Пункти 2 та 12 – інформація буде надана разом з нею.

--
З повагою,
Людмила Гаврилюк
головний спеціаліст відділу кадрової роботи та діловодства
управління освіти і науки Чернігівської облдержадміністрації
тел. (0462) 67-51-23
"""
    earlier_full = earlier + "\n05.12.2012 08:00, УВП ОДА пише:\n" + quote(hardwrap(reminder, 72))
    supplement = """Доповнення до інформації від 07.12.2012 (п. 7, 8, 9, 12):

п. 7 – До складу дорадчо-консультативних органів при управлінні залучено представників інститутів громадянського суспільства: до складу атестаційної комісії ІІІ рівня включено голову обласної організації профспілки працівників освіти і науки та голову ГО «Батьківська ініціатива Чернігівщини», до складу експертної ради з питань ліцензування та атестації навчальних закладів – представника громадської ради при облдержадміністрації. Наказом управління від 03.12.2012 № 612 оновлено склад координаційної ради з питань національно-патріотичного виховання, до якої увійшли 4 представники молодіжних громадських організацій.

п. 8 – Рішенням колегії управління від 13.12.2012 та наказом управління від 14.12.2012 № 634 до складу колегії управління освіти і науки введено голову комітету з питань освіти, науки та молодіжної політики Громадської ради при облдержадміністрації О.М. Кириченка (за його згодою). Відповідні зміни до Положення про колегію управління внесено тим самим наказом. Перше засідання колегії за участю голови комітету відбулося 13.12.2012; на ньому розглянуто питання про стан виховної роботи в закладах освіти.

п. 9 – Проект регіональної програми «Обдарована молодь Чернігівщини» на 2013–2016 роки та проект наказу управління «Про оптимізацію мережі загальноосвітніх навчальних закладів» направлено для обговорення членам громадської ради при облдержадміністрації. Члени комітету з питань освіти взяли участь в обговоренні проекту програми 11.10.2012, від них надійшло 6 пропозицій, 4 з яких враховано в доопрацьованому проекті.

п. 12 – інформацію буде надано окремим листом після наради при заступникові начальника управління 18.12.2012.

--
Людмила Гаврилюк, тел. (0462) 67-51-23
"""
    body = "07.12.2012 11:02, Управління освіти і науки пише:\n" + quote(hardwrap(earlier_full, 74)) + "\n\n" + supplement
    root = text_part(flowed(body), "plain", "utf-8", "8bit", extra_params="; format=flowed")
    hdrs = [("Message-ID", "<50CB2A9E.5030607@example.gov.ua>"),
            ("Date", w.date()),
            ("From", addr("Управління освіти і науки", "osvita@example.gov.ua", "UTF-8", "B")),
            ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),
            ("To", MAILBOX),
            ("Subject", ew("Re: Інформація управління освіти і науки (Відкритий уряд)", "UTF-8", "B")),
            ("References", "<zvit.reminder.2012-12-05.su-osvita@cg.ukrtel.net> <50C1B2E1.8010904@example.gov.ua>"),
            ("In-Reply-To", "<50C1B2E1.8010904@example.gov.ua>")]
    return message(hdrs, root, w, "mail.osvita.example.gov.ua", "10.12.4.11")


KEY = {
    "class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A Roundcube HTML and plain twin whose long answer on the head's hot line (statistics, topics, schedule) sits below a blockquote of zvit's reminder, which itself carries the measure's wording.",
    "items": [{"measure": 5, "source": "body"}],
}


@mail("bp03", KEY)
def bp03():
    w = When(2013, 6, 13, 17, 12, 40)
    name = "Відділ роботи із зверненнями громадян апарату облдержадміністрації"
    reminder = reminder_text("15.06.2013", "10.06.2013", name, [5], overdue=False)
    answer = """Шановні колеги!

Щодо пункту 5 Плану (гаряча лінія голови облдержадміністрації) за І півріччя 2013 року повідомляємо.

Телефонна «гаряча лінія» голови обласної державної адміністрації працює щоденно в робочі дні з 9.00 до 18.00 (у п'ятницю – до 16.45) за номером (0462) 67-50-00; у неробочий час працює автовідповідач, звернення з якого опрацьовуються наступного робочого дня. Прийом дзвінків здійснюють чотири працівники відділу за затвердженим графіком чергування. Кожне звернення реєструється в автоматизованій системі обліку, отримує реєстраційний номер, який повідомляється заявникові.

З 1 січня по 31 травня 2013 року на «гарячу лінію» надійшло 1846 дзвінків, що на 12 відсотків більше, ніж за відповідний період минулого року. Найбільше звернень стосувалось питань житлово-комунального господарства (612, або 33 %), соціального захисту (389), земельних відносин (147), охорони здоров'я (134), роботи транспорту (118), забезпечення житлом (96). У березні, під час сильних снігопадів, кількість дзвінків зросла майже вдвічі – до 612 за місяць; у ці дні «гаряча лінія» працювала у вихідні дні з 9.00 до 15.00.

За результатами розгляду позитивно вирішено 724 звернення (39 %), на 983 надано роз'яснення, 139 перебувають на розгляді. Звернення, які потребують вирішення органами місцевого самоврядування або підприємствами, направляються їм з контролем; відповідь заявникові надається не пізніше 15 днів.

Щотижня (щопонеділка) відділ готує для голови облдержадміністрації аналітичну довідку про звернення, що надійшли на «гарячу лінію», з пропозиціями щодо вирішення найбільш гострих проблем; щомісяця узагальнена інформація розглядається на апаратній нараді. У квітні на доручення голови облдержадміністрації за результатами аналізу звернень проведено перевірки роботи двох житлово-експлуатаційних підприємств м. Чернігова.

--
Ганна Литвин
завідувач сектору
відділу роботи із зверненнями громадян апарату облдержадміністрації
тел. (0462) 67-50-34
"""
    plain = ("10.06.2013 08:00, УВП ОДА написал:\n" + quote(hardwrap(reminder, 74)) + "\n\n" + answer)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>10.06.2013 08:00, УВП ОДА написал:</p>\n'
            '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
            '<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n<pre>'
            + html_escape(reminder) + '</pre>\n</blockquote>\n'
            + paras_html(answer).replace("<p>--</p>", '<div class="pre">-- <br />') + "</div>\n</body></html>")
    alt = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable", extra_params="; format=flowed"),
                                    text_part(html, "html", "UTF-8", "quoted-printable")], bnd("rc", "bp03"))
    hdrs = [("MIME-Version", "1.0"),
            ("Date", w.date()),
            ("From", addr("Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua", "UTF-8", "Q")),
            ("To", addr("УВП ОДА", MAILBOX, "UTF-8", "Q")),
            ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів (пункт 16)", "UTF-8", "Q")),
            ("In-Reply-To", "<zvit.reminder.2013-06-10.zvernennia@cg.ukrtel.net>"),
            ("References", "<zvit.reminder.2013-06-10.zvernennia@cg.ukrtel.net>"),
            ("Message-ID", "<%s@example.gov.ua>" % hashlib.md5(b"bp03").hexdigest()),
            ("X-Sender", "zvernennia@example.gov.ua"),
            ("User-Agent", "Roundcube Webmail/0.8.5")]
    return message(hdrs, alt, w, "webmail.example.gov.ua", "10.12.1.9")


KEY = {
    "class": "bottom_post", "executor": "rda-varva", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A supplement typed below zvit's whole receipt (which quotes recognised items 1, 6, 9 and lists 7, 10, 12 as still owed) in a Ukrainian Outlook 2007 «Від/Надіслано/Кому/Тема» block with no «>»; item 12 there is a bare «не проводились».",
    "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail("bp04", KEY)
def bp04():
    w = When(2013, 12, 13, 14, 48, 19)
    name = "Варвинська районна державна адміністрація"
    rec = receipt_text(
        "11.12.2013 10:14", "Інформація Варвинської РДА (Відкритий уряд) за ІІ півріччя 2013 р.", name, 3, "15.12.2013",
        [(1, "«Офіційний веб-сайт райдержадміністрації у ІІ півріччі 2013 року переведено на нову платформу…»"),
         (6, "«Проведено 4 консультації з громадськістю у формі публічного громадського обговорення…»"),
         (9, "«Члени громадської ради взяли участь в обговоренні проекту районного бюджету на 2014 рік…»")],
        [7, 10, 12])
    supplement = """Доповнюємо інформацію Варвинської районної державної адміністрації від 11.12.2013:

п. 7 – Представники інститутів громадянського суспільства залучені до роботи 5 дорадчо-консультативних органів при райдержадміністрації. У вересні 2013 року розпорядженням голови райдержадміністрації від 16.09.2013 № 287 до складу районної ради з питань безпечної життєдіяльності населення включено голову районної організації Товариства Червоного Хреста та голову ГО «Варвинська громада», до складу районної координаційної ради з питань розвитку підприємництва – двох членів громадської ради, які представляють районну спілку підприємців. Представники громадськості брали участь у 9 засіданнях зазначених органів, їхні пропозиції щодо облаштування зупинок громадського транспорту враховано в рішеннях ради.

п. 10 – На засіданні громадської ради при райдержадміністрації 24.10.2013, на виконання рекомендації райдержадміністрації (лист від 30.09.2013 № 01-18/2231), утворено комісію з питань відкритості та прозорості діяльності органів влади у складі 4 членів ради. Головою комісії обрано Н.В. Гордієнко. Комісія провела перше засідання 21.11.2013, на якому затвердила план моніторингу офіційного сайту та інформування населення на 2014 рік.

п. 12 – не проводились.

З повагою
Олександр Шевчук
завідувач сектору інформаційної діяльності та комунікацій з громадськістю апарату Варвинської райдержадміністрації
тел. (04636) 2-14-95
"""
    hdr_uk = """Від: УВП ОДА [mailto:uvp@cg.ukrtel.net]
Надіслано: 12 грудня 2013 р. 16:10
Кому: rda-varva@example.gov.ua
Тема: Підтвердження отримання: Інформація Варвинської РДА (Відкритий уряд) за ІІ півріччя 2013 р.
"""
    plain = "\n\n" + "_" * 32 + "\n" + hdr_uk + "\n" + rec + "\n\n" + supplement
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)"></head><body lang=UK link=blue vlink=purple>'
            '<div class=WordSection1><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<div style=\'border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\'><p class=MsoNormal>'
            + "<br>".join("<b>%s</b>%s" % (html_escape(l.split(":", 1)[0] + ":"), html_escape(l.split(":", 1)[1])) for l in hdr_uk.strip().split("\n"))
            + "</p></div><p class=MsoNormal>" + outlook_quote_html(rec) + "</p>"
            + "".join("<p class=MsoNormal>%s</p>" % (html_escape(l) if l else "<o:p>&nbsp;</o:p>") for l in supplement.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"),
                                    text_part(html, "html", "utf-8", "base64")], bnd("outlook", "bp04"))
    hdrs = [("From", addr("Шевчук Олександр", "rda-varva@example.gov.ua", "utf-8", "B", quote=True)),
            ("To", addr("УВП ОДА", MAILBOX, "utf-8", "B", quote=True)),
            ("Subject", "RE: " + ew("Підтвердження отримання: Інформація Варвинської РДА (Відкритий уряд) за ІІ півріччя 2013 р.", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "bp04", "example.gov.ua")),
            ("In-Reply-To", "<zvit.receipt.2013-12-12.rda-varva@cg.ukrtel.net>"),
            ("Thread-Index", thread_index("bp04"))] + OUTLOOK_2007
    return message(hdrs, alt, w, "mail.varva.example.gov.ua", "10.12.19.6")


KEY = {
    "class": "bottom_post", "executor": "su-finansy", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "A phone reply interleaved between the «>» lines of zvit's overdue reminder: answers under quoted items 2 and 8, «не стосується» under item 12, and a phone signature and disclaimer below.",
    "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}],
}


@mail("bp05", KEY)
def bp05():
    w = When(2013, 12, 16, 8, 12, 5)
    name = "Головне фінансове управління облдержадміністрації"
    reminder = reminder_text("15.12.2013", "16.12.2013", name, [2, 8, 12], overdue=True)
    ans = {
        2: "Рубрика «Виконання місцевих бюджетів Чернігівської області» на сайті ОДА ведеться головним фінансовим управлінням. У ІІ півріччі щомісяця до 15 числа розміщувалась інформація про виконання зведеного бюджету області, щокварталу – звіт про виконання обласного бюджету та бюджетів районів. Рішення про обласний бюджет на 2014 рік у редакції проекту розміщено 29.11.2013. У рубриці «Хід виконання цільових програм» за 9 місяців оприлюднено звіти по 31 програмі, які надійшли від головних розпорядників.",
        8: "До складу колегії головного фінансового управління введено голову комітету з питань бюджету та економічного розвитку Громадської ради при ОДА Петренка В.І. (наказ від 02.09.2013 № 114, зміни до положення про колегію внесено тим же наказом). Він взяв участь у двох засіданнях колегії – 26.09 та 28.11.2013, де розглядались питання проекту бюджету на 2014 рік.",
        12: "Не стосується.",
    }
    out = []
    for line in reminder.split("\n"):
        m = re.match(r"  (\d+)\. ", line)
        wrapped = hardwrap(line.strip() if m else line, 74).split("\n")
        out += [("> " + l) if l else ">" for l in wrapped]
        if m:
            out += ["", ans[int(m.group(1))], ""]
    text = "\n".join(out)
    body = ("16.12.2013 7:00 пользователь \"УВП ОДА\" <uvp@cg.ukrtel.net> написал:\n" + text + """

Відповідаю з телефону, бо в управлінні зранку не працює мережа. Оригінал за підписом надішлемо сьогодні.

Оксана Рибак, відділ доходів і фінансів галузей ГФУ ОДА, 67-29-40

--
Отправлено с Samsung Mobile

Головне фінансове управління Чернігівської облдержадміністрації. Інформація, що міститься в цьому повідомленні, може бути конфіденційною і призначена тільки для адресата.
""")
    root = text_part(body, "plain", "UTF-8", "quoted-printable")
    hdrs = [("Date", w.date()),
            ("From", addr("Рибак Оксана", "finansy@example.gov.ua", "UTF-8", "B")),
            ("To", addr("УВП ОДА", MAILBOX, "UTF-8", "B")),
            ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів (пункт 16)", "UTF-8", "B")),
            ("Message-ID", "<%s.%s@email.android.com>" % (hashlib.md5(b"bp05").hexdigest()[:8], hashlib.md5(b"bp05x").hexdigest()[:8])),
            ("In-Reply-To", "<zvit.reminder.2013-12-16.su-finansy@cg.ukrtel.net>"),
            ("User-Agent", "Samsung Email (Android 4.1.2; GT-I9300)")]
    return message(hdrs, root, w, "[10.85.112.7]", "46.133.14.201", client_host="unknown")


# =======================================================================================
# 3. not_report

def ics_fold(line):
    """Fold an iCalendar content line at 75 octets without splitting a UTF-8 character."""
    out = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b" "
            limit = 75
        cur += b
    out.append(cur)
    return b"\r\n".join(out)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


KEY = {
    "class": "not_report", "executor": "cppk", "period": 1, "late": False,
    "kind": "not_report", "reason": "invitation",
    "note": "An Outlook 2010 meeting request (text/calendar and an .ics attachment) with a long programme of the retraining centre's seminar that names measures 13 and 6 and the plan's words for them, all of it to come.",
    "items": [],
}


@mail("nr01", KEY)
def nr01():
    w = When(2012, 11, 20, 14, 3, 27)
    body = """Шановні колеги!

Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації на виконання пункту 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» запрошує заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю, та спеціалістів, які безпосередньо організовують консультації з громадськістю, взяти участь у навчальному семінарі «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю, громадська експертиза, взаємодія з громадськими радами».

Дата і час проведення: 6 грудня 2012 року, 10.00–16.00 (реєстрація учасників з 9.30).
Місце проведення: м. Чернігів, вул. Гетьмана Полуботка, 14, Центр перепідготовки, аудиторія 305.

ПРОГРАМА СЕМІНАРУ

9.30–10.00 Реєстрація учасників, вітальна кава.
10.00–10.15 Відкриття семінару. Вітальне слово директора Центру та начальника управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації.
10.15–11.15 Державна політика сприяння розвитку громадянського суспільства: Стратегія, затверджена Указом Президента України від 24.03.2012 № 212/2012, та план заходів щодо її реалізації. Лектор – доцент кафедри державного управління.
11.15–12.30 Порядок проведення консультацій з громадськістю відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996: орієнтовний план консультацій, форми проведення (публічне громадське обговорення, електронні консультації, вивчення громадської думки), звітування про результати. Практичні приклади.
12.30–13.15 Обідня перерва.
13.15–14.15 Громадська експертиза діяльності органів виконавчої влади (постанова КМУ від 05.11.2008 № 976) та громадська антикорупційна експертиза проектів нормативно-правових актів: порядок сприяння, розгляд пропозицій, оприлюднення результатів.
14.15–15.15 Практикум: підготовка звіту про результати публічного громадського обговорення (робота в малих групах).
15.15–15.45 Взаємодія з громадськими радами: участь членів рад у роботі колегій і дорадчо-консультативних органів.
15.45–16.00 Підбиття підсумків, анкетування учасників, вручення сертифікатів.

Учасникам семінару буде надано роздатковий матеріал та електронну версію методичних рекомендацій.

Просимо до 30 листопада 2012 року підтвердити участь, натиснувши «Прийняти» у цьому запрошенні, або повідомити прізвища учасників за телефоном (0462) 67-31-58 чи електронною поштою cppk@example.gov.ua. Кількість місць обмежена (45 осіб), тому від кожного структурного підрозділу просимо направити не більше двох представників.

Прохання до управління з питань внутрішньої політики та зв'язків з громадськістю: поширити це запрошення серед структурних підрозділів облдержадміністрації, які ще не отримали його безпосередньо, та підтвердити участь доповідачів від управління.

З повагою,
Валентина Шовкун
завідувач навчально-методичного відділу
Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій
тел. (0462) 67-31-58, факс 67-31-50
"""
    desc = body
    ics_lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
        "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ATTENDEE;CN=uvp@cg.ukrtel.net;RSVP=TRUE:mailto:uvp@cg.ukrtel.net",
        "CLASS:PUBLIC", "CREATED:20121120T120327Z",
        "DESCRIPTION:" + ics_escape(desc),
        'DTEND;TZID="FLE Standard Time":20121206T160000',
        "DTSTAMP:20121120T120327Z",
        'DTSTART;TZID="FLE Standard Time":20121206T100000',
        "LAST-MODIFIED:20121120T120327Z",
        "LOCATION;LANGUAGE=uk:" + ics_escape("м. Чернігів, вул. Гетьмана Полуботка, 14, ауд. 305"),
        'ORGANIZER;CN="' + "Центр перепідготовки та підвищення кваліфікації" + '":mailto:cppk@example.gov.ua',
        "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=uk:" + ics_escape("Навчальний семінар: інструменти політики сприяння розвитку громадянського суспільства"),
        "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000D0A1C2E7E3C6CD01000000000000000010000000A9B1D2C3E4F5A6B7C8D9E0F1A2B3C4D5",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = b"\r\n".join(ics_fold(l) for l in ics_lines) + b"\r\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Exchange Server"></head><body>'
            + "".join('<p class="MsoNormal">%s</p>' % (html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</body></html>")
    cal = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                ("Content-Transfer-Encoding", "base64")], b64_lines(ics))
    alt = multipart("alternative", [text_part(body, "plain", "utf-8", "quoted-printable"),
                                    text_part(html, "html", "utf-8", "quoted-printable"), cal], bnd("outlook", "nr01a"))
    root = multipart("mixed", [alt, att_part(ics, "Запрошення на семінар 06.12.2012.ics", "2047b", "utf-8",
                                             ctype='application/ics')], bnd("outlook", "nr01"))
    hdrs = [("From", addr("Центр перепідготовки та підвищення кваліфікації", "cppk@example.gov.ua", "utf-8", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Запрошення: Навчальний семінар 06.12.2012 (п. 13 Плану заходів)", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "nr01", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("nr01"))]
    return message(hdrs, root, w, "mail.cppk.example.gov.ua", "10.12.7.15")


KEY = {
    "class": "not_report", "executor": "rda-sribne", "period": 2, "late": False,
    "kind": "not_report", "reason": "extension_request",
    "note": "A long formal Windows Live Mail letter asking to move the deadline to 21.06.2013, with a page of reasons (staff changes, an audit, the council session) and the measures it will report on listed by number.",
    "items": [],
}


@mail("nr02", KEY)
def nr02():
    w = When(2013, 6, 12, 11, 40, 12)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

СРІБНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
17300, смт Срібне, вул. Миру, 18, тел. (04639) 2-14-71

11.06.2013 № 01-21/1207

Про продовження терміну подання інформації

Шановний Андрію Миколайовичу!

Срібнянська районна державна адміністрація звертається з проханням продовжити до 21 червня 2013 року термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року, встановлений пунктом 16 Плану (до 15 червня 2013 року).

Необхідність продовження терміну зумовлена такими обставинами.

По-перше, у травні 2013 року звільнився за власним бажанням головний спеціаліст відділу організаційної роботи апарату райдержадміністрації, на якого було покладено координацію виконання Плану заходів та узагальнення інформації структурних підрозділів. Новий працівник призначений на посаду лише 3 червня 2013 року і наразі знайомиться з документами та станом виконання завдань.

По-друге, з 20 травня по 14 червня 2013 року в районі працює ревізійна група Державної фінансової інспекції в області, яка здійснює планову ревізію фінансово-господарської діяльності райдержадміністрації. Значна частина працівників апарату та структурних підрозділів залучена до підготовки матеріалів для ревізорів.

По-третє, на 14 червня 2013 року призначено чергову сесію районної ради, до якої райдержадміністрація готує звіт про виконання Програми соціально-економічного та культурного розвитку району за 2012 рік та низку проектів рішень, а 18 червня – урочистості з нагоди Дня Конституції України.

Інформацію щодо пунктів 1, 6, 7, 9, 10 та 12 Плану, виконавцем яких визначено райдержадміністрації, зараз узагальнюють структурні підрозділи райдержадміністрації та виконкоми сільських рад; матеріали щодо консультацій з громадськістю та роботи громадської ради перебувають на погодженні у заступника голови райдержадміністрації з гуманітарних питань. Зведену інформацію буде надано на адресу електронної пошти uvp@cg.ukrtel.net не пізніше 21 червня 2013 року.

Просимо поставитися з розумінням до нашого прохання. Райдержадміністрація гарантує, що надалі інформація про виконання Плану подаватиметься у встановлені терміни.

З повагою
Голова районної державної адміністрації                      В.Г. Дмитренко

Виконавець: Коваль Ю.В., тел. (04639) 2-13-08
"""
    root = text_part(body, "plain", "windows-1251", "base64")
    hdrs = [("From", addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", addr("Управління внутрішньої політики ОДА", MAILBOX, "windows-1251", "B", quote=True)),
            ("Subject", ew("Про продовження терміну подання інформації (Відкритий уряд)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", "<%s@SribneRDA>" % hashlib.md5(b"nr02").hexdigest()[:16].upper()),
            ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
            ("X-Priority", "3"), ("X-MSMail-Priority", "Normal")]
    return message(hdrs, root, w, "SribneRDA", "10.12.33.8")


KEY = {
    "class": "not_report", "executor": "su-apk", "period": 3, "late": False,
    "kind": "not_report", "reason": "question",
    "note": "A long Outlook 2003 letter of questions «чи потрібно подавати інформацію щодо…» on items 2, 8, 6 and 9, whose premises (a committee head already on the collegium, a programme discussed) are stated inside the questions.",
    "items": [],
}


@mail("nr03", KEY)
def nr03():
    w = When(2013, 11, 28, 10, 22, 51)
    body = """Доброго дня, шановні колеги!

Готуємо інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року, і в нас виникло кілька питань, на які просимо дати роз'яснення до 6 грудня, щоб ми встигли подати інформацію у встановлений термін.

1. Щодо пункту 2 Плану (рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»). Наскільки нам відомо, рубрику «Виконання місцевих бюджетів» веде головне фінансове управління, а звіти про хід виконання цільових програм ми щокварталу направляємо до головного управління економіки, яке їх і розміщує. Чи потрібно головному управлінню агропромислового розвитку окремо подавати інформацію щодо цього пункту, чи достатньо інформації головного фінансового управління та головного управління економіки? Якщо потрібно, то в якому обсязі – тільки перелік наших програм (у нас їх три: розвитку молочного скотарства, підтримки фермерства, розвитку сільських територій) чи також суми фінансування?

2. Щодо пункту 8 Плану. Голова комітету з питань аграрної політики та земельних відносин Громадської ради при облдержадміністрації входить до складу колегії головного управління ще з жовтня 2012 року, про що ми інформували за І півріччя. У ІІ півріччі склад колегії не змінювався. Чи потрібно в такому разі знову подавати інформацію щодо п. 8, чи можна обмежитися записом «без змін»? І чи потрібно додавати копію наказу про склад колегії?

3. Щодо пунктів 6 та 9 Плану. У вересні 2013 року проект обласної програми розвитку сільських територій на 2014–2018 роки обговорювався на засіданні громадської ради та на нараді з головами фермерських господарств. Чи вважається це одночасно консультацією з громадськістю (п. 6) і залученням членів громадських рад до обговорення проектів програм (п. 9), чи треба відносити лише до одного з пунктів? Як правильно показати такий захід, щоб не було подвійного обліку?

4. І загальне питання: чи можна подавати інформацію за формою, яку ми використовували в червні (таблиця з графами «№ пункту», «Зміст заходу», «Стан виконання»), чи для ІІ півріччя встановлено іншу форму? У нагадуванні згадується таблиця, але до нашого листа її не було додано.

Будемо вдячні за оперативну відповідь – телефоном або електронною поштою.

З повагою,
Віктор Сидоренко
начальник відділу організаційної роботи та зв'язків з громадськістю
головного управління агропромислового розвитку
Чернігівської обласної державної адміністрації
тел. (0462) 67-12-45, моб. 067 461 09 82
apk@example.gov.ua
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 11 (filtered medium)"></head><body lang=UK link=blue vlink=purple>'
            '<div class=Section1>'
            + "".join('<p class=MsoNormal><font size=2 face=Arial><span lang=UK style=\'font-size:10.0pt;font-family:Arial\'>%s<o:p></o:p></span></font></p>\n'
                      % (html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                                    text_part(html, "html", "windows-1251", "quoted-printable")], bnd("outlook", "nr03"))
    hdrs = [("From", addr("Сидоренко Віктор", "apk@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", "<%s>" % MAILBOX),
            ("Subject", ew("Питання щодо подання інформації по Плану заходів (Відкритий уряд)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "nr03", "example.gov.ua")),
            ("Thread-Index", thread_index("nr03"))] + OUTLOOK_2003
    return message(hdrs, alt, w, "mail.apk.example.gov.ua", "10.12.5.33")


KEY = {
    "class": "not_report", "executor": "gromrada", "period": 3, "late": False,
    "kind": "not_report", "reason": "announcement",
    "note": "An announcement of the public discussion of the plan's implementation (measure 15) set for 19.12.2013, with a multi-page docx of agenda, rules and a draft resolution; the announcement's own posting and 23 confirmed organisations are no report.",
    "items": [],
}


@mail("nr04", KEY)
def nr04():
    w = When(2013, 12, 5, 16, 30, 9)
    fname = "Оголошення_обговорення_19.12.2013.docx"
    text = """
^^ ГРОМАДСЬКА РАДА ПРИ ЧЕРНІГІВСЬКІЙ ОБЛАСНІЙ ДЕРЖАВНІЙ АДМІНІСТРАЦІЇ
# ОГОЛОШЕННЯ
^^ про проведення громадського обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» у 2013 році
Громадська рада при Чернігівській обласній державній адміністрації спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації та регіональним координатором Ініціативи «Партнерство „Відкритий уряд“» в Чернігівській області запрошує представників інститутів громадянського суспільства, засобів масової інформації, органів місцевого самоврядування, науковців та всіх небайдужих громадян взяти участь у громадському обговоренні виконання Плану заходів у 2013 році.
Обговорення відбудеться 19 грудня 2013 року о 14.00 у великій залі облдержадміністрації (м. Чернігів, вул. Шевченка, 7, 3-й поверх). Реєстрація учасників – з 13.30.
## Мета обговорення
Метою обговорення є спільна з громадськістю оцінка стану виконання кожного з 16 пунктів Плану заходів у 2013 році, виявлення проблем, що перешкоджають виконанню окремих заходів, та напрацювання пропозицій до плану заходів на 2014 рік.
## Порядок денний
1. Вступне слово голови Громадської ради (до 10 хв).
2. Інформація управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації про стан виконання Плану заходів у 2013 році (до 20 хв).
3. Співдоповідь регіонального координатора Ініціативи «Партнерство „Відкритий уряд“» за результатами моніторингу офіційних веб-сайтів органів виконавчої влади області (до 15 хв).
4. Виступи представників комітетів Громадської ради: з питань інформаційної політики; з питань запобігання корупції; з питань місцевого самоврядування та регіонального розвитку (до 7 хв кожен).
5. Вільний мікрофон (виступи до 3 хв).
6. Обговорення та схвалення резолюції громадського обговорення.
## Регламент і правила участі
Для участі в обговоренні необхідно зареєструватися до 17 грудня 2013 року на веб-ресурсі «Чернігівська громада» або за телефоном секретаріату ради 050 417 23 66. Письмові пропозиції та зауваження можна надіслати до 18 грудня 2013 року на адресу електронної пошти gromrada@example.gov.ua або залишити в розділі форуму «Відкритий уряд – 2013».
Бажаючі виступити у вільному мікрофоні записуються при реєстрації. Головуючий має право позбавити слова учасника, який порушує регламент або етичні норми ведення дискусії.
Хід обговорення фіксується у протоколі; відеозапис обговорення буде розміщено на веб-ресурсі «Чернігівська громада». Звіт про результати обговорення буде оприлюднено у двотижневий строк після його проведення.
## Проект резолюції (для обговорення)
Учасники громадського обговорення, заслухавши та обговоривши інформацію про виконання Плану заходів у 2013 році, пропонують:
1) рекомендувати облдержадміністрації продовжити дію Плану заходів на 2014 рік, доповнивши його заходами щодо запровадження електронних петицій та оприлюднення відкритих даних;
2) рекомендувати структурним підрозділам облдержадміністрації та райдержадміністраціям забезпечити оприлюднення звітів про результати консультацій з громадськістю у встановлені строки;
3) рекомендувати Громадській раді утворити робочу групу з моніторингу виконання Плану заходів у 2014 році;
4) звернутися до облдержадміністрації з пропозицією про проведення спільного засідання колегії облдержадміністрації та Громадської ради у І кварталі 2014 року.
Проект резолюції буде доопрацьовано з урахуванням пропозицій, що надійдуть до 18 грудня 2013 року.
>> Голова Громадської ради при облдержадміністрації М.Ф. Остапенко
>> Відповідальний секретар І.О. Савчук
"""
    blob = doc("nr04_ogoloshennia", "docx", "Оголошення про громадське обговорення", text)
    body = """Шановні колеги!

Громадська рада при облдержадміністрації повідомляє, що 19 грудня 2013 року о 14.00 у великій залі облдержадміністрації відбудеться громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у 2013 році (пункт 15 Плану).

Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада» 2 грудня, участь уже підтвердили 23 громадські організації та 4 районні громадські ради. Повний текст оголошення з порядком денним і проектом резолюції додаємо.

Просимо управління:
– підготувати інформацію про стан виконання Плану заходів у 2013 році (доповідь до 20 хв) і направити її текст до 16 грудня, щоб ми встигли розмножити для учасників;
– забезпечити приміщення, звукопідсилювальну апаратуру та проектор;
– поінформувати про обговорення структурні підрозділи облдержадміністрації та райдержадміністрації.

Дякуємо за співпрацю!

--
З повагою,
Ірина Савчук
відповідальний секретар Громадської ради
при Чернігівській обласній державній адміністрації
моб. 050 417 23 66
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>'
            '<body bgcolor="#FFFFFF" text="#000000">\n' + paras_html(body, "div").replace("<div>--</div>", '<div class="moz-signature">-- <br>')
            + "</div>\n</body></html>")
    alt = multipart("alternative", [text_part(flowed(body), "plain", "UTF-8", "8bit", extra_params="; format=flowed"),
                                    text_part(html, "html", "UTF-8", "8bit")], bnd("tb", "nr04a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2231", "UTF-8")], bnd("tb", "nr04"))
    hdrs = [("Message-ID", "<52A08D51.7000506@example.gov.ua>"),
            ("Date", w.date()),
            ("From", addr("Ірина Савчук", "gromrada@example.gov.ua", "UTF-8", "B")),
            ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
            ("To", MAILBOX),
            ("Subject", ew("Громадське обговорення виконання Плану заходів 19.12.2013", "UTF-8", "B"))]
    return message(hdrs, root, w, "[192.168.1.34]", "93.77.18.204", client_host="unknown")


KEY = {
    "class": "not_report", "executor": "rda-chernihiv", "period": 2, "late": False,
    "kind": "not_report", "reason": "thanks",
    "note": "A long Opera Mail letter of thanks for the seminar of 28.02.2013 and the methodological guide, naming the subjects of measures 13 and 14 and promising to use what was learnt, but stating no work of the district's own.",
    "items": [],
}


@mail("nr05", KEY)
def nr05():
    w = When(2013, 3, 1, 12, 15, 0)
    body = """Шановний Андрію Миколайовичу!
Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю!

Від імені Чернігівської районної державної адміністрації та від себе особисто висловлюю щиру подяку Вам та працівникам управління, а також викладачам Чернігівського центру перепідготовки та підвищення кваліфікації за організацію та проведення 28 лютого 2013 року навчального семінару з питань використання інструментів політики сприяння розвитку громадянського суспільства.

Наші працівники, які були на семінарі, відзначили високий професійний рівень лекторів, практичну спрямованість занять і доброзичливу атмосферу. Особливо корисними виявилися практикум з підготовки звіту про результати публічного громадського обговорення та розбір типових помилок, яких припускаються органи влади при проведенні консультацій з громадськістю. Питання, які накопичилися в районі за останні роки, нарешті отримали чіткі відповіді.

Окремо дякуємо за методичний посібник «Консультації з громадськістю: практичний порадник для державного службовця», який роздали учасникам семінару. Посібник написано зрозумілою мовою, він містить зразки документів і, певні, стане в пригоді працівникам усіх відділів райдержадміністрації.

Знання, отримані на семінарі, будуть використані при підготовці орієнтовного плану консультацій з громадськістю на наступний рік і при організації роботи з громадською радою при райдержадміністрації. Сподіваємося, що практика проведення таких семінарів буде продовжена, зокрема для працівників виконкомів сільських рад, які теж потребують подібного навчання.

Бажаємо Вам і колективу управління міцного здоров'я, наснаги та нових успіхів у роботі!

З повагою
перший заступник голови Чернігівської районної державної адміністрації
Л.П. Мисник

--
Чернігівська районна державна адміністрація
14000, м. Чернігів, вул. Шевченка, 48
тел. (0462) 67-70-12
"""
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title></title></head><body>'
            '<div style="font-family: Arial; font-size: 10pt">' + "<br>".join(html_escape(l) for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "utf-8", "quoted-printable", extra_params="; format=flowed; delsp=yes"),
                                    text_part(html, "html", "utf-8", "quoted-printable")], "----------%s" % hashlib.md5(b"nr05").hexdigest()[:22])
    hdrs = [("To", addr("УВП ОДА", MAILBOX, "utf-8", "B", quote=True)),
            ("Subject", ew("Подяка за семінар 28.02.2013", "utf-8", "B")),
            ("From", addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "utf-8", "B", quote=True)),
            ("Date", w.date()),
            ("Message-ID", "<op.wtfp1xkd%s@rda-chernihiv>" % hashlib.md5(b"nr05m").hexdigest()[:8]),
            ("User-Agent", "Opera Mail/12.14 (Win32)")]
    return message(hdrs, alt, w, "[10.12.35.14]", "10.12.35.14", client_host="unknown")


# =======================================================================================
# 4. ranges

KEY = {
    "class": "ranges", "executor": "rda-koriukivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A long docx whose sections are headed by ranges («Пункти 6–9 Плану», «п.п. 10, 12») answered as one block, so measure 8, which a district does not owe, counts too; the cover letter's «пп. 1, 6–10, 12 … у додатку» is only a pointer.",
    "items": [{"measure": 1, "source": "Інформація_Корюківська_РДА_2012.docx"},
              {"measure": 6, "source": "Інформація_Корюківська_РДА_2012.docx"},
              {"measure": 7, "source": "Інформація_Корюківська_РДА_2012.docx"},
              {"measure": 8, "source": "Інформація_Корюківська_РДА_2012.docx"},
              {"measure": 9, "source": "Інформація_Корюківська_РДА_2012.docx"},
              {"measure": 10, "source": "Інформація_Корюківська_РДА_2012.docx"},
              {"measure": 12, "source": "Інформація_Корюківська_РДА_2012.docx"}],
}


@mail("rg01", KEY)
def rg01():
    w = When(2012, 12, 12, 15, 47, 23)
    fname = "Інформація_Корюківська_РДА_2012.docx"
    text = """
^^ КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
^^ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
^^ 15300, м. Корюківка, вул. Шевченка, 80, тел. (04657) 2-12-41
# ІНФОРМАЦІЯ
^^ про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (станом на 10.12.2012)
## Загальні положення
Корюківська районна державна адміністрація розглядає забезпечення відкритості та прозорості своєї діяльності як одну з ключових умов довіри мешканців району до влади. З метою організації виконання Плану заходів, затвердженого заступником голови облдержадміністрації 10 вересня 2012 року, розпорядженням голови райдержадміністрації від 01.10.2012 № 402 затверджено районний план заходів, визначено відповідальних виконавців та терміни виконання; контроль покладено на заступника голови райдержадміністрації Л.О. Бойко.
Станом на 01.12.2012 на території району здійснюють діяльність 39 громадських організацій, 3 благодійні організації, 12 релігійних громад та осередки 16 політичних партій. При райдержадміністрації діє громадська рада, сформована 21 березня 2011 року у складі 23 осіб, у тому числі представників 17 громадських організацій.
Громадянське суспільство району представлене насамперед ветеранськими, молодіжними та жіночими організаціями, які мають осередки в більшості сільських рад. Найбільш активними у 2012 році були районна організація ветеранів України, громадська організація «Корюківська молодь», районна організація Союзу жінок України, районне товариство «Просвіта» та клуб любителів історії «Спадщина». За підтримки райдержадміністрації громадськими організаціями проведено понад 40 заходів: акції «Ветеран живе поруч», «Допоможи ближньому», краєзнавчі експедиції, спортивні змагання серед сільської молоді, благодійні ярмарки.
Значна частина населення району проживає в невеликих селах, віддалених від районного центру на 30–50 кілометрів, де відсутні зареєстровані громадські організації, а доступ до мережі Інтернет є обмеженим. Тому основними формами спілкування влади з мешканцями цих сіл залишаються виїзні прийоми, сходи громадян та інформування через районну газету «Маяк» і районне радіо. У 2012 році керівництво райдержадміністрації провело 36 виїзних прийомів громадян, на яких розглянуто 214 звернень.
Робота зі зверненнями громадян у 2012 році була спрямована на вирішення найбільш нагальних проблем мешканців району: до райдержадміністрації надійшло 1 126 звернень (у 2011 році – 1 204), з них 61 % – з питань соціального захисту, 14 % – житлово-комунального господарства, 9 % – земельних відносин. Колективних звернень надійшло 37. Позитивно вирішено 46 % звернень, на решту надано роз'яснення. Порушень строків розгляду не допущено.
Висвітлення діяльності райдержадміністрації забезпечується через районну газету «Маяк» (наклад 5,2 тис. примірників), районне радіомовлення та обласні засоби масової інформації. У 2012 році в районній газеті опубліковано 168 матеріалів про діяльність райдержадміністрації, проведено 12 прямих радіоефірів керівництва району, 4 прес-конференції голови райдержадміністрації.
Інформація про виконання надається за пунктами Плану, виконавцем яких визначено райдержадміністрації, а також щодо пунктів, до виконання яких райдержадміністрація долучалася.
## Пункт 1 Плану
Офіційний веб-сайт Корюківської райдержадміністрації функціонує з 2008 року. На виконання Закону України «Про доступ до публічної інформації» та постанови Кабінету Міністрів України від 04.01.2002 № 3 у жовтні–листопаді 2012 року проведено аудит змісту сайту, за результатами якого оновлено 14 розділів, створено розділи «Доступ до публічної інформації», «Громадська рада», «Консультації з громадськістю» та «Звернення громадян». Оприлюднено перелік відомостей, що становлять службову інформацію, систему обліку документів, порядок подання запитів на інформацію. У IV кварталі на сайті розміщено 112 інформаційних матеріалів, 38 розпоряджень голови райдержадміністрації, 9 проектів регуляторних актів. Запроваджено щотижневе оновлення новинної стрічки та щомісячне – календаря заходів. Забезпечено можливість надсилання електронних звернень через форму на сайті.
## Пункти 6–9 Плану
Відповідно до орієнтовного плану проведення консультацій з громадськістю на 2012 рік у районі проведено 7 консультацій з громадськістю, з них 4 – у формі публічного громадського обговорення (круглі столи, громадські слухання, зустрічі з мешканцями), 2 – у формі електронних консультацій, 1 – у формі вивчення громадської думки. Найбільш резонансними були громадські слухання щодо оптимізації мережі загальноосвітніх навчальних закладів району (25.10.2012, 140 учасників) та зустрічі з мешканцями сіл Перелюб і Жукля з питань ремонту автомобільних доріг. Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів розпоряджень голови райдержадміністрації «Про районну програму охорони навколишнього природного середовища на 2013–2015 роки» та «Про заходи щодо підготовки до відзначення Дня Перемоги», внесли 8 пропозицій, 5 з яких враховано. Представники громадських організацій включені до складу 7 дорадчо-консультативних органів при райдержадміністрації, зокрема районної ради з питань безпеки дорожнього руху та районної координаційної ради у справах дітей. Голова громадської ради входить до складу колегії райдержадміністрації, бере участь у її засіданнях з правом дорадчого голосу.
## п.п. 10, 12
Листом райдержадміністрації від 15.10.2012 № 01-19/943 громадській раді при райдержадміністрації рекомендовано утворити у своєму складі комісію з питань відкритості та прозорості діяльності органу влади; на засіданні громадської ради 08.11.2012 таку комісію утворено у складі 5 осіб, головою обрано О.П. Гайдамаку. Громадських експертиз діяльності райдержадміністрації у 2012 році інститутами громадянського суспільства не ініціювалось; проекти регуляторних актів райдержадміністрації оприлюднюються на сайті з метою одержання зауважень і пропозицій, у тому числі для проведення громадської антикорупційної експертизи, проте пропозицій від громадськості не надходило.
## Пункт 16
Інформація про виконання Плану надається управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації у встановлені терміни.
## Висновки
Загалом роботу райдержадміністрації з виконання Плану заходів у 2012 році можна оцінити як задовільну. Водночас потребують активізації робота з інформування населення про можливості участі у консультаціях з громадськістю, особливо у віддалених селах, де відсутній доступ до мережі Інтернет, та залучення молоді до роботи громадської ради. У 2013 році райдержадміністрація планує підготувати і видати пам'ятку для мешканців району «Як взяти участь в обговоренні рішень влади».
## Статистичні дані (додаток до інформації)
|!Показник|2011 рік|2012 рік (на 10.12)
|Кількість консультацій з громадськістю|4|7
|Кількість учасників консультацій, осіб|215|486
|Кількість засідань громадської ради|5|6
|Кількість пропозицій громадської ради, врахованих райдержадміністрацією|6|11
|Кількість матеріалів, розміщених на веб-сайті|361|402
|Кількість запитів на публічну інформацію|9|17
## Перелік консультацій з громадськістю, проведених райдержадміністрацією у 2012 році (додаток до статистичних даних)
|!№|Питання|Форма|Дата|Учасники
|1|Проект програми соціально-економічного та культурного розвитку району на 2012 рік|громадські слухання|19.01.2012|88
|2|Робота громадського транспорту на приміських маршрутах|вивчення громадської думки (опитування)|березень 2012|240
|3|Проект районної програми охорони навколишнього природного середовища|електронні консультації|травень 2012|—
|4|Оптимізація мережі загальноосвітніх навчальних закладів|громадські слухання|25.10.2012|140
|5|Ремонт автомобільних доріг|зустріч з мешканцями с. Перелюб|07.11.2012|46
|6|Ремонт автомобільних доріг|зустріч з мешканцями с. Жукля|08.11.2012|39
|7|Проект програми розвитку фізичної культури і спорту|електронні консультації|листопад 2012|—
>> Заступник голови райдержадміністрації Л.О. Бойко
"""
    blob = doc("rg01_koriukivka", "docx", "Інформація Корюківської РДА", text)
    body = """Шановні колеги!

Корюківська районна державна адміністрація на виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» направляє інформацію про виконання Плану за 2012 рік (лист від 11.12.2012 № 01-19/1187).

Інформацію щодо пп. 1, 6–10, 12 Плану надаємо у додатку.

Додаток: на 3 арк. в 1 прим.

З повагою,
Людмила Бойко
заступник голови Корюківської районної державної адміністрації

Виконавець: Гончаренко Віталій Петрович, головний спеціаліст відділу з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю апарату Корюківської районної державної адміністрації, тел. (04657) 2-10-75
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<meta name="Generator" content="Microsoft Word 14 (filtered medium)"></head><body lang="UK"><div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s</p>' % (html_escape(l) if l else "<o:p>&nbsp;</o:p>") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "windows-1251", "base64"),
                                    text_part(html, "html", "windows-1251", "base64")], bnd("outlook", "rg01a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047b", "windows-1251")], bnd("outlook", "rg01"))
    hdrs = [("From", addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Інформація Корюківської РДА щодо виконання Плану заходів (пп. 1, 6-10, 12)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "rg01", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("rg01"))]
    return message(hdrs, root, w, "mail.koriukivka.example.gov.ua", "10.12.27.4")


KEY = {
    "class": "ranges", "executor": "su-ekonomika", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A document-flow system's CDO mail with a registration card whose subject names «пп. 1–2, 6–9, 12», over an xls whose number cell «1–2, 6–9» answers seven measures in one long paragraph beside dates, resolution numbers and counts.",
    "items": [{"measure": 1, "source": "Інформація_ГУЕ_пп1-2_6-9_12.xls"},
              {"measure": 2, "source": "Інформація_ГУЕ_пп1-2_6-9_12.xls"},
              {"measure": 6, "source": "Інформація_ГУЕ_пп1-2_6-9_12.xls"},
              {"measure": 7, "source": "Інформація_ГУЕ_пп1-2_6-9_12.xls"},
              {"measure": 8, "source": "Інформація_ГУЕ_пп1-2_6-9_12.xls"},
              {"measure": 9, "source": "Інформація_ГУЕ_пп1-2_6-9_12.xls"},
              {"measure": 12, "source": "Інформація_ГУЕ_пп1-2_6-9_12.xls"}],
}


@mail("rg02", KEY)
def rg02():
    w = When(2013, 6, 10, 9, 58, 40)
    fname = "Інформація_ГУЕ_пп1-2_6-9_12.xls"
    rows = [
        ["", "", "Додаток до листа ГУЕ від 07.06.2013 № 06-14/2211"],
        ["Інформація головного управління економіки облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року", "", ""],
        ["№ пунктів Плану", "Зміст заходу", "Інформація про виконання"],
        ["1–2, 6–9", "Забезпечення відкритості діяльності, наповнення сайту, консультації з громадськістю, залучення громадськості до дорадчих органів і колегії, обговорення проектів програм",
         "Головне управління економіки забезпечує наповнення свого розділу на офіційному веб-сайті облдержадміністрації: у І півріччі 2013 року розміщено 57 матеріалів, зокрема інформацію про підсумки соціально-економічного розвитку області за 2012 рік та І квартал 2013 року, оновлено розділи «Регуляторна політика» та «Інвестиційна діяльність». У рубриці «Хід виконання цільових програм» оприлюднено зведену інформацію про виконання 42 обласних цільових програм за 2012 рік, підготовлену на основі звітів головних розпорядників коштів. 14 березня 2013 року проведено публічне громадське обговорення проекту Програми соціально-економічного та культурного розвитку області на 2013 рік відповідно до постанови КМУ від 03.11.2010 № 996 (взяли участь 73 особи, надійшло 27 пропозицій, 19 враховано); члени Громадської ради при облдержадміністрації взяли участь в обговоренні проекту Стратегії розвитку області до 2020 року на засіданнях робочої групи 12.02 та 16.04.2013. До складу регіональної ради підприємців та обласної ради з питань інвестиційної діяльності включено 6 представників громадських об'єднань підприємців. До складу колегії головного управління наказом від 22.01.2013 № 9 введено голову комітету з питань економічного розвитку Громадської ради при облдержадміністрації, який взяв участь у 2 засіданнях колегії."],
        ["12", "Сприяння проведенню громадських експертиз",
         "У квітні 2013 року ГО «Центр економічних ініціатив» проведено громадську антикорупційну експертизу проекту розпорядження голови облдержадміністрації «Про порядок відбору інвестиційних проектів для фінансування з державного фонду регіонального розвитку». Експертний висновок містив 5 пропозицій, 4 з них враховано, про що громадську організацію поінформовано листом від 06.05.2013 № 06-09/1402."],
        ["16", "Надання інформації про виконання Плану", "Інформація надається щопівроку до 15 числа останнього місяця півріччя"],
        ["", "", ""],
        ["Заступник начальника головного управління", "", "Т.О. Мельник"],
    ]
    blob = sheet("rg02_ekonomika", "xls", rows)
    body = """Направляємо Вам електронний документ.

Реєстраційна картка документа
-----------------------------------------
Кореспондент: Головне управління економіки облдержадміністрації
Вихідний номер: 06-14/2211
Дата документа: 07.06.2013
Вид документа: Лист
Короткий зміст: Про інформацію щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади (пп. 1–2, 6–9, 12)
Підписав: Т.О. Мельник, заступник начальника головного управління
Виконавець: Кучер І.В., 67-21-88
Кількість аркушів: 2
Кількість додатків: 1
Адресат: Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
-----------------------------------------

Повідомлення сформоване автоматично системою електронного документообігу «АСКОД». Не відповідайте на цей лист. З питань щодо змісту документа звертайтеся до виконавця.
"""
    root = multipart("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                               att_part(blob, fname, "2047b", "windows-1251")], "----_=_NextPart_001_01CE65B8.%s" % hashlib.md5(b"rg02").hexdigest()[:8].upper())
    hdrs = [("Content-Class", "urn:content-classes:message"),
            ("Subject", ew("Лист ГУЕ від 07.06.2013 № 06-14/2211 Про інформацію щодо виконання Плану заходів (пп. 1-2, 6-9, 12)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", "<%s@askod.ekonomika.example.gov.ua>" % hashlib.md5(b"rg02m").hexdigest().upper()[:28]),
            ("X-Mailer", "Microsoft CDO for Windows 2000"),
            ("X-MimeOLE", "Produced By Microsoft Exchange V6.5"),
            ("Thread-Topic", ew("Лист ГУЕ від 07.06.2013 № 06-14/2211", "windows-1251", "B")),
            ("Thread-Index", thread_index("rg02")),
            ("From", addr("АСКОД ГУЕ", "ekonomika@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX)]
    return message(hdrs, root, w, "askod.ekonomika.example.gov.ua", "10.12.5.60")


KEY = {
    "class": "ranges", "executor": "rda-bobrovytsia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A long Russian koi8-r Outlook Express letter answering «По пунктам 1 и 6», «По п.п. 7, 9 – 10» and «Пункт 12» as blocks, with «пункты 2–5, 8, 11, 13–15 … не относятся» and many dates, counts and document numbers around them.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("rg03", KEY)
def rg03():
    w = When(2013, 6, 14, 13, 20, 11)
    body = """Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации

Бобровицкая районная государственная администрация
исх. N 01-15/1644 от 13.06.2013

Информация о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области в рамках реализации Инициативы "Партнерство "Открытое правительство" за I полугодие 2013 года

Бобровицкая районная государственная администрация сообщает, что работа по выполнению Плана мероприятий в I полугодии 2013 года проводилась в соответствии с распоряжением председателя райгосадминистрации от 02.10.2012 N 356 "О мерах по реализации Инициативы "Партнерство "Открытое правительство" в районе". Ответственным за координацию определен отдел организационной работы и внутренней политики аппарата райгосадминистрации. По состоянию на 01.06.2013 в районе зарегистрировано 44 общественные организации, действует общественный совет при райгосадминистрации в составе 21 человека.

По пунктам 1 и 6 плана:
Официальный веб-сайт Бобровицкой райгосадминистрации работает в соответствии с требованиями постановления Кабинета Министров Украины от 04.01.2002 N 3. В I полугодии 2013 года на сайте размещено 236 информационных материалов, 52 распоряжения председателя РГА, отчет о работе райгосадминистрации за 2012 год, создан раздел "Консультации с общественностью", в котором размещаются ориентировочный план консультаций на 2013 год, объявления о проведении обсуждений и отчеты об их результатах. Проведено 6 консультаций с общественностью: общественные слушания по проекту Программы социально-экономического развития района на 2013 год (24.01.2013, 58 участников), круглый стол по проблемам занятости молодежи (15.03.2013), встречи с жителями сел Кобыжча, Новая Басань и Осовец по вопросам реформирования сельской медицины, электронное обсуждение проекта районной программы "Питьевая вода" (поступило 11 предложений). Отчеты о результатах обсуждений размещены на сайте в установленный срок.

По п.п. 7, 9 – 10:
Представители институтов гражданского общества включены в состав 8 консультативно-совещательных органов при райгосадминистрации (районный совет по вопросам семьи, координационный совет по вопросам развития предпринимательства, районная комиссия по вопросам ТЭБ и ЧС и др.), всего 14 человек, из них 6 - члены общественного совета. Члены общественного совета приняли участие в обсуждении проектов распоряжений председателя РГА "О районной программе поддержки малого предпринимательства на 2013-2014 годы" и "О мерах по благоустройству населенных пунктов района", внесено 9 предложений, 6 учтено. По рекомендации райгосадминистрации (письмо от 11.02.2013 N 01-15/312) общественный совет на заседании 28.02.2013 создал в своем составе рабочую группу по вопросам открытости и прозрачности деятельности органов власти в составе 3 человек, которая провела мониторинг официального сайта РГА и подготовила 7 предложений по его улучшению.

Пункт 12:
В мае 2013 года общественная организация "Бобровицкая громада" провела общественную антикоррупционную экспертизу проекта распоряжения председателя РГА "О порядке предоставления земельных участков для сенокошения и выпаса скота". Из 5 предложений экспертов учтено 4, результаты экспертизы и отчет об учете предложений размещены на сайте РГА 03.06.2013.

Пункты 2 - 5, 8, 11, 13 - 15 к райгосадминистрации не относятся. По пункту 16 информация предоставляется в установленные сроки.

Председатель районной государственной администрации          А.М. Гриценко

Исполнитель: Павленко Н.С., тел. (04632) 2-13-64
"""
    root = text_part(body, "plain", "koi8-r", "8bit")
    hdrs = [("From", addr("Бобровицкая РГА", "rda-bobrovytsia@example.gov.ua", "koi8-r", "B", quote=True)),
            ("To", addr("УВП", MAILBOX, "koi8-r", "B", quote=True)),
            ("Subject", ew("Информация о выполнении Плана мероприятий (Открытое правительство) за I полугодие 2013", "koi8-r", "B")),
            ("Date", w.date()),
            ("Message-ID", "<000d01ce68e7$%s$%s@PAVLENKO>" % (hashlib.md5(b"rg03").hexdigest()[:8], hashlib.md5(b"rg03b").hexdigest()[:8])),
            ] + OUTLOOK_EXPRESS
    return message(hdrs, root, w, "PAVLENKO", "10.12.17.22")


KEY = {
    "class": "ranges", "executor": "uvp", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The department's own sector reports from its registered box with a many-page annual PDF whose sections answer «пп. 3–5», «пункти 10, 11» and «з 13 по 15» as blocks, between a table of contents, an introduction, a section on the plan's sixteen items in general and statistical appendices.",
    "items": [{"measure": 3, "source": "Звіт_УВП_2013.pdf"}, {"measure": 4, "source": "Звіт_УВП_2013.pdf"},
              {"measure": 5, "source": "Звіт_УВП_2013.pdf"}, {"measure": 10, "source": "Звіт_УВП_2013.pdf"},
              {"measure": 11, "source": "Звіт_УВП_2013.pdf"}, {"measure": 13, "source": "Звіт_УВП_2013.pdf"},
              {"measure": 14, "source": "Звіт_УВП_2013.pdf"}, {"measure": 15, "source": "Звіт_УВП_2013.pdf"}],
}


@mail("rg04", KEY)
def rg04():
    w = When(2013, 12, 10, 17, 5, 33)
    fname = "Звіт_УВП_2013.pdf"
    text = """
^^ ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ
^^ УПРАВЛІННЯ З ПИТАНЬ ВНУТРІШНЬОЇ ПОЛІТИКИ ТА ЗВ'ЯЗКІВ З ГРОМАДСЬКІСТЮ
# ЗВІТ
^^ про виконання управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації заходів Плану з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» у 2013 році
^^ Підготовлено сектором взаємодії з інститутами громадянського суспільства
^^ Чернігів – грудень 2013
## Зміст
1. Вступ
2. Місце управління у виконанні Плану заходів
3. Пункти 3–5 Плану: веб-ресурс «Чернігівська громада», Інтернет-форум, «гаряча лінія»
4. Пункти 10, 11 Плану: комісії з питань відкритості, «Дні відкритих дверей»
5. Пункти з 13 по 15 Плану: навчання, методичні посібники, громадське обговорення
6. Проблеми та пропозиції
Додаток 1. Основні показники
Додаток 2. Перелік навчальних заходів
Додаток 3. Стан звітування виконавців Плану у 2013 році
Додаток 4. Хронологія основних подій
## 1. Вступ
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації (далі – управління) відповідно до Положення про управління забезпечує реалізацію державної політики у сфері внутрішньої політики, зв'язків з громадськістю, взаємодії з політичними партіями, громадськими об'єднаннями, релігійними організаціями та засобами масової інформації. Штатна чисельність управління – 24 особи, у складі управління 4 відділи та 2 сектори.
2013 рік став першим повним роком виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації 10 вересня 2012 року (далі – План). План містить 16 пунктів, виконавцями яких визначено управління, структурні підрозділи облдержадміністрації, райдержадміністрації, відділ роботи із зверненнями громадян апарату облдержадміністрації, Чернігівський центр перепідготовки та підвищення кваліфікації, Громадську раду при облдержадміністрації та регіонального координатора Ініціативи.
Управління, крім виконання власних заходів, здійснює координацію виконання Плану в цілому: узагальнює інформацію виконавців, що надходить на адресу електронної пошти управління відповідно до пункту 16 Плану, готує зведені звіти для керівництва облдержадміністрації, надає методичну допомогу. У 2013 році від виконавців надійшло понад 90 листів з інформацією про виконання Плану; зведена інформація за І півріччя розглянута на нараді у заступника голови облдержадміністрації 2 липня 2013 року.
Цей звіт стосується лише заходів, виконавцем яких визначено управління. Інформація про виконання заходів іншими виконавцями узагальнюється окремо.
## 2. Місце управління у виконанні Плану заходів
Управління визначено виконавцем (або одним з виконавців) пунктів 3, 4, 5, 10, 11, 13, 14 та 15 Плану. Пункти 3, 4, 13 і 14 мали визначені терміни виконання (IV квартал 2012 року, I квартал 2013 року, до 1 березня 2013 року, до 1 січня 2013 року); решта – постійні або щорічні. Оскільки частина заходів була виконана наприкінці 2012 – на початку 2013 року, у звіті наведено також інформацію про подальшу підтримку їх результатів.
Для забезпечення виконання Плану наказом начальника управління від 18.09.2012 № 41 визначено відповідальних працівників за кожен пункт, встановлено внутрішні строки підготовки інформації. Стан виконання щокварталу розглядається на нарадах при начальникові управління.
Окремим напрямом роботи управління є збір та узагальнення інформації виконавців Плану. З метою зменшення навантаження на виконавців та уникнення дублювання запитів з 2013 року інформація приймається виключно в електронному вигляді на адресу електронної пошти управління, у довільній формі або за формою таблиці, яку управління надсилає разом із нагадуваннями. Отримання кожного листа підтверджується автоматично; виконавцям, від яких інформація за окремими пунктами не надійшла, направляються нагадування. Як свідчить досвід, найбільше труднощів у виконавців викликає розмежування пунктів 6 і 9 Плану (консультації з громадськістю та залучення членів громадських рад до обговорення проектів) та пунктів 7 і 10 (дорадчі органи та комісії громадських рад), тому управління надавало з цих питань телефонні та письмові роз'яснення (листи від 22.05.2013 № 03-08/987 та від 02.12.2013 № 03-08/2311).
Стан звітування виконавців наведено в додатку 3. За І півріччя 2013 року інформацію у встановлений строк надали 31 з 38 виконавців, із запізненням до трьох днів – 5, не надали – 2 (після нагадування інформацію отримано в липні). Зведена інформація за І півріччя була розглянута на нараді у заступника голови облдержадміністрації 2 липня 2013 року, за результатами якої надано доручення керівникам структурних підрозділів і райдержадміністрацій щодо посилення персональної відповідальності за своєчасність і повноту інформації.
## 3. Пункти 3–5 Плану
Веб-ресурс «Чернігівська громада», створений спільно з Громадською радою при облдержадміністрації у грудні 2012 року, у 2013 році працював безперебійно. Управління забезпечило розміщення ресурсу на сервері облдержадміністрації, його технічну підтримку силами відділу інформаційних технологій апарату та регулярне наповнення: за рік розміщено 486 матеріалів, у тому числі 64 оголошення про консультації з громадськістю, 58 звітів про їх результати, 112 новин інститутів громадянського суспільства області. Кількість відвідувань за рік перевищила 41 тисячу. На базі ресурсу з 18 березня 2013 року працює Інтернет-форум з обговорення актуальних питань життєдіяльності області; на кінець листопада на форумі зареєстровано 412 користувачів, відкрито 97 тем, залишено понад 2 300 повідомлень. Модерацію форуму здійснюють два працівники управління та два представники Громадської ради; за рік за результатами обговорень на форумі до структурних підрозділів облдержадміністрації направлено 19 узагальнених пропозицій. Спільно з відділом роботи із зверненнями громадян апарату облдержадміністрації управління забезпечувало організацію роботи «гарячої лінії» голови облдержадміністрації: працівники управління щопонеділка чергують на лінії за графіком, готують інформаційні матеріали для ЗМІ про найбільш поширені питання звернень; у 2013 році управління опрацювало 238 звернень, що надійшли на «гарячу лінію» з питань, віднесених до його компетенції, та підготувало 12 щомісячних оглядів для розміщення на офіційному сайті облдержадміністрації.
## 4. Пункти 10, 11 Плану
Управління листами від 14.01.2013 № 03-08/41 та від 09.07.2013 № 03-08/1302 рекомендувало громадським радам при структурних підрозділах облдержадміністрації та райдержадміністраціях створити у своєму складі комісії (робочі групи) з питань відкритості та прозорості діяльності органів влади, надіслало зразок положення про таку комісію. Станом на 01.12.2013 комісії (робочі групи) утворено при 17 з 22 районних громадських рад та при Громадській раді при облдержадміністрації. 21 травня та 19 листопада 2013 року управління провело «Дні відкритих дверей» для представників громадськості та засобів масової інформації. Учасники (відповідно 46 та 38 осіб) ознайомилися з роботою відділів управління, порядком розгляду звернень громадських об'єднань, взяли участь у відкритій нараді з питань проведення консультацій з громадськістю. Інформацію про «Дні відкритих дверей» заздалегідь оприлюднено на веб-ресурсі «Чернігівська громада» та в обласних ЗМІ; за їх підсумками одержано 14 пропозицій, 9 з яких включено до плану роботи управління на 2014 рік.
## 5. Пункти з 13 по 15 Плану
Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій проведено два навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства – 6 грудня 2012 року та 28 лютого 2013 року; у них взяли участь 83 особи, у тому числі 31 заступник керівника структурних підрозділів облдержадміністрації та 40 спеціалістів райдержадміністрацій, які безпосередньо організовують консультації з громадськістю. Управлінням розроблено та видано накладом 300 примірників методичний посібник «Консультації з громадськістю: практичний порадник для державного службовця» (48 с.), який поширено серед учасників семінарів, структурних підрозділів облдержадміністрації, райдержадміністрацій та виконкомів міських рад; електронну версію посібника розміщено на веб-ресурсі «Чернігівська громада». Громадське обговорення виконання заходів Плану за 2012 рік проведено 29 січня 2013 року спільно з Громадською радою та регіональним координатором Ініціативи (взяли участь 57 представників інститутів громадянського суспільства); звіт про результати обговорення оприлюднено 12 лютого 2013 року. Обговорення виконання Плану за 2013 рік заплановано на 19 грудня 2013 року, оголошення про нього оприлюднено.
## 6. Проблеми та пропозиції
Основними проблемами у виконанні Плану залишаються формальний підхід окремих виконавців до звітування, низька активність громадських рад у частині районів, недостатнє кадрове забезпечення роботи з громадськістю в райдержадміністраціях. Частина виконавців подає інформацію з порушенням строків або обмежується загальними фразами, що ускладнює узагальнення.
Управління пропонує: розглянути питання про продовження дії Плану на 2014 рік з доповненням його заходами щодо електронних петицій та відкритих даних; запровадити щорічний рейтинг відкритості структурних підрозділів і райдержадміністрацій; передбачити в обласному бюджеті на 2014 рік кошти на підтримку веб-ресурсу «Чернігівська громада».
~~
## Додаток 1. Основні показники роботи управління за Планом у 2013 році
|!Показник|2012 (IV кв.)|2013 (на 01.12)
|Матеріали на веб-ресурсі «Чернігівська громада»|73|486
|Зареєстровані користувачі форуму|—|412
|Звернення на «гарячу лінію», опрацьовані управлінням|61|238
|Громадські ради, що утворили комісії з питань відкритості|5|18
|Учасники «Днів відкритих дверей»|—|84
|Учасники навчальних семінарів|44|39
|Примірники методичного посібника|300|—
## Додаток 2. Перелік навчальних заходів
|!№|Захід|Дата|Учасники
|1|Навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства» (з Центром перепідготовки)|06.12.2012|44
|2|Навчальний семінар «Консультації з громадськістю: від плану до звіту» (з Центром перепідготовки)|28.02.2013|39
|3|Робоча нарада для відповідальних за виконання Плану в райдержадміністраціях|02.07.2013|26
## Додаток 3. Стан звітування виконавців Плану у 2013 році
|!Група виконавців|Кількість виконавців|І півріччя: у строк|І півріччя: із запізненням|І півріччя: не надали|ІІ півріччя: надійшло на 10.12.2013
|Структурні підрозділи облдержадміністрації|14|12|2|0|9
|Райдержадміністрації|22|17|3|2|14
|Інші виконавці (відділ роботи із зверненнями громадян, Центр перепідготовки, Громадська рада, координатор)|4|2|0|0|2
|Разом|40|31|5|2|25
## Додаток 4. Хронологія основних подій виконання заходів управління
|!Дата|Подія
|06.12.2012|Перший навчальний семінар для заступників керівників структурних підрозділів (з Центром перепідготовки)
|14.12.2012|Відкриття веб-ресурсу «Чернігівська громада»
|28.12.2012|Видано методичний посібник «Консультації з громадськістю: практичний порадник для державного службовця»
|14.01.2013|Лист управління громадським радам щодо утворення комісій з питань відкритості
|29.01.2013|Громадське обговорення виконання Плану за 2012 рік
|28.02.2013|Другий навчальний семінар (з Центром перепідготовки)
|18.03.2013|Запуск Інтернет-форуму на базі веб-ресурсу «Чернігівська громада»
|21.05.2013|День відкритих дверей управління
|09.07.2013|Повторний лист громадським радам щодо утворення комісій
|19.11.2013|День відкритих дверей управління
|19.12.2013|Громадське обговорення виконання Плану за 2013 рік (заплановано)
>> Завідувач сектору взаємодії з інститутами громадянського суспільства О.М. Левченко
"""
    blob = doc("rg04_uvp_2013", "pdf", "Звіт УВП 2013", text)
    body = """Доброго дня!

Надсилаємо звіт управління про виконання заходів Плану, виконавцем яких визначено управління, за 2013 рік – для включення до зведеної інформації (як і за І півріччя, подаємо через загальну скриньку, щоб звіт потрапив до системи обліку разом з інформацією інших виконавців).

Звіт погоджено з начальником управління 10.12.2013. Друкований примірник – у секторі, кімн. 412.

Олена Левченко
завідувач сектору взаємодії з інститутами громадянського суспільства
управління з питань внутрішньої політики та зв'язків з громадськістю
Чернігівської облдержадміністрації
(0462) 67-50-71
"""
    root = multipart("mixed", [
        text_part(body, "plain", "utf-8", "quoted-printable"),
        att_part(blob, fname, "2231", "utf-8", ctype="application/pdf", disposition="attachment", name_too=True)],
        bnd("apple", "rg04"))
    hdrs = [("From", addr("Олена Левченко", "uvp-info@example.gov.ua", "utf-8", "Q")),
            ("Content-Type", "x"),  # placeholder removed below
            ("Subject", ew("Звіт УВП за 2013 рік (пп. 3-5, 10-11, 13-15)", "utf-8", "Q")),
            ("Date", w.date()),
            ("Message-Id", "<%s@example.gov.ua>" % "-".join([hashlib.md5(b"rg04").hexdigest()[i:i + 8].upper() for i in (0, 8, 16)])),
            ("To", MAILBOX),
            ("Mime-Version", "1.0 (Mac OS X Mail 6.6 \\(1510\\))"),
            ("X-Mailer", "Apple Mail (2.1510)")]
    hdrs = [h for h in hdrs if h[0] != "Content-Type"]
    return message(hdrs, root, w, "[192.168.10.57]", "10.12.1.57", client_host="unknown")


KEY = {
    "class": "ranges", "executor": "rda-semenivka", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "A late HTML-only SeaMonkey body: a table whose number cells hold «1, 6 – 7», «9, 12», «10» and «2–5, 8, 11, 13–15 … не стосуються» above long paragraphs, preceded by a long general introduction about the district.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("rg05", KEY)
def rg05():
    w = When(2013, 12, 18, 9, 30, 47)
    rows = [
        ("1, 6 – 7", "Офіційний веб-сайт Семенівської райдержадміністрації у 2013 році повністю переведено на нову систему управління вмістом, що дозволило структурним підрозділам самостійно розміщувати інформацію. Створено розділи «Публічна інформація», «Громадська рада», «Консультації з громадськістю», «Бюджет району»; за рік розміщено 540 матеріалів. Проведено 9 консультацій з громадськістю: громадські слухання щодо проекту районного бюджету на 2014 рік (28.11.2013, 76 учасників), круглі столи з питань розвитку сільського зеленого туризму та підтримки фермерства, зустрічі з мешканцями сіл Орлівка, Хотіївка та Жадове щодо оптимізації шкільної мережі, опитування молоді щодо дозвілля (опитано 230 осіб). Представники 9 громадських організацій включені до складу 6 дорадчо-консультативних органів при райдержадміністрації, зокрема до районної координаційної ради з питань розвитку підприємництва та районної ради з питань ветеранів."),
        ("9, 12", "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів районних програм «Молодь Семенівщини» на 2014–2016 роки та розвитку фізичної культури і спорту, а також проекту районного бюджету на 2014 рік; внесено 11 пропозицій, 7 з них враховано. ГО «Семенівська ініціатива» провела громадську експертизу діяльності відділу освіти райдержадміністрації щодо організації підвезення учнів; за її результатами розроблено та затверджено розпорядженням голови райдержадміністрації від 21.10.2013 № 318 план заходів з реалізації 6 експертних пропозицій, 4 з яких уже виконано."),
        ("10", "На виконання рекомендації райдержадміністрації громадська рада на засіданні 17.04.2013 утворила у своєму складі комісію з питань відкритості та прозорості діяльності органів влади (5 осіб). Комісія провела 3 засідання, здійснила моніторинг оприлюднення розпоряджень голови райдержадміністрації на сайті та підготувала рекомендації щодо строків їх оприлюднення, які райдержадміністрацією враховано."),
        ("2 – 5, 8, 11, 13 – 15", "Не стосуються райдержадміністрацій."),
        ("16", "Інформацію надано."),
    ]
    intro = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Семенівська районна державна адміністрація, вих. № 01-30/2871 від 16.12.2013

Семенівська районна державна адміністрація надає інформацію про виконання у 2013 році Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».

Протягом 2013 року райдержадміністрація працювала над забезпеченням відкритості своєї діяльності в умовах оптимізації структури апарату та скорочення чисельності працівників на 7 штатних одиниць. Незважаючи на це, вдалося зберегти основні напрями роботи з громадськістю та засобами масової інформації. У районі здійснюють діяльність 36 громадських організацій, районні організації 12 політичних партій, 2 районні газети та районне радіо. Голова райдержадміністрації щомісяця проводить особистий прийом громадян у районному центрі та виїзні прийоми в сільських радах; за рік проведено 47 прийомів, на яких розглянуто 312 звернень.

Вибачаємося за несвоєчасне подання інформації: лист за підписом голови райдержадміністрації було підписано лише 16.12.2013 у зв'язку з його відрядженням.

Інформація за пунктами Плану:"""
    outro = """Голова районної державної адміністрації                          В.М. Ковтун

Виконавець: Рябоконь Марина Олександрівна, провідний спеціаліст відділу організаційної роботи апарату райдержадміністрації, тел. (04659) 2-12-34"""
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta content="text/html; charset=windows-1251" http-equiv="Content-Type">\n</head>\n<body bgcolor="#ffffff" text="#000000">\n'
            + "".join("<p>%s</p>\n" % html_escape(p) for p in intro.split("\n") if p)
            + '<table border="1" cellpadding="4" cellspacing="0" width="100%">\n<tbody>\n'
            '<tr><th width="12%">№ пунктів плану</th><th>Інформація про виконання</th></tr>\n'
            + "".join('<tr><td valign="top" align="center">%s</td><td valign="top">%s</td></tr>\n' % (html_escape(a), html_escape(b)) for a, b in rows)
            + "</tbody>\n</table>\n<br>\n" + "".join("<p>%s</p>\n" % html_escape(p) for p in outro.split("\n") if p)
            + '<div class="moz-signature">-- <br>\nСеменівська РДА<br>\nrda-semenivka@example.gov.ua</div>\n</body>\n</html>\n')
    root = text_part(html, "html", "windows-1251", "quoted-printable")
    hdrs = [("Message-ID", "<52B15067.8090103@example.gov.ua>"),
            ("Date", w.date()),
            ("From", addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "windows-1251", "B")),
            ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:25.0) Gecko/20100101 Firefox/25.0 SeaMonkey/2.22.1"),
            ("To", MAILBOX),
            ("Subject", ew("Інформація Семенівської РДА про виконання Плану заходів за 2013 рік", "windows-1251", "B"))]
    return message(hdrs, root, w, "mail.semenivka.example.gov.ua", "10.12.31.3")


# =======================================================================================
# 5. prose

KEY = {
    "class": "prose", "executor": "su-zdorovia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A many-page PDF without a single plan number: headings paraphrase the measures, one paragraph covers advisory bodies and the discussion of a draft programme at once, and the department's own medicines hotline and the sites where events were published are passing mentions.",
    "items": [{"measure": 1, "source": "Інформація УОЗ_відкритість_І півріччя 2013.pdf"},
              {"measure": 2, "source": "Інформація УОЗ_відкритість_І півріччя 2013.pdf"},
              {"measure": 6, "source": "Інформація УОЗ_відкритість_І півріччя 2013.pdf"},
              {"measure": 7, "source": "Інформація УОЗ_відкритість_І півріччя 2013.pdf"},
              {"measure": 8, "source": "Інформація УОЗ_відкритість_І півріччя 2013.pdf"},
              {"measure": 9, "source": "Інформація УОЗ_відкритість_І півріччя 2013.pdf"},
              {"measure": 12, "source": "Інформація УОЗ_відкритість_І півріччя 2013.pdf"}],
}


@mail("pr01", KEY)
def pr01():
    w = When(2013, 6, 7, 15, 10, 22)
    fname = "Інформація УОЗ_відкритість_І півріччя 2013.pdf"
    text = """
^^ УПРАВЛІННЯ ОХОРОНИ ЗДОРОВ'Я ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ
# ІНФОРМАЦІЯ
^^ про роботу управління охорони здоров'я облдержадміністрації щодо підвищення рівня відкритості та прозорості діяльності, налагодження діалогу з громадськістю у І півріччі 2013 року
## Зміст
Вступ
Забезпечення доступу до інформації через офіційний веб-сайт
Оприлюднення інформації про хід виконання цільових програм
Консультації з громадськістю
Взаємодія з громадськими радами та дорадчими органами
Колегія управління
Громадський контроль та громадська експертиза
Робота зі зверненнями громадян і запитами на інформацію
Взаємодія із засобами масової інформації
Висновки
Додаток. Консультації з громадськістю, проведені у І півріччі 2013 року
## Вступ
Управління охорони здоров'я облдержадміністрації забезпечує реалізацію державної політики у сфері охорони здоров'я населення області. У підпорядкуванні управління перебувають 27 обласних лікувально-профілактичних закладів, а також здійснюється методичне керівництво 22 центральними районними лікарнями, 4 міськими лікарнями та мережею закладів первинної медико-санітарної допомоги. У галузі працює понад 21 тисяча осіб, у тому числі 3,9 тисячі лікарів.
Перше півріччя 2013 року для галузі охорони здоров'я області пройшло в умовах підготовки до реформування системи надання медичної допомоги: створення центрів первинної медико-санітарної допомоги, формування госпітальних округів, розвитку екстреної медичної допомоги. Ці процеси безпосередньо стосуються інтересів кожного мешканця області, тому управління приділяло особливу увагу роз'ясненню їх змісту населенню, залученню громадськості та медичної спільноти до обговорення рішень, оприлюдненню інформації про хід реформи.
Діяльність управління у цій сфері здійснювалася відповідно до законів України «Про доступ до публічної інформації», «Про інформацію», «Про звернення громадян», постанов Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики» і від 05.11.2008 № 976 «Про затвердження Порядку сприяння проведенню громадської експертизи діяльності органів виконавчої влади», а також Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».
## Забезпечення доступу до інформації через офіційний веб-сайт
Інформація про діяльність управління оприлюднюється на власному веб-сайті управління та на його сторінці на офіційному веб-сайті облдержадміністрації. У лютому–березні 2013 року структуру сайту управління приведено у відповідність до вимог Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади: створено розділи «Реформа охорони здоров'я», «Публічна інформація», «Державні закупівлі», «Вакансії», оновлено довідник закладів охорони здоров'я області з актуальними контактними даними та графіками роботи. Запроваджено щотижневе оновлення інформації про наявність вільних місць у закладах, що надають паліативну допомогу, та про графіки виїздів мобільних медичних бригад у віддалені населені пункти.
За шість місяців на сайті розміщено 214 інформаційних матеріалів, 36 наказів управління, що стосуються прав та обов'язків громадян, 11 проектів нормативних документів для обговорення. Відвідуваність сайту зросла порівняно з відповідним періодом минулого року в 1,6 раза і становить у середньому 640 відвідувань на добу. Відповідальною за наповнення сайту визначено прес-службу управління; підрозділи управління подають інформацію за затвердженим графіком.
## Оприлюднення інформації про хід виконання цільових програм
Управління є головним розпорядником коштів семи обласних цільових програм у сфері охорони здоров'я, зокрема програм боротьби з онкологічними захворюваннями, протидії ВІЛ-інфекції/СНІДу, туберкульозу, розвитку донорства крові. Інформація про хід виконання цих програм за 2012 рік та за І квартал 2013 року, із зазначенням обсягів фінансування та досягнутих показників, направлена до головного управління економіки облдержадміністрації для розміщення в рубриці «Хід виконання цільових програм» на офіційному веб-сайті облдержадміністрації і розміщена в ній у квітні 2013 року. Ті самі звіти продубльовано в розділі «Програми» на сайті управління.
## Консультації з громадськістю
Відповідно до орієнтовного плану проведення консультацій з громадськістю на 2013 рік у І півріччі управління провело 5 консультацій. Найбільш масштабним стало публічне громадське обговорення концепції створення госпітальних округів в області, яке тривало з 18 лютого по 18 квітня 2013 року: проведено 6 зустрічей з мешканцями та медичними працівниками в районних центрах, круглий стіл з представниками громадських організацій пацієнтів у м. Чернігові, електронне обговорення. Надійшло 143 пропозиції, узагальнений звіт про результати обговорення оприлюднено 30 квітня. За результатами обговорення до концепції внесено зміни щодо збереження цілодобових стаціонарів у трьох віддалених районах.
Крім того, проведено опитування пацієнтів обласної лікарні та обласного онкологічного диспансеру щодо якості медичного обслуговування (опитано 920 осіб), зустріч з представниками ветеранських організацій щодо лікарського забезпечення ветеранів війни, громадські слухання щодо проекту обласної програми розвитку первинної медико-санітарної допомоги. Інформацію про всі заходи розміщено на веб-сайті управління та висвітлено в обласних засобах масової інформації.
## Взаємодія з громадськими радами та дорадчими органами
До складу дорадчо-консультативних органів при управлінні – обласної координаційної ради з питань протидії туберкульозу та ВІЛ-інфекції/СНІДу, комісії з питань етики, обласної ради з питань донорства – включено 9 представників громадських організацій, у тому числі двох членів Громадської ради при облдержадміністрації; члени Громадської ради також взяли участь у засіданнях робочої групи з доопрацювання проекту обласної програми розвитку первинної медико-санітарної допомоги на 2013–2017 роки, і 5 з 8 внесених ними пропозицій враховано у проекті, схваленому розпорядженням голови облдержадміністрації.
## Колегія управління
Положення про колегію управління охорони здоров'я у січні 2013 року доповнено нормою про участь у її складі голови профільного комітету Громадської ради при облдержадміністрації. Наказом управління від 28.01.2013 № 46 до складу колегії введено голову комітету з питань охорони здоров'я та соціального захисту Громадської ради О.І. Панченка, який взяв участь у трьох засіданнях колегії та виступив із співдоповіддю з питання доступності медичної допомоги в сільській місцевості.
## Громадський контроль та громадська експертиза
У березні–травні 2013 року Громадська рада при облдержадміністрації за ініціативою громадської організації «Пацієнти Чернігівщини» провела громадську експертизу діяльності управління щодо забезпечення лікарськими засобами пільгових категорій населення. Управління надало експертам необхідні документи та інформацію, забезпечило їм можливість відвідати 6 закладів охорони здоров'я. Експертна пропозиція щодо оприлюднення щомісяця залишків пільгових медикаментів у кожному закладі врахована: наказом управління від 03.06.2013 № 311 затверджено план заходів з реалізації пропозицій експертів (7 заходів), виконання якого контролює заступник начальника управління.
Звернення громадян щодо лікарського забезпечення надалі приймає телефонна «гаряча лінія» управління з питань лікарського забезпечення (працює щоденно з 8.00 до 17.00); у І півріччі на неї надійшло 1 024 звернення.
## Робота зі зверненнями громадян і запитами на інформацію
У І півріччі 2013 року до управління надійшло 1 362 звернення громадян, що на 8 % більше, ніж за відповідний період 2012 року. Основні питання звернень: якість надання медичної допомоги (31 %), лікарське забезпечення (24 %), оплата праці медичних працівників (11 %), направлення на лікування за межі області (9 %). Особистий прийом громадян начальником управління проводиться щовівторка, у І півріччі на прийомі побували 84 особи. Усі звернення розглянуто у встановлені строки, порушень термінів не допущено.
Надійшло 47 запитів на публічну інформацію, з них 19 – від журналістів, 11 – від громадських організацій. На 45 запитів надано вичерпну інформацію, 2 запити переадресовано розпорядникам інформації за належністю з повідомленням запитувачів.
## Взаємодія із засобами масової інформації
Керівництво управління та головні позаштатні спеціалісти регулярно виступають в обласних засобах масової інформації з роз'ясненнями щодо реформування галузі, профілактики захворювань, порядку отримання медичної допомоги. За півріччя проведено 6 брифінгів та 2 прес-конференції, підготовлено 58 публікацій у друкованих виданнях, 41 виступ на радіо і телебаченні. Спільно з обласною телерадіокомпанією започатковано щотижневу програму «Лікар радить».
## Висновки
Робота управління щодо забезпечення відкритості своєї діяльності та залучення громадськості до формування політики у сфері охорони здоров'я у І півріччі 2013 року проводилась системно. Водночас управління усвідомлює, що реформування галузі потребуватиме ще ширшого діалогу з громадськістю, тому у ІІ півріччі планує продовжити обговорення рішень щодо госпітальних округів з кожною територіальною громадою.
>> Начальник управління охорони здоров'я облдержадміністрації С.М. Литвиненко
## Додаток. Консультації з громадськістю, проведені у І півріччі 2013 року
|!№|Тема|Форма|Дата|Учасники|Пропозиції (надійшло / враховано)
|1|Концепція створення госпітальних округів в області|публічне громадське обговорення (6 зустрічей, круглий стіл, електронне обговорення)|18.02–18.04.2013|612|143 / 38
|2|Якість медичного обслуговування в обласних закладах|вивчення громадської думки (опитування)|березень–квітень 2013|920|—
|3|Лікарське забезпечення ветеранів війни|зустріч з представниками ветеранських організацій|14.03.2013|26|9 / 6
|4|Проект обласної програми розвитку первинної медико-санітарної допомоги|громадські слухання|23.05.2013|71|22 / 14
|5|Організація роботи екстреної медичної допомоги в сільській місцевості|електронні консультації|квітень–травень 2013|—|17 / 5
"""
    blob = doc("pr01_zdorovia", "pdf", "Інформація УОЗ", text)
    body = """Добрый день!

Направляем информацию управления здравоохранения облгосадминистрации о работе по обеспечению открытости и прозрачности деятельности за І полугодие 2013 года (в формате PDF, оригинал с подписью направлен почтой).

С уважением,
Ковальчук Инна Петровна
главный специалист отдела организационно-аналитической работы
управления охраны здоровья Черниговской облгосадминистрации
тел. (0462) 67-44-19
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
            '<meta name="Generator" content="Microsoft Word 12 (filtered medium)"></head><body lang=RU link=blue vlink=purple>'
            '<div class=WordSection1>'
            + "".join("<p class=MsoNormal>%s</p>" % (html_escape(l) if l else "<o:p>&nbsp;</o:p>") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body.replace("І полугодие", "I полугодие"), "plain", "koi8-r", "quoted-printable"),
                                    text_part(html.replace("І полугодие", "I полугодие"), "html", "koi8-r", "quoted-printable")], bnd("outlook", "pr01a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047b", "koi8-u")], bnd("outlook", "pr01"))
    hdrs = [("From", addr("Ковальчук Инна", "zdorovia@example.gov.ua", "koi8-r", "B", quote=True)),
            ("To", addr("uvp@cg.ukrtel.net", MAILBOX, quote=True)),
            ("Subject", ew("Информация УОЗ (открытость) за I полугодие 2013", "koi8-r", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "pr01", "example.gov.ua")),
            ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "ru"),
            ("Thread-Index", thread_index("pr01"))]
    return message(hdrs, root, w, "mail.zdorovia.example.gov.ua", "10.12.4.30")


KEY = {
    "class": "prose", "executor": "rda-kozelets", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A long The Bat! cover note over a docx that spends its first pages on the district's economy and then tells, under headings of its own and with no plan numbers, of the site, consultations, advisory bodies, the council's work on drafts and its new openness commission (one paragraph), and an anti-corruption review.",
    "items": [{"measure": 1, "source": "Козелецька РДА - відкритий уряд.docx"},
              {"measure": 6, "source": "Козелецька РДА - відкритий уряд.docx"},
              {"measure": 7, "source": "Козелецька РДА - відкритий уряд.docx"},
              {"measure": 9, "source": "Козелецька РДА - відкритий уряд.docx"},
              {"measure": 10, "source": "Козелецька РДА - відкритий уряд.docx"},
              {"measure": 12, "source": "Козелецька РДА - відкритий уряд.docx"}],
}


@mail("pr02", KEY)
def pr02():
    w = When(2012, 12, 14, 10, 31, 9)
    fname = "Козелецька РДА - відкритий уряд.docx"
    text = """
^^ КОЗЕЛЕЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
# ІНФОРМАЦІЯ
^^ про стан забезпечення відкритості та прозорості діяльності Козелецької районної державної адміністрації та її взаємодії з інститутами громадянського суспільства у 2012 році
## Загальна характеристика району
Козелецький район – один з найбільших за площею районів Чернігівської області (2,7 тис. кв. км). Станом на 1 листопада 2012 року в районі проживає 45,3 тис. осіб, діють 2 селищні та 46 сільських рад, до складу яких входять 88 населених пунктів. За підсумками дев'яти місяців 2012 року обсяг виробництва промислової продукції зріс на 6,4 %, валової продукції сільського господарства – на 3,1 %; середньомісячна заробітна плата становила 2 486 грн. Введено в експлуатацію 11,7 тис. кв. м житла, завершено реконструкцію дороги Козелець – Остер.
Бюджет району за доходами загального фонду за 10 місяців виконано на 104,2 %. Забезпечено своєчасну виплату заробітної плати працівникам бюджетної сфери, пенсій та соціальних допомог. Продовжується газифікація населених пунктів: у 2012 році газифіковано села Сивухи і Копачів.
У районі здійснюють діяльність 58 громадських організацій, у тому числі 14 молодіжних, 9 ветеранських, 7 спортивних, районні організації 19 політичних партій, 41 релігійна громада. Виходять друком районна газета «Новини Придесення» та 2 корпоративні видання, працює районне радіомовлення.
## Економіка району
Промисловий комплекс району представлений 14 підприємствами харчової, деревообробної промисловості та виробництва будівельних матеріалів. Найбільшими з них є ТОВ «Козелецький маслозавод», ПАТ «Остерський завод будівельних матеріалів», ДП «Козелецьке лісове господарство». За 10 місяців 2012 року реалізовано промислової продукції на суму 412,6 млн грн, що на 9,8 % більше, ніж за відповідний період минулого року. Основне зростання забезпечили підприємства харчової промисловості, які освоїли випуск нових видів сирів і сухих молочних сумішей. Водночас скоротили обсяги виробництва підприємства деревообробки через зменшення замовлень з-за кордону.
Сільськогосподарським виробництвом у районі займаються 41 сільськогосподарське підприємство та 96 фермерських господарств. Посівна площа сільськогосподарських культур у 2012 році становила 62,4 тис. га. Зібрано 214 тис. тонн зернових культур при середній урожайності 41,3 ц/га, що є одним з кращих показників в області; 38 тис. тонн соняшнику, 112 тис. тонн кукурудзи на зерно. Поголів'я великої рогатої худоби в усіх категоріях господарств становить 17,2 тис. голів, у тому числі корів – 8,9 тис. голів. Введено в експлуатацію сучасний молочний комплекс на 1200 корів у с. Бобрик, де створено 64 нові робочі місця.
Малий і середній бізнес району налічує 312 юридичних осіб та 1 486 фізичних осіб – підприємців. Надходження від малого бізнесу до бюджетів усіх рівнів за 10 місяців становили 18,6 млн грн. У районному центрі працює дозвільний центр, який у 2012 році видав 274 документи дозвільного характеру. На території району зареєстровано 4 інвестиційні проекти загальною вартістю 86 млн грн, зокрема будівництво елеватора в смт Олишівка.
## Бюджет і фінанси
Доходи загального фонду зведеного бюджету району за 10 місяців 2012 року склали 38,4 млн грн, що становить 104,2 % до уточненого плану. Найбільшу питому вагу в доходах займають податок з доходів фізичних осіб (61 %) та плата за землю (17 %). Обсяг офіційних трансфертів з державного бюджету становив 112,7 млн грн. Видатки загального фонду спрямовувались насамперед на виплату заробітної плати працівникам бюджетних установ, оплату енергоносіїв і харчування в закладах освіти та охорони здоров'я. Простроченої кредиторської заборгованості із заробітної плати не допущено.
## Соціальна сфера
Мережа закладів освіти району налічує 42 загальноосвітні навчальні заклади, у яких навчається 4 126 учнів, та 24 дошкільні навчальні заклади (1 312 дітей). У 2012 році відкрито додаткову групу в дитячому садку смт Козелець, проведено капітальний ремонт покрівель у трьох школах, придбано 2 шкільні автобуси. Підвезенням до шкіл забезпечено 612 учнів з 38 населених пунктів. За результатами зовнішнього незалежного оцінювання випускники району показали результати, вищі від середньообласних з української мови та математики.
Медичну допомогу населенню надають центральна районна лікарня на 240 ліжок, 2 дільничні лікарні, 9 амбулаторій загальної практики – сімейної медицини та 46 фельдшерсько-акушерських пунктів. У 2012 році придбано цифровий флюорограф та апарат ультразвукової діагностики, відремонтовано пологове відділення. Показник народжуваності становить 9,8 на 1 000 населення, смертності – 17,4.
Мережа закладів культури включає 52 будинки культури та клуби, 49 бібліотек, районний історичний музей і дитячу музичну школу. Художні колективи району стали лауреатами обласного фестивалю «Сіверські джерела» та всеукраїнського конкурсу «Чарівна писанка». Розвивається сільський зелений туризм: у районі працює 23 агросадиби, туристичний потік у 2012 році зріс на 15 %.
Соціальний захист населення забезпечує управління праці та соціального захисту населення райдержадміністрації: 7 340 осіб отримують пільги, 2 186 сімей – державні соціальні допомоги, 1 412 – житлові субсидії. Територіальний центр соціального обслуговування надає послуги 1 106 одиноким непрацездатним громадянам.
## Житлово-комунальне господарство та благоустрій
У 2012 році в районі реконструйовано 11,6 км вуличного освітлення, відремонтовано 27 км доріг комунальної власності, збудовано водогін у с. Сивухи. Опалювальний сезон 2012/2013 року розпочато вчасно, заборгованість за спожиті енергоносії відсутня. Проведено 4 толоки з благоустрою населених пунктів, у яких взяли участь понад 6 тисяч мешканців району.
## Взаємодія з органами місцевого самоврядування
Райдержадміністрація у своїй роботі тісно співпрацює з районною радою та 48 сільськими і селищними радами. У 2012 році проведено 4 спільні засідання колегії райдержадміністрації та президії районної ради, 11 семінарів-нарад із сільськими головами та секретарями сільських рад з питань бюджетного процесу, земельних відносин, ведення погосподарського обліку. Сільським радам надано методичну допомогу в підготовці до виборів народних депутатів України 28 жовтня 2012 року, зокрема щодо уточнення списків виборців та облаштування виборчих дільниць.
Особлива увага приділялась питанням формування дохідної частини місцевих бюджетів: проведено інвентаризацію земель у 17 сільських радах, укладено 214 нових договорів оренди земель комунальної власності. Завдяки цьому надходження плати за землю до бюджетів сільських рад зросли на 23 %.
## Правопорядок і безпека
Спільно з районним відділом міліції, прокуратурою району та районним сектором з надзвичайних ситуацій райдержадміністрація координувала роботу з профілактики правопорушень, забезпечення безпеки дорожнього руху та пожежної безпеки. У 2012 році кількість зареєстрованих злочинів зменшилась на 6,2 %, кількість дорожньо-транспортних пригод з потерпілими – на 11 %. У період проведення Євро-2012 забезпечено посилену охорону громадського порядку на автомобільній дорозі Київ – Санкт-Петербург, що проходить територією району. Проведено 3 командно-штабні навчання з ліквідації наслідків надзвичайних ситуацій, зокрема весняної повені на р. Десна.
## Підготовка до осінньо-зимового періоду
До опалювального сезону 2012/2013 року своєчасно підготовлено 87 котелень закладів бюджетної сфери, 12 км теплових мереж, створено запас твердого палива для шкіл і лікарень, які опалюються дровами та вугіллям. Створено районний штаб з питань забезпечення стабільного функціонування об'єктів життєзабезпечення, визначено 16 пунктів обігріву на випадок тривалих відключень електроенергії. Дорожні служби забезпечені 940 тоннами піщано-сольової суміші та 14 одиницями снігоприбиральної техніки.
## Про забезпечення відкритості інформації на веб-сайті райдержадміністрації
Офіційний веб-сайт районної державної адміністрації впродовж 2012 року наповнювався відповідно до вимог законодавства про доступ до публічної інформації. У вересні сайт перенесено на нову платформу з можливістю пошуку документів за реквізитами; створено розділи «Розпорядження голови», «Доступ до публічної інформації», «Громадська рада», «Консультації з громадськістю», «Звернення громадян», «Оголошення». Усього за рік оприлюднено 486 інформаційних повідомлень, 164 розпорядження голови райдержадміністрації, 17 проектів регуляторних актів з аналізом регуляторного впливу, звіти про роботу райдержадміністрації за І півріччя і 9 місяців. Відповідальним за наповнення сайту визначено сектор інформаційної діяльності апарату райдержадміністрації, у кожному структурному підрозділі призначено особу, відповідальну за подання матеріалів.
## Про залучення громадськості до формування та реалізації політики
Райдержадміністрація на регулярній основі проводить консультації з громадськістю відповідно до орієнтовного плану на 2012 рік. Проведено 8 публічних громадських обговорень, серед яких громадські слухання щодо проекту програми соціально-економічного та культурного розвитку району на 2013 рік (6 грудня, 94 учасники), обговорення питання реорганізації Козелецької центральної районної лікарні (16 жовтня), зустрічі з мешканцями смт Остер та смт Олишівка з питань благоустрою. Проведено також дві електронні консультації на веб-сайті та опитування підприємців щодо умов ведення бізнесу в районі. За результатами кожного обговорення складено звіти, які оприлюднено в районній газеті.
Представники громадських організацій, зокрема члени громадської ради, працюють у складі 9 дорадчо-консультативних органів при райдержадміністрації: районної ради з питань безпеки дорожнього руху, координаційної ради з питань протидії торгівлі людьми, районної комісії з питань захисту прав дитини, координаційної ради з питань розвитку малого і середнього підприємництва та інших. Загалом до їх складу входить 17 представників громадськості, які у 2012 році взяли участь у 34 засіданнях.
## Про взаємодію з громадською радою при райдержадміністрації
Громадська рада при районній державній адміністрації у складі 27 осіб провела у 2012 році 7 засідань. Члени ради залучались до громадського обговорення проектів розпоряджень голови райдержадміністрації про районні програми розвитку фізичної культури і спорту, підтримки сімей з дітьми та профілактики правопорушень; за результатами обговорень райдержадміністрацією враховано 9 із 12 пропозицій ради. На рекомендацію райдержадміністрації громадська рада на засіданні 22 листопада 2012 року утворила у своєму складі комісію з питань відкритості та прозорості діяльності органів влади у складі 5 осіб, яка вже розпочала моніторинг оприлюднення розпоряджень голови райдержадміністрації.
## Про сприяння громадському контролю
У жовтні 2012 року Козелецька районна організація «Громадський контроль» провела громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації «Про порядок надання одноразової матеріальної допомоги». Райдержадміністрація розглянула експертний висновок, врахувала 3 з 4 пропозицій (зокрема щодо комісійного розгляду заяв та оприлюднення переліку отримувачів допомоги без персональних даних) і повідомила про результати розгляду громадську організацію та громадськість через веб-сайт.
## Підсумки
Райдержадміністрація вважає за необхідне у 2013 році продовжити роботу з розширення форм залучення громадськості, зокрема запровадити практику проведення виїзних засідань громадської ради в сільських радах та щоквартальних зустрічей керівництва району з представниками громадських організацій.
>> Перший заступник голови райдержадміністрації В.І. Головко
~~
## Додаток. Основні показники соціально-економічного розвитку Козелецького району
|!№|Показник|Одиниця виміру|2011 рік|2012 рік (оцінка)|Темп, %
|1|Чисельність наявного населення (на кінець року)|тис. осіб|45,9|45,3|98,7
|2|Обсяг реалізованої промислової продукції|млн грн|448,1|492,0|109,8
|3|Валова продукція сільського господарства (у порівнянних цінах)|млн грн|612,4|631,4|103,1
|4|Виробництво зернових культур|тис. т|198,6|214,0|107,8
|5|Кількість суб'єктів малого підприємництва – юридичних осіб|од.|301|312|103,7
|6|Капітальні інвестиції|млн грн|71,2|86,0|120,8
|7|Введення в експлуатацію житла|тис. кв. м|10,1|11,7|115,8
|8|Середньомісячна заробітна плата|грн|2 154|2 486|115,4
|9|Рівень зареєстрованого безробіття|%|2,9|2,6|—
|10|Доходи загального фонду зведеного бюджету району|млн грн|42,1|46,3|110,0
|11|Кількість учнів загальноосвітніх навчальних закладів|осіб|4 211|4 126|98,0
|12|Кількість дітей у дошкільних навчальних закладах|осіб|1 268|1 312|103,5
"""
    blob = doc("pr02_kozelets", "docx", "Козелецька РДА", text)
    body = """Шановні колеги!

Козелецька районна державна адміністрація направляє інформацію про стан забезпечення відкритості та прозорості діяльності райдержадміністрації та її взаємодії з інститутами громадянського суспільства у 2012 році, підготовлену на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».

Інформацію підготовлено з урахуванням матеріалів структурних підрозділів райдержадміністрації та виконавчих комітетів селищних рад. Для повноти картини до неї включено також загальну характеристику соціально-економічного становища району.

Оригінал листа за підписом першого заступника голови райдержадміністрації (вих. № 01-26/3154 від 13.12.2012) надіслано поштою.

--
З повагою,
Сектор інформаційної діяльності та комунікацій з громадськістю
апарату Козелецької районної державної адміністрації
17000, смт Козелець, вул. Соборності, 27
тел./факс (04646) 2-13-70
"""
    root = multipart("mixed", [text_part(body, "plain", "windows-1251", "8bit"),
                               att_part(blob, fname, "2047b", "windows-1251")], bnd("bat", "pr02"))
    hdrs = [("Date", w.date()),
            ("From", addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251", "B")),
            ("X-Mailer", "The Bat! (v4.0.24) Home"),
            ("Reply-To", addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251", "B")),
            ("X-Priority", "3 (Normal)"),
            ("Message-ID", "<%s.20121214103109@example.gov.ua>" % hashlib.md5(b"pr02").hexdigest()[:10]),
            ("To", MAILBOX),
            ("Subject", ew("Інформація Козелецької РДА (відкритість та прозорість) за 2012 рік", "windows-1251", "B"))]
    return message(hdrs, root, w, "mail.kozelets.example.gov.ua", "10.12.26.2")


KEY = {
    "class": "prose", "executor": "su-sotszakhyst", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A long RTF of unnumbered prose on the site, consultations, advisory bodies and the council's part in drafting programmes, with the department's own subsidy hotline and a collegium that only heard the results as passing mentions.",
    "items": [{"measure": 1, "source": "Інформація_УПСЗН_відкритість_2013.rtf"},
              {"measure": 6, "source": "Інформація_УПСЗН_відкритість_2013.rtf"},
              {"measure": 7, "source": "Інформація_УПСЗН_відкритість_2013.rtf"},
              {"measure": 9, "source": "Інформація_УПСЗН_відкритість_2013.rtf"}],
}


@mail("pr03", KEY)
def pr03():
    w = When(2013, 12, 11, 11, 55, 30)
    fname = "Інформація_УПСЗН_відкритість_2013.rtf"
    text = """
^^ УПРАВЛІННЯ ПРАЦІ ТА СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ
# ІНФОРМАЦІЯ
^^ щодо забезпечення відкритості та прозорості діяльності управління праці та соціального захисту населення облдержадміністрації у 2013 році
Управління праці та соціального захисту населення облдержадміністрації забезпечує реалізацію державної політики у сферах соціального захисту населення, зайнятості, оплати та охорони праці, соціального обслуговування громадян похилого віку, осіб з інвалідністю, ветеранів війни та праці. Понад 437 тисяч мешканців області, або кожен другий, отримують ті чи інші види соціальної підтримки – пільги, субсидії, державні соціальні допомоги, соціальні послуги. Саме тому відкритість роботи управління, зрозумілість процедур та доступність інформації для людей є для нас не формальною вимогою, а щоденною потребою.
## Інформування громадян через мережу Інтернет
Сторінка управління на офіційному веб-сайті облдержадміністрації у 2013 році повністю оновлена: інформація згрупована за категоріями отримувачів («Сім'ям з дітьми», «Особам з інвалідністю», «Ветеранам», «Малозабезпеченим»), для кожного виду допомоги розміщено перелік документів, зразки заяв та розрахунки розміру допомоги. Створено підрозділ «Питання – відповідь», у якому розміщено відповіді на 86 найпоширеніших запитань, та розділ «Публічна інформація». Протягом року на сторінці оприлюднено 178 інформаційних матеріалів, щомісяця оновлюються відомості про розміри прожиткового мінімуму та державних соціальних стандартів. Для зручності користувачів з вадами зору запроваджено версію з великим шрифтом.
Звернення громадян з питань призначення житлових субсидій та пільг приймає телефонна «гаряча лінія» управління, яка працює щоденно з 9.00 до 18.00; її номер розміщено на всіх інформаційних матеріалах управління. У 2013 році на неї надійшло 3 412 звернень.
## Діалог з громадськістю під час підготовки рішень
Протягом 2013 року управління провело 6 консультацій з громадськістю з питань формування та реалізації політики у сфері соціального захисту. У квітні–травні відбулося публічне громадське обговорення проекту обласної програми соціальної підтримки малозабезпечених верств населення на 2014–2016 роки у формі круглих столів у Чернігові, Ніжині та Прилуках за участю представників громадських організацій осіб з інвалідністю, ветеранів, багатодітних родин; надійшло 64 пропозиції. Проведено опитування отримувачів соціальних послуг територіальних центрів соціального обслуговування щодо якості послуг (1 180 респондентів), зустрічі з профспілковим активом щодо легалізації зайнятості. Результати обговорення проекту програми розглянуто на засіданні колегії управління 24 жовтня 2013 року, звіти про результати консультацій оприлюднено на сторінці управління.
## Участь громадськості в роботі дорадчих органів
Представники громадських організацій входять до складу обласної ради у справах осіб з інвалідністю, обласної координаційної ради з питань забезпечення прав осіб з інвалідністю та інших маломобільних груп населення, обласної ради у справах ветеранів, комісії з питань призначення державної соціальної допомоги. У 2013 році наказом управління від 12.03.2013 № 58 до складу обласної ради у справах осіб з інвалідністю додатково включено голів обласних організацій Українського товариства сліпих та Українського товариства глухих, а до складу обласної ради у справах ветеранів – члена Громадської ради при облдержадміністрації, голову комітету з питань соціальної політики.
## Громадська рада і проекти рішень
Члени Громадської ради при облдержадміністрації взяли безпосередню участь у підготовці проекту обласної програми соціальної підтримки малозабезпечених верств населення: комітет Громадської ради з питань соціальної політики двічі розглядав проект на своїх засіданнях (16 травня та 11 червня 2013 року), внесені ним 12 пропозицій управління розглянуло, 8 з них враховано в остаточній редакції, а щодо решти надано обґрунтовані пояснення. Проект розпорядження голови облдержадміністрації про порядок надання одноразової матеріальної допомоги також направлявся членам комітету для обговорення.
## Заключні положення
Управління і надалі забезпечуватиме відкритість своєї діяльності, оперативне інформування населення про зміни в законодавстві з питань соціального захисту та залучення громадськості до підготовки рішень. У 2014 році планується запровадити онлайн-запис на прийом до управління та розширити перелік консультацій з громадськістю.
>> Начальник управління Г.В. Остапенко
"""
    blob = doc("pr03_sotszakhyst", "rtf", "Інформація УПСЗН", text)
    body = """Добрий день!

Направляємо інформацію управління праці та соціального захисту населення облдержадміністрації щодо забезпечення відкритості та прозорості діяльності у 2013 році (на виконання Плану заходів, лист управління від 10.12.2013 № 05-12/7703).

Файл у форматі RTF – відкривається будь-яким текстовим редактором.

З повагою
Віра Юрченко
провідний спеціаліст відділу організаційної роботи
управління праці та соціального захисту населення облдержадміністрації
тел. (0462) 67-36-20
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal><span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>%s<o:p></o:p></span></p>"
                      % (html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "utf-8", "quoted-printable"),
                                    text_part(html, "html", "utf-8", "quoted-printable")], bnd("outlook", "pr03a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047b", "utf-8", ctype="application/msword")], bnd("outlook", "pr03"))
    hdrs = [("From", addr("Юрченко Віра Миколаївна", "sotszakhyst@example.gov.ua", "utf-8", "B", quote=True)),
            ("To", addr("'uvp@cg.ukrtel.net'", MAILBOX, quote=True)),
            ("Subject", ew("Інформація УПСЗН ОДА щодо відкритості за 2013 рік", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "pr03", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("pr03"))]
    return message(hdrs, root, w, "mail.sotszakhyst.example.gov.ua", "10.12.4.52")


KEY = {
    "class": "prose", "executor": "rda-talalaivka", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A long plain Outlook 2007 body without plan numbers in which a district tells its half-year in connected paragraphs; the openness commission is a council's decision deferred, the site appears as a passing mention inside the consultation paragraph as well as in its own, and the collegium is only where a report was heard.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail("pr04", KEY)
def pr04():
    w = When(2013, 6, 13, 16, 44, 18)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Талалаївська районна державна адміністрація інформує про роботу щодо забезпечення відкритості та прозорості діяльності у І півріччі 2013 року.

Перше півріччя 2013 року район прожив у напруженому ритмі: складна зимівля з рекордними снігопадами в березні, весняно-польові роботи, підготовка до відзначення 70-ї річниці визволення району від нацистських загарбників. У цих умовах райдержадміністрація намагалася максимально відкрито інформувати мешканців про свої рішення та залучати громадськість до їх обговорення, розуміючи, що без підтримки людей жодне з них не буде ефективним.

Офіційний веб-сайт райдержадміністрації залишається основним джерелом інформації про її діяльність. У лютому на сайті запрацював оновлений розділ «Доступ до публічної інформації», в якому розміщено систему обліку документів і форму електронного запиту, а в травні – розділ «Бюджет для громадян» з наочним поясненням доходів і видатків районного бюджету. Упродовж півріччя на сайті оприлюднено 196 новин, 58 розпоряджень голови райдержадміністрації, 4 проекти регуляторних актів; середня відвідуваність сайту зросла до 160 відвідувачів на добу. Сайт щодня оновлюється сектором інформаційної діяльності апарату, а структурні підрозділи мають визначених осіб, відповідальних за подання матеріалів.

Налагоджено регулярні консультації з громадськістю. У січні відбулися громадські слухання щодо проекту програми соціально-економічного розвитку району на 2013 рік, у березні – круглий стіл з керівниками сільськогосподарських підприємств і фермерами щодо оренди земельних паїв, у квітні та травні – зустрічі з мешканцями сіл Березівка, Слобідка й Українське щодо подальшої роботи фельдшерсько-акушерських пунктів. Опитування батьків учнів щодо організації підвезення дітей до шкіл охопило 214 сімей. Звіти про результати обговорень, як і оголошення про них, розміщувались на сайті та в районній газеті «Рідний край», а підсумки консультацій голова райдержадміністрації заслухав на засіданні колегії райдержадміністрації 30 травня.

Громадська рада при райдержадміністрації залучалася до громадського обговорення проектів розпоряджень голови райдержадміністрації. Члени ради розглянули та схвалили з зауваженнями проекти районних програм підтримки учасників антитерористичних операцій і розвитку фізичної культури та спорту, а також проект розпорядження про затвердження правил благоустрою районного центру; з 10 зауважень ради 7 враховано. Питання утворення у складі громадської ради комісії з питань відкритості та прозорості діяльності органів влади, рекомендоване райдержадміністрацією, розглядалося на засіданні ради 16 травня, проте рішення відкладено до осінньої ротації складу ради, оскільки кілька членів ради вибули.

Особливо хочемо відзначити, що вперше в історії району громадська організація «Талалаївська ініціатива» провела громадську експертизу діяльності райдержадміністрації з питання розгляду звернень громадян. Райдержадміністрація сприяла експертам у доступі до документів і статистики, а за підсумками експертизи затвердила розпорядженням голови від 05.06.2013 № 164 план заходів з реалізації експертних пропозицій, зокрема щодо запровадження виїзних прийомів у віддалених селах.

Райдержадміністрація дякує управлінню за методичну допомогу та запрошує працівників управління взяти участь у громадських слуханнях щодо проекту районного бюджету в листопаді.

З повагою
Голова районної державної адміністрації В.П. Мирошниченко

Виконавець: Нестеренко Олена Вікторівна, завідувач сектору інформаційної діяльності та комунікацій з громадськістю апарату Талалаївської райдержадміністрації, тел. (04634) 2-16-42, e-mail rda-talalaivka@example.gov.ua

Цей лист містить інформацію, призначену виключно для адресата. Якщо Ви не є адресатом, будь ласка, повідомте відправника та видаліть лист. Талалаївська районна державна адміністрація не несе відповідальності за зміни, внесені до листа після його відправлення.
"""
    root = text_part(body, "plain", "utf-8", "base64")
    hdrs = [("From", addr("Нестеренко Олена", "rda-talalaivka@example.gov.ua", "utf-8", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Інформація Талалаївської РДА (відкритість) І півріччя 2013", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "pr04", "example.gov.ua")),
            ] + OUTLOOK_2007 + [("Thread-Index", thread_index("pr04"))]
    return message(hdrs, root, w, "mail.talalaivka.example.gov.ua", "10.12.34.5")


KEY = {
    "class": "prose", "executor": "su-arkhiv", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A long odt from the state archive that starts with its history and holdings, tells of the site, the discussion of its draft programme with the council's members, and a council committee head on its collegium, all without plan numbers; the archive's own open-door day for pupils is not the department's open-door days.",
    "items": [{"measure": 1, "source": "Держархів_відкритість_2013.odt"},
              {"measure": 6, "source": "Держархів_відкритість_2013.odt"},
              {"measure": 8, "source": "Держархів_відкритість_2013.odt"},
              {"measure": 9, "source": "Держархів_відкритість_2013.odt"}],
}


@mail("pr05", KEY)
def pr05():
    w = When(2013, 12, 9, 14, 20, 5)
    fname = "Держархів_відкритість_2013.odt"
    text = """
^^ ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
# ІНФОРМАЦІЯ
^^ про забезпечення відкритості діяльності Державного архіву Чернігівської області та його взаємодію з громадськістю у 2013 році
## Замість вступу
Державний архів Чернігівської області веде свою історію від губернського історичного архіву, заснованого на початку 1920-х років. Сьогодні в його сховищах зберігається понад 1,2 мільйона справ за період з XVII століття до наших днів: документи Генеральної військової канцелярії, полкових і сотенних канцелярій Гетьманщини, губернських установ, органів влади радянського періоду, особові фонди відомих діячів краю. Щороку до фондів архіву надходить 12–15 тисяч справ від установ – джерел комплектування.
Архів є місцем, куди громадяни приходять з дуже особистими питаннями: підтвердити стаж для призначення пенсії, знайти відомості про репресованих родичів, скласти родовід. У 2013 році архів виконав 6 140 запитів соціально-правового характеру та 870 тематичних і генеалогічних запитів; читальний зал відвідали 1 346 користувачів, яким видано 28 тисяч справ. Саме тому відкритість і доступність архіву ми розуміємо насамперед як зручність для людини, яка до нас звертається.
## Відкритість через Інтернет
Веб-сайт Державного архіву області у 2013 році суттєво оновлено. Відповідно до вимог законодавства про доступ до публічної інформації створено розділ «Публічна інформація» з системою обліку документів архіву, розміщено порядок і зразки звернень для отримання архівних довідок, графік роботи читального залу, перелік платних послуг з цінами. Розпочато розміщення електронних описів фондів: наприкінці року в мережі доступні описи 214 фондів дорадянського періоду. Щомісяця на сайті з'являється віртуальна виставка документів, присвячена пам'ятним датам; за рік опубліковано 12 виставок і 143 новини. Сайт архіву має посилання з офіційного сайту облдержадміністрації та сайту Державної архівної служби України.
## Обговорення з громадськістю програми розвитку архівної справи
Восени 2013 року архів розробив проект обласної програми розвитку архівної справи на 2014–2018 роки, яка передбачає будівництво нового архівосховища, оцифрування найбільш запитуваних фондів і створення електронного читального залу. Проект було винесено на публічне громадське обговорення відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996: з 1 по 31 жовтня тривало електронне обговорення на сайті архіву, 17 жовтня відбувся круглий стіл за участю краєзнавців, науковців університету, представників Чернігівського обласного товариства «Просвіта», генеалогічного клубу та членів Громадської ради при облдержадміністрації з комітету з питань культури і духовності. Учасники внесли 23 пропозиції, з яких 15 враховано, зокрема щодо першочергового оцифрування метричних книг та ревізьких казок. Звіт про результати обговорення оприлюднено на сайті архіву 12 листопада.
## Колегія архіву
Наказом директора архіву від 04.02.2013 № 9 до складу колегії Державного архіву області введено голову комітету з питань культури і духовності Громадської ради при облдержадміністрації В.О. Бережного; відповідні зміни внесено до Положення про колегію. У 2013 році він взяв участь у трьох засіданнях колегії, зокрема в розгляді питань про стан збереженості документів у трудових архівах районів та про проект програми розвитку архівної справи.
## Фонди та їх використання
Протягом 2013 року до Державного архіву області прийнято на постійне зберігання 13 640 справ від 71 установи – джерела комплектування, зокрема документи ліквідованих підприємств агропромислового комплексу, фотодокументи обласних газет, особові фонди трьох відомих краєзнавців. Проведено перевіряння наявності та стану 28 тисяч справ, реставровано 4 160 аркушів документів XVIII–XIX століть, виготовлено страховий фонд на 92 тисячі кадрів.
Користувачами читального залу були науковці (31 %), краєзнавці та генеалогісти (44 %), студенти (12 %), журналісти (4 %), інші громадяни. Найбільший інтерес викликали метричні книги церков Чернігівської губернії, ревізькі казки, документи періоду Другої світової війни та фонди органів влади 1920–1930-х років. Для зручності дослідників читальний зал з вересня працює у четвер до 20.00.
## Публікаторська та виставкова діяльність
Архів підготував і видав збірник документів «Чернігівщина в роки Голодомору 1932–1933 років» (у співпраці з обласним відділенням Національної спілки краєзнавців), путівник по фондах дорадянського періоду (друге доповнене видання), 4 випуски інформаційного бюлетеня. Проведено 9 виставок документів у приміщенні архіву та 5 виїзних – у закладах культури й освіти області. Працівники архіву підготували 36 публікацій у засобах масової інформації та 14 радіопередач циклу «Сторінки архівних документів».
## Архів і молодь
Традиційно під час Тижня архівів у травні архів провів день відкритих дверей для учнів шкіл і студентів міста Чернігова: понад 200 відвідувачів ознайомилися з архівосховищами, лабораторією реставрації документів та найціннішими документами фондів. Спільно з обласним інститутом післядипломної педагогічної освіти проведено конкурс учнівських дослідницьких робіт «Моя родина в документах архіву».
## Підсумки
У 2014 році архів планує продовжити розміщення електронних описів, запровадити онлайн-замовлення архівних довідок та провести громадські обговорення змін до правил роботи читального залу.
>> Директор Державного архіву Чернігівської області Р.Б. Воробйов
"""
    blob = doc("pr05_arkhiv", "odt", "Держархів", text)
    body = """Шановні колеги!

Надсилаємо інформацію Державного архіву Чернігівської області про забезпечення відкритості діяльності та взаємодію з громадськістю у 2013 році (формат ODT, LibreOffice).

Якщо виникнуть проблеми з відкриттям файлу – повідомте, будь ласка, надішлемо в іншому форматі.

--
Наталія Гребенюк
головний спеціаліст відділу інформації та використання документів
Державного архіву Чернігівської області
14000, м. Чернігів, вул. Коцюбинського, 5
тел. (0462) 67-80-14
"""
    root = multipart("mixed", [text_part(flowed(body), "plain", "UTF-8", "8bit", extra_params="; format=flowed"),
                               att_part(blob, fname, "2231", "UTF-8")], bnd("tb", "pr05"))
    hdrs = [("Message-ID", "<52A5B5C5.3010708@example.gov.ua>"),
            ("Date", w.date()),
            ("From", addr("Наталія Гребенюк", "arkhiv@example.gov.ua", "UTF-8", "B")),
            ("User-Agent", "Mozilla/5.0 (X11; Linux i686; rv:24.0) Gecko/20100101 Thunderbird/24.1.0"),
            ("To", MAILBOX),
            ("Subject", ew("Держархів області - інформація щодо відкритості за 2013 рік", "UTF-8", "B"))]
    return message(hdrs, root, w, "mail.arkhiv.example.gov.ua", "10.12.8.3")


# =======================================================================================
# 6. foreign_numbers

KEY = {
    "class": "foreign_numbers", "executor": "rda-mena", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A long plain Outlook 2010 letter numbered 1.–6. by its own order (1. consultations, 2. the site, 3. the council and drafts, 4. advisory bodies, 5. expert reviews not held), so no paragraph number is a plan number, amid outgoing numbers, dates and counts.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail("fn01", KEY)
def fn01():
    w = When(2012, 12, 11, 12, 7, 45)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Менська районна державна адміністрація
вих. № 02-31/2608 від 10.12.2012

Про виконання Плану заходів «Відкритий уряд»

На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» та розпорядження голови райдержадміністрації від 25.09.2012 № 327 повідомляємо наступне.

1. Райдержадміністрація відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 затвердила орієнтовний план проведення консультацій з громадськістю на 2012 рік (розпорядження від 27.12.2011 № 451), який у IV кварталі доповнено 3 заходами. Протягом вересня–грудня проведено 5 консультацій з громадськістю: громадські слухання щодо проекту Програми соціально-економічного та культурного розвитку району на 2013 рік (05.12.2012, 82 учасники), круглий стіл «Молодь і влада: шляхи співпраці» (19.10.2012), 2 зустрічі з мешканцями сіл Блистова і Куковичі з питань водопостачання, опитування мешканців м. Мена щодо роботи громадського транспорту (опитано 300 осіб). За результатами кожної консультації підготовлено звіт, пропозиції громадськості (всього 37) розглянуто, 21 врахована.

2. Офіційний веб-сайт райдержадміністрації у жовтні 2012 року приведено у відповідність до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3: створено 4 нові розділи («Публічна інформація», «Консультації з громадськістю», «Громадська рада», «Звернення громадян»), оновлено довідник телефонів, розміщено графіки прийому громадян керівництвом. За IV квартал на сайті розміщено 136 матеріалів, у тому числі 41 розпорядження голови райдержадміністрації. Призначено відповідальних за подання інформації в кожному з 19 структурних підрозділів.

3. Громадська рада при райдержадміністрації (22 члени) провела у IV кварталі 2 засідання. Члени ради взяли участь в обговоренні проектів районної програми розвитку освіти на 2013–2015 роки та розпорядження голови райдержадміністрації «Про організацію харчування учнів загальноосвітніх навчальних закладів району»; з 6 пропозицій ради 4 враховано.

4. До складу 5 дорадчо-консультативних органів при райдержадміністрації (координаційна рада з питань сім'ї, рада з питань безпечної життєдіяльності, комісія з питань захисту прав дитини, рада підприємців, рада ветеранів) включено 9 представників громадських організацій, з них 3 – члени громадської ради.

5. Громадських експертиз діяльності райдержадміністрації у звітному періоді не проводилось, звернень від інститутів громадянського суспільства щодо сприяння їх проведенню не надходило.

6. Надалі райдержадміністрація забезпечуватиме виконання Плану заходів у повному обсязі та у встановлені терміни.

Голова районної державної адміністрації                         М.П. Дорошенко

Виконавець: Коваленко Т.М., тел. (04644) 2-11-52

-----------------------------------------------------------
Менська районна державна адміністрація Чернігівської області
15600, м. Мена, вул. Шевченка, 48
тел. (04644) 2-15-38, факс (04644) 2-16-10
-----------------------------------------------------------
"""
    root = text_part(body, "plain", "windows-1251", "quoted-printable")
    hdrs = [("From", addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", addr("'uvp@cg.ukrtel.net'", MAILBOX, quote=True)),
            ("Subject", ew("Про виконання Плану заходів «Відкритий уряд» (вих. № 02-31/2608)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "fn01", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("fn01"))]
    return message(hdrs, root, w, "mail.mena.example.gov.ua", "10.12.29.7")


KEY = {
    "class": "foreign_numbers", "executor": "su-simia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A docx built on the department's own openness plan: a running «№ з/п» (1–9), the department's own item numbers («1.1», «2.3», «3.2») and, in a third column, the oblast plan's real numbers; the rows under plan 8 and 12 are «—» and a bare «не проводились».",
    "items": [{"measure": 1, "source": "Звіт УСМС_відкритість_півріччя.docx"},
              {"measure": 2, "source": "Звіт УСМС_відкритість_півріччя.docx"},
              {"measure": 6, "source": "Звіт УСМС_відкритість_півріччя.docx"},
              {"measure": 7, "source": "Звіт УСМС_відкритість_півріччя.docx"},
              {"measure": 9, "source": "Звіт УСМС_відкритість_півріччя.docx"}],
}


@mail("fn02", KEY)
def fn02():
    w = When(2013, 6, 12, 10, 11, 56)
    fname = "Звіт УСМС_відкритість_півріччя.docx"
    text = """
^^ УПРАВЛІННЯ У СПРАВАХ СІМ'Ї, МОЛОДІ ТА СПОРТУ ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ
# ЗВІТ
^^ про виконання Плану заходів управління щодо забезпечення відкритості та прозорості діяльності на 2013 рік (затвердженого наказом управління від 09.01.2013 № 3) у частині заходів, спрямованих на виконання Плану заходів облдержадміністрації з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», за І півріччя 2013 року
## Пояснювальна записка
На виконання Плану заходів облдержадміністрації управлінням розроблено і затверджено власний План заходів щодо забезпечення відкритості та прозорості діяльності на 2013 рік, який складається з трьох розділів: 1 – «Інформаційна відкритість» (заходи 1.1–1.4), 2 – «Участь громадськості у формуванні політики» (заходи 2.1–2.5), 3 – «Взаємодія з громадськими радами» (заходи 3.1–3.3). Кожен захід плану управління спрямовано на виконання одного з пунктів Плану заходів облдержадміністрації, що зазначено в графі 3 таблиці.
У звітному періоді управління забезпечило виконання 10 з 12 заходів свого плану; 2 заходи (1.4 та 3.3) мають термін виконання у ІІ півріччі. Нижче наведено інформацію про їх виконання.
|!№ з/п|Захід плану управління|Пункт Плану ОДА|Зміст заходу|Стан виконання
|1|1.1|1|Оновлення розділу управління на офіційному веб-сайті облдержадміністрації|Розділ управління на офіційному веб-сайті облдержадміністрації оновлено: створено підрозділи «Молодіжна політика», «Оздоровлення та відпочинок дітей», «Фізична культура і спорт», «Сімейна політика», розміщено контакти відповідальних працівників. За півріччя оприлюднено 94 матеріали, зокрема 37 анонсів молодіжних та спортивних заходів і 12 наказів управління.
|2|1.2|1|Оприлюднення інформації про використання публічних коштів|На сторінці управління щокварталу розміщується інформація про використання коштів обласного бюджету на проведення молодіжних та спортивних заходів, у березні оприлюднено звіт за 2012 рік.
|3|1.3|2|Подання звітів про виконання цільових програм для оприлюднення|Звіти про виконання 4 обласних цільових програм за 2012 рік направлено до головного управління економіки (лист від 24.01.2013 № 01-11/128).
|4|2.1|6|Проведення консультацій з громадськістю згідно з орієнтовним планом|Проведено 4 консультації з громадськістю: публічне обговорення проекту обласної програми «Молодь Чернігівщини» на 2013–2017 роки (круглі столи 14.02.2013 у Чернігові та 21.02.2013 у Ніжині, 86 учасників), електронні консультації щодо концепції обласного молодіжного центру, опитування молоді щодо дозвілля (1 240 респондентів), зустріч з керівниками спортивних федерацій щодо календаря змагань.
|5|2.3|6|Оприлюднення звітів про результати консультацій|Звіти про результати 3 консультацій оприлюднено у двотижневий строк, звіт про опитування молоді – 04.06.2013.
|6|2.5|7|Залучення представників громадських організацій до дорадчих органів|До складу обласної ради з питань фізичної культури і спорту включено 5 представників обласних спортивних федерацій, до складу координаційної ради з питань молодіжної політики – 6 представників молодіжних громадських організацій, у тому числі 2 членів Громадської ради при облдержадміністрації (наказ від 18.03.2013 № 41).
|7|3.1|9|Залучення членів Громадської ради до обговорення проектів програм|Проект програми «Молодь Чернігівщини» направлено комітету Громадської ради з питань молоді та спорту; 12.03.2013 комітет розглянув проект і подав 7 пропозицій, 5 з них враховано.
|8|3.2|8|Введення голови комітету Громадської ради до складу колегії|—
|9|2.4|12|Сприяння проведенню громадських експертиз|не проводились
## Показники
|!№|Показник|І півріччя 2012|І півріччя 2013
|1|Консультації з громадськістю|2|4
|2|Учасники консультацій|64|1 326
|3|Матеріали на веб-сторінці|58|94
|4|Представники ІГС у дорадчих органах|6|11
>> Начальник управління у справах сім'ї, молоді та спорту облдержадміністрації Ю.А. Гончар
"""
    blob = doc("fn02_simia", "docx", "Звіт УСМС", text)
    body = """Шановні колеги!

Направляємо звіт управління у справах сім'ї, молоді та спорту облдержадміністрації про виконання Плану заходів щодо забезпечення відкритості та прозорості діяльності за І півріччя 2013 року (у розрізі пунктів Плану заходів облдержадміністрації – див. графу 3 таблиці).

З повагою,
Марина Кузьменко
провідний спеціаліст відділу молодіжної політики
управління у справах сім'ї, молоді та спорту облдержадміністрації
тел. (0462) 67-25-43

Ця електронна пошта та будь-які файли, передані з нею, є конфіденційними й призначені виключно для використання особою або організацією, якій вони адресовані.
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "utf-8", "base64"),
                                    text_part(html, "html", "utf-8", "base64")], bnd("outlook", "fn02a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047b", "utf-8")], bnd("outlook", "fn02"))
    hdrs = [("From", addr("Кузьменко Марина", "simia@example.gov.ua", "utf-8", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Звіт УСМС про виконання плану відкритості за І півріччя 2013 р.", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "fn02", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("fn02"))]
    return message(hdrs, root, w, "mail.simia.example.gov.ua", "10.12.4.61")


KEY = {
    "class": "foreign_numbers", "executor": "rda-pryluky", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An xlsx titled «Таблиця 1» of an «Додаток 2» whose «№ з/п» runs 1–7 beside a «№ пункту Плану» column (1, 6, 7, 9, 10, 12, 16), with counts and document numbers inside the paragraphs; the row under plan item 10 is «х».",
    "items": [{"measure": 1, "source": "Додаток 2_Прилуцька РДА.xlsx"},
              {"measure": 6, "source": "Додаток 2_Прилуцька РДА.xlsx"},
              {"measure": 7, "source": "Додаток 2_Прилуцька РДА.xlsx"},
              {"measure": 9, "source": "Додаток 2_Прилуцька РДА.xlsx"},
              {"measure": 12, "source": "Додаток 2_Прилуцька РДА.xlsx"}],
}


@mail("fn03", KEY)
def fn03():
    w = When(2013, 12, 13, 11, 3, 21)
    fname = "Додаток 2_Прилуцька РДА.xlsx"
    rows = [
        ["", "", "", "Додаток 2 до листа райдержадміністрації від 12.12.2013 № 01-16/3377"],
        ["Таблиця 1. Інформація Прилуцької районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року", "", "", ""],
        ["№ з/п", "№ пункту Плану", "Захід", "Інформація про виконання"],
        ["1", "2", "3", "4"],
        ["1", "1", "Наповнення офіційного веб-сайту",
         "Офіційний веб-сайт райдержадміністрації оновлюється щоденно. У ІІ півріччі 2013 року розміщено 274 інформаційні матеріали, 63 розпорядження голови райдержадміністрації, 6 проектів регуляторних актів; створено розділ «Адміністративні послуги» з інформаційними картками 48 послуг; оприлюднено звіт про виконання районного бюджету за 9 місяців. 2 працівники сектору інформаційної діяльності пройшли навчання з адміністрування сайту."],
        ["2", "6", "Консультації з громадськістю",
         "Проведено 12 консультацій з громадськістю (у І півріччі – 9), у тому числі 7 публічних громадських обговорень, 3 електронні консультації, 2 опитування. Найбільш масштабні: громадські слухання щодо проекту районного бюджету на 2014 рік (26.11.2013, 88 учасників), обговорення схеми санітарного очищення населених пунктів району (3 зустрічі з мешканцями, 140 учасників). Узагальнено 54 пропозиції, 31 врахована."],
        ["3", "7", "Участь ІГС у дорадчо-консультативних органах",
         "До складу 10 дорадчо-консультативних органів при райдержадміністрації входять 23 представники громадськості. У ІІ півріччі до складу районної ради з питань сім'ї та гендерної рівності включено 2 представниць ГО «Жіночий клуб «Прилучанка», до складу координаційної ради з питань розвитку підприємництва – 3 членів громадської ради (розпорядження від 04.09.2013 № 281)."],
        ["4", "9", "Обговорення проектів за участю членів громадської ради",
         "Члени громадської ради взяли участь в обговоренні 5 проектів розпоряджень голови райдержадміністрації та 2 проектів районних програм (розвитку культури на 2014–2016 роки, профілактики злочинності); внесено 17 пропозицій, 11 враховано."],
        ["5", "10", "Комісія з питань відкритості при громадській раді", "х"],
        ["6", "12", "Громадські експертизи",
         "ГО «Прилуцький громадський контроль» провела громадську антикорупційну експертизу проекту розпорядження «Про порядок використання коштів резервного фонду районного бюджету»; 3 з 4 пропозицій враховано, план реалізації пропозицій затверджено розпорядженням від 18.10.2013 № 334."],
        ["7", "16", "Інформування УВП", "Інформацію надано листом від 12.12.2013 № 01-16/3377"],
        ["", "", "", ""],
        ["Керівник апарату райдержадміністрації", "", "", "Н.В. Марченко"],
    ]
    blob = sheet("fn03_pryluky", "xlsx", rows)
    body = """Добрий день!

Прилуцька районна державна адміністрація направляє інформацію про виконання Плану заходів (Відкритий уряд) за ІІ півріччя 2013 року.

Додатки:
1. Лист райдержадміністрації від 12.12.2013 № 01-16/3377 – надіслано поштою на 1 арк.
2. Таблиця 1 (Додаток 2) – у вкладенні.

З повагою,
Анна Бондар
сектор інформаційної діяльності апарату Прилуцької райдержадміністрації
тел. (04637) 3-12-40
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 11 (filtered medium)"></head><body lang=UK link=blue vlink=purple><div class=Section1>'
            + "".join("<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>%s</span></font></p>\n"
                      % (html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                                    text_part(html, "html", "windows-1251", "quoted-printable")], bnd("outlook", "fn03a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047q", "windows-1251")], bnd("outlook", "fn03"))
    hdrs = [("From", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Відкритий уряд - Прилуцька РДА, ІІ півріччя 2013", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "fn03", "example.gov.ua")),
            ("Thread-Index", thread_index("fn03"))] + OUTLOOK_2003
    return message(hdrs, root, w, "mail.pryluky.example.gov.ua", "10.12.32.9")


KEY = {
    "class": "foreign_numbers", "executor": "cppk", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The retraining centre's long letter numbered 1.–3. by its own order, with seminars listed as «1)», «2)» and their modules as «а)», «б)», order numbers, hours and head counts everywhere; section 3 is plans for later.",
    "items": [{"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}],
}


@mail("fn04", KEY)
def fn04():
    w = When(2013, 3, 4, 15, 40, 2)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій
вих. № 01-07/164 від 04.03.2013

Про виконання пункту 13 Плану заходів

Центр перепідготовки та підвищення кваліфікації інформує про виконання заходів, визначених Планом заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», виконавцем яких визначено Центр (термін виконання – до 1 березня 2013 року).

1. Навчальні семінари.
Відповідно до наказів Центру від 26.11.2012 № 112-н та від 11.01.2013 № 14-к спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації проведено два навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства:
1) 6 грудня 2012 року – семінар «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю, громадська експертиза, взаємодія з громадськими радами» (обсяг – 6 навчальних годин) для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю. Навчання пройшли 44 особи з 19 структурних підрозділів. Програма семінару включала:
а) лекційний модуль (2 години) щодо Стратегії державної політики сприяння розвитку громадянського суспільства та постанови Кабінету Міністрів України від 03.11.2010 № 996;
б) практичний модуль (3 години) – підготовка орієнтовного плану консультацій та звіту про результати обговорення;
в) підсумкове тестування (1 година), за результатами якого 41 учасник отримав сертифікат.
2) 28 лютого 2013 року – семінар «Консультації з громадськістю: від плану до звіту» (обсяг – 8 навчальних годин) для спеціалістів структурних підрозділів облдержадміністрації та райдержадміністрацій, які безпосередньо організовують консультації з громадськістю. Навчання пройшли 39 осіб, у тому числі 22 спеціалісти з 18 райдержадміністрацій. Програма включала:
а) модуль щодо форм публічного громадського обговорення та електронних консультацій (3 години);
б) модуль щодо вивчення громадської думки, зокрема методики проведення опитувань (2 години);
в) тренінг з модерування громадських слухань (3 години).
За результатами анкетування 87 % учасників обох семінарів оцінили їх як «корисні» або «дуже корисні».

2. Методичні матеріали.
Для учасників семінарів Центром розроблено та видано методичні рекомендації «Організація консультацій з громадськістю в органах виконавчої влади: алгоритм дій, зразки документів» (36 с., наклад 120 примірників), які поширено серед усіх учасників навчання, а також направлено до 22 райдержадміністрацій (лист від 05.02.2013 № 01-07/89). Електронну версію рекомендацій розміщено на сайті Центру в розділі «Бібліотека державного службовця».

3. Подальші заходи.
У 2013 році Центр планує включити тему «Інструменти політики сприяння розвитку громадянського суспільства» до програм тематичних короткострокових семінарів для державних службовців 5–7 категорій посад та посадових осіб місцевого самоврядування (орієнтовно 4 семінари, 120 слухачів) та провести у ІІ кварталі виїзні семінари в Ніжині та Прилуках.

Директор Центру                                         Л.В. Самойленко

Виконавець: Шовкун В.І., тел. (0462) 67-31-58
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal%s>%s<o:p></o:p></p>" % (" style='margin-left:18.0pt'" if re.match(r"[а-в]\)", l) else "",
                                                                   html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "utf-8", "quoted-printable"),
                                    text_part(html, "html", "utf-8", "quoted-printable")], bnd("outlook", "fn04"))
    hdrs = [("From", addr("Центр перепідготовки та підвищення кваліфікації", "cppk@example.gov.ua", "utf-8", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Про виконання п. 13 Плану заходів (вих. № 01-07/164 від 04.03.2013)", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "fn04", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("fn04"))]
    return message(hdrs, alt, w, "mail.cppk.example.gov.ua", "10.12.7.15")


KEY = {
    "class": "foreign_numbers", "executor": "rda-horodnia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A Russian Word 97 document in Roman-numbered sections with sub-items «2.1»–«3.2» and two numbered statistical tables, none of them plan numbers; a sub-item saying no requests for a public expert review came counts for measure 12.",
    "items": [{"measure": 1, "source": "Информация Городнянской РГА_2013.doc"},
              {"measure": 6, "source": "Информация Городнянской РГА_2013.doc"},
              {"measure": 7, "source": "Информация Городнянской РГА_2013.doc"},
              {"measure": 9, "source": "Информация Городнянской РГА_2013.doc"},
              {"measure": 12, "source": "Информация Городнянской РГА_2013.doc"}],
}


@mail("fn05", KEY)
def fn05():
    w = When(2013, 12, 12, 16, 27, 39)
    fname = "Информация Городнянской РГА_2013.doc"
    text = """
^^ ГОРОДНЯНСКАЯ РАЙОННАЯ ГОСУДАРСТВЕННАЯ АДМИНИСТРАЦИЯ ЧЕРНИГОВСКОЙ ОБЛАСТИ
# ИНФОРМАЦИЯ
^^ о выполнении в 2013 году Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области в рамках реализации Инициативы «Партнерство „Открытое правительство“»
## I. Общие положения
Городнянская районная государственная администрация в 2013 году продолжила работу по обеспечению открытости своей деятельности и развитию сотрудничества с институтами гражданского общества. Организационное обеспечение работы возложено на отдел организационной работы и внутренней политики аппарата райгосадминистрации (5 штатных единиц). В районе зарегистрировано 41 общественная организация, действует общественный совет при райгосадминистрации в составе 19 человек, избранный 15.03.2013.
## II. Информационная открытость
2.1. Официальный веб-сайт Городнянской райгосадминистрации в 2013 году переведен на новую систему управления контентом, обновлена его структура в соответствии с требованиями постановления Кабинета Министров Украины от 04.01.2002 № 3. Созданы разделы «Публичная информация», «Консультации с общественностью», «Общественный совет», «Бюджет района». За год размещено 412 информационных материалов и 118 распоряжений председателя райгосадминистрации (данные – в таблице 1).
2.2. Обеспечено опубликование в районной газете «Новое время» ежеквартальных отчетов о работе райгосадминистрации, проводятся ежемесячные пресс-конференции председателя райгосадминистрации.
## III. Участие общественности
3.1. В соответствии с ориентировочным планом проведения консультаций с общественностью на 2013 год проведено 8 консультаций с общественностью: общественные слушания по проекту районного бюджета на 2014 год (27.11.2013), круглый стол по вопросам развития сельского туризма (18.04.2013), встречи с жителями сел Хотевля, Деревины и Тупичев по вопросам реорганизации школ, электронное обсуждение проекта программы «Питьевая вода», опрос жителей райцентра о качестве услуг ЦПАУ (250 респондентов). Члены общественного совета приняли участие в обсуждении проектов распоряжений председателя райгосадминистрации о районных программах развития образования и поддержки малого предпринимательства, внесли 14 предложений, 9 учтено.
3.2. Представители общественных организаций включены в состав 7 консультативно-совещательных органов при райгосадминистрации (всего 16 человек); распоряжением председателя райгосадминистрации от 14.05.2013 № 142 в состав районного совета по вопросам безопасности дорожного движения введены 2 члена общественного совета.
3.3. Запросов институтов гражданского общества о проведении общественной экспертизы деятельности райгосадминистрации в 2013 году не поступало, общественная экспертиза не проводилась.
## IV. Выводы
Работа по выполнению Плана мероприятий в 2013 году проводилась в полном объеме. В 2014 году райгосадминистрация планирует расширить практику электронных консультаций и обеспечить трансляцию общественных слушаний на веб-сайте.
## Таблица 1. Наполнение официального веб-сайта
|!№|Вид материалов|2012 год|2013 год
|1|Новости|296|348
|2|Распоряжения председателя РГА|101|118
|3|Объявления о консультациях|9|16
|4|Отчеты о результатах консультаций|6|12
|5|Проекты регуляторных актов|5|7
## Таблица 2. Консультации с общественностью
|!№|Форма консультации|Количество|Участников
|1|Общественные слушания|2|196
|2|Круглые столы|2|54
|3|Встречи с жителями|3|211
|4|Электронные обсуждения|1|—
|5|Опросы|1|250
>> Председатель районной государственной администрации А.Н. Бычок
"""
    blob = doc("fn05_horodnia", "doc", "Информация Городнянской РГА", text)
    body = """Добрый день!

Направляем информацию Городнянской РГА о выполнении Плана мероприятий (Открытое правительство) за 2013 год.

С уважением,
Ирина Лысенко
отдел организационной работы и внутренней политики аппарата Городнянской РГА
тел. (04645) 2-14-83
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<meta name="Generator" content="Microsoft Word 12 (filtered medium)"></head><body lang=RU link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal>%s</p>" % (html_escape(l) if l else "<o:p>&nbsp;</o:p>") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                                    text_part(html, "html", "windows-1251", "quoted-printable")], bnd("outlook", "fn05a"))
    root = multipart("mixed", [alt, att_part(blob, fname, "2047b", "windows-1251")], bnd("outlook", "fn05"))
    hdrs = [("From", addr("Лысенко Ирина", "rda-horodnia@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Информация Городнянской РГА - Открытое правительство 2013", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "fn05", "example.gov.ua")),
            ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "ru"),
            ("Thread-Index", thread_index("fn05"))]
    return message(hdrs, root, w, "mail.horodnia.example.gov.ua", "10.12.20.4")


# =======================================================================================
# 7. personal_address

def gmail_received(w, ip):
    return ("Received", "by 10.194.%d.%d with HTTP; %s" % (ip % 250, (ip * 7) % 250, w.date()))


KEY = {
    "class": "personal_address", "executor": "ogp-coordinator", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The regional coordinator writes from a private gmail box, addressed to the head of УВП and signed also as head of an NGO; a long account of the public discussion of the plan's implementation (measure 15), its proposals and the resolution.",
    "items": [{"measure": 15, "source": "body"}],
}


@mail("pa01", KEY)
def pa01():
    w = When(2013, 2, 9, 22, 14, 37)
    body = """Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
Коваленку А.М.

Шановний Андрію Миколайовичу!

Як регіональний координатор Ініціативи «Партнерство „Відкритий уряд“» в Чернігівській області, інформую про виконання заходу Плану, співвиконавцем якого мене визначено (громадське обговорення виконання заходів Плану).

29 січня 2013 року в малій залі облдержадміністрації спільно з Вашим управлінням та Громадською радою при облдержадміністрації проведено громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за 2012 рік. В обговоренні взяли участь 57 представників інститутів громадянського суспільства з 14 районів області, 9 журналістів, представники 11 структурних підрозділів облдержадміністрації. Моє завдання як координатора полягало у підготовці альтернативної доповіді та модеруванні дискусійної частини; оголошення про обговорення та матеріали до нього за тиждень до події було розіслано мережею партнерських організацій (понад 60 адрес).

У доповіді я звернув увагу учасників на те, що з 16 пунктів Плану станом на кінець 2012 року повністю виконано 5, частково – 8; найбільше зауважень викликало виконання заходів щодо консультацій з громадськістю в районах, де звіти про їх результати часто не оприлюднюються. Під час обговорення виступили 17 учасників. Основні пропозиції:
– запровадити щорічний публічний рейтинг відкритості райдержадміністрацій;
– доповнити План заходами щодо оприлюднення відкритих даних та електронних петицій;
– забезпечити участь представників громадськості у моніторингу виконання Плану на рівні районів;
– проводити обговорення виконання Плану не рідше двох разів на рік.

Учасники схвалили резолюцію громадського обговорення (текст надішлю окремо після редагування). Звіт про результати обговорення, узгоджений з Громадською радою, підготовлено 6 лютого і передано Вашому управлінню для оприлюднення; його також розміщено на сторінці нашої організації.

Пишу з особистої скриньки, бо службова поштова скринька координатора тимчасово недоступна (переїзд сервера організації). Прошу відповідати на неї ж або на ogp-coordinator@example.org.ua після 15 лютого.

З повагою,
Олексій Приходько
регіональний координатор Ініціативи «Партнерство „Відкритий уряд“» в Чернігівській області
голова правління ГО «Чернігівський центр громадських ініціатив»
моб. 063 271 44 90
"""
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (html_escape(l) if l else "<br>") for l in body.split("\n")) + "</div>\n"
    alt = multipart("alternative", [text_part(body, "plain", "UTF-8", "base64"),
                                    text_part(html, "html", "UTF-8", "base64")], bnd("gmail", "pa01"))
    hdrs = [("MIME-Version", "1.0"),
            gmail_received(w, 31),
            ("Date", w.date()),
            ("Message-ID", mid("gmail", "pa01", "mail.gmail.com")),
            ("Subject", ew("Громадське обговорення виконання Плану - інформація координатора", "UTF-8", "B")),
            ("From", addr("Олексій Приходько", "o.prykhodko.cn@gmail.com", "UTF-8", "B")),
            ("To", MAILBOX)]
    return message(hdrs, alt, w, "mail-ee0-f45.google.com", "74.125.83.45", client_host="mail-ee0-f45.google.com")


KEY = {
    "class": "personal_address", "executor": "rda-ripky", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A night-time ukr.net letter from a clerk's own box: the district is named only in the genitive of her signature and in the letter's text, the addressee УВП in the dative at the top; a long body on five measures.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail("pa02", KEY)
def pa02():
    w = When(2013, 6, 14, 22, 48, 10)
    body = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Добрий вечір!
Вибачте, що надсилаю з особистої пошти – у райдержадміністрації з обіду не працює Інтернет, а термін сьогодні. Лист за підписом голови РДА (вих. № 01-09/1571 від 13.06.2013) передамо в понеділок з кур'єром.

Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року

Щодо офіційного веб-сайту. Сайт райдержадміністрації працює на новій платформі з березня 2013 року. Створено розділи «Публічна інформація», «Громадська рада», «Консультації з громадськістю», «Регуляторна діяльність», оновлено розділ «Керівництво» з графіками прийому громадян. За півріччя розміщено 187 новин, 49 розпоряджень голови РДА, звіт про виконання районного бюджету за 2012 рік та І квартал 2013 року.

Щодо консультацій з громадськістю. Проведено 4 консультації: громадські слухання щодо проекту Програми соціально-економічного розвитку району на 2013 рік (31.01.2013, 61 учасник), круглий стіл з питань розвитку туризму на Дніпрі (16.04.2013), зустрічі з мешканцями смт Любеч та с. Неданчичі щодо вивезення побутових відходів. Звіти оприлюднено на сайті.

Щодо дорадчо-консультативних органів. Представники громадськості входять до складу 6 дорадчо-консультативних органів при райдержадміністрації (13 осіб). У квітні до складу районної ради з питань безпеки дорожнього руху включено голову ГО «Автомобілісти Ріпкинщини».

Щодо громадської ради. Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів районних програм «Здоров'я ріпкинців» та підтримки малого підприємництва, внесли 8 пропозицій, 6 з них враховано.

Щодо громадських експертиз. У травні ГО «Ріпкинська громада» провела громадську антикорупційну експертизу проекту розпорядження про порядок передачі в оренду майна спільної власності територіальних громад району; 2 пропозиції експертів враховано.

З повагою,
Світлана Бойко
головний спеціаліст відділу організаційної роботи та інформаційної діяльності апарату Ріпкинської райдержадміністрації
тел. роб. (04641) 2-14-09, моб. 097 552 18 34
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            '<div style="font-family: arial,sans-serif; font-size: 13px">'
            + "<br>".join(html_escape(l) for l in body.split("\n")) + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "windows-1251", "base64"),
                                    text_part(html, "html", "windows-1251", "base64")],
                    "----_=_NextPart_%s" % hashlib.md5(b"pa02").hexdigest()[:16])
    hdrs = [("Date", w.date()),
            ("From", addr("Світлана Бойко", "svitlana_boyko77@ukr.net", "windows-1251", "B")),
            ("X-Mailer", "FREEMAIL"),
            ("Message-Id", "<%s.%s@frv%d.ukr.net>" % (str(1371239290 + 0), hashlib.md5(b"pa02m").hexdigest()[:6], 47)),
            ("To", MAILBOX),
            ("Subject", ew("інформація Ріпкинської РДА Відкритий уряд", "windows-1251", "B")),
            ("X-Originating-IP", "[37.57.143.12]")]
    return message(hdrs, alt, w, "frv47.fwdcdn.com", "212.42.77.47", client_host="frv47.fwdcdn.com")


KEY = {
    "class": "personal_address", "executor": "su-mistobuduvannia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An i.ua message from a head of section's private box: the office is named only in the genitive of his signature, the body addresses УВП, and the long xls (plain ASCII file name) answers four measures, «не стосується» for the programmes' sections and «—» for advisory bodies.",
    "items": [{"measure": 1, "source": "Mistobuduvannia_VU_2013.xls"},
              {"measure": 6, "source": "Mistobuduvannia_VU_2013.xls"},
              {"measure": 9, "source": "Mistobuduvannia_VU_2013.xls"},
              {"measure": 12, "source": "Mistobuduvannia_VU_2013.xls"}],
}


@mail("pa03", KEY)
def pa03():
    w = When(2013, 12, 10, 13, 2, 55)
    fname = "Mistobuduvannia_VU_2013.xls"
    rows = [
        ["Інформація управління містобудування та архітектури облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за 2013 рік", "", ""],
        ["Пункт Плану", "Захід", "Стан виконання"],
        ["1", "Інформаційне наповнення офіційних сайтів",
         "На сторінці управління на офіційному веб-сайті облдержадміністрації у 2013 році створено розділ «Містобудівна документація», у якому оприлюднено Схему планування території Чернігівської області, генеральні плани 11 населених пунктів та плани зонування, затверджені у 2012–2013 роках; розміщено реєстр виданих містобудівних умов і обмежень та порядок звернення за ними. Оновлено контактну інформацію, розміщено 46 інформаційних матеріалів."],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "не стосується"],
        ["6", "Консультації з громадськістю",
         "Проведено громадські слухання щодо проектів генеральних планів смт Седнів (19.03.2013), с. Киселівка (24.04.2013) та м. Щорс (коригування, 12.09.2013) спільно з відповідними органами місцевого самоврядування; загалом взяли участь 243 мешканці, надійшло 58 пропозицій, які розглянуто розробниками документації, 36 враховано. Проведено круглий стіл з представниками проектних організацій і громадськості щодо збереження історичної забудови м. Чернігова."],
        ["7", "Дорадчо-консультативні органи", "—"],
        ["9", "Залучення членів громадських рад до обговорення проектів",
         "Членів Громадської ради при облдержадміністрації (комітет з питань містобудування, ЖКГ та екології) залучено до обговорення проекту регіональної програми розвитку містобудівного кадастру на 2013–2015 роки; 3 з 5 пропозицій комітету враховано в проекті, схваленому розпорядженням голови облдержадміністрації."],
        ["12", "Громадські експертизи",
         "На прохання ГО «Архітектурна спадщина Чернігова» управління надало матеріали для громадської експертизи діяльності управління щодо погодження проектів реконструкції будівель в історичному ареалі Чернігова; за результатами експертизи управлінням розроблено та виконується план заходів, зокрема запроваджено оприлюднення переліку погоджених проектів щомісяця."],
        ["16", "Надання інформації", "Надано"],
    ]
    blob = sheet("pa03_mistobuduvannia", "xls", rows)
    body = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Добрий день!

Надсилаю інформацію управління про виконання Плану заходів за 2013 рік (таблиця в Excel). Пошта управління з понеділка не приймає вкладення більше 1 Мб, тому надсилаю зі своєї.

Паперовий варіант за підписом начальника управління буде надіслано до 13.12.2013.

--
З повагою,
Роман Ткач
начальник відділу містобудування, архітектури та містобудівного кадастру
управління містобудування та архітектури Чернігівської облдержадміністрації
(0462) 67-61-28
"""
    root = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"),
                               att_part(blob, fname, "ascii", "utf-8")], "i.ua-%s" % hashlib.md5(b"pa03").hexdigest()[:18])
    hdrs = [("Date", w.date()),
            ("From", addr("Роман Ткач", "roman.tkach@i.ua", "utf-8", "B")),
            ("To", MAILBOX),
            ("Subject", ew("УМА ОДА - інформація по плану Відкритий уряд за 2013", "utf-8", "B")),
            ("Message-Id", "<%s@i.ua>" % hashlib.md5(b"pa03m").hexdigest()[:24]),
            ("X-Mailer", "I.UA Mail"),
            ("X-Originating-IP", "193.239.252.18")]
    return message(hdrs, root, w, "mx.i.ua", "91.198.36.15", client_host="mx.i.ua")


KEY = {
    "class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The children's service sends its report from the education department's registered box (same building, its own mail down); the body and signature name the service, the addressee is УВП, and the education department's server appends its own footer.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}],
}


@mail("pa04", KEY)
def pa04():
    w = When(2013, 5, 30, 16, 20, 44)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Шановні колеги!
Направляємо інформацію служби у справах дітей облдержадміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року. Надсилаємо з поштової скриньки управління освіти і науки, оскільки поштовий сервер служби на ремонті; відповідь просимо надсилати на адресу служби sluzhba-ditei@example.gov.ua.

Служба у справах дітей облдержадміністрації у І півріччі 2013 року забезпечувала відкритість своєї діяльності таким чином.

Веб-сторінка служби на офіційному веб-сайті облдержадміністрації оновлена: створено розділи «Усиновлення», «Опіка та піклування», «Прийомні сім'ї та дитячі будинки сімейного типу», у яких розміщено порядки і переліки документів, контакти служб у справах дітей райдержадміністрацій та міських рад; щотижня оновлюється розділ «Діти, які потребують сімейного виховання» (без персональних даних). За півріччя розміщено 38 матеріалів.

Проведено 2 консультації з громадськістю: круглий стіл «Сімейні форми виховання: проблеми та перспективи» (18.03.2013) за участю прийомних батьків, батьків-вихователів, представників благодійних фондів, та електронне обговорення проекту обласної програми забезпечення прав дітей на 2013–2016 роки (квітень 2013, надійшло 16 пропозицій, 11 враховано). Звіт про результати оприлюднено 10.05.2013.

До складу обласної опікунської ради та координаційної ради з питань захисту прав дитини включено по 2 представники громадських організацій (ГО «Асоціація прийомних сімей Чернігівщини», благодійний фонд «Надія дітям»), які взяли участь у 3 засіданнях.

З повагою
начальник служби у справах дітей облдержадміністрації
Н.В. Мартиненко

Виконавець: Шевченко О.П., (0462) 67-58-11

______________________________________________________________________
Управління освіти і науки Чернігівської обласної державної адміністрації
14000, м. Чернігів, вул. Шевченка, 7, тел. (0462) 67-51-00
Повідомлення перевірено антивірусною системою. Лист надіслано з поштового сервера управління освіти і науки.
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=koi8-u">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "koi8-u", "quoted-printable"),
                                    text_part(html, "html", "koi8-u", "quoted-printable")], bnd("outlook", "pa04"))
    hdrs = [("From", addr("Управління освіти і науки", "osvita@example.gov.ua", "koi8-u", "B", quote=True)),
            ("Reply-To", "sluzhba-ditei@example.gov.ua"),
            ("To", MAILBOX),
            ("Subject", ew("Служба у справах дітей - інформація Відкритий уряд", "koi8-u", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "pa04", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("pa04"))]
    return message(hdrs, alt, w, "mail.osvita.example.gov.ua", "10.12.4.11")


KEY = {
    "class": "personal_address", "executor": "rda-shchors", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "A Sunday meta.ua letter from a clerk's private box, the district named only in her signature's genitive and in the docx; the long docx addressed to УВП in the dative reports five measures between a long introduction and a conclusion.",
    "items": [{"measure": 1, "source": "Щорська РДА - інформація.docx"},
              {"measure": 6, "source": "Щорська РДА - інформація.docx"},
              {"measure": 9, "source": "Щорська РДА - інформація.docx"},
              {"measure": 10, "source": "Щорська РДА - інформація.docx"},
              {"measure": 12, "source": "Щорська РДА - інформація.docx"}],
}


@mail("pa05", KEY)
def pa05():
    w = When(2012, 12, 16, 19, 25, 31)
    fname = "Щорська РДА - інформація.docx"
    text = """
>> Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
^^ ІНФОРМАЦІЯ
^^ Щорської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (IV квартал 2012 року)
Щорська районна державна адміністрація, виконуючи План заходів, затверджений заступником голови облдержадміністрації 10 вересня 2012 року, у IV кварталі 2012 року спрямовувала свою роботу на забезпечення прозорості прийняття управлінських рішень, налагодження конструктивного діалогу з громадськістю та підвищення довіри мешканців району до органів влади. Розпорядженням голови райдержадміністрації від 08.10.2012 № 298 затверджено відповідний районний план заходів і визначено відповідальних осіб у кожному структурному підрозділі. Стан виконання розглядався на апаратних нарадах 22.10.2012 та 26.11.2012.
## Офіційний веб-сайт
Офіційний веб-сайт райдержадміністрації у листопаді 2012 року приведено у відповідність до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3: створено розділи «Доступ до публічної інформації», «Громадська рада», «Консультації з громадськістю», оприлюднено систему обліку документів, оновлено розділ «Структурні підрозділи». За квартал розміщено 94 новини, 33 розпорядження голови райдержадміністрації.
## Консультації з громадськістю
Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік (29.11.2012, 54 учасники), зустріч з мешканцями с. Храпате з питань закриття фельдшерсько-акушерського пункту, опитування підприємців щодо роботи дозвільного центру (опитано 42 особи). За результатами слухань до проекту бюджету внесено зміни щодо фінансування ремонту дитячого садка в с. Тур'я.
## Громадська рада
Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про районну програму розвитку фізичної культури і спорту на 2013–2016 роки»; внесено 4 пропозиції, 3 враховано. Райдержадміністрація листом від 18.10.2012 № 01-14/1702 рекомендувала громадській раді утворити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади; громадська рада на засіданні 13.12.2012 утворила таку робочу групу у складі 3 осіб.
## Громадська експертиза
Громадською організацією «Сновська ініціатива» проведено громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації «Про затвердження Порядку надання матеріальної допомоги»; експертні пропозиції (3) враховано повністю.
## Висновок
Райдержадміністрація і надалі вживатиме заходів, спрямованих на забезпечення відкритості своєї діяльності. Просимо врахувати, що у зв'язку зі скороченням штату апарату райдержадміністрації функції з питань внутрішньої політики з 01.11.2012 покладено на сектор організаційної роботи, що ускладнює виконання окремих заходів у встановлені строки.
>> Заступник голови райдержадміністрації І.В. Гуз
"""
    blob = doc("pa05_shchors", "docx", "Щорська РДА", text)
    body = """Добрий вечір!

Надсилаю інформацію Щорської райдержадміністрації щодо виконання Плану заходів "Відкритий уряд" за IV квартал 2012 року.
Вибачте, що із запізненням і з особистої пошти – у п'ятницю документ ще не був підписаний, а службова скринька з дому недоступна.

Тетяна Кравець
завідувач сектору організаційної роботи апарату Щорської райдержадміністрації
т. 2-13-56
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + "<br>".join(html_escape(l) for l in body.split("\n")) + "</body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")],
                    "=_meta_%s" % hashlib.md5(b"pa05a").hexdigest()[:20])
    root = multipart("mixed", [alt, att_part(blob, fname, "2047b", "utf-8")], "=_meta_%s" % hashlib.md5(b"pa05").hexdigest()[:20])
    hdrs = [("From", addr("Тетяна Кравець", "kravets_t@meta.ua", "utf-8", "B")),
            ("To", MAILBOX),
            ("Subject", ew("Щорська РДА інформація", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", "<%s@meta.ua>" % hashlib.md5(b"pa05m").hexdigest()),
            ("X-Mailer", "META.UA Mail")]
    return message(hdrs, root, w, "smtp.meta.ua", "194.0.131.14", client_host="smtp.meta.ua")


# =======================================================================================
# 8. mixed

def png_bytes(width, height, pixel):
    """A small PNG drawn by pixel(x, y) -> (r, g, b), standard library only."""
    import struct
    import zlib
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


KEY = {
    "class": "mixed", "executor": "rda-nizhyn", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The district's general office forwards as message/rfc822 a staffer's ukr.net message to it; the report is the Word 97 file inside the forwarded message, a long document, while the cover note and the inner note only hand it on.",
    "items": [{"measure": 1, "source": "Відкритий уряд_Ніжинська РДА_2013.doc"},
              {"measure": 6, "source": "Відкритий уряд_Ніжинська РДА_2013.doc"},
              {"measure": 7, "source": "Відкритий уряд_Ніжинська РДА_2013.doc"},
              {"measure": 9, "source": "Відкритий уряд_Ніжинська РДА_2013.doc"},
              {"measure": 12, "source": "Відкритий уряд_Ніжинська РДА_2013.doc"}],
}


@mail("mx01", KEY)
def mx01():
    w = When(2013, 12, 12, 9, 44, 12)
    inner_w = When(2013, 12, 11, 21, 3, 40)
    fname = "Відкритий уряд_Ніжинська РДА_2013.doc"
    text = """
^^ НІЖИНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
# ІНФОРМАЦІЯ
^^ про виконання у 2013 році Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»
Ніжинська районна державна адміністрація у 2013 році забезпечувала виконання Плану заходів відповідно до районного плану, затвердженого розпорядженням голови райдержадміністрації від 12.10.2012 № 377. Питання відкритості діяльності райдержадміністрації та взаємодії з громадськістю двічі розглядалось на засіданнях колегії райдержадміністрації (28.03.2013 та 26.09.2013). У районі зареєстровано 49 громадських організацій, при райдержадміністрації діє громадська рада у складі 24 осіб.
## Загальна характеристика
Ніжинський район розташований у південно-західній частині Чернігівської області, його площа становить 1,6 тис. кв. км. Станом на 1 листопада 2013 року в районі проживає 32,4 тис. осіб, діють 35 сільських рад, до складу яких входять 62 населені пункти. Адміністративний центр району – місто Ніжин, яке є містом обласного значення і до складу району не входить, що суттєво впливає на соціальну інфраструктуру: більшість жителів району отримують медичні, освітні, адміністративні та інші послуги у місті.
Економіка району має переважно аграрний характер. У 2013 році сільськогосподарськими підприємствами району вироблено 186 тис. тонн зерна, 41 тис. тонн соняшнику, 24 тис. тонн молока; обсяг реалізованої промислової продукції становив 318 млн грн. У районі працюють 28 сільськогосподарських підприємств, 74 фермерські господарства, 1 012 фізичних осіб – підприємців. Середньомісячна заробітна плата за 9 місяців 2013 року становила 2 714 грн.
Доходи загального фонду зведеного бюджету району за 11 місяців 2013 року виконано на 102,6 %, забезпечено своєчасну виплату заробітної плати працівникам бюджетних установ. У 2013 році за рахунок коштів державного фонду регіонального розвитку завершено реконструкцію Кропивнянської загальноосвітньої школи, розпочато будівництво амбулаторії загальної практики – сімейної медицини в с. Вертіївка.
## Звернення громадян та доступ до публічної інформації
У 2013 році до райдержадміністрації надійшло 1 482 звернення громадян, з них 318 – під час особистих і виїзних прийомів керівництва. Основні питання звернень – соціальний захист (44 %), земельні відносини (18 %), житлово-комунальне господарство (12 %), ремонт доріг (8 %). Позитивно вирішено 51 % звернень. На запити на публічну інформацію (37 запитів) відповіді надано у встановлені законом строки; відмов у наданні інформації не було.
## Інформаційна діяльність
Діяльність райдержадміністрації висвітлювалась у районній газеті «Сільське життя», на обласному телебаченні та радіо. Голова райдержадміністрації щокварталу звітував перед громадою району в ефірі районного радіо, провів 3 прес-конференції. Опубліковано 212 матеріалів у районній газеті.
## 1. Офіційний веб-сайт райдержадміністрації
У 2013 році проведено повне оновлення офіційного веб-сайту райдержадміністрації: переглянуто структуру розділів з урахуванням вимог постанови Кабінету Міністрів України від 04.01.2002 № 3 та Закону України «Про доступ до публічної інформації», створено розділи «Бюджет району», «Адміністративні послуги», «Громадська рада», «Консультації з громадськістю», «Запобігання корупції». Оприлюднено 428 інформаційних матеріалів, 131 розпорядження голови райдержадміністрації, 9 проектів регуляторних актів, квартальні звіти про виконання районного бюджету. Забезпечено можливість подання електронних запитів на інформацію та електронних звернень.
## 2. Консультації з громадськістю
Відповідно до орієнтовного плану проведено 11 консультацій з громадськістю: громадські слухання щодо проекту Програми соціально-економічного та культурного розвитку району на 2013 рік і проекту районного бюджету на 2014 рік, круглі столи з представниками агробізнесу та громадських організацій ветеранів, 4 зустрічі з мешканцями сіл з питань оптимізації мережі шкіл і фельдшерсько-акушерських пунктів, 2 електронні консультації, опитування мешканців щодо якості адміністративних послуг (312 респондентів). Усього в консультаціях взяли участь понад 700 осіб, надійшло 96 пропозицій, 58 враховано.
## 3. Участь громадськості в дорадчо-консультативних органах та обговоренні проектів рішень
До складу 9 дорадчо-консультативних органів при райдержадміністрації входять 21 представник інститутів громадянського суспільства, з них 8 – члени громадської ради. У 2013 році до складу районної ради з питань безпечної життєдіяльності населення та районної координаційної ради з питань розвитку підприємництва додатково включено 5 представників громадських організацій. Члени громадської ради залучались до обговорення 7 проектів розпоряджень голови райдержадміністрації та 3 проектів районних програм (підтримки сім'ї, розвитку освіти, охорони навколишнього природного середовища); внесено 23 пропозиції, 15 враховано.
## 4. Громадська експертиза
Громадська організація «Ніжинський громадський контроль» у вересні–жовтні 2013 року провела громадську експертизу діяльності відділу освіти райдержадміністрації щодо організації харчування учнів. Райдержадміністрація забезпечила доступ експертів до документів; за результатами експертизи розпорядженням голови райдержадміністрації від 04.11.2013 № 402 затверджено план заходів з реалізації 5 експертних пропозицій, про хід виконання якого громадськість інформується через веб-сайт.
## 5. Висновки
Райдержадміністрація вважає, що завдання Плану заходів у 2013 році в цілому виконано. У 2014 році передбачається запровадити щоквартальні звіти голови райдержадміністрації перед громадськістю та трансляцію громадських слухань на сайті.
>> Голова районної державної адміністрації О.В. Лисенко
"""
    blob = doc("mx01_nizhyn", "doc", "Відкритий уряд Ніжинська РДА", text)
    inner_body = """Ольго Петрівно, добрий вечір!

Ось інформація по Відкритому уряду за 2013 рік, яку треба до 15-го в облдержадміністрацію (УВП). Голова підписав, скан підписаного примірника занесу зранку. Перешліть, будь ласка, з загальної пошти на uvp@cg.ukrtel.net.

Дякую!
Валентина Оліфіренко
відділ організаційної роботи апарату Ніжинської РДА
"""
    inner_root = multipart("mixed", [
        multipart("alternative", [text_part(inner_body, "plain", "windows-1251", "base64"),
                                  text_part("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
                                            + "<br>".join(html_escape(l) for l in inner_body.split("\n")) + "</body></html>",
                                            "html", "windows-1251", "base64")], "----_=_NextPart_inner_%s" % hashlib.md5(b"mx01ia").hexdigest()[:12]),
        att_part(blob, fname, "2047b", "windows-1251")], "----_=_NextPart_inner_%s" % hashlib.md5(b"mx01i").hexdigest()[:12])
    inner_hdrs = [("Date", inner_w.date()),
                  ("From", addr("Валентина Оліфіренко", "olifirenko_v@ukr.net", "windows-1251", "B")),
                  ("X-Mailer", "FREEMAIL"),
                  ("Message-Id", "<1386788620.%s.%s@frv41.ukr.net>" % (hashlib.md5(b"mx01m").hexdigest()[:6], "13")),
                  ("To", "rda-nizhyn@example.gov.ua"),
                  ("Subject", ew("інформація для УВП (відкритий уряд 2013)", "windows-1251", "B")),
                  ("MIME-Version", "1.0")]
    inner = Part(inner_hdrs + inner_root.headers, inner_root.body, inner_root.parts, inner_root.boundary, inner_root.preamble).bytes()
    cover = """Доброго дня!

Пересилаємо інформацію Ніжинської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за 2013 рік, підготовлену відділом організаційної роботи апарату райдержадміністрації (лист та документ – у вкладеному повідомленні).

З повагою,
загальний відділ апарату Ніжинської районної державної адміністрації
тел. (04631) 2-30-12
"""
    alt = multipart("alternative", [text_part(cover, "plain", "windows-1251", "quoted-printable"),
                                    text_part("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=UK><div class=WordSection1>"
                                              + "".join("<p class=MsoNormal>%s</p>" % (html_escape(l) if l else "&nbsp;") for l in cover.split("\n"))
                                              + "</div></body></html>", "html", "windows-1251", "quoted-printable")], bnd("outlook", "mx01a"))
    root = multipart("mixed", [alt, rfc822_part(inner, "інформація для УВП (відкритий уряд 2013).eml", "2047b")], bnd("outlook", "mx01"))
    hdrs = [("From", addr("Ніжинська РДА, загальний відділ", "rda-nizhyn@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", "FW: " + ew("інформація для УВП (відкритий уряд 2013)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "mx01", "example.gov.ua")),
            ] + OUTLOOK_2007 + [("Thread-Index", thread_index("mx01"))]
    return message(hdrs, root, w, "mail.nizhyn.example.gov.ua", "10.12.24.3")


KEY = {
    "class": "mixed", "executor": "rda-bakhmach", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A correction typed above the district's own earlier report (items 1, 6, 7, 9) quoted in full under an Outlook «-----Original Message-----» block: only the corrected item 9 and the added item 10 are new.",
    "items": [{"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}],
}


@mail("mx02", KEY)
def mx02():
    w = When(2013, 6, 14, 11, 26, 40)
    earlier = """Шановні колеги!

Бахмацька районна державна адміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року.

п. 1. Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законодавства. У І півріччі створено розділ «Громадська рада» та оновлено розділ «Доступ до публічної інформації», розміщено 212 інформаційних матеріалів і 57 розпоряджень голови райдержадміністрації. Запроваджено електронну форму запиту на інформацію.

п. 6. Проведено 4 консультації з громадськістю: громадські слухання щодо проекту Програми соціально-економічного розвитку району на 2013 рік (07.02.2013), круглий стіл з фермерами щодо ринку землі, 2 зустрічі з мешканцями м. Бахмач щодо роботи громадського транспорту. Звіти оприлюднено на сайті.

п. 7. Представники громадських організацій входять до складу 7 дорадчо-консультативних органів при райдержадміністрації (15 осіб). У березні до складу районної ради з питань безпеки дорожнього руху включено голову ГО «Бахмацькі автомобілісти».

п. 9. Члени громадської ради взяли участь в обговоренні проекту районної програми «Турбота» на 2013–2015 роки.

п. 12. Громадських експертиз не проводилось.

З повагою
Заступник голови райдержадміністрації                 С.М. Шевченко

Виконавець: Гнатенко Л.В., (04635) 2-17-31
"""
    correction = """Шановні колеги!

Просимо врахувати уточнену інформацію Бахмацької райдержадміністрації до листа від 11.06.2013 (нижче).

п. 9 (уточнена редакція): Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів районної програми «Турбота» на 2013–2015 роки та розпорядження голови райдержадміністрації «Про затвердження Правил благоустрою м. Бахмач»; проекти розглянуто на засіданні громадської ради 23.04.2013, внесено 9 пропозицій, 6 з них враховано. Попередню редакцію п. 9 просимо не враховувати.

Також доповнюємо інформацію щодо п. 10: на засіданні громадської ради 23.04.2013, з урахуванням рекомендації райдержадміністрації (лист від 01.04.2013 № 01-12/688), утворено комісію з питань відкритості та прозорості діяльності органів влади у складі 3 осіб; головою комісії обрано В.П. Сидоренка.

Інші пункти – без змін.

З повагою,
Лариса Гнатенко
відділ організаційної роботи та інформаційної діяльності апарату Бахмацької райдержадміністрації
тел. (04635) 2-17-31
"""
    orig_hdr = """-----Original Message-----
From: Бахмацька РДА [mailto:rda-bakhmach@example.gov.ua] 
Sent: Tuesday, June 11, 2013 3:18 PM
To: uvp@cg.ukrtel.net
Subject: Інформація Бахмацької РДА - Відкритий уряд, І півріччя 2013
"""
    plain = correction + "\n" + orig_hdr + "\n" + earlier
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal><span style='color:#1F497D'>%s<o:p></o:p></span></p>" % (html_escape(l) if l else "&nbsp;") for l in correction.split("\n"))
            + "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Бахмацька РДА [mailto:rda-bakhmach@example.gov.ua] <br><b>Sent:</b> Tuesday, June 11, 2013 3:18 PM<br><b>To:</b> uvp@cg.ukrtel.net<br><b>Subject:</b> Інформація Бахмацької РДА - Відкритий уряд, І півріччя 2013<o:p></o:p></p></div></div>"
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (html_escape(l) if l else "&nbsp;") for l in earlier.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(html, "html", "windows-1251", "quoted-printable")], bnd("outlook", "mx02"))
    hdrs = [("From", addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", "RE: " + ew("Інформація Бахмацької РДА - Відкритий уряд, І півріччя 2013 (уточнення)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "mx02", "example.gov.ua")),
            ("In-Reply-To", mid("outlook", "mx02-earlier", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("mx02"))]
    return message(hdrs, alt, w, "mail.bakhmach.example.gov.ua", "10.12.15.2")


KEY = {
    "class": "mixed", "executor": "su-ekolohiia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A Thunderbird inline forward of an internal thread (question, answer, then the staffer's report on items 1, 6, 9 far down) under a cover note that itself reports the collegium (item 8); all of it is this office's report delivered now.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}],
}


@mail("mx03", KEY)
def mx03():
    w = When(2013, 12, 9, 10, 5, 0)
    cover = """Шановні колеги!

Пересилаю інформацію управління екології та природних ресурсів облдержадміністрації про виконання Плану заходів (Відкритий уряд) за ІІ півріччя 2013 року, підготовлену відділом екологічної освіти та зв'язків з громадськістю (нижче).

Доповнюю щодо колегії, бо відділ цього не врахував: наказом начальника управління від 16.09.2013 № 87 до складу колегії управління введено голову комітету з питань екології та природокористування Громадської ради при облдержадміністрації Т.В. Мороз, відповідні зміни внесено до Положення про колегію. Вона взяла участь у засіданнях колегії 26.09.2013 та 21.11.2013.

З повагою,
Галина Петрук
завідувач сектору документообігу та контролю
управління екології та природних ресурсів облдержадміністрації
тел. (0462) 67-48-01
"""
    report = """Галино Іванівно, інформація по Відкритому уряду (ІІ півріччя):

1) Веб-сайт. Сторінка управління на офіційному веб-сайті облдержадміністрації у ІІ півріччі доповнена розділом «Стан довкілля», де щомісяця оприлюднюються дані моніторингу якості атмосферного повітря та поверхневих вод у Чернігові, Ніжині, Прилуках; розміщено Регіональну доповідь про стан навколишнього природного середовища за 2012 рік, перелік дозволів на викиди, виданих у 2013 році. Всього розміщено 71 матеріал.

2) Консультації. 18 вересня проведено громадські слухання щодо проекту регіональної програми охорони навколишнього природного середовища на 2014–2018 роки (62 учасники, 31 пропозиція, 19 враховано), 24 жовтня – круглий стіл з екологічними громадськими організаціями щодо поводження з твердими побутовими відходами; звіти оприлюднено.

3) Громадська рада. Члени комітету з питань екології Громадської ради при ОДА взяли участь в обговоренні проекту регіональної програми охорони довкілля (засідання комітету 02.10.2013), внесли 6 пропозицій, 4 враховано в проекті.

Сергій
"""
    q = """Сергію, а по колегії щось буде? Нам треба до 10-го відправити.
Г.П."""
    a = """Галино Іванівно, по колегії не знаю, це у вас накази. Інформацію по нашому відділу надіслав ще 03.12, перешлю ще раз нижче.
С.Ш."""
    request = """Шановні колеги!

Надійшов лист управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації щодо подання до 15.12.2013 інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року. Нашому управлінню як структурному підрозділу облдержадміністрації потрібно подати інформацію щодо таких пунктів Плану:

1. З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.
2. З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».
6. Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996.
7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.
8. Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації.
9. Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень.
12. Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади.

Прошу відділи подати інформацію за своїм напрямом мені до 05.12.2013 в електронному вигляді (коротко, за пунктами). Відділ екологічної освіти та зв'язків з громадськістю – пп. 1, 6, 9; юридичний сектор – п. 12; відділ планування та фінансування природоохоронних заходів – п. 2.

Г.І. Петрук"""
    thread = ("-------- Пересилане повідомлення --------\n"
              "Тема: \tRe: Відкритий уряд ІІ півріччя\n"
              "Дата: \tFri, 06 Dec 2013 16:41:07 +0200\n"
              "Від: \tСергій Шаповал <shapoval@ekolohiia.example.gov.ua>\n"
              "Кому: \tГалина Петрук <petruk@ekolohiia.example.gov.ua>\n\n\n\n"
              + a + "\n\n"
              "06.12.2013 15:02, Галина Петрук пише:\n" + quote(q) + "\n>\n"
              "> 03.12.2013 11:20, Сергій Шаповал пише:\n" + quote(quote(hardwrap(report, 72))) + "\n>>\n"
              ">> 28.11.2013 09:12, Галина Петрук пише:\n" + quote(quote(quote(hardwrap(request, 70)))) + "\n")
    body = cover + "\n\n" + thread
    root = text_part(flowed(body), "plain", "UTF-8", "8bit", extra_params="; format=flowed")
    hdrs = [("Message-ID", "<52A57A2C.9090509@example.gov.ua>"),
            ("Date", w.date()),
            ("From", addr("Галина Петрук", "ekolohiia@example.gov.ua", "UTF-8", "B")),
            ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
            ("To", MAILBOX),
            ("Subject", ew("Fwd: Re: Відкритий уряд ІІ півріччя", "UTF-8", "B"))]
    return message(hdrs, root, w, "mail.ekolohiia.example.gov.ua", "10.12.6.77")


KEY = {
    "class": "mixed", "executor": "rda-kulykivka", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A cover note that itself reports the openness commission (item 10) over two attachments with different measures (a Word 97 report and a PDF on an anti-corruption review) and a third, last half-year's report sent «для довідки», which is not counted.",
    "items": [{"measure": 1, "source": "Інформація_план_2013.doc"},
              {"measure": 6, "source": "Інформація_план_2013.doc"},
              {"measure": 7, "source": "Інформація_план_2013.doc"},
              {"measure": 10, "source": "body"},
              {"measure": 12, "source": "Додаток_експертиза.pdf"}],
}


@mail("mx04", KEY)
def mx04():
    w = When(2013, 12, 13, 15, 15, 15)
    t1 = """
^^ КУЛИКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
# ІНФОРМАЦІЯ
^^ про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року
Куликівська районна державна адміністрація у ІІ півріччі 2013 року продовжила роботу з виконання Плану заходів. Відповідальним за координацію визначено сектор з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю апарату райдержадміністрації.
## Пункт 1
Офіційний веб-сайт райдержадміністрації оновлюється щоденно. У ІІ півріччі створено розділ «Відкриті дані», де розміщено набори даних про мережу закладів освіти, охорони здоров'я та культури району; оновлено розділ «Доступ до публічної інформації»; розміщено 198 інформаційних матеріалів, 61 розпорядження голови райдержадміністрації, звіт про виконання районного бюджету за 9 місяців.
## Пункт 6
Проведено 5 консультацій з громадськістю: громадські слухання щодо проекту районного бюджету на 2014 рік (27.11.2013, 49 учасників), круглий стіл з питань зайнятості сільської молоді (19.09.2013), 2 зустрічі з мешканцями сіл Вересоч і Грабів щодо ремонту доріг, електронні консультації щодо проекту районної програми розвитку культури. Звіти оприлюднено.
## Пункт 7
До складу 6 дорадчо-консультативних органів при райдержадміністрації входять 12 представників громадськості. У жовтні до складу районної координаційної ради з питань протидії ВІЛ-інфекції/СНІДу включено представника благодійного фонду «Рука допомоги».
## Пункт 9
Інформацію буде надано додатково після засідання громадської ради 19.12.2013.
>> Заступник голови райдержадміністрації В.М. Сорока
"""
    t2 = """
^^ КУЛИКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
# ДОВІДКА
^^ про результати громадської антикорупційної експертизи та виконання заходів з реалізації експертних пропозицій (додаток до інформації за ІІ півріччя 2013 року)
У вересні 2013 року громадська організація «Куликівська громадська ініціатива» відповідно до статті 55 Закону України «Про засади запобігання і протидії корупції» провела громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації «Про затвердження Порядку надання одноразової адресної допомоги мешканцям району». Проект було оприлюднено на офіційному веб-сайті райдержадміністрації 02.09.2013; експертний висновок надійшов 23.09.2013.
Експерти виявили у проекті 3 корупціогенні фактори: відсутність чітких критеріїв визначення розміру допомоги, дискреційні повноваження голови комісії щодо продовження строку розгляду заяв, відсутність вимоги оприлюднювати рішення комісії.
Райдержадміністрація розглянула висновок на засіданні робочої групи 30.09.2013 за участю представників громадської організації. Усі 3 пропозиції враховано: у Порядку встановлено фіксовані розміри допомоги залежно від категорії заявника, виключено право голови комісії одноосібно продовжувати строк розгляду, запроваджено щомісячне оприлюднення знеособлених рішень комісії на сайті. Розпорядження затверджено 14.10.2013 № 287. Про врахування пропозицій громадську організацію поінформовано листом від 16.10.2013 № 01-20/1954.
>> Завідувач юридичного сектору апарату райдержадміністрації О.С. Панченко
"""
    t3 = """
^^ КУЛИКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
# ІНФОРМАЦІЯ
^^ про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року
## Пункт 1
Офіційний веб-сайт райдержадміністрації переведено на нову платформу, створено розділи «Громадська рада» та «Консультації з громадськістю»; розміщено 176 матеріалів.
## Пункт 6
Проведено 3 консультації з громадськістю, зокрема громадські слухання щодо Програми соціально-економічного розвитку району на 2013 рік (14.02.2013).
## Пункт 9
Члени громадської ради взяли участь в обговоренні проекту районної програми підтримки малого підприємництва; 4 пропозиції враховано.
## Пункт 12
Громадських експертиз не проводилось.
>> Заступник голови райдержадміністрації В.М. Сорока
"""
    b1 = doc("mx04_kulykivka_plan", "doc", "Інформація Куликівської РДА", t1)
    b2 = doc("mx04_kulykivka_ekspertyza", "pdf", "Довідка про експертизу", t2)
    b3 = doc("mx04_kulykivka_pivrichchia1", "doc", "Інформація за І півріччя", t3)
    body = """Шановні колеги!

Куликівська районна державна адміністрація направляє інформацію про виконання Плану заходів (Відкритий уряд) за ІІ півріччя 2013 року та довідку про результати громадської антикорупційної експертизи.

Окремо повідомляємо щодо пункту 10 Плану: на виконання рекомендації райдержадміністрації громадська рада при райдержадміністрації на засіданні 28.11.2013 утворила у своєму складі комісію з питань відкритості та прозорості діяльності органів влади у складі 4 осіб; головою комісії обрано Л.А. Ткаченко. До інформації це не увійшло, бо документ було підписано раніше.

Для довідки додаємо також інформацію, надану за І півріччя 2013 року (щоб було видно динаміку).

Додатки:
1. Інформація_план_2013.doc
2. Додаток_експертиза.pdf
3. Інформація за І півріччя 2013.doc

З повагою,
Ірина Мельник
сектор з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю апарату Куликівської райдержадміністрації
тел. (04643) 2-12-77
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head><body lang=UK link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (html_escape(l) if l else "&nbsp;") for l in body.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text_part(body, "plain", "utf-8", "quoted-printable"),
                                    text_part(html, "html", "utf-8", "quoted-printable")], bnd("outlook", "mx04a"))
    root = multipart("mixed", [alt,
                               att_part(b1, "Інформація_план_2013.doc", "2047b", "utf-8"),
                               att_part(b2, "Додаток_експертиза.pdf", "2047b", "utf-8"),
                               att_part(b3, "Інформація за І півріччя 2013.doc", "2047b", "utf-8")], bnd("outlook", "mx04"))
    hdrs = [("From", addr("Мельник Ірина", "rda-kulykivka@example.gov.ua", "utf-8", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Куликівська РДА - Відкритий уряд, ІІ півріччя 2013 (3 файли)", "utf-8", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "mx04", "example.gov.ua")),
            ] + OUTLOOK_2010 + [("Thread-Index", thread_index("mx04"))]
    return message(hdrs, root, w, "mail.kulykivka.example.gov.ua", "10.12.23.8")


KEY = {
    "class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2007 Word HTML with the district's coat of arms inline (multipart/related) and both text parts labelled Windows-1252 although the bytes are windows-1251 (the HTML's meta says so); a long letter on four measures with a long signature.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@mail("mx05", KEY)
def mx05():
    w = When(2013, 6, 13, 12, 40, 9)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Новгород-Сіверська районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформує про проведену у І півріччі 2013 року роботу.

Новгород-Сіверщина – край з багатою історією, і райдержадміністрація прагне, щоб і сьогоднішнє життя району було відкритим для кожного мешканця. У районі 34 сільські ради, 84 населені пункти, населення – 17,6 тис. осіб. Діють 31 громадська організація та громадська рада при райдержадміністрації (17 членів).

Щодо офіційного веб-сайту. Сайт райдержадміністрації у І півріччі 2013 року доповнено розділами «Публічна інформація», «Консультації з громадськістю», «Туристична Новгород-Сіверщина»; оприлюднено 164 новини та 44 розпорядження голови райдержадміністрації, звіт голови про роботу у 2012 році. Запроваджено англомовну версію розділу для інвесторів.

Щодо консультацій з громадськістю. Проведено громадські слухання щодо проекту Програми соціально-економічного та культурного розвитку району на 2013 рік (05.02.2013, 58 учасників), круглий стіл з питань розвитку сільського зеленого туризму (17.04.2013), зустрічі з мешканцями сіл Грем'яч і Кудлаївка щодо реорганізації шкіл, опитування батьків щодо роботи дошкільних закладів (167 респондентів). Звіти оприлюднено на сайті.

Щодо залучення громадської ради. Члени громадської ради при райдержадміністрації обговорили проекти районних програм розвитку туризму на 2013–2015 роки та підтримки сімей з дітьми, внесли 7 пропозицій, 5 з них враховано.

Щодо громадських експертиз. Райдержадміністрація сприяла громадській організації «Сіверська ініціатива» у проведенні громадської експертизи діяльності відділу культури і туризму щодо використання пам'яток історії; за результатами затверджено план заходів з реалізації 4 експертних пропозицій (розпорядження від 27.05.2013 № 171).

З повагою
Заступник голови районної державної адміністрації
О.М. Пилипенко

Виконавець: Назаренко Ю.С.
сектор з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю апарату Новгород-Сіверської районної державної адміністрації
16000, м. Новгород-Сіверський, вул. Губернська, 2
тел. (04658) 2-13-85, факс (04658) 2-15-40
"""
    def px(x, y):
        if 10 <= x <= 29 and 6 <= y <= 33:
            return (0, 87, 183) if y < 20 else (255, 215, 0)
        return (255, 255, 255)
    png = png_bytes(40, 40, px)
    cid = "image001.png@01CE6822.8B3A1F40"
    paras = body.split("\n")
    sig_start = paras.index("З повагою")
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)"><style><!--\n'
            '/* Font Definitions */ @font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri","sans-serif";}\n'
            'a:link, span.MsoHyperlink {mso-style-priority:99; color:blue; text-decoration:underline;}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri","sans-serif"; color:windowtext;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>'
            + "".join("<p class=MsoNormal style='text-align:justify'><span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>%s<o:p></o:p></span></p>"
                      % (html_escape(l) if l else "&nbsp;") for l in paras[:sig_start])
            + "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>"
            + "<p class=MsoNormal><span style='mso-no-proof:yes'><img width=40 height=40 id=\"Picture_x0020_1\" src=\"cid:%s\" alt=\"герб\"></span></p></td>" % cid
            + "<td valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>"
            + "".join("<p class=MsoNormal><span style='font-size:9.0pt;color:#1F497D'>%s<o:p></o:p></span></p>" % (html_escape(l) if l else "&nbsp;")
                      for l in paras[sig_start:])
            + "</td></tr></table></div></body></html>")
    related = multipart("related", [text_part(html, "html", "windows-1251", "quoted-printable", declared="Windows-1252"),
                                    att_part(png, "image001.png", "ascii", cid=cid, disposition="inline")],
                        bnd("outlook", "mx05r"), extra=' type="multipart/alternative";')
    # Outlook writes the related part's type as text/html
    related.headers = [("Content-Type", 'multipart/related;\r\n\ttype="text/html";\r\n\tboundary="%s"' % related.boundary)]
    alt = multipart("alternative", [text_part(body, "plain", "windows-1251", "quoted-printable", declared="Windows-1252"), related],
                    bnd("outlook", "mx05a"))
    hdrs = [("From", addr("Назаренко Юлія", "rda-novhorod-siverskyi@example.gov.ua", "windows-1251", "B", quote=True)),
            ("To", MAILBOX),
            ("Subject", ew("Інформація Новгород-Сіверської РДА - Відкритий уряд (І півріччя 2013)", "windows-1251", "B")),
            ("Date", w.date()),
            ("Message-ID", mid("outlook", "mx05", "example.gov.ua")),
            ] + OUTLOOK_2007 + [("Thread-Index", thread_index("mx05"))]
    return message(hdrs, alt, w, "mail.novhorod-siverskyi.example.gov.ua", "10.12.25.6")


# ---------------------------------------------------------------------------------------
# Checks and output

def attachment_names(msg):
    """Decoded file names of every attachment, also inside forwarded message/rfc822 parts."""
    names = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart" or part.get_content_type() == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn:
            names.append(fn)
    return names


def check(name, key, data, registered):
    errs = []
    prefix = name[:2]
    if key.get("class") != CLASSES.get(prefix):
        errs.append("class %r does not match prefix %r" % (key.get("class"), prefix))
    ex = key.get("executor")
    if ex not in EXECUTOR_IDS or (registered is not None and ex not in registered):
        errs.append("executor %r is not a plan.toml id" % ex)
    if not data.endswith(b"\r\n") or re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("line ends are not all CRLF")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("no %s header" % h)
    if MAILBOX not in str(msg["To"]).lower():
        errs.append("To is not the mailbox")
    date = email.utils.parsedate_to_datetime(str(msg["Date"]))
    utc = date.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    kyiv = kyiv_from_utc(utc)
    if not (2012 <= kyiv.year <= 2013):
        errs.append("Date not in 2012-2013")
    period, late = period_of(kyiv)
    if period != key.get("period") or late != key.get("late"):
        errs.append("period/late %r/%r but Date gives %r/%r" % (key.get("period"), key.get("late"), period, late))
    rec = msg.get_all("Received")[0]
    rdate = email.utils.parsedate_to_datetime(rec.rsplit(";", 1)[1].strip())
    rutc = rdate.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    delta = (rutc - utc).total_seconds()
    if not (0 < delta <= 60) or kyiv_from_utc(rutc).date() != kyiv.date():
        errs.append("top Received is not a few seconds after Date on the same Kyiv day (%s s)" % delta)
    sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
    if registered is not None:
        owner = [eid for eid, mails in registered.items() if sender in mails]
        if prefix != "pa" and key.get("executor") not in owner and prefix not in ("mx",):
            errs.append("sender %s is not the executor's registered box" % sender)
        if prefix == "pa" and key.get("executor") in owner:
            errs.append("a personal_address mail comes from the executor's own box")
        if not owner and not re.search(r"@(gmail\.com|ukr\.net|i\.ua|meta\.ua|mail\.ru|yandex\.ru|bigmir\.net|rambler\.ru)$", sender):
            errs.append("sender %s is neither registered nor a private box" % sender)
    kind = key.get("kind")
    items = key.get("items")
    if prefix == "nr":
        if kind != "not_report" or key.get("reason") not in REASONS or items:
            errs.append("a not_report needs kind not_report, a reason and no items")
    else:
        if kind != "report" or key.get("reason") is not None or not items:
            errs.append("a report needs kind report, reason null and items")
    if not isinstance(key.get("note"), str) or not key["note"].strip():
        errs.append("no note")
    pairs = [(it["measure"], it["source"]) for it in items or []]
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errs.append("items not sorted and unique")
    names = attachment_names(msg)
    for m, s in pairs:
        if not (isinstance(m, int) and 1 <= m <= 15):
            errs.append("measure %r out of 1-15" % m)
        if s != "body" and s not in names:
            errs.append("source %r is not an attachment of the mail (%r)" % (s, names))
    if ex == "uvp" and prefix == "pa":
        errs.append("the addressee is never the sender")
    return errs


ORDER = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]


def main():
    registered = load_plan()
    if registered is not None:
        missing = set(EXECUTOR_IDS) - set(registered)
        assert not missing, missing
        for eid in EXECUTOR_IDS:
            assert addr_of(eid) in registered[eid], eid
    only = set(sys.argv[1:])
    names = [n for n, _, _ in MAILS]
    assert len(names) == len(set(names))
    failures = 0
    for name, key, fn in MAILS:
        if only and name not in only:
            continue
        data = fn()
        errs = check(name, key, data, registered)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        ordered = {k: key[k] for k in ORDER}
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(ordered, f, ensure_ascii=False, indent=2)
            f.write("\n")
        if errs:
            failures += 1
            for e in errs:
                print("%s: %s" % (name, e))
    if not only:
        counts = {}
        for n in names:
            counts[n[:2]] = counts.get(n[:2], 0) + 1
        cov = set()
        for _, k, _ in MAILS:
            cov |= {it["measure"] for it in k["items"]}
        if len(names) != 40 or any(counts.get(p) != 5 for p in CLASSES):
            print("corpus: want 5 mails in each of the 8 classes, have %r" % counts)
            failures += 1
        if cov != set(range(1, 16)):
            print("corpus: measures never reported: %r" % sorted(set(range(1, 16)) - cov))
            failures += 1
    for c in CONVERTED:
        print("converted", os.path.relpath(c, HERE))
    print("%d mails, %d with problems" % (len(names) if not only else len(only), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
