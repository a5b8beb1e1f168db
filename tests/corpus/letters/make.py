#!/usr/bin/env python3
"""Generate the "letters" corpus: 30 progress reports written as prose without measure numbers.

Run:  python3 make.py            (writes NAME.eml and NAME.expected.json beside this file)
      python3 make.py --check    (also parses every .eml with Python's email package and
                                  opens every attachment; prints a summary)

Needs python-docx and LibreOffice (`soffice`) for the .odt, .pdf and .doc attachments.
Everything is derived from the letter's name and its fixed date, so two runs give the same
bytes: zip timestamps of .docx/.odt are fixed, LibreOffice's random rsids are replaced, and the
dates, /ID and checksum in the PDFs are overwritten with fixed values of the same length.

The letters themselves (texts, expected results) are in LETTERS at the end of this file.
"""

import base64
import datetime
import hashlib
import html
import io
import json
import os
import quopri
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import urllib.parse
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "uvp@cg.ukrtel.net"
CRLF = "\r\n"


# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------

def h(name, salt=""):
    """Stable hex digest for a letter name (used for IDs, boundaries, ...)."""
    return hashlib.sha256((salt + "|" + name).encode("utf-8")).hexdigest()


def kyiv_offset(dt):
    """UTC offset (hours) of Europe/Kyiv for a naive local datetime (EU rules, 2012-2013)."""
    def last_sunday(month):
        d = datetime.date(dt.year, month, 31)
        while d.weekday() != 6:
            d -= datetime.timedelta(days=1)
        return d
    start = datetime.datetime.combine(last_sunday(3), datetime.time(3, 0))
    end = datetime.datetime.combine(last_sunday(10), datetime.time(4, 0))
    return 3 if start <= dt < end else 2


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(dt, style="pad"):
    off = kyiv_offset(dt)
    if style == "pad":
        day = "%02d" % dt.day
    elif style == "space":           # Postfix: "Wed,  5 Dec 2012"
        day = "%2d" % dt.day
    else:
        day = str(dt.day)
    s = "%s, %s %s %d %s +0%d00" % (WD[dt.weekday()], day, MON[dt.month - 1], dt.year,
                                      dt.strftime("%H:%M:%S"), off)
    if style == "space":
        s += " (EEST)" if off == 3 else " (EET)"
    return s


KOI8_FIX = {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "—": "-", "–": "-",
            "№": "N", "’": "'", "…": "..."}


def for_charset(text, charset):
    """Make text encodable the way a user of that charset would have typed it."""
    if charset.lower() == "koi8-u":
        for a, b in KOI8_FIX.items():
            text = text.replace(a, b)
    text.encode(charset)  # raises if something is left that the charset lacks
    return text


def ew(text, charset="UTF-8", mode="B", first_room=60):
    """RFC 2047 encoded words, each at most 75 characters; returns a list of words."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, mode)

    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in text:
        if len(prefix) + len(enc(cur + ch)) + 2 > 75:
            # like most clients, prefer to end a word after a space (kept inside the word)
            cut = cur.rfind(" ") + 1
            if cut <= len(cur) // 3:
                cut = len(cur)
            words.append(prefix + enc(cur[:cut]) + "?=")
            cur = cur[cut:] + ch
        else:
            cur += ch
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def enc_header(text, charset="UTF-8", mode="B", fold=CRLF + " "):
    if text.isascii():
        return text
    return fold.join(ew(text, charset, mode))


def rfc2231(param, value, maxlen=60):
    """param*=UTF-8''... possibly split into param*0*=, param*1*= ... continuations
    (split between characters, never inside a UTF-8 sequence)."""
    def q(s):
        return urllib.parse.quote(s.encode("utf-8"), safe="-_.")
    whole = "UTF-8''" + q(value)
    if len(whole) <= maxlen + 10:
        return ["%s*=%s" % (param, whole)]
    chunks, cur = [], "UTF-8''"
    for ch in value:
        if len(cur) + len(q(ch)) > maxlen:
            chunks.append(cur)
            cur = ""
        cur += q(ch)
    chunks.append(cur)
    return ["%s*%d*=%s" % (param, n, c) for n, c in enumerate(chunks)]


def qp(data):
    """Quoted-printable body (bytes with \\n line ends in, CRLF out)."""
    out = quopri.encodestring(data, quotetabs=False)
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def hard_wrap(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    stuffed = []
    for line in out:
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        stuffed.append(line)
    return "\n".join(stuffed)


def plain_of(text):
    """Strip the **bold** marks used in letter texts."""
    return text.replace("**", "")


def paragraphs(text):
    return [p for p in text.strip("\n").split("\n\n")]


def inline_html(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


# --------------------------------------------------------------------------------------
# MIME entities: (list of (name, value), body bytes)
# --------------------------------------------------------------------------------------

def render_headers(headers):
    return "".join("%s: %s\r\n" % (k, v) for k, v in headers).encode("ascii")


def entity_bytes(ent):
    headers, body = ent
    return render_headers(headers) + b"\r\n" + body


def multipart(subtype, boundary, parts, ct_fold=CRLF + "\t", preamble=None, quote=True):
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n"
    for p in parts:
        body += b"\r\n--" + b + b"\r\n" + entity_bytes(p)
    body += b"\r\n--" + b + b"--\r\n"
    if body.startswith(b"\r\n"):
        body = body[2:]
    bq = '"%s"' % boundary if quote else boundary
    return [("Content-Type", "multipart/%s;%sboundary=%s" % (subtype, ct_fold, bq))], body


def message_bytes(top_headers, ent):
    headers, body = ent
    return render_headers(top_headers + headers) + b"\r\n" + body


MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
    "doc": "application/msword",
}


# --------------------------------------------------------------------------------------
# HTML renderers for the different mail clients
# --------------------------------------------------------------------------------------

def html_outlook(text, charset, version):
    gen = {"12": "Microsoft Word 12 (filtered medium)", "14": "Microsoft Word 14 (filtered medium)"}[version]
    paras = []
    for p in paragraphs(text):
        lines = p.split("\n")
        inner = "<br>\n".join(inline_html(l) for l in lines)
        paras.append("<p class=MsoNormal>%s<o:p></o:p></p>\n\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" % inner)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=%s\">\n"
            "<meta name=Generator content=\"%s\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
            "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n"
            "\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",\"sans-serif\";}\n"
            "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:blue;\n\ttext-decoration:underline;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Calibri\",\"sans-serif\";\n\tcolor:windowtext;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n"
            "<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]-->\n</head>\n\n"
            "<body lang=UK link=blue vlink=purple>\n\n<div class=WordSection1>\n\n%s\n</div>\n\n</body>\n\n</html>\n"
            % (charset, gen, "\n".join(paras)))


def html_roundcube(text):
    out = []
    for p in paragraphs(text):
        lines = p.split("\n")
        out.append("<p>" + "<br />".join(inline_html(l) for l in lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head>"
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            + "\n".join(out) + "\n</body></html>\n")


def html_zimbra(text):
    out = []
    for p in paragraphs(text):
        lines = p.split("\n")
        out.append("<div>" + "<br>".join(inline_html(l) for l in lines) + "</div><div><br></div>")
    return ("<html><head><style type='text/css'>p { margin: 0; }</style></head>"
            "<body><div style='font-family: times new roman,new york,times,serif; font-size: 12pt; color: #000000'>"
            + "".join(out) + "</div></body></html>")


def html_imp(text):
    out = []
    for p in paragraphs(text):
        lines = p.split("\n")
        out.append("<p style=\"text-align: justify;\">" + "<br />".join(inline_html(l) for l in lines) + "</p>")
    return ("<html><body style=\"font-family:Geneva,Arial,Helvetica,sans-serif\">"
            + "\n".join(out) + "</body></html>")


# --------------------------------------------------------------------------------------
# Mail clients: each returns the whole .eml as bytes
# --------------------------------------------------------------------------------------

def sender_host(addr):
    return "mail." + addr.split("@", 1)[1]


def received(L, hops=2):
    dt = L["dt"]
    hx = h(L["name"], "recv")
    ip = "192.0.2.%d" % (10 + int(hx[:2], 16) % 200)
    pc = "198.51.100.%d" % (10 + int(hx[2:4], 16) % 200)
    host = sender_host(L["addr"])
    t1 = dt + datetime.timedelta(seconds=2 + int(hx[4:6], 16) % 20)
    t0 = dt + datetime.timedelta(seconds=1)
    qid = hx[6:16].upper()
    r = [("Received", "from %s (%s [%s])%s\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s%s\tfor <%s>; %s"
          % (host, host, ip, CRLF, qid, CRLF, MAILBOX, rfc_date(t1, "space")))]
    if hops > 1:
        r.append(("Received", "from [%s] (helo=%s)%s\tby %s with esmtpa (Exim 4.80)%s\t(envelope-from <%s>)%s\tid 1T%s-000%s-%s; %s"
                  % (pc, L.get("pc", "PC"), CRLF, host, CRLF, L["addr"], CRLF, hx[16:20].upper(), hx[20:21].upper(),
                     hx[21:23].upper(), rfc_date(t0))))
    return [("Return-Path", "<%s>" % L["addr"]), ("Delivered-To", MAILBOX)] + r


def from_header(L, charset, mode="B", quoted=False):
    name = L["from_name"]
    if name is None:
        return L["addr"]
    e = enc_header(name, charset, mode)
    if quoted:
        e = '"%s"' % e
    return "%s <%s>" % (e, L["addr"])


def attachment_data(L):
    return L["_att_bytes"]


def att_outlook(L):
    a = L["att"]
    mt = a.get("mime") or MIME_TYPES[a["kind"]]
    cs = a.get("name_charset", "windows-1251")
    nm = enc_header(a["filename"], cs, "B", CRLF + "\t")
    return ([("Content-Type", "%s;%s\tname=\"%s\"" % (mt, CRLF, nm)),
             ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", "attachment;%s\tfilename=\"%s\"" % (CRLF, nm))],
            b64(attachment_data(L)))


def att_thunderbird(L):
    a = L["att"]
    mt = a.get("mime") or MIME_TYPES[a["kind"]]
    nm = enc_header(a["filename"], "UTF-8", "B", CRLF + " ")
    fn = (";" + CRLF + " ").join(rfc2231("filename", a["filename"]))
    return ([("Content-Type", "%s;%s name=\"%s\"" % (mt, CRLF, nm)),
             ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", "attachment;%s %s" % (CRLF, fn))],
            b64(attachment_data(L)))


def att_thebat(L):
    a = L["att"]
    mt = a.get("mime") or MIME_TYPES[a["kind"]]
    nm = enc_header(a["filename"], "windows-1251", "B", CRLF + " ")
    return ([("Content-Type", "%s;%s name=\"%s\"" % (mt, CRLF, nm)),
             ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", "attachment;%s filename=\"%s\"" % (CRLF, nm))],
            b64(attachment_data(L)))


def att_roundcube(L):
    a = L["att"]
    mt = a.get("mime") or MIME_TYPES[a["kind"]]
    nm = enc_header(a["filename"], "UTF-8", "Q", CRLF + " ")
    fn = (";" + CRLF + " ").join(rfc2231("filename", a["filename"], maxlen=40))
    return ([("Content-Transfer-Encoding", "base64"),
             ("Content-Type", "%s;%s name=\"%s\"" % (mt, CRLF, nm)),
             ("Content-Disposition", "attachment;%s %s;%s size=%d" % (CRLF, fn, CRLF, len(attachment_data(L))))],
            b64(attachment_data(L)))


def att_oe(L):
    a = L["att"]
    mt = a.get("mime") or MIME_TYPES[a["kind"]]
    cs = a.get("name_charset", "windows-1251")
    nm = enc_header(a["filename"], cs, "B", CRLF + "\t")
    return ([("Content-Type", "%s;%s\tname=\"%s\"" % (mt, CRLF, nm)),
             ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", "attachment;%s\tfilename=\"%s\"" % (CRLF, nm))],
            b64(attachment_data(L)))


def outlook_ids(L):
    hx = h(L["name"], "outlook")
    stamp = "01CD" + hx[:4].upper() + "." + hx[4:12].upper()
    return hx, stamp


def client_outlook(L):
    """Microsoft Outlook 2003 (11), 2007 (12) or 2010 (14)."""
    ver = L["client_version"]
    cs = L["charset"]
    hx, stamp = outlook_ids(L)
    text = for_charset(plain_of(L["body"]), cs)
    dom = L["addr"].split("@", 1)[1]
    if ver == "11":
        mid = "<%s01cd%s$%s$%s@%s>" % (hx[:4], hx[4:8], hx[8:16], hx[16:24], L.get("pc", "PC").lower())
        mailer = "Microsoft Office Outlook 11"
    else:
        mid = "<%s01cd%s$%s$%s$@%s>" % (hx[:4], hx[4:8], hx[8:16], hx[16:24], dom)
        mailer = {"12": "Microsoft Office Outlook 12.0", "14": "Microsoft Outlook 14.0"}[ver]
    mode = L.get("body_mode", "alt")  # "plain" (plain text only) or "alt" (HTML + plain)
    if mode == "plain":
        wrapped = hard_wrap(text, 76)
        cte = L.get("cte", "quoted-printable")
        data = crlf(wrapped).encode(cs)
        body_ent = ([("Content-Type", "text/plain;%s\tcharset=\"%s\"" % (CRLF, cs)),
                     ("Content-Transfer-Encoding", cte)],
                    qp(wrapped.encode(cs)) if cte == "quoted-printable" else b64(wrapped.encode(cs)))
    else:
        htm = html_outlook(L["body"], cs, "12" if ver == "11" else ver).encode(cs, "xmlcharrefreplace")
        plain = ([("Content-Type", "text/plain;%s\tcharset=\"%s\"" % (CRLF, cs)),
                  ("Content-Transfer-Encoding", "quoted-printable")], qp(text.encode(cs)))
        hpart = ([("Content-Type", "text/html;%s\tcharset=\"%s\"" % (CRLF, cs)),
                  ("Content-Transfer-Encoding", "quoted-printable")], qp(htm))
        body_ent = multipart("alternative", "----=_NextPart_001_%s_%s" % (hx[24:28].upper(), stamp),
                             [plain, hpart], preamble=None)
    if L.get("att"):
        ent = multipart("mixed", "----=_NextPart_000_%s_%s" % (hx[28:32].upper(), stamp),
                        [body_ent, att_outlook(L)], preamble="This is a multi-part message in MIME format.")
    else:
        ent = body_ent
    top = received(L) + [
        ("From", from_header(L, cs, "B", quoted=True)),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc_header(L["subject"], cs, "B", CRLF + "\t")),
        ("Date", rfc_date(L["dt"], "nopad")),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ]
    extra = [("X-Mailer", mailer)]
    if ver == "11":
        extra += [("Thread-Index", base64.b64encode(bytes.fromhex(hx[:44])).decode()),
                  ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    else:
        extra += [("Thread-Index", base64.b64encode(bytes.fromhex(hx[:44])).decode()),
                  ("Content-Language", "uk")]
    ct = ent[0]
    return message_bytes(top, (ct + extra, ent[1]))


def client_outlook_express(L):
    cs = L["charset"]
    hx, stamp = outlook_ids(L)
    text = hard_wrap(for_charset(plain_of(L["body"]), cs), 76)
    mid = "<%s01cd%s$%s$%s@%s>" % (hx[:4], hx[4:8], hx[8:16], hx[16:24], L.get("pc", "pc").lower())
    cte = L.get("cte", "quoted-printable")
    raw = text.encode(cs)
    body_ent = ([("Content-Type", "text/plain;%s\tcharset=\"%s\"" % (CRLF, cs)),
                 ("Content-Transfer-Encoding", cte)],
                qp(raw) if cte == "quoted-printable" else crlf(text).encode(cs))
    if L.get("att"):
        ent = multipart("mixed", "----=_NextPart_000_%s_%s" % (hx[28:32].upper(), stamp),
                        [body_ent, att_oe(L)], preamble="This is a multi-part message in MIME format.")
    else:
        ent = body_ent
    top = received(L) + [
        ("Message-ID", mid),
        ("From", from_header(L, cs, "B", quoted=True)),
        ("To", "<%s>" % MAILBOX),
        ("Subject", enc_header(L["subject"], cs, "B", CRLF + "\t")),
        ("Date", rfc_date(L["dt"], "nopad")),
        ("MIME-Version", "1.0"),
    ]
    extra = [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
             ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
             ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return message_bytes(top, (ent[0] + extra, ent[1]))


def client_thunderbird(L):
    ver = L.get("client_version", "16.0.2")
    gecko = {"16.0.2": "20121026", "17.0": "20121119", "17.0.6": "20130509"}[ver]
    hx = h(L["name"], "tb")
    dom = L["addr"].split("@", 1)[1]
    stamp = "%08X" % int((L["dt"] - datetime.datetime(1970, 1, 1)).total_seconds() - 3600 * kyiv_offset(L["dt"]))
    mid = "<%s.%d@%s>" % (stamp, 1000000 + int(hx[:6], 16) % 9000000, dom)
    text = flowed(plain_of(L["body"]))
    body_ent = ([("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
                 ("Content-Transfer-Encoding", "8bit")], crlf(text).encode("utf-8"))
    if L.get("att"):
        bnd = "------------0" + "".join(str(int(c, 16) % 10) for c in hx[8:31])
        ent = multipart("mixed", bnd, [body_ent, att_thunderbird(L)], ct_fold=CRLF + " ",
                        preamble="This is a multi-part message in MIME format.")
    else:
        ent = body_ent
    top = received(L) + [
        ("Message-ID", mid),
        ("Date", rfc_date(L["dt"], "pad")),
        ("From", from_header(L, "UTF-8", "B")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:%s) Gecko/%s Thunderbird/%s"
         % (ver.rsplit(".", 1)[0] if ver.count(".") > 1 else ver, gecko, ver)),
        ("MIME-Version", "1.0"),
        ("To", MAILBOX),
        ("Subject", enc_header(L["subject"], "UTF-8", "B")),
    ]
    if L.get("reply"):
        top.insert(len(top) - 1, ("References", L["reply"]["msgid"]))
        top.insert(len(top) - 1, ("In-Reply-To", L["reply"]["msgid"]))
    return message_bytes(top, ent)


def client_thebat(L):
    ver = L.get("client_version", "v5.0.36")
    cs = L["charset"]
    hx = h(L["name"], "bat")
    dom = L["addr"].split("@", 1)[1]
    mid = "<%d.%s@%s>" % (100000000 + int(hx[:8], 16) % 900000000, L["dt"].strftime("%Y%m%d%H%M%S"), dom)
    text = hard_wrap(for_charset(plain_of(L["body"]), cs), 72)
    cte = L.get("cte", "8bit")
    raw = text.encode(cs)
    body_ent = ([("Content-Type", "text/plain; charset=%s" % cs),
                 ("Content-Transfer-Encoding", cte)],
                qp(raw) if cte == "quoted-printable" else crlf(text).encode(cs))
    if L.get("att"):
        ent = multipart("mixed", "----------" + hx[8:24].upper(), [body_ent, att_thebat(L)],
                        ct_fold=CRLF + " ", quote=False)
    else:
        ent = body_ent
    top = received(L) + [
        ("Date", rfc_date(L["dt"], "nopad")),
        ("From", from_header(L, cs, "B")),
        ("X-Mailer", "The Bat! (%s) Professional" % ver),
        ("Reply-To", L["addr"]),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", mid),
        ("To", MAILBOX),
        ("Subject", enc_header(L["subject"], cs, "B")),
        ("MIME-Version", "1.0"),
    ]
    return message_bytes(top, ent)


def client_squirrelmail(L):
    hx = h(L["name"], "sq")
    dom = L["addr"].split("@", 1)[1]
    text = plain_of(L["body"])
    top = received(L, hops=1) + [
        ("Message-ID", "<%s.squirrel@webmail.%s>" % (hx[:32], dom)),
        ("Date", rfc_date(L["dt"], "nopad")),
        ("Subject", enc_header(L["subject"], "utf-8", "Q")),
        ("From", from_header(L, "utf-8", "B")),
        ("To", MAILBOX),
        ("User-Agent", "SquirrelMail/1.4.22"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain;charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("X-Priority", "3 (Normal)"),
        ("Importance", "Normal"),
    ]
    return render_headers(top) + b"\r\n" + crlf(hard_wrap(text, 74)).encode("utf-8")


def client_roundcube(L):
    ver = L.get("client_version", "0.8.1")
    hx = h(L["name"], "rc")
    dom = L["addr"].split("@", 1)[1]
    text = plain_of(L["body"])
    plain = ([("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Type", "text/plain; charset=UTF-8;%s format=flowed" % CRLF)],
             qp(flowed(text, 76).encode("utf-8")))
    if L.get("html"):
        hpart = ([("Content-Transfer-Encoding", "quoted-printable"),
                  ("Content-Type", "text/html; charset=UTF-8")],
                 qp(html_roundcube(L["body"]).encode("utf-8")))
        body_ent = multipart("alternative", "=_" + hx[:32], [plain, hpart], ct_fold=CRLF + " ")
    else:
        body_ent = plain
    if L.get("att"):
        ent = multipart("mixed", "=_" + hx[32:64], [body_ent, att_roundcube(L)], ct_fold=CRLF + " ")
    else:
        ent = body_ent
    top = received(L, hops=1) + [
        ("MIME-Version", "1.0"),
    ] + ent[0] + [
        ("Date", rfc_date(L["dt"], "pad")),
        ("From", from_header(L, "UTF-8", "B")),
        ("To", MAILBOX),
        ("Subject", enc_header(L["subject"], "UTF-8", "Q")),
        ("Organization", enc_header(L.get("org", ""), "UTF-8", "Q")),
        ("Message-ID", "<%s@webmail.%s>" % (hx[:32], dom)),
        ("X-Sender", L["addr"]),
        ("User-Agent", "Roundcube Webmail/%s" % ver),
    ]
    return render_headers(top) + b"\r\n" + ent[1]


def client_zimbra(L):
    hx = h(L["name"], "zm")
    dom = L["addr"].split("@", 1)[1]
    ms = int((L["dt"] - datetime.datetime(1970, 1, 1)).total_seconds() - 3600 * kyiv_offset(L["dt"])) * 1000 + int(hx[:3], 16) % 1000
    text = plain_of(L["body"])
    plain = ([("Content-Type", "text/plain; charset=utf-8"),
              ("Content-Transfer-Encoding", "quoted-printable")], qp(text.encode("utf-8")))
    hpart = ([("Content-Type", "text/html; charset=utf-8"),
              ("Content-Transfer-Encoding", "quoted-printable")], qp(html_zimbra(L["body"]).encode("utf-8")))
    bnd = "----=_Part_%d_%d.%d" % (1000 + int(hx[3:6], 16) % 9000, 100000000 + int(hx[6:14], 16) % 900000000, ms)
    ent = multipart("alternative", bnd, [plain, hpart], ct_fold=" ", quote=True)
    top = received(L, hops=1) + [
        ("Date", rfc_date(L["dt"], "nopad")),
        ("From", from_header(L, "utf-8", "B")),
        ("To", MAILBOX),
        ("Message-ID", "<%d.%d.%d.JavaMail.root@mail.%s>" % (int(hx[14:22], 16) % 100000000, int(hx[22:25], 16), ms, dom)),
        ("Subject", enc_header(L["subject"], "utf-8", "B")),
        ("MIME-Version", "1.0"),
    ] + ent[0] + [
        ("X-Originating-IP", "[198.51.100.%d]" % (10 + int(hx[25:27], 16) % 200)),
        ("X-Mailer", "Zimbra 7.2.0_GA_2669 (ZimbraWebClient - FF3.0 (Win)/7.2.0_GA_2669)"),
    ]
    return render_headers(top) + b"\r\n" + ent[1]


def client_imp(L):
    hx = h(L["name"], "imp")
    dom = L["addr"].split("@", 1)[1]
    body = qp(html_imp(L["body"]).encode("utf-8"))
    top = received(L, hops=1) + [
        ("Date", rfc_date(L["dt"], "pad")),
        ("Message-ID", "<%s.Horde.%s@webmail.%s>" % (L["dt"].strftime("%Y%m%d%H%M%S"),
                                                      base64.b64encode(bytes.fromhex(hx[:30])).decode().replace("+", "_").replace("/", "-")[:20],
                                                      dom)),
        ("From", from_header(L, "utf-8", "B")),
        ("To", MAILBOX),
        ("Subject", enc_header(L["subject"], "utf-8", "B")),
        ("User-Agent", "Internet Messaging Program (IMP) H4 (5.0.24)"),
        ("Content-Type", "text/html; charset=UTF-8"),
        ("Content-Disposition", "inline"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("MIME-Version", "1.0"),
    ]
    return render_headers(top) + b"\r\n" + body


CLIENTS = {
    "outlook": client_outlook,
    "oe": client_outlook_express,
    "thunderbird": client_thunderbird,
    "thebat": client_thebat,
    "squirrelmail": client_squirrelmail,
    "roundcube": client_roundcube,
    "zimbra": client_zimbra,
    "imp": client_imp,
}


# --------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------

def fixed_zip(data, dt, patch=None):
    """Rewrite a zip with fixed timestamps/attributes (entry order and compression kept)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if patch:
                content = patch(info.filename, content)
            zi = zipfile.ZipInfo(info.filename, date_time=dt.timetuple()[:6])
            zi.compress_type = info.compress_type
            zi.create_system = 0
            zi.external_attr = (0o40755 << 16 | 0x10) if info.filename.endswith("/") else 0
            zout.writestr(zi, content)
    return out.getvalue()


