#!/usr/bin/env python3
"""Regenerate the `attached` corpus: 20 e-mails whose report is a letter in an attachment.

Run:  python3 make.py        (needs LibreOffice `soffice`; `pdftotext` is used for a check if present)

Everything (documents, .eml files, .expected.json answer keys) is written from the data below.
The answer keys (`items`, `executor`, `period`, ...) are typed in by hand in the MAILS list from
our own reading of each text; they are NOT derived from the texts by any program.
"""
import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from html import escape

from email.charset import Charset, BASE64, QP
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
UVP = "uvp@cg.ukrtel.net"

# ---------------------------------------------------------------------------------------------
# Documents: a letter is a dict; it is rendered to HTML (or flat ODT) and converted by soffice.
# keys: head (letterhead lines), no, date, to (addressee lines), subj, intro, paras (the report
#       paragraphs = status texts), outro, sign (position, name), exec (executor line),
#       title (for an untitled "ІНФОРМАЦІЯ" document instead of a letterhead), enc (annex line)
# ---------------------------------------------------------------------------------------------


def letter_html(L, bold=True):
    """bold=False for PDF: a second embedded font would double the size of the file."""
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<style>body{font-family:"Times New Roman",serif;font-size:14pt}'
         'p.j{text-align:justify;text-indent:1.25cm;margin:0 0 6pt 0}'
         'p.c{text-align:center;margin:0}</style></head><body>']
    if L.get("head"):
        first = True
        for line in L["head"]:
            if first:
                h.append('<p class="c"><b>%s</b></p>' % escape(line))
            else:
                small = line.startswith(("вул.", "просп.", "пл.", "тел", "e-mail", "код"))
                h.append('<p class="c">%s%s%s</p>' % ("<small>" if small else "<b>", escape(line),
                                                       "</small>" if small else "</b>"))
            first = False
        h.append('<hr>')
    if L.get("no"):
        to = "<br>".join("<b>%s</b>" % escape(x) for x in L.get("to", []))
        h.append('<table width="100%%" cellpadding="0"><tr><td width="50%%" valign="top">'
                 '<p>%s № %s</p><p><small>На № ________ від ________</small></p></td>'
                 '<td width="50%%" valign="top"><p>%s</p></td></tr></table>'
                 % (escape(L["date"]), escape(L["no"]), to))
    if L.get("title"):
        for i, line in enumerate(L["title"]):
            h.append('<p class="c">%s%s%s</p>' % ("<b>" if i == 0 else "", escape(line),
                                                  "</b>" if i == 0 else ""))
        h.append('<p></p>')
    if L.get("subj"):
        h.append('<p><b>%s</b></p>' % escape(L["subj"]))
    for key in ("intro",):
        if L.get(key):
            h.append('<p class="j">%s</p>' % escape(L[key]))
    for para in L.get("paras", []):
        h.append('<p class="j">%s</p>' % escape(para))
    if L.get("outro"):
        h.append('<p class="j">%s</p>' % escape(L["outro"]))
    if L.get("enc"):
        h.append('<p>%s</p>' % escape(L["enc"]))
    if L.get("sign"):
        pos, name = L["sign"]
        h.append('<p></p><table width="100%%"><tr><td width="60%%"><p>%s</p></td>'
                 '<td align="right"><p>%s</p></td></tr></table>' % (escape(pos), escape(name)))
    if L.get("exec"):
        h.append('<p></p><p><small>%s</small></p>' % escape(L["exec"]))
    h.append('</body></html>')
    h = "\n".join(h)
    return h if bold else h.replace("<b>", "").replace("</b>", "")


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-family="'Times New Roman'" fo:font-size="14pt"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:margin-left="8.5cm"/></style:style>
 <style:style style:name="S" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
</office:automatic-styles>
<office:body><office:text>
"""


def letter_fodt(L):
    x = lambda s: escape(s, quote=False)
    out = [FODT_HEAD]
    for i, line in enumerate(L.get("head", [])):
        out.append('<text:p text:style-name="%s">%s</text:p>' % ("CB" if i < len(L["head"]) - 1 else "C", x(line)))
    out.append('<text:p/>')
    out.append('<text:p>%s № %s</text:p>' % (x(L["date"]), x(L["no"])))
    for line in L.get("to", []):
        out.append('<text:p text:style-name="R">%s</text:p>' % x(line))
    out.append('<text:p/>')
    if L.get("subj"):
        out.append('<text:p>%s</text:p>' % x(L["subj"]))
    for para in ([L["intro"]] if L.get("intro") else []) + L.get("paras", []):
        out.append('<text:p text:style-name="J">%s</text:p>' % x(para))
    out.append('<text:p/>')
    if L.get("sign"):
        out.append('<text:p>%s<text:tab/><text:tab/>%s</text:p>' % (x(L["sign"][0]), x(L["sign"][1])))
    if L.get("exec"):
        out.append('<text:p/><text:p text:style-name="S">%s</text:p>' % x(L["exec"]))
    out.append('</office:text></office:body></office:document>\n')
    return "\n".join(out)


class Office:
    def __init__(self, tmp):
        self.tmp = tmp
        self.n = 0
        # A fresh LibreOffice profile that does not store a 30 KB thumbnail in each .odt.
        os.makedirs(os.path.join(tmp, "lo", "user"))
        with open(os.path.join(tmp, "lo", "user", "registrymodifications.xcu"), "w") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    '<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail" '
                    'oor:op="fuse"><value>false</value></prop></item>\n</oor:items>\n')

    def convert(self, L, fmt, src="html"):
        """Render letter L and convert it with soffice to fmt; return the bytes."""
        self.n += 1
        d = os.path.join(self.tmp, "d%02d" % self.n)
        os.makedirs(d)
        if src == "html":
            inp = os.path.join(d, "letter.html")
            with open(inp, "w", encoding="utf-8") as f:
                f.write(letter_html(L, bold=(fmt != "pdf")))
            extra = ["--infilter=HTML (StarWriter)"]
        else:
            inp = os.path.join(d, "letter.fodt")
            with open(inp, "w", encoding="utf-8") as f:
                f.write(letter_fodt(L))
            extra = []
        target = {"pdf": "pdf", "docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97",
                  "odt": "odt"}[fmt]
        cmd = ["soffice", "-env:UserInstallation=file://" + os.path.join(self.tmp, "lo"),
               "--headless"] + extra + ["--convert-to", target, "--outdir", os.path.join(d, "out"), inp]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = os.path.join(d, "out", "letter." + fmt)
        with open(out, "rb") as f:
            data = f.read()
        if fmt == "pdf" and shutil.which("pdftotext"):
            check_pdf_text(out, L)
        return data


def norm(s):
    s = s.replace("\u2019", "'").replace("ʼ", "'")
    return re.sub(r"\s+", " ", s).strip()


def check_pdf_text(path, L):
    txt = norm(subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode())
    for para in [L.get("intro", "")] + L.get("paras", []):
        words = norm(para).split(" ")
        for probe in (" ".join(words[:5]), " ".join(words[-4:])):
            squash = lambda t: re.sub(r"[\s\-\u2010\u2011]", "", t)
            if probe and squash(probe) not in squash(txt):
                sys.exit("pdftotext: %r not found in %s" % (probe, path))


# ---------------------------------------------------------------------------------------------
# MIME helpers
# ---------------------------------------------------------------------------------------------

def ew(text, charset="utf-8", fold="\n\t", chunk=42):
    """RFC 2047 base64 encoded words (split on character boundaries)."""
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(charset)) > chunk:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    tag = {"utf-8": "UTF-8"}.get(charset, charset) if charset != "utf-8" else "UTF-8"
    return fold.join("=?%s?B?%s?=" % (tag, base64.b64encode(w.encode(charset)).decode()) for w in words)


def ew1(text, charset):
    """One single encoded word, as Outlook and The Bat! put into name= / filename=."""
    tag = "UTF-8" if charset == "utf-8" else charset
    return "=?%s?B?%s?=" % (tag, base64.b64encode(text.encode(charset)).decode())


def rfc2231(param, text, width=60):
    """RFC 2231 value, split into continuations at character boundaries as Thunderbird does."""
    units = [urllib.parse.quote(ch, safe="") for ch in text]
    q = "".join(units)
    if len(q) + len(param) < width:
        return "%s*=UTF-8''%s" % (param, q)
    parts, cur = [], ""
    for u in units:
        if cur and len(cur) + len(u) > width:
            parts.append(cur)
            cur = ""
        cur += u
    parts.append(cur)
    return ";\n ".join("%s*%d*=%s%s" % (param, n, "UTF-8''" if n == 0 else "", p) for n, p in enumerate(parts))


def flow(text, width=72):
    """format=flowed (RFC 3676) as Thunderbird writes it: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def textpart(text, charset, cte, subtype="plain", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    cs.output_charset = charset
    p = MIMEText(text, subtype, cs)
    del p["MIME-Version"]
    if flowed:
        p.set_param("format", "flowed")
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    return p


def outlook_html(text, charset):
    paras = "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (escape(l) if l else "&nbsp;")
                    for l in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head>\n<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)">\n</head>\n'
            '<body lang=UK link=blue vlink=purple>\n<div class=WordSection1>\n%s</div>\n</body>\n</html>\n'
            % (charset, paras))


def attpart(data, ctype, fname, style):
    """An attachment the way a given client writes its headers."""
    main, sub = ctype.split("/")
    p = MIMEBase(main, sub)
    del p["MIME-Version"]
    del p["Content-Type"]
    if style.startswith("ew:"):               # Outlook, The Bat!, web mail: RFC 2047 inside quotes
        cs = style[3:]
        nm = ew1(fname, cs) if any(ord(c) > 127 for c in fname) else fname
        p["Content-Type"] = '%s;\n\tname="%s"' % (ctype, nm)
        p["Content-Transfer-Encoding"] = "base64"
        p["Content-Disposition"] = 'attachment;\n\tfilename="%s"' % nm
    elif style == "tb":                       # Thunderbird: 2047 in name=, 2231 in filename*=
        nm = ew1(fname, "utf-8") if any(ord(c) > 127 for c in fname) else fname
        p["Content-Type"] = '%s;\n name="%s"' % (ctype, nm)
        p["Content-Transfer-Encoding"] = "base64"
        p["Content-Disposition"] = "attachment;\n " + (rfc2231("filename", fname)
                                                        if nm != fname else 'filename="%s"' % fname)
    elif style == "2231":                     # RFC 2231 only
        p["Content-Type"] = "%s;\n %s" % (ctype, rfc2231("name", fname))
        p["Content-Disposition"] = "attachment;\n " + rfc2231("filename", fname)
        p["Content-Transfer-Encoding"] = "base64"
    elif style.startswith("gmail:"):
        p["Content-Type"] = '%s; name="%s"' % (ctype, fname)
        p["Content-Disposition"] = 'attachment; filename="%s"' % fname
        p["Content-Transfer-Encoding"] = "base64"
        p["X-Attachment-Id"] = style[6:]
    else:
        raise ValueError(style)
    b = base64.encodebytes(data).decode("ascii")
    p.set_payload(b)
    return p


