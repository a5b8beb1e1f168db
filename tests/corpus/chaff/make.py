#!/usr/bin/env python3
"""Build the "chaff" corpus: 40 report e-mails to uvp@cg.ukrtel.net and their answer keys.

Python 3 standard library only.  Run from anywhere:  python3 make.py
Writes NAME.eml and NAME.expected.json beside this file, after checking every key.

Theme of the corpus: the report wrapped in everything that is not the report —
letterheads, long signatures with departments and phones, copy lists, disclaimers,
antivirus footers, registration stamps and resolutions, secretaries' notes, quoted
threads, the plan's wording pasted as a reminder, phone footers, pasted newsletters.

Each mail's KEY literal stands directly above its builder and was written before
the mail's text.  Attachments were converted once with LibreOffice from the HTML
and CSV sources in attachments/src/ and are read from attachments/ as they are.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import quopri
import re
import struct
import sys
import zlib
from urllib.parse import quote
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
PLAN_TOML = "/work/main/config/plan.toml"

APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3

CLASSES = {
    "ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
    "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed",
}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# Executor ids as plan.toml gives them (checked against plan.toml when it is present).
EXECUTORS = {
    "uvp", "gromrada", "zvernennia", "cppk", "ogp-coordinator",
    "su-osvita", "su-zdorovia", "su-kultura", "su-sotszakhyst", "su-simia", "su-apk",
    "su-finansy", "su-ekonomika", "su-zhkh", "su-kapbud", "su-ekolohiia", "su-arkhiv",
    "su-mistobuduvannia", "su-sluzhba-ditei",
    "rda-bakhmach", "rda-bobrovytsia", "rda-borzna", "rda-varva", "rda-horodnia",
    "rda-ichnia", "rda-kozelets", "rda-korop", "rda-koriukivka", "rda-kulykivka", "rda-mena",
    "rda-nizhyn", "rda-novhorod-siverskyi", "rda-nosivka", "rda-pryluky", "rda-ripky",
    "rda-semenivka", "rda-sosnytsia", "rda-sribne", "rda-talalaivka", "rda-chernihiv",
    "rda-shchors",
}

UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_NAME = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
             "в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

# The plan's measures, verbatim (used where mail quotes a reminder, a receipt or the plan).
TEXT = {
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
    16: "Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net).",
}

# --------------------------------------------------------------------------- footers

DISCL_UA = ("Ця електронна пошта та всі вкладення до неї є конфіденційними і призначені виключно для "
            "використання особою або установою, якій їх адресовано. Якщо Ви отримали цей лист помилково, "
            "просимо негайно повідомити відправника та видалити лист. Будь-яке несанкціоноване використання, "
            "поширення чи копіювання цієї інформації заборонено.")
DISCL_RU = ("Данное сообщение и все приложения к нему являются конфиденциальными и предназначены "
            "исключительно для адресата. Если Вы получили это сообщение по ошибке, пожалуйста, "
            "уведомите отправителя и удалите сообщение. Любое несанкционированное использование, "
            "распространение или копирование запрещено.")
DISCL_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended "
            "solely for the use of the addressee. If you have received this message in error, please "
            "notify the sender and delete it. Any unauthorised use, disclosure or copying is prohibited.")
AV_NOD = ("__________ Інформація від ESET NOD32 Antivirus, версія бази сигнатур вірусів {sig} ({day}) __________\n"
          "\n"
          "Повідомлення перевірено програмою ESET NOD32 Antivirus.\n"
          "\n"
          "http://www.esetnod32.ru\n")
AV_KAV = "This message was scanned by Kaspersky Anti-Virus for Linux Mail Server 5.6 and is believed to be clean."
AV_MAILSCANNER = ("This message has been scanned for viruses and\n"
                  "dangerous content by MailScanner, and is\n"
                  "believed to be clean.")
AV_DRWEB = "Перевірено антивірусом Dr.Web. Вірусів не виявлено."


# --------------------------------------------------------------------------- zvit's own mail

def reminder(deadline, today, executor, missing, overdue=False):
    """zvit's reminder (templates/reminder.txt.j2), rendered as the executor received it."""
    s = "Шановні колеги!\n\n"
    if overdue:
        s += (f"Нагадуємо, що {deadline} минув термін подання інформації про виконання {PLAN_NAME} "
              f"(пункт 16 плану).\n\n")
    else:
        s += (f"Нагадуємо, що відповідно до пункту 16 {PLAN_NAME} інформацію про його виконання необхідно "
              f"надати до {deadline} на адресу електронної пошти {MAILBOX}.\n\n")
    s += f"Станом на {today} від {executor} не надійшла інформація за звітний період щодо таких пунктів плану:\n"
    for m in missing:
        s += f"\n  {m}. {TEXT[m]}\n"
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    s += ("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його "
          "недійсним.\n\nЗ повагою\n" + UVP_NAME)
    return s


def receipt(received, subject, executor, period, deadline, recognised, missing):
    """zvit's receipt (templates/receipt.txt.j2) as the executor received it."""
    s = ("Шановні колеги!\n\n" + UVP_NAME[0].upper() + UVP_NAME[1:] +
         f" підтверджує отримання Вашого листа від {received} «{subject}».\n\n")
    s += f"Виконавець: {executor}.\nЗвітний період: {period}-й (термін подання інформації — {deadline}).\n\n"
    s += "Розпізнано інформацію щодо таких пунктів плану:\n"
    for m, excerpt in recognised:
        s += f"  • пункт {m}: {excerpt}\n"
    s += "\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n"
    for m in missing:
        s += f"  {m}. {TEXT[m]}\n"
    s += (f"\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу "
          f"{MAILBOX}.\n\nЗ повагою\n" + UVP_NAME)
    return s


# --------------------------------------------------------------------------- MIME helpers

KOI8_FIX = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "’": "'", "–": "-",
                          "—": "-", "№": "N", "•": "*", "…": "..."})


def fit(text, charset):
    """What a koi8 mailer really sends: the typographic characters it has no code for are replaced."""
    if charset.lower().startswith("koi8"):
        return text.translate(KOI8_FIX)
    return text


def _ew1(s, charset, mode):
    b = fit(s, charset).encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii"))
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif byte < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def ew(text, charset="utf-8", mode="B", maxlen=70, fold=True):
    """RFC 2047 encoded words for a header value (folded with CRLF+space when fold)."""
    if all(ord(c) < 128 for c in text):
        return text
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        if chunk and len(_ew1(trial, charset, mode)) > maxlen:
            words.append(_ew1(chunk, charset, mode))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_ew1(chunk, charset, mode))
    return ("\n " if fold else " ").join(words)


def addr(name, address, charset="utf-8", mode="B", quoted=False):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{address}>'
    enc = ew(name, charset, mode, maxlen=10_000)  # mailers encode a display name as one word
    if quoted:
        enc = '"' + enc + '"'
    return f"{enc} <{address}>"


def kyiv(s):
    """'2012-12-12 10:41:07' (Kyiv wall time) -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfc_date(d):
    return email.utils.format_datetime(d)


def hexid(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        return ("\n".join(self.headers)).encode("ascii") + b"\n\n" + self.body


def b64lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode("ascii")


def encode_body(data, cte):
    if cte == "base64":
        return b64lines(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label="same",
              params="", extra=()):
    """A text part. label: the charset written in the header ("same", a different name, or None)."""
    data = fit(text, charset).encode(charset)
    if label == "same":
        label = charset
    ct = f"Content-Type: text/{subtype}"
    if label:
        ct += f'; charset="{label}"' if not params.startswith("!") else f"; charset={label}"
    ct += params.lstrip("!")
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(hdrs, encode_body(data, cte))


def _rfc2231(fn, charset="utf-8"):
    return quote(fn.encode(charset), safe="-_.!~*()")


def file_part(data, ctype, filename, style="ascii", charset="utf-8", disposition="attachment",
              cid=None, extra=(), size=False):
    """An attachment.  style: ascii | B | Q (RFC 2047 in quoted params) | 2231 | 2231c (continuations)."""
    if style == "ascii":
        ct = f'Content-Type: {ctype}; name="{filename}"'
        cd = f'Content-Disposition: {disposition}; filename="{filename}"'
    elif style in ("B", "Q"):
        enc = ew(filename, charset, style, maxlen=10_000)
        ct = f'Content-Type: {ctype};\n\tname="{enc}"'
        cd = f'Content-Disposition: {disposition};\n\tfilename="{enc}"'
    elif style == "2231":
        enc = ew(filename, charset, "B", maxlen=10_000)
        ct = f'Content-Type: {ctype};\n name="{enc}"'
        cd = f"Content-Disposition: {disposition};\n filename*={charset}''{_rfc2231(filename, charset)}"
    elif style == "2231c":
        enc = ew(filename, charset, "B", maxlen=10_000)
        ct = f'Content-Type: {ctype};\n name="{enc}"'
        pct = _rfc2231(filename, charset)
        chunks, i = [], 0
        while i < len(pct):
            j = min(i + 51, len(pct))
            while j < len(pct) and "%" in pct[j - 2:j]:
                j -= 1  # never split a %XX escape
            chunks.append(pct[i:j])
            i = j
        segs = []
        for k, c in enumerate(chunks):
            segs.append(f"filename*{k}*={charset}''{c}" if k == 0 else f"filename*{k}*={c}")
        cd = f"Content-Disposition: {disposition};\n " + ";\n ".join(segs)
    else:
        raise ValueError(style)
    if size:
        cd += f"; size={len(data)}"
    hdrs = [ct, "Content-Transfer-Encoding: base64", cd]
    if cid:
        hdrs.append(f"Content-ID: <{cid}>")
    hdrs += list(extra)
    return Part(hdrs, b64lines(data))


def multipart(subtype, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.render() + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"'], out)


def rfc822_part(inner_bytes, extra=()):
    return Part(["Content-Type: message/rfc822", "Content-Transfer-Encoding: 7bit"] + list(extra),
                inner_bytes)


def message(headers, part, mime_version=True):
    lines = []
    for name, value in headers:
        if value is None:
            continue
        lines.append(f"{name}: {value}")
    if mime_version:
        lines.append("MIME-Version: 1.0")
    head = "\n".join(lines + part.headers)
    head.encode("ascii")  # headers must be ASCII
    return head.encode("ascii") + b"\n\n" + part.body


def received(d, delta, helo, ip, relay="mx.cg.ukrtel.net", qid=None):
    t = d + dt.timedelta(seconds=delta)
    qid = qid or hexid(helo, t, n=10).upper()
    return (f"from {helo} ({helo} [{ip}])\n\tby {relay} (Postfix) with ESMTP id {qid}\n"
            f"\tfor <{MAILBOX}>; {rfc_date(t)}")


def envelope(when, frm, subject, msgid, delta, helo, ip, extra=(), to=MAILBOX, cc=None,
             inner_received=None):
    """Top headers: the server's Received first (a few seconds after Date), then the client's."""
    d = kyiv(when)
    hs = [("Received", received(d, delta, helo, ip))]
    if inner_received:
        hs.append(("Received", inner_received))
    hs += [("Date", rfc_date(d)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", subject), ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def att(name):
    with open(os.path.join(ATT, name), "rb") as f:
        return f.read()


CT = {
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
}


def png(width, height, rgb_fn):
    """A tiny deterministic PNG (for inline logos in Word HTML mail)."""
    raw = b""
    for y in range(height):
        raw += b"\x00" + b"".join(bytes(rgb_fn(x, y)) for x in range(width))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def outlook_html(text, font="Times New Roman", size="12.0pt", charset="windows-1251", lang="UK"):
    """Plain text -> the HTML twin Outlook 2007/2010 (Word editor) sends beside it."""
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append(f"<p class=MsoNormal><span style='font-size:{size};font-family:\"{font}\",\"serif\"'>"
                         f"{html.escape(line, quote=False)}<o:p></o:p></span></p>")
        else:
            paras.append("<p class=MsoNormal><span style='font-size:%s'><o:p>&nbsp;</o:p></span></p>" % size)
    return WORD_HEAD.format(charset=charset, lang=lang) + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=Generator content="Microsoft Word 12 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri","sans-serif";}}
a:link, span.MsoHyperlink
\t{{mso-style-priority:99;
\tcolor:blue;
\ttext-decoration:underline;}}
table.MsoTableGrid
\t{{border:solid windowtext 1.0pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri","sans-serif";}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang={lang} link=blue vlink=purple>
<div class=WordSection1>
"""


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


MAILS = []


def builder(key):
    """Register the function below as the builder of the mail whose key is given."""
    def deco(fn):
        MAILS.append((fn.__name__, dict(key), fn))
        return fn
    return deco


# =========================================================================== the mails

# --------------------------------------------------------------------------- ph: placeholders

KEY = {
    "class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Sixteen-row table in an Outlook plain+HTML twin under a letterhead listing the district's departments: rows 1, 6 and 10 say what was done, the rest carry «-», «х», «+», «немає», an empty cell or a bare «не проводились», and a NOD32 footer closes the mail.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@builder(KEY)
def ph01():
    rows = [
        ("1", "Інформаційне наповнення та функціонування офіційних сайтів",
         "На офіційному веб-сайті райдержадміністрації створено розділи «Громадська рада» та «Консультації з громадськістю», структуру сайту приведено у відповідність до Порядку, затвердженого постановою КМУ від 04.01.2002 № 3; у розділі «Звернення громадян» розміщено графік особистого прийому керівництва."),
        ("2", "Рубрики на офіційному сайті облдержадміністрації", ""),
        ("3", "Веб-ресурс «Чернігівська громада»", "х"),
        ("4", "Інтернет-форум", "х"),
        ("5", "«Гаряча лінія» голови облдержадміністрації", "х"),
        ("6", "Консультації з громадськістю (постанова КМУ № 996)",
         "29.11.2012 проведено громадське обговорення проекту районного бюджету на 2013 рік (47 учасників), 04.12.2012 – зустріч голови райдержадміністрації з жителями м. Батурин з питань благоустрою."),
        ("7", "Залучення представників ІГС до дорадчо-консультативних органів", "-"),
        ("8", "Голови комітетів Громадської ради у складі колегій", "х"),
        ("9", "Обговорення проектів розпоряджень, програм, рішень", "+"),
        ("10", "Комісії (робочі групи) з питань відкритості та прозорості при громадських радах",
         "Громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності райдержадміністрації (лист від 02.11.2012 № 01-21/3109); питання включено до порядку денного засідання ради 20.12.2012."),
        ("11", "«Дні відкритих дверей»", "х"),
        ("12", "Громадські експертизи", "не проводились"),
        ("13", "Навчальні семінари", "х"),
        ("14", "Методичні посібники", "х"),
        ("15", "Громадське обговорення виконання заходів", "немає"),
        ("16", "Надання інформації УВП", "Інформацію надано"),
    ]
    head = ("БАХМАЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ\n"
            "Апарат райдержадміністрації • Відділ організаційної роботи та з питань внутрішньої політики • "
            "Сектор інформаційної діяльності та комунікацій з громадськістю • Загальний відділ • Юридичний сектор • "
            "Фінансове управління • Управління агропромислового розвитку • Відділ освіти\n"
            "вул. Соборності, 42, м. Бахмач, 16500, тел. (04635) 2-13-41, факс 2-14-05, e-mail: rda-bakhmach@example.gov.ua\n")
    intro = ("12.12.2012 № 01-21/3544\n\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Бахмацька райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
             "«Партнерство „Відкритий уряд“» за IV квартал 2012 року.\n")
    sig = ("З повагою\n"
           "Заступник голови райдержадміністрації                    О.М. Зінченко\n\n"
           "Виконавець: Литвиненко Тетяна Павлівна,\n"
           "головний спеціаліст сектору інформаційної діяльності та комунікацій з громадськістю апарату Бахмацької райдержадміністрації\n"
           "тел. (04635) 2-17-09, факс 2-14-05\n"
           "Приймальня голови райдержадміністрації: (04635) 2-13-41\n"
           "Відділ організаційної роботи та з питань внутрішньої політики: (04635) 2-12-77\n"
           "Загальний відділ (канцелярія): (04635) 2-11-56\n"
           "Юридичний сектор: (04635) 2-15-30\n"
           "Офіційний веб-сайт: http://bakhmach-rda.example.gov.ua\n")
    av = AV_NOD.format(sig="7789", day="20121212")
    plain = head + "\n" + intro + "\n" + "№\tЗахід\tСтан виконання\n" + "".join(
        f"{n}\t{t}\t{v}\n" for n, t, v in rows) + "\n" + sig + "\n\n" + av
    cells = "".join(
        "<tr><td width=30 valign=top style='border:solid windowtext 1.0pt;padding:0 5.4pt'><p class=MsoNormal>%s</p></td>"
        "<td width=220 valign=top style='border:solid windowtext 1.0pt;padding:0 5.4pt'><p class=MsoNormal>%s</p></td>"
        "<td width=380 valign=top style='border:solid windowtext 1.0pt;padding:0 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td></tr>\n"
        % (n, html.escape(t), html.escape(v) if v else "<o:p>&nbsp;</o:p>") for n, t, v in rows)
    hhead = "".join(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:10.0pt'>{html.escape(l)}</span></b></p>\n"
                    for l in head.strip().split("\n"))
    body_html = (WORD_HEAD.format(charset="windows-1251", lang="UK") + hhead +
                 "<div style='border:none;border-bottom:double windowtext 2.25pt;padding:0 0 1.0pt 0'><p class=MsoNormal>&nbsp;</p></div>\n" +
                 "".join(f"<p class=MsoNormal>{html.escape(l)}<o:p></o:p></p>\n" if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                         for l in intro.split("\n")) +
                 "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
                 "<tr><td><p class=MsoNormal><b>№</b></p></td><td><p class=MsoNormal><b>Захід</b></p></td>"
                 "<td><p class=MsoNormal><b>Стан виконання</b></p></td></tr>\n" + cells + "</table>\n" +
                 "".join(f"<p class=MsoNormal>{html.escape(l)}<o:p></o:p></p>\n" if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                         for l in ("\n" + sig + "\n\n" + av).split("\n")) +
                 "</div>\n</body>\n</html>\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(body_html, "html", "windows-1251", "quoted-printable")],
                    "----=_NextPart_000_0041_01CDD85A.4C5E1F40",
                    preamble="This is a multipart message in MIME format.")
    hs = envelope("2012-12-12 10:41:07",
                  addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251"),
                  ew("Інформація Бахмацької РДА щодо виконання Плану заходів (Відкритий уряд)", "windows-1251"),
                  "<004101cdd849$8a3c2f10$9eb48d30$@example.gov.ua>", 6, "mail.bakhmach-rda.example.gov.ua",
                  "194.44.151.18",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac3YSYnZ3v8bq2pBQ9Gk1Xk2uRfA1w=="),
                         ("Content-Language", "uk")])
    return message(hs, alt)