def make_docx(L):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    a = L["att"]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = a.get("font", "Times New Roman")
    st.font.size = Pt(a.get("size", 14))
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for k in ("w:eastAsia", "w:cs", "w:hAnsi", "w:ascii"):
        rfonts.set(qn(k), a.get("font", "Times New Roman"))
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0

    def para(text, align=None, bold=False, italic=False, indent=None, left=None, size=None, space_after=None):
        p = d.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "justify":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        if left is not None:
            p.paragraph_format.left_indent = Cm(left)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for part in parts:
            if not part:
                continue
            b = bold
            if part.startswith("**") and part.endswith("**"):
                part, b = part[2:-2], True
            r = p.add_run(part)
            r.bold = b
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        return p

    for kind, *rest in a["doc"]:
        if kind == "hdr":
            para(rest[0], align="center", bold=True, size=13)
        elif kind == "hdrsmall":
            para(rest[0], align="center", size=10)
        elif kind == "line":
            para(rest[0])
        elif kind == "blank":
            para("")
        elif kind == "addr":
            para(rest[0], left=9.0)
        elif kind == "title":
            para(rest[0], align="center", bold=True)
        elif kind == "subj":
            para(rest[0], italic=False, bold=False)
        elif kind == "p":
            para(rest[0], align="justify", indent=1.25)
        elif kind == "h":
            para(rest[0], align="justify", indent=1.25, bold=True, italic=True)
        elif kind == "dash":
            para("– " + rest[0], align="justify", indent=1.25)
        elif kind == "sign":
            p = para(rest[0] + "\t" + rest[1])
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
        elif kind == "small":
            para(rest[0], size=10)
        else:
            raise ValueError(kind)

    cp = d.core_properties
    created = L["dt"] - datetime.timedelta(hours=2, minutes=17)
    modified = L["dt"] - datetime.timedelta(minutes=11)
    cp.author = a.get("author", "")
    cp.last_modified_by = a.get("author", "")
    cp.created = created
    cp.modified = modified
    cp.last_printed = modified
    cp.revision = 2 + int(h(L["name"])[:2], 16) % 7
    cp.title = a.get("title", "")
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue(), modified)


