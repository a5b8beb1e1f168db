#!/usr/bin/env python3
"""Build the «hromada» corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Python 3 standard library only. Run: python3 make.py
Attachments are written as HTML (documents) or CSV (sheets) under attachments/src/ and converted
once with LibreOffice into attachments/; the converted files are kept and reused, so a second run
needs no soffice. Every mail's KEY literal stands directly above its builder and was written first.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import quopri
import subprocess
import sys
import tomllib
import urllib.parse
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
SCRATCH = "/tmp/hromada-work"
PLAN = "/work/main/config/plan.toml"
KYIV = ZoneInfo("Europe/Kyiv")
UVP = "uvp@cg.ukrtel.net"
PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
          "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


# ---------------------------------------------------------------- MIME by hand
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = list(headers)
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def render(self):
        out = b""
        for h in self.headers:
            out += h.encode("ascii") + b"\r\n"
        out += b"\r\n"
        if self.children:
            out += b"This is a multi-part message in MIME format.\r\n\r\n"
            for c in self.children:
                out += b"--" + self.boundary.encode() + b"\r\n" + c.render() + b"\r\n"
            out += b"--" + self.boundary.encode() + b"--\r\n"
        else:
            out += self.body
        return out


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(data, cte):
    if cte == "base64":
        return crlf(base64.encodebytes(data))
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(data.replace(b"\r\n", b"\n")))
    return crlf(data)


KOI_FIX = str.maketrans({"№": "N", "«": '"', "»": '"', "—": "-", "–": "-", "’": "'", "„": '"', "“": '"'})


def text(s, charset="windows-1251", cte="quoted-printable", subtype="plain", extra=(), fmt=None):
    if charset.lower().startswith("koi8"):
        s = s.translate(KOI_FIX)  # the typographic signs koi8 has no room for, as the writer's editor left them
    data = crlf(s.encode(charset))
    ct = f'Content-Type: text/{subtype}; charset="{charset}"'
    if fmt:
        ct += f"; format={fmt}"
    return Part([ct, f"Content-Transfer-Encoding: {cte}", *extra], encode_body(data, cte))


def text_raw(data, label, cte="8bit", subtype="html"):
    """A text part whose bytes are given as they are (for a mislabelled charset)."""
    return Part([f'Content-Type: text/{subtype}; charset="{label}"',
                 f"Content-Transfer-Encoding: {cte}"], encode_body(data, cte))


_bn = [0]


def multipart(subtype, children, extra=()):
    _bn[0] += 1
    b = f"----=_NextPart_{_bn[0]:03d}_{1337 + _bn[0] * 7:04X}_01CE{_bn[0] * 1111:08X}"
    return Part([f'Content-Type: multipart/{subtype};\r\n\tboundary="{b}"', *extra],
                children=children, boundary=b)


def ew(s, charset="windows-1251", enc="B"):
    """RFC 2047 encoded words, split on character boundaries."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset, "replace")) > 30:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = ""
            for byte in raw:
                c = chr(byte)
                if byte == 32:
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                else:
                    q += f"={byte:02X}"
            out.append(f"=?{charset}?Q?{q}?=")
    return "\r\n ".join(out)


def addr(name, email_addr, charset="windows-1251", enc="B"):
    if not name:
        return email_addr
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email_addr}>'
    return f"{ew(name, charset, enc)} <{email_addr}>"


def fname_params(fname, style, charset="windows-1251"):
    """Return (name-param, filename-param) strings for a file name in the given style."""
    if style == "ascii" or all(ord(c) < 128 for c in fname):
        return f'name="{fname}"', f'filename="{fname}"'
    if style == "2231":
        chunks, cur = [], ""
        for ch in fname:  # split between characters, as Thunderbird does
            qc = urllib.parse.quote(ch.encode("utf-8"), safe="")
            if len(cur) + len(qc) > 54:
                chunks.append(cur)
                cur = ""
            cur += qc
        chunks.append(cur)
        parts = []
        for i, c in enumerate(chunks):
            pre = "utf-8''" if i == 0 else ""
            parts.append(f"filename*{i}*={pre}{c}")
        return f'name="{ew(fname, "utf-8", "B")}"', ";\r\n\t".join(parts)
    enc = "B" if style == "B" else "Q"
    e = ew(fname, charset, enc)
    return f'name="{e}"', f'filename="{e}"'


def attach(path, ctype, fname, style="B", charset="windows-1251", disp="attachment"):
    with open(os.path.join(ATT, path), "rb") as f:
        data = f.read()
    n, fn = fname_params(fname, style, charset)
    return Part([f"Content-Type: {ctype};\r\n\t{n}", "Content-Transfer-Encoding: base64",
                 f"Content-Disposition: {disp};\r\n\t{fn}"], encode_body(data, "base64"))


def attach_bytes(data, ctype, fname, style="ascii", cte="base64", charset="windows-1251",
                 disp="attachment"):
    n, fn = fname_params(fname, style, charset)
    return Part([f"Content-Type: {ctype};\r\n\t{n}", f"Content-Transfer-Encoding: {cte}",
                 f"Content-Disposition: {disp};\r\n\t{fn}"], encode_body(data, cte))


def inline_image(cid, fname):
    # a 1x1 PNG stands in for the letterhead picture Word puts in
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    return Part([f'Content-Type: image/png;\r\n\tname="{fname}"', "Content-Transfer-Encoding: base64",
                 f"Content-ID: <{cid}>", f'Content-Disposition: inline;\r\n\tfilename="{fname}"'],
                encode_body(png, "base64"))


def rfc822(msg_bytes, fname=None):
    h = ["Content-Type: message/rfc822"]
    if fname:
        n, fn = fname_params(fname, "B")
        h[0] += f";\r\n\t{n}"
        h.append(f"Content-Disposition: attachment;\r\n\t{fn}")
    return Part(h, crlf(msg_bytes))


def kyiv(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def msg(frm, subject, when, body, to=UVP, mailer=None, extra=(), subj_cs="windows-1251",
        subj_enc="B", domain=None, received=True, mid=None, relay="mail.example.gov.ua",
        delay=7, top_level=True):
    domain = domain or frm.rsplit("@", 1)[-1].strip(">")
    mid = mid or f"<{when:%Y%m%d%H%M%S}.{zlib.crc32(subject.encode()) % 99991:05d}@{domain}>"
    hs = []
    if received:
        rcv = when + dt.timedelta(seconds=delay)
        hs.append(f"Received: from {relay} ({relay} [192.0.2.{10 + delay}])\r\n\tby mx.cg.ukrtel.net "
                  f"with ESMTP id {when:%H%M%S}{delay:02d}; {email.utils.format_datetime(rcv)}")
    hs += [f"From: {frm}", f"To: {to}", f"Subject: {ew(subject, subj_cs, subj_enc)}",
           f"Date: {email.utils.format_datetime(when)}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    if mailer:
        hs.append(mailer)
    hs += list(extra)
    out = b"".join(h.encode("ascii") + b"\r\n" for h in hs)
    return out + body.render()


# Mailers, as they announce themselves
OL03 = "X-Mailer: Microsoft Office Outlook 11"
OL07 = "X-Mailer: Microsoft Office Outlook 12.0"
OL10 = "X-Mailer: Microsoft Outlook 14.0"
OE = "X-Mailer: Microsoft Outlook Express 6.00.2900.5931"
TB = "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"
BAT = "X-Mailer: The Bat! (v4.0.24) Professional"
OPERA = "User-Agent: Opera Mail/12.14 (Win32)"
APPLE = "X-Mailer: Apple Mail (2.1499)"
IPHONE = "X-Mailer: iPhone Mail (10B329)"
ANDROID = "User-Agent: K-9 Mail for Android"
RC = "User-Agent: Roundcube Webmail/0.8.4"
CDO = "X-Mailer: Produced By Microsoft MimeOLE V6.00.2900.6157"


# ---------------------------------------------------------------- attachments
def soffice(src_name, content, fmt, out_name):
    """Write content into attachments/src/src_name and convert it to attachments/out_name once."""
    os.makedirs(SRC, exist_ok=True)
    sp = os.path.join(SRC, src_name)
    if not os.path.exists(sp):
        with open(sp, "w", encoding="utf-8") as f:
            f.write(content)
    op = os.path.join(ATT, out_name)
    if os.path.exists(op):
        return out_name
    work = os.path.join(SCRATCH, "conv")
    os.makedirs(work, exist_ok=True)
    stem = os.path.splitext(src_name)[0]
    if src_name.endswith(".csv"):
        infilter = "CSV:44,34,76,1"
    else:
        infilter = "HTML (StarWriter)"
    filt = {"xls": "xls:MS Excel 97", "xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods",
            "doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML", "odt": "odt:writer8",
            "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export"}[fmt]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{SCRATCH}/lo",
                    f"--infilter={infilter}", "--convert-to", filt, "--outdir", work, sp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(os.path.join(work, f"{stem}.{fmt}"), op)
    return out_name


def html_doc(body, title="Документ"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title +
            "</title><style>body{font-family:'Times New Roman';font-size:13pt}"
            "td,th{border:1px solid #000;padding:3px;vertical-align:top}"
            "table{border-collapse:collapse}</style></head><body>" + body + "</body></html>")


def csv_doc(rows):
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def table_html(head, rows):
    h = "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table>{h}{b}</table>"


# ================================================================= THE MAILS
M = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    5: "Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
}
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder(deadline, today, executor, missing, overdue=False, partial=False):
    """zvit's reminder as its template renders it."""
    if overdue:
        s = (f"Нагадуємо, що {deadline} минув термін подання інформації про виконання {PLAN_TITLE} "
             "(пункт 16 плану).")
    else:
        s = (f"Нагадуємо, що відповідно до пункту 16 {PLAN_TITLE} інформацію про його виконання "
             f"необхідно надати до {deadline} на адресу електронної пошти uvp@cg.ukrtel.net.")
    if partial:
        s2 = (f"Вашу інформацію отримано, проте станом на {today} за звітний період не вдалося "
              "зарахувати відомості щодо пунктів, наведених нижче.")
    else:
        s2 = (f"Станом на {today} від {executor} не надійшла інформація за звітний період щодо "
              "таких пунктів плану:")
    items = "\n".join(f"\n  {m}. {M[m]}" for m in missing)
    return ("Шановні колеги!\n\n" + s + "\n\n" + s2 + "\n" + items + "\n\n"
            "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
            "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
            "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
            "зазначивши номери пунктів плану.\n\n"
            + ("Просимо надати інформацію невідкладно." if overdue else
               "Просимо дотримуватися встановленого терміну.") +
            "\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
            "його недійсним.\n\nЗ повагою\n" + UVP_NAME)


def quote(s, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in s.split("\n"))


# ---------------------------------------------------------------- 1. placeholder

KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A 16-row .xls where rows 7, 10, 12 carry «—», a bare «не проводились» and «х» among rows dense with counts of councils and dates.",
       "items": [{"measure": 1, "source": "Інформація_Бахмацька РДА_2012.xls"},
                 {"measure": 6, "source": "Інформація_Бахмацька РДА_2012.xls"},
                 {"measure": 9, "source": "Інформація_Бахмацька РДА_2012.xls"}]}


