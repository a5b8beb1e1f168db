#!/usr/bin/env python3
"""Build the «markup» corpus: 40 report e-mails whose bodies are the HTML that real mail
clients and web mail produce, each with a hand-written answer key.

Python 3 standard library only.  Run:  python3 make.py
Office attachments are read from attachments/ (converted once from attachments/src/ with
LibreOffice; if one is missing, make.py converts it again with the same command)."""

import base64, datetime, email, email.policy, email.utils, html, html.parser, json, os
import quopri, re, subprocess, sys, textwrap, zlib, struct
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}
EXECUTORS = """uvp gromrada zvernennia cppk ogp-coordinator su-osvita su-zdorovia su-kultura
su-sotszakhyst su-simia su-apk su-finansy su-ekonomika su-zhkh su-kapbud su-ekolohiia su-arkhiv
su-mistobuduvannia su-sluzhba-ditei rda-bakhmach rda-bobrovytsia rda-borzna rda-varva rda-horodnia
rda-ichnia rda-kozelets rda-korop rda-koriukivka rda-kulykivka rda-mena rda-nizhyn
rda-novhorod-siverskyi rda-nosivka rda-pryluky rda-ripky rda-semenivka rda-sosnytsia rda-sribne
rda-talalaivka rda-chernihiv rda-shchors""".split()
REGISTERED = {e: (e[3:] if e.startswith("su-") else e) + "@example.gov.ua" for e in EXECUTORS}
REGISTERED["uvp"] = "uvp-info@example.gov.ua"
REGISTERED["ogp-coordinator"] = "ogp-coordinator@example.org.ua"
APPROVED = datetime.date(2012, 9, 10)
DEADLINES = [datetime.date(2012, 12, 15), datetime.date(2013, 6, 15), datetime.date(2013, 12, 15)]
GRACE = 3


def _plan_ids():
    """Executor ids as plan.toml gives them (falls back to the list above)."""
    p = "/work/main/config/plan.toml"
    try:
        import tomllib
        with open(p, "rb") as f:
            t = tomllib.load(f)
        return {e["id"]: [a.lower() for a in e.get("emails", [])] for e in t["executor"]}
    except Exception:
        return {e: [REGISTERED[e]] for e in EXECUTORS}


def period_of(d):
    """(period, late) for a Kyiv date, per plan.toml: a deadline's day is in its period,
    1-3 days after it the same period, late."""
    start = APPROVED
    for i, dl in enumerate(DEADLINES, 1):
        if start <= d <= dl:
            return i, False
        if dl < d <= dl + datetime.timedelta(days=GRACE):
            return i, True
        start = dl + datetime.timedelta(days=GRACE + 1)
    return None, None


# ---------------------------------------------------------------- MIME helpers
CRLF = "\r\n"


def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words for s (split so each word stays under 76 characters)."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    limit = 45 if mode == "B" else 20
    for ch in s:
        if len((cur + ch).encode(cs)) > limit:
            k = cur.rfind(" ")          # break after a space, as mailers do
            if k > 0:
                words.append(cur[:k + 1]); cur = cur[k + 1:]
            else:
                words.append(cur); cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else "=%02X" % x) for x in b)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return ("\r\n ").join(out)


def addr(name, a, cs="utf-8", mode="B"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (ew(name, cs, mode), a)


def encode_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if not cs.lower().startswith("utf"):
        # what a mailer does with characters its charset lacks
        text = text.translate({0x2013: "-", 0x2014: "-", 0x2019: "'", 0x2116: "N", 0xab: '"', 0xbb: '"'} if cs.lower().startswith("koi8") else {})
    b = text.encode(cs, "replace")
    if cte == "base64":
        b = b.replace(b"\n", b"\r\n")
        s = base64.b64encode(b).decode()
        return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode()
    if cte == "quoted-printable":
        q = quopri.encodestring(b)
        return q.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return b.replace(b"\n", b"\r\n")          # 8bit / 7bit


def text_part(ctype, text, cs, cte, params=""):
    h = ["Content-Type: %s; charset=%s%s" % (ctype, ('"%s"' % cs) if ctype == "text/html" and cs.startswith("windows") else cs, params),
         "Content-Transfer-Encoding: %s" % cte]
    return (h, encode_body(text, cs, cte))


_bno = [0]


def multipart(sub, parts, boundary=None, params=""):
    _bno[0] += 1
    boundary = boundary or "----=_NextPart_%03d_%04X_01CE%04X.%08X" % (_bno[0], 0x1F3 * _bno[0] % 65536, 0x5A1 * _bno[0] % 65536, 0x3B0C7D1 * _bno[0] % 0xFFFFFFFF)
    h = ['Content-Type: multipart/%s;%s\tboundary="%s"%s' % (sub, CRLF, boundary, params)]
    body = b""
    for ph, pb in parts:
        body += ("--" + boundary + CRLF).encode() + (CRLF.join(ph) + CRLF + CRLF).encode() + pb
        if not pb.endswith(b"\r\n"):
            body += b"\r\n"
    body += ("--" + boundary + "--" + CRLF).encode()
    return (h, body)


def rfc2231(fname, cs="utf-8", cont=False, param="filename"):
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-_.")) else "".join("%%%02X" % x for x in c.encode(cs)) for c in fname)
    if not cont:
        return ["%s*=%s''%s" % (param, cs, enc)]
    chunks, i = [], 0
    while i < len(enc):
        j = min(i + 40, len(enc))
        while "%" in enc[j - 2:j]:     # do not cut a %XX escape
            j -= 1
        chunks.append(enc[i:j]); i = j
    return ["%s*%d*=%s%s" % (param, n, ("%s''" % cs) if n == 0 else "", c) for n, c in enumerate(chunks)]


def read_att(fname):
    p = os.path.join(ATT, fname)
    if not os.path.exists(p):
        convert(fname)
    with open(p, "rb") as f:
        return f.read()


CONVERT = {   # result -> (source, soffice arguments)
    "zvit_sribne.xls": ("zvit_sribne.csv", ["--infilter=CSV:59,34,76,1", "--convert-to", "xls"]),
    "simia_info.xlsx": ("simia_info.csv", ["--infilter=CSV:59,34,76,1", "--convert-to", "xlsx"]),
    "sotszakhyst.pdf": ("sotszakhyst.html", ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]),
    "gromrada.docx": ("gromrada.html", ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"]),
    "apk.odt": ("apk.html", ["--infilter=HTML (StarWriter)", "--convert-to", "odt"]),
    "nsiv1.doc": ("nsiv1.html", ["--infilter=HTML (StarWriter)", "--convert-to", "doc:MS Word 97"]),
    "nsiv2.rtf": ("nsiv2.html", ["--infilter=HTML (StarWriter)", "--convert-to", "rtf:Rich Text Format"]),
}


def convert(fname):
    src, args = CONVERT[fname]
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/markup-work/lo"] + args +
                   ["--outdir", ATT, os.path.join(ATT, "src", src)], check=True)


def attach(stored, fname, ctype, style="ascii", cs="utf-8", cte="base64", disp="attachment", extra=()):
    """An attachment part; style: ascii | 2047b | 2047q | 2231 | 2231c | 2047b+2231."""
    data = read_att(stored) if isinstance(stored, str) else stored
    if style == "ascii":
        n, fn = ['name="%s"' % fname], ['filename="%s"' % fname]
    elif style in ("2047b", "2047q"):
        e = ew(fname, cs, style[-1].upper())
        n, fn = ['name="%s"' % e], ['filename="%s"' % e]
    elif style == "2231":
        n, fn = rfc2231(fname, cs, False, "name"), rfc2231(fname, cs, False)
    elif style == "2231c":
        n, fn = rfc2231(fname, cs, True, "name"), rfc2231(fname, cs, True)
    else:   # 2047 in Content-Type name, 2231 continuations in filename (Thunderbird)
        n, fn = ['name="%s"' % ew(fname, cs, "B")], rfc2231(fname, cs, True)
    h = ["Content-Type: %s;%s" % (ctype, ";".join(CRLF + " " + x for x in n)),
         "Content-Transfer-Encoding: %s" % cte]
    h += list(extra)
    h.append("Content-Disposition: %s;%s" % (disp, ";".join(CRLF + " " + x for x in fn)))
    if cte == "base64":
        s = base64.b64encode(data).decode()
        body = ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode()
    else:
        body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return (h, body)


def tiny_png():
    """A 16x8 one-colour PNG (an Outlook signature logo)."""
    w, h = 16, 8
    raw = b"".join(b"\x00" + b"\x1f\x4e\x8c" * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


RELAY = {"example.gov.ua": ("mail.example.gov.ua", "10.12.0.25"), "example.org.ua": ("mx.example.org.ua", "10.40.3.7"),
         "gmail.com": ("mail-wg0-f44.google.com", "74.125.82.44"), "ukr.net": ("frv196.fwdcdn.com", "212.42.77.196"),
         "i.ua": ("mx3.i.ua", "91.198.36.14"), "meta.ua": ("mail.meta.ua", "194.0.131.20")}


def message(name, frm, subject, when, body, mailer=None, subj_cs="utf-8", subj_mode="B", extra=(),
            to=MAILBOX, mid=None, delay=7):
    """frm = (display name, address, charset of the name); when = 'YYYY-MM-DD HH:MM:SS' Kyiv."""
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)
    rdt = dt + datetime.timedelta(seconds=delay)
    assert rdt.date() == dt.date(), name
    dom = frm[1].split("@")[1]
    host, ip = RELAY[dom]
    if mid is None:
        mid = "<%s.%d@%s>" % (dt.strftime("%Y%m%d%H%M%S"), sum(map(ord, name)) * 7919, dom)
    h = ["Received: from %s (%s [%s])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %X\r\n\tfor <%s>; %s" %
         (host, host, ip, 0x3A1F00 + sum(map(ord, name)), MAILBOX, email.utils.format_datetime(rdt))]
    fcs = frm[2] if len(frm) > 2 else subj_cs
    h += ["From: " + addr(frm[0], frm[1], fcs, subj_mode),
          "To: " + to,
          "Subject: " + ew(subject, subj_cs, subj_mode),
          "Date: " + email.utils.format_datetime(dt),
          "Message-ID: " + mid]
    if mailer:
        h.append(mailer)
    h += list(extra)
    h.append("MIME-Version: 1.0")
    bh, bb = body
    return (CRLF.join(h + bh) + CRLF + CRLF).encode("ascii") + bb


# ------------------------------------------------------- HTML of the clients
class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.ol = [], 0, []
    def handle_starttag(self, t, a):
        a = dict(a)
        if t in ("style", "script", "title", "head"):
            self.skip += 1
        elif t == "br":
            self.out.append("\n")
        elif t in ("p", "div", "tr", "h1", "h2", "h3", "table", "blockquote"):
            self.out.append("\n")
        elif t == "td" or t == "th":
            self.out.append("\t")
        elif t in ("ol", "ul"):
            self.ol.append([t, int(a.get("start") or 1) - 1])
        elif t == "li":
            if self.ol and self.ol[-1][0] == "ol":
                self.ol[-1][1] = int(a["value"]) if a.get("value") else self.ol[-1][1] + 1
                self.out.append("\n%d. " % self.ol[-1][1])
            else:
                self.out.append("\n* ")
    def handle_endtag(self, t):
        if t in ("style", "script", "title", "head"):
            self.skip -= 1
        elif t in ("ol", "ul") and self.ol:
            self.ol.pop()
        elif t in ("p",):
            self.out.append("\n")
    def handle_data(self, d):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", d))
    def handle_comment(self, d):
        pass


def html2text(h, wrap=None):
    p = _Text(); p.feed(h)
    t = "".join(p.out).replace("\xa0", " ")
    lines = [l.strip(" ") for l in t.split("\n")]
    out, blank = [], 0
    for l in lines:
        if not l.strip():
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(l)
    t = "\n".join(out).strip() + "\n"
    if wrap:
        t = "\n".join(textwrap.fill(l, wrap) if len(l) > wrap else l for l in t.split("\n")) + "\n"
    return t


def word_html(inner, meta_cs="windows-1251", lang="UK", extra_style=""):
    """What Outlook 2007/2010 (Word as editor) sends."""
    return """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=%s">
<meta name=Generator content="Microsoft Word 14 (filtered medium)">
<style><!--
/* Font Definitions */
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
%s--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=%s link=blue vlink=purple>
<div class=WordSection1>
%s
</div>
</body>
</html>
""" % (meta_cs, extra_style, lang, inner)