KEY = {
    "class": "placeholder", "executor": "su-finansy", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The spreadsheet has a row for all 16 measures and only rows 1 and 2 say anything; the rest are «х», «—», «+», «без змін», a bare «не проводились» or empty, while the body's signature lists a «відділ … цільових програм» and a «сектор з питань місцевих бюджетів» and ends in a three-language disclaimer.",
    "items": [{"measure": 1, "source": "Інформація_ВУ_I_півр_2013.xlsx"},
              {"measure": 2, "source": "Інформація_ВУ_I_півр_2013.xlsx"}],
}


@builder(KEY)
def ph02():
    plain = ("Добрий день!\n\n"
             "Надсилаємо інформацію Головного фінансового управління облдержадміністрації про виконання "
             "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
             "за І півріччя 2013 року (у вкладенні).\n\n"
             "З повагою,\n"
             "Гайдамака Олена Петрівна\n"
             "головний спеціаліст відділу доходів і аналізу\n"
             "Головного фінансового управління Чернігівської обласної державної адміністрації\n"
             "вул. Шевченка, 7, м. Чернігів, 14000\n"
             "тел. (0462) 67-31-24, факс (0462) 67-31-00\n\n"
             "Структура Головного фінансового управління:\n"
             "• Бюджетний відділ – (0462) 67-31-10\n"
             "• Відділ доходів і аналізу – (0462) 67-31-24\n"
             "• Відділ фінансів соціально-культурної сфери та цільових програм – (0462) 67-31-40\n"
             "• Відділ фінансів галузей виробничої сфери – (0462) 67-31-45\n"
             "• Відділ бухгалтерського обліку та звітності – (0462) 67-31-52\n"
             "• Сектор з питань місцевих бюджетів та міжбюджетних відносин – (0462) 67-31-18\n\n"
             + DISCL_UA + "\n\n" + DISCL_RU + "\n\n" + DISCL_EN + "\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(outlook_html(plain, "Calibri", "11.0pt"), "html", "windows-1251",
                                              "quoted-printable")],
                    "----=_NextPart_001_0017_01CE66A4.93E2B0C0")
    mixed = multipart("mixed", [alt, file_part(att("ph02.xlsx"), CT["xlsx"], "Інформація_ВУ_I_півр_2013.xlsx",
                                               "B", "windows-1251")],
                      "----=_NextPart_000_0016_01CE66A4.93E2B0C0",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-06-11 15:22:40",
                  addr("Гайдамака Олена", "finansy@example.gov.ua", "windows-1251"),
                  ew("Інформація ГФУ - Відкритий уряд (І півріччя 2013)", "windows-1251"),
                  "<001601ce669b$a1d28f60$e577ae20$@example.gov.ua>", 4, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac5mmqH1bOQ2m1TYQlO3u2cSZ0xqEw=="),
                         ("Content-Language", "uk")])
    return message(hs, mixed)


KEY = {
    "class": "placeholder", "executor": "rda-sosnytsia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "ODS table keyed by plan number answers 1, 6 and 12 (12 as «запитів … не надходило» on its own row) while 7 and 9 carry «-», 2 and 8 «х», 10 «не стосується» and 16 a bare «+»; the body's «Розсилка» lists other units and a MailScanner footer follows.",
    "items": [{"measure": 1, "source": "vidkrytyi_uriad_II_pivr_2013.ods"},
              {"measure": 6, "source": "vidkrytyi_uriad_II_pivr_2013.ods"},
              {"measure": 12, "source": "vidkrytyi_uriad_II_pivr_2013.ods"}],
}


@builder(KEY)
def ph03():
    plain = ("Доброго дня!\n"
             "Направляємо інформацію Сосницької райдержадміністрації про стан виконання Плану заходів "
             "(Партнерство «Відкритий уряд») за ІІ півріччя 2013 року.\n"
             "Паперовий примірник направлено поштою (вих. № 02-14/2961 від 12.12.2013).\n\n"
             "Розсилка:\n"
             "- управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації (uvp@cg.ukrtel.net);\n"
             "- відділ організаційної роботи апарату райдержадміністрації;\n"
             "- сектор інформаційної діяльності та комунікацій з громадськістю;\n"
             "- юридичний сектор апарату райдержадміністрації;\n"
             "- відділ культури і туризму райдержадміністрації (для відома).\n\n"
             "-- \n"
             "З повагою,\n"
             "Гуць Ірина Миколаївна\n"
             "завідувач сектору інформаційної діяльності та комунікацій з громадськістю\n"
             "апарату Сосницької районної державної адміністрації\n"
             "смт Сосниця, вул. Леніна, 31, 16100\n"
             "тел. (04655) 2-14-92, факс (04655) 2-16-07\n\n"
             "-------------------------------------------------------\n"
             + AV_MAILSCANNER + "\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "UTF-8", "8bit", params="; format=flowed"),
                                file_part(att("ph03.ods"), CT["ods"], "vidkrytyi_uriad_II_pivr_2013.ods", "ascii")],
                      "------------040203070805060209030105",
                      preamble="This is a multi-part message in MIME format.")
    hs = envelope("2013-12-13 09:05:12",
                  addr("Гуць Ірина", "rda-sosnytsia@example.gov.ua", "UTF-8"),
                  ew("Сосницька РДА - Відкритий уряд, ІІ півріччя 2013", "UTF-8"),
                  "<52AAB1E8.6020807@example.gov.ua>", 9, "mail.sosnytsia-rda.example.gov.ua", "91.202.70.14",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")])
    return message(hs, mixed)


KEY = {
    "class": "placeholder", "executor": "su-kultura", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The clerk pasted each measure's full plan wording as a heading and answered under it: 1, 6 and 9 say what was done, 2 carries a bare «+», 7 «—», 8 «без змін» and 12 a bare «не проводились»; koi8-u plain text from The Bat! with a signature listing the department's sections.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@builder(KEY)
def ph04():
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Інформація управління культури і туризму облдержадміністрації про виконання Плану заходів з "
             "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (І півріччя 2013 р.)\n\n"
             f"1. {TEXT[1]}\n"
             "   Веб-сторінку управління на офіційному сайті облдержадміністрації доповнено розділами "
             "«Культурна спадщина» і «Туристичні маршрути Чернігівщини», оновлено перелік закладів культури "
             "обласного підпорядкування з контактами.\n\n"
             f"2. {TEXT[2]}\n"
             "   +\n\n"
             f"6. {TEXT[6]}\n"
             "   Проведено 2 консультації з громадськістю: круглий стіл «Збереження нематеріальної культурної "
             "спадщини Чернігівщини» (12.03.2013) та громадське обговорення проекту обласної програми розвитку "
             "туризму на 2013–2015 рр.\n\n"
             f"7. {TEXT[7]}\n"
             "   —\n\n"
             f"8. {TEXT[8]}\n"
             "   без змін\n\n"
             f"9. {TEXT[9]}\n"
             "   Проект обласної програми розвитку туризму на 2013–2015 рр. направлено членам комітету з "
             "гуманітарних питань Громадської ради при облдержадміністрації, їхні 6 пропозицій враховано у програмі, "
             "затвердженій сесією обласної ради 24.05.2013.\n\n"
             f"12. {TEXT[12]}\n"
             "   не проводились\n\n"
             "Начальник управління                          В.Д. Дорошенко\n\n"
             "Вик. Сахно Л.В., 67-29-84\n\n"
             "-- \n"
             "З повагою,\n"
             " Людмила Сахно                          mailto:kultura@example.gov.ua\n"
             " Управління культури і туризму Чернігівської облдержадміністрації\n"
             " вул. Магістратська, 7, м. Чернігів, 14000\n"
             " Відділ культурно-мистецької діяльності та закладів культури: (0462) 67-29-80\n"
             " Відділ туризму та курортів: (0462) 67-29-88\n"
             " Сектор охорони культурної спадщини: (0462) 67-29-91\n"
             " Бухгалтерія: (0462) 67-29-86\n")
    part = text_part(plain, "plain", "koi8-u", "8bit")
    hs = envelope("2013-06-14 16:48:03",
                  addr("Людмила Сахно", "kultura@example.gov.ua", "koi8-u"),
                  ew("Відкритий уряд - інформація управління культури", "koi8-u"),
                  "<1683921543.20130614164803@example.gov.ua>", 11, "mail.kultura.example.gov.ua", "193.193.221.40",
                  extra=[("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
                         ("Reply-To", "kultura@example.gov.ua"),
                         ("X-Priority", "3 (Normal)")])
    return message(hs, part)


KEY = {
    "class": "placeholder", "executor": "rda-ripky", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "Late (17 December) Russian cover note from Outlook Express with the registration stamp and the head's resolution copied in and a Kaspersky footer; the Word 97 table repeats the plan's wording in all 16 rows and answers only 1, 6 and 7, the others «х» or «—».",
    "items": [{"measure": 1, "source": "Інформація Ріпкинської РДА.doc"},
              {"measure": 6, "source": "Інформація Ріпкинської РДА.doc"},
              {"measure": 7, "source": "Інформація Ріпкинської РДА.doc"}],
}


@builder(KEY)
def ph05():
    plain = ("Добрый день!\n"
             "Высылаем информацию Репкинской РДА по Плану мероприятий \"Открытое правительство\" (таблица во вложении). "
             "Извините за задержку - в пятницу не работал интернет.\n\n"
             "Підстава: лист УВП облдержадміністрації від 26.11.2012 № 04-11/1702\n"
             "Вх. № 3117 від 28.11.2012\n"
             "Резолюція: Відділу організаційної роботи (Коваль Н.І.). До виконання. Підготувати інформацію до 14.12.2012. "
             "С.Дмитренко 28.11.12\n\n"
             "Коваль Наталія Іванівна\n"
             "відділ організаційної роботи апарату Ріпкинської районної державної адміністрації\n"
             "смт Ріпки, вул. Пирогова, 2, 15000\n"
             "тел. (04641) 2-14-37, факс 2-10-33\n"
             "приймальня голови РДА (04641) 2-11-52, загальний відділ 2-12-90\n\n"
             "---\n" + AV_KAV + "\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                file_part(att("ph05.doc"), CT["doc"], "Інформація Ріпкинської РДА.doc", "B",
                                          "windows-1251")],
                      "----=_NextPart_000_000B_01CDDC2E.7A3B5C80",
                      preamble="This is a multi-part message in MIME format.")
    hs = envelope("2012-12-17 08:57:33",
                  addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "windows-1251"),
                  ew("Информация Репкинской РДА (открытое правительство)", "windows-1251"),
                  "<000e01cddc1d$be9a3c80$0a01a8c0@orgviddil>", 5, "ripky-gw.example.gov.ua", "195.5.40.77",
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, mixed)


# --------------------------------------------------------------------------- bp: bottom posts

KEY = {
    "class": "bottom_post", "executor": "rda-korop", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Thunderbird reply typed between the «>» lines of zvit's reminder: 6, 9 and 12 answered under their quoted items (12 as «громадські експертизи … не проводились»), 1 only points to an earlier letter, 7 is «-», 10 promises a working group later, and the signature sits below the whole quote.",
    "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@builder(KEY)
def bp01():
    missing = [1, 6, 7, 9, 10, 12]
    answers = {
        1: "Інформацію по сайту надсилали 24.05 окремим листом.",
        6: ("Проведено громадські слухання щодо проекту Програми розвитку культури Коропщини на 2013-2015 роки "
            "(17.04.2013) та 3 зустрічі голови райдержадміністрації з жителями сіл Оболоння, Райгородок і Сохачі."),
        7: "-",
        9: ("Члени громадської ради при райдержадміністрації брали участь в обговоренні проекту розпорядження "
            "«Про затвердження районної програми підтримки сімей з дітьми», 2 пропозиції враховано."),
        10: "Робочу групу при громадській раді планується створити на засіданні ради в червні, інформацію надамо додатково.",
        12: "Громадські експертизи у І півріччі не проводились, звернень від громадських організацій не надходило.",
    }
    rem = reminder("15.06.2013", "13.06.2013", "Коропська районна державна адміністрація", missing)
    head, rest = rem.split("пунктів плану:\n", 1)
    body = "13.06.2013 09:00, uvp@cg.ukrtel.net пише:\n" + quote_gt(head + "пунктів плану:") + "\n"
    tail_start = rest.index("\nДля зручності")
    for m in missing:
        body += ">\n" + quote_gt(f"  {m}. {TEXT[m]}") + "\n\n" + answers[m] + "\n\n"
    body += quote_gt(rest[tail_start + 1:]) + "\n\n"
    body += ("-- \n"
             "З повагою, Ольга Мисник\n"
             "провідний спеціаліст відділу організаційної роботи та з питань внутрішньої політики\n"
             "апарату Коропської райдержадміністрації\n"
             "16200, смт Короп, вул. Вокзальна, 26\n"
             "тел.: (04656) 2-12-43, приймальня: 2-11-50, факс: 2-13-08\n"
             "загальний відділ: 2-10-19, юридичний сектор: 2-14-66\n")
    part = text_part(body, "plain", "UTF-8", "quoted-printable", params="; format=flowed")
    hs = envelope("2013-06-13 14:20:51",
                  addr("Ольга Мисник", "rda-korop@example.gov.ua", "UTF-8"),
                  "Re: " + ew("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "UTF-8"),
                  "<51B9AB53.3000905@example.gov.ua>", 7, "mail.korop-rda.example.gov.ua", "91.196.148.20",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
                         ("In-Reply-To", "<zvit.r2.rda-korop.20130613090000@cg.ukrtel.net>"),
                         ("References", "<zvit.r2.rda-korop.20130613090000@cg.ukrtel.net>")])
    return message(hs, part)


KEY = {
    "class": "bottom_post", "executor": "su-osvita", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 (Ukrainian UI) reply typed below the header block and the whole quoted receipt, whose «пункт 1», «пункт 6» excerpts and list of still-expected measures are not new text; the answer adds 8 and 12 and waves 2, 7, 9 off with «без змін», before a Dr.Web line and a disclaimer.",
    "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}],
}


@builder(KEY)
def bp02():
    rec = receipt("18.11.2013", "Інформація управління освіти і науки (ІІ півріччя)",
                  "Управління освіти і науки облдержадміністрації", 3, "15.12.2013",
                  [(1, "На веб-сторінці управління на офіційному сайті облдержадміністрації оновлено розділи «Зовнішнє незалежне оцінювання», «Вступна кампанія»…"),
                   (6, "Проведено громадське обговорення проекту обласної програми «Освіта Чернігівщини» на 2014–2016 роки…")],
                  [2, 7, 8, 9, 12])
    hdr = ("Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
           "Надіслано: 19 листопада 2013 р. 16:05\n"
           "Кому: osvita@example.gov.ua\n"
           "Тема: Підтвердження отримання: Інформація управління освіти і науки (ІІ півріччя)\n")
    reply = ("Доповнюємо інформацію управління освіти і науки облдержадміністрації:\n"
             "п. 8 – до складу колегії управління освіти і науки введено голову комітету з гуманітарних питань "
             "Громадської ради при облдержадміністрації Н.Г. Ковальчук (наказ від 12.09.2013 № 418), зміни до "
             "Положення про колегію затверджено;\n"
             "п. 12 – громадська експертиза діяльності управління щодо організації підвезення учнів, проведена "
             "ГО «Батьківський контроль» у жовтні, завершена; за її пропозиціями складено і затверджено план заходів, "
             "4 з 7 заходів уже виконано.\n"
             "По пп. 2, 7, 9 – інформація без змін.\n\n"
             "З повагою\n"
             "Стеценко Оксана Вікторівна\n"
             "головний спеціаліст відділу загальної середньої освіти\n"
             "управління освіти і науки Чернігівської облдержадміністрації\n"
             "тел. (0462) 67-55-21\n"
             "Приймальня начальника управління: (0462) 67-55-00\n"
             "Відділ дошкільної освіти: 67-55-12 | Відділ професійно-технічної освіти: 67-55-30 | "
             "Відділ вищої освіти та науки: 67-55-34 | Сектор кадрової роботи: 67-55-07\n"
             "www.osvita.example.gov.ua\n\n"
             + AV_DRWEB + "\n"
             "Увага! Цей лист та вкладення до нього призначені лише для адресата. Якщо Ви отримали його "
             "помилково, повідомте, будь ласка, відправника та знищіть лист.\n")
    plain = "\n\n" + hdr + "\n" + rec + "\n\n" + reply
    hhtml = (WORD_HEAD.format(charset="windows-1251", lang="UK") +
             "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
             "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:</span></b>"
             "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br>"
             "<b>Надіслано:</b> 19 листопада 2013 р. 16:05<br><b>Кому:</b> osvita@example.gov.ua<br>"
             "<b>Тема:</b> Підтвердження отримання: Інформація управління освіти і науки (ІІ півріччя)<o:p></o:p></span></p>\n</div>\n"
             "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" +
             "".join(f"<p class=MsoNormal>{html.escape(l)}<o:p></o:p></p>\n" if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                     for l in rec.split("\n")) +
             "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" +
             "".join(f"<p class=MsoNormal><span style='color:#1F497D'>{html.escape(l)}<o:p></o:p></span></p>\n" if l
                     else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" for l in reply.split("\n")) +
             "</div>\n</body>\n</html>\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "base64"),
                                    text_part(hhtml, "html", "windows-1251", "base64")],
                    "----=_NextPart_000_0093_01CEE5E8.1D8BB3A0",
                    preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-11-20 11:15:37",
                  addr("Стеценко Оксана", "osvita@example.gov.ua", "windows-1251"),
                  "RE: " + ew("Підтвердження отримання: Інформація управління освіти і науки (ІІ півріччя)",
                              "windows-1251"),
                  "<009201cee5d7$5a3f8e10$0ebeaa30$@example.gov.ua>", 5, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("In-Reply-To", "<zvit.c3.su-osvita.20131119160500@cg.ukrtel.net>"),
                         ("Thread-Index", "AQHO5QqTxWl3pYk2ukSj9W6zGdKbXw=="),
                         ("Content-Language", "uk")])
    return message(hs, alt)


