#!/usr/bin/env python3
"""Build the «echo» corpus for zvit: 40 report e-mails (.eml) and their answer keys
(.expected.json).

Theme: reports that echo the plan's own wording — tables that copy the plan's columns
(«№ з/п | Зміст заходу | Строк виконання | Виконавці | Стан виконання») and answer only in
the last one, letters that quote every measure in full as a heading, answers that turn the
plan's sentence into the past tense, covering letters that quote a measure before the real
answer, Russian offices translating the plan.

Python 3 standard library only. Office attachments are written as HTML (documents) or CSV
(sheets) into attachments/src/ and converted ONCE with LibreOffice
(soffice --headless -env:UserInstallation=file:///tmp/echo-work/lo --convert-to …); the
converted files are kept in attachments/ and reused, so running make.py again rebuilds the
same mails byte for byte. A source is converted again only when its text changes.

Each mail's KEY literal stands directly above its builder and was written before the mail's
text. After building, every key is checked (see check()).

Usage:  python3 make.py
"""
import base64
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
import email
import email.policy
import email.utils
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ATT = HERE / "attachments"
SRC = ATT / "src"
WORK = Path("/tmp/echo-work")
PLAN_TOML = Path("/work/main/config/plan.toml")
KYIV = ZoneInfo("Europe/Kyiv")
CRLF = "\r\n"
TO = "uvp@cg.ukrtel.net"
MAILBOX = "uvp@cg.ukrtel.net"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# ---------------------------------------------------------------------------------------
# The plan, verbatim (plan-uk.txt): text, term and executors of every measure.
# ---------------------------------------------------------------------------------------
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
              "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")
P = {
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
_SU_RDA = "Структурні підрозділи облдержадміністрації, райдержадміністрації"
_UVP = "Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації"
EXE = {
    1: _SU_RDA, 2: "Структурні підрозділи облдержадміністрації",
    3: _UVP + ", Громадська рада при облдержадміністрації",
    4: _UVP + ", Громадська рада при облдержадміністрації",
    5: _UVP + ", відділ роботи із зверненнями громадян апарату облдержадміністрації",
    6: _SU_RDA, 7: _SU_RDA, 8: "Структурні підрозділи облдержадміністрації", 9: _SU_RDA,
    10: _UVP + ", райдержадміністрації", 11: _UVP, 12: _SU_RDA,
    13: _UVP + ", Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій",
    14: _UVP,
    15: _UVP + ", регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області (за згодою), Громадська рада при облдержадміністрації (за згодою)",
    16: _SU_RDA,
}
TERM = {n: "Постійно" for n in range(1, 17)}
TERM.update({3: "IV квартал 2012 року", 4: "I квартал 2013 року", 13: "До 1 березня 2013 року",
             14: "До 1 січня 2013 року", 15: "Щорічно",
             16: "До 15 грудня 2012 року, 15 червня 2013 року, 15 грудня 2013 року"})

# Russian offices translate the plan themselves (their own wording, not an official text).
RU = {
    1: "С целью налаживания диалога с общественностью, повышения прозрачности власти, улучшения доступа к информации обеспечить приведение в соответствие с требованиями действующего законодательства информационного наполнения и функционирования официальных Интернет-сайтов облгосадминистрации, ее структурных подразделений, райгосадминистраций.",
    6: "Наладить на регулярной основе работу по проведению консультаций с общественностью по вопросам формирования и реализации государственной и региональной политики согласно требованиям постановления Кабинета Министров Украины от 03.11.2010 N 996 \"Об обеспечении участия общественности в формировании и реализации государственной политики\".",
    7: "Привлекать к работе консультативно-совещательных органов при органах исполнительной власти представителей институтов гражданского общества, в частности членов соответствующих общественных советов.",
    9: "Привлекать членов общественных советов при органах исполнительной власти к общественному обсуждению проектов распоряжений, целевых программ, решений согласно требованиям постановления Кабинета Министров Украины от 03.11.2010 N 996.",
    10: "Рекомендовать общественным советам при органах исполнительной власти создать в своем составе комиссию (рабочую группу) по вопросам открытости и прозрачности деятельности органа власти.",
    12: "Содействовать проведению институтами гражданского общества общественных экспертиз деятельности органов исполнительной власти, общественных антикоррупционных экспертиз проектов нормативно-правовых актов и обеспечить разработку и выполнение мероприятий для реализации экспертных предложений.",
}

# ---------------------------------------------------------------------------------------
# Registry of mails
# ---------------------------------------------------------------------------------------
MAILS = []


def mail(key):
    def deco(fn):
        MAILS.append((fn.__name__, key, fn))
        return fn
    return deco


def H(n):
    """Stable pseudo-random hex for Message-IDs, boundaries, thread indexes."""
    return hashlib.sha256(("echo:" + str(n)).encode()).hexdigest()


# ---------------------------------------------------------------------------------------
# MIME writing (by hand, so that every client's habits can be reproduced)
# ---------------------------------------------------------------------------------------
def to_bytes_text(text, charset):
    return text.replace("\r\n", "\n").encode(charset)


def qp(data):
    """Quoted-printable of bytes with \\n line ends; returns bytes with CRLF."""
    out = []
    for line in data.split(b"\n"):
        toks = []
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9) or (b in (9, 32) and i == len(line) - 1):
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return CRLF.join(out).encode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF).rstrip(CRLF).encode("ascii")


def eightbit(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return qp(raw)
    if cte == "base64":
        return b64(raw)
    return eightbit(raw)


def ew(text, charset="UTF-8", mode="B"):
    """RFC 2047 encoded words (several, space separated, each at most 75 characters)."""
    if all(32 <= ord(c) < 127 for c in text) and "=?" not in text:
        return text
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, mode)

    def enc(s):
        raw = s.encode(charset)
        if mode == "B":
            return base64.b64encode(raw).decode("ascii")
        o = []
        for b in raw:
            c = chr(b)
            if c == " ":
                o.append("_")
            elif c.isalnum() and b < 128 or c in "!*+-/":
                o.append(c)
            else:
                o.append("=%02X" % b)
        return "".join(o)

    for ch in text:
        if len(prefix) + len(enc(cur + ch)) + 2 > 75:
            words.append(prefix + enc(cur) + "?=")
            cur = ""
        cur += ch
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return (CRLF + " ").join(words)


def rfc2231(param, value, charset="UTF-8", chunk=None):
    """RFC 2231 parameter, with continuations when chunk is given."""
    from urllib.parse import quote
    v = quote(value.encode(charset), safe="")
    if not chunk:
        return "%s*=%s''%s" % (param, charset, v)
    pieces, cur = [], ""
    i = 0
    while i < len(v):
        step = 3 if v[i] == "%" else 1
        if len(cur) + step > chunk:
            pieces.append(cur)
            cur = ""
        cur += v[i:i + step]
        i += step
    pieces.append(cur)
    out = []
    for n, p in enumerate(pieces):
        if n == 0:
            out.append("%s*0*=%s''%s" % (param, charset, p))
        else:
            out.append("%s*%d*=%s" % (param, n, p))
    return (";" + CRLF + " ").join(out)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def text_part(text, subtype="plain", charset="windows-1251", cte="quoted-printable",
              declared=None, params="", headers_extra=()):
    raw = to_bytes_text(text, charset)
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, declared or charset, params)
    hs = [ct, "Content-Transfer-Encoding: " + cte] + list(headers_extra)
    return Part(hs, encode_body(raw, cte))


def multipart(subtype, parts, bnd, preamble=None, params=""):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n\r\n"
    for p in parts:
        body += b"--" + bnd.encode() + b"\r\n" + p.render() + b"\r\n"
    body += b"--" + bnd.encode() + b"--\r\n"
    hs = ['Content-Type: multipart/%s;%s\tboundary="%s"%s' % (subtype, CRLF, bnd, params)]
    return Part(hs, body)


