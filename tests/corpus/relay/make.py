#!/usr/bin/env python3
"""Builds the `relay` corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Mail that passes through several hands and through time: forwards of forwards, secretaries'
covering notes, re-sent letters with supplements, replies to zvit's reminder and receipt,
late reports, auto-replies.

Python 3 standard library only.  Each mail is a KEY literal (written first) directly above
its builder.  Office attachments are written here as CSV (sheets) or HTML (documents) into
attachments/src/ and converted once with LibreOffice; the converted files are kept in
attachments/ and reused (attachments/manifest.json holds the hash of each source), so a
second run reproduces the same bytes without soffice.

    python3 make.py            build every NAME.eml and NAME.expected.json, check the keys
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
WORK = "/tmp/relay-work"
KYIV = ZoneInfo("Europe/Kyiv")
UVP = "uvp@cg.ukrtel.net"
PLAN_TOML = "/work/main/config/plan.toml"

# ---------------------------------------------------------------------------------------
# The plan, as plan.toml gives it (copied so that make.py stands alone; checked against
# plan.toml when that file is present).

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
           "korop", "koriukivka", "kulykivka", "mena", "nizhyn", "novhorod-siverskyi",
           "nosivka", "pryluky", "ripky", "semenivka", "sosnytsia", "sribne", "talalaivka",
           "chernihiv", "shchors"]:
    EXECUTORS["rda-" + _d] = ["rda-%s@example.gov.ua" % _d]
REGISTERED = {a for v in EXECUTORS.values() for a in v}

EXECUTOR_NAME = {
    "rda-korop": "Коропська районна державна адміністрація",
    "rda-kulykivka": "Куликівська районна державна адміністрація",
    "rda-kozelets": "Козелецька районна державна адміністрація",
    "rda-sosnytsia": "Сосницька районна державна адміністрація",
    "rda-nizhyn": "Ніжинська районна державна адміністрація",
    "su-kultura": "Управління культури і туризму облдержадміністрації",
    "su-zhkh": "Управління житлово-комунального господарства облдержадміністрації",
    "gromrada": "Громадська рада при облдержадміністрації",
}
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
              "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

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

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}


def period_of(day):
    """(period, late) for a Kyiv calendar day, per the brief and plan.toml; None outside."""
    if day < APPROVED:
        return None
    for i, dl in enumerate(DEADLINES):
        if day <= dl:
            return i + 1, False
        if day <= dl + dt.timedelta(days=GRACE_DAYS):
            return i + 1, True
    return None


# ---------------------------------------------------------------------------------------
# MIME building blocks.  Everything is assembled with "\n" and turned into CRLF at the end;
# every part is 7bit/8bit text, quoted-printable or base64, so no raw binary is touched.

class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = []
        for name, value in self.headers:
            out.append(("%s: %s\n" % (name, value)).encode("ascii"))
        out.append(b"\n")
        if self.parts is None:
            out.append(self.body)
            if not self.body.endswith(b"\n"):
                out.append(b"\n")
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for p in self.parts:
                out.append(b"\n--" + self.boundary.encode() + b"\n")
                out.append(p.render())
            out.append(b"\n--" + self.boundary.encode() + b"--\n")
        return b"".join(out)


def qp(data):
    """Quoted-printable, lines of at most 76 characters, "\n" line ends."""
    lines = []
    for line in data.split(b"\n"):
        line = line.rstrip(b"\r")
        enc = []
        for i, b in enumerate(line):
            if 33 <= b <= 126 and b != 61:
                enc.append(chr(b))
            elif b in (32, 9) and i < len(line) - 1:
                enc.append(chr(b))
            else:
                enc.append("=%02X" % b)
        cur = ""
        for e in enc:
            if len(cur) + len(e) > 75:
                lines.append(cur + "=")
                cur = ""
            cur += e
        lines.append(cur)
    return "\n".join(lines).encode("ascii")


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)).encode("ascii") + b"\n"


def encode_body(data, cte):
    if cte == "quoted-printable":
        return qp(data)
    if cte == "base64":
        return b64(data)
    if cte in ("8bit", "7bit"):
        for line in data.split(b"\n"):
            assert len(line) < 990, "8bit line too long: %r" % line[:60]
        if cte == "7bit":
            data.decode("ascii")
        return data
    raise ValueError(cte)


def enc_word(s, charset, mode="B", limit=75):
    """RFC 2047 encoded words, folded with "\n ", never splitting a character."""
    words, cur = [], ""

    def render(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
        q = ""
        for b in raw:
            if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) or b in b"!*+-/":
                q += chr(b)
            elif b == 32:
                q += "_"
            else:
                q += "=%02X" % b
        return "=?%s?Q?%s?=" % (charset, q)

    for ch in s:
        if cur and len(render(cur + ch)) > limit:
            words.append(render(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(render(cur))
    return "\n ".join(words)


def rfc2231(param, s, charset="utf-8", chunk=39):
    """param*0*=charset''...; param*1*=... (continuations, percent-encoded)."""
    raw = s.encode(charset)
    pieces, cur, count = [], "", 0
    for ch in s:
        enc = "".join(c if (c.isascii() and (c.isalnum() or c in ".-_")) else
                      "".join("%%%02X" % b for b in c.encode(charset)) for c in ch)
        if cur and count + len(ch.encode(charset)) > chunk:
            pieces.append(cur)
            cur, count = "", 0
        cur += enc
        count += len(ch.encode(charset))
    pieces.append(cur)
    assert raw
    if len(pieces) == 1:
        return "%s*=%s''%s" % (param, charset, pieces[0])
    out = []
    for i, p in enumerate(pieces):
        out.append("%s*%d*=%s%s" % (param, i, ("%s''" % charset) if i == 0 else "", p))
    return ";\n ".join(out)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    data = s.replace("\r\n", "\n").encode(charset)
    ct = "text/%s; charset=\"%s\"%s" % (subtype, charset, params)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra),
                encode_body(data, cte))


def raw_text(data, ctype, cte, extra=()):
    """A text part whose bytes and label are given separately (mislabelled charsets)."""
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra),
                encode_body(data, cte))


def multi(subtype, parts, boundary, params="", preamble=None, extra=()):
    ct = "multipart/%s;%s\n\tboundary=\"%s\"" % (subtype, params, boundary)
    return Part([("Content-Type", ct)] + list(extra), parts=parts, boundary=boundary,
                preamble=preamble)


def attach(data, ctype, name_params, disp_params=None, cte="base64", extra=(), inline=False):
    """An attachment. name_params goes after the content type (e.g. 'name="x.pdf"'),
    disp_params after the disposition (e.g. 'filename="x.pdf"')."""
    hdrs = [("Content-Type", "%s;\n\t%s" % (ctype, name_params) if name_params else ctype),
            ("Content-Transfer-Encoding", cte)]
    hdrs += list(extra)
    disp = "inline" if inline else "attachment"
    hdrs.append(("Content-Disposition",
                 "%s;\n\t%s" % (disp, disp_params) if disp_params else disp))
    return Part(hdrs, encode_body(data, cte))


def message_part(inner_bytes, extra=(), cte="7bit"):
    return Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", cte)]
                + list(extra), inner_bytes)


def headers_block(pairs):
    return "".join("%s: %s\n" % (n, v) for n, v in pairs).encode("ascii")


def inner_message(pairs, root):
    """A complete message (headers + MIME tree) for embedding as message/rfc822."""
    return headers_block(pairs) + root.render()


# ---------------------------------------------------------------------------------------
# Text helpers.

def wrap(s, width=76, prefix=""):
    out = []
    for line in s.split("\n"):
        if not line.strip():
            out.append(prefix.rstrip() if prefix else "")
            continue
        m = re.match(r"^(\s*(?:[-–•]\s+|п\.\s?\d+\s+-\s+|\d+\)\s|[а-я]\)\s)?)", line)
        lead = re.match(r"^\s*", line).group(0)
        hang = " " * len(m.group(1)) if m and m.group(1).strip() else lead
        w = textwrap.wrap(line, width=width - len(prefix), initial_indent="",
                          subsequent_indent=hang, break_long_words=False,
                          break_on_hyphens=False, drop_whitespace=True)
        if lead and w and not w[0].startswith(lead):
            w[0] = lead + w[0]
        out.extend(prefix + x for x in w)
    return "\n".join(out)


def flowed(s, width=72):
    """format=flowed: soft breaks keep a trailing space."""
    out = []
    for line in s.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def quote(s, prefix="> ", width=74):
    out = []
    for line in wrap(s, width).split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(s, style=""):
    st = ' style="%s"' % style if style else ""
    return "\n".join("<p%s>%s</p>" % (st, esc(p).replace("\n", "<br>\n")) if p.strip()
                     else "<p%s>&nbsp;</p>" % st for p in s.split("\n\n"))


def word_html(inner, charset="windows-1251", generator="Microsoft Word 12 (filtered medium)"):
    return """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=%s">
<meta name=Generator content="%s">
<style><!--
 /* Font Definitions */
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri","sans-serif";
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang=UK link=blue vlink=purple>
<div class=WordSection1>
%s
</div>
</body>
</html>
""" % (charset, generator, inner)


def mso(s):
    """Word's paragraphs: one MsoNormal paragraph per line, empty lines as &nbsp;."""
    out = []
    for line in s.split("\n"):
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(line) if line.strip() else "&nbsp;"))
    return "\n".join(out)


def reminder(executor, deadline, today, missing, overdue=False, partial=False):
    """zvit's reminder, rendered from reminder.txt.j2."""
    s = "Шановні колеги!\n\n"
    if overdue:
        s += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану)."
              % (deadline, PLAN_TITLE))
    else:
        s += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно "
              "надати до %s на адресу електронної пошти %s." % (PLAN_TITLE, deadline, UVP))
    s += "\n\n"
    if partial:
        s += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося "
              "зарахувати відомості щодо пунктів, наведених нижче." % today)
    else:
        s += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів "
              "плану:" % (today, executor))
    s += "\n"
    for n in missing:
        s += "\n  %d. %s\n" % (n, M[n])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити "
          "графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна "
          "також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або "
          "окремим документом, зазначивши номери пунктів плану.\n\n")
    s += ("Просимо надати інформацію невідкладно." if overdue
          else "Просимо дотримуватися встановленого терміну.")
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо "
          "вважати його недійсним.\n\nЗ повагою\n" + OFFICE + "\n")
    return s


def receipt(received, subject, executor, period, deadline, recognised, missing, late=False):
    """zvit's receipt, rendered from receipt.txt.j2."""
    s = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\n"
         % (OFFICE, received, subject))
    s += "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s)." % (
        executor, period, deadline)
    if late:
        s += "\nЛист надійшов після встановленого терміну; інформацію враховано як подану із запізненням."
    s += "\n\n"
    if recognised:
        s += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, excerpt in recognised:
            s += "  • пункт %d: %s\n" % (n, excerpt)
    else:
        s += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    s += "\n"
    if missing:
        s += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for n in missing:
            s += "  %d. %s\n" % (n, M[n])
    s += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на "
          "адресу %s.\n\nЗ повагою\n%s\n" % (UVP, OFFICE))
    return s


# ---------------------------------------------------------------------------------------
# Office attachments: CSV / HTML sources converted once with LibreOffice.

FILTERS = {
    "xls": 'xls:MS Excel 97', "xlsx": 'xlsx:Calc MS Excel 2007 XML', "ods": "ods",
    "doc": 'doc:MS Word 97', "docx": 'docx:MS Word 2007 XML', "odt": "odt",
    "rtf": 'rtf:Rich Text Format', "pdf": "pdf:writer_pdf_Export",
}


def _manifest():
    p = os.path.join(ATT, "manifest.json")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            return json.load(f)
    return {}