KEY = {
    "class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Russian Outlook Express (windows-1251) reply written under a two-level «>»/«>>» thread (УВП's request for 7 and 10 quoting the district's own earlier report on 1, 6, 9, 12); only the new lines below count: 7 and 10, with 12 «без изменений».",
    "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}],
}


@builder(KEY)
def bp03():
    first = ("Надсилаємо інформацію Козелецької РДА про виконання Плану заходів з підвищення рівня відкритості "
             "та прозорості діяльності виконавчої влади в області.\n"
             "п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Громадська рада», оновлено "
             "розділ «Регуляторна політика»;\n"
             "п. 6 – 22.11.2012 проведено громадські слухання щодо проекту районного бюджету на 2013 рік;\n"
             "п. 9 – члени громадської ради залучені до обговорення проекту районної програми «Питна вода»;\n"
             "п. 12 – громадська експертиза діяльності відділу освіти РДА триває.\n\n"
             "Гончаренко В.І., (04646) 2-10-57")
    second = ("Добрий день!\n"
              "Дякуємо за інформацію. Просимо уточнити, що саме зроблено за пунктами 7 та 10 Плану - у Вашому листі "
              "вони не згадані.\n"
              "З повагою, Олена Мироненко, УВП ОДА, тел. 67-52-19\n\n"
              "----- Original Message ----- \n"
              "From: \"Козелецкая РГА\" <rda-kozelets@example.gov.ua>\n"
              "To: <uvp@cg.ukrtel.net>\n"
              "Sent: Tuesday, December 04, 2012 10:05 AM\n"
              "Subject: информация Козелецкой РГА\n\n" + quote_gt(first))
    body = ("----- Original Message ----- \n"
            "From: \"УВП ОДА\" <uvp@cg.ukrtel.net>\n"
            "To: <rda-kozelets@example.gov.ua>\n"
            "Sent: Thursday, December 06, 2012 3:12 PM\n"
            "Subject: Re: информация Козелецкой РГА\n\n" + quote_gt(second) + "\n\n\n"
            "По п. 7 - в состав районной комиссии по вопросам защиты прав ребенка и районного координационного "
            "совета по вопросам развития предпринимательства включены 2 представителя общественных организаций "
            "(распоряжение главы РГА от 23.11.2012 N 512).\n"
            "По п. 10 - общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости "
            "и прозрачности деятельности органов власти (письмо от 05.12.2012 N 01-22/1877), вопрос рассмотрен на "
            "заседании совета 06.12.2012.\n"
            "По п. 12 - без изменений.\n\n"
            "С уважением,\n"
            "Гончаренко Виктор Иванович\n"
            "главный специалист отдела организационной работы аппарата Козелецкой РГА\n"
            "тел. (04646) 2-10-57, приемная 2-13-02, факс 2-11-98\n")
    part = text_part(body, "plain", "windows-1251", "quoted-printable",
                     params="!;\n\tformat=flowed;\n\treply-type=original")
    hs = envelope("2012-12-07 16:40:22",
                  addr("Козелецкая РГА", "rda-kozelets@example.gov.ua", "windows-1251", quoted=True),
                  "Re: " + ew("информация Козелецкой РГА", "windows-1251"),
                  "<002101cdd48f$c11e6a20$6401a8c0@kozrda01>", 8, "kozelets-gw.example.gov.ua", "212.90.172.33",
                  extra=[("References", "<003b01cdd3a2$5e1f0a40$6401a8c0@kozrda01> <50C09A77.1050004@cg.ukrtel.net>"),
                         ("In-Reply-To", "<50C09A77.1050004@cg.ukrtel.net>"),
                         ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6109")])
    return message(hs, part)


KEY = {
    "class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Answer typed on a Samsung phone below the whole quoted reminder (which lists measure 5 with its full wording), with «Надіслано з Samsung Mobile» under it; the one paragraph reports the hot line's work without a number.",
    "items": [{"measure": 5, "source": "body"}],
}


@builder(KEY)
def bp04():
    rem = reminder("15.06.2013", "26.03.2013",
                   "Відділ роботи із зверненнями громадян апарату облдержадміністрації", [5])
    body = ("\n\n-------- Оригінальне повідомлення --------\n"
            "Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n"
            "Від: uvp@cg.ukrtel.net\n"
            "До: zvernennia@example.gov.ua\n"
            "Копія: \n\n" + rem + "\n\n"
            "Гаряча лінія голови працює щодня з 9 до 18 год, чергують по черзі 4 працівники відділу. За січень-березень "
            "прийнято 538 дзвінків, по 312 вже надано відповіді, решта на контролі у виконавців. Щотижневі зведення "
            "передаються голові ОДА по понеділках. Таблицю по звернених питаннях надішле Коваль з робочого компа\n\n"
            "Гребінь Н.\n\n"
            "Надіслано з Samsung Mobile\n")
    part = text_part(body, "plain", "UTF-8", "base64")
    hs = envelope("2013-03-26 12:44:10",
                  addr("Відділ звернень громадян", "zvernennia@example.gov.ua", "UTF-8"),
                  "Re: " + ew("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "UTF-8"),
                  "<ljvn2b8mq8x4lh1tdk3pw9cd.1364294650412@email.android.com>", 3, "mail.oda.example.gov.ua",
                  "46.211.15.92",
                  extra=[("In-Reply-To", "<zvit.r2.zvernennia.20130326090000@cg.ukrtel.net>"),
                         ("X-Mailer", "Samsung Mobile Email (GT-I9300)"),
                         ("Importance", "Normal")])
    return message(hs, part)


KEY = {
    "class": "bottom_post", "executor": "gromrada", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Roundcube HTML-only reply interleaved in a blockquote of an УВП officer's letter quoting measures 3, 4 and 15: 3 and 4 answered with work done, 15 only promises a discussion in September; the council's signature lists its committees, one of them on anti-corruption review.",
    "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}],
}


@builder(KEY)
def bp05():
    q_intro = ("Шановний Петре Івановичу!<br><br>Для підготовки проміжної інформації просимо до 01.03.2013 "
               "повідомити, що зроблено Громадською радою за пунктами Плану заходів, де вона визначена "
               "співвиконавцем:")
    def bq(inner):
        return ('<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">'
                + inner + "</blockquote>\n")
    parts = [
        "<p>25.02.2013 10:47, УВП ОДА написав:</p>\n",
        bq(q_intro + "<br><br>3. " + html.escape(TEXT[3])),
        "<p>Веб-ресурс «Чернігівська громада» працює стабільно. Громадська рада забезпечує наповнення розділу "
        "«Громадська рада»: за лютий розміщено 9 матеріалів комітетів і протокол засідання від 14.02.2013; "
        "модератором від Ради визначено Л.О. Шаповал.</p>\n",
        bq("4. " + html.escape(TEXT[4])),
        "<p>Форум запущено 18 лютого. З нашого боку підготовлено правила форуму та 5 стартових тем "
        "(тарифи ЖКГ, ремонт доріг, громадський бюджет, доступ до публічної інформації, молодіжна політика); "
        "зареєстровано вже 96 користувачів.</p>\n",
        bq("15. " + html.escape(TEXT[15]) + "<br><br>З повагою,<br>Олена Мироненко<br>головний спеціаліст "
           "відділу взаємодії з громадськими організаціями УВП ОДА<br>тел. (0462) 67-52-19"),
        "<p>Обговорення плануємо провести у вересні, після звіту за півріччя, точну дату повідомимо.</p>\n",
        "<p>З повагою,<br>\n--<br>\nЛук'яненко Петро Іванович<br>\nголова Громадської ради при Чернігівській "
        "облдержадміністрації<br>\nКомітети Ради: з питань економічного розвитку (І.М. Савченко); з гуманітарних "
        "питань (В.І. Онищенко); з питань АПК (В.П. Гриценко); з соціальних питань (Г.О. Руденко); з питань "
        "антикорупційної експертизи та правозахисту (С.М. Ткач); з питань будівництва та ЖКГ (А.В. Дідenko)<br>\n"
        "Секретаріат: вул. Шевченка, 7, каб. 214, тел. (0462) 67-52-40</p>\n",
    ]
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
           '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' + "".join(parts) +
           "</body></html>\n")
    doc = doc.replace("Дідenko", "Діденко")
    part = text_part(doc, "html", "UTF-8", "quoted-printable", params="!")
    hs = envelope("2013-02-27 18:03:29",
                  addr("Громадська рада при ОДА", "gromrada@example.gov.ua", "UTF-8"),
                  "Re: " + ew("Громадська рада - пункти 3, 4, 15 Плану заходів", "UTF-8"),
                  "<3f1b7a90c2d64e1e8a5b7c1d2e0f9a43@example.gov.ua>", 12, "webmail.example.gov.ua", "10.12.0.9",
                  extra=[("In-Reply-To", "<512B2A4C.9080106@cg.ukrtel.net>"),
                         ("User-Agent", "Roundcube Webmail/0.8.4"),
                         ("X-Sender", "gromrada@example.gov.ua")])
    return message(hs, part)


# --------------------------------------------------------------------------- nr: not reports

KEY = {
    "class": "not_report", "executor": "su-ekolohiia", "period": 1, "late": False,
    "kind": "not_report", "reason": "question",
    "note": "Asks whether measures 2, 8 and 12 need answering, with premises («колегії … не утворено») and the plan's wording of 2 and 8 quoted, under a signature naming a «відділ екологічної експертизи» and an emergency «гаряча лінія».",
    "items": [],
}


@builder(KEY)
def nr01():
    plain = ("Добрий день!\n\n"
             "Просимо роз'яснити: чи потрібно управлінню екології та природних ресурсів подавати інформацію щодо "
             "пунктів 2 та 8 Плану заходів? Рубрик, передбачених п. 2, управління не веде, а колегії в управлінні "
             "не утворено. Крім того, незрозуміло, чи звітувати за п. 12, якщо громадська екологічна експертиза "
             "проводиться за окремим законодавством (Закон України «Про екологічну експертизу»).\n\n"
             "Для довідки (з Плану):\n"
             f"«2. {TEXT[2]}»\n"
             f"«8. {TEXT[8]}»\n\n"
             "Відповідь просимо надіслати до 05.12.2012, щоб підготувати інформацію вчасно.\n\n"
             "З повагою,\n"
             "Приходько Ігор Васильович\n"
             "головний спеціаліст відділу екологічної експертизи та оцінки впливу на довкілля\n"
             "Управління екології та природних ресурсів Чернігівської облдержадміністрації\n"
             "вул. Горького, 23, м. Чернігів, 14000\n"
             "Тел.: (0462) 67-62-18, факс: (0462) 67-62-10\n"
             "Відділ екологічного контролю та моніторингу: (0462) 67-62-20\n"
             "Відділ заповідної справи та біорізноманіття: (0462) 67-62-25\n"
             "Сектор надрокористування і водних ресурсів: (0462) 67-62-31\n"
             "Гаряча лінія з питань надзвичайних екологічних ситуацій: (0462) 67-62-00\n\n"
             + DISCL_UA + "\n")
    part = text_part(plain, "plain", "windows-1251", "quoted-printable")
    hs = envelope("2012-11-28 10:12:55",
                  addr("Приходько Ігор", "ekolohiia@example.gov.ua", "windows-1251"),
                  ew("Питання щодо Плану заходів (Відкритий уряд)", "windows-1251"),
                  "<000301cdcd4b$2fd51c40$8f7f54c0$@example.gov.ua>", 4, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                         ("Thread-Index", "Ac3NSy3i0SmW9TQnR5yGmK0dPqZlvA=="),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931")])
    return message(hs, part)


KEY = {
    "class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
    "kind": "not_report", "reason": "invitation",
    "note": "Apple Mail invitation with a text/calendar .ics to the public discussion of the plan (measure 15) still to come; what was done for the announcement («оголошення розміщено на веб-ресурсі») and the measures named for speeches report nothing.",
    "items": [],
}


@builder(KEY)
def nr02():
    plain = ("Шановні колеги!\n\n"
             "Запрошую представників управління з питань внутрішньої політики та зв'язків з громадськістю "
             "облдержадміністрації до участі у громадському обговоренні виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області у рамках Ініціативи «Партнерство "
             "„Відкритий уряд“» (п. 15 Плану).\n\n"
             "Обговорення відбудеться 22 листопада 2013 р. о 14:00 у конференц-залі обласного молодіжного центру "
             "(м. Чернігів, вул. Рокосовського, 12). Оголошення розміщено на веб-ресурсі «Чернігівська громада», "
             "участь уже підтвердили 23 громадські організації.\n\n"
             "Просимо до 15.11.2013 повідомити прізвища учасників та підготувати короткий виступ (5–7 хв) щодо "
             "виконання пунктів 3, 4, 11, 13 і 14 Плану.\n\n"
             "Запрошення в календар додаю.\n\n"
             "З повагою,\n"
             "Андрій Ковтун\n"
             "регіональний координатор «Партнерства „Відкритий уряд“» у Чернігівській області\n"
             "голова правління ГО «Центр громадського моніторингу „Прозора Чернігівщина“»\n"
             "моб. +38 (067) 461-22-90\n"
             "ogp-coordinator@example.org.ua\n")
    ics = ("BEGIN:VCALENDAR\n"
           "VERSION:2.0\n"
           "PRODID:-//Apple Inc.//Mac OS X 10.8.5//EN\n"
           "CALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\n"
           "TZID:Europe/Kiev\n"
           "BEGIN:STANDARD\n"
           "TZOFFSETFROM:+0300\n"
           "TZOFFSETTO:+0200\n"
           "DTSTART:19961027T040000\n"
           "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
           "TZNAME:EET\n"
           "END:STANDARD\n"
           "BEGIN:DAYLIGHT\n"
           "TZOFFSETFROM:+0200\n"
           "TZOFFSETTO:+0300\n"
           "DTSTART:19970330T030000\n"
           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
           "TZNAME:EEST\n"
           "END:DAYLIGHT\n"
           "END:VTIMEZONE\n"
           "BEGIN:VEVENT\n"
           "CREATED:20131105T112744Z\n"
           "UID:7D2C1F4A-5B3E-4C8D-9E21-6F0A3B9C4D15\n"
           "DTSTART;TZID=Europe/Kiev:20131122T140000\n"
           "DTEND;TZID=Europe/Kiev:20131122T170000\n"
           "DTSTAMP:20131105T112912Z\n"
           "SUMMARY:Громадське обговорення виконання Плану заходів «Партнерство „Відкри\n"
           " тий уряд“»\n"
           "LOCATION:Обласний молодіжний центр\\, м. Чернігів\\, вул. Рокосовського\\, 12\n"
           "DESCRIPTION:Громадське обговорення виконання Плану заходів з підвищення р\n"
           " івня відкритості та прозорості діяльності виконавчої влади в області (п.\n"
           "  15 Плану). Реєстрація учасників з 13:30.\n"
           "ORGANIZER;CN=Андрій Ковтун:mailto:ogp-coordinator@example.org.ua\n"
           "ATTENDEE;CN=uvp@cg.ukrtel.net;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RO\n"
           " LE=REQ-PARTICIPANT;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\n"
           "SEQUENCE:0\n"
           "STATUS:CONFIRMED\n"
           "TRANSP:OPAQUE\n"
           "END:VEVENT\n"
           "END:VCALENDAR\n")
    cal = Part(['Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="obgovorennia.ics"',
                "Content-Transfer-Encoding: quoted-printable",
                'Content-Disposition: attachment; filename="obgovorennia.ics"'],
               quopri.encodestring(ics.encode("utf-8")))
    mixed = multipart("mixed", [text_part(plain, "plain", "utf-8", "quoted-printable", params="!"), cal],
                      "Apple-Mail=_6B1E7D0C-2F5A-4E38-A1C4-93D07E2B5F11")
    hs = envelope("2013-11-05 13:30:02",
                  addr("Андрій Ковтун", "ogp-coordinator@example.org.ua", "utf-8", "Q"),
                  ew("Запрошення: громадське обговорення виконання Плану заходів, 22.11.2013", "utf-8", "Q"),
                  "<7D2C1F4A-5B3E-4C8D-9E21-6F0A3B9C4D15@example.org.ua>", 14, "smtp.example.org.ua",
                  "178.151.64.210",
                  extra=[("X-Mailer", "Apple Mail (2.1510)")])
    return message(hs, mixed)


KEY = {
    "class": "not_report", "executor": "rda-mena", "period": 2, "late": False,
    "kind": "not_report", "reason": "extension_request",
    "note": "Asks for the deadline to be moved to 20 June, naming measures 1, 6, 7, 9 and 12 only as work still being summarised; a registration stamp with the head's resolution and a long «Копія:» list of district departments are typed into the Outlook plain+HTML letter.",
    "items": [],
}


@builder(KEY)
def nr03():
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Менська районна державна адміністрація просить продовжити до 20 червня 2013 року термін подання "
             "інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
             "виконавчої влади в області (п. 16 Плану) у зв'язку з тим, що відповідальний працівник сектору "
             "інформаційної діяльності перебуває на лікарняному, а узагальнення інформації структурних підрозділів "
             "щодо пунктів 6, 7, 9 та 12 ще не завершено.\n\n"
             "Інформацію щодо функціонування офіційного сайту райдержадміністрації (п. 1) буде надіслано разом з "
             "основною інформацією.\n\n"
             "Голова райдержадміністрації                       В.М. Лисенко\n\n"
             "------------------------------\n"
             "Вх. № 1468 від 29.05.2013\n"
             "Резолюція: Сектору інформаційної діяльності (Головко А.С.), відділу організаційної роботи. "
             "Узагальнити, підготувати до 13.06.2013. Лисенко 29.05.13\n"
             "------------------------------\n\n"
             "Копія: відділу організаційної роботи апарату райдержадміністрації; сектору інформаційної діяльності "
             "та комунікацій з громадськістю; юридичному сектору; відділу освіти; відділу культури і туризму; "
             "управлінню праці та соціального захисту населення райдержадміністрації; службі у справах дітей "
             "райдержадміністрації.\n\n"
             "Менська районна державна адміністрація Чернігівської області\n"
             "вул. Титаренка, 7, м. Мена, 15600\n"
             "Приймальня: (04644) 2-14-70, факс 2-13-91\n"
             "Загальний відділ: (04644) 2-12-35\n"
             "Вих. № 02-19/1711 від 12.06.2013\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(outlook_html(plain), "html", "windows-1251", "quoted-printable")],
                    "----=_NextPart_000_0027_01CE674C.8E5D9A70",
                    preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-06-12 09:48:17",
                  addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251"),
                  ew("Про продовження терміну (Відкритий уряд)", "windows-1251"),
                  "<002601ce673b$e1a4c6f0$a4ee54d0$@example.gov.ua>", 6, "mena-rda.example.gov.ua", "195.24.148.66",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac5nO+Fh6q8iQy1sQkq9o2hYy3b0tA=="),
                         ("Content-Language", "uk")])
    return message(hs, alt)


KEY = {
    "class": "not_report", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
    "kind": "not_report", "reason": "announcement",
    "note": "HTML-only announcement of public hearings still to come (what was done to announce them is no report), with the district's weekly «Анонс заходів» newsletter pasted below it naming a «день відкритих дверей» and a «засідання колегії» ahead.",
    "items": [],
}


@builder(KEY)
def nr04():
    doc = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n"
           "<HTML><HEAD>\n<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
           "<META content=\"MSHTML 6.00.2900.6266\" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n"
           "<BODY bgColor=#ffffff>\n"
           "<DIV><FONT face=Arial size=2>Управління з питань внутрішньої політики та зв'язків з громадськістю "
           "облдержадміністрації</FONT></DIV>\n<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n"
           "<DIV><FONT face=Arial size=2>Повідомляємо, що 21 лютого 2013 року о 10.00 у залі засідань "
           "Новгород-Сіверської райдержадміністрації (вул. Захарченка, 2) відбудуться громадські слухання щодо "
           "проекту Програми соціально-економічного та культурного розвитку району на 2013 рік.</FONT></DIV>\n"
           "<DIV><FONT face=Arial size=2>Оголошення про слухання розміщено на офіційному веб-сайті "
           "райдержадміністрації та в газеті «Сіверський край», до участі запрошено членів громадської ради при "
           "райдержадміністрації, депутатів районної ради, сільських голів. Інформацію про проведення слухань "
           "буде включено до звіту про виконання Плану заходів за І півріччя.</FONT></DIV>\n"
           "<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n"
           "<DIV><FONT face=Arial size=2>Сектор інформаційної діяльності та комунікацій з громадськістю апарату "
           "Новгород-Сіверської райдержадміністрації, тел. (04658) 2-13-65</FONT></DIV>\n"
           "<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n<HR>\n"
           "<DIV><FONT face=Arial color=#003366 size=3><B>АНОНС ЗАХОДІВ НОВГОРОД-СІВЕРСЬКОЇ РАЙДЕРЖАДМІНІСТРАЦІЇ "
           "на 18 – 24 лютого 2013 року</B></FONT></DIV>\n"
           "<TABLE border=1 cellSpacing=0 cellPadding=3><TBODY>\n"
           "<TR><TD><FONT face=Arial size=2>18.02, 10.00</FONT></TD><TD><FONT face=Arial size=2>Апаратна нарада "
           "при голові райдержадміністрації</FONT></TD></TR>\n"
           "<TR><TD><FONT face=Arial size=2>19.02, 09.00–13.00</FONT></TD><TD><FONT face=Arial size=2>День "
           "відкритих дверей у районному центрі надання адміністративних послуг</FONT></TD></TR>\n"
           "<TR><TD><FONT face=Arial size=2>20.02, 14.00</FONT></TD><TD><FONT face=Arial size=2>Засідання "
           "колегії райдержадміністрації «Про підсумки соціально-економічного розвитку району у 2012 році»"
           "</FONT></TD></TR>\n"
           "<TR><TD><FONT face=Arial size=2>21.02, 10.00</FONT></TD><TD><FONT face=Arial size=2>Громадські "
           "слухання щодо проекту Програми соціально-економічного та культурного розвитку району на 2013 рік"
           "</FONT></TD></TR>\n"
           "<TR><TD><FONT face=Arial size=2>22.02, 10.00</FONT></TD><TD><FONT face=Arial size=2>Виїзний прийом "
           "громадян головою райдержадміністрації у с. Кудлаївка</FONT></TD></TR>\n"
           "</TBODY></TABLE>\n"
           "<DIV><FONT face=Arial size=1>Анонс щотижня оновлюється на офіційному веб-сайті райдержадміністрації. "
           "Новгород-Сіверська райдержадміністрація: приймальня (04658) 2-10-50, загальний відділ 2-12-44, "
           "відділ організаційної роботи 2-11-37, відділ освіти 2-14-19.</FONT></DIV>\n"
           "</BODY></HTML>\n")
    part = text_part(doc, "html", "windows-1251", "base64")
    hs = envelope("2013-02-14 15:05:40",
                  addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "windows-1251", quoted=True),
                  ew("Анонс: громадські слухання 21.02.2013", "windows-1251"),
                  "<001c01ce0abd$5f8e3a20$0b01a8c0@nsrda-sekr>", 10, "nsrda-gw.example.gov.ua", "195.64.226.3",
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, part)