def bnd(style, tag, n=0):
    """Boundary strings as each client makes them."""
    h = H("%s/%d" % (tag, n))
    if style == "outlook":
        return "----=_NextPart_%03d_%s_01CE%s.%s" % (n, h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    if style == "oe":
        return "----=_NextPart_%03d_%s_01CD%s.%s" % (n, h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    if style == "tb":
        return "------------%s" % "".join(str(int(c, 16) % 10) for c in h[:24])
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "gmail":
        return "047d7b%s" % h[:22]
    if style == "roundcube":
        return "=_%s" % h[:32]
    if style == "bat":
        return "----------%s" % h[:15].upper()
    if style == "opera":
        return "----------%s" % h[:22]
    if style == "web":
        return "----NextPart_%s" % h[:20]
    raise ValueError(style)


def attach(data, ctype, name_header, disp_header, cte="base64", extra=()):
    """name_header / disp_header: the already-encoded parameter text after 'name' / 'filename'."""
    hs = ["Content-Type: %s;%s\t%s" % (ctype, CRLF, name_header),
          "Content-Transfer-Encoding: " + cte,
          "Content-Disposition: attachment;%s\t%s" % (CRLF, disp_header)] + list(extra)
    body = b64(data) if cte == "base64" else encode_body(data, cte)
    return Part(hs, body)


def att_2047(data, ctype, fname, charset="windows-1251", mode="B", extra=()):
    v = ew(fname, charset, mode).replace(CRLF + " ", CRLF + "\t")
    return attach(data, ctype, 'name="%s"' % v, 'filename="%s"' % v, extra=extra)


def att_2231(data, ctype, fname, charset="UTF-8", chunk=None, name_2047=True, extra=()):
    name = ('name="%s"' % ew(fname, charset, "B").replace(CRLF + " ", CRLF + "\t")) if name_2047 else None
    disp = rfc2231("filename", fname, charset, chunk)
    hs_name = name if name else rfc2231("name", fname, charset, chunk)
    return attach(data, ctype, hs_name, disp, extra=extra)


def att_ascii(data, ctype, fname, extra=()):
    return attach(data, ctype, 'name="%s"' % fname, 'filename="%s"' % fname, extra=extra)


MIME = {
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

# ---------------------------------------------------------------------------------------
# Clients: headers each one adds, its Message-ID style, how it encodes the Subject.
# ---------------------------------------------------------------------------------------
CLIENTS = {
    "ol2003uk": dict(hdr=["X-Mailer: Microsoft Office Outlook 11", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512", "Thread-Index: {ti}"], mid="outlook", cs="windows-1251", mode="B"),
    "ol2003ru": dict(hdr=["X-Mailer: Microsoft Office Outlook 11", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5579", "Thread-Index: {ti}"], mid="outlook", cs="windows-1251", mode="B"),
    "ol2007uk": dict(hdr=["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: {ti}", "Content-Language: uk"], mid="outlook", cs="windows-1251", mode="B"),
    "ol2007ru": dict(hdr=["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: {ti}", "Content-Language: ru"], mid="outlook", cs="windows-1251", mode="B"),
    "ol2010uk": dict(hdr=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: {ti}", "Content-Language: uk"], mid="outlook", cs="windows-1251", mode="B"),
    "ol2010ru": dict(hdr=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: {ti}", "Content-Language: ru"], mid="outlook", cs="windows-1251", mode="B"),
    "oe6": dict(hdr=["X-Priority: 3", "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.5931", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], mid="oe", cs="windows-1251", mode="B"),
    "oe6ru": dict(hdr=["X-Priority: 3", "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"], mid="oe", cs="koi8-r", mode="B"),
    "tb16": dict(hdr=["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"], mid="tb", cs="UTF-8", mode="B"),
    "tb17": dict(hdr=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121208 Thunderbird/17.0.1"], mid="tb", cs="UTF-8", mode="B"),
    "tb24": dict(hdr=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"], mid="tb", cs="UTF-8", mode="B"),
    "tb24lightning": dict(hdr=["User-Agent: Mozilla/5.0 (X11; Linux i686; rv:24.0) Gecko/20100101 Thunderbird/24.1.0 Lightning/2.6.2"], mid="tb", cs="UTF-8", mode="B"),
    "bat4": dict(hdr=["X-Mailer: The Bat! (v4.0.24) Professional", "X-Priority: 3 (Normal)"], mid="bat", cs="koi8-u", mode="B"),
    "bat5": dict(hdr=["X-Mailer: The Bat! (v5.2.0) Professional", "X-Priority: 3 (Normal)"], mid="bat", cs="windows-1251", mode="B"),
    "bat5ru": dict(hdr=["X-Mailer: The Bat! (v5.0.36) Home", "X-Priority: 3 (Normal)"], mid="bat", cs="koi8-r", mode="B"),
    "opera": dict(hdr=["User-Agent: Opera Mail/12.16 (Win32)"], mid="opera", cs="utf-8", mode="Q"),
    "apple": dict(hdr=["X-Mailer: Apple Mail (2.1499)"], mime="Mime-Version: 1.0 (Mac OS X Mail 6.2 \\(1499\\))", mid="apple", cs="utf-8", mode="Q"),
    "iphone": dict(hdr=["X-Mailer: iPhone Mail (10B329)"], mime="Mime-Version: 1.0 (1.0)", mid="apple", cs="utf-8", mode="B"),
    "k9": dict(hdr=["User-Agent: K-9 Mail for Android"], mid="k9", cs="UTF-8", mode="B"),
    "roundcube": dict(hdr=["User-Agent: Roundcube Webmail/0.9.2", "X-Sender: {addr}"], mid="roundcube", cs="UTF-8", mode="Q"),
    "gmail": dict(hdr=[], mid="gmail", cs="UTF-8", mode="B"),
    "ukrnet": dict(hdr=["X-Mailer: FREEMAIL.UKR.NET webmail", "X-Originating-IP: [198.51.100.87]"], mid="ukrnet", cs="koi8-u", mode="B"),
    "iua": dict(hdr=["X-Mailer: I.UA Mail 3.1", "X-Originating-IP: 203.0.113.40"], mid="iua", cs="windows-1251", mode="B"),
    "metaua": dict(hdr=["X-Mailer: META.UA Webmail"], mid="metaua", cs="UTF-8", mode="B"),
    "cdo": dict(hdr=["X-Mailer: Microsoft CDO for Windows 2000", "Content-Class: urn:content-classes:message", "Thread-Index: {ti}", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4325"], mid="oe", cs="windows-1251", mode="B"),
}

# where each sender's server hands the mail to mx.cg.ukrtel.net
RELAYS = {
    "example.gov.ua": ("mail.example.gov.ua", "192.0.2.25"),
    "example.org.ua": ("smtp.example.org.ua", "192.0.2.77"),
    "gmail.com": ("mail-wg0-f52.google.com", "74.125.82.52"),
    "ukr.net": ("frv63.fwdcdn.com", "212.42.77.63"),
    "i.ua": ("mx10.i.ua", "91.198.36.20"),
    "meta.ua": ("smtp.meta.ua", "194.0.131.20"),
}


def kyiv(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def msgid(style, tag, addr, when):
    h = H(tag)
    dom = addr.split("@")[1]
    if style == "outlook":
        return "<%s$%s$%s$@%s>" % (h[:12], h[12:20], h[20:28], dom)
    if style == "oe":
        return "<%s$%s$%s@%s>" % (h[:12], h[12:20], "6401a8c0", "pc" + h[28:32])
    if style == "tb":
        return "<%s.%d@%s>" % (h[:8].upper(), int(h[8:12], 16), dom)
    if style == "bat":
        return "<%d.%s@%s>" % (int(h[:8], 16), when.strftime("%Y%m%d%H%M%S"), dom)
    if style == "opera":
        return "<op.w%s@%s>" % (h[:14], "note-" + h[14:18])
    if style == "apple":
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if style == "k9":
        return "<%s-%s@email.android.com>" % (h[:8], h[8:16])
    if style == "roundcube":
        return "<%s@%s>" % (h[:32], dom)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:30])).decode().replace("/", "x").replace("+", "P"), "=OJ")
    if style == "ukrnet":
        return "<%d.%d.%s@frv63.ukr.net>" % (int(when.timestamp()), int(h[:7], 16), h[7:15])
    if style == "iua":
        return "<%s.%d@mbox.i.ua>" % (h[:10], int(when.timestamp()))
    if style == "metaua":
        return "<%s@webmail.meta.ua>" % h[:24]
    raise ValueError(style)


def envelope(tag, client, from_name, addr, subject, when, part, extra=(), to=None,
             sent_name_charset=None, date_override=None, recv_delay=4):
    """Top-level headers + the body part. Returns bytes (CRLF)."""
    c = CLIENTS[client]
    cs = c["cs"]
    dom = addr.split("@")[1]
    relay = RELAYS.get(dom, ("mail." + dom, "198.51.100.9"))
    rtime = when + dt.timedelta(seconds=recv_delay)
    assert rtime.date() == when.date()
    hs = []
    hs.append("Received: from %s (%s [%s])%s\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s%s\tfor <%s>; %s"
              % (relay[0], relay[0], relay[1], CRLF, H(tag)[40:50].upper(), CRLF, TO,
                 email.utils.format_datetime(rtime)))
    fname = ew(from_name, sent_name_charset or cs, "B") if from_name else None
    assert not fname or CRLF not in fname, "display name must fit one encoded word: " + from_name
    hs.append("From: " + ('"%s" <%s>' % (from_name, addr) if from_name and fname == from_name
                          else ("%s <%s>" % (fname, addr) if from_name else addr)))
    hs.append("To: " + (to or TO))
    hs.append("Subject: " + ew(subject, cs, c["mode"]))
    hs.append("Date: " + (date_override or email.utils.format_datetime(when)))
    hs.append("Message-ID: " + msgid(c["mid"], tag, addr, when))
    hs.extend(extra)
    hs.append(c.get("mime", "MIME-Version: 1.0"))
    for h in c["hdr"]:
        hs.append(h.format(ti=base64.b64encode(bytes.fromhex(H(tag + "ti")[:44])).decode()[:-2] + "==",
                           addr=addr))
    hs.extend(part.headers)
    return (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + part.body


# ---------------------------------------------------------------------------------------
# Office documents: HTML / CSV sources converted once with LibreOffice
# ---------------------------------------------------------------------------------------
FILTERS = {
    "doc": ('HTML (StarWriter)', "doc:MS Word 97"),
    "docx": ('HTML (StarWriter)', "docx:MS Word 2007 XML"),
    "odt": ('HTML (StarWriter)', "odt:writer8"),
    "rtf": ('HTML (StarWriter)', "rtf:Rich Text Format"),
    "pdf": ('HTML (StarWriter)', "pdf:writer_pdf_Export"),
    "xls": ("CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2", "xls:MS Excel 97"),
    "xlsx": ("CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2", "xlsx:Calc MS Excel 2007 XML"),
    "ods": ("CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2", "ods:calc8"),
}


def doc_html(body, title="", size="12pt"):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>\n'
            '<style>body{font-family:"Times New Roman";font-size:%s} table{border-collapse:collapse}'
            ' td,th{border:1px solid #000;padding:2px 4px;vertical-align:top;font-size:%s}'
            ' p{margin:0 0 6pt 0}</style></head>\n<body>\n%s\n</body></html>\n' % (title, size, size, body))


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ';"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(";".join(cells))
    return "\n".join(out) + "\n"


def office(stem, ext, source):
    """Write the source (HTML text or CSV rows) and return the converted file's bytes.
    Converts only when the converted file is missing or its source changed."""
    SRC.mkdir(parents=True, exist_ok=True)
    is_sheet = ext in ("xls", "xlsx", "ods")
    src = SRC / (stem + (".csv" if is_sheet else ".html"))
    text = csv_text(source) if is_sheet else source
    out = ATT / (stem + "." + ext)
    old = src.read_text(encoding="utf-8") if src.exists() else None
    if old != text:
        src.write_text(text, encoding="utf-8")
        if out.exists():
            out.unlink()
    if not out.exists():
        infilter, conv = FILTERS[ext]
        tmp = WORK / "conv"
        tmp.mkdir(parents=True, exist_ok=True)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % WORK,
                        "--infilter=" + infilter, "--convert-to", conv, "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (stem + "." + ext)), str(out))
    return out.read_bytes()


def table_html(header, rows, widths=None):
    h = "<tr>" + "".join("<th>%s</th>" % c for c in header) + "</tr>\n"
    b = "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>\n" for r in rows)
    return '<table border="1" cellspacing="0" cellpadding="3" width="100%%">\n%s%s</table>\n' % (h, b)


# ---------------------------------------------------------------------------------------
# zvit's own mails, as offices quote them (templates reminder.txt.j2, receipt.txt.j2)
# ---------------------------------------------------------------------------------------
def reminder(executor, deadline, today, missing, overdue=False, partial=False):
    t = "Шановні колеги!\n\n"
    if overdue:
        t += ("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення "
              "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації "
              "Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).\n\n" % deadline)
    else:
        t += ("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та "
              "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство "
              "„Відкритий уряд“» інформацію про його виконання необхідно надати до %s на адресу "
              "електронної пошти %s.\n\n" % (deadline, MAILBOX))
    if partial:
        t += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати "
              "відомості щодо пунктів, наведених нижче.\n" % today)
    else:
        t += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n"
              % (today, executor))
    for m in missing:
        t += "\n  %d. %s\n" % (m, P[m])
    t += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
          "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
          "зазначивши номери пунктів плану.\n\n")
    t += ("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
    t += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
          "його недійсним.\n\nЗ повагою\n" + UVP_NAME)
    return t


def receipt(received, subject, executor, period, deadline, recognised, missing):
    t = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\n"
         "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n\n"
         % (UVP_NAME, received, subject, executor, period, deadline))
    t += "Розпізнано інформацію щодо таких пунктів плану:\n"
    for n, ex in recognised:
        t += "  • пункт %d: %s\n" % (n, ex)
    t += "\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n"
    for m in missing:
        t += "  %d. %s\n" % (m, P[m])
    t += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу "
          "%s.\n\nЗ повагою\n%s" % (MAILBOX, UVP_NAME))
    return t


def quote(text, width=76, prefix="> "):
    """Quote a text the way Thunderbird/K-9 do: wrap long lines, prefix every line."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(prefix.rstrip())
            continue
        ind = len(line) - len(line.lstrip())
        for w in textwrap.wrap(line, width=width - len(prefix), subsequent_indent=" " * ind,
                               break_long_words=False, break_on_hyphens=False) or [""]:
            out.append(prefix + w)
    return "\n".join(out)


def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def koi(s):
    """What a KOI8 user types: no typographic quotes, dashes or the numero sign."""
    for a, b in (("’", "'"), ("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("”", '"'),
                 ("–", "-"), ("—", "-"), ("№", "N"), ("•", "*")):
        s = s.replace(a, b)
    return s


def word_html(paras, charset="windows-1251", gen="Microsoft Word 14 (filtered medium)", extra_style=""):
    """Outlook / Word HTML body. paras: list of HTML fragments (already escaped)."""
    body = "\n".join(p if p.startswith("<table") or p.startswith("<div") or p.startswith("<blockquote")
                     else "<p class=MsoNormal>%s<o:p></o:p></p>" % p for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<meta name=Generator content="%s">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri","sans-serif";}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:blue;\n\ttext-decoration:underline;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri","sans-serif";\n\tcolor:windowtext;}\n%s'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n%s\n</div></body></html>'
            % (charset, gen, extra_style, body))


def word_table(header, rows):
    def cell(c, bold=False):
        c = esc(c) if c else "&nbsp;"
        if bold:
            c = "<b>%s</b>" % c
        return ('<td valign=top style=\'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\'>'
                '<p class=MsoNormal>%s<o:p></o:p></p></td>' % c)
    t = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
    t += "<tr>" + "".join(cell(h, True) for h in header) + "</tr>\n"
    for r in rows:
        t += "<tr>" + "".join(cell(c) for c in r) + "</tr>\n"
    return t + "</table>"


def ol_alt(tag, plain, paras, cs="windows-1251", gen="Microsoft Word 14 (filtered medium)", n=1):
    """Outlook's plain + Word HTML twins."""
    return multipart("alternative", [text_part(plain, "plain", cs),
                                     text_part(word_html(paras, cs, gen), "html", cs)], bnd("outlook", tag, n))


def ol_mixed(tag, first, atts, n=0):
    return multipart("mixed", [first] + list(atts), bnd("outlook", tag, n),
                     preamble="This is a multipart message in MIME format.")


def lines_html(text):
    """Plain paragraphs to Word HTML paragraphs (one <p> per line, blank lines kept)."""
    return [esc(l) if l.strip() else "&nbsp;" for l in text.split("\n")]


def plain_table(rows):
    """How Outlook renders a Word table in the plain-text twin: cells tab-separated."""
    return "\n".join("\t".join(c for c in r) for r in rows)


# =======================================================================================
# 1. ph — placeholder
# =======================================================================================

KEY = {"class": "placeholder", "executor": "su-zdorovia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "All 16 measures copied verbatim into a five-column sheet; only three status cells say something of the office's own, the rest are «—», «х», «Виконується», empty or «не проводились».",
       "items": [{"measure": 1, "source": "Відкритий уряд_УОЗ.xls"},
                 {"measure": 6, "source": "Відкритий уряд_УОЗ.xls"},
                 {"measure": 8, "source": "Відкритий уряд_УОЗ.xls"}]}
@mail(KEY)
def ph01():
    tag = "ph01"
    when = kyiv("2012-12-12 15:42:10")
    status = {
        1: "Офіційний веб-сайт управління (uoz.cg.gov.ua) наповнюється відповідно до Закону України «Про доступ до публічної інформації»: у листопаді 2012 р. створено розділ «Публічна інформація», розміщено 14 наказів управління та звіт про використання бюджетних коштів за 9 місяців 2012 року.",
        2: "—", 3: "х", 4: "х", 5: "х",
        6: "Проведено консультації з громадськістю у формі публічного громадського обговорення проекту регіональної програми «Здоров'я Чернігівщини» на 2013–2017 роки (27.11.2012, 46 учасників, пропозиції узагальнено у звіті).",
        7: "Виконується",
        8: "Голову комітету з питань охорони здоров'я та соціального захисту Громадської ради при облдержадміністрації Ярошенка В.І. введено до складу колегії управління (наказ від 16.10.2012 № 512).",
        9: "", 10: "х", 11: "х", 12: "не проводились", 13: "х", 14: "х", 15: "х",
        16: "Інформацію надано листом від 12.12.2012 № 01-09/3377",
    }
    rows = [["Інформація Управління охорони здоров'я облдержадміністрації про виконання " + PLAN_TITLE + " станом на 10.12.2012", "", "", "", ""],
            ["", "", "", "", ""],
            ["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"]]
    for n in range(1, 17):
        rows.append([str(n), P[n], TERM[n], EXE[n], status[n]])
    rows += [["", "", "", "", ""], ["", "Заступник начальника управління", "", "", "С.В. Литвиненко"]]
    xls = office("ph01_uoz", "xls", rows)
    plain = ("Добрий день!\n\nУправління охорони здоров'я облдержадміністрації надсилає інформацію про виконання "
             + PLAN_TITLE + " станом на 10.12.2012 (додається).\n\nЗ повагою,\nзаступник начальника управління\t\t"
             "С.В. Литвиненко\n\nвик. Гребенюк Т.О., 67-54-12\n")
    body = ol_alt(tag, plain, lines_html(plain), gen="Microsoft Word 12 (filtered medium)")
    part = ol_mixed(tag, body, [att_2047(xls, MIME["xls"], "Відкритий уряд_УОЗ.xls")])
    return envelope(tag, "ol2007uk", "Управління охорони здоров'я ОДА", "zdorovia@example.gov.ua",
                    "Інформація про виконання Плану (Відкритий уряд)", when, part)


KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Body table copies the plan's five columns for the six district measures; the status column is «Постійно», «Виконано.», «Забезпечується.», «не проводились» except a past-tense echo on 6 and a real recommendation on 10.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail(KEY)
def ph02():
    tag = "ph02"
    when = kyiv("2013-06-13 11:07:33")
    status = {
        1: "Постійно",
        6: "Забезпечено проведення консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови КМУ від 03.11.2010 № 996.",
        7: "не проводились",
        9: "Виконано.",
        10: "Громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади (лист від 14.03.2013 № 01-12/318).",
        12: "Забезпечується.",
    }
    header = ["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"]
    rows = [[str(n), P[n], TERM[n], EXE[n], status[n]] for n in (1, 6, 7, 9, 10, 12)]
    intro = ("Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
             "Срібнянська районна державна адміністрація надає інформацію про виконання " + PLAN_TITLE
             + " за І півріччя 2013 року.")
    sign = ("Заступник голови райдержадміністрації\t\t\tО.М. Кулик\n\nВиконавець: Лисенко Н.В., (04639) 2-13-47")
    plain = intro + "\n\n" + plain_table([header] + rows) + "\n\n" + sign + "\n"
    paras = lines_html(intro) + ["&nbsp;", word_table(header, rows), "&nbsp;"] + lines_html(sign)
    part = ol_alt(tag, plain, paras)
    return envelope(tag, "ol2010uk", "Срібнянська РДА", "rda-sribne@example.gov.ua",
                    "Відкритий уряд - інформація Срібнянської РДА за І півріччя", when, part)


KEY = {"class": "placeholder", "executor": "su-kapbud", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "ODS with a «+» column and a «Примітка» column: «+» alone, «без змін», «-» and «не стосується» say nothing; only the two rows with a note of their own count.",
       "items": [{"measure": 1, "source": "Інформація УКБ про виконання плану Відкритий уряд ІІ півріччя 2013.ods"},
                 {"measure": 6, "source": "Інформація УКБ про виконання плану Відкритий уряд ІІ півріччя 2013.ods"}]}
@mail(KEY)
def ph03():
    tag = "ph03"
    when = kyiv("2013-12-10 16:20:05")
    fname = "Інформація УКБ про виконання плану Відкритий уряд ІІ півріччя 2013.ods"
    rows = [["Інформація управління капітального будівництва облдержадміністрації щодо виконання Плану заходів (Відкритий уряд) за ІІ півріччя 2013 року", "", "", ""],
            ["№ п/п", "Зміст заходу", "Відмітка про виконання", "Примітка"],
            ["1", P[1], "+", "оновлено розділ «Публічна інформація» на веб-сторінці управління, розміщено звіт про виконання плану будівництва за 9 місяців 2013 року"],
            ["2", P[2], "+", ""],
            ["6", P[6], "+", "22.10.2013 проведено консультації з громадськістю (круглий стіл) щодо проекту переліку об'єктів будівництва та реконструкції закладів освіти на 2014 рік"],
            ["7", P[7], "", "без змін"],
            ["8", P[8], "+", ""],
            ["9", P[9], "-", ""],
            ["12", P[12], "", "не стосується"]]
    ods = office("ph03_ukb", "ods", rows)
    text = ("Добрий день!\n\nНадсилаю інформацію за ІІ півріччя, таблиця у вкладенні.\n\n"
            "-- \nЗ повагою, Оксана Дмитренко\nУправління капітального будівництва облдержадміністрації\n"
            "тел. (0462) 67-78-90\n")
    body = text_part(text, "plain", "UTF-8", "8bit", params="; format=flowed")
    part = multipart("mixed", [body, att_2231(ods, MIME["ods"], fname, "UTF-8", chunk=62)],
                     bnd("tb", tag), preamble="This is a multi-part message in MIME format.")
    return envelope(tag, "tb24", "Оксана Дмитренко", "kapbud@example.gov.ua",
                    "Відкритий уряд — ІІ півріччя 2013 (УКБ)", when, part)


KEY = {"class": "placeholder", "executor": "rda-talalaivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian office translates each measure and answers under it: «Выполняется», «Не проводились», «—», «Не касается», «Без изменений»; only measure 6 has work of its own.",
       "items": [{"measure": 6, "source": "body"}]}
@mail(KEY)
def ph04():
    tag = "ph04"
    when = kyiv("2012-12-17 09:52:41")
    ans = {1: "Выполняется.",
           6: "Проведены общественные слушания по проекту бюджета района на 2013 год (07.12.2012, 38 участников) и встреча главы райгосадминистрации с жителями с. Украинское по вопросам водоснабжения (23.11.2012).",
           7: "Не проводились.", 9: "-", 10: "Не касается.", 12: "Без изменений."}
    t = ("Здравствуйте, uvp.\n\nТалалаевская районная государственная администрация информирует о выполнении Плана "
         "мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в "
         "области в рамках реализации Инициативы \"Партнерство 'Открытое правительство'\" за 2012 год.\n\n")
    for n in (1, 6, 7, 9, 10, 12):
        t += "%d. %s\n%s\n\n" % (n, RU[n], ans[n])
    t += ("Заместитель главы райгосадминистрации                  В.П. Мовчан\n\n"
          "-- \nС уважением,\n отдел организационной работы аппарата РГА  mailto:rda-talalaivka@example.gov.ua\n")
    part = text_part(wrap(koi(t), 76), "plain", "koi8-r", "8bit")
    return envelope(tag, "bat5ru", "Талалаевская РГА", "rda-talalaivka@example.gov.ua",
                    "Информация о выполнении плана мероприятий (Открытое правительство)", when, part)


KEY = {"class": "placeholder", "executor": "gromrada", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The council's own table: in the status column of measure 4 the clerk pasted the plan's sentence again, measure 15 only says when; the body only promises; only measure 3 is answered.",
       "items": [{"measure": 3, "source": "Звіт ГР_ІІ півріччя 2013.docx"}]}
@mail(KEY)
def ph05():
    tag = "ph05"
    when = kyiv("2013-12-12 19:33:12")
    fname = "Звіт ГР_ІІ півріччя 2013.docx"
    header = ["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"]
    rows = [["3", P[3], TERM[3], EXE[3], "Веб-ресурс «Чернігівська громада» (www.gromada.cn.ua) працює; за ІІ півріччя 2013 року членами ради розміщено 48 матеріалів, модерацію здійснює комітет з питань інформаційної політики."],
            ["4", P[4], TERM[4], EXE[4], P[4]],
            ["15", P[15], TERM[15], EXE[15], "У IV кварталі 2013 року."]]
    html = doc_html("<p align=\"center\"><b>ЗВІТ</b><br>Громадської ради при Чернігівській облдержадміністрації про виконання "
                    + esc(PLAN_TITLE) + " за ІІ півріччя 2013 року</p>\n"
                    + table_html(header, [[esc(c) for c in r] for r in rows])
                    + "<p>&nbsp;</p><p>Голова Громадської ради&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.В. Дорошенко</p>", "Звіт ГР")
    docx = office("ph05_gr", "docx", html)
    text = ("Шановні колеги!\n\nНадсилаю звіт Громадської ради за ІІ півріччя.\n"
            "Щодо форуму - питання розглядатиметься на засіданні президії 19 грудня, результати повідомимо.\n\n"
            "--\nСекретар Громадської ради при облдержадміністрації\nМарія Тимошенко\n")
    body = text_part(text, "plain", "UTF-8", "quoted-printable", params="; format=flowed")
    part = multipart("mixed", [body, att_2231(docx, MIME["docx"], fname, "UTF-8")], bnd("roundcube", tag))
    return envelope(tag, "roundcube", "Громадська рада", "gromrada@example.gov.ua",
                    "Звіт Громадської ради (Відкритий уряд) за ІІ півріччя 2013", when, part)


# =======================================================================================
# 2. bp — bottom_post
# =======================================================================================
def quote_answers(text, answers, prefix="> ", width=76, gap=True):
    """Quote zvit's mail line by line and type an answer under the quoted measure N."""
    out = []
    for line in text.split("\n"):
        out.append(quote(line, width, prefix))
        m = re.match(r"^  (\d+)\. ", line)
        if m and int(m.group(1)) in answers:
            out.append("")
            out.append(wrap(answers[int(m.group(1))], 72))
            if gap:
                out.append("")
    return "\n".join(out)


ZVIT_MID = "<zvit.%s@cg.ukrtel.net>"

KEY = {"class": "bottom_post", "executor": "rda-borzna", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply interleaved under zvit's overdue reminder, whose quoted lines carry every measure's full text; the answers under 1, 6, 9, 12 count, a bare «не проводились» under 7 and nothing under 10 do not.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def bp01():
    tag = "bp01"
    when = kyiv("2012-12-17 14:05:19")
    rem = reminder("Борзнянська районна державна адміністрація", "15.12.2012", "16.12.2012",
                   [1, 6, 7, 9, 10, 12], overdue=True)
    answers = {
        1: "Офіційний веб-сайт Борзнянської РДА приведено у відповідність до постанови КМУ від 04.01.2002 № 3: оновлено розділи «Доступ до публічної інформації» та «Звернення громадян», щотижня публікуються розпорядження голови РДА.",
        6: "06.12.2012 проведено громадські слухання щодо проекту районного бюджету на 2013 рік (52 учасники).",
        7: "не проводились",
        9: "Члени громадської ради при РДА залучались до обговорення проекту Програми соціально-економічного розвитку району на 2013 рік (засідання ради 29.11.2012).",
        12: "Громадських експертиз у звітному періоді не проводилось, звернень від інститутів громадянського суспільства не надходило.",
    }
    text = ("Добрий день! Вибачте за затримку, відповіді нижче під кожним пунктом.\n\n"
            "16.12.2012 08:00, uvp@cg.ukrtel.net пише:\n" + quote_answers(rem, answers)
            + "\n\n-- \nВідділ організаційної роботи та внутрішньої політики\nапарату Борзнянської райдержадміністрації\n"
            "тел. (04653) 2-14-09\n")
    part = text_part(text, "plain", "UTF-8", "8bit", params="; format=flowed")
    return envelope(tag, "tb17", "Борзнянська РДА", "rda-borzna@example.gov.ua",
                    "Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", when, part,
                    extra=["In-Reply-To: " + ZVIT_MID % "rem-20121216-borzna",
                           "References: " + ZVIT_MID % "rem-20121216-borzna"])


KEY = {"class": "bottom_post", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook reply typed under zvit's quoted receipt (header block «Від/Надіслано/Кому/Тема», no «>»); the receipt's recognised excerpts and the full text of missing 2, 8, 12 are quoted; new text answers 8 and 12, calls 2 not ours.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def bp02():
    tag = "bp02"
    when = kyiv("2013-06-07 10:41:55")
    rec = receipt("05.06.2013 14:31", "Інформація про виконання плану (Відкритий уряд)",
                  "Управління екології та природних ресурсів облдержадміністрації", 2, "15.06.2013",
                  [(1, "На офіційному веб-сайті управління розміщено реєстр дозвільних документів та щоквартальні…"),
                   (6, "Проведено громадські слухання щодо проекту Регіональної програми охорони навколишнього…"),
                   (7, "До складу обласної екологічної ради включено трьох представників громадських…"),
                   (9, "Члени громадської ради взяли участь в обговоренні проекту розпорядження голови…")],
                  [2, 8, 12])
    hdr = ("Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \nНадіслано: 5 червня 2013 р. 16:02\n"
           "Кому: ekolohiia@example.gov.ua\nТема: Підтвердження отримання: Інформація про виконання плану (Відкритий уряд)")
    ans = ("Доповнюємо:\n"
           "п. 2 – не стосується (рубрики на сайті ОДА веде Головне фінансове управління);\n"
           "п. 8 – голову комітету з питань екології та природокористування Громадської ради при облдержадміністрації Мельник О.П. введено до складу колегії управління (наказ від 22.04.2013 № 57);\n"
           "п. 12 – громадська антикорупційна експертиза проекту наказу «Про затвердження Порядку видачі дозволів на спеціальне використання природних ресурсів місцевого значення» проведена ГО «Зелений світ Полісся», 2 пропозиції з 3 враховано.\n\n"
           "С. Бондар, головний спеціаліст відділу екологічної політики\nУправління екології та природних ресурсів облдержадміністрації")
    plain = "\n\n" + hdr + "\n\n" + rec + "\n\n" + ans + "\n"
    paras = (["&nbsp;", "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
              "<p class=MsoNormal><b>Від:</b> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 5 червня 2013 р. 16:02<br>"
              "<b>Кому:</b> ekolohiia@example.gov.ua<br><b>Тема:</b> Підтвердження отримання: Інформація про виконання плану (Відкритий уряд)<o:p></o:p></p></div></div>",
              "&nbsp;"] + lines_html(rec) + ["&nbsp;"]
             + ["<span style='color:#1F497D'>%s</span>" % p for p in lines_html(ans)])
    part = ol_alt(tag, plain, paras)
    return envelope(tag, "ol2010uk", "Бондар Світлана", "ekolohiia@example.gov.ua",
                    "RE: Підтвердження отримання: Інформація про виконання плану (Відкритий уряд)", when, part,
                    extra=["In-Reply-To: " + ZVIT_MID % "rcpt-20130605-ekolohiia"])


KEY = {"class": "bottom_post", "executor": "su-arkhiv", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian-UI Outlook 2003 «-----Исходное сообщение-----» block with zvit's partial overdue reminder (full text of 1, 2, 8) quoted without «>»; the archive's answers are typed under the signature: 1 and 8 count, 2 is «не стосується».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail(KEY)
def bp03():
    tag = "bp03"
    when = kyiv("2013-12-16 12:18:30")
    rem = reminder("Державний архів Чернігівської області", "15.12.2013", "16.12.2013", [1, 2, 8],
                   overdue=True, partial=True)
    hdr = ("-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
           "Отправлено: 16 декабря 2013 г. 8:00\nКому: arkhiv@example.gov.ua\n"
           "Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)")
    ans = ("Відповідно до нагадування повідомляємо:\n"
           "1. Веб-сторінку Державного архіву Чернігівської області переведено на нову платформу, розміщено електронний путівник по фондах, графік особистого прийому громадян та порядок доступу до документів НАФ.\n"
           "2. Не стосується.\n"
           "8. Голова комітету з гуманітарних питань Громадської ради при облдержадміністрації Сидоренко П.Г. входить до складу колегії Держархіву області з березня 2013 року (наказ від 14.03.2013 № 22-к), бере участь у засіданнях.\n\n"
           "Завідувач сектору інформації та використання документів\nДержархіву області                    Л.В. Науменко")
    text = "\n\n" + hdr + "\n\n" + rem + "\n\n" + ans + "\n"
    part = text_part(text, "plain", "windows-1251", "quoted-printable")
    return envelope(tag, "ol2003ru", "Держархів області", "arkhiv@example.gov.ua",
                    "RE: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", when, part,
                    extra=["In-Reply-To: " + ZVIT_MID % "rem-20131216-arkhiv"])


KEY = {"class": "bottom_post", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Apple Mail reply with the quoted receipt split into blockquotes and answers typed between them under measures 7, 10, 12; «Виконується.» under 10 is a placeholder; plain twin has «>» quotes.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def bp04():
    tag = "bp04"
    when = kyiv("2013-06-14 17:26:48")
    rec = receipt("12.06.2013 09:10", "Інформація Менської РДА", "Менська районна державна адміністрація", 2,
                  "15.06.2013",
                  [(1, "На офіційному веб-сайті райдержадміністрації створено підрозділ «Консультації з…"),
                   (6, "Проведено громадські слухання щодо проекту Програми соціально-економічного…"),
                   (9, "Члени громадської ради залучались до обговорення проектів розпоряджень голови…")],
                  [7, 10, 12])
    answers = {
        7: "До складу координаційної ради з питань розвитку підприємництва при райдержадміністрації включено двох членів громадської ради – Савченка І.П. (ГО «Менська ініціатива») та Кравець Л.М.",
        10: "Виконується.",
        12: "Громадська антикорупційна експертиза проекту розпорядження голови РДА «Про затвердження Порядку надання адміністративних послуг» проведена ГО «Правова допомога Мени» 28.05.2013, зауважень не висловлено.",
    }
    attrib = "12 черв. 2013 р., о 09:14, uvp@cg.ukrtel.net написав(ла):"
    plain = attrib + "\n\n" + quote_answers(rec, answers, width=78) + "\n\nЛ. Гончар, відділ організаційної роботи апарату Менської райдержадміністрації\n"
    # HTML: blockquotes broken where answers are typed
    segs, cur = [], []
    for line in rec.split("\n"):
        cur.append(line)
        m = re.match(r"^  (\d+)\. ", line)
        if m and int(m.group(1)) in answers:
            segs.append(("q", cur)); cur = []
            segs.append(("a", answers[int(m.group(1))]))
    segs.append(("q", cur))
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head>'
         '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space; ">'
         '<br><div><div>%s</div><br class="Apple-interchange-newline">' % esc(attrib))
    for kind, v in segs:
        if kind == "q":
            h += '<blockquote type="cite"><div>' + "<br>".join(esc(l) for l in v) + "</div></blockquote>"
        else:
            h += "<div><br></div><div>%s</div><div><br></div>" % esc(v)
    h += "<br><div>Л. Гончар, відділ організаційної роботи апарату Менської райдержадміністрації</div></div></body></html>"
    part = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                     text_part(h, "html", "utf-8", "quoted-printable")], bnd("apple", tag))
    return envelope(tag, "apple", "Менська РДА", "rda-mena@example.gov.ua",
                    "Re: Підтвердження отримання: Інформація Менської РДА", when, part,
                    extra=["In-Reply-To: " + ZVIT_MID % "rcpt-20130612-mena"])


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Phone reply (K-9) typed below zvit's quoted reminder whose only listed measure is the hot line; the answer under it names the hot line and gives figures.",
       "items": [{"measure": 5, "source": "body"}]}
@mail(KEY)
def bp05():
    tag = "bp05"
    when = kyiv("2012-12-14 08:47:02")
    rem = reminder("Відділ роботи із зверненнями громадян апарату облдержадміністрації", "15.12.2012",
                   "10.12.2012", [5])
    text = ("uvp@cg.ukrtel.net wrote:\n\n" + quote(rem, 76) + "\n\n"
            "По п.5: гаряча лінія голови облдержадміністрації (0-800-500-412) працює щоденно з 9 до 18 год, "
            "з 10 вересня по 13 грудня надійшло 1214 звернень, 1097 розглянуто, решта на контролі. "
            "Щопонеділка узагальнення подається голові ОДА.\n\n"
            "Кириленко Т.В., начальник відділу роботи із зверненнями громадян апарату ОДА\n"
            "-- \nНадіслано з мого телефону Android із K-9 Mail.\n")
    part = text_part(text, "plain", "UTF-8", "quoted-printable")
    return envelope(tag, "k9", "Кириленко Т.В.", "zvernennia@example.gov.ua",
                    "Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", when, part,
                    extra=["In-Reply-To: " + ZVIT_MID % "rem-20121210-zvernennia"])


# =======================================================================================
# 3. nr — not_report
# =======================================================================================
KEY = {"class": "not_report", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Asks whether measures 2 and 8 concern the office, quoting both measures in full; the premise «голова профільного комітету вже є членом колегії» is inside the question.",
       "items": []}
@mail(KEY)
def nr01():
    tag = "nr01"
    when = kyiv("2013-05-22 14:12:37")
    plain = ("Шановні колеги!\n\n"
             "Готуючи інформацію за І півріччя, просимо роз’яснити, чи потрібно Управлінню освіти і науки "
             "облдержадміністрації подавати інформацію щодо пункту 2 Плану («" + P[2][:-1] + "»), адже ведення "
             "рубрик на сайті облдержадміністрації не належить до наших повноважень?\n\n"
             "І чи стосується нас пункт 8 («" + P[8][:-1] + "»), якщо голова профільного комітету Громадської ради "
             "вже є членом колегії управління з 2011 року, — чи треба щоразу це повторювати?\n\n"
             "Дякуємо.\n\nЗ повагою,\nГоловний спеціаліст відділу кадрової та юридичної роботи\n"
             "Управління освіти і науки облдержадміністрації\nОлена Руденко\n(0462) 67-45-21\n")
    part = ol_alt(tag, plain, lines_html(plain), gen="Microsoft Word 12 (filtered medium)")
    return envelope(tag, "ol2007uk", "Руденко Олена", "osvita@example.gov.ua",
                    "Питання щодо пунктів 2 та 8 Плану (Відкритий уряд)", when, part)


def ics_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, first = [], "", True
    for ch in line:
        lim = 75 if first else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur if first else " " + cur)
            cur, first = "", False
        cur += ch
    out.append(cur if first else " " + cur)
    return "\r\n".join(out)


KEY = {"class": "not_report", "executor": "gromrada", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Lightning invitation (text/calendar + invite.ics) to the public discussion of the plan's implementation, quoting measure 15; the announcement already posted and the 17 confirmations are for the event to come.",
       "items": []}
@mail(KEY)
def nr02():
    tag = "nr02"
    when = kyiv("2013-11-25 10:05:00")
    desc = ("Громадська рада при облдержадміністрації запрошує представника управління з питань внутрішньої "
            "політики та зв'язків з громадськістю взяти участь у громадському обговоренні виконання заходів з "
            "підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи "
            "«Партнерство „Відкритий уряд“» (п. 15 Плану), яке відбудеться 5 грудня 2013 року о 14.00 у малій "
            "залі облдержадміністрації (м. Чернігів, вул. Шевченка, 7, к. 214). Оголошення розміщено на "
            "веб-ресурсі «Чернігівська громада», участь уже підтвердили 17 громадських організацій. "
            "Просимо підтвердити участь до 2 грудня.")
    ics_lines = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
                 "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Kiev", "BEGIN:DAYLIGHT",
                 "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000",
                 "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "BEGIN:STANDARD",
                 "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
                 "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "END:VTIMEZONE",
                 "BEGIN:VEVENT", "CREATED:20131125T080312Z", "LAST-MODIFIED:20131125T080447Z",
                 "DTSTAMP:20131125T080447Z", "UID:" + H(tag)[:8] + "-" + H(tag)[8:12] + "-4c1e-9a5b-" + H(tag)[12:24],
                 "SUMMARY:Громадське обговорення виконання Плану заходів (Відкритий уряд)",
                 "ORGANIZER;RSVP=TRUE;CN=Громадська рада при ОДА;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gromrada@example.gov.ua",
                 "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:uvp@cg.ukrtel.net",
                 "DTSTART;TZID=Europe/Kiev:20131205T140000", "DTEND;TZID=Europe/Kiev:20131205T170000",
                 "LOCATION:м. Чернігів\\, вул. Шевченка\\, 7\\, к. 214",
                 "DESCRIPTION:" + desc.replace(",", "\\,"), "SEQUENCE:0", "TRANSP:OPAQUE",
                 "END:VEVENT", "END:VCALENDAR"]
    ics = ("\r\n".join(ics_fold(l) for l in ics_lines) + "\r\n").encode("utf-8")
    text = ("Шановні колеги!\n\n" + desc + "\n\nЗ повагою,\nсекретар Громадської ради Марія Тимошенко\n")
    alt = multipart("alternative", [text_part(wrap(text, 72), "plain", "UTF-8", "8bit"),
                                    Part(['Content-Type: text/calendar; charset=UTF-8; method=REQUEST',
                                          "Content-Transfer-Encoding: 8bit"], ics)], bnd("tb", tag, 1))
    part = multipart("mixed", [alt, attach(ics, "application/ics", 'name="invite.ics"', 'filename="invite.ics"')],
                     bnd("tb", tag, 0), preamble="This is a multi-part message in MIME format.")
    return envelope(tag, "tb24lightning", "Громадська рада", "gromrada@example.gov.ua",
                    "Запрошення: Громадське обговорення виконання Плану заходів (Відкритий уряд) @ чт 5 гру 2013 14:00 - 17:00 (uvp@cg.ukrtel.net)",
                    when, part)


KEY = {"class": "not_report", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Asks for more time on measures 6, 9, 12 and paraphrases each measure's wording in parentheses; promises 1, 7, 10 with them.",
       "items": []}
@mail(KEY)
def nr03():
    tag = "nr03"
    when = kyiv("2013-06-14 16:55:10")
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Корюківська райдержадміністрація у зв'язку з перебуванням у відпустці відповідального працівника "
            "просить продовжити термін подання інформації щодо виконання пунктів 6, 9, 12 Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (проведення на "
            "регулярній основі консультацій з громадськістю згідно з постановою КМУ від 03.11.2010 № 996, "
            "залучення членів громадських рад до громадського обговорення проектів розпоряджень, цільових "
            "програм, рішень, сприяння проведенню громадських експертиз) до 21 червня 2013 року.\n"
            "Інформацію щодо пп. 1, 7, 10 буде надіслано разом з нею.\n\n"
            "Керуючий справами апарату райдержадміністрації          С.І. Бабич\n")
    part = text_part(wrap(text, 76), "plain", "windows-1251", "8bit")
    return envelope(tag, "oe6", "Корюківська РДА", "rda-koriukivka@example.gov.ua",
                    "продовження терміну", when, part)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Announces the February seminars of measure 13, quoting the measure; the attached .doc is a schedule of what is to come.",
       "items": []}