def mp(s, style=""):
    """One Word paragraph."""
    st = (" style='%s'" % style) if style else ""
    return "<p class=MsoNormal%s>%s<o:p></o:p></p>\n" % (st, s)


def gmail(inner):
    return '<div dir="ltr">%s</div>\n' % inner


# --------------------------------------------------------------- registry
MAILS = []


def mail(name, key):
    def reg(fn):
        MAILS.append((name, key, fn))
        return fn
    return reg


def attachment_names(raw):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    names = []
    def walk(p):
        for part in p.walk():
            if part.get_content_type() == "message/rfc822":
                for sub in part.iter_parts():
                    walk(sub)
            fn = part.get_filename()
            if fn:
                names.append(fn)
    walk(m)
    return m, names


def check(name, key, raw, ids):
    errs = []
    pre = re.match(r"[a-z]+", name).group(0)
    if key["class"] != CLASSES.get(pre):
        errs.append("class %r does not match prefix %r" % (key["class"], pre))
    if key["executor"] not in ids:
        errs.append("executor %r is not a plan.toml id" % key["executor"])
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(set(items)):
        errs.append("items not sorted/unique: %r" % items)
    if any(not (1 <= m <= 15) for m, _ in items):
        errs.append("measure out of 1..15")
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or items or key["class"] != "not_report":
            errs.append("bad not_report key")
    elif key["kind"] != "report" or key["reason"] is not None or not items:
        errs.append("bad report key")
    m, names = attachment_names(raw)
    dt = email.utils.parsedate_to_datetime(m["Date"]).astimezone(KYIV)
    per, late = period_of(dt.date())
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late %r != Date %s -> %r" % ((key["period"], key["late"]), dt, (per, late)))
    if not (2012 <= dt.year <= 2013):
        errs.append("year")
    for _, s in items:
        if s != "body" and s not in names:
            errs.append("source %r not an attachment of the mail (%r)" % (s, names))
    if m["To"] != MAILBOX:
        errs.append("To")
    frm = email.utils.parseaddr(str(m["From"]))[1].lower()
    dom = frm.split("@")[1]
    if dom.startswith("example.") and not any(frm in v for v in ids.values()):
        errs.append("registered-looking address %s is not in plan.toml" % frm)
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        errs.append("line over 998")
    return errs