def _save_manifest(m):
    with open(os.path.join(ATT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def office(stem, fmt, source):
    """Bytes of attachments/STEM.FMT, converted from the CSV/HTML source when missing or
    when the source changed."""
    kind = "csv" if fmt in ("xls", "xlsx", "ods") else "html"
    os.makedirs(SRC, exist_ok=True)
    src = os.path.join(SRC, "%s.%s" % (stem, kind))
    data = source.encode("utf-8")
    if not os.path.exists(src) or open(src, "rb").read() != data:
        with open(src, "wb") as f:
            f.write(data)
    out = os.path.join(ATT, "%s.%s" % (stem, fmt))
    digest = hashlib.sha256(data + fmt.encode()).hexdigest()
    man = _manifest()
    if not os.path.exists(out) or man.get(os.path.basename(out)) != digest:
        conv = os.path.join(WORK, "conv")
        os.makedirs(conv, exist_ok=True)
        cmd = ["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % WORK]
        if kind == "csv":
            cmd += ["--infilter=CSV:44,34,76,1"]
        else:
            cmd += ["--infilter=HTML (StarWriter)"]
        cmd += ["--convert-to", FILTERS[fmt], "--outdir", conv, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(conv, "%s.%s" % (stem, fmt))
        shutil.move(produced, out)
        man[os.path.basename(out)] = digest
        _save_manifest(man)
    with open(out, "rb") as f:
        blob = f.read()
    assert len(blob) < 60 * 1024, "%s is %d bytes" % (out, len(blob))
    return blob


def doc_html(body, title="", lang="uk"):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html lang="%s"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>%s</title>
<style>
body { font-family: "Times New Roman", serif; font-size: 14pt; }
p { margin: 0 0 6pt 0; text-align: justify; }
td, th { font-family: "Times New Roman", serif; font-size: 12pt; vertical-align: top; border: 1px solid #000; padding: 2pt 4pt; }
table { border-collapse: collapse; }
</style></head>
<body>
%s
</body></html>
""" % (lang, esc(title), body)


def csv_rows(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in ',"\n') or c != c.strip():
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


def png_emblem(w=44, h=52):
    """A small PNG (a blue-and-yellow shield) for Word HTML's inline image."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            inside = (abs(x - w / 2) < w / 2 - 2) and (y < h * 0.6 or abs(x - w / 2) < (h - y) * 0.9)
            if not inside:
                row += bytes((255, 255, 255))
            elif y < h * 0.45:
                row += bytes((0, 87, 183))
            else:
                row += bytes((255, 215, 0))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------
# Whole messages.

RELAYS = {
    "example.gov.ua": "mail.example.gov.ua (mail.example.gov.ua [195.24.150.38])",
    "example.org.ua": "smtp.example.org.ua (smtp.example.org.ua [91.202.128.17])",
    "gmail.com": "mail-we0-f179.google.com (mail-we0-f179.google.com [74.125.82.179])",
    "ukr.net": "frv190.fwdcdn.com (frv190.fwdcdn.com [212.42.77.190])",
    "i.ua": "mx9.i.ua (mx9.i.ua [91.198.36.22])",
    "meta.ua": "smtp2.meta.ua (smtp2.meta.ua [194.0.131.43])",
}


def kyiv(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfcdate(d):
    return email.utils.format_datetime(d)


def msgid(style, name, d, domain):
    """A Message-ID in the shape each client makes."""
    h = hashlib.sha1((name + style).encode()).hexdigest()
    t = d.strftime("%Y%m%d%H%M%S")
    unix = int(d.timestamp())
    ft = "cd" if d.year == 2012 else "ce"          # FILETIME's high bytes in 2012 / 2013
    if style == "outlook":                        # Outlook 2007/2010; 2003 too, with a host
        return "<00%s01%s%s$%s$%s$@%s>" % (h[:2], ft, h[2:6], h[6:14], h[14:22], domain)
    if style == "oe":
        return "<00%s01%s%s$%s$%s@%s>" % (h[:2], ft, h[2:6], h[6:14], "6401a8c0", "pc" + h[14:18])
    if style == "thunderbird":
        return "<%08X.%d@%s>" % (unix, 1000000 + int(h[:6], 16) % 9000000, domain)
    if style == "bat":
        return "<%d.%s@%s>" % (int(h[:8], 16) % 1000000000, t, domain)
    if style == "gmail":
        return "<CA%s+%s=%s@mail.gmail.com>" % (h[:10].upper(), h[10:22].upper(), h[22:30])
    if style == "apple":
        u = h.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    if style == "freemail":
        return "<%d.%s.%d@frv190.fwdcdn.com>" % (unix, h[:5], int(h[5:9], 16))
    if style == "opera":
        return "<op.w%s@%s>" % (h[:14], "rda-pc")
    return "<%s.%s@%s>" % (t, h[:12], domain)


def compose(name, date, frm, subject, root, to=UVP, style="outlook", extra=(), pre=(),
            relay=None, cc=None, mid=None):
    d = kyiv(date)
    addr = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    domain = addr.split("@")[1]
    seconds = 3 + int(hashlib.md5(name.encode()).hexdigest(), 16) % 9
    rec = d + dt.timedelta(seconds=seconds)
    assert rec.date() == d.date()
    qid = hashlib.md5(("q" + name).encode()).hexdigest()[:10].upper()
    received = ("from %s\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                % (relay or RELAYS[domain], qid, UVP, rfcdate(rec)))
    hdrs = [("Received", received)] + list(pre)
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", subject), ("Date", rfcdate(d)),
             ("Message-ID", mid or msgid(style, name, d, domain)), ("MIME-Version", "1.0")]
    hdrs += list(extra)
    data = headers_block(hdrs) + root.render()
    data = re.sub(rb"\r?\n", b"\r\n", data)
    return data


MAILS = []


def mail(key):
    def deco(fn):
        MAILS.append((fn.__name__, dict(key), fn))
        return fn
    return deco


def from_(display, addr, charset="windows-1251", mode="B"):
    if not display:
        return addr
    if all(ord(c) < 128 for c in display):
        return '"%s" <%s>' % (display, addr)
    return "%s <%s>" % (enc_word(display, charset, mode), addr)


def subj(s, charset="windows-1251", mode="B"):
    if all(ord(c) < 128 for c in s):
        return s
    return enc_word(s, charset, mode)


# =======================================================================================
# ph — placeholder
# =======================================================================================

KEY = {"class": "placeholder", "executor": "rda-nosivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The general department forwards the deputy head's table inline; the sheet has a row for all 16 measures and only 1, 6, 7 carry text — the rest are dashes, «без змін», «немає», a bare «+».",
       "items": [{"measure": 1, "source": "звіт_відкритий_уряд_Носівка.xls"},
                 {"measure": 6, "source": "звіт_відкритий_уряд_Носівка.xls"},
                 {"measure": 7, "source": "звіт_відкритий_уряд_Носівка.xls"}]}


@mail(KEY)
def ph01():
    rows = [
        ["Інформація Носівської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року", "", "", ""],
        ["", "", "", ""],
        ["№ пункту плану", "Зміст заходу (скорочено)", "Відповідальні", "Інформація про виконання"],
        ["1", "Наповнення та функціонування офіційних сайтів", "СП ОДА, РДА", "На офіційному веб-сайті райдержадміністрації оновлено розділи «Регуляторна діяльність» та «Доступ до публічної інформації», створено підрозділ «Звернення громадян»; інформація оновлюється щоденно."],
        ["2", "Рубрики на сайті ОДА", "СП ОДА", "—"],
        ["3", "Веб-ресурс «Чернігівська громада»", "УВП, ГР", "—"],
        ["4", "Інтернет-форум", "УВП, ГР", "—"],
        ["5", "«Гаряча лінія» голови ОДА", "УВП, відділ звернень", "—"],
        ["6", "Консультації з громадськістю (постанова КМУ № 996)", "СП ОДА, РДА", "Проведено 3 консультації з громадськістю у формі публічного громадського обговорення: щодо проекту районного бюджету на 2013 рік (22.01.2013), проекту Програми розвитку фізичної культури і спорту на 2013–2016 роки (14.03.2013), звіту голови райдержадміністрації (25.04.2013)."],
        ["7", "Залучення ІГС до дорадчо-консультативних органів", "СП ОДА, РДА", "До складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій та координаційної ради з питань розвитку підприємництва включено 4 представники громадських організацій району."],
        ["8", "Голови комітетів ГР у складі колегій", "СП ОДА", "—"],
        ["9", "Залучення членів громадських рад до обговорення проектів", "СП ОДА, РДА", "без змін"],
        ["10", "Комісії (робочі групи) з питань відкритості", "УВП, РДА", "немає"],
        ["11", "«Дні відкритих дверей»", "УВП", "—"],
        ["12", "Громадські експертизи", "СП ОДА, РДА", "+"],
        ["13", "Навчальні семінари", "УВП, ЦППК", "—"],
        ["14", "Методичні посібники", "УВП", "—"],
        ["15", "Громадське обговорення виконання плану", "УВП", "—"],
        ["16", "Надання інформації до УВП", "СП ОДА, РДА", "Інформацію надано"],
        ["", "", "", ""],
        ["Заступник голови райдержадміністрації", "", "", "О.П.Кравець"],
    ]
    xls = office("ph01_nosivka", "xls", csv_rows(rows))
    fname = "звіт_відкритий_уряд_Носівка.xls"
    body = flowed(
        "Добрий день!\n\n"
        "Пересилаю звіт від Ольги Петрівни щодо виконання Плану заходів (Відкритий уряд) за І півріччя 2013 р., таблиця у вкладенні.\n\n"
        "З повагою\n"
        "Лідія Сахно, загальний відділ апарату Носівської райдержадміністрації\n"
        "тел. (04642) 2-13-58\n\n"
        "-------- Перенаправлене повідомлення --------\n"
        "Тема: \tзвіт відкритий уряд І півріччя\n"
        "Дата: \tTue, 11 Jun 2013 09:58:02 +0300\n"
        "Від: \tОльга Кравець <kravets.olga@ukr.net>\n"
        "Кому: \tЗагальний відділ <rda-nosivka@example.gov.ua>\n\n\n\n"
        "Ліда, відправ будь ласка в область на uvp@cg.ukrtel.net, табличку доробила. Там де не наші пункти - поставила прочерки.\n"
        "О.П.\n")
    root = multi("mixed", [
        text(body, charset="UTF-8", cte="8bit", params="; format=flowed"),
        attach(xls, "application/vnd.ms-excel", 'name="%s"' % enc_word(fname, "UTF-8"),
               rfc2231("filename", fname, "UTF-8")),
    ], "------------070108020903040506070809", preamble="This is a multi-part message in MIME format.")
    return compose("ph01", "2013-06-11 10:42:15",
                   from_("Загальний відділ Носівської РДА", "rda-nosivka@example.gov.ua", "UTF-8"),
                   "Fwd: " + subj("звіт відкритий уряд І півріччя", "UTF-8"), root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
                          ("Content-Language", "uk")])


KEY = {"class": "placeholder", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML table in the body with a row for each of the 16 measures: «х» for the ones not the district's, «—», «-», a bare «Не проводились» for 10 — but 12's «громадські антикорупційні експертизи не проводились» names what was not done and counts.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def ph02():
    rows = [
        ("1", "Інформаційне наповнення та функціонування офіційного веб-сайту", "У ІІ півріччі 2013 року на офіційному веб-сайті райдержадміністрації розміщено 214 інформаційних матеріалів, створено рубрику «Громадське обговорення», забезпечено оприлюднення проектів розпоряджень голови райдержадміністрації."),
        ("2", "Рубрики на сайті облдержадміністрації", "х"),
        ("3", "Веб-ресурс «Чернігівська громада»", "х"),
        ("4", "Інтернет-форум", "х"),
        ("5", "«Гаряча лінія» голови облдержадміністрації", "х"),
        ("6", "Консультації з громадськістю", "—"),
        ("7", "Залучення представників ІГС до дорадчо-консультативних органів", "До складу робочої групи з питань легалізації заробітної плати та районної ради з питань безпечної життєдіяльності населення включено голову та члена громадської ради при райдержадміністрації."),
        ("8", "Голови комітетів Громадської ради у складі колегій", "х"),
        ("9", "Обговорення проектів за участю членів громадської ради", "-"),
        ("10", "Комісія (робоча група) з питань відкритості та прозорості", "Не проводились"),
        ("11", "«Дні відкритих дверей»", "х"),
        ("12", "Громадські експертизи", "Запитів від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності райдержадміністрації у звітному періоді не надходило, громадські антикорупційні експертизи проектів розпоряджень не проводились."),
        ("13", "Навчальні семінари", "х"),
        ("14", "Методичні посібники", "х"),
        ("15", "Громадське обговорення виконання плану", "х"),
        ("16", "Надання інформації", "Інформація надається щопівроку"),
    ]
    trs = []
    for n, what, info in rows:
        trs.append("""<tr>
<td width=40 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>%s<o:p></o:p></p></td>
<td width=220 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>
<td width=380 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>
</tr>""" % (n, esc(what), esc(info)))
    inner = (mso("Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
                 "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» Бобровицька районна державна адміністрація надає інформацію станом на 10.12.2013:\n")
             + "\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
             + """<tr>
<td width=40 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><b>№<o:p></o:p></b></p></td>
<td width=220 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><b>Захід<o:p></o:p></b></p></td>
<td width=380 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><b>Стан виконання<o:p></o:p></b></p></td>
</tr>
""" + "\n".join(trs) + "\n</table>\n"
             + mso("\nКеруючий справами апарату райдержадміністрації                    В.В.Гуз\n\n"
                   "Виконавець: Кириченко Л.М., (04632) 2-14-09"))
    html = word_html(inner)
    root = text(html, "html", "windows-1251", "quoted-printable")
    return compose("ph02", "2013-12-12 14:05:33",
                   from_("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"),
                   subj("Інформація про виконання плану заходів Відкритий уряд (Бобровицька РДА)"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                          ("Thread-Index", "Ac73MnW4tGQ1Yc2YR1iBn0o9kS2ZNg=="),
                          ("Content-Language", "uk")])


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Late reply (17 June) to zvit's overdue reminder, which is quoted below with the full text of measures 6, 9, 12; the returned sheet (its name lists «пп 6 9 12») fills 6 and puts «без змін» and «—» against 9 and 12.",
       "items": [{"measure": 6, "source": "Культура_пп_6_9_12.xlsx"}]}


@mail(KEY)
def ph03():
    rows = [
        ["Управління культури і туризму облдержадміністрації", "", ""],
        ["№ пункту плану", "Зміст пункту плану", "Інформація про виконання"],
        ["6", M[6], "У березні–травні 2013 року управлінням проведено публічне громадське обговорення проекту Програми розвитку культури і туризму області на 2013–2015 роки та консультації з творчими спілками щодо проведення фестивалю «Слов’янське коло»; за результатами враховано 7 пропозицій."],
        ["9", M[9], "без змін"],
        ["12", M[12], "—"],
    ]
    xlsx = office("ph03_kultura", "xlsx", csv_rows(rows))
    fname = "Культура_пп_6_9_12.xlsx"
    quoted = reminder(EXECUTOR_NAME["su-kultura"], "15.06.2013", "17.06.2013", [6, 9, 12],
                      overdue=True, partial=True)
    top = ("Добрий день.\n\nНадсилаємо заповнену таблицю по пунктах, зазначених у нагадуванні.\n\n"
           "З повагою,\nНаталія Гриценко\nвідділ культурно-освітньої роботи\n"
           "управління культури і туризму облдержадміністрації\n(0462) 67-52-19\n\n")
    hdr = ("От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \nОтправлено: 17 июня 2013 г. 8:05\n"
           "Кому: kultura@example.gov.ua\nТема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n\n")
    plain = top + hdr + quoted
    html_inner = (mso(top.rstrip("\n")) +
                  "\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                  "<p class=MsoNormal><b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>От:</span></b>"
                  "<span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br>"
                  "<b>Отправлено:</b> 17 июня 2013 г. 8:05<br><b>Кому:</b> kultura@example.gov.ua<br>"
                  "<b>Тема:</b> Нагадування: інформація про виконання Плану заходів (Відкритий уряд)<o:p></o:p></span></p>\n</div></div>\n"
                  + mso(quoted))
    html = word_html(html_inner, generator="Microsoft Word 14 (filtered medium)")
    root = multi("mixed", [
        multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                              text(html, "html", "windows-1251", "quoted-printable")],
              "----=_NextPart_001_0011_01CE6B36.9A1E3C40"),
        attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               'name="%s"' % enc_word(fname, "windows-1251"),
               'filename="%s"' % enc_word(fname, "windows-1251")),
    ], "----=_NextPart_000_0010_01CE6B36.9A1E3C40", preamble="This is a multipart message in MIME format.")
    return compose("ph03", "2013-06-17 11:20:47",
                   from_("Гриценко Наталія", "kultura@example.gov.ua"),
                   "RE: " + subj("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                          ("Thread-Index", "AQHOaxiYqk2bF9Kk8kK+6oYbx3vV5pk0a7xg"),
                          ("Content-Language", "ru"),
                          ("In-Reply-To", "<zvit-reminder-2-su-kultura-20130617@cg.ukrtel.net>")])


KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A report «за IV квартал 2012 року» apologising for missing the 15.12 deadline, but dated 21.12.2012 — after the grace window, so period 2 and not late; of its six items only 1 and 10 say anything, 6 is a bare «не проводились», 7 «без змін», 9 «-», 12 «немає».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def ph04():
    body = (
        "Управлiння з питань внутрiшньої полiтики\n"
        "та зв'язкiв з громадськiстю облдержадмiнiстрацiї\n"
        "\n"
        "Вих. N 01-09/2251 вiд 20.12.2012\n"
        "\n"
        "Вибачте за затримку з поданням iнформацiї (термiн був до 15.12.2012).\n"
        "Рiпкинська райдержадмiнiстрацiя iнформує про виконання Плану заходiв\n"
        "з пiдвищення рiвня вiдкритостi та прозоростi дiяльностi виконавчої\n"
        "влади в областi у рамках реалiзацiї Iнiцiативи \"Партнерство \"Вiдкритий\n"
        "уряд\" за IV квартал 2012 року:\n"
        "\n"
        "п.1  - на офiцiйному веб-сайтi райдержадмiнiстрацiї створено роздiл\n"
        "       \"Вiдкритий уряд\", оновлено рубрики \"Нормативнi документи\" та\n"
        "       \"Звернення громадян\"; iнформацiя оновлюється щотижня;\n"
        "п.6  - не проводились;\n"
        "п.7  - без змiн;\n"
        "п.9  - -\n"
        "п.10 - при громадськiй радi при райдержадмiнiстрацiї рiшенням вiд\n"
        "       12.12.2012 N 4 створено робочу групу з питань вiдкритостi та\n"
        "       прозоростi дiяльностi органу влади у складi 5 осiб;\n"
        "п.12 - немає.\n"
        "\n"
        "\n"
        "Перший заступник голови\n"
        "райдержадмiнiстрацiї                              В.I.Кулик\n"
        "\n"
        "Виконавець: Мороз Т.С., (04641) 2-14-73\n"
        "\n"
        "-- \n"
        "З повагою,\n"
        " Рiпкинська РДА                          mailto:rda-ripky@example.gov.ua\n")
    # The clerk types the Latin "i" for the Ukrainian "і" (a Russian keyboard layout habit);
    # KOI8-U, no guillemets, no "№" — "N" instead.
    root = text(body, "plain", "koi8-u", "8bit")
    return compose("ph04", "2012-12-21 09:14:06",
                   from_("Рiпкинська РДА", "rda-ripky@example.gov.ua", "koi8-u", "Q"),
                   subj("Iнформацiя про виконання плану заходiв (вiдкритий уряд) за 2012 рiк", "koi8-u", "Q"),
                   root, style="bat",
                   extra=[("X-Mailer", "The Bat! (v5.0.34) Professional"),
                          ("Reply-To", "rda-ripky@example.gov.ua"),
                          ("X-Priority", "3 (Normal)")])


KEY = {"class": "placeholder", "executor": "su-mistobuduvannia", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Empty body, everything in an .ods with a row for every measure: «х», «—», an empty cell, «не стосується», a bare «не проводились» and «+» against 16; only 1, 6 and 8 say what was done. Sent two days after the deadline.",
       "items": [{"measure": 1, "source": "Інформація_УМА_ІІ_півріччя_2013.ods"},
                 {"measure": 6, "source": "Інформація_УМА_ІІ_півріччя_2013.ods"},
                 {"measure": 8, "source": "Інформація_УМА_ІІ_півріччя_2013.ods"}]}


@mail(KEY)
def ph05():
    rows = [
        ["Інформація управління містобудування та архітектури облдержадміністрації про хід виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року", "", ""],
        ["№ пункту Плану", "Виконавець", "Інформація про виконання"],
        ["1", "СП ОДА, РДА", "На сторінці управління на офіційному веб-сайті облдержадміністрації розміщено схеми планування територій Бахмацького та Ніжинського районів, оновлено розділ «Містобудівна документація»."],
        ["2", "СП ОДА", "не стосується"],
        ["3", "УВП, ГР", "х"],
        ["4", "УВП, ГР", "х"],
        ["5", "УВП", "х"],
        ["6", "СП ОДА, РДА", "Громадські слухання щодо проекту Схеми планування території Чернігівської області (внесення змін) проведено 19.11.2013 за участю 63 осіб."],
        ["7", "СП ОДА, РДА", "—"],
        ["8", "СП ОДА", "Голову комітету з питань містобудування, ЖКГ та екології Громадської ради при облдержадміністрації (за згодою) включено до складу колегії управління (наказ від 04.10.2013 № 57)."],
        ["9", "СП ОДА, РДА", "не проводились"],
        ["10", "УВП, РДА", "х"],
        ["11", "УВП", "х"],
        ["12", "СП ОДА, РДА", ""],
        ["13", "УВП, ЦППК", "х"],
        ["14", "УВП", "х"],
        ["15", "УВП", "х"],
        ["16", "СП ОДА, РДА", "+"],
    ]
    ods = office("ph05_mistobuduvannia", "ods", csv_rows(rows))
    fname = "Інформація_УМА_ІІ_півріччя_2013.ods"
    root = multi("mixed", [
        text("", "plain", "windows-1251", "7bit"),
        attach(ods, "application/octet-stream", 'name="%s"' % enc_word(fname, "windows-1251"),
               'filename="%s"' % enc_word(fname, "windows-1251")),
    ], "----=_NextPart_000_0007_01CEFB4E.1C7D2A90", preamble="This is a multi-part message in MIME format.")
    return compose("ph05", "2013-12-17 16:31:12",
                   from_("УМтаА ОДА", "mistobuduvannia@example.gov.ua"),
                   subj("Інформація УМА за ІІ півріччя"), root, style="oe",
                   extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                          ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])

# =======================================================================================
# bp — bottom_post
# =======================================================================================

KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply written below zvit's «>»-quoted receipt (which lists 1 and 6 as recognised and 7, 9, 10, 12 as still expected): new text corrects 6, adds 7, only points back at the earlier table for 9 and 12, and promises 10.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail(KEY)
def bp01():
    rc = receipt("11.06.2013", "Інформація Козелецької РДА про виконання плану",
                 "Козелецька районна державна адміністрація", 2, "15.06.2013",
                 [(1, "На офіційному веб-сайті райдержадміністрації оновлено розділ «Публічна інформація», створено…"),
                  (6, "Проведено 3 консультації з громадськістю: обговорення проекту районного бюджету на 2013 рік…")],
                 [7, 9, 10, 12])
    new = ("Доброго дня.\n\n"
           "По п. 6 у нас в листі помилка - консультацій проведено не 3, а 4: ще 28.05.2013 проведено громадське обговорення проекту Програми розвитку туризму в Козелецькому районі на 2013-2015 роки (18 учасників, 5 пропозицій).\n\n"
           "По п. 7 - до складу районної комісії з питань захисту прав дитини та опікунської ради при райдержадміністрації включено по одному представнику ГО \"Козелецька ініціатива\".\n\n"
           "Пункти 9 і 12 були у нашому листі від 11.06 (таблиця, рядки 4 і 6), прошу переглянути.\n\n"
           "По п.10 інформацію надамо додатково до 14.06.\n\n"
           "-- \nЗ повагою, Ірина Шевчук\nсектор з питань внутрішньої політики\nКозелецької райдержадміністрації\n(04646) 2-17-40\n")
    body = "11.06.2013 16:02, uvp@cg.ukrtel.net пише:\n" + quote(rc) + "\n\n" + flowed(new)
    root = text(body, "plain", "UTF-8", "8bit", params="; format=flowed")
    return compose("bp01", "2013-06-13 15:47:29",
                   from_("Козелецька РДА", "rda-kozelets@example.gov.ua", "UTF-8"),
                   "Re: " + subj("Підтвердження отримання: Інформація Козелецької РДА про виконання плану", "UTF-8"),
                   root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
                          ("In-Reply-To", "<zvit-receipt-2-rda-kozelets-20130611@cg.ukrtel.net>"),
                          ("References", "<zvit-receipt-2-rda-kozelets-20130611@cg.ukrtel.net>")])


