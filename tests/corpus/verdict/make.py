#!/usr/bin/env python3
"""Build the "verdict" corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Every mail is assembled by hand below (headers, charsets, transfer encodings, file-name styles,
boundaries).  Office attachments are written here as HTML or CSV and converted once with
LibreOffice into attachments/; later runs reuse those files, so the .eml output is byte-identical
from run to run.  The answer key of every mail is the literal KEY written beside it, by hand.

Usage:  python3 make.py          (writes NAME.eml and NAME.expected.json next to this file)
"""
import base64
import binascii
import datetime as _dt
import email.policy
import email.utils
import hashlib
import json
import re
import os
import shutil
import struct
import subprocess
import sys
import textwrap
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
WORK = "/tmp/verdict-work"
LO_PROFILE = "file:///tmp/verdict-work/lo"

MAILBOX = "uvp@cg.ukrtel.net"
UVP = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
              "в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

# The plan's measures, verbatim (used only to quote zvit's reminders and receipts).
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
    16: "Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net).",
}


# ---------------------------------------------------------------- small helpers

def sha(name, salt=""):
    return hashlib.sha1((name + "|" + salt).encode("utf-8")).hexdigest()


def boundary(name, n=0, style="outlook"):
    h = sha(name, "b%d" % n)
    if style == "outlook":
        return "----=_NextPart_%03d_%s_%s.%s" % (n, h[:4].upper(), h[4:12].upper(), h[12:20].upper())
    if style == "tb":
        return "------------%s" % h[:24].upper()
    if style == "gmail":
        return h[:28]
    if style == "bat":
        return "----------%s" % h[:15].upper()
    if style == "rc":
        return "=_%s" % h[:32]
    return "_%03d_%s_" % (n, h[:20])


def kyiv_offset(utc):
    """Hours east of UTC in Kyiv for 2012-2013 (EET/EEST)."""
    u = utc.replace(tzinfo=None)
    if _dt.datetime(2012, 3, 25, 1) <= u < _dt.datetime(2012, 10, 28, 1):
        return 3
    if _dt.datetime(2013, 3, 31, 1) <= u < _dt.datetime(2013, 10, 27, 1):
        return 3
    return 2


def received_after(date_hdr, seconds):
    dt = email.utils.parsedate_to_datetime(date_hdr)
    utc = dt.astimezone(_dt.timezone.utc) + _dt.timedelta(seconds=seconds)
    tz = _dt.timezone(_dt.timedelta(hours=kyiv_offset(utc)))
    return email.utils.format_datetime(utc.astimezone(tz))


def received(date_hdr, seconds, helo, ip, idtag):
    return ("Received: from %s (%s [%s])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n"
            "\tfor <%s>; %s\n" % (helo, helo, ip, idtag, MAILBOX, received_after(date_hdr, seconds)))


def ew(s, cs="utf-8", enc="B", maxbytes=45):
    """RFC 2047 encoded words, folded.  cs is the MIME label; codec follows it."""
    codec = {"windows-1251": "cp1251", "koi8-u": "koi8_u", "koi8-r": "koi8_r"}.get(cs.lower(), cs)
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(codec)) > maxbytes:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(codec)
        if enc.upper() == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii")))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c.isascii() and (c.isalnum() or c in "!*+-/"):
                    q += c
                elif c == " ":
                    q += "_"
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)


def ew1(s, cs="utf-8", enc="B"):
    """One single (possibly over-long) encoded word, as Outlook puts into parameters."""
    return ew(s, cs, enc, maxbytes=10 ** 6)


def codec_of(cs):
    return {"windows-1251": "cp1251", "koi8-u": "koi8_u", "koi8-r": "koi8_r", "utf-8": "utf-8",
            "us-ascii": "ascii", "iso-8859-1": "latin-1"}.get(cs.lower(), cs)