def main():
    ids = _plan_ids()
    out = HERE
    bad = 0
    for name, key, fn in MAILS:
        raw = fn()
        errs = check(name, key, raw, ids)
        if errs:
            bad += 1
            print(name, "; ".join(errs), file=sys.stderr)
        with open(os.path.join(out, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(out, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("%d mails, %d with problems" % (len(MAILS), bad))
    return 1 if bad else 0


OL2010 = "X-Mailer: Microsoft Outlook 14.0\r\nThread-Index: Ac3V1k2mX9oYq0sVRbqW0p4l8n2DQA==\r\nContent-Language: uk"
OL2010RU = "X-Mailer: Microsoft Outlook 14.0\r\nThread-Index: Ac5xQmC0Zb8V3lYtQ3G7l2x1mH0aWg==\r\nContent-Language: ru"
OL2007 = "X-Mailer: Microsoft Office Outlook 12.0\r\nThread-Index: Ac3B8d7h2w1T3oEnS+q0rN4mQ2Y7Dw==\r\nContent-Language: uk"
OL2003 = "X-Mailer: Microsoft Office Outlook 11\r\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157\r\nThread-Index: Ac27Wq0vT0oZ1kR6Q2uMzE7c0qgkFA=="
OE6 = "X-Priority: 3\r\nX-MSMail-Priority: Normal\r\nX-Mailer: Microsoft Outlook Express 6.00.2900.5931\r\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6109"
TB = "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"
BAT = "X-Mailer: The Bat! (v4.2.44.2) Professional\r\nReply-To: %s"
UKRNET = "X-Mailer: FREEMAIL"
RC = "User-Agent: Roundcube Webmail/0.8.4"
IPHONE = "X-Mailer: iPhone Mail (10B329)"
APPLE = "X-Mailer: Apple Mail (2.1499)"
OPERA = "User-Agent: Opera Mail/12.12 (Win32)"

# ======================================================================= placeholder

KEY = {"class": "placeholder", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 Word-HTML table with a row for every RDA measure; rows 7, 10, 12 and 16 carry «—», a bare «Не проводились», «-» and «Надано»; the plain twin flattens the table into tab-separated lines.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("ph01", KEY)
def _():
    td = "<td width=%d valign=top style='width:%dpt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'>"
    rows = [("1", "Наповнення та функціонування офіційного веб-сайту райдержадміністрації",
             "На офіційному веб-сайті райдержадміністрації створено розділ «Доступ до публічної інформації», розміщено 14 проектів розпоряджень та звіти про використання бюджетних коштів; сайт оновлюється щотижня."),
            ("6", "Консультації з громадськістю (постанова КМУ № 996)",
             "Проведено громадське обговорення проекту районного бюджету на 2013 рік (29.11.2012, с.&nbsp;Мрин) та зустріч голови райдержадміністрації з мешканцями смт Дослідницьке."),
            ("7", "Залучення членів громадських рад до дорадчо-консультативних органів", "&#8212;"),
            ("9", "Обговорення проектів розпоряджень, програм за участю членів громадської ради",
             "Члени громадської ради взяли участь в обговоренні проекту Програми розвитку культури Носівського району на 2013-2015 роки (засідання 15.11.2012)."),
            ("10", "Комісія (робоча група) з питань відкритості при громадській раді", "Не проводились"),
            ("12", "Громадські експертизи", "-"),
            ("16", "Надання інформації до УВП", "Надано")]
    trs = ""
    for n, w, a in rows:
        trs += "<tr>\n" + (td % (40, 30)) + mp(n, "text-align:center") + "</td>\n" + (td % (220, 165)) + mp(w) + "</td>\n" + (td % (330, 250)) + mp(a) + "</td>\n</tr>\n"
    inner = (mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>Управління з питань внутрішньої політики та зв&#8217;язків з громадськістю облдержадміністрації</span>") +
             mp("&nbsp;") +
             mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>Носівська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади станом на 01.12.2012.</span>") +
             mp("&nbsp;") +
             "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n<tr>\n" +
             "<td width=40 style='border:solid windowtext 1.0pt'>" + mp("<b>№ п/п</b>") + "</td>\n<td width=220 style='border:solid windowtext 1.0pt'>" + mp("<b>Захід</b>") + "</td>\n<td width=330 style='border:solid windowtext 1.0pt'>" + mp("<b>Стан виконання</b>") + "</td>\n</tr>\n" +
             trs + "</table>\n" + mp("&nbsp;") +
             mp("З повагою,") + mp("Гузь Тетяна Миколаївна,") + mp("головний спеціаліст відділу організаційної роботи") + mp("Носівської райдержадміністрації") + mp("тел. (04642) 2-14-73"))
    h = word_html(inner)
    plain = html2text(h)
    body = multipart("alternative", [text_part("text/plain", plain, "windows-1251", "quoted-printable"),
                                     text_part("text/html", h, "windows-1251", "quoted-printable")])
    return message("ph01", ("Гузь Тетяна", REGISTERED["rda-nosivka"], "windows-1251"),
                   "Інформація Носівської РДА по Відкритому уряду", "2012-12-07 10:42:18", body, OL2010, "windows-1251", "B")


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only mail (Gmail, sent as the registered box) with a table whose header row uses colspan/rowspan; measures 7 and 12 have empty <td>, measure 8 only «+».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("ph02", KEY)
def _():
    c = 'style="border:1px solid #000;padding:3px"'
    rows = [("1", "Розділ «Культура» на сайті ОДА та власна веб-сторінка управління: розміщено афішу обласних заходів на І півріччя, оновлено перелік закладів культури з контактами та графіками роботи.", "постійно"),
            ("2", "Матеріали про хід виконання Програми розвитку культури і туризму на 2011-2015 роки (за 2012 рік) направлено для розміщення в рубриці «Хід виконання цільових програм» 21.02.2013.", "лютий"),
            ("6", "Громадські слухання «Туристичний бренд Чернігівщини» (18.04.2013, 46 учасників), онлайн-опитування щодо режиму роботи музеїв.", "квітень"),
            ("7", "", ""),
            ("8", "+", ""),
            ("9", "Проект обласної програми розвитку туризму на 2013-2017 роки розглянуто з членами громадської ради на засіданні комітету з гуманітарних питань 28.03.2013.", "березень"),
            ("12", "", "")]
    trs = "".join('<tr><td %s align="center">%s</td><td %s>%s</td><td %s>%s</td></tr>\n' % (c, n, c, a, c, t) for n, a, t in rows)
    h = gmail(
        '<div>Добрий день!</div><div><br></div>'
        '<div>Надсилаємо інформацію управління культури і туризму облдержадміністрації за І півріччя 2013 р.</div><div><br></div>'
        '<table style="border-collapse:collapse" cellpadding="0" cellspacing="0">\n'
        '<tr><th %s rowspan="2">Пункт<br>плану</th><th %s colspan="2">Виконання</th></tr>\n'
        '<tr><th %s>Що зроблено</th><th %s>Термін</th></tr>\n' % (c, c, c, c) + trs + '</table>'
        '<div><br></div><div>--&nbsp;</div><div>З повагою, Оксана Дем\'яненко</div>'
        '<div>провідний спеціаліст відділу організаційної роботи<br>управління культури і туризму<br>Чернігівської облдержадміністрації</div>'
        '<div><font color="#888888">(0462) 67-52-19</font></div>')
    body = text_part("text/html", h, "UTF-8", "quoted-printable")
    return message("ph02", ("Управління культури і туризму", REGISTERED["su-kultura"]), "Інформація - Відкритий уряд (І півріччя)",
                   "2013-06-11 15:07:33", body, None, mid="<CAJx8mQ3f0v=Wk2pO6y1-9hFt0c5L8s3pD4aR7nN_k2Q@mail.gmail.com>")


KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML whose answers are an <ol> of 16 items with no typed numbers: the browser draws the plan numbers; all but 1, 6 and 12 are «х», and <li>16 is the reporting duty; the plain twin (format=flowed) types the numbers the HTML only draws.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("ph03", KEY)
def _():
    li = ["На офіційному веб-сайті райдержадміністрації оновлено розділи «Регуляторна діяльність» і «Бюджет», розміщено паспорти бюджетних програм на 2013&nbsp;р.",
          "х", "х", "х", "х",
          "Проведено громадські слухання щодо проекту Програми благоустрою смт Ріпки (11.09.2013) та опитування мешканців щодо маршрутів шкільних автобусів (204 анкети).",
          "х", "х", "х", "х", "х",
          "ГО &laquo;Ріпкинська ініціатива&raquo; провела громадську антикорупційну експертизу проекту розпорядження про порядок оренди комунального майна; 3 пропозиції враховано.",
          "х", "х", "х", "Інформація надається у встановлені терміни"]
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
         '<p>Доброго дня!</p>\n<p>Ріпкинська райдержадміністрація на Ваш лист надає інформацію про виконання Плану заходів (ІІ півріччя 2013 року):</p>\n<ol>\n' +
         "".join("<li>%s</li>\n" % x for x in li) + '</ol>\n'
         '<p>З повагою<br />Начальник відділу організаційної роботи та внутрішньої політики<br />апарату Ріпкинської райдержадміністрації<br />В.П. Ярошенко</p>\n</body></html>\n')
    plain = html2text(h, 72)
    body = multipart("alternative", [text_part("text/plain", plain, "UTF-8", "quoted-printable", "; format=flowed"),
                                     text_part("text/html", h, "UTF-8", "quoted-printable")], boundary="=_a7c2e1f40b93dd51c8e2b6e9a0f1d337")
    return message("ph03", ("", REGISTERED["rda-ripky"]), "Re: Відкритий уряд - ІІ півріччя", "2013-12-12 09:15:04", body, RC,
                   mid="<5c1e0a7d21b4e9f38a64c2d0b1f7e853@mail.example.gov.ua>")


KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express 6 HTML table in windows-1251 with <font> tags; rows 7 «без змін», 9 «немає», 12 a bare «Не проводились» say nothing, while row 8 (collegium) is a real answer.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail("ph04", KEY)
def _():
    rows = [("1", "Сайт управління переведено на нову платформу, розміщено звіт про стан довкілля області за 2012 рік, екологічний паспорт області та реєстр дозволів на викиди."),
            ("2", "Інформацію про хід виконання Програми охорони навколишнього природного середовища за 2012 рік подано до рубрики «Хід виконання цільових програм» (лист від 11.02.2013 № 04-09/318)."),
            ("6", "Громадські слухання щодо проекту Регіональної програми поводження з відходами (16.05.2013, м. Чернігів)."),
            ("7", "без змін"),
            ("8", "До складу колегії управління введено голову комітету з питань екології Громадської ради при облдержадміністрації Т.А. Іваненко (наказ від 04.03.2013 № 31)."),
            ("9", "немає"),
            ("12", "Не проводились")]
    h = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
         '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n<META content="MSHTML 6.00.2900.6400" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n<BODY bgColor=#ffffff>\n'
         '<DIV><FONT face=Arial size=2>Управління екології та природних ресурсів надає інформацію за І півріччя 2013 року.</FONT></DIV>\n<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n'
         '<DIV>\n<TABLE border=1 cellSpacing=0 cellPadding=2 width="100%">\n<TBODY>\n<TR>\n<TD width="10%"><FONT face=Arial size=2><STRONG>Пункт</STRONG></FONT></TD>\n<TD><FONT face=Arial size=2><STRONG>Виконання</STRONG></FONT></TD></TR>\n' +
         "".join("<TR>\n<TD><FONT face=Arial size=2>%s</FONT></TD>\n<TD><FONT face=Arial size=2>%s</FONT></TD></TR>\n" % r for r in rows) +
         '</TBODY></TABLE></DIV>\n<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n'
         '<DIV><FONT face=Arial size=2>Заступник начальника управління<BR>С.М. Кравчук</FONT></DIV></BODY></HTML>\n')
    plain = html2text(h)
    body = multipart("alternative", [text_part("text/plain", plain, "windows-1251", "quoted-printable"),
                                     text_part("text/html", h, "windows-1251", "quoted-printable")])
    return message("ph04", ("Упр. екології", REGISTERED["su-ekolohiia"], "windows-1251"), "Відкритий уряд", "2013-06-14 16:51:40", body, OE6, "windows-1251", "B")


KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 HTML cover note («надаємо інформацію», a contact table) with an .xls whose rows 6, 7, 9, 12 are «-», «х», empty and a bare «не проводились»; only rows 1 and 10 report; sent two days after the deadline.",
       "items": [{"measure": 1, "source": "zvit_sribne.xls"}, {"measure": 10, "source": "zvit_sribne.xls"}]}
@mail("ph05", KEY)
def _():
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
         '<meta http-equiv=Content-Type content="text/html; charset=koi8-u">\n<meta name=Generator content="Microsoft Word 11 (filtered medium)">\n'
         '<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Times New Roman";}\n-->\n</style>\n</head>\n<body lang=RU>\n<div class=Section1>\n' +
         mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Добрий день.</span></font>") +
         mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Срібнянська райдержадміністрація надає інформацію про виконання Плану заходів за І півріччя 2013 року (у вкладенні). Вибачте за затримку &#8211; не працював інтернет.</span></font>") +
         mp("&nbsp;") +
         "<table border=0 cellpadding=0>\n<tr><td>" + mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Виконавець:</span></font>") + "</td><td>" +
         mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Литвин О.І.</span></font>") + "</td></tr>\n<tr><td>" +
         mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Тел.:</span></font>") + "</td><td>" +
         mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>(04639) 2-13-56</span></font>") + "</td></tr>\n</table>\n</div>\n</body>\n</html>\n")
    plain = html2text(h)
    alt = multipart("alternative", [text_part("text/plain", plain, "koi8-u", "8bit"), text_part("text/html", h, "koi8-u", "quoted-printable")])
    body = multipart("mixed", [alt, attach("zvit_sribne.xls", "zvit_sribne.xls", "application/vnd.ms-excel")])
    return message("ph05", ("Srybne RDA", REGISTERED["rda-sribne"]), "Інформація за І півріччя", "2013-06-17 08:34:12", body, OL2003, "koi8-u", "Q")


# ======================================================================= the plan's wording, zvit's letters
MT = {
    1: 'З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.',
    2: 'З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».',
    3: 'З метою налагодження діалогу з громадськістю, забезпечення прозорості та відкритості влади забезпечити створення та підтримку роботи веб-ресурсу «Чернігівська громада».',
    4: 'Створити на базі веб-ресурсу «Чернігівська громада» Інтернет-форум з обговорення актуальних питань життєдіяльності області, співпраці влади та громадськості.',
    5: 'Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.',
    6: 'Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    7: 'Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.',
    8: 'Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.',
    9: 'Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    10: 'Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.',
    11: 'Організувати проведення «Днів відкритих дверей» для ознайомлення представників громадськості та ЗМІ з роботою управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації.',
    12: 'Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.',
    13: 'Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.',
    14: 'Розробити та поширити методичні посібники для державних службовців щодо використання інструментів політики сприяння розвитку громадянського суспільства.',
    15: 'Забезпечити організацію громадського обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».',
    16: 'Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net).',
}
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder(deadline, today, executor, missing, overdue=False):
    """zvit's reminder (templates/reminder.txt.j2), as text lines."""
    if overdue:
        a = "Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline
    else:
        a = "Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s." % (deadline, MAILBOX)
    L = ["Шановні колеги!", "", a, "", "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:" % (today, executor), ""]
    for m in missing:
        L += ["  %d. %s" % (m, MT[m]), ""]
    L += ["Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.", "",
          "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.", "",
          "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.", "", "З повагою", OFFICE]
    return L


def esc(s):
    return html.escape(s, quote=False)

# ======================================================================= bottom_post

KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 (Russian UI) HTML reply typed in blue between the items of zvit's overdue reminder, under an «От:/Отправлено:/Кому:/Тема:» block with no «>»; only the blue lines are new.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp01", KEY)
def _():
    L = reminder("15.12.2012", "16.12.2012", "Козелецька районна державна адміністрація", [7, 12], True)
    ans = {7: "До складу районної ради з питань безпечної життєдіяльності населення та координаційної ради з питань сім’ї включено по одному представнику громадської ради при райдержадміністрації (розпорядження від 12.11.2012 № 488).",
           12: "Громадська організація «Козелецька громада» 05.12.2012 провела громадську антикорупційну експертизу проекту розпорядження про затвердження Порядку надання в оренду приміщень; зауважень не висловлено."}
    blue = "<span style='color:#1F497D'>%s</span>"
    q = ""
    for l in L:
        q += mp(esc(l) if l else "&nbsp;")
        m = re.match(r"  (\d+)\. ", l)
        if m and int(m.group(1)) in ans:
            q += mp(blue % ("<b><i>" + esc(ans[int(m.group(1))]) + "</i></b>"))
    inner = (mp(blue % "Добрий день! Відповідаємо в тексті листа (виділено).") + mp(blue % "&nbsp;") +
             mp(blue % "З повагою, Т.О. Сидоренко, відділ організаційної роботи Козелецької РДА") + mp(blue % "&nbsp;") +
             "<div>\n<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n" +
             mp("<b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>От:</span></b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 16 декабря 2012 г. 9:00<br><b>Кому:</b> rda-kozelets@example.gov.ua<br><b>Тема:</b> Нагадування: інформація про виконання Плану заходів (Відкритий уряд)</span>") +
             "</div>\n</div>\n" + mp("&nbsp;") + q)
    h = word_html(inner, "koi8-r", "RU")
    plain = html2text(h)
    body = multipart("alternative", [text_part("text/plain", plain, "koi8-u", "quoted-printable"), text_part("text/html", h, "koi8-u", "quoted-printable")])
    return message("bp01", ("Козелецкая РГА", REGISTERED["rda-kozelets"], "koi8-r"), "RE: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)",
                   "2012-12-17 11:26:50", body, OL2010RU, "koi8-u", "B",
                   extra=["In-Reply-To: <zvit.reminder.2012-12-16.rda-kozelets@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird HTML reply written below zvit's receipt quoted in <blockquote type=\"cite\">; the quoted receipt names measures 1 and 6 (recognised) and 8, 9 (still expected); only the text below the quote counts.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("bp02", KEY)
def _():
    R = ["Шановні колеги!", "", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від 03.06.2013 «Інформація УОН щодо Відкритого уряду».", "",
         "Виконавець: Управління освіти і науки облдержадміністрації.", "Звітний період: 2-й (термін подання інформації — 15.06.2013).", "",
         "Розпізнано інформацію щодо таких пунктів плану:", "  • пункт 1: На сайті управління створено розділ «Громадська рада»…",
         "  • пункт 6: Проведено 2 засідання круглого столу з батьківськими комітетами…", "",
         "За цей звітний період ще очікується інформація щодо пунктів плану:"]
    R += ["  %d. %s" % (m, MT[m]) for m in (7, 8, 9, 12)]
    R += ["", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.", "", "З повагою", OFFICE]
    quote = "<br>\n".join(esc(l).replace("  ", "&nbsp; ") for l in R)
    h = ('<html>\n  <head>\n    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n  </head>\n  <body text="#000000" bgcolor="#FFFFFF">\n'
         '    <div class="moz-cite-prefix">04.06.2013 9:00, uvp@cg.ukrtel.net пише:<br>\n    </div>\n'
         '    <blockquote cite="mid:zvit.receipt.20130604@cg.ukrtel.net" type="cite">\n      <pre wrap="">' + quote + '</pre>\n    </blockquote>\n'
         '    <br>\n    Доповнюємо:<br>\n    <br>\n'
         '    по п. 8 &#8211; наказом управління від 20.05.2013 № 245 до складу колегії введено голову комітету з гуманітарних питань Громадської ради при облдержадміністрації Н.В. Шевчук, зміни до Положення про управління не потребувались;<br>\n'
         '    по п. 9 &#8211; проект обласної цільової програми &laquo;Обдарована молодь&raquo; на 2013&#8211;2016 рр. обговорено з членами громадської ради 16.04.2013, враховано 2 пропозиції;<br>\n'
         '    по пп. 7, 12 інформація буде надана додатково.<br>\n    <br>\n'
         '    <div class="moz-signature">-- <br>\n      Кушнір Ірина Петрівна<br>\n      відділ загальної середньої освіти<br>\n      Управління освіти і науки облдержадміністрації<br>\n    </div>\n  </body>\n</html>\n')
    body = text_part("text/html", h, "UTF-8", "8bit")
    return message("bp02", ("Кушнір Ірина", REGISTERED["su-osvita"]), "Re: Підтвердження отримання: Інформація УОН щодо Відкритого уряду", "2013-06-13 14:02:27", body, TB,
                   extra=["In-Reply-To: <zvit.receipt.20130604@cg.ukrtel.net>"], mid="<51B9A5B3.7080204@example.gov.ua>")


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail (the registered box sent through Gmail) bottom-posted below zvit's reminder in a gmail_quote blockquote; the reminder quotes measure 5 in full, the answer under it names the hot line.",
       "items": [{"measure": 5, "source": "body"}]}
@mail("bp03", KEY)
def _():
    L = reminder("15.06.2013", "07.06.2013", "Відділ роботи із зверненнями громадян апарату облдержадміністрації", [5])
    q = "<br>".join(esc(l) for l in L)
    h = ('<div dir="ltr"><br><div class="gmail_extra"><br><br><div class="gmail_quote">2013/6/7  &lt;<a href="mailto:uvp@cg.ukrtel.net">uvp@cg.ukrtel.net</a>&gt;<br>\n'
         '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + q + '</blockquote></div><br></div>\n'
         '<div class="gmail_extra">Доброго дня.</div><div class="gmail_extra"><br></div>\n'
         '<div class="gmail_extra">По п.5. &quot;Гаряча лінія&quot; голови облдержадміністрації працює щоденно з 9.00 до 18.00 за номером 0-800-50-47-91. За І півріччя 2013 р. на неї надійшло 1284 дзвінки, з них 1032 взято на контроль, 911 вирішено позитивно; щотижня узагальнення доповідається голові облдержадміністрації.</div>\n'
         '<div class="gmail_extra"><br></div><div class="gmail_extra">Зав. сектором Мельник Л.Г.</div></div>\n')
    plain = "\n\n\n2013/6/7 <uvp@cg.ukrtel.net>\n\n" + "\n".join(("> " + l) if l else ">" for l in L) + "\n\nДоброго дня.\n\n" + html2text('<div>' + h.split('Доброго дня.</div>')[1], 78)
    body = multipart("alternative", [text_part("text/plain", plain, "UTF-8", "base64"), text_part("text/html", h, "UTF-8", "base64")], boundary="047d7b603c2a4a1e0d04deb9f2c1")
    return message("bp03", ("Відділ звернень ОДА", REGISTERED["zvernennia"]), "Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)",
                   "2013-06-10 12:44:09", body, None, extra=["In-Reply-To: <zvit.reminder.2013-06-07.zvernennia@cg.ukrtel.net>"],
                   mid="<CAF2kR9d+q1YxT0vZ3pE-5n=Hc7mQ2aUeW4sPq@mail.gmail.com>")


KEY = {"class": "bottom_post", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML supplement interleaved between the lines of the office's own earlier letter (blockquote type=cite); the quoted letter answered 1 and 6 and dashed 9 and 10, the new lines under the quoted 9 and 10 are the report.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("bp04", KEY)
def _():
    bq = '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
         '<p>Доповнення до нашого листа (дописано нижче по пунктах).</p>\n'
         '<p>10.12.2012 15:37, rda-bobrovytsia@example.gov.ua написав:</p>\n' + bq + '\n'
         '<p>Бобровицька райдержадміністрація інформує про виконання Плану заходів:</p>\n'
         '<p>п. 1 &ndash; на офіційному веб-сайті райдержадміністрації розміщено розділ &laquo;Громадська рада&raquo;, оновлено телефонний довідник;</p>\n'
         '<p>п. 6 &ndash; проведено 3 громадських обговорення (бюджет району, тарифи на вивезення ТПВ, перейменування вулиць);</p>\n'
         '<p>п. 9 &ndash; &nbsp;-</p>\n</blockquote>\n'
         '<p>Уточнюємо: 29.11.2012 члени громадської ради при райдержадміністрації взяли участь у громадському обговоренні проекту районної програми &laquo;Питна вода&raquo; на 2013&ndash;2020 роки, їх 4 пропозиції враховано у проекті.</p>\n'
         + bq + '\n<p>п. 10 &ndash; &nbsp;-</p>\n</blockquote>\n'
         '<p>На засіданні громадської ради 12.12.2012 за рекомендацією райдержадміністрації утворено робочу групу з питань відкритості та прозорості діяльності органу влади у складі 5 осіб.</p>\n'
         + bq + '\n<p>п. 12 &ndash; не проводились.</p>\n<p>З повагою, Костенко Г.М.</p>\n</blockquote>\n'
         '<p>--<br />Костенко Галина<br />Бобровицька РДА</p>\n</body></html>\n')
    plain = html2text(h, 76)
    body = multipart("alternative", [text_part("text/plain", plain, "UTF-8", "quoted-printable", "; format=flowed"), text_part("text/html", h, "UTF-8", "quoted-printable")],
                     boundary="=_3f8a0c1d5e7b92a4f6c8e0d2b4a69f17")
    return message("bp04", ("", REGISTERED["rda-bobrovytsia"]), "Re: Інформація Бобровицької РДА", "2012-12-14 10:05:51", body, RC,
                   mid="<b3d1f0a9c7e5a2d8e6f4c1a0b9d7e5f3@mail.example.gov.ua>")


KEY = {"class": "bottom_post", "executor": "rda-mena", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "iPhone HTML reply below zvit's reminder quoted in <blockquote type=\"cite\">, with «Надіслано з iPhone» above the quote; short answers «1 - …», «6 - …» and «решта - ні» (a placeholder).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail("bp05", KEY)
def _():
    L = reminder("15.12.2013", "11.12.2013", "Менська районна державна адміністрація", [1, 6, 7, 9, 10, 12])
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div><br><br>Надіслано з iPhone</div>'
         '<div><br>11 груд. 2013 р. о 09:00 &lt;<a href="mailto:uvp@cg.ukrtel.net">uvp@cg.ukrtel.net</a>&gt; написав(ла):<br><br></div>'
         '<blockquote type="cite"><div><span>' + '</span><br><span>'.join(esc(l) for l in L) + '</span><br></div></blockquote>'
         '<div><span></span></div><div>1 - на сайті РДА зроблено розділ "Відкритий уряд", там план і звіти</div>'
         '<div>6 - 22.11 громадські слухання по бюджету на 2014 р, 37 чол</div><div>решта - ні</div>'
         '<div>Вибачте що з телефону, Олійник (Менська РДА)</div></body></html>\n')
    plain = "\n\nНадіслано з iPhone\n\n11 груд. 2013 р. о 09:00 <uvp@cg.ukrtel.net> написав(ла):\n\n" + "\n".join("> " + l for l in L) + \
        "\n1 - на сайті РДА зроблено розділ \"Відкритий уряд\", там план і звіти\n6 - 22.11 громадські слухання по бюджету на 2014 р, 37 чол\nрешта - ні\nВибачте що з телефону, Олійник (Менська РДА)\n"
    body = multipart("alternative", [text_part("text/plain", plain, "utf-8", "quoted-printable"), text_part("text/html", h, "utf-8", "quoted-printable")], boundary="Apple-Mail-4B1E6F0A-2C33-4D8E-9A51-7F3C2B0D9E61")
    return message("bp05", ("Менська РДА", REGISTERED["rda-mena"]), "Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)",
                   "2013-12-13 07:48:22", body, IPHONE, extra=["In-Reply-To: <zvit.reminder.2013-12-11.rda-mena@cg.ukrtel.net>"],
                   mid="<6E2C1B7F-0A4D-4F3B-8C2E-9D1A5B7E3F60@example.gov.ua>")

# ======================================================================= not_report

KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Outlook 2010 meeting request (HTML + text/calendar METHOD:REQUEST + invite.ics) inviting to the public discussion of the plan's implementation: names measure 15 and what was prepared, reports nothing.",
       "items": []}
@mail("nr01", KEY)
def _():
    inner = (mp("Шановні колеги!") + mp("&nbsp;") +
             mp("Запрошуємо представника управління взяти участь у громадському обговоренні виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області (п. 15 Плану), яке відбудеться <b>28 листопада 2013 року о 14:00</b> у конференц-залі Чернігівської обласної універсальної наукової бібліотеки (вул. Шевченка, 63).") +
             mp("&nbsp;") +
             mp("Порядок денний розміщено на веб-ресурсі &laquo;Чернігівська громада&raquo;; участь уже підтвердили 23 громадські організації.") +
             mp("&nbsp;") + mp("Просимо підтвердити участь до 25.11.2013.") + mp("&nbsp;") +
             mp("Регіональний координатор Партнерства &laquo;Відкритий уряд&raquo; в Чернігівській області") + mp("Ю.С. Бережна"))
    h = word_html(inner, "utf-8")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:FLE Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T040000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
           "BEGIN:DAYLIGHT\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nORGANIZER;CN=\"Бережна Юлія\":MAILTO:ogp-coordinator@example.org.ua\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:MAILTO:uvp@cg.ukrtel.net\n"
           "DESCRIPTION;LANGUAGE=uk-UA:Громадське обговорення виконання заходів Плану (п. 15)\\n\nSUMMARY;LANGUAGE=uk-UA:Громадське обговорення виконання Плану заходів «Відкритий уряд»\n"
           "DTSTART;TZID=FLE Standard Time:20131128T140000\nDTEND;TZID=FLE Standard Time:20131128T160000\nUID:040000008200E00074C5B7101A82E00800000000B0C5E5C1A8E3CE01000000000000000010000000\n"
           "LOCATION;LANGUAGE=uk-UA:ОУНБ\\, вул. Шевченка\\, 63\nSEQUENCE:0\nDTSTAMP:20131118T091512Z\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    alt = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "base64"), text_part("text/html", h, "utf-8", "quoted-printable"),
                                    text_part("text/calendar", ics, "utf-8", "base64", '; method=REQUEST')])
    body = multipart("mixed", [alt, attach(ics.replace("\n", "\r\n").encode(), "invite.ics", "application/ics", cte="base64")])
    return message("nr01", ("Бережна Юлія", REGISTERED["ogp-coordinator"]), "Запрошення: Громадське обговорення виконання Плану «Відкритий уряд»",
                   "2013-11-18 11:15:12", body, OL2010)