KEY = {"class": "bottom_post", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Ukrainian UI) reply typed between the lines of zvit's reminder, no «>»: the answer under quoted item 2 (sent «для розміщення в рубриці») and under 9 count; 8 is «не стосується», 12 a dash; the quoted measure texts themselves are not answers.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def bp02():
    full = reminder(EXECUTOR_NAME["su-zhkh"], "15.06.2013", "10.06.2013", [2, 8, 9, 12])
    answers = {
        2: "Інформацію про хід виконання Регіональної програми реформування і розвитку житлово-комунального господарства на 2013–2015 роки за І квартал 2013 року направлено до Головного управління економіки облдержадміністрації для розміщення в рубриці «Хід виконання цільових програм» (лист від 18.04.2013 № 04-08/611).",
        8: "Не стосується – колегія в управлінні не утворена.",
        9: "Проект Програми підвищення енергоефективності та енергозбереження у житлово-комунальному господарстві на 2013–2017 роки 23.05.2013 розглянуто за участю членів комітету з питань ЖКГ Громадської ради при облдержадміністрації, їхні пропозиції (4) враховано.",
        12: "–",
    }
    # interleave: put each answer right after its quoted item
    head, rest = full.split("\n\n  2. ", 1)
    parts = re.split(r"\n\n  (\d+)\. ", "\n\n  2. " + rest)
    # parts: ['', '2', 'text...', '8', 'text', ...]; the last chunk holds the tail
    quoted_items = []
    tail = ""
    for i in range(1, len(parts), 2):
        n = int(parts[i])
        chunk = parts[i + 1]
        if "\n\nДля зручності" in chunk:
            chunk, tail = chunk.split("\n\nДля зручності", 1)
            tail = "Для зручності" + tail
        quoted_items.append((n, chunk.strip()))
    top = ("Доброго дня! Відповіді – нижче, під кожним пунктом.\n\n"
           "Олег Бондар,\nголовний спеціаліст відділу економіки та реформування ЖКГ\n"
           "управління житлово-комунального господарства облдержадміністрації\nтел. 67-21-85\n\n")
    hdr_lines = ["Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ",
                 "Надіслано: 10 червня 2013 р. 8:05",
                 "Кому: zhkh@example.gov.ua",
                 "Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)"]
    plain = top + "\n".join(hdr_lines) + "\n\n" + head + "\n"
    for n, t in quoted_items:
        plain += "\n  %d. %s\n%s\n" % (n, t, answers[n])
    plain += "\n" + tail
    blue = "color:#1F497D"
    h = mso(top.rstrip("\n"))
    h += ("\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
          "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:</span></b>"
          "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br>"
          "<b>Надіслано:</b> 10 червня 2013 р. 8:05<br><b>Кому:</b> zhkh@example.gov.ua<br>"
          "<b>Тема:</b> Нагадування: інформація про виконання Плану заходів (Відкритий уряд)<o:p></o:p></span></p>\n</div></div>\n")
    h += mso(head) + "\n"
    for n, t in quoted_items:
        h += "<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n<p class=MsoNormal>&nbsp;&nbsp;%d. %s<o:p></o:p></p>\n" % (n, esc(t))
        h += ("<p class=MsoNormal><b><i><span style='%s'>%s<o:p></o:p></span></i></b></p>\n" % (blue, esc(answers[n])))
    h += "<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n" + mso(tail)
    html = word_html(h)
    root = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")],
                 "----=_NextPart_000_0042_01CE68E7.5B1C2D70")
    return compose("bp02", "2013-06-14 10:26:51",
                   from_("Бондар Олег", "zhkh@example.gov.ua"),
                   "RE: " + subj("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                          ("Thread-Index", "Ac5o0dJ6pQ9m1W3kRZKc2b1n8Bq0xQ=="),
                          ("Content-Language", "uk"),
                          ("In-Reply-To", "<zvit-reminder-2-su-zhkh-20130610@cg.ukrtel.net>")])


KEY = {"class": "bottom_post", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply to the district's own letter of 09.12 (quoted in a blockquote with 1, 6, 7, 9 and «п. 10, 12 – інформація буде надана додатково»); the supplement written below it answers only 10 and 12.",
       "items": [{"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp03():
    old = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
           "Вих. № 02-18/1167 від 09.12.2013\n\n"
           "Щорська райдержадміністрація на виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує:\n\n"
           "п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Громадське обговорення», щотижня оновлюються новини та розділ «Публічна інформація»;\n"
           "п. 6 – проведено 2 консультації з громадськістю (громадські слухання щодо проекту районного бюджету на 2014 рік, обговорення проекту Програми розвитку освіти);\n"
           "п. 7 – до складу районної координаційної ради з питань протидії туберкульозу включено 2 представників громадських організацій;\n"
           "п. 9 – члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту районного бюджету на 2014 рік;\n"
           "п. 10, 12 – інформація буде надана додатково.\n\n"
           "Голова райдержадміністрації   В.П.Сорока")
    new = ("Доповнення до листа від 09.12.2013 № 02-18/1167:\n\n"
           "п. 10 – громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності райдержадміністрації (лист від 26.11.2013 № 02-18/1102); на засіданні ради 11.12.2013 таку групу утворено у складі 3 осіб.\n\n"
           "п. 12 – громадська антикорупційна експертиза проекту розпорядження голови райдержадміністрації «Про затвердження Порядку надання адміністративних послуг» проведена ГО «Щорське земляцтво», 3 зауваження враховано.\n\n"
           "Прошу вважати лист від 09.12 разом з цим доповненням повною інформацією.\n\n"
           "Начальник відділу організаційної роботи та внутрішньої політики апарату РДА\nС.М.Гайдамаха")
    attribution = "09.12.2013 10:12, Щорська РДА написав:"
    plain = attribution + "\n" + quote(old, width=72) + "\n\n" + wrap(new, 76) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n</head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>%s</p>\n<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">\n'
            '<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n%s\n</blockquote>\n%s\n</body></html>\n'
            % (esc(attribution), paras_html(old), paras_html(new)))
    root = multi("alternative", [text(plain, "plain", "UTF-8", "quoted-printable", params="; format=flowed"),
                                 text(html, "html", "UTF-8", "quoted-printable")],
                 "=_4c0e1f5d7a6b28e2a9c3e5d1f0b7a412")
    return compose("bp03", "2013-12-13 11:05:40",
                   from_("Щорська РДА", "rda-shchors@example.gov.ua", "UTF-8", "Q"),
                   "Re: " + subj("Інформація Щорської РДА про виконання плану заходів", "UTF-8", "Q"),
                   root, style="roundcube",
                   extra=[("User-Agent", "Roundcube Webmail/0.9.5"),
                          ("X-Sender", "rda-shchors@example.gov.ua"),
                          ("In-Reply-To", "<20131209101201.5e8a1c@example.gov.ua>")])


KEY = {"class": "bottom_post", "executor": "rda-sosnytsia", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 (Russian UI) with «-----Исходное сообщение-----» quoting the overdue reminder's six items, the answer in Russian below it; 7 is «без изменений», 10 says the working group exists (in place), 12 names the expertises that were not held.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp04():
    rem = reminder("Сосницька районна державна адміністрація", "15.12.2013", "16.12.2013",
                   [1, 6, 7, 9, 10, 12], overdue=True)
    new = ("Добрый день. Извините за задержку, информация ниже.\n\n"
           "Пункт 1: на официальном веб-сайте райгосадминистрации создан раздел «Открытое правительство», ежемесячно обновляется раздел «Доступ к публичной информации».\n"
           "Пункт 6: 28.11.2013 проведены общественные слушания по проекту районного бюджета на 2014 год (присутствовали 41 человек), 05.12.2013 – встреча с жителями с. Спасское по вопросам благоустройства.\n"
           "Пункт 7: без изменений.\n"
           "Пункт 9: проект районной программы развития малого предпринимательства на 2014–2015 годы обсужден с участием членов общественного совета при райгосадминистрации 10.12.2013.\n"
           "Пункт 10: рабочая группа по вопросам открытости и прозрачности действует в составе общественного совета с ноября 2012 года, состав не менялся.\n"
           "Пункт 12: общественные экспертизы не проводились, запросов от институтов гражданского общества не поступало.\n\n"
           "С уважением,\nВалентина Осадчая\nведущий специалист сектора по вопросам внутренней политики\nСосницкой РГА\n(04655) 2-15-36\n")
    body = ("\n\n-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
            "Отправлено: 16 декабря 2013 г. 8:05\nКому: rda-sosnytsia@example.gov.ua\n"
            "Тема: Нагадування: минув термін подання інформації (Відкритий уряд)\n\n"
            + rem + "\n\n" + new)
    root = text(body, "plain", "windows-1251", "base64")
    return compose("bp04", "2013-12-17 09:33:18",
                   from_("Осадчая Валентина", "rda-sosnytsia@example.gov.ua"),
                   "RE: " + subj("Нагадування: минув термін подання інформації (Відкритий уряд)"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                          ("Thread-Index", "Ac76+qUq0bT3TzGjSbO0oO7I1WZ6Bw=="),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
                          ("In-Reply-To", "<zvit-reminder-3-rda-sosnytsia-20131216@cg.ukrtel.net>")])


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The department forwards its own letter of 03.12 (Outlook 2003 «-----Original Message-----», items 1, 6, 9, 12) and writes below it «прошу вважати вірною цю редакцію п. 9» plus a supplement on 8: only the new 8 and 9 count.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def bp05():
    old = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
           "Управління освіти і науки облдержадміністрації на виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформує:\n\n"
           "п. 1 – на офіційному сайті управління оновлено розділи «Громадська рада» та «Зовнішнє незалежне оцінювання», розміщено 17 проектів наказів;\n"
           "п. 6 – 19.11.2013 проведено громадське обговорення проекту Концепції розвитку мережі загальноосвітніх навчальних закладів області;\n"
           "п. 9 – члени громадської ради при управлінні освіти і науки взяли участь в обговоренні проекту Програми «Обдарована молодь» на 2014–2016 роки;\n"
           "п. 12 – громадські експертизи не проводились.\n\n"
           "Заступник начальника управління                          Л.В.Остапенко\n")
    new = ("Прошу вважати вірною цю редакцію п. 9 (у листі від 03.12.2013 допущено помилку):\n\n"
           "п. 9 – проект регіональної програми «Обдарована молодь» на 2014–2016 роки 14.11.2013 винесено на громадське обговорення; до обговорення залучено членів Громадської ради при облдержадміністрації (комітет з питань освіти, науки та молодіжної політики), надійшло 6 пропозицій, 4 з них враховано.\n\n"
           "Доповнюємо також інформацію по п. 8: голову комітету з питань освіти, науки та молодіжної політики Громадської ради при облдержадміністрації введено до складу колегії управління освіти і науки (наказ від 22.11.2013 № 412).\n\n"
           "Л.В.Остапенко\n")
    body = ("\n\n-----Original Message-----\nFrom: osvita@example.gov.ua [mailto:osvita@example.gov.ua] \n"
            "Sent: Tuesday, December 03, 2013 4:41 PM\nTo: uvp@cg.ukrtel.net\n"
            "Subject: Інформація управління освіти і науки (Відкритий уряд)\n\n" + old + "\n" + new)
    root = text(body, "plain", "windows-1251", "quoted-printable")
    return compose("bp05", "2013-12-05 12:18:44",
                   from_("Управління освіти і науки", "osvita@example.gov.ua"),
                   "FW: " + subj("Інформація управління освіти і науки (Відкритий уряд) - уточнення"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                          ("Thread-Index", "Ac7wGx3aZqk0ZQ9rSdy7y3XJ1mN2bQAAXy5w"),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])

# =======================================================================================
# nr — not_report
# =======================================================================================

KEY = {"class": "not_report", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Outlook out-of-office reply from the district's box seconds after zvit's reminder; it names «пп. 1, 6, 7, 9, 10, 12» and a colleague to call, and reports nothing.",
       "items": []}


@mail(KEY)
def nr01():
    msg = ("Добрий день!\n\n"
           "Я перебуваю у відпустці з 03.06.2013 по 24.06.2013.\n\n"
           "З питань підготовки інформації про виконання Плану заходів (Відкритий уряд), зокрема по пп. 1, 6, 7, 9, 10, 12, звертайтеся, будь ласка, до Ковальчук Світлани Миколаївни, тел. (04656) 2-11-34.\n\n"
           "З повагою,\nТетяна Литвин\nсектор з питань внутрішньої політики, зв’язків із засобами масової інформації та громадськістю\nКоропської райдержадміністрації\n")
    html = word_html(mso(msg.rstrip("\n")), generator="Microsoft Word 14 (filtered medium)")
    root = multi("alternative", [text(msg, "plain", "windows-1251", "quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")],
                 "_000_5C2E8D0AB1F24C6E8F0B7C3D2A1E9F54coropgovua_")
    return compose("nr01", "2013-06-10 08:05:09",
                   from_("Литвин Тетяна", "rda-korop@example.gov.ua"),
                   subj("Автоматична відповідь: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)"),
                   root, style="outlook",
                   extra=[("Auto-Submitted", "auto-replied"),
                          ("X-Auto-Response-Suppress", "All"),
                          ("X-MS-Exchange-Inbox-Rules-Loop", "rda-korop@example.gov.ua"),
                          ("X-Mailer", "Microsoft Outlook 14.0"),
                          ("In-Reply-To", "<zvit-reminder-2-rda-korop-20130610@cg.ukrtel.net>"),
                          ("Content-Language", "uk-UA")])


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "An Outlook 2003 read receipt (multipart/report, disposition-notification, Russian UI) for zvit's reminder: only «Прочитано:» and the reminder's subject; the closest allowed reason is announcement.",
       "items": []}


@mail(KEY)
def nr02():
    note = ("Ваше сообщение\n\n"
            "  Кому:      ekolohiia@example.gov.ua\n"
            "  Тема:      Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n"
            "  Отправлено:      05.12.2013 8:05\n\n"
            "было прочитано 05.12.2013 10:14.\n")
    mdn = ("Reporting-UA: ekolohiia.example.gov.ua; Microsoft Office Outlook 11\n"
           "Final-Recipient: rfc822;ekolohiia@example.gov.ua\n"
           "Original-Message-ID: <zvit-reminder-3-su-ekolohiia-20131205@cg.ukrtel.net>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    root = multi("report", [
        text(note, "plain", "windows-1251", "quoted-printable"),
        Part([("Content-Type", "message/disposition-notification")], mdn.encode("ascii")),
    ], "----=_NextPart_000_0019_01CEF19A.6D1E4C30", params=" report-type=disposition-notification;")
    return compose("nr02", "2013-12-05 10:14:37",
                   from_("Управление экологии", "ekolohiia@example.gov.ua"),
                   subj("Прочитано: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                          ("Thread-Index", "Ac7xgAm6yL3kq2rTQjOeF5v0bWl8Yw=="),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])


def ics_fold(s):
    out = []
    for line in s.split("\n"):
        raw = line.encode("utf-8")
        first = True
        while len(raw) > (75 if first else 74):
            cut = 75 if first else 74
            while cut > 0 and (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + raw[:cut])
            raw = raw[cut:]
            first = False
        out.append((b"" if first else b" ") + raw)
    return b"\n".join(out)


KEY = {"class": "not_report", "executor": "gromrada", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "A Lightning invitation (text/calendar METHOD:REQUEST plus invite.ics) from the Public Council to the public discussion of the plan's implementation (measure 15) and asking for information on 3, 4, 11, 14 — an invitation to future work, no report.",
       "items": []}


@mail(KEY)
def nr03():
    desc = ("Шановні колеги! Громадська рада при облдержадміністрації запрошує представників управління взяти участь у громадському обговоренні виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області (п. 15 Плану заходів), яке відбудеться 21 листопада 2013 року о 14:00 у малій залі облдержадміністрації. Просимо підготувати коротку інформацію щодо виконання пп. 3, 4, 11, 14 Плану та підтвердити участь до 18.11.2013.")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\nTZID:Europe/Kiev\nX-LIC-LOCATION:Europe/Kiev\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\n"
           "TZNAME:EEST\nDTSTART:19700329T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
           "TZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nTZNAME:EET\nDTSTART:19701025T040000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
           "END:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20131108T113611Z\nLAST-MODIFIED:20131108T113955Z\n"
           "DTSTAMP:20131108T113955Z\nUID:8d1f0c72-5b3e-4a9e-9d26-3f7c1e0a4b58\n"
           "SUMMARY:Громадське обговорення виконання Плану заходів «Відкритий уряд»\n"
           "ORGANIZER;RSVP=TRUE;CN=Громадська рада при ОДА;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gromrada@example.gov.ua\n"
           "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:uvp@cg.ukrtel.net\n"
           "DTSTART;TZID=Europe/Kiev:20131121T140000\nDTEND;TZID=Europe/Kiev:20131121T160000\n"
           "LOCATION:м. Чернігів\\, вул. Шевченка\\, 7\\, мала зала облдержадміністрації\n"
           "DESCRIPTION:" + desc.replace(",", "\\,").replace(";", "\\;") + "\n"
           "SEQUENCE:0\nX-MOZ-GENERATION:1\nEND:VEVENT\nEND:VCALENDAR\n")
    cal = ics_fold(ics)
    plain = ("Вас запрошено на подію:\n\n"
             "Назва: Громадське обговорення виконання Плану заходів «Відкритий уряд»\n"
             "Місце: м. Чернігів, вул. Шевченка, 7, мала зала облдержадміністрації\n"
             "Коли: четвер, 21 листопада 2013 р. 14:00 - 16:00\n"
             "Організатор: Громадська рада при ОДА <gromrada@example.gov.ua>\n\n"
             "Учасники:\nuvp@cg.ukrtel.net\n\n"
             "Опис: " + desc + "\n\n"
             "Секретар Громадської ради при облдержадміністрації Ю.Вакуленко\n")
    root = multi("mixed", [
        multi("alternative", [
            text(plain, "plain", "UTF-8", "8bit", params="; format=flowed"),
            Part([("Content-Type", "text/calendar; method=REQUEST; charset=\"UTF-8\""),
                  ("Content-Transfer-Encoding", "8bit")], cal),
        ], "------------020608040304090105020607"),
        attach(cal, "application/ics", 'name="invite.ics"', 'filename="invite.ics"'),
    ], "------------060403090008010504070108", preamble="This is a multi-part message in MIME format.")
    return compose("nr03", "2013-11-08 13:40:22",
                   from_("Громадська рада при ОДА", "gromrada@example.gov.ua", "UTF-8"),
                   subj("Запрошення: Громадське обговорення виконання Плану заходів «Відкритий уряд» @ чт 21 лис 2013 14:00 - 16:00 (uvp@cg.ukrtel.net)", "UTF-8"),
                   root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.0"),
                          ("X-Mozilla-Calendar", "Lightning 2.6.2")])


