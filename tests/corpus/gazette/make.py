#!/usr/bin/env python3
"""Builds the «gazette» corpus for zvit: 40 report mails (.eml, CRLF) and their keys
(.expected.json), then checks them.

    python3 make.py           build everything, then check
    python3 make.py --check   check the files already written
    python3 make.py --table   print the README tables (totals and the list of mails)

Python 3 standard library only. Office attachments are read from attachments/ (converted once
from attachments/src/ by attachments/convert.sh; make.py never runs LibreOffice).

Each mail's KEY literal stands directly above its builder and was written before the text.
"""
import base64
import datetime as dt
import email
import email.header
import email.policy
import email.utils
import hashlib
import json
import os
import quopri
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
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
PLAN_TOML = "/work/main/config/plan.toml"

# ---------------------------------------------------------------------------------------------
# The plan as far as the mails need it (copied from plan.toml / plan-uk.txt).

APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE = 3

MEASURE = {
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

OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# Executor ids and registered boxes, as plan.toml gives them (used when plan.toml is absent).
EXECUTORS = {
    "uvp": ["uvp-info@example.gov.ua"], "gromrada": ["gromrada@example.gov.ua"],
    "zvernennia": ["zvernennia@example.gov.ua"], "cppk": ["cppk@example.gov.ua"],
    "ogp-coordinator": ["ogp-coordinator@example.org.ua"],
    "su-osvita": ["osvita@example.gov.ua"], "su-zdorovia": ["zdorovia@example.gov.ua"],
    "su-kultura": ["kultura@example.gov.ua"], "su-sotszakhyst": ["sotszakhyst@example.gov.ua"],
    "su-simia": ["simia@example.gov.ua"], "su-apk": ["apk@example.gov.ua"],
    "su-finansy": ["finansy@example.gov.ua"], "su-ekonomika": ["ekonomika@example.gov.ua"],
    "su-zhkh": ["zhkh@example.gov.ua"], "su-kapbud": ["kapbud@example.gov.ua"],
    "su-ekolohiia": ["ekolohiia@example.gov.ua"], "su-arkhiv": ["arkhiv@example.gov.ua"],
    "su-mistobuduvannia": ["mistobuduvannia@example.gov.ua"],
    "su-sluzhba-ditei": ["sluzhba-ditei@example.gov.ua"],
}
for _d in ["bakhmach", "bobrovytsia", "borzna", "varva", "horodnia", "ichnia", "kozelets",
           "korop", "koriukivka", "kulykivka", "mena", "nizhyn", "novhorod-siverskyi", "nosivka",
           "pryluky", "ripky", "semenivka", "sosnytsia", "sribne", "talalaivka", "chernihiv",
           "shchors"]:
    EXECUTORS["rda-" + _d] = ["rda-%s@example.gov.ua" % _d]


def load_executors():
    try:
        import tomllib
        with open(PLAN_TOML, "rb") as f:
            plan = tomllib.load(f)
        return {e["id"]: [a.lower() for a in e.get("emails", [])] for e in plan["executor"]}
    except (OSError, ImportError, KeyError):
        return EXECUTORS


# ---------------------------------------------------------------------------------------------
# Time

def kdt(s):
    """'2012-12-13 11:42:17' in Kyiv time -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfcdate(t):
    return email.utils.format_datetime(t)


def period_of(t):
    """(period, late) for an aware datetime, as the brief and semantics.md define them."""
    d = t.astimezone(KYIV).date()
    if d < APPROVED:
        return None, False
    for i, dl in enumerate(DEADLINES):
        if i > 0 and DEADLINES[i - 1] < d <= DEADLINES[i - 1] + dt.timedelta(days=GRACE):
            return i, True
        if d <= dl:
            return i + 1, False
    if d <= DEADLINES[-1] + dt.timedelta(days=GRACE):
        return len(DEADLINES), True
    return None, False


def tzname(t):
    return "EEST" if t.utcoffset() == dt.timedelta(hours=3) else "EET"


def received(t, delay, helo, ip, by="mx.cg.ukrtel.net"):
    r = t + dt.timedelta(seconds=delay)
    qid = hashlib.md5((helo + rfcdate(t)).encode()).hexdigest()[:10].upper()
    return ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s (%s)"
            % (helo, helo, ip, by, qid, MAILBOX, rfcdate(r), tzname(r)))


def received_inner(t, delay, text):
    r = t + dt.timedelta(seconds=delay)
    return ("Received", "%s; %s" % (text, rfcdate(r)))


# ---------------------------------------------------------------------------------------------
# Header encodings

def _qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, cs="utf-8", mode="B", chunk=None, sep="\n "):
    """RFC 2047 encoded words; a long text is split into several words joined by `sep`."""
    if chunk is None:
        single = cs.lower() not in ("utf-8",)
        chunk = (30 if single else 18) if mode == "B" else (14 if single else 7)
    words = []
    for i in range(0, len(text), chunk):
        b = text[i:i + chunk].encode(cs)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            words.append("=?%s?Q?%s?=" % (cs, _qenc(b)))
    return sep.join(words)


def ew1(text, cs="utf-8", mode="B"):
    """One encoded word, however long (Outlook writes file names that way)."""
    b = text.encode(cs)
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    return "=?%s?Q?%s?=" % (cs, _qenc(b))


def addr(name, a, cs="utf-8", mode="B", quote=False):
    if name is None:
        return a if not quote else "<%s>" % a
    if name.isascii():
        return '"%s" <%s>' % (name, a)
    if quote:   # Outlook style: one encoded word inside quotes
        return '"%s" <%s>' % (ew1(name, cs, mode), a)
    return "%s <%s>" % (ew(name, cs, mode), a)


def pct(text, cs="utf-8"):
    return urllib.parse.quote(text.encode(cs), safe="!#$&+-.^_`|~")


def rfc2231(param, text, cs="utf-8", cont=False, size=42):
    if not cont:
        return "%s*=%s''%s" % (param, cs, pct(text, cs))
    enc = pct(text, cs)
    pieces, i = [], 0
    while i < len(enc):
        j = min(i + size, len(enc))
        while j < len(enc) and "%" in enc[j - 2:j]:   # do not cut a %XX
            j -= 1
        pieces.append(enc[i:j])
        i = j
    out = []
    for n, p in enumerate(pieces):
        out.append("%s*%d*=%s%s" % (param, n, ("%s''" % cs) if n == 0 else "", p))
    return ";\n ".join(out)


# ---------------------------------------------------------------------------------------------
# MIME parts

class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=b"", epilogue=b""):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = []
        for k, v in self.headers:
            if isinstance(v, bytes):
                out.append(k.encode() + b": " + v + b"\n")
            else:
                out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        if self.parts is None:
            out.append(self.body)
        else:
            b = self.boundary.encode()
            out.append(self.preamble)
            for p in self.parts:
                out.append(b"--" + b + b"\n")
                r = p.render()
                out.append(r if r.endswith(b"\n") else r + b"\n")
            out.append(b"--" + b + b"--\n")
            out.append(self.epilogue)
        return b"".join(out)


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text(body, cs="utf-8", cte="quoted-printable", sub="plain", label=None, quoted_cs=True,
         extra="", headers=()):
    """A text part. `label` is the charset written in the header (a mislabelled part)."""
    raw = body.encode(cs)
    if cte == "base64":
        raw = raw.replace(b"\n", b"\r\n")
    lab = label or cs
    ct = "text/%s; charset=%s%s" % (sub, ('"%s"' % lab) if quoted_cs else lab, extra)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(headers),
                encode_body(raw, cte))


def multi(sub, boundary, parts, extra="", preamble=b"", headers=(), fold=True):
    ct = "multipart/%s;%sboundary=\"%s\"%s" % (sub, "\n\t" if fold else " ", boundary, extra)
    return Part([("Content-Type", ct)] + list(headers), parts=parts, boundary=boundary,
                preamble=preamble)


MIME_TYPES = {
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
    "png": "image/png",
}


def filedata(local):
    with open(os.path.join(ATT, local), "rb") as f:
        return f.read()


def attach(local, fname, style="ascii", cs="utf-8", ctype=None, disp="attachment", headers=(),
           data=None):
    """An attachment read from attachments/<local>, sent under the name `fname`.

    style: ascii | 2047B | 2047Q (Outlook, encoded word in quotes) | 2231 | 2231cont
           | tb (Thunderbird: 2047 in name=, 2231 with continuations in filename*)"""
    if data is None:
        data = filedata(local)
    ext = fname.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIME_TYPES.get(ext, "application/octet-stream")
    if style == "ascii":
        n, f = 'name="%s"' % fname, 'filename="%s"' % fname
    elif style in ("2047B", "2047Q"):
        w = ew1(fname, cs, style[-1])
        n, f = 'name="%s"' % w, 'filename="%s"' % w
    elif style == "2231":
        n, f = rfc2231("name", fname, cs), rfc2231("filename", fname, cs)
    elif style == "2231cont":
        n, f = rfc2231("name", fname, cs, cont=True), rfc2231("filename", fname, cs, cont=True)
    elif style == "tb":
        n, f = 'name="%s"' % ew(fname, cs, "B", sep=" "), rfc2231("filename", fname, cs, cont=True)
    else:
        raise ValueError(style)
    hs = [("Content-Type", "%s;\n %s" % (ctype, n)),
          ("Content-Transfer-Encoding", "base64"),
          ("Content-Disposition", "%s;\n %s" % (disp, f))] + list(headers)
    return Part(hs, base64.encodebytes(data))


def png_logo():
    """A small generated PNG (a blue seal with a stripe) for Word HTML mails."""
    w, h = 48, 48
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            dx, dy = x - 23.5, y - 23.5
            inside = dx * dx + dy * dy < 22 * 22
            stripe = 20 <= y <= 27
            if inside and stripe:
                row += bytes((250, 214, 0))
            elif inside:
                row += bytes((0, 87, 183))
            else:
                row += bytes((255, 255, 255))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def message(headers, root):
    """Top-level headers (without content headers) + the root part -> bytes with CRLF."""
    top = Part(list(headers) + root.headers, root.body, root.parts, root.boundary, root.preamble,
               root.epilogue)
    raw = top.render()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def message_lf(headers, root):
    """The same, with LF line ends (for a message embedded as message/rfc822)."""
    top = Part(list(headers) + root.headers, root.body, root.parts, root.boundary, root.preamble,
               root.epilogue)
    return top.render().replace(b"\r\n", b"\n")


# ---------------------------------------------------------------------------------------------
# Text helpers

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_lines(s, tag="div"):
    out = []
    for line in s.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(line) if line else "<br>", tag))
    return "\n".join(out)


def word_html(inner, gen="Microsoft Word 14 (filtered medium)", lang="UK", charset="windows-1251"):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=%s\">\n"
            "<meta name=Generator content=\"%s\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",\"sans-serif\";}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Calibri\",\"sans-serif\";\n\tcolor:windowtext;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
            "<body lang=%s link=blue vlink=purple><div class=WordSection1>\n%s\n</div></body></html>\n"
            % (charset, gen, lang, inner))


def mso_p(s):
    out = []
    for line in s.split("\n"):
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(line) if line else "&nbsp;"))
    return "\n".join(out)


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.split("\n"))


def reminder(executor, deadline, today, missing, overdue=False, partial=False, unplaced=False):
    """zvit's reminder, rendered as templates/reminder.txt.j2 renders it."""
    out = ["Шановні колеги!", ""]
    if overdue:
        out.append("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з "
                   "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у "
                   "рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline)
    else:
        out.append("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та "
                   "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
                   "«Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до %s "
                   "на адресу електронної пошти %s." % (deadline, MAILBOX))
    out.append("")
    if partial:
        out.append("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати "
                   "відомості щодо пунктів, наведених нижче%s." % (
                       today, "; частина тексту ще опрацьовується працівником управління" if unplaced else ""))
    else:
        out.append("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:"
                   % (today, executor))
    out.append("")
    for m in missing:
        out.append("  %d. %s" % (m, MEASURE[m]))
        out.append("")
    out.append("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
               "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
               "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
               "зазначивши номери пунктів плану.")
    out.append("")
    out.append("Просимо надати інформацію невідкладно." if overdue else
               "Просимо дотримуватися встановленого терміну.")
    out.append("")
    out.append("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.")
    out.append("")
    out.append("З повагою")
    out.append(OFFICE)
    return "\n".join(out)


def receipt(received_s, subject, executor, period, deadline, recognised, missing):
    """zvit's receipt, rendered as templates/receipt.txt.j2 renders it."""
    out = ["Шановні колеги!", "",
           "%s підтверджує отримання Вашого листа від %s «%s»." % (
               "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
               received_s, subject), "",
           "Виконавець: %s." % executor,
           "Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline), ""]
    if recognised:
        out.append("Розпізнано інформацію щодо таких пунктів плану:")
        for n, ex in recognised:
            out.append("  • пункт %d: %s" % (n, ex))
    else:
        out.append("Інформації, яку можна віднести до пунктів плану, у листі не виявлено.")
    out.append("")
    if missing:
        out.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
        for m in missing:
            out.append("  %d. %s" % (m, MEASURE[m]))
    out.append("")
    out.append("Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s." % MAILBOX)
    out.append("")
    out.append("З повагою")
    out.append(OFFICE)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Registry

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


def it(*pairs):
    """it(1, "body", 6, "x.xls") -> [{"measure": 1, "source": "body"}, ...]"""
    return [{"measure": pairs[i], "source": pairs[i + 1]} for i in range(0, len(pairs), 2)]


# =============================================================================================
# The mails. For each: KEY (written first), then the builder.
# =============================================================================================

# ---- ph: placeholders ------------------------------------------------------------------------

KEY = {"class": "placeholder", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian cover note over a Ukrainian .xls with a row for all 16 measures: «х», «-», «—» "
               "and a bare «не проводились» (rows 9 and 12, where the title cell names the subject) are "
               "placeholders; only rows 1 and 6 say something; row 16 never counts.",
       "items": it(1, "Інформація ВУ Короп.xls", 6, "Інформація ВУ Короп.xls")}


@mail("ph01_korop", KEY)
def _():
    t = kdt("2012-12-13 11:42:17")
    cs = "windows-1251"
    plain = ("Добрый день!\n"
             "Направляем информацию Коропской РГА о выполнении плана мероприятий по ОУ (таблица во вложении).\n"
             "\n"
             "С уважением,\n"
             "Гавриленко Н.В.\n"
             "сектор внутренней политики\n"
             "Коропской РГА\n"
             "тел. (04656) 2-14-37\n")
    html = word_html(mso_p(plain), gen="Microsoft Word 11 (filtered medium)", lang="RU", charset=cs)
    root = multi("mixed", "----=_NextPart_000_0011_01CDD933.1C4A6F80", [
        multi("alternative", "----=_NextPart_001_0012_01CDD933.1C4A6F80", [
            text(plain, cs, "quoted-printable"),
            text(html, cs, "quoted-printable", "html")]),
        attach("ph01_korop.xls", "Інформація ВУ Короп.xls", "2047B", cs)],
        preamble=b"This is a multi-part message in MIME format.\n\n")
    h = [received(t, 4, "mail.rda-korop.example.gov.ua", "193.93.217.34"),
         ("From", addr("Коропская РГА", "rda-korop@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Информация по Открытому правительству", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<001101cdd922$5a8b3c60$0f01a8c0@korop-vp>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Office Outlook 11"),
         ("Thread-Index", "Ac3ZIlqFvKo0c8pJS1qN0gq8eE3qbw=="),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return message(h, root)


KEY = {"class": "placeholder", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain-text list of the unit's owed measures in surzhyk: «+», «без змін», «без изменений», "
               "a bare «не проводилось» and «-» are placeholders; only п.2 and п.6 carry text.",
       "items": it(2, "body", 6, "body")}


@mail("ph02_zhkh", KEY)
def _():
    t = kdt("2013-06-11 10:12:44")
    cs = "windows-1251"
    plain = ("Управління ЖКГ облдержадміністрації на виконання п.16 Плану заходів ВУ інформує (І півріччя 2013 р.):\n"
             "\n"
             "п.1 – +\n"
             "п.2 – в рубриці «Хід виконання цільових програм» на сайті ОДА розміщено звіт про виконання "
             "Програми реформування і розвитку ЖКГ області за 2012 рік та за І квартал 2013 р.\n"
             "п.6 – 18.04.2013 проведено громадське обговорення проекту Програми енергозбереження в ЖКГ на "
             "2013-2015 рр, к-ть учасників 34 (в т.ч. голови ОСББ)\n"
             "п.7 – без змін\n"
             "п.8 – без изменений\n"
             "п.9 – не проводилось\n"
             "п.12 – -\n"
             "п.16 – надано\n"
             "\n"
             "Нач. відділу Сидоренко Л.П. 67-42-18\n")
    root = text(plain, cs, "base64")
    h = [received(t, 3, "mail.zhkh.example.gov.ua", "193.93.216.71"),
         ("From", addr("ЖКГ ОДА", "zhkh@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("інформація ВУ ЖКГ", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<003c01ce6676$d1e2f0a0$3201a8c0@zhkh-buh>"),
         ("MIME-Version", "1.0"),
         ("X-Priority", "3"),
         ("X-MSMail-Priority", "Normal"),
         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
    return message(h, root)


KEY = {"class": "placeholder", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian one-line cover, Ukrainian .xlsx whose name comes in RFC 2231 continuations; rows "
               "«+», «немає», «х» and an empty cell are placeholders, rows 1 and 7 report.",
       "items": it(1, "Звіт_ВУ_ССД_ІІ півріччя 2013.xlsx", 7, "Звіт_ВУ_ССД_ІІ півріччя 2013.xlsx")}


@mail("ph03_ssd", KEY)
def _():
    t = kdt("2013-12-12 14:05:19")
    plain = ("Добрый день. Высылаем информацию ССД по ВУ за II полугодие, таблица во вложении.\n"
             "\n"
             "-- \n"
             "Служба у справах дітей облдержадміністрації\n"
             "сектор загальної роботи, тел. 67-33-90\n")
    root = multi("mixed", "------------080905030204070601030508", [
        text(plain, "utf-8", "8bit", quoted_cs=False, extra="; format=flowed"),
        attach("ph03_ssd.xlsx", "Звіт_ВУ_ССД_ІІ півріччя 2013.xlsx", "tb")],
        preamble=b"This is a multi-part message in MIME format.\n", fold=False)
    h = [received(t, 5, "mail.sluzhba-ditei.example.gov.ua", "193.93.216.88"),
         ("Message-ID", "<52A9A6BF.7060203@example.gov.ua>"),
         ("Date", rfcdate(t)),
         ("From", addr("Служба у справах дітей ОДА", "sluzhba-ditei@example.gov.ua")),
         ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
         ("MIME-Version", "1.0"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("ВУ ССД ІІ півріччя", "utf-8"))]
    return message(h, root)


KEY = {"class": "placeholder", "executor": "rda-mena", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian Word-HTML table for all 16 measures sent the Monday after the deadline; «+», «х», "
               "«—» and a bare «не проводились» fill the rows, only 6 and 10 report.",
       "items": it(6, "body", 10, "body")}


@mail("ph04_mena", KEY)
def _():
    t = kdt("2013-06-17 11:26:30")
    cs = "windows-1251"
    rows = [
        ("1", "Наполнение сайтов", "+"),
        ("2", "Рубрики на сайте ОГА", "х"),
        ("3", "Веб-ресурс «Чернігівська громада»", "х"),
        ("4", "Интернет-форум", "х"),
        ("5", "«Горячая линия» председателя ОГА", "х"),
        ("6", "Консультации с общественностью",
         "Проведено 2 общественных слушания: по проекту Программы развития малого предпринимательства "
         "на 2013-2014 гг. (23.04.2013) и по схеме санитарной очистки г. Мена (28.05.2013)"),
        ("7", "Включение представителей ИГС в состав КДО", "+"),
        ("8", "Председатели комитетов ОС в коллегиях", "х"),
        ("9", "Обсуждение проектов с участием членов ОС", "не проводились"),
        ("10", "Рабочая группа по открытости",
         "При общественном совете при РГА создана рабочая группа по вопросам открытости и прозрачности "
         "деятельности органа власти (протокол заседания ОС от 14.05.2013 № 3)"),
        ("11", "Дни открытых дверей", "х"),
        ("12", "Общественные экспертизы", "—"),
        ("13", "Семинары", "х"),
        ("14", "Методические пособия", "х"),
        ("15", "Обсуждение выполнения плана", "х"),
        ("16", "Предоставление информации в УВП", "выполнено"),
    ]
    intro = ("Добрый день. Информация Менской РГА по плану ОП за I полугодие 2013 г.\n"
             "Извините за задержку, в пятницу не было связи.")
    sign = "Зав. сектором Менской РГА\nО.А. Приходько\n(04644) 2-11-58"
    plain = intro + "\n\n" + "\n".join("%s\t%s\t%s" % r for r in
                                       [("№", "Мероприятие", "Выполнение")] + rows) + "\n\n" + sign + "\n"
    trs = "\n".join(
        "<tr><td width=40 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
        "<p class=MsoNormal>%s<o:p></o:p></p></td><td width=200 valign=top style='border:solid windowtext 1.0pt;"
        "padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td><td width=380 valign=top "
        "style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td></tr>"
        % (esc(a), esc(b), esc(c)) for a, b, c in [("№", "Мероприятие", "Выполнение")] + rows)
    html = word_html(mso_p(intro) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                     "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                     "style='border-collapse:collapse;border:none'>\n" + trs + "\n</table>\n"
                     "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + mso_p(sign),
                     gen="Microsoft Word 12 (filtered medium)", lang="RU", charset=cs)
    root = multi("alternative", "----=_NextPart_000_0007_01CE6B4F.9D5B2E40", [
        text(plain, cs, "quoted-printable"),
        text(html, cs, "quoted-printable", "html")],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 6, "mail.rda-mena.example.gov.ua", "193.93.217.61"),
         ("From", addr("Менская РГА", "rda-mena@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Информация Менской РГА (ОУ) за 1 полугодие", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<000701ce6b36$e1f1a2c0$a5d4e840$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Office Outlook 12.0"),
         ("Thread-Index", "Ac5rNuGhg1Hr8b0lQy2h8ndh9r2Yfw=="),
         ("Content-Language", "ru")]
    return message(h, root)


KEY = {"class": "placeholder", "executor": "rda-nosivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "ALL CAPS surzhyk from The Bat! in koi8-u: «П.1 - ПОСТОЯННО» only repeats the plan's term, "
               "«БЕЗ ИЗМЕНЕНИЙ», «+» and «-» are placeholders; П.6 and П.12 report.",
       "items": it(6, "body", 12, "body")}


@mail("ph05_nosivka", KEY)
def _():
    t = kdt("2013-12-13 08:32:55")
    cs = "koi8-u"
    plain = ("Здравствуйте, uvp.\n"
             "\n"
             "ИНФОРМАЦИЯ НОСІВСЬКОЇ РДА ПО ПЛАНУ ВУ ЗА ІІ ПІВРІЧЧЯ 2013\n"
             "П.1 - ПОСТОЯННО\n"
             "П.6 - ПРОВЕДЕНО 4 КОНСУЛЬТАЦИИ С ОБЩЕСТВЕННОСТЬЮ (ПРОЕКТ БЮДЖЕТА НА 2014, ТАРИФЫ НА ВОДУ, "
             "ОПРОС ПО РАБОТЕ ЦНАП, ВСТРЕЧА С ЖИТЕЛЯМИ С.ДЕНИСІВКА)\n"
             "П.7 - БЕЗ ИЗМЕНЕНИЙ\n"
             "П.9 - +\n"
             "П.10 - -\n"
             "П.12 - ГО \"НОСІВСЬКА ІНІЦІАТИВА\" ПРОВЕЛА ОБЩЕСТВЕННУЮ АНТИКОРРУПЦИОННУЮ ЭКСПЕРТИЗУ ПРОЕКТА "
             "РАСПОРЯЖЕНИЯ ГОЛОВИ РДА О ПОРЯДКЕ ОКАЗАНИЯ МАТ. ПОМОЩИ, 2 ПРЕДЛОЖЕНИЯ УЧТЕНО\n"
             "П.16 - ВЫПОЛНЕНО\n"
             "\n"
             "ЗАГАЛЬНИЙ ВІДДІЛ НОСІВСЬКОЇ РДА\n"
             "\n"
             "-- \n"
             "С уважением,\n"
             " rda-nosivka                          mailto:rda-nosivka@example.gov.ua\n")
    root = text(plain, cs, "8bit", quoted_cs=False)
    h = [received(t, 2, "mail.rda-nosivka.example.gov.ua", "193.93.217.90"),
         ("Date", rfcdate(t)),
         ("From", addr("rda-nosivka", "rda-nosivka@example.gov.ua")),
         ("X-Mailer", "The Bat! (v4.0.24) Professional"),
         ("Reply-To", "rda-nosivka <rda-nosivka@example.gov.ua>"),
         ("X-Priority", "3 (Normal)"),
         ("Message-ID", "<1418203947.20131213083249@example.gov.ua>"),
         ("To", "uvp <uvp@cg.ukrtel.net>"),
         ("Subject", ew("ВІДКРИТИЙ УРЯД НОСІВКА", cs)),
         ("MIME-Version", "1.0")]
    return message(h, root)

# ---- bp: bottom posts ------------------------------------------------------------------------

def interleave(quoted_src, answers, prefix="> "):
    """Quote `quoted_src` line by line and type answers under the lines that start a measure
    ("  N. …") — the way a clerk answers inside a reminder."""
    out = []
    for line in quoted_src.split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
        m = re.match(r"\s+(\d+)\. ", line)
        if m and int(m.group(1)) in answers:
            out.append(answers[int(m.group(1))])
    return "\n".join(out)


KEY = {"class": "bottom_post", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply typed between the «>» lines of zvit's reminder, each answer under its "
               "quoted measure and without a number; «не було» under 7 and «-» under 12 are placeholders.",
       "items": it(1, "body", 6, "body", 9, "body", 10, "body")}


@mail("bp01_bobrovytsia", KEY)
def _():
    t = kdt("2012-12-12 15:06:40")
    cs = "windows-1251"
    rem = reminder("Бобровицька районна державна адміністрація", "15.12.2012", "10.12.2012",
                   [1, 6, 7, 9, 10, 12])
    answers = {
        1: "сайт РДА приведено у відповідність, оновлено розділи «Звернення громадян» та «Публічна "
           "інформація», новини щотижня\n",
        6: "проведено 2 (по бюджету на 2013 і по благоустрою м.Бобровиця), протоколи є\n",
        7: "не було\n",
        9: "члени громради брали участь в обговоренні проекту програми соц.-економ. розвитку району "
           "на 2013 рік (29.11.2012)\n",
        10: "громраді рекомендовано створити комісію з питань відкритості та прозорості, питання "
            "розглянуть на засіданні в січні\n",
        12: "-\n",
    }
    plain = ("10.12.2012 9:00, Управління з питань внутрішньої політики ОДА пишет:\n"
             + interleave(rem, answers) + "\n\n"
             "-- \n"
             "Загальний відділ Бобровицької РДА\n"
             "Коваль І.\n")
    root = text(plain, cs, "8bit", quoted_cs=False)
    h = [received(t, 3, "mail.rda-bobrovytsia.example.gov.ua", "193.93.217.12"),
         ("Message-ID", "<50C8819A.9030204@example.gov.ua>"),
         ("Date", rfcdate(t)),
         ("From", addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", cs)),
         ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),
         ("MIME-Version", "1.0"),
         ("To", addr("Управління з питань внутрішньої політики ОДА", MAILBOX, cs)),
         ("Subject", ew("Re: Нагадування про надання інформації (п. 16 Плану заходів «Відкритий уряд»)", cs)),
         ("References", "<zvit.reminder.1.rda-bobrovytsia.20121210@cg.ukrtel.net>"),
         ("In-Reply-To", "<zvit.reminder.1.rda-bobrovytsia.20121210@cg.ukrtel.net>")]
    return message(h, root)


KEY = {"class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 (uk UI) reply typed below zvit's quoted receipt (header block «Від:/Надіслано:», "
               "no «>»); the receipt's recognised and missing lists are quoted, the new Russian lines name "
               "measures by subject only («по коллегии —», «по экспертизам — общественные экспертизы не "
               "проводились»: a denial that names its object); «по п.2, 7, 9 – информация будет "
               "предоставлена» is a promise.",
       "items": it(8, "body", 12, "body")}


@mail("bp02_zdorovia", KEY)
def _():
    t = kdt("2013-06-07 14:33:21")
    cs = "windows-1251"
    rec = receipt("04.06.2013 16:12", "Інформація УОЗ ВУ", "Управління охорони здоров'я облдержадміністрації",
                  2, "15.06.2013",
                  [(1, "офіційний веб-сайт управління наповнюється відповідно до вимог законодавства…"),
                   (6, "проведено 2 консультації з громадськістю щодо реформування первинної ланки…")],
                  [2, 7, 8, 9, 12])
    hdr = ("Від: Управління з питань внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net] \n"
           "Надіслано: 5 червня 2013 р. 9:14\n"
           "Кому: zdorovia@example.gov.ua\n"
           "Тема: Підтвердження отримання: Інформація УОЗ ВУ")
    reply = ("Дополняем к письму от 04.06:\n"
             "по коллегии — председатель комитета по вопросам здравоохранения Общественного совета при ОГА "
             "Петрук В.И. с его согласия введен в состав коллегии управления (приказ от 12.03.2013 № 214), "
             "изменения в положение об управлении не требуются.\n"
             "по экспертизам — общественные экспертизы не проводились, обращений от ИГС не было.\n"
             "по п.2, 7, 9 – информация будет предоставлена дополнительно.\n"
             "\n"
             "С уважением,\n"
             "Бондарь Е.С., юрисконсульт\n"
             "Управления здравоохранения ОГА\n"
             "тел. 67-50-14")
    plain = "\n" + hdr + "\n\n" + rec + "\n\n" + reply + "\n"
    html = word_html(
        "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        "<p class=MsoNormal><b><span lang=UK style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:"
        "</span></b><span lang=UK style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Управління з "
        "питань внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 5 червня 2013 р. 9:14"
        "<br><b>Кому:</b> zdorovia@example.gov.ua<br><b>Тема:</b> Підтвердження отримання: Інформація УОЗ ВУ"
        "<o:p></o:p></span></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + mso_p(rec) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + mso_p(reply).replace("<p class=MsoNormal>", "<p class=MsoNormal><span lang=RU style='color:#1F497D'>")
        .replace("<o:p></o:p></p>", "</span><o:p></o:p></p>"),
        lang="UK", charset=cs)
    root = multi("alternative", "----=_NextPart_000_0019_01CE6391.63A8C7E0", [
        text(plain, cs, "quoted-printable"),
        text(html, cs, "quoted-printable", "html")],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 4, "mail.zdorovia.example.gov.ua", "193.93.216.45"),
         ("From", addr("Бондар Олена Станіславівна", "zdorovia@example.gov.ua", cs, quote=True)),
         ("To", addr("Управління з питань внутрішньої політики ОДА", MAILBOX, cs, quote=True)),
         ("References", "<zvit.receipt.2.su-zdorovia.20130605@cg.ukrtel.net>"),
         ("In-Reply-To", "<zvit.receipt.2.su-zdorovia.20130605@cg.ukrtel.net>"),
         ("Subject", ew("RE: Підтвердження отримання: Інформація УОЗ ВУ", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<001901ce6380$a1b2c3d0$e510f570$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 14.0"),
         ("Thread-Index", "AQHOYcT0b8yQm1tqQk2Vg4lTgq3c/Jkm0RXw"),
         ("Content-Language", "uk")]
    return message(h, root)


KEY = {"class": "bottom_post", "executor": "rda-varva", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply in Russian below a blockquote (HTML) / «>» quote (plain) of zvit's partial "
               "reminder listing 6, 7, 9 and 12; «п.9 - не проводилось» and «п.12 - не было» are bare "
               "negations, only 6 and 7 are answered.",
       "items": it(6, "body", 7, "body")}


@mail("bp03_varva", KEY)
def _():
    t = kdt("2013-12-11 13:12:00")
    rem = reminder("Варвинська районна державна адміністрація", "15.12.2013", "09.12.2013",
                   [6, 7, 9, 12], partial=True, unplaced=True)
    reply = ("по п.6 — 26.11.2013 проведено общественное обсуждение проекта районной программы «Питьевая "
             "вода» на 2014-2016 гг., 22 участника, протокол на сайте РГА\n"
             "по п.7 — в состав районного совета по делам ветеранов и координационного совета по вопросам "
             "малого бизнеса включены 2 представителя ГО\n"
             "п.9 - не проводилось\n"
             "п.12 - не было")
    sig = "-- \nЗінченко Т.В.\nвідділ організаційної роботи апарату Варвинської РДА"
    att_line = "uvp@cg.ukrtel.net писал 09.12.2013 09:00:"
    plain = att_line + "\n" + quote(rem) + "\n\n" + reply + "\n\n" + sig + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head>"
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            "<p>" + esc(att_line) + "</p>\n"
            "<blockquote type=\"cite\" style=\"padding-left:5px; border-left:#1010ff 2px solid; "
            "margin-left:5px; width:100%\">\n<pre>" + esc(rem) + "</pre>\n</blockquote>\n"
            "<p>" + esc(reply).replace("\n", "<br />\n") + "</p>\n"
            "<div><pre>" + esc(sig) + "</pre></div>\n</body></html>\n")
    root = multi("alternative", "=_4d1e0b2a8f6c35a9e7b0c1d2f3a4b5c6", [
        text(plain, "utf-8", "quoted-printable", quoted_cs=False, extra="; format=flowed"),
        text(html, "utf-8", "quoted-printable", "html", quoted_cs=False)], fold=False)
    h = [received(t, 2, "mail.rda-varva.example.gov.ua", "193.93.217.23"),
         ("MIME-Version", "1.0"),
         ("Date", rfcdate(t)),
         ("From", "rda-varva@example.gov.ua"),
         ("To", MAILBOX),
         ("Subject", ew("Re: Нагадування про надання інформації", "utf-8")),
         ("In-Reply-To", "<zvit.reminder.3.rda-varva.20131209@cg.ukrtel.net>"),
         ("References", "<zvit.reminder.3.rda-varva.20131209@cg.ukrtel.net>"),
         ("Message-ID", "<8c1f4e0a2b3d5e6f7a8b9c0d1e2f3a4b@example.gov.ua>"),
         ("X-Sender", "rda-varva@example.gov.ua"),
         ("User-Agent", "Roundcube Webmail/0.9.5")]
    return message(h, root)


KEY = {"class": "bottom_post", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The unit re-sends its own letter of 07.12 (Outlook Express «>» quote) with additions typed "
               "between the quoted lines and starred; only the starred lines under п.8 and п.9 are new, "
               "the quoted п.1, 2, 6 were counted a week earlier.",
       "items": it(8, "body", 9, "body")}


@mail("bp04_finansy", KEY)
def _():
    t = kdt("2012-12-14 09:18:05")
    cs = "windows-1251"
    old = ("Головне фінансове управління облдержадміністрації надає інформацію щодо виконання Плану заходів "
           "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.\n"
           "\n"
           "п.1 – офіційний веб-сайт ГФУ функціонує відповідно до вимог законодавства, розділи оновлюються "
           "щотижня.\n"
           "п.2 – рубрика «Виконання місцевих бюджетів Чернігівської області» на сайті ОДА наповнюється "
           "щомісяця.\n"
           "п.6 – проведено консультації з громадськістю щодо проекту обласного бюджету на 2013 рік "
           "(22.11.2012).\n"
           "п.8 – інформацію буде надано додатково.\n"
           "п.9 – \n"
           "п.12 – не проводились.\n"
           "\n"
           "Заступник начальника управління   О.В. Литвин")
    ql = quote(old).split("\n")
    out = []
    for l in ql:
        out.append(l)
        if l.startswith("> п.8"):
            out.append("*** уточнюємо: 06.12.2012 голову комітету з питань бюджету Громадської ради при ОДА "
                       "Савчука О.М. (за згодою) введено до складу колегії ГФУ, наказ від 06.12.2012 № 187 ***")
        if l.startswith("> п.9"):
            out.append("*** члени громадської ради брали участь в обговоренні проекту рішення обласної ради "
                       "«Про обласний бюджет на 2013 рік» (засідання бюджетного комітету ГР 29.11.2012) ***")
    plain = ("Дополнение к письму от 07.12 — см. по тексту ***\n"
             "Чернега Н., сектор інформаційного забезпечення ГФУ, 67-20-31\n"
             "\n"
             "----- Исходное сообщение ----- \n"
             "От: Головне фінансове управління \n"
             "Кому: uvp@cg.ukrtel.net \n"
             "Отправлено: 7 декабря 2012 г. 15:12\n"
             "Тема: Інформація ГФУ щодо виконання Плану ВУ\n"
             "\n\n" + "\n".join(out) + "\n")
    root = text(plain, cs, "quoted-printable")
    h = [received(t, 3, "mail.finansy.example.gov.ua", "193.93.216.20"),
         ("Message-ID", "<000b01cdd9c1$2f3a4b50$1401a8c0@gfu-inform>"),
         ("From", addr("Головне фінансове управління", "finansy@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Fw: Інформація ГФУ щодо виконання Плану ВУ", cs)),
         ("Date", rfcdate(t)),
         ("MIME-Version", "1.0"),
         ("X-Priority", "3"),
         ("X-MSMail-Priority", "Normal"),
         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return message(h, root)


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (ru UI) answer below «-----Исходное сообщение-----» and zvit's quoted reminder for "
               "measure 5; the new Russian text starts «По обращениям на горячую линию председателя», "
               "with no number, and its site clause is a passing mention.",
       "items": it(5, "body")}


@mail("bp05_zvernennia", KEY)
def _():
    t = kdt("2013-06-13 16:40:02")
    cs = "windows-1251"
    rem = reminder("Відділ роботи із зверненнями громадян апарату облдержадміністрації", "15.06.2013",
                   "10.06.2013", [5])
    hdr = ("-----Исходное сообщение-----\n"
           "От: Управління з питань внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net] \n"
           "Отправлено: 10 июня 2013 г. 9:00\n"
           "Кому: zvernennia@example.gov.ua\n"
           "Тема: Нагадування про надання інформації (п. 16 Плану заходів «Відкритий уряд»)")
    reply = ("По обращениям на «горячую линию» председателя облгосадминистрации за I квартал и апрель-май "
             "2013 г.: принято 1 214 звонков, из них 463 взяты на контроль, решено положительно 38 %. Работа "
             "линии обеспечена в режиме пн–пт 9.00–18.00, дежурство специалистов отдела по графику. "
             "Еженедельно обобщение размещается на сайте ОГА.\n"
             "\n"
             "Кравчук Т.М.\n"
             "отдел по работе с обращениями граждан аппарата ОГА")
    plain = "\n\n" + hdr + "\n\n" + rem + "\n\n" + reply + "\n"
    html = word_html(
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;"
        "padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\","
        "\"sans-serif\"'>От:</span></b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> "
        "Управління з питань внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 10 июня "
        "2013 г. 9:00<br><b>Кому:</b> zvernennia@example.gov.ua<br><b>Тема:</b> Нагадування про надання "
        "інформації (п. 16 Плану заходів «Відкритий уряд»)<o:p></o:p></span></p></div></div>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + mso_p(rem) +
        "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + mso_p(reply), lang="RU", charset=cs)
    root = multi("alternative", "----=_NextPart_000_002E_01CE6853.7A1F0B90", [
        text(plain, cs, "quoted-printable"),
        text(html, cs, "quoted-printable", "html")],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 5, "mail.zvernennia.example.gov.ua", "193.93.216.14"),
         ("From", addr("Кравчук Татьяна", "zvernennia@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("References", "<zvit.reminder.2.zvernennia.20130610@cg.ukrtel.net>"),
         ("In-Reply-To", "<zvit.reminder.2.zvernennia.20130610@cg.ukrtel.net>"),
         ("Subject", ew("RE: Нагадування про надання інформації (п. 16 Плану заходів «Відкритий уряд»)", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<002e01ce6842$0c4d5e70$24e81b50$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 14.0"),
         ("Thread-Index", "AQGb8yJx0E1hCkTlQ6aS9d8sP9bqfQ=="),
         ("Content-Language", "ru")]
    return message(h, root)

# ---- nr: not reports -------------------------------------------------------------------------

def ics_fold(lines):
    out = []
    for line in lines:
        b = line.encode("utf-8")
        first = True
        while b:
            lim = 75 if first else 74
            cut = min(lim, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
    return "\n".join(out) + "\n"


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Lightning invitation (text/calendar METHOD:REQUEST plus invite.ics) to the public discussion "
               "of the plan on 12.12.2013; it names measure 15's subject and says the announcement is on "
               "«Чернігівська громада», which is preparation for an event to come, not a report.",
       "items": []}


@mail("nr01_koordynator", KEY)
def _():
    t = kdt("2013-11-28 17:30:12")
    plain = ("Шановні колеги!\n"
             "\n"
             "Регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області спільно з "
             "Громадською радою при облдержадміністрації запрошує представників управління на громадське "
             "обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в "
             "області у 2013 році, яке відбудеться 12 грудня 2013 року о 14.00 у малому залі "
             "облдержадміністрації (вул. Шевченка, 7).\n"
             "\n"
             "Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже "
             "підтвердили 19 громадських організацій.\n"
             "\n"
             "Просимо підтвердити участь до 10.12.2013.\n"
             "\n"
             "З повагою,\n"
             "Олег Лисенко\n"
             "регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області\n"
             "тел. 050 417 22 96\n")
    ics = ics_fold([
        "BEGIN:VCALENDAR",
        "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Kiev",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300",
        "TZNAME:EEST",
        "DTSTART:19700329T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200",
        "TZNAME:EET",
        "DTSTART:19701025T040000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "CREATED:20131128T152700Z",
        "LAST-MODIFIED:20131128T152955Z",
        "DTSTAMP:20131128T152955Z",
        "UID:6c2f81a4-5b3e-4d0f-9a7c-2e14b8d0f3c9",
        "SUMMARY:Громадське обговорення виконання Плану заходів «Відкритий уряд» за 2013 рік",
        "ORGANIZER;RSVP=TRUE;CN=Олег Лисенко;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ogp-coordinator@example.org.ua",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:uvp@cg.ukrtel.net",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:gromrada@example.gov.ua",
        "DTSTART;TZID=Europe/Kiev:20131212T140000",
        "DTEND;TZID=Europe/Kiev:20131212T170000",
        "LOCATION:м. Чернігів\\, вул. Шевченка\\, 7\\, малий зал облдержадміністрації",
        "DESCRIPTION:Громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості "
        "діяльності влади в області у 2013 році. Реєстрація з 13.30.",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR"])
    root = multi("mixed", "------------000704030105000307020609", [
        multi("alternative", "------------050108060907080406050207", [
            text(plain, "utf-8", "8bit", quoted_cs=False, extra="; format=flowed"),
            text(ics, "utf-8", "8bit", sub="calendar", quoted_cs=False, extra="; method=REQUEST")],
            fold=False),
        Part([("Content-Type", "application/ics;\n name=\"invite.ics\""),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", "attachment;\n filename=\"invite.ics\"")],
             base64.encodebytes(ics.replace("\n", "\r\n").encode("utf-8")))],
        preamble=b"This is a multi-part message in MIME format.\n", fold=False)
    h = [received(t, 6, "mail.example.org.ua", "91.200.40.17"),
         ("Message-ID", "<52976024.3050504@example.org.ua>"),
         ("Date", rfcdate(t)),
         ("From", addr("Олег Лисенко", "ogp-coordinator@example.org.ua")),
         ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
         ("MIME-Version", "1.0"),
         ("To", "uvp@cg.ukrtel.net, gromrada@example.gov.ua"),
         ("Subject", ew("Запрошення: громадське обговорення виконання Плану ВУ, 12.12.2013", "utf-8"))]
    return message(h, root)


KEY = {"class": "not_report", "executor": "rda-sosnytsia", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Surzhyk question from Outlook Express whether п.2 and п.8 are owed by a district, and whether "
               "to write about a commission that already works (п.10): a premise inside a question reports "
               "nothing.",
       "items": []}


@mail("nr02_sosnytsia", KEY)
def _():
    t = kdt("2012-11-27 10:05:33")
    cs = "windows-1251"
    plain = ("Добрий день!\n"
             "Подскажіть будь-ласка чи потрібно подавати інформацію щодо п.2 і п.8 якщо там виконавці тільки "
             "структурні підрозділи ОДА?\n"
             "І ще по п.10 - у нас при громадській раді вже працює комісія з питань відкритості, створена в "
             "жовтні, це писати в звіт чи ні?\n"
             "Спасибо.\n"
             "\n"
             "Ярошенко Л., Сосницька РДА, 2-12-71\n")
    root = text(plain, cs, "quoted-printable")
    h = [received(t, 2, "mail.rda-sosnytsia.example.gov.ua", "193.93.217.104"),
         ("Message-ID", "<000601cdcc7c$3e8f2a10$6b01a8c0@sosn-org>"),
         ("From", addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("вопрос по плану ВУ", cs)),
         ("Date", rfcdate(t)),
         ("MIME-Version", "1.0"),
         ("X-Priority", "3"),
         ("X-MSMail-Priority", "Normal"),
         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
    return message(h, root)


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Russian request to move the deadline to 21.06.2013 because the clerk is on leave; it names "
               "пп. 1, 6, 9 only to promise them.",
       "items": []}


@mail("nr03_ekolohiia", KEY)
def _():
    t = kdt("2013-06-13 09:51:10")
    cs = "windows-1251"
    plain = ("Уважаемые коллеги!\n"
             "\n"
             "Управление экологии и природных ресурсов облгосадминистрации просит продлить срок "
             "предоставления информации о выполнении плана мероприятий по ОУ (п.16) до 21.06.2013 в связи с "
             "нахождением ответственного специалиста в отпуске. Информация по пп. 1, 6, 9 будет "
             "предоставлена в полном объеме.\n"
             "\n"
             "С уважением,\n"
             "Шевчук Г.А.\n"
             "начальник отдела экологической политики\n"
             "Управления экологии и природных ресурсов ОГА\n"
             "тел. 67-29-04\n")
    html = word_html(mso_p(plain), lang="RU", charset=cs)
    root = multi("alternative", "----=_NextPart_000_0003_01CE6812.C6B7E3A0", [
        text(plain, cs, "base64"),
        text(html, cs, "base64", "html")],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 3, "mail.ekolohiia.example.gov.ua", "193.93.216.57"),
         ("From", addr("Шевчук Галина", "ekolohiia@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("О продлении срока", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<000301ce6801$5e3f1c20$1abd5460$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 14.0"),
         ("Thread-Index", "Ac5oAV4jR0Wl5mRvT6KhbYwq3mO9xQ=="),
         ("Content-Language", "ru")]
    return message(h, root)


KEY = {"class": "not_report", "executor": "rda-kulykivka", "period": 3, "late": True,
       "kind": "not_report", "reason": "promise",
       "note": "iPhone note the Monday after the deadline: the information will come by 18.12, the papers "
               "on the site and consultations are prepared and awaiting the deputy head's signature.",
       "items": []}


@mail("nr04_kulykivka", KEY)
def _():
    t = kdt("2013-12-16 08:55:41")
    plain = ("Информацию по плану ОУ направим до 18.12.2013, материалы по сайту и консультациям подготовлены "
             "и находятся на подписи у зам. председателя (он в командировке). Извините\n"
             "Куликовская РГА, Павленко\n"
             "\n"
             "Отправлено с iPhone")
    root = text(plain, "utf-8", "quoted-printable", quoted_cs=False)
    root.headers[0] = ("Content-Type", "text/plain;\n\tcharset=utf-8")
    h = [received(t, 7, "mail.rda-kulykivka.example.gov.ua", "193.93.217.48"),
         ("From", addr("Павленко Ирина", "rda-kulykivka@example.gov.ua")),
         ("Mime-Version", "1.0 (1.0)"),
         ("Date", rfcdate(t)),
         ("Subject", ew("Куликовка ОУ", "utf-8")),
         ("Message-Id", "<2B7E1C55-0F4A-4E61-9C3D-7A1B5E8F02D4@example.gov.ua>"),
         ("To", "\"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>"),
         ("X-Mailer", "iPhone Mail (11B554a)")]
    return message(h, root)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "CDO-scripted HTML announcement of the seminar of 26.02.2013 with its programme as a PDF: the "
               "seminar is measure 13's subject, but it is still to come.",
       "items": []}


@mail("nr05_cppk", KEY)
def _():
    t = kdt("2013-02-12 10:00:03")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<p><b>Шановні колеги!</b></p>\n"
            "<p>Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної "
            "влади, органів місцевого самоврядування, державних установ, підприємств і організацій спільно з "
            "управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
            "повідомляє, що <b>26 лютого 2013 року о 09.30</b> у залі засідань Центру (вул. Шевченка, 7) "
            "відбудеться навчальний семінар «Інструменти політики сприяння розвитку громадянського "
            "суспільства» для заступників керівників структурних підрозділів облдержадміністрації та "
            "райдержадміністрацій, відповідальних за організацію консультацій з громадськістю, та "
            "спеціалістів, які безпосередньо організовують консультації.</p>\n"
            "<p>Програма семінару додається.</p>\n"
            "<p>Просимо до 20.02.2013 надати списки учасників на адресу cppk@example.gov.ua.</p>\n"
            "<p>З повагою,<br>директор Центру В.М. Остапенко</p>\n"
            "</body></html>\n")
    root = multi("mixed", "----=_NextPart_000_0001_01CE08F1.8C2A3B40", [
        text(html, "utf-8", "base64", "html"),
        attach("nr05_cppk.pdf", "Програма семінару 26.02.2013.pdf", "2047B", "utf-8")],
        preamble=b"This is a multi-part message in MIME format.\n\n")
    h = [received(t, 1, "srv.cppk.example.gov.ua", "193.93.216.140"),
         ("Thread-Topic", ew("Семінар 26.02.2013", "utf-8")),
         ("Content-Class", "urn:content-classes:message"),
         ("From", "<cppk@example.gov.ua>"),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Семінар 26.02.2013 — інструменти політики сприяння розвитку громадянського суспільства", "utf-8")),
         ("Date", rfcdate(t)),
         ("Message-ID", "<D41F0C8E7A2B4C5D9E3F@srv.cppk.example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft CDO for Windows 2000"),
         ("Importance", "normal"),
         ("Priority", "normal"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4862")]
    return message(h, root)

# ---- rg: ranges and lists --------------------------------------------------------------------

KEY = {"class": "ranges", "executor": "rda-nizhyn", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian plain text from Opera sent three days after the deadline: «По пп. 1, 6-7, 9» answers "
               "four measures in one paragraph; the date range «с 10.09 по 14.12.2012» is no list, and "
               "«П.п. 10, 12 — не проводились» is a bare negation.",
       "items": it(1, "body", 6, "body", 7, "body", 9, "body")}


@mail("rg01_nizhyn", KEY)
def _():
    t = kdt("2012-12-18 08:47:12")
    plain = ("Управление по вопросам внутренней политики и связей с общественностью ОГА\n"
             "\n"
             "Нежинская РГА в соответствии с п.16 Плана сообщает (период с 10.09 по 14.12.2012):\n"
             "\n"
             "По пп. 1, 6-7, 9: на официальном сайте РГА ведется раздел «Открытое правительство», проведено 3 "
             "консультации с общественностью (в т.ч. 1 электронная), члены общественного совета при РГА "
             "включены в состав 4 консультативно-совещательных органов и приняли участие в обсуждении проектов "
             "2 распоряжений председателя РГА.\n"
             "П.п. 10, 12 — не проводились.\n"
             "Пункт 16 — выполнен.\n"
             "\n"
             "Зам. председателя РГА  С.А. Гончаренко\n"
             "исп. Ткач 2-31-05\n")
    root = text(plain, "utf-8", "8bit", quoted_cs=False, extra="; format=flowed; delsp=yes")
    h = [received(t, 4, "mail.rda-nizhyn.example.gov.ua", "193.93.217.70"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("Нежинская РГА - инфо ОУ (с опозданием)", "utf-8")),
         ("Date", rfcdate(t)),
         ("MIME-Version", "1.0"),
         ("From", addr("Нежинская РГА", "rda-nizhyn@example.gov.ua", quote=True)),
         ("Message-ID", "<op.wpd3v0xbq8k4dj@vp-nizhyn>"),
         ("User-Agent", "Opera Mail/12.12 (Win32)")]
    return message(h, root)


KEY = {"class": "ranges", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The .xlsx has «1–2» and «6–9» in its number column, each answered in one cell, so every "
               "measure in them counts; the Russian body only points to the attachment (pp. 1-2, 6-9, 12), "
               "and row 12 is a dash.",
       "items": it(1, "ВУ культура І півр 2013.xlsx", 2, "ВУ культура І півр 2013.xlsx",
                   6, "ВУ культура І півр 2013.xlsx", 7, "ВУ культура І півр 2013.xlsx",
                   8, "ВУ культура І півр 2013.xlsx", 9, "ВУ культура І півр 2013.xlsx")}


@mail("rg02_kultura", KEY)
def _():
    t = kdt("2013-06-14 15:18:27")
    cs = "windows-1251"
    plain = ("Информация управления культуры и туризма по плану ОУ за І полугодие 2013 (пп. 1-2, 6-9, 12) — "
             "во вложении.\n"
             "\n"
             "Мирошниченко Ю.\n"
             "відділ організаційно-аналітичної роботи\n"
             "Управління культури і туризму ОДА\n")
    html = word_html(mso_p(plain), gen="Microsoft Word 12 (filtered medium)", lang="UK", charset=cs)
    root = multi("mixed", "----=_NextPart_000_0021_01CE6908.3E1D6B70", [
        multi("alternative", "----=_NextPart_001_0022_01CE6908.3E1D6B70", [
            text(plain, cs, "quoted-printable"),
            text(html, cs, "quoted-printable", "html")]),
        attach("rg02_kultura.xlsx", "ВУ культура І півр 2013.xlsx", "2047Q", cs)],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 3, "mail.kultura.example.gov.ua", "193.93.216.33"),
         ("From", addr("Мирошниченко Юлія", "kultura@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("ВУ культура", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<002101ce68f7$bc9e7a30$35db6e90$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Office Outlook 12.0"),
         ("Thread-Index", "Ac5o97yMqT6kqz9jTlGB3UhSgZ1T1w=="),
         ("Content-Language", "uk")]
    return message(h, root)


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Telegraphic Russian from an Android phone on the Sunday after the deadline: «Пункты с 6 по 9» "
               "answered as one block counts 8 too (not a district's measure), the clerk's own «1) 2) 3)» are "
               "no measures, «№ 96» and «7 мероприятий» neither; «по сайту —» is measure 1 by its subject.",
       "items": it(1, "body", 6, "body", 7, "body", 8, "body", 9, "body", 12, "body")}


@mail("rg03_pryluky", KEY)
def _():
    t = kdt("2013-06-16 19:22:40")
    plain = ("Прилуки ОУ за І полугодие\n"
             "1) Пункты с 6 по 9 — проведено 5 консультаций (в т.ч. 2 общ. слушания по проекту бюджета и "
             "тарифам), в состав коллегии РГА включен председатель ОС, члены ОС участвовали в обсуждении "
             "проекта программы развития АПК (распоряжение от 12.04.2013 № 96)\n"
             "2) по экспертизам (п.12) — ГО «Прилуцкий правозащитный центр» провела общественную экспертизу "
             "деятельности отдела ЦНАП, по итогам утверждено 7 мероприятий\n"
             "3) по сайту — добавлен раздел ЦНАП, новости еженедельно\n"
             "Литвиненко О., сектор ВП Прилукской РГА\n"
             "\n"
             "--\n"
             "Отправлено с моего Android телефона с помощью K-9 Mail.")
    root = text(plain, "utf-8", "base64", quoted_cs=False)
    h = [received(t, 9, "mail.rda-pryluky.example.gov.ua", "193.93.217.95"),
         ("User-Agent", "K-9 Mail for Android"),
         ("In-Reply-To", ""),
         ("MIME-Version", "1.0"),
         ("Subject", ew("Прилуки ОУ І полуг", "utf-8")),
         ("From", addr("Литвиненко Оксана", "rda-pryluky@example.gov.ua")),
         ("Date", rfcdate(t)),
         ("To", "uvp@cg.ukrtel.net"),
         ("Message-ID", "<4a1d8e2c-93f7-4b05-b6e1-0c7d2f5a8e31@email.android.com>")]
    h = [x for x in h if x[1] != ""]
    return message(h, root)


KEY = {"class": "ranges", "executor": "su-apk", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Cover note «щодо виконання п.п. 1, 2, 6-9, 12 (у вкладенні)» only points to the .docx; there "
               "«По п.п. 1, 6 – 9» heads one paragraph and «По пунктах 2 і 12» another, so the attachment "
               "answers all seven; its name arrives in RFC 2231 continuations.",
       "items": it(1, "Інформація ГУАПР_відкритий уряд_ІІ півр.docx", 2, "Інформація ГУАПР_відкритий уряд_ІІ півр.docx",
                   6, "Інформація ГУАПР_відкритий уряд_ІІ півр.docx", 7, "Інформація ГУАПР_відкритий уряд_ІІ півр.docx",
                   8, "Інформація ГУАПР_відкритий уряд_ІІ півр.docx", 9, "Інформація ГУАПР_відкритий уряд_ІІ півр.docx",
                   12, "Інформація ГУАПР_відкритий уряд_ІІ півр.docx")}


@mail("rg04_apk", KEY)
def _():
    t = kdt("2013-12-13 11:50:06")
    cs = "windows-1251"
    plain = ("Направляємо інформацію щодо виконання п.п. 1, 2, 6-9, 12 Плану заходів ВУ за ІІ півріччя 2013 р. "
             "(у вкладенні).\n"
             "\n"
             "З повагою\n"
             "Начальник відділу організаційної роботи\n"
             "Головного управління агропромислового розвитку облдержадміністрації\n"
             "Дудко Р.М.\n")
    html = word_html(mso_p(plain), lang="UK", charset=cs)
    root = multi("mixed", "----=_NextPart_000_0045_01CEF80B.4C7E1A20", [
        multi("alternative", "----=_NextPart_001_0046_01CEF80B.4C7E1A20", [
            text(plain, cs, "quoted-printable"),
            text(html, cs, "quoted-printable", "html")]),
        attach("rg04_apk.docx", "Інформація ГУАПР_відкритий уряд_ІІ півр.docx", "2231cont", "utf-8")],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 4, "mail.apk.example.gov.ua", "193.93.216.51"),
         ("From", addr("Дудко Роман", "apk@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("інформація ГУАПР - відкритий уряд", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<004501cef7fa$2d1c0b60$8754e220$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 14.0"),
         ("Thread-Index", "Ac73+i0aXb6UaY0dRfyDg3xTt0n7Dg=="),
         ("Content-Language", "uk")]
    return message(h, root)


KEY = {"class": "ranges", "executor": "rda-talalaivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Surzhyk list forms «По пунктам 1 и 6» and «№№ 9, 10», each answered as one block; «з 1 по 15 "
               "листопада» is a date range and «ІІІ-IV кв.» quarters; «По п.7 — без змін» and a bare «п.12 – "
               "не проводились» are placeholders.",
       "items": it(1, "body", 6, "body", 9, "body", 10, "body")}


@mail("rg05_talalaivka", KEY)
def _():
    t = kdt("2013-12-11 15:27:38")
    cs = "windows-1251"
    plain = ("Здравствуйте, uvp.\n"
             "\n"
             "Інформація Талалаївської РДА за ІІІ-IV кв. 2013 р.\n"
             "По пунктам 1 и 6 — сайт РДА наповнюється, оновлено розділ «Регуляторна політика»; консультації "
             "проведено (4, в т.ч. з 1 по 15 листопада опитування населення щодо якості послуг ЦНАП).\n"
             "№№ 9, 10 — члени громадської ради приймали участь в обговоренні проекту районного бюджету на "
             "2014 р.; робоча група з питань відкритості створена ще у 2012 р., за півріччя провела 2 "
             "засідання.\n"
             "По п.7 — без змін.\n"
             "п.12 – не проводились.\n"
             "\n"
             "Ст. інспектор загального відділу Талалаївської РДА Бабенко Н.\n"
             "\n"
             "-- \n"
             "С уважением,\n"
             " rda-talalaivka                          mailto:rda-talalaivka@example.gov.ua\n")
    root = text(plain, cs, "quoted-printable", quoted_cs=False)
    h = [received(t, 3, "mail.rda-talalaivka.example.gov.ua", "193.93.217.110"),
         ("Date", rfcdate(t)),
         ("From", addr("rda-talalaivka", "rda-talalaivka@example.gov.ua")),
         ("X-Mailer", "The Bat! (v5.2.8) Home"),
         ("Reply-To", "rda-talalaivka <rda-talalaivka@example.gov.ua>"),
         ("X-Priority", "3 (Normal)"),
         ("Message-ID", "<710392835.20131211152736@example.gov.ua>"),
         ("To", "uvp <uvp@cg.ukrtel.net>"),
         ("Subject", ew("Талалаївка інформація ВУ ІІІ-IV кв", cs)),
         ("MIME-Version", "1.0")]
    return message(h, root)

# ---- pr: prose -------------------------------------------------------------------------------

KEY = {"class": "prose", "executor": "su-osvita", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Formal Ukrainian letter as a PDF with a text layer, no plan numbers: subject headings, one "
               "paragraph covering the collegium (8) and the draft programme (9), a passing site mention "
               "after the consultations, and «методичні рекомендації» for school heads that are not "
               "measure 14's guides; the Russian body is a bare cover.",
       "items": it(1, "vidkrytyi_uriad_UON.pdf", 6, "vidkrytyi_uriad_UON.pdf", 8, "vidkrytyi_uriad_UON.pdf",
                   9, "vidkrytyi_uriad_UON.pdf")}


@mail("pr01_osvita", KEY)
def _():
    t = kdt("2012-12-11 16:20:48")
    plain = ("Добрый день!\n"
             "Направляем информацию Управления образования и науки по плану ОУ (pdf).\n"
             "Просьба подтвердить получение.\n"
             "\n"
             "-- \n"
             "Приймальня УОН\n"
             "тел. 67-48-11\n")
    root = multi("mixed", "------------010209080705040901030105", [
        text(plain, "utf-8", "8bit", quoted_cs=False, extra="; format=flowed"),
        attach("pr01_osvita.pdf", "vidkrytyi_uriad_UON.pdf", "ascii")],
        preamble=b"This is a multi-part message in MIME format.\n", fold=False)
    h = [received(t, 5, "mail.osvita.example.gov.ua", "193.93.216.38"),
         ("Message-ID", "<50C74140.2000708@example.gov.ua>"),
         ("Date", rfcdate(t)),
         ("From", addr("Приймальня УОН", "osvita@example.gov.ua")),
         ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),
         ("MIME-Version", "1.0"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("Информация УОН - открытое правительство", "utf-8"))]
    return message(h, root)


KEY = {"class": "prose", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian .doc in prose without numbers: site, public hearings and meetings, ИГС in "
               "«консультативно-совещательные органы», and «Общественных экспертиз ... не проводилось» "
               "(a denial naming the subject); «Прием граждан» is no measure.",
       "items": it(1, "Информация ОП Бахмач.doc", 6, "Информация ОП Бахмач.doc", 7, "Информация ОП Бахмач.doc",
                   12, "Информация ОП Бахмач.doc")}


@mail("pr02_bakhmach", KEY)
def _():
    t = kdt("2013-06-12 11:07:55")
    cs = "windows-1251"
    plain = ("Информация Бахмачской РГА во вложении.\n"
             "Исп. Мороз В., 2-13-44\n")
    root = multi("mixed", "----=_NextPart_000_0009_01CE675A.9E0C4F30", [
        text(plain, cs, "quoted-printable"),
        attach("pr02_bakhmach.doc", "Информация ОП Бахмач.doc", "2047B", cs)],
        preamble=b"This is a multi-part message in MIME format.\n\n")
    h = [received(t, 2, "mail.rda-bakhmach.example.gov.ua", "193.93.217.5"),
         ("From", addr("Бахмачская РГА", "rda-bakhmach@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Бахмач ОП", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<000901ce6749$4f2b1e80$0501a8c0@bahmach-org>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Office Outlook 11"),
         ("Thread-Index", "Ac5nSU8oFZc0vD1pS7ihOtVhX0z7mg=="),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return message(h, root)


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Opera mail with bold subject heads and no numbers; one paragraph covers a round table "
               "(6) and people taken into the archive's «експертно-перевірна комісія» (7, not 10 or 12); the "
               "closing «та на сайті» is a passing mention.",
       "items": it(1, "body", 6, "body", 7, "body")}


@mail("pr03_arkhiv", KEY)
def _():
    t = kdt("2013-12-10 10:40:22")
    html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n"
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial; font-size:13px\">\n"
            "<p>Державний архів Чернігівської області повідомляє.</p>\n"
            "<p><b>Сайт.</b> На веб-сайті Держархіву створено розділ «Публічна інформація», розміщено путівник "
            "по фондах та графік роботи читального залу; сайт оновлюється щотижня.</p>\n"
            "<p><b>Громадськість.</b> 17 жовтня 2013 р. проведено консультації з громадськістю у формі круглого "
            "столу щодо проекту Програми збереження архівних документів на 2014–2018 рр. (представники 9 "
            "краєзнавчих ГО). Представників краєзнавчих організацій і ЧНУ ім. Т.Г. Шевченка включено до складу "
            "експертно-перевірної комісії Держархіву.</p>\n"
            "<p>Інформація про роботу архіву регулярно публікується в газеті «Гарт» та на сайті.</p>\n"
            "<p>З повагою,<br>заступник директора Держархіву області<br>Н.Г. Ковтун</p>\n"
            "</body></html>\n")
    root = text(html, "utf-8", "quoted-printable", "html", quoted_cs=False)
    h = [received(t, 3, "mail.arkhiv.example.gov.ua", "193.93.216.97"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("Держархів: інформація (відкритий уряд)", "utf-8")),
         ("Date", rfcdate(t)),
         ("MIME-Version", "1.0"),
         ("From", addr("Держархів Чернігівської області", "arkhiv@example.gov.ua", quote=True)),
         ("Message-ID", "<op.w7x2kq0nu0vq1m@arkhiv-zam>"),
         ("User-Agent", "Opera Mail/12.16 (Win32)")]
    return message(h, root)


KEY = {"class": "prose", "executor": "rda-ripky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian .rtf with subject headings «Сайт», «Общественный совет», «Горячая линия»: the council "
               "paragraph covers 10 and 9 together, and the district's handling of calls to the oblast head's "
               "hot line is work on 5; the koi8-u body is a bare cover.",
       "items": it(1, "Ripky_OU.rtf", 5, "Ripky_OU.rtf", 9, "Ripky_OU.rtf", 10, "Ripky_OU.rtf")}


@mail("pr04_ripky", KEY)
def _():
    t = kdt("2012-12-14 17:55:02")
    cs = "koi8-u"
    plain = ("Высылаем информацию Репкинской РГА в формате rtf.\n"
             "С ув. Сергиенко Т.\n")
    root = multi("mixed", "----=_NextPart_000_0015_01CDDA3C.7E8B5A10", [
        text(plain, cs, "quoted-printable"),
        attach("pr04_ripky.rtf", "Ripky_OU.rtf", "ascii")],
        preamble=b"This is a multi-part message in MIME format.\n\n")
    h = [received(t, 3, "mail.rda-ripky.example.gov.ua", "193.93.217.99"),
         ("Message-ID", "<001501cdda2b$bd6a8e90$6301a8c0@ripky-vp>"),
         ("From", addr("Репкинская РГА", "rda-ripky@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("ОУ Репки", cs)),
         ("Date", rfcdate(t)),
         ("MIME-Version", "1.0"),
         ("X-Priority", "3"),
         ("X-MSMail-Priority", "Normal"),
         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
    return message(h, root)


KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Ukrainian .odt (RFC 2231 name) in prose: consultations, a collegium that includes a council "
               "committee head, an anti-corruption review; the last paragraph's site clause is a passing "
               "mention and the unit's own subsidy «гаряча лінія» is not the oblast head's.",
       "items": it(6, "Інформація УПСЗН_ВУ.odt", 8, "Інформація УПСЗН_ВУ.odt", 12, "Інформація УПСЗН_ВУ.odt")}


@mail("pr05_sotszakhyst", KEY)
def _():
    t = kdt("2013-06-14 12:44:09")
    plain = ("Надсилаємо інформацію УПСЗН щодо плану ВУ.\n"
             "\n"
             "З повагою, Ткаченко Ю.\n"
             "\n")
    att = attach("pr05_upszn.odt", "Інформація УПСЗН_ВУ.odt", "2231", "utf-8")
    att.headers = [("Content-Disposition", "attachment;\n\t" + rfc2231("filename", "Інформація УПСЗН_ВУ.odt")),
                   ("Content-Type", "application/vnd.oasis.opendocument.text;\n\tx-unix-mode=0644;\n\t"
                    + rfc2231("name", "Інформація УПСЗН_ВУ.odt")),
                   ("Content-Transfer-Encoding", "base64")]
    root = multi("mixed", "Apple-Mail=_3F0A8C2D-7B1E-4E59-A6D4-91C2B0E7F815", [
        text(plain, "utf-8", "quoted-printable", quoted_cs=False),
        att,
        text("\n", "us-ascii", "7bit", quoted_cs=False)], fold=False)
    h = [received(t, 4, "mail.sotszakhyst.example.gov.ua", "193.93.216.62"),
         ("From", addr("Юлія Ткаченко", "sotszakhyst@example.gov.ua")),
         ("Subject", ew("Інформація УПСЗН (ВУ)", "utf-8")),
         ("Date", rfcdate(t)),
         ("Message-Id", "<9E41B7C2-5D03-4F8A-B1E6-27C4D90A3F58@example.gov.ua>"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Mime-Version", "1.0 (Mac OS X Mail 6.5 \\(1508\\))"),
         ("X-Mailer", "Apple Mail (2.1508)")]
    return message(h, root)

# ---- fn: foreign numbers ---------------------------------------------------------------------

KEY = {"class": "foreign_numbers", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian letter numbered 1.–5. by its own paragraphs: its «2.» is consultations (6), «3.» the "
               "working group (10), «4.» citizens' reception (no measure), «5.» press and a passing site "
               "mention (not measure 5); only «1.» happens to be measure 1.",
       "items": it(1, "body", 6, "body", 10, "body")}


@mail("fn01_kozelets", KEY)
def _():
    t = kdt("2012-12-10 12:31:09")
    cs = "windows-1251"
    plain = ("Козелецкая РГА информирует о выполнении плана мероприятий по ОУ:\n"
             "\n"
             "1. Официальный веб-сайт РГА приведен в соответствие с требованиями законодательства, обновлены "
             "разделы «Доступ к публичной информации» и «Новости».\n"
             "2. Проведено 6 консультаций с общественностью (в т.ч. 2 общественных слушания с участием ОМС, 3 "
             "встречи с жителями сел, 1 опрос).\n"
             "3. При общественном совете при РГА создана рабочая группа по вопросам открытости и прозрачности "
             "(протокол № 4 от 22.10.2012).\n"
             "4. Прием граждан руководством РГА проводится согласно утвержденному графику.\n"
             "5. Информация о работе РГА регулярно освещается в районной газете «Наше життя» и на сайте.\n"
             "\n"
             "Руководитель аппарата РГА  Л.Н. Дорошенко\n")
    root = text(plain, cs, "quoted-printable")
    h = [received(t, 3, "mail.rda-kozelets.example.gov.ua", "193.93.217.41"),
         ("From", addr("Козелецкая РГА", "rda-kozelets@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Козелецкая РГА - информация", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<000301cdd6c5$8e2f1b40$2901a8c0@kozel-vp>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Office Outlook 11"),
         ("Thread-Index", "Ac3WxY4k8B2G1lV5Sg6bVQZk3hC9eA=="),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return message(h, root)


KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The .ods has a running «№ з/п» column (1–6) beside the real «№ пункту Плану» column (1, 6, 7, 9, "
               "12, 16); rows 7 and 12 are «х» and «-».",
       "items": it(1, "plan_VU_UMA_2013.ods", 6, "plan_VU_UMA_2013.ods", 9, "plan_VU_UMA_2013.ods")}


@mail("fn02_mistobuduvannia", KEY)
def _():
    t = kdt("2013-06-10 09:37:21")
    plain = ("Добрий день, у вкладенні інформація УМА по плану ВУ (ods).\n"
             "Ігнатенко\n")
    root = multi("mixed", "------------070300090601020006060401", [
        text(plain, "utf-8", "8bit", quoted_cs=False, extra="; format=flowed"),
        attach("fn02_uma.ods", "plan_VU_UMA_2013.ods", "ascii")],
        preamble=b"This is a multi-part message in MIME format.\n", fold=False)
    h = [received(t, 2, "mail.mistobuduvannia.example.gov.ua", "193.93.216.75"),
         ("Message-ID", "<51B57441.8000306@example.gov.ua>"),
         ("Date", rfcdate(t)),
         ("From", addr("Ігнатенко Сергій", "mistobuduvannia@example.gov.ua")),
         ("User-Agent", "Mozilla/5.0 (X11; Linux i686; rv:17.0) Gecko/20130510 Thunderbird/17.0.6"),
         ("MIME-Version", "1.0"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", "VU UMA")]
    return message(h, root)


KEY = {"class": "foreign_numbers", "executor": "rda-horodnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian in koi8-u numbered by the district's own plan («п.1.1», «п.1.3», «п.2.1», «п.2.3», "
               "«п.3.2»), none of which is a plan number; the subjects give 1, 6 and 9, «п.2.3 ... — х» is a "
               "placeholder and «п.3.2» (press) no measure.",
       "items": it(1, "body", 6, "body", 9, "body")}


@mail("fn03_horodnia", KEY)
def _():
    t = kdt("2013-12-12 09:14:57")
    cs = "koi8-u"
    plain = ("Во исполнение районного плана мероприятий (распоряжение председателя РГА от 02.10.2012 N 318) "
             "Городнянская РГА сообщает:\n"
             "\n"
             "п.1.1 Наполнение официального сайта РГА - обновлены разделы \"Регуляторная деятельность\" и "
             "\"Обращения граждан\", создана страница отдела ЦНАП.\n"
             "п.1.3 Проведение консультаций с общественностью - проведено 3 консультации (общественные "
             "слушания по проекту бюджета на 2014 г., встречи с жителями с. Тупичев и с. Автуничи).\n"
             "п.2.1 Привлечение членов ОС к обсуждению проектов распоряжений - члены общественного совета "
             "приняли участие в обсуждении 2 проектов распоряжений председателя РГА (о тарифах на вывоз ТБО, "
             "о программе \"Школьный автобус\").\n"
             "п.2.3 Общественные экспертизы - х\n"
             "п.3.2 Информирование населения через СМИ - 14 публикаций в газете \"Новини Городнянщини\".\n"
             "\n"
             "Зав. сектором по вопросам внутренней политики\n"
             "Городнянской РГА   В.М. Кравченко\n")
    root = text(plain, cs, "8bit")
    h = [received(t, 3, "mail.rda-horodnia.example.gov.ua", "193.93.217.30"),
         ("Message-ID", "<000c01cef708$6d3a2b10$1e01a8c0@gorod-vp>"),
         ("From", addr("Городнянская РГА", "rda-horodnia@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Городня - ОП за 2 полугодие", cs)),
         ("Date", rfcdate(t)),
         ("MIME-Version", "1.0"),
         ("X-Priority", "3"),
         ("X-MSMail-Priority", "Normal"),
         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
    return message(h, root)


KEY = {"class": "foreign_numbers", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The .docx answers «Пункт 2.», «Пункт 6.», «Пункт 9.» with sub-items «1)», «2)», «а)–в)», counts "
               "(47 programmes, 12, 14 proposals) and the letter's number 02-17/2214; «Пункт 12. Не "
               "проводились.» is bare; the Russian body numbers its own two lines «1)», «2)».",
       "items": it(2, "ГУЕ_відкритий_уряд_грудень.docx", 6, "ГУЕ_відкритий_уряд_грудень.docx",
                   9, "ГУЕ_відкритий_уряд_грудень.docx")}


@mail("fn04_ekonomika", KEY)
def _():
    t = kdt("2012-12-14 14:02:37")
    cs = "utf-8"
    plain = ("Добрый день.\n"
             "1) Информация ГУЭ по плану ОУ — во вложении.\n"
             "2) Оригинал письма № 02-17/2214 от 13.12.2012 направлен почтой.\n"
             "\n"
             "Исп. Марченко О., 67-55-12\n")
    html = word_html(mso_p(plain), lang="RU", charset="utf-8")
    root = multi("mixed", "----=_NextPart_000_0031_01CDDA0D.9C1F6E30", [
        multi("alternative", "----=_NextPart_001_0032_01CDDA0D.9C1F6E30", [
            text(plain, cs, "quoted-printable"),
            text(html, cs, "quoted-printable", "html")]),
        attach("fn04_gue.docx", "ГУЕ_відкритий_уряд_грудень.docx", "2047B", "utf-8")],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 3, "mail.ekonomika.example.gov.ua", "193.93.216.26"),
         ("From", addr("Марченко Ольга", "ekonomika@example.gov.ua", "utf-8", quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("ГУЕ - відкритий уряд", "utf-8")),
         ("Date", rfcdate(t)),
         ("Message-ID", "<003101cdd9fc$f2c81a30$d8584e90$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 14.0"),
         ("Thread-Index", "Ac3Z/PLCqG1hT4ZBSQm5MVwqcS3Tjw=="),
         ("Content-Language", "ru")]
    return message(h, root)


KEY = {"class": "foreign_numbers", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian with ordinal plan numbers «Пункт 1-й», «Пункт 6-й», «Пункт 12-й» and «№10»; protocol "
               "numbers «№ 7, 8, 9» and «3 (три)» are not measures; 12 is a bare negation, №10 «без "
               "изменений».",
       "items": it(1, "body", 6, "body")}


@mail("fn05_sribne", KEY)
def _():
    t = kdt("2013-06-14 16:58:40")
    cs = "windows-1251"
    plain = ("Здравствуйте, uvp.\n"
             "\n"
             "Сребнянская РГА по плану ОП (І полугодие 2013):\n"
             "Пункт 1-й — на сайте РГА создан раздел «Громадське обговорення», размещаются проекты решений.\n"
             "Пункт 6-й — проведено 3 (три) консультации с общественностью, протоколы № 7, 8, 9 размещены на "
             "сайте.\n"
             "Пункт 12-й — не проводились.\n"
             "№10 — без изменений.\n"
             "\n"
             "Исп. Левченко В., 2-17-43\n"
             "\n"
             "-- \n"
             "С уважением,\n"
             " rda-sribne                          mailto:rda-sribne@example.gov.ua\n")
    root = text(plain, cs, "8bit", quoted_cs=False)
    h = [received(t, 2, "mail.rda-sribne.example.gov.ua", "193.93.217.107"),
         ("Date", rfcdate(t)),
         ("From", addr("rda-sribne", "rda-sribne@example.gov.ua")),
         ("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
         ("Reply-To", "rda-sribne <rda-sribne@example.gov.ua>"),
         ("X-Priority", "3 (Normal)"),
         ("Message-ID", "<1205577384.20130614165836@example.gov.ua>"),
         ("To", "uvp <uvp@cg.ukrtel.net>"),
         ("Subject", ew("ОП Сребное", cs)),
         ("MIME-Version", "1.0")]
    return message(h, root)

# ---- pa: personal or borrowed boxes ----------------------------------------------------------

KEY = {"class": "personal_address", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Saturday-evening translit from a private Gmail on a phone with no Cyrillic keyboard; the "
               "district is named only as «Shchorskoi RDA» in the body and signature, the addressee as «UVP "
               "ODA»; «bez zmin» and «ne bulo» are placeholders.",
       "items": it(1, "body", 6, "body")}


@mail("pa01_shchors", KEY)
def _():
    t = kdt("2012-12-15 20:14:51")
    plain = ("Dlia UVP ODA.\n"
             "Dobryj vechir. Ce Kravec z Shchorskoi RDA, vidpravljaju z telefonu bo robocha poshta ne pracjuje.\n"
             "Info po planu VU za 2012:\n"
             "p.1 - sajt RDA onovleno, stvoreno rozdil \"Vidkrytyj urjad\", novyny shchodnja\n"
             "p.6 - provedeno 2 konsultacii z gromadskistju (proekt bjudzhetu na 2013, taryfy na vodu)\n"
             "p.7 - bez zmin\n"
             "p.9 - ne bulo\n"
             "Oryginal lysta v ponedilok vidpravlju z roboty.\n"
             "Kravec O.M., viddil organizacijnoi roboty aparatu Shchorskoi RDA\n")
    html = "<div dir=\"ltr\">" + "<br>".join(esc(l) for l in plain.rstrip("\n").split("\n")) + "</div>\n"
    root = multi("alternative", "047d7b6d8a2e4c5b3804d0e8f1a2", [
        Part([("Content-Type", "text/plain; charset=ISO-8859-1")], plain.encode("ascii")),
        Part([("Content-Type", "text/html; charset=ISO-8859-1")], html.encode("ascii"))],
        fold=False)
    h = [received(t, 2, "mail-wg0-f44.google.com", "74.125.82.44"),
         ("MIME-Version", "1.0"),
         ("Received", "by 10.204.11.140 with HTTP; %s" % rfcdate(t + dt.timedelta(seconds=-1))),
         ("Date", rfcdate(t)),
         ("Message-ID", "<CAKs9x3fB0v7pR+4yE2nqZ=hT1xWc8LmD5aFk6JuN0oQ7gS2v4w@mail.gmail.com>"),
         ("Subject", "Shchors RDA VU"),
         ("From", "Olena Kravec <olena.kravets76@gmail.com>"),
         ("To", "uvp@cg.ukrtel.net")]
    return message(h, root)


KEY = {"class": "personal_address", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Private ukr.net box on a Saturday; Russian text addressed «В управление по вопросам внутренней "
               "политики» (the addressee, not the sender), the unit named only in the signature in the "
               "genitive; «по экспертизам — запросов не поступало» answers 12 by its subject.",
       "items": it(6, "body", 9, "body", 12, "body")}


@mail("pa02_simia", KEY)
def _():
    t = kdt("2013-06-15 10:20:15")
    plain = ("В управление по вопросам внутренней политики и связей с общественностью ОГА\n"
             "\n"
             "Информация по плану ОП за І полугодие:\n"
             "- проведены консультации с молодежными ГО по вопросам оздоровления и отдыха детей летом 2013 г. "
             "(3 встречи, 46 участников);\n"
             "- члены общественного совета при ОГА принимали участие в обсуждении проекта областной программы "
             "«Молодежь Черниговщины» на 2013–2015 гг.;\n"
             "- по экспертизам — запросов не поступало.\n"
             "\n"
             "Отправляю с личной почты, т.к. в управлении второй день нет интернета.\n"
             "\n"
             "Н.В. Остапчук, главный специалист отдела молодежной политики управления по делам семьи, "
             "молодежи и спорта облгосадминистрации\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in plain.rstrip("\n").split("\n"))
            + "</body></html>")
    root = multi("alternative", "1371280815-7a3c2f1e-0b9d-4c6a-8e5f", [
        text(plain, "utf-8", "base64", quoted_cs=False),
        text(html, "utf-8", "base64", "html", quoted_cs=False)], fold=False)
    h = [received(t, 3, "frv57.fwdcdn.com", "212.42.77.57"),
         ("Date", rfcdate(t)),
         ("From", addr("Наталья Остапчук", "ostapchuk_n@ukr.net", "utf-8")),
         ("Subject", ew("для УВП - інформація по ВУ", "utf-8")),
         ("To", "uvp@cg.ukrtel.net"),
         ("X-Mailer", "FREEMAIL.UKR.NET"),
         ("Message-Id", "<1371280815.913742066.ltlnxq3d@frv57.fwdcdn.com>"),
         ("MIME-Version", "1.0")]
    return message(h, root)


KEY = {"class": "personal_address", "executor": "rda-borzna", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the retraining centre's registered box (cppk) by a Borzna clerk on a course; the "
               "district appears only in the Russian body and signature, measures only as «по сайту», «по "
               "громраде» (people in commissions: 7, not 10), «по экспертизам».",
       "items": it(1, "body", 7, "body", 12, "body")}


@mail("pa03_borzna", KEY)
def _():
    t = kdt("2013-11-21 13:03:08")
    cs = "windows-1251"
    plain = ("Добрый день!\n"
             "Отправляю с почты Центра переподготовки (нахожусь на курсах), в Борзне нет связи уже 3 дня.\n"
             "\n"
             "Для УВП ОГА\n"
             "Информация Борзнянской РГА за ІІ полугодие 2013 г.:\n"
             "по сайту — сайт РГА переведен на новый хостинг, все разделы восстановлены, добавлен раздел "
             "«Публичная информация»\n"
             "по громраде — в состав комиссии по вопросам защиты прав ребенка и районного координационного "
             "совета по вопросам АПК включены 3 члена общественного совета\n"
             "по экспертизам — ГО «Громадський контроль Борзнянщини» провела общественную экспертизу работы "
             "отдела земельных ресурсов, предложения рассмотрены на совещании у председателя РГА\n"
             "\n"
             "Пастушенко Алла, ведущий специалист отдела организационной работы аппарата Борзнянской РГА\n")
    html = word_html(mso_p(plain), gen="Microsoft Word 12 (filtered medium)", lang="RU", charset=cs)
    root = multi("alternative", "----=_NextPart_000_0004_01CEE6B2.8A3D5C10", [
        text(plain, cs, "quoted-printable"),
        text(html, cs, "quoted-printable", "html")],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 4, "srv.cppk.example.gov.ua", "193.93.216.140"),
         ("From", addr("ЦППК", "cppk@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("Борзна - информация по ОП", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<000401cee6a1$2b7c6e50$82757af0$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Office Outlook 12.0"),
         ("Thread-Index", "Ac7moSt7n8W0r2gFTWm8r0m1cVb5sQ=="),
         ("Content-Language", "ru")]
    return message(h, root)


KEY = {"class": "personal_address", "executor": "rda-ichnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Private i.ua box; the body adds «п.1 - по сайту доповнюю: ...» and names УВП as the addressee, "
               "the district sits in the signature's genitive; the .doc reports 6 and 9, «без змін» and «не "
               "стосується» count nothing.",
       "items": it(1, "body", 6, "ichnia_vidkr_uriad.doc", 9, "ichnia_vidkr_uriad.doc")}


@mail("pa04_ichnia", KEY)
def _():
    t = kdt("2013-12-14 12:18:30")
    cs = "windows-1251"
    plain = ("Доброго дня! Надсилаю з особистої скриньки, бо робоча переповнена.\n"
             "Інформація Ічнянської РДА для управління з питань внутрішньої політики ОДА в додатку.\n"
             "п.1 - по сайту доповнюю: на сайті РДА створено розділ «Громадська рада», розміщено протоколи "
             "засідань за 2013 р.\n"
             "\n"
             "Петренко І.В., головний спеціаліст відділу інформаційної діяльності та комунікацій з "
             "громадськістю апарату Ічнянської райдержадміністрації\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
            "<body>" + "<br>\n".join(esc(l) for l in plain.rstrip("\n").split("\n")) + "</body></html>")
    root = multi("mixed", "=_i.ua_52ac2f06_1a2b3c4d", [
        multi("alternative", "=_i.ua_52ac2f06_5e6f7a8b", [
            text(plain, cs, "base64"),
            text(html, cs, "base64", "html")], fold=False),
        attach("pa04_ichnia.doc", "ichnia_vidkr_uriad.doc", "ascii")], fold=False)
    h = [received(t, 3, "o3.i.ua", "91.198.36.53"),
         ("Date", rfcdate(t)),
         ("From", addr("Іван Петренко", "ipetrenko@i.ua", cs)),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("Ічнянська РДА", cs)),
         ("Message-ID", "<1387016310.52ac2f06a1b2c@web.i.ua>"),
         ("X-Mailer", "I.UA Mail"),
         ("MIME-Version", "1.0")]
    return message(h, root)


KEY = {"class": "personal_address", "executor": "gromrada", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The council's head writes from a private meta.ua box on a Saturday night; no numbers, the "
               "web resource (3), its forum (4), a recommended working group (10, not owed by the council) and "
               "the discussion of the plan held on 12.12 (15).",
       "items": it(3, "body", 4, "body", 10, "body", 15, "body")}


@mail("pa05_gromrada", KEY)
def _():
    t = kdt("2013-12-14 21:10:33")
    plain = ("Шановні колеги з УВП!\n"
             "\n"
             "Надсилаю інформацію Громадської ради при облдержадміністрації щодо пунктів плану, де рада є "
             "співвиконавцем (ІІ півріччя 2013 р.).\n"
             "\n"
             "Веб-ресурс «Чернігівська громада» працює стабільно, станом на 01.12.2013 зареєстровано 410 "
             "користувачів, модерацію здійснює секретаріат ради.\n"
             "Інтернет-форум на базі ресурсу: 6 тематичних розділів, 143 теми, найактивніші — ЖКГ та "
             "екологія.\n"
             "Радою рекомендовано комітетам створити робочу групу з питань відкритості та прозорості "
             "(протокол № 11 від 21.03.2013), група працює, провела 3 засідання.\n"
             "12 грудня спільно з регіональним координатором Партнерства «Відкритий уряд» проведено громадське "
             "обговорення виконання плану за 2013 рік: 57 учасників від 21 громадської організації, "
             "резолюцію направлено до облдержадміністрації.\n"
             "\n"
             "З повагою,\n"
             "В. Лозовий\n"
             "голова Громадської ради при облдержадміністрації\n"
             "(пишу з особистої пошти, скринька ради не працює)\n")
    root = text(plain, "utf-8", "quoted-printable", quoted_cs=False)
    h = [received(t, 4, "smtp.meta.ua", "194.0.131.20"),
         ("Date", rfcdate(t)),
         ("From", addr("Віктор Лозовий", "v.lozovyi@meta.ua")),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("Громадська рада - інформація щодо виконання плану", "utf-8")),
         ("Message-ID", "<20131214191033.6B4F2A1E0C@webmail.meta.ua>"),
         ("X-Mailer", "META.UA Webmail"),
         ("MIME-Version", "1.0")]
    return message(h, root)

# ---- mx: mixed -------------------------------------------------------------------------------

KEY = {"class": "mixed", "executor": "rda-semenivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird forward-as-attachment (message/rfc822) of the district's own letter of 14.12 that "
               "went to a mistyped address; the report is delivered now and counts whole from the .xls inside "
               "the forwarded message, dated by the outer Date (late); rows «х», «не проводилось», «-» are "
               "placeholders.",
       "items": it(1, "zvit_OU_Semenivka.xls", 6, "zvit_OU_Semenivka.xls", 9, "zvit_OU_Semenivka.xls")}


@mail("mx01_semenivka", KEY)
def _():
    t0 = kdt("2012-12-14 16:40:11")
    t = kdt("2012-12-17 09:03:26")
    cs = "windows-1251"
    inner_plain = ("Информация Семеновской РГА по плану ОУ во вложении.\n"
                   "С ув. Руденко Н.И.\n")
    inner_root = multi("mixed", "----=_NextPart_000_0003_01CDDA1E.55C81B20", [
        text(inner_plain, cs, "quoted-printable"),
        attach("mx01_semenivka.xls", "zvit_OU_Semenivka.xls", "ascii")],
        preamble=b"This is a multi-part message in MIME format.\n\n")
    inner_h = [("From", addr("Семеновская РГА", "rda-semenivka@example.gov.ua", cs, quote=True)),
               ("To", "<uvp@cg.ukrtel.com>"),
               ("Subject", ew("Информация по ОУ", cs)),
               ("Date", rfcdate(t0)),
               ("Message-ID", "<000301cdda0d$1e5f3c80$6d01a8c0@semen-org>"),
               ("MIME-Version", "1.0"),
               ("X-Mailer", "Microsoft Office Outlook 11"),
               ("Thread-Index", "Ac3aDR5DqL0n7WkpQUOd0oR2Vx3HzQ=="),
               ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    inner = message_lf(inner_h, inner_root)
    plain = ("Пересылаю письмо от 14.12 — ушло на неправильный адрес (uvp@cg.ukrtel.com), вернулось только "
             "сегодня утром.\n"
             "\n"
             "Семеновская РГА, Руденко Н.\n")
    fwd = Part([("Content-Type", "message/rfc822;\n name=\"%s\"" % ew("Информация по ОУ.eml", "utf-8", sep=" ")),
                ("Content-Transfer-Encoding", "7bit"),
                ("Content-Disposition", "attachment;\n " + rfc2231("filename", "Информация по ОУ.eml", cont=True))],
               inner)
    root = multi("mixed", "------------020806090503030208010706", [
        text(plain, "utf-8", "8bit", quoted_cs=False, extra="; format=flowed"), fwd],
        preamble=b"This is a multi-part message in MIME format.\n", fold=False)
    h = [received(t, 3, "mail.rda-semenivka.example.gov.ua", "193.93.217.102"),
         ("Message-ID", "<50CEC3FE.6000104@example.gov.ua>"),
         ("Date", rfcdate(t)),
         ("From", addr("Семеновская РГА", "rda-semenivka@example.gov.ua")),
         ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121129 Thunderbird/17.0.1"),
         ("MIME-Version", "1.0"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("Fwd: Информация по ОУ", "utf-8"))]
    return message(h, root)


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Correction top-posted in surzhyk over the district's own «>»-quoted report of 11.06: only the new "
               "«УТОЧНЕННЯ» lines count (п.7 corrected, п.12 added); «Решта без змін» is a placeholder and the "
               "quoted п.1, 6, 7, 9, 10 were counted when they came.",
       "items": it(7, "body", 12, "body")}


@mail("mx02_chernihiv", KEY)
def _():
    t = kdt("2013-06-13 10:15:42")
    old = ("Інформація Чернігівської районної державної адміністрації за І півріччя 2013 р.:\n"
           "п.1 — сайт РДА наповнюється згідно вимог, оновлено розділ «Публічна інформація».\n"
           "п.6 — проведено 4 консультації з громадськістю.\n"
           "п.7 — представники ГО включені до складу 3 дорадчо-консультативних органів.\n"
           "п.9 — члени громадської ради брали участь в обговоренні проекту програми «Питна вода».\n"
           "п.10 — робоча група діє.\n"
           "п.12 — не проводились.\n"
           "\n"
           "Сектор внутрішньої політики Чернігівської РДА")
    plain = ("УТОЧНЕННЯ до нашої інформації від 11.06.2013:\n"
             "п.7 — помилково вказано 3 органи, правильно: представники ГО включені до складу 5 "
             "дорадчо-консультативних органів при РДА (додались координаційна рада з питань місцевого "
             "економічного розвитку та рада підприємців).\n"
             "п.12 — доповнюємо: ГО «Громадський контроль» провела громадську антикорупційну експертизу проекту "
             "розпорядження про порядок оренди комунального майна, пропозиції враховано.\n"
             "Решта без змін.\n"
             "\n"
             "Сектор внутрішньої політики Чернігівської РДА\n"
             "\n"
             "11.06.2013 14:22, Чернігівська РДА пише:\n" + quote(old) + "\n")
    root = text(plain, "utf-8", "8bit", quoted_cs=False, extra="; format=flowed")
    h = [received(t, 2, "mail.rda-chernihiv.example.gov.ua", "193.93.217.115"),
         ("Message-ID", "<51B9712E.1040807@example.gov.ua>"),
         ("Date", rfcdate(t)),
         ("From", addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua")),
         ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
         ("MIME-Version", "1.0"),
         ("To", "uvp@cg.ukrtel.net"),
         ("Subject", ew("Re: Інформація Чернігівської РДА (ВУ) - УТОЧНЕННЯ", "utf-8")),
         ("References", "<51B716C8.6070503@example.gov.ua>"),
         ("In-Reply-To", "<51B716C8.6070503@example.gov.ua>")]
    return message(h, root)


KEY = {"class": "mixed", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own sector writes to the office mailbox from its registered box: Outlook Word HTML with an "
               "inline logo (multipart/related); the cover reports п.11 and only points to the .docx for "
               "3, 5, 13, 14, which the .docx answers; «п.15 – у 2013 р.» only says when.",
       "items": it(3, "УВП_сектор_ЗГ_інформація.docx", 5, "УВП_сектор_ЗГ_інформація.docx", 11, "body",
                   13, "УВП_сектор_ЗГ_інформація.docx", 14, "УВП_сектор_ЗГ_інформація.docx")}


@mail("mx03_uvp", KEY)
def _():
    t = kdt("2012-12-12 13:45:00")
    cs = "windows-1251"
    text_main = ("Олено Петрівно, добрий день!\n"
                 "Передаю інформацію сектору зв'язків з громадськістю для зведеної.\n"
                 "п.11 — 28.11.2012 проведено День відкритих дверей для студентів ЧНУ та журналістів обласних ЗМІ "
                 "(31 учасник): ознайомлення з роботою управління, відповіді на запитання.\n"
                 "Решта пунктів (3, 5, 13, 14) — у вкладенні.\n")
    sig = ("З повагою,\n"
           "Дмитро Гордієнко\n"
           "завідувач сектору зв'язків з громадськістю\n"
           "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n"
           "тел. (0462) 67-50-02")
    cid = "image001.png@01CDD86E.2F1A0B30"
    plain = text_main + "\n" + sig + "\n[cid:%s]\n" % cid
    html = word_html(mso_p(text_main.rstrip("\n")) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                     + mso_p(sig).replace("<p class=MsoNormal>", "<p class=MsoNormal><span style='color:#1F497D'>")
                     .replace("<o:p></o:p></p>", "</span><o:p></o:p></p>")
                     + "\n<p class=MsoNormal><img width=48 height=48 id=\"Picture_x0020_1\" "
                     "src=\"cid:%s\" alt=\"logo\"><o:p></o:p></p>" % cid, lang="UK", charset=cs)
    img = Part([("Content-Type", "image/png;\n\tname=\"image001.png\""),
                ("Content-Description", "image001.png"),
                ("Content-Disposition", "inline;\n\tfilename=\"image001.png\"; size=%d" % len(png_logo())),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-ID", "<%s>" % cid)], base64.encodebytes(png_logo()))
    root = multi("mixed", "----=_NextPart_000_0027_01CDD86E.2F1A0B30", [
        multi("related", "----=_NextPart_001_0028_01CDD86E.2F1A0B30", [
            multi("alternative", "----=_NextPart_002_0029_01CDD86E.2F1A0B30", [
                text(plain, cs, "quoted-printable"),
                text(html, cs, "quoted-printable", "html")]),
            img], extra=";\n\ttype=\"multipart/alternative\""),
        attach("mx03_uvp.docx", "УВП_сектор_ЗГ_інформація.docx", "2047B", cs)],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 2, "mail.example.gov.ua", "193.93.216.2"),
         ("From", addr("Гордієнко Дмитро", "uvp-info@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("сектор ЗГ - до зведеної інформації (ВУ)", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<002701cdd85d$91c8e3a0$b55aaae0$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 14.0"),
         ("Thread-Index", "Ac3YXZAkx0Wq3k1pTZyQfDqg3cJ9Lw=="),
         ("Content-Language", "uk")]
    return message(h, root)


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Two attachments: the signed covering letter as a PDF (text layer) hands over the table and adds "
               "the working group (10); the .xls answers 1, 6, 7, while its row 10 «див. лист» and row 9 «+» "
               "are placeholders; the body is a bare cover.",
       "items": it(1, "Додаток.xls", 6, "Додаток.xls", 7, "Додаток.xls", 10, "Лист_01-12_1542.pdf")}


@mail("mx04_novhorod", KEY)
def _():
    t = kdt("2013-12-13 16:22:10")
    cs = "windows-1251"
    plain = ("Добрий день. Надсилаємо лист (скан) та додаток.\n"
             "Новгород-Сіверська РДА, загальний відділ\n")
    html = word_html(mso_p(plain), gen="Microsoft Word 12 (filtered medium)", lang="UK", charset=cs)
    root = multi("mixed", "----=_NextPart_000_0013_01CEF82E.5A7C9D80", [
        multi("alternative", "----=_NextPart_001_0014_01CEF82E.5A7C9D80", [
            text(plain, cs, "quoted-printable"),
            text(html, cs, "quoted-printable", "html")]),
        attach("mx04_lyst.pdf", "Лист_01-12_1542.pdf", "2047B", cs),
        attach("mx04_dodatok.xls", "Додаток.xls", "2047B", cs)],
        preamble=b"This is a multipart message in MIME format.\n\n")
    h = [received(t, 5, "mail.rda-novhorod-siverskyi.example.gov.ua", "193.93.217.81"),
         ("From", addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", cs, quote=True)),
         ("To", "<uvp@cg.ukrtel.net>"),
         ("Subject", ew("лист 01-12/1542 від 12.12.2013", cs)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<001301cef81d$e8b1c2a0$ba1547e0$@example.gov.ua>"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Office Outlook 12.0"),
         ("Thread-Index", "Ac74HeiwVb3y0bEJSX6aQm2Gq8Z0Aw=="),
         ("Content-Language", "uk")]
    return message(h, root)


KEY = {"class": "mixed", "executor": "rda-koriukivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "The district's general department forwards inline (The Bat! «Original message text» markers) "
               "the sector's letter that reached it from a private box; the body is windows-1251 labelled "
               "koi8-r, so it reads as garbage until re-decoded; the forwarded report counts whole.",
       "items": it(1, "body", 6, "body", 10, "body")}


@mail("mx05_koriukivka", KEY)
def _():
    t = kdt("2013-12-17 10:05:50")
    plain = ("Здравствуйте, uvp.\n"
             "\n"
             "Пересылаем информацию сектора внутренней политики (извините что с опозданием).\n"
             "\n"
             "This is a forwarded message\n"
             "From: Дорошенко Анна <koriuk.vp@ukr.net>\n"
             "To: rda-koriukivka <rda-koriukivka@example.gov.ua>\n"
             "Date: Monday, December 16, 2013, 17:48:02\n"
             "Subject: ОП за 2 полугодие\n"
             "\n"
             "===8<==============Original message text===============\n"
             "Корюковская РГА. Информация по плану ОП за 2 полугодие 2013\n"
             "п.1 — на сайте РГА обновлены разделы «Бюджет» и «Регуляторная политика», размещены отчеты ЦПАУ\n"
             "п.6 — проведены общественные слушания по проекту бюджета района на 2014 г. (03.12.2013), опрос "
             "жителей по качеству админуслуг\n"
             "п.9 — без изменений\n"
             "п.10 — в составе общественного совета работает рабочая группа по открытости, провела 2 "
             "заседания (октябрь, ноябрь)\n"
             "Исп. Дорошенко А., 2-13-60\n"
             "\n"
             "===8<===========End of original message text===========\n"
             "\n"
             "\n"
             "\n"
             "-- \n"
             "С уважением,\n"
             " rda-koriukivka                          mailto:rda-koriukivka@example.gov.ua\n")
    root = text(plain, "windows-1251", "8bit", label="koi8-r", quoted_cs=False)
    h = [received(t, 3, "mail.rda-koriukivka.example.gov.ua", "193.93.217.45"),
         ("Date", rfcdate(t)),
         ("From", addr("rda-koriukivka", "rda-koriukivka@example.gov.ua")),
         ("X-Mailer", "The Bat! (v3.99.3) Professional"),
         ("Reply-To", "rda-koriukivka <rda-koriukivka@example.gov.ua>"),
         ("X-Priority", "3 (Normal)"),
         ("Message-ID", "<1880233604.20131217100548@example.gov.ua>"),
         ("To", "uvp <uvp@cg.ukrtel.net>"),
         ("Subject", "=?koi8-r?B?%s?=" % base64.b64encode("Fwd: ОП Корюковка".encode("koi8-r")).decode()),
         ("MIME-Version", "1.0")]
    return message(h, root)


# =============================================================================================
# Build and check
# =============================================================================================

PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges", "pr": "prose",
          "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}
KEY_ORDER = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]


def decode_name(v):
    if v is None:
        return None
    if "=?" in v:
        return str(email.header.make_header(email.header.decode_header(v)))
    return v


def attachment_names(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn is None:
            p = part.get_param("name")
            fn = email.utils.collapse_rfc2231_value(p) if p else None
        fn = decode_name(fn)
        if fn:
            names.append(fn)
    return names


def header_addr(msg, name):
    return email.utils.parseaddr(msg.get(name, ""))[1].lower()


def describe(part, top=True):
    ct = part.get_content_type()
    if part.is_multipart() and ct.startswith("multipart/"):
        short = {"multipart/mixed": "mixed", "multipart/alternative": "alt", "multipart/related": "related"}
        return "%s[%s]" % (short.get(ct, ct), ", ".join(describe(p, False) for p in part.get_payload()))
    if ct == "message/rfc822":
        return "rfc822[%s]" % describe(part.get_payload()[0], False)
    fn = decode_name(part.get_filename())
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    cte = {"quoted-printable": "QP", "base64": "b64"}.get(cte, cte)
    if fn and not ct.startswith("text/"):
        return fn.rsplit(".", 1)[-1].lower()
    if ct == "text/calendar":
        return "calendar"
    return "%s %s %s" % (ct.split("/")[1], part.get_content_charset() or "-", cte)


def client(msg):
    for h in ("X-Mailer", "User-Agent"):
        v = msg.get(h)
        if v:
            v = str(v)
            for pat, name in [("Outlook Express", "Outlook Express 6"), ("Outlook 11", "Outlook 2003"),
                              ("Outlook 12", "Outlook 2007"), ("Outlook 14", "Outlook 2010"),
                              ("Thunderbird", "Thunderbird"), ("The Bat", "The Bat!"), ("Opera", "Opera Mail"),
                              ("Apple Mail", "Apple Mail"), ("iPhone", "iPhone Mail"), ("K-9", "K-9 Mail (Android)"),
                              ("Roundcube", "Roundcube"), ("CDO", "CDO script"), ("UKR.NET", "ukr.net web"),
                              ("I.UA", "i.ua web"), ("META.UA", "meta.ua web")]:
                if pat.lower() in v.lower():
                    return name
            return v
    if "mail.gmail.com" in (msg.get("Message-ID") or ""):
        return "Gmail (Android)"
    return "?"


def check(names_only=None):
    executors = load_executors()
    problems = []
    seen_measures = set()
    for name, key, _fn in MAILS:
        def bad(s):
            problems.append("%s: %s" % (name, s))
        path = os.path.join(HERE, name + ".eml")
        with open(path, "rb") as f:
            raw = f.read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad("line ends are not all CRLF")
        with open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8") as f:
            if json.load(f) != key:
                bad("expected.json differs from KEY")
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        # the key itself
        if PREFIX.get(name[:2]) != key["class"]:
            bad("class %r does not match prefix" % key["class"])
        if list(key) != KEY_ORDER:
            bad("key fields %r" % list(key))
        if key["executor"] not in executors:
            bad("executor %r is not a plan.toml id" % key["executor"])
        if key["class"] == "not_report" or key["kind"] == "not_report":
            if not (key["class"] == "not_report" and key["kind"] == "not_report"):
                bad("not_report class and kind disagree")
            if key["reason"] not in REASONS:
                bad("reason %r" % key["reason"])
            if key["items"]:
                bad("a not_report with items")
        else:
            if key["kind"] != "report" or key["reason"] is not None:
                bad("a report needs kind 'report' and reason null")
            if not key["items"]:
                bad("a report without items")
        pairs = [(i["measure"], i["source"]) for i in key["items"]]
        if pairs != sorted(set(pairs)):
            bad("items are not sorted and unique")
        names = attachment_names(msg)
        for m, src in pairs:
            if not (isinstance(m, int) and 1 <= m <= 15):
                bad("measure %r out of 1–15" % m)
            seen_measures.add(m)
            if src != "body" and src not in names:
                bad("source %r is not an attachment of the mail (%r)" % (src, names))
        # headers
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg.get(h) and not msg.get(h.title()) and not msg.get("Message-Id"):
                bad("no %s header" % h)
        if MAILBOX not in (msg.get("To") or "").lower():
            bad("To is not the mailbox")
        date = email.utils.parsedate_to_datetime(msg["Date"])
        kdate = date.astimezone(KYIV)
        if not (dt.date(2012, 1, 1) <= kdate.date() <= dt.date(2013, 12, 31)):
            bad("Date outside 2012–2013")
        if kdate.utcoffset() != date.utcoffset():
            bad("Date offset %s is not Kyiv's %s" % (date.utcoffset(), kdate.utcoffset()))
        per, late = period_of(date)
        if (per, late) != (key["period"], key["late"]):
            bad("period/late %r from Date, key says %r" % ((per, late), (key["period"], key["late"])))
        rec = msg.get_all("Received")[0]
        rdate = email.utils.parsedate_to_datetime(rec.rsplit(";", 1)[1].split("(")[0].strip())
        delta = (rdate - date).total_seconds()
        if not (0 < delta <= 60) or rdate.astimezone(KYIV).date() != kdate.date():
            bad("top Received %s is not a few seconds after Date on the same Kyiv day" % rdate)
        frm = header_addr(msg, "From")
        own = frm in executors.get(key["executor"], [])
        if key["class"] == "personal_address":
            if own:
                bad("personal_address sent from the executor's own registered box")
        elif not own:
            bad("From %s is not a registered box of %s" % (frm, key["executor"]))
        if frm == MAILBOX:
            bad("sent from the mailbox itself")
    if names_only is None:
        missing = set(range(1, 16)) - seen_measures
        if missing:
            problems.append("measures never reported: %s" % sorted(missing))
        counts = {}
        for name, key, _fn in MAILS:
            counts[name[:2]] = counts.get(name[:2], 0) + 1
        if len(MAILS) != 40 or any(v != 5 for v in counts.values()) or len(counts) != 8:
            problems.append("class counts %r (want 8 × 5)" % counts)
    # attachments: size and PDF text layers
    for fn in sorted(os.listdir(ATT)):
        p = os.path.join(ATT, fn)
        if not os.path.isfile(p) or fn.endswith(".sh"):
            continue
        if os.path.getsize(p) >= 60 * 1024:
            problems.append("attachment %s is 60 KB or more" % fn)
        if fn.endswith(".pdf"):
            if shutil.which("pdftotext"):
                out = subprocess.run(["pdftotext", p, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                if not re.search("[А-Яа-яІіЇїЄє]{4}", out):
                    problems.append("PDF %s has no text layer" % fn)
            else:
                problems.append("pdftotext not found; PDF %s not checked" % fn)
    return problems


def build():
    for name, key, fn in MAILS:
        data = fn()
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")


def table():
    rows, by_src, by_measure, periods, execs, clients, late = [], {}, {}, {}, set(), {}, 0
    n_items = 0
    for name, key, _fn in MAILS:
        with open(os.path.join(HERE, name + ".eml"), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.compat32)
        its = ", ".join("%d%s" % (i["measure"], "" if i["source"] == "body" else " (%s)" % i["source"])
                        for i in key["items"]) or "— (%s)" % key["reason"]
        rows.append("| %s | %s | %s | %s%s | %s; %s | %s | %s |" % (
            name, key["class"], key["executor"], key["period"], " late" if key["late"] else "",
            client(msg), describe(msg), its, key["note"]))
        for i in key["items"]:
            n_items += 1
            s = "body" if i["source"] == "body" else "." + i["source"].rsplit(".", 1)[-1].lower()
            by_src[s] = by_src.get(s, 0) + 1
            by_measure[i["measure"]] = by_measure.get(i["measure"], 0) + 1
        periods[key["period"]] = periods.get(key["period"], 0) + 1
        late += key["late"]
        execs.add(key["executor"])
        c = client(msg)
        clients[c] = clients.get(c, 0) + 1
    print("Mails: %d; items: %d" % (len(MAILS), n_items))
    print("Items by source: " + ", ".join("%s %d" % kv for kv in sorted(by_src.items())))
    print("Items by measure: " + ", ".join("%d: %d" % kv for kv in sorted(by_measure.items())))
    print("Periods: " + ", ".join("%s: %d" % kv for kv in sorted(periods.items())) + "; late: %d" % late)
    print("Executors: %d (%d РДА, %d structural units, %d other: %s)" % (
        len(execs), sum(e.startswith("rda-") for e in execs), sum(e.startswith("su-") for e in execs),
        sum(not e.startswith(("rda-", "su-")) for e in execs),
        ", ".join(sorted(e for e in execs if not e.startswith(("rda-", "su-"))))))
    print("Clients: " + ", ".join("%s %d" % kv for kv in sorted(clients.items())))
    print()
    print("| mail | class | executor | period | client; parts and charset | items | what makes it hard |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(r)


def main():
    if "--table" in sys.argv:
        table()
        return 0
    if "--check" not in sys.argv:
        build()
        print("built %d mails" % len(MAILS))
    problems = check()
    for p in problems:
        print("PROBLEM:", p)
    print("check: %s" % ("ok" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