@mail(KEY)
def nr04():
    tag = "nr04"
    when = kyiv("2013-01-28 11:30:21")
    sched = [["1", "12–13 лютого 2013 р.", "Заступники керівників структурних підрозділів облдержадміністрації, відповідальні за організацію консультацій з громадськістю", "Інструменти політики сприяння розвитку громадянського суспільства; порядок проведення консультацій з громадськістю", "ауд. 305"],
             ["2", "19–20 лютого 2013 р.", "Спеціалісти структурних підрозділів облдержадміністрації та райдержадміністрацій, які безпосередньо організовують консультації з громадськістю", "Громадська експертиза, електронні консультації, звітування перед громадськістю", "ауд. 305"],
             ["3", "26 лютого 2013 р.", "Слухачі обох груп", "Підсумкове заняття, вручення свідоцтв", "актова зала"]]
    html = doc_html("<p align=\"center\"><b>ГРАФІК</b><br>проведення навчальних семінарів щодо використання "
                    "інструментів політики сприяння розвитку громадянського суспільства (лютий 2013 року)</p>"
                    + table_html(["№ з/п", "Дата", "Категорія слухачів", "Тематика", "Місце проведення"], [[esc(c) for c in r] for r in sched])
                    + "<p>&nbsp;</p><p>Директор центру&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.О. Пилипенко</p>", "Графік")
    doc = office("nr04_grafik", "doc", html)
    plain = ("Шановні колеги!\n\nВідповідно до пункту 13 Плану заходів з підвищення рівня відкритості та прозорості "
             "діяльності виконавчої влади в області («" + P[13][:-1] + "») Чернігівський центр перепідготовки та "
             "підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, "
             "державних установ, підприємств і організацій проводитиме у лютому 2013 року навчальні семінари за "
             "графіком, що додається.\n\nПросимо довести до відома структурних підрозділів та забезпечити участь "
             "слухачів. Заявки — до 8 лютого за тел. 67-20-14.\n\nЗ повагою,\nзаступник директора центру\t\tГ.М. Шевченко\n")
    body = ol_alt(tag, plain, lines_html(plain))
    part = ol_mixed(tag, body, [att_2047(doc, MIME["doc"], "ГРАФІК семінарів.doc", "windows-1251", "Q")])
    return envelope(tag, "ol2010uk", "Чернігівський ЦППК", "cppk@example.gov.ua",
                    "Навчальні семінари (п. 13 Плану заходів)", when, part)