KEY = {
    "class": "not_report", "executor": "su-zhkh", "period": 3, "late": False,
    "kind": "not_report", "reason": "promise",
    "note": "Thanks for the reminder and promises the information on «пп. 1, 6, 7, 8, 9, 12» by 13 December (the paper is «на підписі»); the whole reminder with the measures' wording is quoted below a Russian-UI Outlook «Исходное сообщение» block, and the signature names a «гаряча лінія з питань теплопостачання».",
    "items": [],
}


@builder(KEY)
def nr05():
    rem = reminder("15.12.2013", "10.12.2013", "Управління житлово-комунального господарства облдержадміністрації",
                   [1, 2, 6, 7, 8, 9, 12])
    plain = ("Добрий день!\n"
             "Дякуємо за нагадування. Інформацію управління ЖКГ за ІІ півріччя (пп. 1, 6, 7, 8, 9, 12) буде надано "
             "до 13.12.2013 після погодження з начальником управління — зараз документ на підписі.\n"
             "\n"
             "С уважением,\n"
             "Ярмоленко Світлана\n"
             "сектор організаційно-аналітичної роботи\n"
             "Управління житлово-комунального господарства Чернігівської ОДА\n"
             "тел. (0462) 67-38-05\n"
             "Відділ житлової політики: 67-38-11 | Відділ комунальної інфраструктури та благоустрою: 67-38-17 | "
             "Відділ енергозбереження та тарифної політики: 67-38-23 | Гаряча лінія з питань теплопостачання: 67-38-00\n\n"
             "-----Исходное сообщение-----\n"
             "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
             "Отправлено: 10 декабря 2013 г. 9:00\n"
             "Кому: zhkh@example.gov.ua\n"
             "Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n\n" + rem + "\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(outlook_html(plain, "Calibri", "11.0pt", lang="RU"), "html",
                                              "windows-1251", "quoted-printable")],
                    "----=_NextPart_000_0059_01CEF5C4.2B1A0D30",
                    preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-12-10 17:22:08",
                  addr("Ярмоленко Светлана", "zhkh@example.gov.ua", "windows-1251"),
                  "RE: " + ew("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "windows-1251"),
                  "<005801cef5b3$67c8e9b0$375abd10$@example.gov.ua>", 3, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("In-Reply-To", "<zvit.r3.su-zhkh.20131210090000@cg.ukrtel.net>"),
                         ("Thread-Index", "Ac71s2XUwqgzB7gURKuNcEm2x5eMXQ=="),
                         ("Content-Language", "ru")])
    return message(hs, alt)


# --------------------------------------------------------------------------- rg: ranges and lists

KEY = {
    "class": "ranges", "executor": "rda-nizhyn", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Blocks headed «П.п. 1, 6 – 7» and «П. 9, 12» each answered as one paragraph (so 1, 6, 7 and 9, 12), dates and «№ 45-р» beside them, «П. 10 – без змін», and a «Копія:» line naming the district's «управлінню агропромислового розвитку» above an antivirus footer.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@builder(KEY)
def rg01():
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Ніжинська районна державна адміністрація на виконання п. 16 Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області інформує про виконання заходів у "
             "І півріччі 2013 року.\n\n"
             "П.п. 1, 6 – 7. На офіційному веб-сайті райдержадміністрації створено розділ «Консультації з "
             "громадськістю», де у 2013 році оприлюднено 5 повідомлень про консультації; 14.03.2013 проведено "
             "громадські слухання щодо проекту Програми розвитку агропромислового комплексу району на 2013–2017 "
             "роки, 11.04.2013 – зустріч голови райдержадміністрації з жителями с. Кукшин; до складу районної ради "
             "підприємців включено 3 представників громадських організацій (розпорядження від 06.03.2013 № 45-р).\n\n"
             "П. 9, 12 – члени громадської ради при райдержадміністрації залучались до обговорення проекту "
             "розпорядження «Про районну програму оздоровлення та відпочинку дітей на 2013 рік»; громадська "
             "антикорупційна експертиза проекту розпорядження «Про порядок використання коштів районного фонду "
             "охорони навколишнього природного середовища» проведена ГО «Ніжинська правова ініціатива», 2 "
             "зауваження враховано.\n\n"
             "П. 10 – без змін.\n\n"
             "Копія: Ніжинській районній раді; відділу освіти райдержадміністрації; управлінню агропромислового "
             "розвитку райдержадміністрації.\n\n"
             "Заступник голови райдержадміністрації                 І.В. Бурлака\n\n"
             "Виконавець: Сердюк Л.М., (04631) 2-41-17\n\n"
             "Ніжинська районна державна адміністрація\n"
             "16600, м. Ніжин, вул. Гоголя, 2\n"
             "Приймальня (04631) 2-41-02; відділ організаційної роботи 2-41-17; загальний відділ 2-41-09; "
             "сектор взаємодії з правоохоронними органами 2-41-22\n\n"
             + AV_NOD.format(sig="8430", day="20130607"))
    part = text_part(plain, "plain", "utf-8", "quoted-printable")
    hs = envelope("2013-06-07 11:31:45",
                  addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "utf-8"),
                  ew("Інформація Ніжинської РДА - Партнерство Відкритий уряд", "utf-8"),
                  "<000a01ce6360$1b6c2f50$524488f0$@example.gov.ua>", 5, "mail.nizhyn-rda.example.gov.ua",
                  "91.223.223.18",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac5jYBq9J8f3p3yIR3m0ZxE1bPz4dg=="),
                         ("Content-Language", "uk")])
    return message(hs, part)


KEY = {
    "class": "ranges", "executor": "su-apk", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The .xls number column holds «1–2», «3-5», «6-9», «10-11», «12», «13-15», «16»: 1–2 and 6–9 are answered as blocks (8 included), 3-5/10-11/13-15 are «х»; the body only points to the table («за пунктами 1–2, 6–9, 12») and its numbered «Розсилка» list counts copies.",
    "items": [{"measure": 1, "source": "APK_vidkr_uriad.xls"}, {"measure": 2, "source": "APK_vidkr_uriad.xls"},
              {"measure": 6, "source": "APK_vidkr_uriad.xls"}, {"measure": 7, "source": "APK_vidkr_uriad.xls"},
              {"measure": 8, "source": "APK_vidkr_uriad.xls"}, {"measure": 9, "source": "APK_vidkr_uriad.xls"},
              {"measure": 12, "source": "APK_vidkr_uriad.xls"}],
}


@builder(KEY)
def rg02():
    plain = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Надсилаємо інформацію Головного управління агропромислового розвитку облдержадміністрації про "
             "виконання Плану заходів «Партнерство „Відкритий уряд“» за пунктами 1–2, 6–9, 12 (таблиця у вкладенні).\n\n"
             "Розсилка:\n"
             "1. УВП ОДА (uvp@cg.ukrtel.net) – в електронному вигляді;\n"
             "2. Відділ організаційно-аналітичної роботи ГУАПР – 1 прим.;\n"
             "3. Відділ фінансування програм та державної підтримки – 1 прим.;\n"
             "4. Справа 02-11 – 1 прим.\n\n"
             "Начальник відділу організаційно-аналітичної роботи\n"
             "Головного управління агропромислового розвитку\n"
             "Чернігівської обласної державної адміністрації\n"
             "В.М. Рибалко\n"
             "тел. (0462) 67-44-18, факс (0462) 67-44-01\n"
             "Відділ рослинництва – 67-44-30; відділ тваринництва – 67-44-35; відділ економіки та прогнозування – "
             "67-44-22; відділ фінансування програм та державної підтримки – 67-44-27; інспекція з контролю за "
             "технічним станом машин – 67-44-40\n"
             "Офіційна сторінка: http://www.cg.gov.ua (розділ «Агропромисловий комплекс»)\n\n"
             + DISCL_UA + "\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                file_part(att("rg02.xls"), CT["xls"], "APK_vidkr_uriad.xls", "ascii")],
                      "----=_NextPart_000_0005_01CDDA1C.4B8E7F20",
                      preamble="This is a multi-part message in MIME format.")
    hs = envelope("2012-12-14 16:55:09",
                  addr("Рибалко В.М.", "apk@example.gov.ua", "windows-1251"),
                  ew("Відкритий уряд - ГУАПР", "windows-1251"),
                  "<000401cdda0b$89c7d940$9d578bc0$@example.gov.ua>", 6, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                         ("Thread-Index", "Ac3aC4m9l0WcXq3JTq2c8rF5zW0Fhg=="),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, mixed)


KEY = {
    "class": "ranges", "executor": "rda-talalaivka", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Letter in a .docx whose RFC 2231 name runs over continuations: «Пункти 1 і 10» and «З 6 по 9 пункти Плану» are answered as blocks (8 counts though not owed), «з 1 по 15 листопада», «2013–2014 роки» and «протокол № 4» are not measures, and 12 says what was not done; the body's signature lists the district's departments, «служба у справах дітей» among them.",
    "items": [{"measure": m, "source": "Талалаївська_РДА_відкритий_уряд_ІІ_півріччя_2013.docx"}
              for m in (1, 6, 7, 8, 9, 10, 12)],
}