KEY = {"class": "not_report", "executor": "rda-kulykivka", "period": 1, "late": True,
       "kind": "not_report", "reason": "extension_request",
       "note": "Opera Mail reply over zvit's overdue reminder (quoted with «>»): asks to extend the term for «пп. 1, 6, 7, 9, 10, 12» to 21.12 and promises 6 and 9 after a council meeting; names measures, reports none.",
       "items": []}


@mail(KEY)
def nr04():
    rem = reminder("Куликівська районна державна адміністрація", "15.12.2012", "17.12.2012",
                   [1, 6, 7, 9, 10, 12], overdue=True)
    new = ("Шановні колеги!\n\n"
           "Просимо продовжити термін подання інформації про виконання Плану заходів по пп. 1, 6, 7, 9, 10, 12 до 21.12.2012 у зв'язку з тим, що відповідальний працівник перебуває на лікарняному. Інформацію по пп. 6 і 9 (консультації з громадськістю щодо проекту районного бюджету на 2013 рік) буде надано після засідання громадської ради, призначеного на 20.12.2012.\n\n"
           "З повагою\nО.М.Тимошенко,\nкеруючий справами апарату Куликівської райдержадміністрації\n")
    body = flowed(new) + "\nOn Mon, 17 Dec 2012 08:05:01 +0200, <uvp@cg.ukrtel.net> wrote:\n\n" + quote(rem) + "\n\n\n\n-- \nСтворено поштовим клієнтом Opera: http://www.opera.com/mail/\n"
    root = text(body, "plain", "utf-8", "8bit", params="; format=flowed; delsp=yes")
    return compose("nr04", "2012-12-17 10:52:03",
                   '"%s" <rda-kulykivka@example.gov.ua>' % enc_word("Куликівська РДА", "utf-8"),
                   "Re: " + subj("Нагадування: минув термін подання інформації (Відкритий уряд)", "utf-8"),
                   root, style="opera",
                   extra=[("User-Agent", "Opera Mail/12.12 (Win32)"),
                          ("In-Reply-To", "<zvit-reminder-1-rda-kulykivka-20121217@cg.ukrtel.net>")])


KEY = {"class": "not_report", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A forward («Пересл.:») of an internal Russian-language Outlook exchange with a Ukrainian question on top — «чи потрібно подавати інформацію щодо пунктів 2 і 8» — whose premises (no collegium, no programmes) are not reports.",
       "items": []}


@mail(KEY)
def nr05():
    top = ("Доброго дня!\n\n"
           "Пересилаю наше внутрішнє листування, щоб було зрозуміло питання.\n"
           "Чи потрібно управлінню капітального будівництва подавати інформацію щодо пунктів 2 і 8 Плану заходів? Колегію в управлінні не утворено, а цільових програм, за якими ми є головним розпорядником коштів, у 2013 році немає. Якщо потрібно – у якій формі?\n\n"
           "З повагою,\nСвітлана Дорошенко\nпровідний спеціаліст відділу кадрової та організаційної роботи\nуправління капітального будівництва облдержадміністрації\nтел. 67-30-14\n\n")
    fwd_hdr = ("От: Голуб Виктор Андреевич \nОтправлено: 27 мая 2013 г. 17:12\nКому: Дорошенко Светлана\n"
               "Тема: п. 8 плана - коллегия\n\n")
    inner = ("Светлана, уточните в УВП, нужно ли нам отвечать по п.8, у нас коллегии нет. И по рубрике «Хід виконання цільових програм» тоже спросите — мы по ней ничего не размещали.\n"
             "В.А.\n")
    plain = top + fwd_hdr + inner
    h = mso(top.rstrip("\n"))
    h += ("\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
          "<p class=MsoNormal><b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>От:</span></b>"
          "<span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Голуб Виктор Андреевич <br>"
          "<b>Отправлено:</b> 27 мая 2013 г. 17:12<br><b>Кому:</b> Дорошенко Светлана<br>"
          "<b>Тема:</b> п. 8 плана - коллегия<o:p></o:p></span></p>\n</div></div>\n") + mso(inner)
    html = word_html(h, generator="Microsoft Word 14 (filtered medium)")
    root = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")],
                 "----=_NextPart_000_0023_01CE5BB1.47A2E6F0")
    return compose("nr05", "2013-05-28 14:22:50",
                   from_("Дорошенко Светлана", "kapbud@example.gov.ua"),
                   subj("Пересл.: п. 8 плана - коллегия"), root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                          ("Thread-Index", "Ac5a+7rE0q7zBv3vQ9yq5cJ8m2y1qgAAhz3g"),
                          ("Content-Language", "ru")])

# =======================================================================================
# rg — ranges
# =======================================================================================

KEY = {"class": "ranges", "executor": "su-apk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent «на доручення начальника» by the general department with a covering list «пп. 1, 2, 6–9, 12»; the sheet's number cells are «1–2» and «6–9», each answered as one block, so 1, 2, 6, 7, 8, 9 count, while 12 is a dash and 16 a letter reference; years «2013–2015» are not ranges.",
       "items": [{"measure": 1, "source": "ГУАПР_відкритий_уряд_червень2013.xls"},
                 {"measure": 2, "source": "ГУАПР_відкритий_уряд_червень2013.xls"},
                 {"measure": 6, "source": "ГУАПР_відкритий_уряд_червень2013.xls"},
                 {"measure": 7, "source": "ГУАПР_відкритий_уряд_червень2013.xls"},
                 {"measure": 8, "source": "ГУАПР_відкритий_уряд_червень2013.xls"},
                 {"measure": 9, "source": "ГУАПР_відкритий_уряд_червень2013.xls"}]}


@mail(KEY)
def rg01():
    rows = [
        ["Інформація головного управління агропромислового розвитку облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (І півріччя 2013 року)", ""],
        ["№ пункту Плану", "Інформація про виконання"],
        ["1–2", "На офіційному веб-сайті головного управління щотижня оновлюється інформація про хід весняно-польових робіт, ціни на сільськогосподарську продукцію, державну підтримку; до рубрики «Хід виконання цільових програм» на сайті облдержадміністрації направлено звіт про виконання Програми розвитку агропромислового комплексу області на 2011–2015 роки за 2012 рік."],
        ["6–9", "У І півріччі 2013 року проведено 2 засідання громадської ради при головному управлінні; у квітні 2013 року проведено консультації з громадськістю щодо проекту Програми підтримки розвитку особистих селянських господарств на 2013–2015 роки, до обговорення залучено членів громадської ради; представників 3 аграрних громадських організацій включено до складу конкурсної комісії з відбору інвестиційних проектів; голову аграрного комітету Громадської ради при облдержадміністрації введено до складу колегії головного управління."],
        ["12", "—"],
        ["16", "Інформацію надано листом від 12.06.2013 № 07-14/1289"],
    ]
    xls = office("rg01_apk", "xls", csv_rows(rows))
    fname = "ГУАПР_відкритий_уряд_червень2013.xls"
    msg = ("Доброго дня!\n\n"
           "Надсилаємо на доручення начальника головного управління інформацію про виконання пп. 1, 2, 6–9, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (таблиця у вкладенні).\n\n"
           "Вих. № 07-14/1289 від 12.06.2013\n\n"
           "З повагою,\nзагальний відділ\nголовного управління агропромислового розвитку облдержадміністрації\n")
    html = word_html(mso(msg.rstrip("\n")), generator="Microsoft Word 14 (filtered medium)")
    root = multi("mixed", [
        multi("alternative", [text(msg, "plain", "windows-1251", "quoted-printable"),
                              text(html, "html", "windows-1251", "quoted-printable")],
              "----=_NextPart_001_0007_01CE6788.E8F4C1A0"),
        attach(xls, "application/vnd.ms-excel", 'name="%s"' % enc_word(fname, "windows-1251"),
               'filename="%s"' % enc_word(fname, "windows-1251")),
    ], "----=_NextPart_000_0006_01CE6788.E8F4C1A0", preamble="This is a multipart message in MIME format.")
    return compose("rg01", "2013-06-12 16:10:05",
                   from_("Загальний відділ ГУАПР", "apk@example.gov.ua"),
                   subj("Інформація ГУАПР (Відкритий уряд)"), root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                          ("Thread-Index", "Ac5nfJ3hTm5Qx0ZpTwWl1mJrD7o4bA=="),
                          ("Content-Language", "uk")])


KEY = {"class": "ranges", "executor": "rda-koriukivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express in KOI8-U: one paragraph answers «пп. 6-9, 12» as a block (so 8, which a district does not owe and the text never touches, counts too), 10 is answered on its own, 1 is «без змін»; decision numbers, counts and dates sit next to the ranges.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def rg02():
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n"
            '\n'
            'Корюківська районна державна адміністрація на виконання п.16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє.\n'
            '\n'
            "По пп. 6-9, 12: протягом II півріччя 2013 року проведено 5 консультацій з громадськістю (громадські слухання щодо проекту районного бюджету на 2014 рік, обговорення проекту Програми соціально-економічного розвитку району на 2014 рік та ін.), члени громадської ради при райдержадміністрації залучаються до обговорення проектів розпоряджень голови райдержадміністрації, 2 представники ГО увійшли до складу районної координаційної ради з питань сім'ї та молоді; громадською радою проведено громадську експертизу діяльності відділу освіти райдержадміністрації (пропозицій експертів - 11, враховано 9).\n"
            '\n'
            'По п. 10: робоча група з питань відкритості та прозорості працює у складі громадської ради з 14.03.2013 (рішення ради N 3), у листопаді 2013 року нею підготовлено 6 пропозицій до плану роботи громадської ради на 2014 рік.\n'
            '\n'
            'По п. 1 - без змін.\n'
            '\n'
            'Голова райдержадміністрації                               Л.Ю.Куцина\n'
            '\n'
            'Вих. N 01-21/2748 від 09.12.2013\n')
    root = text(body, "plain", "koi8-u", "quoted-printable")
    return compose("rg02", "2013-12-10 11:45:26",
                   from_("Корюківська РДА", "rda-koriukivka@example.gov.ua", "koi8-u"),
                   subj("Корюківська РДА - інформація (Відкритий уряд)", "koi8-u"),
                   root, style="oe",
                   extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                          ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")])


KEY = {"class": "ranges", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird (Russian UI) forward of the district's own letter of 03.06 («-------- Пересылаемое сообщение --------», with «п.п. 1, 6 – 9» in it) under a supplement «по пунктах з 6 по 9»: only the supplement counts, as a block of four.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def rg03():
    new = ("Доповнення до листа від 03.06.2013 № 01-12/345.\n\n"
           "Додатково по пунктах з 6 по 9 Плану: 07.06.2013 у райдержадміністрації проведено громадські слухання щодо проекту Програми розвитку малого і середнього підприємництва Менського району на 2013–2014 роки за участю членів громадської ради при райдержадміністрації (24 учасники, 8 пропозицій); до складу конкурсного комітету з визначення автомобільних перевізників на приміських маршрутах включено 2 представників громадських організацій.\n\n"
           "З повагою,\nМихайло Кисіль\nсектор з питань внутрішньої політики, зв'язків із ЗМІ та громадськістю\nапарату Менської райдержадміністрації\n")
    old = ("Менська районна державна адміністрація інформує про виконання п.п. 1, 6 – 9 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області:\n\n"
           "п. 1 — на офіційному веб-сайті райдержадміністрації оновлено розділ «Публічна інформація», розміщено 23 проекти розпоряджень;\n"
           "п.п. 6 – 9 — протягом І півріччя 2013 року проведено 3 консультації з громадськістю, члени громадської ради залучаються до обговорення проектів розпоряджень голови райдержадміністрації;\n"
           "п. 12 — громадські експертизи не проводились.\n\n"
           "Голова райдержадміністрації                    О.В.Ткаченко\n")
    body = (flowed(new) + "\n\n-------- Пересылаемое сообщение --------\n"
            "Тема: \tІнформація Менської РДА про виконання плану\n"
            "Дата: \tMon, 03 Jun 2013 15:20:44 +0300\n"
            "От: \tМенська РДА <rda-mena@example.gov.ua>\n"
            "Кому: \tuvp@cg.ukrtel.net\n\n\n\n" + flowed(old))
    root = text(body, "plain", "windows-1251", "8bit", params="; format=flowed")
    return compose("rg03", "2013-06-14 10:03:12",
                   from_("Менська РДА", "rda-mena@example.gov.ua"),
                   "Fwd: " + subj("Інформація Менської РДА про виконання плану"),
                   root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
                          ("Content-Language", "ru")])


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian-language letter and a Russian .doc whose long Cyrillic name comes in RFC 2231 continuations; the body only hands over «пп. 1, 6, 7, 9, 10, 12»; in the document «По пунктам 1 и 6» and «Пункты 7 и 9» are answered as blocks and «Пп. 10, 12 – не проводились» is a bare negation.",
       "items": [{"measure": 1, "source": "Прилуцька_РДА_інформація_відкритий_уряд_грудень_2012.doc"},
                 {"measure": 6, "source": "Прилуцька_РДА_інформація_відкритий_уряд_грудень_2012.doc"},
                 {"measure": 7, "source": "Прилуцька_РДА_інформація_відкритий_уряд_грудень_2012.doc"},
                 {"measure": 9, "source": "Прилуцька_РДА_інформація_відкритий_уряд_грудень_2012.doc"}]}


@mail(KEY)
def rg04():
    body_html = """
<p align="center"><b>ИНФОРМАЦИЯ</b><br><b>Прилукской районной государственной администрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области в рамках реализации Инициативы «Партнерство „Открытое правительство“»</b><br>(по состоянию на 12.12.2012)</p>
<p>&nbsp;</p>
<p>По пунктам 1 и 6 Плана: официальный веб-сайт райгосадминистрации приведен в соответствие с требованиями Закона Украины «О доступе к публичной информации», созданы разделы «Открытое правительство» и «Общественное обсуждение»; в IV квартале 2012 года проведено 2 консультации с общественностью – по проекту районного бюджета на 2013 год (27.11.2012) и по проекту Программы развития образования Прилукского района на 2013–2015 годы (04.12.2012).</p>
<p>Пункты 7 и 9: представители общественного совета при райгосадминистрации включены в состав районной комиссии по вопросам защиты прав ребенка и районного координационного совета по вопросам развития предпринимательства; члены общественного совета приняли участие в обсуждении проекта распоряжения председателя райгосадминистрации «Об утверждении районной программы поддержки малообеспеченных семей на 2013 год».</p>
<p>Пп. 10, 12 – не проводились.</p>
<p>&nbsp;</p>
<p>Председатель районной государственной администрации&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;А.Н.Бондарь</p>
<p>&nbsp;</p>
<p style="font-size:10pt">Лысенко 3-12-47</p>
"""
    doc = office("rg04_pryluky", "doc", doc_html(body_html, "Информация Прилукской РГА", "ru"))
    fname = "Прилуцька_РДА_інформація_відкритий_уряд_грудень_2012.doc"
    msg = ("Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
           "Направляем информацию Прилукской райгосадминистрации о выполнении Плана мероприятий (пп. 1, 6, 7, 9, 10, 12) - в приложении.\n\n"
           "С уважением,\nСергей Лысенко\nотдел организационной работы аппарата Прилукской РГА\n")
    root = multi("mixed", [
        text(flowed(msg), "plain", "KOI8-R", "8bit", params="; format=flowed"),
        attach(doc, "application/msword", 'name="%s"' % enc_word(fname, "UTF-8"),
               rfc2231("filename", fname, "UTF-8")),
    ], "------------000902030305070608010209", preamble="This is a multi-part message in MIME format.")
    return compose("rg04", "2012-12-13 15:28:41",
                   from_("Прилукская РГА", "rda-pryluky@example.gov.ua", "KOI8-R"),
                   subj("Информация Прилукской РГА - Открытое правительство", "KOI8-R"),
                   root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
                          ("Content-Language", "ru")])


KEY = {"class": "ranges", "executor": "gromrada", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "The Public Council's late (18.06) Thunderbird reply on top of zvit's «>»-quoted overdue reminder for measure 4; its sheet answers «3–4» in one cell (the web resource and the forum), while row 15 only promises a discussion in November.",
       "items": [{"measure": 3, "source": "Інформація_ГР_І_півріччя_2013.xlsx"},
                 {"measure": 4, "source": "Інформація_ГР_І_півріччя_2013.xlsx"}]}