def koi(s):
    """What a koi8 writer's keyboard gives: straight quotes, hyphens, N for the number sign."""
    for a, b in (("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("”", '"'), ("—", "-"), ("–", "-"),
                 ("’", "'"), ("№", "N"), ("•", "*")):
        s = s.replace(a, b)
    return s


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, istext=True)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def wrap(text, width=72):
    """Wrap paragraphs the way a mail client does; lines starting with '>' or containing tabs stay."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or "\t" in line or len(line) <= width:
            out.append(line)
        else:
            ind = len(line) - len(line.lstrip(" "))
            out.extend(textwrap.wrap(line, width=width, subsequent_indent=" " * ind,
                                     break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quote(text, prefix="> ", width=74):
    lines = []
    for line in wrap(text, width).split("\n"):
        lines.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(lines)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # str, each header ending in \n
        self.body = body        # bytes

    def raw(self):
        return self.headers.encode("ascii") + b"\n" + self.body


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", label=None, fold=False, extra="",
         codec=None):
    data = s.replace("\r\n", "\n").encode(codec or codec_of(cs))
    label = cs if label is None else label
    ct = "text/%s" % sub
    if label:
        ct += (";\n\tcharset=\"%s\"" % label) if fold else ("; charset=%s" % label)
    ct += extra
    return Part("Content-Type: %s\nContent-Transfer-Encoding: %s\n" % (ct, cte),
                encode_body(data, cte))


def multi(sub, parts, bnd, preamble="This is a multi-part message in MIME format.\n", extra="",
          fold=True):
    sep = ";\n\t" if fold else "; "
    h = "Content-Type: multipart/%s%sboundary=\"%s\"%s\n" % (sub, sep, bnd, extra)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"--" + bnd.encode("ascii") + b"\n" + p.raw()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + bnd.encode("ascii") + b"--\n"
    return Part(h, body)


def pct2231(s, cs="utf-8"):
    return urllib.parse.quote(s.encode(codec_of(cs)), safe="!#$&+-.^_`|~")


def attach(data, ctype, fname, style="ascii", cs="utf-8", disp="attachment", extra_headers=""):
    """An attachment with the file-name style a given mailer uses."""
    if style == "ascii":
        ct = '%s;\n\tname="%s"' % (ctype, fname)
        cd = '%s;\n\tfilename="%s"' % (disp, fname)
    elif style in ("2047b", "2047q"):
        w = ew1(fname, cs, style[-1].upper())
        ct = '%s;\n\tname="%s"' % (ctype, w)
        cd = '%s;\n\tfilename="%s"' % (disp, w)
    elif style == "2047b-split":  # gmail / i.ua: folded words inside the quotes
        w = ew(fname, cs, "B")
        ct = '%s; name="%s"' % (ctype, w)
        cd = '%s; filename="%s"' % (disp, w)
    elif style == "2231":  # Thunderbird: RFC 2231 with continuations, RFC 2047 name=
        enc = pct2231(fname, cs)
        pieces = [enc[i:i + 60] for i in range(0, len(enc), 60)]
        # never cut a %XX escape
        fixed, carry = [], ""
        for p in pieces:
            p = carry + p
            carry = ""
            cut = p.rfind("%", len(p) - 2)
            if cut != -1:
                carry, p = p[cut:], p[:cut]
            fixed.append(p)
        if carry:
            fixed.append(carry)
        ct = '%s;\n name="%s"' % (ctype, ew(fname, cs, "B").replace("\n ", "\n "))
        if len(fixed) == 1:
            cd = "%s;\n filename*=%s''%s" % (disp, cs.upper() if cs == "utf-8" else cs, fixed[0])
        else:
            seg = []
            for i, p in enumerate(fixed):
                if i == 0:
                    seg.append(" filename*0*=%s''%s" % (cs.upper() if cs == "utf-8" else cs, p))
                else:
                    seg.append(" filename*%d*=%s" % (i, p))
            cd = disp + ";\n" + ";\n".join(seg)
    elif style == "2231-only":  # RFC 2231 on both parameters, no continuation
        enc = pct2231(fname, cs)
        ct = "%s;\n\tname*=%s''%s" % (ctype, cs, enc)
        cd = "%s;\n\tfilename*=%s''%s" % (disp, cs, enc)
    else:
        raise ValueError(style)
    h = "Content-Type: %s\nContent-Transfer-Encoding: base64\n%sContent-Disposition: %s\n" % (
        ct, extra_headers, cd)
    return Part(h, base64.encodebytes(data))


def message(headers, top):
    """headers: list of (name, value) in order; value may contain folded lines.  top: Part."""
    out = ""
    for n, v in headers:
        out += "%s: %s\n" % (n, v)
    raw = out.encode("ascii") + top.headers.encode("ascii") + b"\n" + top.body
    return raw


def crlf(raw):
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- office attachments

FILTERS = {
    "docx": ("docx:MS Word 2007 XML", "HTML (StarWriter)"),
    "doc": ("doc:MS Word 97", "HTML (StarWriter)"),
    "odt": ("odt:writer8", "HTML (StarWriter)"),
    "rtf": ("rtf:Rich Text Format", "HTML (StarWriter)"),
    "pdf": ("pdf:writer_pdf_Export", "HTML (StarWriter)"),
    "xlsx": ("xlsx:Calc MS Excel 2007 XML", "CSV:59,34,76,1"),
    "xls": ("xls:MS Excel 97", "CSV:59,34,76,1"),
    "ods": ("ods:calc8", "CSV:59,34,76,1"),
}


def office(stem, fmt, source):
    """Return the bytes of attachments/<stem>.<fmt>; make it once from HTML (docs) or CSV (sheets)."""
    target = os.path.join(ATT, "%s.%s" % (stem, fmt))
    if os.path.exists(target):
        with open(target, "rb") as f:
            return f.read()
    os.makedirs(ATT, exist_ok=True)
    conv, infilter = FILTERS[fmt]
    src_ext = "csv" if infilter.startswith("CSV") else "html"
    tmpdir = os.path.join(WORK, "conv", stem)
    shutil.rmtree(tmpdir, ignore_errors=True)
    os.makedirs(tmpdir)
    src = os.path.join(tmpdir, "%s.%s" % (stem, src_ext))
    with open(src, "w", encoding="utf-8") as f:
        f.write(source)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--infilter=" + infilter, "--convert-to", conv, "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    made = os.path.join(tmpdir, "%s.%s" % (stem, fmt))
    shutil.copyfile(made, target)
    with open(target, "rb") as f:
        return f.read()


def html_doc(body, title="Документ"):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>\n'
            '<style>body{font-family:"Times New Roman";font-size:14pt} '
            'td,th{border:1px solid #000;vertical-align:top;padding:2pt;font-size:12pt} '
            'table{border-collapse:collapse}</style></head>\n<body>\n%s\n</body></html>\n' % (title, body))


def csv_rows(rows):
    out = []
    for r in rows:
        out.append(";".join('"%s"' % str(c).replace('"', '""') for c in r))
    return "\n".join(out) + "\n"


def tiny_png(w=48, h=48, seed=0):
    """A small deterministic PNG (the coat-of-arms stand-in in Word signatures)."""
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            inside = abs(x - w // 2) + abs(y - h // 2) < w // 2 - 2
            row += bytes((20, 60, 150) if inside else (255, 215, 0) if (x + y + seed) % 7 == 0 else (255, 255, 255))
        rows += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- zvit's own letters (quoted)

def reminder(executor, deadline, today, missing, overdue=False, partial=False):
    s = "Шановні колеги!\n\n"
    if overdue:
        s += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_TITLE))
    else:
        s += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s "
              "на адресу електронної пошти %s.\n\n" % (PLAN_TITLE, deadline, MAILBOX))
    if partial:
        s += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати "
              "відомості щодо пунктів, наведених нижче.\n" % today)
    else:
        s += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n"
              % (today, executor))
    for m in missing:
        s += "\n  %d. %s\n" % (m, M[m])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    s += ("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його "
          "недійсним.\n\nЗ повагою\n%s\n" % UVP)
    return s


def receipt(received_on, subject, executor, period, deadline, recognised, missing, late=False):
    s = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s%s.\n\n"
         % (UVP.replace("Управління", "Управління", 1), received_on, (" «%s»" % subject) if subject else ""))
    s += "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s)." % (executor, period, deadline)
    if late:
        s += "\nЛист надійшов після встановленого терміну; інформацію враховано як подану із запізненням."
    s += "\n\n"
    if recognised:
        s += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, ex in recognised:
            s += "  • пункт %d: %s\n" % (n, ex)
    else:
        s += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    s += "\n\n"
    if missing:
        s += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            s += "  %d. %s\n" % (m, M[m])
    else:
        s += ("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей період "
              "отримано. Дякуємо за співпрацю.")
    s += ("\n\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу "
          "%s.\n\nЗ повагою\n%s\n" % (MAILBOX, UVP))
    return s


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ================================================================= 1. placeholder

NAME = "ph01-bakhmach-xlsx"
KEY = {
    "class": "placeholder",
    "executor": "rda-bakhmach",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Outlook 2010 cover note plus an xlsx with a row for all 16 measures; only 1, 6, 7, 9 are "
            "filled, the rest carry «х», «—», «немає», an empty cell or a bare «Заходи не проводились».",
    "items": [
        {"measure": 1, "source": "Бахмацька РДА_Відкритий уряд.xlsx"},
        {"measure": 6, "source": "Бахмацька РДА_Відкритий уряд.xlsx"},
        {"measure": 7, "source": "Бахмацька РДА_Відкритий уряд.xlsx"},
        {"measure": 9, "source": "Бахмацька РДА_Відкритий уряд.xlsx"},
    ],
}


def build(name):
    rows = [
        ["№ з/п", "Найменування заходу", "Виконавці", "Інформація про виконання"],
        ["1", "Приведення до вимог законодавства наповнення та функціонування офіційних Інтернет-сайтів", "СП ОДА, РДА",
         "Офіційний веб-сайт райдержадміністрації (bakhmach-rda.gov.ua) приведено у відповідність до вимог постанови КМУ "
         "від 04.01.2002 № 3: створено розділ «Доступ до публічної інформації», новини оновлюються щотижня, "
         "розміщено 46 проектів регуляторних актів та розпоряджень голови РДА."],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "СП ОДА", "х"],
        ["3", "Веб-ресурс «Чернігівська громада»", "УВП, Громадська рада", "х"],
        ["4", "Інтернет-форум", "УВП, Громадська рада", "х"],
        ["5", "«Гаряча лінія» голови ОДА", "УВП, відділ звернень", "—"],
        ["6", "Консультації з громадськістю (постанова КМУ № 996)", "СП ОДА, РДА",
         "Проведено 5 консультацій з громадськістю: громадські обговорення проекту Програми соціально-економічного "
         "розвитку району на 2013 рік (15.11.2012) та проекту районного бюджету на 2013 рік (07.12.2012), "
         "3 засідання «круглого столу» з питань благоустрою населених пунктів."],
        ["7", "Залучення представників ІГС до дорадчо-консультативних органів", "СП ОДА, РДА",
         "До складу районної координаційної ради з питань місцевого самоврядування та районної комісії з питань "
         "техногенно-екологічної безпеки включено 4 представників громадських організацій, з них 2 — члени "
         "громадської ради при РДА."],
        ["8", "Голови комітетів Громадської ради у складі колегій", "СП ОДА", "х"],
        ["9", "Залучення членів громадських рад до обговорення проектів розпоряджень, програм", "СП ОДА, РДА",
         "Члени громадської ради при РДА взяли участь в обговоренні проектів розпоряджень голови РДА "
         "«Про затвердження районної програми підтримки сім'ї на 2013-2015 роки» та «Про організацію "
         "громадських робіт у 2013 році»."],
        ["10", "Комісія (робоча група) з питань відкритості та прозорості", "УВП, РДА", "немає"],
        ["11", "«Дні відкритих дверей»", "УВП", "х"],
        ["12", "Громадські експертизи", "СП ОДА, РДА", "Заходи не проводились"],
        ["13", "Навчальні семінари", "УВП, ЦППК", "х"],
        ["14", "Методичні посібники", "УВП", ""],
        ["15", "Громадське обговорення виконання заходів", "УВП", ""],
        ["16", "Надання інформації на uvp@cg.ukrtel.net", "СП ОДА, РДА", "Інформацію надано 12.12.2012"],
    ]
    xlsx = office("ph01", "xlsx", csv_rows(rows))
    plain = ("Доброго дня!\n\nНа виконання плану заходів з підвищення рівня відкритості та прозорості діяльності "
             "виконавчої влади в області надаємо інформацію Бахмацької райдержадміністрації (додається).\n\n"
             "Додаток: на 1 арк.\n\nЗ повагою,\nОксана Василенко,\nзагальний відділ апарату Бахмацької "
             "райдержадміністрації\nтел. (04635) 2-14-37\n")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>'
            '<p class=MsoNormal>Доброго дня!<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<p class=MsoNormal>На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності '
            'виконавчої влади в області надаємо інформацію Бахмацької райдержадміністрації (додається).<o:p></o:p></p>'
            '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Додаток: на 1 арк.<o:p></o:p></p>'
            '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>З повагою,<br>Оксана Василенко,<br>'
            'загальний відділ апарату Бахмацької райдержадміністрації<br>тел. (04635) 2-14-37<o:p></o:p></p>'
            '</div></body></html>\n')
    alt = multi("alternative", [text(plain, cs="windows-1251", fold=True), text(html, "html", cs="windows-1251", fold=True)],
                boundary(name, 1))
    top = multi("mixed", [alt, attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Бахмацька РДА_Відкритий уряд.xlsx", "2047b", "windows-1251")],
                boundary(name, 0))
    date = "Wed, 12 Dec 2012 10:17:43 +0200"
    return message([
        ("Received", received(date, 5, "mail.example.gov.ua", "10.40.1.12", "4B1C82A17D")[10:-1]),
        ("From", '"%s" <rda-bakhmach@example.gov.ua>' % ew("Бахмацька РДА", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew("Інформація щодо виконання плану заходів (Відкритий уряд)", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<000601cdd84a$%s$%s@example.gov.ua>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3YSlg" + sha(name)[:20]),
        ("Content-Language", "uk"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "ph02-osvita-docx"
KEY = {
    "class": "placeholder",
    "executor": "su-osvita",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Thunderbird, UTF-8 flowed body and a docx (RFC 2231 continued file name) with a row per owed measure; "
            "2 is «—» and 8 «не було», while 12 is a real answer that names what was not done.",
    "items": [
        {"measure": 1, "source": "Інформація_УОН_ВУ_І півріччя 2013.docx"},
        {"measure": 6, "source": "Інформація_УОН_ВУ_І півріччя 2013.docx"},
        {"measure": 7, "source": "Інформація_УОН_ВУ_І півріччя 2013.docx"},
        {"measure": 9, "source": "Інформація_УОН_ВУ_І півріччя 2013.docx"},
        {"measure": 12, "source": "Інформація_УОН_ВУ_І півріччя 2013.docx"},
    ],
}


def build(name):
    rows = [
        ("1", "Приведення інформаційного наповнення офіційних сайтів до вимог законодавства",
         "На офіційному веб-сайті управління (osvita.cn.gov.ua) функціонують розділи «Публічна інформація», "
         "«Звернення громадян», «Нормативна база»; у I півріччі 2013 року розміщено 212 інформаційних матеріалів "
         "та 9 проектів наказів."),
        ("2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "—"),
        ("6", "Консультації з громадськістю",
         "Проведено громадське обговорення проекту Положення про обласний етап конкурсу «Учитель року» (лютий 2013 р.) "
         "та електронні консультації щодо оптимізації мережі загальноосвітніх навчальних закладів Семенівського "
         "району (березень – квітень 2013 р., надійшло 37 пропозицій)."),
        ("7", "Залучення представників громадськості до дорадчо-консультативних органів",
         "До складу атестаційної комісії ІІ рівня та обласної ради з питань розвитку позашкільної освіти включено "
         "представників ГО «Батьківська ініціатива Чернігівщини» та обласної організації профспілки працівників освіти."),
        ("8", "Введення голів комітетів Громадської ради до складу колегій", "не було"),
        ("9", "Залучення членів громадських рад до обговорення проектів",
         "Члени громадської ради при облдержадміністрації (комітет з питань освіти, науки та молодіжної політики) "
         "залучалися до обговорення проекту обласної цільової програми «Шкільний автобус» на 2013 – 2015 роки; "
         "4 пропозиції враховано."),
        ("12", "Сприяння проведенню громадських експертиз",
         "Громадських антикорупційних експертиз проектів наказів управління у звітному періоді не проводилось, "
         "запитів від інститутів громадянського суспільства не надходило."),
    ]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
    body = ('<p align="right">Додаток<br>до листа управління освіти і науки<br>облдержадміністрації</p>\n'
            '<p align="center"><b>Інформація<br>управління освіти і науки облдержадміністрації про виконання Плану '
            'заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
            'за І півріччя 2013 року</b></p>\n'
            '<table width="100%%"><tr><th>№ п/п плану</th><th>Захід</th><th>Стан виконання</th></tr>\n%s</table>\n'
            '<p>&nbsp;</p><p>Заступник начальника управління &nbsp;&nbsp;&nbsp;&nbsp; В.А. Ярошенко</p>' % trs)
    docx = office("ph02", "docx", html_doc(body, "Інформація УОН"))
    plain = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Добрий день. Направляємо інформацію управління освіти і науки облдержадміністрації щодо \n"
             "виконання Плану заходів (Відкритий уряд) за I півріччя 2013 року.\n\n"
             "Додаток: на 2 арк.\n\n"
             "-- \nЛеся Кравчук\nпровідний спеціаліст відділу кадрової роботи\nуправління освіти і науки ОДА\n(0462) 67-53-18\n")
    top = multi("mixed", [text(plain, cs="UTF-8", cte="8bit", extra="; format=flowed", codec="utf-8"),
                          attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "Інформація_УОН_ВУ_І півріччя 2013.docx", "2231")],
                boundary(name, 0, "tb"), fold=False)
    date = "Thu, 13 Jun 2013 15:42:08 +0300"
    return message([
        ("Received", received(date, 3, "osvita-gw.example.gov.ua", "10.40.7.3", "9E0F2C4415")[10:-1]),
        ("Message-ID", "<51B9BE40.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "%s <osvita@example.gov.ua>" % ew("Леся Кравчук", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Інформація управління освіти і науки (Відкритий уряд), І півріччя", "UTF-8")),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "ph03-ripky-html"
KEY = {
    "class": "placeholder",
    "executor": "rda-ripky",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "HTML-only body (Outlook Express, windows-1251, base64) with a table of the six owed measures: "
            "7 says «немає», 10 is an empty cell, 12 is «х».",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 9, "source": "body"},
    ],
}


def build(name):
    rows = [
        ("1", "Інформаційне наповнення та функціонування офіційного веб-сайту",
         "Веб-сайт Ріпкинської РДА працює у штатному режимі, інформація оновлюється щоденно; створено підрозділ "
         "«Громадська рада» з протоколами засідань, розміщено графік особистого прийому громадян керівництвом РДА."),
        ("6", "Проведення консультацій з громадськістю",
         "27.11.2012 у смт Ріпки проведено публічне громадське обговорення проекту Програми соціально-економічного "
         "розвитку району на 2013 рік (58 учасників, 11 пропозицій)."),
        ("7", "Залучення представників ІГС до дорадчо-консультативних органів", "немає"),
        ("9", "Залучення членів громадських рад до обговорення проектів",
         "Члени громадської ради при РДА долучені до обговорення проекту розпорядження «Про районну програму "
         "«Питна вода» на 2013 – 2020 роки»."),
        ("10", "Рекомендації громадській раді щодо комісії з питань відкритості", "&nbsp;"),
        ("12", "Громадські експертизи", "х"),
    ]
    trs = "".join('<TR>\n<TD width=30>%s</TD>\n<TD width=220>%s</TD>\n<TD>%s</TD></TR>\n' % r for r in rows)
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<META content="MSHTML 6.00.2900.6287" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n'
            '<BODY bgColor=#ffffff>\n<DIV><FONT face=Arial size=2>Управління з питань внутрішньої політики '
            'та зв\'язків з громадськістю облдержадміністрації</FONT></DIV>\n<DIV>&nbsp;</DIV>\n'
            '<DIV><FONT face=Arial size=2>Надсилаємо інформацію Ріпкинської райдержадміністрації про хід '
            'виконання плану заходів «Відкритий уряд» станом на 14.12.2012.</FONT></DIV>\n<DIV>&nbsp;</DIV>\n'
            '<TABLE cellSpacing=0 cellPadding=2 border=1>\n<TR><TD><B>№</B></TD><TD><B>Назва заходу</B></TD>'
            '<TD><B>Виконання</B></TD></TR>\n%s</TABLE>\n<DIV>&nbsp;</DIV>\n'
            '<DIV><FONT face=Arial size=2>Головний спеціаліст відділу з питань внутрішньої політики, '
            'зв\'язків з громадськістю та засобами масової інформації РДА<BR>Т.О. Гордієнко, '
            'тел. 2-15-08</FONT></DIV></BODY></HTML>\n' % trs)
    top = text(html, "html", cs="windows-1251", cte="base64", fold=True)
    date = "Fri, 14 Dec 2012 16:55:21 +0200"
    return message([
        ("Received", received(date, 6, "rda-ripky.example.gov.ua", "10.40.22.5", "C3A97E0F12")[10:-1]),
        ("Message-ID", "<%s$%s@ripky>" % (sha(name)[:12].upper(), sha(name)[12:16])),
        ("From", '"%s" <rda-ripky@example.gov.ua>' % ew1("Ріпкинська РДА", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew("Ріпкинська РДА - звіт Відкритий уряд", "windows-1251", "B")),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "ph04-zhkh-pasted"
KEY = {
    "class": "placeholder",
    "executor": "su-zhkh",
    "period": 3,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Rows pasted from Excel into a koi8-u plain body (The Bat!), tab-separated: number, short title, "
            "answer; 6 «-», 8 «не було», 9 «—», 12 «Не було» are placeholders.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 2, "source": "body"},
        {"measure": 7, "source": "body"},
    ],
}


def build(name):
    body = ("Добрий день!\n\n"
            "Інформація управління ЖКГ облдержадміністрації до плану заходів «Відкритий уряд» за II півріччя "
            "(скопійовано з нашої таблиці):\n\n"
            "1\tПриведення сайтів у відповідність\tНа сторінці управління на офіційному сайті ОДА оновлено розділи "
            "«Тарифи» та «Програми»; щомісяця публікуються дані про стан розрахунків за спожиті енергоносії\n"
            "2\tРубрики цільових програм, бюджетів\tУ рубриці «Хід виконання цільових програм» розміщено звіти про "
            "виконання програми «Питна вода Чернігівщини» та програми реформування ЖКГ за 9 місяців 2013 р.\n"
            "6\tКонсультації з громадськістю\t-\n"
            "7\tДорадчо-консультативні органи\tДо складу обласної комісії з питань забезпечення житлом та регіональної "
            "ради з питань енергоефективності введено по одному представнику ГО «Спілка споживачів комунальних послуг»\n"
            "8\tКолегія\tне було\n"
            "9\tОбговорення проектів\t—\n"
            "12\tГромадські експертизи\tНе було\n\n"
            "Якщо треба у форматі Excel - перешлю.\n\n"
            "-- \nЗ повагою,\n Сергій Бондар\n управління ЖКГ ОДА, (0462) 67-50-21\n")
    top = text(koi(body), cs="koi8-u", cte="8bit")
    date = "Tue, 10 Dec 2013 11:03:52 +0200"
    return message([
        ("Received", received(date, 4, "zhkh.example.gov.ua", "10.40.11.9", "1F77D0A9B3")[10:-1]),
        ("Date", date),
        ("From", "=?koi8-u?B?" + base64.b64encode("Сергій Бондар".encode("koi8_u")).decode() + "?= <zhkh@example.gov.ua>"),
        ("X-Mailer", "The Bat! (v3.99.3) Professional"),
        ("Reply-To", "=?koi8-u?B?" + base64.b64encode("Сергій Бондар".encode("koi8_u")).decode() + "?= <zhkh@example.gov.ua>"),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<%s.20131210110352@example.gov.ua>" % sha(name)[:10]),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Відкритий уряд - УЖКГ", "koi8-u", "B")),
        ("MIME-Version", "1.0"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "ph05-korop-xls"
KEY = {
    "class": "placeholder",
    "executor": "rda-korop",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Outlook 2003, an .xls (RFC 2047 name in windows-1251) with all 16 rows; 7 is a bare «Заходи не "
            "проводились», 9 «-», other non-district rows «х», 16 «+».",
    "items": [
        {"measure": 1, "source": "Коропська РДА червень 2013.xls"},
        {"measure": 6, "source": "Коропська РДА червень 2013.xls"},
        {"measure": 10, "source": "Коропська РДА червень 2013.xls"},
        {"measure": 12, "source": "Коропська РДА червень 2013.xls"},
    ],
}


def build(name):
    rows = [["№", "Відповідальні", "Інформація про виконання"],
            ["1", "СП ОДА, РДА",
             "Інформаційне наповнення веб-сайту райдержадміністрації здійснюється відповідно до розпорядження голови РДА "
             "від 21.01.2013 № 14; у І півріччі розміщено 318 матеріалів, оприлюднено 27 розпоряджень."],
            ["2", "СП ОДА", "х"], ["3", "УВП", "х"], ["4", "УВП", "х"], ["5", "УВП", "х"],
            ["6", "СП ОДА, РДА",
             "Проведено 3 консультації з громадськістю: щодо програми розвитку малого підприємництва (березень), "
             "оптимізації мережі фельдшерсько-акушерських пунктів (квітень), благоустрою смт Короп (травень)."],
            ["7", "СП ОДА, РДА", "Заходи не проводились"],
            ["8", "СП ОДА", "х"],
            ["9", "СП ОДА, РДА", "-"],
            ["10", "УВП, РДА",
             "При громадській раді при райдержадміністрації утворено робочу групу з питань відкритості та прозорості "
             "діяльності органів влади у складі 5 осіб (протокол засідання ГР від 19.03.2013 № 2)."],
            ["11", "УВП", "х"],
            ["12", "СП ОДА, РДА",
             "Громадська антикорупційна експертиза проекту розпорядження «Про затвердження Порядку надання "
             "одноразової матеріальної допомоги» проведена ГО «Коропщина — наш дім», 2 зауваження враховано."],
            ["13", "УВП, ЦППК", "х"], ["14", "УВП", "х"], ["15", "УВП", "х"], ["16", "СП ОДА, РДА", "+"]]
    xls = office("ph05", "xls", csv_rows(rows))
    plain = ("Коропська райдержадміністрація надсилає інформацію про хід виконання плану заходів щодо відкритості та "
             "прозорості влади станом на 14.06.2013.\n\nДодаток: 1 файл.\n\n"
             "Завідувач сектору з питань внутрішньої політики\nКузьменко Г.П.\nтел. 2-11-94\n")
    top = multi("mixed", [text(plain, cs="windows-1251", fold=True),
                          attach(xls, "application/vnd.ms-excel", "Коропська РДА червень 2013.xls", "2047b",
                                 "windows-1251")],
                boundary(name, 0))
    date = "Fri, 14 Jun 2013 09:12:30 +0300"
    return message([
        ("Received", received(date, 2, "korop-rda.example.gov.ua", "10.40.18.2", "77AB0C13E9")[10:-1]),
        ("From", '"%s" <rda-korop@example.gov.ua>' % ew1("Коропська РДА", "windows-1251", "Q")),
        ("To", '"%s" <uvp@cg.ukrtel.net>' % ew1("УВП ОДА", "windows-1251", "Q")),
        ("Subject", ew1("звіт", "windows-1251", "Q")),
        ("Date", date),
        ("Message-ID", "<000001ce68c6$%s$%s@koroprda>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac5oxqT" + sha(name)[20:36]),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931"),
    ], top)


MAILS.append((NAME, KEY, build))

# ================================================================= 2. bottom_post

def split_reminder(full, missing):
    """(head, [item chunks], tail) of a reminder, so replies can answer between its items."""
    cut = [full.index("\n  %d. " % m) for m in missing]
    tail_at = full.index("\nДля зручності")
    head = full[:cut[0]].rstrip("\n")
    items = []
    for i, c in enumerate(cut):
        end = cut[i + 1] if i + 1 < len(cut) else tail_at
        items.append(full[c:end].strip("\n"))
    return head, items, full[tail_at:].strip("\n")


NAME = "bp01-nosivka-interleaved"
KEY = {
    "class": "bottom_post",
    "executor": "rda-nosivka",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Thunderbird reply that answers between the «> » quoted items of zvit's reminder; 7 gets a bare «—», "
            "12 is answered by a denial standing under its quoted item.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 9, "source": "body"},
        {"measure": 10, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    missing = [1, 6, 7, 9, 10, 12]
    rem = reminder("Носівська районна державна адміністрація", "15.12.2012", "10.12.2012", missing)
    head, items, tail = split_reminder(rem, missing)
    answers = {
        1: "Розділ «Публічна інформація» на сайті РДА доповнено переліком наборів даних, звітами про\n"
           "використання бюджетних коштів за 9 місяців; щодня оновлюється стрічка новин.",
        6: "Проведено консультації з громадськістю: 16.11.2012 - щодо проекту Програми\n"
           "соціально-економічного розвитку району на 2013 рік, 30.11.2012 - зустріч з\n"
           "підприємцями щодо розміщення торговельних місць у м. Носівка (29 учасників).",
        7: "—",
        9: "Члени громадської ради при РДА обговорили проект районної програми «Молодь Носівщини»\n"
           "на 2013-2017 роки, 3 пропозиції внесено до проекту.",
        10: "Робоча група з питань відкритості та прозорості діє у складі громадської ради при РДА\n"
            "з жовтня 2011 року, у листопаді склад оновлено (5 осіб).",
        12: "Протягом звітного періоду громадських експертиз не проводилось.",
    }
    body = "10.12.2012 9:00, Управління з питань внутрішньої політики пише:\n" + quote(head) + "\n"
    for m, chunk in zip(missing, items):
        body += ">\n" + quote(chunk) + "\n\n" + answers[m] + "\n\n"
    body += quote(tail) + "\n\n-- \nО. Ткаченко\nвідділ організаційної роботи Носівської РДА\n(04642) 2-10-55\n"
    top = text(body, cs="UTF-8", cte="8bit", extra="; format=flowed", codec="utf-8")
    date = "Tue, 11 Dec 2012 14:27:09 +0200"
    return message([
        ("Received", received(date, 3, "nosivka.example.gov.ua", "10.40.20.7", "2D9B31E07A")[10:-1]),
        ("Message-ID", "<50C72685.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "%s <rda-nosivka@example.gov.ua>" % ew("Носівська РДА", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),
        ("MIME-Version", "1.0"),
        ("To", "=?UTF-8?B?%s?= <uvp@cg.ukrtel.net>" % base64.b64encode(
            "Управління з питань внутрішньої політики".encode()).decode()),
        ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "UTF-8")),
        ("References", "<zvit.reminder.1.rda-nosivka.20121210@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.1.rda-nosivka.20121210@cg.ukrtel.net>"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "bp02-kultura-outlook-ua"
KEY = {
    "class": "bottom_post",
    "executor": "su-kultura",
    "period": 2,
    "late": True,
    "kind": "report",
    "reason": None,
    "note": "Outlook 2010 (Ukrainian) reply to an overdue reminder: the quote has no «>» marks, answers are typed "
            "under each quoted item (blue in HTML, «Інформація:» in plain); 12 is «не стосується»; sent 17.06.",
    "items": [
        {"measure": 2, "source": "body"},
        {"measure": 8, "source": "body"},
    ],
}


def build(name):
    missing = [2, 8, 12]
    rem = reminder("Управління культури і туризму облдержадміністрації", "15.06.2013", "16.06.2013", missing,
                   overdue=True)
    head, items, tail = split_reminder(rem, missing)
    ans = {
        2: "13.06.2013 у рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації "
           "розміщено звіт про виконання обласної програми розвитку культури і туризму на 2012–2016 роки за 2012 рік "
           "та І квартал 2013 року.",
        8: "Голову комітету з питань гуманітарної політики Громадської ради при облдержадміністрації Ковтуна Р.І. "
           "введено до складу колегії управління (наказ від 22.04.2013 № 87-ос); зміни до Положення про управління "
           "не потребувались.",
        12: "Не стосується.",
    }
    top_note = ("Доброго дня!\nІнформація управління культури і туризму облдержадміністрації — у тексті листа нижче, "
                "після відповідних пунктів. Просимо вибачити за затримку.\n\nЗ повагою,\nГалина Приходько\n"
                "провідний спеціаліст відділу організаційно-аналітичної роботи\nтел. 67-38-70\n")
    orig_hdr = ("Від: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] \n"
                "Надіслано: 16 червня 2013 р. 9:00\nКому: kultura@example.gov.ua\n"
                "Тема: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»\n")
    plain = top_note + "\n" + orig_hdr + "\n" + head + "\n"
    for m, chunk in zip(missing, items):
        plain += "\n" + chunk + "\n\nІнформація: " + ans[m] + "\n"
    plain += "\n" + tail + "\n"

    def p(t):
        return "<p class=MsoNormal>%s<o:p></o:p></p>\n" % t.replace("\n", "<br>\n")
    blue = "<p class=MsoNormal><b><span style='color:#1F497D'>%s</span></b><o:p></o:p></p>\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"></head>\n'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
            + "".join("<p class=MsoNormal><span style='color:#1F497D'>%s<o:p></o:p></span></p>\n" % l
                      for l in top_note.split("\n") if l)
            + "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            + "<p class=MsoNormal><b>Від:</b> Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] <br>"
              "<b>Надіслано:</b> 16 червня 2013 р. 9:00<br><b>Кому:</b> kultura@example.gov.ua<br>"
              "<b>Тема:</b> Нагадування: інформація про виконання Плану заходів «Відкритий уряд»<o:p></o:p></p></div>\n"
            + "".join(p(x) for x in head.split("\n\n")))
    for m, chunk in zip(missing, items):
        html += p(chunk.strip()) + blue % ans[m]
    html += "".join(p(x) for x in tail.split("\n\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="windows-1251", fold=True),
                                text(html, "html", cs="windows-1251", fold=True)], boundary(name, 0))
    date = "Mon, 17 Jun 2013 10:05:44 +0300"
    return message([
        ("Received", received(date, 7, "kultura.example.gov.ua", "10.40.5.14", "5AA01B7C3D")[10:-1]),
        ("From", '"%s" <kultura@example.gov.ua>' % ew1("Управління культури і туризму", "windows-1251")),
        ("To", '"%s" <uvp@cg.ukrtel.net>' % ew1("Управління з питань внутрішньої політики", "windows-1251")),
        ("References", "<zvit.reminder.2.su-kultura.20130616@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.2.su-kultura.20130616@cg.ukrtel.net>"),
        ("Subject", ew("RE: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<002a01ce6b37$%s$%s@gov.ua>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "AQHOangbx" + sha(name)[16:30]),
        ("Content-Language", "uk"),
    ], alt)


MAILS.append((NAME, KEY, build))


NAME = "bp03-zvernennia-outlook-ru"
KEY = {
    "class": "bottom_post",
    "executor": "zvernennia",
    "period": 3,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Russian-language Outlook reply written below a quoted receipt (\"-----Original Message-----\", no "
            "«>»); the quoted receipt lists measure 5 as still owed, the new text below answers it in Russian.",
    "items": [
        {"measure": 5, "source": "body"},
    ],
}


def build(name):
    rec = receipt("09.12.2013 16:05", "Информация отдела", "Відділ роботи із зверненнями громадян апарату "
                  "облдержадміністрації", 3, "15.12.2013", [], [5])
    plain = ("См. ниже.\n\n-----Original Message-----\nFrom: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
             "Sent: Monday, December 09, 2013 4:12 PM\nTo: zvernennia@example.gov.ua\n"
             "Subject: Підтвердження отримання: Информация отдела\n\n" + rec +
             "\n\n\nПо п. 5 Плана сообщаем.\n\n"
             "«Горячая линия» председателя облгосадминистрации работает ежедневно в рабочие дни с 9.00 до 18.00 "
             "по тел. 15-45 (бесплатно с городских телефонов области). За период с 16.06.2013 по 06.12.2013 "
             "поступило 1942 обращения, из них 1611 решены положительно или даны разъяснения, 331 находится на "
             "контроле. Обобщенная информация еженедельно докладывается председателю облгосадминистрации, "
             "ежемесячно размещается на официальном веб-сайте.\n\n"
             "Начальник отдела по работе с обращениями граждан\nаппарата облгосадминистрации          И.В. Марченко\n"
             "тел. 67-51-02\n")
    top = text(plain, cs="windows-1251", fold=True)
    date = "Tue, 10 Dec 2013 09:47:30 +0200"
    return message([
        ("Received", received(date, 3, "zvernennia.example.gov.ua", "10.40.2.20", "E5C19A7B00")[10:-1]),
        ("From", '"%s" <zvernennia@example.gov.ua>' % ew1("Отдел обращений граждан", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("References", "<zvit.receipt.3.zvernennia.20131209@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.receipt.3.zvernennia.20131209@cg.ukrtel.net>"),
        ("Subject", ew1("RE: Підтвердження отримання: Информация отдела", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<000b01cef578$%s$%s@zvern>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac71eEJ" + sha(name)[:18]),
        ("Content-Language", "ru"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "bp04-sribne-webmail"
KEY = {
    "class": "bottom_post",
    "executor": "rda-sribne",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Roundcube reply below a <blockquote> of a partial reminder (7, 9, 12); 7 is answered, 12 by a "
            "denial with the plan's word (експертиз), 9 only gets a promise of information later.",
    "items": [
        {"measure": 7, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    missing = [7, 9, 12]
    rem = reminder("Срібнянська районна державна адміністрація", "15.06.2013", "11.06.2013", missing, partial=True)
    reply = [
        "Доповідаємо додатково.",
        "До складу районної комісії з питань захисту прав дитини та районної ради з питань розвитку "
        "підприємництва включено двох представників ГО «Срібнянська ініціатива» — членів громадської ради при "
        "райдержадміністрації (п. 7).",
        "Громадських експертиз у І півріччі 2013 року не проводилось, запитів від інститутів громадянського "
        "суспільства не надходило.",
        "Щодо п. 9 — інформацію надамо після засідання громадської ради 20.06.2013.",
        "З повагою,<br>Ю. Давиденко, сектор з питань внутрішньої політики Срібнянської РДА",
    ]
    plain = ("11.06.2013 09:00, uvp@cg.ukrtel.net написав:\n" + quote(rem, width=74) + "\n\n"
             + "\n\n".join(wrap(r.replace("<br>", "\n"), 76) for r in reply) + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>11.06.2013 09:00, uvp@cg.ukrtel.net написав:</p>\n'
            '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
            + "".join("<p>%s</p>\n" % x.replace("\n", "<br />") for x in rem.strip().split("\n\n"))
            + "</blockquote>\n<p>&nbsp;</p>\n" + "".join("<p>%s</p>\n" % r for r in reply) + "</body></html>\n")
    alt = multi("alternative", [text(plain, cs="UTF-8", extra="; format=flowed"), text(html, "html", cs="UTF-8")],
                boundary(name, 0, "rc"), preamble="", fold=False)
    date = "Wed, 12 Jun 2013 13:20:05 +0300"
    return message([
        ("Received", received(date, 2, "webmail.example.gov.ua", "10.40.21.30", "0C5E7D19F2")[10:-1]),
        ("MIME-Version", "1.0"),
        ("Date", date),
        ("From", "rda-sribne@example.gov.ua"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "UTF-8", "Q")),
        ("In-Reply-To", "<zvit.reminder.2.rda-sribne.20130611@cg.ukrtel.net>"),
        ("References", "<zvit.reminder.2.rda-sribne.20130611@cg.ukrtel.net>"),
        ("Message-ID", "<%s@example.gov.ua>" % sha(name)[:32]),
        ("X-Sender", "rda-sribne@example.gov.ua"),
        ("User-Agent", "Roundcube Webmail/0.8.4"),
    ], alt)


MAILS.append((NAME, KEY, build))


NAME = "bp05-uvp-thebat-koi8"
KEY = {
    "class": "bottom_post",
    "executor": "uvp",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "УВП's own sector (registered uvp-info box) answers its reminder in The Bat!, koi8-u quoted-printable, "
            "between «> » quoted items; 4 and 15 get only plans, 10 a dash.",
    "items": [
        {"measure": 3, "source": "body"},
        {"measure": 5, "source": "body"},
        {"measure": 11, "source": "body"},
        {"measure": 13, "source": "body"},
        {"measure": 14, "source": "body"},
    ],
}


def build(name):
    missing = [3, 4, 5, 10, 11, 13, 14, 15]
    rem = reminder(UVP, "15.12.2012", "10.12.2012", missing)
    head, items, tail = split_reminder(rem, missing)
    ans = {
        3: "Веб-ресурс \"Чернігівська громада\" (gromada.cn.ua) запущено 28.11.2012, наповнення здійснюють\n"
           "управління та громадська рада; станом на 12.12.2012 зареєстровано 94 користувачі.",
        4: "Форум планується відкрити у І кварталі 2013 року, відповідно до терміну плану.",
        5: "\"Гаряча лінія\" голови ОДА працює щоденно спільно з відділом роботи із зверненнями громадян;\n"
           "за жовтень-листопад надійшло 612 дзвінків.",
        10: "-",
        11: "День відкритих дверей управління проведено 07.11.2012 для представників 12 громадських\n"
            "організацій та 6 редакцій ЗМІ.",
        13: "Семінар для заступників керівників структурних підрозділів, відповідальних за консультації з\n"
            "громадськістю, проведено 22.11.2012 на базі Центру перепідготовки та підвищення кваліфікації\n"
            "(31 слухач).",
        14: "Методичний посібник \"Консультації з громадськістю: покроковий порадник\" підготовлено та\n"
            "передано до друку, наклад 150 прим.",
        15: "Обговорення виконання плану заплановано на засідання громадської ради у січні 2013 р.",
    }
    body = "Здравствуйте, Управління.\n\nВи писали 10 грудня 2012 р., 9:00:02:\n\n" + quote(head) + "\n"
    for m, chunk in zip(missing, items):
        body += ">\n" + quote(chunk) + "\n\n" + ans[m] + "\n\n"
    body += quote(tail) + "\n\n-- \nЗ повагою,\n Петро Литвиненко, сектор зв'язків з громадськістю УВП ОДА\n"
    top = text(koi(body), cs="koi8-u", cte="quoted-printable")
    date = "Thu, 13 Dec 2012 17:48:31 +0200"
    return message([
        ("Received", received(date, 4, "uvp-info.example.gov.ua", "10.40.1.2", "BB0193F6A4")[10:-1]),
        ("Date", date),
        ("From", "=?koi8-u?B?%s?= <uvp-info@example.gov.ua>" % base64.b64encode(
            "Петро Литвиненко".encode("koi8_u")).decode()),
        ("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
        ("Reply-To", "uvp-info@example.gov.ua"),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<%s.20121213174831@example.gov.ua>" % sha(name)[:10]),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew(koi("Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»"), "koi8-u")),
        ("In-Reply-To", "<zvit.reminder.1.uvp.20121210@cg.ukrtel.net>"),
        ("References", "<zvit.reminder.1.uvp.20121210@cg.ukrtel.net>"),
        ("MIME-Version", "1.0"),
    ], top)


MAILS.append((NAME, KEY, build))


# ================================================================= 3. not_report

NAME = "nr01-cppk-invitation-ics"
KEY = {
    "class": "not_report",
    "executor": "cppk",
    "period": 1,
    "late": False,
    "kind": "not_report",
    "reason": "invitation",
    "note": "Outlook meeting request (text/plain, text/html and text/calendar METHOD:REQUEST) inviting УВП to a "
            "seminar that the centre will hold on 05.12.2012; a future seminar is no report on measure 13.",
    "items": [],
}


def ical_fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur)
            cur = b
        else:
            cur += b
    out.append(cur)
    return b"\n ".join(out).decode("utf-8")


def build(name):
    desc = ("Шановні колеги! Чернігівський центр перепідготовки та підвищення кваліфікації запрошує представника "
            "Вашого управління взяти участь у навчальному семінарі «Консультації з громадськістю: інструменти та "
            "практика» для заступників керівників структурних підрозділів облдержадміністрації. Початок о 10:00, "
            "реєстрація з 9:30. Просимо підтвердити участь до 03.12.2012 за тел. 676-105.")
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Центр перепідготовки (ЦППК)\":MAILTO:cppk@example.gov.ua",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net",
        "DESCRIPTION;LANGUAGE=uk-UA:" + desc.replace(",", "\\,").replace(";", "\\;"),
        "SUMMARY;LANGUAGE=uk-UA:Семінар «Консультації з громадськістю: інструменти та практика»",
        "DTSTART;TZID=FLE Standard Time:20121205T100000", "DTEND;TZID=FLE Standard Time:20121205T150000",
        "UID:040000008200E00074C5B7101A82E008000000%s" % sha(name)[:30].upper(),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20121126T093000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=uk-UA:м. Чернігів\\, вул. Шевченка\\, 48\\, ауд. 21",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = "\n".join(ical_fold(l) for l in ics_lines) + "\n"
    plain = ("Коли: 5 грудня 2012 р. 10:00-15:00. (UTC+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс.\n"
             "Де: м. Чернігів, вул. Шевченка, 48, ауд. 21\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n\n"
             "З повагою\nметодист ЦППК Світлана Гребенюк\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<p><b>Коли:</b> 5 грудня 2012 р. 10:00-15:00. (UTC+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс.<br>"
            "<b>Де:</b> м. Чернігів, вул. Шевченка, 48, ауд. 21</p><p>*~*~*~*~*~*~*~*~*~*</p>\n<p>%s</p>\n"
            "<p>З повагою<br>методист ЦППК Світлана Гребенюк</p></body></html>\n" % desc)
    alt = multi("alternative", [text(plain, cs="utf-8", fold=True), text(html, "html", cs="utf-8", fold=True),
                                text(ics, "calendar", cs="utf-8", cte="base64", fold=True, extra=";\n\tmethod=REQUEST")],
                boundary(name, 0))
    date = "Mon, 26 Nov 2012 11:30:00 +0200"
    return message([
        ("Received", received(date, 5, "cppk.example.gov.ua", "10.40.3.8", "A1B2C3D4E5")[10:-1]),
        ("From", "\"%s\" <cppk@example.gov.ua>" % ew1("ЦППК, Гребенюк С.", "utf-8")),
        ("To", "\"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>"),
        ("Subject", ew("Семінар «Консультації з громадськістю: інструменти та практика»", "utf-8")),
        ("Thread-Topic", ew("Семінар «Консультації з громадськістю: інструменти та практика»", "utf-8")),
        ("Date", date),
        ("Message-ID", "<%s@EXCH01.cppk.local>" % sha(name)[:24].upper()),
        ("Accept-Language", "uk-UA, ru-RU, en-US"),
        ("Content-Language", "uk-UA"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("MIME-Version", "1.0"),
    ], alt)


MAILS.append((NAME, KEY, build))


NAME = "nr02-pryluky-question"
KEY = {
    "class": "not_report",
    "executor": "rda-pryluky",
    "period": 2,
    "late": False,
    "kind": "not_report",
    "reason": "question",
    "note": "A short question whether measure 10 must be reported while the district's public council is not yet "
            "formed, and in which form; it names п. 10 but states no work.",
    "items": [],
}


def build(name):
    plain = ("Добрий день!\n\nПідкажіть, будь ласка: чи потрібно Прилуцькій РДА звітувати по п. 10 плану, якщо "
             "громадська рада при райдержадміністрації на сьогодні не сформована (установчі збори перенесено на "
             "липень)? І в якій формі надсилати — таблицею, як минулого разу, чи листом за підписом голови?\n\n"
             "Дякую.\n\nОлена Шевчук\nвідділ організаційної роботи апарату Прилуцької РДА\n(04637) 3-12-47\n")
    top = text(plain, cs="windows-1251", fold=True)
    date = "Mon, 03 Jun 2013 08:51:17 +0300"
    return message([
        ("Received", received(date, 2, "pryluky.example.gov.ua", "10.40.21.4", "6F3E2A1D0C")[10:-1]),
        ("From", '"%s" <rda-pryluky@example.gov.ua>' % ew1("Олена Шевчук", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("питання щодо звіту (Відкритий уряд)", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<000301ce601c$%s$%s@rda>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac5gHHq" + sha(name)[:16]),
        ("Content-Language", "uk"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "nr03-finansy-extension"
KEY = {
    "class": "not_report",
    "executor": "su-finansy",
    "period": 3,
    "late": False,
    "kind": "not_report",
    "reason": "extension_request",
    "note": "Official letter (HTML+plain, windows-1251 base64) asking to move the deadline to 23.12.2013 because of "
            "the budget session; it talks of local budgets (measure 2's subject) without reporting anything.",
    "items": [],
}


def build(name):
    paras = [
        "Заступнику начальника управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації",
        "Щодо продовження терміну",
        "Головне фінансове управління облдержадміністрації у зв'язку з підготовкою проекту обласного бюджету на "
        "2014 рік до розгляду на сесії обласної ради 20 грудня 2013 року та завантаженістю працівників бюджетного "
        "відділу просить продовжити термін подання інформації про виконання Плану заходів з підвищення рівня "
        "відкритості та прозорості діяльності виконавчої влади в області до 23 грудня 2013 року.",
        "Зокрема, відомості щодо наповнення рубрики «Виконання місцевих бюджетів Чернігівської області» потребують "
        "уточнення після затвердження бюджету.",
        "Заступник начальника управління — начальник бюджетного відділу          Т.І. Гаркуша",
        "Мостова 67-55-90",
    ]
    plain = "\n\n".join(paras) + "\n"
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
            "<body lang=UK><div class=WordSection1>\n"
            + "".join("<p class=MsoNormal%s>%s</p>\n" % (" align=center" if i == 1 else "", x)
                      for i, x in enumerate(paras)) + "</div></body></html>\n")
    alt = multi("alternative", [text(plain, cs="windows-1251", cte="base64", fold=True),
                                text(html, "html", cs="windows-1251", cte="base64", fold=True)], boundary(name, 0))
    date = "Thu, 12 Dec 2013 16:20:11 +0200"
    return message([
        ("Received", received(date, 6, "finansy.example.gov.ua", "10.40.9.1", "DD2E7A6B91")[10:-1]),
        ("From", '"%s" <finansy@example.gov.ua>' % ew1("Головне фінансове управління", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("Про продовження терміну", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<001101cef740$%s$%s@finupr>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac73QGi" + sha(name)[:14]),
        ("Content-Language", "uk"),
    ], alt)


MAILS.append((NAME, KEY, build))


NAME = "nr04-ekolohiia-announcement"
KEY = {
    "class": "not_report",
    "executor": "su-ekolohiia",
    "period": 2,
    "late": False,
    "kind": "not_report",
    "reason": "announcement",
    "note": "Announces a new person responsible for the plan's information and asks to copy reminders to her; "
            "mentions the site and consultations only as her duties.",
    "items": [],
}


def build(name):
    plain = ("Шановні колеги!\n\nПовідомляємо, що з 20.05.2013 відповідальною особою за підготовку інформації про "
             "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
             "управлінні екології та природних ресурсів облдержадміністрації визначено головного спеціаліста "
             "відділу екологічної політики Литвин Ірину Миколаївну (тел. 67-49-33). Вона ж відповідає за "
             "наповнення веб-сторінки управління та організацію консультацій з громадськістю.\n\n"
             "Нагадування та листи просимо надсилати, як і раніше, на адресу ekolohiia@example.gov.ua.\n\n"
             "-- \nЗ повагою,\nсектор кадрової роботи\nуправління екології та природних ресурсів ОДА\n")
    top = text(wrap(plain, 76), cs="UTF-8", cte="quoted-printable", extra="; format=flowed")
    date = "Tue, 21 May 2013 10:02:44 +0300"
    return message([
        ("Received", received(date, 3, "ekolohiia.example.gov.ua", "10.40.10.2", "3C4D5E6F70")[10:-1]),
        ("Message-ID", "<519B1C14.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "%s <ekolohiia@example.gov.ua>" % ew("Управління екології", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:17.0) Gecko/20130328 Thunderbird/17.0.5"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Про відповідальну особу", "UTF-8")),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "nr05-talalaivka-promise"
KEY = {
    "class": "not_report",
    "executor": "rda-talalaivka",
    "period": 1,
    "late": False,
    "kind": "not_report",
    "reason": "promise",
    "note": "Two lines on the deadline's eve promising the district's information on Monday 17.12 (specialist on "
            "sick leave, head has not signed); 8bit windows-1251, Outlook Express.",
    "items": [],
}


def build(name):
    plain = ("Шановна Тетяно Василівно!\n\nІнформацію Талалаївської РДА щодо виконання плану заходів «Відкритий уряд» "
             "надішлемо в понеділок 17.12.2012 - відповідальний спеціаліст на лікарняному, а голова ще не підписав.\n"
             "Вибачте за затримку.\n\nКоваль Н.\n")
    top = text(wrap(plain, 76), cs="windows-1251", cte="8bit", fold=True)
    date = "Fri, 14 Dec 2012 17:41:09 +0200"
    return message([
        ("Received", received(date, 9, "talalaivka.example.gov.ua", "10.40.23.6", "8A7B6C5D4E")[10:-1]),
        ("Message-ID", "<%s$%s@talal>" % (sha(name)[:12].upper(), sha(name)[12:16])),
        ("From", '"%s" <rda-talalaivka@example.gov.ua>' % ew1("Коваль Н.", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("Талалаївка", "windows-1251")),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ], top)


MAILS.append((NAME, KEY, build))

# ================================================================= 4. ranges

NAME = "rg01-kozelets-odt"
KEY = {
    "class": "ranges",
    "executor": "rda-kozelets",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "odt table whose number cells read «1», «6–9» (en dash) and «10, 12»; each block is one answer, so "
            "6–9 yields 6, 7, 8, 9 (8 is not owed by a district) and «10, 12» yields both.",
    "items": [
        {"measure": 1, "source": "Козелецька РДА - Відкритий уряд.odt"},
        {"measure": 6, "source": "Козелецька РДА - Відкритий уряд.odt"},
        {"measure": 7, "source": "Козелецька РДА - Відкритий уряд.odt"},
        {"measure": 8, "source": "Козелецька РДА - Відкритий уряд.odt"},
        {"measure": 9, "source": "Козелецька РДА - Відкритий уряд.odt"},
        {"measure": 10, "source": "Козелецька РДА - Відкритий уряд.odt"},
        {"measure": 12, "source": "Козелецька РДА - Відкритий уряд.odt"},
    ],
}


def build(name):
    rows = [
        ("1", "Сайт Козелецької РДА (kozelets-rda.gov.ua) наповнюється відповідно до Закону України «Про доступ до "
              "публічної інформації»: за вересень – грудень 2012 р. розміщено 401 матеріал, працює рубрика «Запитай "
              "у влади» (отримано 23 запитання, на всі надано відповіді)."),
        ("6–9", "Упродовж вересня – грудня 2012 року проведено 4 консультації з громадськістю (зокрема щодо проекту "
                "районного бюджету на 2013 рік та районної програми «Здоров'я козельчан»); 6 членів громадської ради "
                "при РДА входять до складу дорадчих органів райдержадміністрації; члени громадської ради брали участь "
                "в обговоренні 3 проектів розпоряджень голови РДА."),
        ("10, 12", "Громадській раді при РДА рекомендовано утворити робочу групу з питань відкритості та прозорості "
                   "(лист від 02.10.2012 № 01-17/2214), групу утворено 18.10.2012; громадських експертиз у звітному "
                   "періоді не проводилось."),
    ]
    trs = "".join("<tr><td align=center>%s</td><td>%s</td></tr>\n" % r for r in rows)
    body = ("<p align=center><b>ІНФОРМАЦІЯ<br>Козелецької районної державної адміністрації про виконання Плану "
            "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області</b></p>\n"
            "<table width=100%%><tr><th width=15%%>№ пункту плану</th><th>Стан виконання</th></tr>\n%s</table>\n"
            "<p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; М.Г. Кириченко</p>" % trs)
    odt = office("rg01", "odt", html_doc(body, "Козелець"))
    plain = "Інформація Козелецької РДА у вкладенні.\n\nЗ повагою, Віра Луценко\n"
    top = multi("mixed", [text(plain, cs="UTF-8", cte="quoted-printable"),
                          attach(odt, "application/vnd.oasis.opendocument.text",
                                 "Козелецька РДА - Відкритий уряд.odt", "2231")],
                boundary(name, 0, "tb"), fold=False)
    date = "Thu, 13 Dec 2012 12:06:40 +0200"
    return message([
        ("Received", received(date, 3, "kozelets.example.gov.ua", "10.40.15.3", "0A1B2C3D4F")[10:-1]),
        ("Message-ID", "<50C9A8B0.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "rda-kozelets@example.gov.ua"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux i686; rv:10.0.11) Gecko/20121123 Thunderbird/10.0.11"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Козелецька РДА - відкритий уряд", "UTF-8")),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "rg02-shchors-z-po"
KEY = {
    "class": "ranges",
    "executor": "rda-shchors",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "8bit windows-1251 body: «П. 1 –», «З 6 по 9 –» (one paragraph for 6, 7, 8, 9) and «П. 12 –», among "
            "date ranges «з 14.01 по 31.05.2013», «з 12 по 28 березня» and counts; sent on the deadline Saturday.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 8, "source": "body"},
        {"measure": 9, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    plain = ("Щорська райдержадміністрація на виконання плану заходів з підвищення рівня відкритості та "
             "прозорості діяльності виконавчої влади в області інформує.\n\n"
             "П. 1 – офіційний веб-сайт РДА оновлено: з 14.01 по 31.05.2013 розміщено 236 новин, 41 розпорядження "
             "голови РДА, відповіді на 17 запитів на публічну інформацію.\n\n"
             "З 6 по 9 – з лютого по травень 2013 року проведено 3 громадські обговорення (проект програми розвитку "
             "туризму, схема санітарного очищення м. Щорс, реорганізація центральної районної лікарні), у яких взяли "
             "участь 143 особи; члени громадської ради при РДА залучені до роботи 5 дорадчих органів та до "
             "обговорення 4 проектів розпоряджень.\n\n"
             "П. 12 – громадську експертизу діяльності відділу освіти РДА провела ГО «Щорська правозахисна група» з "
             "12 по 28 березня 2013 року; за її результатами розроблено план заходів з 6 пунктів, 4 з них виконано.\n\n"
             "Заступник голови РДА                    В.П. Мисник\n")
    top = text(wrap(plain, 76), cs="windows-1251", cte="8bit", fold=True)
    date = "Sat, 15 Jun 2013 11:37:02 +0300"
    return message([
        ("Received", received(date, 4, "shchors.example.gov.ua", "10.40.24.2", "F0E1D2C3B4")[10:-1]),
        ("Message-ID", "<%s$%s@shchors>" % (sha(name)[:12].upper(), sha(name)[12:16])),
        ("From", '"%s" <rda-shchors@example.gov.ua>' % ew1("Щорська РДА", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("Інформація Щорської РДА", "windows-1251")),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "rg03-sotszakhyst-ru-koi8r"
KEY = {
    "class": "ranges",
    "executor": "su-sotszakhyst",
    "period": 3,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Russian, KOI8-R quoted-printable (Outlook 2003): «По пунктам 1, 6.», «Пп. 7-9.», «П. 12.» (a denial "
            "with its number), and «П. 2 — не касается» (not applicable, no item).",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 8, "source": "body"},
        {"measure": 9, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    plain = ("Уважаемые коллеги!\n\n"
             "Управление труда и социальной защиты населения облгосадминистрации сообщает о выполнении Плана "
             "мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в "
             "области за II полугодие 2013 года.\n\n"
             "По пунктам 1, 6. На странице управления на официальном веб-сайте облгосадминистрации размещаются "
             "порядки назначения социальных выплат, образцы заявлений, графики приема граждан; в сентябре-ноябре "
             "проведены консультации с общественностью по проекту областной программы социальной поддержки "
             "малообеспеченных граждан (3 встречи, 112 участников).\n\n"
             "Пп. 7-9. В состав коллегии управления введен председатель комитета по социальной политике "
             "Общественного совета при облгосадминистрации Руденко А.С.; представители 3 общественных организаций "
             "инвалидов включены в состав областного координационного совета по делам инвалидов; члены "
             "общественного совета приняли участие в обсуждении проекта программы \"Турбота\" на 2014-2016 годы.\n\n"
             "П. 12. Общественные экспертизы в отчетном периоде не проводились.\n\n"
             "П. 2 - не касается (отчеты о выполнении программ размещает главное финансовое управление).\n\n"
             "Заместитель начальника управления            О.В. Гордиенко\n")
    top = text(plain, cs="koi8-r", fold=True)
    date = "Fri, 13 Dec 2013 14:14:14 +0200"
    return message([
        ("Received", received(date, 5, "sotszakhyst.example.gov.ua", "10.40.6.4", "7E6D5C4B3A")[10:-1]),
        ("From", '"%s" <sotszakhyst@example.gov.ua>' % ew1("УТСЗН ОГА", "koi8-r")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("Открытое правительство - информация УТСЗН", "koi8-r")),
        ("Date", date),
        ("Message-ID", "<000c01cef811$%s$%s@sotszakhyst>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac74EWd" + sha(name)[:12]),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5579"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "rg04-varva-ods"
KEY = {
    "class": "ranges",
    "executor": "rda-varva",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "ods sheet with a number column «1–2, 6–9» (one filled cell for six measures, 2 and 8 not owed by a "
            "district), «3–5» and «13–15» as «х», «11» «х», «12» «-», «10» filled.",
    "items": [
        {"measure": 1, "source": "Варвинська РДА_грудень.ods"},
        {"measure": 2, "source": "Варвинська РДА_грудень.ods"},
        {"measure": 6, "source": "Варвинська РДА_грудень.ods"},
        {"measure": 7, "source": "Варвинська РДА_грудень.ods"},
        {"measure": 8, "source": "Варвинська РДА_грудень.ods"},
        {"measure": 9, "source": "Варвинська РДА_грудень.ods"},
        {"measure": 10, "source": "Варвинська РДА_грудень.ods"},
    ],
}


def build(name):
    rows = [["Пункти плану", "Зміст виконаної роботи", "Примітка"],
            ["1–2, 6–9",
             "Офіційний веб-сайт Варвинської РДА приведено у відповідність до вимог законодавства (розділи "
             "«Регуляторна політика», «Доступ до публічної інформації»); проведено 2 консультації з громадськістю "
             "(щодо проекту районного бюджету на 2013 рік та реорганізації мережі шкіл); представники ГО входять "
             "до 3 дорадчих органів РДА; члени громадської ради при РДА обговорили проекти 2 розпоряджень голови РДА.",
             ""],
            ["3–5", "х", ""],
            ["10", "Громадська рада при РДА утворила у своєму складі робочу групу з питань відкритості та прозорості "
                   "діяльності РДА (рішення від 16.10.2012).", "3 особи"],
            ["11", "х", ""],
            ["12", "-", ""],
            ["13–15", "х", ""]]
    ods = office("rg04", "ods", csv_rows(rows))
    plain = "Добрий день!\nЗвіт Варвинської РДА у вкладенні.\n--\nсектор з питань внутрішньої політики\nВарвинська РДА\n"
    html = ("<div>Добрий день!</div><div>Звіт Варвинської РДА у вкладенні.</div><div>--</div>"
            "<div>сектор з питань внутрішньої політики</div><div>Варвинська РДА</div>\n")
    alt = multi("alternative", [text(plain, cs="utf-8", cte="base64"), text(html, "html", cs="utf-8", cte="base64")],
                boundary(name, 1, "other"), preamble="", fold=False)
    top = multi("mixed", [alt, attach(ods, "application/vnd.oasis.opendocument.spreadsheet",
                                      "Варвинська РДА_грудень.ods", "2047b-split", "utf-8")],
                boundary(name, 0, "other"), preamble="", fold=False)
    date = "Wed, 12 Dec 2012 09:30:11 +0200"
    return message([
        ("Received", received(date, 8, "varva.example.gov.ua", "10.40.13.5", "5E4D3C2B1A")[10:-1]),
        ("Date", date),
        ("From", "rda-varva@example.gov.ua"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("звіт Варва", "utf-8")),
        ("Message-ID", "<op.wo%s@varva-pc>" % sha(name)[:14]),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Opera Mail/12.12 (Win32)"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "rg05-simia-pp-lists"
KEY = {
    "class": "ranges",
    "executor": "su-simia",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "HTML+plain (UTF-8 QP): «Щодо п.п. 1, 2:», «Пункти 7 і 9:», «Пункт 12:» answered; «Пп. 6, 8» only "
            "promise the information after a collegium meeting, so they give nothing.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 2, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 9, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    paras = [
        "Управління у справах сім'ї, молоді та спорту облдержадміністрації інформує про виконання Плану заходів "
        "станом на 14.06.2013.",
        "Щодо п.п. 1, 2: на сторінці управління на офіційному веб-сайті облдержадміністрації оновлено розділ "
        "«Молодіжна політика»; у рубриці «Хід виконання цільових програм» розміщено звіт про виконання обласної "
        "програми «Молодь Чернігівщини» на 2011 – 2015 роки за 2012 рік.",
        "Пункти 7 і 9: представників 4 молодіжних громадських організацій включено до складу обласної ради з питань "
        "молодіжної політики; члени громадської ради при облдержадміністрації взяли участь в обговоренні проекту "
        "обласної програми оздоровлення та відпочинку дітей на 2013 рік (квітень 2013 р.).",
        "Пункт 12: з 01.02 по 15.04.2013 ГО «Молодь Полісся» провела громадську експертизу діяльності управління щодо "
        "надання послуг молодим сім'ям; розроблено план реалізації 7 експертних пропозицій, 3 з них виконано.",
        "Пп. 6, 8 — інформацію буде надано додатково після засідання колегії 26.06.2013.",
        "З повагою<br>Начальник відділу молодіжної політики<br>Андрій Мороз<br>тел. 67-45-20",
    ]
    plain = "\n\n".join(p.replace("<br>", "\n") for p in paras) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 14 (filtered medium)"></head>'
            '<body lang="UK" link="blue" vlink="purple"><div class="WordSection1">\n'
            + "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % p
                      for p in paras) + "</div></body></html>\n")
    alt = multi("alternative", [text(plain, cs="utf-8", fold=True), text(html, "html", cs="utf-8", fold=True)],
                boundary(name, 0))
    date = "Fri, 14 Jun 2013 16:48:59 +0300"
    return message([
        ("Received", received(date, 3, "simia.example.gov.ua", "10.40.8.6", "9C8B7A6F5E")[10:-1]),
        ("From", "%s <simia@example.gov.ua>" % ew("Мороз Андрій", "utf-8")),
        ("To", "\"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>"),
        ("Subject", ew("Відкритий уряд: інформація УСМС", "utf-8")),
        ("Date", date),
        ("Message-ID", "<004f01ce6912$%s$%s@simia.gov.ua>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5pEkR" + sha(name)[:10]),
        ("Content-Language", "uk"),
    ], alt)


MAILS.append((NAME, KEY, build))


# ================================================================= 5. prose

NAME = "pr01-horodnia-pdf"
KEY = {
    "class": "prose",
    "executor": "rda-horodnia",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Official letter as a PDF with letterhead and outgoing number, no plan numbers: site (1), consultations "
            "with a passing «розміщено на веб-сайті» (6), NGO members in the district collegium and a council (7).",
    "items": [
        {"measure": 1, "source": "Лист_01-19_2876.pdf"},
        {"measure": 6, "source": "Лист_01-19_2876.pdf"},
        {"measure": 7, "source": "Лист_01-19_2876.pdf"},
    ],
}


def build(name):
    body = (
        "<p align=center><b>УКРАЇНА<br>ГОРОДНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>"
        "<small>вул. Шевченка, 40, м. Городня, 15100, тел. (04645) 2-13-56, e-mail: rda-horodnia@example.gov.ua</small></p>\n"
        "<hr>\n<p>11.12.2012 № 01-19/2876<br>На № ______ від ________</p>\n"
        "<p style='margin-left:9cm'>Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації</p>\n"
        "<p>На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
        "області у рамках реалізації Ініціативи «Партнерство «Відкритий уряд» повідомляємо.</p>\n"
        "<p>Інформаційне наповнення офіційного веб-сайту райдержадміністрації здійснюється відповідно до вимог "
        "законів України «Про доступ до публічної інформації» та «Про інформацію». У жовтні 2012 року сайт перенесено "
        "на новий хостинг, створено розділи «Громадська рада», «Звернення громадян», «Регуляторна діяльність», "
        "забезпечено оприлюднення розпоряджень голови райдержадміністрації у п'ятиденний строк.</p>\n"
        "<p>Протягом звітного періоду райдержадміністрацією проведено консультації з громадськістю щодо проекту "
        "районної програми розвитку фізичної культури і спорту на 2013 – 2017 роки та щодо тарифів на вивезення "
        "твердих побутових відходів у м. Городня. Результати обговорень розміщено на веб-сайті "
        "райдержадміністрації.</p>\n"
        "<p>Представники громадських організацій «Городнянщина — край козацький» та районної організації ветеранів "
        "України входять до складу колегії райдержадміністрації та районної ради з питань безпечної "
        "життєдіяльності населення, беруть участь у їх засіданнях.</p>\n"
        "<p>&nbsp;</p><p>Заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
        "О.М. Пилипенко</p>\n<p><small>Савченко 2-13-56</small></p>")
    pdf = office("pr01", "pdf", html_doc(body, "Лист"))
    plain = "Добрий день!\nНаправляємо лист вих. № 01-19/2876 від 11.12.2012.\n\nЗагальний відділ Городнянської РДА\n"
    top = multi("mixed", [text(plain, cs="windows-1251", fold=True),
                          attach(pdf, "application/pdf", "Лист_01-19_2876.pdf", "2047b", "windows-1251")],
                boundary(name, 0))
    date = "Tue, 11 Dec 2012 15:02:33 +0200"
    return message([
        ("Received", received(date, 4, "horodnia.example.gov.ua", "10.40.14.2", "4A5B6C7D8E")[10:-1]),
        ("From", '"%s" <rda-horodnia@example.gov.ua>' % ew1("Загальний відділ", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("лист 01-19/2876", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<000a01cdd7a1$%s$%s@horodnia>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3XoS4" + sha(name)[:12]),
        ("Content-Language", "uk"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "pr02-apk-docx-headings"
KEY = {
    "class": "prose",
    "executor": "su-apk",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "docx letter with subject headings and no plan numbers; one paragraph covers both 9 (council members in "
            "a programme discussion) and 7 (a farmers' association head on a commission); 12 is a denial naming "
            "«антикорупційної експертизи».",
    "items": [
        {"measure": 1, "source": "apk_vidkr_uriad_06_2013.docx"},
        {"measure": 6, "source": "apk_vidkr_uriad_06_2013.docx"},
        {"measure": 7, "source": "apk_vidkr_uriad_06_2013.docx"},
        {"measure": 8, "source": "apk_vidkr_uriad_06_2013.docx"},
        {"measure": 9, "source": "apk_vidkr_uriad_06_2013.docx"},
        {"measure": 12, "source": "apk_vidkr_uriad_06_2013.docx"},
    ],
}


def build(name):
    body = (
        "<p align=center><b>ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ГОЛОВНЕ УПРАВЛІННЯ АГРОПРОМИСЛОВОГО "
        "РОЗВИТКУ</b></p><hr>\n<p>10.06.2013 № 07-21/1934</p>\n"
        "<p style='margin-left:8cm'>Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації</p>\n"
        "<p>Головне управління агропромислового розвитку облдержадміністрації інформує про виконання заходів з "
        "підвищення рівня відкритості та прозорості діяльності виконавчої влади за І півріччя 2013 року.</p>\n"
        "<h3>Функціонування веб-сторінки</h3>\n"
        "<p>На веб-сторінці Головного управління на офіційному сайті облдержадміністрації оприлюднюються накази "
        "нормативного характеру, інформація про стан проведення весняно-польових робіт, ціни на основні види "
        "продовольства; у січні – травні розміщено 64 матеріали та 12 проектів наказів.</p>\n"
        "<h3>Консультації з громадськістю</h3>\n"
        "<p>15 березня 2013 року проведено засідання «круглого столу» з питань розвитку сільськогосподарської "
        "кооперації за участю 47 представників громадських організацій та фермерів; у квітні проведено електронні "
        "консультації щодо проекту Програми розвитку молочного скотарства на 2013 – 2015 роки.</p>\n"
        "<h3>Участь громадськості у роботі дорадчих органів та обговоренні проектів</h3>\n"
        "<p>Члени громадської ради при облдержадміністрації (комітет з питань аграрної політики) взяли участь в "
        "обговоренні проекту обласної програми підтримки особистих селянських господарств, а голова Асоціації "
        "фермерів Чернігівщини М.П. Гончаренко увійшов до складу обласної комісії з питань земельних відносин.</p>\n"
        "<h3>Колегія</h3>\n"
        "<p>До складу колегії Головного управління введено голову комітету з питань аграрної політики та земельних "
        "відносин Громадської ради при облдержадміністрації; відповідні зміни до Положення про Головне управління "
        "підготовлено.</p>\n"
        "<h3>Громадська антикорупційна експертиза</h3>\n"
        "<p>Запитів на проведення громадської антикорупційної експертизи проектів наказів від інститутів "
        "громадянського суспільства у звітному періоді не надходило.</p>\n"
        "<p>&nbsp;</p><p>Заступник начальника Головного управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; С.В. Тимошенко</p>")
    docx = office("pr02", "docx", html_doc(body, "ГУАПР"))
    plain = "Направляємо інформацію Головного управління агропромислового розвитку.\nДодаток на 2 арк.\n\nЛ. Ярмоленко\n"
    top = multi("mixed", [text(plain, cs="windows-1251", cte="base64", fold=True),
                          attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "apk_vidkr_uriad_06_2013.docx", "ascii")],
                boundary(name, 0))
    date = "Tue, 11 Jun 2013 10:44:17 +0300"
    return message([
        ("Received", received(date, 3, "apk.example.gov.ua", "10.40.9.12", "1E2F3A4B5C")[10:-1]),
        ("From", '"%s" <apk@example.gov.ua>' % ew1("ГУАПР", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("Відкритий уряд", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<001201ce667e$%s$%s@apk>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5mfr4" + sha(name)[:14]),
        ("Content-Language", "uk"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "pr03-mena-sloppy"
KEY = {
    "class": "prose",
    "executor": "rda-mena",
    "period": 3,
    "late": True,
    "kind": "report",
    "reason": None,
    "note": "Sloppy lowercase plain note sent Monday 16.12.2013 (late): site, consultations and a round table, the "
            "council's working group on openness, and «експертиз громадських не було» (a denial with the plan's word).",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 10, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    plain = ("добрий день, по відкритому уряду менська рда.\n\n"
             "на сайті рда оновили розділ доступ до публічної інформації, тепер там всі розпорядження голови за 2013 "
             "рік і звіти про використання коштів\n"
             "у жовтні провели громадське обговорення проекту програми соціально економічного розвитку на 2014 рік, "
             "потім ще круглий стіл з підприємцями по ринку, протоколи виставили на сайт\n"
             "громадська рада при рда створила в себе робочу групу з питань відкритості (голова групи Бойко О.)\n"
             "експертиз громадських не було\n\n"
             "вибачте що із запізненням\nІрина\n")
    top = text(plain, cs="UTF-8", cte="8bit")
    date = "Mon, 16 Dec 2013 08:22:15 +0200"
    return message([
        ("Received", received(date, 2, "mena.example.gov.ua", "10.40.19.3", "6B7C8D9E0F")[10:-1]),
        ("Message-ID", "<52AE9C77.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "rda-mena@example.gov.ua"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.2.0"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("менська рда", "UTF-8")),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "pr04-arkhiv-odt"
KEY = {
    "class": "prose",
    "executor": "su-arkhiv",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "odt letter without numbers: site (1); one paragraph for a programme discussion with council members' "
            "proposals (6 and 9); «Засідань колегії … не проводилось» (8, a denial with the plan's word); the "
            "archive's «експертно-перевірна комісія» is an advisory body (7), not an expert review (12).",
    "items": [
        {"measure": 1, "source": "Держархів_відкритий_уряд.odt"},
        {"measure": 6, "source": "Держархів_відкритий_уряд.odt"},
        {"measure": 7, "source": "Держархів_відкритий_уряд.odt"},
        {"measure": 8, "source": "Держархів_відкритий_уряд.odt"},
        {"measure": 9, "source": "Держархів_відкритий_уряд.odt"},
    ],
}


def build(name):
    body = (
        "<p align=center><b>ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br><small>вул. Шевченка, 4, м. Чернігів, "
        "14000</small></p><hr>\n<p>05.12.2012 № 01-11/988</p>\n"
        "<p style='margin-left:8cm'>Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації</p>\n<p align=center>Про виконання плану заходів</p>\n"
        "<p>Державний архів Чернігівської області інформує.</p>\n"
        "<p>Офіційний веб-сайт Державного архіву області відповідає вимогам чинного законодавства: розміщено "
        "електронні путівники фондів, графік роботи читального залу, порядок виконання запитів соціально-правового "
        "характеру; у листопаді оновлено розділ «Публічна інформація».</p>\n"
        "<p>У жовтні – листопаді 2012 року проведено громадське обговорення проекту Програми розвитку архівної справи "
        "в Чернігівській області на 2013 – 2017 роки: проект оприлюднено на веб-сайті, проведено зустріч із "
        "краєзнавцями та науковцями; члени громадської ради при облдержадміністрації подали 6 пропозицій, 4 з яких "
        "враховано.</p>\n"
        "<p>Засідань колегії за участі голів комітетів Громадської ради при облдержадміністрації у звітному періоді "
        "не проводилось.</p>\n"
        "<p>До складу експертно-перевірної комісії Державного архіву області входять представники Чернігівської "
        "обласної організації Національної спілки краєзнавців України та історичного факультету університету.</p>\n"
        "<p>&nbsp;</p><p>Директор &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Р.Б. Воронцова</p>")
    odt = office("pr04", "odt", html_doc(body, "Держархів"))
    plain = "Надсилаємо інформацію Держархіву області.\n\nЗ повагою,\nвідділ інформації та використання документів\n"
    html = ("<html><body><p>Надсилаємо інформацію Держархіву області.</p><p>З повагою,<br>відділ інформації та "
            "використання документів</p></body></html>\n")
    alt = multi("alternative", [text(plain, cs="UTF-8"), text(html, "html", cs="UTF-8")],
                boundary(name, 1, "tb"), preamble="", fold=False)
    top = multi("mixed", [alt, attach(odt, "application/vnd.oasis.opendocument.text",
                                      "Держархів_відкритий_уряд.odt", "2231")],
                boundary(name, 0, "tb"), fold=False)
    date = "Thu, 06 Dec 2012 11:11:11 +0200"
    return message([
        ("Received", received(date, 4, "arkhiv.example.gov.ua", "10.40.12.8", "0F1E2D3C4B")[10:-1]),
        ("Message-ID", "<50C061BF.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "%s <arkhiv@example.gov.ua>" % ew("Держархів області", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Інформація Держархіву (план заходів)", "UTF-8")),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "pr05-kapbud-html-ru"
KEY = {
    "class": "prose",
    "executor": "su-kapbud",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "HTML-only body in bureaucratic Russian (windows-1251 QP), three paragraphs without numbers: site (1), "
            "consultations whose results are «размещены на сайте» (6), NGO members in the unit's advisory council (7).",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
    ],
}


def build(name):
    paras = [
        "Управление капитального строительства облгосадминистрации на Ваше письмо сообщает следующее.",
        "На странице управления на официальном веб-сайте облгосадминистрации регулярно обновляется информация о "
        "ходе строительства объектов, финансируемых из государственного и областного бюджетов, размещены перечни "
        "объектов на 2013 год и результаты тендерных процедур.",
        "В мае 2013 года проведены консультации с общественностью по проекту перечня объектов строительства и "
        "реконструкции за счет средств областного бюджета (2 встречи – в г. Нежин и г. Прилуки, 58 участников), "
        "результаты размещены на сайте.",
        "В состав консультативного совета по вопросам капитального строительства при управлении включены "
        "3 представителя общественных организаций, в том числе член Общественного совета при облгосадминистрации.",
        "Начальник управления&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В.Н. Кравец",
        "<font size=1>Исп. Сидоренко Л.А., 67-32-15</font>",
    ]
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"></head>\n"
            "<body lang=RU link=blue vlink=purple><div class=Section1>\n"
            + "".join("<p class=MsoNormal style='text-indent:35.4pt'><span style='font-size:12.0pt;font-family:"
                      "\"Times New Roman\",\"serif\"'>%s<o:p></o:p></span></p>\n" % p for p in paras)
            + "</div></body></html>\n")
    top = text(html, "html", cs="windows-1251", fold=True)
    date = "Thu, 13 Jun 2013 14:30:00 +0300"
    return message([
        ("Received", received(date, 6, "kapbud.example.gov.ua", "10.40.11.20", "A9B8C7D6E5")[10:-1]),
        ("From", '"%s" <kapbud@example.gov.ua>' % ew1("УКС ОГА", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("На Ваше письмо (открытое правительство)", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<003401ce6831$%s$%s@kapbud>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac5oMRR" + sha(name)[:10]),
        ("Content-Language", "ru"),
    ], top)


MAILS.append((NAME, KEY, build))

# ================================================================= 6. foreign_numbers

NAME = "fn01-ekonomika-own-numbering"
KEY = {
    "class": "foreign_numbers",
    "executor": "su-ekonomika",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "docx letter numbered 1.–5. in its own order (2. is consultations, 3. the collegium, 4. an expert "
            "review, 5. a promise about the programmes rubric), with outgoing, order and resolution numbers around.",
    "items": [
        {"measure": 1, "source": "ГУЕ_інформація_ВУ.docx"},
        {"measure": 6, "source": "ГУЕ_інформація_ВУ.docx"},
        {"measure": 8, "source": "ГУЕ_інформація_ВУ.docx"},
        {"measure": 12, "source": "ГУЕ_інформація_ВУ.docx"},
    ],
}


def build(name):
    body = (
        "<p align=center><b>ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ГОЛОВНЕ УПРАВЛІННЯ ЕКОНОМІКИ</b></p><hr>\n"
        "<p>13.12.2012 № 05-14/3312</p>\n"
        "<p style='margin-left:8cm'>Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації</p>\n"
        "<p>На виконання розпорядження голови облдержадміністрації від 10.09.2012 № 412 та плану заходів з "
        "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області Головне управління "
        "економіки облдержадміністрації інформує:</p>\n"
        "<p>1. На веб-сторінці Головного управління на офіційному сайті облдержадміністрації оприлюднено проект "
        "Програми соціально-економічного розвитку області на 2013 рік, оновлено розділ «Регуляторна політика» "
        "(розміщено 3 проекти регуляторних актів та план-графік відстеження їх результативності).</p>\n"
        "<p>2. Відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 проведено консультації з "
        "громадськістю щодо проекту Програми соціально-економічного розвитку області на 2013 рік: 4 зустрічі у "
        "містах Чернігів, Ніжин, Прилуки, Бахмач (листопад 2012 р.), надійшло 26 пропозицій, 11 з них враховано.</p>\n"
        "<p>3. До складу колегії Головного управління рішенням колегії від 25.10.2012 № 7 введено голову комітету з "
        "питань економічного розвитку та підприємництва Громадської ради при облдержадміністрації; зміни до "
        "Положення про Головне управління внесено наказом від 01.11.2012 № 118.</p>\n"
        "<p>4. Громадська антикорупційна експертиза проекту розпорядження «Про затвердження Порядку відбору "
        "інвестиційних проектів» проведена ГО «Центр правових ініціатив»; 2 з 3 пропозицій враховано.</p>\n"
        "<p>5. Інформація про виконання цільових програм, головним розробником яких є Головне управління, буде "
        "розміщена у рубриці «Хід виконання цільових програм» після затвердження звітів за 2012 рік.</p>\n"
        "<p>&nbsp;</p><p>Перший заступник начальника Головного управління &nbsp;&nbsp;&nbsp;&nbsp; О.П. Сердюк</p>\n"
        "<p><small>Коваленко 67-41-09</small></p>")
    docx = office("fn01", "docx", html_doc(body, "ГУЕ"))
    plain = ("Добрий день!\n\nНадсилаємо інформацію (вих. № 05-14/3312 від 13.12.2012).\n\n"
             "З повагою,\nсектор документального забезпечення ГУЕ\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=UK>"
            "<div class=WordSection1><p class=MsoNormal>Добрий день!</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Надсилаємо інформацію (вих. № 05-14/3312 від 13.12.2012).</p><p class=MsoNormal>&nbsp;"
            "</p><p class=MsoNormal>З повагою,<br>сектор документального забезпечення ГУЕ</p></div></body></html>\n")
    alt = multi("alternative", [text(plain, cs="windows-1251", fold=True),
                                text(html, "html", cs="windows-1251", fold=True)], boundary(name, 1))
    top = multi("mixed", [alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "ГУЕ_інформація_ВУ.docx", "2047q", "windows-1251")], boundary(name, 0))
    date = "Fri, 14 Dec 2012 10:05:12 +0200"
    return message([
        ("Received", received(date, 3, "ekonomika.example.gov.ua", "10.40.9.30", "3B2A19F8E7")[10:-1]),
        ("From", '"%s" <ekonomika@example.gov.ua>' % ew1("ГУЕ ОДА", "windows-1251", "Q")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("вих. 05-14/3312", "windows-1251", "Q")),
        ("Date", date),
        ("Message-ID", "<000e01cdd9dd$%s$%s@ekonomika>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3Z3VA" + sha(name)[:14]),
        ("Content-Language", "uk"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "fn02-ichnia-district-plan"
KEY = {
    "class": "foreign_numbers",
    "executor": "rda-ichnia",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Reports by the district's own plan numbering 1.1, 1.3, 2.3, 3.2, 4.1 (not the oblast plan's); content "
            "maps to site (1), consultations (6), working group on openness (10); 4.1 is a plan for later.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 10, "source": "body"},
    ],
}


def build(name):
    plain = ("Ічнянська районна державна адміністрація повідомляє про виконання районного плану заходів з "
             "підвищення рівня відкритості та прозорості діяльності органів виконавчої влади (розпорядження голови "
             "РДА від 28.09.2012 № 301), розробленого на виконання обласного плану.\n\n"
             "1.1. Забезпечено функціонування офіційного веб-сайту РДА відповідно до вимог чинного законодавства; з 1 "
             "січня по 10 червня 2013 р. на сайті розміщено 287 матеріалів, 52 розпорядження голови РДА.\n\n"
             "1.3. Розділ «Доступ до публічної інформації» доповнено реєстром публічної інформації та формою "
             "електронного запиту.\n\n"
             "2.3. Проведено 2 консультації з громадськістю у формі громадських слухань: щодо звіту про виконання "
             "районного бюджету за 2012 рік (20.02.2013) та щодо проекту районної програми «Безпечне місто» "
             "(16.05.2013).\n\n"
             "3.2. Рекомендації громадській раді при РДА щодо створення робочої групи з питань відкритості та "
             "прозорості надано (лист від 14.01.2013 № 02-08/45); робочу групу у складі 3 осіб утворено 05.02.2013.\n\n"
             "4.1. Навчання членів громадської ради з питань проведення консультацій заплановано на ІІ півріччя.\n\n"
             "Начальник відділу організаційної роботи апарату Ічнянської РДА          Н.В. Чорновол\n")
    top = text(plain, cs="windows-1251", fold=True)
    date = "Wed, 12 Jun 2013 11:19:40 +0300"
    return message([
        ("Received", received(date, 5, "ichnia.example.gov.ua", "10.40.15.12", "D4C3B2A190")[10:-1]),
        ("From", '"%s" <rda-ichnia@example.gov.ua>' % ew1("Ічнянська РДА", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("Інформація Ічнянської РДА", "windows-1251")),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<%s@ichnia-pc>" % sha(name)[:16].upper()),
        ("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "fn03-zdorovia-subitems"
KEY = {
    "class": "foreign_numbers",
    "executor": "su-zdorovia",
    "period": 3,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "HTML+plain twins: «Пункт 1 плану» with sub-items а), б); «Пункт 6 плану» with events 1), 2), 3); "
            "«Пункт 12 плану» a denial; order numbers and dates inside. The sub-item numbers are not measures.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    blocks = [
        ("Інформація управління охорони здоров'я облдержадміністрації про виконання Плану заходів за ІІ півріччя "
         "2013 року", []),
        ("Пункт 1 плану:", [
            "а) на веб-сторінці управління на офіційному сайті облдержадміністрації розміщено графіки прийому громадян "
            "керівниками закладів охорони здоров'я обласного підпорядкування та перелік безоплатних послуг;",
            "б) оприлюднено 14 наказів управління, зокрема наказ від 05.11.2013 № 912 «Про маршрути пацієнтів»."]),
        ("Пункт 6 плану:", [
            "1) 17.09.2013 – громадське обговорення проекту реорганізації первинної медико-санітарної допомоги "
            "у Ніжинському районі (64 учасники);",
            "2) 24.10.2013 – «круглий стіл» з громадськими організаціями пацієнтів щодо забезпечення інсуліном;",
            "3) 15.11.2013 – 02.12.2013 – електронні консультації щодо проекту обласної програми «Здоров'я "
            "Чернігівщини – 2020» (надійшло 19 пропозицій)."]),
        ("Пункт 12 плану: громадських експертиз діяльності управління у ІІ півріччі не проводилось.", []),
        ("Заступник начальника управління     Т.М. Руденко", []),
    ]
    plain = ""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="UK"><div class="WordSection1">\n')
    for h, subs in blocks:
        plain += h + "\n" + "".join(s + "\n" for s in subs) + "\n"
        html += '<p class="MsoNormal"><b>%s</b></p>\n' % h if subs else '<p class="MsoNormal">%s</p>\n' % h
        html += "".join('<p class="MsoNormal" style="margin-left:18pt">%s</p>\n' % s for s in subs)
    html += "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="utf-8", fold=True), text(html, "html", cs="utf-8", fold=True)],
                boundary(name, 0))
    date = "Wed, 11 Dec 2013 15:33:27 +0200"
    return message([
        ("Received", received(date, 4, "zdorovia.example.gov.ua", "10.40.4.4", "8F9E0D1C2B")[10:-1]),
        ("From", "%s <zdorovia@example.gov.ua>" % ew("УОЗ ОДА", "utf-8")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew("Інформація УОЗ щодо плану заходів «Відкритий уряд»", "utf-8")),
        ("Date", date),
        ("Message-ID", "<002b01cef67d$%s$%s@zdorovia.gov.ua>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac72fSQ" + sha(name)[:14]),
        ("Content-Language", "uk"),
    ], alt)


MAILS.append((NAME, KEY, build))


NAME = "fn04-novhorod-counts"
KEY = {
    "class": "foreign_numbers",
    "executor": "rda-novhorod-siverskyi",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "windows-1251 base64 body dense with numbers: an outgoing number, «По п. 6.» with its own list 1., 2., "
            "3., counts 14, 46, 71, 23, order № 412, and «По п. 7.», «По п. 9.».",
    "items": [
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 9, "source": "body"},
    ],
}


def build(name):
    plain = ("Вих. № 02-15/1123 від 10.12.2012\n\n"
             "Новгород-Сіверська райдержадміністрація на виконання плану заходів, затвердженого 10.09.2012, "
             "інформує.\n\n"
             "По п. 6. Протягом вересня - листопада 2012 року проведено 14 консультацій з громадськістю, в т.ч.:\n"
             "1. 12.10.2012 - громадські слухання щодо проекту генерального плану с. Смяч (46 учасників);\n"
             "2. 29.11.2012 - обговорення проекту районного бюджету на 2013 рік (71 учасник);\n"
             "3. 12 зустрічей голови РДА з трудовими колективами підприємств району.\n\n"
             "По п. 7. До роботи 9 дорадчих органів РДА залучено 23 представники інститутів громадянського "
             "суспільства (розпорядження голови РДА від 09.11.2012 № 412).\n\n"
             "По п. 9. Члени громадської ради при РДА взяли участь в обговоренні 5 проектів розпоряджень та 2 цільових "
             "програм, зокрема районної програми «Питна вода» на 2012 - 2020 роки.\n\n"
             "Керуючий справами апарату РДА          С.І. Дмитренко\n"
             "Виконавець: Гуща О.М., 2-11-32\n")
    top = text(wrap(plain, 76), cs="windows-1251", cte="base64", fold=True)
    date = "Mon, 10 Dec 2012 16:40:02 +0200"
    return message([
        ("Received", received(date, 3, "nsiv.example.gov.ua", "10.40.20.22", "2C3D4E5F6A")[10:-1]),
        ("From", '"%s" <rda-novhorod-siverskyi@example.gov.ua>' % ew1("Новгород-Сіверська РДА", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("вих. 02-15/1123", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<000001cdd6f3$%s$%s@nsiv>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3W8y1" + sha(name)[:14]),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "fn05-ogp-coordinator-pdf"
KEY = {
    "class": "foreign_numbers",
    "executor": "ogp-coordinator",
    "period": 3,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "The regional coordinator's PDF report (by consent): Presidential decree and Cabinet resolution numbers, "
            "its own section numbers I–III, counts; reports the public discussion of the plan (15) and an expert "
            "review of three districts (12), naming other offices only as its subjects.",
    "items": [
        {"measure": 12, "source": "zvit_koordynatora_2013.pdf"},
        {"measure": 15, "source": "zvit_koordynatora_2013.pdf"},
    ],
}


def build(name):
    body = (
        "<p align=right>Вих. № 17 від 09.12.2013</p>\n"
        "<p align=center><b>Звіт регіонального координатора Партнерства «Відкритий уряд» у Чернігівській області "
        "за 2013 рік</b></p>\n"
        "<p>Відповідно до Указу Президента України від 12.04.2011 № 455 «Про заходи щодо створення сприятливих умов "
        "для діяльності інститутів громадянського суспільства» та постанови Кабінету Міністрів України від 05.11.2008 "
        "№ 976 «Про затвердження Порядку сприяння проведенню громадської експертизи діяльності органів виконавчої "
        "влади» інформую про зроблене у 2013 році.</p>\n"
        "<p><b>I. Обговорення виконання плану.</b> 05 грудня 2013 року в приміщенні облдержадміністрації відбулося "
        "громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
        "виконавчої влади в області за участю 38 представників 21 громадської організації та 4 засобів масової "
        "інформації; підготовлено 11 рекомендацій, які направлено облдержадміністрації.</p>\n"
        "<p><b>II. Громадська експертиза.</b> З ініціативи координатора ГО «Чернігівський громадський комітет захисту "
        "прав людини» у вересні – листопаді провела громадську експертизу діяльності трьох райдержадміністрацій "
        "(Менської, Козелецької, Ічнянської) щодо забезпечення доступу до публічної інформації; звіт (42 с.) "
        "направлено облдержадміністрації та райдержадміністраціям.</p>\n"
        "<p><b>III. Пропозиції на 2014 рік.</b> Пропоную доповнити план заходом щодо оприлюднення наборів даних у "
        "машиночитаному форматі (див. додаток 2, 3 арк.).</p>\n"
        "<p>&nbsp;</p><p>Регіональний координатор &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В. Стельмах</p>")
    pdf = office("fn05", "pdf", html_doc(body, "Звіт координатора"))
    plain = "Шановні колеги, надсилаю звіт координатора за 2013 рік.\n\nВалентин Стельмах\n+380 67 410 22 18\n"
    top = multi("mixed", [text(plain, cs="UTF-8", cte="8bit"),
                          attach(pdf, "application/pdf", "zvit_koordynatora_2013.pdf", "ascii")],
                boundary(name, 0, "gmail"), preamble="", fold=False)
    date = "Mon, 09 Dec 2013 19:12:40 +0200"
    return message([
        ("Received", received(date, 2, "mail.example.org.ua", "192.0.2.44", "B1A2C3D4E6")[10:-1]),
        ("MIME-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<CA+%s@mail.example.org.ua>" % sha(name)[:30]),
        ("Subject", ew("Звіт координатора ПВУ 2013", "UTF-8")),
        ("From", "%s <ogp-coordinator@example.org.ua>" % ew("Валентин Стельмах", "UTF-8")),
        ("To", "uvp@cg.ukrtel.net"),
    ], top)


MAILS.append((NAME, KEY, build))


# ================================================================= 7. personal_address

NAME = "pa01-mistobuduvannia-gmail"
KEY = {
    "class": "personal_address",
    "executor": "su-mistobuduvannia",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Sent from a private gmail box at 21:07; the office appears only in the signature and the body "
            "(«управління містобудування та архітектури»), УВП in the dative as addressee; 1 in the body, the rest "
            "in the docx.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "Інформація_містобудування.docx"},
        {"measure": 7, "source": "Інформація_містобудування.docx"},
        {"measure": 9, "source": "Інформація_містобудування.docx"},
    ],
}


def build(name):
    body = (
        "<p align=center><b>Інформація управління містобудування та архітектури облдержадміністрації про виконання "
        "Плану заходів (І півріччя 2013 року)</b></p>\n"
        "<p>п. 6. У квітні – травні 2013 року проведено громадські слухання щодо проектів генеральних планів "
        "с. Киселівка Чернігівського району та смт Олишівка (разом 112 учасників); зауваження громадськості "
        "розглянуто розробником.</p>\n"
        "<p>п. 7. До складу архітектурно-містобудівної ради при управлінні включено двох представників Чернігівської "
        "обласної організації Національної спілки архітекторів України.</p>\n"
        "<p>п. 9. Члени громадської ради при облдержадміністрації залучались до обговорення проекту Програми "
        "розроблення містобудівної документації на 2013 – 2015 роки (березень 2013 р.).</p>")
    docx = office("pa01", "docx", html_doc(body, "Містобудування"))
    plain = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Добрий вечір! Надсилаю інформацію управління містобудування та архітектури облдержадміністрації з "
             "домашньої пошти, бо службова з обіду не працює.\n\n"
             "По п. 1: на веб-сторінці управління оновлено розділ «Містобудівна документація», розміщено затверджені "
             "генеральні плани 6 населених пунктів і реєстр містобудівних умов та обмежень.\n\n"
             "Решта - у файлі.\n\n-- \nНаталія Сидоренко\nголовний спеціаліст відділу містобудівного кадастру\n"
             "управління містобудування та архітектури ОДА\n(0462) 67-24-81\n")
    html = "<div dir=\"ltr\">" + "".join(
        "<div>%s</div>" % (l if l else "<br>") for l in plain.split("\n")[:-1]) + "</div>\n"
    alt = multi("alternative", [text(plain, cs="UTF-8", cte="base64"), text(html, "html", cs="UTF-8", cte="quoted-printable")],
                boundary(name, 1, "gmail"), preamble="", fold=False)
    top = multi("mixed", [alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "Інформація_містобудування.docx", "2047b-split", "UTF-8",
                                      extra_headers="X-Attachment-Id: f_hhf%s\n" % sha(name)[:6])],
                boundary(name, 0, "gmail"), preamble="", fold=False)
    date = "Fri, 14 Jun 2013 21:07:33 +0300"
    return message([
        ("Received", "from mail-wg0-f44.google.com (mail-wg0-f44.google.com [74.125.82.44])\n"
                     "\tby mx.cg.ukrtel.net (Postfix) with ESMTP id 51C0A9E2D3\n\tfor <uvp@cg.ukrtel.net>; "
         + received_after(date, 4)),
        ("MIME-Version", "1.0"),
        ("X-Received", "by 10.180.21.10 with SMTP id r10mr1224981wie.14.1371233253; " + date),
        ("Date", date),
        ("Message-ID", "<CAJx%s@mail.gmail.com>" % sha(name)[:34]),
        ("Subject", ew("інформація містобудування", "UTF-8")),
        ("From", "%s <natalka.sydorenko78@gmail.com>" % ew("Наталія Сидоренко", "UTF-8")),
        ("To", "uvp@cg.ukrtel.net"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "pa02-gromrada-ukrnet"
KEY = {
    "class": "personal_address",
    "executor": "gromrada",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "The Public Council's chairman writes from his ukr.net box; the council is named only in the "
            "signature (genitive) and УВП as addressee; no numbers: the web resource (3), a forum still planned "
            "(4, no item), and the council's discussion of how the plan is carried out (15).",
    "items": [
        {"measure": 3, "source": "body"},
        {"measure": 15, "source": "body"},
    ],
}


def build(name):
    paras = [
        "Шановна пані Тетяно!",
        "До управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації — коротко про "
        "те, що стосується ради.",
        "Веб-ресурс «Чернігівська громада» ми разом з управлінням відкрили 28 листопада; наш комітет з інформаційної "
        "політики веде на ньому розділ ради — вже розміщено положення, склад комітетів і протоколи чотирьох засідань.",
        "Форум на ресурсі хочемо відкрити на початку наступного року, коли знайдемо модератора.",
        "6 грудня на засіданні ради обговорили, як в області виконується план заходів «Відкритий уряд»: заслухали "
        "інформацію управління, рекомендації ради (7 пунктів) передано голові облдержадміністрації.",
        "З повагою<br>О. Мельник,<br>голова Громадської ради при облдержадміністрації<br>(пишу з особистої скриньки)",
    ]
    plain = "\n\n".join(p.replace("<br>", "\n") for p in paras) + "\n"
    html = "<div>" + "".join("<p>%s</p>" % p for p in paras) + "</div>\n"
    alt = multi("alternative", [text(plain, cs="utf-8", cte="base64"), text(html, "html", cs="utf-8", cte="base64")],
                boundary(name, 0, "other"), preamble="", fold=False)
    date = "Sat, 08 Dec 2012 19:25:48 +0200"
    return message([
        ("Received", "from frv71.fwdcdn.com (frv71.fwdcdn.com [212.42.77.71])\n\tby mx.cg.ukrtel.net (Postfix) with "
                     "ESMTP id 7D6C5B4A39\n\tfor <uvp@cg.ukrtel.net>; " + received_after(date, 3)),
        ("Date", date),
        ("From", "=?utf-8?B?%s?= <o.melnyk.chn@ukr.net>" % base64.b64encode("Олександр Мельник".encode()).decode()),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Громадська рада - інформація", "utf-8")),
        ("X-Mailer", "FREEMAIL"),
        ("Message-Id", "<%s.%s@frv71.fwdcdn.com>" % (sha(name)[:10], "1354987548")),
        ("X-Original-Encoding", "utf-8"),
        ("MIME-Version", "1.0"),
    ], alt)


MAILS.append((NAME, KEY, build))


NAME = "pa03-kulykivka-iua-doc"
KEY = {
    "class": "personal_address",
    "executor": "rda-kulykivka",
    "period": 3,
    "late": True,
    "kind": "report",
    "reason": None,
    "note": "From a private i.ua box with a .doc; the district is named in the genitive in body and signature. "
            "Date is «Sun, 15 Dec 2013 22:47:10 +0000», i.e. 00:47 on 16.12 in Kyiv: late. 9 is a bare «Заходи не "
            "проводились», 12 «немає».",
    "items": [
        {"measure": 1, "source": "Куликівка.doc"},
        {"measure": 6, "source": "Куликівка.doc"},
        {"measure": 7, "source": "Куликівка.doc"},
        {"measure": 10, "source": "Куликівка.doc"},
    ],
}


def build(name):
    rows = [
        ("1", "Наповнення офіційного веб-сайту",
         "На офіційному веб-сайті райдержадміністрації створено розділ «Відкритий уряд», оприлюднюються "
         "розпорядження голови РДА, звіти про виконання районного бюджету, оголошення про конкурси."),
        ("6", "Консультації з громадськістю",
         "Проведено 2 громадські обговорення: проекту районного бюджету на 2014 рік (03.12.2013) та питання "
         "перейменування вулиць у смт Куликівка (вересень 2013 р.)."),
        ("7", "Залучення ІГС до дорадчо-консультативних органів",
         "Голову районної організації ветеранів та представника ГО «Куликівщина молода» включено до складу "
         "районної комісії з питань евакуації та районної ради з питань фізичної культури і спорту."),
        ("9", "Обговорення проектів рішень членами громадських рад", "Заходи не проводились"),
        ("10", "Робоча група з питань відкритості",
         "Громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості; на "
         "засіданні 19.11.2013 групу утворено у складі 4 осіб."),
        ("12", "Громадські експертизи", "немає"),
    ]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
    body = ("<p align=center><b>Інформація Куликівської райдержадміністрації про виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади (ІІ півріччя 2013 р.)</b></p>\n"
            "<table width=100%%><tr><th>№ з/п</th><th>Зміст</th><th>Виконання</th></tr>\n%s</table>" % trs)
    doc = office("pa03", "doc", html_doc(body, "Куликівка"))
    plain = ("Добрий вечір. Інформація від Куликівської райдержадміністрації по плану відкритий уряд, у вкладенні.\n\n"
             "Олена Марчук\nсектор інформаційної діяльності апарату Куликівської РДА\n")
    html = ("<p>Добрий вечір. Інформація від Куликівської райдержадміністрації по плану відкритий уряд, у вкладенні.</p>"
            "<p>Олена Марчук<br>сектор інформаційної діяльності апарату Куликівської РДА</p>\n")
    alt = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable"),
                                text(html, "html", cs="utf-8", cte="quoted-printable")],
                boundary(name, 1, "other"), preamble="", fold=False)
    top = multi("mixed", [alt, attach(doc, "application/msword", "Куликівка.doc", "2047b-split", "utf-8")],
                boundary(name, 0, "other"), preamble="", fold=False)
    date = "Sun, 15 Dec 2013 22:47:10 +0000"
    return message([
        ("Received", "from mx.i.ua (mx.i.ua [91.198.36.14])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id "
                     "0E1F2A3B4C\n\tfor <uvp@cg.ukrtel.net>; " + received_after(date, 6)),
        ("Date", date),
        ("From", "=?utf-8?B?%s?= <olena.marchuk@i.ua>" % base64.b64encode("Олена".encode()).decode()),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("відкритий уряд Куликівка", "utf-8")),
        ("Message-ID", "<%s@i.ua>" % sha(name)[:20]),
        ("X-Mailer", "I.UA Mail"),
        ("MIME-Version", "1.0"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "pa04-sluzhba-ditei-borrowed-box"
KEY = {
    "class": "personal_address",
    "executor": "su-sluzhba-ditei",
    "period": 3,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "The Children's Service sends its report from the registered box of the family/youth department (which "
            "is named twice, as the box's owner and the sender's office); 8 «не було» is a placeholder, 12 a denial "
            "with its number.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    plain = ("Шановні колеги!\n\nУ зв'язку з відсутністю доступу до електронної пошти Служби у справах дітей "
             "облдержадміністрації надсилаємо її інформацію з поштової скриньки управління у справах сім'ї, молоді "
             "та спорту.\n\n---\n\n"
             "Служба у справах дітей облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості "
             "та прозорості діяльності виконавчої влади в області повідомляє:\n\n"
             "п. 1 - на веб-сторінці Служби на офіційному сайті облдержадміністрації розміщено знеособлений банк "
             "даних дітей, які потребують влаштування в сімейні форми виховання, оновлено розділ «Усиновлення»;\n"
             "п. 6 - 21.10.2013 проведено консультації з громадськістю щодо проекту обласної програми «Дитинство без "
             "насильства» на 2014 - 2016 роки;\n"
             "п. 7 - до складу обласної комісії з питань захисту прав дитини включено представників ГО «Дитячий фонд "
             "Чернігівщини»;\n"
             "п. 8 - не було;\n"
             "п. 12 - громадська експертиза не проводилась.\n\n"
             "Начальник служби                Л.В. Гнатенко\n\n---\n"
             "Відправила: О. Демченко, управління у справах сім'ї, молоді та спорту ОДА, 67-45-12\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
            "<body lang=UK><div class=WordSection1>\n"
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (l or "&nbsp;") for l in plain.split("\n")[:-1])
            + "</div></body></html>\n")
    alt = multi("alternative", [text(plain, cs="windows-1251", fold=True),
                                text(html, "html", cs="windows-1251", fold=True)], boundary(name, 0))
    date = "Fri, 13 Dec 2013 11:58:20 +0200"
    return message([
        ("Received", received(date, 4, "simia.example.gov.ua", "10.40.8.6", "C0D1E2F3A4")[10:-1]),
        ("From", '"%s" <simia@example.gov.ua>' % ew1("Демченко Ольга", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew("Служба у справах дітей - інформація (Відкритий уряд)", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<006301cef7fb$%s$%s@simia.gov.ua>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac73+1Y" + sha(name)[:14]),
        ("Content-Language", "uk"),
    ], alt)


MAILS.append((NAME, KEY, build))


NAME = "pa05-chernihiv-rda-metaua"
KEY = {
    "class": "personal_address",
    "executor": "rda-chernihiv",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "HTML-only body (windows-1251 base64) from an invented meta.ua box; «Чернігівської облдержадміністрації» "
            "is the addressee, «Чернігівської районної державної адміністрації» the sender; numbers in brackets "
            "after subject headings; 12 is answered by a denial that names the expert reviews.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 9, "source": "body"},
        {"measure": 10, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    rows = [
        ("Веб-сайт РДА (п. 1)", "на сайті райдержадміністрації запрацював розділ «Громадська рада», розміщено "
                                "звіти про виконання районного бюджету за 2012 рік та І квартал 2013 року."),
        ("Консультації з громадськістю (п. 6)", "проведено 3 консультації: щодо схеми санітарної очистки "
                                                "с. Халявин, щодо районної програми «Чисте довкілля», щодо "
                                                "графіка руху приміських автобусів (76 учасників)."),
        ("Робота дорадчо-консультативних органів (п. 7)", "до складу районної ради з питань підприємництва "
                                                          "включено 3 представників громадських організацій."),
        ("Обговорення проектів (п. 9)", "члени громадської ради при РДА обговорили проект розпорядження «Про "
                                        "затвердження плану заходів з благоустрою на 2013 рік»."),
        ("Робоча група з питань відкритості (п. 10)", "громадській раді при РДА надано рекомендації щодо "
                                                      "утворення робочої групи (лист від 11.03.2013 № 01-22/309)."),
        ("Громадські експертизи (п. 12)", "у звітному періоді громадські експертизи не проводились, звернень від "
                                          "громадських організацій не надходило."),
    ]
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\"></head><body>\n"
            "<p>Управлінню з питань внутрішньої політики та зв'язків з громадськістю Чернігівської облдержадміністрації</p>\n"
            "<p><b>Інформація Чернігівської районної державної адміністрації про виконання Плану заходів з підвищення "
            "рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</b></p>\n"
            + "".join("<p><u>%s</u> — %s</p>\n" % r for r in rows)
            + "<p>Заступник голови Чернігівської райдержадміністрації &nbsp;&nbsp;&nbsp; С.М. Лук'яненко</p>\n"
              "<p><i>Виконавець: Бондаренко Т., 67-60-13</i></p>\n</body></html>\n")
    top = text(html, "html", cs="windows-1251", cte="base64")
    date = "Thu, 13 Jun 2013 12:00:41 +0300"
    return message([
        ("Received", "from mail.meta.ua (mail.meta.ua [194.0.131.7])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP "
                     "id 9A8B7C6D5E\n\tfor <uvp@cg.ukrtel.net>; " + received_after(date, 5)),
        ("Date", date),
        ("From", "\"rda vp\" <chernrda.vp@meta.ua>"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Чернігівська РДА", "windows-1251")),
        ("Message-ID", "<%s@meta.ua>" % sha(name)[:24]),
        ("X-Mailer", "META.UA Mail"),
        ("MIME-Version", "1.0"),
    ], top)


MAILS.append((NAME, KEY, build))

# ================================================================= 8. mixed

NAME = "mx01-bobrovytsia-fwd-rfc822"
KEY = {
    "class": "mixed",
    "executor": "rda-bobrovytsia",
    "period": 1,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "The district's secretary forwards (Thunderbird, as attachment) a message/rfc822 from the sector's "
            "private ukr.net box; the report is the docx inside the forwarded message; 7 «—» and 10 «не було» are "
            "placeholders.",
    "items": [
        {"measure": 1, "source": "Бобровиця_ВУ_2012.docx"},
        {"measure": 6, "source": "Бобровиця_ВУ_2012.docx"},
        {"measure": 9, "source": "Бобровиця_ВУ_2012.docx"},
        {"measure": 12, "source": "Бобровиця_ВУ_2012.docx"},
    ],
}


def build(name):
    rows = [
        ("1", "Сайт РДА наповнюється згідно з Порядком оприлюднення інформації; у IV кварталі створено сторінку "
              "«Громадська рада при РДА», оприлюднено 33 розпорядження голови РДА та 4 проекти регуляторних актів."),
        ("6", "Проведено консультації з громадськістю щодо проекту районного бюджету на 2013 рік (05.12.2012) та "
              "щодо реорганізації Бобровицької ЦРЛ (зустріч з медичними працівниками і громадськістю, 22.11.2012)."),
        ("7", "—"),
        ("9", "Члени громадської ради при РДА взяли участь в обговоренні проекту районної програми «Турбота» на "
              "2013 – 2015 роки."),
        ("10", "не було"),
        ("12", "ГО «Бобровицька ініціатива» провела громадську антикорупційну експертизу проекту розпорядження голови "
               "РДА «Про порядок надання в оренду майна спільної власності»; 1 пропозицію враховано."),
    ]
    trs = "".join("<tr><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
    body = ("<p align=center><b>Інформація Бобровицької райдержадміністрації щодо виконання Плану заходів "
            "«Відкритий уряд» станом на 12.12.2012</b></p>\n<table width=100%%><tr><th>Пункт</th><th>Виконання</th>"
            "</tr>\n%s</table>" % trs)
    docx = office("mx01", "docx", html_doc(body, "Бобровиця"))
    inner_plain = ("Наташа, перешли, будь ласка, в управління внутрішньої політики ОДА.\nТаблиця у вкладенні.\n\n"
                   "Валентина, сектор ВП\n")
    inner_top = multi("mixed", [text(inner_plain, cs="utf-8", cte="base64"),
                                attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       "Бобровиця_ВУ_2012.docx", "2047b-split", "utf-8")],
                      boundary(name, 5, "other"), preamble="", fold=False)
    inner_date = "Wed, 12 Dec 2012 16:40:10 +0200"
    inner = message([
        ("Date", inner_date),
        ("From", "=?utf-8?B?%s?= <bobr.vp.sector@ukr.net>" % base64.b64encode("Сектор ВП".encode()).decode()),
        ("To", "rda-bobrovytsia@example.gov.ua"),
        ("Subject", ew("звіт відкритий уряд для ОДА", "utf-8")),
        ("X-Mailer", "FREEMAIL"),
        ("Message-Id", "<%s.1355323210@frv52.fwdcdn.com>" % sha(name, "inner")[:10]),
        ("MIME-Version", "1.0"),
    ], inner_top)
    fwd_name = "звіт відкритий уряд для ОДА.eml"
    fwd = Part("Content-Type: message/rfc822;\n name=\"%s\"\nContent-Transfer-Encoding: 7bit\n"
               "Content-Disposition: attachment;\n filename*=UTF-8''%s\n" % (ew(fwd_name, "UTF-8"), pct2231(fwd_name)),
               inner if inner.endswith(b"\n") else inner + b"\n")
    outer_plain = ("Пересилаю лист сектору з питань внутрішньої політики.\n\n-- \nСекретар Бобровицької РДА\n"
                   "Наталія Савчук\n")
    top = multi("mixed", [text(outer_plain, cs="UTF-8", cte="8bit", extra="; format=flowed", codec="utf-8"), fwd],
                boundary(name, 0, "tb"), fold=False)
    date = "Thu, 13 Dec 2012 09:14:05 +0200"
    return message([
        ("Received", received(date, 3, "bobrovytsia.example.gov.ua", "10.40.13.19", "F1E2D3C4B5")[10:-1]),
        ("Message-ID", "<50C980ED.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "%s <rda-bobrovytsia@example.gov.ua>" % ew("Бобровицька РДА", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Fwd: звіт відкритий уряд для ОДА", "UTF-8")),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "mx02-semenivka-correction-unlabelled"
KEY = {
    "class": "mixed",
    "executor": "rda-semenivka",
    "period": 2,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "A correction of an earlier report: text/plain with no charset label, 8bit windows-1251; the new text "
            "corrects п. 9 and adds to п. 12; the earlier report (1, 6, 9, 12) is quoted below with «>» and gives "
            "nothing.",
    "items": [
        {"measure": 9, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    old = ("Семенівська РДА надає інформацію про виконання плану заходів:\n"
           "п. 1 - на сайті РДА оновлено розділ \"Регуляторна політика\";\n"
           "п. 6 - проведено 2 консультації з громадськістю (щодо бюджету та щодо тарифів на воду);\n"
           "п. 9 - члени громадської ради обговорили проект програми \"Турбота\";\n"
           "п. 12 - громадська експертиза діяльності відділу земельних ресурсів триває.\n\n"
           "Дорошенко В.\n")
    plain = ("УТОЧНЕНА ІНФОРМАЦІЯ (замість листа від 10.06.2013)\n\n"
             "Семенівська РДА уточнює інформацію про виконання плану заходів.\n\n"
             "У п. 9 попереднього листа помилково зазначено обговорення проекту програми \"Турбота\", яке відбулося у "
             "2012 році. Правильно: у травні 2013 року члени громадської ради при РДА взяли участь в обговоренні "
             "проектів розпоряджень голови РДА \"Про районну програму розвитку освіти на 2013-2015 роки\" та \"Про "
             "організацію літнього оздоровлення дітей\".\n\n"
             "П. 12 доповнюємо: 28.05.2013 ГО \"Семенівщина громадська\" завершила громадську експертизу діяльності "
             "відділу земельних ресурсів; пропозиції розглянуто на нараді у голови РДА 04.06.2013, затверджено план "
             "їх реалізації.\n\n"
             "Решта інформації - без змін.\n\nЗ повагою, Дорошенко В.\n\n"
             "----- Original Message -----\nFrom: rda-semenivka@example.gov.ua\nTo: uvp@cg.ukrtel.net\n"
             "Sent: Monday, June 10, 2013 3:12 PM\nSubject: інформація Семенівська РДА\n\n" + quote(old, ">", 76) + "\n")
    top = text(wrap(plain, 76), cs="windows-1251", cte="8bit", label="")
    date = "Thu, 13 Jun 2013 08:30:12 +0300"
    return message([
        ("Received", received(date, 3, "semenivka.example.gov.ua", "10.40.23.11", "A0B1C2D3E4")[10:-1]),
        ("Message-ID", "<5.2.1.%s@example.gov.ua>" % sha(name)[:8]),
        ("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9"),
        ("Date", date),
        ("To", "uvp@cg.ukrtel.net"),
        ("From", "rda-semenivka@example.gov.ua"),
        ("Subject", ew1("Уточнена інформація Семенівської РДА", "windows-1251")),
        ("Mime-Version", "1.0"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "mx03-koriukivka-wordhtml-late"
KEY = {
    "class": "mixed",
    "executor": "rda-koriukivka",
    "period": 3,
    "late": True,
    "kind": "report",
    "reason": None,
    "note": "Outlook 2007 Word HTML in multipart/related with an inline coat-of-arms PNG; the HTML part's MIME label "
            "says iso-8859-1 while its bytes and <meta> are windows-1251 (the plain twin is labelled right); sent "
            "17.12.2013, late.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 10, "source": "body"},
    ],
}


def build(name):
    cid = "image001.png@01CEFB0A.%s" % sha(name)[:8].upper()
    items = [
        ("п. 1", "на офіційному веб-сайті райдержадміністрації у ІІ півріччі розміщено 312 інформаційних матеріалів, "
                 "створено розділ «Прозорий бюджет» з щомісячними звітами про використання коштів;"),
        ("п. 6", "проведено громадські обговорення проекту Програми соціально-економічного розвитку району на 2014 рік "
                 "(10.12.2013) та проекту рішення про встановлення місцевих податків і зборів (жовтень);"),
        ("п. 7", "до складу районної комісії з питань захисту прав споживачів включено голову ГО «Корюківщина — "
                 "територія гідності»;"),
        ("п. 10", "громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості "
                  "(протокол наради у голови РДА від 14.10.2013 № 12)."),
    ]
    intro = ("Корюківська районна державна адміністрація (вих. № 03-11/4410 від 16.12.2013)\n\n"
             "Щодо виконання пунктів 1, 6, 7 та 10 Плану заходів повідомляємо:")
    outro = "Просимо вибачити за несвоєчасне подання інформації."
    sig = "З повагою\nЛюдмила Ковтун\nзавідувач сектору з питань внутрішньої політики\nКорюківська РДА\nтел. (04657) 2-14-90"
    plain = intro + "\n\n" + "\n".join("%s – %s" % it for it in items) + "\n\n" + outro + "\n\n" + sig + "\n\n[cid:%s]\n" % cid
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)">\n'
            '<style><!--\n /* Font Definitions */\n @font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri","sans-serif";}\n@page Section1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.Section1\n\t{page:Section1;}\n--></style>\n<!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext="edit" '
            'spidmax="1026" />\n</xml><![endif]--></head>\n<body lang=UK link=blue vlink=purple>\n<div class=Section1>\n'
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % l if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                      for l in intro.split("\n"))
            + "".join("<p class=MsoNormal style='margin-left:18.0pt'><b>%s</b> – %s<o:p></o:p></p>\n" % it for it in items)
            + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal>%s<o:p></o:p></p>\n" % outro
            + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><span style='color:#1F497D'>"
            + "<br>\n".join(sig.split("\n")) + "<o:p></o:p></span></p>\n"
            + "<p class=MsoNormal><span style='color:#1F497D'><img width=48 height=48 id=\"Picture_x0020_1\" "
              "src=\"cid:%s\" alt=\"gerb\"><o:p></o:p></span></p>\n</div>\n</body>\n</html>\n" % cid)
    img = Part("Content-Type: image/png;\n\tname=\"image001.png\"\nContent-Transfer-Encoding: base64\n"
               "Content-ID: <%s>\n" % cid, base64.encodebytes(tiny_png(seed=3)))
    # Outlook 2007 with an inline image: related( alternative( plain, html ), image ).
    alt2 = multi("alternative", [text(plain, cs="windows-1251", fold=True),
                                 text(html, "html", cs="iso-8859-1", codec="cp1251", fold=True)], boundary(name, 1),
                 preamble="")
    top = multi("related", [alt2, img], boundary(name, 0), extra=";\n\ttype=\"multipart/alternative\"")
    date = "Tue, 17 Dec 2013 10:41:37 +0200"
    return message([
        ("Received", received(date, 5, "koriukivka.example.gov.ua", "10.40.17.8", "E9D8C7B6A5")[10:-1]),
        ("From", '"%s" <rda-koriukivka@example.gov.ua>' % ew1("Ковтун Людмила", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("Корюківська РДА - план заходів (вих. 03-11/4410)", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<000601cefb0a$%s$%s@koriukivka>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac77ClsX" + sha(name)[:12]),
        ("Content-Language", "uk"),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "mx04-nizhyn-inline-forward-late"
KEY = {
    "class": "mixed",
    "executor": "rda-nizhyn",
    "period": 1,
    "late": True,
    "kind": "report",
    "reason": None,
    "note": "On Monday 17.12.2012 (late) the district's secretary forwards inline (Thunderbird, Russian UI header "
            "«-------- Исходное сообщение --------») the sector's report of Friday, which had gone from a gmail box "
            "to a wrong address; the forwarded text is the district's report and counts.",
    "items": [
        {"measure": 1, "source": "body"},
        {"measure": 6, "source": "body"},
        {"measure": 7, "source": "body"},
        {"measure": 9, "source": "body"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    fwd = ("Ніжинська райдержадміністрація інформує про виконання плану заходів «Відкритий уряд».\n\n"
           "п. 1 – на сайті РДА створено розділ «Доступ до публічної інформації» та «Громадська рада», "
           "оприлюднюються проекти розпоряджень голови РДА;\n"
           "п. 6 – 23.11.2012 проведено публічне громадське обговорення проекту районного бюджету на 2013 рік;\n"
           "п. 7 – 5 членів громадської ради при РДА входять до складу районних комісій і рад;\n"
           "п. 9 – члени громадської ради обговорили проект програми розвитку культури району на 2013 – 2015 роки;\n"
           "п. 12 – громадські експертизи не проводились.\n\n"
           "Сектор з питань внутрішньої політики Ніжинської РДА\nІ. Гребінь\n")
    plain = ("Доброго ранку!\n\nПересилаю інформацію сектору з питань внутрішньої політики Ніжинської РДА, яка в "
             "п'ятницю помилково пішла не на ту адресу.\n\nСекретар голови РДА\nТетяна Руденко\n\n\n"
             "-------- Исходное сообщение --------\n"
             "Тема: \tвідкритий уряд Ніжинська РДА\n"
             "Дата: \tFri, 14 Dec 2012 16:58:02 +0200\n"
             "От: \tIryna Hrebin <vp.nizhynrda@gmail.com>\n"
             "Кому: \tuvp@cg.ukrtel.net.ua, rda-nizhyn@example.gov.ua\n\n\n\n" + fwd)
    top = text(wrap(plain, 76), cs="UTF-8", cte="8bit", extra="; format=flowed", codec="utf-8")
    date = "Mon, 17 Dec 2012 09:02:51 +0200"
    return message([
        ("Received", received(date, 4, "nizhyn.example.gov.ua", "10.40.19.14", "B5A4938271")[10:-1]),
        ("Message-ID", "<50CEC36B.%s@example.gov.ua>" % sha(name)[:7].upper()),
        ("Date", date),
        ("From", "%s <rda-nizhyn@example.gov.ua>" % ew("Ніжинська РДА", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", ew("Fwd: відкритий уряд Ніжинська РДА", "UTF-8")),
    ], top)


MAILS.append((NAME, KEY, build))


NAME = "mx05-sosnytsia-cover-and-rtf"
KEY = {
    "class": "mixed",
    "executor": "rda-sosnytsia",
    "period": 3,
    "late": False,
    "kind": "report",
    "reason": None,
    "note": "Cover note and attachment report different measures: the body adds п. 12, the RTF (RFC 2231 file name "
            "in windows-1251) answers 1, 6, 7, 9, 10 and only promises 12; the covering «надаємо інформацію» is 16.",
    "items": [
        {"measure": 1, "source": "Сосниця_інформація.rtf"},
        {"measure": 6, "source": "Сосниця_інформація.rtf"},
        {"measure": 7, "source": "Сосниця_інформація.rtf"},
        {"measure": 9, "source": "Сосниця_інформація.rtf"},
        {"measure": 10, "source": "Сосниця_інформація.rtf"},
        {"measure": 12, "source": "body"},
    ],
}


def build(name):
    body = (
        "<p align=center><b>ІНФОРМАЦІЯ<br>Сосницької районної державної адміністрації про виконання Плану заходів з "
        "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року"
        "</b></p>\n"
        "<p><b>Пункт 1.</b> Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законодавства; "
        "у розділі «Доступ до публічної інформації» оприлюднено систему обліку документів, у ІІ півріччі розміщено "
        "184 матеріали.</p>\n"
        "<p><b>Пункт 6.</b> Проведено громадське обговорення проекту районної програми розвитку малого та середнього "
        "підприємництва на 2014 – 2015 роки (15.11.2013, 37 учасників) та консультації з питань тарифів на "
        "теплопостачання (жовтень).</p>\n"
        "<p><b>Пункт 7.</b> До складу районної комісії з питань техногенно-екологічної безпеки та надзвичайних "
        "ситуацій включено представника ГО «Сосниця — рідний край».</p>\n"
        "<p><b>Пункт 9.</b> Члени громадської ради при РДА взяли участь в обговоренні проекту розпорядження голови "
        "РДА «Про затвердження районної програми «Питна вода» на 2014 – 2020 роки».</p>\n"
        "<p><b>Пункт 10.</b> Робоча група з питань відкритості та прозорості у складі громадської ради при РДА "
        "утворена 12.09.2013 (голова — О.П. Ніколаєнко).</p>\n"
        "<p><b>Пункт 12.</b> Інформація буде надана окремо.</p>\n"
        "<p>&nbsp;</p><p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Г.В. Бут</p>")
    rtf = office("mx05", "rtf", html_doc(body, "Сосниця"))
    plain = ("Надаємо інформацію Сосницької РДА про виконання Плану заходів (додається).\n\n"
             "Додатково щодо п. 12: 26.11.2013 ГО «Сосницький правозахисний центр» провела громадську антикорупційну "
             "експертизу проекту розпорядження голови РДА «Про затвердження Порядку використання коштів резервного "
             "фонду районного бюджету»; 3 пропозиції враховано.\n\n"
             "З повагою,\nсектор з питань внутрішньої політики Сосницької РДА\nтел. (04655) 2-16-71\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=UK>"
            "<div class=WordSection1>\n"
            + "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (p.replace("\n", "<br>"))
                      for p in plain.strip().split("\n\n")) + "</div></body></html>\n")
    alt = multi("alternative", [text(plain, cs="windows-1251", fold=True),
                                text(html, "html", cs="windows-1251", fold=True)], boundary(name, 1))
    top = multi("mixed", [alt, attach(rtf, "application/rtf", "Сосниця_інформація.rtf", "2231-only", "windows-1251")],
                boundary(name, 0))
    date = "Fri, 13 Dec 2013 15:15:15 +0200"
    return message([
        ("Received", received(date, 4, "sosnytsia.example.gov.ua", "10.40.22.17", "7F6E5D4C3B")[10:-1]),
        ("From", '"%s" <rda-sosnytsia@example.gov.ua>' % ew1("Сосницька РДА", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", ew1("інформація Сосницької РДА (Відкритий уряд)", "windows-1251")),
        ("Date", date),
        ("Message-ID", "<001c01cef81a$%s$%s@sosnytsia>" % (sha(name)[:8], sha(name)[8:16])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac74GnE" + sha(name)[:14]),
        ("Content-Language", "uk"),
    ], top)


MAILS.append((NAME, KEY, build))


# ================================================================= main

def check(name, key, raw):
    """Sanity checks on the hand-written key (nothing here writes a key)."""
    assert key["class"] in ("placeholder", "bottom_post", "not_report", "ranges", "prose",
                            "foreign_numbers", "personal_address", "mixed"), name
    assert key["kind"] in ("report", "not_report"), name
    assert (key["reason"] is None) == (key["kind"] == "report"), name
    if key["kind"] == "not_report":
        assert key["items"] == [] and key["reason"] in (
            "question", "invitation", "thanks", "announcement", "extension_request", "promise"), name
    else:
        assert key["items"], name
    items = [(i["measure"], i["source"]) for i in key["items"]]
    assert items == sorted(set(items)), name + ": items not sorted/unique"
    assert all(1 <= m <= 15 for m, _ in items), name
    assert b"\r\n" in raw and b"\r\r" not in raw and not re.search(rb"[^\r]\n", raw), name + ": line ends"
    # the Date header, read in Kyiv, must agree with the key's period and lateness
    hdrs = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    date = re.search(r"^Date: (.*)$", hdrs, re.M).group(1)
    utc = email.utils.parsedate_to_datetime(date).astimezone(_dt.timezone.utc)
    kyiv = (utc + _dt.timedelta(hours=kyiv_offset(utc))).date()
    deadlines = [_dt.date(2012, 12, 15), _dt.date(2013, 6, 15), _dt.date(2013, 12, 15)]
    per, late = None, False
    for n, d in enumerate(deadlines, 1):
        if kyiv <= d:
            per = n
            break
        if kyiv <= d + _dt.timedelta(days=3):
            per, late = n, True
            break
    assert (per, late) == (key["period"], key["late"]), "%s: %s %s" % (name, per, late)

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    names = {p.get_filename() for p in msg.walk() if p.get_filename()}
    for m, src in items:
        assert src == "body" or src in names, "%s: no attachment %r" % (name, src)


def main():
    os.makedirs(WORK, exist_ok=True)
    names = set()
    for name, key, build in MAILS:
        assert name not in names, name
        names.add(name)
        raw = crlf(build(name))
        check(name, key, raw)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(key, ensure_ascii=False, indent=1) + "\n")
    reports = [k for _, k, _ in MAILS if k["kind"] == "report"]
    print("mails %d, reports %d, not_reports %d, items %d, late %d" % (
        len(MAILS), len(reports), len(MAILS) - len(reports),
        sum(len(k["items"]) for _, k, _ in MAILS), sum(1 for _, k, _ in MAILS if k["late"])))


if __name__ == "__main__":
    main()