@mail("ph01-bakhmach", KEY)
def _():
    rows = [["№ п/п", "Зміст заходу", "Виконавець", "Інформація про виконання"],
            ["1", "Приведення сайтів до вимог законодавства", "РДА",
             "На офіційному веб-сайті райдержадміністрації (bahmach-rda.gov.ua) оновлено розділи «Нормативні акти» та «Доступ до публічної інформації»; за ІІІ-IV кв. розміщено 214 матеріалів, 37 проектів розпоряджень, 19 оголошень. Сайт відвідали 6 418 користувачів"],
            ["2", "Рубрики на сайті ОДА", "СП ОДА", ""],
            ["6", "Консультації з громадськістю (постанова КМУ № 996)", "СП ОДА, РДА",
             "Проведено 4 громадських слухання (16.10, 23.10, 14.11, 29.11.2012) щодо проекту районного бюджету на 2013 рік у 4 з 31 сільських рад (Бахмач-2, Курінь, Тиниця, Фастівці); взяли участь 286 осіб, надійшло 23 пропозиції, враховано 17"],
            ["7", "Дорадчо-консультативні органи", "СП ОДА, РДА", "—"],
            ["8", "Колегії СП ОДА", "СП ОДА", "х"],
            ["9", "Обговорення проектів розпоряджень", "СП ОДА, РДА",
             "Члени громадської ради (9 осіб) взяли участь в обговоренні проекту Програми розвитку малого підприємництва на 2013-2014 рр. (розпорядження № 412 від 05.11.2012), подано 6 зауважень"],
            ["10", "Комісії з питань відкритості при громадських радах", "УВП, РДА", "не проводились"],
            ["11", "Дні відкритих дверей", "УВП", "х"],
            ["12", "Громадські експертизи", "СП ОДА, РДА", "х"],
            ["13", "Навчальні семінари", "УВП, ЦПК", ""],
            ["16", "Надання інформації", "СП ОДА, РДА", "Інформацію надано 12.12.2012"]]
    f = soffice("ph01.csv", csv_doc(rows), "xls", "ph01.xls")
    body = text("Добрий день!\n\nНа виконання п. 16 плану надсилаємо інформацію Бахмацької РДА "
                "(вих. № 01-12/3307 від 12.12.2012).\n\nЗ повагою,\nзагальний відділ апарату "
                "Бахмацької райдержадміністрації\nтел. (04635) 2-13-47\n", "windows-1251", "quoted-printable")
    m = multipart("mixed", [body, attach(f, "application/vnd.ms-excel", "Інформація_Бахмацька РДА_2012.xls", "B")])
    return msg(addr("Загальний відділ Бахмацької РДА", "rda-bakhmach@example.gov.ua"),
               "Інформація на виконання плану Відкритий уряд", kyiv(2012, 12, 12, 11, 42, 5), m, mailer=OL03)


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A koi8-u plain-text table where the unit's seven owed rows mix real answers with «-», «немає», a lone «+» and «без змін».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("ph02-finansy", KEY)
def _():
    t = ("Головне фінансове управління облдержадміністрації\n"
         "вих. № 04-08/1186 від 13.06.2013\n\n"
         "Інформація про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року\n\n"
         "Пункт | Інформація\n"
         "------+----------------------------------------------------------\n"
         "1     | На веб-сторінці управління щомісяця оновлюється розділ «Бюджет області»: розміщено 6 звітів\n"
         "      | про виконання обласного бюджету (станом на 01.01, 01.02 ... 01.06.2013), 22 рішення сесій\n"
         "      | районних рад про бюджет; кількість переглядів - 11 902\n"
         "2     | Рубрику «Виконання місцевих бюджетів Чернігівської області» на сайті ОДА наповнено: 4 квартальні\n"
         "      | огляди, таблиці по 22 районах і 4 містах обласного значення (оновлено 15.04 та 14.05.2013)\n"
         "6     | -\n"
         "7     | немає\n"
         "8     | +\n"
         "9     | Проект розпорядження «Про затвердження Порядку складання бюджетного запиту» обговорено на засіданні\n"
         "      | комітету з питань бюджету Громадської ради 21.03.2013, присутні 8 членів, 3 пропозиції враховано\n"
         "12    | без змін\n\n"
         "Заступник начальника управління                      О.П.Гринь\n"
         "Виконавець: Лисенко Т.М., 67-45-09\n")
    return msg(addr("Фінуправління ОДА", "finansy@example.gov.ua", "koi8-u"),
               "Відкритий уряд - інформація ГФУ за I півріччя", kyiv(2013, 6, 13, 16, 5, 41),
               text(t, "koi8-u", "8bit"), mailer=BAT, subj_cs="koi8-u")


KEY = {"class": "placeholder", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx table where measure 10 has only «+», 7 an empty cell, 9 and 12 a bare «не проводились», beside long answers listing hromadas with their own numbering.",
       "items": [{"measure": 1, "source": "Сосниця_ВУ_ІІ півр 2013.docx"},
                 {"measure": 6, "source": "Сосниця_ВУ_ІІ півр 2013.docx"}]}


@mail("ph03-sosnytsia", KEY)
def _():
    rows = [["1", "Сайт РДА",
             "Функціонує офіційний веб-сайт РДА; у ІІ півріччі створено підрозділ «Громади району» зі сторінками 27 сільських рад, розміщено 96 новин, 41 розпорядження голови РДА (у т.ч. розпорядження № 287 від 02.09.2013). Телефон для зауважень до сайту: (04655) 2-16-08"],
            ["6", "Консультації з громадськістю",
             "Проведено 5 зустрічей з мешканцями сіл щодо об’єднання шкільних округів:<br>1) с. Волинка — 12.09.2013, 10.00, 64 учасники;<br>2) с. Загребелля — 19.09, 47 учасників;<br>3) с. Змітнів — 26/09/2013, 38 учасників;<br>4) с. Спаське — 3 жовтня, 52 учасники;<br>5) смт Сосниця, вул. Троїцька, 1 — 17.10.2013, 115 учасників.<br>Усього 316 осіб, 29 пропозицій"],
            ["7", "Дорадчі органи", ""],
            ["9", "Обговорення проектів", "не проводились"],
            ["10", "Комісії з відкритості", "+"],
            ["12", "Громадські експертизи", "не проводились"]]
    f = soffice("ph03.html", html_doc("<p align=center><b>Інформація Сосницької районної державної адміністрації про виконання плану заходів за ІІ півріччя 2013 року</b></p>" +
                table_html(["№ пункту плану", "Захід", "Стан виконання"], rows)), "docx", "ph03.docx")
    body = text("Надсилаємо інформацію за ІІ півріччя 2013 р. у вкладенні.\n\n--\nВідділ організаційної роботи та "
                "інформаційної діяльності апарату Сосницької РДА\n16100, смт Сосниця, вул. Троїцька, 1\n", "utf-8", "base64")
    m = multipart("mixed", [body, attach(f, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         "Сосниця_ВУ_ІІ півр 2013.docx", "2231")])
    return msg(addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "utf-8"), "Сосниця - Відкритий уряд ІІ півріччя",
               kyiv(2013, 12, 11, 9, 17, 22), m, mailer=TB, subj_cs="utf-8")


KEY = {"class": "placeholder", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An HTML-only table of the council's three measures: 3 answered with visitor counts, 4 «—», 15 «х».",
       "items": [{"measure": 3, "source": "body"}]}


@mail("ph04-gromrada", KEY)
def _():
    h = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body>"
         "<p>Шановні колеги!</p><p>Громадська рада при облдержадміністрації надає інформацію щодо пунктів плану, "
         "співвиконавцем яких вона є:</p><table border=1 cellspacing=0 cellpadding=4>"
         "<tr><th>№</th><th>Захід</th><th>Виконання</th></tr>"
         "<tr><td>3</td><td>Веб-ресурс «Чернігівська громада»</td><td>Веб-ресурс запрацював 01.11.2012; "
         "зареєстровано 143 громадські організації з 22 районів, опубліковано 58 матеріалів, 3 опитування; "
         "модератори — 2 члени ради (протокол засідання № 7 від 18.10.2012)</td></tr>"
         "<tr><td>4</td><td>Інтернет-форум</td><td>—</td></tr>"
         "<tr><td>15</td><td>Громадське обговорення виконання заходів</td><td>х</td></tr></table>"
         "<p>Секретар Громадської ради<br>І.В.Пащенко, тел. 050-417-22-60</p></body></html>")
    return msg(addr("Громадська рада при ОДА", "gromrada@example.gov.ua", "utf-8"),
               "Інформація Громадської ради (п. 3, 4, 15)", kyiv(2012, 12, 14, 18, 30, 2),
               text(h, "utf-8", "quoted-printable", "html"), mailer=OPERA, subj_cs="utf-8", subj_enc="Q")


KEY = {"class": "placeholder", "executor": "rda-ichnia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A late .ods whose rows 1, 9, 10, 12 say «без змін», «—», «немає», «не було», while 6 and 7 carry hromada counts and order numbers.",
       "items": [{"measure": 6, "source": "ichnia_vidkr_uriad.ods"},
                 {"measure": 7, "source": "ichnia_vidkr_uriad.ods"}]}


@mail("ph05-ichnia", KEY)
def _():
    rows = [["Пункт плану", "Інформація про виконання", "Примітка"],
            ["1", "без змін", ""],
            ["6", "Проведено 3 консультації у формі громадських слухань: 14.03.2013 (проект Програми розвитку культури, 71 учасник), 18.04.2013 (упорядкування м. Ічня, 93 учасники), 23.05.2013 (тарифи на воду, 54 учасники). Пропозицій — 21, враховано 12", "Звіти на сайті"],
            ["7", "Розпорядженням голови РДА № 96 від 11.03.2013 до складу координаційної ради з питань розвитку підприємництва включено 4 представників ГО (з 15 членів ради)", ""],
            ["9", "—", ""],
            ["10", "немає", ""],
            ["12", "не було", ""]]
    f = soffice("ph05.csv", csv_doc(rows), "ods", "ph05.ods")
    body = text("Вибачте за затримку. Ічнянська РДА, 16400 м. Ічня, вул. Вишнева, 4. Тел. (04633) 2-11-80", "windows-1251", "8bit")
    m = multipart("mixed", [body, attach(f, "application/vnd.oasis.opendocument.spreadsheet", "ichnia_vidkr_uriad.ods", "ascii")])
    return msg("rda-ichnia@example.gov.ua", "Vidkrytyi uriad", kyiv(2013, 6, 17, 8, 56, 13), m, mailer=OE)


