#!/usr/bin/env python3
"""make.py — builds the "tally" corpus: 40 report e-mails for zvit with hand-written keys.

Python 3 standard library only; LibreOffice (soffice) converts office attachments once, and the
results are kept in attachments/ and reused, so a rerun gives byte-identical .eml files.

Every KEY below was written by hand before the mail under it; this script only checks keys
(class prefix, items sorted and unique, period/late against the Date header read in
Europe/Kyiv, every source present in the mail) and writes them beside the mails.
"""
import base64
import datetime as _dt
import email.parser
import email.utils
import hashlib
import json
import os
import quopri
import shutil
import subprocess
import sys
import urllib.parse
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
WORK = "/tmp/tally-work"
KYIV = ZoneInfo("Europe/Kyiv")
UVP = "uvp@cg.ukrtel.net"
MAILS = []

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


# ---------------------------------------------------------------- small helpers

def sha(*parts):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def D(y, mo, d, h, mi, s):
    """A moment in Kyiv time."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfc_date(t, tz=None, paren=False):
    if tz is not None:
        t = t.astimezone(tz)
    s = email.utils.format_datetime(t)
    if paren:
        s += " (%s)" % t.tzname()
    return s


def received(t, delay, frm, ip, by="mx.cg.ukrtel.net", sid=None, proto="ESMTP", tz=None):
    r = t + _dt.timedelta(seconds=delay)
    assert r.astimezone(KYIV).date() == t.astimezone(KYIV).date(), "Received crosses a Kyiv day"
    return ("Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (frm, frm, ip, by, proto, sid, UVP, rfc_date(r, tz, paren=True)))


def ew(text, cs="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words (a list), split on character boundaries."""
    pre = "=?%s?%s?" % (cs, enc)
    words, cur = [], ""

    def enc_s(s):
        b = s.encode(cs)
        if enc == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for ch in b:
            c = chr(ch)
            if c == " ":
                out.append("_")
            elif c.isalnum() and ch < 128:
                out.append(c)
            elif c in "!*+-/" and ch < 128:
                out.append(c)
            else:
                out.append("=%02X" % ch)
        return "".join(out)

    for ch in text:
        trial = cur + ch
        if len(pre) + len(enc_s(trial)) + 2 > maxlen and cur:
            words.append(pre + enc_s(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(pre + enc_s(cur) + "?=")
    return words


def H(text, cs="utf-8", enc="B", fold="\n "):
    """An encoded header value; ASCII text stays as it is."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return fold.join(ew(text, cs, enc))


def addr(name, email_, cs="utf-8", enc="B", quote=True):
    if not name:
        return email_ if not quote else "<%s>" % email_
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (" ".join(ew(name, cs, enc)), email_)


def crlf_text(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(text, cs):
    return quopri.encodestring(text.encode(cs)).decode("ascii")


def flow(text, width=72):
    """format=flowed: wrap long unquoted lines with trailing-space soft breaks."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def encode_body(text, cs, cte):
    """Returns bytes of a text body (LF line ends; CRLF added when the whole mail is written)."""
    if cte == "base64":
        return b64lines(crlf_text(text).encode(cs)).encode("ascii")
    if cte == "quoted-printable":
        return qp(text, cs).encode("ascii")
    if cte in ("8bit", "7bit"):
        return text.encode(cs)
    raise ValueError(cte)


def hdrs(lines):
    out = []
    for l in lines:
        if l is None:
            continue
        out.append(l if isinstance(l, bytes) else l.encode("ascii"))
    return b"\n".join(out)


def part(headers, body):
    if isinstance(body, str):
        body = body.encode("ascii")
    return hdrs(headers) + b"\n\n" + body


def tpart(text, cs="utf-8", cte="8bit", sub="plain", ct_extra="", quote_cs=True, cte_case=None):
    csv = ('"%s"' % cs) if quote_cs else cs
    return part(["Content-Type: text/%s; charset=%s%s" % (sub, csv, ct_extra),
                 "Content-Transfer-Encoding: %s" % (cte_case or cte)],
                encode_body(text, cs, cte))


def multipart(bnd, parts, preamble="This is a multi-part message in MIME format.", epilogue=""):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += b"--" + bnd.encode("ascii") + b"\n" + p + b"\n"
    out += b"--" + bnd.encode("ascii") + b"--\n"
    if epilogue:
        out += epilogue.encode("ascii")
    return out


def mp_part(sub, bnd, parts, preamble=None, extra=""):
    return part(['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, extra, bnd)],
                multipart(bnd, parts, preamble))


def fname_params(fname, style, cs="utf-8"):
    """(Content-Type name param, Content-Disposition filename param) in one of the styles."""
    if style == "ascii":
        return 'name="%s"' % fname, 'filename="%s"' % fname
    if style == "b":
        w = "".join(ew(fname, cs, "B", maxlen=10_000))
        return 'name="%s"' % w, 'filename="%s"' % w
    if style == "bfold":
        w = " ".join(ew(fname, cs, "B"))
        return 'name="%s"' % w, 'filename="%s"' % w
    if style == "q":
        w = " ".join(ew(fname, cs, "Q"))
        return 'name="%s"' % w, 'filename="%s"' % w
    if style in ("2231", "2231one"):
        pct = urllib.parse.quote(fname.encode(cs), safe="")
        nm = 'name="%s"' % " ".join(ew(fname, cs, "B"))
        if style == "2231one":
            return nm, "filename*=%s''%s" % (cs, pct)
        toks, i = [], 0
        while i < len(pct):
            if pct[i] == "%":
                toks.append(pct[i:i + 3]); i += 3
            else:
                toks.append(pct[i]); i += 1
        chunks, cur = [], ""
        for t in toks:
            if len(cur) + len(t) > 54:
                chunks.append(cur); cur = ""
            cur += t
        chunks.append(cur)
        ps = []
        for k, c in enumerate(chunks):
            ps.append("filename*%d*=%s%s" % (k, ("%s''" % cs) if k == 0 else "", c))
        return nm, ";\n ".join(ps)
    raise ValueError(style)


class Msg:
    def __init__(self, name):
        self.name = name
        self.files = []

    def h(self, salt, n=40):
        return sha(self.name, salt)[:n]

    def num(self, salt, digits):
        return str(int(self.h(salt), 16))[:digits]

    # boundaries in the habits of the clients
    def bnd(self, style, i=0):
        x = self.h("bnd%d" % i).upper()
        if style == "outlook":
            return "----=_NextPart_%03d_%s_%s.%s" % (i, x[:4], "01CE" + x[4:8], x[8:16])
        if style == "oe":
            return "----=_NextPart_%03d_%s_%s.%s" % (i, x[:4], "01CD" + x[4:8], x[8:16])
        if style == "tb":
            return "------------" + self.num("bnd%d" % i, 24)
        if style == "gmail":
            return x[:28].lower()
        if style == "bat":
            return "----------" + x[:12]
        if style == "rc":
            return "=_" + x[:32].lower()
        if style == "ukrnet":
            return "----MULTIPART-BOUNDARY-" + x[:8].lower()
        if style == "apple":
            return "Apple-Mail-%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32])
        if style == "plain":
            return "----------" + base64.b64encode(bytes.fromhex(x[:30])).decode().replace("+", "x").replace("/", "Q")
        raise ValueError(style)

    def att(self, data, ctype, fname, style="b", cs="utf-8", cte="base64", disp="attachment",
            extra=(), count=True):
        if count:
            self.files.append(fname)
        ctn, cdn = fname_params(fname, style, cs)
        body = b64lines(data).encode("ascii") if cte == "base64" else data
        return part(["Content-Type: %s;\n\t%s" % (ctype, ctn),
                     "Content-Transfer-Encoding: %s" % cte,
                     "Content-Disposition: %s;\n\t%s" % (disp, cdn)] + list(extra), body)


# ---------------------------------------------------------------- office attachments

def _soffice(src, target, infilter=None):
    outdir = os.path.join(WORK, "conv")
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % WORK]
    if infilter:
        cmd.append("--infilter=%s" % infilter)
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def office(stem, kind, content):
    """kind: xlsx, xls, ods (content = CSV text) or docx, doc, odt, pdf (content = HTML).
    The file is converted once and kept in attachments/ as STEM.KIND."""
    os.makedirs(ATT, exist_ok=True)
    dest = os.path.join(ATT, "%s.%s" % (stem, kind))
    if not os.path.exists(dest):
        srcdir = os.path.join(WORK, "src")
        os.makedirs(srcdir, exist_ok=True)
        if kind in ("xlsx", "xls", "ods"):
            src = os.path.join(srcdir, stem + ".csv")
            with open(src, "w", encoding="utf-8", newline="") as f:
                f.write(content)
            target = {"xlsx": 'xlsx:Calc MS Excel 2007 XML', "xls": 'xls:MS Excel 97',
                      "ods": "ods:calc8"}[kind]
            out = _soffice(src, target, "CSV:44,34,76,1")
        else:
            src = os.path.join(srcdir, stem + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(content)
            target = {"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97",
                      "odt": "odt:writer8", "pdf": "pdf:writer_pdf_Export"}[kind]
            out = _soffice(src, target, "HTML (StarWriter)")
        shutil.move(out, dest)
    with open(dest, "rb") as f:
        data = f.read()
    assert len(data) < 60_000, (dest, len(data))
    return data


def keep(stem, ext, data):
    """Attachments written by make.py itself (RTF, ICS, PNG): kept in attachments/ too."""
    os.makedirs(ATT, exist_ok=True)
    dest = os.path.join(ATT, "%s.%s" % (stem, ext))
    with open(dest, "wb") as f:
        f.write(data)
    return data


def html_doc(body, title="", style=""):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>'
            '<style>body{font-family:"Times New Roman";font-size:13pt} '
            'table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px;vertical-align:top}'
            '%s</style></head><body>%s</body></html>' % (title, style, body))


def csv_rows(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


def rtf(paras, cs="cp1251"):
    """A small RTF document: paragraphs of text, Cyrillic as \\'xx escapes (ansicpg1251)."""
    def esc(s):
        o = []
        for ch in s:
            if ch in "\\{}":
                o.append("\\" + ch)
            elif ord(ch) < 128:
                o.append(ch)
            else:
                try:
                    b = ch.encode(cs)
                    o.append("".join("\\'%02x" % x for x in b))
                except UnicodeEncodeError:
                    o.append("\\u%d?" % ord(ch))
        return "".join(o)
    body = []
    for p in paras:
        if p.startswith("**"):
            body.append("\\pard\\qc\\b %s\\b0\\par" % esc(p[2:]))
        else:
            body.append("\\pard\\qj\\fi567 %s\\par" % esc(p))
    doc = ("{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1058{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}\n"
           "{\\*\\generator Microsoft Word 11.0.5604;}\\viewkind4\\uc1\\f0\\fs26\n"
           + "\n".join(body) + "\n}\n")
    return doc.encode("ascii")


# ---------------------------------------------------------------- Outlook-like HTML

def mso_html(text, cs="windows-1251", ver="12", font="Times New Roman", size="12.0pt", table=""):
    ps = []
    for line in text.split("\n"):
        if line.strip() == "":
            ps.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            l = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            ps.append("<p class=MsoNormal><span style='font-size:%s;font-family:\"%s\",\"serif\"'>%s<o:p></o:p></span></p>" % (size, font, l))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word %s (filtered medium)"><style><!--\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri","sans-serif";}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n%s\n%s\n</div></body></html>\n'
            % (cs, ver, "\n".join(ps), table))


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- client habits

def mid_outlook(m, host):
    x = m.h("mid")
    return "<000%s01ce%s$%s$%s@%s>" % (x[0], x[1:9], x[9:17], x[17:25], host)


def mid_oe(m, host):
    x = m.h("mid")
    return "<00%s01cd%s$%s$%s@%s>" % (x[0:2], x[2:10], x[10:18], x[18:26], host)


def mid_tb(m, host):
    x = m.h("mid")
    return "<%s.%s@%s>" % (x[:8].upper(), m.num("midn", 7), host)


def mid_bat(m, t, host):
    return "<%s.%s@%s>" % (m.num("mid", 9), t.strftime("%Y%m%d%H%M%S"), host)


def mid_gmail(m):
    x = base64.b64encode(bytes.fromhex(m.h("mid") + m.h("mid2"))).decode().replace("/", "_").replace("+", "-").rstrip("=")
    return "<CA%s@mail.gmail.com>" % x[:44]


def mid_uuid(m, host):
    x = m.h("mid").upper()
    return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], host)


def mid_web(m, t, host):
    return "<%d.%s.%s@%s>" % (int(t.timestamp()), m.num("mid", 9), m.h("mid")[:8], host)


def outlook_alt(m, plain, html=None, cs="windows-1251", cte="quoted-printable", i=1, style="outlook",
                ver="12"):
    html = html if html is not None else mso_html(plain, cs, ver)
    b = m.bnd(style, i)
    return mp_part("alternative", b, [tpart(plain, cs, cte), tpart(html, cs, cte, "html")])


def thread_index(m):
    return "Thread-Index: " + base64.b64encode(bytes.fromhex(m.h("ti", 44))).decode()


def finish(headers, body):
    return hdrs(headers) + b"\n\n" + body


def Hr(text, cs="utf-8", enc="B"):
    """Like H, but an ASCII reply/forward prefix stays readable, as clients write it."""
    for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: "):
        if text.startswith(p):
            return p + H(text[len(p):], cs, enc)
    return H(text, cs, enc)


# ---------------------------------------------------------------- zvit's own mail, as its templates render it
# (reminder.txt.j2 and receipt.txt.j2 rendered by hand for each quoted case; quoted text is never counted)

REM_ICHNIA = """\
Шановні колеги!

Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до 15.06.2013 на адресу електронної пошти uvp@cg.ukrtel.net.

Станом на 10.06.2013 від Ічнянська районна державна адміністрація не надійшла інформація за звітний період щодо таких пунктів плану:

  1. З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.

  6. Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».

  7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.

  9. Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».

  10. Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.

  12. Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.

Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.

Просимо дотримуватися встановленого терміну.

Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.

З повагою
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""

REM_MENA_OVERDUE = """\
Шановні колеги!

Нагадуємо, що 15.12.2013 минув термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).

Станом на 16.12.2013 від Менська районна державна адміністрація не надійшла інформація за звітний період щодо таких пунктів плану:

  1. З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.

  6. Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».

  7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.

  9. Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».

  10. Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.

  12. Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.

Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.

Просимо надати інформацію невідкладно.

Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.

З повагою
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""

REC_KULYKIVKA = """\
Шановні колеги!

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від 03.06.2013 10:14 «інф. по відкр. уряду».

Виконавець: Куликівська районна державна адміністрація.
Звітний період: 2-й (термін подання інформації — 15.06.2013).

Розпізнано інформацію щодо таких пунктів плану:
  • пункт 1: На офіційному веб-сайті райдержадміністрації оновлено розділи «Регуляторна політика» та «Доступ до публічної інформації»…
  • пункт 6: Проведено консультації з громадськістю щодо проекту районного бюджету на 2013 рік…


За цей звітний період ще очікується інформація щодо пунктів плану:
  7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.
  9. Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».
  10. Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.
  12. Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.


Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.

З повагою
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""

REM_ZVERNENNIA_PARTIAL = """\
Шановні колеги!

Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до 15.12.2013 на адресу електронної пошти uvp@cg.ukrtel.net.

Вашу інформацію отримано, проте станом на 28.11.2013 за звітний період не вдалося зарахувати відомості щодо пунктів, наведених нижче.

  5. Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.

Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.

Просимо дотримуватися встановленого терміну.

Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.

З повагою
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""