KEY = {"class": "not_report", "executor": "rda-ichnia", "period": 1, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "Thanks УВП for the guides of measure 14 from an iPhone and promises the report by the deadline.",
       "items": []}
@mail(KEY)
def nr05():
    tag = "nr05"
    when = kyiv("2012-12-05 13:14:44")
    text = ("Дякуємо за методичні посібники «Консультації з громадськістю: практичні поради», 20 примірників "
            "отримали сьогодні. Інформацію про виконання Плану надішлемо до 15 грудня.\n\n"
            "Ю. Остапенко, Ічнянська РДА\n\nНадіслано з iPhone")
    part = text_part(text, "plain", "utf-8", "quoted-printable")
    return envelope(tag, "iphone", "Ічнянська РДА", "rda-ichnia@example.gov.ua",
                    "Посібники", when, part)


# =======================================================================================
# 4. rg — ranges
# =======================================================================================
KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Word table whose number cells hold «1, 6», «7–9», «10, 12» with the plan texts of each group pasted together; «7–9» counts 8 too (not the district's), «10, 12» is a dash; the covering sentence only points to the file.",
       "items": [{"measure": 1, "source": "Інформація Козелецька РДА (відкритий уряд).doc"},
                 {"measure": 6, "source": "Інформація Козелецька РДА (відкритий уряд).doc"},
                 {"measure": 7, "source": "Інформація Козелецька РДА (відкритий уряд).doc"},
                 {"measure": 8, "source": "Інформація Козелецька РДА (відкритий уряд).doc"},
                 {"measure": 9, "source": "Інформація Козелецька РДА (відкритий уряд).doc"}]}
@mail(KEY)
def rg01():
    tag = "rg01"
    when = kyiv("2012-12-13 10:22:16")
    fname = "Інформація Козелецька РДА (відкритий уряд).doc"
    rows = [["1, 6", esc(P[1]) + "<br>" + esc(P[6]),
             "Проведено 3 засідання «круглого столу» з представниками громадськості з питань благоустрою населених пунктів (18.10, 15.11, 06.12.2012); матеріали та протоколи оприлюднено в окремому розділі «Консультації з громадськістю» офіційного веб-сайту райдержадміністрації, який створено у жовтні 2012 року."],
            ["7–9", esc(P[7]) + "<br>" + esc(P[8]) + "<br>" + esc(P[9]),
             "Члени громадської ради при райдержадміністрації залучаються до роботи колегії райдержадміністрації та до обговорення проектів розпоряджень голови райдержадміністрації (у IV кварталі обговорено 5 проектів, у т.ч. проект Програми розвитку освіти району на 2013–2015 роки)."],
            ["10, 12", esc(P[10]) + "<br>" + esc(P[12]), "—"],
            ["16", esc(P[16]), "Інформація надається щопівроку"]]
    html = doc_html("<p align=\"right\">Додаток до листа<br>від 13.12.2012 № 01-26/2987</p>"
                    "<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>Козелецької районної державної адміністрації про виконання "
                    + esc(PLAN_TITLE) + "</p>"
                    + table_html(["№ пункту плану", "Зміст заходу", "Стан виконання"],
                                 [[r[0], r[1], esc(r[2]) if "<" not in r[2] else r[2]] for r in rows])
                    + "<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Н.П. Гавриш</p>",
                    "Інформація", "11pt")
    doc = office("rg01_kozelets", "doc", html)
    text = ("Надсилаємо інформацію Козелецької райдержадміністрації щодо виконання пп. 1, 6, 7, 9, 10, 12 "
            + PLAN_TITLE + " (додається на 2 арк.).\n\n"
            "Сектор з питань внутрішньої політики апарату Козелецької РДА\nтел. (04646) 2-15-61\n")
    part = ol_mixed(tag, text_part(text, "plain", "windows-1251", "quoted-printable"),
                    [att_2047(doc, MIME["doc"], fname)])
    return envelope(tag, "ol2003uk", "Козелецька РДА", "rda-kozelets@example.gov.ua",
                    "інформація (Відкритий уряд)", when, part)


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "KOI8-U plain letter from The Bat!: «пп. 6-9, 12» answered as one block counts 6, 7, 8, 9, 12; the outgoing number, the resolution's date and number, «п. 1 – без змін», «п. 2 – не стосується» and «п. 16» do not.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def rg02():
    tag = "rg02"
    when = kyiv("2013-06-12 15:08:40")
    text = ("Вих. N 05-11/1874 від 12.06.2013\n\n"
            "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
            "в області за І півріччя 2013 р.\n\n"
            "п. 1 - без змін.\n"
            "п. 2 - не стосується.\n"
            "пп. 6-9, 12 - протягом І півріччя 2013 року управлінням проведено 4 консультації з громадськістю "
            "згідно з постановою КМУ від 03.11.2010 N 996 (публічні обговорення проекту Програми підтримки осіб з "
            "інвалідністю на 2013-2015 роки та порядку надання адресної допомоги), до обговорень залучались члени "
            "громадської ради при облдержадміністрації та представники 11 громадських організацій інвалідів; "
            "голова комітету з соціальних питань Громадської ради входить до складу колегії управління; проект "
            "наказу \"Про затвердження Порядку надання одноразової допомоги\" пройшов громадську антикорупційну "
            "експертизу (ГО \"Антикорупційний форум Чернігівщини\", висновок від 11.04.2013 N 17).\n"
            "п. 16 - інформацію надано цим листом.\n\n"
            "Заступник начальника управління                  Г.П. Сергієнко\n\n"
            "-- \nЗ повагою,\n Ірина                          mailto:sotszakhyst@example.gov.ua\n")
    part = text_part(wrap(text, 76), "plain", "koi8-u", "8bit")
    return envelope(tag, "bat4", "Управління праці та соцзахисту", "sotszakhyst@example.gov.ua",
                    "Відкритий уряд, І півріччя 2013", when, part)


KEY = {"class": "ranges", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own sector reports from its registered box to the department's mailbox: «п.п. 3, 4», «пункти 11 і 13» answered as blocks, single 5, 10, 14; «пп. 15-16» only says it is planned.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}, {"measure": 5, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"}, {"measure": 13, "source": "body"},
                 {"measure": 14, "source": "body"}]}
@mail(KEY)
def rg03():
    tag = "rg03"
    when = kyiv("2012-12-14 17:40:02")
    plain = ("Для зведення.\n\n"
             "Інформація відділу взаємодії з громадськістю управління з питань внутрішньої політики та зв'язків з "
             "громадськістю облдержадміністрації щодо виконання " + PLAN_TITLE + " у IV кварталі 2012 року\n\n"
             "п.п. 3, 4 – веб-ресурс «Чернігівська громада» (www.gromada.cn.ua) створено та запущено 01.11.2012; на "
             "його базі відкрито Інтернет-форум з обговорення актуальних питань життєдіяльності області, станом на "
             "14.12.2012 зареєстровано 112 користувачів, відкрито 19 тем.\n"
             "п. 5 – гаряча лінія голови облдержадміністрації працює в штатному режимі; спільно з відділом роботи із "
             "зверненнями громадян у листопаді–грудні опрацьовано 640 дзвінків.\n"
             "п. 10 – всім громадським радам при райдержадміністраціях надіслано рекомендації щодо створення у їх "
             "складі комісій (робочих груп) з питань відкритості та прозорості (лист від 02.11.2012 № 04-08/1422).\n"
             "пункти 11 і 13 – 29.11.2012 проведено «День відкритих дверей» для представників ЗМІ та громадськості "
             "(23 учасники); 22.11 та 06.12.2012 спільно з Чернігівським центром перепідготовки та підвищення "
             "кваліфікації проведено 2 навчальні семінари для заступників керівників структурних підрозділів "
             "(57 слухачів).\n"
             "п. 14 – розроблено та поширено методичний посібник «Консультації з громадськістю: практичні поради» "
             "(300 прим.), надіслано до всіх РДА та структурних підрозділів.\n"
             "пп. 15-16 – заплановано на І квартал 2013 р.\n\n"
             "Начальник відділу взаємодії з громадськістю\t\tА.В. Ткач\n")
    part = ol_alt(tag, plain, lines_html(plain))
    return envelope(tag, "ol2010uk", "Ткач Андрій", "uvp-info@example.gov.ua",
                    "Інформація УВП щодо виконання Плану (пп. 3-5, 10-15)", when, part)