@builder(KEY)
def rg03():
    plain = ("Доброго дня!\n\n"
             "Направляємо лист Талалаївської райдержадміністрації від 11.12.2013 № 01-16/2718 «Про виконання "
             "Плану заходів» (у вкладенні). Оригінал надіслано поштою.\n\n"
             "-- \n"
             "Шевчук Людмила Олексіївна\n"
             "завідувач сектору інформаційної діяльності та комунікацій з громадськістю апарату Талалаївської РДА\n"
             "тел. (04634) 2-17-82\n"
             "____________________________________________________\n"
             "Талалаївська районна державна адміністрація\n"
             "апарат • відділ організаційної роботи • загальний відділ • фінансове управління • управління "
             "агропромислового розвитку • відділ освіти • управління праці та соціального захисту населення • "
             "служба у справах дітей • сектор культури і туризму\n"
             "смт Талалаївка, вул. Леніна, 32 • (04634) 2-11-45\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "UTF-8", "8bit", params="; format=flowed"),
                                file_part(att("rg03.docx"), CT["docx"],
                                          "Талалаївська_РДА_відкритий_уряд_ІІ_півріччя_2013.docx", "2231c", "UTF-8")],
                      "------------070708010906000305020608",
                      preamble="This is a multi-part message in MIME format.")
    hs = envelope("2013-12-12 10:07:44",
                  addr("Шевчук Людмила", "rda-talalaivka@example.gov.ua", "UTF-8"),
                  ew("Лист Талалаївської РДА від 11.12.2013 № 01-16/2718", "UTF-8"),
                  "<52A96F30.9050703@example.gov.ua>", 10, "mail.talalaivka-rda.example.gov.ua", "193.27.208.141",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")])
    return message(hs, mixed)


KEY = {
    "class": "ranges", "executor": "rda-semenivka", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Russian koi8-r text from Opera Mail: «По пунктам 1 и 6» and «По п.п. 7, 9-10» answered as blocks (1, 6, 7, 9, 10), «П. 12 — не проводились» a bare placeholder, with years «2013-2014 гг.» and counts around and a Russian disclaimer below.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@builder(KEY)
def rg04():
    plain = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
             "Информация Семеновской районной государственной администрации о выполнении Плана мероприятий по "
             "повышению уровня открытости и прозрачности деятельности исполнительной власти в области "
             "(I квартал 2013 г.)\n\n"
             "По пунктам 1 и 6: официальный веб-сайт райгосадминистрации наполняется согласно требованиям "
             "законодательства, создан раздел «Публичная информация» с формой электронного запроса; 28 марта 2013 г. "
             "проведены общественные слушания по проекту Программы развития малого предпринимательства на "
             "2013-2014 гг. (участвовали 37 человек).\n\n"
             "По п.п. 7, 9-10: 3 члена общественного совета при РГА включены в состав координационного совета по "
             "вопросам развития предпринимательства, принимали участие в обсуждении проекта распоряжения "
             "«О районной программе поддержки малого предпринимательства»; общественному совету рекомендовано "
             "создать рабочую группу по вопросам открытости и прозрачности, группа создана 15.02.2013 в составе "
             "4 человек.\n\n"
             "П. 12 — не проводились.\n\n"
             "С уважением,\n"
             "Кравец Наталья Петровна\n"
             "ведущий специалист отдела организационной работы аппарата Семеновской РГА\n"
             "тел. (04659) 2-13-77, приемная председателя 2-11-08, общий отдел 2-12-51\n"
             "---\n" + DISCL_RU + "\n")
    part = text_part(plain, "plain", "koi8-r", "quoted-printable")
    hs = envelope("2013-04-18 15:48:26",
                  addr("Кравец Наталья", "rda-semenivka@example.gov.ua", "koi8-r"),
                  ew("Информация Семеновской РГА, I квартал 2013", "koi8-r"),
                  "<op.wvn6x4ccq2m8kz@semrda-org>", 13, "semenivka-rda.example.gov.ua", "194.28.182.201",
                  extra=[("User-Agent", "Opera Mail/12.15 (Win32)")])
    return message(hs, part)


KEY = {
    "class": "ranges", "executor": "su-zdorovia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The body only points to the PDF («за пп. 1-2, 6-9, 12 … у вкладенні»); the PDF answers «Пп. 1–2» and «Пп. 6-9, 12» as blocks amid «з 14 по 18 жовтня», «3–4 пропозиції», «пунктів 4 і 7 проекту», under a letterhead listing the department's sections; the body's signature names a medicines «гаряча лінія».",
    "items": [{"measure": m, "source": "zvit_UOZ_2013_II.pdf"} for m in (1, 2, 6, 7, 8, 9, 12)],
}


@builder(KEY)
def rg05():
    plain = ("Добрий день!\n"
             "Інформація управління охорони здоров'я облдержадміністрації за пп. 1-2, 6-9, 12 Плану заходів – у "
             "вкладенні (лист від 04.12.2013 № 03-09/5127).\n\n"
             "З повагою\n"
             "Мельник Ірина Анатоліївна\n"
             "сектор кадрової роботи управління охорони здоров'я Чернігівської ОДА\n"
             "тел. (0462) 67-50-17\n"
             "--------------------------------------------\n"
             "Управління охорони здоров'я Чернігівської обласної державної адміністрації\n"
             "Приймальня: (0462) 67-50-11 | Відділ організації медичної допомоги дорослому населенню: 67-50-20 | "
             "Відділ охорони материнства і дитинства: 67-50-24 | Сектор з питань лікарського забезпечення "
             "(«гаряча лінія» з питань забезпечення ліками): 67-50-36\n"
             "http://uoz.example.gov.ua\n"
             "--------------------------------------------\n"
             "Інформація, що міститься в цьому повідомленні, є конфіденційною і призначена лише для адресата.\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(outlook_html(plain, "Calibri", "11.0pt"), "html", "windows-1251",
                                              "quoted-printable")],
                    "----=_NextPart_001_0031_01CEF1D8.36A8E530")
    mixed = multipart("mixed", [alt, file_part(att("rg05.pdf"), CT["pdf"], "zvit_UOZ_2013_II.pdf", "ascii")],
                      "----=_NextPart_000_0030_01CEF1D8.36A8E530",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-12-05 14:09:31",
                  addr("Мельник Ірина", "zdorovia@example.gov.ua", "windows-1251"),
                  ew("УОЗ - інформація за ІІ півріччя 2013 (Відкритий уряд)", "windows-1251"),
                  "<003001cef1c7$1c7a4e20$556eea60$@example.gov.ua>", 4, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac7xxxx6Yk2s1fHGS3OVnx0Tq8mRxg=="),
                         ("Content-Language", "uk")])
    return message(hs, mixed)


# --------------------------------------------------------------------------- pr: prose

KEY = {
    "class": "prose", "executor": "su-simia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "An .odt letter without plan numbers: one paragraph covers the public hearing (6) and the council members' discussion of the draft programme (9), another the advisory council (7), and the festival paragraph names the site only as where news appeared; the body pastes the department's newsletter announcing a youth «форум» and a «засідання колегії» still to come.",
    "items": [{"measure": 1, "source": "Інформація_сім'я_молодь_спорт.odt"},
              {"measure": 6, "source": "Інформація_сім'я_молодь_спорт.odt"},
              {"measure": 7, "source": "Інформація_сім'я_молодь_спорт.odt"},
              {"measure": 9, "source": "Інформація_сім'я_молодь_спорт.odt"}],
}


@builder(KEY)
def pr01():
    plain = ("Добрий день.\n"
             "У вкладенні – інформація управління у справах сім'ї, молоді та спорту облдержадміністрації щодо "
             "відкритості та прозорості діяльності за І півріччя 2013 р.\n\n"
             "Також для відома пересилаємо наш червневий бюлетень.\n\n"
             "=============================================\n"
             "ІНФОРМАЦІЙНИЙ БЮЛЕТЕНЬ УПРАВЛІННЯ У СПРАВАХ СІМ'Ї, МОЛОДІ ТА СПОРТУ\n"
             "Червень 2013, № 6\n"
             "=============================================\n"
             "АНОНСИ:\n"
             "* 20 червня – обласний форум молодіжних громадських організацій «Молодь і влада: діалог» "
             "(обговорення проекту Стратегії молодіжної політики в області до 2017 року), Чернігів, "
             "обласна філармонія, 10:00;\n"
             "* 26–29 червня – відзначення Дня молоді (програма – на сайті управління);\n"
             "* 28 червня – засідання колегії управління «Про підсумки оздоровлення дітей у 2013 році».\n"
             "КОНТАКТИ: відділ сім'ї та гендерної політики – 67-36-12; відділ молодіжної політики – 67-36-15; "
             "відділ фізичної культури і спорту – 67-36-18; обласний центр соціальних служб для сім'ї, дітей та "
             "молоді – 67-36-40.\n"
             "=============================================\n\n"
             "-- \n"
             "Бойко Галина Миколаївна\n"
             "заступник начальника управління у справах сім'ї, молоді та спорту\n"
             "Чернігівської облдержадміністрації\n"
             "тел. (0462) 67-36-02\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "UTF-8", "8bit", params="; format=flowed"),
                                file_part(att("pr01.odt"), CT["odt"], "Інформація_сім'я_молодь_спорт.odt", "2231",
                                          "UTF-8")],
                      "------------000209010200090104080908",
                      preamble="This is a multi-part message in MIME format.")
    hs = envelope("2013-06-05 10:22:18",
                  addr("Бойко Галина", "simia@example.gov.ua", "UTF-8"),
                  ew("Інформація УСМС - відкритість та прозорість, І півріччя", "UTF-8"),
                  "<51AEE6CA.8010502@example.gov.ua>", 6, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")])
    return message(hs, mixed)


KEY = {
    "class": "prose", "executor": "rda-horodnia", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2003 HTML-only letter under a letterhead, no plan numbers: site (1), a working group on openness formed on the district's recommendation (10), an anti-corruption review (12), a contest paragraph naming the site only as where results were posted, and the district newsletter pasted below announcing a «день відкритих дверей» and hearings to come.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@builder(KEY)
def pr02():
    doc = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n"
           "<HTML><HEAD>\n<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
           "<META content=\"MSHTML 6.00.2900.6266\" name=GENERATOR></HEAD>\n"
           "<BODY>\n"
           "<DIV align=center><FONT face=\"Times New Roman\" size=3><B>ГОРОДНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<BR>"
           "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</B></FONT></DIV>\n"
           "<DIV align=center><FONT face=\"Times New Roman\" size=1>вул. Шевченка, 23, м. Городня, 15100 • "
           "приймальня (04645) 2-11-33 • факс 2-14-06 • відділ організаційної роботи 2-13-48 • загальний відділ "
           "2-10-91 • сектор інформаційної діяльності та комунікацій з громадськістю 2-15-27 • юридичний сектор "
           "2-12-64</FONT></DIV>\n<HR>\n"
           "<DIV><FONT face=\"Times New Roman\" size=3>10.12.2012 № 01-18/2904</FONT></DIV>\n"
           "<DIV align=right><FONT face=\"Times New Roman\" size=3>Управління з питань внутрішньої політики та "
           "зв'язків з громадськістю облдержадміністрації</FONT></DIV>\n<DIV>&nbsp;</DIV>\n"
           "<DIV><FONT face=\"Times New Roman\" size=3>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Городнянська районна державна "
           "адміністрація інформує про роботу з підвищення відкритості та прозорості діяльності у IV кварталі "
           "2012 року.</FONT></DIV>\n"
           "<DIV><FONT face=\"Times New Roman\" size=3>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Офіційний веб-сайт "
           "райдержадміністрації наповнюється відповідно до вимог чинного законодавства; у жовтні запроваджено "
           "розділ «Доступ до публічної інформації» та електронну систему обліку запитів, оновлено сторінки "
           "структурних підрозділів.</FONT></DIV>\n"
           "<DIV><FONT face=\"Times New Roman\" size=3>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;На засіданні громадської ради "
           "при райдержадміністрації 16 листопада за рекомендацією райдержадміністрації утворено робочу групу з "
           "питань відкритості та прозорості діяльності органів влади (керівник – член ради В.О. Кулик).</FONT></DIV>\n"
           "<DIV><FONT face=\"Times New Roman\" size=3>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Громадська організація "
           "«Городнянське відродження» провела громадську антикорупційну експертизу проекту розпорядження голови "
           "райдержадміністрації «Про порядок використання коштів резервного фонду районного бюджету»; пропозиції "
           "експертів враховано при доопрацюванні документа.</FONT></DIV>\n"
           "<DIV><FONT face=\"Times New Roman\" size=3>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Відділ культури і туризму "
           "райдержадміністрації провів районний конкурс аматорських колективів «Городнянські зорі», результати "
           "конкурсу розміщено на офіційному сайті райдержадміністрації та в газеті «Новини Городнянщини».</FONT></DIV>\n"
           "<DIV>&nbsp;</DIV>\n"
           "<DIV><FONT face=\"Times New Roman\" size=3>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;"
           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Н.В. Мартиненко</FONT></DIV>\n"
           "<DIV><FONT face=\"Times New Roman\" size=2>Виконавець: Дорошенко О.П., 2-15-27</FONT></DIV>\n"
           "<DIV>&nbsp;</DIV>\n"
           "<TABLE width=\"100%\" border=1 cellspacing=0 cellpadding=4 bgcolor=#f3f7fb><TR><TD>\n"
           "<DIV><FONT face=Arial color=#1f3a60 size=3><B>ВІСНИК ГОРОДНЯНСЬКОЇ РАЙДЕРЖАДМІНІСТРАЦІЇ № 12 "
           "(грудень 2012)</B></FONT></DIV>\n"
           "<DIV><FONT face=Arial size=2><B>Анонси:</B></FONT></DIV>\n"
           "<UL>\n<LI><FONT face=Arial size=2>18 грудня – день відкритих дверей у відділі культури і туризму "
           "райдержадміністрації;</FONT>\n"
           "<LI><FONT face=Arial size=2>20 грудня – громадські слухання щодо проекту районного бюджету на 2013 рік "
           "(зала засідань, 10:00);</FONT>\n"
           "<LI><FONT face=Arial size=2>27 грудня – засідання громадської ради при райдержадміністрації "
           "(звіт робочої групи).</FONT></LI></UL>\n"
           "<DIV><FONT face=Arial size=1>Вісник виходить щомісяця. Підписатися: rda-horodnia@example.gov.ua. "
           "Офіційний веб-сайт: horodnia-rda.example.gov.ua</FONT></DIV>\n"
           "</TD></TR></TABLE>\n"
           "</BODY></HTML>\n")
    part = text_part(doc, "html", "windows-1251", "quoted-printable")
    hs = envelope("2012-12-10 15:37:52",
                  addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "windows-1251"),
                  ew("Інформація Городнянської райдержадміністрації", "windows-1251"),
                  "<000901cdd6ca$e41bd5c0$ac538140$@example.gov.ua>", 8,
                  "horodnia-rda.example.gov.ua", "212.42.81.116",
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                         ("Thread-Index", "Ac3WyuOr9m3uVWzJS3aVt7bA3pN3Lw=="),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, part)


KEY = {
    "class": "prose", "executor": "uvp", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "УВП's own report from its registered box to its own mailbox, an .rtf in prose without numbers covering the web resource (3), hot line (5), recommendation of working groups (10), open-door days (11), seminars (13) and the guide (14), while the forum (4) is only planned; the body's signature names the hot line and the web resource.",
    "items": [{"measure": m, "source": "Звіт УВП грудень 2012.rtf"} for m in (3, 5, 10, 11, 13, 14)],
}


@builder(KEY)
def pr03():
    plain = ("Олено Миколаївно, добрий день!\n"
             "Надсилаю для узагальнення інформацію нашого управління за вересень – грудень 2012 року по Плану "
             "заходів. Підписаний примірник – у папці «На підпис», Олександр Григорович підписав сьогодні.\n\n"
             "Тетяна\n"
             "------------------------------------\n"
             "Гриценко Тетяна Василівна\n"
             "заступник начальника управління – начальник відділу взаємодії з громадськими організаціями\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю Чернігівської облдержадміністрації\n"
             "вул. Шевченка, 7, каб. 305, м. Чернігів, 14000\n"
             "Структура управління:\n"
             " відділ взаємодії з громадськими організаціями та політичними партіями – (0462) 67-52-19\n"
             " відділ аналізу суспільно-політичних процесів – (0462) 67-52-25\n"
             " сектор з питань інформаційної політики та зв'язків із ЗМІ – (0462) 67-52-31\n"
             " «гаряча лінія» голови облдержадміністрації – 0-800-50-25-25 (безкоштовно)\n"
             " приймальня начальника управління – (0462) 67-52-10, факс 67-52-11\n"
             " веб-ресурс «Чернігівська громада»: gromada.cg.ua\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "windows-1251", "base64"),
                                file_part(att("pr03.rtf"), CT["rtf"], "Звіт УВП грудень 2012.rtf", "Q",
                                          "windows-1251")],
                      "----=_NextPart_000_0012_01CDDA31.0C4F2A60",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2012-12-14 17:45:03",
                  addr("Гриценко Тетяна", "uvp-info@example.gov.ua", "windows-1251"),
                  ew("Інформація УВП - Відкритий уряд (IV квартал 2012)", "windows-1251"),
                  "<001101cdda12$4a7cbf30$df763d90$@example.gov.ua>", 3, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac3aEkm7lCw0o1g3SaK5y1m3oZ2Dfw=="),
                         ("Content-Language", "uk")])
    return message(hs, mixed)


KEY = {
    "class": "prose", "executor": "su-sotszakhyst", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "PDF letter in prose: site (1), one paragraph holding both the consultation (6) and the council members' part in the draft programme (9), measures on an earlier expert review's proposals (12), and a paragraph on the department's own subsidy «гаряча лінія», which is not the head's (5); the body repeats that hot line's new number and ends in Russian and Kaspersky footers.",
    "items": [{"measure": m, "source": "Informatsiia_UPSZN_2013.pdf"} for m in (1, 6, 9, 12)],
}