REC_CPPK_2012 = """\
Шановні колеги!

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від 12.12.2012 15:02 «Інформація ЦППК».

Виконавець: Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій.
Звітний період: 1-й (термін подання інформації — 15.12.2012).

Інформації, яку можна віднести до пунктів плану, у листі не виявлено.
Частину тексту (фрагментів: 1) не вдалося однозначно віднести до пункту плану; її опрацює працівник управління.

За цей звітний період ще очікується інформація щодо пунктів плану:
  13. Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.


Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.

З повагою
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""

REM_SRIBNE = """\
Шановні колеги!

Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до 15.12.2013 на адресу електронної пошти uvp@cg.ukrtel.net.

Станом на 09.12.2013 від Срібнянська районна державна адміністрація не надійшла інформація за звітний період щодо таких пунктів плану:

  6. Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».

  7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.

  9. Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».

  10. Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.

  12. Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.

Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.

Просимо дотримуватися встановленого терміну.

Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.

З повагою
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""

# ================================================================ 1. placeholder (ph)

KEY = {"class": "placeholder", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 cover note plus an xlsx whose columns run report text first and the plan number last; rows 7, 10, 12 carry «—», a bare «Не проводились» and «х», row 16 only says the information was sent.",
       "items": [{"measure": 1, "source": "Інформація_ВУ_Короп_червень.xlsx"},
                 {"measure": 6, "source": "Інформація_ВУ_Короп_червень.xlsx"},
                 {"measure": 9, "source": "Інформація_ВУ_Короп_червень.xlsx"}]}