KEY = {"class": "ranges", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian KOI8-R letter: «По пунктам 1 и 6», «По пунктам 7, 9» answered as blocks; «П.п. 10, 12 – не проводились» is a bare denial; year and counts near them are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail(KEY)
def rg04():
    tag = "rg04"
    when = kyiv("2013-12-12 09:31:27")
    text = ("Репкинская районная государственная администрация сообщает о выполнении Плана мероприятий по "
            "повышению уровня открытости и прозрачности деятельности исполнительной власти в области во II "
            "полугодии 2013 года.\n\n"
            "По пунктам 1 и 6: на официальном сайте райгосадминистрации создан раздел \"Консультации с "
            "общественностью\", в котором размещаются проекты распоряжений; в течение полугодия проведены 2 "
            "консультации (общественные слушания по проекту бюджета района на 2014 год - 04.12.2013, опрос жителей "
            "пгт Репки относительно маршрутов общественного транспорта - октябрь 2013 года, 312 респондентов).\n\n"
            "По пунктам 7, 9: члены общественного совета при райгосадминистрации включены в состав 4 "
            "консультативно-совещательных органов и приняли участие в обсуждении 3 проектов распоряжений главы "
            "райгосадминистрации.\n\n"
            "П.п. 10, 12 - не проводились.\n\n"
            "Заместитель главы райгосадминистрации                 А.Н. Шевчук\n")
    part = text_part(koi(text), "plain", "koi8-r", "quoted-printable")
    return envelope(tag, "oe6ru", "Репкинская РГА", "rda-ripky@example.gov.ua",
                    "Информация (Открытое правительство) 2 полугодие", when, part)


KEY = {"class": "ranges", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "XLSX whose «Пункт плану» cells hold «1–2», «6, 9», «7-8» (stored as text, not dates), «12»; «7-8 — Виконується» is a placeholder; «12» denies expert reviews by name; the body only points to the sheet.",
       "items": [{"measure": 1, "source": "Фінуправління_ВУ_1півр2013.xlsx"},
                 {"measure": 2, "source": "Фінуправління_ВУ_1півр2013.xlsx"},
                 {"measure": 6, "source": "Фінуправління_ВУ_1півр2013.xlsx"},
                 {"measure": 9, "source": "Фінуправління_ВУ_1півр2013.xlsx"},
                 {"measure": 12, "source": "Фінуправління_ВУ_1півр2013.xlsx"}]}
@mail(KEY)
def rg05():
    tag = "rg05"
    when = kyiv("2013-06-14 12:02:33")
    fname = "Фінуправління_ВУ_1півр2013.xlsx"
    rows = [["Інформація Головного фінансового управління облдержадміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року", "", ""],
            ["Пункт плану", "Зміст заходу", "Стан виконання"],
            ["1–2", P[1] + " " + P[2], "На офіційному сайті облдержадміністрації в рубриці «Виконання місцевих бюджетів Чернігівської області» щомісяця оновлюються дані про виконання зведеного бюджету області; на веб-сторінці управління розміщено обласний бюджет на 2013 рік та рішення сесії обласної ради про його затвердження."],
            ["6, 9", P[6] + " " + P[9], "Проект обласного бюджету на 2013 рік обговорено на засіданні Громадської ради при облдержадміністрації 20.12.2012; 14.02.2013 проведено публічні слухання щодо змін до обласного бюджету за участю членів громадської ради."],
            ["7-8", P[7] + " " + P[8], "Виконується"],
            ["12", P[12], "Громадських антикорупційних експертиз проектів наказів управління у звітному періоді не проводилось."]]
    xlsx = office("rg05_finansy", "xlsx", rows)
    plain = ("Інформація Головного фінансового управління облдержадміністрації щодо пп. 1, 2, 6–9, 12 Плану — у вкладенні.\n\n"
             "З повагою,\nвідділ бюджетної політики\nГоловне фінансове управління облдержадміністрації\nтел. 67-43-02\n")
    body = ol_alt(tag, plain, lines_html(plain))
    part = ol_mixed(tag, body, [att_2047(xlsx, MIME["xlsx"], fname)])
    return envelope(tag, "ol2010uk", "Головне фінансове управління", "finansy@example.gov.ua",
                    "Відкритий уряд_фінуправління_І півріччя", when, part)


# =======================================================================================
# 5. pr — prose
# =======================================================================================
def letter_html(head, paras, sign, num=""):
    h = "<p align=\"center\"><b>%s</b></p>" % head
    if num:
        h += "<p>%s</p>" % num
    h += "".join("<p style=\"text-indent:1.25cm;text-align:justify\">%s</p>" % esc(p) for p in paras)
    h += "<p>&nbsp;</p><p>%s</p>" % sign
    return h


KEY = {"class": "prose", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "PDF letter without plan numbers: the site, a hearing (with a passing mention of the site), a draft programme discussed with council members and the collegium each in its own words.",
       "items": [{"measure": 1, "source": "Лист_УКТ_відкритий_уряд_І_півріччя_2013.pdf"},
                 {"measure": 6, "source": "Лист_УКТ_відкритий_уряд_І_півріччя_2013.pdf"},
                 {"measure": 8, "source": "Лист_УКТ_відкритий_уряд_І_півріччя_2013.pdf"},
                 {"measure": 9, "source": "Лист_УКТ_відкритий_уряд_І_півріччя_2013.pdf"}]}
@mail(KEY)
def pr01():
    tag = "pr01"
    when = kyiv("2013-06-10 09:15:44")
    fname = "Лист_УКТ_відкритий_уряд_І_півріччя_2013.pdf"
    paras = [
        "На виконання " + PLAN_TITLE + " управління культури і туризму облдержадміністрації повідомляє.",
        "Офіційний веб-сайт управління переведено на домен cult.cg.gov.ua, створено розділ «Публічна інформація», де розміщуються накази управління, звіти про використання бюджетних коштів та плани роботи; оновлено довідник закладів культури області.",
        "Протягом І півріччя проведено консультації з громадськістю у формі громадських слухань щодо концепції проведення обласного фестивалю «Слов’янська кухня на Десні» (14.03.2013, 64 учасники) та електронного опитування щодо режиму роботи обласних бібліотек (612 респондентів). Хід обговорень висвітлювався в газеті «Деснянська правда» та на офіційному сайті управління.",
        "Проект Програми розвитку культури і туризму Чернігівщини на 2013–2016 роки був оприлюднений для громадського обговорення; до його доопрацювання залучено членів Громадської ради при облдержадміністрації, 7 пропозицій враховано.",
        "До складу колегії управління входить голова комітету з гуманітарних питань Громадської ради Шевчук Г.М.; на засіданні колегії 23.04.2013 розглянуто його пропозиції щодо підтримки аматорських колективів.",
    ]
    html = doc_html("<p align=\"center\"><b>УКРАЇНА<br>ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>УПРАВЛІННЯ КУЛЬТУРИ І ТУРИЗМУ</b><br>"
                    "вул. Магістратська, 7, м. Чернігів, 14000, тел. 67-45-91</p><hr>"
                    "<p>07.06.2013 № 03-14/986</p><p align=\"right\">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>"
                    + letter_html("Про виконання Плану заходів", paras,
                                  "Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.М. Левченко<br><small>Литвин 67-45-93</small>"),
                    "Лист УКТ")
    pdf = office("pr01_kultura", "pdf", html)
    text = "Надсилаємо інформацію (лист у PDF). Оригінал направлено поштою.\n\nУправління культури і туризму ОДА\n"
    body = text_part(text, "plain", "utf-8", "quoted-printable")
    pdfpart = att_2231(pdf, MIME["pdf"] + ";\r\n\tx-unix-mode=0644", fname, "utf-8", chunk=60, name_2047=True)
    part = multipart("mixed", [body, pdfpart], bnd("apple", tag))
    return envelope(tag, "apple", "Литвин Ірина", "kultura@example.gov.ua",
                    "Відкритий уряд - інформація", when, part)


KEY = {"class": "prose", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "DOCX that turns the plan's sentences into the past tense without numbers («Забезпечено приведення…», «Налагоджено на регулярній основі…», «…залучаються представники…»); one real paragraph on 9; the commission is only promised.",
       "items": [{"measure": 1, "source": "Інформація Носівської РДА.docx"},
                 {"measure": 6, "source": "Інформація Носівської РДА.docx"},
                 {"measure": 7, "source": "Інформація Носівської РДА.docx"},
                 {"measure": 9, "source": "Інформація Носівської РДА.docx"}]}
@mail(KEY)
def pr02():
    tag = "pr02"
    when = kyiv("2012-12-11 11:49:03")
    fname = "Інформація Носівської РДА.docx"
    paras = [
        "Забезпечено приведення до вимог чинного законодавства інформаційного наповнення та функціонування офіційного веб-сайту райдержадміністрації.",
        "Налагоджено на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
        "До роботи дорадчо-консультативних органів при райдержадміністрації залучаються представники інститутів громадянського суспільства, зокрема члени громадської ради.",
        "Члени громадської ради при райдержадміністрації взяли участь у громадському обговоренні проекту розпорядження голови райдержадміністрації «Про затвердження Програми розвитку малого і середнього підприємництва на 2013–2014 роки» (15.11.2012), 4 пропозиції враховано.",
        "Рекомендацію щодо створення у складі громадської ради комісії з питань відкритості та прозорості діяльності органу влади буде розглянуто на черговому засіданні ради в січні 2013 року.",
    ]
    html = doc_html(letter_html("ІНФОРМАЦІЯ<br>про виконання " + esc(PLAN_TITLE) + " Носівською районною державною адміністрацією", paras,
                                "Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.І. Дяченко"), "Інформація")
    docx = office("pr02_nosivka", "docx", html)
    plain = "Інформація Носівської РДА до 15.12.2012.\n\nЗагальний відділ апарату Носівської райдержадміністрації\n"
    body = ol_alt(tag, plain, lines_html(plain), gen="Microsoft Word 12 (filtered medium)")
    part = ol_mixed(tag, body, [att_2047(docx, MIME["docx"], fname)])
    return envelope(tag, "ol2007uk", "Носівська РДА", "rda-nosivka@example.gov.ua",
                    "Інформація Носівської РДА", when, part)


KEY = {"class": "prose", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Russian letter from a CDO script: consultations (site mentioned in passing), advisory bodies, a recommended working group, a denial of anti-corruption reviews by name — no plan numbers at all.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def pr03():
    tag = "pr03"
    when = kyiv("2013-12-13 15:37:12")
    paras = [
        "Работа по проведению консультаций с общественностью по вопросам формирования и реализации государственной и региональной политики в районе проводится на регулярной основе: во II полугодии 2013 года проведены 3 общественных слушания (проект бюджета района на 2014 год, программа развития образования на 2014–2016 годы, тарифы на вывоз твердых бытовых отходов), в которых приняли участие 146 человек. Информация о слушаниях размещена на официальном сайте райгосадминистрации и в газете «Наш край».",
        "В состав координационного совета по вопросам развития предпринимательства и районной комиссии по вопросам защиты прав ребенка включены представители общественных организаций, в том числе 3 члена общественного совета при райгосадминистрации.",
        "Общественному совету при райгосадминистрации рекомендовано создать в своем составе рабочую группу по вопросам открытости и прозрачности деятельности органа власти; группа из 5 человек создана решением совета от 17.10.2013.",
        "Общественная антикоррупционная экспертиза проектов распоряжений главы райгосадминистрации институтами гражданского общества во II полугодии не проводилась, обращений не поступало.",
    ]
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
         "<p><b>Информация Семеновской районной государственной администрации о выполнении Плана мероприятий по "
         "повышению уровня открытости и прозрачности деятельности исполнительной власти в области во II "
         "полугодии 2013 года</b></p>\n"
         + "\n".join("<p>%s</p>" % esc(p) for p in paras)
         + "\n<p>Первый заместитель главы райгосадминистрации&nbsp;&nbsp;&nbsp;&nbsp;Н.В. Козел</p></body></html>")
    part = text_part(h, "html", "windows-1251", "quoted-printable")
    return envelope(tag, "cdo", "Семеновская РГА", "rda-semenivka@example.gov.ua",
                    "Информация о выполнении Плана мероприятий", when, part)


KEY = {"class": "prose", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "ODT with subject headings and no numbers; one paragraph covers the collegium (8) and an advisory commission (7); «дорадча служба» is an agricultural extension service, not an advisory body; the collegium's minutes on the site are a passing mention.",
       "items": [{"measure": 1, "source": "Інформація ГУАПР.odt"}, {"measure": 6, "source": "Інформація ГУАПР.odt"},
                 {"measure": 7, "source": "Інформація ГУАПР.odt"}, {"measure": 8, "source": "Інформація ГУАПР.odt"}]}
@mail(KEY)
def pr04():
    tag = "pr04"
    when = kyiv("2012-12-14 16:02:40")
    fname = "Інформація ГУАПР.odt"
    secs = [
        ("Інформаційне наповнення веб-сайту",
         "На веб-сайті головного управління оновлено розділи «Регуляторна діяльність» та «Державні закупівлі», розміщено звіти про використання коштів обласного бюджету за 9 місяців 2012 року та контакти відповідальних осіб районних управлінь агропромислового розвитку."),
        ("Консультації з громадськістю",
         "19.10.2012 проведено громадське обговорення проекту регіональної програми розвитку сільськогосподарської дорадчої служби на 2013–2015 роки за участю 37 представників фермерських господарств і аграрних асоціацій; 27.11.2012 – «круглий стіл» з питань закупівлі молока у населення."),
        ("Громадська рада і колегія",
         "Голову комітету з питань агропромислового комплексу Громадської ради при облдержадміністрації Оліфіренка М.В. введено до складу колегії головного управління (наказ від 02.11.2012 № 164), а двох членів громадської ради включено до складу обласної комісії з питань земельних відносин, що діє як дорадчий орган при головному управлінні. Протоколи засідань колегії розміщуються на веб-сайті головного управління."),
    ]
    body_html = ("<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>Головного управління агропромислового розвитку облдержадміністрації "
                 "про хід виконання Плану заходів щодо відкритості та прозорості (IV квартал 2012 р.)</p>"
                 + "".join("<p><b><i>%s</i></b></p><p style=\"text-indent:1.25cm\">%s</p>" % (esc(a), esc(b)) for a, b in secs)
                 + "<p>&nbsp;</p><p>Заступник начальника головного управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;П.С. Гнатюк</p>")
    odt = office("pr04_apk", "odt", doc_html(body_html, "Інформація"))
    text = ("Добрий день.\nІнформація ГУАПР у вкладенні (odt, якщо не відкриється - повідомте, перешлемо у doc).\n\n"
            "-- \nГнатюк Петро\nГоловне управління агропромислового розвитку облдержадміністрації\n")
    body = text_part(text, "plain", "UTF-8", "8bit", params="; format=flowed")
    part = multipart("mixed", [body, att_2231(odt, MIME["odt"], fname, "UTF-8")], bnd("tb", tag),
                     preamble="This is a multi-part message in MIME format.")
    return envelope(tag, "tb16", "Гнатюк Петро", "apk@example.gov.ua", "Інформація ГУАПР (відкритий уряд)", when, part)


KEY = {"class": "prose", "executor": "su-zhkh", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "RTF prose: a report placed in the rubric «Хід виконання цільових програм», a draft programme discussed with council members, anti-corruption reviews denied by name; the site paragraph only points to an earlier letter.",
       "items": [{"measure": 2, "source": "ZhKG_vidkrytyi_uriad_2013.rtf"}, {"measure": 9, "source": "ZhKG_vidkrytyi_uriad_2013.rtf"},
                 {"measure": 12, "source": "ZhKG_vidkrytyi_uriad_2013.rtf"}]}
@mail(KEY)
def pr05():
    tag = "pr05"
    when = kyiv("2013-11-29 10:27:15")
    fname = "ZhKG_vidkrytyi_uriad_2013.rtf"
    paras = [
        "Управлінням житлово-комунального господарства облдержадміністрації підготовлено та розміщено в рубриці «Хід виконання цільових програм» офіційного сайту облдержадміністрації звіт про виконання обласної Програми реформування і розвитку житлово-комунального господарства на 2010–2014 роки за 9 місяців 2013 року.",
        "Проект змін до обласної програми «Питна вода Чернігівщини» обговорено з членами Громадської ради при облдержадміністрації на засіданні комітету з питань житлово-комунального господарства 16.10.2013; пропозиції щодо першочергових об’єктів враховано.",
        "Громадських антикорупційних експертиз проектів наказів управління у ІІ півріччі 2013 року не проводилось.",
        "Щодо веб-сайту управління — інформацію надсилали 24.10.2013 окремим листом.",
    ]
    html = doc_html(letter_html("Інформація управління житлово-комунального господарства облдержадміністрації щодо відкритості та прозорості діяльності (ІІ півріччя 2013 року)",
                                paras, "Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.А. Мороз"), "ЖКГ")
    rtf = office("pr05_zhkh", "rtf", html)
    text = ("Направляємо інформацію управління ЖКГ облдержадміністрації.\n\nЗ повагою,\nвідділ розвитку ЖКГ\n67-30-44\n")
    part = ol_mixed(tag, text_part(text, "plain", "windows-1251", "quoted-printable"),
                    [att_ascii(rtf, MIME["rtf"], fname)])
    return envelope(tag, "ol2003uk", "Управління ЖКГ облдержадміністрації", "zhkh@example.gov.ua",
                    "інформація ЖКГ", when, part)


# =======================================================================================
# 6. fn — foreign_numbers
# =======================================================================================
KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "XLS with a running «№ з/п» (1–7) beside the real «№ пункту Плану» column (1, 2, 6, 7, 8, 9, 12) and the plan's text; з/п 3, 5, 7 stand beside plan 6, 8, 12.",
       "items": [{"measure": 1, "source": "Містобудування_План_ВУ.xls"}, {"measure": 6, "source": "Містобудування_План_ВУ.xls"},
                 {"measure": 8, "source": "Містобудування_План_ВУ.xls"}, {"measure": 12, "source": "Містобудування_План_ВУ.xls"}]}