# ---------------------------------------------------------------- 2. bottom_post

KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply typed below zvit's «>»-quoted overdue reminder, whose quoted items 6, 9, 12 must not count; the answer on 12 says expertises were not held, naming its subject.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp01-nosivka", KEY)
def _():
    q = reminder("15.06.2013", "16.06.2013", "Носівська районна державна адміністрація", [6, 9, 12], overdue=True)
    t = ("16.06.2013 10:00, Управління з питань внутрішньої політики пише:\n" + quote(q) + "\n\n"
         "Доброго дня. Надаємо інформацію Носівської РДА:\n\n"
         "п. 6 - у І півріччі проведено 7 консультацій з громадськістю (з них 3 громадські слухання, 4 зустрічі з "
         "мешканцями) у Носівській міській та 6 сільських радах (Мрин, Лосинівка, Володькова Дівиця, Плоске, Червоні Партизани, "
         "Дослідне), загалом 412 учасників.\n"
         "п. 9 - проект розпорядження \"Про районну програму підтримки сім'ї на 2013-2015 роки\" обговорено за участю 5 членів "
         "громадської ради 22.04.2013, враховано 2 пропозиції на суму 18,5 тис. грн.\n"
         "п. 12 - громадських експертиз у звітному періоді не проводилось, запитів від ІГС не надходило.\n\n"
         "--\nГоловний спеціаліст відділу з питань внутрішньої політики Носівської РДА\nКоваль Н.С., (04642) 2-14-93\n")
    return msg(addr("Коваль Наталія", "rda-nosivka@example.gov.ua", "utf-8"),
               "Re: Нагадування: інформація про виконання плану заходів", kyiv(2013, 6, 17, 14, 21, 40),
               text(t, "utf-8", "quoted-printable", fmt="flowed"), mailer=TB, subj_cs="utf-8",
               extra=["In-Reply-To: <zvit.20130616.rda-nosivka@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian-UI Outlook reply written below an «Исходное сообщение» block with no «>», quoting zvit's receipt that lists measures 1, 6, 7, 9, 12; the new text adds 2 and 8 only.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail("bp02-osvita", KEY)
def _():
    rcpt = ("Шановні колеги!\n\nУправління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
            "підтверджує отримання Вашого листа від 03.06.2013 «Інформація УОН».\n\n"
            "Виконавець: Управління освіти і науки облдержадміністрації.\nЗвітний період: 2-й (термін подання інформації — 15.06.2013).\n\n"
            "Розпізнано інформацію щодо таких пунктів плану:\n"
            "  • пункт 1: На сайті управління оновлено розділ «Публічна інформація»…\n"
            "  • пункт 6: Проведено 3 консультації з батьківською громадськістю…\n"
            "  • пункт 7: До складу атестаційної комісії включено 2 членів громадської ради…\n"
            "  • пункт 9: Проект обласної програми «Освіта Чернігівщини» обговорено…\n"
            "  • пункт 12: не проводились\n\n"
            "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
            "  2. З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».\n"
            "  8. Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.\n\n"
            "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.\n\n"
            "З повагою\n" + UVP_NAME)
    t = ("-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]\n"
         "Отправлено: 4 июня 2013 г. 9:02\nКому: osvita@example.gov.ua\n"
         "Тема: Підтвердження отримання: Інформація УОН\n\n" + rcpt + "\n\n"
         "________________________________\n\n"
         "Доповнюємо.\n"
         "По п.2 - до рубрики «Хід виконання цільових програм» 28.05.2013 передано звіт про виконання 5 обласних програм "
         "(«Обдарована молодь», «Шкільний автобус» — 38 автобусів на 11,2 млн грн та ін.).\n"
         "По п.8 - наказом № 214 від 20.05.2013 голову комітету з питань освіти Громадської ради Мороз В.І. введено до складу "
         "колегії управління, зміни до Положення про управління погоджено 31.05.2013.\n\n"
         "Оксана Білоус\nсектор аналітики Управління освіти і науки ОДА\nтел. 675-316\n")
    return msg(addr("Білоус Оксана", "osvita@example.gov.ua"), "RE: Підтвердження отримання: Інформація УОН",
               kyiv(2013, 6, 5, 10, 48, 9), text(t, "windows-1251", "quoted-printable"), mailer=OL07,
               extra=["Thread-Index: Ac5hK2ZL0bqV0dT4QyuM2pW8kz1oVQ==", "Content-Language: ru"])


KEY = {"class": "bottom_post", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Answers interleaved between the quoted items of zvit's reminder: 7 and 12 answered with counts and an order number, 10 answered only with «-».",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp03-korop", KEY)
def _():
    q = reminder("15.12.2012", "10.12.2012", "Коропська районна державна адміністрація", [7, 10, 12])
    L = quote(q).split("\n")
    out = []
    for l in L:
        out.append(l)
        if l.startswith(">   7."):
            out.append("\nРозпорядженням голови РДА № 318 від 22.11.2012 до складу районної ради з питань "
                       "безпеки дорожнього руху включено 3 представників ГО «Коропщина» та 1 члена громадської ради; "
                       "проведено 2 засідання (29.11 та 06.12.2012).\n")
        if l.startswith(">   10."):
            out.append("\n-\n")
        if l.startswith(">   12."):
            out.append("\nГО «Антикорупційний центр Коропщини» проведено антикорупційну експертизу 2 проектів рішень "
                       "районної ради (бюджет на 2013 р. — 84,6 млн грн, програма «Питна вода»); 4 пропозиції з 5 враховано.\n")
    t = "\n".join(out) + "\n\nЛюдмила Шовкун, Коропська РДА, 16200 смт Короп, вул. Шевченка, 20\n"
    return msg(addr("Коропська РДА", "rda-korop@example.gov.ua"), "Re: Нагадування: інформація про виконання плану",
               kyiv(2012, 12, 11, 15, 3, 58), text(t, "windows-1251", "8bit"), mailer=OE)


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A phone reply from the department's registered box, typed below the quoted reminder on measure 5 with call counts, per cent and phone numbers.",
       "items": [{"measure": 5, "source": "body"}]}


@mail("bp04-zvernennia", KEY)
def _():
    q = reminder("15.06.2013", "10.06.2013", "Відділ роботи із зверненнями громадян апарату облдержадміністрації", [5])
    t = ("-------- Исходное сообщение --------\nОт: uvp@cg.ukrtel.net\nДата: 10.06.2013 09:00\n"
         "Кому: zvernennia@example.gov.ua\nТема: Нагадування: інформація про виконання плану\n\n" + q + "\n\n"
         "Гаряча лінія голови ОДА (0-800-50-44-61) працює щодня з 9.00 до 18.00. За 5 міс. 2013 р. прийнято 2 186 дзвінків, "
         "з них 1 702 (77,9%) вирішено позитивно або роз'яснено, 484 передано до РДА. Щопонеділка з 10.00 до 12.00 на лінії "
         "особисто голова ОДА — 21 ефір, 163 звернення.\n\nНадіслано із мобільного. Ткач В.")
    return msg("zvernennia@example.gov.ua", "Re: Нагадування: інформація про виконання плану",
               kyiv(2013, 6, 10, 19, 44, 31), text(t, "utf-8", "base64"), mailer=ANDROID, subj_cs="utf-8",
               relay="mail-wi0-f177.example.net")


KEY = {"class": "bottom_post", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML reply below a blockquote of the office's own earlier letter (on 1 and 6); only the new supplement on 9 and 10 counts.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("bp05-shchors", KEY)
def _():
    old = ("<p>Щорська РДА інформує:</p><p>1. На офіційному сайті РДА за ІІ півріччя розміщено 132 матеріали, оновлено "
           "сторінки 24 сільських рад.</p><p>6. Проведено 6 громадських слухань (Понорниця, Турья, Сновськ), 340 учасників.</p>")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body>"
         "<p>Ср, 04 Дек 2013, 11:20, rda-shchors@example.gov.ua написал(а):</p>"
         "<blockquote type=\"cite\" style=\"padding-left:5px;border-left:#1010ff 2px solid\">" + old + "</blockquote>"
         "<p>Доповнення до нашого листа від 04.12.2013 № 01-19/2871:</p>"
         "<p>- проект розпорядження голови РДА «Про затвердження Програми розвитку фізкультури і спорту на 2014-2016 рр.» "
         "(обсяг 1 240 тис. грн) обговорено 28.11.2013 за участю 7 з 11 членів громадської ради при РДА;</p>"
         "<p>- громадській раді рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності РДА "
         "(лист № 01-19/2790 від 21.11.2013), робочу групу у складі 5 осіб утворено рішенням ради від 02.12.2013 № 4.</p>"
         "<p>Відділ організаційної роботи Щорської РДА<br>тел. (04654) 2-10-35</p></body></html>")
    return msg("rda-shchors@example.gov.ua", "Re: Відкритий уряд - Щорська РДА", kyiv(2013, 12, 6, 13, 7, 55),
               text(h, "UTF-8", "quoted-printable", "html"), mailer=RC, subj_cs="utf-8")


# ---------------------------------------------------------------- 3. not_report

KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An invitation with a text/calendar part to a seminar under measure 13, full of dates, times, room and phone numbers, reporting nothing yet.",
       "items": []}


@mail("nr01-cppk", KEY)
def _():
    t = ("Шановні колеги!\n\nЧернігівський центр перепідготовки та підвищення кваліфікації запрошує 2 представників "
         "управління на навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства» "
         "(п. 13 Плану заходів), який відбудеться 26 лютого 2013 р. о 10.00 за адресою: м. Чернігів, вул. Шевченка, 22, "
         "ауд. 304. Тривалість — 6 год. Прохання до 22.02 повідомити прізвища учасників за тел. (0462) 67-51-20.\n\n"
         "З повагою\nзаступник директора Центру С.М.Гузь\n")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nDTSTART;TZID=FLE Standard Time:20130226T100000\r\nDTEND;TZID=FLE Standard Time:20130226T160000\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000@cppk\r\nORGANIZER;CN=ЦПК:mailto:cppk@example.gov.ua\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\r\n"
           "SUMMARY:Семінар: інструменти політики сприяння розвитку громадянського суспільства\r\n"
           "LOCATION:м. Чернігів\\, вул. Шевченка\\, 22\\, ауд. 304\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")
    cal = Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64"],
               encode_body(ics, "base64"))
    alt = multipart("alternative", [text(t, "windows-1251", "quoted-printable"), cal])
    return msg(addr("ЦПК", "cppk@example.gov.ua"), "Запрошення: семінар 26.02.2013", kyiv(2013, 2, 15, 12, 10, 0),
               alt, mailer=OL10)