KEY = {"class": "not_report", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Gmail HTML-only question «чи потрібно подавати інформацію щодо пп. 8 та 11?» with a premise about the RDA's council inside the question; names measures, reports nothing.",
       "items": []}
@mail("nr02", KEY)
def _():
    h = gmail('<div>Добрий день, шановні колеги!</div><div><br></div>'
              '<div>Підкажіть, будь ласка, чи потрібно Городнянській райдержадміністрації подавати інформацію щодо пунктів 8 та 11 Плану? У нас колегії як такої немає, а дні відкритих дверей проводить тільки управління. І ще питання щодо п. 10: при громадській раді вже працює комісія з питань регламенту &#8212; чи можна її вважати такою комісією, чи треба створювати окрему?</div>'
              '<div><br></div><div>Дякую.</div><div><br></div><div>--&nbsp;<br>Олена Ткаченко<br>Городнянська РДА<br>(04645) 2-11-38</div>')
    body = text_part("text/html", h, "UTF-8", "quoted-printable")
    return message("nr02", ("Олена Ткаченко", REGISTERED["rda-horodnia"]), "питання по плану Відкритий уряд", "2012-11-27 13:52:40", body,
                   mid="<CAKf9zQw1n+e_pT7b2x5VhM8oL0jR4cY6dS3uA@mail.gmail.com>")


KEY = {"class": "not_report", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Outlook 2007 Word HTML (tiny grey «Службова інформація» preheader-like note at the bottom) asking for time until 20.06 and naming measures 2 and 9 with what is being prepared.",
       "items": []}
@mail("nr03", KEY)
def _():
    inner = (mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>Шановна Людмило Василівно!</span>") + mp("&nbsp;") +
             mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>У зв&#8217;язку з проведенням перевірки Держфінінспекції просимо продовжити термін подання інформації управління житлово-комунального господарства про виконання Плану заходів до <b>20 червня 2013 року</b>.</span>") +
             mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>Зокрема, матеріали до рубрики &laquo;Хід виконання цільових програм&raquo; (п. 2) та протокол обговорення проекту програми реформування ЖКГ з членами громадської ради (п. 9) ще узгоджуються і перебувають на підписі.</span>") +
             mp("&nbsp;") + mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>З повагою</span>") +
             mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>заступник начальника управління &nbsp;&nbsp;&nbsp;&nbsp; В.О. Гринь</span>") + mp("&nbsp;") +
             mp("<span style='font-size:6.0pt;color:#A6A6A6'>Службова інформація: вих. № 05-11/1409 від 12.06.2013. Лист надіслано лише в електронному вигляді.</span>"))
    h = word_html(inner, "windows-1251")
    body = multipart("alternative", [text_part("text/plain", html2text(h), "windows-1251", "quoted-printable"), text_part("text/html", h, "windows-1251", "quoted-printable")])
    return message("nr03", ("Управління ЖКГ", REGISTERED["su-zhkh"], "windows-1251"), "Про продовження терміну (Відкритий уряд)", "2013-06-12 17:20:03", body, OL2007, "windows-1251", "B")


KEY = {"class": "not_report", "executor": "su-simia", "period": 1, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "Opera Mail HTML thanks for the training seminar and the methodological guide (measures 13 and 14 by their plan words), with a line of what the office will do; no report.",
       "items": []}
@mail("nr04", KEY)
def _():
    h = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"><style type="text/css">body { font-family:\'Arial\'; font-size:10pt; }</style></head>\n<body>\n'
         '<p>Шановні колеги!</p>\n'
         '<p>Від імені управління у справах сім\'ї, молоді та спорту щиро дякуємо за проведений 22 листопада навчальний семінар щодо інструментів політики сприяння розвитку громадянського суспільства та за надіслані методичні посібники &#8212; вони дуже знадобляться нашим спеціалістам.</p>\n'
         '<p>Звіт про виконання Плану надішлемо до 15 грудня, як передбачено.</p>\n'
         '<p>З повагою,<br>Ковальова Наталія<br>Управління у справах сім\'ї, молоді та спорту облдержадміністрації</p>\n</body>\n</html>\n')
    body = multipart("alternative", [text_part("text/plain", html2text(h, 76), "koi8-u", "8bit"), text_part("text/html", h, "koi8-u", "8bit")], boundary="----------1B4E6D3F9A0C7E25")
    return message("nr04", ("Kovalova Natalia", REGISTERED["su-simia"]), "Дякуємо за семінар", "2012-11-26 10:03:37", body, OPERA, "koi8-u", "B",
                   mid="<op.wn3lq1xk0f4n2d@natalia-pc>")


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "A newsletter-style HTML template (hidden preheader, layout tables, a button) announcing the schedule of training seminars for February (measure 13's subject): a «ГРАФІК» of what is to come, no work reported.",
       "items": []}