@mail(KEY)
def fn01():
    tag = "fn01"
    when = kyiv("2012-12-10 14:44:09")
    fname = "Містобудування_План_ВУ.xls"
    st = {1: "На веб-сторінці управління розміщено містобудівну документацію: генеральні плани 14 населених пунктів, схему планування території області, порядок видачі містобудівних умов.",
          2: "—",
          6: "Проведено громадські слухання щодо проекту генерального плану смт Седнів (21.11.2012, 63 учасники).",
          7: "не проводились",
          8: "Наказом від 05.11.2012 № 88 до складу колегії управління введено голову комітету з питань будівництва та архітектури Громадської ради при облдержадміністрації.",
          9: "Виконується",
          12: "Проект Порядку розгляду містобудівної документації передано для громадської антикорупційної експертизи ГО «Прозорий Чернігів» (лист від 26.11.2012 № 02-09/1031), отримано 3 пропозиції."}
    rows = [["Інформація управління містобудування та архітектури облдержадміністрації", "", "", "", ""],
            ["№ з/п", "№ пункту Плану", "Зміст заходу", "Строк виконання", "Стан виконання"]]
    for i, n in enumerate((1, 2, 6, 7, 8, 9, 12), 1):
        rows.append([str(i), str(n), P[n], TERM[n], st[n]])
    xls = office("fn01_mistobud", "xls", rows)
    plain = ("Направляємо інформацію управління містобудування та архітектури облдержадміністрації про виконання "
             "Плану заходів (Відкритий уряд) на 2 арк.\n\nС уважением,\nЗінченко Валентина\n"
             "Управління містобудування та архітектури ОДА\n")
    body = ol_alt(tag, plain, lines_html(plain), gen="Microsoft Word 12 (filtered medium)")
    part = ol_mixed(tag, body, [att_2047(xls, MIME["xls"], fname)])
    return envelope(tag, "ol2007ru", "Зінченко Валентина", "mistobuduvannia@example.gov.ua",
                    "Інформація (Відкритий уряд)", when, part)


KEY = {"class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Letter numbered 1.–5. by its own paragraphs, each named by subject (site, consultations, drafts discussed by council members, expert reviews); only «5. Щодо п. 7 плану – без змін» uses a plan number, and says nothing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def fn02():
    tag = "fn02"
    when = kyiv("2013-12-13 13:21:47")
    text = ("№ 01-31/2205 від 13.12.2013\n\n"
            "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Бобровицька райдержадміністрація інформує про виконання " + PLAN_TITLE + " у ІІ півріччі 2013 року:\n\n"
            "1. Щодо функціонування офіційного веб-сайту райдержадміністрації: протягом півріччя на сайті розміщено "
            "212 матеріалів, створено підрозділ «Прозорий бюджет», оновлено телефонний довідник.\n"
            "2. Консультації з громадськістю: проведено 3 консультації (громадські слухання щодо проекту районного "
            "бюджету на 2014 рік – 10.12.2013, 2 засідання «круглого столу» з питань благоустрою м. Бобровиця).\n"
            "3. Залучення членів громадської ради до обговорення проектів розпоряджень: члени громадської ради взяли "
            "участь в обговоренні 4 проектів розпоряджень голови райдержадміністрації, у т.ч. «Про Програму "
            "розвитку фізичної культури і спорту на 2014–2016 роки».\n"
            "4. Громадські експертизи: проведено 1 громадську антикорупційну експертизу (ГО «Бобровицька "
            "правозахисна група», проект розпорядження про порядок передачі в оренду комунального майна), "
            "2 пропозиції враховано.\n"
            "5. Щодо п. 7 плану – без змін.\n\n"
            "Заступник голови райдержадміністрації\t\tТ.М. Власенко\n")
    part = text_part(text, "plain", "windows-1251", "quoted-printable")
    return envelope(tag, "oe6", "Бобровицька РДА", "rda-bobrovytsia@example.gov.ua",
                    "Інформація Бобровицької РДА (Відкритий уряд)", when, part)


KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "DOCX answers by the office's own action plan («1.1», «2.1», «2.3», «3.1») with sub-items «а)», «б)» and counts; plan measures only by subject; «3.1 Колегія … без змін» says nothing.",
       "items": [{"measure": 1, "source": "Інфо_сім'я_молодь_спорт_2013.docx"}, {"measure": 6, "source": "Інфо_сім'я_молодь_спорт_2013.docx"},
                 {"measure": 7, "source": "Інфо_сім'я_молодь_спорт_2013.docx"}, {"measure": 9, "source": "Інфо_сім'я_молодь_спорт_2013.docx"}]}
@mail(KEY)
def fn03():
    tag = "fn03"
    when = kyiv("2013-12-06 11:03:52")
    fname = "Інфо_сім'я_молодь_спорт_2013.docx"
    items = [
        ("Розділ 1. Інформаційна відкритість", None),
        ("1.1. Оновлення веб-сторінки управління", "розміщено 34 новини, оновлено контакти структурних відділів та положення про обласні конкурси."),
        ("1.2. Висвітлення діяльності у ЗМІ", "підготовлено 18 публікацій у місцевих виданнях."),
        ("Розділ 2. Взаємодія з громадськістю", None),
        ("2.1. Консультації з громадськістю", "а) 15.10.2013 – «круглий стіл» щодо проекту Програми «Молодь Чернігівщини» на 2014–2016 роки (41 учасник); б) 20.11.2013 – онлайн-опитування молоді щодо дозвілля (1 240 респондентів)."),
        ("2.2. Дорадчі органи", "до складу обласної ради з питань молодіжної політики при управлінні включено 6 представників молодіжних громадських організацій, з них 2 – члени Громадської ради при облдержадміністрації."),
        ("2.3. Проекти нормативних актів", "члени Громадської ради при облдержадміністрації залучалися до обговорення проекту Програми «Молодь Чернігівщини» та проекту розпорядження голови облдержадміністрації «Про проведення обласного конкурсу молодіжних ініціатив»."),
        ("Розділ 3. Колегія", None),
        ("3.1. Участь представників Громадської ради у засіданнях колегії", "без змін."),
    ]
    h = ("<p align=\"center\"><b>ІНФОРМАЦІЯ</b><br>про хід виконання Плану заходів управління у справах сім’ї, молоді та спорту "
         "облдержадміністрації з реалізації Ініціативи «Партнерство „Відкритий уряд“» (наказ від 20.09.2012 № 145) за ІІ півріччя 2013 року</p>")
    for a, b in items:
        h += ("<p><b>%s</b></p>" % esc(a)) if b is None else ("<p><u>%s</u>: %s</p>" % (esc(a), esc(b)))
    h += "<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.О. Марченко</p>"
    docx = office("fn03_simia", "docx", doc_html(h, "Інформація"))
    plain = ("Добрий день!\nНадсилаємо інформацію за ІІ півріччя 2013 р.\n\nЗ повагою,\nсектор молодіжної політики\n"
             "Управління у справах сім’ї, молоді та спорту облдержадміністрації\n")
    body = ol_alt(tag, plain, lines_html(plain))
    part = ol_mixed(tag, body, [att_2047(docx, MIME["docx"], fname, "windows-1251", "Q")])
    return envelope(tag, "ol2010uk", "Управління сім'ї, молоді та спорту", "simia@example.gov.ua",
                    "Відкритий уряд_сім'я_молодь_спорт", when, part)


KEY = {"class": "foreign_numbers", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Formal letter «№ 02-17/2214» with «п. 6 Плану: 1) … 2) … 3) …» sub-items, order numbers and counts; «пп. 1, 7, 9» only point to an earlier letter.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def fn04():
    tag = "fn04"
    when = kyiv("2012-12-14 10:06:31")
    plain = ("№ 02-17/2214 від 13.12.2012\n\n"
             "Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
             "Про виконання Плану заходів\n\n"
             "Городнянська райдержадміністрація на виконання " + PLAN_TITLE + " повідомляє.\n\n"
             "п. 6 Плану: 1) 12.10.2012 – громадські слухання щодо проекту районної програми «Шкільний автобус» "
             "(44 учасники); 2) 09.11.2012 – зустріч голови райдержадміністрації з мешканцями с. Тупичів з питань "
             "ремонту дороги; 3) листопад 2012 р. – опитування батьків школярів щодо підвезення дітей (210 анкет).\n"
             "п. 10 Плану: громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань "
             "відкритості та прозорості (лист від 03.10.2012 № 02-17/1760); робочу групу у складі 3 осіб утворено "
             "рішенням ради від 24.10.2012.\n"
             "п. 12 Плану: а) ГО «Батьківський контроль» проведено громадську експертизу діяльності відділу освіти "
             "райдержадміністрації; б) на виконання 6 експертних пропозицій розпорядженням голови "
             "райдержадміністрації від 30.11.2012 № 412 затверджено заходи.\n"
             "пп. 1, 7, 9 – інформацію надано в попередньому листі від 20.11.2012 № 02-17/2050.\n\n"
             "Голова райдержадміністрації\t\t\tВ.Г. Бойко\n\nКоваль 2-11-06\n")
    part = ol_alt(tag, plain, lines_html(plain), gen="Microsoft Word 12 (filtered medium)")
    return envelope(tag, "ol2007uk", "Городнянська РДА", "rda-horodnia@example.gov.ua",
                    "№ 02-17/2214 від 13.12.2012", when, part)


KEY = {"class": "foreign_numbers", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The coordinator's PDF report numbered 1.–3. with counts 16, 12, 9 and letter № 14 beside them; it reports only the public discussion of the plan's implementation; point 3 is an assessment of others' consultations, not work.",
       "items": [{"measure": 15, "source": "Zvit_koordynatora_OGP_2013.pdf"}]}
@mail(KEY)
def fn05():
    tag = "fn05"
    when = kyiv("2013-12-09 18:12:05")
    fname = "Zvit_koordynatora_OGP_2013.pdf"
    paras = [
        "1. Громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області в рамках Ініціативи «Партнерство „Відкритий уряд“» організовано спільно з Громадською радою при облдержадміністрації і проведено 5 грудня 2013 року в малій залі облдержадміністрації; взяли участь 16 представників громадських організацій та 12 посадових осіб структурних підрозділів і райдержадміністрацій.",
        "2. За результатами обговорення підготовлено 9 рекомендацій, які направлено до облдержадміністрації (лист від 06.12.2013 № 14).",
        "3. Учасники обговорення відзначили нерівномірність проведення консультацій з громадськістю в районах та недостатню активність громадських рад у створенні робочих груп з питань відкритості.",
    ]
    html = doc_html("<p align=\"center\"><b>ЗВІТ</b><br>регіонального координатора «Партнерства „Відкритий уряд“» в Чернігівській області за 2013 рік</p>"
                    + "".join("<p style=\"text-align:justify\">%s</p>" % esc(p) for p in paras)
                    + "<p>&nbsp;</p><p>Регіональний координатор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Р.В. Савенко</p>", "Звіт")
    pdf = office("fn05_ogp", "pdf", html)
    text = ("Добрий вечір!\n\nНадсилаю звіт регіонального координатора за 2013 рік у PDF.\n\n"
            "-- \nРоман Савенко\nрегіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n")
    body = text_part(text, "plain", "utf-8", "8bit", params="; format=flowed; delsp=yes")
    part = multipart("mixed", [body, att_ascii(pdf, MIME["pdf"], fname)], bnd("opera", tag))
    return envelope(tag, "opera", "Роман Савенко", "ogp-coordinator@example.org.ua",
                    "Звіт координатора OGP 2013", when, part)


# =======================================================================================
# 7. pa — personal_address
# =======================================================================================
KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent on a Friday evening from a private Gmail box; the office is named only in the signature («Головного управління економіки облдержадміністрації») and the .doc; the doc copies the plan's five columns.",
       "items": [{"measure": 1, "source": "Економіка_відкритий уряд_1 півр.doc"}, {"measure": 2, "source": "Економіка_відкритий уряд_1 півр.doc"},
                 {"measure": 6, "source": "Економіка_відкритий уряд_1 півр.doc"}, {"measure": 8, "source": "Економіка_відкритий уряд_1 півр.doc"}]}