@mail(KEY)
def rg05():
    rows = [
        ["Громадська рада при облдержадміністрації", ""],
        ["Інформація про виконання Плану заходів за І півріччя 2013 року", ""],
        ["Пункт плану", "Інформація"],
        ["3–4", "Веб-ресурс «Чернігівська громада» (gromada.cn.ua) працює з 28.11.2012, матеріали оновлюються щодня; на його базі 14.03.2013 відкрито Інтернет-форум з обговорення актуальних питань життєдіяльності області: створено 9 тематичних розділів, зареєстровано 112 учасників, модерацію здійснюють 3 члени ради."],
        ["15", "Громадське обговорення виконання Плану заходів планується провести у листопаді 2013 року."],
    ]
    xlsx = office("rg05_gromrada", "xlsx", csv_rows(rows))
    fname = "Інформація_ГР_І_півріччя_2013.xlsx"
    rem = reminder(EXECUTOR_NAME["gromrada"], "15.06.2013", "17.06.2013", [4], overdue=True)
    new = ("Доброго дня!\n\nІнформацію Громадської ради за І півріччя 2013 року додаємо (таблиця). Вибачте за затримку.\n\n"
           "-- \nЮлія Вакуленко,\nсекретар Громадської ради при облдержадміністрації\n")
    body = flowed(new) + "\n17.06.2013 08:05, uvp@cg.ukrtel.net пише:\n" + quote(rem) + "\n\n"
    root = multi("mixed", [
        text(body, "plain", "UTF-8", "8bit", params="; format=flowed"),
        attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               'name="%s"' % enc_word(fname, "UTF-8"), rfc2231("filename", fname, "UTF-8")),
    ], "------------050007010801060300090402", preamble="This is a multi-part message in MIME format.")
    return compose("rg05", "2013-06-18 12:37:55",
                   from_("Громадська рада при ОДА", "gromrada@example.gov.ua", "UTF-8"),
                   "Re: " + subj("Нагадування: минув термін подання інформації (Відкритий уряд)", "UTF-8"),
                   root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
                          ("In-Reply-To", "<zvit-reminder-2-gromrada-20130617@cg.ukrtel.net>")])

# =======================================================================================
# pr — prose
# =======================================================================================

KEY = {"class": "prose", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The document system sends the citizens' appeals department's half-year report «на доручення керівника апарату» two days after the grace window, so it falls in period 3; the PDF describes the hot line without a plan number and mentions the site only as where summaries are published.",
       "items": [{"measure": 5, "source": "03-12_1584.pdf"}]}


@mail(KEY)
def pr01():
    body_html = """
<p style="text-align:right">Додаток до листа від 19.06.2013 № 03-12/1584</p>
<p align="center"><b>Інформація відділу роботи із зверненнями громадян апарату облдержадміністрації<br>про роботу «гарячої лінії» голови облдержадміністрації у І півріччі 2013 року</b></p>
<p>Протягом січня – червня 2013 року на «гарячу лінію» голови облдержадміністрації надійшло 1 214 звернень громадян, що на 9 % більше, ніж за відповідний період минулого року. Найбільше звернень стосувалося питань житлово-комунального господарства (38 %), соціального захисту (21 %) та земельних відносин (12 %).</p>
<p>З метою підвищення доступності «гарячої лінії» з 1 квітня 2013 року розширено режим її роботи: дзвінки приймаються у робочі дні з 8.00 до 20.00, у суботу – з 9.00 до 15.00; запроваджено безкоштовний номер 0-800-50-17-40 для дзвінків з мобільних телефонів. Кожне звернення реєструється в автоматизованій системі, у строк до 3 робочих днів заявнику повідомляється, якому структурному підрозділу доручено розгляд.</p>
<p>Щотижня узагальнена інформація про звернення, що надійшли на «гарячу лінію», доповідається голові облдержадміністрації, а щомісяця узагальнення розміщується на офіційному веб-сайті облдержадміністрації в розділі «Звернення громадян».</p>
<p>Контроль за розглядом звернень здійснюється відділом: у І півріччі на контроль поставлено 486 звернень, з них вирішено позитивно 211, роз’яснено 259, перебувають на розгляді 16.</p>
<p>&nbsp;</p>
<p>Завідувач відділу роботи із зверненнями<br>громадян апарату облдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.М.Шевченко</p>
"""
    pdf = office("pr01_zvernennia", "pdf", doc_html(body_html, "Гаряча лінія"))
    msg = ("Вих. № 03-12/1584 від 19.06.2013\n"
           "Кому: Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n"
           "Від: Відділ роботи із зверненнями громадян апарату облдержадміністрації\n"
           "Зміст: Про виконання Плану заходів (Відкритий уряд) – інформація за І півріччя 2013 року\n\n"
           "Надсилаємо на доручення керівника апарату облдержадміністрації (із запізненням у зв'язку з відпусткою завідувача відділу).\n\n"
           "Додаток: 03-12_1584.pdf на 2 арк.\n\n"
           "Повідомлення сформовано системою електронного документообігу «АСКОД». Просимо не відповідати на цю адресу.\n")
    root = multi("mixed", [
        text(msg, "plain", "windows-1251", "quoted-printable"),
        attach(pdf, "application/pdf", 'name="03-12_1584.pdf"', 'filename="03-12_1584.pdf"'),
    ], "----=_NextPart_000_0001_01CE6D9E.0A3F1B20", preamble="This is a multi-part message in MIME format.")
    return compose("pr01", "2013-06-20 11:02:19",
                   from_("", "zvernennia@example.gov.ua"),
                   subj("Вих. № 03-12/1584 від 19.06.2013 Про виконання Плану заходів (Відкритий уряд)"),
                   root, style="cdo",
                   extra=[("Content-Class", "urn:content-classes:message"),
                          ("X-Mailer", "Microsoft CDO for Windows 2000"),
                          ("Importance", "normal"), ("Priority", "normal"),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4862")])


KEY = {"class": "prose", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An Apple Mail note with a .docx of headed prose and no plan numbers: the site (1), one paragraph that is both a consultation (6) and council members discussing a draft programme (9) with a passing «оприлюднено на сайті», the collegium (8) and an advisory body (7).",
       "items": [{"measure": 1, "source": "УОЗ_інформація_грудень_2013.docx"},
                 {"measure": 6, "source": "УОЗ_інформація_грудень_2013.docx"},
                 {"measure": 7, "source": "УОЗ_інформація_грудень_2013.docx"},
                 {"measure": 8, "source": "УОЗ_інформація_грудень_2013.docx"},
                 {"measure": 9, "source": "УОЗ_інформація_грудень_2013.docx"}]}


@mail(KEY)
def pr02():
    body_html = """
<p align="center"><b>ІНФОРМАЦІЯ<br>управління охорони здоров’я облдержадміністрації щодо забезпечення відкритості та прозорості діяльності<br>(ІІ півріччя 2013 року)</b></p>
<p><b><i>Офіційний веб-сайт</i></b></p>
<p>Веб-сайт управління переведено на нову платформу, створено розділи «Публічна інформація», «Громадська рада», «Вакансії», «Ліцензування»; щотижня оновлюються новини та графіки прийому громадян керівництвом управління. Забезпечено оприлюднення проектів наказів управління, що стосуються прав громадян.</p>
<p><b><i>Взаємодія з громадськістю</i></b></p>
<p>У вересні – листопаді 2013 року проведено публічне громадське обговорення проекту Концепції реформування первинної медико-санітарної допомоги в області, у якому взяли участь понад 200 осіб; матеріали обговорення оприлюднено на сайті управління. Члени Громадської ради при облдержадміністрації та громадської ради при управлінні взяли участь в обговоренні проекту Програми «Здоров’я Чернігівщини» на 2014–2018 роки, 12 їхніх пропозицій враховано.</p>
<p><b><i>Колегія управління</i></b></p>
<p>До складу колегії управління введено голову комітету з питань охорони здоров’я та соціального захисту Громадської ради при облдержадміністрації (за згодою); відповідні зміни до положення про колегію затверджено наказом управління.</p>
<p><b><i>Дорадчі органи</i></b></p>
<p>Представників громадської організації «Чернігівська мережа людей, які живуть з ВІЛ» та обласної організації Товариства Червоного Хреста включено до складу обласної координаційної ради з питань протидії туберкульозу та ВІЛ-інфекції/СНІДу.</p>
<p>&nbsp;</p>
<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.В.Коваль</p>
"""
    docx = office("pr02_zdorovia", "docx", doc_html(body_html, "Інформація УОЗ"))
    fname = "УОЗ_інформація_грудень_2013.docx"
    msg = ("Доброго дня!\n\nНаправляємо інформацію управління охорони здоров'я облдержадміністрації за ІІ півріччя 2013 р.\n\n"
           "З повагою,\nАндрій Сидоренко\nпрес-служба управління охорони здоров'я ОДА\n\n")
    root = multi("mixed", [
        text(msg, "plain", "utf-8", "quoted-printable"),
        attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               'name="%s"' % enc_word(fname, "utf-8"), rfc2231("filename", fname, "utf-8", chunk=200)),
    ], "Apple-Mail=_6E3C9A12-0B7F-4C55-9D1E-28F4A7C3B590")
    return compose("pr02", "2013-12-11 15:51:08",
                   from_("Андрій Сидоренко", "zdorovia@example.gov.ua", "utf-8", "Q"),
                   subj("Інформація УОЗ (Відкритий уряд)", "utf-8", "Q"),
                   root, style="apple",
                   extra=[("X-Mailer", "Apple Mail (2.1283)")])


KEY = {"class": "prose", "executor": "rda-horodnia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "An HTML-only Word letter (no plain twin) in three paragraphs without plan numbers, sent on 17 June: the site, meetings with residents and public hearings (with a passing «висвітлюється на веб-сайті»), and a public expertise whose proposals are being carried out.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def pr03():
    txt = ("Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
           "Щодо відкритості та прозорості діяльності\n\n"
           "Городнянська райдержадміністрація інформує, що інформаційне наповнення офіційного веб-сайту райдержадміністрації приведено у відповідність до вимог Закону України «Про доступ до публічної інформації»: створено розділи «Публічна інформація» та «Громадянське суспільство і влада», у квітні оновлено структуру сайту та форму електронного запиту.\n\n"
           "Протягом І півріччя 2013 року проведено 6 зустрічей з мешканцями сільських рад району щодо благоустрою населених пунктів та підготовки до осінньо-зимового періоду, громадські слухання щодо звіту про виконання районного бюджету за 2012 рік; інформація про проведені заходи висвітлюється на офіційному веб-сайті райдержадміністрації та в районній газеті «Новини Городнянщини».\n\n"
           "Громадською організацією «Городнянський центр громадських ініціатив» проведено громадську експертизу діяльності райдержадміністрації у сфері надання адміністративних послуг; за її результатами розроблено план заходів з реалізації пропозицій, 4 з 7 заходів уже виконано.\n\n"
           "Голова райдержадміністрації                                        А.П.Дідок\n\n"
           "Вик. Приходько О.В., 2-13-91")
    h = mso(txt)
    html = word_html(h, generator="Microsoft Word 14 (filtered medium)")
    root = text(html, "html", "windows-1251", "quoted-printable")
    return compose("pr03", "2013-06-17 10:12:33",
                   from_("Городнянська РДА", "rda-horodnia@example.gov.ua"),
                   subj("Інформація Городнянської райдержадміністрації"), root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                          ("Thread-Index", "Ac5rHn3m8t2QeDgfS8eOa4ZcVpX4qA=="),
                          ("Content-Language", "uk")])


KEY = {"class": "prose", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The retraining centre's RTF (Q-encoded name, The Bat!) tells of three seminars (13) and a guide handed to their listeners (14) in plain words; «консультації з громадськістю» is the seminars' topic, not a consultation, and the March field seminar is only planned.",
       "items": [{"measure": 13, "source": "ЦППК_семінари.rtf"},
                 {"measure": 14, "source": "ЦППК_семінари.rtf"}]}


@mail(KEY)
def pr04():
    body_html = """
<p align="center"><b>Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій</b></p>
<p align="center">Про проведення навчальних заходів з питань взаємодії з громадськістю</p>
<p>У січні – лютому 2013 року центром спільно з управлінням з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації проведено три навчальні семінари «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю, громадська експертиза» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю (24 особи), та спеціалістів районних державних адміністрацій, які безпосередньо організовують консультації (51 особа). Заняття проводили викладачі центру та представники громадських організацій області.</p>
<p>Для слухачів семінарів підготовлено та видано методичний посібник «Консультації з громадськістю: практичні поради для державного службовця» (тираж 150 примірників), який також розіслано до райдержадміністрацій.</p>
<p>У березні 2013 року планується проведення виїзного семінару у м. Ніжин для спеціалістів органів місцевого самоврядування.</p>
<p>&nbsp;</p>
<p>Директор центру&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.Г.Савенко</p>
"""
    rtf = office("pr04_cppk", "rtf", doc_html(body_html, "ЦППК"))
    fname = "ЦППК_семінари.rtf"
    msg = ("Добрий день!\n\n"
           "Надсилаємо інформацію Чернігівського центру перепідготовки та підвищення кваліфікації щодо проведених навчань (Відкритий уряд).\n\n"
           "-- \nЗ повагою,\n методист Г.І.Пархоменко                  mailto:cppk@example.gov.ua\n")
    root = multi("mixed", [
        text(msg, "plain", "windows-1251", "8bit"),
        attach(rtf, "application/rtf", 'name="%s"' % enc_word(fname, "windows-1251", "Q"),
               'filename="%s"' % enc_word(fname, "windows-1251", "Q")),
    ], "----------1A0C3F4B1D2E6A7")
    return compose("pr04", "2013-03-04 09:47:16",
                   from_("ЦППК", "cppk@example.gov.ua", "windows-1251", "Q"),
                   subj("Інформація ЦППК щодо семінарів", "windows-1251", "Q"),
                   root, style="bat",
                   extra=[("X-Mailer", "The Bat! (v4.2.44.2) Home"),
                          ("Reply-To", "cppk@example.gov.ua"), ("X-Priority", "3 (Normal)")])


KEY = {"class": "prose", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional coordinator (who owes nothing) reports in an .odt on the public discussion of the plan's implementation (15); the forum of «Чернігівська громада» and the Public Council appear only as where the discussion went on and who co-organised it.",
       "items": [{"measure": 15, "source": "Звіт_координатора_2013.odt"}]}


@mail(KEY)
def pr05():
    body_html = """
<p align="center"><b>Звіт регіонального координатора «Партнерства „Відкритий уряд“» в Чернігівській області за 2013 рік</b></p>
<p>21 листопада 2013 року в облдержадміністрації відбулося громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності влади в області, організоване регіональним координатором спільно з Громадською радою при облдержадміністрації та управлінням з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації. Участь в обговоренні взяли 54 особи, з них 31 представник громадських організацій, 9 журналістів.</p>
<p>Учасники заслухали інформацію структурних підрозділів облдержадміністрації та райдержадміністрацій про стан виконання Плану, обговорили причини невиконання окремих заходів. Обговорення тривало також на Інтернет-форумі веб-ресурсу «Чернігівська громада», де протягом тижня було розміщено 38 коментарів.</p>
<p>За результатами обговорення узагальнено 14 пропозицій, які 27.11.2013 направлено облдержадміністрації для врахування під час підготовки плану дій на 2014 рік.</p>
<p>&nbsp;</p>
<p>Регіональний координатор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.М.Левченко</p>
"""
    odt = office("pr05_ogp", "odt", doc_html(body_html, "Звіт координатора"))
    fname = "Звіт_координатора_2013.odt"
    msg = ("Шановні колеги!\n\nНадсилаю звіт регіонального координатора за 2013 рік (у вкладенні).\n\n"
           "-- \nОксана Левченко,\nрегіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n")
    root = multi("mixed", [
        text(flowed(msg), "plain", "UTF-8", "8bit", params="; format=flowed"),
        attach(odt, "application/vnd.oasis.opendocument.text",
               'name="%s"' % enc_word(fname, "UTF-8"), rfc2231("filename", fname, "UTF-8")),
    ], "------------080601040009070207030805", preamble="This is a multi-part message in MIME format.")
    return compose("pr05", "2013-11-29 16:20:41",
                   from_("Оксана Левченко", "ogp-coordinator@example.org.ua", "UTF-8"),
                   subj("Звіт регіонального координатора (Відкритий уряд)", "UTF-8"),
                   root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (X11; Linux i686; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")])

# =======================================================================================
# fn — foreign_numbers
# =======================================================================================

KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .doc numbered 1.–4. by the letter itself: «1.» happens to be about the site (measure 1), «2.» is a consultation (6), «3.» the collegium (8), «4.» names the anti-corruption expertises not held (12); order and statute numbers too.",
       "items": [{"measure": 1, "source": "УПСЗН_відкритий_уряд.doc"},
                 {"measure": 6, "source": "УПСЗН_відкритий_уряд.doc"},
                 {"measure": 8, "source": "УПСЗН_відкритий_уряд.doc"},
                 {"measure": 12, "source": "УПСЗН_відкритий_уряд.doc"}]}


@mail(KEY)
def fn01():
    body_html = """
<p>Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації</p>
<p>&nbsp;</p>
<p>На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації 10.09.2012, управління праці та соціального захисту населення облдержадміністрації інформує:</p>
<p>1. На офіційному веб-сайті управління створено розділ «Відкритий уряд», оновлено розділ «Доступ до публічної інформації», розміщено 46 інформаційних повідомлень щодо порядку надання державних соціальних допомог та пільг.</p>
<p>2. 15.11.2012 проведено консультації з громадськістю у формі круглого столу щодо проекту Програми соціальної підтримки малозахищених верств населення на 2013 рік за участю представників 3 громадських організацій інвалідів та ветеранів.</p>
<p>3. Наказом управління від 28.11.2012 № 203 голову комітету з питань соціальної політики Громадської ради при облдержадміністрації введено до складу колегії управління, внесено відповідні зміни до пункту 11 Положення про управління.</p>
<p>4. Громадські антикорупційні експертизи проектів наказів управління у звітному періоді не проводились, запитів від громадських організацій не надходило.</p>
<p>&nbsp;</p>
<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.І.Гребень</p>
<p style="font-size:10pt">Вик. Назаренко 67-48-22</p>
"""
    doc = office("fn01_sotszakhyst", "doc", doc_html(body_html, "УПСЗН"))
    fname = "УПСЗН_відкритий_уряд.doc"
    msg = ("Надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації про виконання Плану заходів (Відкритий уряд).\n\n"
           "Вих. № 05-3/4412 від 06.12.2012\n\nЗагальний відділ УПСЗН\n")
    root = multi("mixed", [
        multi("alternative", [
            text(msg, "plain", "windows-1251", "quoted-printable"),
            text('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
                 '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
                 '<META content="MSHTML 6.00.2900.6266" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n<BODY bgColor=#ffffff>\n'
                 + "\n".join("<DIV><FONT face=Arial size=2>%s</FONT></DIV>" % (esc(l) if l else "&nbsp;") for l in msg.rstrip("\n").split("\n"))
                 + "\n</BODY></HTML>\n", "html", "windows-1251", "quoted-printable"),
        ], "----=_NextPart_001_000B_01CDD465.4A7B2C10"),
        attach(doc, "application/msword", 'name="%s"' % enc_word(fname, "windows-1251"),
               'filename="%s"' % enc_word(fname, "windows-1251")),
    ], "----=_NextPart_000_000A_01CDD465.4A7B2C10", preamble="This is a multi-part message in MIME format.")
    return compose("fn01", "2012-12-07 11:33:09",
                   from_("УПСЗН ОДА", "sotszakhyst@example.gov.ua"),
                   subj("Відкритий уряд - інформація УПСЗН"), root, style="oe",
                   extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                          ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])


KEY = {"class": "foreign_numbers", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The district reports against its own plan: the sheet has a running «№ з/п», the district plan's «1.1», «2.3», «4.1» and a separate column of oblast plan numbers; two district rows map to measure 1 (one item), 9 is a dash, 12 a bare «не проводились».",
       "items": [{"measure": 1, "source": "Ічня_план_заходів_І_півріччя.xlsx"},
                 {"measure": 6, "source": "Ічня_план_заходів_І_півріччя.xlsx"},
                 {"measure": 10, "source": "Ічня_план_заходів_І_півріччя.xlsx"}]}


@mail(KEY)
def fn02():
    rows = [
        ["Інформація про виконання районного плану заходів з підвищення рівня відкритості та прозорості діяльності Ічнянської райдержадміністрації (розпорядження від 02.10.2012 № 318) за І півріччя 2013 року", "", "", "", ""],
        ["№ з/п", "№ заходу районного плану", "Пункт обласного плану", "Зміст заходу районного плану", "Стан виконання"],
        ["1", "1.1", "1", "Забезпечити наповнення офіційного веб-сайту райдержадміністрації", "Оновлено розділи «Регуляторна політика» та «Звернення громадян», на сайті розміщено 38 проектів розпоряджень голови райдержадміністрації."],
        ["2", "1.2", "1", "Забезпечити функціонування веб-сторінок сільських рад на сайті райдержадміністрації", "Веб-сторінки створено для 14 з 31 сільської ради."],
        ["3", "2.1", "6", "Проводити консультації з громадськістю", "Проведено 2 громадські слухання: щодо проекту районного бюджету на 2013 рік (17.01.2013) та щодо звіту голови райдержадміністрації (28.03.2013)."],
        ["4", "2.3", "9", "Залучати членів громадської ради до обговорення проектів розпоряджень", "—"],
        ["5", "3.2", "12", "Сприяти проведенню громадських експертиз", "не проводились"],
        ["6", "4.1", "10", "Рекомендувати громадській раді створити робочу групу з питань відкритості", "Громадській раді рекомендовано (лист від 14.02.2013 № 01-15/402) створити робочу групу з питань відкритості та прозорості; робочу групу створено 21.03.2013 у складі 4 осіб."],
    ]
    xlsx = office("fn02_ichnia", "xlsx", csv_rows(rows))
    fname = "Ічня_план_заходів_І_півріччя.xlsx"
    msg = ("Доброго дня!\n\nНадаємо інформацію Ічнянської райдержадміністрації про виконання районного плану заходів, затвердженого розпорядженням голови райдержадміністрації від 02.10.2012 № 318 на виконання обласного Плану (таблиця додається).\n\n"
           "З повагою,\nНаталія Лук'яненко\nвідділ з питань внутрішньої політики апарату Ічнянської РДА\n")
    html = word_html(mso(msg.rstrip("\n")))
    root = multi("mixed", [
        multi("alternative", [text(msg, "plain", "windows-1251", "quoted-printable"),
                              text(html, "html", "windows-1251", "quoted-printable")],
              "----=_NextPart_001_0015_01CE61F0.6C3E9A80"),
        attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               'name="%s"' % enc_word(fname, "windows-1251"),
               'filename="%s"' % enc_word(fname, "windows-1251")),
    ], "----=_NextPart_000_0014_01CE61F0.6C3E9A80", preamble="This is a multipart message in MIME format.")
    return compose("fn02", "2013-06-05 14:17:22",
                   from_("Лук'яненко Наталія", "rda-ichnia@example.gov.ua"),
                   subj("Ічнянська РДА - виконання плану (відкритий уряд)"), root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                          ("Thread-Index", "Ac5h1x2e9w+e6l3ARCqf6o4a7Tz2Cg=="),
                          ("Content-Language", "uk")])