@mail("nr05", KEY)
def _():
    h = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
         '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Графік семінарів</title></head>\n'
         '<body style="margin:0;padding:0;background:#eeeeee">\n'
         '<div style="display:none;font-size:1px;color:#eeeeee;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">Лютий 2013: навчальні семінари для заступників керівників структурних підрозділів, відповідальних за консультації з громадськістю</div>\n'
         '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center">\n'
         '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n'
         '<tr><td style="padding:20px;background:#1f4e8c;color:#ffffff;font-family:Arial,sans-serif;font-size:18px">Чернігівський центр перепідготовки та підвищення кваліфікації</td></tr>\n'
         '<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:14px;color:#333333">\n'
         '<p>Шановні колеги!</p><p>Інформуємо, що відповідно до Плану заходів «Відкритий уряд» Центр проводить навчальні семінари &laquo;Інструменти політики сприяння розвитку громадянського суспільства&raquo;. <b>ГРАФІК</b> проведення:</p>\n'
         '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">\n'
         '<tr><th>Дата</th><th>Категорія слухачів</th><th>Місце</th></tr>\n'
         '<tr><td>12.02.2013</td><td>заступники керівників структурних підрозділів ОДА</td><td>ауд. 214</td></tr>\n'
         '<tr><td>19.02.2013</td><td>спеціалісти РДА, які організовують консультації з громадськістю</td><td>ауд. 214</td></tr>\n'
         '<tr><td>26.02.2013</td><td>спеціалісти міськвиконкомів</td><td>ауд. 108</td></tr>\n</table>\n'
         '<p>Просимо до 08.02.2013 надіслати списки слухачів.</p>\n'
         '<p style="text-align:center"><a href="http://cppk.example.gov.ua/reg" style="background:#1f4e8c;color:#fff;padding:10px 18px;text-decoration:none">Зареєструватися</a></p>\n'
         '</td></tr>\n<tr><td style="padding:10px 20px;font-family:Arial,sans-serif;font-size:10px;color:#999999">Ви отримали цей лист як контактна особа органу виконавчої влади. Відписатися: cppk@example.gov.ua</td></tr>\n'
         '</table></td></tr></table>\n</body></html>\n')
    body = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "base64"), text_part("text/html", h, "utf-8", "base64")], boundary="_=_swift_v4_1360217331_5d3a9f1c8e2b7046_=_")
    return message("nr05", ("ЦППК", REGISTERED["cppk"]), "Графік навчальних семінарів на лютий 2013 р.", "2013-02-07 08:08:51", body,
                   "X-Mailer: Swift Mailer 4.3.0", mid="<1360217331.5113a0f3c3b2e@cppk.example.gov.ua>")

# ======================================================================= ranges

KEY = {"class": "ranges", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 Word-HTML table whose number cell «1&ndash;2, 6&ndash;9» (rowspan over a merged answer) is answered as one block; row 12 is «-», row 16 the duty; the answer holds a resolution number and dates.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("rg01", KEY)
def _():
    b = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    inner = (mp("Головне фінансове управління облдержадміністрації надає інформацію щодо виконання Плану заходів станом на 10.12.2012.") + mp("&nbsp;") +
             "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
             "<tr><td style='%s'>%s</td><td style='%s'>%s</td></tr>\n" % (b, mp("<b>Пункти Плану</b>"), b, mp("<b>Інформація про виконання</b>")) +
             "<tr><td rowspan=2 valign=top style='%s'>%s</td><td style='%s'>%s</td></tr>\n" % (
                 b, mp("1&#8211;2, 6&#8211;9"), b,
                 mp("На офіційному сайті облдержадміністрації в рубриці &laquo;Виконання місцевих бюджетів Чернігівської області&raquo; щомісяця розміщуються дані про виконання обласного та районних бюджетів; власна сторінка управління оновлена відповідно до Закону України &laquo;Про доступ до публічної інформації&raquo;.")) +
             "<tr><td style='%s'>%s%s</td></tr>\n" % (
                 b, mp("Проект обласного бюджету на 2013 рік 22.11.2012 обговорено на засіданні громадської ради за участю членів її бюджетного комітету, голова комітету Г.П. Шульга з 01.10.2012 входить до складу колегії управління та бюджетної комісії (дорадчого органу) відповідно до постанови КМУ від 03.11.2010 № 996."),
                 mp("Проведено 2 консультації з громадськістю щодо бюджетного процесу (15.10 та 22.11.2012).")) +
             "<tr><td style='%s'>%s</td><td style='%s'>%s</td></tr>\n" % (b, mp("12"), b, mp("-")) +
             "<tr><td style='%s'>%s</td><td style='%s'>%s</td></tr>\n</table>\n" % (b, mp("16"), b, mp("Інформація надається згідно з термінами")) +
             mp("&nbsp;") + mp("<span style='color:#1F497D'>З повагою,</span>") + mp("<span style='color:#1F497D'>Руденко Віра, сектор бюджетного планування</span>") + mp("<span style='color:#1F497D'>тел. 67-45-02</span>"))
    h = word_html(inner, "utf-8")
    body = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "quoted-printable"), text_part("text/html", h, "utf-8", "quoted-printable")])
    return message("rg01", ("Руденко Віра", REGISTERED["su-finansy"]), "Відкритий уряд - ГФУ", "2012-12-10 09:31:15", body, OL2010)


KEY = {"class": "ranges", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail HTML-only: «По пп. 6-9, 12» answered as one block counts 6, 7, 8, 9, 12 (8 is not the RDA's but is in the range); a document «від 14.05.2013 № 02-11/418» and counts stand near it.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg02", KEY)
def _():
    h = gmail('<div>Доброго дня!</div><div>Корюківська райдержадміністрація на виконання Плану заходів повідомляє.</div><div><br></div>'
              '<div><b>По п. 1.</b> Офіційний веб-сайт РДА перенесено на новий хостинг, додано розділ «Громадянське суспільство», розміщено 52 нормативні документи.</div><div><br></div>'
              '<div><b>По пп. 6-9, 12.</b> Відповідно до розпорядження голови райдержадміністрації від 14.05.2013 № 02-11/418 затверджено план консультацій на 2013 рік; '
              'у І півріччі проведено 5 консультацій (громадські слухання щодо бюджету, тарифів, оптимізації шкіл), члени громадської ради входять до 3 дорадчих органів при РДА, '
              'взяли участь в обговоренні 2 проектів розпоряджень та провели громадську експертизу діяльності відділу освіти.</div><div><br></div>'
              '<div>З повагою</div><div>Гордієнко Світлана</div><div>Корюківська РДА, загальний відділ</div>')
    body = text_part("text/html", h, "UTF-8", "base64")
    return message("rg02", ("Гордієнко Світлана", REGISTERED["rda-koriukivka"]), "Інформація Корюківської РДА - Відкритий уряд", "2013-06-07 11:59:02", body,
                   mid="<CAHw3dTzq8L0mX=4bP1kVcY7nR2s+5fGaE6uJ@mail.gmail.com>")


KEY = {"class": "ranges", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express HTML with <br>-separated lines inside one <p>: «п.п. 1, 6 &#8211; 9» answered as one block; the next line «пункти 10 і 12 – не проводились» is a bare negation (placeholder).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("rg03", KEY)
def _():
    h = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
         '<META content="MSHTML 6.00.2900.6400" name=GENERATOR></HEAD>\n<BODY>\n<P><FONT face="Times New Roman" size=3>Щорська райдержадміністрація<BR>вих. № 01-25/2214 від 11.12.2012<BR><BR>'
         'Управлінню з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації<BR><BR>'
         'Щодо п.п. 1, 6 &#8211; 9 Плану: на сайті райдержадміністрації ведеться рубрика &laquo;Відкритий уряд&raquo;, щокварталу проводяться зустрічі голови РДА з мешканцями сіл, '
         'представник громадської ради включений до складу районної координаційної ради, проекти розпоряджень з питань благоустрою та програма розвитку фізкультури на 2013 рік обговорені з членами громадської ради.<BR>'
         'Пункти 10 і 12 &#8211; не проводились.<BR><BR>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.М. Гнатенко</FONT></P></BODY></HTML>\n')
    body = multipart("alternative", [text_part("text/plain", html2text(h), "windows-1251", "quoted-printable"), text_part("text/html", h, "windows-1251", "quoted-printable")])
    return message("rg03", ("Щорська РДА", REGISTERED["rda-shchors"], "windows-1251"), "Відкритий уряд", "2012-12-11 15:40:29", body, OE6, "windows-1251", "B")


KEY = {"class": "ranges", "executor": "su-zdorovia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2007 HTML in koi8-r: «По пунктам 1 и 6» and «пункты 9 и 12» each answered as one block; «5-6 ноября» and «3 встречи» are a date and a count beside them.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg04", KEY)
def _():
    s = "<span lang=RU style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>%s</span>"
    inner = (mp(s % "Управление здравоохранения облгосадминистрации сообщает.") + mp("&nbsp;") +
             mp(s % "По пунктам 1 и 6: на сайте управления открыт раздел &laquo;Общественный совет&raquo; и страница обратной связи; 5-6 ноября проведены 3 встречи с жителями Нежина и Прилук по вопросам реформирования первичного звена медицинской помощи, около 240 участников.") +
             mp(s % "Пункты 9 и 12: проект областной программы &laquo;Здоровье Черниговщины&raquo; на 2013&#8211;2017 гг. обсуждён с членами общественного совета, общественная организация &laquo;Пациенты Черниговщины&raquo; провела общественную экспертизу деятельности управления по лекарственному обеспечению, по её предложениям разработан план мероприятий.") +
             mp("&nbsp;") + mp(s % "С уважением, Гаврилюк О.В.") + mp(s % "Управление здравоохранения ОГА"))
    h = word_html(inner, "koi8-r", "RU")
    body = multipart("alternative", [text_part("text/plain", html2text(h), "koi8-r", "quoted-printable"), text_part("text/html", h, "koi8-r", "quoted-printable")])
    return message("rg04", ("Гаврилюк Ольга", REGISTERED["su-zdorovia"], "koi8-r"), "Информация по плану Открытое правительство", "2012-11-30 16:12:45", body,
                   OL2007.replace("Content-Language: uk", "Content-Language: ru"), "koi8-r", "B")


KEY = {"class": "ranges", "executor": "rda-talalaivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! HTML (koi8-u, 8bit): «з 6 по 9» answered as one block and «п. 10, 12» as another; «2–3 рази на місяць» and a decision number sit beside them.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg05", KEY)
def _():
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"><title></title></head>\n<body>\n'
         '<span style="font-family:\'Courier New\'; font-size: 10pt; color: #000000;">\n'
         'Здравствуйте, uvp.<br><br>Талалаївська райдержадміністрація надає інформацію за ІІ півріччя 2013 року.<br><br>\n'
         'Щодо пунктів з 6 по 9: консультації з громадськістю проводяться 2&#8211;3 рази на місяць (зустрічі з мешканцями, опитування), представники громадської ради працюють у складі дорадчих органів РДА та залучаються до обговорення проектів розпоряджень і районних програм.<br><br>\n'
         'П. 10, 12: громадській раді рекомендовано створити робочу групу з питань відкритості (лист від 02.10.2013 № 01-13/905), групу утворено рішенням ради № 7; громадська експертиза діяльності відділу з питань ведення Державного реєстру виборців проведена ГО &laquo;Талалаївщина&raquo;.<br><br>\n'
         '--&nbsp;<br>С уважением,<br>&nbsp;Петро Лисенко<br>&nbsp;mailto:rda-talalaivka@example.gov.ua<br></span></body></html>\n')
    body = multipart("alternative", [text_part("text/plain", html2text(h), "koi8-u", "8bit"), text_part("text/html", h, "koi8-u", "8bit")], boundary="----------0F1E2D3C4B5A6978")
    return message("rg05", ("Петро Лисенко", REGISTERED["rda-talalaivka"], "koi8-u"), "Інформація - Відкритий уряд", "2013-12-09 10:27:33", body,
                   BAT % REGISTERED["rda-talalaivka"], "koi8-u", "B", mid="<1917431853.20131209102733@example.gov.ua>")

# ======================================================================= prose

KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Apple Mail HTML cover note and a PDF (text layer) in prose with no plan numbers: site (1), round tables (6), anticorruption expertise (12); the round-table paragraph also has a passing «на офіційному сайті»; RFC 2231 continuation file name.",
       "items": [{"measure": 1, "source": "Інформація_соцзахист_І_півріччя_2013.pdf"}, {"measure": 6, "source": "Інформація_соцзахист_І_півріччя_2013.pdf"},
                 {"measure": 12, "source": "Інформація_соцзахист_І_півріччя_2013.pdf"}]}