@mail(KEY)
def pa01():
    tag = "pa01"
    when = kyiv("2013-06-14 21:18:40")
    fname = "Економіка_відкритий уряд_1 півр.doc"
    st = {1: "На веб-сторінці головного управління розміщено Програму економічного і соціального розвитку області на 2013 рік та звіт про її виконання за І квартал 2013 року.",
          2: "Надано до рубрики «Хід виконання цільових програм» офіційного сайту облдержадміністрації інформацію про хід виконання 12 обласних цільових програм за 2012 рік (лист від 18.04.2013 № 07-21/905).",
          6: "14.03.2013 проведено публічне обговорення проекту Програми економічного і соціального розвитку області на 2014 рік за участю представників бізнес-асоціацій (29 учасників).",
          7: "—",
          8: "Голову комітету з питань економічного розвитку Громадської ради при облдержадміністрації введено до складу колегії головного управління (наказ від 12.02.2013 № 21).",
          9: "Виконується",
          12: "не проводились"}
    rows = [[str(n) + ".", esc(P[n]), TERM[n], esc(EXE[n]), esc(st[n])] for n in (1, 2, 6, 7, 8, 9, 12)]
    html = doc_html("<p align=\"right\">Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації</p>"
                    "<p align=\"center\"><b>Інформація Головного управління економіки облдержадміністрації про виконання "
                    + esc(PLAN_TITLE) + " за І півріччя 2013 року</b></p>"
                    + table_html(["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"], rows), "Інформація", "10pt")
    doc = office("pa01_ekonomika", "doc", html)
    text = ("Доброго вечора!\n\nПересилаю з дому, бо на роботі сьогодні не працювала пошта. Інформація за І півріччя 2013 р. "
            "у вкладенні, оригінал за підписом начальника передамо в понеділок.\n\n"
            "-- \nЗ повагою,\nОлена Ковальчук\nголовний спеціаліст відділу стратегічного планування\n"
            "Головного управління економіки облдержадміністрації\n050 417 22 93\n")
    html_b = ('<div dir="ltr">' + "<br>".join(esc(l) for l in text.split("\n")) + "</div>\n")
    alt = multipart("alternative", [
        Part(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"], b64(text.encode("utf-8"))),
        Part(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"], b64(html_b.encode("utf-8")))],
        bnd("gmail", tag, 1))
    v = ew(fname, "UTF-8", "B").replace(CRLF + " ", CRLF + "\t")
    a = attach(doc, MIME["doc"], 'name="%s"' % v, 'filename="%s"' % v, extra=["X-Attachment-Id: f_hhf0" + H(tag)[:6]])
    part = multipart("mixed", [alt, a], bnd("gmail", tag, 0))
    return envelope(tag, "gmail", "Олена Ковальчук", "olena.kovalchuk.1978@gmail.com",
                    "Інформація ГУЕ (Відкритий уряд) І півріччя 2013", when, part)


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Saturday mail from a private ukr.net box in KOI8-U base64; every district measure quoted in full as a heading with the answer under it; the district is named only in oblique cases; «Постійно.» under 7 and nothing under 9 say nothing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def pa02():
    tag = "pa02"
    when = kyiv("2012-12-15 12:40:18")
    ans = {1: "На офіційному веб-сайті райдержадміністрації створено рубрику \"Доступ до публічної інформації\", розміщено 37 розпоряджень голови райдержадміністрації та 6 проектів регуляторних актів.",
           6: "Протягом IV кварталу проведено 2 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік (11.12.2012) та зустріч з мешканцями смт Куликівка щодо водопостачання (22.11.2012).",
           7: "Постійно.",
           9: "",
           10: "Громадській раді при райдержадміністрації рекомендовано створити комісію з питань відкритості та прозорості (протокол засідання президії ради від 22.11.2012 N 6).",
           12: "Громадських експертиз у IV кварталі не проводилось."}
    t = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "Інформація Куликівської райдержадміністрації про виконання " + PLAN_TITLE + "\n\n")
    for n in (1, 6, 7, 9, 10, 12):
        t += "%d. %s\n%s\n\n" % (n, P[n], ans[n]) if ans[n] else "%d. %s\n\n" % (n, P[n])
    t += ("Головний спеціаліст відділу організаційної роботи апарату Куликівської райдержадміністрації М. Савчук\n"
          "(надсилаю з особистої скриньки, бо службова не працює)\n")
    part = text_part(koi(t), "plain", "koi8-u", "base64")
    return envelope(tag, "ukrnet", "Марина Савчук", "savchuk_marina@ukr.net",
                    "Інформація Куликівської РДА", when, part)


KEY = {"class": "personal_address", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian report from a private i.ua box; the district is named in the signature and the RTF; measures 6 and 12 translated in full as headings with answers; «1, 7, 9, 10 – выполняются» is a placeholder over a list.",
       "items": [{"measure": 6, "source": "Информация НС РГА.rtf"}, {"measure": 12, "source": "Информация НС РГА.rtf"}]}
@mail(KEY)
def pa03():
    tag = "pa03"
    when = kyiv("2013-12-11 16:50:27")
    fname = "Информация НС РГА.rtf"
    h = ("<p align=\"center\"><b>ИНФОРМАЦИЯ</b><br>Новгород-Северской районной государственной администрации о выполнении Плана "
         "мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области "
         "во II полугодии 2013 года</p>"
         "<p><b>6. %s</b></p><p>В течение II полугодия 2013 года проведено 2 общественных слушания: по проекту бюджета района на 2014 год (05.12.2013) "
         "и по проекту Программы развития туризма «Сиверский край» (17.09.2013), приняли участие 83 человека.</p>"
         "<p><b>12. %s</b></p><p>Общественной организацией «Сіверщина» проведена общественная экспертиза деятельности отдела "
         "образования райгосадминистрации; для реализации экспертных предложений разработано 5 мероприятий, утвержденных "
         "распоряжением главы РГА от 22.11.2013 № 318.</p>"
         "<p>1, 7, 9, 10 – выполняются.</p><p>&nbsp;</p><p>Заместитель главы РГА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.М. Рудь</p>"
         % (esc(RU[6].replace("N 996", "№ 996")), esc(RU[12])))
    rtf = office("pa03_ns", "rtf", doc_html(h, "Информация"))
    text = ("Добрый день.\nОтправляю информацию Новгород-Северской РГА с личного ящика, служебный не работает.\n\n"
            "С уважением, Виктор Гриценко,\nглавный специалист отдела организационной работы аппарата\n"
            "Новгород-Северской райгосадминистрации\n")
    part = multipart("mixed", [text_part(text, "plain", "windows-1251", "quoted-printable"),
                               att_2047(rtf, MIME["rtf"], fname, "windows-1251", "B")], bnd("web", tag))
    return envelope(tag, "iua", "Виктор Гриценко", "v.hrytsenko@i.ua", "информация Н-Северская РГА", when, part)


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Sent from another office's registered box (Управління у справах сім'ї…); the opening quotes measure 7 in full («на виконання пункту 7 Плану … щодо …») before the real answer; a second paragraph on the web page answers 1 without a number.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}]}
@mail(KEY)
def pa04():
    tag = "pa04"
    when = kyiv("2013-12-18 09:58:12")
    plain = ("Шановні колеги!\n\nЧерез технічні проблеми з поштою Служби надсилаємо з адреси управління у справах сім’ї, молоді та спорту.\n\n"
             "На виконання пункту 7 " + PLAN_TITLE + " щодо залучення до роботи дорадчо-консультативних органів при органах "
             "виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад, "
             "Служба у справах дітей облдержадміністрації повідомляє, що до складу Координаційної ради з питань захисту прав "
             "дітей при Службі у ІІ півріччі 2013 року включено 4 представників громадських організацій, у т.ч. голову "
             "благодійного фонду «Дитячі долі» – члена Громадської ради при облдержадміністрації.\n\n"
             "Крім того, на веб-сторінці Служби розміщено оновлений порядок усиновлення, перелік документів для "
             "встановлення опіки та контакти служб у справах дітей райдержадміністрацій.\n\n"
             "Начальник Служби у справах дітей облдержадміністрації\t\tН.І. Дорошенко\n")
    part = ol_alt(tag, plain, lines_html(plain), gen="Microsoft Word 12 (filtered medium)")
    return envelope(tag, "ol2007uk", "Управління сім'ї, молоді та спорту", "simia@example.gov.ua",
                    "Служба у справах дітей - інформація (Відкритий уряд)", when, part)


KEY = {"class": "personal_address", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A methodist of the retraining centre writes from meta.ua; the opening quotes measure 13 in full, the answer after it gives the two seminars held; the centre is named only in the oblique case.",
       "items": [{"measure": 13, "source": "body"}]}
@mail(KEY)
def pa05():
    tag = "pa05"
    when = kyiv("2013-02-27 15:24:33")
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "На виконання пункту 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
            "влади в області щодо проведення навчальних семінарів щодо використання інструментів політики сприяння "
            "розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за "
            "організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації "
            "з громадськістю, повідомляємо:\n\n"
            "12–13 лютого 2013 р. проведено семінар для заступників керівників структурних підрозділів облдержадміністрації "
            "(31 слухач), 19–20 лютого – для спеціалістів структурних підрозділів та райдержадміністрацій (44 слухачі). "
            "Матеріали семінарів (презентації, методичні рекомендації) розміщено на сайті центру.\n\n"
            "Методист відділу організації навчального процесу\nЧернігівського центру перепідготовки та підвищення кваліфікації "
            "працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій\n"
            "Л. Гончаренко\n")
    html = "<html><body><div style=\"font-family:Arial;font-size:13px\">" + "<br>".join(esc(l) for l in text.split("\n")) + "</div></body></html>"
    part = multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                     text_part(html, "html", "UTF-8", "quoted-printable")], bnd("web", tag))
    return envelope(tag, "metaua", "Леся Гончаренко", "goncharenko_l@meta.ua", "семінари п.13", when, part)


# =======================================================================================
# 8. mx — mixed
# =======================================================================================
KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The report first went to a mistyped address and bounced; the district forwards it as an attached message (message/rfc822) whose .doc quotes each measure in full with the answer under it; it never reached this mailbox before, so it counts whole.",
       "items": [{"measure": 1, "source": "Бахмацька РДА_відкритий уряд.doc"}, {"measure": 6, "source": "Бахмацька РДА_відкритий уряд.doc"},
                 {"measure": 7, "source": "Бахмацька РДА_відкритий уряд.doc"}, {"measure": 9, "source": "Бахмацька РДА_відкритий уряд.doc"}]}
@mail(KEY)
def mx01():
    tag = "mx01"
    when = kyiv("2012-12-14 09:12:50")
    inner_when = kyiv("2012-12-13 16:10:27")
    fname = "Бахмацька РДА_відкритий уряд.doc"
    ans = {1: "Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог постанови КМУ від 04.01.2002 № 3; у IV кварталі оновлено розділ «Регуляторна політика», розміщено 9 проектів регуляторних актів.",
           6: "Проведено 2 громадські слухання: щодо проекту районного бюджету на 2013 рік (05.12.2012) та щодо схеми санітарного очищення м. Бахмач (15.11.2012).",
           7: "До складу районної ради з питань безпечної життєдіяльності населення та координаційної ради з питань протидії ВІЛ-інфекції включено 3 представників громадських організацій.",
           9: "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови РДА «Про Програму підтримки сімейних форм виховання на 2013–2015 роки».",
           10: "—", 12: "Виконується."}
    h = ("<p align=\"center\"><b>Інформація Бахмацької районної державної адміністрації про виконання "
         + esc(PLAN_TITLE) + "</b></p>")
    for n in (1, 6, 7, 9, 10, 12):
        h += "<p><b>%d. %s</b></p><p style=\"text-indent:1cm\">%s</p>" % (n, esc(P[n]), esc(ans[n]))
    h += "<p>&nbsp;</p><p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.В. Сердюк</p>"
    doc = office("mx01_bakhmach", "doc", doc_html(h, "Інформація"))
    itext = ("Надаємо інформацію Бахмацької райдержадміністрації про виконання Плану заходів (Відкритий уряд) станом на 13.12.2012 (додається).\n\n"
             "Сектор з питань внутрішньої політики апарату Бахмацької РДА\n")
    ibody = ol_alt(tag + "i", itext, lines_html(itext), gen="Microsoft Word 12 (filtered medium)")
    ipart = ol_mixed(tag + "i", ibody, [att_2047(doc, MIME["doc"], fname)])
    ihs = ["From: " + ew("Бахмацька РДА", "windows-1251") + " <rda-bakhmach@example.gov.ua>",
           "To: <uvp@cg.ukrtel.net.ua>",
           "Subject: " + ew("Інформація Бахмацької РДА (Відкритий уряд)", "windows-1251"),
           "Date: " + email.utils.format_datetime(inner_when),
           "Message-ID: " + msgid("outlook", tag + "i", "rda-bakhmach@example.gov.ua", inner_when),
           "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 12.0", "Content-Language: uk"] + ipart.headers
    inner = (CRLF.join(ihs) + CRLF + CRLF).encode("ascii") + ipart.body
    fwd = Part(["Content-Type: message/rfc822", "Content-Disposition: attachment"], inner)
    otext = ("Доброго дня!\n\nВчора надсилали інформацію на адресу uvp@cg.ukrtel.net.ua (помилились в адресі), лист "
             "повернувся. Пересилаємо повторно, див. вкладений лист.\n\n"
             "Сектор з питань внутрішньої політики апарату Бахмацької РДА\nтел. (04635) 2-13-77\n")
    obody = ol_alt(tag, otext, lines_html(otext), gen="Microsoft Word 12 (filtered medium)")
    part = ol_mixed(tag, obody, [fwd])
    return envelope(tag, "ol2007uk", "Бахмацька РДА", "rda-bakhmach@example.gov.ua",
                    "FW: Інформація Бахмацької РДА (Відкритий уряд)", when, part)


KEY = {"class": "mixed", "executor": "rda-pryluky", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Late correction typed above the district's own earlier report, which is quoted below an Outlook header block; only the new text counts: a corrected 12 and a supplement on 9; «Решта без змін».",
       "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def mx02():
    tag = "mx02"
    when = kyiv("2013-06-17 10:44:06")
    earlier = ("Інформація Прилуцької райдержадміністрації про виконання Плану заходів за І півріччя 2013 року\n\n"
               "1. На офіційному веб-сайті райдержадміністрації оновлено розділ «Звернення громадян», розміщено 28 розпоряджень.\n"
               "6. Проведено громадські слухання щодо проекту Програми розвитку культури району (16.04.2013).\n"
               "7. До складу ради з питань розвитку підприємництва включено 2 членів громадської ради.\n"
               "9. Члени громадської ради залучались до обговорення проекту Програми розвитку культури району.\n"
               "10. Не проводились.\n"
               "12. Не проводились.\n\n"
               "Сектор з питань внутрішньої політики апарату Прилуцької РДА")
    new = ("Просимо внести уточнення до інформації, надісланої 14.06.2013:\n\n"
           "по п. 12 замість «Не проводились» читати: «27.05.2013 громадська антикорупційна експертиза проекту "
           "розпорядження голови райдержадміністрації «Про затвердження Положення про конкурсний відбір суб'єктів "
           "оціночної діяльності» проведена ГО «Прилуцький громадський контроль», 2 пропозиції враховано»;\n"
           "по п. 9 – додатково: члени громадської ради брали участь в обговоренні проекту Програми розвитку фізичної "
           "культури і спорту в районі на 2013–2016 роки (30.05.2013).\n\n"
           "Решта без змін.\n\nВибачте за незручності.\nЛ. Ярмоленко, сектор з питань внутрішньої політики апарату Прилуцької РДА")
    hdr = ("Від: Прилуцька РДА [mailto:rda-pryluky@example.gov.ua] \nНадіслано: 14 червня 2013 р. 15:20\n"
           "Кому: uvp@cg.ukrtel.net\nТема: Інформація Прилуцької РДА (Відкритий уряд)")
    plain = new + "\n\n________________________________\n" + hdr + "\n\n" + earlier + "\n"
    paras = (lines_html(new) + ["&nbsp;", "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
             "<p class=MsoNormal><b>Від:</b> Прилуцька РДА [mailto:rda-pryluky@example.gov.ua] <br><b>Надіслано:</b> 14 червня 2013 р. 15:20<br>"
             "<b>Кому:</b> uvp@cg.ukrtel.net<br><b>Тема:</b> Інформація Прилуцької РДА (Відкритий уряд)<o:p></o:p></p></div></div>", "&nbsp;"]
             + lines_html(earlier))
    part = ol_alt(tag, plain, paras)
    return envelope(tag, "ol2010uk", "Прилуцька РДА", "rda-pryluky@example.gov.ua",
                    "FW: Інформація Прилуцької РДА (Відкритий уряд) - уточнення", when, part)


KEY = {"class": "mixed", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Cover note answers measure 10 itself, the attached XLSX (five plan columns copied) answers 1, 6, 9; in the sheet «див. лист» under 10, «-» under 7 and «не проводились» under 12 say nothing.",
       "items": [{"measure": 1, "source": "Сосницька РДА_ІІ півріччя.xlsx"}, {"measure": 6, "source": "Сосницька РДА_ІІ півріччя.xlsx"},
                 {"measure": 9, "source": "Сосницька РДА_ІІ півріччя.xlsx"}, {"measure": 10, "source": "body"}]}
@mail(KEY)
def mx03():
    tag = "mx03"
    when = kyiv("2013-12-05 14:29:51")
    fname = "Сосницька РДА_ІІ півріччя.xlsx"
    st = {1: "Сайт райдержадміністрації переведено на новий шаблон, розміщено 118 матеріалів, з них 46 розпоряджень голови.",
          6: "Проведено громадські слухання щодо проекту бюджету району на 2014 рік (03.12.2013, 57 учасників).",
          7: "-",
          9: "Члени громадської ради залучались до обговорення проекту Програми розвитку туризму в Сосницькому районі на 2014–2017 роки.",
          10: "див. лист",
          12: "не проводились"}
    rows = [["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"]]
    rows += [[str(n), P[n], TERM[n], EXE[n], st[n]] for n in (1, 6, 7, 9, 10, 12)]
    xlsx = office("mx03_sosnytsia", "xlsx", rows)
    plain = ("Добрый день!\n\nп. 10 – громадській раді при райдержадміністрації рекомендовано створити у своєму складі "
             "робочу групу з питань відкритості та прозорості діяльності органу влади; робочу групу утворено (протокол "
             "засідання ради від 12.11.2013 № 4).\n\nІнформація щодо інших пунктів — у таблиці.\n\n"
             "С уважением,\nОльга Мірошниченко\nвідділ організаційної роботи апарату Сосницької РДА\n")
    body = ol_alt(tag, plain, lines_html(plain))
    part = ol_mixed(tag, body, [att_2047(xlsx, MIME["xlsx"], fname)])
    return envelope(tag, "ol2010ru", "Мірошниченко Ольга", "rda-sosnytsia@example.gov.ua",
                    "Сосницька РДА - Відкритий уряд ІІ півріччя 2013", when, part)


KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Two attachments answering different measures: the .doc quotes 1, 6, 9, 12 and sends 12 to the other file («Див. додаток»), the .xls (RFC 2231 windows-1251 name) has its own running numbers and answers 10 and 12; «не проводились» on 7 is bare.",
       "items": [{"measure": 1, "source": "Інформація РДА.doc"}, {"measure": 6, "source": "Інформація РДА.doc"},
                 {"measure": 9, "source": "Інформація РДА.doc"}, {"measure": 10, "source": "Експертизи_2012.xls"},
                 {"measure": 12, "source": "Експертизи_2012.xls"}]}