KEY = {"class": "foreign_numbers", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The State Archive writes «П. 1.», «П. 6.», «П. 12.» for plan measures but fills the text with its own «1)», «2)», «а)», «б)», an outgoing number, a resolution «№ 3», counts and dates; a site mention inside 12 is passing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def fn03():
    body = ("Управління з питань внутрішньої політики\nта зв'язків з громадськістю облдержадміністрації\n\n"
            "№ 02-17/2214 від 21.11.2013\n\n")
    body += wrap(
        "Державний архів Чернігівської області на виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» повідомляє.\n\n"
        "П. 1. Веб-сайт Держархіву області приведено у відповідність до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3 «Про Порядок оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади»: створено розділи «Електронний архів» та «Доступ до публічної інформації», розміщено 2 електронні виставки документів.\n\n"
        "П. 6. Проведено дві консультації з громадськістю:\n"
        "1) 14.10.2013 – громадське обговорення проекту наказу «Про затвердження Порядку користування документами Національного архівного фонду в читальному залі» (надійшло 3 пропозиції);\n"
        "2) 21.11.2013 – круглий стіл з представниками 4 краєзнавчих товариств щодо плану підготовки документальних видань на 2014 рік.\n\n"
        "П. 12. За пропозиціями, наданими за результатами громадської експертизи діяльності Держархіву області, проведеної ГО «Сіверянське краєзнавче товариство» у 2012 році, виконано заходи:\n"
        "а) подовжено час роботи читального залу до 19.00 (з 01.09.2013);\n"
        "б) запроваджено попередній запис до читального залу через офіційний сайт.\n\n"
        "Директор                                       В.М.Бондаренко\n\n"
        "Вик. Литвиненко Н.О., 67-01-55", 76)
    body += "\n\n-- \nЗ повагою,\n Державний архів Чернігівської області   mailto:arkhiv@example.gov.ua\n"
    root = text(body, "plain", "windows-1251", "8bit")
    return compose("fn03", "2013-11-22 10:55:47",
                   from_("Держархів області", "arkhiv@example.gov.ua"),
                   subj("Держархів області: інформація на виконання п.16 Плану"),
                   root, style="bat",
                   extra=[("X-Mailer", "The Bat! (v6.1.8) Professional"),
                          ("Reply-To", "arkhiv@example.gov.ua"), ("X-Priority", "3 (Normal)")])


KEY = {"class": "foreign_numbers", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian top-posted reply to zvit's receipt (Outlook 2003 «Исходное сообщение»), which took the letter's paragraphs «2.» and «3.» for measures 2 and 3: the reply only re-labels those paragraphs as measures 1 and 7 (a pointer, no new statement) and adds new information on 9.",
       "items": [{"measure": 9, "source": "body"}]}


@mail(KEY)
def fn04():
    rc = receipt("12.06.2013", "Информация Нежинской РГА (Открытое правительство)",
                 "Ніжинська районна державна адміністрація", 2, "15.06.2013",
                 [(2, "2. На официальном веб-сайте райгосадминистрации создан раздел «Открытое правительство»…"),
                  (3, "3. В состав 2 консультативно-совещательных органов при райгосадминистрации включены…"),
                  (6, "1. В рамках выполнения п. 6 Плана проведено 4 общественных слушания…")],
                 [1, 7, 9, 10, 12])
    new = ("Добрый день.\n\n"
           "В подтверждении ошибочно распознаны пункты 2 и 3 — это нумерация абзацев нашего письма, а не пункты Плана. Абзац 2 относится к п. 1 Плана (официальный веб-сайт), абзац 3 — к п. 7. Просим исправить.\n\n"
           "Дополнительно по п. 9: 11.06.2013 проект распоряжения председателя райгосадминистрации «О районной программе поддержки молодых семей на 2013–2015 годы» обсужден на заседании общественного совета при райгосадминистрации, его члены внесли 5 предложений, 3 из них учтены.\n\n"
           "С уважением,\nЮрий Гребенюк\nотдел организационной работы и внутренней политики аппарата Нежинской РГА\nтел. (04631) 2-41-18\n")
    body = (new + "\n-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
            "Отправлено: 12 июня 2013 г. 16:40\nКому: rda-nizhyn@example.gov.ua\n"
            "Тема: Підтвердження отримання: Информация Нежинской РГА (Открытое правительство)\n\n" + rc)
    root = text(body, "plain", "windows-1251", "base64")
    return compose("fn04", "2013-06-14 09:22:10",
                   from_("Гребенюк Юрий", "rda-nizhyn@example.gov.ua"),
                   "RE: " + subj("Підтвердження отримання: Информация Нежинской РГА (Открытое правительство)"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                          ("Thread-Index", "Ac5nYk0T1o0mXq3YQ8ePx6wqH0a7Ug=="),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
                          ("In-Reply-To", "<zvit-receipt-2-rda-nizhyn-20130612@cg.ukrtel.net>")])


KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook «FW: FW:» chain (specialist → head of apparatus → general department) three days after the deadline; the sheet's running «№ з/п» 1–7 stands beside the real «Пункт Плану» column (1, 6, 7, 9, 10, 12, 16), so «2» is measure 6 and «4» is measure 9.",
       "items": [{"measure": 1, "source": "Семенівка_відкритий_уряд_2012.xlsx"},
                 {"measure": 6, "source": "Семенівка_відкритий_уряд_2012.xlsx"},
                 {"measure": 9, "source": "Семенівка_відкритий_уряд_2012.xlsx"}]}


@mail(KEY)
def fn05():
    rows = [
        ["Інформація Семенівської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (2012 рік)", "", "", ""],
        ["№ з/п", "Пункт Плану", "Зміст заходу", "Інформація про виконання"],
        ["1", "1", "Наповнення та функціонування офіційних веб-сайтів", "Сайт райдержадміністрації оновлено: створено розділ «Публічна інформація», розміщено 12 проектів розпоряджень голови РДА."],
        ["2", "6", "Консультації з громадськістю", "Проведено громадське обговорення проекту Програми соціально-економічного розвитку району на 2013 рік (29.11.2012, 37 учасників)."],
        ["3", "7", "Залучення ІГС до дорадчо-консультативних органів", "—"],
        ["4", "9", "Залучення членів громадських рад до обговорення проектів", "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту районного бюджету на 2013 рік (05.12.2012)."],
        ["5", "10", "Комісія з питань відкритості при громадській раді", "не стосується"],
        ["6", "12", "Громадські експертизи", "не проводились"],
        ["7", "16", "Надання інформації до УВП", "Інформацію надано"],
    ]
    xlsx = office("fn05_semenivka", "xlsx", csv_rows(rows))
    fname = "Семенівка_відкритий_уряд_2012.xlsx"
    top = "Пересилаємо інформацію Семенівської райдержадміністрації (Відкритий уряд). Вибачте за затримку.\n\nЗагальний відділ апарату РДА\n\n"
    h1 = ("Від: Шкурко Валентина \nНадіслано: 17 грудня 2012 р. 17:02\nКому: Загальний відділ\n"
          "Тема: FW: інформація відкритий уряд\n\n")
    m1 = "Загальний відділ, відправте, будь ласка, в область. Керуючий справами погодив.\nВ.Шкурко\n\n"
    h2 = ("Від: Лобода Ігор \nНадіслано: 14 грудня 2012 р. 16:48\nКому: Шкурко Валентина\n"
          "Тема: інформація відкритий уряд\n\n")
    m2 = "Валентино Миколаївно, таблиця у вкладенні, на погодження.\nІ.Лобода\n"
    plain = top + h1 + m1 + h2 + m2

    def hblock(who, when, to, subject):
        return ("\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:</span></b>"
                "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> %s <br><b>Надіслано:</b> %s<br>"
                "<b>Кому:</b> %s<br><b>Тема:</b> %s<o:p></o:p></span></p>\n</div></div>\n" % (who, when, to, esc(subject)))
    h = (mso(top.rstrip("\n")) + hblock("Шкурко Валентина", "17 грудня 2012 р. 17:02", "Загальний відділ", "FW: інформація відкритий уряд")
         + mso(m1.rstrip("\n")) + hblock("Лобода Ігор", "14 грудня 2012 р. 16:48", "Шкурко Валентина", "інформація відкритий уряд")
         + mso(m2.rstrip("\n")))
    html = word_html(h)
    root = multi("mixed", [
        multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                              text(html, "html", "windows-1251", "quoted-printable")],
              "----=_NextPart_001_0021_01CDDD12.0F9C8B40"),
        attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               'name="%s"' % enc_word(fname, "windows-1251"),
               'filename="%s"' % enc_word(fname, "windows-1251")),
    ], "----=_NextPart_000_0020_01CDDD12.0F9C8B40", preamble="This is a multipart message in MIME format.")
    return compose("fn05", "2012-12-18 12:40:30",
                   from_("Загальний відділ Семенівської РДА", "rda-semenivka@example.gov.ua"),
                   "FW: FW: " + subj("інформація відкритий уряд"), root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                          ("Thread-Index", "Ac3Z8n0BvM2hk9FVR0a3xg7Y0lq9GQAAjFNAAA2c1kA="),
                          ("Content-Language", "uk")])

# =======================================================================================
# pa — personal_address
# =======================================================================================

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent in the evening from a specialist's gmail.com box because the office box is down; the office is named only in the genitive signature («головного управління економіки облдержадміністрації») and the letter is addressed to УВП; the PDF answers 1, 2, 6, 12 and dashes 9.",
       "items": [{"measure": 1, "source": "ГУЕ_відкритий_уряд_І_півр_2013.pdf"},
                 {"measure": 2, "source": "ГУЕ_відкритий_уряд_І_півр_2013.pdf"},
                 {"measure": 6, "source": "ГУЕ_відкритий_уряд_І_півр_2013.pdf"},
                 {"measure": 12, "source": "ГУЕ_відкритий_уряд_І_півр_2013.pdf"}]}