@mail("pr01", KEY)
def _():
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">'
         '<div>Добрий день!</div><div><br></div><div>Надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації за І півріччя 2013 року (у вкладенні, PDF).</div>'
         '<div><br></div><div>Бондар Ю.</div><div><br></div></body></html>\n')
    alt = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "quoted-printable"), text_part("text/html", h, "utf-8", "quoted-printable")],
                    boundary="Apple-Mail=_7A1C3E5F-2B4D-4F6A-8C0E-1D3F5A7B9C2E")
    body = multipart("mixed", [alt, attach("sotszakhyst.pdf", "Інформація_соцзахист_І_півріччя_2013.pdf", "application/pdf", "2231c")],
                     boundary="Apple-Mail=_0B2D4F6A-8C1E-4A3C-9E5B-7D0F2A4C6E8B")
    return message("pr01", ("Бондар Юлія", REGISTERED["su-sotszakhyst"]), "Відкритий уряд", "2013-06-14 09:12:58", body, APPLE,
                   mid="<A4C2E6F8-1B3D-4E5F-9A7C-0D2E4F6A8B1C@example.gov.ua>")


KEY = {"class": "prose", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird HTML cover and a .docx in prose under subject headings (web resource, forum, discussion of the plan): measures 3, 4 and 15 by their plan words; file name RFC 2047 in name= and RFC 2231 in filename*.",
       "items": [{"measure": 3, "source": "Звіт громадської ради.docx"}, {"measure": 4, "source": "Звіт громадської ради.docx"},
                 {"measure": 15, "source": "Звіт громадської ради.docx"}]}
@mail("pr02", KEY)
def _():
    h = ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body bgcolor="#FFFFFF" text="#000000">\n'
         '    Шановні колеги!<br>\n    <br>\n    Надсилаємо звіт Громадської ради при облдержадміністрації щодо участі у виконанні Плану заходів «Відкритий уряд».<br>\n    <br>\n'
         '    <div class="moz-signature">-- <br>\n      Секретар Громадської ради<br>\n      Марина Довгань</div>\n  </body>\n</html>\n')
    alt = multipart("alternative", [text_part("text/plain", html2text(h, 72), "UTF-8", "8bit", "; format=flowed"), text_part("text/html", h, "UTF-8", "8bit")],
                    boundary="------------080409030802050306070102")
    body = multipart("mixed", [alt, attach("gromrada.docx", "Звіт громадської ради.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2047b+2231")],
                     boundary="------------050203080904070506010309")
    return message("pr02", ("Марина Довгань", REGISTERED["gromrada"]), "Звіт громадської ради - Відкритий уряд", "2012-12-12 18:03:44", body, TB,
                   mid="<50C8AA40.6030409@example.gov.ua>")


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 Word-HTML only (no plain twin), headings in bold, spans split mid-word by formatting («Дн</span><span>і відкритих дверей»); the department's own open days (11), seminars (13) and guides (14), no numbers.",
       "items": [{"measure": 11, "source": "body"}, {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}
@mail("pr03", KEY)
def _():
    f = "<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>%s</span>"
    inner = (mp(f % "<b>Інформація управління з питань внутрішньої політики та зв&#8217;язків з громадськістю облдержадміністрації (IV квартал 2012 року)</b>") + mp("&nbsp;") +
             mp(f % "<b><i>Відкритість управління</i></b>") +
             mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>У жовтні та листопаді проведено два </span><span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\";color:black'>Дн</span><span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>і відкритих дверей управління для представників громадських організацій і ЗМІ (разом 41 учасник): гості ознайомилися з роботою відділів, порядком надання грантів ОДА для ІГС.</span>") +
             mp(f % "<b><i>Навчання</i></b>") +
             mp(f % "Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації 22.11.2012 проведено навчальний семінар для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю (34 слухачі).") +
             mp(f % "<b><i>Методичне забезпечення</i></b>") +
             mp("<span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>Розроблено та розповсюджено серед структурних підрозділів і РДА мето</span><span style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>дичний посібник &laquo;Консультації з громадськістю: покроковий порадник&raquo; (тираж 300 прим.), електронну версію розміщено для завантаження.</span>") +
             mp("&nbsp;") + mp(f % "Начальник відділу з питань взаємодії з ІГС &nbsp;&nbsp;&nbsp; І.В. Приходько"))
    h = word_html(inner, "windows-1251")
    body = text_part("text/html", h, "windows-1251", "base64")
    return message("pr03", ("Приходько Ірина", REGISTERED["uvp"], "windows-1251"), "Інформація УВП до зведеного звіту", "2012-12-13 12:20:10", body, OL2010, "windows-1251", "B")


KEY = {"class": "prose", "executor": "rda-varva", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail HTML with <b> subject headings and no numbers; one paragraph covers two measures (members in the advisory council, 7, and the draft programme discussed, 9); the consultations paragraph mentions the site only in passing while a separate paragraph is about the site.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("pr04", KEY)
def _():
    h = gmail('<div>Варвинська районна державна адміністрація інформує.</div><div><br></div>'
              '<div><b>Консультації з громадськістю</b></div><div>У І півріччі 2013 року проведено громадські слухання щодо звіту про виконання районного бюджету за 2012 рік та 4 зустрічі з мешканцями сіл Озеряни, Журавка, Леляки і Брагинці; матеріали висвітлено в газеті &laquo;Світло Жовтня&raquo; та на офіційному сайті.</div><div><br></div>'
              '<div><b>Громадська рада</b></div><div>Двох членів громадської ради при райдержадміністрації включено до складу районної ради з питань підприємництва; вони ж 17 квітня взяли участь в обговоренні проекту районної програми підтримки малого бізнесу на 2013-2015 роки, подано 3 пропозиції.</div><div><br></div>'
              '<div><b>Веб-сайт</b></div><div>Структуру офіційного веб-сайту райдержадміністрації приведено у відповідність до постанови КМУ № 3, додано розділи &laquo;Публічна інформація&raquo; та &laquo;Бюджет для громадян&raquo;.</div><div><br></div>'
              '<div>--</div><div>З повагою, Лариса Шевель,</div><div>головний спеціаліст сектору внутрішньої політики Варвинської РДА</div>')
    plain = html2text(h, 78)
    body = multipart("alternative", [text_part("text/plain", plain, "KOI8-U", "quoted-printable"), text_part("text/html", h, "KOI8-U", "quoted-printable")], boundary="e89a8f3ba0cbd6d4e904dd8c2a71")
    return message("pr04", ("Лариса Шевель", REGISTERED["rda-varva"], "KOI8-U"), "Інформація Варвинської РДА", "2013-06-04 15:48:30", body,
                   subj_cs="KOI8-U", mid="<CAB5x0uN7tZk-2r3FqW1Le=d9sYh8cMv4oPjA@mail.gmail.com>")


KEY = {"class": "prose", "executor": "su-apk", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 plain+HTML cover and an .odt in prose: consultations and a survey (6, with a passing «розміщено на сайті»), the collegium (8), a public expertise with a plan for the proposals (12); RFC 2047 Q file name.",
       "items": [{"measure": 6, "source": "АПК_відкритість_ІІ_півр.odt"}, {"measure": 8, "source": "АПК_відкритість_ІІ_півр.odt"}, {"measure": 12, "source": "АПК_відкритість_ІІ_півр.odt"}]}
@mail("pr05", KEY)
def _():
    h = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 11 (filtered medium)"></head>\n<body lang=UK><div class=Section1>\n' +
         mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>На виконання Плану заходів надсилаємо інформацію Головного управління агропромислового розвитку облдержадміністрації за ІІ півріччя 2013 року.</span></font>") +
         mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Вих. № 07-12/3318 від 09.12.2013</span></font>") +
         mp("&nbsp;") + mp("<font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Шаповал Андрій, т. 67-31-48</span></font>") + "</div></body></html>\n")
    alt = multipart("alternative", [text_part("text/plain", html2text(h), "windows-1251", "quoted-printable"), text_part("text/html", h, "windows-1251", "quoted-printable")])
    body = multipart("mixed", [alt, attach("apk.odt", "АПК_відкритість_ІІ_півр.odt", "application/vnd.oasis.opendocument.text", "2047q", "windows-1251")])
    return message("pr05", ("Шаповал Андрій", REGISTERED["su-apk"], "windows-1251"), "Інформація ГУАПР", "2013-12-10 14:37:06", body, OL2003, "windows-1251", "Q")

# ======================================================================= foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 Word-HTML table with a running «№ з/п» column 1–5 beside the real «Пункт Плану» column (1, 6, 7, 9, 12); row 7 is «&#8212;»; empty <td> in a spacer column.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("fn01", KEY)
def _():
    b = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    rows = [("1", "1", "Веб-сайт райдержадміністрації наповнюється відповідно до Порядку, затвердженого розпорядженням від 05.09.2012 № 311; розміщено 27 розпоряджень і 9 регуляторних актів."),
            ("2", "6", "Проведено 6 консультацій з громадськістю, у т.ч. громадське обговорення проекту бюджету району на 2013 рік (03.12.2012)."),
            ("3", "7", "&#8212;"),
            ("4", "9", "Проект Програми розвитку освіти Прилуцького району обговорено з членами громадської ради 20.11.2012."),
            ("5", "12", "Громадська рада провела антикорупційну експертизу 2 проектів розпоряджень; пропозиції враховано.")]
    trs = "".join("<tr><td style='%s'>%s</td><td style='%s'>%s</td><td style='border:none;width:4pt'></td><td style='%s'>%s</td></tr>\n" % (b, mp(a), b, mp(n), b, mp(t)) for a, n, t in rows)
    inner = (mp("Прилуцька райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади.") + mp("&nbsp;") +
             "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
             "<tr><td style='%s'>%s</td><td style='%s'>%s</td><td style='border:none;width:4pt'></td><td style='%s'>%s</td></tr>\n" % (b, mp("<b>№ з/п</b>"), b, mp("<b>Пункт Плану</b>"), b, mp("<b>Стан виконання</b>")) +
             trs + "</table>\n" + mp("&nbsp;") + mp("Заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp; В.І. Дорошенко") + mp("<span style='font-size:8.0pt'>Виконавець: Гребінка С.О., 3-05-14</span>"))
    h = word_html(inner, "windows-1251")
    body = multipart("alternative", [text_part("text/plain", html2text(h), "windows-1251", "quoted-printable"), text_part("text/html", h, "windows-1251", "quoted-printable")])
    return message("fn01", ("Прилуцька РДА", REGISTERED["rda-pryluky"], "windows-1251"), "Інформація щодо Плану заходів (відкритий уряд)", "2012-12-05 10:11:12", body, OL2007, "windows-1251", "B")


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird HTML with the letter's own paragraphs as an <ol> (browser-drawn 1., 2., 3.) that describe the site, consultations and an expertise without plan numbers; the drawn 2 and 3 are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("fn02", KEY)
def _():
    h = ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=windows-1251">\n  </head>\n  <body bgcolor="#FFFFFF" text="#000000">\n'
         '    Управління капітального будівництва облдержадміністрації повідомляє про виконання Плану заходів за І півріччя 2013 р.:<br>\n    <ol>\n'
         '      <li>Інформаційне наповнення веб-сторінки управління на сайті ОДА: розміщено перелік об\'єктів будівництва на 2013 рік, інформацію про проведені тендери та акти введення в експлуатацію (14 об\'єктів).</li>\n'
         '      <li>Проведено консультації з громадськістю щодо будівництва нової будівлі обласного перинатального центру (громадські слухання 14.03.2013, 3 пропозиції).</li>\n'
         '      <li>ГО &laquo;Громадський контроль Чернігівщини&raquo; провела громадську експертизу діяльності управління у сфері закупівель, за її результатами затверджено план з 5 заходів.</li>\n'
         '    </ol>\n    З повагою,<br>\n    Ігор Мороз<br>\n    відділ технагляду<br>\n  </body>\n</html>\n')
    body = multipart("alternative", [text_part("text/plain", html2text(h, 72), "windows-1251", "8bit", "; format=flowed"), text_part("text/html", h, "windows-1251", "8bit")],
                     boundary="------------020604090503070108030905")
    return message("fn02", ("Ігор Мороз", REGISTERED["su-kapbud"], "windows-1251"), "УКБ - інформація", "2013-05-28 16:30:02", body, TB, "windows-1251", "B",
                   mid="<51A4B1A2.1020509@example.gov.ua>")


KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 Word HTML following the office's own plan numbering «1.1», «1.2», «2.3» (typed in MsoListParagraph with mso-list conditional comments); the plan's measures are named only by subject: site (1), the rubric on target programmes (2), draft programme discussed with council members (9).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("fn03", KEY)
def _():
    def lp(num, text):
        return ("<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-36.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>%s<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>%s<o:p></o:p></p>\n" % (num, text))
    inner = (mp("Управління містобудування та архітектури облдержадміністрації надає інформацію відповідно до Плану заходів управління щодо забезпечення відкритості на 2013 рік (затверджений наказом від 14.01.2013 № 4).") + mp("&nbsp;") +
             mp("<b>1. Інформаційна відкритість</b>") +
             lp("1.1.", "На веб-сторінці управління розміщено проект Схеми планування території області та генеральні плани 11 населених пунктів, оновлено реєстр містобудівних умов.") +
             lp("1.2.", "Інформацію про хід виконання Програми розроблення містобудівної документації за 9 місяців 2013 р. направлено до відділу інформаційних технологій апарату ОДА для розміщення в рубриці &laquo;Хід виконання цільових програм&raquo;.") +
             mp("<b>2. Співпраця з громадськістю</b>") +
             lp("2.1.", "Прийом громадян проводиться щовівторка.") +
             lp("2.3.", "Проект обласної програми забезпечення містобудівною документацією на 2014&#8211;2016 рр. обговорено з членами громадської ради при облдержадміністрації 24.10.2013.") +
             mp("&nbsp;") + mp("Начальник відділу &nbsp;&nbsp; О.П. Савчук"))
    h = word_html(inner, "utf-8", extra_style="p.MsoListParagraph\n\t{margin-left:36.0pt;font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";}\n@list l0\n\t{mso-list-id:1286305;}\n")
    body = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "base64"), text_part("text/html", h, "utf-8", "base64")])
    return message("fn03", ("Савчук Олег", REGISTERED["su-mistobuduvannia"]), "Інформація УМА - Відкритий уряд", "2013-12-05 11:44:36", body, OL2010)


KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "i.ua-style web mail HTML (sent from the registered box): answers under «п. 6», «п. 7», «п. 12» with sub-items as <ol type=\"a\"> and typed «1)», «2)», and counts «у 3 селах», «12 осіб»; sent one day late.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("fn04", KEY)
def _():
    h = ('<div style="font-family:Arial;font-size:13px">Семенівська РДА, інформація по Плану заходів:<br><br>'
         '<b>п. 6</b> &#8212; консультації з громадськістю:<ol type="a"><li>громадські слухання щодо бюджету на 2013 р. (14.11.2012);</li><li>зустрічі з жителями у 3 селах (Жадове, Хотіївка, Костобобрів) щодо медичного обслуговування;</li></ol>'
         '<b>п. 7</b> &#8212; до районної ради з питань безпечної життєдіяльності включено 2 членів громадської ради; склад комісії з питань евакуації оновлено (12 осіб, з них 1 від громадськості).<br><br>'
         '<b>п. 12</b> &#8212; 1) громадська експертиза діяльності служби у справах дітей РДА (ГО &laquo;Семенівські ініціативи&raquo;); 2) антикорупційна експертиза проекту розпорядження про конкурс на перевезення пасажирів.<br><br>'
         'Вибачте за запізнення.<br>Руденок В.В., тел. 2-17-90</div>')
    body = text_part("text/html", h, "windows-1251", "base64")
    return message("fn04", ("Семенівська РДА", REGISTERED["rda-semenivka"], "windows-1251"), "Відкритий уряд - Семенівка", "2012-12-16 10:02:47", body,
                   "X-Mailer: i.ua", "windows-1251", "B")


KEY = {"class": "foreign_numbers", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "ukr.net-style HTML where the plan numbers are drawn by the browser (<ol start=\"6\">, <li value=\"9\">, <li value=\"12\">) and not typed; a nested <ol> numbers the RDA's own events 1–3; a document «№ 01-14/1006» and «постанова № 996» sit in the text.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("fn05", KEY)
def _():
    h = ('<div>Ічнянська райдержадміністрація (вих. № 01-14/1006 від 10.06.2013) інформує про виконання пунктів Плану за І півріччя 2013 року:</div>'
         '<ol start="6">'
         '<li>Консультації з громадськістю згідно з постановою КМУ № 996 проведено у формі: <ol><li>громадських слухань щодо звіту про виконання бюджету (21.02.2013);</li><li>зустрічі голови РДА з мешканцями м. Ічня (15.03.2013);</li><li>електронного опитування щодо благоустрою парку (96 відповідей).</li></ol></li>'
         '<li>Представники громадської ради включені до складу координаційної ради з питань АПК та ради з питань туризму.</li>'
         '<li value="9">Проект районної програми &laquo;Питна вода&raquo; обговорено з членами громадської ради 16.04.2013.</li>'
         '<li value="12">Громадська експертиза діяльності відділу освіти РДА проведена ГО &laquo;Ічнянщина&raquo;, її пропозиції враховано в наказі відділу.</li>'
         '</ol><div>&nbsp;</div><div>З повагою, О. Бурлака</div><div>--<br>Надіслано з <a href="http://freemail.ukr.net">freemail.ukr.net</a></div>')
    body = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "base64"), text_part("text/html", h, "utf-8", "base64")], boundary="----FREEMAIL_1370861523_ichnia")
    return message("fn05", ("Ічнянська РДА", REGISTERED["rda-ichnia"]), "Інформація Ічнянської РДА", "2013-06-10 14:32:03", body, UKRNET,
                   mid="<1370863923.219504011.ukrnet@frv62.fwdcdn.com>")

# ======================================================================= personal_address

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "ukr.net web mail from a private box; the office appears only in the genitive in the signature («Головного управління економіки облдержадміністрації») while the greeting names the addressee УВП; <br>-separated answers inside one <p>.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("pa01", KEY)
def _():
    h = ('<div>Шановні колеги з управління з питань внутрішньої політики!</div><div>&nbsp;</div>'
         '<div>Пересилаю з домашньої пошти, бо службова не працює.</div><div>&nbsp;</div>'
         '<p>п. 1 &#8212; на веб-сторінці управління розміщено прогноз соціально-економічного розвитку області та звіт про виконання Програми за 9 місяців;<br>'
         'п. 2 &#8212; матеріали про хід виконання 4 цільових програм (малого підприємництва, енергозбереження, інвестиційної, розвитку села) направлено для розміщення в рубриці &laquo;Хід виконання цільових програм&raquo;;<br>'
         'п. 9 &#8212; проект Програми соціально-економічного розвитку області на 2013 рік обговорено з членами громадської ради 07.11.2012.</p>'
         '<div>&nbsp;</div><div>З повагою,<br>Олена Ковальчук,<br>головний спеціаліст відділу стратегічного планування<br>Головного управління економіки облдержадміністрації</div>'
         '<div>--<br>Надіслано з <a href="http://freemail.ukr.net">freemail.ukr.net</a></div>')
    body = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "base64"), text_part("text/html", h, "utf-8", "base64")], boundary="----FREEMAIL_1354200377_o_kovalchuk")
    return message("pa01", ("Олена Ковальчук", "o.kovalchuk78@ukr.net"), "информация по открытому правительству", "2012-11-29 16:46:17", body, UKRNET,
                   mid="<1354200377.491823405.olena@frv44.fwdcdn.com>")


KEY = {"class": "personal_address", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail from a private box; the district is named only in a signature laid out as a table with a cid: logo («апарат Ніжинської райдержадміністрації»); the body also names УВП as addressee.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("pa02", KEY)
def _():
    h = gmail('<div>Добрий день!</div><div>Для управління з питань внутрішньої політики та зв\'язків з громадськістю ОДА &#8212; інформація за І півріччя:</div><div><br></div>'
              '<div>6. Проведено 4 консультації з громадськістю: громадські слухання щодо схеми санітарної очистки, зустрічі з мешканцями сіл Кунашівка і Талалаївка, опитування щодо роботи ЦНАП.</div>'
              '<div>7. Представників 3 громадських організацій включено до складу районної комісії з питань захисту прав дитини.</div>'
              '<div>10. Громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості; 14.05.2013 її створено у складі 4 осіб.</div><div><br></div>'
              '<table cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:12px;color:#555"><tr><td style="padding-right:8px"><img src="cid:ii_13f0a2b4c5d6e7f8" width="16" height="8" alt="герб"></td>'
              '<td>Віктор Гончаренко<br>головний спеціаліст відділу організаційної роботи<br>апарату Ніжинської райдержадміністрації<br>тел. (04631) 2-44-18</td></tr></table>')
    alt = multipart("alternative", [text_part("text/plain", html2text(h, 78), "UTF-8", "quoted-printable"), text_part("text/html", h, "UTF-8", "quoted-printable")], boundary="089e0122e8d6b1a5c404de1f2a3b")
    img = attach(tiny_png(), "gerb.png", "image/png", disp="inline", extra=["Content-ID: <ii_13f0a2b4c5d6e7f8>", "X-Attachment-Id: ii_13f0a2b4c5d6e7f8"])
    body = multipart("related", [alt, img], boundary="089e0122e8d6b1a5c804de1f2a3c")
    return message("pa02", ("Віктор Гончаренко", "v.goncharenko.nizhyn@gmail.com"), "інформація Відкритий уряд", "2013-06-14 20:15:41", body,
                   mid="<CAM7nE0r4k=Jb1xW9sPz6Tq3vYdL2uHf8aKcG@mail.gmail.com>")


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "i.ua private box; the MIME header says windows-1251 while the HTML's meta tag says koi8-u (mislabelled); the office is named obliquely («Служби у справах дітей облдержадміністрації») in the signature.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("pa03", KEY)
def _():
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"></head><body>'
         '<p>Добрий день, надсилаю інформацію за ІІ півріччя 2013 р. до УВП.</p>'
         '<p>На офіційному веб-сайті служби створено розділ &laquo;Усиновлення&raquo; та розміщено банк даних дітей, які потребують сімейного виховання (в межах дозволеного законом), оновлено контакти районних служб.</p>'
         '<p>Проведено консультації з громадськістю у формі круглого столу щодо розвитку прийомних сімей і дитячих будинків сімейного типу (17.10.2013, 31 учасник).</p>'
         '<p>Громадських експертиз діяльності служби у ІІ півріччі не проводилось.</p>'
         '<p>Марченко Т.І., начальник відділу Служби у справах дітей облдержадміністрації</p></body></html>')
    body = text_part("text/html", h, "windows-1251", "quoted-printable")
    return message("pa03", ("Tetiana Marchenko", "marchenko_ti@i.ua"), "Відкритий уряд (служба у справах дітей)", "2013-11-29 08:57:30", body,
                   "X-Mailer: i.ua", "windows-1251", "B")


KEY = {"class": "personal_address", "executor": "cppk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "meta.ua private box, HTML only, with a hidden preheader span repeating the subject; the Centre is named only in the body («Чернігівського центру перепідготовки…»); seminars held (13), next ones announced.",
       "items": [{"measure": 13, "source": "body"}]}
@mail("pa04", KEY)
def _():
    h = ('<html><body><span style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;color:#ffffff">Семінари ЦППК — інформація для УВП</span>'
         '<div style="font-family:Tahoma;font-size:12px">Шановні колеги!<br><br>Від імені Чернігівського центру перепідготовки та підвищення кваліфікації повідомляю: у жовтні &#8211; грудні 2012 р. '
         'проведено 3 навчальні семінари &laquo;Консультації з громадськістю: інструменти та практика&raquo; для заступників керівників структурних підрозділів облдержадміністрації та спеціалістів РДА (навчено 87 осіб); '
         'наступні семінари заплановано на лютий.<br><br>Проректор з навчальної роботи <br>С.Л. Давиденко</div></body></html>')
    body = text_part("text/html", h, "utf-8", "base64")
    return message("pa04", ("Davydenko S.", "s.davydenko@meta.ua"), "семінари ЦППК", "2012-12-12 13:08:19", body, None,
                   mid="<1355310499.71903.davydenko@webmail.meta.ua>")


