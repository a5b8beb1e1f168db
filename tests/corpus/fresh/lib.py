# Helpers for make.py: deterministic MIME, LibreOffice conversions and normalisation.
import base64, datetime as dt, hashlib, io, json, os, quopri, re, shutil, subprocess, tempfile, zipfile
from email.header import Header
from email.utils import format_datetime, encode_rfc2231
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE = 3
HERE = os.path.dirname(os.path.abspath(__file__))


def period_of(received):
    """(period, late) of a receive time, by plan.toml's rule."""
    d = received.astimezone(KYIV).date()
    for n, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            return n, False
        if (d - dl).days <= GRACE:
            return n, True
    return None, False


def h(name, text, charset="utf-8", enc="b"):
    """An RFC 2047 encoded header value (ASCII stays as is)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        hd = Header(text, charset=charset, header_name=name)
        if enc == "q":
            from email.charset import Charset, QP
            cs = Charset(charset)
            cs.header_encoding = QP
            hd = Header(text, charset=cs, header_name=name)
        return hd.encode()


def addr(name, email, charset="utf-8", enc="b", quoted=False):
    if not name:
        return email
    v = h("From", name, charset, enc)
    if v == name and quoted:
        v = '"%s"' % name
    return "%s <%s>" % (v, email)


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes (already transfer-encoded)
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self, nl=b"\n"):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s" % (k, v)).encode("ascii").replace(b"\n", nl) + nl
        out += nl
        if self.parts is not None:
            b = self.boundary.encode()
            if self.preamble:
                out += self.preamble.encode() + nl
            for p in self.parts:
                out += b"--" + b + nl + p.render(nl) + nl
            out += b"--" + b + b"--" + nl
        else:
            body = self.body.replace(b"\r\n", b"\n")
            if nl != b"\n":
                body = body.replace(b"\n", nl)
            out += body
            if not out.endswith(nl):
                out += nl
        return out


def encode_body(text, charset="utf-8", cte="quoted-printable"):
    if isinstance(text, str) and charset.startswith("koi8"):
        # what a koi8 client does with characters the charset lacks
        text = text.translate(str.maketrans({"–": "-", "—": "-", "«": '"', "»": '"', "№": "N", "’": "'", "„": '"', "“": '"'}))
    raw = text.encode(charset) if isinstance(text, str) else text
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 8bit / 7bit


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", label="same",
         flowed=False, extra=None):
    """A text part. label: the charset written in the header ("same", None = none, or another)."""
    lab = charset if label == "same" else label
    ct = "text/%s" % subtype
    if lab:
        ct += '; charset="%s"' % lab if subtype == "html" else "; charset=%s" % lab
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return Part(hs, encode_body(body, charset, cte))


def fname_params(filename, style):
    if style == "ascii":
        return '; name="%s"' % filename, '; filename="%s"' % filename
    if style == "2047":
        e = h("X", filename)
        return '; name="%s"' % e, '; filename="%s"' % e
    if style == "2231":
        e = encode_rfc2231(filename, "utf-8")
        return "", ";\n filename*=%s" % e
    if style == "2231-1251":
        e = encode_rfc2231(filename, "windows-1251")
        return "", ";\n filename*=%s" % e
    if style == "both":
        e = h("X", filename)
        e2 = encode_rfc2231(filename, "utf-8")
        return '; name="%s"' % e, ';\n filename*=%s' % e2
    raise ValueError(style)


ATTACHED = []


def attachment(data, ctype, filename, style="2231", disposition="attachment"):
    ATTACHED.append(filename)
    n, f = fname_params(filename, style)
    return Part([("Content-Type", ctype + n),
                 ("Content-Disposition", disposition + f),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def multipart(subtype, parts, name, idx=0, preamble=None, style="std"):
    dig = hashlib.sha1(("%s/%d" % (name, idx)).encode()).hexdigest()
    if style == "outlook":
        b = "----=_NextPart_000_%s_%s.%s" % (dig[:4].upper(), dig[4:8].upper(), dig[8:16].upper())
    elif style == "gmail":
        b = "0000000000%s" % dig[:18]
    elif style == "tb":
        b = "------------%s" % dig[:24].upper()
    else:
        b = "=_%s" % dig[:28]
    return Part([("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, b))], parts=parts,
                boundary=b, preamble=preamble)


def message(name, frm, to, subject, date, body, extra=(), nl=b"\n", subj_charset="utf-8",
            subj_enc="b", mid_domain="example.gov.ua", hop="mail.example.gov.ua"):
    """date: aware datetime of Date:; Received 67 s later."""
    rec = date + dt.timedelta(seconds=67)
    dig = hashlib.sha1(name.encode()).hexdigest()
    hs = [("Received", "from %s (%s [10.20.%d.%d])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <uvp@cg.ukrtel.net>; %s"
           % (hop, hop, int(dig[0:2], 16), int(dig[2:4], 16), dig[4:14].upper(), format_datetime(rec))),
          ("Date", format_datetime(date)),
          ("From", frm), ("To", to),
          ("Subject", h("Subject", subject, subj_charset, subj_enc) if subject else ""),
          ("Message-ID", "<%s.%s@%s>" % (dig[:12], dig[12:20], mid_domain)),
          ("MIME-Version", "1.0")]
    hs += list(extra)
    body.headers = hs + body.headers
    return body.render(nl), rec


# ---------------------------------------------------------------- LibreOffice ----------

_TMP = os.environ.get("TMPDIR", "/tmp")
PROFILE = os.path.join(_TMP, "zvit-fresh-lo-profile")


def soffice(src_name, src_bytes, target, infilter=None):
    """Convert src with LibreOffice; returns bytes of the converted file."""
    with tempfile.TemporaryDirectory(dir=_TMP) as d:
        src = os.path.join(d, src_name)
        with open(src, "wb") as f:
            f.write(src_bytes)
        os.makedirs(os.path.join(d, "out"))
        cmd = ["soffice", "-env:UserInstallation=file://" + PROFILE, "--headless", "--norestore"]
        if infilter:
            cmd.append("--infilter=" + infilter)
        cmd += ["--convert-to", target, "--outdir", os.path.join(d, "out"), src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8"))
        outs = os.listdir(os.path.join(d, "out"))
        assert len(outs) == 1, outs
        with open(os.path.join(d, "out", outs[0]), "rb") as f:
            return f.read()


WRITER = {"docx": 'docx:MS Word 2007 XML', "odt": "odt:writer8", "doc": "doc:MS Word 97",
          "pdf": "pdf:writer_pdf_Export"}
CALC = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}


def html_doc(title, inner):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>'
            '<body>%s</body></html>' % (title, inner)).encode("utf-8")


def writer(fmt, html_body, title="Звіт"):
    data = soffice("doc.html", html_doc(title, html_body), WRITER[fmt], "HTML (StarWriter)")
    return normalise(fmt, data)


def calc(fmt, rows):
    import csv
    s = io.StringIO()
    csv.writer(s, lineterminator="\n").writerows(rows)
    data = soffice("sheet.csv", s.getvalue().encode("utf-8"), CALC[fmt], "CSV:44,34,76,1")
    return normalise(fmt, data)


FIXED = "2013-01-01T00:00:00Z"


def _norm_xml(name, b):
    s = b.decode("utf-8")
    s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + FIXED, s)
    s = re.sub(r"(<meta:creation-date>)[^<]*", r"\g<1>2013-01-01T00:00:00", s)
    s = re.sub(r"(<dc:date>)[^<]*", r"\g<1>2013-01-01T00:00:00", s)
    s = re.sub(r"(<meta:editing-duration>)[^<]*", r"\g<1>PT0S", s)
    s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>0", s)
    s = re.sub(r"(<meta:generator>)[^<]*", r"\g<1>LibreOffice", s)
    rs = {}

    def rsid(m):
        v = m.group(2)
        rs.setdefault(v, "%08X" % (0x00A10000 + len(rs)))
        return m.group(1) + rs[v]
    s = re.sub(r'(w:rsid\w*="|w:val="(?=[0-9A-F]{8}"/>)|officeooo:(?:paragraph-)?rsid=")([0-9A-Fa-f]{6,8})', rsid, s)
    return s.encode("utf-8")


def normalise(fmt, data):
    if fmt in ("docx", "xlsx", "odt", "ods"):
        zin = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zout:
            for info in zin.infolist():
                b = zin.read(info.filename)
                if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                    b = _norm_xml(info.filename, b)
                zi = zipfile.ZipInfo(info.filename, (2013, 1, 1, 0, 0, 0))
                zi.compress_type = info.compress_type
                zi.external_attr = info.external_attr
                zout.writestr(zi, b)
        return out.getvalue()
    if fmt == "pdf":
        data = re.sub(rb"\(D:\d{14}[^)]*\)", lambda m: b"(D:20130101000000" + b"Z" * (len(m.group(0)) - 18) + b")", data)
        data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                      lambda m: re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"A", m.group(0)), data)
        data = re.sub(rb"/DocChecksum /[0-9A-F]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), data)
        data = re.sub(rb"<xmp:(CreateDate|ModifyDate)>[^<]*", lambda m: m.group(0)[:len(m.group(1)) + 6] + b"2013-01-01T00:00:00Z"[:len(m.group(0)) - len(m.group(1)) - 6].ljust(len(m.group(0)) - len(m.group(1)) - 6, b" "), data)
        return data
    return data


def write_case(name, eml, expected):
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(eml)
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