@mail("ph01-korop", KEY)
def _(m):
    t = D(2013, 6, 11, 10, 23, 5)
    sheet = csv_rows([
        ["Інформація Коропської райдержадміністрації про виконання Плану заходів «Відкритий уряд» станом на 10.06.2013", "", ""],
        ["Інформація про виконання", "Відповідальний", "№ пункту плану"],
        ["Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог Закону України «Про доступ до публічної інформації»; у І півріччі створено підрозділ «Звіти про виконання бюджету», оновлено розділ «Звернення громадян».", "Відділ організаційної роботи", "1"],
        ["Проведено 2 консультації з громадськістю: публічне громадське обговорення проекту Програми розвитку малого підприємництва на 2013–2014 роки (28.02.2013) та електронні консультації щодо звіту про виконання районного бюджету за 2012 рік (березень).", "Відділ економіки", "6"],
        ["—", "", "7"],
        ["Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про організацію оздоровлення та відпочинку дітей у 2013 році».", "Сектор з питань ГР", "9"],
        ["Не проводились", "", "10"],
        ["х", "", "12"],
        ["Інформацію надано", "", "16"],
    ])
    data = office("ph01-korop", "xlsx", sheet)
    plain = """Добрий день!

Коропська райдержадміністрація надає інформацію про виконання плану заходів «Відкритий уряд» за І півріччя 2013 року (таблиця додається).

З повагою,
Головний спеціаліст відділу організаційної роботи та
інформаційної діяльності апарату райдержадміністрації
Т. Мисник
тел. (04656) 2-14-37
"""
    outer = m.bnd("outlook", 0)
    body = multipart(outer, [
        outlook_alt(m, plain),
        m.att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "Інформація_ВУ_Короп_червень.xlsx", "b", "windows-1251"),
    ])
    return finish([
        received(t, 4, "mail.korop-rda.example.gov.ua", "194.44.161.37", sid="3A1F22C0B1"),
        "From: " + addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("звіт ВГ (Коропська РДА)", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "korop-rda.example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % outer,
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "placeholder", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird mail with a docx letter holding a row for all 16 measures; most rows are «—», «-», «немає», «не стосується» or a bare «Не проводились», row 12 denies expertises by name (counted), row 16 is the reporting duty.",
       "items": [{"measure": 1, "source": "Інформація Держархіву_ВУ_ІІ півріччя 2013.docx"},
                 {"measure": 6, "source": "Інформація Держархіву_ВУ_ІІ півріччя 2013.docx"},
                 {"measure": 8, "source": "Інформація Держархіву_ВУ_ІІ півріччя 2013.docx"},
                 {"measure": 12, "source": "Інформація Держархіву_ВУ_ІІ півріччя 2013.docx"}]}


@mail("ph02-arkhiv", KEY)
def _(m):
    t = D(2013, 12, 10, 14, 41, 12)
    rows = [
        ("1", "Забезпечити наповнення та функціонування офіційних сайтів",
         "На офіційному веб-сайті Держархіву області розміщено 4 віртуальні виставки документів, оновлено розділ «Доступ до публічної інформації», запроваджено форму електронного запиту на отримання архівної довідки."),
        ("2", "Рубрики на сайті ОДА", "не стосується"),
        ("3", "Веб-ресурс «Чернігівська громада»", "—"),
        ("4", "Інтернет-форум", "—"),
        ("5", "«Гаряча лінія» голови ОДА", "—"),
        ("6", "Консультації з громадськістю",
         "22.10.2013 проведено консультації з громадськістю у формі громадського обговорення проекту Переліку документів Національного архівного фонду, що підлягають першочерговому оцифруванню у 2014 році; взяли участь 14 осіб, надійшло 5 пропозицій."),
        ("7", "Дорадчо-консультативні органи", "немає"),
        ("8", "Голови комітетів ГР у колегіях",
         "Наказом директора від 12.09.2013 № 67 до складу колегії Держархіву області введено голову комітету з питань гуманітарної політики Громадської ради при облдержадміністрації (за згодою)."),
        ("9", "Обговорення проектів розпоряджень, програм", "Не проводились"),
        ("10", "Робочі групи з відкритості", "-"),
        ("11", "Дні відкритих дверей", "-"),
        ("12", "Громадські експертизи",
         "Громадських експертиз діяльності Держархіву у ІІ півріччі не проводилось."),
        ("13", "Навчальні семінари", "—"),
        ("14", "Методичні посібники", "—"),
        ("15", "Обговорення виконання плану", "—"),
        ("16", "Надання інформації", "Інформацію надано у встановлений термін."),
    ]
    tr = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, esc_html(b), esc_html(c)) for a, b, c in rows)
    doc = html_doc(
        "<p align=center><b>ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>вул. Шевченка, 2, м. Чернігів, 14000, тел. (0462) 67-48-05</p>"
        "<p>09.12.2013 № 01-14/1187</p>"
        "<p align=right>Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації</p>"
        "<p align=center><b>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року</b></p>"
        "<table><tr><th>№ з/п</th><th>Зміст заходу</th><th>Стан виконання</th></tr>%s</table>"
        "<p>&nbsp;</p><p>Заступник директора &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.М. Гнатюк</p>"
        "<p><small>Литвиненко 67-48-11</small></p>" % tr)
    data = office("ph02-arkhiv", "docx", doc)
    fn = "Інформація Держархіву_ВУ_ІІ півріччя 2013.docx"
    text = flow("""Доброго дня!

Надсилаємо інформацію Державного архіву Чернігівської області про виконання плану заходів «Відкритий уряд» за ІІ півріччя 2013 р.

-- 
Заст. директора О. Гнатюк
Державний архів Чернігівської області
(0462) 67-48-05
""")
    b = m.bnd("tb")
    body = multipart(b, [
        tpart(text, "UTF-8", "8bit", ct_extra="; format=flowed", quote_cs=False),
        m.att(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn, "2231", "UTF-8"),
    ])
    return finish([
        received(t, 3, "arkhiv.example.gov.ua", "194.44.160.12", sid="7C0E1D4A29"),
        "Message-ID: " + mid_tb(m, "example.gov.ua"),
        "Date: " + rfc_date(t),
        "From: " + addr("Держархів області", "arkhiv@example.gov.ua", "UTF-8"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
        "MIME-Version: 1.0",
        "To: " + UVP,
        "Subject: " + H("Інф. Держархіву по плану Відкритий уряд (ІІ півріччя)", "UTF-8", "B"),
        'Content-Type: multipart/mixed;\n boundary="%s"' % b,
    ], body)


KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 reply to zvit's reminder: an HTML table in the body whose first cell merges the number into the quoted measure text; rows 7 and 10 hold «-» and a bare «Не проводились»; the reminder is quoted below and must not count.",
       "items": [{"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("ph03-sribne", KEY)
def _(m):
    t = D(2013, 12, 13, 9, 12, 40)
    rows = [
        ("6. Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю…",
         "Проведено 3 консультації з громадськістю: щодо оптимізації мережі ФАПів (25.09.2013), щодо тарифів на вивезення твердих побутових відходів (15.10.2013), щодо проекту районного бюджету на 2014 рік (20.11.2013)."),
        ("7. Залучати до роботи дорадчо-консультативних органів…", "-"),
        ("9. Залучати членів громадських рад… до громадського обговорення проектів розпоряджень…",
         "Проект розпорядження «Про затвердження Програми підтримки сімей з дітьми на 2014–2015 роки» обговорено на засіданні громадської ради 20.11.2013, внесено 2 пропозиції."),
        ("10. Рекомендувати громадським радам… створити… робочу групу…", "Не проводились"),
        ("12. Сприяти проведенню… громадських експертиз…",
         "ГО «Срібнянська ініціатива» провела громадську експертизу діяльності відділу у справах сім’ї, молоді та спорту райдержадміністрації; обидві пропозиції враховано (розпорядження від 04.11.2013 № 291)."),
    ]
    plain_rows = "\n".join("%s\t%s" % r for r in rows)
    head = "Заповнена таблиця нижче.\n\n"
    sig = "\nЗ повагою\nЛариса Нестеренко\nзагальний відділ апарату Срібнянської РДА\n(04639) 2-15-71\n"
    quoted_hdr = ("\nВід: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
                  "Надіслано: 9 грудня 2013 р. 8:00\n"
                  "Кому: rda-sribne@example.gov.ua\n"
                  "Тема: Нагадування про надання інформації (п. 16 плану заходів «Відкритий уряд»)\n\n")
    plain = head + "Пункт плану\tІнформація про виконання\n" + plain_rows + "\n" + sig + quoted_hdr + REM_SRIBNE
    trs = "".join("<tr><td width=260 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td>"
                  "<td width=380 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td></tr>"
                  % (esc_html(a), esc_html(b)) for a, b in rows)
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
             "<tr><td><p class=MsoNormal><b>Пункт плану</b></p></td><td><p class=MsoNormal><b>Інформація про виконання</b></p></td></tr>%s</table>" % trs)
    quoted_html = ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                   "<p class=MsoNormal><b><span style='font-size:10.0pt'>Від:</span></b><span style='font-size:10.0pt'> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 9 грудня 2013 р. 8:00<br><b>Кому:</b> rda-sribne@example.gov.ua<br><b>Тема:</b> Нагадування про надання інформації (п. 16 плану заходів «Відкритий уряд»)</span></p></div></div>"
                   + "".join("<p class=MsoNormal>%s</p>" % (esc_html(l) or "&nbsp;") for l in REM_SRIBNE.split("\n")))
    html_inner = mso_html(head.strip(), ver="14").replace("</div></body></html>", "")
    html = (html_inner + table + "".join("<p class=MsoNormal>%s</p>" % (esc_html(l) or "&nbsp;") for l in sig.split("\n"))
            + quoted_html + "</div></body></html>\n")
    b = m.bnd("outlook", 0)
    body = multipart(b, [tpart(plain, "windows-1251", "base64"), tpart(html, "windows-1251", "base64", "html")])
    return finish([
        received(t, 6, "mail.sribne-rda.example.gov.ua", "194.44.170.5", sid="41D8AA9E07"),
        "From: " + addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251", "Q"),
        "To: <%s>" % UVP,
        "References: <zvit.reminder.3.rda-sribne.20131209@cg.ukrtel.net>",
        "In-Reply-To: <zvit.reminder.3.rda-sribne.20131209@cg.ukrtel.net>",
        "Subject: " + Hr("RE: Нагадування про надання інформації (п. 16 плану заходів «Відкритий уряд»)", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "sribne-rda.example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "placeholder", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Opera Mail with an ods sheet whose measure cell merges number and subject («п.6 Консультації…»); every row has a tick or cross, only rows with a note carry content — п.9 is a bare «+», п.2, п.8 and п.12 are «х», «немає» and empty.",
       "items": [{"measure": 1, "source": "sluzhba_VU_2013_1.ods"},
                 {"measure": 6, "source": "sluzhba_VU_2013_1.ods"},
                 {"measure": 7, "source": "sluzhba_VU_2013_1.ods"}]}


@mail("ph04-sluzhba-ditei", KEY)
def _(m):
    t = D(2013, 6, 14, 16, 55, 30)
    sheet = csv_rows([
        ["Служба у справах дітей облдержадміністрації — виконання плану «Відкритий уряд», І півр. 2013", "", ""],
        ["Захід", "Відмітка", "Примітка"],
        ["п.1 Сайт", "+", "На сторінці служби на сайті ОДА розміщено порядок усиновлення та встановлення опіки, оновлено відомості про кількість дітей, які можуть бути усиновлені (без персональних даних)"],
        ["п.2 Рубрики на сайті ОДА", "х", ""],
        ["п.6 Консультації з громадськістю", "+", "Консультації з громадськістю щодо проекту обласної програми «Дитина» на 2013–2017 рр. — 16.04.2013, 23 учасники"],
        ["п.7 Дорадчі органи", "+", "До складу опікунської ради при службі включено представника ГО «Надія дітям»"],
        ["п.8 Колегія", "немає", ""],
        ["п.9 Обговорення проектів", "+", ""],
        ["п.12 Громадські експертизи", "", ""],
    ])
    data = office("ph04-sluzhba-ditei", "ods", sheet)
    text = """Добрий вечір.

Інформація Служби у справах дітей у вкладенні. Вибачте що так пізно, цілий день на виїзді.

Н.В. Дорошенко
Служба у справах дітей ОДА

--
Створено з допомогою революційного поштового клієнта Opera: http://www.opera.com/mail/
"""
    b = m.bnd("plain")
    body = multipart(b, [
        tpart(text, "utf-8", "quoted-printable", ct_extra="; format=flowed; delsp=yes", quote_cs=False, cte_case="Quoted-Printable"),
        m.att(data, "application/vnd.oasis.opendocument.spreadsheet", "sluzhba_VU_2013_1.ods", "ascii"),
    ], preamble=None)
    return finish([
        received(t, 2, "sluzhba-ditei.example.gov.ua", "194.44.160.44", sid="5B20F7713C"),
        'Content-Type: multipart/mixed; boundary=%s' % b,
        "To: " + UVP,
        "Subject: " + H("Служба у справах дітей - ВУ", "utf-8", "Q"),
        "Date: " + rfc_date(t),
        "From: " + addr("Служба у справах дітей", "sluzhba-ditei@example.gov.ua", "utf-8", "Q"),
        "Message-ID: <op.wylq%s@sluzhba-pc>" % m.h("mid", 12),
        "MIME-Version: 1.0",
        "User-Agent: Opera Mail/12.15 (Win32)",
    ], body)


KEY = {"class": "placeholder", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! koi8-u plain text with a pasted pipe table of all 16 measures; rows carry «-», «немає» or a bare «не проводились», koi8-u has no guillemets or № so the clerk wrote N and straight quotes.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("ph05-shchors", KEY)
def _(m):
    t = D(2012, 12, 14, 16, 2, 11)
    text = """Шановні колеги!

На виконання п.16 Плану заходів з підвищення рівня відкритості та прозорості
діяльності виконавчої влади в області надсилаємо інформацію Щорської
райдержадміністрації за IV квартал 2012 року.

N  | Зміст заходу              | Виконання
---+---------------------------+--------------------------------------------
1  | Веб-сайт РДА              | Сайт РДА приведено у відповідність до вимог
   |                           | ЗУ "Про доступ до публічної інформації":
   |                           | створено розділ "Публічна інформація",
   |                           | щотижня оновлюються новини (за IV кв. - 86
   |                           | публікацій)
2  | Рубрики на сайті ОДА      | -
3  | -                         | -
4  | -                         | -
5  | -                         | -
6  | Консультації              | не проводились
7  | Дорадчі органи            | До складу координаційної ради з питань
   |                           | розвитку підприємництва при РДА включено
   |                           | 2 представників громадських організацій
   |                           | (розпорядження голови РДА від 19.11.2012
   |                           | N 402)
8  | -                         | -
9  | Обговорення проектів      | немає
10 | Робоча група              | Громадській раді при РДА рекомендовано
   |                           | утворити робочу групу з питань відкритості
   |                           | та прозорості; рішенням ради від 05.12.2012
   |                           | групу утворено у складі 3 осіб
11 | -                         | -
12 | Громадські експертизи     | не проводились
13 | -                         | -
14 | -                         | -
15 | -                         | -
16 | Інформація                | надано

--
З повагою,
 Віталій Лук'яненко                    mailto:rda-shchors@example.gov.ua
 відділ організаційної роботи апарату Щорської РДА
"""
    return finish([
        received(t, 5, "gw.shchors-rda.example.gov.ua", "91.200.43.18", sid="0FA93C2B11"),
        "Date: " + rfc_date(t),
        "From: " + addr("Віталій Лук'яненко", "rda-shchors@example.gov.ua", "koi8-u", "B"),
        "X-Mailer: The Bat! (v3.99.3) Professional",
        "Reply-To: " + addr("Віталій Лук'яненко", "rda-shchors@example.gov.ua", "koi8-u", "B"),
        "Organization: " + H("Щорська РДА", "koi8-u", "Q"),
        "X-Priority: 3 (Normal)",
        "Message-ID: " + mid_bat(m, t, "example.gov.ua"),
        "To: " + UVP,
        "Subject: " + H("Інформація Щорської РДА (Відкритий уряд)", "koi8-u", "Q"),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=koi8-u",
        "Content-Transfer-Encoding: 8bit",
    ], text.encode("koi8-u"))


# ================================================================ 2. bottom_post (bp)

def interleave(text, answers, prefix="> "):
    """Quote TEXT line by line and put each answer under the quoted line that starts with its key."""
    out = []
    for line in text.split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
        for k, a in answers.items():
            if line.startswith(k):
                out.append("")
                out.append(a)
                out.append("")
    return "\n".join(out)


KEY = {"class": "bottom_post", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird (Russian UI) reply interleaved with zvit's quoted reminder: answers stand under quoted items 1, 6, 7, 9, 10, 12 — under 1 only a pointer to an earlier letter, under 7 a dash, under 12 a denial of expertises that still answers.",
       "items": [{"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp01-ichnia", KEY)
def _(m):
    t = D(2013, 6, 12, 11, 48, 20)
    answers = {
        "  1. ": "Інформацію по сайту надсилали 24.05 окремим листом.",
        "  6. ": "Проведено консультації з громадськістю щодо проекту Програми соціально-економічного розвитку району (перенесено з березня на квітень) – 11.04.2013, присутні 37 осіб; щодо благоустрою центральної площі м. Ічня – 23.05.2013.",
        "  7. ": "-",
        "  9. ": "Члени громадської ради взяли участь в обговоренні проектів розпоряджень «Про заходи з підготовки до осінньо-зимового періоду 2013/2014 років» та «Про районну програму „Питна вода“ на 2013–2020 роки».",
        "  10. ": "Рекомендацію громадській раді надано, робочу групу з питань відкритості та прозорості створено 14.03.2013 (5 осіб).",
        "  12. ": "Громадських експертиз у звітному періоді не проводилось, запитів від ІГС не надходило.",
    }
    text = ("10.06.2013 8:00, uvp@cg.ukrtel.net пишет:\n"
            + interleave(REM_ICHNIA.rstrip("\n"), answers)
            + "\n\n-- \nСектор інформаційної діяльності та комунікацій з громадськістю\nІчнянської РДА, тел. (04633) 2-11-94\n")
    return finish([
        received(t, 3, "ichnia-rda.example.gov.ua", "194.44.175.90", sid="2C9B17E4F0"),
        "Message-ID: " + mid_tb(m, "example.gov.ua"),
        "Date: " + rfc_date(t),
        "From: " + addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "UTF-8"),
        "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
        "MIME-Version: 1.0",
        "To: " + UVP,
        "Subject: " + Hr("Re: Нагадування про надання інформації (п. 16 плану заходів «Відкритий уряд»)", "UTF-8"),
        "References: <zvit.reminder.2.rda-ichnia.20130610@cg.ukrtel.net>",
        "In-Reply-To: <zvit.reminder.2.rda-ichnia.20130610@cg.ukrtel.net>",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
    ], flow(text).encode("utf-8"))


KEY = {"class": "bottom_post", "executor": "rda-mena", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2003 reply below zvit's overdue reminder quoted with an «Исходное сообщение» header block and no «>»; the new text is at the bottom, without plan numbers, and ends with a Russian bare «мероприятия не проводились».",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("bp02-mena", KEY)
def _(m):
    t = D(2013, 12, 16, 15, 20, 44)
    new = """Доброго дня, вибачайте за затримку, у нас була перевірка КРУ. Інформація Менської РДА за ІІ півріччя:

По сайту – на офіційному веб-сайті райдержадміністрації постійно оновлюється інформація, у листопаді зроблено новий розділ «Громадська рада», розміщено звіти про виконання бюджету за 9 місяців.

Представники громадськості (5 чол.) включені до складу комісії з питань захисту прав дитини та координаційної ради з питань протидії торгівлі людьми (розпорядження від 02.10.2013 № 318).

Проекти розпоряджень про затвердження районних програм на 2014 рік (2 проекти) обговорені на засіданні громадської ради 27.11.2013, пропозиції враховані частково.

По остальным пунктам – мероприятия не проводились.

Л. Шевчук, сектор внутр. політики
"""
    plain = ("\n\n-----Исходное сообщение-----\n"
             "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
             "Отправлено: 16 декабря 2013 г. 8:00\n"
             "Кому: rda-mena@example.gov.ua\n"
             "Тема: Нагадування про надання інформації (п. 16 плану заходів «Відкритий уряд»)\n\n"
             + REM_MENA_OVERDUE + "\n\n" + new)
    html = mso_html(plain, ver="11", font="Arial", size="10.0pt")
    b = m.bnd("outlook", 0)
    body = multipart(b, [tpart(plain, "windows-1251", "quoted-printable"),
                         tpart(html, "windows-1251", "quoted-printable", "html")])
    return finish([
        received(t, 8, "mena-rda.example.gov.ua", "194.44.178.3", sid="6E02D51A8B"),
        "From: " + addr("rda-mena", "rda-mena@example.gov.ua"),
        "To: <%s>" % UVP,
        "Subject: " + Hr("RE: на нагадування - Менська РДА", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "mena"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Office Outlook 11",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
        thread_index(m),
        "In-Reply-To: <zvit.reminder.3.rda-mena.20131216@cg.ukrtel.net>",
    ], body)


KEY = {"class": "bottom_post", "executor": "rda-kulykivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply written under zvit's receipt (plain «>» quote and an HTML blockquote twin); the quoted receipt lists recognised items 1 and 6 that must not count; new text adds 7 and 12 and only promises 9 and 10.",
       "items": [{"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp03-kulykivka", KEY)
def _(m):
    t = D(2013, 6, 7, 16, 5, 17)
    new = ["Доповнюємо інформацію Куликівської РДА:",
           "п. 7 – голова громадської ради при РДА Шевченко В.І. включений до складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій, представник ГО «Ветеран» – до складу ради з питань охорони культурної спадщини.",
           "п. 12 – громадська антикорупційна експертиза проекту регуляторного акта (рішення районної ради «Про встановлення ставок єдиного податку») проведена ГО «Куликівський центр підприємців», пропозицію щодо зменшення ставки для сільгоспвиробників враховано.",
           "пп. 9, 10 – інформацію надамо до 14.06."]
    sig = "-- \nЗ повагою, Ірина Бондар\nапарат Куликівської райдержадміністрації"
    plain = ("03.06.2013 10:15, uvp@cg.ukrtel.net написав:\n" + quote_gt(REC_KULYKIVKA.rstrip("\n"))
             + "\n\n" + "\n".join(new) + "\n\n" + sig + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>03.06.2013 10:15, uvp@cg.ukrtel.net написав:</p>\n'
            '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">'
            '<pre>' + esc_html(REC_KULYKIVKA.rstrip("\n")) + '</pre></blockquote>\n'
            + "".join("<p>%s</p>\n" % esc_html(p) for p in new)
            + '<div class="pre" style="margin: 0; padding: 0; font-family: monospace">-- <br />З повагою, Ірина Бондар<br />апарат Куликівської райдержадміністрації</div>\n</body></html>\n')
    b = m.bnd("rc")
    body = multipart(b, [tpart(plain, "UTF-8", "quoted-printable", ct_extra="; format=flowed", quote_cs=False),
                         tpart(html, "UTF-8", "quoted-printable", "html", quote_cs=False)], preamble=None)
    return finish([
        received(t, 2, "webmail.kulykivka-rda.example.gov.ua", "91.200.44.7", sid="1D77E0C9A3"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n boundary="%s"' % b,
        "Date: " + rfc_date(t),
        "From: " + addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "UTF-8", "Q"),
        "To: " + UVP,
        "Subject: " + Hr("Re: Підтвердження отримання інформації", "UTF-8", "Q"),
        "In-Reply-To: <zvit.receipt.2.rda-kulykivka.20130603@cg.ukrtel.net>",
        "References: <zvit.receipt.2.rda-kulykivka.20130603@cg.ukrtel.net>",
        "Message-ID: <%s@webmail.kulykivka-rda.example.gov.ua>" % m.h("mid", 32),
        "X-Sender: rda-kulykivka@example.gov.ua",
        "User-Agent: Roundcube Webmail/0.8.4",
    ], body)


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "iPhone reply: only «Надіслано з iPhone» stands on top, the answer on the hotline is typed under zvit's quoted partial reminder (item 5); cumulative figures «з початку року».",
       "items": [{"measure": 5, "source": "body"}]}


@mail("bp04-zvernennia", KEY)
def _(m):
    t = D(2013, 11, 29, 9, 17, 3)
    text = ("Надіслано з iPhone\n\n28 лист. 2013 о 8:00 uvp@cg.ukrtel.net написав(ла):\n\n"
            + quote_gt(REM_ZVERNENNIA_PARTIAL.rstrip("\n"), "> ")
            + "\n\nПо 5 пункту: гаряча лінія голови ОДА працює щодня з 9 до 18, з початку року прийнято 1 482 дзвінки, з них 611 вирішено позитивно, по 214 надано роз'яснення. Щоп'ятниці готуємо узагальнення, воно йде голові. Детальніше напишу з роботи.\n\nОксана\n")
    return finish([
        received(t, 9, "mobile.example.gov.ua", "46.211.12.88", sid="0A5E61BB42"),
        "From: " + addr("Оксана Мельник", "zvernennia@example.gov.ua", "utf-8", "Q"),
        "Content-Type: text/plain;\n\tcharset=utf-8",
        "X-Mailer: iPhone Mail (11B554a)",
        "Message-Id: " + mid_uuid(m, "example.gov.ua"),
        "Date: " + rfc_date(t),
        "To: " + '"uvp@cg.ukrtel.net" <uvp@cg.ukrtel.net>',
        "Content-Transfer-Encoding: quoted-printable",
        "Mime-Version: 1.0 (1.0)",
        "Subject: " + Hr("Re: Нагадування про надання інформації (п. 16 плану заходів «Відкритий уряд»)", "utf-8", "Q"),
        "In-Reply-To: <zvit.reminder.3.zvernennia.20131128@cg.ukrtel.net>",
    ], encode_body(text, "utf-8", "quoted-printable"))


KEY = {"class": "bottom_post", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Ukrainian Outlook 2010 answer written below the quoted December receipt (header block «Від/Надіслано/Кому/Тема», no «>»); the receipt lists measure 13 as still expected, the new text reports the seminars and the manual without numbers.",
       "items": [{"measure": 13, "source": "body"},
                 {"measure": 14, "source": "body"}]}


@mail("bp05-cppk", KEY)
def _(m):
    t = D(2013, 2, 27, 14, 33, 52)
    new = """Добрий день!

На Ваше повідомлення (так і не зрозуміли, чому не зараховано наш грудневий лист) повідомляємо:

Семінари для заступників керівників структурних підрозділів облдержадміністрації та райдержадміністрацій, відповідальних за організацію консультацій з громадськістю, проведено 14.02.2013 та 21.02.2013 (2 групи, 46 слухачів) за програмою «Інструменти політики сприяння розвитку громадянського суспільства»; для спеціалістів, які безпосередньо організовують консультації, – 26.02.2013 (28 слухачів).

Також за участю викладачів Центру підготовлено методичний посібник «Консультації з громадськістю: алгоритм проведення», наклад 200 примірників, його роздано слухачам семінарів.

З повагою
Заступник директора Центру
В.П. Литвин
(0462) 65-12-30
"""
    hdr = ("Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
           "Надіслано: 12 грудня 2012 р. 15:03\n"
           "Кому: cppk@example.gov.ua\n"
           "Тема: Підтвердження отримання інформації\n\n")
    plain = hdr + REC_CPPK_2012 + "\n" + new
    html = mso_html(plain, ver="14", font="Calibri", size="11.0pt")
    b = m.bnd("outlook", 0)
    body = multipart(b, [tpart(plain, "windows-1251", "quoted-printable"),
                         tpart(html, "windows-1251", "quoted-printable", "html")])
    return finish([
        received(t, 5, "mail.cppk.example.gov.ua", "194.44.162.210", sid="58CD0E2F11"),
        "From: " + addr("ЦППК", "cppk@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + Hr("RE: Підтвердження отримання інформації", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "cppk.example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index(m),
        "Content-Language: uk",
        "In-Reply-To: <zvit.receipt.1.cppk.20121212@cg.ukrtel.net>",
    ], body)


# ================================================================ 3. not_report (nr)

KEY = {"class": "not_report", "executor": "gromrada", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Thunderbird/Lightning meeting request (text/plain, text/calendar METHOD:REQUEST and an invite.ics): the Public Council invites the office to the public discussion of the plan's execution; the agenda names measures 1, 6, 9 and the web resource and forum, but nothing is reported.",
       "items": []}


@mail("nr01-gromrada", KEY)
def _(m):
    t = D(2013, 11, 20, 10, 40, 0)
    text = flow("""Шановні колеги!

Громадська рада при облдержадміністрації запрошує представників управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації взяти участь у громадському обговоренні виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках Ініціативи «Партнерство „Відкритий уряд“», яке відбудеться 28 листопада 2013 року о 14:00 у малому залі засідань (вул. Шевченка, 7, 3 поверх).

Порядок денний:
1. Про стан виконання пп. 1, 6, 9 плану заходів структурними підрозділами облдержадміністрації та райдержадміністраціями (доповідач – голова комітету з питань інформаційної політики).
2. Про роботу веб-ресурсу «Чернігівська громада» та Інтернет-форуму.
3. Різне.

Просимо підтвердити участь до 26.11.2013 (кнопкою «Прийняти» або листом).

-- 
Віктор Жук
відповідальний секретар Громадської ради при облдержадміністрації
067 440 18 92
""")
    uid = m.h("uid", 32)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\nTZID:Europe/Kiev\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nTZNAME:EEST\n"
           "DTSTART:19700329T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
           "TZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nTZNAME:EET\nDTSTART:19701025T040000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
           "END:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20131120T083512Z\nLAST-MODIFIED:20131120T083951Z\n"
           "DTSTAMP:20131120T083951Z\nUID:%s\n"
           "SUMMARY:Громадське обговорення виконання плану заходів «Відкритий уряд»\n"
           "ORGANIZER;RSVP=TRUE;CN=Громадська рада при ОДА;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gromrada@example.gov.ua\n"
           "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:uvp@cg.ukrtel.net\n"
           "DTSTART;TZID=Europe/Kiev:20131128T140000\nDTEND;TZID=Europe/Kiev:20131128T163000\n"
           "LOCATION:вул. Шевченка\\, 7\\, малий зал засідань\n"
           "DESCRIPTION:Порядок денний: 1. Про стан виконання пп. 1\\, 6\\, 9 плану заходів. 2. Про роботу веб-ресурсу «Чернігівська громада» та Інтернет-форуму. 3. Різне.\n"
           "SEQUENCE:0\nX-MOZ-GENERATION:1\nEND:VEVENT\nEND:VCALENDAR\n" % uid)
    ics_crlf = crlf_text(ics).encode("utf-8")
    keep("nr01-gromrada", "ics", ics_crlf)
    b = m.bnd("tb")
    body = multipart(b, [
        tpart(text, "UTF-8", "8bit", ct_extra="; format=flowed", quote_cs=False),
        part(["Content-Type: text/calendar; method=REQUEST; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], ics.encode("utf-8")),
        m.att(ics_crlf, "application/ics", "invite.ics", "ascii"),
    ])
    return finish([
        received(t, 3, "gromrada.example.gov.ua", "194.44.160.77", sid="3E7F9A0C55"),
        "Message-ID: " + mid_tb(m, "example.gov.ua"),
        "Date: " + rfc_date(t),
        "From: " + addr("Громадська рада при ОДА", "gromrada@example.gov.ua", "UTF-8"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.0 Lightning/2.6.2",
        "MIME-Version: 1.0",
        "To: " + UVP,
        "Subject: " + H("Запрошення: громадське обговорення виконання плану заходів «Відкритий уряд» 28.11.2013", "UTF-8"),
        'Content-Type: multipart/mixed;\n boundary="%s"' % b,
    ], body)


KEY = {"class": "not_report", "executor": "rda-borzna", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Android phone mail («Отправлено с мобильного») asking to move the deadline to 18.06; promises data on пп. 6, 9 for Monday, reports nothing.",
       "items": []}


@mail("nr02-borzna", KEY)
def _(m):
    t = D(2013, 6, 14, 17, 46, 9)
    text = """Доброго вечора. Просимо продовжити термін подання інфи по відкритому уряду до 18.06, відповідальна особа на лікарняному, а без неї ніхто не знає де таблиця. По пп. 6, 9 дані зберемо на понеділок.
Вибачте.
Заст. керівника апарату Борзнянської РДА С. Гордієнко

Отправлено с мобильного
"""
    return finish([
        received(t, 7, "smtp.borzna-rda.example.gov.ua", "46.211.80.14", sid="7A21C5D3E0"),
        "MIME-Version: 1.0",
        "Subject: " + H("відкр. уряд - продовження терміну", "UTF-8"),
        "From: " + addr("", "rda-borzna@example.gov.ua", quote=False),
        "To: " + UVP,
        "Date: " + rfc_date(t),
        "Message-ID: <%s.%s@email.android.com>" % (m.h("mid", 16), m.num("n", 6)),
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
    ], encode_body(text, "UTF-8", "base64"))


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Eudora windows-1251 letter that only asks how to report on measures 2 and 8 (rubrics, the collegium absent from the unit's statute) and promises the report by 14.06.",
       "items": []}


@mail("nr03-ekolohiia", KEY)
def _(m):
    t = D(2013, 6, 5, 10, 11, 12)
    text = """Добрий день, Наталю Петрівно!

Підкажіть, будь ласка, як нам звітувати за пунктами 2 і 8 плану. Рубрику «Хід виконання цільових програм» на сайті ОДА ведете ви, ми тільки надсилаємо матеріали - чи писати це як виконання? І по колегії: якщо у Положенні про управління (затв. розпорядженням від 14.03.2012 № 97) колегія не передбачена, то чи треба вносити зміни до Положення, чи достатньо написати «не стосується»?

Дякую. Звіт надішлемо до 14.06.

Ірина Олешко, головний спеціаліст
Управління екології та природних ресурсів ОДА
тел. 67-45-12
"""
    return finish([
        received(t, 4, "ekolohiia.example.gov.ua", "194.44.160.91", sid="2B6D0F8E13"),
        "X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9",
        "Date: " + rfc_date(t),
        "To: " + UVP,
        "From: " + addr("Ирина Олешко", "ekolohiia@example.gov.ua", "windows-1251", "Q"),
        "Subject: " + H("питання щодо п. 2 та п. 8 плану ВУ", "windows-1251", "Q"),
        "Mime-Version: 1.0",
        'Content-Type: text/plain; charset="windows-1251"; format=flowed',
        "Content-Transfer-Encoding: 8bit",
        "Message-ID: <6.2.0.14.0.%s.%s@example.gov.ua>" % (t.strftime("%Y%m%d%H%M%S"), m.h("mid", 8)),
    ], flow(text).encode("windows-1251"))


KEY = {"class": "not_report", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Outlook 2007 letter «на №…» from a first deputy head: the information on пп. 1, 6, 7, 9, 10, 12 will be sent by 20.12 after the council's sitting, which will discuss the working group and a draft programme; a promise, nothing reported.",
       "items": []}


@mail("nr04-novhorod-siverskyi", KEY)
def _(m):
    t = D(2013, 12, 12, 16, 30, 2)
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На Ваш лист від 02.12.2013 № 02-17/2214 повідомляємо, що інформація Новгород-Сіверської райдержадміністрації про виконання пп. 1, 6, 7, 9, 10, 12 Плану заходів щодо «Відкритого уряду» за ІІ півріччя 2013 року буде надана до 20 грудня 2013 року, після засідання громадської ради при райдержадміністрації 17.12.2013, на якому планується розглянути питання утворення робочої групи з питань відкритості та прозорості та обговорити проект Програми розвитку культури на 2014-2016 роки.

Перший заступник голови райдержадміністрації          В.М. Кузьменко

Вик. Савченко О.І., 2-13-56
"""
    b0 = m.bnd("outlook", 0)
    body = outlook_alt(m, plain, cte="base64", i=0)
    # outlook_alt gives a complete multipart/alternative part; unwrap it to be the top level
    hdr, _, rest = body.partition(b"\n\n")
    return finish([
        received(t, 5, "mail.nsiv-rda.example.gov.ua", "194.44.176.40", sid="4F3A2D1C0B"),
        "From: " + addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("на № 02-17/2214 від 02.12.2013", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "nsiv-rda.example.gov.ua"),
        "MIME-Version: 1.0",
        hdr,
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index(m),
        "Content-Language: uk",
    ], rest)


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "Apple Mail thanks from the regional OGP coordinator for the office's round table (the public discussion of the plan's execution, measure 15's subject) and praises districts' consultations; reports none of the coordinator's own work.",
       "items": []}


@mail("nr05-ogp-coordinator", KEY)
def _(m):
    t = D(2013, 6, 21, 11, 2, 45)
    text = """Шановна Наталіє Петрівно, шановні колеги!

Від імені регіонального координатора Партнерства «Відкритий уряд» щиро дякую управлінню за організацію круглого столу «Відкритий уряд у Чернігівській області: перший рік» 19 червня. Окрема подяка представникам Бахмацької, Ічнянської та Козелецької райдержадміністрацій, які поділилися досвідом проведення консультацій з громадськістю, та Громадській раді – за ґрунтовні пропозиції до звіту.

Матеріали круглого столу (презентації, список учасників) розішлю всім учасникам до кінця тижня.

З повагою,
Ольга Дмитренко
регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space; ">'
            + "".join("<div>%s</div>" % (esc_html(l) or "<br>") for l in text.split("\n")) + "</body></html>")
    b = m.bnd("apple")
    body = multipart(b, [tpart(text, "utf-8", "quoted-printable", quote_cs=False, ct_extra=""),
                         tpart(html, "utf-8", "quoted-printable", "html", quote_cs=False)], preamble=None)
    return finish([
        received(t, 6, "mail.example.org.ua", "93.183.210.19", sid="6C1E8B2A77"),
        "From: " + addr("Ольга Дмитренко", "ogp-coordinator@example.org.ua", "utf-8", "Q"),
        'Content-Type: multipart/alternative; boundary="%s"' % b,
        "Subject: " + H("Дякуємо за круглий стіл 19 червня", "utf-8", "Q"),
        "Date: " + rfc_date(t),
        "Message-Id: " + mid_uuid(m, "example.org.ua"),
        "To: " + UVP,
        "Mime-Version: 1.0 (Mac OS X Mail 6.5 \\(1508\\))",
        "X-Mailer: Apple Mail (2.1508)",
    ], body)


# ================================================================ 4. ranges (rg)

KEY = {"class": "ranges", "executor": "rda-varva", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "xlsx whose number cells hold ranges («1–2», «6–9», «10, 12»), each answered by one text block: 1–2 and 6–9 count every measure in them (2 and 8 are not owed by a district), «10, 12» is a dash; the text is full of dates and counts.",
       "items": [{"measure": 1, "source": "Varva_VU_1pivr2013.xlsx"},
                 {"measure": 2, "source": "Varva_VU_1pivr2013.xlsx"},
                 {"measure": 6, "source": "Varva_VU_1pivr2013.xlsx"},
                 {"measure": 7, "source": "Varva_VU_1pivr2013.xlsx"},
                 {"measure": 8, "source": "Varva_VU_1pivr2013.xlsx"},
                 {"measure": 9, "source": "Varva_VU_1pivr2013.xlsx"}]}


@mail("rg01-varva", KEY)
def _(m):
    t = D(2013, 6, 13, 15, 12, 33)
    sheet = csv_rows([
        ["Варвинська райдержадміністрація", ""],
        ["Інформація про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року", ""],
        ["№ пунктів плану", "Стан виконання"],
        ["1–2", "Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законодавства; створено рубрики «Виконання районного бюджету» та «Районні цільові програми», де щокварталу розміщуються звіти (за 2012 рік та І квартал 2013 року)."],
        ["6–9", "У І півріччі 2013 р. проведено 4 засідання громадської ради при РДА (24.01, 21.03, 18.04, 30.05), на яких обговорено проекти 6 розпоряджень та 2 районних програм; проведено 3 консультації з громадськістю (публічні обговорення); представники громадської ради включені до складу 4 дорадчих органів при РДА; голова громадської ради бере участь у засіданнях колегії РДА."],
        ["10, 12", "—"],
        ["16", "Надано"],
    ])
    data = office("rg01-varva", "xlsx", sheet)
    plain = """Варвинська РДА на виконання п.16 плану надає інформацію за 1 півріччя 2013 р. (додається).

Начальник загального відділу апарату РДА
О.В. Сидоренко
"""
    outer = m.bnd("outlook", 0)
    body = multipart(outer, [
        outlook_alt(m, plain),
        m.att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Varva_VU_1pivr2013.xlsx", "ascii"),
    ])
    return finish([
        received(t, 4, "varva-rda.example.gov.ua", "194.44.179.66", sid="1F0A3B7C92"),
        "From: <rda-varva@example.gov.ua>",
        "To: <%s>" % UVP,
        "Subject: " + H("Варвинська РДА_ВУ_1 півр", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "varva-rda.example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % outer,
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "ranges", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express letter: «З 6 по 9 пункти» answered as one block (8 counts though a district does not owe it), п. 10 answers with what was not done, п. 12 reports, «П. 1 – не проводились» is bare; date ranges «з 16.06 по 10.12», «з 2 по 4 жовтня», «2014–2016» are not measures.",
       "items": [{"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("rg02-bobrovytsia", KEY)
def _(m):
    t = D(2013, 12, 11, 10, 2, 19)
    plain = """Управлінню з питань внутрішньої політики
та зв'язків з громадськістю облдержадміністрації

Бобровицька райдержадміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади за період з 16.06 по 10.12.2013 року.

З 6 по 9 пункти. Протягом липня - листопада проведено 5 консультацій з громадськістю у формі громадських слухань та зустрічей з активом сільських рад (з 2 по 4 жовтня - виїзні зустрічі у 12 селах); члени громадської ради при РДА (7 осіб) залучені до роботи 3 дорадчих органів і до обговорення проектів 4 розпоряджень голови РДА, у т.ч. "Про затвердження Програми розвитку культури на 2014-2016 роки".

П. 10 - робоча група з питань відкритості та прозорості у складі громадської ради поки не створена, питання розглядалось на засіданні ради 12.11.2013, рішення відкладено.

П. 12 - громадською організацією "Бобровицький громадський контроль" проведено громадську експертизу діяльності відділу освіти РДА (вересень - жовтень), за результатами розроблено план заходів з 8 пунктів, 5 з яких виконано.

П. 1 - не проводились.

Керівник апарату райдержадміністрації     Н.П. Литвин
"""
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<META content="MSHTML 6.00.2900.6266" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n<BODY bgColor=#ffffff>\n'
            + "".join("<DIV><FONT face=Arial size=2>%s</FONT></DIV>\n" % (esc_html(l) or "&nbsp;") for l in plain.split("\n"))
            + "</BODY></HTML>\n")
    b = m.bnd("oe", 0)
    body = multipart(b, [tpart(plain, "windows-1251", "quoted-printable"),
                         tpart(html, "windows-1251", "quoted-printable", "html")])
    return finish([
        received(t, 5, "bobr-pc", "10.0.0.14", by="mx.cg.ukrtel.net", sid="0E3D2C1B4A"),
        "Message-ID: " + mid_oe(m, "bobrpc"),
        "From: " + addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251", "B"),
        "To: <%s>" % UVP,
        "Subject: " + H("інф. по відкр. уряду Бобровицька РДА", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Priority: 3",
        "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
    ], body)


KEY = {"class": "ranges", "executor": "rda-semenivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian letter from The Bat! in koi8-u: «По пунктам 1 и 6» and «Пп. 7-9» each answered as one paragraph, «П. 12 - не касается» is not applicable; «2013-2015 гг.» is a range of years.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("rg03-semenivka", KEY)
def _(m):
    t = D(2013, 6, 10, 9, 31, 57)
    text = """Управление по вопросам внутренней политики и связей
с общественностью облгосадминистрации

Семеновская райгосадминистрация сообщает о выполнении Плана мероприятий по
повышению уровня открытости и прозрачности деятельности исполнительной власти
("Открытое правительство") за I полугодие 2013 года.

По пунктам 1 и 6. Официальный веб-сайт райгосадминистрации наполняется в
соответствии с требованиями законодательства, в апреле обновлен раздел
"Публичная информация", размещено 112 новостей. Проведены консультации с
общественностью по проекту программы развития туризма на 2013-2015 гг.
(общественные слушания 16.04.2013, 41 участник).

Пп. 7-9. Члены общественного совета при РГА включены в состав районной
комиссии по вопросам ТЭБ и ЧС и совета по делам молодежи, участвовали в
обсуждении проектов 3 распоряжений председателя РГА; председатель
общественного совета приглашается на заседания коллегии РГА.

П. 12 - не касается.

Зам. председателя РГА                          А.И. Марченко

-- 
С уважением,
 Оксана                          mailto:rda-semenivka@example.gov.ua
"""
    return finish([
        received(t, 3, "semenivka-rda.example.gov.ua", "91.200.46.130", sid="5D6E7F8091"),
        "Date: " + rfc_date(t),
        "From: " + addr("Оксана", "rda-semenivka@example.gov.ua", "koi8-u", "Q"),
        "X-Mailer: The Bat! (v4.2.44.2) Home",
        "Reply-To: " + addr("Оксана", "rda-semenivka@example.gov.ua", "koi8-u", "Q"),
        "X-Priority: 3 (Normal)",
        "Message-ID: " + mid_bat(m, t, "example.gov.ua"),
        "To: " + UVP,
        "Subject: " + H("Информация Семеновской РГА (Открытое правительство)", "koi8-u", "B"),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=koi8-u",
        "Content-Transfer-Encoding: 8bit",
    ], text.encode("koi8-u"))


KEY = {"class": "ranges", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The office's own report from its second box: the cover note lists «пп. 3–5, 10, 11, 13–15» only as a covering sentence (not counted); the docx table's number cells «3–4», «5», «10», «11, 13–15» each hold one block, and the last block counts all four measures although 15 is only scheduled.",
       "items": [{"measure": 3, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"},
                 {"measure": 4, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"},
                 {"measure": 5, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"},
                 {"measure": 10, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"},
                 {"measure": 11, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"},
                 {"measure": 13, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"},
                 {"measure": 14, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"},
                 {"measure": 15, "source": "УВП_інформація_ВУ_І_півріччя_2013.docx"}]}


@mail("rg04-uvp", KEY)
def _(m):
    t = D(2013, 6, 14, 16, 20, 44)
    rows = [
        ("3–4", "Веб-ресурс «Чернігівська громада» та Інтернет-форум",
         "Веб-ресурс «Чернігівська громада» працює з 20.12.2012; на його базі 15.03.2013 відкрито Інтернет-форум (7 тематичних розділів, 212 зареєстрованих користувачів, 64 теми обговорення)."),
        ("5", "«Гаряча лінія» голови ОДА",
         "Спільно з відділом роботи із зверненнями громадян забезпечено роботу «гарячої лінії» голови облдержадміністрації: за І півріччя надійшло 1 037 звернень, щотижневі узагальнення подаються голові."),
        ("10", "Робочі групи з питань відкритості",
         "Громадським радам при райдержадміністраціях направлено рекомендації (лист від 21.01.2013 № 02-17/112) щодо утворення робочих груп з питань відкритості та прозорості; станом на 01.06.2013 групи утворено у 14 з 22 районів."),
        ("11, 13–15", "Дні відкритих дверей; семінари; посібники; обговорення виконання плану",
         "Дні відкритих дверей проведено 27.02 та 29.05.2013 (38 представників громадськості та ЗМІ); спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено 3 навчальні семінари (114 учасників); методичний посібник «Консультації з громадськістю» поширено серед структурних підрозділів та РДА в електронному вигляді; громадське обговорення виконання плану заходів призначено на 19.06.2013 (круглий стіл)."),
    ]
    tr = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, esc_html(b), esc_html(c)) for a, b, c in rows)
    doc = html_doc(
        "<p align=center><b>Інформація управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</b></p>"
        "<table><tr><th>Пункти плану</th><th>Захід</th><th>Стан виконання</th></tr>%s</table>"
        "<p>&nbsp;</p><p>Начальник відділу взаємодії з громадськими об’єднаннями &nbsp;&nbsp;&nbsp;&nbsp; Н.П. Савчук</p>" % tr)
    data = office("rg04-uvp", "docx", doc)
    plain = """Колеги, добрий день!

Надсилаємо інформацію управління щодо виконання пп. 3–5, 10, 11, 13–15 плану заходів за І півріччя 2013 року (додається) – для зведеної інформації.

Н. Савчук
відділ взаємодії з громадськими об'єднаннями УВП
"""
    outer = m.bnd("outlook", 0)
    fn = "УВП_інформація_ВУ_І_півріччя_2013.docx"
    body = multipart(outer, [
        outlook_alt(m, plain, ver="14"),
        m.att(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn, "bfold", "windows-1251"),
    ])
    return finish([
        received(t, 3, "mail.example.gov.ua", "194.44.160.2", sid="7E8F9A0B1C"),
        "From: " + addr("Савчук Наталія", "uvp-info@example.gov.ua", "windows-1251", "B"),
        "To: <%s>" % UVP,
        "Subject: " + H("Інформація УВП про виконання плану заходів за І півріччя 2013 р.", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % outer,
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Surzhyk note from a phone («Надіслано з Samsung Mobile», signature after it): «пункти 1 і 12» and «з 6 по 9» are blocks (the second repeats the first half-year and adds a line), «п.10 - не було» is bare; «2-3 жовтня», «10.09 і 26.11» are dates.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("rg05-horodnia", KEY)
def _(m):
    t = D(2013, 12, 5, 19, 44, 10)
    text = """Добрий вечір, ловіть інфу по Городнянській РДА за 2 півр.

пункти 1 і 12 - сайт РДА працює, з вересня переїхали на новий движок, всі розділи по публічній інформації перенесли, додали розділ "Громадська експертиза"; громадська експертиза діяльності відділу держреєстрації проведена ГО "Городнянщина" в жовтні, пропозиції в роботі.

з 6 по 9 - те саме що в 1 півр. + ще 2 засідання ГР (10.09 і 26.11), на 26.11 обговорювали проект бюджету на 2014 р., 14 чол. з громадськості, консультації по тарифах на воду 2-3 жовтня в 4 селах.

п.10 - не було.

завтра перевірю і якщо що допишу

Надіслано з Samsung Mobile
Тетяна (орг. відділ)
"""
    return finish([
        received(t, 11, "smtp.horodnia-rda.example.gov.ua", "46.211.33.201", sid="2A3B4C5D6E"),
        "MIME-Version: 1.0",
        "Subject: " + H("звіт ВГ городня", "UTF-8", "B"),
        "From: <rda-horodnia@example.gov.ua>",
        "To: " + UVP,
        "Date: " + rfc_date(t),
        "Message-ID: <%s@email.android.com>" % m.h("mid", 24),
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
    ], encode_body(text, "UTF-8", "base64"))


# ================================================================ 5. prose (pr)

KEY = {"class": "prose", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "PDF letter (text layer) on a letterhead with an outgoing number; paragraphs without plan numbers: site, consultations, one paragraph on advisory bodies and the discussion of draft orders (7 and 9), an anticorruption expertise, and a closing denial naming the working group on openness (10).",
       "items": [{"measure": 1, "source": "Корюківська РДА - відкритий уряд.pdf"},
                 {"measure": 6, "source": "Корюківська РДА - відкритий уряд.pdf"},
                 {"measure": 7, "source": "Корюківська РДА - відкритий уряд.pdf"},
                 {"measure": 9, "source": "Корюківська РДА - відкритий уряд.pdf"},
                 {"measure": 10, "source": "Корюківська РДА - відкритий уряд.pdf"},
                 {"measure": 12, "source": "Корюківська РДА - відкритий уряд.pdf"}]}


@mail("pr01-koriukivka", KEY)
def _(m):
    t = D(2013, 6, 7, 11, 20, 30)
    paras = [
        "На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» райдержадміністрація інформує.",
        "Офіційний веб-сайт райдержадміністрації ведеться відповідно до Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади. Протягом І півріччя 2013 року на сайті розміщено 147 інформаційних матеріалів, створено підрубрику «Прозорий бюджет», забезпечено оприлюднення проектів регуляторних актів.",
        "З метою налагодження діалогу з громадськістю проведено 4 публічні громадські обговорення: проекту районного бюджету на 2013 рік (січень), Програми соціально-економічного розвитку району (лютий), щодо реорганізації районної лікарні (квітень) та щодо організації літнього оздоровлення дітей (травень).",
        "Члени громадської ради при райдержадміністрації входять до складу 6 дорадчо-консультативних органів, зокрема ради з питань підприємництва та конкурсного комітету з перевезень пасажирів. Крім того, вони брали участь у громадському обговоренні проектів розпоряджень голови райдержадміністрації про затвердження районних програм «Питна вода» та «Молодь Корюківщини».",
        "Громадська антикорупційна експертиза проекту рішення районної ради «Про затвердження Положення про порядок надання в оренду майна спільної власності територіальних громад району» проведена ГО «Правова ініціатива», 3 з 4 пропозицій враховано.",
        "Робоча група з питань відкритості та прозорості у складі громадської ради поки не створена.",
    ]
    doc = html_doc(
        "<p align=center>УКРАЇНА<br><b>КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>"
        "вул. Шевченка, 53, м. Корюківка, 15300, тел. (04657) 2-13-31</p><hr>"
        "<p>06.06.2013 № 01-21/1190</p>"
        "<p style='margin-left:9cm'>Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації</p>"
        + "".join("<p style='text-indent:1.25cm;text-align:justify'>%s</p>" % esc_html(p) for p in paras)
        + "<p>&nbsp;</p><p>Заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; І.С. Ярошенко</p>"
          "<p><small>Вик. Петрик Т.М., 2-14-60</small></p>")
    data = office("pr01-koriukivka", "pdf", doc)
    plain = """Надсилаємо інформацію про виконання плану заходів за І півріччя 2013 року. Оригінал надіслано поштою.

Загальний відділ Корюківської РДА
"""
    outer = m.bnd("outlook", 0)
    fn = "Корюківська РДА - відкритий уряд.pdf"
    body = multipart(outer, [
        tpart(plain, "windows-1251", "quoted-printable"),
        m.att(data, "application/pdf", fn, "b", "windows-1251"),
    ])
    return finish([
        received(t, 5, "koriukivka-rda.example.gov.ua", "194.44.177.18", sid="3C4D5E6F70"),
        "From: " + addr("Загальний відділ", "rda-koriukivka@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("Корюківська РДА - інформація (Відкритий уряд)", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "koriukivka"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % outer,
        "X-Mailer: Microsoft Office Outlook 11",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
        thread_index(m),
    ], body)


KEY = {"class": "prose", "executor": "rda-talalaivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "One run-on paragraph (Thunderbird, flowed) touching four measures in the office's own words: «районну сторінку в мережі» (1), «з людьми зустрічались по проекту бюджету» (6), «порадили зробити групу по відкритості влади» (10), an expertise (12); reply subject of an old thread, no quote.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("pr02-talalaivka", KEY)
def _(m):
    t = D(2013, 12, 9, 13, 3, 44)
    text = """Доброго дня.

Талалаївська райдержадміністрація повідомляє, що у другому півріччі 2013 року районну сторінку в мережі регулярно поповнювали новинами та документами (розділ «Доступ до публічної інформації» переведено на новий шаблон, додано архів розпоряджень за 2011–2013 рр.), з людьми зустрічались по проекту бюджету на 2014 рік і по закриттю двох шкіл у Слобідській та Українській сільрадах – обидві зустрічі з протоколами та пропозиціями, громадській раді ще раз порадили зробити у себе групу по відкритості влади, і 14 листопада таку групу утворили (голова – Г.І. Юрченко), а громадська організація «Талалаївська громада» зробила експертизу того, як РДА розглядає звернення громадян, зауваження (їх було 6) відпрацьовуємо.

З повагою,
Людмила Ткаченко, гол. спеціаліст відділу орг. роботи апарату РДА
"""
    return finish([
        received(t, 4, "talalaivka-rda.example.gov.ua", "194.44.174.29", sid="6A7B8C9D0E"),
        "Message-ID: " + mid_tb(m, "example.gov.ua"),
        "Date: " + rfc_date(t),
        "From: " + addr("Людмила Ткаченко", "rda-talalaivka@example.gov.ua", "UTF-8"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
        "MIME-Version: 1.0",
        "To: " + UVP,
        "Subject: " + Hr("Re: інф. по відкр. уряду", "UTF-8"),
        "References: <51A6E0C2.4080407@example.gov.ua>",
        "In-Reply-To: <51A6E0C2.4080407@example.gov.ua>",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
    ], flow(text).encode("utf-8"))


KEY = {"class": "prose", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "odt with headings that name subjects in the unit's words («Веб-сторінка управління», «Хід виконання цільових програм», «Колегія», «Обговорення проектів»); no plan numbers; file name in RFC 2231 with continuations.",
       "items": [{"measure": 1, "source": "Інформація УКБ_Відкритий уряд_І півріччя.odt"},
                 {"measure": 2, "source": "Інформація УКБ_Відкритий уряд_І півріччя.odt"},
                 {"measure": 8, "source": "Інформація УКБ_Відкритий уряд_І півріччя.odt"},
                 {"measure": 9, "source": "Інформація УКБ_Відкритий уряд_І півріччя.odt"}]}


@mail("pr03-kapbud", KEY)
def _(m):
    t = D(2013, 6, 13, 10, 50, 1)
    secs = [
        ("Веб-сторінка управління",
         "Сторінку управління на офіційному сайті облдержадміністрації наповнено відповідно до вимог Закону України «Про доступ до публічної інформації»: розміщено перелік об’єктів будівництва 2013 року, звіти про використання коштів, оголошення про процедури закупівель."),
        ("Хід виконання цільових програм",
         "До рубрики «Хід виконання цільових програм» на сайті облдержадміністрації щокварталу подаються відомості про виконання Програми будівництва (реконструкції) об’єктів соціальної сфери на 2012–2014 роки; за І квартал відомості подано 10.04.2013."),
        ("Колегія",
         "Голову комітету з питань розвитку інфраструктури Громадської ради при облдержадміністрації Кравченка М.О. введено до складу колегії управління (наказ від 04.02.2013 № 9); відповідні зміни до Положення про управління підготовлено та подано на погодження."),
        ("Обговорення проектів",
         "Проект Переліку об’єктів будівництва на 2014 рік розглянуто за участю членів Громадської ради при облдержадміністрації 22.05.2013, пропозиції щодо включення двох амбулаторій враховано."),
    ]
    doc = html_doc(
        "<p align=center><b>Інформація Управління капітального будівництва облдержадміністрації<br>про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року</b></p>"
        + "".join("<h3>%s</h3><p style='text-indent:1.25cm'>%s</p>" % (esc_html(h), esc_html(p)) for h, p in secs)
        + "<p>&nbsp;</p><p>Начальник управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; П.І. Гребенюк</p>")
    data = office("pr03-kapbud", "odt", doc)
    text = flow("""Добрий день.

Надаємо інформацію Управління капітального будівництва за І півріччя 2013 р. у форматі odt. Якщо не відкриється – повідомте, перешлемо в doc.

-- 
Сектор організаційної роботи УКБ
""")
    b = m.bnd("tb")
    fn = "Інформація УКБ_Відкритий уряд_І півріччя.odt"
    body = multipart(b, [
        tpart(text, "UTF-8", "8bit", ct_extra="; format=flowed", quote_cs=False),
        m.att(data, "application/vnd.oasis.opendocument.text", fn, "2231", "UTF-8"),
    ])
    return finish([
        received(t, 2, "kapbud.example.gov.ua", "194.44.160.58", sid="0B1C2D3E4F"),
        "Message-ID: " + mid_tb(m, "example.gov.ua"),
        "Date: " + rfc_date(t),
        "From: " + addr("УКБ", "kapbud@example.gov.ua", "UTF-8"),
        "User-Agent: Mozilla/5.0 (X11; Linux i686; rv:17.0) Gecko/20130510 Thunderbird/17.0.6",
        "MIME-Version: 1.0",
        "To: " + UVP,
        "Subject: " + H("Інформація УКБ щодо Відкритого уряду", "UTF-8"),
        'Content-Type: multipart/mixed;\n boundary="%s"' % b,
    ], body)


KEY = {"class": "prose", "executor": "rda-nosivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word 97 .doc with bold run-in headings in the district's words («Відкритість влади», «Участь громадськості у дорадчих органах»); the district's own Open Day is counted as measure 11; the cover note says it resends a corrected version.",
       "items": [{"measure": 6, "source": "Носівка_ВУ_ІІ_півр_2013.doc"},
                 {"measure": 7, "source": "Носівка_ВУ_ІІ_півр_2013.doc"},
                 {"measure": 9, "source": "Носівка_ВУ_ІІ_півр_2013.doc"},
                 {"measure": 10, "source": "Носівка_ВУ_ІІ_півр_2013.doc"},
                 {"measure": 11, "source": "Носівка_ВУ_ІІ_півр_2013.doc"}]}


@mail("pr04-nosivka", KEY)
def _(m):
    t = D(2013, 11, 28, 15, 22, 11)
    secs = [
        ("Консультації з громадськістю.",
         "Протягом липня – листопада 2013 року райдержадміністрацією проведено 6 консультацій з громадськістю (публічні обговорення, електронні консультації, засідання «круглих столів»). Орієнтовний план проведення консультацій на 2013 рік виконано на 85 відсотків."),
        ("Участь громадськості у дорадчих органах.",
         "До складу новоствореної ради з питань розвитку малого і середнього бізнесу включено 4 представників громадських об’єднань, до складу районної комісії з питань евакуації – 1."),
        ("Обговорення проектів рішень.",
         "За участі членів громадської ради обговорено проекти рішень районної ради «Про районний бюджет на 2014 рік» та «Про Програму розвитку фізичної культури і спорту в Носівському районі»."),
        ("Відкритість влади.",
         "На засіданні громадської ради 17.09.2013 за рекомендацією райдержадміністрації створено комісію з питань відкритості та прозорості діяльності органу влади у складі 3 осіб."),
        ("День відкритих дверей.",
         "12 вересня в райдержадміністрації проведено День відкритих дверей для учнівської молоді та представників місцевих ЗМІ (32 учасники)."),
    ]
    doc = html_doc(
        "<p align=center><b>НОСІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ</b></p>"
        "<p align=center><b>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади за ІІ півріччя 2013 року</b></p>"
        + "".join("<p style='text-indent:1.25cm;text-align:justify'><b>%s</b> %s</p>" % (esc_html(h), esc_html(p)) for h, p in secs)
        + "<p>&nbsp;</p><p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp; Л.В. Осипенко</p>")
    data = office("pr04-nosivka", "doc", doc)
    plain = """Інформація за ІІ півріччя додається.
(Повторно, бо минулого разу вклалася стара версія файлу.)

О. Кириченко
"""
    outer = m.bnd("outlook", 0)
    fn = "Носівка_ВУ_ІІ_півр_2013.doc"
    body = multipart(outer, [
        tpart(plain, "windows-1251", "quoted-printable"),
        m.att(data, "application/msword", fn, "b", "windows-1251"),
    ])
    return finish([
        received(t, 6, "nosivka-rda.example.gov.ua", "194.44.172.93", sid="5F6A7B8C9D"),
        "From: " + addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("Носівська РДА_звіт_відкр_уряд_2_півр", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "nosivka"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % outer,
        "X-Mailer: Microsoft Office Outlook 11",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
        thread_index(m),
    ], body)


KEY = {"class": "prose", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 plain+HTML twins with headings; one paragraph covers both the public hearings (6) and the discussion at the Public Council (9) and mentions the site only as where the materials were published (not 1).",
       "items": [{"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("pr05-mistobuduvannia", KEY)
def _(m):
    t = D(2013, 12, 12, 11, 41, 5)
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Управління містобудування та архітектури облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує.

Громадське обговорення
Проект коригування Схеми планування території Чернігівської області пройшов громадські слухання у жовтні–листопаді 2013 року: відбулися 3 зустрічі з громадськістю в Чернігові, Ніжині та Прилуках, матеріали проекту та повідомлення про слухання розміщено на сайті облдержадміністрації. Окремо проект розглянуто на засіданні Громадської ради при облдержадміністрації 21.11.2013, пропозиції ради (4) враховано.

Містобудівна рада
До складу архітектурно-містобудівної ради при управлінні включено двох представників громадських організацій – Чернігівської обласної організації Національної спілки архітекторів України та ГО «Зелений Чернігів».

Громадська експертиза
У вересні ГО «Центр громадського моніторингу» завершила громадську експертизу діяльності управління у сфері видачі містобудівних умов та обмежень; розроблено план заходів щодо реалізації 5 експертних пропозицій, 3 з них виконано.

Начальник управління – головний архітектор області    С.Г. Рибалко
"""
    html = mso_html(plain, ver="14", font="Times New Roman", size="13.0pt")
    for h in ("Громадське обговорення", "Містобудівна рада", "Громадська експертиза"):
        html = html.replace(">%s<o:p>" % h, "><b>%s</b><o:p>" % h)
    b = m.bnd("outlook", 0)
    body = multipart(b, [tpart(plain, "windows-1251", "quoted-printable"),
                         tpart(html, "windows-1251", "quoted-printable", "html")])
    return finish([
        received(t, 3, "mistobud.example.gov.ua", "194.44.160.63", sid="8D9E0F1A2B"),
        "From: " + addr("Управління містобудування та архітектури", "mistobuduvannia@example.gov.ua", "windows-1251", "Q"),
        "To: " + addr("УВП", UVP, "windows-1251"),
        "Subject: " + H("Інформація управління містобудування та архітектури", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


# ================================================================ 6. foreign_numbers (fn)

KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "docx report against the district's own plan (розпорядження № 214) numbered 1.1–3.2; none of those numbers is the oblast plan's; «12 пропозицій», «6 прес-конференцій» are counts; 1.2 (press work) matches no measure.",
       "items": [{"measure": 1, "source": "Прилуцька РДА інформація ВУ.docx"},
                 {"measure": 6, "source": "Прилуцька РДА інформація ВУ.docx"},
                 {"measure": 7, "source": "Прилуцька РДА інформація ВУ.docx"},
                 {"measure": 9, "source": "Прилуцька РДА інформація ВУ.docx"},
                 {"measure": 12, "source": "Прилуцька РДА інформація ВУ.docx"}]}


@mail("fn01-pryluky", KEY)
def _(m):
    t = D(2013, 6, 10, 14, 14, 14)
    body_html = (
        "<p align=center><b>Інформація про виконання районного Плану заходів щодо підвищення рівня відкритості та прозорості діяльності Прилуцької районної державної адміністрації<br>(затверджений розпорядженням голови райдержадміністрації від 12.10.2012 № 214)<br>за І півріччя 2013 року</b></p>"
        "<p><b>1. Інформаційна відкритість</b></p>"
        "<p>1.1. Забезпечення функціонування веб-сайту. Веб-сайт райдержадміністрації приведено у відповідність до вимог законодавства, оновлено розділи «Нормативні документи» та «Звернення громадян»; за І півріччя розміщено 214 публікацій.</p>"
        "<p>1.2. Висвітлення діяльності у ЗМІ. Проведено 6 прес-конференцій керівництва райдержадміністрації, у районній газеті «Прилуччина» опубліковано 38 матеріалів.</p>"
        "<p><b>2. Взаємодія з громадськістю</b></p>"
        "<p>2.1. Консультації з громадськістю. Проведено 3 консультації: щодо проекту районного бюджету на 2013 рік, щодо організації пасажирських перевезень, щодо програми «Шкільний автобус».</p>"
        "<p>2.2. Дорадчі органи. До складу ради з питань розвитку підприємництва та ради ветеранів при райдержадміністрації включено 5 представників громадських організацій.</p>"
        "<p>2.3. Обговорення проектів. Члени громадської ради обговорили проекти 5 розпоряджень голови райдержадміністрації, у тому числі «Про затвердження районної програми “Охорона навколишнього середовища”».</p>"
        "<p><b>3. Громадський контроль</b></p>"
        "<p>3.1. Громадська експертиза. У квітні завершено громадську експертизу діяльності відділу освіти райдержадміністрації, проведену ГО «Прилуцький вибір»; з 12 пропозицій враховано 9.</p>"
        "<p>3.2. Антикорупційна експертиза. Проекти 2 регуляторних актів надіслано громадській раді для проведення громадської антикорупційної експертизи, зауважень не надійшло.</p>"
        "<p>&nbsp;</p><p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp; В.М. Гуленко</p>")
    data = office("fn01-pryluky", "docx", html_doc(body_html))
    plain = """Добрий день!
Направляємо інформацію Прилуцької райдержадміністрації щодо виконання заходів «Відкритого уряду» за І півріччя (у вкладенні).
Інформацію підготовлено за нашим районним планом, пункти плану області у ньому не зазначені.

С. Коваль, сектор ВП
"""
    outer = m.bnd("outlook", 0)
    fn = "Прилуцька РДА інформація ВУ.docx"
    body = multipart(outer, [
        outlook_alt(m, plain),
        m.att(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn, "b", "windows-1251"),
    ])
    return finish([
        received(t, 3, "pryluky-rda.example.gov.ua", "194.44.173.120", sid="9E0F1A2B3C"),
        "From: " + addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("Інф. Прилуцької РДА (ВУ)", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "pryluky-rda.example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % outer,
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "foreign_numbers", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Opera Mail letter numbered 1–5 by its own paragraphs, mismatched to the plan («1.» is consultations, «2.» the site, «3.» advisory bodies); a cumulative report «з початку року» that repeats the first half and marks additions; «4. Громадські експертизи. Без змін» is a placeholder; «13 членів» is a count.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail("fn02-ripky", KEY)
def _(m):
    t = D(2013, 12, 11, 8, 58, 40)
    text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Ріпкинська райдержадміністрація надає інформацію про виконання Плану заходів «Відкритий уряд» з початку 2013 року (наростаючим підсумком; нове за ІІ півріччя позначено словом «додатково»).

1. Консультації з громадськістю. З початку року проведено 9 консультацій (у І півр. – 5), додатково у ІІ півр.: громадське обговорення проекту районного бюджету на 2014 рік (29.11.2013), зустрічі з жителями смт Добрянка щодо газифікації (2 зустрічі).

2. Офіційний веб-сайт. Інформація на сайті оновлюється щоденно; додатково створено розділ «Громадська рада», в якому розміщено протоколи 7 засідань.

3. Громадська рада. 13 членів громадської ради залучено до роботи 5 дорадчих органів (як і в І півр.); додатково 2 члени ради включено до складу конкурсної комісії з відбору перевізників.

4. Громадські експертизи. Без змін.

5. Інше. У районній газеті «Колос» опубліковано 24 матеріали про діяльність райдержадміністрації.

Заступник голови райдержадміністрації   Г.П. Ничипоренко
"""
    return finish([
        received(t, 4, "ripky-rda.example.gov.ua", "91.200.47.75", sid="1B2C3D4E5F"),
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes",
        "To: " + UVP,
        "Subject: " + H("Ріпкинська РДА: інформація за ІІ півріччя 2013 р.", "utf-8", "Q"),
        "Date: " + rfc_date(t),
        "From: " + addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "utf-8", "Q"),
        "Message-ID: <op.w7xk%s@ripky-pc>" % m.h("mid", 12),
        "MIME-Version: 1.0",
        "Content-Transfer-Encoding: Quoted-Printable",
        "User-Agent: Opera Mail/12.16 (Win32)",
    ], encode_body(text, "utf-8", "quoted-printable"))


KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "xlsx with a running «№ з/п» column (1–6) beside the real «Пункт Плану» column (1, 6, 8, 9, 12, 7); sub-items а)–в), order numbers and dates in cells; rows for 12 and 7 are «—» and empty.",
       "items": [{"measure": 1, "source": "Інформація_УСМС_ВУ.xlsx"},
                 {"measure": 6, "source": "Інформація_УСМС_ВУ.xlsx"},
                 {"measure": 8, "source": "Інформація_УСМС_ВУ.xlsx"},
                 {"measure": 9, "source": "Інформація_УСМС_ВУ.xlsx"}]}


@mail("fn03-simia", KEY)
def _(m):
    t = D(2013, 6, 12, 12, 12, 12)
    sheet = csv_rows([
        ["Управління у справах сім'ї, молоді та спорту облдержадміністрації", "", "", ""],
        ["№ з/п", "Пункт Плану", "Виконання", "Підстава"],
        ["1", "1", "Сторінку управління на сайті ОДА оновлено: а) оновлено розділ «Молодь»; б) розміщено звіт про виконання програми «Молодь Чернігівщини» за 2012 р.; в) створено підрозділ «Доступ до публічної інформації»", "наказ № 17 від 22.01.2013"],
        ["2", "6", "Проведено консультації з громадськістю щодо проекту обласної програми розвитку фізичної культури і спорту на 2013–2017 роки (форум молоді 05.04.2013, 72 учасники)", ""],
        ["3", "8", "Голову комітету з гуманітарних питань Громадської ради при ОДА введено до складу колегії управління; зміни до Положення про управління не потребувались", "наказ від 15.02.2013 № 31-од"],
        ["4", "9", "Проект обласної програми оздоровлення та відпочинку дітей на 2013–2017 роки обговорено з членами Громадської ради 14.03.2013", ""],
        ["5", "12", "—", ""],
        ["6", "7", "", ""],
    ])
    data = office("fn03-simia", "xlsx", sheet)
    plain = """Доброго дня!

Інформація управління у справах сім'ї, молоді та спорту за І півріччя у вкладенні.

З повагою
Мирослава Гайдай
відділ організаційно-аналітичної роботи
"""
    outer = m.bnd("outlook", 0)
    fn = "Інформація_УСМС_ВУ.xlsx"
    body = multipart(outer, [
        outlook_alt(m, plain, ver="14"),
        m.att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn, "b", "windows-1251"),
    ])
    return finish([
        received(t, 4, "simia.example.gov.ua", "194.44.160.31", sid="2C3D4E5F6A"),
        "From: " + addr("Гайдай Мирослава", "simia@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("інформація УСМС", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % outer,
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "foreign_numbers", "executor": "rda-chernihiv", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Late Outlook Express letter (Monday after the deadline) with sub-items 1)–5) that do not match the plan; «рішенням … № 7» introduces the working group (measure 10), the other document numbers («№ 3», «протокол № 4», «№ 511») and counts are noise.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("fn04-chernihiv", KEY)
def _(m):
    t = D(2012, 12, 17, 9, 40, 22)
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Чернігівська районна державна адміністрація на виконання Плану заходів, затвердженого 10.09.2012, інформує:

1) офіційний веб-сайт райдержадміністрації переведено на нову платформу відповідно до постанови КМУ від 04.01.2002 № 3; створено 3 нові розділи: «Регуляторна діяльність», «Доступ до публічної інформації», «Громадська рада»;
2) 29.11.2012 проведено консультації з громадськістю щодо проекту районного бюджету на 2013 рік (громадські слухання, 56 учасників, 11 пропозицій);
3) рішенням громадської ради від 05.12.2012 № 7 (протокол № 4) утворено робочу групу з питань відкритості та прозорості діяльності райдержадміністрації (5 членів);
4) представників 9 громадських організацій включено до складу 4 дорадчих органів (розпорядження голови райдержадміністрації від 23.10.2012 № 511);
5) проект розпорядження «Про Програму підтримки малого підприємництва на 2013–2014 роки» обговорено на засіданні громадської ради 12.12.2012 (присутні 12 членів ради).

Вибачте за затримку, у п'ятницю не працював сервер.

Заступник голови райдержадміністрації   О.В. Ковтун
Виконавець: Мороз, 3-12-45
"""
    return finish([
        received(t, 6, "chernihiv-rda-pc", "10.1.1.22", sid="3D4E5F6A7B"),
        "Message-ID: " + mid_oe(m, "rdachernihiv"),
        "From: " + addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("Чернігівська РДА_Відкритий уряд_IV кв.", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "MIME-Version: 1.0",
        'Content-Type: text/plain;\n\tcharset="windows-1251"',
        "Content-Transfer-Encoding: quoted-printable",
        "X-Priority: 3",
        "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5994",
    ], encode_body(plain, "windows-1251", "quoted-printable"))


KEY = {"class": "foreign_numbers", "executor": "su-finansy", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 letter «на № 02-17/2214» with no plan numbers at all; sub-items 1)–3) inside the rubric paragraph, «до 15 числа», «наказ № 112-к», «висновок № 4», «2 засіданнях», «3 пропозиції»; each paragraph maps by subject (rubric 2, collegium 8, draft budget 9, anticorruption expertise 12).",
       "items": [{"measure": 2, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("fn05-finansy", KEY)
def _(m):
    t = D(2013, 12, 6, 15, 5, 59)
    plain = """Головне фінансове управління облдержадміністрації на Ваш лист від 02.12.2013 № 02-17/2214 повідомляє.

Щодо рубрики «Виконання місцевих бюджетів Чернігівської області» на офіційному сайті облдержадміністрації: щомісяця (до 15 числа) розміщуються 1) оперативні дані про виконання зведеного бюджету області; 2) рішення обласної ради про внесення змін до обласного бюджету; 3) звіти про виконання місцевих бюджетів, останній – за 9 місяців 2013 року.

Голову бюджетного комітету Громадської ради при облдержадміністрації (за згодою) включено до складу колегії управління ще у 2012 році (наказ № 112-к), у ІІ півріччі він взяв участь у 2 засіданнях колегії (26.09 і 28.11.2013).

Проект обласного бюджету на 2014 рік обговорено на засіданні Громадської ради 27.11.2013; за результатами обговорення 3 пропозиції враховано при підготовці до другого читання.

Громадська антикорупційна експертиза проекту Порядку використання коштів резервного фонду обласного бюджету проведена Громадською радою (висновок від 14.10.2013 № 4), зауважень не висловлено.

Начальник управління    Л.М. Петренко
"""
    b = m.bnd("outlook", 0)
    body = multipart(b, [tpart(plain, "windows-1251", "base64"),
                         tpart(mso_html(plain), "windows-1251", "base64", "html")])
    return finish([
        received(t, 5, "finupr.example.gov.ua", "194.44.160.20", sid="4E5F6A7B8C"),
        "From: " + addr("Головне фінансове управління", "finansy@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("ГФУ - інф. щодо виконання плану (на № 02-17/2214)", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


# ================================================================ 7. personal_address (pa)

KEY = {"class": "personal_address", "executor": "rda-sosnytsia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail from a clerk's private box on Saturday night; the district is named only in the heading and the signature («Сосницької райдержадміністрації»), the addressee УВП stands above; пп. 7, 10, 12 are only promised.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("pa01-sosnytsia", KEY)
def _(m):
    t = D(2013, 6, 15, 21, 33, 2)
    text = """Доброго вечора!

Вибачте, що надсилаю зі своєї пошти – у РДА з четверга не працює інтернет, а термін сьогодні.

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація Сосницької райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади за І півріччя 2013 року

п. 1. Офіційний веб-сайт райдержадміністрації працює стабільно, у травні оновлено розділ «Звернення громадян» (додано графік особистого прийому керівництва), розміщено звіт про виконання районного бюджету за І квартал.
п. 6. Проведено консультації з громадськістю щодо проекту Програми розвитку туризму «Сосниця – Довженкова земля» на 2013–2015 рр. (фокус-група, 18.04.2013).
п. 9. Члени громадської ради брали участь в обговоренні проектів розпоряджень «Про підготовку до пожежонебезпечного періоду» та «Про організацію відпочинку дітей».
пп. 7, 10, 12 – інформацію надамо в понеділок, коли відповідальна вийде з відпустки.

З повагою,
Олена Кравчук
головний спеціаліст відділу організаційної роботи апарату Сосницької райдержадміністрації
"""
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc_html(l) or "<br>") for l in text.split("\n")) + "</div>\n")
    b = m.bnd("gmail")
    body = multipart(b, [tpart(text, "UTF-8", "base64", quote_cs=False),
                         tpart(html, "UTF-8", "base64", "html", quote_cs=False)], preamble=None)
    return finish([
        received(t, 2, "mail-wi0-f172.google.com", "209.85.212.172", sid="5F6A7B8C9D"),
        "Received: by 10.194.62.77 with HTTP; " + rfc_date(t, _dt.timezone(_dt.timedelta(hours=-7))),
        "MIME-Version: 1.0",
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_gmail(m),
        "Subject: " + H("Інформація Сосницької РДА (Відкритий уряд) - з особистої пошти", "UTF-8", "B"),
        "From: " + addr("Олена Кравчук", "kravchuk.olena.s@gmail.com", "UTF-8", "B"),
        "To: " + UVP,
        "Content-Type: multipart/alternative; boundary=%s" % b,
    ], body)


KEY = {"class": "personal_address", "executor": "rda-bakhmach", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "ukr.net web mail from a private box with an xls of cumulative figures «з початку року» (columns for both half-years); row 7's second column is «без змін» but the first states work in place; rows 9 and 12 are «—» and a bare «не проводились»; the addressee is greeted by name in the body.",
       "items": [{"measure": 1, "source": "Бахмацька_РДА_2013_наростаючим.xls"},
                 {"measure": 6, "source": "Бахмацька_РДА_2013_наростаючим.xls"},
                 {"measure": 7, "source": "Бахмацька_РДА_2013_наростаючим.xls"},
                 {"measure": 10, "source": "Бахмацька_РДА_2013_наростаючим.xls"}]}


@mail("pa02-bakhmach", KEY)
def _(m):
    t = D(2013, 12, 14, 11, 2, 47)
    sheet = csv_rows([
        ["Бахмацька райдержадміністрація: виконання Плану заходів «Відкритий уряд» у 2013 році (наростаючим підсумком)", "", "", ""],
        ["№ п/п плану", "Захід", "І півріччя", "ІІ півріччя"],
        ["1", "Сайт", "Оновлено розділ «Доступ до публічної інформації», розміщено 4 звіти про виконання районних програм", "Додатково створено рубрику «Громадське обговорення», де оприлюднюються проекти рішень"],
        ["6", "Консультації", "3 консультації (проект бюджету 2013, реорганізація ЦРЛ, тарифи на воду)", "2 консультації: щодо проекту бюджету на 2014 рік (22.11.2013) та щодо оптимізації мережі шкіл (17.10.2013)"],
        ["7", "Дорадчі органи", "Члени громадської ради входять до 5 дорадчих органів при РДА (розпорядження від 11.02.2013 № 44)", "без змін"],
        ["9", "Обговорення проектів", "—", "—"],
        ["10", "Робоча група", "—", "Громадська рада утворила робочу групу з питань відкритості та прозорості (протокол від 22.10.2013 № 9)"],
        ["12", "Експертизи", "не проводились", "не проводились"],
    ])
    data = office("pa02-bakhmach", "xls", sheet)
    html = ("<div>Доброго дня!</div><div><br></div>"
            "<div>Шановна Наталіє Петрівно, надсилаю інформацію Бахмацької РДА про виконання плану «Відкритий уряд» з початку 2013 року (наростаючим підсумком), бо з робочої скриньки не відправляється вкладення. Якщо потрібно — продублюю в понеділок з офіційної.</div>"
            "<div><br></div><div>Сергій Гончаренко</div><div>відділ інформаційної діяльності та комунікацій з громадськістю Бахмацької райдержадміністрації</div>"
            "<div>(04635) 2-20-14</div>")
    b = m.bnd("ukrnet")
    fn = "Бахмацька_РДА_2013_наростаючим.xls"
    body = multipart(b, [
        tpart(html, "utf-8", "base64", "html", quote_cs=False),
        m.att(data, "application/vnd.ms-excel", fn, "bfold", "utf-8"),
    ], preamble=None)
    return finish([
        received(t, 3, "frv52.fwdcdn.com", "212.42.77.52", sid="6A7B8C9D0E"),
        "Date: " + rfc_date(t),
        "From: " + addr("Сергій Гончаренко", "bakhmach_org@ukr.net", "utf-8", "B"),
        "To: " + UVP,
        "Subject: " + H("Бахмацька РДА - інформація з початку року", "utf-8", "B"),
        "Message-Id: " + mid_web(m, t, "frv52.ukr.net"),
        "X-Mailer: FREEMAIL.UKR.NET",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % b,
    ], body)


KEY = {"class": "personal_address", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 mail from the registered box of the capital construction unit (kapbud) carrying the housing and utilities unit's report, which names itself only in the heading and signature and mentions the lending unit in an oblique case; «Інші пункти – в роботі» is no report.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 2, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("pa03-zhkh", KEY)
def _(m):
    t = D(2013, 6, 11, 9, 5, 0)
    plain = """Доброго ранку!

Надсилаємо з поштової скриньки управління капітального будівництва, бо в нас після грози не працює модем.

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація Управління житлово-комунального господарства облдержадміністрації щодо виконання Плану заходів за І півріччя 2013 року

1. Сторінка управління на офіційному веб-сайті облдержадміністрації: оновлено розділи «Тарифи», «Реформування ЖКГ», розміщено перелік підприємств – виконавців житлово-комунальних послуг.
2. До рубрики «Хід виконання цільових програм» надано звіти про виконання Програми реформування і розвитку житлово-комунального господарства та Програми «Питна вода Чернігівщини» за 2012 рік.
9. Проект обласної програми підвищення енергоефективності житлового фонду на 2013–2016 рр. обговорено з членами Громадської ради при облдержадміністрації (засідання комітету з питань ЖКГ 23.04.2013).
Інші пункти – в роботі.

Начальник управління ЖКГ  В.О. Литвиненко
Вик. Стеценко 676-112
"""
    b = m.bnd("outlook", 0)
    body = multipart(b, [tpart(plain, "windows-1251", "quoted-printable"),
                         tpart(mso_html(plain), "windows-1251", "quoted-printable", "html")])
    return finish([
        received(t, 4, "kapbud.example.gov.ua", "194.44.160.58", sid="7B8C9D0E1F"),
        "From: " + addr("УКБ", "kapbud@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("Інформація УЖКГ по Відкритому уряду (з пошти УКБ)", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "personal_address", "executor": "rda-kozelets", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "i.ua web mail (windows-1251) from a sector's private box, Russian mixed with a Ukrainian line; dashes list consultations (6), people added to a council (7) and the recommended working group (10); the district named as «Козелецкой райгосадминистрации/РГА».",
       "items": [{"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("pa04-kozelets", KEY)
def _(m):
    t = D(2013, 12, 3, 13, 14, 15)
    text = """Добрый день.

Направляем информацию Козелецкой райгосадминистрации по плану мероприятий «Открытое правительство» за 2 полугодие 2013 г. (с рабочего ящика не уходит, отправляем с ящика сектора).

- консультации с общественностью: проведено 4 (общественные слушания по проекту бюджета на 2014 г., обсуждение реорганизации ЦРБ, 2 встречи по благоустройству пгт Козелец);
- до складу ради з питань розвитку туризму включено 3 представників громадських організацій, в т.ч. голову громадської ради;
- общественному совету рекомендовано создать рабочую группу по вопросам открытости и прозрачности, соответствующее решение совет принял 15.10.2013 (рабочая группа из 4 человек).

Сектор внутренней политики Козелецкой РГА, Н. Бондаренко
"""
    return finish([
        received(t, 3, "mx.i.ua", "91.198.36.14", sid="8C9D0E1F2A"),
        "Date: " + rfc_date(t),
        "From: " + addr("Сектор ВП", "kozelets-vp@i.ua", "windows-1251", "B"),
        "To: " + UVP,
        "Subject: " + H("Козелецкая РГА информация открытое правительство", "windows-1251", "B"),
        "Message-ID: " + mid_web(m, t, "i.ua"),
        "X-Mailer: I.UA Mail",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=windows-1251",
        "Content-Transfer-Encoding: quoted-printable",
    ], encode_body(text, "windows-1251", "quoted-printable"))


KEY = {"class": "personal_address", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "meta.ua mail from the Public Council secretary's private box: web resource (3), forum (4), the public discussion of the plan's execution (15); the body also names УВП twice, once as addressee and once in a complaint.",
       "items": [{"measure": 3, "source": "body"},
                 {"measure": 4, "source": "body"},
                 {"measure": 15, "source": "body"}]}


@mail("pa05-gromrada", KEY)
def _(m):
    t = D(2013, 3, 29, 17, 1, 33)
    text = """Шановні працівники управління з питань внутрішньої політики!

Надсилаю з особистої пошти, бо скринька Громадської ради переповнена.

Громадська рада при облдержадміністрації інформує про виконання заходів Плану, виконавцем яких її визначено.

Веб-ресурс «Чернігівська громада» працює з грудня 2012 року; Громадська рада забезпечує наповнення розділів «Новини громадських організацій» та «Анонси» (за І квартал – 58 матеріалів), модерацію здійснюють 2 члени ради на громадських засадах.

Інтернет-форум з обговорення актуальних питань життєдіяльності області запущено на базі веб-ресурсу 15 березня 2013 року; наразі відкрито 7 тематичних розділів, зареєстровано 146 користувачів.

Громадське обговорення виконання плану заходів «Відкритий уряд» за 2012 рік проведено на розширеному засіданні Громадської ради 21.02.2013 (присутні 34 особи, у т.ч. представники УВП та 6 райдержадміністрацій); резолюцію надамо на паперовому носії.

Окремо звертаю увагу, що Управління з питань внутрішньої політики розміщує анонси на форумі без погодження з модераторами — просимо врегулювати.

З повагою
Віктор Жук, відповідальний секретар Громадської ради при облдержадміністрації
"""
    html = "<html><body>" + "".join("<p>%s</p>" % esc_html(p) for p in text.split("\n\n")) + "</body></html>"
    b = m.bnd("plain", 1)
    body = multipart(b, [tpart(text, "utf-8", "base64"),
                         tpart(html, "utf-8", "base64", "html")], preamble=None)
    return finish([
        received(t, 5, "smtp.meta.ua", "194.0.131.12", sid="9D0E1F2A3B"),
        "Date: " + rfc_date(t),
        "From: " + addr("Віктор Жук", "zhuk.v.m@meta.ua", "utf-8", "B"),
        "To: " + UVP,
        "Subject: " + H("Інформація Громадської ради (веб-ресурс, форум)", "utf-8", "B"),
        "Message-ID: " + mid_web(m, t, "webmail.meta.ua"),
        "X-Mailer: META.UA webmail",
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="%s"' % b,
    ], body)


# ================================================================ 8. mixed (mx)

import struct
import zlib


def png(w, h, pixel):
    """A small PNG made with the standard library (the letterhead emblem of mx03)."""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Late forward by the district's general department: a cover note plus the specialist's own mail from a private ukr.net box as message/rfc822, whose docx table (rows 1, 6, 9, 12 with content; 7 «—», 10 bare) is the report; the inner body only asks to pass it on.",
       "items": [{"measure": 1, "source": "Борзна_ВУ_1півр.docx"},
                 {"measure": 6, "source": "Борзна_ВУ_1півр.docx"},
                 {"measure": 9, "source": "Борзна_ВУ_1півр.docx"},
                 {"measure": 12, "source": "Борзна_ВУ_1півр.docx"}]}


@mail("mx01-borzna", KEY)
def _(m):
    t = D(2013, 6, 18, 10, 22, 3)
    ti = D(2013, 6, 17, 22, 10, 41)
    rows = [
        ("1", "Веб-сайт райдержадміністрації наповнюється згідно з вимогами Закону України «Про доступ до публічної інформації»; оновлено розділ «Регуляторна політика», розміщено 9 проектів регуляторних актів."),
        ("6", "Проведено 2 консультації з громадськістю: щодо проекту Програми розвитку сільського господарства району на 2013–2015 роки (12.03.2013) та щодо реорганізації Борзнянської ЦРЛ (24.04.2013)."),
        ("7", "—"),
        ("9", "Члени громадської ради залучались до обговорення проекту розпорядження «Про районну програму оздоровлення та відпочинку дітей у 2013 році»."),
        ("10", "не проводились"),
        ("12", "Громадська експертиза діяльності сектору містобудування та архітектури РДА (ГО «Борзнянське віче»), травень 2013 року; 3 пропозиції враховано."),
    ]
    doc = html_doc("<p align=center><b>Інформація Борзнянської районної державної адміністрації про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року</b></p>"
                   "<table><tr><th>№</th><th>Інформація</th></tr>%s</table>"
                   % "".join("<tr><td>%s</td><td>%s</td></tr>" % (a, esc_html(b)) for a, b in rows))
    data = office("mx01-borzna", "docx", doc)
    inner_html = ("<div>Тетяно Іванівно, ось таблиця по відкритому уряду, перешліть будь ласка в УВП завтра зранку, бо в мене з дому на їхню адресу не йде.</div>"
                  "<div><br></div><div>Гордієнко</div>")
    bi = m.bnd("ukrnet", 1)
    inner = finish([
        "Received: from frv33.fwdcdn.com (frv33.fwdcdn.com [212.42.77.33])\n\tby mail.borzna-rda.example.gov.ua; " + rfc_date(ti + _dt.timedelta(seconds=4)),
        "Date: " + rfc_date(ti),
        "From: " + addr("Світлана Гордієнко", "hordiienko.s@ukr.net", "utf-8", "B"),
        "To: rda-borzna@example.gov.ua",
        "Subject: " + H("інфа ВУ", "utf-8", "B"),
        "Message-Id: " + mid_web(m, ti, "frv33.ukr.net"),
        "X-Mailer: FREEMAIL.UKR.NET",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % bi,
    ], multipart(bi, [
        tpart(inner_html, "utf-8", "base64", "html", quote_cs=False),
        m.att(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Борзна_ВУ_1півр.docx", "bfold", "utf-8"),
    ], preamble=None))
    plain = """Пересилаємо інформацію Борзнянської РДА щодо виконання плану заходів «Відкритий уряд» (з урахуванням продовження терміну, наш лист від 14.06).

Загальний відділ апарату РДА
Т.І. Бойко
"""
    b = m.bnd("outlook", 0)
    body = multipart(b, [
        tpart(plain, "windows-1251", "quoted-printable"),
        part(["Content-Type: message/rfc822", "Content-Transfer-Encoding: 7bit",
              "Content-Disposition: attachment"], inner),
    ])
    return finish([
        received(t, 5, "mail.borzna-rda.example.gov.ua", "194.44.171.8", sid="0E1F2A3B4C"),
        "From: " + addr("Загальний відділ Борзнянської РДА", "rda-borzna@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + Hr("FW: інфа ВУ", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "borzna"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Office Outlook 11",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
        thread_index(m),
    ], body)


KEY = {"class": "mixed", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Correction in Thunderbird: a new wording of п. 9 on top, «Решта інформації – без змін», and the unit's earlier report quoted below with «>» (items 1, 6, 8, 9, 12 there must not count).",
       "items": [{"measure": 9, "source": "body"}]}


@mail("mx02-ekolohiia", KEY)
def _(m):
    t = D(2013, 12, 10, 11, 11, 41)
    earlier = """Управління екології та природних ресурсів облдержадміністрації інформує:
п. 1 – на сторінці управління на сайті ОДА розміщено екологічний паспорт області за 2012 рік та оновлено розділ «Дозвільна діяльність»;
п. 6 – проведено консультації з громадськістю щодо проекту Регіональної програми охорони навколишнього природного середовища (10.10.2013);
п. 8 – голова комітету з екологічних питань Громадської ради введений до складу колегії управління;
п. 9 – проект Програми поводження з твердими побутовими відходами обговорено 21.11.2013;
п. 12 – не проводились.

Ірина Олешко"""
    text = ("""Шановні колеги!

Просимо вважати правильною таку редакцію інформації за пунктом 9 (у листі від 05.12.2013 помилково вказано дату засідання і назву програми):

п. 9 – проект Регіональної програми охорони навколишнього природного середовища на 2014–2016 роки обговорено за участю членів Громадської ради при облдержадміністрації на засіданні комітету з екологічних питань 28.11.2013 (а не 21.11); пропозиції громадськості (6) узагальнено, 4 враховано.

Решта інформації – без змін.

05.12.2013 14:02, Управління екології пише:
""" + quote_gt(earlier) + "\n\n-- \nІрина Олешко, головний спеціаліст\nУправління екології та природних ресурсів ОДА, тел. 67-45-12\n")
    return finish([
        received(t, 3, "ekolohiia.example.gov.ua", "194.44.160.91", sid="1F2A3B4C5D"),
        "Message-ID: " + mid_tb(m, "example.gov.ua"),
        "Date: " + rfc_date(t),
        "From: " + addr("Управління екології", "ekolohiia@example.gov.ua", "UTF-8"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
        "MIME-Version: 1.0",
        "To: " + UVP,
        "Subject: " + H("Уточнення: інформація Управління екології (п. 9)", "UTF-8"),
        "References: <52A06F1E.2090308@example.gov.ua>",
        "In-Reply-To: <52A06F1E.2090308@example.gov.ua>",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
    ], flow(text).encode("utf-8"))


KEY = {"class": "mixed", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word-generated HTML (Outlook 2010, multipart/related) with an inline letterhead image001.png referenced by cid, plus a plain twin; run-in labels «Сайт:», «Консультації:», «Колегія:» instead of numbers.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail("mx03-kultura", KEY)
def _(m):
    t = D(2013, 6, 13, 16, 45, 20)
    img = keep("mx03-kultura", "png", png(48, 48, lambda x, y: (0, 87, 183) if y < 24 else (255, 215, 0)))
    plain = """Управління культури і туризму облдержадміністрації
вул. Комсомольська, 15, м. Чернігів, 14000

Управління культури і туризму облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує:

Сайт: на веб-сторінці управління створено розділ «Культурна спадщина: реєстр пам'яток», розміщено звіт про виконання обласної програми розвитку культури за 2012 рік.

Консультації: 17.04.2013 проведено консультації з громадськістю щодо проекту Програми розвитку культури і туризму області на 2013–2016 роки (участь взяли 46 представників громадських організацій і творчих спілок).

До складу експертної ради з питань охорони культурної спадщини при управлінні включено 3 представників громадських організацій.

Колегія: голову комітету з гуманітарної політики Громадської ради при облдержадміністрації введено до складу колегії управління (наказ від 11.03.2013 № 42).

Заступник начальника управління   О.П. Сердюк
"""
    html = mso_html(plain, ver="14").replace(
        "<div class=WordSection1>\n",
        "<div class=WordSection1>\n<p class=MsoNormal><img width=48 height=48 id=\"Рисунок_x0020_1\" src=\"cid:image001.png@01CE6845.5A9B3C20\" alt=\"Герб\"><o:p></o:p></p>\n")
    br = m.bnd("outlook", 1)
    ba = m.bnd("outlook", 2)
    alt = mp_part("alternative", ba, [tpart(plain, "windows-1251", "quoted-printable"),
                                     tpart(html, "windows-1251", "quoted-printable", "html")])
    img_part = part(['Content-Type: image/png;\n\tname="image001.png"',
                     "Content-Transfer-Encoding: base64",
                     "Content-ID: <image001.png@01CE6845.5A9B3C20>"], b64lines(img))
    m.files.append("image001.png")
    body = multipart(br, [alt, img_part])
    return finish([
        received(t, 4, "kultura.example.gov.ua", "194.44.160.40", sid="2A3B4C5D6E"),
        "From: " + addr("Управління культури і туризму", "kultura@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("Управління культури і туризму – Відкритий уряд, І півріччя", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/related;\n\ttype="multipart/alternative";\n\tboundary="%s"' % br,
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index(m),
        "Content-Language: uk",
    ], body)


KEY = {"class": "mixed", "executor": "rda-korop", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Cover note and RTF attachment report different measures: the body adds the working group (10) «not in the table», the RTF gives Пункт 1, 6, 7, 9 and a bare «Не проводились» for 12.",
       "items": [{"measure": 1, "source": "Korop_VU_2pivr.rtf"},
                 {"measure": 6, "source": "Korop_VU_2pivr.rtf"},
                 {"measure": 7, "source": "Korop_VU_2pivr.rtf"},
                 {"measure": 9, "source": "Korop_VU_2pivr.rtf"},
                 {"measure": 10, "source": "body"}]}


@mail("mx04-korop", KEY)
def _(m):
    t = D(2013, 12, 12, 10, 10, 10)
    data = keep("mx04-korop", "rtf", rtf([
        "**ІНФОРМАЦІЯ",
        "**Коропської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади за ІІ півріччя 2013 року",
        "Пункт 1. На офіційному веб-сайті райдержадміністрації у вересні запущено нову версію сторінки «Звернення громадян» з електронною формою звернення, оновлено розділ «Бюджет».",
        "Пункт 6. Проведено консультації з громадськістю щодо проекту районного бюджету на 2014 рік (громадські слухання 26.11.2013) та щодо реорганізації мережі дошкільних закладів (10.10.2013).",
        "Пункт 7. До складу ради з питань безпечної життєдіяльності населення включено голову громадської ради при райдержадміністрації.",
        "Пункт 9. Члени громадської ради обговорили проект розпорядження «Про районну програму „Турбота“ на 2014 рік».",
        "Пункт 12. Не проводились.",
        "Головний спеціаліст відділу організаційної роботи та інформаційної діяльності апарату райдержадміністрації Т. Мисник",
    ]))
    plain = """Добрий день!

Надсилаємо інформацію Коропської РДА за ІІ півріччя 2013 року (у вкладенні, формат rtf).

Крім того, в таблицю не потрапило: за рекомендацією райдержадміністрації громадська рада на засіданні 24.10.2013 утворила робочу групу з питань відкритості та прозорості діяльності органу влади (голова групи – Лисенко О.П.).

Т. Мисник
"""
    b = m.bnd("outlook", 0)
    body = multipart(b, [
        tpart(plain, "windows-1251", "quoted-printable"),
        m.att(data, "application/msword", "Korop_VU_2pivr.rtf", "ascii"),
    ])
    return finish([
        received(t, 4, "mail.korop-rda.example.gov.ua", "194.44.161.37", sid="3B4C5D6E7F"),
        "From: " + addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251"),
        "To: <%s>" % UVP,
        "Subject: " + H("звіт ВГ 2 півр. Короп", "windows-1251", "B"),
        "Date: " + rfc_date(t),
        "Message-ID: " + mid_outlook(m, "korop-rda.example.gov.ua"),
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft Office Outlook 11",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
        thread_index(m),
    ], body)


KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Late mail (last grace day) from a CDO script: raw 8-bit windows-1251 Subject, a text/plain part with no charset and an HTML part labelled koi8-r whose bytes are windows-1251; «Щодо пунктів 1, 6 та 12» is one running block covering three measures, then «П. 7».",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("mx05-nizhyn", KEY)
def _(m):
    t = D(2013, 12, 18, 17, 52, 8)
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Ніжинська райдержадміністрація вибачається за несвоєчасне подання інформації та повідомляє про виконання Плану заходів за ІІ півріччя 2013 року.

Щодо пунктів 1, 6 та 12 плану: на офіційному веб-сайті райдержадміністрації у жовтні створено розділ «Відкритий уряд», де розміщуються плани консультацій та звіти про їх проведення; у ІІ півріччі проведено 3 консультації з громадськістю (щодо проекту бюджету на 2014 рік, щодо оптимізації мережі шкіл, щодо тарифів на теплопостачання); громадською радою проведено громадську експертизу діяльності управління соціального захисту населення райдержадміністрації, за її результатами затверджено план заходів (розпорядження від 29.11.2013 № 377).

П. 7 – представники громадськості включені до складу 2 новостворених дорадчих органів: ради з питань сім'ї та молоді, опікунської ради.

Голова райдержадміністрації     В.І. Дорошенко
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            + "\n".join("<p>%s</p>" % esc_html(p) for p in plain.split("\n\n")) + "</body></html>\n")
    b = m.bnd("outlook", 0)
    body = multipart(b, [
        part(["Content-Type: text/plain", "Content-Transfer-Encoding: 8bit"], plain.encode("windows-1251")),
        part(['Content-Type: text/html; charset="koi8-r"', "Content-Transfer-Encoding: 8bit"], html.encode("windows-1251")),
    ])
    return finish([
        received(t, 6, "nizhyn-rda.example.gov.ua", "194.44.169.4", sid="4C5D6E7F80"),
        "Thread-Topic: ".encode("ascii") + "Ніжинська РДА - інформація (із запізненням)".encode("windows-1251"),
        "From: <rda-nizhyn@example.gov.ua>",
        "To: <%s>" % UVP,
        "Subject: ".encode("ascii") + "Ніжинська РДА - інформація (із запізненням)".encode("windows-1251"),
        "Date: " + rfc_date(t),
        "Message-ID: <%s@nizhyn-rda.example.gov.ua>" % m.h("mid", 24).upper(),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
        "X-Mailer: Microsoft CDO for Windows 2000",
        "Content-Class: urn:content-classes:message",
    ], body)


# ================================================================ checks and output

DEADLINES = [_dt.date(2012, 12, 15), _dt.date(2013, 6, 15), _dt.date(2013, 12, 15)]
GRACE = 3
REASONS = {None, "question", "invitation", "thanks", "announcement", "extension_request", "promise"}


def period_of(day):
    for i, dl in enumerate(DEADLINES):
        if day <= dl:
            return i + 1, False
        if day <= dl + _dt.timedelta(days=GRACE):
            return i + 1, True
    return None, False


def check(name, key, raw, files):
    errs = []
    prefix = name[:2]
    if key.get("class") != CLASSES.get(prefix):
        errs.append("class %r does not fit prefix %r" % (key.get("class"), prefix))
    for f in ("class", "executor", "period", "late", "kind", "reason", "note", "items"):
        if f not in key:
            errs.append("key lacks %s" % f)
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    if pairs != sorted(pairs):
        errs.append("items not sorted")
    if len(set(pairs)) != len(pairs):
        errs.append("items not unique")
    for i in items:
        if not (1 <= i["measure"] <= 16) or set(i) != {"measure", "source"}:
            errs.append("bad item %r" % i)
        if i["source"] != "body" and i["source"] not in files:
            errs.append("source %r not in the mail (%r)" % (i["source"], files))
    if key["kind"] == "not_report" and (items or key["reason"] is None):
        errs.append("not_report needs a reason and no items")
    if key["kind"] == "report" and key["reason"] is not None:
        errs.append("report with a reason")
    if key["reason"] not in REASONS:
        errs.append("unknown reason")
    hdr = email.parser.BytesHeaderParser().parsebytes(raw)
    d = email.utils.parsedate_to_datetime(hdr["Date"]).astimezone(KYIV)
    per, late = period_of(d.date())
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late %r/%r but Date says %r/%r" % (key["period"], key["late"], per, late))
    recs = hdr.get_all("Received") or []
    if not recs:
        errs.append("no Received header")
    else:
        rd = email.utils.parsedate_to_datetime(recs[0].split(";")[-1].strip().split(" (")[0])
        delta = (rd - d).total_seconds()
        if not (0 < delta <= 30) or rd.astimezone(KYIV).date() != d.date():
            errs.append("Received %s is not a few seconds after Date" % rd)
    if errs:
        raise SystemExit("%s: %s" % (name, "; ".join(errs)))


def main():
    only = sys.argv[1:]
    seen = set()
    total = 0
    for name, key, fn in MAILS:
        assert name not in seen, name
        seen.add(name)
        if only and name not in only:
            continue
        m = Msg(name)
        raw = fn(m)
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        check(name, key, raw, m.files)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(key, ensure_ascii=False, indent=2) + "\n")
        total += 1
    print("wrote %d mails" % total)


if __name__ == "__main__":
    main()