@builder(KEY)
def pr04():
    plain = ("Добрий день!\n"
             "Надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації щодо "
             "забезпечення відкритості та прозорості діяльності у ІІ півріччі 2013 року (лист від 10.12.2013 "
             "№ 07-22/8841).\n\n"
             "Звертаємо увагу: з 01.01.2014 змінюється номер телефону «гарячої лінії» управління з питань "
             "призначення субсидій – 67-45-44.\n\n"
             "З повагою,\n"
             "Ткаченко Оксана Володимирівна\n"
             "головний спеціаліст організаційного відділу\n"
             "управління праці та соціального захисту населення Чернігівської обласної державної адміністрації\n"
             "просп. Миру, 43, м. Чернігів, 14000\n"
             "тел. (0462) 67-45-07, факс 67-45-09\n"
             "Відділ з питань праці та зайнятості: 67-45-20 | Відділ соціальних допомог і компенсацій: 67-45-25 | "
             "Відділ у справах ветеранів та пенсіонерів: 67-45-31 | Відділ з питань реабілітації інвалідів: "
             "67-45-36 | Юридичний відділ: 67-45-15\n\n"
             + DISCL_RU + "\n" + "This message was scanned by Kaspersky Security for Microsoft Exchange Server.\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(outlook_html(plain, "Calibri", "11.0pt", lang="RU"), "html",
                                              "windows-1251", "quoted-printable")],
                    "----=_NextPart_001_0024_01CEF686.E6F5B0A0")
    mixed = multipart("mixed", [alt, file_part(att("pr04.pdf"), CT["pdf"], "Informatsiia_UPSZN_2013.pdf", "ascii")],
                      "----=_NextPart_000_0023_01CEF686.E6F5B0A0",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-12-11 12:02:47",
                  addr("Ткаченко Оксана", "sotszakhyst@example.gov.ua", "windows-1251"),
                  ew("Інформація УПСЗН ОДА (відкритість, ІІ півріччя 2013)", "windows-1251"),
                  "<002301cef675$e0a9c2f0$a1fd48d0$@example.gov.ua>", 5, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac72deCd4jW2m0xTS2i1lT8gq8y9Ow=="),
                         ("Content-Language", "ru")])
    return message(hs, mixed)


KEY = {
    "class": "prose", "executor": "su-arkhiv", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Word 97 letter of the State Archive in prose: site (1), NGO people taken into its expert and methodical commissions (7), a Public Council committee head brought into the collegium (8), and an exhibition paragraph naming the site only as where it was announced; the Russian body invites to the exhibition above a signature with reading-room hours.",
    "items": [{"measure": m, "source": "Держархів_інформація.doc"} for m in (1, 7, 8)],
}


@builder(KEY)
def pr05():
    plain = ("Здравствуйте, уважаемые коллеги!\n\n"
             "Направляем информацию Государственного архива Черниговской области о повышении открытости "
             "деятельности (письмо от 07.06.2013 № 01-13/611).\n\n"
             "Пользуясь случаем, приглашаем на выставку архивных документов «Чернігівщина: голод 1932–1933 років» "
             "(читальный зал, до 30 июня, ежедневно кроме выходных, 9:00–17:00).\n\n"
             "--\n"
             "С уважением,\n"
             " Тамара Герасименко\n"
             " сектор документального забезпечення та контролю\n"
             " Державний архів Чернігівської області\n"
             " вул. Шевченка, 2, м. Чернігів, 14000\n"
             " Директор: (0462) 67-71-30\n"
             " Відділ формування НАФ та діловодства: (0462) 67-71-33\n"
             " Відділ використання інформації документів: (0462) 67-71-35\n"
             " Читальний зал: (0462) 67-71-38 (пн–пт 9:00–17:00)\n"
             " mailto:arkhiv@example.gov.ua\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                file_part(att("pr05.doc"), CT["doc"], "Держархів_інформація.doc", "Q",
                                          "windows-1251")],
                      "----------1D0C2E5A3B71F94",
                      )
    hs = envelope("2013-06-10 11:48:00",
                  addr("Тамара Герасименко", "arkhiv@example.gov.ua", "windows-1251", "Q"),
                  ew("Информация Госархива (открытость)", "windows-1251", "Q"),
                  "<1920384756.20130610114800@example.gov.ua>", 9, "arch-gw.example.gov.ua", "195.88.72.10",
                  extra=[("X-Mailer", "The Bat! (v4.0.24) Professional"),
                         ("Reply-To", "Тамара Герасименко <arkhiv@example.gov.ua>".replace(
                             "Тамара Герасименко", ew("Тамара Герасименко", "windows-1251", "Q"))),
                         ("X-Priority", "3 (Normal)")])
    return message(hs, mixed)


# --------------------------------------------------------------------------- fn: foreign numbers

KEY = {
    "class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The letter numbers its own paragraphs 1.–5.: its 1 is the site (1), 2 consultations (6), 3 council members on draft orders (9), 4 anti-corruption reviews not held (12, named by subject), 5 promises measures 7 and 10 later; counts like «10–15 новин», «220 осіб», «2013–2020 роки» and an outgoing number sit among them, and an Avast footer closes it.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@builder(KEY)
def fn01():
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Вих. № 01-23/1120 від 05.06.2013\n\n"
             "Бобровицька райдержадміністрація інформує про виконання Плану заходів з підвищення рівня відкритості "
             "та прозорості діяльності виконавчої влади в області у І півріччі 2013 року.\n\n"
             "1. Офіційний веб-сайт райдержадміністрації працює відповідно до вимог законодавства, у березні 2013 р. "
             "оновлено розділи «Регуляторна політика» та «Громадська рада», щотижня розміщується 10–15 новин.\n"
             "2. Проведено 4 консультації з громадськістю: громадське обговорення проекту районного бюджету, "
             "2 зустрічі з жителями м. Бобровиця, опитування щодо якості адміністративних послуг (опитано 220 осіб).\n"
             "3. 9 членів громадської ради при райдержадміністрації взяли участь в обговоренні проектів розпоряджень "
             "«Про затвердження районної програми «Питна вода» на 2013–2020 роки» та «Про заходи з благоустрою "
             "населених пунктів району».\n"
             "4. Громадські антикорупційні експертизи проектів розпоряджень у І півріччі не проводились, запитів від "
             "громадських організацій не надходило.\n"
             "5. Інформацію по пунктах 7, 10 Плану буде надіслано додатково після засідання громадської ради 20.06.2013.\n\n"
             "Голова райдержадміністрації                    В.П. Кулініч\n\n"
             "Вик. Дяченко О.М., (04632) 2-13-05\n"
             "Бобровицька районна державна адміністрація, м. Бобровиця, вул. Незалежності, 56, 17400\n"
             "приймальня (04632) 2-11-71, загальний відділ 2-10-46\n\n"
             "---\n"
             "Это сообщение проверено на вирусы антивирусом Avast.\n"
             "http://www.avast.com\n")
    part = text_part(plain, "plain", "windows-1251", "quoted-printable", params="!;\n\treply-type=original")
    hs = envelope("2013-06-06 09:33:14",
                  addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251", quoted=True),
                  ew("інформація Бобровицької РДА (Відкритий уряд)", "windows-1251"),
                  "<000701ce627e$4e8b7c20$0a01a8c0@bobr-org>", 6, "bobrovytsia-rda.example.gov.ua", "91.201.240.58",
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, part)


KEY = {
    "class": "foreign_numbers", "executor": "su-ekonomika", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The .xlsx has a running «№ з/п» column (1–7) beside the real «№ пункту Плану» column (1, 2, 6, 7, 8, 9, 12), so row 3 is measure 6 and row 5 measure 8; 7 «—» and 12 «не проводились» are placeholders, and the body's «Копія:» names the finance department as if it were a co-executor.",
    "items": [{"measure": m, "source": "ekonomika_plan_OU.xlsx"} for m in (1, 2, 6, 8, 9)],
}


@builder(KEY)
def fn02():
    plain = ("Доброго дня!\n\n"
             "Надсилаємо інформацію Головного управління економіки облдержадміністрації про виконання Плану заходів "
             "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області станом на 12.12.2012 "
             "(таблиця додається).\n\n"
             "Копія: Головному фінансовому управлінню облдержадміністрації (щодо рубрики «Виконання місцевих "
             "бюджетів»).\n\n"
             "З повагою,\n"
             "Лук'янець Андрій Олегович\n"
             "головний спеціаліст відділу стратегічного планування та регіонального розвитку\n"
             "Головного управління економіки Чернігівської облдержадміністрації\n"
             "тел. (0462) 67-35-41\n"
             "Відділ інвестицій та зовнішньоекономічної діяльності: 67-35-20 | Відділ цін та тарифів: 67-35-28 | "
             "Відділ регуляторної політики та підприємництва: 67-35-33 | Сектор державних закупівель: 67-35-47\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(outlook_html(plain, "Calibri", "11.0pt"), "html", "windows-1251",
                                              "quoted-printable")],
                    "----=_NextPart_001_001F_01CDD91C.5BFC4E10")
    mixed = multipart("mixed", [alt, file_part(att("fn02.xlsx"), CT["xlsx"], "ekonomika_plan_OU.xlsx", "ascii")],
                      "----=_NextPart_000_001E_01CDD91C.5BFC4E10",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2012-12-13 11:20:45",
                  addr("Лук'янець Андрій", "ekonomika@example.gov.ua", "windows-1251"),
                  ew("ГУЕ - інформація про виконання Плану заходів (Відкритий уряд)", "windows-1251"),
                  "<001e01cdd90b$8d14e8a0$a73eb9e0$@example.gov.ua>", 7, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac3ZC4w9Yv2c0Lw0QfS4y4yYgC8Wlw=="),
                         ("Content-Language", "uk")])
    return message(hs, mixed)


KEY = {
    "class": "foreign_numbers", "executor": "uvp", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "УВП's own .docx follows its internal work plan («1.1», «1.2», «2.1», «2.3», «3.1»), giving plan numbers in brackets only for 1.1 and 1.2; 2.1 (working groups, 10), 2.3 (open-door days, 11) and 3.1 (seminars, 13) are known by subject, and the sub-items «1)–4)», «а)–в)» and counts are not measures.",
    "items": [{"measure": m, "source": "Інформація УВП І півріччя 2013.docx"} for m in (4, 5, 10, 11, 13)],
}


@builder(KEY)
def fn03():
    plain = ("Олено, додаю інформацію управління за І півріччя для зведеної таблиці (наш пункт плану роботи 4.2).\n"
             "Т.Г.\n\n"
             "________________________________\n"
             "Гриценко Тетяна Василівна\n"
             "заступник начальника управління – начальник відділу взаємодії з громадськими організаціями\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю Чернігівської облдержадміністрації\n"
             "тел. (0462) 67-52-15, приймальня 67-52-10, факс 67-52-11\n"
             "Громадська рада при облдержадміністрації (секретаріат): 67-52-40\n"
             "Відділ роботи із зверненнями громадян апарату ОДА («гаряча лінія»): 0-800-50-25-25\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                file_part(att("fn03.docx"), CT["docx"], "Інформація УВП І півріччя 2013.docx", "B",
                                          "windows-1251")],
                      "----=_NextPart_000_0008_01CE6914.2E0A6B50",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-06-14 15:10:09",
                  addr("Гриценко Тетяна", "uvp-info@example.gov.ua", "windows-1251"),
                  ew("УВП - І півріччя 2013 (для зведеної)", "windows-1251"),
                  "<000701ce6903$6b0b9f80$41225e80$@example.gov.ua>", 4, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac5pA2r5h2Xb8S1aR9e0y8Q3wQxH5g=="),
                         ("Content-Language", "uk")])
    return message(hs, mixed)


KEY = {
    "class": "foreign_numbers", "executor": "rda-shchors", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "koi8-u plain text thick with numbers that are not measures (постанова № 3, «7 нових розділів», «126 матеріалів», розпорядження № 312, «16 членів», протокол № 3) around real «П. 1/6/7/10» answers; «П. 9, 12 — не було» is a placeholder, and below the signing the clerk left the plan's wording of 1, 6, 7, 9, 10, 12, 16 pasted as a note to herself.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}],
}


@builder(KEY)
def fn04():
    plain = ("Щорська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області станом на 10.12.2012.\n\n"
             "П. 1. Офіційний веб-сайт райдержадміністрації (shchors-rda.example.gov.ua) приведено у відповідність до "
             "постанови КМУ від 04.01.2002 № 3: створено 7 нових розділів, розміщено 126 інформаційних матеріалів, "
             "3 проекти регуляторних актів.\n"
             "П. 6. 2 консультації: 16.10.2012 – громадські слухання щодо проекту Програми розвитку освіти району "
             "(42 учасники), 22.11.2012 – зустріч заступника голови з жителями с. Новоселиця з питань водопостачання.\n"
             "П. 7. Розпорядженням голови райдержадміністрації від 15.10.2012 № 312 до складу районної комісії з "
             "питань техногенно-екологічної безпеки і надзвичайних ситуацій включено 2 представників громадських "
             "організацій; усього у 4 дорадчо-консультативних органах райдержадміністрації працює 11 представників "
             "інститутів громадянського суспільства.\n"
             "П. 10. Громадській раді при райдержадміністрації (16 членів) рекомендовано створити робочу групу з "
             "питань відкритості та прозорості, групу з 3 осіб утворено 27.11.2012 (протокол № 3).\n"
             "П. 9, 12 — не було.\n\n"
             "Керівник апарату райдержадміністрації          Л.А. Пилипенко\n"
             "Вик. Остапенко В.М., (04654) 2-13-60\n\n\n"
             "----- для себе (текст плану) -----\n"
             f"1. {TEXT[1]} Постійно\n"
             f"6. {TEXT[6]} Постійно\n"
             f"7. {TEXT[7]} Постійно\n"
             f"9. {TEXT[9]} Постійно\n"
             f"10. {TEXT[10]} Постійно\n"
             f"12. {TEXT[12]} Постійно\n"
             f"16. {TEXT[16]} До 15 грудня 2012 року, 15 червня 2013 року, 15 грудня 2013 року\n")
    part = text_part(plain, "plain", "koi8-u", "8bit", params="; format=flowed")
    hs = envelope("2012-12-11 14:27:36",
                  addr("Щорська РДА", "rda-shchors@example.gov.ua", "koi8-u"),
                  ew("Щорська РДА - План заходів, інформація", "koi8-u"),
                  "<50C72668.3070108@example.gov.ua>", 5, "shchors-rda.example.gov.ua", "77.121.5.36",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2")])
    return message(hs, part)


KEY = {
    "class": "foreign_numbers", "executor": "su-sluzhba-ditei", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "Late (16 December) Word HTML table with a running «№ з/п» (1–5) beside «№ пункту Плану» (1, 6, 7, 9, 12) and sub-items «а)–в)», «1)–2)» inside cells; 7 says a bare «не проводились», 12 «—».",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@builder(KEY)
def fn05():
    rows = [
        ("1", "1", "Інформаційне наповнення офіційних сайтів",
         "На веб-сторінці служби на офіційному сайті облдержадміністрації: а) створено підрозділ «Усиновлення», де "
         "оприлюднюються відомості про дітей, які можуть бути усиновлені (без персональних даних); б) оновлено "
         "розділ «Нормативна база»; в) розміщено звіт про роботу служби за 9 місяців 2013 року."),
        ("2", "6", "Консультації з громадськістю",
         "1) 17.10.2013 – круглий стіл «Сімейні форми виховання дітей-сиріт» з громадськими організаціями "
         "(28 учасників); 2) 12.11.2013 – громадське обговорення проекту обласної програми «Дитинство Чернігівщини» "
         "на 2014–2017 роки."),
        ("3", "7", "Дорадчо-консультативні органи", "не проводились"),
        ("4", "9", "Обговорення проектів розпоряджень, програм",
         "До обговорення проекту обласної програми «Дитинство Чернігівщини» залучено членів Громадської ради при "
         "облдержадміністрації (комітет із соціальних питань), 3 пропозиції враховано."),
        ("5", "12", "Громадські експертизи", "—"),
    ]
    intro = ("Добрий день!\n"
             "Вибачте за затримку. Інформація служби у справах дітей облдержадміністрації про виконання Плану заходів "
             "за ІІ півріччя 2013 року:\n")
    sig = ("З повагою,\n"
           "Ігнатенко Алла\n"
           "сектор правового забезпечення та усиновлення\n"
           "Служба у справах дітей Чернігівської облдержадміністрації\n"
           "вул. Шевченка, 7, м. Чернігів, тел. (0462) 67-57-24\n"
           "Відділ опіки, піклування та усиновлення: 67-57-20 | Відділ профілактики бездоглядності: 67-57-28 | "
           "Телефон довіри для дітей: 0-800-50-57-57\n")
    plain = (intro + "\n№ з/п\t№ пункту Плану\tЗміст заходу\tІнформація\n" +
             "".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in rows) + "\n" + sig)
    td = "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>"
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
             "<tr>" + "".join(td % f"<b>{h}</b>" for h in ("№ з/п", "№ пункту Плану", "Зміст заходу", "Інформація")) + "</tr>\n" +
             "".join("<tr>" + "".join(td % html.escape(c) for c in r) + "</tr>\n" for r in rows) + "</table>\n")
    body_html = (WORD_HEAD.format(charset="windows-1251", lang="UK") +
                 "".join(f"<p class=MsoNormal>{html.escape(l)}<o:p></o:p></p>\n" for l in intro.strip().split("\n")) +
                 "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + table +
                 "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" +
                 "".join(f"<p class=MsoNormal><span style='font-size:10.0pt;color:#1F497D'>{html.escape(l)}<o:p></o:p></span></p>\n"
                         for l in sig.strip().split("\n")) +
                 "</div>\n</body>\n</html>\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(body_html, "html", "windows-1251", "quoted-printable")],
                    "----=_NextPart_000_0014_01CEFA4F.6E1B8C30",
                    preamble="This is a multipart message in MIME format.")
    hs = envelope("2013-12-16 09:14:50",
                  addr("Ігнатенко Алла", "sluzhba-ditei@example.gov.ua", "windows-1251"),
                  ew("ССД ОДА - інформація за ІІ півріччя 2013 (Відкритий уряд)", "windows-1251"),
                  "<001301cefa3e$95a4d7e0$c0ee87a0$@example.gov.ua>", 8, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac76PpWfJ3hSbz1yTIC6z9nM1yq8Dg=="),
                         ("Content-Language", "uk")])
    return message(hs, alt)