@mail(KEY)
def mx04():
    tag = "mx04"
    when = kyiv("2012-12-12 16:35:22")
    ans = {1: "На офіційному веб-сайті райдержадміністрації створено розділ «Публічна інформація», розміщено паспорти 7 районних програм.",
           6: "Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік (10.12.2012), 2 зустрічі з мешканцями сіл Кунашівка та Крути з питань газифікації.",
           9: "Члени громадської ради залучались до обговорення проекту розпорядження голови райдержадміністрації «Про районну Програму розвитку освіти на 2013–2015 роки».",
           12: "Див. додаток «Експертизи»."}
    h = "<p align=\"center\"><b>Інформація Ніжинської райдержадміністрації про виконання " + esc(PLAN_TITLE) + "</b></p>"
    for n in (1, 6, 9, 12):
        h += "<p><b>%d. %s</b></p><p>Стан виконання: %s</p>" % (n, esc(P[n]), esc(ans[n]))
    h += "<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.П. Гордієнко</p>"
    doc = office("mx04_nizhyn_doc", "doc", doc_html(h, "Інформація"))
    rows = [["Додаток. Громадські експертизи та робота громадської ради (2012 рік)", "", "", ""],
            ["№ з/п", "Пункт Плану", "Зміст", "Стан виконання"],
            ["1", "10", "Рекомендації громадській раді щодо створення комісії (робочої групи) з питань відкритості та прозорості", "Громадській раді рекомендовано створити робочу групу (лист від 01.10.2012 № 01-20/1977); робочу групу з 4 осіб створено 19.11.2012."],
            ["2", "12", "Громадські експертизи діяльності органів виконавчої влади", "ГО «Ніжинська громадська ініціатива» проведено громадську експертизу діяльності відділу з питань надання адміністративних послуг; за результатами розроблено 4 заходи, 2 з них виконано."],
            ["3", "7", "Залучення до дорадчо-консультативних органів", "не проводились"]]
    xls = office("mx04_nizhyn_xls", "xls", rows)
    text = ("Добрий день, uvp.\n\nНадсилаємо інформацію Ніжинської райдержадміністрації у двох файлах: основна "
            "інформація та додаток щодо експертиз.\n\n-- \nЗ повагою,\n сектор внутрішньої політики Ніжинської РДА"
            "                          mailto:rda-nizhyn@example.gov.ua\n")
    part = multipart("mixed", [text_part(wrap(text, 76), "plain", "windows-1251", "8bit"),
                               att_2047(doc, MIME["doc"], "Інформація РДА.doc", "windows-1251", "Q"),
                               att_2231(xls, MIME["xls"], "Експертизи_2012.xls", "windows-1251", name_2047=False)],
                     bnd("bat", tag))
    return envelope(tag, "bat5", "Ніжинська РДА", "rda-nizhyn@example.gov.ua",
                    "Відкритий уряд - Ніжинська РДА", when, part)


def tiny_png(w=48, h=48):
    """A small coat-of-arms-like PNG (blue over yellow) written with zlib only."""
    import struct
    import zlib
    raw = b""
    for y in range(h):
        raw += b"\x00" + ((b"\x00\x57\xb7" if y < h // 2 else b"\xff\xd7\x00") * w)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


KEY = {"class": "mixed", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML with an inline logo (multipart/related) and a plain twin labelled koi8-r though written in windows-1251; the table copies the plan's columns; one-word «Забезпечено» (1) and «Рекомендовано» (10) are ticks, «Виконується» (7) a placeholder.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY)
def mx05():
    tag = "mx05"
    when = kyiv("2013-06-13 12:07:14")
    st = {1: "Забезпечено",
          6: "Налагоджено. Протягом І півріччя проведено 4 консультації з громадськістю, у т.ч. громадські слухання щодо Програми соціально-економічного розвитку району на 2013 рік (21.02.2013).",
          7: "Виконується",
          9: "Члени громадської ради залучені до обговорення проекту розпорядження «Про затвердження районної програми «Питна вода» на 2013–2020 роки».",
          10: "Рекомендовано",
          12: "Громадська антикорупційна експертиза проекту Регламенту райдержадміністрації проведена ГО «Коропська громада» (висновок від 15.04.2013), 3 зауваження враховано."}
    header = ["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"]
    rows = [[str(n), P[n], TERM[n], EXE[n], st[n]] for n in (1, 6, 7, 9, 10, 12)]
    intro = "Інформація Коропської райдержадміністрації про виконання " + PLAN_TITLE + " за І півріччя 2013 року"
    sign = "З повагою,\nВіктор Бондаренко\nзавідувач сектору з питань внутрішньої політики\nапарату Коропської райдержадміністрації\nтел. (04656) 2-16-38"
    cid = "image001.png@01CE682B.3A5F1C70"
    plain = intro + "\n\n" + plain_table([header] + rows) + "\n\n" + sign + "\n\n[cid:%s]\n" % cid
    paras = (lines_html(intro) + ["&nbsp;", word_table(header, rows), "&nbsp;"] + lines_html(sign)
             + ['<img width=48 height=48 id="Picture_x0020_1" src="cid:%s" alt="Герб">' % cid])
    alt = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable", declared="koi8-r"),
                                    text_part(word_html(paras, "windows-1251"), "html", "windows-1251", "quoted-printable")],
                    bnd("outlook", tag, 2))
    img = Part(["Content-Type: image/png;%s\tname=\"image001.png\"" % CRLF, "Content-Description: image001.png",
                "Content-Disposition: inline;%s\tfilename=\"image001.png\"; size=%d" % (CRLF, len(tiny_png())),
                "Content-ID: <%s>" % cid, "Content-Transfer-Encoding: base64"], b64(tiny_png()))
    rel = multipart("related", [alt, img], bnd("outlook", tag, 1), params=';%s\ttype="multipart/alternative"' % CRLF)
    return envelope(tag, "ol2010uk", "Бондаренко Віктор", "rda-korop@example.gov.ua",
                    "Інформація Коропської РДА (Відкритий уряд)", when, rel)


# =======================================================================================
# Build and check
# =======================================================================================
PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges", "pr": "prose",
          "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}
KEY_FIELDS = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]
MISLABELLED = {"mx05"}  # the plain twin is declared koi8-r but written in windows-1251


def period_of(d):
    """(period, late) for a Kyiv-local date, or None."""
    deadlines = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
    if d < dt.date(2012, 9, 10):
        return None
    for i, dl in enumerate(deadlines, 1):
        if d <= dl:
            return (i, False)
        if d <= dl + dt.timedelta(days=3):
            return (i, True)
    return None


def filenames(msg):
    names = []
    for part in msg.walk():
        fn = decoded_filename(part)
        if fn:
            names.append(fn)
    return names


def decoded_filename(part):
    """The attachment's file name as a reader shows it (RFC 2231 or RFC 2047 decoded)."""
    import email.header
    fn = part.get_filename()
    if not fn:
        return None
    fn = str(fn)
    if "=?" in fn:
        fn = re.sub(r"\?=\s+=\?", "?==?", re.sub(r"\r?\n[ \t]+", " ", fn))
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def check(name, key, raw, plan):
    errs = []
    ids = {e["id"] for e in plan["executor"]}
    emails = {a.lower(): e["id"] for e in plan["executor"] for a in e.get("emails", [])}
    if list(key.keys()) != KEY_FIELDS:
        errs.append("key fields/order %r" % list(key.keys()))
    if key["class"] != PREFIX[name[:2]]:
        errs.append("class %s does not match prefix" % key["class"])
    if key["executor"] not in ids:
        errs.append("executor %s not in plan.toml" % key["executor"])
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs a reason and no items")
        if key["class"] != "not_report":
            errs.append("kind not_report outside class not_report")
    else:
        if key["kind"] != "report" or key["reason"] is not None:
            errs.append("report must have kind report and reason null")
        if not key["items"]:
            errs.append("report without items")
    its = [(i["measure"], i["source"]) for i in key["items"]]
    if its != sorted(set(its)):
        errs.append("items not sorted/unique")
    for i in key["items"]:
        if set(i) != {"measure", "source"} or not (1 <= i["measure"] <= 15):
            errs.append("bad item %r" % i)
    if not key["note"] or len(key["note"]) > 400:
        errs.append("note missing or too long")
    # the message itself
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if b"\r" in raw.replace(b"\r\n", b""):
        errs.append("bare CR")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[h] is None:
            errs.append("missing header " + h)
    if raw.split(b"\r\n", 1)[0].split(b":")[0] != b"Received":
        errs.append("Received is not the top header")
    if email.utils.parseaddr(msg["To"])[1].lower() != TO:
        errs.append("To is not " + TO)
    date = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    recv = email.utils.parsedate_to_datetime(msg["Received"].rsplit(";", 1)[1].strip()).astimezone(KYIV)
    if not (dt.date(2012, 1, 1) <= date.date() <= dt.date(2013, 12, 31)):
        errs.append("Date outside 2012-2013")
    if not (0 < (recv - date).total_seconds() <= 60 and recv.date() == date.date()):
        errs.append("Received not a few seconds after Date on the same Kyiv day")
    pl = period_of(date.date())
    if pl is None or pl != (key["period"], key["late"]):
        errs.append("period/late %r disagree with Date %s (%r)" % ((key["period"], key["late"]), date, pl))
    frm = email.utils.parseaddr(msg["From"])[1].lower()
    owner = emails.get(frm)
    if key["class"] == "personal_address":
        if owner == key["executor"]:
            errs.append("personal_address sent from the executor's own registered box")
    elif owner != key["executor"]:
        errs.append("From %s is not a registered address of %s" % (frm, key["executor"]))
    if frm == TO:
        errs.append("sender is the mailbox itself")
    # attachments
    names = filenames(msg)
    for i in key["items"]:
        if i["source"] != "body" and i["source"] not in names:
            errs.append("source %r not among attachments %r" % (i["source"], names))
    for part in msg.walk():
        if part.get_content_maintype() == "multipart" or part.get_content_type() == "message/rfc822":
            continue
        data = part.get_payload(decode=True) or b""
        fn = decoded_filename(part)
        if fn and len(data) >= 60 * 1024:
            errs.append("attachment %s is %d bytes" % (fn, len(data)))
        if part.get_content_type() == "application/pdf" and shutil.which("pdftotext"):
            tmp = WORK / "check.pdf"
            tmp.write_bytes(data)
            txt = subprocess.run(["pdftotext", str(tmp), "-"], capture_output=True).stdout.decode("utf-8", "replace")
            if len(txt.strip()) < 200:
                errs.append("PDF %s has no text layer" % fn)
        if part.get_content_maintype() == "text" and not fn:
            cs = part.get_content_charset()
            if name in MISLABELLED and cs == "koi8-r":
                data.decode("windows-1251")
                continue
            try:
                data.decode(cs)
            except Exception as e:  # noqa
                errs.append("text part does not decode as %s: %s" % (cs, e))
    return errs, msg


def main():
    plan = tomllib.loads(PLAN_TOML.read_text(encoding="utf-8"))
    WORK.mkdir(parents=True, exist_ok=True)
    ATT.mkdir(exist_ok=True)
    all_errs = []
    seen = set()
    stats = {"mails": 0, "items": 0, "by_class": {}, "by_measure": {}, "by_source": {}, "periods": {},
             "late": 0, "executors": {}, "clients": {}}
    for name, key, fn in MAILS:
        if name in seen:
            all_errs.append("%s: duplicate" % name)
        seen.add(name)
        raw = fn()
        (HERE / (name + ".eml")).write_bytes(raw)
        (HERE / (name + ".expected.json")).write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        errs, msg = check(name, key, raw, plan)
        all_errs += ["%s: %s" % (name, e) for e in errs]
        stats["mails"] += 1
        stats["items"] += len(key["items"])
        stats["by_class"][key["class"]] = stats["by_class"].get(key["class"], 0) + 1
        stats["periods"]["%d%s" % (key["period"], " late" if key["late"] else "")] = \
            stats["periods"].get("%d%s" % (key["period"], " late" if key["late"] else ""), 0) + 1
        stats["late"] += int(key["late"])
        stats["executors"][key["executor"]] = stats["executors"].get(key["executor"], 0) + 1
        cl = (msg["X-Mailer"] or msg["User-Agent"] or ("Gmail" if "gmail" in msg["Message-ID"] else "?"))
        stats["clients"][cl] = stats["clients"].get(cl, 0) + 1
        for i in key["items"]:
            stats["by_measure"][i["measure"]] = stats["by_measure"].get(i["measure"], 0) + 1
            kind = "body" if i["source"] == "body" else i["source"].rsplit(".", 1)[-1].lower()
            stats["by_source"][kind] = stats["by_source"].get(kind, 0) + 1
    if len(MAILS) != 40:
        all_errs.append("expected 40 mails, got %d" % len(MAILS))
    for p, c in PREFIX.items():
        if stats["by_class"].get(c) != 5:
            all_errs.append("class %s has %r mails" % (c, stats["by_class"].get(c)))
    for m in range(1, 16):
        if m not in stats["by_measure"]:
            all_errs.append("measure %d never appears as an item" % m)
    for f in sorted(HERE.glob("*.eml")):
        if f.stem not in seen:
            all_errs.append("stray file " + f.name)
    print(json.dumps({k: (dict(sorted(v.items(), key=lambda kv: str(kv[0]).zfill(3))) if isinstance(v, dict) else v)
                      for k, v in stats.items()}, ensure_ascii=False, indent=1))
    if all_errs:
        print("\n".join(all_errs))
        sys.exit(1)
    print("OK: %d mails, %d items, every key checked" % (stats["mails"], stats["items"]))


if __name__ == "__main__":
    main()