@mail(KEY)
def pa01():
    body_html = """
<p align="center"><b>Інформація головного управління економіки облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року</b></p>
<p><b>Пункт 1.</b> На сторінці головного управління на офіційному веб-сайті облдержадміністрації оновлено розділи «Інвестиційна діяльність» та «Регуляторна політика», розміщено 11 проектів регуляторних актів з аналізом регуляторного впливу.</p>
<p><b>Пункт 2.</b> Головне управління забезпечує ведення рубрики «Хід виконання цільових програм»: у І півріччі 2013 року в рубриці розміщено звіти про виконання 27 обласних цільових програм за 2012 рік.</p>
<p><b>Пункт 6.</b> Проведено консультації з громадськістю щодо проекту Стратегії економічного та соціального розвитку Чернігівської області на період до 2020 року (5 засідань тематичних робочих груп за участю представників громадськості, березень – травень 2013 року).</p>
<p><b>Пункт 9.</b> —</p>
<p><b>Пункт 12.</b> Громадська антикорупційна експертиза проекту розпорядження голови облдержадміністрації «Про затвердження Порядку проведення конкурсу інвестиційних проектів» проведена громадською організацією «Антикорупційний комітет Чернігівщини»; пропозиції експертів враховано в остаточній редакції проекту.</p>
<p>&nbsp;</p>
<p>Начальник головного управління економіки облдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.В.Гончаренко</p>
"""
    pdf = office("pa01_ekonomika", "pdf", doc_html(body_html, "ГУЕ"))
    fname = "ГУЕ_відкритий_уряд_І_півр_2013.pdf"
    msg = ("Доброго вечора!\n\n"
           "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації.\n\n"
           "Надсилаю інформацію головного управління економіки облдержадміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року — у вкладенні (pdf). Надсилаю з особистої пошти, бо службова скринька управління не працює з п'ятниці. Оригінал за підписом направлено поштою.\n\n"
           "З повагою,\nОлена Марчук\nголовний спеціаліст відділу стратегічного планування\nголовного управління економіки облдержадміністрації\nтел. 67-41-09\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in msg.rstrip("\n").split("\n")) + "</div>\n")
    root = multi("mixed", [
        multi("alternative", [text(msg, "plain", "UTF-8", "base64"),
                              text(html, "html", "UTF-8", "base64")], "047d7b6d8a1e3c5f2a04dedad1b7"),
        attach(pdf, "application/pdf", 'name="%s"' % enc_word(fname, "UTF-8"),
               'filename="%s"' % enc_word(fname, "UTF-8"),
               extra=[("X-Attachment-Id", "f_hhr1x7q40")]),
    ], "047d7b6d8a1e3c5f3104dedad1b9")
    return compose("pa01", "2013-06-10 19:48:12",
                   from_("Олена Марчук", "olena.marchuk77@gmail.com", "UTF-8"),
                   subj("інформація ГУЕ - відкритий уряд", "UTF-8"), root, style="gmail",
                   pre=[("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=gmail.com; s=20120113;\n\th=mime-version:date:message-id:subject:from:to:content-type;\n\tbh=Jx3b0Gk2P4m7nO1yQf5ZkqW8tLr9sVwXcA6dE0hTj2U=;\n\tb=Qm9wZ3lXc2JqV0hYaWw0b0Z6bE1kR3V2cFlKc0FvS2hYb0tWd2RyM0pDYTZ0bnZx")])


KEY = {"class": "personal_address", "executor": "rda-bakhmach", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "ukr.net web mail from a specialist's own box one day after the deadline, the district named in the body and signature; 10 counts because the recommendation was made (the council's decision is still to come), while «п. 1, 9, 12 — інформація буде надана окремим листом» defers.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail(KEY)
def pa02():
    msg = ("Шановні колеги з управління внутрішньої політики!\n\n"
           "Надсилаємо інформацію Бахмацької районної державної адміністрації про виконання Плану заходів за ІІ півріччя 2013 року (з особистої скриньки — службова переповнена і не відправляє).\n\n"
           "п. 6 — 06.12.2013 проведено громадські слухання щодо проекту районного бюджету на 2014 рік, у листопаді — 3 зустрічі голови райдержадміністрації з жителями сіл Тиниця, Курилівка, Фастівці;\n"
           "п. 7 — до складу районної ради підприємців та громадської комісії з житлових питань включено 3 представників громадської ради при райдержадміністрації;\n"
           "п. 10 — громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості, питання розглядатиметься на засіданні ради в січні 2014 року;\n"
           "п. 1, 9, 12 — інформація буде надана окремим листом.\n\n"
           "З повагою,\nРуслан Данилюк,\nголовний спеціаліст сектору з питань внутрішньої політики\nБахмацької райдержадміністрації\n(04635) 2-12-96\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "<br>".join(esc(l) for l in msg.rstrip("\n").split("\n")) + "</body></html>\n")
    root = multi("alternative", [text(msg, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                 "----FREEMAIL-1386-1192-440-2")
    return compose("pa02", "2013-12-16 13:12:40",
                   from_("Руслан Данилюк", "danyliuk.ruslan@ukr.net", "utf-8"),
                   subj("Бахмацька РДА - інформація по плану відкритий уряд", "utf-8"), root,
                   style="freemail",
                   extra=[("X-Mailer", "FREEMAIL"), ("X-Originating-Ip", "[91.200.44.17]")])


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The children's service sends from the registered box of another office (the family, youth and sport department), says so in the first line and signs as «Начальник служби у справах дітей»; 6 and 9 are «без змін».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def pa03():
    msg = ("Доброго дня!\n"
           "Надсилаємо з поштової скриньки управління у справах сім'ї, молоді та спорту, оскільки наша тимчасово не працює.\n\n"
           "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
           "Служба у справах дітей облдержадміністрації інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області:\n\n"
           "п. 1 – на офіційному веб-сайті облдержадміністрації на сторінці служби оновлено розділ «Усиновлення», розміщено знеособлену інформацію про дітей-сиріт, які можуть бути усиновлені, та порядок звернення кандидатів;\n"
           "п. 7 – представників ГО «Дитячі містечка Чернігівщини» та БФ «Надія» включено до складу обласної комісії з питань захисту прав дитини (розпорядження голови облдержадміністрації від 17.04.2013 № 142);\n"
           "п. 12 – громадська експертиза діяльності служби, проведена громадською радою при облдержадміністрації у березні 2013 року, завершена; розроблено план заходів з реалізації 5 пропозицій експертів, 2 з них виконано;\n"
           "п. 6, 9 – без змін.\n\n"
           "Начальник служби у справах дітей облдержадміністрації             Н.О.Поліщук\n")
    root = text(msg, "plain", "windows-1251", "quoted-printable")
    return compose("pa03", "2013-05-31 11:30:02",
                   from_("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua"),
                   subj("Служба у справах дітей - інформація (Відкритий уряд)"), root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                          ("Thread-Index", "Ac5d6kQw0j2mT+3eRZqg1nQm9oFh0w=="),
                          ("Content-Language", "uk")])


KEY = {"class": "personal_address", "executor": "rda-sribne", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Saturday forward from an iPhone via the head of apparatus's i.ua box («Початок пересланого повідомлення») of the district sector's mail, whose report travels as a .docx between two text parts; 12 names the expertises not held, 1 and 10 are «без змін».",
       "items": [{"measure": 6, "source": "Срібне_звіт_ІІ_півріччя.docx"},
                 {"measure": 7, "source": "Срібне_звіт_ІІ_півріччя.docx"},
                 {"measure": 9, "source": "Срібне_звіт_ІІ_півріччя.docx"},
                 {"measure": 12, "source": "Срібне_звіт_ІІ_півріччя.docx"}]}


@mail(KEY)
def pa04():
    body_html = """
<p align="center"><b>Інформація Срібнянської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року</b></p>
<p>Пункт 6. Проведено 2 консультації з громадськістю: громадське обговорення проекту Програми розвитку культури Срібнянського району на 2014–2016 роки (жовтень 2013 року) та громадські слухання щодо проекту районного бюджету на 2014 рік (10.12.2013).</p>
<p>Пункт 7. Голову громадської ради при райдержадміністрації включено до складу районної комісії з питань погашення заборгованості із заробітної плати та пенсій.</p>
<p>Пункт 9. Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту районного бюджету на 2014 рік, внесено 3 пропозиції.</p>
<p>Пункт 12. Громадські експертизи у звітному періоді не проводились, запитів від інститутів громадянського суспільства не надходило.</p>
<p>Пункти 1, 10 — без змін.</p>
<p>&nbsp;</p>
<p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Г.І.Ярошенко</p>
"""
    docx = office("pa04_sribne", "docx", doc_html(body_html, "Срібне"))
    fname = "Срібне_звіт_ІІ_півріччя.docx"
    p1 = ("Доброго вечора!\n"
          "Пересилаю звіт Срібнянської райдержадміністрації для управління з питань внутрішньої політики та зв'язків з громадськістю ОДА — з нашої службової пошти лист до області не проходить.\n"
          "Г.Ярошенко, керівник апарату Срібнянської РДА\n\n"
          "Надіслано з iPhone\n\n"
          "Початок пересланого повідомлення:\n\n"
          "> Від: \"Сектор внутрішньої політики\" <rda-sribne@example.gov.ua>\n"
          "> Дата: 13 грудня 2013 р. 17:05:11 GMT+02:00\n"
          "> Кому: \"Галина Ярошенко\" <halyna.yaroshenko@i.ua>\n"
          "> Тема: Звіт Срібнянської РДА\n"
          "> \n\n"
          "> Галино Іванівно, добрий день! Не можемо відправити в область звіт по відкритому уряду - лист повертається (сервер області відхиляє), а на i.ua доходить. Перешліть, будь ласка, на uvp@cg.ukrtel.net. Звіт у вкладенні.\n")
    p3 = ("\n> З повагою,\n> сектор з питань внутрішньої політики\n> Срібнянської райдержадміністрації\n")
    root = multi("mixed", [
        text(p1, "plain", "utf-8", "quoted-printable"),
        attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               'name="%s"' % enc_word(fname, "utf-8"), rfc2231("filename", fname, "utf-8", chunk=400)),
        text(p3, "plain", "utf-8", "quoted-printable"),
    ], "Apple-Mail-7C1E0B5D-4A2F-41E3-9B6D-3F28C9A51E07")
    return compose("pa04", "2013-12-14 18:22:05",
                   from_("Галина Ярошенко", "halyna.yaroshenko@i.ua", "utf-8"),
                   "Fwd: " + subj("Звіт Срібнянської РДА", "utf-8"), root, style="apple",
                   extra=[("X-Mailer", "iPhone Mail (11B554a)"),
                          ("Content-Transfer-Encoding", "7bit")])


KEY = {"class": "personal_address", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The Public Council's chair writes late in the evening from a meta.ua box to the head of УВП by name: the web resource (3) and a transparency commission formed in the council (10, owed or not) count; the forum is only planned.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def pa05():
    msg = ("Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n"
           "Шановний Василю Петровичу!\n\n"
           "Громадська рада при облдержадміністрації інформує про виконання заходів Плану, виконавцем яких визначено раду:\n\n"
           "– веб-ресурс «Чернігівська громада» (gromada.cn.ua) створено та введено в дію 28 листопада 2012 року; адмініструванням ресурсу займається робоча група ради, щотижня розміщуються новини громадських організацій області та анонси засідань комітетів ради;\n"
           "– рішенням Громадської ради від 22.11.2012 № 7 у складі ради утворено комісію з питань відкритості та прозорості діяльності органів виконавчої влади (голова комісії – А.С.Руденко);\n"
           "– Інтернет-форум на базі веб-ресурсу планується запустити у І кварталі 2013 року.\n\n"
           "Пишу з особистої пошти, оскільки доступу до скриньки ради зараз не маю.\n\n"
           "З повагою,\nголова Громадської ради при облдержадміністрації\nО.І.Мельник\n")
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\"></head><body>"
            + paras_html(msg.rstrip("\n")) + "</body></html>\n")
    root = multi("alternative", [text(msg, "plain", "windows-1251", "8bit"),
                                 text(html, "html", "windows-1251", "8bit")],
                 "=_meta_b5c0e6f2a91d4e7c")
    return compose("pa05", "2012-12-14 21:05:44",
                   from_("Олександр Мельник", "o.melnyk@meta.ua"),
                   subj("Громадська рада - інформація до плану відкритий уряд"), root, style="meta",
                   extra=[("X-Mailer", "Meta.ua Mail 2.1"), ("X-Originating-IP", "[178.150.7.212]")])

# =======================================================================================
# mx — mixed
# =======================================================================================

KEY = {"class": "mixed", "executor": "rda-talalaivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The general department forwards «на доручення голови» the sector's message as a message/rfc822 attachment (KOI8-U, Outlook Express inside Outlook 2010); the report is the .xls attached inside the forwarded message: 1, 6, 9, 10 answered, 7 a dash, 12 «не було».",
       "items": [{"measure": 1, "source": "Талалаївка_відкритий_уряд.xls"},
                 {"measure": 6, "source": "Талалаївка_відкритий_уряд.xls"},
                 {"measure": 9, "source": "Талалаївка_відкритий_уряд.xls"},
                 {"measure": 10, "source": "Талалаївка_відкритий_уряд.xls"}]}


@mail(KEY)
def mx01():
    rows = [
        ["Талалаївська районна державна адміністрація", ""],
        ["Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (І півріччя 2013 року)", ""],
        ["Пункт плану", "Виконання"],
        ["1", "На офіційному веб-сайті райдержадміністрації оновлено розділ «Громадська рада», розміщено 9 проектів регуляторних актів та звіт голови райдержадміністрації за 2012 рік."],
        ["6", "Проведено 2 консультації з громадськістю: громадське обговорення проекту Програми розвитку фізичної культури і спорту та звіту голови райдержадміністрації (березень, квітень 2013 року)."],
        ["7", "—"],
        ["9", "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про організацію оздоровлення дітей влітку 2013 року»."],
        ["10", "Робочу групу з питань відкритості та прозорості при громадській раді утворено 16.04.2013 (3 особи)."],
        ["12", "не було"],
        ["16", "Інформацію подано"],
    ]
    xls = office("mx01_talalaivka", "xls", csv_rows(rows))
    fname = "Талалаївка_відкритий_уряд.xls"
    inner_body = ("Прошу надіслати до управління з питань внутрішньої політики та зв'язків з громадськістю ОДА\n"
                  "інформацію про виконання Плану заходів (Відкритий уряд), таблиця додається.\n\n"
                  "Завідувач сектору з питань внутрішньої політики\nН.Гордієнко\n")
    inner_root = multi("mixed", [
        text(inner_body, "plain", "koi8-u", "8bit"),
        attach(xls, "application/vnd.ms-excel", 'name="%s"' % enc_word(fname, "koi8-u", "Q"),
               'filename="%s"' % enc_word(fname, "koi8-u", "Q")),
    ], "----=_NextPart_000_0003_01CE6850.2B4A8E70", preamble="This is a multi-part message in MIME format.")
    inner_d = kyiv("2013-06-13 16:20:37")
    inner = inner_message([
        ("From", from_("Надія Гордієнко", "gordienko.nadia@ukr.net", "koi8-u")),
        ("To", "rda-talalaivka@example.gov.ua"),
        ("Subject", subj("інформація сектору внутрішньої політики (відкритий уряд)", "koi8-u")),
        ("Date", rfcdate(inner_d)),
        ("Message-ID", "<000601ce683e$9c1f2a40$0a01a8c0@sektorvp>"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
    ], inner_root)
    msg = ("Надсилаємо на доручення голови райдержадміністрації інформацію Талалаївської РДА про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року. Лист сектору з таблицею – у вкладенні.\n\n"
           "Загальний відділ апарату Талалаївської райдержадміністрації\n")
    html = word_html(mso(msg.rstrip("\n")), generator="Microsoft Word 14 (filtered medium)")
    root = multi("mixed", [
        multi("alternative", [text(msg, "plain", "windows-1251", "quoted-printable"),
                              text(html, "html", "windows-1251", "quoted-printable")],
              "----=_NextPart_001_0031_01CE6850.2B4A8E70"),
        message_part(inner, cte="8bit"),
    ], "----=_NextPart_000_0030_01CE6850.2B4A8E70", preamble="This is a multipart message in MIME format.")
    return compose("mx01", "2013-06-14 17:40:05",
                   from_("Загальний відділ Талалаївської РДА", "rda-talalaivka@example.gov.ua"),
                   "FW: " + subj("інформація сектору внутрішньої політики (відкритий уряд)"), root,
                   style="outlook",
                   extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                          ("Thread-Index", "Ac5o+Pb0k1JNX6lOS3qLLkq1d9mG0A=="),
                          ("Content-Language", "uk")])


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction «прошу вважати вірною цю редакцію» on top of the district's own quoted letter of 10.12 (Outlook header block, no «>»): the new text restates 9, and the newly attached full table answers 1, 6, 7, 9 (10 «Без змін», 12 a dash); the quoted 1, 6, 9 do not count.",
       "items": [{"measure": 1, "source": "Чернігівська_РДА_уточнена.docx"},
                 {"measure": 6, "source": "Чернігівська_РДА_уточнена.docx"},
                 {"measure": 7, "source": "Чернігівська_РДА_уточнена.docx"},
                 {"measure": 9, "source": "body"},
                 {"measure": 9, "source": "Чернігівська_РДА_уточнена.docx"}]}


@mail(KEY)
def mx02():
    trows = [
        ("1", "На офіційному веб-сайті райдержадміністрації створено розділ «Відкритий уряд», оновлено розділ «Регуляторна політика», розміщено 16 проектів розпоряджень голови райдержадміністрації."),
        ("6", "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (29.11.2013) та 2 зустрічі з мешканцями сіл Киїнка та Новий Білоус щодо благоустрою."),
        ("7", "До складу районної комісії з питань поводження з безхазяйними відходами включено 2 представників громадських організацій."),
        ("9", "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту Програми соціально-економічного та культурного розвитку Чернігівського району на 2014 рік (засідання 04.12.2013), внесено 6 пропозицій."),
        ("10", "Без змін"),
        ("12", "—"),
    ]
    body_html = ('<p align="center"><b>Інформація Чернігівської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (уточнена)</b></p>\n'
                 '<table width="100%"><tr><th width="15%">№ пункту Плану</th><th>Інформація про виконання</th></tr>\n'
                 + "\n".join('<tr><td align="center">%s</td><td>%s</td></tr>' % (n, esc(t)) for n, t in trows)
                 + '\n</table>\n<p>&nbsp;</p>\n<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.В.Назаренко</p>\n')
    docx = office("mx02_chernihiv", "docx", doc_html(body_html, "Чернігівська РДА"))
    fname = "Чернігівська_РДА_уточнена.docx"
    top = ("Прошу вважати вірною цю редакцію (таблиця повністю – у вкладенні).\n\n"
           "Уточнена інформація по п. 9: у листі від 10.12.2013 помилково зазначено обговорення проекту Програми розвитку освіти; слід читати: члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту Програми соціально-економічного та культурного розвитку Чернігівського району на 2014 рік (засідання 04.12.2013), внесено 6 пропозицій.\n\n"
           "Оксана Пилипенко\nвідділ організаційної роботи апарату Чернігівської РДА\nтел. 69-31-07\n\n")
    old = ("Чернігівська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області:\n\n"
           "п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Відкритий уряд»;\n"
           "п. 6 – проведено громадські слухання щодо проекту районного бюджету на 2014 рік;\n"
           "п. 9 – члени громадської ради взяли участь в обговоренні проекту Програми розвитку освіти Чернігівського району на 2014–2016 роки.\n\n"
           "Таблиця у вкладенні.\n\nО.Пилипенко\n")
    hdr = ("Від: rda-chernihiv@example.gov.ua [mailto:rda-chernihiv@example.gov.ua] \n"
           "Надіслано: 10 грудня 2013 р. 11:20\nКому: uvp@cg.ukrtel.net\n"
           "Тема: Інформація Чернігівської РДА про виконання Плану (Відкритий уряд)\n\n")
    plain = top + hdr + old
    h = (mso(top.rstrip("\n")) +
         "\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
         "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:</span></b>"
         "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> rda-chernihiv@example.gov.ua [mailto:rda-chernihiv@example.gov.ua] <br>"
         "<b>Надіслано:</b> 10 грудня 2013 р. 11:20<br><b>Кому:</b> uvp@cg.ukrtel.net<br>"
         "<b>Тема:</b> Інформація Чернігівської РДА про виконання Плану (Відкритий уряд)<o:p></o:p></span></p>\n</div></div>\n"
         + mso(old))
    html = word_html(h)
    root = multi("mixed", [
        multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                              text(html, "html", "windows-1251", "quoted-printable")],
              "----=_NextPart_001_0052_01CEF760.3A1D5B90"),
        attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               'name="%s"' % enc_word(fname, "windows-1251"),
               'filename="%s"' % enc_word(fname, "windows-1251")),
    ], "----=_NextPart_000_0051_01CEF760.3A1D5B90", preamble="This is a multipart message in MIME format.")
    return compose("mx02", "2013-12-12 16:05:30",
                   from_("Пилипенко Оксана", "rda-chernihiv@example.gov.ua"),
                   "FW: " + subj("Інформація Чернігівської РДА про виконання Плану (Відкритий уряд) – уточнена"),
                   root, style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                          ("Thread-Index", "Ac71fQ0b4m7yQm1bR6Kx3n5rP0v2UgBJc1Ug"),
                          ("Content-Language", "uk")])


KEY = {"class": "mixed", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML with an inline emblem (multipart/related) labelled koi8-r while its bytes and meta tag are windows-1251; the covering letter itself reports the budget rubric (2), «Додаток 1.pdf» the consultation and the collegium (6, 8), «Додаток 2.xls» a list of drafts discussed with council members (9) numbered by «№ з/п».",
       "items": [{"measure": 2, "source": "body"},
                 {"measure": 6, "source": "Додаток 1.pdf"},
                 {"measure": 8, "source": "Додаток 1.pdf"},
                 {"measure": 9, "source": "Додаток 2.xls"}]}


