#!/usr/bin/env python3
"""Build the 'harvest' corpus: 40 year-end / catch-up report mails for zvit, with keys.

Python 3 standard library only.  Office attachments are written here as HTML (documents)
or CSV (sheets) into attachments/src/, converted ONCE with soffice into attachments/,
and the converted files are reused on every later run (delete one to convert it again).

Each mail: KEY = {...} first, then the builder that writes the mail's text.
"""
import base64, datetime as dt, email, email.header, email.policy, json, os, quopri
import re, subprocess, sys, tomllib, zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
WORK = "/tmp/harvest-work"
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
PLAN = tomllib.load(open("/work/main/config/plan.toml", "rb"))
EXEC_IDS = {e["id"] for e in PLAN["executor"]}
ADDR = {e["id"]: e["emails"][0] for e in PLAN["executor"]}
DEADLINES = [d["date"] for d in PLAN["deadline"]]
PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
          "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

MAILS = []          # (name, key, builder)


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco

# ---------------------------------------------------------------- encoding helpers

def crlf(b):
    return re.sub(rb"\r?\n", b"\r\n", b)


KOI_FIX = str.maketrans({"№": "N", "«": '"', "»": '"', "—": "-", "–": "-", "’": "'", "„": '"', "“": '"'})


def enc(text, charset, cte):
    """Encode a text body: returns bytes with CRLF line ends."""
    if charset.startswith("koi8"):
        text = text.translate(KOI_FIX)
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:                                   # 8bit / 7bit
        out = raw
    out = crlf(out)
    return out if out.endswith(b"\r\n") else out + b"\r\n"


def b64(data):
    return crlf(base64.encodebytes(data))


def hdr_b(text, charset="utf-8"):
    if charset.startswith("koi8"):
        text = text.translate(KOI_FIX)
    raw = base64.b64encode(text.encode(charset)).decode()
    return f"=?{charset}?B?{raw}?="


def hdr_q(text, charset="utf-8"):
    out = []
    for byte in text.encode(charset):
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in ".-" :
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return f"=?{charset}?Q?{''.join(out)}?="


def hdr_words(text, charset="utf-8", mode="B", width=45):
    """Long encoded header split into several encoded words (folded)."""
    chunks, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(charset)) > width:
            chunks.append(cur); cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    f = hdr_b if mode == "B" else hdr_q
    return "\r\n ".join(f(c, charset) for c in chunks)


def fn_2231(name, charset="utf-8", split=36, param="filename"):
    """;filename*0*=...;filename*1*=... (RFC 2231 with continuations)."""
    from urllib.parse import quote
    toks = re.findall(r"%[0-9A-F]{2}|.", quote(name.encode(charset), safe="._-"))
    parts, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > split:
            parts.append(cur); cur = ""
        cur += t
    parts.append(cur)
    out = [f"{param}*{n}*={charset}''{p}" if n == 0 else f"{param}*{n}*={p}"
           for n, p in enumerate(parts)]
    return ";\r\n " + ";\r\n ".join(out)


