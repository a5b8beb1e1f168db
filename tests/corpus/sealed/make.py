#!/usr/bin/env python3
"""Generator of the sealed corpus (40 report mails to uvp@cg.ukrtel.net).

Every mail below is written by hand together with its answer key (the `key=` dict beside it);
nothing in the key is computed from the mail text.  Office attachments are produced once with
LibreOffice from hand-written HTML and kept in att/ (re-runs reuse them, so the .eml files stay
byte-identical as long as att/ is kept).

Run:  python3 make.py
"""
import base64
import datetime as dt
import json
import os
import quopri
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "att")
CLASSES = ["placeholder", "bottom_post", "not_report", "ranges", "prose",
           "foreign_numbers", "personal_address", "mixed"]
REASONS = {"invitation", "question", "thanks", "announcement", "extension_request",
           "promised_later"}
MAILBOX = "uvp@cg.ukrtel.net"
NL = "\n"

# ---------------------------------------------------------------------------------------
# Plan texts (verbatim from the approved plan) -- used only to render quoted reminders and
# receipts inside replies, the way the program itself would have sent them.
# ---------------------------------------------------------------------------------------
PLAN = {
 1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
 2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
 6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
 7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
 8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
 9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
 10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
 12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
}
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def reminder(executor_name, deadline, today, missing, overdue=False):
    """Text of the program's reminder (config/templates/reminder.txt.j2), rendered by hand."""
    out = ["Шановні колеги!", ""]
    if overdue:
        out.append(f"Нагадуємо, що {deadline} минув термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).")
    else:
        out.append(f"Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до {deadline} на адресу електронної пошти {MAILBOX}.")
    out.append("")
    out.append(f"Станом на {today} від {executor_name} не надійшла інформація за звітний період щодо таких пунктів плану:")
    for m in missing:
        out.append("")
        out.append(f"  {m}. {PLAN[m]}")
    out.append("")
    out.append("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.")
    out.append("")
    out.append("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
    out.append("")
    out.append("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.")
    out.append("")
    out.append("З повагою")
    out.append(UVP_NAME)
    return NL.join(out)


# ---------------------------------------------------------------------------------------
# MIME helpers (everything is built by hand so that bytes are fully deterministic)
# ---------------------------------------------------------------------------------------
def b64body(data):
    return base64.encodebytes(data).replace(b"\r\n", b"\n")


def qpbody(data):
    return quopri.encodestring(data, quotetabs=False)


def encode_body(data, cte):
    if cte == "base64":
        return b64body(data)
    if cte == "quoted-printable":
        return qpbody(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def ew(text, charset="utf-8", mode="B", first=0):
    """RFC 2047 encoded words, folded; ASCII text is returned as is."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    limit = 45 if mode == "B" else 20   # bytes of payload per encoded word

    def enc(s):
        raw = s.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        q = ""
        for b in raw:
            c = chr(b)
            if c == " ":
                q += "_"
            elif c.isalnum() and b < 128:
                q += c
            else:
                q += "=%02X" % b
        return f"=?{charset}?Q?{q}?="
    for ch in text:
        if len((cur + ch).encode(charset)) > limit:
            words.append(enc(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return f'"{name}" <{email}>'
    except UnicodeEncodeError:
        # display names are kept to one encoded word (some parsers insert a space between words)
        assert len(name.encode(charset)) <= 45, name
        return f"{ew(name, charset, mode)} <{email}>"


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", label=None, extra=None,
              fmt_flowed=False):
    data = text.encode(charset)
    label = label or charset
    ct = f'Content-Type: text/{subtype}; charset="{label}"'
    if fmt_flowed:
        ct = f"Content-Type: text/{subtype}; charset={label}; format=flowed"
    h = [ct, f"Content-Transfer-Encoding: {cte}"] + (extra or [])
    return (NL.join(h) + NL + NL).encode("ascii") + encode_body(data, cte)


def att_part(filename, data, ctype, style="2231", charset="utf-8", disposition="attachment",
             extra=None, cte="base64"):
    """Attachment part. style: '2231' (both params RFC 2231), 'tb' (Thunderbird: 2047 name,
    2231 filename), '2047' (Outlook/gmail: 2047 inside quoted params)."""
    from urllib.parse import quote
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        nm = f'name="{filename}"'
        fn = f'filename="{filename}"'
    elif style == "2231":
        v = quote(filename.encode(charset), safe="")
        nm = f"name*={charset}''{v}"
        fn = f"filename*={charset}''{v}"
    elif style == "tb":
        nm = f'name="{ew(filename, charset)}"'
        v = quote(filename.encode(charset), safe="")
        fn = f"filename*={charset}''{v}"
    else:
        nm = f'name="{ew(filename, charset)}"'
        fn = f'filename="{ew(filename, charset)}"'
    h = [f"Content-Type: {ctype};\n {nm}", f"Content-Transfer-Encoding: {cte}"]
    h += extra or []
    h.append(f"Content-Disposition: {disposition};\n {fn}")
    return (NL.join(h) + NL + NL).encode("ascii") + encode_body(data, cte)


def multipart(subtype, parts, boundary, preamble=None, extra_params=""):
    head = f'Content-Type: multipart/{subtype};{extra_params}\n\tboundary="{boundary}"\n\n'
    out = head.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def rfc822_part(msg_bytes, filename=None):
    h = "Content-Type: message/rfc822"
    if filename:
        h += f';\n name="{filename}"'
    h += "\nContent-Transfer-Encoding: 8bit\n"
    if filename:
        h += f'Content-Disposition: attachment;\n filename="{filename}"\n'
    return (h + "\n").encode("ascii") + msg_bytes


def fmt_date(d):
    """d = (Y, M, D, h, m, s, '+0200')"""
    y, mo, da, h, mi, s, tz = d
    t = dt.datetime(y, mo, da, h, mi, s)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[t.weekday()]}, {t.day} {mons[t.month-1]} {t.year} {t:%H:%M:%S} {tz}"


def plus_min(d, minutes=1):
    y, mo, da, h, mi, s, tz = d
    t = dt.datetime(y, mo, da, h, mi, s) + dt.timedelta(minutes=minutes)
    return (t.year, t.month, t.day, t.hour, t.minute, t.second, tz)


def build(frm, subject, date, msgid, part, to=MAILBOX, extra=None, subj_charset="utf-8",
          subj_mode="B", received_from="mail.cg.ukrtel.net", cc=None, in_reply_to=None,
          received=True):
    h = []
    if received:
        h.append(f"Received: from {received_from} by mx.cg.ukrtel.net;\n\t{fmt_date(plus_min(date))}")
    h.append(f"Date: {fmt_date(date)}")
    h.append(f"From: {frm}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {ew(subject, subj_charset, subj_mode)}")
    h.append(f"Message-ID: <{msgid}>")
    if in_reply_to:
        h.append(f"In-Reply-To: <{in_reply_to}>")
        h.append(f"References: <{in_reply_to}>")
    h += extra or []
    h.append("MIME-Version: 1.0")
    return (NL.join(h) + NL).encode("ascii") + part


# ---------------------------------------------------------------------------------------
# Office documents: hand-written HTML converted once by LibreOffice, then kept in att/.
# ---------------------------------------------------------------------------------------
FILTERS = {
    "xlsx": ("HTML (StarCalc)", 'xlsx:"Calc MS Excel 2007 XML"'),
    "xls": ("HTML (StarCalc)", 'xls:"MS Excel 97"'),
    "ods": ("HTML (StarCalc)", "ods:calc8"),
    "docx": ("HTML (StarWriter)", 'docx:"MS Word 2007 XML"'),
    "doc": ("HTML (StarWriter)", 'doc:"MS Word 97"'),
    "odt": ("HTML (StarWriter)", "odt:writer8"),
    "pdf": ("HTML (StarWriter)", "pdf:writer_pdf_Export"),
}
MIME = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
}


def html_doc(body, title=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title}</title></head><body>{body}</body></html>')


def office(key, html, fmt):
    os.makedirs(ATT, exist_ok=True)
    path = os.path.join(ATT, f"{key}.{fmt}")
    if not os.path.exists(path):
        infilter, conv = FILTERS[fmt]
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, f"{key}.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(html_doc(html))
            cmd = f'soffice --headless --norestore --infilter="{infilter}" --convert-to {conv} --outdir "{tmp}" "{src}"'
            subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(tmp, f"{key}.{fmt}"), path)
    with open(path, "rb") as f:
        return f.read()


def tiny_png(w=48, h=48):
    """A small deterministic PNG (a coat-of-arms-like coloured square) for inline logos."""
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            if 8 <= x < 40 and 6 <= y < 42:
                row += bytes((20, 80, 160)) if y < 24 else bytes((240, 200, 30))
            else:
                row += bytes((255, 255, 255))
        rows += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


MAILS = []


def mail(name, cls, data, key, attachments=()):
    """Register one mail: its bytes and its hand-written answer key."""
    assert cls in CLASSES, cls
    key = dict(key)
    key = {"class": cls, **key}
    MAILS.append((name, data, key, tuple(attachments)))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_html(header, rows, border=1, widths=None):
    out = f'<table border="{border}" cellspacing="0" cellpadding="4">'
    out += "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>"
    for r in rows:
        out += "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
    return out + "</table>"


def paras(*ps):
    return "".join(f"<p>{esc(p)}</p>" for p in ps)


OUTLOOK_2010_UK = "X-Mailer: Microsoft Outlook 14.0"
OUTLOOK_2007 = "X-Mailer: Microsoft Office Outlook 12.0"
OUTLOOK_2003 = "X-Mailer: Microsoft Office Outlook, Build 11.0.5510"
OE6 = "X-Mailer: Microsoft Outlook Express 6.00.2900.5931"
TB17 = "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"
TB24 = "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"
TB10 = "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2"
THEBAT = "X-Mailer: The Bat! (v4.2.36.2) Professional"
ROUNDCUBE = "User-Agent: Roundcube Webmail/0.7.2"

# =======================================================================================
# Class 1: placeholder -- one row per measure; rows with "—", "-", "х", "немає" or an empty
# cell are not items.
# =======================================================================================

# --- ph_kulykivka_xlsx: all 16 rows in an xlsx; five filled ---------------------------
rows = [
 ["1", "Інформаційне наповнення офіційних сайтів", "Офіційний веб-сайт райдержадміністрації приведено у відповідність до Порядку оприлюднення інформації про діяльність органів виконавчої влади; за І півріччя розміщено 214 інформаційних матеріалів, створено розділ «Доступ до публічної інформації» з формою електронного запиту."],
 ["2", "Рубрики на сайті ОДА щодо цільових програм і місцевих бюджетів", "х"],
 ["3", "Веб-ресурс «Чернігівська громада»", "х"],
 ["4", "Інтернет-форум", "х"],
 ["5", "«Гаряча лінія» голови ОДА", "х"],
 ["6", "Консультації з громадськістю (постанова КМУ № 996)", "Проведено 3 публічні громадські обговорення: проекту Програми розвитку малого підприємництва на 2013–2014 роки (19.02.2013), стану благоустрою смт Куликівка (22.03.2013), змін до районного бюджету (17.05.2013); загалом 96 учасників."],
 ["7", "Участь представників ІГС у дорадчо-консультативних органах", "До складу координаційної ради з питань розвитку підприємництва та ради з питань безпечної життєдіяльності населення включено 4 представників громадських організацій, з них 2 члени громадської ради при РДА."],
 ["8", "Голови комітетів Громадської ради у складі колегій", "х"],
 ["9", "Обговорення проектів розпоряджень, програм за участю громадських рад", "Члени громадської ради опрацювали проекти розпоряджень голови РДА «Про оздоровлення та відпочинок дітей у 2013 році» і «Про заходи з благоустрою населених пунктів району»; пропозиції ради враховано."],
 ["10", "Комісії (робочі групи) з питань відкритості у громадських радах", "—"],
 ["11", "Дні відкритих дверей УВП", "х"],
 ["12", "Громадські та антикорупційні експертизи", "ГО «Куликівська громадська ініціатива» провела антикорупційну експертизу проекту порядку надання адміністративних послуг у ЦНАП; обидва зауваження враховано."],
 ["13", "Навчальні семінари", "х"],
 ["14", "Методичні посібники", "х"],
 ["15", "Громадське обговорення виконання плану", "х"],
 ["16", "Надання інформації до УВП", "х"],
]
h = ('<p><b>Інформація Куликівської районної державної адміністрації про виконання Плану заходів '
     'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
     'станом на 10.06.2013</b></p>'
     + table_html(["№ п/п", "Захід (скорочено)", "Стан виконання"], rows))
fn = "Інформація_Куликівська_РДА.xlsx"
x = office("ph_kulykivka_xlsx", h, "xlsx")
body = ("Добрий день!\n\nНадсилаємо інформацію Куликівської райдержадміністрації щодо виконання "
        "плану заходів з відкритості та прозорості за перше півріччя 2013 року (файл у вкладенні).\n\n"
        "З повагою,\nЛевченко Наталія Іванівна,\nголовний спеціаліст відділу організаційної роботи "
        "та взаємодії з громадськістю апарату РДА\nтел. (04643) 2-13-57\n")
hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
      "<body><p>Добрий день!</p><p>Надсилаємо інформацію Куликівської райдержадміністрації щодо виконання "
      "плану заходів з відкритості та прозорості за перше півріччя 2013 року (файл у вкладенні).</p>"
      "<p>З повагою,<br>Левченко Наталія Іванівна,<br>головний спеціаліст відділу організаційної роботи "
      "та взаємодії з громадськістю апарату РДА<br>тел. (04643) 2-13-57</p></body></html>")
part = multipart("mixed", [
    multipart("alternative", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        text_part(hb, "html", "windows-1251", "quoted-printable")], "----=_NextPart_001_0019_01CE6692.4A1B2C30"),
    att_part(fn, x, MIME["xlsx"], style="2047")], "----=_NextPart_000_0018_01CE6692.4A1B2C30")
mail("ph_kulykivka_xlsx", "placeholder", build(
    addr("Куликівська РДА", "rda-kulykivka@example.gov.ua"),
    "Інформація про виконання плану заходів (Відкритий уряд) - Куликівська РДА",
    (2013, 6, 11, 10, 42, 7, "+0300"), "001901ce6692$4a1b2c30$de518490$@example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Thread-Index: Ac5mkkob3sU1hJBnTV2w7vF1l5Jm1A==", "Content-Language: uk"]),
    {"executor": "rda-kulykivka", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "An xlsx with one row for every one of the 16 measures; only rows 1, 6, 7, 9 and 12 are filled, the rest carry 'х' or '—' (row 10 is owed by the district but left as a dash).",
     "items": [{"measure": 1, "source": fn}, {"measure": 6, "source": fn}, {"measure": 7, "source": fn},
               {"measure": 9, "source": fn}, {"measure": 12, "source": fn}]})

# --- ph_zhkh_html: Outlook 2007 HTML body table of owed measures -----------------------
zrows = [
 ["1", "Наповнення офіційного веб-сайту", "На сторінці управління на офіційному сайті ОДА оновлено розділи «Нормативна база», «Тарифи на житлово-комунальні послуги» та «Реформування галузі ЖКГ»; за ІІ півріччя 2012 р. розміщено 37 матеріалів."],
 ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "немає"],
 ["6", "Консультації з громадськістю", "Проект обласної програми реформування і розвитку ЖКГ на 2013–2014 роки винесено на публічне громадське обговорення (жовтень 2012 р.): три зустрічі з головами ОСББ у Чернігові, Ніжині та Прилуках."],
 ["7", "Дорадчо-консультативні органи", "До робочої групи з підготовки житлового фонду до осінньо-зимового періоду включено представника Асоціації ОСББ Чернігівщини."],
 ["8", "Голови комітетів ГР у складі колегії", ""],
 ["9", "Залучення членів громадських рад до обговорення проектів", "Проект програми «Питна вода Чернігівщини» на 2013–2020 роки надіслано комітету громадської ради з питань ЖКГ; отримано 6 пропозицій, 4 з них враховано."],
 ["12", "Громадські експертизи", "—"],
]
def zhkh_html():
    tr = ""
    for n, t, s in zrows:
        cell = esc(s) if s else "&nbsp;"
        tr += ("<tr><td width=48 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>"
               f"{n}<o:p></o:p></p></td><td width=200 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal>{esc(t)}<o:p></o:p></p></td>"
               f"<td width=380 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal>{cell}<o:p></o:p></p></td></tr>\n")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"><style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:\"Times New Roman\",\"serif\";}\n"
            "--></style></head><body lang=UK link=blue vlink=purple><div class=Section1>"
            "<p class=MsoNormal>Управління житлово-комунального господарства облдержадміністрації надає "
            "інформацію про хід виконання плану заходів щодо відкритості та прозорості діяльності влади "
            "за 2012 рік.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
            "<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>№ пункту плану<o:p></o:p></b></p></td>"
            "<td style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal><b>Захід<o:p></o:p></b></p></td>"
            "<td style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal><b>Стан виконання<o:p></o:p></b></p></td></tr>\n"
            + tr + "</table><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Заступник начальника управління<o:p></o:p></p>"
            "<p class=MsoNormal>С.В. Руденко<o:p></o:p></p>"
            "<p class=MsoNormal><span style='font-size:10.0pt'>Вик. Яковенко О.П., 67-44-21<o:p></o:p></span></p>"
            "</div></body></html>")
zplain = ("Управління житлово-комунального господарства облдержадміністрації надає інформацію про хід "
          "виконання плану заходів щодо відкритості та прозорості діяльності влади за 2012 рік.\n\n"
          "№ пункту плану\nЗахід\nСтан виконання\n"
          + "".join(f"{n}\n{t}\n{s}\n" for n, t, s in zrows)
          + "\nЗаступник начальника управління\nС.В. Руденко\nВик. Яковенко О.П., 67-44-21\n")
part = multipart("alternative", [
    text_part(zplain, "plain", "windows-1251", "quoted-printable"),
    text_part(zhkh_html(), "html", "windows-1251", "quoted-printable")],
    "----=_NextPart_000_0007_01CDD86B.2E3F8A10")
mail("ph_zhkh_html", "placeholder", build(
    addr("Управління ЖКГ ОДА", "zhkh@example.gov.ua", "windows-1251"),
    "інформація УЖКГ щодо плану заходів відкритість та прозорість",
    (2012, 12, 12, 14, 5, 31, "+0200"), "000701cdd86b$2e3f8a10$8abe9e30$@example.gov.ua", part,
    extra=[OUTLOOK_2007, "Thread-Index: Ac3Yayk/0Gq0UW7hRwqS2Hn0e3bJtw==", "Content-Language: uk"],
    subj_charset="windows-1251"),
    {"executor": "su-zhkh", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "Outlook 2007 Word-HTML table (and its plain rendering) of the seven owed measures; row 2 says 'немає', row 8 has an empty cell and row 12 a dash, so only 1, 6, 7 and 9 are items.",
     "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
               {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]})

# --- ph_arkhiv_ods: Thunderbird, ods with 16 rows; row 7 is an explicit 'not held' ------
arows = [
 ["1", "Структурні підрозділи, РДА", "На сайті Держархіву області запрацював електронний путівник по фондах; щомісяця оновлюється розділ «Публічна інформація», у липні – листопаді опубліковано 58 новин та 6 віртуальних виставок документів."],
 ["2", "Структурні підрозділи", "Для рубрики «Хід виконання цільових програм» на сайті ОДА передано звіт про хід виконання Програми розвитку архівної справи на 2011–2015 роки станом на 01.10.2013."],
 ["3", "УВП, Громадська рада", "х"],
 ["4", "УВП, Громадська рада", "х"],
 ["5", "УВП, відділ звернень", "х"],
 ["6", "Структурні підрозділи, РДА", "26.09.2013 відбулася зустріч з краєзнавцями та членами ГО «Сіверщина» щодо переліку документів, які першочергово підлягають оцифруванню (консультація у формі публічного обговорення, 27 учасників)."],
 ["7", "Структурні підрозділи, РДА", "Заходи не проводились."],
 ["8", "Структурні підрозділи", "х"],
 ["9", "Структурні підрозділи, РДА", "Концепцію Програми розвитку архівної справи на 2016–2020 роки оприлюднено для обговорення; від членів громадської ради при облдержадміністрації надійшло 4 пропозиції."],
 ["10", "УВП, РДА", "х"],
 ["11", "УВП", "х"],
 ["12", "Структурні підрозділи, РДА", "немає"],
 ["13", "УВП, ЦППК", "х"],
 ["14", "УВП", "х"],
 ["15", "УВП, координатор, Громадська рада", "х"],
 ["16", "Структурні підрозділи, РДА", ""],
]
h = ("<p>Державний архів Чернігівської області</p><p><b>Звіт про виконання Плану заходів "
     "(Партнерство «Відкритий уряд») за ІІ півріччя 2013 року</b></p>"
     + table_html(["Пункт плану", "Виконавці", "Відмітка про виконання"], arows))
fn = "zvit_vidkrytyi_uriad_2013_II.ods"
x = office("ph_arkhiv_ods", h, "ods")
body = ("Доброго дня.\n\nДержархів області надсилає звіт за друге півріччя 2013 р., таблиця у вкладенні "
        "(формат OpenOffice, якщо не відкриється -- повідомте, перешлю в Excel).\n\n-- \n"
        "Олена Шевчук\nзав. сектору інформації та використання документів\n"
        "Державного архіву Чернігівської області\n(0462) 77-45-19\n")
part = multipart("mixed", [
    text_part(body, "plain", "UTF-8", "8bit", fmt_flowed=True),
    att_part(fn, x, MIME["ods"])], "------------050203090408070301020904",
    preamble="This is a multi-part message in MIME format.")
mail("ph_arkhiv_ods", "placeholder", build(
    addr("Олена Шевчук", "arkhiv@example.gov.ua"),
    "Звіт Держархіву - відкритий уряд ІІ півріччя",
    (2013, 12, 6, 11, 20, 44, "+0200"), "52A19A04.9080605@example.gov.ua", part, extra=[TB24]),
    {"executor": "su-arkhiv", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "Thunderbird mail with an ods table of all 16 measures; row 7 says 'Заходи не проводились' (an answer, so an item) while rows marked 'х', 'немає' or left empty are not.",
     "items": [{"measure": 1, "source": fn}, {"measure": 2, "source": fn}, {"measure": 6, "source": fn},
               {"measure": 7, "source": fn}, {"measure": 9, "source": fn}]})

# --- ph_semenivka_docx: docx table of the district's owed rows -------------------------
srows = [
 ["1", "Офіційні веб-сайти", "Сайт Семенівської райдержадміністрації у 2012 році отримав нову структуру: створено розділи «Громадська рада», «Звернення громадян», «Регуляторна діяльність»; розпорядження голови РДА оприлюднюються у встановлені законом терміни."],
 ["6", "Консультації з громадськістю", "Відбулися два публічні громадські обговорення: основних показників соціально-економічного розвитку району на 2013 рік (16.11.2012) та оптимізації мережі шкіл (04.12.2012, с. Жадове)."],
 ["7", "Дорадчо-консультативні органи", "П'ятеро членів громадської ради при РДА увійшли до районної комісії з питань захисту прав дитини та координаційної ради з питань розвитку туризму."],
 ["9", "Громадське обговорення проектів", "Проект районної програми підтримки малого підприємництва на 2013–2014 роки розглянуто на засіданні громадської ради 22.11.2012, схвалено з доповненнями."],
 ["10", "Комісії з питань відкритості", "-"],
 ["12", "Громадські експертизи", ""],
 ["16", "Інформація до УВП", "—"],
]
h = ("<p align=\"right\">Додаток</p><p align=\"center\"><b>Інформація про виконання Плану заходів з підвищення "
     "рівня відкритості та прозорості діяльності виконавчої влади (станом на 05.12.2012)</b></p>"
     + table_html(["Пункт плану", "Зміст заходу", "Стан виконання"], srows)
     + "<p>Керівник апарату райдержадміністрації                О.М. Зінченко</p>")
fn = "Семенівка_інформація_план_ВУ.docx"
x = office("ph_semenivka_docx", h, "docx")
body = ("Управління внутрішньої політики ОДА\n\nДоброго дня! Направляємо інформацію Семенівської РДА "
        "щодо виконання плану заходів. Додаток на 2 арк.\n\nЗагальний відділ апарату РДА\n(04659) 2-12-93\n")
part = multipart("mixed", [
    text_part(body, "plain", "windows-1251", "8bit"),
    att_part(fn, x, MIME["docx"], style="2047", charset="windows-1251")],
    "----------1B1D3F2A1C5E6D7")
mail("ph_semenivka_docx", "placeholder", build(
    addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "windows-1251"),
    "Семенівська РДА: відкритий уряд",
    (2012, 12, 7, 9, 31, 12, "+0200"), "1254998712.20121207093112@example.gov.ua", part,
    extra=[THEBAT], subj_charset="windows-1251"),
    {"executor": "rda-semenivka", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "The Bat! mail with a docx table of the district's owed measures; rows 10, 12 and 16 carry '-', an empty cell and '—', so only 1, 6, 7 and 9 are items.",
     "items": [{"measure": 1, "source": fn}, {"measure": 6, "source": fn}, {"measure": 7, "source": fn},
               {"measure": 9, "source": fn}]})

# --- ph_zdorovia_xls: Outlook 2003 (Russian UI), xls, 16 rows ----------------------------
drows = [
 ["1", "Офіційні веб-сайти", "Веб-сайт управління переведено на нову платформу; оприлюднюються накази, проекти регуляторних актів і звіти про використання бюджетних коштів, середня відвідуваність — близько 900 відвідувачів на добу."],
 ["2", "Рубрики щодо цільових програм та бюджетів", "Звіт про виконання обласної програми «Здоров'я населення Чернігівщини» за 2012 рік передано для розміщення у рубриці «Хід виконання цільових програм»."],
 ["3", "«Чернігівська громада»", "х"],
 ["4", "Інтернет-форум", "х"],
 ["5", "«Гаряча лінія»", "х"],
 ["6", "Консультації з громадськістю", "Проведено 4 консультації: «круглий стіл» щодо реформування первинної медичної допомоги (15.02.2013) та громадські слухання про створення госпітальних округів (12.03, 28.03 і 16.04.2013)."],
 ["7", "Дорадчо-консультативні органи", "немає"],
 ["8", "Колегії структурних підрозділів", "Наказом управління від 11.01.2013 до складу колегії введено голову комітету з питань охорони здоров'я громадської ради при ОДА Гриценка В.П."],
 ["9", "Обговорення проектів за участю громадських рад", "Члени громадської ради брали участь в обговоренні проекту плану заходів з реорганізації мережі закладів охорони здоров'я області."],
 ["10", "Комісії з питань відкритості", "х"],
 ["11", "Дні відкритих дверей", "х"],
 ["12", "Громадські експертизи", "ГО «Пацієнти Чернігівщини» провела громадську експертизу діяльності управління; 7 пропозицій включено до плану заходів, 4 вже виконано."],
 ["13", "Навчальні семінари", "х"],
 ["14", "Методичні посібники", "х"],
 ["15", "Обговорення виконання плану", "х"],
 ["16", "Інформація до УВП", "-"],
]
h = ("<p><b>Управління охорони здоров'я облдержадміністрації. Інформація про виконання Плану заходів "
     "«Відкритий уряд» (І півріччя 2013 р.)</b></p>"
     + table_html(["№ пункту Плану", "Захід", "Стан виконання"], drows))
fn = "Інф_УОЗ_червень2013.xls"
x = office("ph_zdorovia_xls", h, "xls")
body = ("Доброго дня!\r\nУправління охорони здоров'я надсилає таблицю з інформацією про виконання "
        "плану за І півріччя.\r\n\r\nЗ повагою\r\nГорбань Людмила\r\nсектор організаційно-аналітичної "
        "роботи УОЗ\r\n(0462) 67-71-08\r\n").replace("\r\n", "\n")
part = multipart("mixed", [
    text_part(body, "plain", "windows-1251", "base64"),
    att_part(fn, x, MIME["xls"], style="2047", charset="windows-1251")],
    "----=_NextPart_000_0043_01CE6208.9B4F4E20", preamble="This is a multi-part message in MIME format.")
mail("ph_zdorovia_xls", "placeholder", build(
    addr("Горбань Людмила", "zdorovia@example.gov.ua", "windows-1251"),
    "Інформація УОЗ (Відкритий уряд)",
    (2013, 6, 5, 16, 48, 2, "+0300"), "004301ce6208$9b4f4e20$d1edea60$@example.gov.ua", part,
    extra=[OUTLOOK_2003, "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6109",
           "Thread-Index: Ac5iCJtPTiDR7epgQ5u3Z0k9s2aG8A=="], subj_charset="windows-1251"),
    {"executor": "su-zdorovia", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "An Excel 97 sheet with all 16 measures sent by Outlook 2003; row 7 is 'немає' and the rows of other executors carry 'х' or '-', leaving 1, 2, 6, 8, 9 and 12.",
     "items": [{"measure": 1, "source": fn}, {"measure": 2, "source": fn}, {"measure": 6, "source": fn},
               {"measure": 8, "source": fn}, {"measure": 9, "source": fn}, {"measure": 12, "source": fn}]})

# =======================================================================================
# Class 2: bottom_post -- the new text is below or between the quoted reminder/receipt.
# =======================================================================================
def quote(text, prefix="> "):
    return NL.join((prefix + l) if l else prefix.rstrip() for l in text.split(NL))


# --- bp_nizhyn_tb: Thunderbird reply under a '>' quoted reminder --------------------------
rem = reminder("Ніжинська районна державна адміністрація", "15.06.2013", "10.06.2013", [6, 9, 12])
body = ("10.06.2013 11:00, uvp@cg.ukrtel.net пише:\n" + quote(rem) + "\n\n"
        "Доброго дня!\n"
        "Надаємо інформацію Ніжинської РДА по пунктах, зазначених у нагадуванні.\n\n"
        "Щодо п. 6. У квітні-травні в районі відбулося 5 консультацій з громадськістю, зокрема "
        "публічне обговорення проекту Програми соціально-економічного розвитку району на 2013 рік "
        "(с. Кунашівка, 18.04.2013) та електронні консультації щодо графіку особистого прийому "
        "громадян керівництвом РДА (на сайті, 25 пропозицій).\n\n"
        "Щодо п. 9. Члени громадської ради при райдержадміністрації розглядали проекти розпоряджень "
        "голови РДА про районну програму «Молодь Ніжинщини» та про заходи з благоустрою, три "
        "пропозиції ради враховано.\n\n"
        "По п. 12 інформацію надамо до 20.06.2013, після отримання висновку громадської організації.\n\n"
        "-- \nЗ повагою, Ткаченко Ірина\nсектор з питань внутрішньої політики Ніжинської РДА\n"
        "тел. (04631) 3-12-47\n")
part = text_part(body, "plain", "UTF-8", "8bit", fmt_flowed=True)
mail("bp_nizhyn_tb", "bottom_post", build(
    addr("Ткаченко Ірина", "rda-nizhyn@example.gov.ua"),
    "Re: Нагадування: інформація про виконання Плану заходів",
    (2013, 6, 13, 9, 12, 40, "+0300"), "51B9626C.2050508@example.gov.ua", part, extra=[TB17],
    in_reply_to="zvit.reminder.20130610.rda-nizhyn@cg.ukrtel.net"),
    {"executor": "rda-nizhyn", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "Thunderbird bottom-post: the quoted reminder (items 6, 9, 12 with full plan text) comes first, the answer below covers 6 and 9 and only promises 12.",
     "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]})

# --- bp_kultura_outlook: answers typed between the lines of an unmarked Outlook quote ------
rem = reminder("Управління культури і туризму облдержадміністрації", "15.12.2012", "10.12.2012", [2, 8, 12])
lines = rem.split(NL)
out = []
for l in lines:
    out.append(l)
    if l.startswith("  2. "):
        out.append("")
        out.append("ВІДПОВІДЬ: 05.12.2012 управлінням передано до відділу інформаційно-комп'ютерного "
                   "забезпечення апарату ОДА матеріали про виконання обласної програми розвитку культури "
                   "і туризму та програми збереження культурної спадщини для розміщення у рубриці "
                   "«Хід виконання цільових програм».")
    if l.startswith("  8. "):
        out.append("")
        out.append("ВІДПОВІДЬ: наказом управління від 26.11.2012 № 214 до складу колегії введено голову "
                   "комітету з гуманітарних питань громадської ради Марченка О.В.; зміни до Положення про "
                   "управління не знадобились.")
body = ("Відповіді внесені у текст Вашого листа нижче (після слова ВІДПОВІДЬ).\n\n"
        "Сектор кадрової та організаційної роботи\nуправління культури і туризму ОДА\n"
        "Приходько Г.В., 67-53-30\n\n"
        "-----Оригінальне повідомлення-----\n"
        "Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
        "Надіслано: 10 грудня 2012 р. 9:00\n"
        "Кому: kultura@example.gov.ua\n"
        "Тема: Нагадування: інформація про виконання Плану заходів\n\n"
        + NL.join(out) + "\n")
part = text_part(body, "plain", "windows-1251", "quoted-printable")
mail("bp_kultura_outlook", "bottom_post", build(
    addr("Приходько Галина", "kultura@example.gov.ua", "windows-1251", "Q"),
    "RE: Нагадування: інформація про виконання Плану заходів",
    (2012, 12, 14, 10, 5, 18, "+0200"), "000001cdd9ea$5c1b7d40$14527bc0$@example.gov.ua", part,
    extra=[OUTLOOK_2007, "Thread-Index: Ac3Z6lwbfUAUUnvARh2gk0VoPq2zvw==", "Content-Language: uk"],
    subj_charset="windows-1251", subj_mode="Q",
    in_reply_to="zvit.reminder.20121210.su-kultura@cg.ukrtel.net"),
    {"executor": "su-kultura", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "Outlook reply whose answers are typed inside the unmarked quoted reminder, right under reminder items 2 and 8; item 12 of the quote is left unanswered.",
     "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]})

# --- bp_ichnia_blockquote: HTML reply below a <blockquote type=cite> receipt ----------------
rcpt = [
 "Шановні колеги!", "",
 "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від 04.12.2013 «Інформація Ічнянської РДА».", "",
 "Виконавець: Ічнянська районна державна адміністрація.",
 "Звітний період: 3-й (термін подання інформації — 15.12.2013).", "",
 "Розпізнано інформацію щодо таких пунктів плану:",
 "  • пункт 1: на офіційному веб-сайті РДА створено розділ «Відкритий уряд», оприлюднено 52 розпорядження…",
 "  • пункт 6: проведено громадські слухання щодо проекту районного бюджету на 2014 рік…", "",
 "За цей звітний період ще очікується інформація щодо пунктів плану:",
] + [f"  {m}. {PLAN[m]}" for m in (7, 9, 10, 12)] + [
 "", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.",
 "", "З повагою", UVP_NAME]
new = [
 "Доповнюємо інформацію Ічнянської райдержадміністрації:",
 "п. 7 — голова громадської ради при РДА Сидоренко М.А. та двоє членів ради включені до складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій (розпорядження голови РДА від 12.09.2013 № 318);",
 "п. 10 — на засіданні громадської ради 24.10.2013 утворено робочу групу з питань відкритості та прозорості діяльності райдержадміністрації (5 осіб, керівник — Коваль Т.І.);",
 "п. 12 — громадська організація «Ічнянський правозахисний центр» провела антикорупційну експертизу проекту розпорядження про порядок передачі в оренду майна спільної власності громад району, дві її пропозиції враховано.",
]
sig = ["Марина Гордієнко", "відділ організаційної роботи апарату Ічнянської РДА", "(04633) 2-11-76"]
plain = ("05.12.2013 10:31, uvp@cg.ukrtel.net пише:\n" + quote(NL.join(rcpt)) + "\n\n"
         + "\n".join(new) + "\n\n-- \n" + "\n".join(sig) + "\n")
html = ("<html>\n  <head>\n    <meta content=\"text/html; charset=UTF-8\" http-equiv=\"Content-Type\">\n  </head>\n"
        "  <body bgcolor=\"#FFFFFF\" text=\"#000000\">\n"
        "    <div class=\"moz-cite-prefix\">05.12.2013 10:31, uvp@cg.ukrtel.net пише:<br>\n    </div>\n"
        "    <blockquote cite=\"mid:zvit.receipt.20131205.rda-ichnia@cg.ukrtel.net\" type=\"cite\">\n"
        "      <pre wrap=\"\">" + esc(NL.join(rcpt)) + "</pre>\n    </blockquote>\n"
        + "".join(f"    {esc(p)}<br>\n" for p in new)
        + "    <br>\n    <pre class=\"moz-signature\" cols=\"72\">-- \n" + esc(NL.join(sig)) + "</pre>\n"
        "  </body>\n</html>\n")
part = multipart("alternative", [
    text_part(plain, "plain", "UTF-8", "8bit", fmt_flowed=True),
    text_part(html, "html", "UTF-8", "8bit")], "------------080609010405000502030107",
    preamble="This is a multi-part message in MIME format.")
mail("bp_ichnia_blockquote", "bottom_post", build(
    addr("Марина Гордієнко", "rda-ichnia@example.gov.ua"),
    "Re: Підтвердження отримання: Інформація Ічнянської РДА",
    (2013, 12, 10, 14, 2, 55, "+0200"), "52A7027F.6000103@example.gov.ua", part, extra=[TB24],
    in_reply_to="zvit.receipt.20131205.rda-ichnia@cg.ukrtel.net"),
    {"executor": "rda-ichnia", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "HTML reply below a blockquoted receipt that itself lists recognised items 1 and 6 and missing 7, 9, 10, 12; only the new text below the quote (7, 10, 12) counts.",
     "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"},
               {"measure": 12, "source": "body"}]})

# --- bp_borzna_roundcube: webmail reply below a '>' quote ----------------------------------
rem = reminder("Борзнянська районна державна адміністрація", "15.06.2013", "04.06.2013", [1, 6, 7, 9, 10, 12])
body = ("uvp@cg.ukrtel.net писав 2013-06-04 10:12:\n" + quote(rem) + "\n\n"
        "Добрий день.\nБорзнянська РДА інформує:\n"
        "1. Сайт РДА оновлюється щодня, відкрито рубрику «Відкритий уряд», розміщено звіт голови "
        "райдержадміністрації за 2012 рік та відеозапис звітної зустрічі.\n"
        "6. 14 березня та 23 травня проведено громадські слухання щодо реформування системи охорони "
        "здоров'я району (Борзна, Шаповалівка), разом 130 учасників.\n"
        "9. Проект розпорядження «Про районну програму розвитку фізичної культури і спорту» "
        "обговорено з членами громадської ради 16.04.2013.\n"
        "10. Громадській раді надіслано рекомендацію щодо утворення комісії з питань відкритості та "
        "прозорості, питання внесено до порядку денного наступного засідання.\n"
        "12. У І півріччі громадські експертизи не проводились, запитів від інститутів громадянського "
        "суспільства не надходило.\n"
        "По п. 7 інформацію подамо разом з річним звітом.\n\n"
        "Юрченко Віктор, відділ з питань внутрішньої політики РДА, 2-13-09\n")
part = text_part(body, "plain", "UTF-8", "quoted-printable", fmt_flowed=True)
mail("bp_borzna_roundcube", "bottom_post", build(
    "rda-borzna@example.gov.ua",
    "Re: Нагадування: інформація про виконання Плану заходів",
    (2013, 6, 7, 13, 40, 3, "+0300"), "3f0b5a2c8d1e4e7a9b0c2d3e4f5a6b7c@mail.example.gov.ua", part,
    extra=[ROUNDCUBE, "X-Sender: rda-borzna@example.gov.ua"],
    in_reply_to="zvit.reminder.20130604.rda-borzna@cg.ukrtel.net"),
    {"executor": "rda-borzna", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "Webmail reply under a quoted reminder that lists 1, 6, 7, 9, 10 and 12; the answer reports 1, 6, 9, 10, says nothing was done on 12 (an item) and defers 7.",
     "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
               {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]})

# --- bp_apk_interleaved: answers interleaved with '>' quoted reminder items -----------------
rem = reminder("Головне управління агропромислового розвитку облдержадміністрації", "15.12.2013", "09.12.2013", [6, 7, 8, 9])
ql = quote(rem).split(NL)
ans = {
 6: "У жовтні проведено публічне громадське обговорення проекту обласної програми розвитку "
    "сільських територій на 2014-2017 роки (64 учасники) та «круглий стіл» з фермерами Ніжинщини "
    "щодо доступу до пільгових кредитів.",
 7: "Відповідь по цьому пункту надамо окремим листом після засідання координаційної ради 18 грудня.",
 8: "Голова комітету з питань АПК та земельних відносин громадської ради Литвиненко С.М. є членом "
    "колегії головного управління з березня, у другому півріччі взяв участь у двох її засіданнях.",
 9: "Проект програми розвитку сільських територій (див. вище) надсилався членам громадської ради, "
    "їхні зауваження розглянуто на засіданні профільного комітету 29.10.2013.",
}
out = []
for i, l in enumerate(ql):
    out.append(l)
    for m in ans:
        if l.startswith(f">   {m}. "):
            out += ["", ans[m], ""]
body = ("09.12.2013 10:00, uvp@cg.ukrtel.net пишет:\n" + NL.join(out) + "\n\n"
        "Головний спеціаліст відділу аналітичної роботи\nГУАПР облдержадміністрації\nБілоус Андрій\n"
        "т. 67-25-81\n")
part = text_part(body, "plain", "UTF-8", "8bit", fmt_flowed=True)
mail("bp_apk_interleaved", "bottom_post", build(
    addr("Білоус Андрій", "apk@example.gov.ua"),
    "Re: Нагадування: інформація про виконання Плану заходів",
    (2013, 12, 12, 15, 22, 9, "+0200"), "52A9B7E1.1030203@example.gov.ua", part, extra=[TB10],
    in_reply_to="zvit.reminder.20131209.su-apk@cg.ukrtel.net"),
    {"executor": "su-apk", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "Thunderbird reply with answers interleaved below each '>' quoted reminder item; 6, 8 and 9 get answers, under 7 there is only a promise.",
     "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]})

# =======================================================================================
# Class 3: not_report -- mail from an executor that reports nothing.
# =======================================================================================

# --- nr_cppk_invitation: Outlook meeting request (text/calendar) ---------------------------
inv = ("Шановні колеги!\n\n"
       "Чернігівський центр перепідготовки та підвищення кваліфікації запрошує представника "
       "управління виступити на навчальному семінарі «Консультації з громадськістю: практика "
       "застосування постанови КМУ № 996» для заступників керівників структурних підрозділів "
       "облдержадміністрації.\n\n"
       "Час: 20 лютого 2013 р., 10:00-13:00\n"
       "Місце: м. Чернігів, вул. Шевченка, 48, ауд. 305\n\n"
       "Просимо до 15 лютого повідомити прізвище доповідача та тему виступу.\n\n"
       "Завідувач навчально-методичного відділу\nКорольова Світлана Андріївна\n(0462) 65-13-22\n")
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
       "BEGIN:VTIMEZONE\r\nTZID:FLE Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T040000\r\n"
       "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\n"
       "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
       "TZOFFSETTO:+0300\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
       "END:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
       "ORGANIZER;CN=\"Корольова Світлана\":MAILTO:cppk@example.gov.ua\r\n"
       "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uv\r\n p@cg.ukrtel.net\r\n"
       "DESCRIPTION;LANGUAGE=uk-UA:Навчальний семінар для заступників керівників стр\r\n уктурних підрозділів облдержадміністрації. Просимо повідомити доповідача.\\n\r\n"
       "SUMMARY;LANGUAGE=uk-UA:Семінар «Консультації з громадськістю» (ЦППК)\r\n"
       "DTSTART;TZID=FLE Standard Time:20130220T100000\r\nDTEND;TZID=FLE Standard Time:20130220T130000\r\n"
       "UID:040000008200E00074C5B7101A82E0080000000090A4F1E6A103CE01000000000000000010000000A7\r\n"
       "CLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:20130205T090012Z\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\n"
       "SEQUENCE:0\r\nLOCATION;LANGUAGE=uk-UA:ЦППК\\, ауд. 305\r\n"
       "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:REMINDER\r\nTRIGGER;RELATED=START:-PT15M\r\nEND:VALARM\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
cal = (b'Content-Type: text/calendar; charset="utf-8"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n'
       + b64body(ics.encode("utf-8")))
part = multipart("alternative", [text_part(inv, "plain", "utf-8", "base64"), cal],
                 "_000_A1B2C3D4E5F6A7B8cppkexamplegovua_")
mail("nr_cppk_invitation", "not_report", build(
    addr("Корольова Світлана", "cppk@example.gov.ua"),
    "Запрошення: Семінар «Консультації з громадськістю» 20.02.2013",
    (2013, 2, 5, 11, 0, 12, "+0200"), "A1B2C3D4E5F6A7B8@cppk.example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Thread-Topic: =?utf-8?B?0KHQtdC80ZbQvdCw0YA=?=", "Content-Language: uk-UA"]),
    {"executor": "cppk", "period": 2, "late": False, "kind": "not_report", "reason": "invitation",
     "note": "An Outlook meeting request (text/calendar) from the retraining centre inviting УВП to speak at a future seminar — the subject of measure 13, but nothing is reported.",
     "items": []})

# --- nr_talalaivka_question: a question about what to report ------------------------------
body = ("Доброго дня!\n\n"
        "Підкажіть, будь ласка, чи потрібно подавати інформацію по п. 10 плану, якщо громадська "
        "рада при РДА зараз переформовується (установчі збори призначено на 20 червня)? "
        "І ще: таблицю заповнювати наростаючим підсумком з початку року чи тільки за І півріччя? "
        "Минулого разу ми давали по п.п. 1, 6, 7, 9, 12 окремими абзацами, чи можна так само?\n\n"
        "Дякую.\nОксана Мельник, Талалаївська РДА, 2-15-80\n")
part = text_part(body, "plain", "windows-1251", "8bit")
mail("nr_talalaivka_question", "not_report", build(
    addr("Оксана Мельник", "rda-talalaivka@example.gov.ua", "windows-1251"),
    "питання щодо звіту",
    (2013, 5, 28, 14, 10, 37, "+0300"), "003c01ce5ba5$1f2e3d40$0201a8c0@OKSANA", part,
    extra=[OE6, "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157", "X-Priority: 3"],
    subj_charset="windows-1251"),
    {"executor": "rda-talalaivka", "period": 2, "late": False, "kind": "not_report", "reason": "question",
     "note": "Outlook Express question whether measure 10 must be reported and how to fill the table; it names measures 1, 6, 7, 9, 10, 12 but reports none.",
     "items": []})

# --- nr_finansy_extension: request for more time -------------------------------------------
txt = ("Шановний Олександре Миколайовичу!\n\n"
       "Головне фінансове управління облдержадміністрації просить продовжити термін подання "
       "інформації про виконання Плану заходів у рамках Ініціативи «Партнерство «Відкритий уряд» "
       "до 20 грудня 2013 року.\n\n"
       "Затримка пов'язана з доопрацюванням проекту обласного бюджету на 2014 рік до сесії обласної "
       "ради 17.12.2013; відповідальні працівники бюджетного відділу задіяні у цій роботі.\n\n"
       "Заступник начальника управління\nТ.В. Стеценко\n")
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<meta name=\"Generator\" content=\"Microsoft Word 14 (filtered medium)\"></head>"
        "<body lang=\"UK\" link=\"blue\" vlink=\"purple\"><div class=\"WordSection1\">"
        + "".join(f"<p class=\"MsoNormal\">{esc(p).replace(NL, '<br>')}<o:p></o:p></p>"
                  for p in txt.strip().split("\n\n")) + "</div></body></html>")
part = multipart("alternative", [text_part(txt, "plain", "utf-8", "quoted-printable"),
                                 text_part(html, "html", "utf-8", "quoted-printable")],
                 "_000_0A1E2F3B4C5D6E7F8091finansyexamplegovua_")
mail("nr_finansy_extension", "not_report", build(
    addr("Stetsenko Tetiana", "finansy@example.gov.ua"),
    "Про продовження терміну подання інформації",
    (2013, 12, 11, 17, 30, 26, "+0200"), "0A1E2F3B4C5D6E7F8091@finansy.example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Accept-Language: en-US, uk-UA", "Content-Language: en-US"]),
    {"executor": "su-finansy", "period": 3, "late": False, "kind": "not_report", "reason": "extension_request",
     "note": "Outlook 2010 (English UI) letter asking to move the deadline to 20 December; dates and a session number but no measure reported.",
     "items": []})

# --- nr_ogp_announcement: announcement of a future public discussion -----------------------
body = ("Шановні колеги!\n\n"
        "До відома: 11 грудня 2012 року о 14:00 у прес-центрі облдержадміністрації (4 поверх) "
        "відбудеться громадське обговорення стану виконання в області заходів Ініціативи "
        "«Партнерство «Відкритий уряд». Планується участь членів громадської ради, представників "
        "ЗМІ та громадських організацій.\n\n"
        "Порядок денний та реєстраційну форму надішлю окремо до 5 грудня. Буду вдячний, якщо "
        "анонс буде розміщено на сайті «Чернігівська громада».\n\n"
        "-- \nВолодимир Гайовий\nрегіональний координатор «Партнерства «Відкритий уряд»\n"
        "у Чернігівській області\n+380 67 451 23 09\n")
part = text_part(body, "plain", "UTF-8", "8bit", fmt_flowed=True)
mail("nr_ogp_announcement", "not_report", build(
    addr("Володимир Гайовий", "ogp-coordinator@example.org.ua"),
    "Анонс: громадське обговорення 11.12.2012",
    (2012, 11, 26, 12, 0, 51, "+0200"), "50B33DD3.5000402@example.org.ua", part, extra=[TB10],
    received_from="mail.example.org.ua"),
    {"executor": "ogp-coordinator", "period": 1, "late": False, "kind": "not_report", "reason": "announcement",
     "note": "The regional coordinator announces a public discussion to be held on 11 December — a future event of measure 15, so nothing is reported.",
     "items": []})

# --- nr_koriukivka_later: promise to send the report later ---------------------------------
txt = ("Шановні колеги!\n\n"
       "Повідомляємо, що інформацію щодо виконання пунктів 1, 6, 7, 9, 10 та 12 плану заходів "
       "Корюківська райдержадміністрація надасть до 14 червня 2013 року: засідання громадської "
       "ради, на якому розглядатиметься звіт, перенесено на 13.06.\n\n"
       "Перепрошуємо за незручності.\n\n"
       "Керуюча справами апарату РДА Н.О. Дубина\n")
html = ("<div>Шановні колеги!</div><div>&nbsp;</div><div>Повідомляємо, що інформацію щодо виконання "
        "пунктів 1, 6, 7, 9, 10 та 12 плану заходів Корюківська райдержадміністрація надасть до "
        "14 червня 2013 року: засідання громадської ради, на якому розглядатиметься звіт, перенесено "
        "на 13.06.</div><div>&nbsp;</div><div>Перепрошуємо за незручності.</div><div>&nbsp;</div>"
        "<div>Керуюча справами апарату РДА Н.О. Дубина</div>")
part = multipart("alternative", [text_part(txt, "plain", "utf-8", "base64"),
                                 text_part(html, "html", "utf-8", "base64")], "=-8Ji3fQm0fOPx0kZ2VqJ1")
mail("nr_koriukivka_later", "not_report", build(
    addr("Корюківська РДА", "rda-koriukivka@example.gov.ua"),
    "Корюківська РДА - інформація буде надана до 14.06",
    (2013, 6, 10, 8, 55, 4, "+0300"), "1370843704.4512.3.camel@koriukivka", part,
    extra=["X-Mailer: Evolution 2.32.2 "]),
    {"executor": "rda-koriukivka", "period": 2, "late": False, "kind": "not_report", "reason": "promised_later",
     "note": "A promise to send the report on measures 1, 6, 7, 9, 10 and 12 by 14 June; the numbers are listed but nothing is reported.",
     "items": []})

# =======================================================================================
# Class 4: ranges -- measure numbers given as ranges and lists.
# =======================================================================================

# --- rg_ekonomika_xlsx: one number cell '1–2, 6–9' ----------------------------------------
erows = [
 ["1–2, 6–9", "Сторінка Головного управління економіки на офіційному сайті ОДА наповнюється згідно із Законом України «Про доступ до публічної інформації»; для рубрик «Хід виконання цільових програм» (17 обласних програм) та «Виконання місцевих бюджетів Чернігівської області» (спільно з ГФУ) підготовлено і передано матеріали. Проект Програми економічного і соціального розвитку області на 2013 рік пройшов три публічні обговорення (112 учасників); члени громадської ради надали до нього 14 пропозицій. До регіональної ради підприємців і робочої групи з питань інвестицій включено 6 представників громадськості; голова комітету з питань економічного розвитку громадської ради входить до складу колегії управління."],
 ["12", "Громадські експертизи діяльності управління у звітному періоді не ініціювались."],
]
h = ("<p><b>Інформація Головного управління економіки облдержадміністрації про виконання Плану "
     "заходів «Відкритий уряд» (2012 рік)</b></p>"
     + table_html(["№ пункту плану", "Інформація про виконання"], erows))
fn = "Інформація ГУЕ (Відкритий уряд).xlsx"
x = office("rg_ekonomika_xlsx", h, "xlsx")
body = ("Доброго дня!\n\nНадсилаємо інформацію ГУЕ про виконання плану заходів за 2012 рік.\n\n"
        "З повагою\nвідділ стратегічного планування ГУЕ\nКуценко Р.О., 67-48-03\n")
part = multipart("mixed", [text_part(body, "plain", "koi8-u", "quoted-printable"),
                           att_part(fn, x, MIME["xlsx"], style="2047", charset="koi8-u")],
                 "----=_NextPart_000_0052_01CDD934.3C5E8A70", preamble="This is a multi-part message in MIME format.")
mail("rg_ekonomika_xlsx", "ranges", build(
    addr("ГУЕ ОДА", "ekonomika@example.gov.ua", "koi8-u"),
    "Інформація ГУЕ (Відкритий уряд)",
    (2012, 12, 13, 15, 15, 49, "+0200"), "005201cdd934$3c5e8a70$b51b9f50$@example.gov.ua", part,
    extra=[OUTLOOK_2007, "Thread-Index: Ac3ZNDxeinC1G59QQa2mc8NvK9Lqzw=="], subj_charset="koi8-u"),
    {"executor": "su-ekonomika", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "An xlsx whose number cell reads '1–2, 6–9' for one combined paragraph (so 1, 2, 6, 7, 8, 9), plus a row 12 saying no review was initiated (an answer).",
     "items": [{"measure": m, "source": fn} for m in (1, 2, 6, 7, 8, 9, 12)]})

# --- rg_gromrada_pp: 'По пп. 3-4' and 'П. 15' --------------------------------------------
body = ("Шановні колеги!\n\n"
        "Громадська рада при облдержадміністрації інформує про виконання плану в частині, "
        "що стосується ради.\n\n"
        "По пп. 3-4. Веб-ресурс «Чернігівська громада» працює в тестовому режимі з 1 листопада "
        "2012 р.: зареєстровано 146 користувачів, розміщено 40 публікацій громадських організацій. "
        "Підготовлено технічне завдання на розділ форуму, зараз триває тестування його модулів.\n\n"
        "П. 15. 29 листопада на засіданні громадської ради за участі заступника голови ОДА обговорено "
        "хід виконання плану заходів «Відкритий уряд», ухвалено 9 рекомендацій органам влади.\n\n"
        "Секретар громадської ради\nІгор Лозовий\n063-218-44-70\n")
part = text_part(body, "plain", "UTF-8", "quoted-printable", fmt_flowed=True)
mail("rg_gromrada_pp", "ranges", build(
    addr("Ігор Лозовий", "gromrada@example.gov.ua"),
    "Інформація Громадської ради",
    (2012, 12, 10, 19, 40, 22, "+0200"), "50C61E76.7010009@example.gov.ua", part, extra=[TB10]),
    {"executor": "gromrada", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "The Public Council reports 'пп. 3-4' as one block (web resource and forum) and 'П. 15' separately.",
     "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}, {"measure": 15, "source": "body"}]})

# --- rg_osvita_doc: 'п.п. 1, 6 – 9' in a Word 97 document --------------------------------
h = ("<p align=\"center\"><b>ІНФОРМАЦІЯ<br>управління освіти і науки облдержадміністрації про виконання "
     "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
     "(ІІ півріччя 2013 року)</b></p>"
     + paras(
     "Щодо п.п. 1, 6 – 9. Офіційний сайт управління щотижня поповнюється новинами та нормативними "
     "документами, створено розділ для батьків випускників. Протягом півріччя проведено 6 консультацій "
     "з громадськістю: онлайн-опитування батьків щодо організації зовнішнього незалежного оцінювання, "
     "громадські слухання про мережу закладів освіти в Борзнянському та Сосницькому районах. "
     "Представники батьківських комітетів і громадських організацій входять до складу атестаційної "
     "комісії управління та ради з питань позашкільної освіти. Голова комітету з гуманітарних питань "
     "громадської ради при ОДА є членом колегії управління. Члени громадської ради обговорили проект "
     "обласної програми «Обдарована молодь» на 2014–2016 роки.",
     "Пункт 12. На прохання ГО «Батьківський контроль» проведено громадську експертизу діяльності "
     "управління з питань організації харчування у школах; 5 рекомендацій враховано в наказі "
     "управління від 21.11.2013 № 433.",
     "Начальник управління                                   Н.В. Остапенко"))
fn = "Освіта_відкритий_уряд_ІІпів2013.doc"
x = office("rg_osvita_doc", h, "doc")
txt = ("Добрий день! Інформація управління освіти і науки у вкладенні.\n\n"
       "З повагою, Тимошенко Алла\nзагальний відділ УОН\n(0462) 67-57-10\n")
part = multipart("mixed", [
    multipart("alternative", [
        text_part(txt, "plain", "utf-8", "quoted-printable"),
        text_part("<html><body><p>" + esc(txt).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>",
                  "html", "utf-8", "quoted-printable")], "_001_B7C2D9E1osvita_"),
    att_part(fn, x, MIME["doc"], style="2047")], "_002_B7C2D9E1osvita_")
mail("rg_osvita_doc", "ranges", build(
    addr("Тимошенко Алла", "osvita@example.gov.ua"),
    "інформація УОН - відкритий уряд",
    (2013, 12, 9, 10, 30, 5, "+0200"), "B7C2D9E1F0A34C5D@osvita.example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Content-Language: uk-UA"]),
    {"executor": "su-osvita", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "A Word 97 document whose first paragraph is headed 'п.п. 1, 6 – 9' (covering 1, 6, 7, 8, 9) and the second 'Пункт 12'.",
     "items": [{"measure": m, "source": fn} for m in (1, 6, 7, 8, 9, 12)]})

# --- rg_sotszakhyst_rus: Russian 'По пунктам 1, 2', 'По пп. 6-9', promise for 12 ------------
body = ("Уважаемые коллеги!\n\n"
        "Управление труда и социальной защиты населения облгосадминистрации сообщает.\n\n"
        "По пунктам 1, 2. На странице управления на официальном сайте ОГА ежемесячно обновляются "
        "сведения о назначении субсидий и льгот; данные о ходе выполнения областной программы "
        "«Турбота» за 2012 год и I квартал 2013 г. переданы для рубрики о ходе выполнения целевых "
        "программ.\n\n"
        "По пп. 6-9. С общественными организациями инвалидов и ветеранов проведены консультации по "
        "проекту изменений в программу «Турбота» (14.03.2013 и 18.04.2013). Представители пяти "
        "общественных организаций входят в координационный совет по делам инвалидов. Председатель "
        "комитета по социальной политике общественного совета введен в состав коллегии управления. "
        "Проект распоряжения о порядке оказания материальной помощи направлялся членам общественного "
        "совета, получено 11 предложений.\n\n"
        "По п. 12 информация будет предоставлена дополнительно после завершения общественной "
        "экспертизы.\n\n"
        "С уважением,\nзам. начальника отдела организационной работы\nВасильева Е.Н.\n67-30-41\n")
part = text_part(body, "plain", "windows-1251", "quoted-printable")
mail("rg_sotszakhyst_rus", "ranges", build(
    addr("Васильева Елена", "sotszakhyst@example.gov.ua", "koi8-r"),
    "Информация УТСЗН по плану Открытое правительство",
    (2013, 6, 12, 12, 12, 33, "+0300"), "002e01ce6754$6a4b3c10$3ee1b430$@example.gov.ua", part,
    extra=[OUTLOOK_2003, "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6109"], subj_charset="koi8-r"),
    {"executor": "su-sotszakhyst", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "Russian letter with 'По пунктам 1, 2' and 'По пп. 6-9' blocks (1, 2, 6, 7, 8, 9); point 12 is only promised.",
     "items": [{"measure": m, "source": "body"} for m in (1, 2, 6, 7, 8, 9)]})

# --- rg_pryluky_lists: 'п.п. 1, 6', 'Пункти 7 і 9', 'П. 10, 12' ---------------------------
body = ("Прилуцька райдержадміністрація на виконання плану заходів інформує.\n\n"
        "По п.п. 1, 6: офіційний веб-сайт РДА переведено на нову адресу в домені gov.ua, налаштовано "
        "версію для людей з вадами зору; у ІІ півріччі відбулися 4 консультації з громадськістю, "
        "у тому числі громадські слухання щодо проекту районного бюджету на 2014 рік (26.11.2013).\n\n"
        "Пункти 7 і 9: члени громадської ради включені до районної ради з питань підприємництва та "
        "брали участь в обговоренні проектів розпоряджень голови РДА щодо бюджету розвитку і "
        "програми підтримки сім'ї.\n\n"
        "П. 10, 12 — комісія громадської ради з питань відкритості та прозорості (створена "
        "14.02.2013) провела 2 засідання; громадська антикорупційна експертиза проекту розпорядження "
        "про надання адміністративних послуг завершена, висновок розглянуто на нараді у голови РДА.\n\n"
        "Відділ з питань внутрішньої політики РДА\nДемченко О.О., (04637) 3-14-92\n")
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        + "".join(f"<p class=MsoNormal>{esc(p).replace(NL, '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</body></html>")
part = multipart("alternative", [text_part(body, "plain", "utf-8", "base64"),
                                 text_part(html, "html", "utf-8", "base64")],
                 "----=_NextPart_000_0011_01CEF0E4.7A2B3C40")
mail("rg_pryluky_lists", "ranges", build(
    addr("Прилуцька РДА", "rda-pryluky@example.gov.ua"),
    "відкритий уряд - Прилуцька РДА ІІ півріччя",
    (2013, 12, 4, 11, 48, 16, "+0200"), "001101cef0e4$7a2b3c40$6e81b4c0$@example.gov.ua", part,
    extra=[OUTLOOK_2007, "Thread-Index: Ac7w5HorPEBugbTAQx2y8bU4x1mYkg=="]),
    {"executor": "rda-pryluky", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "Lists reported as blocks: 'п.п. 1, 6', 'Пункти 7 і 9' and 'П. 10, 12', each paragraph covering two measures.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 10, 12)]})

# =======================================================================================
# Class 5: prose -- no measure numbers at all.
# =======================================================================================

# --- pr_mena_letter: official letter in the body, windows-1251 8bit ------------------------
body = ("Начальнику управління з питань внутрішньої\r\nполітики та зв'язків з громадськістю\r\n"
        "облдержадміністрації\r\n\r\n"
        "Про хід виконання плану заходів\r\n\r\n"
        "Менська райдержадміністрація інформує, що у першому півріччі 2013 року робота з підвищення "
        "відкритості та прозорості її діяльності велася за такими напрямами.\r\n\r\n"
        "Офіційний веб-сайт райдержадміністрації оновлено відповідно до вимог Закону України «Про "
        "доступ до публічної інформації»: запроваджено розділ «Запити на інформацію», щотижня "
        "публікуються анонси заходів та відеосюжети місцевого телебачення.\r\n\r\n"
        "Проводились консультації з громадськістю: громадські слухання щодо проекту програми "
        "розвитку агропромислового комплексу району, зустрічі з мешканцями сіл Блистова і Стольне з "
        "питань реформування медичного обслуговування, онлайн-опитування на сайті (312 респондентів).\r\n\r\n"
        "Представники громадських організацій та члени громадської ради при РДА працюють у складі "
        "семи дорадчих органів райдержадміністрації, зокрема ради з питань підприємництва; вони ж "
        "розглядали проекти розпоряджень голови РДА щодо районної програми «Питна вода» та порядку "
        "надання одноразової матеріальної допомоги.\r\n\r\n"
        "Громадській раді рекомендовано утворити у своєму складі робочу групу з питань відкритості "
        "та прозорості; відповідне рішення рада ухвалила 17 квітня.\r\n\r\n"
        "Громадські антикорупційні експертизи проектів розпоряджень у звітному періоді не "
        "проводились.\r\n\r\n"
        "Перший заступник голови\r\nрайдержадміністрації                              В.І. Шкурко\r\n\r\n"
        "Вик. Мороз Т.А.\r\n(04644) 2-14-55\r\n").replace("\r\n", "\n")
part = text_part(body, "plain", "windows-1251", "8bit")
mail("pr_mena_letter", "prose", build(
    addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251"),
    "Про хід виконання плану заходів",
    (2013, 6, 6, 15, 27, 41, "+0300"), "000b01ce62af$81c0a2e0$85c1e8a0$@example.gov.ua", part,
    extra=[OUTLOOK_2003, "Thread-Index: Ac5ir4HAouCFwemgQ3G1kz6Nc5H0OA=="], subj_charset="windows-1251"),
    {"executor": "rda-mena", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "An official letter in the body without a single plan number; one paragraph covers both the advisory bodies (7) and the discussion of draft orders (9), and the last says no anti-corruption review was held (12).",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 10, 12)]})

# --- pr_kapbud_pdf: PDF with a text layer, headings in other words ----------------------
h = ("<p align=\"center\"><b>Інформація<br>управління капітального будівництва облдержадміністрації<br>"
     "щодо підвищення рівня відкритості та прозорості діяльності (ІІ півріччя 2013 року)</b></p>"
     "<p><b>Інформування громадськості через мережу Інтернет</b></p>"
     + paras("На сторінці управління на офіційному сайті облдержадміністрації оприлюднюються переліки "
             "об'єктів, що будуються за кошти державного та обласного бюджетів, і щомісячні дані про "
             "стан їх будівництва (за півріччя — 41 матеріал). До розділу про хід виконання цільових "
             "програм подано звіт про будівництво та реконструкцію загальноосвітніх шкіл за обласною "
             "програмою «Шкільний ремонт».")
     + "<p><b>Участь громадськості у формуванні політики</b></p>"
     + paras("22 жовтня 2013 року проведено громадське обговорення проекту переліку об'єктів "
             "капітального будівництва на 2014 рік, у якому взяли участь 38 представників громадських "
             "організацій, органів самоорганізації населення та ЗМІ.")
     + "<p><b>Колегія управління</b></p>"
     + paras("До складу колегії введено голову комітету з питань будівництва, архітектури та ЖКГ "
             "громадської ради Онищенка Р.В.; відповідні зміни до Положення про управління затверджено "
             "розпорядженням голови облдержадміністрації від 30.09.2013 № 402.",
             "Начальник управління                                  С.П. Кравець"))
fn = "Інформація_УКБ_відкритий_уряд.pdf"
x = office("pr_kapbud_pdf", h, "pdf")
txt = ("Добрий день!\n\nНаправляємо інформацію управління капітального будівництва (у форматі PDF).\n\n"
       "З повагою,\nВ. Остапчук\nвідділ економіки та договірної роботи\n67-31-58\n")
part = multipart("mixed", [
    multipart("alternative", [text_part(txt, "plain", "utf-8", "quoted-printable"),
                              text_part("<html><body><div>" + esc(txt).replace("\n", "<br>") + "</div></body></html>",
                                        "html", "utf-8", "quoted-printable")], "_000_kapbud_alt_7F3A_"),
    att_part(fn, x, MIME["pdf"], style="2047")], "_004_kapbud_mixed_7F3A_")
mail("pr_kapbud_pdf", "prose", build(
    addr("Остапчук Валентина", "kapbud@example.gov.ua"),
    "Інформація УКБ",
    (2013, 11, 29, 9, 5, 52, "+0200"), "7F3A1C2B9D8E4F60@kapbud.example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Content-Language: uk-UA"]),
    {"executor": "su-kapbud", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "A PDF with a text layer and headings in the office's own words; the first section covers both the website (1) and the target-programme section (2), then consultation (6) and the collegium (8).",
     "items": [{"measure": m, "source": fn} for m in (1, 2, 6, 8)]})

# --- pr_zvernennia_docx: the head's hot line, described without a number ------------------
h = ("<p align=\"center\"><b>ДОВІДКА<br>про роботу телефонної лінії голови облдержадміністрації<br>"
     "(вересень – листопад 2012 року)</b></p>"
     + paras("З 1 вересня по 30 листопада 2012 року на телефонну «гарячу лінію» голови "
             "облдержадміністрації (0-800-50-46-22, дзвінки безкоштовні) надійшло 1284 звернення, "
             "що на 17 % більше, ніж за попередній квартал. Найбільше питань стосувалося "
             "житлово-комунального господарства (412), соціального захисту (268) та земельних "
             "відносин (151).",
             "Усі звернення зареєстровано в електронній системі та направлено виконавцям; "
             "позитивно вирішено 87 % питань, решта перебуває на контролі. З жовтня дзвінки приймаються "
             "також у вихідні дні з 9:00 до 15:00, щоп'ятниці оператори передають зведення керівництву.",
             "Працівники відділу взяли участь у семінарі для працівників служб звернень, організованому "
             "22 листопада, за що висловлюємо подяку організаторам.",
             "Завідувач відділу                                     Л.М. Сердюк"))
fn = "Довідка_гаряча_лінія.docx"
x = office("pr_zvernennia_docx", h, "docx")
txt = ("Надсилаємо довідку відділу роботи із зверненнями громадян апарату ОДА для узагальнення.\n\n"
       "Сердюк Лариса\n(0462) 67-52-47\n")
part = multipart("mixed", [text_part(txt, "plain", "windows-1251", "quoted-printable"),
                           att_part(fn, x, MIME["docx"], style="2047")],
                 "----=_NextPart_000_001D_01CDD7AB.9E8F7A60", preamble="This is a multi-part message in MIME format.")
mail("pr_zvernennia_docx", "prose", build(
    addr("Сердюк Лариса", "zvernennia@example.gov.ua", "windows-1251"),
    "довідка по гарячій лінії",
    (2012, 12, 11, 14, 14, 0, "+0200"), "001d01cdd7ab$9e8f7a60$db8e6f20$@example.gov.ua", part,
    extra=[OUTLOOK_2007, "Thread-Index: Ac3Xq56PemDbjm8gSqOdF2Yx8kQfxw=="], subj_charset="windows-1251"),
    {"executor": "zvernennia", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "A docx note on the head's hot line (measure 5) with many counts and no plan number; the thanks for a seminar is a passing mention, not measure 13.",
     "items": [{"measure": 5, "source": fn}]})

# --- pr_ekolohiia_odt: odt, one paragraph covering consultation and council discussion ------
h = ("<p><b>Про виконання заходів щодо відкритості та прозорості (І півріччя 2013 р.)</b></p>"
     + paras("Веб-сайт управління екології та природних ресурсів регулярно поповнюється: оприлюднюються "
             "щоквартальні доповіді про стан довкілля, реєстр дозволів на викиди забруднюючих речовин "
             "та результати перевірок.",
             "Проект Регіональної програми охорони навколишнього природного середовища на 2013–2015 роки "
             "винесено на публічне обговорення: відбулися двоє громадських слухань, пропозиції "
             "приймалися і через сайт; члени екологічного комітету громадської ради при облдержадміністрації "
             "надали 9 пропозицій, 6 з них враховано.",
             "Голова екологічного комітету громадської ради Бондар І.М. увійшов до складу колегії управління.",
             "Громадські експертизи діяльності управління в І півріччі не проводились, звернень від "
             "інститутів громадянського суспільства щодо їх проведення не надходило."))
fn = "ekologia_info_2013_1.odt"
x = office("pr_ekolohiia_odt", h, "odt")
body = ("Добрий день,\n\nу вкладенні інформація управління екології за І півріччя.\n\n"
        "-- \nНазаренко Дмитро\nУправління екології та природних ресурсів\n(0462) 67-20-94\n")
part = multipart("mixed", [text_part(body, "plain", "UTF-8", "8bit", fmt_flowed=True),
                           att_part(fn, x, MIME["odt"])], "------------010801070102040605030809",
                 preamble="This is a multi-part message in MIME format.")
mail("pr_ekolohiia_odt", "prose", build(
    addr("Назаренко Дмитро", "ekolohiia@example.gov.ua"),
    "інформація - відкритість і прозорість",
    (2013, 6, 14, 16, 20, 38, "+0300"), "51BB1A16.8000907@example.gov.ua", part, extra=[TB17]),
    {"executor": "su-ekolohiia", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "An odt in prose without numbers; the second paragraph covers both a public consultation (6) and council members' proposals to a draft programme (9), the last states no review was held (12).",
     "items": [{"measure": m, "source": fn} for m in (1, 6, 8, 9, 12)]})

# --- pr_shchors_html: HTML-only body ---------------------------------------------------------
html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head>"
        "<meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head>"
        "<body bgcolor=\"#FFFFFF\" text=\"#000000\"><font face=\"Times New Roman\">"
        "<p>Щорська райдержадміністрація повідомляє про заходи щодо відкритості її діяльності у 2012 році.</p>"
        "<p>Офіційний сайт райдержадміністрації з вересня працює в оновленому вигляді: додано розділи "
        "«Бюджет», «Регуляторна політика», «Громадська рада», забезпечено оприлюднення проектів рішень.</p>"
        "<p>21 листопада в районному будинку культури відбувся «круглий стіл» «Влада і громада: шляхи "
        "співпраці», на якому мешканці району та громадські активісти обговорили проект районного "
        "бюджету на 2013 рік.</p>"
        "<p>За нашою пропозицією громадська рада при райдержадміністрації на засіданні 28 листопада "
        "утворила робочу групу з питань прозорості діяльності органу влади у складі чотирьох осіб.</p>"
        "<p>Проект розпорядження про затвердження правил благоустрою населених пунктів пройшов "
        "громадську антикорупційну експертизу, проведену ГО «Щорське громадське об'єднання», "
        "висловлені зауваження усунуто.</p>"
        "<p>Відділ організаційної роботи апарату РДА<br>Кириленко Н.П., (04654) 2-11-38</p>"
        "</font></body></html>\n")
part = text_part(html, "html", "UTF-8", "base64")
mail("pr_shchors_html", "prose", build(
    addr("Кириленко Ніна", "rda-shchors@example.gov.ua"),
    "Щорська РДА про відкритість",
    (2012, 12, 5, 13, 33, 20, "+0200"), "50BF3228.2040001@example.gov.ua", part, extra=[TB10]),
    {"executor": "rda-shchors", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "An HTML-only base64 body in prose: website, a round table on the draft budget, a council working group on transparency and an anti-corruption review, with no plan numbers.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 10, 12)]})

# =======================================================================================
# Class 6: foreign_numbers -- numbers that are not the plan's.
# =======================================================================================

# --- fn_sluzhba_own_list: the report's own 1. 2. 3. 4. -------------------------------------
pts = [
 "1. На сторінці служби на офіційному веб-сайті облдержадміністрації оновлено розділи «Усиновлення» "
 "та «Сімейні форми виховання», розміщено 23 інформаційні матеріали; щомісяця оприлюднюється "
 "знеособлена інформація про дітей, які можуть бути усиновлені.",
 "2. Проект обласної програми «Дитина в сім'ї» на 2013–2016 роки пройшов дві консультації з "
 "громадськістю: 16.04.2013 — «круглий стіл» з представниками 12 громадських організацій, "
 "14.05.2013 — електронне обговорення на сайті.",
 "3. Наказом служби від 12.03.2013 № 45 до складу колегії служби введено голову комітету з питань "
 "соціальної політики громадської ради при облдержадміністрації Шевчука А.П.",
 "4. Триває громадська експертиза діяльності служби, ініційована ГО «Права дитини»; за її "
 "попередніми пропозиціями вже внесено 3 зміни до порядку роботи дитячого телефону довіри.",
]
intro = ("На Ваш лист від 03.06.2013 № 02-18/987 служба у справах дітей облдержадміністрації "
         "повідомляє про виконання Плану заходів за І півріччя 2013 року:")
outro = "Начальник служби О.В. Литвиненко\nВиконавець: Гордієнко С.М., тел. (0462) 67-50-12"
txt = intro + "\n\n" + "\n".join(pts) + "\n\n" + outro + "\n"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<meta name=\"Generator\" content=\"Microsoft Word 14 (filtered medium)\"></head><body lang=\"UK\">"
        "<div class=\"WordSection1\"><p class=\"MsoNormal\">" + esc(intro) + "<o:p></o:p></p>"
        + "".join(f"<p class=\"MsoNormal\" style=\"text-indent:35.4pt\">{esc(p)}<o:p></o:p></p>" for p in pts)
        + "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">"
        + esc(outro).replace(NL, "<br>") + "<o:p></o:p></p></div></body></html>")
part = multipart("alternative", [text_part(txt, "plain", "utf-8", "quoted-printable"),
                                 text_part(html, "html", "utf-8", "quoted-printable")],
                 "_000_5D1E8C2Fsluzhbaditeiexamplegovua_")
mail("fn_sluzhba_own_list", "foreign_numbers", build(
    addr("Служба у справах дітей", "sluzhba-ditei@example.gov.ua"),
    "На лист № 02-18/987 від 03.06.2013",
    (2013, 6, 7, 10, 10, 45, "+0300"), "5D1E8C2F9A0B4B71@sluzhba-ditei.example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Content-Language: uk-UA"]),
    {"executor": "su-sluzhba-ditei", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "The letter numbers its own paragraphs 1.–4.; by content they are measures 1, 6, 8 and 12, and the letter/order numbers, dates, counts and phone are noise.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 8, 12)]})

# --- fn_horodnia_own_plan: xlsx in the district's own plan numbering 1.1, 2.3 ------------------
hrows = [
 ["1.1.", "Забезпечити наповнення офіційного веб-сайту райдержадміністрації", "У ІІ півріччі розміщено 186 матеріалів, у тому числі 39 розпоряджень голови РДА; створено підрозділ «Прозорий бюджет»."],
 ["1.2.", "Проводити консультації з громадськістю з актуальних питань", "Проведено 3 громадські обговорення: щодо оптимізації мережі ФАПів (с. Тупичів), графіка руху приміських автобусів та проекту районного бюджету на 2014 рік."],
 ["2.1.", "Включати представників громадських організацій до дорадчих органів РДА", "Представники трьох громадських організацій включені до ради з питань розвитку підприємництва та комісії з питань евакуації."],
 ["2.3.", "Залучати громадську раду до обговорення проектів розпоряджень", "Проект розпорядження «Про районну програму зайнятості населення на 2014 рік» розглянуто на засіданні громадської ради 17.10.2013, 2 пропозиції враховано."],
 ["3.2.", "Сприяти проведенню громадських антикорупційних експертиз", "Проведено 1 громадську антикорупційну експертизу (проект порядку використання коштів резервного фонду), корупціогенних чинників не виявлено."],
]
h = ("<p><b>Інформація про виконання районного плану заходів щодо відкритості та прозорості "
     "(ІІ півріччя 2013 року)</b></p>"
     + table_html(["№ з/п районного плану", "Захід районного плану", "Виконання"], hrows))
fn = "Городня_звіт_грудень2013.xlsx"
x = office("fn_horodnia_own_plan", h, "xlsx")
body = ("Відповідно до районного плану заходів щодо відкритості (розпорядження голови РДА від "
        "25.10.2012 № 341), розробленого на виконання обласного плану, надаємо інформацію за "
        "ІІ півріччя 2013 р.\n\n"
        "Городнянська РДА, сектор з питань внутрішньої політики\nЗаїка Світлана, (04645) 2-17-33\n")
part = multipart("mixed", [text_part(body, "plain", "windows-1251", "quoted-printable"),
                           att_part(fn, x, MIME["xlsx"], style="2047")],
                 "----=_NextPart_000_0003_01CEF58A.1D2E3F40", preamble="This is a multi-part message in MIME format.")
mail("fn_horodnia_own_plan", "foreign_numbers", build(
    addr("Заїка Світлана", "rda-horodnia@example.gov.ua", "windows-1251"),
    "Городнянська РДА - інформація по плану",
    (2013, 12, 10, 11, 5, 13, "+0200"), "000301cef58a$1d2e3f40$57b8bdc0$@example.gov.ua", part,
    extra=[OUTLOOK_2007, "Thread-Index: Ac71ih0uP0BXuL3AQp2s8d7v2Kz1cQ=="], subj_charset="windows-1251"),
    {"executor": "rda-horodnia", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "An xlsx numbered by the district's own plan (1.1., 1.2., 2.1., 2.3., 3.2.); by content the rows are measures 1, 6, 7, 9 and 12.",
     "items": [{"measure": m, "source": fn} for m in (1, 6, 7, 9, 12)]})

# --- fn_kozelets_subitems: plan numbers with sub-items and an order's point number -----------
body = ("Козелецька райдержадміністрація на виконання плану заходів повідомляє.\n\n"
        "п. 1. На веб-сайті РДА: 1) створено розділ «Громадська рада»; 2) щотижня оновлюється "
        "стрічка новин; 3) оприлюднено 47 розпоряджень голови РДА.\n\n"
        "п. 6. Відповідно до п. 3 розпорядження голови РДА від 14.05.2013 № 234 «Про орієнтовний "
        "план консультацій з громадськістю на 2013 рік» проведено: а) громадське обговорення проекту "
        "програми розвитку туризму (м. Остер, 17.04.2013, 45 учасників); б) зустріч з головами ОСББ "
        "смт Козелець (24.05.2013).\n\n"
        "п. 9. Члени громадської ради (8 осіб) брали участь в обговоренні 2 проектів розпоряджень, "
        "4 їхні пропозиції враховано.\n\n"
        "Тел. для довідок 2-11-05, Гнатюк Л.В.\n")
part = text_part(body, "plain", "windows-1251", "quoted-printable")
mail("fn_kozelets_subitems", "foreign_numbers", build(
    addr("Гнатюк Людмила", "rda-kozelets@example.gov.ua", "windows-1251"),
    "Інформація Козелецької РДА",
    (2013, 5, 31, 9, 40, 2, "+0300"), "1871203344.20130531094002@example.gov.ua", part,
    extra=[THEBAT], subj_charset="windows-1251"),
    {"executor": "rda-kozelets", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "Plan points 1, 6 and 9 with sub-items 1) 2) 3) and а) б), plus 'п. 3 розпорядження ... № 234', counts and dates that are not plan measures.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 9)]})

# --- fn_simia_docx: roman sections, order numbers, counts 13 and 16 --------------------------
h = ("<p align=\"center\"><b>Інформація управління у справах сім'ї, молоді та спорту облдержадміністрації "
     "про виконання Плану заходів з підвищення рівня відкритості та прозорості (ІІ півріччя 2013 року)</b></p>"
     + paras("На виконання доручення заступника голови облдержадміністрації від 20.11.2013 № 01-15/2345 "
             "повідомляємо таке.")
     + "<p><b>I. Інформаційна відкритість (пункт 1 плану)</b></p>"
     + paras("Сторінка управління на офіційному сайті ОДА доповнена розділами «Молодіжні програми» та "
             "«Спортивний календар»; у соціальній мережі створено офіційну групу управління (1 340 учасників).")
     + "<p><b>II. Консультації з громадськістю (пункт 6 плану)</b></p>"
     + paras("Відповідно до п. 2 наказу управління від 05.09.2013 № 112 проведено 3 консультації: "
             "з молодіжними організаціями щодо проекту Програми підтримки сім'ї та молоді на 2014–2016 роки, "
             "форум «Молодь Чернігівщини» (13 громадських організацій) та опитування учнівської молоді.")
     + "<p><b>III. Участь громадськості у роботі дорадчих органів (пункти 7, 9 плану)</b></p>"
     + paras("До складу обласної ради з питань молодіжної політики включено 16 представників громадських "
             "організацій, з них 4 члени громадської ради при облдержадміністрації; ці члени громадської "
             "ради 16 жовтня обговорили проект Програми підтримки сім'ї та молоді і внесли 5 пропозицій.",
             "Начальник управління                                   Ю.О. Кравченко"))
fn = "Інформація_УСМС_Відкритий_уряд.docx"
x = office("fn_simia_docx", h, "docx")
txt = "Доброго дня! Інформація УСМС у вкладенні.\n\nЗ повагою, Павленко Ольга, 67-60-15\n"
part = multipart("mixed", [
    multipart("alternative", [text_part(txt, "plain", "utf-8", "quoted-printable"),
                              text_part("<html><body><p>" + esc(txt).replace("\n", "<br>") + "</p></body></html>",
                                        "html", "utf-8", "quoted-printable")], "_000_simia_alt_C4E1_"),
    att_part(fn, x, MIME["docx"], style="2047")], "_004_simia_mixed_C4E1_")
mail("fn_simia_docx", "foreign_numbers", build(
    addr("Павленко Ольга", "simia@example.gov.ua"),
    "Відкритий уряд - УСМС",
    (2013, 12, 13, 15, 55, 30, "+0200"), "C4E1B2A39F8D4E25@simia.example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Content-Language: uk-UA"]),
    {"executor": "su-simia", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "A docx in sections I–III naming plan points 1, 6 and '7, 9' in brackets, among an instruction number, 'п. 2 наказу ... № 112', 13 organisations and 16 representatives.",
     "items": [{"measure": m, "source": fn} for m in (1, 6, 7, 9)]})

# --- fn_sosnytsia_table: own '№ з/п' column beside the plan-point column --------------------
srows = [("1", "6", "Проведено громадське обговорення проекту Програми соціально-економічного розвитку району на 2013 рік (30.11.2012, 54 учасники) та опитування підприємців щодо ставок місцевих податків."),
         ("2", "7, 9", "Члени громадської ради при РДА увійшли до складу районної ради з питань підприємництва; громадська рада розглянула проекти розпоряджень про районний бюджет і про програму «Сосниччина туристична»."),
         ("3", "12", "Громадська антикорупційна експертиза проекту розпорядження щодо порядку проведення конкурсів на перевезення пасажирів проведена ГО «Сосницька ініціатива»."),
         ("4", "1", "Сайт РДА приведено у відповідність до вимог законодавства: розміщено плани діяльності з підготовки регуляторних актів, контакти відповідальних за доступ до публічної інформації.")]
trs = "".join("<tr><td valign=top><p class=MsoNormal align=center>" + a + "</p></td><td valign=top><p class=MsoNormal align=center>"
              + b + "</p></td><td valign=top><p class=MsoNormal>" + esc(c) + "</p></td></tr>\n" for a, b, c in srows)
html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
        "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"></head><body lang=UK>"
        "<div class=Section1><p class=MsoNormal>Сосницька райдержадміністрація надає інформацію про "
        "виконання Плану заходів (вих. № 02-10/1532 від 11.12.2012).</p><p class=MsoNormal>&nbsp;</p>"
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
        "<tr><td><p class=MsoNormal><b>№ з/п</b></p></td><td><p class=MsoNormal><b>№ пункту Плану</b></p></td>"
        "<td><p class=MsoNormal><b>Стан виконання</b></p></td></tr>\n" + trs + "</table>"
        "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Керівник апарату РДА В.М. Сидоренко</p>"
        "<p class=MsoNormal><span style='font-size:9.0pt'>Марченко 2-16-09</span></p></div></body></html>")
plain = ("Сосницька райдержадміністрація надає інформацію про виконання Плану заходів "
         "(вих. № 02-10/1532 від 11.12.2012).\n\n№ з/п\t№ пункту Плану\tСтан виконання\n"
         + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in srows)
         + "\nКерівник апарату РДА В.М. Сидоренко\nМарченко 2-16-09\n")
part = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                 text_part(html, "html", "windows-1251", "quoted-printable")],
                 "----=_NextPart_000_0021_01CDD781.2B3C4D50")
mail("fn_sosnytsia_table", "foreign_numbers", build(
    addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "windows-1251"),
    "вих. 02-10/1532 Сосницька РДА",
    (2012, 12, 11, 10, 25, 17, "+0200"), "002101cdd781$2b3c4d50$8110b3c0$@example.gov.ua", part,
    extra=[OUTLOOK_2007, "Thread-Index: Ac3XgSs8TVCBELPAT5GY5Wq7nZ8d2w=="], subj_charset="windows-1251"),
    {"executor": "rda-sosnytsia", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "An HTML table whose first column is the letter's own running number 1–4 and the second the plan point (6; 7, 9; 12; 1), so the own numbers 2, 3, 4 must not be read as measures.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 12)]})

# =======================================================================================
# Class 7: personal_address -- sender not in plan.toml; the office only in the signature.
# =======================================================================================

# --- pa_varva_ukrnet ------------------------------------------------------------------------
txt = ("Шановні колеги з управління внутрішньої політики!\n\n"
       "Надсилаю інформацію за І півріччя 2013 року.\n\n"
       "п.1 - сайт оновлено, створено сторінку громадської ради, розміщено 63 розпорядження голови "
       "та 115 новин;\n"
       "п.6 - проведено громадські слухання з питань реформування ЖКГ (смт Варва, 21.03.2013) і "
       "обговорення проекту програми «Шкільний автобус» (10.05.2013);\n"
       "п.7 - двоє членів громадської ради введені до складу комісії з питань надзвичайних ситуацій;\n"
       "п.9 - проект програми «Шкільний автобус» розглянуто на засіданні громадської ради;\n"
       "п.10 - рекомендацію утворити робочу групу з питань відкритості громадська рада виконала, "
       "група працює з квітня;\n"
       "п.12 - пропозицій щодо громадських експертиз від громадських організацій не надходило, "
       "експертизи не проводились.\n\n"
       "Пишу з особистої скриньки, бо службова пошта не працює.\n\n"
       "З повагою, Кравченко Тетяна Миколаївна,\nголовний спеціаліст відділу інформаційної діяльності "
       "та комунікацій з громадськістю апарату Варвинської райдержадміністрації\nтел. (04636) 2-14-31\n")
html = ("<div>" + "</div><div>".join(esc(l) if l else "<br>" for l in txt.strip().split("\n")) + "</div>")
part = multipart("alternative", [text_part(txt, "plain", "windows-1251", "base64"),
                                 text_part(html, "html", "windows-1251", "base64")],
                 "1371042122.1E5d0.30741")
mail("pa_varva_ukrnet", "personal_address", build(
    addr("Тетяна Кравченко", "kravchenko.tetiana75@ukr.net", "windows-1251"),
    "звіт за І півріччя",
    (2013, 6, 12, 16, 2, 2, "+0300"), "1371042122.171835.30741@frv43.ukr.net", part,
    extra=["X-Mailer: FREEMAIL", "X-Originating-Ip: [91.200.40.17]"], subj_charset="windows-1251",
    received_from="frv43.ukr.net (frv43.ukr.net [212.42.77.43])"),
    {"executor": "rda-varva", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "From a private ukr.net address; the greeting names УВП and the district is named only in the signature ('апарату Варвинської райдержадміністрації').",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 10, 12)]})

# --- pa_mistobud_gmail ----------------------------------------------------------------------
txt = ("Добрий вечір, шановні колеги з УВП!\n\n"
       "Вибачте, що з особистої пошти - надсилаю інформацію по нашому управлінню.\n\n"
       "1 - на сторінці управління на сайті ОДА розміщено схеми планування територій районів та "
       "генеральні плани 9 населених пунктів, оновлено перелік адміністративних послуг;\n"
       "2 - для рубрики «Хід виконання цільових програм» передано звіт про виконання програми "
       "розроблення містобудівної документації за 9 місяців 2012 р.;\n"
       "6 - громадські слухання щодо проектів генпланів смт Козелець та смт Ічня "
       "(жовтень-листопад), у слуханнях взяли участь 170 мешканців;\n"
       "9 - члени громадської ради долучені до розгляду проекту обласної програми забезпечення "
       "містобудівною документацією на 2013-2015 рр.\n\n"
       "-- \nМарчук Олена\nпровідний спеціаліст відділу містобудівного кадастру\n"
       "управління містобудування та архітектури облдержадміністрації\n")
html = ("<div dir=\"ltr\">" + "<br>".join(esc(l) for l in txt.split("\n")[:-1]) + "</div>\n")
part = multipart("alternative", [text_part(txt, "plain", "UTF-8", "quoted-printable"),
                                 text_part(html, "html", "UTF-8", "quoted-printable")],
                 "047d7b6d8a4e12d0a404d031b5e7")
mail("pa_mistobud_gmail", "personal_address", build(
    addr("Олена Марчук", "o.marchuk.arch@gmail.com", "UTF-8"),
    "інформація по плану (містобудування)",
    (2012, 12, 6, 17, 44, 9, "+0200"), "CAJ8mQz1H5xk2Lr7bY+4Qe9v0Fz3wV7pN2sT@mail.gmail.com", part,
    received_from="mail-wg0-f44.google.com (mail-wg0-f44.google.com [74.125.82.44])",
    subj_charset="UTF-8"),
    {"executor": "su-mistobuduvannia", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "Gmail from a personal address; the unit is named only in the signature ('управління містобудування та архітектури облдержадміністрації') under a greeting to УВП.",
     "items": [{"measure": m, "source": "body"} for m in (1, 2, 6, 9)]})

# --- pa_korop_iua: i.ua, the report in a docx that does not name the office ----------------
h = ("<p><b>Інформація про виконання Плану заходів (Партнерство «Відкритий уряд») за ІІ півріччя 2013 року</b></p>"
     + paras("п. 1. Офіційний веб-сайт районної державної адміністрації оновлюється щодня; у розділі "
             "«Доступ до публічної інформації» оприлюднено систему обліку документів, розміщено "
             "звіти про розгляд запитів.",
             "п. 6. Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного "
             "бюджету на 2014 рік, зустріч із жителями с. Жовтневе з питань водопостачання та "
             "електронне опитування щодо роботи ЦНАП.",
             "п. 7. Представники ГО «Коропщина молода» та районної організації ветеранів включені до "
             "складу координаційної ради з питань національно-патріотичного виховання.",
             "п. 12. Антикорупційна експертиза проекту розпорядження про порядок надання "
             "матеріальної допомоги проведена громадською радою; висновок оприлюднено на сайті."))
fn = "Інформація.docx"
x = office("pa_korop_iua", h, "docx")
txt = ("Доброго дня!\n\nНадсилаю інформацію по плану заходів Відкритий уряд за ІІ півріччя.\n\n"
       "Петренко Валентина,\nсектор з питань внутрішньої політики, масових комунікацій та зв'язків з "
       "громадськістю Коропської райдержадміністрації\n")
part = multipart("mixed", [text_part(txt, "plain", "windows-1251", "8bit"),
                           att_part(fn, x, MIME["docx"], style="2047", charset="windows-1251")],
                 "--iua-5a1c7f0e2b4d93")
mail("pa_korop_iua", "personal_address", build(
    addr("Валентина Петренко", "korop.sektor@i.ua", "windows-1251"),
    "відкритий уряд",
    (2013, 12, 3, 10, 20, 27, "+0200"), "1386058827.77a1c2ef.4412@mbox.i.ua", part,
    extra=["X-Mailer: I.UA Mail"], subj_charset="windows-1251",
    received_from="mbox.i.ua (mbox.i.ua [91.198.36.14])"),
    {"executor": "rda-korop", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "Sent from i.ua; the docx report does not name the office, which appears only in the genitive in the body's signature ('Коропської райдержадміністрації').",
     "items": [{"measure": m, "source": fn} for m in (1, 6, 7, 12)]})

# --- pa_nosivka_meta: meta.ua, koi8-u, official letter addressed to УВП -------------------
txt = ("Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю "
       "облдержадміністрації Ковалю О.М.\n\n"
       "На Ваш лист від 05.11.2012 N 01-12/1780 повідомляємо.\n\n"
       "Веб-сайт приведено у відповідність до вимог законодавства: створено розділи \"Доступ до "
       "публічної інформації\" та \"Громадське обговорення\" (п. 1).\n"
       "Проведено публічні консультації з громадськістю щодо проекту програми соціально-економічного "
       "розвитку на 2013 рік, 14 листопада, 61 учасник (п. 6).\n"
       "Члени громадської ради залучались до обговорення проекту розпорядження \"Про заходи щодо "
       "підготовки до зими\" (п. 9).\n"
       "Громадській раді направлено рекомендацію створити комісію з питань відкритості та прозорості "
       "(п. 10).\n\n"
       "Заступник голови Носівської райдержадміністрації Г.П. Литвин\n"
       "викон. Бойко С.І., тел. (04642) 2-13-64\n")
part = text_part(txt, "plain", "koi8-u", "8bit")
mail("pa_nosivka_meta", "personal_address", build(
    addr("Бойко Світлана", "boyko_si@meta.ua", "koi8-u"),
    "На Ваш лист N 01-12/1780",
    (2012, 11, 30, 11, 11, 48, "+0200"), "50b8780c.6d1e.meta.ua@webmail2", part,
    extra=["X-Mailer: META.UA WebMail"], subj_charset="koi8-u",
    received_from="webmail2.meta.ua (webmail2.meta.ua [194.0.131.20])"),
    {"executor": "rda-nosivka", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "koi8-u 8bit letter from meta.ua, addressed to the head of УВП in the letter header; the office is named only as 'Носівської райдержадміністрації' in the signature.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 9, 10)]})

# --- pa_chernihiv_rda_gmail: 'Чернігівської райдержадміністрації' vs the oblast -------------
txt = ("Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю "
       "Чернігівської облдержадміністрації!\n\n"
       "Інформуємо про виконання плану заходів за друге півріччя.\n\n"
       "п. 1. На сайті РДА створено розділ «Відкритий уряд», оприлюднено звіти про використання "
       "коштів районного бюджету за 9 місяців.\n"
       "п. 6. Проведено громадські обговорення щодо розміщення сміттєзвалища поблизу с. Киїнка "
       "(12.09.2013) і щодо проекту районного бюджету на 2014 рік (21.11.2013).\n"
       "п. 7. До складу районної комісії з питань безпечної життєдіяльності включено голову "
       "громадської ради при РДА.\n"
       "п. 9. Члени громадської ради внесли 6 пропозицій до проекту програми розвитку сільського "
       "зеленого туризму (с. Довжик).\n"
       "п. 12. Громадська антикорупційна експертиза проекту розпорядження про порядок оренди майна "
       "не виявила корупціогенних чинників.\n\n"
       "Вибачте за пізній лист з особистої пошти.\n\n"
       "Савчук Іванна\nспеціаліст І категорії відділу інформаційної діяльності та комунікацій з "
       "громадськістю Чернігівської райдержадміністрації\n")
html = ("<div dir=\"ltr\">" + "<br>".join(esc(l) for l in txt.split("\n")[:-1]) + "</div>\n")
part = multipart("alternative", [text_part(txt, "plain", "UTF-8", "base64"),
                                 text_part(html, "html", "UTF-8", "quoted-printable")],
                 "001a11c24c2e8d5bb904ed5bd5f2")
mail("pa_chernihiv_rda_gmail", "personal_address", build(
    addr("Іванна Савчук", "ivanna.savchuk.83@gmail.com", "UTF-8"),
    "інформація - відкритий уряд ІІ півріччя",
    (2013, 12, 12, 20, 15, 44, "+0200"), "CAKx7Lp2Rq4+Mz9wT1nD5hF0oYv3Ge8uBa6c@mail.gmail.com", part,
    received_from="mail-ee0-f47.google.com (mail-ee0-f47.google.com [74.125.83.47])", subj_charset="UTF-8"),
    {"executor": "rda-chernihiv", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "Gmail from a personal address; the greeting names УВП of the Chernihiv *oblast* administration while the sender is the Chernihiv *district* administration, named in the signature.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 12)]})

# =======================================================================================
# Class 8: mixed
# =======================================================================================

# --- mx_bakhmach_secretary_fwd: secretary's inline forward (Outlook 2003) -----------------
body = ("Добрий день.\n"
        "Пересилаємо інформацію сектору з питань внутрішньої політики Бахмацької РДА (у них не "
        "працює пошта).\n\n"
        "Загальний відділ апарату РДА, секретар Оніщенко Л.\n\n"
        "-----Original Message-----\n"
        "From: Сектор ВП [mailto:bakhmach.vp@ukr.net] \n"
        "Sent: Thursday, December 13, 2012 11:48 AM\n"
        "To: rda-bakhmach@example.gov.ua\n"
        "Subject: звіт відкритий уряд для УВП\n\n"
        "Людмило, перешліть, будь ласка, на uvp@cg.ukrtel.net.\n\n"
        "Інформація про виконання плану заходів (Бахмацька РДА, 2012 рік):\n"
        "п.1 – на сайті РДА створено рубрики «Громадська рада» та «Консультації з громадськістю», "
        "розміщено 94 розпорядження голови;\n"
        "п.6 – проведено 4 консультації, у т.ч. громадське обговорення проекту програми "
        "розвитку фізкультури і спорту (Бахмач, 08.11.2012);\n"
        "п.7 – представники Спілки ветеранів Афганістану та ГО «Жінки Бахмаччини» включені до "
        "складу ради з питань соціального захисту;\n"
        "п.9 – громадська рада погодила проект районної програми «Молодь Бахмаччини» на 2013 рік;\n"
        "п.12 – антикорупційна експертиза проекту розпорядження про Положення про конкурсний відбір "
        "суб'єктів оціночної діяльності проведена ГО «Бахмацька правова ініціатива», зауважень немає.\n\n"
        "Бойчук А., сектор ВП\n")
part = text_part(body, "plain", "windows-1251", "quoted-printable")
mail("mx_bakhmach_secretary_fwd", "mixed", build(
    addr("Загальний відділ", "rda-bakhmach@example.gov.ua", "windows-1251", "Q"),
    "FW: звіт відкритий уряд для УВП",
    (2012, 12, 13, 12, 30, 55, "+0200"), "000e01cdd925$7c3a5d60$74aff820$@example.gov.ua", part,
    extra=[OUTLOOK_2003, "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6109",
           "Thread-Index: Ac3ZJTxfI2XjDx6ETUC2Qy9f4FBH5A=="], subj_charset="windows-1251", subj_mode="Q"),
    {"executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report", "reason": None,
     "note": "A secretary's inline Outlook forward of the sector's mail from a ukr.net address; the forwarded text is the office's own report (not a quote of earlier correspondence).",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 12)]})

# --- mx_ns_rfc822_cover_pdf: message/rfc822 forward with a covering PDF and a docx report -----
cover = ("<p>НОВГОРОД-СІВЕРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</p>"
         "<p>11.06.2013 № 01-21/1127</p>"
         "<p align=\"right\">Управління з питань внутрішньої політики<br>та зв'язків з громадськістю<br>облдержадміністрації</p>"
         + paras("Про надання інформації",
                 "На виконання розпорядження голови облдержадміністрації від 10.09.2012 щодо плану заходів "
                 "у рамках Ініціативи «Партнерство «Відкритий уряд» направляємо інформацію райдержадміністрації "
                 "про хід його виконання за І півріччя 2013 року.",
                 "Додаток: на 2 арк. в 1 прим.",
                 "Голова райдержадміністрації                                   О.В. Бондаренко"))
fn_cover = "Супровідний_лист_1127.pdf"
x_cover = office("mx_ns_cover", cover, "pdf")
rep = ("<p align=\"center\"><b>Інформація про виконання Плану заходів з підвищення рівня відкритості "
       "та прозорості діяльності виконавчої влади (І півріччя 2013 року)</b></p>"
       + table_html(["Пункт плану", "Виконання"], [
        ["1", "На офіційному сайті РДА започатковано рубрику «Питання – відповідь», розміщено 28 відповідей на запити громадян, оновлено контактні дані всіх відділів."],
        ["6", "Консультації з громадськістю проведено щодо проекту програми розвитку туризму «Сіверський край» (16.04.2013) та щодо реорганізації районної лікарні (22.05.2013)."],
        ["7", "Члени громадської ради входять до складу 5 дорадчих органів РДА, у т.ч. ради з питань охорони культурної спадщини."],
        ["9", "Проект розпорядження про районну програму «Сіверський край» схвалено громадською радою з доповненнями."],
        ["10", "Громадська рада утворила робочу групу з питань відкритості діяльності РДА (протокол від 28.03.2013)."],
        ["12", "Проведено громадську експертизу роботи відділу освіти РДА щодо підвезення учнів; 3 рекомендації виконано."]]))
fn_rep = "Звіт_НС_РДА_ВУ.docx"
x_rep = office("mx_ns_report", rep, "docx")
inner = build(
    addr("Оргвідділ НС РДА", "rda-novhorod-siverskyi@example.gov.ua"),
    "Інформація Новгород-Сіверської РДА (Відкритий уряд)",
    (2013, 6, 11, 15, 2, 40, "+0300"), "51B710A8.3090207@example.gov.ua",
    multipart("mixed", [
        text_part("Доброго дня! Направляємо супровідний лист та інформацію про виконання плану заходів.\n\n"
                  "Відділ організаційної роботи апарату РДА\n(04658) 2-14-12\n", "plain", "UTF-8", "8bit", fmt_flowed=True),
        att_part(fn_cover, x_cover, MIME["pdf"], style="tb"),
        att_part(fn_rep, x_rep, MIME["docx"], style="tb")], "------------060502090807000604030201",
        preamble="This is a multi-part message in MIME format."),
    to="uvp@cg.ukrtel.net.ua", extra=[TB17], received=False)
outer_txt = ("Доброго дня!\n\nПересилаю наш лист від 11.06 з інформацією та супровідним листом — він "
             "повернувся з помилкою доставки (адресу було набрано неправильно).\n\n"
             "-- \nВідділ організаційної роботи апарату РДА\n(04658) 2-14-12\n")
part = multipart("mixed", [text_part(outer_txt, "plain", "UTF-8", "8bit", fmt_flowed=True),
                           rfc822_part(inner, "Informatsiia_NS_RDA.eml")],
                 "------------000102030405060708090A0B", preamble="This is a multi-part message in MIME format.")
mail("mx_ns_rfc822_cover_pdf", "mixed", build(
    addr("Оргвідділ НС РДА", "rda-novhorod-siverskyi@example.gov.ua"),
    "Fwd: Інформація Новгород-Сіверської РДА (Відкритий уряд)",
    (2013, 6, 14, 10, 0, 19, "+0300"), "51BABF43.1000304@example.gov.ua", part, extra=[TB17]),
    {"executor": "rda-novhorod-siverskyi", "period": 2, "late": False, "kind": "report", "reason": None,
     "note": "A forward as message/rfc822 of an undelivered mail that carries a covering-letter PDF (no measures) and the real report docx; items come from the nested docx.",
     "items": [{"measure": m, "source": fn_rep} for m in (1, 6, 7, 9, 10, 12)]})

# --- mx_ripky_koi8u_as_koi8r: The Bat!, koi8-u bytes labelled koi8-r -------------------------
def ew_label(text, real, label):
    raw = text.encode(real)
    return f"=?{label}?B?{base64.b64encode(raw).decode()}?="

body = ("Добрий день!\n\n"
        "Ріпкинська райдержадміністрація інформує про виконання плану заходів у ІІ півріччі 2013 року.\n\n"
        "п.1. Сайт РДА переведено на новий хостинг, відкрито розділ \"Звіти посадових осіб\", "
        "забезпечено публікацію проектів розпоряджень для обговорення.\n"
        "п.6. Громадські слухання щодо проекту районного бюджету на 2014 рік - 28.11.2013, смт Ріпки; "
        "консультації з підприємцями щодо місцевих зборів - 15.10.2013.\n"
        "п.7. Голова громадської ради Ігнатенко П.С. увійшов до складу районної комісії з питань "
        "ТЕБ і НС, ще двоє членів ради - до координаційної ради з питань АПК.\n"
        "п.9. Громадська рада розглянула проект програми підтримки ОСББ і надала 3 пропозиції.\n"
        "п.10. Громадській раді повторно рекомендовано утворити комісію з питань відкритості і "
        "прозорості; питання винесено на засідання 19.12.2013.\n"
        "п.12. Громадських експертиз у звітному періоді не проводилось.\n\n"
        "--\nЗ повагою,\n Єременко Ганна Іванівна\n відділ інформаційної діяльності та комунікацій з громадськістю\n"
        " mailto:rda-ripky@example.gov.ua\n")
data = body.encode("koi8-u")
part = (b'Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n' + data)
hdr_from = ew_label("Єременко Ганна", "koi8-u", "koi8-r") + " <rda-ripky@example.gov.ua>"
raw = build(hdr_from, "x", (2013, 12, 2, 9, 5, 31, "+0200"), "1102938475.20131202090531@example.gov.ua",
            part, extra=[THEBAT, "X-Priority: 3 (Normal)"])
raw = raw.replace(b"Subject: x\n", ("Subject: " + ew_label("Інформація Ріпкинської РДА (відкритий уряд)", "koi8-u", "koi8-r") + "\n").encode("ascii"))
mail("mx_ripky_koi8u_as_koi8r", "mixed", raw,
    {"executor": "rda-ripky", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "The Bat! mail whose body and headers are koi8-u bytes labelled koi8-r, so і/ї/є decode wrongly unless the charset is corrected; point 12 says no review was held (an answer).",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 10, 12)]})

# --- mx_sribne_wordhtml_late: Outlook 2010 Word-HTML table, sent two days late --------------
rws = [("1", "Офіційний веб-сайт", "Сайт РДА оновлено, додано розділ «Прозорий бюджет», де щомісяця публікується звіт про виконання районного бюджету."),
       ("6", "Консультації з громадськістю", "Відбулися громадські слухання про реорганізацію Срібнянської ЦРЛ (04.04.2013) та зустріч з фермерами з питань оренди земель (29.05.2013)."),
       ("7", "ДКО", "Представник районної організації Товариства Червоного Хреста включений до складу санітарно-протиепідемічної комісії."),
       ("9", "Обговорення проектів", "Громадська рада розглянула проект розпорядження про районну програму «Здоров'я» на 2013–2015 роки."),
       ("10", "Комісія з питань відкритості", "Робоча група громадської ради з питань відкритості провела 2 засідання, підготувала пропозиції щодо наповнення сайту."),
       ("12", "Громадські експертизи", "ГО «Срібнянщина» провела громадську експертизу діяльності відділу соціального захисту; пропозиції розглянуто на нараді.")]
trs = "".join(
    "<tr><td width=57 valign=top style='width:42.5pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'>"
    f"<p class=MsoNormal align=center style='text-align:center'><span lang=UK>{a}<o:p></o:p></span></p></td>"
    "<td width=170 valign=top style='width:127.6pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
    f"<p class=MsoNormal><span lang=UK>{esc(b)}<o:p></o:p></span></p></td>"
    "<td width=411 valign=top style='width:308.15pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
    f"<p class=MsoNormal><span lang=UK>{esc(c)}<o:p></o:p></span></p></td></tr>\n" for a, b, c in rws)
intro = ("Перепрошуємо за запізнення — інформацію Срібнянської РДА надсилаємо після повернення "
         "відповідального працівника з відпустки.")
html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
        "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"><style><!--\n"
        "/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",\"sans-serif\";}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style><!--[if gte mso 9]><xml>\n"
        "<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]--></head>"
        "<body lang=RU link=blue vlink=purple><div class=WordSection1>"
        f"<p class=MsoNormal><span lang=UK>{esc(intro)}<o:p></o:p></span></p><p class=MsoNormal><span lang=UK><o:p>&nbsp;</o:p></span></p>"
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
        "<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b><span lang=UK>№ пункту плану<o:p></o:p></span></b></p></td>"
        "<td style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal><b><span lang=UK>Захід<o:p></o:p></span></b></p></td>"
        "<td style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal><b><span lang=UK>Виконання<o:p></o:p></span></b></p></td></tr>\n"
        + trs + "</table><p class=MsoNormal><span lang=UK><o:p>&nbsp;</o:p></span></p>"
        "<p class=MsoNormal><span lang=UK>З повагою,<o:p></o:p></span></p>"
        "<p class=MsoNormal><span lang=UK>Литвин Оксана Петрівна<o:p></o:p></span></p>"
        "<p class=MsoNormal><span lang=UK>сектор організаційної роботи апарату РДА, (04639) 2-11-85<o:p></o:p></span></p>"
        "</div></body></html>")
plain = (intro + "\n\n№ пункту плану\n\nЗахід\n\nВиконання\n\n"
         + "".join(f"{a}\n\n{b}\n\n{c}\n\n" for a, b, c in rws)
         + "З повагою,\nЛитвин Оксана Петрівна\nсектор організаційної роботи апарату РДА, (04639) 2-11-85\n")
part = multipart("alternative", [text_part(plain, "plain", "windows-1251", "quoted-printable"),
                                 text_part(html, "html", "windows-1251", "quoted-printable")],
                 "_000_001b01ce6b2a4c5d6e70a1b2c3d4sribne_")
mail("mx_sribne_wordhtml_late", "mixed", build(
    addr("Литвин Оксана", "rda-sribne@example.gov.ua"),
    "Срібнянська РДА - виконання плану заходів (із запізненням)",
    (2013, 6, 17, 9, 20, 48, "+0300"), "001b01ce6b2a$4c5d6e70$a1b2c3d4$@example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Thread-Index: Ac5rKkxdbnChssPUS2m8f1WZ8nqD9A==", "Content-Language: uk"]),
    {"executor": "rda-sribne", "period": 2, "late": True, "kind": "report", "reason": None,
     "note": "Outlook 2010 Word-HTML table (with a plain rendering) sent on 17 June, two days after the 15 June deadline: period 2, late.",
     "items": [{"measure": m, "source": "body"} for m in (1, 6, 7, 9, 10, 12)]})

# --- mx_kultura_correction_logo: correction of one measure, multipart/related inline logo ----
corr = ("Шановні колеги!\n\n"
        "У інформації управління культури і туризму, надісланій 09.12.2013, у пункті 9 помилково "
        "зазначено назву програми та дату засідання. Просимо читати його в такій редакції:\n\n"
        "«9. Члени громадської ради при облдержадміністрації взяли участь в обговоренні проекту "
        "Програми розвитку культури і туризму на 2014–2016 роки на розширеному засіданні комітету з "
        "гуманітарних питань 21.11.2013; за результатами до проекту внесено 8 пропозицій».\n\n"
        "Решта інформації залишається без змін.\n\n"
        "З повагою,\nПриходько Галина\nуправління культури і туризму облдержадміністрації\n67-53-30\n")
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<meta name=\"Generator\" content=\"Microsoft Word 14 (filtered medium)\"></head><body lang=\"UK\">"
        "<div class=\"WordSection1\">"
        "<p class=\"MsoNormal\"><img width=\"48\" height=\"48\" id=\"Picture_x0020_1\" src=\"cid:image001.png@01CEF72A.5B3C2D10\" alt=\"logo\"></p>"
        + "".join(f"<p class=\"MsoNormal\">{esc(p).replace(NL, '<br>')}<o:p></o:p></p>" for p in corr.strip().split("\n\n"))
        + "</div></body></html>")
png = tiny_png()
img = (b'Content-Type: image/png;\n name="image001.png"\nContent-Description: image001.png\n'
       b'Content-Disposition: inline; filename="image001.png"; size=' + str(len(png)).encode() + b'\n'
       b'Content-ID: <image001.png@01CEF72A.5B3C2D10>\nContent-Transfer-Encoding: base64\n\n' + b64body(png))
part = multipart("related", [
    multipart("alternative", [text_part(corr, "plain", "utf-8", "quoted-printable"),
                              text_part(html, "html", "utf-8", "quoted-printable")], "_000_kultura_alt_9E2D_"),
    img], "_005_kultura_rel_9E2D_", extra_params=' type="multipart/alternative";')
mail("mx_kultura_correction_logo", "mixed", build(
    addr("Приходько Галина", "kultura@example.gov.ua"),
    "Уточнення до інформації від 09.12.2013",
    (2013, 12, 12, 11, 45, 3, "+0200"), "9E2D7A1B3C4F5061@kultura.example.gov.ua", part,
    extra=[OUTLOOK_2010_UK, "Content-Language: uk-UA"]),
    {"executor": "su-kultura", "period": 3, "late": False, "kind": "report", "reason": None,
     "note": "multipart/related HTML with an inline logo that corrects only point 9 of an earlier report; 'the rest is unchanged' reports nothing else.",
     "items": [{"measure": 9, "source": "body"}]})

# =======================================================================================
# Write everything and check it
# =======================================================================================
def check_key(name, key, atts):
    assert set(key) == {"class", "executor", "period", "late", "kind", "reason", "note", "items"}, name
    assert key["period"] in (1, 2, 3), name
    assert key["kind"] in ("report", "not_report"), name
    if key["kind"] == "not_report":
        assert key["items"] == [] and key["reason"] in REASONS, name
    else:
        assert key["items"] and key["reason"] is None, name
    seen = set()
    for it in key["items"]:
        assert 1 <= it["measure"] <= 16, name
        assert (it["source"], it["measure"]) not in seen, name
        seen.add((it["source"], it["measure"]))
    srt = sorted(key["items"], key=lambda i: (i["measure"], i["source"]))
    assert srt == key["items"], name


def main():
    names = set()
    for name, data, key, _ in MAILS:
        assert name not in names, name
        names.add(name)
        check_key(name, key, None)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(MAILS)} mails written")


if __name__ == "__main__":
    main()