# --------------------------------------------------------------------------- pa: personal and borrowed boxes

KEY = {
    "class": "personal_address", "executor": "su-mistobuduvannia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Sent from a private gmail.com box; the office is named only in the body and signature («управління містобудування та архітектури облдержадміністрації», genitive) while the .docx is addressed to УВП; the docx answers «П. 1/6/9» and lists «П. 7, 8, 12 – заходи не проводились» as a bare placeholder.",
    "items": [{"measure": m, "source": "infa_mistobuduvannia.docx"} for m in (1, 6, 9)],
}


@builder(KEY)
def pa01():
    plain = ("Доброго вечора!\n"
             "Надсилаю інформацію управління містобудування та архітектури облдержадміністрації по Відкритому уряду "
             "з особистої пошти, бо службова не працює з обіду (сервер). Оригінал з підписом передамо завтра в "
             "канцелярію.\n\n"
             "-- \n"
             "З повагою,\n"
             "Оксана Кравченко\n"
             "головний спеціаліст відділу містобудування та територіального планування\n"
             "управління містобудування та архітектури Чернігівської облдержадміністрації\n"
             "тел. (0462) 67-40-26\n")
    hbody = ('<div dir="ltr">' + "".join(
        (html.escape(l) + "<br>") if l else "<br>" for l in plain.split("\n")[:4]) +
        '<br>-- <br><div class="gmail_signature">' +
        "<br>".join(html.escape(l) for l in plain.split("\n")[6:-1]) + "</div></div>\n")
    alt = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64", params="!"),
                                    text_part(hbody, "html", "UTF-8", "quoted-printable", params="!")],
                    "047d7bdc15ae8eb04204de54c77e")
    mixed = multipart("mixed", [alt, file_part(att("pa01.docx"), CT["docx"], "infa_mistobuduvannia.docx", "ascii")],
                      "047d7bdc15ae8eb04a04de54c780")
    hs = envelope("2013-06-04 17:52:19",
                  addr("Оксана Кравченко", "kravchenko.oksana.arch@gmail.com", "UTF-8"),
                  ew("інформація - відкритий уряд (містобудування)", "UTF-8"),
                  "<CAM7p1v9Qx3dVY0zN5-kR6wFh2cJt8bLq4m@mail.gmail.com>", 6, "mail-we0-f172.google.com",
                  "74.125.82.172",
                  extra=[("X-Received", "by 10.180.149.199 with SMTP id uc7mr3218811wib.31.1370357539042;\n"
                                        "        Tue, 04 Jun 2013 07:52:19 -0700 (PDT)")])
    return message(hs, mixed)


KEY = {
    "class": "personal_address", "executor": "rda-varva", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "From an ukr.net box on an iPhone («Sent from my iPhone»); the district is named in the body («Варвинська районна державна адміністрація інформує») addressed to УВП, and «п. 9, 10 – без змін» is a placeholder among the real answers on 1, 6, 7 and 12.",
    "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 12)],
}


@builder(KEY)
def pa02():
    plain = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Варвинська районна державна адміністрація інформує про виконання Плану заходів за ІІ півріччя 2013 року:\n"
             "п. 1 – офіційний веб-сайт райдержадміністрації працює відповідно до вимог законодавства, у вересні "
             "оновлено розділи «Громадська рада», «Доступ до публічної інформації», розміщено 3 звіти керівників "
             "структурних підрозділів;\n"
             "п. 6 – проведено громадські слухання щодо проекту Програми соціально-економічного розвитку району на "
             "2014 рік (26.11.2013) та опитування жителів щодо якості послуг ЦНАП;\n"
             "п. 7 – до складу районної комісії з питань захисту прав дитини включено голову громадської ради при "
             "райдержадміністрації;\n"
             "п. 9, 10 – без змін;\n"
             "п. 12 – громадська антикорупційна експертиза проекту розпорядження «Про порядок надання матеріальної "
             "допомоги» проведена ГО «Варвинська громада», 2 зауваження враховано.\n\n"
             "Заступник голови райдержадміністрації Н.П. Савенко\n"
             "Виконавець Бондаренко Л., 2-14-71\n\n"
             "Вибачте, що з особистої пошти — службовий інтернет у РДА не працює третій день.\n\n"
             "Sent from my iPhone\n")
    part = text_part(plain, "plain", "utf-8", "quoted-printable", params="!")
    hs = envelope("2013-12-06 08:14:05",
                  addr("Людмила Бондаренко", "varva.orgviddil@ukr.net", "utf-8"),
                  ew("Інформація Варвинської РДА", "utf-8"),
                  "<8E3B1F6C-2A47-4D59-B7C0-15F9E2A6D3B8@ukr.net>", 4, "frv71.fwdcdn.com", "212.42.77.71",
                  extra=[("X-Mailer", "iPhone Mail (11B554a)"),
                         ("Content-Language", "uk")])
    return message(hs, part)


KEY = {
    "class": "personal_address", "executor": "rda-ichnia", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Surzhyk note from an i.ua box forwarding the district's information; the district appears as «Ичнянской РДА» in Russian and in the signature's genitive, the letter is addressed to УВП's head by name, and the answers sit under sub-items «1) п. 1», «2) п. 6», «3) п. 10» above an i.ua advert footer.",
    "items": [{"measure": m, "source": "body"} for m in (1, 6, 10)],
}


@builder(KEY)
def pa03():
    plain = ("Добрий день. Пересилаю информацию Ичнянской РДА по открытому правительству (с личной почты, т.к. на "
             "работе почта не открывается).\n\n"
             "Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
             "Пономаренку О.Г.\n\n"
             "Інформація відділу організаційної роботи апарату Ічнянської райдержадміністрації:\n"
             "1) п. 1 — на сайті РДА створено розділ \"Громадська рада\", розміщено протоколи засідань, оновлено "
             "розділ \"Звернення громадян\";\n"
             "2) п. 6 — 23.11.2012 проведено громадське обговорення проекту районного бюджету на 2013 рік, "
             "надійшло 14 пропозицій;\n"
             "3) п. 10 — громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості, "
             "питання розглянуто на засіданні ради 30.11.2012, групу створено.\n\n"
             "З повагою, головний спеціаліст відділу організаційної роботи апарату Ічнянської райдержадміністрації "
             "Зінаїда Вакуленко\n"
             "тел. (04633) 2-15-61\n\n"
             "--\n"
             "Безкоштовна пошта I.UA — http://www.i.ua/\n"
             "Знайомства, музика, ігри — все на I.UA\n")
    hbody = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
             + "".join(f"<p>{html.escape(l)}</p>" if l else "" for l in plain.split("\n")) + "</body></html>\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "base64"),
                                    text_part(hbody, "html", "windows-1251", "base64")],
                    "_----------=_135470768012345")
    hs = envelope("2012-12-05 13:41:20",
                  addr("Зинаида Вакуленко", "ichnia_zv@i.ua", "windows-1251"),
                  ew("информация Ичнянская РДА", "windows-1251"),
                  "<1354707680.385229.31887.48204@mail.i.ua>", 5, "mx.i.ua", "91.198.36.14",
                  extra=[("X-Mailer", "I.UA Mail"), ("X-Originating-IP", "[95.133.144.27]")])
    return message(hs, alt)


KEY = {
    "class": "personal_address", "executor": "gromrada", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The Public Council writes from УВП's own registered box (uvp-info) because its box is full; the council is named in the body and signing while УВП's letterhead-style footer and disclaimer close the mail; the plan discussion held with the coordinator and УВП (15) and the forum's work (4) are reported in prose.",
    "items": [{"measure": 4, "source": "body"}, {"measure": 15, "source": "body"}],
}


@builder(KEY)
def pa04():
    plain = ("Шановні колеги!\n\n"
             "Надсилаємо інформацію Громадської ради при облдержадміністрації про участь у виконанні Плану заходів з "
             "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2013 року).\n\n"
             "22 листопада 2013 року Громадська рада спільно з регіональним координатором «Партнерства „Відкритий "
             "уряд“» та управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
             "провела громадське обговорення виконання заходів Плану. В обговоренні взяли участь представники 31 "
             "громадської організації, 12 структурних підрозділів облдержадміністрації та 9 райдержадміністрацій; "
             "напрацьовані пропозиції (14) направлено голові облдержадміністрації.\n\n"
             "Інтернет-форум на веб-ресурсі «Чернігівська громада» продовжує працювати: модерацію від Громадської ради "
             "здійснює Л.О. Шаповал, за півріччя відкрито 22 нові теми, кількість зареєстрованих користувачів зросла "
             "до 487.\n\n"
             "Лист надсилаємо зі скриньки управління, оскільки поштова скринька Громадської ради переповнена.\n\n"
             "Голова Громадської ради при облдержадміністрації               П.І. Лук'яненко\n\n"
             "Секретар Громадської ради: Шаповал Людмила Олександрівна, тел. (0462) 67-52-40\n\n"
             "----\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю Чернігівської обласної державної "
             "адміністрації\n"
             "вул. Шевченка, 7, м. Чернігів, 14000 • тел. (0462) 67-52-10 • факс 67-52-11\n"
             + DISCL_UA + "\n")
    part = text_part(plain, "plain", "windows-1251", "quoted-printable")
    hs = envelope("2013-11-26 16:30:44",
                  addr("Управління внутрішньої політики ОДА", "uvp-info@example.gov.ua", "windows-1251"),
                  ew("Громадська рада - інформація за ІІ півріччя 2013", "windows-1251"),
                  "<002d01ceeab6$1b7f3c60$527db520$@example.gov.ua>", 6, "relay.oda.example.gov.ua", "10.12.0.5",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac7qthl4bA2uG+0zR0G9V4qH4c8eWg=="),
                         ("Content-Language", "uk")])
    return message(hs, part)


KEY = {
    "class": "personal_address", "executor": "rda-borzna", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Friday-evening mail from a meta.ua box in koi8-u; the district is named in the body («інформацію Борзнянської районної державної адміністрації») and signing, addressed to УВП, with answers introduced by bare plan numbers «1.», «6.», «9.», «12.» and a meta.ua advert footer.",
    "items": [{"measure": m, "source": "body"} for m in (1, 6, 9, 12)],
}


@builder(KEY)
def pa05():
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю Чернігівської облдержадміністрації\n\n"
             "Надсилаємо з домашньої пошти інформацію Борзнянської районної державної адміністрації, бо в п'ятницю "
             "після 17.00 сервер РДА вимикають.\n\n"
             "1. На офіційному веб-сайті райдержадміністрації створено рубрику «Відкритий уряд», оновлено розділ "
             "«Регуляторна діяльність» (оприлюднено 4 проекти рішень з аналізами регуляторного впливу).\n"
             "6. У IV кварталі проведено 2 консультації з громадськістю: громадські слухання щодо проекту районного "
             "бюджету на 2013 рік (06.12.2012, 51 учасник) та зустріч голови райдержадміністрації з жителями с. Ядути.\n"
             "9. Члени громадської ради при райдержадміністрації залучались до обговорення проекту розпорядження "
             "«Про затвердження районної програми розвитку фізичної культури і спорту на 2013–2016 роки».\n"
             "12. Громадська організація «Борзнянська правозахисна група» провела громадську антикорупційну експертизу "
             "проекту рішення районної ради «Про порядок передачі в оренду комунального майна», 3 зауваження "
             "враховано.\n\n"
             "Перший заступник голови Борзнянської райдержадміністрації          А.М. Шевченко\n"
             "Виконавець: Сотник Ірина, (04653) 2-16-24\n\n"
             "___________________________________\n"
             "META.UA — безкоштовна пошта для всіх. http://meta.ua\n")
    part = text_part(plain, "plain", "koi8-u", "quoted-printable")
    hs = envelope("2012-12-14 19:02:12",
                  addr("Ірина Сотник", "borzna_rda_info@meta.ua", "koi8-u"),
                  ew("Борзнянська РДА - інформація (відкритий уряд)", "koi8-u"),
                  "<1355504532.2917.4@meta.ua>", 7, "mail.meta.ua", "194.0.131.20",
                  extra=[("X-Mailer", "META.UA Webmail"), ("X-Originating-IP", "[46.201.18.77]")])
    return message(hs, part)


# --------------------------------------------------------------------------- mx: mixed

KEY = {
    "class": "mixed", "executor": "rda-kulykivka", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Secretary's note with the head's resolution above an inline Thunderbird «Пересилане повідомлення» of the district's report, first sent on 10 June to a mistyped address and bounced, so the forwarded text is the report delivered now and counts whole (1, 6, 7, 9, and 12 answered with what was not done).",
    "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 12)],
}


@builder(KEY)
def mx01():
    inner = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Куликівська районна державна адміністрація інформує про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області у І півріччі 2013 року:\n"
             "п. 1 – офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства, створено "
             "розділи «Доступ до публічної інформації» та «Громадська рада», щомісяця оновлюється розділ «Звернення громадян»;\n"
             "п. 6 – проведено громадські слухання щодо проекту Програми розвитку дорожнього господарства району "
             "(18.04.2013), зустрічі голови райдержадміністрації з жителями смт Куликівка та с. Салтикова Дівиця;\n"
             "п. 7 – до складу районної ради з питань безпечної життєдіяльності населення включено 2 представників "
             "громадських організацій;\n"
             "п. 9 – проект розпорядження «Про затвердження районної програми «Питна вода» на 2013–2020 роки» "
             "обговорено за участю членів громадської ради при райдержадміністрації;\n"
             "п. 12 – громадські експертизи у звітному періоді не проводились, звернень від громадських організацій "
             "не надходило.\n\n"
             "Голова райдержадміністрації                       С.І. Гордієнко\n"
             "Виконавець: Савчук О.П., (04643) 2-13-19\n")
    plain = ("Добрий день!\n"
             "Пересилаю лист Куликівської райдержадміністрації від 10.06.2013, який 10 червня було надіслано на "
             "помилкову адресу (uvp@cg.ukrtel.net.ua) і який повернувся. Просимо прийняти.\n"
             "Резолюція голови: «Семенюк М. Терміново надіслати повторно на правильну адресу. Гордієнко 12.06.13»\n\n"
             "Секретар приймальні голови райдержадміністрації\n"
             "Марина Семенюк, (04643) 2-11-35\n\n"
             "-------- Пересилане повідомлення --------\n"
             "Тема: \tІнформація Куликівської РДА (Відкритий уряд)\n"
             "Дата: \tMon, 10 Jun 2013 11:14:08 +0300\n"
             "Від: \tКуликівська РДА <rda-kulykivka@example.gov.ua>\n"
             "Кому: \tuvp@cg.ukrtel.net.ua\n\n\n\n" + inner + "\n\n"
             "-- \n"
             "Куликівська районна державна адміністрація\n"
             "смт Куликівка, вул. Миру, 38, 16300\n"
             "приймальня (04643) 2-11-35 • відділ організаційної роботи 2-13-19 • загальний відділ 2-10-72 • "
             "фінансове управління 2-12-05 • відділ освіти 2-14-40\n")
    part = text_part(plain, "plain", "UTF-8", "8bit", params="; format=flowed")
    hs = envelope("2013-06-12 15:57:19",
                  addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "UTF-8"),
                  "Fwd: " + ew("Інформація Куликівської РДА (Відкритий уряд)", "UTF-8"),
                  "<51B87FBF.2000607@example.gov.ua>", 5, "kulykivka-rda.example.gov.ua", "91.210.64.5",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")])
    return message(hs, part)


KEY = {
    "class": "mixed", "executor": "rda-sribne", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "Late (17 June) correction above the district's own report of 14 June quoted in full below a Russian-UI Outlook «-----Original Message-----» block with no «>»: only the new text counts, the corrected 9 and the supplemented 12; the quoted 1, 6, 7, 9 and «п. 12 – не проводились» were counted when they came.",
    "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}],
}


@builder(KEY)
def mx02():
    earlier = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
               "Срібнянська райдержадміністрація інформує про виконання Плану заходів за І півріччя 2013 року:\n"
               "п. 1 – на офіційному веб-сайті райдержадміністрації оновлено розділи «Громадська рада» та «Регуляторна "
               "діяльність», розміщено 86 інформаційних матеріалів;\n"
               "п. 6 – проведено громадські слухання щодо проекту Програми соціально-економічного розвитку району на "
               "2013 рік та 2 зустрічі голови райдержадміністрації з жителями сіл;\n"
               "п. 7 – до складу районної координаційної ради з питань розвитку підприємництва включено голову "
               "громадської ради при райдержадміністрації;\n"
               "п. 9 – члени громадської ради взяли участь в обговоренні проекту рішення районної ради «Про районний "
               "бюджет на 2013 рік»;\n"
               "п. 12 – не проводились.\n\n"
               "Заступник голови райдержадміністрації                 О.В. Тимошенко\n"
               "Вик. Гетьман О.М., (04639) 2-12-84")
    plain = ("Уточнення до інформації Срібнянської райдержадміністрації від 14.06.2013.\n\n"
             "У п. 9 слід читати: «Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів "
             "розпоряджень голови райдержадміністрації „Про районну програму підтримки сімей з дітьми на 2013–2015 "
             "роки“ та „Про заходи щодо оздоровлення дітей влітку 2013 року“» (у попередньому листі помилково "
             "вказано проект рішення районної ради).\n\n"
             "Доповнюємо інформацію за п. 12: громадська антикорупційна експертиза проекту розпорядження «Про порядок "
             "надання в оренду приміщень комунальної власності» проведена ГО «Срібнянщина – за прозорість» "
             "05.06.2013; за результатами експертизи до проекту внесено 2 зміни.\n\n"
             "Вибачте за незручності.\n\n"
             "Гетьман Олена, відділ організаційної роботи апарату Срібнянської РДА, тел. (04639) 2-12-84\n"
             "Срібнянська районна державна адміністрація: смт Срібне, вул. Миру, 1; приймальня 2-11-40; факс 2-13-55\n\n"
             "-----Original Message-----\n"
             "From: Срібнянська РДА [mailto:rda-sribne@example.gov.ua] \n"
             "Sent: Friday, June 14, 2013 4:02 PM\n"
             "To: uvp@cg.ukrtel.net\n"
             "Subject: Інформація Срібнянської РДА за І півріччя 2013\n\n" + earlier + "\n")
    part = text_part(plain, "plain", "windows-1251", "quoted-printable")
    hs = envelope("2013-06-17 10:25:30",
                  addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251"),
                  "FW: " + ew("Інформація Срібнянської РДА за І півріччя 2013 (уточнення)", "windows-1251"),
                  "<000c01ce6b36$c2e1a0d0$48a4e270$@example.gov.ua>", 4, "sribne-rda.example.gov.ua", "193.151.12.60",
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                         ("Thread-Index", "Ac5rNsK8wH7Q2W1ZT8+FYb9g5n2Jqg=="),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, part)