class Part:
    def __init__(self, head, body):
        self.head, self.body = head, body

    def bytes(self):
        return "\r\n".join(self.head).encode("ascii") + b"\r\n\r\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=()):
    head = [f'Content-Type: text/{subtype}; charset="{charset}"',
            f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(head, enc(text, charset, cte))


def _param(p):
    return p if p.startswith(";") else "; " + p


def file_part(data, ctype, name_param, disp_param=None, extra=(), disposition="attachment"):
    """name_param/disp_param: encoded parameter text ('name="x.xls"' or ';\r\n\tname=...')."""
    head = [f"Content-Type: {ctype}{_param(name_param)}", "Content-Transfer-Encoding: base64"]
    if disp_param is not None:
        head.append(f"Content-Disposition: {disposition}{_param(disp_param)}")
    head += list(extra)
    return Part(head, b64(data))


def multi(subtype, parts, boundary, extra=(), preamble=None):
    head = [f'Content-Type: multipart/{subtype};\r\n\tboundary="{boundary}"'] + list(extra)
    body = b""
    if preamble:
        body += preamble.encode() + b"\r\n"
    for p in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + p.bytes()
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    return Part(head, body)


def rfc822_part(msg_bytes, extra=()):
    return Part(["Content-Type: message/rfc822", "Content-Transfer-Encoding: 8bit"] + list(extra), msg_bytes)


def kyiv(s):
    """'2012-12-13 10:41:07' -> aware datetime in Kyiv."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfcdate(d):
    return email.utils.format_datetime(d)


import email.utils


def message(*, frm, subject, date, msgid, body, to=MAILBOX, extra=(), recv_host="mail.example.gov.ua",
            recv_ip="10.12.3.4", recv_delay=7, mailer=None, top=True):
    d = kyiv(date)
    r = d + dt.timedelta(seconds=recv_delay)
    assert r.date() == d.date()
    head = []
    if top:
        head.append(f"Received: from {recv_host} ({recv_host} [{recv_ip}])\r\n\tby mx.cg.ukrtel.net "
                    f"(Postfix) with ESMTP id {zlib.crc32(msgid.encode()):08X}\r\n\tfor <{MAILBOX}>; {rfcdate(r)}")
    head += [f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {rfcdate(d)}",
             f"Message-ID: <{msgid}>", "MIME-Version: 1.0"]
    if mailer:
        head.append(mailer)
    head += list(extra)
    return "\r\n".join(head).encode("ascii") + b"\r\n" + body.bytes()

# ---------------------------------------------------------------- attachments (soffice)

def converted(stem, kind, src_text, target):
    """Write src (html|csv) to attachments/src/stem.kind; convert once to attachments/stem.target."""
    out = os.path.join(ATT, f"{stem}.{target.split(':')[0]}")
    src = os.path.join(SRC, f"{stem}.{kind}")
    if not os.path.exists(src) or open(src, encoding="utf-8").read() != src_text:
        with open(src, "w", encoding="utf-8") as f:
            f.write(src_text)
    if not os.path.exists(out):
        os.makedirs(WORK, exist_ok=True)
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo"]
        if kind == "csv":
            cmd += ["--infilter=CSV:59,34,76,1"]
        else:
            cmd += ["--infilter=HTML (StarWriter)"]
        cmd += ["--convert-to", target, "--outdir", ATT, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = open(out, "rb").read()
    assert len(data) < 60_000, (out, len(data))
    return data


def html_doc(body, title="Документ"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
            "<style>body{font-family:'Times New Roman';font-size:14pt} td,th{border:1px solid #000;"
            "padding:3px;vertical-align:top;font-size:12pt} table{border-collapse:collapse}</style>"
            "</head><body>" + body + "</body></html>")


def rows_html(header, rows, widths=None):
    h = "".join(f"<th>{c}</th>" for c in header)
    r = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border=\"1\"><tr>{h}</tr>{r}</table>"


def csv_text(rows):
    def cell(c):
        c = str(c)
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ';"\n') else c
    return "\n".join(";".join(cell(c) for c in row) for row in rows) + "\n"

# ---------------------------------------------------------------- zvit's own mail (for quoting)

MTEXT = {m["number"]: m["text"] for m in PLAN["measure"]}
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder_text(deadline, executor, today, missing, overdue=True):
    t = "Шановні колеги!\n\n"
    if overdue:
        t += (f"Нагадуємо, що {deadline} минув термін подання інформації про виконання Плану заходів з "
              "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках "
              "реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).\n\n")
    else:
        t += ("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та "
              "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство "
              f"„Відкритий уряд“» інформацію про його виконання необхідно надати до {deadline} на адресу "
              f"електронної пошти {MAILBOX}.\n\n")
    t += (f"Станом на {today} від {executor} не надійшла інформація за звітний період щодо таких пунктів плану:\n")
    for m in missing:
        t += f"\n  {m}. {MTEXT[m]}\n"
    t += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    t += "Просимо надати інформацію невідкладно.\n\n" if overdue else "Просимо дотримуватися встановленого терміну.\n\n"
    t += ("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його "
          f"недійсним.\n\nЗ повагою\n{OFFICE}\n")
    return t


def quote(text, mark="> "):
    return "\n".join((mark + l).rstrip() if l else mark.rstrip() for l in text.split("\n"))

# ======================================================================== 1. placeholder

KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "Year-end table for all 16 measures with cumulative figures; only rows 1 and 6 say anything, the rest are «х», «—», «+», «без змін», a bare «не проводились» and a pointer to the June letter.",
       "items": [{"measure": 1, "source": "Інформація_Бахмацька_РДА_2013.xls"},
                 {"measure": 6, "source": "Інформація_Бахмацька_РДА_2013.xls"}]}


@mail("ph01_bakhmach_year_table", KEY)
def _():
    fname = "Інформація_Бахмацька_РДА_2013.xls"
    rows = [["№ пункту плану", "Зміст заходу (скорочено)", "Інформація про виконання за 2013 рік (наростаючим підсумком)"],
            [1, "Інформаційне наповнення офіційних сайтів", "Протягом 2013 року на офіційному веб-сайті райдержадміністрації розміщено 412 інформаційних матеріалів (у ІІ півріччі – 231), створено розділ «Доступ до публічної інформації» з формою електронного запиту, оновлено розділи «Регуляторна діяльність» та «Звернення громадян»."],
            [2, "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "х"],
            [3, "Веб-ресурс «Чернігівська громада»", "—"],
            [4, "Інтернет-форум", "—"],
            [5, "«Гаряча лінія» голови ОДА", "—"],
            [6, "Консультації з громадськістю (постанова КМУ № 996)", "За 2013 рік проведено 14 консультацій з громадськістю (у ІІ півріччі – 6), з них 3 громадські слухання: щодо проекту районного бюджету на 2014 рік (29.11.2013, 71 учасник), щодо Програми розвитку фізичної культури і спорту (17.10.2013), щодо тарифів на вивезення твердих побутових відходів у смт Дмитрівка (05.09.2013)."],
            [7, "Залучення представників ІГС до дорадчо-консультативних органів", "Без змін"],
            [8, "Голови комітетів Громадської ради у складі колегій", "х"],
            [9, "Громадське обговорення проектів розпоряджень, програм", "+"],
            [10, "Комісія (робоча група) з питань відкритості при громадській раді", "Раніше поінформовано (лист від 14.06.2013 № 01-12/1187)"],
            [11, "«Дні відкритих дверей» УВП", "—"],
            [12, "Громадські експертизи", "не проводились"],
            [13, "Навчальні семінари", "—"],
            [14, "Методичні посібники", "—"],
            [15, "Громадське обговорення виконання плану", "—"],
            [16, "Надання інформації УВП", "Інформацію надано"]]
    data = converted("ph01_bakhmach", "csv", csv_text(rows), 'xls:MS Excel 97')
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області надсилаємо інформацію за 2013 рік (наростаючим підсумком).\n\n"
            "Додаток: на 1 арк.\n\n"
            "Заступник голови райдержадміністрації                     В.П. Дорошенко\n\n"
            "Вик. Шевчук Т.М., (04635) 2-14-57\n")
    mixed = multi("mixed", [
        text_part(body, charset="windows-1251", cte="quoted-printable"),
        file_part(data, "application/vnd.ms-excel", f';\r\n\tname="{hdr_b(fname, "windows-1251")}"',
                  f';\r\n\tfilename="{hdr_b(fname, "windows-1251")}"')],
        "----=_NextPart_000_0017_01CEF7F1.3A2B4C60",
        preamble="This is a multi-part message in MIME format.")
    return message(frm=f'"{hdr_b("Бахмацька РДА", "windows-1251")}" <{ADDR["rda-bakhmach"]}>',
                   subject=hdr_words("Інформація про виконання плану заходів \"Відкритий уряд\" за 2013 рік", "windows-1251"),
                   date="2013-12-13 15:42:18", msgid="001701cef80e$9a3b1c60$0a01a8c0@bahmach-org",
                   body=mixed, mailer="X-Mailer: Microsoft Office Outlook 12.0",
                   extra=["X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5931",
                          "Thread-Index: Ac74DpmNxK2m4tRfQ3eYVYb3nT1k0w=="])


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 1, "late": True, "kind": "report",
       "reason": None,
       "note": "Reply to the overdue reminder, top-posted, with a text table for every owed measure: rows 1 and 7 report, the rest are «-», «немає», a bare «не проводились»; the reminder quoted below names all seven.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail("ph02_kultura_reminder_reply", KEY)
def _():
    rem = reminder_text("15.12.2012", "Управління культури і туризму облдержадміністрації", "17.12.2012",
                        [1, 2, 6, 7, 8, 9, 12])
    body = ("На ваше нагадування повідомляємо.\n\n"
            "Інформація управління культури і туризму облдержадміністрації про виконання Плану заходів "
            "(Партнерство «Відкритий уряд») за 2012 рік:\n\n"
            "п.1  | На сайті управління (kultura.cg.gov.ua) оновлено розділи «Новини», «Звернення громадян»,\n"
            "     | розміщено річний план роботи та звіт про використання коштів обласних програм у галузі\n"
            "     | культури; сайт переведено на новий хостинг, налагоджено щоденне оновлення.\n"
            "п.2  | -\n"
            "п.6  | немає\n"
            "п.7  | До складу науково-методичної ради з питань охорони культурної спадщини при управлінні\n"
            "     | включено 2 представників ГО «Сіверська спадщина» та члена Громадської ради Ярошенка О.В.\n"
            "п.8  | -\n"
            "п.9  | не проводились\n"
            "п.12 | -\n\n"
            "Вибачте за затримку — у п'ятницю не було зв'язку.\n\n"
            "-- \n"
            "Грищенко Людмила Василівна\n"
            "головний спеціаліст відділу кадрової та організаційної роботи\n"
            "управління культури і туризму Чернігівської облдержадміністрації\n"
            "тел. (0462) 67-71-04\n\n"
            "17.12.2012 9:15, uvp@cg.ukrtel.net пише:\n" + quote(rem) + "\n")
    return message(frm=f'{hdr_b("Управління культури і туризму")} <{ADDR["su-kultura"]}>',
                   subject="Re: " + hdr_words("Нагадування: інформація про виконання плану заходів (термін 15.12.2012)"),
                   date="2012-12-17 11:03:52", msgid="50CEE0A8.4030702@example.gov.ua",
                   body=text_part(body, charset="utf-8", cte="base64", extra=["Content-Language: uk"]) ,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1",
                   extra=["In-Reply-To: <zvit-reminder-2012-12-17-su-kultura@cg.ukrtel.net>",
                          "References: <zvit-reminder-2012-12-17-su-kultura@cg.ukrtel.net>"])


KEY = {"class": "placeholder", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Half-year table in a .doc (RFC 2231 name): row 1 is «Без змін» with a pointer to the IV-quarter letter, 7 «х», 10 a bare «+», 12 «немає»; only 6 and 9 state work.",
       "items": [{"measure": 6, "source": "Додаток до листа № 02-19-1032.doc"},
                 {"measure": 9, "source": "Додаток до листа № 02-19-1032.doc"}]}


@mail("ph03_nsiversk_halfyear_doc", KEY)
def _():
    fname = "Додаток до листа № 02-19-1032.doc"
    rows = [["№ п/п плану", "Інформація про виконання"],
            ["1", "Без змін (див. інформацію за IV квартал 2012 р., лист від 14.12.2012 № 02-19/2417)"],
            ["6", "У І півріччі 2013 року проведено 3 громадські слухання: щодо проекту Програми соціально-економічного розвитку району (12.02.2013), щодо реорганізації Кудлаївської ЗОШ І ступеня (21.03.2013), щодо благоустрою центральної частини м. Новгород-Сіверського (16.05.2013, спільно з міською радою). Протоколи оприлюднено."],
            ["7", "х"],
            ["9", "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови РДА «Про районну програму підтримки сім'ї на 2013-2015 роки» та проекту Програми розвитку туризму; 4 пропозиції враховано."],
            ["10", "+"],
            ["12", "немає"]]
    doc = html_doc("<p align=\"right\">Додаток<br>до листа РДА від 14.06.2013 № 02-19/1032</p>"
                   "<p align=\"center\"><b>Інформація<br>Новгород-Сіверської районної державної адміністрації про виконання "
                   "плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
                   "за І півріччя 2013 року</b></p>" + rows_html(rows[0], rows[1:]) +
                   "<p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp; С.О. Мельник</p>")
    data = converted("ph03_nsiversk", "html", doc, "doc:MS Word 97")
    body = ("Доброго дня!\n\nНадсилаємо інформацію про виконання плану заходів за І півріччя 2013 року "
            "(лист від 14.06.2013 № 02-19/1032 з додатком).\n\n"
            "--\nЗ повагою, загальний відділ апарату\nНовгород-Сіверської райдержадміністрації\n")
    mixed = multi("mixed", [
        text_part(body, charset="koi8-u", cte="8bit"),
        file_part(data, "application/msword", fn_2231(fname, param="name"), fn_2231(fname))],
        "----------C2A11F1D3C0E8B5")
    return message(frm=f'{hdr_b("Новгород-Сіверська РДА", "koi8-u")} <{ADDR["rda-novhorod-siverskyi"]}>',
                   subject=hdr_b("Інформація за І півріччя 2013 (План Відкритий уряд)", "koi8-u"),
                   date="2013-06-14 16:27:40", msgid="1791264603.20130614162740@example.gov.ua",
                   body=mixed, mailer="X-Mailer: The Bat! (v3.99.3) Professional",
                   extra=["Reply-To: " + ADDR["rda-novhorod-siverskyi"]])


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "HTML-only Outlook table for the seven owed measures: row 1 says only «Забезпечено», 6 is an empty cell, 7 a dash, 12 a bare «не проводились»; 2, 8 and 9 state work (9 repeats the June wording word for word, but as the letter's own text).",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("ph04_finansy_html_table", KEY)
def _():
    rows = [("1", "Забезпечено"),
            ("2", "Щомісяця оновлюється рубрика «Виконання місцевих бюджетів Чернігівської області» на офіційному сайті облдержадміністрації: станом на 01.12.2013 розміщено 11 звітів про виконання обласного бюджету та зведених бюджетів районів, рішення про внесення змін до обласного бюджету на 2013 рік."),
            ("6", ""),
            ("7", "—"),
            ("8", "Голова комітету з питань бюджету та фінансів Громадської ради при облдержадміністрації Кравець Н.Ю. входить до складу колегії Головного фінансового управління (наказ від 21.02.2013 № 34); у ІІ півріччі взяла участь у 2 засіданнях колегії."),
            ("9", "Проект обласного бюджету на 2014 рік оприлюднено на офіційному сайті та обговорено на засіданні комітету з питань бюджету та фінансів Громадської ради при облдержадміністрації; пропозиції членів Громадської ради розглянуто під час доопрацювання проекту."),
            ("12", "не проводились")]
    trs = "".join(
        f'<tr><td width=60 valign=top style=\'border:solid windowtext 1.0pt;padding:0cm 5.4pt\'><p class=MsoNormal align=center>{n}</p></td>'
        f'<td width=560 valign=top style=\'border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt\'><p class=MsoNormal>{t or "&nbsp;"}</p></td></tr>\n'
        for n, t in rows)
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\">\n"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:\"Times New Roman\",\"serif\";} --></style></head>\n"
            "<body lang=UK link=blue vlink=purple><div class=WordSection1>\n"
            "<p class=MsoNormal>Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації</p>\n"
            "<p class=MsoNormal>&nbsp;</p>\n"
            "<p class=MsoNormal>Головне фінансове управління облдержадміністрації надає інформацію про виконання Плану заходів "
            "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року:</p>\n"
            "<p class=MsoNormal>&nbsp;</p>\n"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
            "<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center><b>№ пункту</b></p></td>"
            "<td style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal align=center><b>Стан виконання</b></p></td></tr>\n"
            + trs + "</table>\n<p class=MsoNormal>&nbsp;</p>\n"
            "<p class=MsoNormal>Заступник начальника управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.І. Литвиненко</p>\n"
            "<p class=MsoNormal><span style='font-size:9.0pt'>Бойко 67-52-31</span></p>\n</div></body></html>\n")
    return message(frm=f'"{hdr_b("Фінуправління ОДА", "windows-1251")}" <{ADDR["su-finansy"]}>',
                   subject=hdr_b("інформація ІІ півріччя 2013 (Відкритий уряд)", "windows-1251"),
                   date="2013-12-16 08:51:06", msgid="000c01cefa30$6d1b2e40$4751cac0$@example.gov.ua",
                   body=text_part(html, "html", "windows-1251", "quoted-printable"),
                   mailer="X-Mailer: Microsoft Outlook 14.0",
                   extra=["Thread-Index: Ac76MGaAvX3bq3pTRNq4xwYWlJr1xg==", "Content-Language: uk"])


KEY = {"class": "placeholder", "executor": "su-sluzhba-ditei", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Apologetic late report for IV quarter 2012 sent in January (period 2 by its date); the .xlsx has a row for every measure, mostly «-», «не стосується» for 2 and 8; only 1 and 12 report.",
       "items": [{"measure": 1, "source": "vidkrytyi_uriad_IV_kv_2012.xlsx"},
                 {"measure": 12, "source": "vidkrytyi_uriad_IV_kv_2012.xlsx"}]}


@mail("ph05_ditei_late_q4", KEY)
def _():
    fname = "vidkrytyi_uriad_IV_kv_2012.xlsx"
    rows = [["Пункт", "Захід", "Виконання (IV квартал 2012 р.)"]]
    short = {1: "Офіційні сайти", 2: "Рубрики на сайті ОДА", 3: "Веб-ресурс «Чернігівська громада»", 4: "Інтернет-форум",
             5: "Гаряча лінія", 6: "Консультації з громадськістю", 7: "Дорадчо-консультативні органи",
             8: "Колегії", 9: "Обговорення проектів", 10: "Робоча група при громадській раді",
             11: "Дні відкритих дверей", 12: "Громадські експертизи", 13: "Семінари", 14: "Посібники",
             15: "Обговорення виконання плану", 16: "Інформування УВП"}
    ans = {1: "На веб-сторінці служби на сайті облдержадміністрації розміщено порядок усиновлення, перелік документів для влаштування дітей у прийомні сім'ї та ДБСТ, контакти служб у справах дітей районів; інформація оновлюється щотижня.",
           2: "не стосується", 8: "не стосується",
           12: "ГО «Правозахисна ініціатива Чернігівщини» проведено громадську експертизу діяльності служби щодо захисту прав дітей-сиріт; за її результатами затверджено план заходів (наказ від 27.12.2012 № 88), 3 з 5 пропозицій виконано.",
           16: "Інформація надається"}
    for n in range(1, 17):
        rows.append([n, short[n], ans.get(n, "-")])
    data = converted("ph05_ditei", "csv", csv_text(rows), "xlsx:Calc MS Excel 2007 XML")
    body = ("Доброго дня!\n\nВибачте, будь ласка, за затримку. Надсилаємо інформацію Служби у справах дітей "
            "облдержадміністрації про виконання плану заходів щодо Партнерства «Відкритий уряд» за IV квартал 2012 року "
            "(таблиця у вкладенні). Лист від 14.12 на жаль не відправився через збій пошти.\n\n"
            "З повагою,\nОксана Павленко\nСлужба у справах дітей облдержадміністрації\n")
    mixed = multi("mixed", [
        multi("alternative", [text_part(body, "plain", "utf-8", "quoted-printable"),
                              text_part("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>",
                                        "html", "utf-8", "quoted-printable")], "=_alt_7c1e0b2d9a"),
        file_part(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f'name="{fname}"',
                  f'filename="{fname}"; size={len(data)}')], "=_5e8a3c90f14d7b")
    return message(frm=f'{hdr_q("Служба у справах дітей")} <{ADDR["su-sluzhba-ditei"]}>',
                   subject=hdr_q("Відкритий уряд - IV квартал 2012 (із запізненням)"),
                   date="2013-01-09 10:17:33", msgid="5a3c1f0de2b84e6f9c01d2e3f4a5b6c7@example.gov.ua",
                   body=mixed, mailer="User-Agent: Roundcube Webmail/0.8.4")

# ======================================================================== 2. bottom_post

KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": True, "kind": "report",
       "reason": None,
       "note": "Thunderbird reply interleaved under each «>»-quoted item of zvit's overdue reminder; 12 is a denial that names expert reviews and stands under item 12.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp01_kozelets_interleaved", KEY)
def _():
    rem = reminder_text("15.12.2012", "Козелецької районної державної адміністрації", "18.12.2012", [6, 9, 12])
    q = quote(rem).split("\n")
    # find the quoted item lines
    out = ["18.12.2012 9:00, uvp@cg.ukrtel.net пишет:"]
    ans = {6: "У 2012 році проведено 4 консультації з громадськістю, з них у IV кварталі — 2: громадські слухання "
              "щодо проекту районного бюджету на 2013 рік (07.12.2012) та електронне обговорення проекту Програми "
              "розвитку малого підприємництва (листопад, 9 пропозицій).",
           9: "Члени громадської ради при РДА взяли участь в обговоренні проекту районного бюджету на 2013 рік "
              "і проекту розпорядження «Про організацію громадських робіт у 2013 році».",
           12: "Громадських експертиз діяльності РДА у 2012 році інститутами громадянського суспільства не проводилось, "
               "запитів від ГО не надходило."}
    for line in q:
        out.append(line)
        for n, a in ans.items():
            if line.startswith(f">   {n}. "):
                out += ["", a, ""]
    out += ["", "Вибачте за затримку.", "-- ", "Сектор інформаційної діяльності та комунікацій з громадськістю",
            "Козелецької райдержадміністрації, т. (04646) 2-13-45"]
    body = "\n".join(out) + "\n"
    return message(frm=f'{hdr_b("Козелецька РДА", "windows-1251")} <{ADDR["rda-kozelets"]}>',
                   subject="Re: " + hdr_b("Нагадування: інформація про виконання плану заходів", "windows-1251"),
                   date="2012-12-18 10:44:21", msgid="50D02D65.8000605@example.gov.ua",
                   body=text_part(body, "plain", "windows-1251", "8bit", extra=["Content-Format: flowed"][:0]),
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2",
                   extra=["In-Reply-To: <zvit-reminder-2012-12-18-rda-kozelets@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 2, "late": True, "kind": "report",
       "reason": None,
       "note": "Ukrainian Outlook reply typed below zvit's receipt quoted with a «Від/Надіслано/Кому/Тема» block and no «>»; the receipt lists recognised items and missing 2 and 8; the new text reports 2 and says 8 is «без змін».",
       "items": [{"measure": 2, "source": "body"}]}


@mail("bp02_osvita_below_receipt", KEY)
def _():
    receipt = ("Шановні колеги!\n\n"
               "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує "
               "отримання Вашого листа від 14.06.2013 «Інформація Відкритий уряд І півріччя».\n\n"
               "Виконавець: Управління освіти і науки облдержадміністрації.\n"
               "Звітний період: 2-й (термін подання інформації — 15.06.2013).\n\n"
               "Розпізнано інформацію щодо таких пунктів плану:\n"
               "  • пункт 1: На сайті управління створено розділ «Зовнішнє незалежне оцінювання»…\n"
               "  • пункт 6: Проведено 2 засідання «круглого столу» з батьківською громадськістю…\n"
               "  • пункт 7: До складу колегії та науково-методичної ради включено…\n"
               "  • пункт 9: Проект обласної програми «Обдарована молодь» обговорено…\n"
               "  • пункт 12: Громадська експертиза не проводилась…\n\n"
               "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
               f"  2. {MTEXT[2]}\n  8. {MTEXT[8]}\n\n"
               "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.\n\n"
               f"З повагою\n{OFFICE}\n")
    body = ("\n\nВід: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]\n"
            "Надіслано: 14 червня 2013 р. 17:02\n"
            "Кому: osvita@example.gov.ua\n"
            "Тема: Підтвердження отримання: Інформація Відкритий уряд І півріччя\n\n"
            + receipt +
            "\n\nДоповнюємо інформацію за І півріччя 2013 року:\n\n"
            "По п. 2 – управлінням підготовлено та направлено для розміщення в рубриці «Хід виконання цільових програм» "
            "на офіційному сайті облдержадміністрації звіти про виконання обласних програм «Обдарована молодь» та "
            "«Шкільний автобус» за 2012 рік (розміщено 05.06.2013).\n"
            "По п. 8 – без змін.\n\n"
            "Головний спеціаліст управління освіти і науки\nоблдержадміністрації                 І.М. Карпенко\n")
    return message(frm=f'"{hdr_b("Карпенко Ірина", "windows-1251")}" <{ADDR["su-osvita"]}>',
                   subject=hdr_b("RE: Підтвердження отримання: Інформація Відкритий уряд І півріччя", "windows-1251"),
                   date="2013-06-17 09:12:45", msgid="00a901ce6b22$4f1e3b30$ed5ab190$@example.gov.ua",
                   body=text_part(body, "plain", "windows-1251", "quoted-printable"),
                   mailer="X-Mailer: Microsoft Outlook 14.0",
                   extra=["Thread-Index: AQHOaRVwz4EoFbC3sU2mQd9p8Tn7KpkykwJg", "Content-Language: uk",
                          "In-Reply-To: <zvit-receipt-2013-06-14-su-osvita@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "rda-nizhyn", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "Russian-UI Outlook «Исходное сообщение» block quoting the district's own June letter (1, 6, 9) without «>»; the supplement typed below adds 7 and 10 for the second half-year.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("bp03_nizhyn_own_letter_below", KEY)
def _():
    old = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
           "Ніжинська райдержадміністрація інформує про виконання плану заходів за І півріччя 2013 р.:\n"
           "п. 1 – на офіційному веб-сайті РДА розміщено 148 інформаційних матеріалів, створено розділ «Публічна інформація»;\n"
           "п. 6 – проведено 3 консультації з громадськістю (громадські слухання, «круглий стіл» з питань земельних відносин);\n"
           "п. 9 – члени громадської ради залучались до обговорення проекту районної програми «Питна вода».\n\n"
           "Перший заступник голови райдержадміністрації       В.М. Зінченко\n")
    body = ("-----Исходное сообщение-----\n"
            "От: Ніжинська РДА [mailto:rda-nizhyn@example.gov.ua]\n"
            "Отправлено: 12 июня 2013 г. 14:20\n"
            "Кому: uvp@cg.ukrtel.net\n"
            "Тема: інформація п.16\n\n" + old +
            "\n________________________________________\n\n"
            "Доповнення до листа від 12.06.2013 № 02-09/1456 (за ІІ півріччя 2013 р.):\n\n"
            "п. 7 – до складу районної комісії з питань захисту прав споживачів та районної ради з питань "
            "безпечної життєдіяльності населення включено 3 представників громадських організацій, у т.ч. "
            "2 членів громадської ради при РДА (розпорядження від 02.09.2013 № 311);\n"
            "п. 10 – громадська рада при райдержадміністрації на засіданні 24.10.2013 утворила у своєму складі "
            "робочу групу з питань відкритості та прозорості діяльності органу влади (5 осіб, керівник — "
            "Гордієнко П.С.).\n\n"
            "Інше — як раніше поінформовано.\n\n"
            "Відділ організаційної роботи апарату Ніжинської РДА\n")
    return message(frm=f'"{hdr_b("Ніжинська РДА", "windows-1251")}" <{ADDR["rda-nizhyn"]}>',
                   subject="FW: " + hdr_b("інформація п.16", "windows-1251"),
                   date="2013-12-12 11:38:04", msgid="000301cef71f$0a5c4e70$1f14eb50$@example.gov.ua",
                   body=text_part(body, "plain", "windows-1251", "8bit"),
                   mailer="X-Mailer: Microsoft Office Outlook 12.0",
                   extra=["Content-Language: ru", "Thread-Index: Ac73HwJ1mNwQ0Xq8R4ez6YtTq0zN2Q=="])


KEY = {"class": "bottom_post", "executor": "gromrada", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Roundcube HTML reply under <blockquote>s of zvit's pre-deadline reminder (items 3, 4, 15); the answer under 4 is only a promise, so 3 and 15 count.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 15, "source": "body"}]}


@mail("bp04_gromrada_blockquote", KEY)
def _():
    rem = reminder_text("15.12.2012", "Громадської ради при облдержадміністрації", "13.12.2012", [3, 4, 15], overdue=False)
    paras = rem.split("\n\n")
    ans = {3: "Веб-ресурс «Чернігівська громада» працює з 1 листопада 2012 р. (gromada.cn.ua): розміщено 46 матеріалів, "
              "контакти 38 громадських організацій, календар подій; адмініструє ресурс комітет з інформаційної політики.",
           4: "Форум плануємо відкрити у І кварталі 2013 року, технічне завдання готується.",
           15: "Громадське обговорення виконання плану заходів проведено 11.12.2012 на розширеному засіданні Громадської "
               "ради (19 членів ради, представники УВП, 3 журналісти); рекомендації направлено до облдержадміністрації."}
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">',
            "<p>На 13.12.2012 15:10, uvp@cg.ukrtel.net написав:</p>"]
    for p in paras:
        if not p.strip():
            continue
        html.append('<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
                    + p.strip().replace("\n", "<br />") + "</blockquote>")
        for n, a in ans.items():
            if p.strip().startswith(f"{n}. "):
                html.append(f"<p>{a}</p>")
    html.append("<p>З повагою,<br />секретар Громадської ради при облдержадміністрації<br />Тарасенко М.І.</p></body></html>")
    return message(frm=f'{hdr_q("Громадська рада")} <{ADDR["gromrada"]}>',
                   subject="Re: " + hdr_q("Нагадування про термін подання інформації"),
                   date="2012-12-14 17:26:13", msgid="e4f17c2b9a0d35e8f0c1a2b3c4d5e6f7@gromrada-webmail",
                   body=text_part("\n".join(html), "html", "utf-8", "quoted-printable"),
                   mailer="User-Agent: Roundcube Webmail/0.7.2",
                   extra=["In-Reply-To: <zvit-reminder-2012-12-13-gromrada@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "rda-semenivka", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "Android phone reply below the «>»-quoted overdue reminder: 1 only points to an earlier letter, 12 is a bare «не проводились», only 6 states work.",
       "items": [{"measure": 6, "source": "body"}]}


@mail("bp05_semenivka_phone", KEY)
def _():
    rem = reminder_text("15.12.2013", "Семенівської районної державної адміністрації", "17.12.2013", [1, 6, 12])
    body = ("17.12.2013 9:02 пользователь \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net> написал:\n"
            + quote(rem) + "\n\n"
            "Добрий день. п.1 - інформація надсилалась 11.12 листом № 03-21/2208.\n"
            "п.6 - 13 грудня проведено громадські слухання щодо проекту районного бюджету на 2014р, присутні 64 особи, "
            "протокол на сайті. п.12 - не проводились.\n"
            "Кравченко\n\nОтправлено с Samsung Mobile\n")
    return message(frm=f"{hdr_b('Семенівська РДА')} <{ADDR['rda-semenivka']}>",
                   subject="Re: " + hdr_b("Нагадування: минув термін подання інформації"),
                   date="2013-12-17 12:09:58", msgid="k7f3tq0h2o6cfnm1s4x8e2rb.1387274998123@email.android.com",
                   body=text_part(body, "plain", "utf-8", "base64"),
                   extra=["In-Reply-To: <zvit-reminder-2013-12-17-rda-semenivka@cg.ukrtel.net>"])


# ======================================================================== 3. not_report

KEY = {"class": "not_report", "executor": "rda-koriukivka", "period": 1, "late": False, "kind": "not_report",
       "reason": "extension_request",
       "note": "Asks to move the deadline to 20.12 because of year-end reporting, naming пп. 6, 9, 12 and saying consultations are still being summed up.",
       "items": []}


@mail("nr01_koriukivka_extension", KEY)
def _():
    body = ("Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Шановна Валентино Петрівно!\n\n"
            "У зв'язку з підготовкою річної звітності та проведенням сесії районної ради 14 грудня просимо "
            "продовжити термін подання інформації про виконання плану заходів (Партнерство «Відкритий уряд») "
            "до 20.12.2012. Інформацію щодо пп. 6, 9, 12 зараз узагальнюємо по сільських радах, зведена "
            "інформація буде надіслана одразу після її підписання.\n\n"
            "З повагою\nкерівник апарату Корюківської райдержадміністрації          О.М. Сидоренко\n")
    return message(frm=f'"{hdr_b("Корюківська РДА", "koi8-u")}" <{ADDR["rda-koriukivka"]}>',
                   subject=hdr_b("Прохання про продовження терміну", "koi8-u"),
                   date="2012-12-14 12:30:11", msgid="20121214103011.GA7731@koriukivka-rda",
                   body=text_part(body, "plain", "koi8-u", "8bit"), mailer="User-Agent: Mutt/1.5.21 (2010-09-15)")


KEY = {"class": "not_report", "executor": "su-zdorovia", "period": 3, "late": False, "kind": "not_report",
       "reason": "question",
       "note": "A question whether to report on пп. 2 and 8 and whether figures should be cumulative for the year; the premise about the collegium sits inside the question.",
       "items": []}


@mail("nr02_zdorovia_question", KEY)
def _():
    body = ("Добрий день!\n\n"
            "Підкажіть, будь ласка, чи потрібно подавати інформацію щодо п. 2 і п. 8 плану, якщо у ІІ півріччі "
            "засідань колегії не було, а голова комітету Громадської ради вже входить до складу колегії управління ще "
            "з березня (про це ми писали в червні)? І чи подавати цифри наростаючим підсумком за 2013 рік, "
            "чи лише за ІІ півріччя?\n\n"
            "Дякую.\n\nЛевченко Світлана\nУправління охорони здоров'я облдержадміністрації, відділ кадрів\n67-40-19\n")
    html = "<html><body><div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>"
    alt = multi("alternative", [text_part(body, "plain", "utf-8", "quoted-printable"),
                                text_part(html, "html", "utf-8", "quoted-printable")],
                "Apple-Mail=_6C0B1A2E-9D4F-4E7B-8A11-3F2C5D6E7A80")
    return message(frm=f'{hdr_q("Левченко Світлана")} <{ADDR["su-zdorovia"]}>',
                   subject=hdr_q("Питання щодо звіту Відкритий уряд"),
                   date="2013-12-10 14:05:37", msgid="D7E1A1C2-3B44-4F0E-9C2A-7B1E5A0F9D21@example.gov.ua",
                   body=alt, mailer="X-Mailer: Apple Mail (2.1510)")


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False, "kind": "not_report",
       "reason": "invitation",
       "note": "Invitation with a text/calendar .ics to the public discussion of the plan's implementation (measure 15's subject), and an announcement already placed on the web resource — all for an event to come.",
       "items": []}


@mail("nr03_ogp_invitation_ics", KEY)
def _():
    body = ("Шановні колеги!\n\n"
            "Запрошую представників управління взяти участь у громадському обговоренні виконання заходів з "
            "підвищення рівня відкритості та прозорості діяльності влади в області у рамках Ініціативи "
            "«Партнерство „Відкритий уряд“», яке відбудеться 12 грудня 2013 року о 14:00 у конференц-залі "
            "Чернігівського обласного молодіжного центру (вул. Шевченка, 48).\n\n"
            "Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили "
            "17 громадських організацій. Просимо підготувати коротку (до 5 хв) інформацію про хід виконання плану.\n\n"
            "З повагою,\nАндрій Мирошниченко\nрегіональний координатор Партнерства «Відкритий уряд» у Чернігівській області\n"
            "+38 067 000 12 34\n")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20131212T120000Z\nDTEND:20131212T140000Z\n"
           "DTSTAMP:20131203T084512Z\nORGANIZER;CN=Андрій Мирошниченко:mailto:ogp-coordinator@example.org.ua\n"
           "UID:7k2m9q4b1c8d3e6f0a5g@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net;X-NUM-GUESTS=0:mailto:uvp@cg.ukrtel.net\n"
           "CREATED:20131203T084511Z\nDESCRIPTION:Громадське обговорення виконання плану заходів «Відкритий уряд» в Чернігівській області\n"
           "LOCATION:Чернігів\\, вул. Шевченка\\, 48\\, обласний молодіжний центр\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:Громадське обговорення виконання плану «Відкритий уряд»\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n")
    ics_part = Part(['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: base64"],
                    enc(ics, "utf-8", "base64"))
    inv = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], enc(ics, "utf-8", "base64"))
    alt = multi("alternative", [text_part(body, "plain", "UTF-8", "quoted-printable"), ics_part], "047d7b5d8a3e0b1c2a04ec9f01d2")
    mixed = multi("mixed", [alt, inv], "047d7b5d8a3e0b1c2604ec9f01d4")
    return message(frm=f'{hdr_b("Андрій Мирошниченко")} <{ADDR["ogp-coordinator"]}>',
                   subject=hdr_b("Запрошення: Громадське обговорення виконання плану «Відкритий уряд» 12 груд. 2013"),
                   date="2013-12-03 10:45:12", msgid="047d7b5d8a3e0b1c1f04ec9f01d0@google.com", body=mixed)


KEY = {"class": "not_report", "executor": "rda-ichnia", "period": 2, "late": False, "kind": "not_report",
       "reason": "promise",
       "note": "A January note promising the overdue IV-quarter information once it is signed; names the site and the public council's working group in the promise only.",
       "items": []}


@mail("nr04_ichnia_promise", KEY)
def _():
    body = ("Добрий день!\n"
            "На ваше нагадування повідомляємо, що інформація Ічнянської РДА за IV квартал 2012 р. (щодо сайту, "
            "консультацій та робочої групи при громадській раді) підготовлена і знаходиться на підписі у голови "
            "райдержадміністрації, буде направлена до 11.01.2013.\n"
            "Вибачте за затримку, святкові дні.\n\n"
            "Мороз Н. В., сектор внутрішньої політики\n")
    return message(frm=f'{hdr_b("Ічнянська РДА", "windows-1251")} <{ADDR["rda-ichnia"]}>',
                   subject="Re: " + hdr_b("Нагадування", "windows-1251"),
                   date="2013-01-04 09:27:50", msgid="1357284470.8821.ichnia@example.gov.ua",
                   body=text_part(body, "plain", "windows-1251", "quoted-printable"),
                   mailer="X-Mailer: Opera Mail/12.12 (Win32)")


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False, "kind": "not_report",
       "reason": "announcement",
       "note": "The training centre announces its schedule of autumn seminars (a PDF «ГРАФІК» of events to come) for deputy heads responsible for consultations — measure 13's subject, but nothing done yet.",
       "items": []}


@mail("nr05_cppk_schedule", KEY)
def _():
    fname = "Графік семінарів ІІ півріччя 2013.pdf"
    rows = [["№ з/п", "Тема семінару", "Категорія слухачів", "Дата", "Місце"],
            ["1", "Консультації з громадськістю: постанова КМУ № 996 на практиці", "Заступники керівників структурних підрозділів ОДА", "17.09.2013", "ЦППК, ауд. 12"],
            ["2", "Інструменти політики сприяння розвитку громадянського суспільства", "Спеціалісти РДА, відповідальні за консультації", "08.10.2013", "ЦППК, ауд. 12"],
            ["3", "Громадська експертиза: як організувати та врахувати пропозиції", "Заступники голів РДА", "12.11.2013", "м. Ніжин, РДА"]]
    doc = html_doc("<p align=\"center\"><b>ГРАФІК<br>проведення навчальних семінарів щодо використання інструментів "
                   "політики сприяння розвитку громадянського суспільства у ІІ півріччі 2013 року</b></p>"
                   + rows_html(rows[0], rows[1:]) +
                   "<p>Заявки на участь приймаються до 01.09.2013 за тел. 67-90-15.</p>")
    data = converted("nr05_cppk", "html", doc, "pdf:writer_pdf_Export")
    body = ("Шановні колеги!\n\nЧернігівський центр перепідготовки та підвищення кваліфікації інформує, що у ІІ півріччі "
            "2013 року планується проведення навчальних семінарів за графіком, що додається. Просимо довести інформацію до "
            "відома заступників керівників структурних підрозділів та спеціалістів, відповідальних за консультації з громадськістю.\n\n"
            "З повагою\nзаступник директора центру          Т.В. Руденко\n")
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                            file_part(data, "application/pdf", f'name="{hdr_q(fname, "windows-1251")}"',
                                      f'filename="{hdr_q(fname, "windows-1251")}"')],
                  "----=_Part_41_1372937.1370938211345")
    return message(frm=f'"{hdr_b("ЦППК", "windows-1251")}" <{ADDR["cppk"]}>',
                   subject=hdr_b("Графік семінарів на ІІ півріччя", "windows-1251"),
                   date="2013-06-11 11:10:11", msgid="000001ce6678$2b5e8d10$821ba730$@example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5931")

# ======================================================================== 4. ranges

KEY = {"class": "ranges", "executor": "su-ekonomika", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Year-end .xls whose number cells hold «1–2», «6–9» and «12»; each block answers all its measures (8 included), with counts and dates in the text.",
       "items": [{"measure": m, "source": "Інформація ГУЕ (Відкритий уряд) 2012.xls"} for m in (1, 2, 6, 7, 8, 9, 12)]}


@mail("rg01_ekonomika_blocks_xls", KEY)
def _():
    fname = "Інформація ГУЕ (Відкритий уряд) 2012.xls"
    rows = [["№ пунктів плану", "Інформація про виконання (станом на 14.12.2012)"],
            ["1–2", "На сторінці Головного управління економіки на офіційному сайті облдержадміністрації оновлено розділи «Регіональний розвиток» та «Регуляторна діяльність»; у рубриці «Хід виконання цільових програм» розміщено звіти про виконання 6 обласних програм за 9 місяців 2012 року."],
            ["6–9", "Протягом 2012 року проведено 5 консультацій з громадськістю (у т.ч. публічне обговорення проекту Програми соціально-економічного розвитку області на 2013 рік 27–28 листопада, 112 учасників). Члени Громадської ради залучені до роботи Ради з питань регіонального розвитку та до колегії управління (голова комітету з економічних питань Ковальчук Р.О.), брали участь в обговоренні проекту Програми."],
            ["12", "Громадських антикорупційних експертиз проектів нормативно-правових актів управління у 2012 році не проводилось, запитів не надходило."],
            ["16", "Інформацію надано."]]
    data = converted("rg01_ekonomika", "csv", csv_text(rows), "xls:MS Excel 97")
    body = ("Добрий день!\nНа виконання п. 16 Плану надсилаємо інформацію Головного управління економіки за 2012 рік.\n"
            "Вих. № 05-09/3147 від 14.12.2012\n\nСектор документального забезпечення ГУЕ ОДА\n")
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                            file_part(data, "application/vnd.ms-excel", f'name="{hdr_b(fname, "windows-1251")}"',
                                      f'filename="{hdr_b(fname, "windows-1251")}"')],
                  "----=_NextPart_000_0004_01CDDA6E.5B8F1E20",
                  preamble="This is a multipart message in MIME format.")
    return message(frm=f'"{hdr_b("ГУ економіки", "windows-1251")}" <{ADDR["su-ekonomika"]}>',
                   subject=hdr_b("Відкритий уряд - інформація за 2012 рік", "windows-1251"),
                   date="2012-12-15 10:02:44", msgid="000301cdda6e$5b8f1e20$12aa5a60$@example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft Outlook 14.0")


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "koi8-u plain letter: «пп. 6-9, 12» answered as one block counts 6, 7, 8, 9, 12 (8 is not owed by a district); «п. 10 – без змін» is a placeholder; an order number and dates sit near the numbers.",
       "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 8, 9, 12)]}


@mail("rg02_pryluky_block_koi8", KEY)
def _():
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Прилуцька районна державна адміністрація інформує про виконання плану заходів за І півріччя 2013 року.\n\n"
            "п. 1 - на офіційному веб-сайті райдержадміністрації створено розділ \"Громадська рада\", щотижня оновлюється "
            "розділ \"Новини району\", розміщено 23 проекти розпоряджень.\n\n"
            "пп. 6-9, 12 - протягом І півріччя 2013 року проведено 3 засідання громадської ради при РДА, на яких "
            "обговорено проекти розпоряджень голови РДА (в т.ч. N 45-р від 12.03.2013 \"Про затвердження районної "
            "програми розвитку освіти\"), представники громадськості включені до складу 4 дорадчих органів, "
            "громадська експертиза розпорядження про тарифи на послуги ЖКГ проведена ГО \"Прилуччина - наш дім\".\n\n"
            "п. 10 - без змін.\n\n"
            "Керівник апарату райдержадміністрації              Л.В. Гончаренко\n")
    return message(frm=f'{hdr_b("Прилуцька РДА", "koi8-u")} <{ADDR["rda-pryluky"]}>',
                   subject=hdr_b("Інформація Прилуцької РДА", "koi8-u"),
                   date="2013-06-13 13:54:20", msgid="51B9A4FC.1020904@example.gov.ua",
                   body=text_part(body, "plain", "koi8-u", "8bit"),
                   mailer="User-Agent: Mozilla/5.0 (X11; Linux i686; rv:17.0) Gecko/20130510 Thunderbird/17.0.6")


KEY = {"class": "ranges", "executor": "su-apk", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "Russian body, late: «по пунктам 1 и 6» and «пункты 7 и 9» each answered as a block, with cumulative year counts («11 совещаний, 2 — во II полугодии») beside them.",
       "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9)]}


@mail("rg03_apk_russian_pairs", KEY)
def _():
    body = ("Добрый день.\n\n"
            "Главное управление агропромышленного развития облгосадминистрации сообщает о выполнении Плана "
            "мероприятий (\"Открытое правительство\") за 2013 год нарастающим итогом.\n\n"
            "По пунктам 1 и 6: на странице управления на официальном сайте ОГА размещены 57 материалов, "
            "в т.ч. проекты приказов о распределении бюджетных дотаций; за год проведено 11 совещаний с "
            "представителями фермерских хозяйств и сельскохозяйственных обслуживающих кооперативов (2 — во II полугодии), "
            "а также общественное обсуждение порядка предоставления частичной компенсации стоимости техники.\n\n"
            "Пункты 7 и 9: члены Общественного совета при облгосадминистрации (3 человека) включены в состав "
            "конкурсной комиссии по отбору программ поддержки фермерства и принимали участие в обсуждении "
            "проекта программы развития сельских территорий на 2014-2016 годы.\n\n"
            "Извините за опоздание.\n\nЗаместитель начальника главного управления     С.Г. Бондарь\n")
    return message(frm=f'"{hdr_b("Главное управление АПР", "windows-1251")}" <{ADDR["su-apk"]}>',
                   subject=hdr_b("информация по плану Открытое правительство за 2013", "windows-1251"),
                   date="2013-12-16 15:20:07", msgid="006b01cefa66$b3a10c30$1ae32490$@example.gov.ua",
                   body=text_part(body, "plain", "windows-1251", "quoted-printable"),
                   mailer="X-Mailer: Microsoft Office Outlook 12.0", extra=["Content-Language: ru"])


KEY = {"class": "ranges", "executor": "rda-talalaivka", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": ".docx answers «п.п. 1, 6 – 9» as one block (1, 6, 7, 8, 9); «з 10 по 12 – не проводились» is a bare negation; the cover's «пп. 1–12» only points to the June letter.",
       "items": [{"measure": m, "source": "Talalaivka_RDA_2013.docx"} for m in (1, 6, 7, 8, 9)]}


@mail("rg04_talalaivka_docx", KEY)
def _():
    fname = "Talalaivka_RDA_2013.docx"
    doc = html_doc("<p align=\"center\"><b>ІНФОРМАЦІЯ<br>Талалаївської районної державної адміністрації про виконання "
                   "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади за 2013 рік</b></p>"
                   "<p><b>П.п. 1, 6 – 9.</b> Протягом 2013 року забезпечено оновлення офіційного веб-сайту райдержадміністрації "
                   "(розміщено 384 матеріали, запроваджено розділ «Електронні звернення»). Проведено 9 консультацій з "
                   "громадськістю, у тому числі 2 громадські слухання (05.11.2013 – щодо бюджету на 2014 рік, 27.11.2013 – "
                   "щодо схеми санітарного очищення смт Талалаївка). Члени громадської ради при райдержадміністрації "
                   "входять до складу 6 дорадчих органів, брали участь в обговоренні 12 проектів розпоряджень.</p>"
                   "<p><b>З 10 по 12</b> – не проводились.</p>"
                   "<p>Заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp; Н.П. Щербак</p>")
    data = converted("rg04_talalaivka", "html", doc, "docx:MS Word 2007 XML")
    body = ("Раніше поінформовано листом від 13.06.2013 № 01-27/912 щодо пп. 1–12 за І півріччя.\n"
            "Направляємо інформацію за 2013 рік (вкладення).\n\nЗагальний відділ Талалаївської РДА\n")
    mixed = multi("mixed", [text_part(body, "plain", "utf-8", "8bit"),
                            file_part(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      f'name="{fname}"', f'filename="{fname}"')],
                  "b1_7f3e2a0c9d8b6a5e4f3c2b1a0d9e8f7c")
    return message(frm=f'{hdr_b("Талалаївська РДА")} <{ADDR["rda-talalaivka"]}>',
                   subject=hdr_b("Інформація за 2013 рік"),
                   date="2013-12-11 16:01:19", msgid="b1_7f3e2a0c9d8b6a5e4f3c2b1a0d9e8f7c@cdo.example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft CDO for Windows 2000",
                   extra=["Thread-Index: Ac72cB9mQ1rX0e3sSp2Xc5Kc8F3p0A=="])


KEY = {"class": "ranges", "executor": "rda-borzna", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": ".ods number cells «1, 6-7», «9, 12» and «10»; dates like «06-07.12.2012» and counts in the text are not measures.",
       "items": [{"measure": m, "source": "Borzna_info_2012.ods"} for m in (1, 6, 7, 9, 10, 12)]}


@mail("rg05_borzna_ods", KEY)
def _():
    fname = "Borzna_info_2012.ods"
    rows = [["Пункти плану", "Виконання за 2012 рік"],
            ["1, 6-7", "Веб-сайт РДА наповнюється відповідно до Закону України «Про доступ до публічної інформації», створено розділ «Консультації з громадськістю»; 06-07.12.2012 проведено виїзні зустрічі з мешканцями 4 сільрад щодо оптимізації мережі ФАПів; до складу районної ради з питань охорони здоров'я включено 2 представників ГО."],
            ["9, 12", "Члени громадської ради обговорили 3 проекти розпоряджень; проведено громадську антикорупційну експертизу проекту розпорядження про порядок оренди комунального майна (ГО «Борзнянська ініціатива»), 2 зауваження враховано."],
            ["10", "Громадській раді рекомендовано утворити робочу групу з питань відкритості та прозорості (лист від 20.11.2012 № 01-15/871); робочу групу утворено 03.12.2012 у складі 4 осіб."]]
    data = converted("rg05_borzna", "csv", csv_text(rows), "ods:calc8")
    body = ("Добрий день!\nІнформація Борзнянської райдержадміністрації про виконання плану заходів за 2012 рік у вкладенні.\n"
            "--\nБорзнянська РДА\n")
    mixed = multi("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"),
                            file_part(data, "application/vnd.oasis.opendocument.spreadsheet", f'name="{fname}"',
                                      f'filename="{fname}"')],
                  "------------050706010407080102030405")
    return message(frm=f'{hdr_b("Борзнянська РДА")} <{ADDR["rda-borzna"]}>',
                   subject=hdr_b("Інформація Відкритий уряд"),
                   date="2012-12-10 14:47:02", msgid="50C5DA86.5070004@example.gov.ua", body=mixed,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")


# ======================================================================== 5. prose

KEY = {"class": "prose", "executor": "su-ekolohiia", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "PDF letter in paragraphs without plan numbers: the site paragraph (1), one paragraph covering hearings (6) and the council members' discussion of the draft programme (9), with a passing mention of the site inside it.",
       "items": [{"measure": m, "source": "Інформація управління екології.pdf"} for m in (1, 6, 9)]}


@mail("pr01_ekolohiia_pdf", KEY)
def _():
    fname = "Інформація управління екології.pdf"
    doc = html_doc("<p align=\"right\">Управління з питань внутрішньої політики<br>та зв'язків з громадськістю облдержадміністрації</p>"
                   "<p align=\"center\"><b>Про виконання плану заходів за 2012 рік</b></p>"
                   "<p>Управлінням екології та природних ресурсів облдержадміністрації у 2012 році продовжено роботу з "
                   "удосконалення власного веб-сайту: створено розділи «Екологічний паспорт області», «Публічна інформація» "
                   "та «Дозвільна діяльність», розміщено щорічну доповідь про стан навколишнього природного середовища, "
                   "налагоджено оновлення новин не рідше двох разів на тиждень.</p>"
                   "<p>З метою врахування думки громадськості 22 жовтня та 19 листопада 2012 року проведено громадські "
                   "слухання щодо проекту Регіональної програми охорони навколишнього природного середовища на 2013–2017 роки "
                   "(м. Чернігів, м. Ніжин, разом 86 учасників). Члени Громадської ради при облдержадміністрації, зокрема "
                   "комітету з екологічних питань, взяли участь в обговоренні проекту програми, 14 їх пропозицій враховано; "
                   "матеріали обговорення розміщено на офіційному сайті управління.</p>"
                   "<p>Інформація надається на виконання листа управління від 20.11.2012 № 07-08/1102.</p>"
                   "<p>Начальник управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Г.М. Остапенко</p>")
    data = converted("pr01_ekolohiia", "html", doc, "pdf:writer_pdf_Export")
    body = "Надсилаємо інформацію управління екології та природних ресурсів (лист від 12.12.2012 № 04-11/2201).\n"
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "8bit"),
                            file_part(data, "application/pdf", fn_2231(fname, "utf-8", param="name"), fn_2231(fname))],
                  "----=_NextPart_000_001A_01CDD87B.44CD1E70")
    return message(frm=f'"{hdr_b("Управління екології", "windows-1251")}" <{ADDR["su-ekolohiia"]}>',
                   subject=hdr_b("Відкритий уряд, лист 04-11/2201", "windows-1251"),
                   date="2012-12-12 15:33:09", msgid="001b01cdd87b$44cd1e70$ce675b50$@example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft Outlook 14.0")


KEY = {"class": "prose", "executor": "zvernennia", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": ".docx in prose about the head's hot line with cumulative year counts; the June letter is only cited «as reported earlier», and the site appears only as where summaries are published.",
       "items": [{"measure": 5, "source": "Гаряча лінія 2013.docx"}]}


@mail("pr02_zvernennia_docx", KEY)
def _():
    fname = "Гаряча лінія 2013.docx"
    doc = html_doc("<p align=\"center\"><b>Інформація<br>відділу роботи із зверненнями громадян апарату облдержадміністрації</b></p>"
                   "<p>Як раніше поінформовано (лист від 10.06.2013 № 12-04/118), з січня 2013 року прийом дзвінків на "
                   "«гарячу лінію» голови облдержадміністрації здійснюється щоденно з 8.00 до 20.00.</p>"
                   "<p>Усього за 2013 рік на «гарячу лінію» голови обласної державної адміністрації надійшло 2314 "
                   "звернень (у ІІ півріччі – 1102), з них 1870 вирішено позитивно або надано роз'яснення. З жовтня "
                   "працює додатковий номер для дзвінків з мобільних телефонів, запроваджено щотижневий аналіз "
                   "найчастіших питань для керівництва облдержадміністрації.</p>"
                   "<p>Щомісяця узагальнення розміщується на офіційному сайті облдержадміністрації.</p>"
                   "<p>Завідувач відділу &nbsp;&nbsp;&nbsp;&nbsp; Н.О. Кириленко</p>")
    data = converted("pr02_zvernennia", "html", doc, "docx:MS Word 2007 XML")
    body = ("Добрий день, колеги! Інформація відділу за 2013 рік у вкладенні.\n"
            "Кириленко Н.О.\n")
    mixed = multi("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"),
                            file_part(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      f'name="{hdr_b(fname)}"', f'filename="{hdr_b(fname)}"')],
                  "=_ed7a2c4b01f3e88d")
    return message(frm=f'{hdr_b("Відділ звернень громадян")} <{ADDR["zvernennia"]}>',
                   subject=hdr_b("Відкритий уряд - гаряча лінія (2013)"),
                   date="2013-12-13 09:48:31", msgid="ed7a2c4b01f3e88d9a1b@example.gov.ua",
                   body=mixed, mailer="User-Agent: Roundcube Webmail/0.9.5")


KEY = {"class": "prose", "executor": "su-simia", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Late report for 2012 sent in January (period 2 by date) as .odt prose: a youth council's members in an advisory body (7), a council committee head in the collegium (8), a public expert review and its follow-up (12).",
       "items": [{"measure": m, "source": "simia_2012.odt"} for m in (7, 8, 12)]}


@mail("pr03_simia_odt_late", KEY)
def _():
    fname = "simia_2012.odt"
    doc = html_doc("<p align=\"center\"><b>Інформація управління у справах сім'ї, молоді та спорту облдержадміністрації "
                   "щодо відкритості та прозорості діяльності за 2012 рік</b></p>"
                   "<p><b>Взаємодія з громадськістю.</b> У листопаді 2012 року до складу обласної ради з питань молодіжної "
                   "політики включено 5 представників молодіжних громадських організацій, у тому числі члена Громадської ради "
                   "Остапчука В.М. Голову комітету з гуманітарних питань Громадської ради при облдержадміністрації Лисенко О.П. "
                   "введено до складу колегії управління (наказ від 03.12.2012 № 241), внесено відповідні зміни до Положення "
                   "про колегію.</p>"
                   "<p><b>Громадський контроль.</b> ГО «Молодіжна альтернатива» провела громадську експертизу діяльності управління "
                   "щодо оздоровлення дітей у 2012 році. Для реалізації її пропозицій розроблено план заходів, зокрема "
                   "запроваджено електронну чергу на путівки.</p>"
                   "<p>Начальник управління &nbsp;&nbsp;&nbsp; П.В. Руденко</p>")
    data = converted("pr03_simia", "html", doc, "odt:writer8")
    body = ("Шановні колеги!\n\nНадсилаємо (із запізненням) інформацію управління за 2012 рік, на ваше нагадування від 18.12.2012.\n\n"
            "З повагою, Марина\n")
    mixed = multi("mixed", [text_part(body, "plain", "koi8-u", "quoted-printable"),
                            file_part(data, "application/vnd.oasis.opendocument.text", f'name="{fname}"', f'filename="{fname}"')],
                  "------------030002060806040709020504")
    return message(frm=f'{hdr_b("Управління сім`ї, молоді та спорту", "koi8-u")} <{ADDR["su-simia"]}>',
                   subject=hdr_b("Re: Нагадування", "koi8-u"),
                   date="2013-01-11 13:14:55", msgid="50EFF4AF.2030006@example.gov.ua", body=mixed,
                   mailer="User-Agent: Mozilla/5.0 (X11; Ubuntu; Linux i686; rv:17.0) Gecko/20130106 Thunderbird/17.0.2")


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "The department's own sector reports from its registered box in HTML prose: the web resource (3) and its forum (4), an open-door day (11), seminars with the training centre (13) and the guide (14).",
       "items": [{"measure": m, "source": "body"} for m in (3, 4, 11, 13, 14)]}


@mail("pr04_uvp_sector_html", KEY)
def _():
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p>Інформація сектору зв'язків з громадськістю управління для зведеного звіту (IV квартал 2012 р.)</p>"
            "<p>Веб-ресурс «Чернігівська громада» запущено 1 листопада 2012 року; на ньому зареєстровано 38 громадських "
            "організацій, розміщено 46 матеріалів. З 15 листопада на базі ресурсу у тестовому режимі працює "
            "Інтернет-форум (37 учасників, 12 тем).</p>"
            "<p>6 грудня проведено День відкритих дверей управління для представників громадськості та ЗМІ "
            "(присутні 24 особи, з них 7 журналістів).</p>"
            "<p>Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації 20–21 листопада проведено "
            "навчальний семінар для заступників керівників структурних підрозділів, відповідальних за консультації з "
            "громадськістю (31 слухач). Розроблено та розіслано до РДА і структурних підрозділів методичний посібник "
            "«Консультації з громадськістю: практичні поради» (тираж 150 прим., електронна версія на сайті).</p>"
            "<p>--<br>Ткаченко Ю.В., сектор зв'язків з громадськістю УВП</p></body></html>")
    return message(frm=f'{hdr_b("Сектор зв`язків з громадськістю УВП")} <{ADDR["uvp"]}>',
                   subject=hdr_b("для зведеного звіту - наш сектор"),
                   date="2012-12-14 11:20:40", msgid="1355476840.52011.uvpinfo@example.gov.ua",
                   body=text_part(html, "html", "utf-8", "base64"), mailer="X-Mailer: Opera Mail/12.11 (Win32)")


KEY = {"class": "prose", "executor": "rda-sribne", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".rtf prose: site content (1), consultations whose coverage «у районній газеті та на офіційному сайті» is a passing mention (6), a working group on openness (10), and a denial naming expert reviews (12).",
       "items": [{"measure": m, "source": "Срібнянська РДА І півріччя.rtf"} for m in (1, 6, 10, 12)]}


@mail("pr05_sribne_rtf", KEY)
def _():
    fname = "Срібнянська РДА І півріччя.rtf"
    doc = html_doc("<p align=\"center\"><b>Інформація Срібнянської райдержадміністрації за І півріччя 2013 року</b></p>"
                   "<p>Інформаційне наповнення офіційної веб-сторінки райдержадміністрації приведено у відповідність до "
                   "постанови КМУ № 3: оприлюднюються розпорядження голови, звіти про використання бюджетних коштів, "
                   "оголошення про конкурси на заміщення посад.</p>"
                   "<p>Проведено зустрічі з мешканцями сіл Олексинці та Дігтярі щодо ремонту доріг і роботи шкільного "
                   "автобуса, громадське обговорення проекту розпорядження «Про правила благоустрою смт Срібне»; заходи "
                   "висвітлювались у районній газеті «Срібнянщина» та на офіційному сайті.</p>"
                   "<p>За рекомендацією райдержадміністрації громадська рада утворила у своєму складі робочу групу з питань "
                   "відкритості та прозорості діяльності органу влади (рішення від 18.04.2013).</p>"
                   "<p>Громадських експертиз діяльності райдержадміністрації у звітному періоді не проводилось.</p>")
    data = converted("pr05_sribne", "html", doc, "rtf:Rich Text Format")
    body = "Добрий день! Інформація Срібнянської РДА в додатку.\n"
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "8bit"),
                            file_part(data, "application/rtf", f'name="{hdr_b(fname, "windows-1251")}"',
                                      f'filename="{hdr_b(fname, "windows-1251")}"')],
                  "----------1F2B3C4D5E6F7081")
    return message(frm=f'{hdr_b("Срібнянська РДА", "windows-1251")} <{ADDR["rda-sribne"]}>',
                   subject=hdr_b("інф. І півріччя", "windows-1251"),
                   date="2013-06-14 10:05:28", msgid="1469003271.20130614100528@example.gov.ua",
                   body=mixed, mailer="X-Mailer: The Bat! (v4.0.24) Home")

# ======================================================================== 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "rda-mena", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "The letter numbers its own paragraphs 1., 2., 3.: «1.» happens to be the site (1), «2.» is consultations (6), «3.» expert reviews (12); the outgoing number and counts are noise.",
       "items": [{"measure": m, "source": "body"} for m in (1, 6, 12)]}


@mail("fn01_mena_own_numbering", KEY)
def _():
    body = ("Вих. № 01-14/1932 від 13.12.2012\n\n"
            "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Менська районна державна адміністрація повідомляє про виконання Плану заходів за 2012 рік.\n\n"
            "1. На офіційному веб-сайті райдержадміністрації створено розділи «Доступ до публічної інформації», "
            "«Регуляторна політика», розміщено 296 інформаційних повідомлень.\n"
            "2. Проведено 7 консультацій з громадськістю у формі громадських слухань та «круглих столів», у т.ч. "
            "щодо проекту районного бюджету на 2013 рік (11.12.2012).\n"
            "3. ГО «Менщина — край відкритий» проведено громадську антикорупційну експертизу проекту розпорядження "
            "«Про затвердження Порядку надання матеріальної допомоги»; зауваження враховано.\n\n"
            "Голова райдержадміністрації                            А.В. Степаненко\n")
    return message(frm=f'"{hdr_b("Менська РДА", "windows-1251")}" <{ADDR["rda-mena"]}>',
                   subject=hdr_b("лист 01-14/1932", "windows-1251"),
                   date="2012-12-13 16:40:12", msgid="002401cdd945$1e2b3c40$5a81b4c0$@example.gov.ua",
                   body=text_part(body, "plain", "windows-1251", "quoted-printable"),
                   mailer="X-Mailer: Microsoft Office Outlook 11")


KEY = {"class": "foreign_numbers", "executor": "su-zhkh", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": ".xls with a running «№ з/п» column 1–5 beside the real «Пункт плану» column (1, 6, 7, 9, 12); 7 is a dash and 12 a bare «не проводились».",
       "items": [{"measure": m, "source": "ZhKG_vidkr_uriad_2013.xls"} for m in (1, 6, 9)]}


@mail("fn02_zhkh_zp_column", KEY)
def _():
    fname = "ZhKG_vidkr_uriad_2013.xls"
    rows = [["№ з/п", "Пункт плану", "Інформація про виконання за 2013 рік"],
            [1, 1, "На сторінці управління на сайті ОДА розміщено тарифи на житлово-комунальні послуги по районах, звіти про виконання програми «Питна вода Чернігівщини»; оновлено контакти аварійних служб."],
            [2, 6, "Проведено 4 консультації з громадськістю: громадські слухання щодо тарифів на теплопостачання (м. Прилуки, 10.10.2013), опитування мешканців ОСББ щодо енергозбереження (312 респондентів)."],
            [3, 7, "-"],
            [4, 9, "Члени Громадської ради брали участь в обговоренні проекту Програми реформування і розвитку ЖКГ на 2014-2016 роки (3 засідання робочої групи)."],
            [5, 12, "не проводились"]]
    data = converted("fn02_zhkh", "csv", csv_text(rows), "xls:MS Excel 97")
    body = ("Шановні колеги, надсилаємо інформацію УЖКГ за 2013 рік.\n\n-- \nУправління ЖКГ облдержадміністрації\n")
    mixed = multi("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"),
                            file_part(data, "application/vnd.ms-excel", f'name="{fname}"', f'filename="{fname}"')],
                  "------------060907080500030101020309")
    return message(frm=f'{hdr_b("УЖКГ ОДА")} <{ADDR["su-zhkh"]}>',
                   subject=hdr_b("Відкритий уряд 2013"),
                   date="2013-12-12 14:02:36", msgid="52A9A5FC.7000203@example.gov.ua", body=mixed,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".doc in the unit's own plan numbering («2.1», «2.2», «2.3») with sub-items «а)», «б)»: 2.1 is the site (1), 2.2 consultations (6), 2.3 the collegium (8).",
       "items": [{"measure": m, "source": "Звіт УКБ І півр 2013.doc"} for m in (1, 6, 8)]}


@mail("fn03_kapbud_own_plan", KEY)
def _():
    fname = "Звіт УКБ І півр 2013.doc"
    doc = html_doc("<p align=\"center\"><b>Звіт про виконання розділу 2 «Взаємодія з громадськістю» плану роботи "
                   "управління капітального будівництва облдержадміністрації на 2013 рік (І півріччя)</b></p>"
                   "<p><b>2.1.</b> Оновлено сторінку управління на офіційному сайті облдержадміністрації: розміщено перелік "
                   "об'єктів будівництва 2013 року з джерелами фінансування та станом виконання робіт, результати тендерів.</p>"
                   "<p><b>2.2.</b> Проведено консультації з громадськістю:<br>"
                   "а) громадське обговорення проекту реконструкції стадіону «Гагарін» (15.03.2013, 43 учасники);<br>"
                   "б) зустріч з мешканцями с. Киселівка щодо будівництва амбулаторії загальної практики (24.04.2013).</p>"
                   "<p><b>2.3.</b> Наказом від 11.02.2013 № 19 до складу колегії управління введено голову комітету з питань "
                   "будівництва та ЖКГ Громадської ради при облдержадміністрації Мартинюка І.С.; внесено зміни до Положення про "
                   "управління.</p>"
                   "<p>Начальник управління &nbsp;&nbsp;&nbsp; В.Л. Ярмоленко</p>")
    data = converted("fn03_kapbud", "html", doc, "doc:MS Word 97")
    body = ("Надаємо інформацію про виконання Плану заходів з підвищення рівня відкритості (звіт у вкладенні).\n"
            "УКБ ОДА, т. 67-31-88\n")
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                            file_part(data, "application/msword", f'name="{hdr_q(fname, "windows-1251")}"',
                                      f'filename="{hdr_q(fname, "windows-1251")}"')],
                  "----=_NextPart_000_0009_01CE68F0.8C3B1D20")
    return message(frm=f'{hdr_b("УКБ ОДА", "windows-1251")} <{ADDR["su-kapbud"]}>',
                   subject=hdr_b("Звіт УКБ І півріччя 2013", "windows-1251"),
                   date="2013-06-14 12:19:03", msgid="000a01ce68f0$8c3b1d20$a4b15760$@example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512")


KEY = {"class": "foreign_numbers", "executor": "rda-kulykivka", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "Late Russian letter: «п. 9 Плана» has sub-items «1)», «2)»; «п. 7» gives a count of three members; «пункт 16» is the reporting duty and counts nothing.",
       "items": [{"measure": m, "source": "body"} for m in (7, 9)]}


@mail("fn04_kulykivka_subitems_ru", KEY)
def _():
    body = ("Куликовская райгосадминистрация во исполнение пункта 16 Плана мероприятий сообщает (за II полугодие 2013 г.):\n\n"
            "п. 7 — в состав районной межведомственной комиссии по вопросам обеспечения прав детей включены "
            "3 представителя общественных организаций (распоряжение от 07.10.2013 № 218).\n\n"
            "п. 9 Плана — члены общественного совета при РГА привлекались к обсуждению:\n"
            "1) проекта районной программы развития физкультуры и спорта на 2014-2016 гг.;\n"
            "2) проекта распоряжения о порядке использования средств районного фонда охраны окружающей среды.\n\n"
            "Информация направляется с опозданием в связи с болезнью ответственного работника.\n\n"
            "Орготдел аппарата Куликовской РГА\n")
    return message(frm=f'"{hdr_b("Куликовская РГА", "koi8-r")}" <{ADDR["rda-kulykivka"]}>',
                   subject=hdr_b("Информация Открытое правительство", "koi8-r"),
                   date="2013-12-18 10:31:44", msgid="52B15D60.3000704@example.gov.ua",
                   body=text_part(body, "plain", "koi8-r", "8bit"),
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.2.0")


KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 1, "late": True, "kind": "report",
       "reason": None,
       "note": "Plain text table whose only number column is «№ з/п» (1–4) while each row names the plan's subject in words: з/п 1 is consultations (6), 2 advisory bodies (7), 3 the site (1), 4 expert reviews (12).",
       "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 12)]}


@mail("fn05_sotszakhyst_zp_words", KEY)
def _():
    body = ("Інформація управління праці та соціального захисту населення облдержадміністрації\n"
            "про виконання Плану заходів («Відкритий уряд») за 2012 рік\n\n"
            "№ з/п | Напрям                               | Виконання\n"
            "------+--------------------------------------+------------------------------------------------------\n"
            "1     | Консультації з громадськістю         | Проведено 3 громадські обговорення (порядок призначення\n"
            "      |                                      | субсидій, програма «Турбота», соціальні послуги), 2 опитування.\n"
            "2     | Дорадчо-консультативні органи        | До складу обласної ради у справах ветеранів включено\n"
            "      |                                      | 4 представники ГО, у т.ч. 1 член Громадської ради.\n"
            "3     | Офіційний веб-сайт                   | Створено розділ «Соціальні стандарти», розміщено\n"
            "      |                                      | калькулятор субсидій, оновлено контакти УПСЗН районів.\n"
            "4     | Громадські експертизи                | ГО «Соціальна ініціатива» провела громадську експертизу\n"
            "      |                                      | надання соціальних послуг; розроблено план реалізації\n"
            "      |                                      | пропозицій (5 заходів).\n\n"
            "Вибачте, що із запізненням.\nСектор організаційної роботи УПСЗН\n")
    return message(frm=f'{hdr_b("УПСЗН ОДА", "windows-1251")} <{ADDR["su-sotszakhyst"]}>',
                   subject=hdr_b("Відкритий уряд", "windows-1251"),
                   date="2012-12-17 14:26:30", msgid="004f01cddc4c$7d2e1f90$773b5eb0$@example.gov.ua",
                   body=text_part(body, "plain", "windows-1251", "quoted-printable"),
                   mailer="X-Mailer: Microsoft Outlook 14.0")


# ======================================================================== 7. personal_address

KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 1, "late": True, "kind": "report",
       "reason": None,
       "note": "Sent from a private gmail box because the office mail was down; the unit is named only in the genitive signature, and the letter is addressed to УВП.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("pa01_mistobud_gmail", KEY)
def _():
    body = ("Доброго дня!\n\nНадсилаю з особистої пошти, бо службова з п'ятниці не працює.\n\n"
            "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Інформуємо, що у 2012 році на веб-сторінці управління розміщено містобудівну документацію (генеральні плани "
            "6 населених пунктів), реєстр виданих містобудівних умов та обмежень, оновлено нормативну базу.\n"
            "Члени Громадської ради, зокрема комітету з питань містобудування, брали участь у громадському обговоренні "
            "проекту Схеми планування території Чернігівської області та проекту розпорядження про порядок проведення "
            "архітектурних конкурсів.\n\n"
            "З повагою\nОлена Гриценко\nначальник відділу містобудування управління містобудування та архітектури облдержадміністрації\n"
            "тел. 67-25-80\n")
    html = "<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>"
    alt = multi("alternative", [text_part(body, "plain", "UTF-8", "base64"),
                                text_part(html, "html", "UTF-8", "base64")], "f46d0444eab1c2d3e004d1051a7b")
    return message(frm=f'{hdr_b("Олена Гриценко")} <olena.hrytsenko.arch@gmail.com>',
                   subject=hdr_b("інформація ВУ (містобудування)"),
                   date="2012-12-16 19:07:41", msgid="CAH8f+3kZq1vW0=Ya2bT9cQ_0sJr5mP@mail.gmail.com",
                   body=alt, recv_host="mail-wg0-f52.google.com", recv_ip="74.125.82.52")


KEY = {"class": "personal_address", "executor": "rda-varva", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "ukr.net web mail of a district clerk; the .doc and the signature name «Варвинської райдержадміністрації», the body names the addressee УВП.",
       "items": [{"measure": m, "source": "Varva_RDA_pivrichchia.doc"} for m in (6, 7, 10)]}


@mail("pa02_varva_ukrnet", KEY)
def _():
    fname = "Varva_RDA_pivrichchia.doc"
    doc = html_doc("<p align=\"center\"><b>Інформація Варвинської районної державної адміністрації<br>за І півріччя 2013 року</b></p>"
                   "<p>п. 6. Проведено громадські слухання щодо проекту Програми розвитку культури району (21.02.2013) та "
                   "опитування жителів смт Варва щодо графіка руху приміських автобусів (204 респонденти).</p>"
                   "<p>п. 7. До складу районної координаційної ради з питань протидії туберкульозу включено 2 представників ГО.</p>"
                   "<p>п. 10. Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань "
                   "відкритості та прозорості; питання розглянуто на засіданні ради 16.05.2013, групу утворено у складі 3 осіб.</p>")
    data = converted("pa02_varva", "html", doc, "doc:MS Word 97")
    body = ("Добрий день. Надсилаю інформацію Варвинської РДА для управління внутрішньої політики ОДА. Офіційна пошта "
            "переповнена, відправляю зі своєї.\n\nЗ повагою, Коваленко Віта, головний спеціаліст відділу організаційної "
            "роботи апарату Варвинської райдержадміністрації\n")
    html = "<html><body><div>" + body.replace("\n", "<br>") + "</div></body></html>"
    mixed = multi("mixed", [multi("alternative", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                                                  text_part(html, "html", "windows-1251", "quoted-printable")],
                                  "----ALT--4e9D1c7b0a2F1371188301"),
                            file_part(data, "application/msword", f'name="{fname}"', f'filename="{fname}"')],
                  "----MIX--8a1B2c3D4e5F1371188301")
    return message(frm=f'{hdr_b("Віта Коваленко", "windows-1251")} <vita_kovalenko77@ukr.net>',
                   subject=hdr_b("Варва РДА інформ.", "windows-1251"),
                   date="2013-06-14 14:31:41", msgid="1371209501.245631878.m2r7k4pq@frv30.ukr.net",
                   body=mixed, recv_host="frv30.ukr.net", recv_ip="195.214.192.130",
                   mailer="X-Mailer: FREEMAIL.UKR.NET (ver. 4.0)")


KEY = {"class": "personal_address", "executor": "su-arkhiv", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "i.ua box, Russian; the archive is named only as «Государственного архива Черниговской области» in the signature, the letter opens with the addressee «Управлению по вопросам внутренней политики».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("pa03_arkhiv_iua_ru", KEY)
def _():
    body = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Сообщаем, что во II полугодии 2013 года на официальном веб-сайте архива размещены электронные описи "
            "12 фондов, раздел «Генеалогические запросы» и образцы заявлений; сайт адаптирован для мобильных устройств.\n"
            "Проект приказа о порядке доступа к документам, содержащим служебную информацию, прошел общественную "
            "антикоррупционную экспертизу (ОО «Черниговский общественный комитет защиты прав человека»), 3 замечания учтены.\n\n"
            "Отправлено с личного ящика.\n\nС уважением, Н. Марченко\nзаместитель директора Государственного архива Черниговской области\n")
    return message(frm=f'"{hdr_b("Наталья Марченко", "windows-1251")}" <n.marchenko63@i.ua>',
                   subject=hdr_b("для УВП - архив", "windows-1251"),
                   date="2013-12-13 11:52:08", msgid="1386928328.5f2a3b1c@mbox.i.ua",
                   body=text_part(body, "plain", "windows-1251", "8bit"), recv_host="mbox.i.ua", recv_ip="91.198.36.14",
                   mailer="X-Mailer: I.UA Mail")


KEY = {"class": "personal_address", "executor": "rda-chernihiv", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "Sent from another executor's registered box (the training centre's) by a Chernihiv district clerk on a course there; the district is named in the body and the .xls, the centre only as the place.",
       "items": [{"measure": m, "source": "Черніг_РДА_2013.xls"} for m in (6, 9, 12)]}


@mail("pa04_chernihiv_rda_via_cppk", KEY)
def _():
    fname = "Черніг_РДА_2013.xls"
    rows = [["№ пункту плану", "Виконання (Чернігівська райдержадміністрація, 2013 рік)"],
            [6, "Проведено 8 консультацій з громадськістю, зокрема громадські слухання щодо проекту районного бюджету на 2014 рік (03.12.2013, 58 учасників)."],
            [9, "Члени громадської ради при РДА залучались до обговорення проекту Програми розвитку малого і середнього підприємництва на 2014-2015 рр."],
            [12, "ГО «Громадський контроль Чернігівщини» проведено громадську експертизу діяльності РДА з питань надання адміністративних послуг; розроблено план заходів з реалізації пропозицій (розпорядження від 28.11.2013 № 402)."]]
    data = converted("pa04_chernihiv", "csv", csv_text(rows), "xls:MS Excel 97")
    body = ("Доброго дня!\n\nПерепрошую, що надсилаю з адреси центру перепідготовки — перебуваю на курсах, а звіт "
            "Чернігівської райдержадміністрації треба подати до 15-го. Таблиця у вкладенні.\n\n"
            "Зубко Алла Миколаївна, головний спеціаліст сектору з питань внутрішньої політики "
            "Чернігівської райдержадміністрації, тел. 097 000 45 61\n")
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                            file_part(data, "application/vnd.ms-excel", f'name="{hdr_b(fname, "windows-1251")}"',
                                      f'filename="{hdr_b(fname, "windows-1251")}"')],
                  "----=_NextPart_000_0031_01CEF5C2.1A9E3F80")
    return message(frm=f'"{hdr_b("ЦППК", "windows-1251")}" <{ADDR["cppk"]}>',
                   subject=hdr_b("звіт Чернігівської РДА (Відкритий уряд)", "windows-1251"),
                   date="2013-12-10 13:17:55", msgid="003101cef5a9$26e0b5a0$74a220e0$@example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512")


KEY = {"class": "personal_address", "executor": "rda-nosivka", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "meta.ua box, January catch-up for 2012: the district is named in the signature «апарату Носівської райдержадміністрації»; 1, 7 and 10 are stated, the rest «як раніше поінформовано».",
       "items": [{"measure": m, "source": "body"} for m in (1, 7, 10)]}


@mail("pa05_nosivka_metaua", KEY)
def _():
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "На ваше нагадування повідомляємо (за IV квартал 2012 року):\n"
            "п.1 – на офіційному сайті РДА створено розділ «Звіти про використання бюджетних коштів», розміщено 58 матеріалів;\n"
            "п.7 – до складу районної ради з питань сім'ї та молоді включено 2 членів громадської ради;\n"
            "п.10 – громадська рада при РДА утворила робочу групу з питань відкритості та прозорості діяльності органу влади (протокол від 19.12.2012 № 6).\n"
            "По інших пунктах – як раніше поінформовано (лист від 07.12.2012 № 01-11/1408).\n\n"
            "Головний спеціаліст відділу організаційної роботи апарату Носівської райдержадміністрації   О. Литвин\n")
    return message(frm=f'{hdr_b("Оксана Литвин", "koi8-u")} <lytvyn_oksana@meta.ua>',
                   subject=hdr_b("Носівка, нагадування", "koi8-u"),
                   date="2013-01-10 15:44:02", msgid="50EEC6C2.meta.8823@meta.ua",
                   body=text_part(body, "plain", "koi8-u", "quoted-printable"), recv_host="mail.meta.ua", recv_ip="194.0.131.20",
                   mailer="X-Mailer: META.UA Mail")


# ======================================================================== 8. mixed

KEY = {"class": "mixed", "executor": "rda-ripky", "period": 1, "late": True, "kind": "report",
       "reason": None,
       "note": "«Доповнення до листа»: the district re-sends its own 12 December letter as message/rfc822 (with its .xls) and adds only п. 10 above it; the forwarded letter and its attachment were counted when they came.",
       "items": [{"measure": 10, "source": "body"}]}


@mail("mx01_ripky_supplement_rfc822", KEY)
def _():
    inner_name = "Ripky_RDA_2012.xls"
    rows = [["Пункт", "Виконання"],
            [1, "Сайт РДА наповнюється, створено розділ «Громадська рада»."],
            [6, "Проведено 5 консультацій з громадськістю."],
            [7, "До складу 3 дорадчих органів включено представників ГО."],
            [9, "Члени громадської ради обговорили проект районного бюджету на 2013 рік."],
            [10, "Готується."],
            [12, "-"]]
    data = converted("mx01_ripky_inner", "csv", csv_text(rows), "xls:MS Excel 97")
    inner_body = ("Інформація Ріпкинської РДА про виконання плану заходів за 2012 рік у вкладенні.\n"
                  "Лист від 12.12.2012 № 01-20/1544\n")
    inner_mixed = multi("mixed", [text_part(inner_body, "plain", "windows-1251", "quoted-printable"),
                                  file_part(data, "application/vnd.ms-excel", f'name="{inner_name}"',
                                            f'filename="{inner_name}"')],
                        "----=_NextPart_000_0011_01CDD86A.0C1E2F30")
    inner = message(frm=f'"{hdr_b("Ріпкинська РДА", "windows-1251")}" <{ADDR["rda-ripky"]}>',
                    subject=hdr_b("Інформація Відкритий уряд 2012", "windows-1251"),
                    date="2012-12-12 11:05:17", msgid="001101cdd86a$0c1e2f30$245a8d90$@example.gov.ua",
                    body=inner_mixed, mailer="X-Mailer: Microsoft Outlook 14.0", top=False)
    body = ("Доповнення до листа від 12.12.2012 № 01-20/1544 (пересилаємо його повторно):\n\n"
            "п. 10 – громадська рада при райдержадміністрації рішенням від 14.12.2012 утворила у своєму складі "
            "робочу групу з питань відкритості та прозорості діяльності органу влади (голова групи – Ярмак С.П., 4 члени).\n\n"
            "Загальний відділ Ріпкинської РДА\n")
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                            rfc822_part(inner, extra=['Content-Disposition: attachment;\r\n\tfilename="' +
                                                      hdr_b("Інформація Відкритий уряд 2012.eml", "windows-1251") + '"'])],
                  "----=_NextPart_000_0040_01CDDC3C.AB5D7E10")
    return message(frm=f'"{hdr_b("Ріпкинська РДА", "windows-1251")}" <{ADDR["rda-ripky"]}>',
                   subject="FW: " + hdr_b("Інформація Відкритий уряд 2012 (доповнення)", "windows-1251"),
                   date="2012-12-17 09:36:50", msgid="004001cddc3c$ab5d7e10$02187a30$@example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft Outlook 14.0")


KEY = {"class": "mixed", "executor": "rda-shchors", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "Inline «Forwarded message» of a letter first sent on time to a mistyped address and bounced; delivered now (late), it counts whole: 1 and 6 in the forwarded text, 7 and 12 in its forwarded .docx.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "Щорська РДА - звіт 2013.docx"}, {"measure": 12, "source": "Щорська РДА - звіт 2013.docx"}]}


@mail("mx02_shchors_bounced_forward", KEY)
def _():
    fname = "Щорська РДА - звіт 2013.docx"
    doc = html_doc("<p><b>Додаток до листа Щорської райдержадміністрації від 13.12.2013 № 01-06/2611</b></p>"
                   "<p>До п. 7. До складу районної ради з питань розвитку підприємництва та районної комісії з питань "
                   "евакуації включено 4 представників громадських організацій, з них 2 члени громадської ради.</p>"
                   "<p>До п. 12. Проведено громадську антикорупційну експертизу проекту розпорядження «Про затвердження "
                   "Порядку використання коштів резервного фонду» (ГО «Щорс-Інфо»); 2 пропозиції враховано, 1 – у роботі.</p>")
    data = converted("mx02_shchors", "html", doc, "docx:MS Word 2007 XML")
    body = ("Вибачте, лист 13.12 пішов на неправильну адресу (повернувся), пересилаю.\n\n"
            "---------- Forwarded message ----------\n"
            "From: Щорська РДА <rda-shchors@example.gov.ua>\n"
            "Date: 2013/12/13\n"
            "Subject: Інформація Щорської РДА за 2013 рік\n"
            "To: uvp@cg.ukrtel.com\n\n"
            "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Щорська райдержадміністрація інформує:\n"
            "п. 1 – на офіційному веб-сайті РДА у 2013 році розміщено 267 матеріалів, створено розділ «Бюджет для громадян», "
            "налагоджено розміщення проектів розпоряджень;\n"
            "п. 6 – проведено 6 консультацій з громадськістю, у т.ч. громадські слухання щодо проекту бюджету м. Щорс "
            "на 2014 рік;\n"
            "пп. 7, 12 – див. додаток.\n\n"
            "Перший заступник голови райдержадміністрації      О.С. Гавриленко\n")
    mixed = multi("mixed", [text_part(body, "plain", "UTF-8", "quoted-printable"),
                            file_part(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      f'name="{hdr_b(fname)}"', f'filename="{hdr_b(fname)}"')],
                  "001a11c2d5e8f0b7a804ede5a7c2")
    return message(frm=f'{hdr_b("Щорська РДА")} <{ADDR["rda-shchors"]}>',
                   subject="Fwd: " + hdr_b("Інформація Щорської РДА за 2013 рік"),
                   date="2013-12-16 10:22:05", msgid="CAK3pQ2w9fX0m+Rz7Yv1N5oLb8T4s_q@mail.example.gov.ua",
                   body=mixed, mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.2.0")


KEY = {"class": "mixed", "executor": "rda-bobrovytsia", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "Cover note reports п. 10 and points to the .xlsx for the rest; the .xlsx answers 1, 6, 9 (7 «без змін», 12 a dash); a second attachment is the I-half-year report sent «для довідки» and counts nothing.",
       "items": [{"measure": 1, "source": "Бобровицька РДА ІІ півріччя 2013.xlsx"}, {"measure": 6, "source": "Бобровицька РДА ІІ півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Бобровицька РДА ІІ півріччя 2013.xlsx"}, {"measure": 10, "source": "body"}]}


@mail("mx03_bobrovytsia_cover_two_att", KEY)
def _():
    f1 = "Бобровицька РДА ІІ півріччя 2013.xlsx"
    f2 = "Інформація за І півріччя 2013.doc"
    rows = [["№ пункту", "Інформація про виконання за ІІ півріччя 2013 року"],
            [1, "На офіційному веб-сайті РДА створено розділ «Громадське обговорення», розміщено 19 проектів розпоряджень; сайт переведено на нову платформу."],
            [6, "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (06.12.2013) та «круглий стіл» з представниками ОСББ м. Бобровиця."],
            [7, "без змін"],
            [9, "Члени громадської ради взяли участь в обговоренні проекту Програми розвитку освіти району на 2014-2016 рр."],
            [12, "-"]]
    d1 = converted("mx03_bobrovytsia", "csv", csv_text(rows), "xlsx:Calc MS Excel 2007 XML")
    doc = html_doc("<p align=\"center\"><b>Інформація Бобровицької РДА за І півріччя 2013 року</b></p>"
                   "<p>п. 1 – на сайті РДА розміщено 122 матеріали.</p><p>п. 6 – проведено 2 консультації.</p>"
                   "<p>п. 7 – до складу районної ради з питань освіти включено 2 представників ГО.</p>"
                   "<p>п. 12 – не проводились.</p>")
    d2 = converted("mx03_bobrovytsia_old", "html", doc, "doc:MS Word 97")
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Бобровицька райдержадміністрація надає інформацію за ІІ півріччя 2013 року.\n"
            "п. 10 – громадська рада при РДА на засіданні 21.11.2013 оновила склад робочої групи з питань відкритості та "
            "прозорості (включено 2 нових членів) та затвердила її план роботи на 2014 рік.\n"
            "Інформацію щодо пп. 1, 6, 7, 9, 12 див. у вкладенні. Для довідки додаємо також інформацію за І півріччя.\n\n"
            "Керівник апарату                    Т.Г. Білоус\n")
    mixed = multi("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                            file_part(d1, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      fn_2231(f1, param="name"), fn_2231(f1)),
                            file_part(d2, "application/msword", fn_2231(f2, param="name"), fn_2231(f2))],
                  "----=_NextPart_000_0027_01CEF8A1.5F3C2D10")
    return message(frm=f'"{hdr_b("Бобровицька РДА", "windows-1251")}" <{ADDR["rda-bobrovytsia"]}>',
                   subject=hdr_b("Інформація ІІ півріччя 2013", "windows-1251"),
                   date="2013-12-14 09:58:13", msgid="002701cef8a1$5f3c2d10$1db48730$@example.gov.ua",
                   body=mixed, mailer="X-Mailer: Microsoft Outlook 14.0")


def tiny_png(w=48, h=16, rgb=(20, 60, 140)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


KEY = {"class": "mixed", "executor": "su-zdorovia", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "Word HTML with an inline logo (multipart/related, cid:) whose <meta> says utf-8 while the part is windows-1251; paragraph on 9 repeats the June wording word for word yet is the letter's own text.",
       "items": [{"measure": m, "source": "body"} for m in (1, 6, 8, 9)]}


@mail("mx04_zdorovia_wordhtml_inline", KEY)
def _():
    text_paras = [
        "Управління охорони здоров’я облдержадміністрації інформує про виконання Плану заходів за ІІ півріччя 2013 року.",
        "1. На офіційному сайті управління запроваджено електронний запис на прийом до обласних лікарів-консультантів, "
        "розміщено щомісячну інформацію про наявність ліків у лікарнях області.",
        "6. Проведено громадські слухання щодо реорганізації мережі первинної медико-санітарної допомоги (Ніжин, Прилуки, "
        "жовтень – листопад 2013 р.) та опитування пацієнтів щодо якості обслуговування (1 240 анкет).",
        "8. Голова комітету з соціальних питань Громадської ради Дмитренко В.К. брав участь у засіданнях колегії управління 24.09 та 26.11.2013.",
        "9. Члени Громадської ради при облдержадміністрації залучаються до обговорення проектів наказів та програм управління.",
        "Начальник управління                     С.В. Гордієнко"]
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\">"
            "<style><!-- p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:\"Times New Roman\"} --></style></head>"
            "<body lang=UK><div class=Section1>"
            "<p class=MsoNormal><img width=48 height=16 id=\"Рисунок_x0020_1\" src=\"cid:image001.png@01CEFA2B.9C1D3E40\"></p>"
            + "".join(f"<p class=MsoNormal>{p}</p><p class=MsoNormal>&nbsp;</p>" for p in text_paras) +
            "</div></body></html>")
    plain = "\n\n".join(text_paras) + "\n"
    img = Part(['Content-Type: image/png; name="image001.png"', "Content-Transfer-Encoding: base64",
                "Content-ID: <image001.png@01CEFA2B.9C1D3E40>",
                'Content-Disposition: inline; filename="image001.png"'], b64(tiny_png()))
    related = multi("related", [text_part(html, "html", "windows-1251", "quoted-printable"), img],
                    "----=_NextPart_001_0045_01CEFA2B.9C1D3E40", extra=[])
    alt = multi("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"), related],
                "----=_NextPart_000_0044_01CEFA2B.9C1D3E40")
    return message(frm=f'"{hdr_b("Управління охорони здоров`я", "windows-1251")}" <{ADDR["su-zdorovia"]}>',
                   subject=hdr_b("інформація (Відкритий уряд) ІІ півріччя", "windows-1251"),
                   date="2013-12-17 16:05:59", msgid="004401cefb37$d2a3f120$77ebd360$@example.gov.ua",
                   body=alt, mailer="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "mixed", "executor": "rda-korop", "period": 2, "late": True, "kind": "report",
       "reason": None,
       "note": "Correction quoting the district's earlier report with «>» (1, 6, 7): only the corrected п. 7 (4, not 14, representatives) is new text.",
       "items": [{"measure": 7, "source": "body"}]}


@mail("mx05_korop_correction", KEY)
def _():
    old = ("Коропська райдержадміністрація інформує про виконання плану заходів за І півріччя 2013 року:\n"
           "п. 1 – на сайті РДА розміщено 97 матеріалів, створено розділ «Бюджет»;\n"
           "п. 6 – проведено 3 консультації з громадськістю;\n"
           "п. 7 – до складу районної ради з питань культури включено 14 представників громадськості.\n"
           "Заступник голови РДА   М.І. Ткач")
    body = ("Уточнення до інформації, надісланої 14.06.2013 (вих. № 02-11/803).\n\n"
            "У п. 7 допущено помилку. Слід читати: «п. 7 – до складу районної ради з питань культури та районної "
            "комісії з питань охорони пам'яток включено 4 представників громадських організацій, у т.ч. 1 члена "
            "громадської ради».\n\nВибачте за незручності.\n\n"
            "14.06.2013 15:40, Коропська РДА пишет:\n" + quote(old) + "\n\n"
            "-- \nЗагальний відділ апарату Коропської райдержадміністрації\n")
    return message(frm=f'{hdr_b("Коропська РДА", "koi8-u")} <{ADDR["rda-korop"]}>',
                   subject=hdr_b("Уточнення до листа 02-11/803", "koi8-u"),
                   date="2013-06-17 08:47:22", msgid="51BEA2CA.4090301@example.gov.ua",
                   body=text_part(body, "plain", "koi8-u", "8bit"),
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
                   extra=["In-Reply-To: <51BB1A54.1010102@example.gov.ua>"])

# ======================================================================== build and check

def period_of(d):
    day = d.astimezone(KYIV).date()
    for n, dl in enumerate(DEADLINES, 1):
        if day <= dl:
            return n, False
        if (day - dl).days <= PLAN["plan"].get("grace_days", 3):
            return n, True
    raise ValueError(f"no period for {d}")


def attachment_names(msg):
    names = set()
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            if "=?" in fn:
                fn = str(email.header.make_header(email.header.decode_header(fn)))
            names.add(fn)
    return names


def check(name, key, raw):
    cls = PREFIX[name[:2]]
    assert key["class"] == cls, (name, key["class"])
    assert set(key) == {"class", "executor", "period", "late", "kind", "reason", "note", "items"}, name
    assert key["executor"] in EXEC_IDS, (name, key["executor"])
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    assert msg["To"].strip().lower().endswith(MAILBOX) or MAILBOX in msg["To"], name
    date = email.utils.parsedate_to_datetime(msg["Date"])
    assert (key["period"], key["late"]) == period_of(date), (name, period_of(date))
    rec = msg.get_all("Received")[0]
    rdate = email.utils.parsedate_to_datetime(rec.rsplit(";", 1)[1].strip())
    assert 0 < (rdate - date).total_seconds() < 60 and rdate.astimezone(KYIV).date() == date.astimezone(KYIV).date(), name
    assert b"\n" not in raw.replace(b"\r\n", b""), (name, "bare LF")
    if cls == "not_report" or key["kind"] == "not_report":
        assert key["kind"] == "not_report" and key["reason"] in REASONS and key["items"] == [], name
    else:
        assert key["kind"] == "report" and key["reason"] is None and key["items"], name
    pairs = [(i["measure"], i["source"]) for i in key["items"]]
    assert pairs == sorted(pairs) and len(set(pairs)) == len(pairs), (name, "items not sorted/unique")
    names = attachment_names(msg)
    for m, src in pairs:
        assert 1 <= m <= 15, (name, m)
        assert src == "body" or src in names, (name, src, names)
    for part in msg.walk():
        if part.get_content_maintype() != "multipart" and part.get_filename():
            assert len(part.get_payload(decode=True) or b"") < 60_000, (name, part.get_filename())


def main():
    os.makedirs(ATT, exist_ok=True); os.makedirs(SRC, exist_ok=True)
    only = sys.argv[1:]
    seen = set()
    for name, key, build in MAILS:
        assert name not in seen; seen.add(name)
        if only and not any(name.startswith(o) for o in only):
            continue
        raw = build()
        check(name, key, raw)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2); f.write("\n")
    if not only:
        from collections import Counter
        c = Counter(n[:2] for n, _, _ in MAILS)
        assert len(MAILS) == 40 and all(v == 5 for v in c.values()) and len(c) == 8, c
        ms = {i["measure"] for _, k, _ in MAILS for i in k["items"]}
        assert ms == set(range(1, 16)), sorted(set(range(1, 16)) - ms)
    print(f"built {len(MAILS) if not only else 'some'} mails")


if __name__ == "__main__":
    main()