KEY = {"class": "not_report", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A question «чи потрібно подавати інформацію щодо пп. 2 і 8» that names measures and states a count of councils, but reports nothing.",
       "items": []}


@mail("nr02-mena", KEY)
def _():
    t = ("Доброго дня!\n\nУ нас питання: чи потрібно райдержадміністрації подавати інформацію щодо пунктів 2 і 8 плану "
         "(рубрики на сайті ОДА, колегії)? У розпорядженні облдержадміністрації № 505 від 10.09.2012 виконавцями "
         "зазначені структурні підрозділи. І чи треба зводити дані по всіх 29 сільських радах, чи достатньо по району?\n\n"
         "Дякуємо. Менська РДА, відділ з питань внутрішньої політики, (04644) 2-13-52\n")
    return msg("rda-mena@example.gov.ua", "питання щодо плану", kyiv(2012, 11, 20, 9, 12, 44),
               text(t, "koi8-u", "quoted-printable"), mailer=BAT, subj_cs="koi8-u")


KEY = {"class": "not_report", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "An official request to extend the term to 20.06 because a collegium on 18.06 is pending, citing measure numbers and an outgoing number.",
       "items": []}


@mail("nr03-kultura", KEY)
def _():
    h = ("<html><body><p>Управління культури і туризму облдержадміністрації<br>вих. № 06-14/902 від 12.06.2013</p>"
         "<p>Просимо продовжити термін подання інформації про виконання пп. 6, 8, 9 Плану заходів до 20.06.2013, "
         "оскільки засідання колегії управління, на якому розглядатиметься введення до її складу голови комітету "
         "Громадської ради, перенесено на 18.06.2013 (наказ № 77 від 11.06.2013).</p>"
         "<p>Начальник управління &nbsp;&nbsp;&nbsp; Л.П.Дроздова</p></body></html>")
    return msg(addr("Управління культури", "kultura@example.gov.ua"), "Про продовження терміну",
               kyiv(2013, 6, 12, 15, 40, 21), text(h, "windows-1251", "base64", "html"), mailer=CDO)


KEY = {"class": "not_report", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "A promise that information on 6 and 9 follows after hearings on 13.12; the hearings' announcement and counts of invited hromadas are not work on the measures.",
       "items": []}


@mail("nr04-varva", KEY)
def _():
    t = ("Шановні колеги!\n\nІнформацію Варвинської РДА щодо виконання пп. 6, 9 плану буде надано до 15.12.2012, "
         "після проведення громадських слухань з проекту районного бюджету на 2013 рік, призначених на 13.12.2012 о 10.00 "
         "у залі засідань РДА (смт Варва, вул. Миру, 16). Запрошено представників 19 сільських рад та 12 ГО.\n\n"
         "З повагою,\nзаступник голови РДА В.О.Сидоренко\n")
    return msg(addr("Варвинська РДА", "rda-varva@example.gov.ua"), "Варва - відкритий уряд",
               kyiv(2012, 12, 7, 11, 2, 18), text(t, "windows-1251", "quoted-printable"), mailer=OL03)


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "An announcement of the yearly public discussion of the plan (measure 15's subject) to be held 10.12.2013, with an agenda numbered 1-4 and registration counts.",
       "items": []}


@mail("nr05-ogp", KEY)
def _():
    t = ("Колеги, добрий день!\n\nПовідомляємо, що 10 грудня 2013 року о 10.00 у приміщенні обласної універсальної "
         "наукової бібліотеки (м. Чернігів, просп. Миру, 3, зал № 2) відбудеться громадське обговорення виконання заходів "
         "з підвищення рівня відкритості та прозорості діяльності влади в області у 2013 році.\n\nПорядок денний:\n"
         "1. Вступне слово (10.00-10.15).\n2. Звіт УВП про виконання плану (10.15-10.45).\n"
         "3. Виступи представників 22 РДА та громадських рад (до 5 хв).\n4. Обговорення, пропозиції.\n\n"
         "Станом на 02.12 зареєструвалося 37 учасників з 14 районів. Реєстрація: 093-118-40-27.\n\n"
         "Регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\nАндрій Лозовий\n")
    return msg(addr("Андрій Лозовий", "ogp-coordinator@example.org.ua", "utf-8"),
               "Анонс: громадське обговорення 10.12.2013", kyiv(2013, 12, 2, 17, 25, 3),
               multipart("alternative", [text(t, "utf-8", "quoted-printable"),
                                         text("<html><body><pre>" + t + "</pre></body></html>", "utf-8", "quoted-printable", "html")]),
               mailer=APPLE, subj_cs="utf-8", subj_enc="Q")


# ---------------------------------------------------------------- 4. ranges

KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx whose number cell reads «1–2, 6–9» for one block answer (2 and 8 not owed by a district, counted all the same), then rows 10 and 12 with «—».",
       "items": [{"measure": 1, "source": "Козелець_звіт_червень.xlsx"},
                 {"measure": 2, "source": "Козелець_звіт_червень.xlsx"},
                 {"measure": 6, "source": "Козелець_звіт_червень.xlsx"},
                 {"measure": 7, "source": "Козелець_звіт_червень.xlsx"},
                 {"measure": 8, "source": "Козелець_звіт_червень.xlsx"},
                 {"measure": 9, "source": "Козелець_звіт_червень.xlsx"},
                 {"measure": 10, "source": "Козелець_звіт_червень.xlsx"}]}


@mail("rg01-kozelets", KEY)
def _():
    rows = [["№ пунктів плану", "Інформація про виконання (І півріччя 2013 р.)"],
            ["1–2, 6–9", "На сайті РДА розміщено 87 матеріалів; проведено 9 громадських слухань і 14 зборів громадян у 38 населених пунктах "
             "(1 614 учасників), до складу 3 дорадчих органів включено 6 представників ГО, члени громадської ради взяли участь "
             "в обговоренні 4 проектів розпоряджень (зокрема № 143 від 16.03.2013 «Про бюджет розвитку» на 2,3 млн грн)"],
            ["10", "Громадській раді при РДА рекомендовано утворити комісію з питань відкритості та прозорості (лист від 16/03/2013 № 02-11/614); комісію утворено 11.04.2013, 5 членів"],
            ["12", "—"]]
    f = soffice("rg01.csv", csv_doc(rows), "xlsx", "rg01.xlsx")
    body = text("Козелецька райдержадміністрація надає інформацію за І півріччя 2013 року (вих. № 02-11/1412 від 07.06.2013).\n"
                "Відповідальна: Гордієнко О.В., тел. (04646) 2-12-78\n", "windows-1251", "quoted-printable")
    m = multipart("mixed", [body, attach(f, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                         "Козелець_звіт_червень.xlsx", "Q")])
    return msg(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", enc="Q"), "Козелецька РДА - звіт", kyiv(2013, 6, 7, 10, 20, 45),
               m, mailer=OL07, subj_enc="Q")