def finish(msg, headers):
    """Put the top-level headers in the order a client writes them. '{CT}' = the content type."""
    ct = msg["Content-Type"]
    if msg.get_boundary():
        ct = '%s;\n\tboundary="%s"' % (msg.get_content_type(), msg.get_boundary())
        for k, v in msg.get_params()[1:]:
            if k != "boundary":
                ct = ct.replace(";\n\tboundary", ";\n\t%s=\"%s\";\n\tboundary" % (k, v), 1)
    cte = msg.get("Content-Transfer-Encoding")
    for k in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
        del msg[k]
    for k, v in headers:
        if v == "{CT}":
            v = ct
        if k == "Content-Transfer-Encoding" and v == "{CTE}":
            v = cte
        msg[k] = v
    return msg


def flatten(msg):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=0).flatten(msg)
    return b.getvalue()


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()


# ---------------------------------------------------------------------------------------------
# Mail clients
# ---------------------------------------------------------------------------------------------

def addr(display, address, charset):
    if not display:
        return address
    if all(ord(c) < 128 for c in display):
        return '"%s" <%s>' % (display, address)
    return "%s <%s>" % (ew1(display, charset), address)


def received(m):
    if m.get("sent_copy"):      # a copy from the Sent folder, attached to a forward: never went through a relay
        return []
    host = m["from"][1].split("@")[1]
    mx = {"ukr.net": "fsm1.ukr.net", "i.ua": "mx3.i.ua", "gmail.com": "mail-la0-f43.google.com"}.get(
        host, "mail." + host)
    return [("Return-Path", "<%s>" % m["from"][1]),
            ("Received", "from %s (%s [%s])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (mx, mx, m["ip"], hashlib.md5(m["name"].encode()).hexdigest()[:10].upper(), m.get("to", UVP), m["date"]))]


def build(m, atts):
    """m: mail spec; atts: list of (filename, bytes, ctype). Returns an email.message.Message."""
    c = m["client"]
    cs = m.get("charset", "utf-8")
    body = m.get("body", "")
    subj = ew(m["subject"], {"outlook2003": cs, "outlook2007": cs, "outlook2010": cs, "thebat": cs}.get(c, "utf-8"))
    to = m.get("to", UVP)
    if c.startswith("outlook"):
        n = int(hashlib.md5(m["name"].encode()).hexdigest()[:8], 16)
        b0 = "----=_NextPart_000_%04X_01CD%04X.%08X" % (n % 0x40, n % 0xFFFF, n)
        b1 = "----=_NextPart_001_%04X_01CD%04X.%08X" % (n % 0x40 + 1, n % 0xFFFF, n)
        msg = MIMEMultipart("mixed", boundary=b0)
        if c == "outlook2003":
            msg.attach(textpart(body, cs, "qp"))
        else:
            alt = MIMEMultipart("alternative", boundary=b1)
            del alt["MIME-Version"]
            alt.attach(textpart(body, cs, "qp"))
            alt.attach(textpart(outlook_html(body, cs), cs, "qp", "html"))
            msg.attach(alt)
        style = "ew:" + cs
        for fname, data, ctype in atts:
            msg.attach(attpart(data, ctype, fname, style))
        mailer = {"outlook2003": "Microsoft Office Outlook 11", "outlook2007": "Microsoft Office Outlook 12.0",
                  "outlook2010": "Microsoft Outlook 14.0"}[c]
        hdr = received(m) + [
            ("From", addr(m["from"][0], m["from"][1], cs)), ("To", "<%s>" % to), ("Subject", subj),
            ("Date", m["date"]), ("Message-ID", m["msgid"]), ("MIME-Version", "1.0"), ("Content-Type", "{CT}"),
            ("X-Mailer", mailer), ("Thread-Index", thread_index(m["name"]))]
        if c == "outlook2003":
            hdr.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"))
        else:
            hdr.append(("Content-Language", "uk"))
        return finish(msg, hdr)
    if c == "thunderbird":
        n = int(hashlib.md5(m["name"].encode()).hexdigest()[:12], 16)
        msg = MIMEMultipart("mixed", boundary="------------%024d" % (n % 10 ** 24))
        if body:
            msg.attach(textpart(flow(body), "utf-8", "8bit", flowed=True))
        else:
            p = textpart("\n", "utf-8", "8bit")
            p.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
            p.replace_header("Content-Transfer-Encoding", "7bit")
            msg.attach(p)
        for fname, data, ctype in atts:
            if ctype == "message/rfc822":
                msg.attach(data)
            else:
                msg.attach(attpart(data, ctype, fname, "tb"))
        hdr = received(m) + [
            ("Message-ID", m["msgid"]), ("Date", m["date"]), ("From", addr(m["from"][0], m["from"][1], "utf-8")),
            ("User-Agent", m.get("ua", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121129 Thunderbird/17.0.1")),
            ("MIME-Version", "1.0"), ("To", to), ("Subject", subj), ("Content-Type", "{CT}")]
        return finish(msg, hdr)
    if c == "thebat":
        n = int(hashlib.md5(m["name"].encode()).hexdigest()[:14], 16)
        msg = MIMEMultipart("mixed", boundary="----------%014X" % (n % 16 ** 14))
        msg.attach(textpart(body, cs, "8bit"))
        for fname, data, ctype in atts:
            msg.attach(attpart(data, ctype, fname, "ew:" + cs))
        hdr = received(m) + [
            ("Date", m["date"]), ("From", addr(m["from"][0], m["from"][1], cs)),
            ("X-Mailer", "The Bat! (v4.2.44.2) Professional"), ("Reply-To", addr(m["from"][0], m["from"][1], cs)),
            ("X-Priority", "3 (Normal)"), ("Message-ID", m["msgid"]), ("To", to), ("Subject", subj),
            ("MIME-Version", "1.0"), ("Content-Type", "{CT}")]
        return finish(msg, hdr)
    if c in ("ukrnet", "iua"):
        n = int(hashlib.md5(m["name"].encode()).hexdigest()[:16], 16)
        msg = MIMEMultipart("mixed", boundary="%016x" % n)
        msg.attach(textpart(body, cs, "b64" if c == "ukrnet" else "qp"))
        for fname, data, ctype in atts:
            msg.attach(attpart(data, ctype, fname, "ew:utf-8" if c == "ukrnet" else "2231"))
        hdr = received(m) + [
            ("Date", m["date"]), ("From", addr(m["from"][0], m["from"][1], "utf-8")), ("To", to),
            ("Subject", subj), ("Message-Id", m["msgid"]),
            ("X-Mailer", "FREEMAIL web mail (ukr.net)" if c == "ukrnet" else "I.UA Mail"),
            ("X-Originating-IP", "[%s]" % m["client_ip"]), ("MIME-Version", "1.0"), ("Content-Type", "{CT}")]
        return finish(msg, hdr)
    if c == "gmail":
        n = hashlib.md5(m["name"].encode()).hexdigest()
        msg = MIMEMultipart("mixed", boundary="047d7b" + n[:22])
        alt = MIMEMultipart("alternative", boundary="047d7b" + n[10:32])
        del alt["MIME-Version"]
        alt.attach(textpart(body, "utf-8", "b64"))
        alt.attach(textpart('<div dir="ltr">%s</div>\n' % "<br>".join(escape(l) for l in body.split("\n")),
                            "utf-8", "b64", "html"))
        msg.attach(alt)
        for i, (fname, data, ctype) in enumerate(atts):
            msg.attach(attpart(data, ctype, fname, "gmail:f_h%s%d" % (n[:6], i)))
        hdr = received(m) + [
            ("MIME-Version", "1.0"), ("Received", "by 10.112.%d.%d with HTTP; %s" % (n.count("a"), n.count("b"), m["date"])),
            ("Date", m["date"]), ("Message-ID", m["msgid"]), ("Subject", subj),
            ("From", addr(m["from"][0], m["from"][1], "utf-8")), ("To", to), ("Content-Type", "{CT}")]
        for k in ("Content-Type",):
            pass
        for part in msg.get_payload()[:1]:
            for sub in part.get_payload():
                sub.set_param("charset", "UTF-8")
        return finish(msg, hdr)
    raise ValueError(c)


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

def sentences(text):
    return [s for s in re.split(r"(?<=[.!?;])\s+", norm(text)) if len(s) > 25]


def check_unique_sentences():
    seen = {}
    for m in MAILS:
        for key in {a["letter"] for a in all_atts(m)}:
            for para in LETTERS[key].get("paras", []):
                for s in sentences(para):
                    if s in seen and seen[s] != m["name"]:
                        sys.exit("sentence shared by %s and %s: %s" % (seen[s], m["name"], s))
                    seen[s] = m["name"]
    return len(seen)


def all_atts(m):
    return m.get("atts", []) + (m["inner"].get("atts", []) if m.get("inner") else [])


def check_key(m):
    ms = [i["measure"] for i in m["items"]]
    assert ms == sorted(set(ms)), m["name"]
    assert 16 not in ms and all(1 <= x <= 15 for x in ms), m["name"]
    names = {a["file"] for a in all_atts(m)} | {"body"}
    for i in m["items"]:
        assert i["source"] in names, (m["name"], i)
    d = m["date"]
    if m["period"] == 1:
        assert " 2012 " in d and (" Nov " in d or " Dec " in d), m["name"]
    else:
        assert " 2013 " in d and (" May " in d or " Jun " in d), m["name"]


def make_atts(office, m):
    out = []
    for a in m.get("atts", []):
        data = office.convert(LETTERS[a["letter"]], a["fmt"], a.get("src", "html"))
        out.append((a["file"], data, a["ctype"]))
    return out


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed")
    print("%d distinct report sentences, none shared between mails" % check_unique_sentences())
    for m in MAILS:
        check_key(m)
    tmp = tempfile.mkdtemp(prefix="attached-make-")
    try:
        office = Office(tmp)
        for m in MAILS:
            atts = make_atts(office, m)
            if m.get("inner"):
                inner = build(m["inner"], make_atts(office, m["inner"]))
                part = MIMEMessage(inner)
                del part["MIME-Version"]
                fn = m["inner_file"]
                part.replace_header("Content-Type", 'message/rfc822;\n name="%s"' % ew1(fn, "utf-8"))
                part["Content-Disposition"] = "attachment;\n " + rfc2231("filename", fn)
                atts.append((fn, part, "message/rfc822"))
            msg = build(m, atts)
            with open(os.path.join(HERE, m["name"] + ".eml"), "wb") as f:
                f.write(flatten(msg))
            key = {"class": m["cls"], "executor": m["executor"], "period": m["period"], "late": False,
                   "kind": "report", "reason": None, "note": m["note"], "items": m["items"]}
            with open(os.path.join(HERE, m["name"] + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print("%-28s %6d bytes  items %s" % (m["name"], os.path.getsize(os.path.join(HERE, m["name"] + ".eml")),
                                                 [i["measure"] for i in m["items"]]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    total = sum(os.path.getsize(os.path.join(HERE, f)) for f in os.listdir(HERE))
    print("folder: %d bytes" % total)


def item(measure, source):
    return {"measure": measure, "source": source}


LETTERS = {}
MAILS = []

# === DATA ===

# ----- class pdf_letter ---------------------------------------------------------------------

UVP_TO_1 = ["Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"]
UVP_TO_2 = ["Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
            "Савченку І.М."]
UVP_TO_3 = ["Управління з питань внутрішньої політики облдержадміністрації"]
OGP_SUBJ = "Про виконання плану заходів «Відкритий уряд»"

LETTERS["bakhmach"] = dict(
    head=["УКРАЇНА", "БАХМАЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Соборності, 42, м. Бахмач, 16500, тел./факс (04635) 2-13-47, e-mail: rda-bakhmach@example.gov.ua"],
    no="02-17/2318", date="05.12.2012", to=UVP_TO_1, subj=OGP_SUBJ,
    intro="На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
          "в області, затвердженого заступником голови облдержадміністрації 10 вересня 2012 року, та листа "
          "управління від 16.11.2012 № 05-09/1127 Бахмацька райдержадміністрація інформує.",
    paras=[
        "По пункту 1 Плану. Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог постанови "
        "Кабінету Міністрів України від 04.01.2002 № 3. Протягом жовтня – листопада на сайті розміщено 214 "
        "інформаційних матеріалів, оновлено розділи «Регуляторна діяльність» та «Доступ до публічної інформації». "
        "Відповідальним за наповнення сайту визначено головного спеціаліста відділу організаційної роботи "
        "апарату (розпорядження голови РДА від 24.09.2012 № 311).",
        "По пункту 6 Плану. Розпорядженням голови райдержадміністрації від 18.10.2012 № 347 затверджено "
        "орієнтовний план проведення консультацій з громадськістю на 2013 рік. 22 листопада 2012 року в залі "
        "засідань РДА відбулися публічні громадські слухання щодо проекту районного бюджету на 2013 рік, у яких "
        "взяли участь 46 осіб. Електронні консультації щодо проекту Програми розвитку малого підприємництва "
        "тривали з 1 по 20 листопада, надійшло 7 пропозицій.",
        "По пункту 7 Плану. До складу координаційної ради з питань розвитку підприємництва та районної "
        "комісії з питань евакуації включено трьох членів громадської ради при РДА. Голова громадської ради "
        "Мельник В.І. бере участь у засіданнях координаційної ради з питань протидії туберкульозу та "
        "ВІЛ-інфекції/СНІДу.",
        "По пункту 9 Плану. Члени громадської ради залучались до обговорення проекту розпорядження «Про "
        "затвердження районної програми оздоровлення та відпочинку дітей на 2013 рік»; зауваження ради щодо "
        "збільшення кількості путівок для дітей-сиріт враховано.",
        "По пункту 10 Плану. На засіданні громадської ради при райдержадміністрації 29 жовтня 2012 року "
        "створено робочу групу з питань відкритості та прозорості діяльності органів влади у складі 5 осіб, "
        "керівником групи обрано Ткаченко Л.М.",
    ],
    sign=("Заступник голови райдержадміністрації", "О.М. Гребенюк"),
    exec="Литвиненко Н.О., 2-14-08")

MAILS.append(dict(
    name="pl01_bakhmach", cls="pdf_letter", executor="rda-bakhmach", period=1,
    client="outlook2007", charset="windows-1251", ip="198.51.100.31",
    **{"from": ("Бахмацька РДА", "rda-bakhmach@example.gov.ua")},
    date="Wed, 05 Dec 2012 15:42:11 +0200", msgid="<000c01cdd2f1$4b7e3a20$e27aae60@example.gov.ua>",
    subject="Відкритий уряд - Бахмацька РДА",
    body="Надсилаємо інформацію, лист у вкладенні.\n\n",
    atts=[dict(file="Відкритий уряд_Бахмач.pdf", letter="bakhmach", fmt="pdf", ctype="application/pdf")],
    items=[item(1, "Відкритий уряд_Бахмач.pdf"), item(6, "Відкритий уряд_Бахмач.pdf"),
           item(7, "Відкритий уряд_Бахмач.pdf"), item(9, "Відкритий уряд_Бахмач.pdf"),
           item(10, "Відкритий уряд_Бахмач.pdf")],
    note="Outlook 2007 mail with a one-line body; the report is a PDF letter whose paragraphs are headed "
         "'По пункту N Плану', and the letter also quotes an incoming letter number and order numbers."))


LETTERS["osvita"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "УПРАВЛІННЯ ОСВІТИ І НАУКИ",
          "вул. Шевченка, 34, м. Чернігів, 14013, тел. (0462) 67-50-22, e-mail: osvita@example.gov.ua"],
    no="01-12/4471", date="07.12.2012", to=UVP_TO_2,
    subj="Про хід виконання плану заходів у рамках Ініціативи «Партнерство «Відкритий уряд»",
    intro="Управління освіти і науки облдержадміністрації надає інформацію щодо виконання плану заходів з "
          "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області станом на 01.12.2012.",
    paras=[
        "п. 1 — на офіційному сайті управління щотижня оновлюються новини галузі; у листопаді створено "
        "підрозділ «Публічна інформація», де оприлюднено 38 наказів управління та звіт про використання коштів "
        "на харчування учнів загальноосвітніх шкіл.",
        "п. 2 — до рубрики «Хід виконання цільових програм» на сайті облдержадміністрації передано інформацію про "
        "виконання обласної програми «Шкільний автобус» за 9 місяців 2012 року (придбано 11 автобусів на суму "
        "4,3 млн грн).",
        "п. 6 — проведено консультації з громадськістю у формі круглого столу «Мережа сільських шкіл: оптимізація "
        "чи збереження?» (м. Чернігів, 15.11.2012, 63 учасники, у тому числі представники батьківських комітетів "
        "та обласної організації профспілки працівників освіти).",
        "п. 8 — наказом управління від 02.11.2012 № 512 до складу колегії введено голову комітету з питань освіти, "
        "науки та молодіжної політики Громадської ради при облдержадміністрації Самойленка П.Г.; проект змін до "
        "Положення про управління підготовлено та подано на погодження.",
        "п. 9 — проект обласної програми розвитку позашкільної освіти на 2013–2016 роки направлено членам "
        "громадської ради для обговорення; отримано 4 письмові пропозиції, з них 3 враховано.",
        "п. 12 — громадська експертиза діяльності управління у звітному періоді не проводилась, запитів від "
        "інститутів громадянського суспільства щодо її проведення не надходило.",
    ],
    sign=("Начальник управління", "Н.В. Литвин"),
    exec="Бабенко О.С., 67-50-31")

MAILS.append(dict(
    name="pl02_osvita", cls="pdf_letter", executor="su-osvita", period=1,
    client="thunderbird", ip="198.51.100.44",
    **{"from": ("Управління освіти і науки", "osvita@example.gov.ua")},
    date="Mon, 10 Dec 2012 09:17:45 +0200", msgid="<50C58CB9.7020403@example.gov.ua>",
    subject="інформація Відкритий уряд", body="",
    atts=[dict(file="Інформація_відкритий_уряд_освіта.pdf", letter="osvita", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "Інформація_відкритий_уряд_освіта.pdf") for n in (1, 2, 6, 8, 9, 12)],
    note="Thunderbird mail with an empty body and an RFC 2231 file name; the PDF letter lists items as "
         "'п. N —', and item 12 is an explicit 'nothing was done' answer that still counts."))

LETTERS["korop"] = dict(
    head=["УКРАЇНА", "КОРОПСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Шевченка, 10, смт Короп, 16200, тел. (04656) 2-11-35"],
    no="01-19/1022", date="05.06.2013", to=UVP_TO_3, subj=OGP_SUBJ,
    intro="Коропська районна державна адміністрація повідомляє про виконання у І півріччі 2013 року заходів з "
          "підвищення рівня відкритості та прозорості діяльності виконавчої влади.",
    paras=[
        "1. Відповідно до постанови КМУ № 996 у січні – травні 2013 року проведено 9 консультацій з "
        "громадськістю, з них 6 – у формі публічного громадського обговорення. Найбільший інтерес викликало "
        "обговорення проекту Програми соціально-економічного розвитку району на 2013 рік (смт Короп, 14 лютого, "
        "58 учасників). Звіти про результати консультацій оприлюднено на сайті РДА.",
        "2. Сайт райдержадміністрації приведено у відповідність до вимог спільного наказу Держкомтелерадіо та "
        "Мінекономіки від 25.11.2002 № 327/225: додано розділ «Звернення громадян», налаштовано форму для "
        "електронного запиту на інформацію. За п'ять місяців на сайті опубліковано 27 проектів розпоряджень "
        "голови РДА.",
        "3. Громадська рада при райдержадміністрації на засіданні 21 березня 2013 року утворила комісію з питань "
        "відкритості та прозорості діяльності органів влади, до якої увійшли 4 члени ради. Комісією підготовлено "
        "пропозиції щодо порядку висвітлення роботи сільських рад.",
        "4. Громадська антикорупційна експертиза проекту розпорядження «Про встановлення тарифів на послуги з "
        "вивезення твердих побутових відходів» проведена ГО «Коропська ініціатива»; за її результатами тарифи "
        "переглянуто в бік зменшення на 8 відсотків.",
    ],
    sign=("Голова райдержадміністрації", "В.С. Бойко"),
    exec="Гетьман Л.П., 2-13-71")

MAILS.append(dict(
    name="pl03_korop", cls="pdf_letter", executor="rda-korop", period=2,
    client="thebat", charset="windows-1251", ip="203.0.113.17",
    **{"from": ("Коропська РДА", "rda-korop@example.gov.ua")},
    date="Thu, 06 Jun 2013 11:08:37 +0300", msgid="<1820553174.20130606110837@example.gov.ua>",
    subject="Відкритий уряд І півріччя",
    body="--\nЗ повагою,\nзагальний відділ апарату Коропської РДА\nтел. (04656) 2-11-35\n",
    atts=[dict(file="Короп_відкритий уряд.pdf", letter="korop", fmt="pdf", ctype="application/octet-stream")],
    items=[item(n, "Короп_відкритий уряд.pdf") for n in (1, 6, 10, 12)],
    note="The Bat! mail whose body is only a signature; the PDF letter numbers its paragraphs 1.-4. on its own "
         "(they are plan measures 6, 1, 10 and 12), so the paragraph numbers must not be read as measures."))

LETTERS["kultura"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "УПРАВЛІННЯ КУЛЬТУРИ І ТУРИЗМУ",
          "вул. Магістратська, 7, м. Чернігів, 14000, тел. (0462) 77-44-18"],
    no="03-11/1389", date="10.06.2013", to=UVP_TO_1, subj=None,
    intro="На Ваш лист від 20.05.2013 № 05-09/612 управління культури і туризму облдержадміністрації інформує.",
    paras=[
        "Інформаційне наповнення веб-сторінки управління здійснюється відповідно до вимог законодавства: у березні "
        "2013 року сторінку перенесено на нову платформу, розміщено паспорти бюджетних програм, перелік закладів "
        "культури обласного підпорядкування та графік особистого прийому громадян керівництвом.",
        "У рамках консультацій з громадськістю 16 квітня 2013 року в обласному філармонійному центрі відбулося "
        "публічне обговорення концепції розвитку туристичного маршруту «Чернігів стародавній», у якому взяли "
        "участь 74 представники творчих спілок, музейних працівників та громадських організацій. Пропозиції "
        "учасників узагальнено і направлено робочій групі з розробки маршруту.",
        "Голова комітету з питань культури та духовного відродження Громадської ради при облдержадміністрації "
        "Ярошенко О.Л. за її згодою введена до складу колегії управління (наказ від 14.02.2013 № 41) і взяла "
        "участь у двох засіданнях колегії.",
        "Проект Програми розвитку культури і туризму в Чернігівській області на 2013–2015 роки пройшов громадську "
        "антикорупційну експертизу, проведену Чернігівським громадським комітетом захисту прав людини; висновок "
        "позитивний, корупціогенних чинників не виявлено.",
    ],
    outro="Користуючись нагодою, дякуємо управлінню за проведений у лютому навчальний семінар для працівників, "
          "відповідальних за організацію консультацій з громадськістю.",
    sign=("Начальник управління", "Т.В. Кулик"),
    exec="Марченко І.В., 77-44-26")

MAILS.append(dict(
    name="pl04_kultura", cls="pdf_letter", executor="su-kultura", period=2,
    client="outlook2010", charset="koi8-u", ip="198.51.100.52",
    **{"from": ("Управління культури і туризму", "kultura@example.gov.ua")},
    date="Tue, 11 Jun 2013 14:26:03 +0300", msgid="<001f01ce669a$2c51d8e0$84f58aa0$@example.gov.ua>",
    subject="Інформація на лист N 05-09/612",
    body="Добрий день!\nНадсилаємо інформацію, лист у вкладенні.\n",
    atts=[dict(file="Лист_культура_ВУ.pdf", letter="kultura", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "Лист_культура_ВУ.pdf") for n in (1, 6, 8, 12)],
    note="Outlook 2010 mail in KOI8-U; the PDF letter has no numbers at all, each measure (1, 6, 8, 12) is known "
         "only from what its paragraph says, and a closing thank-you for a seminar is not an item (13)."))


LETTERS["semenivka"] = dict(
    head=["УКРАЇНА", "СЕМЕНІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Червона, 4, м. Семенівка, 15400, тел. (04659) 2-17-62"],
    no="01-08/2711", date="27.11.2012", to=UVP_TO_1,
    subj="Про виконання плану заходів щодо відкритості та прозорості діяльності влади",
    intro="Семенівська райдержадміністрація надає інформацію про хід виконання плану заходів у рамках "
          "реалізації Ініціативи «Партнерство «Відкритий уряд» за вересень – листопад 2012 року.",
    paras=[
        "До пункту 1. На сайті райдержадміністрації створено рубрику «Відкритий уряд», у якій розміщено план "
        "заходів та матеріали засідань громадської ради. Усі проекти регуляторних актів оприлюднюються на сайті "
        "не пізніше ніж за 20 днів до їх прийняття.",
        "До пункту 6. 9 листопада 2012 року проведено громадське обговорення проекту розпорядження «Про "
        "затвердження схеми розміщення тимчасових споруд для торгівлі в м. Семенівка», присутні 31 особа – "
        "підприємці та члени ГО «Семенівське товариство підприємців».",
        "До пункту 7. Заходи у звітному періоді не проводились, склад дорадчих органів РДА буде переглянуто в "
        "І кварталі 2013 року.",
        "До пункту 9. Членів громадської ради залучено до розгляду проекту районної програми «Питна вода» на "
        "2013–2015 роки; засідання ради з цього питання відбулось 15.11.2012, схвалено 2 поправки щодо "
        "водопостачання с. Жадове.",
        "До пункту 10. х",
        "До пункту 12. —",
    ],
    sign=("Перший заступник голови райдержадміністрації", "С.І. Наумець"),
    exec="Виконавець: Козлова Г.А., тел. 2-11-94")

MAILS.append(dict(
    name="pl05_semenivka", cls="pdf_letter", executor="rda-semenivka", period=1,
    client="outlook2003", charset="windows-1251", ip="203.0.113.29",
    **{"from": ("Семенівська РДА", "rda-semenivka@example.gov.ua")},
    date="Wed, 28 Nov 2012 10:51:20 +0200", msgid="<001201cdcd3a$5e2b1c80$0a02a8c0@orgviddil>",
    subject="Відкритий уряд",
    body="Направляємо інформацію щодо виконання плану заходів «Відкритий уряд». Лист у вкладенні.\n\n"
         "З повагою, відділ організаційної роботи апарату Семенівської РДА\n",
    atts=[dict(file="Семенівка ВУ листопад.docx", letter="semenivka", fmt="docx", ctype="application/octet-stream")],
    items=[item(n, "Семенівка ВУ листопад.docx") for n in (1, 6, 7, 9)],
    note="Outlook 2003 mail with the letter as a .docx sent as application/octet-stream; item 7 is an explicit "
         "'nothing was done' answer (listed) while items 10 ('х') and 12 ('—') are placeholders (not listed)."))

LETTERS["zdorovia"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "УПРАВЛІННЯ ОХОРОНИ ЗДОРОВ'Я",
          "вул. Кирпоноса, 14, м. Чернігів, 14000, тел. (0462) 67-46-10"],
    no="07-14/2286", date="28.05.2013", to=UVP_TO_2, subj=OGP_SUBJ,
    intro="Управління охорони здоров'я облдержадміністрації інформує про виконання плану заходів з підвищення "
          "рівня відкритості та прозорості діяльності виконавчої влади в області.",
    paras=[
        "1. У лютому – квітні 2013 року управлінням проведено консультації з громадськістю з питань реформування "
        "первинної медико-санітарної допомоги: 3 зустрічі з жителями Ніжинського, Бахмацького та Козелецького "
        "районів (загалом 212 осіб) і телефонну «пряму лінію» 12 березня.",
        "2. Наказом управління від 11.03.2013 № 214 до складу колегії включено голову комітету з питань охорони "
        "здоров'я та соціального захисту Громадської ради при облдержадміністрації. Зміни до Положення про "
        "управління охорони здоров'я при цьому не потребувались.",
        "3. Веб-сайт управління наповнюється щодня; у травні запроваджено розділ «Ліки за доступними цінами» з "
        "переліком аптек області, що беруть участь у пілотному проекті відшкодування вартості препаратів для "
        "лікування гіпертонії.",
        "4. Проект обласної програми «Здоров'я населення Чернігівщини» на 2013–2017 роки розглянуто на засіданні "
        "громадської ради 23 квітня 2013 року за участю 19 її членів; висловлені пропозиції щодо фінансування "
        "фельдшерсько-акушерських пунктів враховано в доопрацьованій редакції.",
    ],
    sign=("Заступник начальника управління", "І.О. Руденко"),
    exec="Лук'яненко Т.М., 67-46-22")

MAILS.append(dict(
    name="pl06_zdorovia", cls="pdf_letter", executor="su-zdorovia", period=2,
    client="thunderbird", ip="198.51.100.61",
    ua="Mozilla/5.0 (X11; Linux i686; rv:17.0) Gecko/20130510 Thunderbird/17.0.6",
    **{"from": ("", "zdorovia@example.gov.ua")},
    date="Wed, 29 May 2013 16:03:52 +0300", msgid="<51A5FD58.9000806@example.gov.ua>",
    subject="Відкритий уряд - інформація УОЗ",
    body="Надсилаємо інформацію, лист у вкладенні.\n",
    atts=[dict(file="Лист_УВП_травень_2013.odt", letter="zdorovia", fmt="odt",
               ctype="application/vnd.oasis.opendocument.text")],
    items=[item(n, "Лист_УВП_травень_2013.odt") for n in (1, 6, 8, 9)],
    note="Thunderbird mail with an .odt letter numbered 1.-4. by the writer (plan measures 6, 8, 1, 9); the "
         "text also names three districts and quotes an order number, none of which identify the sender."))

LETTERS["ichnia"] = dict(
    head=["УКРАЇНА", "ІЧНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Вишнева, 6, м. Ічня, 16700, тел. (04633) 2-15-09"],
    no="01-21/3390", date="11.12.2012", to=UVP_TO_2,
    subj="О выполнении плана мероприятий «Открытое правительство»",
    intro="Ичнянская райгосадминистрация направляет информацию о ходе выполнения плана мероприятий по повышению "
          "уровня открытости и прозрачности деятельности исполнительной власти в области.",
    paras=[
        "По пункту 1. Официальный сайт райгосадминистрации в ноябре 2012 года переведён на новый хостинг, "
        "обновлены разделы «Руководство», «Обращения граждан» и «Публичная информация». Ежедневно размещается "
        "в среднем 4 новости о жизни района.",
        "По пункту 6. 20 ноября 2012 года в районном Доме культуры проведены публичные слушания по проекту "
        "районного бюджета на 2013 год с участием 52 человек. Кроме того, с 5 по 25 ноября на сайте проходили "
        "электронные консультации по проекту Программы развития физической культуры и спорта.",
        "По пункту 9. Члены общественного совета при райгосадминистрации приняли участие в обсуждении проекта "
        "распоряжения «О мерах по подготовке к зимнему периоду 2012/2013 годов»; их предложение о создании "
        "резерва топлива для школ учтено.",
        "По пункту 12. Общественная экспертиза деятельности райгосадминистрации проводится районной организацией "
        "ветеранов Афганистана согласно распоряжению от 01.11.2012 № 402; анкетирование 300 жителей района уже "
        "завершено, итоговые предложения будут рассмотрены в январе 2013 года.",
    ],
    sign=("Заместитель председателя райгосадминистрации", "А.Н. Гузь"),
    exec="Исп. Шевченко Л.В., 2-13-40")

MAILS.append(dict(
    name="pl07_ichnia_ru", cls="pdf_letter", executor="rda-ichnia", period=1,
    client="outlook2003", charset="koi8-u", ip="203.0.113.38",
    **{"from": ("Ичнянская РГА", "rda-ichnia@example.gov.ua")},
    date="Wed, 12 Dec 2012 12:37:05 +0200", msgid="<000a01cdd85b$1c9e4f40$0a02a8c0@priymalna>",
    subject="Открытое правительство - Ичня",
    body="Направляем информацию о выполнении плана мероприятий. Письмо во вложении.\n",
    atts=[dict(file="Информация Ичня.pdf", letter="ichnia", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "Информация Ичня.pdf") for n in (1, 6, 9, 12)],
    note="Russian-language mail in KOI8-U from Outlook 2003 with a Russian PDF letter under a Ukrainian "
         "letterhead; paragraphs are 'По пункту N', and item 12 reports work in progress (an expertise under way)."))


LETTERS["ekolohiia"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "УПРАВЛІННЯ ЕКОЛОГІЇ ТА ПРИРОДНИХ РЕСУРСІВ",
          "вул. Преображенська, 2, м. Чернігів, 14000, тел. (0462) 67-51-40"],
    no="04-06/1758", date="29.11.2012", to=UVP_TO_1, subj=OGP_SUBJ,
    intro="Управління екології та природних ресурсів облдержадміністрації повідомляє про виконання плану "
          "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.",
    paras=[
        "Пункт 1. На веб-сторінці управління розміщено регіональну доповідь про стан навколишнього природного "
        "середовища за 2011 рік та щомісячну інформацію про видачу дозволів на викиди забруднюючих речовин в "
        "атмосферне повітря (у жовтні – листопаді видано 23 дозволи).",
        "Пункт 2. Для рубрики «Хід виконання цільових програм» підготовлено звіт про виконання Регіональної "
        "програми охорони навколишнього природного середовища на 2012–2015 роки за 9 місяців (освоєно 2,1 млн "
        "грн із запланованих 3,4 млн грн).",
        "Пункт 6. 8 листопада 2012 року проведено громадські слухання щодо оцінки впливу на довкілля будівництва "
        "сміттєпереробного заводу поблизу с. Халявин Чернігівського району, у яких взяли участь 88 мешканців.",
        "Пункт 7. До складу громадської ради з питань екології при управлінні та робочої групи з питань "
        "розширення регіонального ландшафтного парку «Міжрічинський» введено представників ГО «Зелений світ» та "
        "обласного осередку Всеукраїнської екологічної ліги.",
        "Пункт 9. Інформацію буде надано додатково після засідання громадської ради, запланованого на 18 грудня "
        "2012 року.",
        "Пункт 12. Громадських експертиз діяльності управління у звітному періоді не проводилось.",
    ],
    sign=("Начальник управління", "В.В. Ковтун"),
    exec="Семенюк О.П., 67-51-47")

MAILS.append(dict(
    name="pl08_ekolohiia", cls="pdf_letter", executor="su-ekolohiia", period=1,
    client="outlook2010", charset="windows-1251", ip="198.51.100.70",
    **{"from": ("Управління екології", "ekolohiia@example.gov.ua")},
    date="Fri, 30 Nov 2012 11:20:49 +0200", msgid="<003401cdcee6$6f1a2b30$4d4e8190$@example.gov.ua>",
    subject="Про виконання плану заходів Відкритий уряд",
    body="Доброго дня.\nНадсилаємо інформацію на виконання плану заходів «Відкритий уряд».\n\nЗ повагою\n",
    atts=[dict(file="Відкритий уряд екологія.doc", letter="ekolohiia", fmt="doc", ctype="application/msword")],
    items=[item(n, "Відкритий уряд екологія.doc") for n in (1, 2, 6, 7, 12)],
    note="Outlook 2010 mail with the letter as a Word 97 .doc; 'Пункт 9' only promises information later (not an "
         "item) while 'Пункт 12' says no expertise was held (an item); the text names a village of Chernihiv district."))

LETTERS["talalaivka"] = dict(
    head=["ТАЛАЛАЇВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Леніна, 11, смт Талалаївка, 17200, тел. (04634) 2-15-73"],
    no="01-26/877", date="03.06.2013", to=UVP_TO_1, subj=OGP_SUBJ,
    intro="Талалаївська райдержадміністрація інформує про виконання плану заходів у рамках Ініціативи "
          "«Партнерство «Відкритий уряд» у січні – травні 2013 року.",
    paras=[
        "По п. 1 плану. Сайт райдержадміністрації працює в режимі щоденного оновлення; у квітні 2013 року на "
        "ньому відкрито розділ «Бюджет району» з помісячною інформацією про виконання доходної частини. За "
        "січень – травень кількість переглядів сайту склала 9,6 тис.",
        "По п. 7 плану. Розпорядженням голови РДА від 12.02.2013 № 38 оновлено склад районної комісії з питань "
        "безпечної життєдіяльності населення, до якої увійшли голова районної організації Товариства Червоного "
        "Хреста та член громадської ради Костенко А.В.",
        "Члени громадської ради взяли участь в обговоренні проекту розпорядження про затвердження районної "
        "програми підтримки сім'ї на 2013–2015 роки: 17 квітня 2013 року на розширеному засіданні ради розглянуто "
        "проект і надано 6 пропозицій, усі їх враховано.",
        "Громадська організація «Талалаївська громада» провела громадську експертизу діяльності відділу ведення "
        "Державного реєстру виборців; за її результатами розпорядженням від 20.05.2013 № 141 затверджено план "
        "заходів з реалізації пропозицій, зокрема подовжено години прийому громадян.",
    ],
    sign=("Керівник апарату райдержадміністрації", "Г.М. Прокопенко"),
    exec="Виконавець Савчук Н.П., тел. (04634) 2-15-73")

MAILS.append(dict(
    name="pl09_talalaivka_ukrnet", cls="pdf_letter", executor="rda-talalaivka", period=2,
    client="ukrnet", ip="192.0.2.15", client_ip="203.0.113.91",
    **{"from": ("Наталія Савчук", "natalka.savchuk77@ukr.net")},
    date="Mon, 03 Jun 2013 17:44:30 +0300", msgid="<1370270670.481263.9d3f@frv22.fwdcdn.com>",
    subject="ВУ", body="",
    atts=[dict(file="Талалаївка_ВУ_червень.pdf", letter="talalaivka", fmt="pdf", src="fodt",
               ctype="application/pdf")],
    items=[item(n, "Талалаївка_ВУ_червень.pdf") for n in (1, 7, 9, 12)],
    note="Sent from a private ukr.net address with an empty body, so the office is known only from the PDF "
         "letterhead (made from flat ODT); two paragraphs say 'По п. N', the other two (9 and 12) carry no number."))

LETTERS["sluzhba"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "СЛУЖБА У СПРАВАХ ДІТЕЙ",
          "просп. Миру, 43, м. Чернігів, 14000, тел. (0462) 67-55-10"],
    no="01-20/964", date="12.06.2013", to=UVP_TO_2, subj=OGP_SUBJ,
    intro="Служба у справах дітей облдержадміністрації надає інформацію про виконання плану заходів з "
          "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області в І півріччі 2013 року.",
    paras=[
        "Щодо п. 1. На офіційній веб-сторінці служби розміщено банк даних дітей-сиріт, які можуть бути "
        "усиновлені (без персональних даних), та покрокову інструкцію щодо створення прийомної сім'ї. У травні "
        "2013 року сторінку доповнено розділом «Запитання та відповіді».",
        "Щодо п. 6. 30 травня 2013 року проведено консультації з громадськістю у формі «круглого столу» щодо "
        "проекту обласної програми «Діти Чернігівщини» на 2013–2016 роки за участю 27 представників "
        "благодійних фондів, ГО «Батьківська ініціатива» та опікунів.",
        "Щодо п. 7. До складу обласної координаційної ради з питань сімейних форм виховання дітей-сиріт "
        "включено представника обласного відділення Українського фонду «Благополуччя дітей».",
        "Щодо п. 9. Проект розпорядження голови облдержадміністрації «Про організацію оздоровлення дітей "
        "пільгових категорій влітку 2013 року» надавався для ознайомлення членам Громадської ради; пропозицій "
        "від них не надійшло.",
    ],
    sign=("Начальник служби", "О.А. Бакун"),
    exec="Ромась В.І., 67-55-14")

MAILS.append(dict(
    name="pl10_sluzhba_ditei", cls="pdf_letter", executor="su-sluzhba-ditei", period=2,
    client="outlook2007", charset="windows-1251", ip="198.51.100.83",
    **{"from": ("ССД ОДА", "sluzhba-ditei@example.gov.ua")},
    date="Thu, 13 Jun 2013 09:12:58 +0300", msgid="<000001ce6800$9b2f4a10$d18dde30$@example.gov.ua>",
    subject="інформація",
    body="З повагою,\nСлужба у справах дітей облдержадміністрації\nтел. 67-55-10\n",
    atts=[dict(file="Відкритий уряд_ССД.pdf", letter="sluzhba", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "Відкритий уряд_ССД.pdf") for n in (1, 6, 7, 9)],
    note="Outlook 2007 mail with a bare subject 'інформація' and only a signature in the body; the PDF letter "
         "reports measures 1, 6, 7, 9 as 'Щодо п. N'."))


# ----- class covering -----------------------------------------------------------------------

LETTERS["nosivka"] = dict(
    title=["ІНФОРМАЦІЯ", "Носівської районної державної адміністрації про хід виконання плану заходів з "
           "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області",
           "(станом на 01.12.2012)"],
    paras=[
        "П. 1. Офіційний веб-сайт Носівської РДА наповнюється згідно з Порядком оприлюднення у мережі Інтернет "
        "інформації про діяльність органів виконавчої влади; з вересня на ньому розміщено 9 проектів регуляторних "
        "актів та 56 розпоряджень голови РДА. Для 23 сільських і селищної рад на сайті відкрито окремі сторінки.",
        "П. 6. У жовтні – листопаді 2012 року проведено 4 консультації з громадськістю, у тому числі громадське "
        "обговорення проекту Програми розвитку освіти Носівського району на 2013–2016 роки (с. Лосинівка, "
        "25.10.2012, 40 учасників).",
        "П. 7. Голова громадської ради при РДА Шевчук О.П. та два члени ради включені до складу районної комісії "
        "з питань техногенно-екологічної безпеки і надзвичайних ситуацій (розпорядження від 05.11.2012 № 298).",
        "П. 10. На виконання рекомендації райдержадміністрації громадська рада 14 листопада 2012 року утворила "
        "робочу групу з питань відкритості та прозорості діяльності органів влади (голова групи — Лозовий І.К.).",
    ],
    sign=("Начальник відділу організаційної роботи апарату РДА", "Т.М. Дорошенко"))

MAILS.append(dict(
    name="cv01_nosivka_body", cls="covering", executor="rda-nosivka", period=1,
    client="outlook2003", charset="windows-1251", ip="203.0.113.46",
    **{"from": ("Носівська РДА", "rda-nosivka@example.gov.ua")},
    date="Mon, 03 Dec 2012 14:05:33 +0200", msgid="<000801cdd156$2fa08c60$0a02a8c0@zagviddil>",
    subject="Інформація Носівської РДА",
    body="Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "Носівська районна державна адміністрація на виконання плану заходів з підвищення рівня відкритості "
         "та прозорості діяльності виконавчої влади в області надсилає інформацію станом на 01.12.2012 "
         "(додається на 2 арк.).\n\n"
         "Заступник голови райдержадміністрації                    Ю.В. Кривошея\n\n"
         "Вик. Дорошенко Т.М., 2-19-45\n",
    atts=[dict(file="Інформація_Носівка.pdf", letter="nosivka", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "Інформація_Носівка.pdf") for n in (1, 6, 7, 10)],
    note="The covering letter is typed into the Outlook 2003 body (it names the office and reports nothing); the "
         "report is an untitled 'ІНФОРМАЦІЯ' PDF with 'П. N.' paragraphs, and paragraph 7 mentions a commission."))

LETTERS["sotszakhyst_cover"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "УПРАВЛІННЯ ПРАЦІ ТА СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
          "вул. Комсомольська, 29, м. Чернігів, 14000, тел. (0462) 67-52-90"],
    no="06-18/5930", date="10.12.2012", to=UVP_TO_1, subj="Про надання інформації",
    intro="Управління праці та соціального захисту населення облдержадміністрації надсилає інформацію про "
          "виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
          "області у рамках реалізації Ініціативи «Партнерство «Відкритий уряд».",
    enc="Додаток: на 2 арк. в 1 прим.",
    sign=("Начальник управління", "Л.О. Пилипенко"),
    exec="Тарасенко Ю.В., 67-52-94")

LETTERS["sotszakhyst"] = dict(
    title=["ІНФОРМАЦІЯ", "управління праці та соціального захисту населення облдержадміністрації про виконання "
           "плану заходів у рамках Ініціативи «Партнерство «Відкритий уряд»"],
    paras=[
        "Пункт 1. На веб-сайті управління розміщено роз'яснення щодо призначення державної допомоги сім'ям з "
        "дітьми, які щомісяця переглядають понад 3 тис. користувачів; запроваджено електронну приймальню, через "
        "яку у ІІ півріччі 2012 року надійшло 64 звернення.",
        "Пункт 2. Для рубрики «Хід виконання цільових програм» щокварталу подається інформація про виконання "
        "обласної програми «Турбота» та програми підтримки ветеранів війни «Ветеран» на 2011–2015 роки.",
        "Пункт 6. 27 листопада 2012 року проведено консультації з громадськістю щодо проекту обласної програми "
        "зайнятості населення на 2013–2017 роки за участю представників профспілок, роботодавців та обласного "
        "центру зайнятості (35 осіб).",
        "Пункт 7. Представники обласних організацій ветеранів, інвалідів та Союзу «Чорнобиль» України включені до "
        "складу обласної координаційної ради у справах ветеранів та обласного комітету з питань охорони праці.",
        "Пункт 9. Проект розпорядження голови облдержадміністрації «Про затвердження Порядку надання одноразової "
        "матеріальної допомоги малозабезпеченим громадянам» розглянуто комітетом з соціальних питань громадської "
        "ради при облдержадміністрації, який рекомендував підвищити граничний розмір допомоги до 1000 гривень.",
    ],
    sign=("Заступник начальника управління", "Г.П. Мороз"))

MAILS.append(dict(
    name="cv02_sotszakhyst_2att", cls="covering", executor="su-sotszakhyst", period=1,
    client="outlook2007", charset="windows-1251", ip="198.51.100.95",
    **{"from": ("Соцзахист ОДА", "sotszakhyst@example.gov.ua")},
    date="Tue, 11 Dec 2012 16:30:14 +0200", msgid="<002101cdd7c4$0a4e7c60$1eeb7520$@example.gov.ua>",
    subject="Супровідний лист та інформація (Відкритий уряд)",
    body="Доброго дня! Надсилаємо супровідний лист та інформацію.\n--\nВідділ організаційно-кадрової роботи\n"
         "Управління праці та соціального захисту населення ОДА\n",
    atts=[dict(file="Супровідний лист.doc", letter="sotszakhyst_cover", fmt="doc", ctype="application/msword"),
          dict(file="Інформація Відкритий уряд.docx", letter="sotszakhyst", fmt="docx",
               ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
    items=[item(n, "Інформація Відкритий уряд.docx") for n in (1, 2, 6, 7, 9)],
    note="Two attachments: a .doc covering letter that reports nothing and the report itself as a .docx with "
         "'Пункт N.' paragraphs; every item comes from the .docx."))


LETTERS["horodnia"] = dict(
    head=["УКРАЇНА", "ГОРОДНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Шевченка, 37, м. Городня, 15100, тел. (04645) 2-14-52"],
    no="01-14/1561", date="07.06.2013", to=UVP_TO_1, subj=OGP_SUBJ,
    intro="Городнянська районна державна адміністрація інформує про виконання плану заходів з підвищення рівня "
          "відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.",
    paras=[
        "По пункту 1. З 1 квітня 2013 року сайт райдержадміністрації працює на новій адресі, структуру сайту "
        "узгоджено з вимогами Закону України «Про доступ до публічної інформації». Щомісяця оприлюднюється звіт "
        "про розгляд запитів на інформацію (за 5 місяців надійшло 17 запитів).",
        "По пункту 6. У квітні 2013 року проведено громадське обговорення проекту розпорядження про впорядкування "
        "мережі автобусних маршрутів району у формі зборів у селах Тупичів, Хоробичі та Дібрівне, загалом 137 "
        "учасників. За результатами обговорення збережено рейс Городня – Ваганичі.",
        "По пункту 9. Члени громадської ради при РДА брали участь у розгляді проекту районної програми розвитку "
        "сільського господарства на 2013–2015 роки; на засіданні 14 травня 2013 року рада рекомендувала "
        "передбачити кошти на підтримку сімейних фермерських господарств.",
        "По пункту 12. Громадська рада провела громадську антикорупційну експертизу проекту розпорядження «Про "
        "порядок надання в оренду майна спільної власності територіальних громад району»; надіслано 3 "
        "зауваження, проект доопрацьовано.",
    ],
    sign=("Голова райдержадміністрації", "М.І. Шаповал"),
    exec="Литвин О.В., 2-13-08")

MAILS.append(dict(
    name="cv03_horodnia_fwd_ukrnet", cls="covering", executor="rda-horodnia", period=2,
    client="ukrnet", ip="192.0.2.15", client_ip="203.0.113.54",
    **{"from": ("Оксана Литвин", "oksana.lytvyn78@ukr.net")},
    date="Mon, 10 Jun 2013 08:52:19 +0300", msgid="<1370843539.715302.1c44@frv31.fwdcdn.com>",
    subject="Fwd: Інформація щодо плану Відкритий уряд",
    body="Доброго дня, пересилаю, бо з робочої скриньки лист повернувся.\nОксана\n\n"
         "--- Оригінальне повідомлення ---\n"
         "Від кого: \"Городнянська РДА\" <rda-horodnia@example.gov.ua>\n"
         "Кому: uvp@cg.ukrtel.net\n"
         "Дата: 7 червня 2013, 16:42:10\n"
         "Тема: Інформація щодо плану Відкритий уряд\n\n"
         "Надсилаємо інформацію про виконання плану заходів. Лист у вкладенні.\n",
    atts=[dict(file="Городня_ВУ_І півріччя.pdf", letter="horodnia", fmt="pdf", ctype="application/octet-stream")],
    items=[item(n, "Городня_ВУ_І півріччя.pdf") for n in (1, 6, 9, 12)],
    note="A secretary forwards the office's bounced mail from her private ukr.net box; the original sender in the "
         "quoted header is the registered address of Городнянська РДА, and the report is the forwarded PDF letter."))

LETTERS["pryluky"] = dict(
    head=["УКРАЇНА", "ПРИЛУЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Незалежності, 78, м. Прилуки, 17500, тел. (04637) 3-04-21"],
    no="02-11/3127", date="12.12.2012", to=UVP_TO_3, subj=OGP_SUBJ,
    intro="Прилуцька районна державна адміністрація надає інформацію про виконання плану заходів з підвищення "
          "рівня відкритості та прозорості діяльності виконавчої влади в області.",
    paras=[
        "п. 1 – на сайті РДА запроваджено рубрику «Громадська рада» та розділ для оприлюднення відповідей на "
        "запити на публічну інформацію; працівник, відповідальний за ведення сайту, у жовтні 2012 року пройшов "
        "короткотермінові курси підвищення кваліфікації з питань веб-адміністрування.",
        "п. 6 – 15 листопада 2012 року в смт Ладан проведено публічне громадське обговорення проекту Програми "
        "соціально-економічного та культурного розвитку Прилуцького району на 2013 рік (64 учасники); пропозиції "
        "щодо ремонту доріг включено до програми.",
        "п. 7 – у засіданнях районної ради з питань сім'ї, гендерної рівності та протидії торгівлі людьми беруть "
        "участь 2 представники громадських організацій; до складу адміністративної комісії введено члена "
        "громадської ради Гордієнка В.М.",
        "п. 9 – члени громадської ради розглянули проект розпорядження голови РДА «Про заходи щодо поліпшення "
        "стану благоустрою населених пунктів району» та рекомендували щоквартально звітувати про виконання робіт.",
    ],
    sign=("Перший заступник голови райдержадміністрації", "А.В. Ігнатенко"),
    exec="Кушнір І.О., 3-05-16")

MAILS.append(dict(
    name="cv04_pryluky_gmail_ru", cls="covering", executor="rda-pryluky", period=1,
    client="gmail", ip="192.0.2.40",
    **{"from": ("Іванна Кушнір", "ivanna.kushnir.81@gmail.com")},
    date="Thu, 13 Dec 2012 10:27:41 +0200", msgid="<CAKx7pQ3vT9aE1mN0uWfR2hJ8cY4dLs6oB5gZ@mail.gmail.com>",
    subject="информация",
    body="Добрый день! Информация во вложении.\n",
    atts=[dict(file="info_OG.pdf", letter="pryluky", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "info_OG.pdf") for n in (1, 6, 7, 9)],
    note="The office writes from a private gmail address with a one-line Russian body and an ASCII file name; "
         "only the PDF letterhead and signature show it is Прилуцька РДА."))

LETTERS["apk"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ГОЛОВНЕ УПРАВЛІННЯ АГРОПРОМИСЛОВОГО РОЗВИТКУ",
          "вул. Мстиславська, 9, м. Чернігів, 14000, тел. (0462) 67-58-03"],
    no="09-03/2044", date="07.06.2013", to=UVP_TO_1,
    subj="Про виконання плану заходів «Відкритий уряд» (уточнена інформація)",
    intro="Головне управління агропромислового розвитку облдержадміністрації надає уточнену інформацію про "
          "виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
          "області. Інформацію, надіслану листом від 05.06.2013 № 09-03/2011, просимо не враховувати.",
    paras=[
        "Щодо пункту 1 Плану. Веб-сторінка головного управління на сайті облдержадміністрації щотижня "
        "доповнюється даними про хід весняно-польових робіт, цінову ситуацію на продовольчих ринках та порядок "
        "отримання державної підтримки; у травні 2013 року розміщено 31 матеріал.",
        "Щодо пункту 2 Плану. Для рубрики «Хід виконання цільових програм» надано звіт про виконання Програми "
        "розвитку сільськогосподарського виробництва в особистих селянських господарствах на 2013–2015 роки: за "
        "І квартал 2013 року з обласного бюджету виплачено 240 тис. грн компенсації за придбану худобу.",
        "Щодо пункту 6 Плану. 24 квітня 2013 року проведено консультації з громадськістю у формі засідання "
        "«круглого столу» з питань розвитку сільськогосподарської обслуговуючої кооперації, участь взяли 41 "
        "особа, серед них голови 12 кооперативів.",
        "Щодо пункту 8 Плану. Голова комітету з питань аграрної політики та земельних відносин Громадської ради "
        "при облдержадміністрації Бондар С.П. у березні 2013 року введений до складу колегії головного "
        "управління; відповідні зміни до Положення про головне управління затверджено розпорядженням голови "
        "облдержадміністрації від 18.03.2013 № 112.",
        "Щодо пункту 9 Плану. Проект обласної програми розвитку виробництва органічної продукції на 2013–2016 "
        "роки розіслано членам громадської ради, їхні пропозиції щодо сертифікації продукції враховано.",
    ],
    sign=("Заступник начальника головного управління", "П.М. Дорош"),
    exec="Ярмак С.Л., 67-58-17")

MAILS.append(dict(
    name="cv05_apk_corrected", cls="covering", executor="su-apk", period=2,
    client="outlook2010", charset="windows-1251", ip="198.51.100.104",
    **{"from": ("ГУАПР ОДА", "apk@example.gov.ua")},
    date="Fri, 07 Jun 2013 15:18:26 +0300", msgid="<004b01ce6381$d2a1e6b0$77e5b410$@example.gov.ua>",
    subject="Уточнена інформація - Відкритий уряд",
    body="Уточнена інформація про виконання плану заходів «Відкритий уряд». Попередню, надіслану 05.06.2013, "
         "просимо не враховувати.\n\nГоловне управління агропромислового розвитку облдержадміністрації\n"
         "відділ кадрової роботи\n",
    atts=[dict(file="Інформація_ВУ_уточнена.docx", letter="apk", fmt="docx",
               ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
    items=[item(n, "Інформація_ВУ_уточнена.docx") for n in (1, 2, 6, 8, 9)],
    note="A corrected report ('уточнена інформація, попередню просимо не враховувати') with a covering note in "
         "the body; it is still a full report and yields its items from the .docx."))

LETTERS["sribne_cover"] = dict(
    head=["УКРАЇНА", "СРІБНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Миру, 1, смт Срібне, 17300, тел. (04639) 2-13-35"],
    no="01-15/702", date="23.05.2013", to=UVP_TO_2, subj="Про надання інформації",
    intro="Надсилаємо інформацію Срібнянської райдержадміністрації про хід виконання плану заходів з "
          "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.",
    enc="Додаток: на 1 арк.",
    sign=("Голова райдержадміністрації", "Ю.М. Костюк"),
    exec="Тищенко Р.А., 2-18-90")

LETTERS["sribne"] = dict(
    title=["ІНФОРМАЦІЯ", "про хід виконання плану заходів з підвищення рівня відкритості та прозорості "
           "діяльності виконавчої влади в області (Срібнянська райдержадміністрація)"],
    paras=[
        "По п. 1 Плану – на офіційному сайті РДА оновлено розділ «Регуляторна політика», додано план-графік "
        "відстеження результативності регуляторних актів на 2013 рік; за звітний період оприлюднено 12 проектів "
        "рішень.",
        "По п. 6 Плану – у березні – травні 2013 року проведено 3 консультації з громадськістю, зокрема громадське "
        "обговорення питання реорганізації Срібнянської центральної районної лікарні (смт Срібне, 19.03.2013, "
        "96 учасників).",
        "По п. 10 Плану – громадська рада при РДА утворила комісію з питань відкритості та прозорості діяльності "
        "органів влади, положення про комісію затверджено на засіданні ради 28.02.2013.",
        "По п. 13 Плану – заступник голови РДА з гуманітарних питань та головний спеціаліст відділу "
        "організаційної роботи взяли участь у навчальному семінарі щодо використання інструментів політики "
        "сприяння розвитку громадянського суспільства 21 лютого 2013 року в м. Чернігові.",
    ],
    sign=("Керівник апарату райдержадміністрації", "Л.В. Руденок"))

MAILS.append(dict(
    name="cv06_sribne_2pdf_m13", cls="covering", executor="rda-sribne", period=2,
    client="thunderbird", ip="203.0.113.63",
    **{"from": ("Срібнянська РДА", "rda-sribne@example.gov.ua")},
    date="Fri, 24 May 2013 11:39:02 +0300", msgid="<519F2656.3050609@example.gov.ua>",
    subject="Срібнянська РДА - інформація Відкритий уряд",
    body="Надсилаємо супровідний лист та інформацію.\n",
    atts=[dict(file="Супровідний_Срібне.pdf", letter="sribne_cover", fmt="pdf", ctype="application/pdf"),
          dict(file="Інформація ВУ Срібне.pdf", letter="sribne", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "Інформація ВУ Срібне.pdf") for n in (1, 6, 10, 13)],
    note="Two PDFs: a covering letter that reports nothing and the report; the report includes 'По п. 13 Плану' "
         "(a seminar), a measure the district is not listed for in plan.toml, which is still an item."))


LETTERS["finansy"] = dict(
    head=["ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ГОЛОВНЕ ФІНАНСОВЕ УПРАВЛІННЯ",
          "вул. Шевченка, 7, м. Чернігів, 14000, тел. (0462) 67-47-55"],
    no="05-07/3318", date="06.12.2012", to=UVP_TO_1, subj=OGP_SUBJ,
    paras=[
        "Пункт 1. На веб-сторінці головного фінансового управління щомісяця оприлюднюються дані про виконання "
        "зведеного бюджету області та рішення про внесення змін до обласного бюджету; у листопаді 2012 року "
        "розміщено «Бюджет для громадян» — спрощене пояснення проекту обласного бюджету на 2013 рік.",
        "Пункт 2. Рубрику «Виконання місцевих бюджетів Чернігівської області» на сайті облдержадміністрації "
        "створено, управління наповнює її щомісяця до 20 числа; станом на 01.12.2012 у ній розміщено звіти за "
        "січень – жовтень.",
        "Пункти 6 і 9. Проект обласного бюджету на 2013 рік 29 листопада 2012 року винесено на публічне "
        "громадське обговорення у формі відкритого засідання за участю членів Громадської ради при "
        "облдержадміністрації, представників районів та ЗМІ (57 осіб); за його підсумками члени громадської "
        "ради подали 5 пропозицій, 2 з яких враховано у проекті рішення обласної ради.",
        "Пункт 12. Запитів інститутів громадянського суспільства на проведення громадської експертизи діяльності "
        "управління не надходило.",
    ],
    sign=("Заступник начальника управління", "О.Г. Сич"),
    exec="Гребінь А.М., 67-47-60")

MAILS.append(dict(
    name="cv07_finansy_6and9", cls="covering", executor="su-finansy", period=1,
    client="thunderbird", ip="198.51.100.112",
    **{"from": ("Головне фінансове управління", "finansy@example.gov.ua")},
    date="Thu, 06 Dec 2012 17:02:36 +0200", msgid="<50C0B39C.6010702@example.gov.ua>",
    subject="Відкритий уряд - ГФУ",
    body="Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "Головне фінансове управління облдержадміністрації надсилає інформацію щодо виконання Плану заходів з "
         "підвищення рівня відкритості та прозорості діяльності виконавчої влади. Інформація у вкладенні.\n\n"
         "Заступник начальника управління О.Г. Сич\n",
    atts=[dict(file="Відкритий уряд_ГФУ.pdf", letter="finansy", fmt="pdf", ctype="application/pdf")],
    items=[item(n, "Відкритий уряд_ГФУ.pdf") for n in (1, 2, 6, 9, 12)],
    note="Covering text in a Thunderbird body naming the office and the addressee; in the PDF one paragraph "
         "('Пункти 6 і 9') covers two measures at once, so both 6 and 9 are items."))

LETTERS["kozelets_cover"] = dict(
    head=["УКРАЇНА", "КОЗЕЛЕЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Соборності, 20, смт Козелець, 17000, тел. (04646) 2-11-78"],
    no="01-17/1873", date="30.05.2013", to=UVP_TO_1, subj="Про надання інформації",
    intro="На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
          "області надсилаємо відповідну інформацію Козелецької райдержадміністрації за І півріччя 2013 року.",
    enc="Додаток: на 1 арк. в 1 прим.",
    sign=("Заступник голови райдержадміністрації", "Н.П. Кравець"),
    exec="Кравець Т.С., 2-12-41")

LETTERS["kozelets"] = dict(
    title=["ІНФОРМАЦІЯ", "Козелецької районної державної адміністрації про виконання плану заходів у рамках "
           "Ініціативи «Партнерство «Відкритий уряд»"],
    paras=[
        "1. Сайт Козелецької РДА доповнено сторінкою «Антикорупційна політика» та банером «Відкритий уряд» з "
        "посиланням на урядовий портал; за січень – травень 2013 року оприлюднено 19 проектів регуляторних актів "
        "і звітів про їх відстеження.",
        "6. Проведено громадське обговорення проекту Програми благоустрою смт Козелець на 2013–2014 роки "
        "(12.03.2013, 49 учасників) та електронні консультації щодо порядку використання коштів районного фонду "
        "охорони навколишнього природного середовища (надійшло 11 пропозицій).",
        "7. Представника ГО «Козелецьке земляцтво» та двох членів громадської ради включено до складу районної "
        "ради з питань розвитку туризму, яка у звітному періоді збиралася двічі.",
        "12. Громадською радою при РДА проведено громадську експертизу діяльності управління праці та "
        "соціального захисту населення райдержадміністрації щодо своєчасності призначення субсидій; "
        "розпорядженням голови РДА від 16.05.2013 № 187 затверджено заходи з реалізації пропозицій експертизи.",
    ],
    sign=("Начальник відділу організаційної роботи апарату РДА", "О.М. Шкурко"))

MAILS.append(dict(
    name="cv08_kozelets_iua_2att", cls="covering", executor="rda-kozelets", period=2,
    client="iua", charset="utf-8", ip="192.0.2.77", client_ip="203.0.113.70",
    **{"from": ("Тетяна Кравець", "tanya_kravets@i.ua")},
    date="Fri, 31 May 2013 13:47:55 +0300", msgid="<1370000875.5a2b.3f1c@i.ua>",
    subject="лист та інформація",
    body="Добрий день! Надсилаю лист та інформацію.\nТетяна\n",
    atts=[dict(file="супровідний.pdf", letter="kozelets_cover", fmt="pdf", ctype="application/pdf"),
          dict(file="Інформація_ВУ.odt", letter="kozelets", fmt="odt",
               ctype="application/vnd.oasis.opendocument.text")],
    items=[item(n, "Інформація_ВУ.odt") for n in (1, 6, 7, 12)],
    note="From a private i.ua address with a body that names no office; a PDF covering letter identifies "
         "Козелецька РДА, the .odt report numbers paragraphs 1, 6, 7, 12 by plan measure, and paragraph 12 names "
         "a district unit whose name looks like an oblast unit's alias."))

LETTERS["arkhiv"] = dict(
    head=["ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Шевченка, 2а, м. Чернігів, 14000, тел. (0462) 67-71-02"],
    no="01-09/611", date="03.06.2013", to=UVP_TO_1, subj=OGP_SUBJ,
    intro="Державний архів Чернігівської області інформує про виконання плану заходів з підвищення рівня "
          "відкритості та прозорості діяльності виконавчої влади в області.",
    paras=[
        "п. 1. На сайті Державного архіву області розміщено довідник фондів установи, графік роботи читального "
        "залу та перелік платних послуг; у квітні 2013 року відкрито віртуальну виставку «Чернігівщина в роки "
        "Другої світової війни» (понад 200 документів).",
        "п. 6. 18 квітня 2013 року проведено консультації з громадськістю щодо проекту Програми збереження "
        "документів Національного архівного фонду на 2013–2017 роки; участь взяли краєзнавці, науковці "
        "педагогічного університету та представники ГО «Сіверянський літопис».",
        "п. 7. До складу експертно-перевірної комісії Державного архіву області введено голову обласної "
        "організації Національної спілки краєзнавців України.",
        "п. 8. Голова комітету з гуманітарних питань Громадської ради при облдержадміністрації (за згодою) "
        "включений до складу колегії Держархіву наказом від 22.01.2013 № 9; зміни до Положення про архів "
        "внесено.",
    ],
    sign=("Директор", "С.В. Гончар"),
    exec="Мазур Л.І., 67-71-15")

MAILS.append(dict(
    name="cv09_arkhiv_ru_body", cls="covering", executor="su-arkhiv", period=2,
    client="thebat", charset="koi8-u", ip="198.51.100.120",
    **{"from": ("Госархив", "arkhiv@example.gov.ua")},
    date="Tue, 04 Jun 2013 10:15:47 +0300", msgid="<703118265.20130604101547@example.gov.ua>",
    subject="Информация по плану Открытое правительство",
    body="Здравствуйте!\n\nГосударственный архив Черниговской области направляет информацию о выполнении плана "
         "мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области. "
         "Отчёт во вложении.\n\n--\nС уважением,\nобщий отдел Госархива\n",
    atts=[dict(file="Інформація_Держархів.doc", letter="arkhiv", fmt="doc", ctype="application/msword")],
    items=[item(n, "Інформація_Держархів.doc") for n in (1, 6, 7, 8)],
    note="The Bat! mail with a Russian covering text in KOI8-U naming the archive; the Ukrainian report is a "
         ".doc letter with 'п. N.' paragraphs, the file name encoded RFC 2047 in KOI8-U."))

LETTERS["mena"] = dict(
    head=["УКРАЇНА", "МЕНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
          "вул. Титаренка, 7, м. Мена, 15600, тел. (04644) 2-14-43"],
    no="01-16/2609", date="13.12.2012", to=UVP_TO_2, subj=OGP_SUBJ,
    intro="Менська районна державна адміністрація інформує про хід виконання плану заходів з підвищення рівня "
          "відкритості та прозорості діяльності виконавчої влади в області.",
    paras=[
        "Відповідно до п. 1 Плану на сайті райдержадміністрації щоденно оновлюється стрічка новин, створено "
        "розділи «Вибори народних депутатів України 2012» та «Громадська рада»; у листопаді сайт перевірено "
        "сектором інформаційно-комп'ютерного забезпечення на відповідність вимогам законодавства, недоліки усунуто.",
        "На виконання п. 6 Плану 30 жовтня 2012 року проведено публічні слухання щодо проекту Програми "
        "реформування і розвитку житлово-комунального господарства Менського району (м. Мена, 71 учасник).",
        "За п. 7 Плану члени громадської ради включені до складу районної комісії з питань захисту прав "
        "споживачів та районної тристоронньої соціально-економічної ради.",
        "За п. 10 Плану громадська рада при райдержадміністрації на засіданні 06.12.2012 вирішила утворити робочу "
        "групу з питань відкритості та прозорості діяльності органів влади, до складу якої обрано 3 членів ради.",
        "За п. 12 Плану громадську антикорупційну експертизу проекту розпорядження «Про затвердження Положення "
        "про порядок конкурсного відбору перевізників» проведено ГО «Менський громадський контроль», зауважень "
        "не висловлено.",
    ],
    sign=("Заступник голови райдержадміністрації", "В.Г. Сердюк"),
    exec="Бондаренко С.О., 2-10-36")

MAILS.append(dict(
    name="cv10_mena_fwd_attached", cls="covering", executor="rda-mena", period=1,
    client="thunderbird", ip="192.0.2.41",
    **{"from": ("Світлана Бондаренко", "svitlanka.b.1984@gmail.com")},
    date="Fri, 14 Dec 2012 09:33:20 +0200", msgid="<50CAD6E0.4070807@gmail.com>",
    subject="Fwd: Відкритий уряд Мена",
    body="Доброго дня! Пересилаю, бо вчора не дійшло.\nСвітлана Бондаренко\n",
    inner_file="Відкритий уряд Мена.eml",
    inner=dict(name="cv10_inner", client="outlook2007", sent_copy=True, charset="windows-1251", ip="203.0.113.81",
               **{"from": ("Менська РДА", "rda-mena@example.gov.ua")},
               date="Thu, 13 Dec 2012 16:55:09 +0200",
               msgid="<001601cdd94b$6a2f0e90$3e8d2bb0$@example.gov.ua>",
               subject="Відкритий уряд Мена",
               body="Надсилаємо інформацію, лист у вкладенні.\n",
               atts=[dict(file="Мена_ВУ_грудень.pdf", letter="mena", fmt="pdf", ctype="application/pdf")]),
    items=[item(n, "Мена_ВУ_грудень.pdf") for n in (1, 6, 7, 10, 12)],
    note="A secretary forwards the office's mail as an attached message (message/rfc822) from a private gmail "
         "account via Thunderbird; the inner mail is from the registered address of Менська РДА and carries the PDF."))


if __name__ == "__main__":
    main()