@mail(KEY)
def mx03():
    pdf_html = """
<p style="text-align:right">Додаток 1</p>
<p align="center"><b>Про консультації з громадськістю та роботу колегії головного фінансового управління облдержадміністрації</b></p>
<p>Головним фінансовим управлінням облдержадміністрації 20.11.2012 проведено консультації з громадськістю щодо проекту обласного бюджету на 2013 рік у формі публічного громадського обговорення за участю представників 12 громадських організацій, депутатів обласної ради та журналістів. Проект бюджету та звіт про результати обговорення оприлюднено на офіційному веб-сайті облдержадміністрації.</p>
<p>Наказом головного фінансового управління від 29.10.2012 № 176 голову комітету з питань бюджету та фінансів Громадської ради при облдержадміністрації (за згодою) введено до складу колегії головного фінансового управління; на засіданні колегії 27.11.2012 він взяв участь у розгляді питання про підготовку проекту бюджету.</p>
"""
    pdf = office("mx03_finansy_1", "pdf", doc_html(pdf_html, "Додаток 1"))
    rows = [
        ["Додаток 2", "", "", ""],
        ["Перелік проектів рішень, обговорених за участю членів Громадської ради при облдержадміністрації у IV кварталі 2012 року", "", "", ""],
        ["№ з/п", "Назва проекту", "Дата обговорення", "Кількість пропозицій членів Громадської ради"],
        ["1", "Проект рішення обласної ради «Про обласний бюджет на 2013 рік»", "20.11.2012", "7"],
        ["2", "Проект Програми підвищення ефективності виконання повноважень органами місцевого самоврядування на 2013–2015 роки", "04.12.2012", "3"],
    ]
    xls = office("mx03_finansy_2", "xls", csv_rows(rows))
    png = png_emblem()
    cid = "image001.png@01CDD6C1.2A3B4C50"
    letter = ("Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
              "Головне фінансове управління облдержадміністрації надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (додатки 1, 2).\n\n"
              "Крім того, повідомляємо, що з 01.12.2012 на офіційному веб-сайті облдержадміністрації в рубриці «Виконання місцевих бюджетів Чернігівської області» щомісяця розміщується інформація про виконання зведеного бюджету області; до рубрики подано звіт за 10 місяців 2012 року.\n\n"
              "Додаток: на 2 арк.\n")
    h = ("<p class=MsoNormal><span style='mso-no-proof:yes'><img width=44 height=52 id=\"Picture_x0020_1\" src=\"cid:%s\" alt=\"Герб\"></span><o:p></o:p></p>\n"
         "<p class=MsoNormal><b>ГОЛОВНЕ ФІНАНСОВЕ УПРАВЛІННЯ ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b><o:p></o:p></p>\n"
         "<p class=MsoNormal>Вих. № 08-11/3377 від 07.12.2012<o:p></o:p></p>\n<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n" % cid
         + mso(letter) + "\n<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n"
         + mso("Начальник головного фінансового управління                      Л.П.Карпенко"))
    html = word_html(h, generator="Microsoft Word 11 (filtered medium)").encode("windows-1251")
    root = multi("mixed", [
        multi("related", [
            raw_text(html, 'text/html;\n\tcharset="koi8-r"', "quoted-printable"),
            attach(png, "image/png", 'name="image001.png"', 'filename="image001.png"',
                   extra=[("Content-ID", "<%s>" % cid)], inline=True),
        ], "----=_NextPart_001_0005_01CDD6C1.2A3B4C50", params=" type=\"text/html\";"),
        attach(pdf, "application/pdf", 'name="%s"' % enc_word("Додаток 1.pdf", "windows-1251"),
               'filename="%s"' % enc_word("Додаток 1.pdf", "windows-1251")),
        attach(xls, "application/vnd.ms-excel", 'name="%s"' % enc_word("Додаток 2.xls", "windows-1251"),
               'filename="%s"' % enc_word("Додаток 2.xls", "windows-1251")),
    ], "----=_NextPart_000_0004_01CDD6C1.2A3B4C50", preamble="This is a multi-part message in MIME format.")
    return compose("mx03", "2012-12-10 10:20:15",
                   from_("Головне фінансове управління", "finansy@example.gov.ua"),
                   subj("Інформація ГФУ про виконання Плану заходів (відкритий уряд)"), root,
                   style="outlook",
                   extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                          ("Thread-Index", "Ac3Wwim1f6bJ0jO1Sd2yQk0Gl6D9Vw=="),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The district forwards, as an attachment, the Postfix bounce of its 06.12 report (sent to a mistyped uvp@cg.ukrtel.ua): the sheet that never arrived sits three levels down (message/rfc822 → multipart/report → message/rfc822) and is the report; 7 is «без змін», 9 a dash.",
       "items": [{"measure": 1, "source": "Борзна_відкритий_уряд_грудень.xls"},
                 {"measure": 6, "source": "Борзна_відкритий_уряд_грудень.xls"},
                 {"measure": 10, "source": "Борзна_відкритий_уряд_грудень.xls"},
                 {"measure": 12, "source": "Борзна_відкритий_уряд_грудень.xls"}]}


@mail(KEY)
def mx04():
    rows = [
        ["Інформація Борзнянської райдержадміністрації про виконання Плану заходів (ІІ півріччя 2013 року)", ""],
        ["п.", "Інформація"],
        ["1", "Оновлено розділ «Регуляторна політика» офіційного веб-сайту райдержадміністрації, розміщено звіт голови райдержадміністрації та 7 проектів розпоряджень."],
        ["6", "Проведено 3 зустрічі з жителями сіл Шаповалівка, Ядути, Прачі та громадські слухання щодо проекту районного бюджету на 2014 рік (03.12.2013)."],
        ["7", "без змін"],
        ["9", "-"],
        ["10", "Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості (лист від 15.10.2013 № 02-11/987), групу утворено 12.11.2013."],
        ["12", "Громадська антикорупційна експертиза проекту розпорядження «Про затвердження Положення про відділ містобудування та архітектури» проведена ГО «Борзнянська громада», зауважень не висловлено."],
    ]
    xls = office("mx04_borzna", "xls", csv_rows(rows))
    fname = "Борзна_відкритий_уряд_грудень.xls"
    orig_d = kyiv("2013-12-06 15:42:16")
    orig_root = multi("mixed", [
        text("Надсилаємо інформацію Борзнянської райдержадміністрації про виконання Плану заходів за ІІ півріччя 2013 року. Таблиця у вкладенні.\n\n-- \nСектор з питань внутрішньої політики\nБорзнянської райдержадміністрації\n",
             "plain", "UTF-8", "8bit", params="; format=flowed"),
        attach(xls, "application/vnd.ms-excel", 'name="%s"' % enc_word(fname, "UTF-8"),
               rfc2231("filename", fname, "UTF-8")),
    ], "------------010305060802090704020509", preamble="This is a multi-part message in MIME format.")
    original = inner_message([
        ("Received", "from [192.168.1.34] (unknown [195.24.151.66])\n\tby mail.example.gov.ua (Postfix) with ESMTPA id 1F3A2C0123\n\tfor <uvp@cg.ukrtel.ua>; Fri,  6 Dec 2013 15:42:17 +0200 (EET)"),
        ("Message-ID", "<52A1D3C8.6070903@example.gov.ua>"),
        ("Date", rfcdate(orig_d)),
        ("From", from_("Борзнянська РДА", "rda-borzna@example.gov.ua", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.ua"),
        ("Subject", subj("Інформація Борзнянської РДА (Відкритий уряд)", "UTF-8")),
    ], orig_root)
    bnd = "1F3A2C0123.1386337338/mail.example.gov.ua"
    notice = ("This is the mail system at host mail.example.gov.ua.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<uvp@cg.ukrtel.ua>: Host or domain name not found. Name service error for\n"
              "    name=cg.ukrtel.ua type=A: Host not found\n")
    status = ("Reporting-MTA: dns; mail.example.gov.ua\n"
              "X-Postfix-Queue-ID: 1F3A2C0123\n"
              "X-Postfix-Sender: rfc822; rda-borzna@example.gov.ua\n"
              "Arrival-Date: Fri,  6 Dec 2013 15:42:17 +0200 (EET)\n\n"
              "Final-Recipient: rfc822; uvp@cg.ukrtel.ua\n"
              "Original-Recipient: rfc822;uvp@cg.ukrtel.ua\n"
              "Action: failed\n"
              "Status: 5.4.4\n"
              "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
              "    for name=cg.ukrtel.ua type=A: Host not found\n")
    dsn_root = multi("report", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], notice.encode()),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822"),
              ("Content-Transfer-Encoding", "8bit")], original),
    ], bnd, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    dsn = inner_message([
        ("Return-Path", "<>"),
        ("Received", "by mail.example.gov.ua (Postfix)\n\tid 2B7D4C0456; Fri,  6 Dec 2013 15:42:18 +0200 (EET)"),
        ("Date", "Fri,  6 Dec 2013 15:42:18 +0200 (EET)"),
        ("From", "MAILER-DAEMON@mail.example.gov.ua (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "rda-borzna@example.gov.ua"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", "<20131206134218.2B7D4C0456@mail.example.gov.ua>"),
    ], dsn_root)
    msg = ("Доброго дня!\n\n"
           "06.12.2013 надсилали інформацію Борзнянської райдержадміністрації про виконання Плану заходів, але лист повернувся (помилилися в адресі). Пересилаю повернений лист разом з таблицею. Прошу підтвердити отримання.\n\n"
           "-- \nТетяна Гуменюк,\nсектор з питань внутрішньої політики Борзнянської райдержадміністрації\n(04653) 2-14-55\n")
    root = multi("mixed", [
        text(flowed(msg), "plain", "UTF-8", "8bit", params="; format=flowed"),
        message_part(dsn, cte="8bit",
                     extra=[("Content-Disposition", 'attachment;\n filename="Undelivered Mail Returned to Sender.eml"')]),
    ], "------------030602000107040809060301", preamble="This is a multi-part message in MIME format.")
    return compose("mx04", "2013-12-09 09:12:40",
                   from_("Борзнянська РДА", "rda-borzna@example.gov.ua", "UTF-8"),
                   "Fwd: Undelivered Mail Returned to Sender", root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")])


KEY = {"class": "mixed", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own general box forwards (Thunderbird «Original Message») the deputy head's Russian note, which forwards (Gmail «Forwarded message») the sector head's account: hot line (5), open-door days (11) and the guide (14) count; the seminar is a promise and «п. 3, 4 будет от Общественного совета» counts nothing.",
       "items": [{"measure": 5, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 14, "source": "body"}]}


@mail(KEY)
def mx05():
    report = ("Анатолію Федоровичу, добрий день. Інформація сектору за 2012 рік:\n\n"
              "Гаряча лінія голови облдержадміністрації працює щоденно з 9.00 до 18.00 (тел. 0-800-50-17-40): з вересня по листопад прийнято 2 317 дзвінків, щотижня узагальнена інформація подається голові облдержадміністрації.\n\n"
              "Дні відкритих дверей управління проведено 27.09.2012 (для журналістів обласних ЗМІ, 14 учасників) та 22.11.2012 (для представників молодіжних громадських організацій, 23 учасники).\n\n"
              "Методичний посібник «Інструменти сприяння розвитку громадянського суспільства: посібник для державних службовців» підготовлено, видано тиражем 300 примірників і 10.12.2012 розіслано структурним підрозділам облдержадміністрації та райдержадміністраціям.\n\n"
              "Семінар для заступників керівників структурних підрозділів проведемо спільно з ЦППК у лютому 2013 р.\n\n"
              "Ірина Прокопенко\nзавідувач сектору зв'язків з громадськістю УВП\n")
    body = ("Для реєстрації: інформація управління (сектор зв'язків з громадськістю) за 2012 рік по пп. 5, 11, 14 — нижче.\n\n"
            "К.Савчук, оператор\n\n"
            "-------- Original Message --------\n"
            "Subject: \tFwd: Інформація сектору зв'язків з громадськістю за 2012 рік\n"
            "Date: \tWed, 12 Dec 2012 14:31:05 +0200\n"
            "From: \tАнатолій Федоренко <a.fedorenko.uvp@gmail.com>\n"
            "To: \tuvp-info@example.gov.ua\n\n\n\n"
            "Переслать в общий ящик для учета. Информация по п. 3, 4 будет от Общественного совета отдельно.\n"
            "А.Ф.\n\n"
            "---------- Forwarded message ----------\n"
            "From: Ірина Прокопенко <iryna.prokopenko@gmail.com>\n"
            "Date: 2012/12/11\n"
            "Subject: Інформація сектору зв'язків з громадськістю за 2012 рік\n"
            "To: Анатолій Федоренко <a.fedorenko.uvp@gmail.com>\n\n\n"
            + report)
    root = text(flowed(body), "plain", "UTF-8", "8bit", params="; format=flowed")
    return compose("mx05", "2012-12-12 15:02:26",
                   from_("УВП (загальна скринька)", "uvp-info@example.gov.ua", "UTF-8"),
                   "Fwd: Fwd: " + subj("Інформація сектору зв'язків з громадськістю за 2012 рік", "UTF-8"),
                   root, style="thunderbird",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
                          ("Content-Language", "uk")])


# =======================================================================================
# Checks and output
# =======================================================================================

KEY_ORDER = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]


def walk_files(msg):
    """Decoded file names of every part, descending into message/rfc822."""
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.append(str(fn))
    return names


def check_plan_toml():
    if not os.path.exists(PLAN_TOML):
        return
    import tomllib
    with open(PLAN_TOML, "rb") as f:
        plan = tomllib.load(f)
    ids = {e["id"]: sorted(a.lower() for a in e.get("emails", [])) for e in plan["executor"]}
    assert ids == {k: sorted(v) for k, v in EXECUTORS.items()}, "executors differ from plan.toml"
    assert [d["date"] for d in plan["deadline"]] == DEADLINES
    assert plan["plan"]["approved"] == APPROVED
    assert plan["plan"].get("grace_days", 3) == GRACE_DAYS


def check_key(name, key):
    assert list(key) == KEY_ORDER, (name, list(key))
    assert key["class"] == CLASSES[name[:2]], name
    assert key["executor"] in EXECUTORS, name
    assert isinstance(key["period"], int) and key["period"] in (1, 2, 3), name
    assert isinstance(key["late"], bool), name
    assert key["note"] and len(key["note"]) > 20, name
    items = key["items"]
    if key["kind"] == "not_report":
        assert key["reason"] in REASONS and items == [], name
    else:
        assert key["kind"] == "report" and key["reason"] is None and items, name
    pairs = [(i["measure"], i["source"]) for i in items]
    for i in items:
        assert set(i) == {"measure", "source"}, name
        assert isinstance(i["measure"], int) and 1 <= i["measure"] <= 15, name
        assert isinstance(i["source"], str) and i["source"], name
    assert pairs == sorted(pairs) and len(set(pairs)) == len(pairs), "%s: items not sorted/unique" % name


def check_mail(name, key, data):
    assert b"\n" not in data.replace(b"\r\n", b""), "%s: bare LF" % name
    assert b"\r" not in data.replace(b"\r\n", b""), "%s: bare CR" % name
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, "%s: line of %d bytes" % (name, len(line))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert str(msg["To"]).strip() == UVP, name
    date = email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(KYIV)
    assert period_of(date.date()) == (key["period"], key["late"]), (
        "%s: Date %s gives %s, key says %s/%s" % (name, date, period_of(date.date()), key["period"], key["late"]))
    assert dt.datetime(2012, 1, 1, tzinfo=KYIV) <= date < dt.datetime(2014, 1, 1, tzinfo=KYIV), name
    rec = msg.get_all("Received")[0]
    rdate = email.utils.parsedate_to_datetime(rec.split(";")[-1].strip()).astimezone(KYIV)
    assert rdate.date() == date.date() and dt.timedelta(0) < rdate - date < dt.timedelta(seconds=30), name
    assert data.startswith(b"Received: "), name
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    own = [a.lower() for a in EXECUTORS[key["executor"]]]
    if frm.endswith("@example.gov.ua") or frm.endswith("@example.org.ua"):
        assert frm in REGISTERED, "%s: %s is not registered" % (name, frm)
    if key["class"] == "personal_address":
        assert frm not in own, "%s: personal_address mail sent from the executor's own box" % name
    else:
        assert frm in own, "%s: sender %s is not %s's" % (name, frm, key["executor"])
    files = walk_files(msg)
    for item in key["items"]:
        if item["source"] != "body":
            assert item["source"] in files, "%s: no attachment %r in %r" % (name, item["source"], files)
    # every text part decodes in its declared charset
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "us-ascii"
            raw.decode(cs)
    return msg, files


def pdf_text(blob):
    if not shutil.which("pdftotext"):
        return None
    p = os.path.join(WORK, "check.pdf")
    with open(p, "wb") as f:
        f.write(blob)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


def main():
    os.makedirs(WORK, exist_ok=True)
    check_plan_toml()
    names = [n for n, _, _ in MAILS]
    assert len(names) == 40 and len(set(names)) == 40, len(names)
    for pfx in CLASSES:
        assert sum(1 for n in names if n[:2] == pfx) == 5, pfx
    covered = set()
    by_source = {"body": 0, "attachment": 0}
    for name, key, fn in MAILS:
        check_key(name, key)
        data = fn()
        msg, files = check_mail(name, key, data)
        for part in msg.walk():
            if part.get_content_type() == "application/pdf":
                txt = pdf_text(part.get_payload(decode=True))
                assert txt is None or len(txt.strip()) > 100, "%s: PDF without a text layer" % name
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump({k: key[k] for k in KEY_ORDER}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        for i in key["items"]:
            covered.add(i["measure"])
            by_source["body" if i["source"] == "body" else "attachment"] += 1
    missing = set(range(1, 16)) - covered
    assert not missing, "measures never reported: %s" % sorted(missing)
    n_items = sum(len(k["items"]) for _, k, _ in MAILS)
    print("built %d mails, %d items (%d body, %d attachment), every measure 1-15 covered"
          % (len(MAILS), n_items, by_source["body"], by_source["attachment"]))


if __name__ == "__main__":
    main()