KEY = {"class": "ranges", "executor": "rda-ripky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Body answers «По пп. 6-9, 12» as one block amid dates (16.03, 16 березня), order № 112 від 05.03.2013 and «ст. 9 Закону»; a separate line on the site answers 1.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("rg02-ripky", KEY)
def _():
    t = ("Ріпкинська районна державна адміністрація\nвих. № 01-08/905 від 11.06.2013\n\n"
         "На Ваш лист від 27.05.2013 № 05-12/1877 інформуємо.\n\n"
         "По пп. 6-9, 12 плану: розпорядженням голови РДА № 112 від 05.03.2013 затверджено орієнтовний план консультацій "
         "на 2013 рік (11 заходів). Протягом І півріччя проведено 14 зборів громадян у 9 з 36 сільських рад (присутні 611 осіб); "
         "16 березня відбулися громадські слухання щодо схеми санітарного очищення смт Ріпки (вул. Святомиколаївська, 80, "
         "початок о 10.00, 58 учасників). До складу районної комісії з питань ТЕБ та НС включено 2 представників ГО; голова "
         "громадської ради бере участь у засіданнях колегії РДА; проект рішення «Про районний бюджет» обговорено 16.03 за участю "
         "членів громадської ради відповідно до ст. 9 Закону України «Про засади запобігання і протидії корупції»; "
         "громадською організацією «Ріпкинська громада» проведено антикорупційну експертизу 1 проекту розпорядження, "
         "пропозиції (3) враховано.\n\n"
         "Щодо сайту: на офіційному веб-сайті РДА створено розділ «Громадська рада», розміщено 64 новини та 12 протоколів.\n\n"
         "Голова райдержадміністрації                      П.І.Ковтун\n"
         "Виконавець: Савченко І.І., (04641) 2-11-54\n")
    return msg(addr("Ріпкинська РДА", "rda-ripky@example.gov.ua"), "інформація Ріпкинської РДА", kyiv(2013, 6, 11, 16, 55, 12),
               text(t, "windows-1251", "base64"), mailer=OL03)


KEY = {"class": "ranges", "executor": "su-zhkh", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A Russian letter answering «по пунктам 1 и 6» and «пункты 7 и 9» as two blocks, with tariffs in гривні, counts of houses and a law article number nearby.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("rg03-zhkh", KEY)
def _():
    t = ("Управление жилищно-коммунального хозяйства облгосадминистрации\nисх. № 03-11/2764 от 09.12.2013\n\n"
         "По пунктам 1 и 6 Плана: на веб-странице управления размещена информация о тарифах на 2014 год "
         "(тепло — 1 021,73 грн/Гкал для 12 предприятий), проведены общественные слушания по тарифам 14.11.2013 "
         "в 4 городах области, присутствовали 226 человек, поступило 31 предложение.\n\n"
         "Пункты 7 и 9: в состав областной комиссии по вопросам реформирования ЖКХ включены 3 представителя "
         "общественного совета, члены общественного совета приняли участие в обсуждении проекта программы реформирования "
         "ЖКХ на 2014-2017 годы (ст. 6 Закона Украины «Об общегосударственной программе реформирования и развития ЖКХ»), "
         "учтено 7 из 10 замечаний.\n\n"
         "П. 12 - не касается.\n\nНачальник управления      В.Н.Петренко\n")
    return msg(addr("Управление ЖКХ", "zhkh@example.gov.ua", "koi8-r"), "Информация ЖКХ - Открытое правительство",
               kyiv(2013, 12, 9, 14, 30, 0), text(t, "koi8-r", "quoted-printable"), mailer=OL10, subj_cs="koi8-r")


KEY = {"class": "ranges", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own report: «з 3 по 5» answered as one block and «пункти 11 і 13-14» as another, with dates, visitor counts and a phone number beside them.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"},
                 {"measure": 5, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}


@mail("rg04-uvp", KEY)
def _():
    t = ("Інформація управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
         "за IV квартал 2012 року (до зведеної).\n\n"
         "Заходи з 3 по 5: веб-ресурс «Чернігівська громада» працює з 01.11.2012 (1 940 відвідувачів, 143 ГО); "
         "на ньому підготовлено розділ майбутнього Інтернет-форуму (тестовий режим з 10.12.2012, 4 теми); "
         "працівники управління чергували на «гарячій лінії» голови ОДА 9 разів, опрацьовано 57 звернень.\n\n"
         "Пункти 11 і 13-14: 21.11.2012 о 10.00 проведено День відкритих дверей (29 представників ГО та 6 ЗМІ); "
         "разом із ЦПК проведено 2 навчальні семінари (06.12 та 11.12.2012, 48 слухачів з 22 РДА і 19 СП ОДА); "
         "розроблено методичний посібник «Консультації з громадськістю: покроково» (36 с., наклад 150 прим.), "
         "розіслано 41 адресату.\n\nТел. для довідок: 67-50-39, Дмитренко Л.В.\n")
    return msg(addr("УВП ОДА", "uvp-info@example.gov.ua", "utf-8"), "УВП - IV квартал", kyiv(2012, 12, 14, 17, 2, 30),
               text(t, "utf-8", "8bit"), mailer=TB, subj_cs="utf-8")


KEY = {"class": "ranges", "executor": "rda-talalaivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .doc answering «п.п. 1, 6 – 9» as one block, where «ст. 9 Закону», a meeting at 10.00 and a date 16/03/2013 stand next to the range.",
       "items": [{"measure": 1, "source": "talalaivka_vu.doc"}, {"measure": 6, "source": "talalaivka_vu.doc"},
                 {"measure": 7, "source": "talalaivka_vu.doc"}, {"measure": 8, "source": "talalaivka_vu.doc"},
                 {"measure": 9, "source": "talalaivka_vu.doc"}]}


@mail("rg05-talalaivka", KEY)
def _():
    h = html_doc("<p align=right>Управління з питань внутрішньої політики<br>та зв’язків з громадськістю облдержадміністрації</p>"
                 "<p>На виконання п.п. 1, 6 – 9 Плану заходів повідомляємо: відповідно до ст. 9 Закону України «Про доступ до "
                 "публічної інформації» на офіційному сайті РДА розміщено 46 проектів рішень; 16/03/2013 о 10.00 у приміщенні РДА "
                 "(смт Талалаївка, вул. Леніна, 40) проведено круглий стіл з питань розвитку сільських громад (14 сільських голів, "
                 "9 членів громадської ради, 3 ГО); представників громадськості включено до складу 2 робочих груп при РДА, а голову "
                 "громадської ради — до колегії РДА; члени ради обговорили проект Програми соціально-економічного розвитку району "
                 "на 2013 рік.</p><p>Заступник голови РДА &nbsp; М.В.Кравець</p>")
    f = soffice("rg05.html", h, "doc", "rg05.doc")
    body = text("Информация Талалаевской РГА во вложении.", "koi8-r", "8bit")
    m = multipart("mixed", [body, attach(f, "application/msword", "talalaivka_vu.doc", "ascii")])
    return msg("rda-talalaivka@example.gov.ua", "Талалаївка", kyiv(2013, 4, 2, 8, 31, 40), m, mailer=OE, subj_cs="koi8-u")


# ---------------------------------------------------------------- 5. prose

KEY = {"class": "prose", "executor": "rda-horodnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A PDF letter with no plan numbers: a paragraph on the site, one on hearings that mentions the site only as the place of publication, one on an anti-corruption review; its own hromada list is numbered 1)-5).",
       "items": [{"measure": 1, "source": "Городня_інформація.pdf"},
                 {"measure": 6, "source": "Городня_інформація.pdf"},
                 {"measure": 12, "source": "Городня_інформація.pdf"}]}


@mail("pr01-horodnia", KEY)
def _():
    h = html_doc("<p><b>ГОРОДНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ</b><br>15100, м. Городня, вул. Троїцька, 3, тел. (04645) 2-14-51<br>"
                 "03.06.2013 № 01-15/1104</p>"
                 "<p>Офіційний веб-сайт райдержадміністрації у І півріччі 2013 року приведено у відповідність до вимог Закону "
                 "України «Про доступ до публічної інформації»: створено розділи «Звіти про використання бюджетних коштів» та "
                 "«Регуляторна діяльність», оновлено контактні дані 32 сільських рад, середня відвідуваність — 410 осіб на добу.</p>"
                 "<p>Райдержадміністрація продовжила практику громадських слухань з актуальних питань. Відбулися слухання щодо "
                 "ремонту доріг місцевого значення (кошторис 3,8 млн грн) у таких громадах:<br>1) Тупичівська — 14.02.2013, 56 осіб;<br>"
                 "2) Хоробичівська — 28.02.2013, 43 особи;<br>3) Деревинська — 14 березня, 37 осіб;<br>4) Автуницька — 04.04.2013, 29 осіб;<br>"
                 "5) Городнянська міська — 18.04.2013, 121 особа.<br>Протоколи слухань оприлюднено на офіційному сайті.</p>"
                 "<p>Громадська організація «Чесна Городнянщина» провела антикорупційну експертизу проекту розпорядження "
                 "«Про порядок надання матеріальної допомоги» (розпорядження № 77 від 12.03.2013); з 6 зауважень враховано 5, "
                 "проект доопрацьовано.</p><p>Голова райдержадміністрації &nbsp; О.М.Рябченко</p>")
    f = soffice("pr01.html", h, "pdf", "pr01.pdf")
    body = text("Надсилаємо інформацію (скан-копія з текстом).\nЗагальний відділ Городнянської РДА", "windows-1251", "quoted-printable")
    m = multipart("mixed", [body, attach(f, "application/pdf", "Городня_інформація.pdf", "B")])
    return msg(addr("Городнянська РДА", "rda-horodnia@example.gov.ua"), "Інформація Городнянської РДА",
               kyiv(2013, 6, 3, 11, 11, 11), m, mailer=OL07)


KEY = {"class": "prose", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx in the unit's own words: one paragraph covers both the council's advisory body and the collegium, another the discussion of a draft programme; no plan numbers at all.",
       "items": [{"measure": 7, "source": "Екологія_ВУ_2013.docx"},
                 {"measure": 8, "source": "Екологія_ВУ_2013.docx"},
                 {"measure": 9, "source": "Екологія_ВУ_2013.docx"}]}


@mail("pr02-ekolohiia", KEY)
def _():
    h = html_doc("<p align=center><b>Інформація управління екології та природних ресурсів облдержадміністрації<br>"
                 "про роботу з громадськістю у ІІ півріччі 2013 року</b></p>"
                 "<p><b>Взаємодія з громадською радою.</b> До складу громадської екологічної ради при управлінні (23 особи) "
                 "наказом від 02.09.2013 № 141 включено 4 представників природоохоронних ГО та 2 членів Громадської ради при ОДА. "
                 "Того ж дня голову комітету з питань екології Громадської ради Нестеренка О.П. введено до складу колегії "
                 "управління, внесено відповідні зміни до Положення про управління.</p>"
                 "<p><b>Громадське обговорення.</b> Проект обласної програми охорони навколишнього природного середовища на "
                 "2014-2018 роки (обсяг фінансування 96,4 млн грн) обговорено 15.10.2013 за участю 11 членів громадських рад; "
                 "надійшло 19 пропозицій, 13 враховано.</p>"
                 "<p>Начальник управління &nbsp; В.І.Бойко</p>")
    f = soffice("pr02.html", h, "docx", "pr02.docx")
    body = text("Добрий день, направляємо інформацію.\n\n--\nз повагою, Тетяна\n", "utf-8", "quoted-printable")
    m = multipart("mixed", [body, attach(f, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         "Екологія_ВУ_2013.docx", "2231")])
    return msg("ekolohiia@example.gov.ua", "Інформація", kyiv(2013, 11, 28, 10, 5, 16), m, mailer=APPLE, subj_cs="utf-8")


KEY = {"class": "prose", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .rtf from the Public Council telling of the forum and of the yearly public discussion of the plan, each in its own words, with member counts and protocol numbers.",
       "items": [{"measure": 4, "source": "gromrada_info.rtf"}, {"measure": 15, "source": "gromrada_info.rtf"}]}


@mail("pr03-gromrada", KEY)
def _():
    h = html_doc("<p>Громадська рада при облдержадміністрації інформує.</p>"
                 "<p>На веб-ресурсі «Чернігівська громада» з 15 січня 2013 року відкрито Інтернет-форум для обговорення "
                 "питань життєдіяльності області: 9 розділів, 312 зареєстрованих учасників, 74 теми, модерацію здійснюють "
                 "3 члени ради (рішення ради, протокол № 11 від 10.01.2013).</p>"
                 "<p>20 березня 2013 року в залі засідань ОДА (м. Чернігів, вул. Шевченка, 7, 10.00) рада провела громадське "
                 "обговорення виконання плану заходів з підвищення відкритості та прозорості діяльності влади за 2012 рік: "
                 "47 учасників з 15 районів, 18 пропозицій передано до УВП.</p>"
                 "<p>Голова Громадської ради &nbsp; П.С.Ярошенко</p>")
    f = soffice("pr03.html", h, "rtf", "pr03.rtf")
    body = text("Інформація Громадської ради - у вкладенні.", "utf-8", "8bit")
    m = multipart("mixed", [body, attach(f, "application/rtf", "gromrada_info.rtf", "ascii")])
    return msg(addr("Пащенко Ірина", "gromrada@example.gov.ua", "utf-8"), "Громадська рада", kyiv(2013, 4, 15, 13, 20, 5),
               m, mailer=TB, subj_cs="utf-8")


KEY = {"class": "prose", "executor": "rda-semenivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An HTML-only body in prose: meetings with residents of named hromadas (6) and the council's working group on openness (10); the site appears only as where results were published.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("pr04-semenivka", KEY)
def _():
    h = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body>"
         "<p>Семенівська райдержадміністрація повідомляє.</p>"
         "<p>У жовтні-листопаді 2012 р. відбулися зустрічі з мешканцями 8 сіл (Жадове, Хотіївка, Орликівка, Костобобрів, "
         "Карильське, Медведівка, Тимоновичі, Погорільці) щодо закриття 2 фельдшерсько-акушерських пунктів, взяли участь "
         "384 жителі; за результатами зустрічей пункти збережено, фінансування 186,2 тис. грн передбачено в бюджеті 2013 р. "
         "Підсумки висвітлено в газеті «Вісті Семенівщини» та на офіційному сайті.</p>"
         "<p>На засіданні громадської ради при РДА 27.11.2012 на рекомендацію райдержадміністрації створено робочу групу "
         "з питань відкритості та прозорості діяльності органу влади у складі 4 осіб (голова — Мельник С.П.).</p>"
         "<p>Відділ з питань внутрішньої політики, тел. (04659) 2-13-94</p></body></html>")
    return msg(addr("Семенівська РДА", "rda-semenivka@example.gov.ua"), "Семенівська РДА - інформація",
               kyiv(2012, 12, 13, 15, 48, 7), text(h, "windows-1251", "quoted-printable", "html"), mailer=OL10)


KEY = {"class": "prose", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .doc from the retraining centre describing held seminars without a plan number; its note that programmes are posted on the centre's site is a passing mention.",
       "items": [{"measure": 13, "source": "Довідка ЦПК.doc"}]}


@mail("pr05-cppk", KEY)
def _():
    h = html_doc("<p align=center><b>ДОВІДКА</b><br>про навчання з питань взаємодії з громадськістю</p>"
                 "<p>У січні-лютому 2013 року Центр провів 4 навчальні семінари «Інструменти політики сприяння розвитку "
                 "громадянського суспільства» для заступників керівників структурних підрозділів облдержадміністрації та "
                 "спеціалістів, які організовують консультації з громадськістю: 22.01, 05.02, 19.02 та 26.02.2013. "
                 "Навчання пройшли 117 осіб (з них 44 — з 22 РДА), видано 117 свідоцтв, середній бал тестування — 4,3. "
                 "Програми семінарів розміщено на сайті Центру.</p>"
                 "<p>Директор Центру &nbsp; Н.А.Самойленко</p>")
    f = soffice("pr05.html", h, "doc", "pr05.doc")
    m = multipart("mixed", [text("", "windows-1251", "7bit"), attach(f, "application/msword", "Довідка ЦПК.doc", "B")])
    return msg("cppk@example.gov.ua", "Довідка", kyiv(2013, 2, 28, 16, 44, 0), m, mailer=CDO)


# ---------------------------------------------------------------- 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter's own paragraphs 1., 2., 3. carry the site (1), consultations (6) and an expertise (12); «2.» and «3.» are not measures 2 and 3.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("fn01-bobrovytsia", KEY)
def _():
    t = ("Бобровицька районна державна адміністрація\n17400, м. Бобровиця, вул. Незалежності, 48\n"
         "12.12.2013 № 01-13/2417\n\n"
         "Про виконання плану заходів у ІІ півріччі 2013 року\n\n"
         "1. Офіційний веб-сайт РДА наповнюється відповідно до вимог законодавства: розміщено 152 новини, 58 розпоряджень, "
         "оновлено розділ «Запобігання корупції».\n"
         "2. Проведено 3 консультації з громадськістю: громадські слухання 10.09.2013 (тарифи на вивіз ТПВ, 44 учасники), "
         "електронне опитування щодо програми «Питна вода» (312 респондентів), зустріч з мешканцями с. Кобижча 05.11.2013 (61 особа).\n"
         "3. ГО «Бобровицька ініціатива» провела громадську експертизу діяльності відділу освіти РДА; з 8 пропозицій "
         "5 враховано розпорядженням № 376 від 25.11.2013.\n\n"
         "Заступник голови РДА            В.Г.Шевчук\n")
    return msg(addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"), "Вих. 01-13/2417",
               kyiv(2013, 12, 12, 12, 0, 44), text(t, "windows-1251", "quoted-printable"), mailer=OL03)


KEY = {"class": "foreign_numbers", "executor": "su-apk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls with a running «№ з/п» column 1-6 beside the real «Пункт плану» column (1, 6, 7, 8, 9, 12); row 6 (measure 12) is «-».",
       "items": [{"measure": 1, "source": "APK_vidkrytyi_uriad.xls"}, {"measure": 6, "source": "APK_vidkrytyi_uriad.xls"},
                 {"measure": 7, "source": "APK_vidkrytyi_uriad.xls"}, {"measure": 8, "source": "APK_vidkrytyi_uriad.xls"},
                 {"measure": 9, "source": "APK_vidkrytyi_uriad.xls"}]}


@mail("fn02-apk", KEY)
def _():
    rows = [["№ з/п", "Пункт плану", "Стан виконання"],
            ["1", "1", "На сайті ГУ АПР розміщено 34 матеріали, звіт про використання 12,7 млн грн державної підтримки"],
            ["2", "6", "Проведено 2 консультації (засідання круглого столу з фермерами 14.03.2013 — 46 учасників, 18.04.2013 — 38)"],
            ["3", "7", "До складу координаційної ради з питань розвитку фермерства включено 3 представників ГО"],
            ["4", "8", "Голову комітету з питань АПК Громадської ради введено до колегії (наказ № 52 від 04.02.2013)"],
            ["5", "9", "Проект програми «Розвиток сільських територій» обговорено з 6 членами громадської ради"],
            ["6", "12", "-"]]
    f = soffice("fn02.csv", csv_doc(rows), "xls", "fn02.xls")
    m = multipart("mixed", [text("ГУ АПР ОДА, інформація.\nЛевченко, 77-22-40", "windows-1251", "8bit"),
                            attach(f, "application/vnd.ms-excel", "APK_vidkrytyi_uriad.xls", "ascii")])
    return msg("apk@example.gov.ua", "ГУ АПР", kyiv(2013, 5, 30, 9, 25, 19), m, mailer=OL10)


KEY = {"class": "foreign_numbers", "executor": "rda-kulykivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A late .odt following the district's own plan numbering «1.1», «2.3» with sub-items «а)»: consultations (6), people in advisory bodies (7) and the council's commission (10), named by subject only.",
       "items": [{"measure": 6, "source": "Куликівка.odt"}, {"measure": 7, "source": "Куликівка.odt"},
                 {"measure": 10, "source": "Куликівка.odt"}]}


@mail("fn03-kulykivka", KEY)
def _():
    h = html_doc("<p>Інформація про виконання районного плану заходів (розпорядження голови РДА № 261 від 01.10.2012)</p>"
                 "<p><b>1.1.</b> Консультації з громадськістю: а) громадські слухання щодо бюджету 2013 р. — 06.12.2012, 79 учасників; "
                 "б) опитування мешканців 5 сіл щодо газифікації (Смолянка, Грабів, Дрімайлівка, Вересоч, Салтикова Дівиця) — 233 анкети.</p>"
                 "<p><b>1.2.</b> Залучення до дорадчо-консультативних органів: до складу ради з питань соціального захисту включено "
                 "2 членів громадської ради (розпорядження № 301 від 14.11.2012).</p>"
                 "<p><b>2.3.</b> За рекомендацією РДА громадська рада 11.12.2012 утворила комісію з питань відкритості та "
                 "прозорості діяльності органу влади (3 особи).</p>"
                 "<p>Заступник голови РДА &nbsp; О.Д.Приходько</p>")
    f = soffice("fn03.html", h, "odt", "fn03.odt")
    m = multipart("mixed", [text("Вибачаємось за запізнення", "utf-8", "8bit"),
                            attach(f, "application/vnd.oasis.opendocument.text", "Куликівка.odt", "2231")])
    return msg("rda-kulykivka@example.gov.ua", "Куликівська РДА", kyiv(2012, 12, 17, 9, 40, 2), m, mailer=TB, subj_cs="utf-8")


KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Plan numbers 1, 8, 12 surrounded by order numbers (наказ № 9), counts of districts (у 6 районах), sums and a hotline number; «12 засідань» is a count, not measure 12.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("fn04-sotszakhyst", KEY)
def _():
    t = ("Управління праці та соціального захисту населення облдержадміністрації\nвих. № 09-3/1540 від 10.06.2013\n\n"
         "п.1. Сайт управління оновлено: 7 нових розділів, зокрема про 2 види субсидій; телефон «гарячої лінії» управління "
         "з питань субсидій 0-800-30-21-15 розміщено на головній сторінці.\n"
         "п.8. Наказом № 9 від 12.03.2013 голову комітету соціальної політики Громадської ради введено до складу колегії; "
         "за півріччя проведено 12 засідань колегії, у 6 районах — виїзні.\n"
         "п.12. Громадською організацією «Ветеранська варта» проведено громадську експертизу діяльності 3 управлінь соцзахисту "
         "(Прилуки, Ніжин, Бахмач), сума виявлених переплат — 41 тис. грн, план заходів за її результатами затверджено "
         "наказом № 37 від 23.05.2013.\n\nНачальник управління          Г.М.Литвин\n")
    return msg(addr("Соцзахист ОДА", "sotszakhyst@example.gov.ua"), "Інформація", kyiv(2013, 6, 10, 11, 36, 50),
               text(t, "windows-1251", "quoted-printable"), mailer=OL07)


KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx with a numbered list of 14 village councils inside the answer on 6, and paragraphs «п. 1» and «п. 9»; the councils' numbers 1-14 are not measures.",
       "items": [{"measure": 1, "source": "Прилуцька РДА.docx"}, {"measure": 6, "source": "Прилуцька РДА.docx"},
                 {"measure": 9, "source": "Прилуцька РДА.docx"}]}


@mail("fn05-pryluky", KEY)
def _():
    councils = ["Білошапківська", "Боршнянська", "Голубівська", "Григорівська", "Дідівецька", "Ладинська", "Линовицька",
                "Малодівицька", "Нетратівська", "Обичівська", "Переволочнянська", "Рудівська", "Сухополов'янська", "Яблунівська"]
    ol = "".join(f"<br>{i}. {c} сільська рада — {20 + 3 * i} учасників" for i, c in enumerate(councils, 1))
    h = html_doc("<p>Прилуцька РДА. Інформація за ІІ півріччя 2013 року</p>"
                 "<p>П. 1. На сайті РДА розміщено 211 матеріалів, запроваджено електронну форму запиту на інформацію.</p>"
                 "<p>П. 6. Проведено збори громадян щодо проекту бюджету 2014 р. у 14 сільських радах:" + ol + "</p>"
                 "<p>П. 9. Проект розпорядження «Про затвердження районної програми «Безпечне село» на 2014 р.» (352 тис. грн) "
                 "обговорено 05.11.2013 за участю 6 членів громадської ради.</p>")
    f = soffice("fn05.html", h, "docx", "fn05.docx")
    m = multipart("mixed", [text("<html><body><p>Добрий день, інформація у вкладенні.</p></body></html>", "windows-1251",
                                 "quoted-printable", "html"),
                            attach(f, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Прилуцька РДА.docx", "B")])
    return msg("rda-pryluky@example.gov.ua", "Інформація", kyiv(2013, 12, 13, 15, 0, 9), m, mailer=OL10)


# ---------------------------------------------------------------- 7. personal_address

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "From a gmail.com box; the office appears only in the oblique «начальник Головного управління економіки облдержадміністрації» while the letter is addressed to УВП by name.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("pa01-ekonomika", KEY)
def _():
    t = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "Інформуємо про виконання пп. 1, 2, 9 плану за І півріччя 2013 р.:\n"
         "п. 1 — на сайті розміщено 18 аналітичних матеріалів про соціально-економічний розвиток 22 районів;\n"
         "п. 2 — до рубрики «Хід виконання цільових програм» подано звіти по 27 обласних програмах (станом на 01.04.2013);\n"
         "п. 9 — проект Програми економічного і соціального розвитку області на 2013 рік обговорено з 14 членами "
         "Громадської ради 21.02.2013.\n\n"
         "(пошта управління не працює з 10.06, відправляю з особистої)\n\n"
         "С. Головко\nзаступник начальника Головного управління економіки облдержадміністрації\n67-44-31\n")
    return msg(addr("Svitlana Golovko", "s.golovko1975@gmail.com"), "звіт відкритий уряд", kyiv(2013, 6, 14, 21, 14, 38),
               multipart("alternative", [text(t, "UTF-8", "base64"),
                                         text("<div dir=\"ltr\">" + t.replace("\n", "<br>") + "</div>", "UTF-8",
                                              "quoted-printable", "html")]),
               relay="mail-ea0-f180.google.com", subj_cs="utf-8", domain="mail.gmail.com")


KEY = {"class": "personal_address", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "From a ukr.net box; an .rtf signed by «головний спеціаліст відділу … Борзнянської райдержадміністрації» answers 6 and 7; the cover names УВП as addressee.",
       "items": [{"measure": 6, "source": "Борзна.rtf"}, {"measure": 7, "source": "Борзна.rtf"}]}


@mail("pa02-borzna", KEY)
def _():
    h = html_doc("<p>Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації</p>"
                 "<p>6. Проведено 2 громадські слухання: 25.10.2012 — щодо генплану м. Борзна (вул. Незалежності, 21, о 10.00, "
                 "102 учасники) та 22.11.2012 — щодо тарифів на тепло (57 учасників).</p>"
                 "<p>7. До складу районної комісії з питань захисту прав споживачів включено 3 представників ГО "
                 "«Борзнянське товариство споживачів» (розпорядження № 355 від 19.11.2012).</p>"
                 "<p>Головний спеціаліст відділу з питань внутрішньої політики Борзнянської райдержадміністрації &nbsp; Т.О.Ігнатенко</p>")
    f = soffice("pa02.html", h, "rtf", "pa02.rtf")
    m = multipart("mixed", [text("Доброго дня! Від Борзни, інформацію висилаю у вкладенні. Тетяна", "koi8-u", "8bit"),
                            attach(f, "application/rtf", "Борзна.rtf", "Q", "koi8-u")])
    return msg(addr("Тетяна Ігнатенко", "tanya_ign@ukr.net", "koi8-u"), "Відкритий уряд", kyiv(2012, 12, 10, 20, 3, 7), m,
               relay="fmst-3.ukr.net", subj_cs="koi8-u", extra=["X-Mailer: ukr.net mail"])


KEY = {"class": "personal_address", "executor": "rda-nizhyn", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A late note from an i.ua box, signed with «Ніжинської РДА» in the genitive; measure 12 is answered by naming expertise as not held, 10 and 1 with counts.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("pa03-nizhyn", KEY)
def _():
    t = ("До УВП ОДА.\n1 - на сайті РДА розміщено 97 матеріалів за ІІ півріччя, оновлено сторінки 37 сільрад.\n"
         "10 - рекомендацію громадській раді надано, комісію з питань відкритості (4 особи) створено 19.09.2013.\n"
         "12 - громадських експертиз не проводилось.\n\n"
         "Вибачте, що з домашньої пошти і з запізненням.\nОлена Мисник, відділ інформаційної діяльності Ніжинської РДА, 2-46-17\n")
    return msg(addr("Олена", "olena_mysnyk@i.ua", "windows-1251"), "з Ніжина", kyiv(2013, 12, 16, 22, 40, 55),
               text(t, "windows-1251", "8bit"), relay="mx.i.ua", extra=["X-Mailer: I.UA Mail"])


KEY = {"class": "personal_address", "executor": "su-arkhiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the culture department's registered box, but the letter and its signature are the State Archive's; the Archive is the executor.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("pa04-arkhiv", KEY)
def _():
    t = ("Шановні колеги!\n\nНадсилаємо з адреси управління культури, бо наша пошта не працює.\n\n"
         "Державний архів Чернігівської області інформує:\n"
         "1) п. 1 — на сайті Держархіву створено розділ «Електронні виставки» (9 виставок, 412 документів);\n"
         "2) п. 6 — проведено 2 громадські обговорення щодо перейменування 3 вулиць м. Чернігова (16.04 та 14.05.2013, 77 учасників);\n"
         "3) п. 9 — проект Програми збереження архівних документів на 2013-2017 рр. (2,1 млн грн) обговорено з 4 членами "
         "Громадської ради.\n\nДиректор Державного архіву Чернігівської області          Р.Б.Воробей\n")
    return msg(addr("Управління культури", "kultura@example.gov.ua"), "Держархів - інформація", kyiv(2013, 6, 13, 10, 2, 26),
               text(t, "windows-1251", "quoted-printable"), mailer=OL03)


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From a meta.ua box, signed by a specialist of «Служби у справах дітей облдержадміністрації»; the HTML-only body answers 1 and 7 and mentions УВП as addressee.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail("pa05-sluzhba", KEY)
def _():
    h = ("<html><body><div>Для управління з питань внутрішньої політики ОДА.</div>"
         "<div>П.1 &ndash; на веб-сторінці Служби розміщено 26 анкет дітей-сиріт для усиновлення та оновлено "
         "розділ «Нормативна база».</div><div>П.7 &ndash; до складу опікунської ради при Службі (11 осіб) включено 2 "
         "представників благодійного фонду «Дитячі серця» та 1 члена Громадської ради при ОДА.</div>"
         "<div>--<br>Марина Кулик, спеціаліст Служби у справах дітей облдержадміністрації, тел. 63-17-02</div></body></html>")
    return msg(addr("Марина К.", "marina.kulyk@meta.ua", "utf-8"), "Служба у справах дітей", kyiv(2013, 10, 24, 11, 55, 30),
               text(h, "utf-8", "base64", "html"), relay="mx.meta.ua", subj_cs="utf-8", extra=["X-Mailer: Meta.ua Webmail"])


# ---------------------------------------------------------------- 8. mixed

KEY = {"class": "mixed", "executor": "rda-sribne", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The district forwards, as an attached message/rfc822, its report first sent to a mistyped address; the inner .xls counts (1, 6, 7, 9), the inner «-» on 12 does not.",
       "items": [{"measure": 1, "source": "zvit_sribne.xls"}, {"measure": 6, "source": "zvit_sribne.xls"},
                 {"measure": 7, "source": "zvit_sribne.xls"}, {"measure": 9, "source": "zvit_sribne.xls"}]}


@mail("mx01-sribne", KEY)
def _():
    rows = [["Пункт", "Виконання"],
            ["1", "Сайт РДА: 73 матеріали, розділ «Сільські ради» (17 сільрад)"],
            ["6", "Громадські слухання 08.11.2012 щодо реорганізації ЦРЛ, 138 учасників"],
            ["7", "2 представники ГО включено до складу районної ради з питань охорони здоров'я"],
            ["9", "Проект програми «Здоров'я сребнянців 2013-2015» обговорено з 5 членами громадської ради"],
            ["12", "-"]]
    f = soffice("mx01.csv", csv_doc(rows), "xls", "mx01.xls")
    inner = multipart("mixed", [text("Інформація Срібнянської РДА у вкладенні.", "windows-1251", "8bit"),
                                attach(f, "application/vnd.ms-excel", "zvit_sribne.xls", "ascii")])
    inner_b = msg(addr("Срібнянська РДА", "rda-sribne@example.gov.ua"), "Інформація Срібнянської РДА",
                  kyiv(2012, 12, 5, 10, 0, 12), inner, to="uvp@cg.ukrtell.net", received=False, mailer=OL03)
    outer = multipart("mixed", [text("Пересилаємо лист від 05.12.2012, який повернувся (помилка в адресі).\n"
                                     "Срібнянська РДА, загальний відділ, (04639) 2-13-30", "windows-1251", "8bit"),
                                rfc822(inner_b, "Інформація Срібнянської РДА.eml")])
    return msg(addr("Срібнянська РДА", "rda-sribne@example.gov.ua"), "Fw: Інформація Срібнянської РДА",
               kyiv(2012, 12, 6, 8, 15, 0), outer, mailer=OL03)


KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction from the same box above its own earlier letter forwarded inline: only the new answer on 12 counts, not the quoted cover or its numbers.",
       "items": [{"measure": 12, "source": "body"}]}


@mail("mx02-bakhmach", KEY)
def _():
    t = ("Уточнення до нашої інформації від 12.12.2012 № 01-12/3307.\n\n"
         "По п. 12 (у таблиці помилково стоїть «х»): ГО «Громадський контроль Бахмаччини» 03.12.2012 провела громадську "
         "антикорупційну експертизу проекту розпорядження «Про оренду майна спільної власності територіальних громад району»; "
         "надано 4 пропозиції, всі враховано.\n\n"
         "-----Original Message-----\nFrom: Загальний відділ Бахмацької РДА [mailto:rda-bakhmach@example.gov.ua]\n"
         "Sent: Wednesday, December 12, 2012 11:42 AM\nTo: uvp@cg.ukrtel.net\n"
         "Subject: Інформація на виконання плану Відкритий уряд\n\n"
         "Добрий день!\n\nНа виконання п. 16 плану надсилаємо інформацію Бахмацької РДА (вих. № 01-12/3307 від 12.12.2012).\n\n"
         "З повагою,\nзагальний відділ апарату Бахмацької райдержадміністрації\nтел. (04635) 2-13-47\n")
    return msg(addr("Загальний відділ Бахмацької РДА", "rda-bakhmach@example.gov.ua"),
               "FW: Інформація на виконання плану Відкритий уряд", kyiv(2012, 12, 14, 9, 5, 33),
               text(t, "windows-1251", "quoted-printable"), mailer=OL03)


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The cover note reports measure 10 itself while the .docx reports 1, 6, 7; the cover's «пп. 1, 6, 7 — у вкладенні» is a pointer, not an answer.",
       "items": [{"measure": 1, "source": "Чернігівська РДА_І півріччя.docx"},
                 {"measure": 6, "source": "Чернігівська РДА_І півріччя.docx"},
                 {"measure": 7, "source": "Чернігівська РДА_І півріччя.docx"},
                 {"measure": 10, "source": "body"}]}


@mail("mx03-chernihiv", KEY)
def _():
    h = html_doc("<table><tr><th>Пункт плану</th><th>Виконання</th></tr>"
                 "<tr><td>1</td><td>На сайті РДА оновлено розділ «Громадська рада», розміщено 59 матеріалів</td></tr>"
                 "<tr><td>6</td><td>Проведено 4 зустрічі з мешканцями сіл Киселівка, Роїще, Количівка, Новий Білоус (16.03, 20.04, 18.05, 01.06.2013), 273 учасники</td></tr>"
                 "<tr><td>7</td><td>До складу 2 дорадчих органів РДА включено 5 представників ІГС</td></tr></table>")
    f = soffice("mx03.html", h, "docx", "mx03.docx")
    t = ("Інформація Чернігівської РДА за І півріччя 2013 р.: пп. 1, 6, 7 — у вкладенні.\n\n"
         "Додатково по п. 10: 14.05.2013 громадська рада при РДА на нашу рекомендацію утворила робочу групу з питань "
         "відкритості та прозорості (6 членів), перше засідання 29.05.2013 о 14.00 (м. Чернігів, просп. Миру, 43).\n\n"
         "Відділ з питань внутрішньої політики Чернігівської РДА, 77-03-62\n")
    m = multipart("mixed", [text(t, "windows-1251", "quoted-printable"),
                            attach(f, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Чернігівська РДА_І півріччя.docx", "B")])
    return msg(addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua"), "Чернігівська РДА", kyiv(2013, 6, 14, 12, 33, 1),
               m, mailer=OL07)


KEY = {"class": "mixed", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Two attachments reporting different measures: an .xlsx on 1 and 2, a PDF on 8 and 12; the body only introduces them.",
       "items": [{"measure": 1, "source": "UOZ_sait.xlsx"}, {"measure": 2, "source": "UOZ_sait.xlsx"},
                 {"measure": 8, "source": "Довідка_колегія.pdf"}, {"measure": 12, "source": "Довідка_колегія.pdf"}]}


@mail("mx04-zdorovia", KEY)
def _():
    rows = [["Пункт", "Інформація"],
            ["1", "Сайт управління: розміщено перелік 48 ЛПЗ з телефонами, графік прийому, 31 новина"],
            ["2", "До рубрики «Хід виконання цільових програм» 02.10.2013 передано звіт про виконання програми «Здоров'я-2020» (освоєно 14,6 млн грн, 61%)"]]
    f1 = soffice("mx04a.csv", csv_doc(rows), "xlsx", "mx04a.xlsx")
    h = html_doc("<p><b>Довідка</b></p><p>8. Голову комітету з питань охорони здоров'я Громадської ради Шевель А.М. введено до складу "
                 "колегії управління (наказ № 612 від 09.09.2013); на засіданні 26.09.2013 розглянуто 5 питань.</p>"
                 "<p>12. Громадська рада провела громадську експертизу діяльності управління щодо забезпечення ліками пільговиків; "
                 "на виконання 9 пропозицій затверджено план заходів (наказ № 701 від 18.10.2013).</p>")
    f2 = soffice("mx04b.html", h, "pdf", "mx04b.pdf")
    m = multipart("mixed", [text("Інформація управління охорони здоров'я ОДА: таблиця по сайту та довідка.", "utf-8", "quoted-printable"),
                            attach(f1, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "UOZ_sait.xlsx", "ascii"),
                            attach(f2, "application/pdf", "Довідка_колегія.pdf", "2231")])
    return msg("zdorovia@example.gov.ua", "УОЗ", kyiv(2013, 11, 5, 15, 15, 15), m, mailer=IPHONE, subj_cs="utf-8")


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Word HTML with an inline letterhead image, its MIME charset mislabelled koi8-r while the bytes and the meta tag are windows-1251; answers 1, 6, 9 and a «не проводились» for 12 naming expertise.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("mx05-novhorod", KEY)
def _():
    h = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
         "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"><meta name=Generator content=\"Microsoft Word 12\">"
         "<style>p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:\"Times New Roman\"}</style></head><body lang=UK>"
         "<div class=WordSection1><p class=MsoNormal><img width=90 height=40 src=\"cid:image001.png@01CEF9A1.2C3D4E50\"></p>"
         "<p class=MsoNormal><b>Новгород-Сіверська районна державна адміністрація</b><br>16000, м. Новгород-Сіверський, вул. Свято-Преображенська, 1</p>"
         "<p class=MsoNormal>п. 1 – на сайті РДА за ІІ півріччя розміщено 118 матеріалів, створено сторінки 6 об’єднаних громад-учасниць проекту.</p>"
         "<p class=MsoNormal>п. 6 – 3 громадські слухання (19.09, 17.10, 21.11.2013), 205 учасників; 2 опитування, 440 респондентів.</p>"
         "<p class=MsoNormal>п. 9 – проект розпорядження № 401 «Про програму ремонту доріг» (4,2 млн грн) обговорено з 8 членами громадської ради.</p>"
         "<p class=MsoNormal>п. 12 – громадські антикорупційні експертизи не проводились (запитів не надходило).</p>"
         "<p class=MsoNormal>Голова РДА&nbsp;&nbsp;&nbsp; С.В.Ничипоренко</p></div></body></html>")
    rel = multipart("related", [text_raw(crlf(h.encode("windows-1251")), "koi8-r", "quoted-printable"),
                                inline_image("image001.png@01CEF9A1.2C3D4E50", "image001.png")])
    plain = text("п. 1 – на сайті РДА за ІІ півріччя розміщено 118 матеріалів...", "koi8-u", "quoted-printable")
    # the plain twin is honest koi8-r but cut short, as Outlook sometimes leaves it
    alt = multipart("alternative", [plain, rel])
    return msg(addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "koi8-u"),
               "Відкритий уряд", kyiv(2013, 12, 18, 10, 10, 10), alt, mailer=OL07, subj_cs="koi8-u")


# ================================================================= build and check
def plan_ids():
    with open(PLAN, "rb") as f:
        return {e["id"] for e in tomllib.load(f)["executor"]}


DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
APPROVED = dt.date(2012, 9, 10)


def period_of(d):
    """(period, late) for a Kyiv-local date; None outside every period."""
    if d < APPROVED:
        return None
    for i, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            prev = DEADLINES[i - 2] if i > 1 else None
            if prev and d <= prev + dt.timedelta(days=3):
                return (i - 1, True)
            return (i, False)
    if d <= DEADLINES[-1] + dt.timedelta(days=3):
        return (len(DEADLINES), True)
    return None


def att_names(m, out):
    for p in m.walk():
        if p.get_content_type() == "message/rfc822":
            for sub in p.get_payload():
                att_names(sub, out)
        fn = p.get_filename()
        if fn:
            out.add(fn)
    return out


def check(name, key, raw):
    errs = []
    ids = plan_ids()
    if key["class"] != PREFIX[name[:2]]:
        errs.append("class does not match prefix")
    if key["executor"] not in ids:
        errs.append(f"unknown executor {key['executor']}")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(set(items)):
        errs.append("items not sorted/unique")
    if any(not 1 <= m <= 15 for m, _ in items):
        errs.append("measure out of 1-15")
    if key["kind"] == "not_report":
        if items or key["reason"] not in REASONS or key["class"] != "not_report":
            errs.append("not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None or not items:
        errs.append("report needs items and no reason")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    when = email.utils.parsedate_to_datetime(m["Date"]).astimezone(KYIV)
    pl = period_of(when.date())
    if pl != (key["period"], key["late"]):
        errs.append(f"period/late {pl} != key {(key['period'], key['late'])}")
    rcv = email.utils.parsedate_to_datetime(str(m.get_all("Received")[0]).rsplit(";", 1)[1].strip())
    if not (0 < (rcv - when).total_seconds() < 60 and rcv.astimezone(KYIV).date() == when.date()):
        errs.append("Received not a few seconds after Date")
    if m["To"] != UVP:
        errs.append("To is not the mailbox")
    names = att_names(m, set())
    for _, src in items:
        if src != "body" and src not in names:
            errs.append(f"source {src!r} not in mail ({names})")
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if errs:
        raise SystemExit(f"{name}: " + "; ".join(errs))


def main():
    names = [n for n, _, _ in MAILS]
    assert len(names) == 40 and len(set(names)) == 40, len(names)
    for pre in PREFIX:
        assert sum(n.startswith(pre) for n in names) == 5, pre
    covered = set()
    for name, key, fn in MAILS:
        raw = fn()
        check(name, key, raw)
        covered |= {i["measure"] for i in key["items"]}
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
    missing = set(range(1, 16)) - covered
    assert not missing, f"measures never reported: {sorted(missing)}"
    for fn in os.listdir(ATT):
        p = os.path.join(ATT, fn)
        if os.path.isfile(p):
            assert os.path.getsize(p) < 60_000, fn
    print(f"built {len(MAILS)} mails; measures covered: {sorted(covered)}")


if __name__ == "__main__":
    main()