KEY = {
    "class": "mixed", "executor": "rda-nosivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Cover note, sheet and certificate report different measures: the body reports the site (1) and only points to the rest, the .xlsx answers 6, 7 and 9 (10 «—»), the .docx certificate answers 12; both file names are RFC 2047 in windows-1251 and the signature ends in a «Копія:» line.",
    "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "Носівка_таблиця.xlsx"},
              {"measure": 7, "source": "Носівка_таблиця.xlsx"}, {"measure": 9, "source": "Носівка_таблиця.xlsx"},
              {"measure": 12, "source": "Довідка_експертизи.docx"}],
}


@builder(KEY)
def mx03():
    plain = ("Доброго дня!\n\n"
             "Носівська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області за IV квартал 2012 року.\n\n"
             "Щодо офіційного веб-сайту райдержадміністрації: у листопаді сайт переведено на новий хостинг, створено "
             "розділи «Громадська рада», «Консультації з громадськістю» та «Доступ до публічної інформації», "
             "налаштовано форму електронного звернення.\n\n"
             "Інформацію щодо інших пунктів Плану наведено в таблиці, довідку про громадські експертизи (п. 12) "
             "додаємо окремо.\n\n"
             "Заступник голови райдержадміністрації              С.О. Ковтун\n\n"
             "Виконавець: Лук'янчук Наталія, (04642) 2-16-93\n"
             "__________________________\n"
             "Носівська районна державна адміністрація Чернігівської області\n"
             "17100, м. Носівка, вул. Центральна, 20\n"
             "Приймальня: (04642) 2-12-41 | Відділ організаційної роботи: 2-16-93 | Загальний відділ: 2-13-10 | "
             "Юридичний відділ: 2-18-37 | Відділ освіти: 2-14-66\n"
             "Копія: Носівській районній раді\n")
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                    text_part(outlook_html(plain), "html", "windows-1251", "quoted-printable")],
                    "----=_NextPart_001_0036_01CDD9EE.0F1C5A70")
    mixed = multipart("mixed", [alt,
                                file_part(att("mx03.xlsx"), CT["xlsx"], "Носівка_таблиця.xlsx", "B", "windows-1251"),
                                file_part(att("mx03.docx"), CT["docx"], "Довідка_експертизи.docx", "B",
                                          "windows-1251")],
                      "----=_NextPart_000_0035_01CDD9EE.0F1C5A70",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2012-12-14 12:47:58",
                  addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251"),
                  ew("Носівська РДА - інформація (Відкритий уряд), IV квартал 2012", "windows-1251"),
                  "<003501cdd9dd$bc8e1d40$35aa57c0$@example.gov.ua>", 5, "nosivka-rda.example.gov.ua", "91.197.18.230",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac3Z3by7YJ4f1tDhSj2mC0iX0m1k8g=="),
                         ("Content-Language", "uk")])
    return message(hs, mixed)


KEY = {
    "class": "mixed", "executor": "cppk", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The centre forwards as message/rfc822 its letter of 28 November first sent to the administration's general box (so it counts whole here); only the PDF inside reports (seminars held, 13), while the outer body carries the centre's December schedule and digest of courses still to come.",
    "items": [{"measure": 13, "source": "Інформація_семінари_ЦППК.pdf"}],
}


@builder(KEY)
def mx04():
    inner_plain = ("Добрий день!\n\n"
                   "Надсилаємо лист центру від 28.11.2012 № 214 «Інформація про проведення навчальних семінарів» "
                   "(додається).\n\n"
                   "Навчальний відділ ЦППК, тел. (0462) 67-88-14\n")
    inner_mixed = multipart("mixed", [text_part(inner_plain, "plain", "windows-1251", "quoted-printable"),
                                      file_part(att("mx04.pdf"), CT["pdf"], "Інформація_семінари_ЦППК.pdf", "B",
                                                "windows-1251")],
                            "----=_NextPart_000_0003_01CDCD6B.3A2F9E10",
                            preamble="This is a multipart message in MIME format.")
    d_in = kyiv("2012-11-28 11:03:51")
    inner = message([("Received", f"from cppk-pc ([10.20.1.14])\n\tby mail.cppk.example.gov.ua; {rfc_date(d_in)}"),
                     ("From", addr("ЦППК", "cppk@example.gov.ua", "windows-1251")),
                     ("To", "kancelaria@oda.example.gov.ua"),
                     ("Subject", ew("Інформація ЦППК № 214 від 28.11.2012", "windows-1251")),
                     ("Date", rfc_date(d_in)),
                     ("Message-ID", "<000201cdcd5a$7e0b3c20$7a21b460$@example.gov.ua>"),
                     ("X-Mailer", "Microsoft Office Outlook 12.0"),
                     ("Content-Language", "uk")], inner_mixed)
    plain = ("Добрий день!\n\n"
             "Пересилаємо лист центру від 28.11.2012 № 214 «Інформація про проведення навчальних семінарів», який ми "
             "надсилали на загальну адресу облдержадміністрації (kancelaria@oda.example.gov.ua). Як нам повідомили, "
             "до управління він не надійшов.\n\n"
             "ДАЙДЖЕСТ ЦЕНТРУ • ГРУДЕНЬ 2012\n"
             "Графік навчання на грудень:\n"
             "  18.12 – тематичний семінар «Антикорупційне законодавство: новели 2012 року» для посадових осіб "
             "місцевого самоврядування;\n"
             "  19–21.12 – короткотермінове навчання новопризначених державних службовців;\n"
             "  20.12 – підсумкове засідання методичної ради центру.\n"
             "Заявки на навчання у І кварталі 2013 року приймаються до 25.12.2012 (форма – на сайті центру).\n\n"
             "З повагою,\n"
             "Навчальний відділ\n"
             "Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів державної влади, "
             "органів місцевого самоврядування, державних установ, підприємств і організацій\n"
             "вул. Кирпоноса, 20, м. Чернігів, 14000\n"
             "тел./факс (0462) 67-88-10; навчальний відділ 67-88-14; відділ організації навчання посадових осіб "
             "місцевого самоврядування 67-88-16; бухгалтерія 67-88-12\n")
    mixed = multipart("mixed", [text_part(plain, "plain", "windows-1251", "quoted-printable"), rfc822_part(inner)],
                      "----=_NextPart_000_0019_01CDD84B.9E4C1A80",
                      preamble="This is a multipart message in MIME format.")
    hs = envelope("2012-12-12 09:20:11",
                  addr("ЦППК", "cppk@example.gov.ua", "windows-1251"),
                  "FW: " + ew("Інформація ЦППК № 214 від 28.11.2012", "windows-1251"),
                  "<001801cdd83a$d7a54b30$86efe190$@example.gov.ua>", 6, "mail.cppk.example.gov.ua", "194.44.158.30",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac3YOtb9xKk0Gm6lR9y4c2UOkq1bDw=="),
                         ("Content-Language", "uk")])
    return message(hs, mixed)


KEY = {
    "class": "mixed", "executor": "rda-koriukivka", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Word HTML from a document-flow system in multipart/related with an inline logo and a signature image; both text parts are mislabelled (plain says iso-8859-1, HTML has no charset in its header, only a windows-1251 meta), and under a letterhead listing the apparatus «Пункт 1/6/7/12» are answered while «Пункти 9, 10 — без змін».",
    "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 12)],
}


@builder(KEY)
def mx05():
    lines = [
        "13.12.2013 № 01-12/3350",
        "",
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        "",
        "Про виконання Плану заходів",
        "",
        "Корюківська райдержадміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та "
        "прозорості діяльності виконавчої влади в області у ІІ півріччі 2013 року.",
        "Пункт 1. Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства; у жовтні "
        "запроваджено розділ «Відкриті дані», оновлено сторінки 11 структурних підрозділів.",
        "Пункт 6. Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (05.12.2013) та "
        "опитування жителів району щодо якості надання адміністративних послуг (312 респондентів).",
        "Пункт 7. Голову громадської ради при райдержадміністрації та представника районної організації Союзу "
        "Чорнобиль України включено до складу районної комісії з питань соціального захисту населення.",
        "Пункт 12. За пропозиціями ГО «Корюківська ініціатива», висловленими за результатами громадської експертизи "
        "діяльності відділу освіти, затверджено план заходів; виконано 3 з 5 заходів.",
        "Пункти 9, 10 — без змін.",
        "",
        "Голова райдержадміністрації                              М.В. Ярош",
        "",
        "Виконавець: Пархоменко Н.С., (04657) 2-14-53",
    ]
    head = ["КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
            "Апарат • Відділ організаційної роботи та з питань внутрішньої політики • Загальний відділ • Юридичний "
            "відділ • Сектор інформаційної діяльності та комунікацій з громадськістю • Фінансове управління • "
            "Відділ освіти",
            "вул. Шевченка, 6, м. Корюківка, 15300, тел. (04657) 2-14-41, факс 2-11-60"]
    foot = "Надіслано системою електронного документообігу «Megapolis.DocNet». Не відповідайте на цей лист автоматично."
    plain = "\n".join(head) + "\n\n" + "\n".join(lines) + "\n\n" + foot + "\n"
    hdoc = (WORD_HEAD.format(charset="windows-1251", lang="UK") +
            "<p class=MsoNormal align=center style='text-align:center'><img width=64 height=64 id=\"Picture_x0020_1\" "
            "src=\"cid:image001.png@01CEF7F5.6A1C3F20\" alt=\"Герб\"></p>\n" +
            "".join(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:9.0pt'>"
                    f"{html.escape(l)}</span></b></p>\n" for l in head) +
            "<div style='border:none;border-bottom:solid windowtext 1.5pt;padding:0 0 1.0pt 0'><p class=MsoNormal>&nbsp;</p></div>\n" +
            "".join((f"<p class=MsoNormal>{html.escape(l)}<o:p></o:p></p>\n" if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
                    for l in lines[:13]) +
            "<p class=MsoNormal>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;<img width=120 height=40 "
            "id=\"Picture_x0020_2\" src=\"cid:image002.png@01CEF7F5.6A1C3F20\">&nbsp;&nbsp;&nbsp;М.В. Ярош<o:p></o:p></p>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            f"<p class=MsoNormal><span style='font-size:9.0pt'>{html.escape(lines[15])}</span></p>\n"
            f"<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>{html.escape(foot)}</span></p>\n"
            "</div>\n</body>\n</html>\n")
    logo = png(24, 24, lambda x, y: (20, 60, 160) if (x - 12) ** 2 + (y - 12) ** 2 < 100 else (250, 210, 40))
    signpic = png(40, 12, lambda x, y: (30, 30, 120) if abs(y - 6 - (x % 8 - 4)) < 1 else (255, 255, 255))
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "8bit", label="iso-8859-1"),
                                    text_part(hdoc, "html", "windows-1251", "8bit", label=None)],
                    "----=_NextPart_002_0050_01CEF7F5.6A1C3F20")
    related = multipart("related", [alt,
                                    file_part(logo, "image/png", "image001.png", "ascii", disposition="inline",
                                              cid="image001.png@01CEF7F5.6A1C3F20"),
                                    file_part(signpic, "image/png", "image002.png", "ascii", disposition="inline",
                                              cid="image002.png@01CEF7F5.6A1C3F20")],
                        "----=_NextPart_001_004F_01CEF7F5.6A1C3F20", params='\n\ttype="multipart/alternative";')
    hs = envelope("2013-12-13 11:38:50",
                  addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251"),
                  ew("Лист від 13.12.2013 № 01-12/3350 Про виконання Плану заходів", "windows-1251"),
                  "<DOCNET.3350.20131213113850@koriukivka-rda.example.gov.ua>", 12,
                  "koriukivka-rda.example.gov.ua", "195.3.159.46",
                  extra=[("X-Mailer", "Megapolis.DocNet 3.2 (Microsoft CDO for Windows 2000)"),
                         ("Content-Class", "urn:content-classes:message"),
                         ("Importance", "normal")])
    return message(hs, related)


# =========================================================================== checks and output

def period_of(local_date):
    """(period, late) for a Kyiv calendar date, as the brief and plan.toml define them."""
    if local_date < APPROVED:
        return None, None
    for i, d in enumerate(DEADLINES, 1):
        if local_date <= d:
            return i, False
        if local_date <= d + dt.timedelta(days=GRACE_DAYS):
            return i, True
    return None, None


def load_plan():
    try:
        import tomllib
        with open(PLAN_TOML, "rb") as f:
            plan = tomllib.load(f)
    except (OSError, ImportError):
        return None, None
    ids = {e["id"] for e in plan["executor"]}
    emails = {a.lower() for e in plan["executor"] for a in e.get("emails", [])}
    return ids, emails


def attachment_names(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.append(fn)
    return names


def check(name, key, raw):
    errs = []
    prefix = name[:2]
    if CLASSES.get(prefix) != key["class"]:
        errs.append(f"class {key['class']!r} does not match prefix {prefix!r}")
    if list(key) != ["class", "executor", "period", "late", "kind", "reason", "note", "items"]:
        errs.append(f"key fields out of order: {list(key)}")
    plan_ids, plan_emails = load_plan()
    ids = plan_ids if plan_ids is not None else EXECUTORS
    if key["executor"] not in ids:
        errs.append(f"executor {key['executor']!r} is not a plan.toml id")
    if key["kind"] == "not_report":
        if key["class"] != "not_report" or key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs class not_report, a known reason and no items")
    else:
        if key["kind"] != "report" or key["reason"] is not None or not key["items"]:
            errs.append("a report needs kind report, reason null and items")
        if key["class"] == "not_report":
            errs.append("class not_report with kind report")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(items) or len(set(items)) != len(items):
        errs.append("items not sorted or not unique")
    for m, s in items:
        if not (1 <= m <= 15):
            errs.append(f"measure {m} outside 1-15")
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        errs.append("bare LF or CR in the message")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[h] is None:
            errs.append(f"header {h} missing")
    if str(msg["To"]).strip().lower() != MAILBOX:
        errs.append("To is not the mailbox")
    date = email.utils.parsedate_to_datetime(str(msg["Date"]))
    local = date.astimezone(KYIV)
    if date.utcoffset() != local.utcoffset():
        errs.append(f"Date offset {date.utcoffset()} is not Kyiv's {local.utcoffset()}")
    p, late = period_of(local.date())
    if (p, late) != (key["period"], key["late"]):
        errs.append(f"Date {local} gives period {p} late {late}, key says {key['period']} {key['late']}")
    top = msg.get_all("Received")[0]
    rdate = email.utils.parsedate_to_datetime(str(top).rsplit(";", 1)[1].strip())
    secs = (rdate - date).total_seconds()
    if not (1 <= secs <= 60) or rdate.astimezone(KYIV).date() != local.date():
        errs.append(f"top Received {rdate} is not a few seconds after Date {date} on the same Kyiv day")
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    if plan_emails is not None and frm.endswith((".gov.ua", ".org.ua")) and frm not in plan_emails:
        errs.append(f"registered-looking sender {frm} is not in plan.toml")
    names = attachment_names(msg)
    for m, s in items:
        if s != "body" and s not in names:
            errs.append(f"source {s!r} is not an attachment of the mail (has {names})")
    for part in msg.walk():
        if part.get_filename() and part.get_content_maintype() != "text":
            size = len(part.get_payload(decode=True))
            if size >= 60 * 1024:
                errs.append(f"attachment {part.get_filename()} is {size} bytes")
    return errs


def main():
    errors, seen, measures = [], set(), {}
    per_class = {}
    for name, key, fn in MAILS:
        if name in seen:
            errors.append(f"{name}: built twice")
        seen.add(name)
        raw = fn().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        for e in check(name, key, raw):
            errors.append(f"{name}: {e}")
        per_class[key["class"]] = per_class.get(key["class"], 0) + 1
        for i in key["items"]:
            measures[i["measure"]] = measures.get(i["measure"], 0) + 1
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if len(MAILS) != 40 or any(v != 5 for v in per_class.values()) or len(per_class) != 8:
        errors.append(f"need 40 mails, 5 per class: {per_class}")
    missing = [m for m in range(1, 16) if m not in measures]
    if missing:
        errors.append(f"measures never a real item: {missing}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print(f"{len(MAILS)} mails, {sum(measures.values())} items; items per measure: "
          + ", ".join(f"{m}:{measures[m]}" for m in sorted(measures)))


if __name__ == "__main__":
    main()