KEY = {"class": "personal_address", "executor": "su-arkhiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The State archive's report sent from the culture department's registered box (Outlook 2010 Word HTML); the letterhead and signature name the archive, the From name is the culture department's.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("pa05", KEY)
def _():
    inner = (mp("<b>Державний архів Чернігівської області</b>") + mp("(надсилаємо з пошти управління культури, наша скринька тимчасово заблокована)") + mp("&nbsp;") +
             mp("Управлінню з питань внутрішньої політики та зв&#8217;язків з громадськістю облдержадміністрації") + mp("&nbsp;") +
             mp("Держархів області інформує, що на офіційному веб-сайті архіву розміщено електронні путівники по фондах радянського періоду та онлайн-виставку &laquo;Чернігівщина в документах 1932&#8211;1933 рр.&raquo;; "
                "до складу експертно-перевірної комісії (дорадчого органу) архіву включено представника Чернігівської обласної організації Національної спілки краєзнавців; "
                "ГО &laquo;Сіверська спадщина&raquo; провела громадську експертизу діяльності архіву щодо доступу дослідників до документів, за її пропозиціями подовжено години роботи читального залу.") +
             mp("&nbsp;") + mp("Директор &nbsp;&nbsp;&nbsp;&nbsp; Р.Б. Лазаренко"))
    h = word_html(inner, "windows-1251")
    body = multipart("alternative", [text_part("text/plain", html2text(h), "windows-1251", "quoted-printable"), text_part("text/html", h, "windows-1251", "quoted-printable")])
    return message("pa05", ("Управління культури і туризму", REGISTERED["su-kultura"], "windows-1251"), "Держархів - Відкритий уряд", "2013-06-06 10:24:55", body, OL2010, "windows-1251", "B")

# ======================================================================= mixed

KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail inline «---------- Forwarded message ----------» from a specialist's private box: the RDA's report first went to a mistyped address (…ukrtel.ner) and is delivered now; the forwarded text is the report and counts whole.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("mx01", KEY)
def _():
    h = gmail('<div>Пересилаю, бо з першого разу не дійшло (помилка в адресі).</div><div><br></div>'
              '<div class="gmail_quote">---------- Forwarded message ----------<br>From: <b class="gmail_sendername">Бахмацька РДА</b> <span dir="ltr">&lt;<a href="mailto:rda-bakhmach@example.gov.ua">rda-bakhmach@example.gov.ua</a>&gt;</span><br>'
              'Date: 2013/6/5<br>Subject: Інформація Бахмацької РДА<br>To: <a href="mailto:uvp@cg.ukrtel.ner">uvp@cg.ukrtel.ner</a><br><br><br>'
              '<div dir="ltr"><div>Бахмацька райдержадміністрація надає інформацію за І півріччя 2013 р.</div>'
              '<div>1. На офіційному веб-сайті РДА створено рубрику &laquo;Відкритий уряд&raquo;, розміщено звіти про виконання районних програм та паспорти бюджетних програм.</div>'
              '<div>6. Проведено громадські слухання щодо реорганізації ЦРЛ (12.03.2013, 150 учасників) та зустрічі з мешканцями у 5 сільрадах.</div>'
              '<div>9. Члени громадської ради взяли участь в обговоренні проекту розпорядження про районну програму оздоровлення дітей.</div>'
              '<div><br></div><div>Загальний відділ апарату РДА</div></div></div><br></div>')
    body = multipart("alternative", [text_part("text/plain", html2text(h, 78), "UTF-8", "quoted-printable"), text_part("text/html", h, "UTF-8", "quoted-printable")], boundary="047d7bdc8c2e41a02a04de6a7b5c")
    return message("mx01", ("Наталія Проценко", "protsenko.natali@gmail.com"), "Fwd: Інформація Бахмацької РДА", "2013-06-08 09:41:27", body,
                   mid="<CAFk2pH6q9Wz=3dNtR8uLb0-xYe5sJmC7vA1o@mail.gmail.com>")


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 correction above the office's own earlier report quoted under a «From:/Sent:/To:/Subject:» block; the quoted letter answered 1, 6, 7, 9, the new text corrects only 7.",
       "items": [{"measure": 7, "source": "body"}]}
@mail("mx02", KEY)
def _():
    inner = (mp("<span style='color:#1F497D'>Уточнення до інформації від 31.05.2013 щодо п. 7: до складу районної ради з питань підприємництва включено не одного, а трьох членів громадської ради (розпорядження від 28.05.2013 № 214), крім того представника ГО &laquo;Десна-Екологія&raquo; включено до складу районної комісії з питань техногенно-екологічної безпеки.</span>") +
             mp("<span style='color:#1F497D'>&nbsp;</span>") + mp("<span style='color:#1F497D'>Решта без змін.</span>") + mp("<span style='color:#1F497D'>Бойко Л.</span>") + mp("&nbsp;") +
             "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n" +
             mp("<b><span lang=EN-US style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>From:</span></b><span lang=EN-US style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Чернігівська РДА [mailto:rda-chernihiv@example.gov.ua] <br><b>Sent:</b> Friday, May 31, 2013 3:12 PM<br><b>To:</b> uvp@cg.ukrtel.net<br><b>Subject:</b> Інформація Чернігівської РДА</span>") +
             "</div>\n" + mp("&nbsp;") +
             mp("Чернігівська райдержадміністрація інформує:") +
             mp("п. 1 &#8211; на сайті РДА оновлено розділ &laquo;Регуляторна політика&raquo;;") +
             mp("п. 6 &#8211; проведено 3 громадські слухання (бюджет, тарифи, ремонт доріг);") +
             mp("п. 7 &#8211; одного члена громадської ради включено до ради з питань підприємництва;") +
             mp("п. 9 &#8211; проект програми &laquo;Шкільний автобус&raquo; обговорено з членами громадської ради.") + mp("Бойко Л., 67-10-22"))
    h = word_html(inner, "utf-8")
    body = multipart("alternative", [text_part("text/plain", html2text(h), "utf-8", "quoted-printable"), text_part("text/html", h, "utf-8", "quoted-printable")])
    return message("mx02", ("Чернігівська РДА", REGISTERED["rda-chernihiv"]), "FW: Інформація Чернігівської РДА (уточнення)", "2013-06-03 08:55:19", body, OL2010)


KEY = {"class": "mixed", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 HTML cover note reports the collegium (8) in its own words while the .xlsx reports 1, 6, 9 and dashes 7 and 12; the cover's «надаємо інформацію по пп. 1, 6, 7, 9, 12 (таблиця у вкладенні)» is a pointer.",
       "items": [{"measure": 1, "source": "Інформація управління сім'ї.xlsx"}, {"measure": 6, "source": "Інформація управління сім'ї.xlsx"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "Інформація управління сім'ї.xlsx"}]}
@mail("mx03", KEY)
def _():
    inner = (mp("Добрий день!") + mp("Надаємо інформацію управління у справах сім&#8217;ї, молоді та спорту по пп. 1, 6, 7, 9, 12 (таблиця у вкладенні).") +
             mp("Окремо повідомляємо, що наказом управління від 11.09.2013 № 162 до складу колегії введено голову комітету з питань молодіжної політики та спорту Громадської ради при облдержадміністрації А.М. Рибалка.") +
             mp("&nbsp;") + mp("З повагою, Н. Ковальова"))
    h = word_html(inner, "windows-1251")
    alt = multipart("alternative", [text_part("text/plain", html2text(h), "windows-1251", "quoted-printable"), text_part("text/html", h, "windows-1251", "quoted-printable")])
    body = multipart("mixed", [alt, attach("simia_info.xlsx", "Інформація управління сім'ї.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "2047q", "windows-1251")])
    return message("mx03", ("Ковальова Наталія", REGISTERED["su-simia"], "windows-1251"), "Інформація - Відкритий уряд ІІ півріччя", "2013-12-11 11:03:50", body, OL2007, "windows-1251", "B")


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 HTML cover with two attachments: «Додаток 1.doc» (RFC 2047 B in windows-1251) answers 6 and 7, «Додаток 2.rtf» (RFC 2231) answers 10 and 12 (12 named with what was not done).",
       "items": [{"measure": 6, "source": "Додаток 1.doc"}, {"measure": 7, "source": "Додаток 1.doc"},
                 {"measure": 10, "source": "Додаток 2.rtf"}, {"measure": 12, "source": "Додаток 2.rtf"}]}
@mail("mx04", KEY)
def _():
    inner = (mp("Новгород-Сіверська райдержадміністрація на виконання п. 16 Плану заходів надає інформацію (додатки 1, 2 на 2 арк.).") + mp("&nbsp;") +
             mp("Перший заступник голови &nbsp;&nbsp;&nbsp; М.П. Купрієнко"))
    h = word_html(inner, "windows-1251")
    alt = multipart("alternative", [text_part("text/plain", html2text(h), "windows-1251", "quoted-printable"), text_part("text/html", h, "windows-1251", "quoted-printable")])
    body = multipart("mixed", [alt, attach("nsiv1.doc", "Додаток 1.doc", "application/msword", "2047b", "windows-1251"),
                               attach("nsiv2.rtf", "Додаток 2.rtf", "application/rtf", "2231")])
    return message("mx04", ("Новгород-Сіверська РДА", REGISTERED["rda-novhorod-siverskyi"], "windows-1251"), "Інформація про виконання Плану заходів", "2012-12-14 15:20:08", body, OL2007, "windows-1251", "B")


KEY = {"class": "mixed", "executor": "rda-sosnytsia", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 Word HTML in multipart/related with cid: images (a photo of the hearing, a logo in a signature table); the HTML part's MIME header says us-ascii while its bytes and meta tag are windows-1251; the plain twin is labelled right; two days late.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("mx05", KEY)
def _():
    inner = (mp("Сосницька райдержадміністрація інформує про виконання Плану заходів за ІІ півріччя 2013 року.") + mp("&nbsp;") +
             mp("Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (05.12.2013, 64 учасники, фото нижче) та 3 зустрічі голови РДА з мешканцями сіл.") +
             mp("<img width=320 height=160 id=\"Picture_x0020_1\" src=\"cid:image001.png@01CEFA5E.3C6B2D10\" alt=\"Громадські слухання\">") +
             mp("За рекомендацією райдержадміністрації громадська рада утворила робочу групу з питань відкритості та прозорості (рішення від 14.11.2013).") +
             mp("На офіційному сайті РДА оновлено розділи &laquo;Звернення громадян&raquo; і &laquo;Доступ до публічної інформації&raquo;, розміщено 38 розпоряджень.") + mp("&nbsp;") +
             "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td style='padding:0cm 6pt 0cm 0cm'>" +
             mp("<img width=16 height=8 id=\"Picture_x0020_2\" src=\"cid:image002.png@01CEFA5E.3C6B2D10\">") + "</td><td>" +
             mp("<b>Сосницька райдержадміністрація</b>") + mp("відділ організаційної роботи") + mp("т. (04655) 2-16-34") + "</td></tr></table>\n")
    h = word_html(inner, "windows-1251")
    plain = html2text(h).replace("Громадські слухання\n", "[cid:image001.png@01CEFA5E.3C6B2D10]\n")
    hp = (["Content-Type: text/html; charset=\"us-ascii\"", "Content-Transfer-Encoding: 8bit"], encode_body(h, "windows-1251", "8bit"))
    alt = multipart("alternative", [text_part("text/plain", plain, "windows-1251", "quoted-printable"), hp])
    i1 = attach(tiny_png(), "image001.png", "image/png", disp="inline", extra=["Content-ID: <image001.png@01CEFA5E.3C6B2D10>"])
    i2 = attach(tiny_png(), "image002.png", "image/png", disp="inline", extra=["Content-ID: <image002.png@01CEFA5E.3C6B2D10>"])
    body = multipart("related", [alt, i1, i2], params=';\r\n\ttype="multipart/alternative"')
    return message("mx05", ("Сосницька РДА", REGISTERED["rda-sosnytsia"], "windows-1251"), "Інформація Сосницької РДА - Відкритий уряд", "2013-12-17 09:14:41", body, OL2010, "windows-1251", "B")

# ---- END OF MAILS
if __name__ == "__main__":
    sys.exit(main())