def soffice(args, cwd, profile):
    cmd = ["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + profile] + args
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    if r.returncode != 0:
        raise RuntimeError("soffice failed: %s\n%s" % (r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")))


def fix_odt(data, L):
    rsid = str(100000 + int(h(L["name"], "rsid")[:6], 16) % 900000)

    def patch(name, content):
        if name == "settings.xml":
            content = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+<', lambda m: m.group(1) + rsid.encode() + b"<", content)
        return content
    return fixed_zip(data, L["dt"] - datetime.timedelta(minutes=9), patch)


def fix_pdf(data, L):
    dt = L["dt"] - datetime.timedelta(minutes=8) - datetime.timedelta(hours=kyiv_offset(L["dt"]))
    stamp = dt.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"\(D:\d{14}", b"(D:" + stamp, data)
    idh = hashlib.md5(L["name"].encode()).hexdigest().upper().encode()
    data = re.sub(rb"(/ID \[ <)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}(> \])",
                  lambda m: m.group(1) + idh + m.group(2) + idh + m.group(3), data)
    ck = hashlib.md5(("ck" + L["name"]).encode()).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + ck, data)
    return data


def build_attachments(letters):
    """Make the attachment bytes for every letter that has one (sets L['_att_bytes'])."""
    need = [L for L in letters if L.get("att")]
    if not need:
        return
    tmp = tempfile.mkdtemp(prefix="zvit-letters-")
    profile = os.path.join(tmp, "profile")
    try:
        src = {}
        for L in need:
            p = os.path.join(tmp, L["name"] + ".docx")
            with open(p, "wb") as f:
                f.write(make_docx(L))
            src[L["name"]] = p
        # .odt: attachments that are odt, and pdfs made from an odt
        to_odt = [L for L in need if L["att"]["kind"] == "odt" or (L["att"]["kind"] == "pdf" and L["att"].get("via") == "odt")]
        odt_dir = os.path.join(tmp, "odt")
        os.makedirs(odt_dir)
        if to_odt:
            soffice(["--convert-to", "odt", "--outdir", odt_dir] + [src[L["name"]] for L in to_odt], tmp, profile)
            for L in to_odt:
                p = os.path.join(odt_dir, L["name"] + ".odt")
                with open(p, "rb") as f:
                    data = fix_odt(f.read(), L)
                with open(p, "wb") as f:
                    f.write(data)
        to_pdf = [L for L in need if L["att"]["kind"] == "pdf"]
        pdf_dir = os.path.join(tmp, "pdf")
        os.makedirs(pdf_dir)
        if to_pdf:
            inputs = [os.path.join(odt_dir, L["name"] + ".odt") if L["att"].get("via") == "odt" else src[L["name"]]
                      for L in to_pdf]
            soffice(["--convert-to", "pdf", "--outdir", pdf_dir] + inputs, tmp, profile)
        to_doc = [L for L in need if L["att"]["kind"] == "doc"]
        doc_dir = os.path.join(tmp, "doc")
        os.makedirs(doc_dir)
        if to_doc:
            soffice(["--convert-to", "doc:MS Word 97", "--outdir", doc_dir] + [src[L["name"]] for L in to_doc], tmp, profile)
        for L in need:
            k = L["att"]["kind"]
            if k == "docx":
                with open(src[L["name"]], "rb") as f:
                    L["_att_bytes"] = f.read()
            elif k == "odt":
                with open(os.path.join(odt_dir, L["name"] + ".odt"), "rb") as f:
                    L["_att_bytes"] = f.read()
            elif k == "pdf":
                with open(os.path.join(pdf_dir, L["name"] + ".pdf"), "rb") as f:
                    L["_att_bytes"] = fix_pdf(f.read(), L)
            elif k == "doc":
                with open(os.path.join(doc_dir, L["name"] + ".doc"), "rb") as f:
                    L["_att_bytes"] = f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------
# Expected results
# --------------------------------------------------------------------------------------

def expected(L):
    items = []
    for m, src in L["items"]:
        items.append({"measure": m, "source": src})
    items.sort(key=lambda x: (x["measure"], x["source"] != "body", x["source"]))
    return {
        "class": "prose",
        "executor": L["executor"],
        "period": L["period"],
        "late": False,
        "kind": "report",
        "reason": None,
        "note": L["note"],
        "items": items,
    }


def expected_json(e):
    """JSON with one line per key and one line per item."""
    lines = []
    for k, v in e.items():
        if k == "items":
            inner = ",\n".join("    " + json.dumps(i, ensure_ascii=False) for i in v)
            lines.append('  "items": [\n%s\n  ]' % inner if v else '  "items": []')
        else:
            lines.append("  %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
    return "{\n" + ",\n".join(lines) + "\n}\n"


# --------------------------------------------------------------------------------------
# Self-checks on the letter texts (run before anything is written)
# --------------------------------------------------------------------------------------

DEADLINES = [datetime.datetime(2012, 12, 15, 23, 59, 59), datetime.datetime(2013, 6, 15, 23, 59, 59),
             datetime.datetime(2013, 12, 15, 23, 59, 59)]


def lint(L):
    texts = [L["body"]]
    if L.get("att"):
        texts += [x[1] for x in L["att"]["doc"] if len(x) > 1]
    for t in texts:
        if re.search(r"(?i)(пункт\w*|п\.|захід\w*|заход\w*)\s*№?\s*\d", t):
            raise SystemExit("%s: looks like a measure number: %r" % (L["name"], re.search(r"(?i)(пункт\w*|п\.|захід\w*|заход\w*)\s*№?\s*\d.{0,20}", t).group(0)))
    # period and lateness
    per = next(i + 1 for i, d in enumerate(DEADLINES) if L["dt"] <= d)
    assert per == L["period"], (L["name"], per)
    assert DEADLINES[per - 1] - L["dt"] >= datetime.timedelta(days=2), L["name"]
    prev = DEADLINES[per - 2] + datetime.timedelta(days=3) if per > 1 else datetime.datetime(2012, 9, 10)
    assert L["dt"] > prev, L["name"]
    srcs = {"body"} | ({L["att"]["filename"]} if L.get("att") else set())
    for m, s in L["items"]:
        assert 1 <= m <= 16 and s in srcs, (L["name"], m, s)
    assert len({(m, s) for m, s in L["items"]}) == len(L["items"]), L["name"]


# --------------------------------------------------------------------------------------
# Checking generated files
# --------------------------------------------------------------------------------------

def check(letters):
    import email
    from email import policy
    ok = True
    for L in letters:
        path = os.path.join(HERE, L["name"] + ".eml")
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        problems = []
        if msg["From"].addresses[0].addr_spec != L["addr"]:
            problems.append("from")
        if msg["To"].addresses[0].addr_spec != MAILBOX:
            problems.append("to")
        if str(msg["Subject"]) != L["subject"] and str(msg["Subject"]) != for_charset(L["subject"], "koi8-u"):
            problems.append("subject %r" % str(msg["Subject"]))
        bodies, atts = [], []
        for part in msg.walk():
            if part.is_multipart():
                continue
            fn = part.get_filename()
            if fn:
                atts.append((fn, part.get_content()))
            elif part.get_content_maintype() == "text":
                bodies.append(part.get_content())
        if not bodies and not atts:
            problems.append("no body")
        body_text = re.sub(r"<[^>]+>", " ", " ".join(bodies))
        probe = plain_of(paragraphs(L["body"])[0]).split("\n")[0][:25]
        if L.get("charset", "").lower() == "koi8-u":
            probe = for_charset(probe, "koi8-u")
        if probe not in html.unescape(body_text).replace("\n", " ").replace("  ", " ") and probe.replace(" ", "") not in html.unescape(body_text).replace("\n", "").replace(" ", ""):
            problems.append("body text %r not found" % probe)
        if L.get("att"):
            if len(atts) != 1 or atts[0][0] != L["att"]["filename"]:
                problems.append("attachment name %r" % [a[0] for a in atts])
            else:
                data = atts[0][1]
                if data != L["_att_bytes"]:
                    problems.append("attachment bytes differ")
                txt = attachment_text(L["att"]["kind"], data)
                want = [x[1] for x in L["att"]["doc"] if x[0] == "p"][0][:30]
                if want.replace("**", "") not in txt.replace("\n", " "):
                    problems.append("attachment text not found: %r" % want)
        exp_path = os.path.join(HERE, L["name"] + ".expected.json")
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)
        assert exp["executor"] == L["executor"]
        status = "ok" if not problems else "PROBLEM: " + "; ".join(problems)
        ok = ok and not problems
        print("%-38s %-24s %-6s %s" % (L["name"], L["executor"], L["att"]["kind"] if L.get("att") else "body", status))
    return ok


def attachment_text(kind, data):
    if kind == "docx":
        import docx
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    tmp = tempfile.mkdtemp(prefix="zvit-letters-cat-")
    try:
        p = os.path.join(tmp, "a." + kind)
        with open(p, "wb") as f:
            f.write(data)
        if kind == "pdf":
            r = subprocess.run(["pdftotext", "-layout", p, "-"], stdout=subprocess.PIPE, check=True)
            return re.sub(r"\s+", " ", r.stdout.decode("utf-8"))
        r = subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(tmp, "prof"),
                            "--cat", p], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True, timeout=300)
        return r.stdout.decode("utf-8", errors="replace")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    letters = LETTERS
    names = [L["name"] for L in letters]
    assert len(names) == len(set(names))
    for L in letters:
        lint(L)
    build_attachments(letters)
    for L in letters:
        eml = CLIENTS[L["client"]](L)
        with open(os.path.join(HERE, L["name"] + ".eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(HERE, L["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(expected_json(expected(L)))
    print("wrote %d messages to %s" % (len(letters), HERE))
    if "--check" in sys.argv[1:]:
        if not check(letters):
            sys.exit(1)


# ======================================================================================
# THE LETTERS
# ======================================================================================
# Each letter: name, executor (id in config/plan.toml), addr (its registered address),
# from_name, client (+ client_version, charset, cte, body_mode), dt (local Kyiv time),
# period, subject, body, optional att {kind, filename, via, doc: [blocks]}, items
# [(measure, source)], note.  Blocks of a document: ("hdr", text) centred bold heading,
# ("hdrsmall", ...), ("line", ...), ("blank",), ("addr", ...) addressee, ("title", ...),
# ("subj", ...), ("p", ...) paragraph, ("h", ...) bold-italic heading, ("dash", ...),
# ("sign", left, right), ("small", ...).  "**x**" in a text marks bold.

D = datetime.datetime
LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


PLAN_FULL = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
             "у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

# LETTERS_BEGIN

# ---- 1. Plain body, Thunderbird, UTF-8 flowed; the shortest letter: three sentences. ---------
letter(
    name="01-rda-ripky-body-short",
    executor="rda-ripky", addr="rda-ripky@example.gov.ua",
    from_name="Ріпкинська РДА, загальний відділ",
    client="thunderbird", client_version="16.0.2", dt=D(2012, 12, 5, 15, 12, 40), period=1,
    subject="Інформація Ріпкинської РДА",
    body="""Доброго дня!

На виконання Плану заходів щодо відкритості та прозорості діяльності виконавчої влади повідомляємо, що інформаційне наповнення веб-сторінки Ріпкинської райдержадміністрації приведено у відповідність до Закону України «Про доступ до публічної інформації», на ній щотижня оновлюються новини та розпорядження голови. Протягом листопада проведено публічне обговорення проекту районної програми соціально-економічного розвитку на 2013 рік, пропозиції мешканців району узагальнено і враховано при доопрацюванні проекту. Інформацію щодо інших пунктів плану буде надано додатково.

З повагою,
Наталія Бондар
головний спеціаліст загального відділу
Ріпкинської райдержадміністрації
тел. (04641) 2-13-48
""",
    items=[(1, "body"), (6, "body")],
    note="A three-sentence plain-text note from a district administration: its web page was brought into line with the access-to-information law and a public discussion of the draft district programme was held.",
)

# ---- 2. Plain body, The Bat!, windows-1251 8bit; paragraphs not in plan order; reports on
#         the training seminar although the district is not an executor of that measure. ------
letter(
    name="02-rda-kozelets-body-cp1251",
    executor="rda-kozelets", addr="rda-kozelets@example.gov.ua",
    from_name="Козелецька райдержадміністрація",
    client="thebat", client_version="v5.0.36", charset="windows-1251", cte="8bit",
    dt=D(2012, 12, 4, 11, 3, 15), period=1,
    subject="Козелецька РДА: про виконання плану заходів",
    body="""Управління з питань внутрішньої політики
та зв'язків з громадськістю облдержадміністрації

Козелецька райдержадміністрація на виконання """ + PLAN_FULL + """ інформує.

Представників громадських організацій району, зокрема членів громадської ради при райдержадміністрації, включено до складу районної координаційної ради з питань розвитку підприємництва, комісії з питань захисту прав дитини та районної ради з питань безпечної життєдіяльності населення. Розпорядженням голови райдержадміністрації від 12.10.2012 № 415 внесено відповідні зміни до їх персонального складу.

Офіційний сайт райдержадміністрації постійно оновлюється: створено розділ «Доступ до публічної інформації», у якому розміщено систему обліку документів, порядок складання і подання запитів на інформацію та звіт про їх розгляд. За жовтень – листопад на сайті оприлюднено 37 розпоряджень голови райдержадміністрації та 64 новини.

У листопаді громадська організація «Козелецька громадська ініціатива» провела громадську експертизу діяльності відділу освіти райдержадміністрації щодо організації підвезення учнів до шкіл. За результатами експертизи розроблено план заходів щодо реалізації наданих пропозицій, який затверджено розпорядженням голови райдержадміністрації.

Головний спеціаліст відділу організаційної роботи апарату та головний спеціаліст сектору з питань внутрішньої політики пройшли навчання на семінарі «Консультації з громадськістю: організація та проведення» у Чернігівському центрі перепідготовки та підвищення кваліфікації працівників органів державної влади.

Заступник голови райдержадміністрації
В.І. Ткаченко

Виконавець: Кравець Л.М., (04646) 2-11-85
""",
    items=[(1, "body"), (7, "body"), (12, "body"), (13, "body")],
    note="A district administration's plain windows-1251 letter, paragraphs out of plan order: civil-society members put on advisory bodies, the web site, a public expert review of its education department, and two officials trained at the retraining centre's seminar.",
)

# ---- 3. Plain body, Outlook Express, koi8-u quoted-printable; headings paraphrase the
#         measures; one heading says nothing was done. -------------------------------------
letter(
    name="03-rda-sribne-body-koi8u",
    executor="rda-sribne", addr="rda-sribne@example.gov.ua",
    from_name="Срібнянська РДА", pc="ORGVIDDIL",
    client="oe", charset="koi8-u", cte="quoted-printable",
    dt=D(2012, 11, 29, 16, 47, 2), period=1,
    subject="Інформація на виконання плану заходів (відкритий уряд)",
    body="""Срібнянська районна державна адміністрація надає інформацію про виконання """ + PLAN_FULL + """.

Щодо відповідності офіційного веб-сайту вимогам законодавства.
Проведено аналіз інформаційного наповнення офіційного веб-сайту райдержадміністрації на відповідність Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади, затвердженому постановою Кабінету Міністрів України від 04.01.2002 № 3. За результатами аналізу доповнено рубрики «Структура», «Нормативні документи», «Звернення громадян», відновлено роботу пошукової системи сайту.

Щодо консультацій з громадськістю.
Розпорядженням голови райдержадміністрації від 28.12.2011 № 502 затверджено орієнтовний план проведення консультацій з громадськістю на 2012 рік. У III - IV кварталах проведено 6 консультацій у формі громадських слухань, «круглих столів» та електронних консультацій на веб-сайті, зокрема щодо тарифів на вивезення твердих побутових відходів та організації оздоровлення дітей влітку.

Щодо створення у громадській раді робочої групи з питань відкритості влади.
Громадській раді при райдержадміністрації направлено рекомендацію утворити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади. На засіданні громадської ради 16.11.2012 таку робочу групу утворено у складі 5 осіб.

Щодо громадських експертиз.
У звітному періоді заходи не проводились, звернень від інститутів громадянського суспільства щодо проведення громадської експертизи до райдержадміністрації не надходило.

Керуючий справами апарату райдержадміністрації
О.М. Лисенко

Коваленко Т.П. (04639) 2-17-32
""",
    items=[(1, "body"), (6, "body"), (10, "body")],
    note="A district administration's koi8-u letter with a short heading over each paragraph (web site, consultations, working group of the public council); public expert reviews are reported as not done.",
)

# ---- 4. Plain body, Thunderbird reply on top of a quoted reminder from УВП; the quote names
#         other measures (hot line, open days, rubrics, expert reviews) that are NOT reported. -
letter(
    name="04-su-kultura-body-reply",
    executor="su-kultura", addr="kultura@example.gov.ua",
    from_name="Ірина Савченко",
    client="thunderbird", client_version="17.0", dt=D(2012, 12, 7, 10, 21, 33), period=1,
    subject="Re: Про надання інформації щодо виконання Плану заходів",
    reply={"msgid": "<50BC5A41.3040106@cg.ukrtel.net>"},
    body="""Добрий день.

Управління культури і туризму облдержадміністрації повідомляє.

Наказом управління від 19.10.2012 № 142 до складу колегії управління введено голову комітету з гуманітарних питань Громадської ради при облдержадміністрації Мельника О.В. (за його згодою), відповідні зміни внесено до Положення про колегію управління. 22 листопада він узяв участь у засіданні колегії.

Проект обласної програми розвитку культури і туризму на 2013 - 2015 роки надсилався членам Громадської ради при облдержадміністрації; 14 листопада його розглянуто на засіданні комітету з гуманітарних питань громадської ради, висловлені зауваження враховано в доопрацьованому проекті.

На нашій сторінці офіційного веб-порталу облдержадміністрації оновлено розділ «Культура і туризм»: розміщено положення про управління, відомості про керівництво, графік прийому громадян, перелік закладів культури обласного підпорядкування з контактами.

Заходи щодо громадських експертиз у IV кварталі не проводились.

-- 
Ірина Савченко
Управління культури і туризму ОДА
(0462) 67-51-20

03.12.2012 9:15, УВП облдержадміністрації пише:
> Шановні колеги!
>
> Нагадуємо, що до 15 грудня 2012 року необхідно надати інформацію про
> виконання Плану заходів з підвищення рівня відкритості та прозорості
> діяльності виконавчої влади в області, зокрема щодо роботи «гарячої
> лінії», проведення «Днів відкритих дверей», розміщення матеріалів у
> рубриках «Хід виконання цільових програм» на офіційному сайті
> облдержадміністрації та проведення громадських експертиз.
>
> З повагою,
> управління з питань внутрішньої політики та зв'язків з громадськістю
> облдержадміністрації
""",
    items=[(1, "body"), (8, "body"), (9, "body")],
    note="A department's reply written above a quoted reminder from УВП: the head of a Public Council committee joined its collegium, the council discussed its draft programme, and its web page was updated; the quoted reminder names other measures and expert reviews are reported as not done.",
)

# ---- 5. Plain body, Outlook 2003 plain-text mode, windows-1251 quoted-printable. ----------------
letter(
    name="05-su-finansy-body-cp1251",
    executor="su-finansy", addr="finansy@example.gov.ua",
    from_name="Головне фінансове управління", pc="FIN-SHEVCHUK",
    client="outlook", client_version="11", charset="windows-1251", body_mode="plain",
    dt=D(2012, 12, 10, 14, 35, 50), period=1,
    subject="на лист від 26.11.2012 № 04-10/1162",
    body="""Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На Ваш лист від 26.11.2012 № 04-10/1162 Головне фінансове управління облдержадміністрації повідомляє.

На офіційному сайті облдержадміністрації в рубриці «Виконання місцевих бюджетів Чернігівської області» щомісяця розміщується інформація про виконання зведеного бюджету області та обласного бюджету за доходами і видатками, а також рішення обласної ради про внесення змін до обласного бюджету. Останнє оновлення – станом на 1 грудня 2012 року.

Проект обласного бюджету на 2013 рік винесено на публічне обговорення: 29 листопада 2012 року проведено громадські слухання за участю представників громадських організацій, депутатів обласної ради та експертів, протягом двох тижнів пропозиції приймались на електронну адресу управління. Звіт про результати обговорення оприлюднено.

Проекти розпоряджень голови облдержадміністрації, розробником яких є управління, у встановленому порядку оприлюднюються для проведення громадської антикорупційної експертизи. Від громадської організації «Центр протидії корупції» отримано експертний висновок щодо проекту Порядку використання коштів резервного фонду обласного бюджету; пропозиції розглянуто, дві з них враховано.

Заступник начальника управління С.В. Гончаренко

Виконавець Шевчук О.П., 67-50-14
""",
    items=[(2, "body"), (6, "body"), (12, "body")],
    note="The finance department's plain windows-1251 answer to a letter from УВП: the local-budget rubric on the oblast site, public hearings on the draft oblast budget, and an anti-corruption review of one of its draft orders.",
)

# ---- 6. Plain body, SquirrelMail web mail, UTF-8 8bit; the appeals department reports its
#         hot line and, though not an executor of it, an update of the site's appeals section. -
letter(
    name="06-zvernennia-body-webmail",
    executor="zvernennia", addr="zvernennia@example.gov.ua",
    from_name="Відділ роботи із зверненнями громадян",
    client="squirrelmail", dt=D(2012, 12, 11, 9, 48, 12), period=1,
    subject="гаряча лінія - інформація",
    body="""Шановні колеги!

Відділ роботи із зверненнями громадян апарату облдержадміністрації інформує, що телефонна «гаряча лінія» голови облдержадміністрації працює щоденно в робочі дні з 9.00 до 18.00 за номером (0462) 67-50-00. З вересня по листопад 2012 року на неї надійшло 1146 дзвінків, найбільше – з питань житлово-комунального господарства, соціального захисту та земельних відносин. Усі звернення зареєстровано та направлено на розгляд відповідним структурним підрозділам облдержадміністрації і райдержадміністраціям; 89 відсотків порушених питань вирішено позитивно або надано роз'яснення. Щотижня голові облдержадміністрації подається аналітична довідка про звернення, що надійшли на «гарячу лінію».

Крім того, у розділі «Звернення громадян» офіційного веб-сайту облдержадміністрації оновлено графіки особистого прийому громадян керівництвом облдержадміністрації та розміщено узагальнені відомості про звернення за 9 місяців 2012 року.

Завідувач відділу роботи із зверненнями громадян
апарату облдержадміністрації
Л.В. Кириленко
тел. 67-50-31
""",
    items=[(1, "body"), (5, "body")],
    note="The citizens' appeals department reports from web mail on the head's telephone hot line and on updating the appeals section of the oblast web site.",
)

# ---- 7. Plain body, Outlook 2010 plain text, UTF-8 base64; the longest plain letter (about
#         two pages); includes a paragraph on something outside the plan (a service centre). ---
letter(
    name="07-rda-bakhmach-body-long",
    executor="rda-bakhmach", addr="rda-bakhmach@example.gov.ua",
    from_name="Гнатюк Олена", pc="VNUTR-POL",
    client="outlook", client_version="14", charset="utf-8", body_mode="plain", cte="base64",
    dt=D(2012, 12, 12, 17, 26, 5), period=1,
    subject="Бахмацька РДА - інформація про виконання Плану заходів (Партнерство Відкритий уряд)",
    body="""Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Бахмацька районна державна адміністрація на виконання """ + PLAN_FULL + """, затвердженого заступником голови облдержадміністрації 10 вересня 2012 року, повідомляє про проведену у вересні – грудні 2012 року роботу.

Інформаційне наповнення офіційного веб-сайту райдержадміністрації здійснюється відповідно до вимог законів України «Про доступ до публічної інформації», «Про інформацію» та постанови Кабінету Міністрів України від 04.01.2002 № 3. Розпорядженням голови райдержадміністрації від 01.10.2012 № 388 затверджено оновлений Порядок розміщення інформації на офіційному веб-сайті та визначено відповідальних осіб у кожному структурному підрозділі. На сайті створено розділи «Доступ до публічної інформації», «Регуляторна діяльність», «Громадська рада», «Вакансії», розміщено систему обліку публічної інформації та відповіді на запити, що становлять суспільний інтерес. Протягом звітного періоду на сайті розміщено 212 інформаційних матеріалів.

Робота з проведення консультацій з громадськістю здійснюється відповідно до орієнтовного плану на 2012 рік. У звітному періоді проведено громадські слухання щодо проекту районного бюджету на 2013 рік, круглий стіл з питань реформування первинної медико-санітарної допомоги, зустріч з мешканцями сіл Бахмацької міської ради щодо облаштування сміттєзвалищ, а також електронні консультації на сайті щодо проекту програми розвитку малого і середнього підприємництва (надійшло 11 пропозицій). Звіти про результати консультацій оприлюднено на офіційному веб-сайті.

Члени громадської ради при райдержадміністрації беруть активну участь в обговоренні проектів розпоряджень голови райдержадміністрації та районних програм. Зокрема, на засіданнях громадської ради 18 жовтня та 22 листопада розглянуто проекти Програми соціально-економічного та культурного розвитку району на 2013 рік, районної програми «Питна вода» та розпорядження про тарифи на послуги з вивезення побутових відходів. Пропозиції громадської ради направлено розробникам, більшість з них враховано.

До складу координаційної ради з питань розвитку підприємництва, районної ради з питань фізичної культури і спорту та комісії з питань евакуації, що діють при райдержадміністрації, включено 14 представників громадських організацій, у тому числі 6 членів громадської ради.

За рекомендацією райдержадміністрації громадська рада на засіданні 22 листопада утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності органів влади, до якої увійшли 4 члени громадської ради; затверджено план роботи групи на 2013 рік.

Громадська організація «Бахмацьке товариство захисту прав споживачів» у жовтні – листопаді провела громадську експертизу діяльності управління праці та соціального захисту населення райдержадміністрації щодо призначення житлових субсидій. Експертні пропозиції розглянуто на нараді у заступника голови райдержадміністрації, розпорядженням від 30.11.2012 № 471 затверджено заходи з їх реалізації.

Спеціаліст сектору з питань внутрішньої політики та головний спеціаліст відділу організаційної роботи апарату взяли участь у навчальному семінарі для працівників, які безпосередньо організовують консультації з громадськістю, проведеному управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації спільно з Чернігівським центром перепідготовки та підвищення кваліфікації 27 листопада 2012 року.

З 1 листопада в райдержадміністрації працює центр надання адміністративних послуг, в якому суб'єкти господарювання можуть отримати 48 видів послуг.

Голова райдержадміністрації М.П. Дорошенко

Гнатюк Олена Василівна
сектор з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю Бахмацької райдержадміністрації
(04635) 2-15-73
""",
    items=[(1, "body"), (6, "body"), (7, "body"), (9, "body"), (10, "body"), (12, "body"), (13, "body")],
    note="A long plain-text report from a district administration covering its web site, consultations, the public council's discussion of drafts, advisory bodies, the council's openness working group, a public expert review and participation in the training seminar, plus a paragraph on an administrative service centre that is not in the plan.",
)

# ---- 8. Plain body, Thunderbird 17, UTF-8 flowed, period 2; one paragraph covers two
#         measures (consultations, and the public council discussing drafts). -----------------
letter(
    name="08-rda-nizhyn-body-p2",
    executor="rda-nizhyn", addr="rda-nizhyn@example.gov.ua",
    from_name="Олександр Ярмоленко",
    client="thunderbird", client_version="17.0.6", dt=D(2013, 6, 7, 13, 55, 41), period=2,
    subject="Ніжинська РДА - відкритий уряд, І півріччя 2013",
    body="""Добрий день!

Надсилаємо інформацію Ніжинської райдержадміністрації про виконання плану заходів щодо відкритості влади за перше півріччя 2013 року.

У січні – травні райдержадміністрація провела 9 консультацій з громадськістю: громадські слухання щодо проекту районної програми «Шкільний автобус», круглий стіл з представниками фермерських господарств щодо підготовки до весняно-польових робіт, опитування мешканців щодо якості медичного обслуговування. До обговорення проектів розпоряджень про затвердження Програми розвитку освіти району та Програми підтримки сім'ї на 2013 – 2015 роки залучались члени громадської ради при райдержадміністрації, їх зауваження розглянуто на засіданні громадської ради 16 квітня і враховано розробниками.

Інтернет-сторінку райдержадміністрації переведено на нову платформу, оновлено структуру розділів, додано розділ «Громадянське суспільство і влада». Відповіді на запити на публічну інформацію оприлюднюються у розділі «Доступ до публічної інформації».

Громадських експертиз у цьому періоді не проводилось.

-- 
Олександр Ярмоленко
сектор з питань внутрішньої політики
Ніжинська райдержадміністрація
тел. (04631) 2-29-16
""",
    items=[(1, "body"), (6, "body"), (9, "body")],
    note="A district administration's short plain report for the first half of 2013: one paragraph on consultations that also tells how public council members discussed two draft orders, one on its web page; expert reviews reported as not done.",
)

# ---- 9. Plain body, The Bat! v4, windows-1251 quoted-printable; an oblast department:
#         collegium, own site, advisory bodies, consultations - not in plan order. -----------
letter(
    name="09-su-osvita-body-cp1251",
    executor="su-osvita", addr="osvita@example.gov.ua",
    from_name="Управління освіти і науки ОДА",
    client="thebat", client_version="v4.0.38", charset="windows-1251", cte="quoted-printable",
    dt=D(2012, 11, 23, 12, 10, 27), period=1,
    subject="Інформація управління освіти і науки (відкритий уряд)",
    body="""Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Управління освіти і науки облдержадміністрації на виконання Плану заходів щодо підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє.

Наказом управління від 05.11.2012 № 611 до складу колегії управління освіти і науки включено голову комітету з питань освіти, науки та молодіжної політики Громадської ради при облдержадміністрації. Зміни до Положення про управління освіти і науки не знадобились, оскільки склад колегії визначається наказом начальника управління.

Сайт управління приведено у відповідність із вимогами законодавства: створено рубрику «Публічна інформація», оприлюднено структуру управління, контактні дані посадових осіб, нормативні документи, порядок оскарження рішень, перелік закладів освіти обласного підпорядкування.

До складу атестаційної комісії управління, обласної експертної ради з питань ліцензування та атестації навчальних закладів і конкурсної комісії з відбору обласних освітніх проектів включено представників громадських об'єднань – обласної організації профспілки працівників освіти і науки, обласної батьківської асоціації та Асоціації керівників шкіл.

У жовтні проведено громадське обговорення проекту концепції оптимізації мережі загальноосвітніх навчальних закладів області: зустрічі з батьківською громадськістю в районах та онлайн-опитування на сайті управління, в якому взяли участь 1382 особи. Підсумки обговорення буде враховано при доопрацюванні проекту.

Начальник управління В.М. Коваль

Гребенюк Н.О., 67-61-05
""",
    items=[(1, "body"), (6, "body"), (7, "body"), (8, "body")],
    note="The education department's windows-1251 plain letter: a Public Council committee head put on its collegium, its web site brought into line with the law, civil-society members on its commissions, and a public discussion of the school-network concept.",
)

# ---- 10. Plain body, Outlook Express, koi8-u 8bit, period 2; plain, unofficial wording. -------
letter(
    name="10-rda-semenivka-body-koi8u-p2",
    executor="rda-semenivka", addr="rda-semenivka@example.gov.ua",
    from_name="Петро Гаврилюк", pc="gavryliuk",
    client="oe", charset="koi8-u", cte="8bit",
    dt=D(2013, 5, 28, 8, 52, 19), period=2,
    subject="інформація Семенівка",
    body="""Добрий день.

Семенівська райдержадміністрація інформує про виконання плану заходів щодо відкритості влади.

На сайті райдержадміністрації оновили розділи "Новини", "Розпорядження голови" та "Доступ до публічної інформації", тепер там регулярно з'являються відповіді на запити громадян.

На наше прохання громадська рада при райдержадміністрації створила у своєму складі комісію з питань відкритості та прозорості, її очолив Мироненко В.П.

Громадської антикорупційної експертизи у першому півріччі не проводили.

Решту інформації надамо додатково.

Петро Гаврилюк, сектор внутрішньої політики Семенівської РДА, тел. (04659) 2-14-40
""",
    items=[(1, "body"), (10, "body")],
    note="A short, plainly worded koi8-u note from a district administration for the first half of 2013: site sections updated and the public council set up an openness commission at its request; no anti-corruption review was held.",
)

# ---- 11. HTML body (with plain alternative), Roundcube web mail. --------------------------------
letter(
    name="11-rda-koriukivka-html",
    executor="rda-koriukivka", addr="rda-koriukivka@example.gov.ua",
    from_name="Прокопенко Світлана", org="Корюківська районна державна адміністрація",
    client="roundcube", client_version="0.8.1", html=True,
    dt=D(2012, 11, 30, 15, 40, 8), period=1,
    subject="Звіт про виконання Плану заходів (Корюківська РДА)",
    body="""Корюківська районна державна адміністрація на виконання """ + PLAN_FULL + """ повідомляє.

Офіційний інтернет-ресурс райдержадміністрації функціонує відповідно до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3 та спільного наказу Держкомтелерадіо і Держкомзв'язку від 25.11.2002 № 327/225. Протягом жовтня – листопада оновлено розділи «Районна влада», «Нормативні акти», «Звернення громадян», створено підрозділ «Публічна інформація» з формою для надсилання електронного запиту.

Відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 у районі проведено публічне обговорення проекту Програми соціально-економічного розвитку Корюківського району на 2013 рік, громадські слухання щодо встановлення тарифів на теплову енергію, а також опитування громадської думки щодо роботи пасажирського транспорту. Інформація про результати обговорень оприлюднена в районній газеті «Маяк» та на сайті.

Райдержадміністрація сприяла громадській організації «Корюківська районна спілка ветеранів Афганістану» у проведенні громадської експертизи діяльності відділу у справах сім'ї, молоді та спорту райдержадміністрації щодо оздоровлення дітей пільгових категорій: організації надано необхідні документи та інформацію. Експертну пропозицію щодо черговості направлення дітей на оздоровлення враховано.

Голова райдержадміністрації С.А. Литвин

Виконавець: Прокопенко Світлана, (04657) 2-12-64
""",
    items=[(1, "body"), (6, "body"), (12, "body")],
    note="A district administration's report sent from Roundcube web mail as HTML with a plain alternative: its Internet resource, a public discussion and hearings, and help given to a public expert review.",
)

# ---- 12. HTML body (with plain alternative), Zimbra web client; an oblast department. -----------
letter(
    name="12-su-sotszakhyst-html",
    executor="su-sotszakhyst", addr="sotszakhyst@example.gov.ua",
    from_name="Управління праці та соцзахисту",
    client="zimbra", dt=D(2012, 12, 6, 16, 2, 55), period=1,
    subject="Інформація щодо виконання Плану заходів з відкритості",
    body="""Управління праці та соціального захисту населення облдержадміністрації інформує.

До роботи обласної координаційної ради у справах інвалідів та обласної комісії з питань соціального захисту громадян, які постраждали внаслідок Чорнобильської катастрофи, залучено представників громадських організацій інвалідів і ветеранів та членів Громадської ради при облдержадміністрації – всього 9 осіб.

На офіційному веб-порталі облдержадміністрації у рубриці «Хід виконання цільових програм» розміщено інформацію про хід виконання обласної програми соціальної підтримки малозабезпечених верств населення «Турбота» на 2012 – 2015 роки та Програми зайнятості населення області на 2012 рік станом на 01.10.2012.

Проект Комплексної програми соціальної підтримки ветеранів війни та праці на 2013 – 2017 роки було направлено членам Громадської ради при облдержадміністрації та обговорено на засіданні комітету з питань соціального захисту 20 листопада 2012 року; шість пропозицій членів громадської ради враховано.

Голову комітету з питань соціального захисту Громадської ради при облдержадміністрації за його згодою введено до складу колегії управління (наказ від 15.10.2012 № 98).

Заступник начальника управління О.І. Руденко
тел. 67-52-43
""",
    items=[(2, "body"), (7, "body"), (8, "body"), (9, "body")],
    note="The social protection department's HTML mail from the Zimbra web client: civil-society members on two advisory bodies, programme progress posted in the oblast site's rubric, the Public Council's discussion of a draft programme, and a committee head added to its collegium.",
)

# ---- 13. HTML only (no plain alternative), Horde IMP; the Public Council reports on the
#         "Чернігівська громада" resource, its openness commission and the public discussion
#         of how the plan is carried out. ------------------------------------------------------
letter(
    name="13-gromrada-html-only",
    executor="gromrada", addr="gromrada@example.gov.ua",
    from_name="Громадська рада при ОДА",
    client="imp", dt=D(2012, 12, 10, 19, 14, 37), period=1,
    subject="Громадська рада - інформація про виконання плану",
    body="""Громадська рада при Чернігівській облдержадміністрації повідомляє.

Спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації створено веб-ресурс «Чернігівська громада» (hromada.example.org.ua), який запрацював 1 листопада 2012 року. На ньому розміщуються новини громадських організацій області, анонси заходів, матеріали засідань громадських рад. Адміністрування ресурсу здійснює член громадської ради В. Карпенко; за листопад ресурс відвідали понад 3 тисячі користувачів.

На засіданні громадської ради 27 листопада утворено комісію з питань відкритості та прозорості діяльності органу влади у складі 7 членів, головою комісії обрано О. Дмитренко.

4 грудня у приміщенні облдержадміністрації проведено публічне обговорення стану реалізації в області Ініціативи «Партнерство „Відкритий уряд“» за участю представників громадських організацій, ЗМІ, регіонального координатора Партнерства та структурних підрозділів облдержадміністрації. Учасники заслухали інформацію управління з питань внутрішньої політики та зв'язків з громадськістю про хід виконання регіонального плану заходів і висловили пропозиції щодо його вдосконалення. Пропозиції узагальнено та направлено облдержадміністрації.

Голова Громадської ради при облдержадміністрації
Ю.В. Поліщук
тел. (0462) 67-53-90
""",
    items=[(3, "body"), (10, "body"), (15, "body")],
    note="An HTML-only mail from the Public Council: the \"Чернігівська громада\" web resource was launched, the council set up an openness commission, and a public discussion of how the regional plan is carried out was held.",
)

# ---- 14. HTML body with bold headings (plain alternative too), Roundcube, period 2. ------------
letter(
    name="14-rda-talalaivka-html-p2",
    executor="rda-talalaivka", addr="rda-talalaivka@example.gov.ua",
    from_name="Юлія Мартинюк", org="Талалаївська РДА",
    client="roundcube", client_version="0.9.0", html=True,
    dt=D(2013, 6, 3, 10, 31, 24), period=2,
    subject="Талалаївська РДА_відкритий уряд_червень 2013",
    body="""Талалаївська райдержадміністрація надає інформацію про виконання у І півріччі 2013 року Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

**Участь громадськості в дорадчих органах**
Розпорядженням голови райдержадміністрації від 14.02.2013 № 52 оновлено склад районної координаційної ради з питань сім'ї, гендерної рівності, демографічного розвитку та протидії торгівлі людьми і районної комісії з питань захисту прав дитини; до них увійшли представники трьох громадських організацій та двоє членів громадської ради.

**Обговорення проектів рішень членами громадської ради**
Проект розпорядження про затвердження районної програми розвитку фізичної культури і спорту на 2013 – 2016 роки розглянуто на засіданні громадської ради 21 березня. Громадська рада схвалила проект з урахуванням поданих нею пропозицій щодо ремонту стадіону в смт Талалаївка.

**Веб-сайт райдержадміністрації**
Оновлено розділ «Доступ до публічної інформації», розміщено звіти про задоволення запитів на інформацію за 2012 рік та І квартал 2013 року, новини про діяльність райдержадміністрації розміщуються щоденно.

З повагою,
Юлія Мартинюк
головний спеціаліст відділу організаційної роботи апарату Талалаївської РДА
(04634) 2-16-07
""",
    items=[(1, "body"), (7, "body"), (9, "body")],
    note="A district administration's HTML mail for the first half of 2013 with a bold heading over each paragraph: advisory bodies, the public council's discussion of a draft order, and the web site.",
)


def blank_header(lines, contact):
    """The printed letterhead of an office: centred bold lines and a small contact line."""
    return [("hdr", l) for l in lines] + [("hdrsmall", contact), ("blank",)]


# ---- 15. .docx (official letter with letterhead), Outlook 2007 with HTML cover note. -----------
letter(
    name="15-rda-horodnia-docx",
    executor="rda-horodnia", addr="rda-horodnia@example.gov.ua",
    from_name="Загальний відділ Городнянської РДА",
    client="outlook", client_version="12", charset="windows-1251",
    dt=D(2012, 12, 3, 12, 45, 9), period=1,
    subject="Інформація Городнянської РДА",
    body="""Добрий день!

Направляємо інформацію Городнянської райдержадміністрації на виконання Плану заходів (відкритий уряд).

З повагою,
загальний відділ Городнянської РДА
(04645) 2-13-31
""",
    att={"kind": "docx", "filename": "Інформація Городнянська РДА.docx", "author": "Ткач Г.М.",
         "doc": blank_header(["УКРАЇНА", "ГОРОДНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ"],
                             "вул. Криклівська, 11, м. Городня, 15100, тел./факс (04645) 2-13-31, e-mail: rda-horodnia@example.gov.ua") + [
        ("line", "03.12.2012 № 01-17/2281"),
        ("blank",),
        ("addr", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("subj", "Про виконання Плану заходів"),
        ("blank",),
        ("p", "На виконання " + PLAN_FULL + ", затвердженого заступником голови облдержадміністрації 10.09.2012, райдержадміністрація повідомляє."),
        ("p", "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства. На виконання Закону України «Про доступ до публічної інформації» на сайті створено окремий розділ, в якому розміщено порядок оформлення запитів, форму запиту та систему обліку документів; здійснено перевірку відповідності структури сайту типовій, за результатами якої додано розділи «Громадське обговорення» та «Громадська рада»."),
        ("p", "З метою забезпечення участі громадськості у формуванні та реалізації державної політики райдержадміністрацією складено орієнтовний план проведення консультацій з громадськістю на 2013 рік. Протягом звітного періоду проведено 5 консультацій, з них: громадські слухання щодо проекту районного бюджету на 2013 рік, зустрічі голови райдержадміністрації з трудовими колективами сільськогосподарських підприємств, електронне обговорення проекту районної програми енергозбереження."),
        ("p", "До складу районних комісій з питань техногенно-екологічної безпеки і надзвичайних ситуацій, з питань поводження з безхазяйними відходами та районної ради підприємців включено представників громадської організації «Городнянщина – наш дім», районної організації ветеранів та членів громадської ради при райдержадміністрації."),
        ("p", "Громадській раді при райдержадміністрації рекомендовано утворити у своєму складі робочу групу з питань відкритості та прозорості діяльності органів влади. Це питання включено до порядку денного засідання громадської ради, яке відбудеться 18 грудня 2012 року."),
        ("p", "Щодо сприяння проведенню громадських експертиз: у звітному періоді запитів від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності райдержадміністрації не надходило."),
        ("p", "Інформацію щодо інших пунктів плану буде надано додатково."),
        ("blank",),
        ("sign", "Голова райдержадміністрації", "О.В. Савчук"),
        ("blank",),
        ("small", "Ткач Г.М. 2-13-31"),
    ]},
    items=[(1, "Інформація Городнянська РДА.docx"), (6, "Інформація Городнянська РДА.docx"),
           (7, "Інформація Городнянська РДА.docx"), (10, "Інформація Городнянська РДА.docx")],
    note="A district administration's official letter in .docx with a one-line cover note: web site, consultations, civil-society members on district commissions, and a recommendation to the public council to form an openness working group; no expert reviews were requested.",
)

# ---- 16. .docx with an ASCII file name, Thunderbird; oblast economy department. ----------------
letter(
    name="16-su-ekonomika-docx",
    executor="su-ekonomika", addr="ekonomika@example.gov.ua",
    from_name="Сергій Лук'яненко",
    client="thunderbird", client_version="16.0.2", dt=D(2012, 12, 6, 11, 17, 48), period=1,
    subject="відкритий уряд - ГУ економіки",
    body="""Доброго дня.
У вкладенні - інформація Головного управління економіки ОДА щодо виконання плану заходів по відкритому уряду.

-- 
Сергій Лук'яненко
відділ стратегічного планування
Головне управління економіки облдержадміністрації
(0462) 67-54-12
""",
    att={"kind": "docx", "filename": "vidkrytyi_uriad_ekonomika.docx", "author": "Лук'яненко С.",
         "doc": [
        ("title", "ІНФОРМАЦІЯ"),
        ("title", "Головного управління економіки облдержадміністрації про виконання " + PLAN_FULL),
        ("blank",),
        ("p", "Головне управління економіки забезпечує підготовку та розміщення на офіційному веб-сайті облдержадміністрації в рубриці «Хід виконання цільових програм» зведеної інформації про виконання обласних цільових програм. Станом на 1 листопада 2012 року в рубриці розміщено звіти про хід виконання 34 програм із зазначенням обсягів фінансування та досягнутих показників; інформація оновлюється щоквартально."),
        ("p", "Проект Програми економічного і соціального розвитку Чернігівської області на 2013 рік пройшов процедуру консультацій з громадськістю: з 1 по 20 листопада проект був оприлюднений на офіційному веб-сайті облдержадміністрації для висловлення зауважень і пропозицій, 15 листопада проведено публічне обговорення за участю представників бізнес-асоціацій, наукових установ та громадських організацій. За результатами обговорення до проекту внесено 12 змін."),
        ("p", "Проекти регуляторних актів, розроблені головним управлінням, оприлюднюються для проведення громадської антикорупційної експертизи. Зокрема, асоціація «Чернігівський бізнес-клуб» надала висновок громадської антикорупційної експертизи проекту розпорядження «Про порядок проведення конкурсу інвестиційних проектів»; за його результатами уточнено критерії оцінки проектів."),
        ("p", "Голову комітету з питань економічного розвитку та інвестицій Громадської ради при облдержадміністрації включено до складу колегії головного управління; відповідні зміни до Положення про Головне управління економіки облдержадміністрації затверджено розпорядженням голови облдержадміністрації від 26.10.2012 № 512."),
        ("blank",),
        ("sign", "Начальник Головного управління економіки", "Т.М. Сидоренко"),
    ]},
    items=[(2, "vidkrytyi_uriad_ekonomika.docx"), (6, "vidkrytyi_uriad_ekonomika.docx"),
           (8, "vidkrytyi_uriad_ekonomika.docx"), (12, "vidkrytyi_uriad_ekonomika.docx")],
    note="The economy department's .docx \"ІНФОРМАЦІЯ\" attached in Thunderbird: target-programme reports in the oblast site's rubric, consultations on the 2013 development programme, an anti-corruption review of a draft, and a Public Council committee head added to its collegium.",
)

# ---- 17. .docx, Outlook 2010; УВП's own sector reports the department's measures to the
#         department mailbox.  Headings paraphrase the measures; the forum is "not yet begun". -
letter(
    name="17-uvp-docx",
    executor="uvp", addr="uvp-info@example.gov.ua",
    from_name="Ганна Литвиненко",
    client="outlook", client_version="14", charset="windows-1251",
    dt=D(2012, 12, 12, 9, 5, 30), period=1,
    subject="довідка сектору про виконання плану",
    body="""Валентино Петрівно,

направляю довідку сектору про виконання управлінням заходів плану станом на 10 грудня для узагальнення.

Ганна Литвиненко
сектор з питань взаємодії з інститутами громадянського суспільства
тел. 67-53-12
""",
    att={"kind": "docx", "filename": "Довідка УВП_відкритий уряд.docx", "author": "Литвиненко Г.",
         "doc": [
        ("title", "ДОВІДКА"),
        ("title", "про виконання управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації " + PLAN_FULL),
        ("title", "(станом на 10.12.2012)"),
        ("blank",),
        ("h", "Навчання державних службовців"),
        ("p", "27 листопада 2012 року спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальний семінар «Інструменти сприяння розвитку громадянського суспільства: консультації з громадськістю, громадська експертиза» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій, та спеціалістів райдержадміністрацій, які їх безпосередньо проводять. Участь у семінарі взяли 47 осіб. Наступний семінар заплановано на лютий 2013 року."),
        ("h", "Методичне забезпечення"),
        ("p", "Підготовлено та видано накладом 300 примірників методичний посібник «Консультації з громадськістю та громадська експертиза: практичні поради для державних службовців». Посібник надіслано до всіх структурних підрозділів облдержадміністрації та райдержадміністрацій, його електронну версію розміщено на офіційному веб-сайті облдержадміністрації."),
        ("h", "Веб-ресурс «Чернігівська громада»"),
        ("p", "Спільно з Громадською радою при облдержадміністрації створено веб-ресурс «Чернігівська громада», який працює з 1 листопада 2012 року. Управління забезпечує технічну підтримку ресурсу та щотижня розміщує на ньому анонси консультацій з громадськістю, що проводять органи виконавчої влади області."),
        ("p", "Створення на базі ресурсу інтернет-форуму передбачено на І квартал 2013 року; відповідні роботи ще не розпочато."),
        ("h", "Дні відкритих дверей"),
        ("p", "19 жовтня та 23 листопада в управлінні проведено дні відкритих дверей для студентів Чернігівського національного педагогічного університету і журналістів регіональних ЗМІ. Учасники ознайомилися з функціями та структурою управління, роботою з громадськими об'єднаннями і релігійними організаціями, моніторингом інформаційного простору."),
        ("h", "Робочі групи з питань відкритості у громадських радах"),
        ("p", "Громадській раді при облдержадміністрації та громадським радам при райдержадміністраціях листом управління від 02.10.2012 № 04-10/987 рекомендовано утворити у своєму складі комісії (робочі групи) з питань відкритості та прозорості діяльності органів влади. Станом на 10 грудня такі комісії та групи утворено в 9 громадських радах."),
        ("h", "«Гаряча лінія»"),
        ("p", "Спільно з відділом роботи із зверненнями громадян апарату облдержадміністрації забезпечується робота «гарячої лінії» голови облдержадміністрації: працівники управління щочетверга чергують на лінії, з початку вересня опрацьовано 214 звернень, що надійшли на «гарячу лінію» з питань діяльності громадських об'єднань та міжнаціональних відносин."),
        ("blank",),
        ("sign", "Завідувач сектору", "Г.В. Литвиненко"),
    ]},
    items=[(3, "Довідка УВП_відкритий уряд.docx"), (5, "Довідка УВП_відкритий уряд.docx"),
           (10, "Довідка УВП_відкритий уряд.docx"), (11, "Довідка УВП_відкритий уряд.docx"),
           (13, "Довідка УВП_відкритий уряд.docx"), (14, "Довідка УВП_відкритий уряд.docx")],
    note="A memo (.docx) from УВП's own sector about the department's measures, each under a short heading: training seminar, methodological guide, the web resource, open door days, openness working groups, the hot line; the Internet forum is said to be not yet begun.",
)

# ---- 18. .docx plus one measure reported in the body itself; Outlook 2010, koi8-u HTML. -------
letter(
    name="18-rda-mena-docx-and-body",
    executor="rda-mena", addr="rda-mena@example.gov.ua",
    from_name="Ірина Захарченко",
    client="outlook", client_version="14", charset="koi8-u",
    dt=D(2012, 12, 11, 15, 58, 16), period=1,
    subject="Менська РДА - інформація",
    body="""Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА

Менська райдержадміністрація надсилає інформацію про виконання Плану заходів щодо відкритого уряду (додається).

Додатково повідомляємо, що з 1 грудня 2012 року офіційний сайт райдержадміністрації працює на новому хостингу, відновлено архів розпоряджень голови райдержадміністрації за 2010 - 2012 роки та розділ "Доступ до публічної інформації", в якому розміщено відповіді на запити.

З повагою
Ірина Захарченко
відділ організаційної роботи та інформаційної діяльності апарату Менської РДА
тел. (04644) 2-15-22
""",
    att={"kind": "docx", "filename": "Звіт Менська РДА.docx", "author": "Захарченко І.", "name_charset": "koi8-u",
         "doc": [
        ("title", "Інформація"),
        ("title", "Менської районної державної адміністрації щодо виконання " + PLAN_FULL),
        ("blank",),
        ("p", "Відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 у районі регулярно проводяться консультації з громадськістю. У жовтні – листопаді 2012 року проведено громадські слухання з питань підготовки житлового фонду та соціальної сфери до опалювального сезону, круглий стіл з керівниками сільськогосподарських підприємств щодо розміру орендної плати за земельні паї, а також опитування мешканців районного центру щодо якості послуг з водопостачання."),
        ("p", "Члени громадської ради при райдержадміністрації залучалися до обговорення проекту розпорядження голови райдержадміністрації «Про затвердження районної програми підтримки індивідуального житлового будівництва на селі на 2013 – 2015 роки». Висловлені ними пропозиції щодо розміру пільгових кредитів розглянуто розробником і частково враховано."),
        ("p", "Сектор з питань внутрішньої політики райдержадміністрації сприяв громадській організації «Менський правозахисний центр» у проведенні громадської антикорупційної експертизи проекту розпорядження «Про затвердження Порядку надання одноразової матеріальної допомоги». Рекомендації експертів враховано в остаточній редакції розпорядження."),
        ("p", "Інформацію щодо інших пунктів плану буде надано додатково."),
        ("blank",),
        ("sign", "Керівник апарату райдержадміністрації", "Н.П. Левченко"),
    ]},
    items=[(1, "body"), (6, "Звіт Менська РДА.docx"), (9, "Звіт Менська РДА.docx"), (12, "Звіт Менська РДА.docx")],
    note="A district administration's mail whose koi8-u body itself reports the web site's move and restored sections, while the attached .docx reports consultations, the public council's discussion of a draft order and an anti-corruption review.",
)

# ---- 19. .docx, The Bat!, period 2; headings quote/paraphrase the measures' titles; one
#         heading is followed by "not done". -------------------------------------------------
letter(
    name="19-su-zdorovia-docx-p2",
    executor="su-zdorovia", addr="zdorovia@example.gov.ua",
    from_name="Управління охорони здоров'я ОДА",
    client="thebat", client_version="v5.0.36", charset="windows-1251", cte="8bit",
    dt=D(2013, 6, 5, 14, 22, 3), period=2,
    subject="інформація УОЗ (відкритий уряд) І півріччя 2013",
    body="""Добрий день!

Надсилаємо інформацію управління охорони здоров'я облдержадміністрації за І півріччя 2013 р. щодо виконання Плану заходів (відкритий уряд).

--
З повагою,
організаційно-методичний відділ УОЗ
тел. (0462) 67-59-08
""",
    att={"kind": "docx", "filename": "Інформація УОЗ червень 2013.docx", "author": "Остапенко В.",
         "doc": [
        ("title", "Інформація"),
        ("title", "управління охорони здоров'я облдержадміністрації про виконання у І півріччі 2013 року " + PLAN_FULL),
        ("blank",),
        ("h", "Щодо приведення інформаційного наповнення офіційного веб-сайту у відповідність до вимог законодавства"),
        ("p", "Веб-сайт управління охорони здоров'я оновлено: розміщено відомості про мережу закладів охорони здоров'я області, порядок отримання безоплатної медичної допомоги, перелік лікарських засобів, що відпускаються пільговим категоріям громадян, а також відповіді на запити на публічну інформацію, які становлять суспільний інтерес."),
        ("h", "Щодо залучення представників громадськості до дорадчих органів"),
        ("p", "До складу обласної координаційної ради з питань протидії ВІЛ-інфекції/СНІДу та туберкульозу включено представників благодійного фонду «Світло надії» та обласного осередку Всеукраїнської мережі людей, які живуть з ВІЛ; до складу обласної комісії з питань біоетики – члена Громадської ради при облдержадміністрації."),
        ("h", "Щодо обговорення членами громадських рад проектів програм"),
        ("p", "Проект обласної програми «Здоров'я населення Чернігівщини на 2013 – 2017 роки» розглянуто на засіданні комітету з соціальних питань Громадської ради при облдержадміністрації 12 березня 2013 року; пропозиції членів громадської ради щодо розвитку сільської медицини враховано в затвердженій програмі."),
        ("h", "Щодо громадських експертиз"),
        ("p", "У І півріччі 2013 року громадські експертизи діяльності управління не проводились."),
        ("blank",),
        ("sign", "Начальник управління", "О.М. Пилипенко"),
        ("blank",),
        ("small", "Остапенко В.І. 67-59-08"),
    ]},
    items=[(1, "Інформація УОЗ червень 2013.docx"), (7, "Інформація УОЗ червень 2013.docx"),
           (9, "Інформація УОЗ червень 2013.docx")],
    note="The health department's .docx for the first half of 2013 with a heading over each paragraph: its web site, civil-society members on advisory bodies, the Public Council's discussion of a draft programme; expert reviews reported as not done.",
)

# ---- 20. .docx with a long file name (RFC 2231 continuations), Thunderbird; the retraining
#         centre reports its seminars and, though not an executor, handing out the guide. ------
letter(
    name="20-cppk-docx",
    executor="cppk", addr="cppk@example.gov.ua",
    from_name="Центр перепідготовки та підвищення кваліфікації",
    client="thunderbird", client_version="17.0", dt=D(2012, 12, 7, 12, 33, 44), period=1,
    subject="Інформація ЦППК щодо виконання Плану заходів",
    body="""Шановні колеги!

Надсилаємо інформацію Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій щодо виконання Плану заходів.

З повагою,
навчально-методичний відділ ЦППК
(0462) 65-18-40
""",
    att={"kind": "docx", "filename": "ЦППК - інформація про виконання плану заходів (відкритий уряд).docx",
         "author": "Навчально-методичний відділ",
         "doc": blank_header(["ЧЕРНІГІВСЬКИЙ ЦЕНТР ПЕРЕПІДГОТОВКИ ТА ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ ПРАЦІВНИКІВ ОРГАНІВ ДЕРЖАВНОЇ ВЛАДИ, ОРГАНІВ МІСЦЕВОГО САМОВРЯДУВАННЯ, ДЕРЖАВНИХ УСТАНОВ, ПІДПРИЄМСТВ І ОРГАНІЗАЦІЙ"],
                             "м. Чернігів, тел. (0462) 65-18-40, e-mail: cppk@example.gov.ua") + [
        ("line", "07.12.2012 № 312"),
        ("blank",),
        ("addr", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("p", "Центром спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації 27 листопада 2012 року проведено навчальний семінар для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю, та спеціалістів райдержадміністрацій. Розглянуто питання нормативно-правового забезпечення участі громадськості у формуванні державної політики, методики проведення електронних консультацій, організації громадської експертизи. Навчання пройшли 47 осіб."),
        ("p", "Крім того, тематичний модуль «Взаємодія органів влади з інститутами громадянського суспільства» обсягом 8 годин включено до програм короткострокових курсів підвищення кваліфікації державних службовців. У жовтні – листопаді за цими програмами навчено 112 працівників районних державних адміністрацій та органів місцевого самоврядування."),
        ("p", "Усім учасникам семінару роздано методичний посібник «Консультації з громадськістю та громадська експертиза: практичні поради для державних службовців», підготовлений управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації; електронну версію посібника розміщено в електронній бібліотеці центру для слухачів усіх курсів."),
        ("blank",),
        ("sign", "Директор центру", "А.П. Мороз"),
    ]},
    items=[(13, "ЦППК - інформація про виконання плану заходів (відкритий уряд).docx"),
           (14, "ЦППК - інформація про виконання плану заходів (відкритий уряд).docx")],
    note="The retraining centre's letter (.docx with a long file name): the seminar held with УВП and a module in its courses, and the distribution of УВП's methodological guide to participants.",
)

# ---- 21. .odt, Thunderbird; paragraphs out of order; one paragraph covers consultations and
#         the public council's discussion of a draft order. -----------------------------------
letter(
    name="21-rda-korop-odt",
    executor="rda-korop", addr="rda-korop@example.gov.ua",
    from_name="Коропська РДА",
    client="thunderbird", client_version="16.0.2", dt=D(2012, 11, 27, 10, 8, 51), period=1,
    subject="Коропська РДА",
    body="""Добрий день!
Інформація Коропської райдержадміністрації на виконання плану заходів у вкладенні.

З повагою,
Віра Сергієнко, сектор з питань внутрішньої політики
(04656) 2-14-63
""",
    att={"kind": "odt", "filename": "Інформація_Коропська_РДА.odt", "author": "Сергієнко В.",
         "doc": blank_header(["УКРАЇНА", "КОРОПСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ"],
                             "вул. Шевченка, 2, смт Короп, 16200, тел. (04656) 2-14-63") + [
        ("line", "26.11.2012 № 02-14/1807"),
        ("blank",),
        ("addr", "Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("p", "На виконання " + PLAN_FULL + " райдержадміністрація інформує."),
        ("p", "Громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності органу влади. Робочу групу у складі трьох осіб утворено рішенням громадської ради від 25.10.2012."),
        ("p", "У жовтні проведено громадське обговорення у формі круглого столу проекту розпорядження голови райдержадміністрації «Про затвердження Програми розвитку туризму в Коропському районі на 2013 – 2015 роки», до якого, крім представників підприємців і краєзнавців, залучено членів громадської ради при райдержадміністрації; їх пропозиції щодо облаштування туристичних маршрутів до Батурина та Мезинського національного природного парку враховано. Також проведено громадські слухання щодо проекту районного бюджету на 2013 рік та опитування жителів смт Короп щодо благоустрою центральної площі."),
        ("p", "Офіційний веб-сайт райдержадміністрації регулярно оновлюється: на ньому розміщено всі розпорядження голови райдержадміністрації нормативного характеру, відомості про діяльність структурних підрозділів, рубрику «Публічна інформація» з реєстром документів."),
        ("blank",),
        ("sign", "Перший заступник голови райдержадміністрації", "І.Г. Кузьменко"),
        ("blank",),
        ("small", "Сергієнко 2-14-63"),
    ]},
    items=[(1, "Інформація_Коропська_РДА.odt"), (6, "Інформація_Коропська_РДА.odt"),
           (9, "Інформація_Коропська_РДА.odt"), (10, "Інформація_Коропська_РДА.odt")],
    note="A district administration's official letter as .odt, paragraphs out of order: openness working group in the public council, a round table on a draft order with council members plus hearings and a survey, and the web site.",
)

# ---- 22. .odt sent as application/octet-stream, Outlook 2010, period 2; an oblast department. --
letter(
    name="22-su-apk-odt-p2",
    executor="su-apk", addr="apk@example.gov.ua",
    from_name="ГУ агропромислового розвитку",
    client="outlook", client_version="14", charset="windows-1251",
    dt=D(2013, 5, 30, 16, 41, 27), period=2,
    subject="Інформація ГУ агропромислового розвитку",
    body="""Головне управління агропромислового розвитку облдержадміністрації надсилає інформацію про виконання Плану заходів у I півріччі 2013 року.

Відділ організаційної роботи та зв'язків з громадськістю
тел. (0462) 67-55-81
""",
    att={"kind": "odt", "filename": "Інформація ГУАПР.odt", "mime": "application/octet-stream", "author": "Bondarenko",
         "doc": [
        ("title", "ІНФОРМАЦІЯ"),
        ("title", "Головного управління агропромислового розвитку облдержадміністрації про виконання " + PLAN_FULL + " у I півріччі 2013 року"),
        ("blank",),
        ("p", "На офіційному веб-сайті облдержадміністрації, у розділі, присвяченому виконанню обласних цільових програм, розміщено звіт про виконання у 2012 році Програми розвитку особистих селянських господарств на 2012 – 2015 роки та Програми підтримки розвитку тваринництва; інформацію за І квартал 2013 року подано для розміщення у квітні."),
        ("p", "Голову комітету з питань аграрної політики та земельних відносин Громадської ради при облдержадміністрації включено до складу колегії головного управління; у березні він взяв участь у засіданні колегії, на якому розглядалися підсумки роботи агропромислового комплексу області за 2012 рік."),
        ("p", "Проведено консультації з громадськістю щодо проекту обласної програми розвитку фермерських господарств на 2013 – 2017 роки: круглі столи у Ніжинському, Прилуцькому та Бахмацькому районах, а також обговорення на засіданні правління обласної асоціації фермерів і приватних землевласників. Усього надійшло 23 пропозиції, 15 з них враховано."),
        ("blank",),
        ("sign", "Заступник начальника головного управління", "Г.І. Бондаренко"),
    ]},
    items=[(2, "Інформація ГУАПР.odt"), (6, "Інформація ГУАПР.odt"), (8, "Інформація ГУАПР.odt")],
    note="The agriculture department's .odt (sent as application/octet-stream) for the first half of 2013: programme reports in the oblast site's target-programme section, a Public Council committee head on its collegium, and consultations on a draft farming programme.",
)

# ---- 23. .odt, Outlook 2007 HTML cover, period 2. ---------------------------------------------
letter(
    name="23-rda-shchors-odt-p2",
    executor="rda-shchors", addr="rda-shchors@example.gov.ua",
    from_name="Щорська РДА",
    client="outlook", client_version="12", charset="windows-1251",
    dt=D(2013, 6, 10, 11, 49, 35), period=2,
    subject="інформація Щорської РДА на виконання плану заходів",
    body="""Доброго дня!

У вкладенні інформація Щорської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.

Відділ організаційної роботи апарату РДА
(04654) 2-12-97
""",
    att={"kind": "odt", "filename": "Щорська РДА.odt", "author": "Приймак О.",
         "doc": blank_header(["УКРАЇНА", "ЩОРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ"],
                             "м. Щорс, тел. (04654) 2-12-97") + [
        ("line", "07.06.2013 № 01-23/1144"),
        ("blank",),
        ("addr", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("p", "Щорська райдержадміністрація інформує про виконання у І півріччі 2013 року " + PLAN_FULL + "."),
        ("p", "У квітні 2013 року громадська організація «Щорська районна спілка підприємців» провела громадську експертизу діяльності відділу економічного розвитку і торгівлі райдержадміністрації у сфері дозвільної системи. Райдержадміністрація надала організації всі запитувані матеріали; розпорядженням голови райдержадміністрації від 20.05.2013 № 148 затверджено заходи щодо реалізації експертних пропозицій, зокрема скорочено строки видачі документів дозвільного характеру."),
        ("p", "Представників громадськості, у тому числі двох членів громадської ради, включено до складу районної комісії з питань захисту прав дитини та районної координаційної ради з питань сприяння розвитку підприємництва."),
        ("p", "Інтернет-сторінка райдержадміністрації на офіційному веб-сайті оновлюється відповідно до Закону України «Про доступ до публічної інформації»: розміщено звіт про розгляд запитів на інформацію за 2012 рік, щомісячно оприлюднюються розпорядження голови та новини."),
        ("p", "Інформацію щодо інших пунктів плану буде надано додатково."),
        ("blank",),
        ("sign", "Голова райдержадміністрації", "В.М. Ярошенко"),
        ("blank",),
        ("small", "Приймак 2-12-97"),
    ]},
    items=[(1, "Щорська РДА.odt"), (7, "Щорська РДА.odt"), (12, "Щорська РДА.odt")],
    note="A district administration's .odt letter for the first half of 2013: a public expert review of its permits office with measures to implement it, civil-society members on advisory bodies, and its Internet page.",
)

# ---- 24. .odt, Thunderbird; the regional coordinator of the Partnership (by consent). ----------
letter(
    name="24-ogp-coordinator-odt",
    executor="ogp-coordinator", addr="ogp-coordinator@example.org.ua",
    from_name="Андрій Остапчук",
    client="thunderbird", client_version="17.0", dt=D(2012, 12, 12, 21, 37, 10), period=1,
    subject="Інформація регіонального координатора",
    body="""Шановні колеги,

надсилаю інформацію щодо моєї участі у виконанні регіонального плану заходів у рамках Партнерства «Відкритий уряд».

-- 
Андрій Остапчук
регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області
моб. 050 417 62 38
""",
    att={"kind": "odt", "filename": "Звіт координатора.odt", "author": "Андрій Остапчук",
         "doc": [
        ("title", "Інформація регіонального координатора «Партнерства „Відкритий уряд“» в Чернігівській області"),
        ("blank",),
        ("p", "4 грудня 2012 року спільно з Громадською радою при облдержадміністрації та управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації організовано круглий стіл «Відкритий уряд на Чернігівщині: перші підсумки». Представники громадських організацій, експерти та журналісти разом із посадовими особами облдержадміністрації обговорили, як в області виконуються заходи регіонального плану, які з них виконано формально, а які дали реальний результат. Підготовлено резолюцію круглого столу з пропозиціями, її оприлюднено на веб-ресурсі «Чернігівська громада»."),
        ("p", "Узяв участь в організації навчального семінару, проведеного 27 листопада 2012 року в Чернігівському центрі перепідготовки та підвищення кваліфікації для посадових осіб, відповідальних за організацію консультацій з громадськістю: підготував і прочитав лекцію «Міжнародні стандарти відкритості органів влади та Ініціатива „Партнерство «Відкритий уряд»“», провів практичне заняття з планування консультацій."),
        ("blank",),
        ("line", "А. Остапчук"),
        ("line", "12.12.2012"),
    ]},
    items=[(13, "Звіт координатора.odt"), (15, "Звіт координатора.odt")],
    note="The regional Open Government coordinator's .odt: a round table on how the regional plan is being carried out, and a lecture and practical session he gave at the training seminar for officials who organise consultations.",
)

# ---- 25. PDF (made from .docx), Outlook 2007; a two-page official letter. ----------------------
letter(
    name="25-rda-nosivka-pdf",
    executor="rda-nosivka", addr="rda-nosivka@example.gov.ua",
    from_name="Носівська РДА",
    client="outlook", client_version="12", charset="windows-1251",
    dt=D(2012, 12, 6, 10, 14, 22), period=1,
    subject="Носівська РДА - інформація про виконання Плану заходів",
    body="""Добрий день.

Надсилаємо у форматі PDF лист Носівської райдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області. Оригінал надіслано поштою.

Сектор з питань внутрішньої політики, зв'язків із ЗМІ та громадськістю
Носівської райдержадміністрації
тел. (04642) 2-10-57
""",
    att={"kind": "pdf", "via": "docx", "filename": "Носівська РДА інформація.pdf", "author": "Шевченко Т.",
         "doc": blank_header(["УКРАЇНА", "НОСІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ"],
                             "вул. Центральна, 20, м. Носівка, 17100, тел. (04642) 2-10-57, факс 2-11-34") + [
        ("line", "05.12.2012 № 01-19/2650"),
        ("blank",),
        ("addr", "Заступнику голови облдержадміністрації"),
        ("addr", "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("subj", "Про виконання Плану заходів"),
        ("blank",),
        ("p", "На виконання " + PLAN_FULL + ", затвердженого 10 вересня 2012 року, Носівська районна державна адміністрація інформує."),
        ("p", "Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законів України «Про інформацію», «Про доступ до публічної інформації» та Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади. Розпорядженням голови райдержадміністрації призначено відповідальних за своєчасне розміщення інформації у кожному структурному підрозділі. Проведено ревізію розділів сайту: вилучено застарілі матеріали, створено розділи «Доступ до публічної інформації», «Регуляторна політика», «Оголошення», «Громадська рада», оприлюднено систему обліку документів райдержадміністрації. Відповіді на запити на інформацію, що можуть становити суспільний інтерес, розміщуються на сайті у тижневий строк. За вересень – листопад на сайті розміщено 186 новин та 74 розпорядження голови райдержадміністрації."),
        ("p", "Райдержадміністрація забезпечує проведення консультацій з громадськістю відповідно до Порядку, затвердженого постановою Кабінету Міністрів України від 03.11.2010 № 996. Орієнтовний план консультацій на 2012 рік виконано: у звітному періоді проведено громадські слухання щодо проекту районного бюджету на 2013 рік, конференцію з питань реформування системи охорони здоров'я, зустрічі з мешканцями сіл Володькова Дівиця та Мрин щодо закриття малокомплектних шкіл, електронні консультації на сайті щодо проекту програми розвитку культури. Вивчення громадської думки проведено шляхом анкетування відвідувачів районного центру зайнятості. Звіти про результати консультацій оприлюднено на сайті та в районній газеті «Носівські вісті». Проект орієнтовного плану консультацій на 2013 рік оприлюднено для пропозицій."),
        ("p", "Представники інститутів громадянського суспільства активно залучаються до роботи дорадчо-консультативних органів райдержадміністрації. До складу районної тристоронньої соціально-економічної ради, районної ради з питань безпеки дорожнього руху, координаційної ради з питань протидії наркоманії та комісії з питань призначення державної соціальної допомоги включено 11 представників громадських організацій, з них 5 членів громадської ради."),
        ("p", "Проекти розпоряджень голови райдержадміністрації, що стосуються прав та обов'язків громадян, а також проекти районних програм до їх затвердження надсилаються громадській раді при райдержадміністрації. У звітному періоді громадська рада розглянула на своїх засіданнях проекти Програми соціально-економічного та культурного розвитку району на 2013 рік, районного бюджету на 2013 рік та програми «Питна вода Носівщини»; висловлені членами громадської ради зауваження враховано розробниками."),
        ("p", "Проекти нормативно-правових актів райдержадміністрації оприлюднюються на офіційному веб-сайті із запрошенням інститутів громадянського суспільства провести їх громадську антикорупційну експертизу. У жовтні громадська організація «Носівська ініціатива» провела таку експертизу проекту розпорядження «Про затвердження Положення про конкурсний відбір перевізників на автобусних маршрутах загального користування»; корупціогенних факторів не виявлено, дві редакційні пропозиції враховано."),
        ("p", "Інформацію щодо інших пунктів плану буде надано додатково."),
        ("blank",),
        ("sign", "Голова райдержадміністрації", "В.Г. Ковтун"),
        ("blank",),
        ("small", "Шевченко Т.В."),
        ("small", "2-10-57"),
    ]},
    items=[(1, "Носівська РДА інформація.pdf"), (6, "Носівська РДА інформація.pdf"),
           (7, "Носівська РДА інформація.pdf"), (9, "Носівська РДА інформація.pdf"),
           (12, "Носівська РДА інформація.pdf")],
    note="A district administration's two-page official letter as PDF: web site, consultations, advisory bodies, drafts sent to the public council, and an anti-corruption review of a draft order.",
)

# ---- 26. PDF (made from .odt), Thunderbird; ASCII file name; oblast ecology department. --------
letter(
    name="26-su-ekolohiia-pdf",
    executor="su-ekolohiia", addr="ekolohiia@example.gov.ua",
    from_name="Управління екології та природних ресурсів",
    client="thunderbird", client_version="16.0.2", dt=D(2012, 11, 28, 13, 26, 59), period=1,
    subject="Управління екології - відкритий уряд",
    body="""Добрий день!

Направляємо інформацію управління екології та природних ресурсів облдержадміністрації на виконання Плану заходів.

-- 
Юрій Бойко
управління екології та природних ресурсів Чернігівської ОДА
тел. 67-57-24
""",
    att={"kind": "pdf", "via": "odt", "filename": "ekolohiia_vidkrytyi_uriad.pdf", "author": "Бойко Ю.",
         "doc": blank_header(["УПРАВЛІННЯ ЕКОЛОГІЇ ТА ПРИРОДНИХ РЕСУРСІВ", "ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ"],
                             "м. Чернігів, тел. (0462) 67-57-24, e-mail: ekolohiia@example.gov.ua") + [
        ("line", "27.11.2012 № 05-12/2214"),
        ("blank",),
        ("addr", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("p", "З метою залучення громадськості до формування екологічної політики в області управлінням проведено консультації з громадськістю щодо проекту регіональної програми охорони навколишнього природного середовища на 2013 – 2017 роки: 8 листопада 2012 року відбулося публічне громадське обговорення за участю екологічних громадських організацій, науковців та представників підприємств, а також протягом місяця тривало опитування на сайті управління. Звіт про результати обговорення розміщено на сайті."),
        ("p", "До розділу офіційного веб-сайту облдержадміністрації, присвяченого ходу виконання цільових програм, подано та розміщено інформацію про виконання за 9 місяців 2012 року обласної програми охорони навколишнього природного середовища та програми розвитку заповідної справи."),
        ("p", "Чернігівське обласне екологічне товариство «Довкілля» провело громадську експертизу діяльності управління щодо видачі дозволів на спеціальне використання природних ресурсів. Наказом управління затверджено заходи щодо впровадження експертних пропозицій, зокрема передбачено оприлюднення реєстру виданих дозволів."),
        ("blank",),
        ("sign", "Начальник управління", "Л.С. Гриценко"),
    ]},
    items=[(2, "ekolohiia_vidkrytyi_uriad.pdf"), (6, "ekolohiia_vidkrytyi_uriad.pdf"), (12, "ekolohiia_vidkrytyi_uriad.pdf")],
    note="The ecology department's letter as PDF (made from .odt): consultations on the draft environmental programme, programme progress in the oblast site's target-programme section, and a public expert review of its permits work.",
)

# ---- 27. PDF (made from .odt), Roundcube with attachment (RFC 2231 continuations), period 2;
#         the district reports its officials' training though it is not an executor of it. ---
letter(
    name="27-rda-pryluky-pdf-p2",
    executor="rda-pryluky", addr="rda-pryluky@example.gov.ua",
    from_name="Прилуцька райдержадміністрація", org="Прилуцька районна державна адміністрація",
    client="roundcube", client_version="0.9.0",
    dt=D(2013, 6, 11, 9, 37, 46), period=2,
    subject="Прилуцька РДА (відкритий уряд)",
    body="""Доброго дня!

Надсилаємо інформацію Прилуцької райдержадміністрації про виконання Плану заходів у І півріччі 2013 року (файл PDF).

Сектор з питань внутрішньої політики
(04637) 3-05-19
""",
    att={"kind": "pdf", "via": "odt", "filename": "Прилуцька_РДА_інформація_червень_2013.pdf", "author": "Гордієнко Н.",
         "doc": blank_header(["УКРАЇНА", "ПРИЛУЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ"],
                             "м. Прилуки, тел. (04637) 3-05-19") + [
        ("line", "10.06.2013 № 01-12/1389"),
        ("blank",),
        ("addr", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("p", "Прилуцька райдержадміністрація повідомляє про виконання у І півріччі 2013 року " + PLAN_FULL + "."),
        ("p", "У лютому 2013 року заступник голови райдержадміністрації, який відповідає за організацію консультацій з громадськістю, та головний спеціаліст з питань внутрішньої політики пройшли навчання на семінарі в Чернігівському центрі перепідготовки та підвищення кваліфікації з питань застосування інструментів сприяння розвитку громадянського суспільства."),
        ("p", "Громадська рада при райдержадміністрації за нашою рекомендацією утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності влади. У квітні група провела моніторинг своєчасності оприлюднення розпоряджень голови райдержадміністрації та надала свої висновки."),
        ("p", "Веб-сторінка райдержадміністрації на офіційному сайті постійно оновлюється: розміщено оновлені відомості про керівництво райдержадміністрації, вакансії, звіт про розгляд запитів на публічну інформацію; усі розпорядження голови нормативного характеру оприлюднюються не пізніше п'яти днів після підписання."),
        ("blank",),
        ("sign", "Голова райдержадміністрації", "С.І. Гордієнко"),
    ]},
    items=[(1, "Прилуцька_РДА_інформація_червень_2013.pdf"), (10, "Прилуцька_РДА_інформація_червень_2013.pdf"),
           (13, "Прилуцька_РДА_інформація_червень_2013.pdf")],
    note="A district administration's PDF letter for the first half of 2013 sent from Roundcube: two officials trained at the retraining centre's seminar, the public council's openness working group, and the web page.",
)

# ---- 28. PDF (made from .docx), Outlook 2003 plain cover; oblast family/youth/sport dept. -------
letter(
    name="28-su-simia-pdf",
    executor="su-simia", addr="simia@example.gov.ua",
    from_name="Управління сім'ї, молоді та спорту", pc="SIMIA-01",
    client="outlook", client_version="11", charset="windows-1251", body_mode="plain",
    dt=D(2012, 12, 4, 15, 3, 11), period=1,
    subject="Інформація управління у справах сім'ї, молоді та спорту",
    body="""Направляємо інформацію управління у справах сім'ї, молоді та спорту облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

Загальний відділ
управління у справах сім'ї, молоді та спорту
тел. 67-56-30
""",
    att={"kind": "pdf", "via": "docx", "filename": "Інформація управління сім'ї молоді та спорту.pdf", "author": "Марченко О.",
         "doc": blank_header(["УПРАВЛІННЯ У СПРАВАХ СІМ'Ї, МОЛОДІ ТА СПОРТУ", "ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ"],
                             "м. Чернігів, тел. (0462) 67-56-30") + [
        ("line", "04.12.2012 № 03-11/1975"),
        ("blank",),
        ("addr", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("p", "Управління у справах сім'ї, молоді та спорту облдержадміністрації на виконання " + PLAN_FULL + " повідомляє."),
        ("p", "До складу колегії управління за згодою включено голову комітету з питань сім'ї, молоді та спорту Громадської ради при облдержадміністрації; наказом управління від 08.10.2012 № 214 внесено відповідні зміни до Положення про колегію."),
        ("p", "Проект обласної програми «Молодь Чернігівщини» на 2013 – 2015 роки обговорено на розширеному засіданні комітету з питань сім'ї, молоді та спорту Громадської ради при облдержадміністрації за участю членів громадської ради та представників молодіжних організацій; запропоновані ними заходи з підтримки молодіжних ініціатив включено до проекту програми."),
        ("p", "До роботи обласної координаційної ради з питань молодіжної політики та обласної ради з питань протидії торгівлі людьми залучено представників молодіжних і жіночих громадських організацій області, зокрема обласного осередку Українського жіночого фонду."),
        ("p", "На сторінці управління офіційного веб-сайту облдержадміністрації розміщено оновлену інформацію про структуру та функції управління, нормативно-правові акти, порядок отримання соціальних послуг центрами соціальних служб для сім'ї, дітей та молоді, а також звіти про розгляд запитів на публічну інформацію."),
        ("blank",),
        ("sign", "Начальник управління", "Н.В. Марченко"),
    ]},
    items=[(1, "Інформація управління сім'ї молоді та спорту.pdf"), (7, "Інформація управління сім'ї молоді та спорту.pdf"),
           (8, "Інформація управління сім'ї молоді та спорту.pdf"), (9, "Інформація управління сім'ї молоді та спорту.pdf")],
    note="The family, youth and sport department's PDF letter: a Public Council committee head on its collegium, the council's discussion of its draft youth programme, civil-society members on two advisory bodies, and its page on the oblast site.",
)

# ---- 29. .doc (Word 97), Outlook Express; paragraphs out of order. -----------------------------
letter(
    name="29-rda-chernihiv-doc",
    executor="rda-chernihiv", addr="rda-chernihiv@example.gov.ua",
    from_name="Чернігівська РДА", pc="ZAGVIDDIL",
    client="oe", charset="windows-1251", cte="quoted-printable",
    dt=D(2012, 12, 10, 11, 56, 38), period=1,
    subject="Чернігівська РДА - інформація",
    body="""Добрий день!

Надсилаємо інформацію Чернігівської районної державної адміністрації щодо виконання Плану заходів (файл додається).

Загальний відділ апарату Чернігівської РДА
тел. (0462) 69-51-07
""",
    att={"kind": "doc", "filename": "Інформація Чернігівської РДА.doc", "author": "Олійник С.",
         "doc": blank_header(["УКРАЇНА", "ЧЕРНІГІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ"],
                             "пр-т Миру, 43, м. Чернігів, 14000, тел. (0462) 69-51-07") + [
        ("line", "07.12.2012 № 01-14/3317"),
        ("blank",),
        ("addr", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("blank",),
        ("p", "Чернігівська районна державна адміністрація на виконання " + PLAN_FULL + " повідомляє."),
        ("p", "Відповідно до затвердженого орієнтовного плану в районі у вересні – листопаді проведено консультації з громадськістю: громадські слухання щодо проекту генерального плану села Киїнка, круглий стіл щодо розвитку сільського зеленого туризму, онлайн-опитування щодо пріоритетів районного бюджету на 2013 рік. Результати консультацій оприлюднено."),
        ("p", "Заступник голови райдержадміністрації, відповідальний за організацію консультацій з громадськістю, та двоє спеціалістів апарату, які їх безпосередньо проводять, 27 листопада пройшли навчання на семінарі щодо інструментів сприяння розвитку громадянського суспільства, організованому управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації та Чернігівським центром перепідготовки та підвищення кваліфікації."),
        ("p", "Веб-сайт райдержадміністрації наповнюється відповідно до вимог Закону України «Про доступ до публічної інформації»: розміщено перелік відомостей, що підлягають оприлюдненню, реєстр документів, форму запиту; новини оновлюються щоденно."),
        ("p", "Громадська організація «Чернігівське районне товариство садівників» провела громадську експертизу діяльності відділу земельних ресурсів у частині надання земельних ділянок для садівництва. За її пропозиціями райдержадміністрацією розроблено та затверджено план заходів, зокрема запроваджено оприлюднення переліку вільних земельних ділянок."),
        ("blank",),
        ("sign", "Заступник голови райдержадміністрації", "І.В. Шапошник"),
        ("blank",),
        ("small", "Олійник С.М. 69-51-07"),
    ]},
    items=[(1, "Інформація Чернігівської РДА.doc"), (6, "Інформація Чернігівської РДА.doc"),
           (12, "Інформація Чернігівської РДА.doc"), (13, "Інформація Чернігівської РДА.doc")],
    note="A district administration's letter as a Word 97 .doc sent from Outlook Express, paragraphs out of plan order: consultations, officials trained at the seminar, the web site, and a public expert review with an implementation plan.",
)

# ---- 30. .doc (Word 97), The Bat!, period 2; the oblast state archive. --------------------------
letter(
    name="30-su-arkhiv-doc-p2",
    executor="su-arkhiv", addr="arkhiv@example.gov.ua",
    from_name="Держархів Чернігівської області",
    client="thebat", client_version="v5.0.36", charset="windows-1251", cte="8bit",
    dt=D(2013, 5, 22, 14, 18, 27), period=2,
    subject="Держархів області - інформація щодо виконання Плану заходів",
    body="""Добрий день!

Державний архів Чернігівської області надсилає інформацію щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

--
Відділ інформації та використання документів
тел. (0462) 67-76-12
""",
    att={"kind": "doc", "filename": "Держархів - інформація.doc", "author": "Ковальчук Л.",
         "doc": [
        ("title", "ІНФОРМАЦІЯ"),
        ("title", "Державного архіву Чернігівської області щодо виконання " + PLAN_FULL),
        ("blank",),
        ("p", "Веб-сайт Державного архіву Чернігівської області у І півріччі 2013 року оновлено відповідно до вимог законодавства про доступ до публічної інформації: розміщено довідник фондів, порядок доступу до документів та користування ними у читальному залі, перелік платних послуг, відповіді на запити, що мають суспільний інтерес."),
        ("p", "До складу експертно-перевірної комісії та науково-методичної ради Державного архіву області включено представників громадських організацій – обласної організації Українського товариства охорони пам'яток історії та культури, Чернігівського земляцтва у м. Києві та члена Громадської ради при облдержадміністрації."),
        ("p", "Голову комітету з гуманітарних питань Громадської ради при облдержадміністрації наказом від 11.03.2013 № 17 введено до складу колегії Державного архіву області."),
        ("blank",),
        ("sign", "Директор Державного архіву області", "Р.Б. Воропай"),
    ]},
    items=[(1, "Держархів - інформація.doc"), (7, "Держархів - інформація.doc"), (8, "Держархів - інформація.doc")],
    note="The oblast state archive's short Word 97 .doc for the first half of 2013: its web site, civil-society members on its expert and scientific councils, and a Public Council committee head added to its collegium.",
)

# LETTERS_END

if __name__ == "__main__":
    main()
