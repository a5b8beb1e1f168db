#!/usr/bin/env python3
"""Generator of the `exam` corpus: 40 report e-mails to uvp@cg.ukrtel.net and their answer keys.

Run:  python3 make.py        (Python 3 standard library; LibreOffice `soffice` for attachments)

Every mail is written by hand below, together with its answer key (what a careful clerk of УВП
would record).  Nothing in a key is derived from the mail text by code.  Office attachments are
converted once by LibreOffice and kept in ./attachments/ (they are reused on later runs, so the
.eml files are byte-identical between runs once the attachments exist).
"""
import base64
import csv
import email.utils
import html
import json
import os
import quopri
import shutil
import struct
import subprocess
import tempfile
import zlib
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
MAILBOX = "uvp@cg.ukrtel.net"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# --------------------------------------------------------------------------- header helpers

def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, folded, each word at most 75 characters."""
    if all(ord(c) < 128 for c in s):
        return s

    def enc(chunk):
        b = chunk.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        out = ""
        for byte in b:
            ch = chr(byte)
            if byte == 32:
                out += "_"
            elif ch.isascii() and (ch.isalnum() or ch in "-!*+/"):
                out += ch
            else:
                out += "=%02X" % byte
        return "=?%s?Q?%s?=" % (cs, out)

    words, cur = [], ""
    for c in s:
        trial = cur + c
        too_long = len(enc(trial)) > 75
        if too_long and cur:
            words.append(enc(cur))
            cur = c
        else:
            cur = trial
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def addr(name, mail, cs="utf-8", mode="B", quoted=True):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, mail)) if quoted else "%s <%s>" % (name, mail)
    # one encoded word for a display name, as Outlook and webmail do (no split inside a phrase)
    b = name.encode(cs)
    if mode == "B":
        w = "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    else:
        w = "=?%s?Q?%s?=" % (cs, "".join("_" if x == 32 else (chr(x) if chr(x).isascii() and chr(x).isalnum() else "=%02X" % x) for x in b))
    return "%s <%s>" % (w, mail)


def D(y, mo, d, h, mi, s, off):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off)))


def fdate(dt):
    return email.utils.format_datetime(dt)


# --------------------------------------------------------------------------- MIME builder

def _encode_body(b, cte):
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        out = quopri.encodestring(b)
        return out if out.endswith(b"\n") else out + b"\n"
    return b if b.endswith(b"\n") else b + b"\n"


class P:
    """One MIME part.  ctype is the full Content-Type value without name/boundary."""

    def __init__(self, ctype, body=b"", cte=None, parts=None, boundary=None, headers=(),
                 preamble="This is a multi-part message in MIME format.\n"):
        self.ctype, self.body, self.cte = ctype, body, cte
        self.parts, self.boundary = parts, boundary
        self.headers, self.preamble = list(headers), preamble

    def render(self):
        h = []
        ct = self.ctype
        if self.parts is not None:
            ct += ';\n\tboundary="%s"' % self.boundary
        h.append("Content-Type: " + ct)
        if self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
        h += ["%s: %s" % kv for kv in self.headers]
        head = ("\n".join(h) + "\n\n").encode("ascii")
        if self.parts is not None:
            out = head + self.preamble.encode("ascii") if self.preamble else head
            for p in self.parts:
                out += ("\n--%s\n" % self.boundary).encode("ascii") + p.render()
            out += ("\n--%s--\n" % self.boundary).encode("ascii")
            return out
        return head + _encode_body(self.body, self.cte or "7bit")


def text(body, cs="utf-8", cte="8bit", sub="plain", extra="", quote_cs=False):
    csv_ = '"%s"' % cs if quote_cs else cs
    return P("text/%s; charset=%s%s" % (sub, csv_, extra), body.encode(cs), cte)


def multi(sub, boundary, parts, extra="", preamble="This is a multi-part message in MIME format.\n"):
    return P("multipart/%s%s" % (sub, extra), parts=parts, boundary=boundary, preamble=preamble)


def _rfc2231(fn, param="filename"):
    enc = quote(fn.encode("utf-8"), safe="")
    if len(enc) <= 60:
        return "%s*=utf-8''%s" % (param, enc)
    chunks, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > 60:
            chunks.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    chunks.append(cur)
    out = []
    for n, c in enumerate(chunks):
        out.append(("%s*%d*=utf-8''%s" % (param, n, c)) if n == 0 else ("%s*%d*=%s" % (param, n, c)))
    return ";\n ".join(out)


def _w1(fn, cs):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(fn.encode(cs)).decode())


def att(data, mime, fn, style="2231", cs="utf-8", inline=False, cid=None, cte="base64"):
    """An attachment. style: 2231 (Thunderbird-like), 2047 (Outlook/webmail-like), ascii."""
    disp = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in fn):
        ct = '%s;\n\tname="%s"' % (mime, fn)
        cd = '%s;\n\tfilename="%s"' % (disp, fn)
    elif style == "2231":
        ct = '%s;\n name="%s"' % (mime, _w1(fn, cs))
        cd = "%s;\n %s" % (disp, _rfc2231(fn))
    else:
        ct = '%s;\n\tname="%s"' % (mime, _w1(fn, cs))
        cd = '%s;\n\tfilename="%s"' % (disp, _w1(fn, cs))
    hdrs = []
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    hdrs.append(("Content-Disposition", cd))
    return P(ct, data, cte, headers=hdrs)


def message(hdrs, root):
    out = ("\n".join("%s: %s" % kv for kv in hdrs) + "\n").encode("ascii")
    return out + root.render()


def std_headers(dt, frm, subject, msgid, mailer=None, relay="mail.cg.ukrtel.net", extra=(), to=MAILBOX):
    rec = dt + timedelta(minutes=1)
    h = [("Received", "from %s by mx.cg.ukrtel.net;\n\t%s" % (relay, fdate(rec))),
         ("Date", fdate(dt)),
         ("From", frm),
         ("To", to),
         ("Subject", subject),
         ("Message-ID", msgid)]
    h += list(extra)
    if mailer:
        h.append(mailer)
    h.append(("MIME-Version", "1.0"))
    return h


OUTLOOK03 = ("X-Mailer", "Microsoft Office Outlook, Build 11.0.5510")
OUTLOOK07 = ("X-Mailer", "Microsoft Office Outlook 12.0")
OUTLOOK10 = ("X-Mailer", "Microsoft Outlook 14.0")
OE6 = ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")
TB17 = ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130107 Thunderbird/17.0.2")
TB24 = ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")
TB10 = ("User-Agent", "Mozilla/5.0 (Windows; U; Windows NT 5.1; uk; rv:1.9.2.28) Gecko/20120306 Thunderbird/3.1.20")
BAT = ("X-Mailer", "The Bat! (v4.2.44.2) Professional")
BAT5 = ("X-Mailer", "The Bat! (v5.0.36) Home")


def html_doc(body_html, cs="utf-8"):
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta http-equiv="content-type" content="text/html; charset=%s">\n</head>\n'
            '<body bgcolor="#FFFFFF" text="#000000">\n%s\n</body>\n</html>\n' % (cs, body_html))


def esc_br(t):
    return "<br>\n".join(html.escape(line, quote=False) for line in t.split("\n"))


def gmail_html(t):
    out = []
    for para in t.split("\n\n"):
        out.append("<div>" + "<br>".join(html.escape(x, quote=False) for x in para.split("\n")) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


# --------------------------------------------------------------------------- office documents

LO_PROFILE = "file:///tmp/lo_profile_exam_corpus"


def _soffice(src, target, infilter):
    outdir = os.path.dirname(src)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--infilter=" + infilter, "--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def office(key, ext, source, kind):
    """Convert once and keep: attachments/<key>.<ext>.  kind: 'html' (Writer) or 'csv' (Calc)."""
    os.makedirs(ATT, exist_ok=True)
    path = os.path.join(ATT, "%s.%s" % (key, ext))
    if not os.path.exists(path):
        filt = {"docx": "docx:MS Word 2007 XML", "odt": "odt:writer8", "pdf": "pdf:writer_pdf_Export",
                "doc": "doc:MS Word 97", "xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97",
                "ods": "ods:calc8"}[ext]
        tmp = tempfile.mkdtemp(prefix="exam_")
        try:
            if kind == "html":
                src = os.path.join(tmp, key + ".html")
                with open(src, "w", encoding="utf-8") as f:
                    f.write('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                            '</head><body>' + source + '</body></html>')
                _soffice(src, filt, "HTML (StarWriter)")
            else:
                src = os.path.join(tmp, key + ".csv")
                with open(src, "w", encoding="utf-8", newline="") as f:
                    csv.writer(f).writerows(source)
                _soffice(src, filt, "CSV:44,34,76,1")
            shutil.move(os.path.join(tmp, "%s.%s" % (key, ext)), path)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    with open(path, "rb") as f:
        return f.read()


MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "xls": "application/vnd.ms-excel", "doc": "application/msword", "pdf": "application/pdf"}


def png_logo():
    """A small deterministic PNG: a blue shield with a yellow band (the РДА e-mail signature logo)."""
    w, h = 40, 48
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            inside = 3 <= x < w - 3 and (y < 30 or abs(x - w / 2) < (h - y) * 1.1)
            if not inside:
                row += b"\xff\xff\xff"
            elif 20 <= y < 26:
                row += b"\xff\xd7\x00"
            else:
                row += b"\x1f\x4e\x9a"
        rows += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- the plan texts (for quoted reminders)

PLAN = {
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
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"


def reminder(deadline, today, executor, missing, overdue=False, partial=False):
    """The program's reminder (config/templates/reminder.txt.j2) as an office would have received it."""
    t = "Шановні колеги!\n\n"
    if overdue:
        t += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_TITLE))
    else:
        t += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s "
              "на адресу електронної пошти %s.\n\n" % (PLAN_TITLE, deadline, MAILBOX))
    if partial:
        t += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати відомості "
              "щодо пунктів, наведених нижче.\n" % today)
    else:
        t += "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n" % (today, executor)
    for m in missing:
        t += "\n  %d. %s\n" % (m, PLAN[m])
    t += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    t += "Просимо надати інформацію невідкладно.\n\n" if overdue else "Просимо дотримуватися встановленого терміну.\n\n"
    t += ("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\n"
          "З повагою\n" + UVP_NAME + "\n")
    return t


def quote_gt(t):
    return "\n".join((">" + (" " + l if l else "")) for l in t.rstrip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------- registry

MAILS = []


def add(name, cls, executor, period, late, items, note, parts, eml, kind="report", reason=None):
    assert items == sorted(items, key=lambda x: (x[0], x[1])), name
    assert (kind == "report") == bool(items), name
    MAILS.append(dict(name=name, cls=cls, executor=executor, period=period, late=late, kind=kind,
                      reason=reason, note=note, items=items, parts=parts, eml=eml))


# =========================================================================== class: placeholder

# ph01 — Управління культури і туризму, xlsx with all 16 rows, Outlook 2007, cp1251 QP body
ph01_rows = [
    ["Інформація управління культури і туризму облдержадміністрації про виконання Плану заходів (Відкритий уряд) станом на 10.12.2012", "", "", ""],
    ["№ п/п", "Зміст заходу (скорочено)", "Виконавець", "Стан виконання"],
    ["1", "Приведення сайтів у відповідність до законодавства", "СП ОДА, РДА", "Оновлено розділи «Нормативна база» та «Звернення громадян» на веб-сторінці управління; щотижня розміщуються анонси культурно-мистецьких заходів (за листопад — 38 публікацій)."],
    ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "СП ОДА", "—"],
    ["3", "Веб-ресурс «Чернігівська громада»", "УВП, Громадська рада", "х"],
    ["4", "Інтернет-форум", "УВП, Громадська рада", "х"],
    ["5", "«Гаряча лінія» голови ОДА", "УВП, відділ звернень", "х"],
    ["6", "Консультації з громадськістю (постанова КМУ № 996)", "СП ОДА, РДА", "22.10.2012 у приміщенні обласного філармонічного центру проведено публічне громадське обговорення проекту обласної програми розвитку культури на 2013–2015 роки (46 учасників); пропозиції узагальнено та частково враховано."],
    ["7", "Залучення ІГС до дорадчо-консультативних органів", "СП ОДА, РДА", "До складу Ради з питань охорони культурної спадщини при управлінні включено представників ГО «Сіверщина» та обласної організації Національної спілки краєзнавців."],
    ["8", "Голови комітетів Громадської ради — до колегій", "СП ОДА", "х"],
    ["9", "Громадські ради — обговорення проектів", "СП ОДА, РДА", "Проект розпорядження про обласний конкурс аматорських колективів надсилався комітету з гуманітарних питань Громадської ради; одержано 3 зауваження, 2 з них враховано."],
    ["10", "Комісії з питань відкритості при громадських радах", "УВП, РДА", "х"],
    ["11", "«Дні відкритих дверей»", "УВП", "х"],
    ["12", "Громадські експертизи", "СП ОДА, РДА", "Запит Громадської ради щодо громадської експертизи діяльності управління отримано 14.11.2012, матеріали (54 арк.) передано експертній групі."],
    ["13", "Навчальні семінари", "УВП, Центр перепідготовки", "х"],
    ["14", "Методичні посібники", "УВП", "х"],
    ["15", "Громадське обговорення виконання плану", "УВП, координатор, Громадська рада", "х"],
    ["16", "Інформація до УВП", "СП ОДА, РДА", "—"],
]
ph01_fn = "Відкритий_уряд_культура_грудень.xlsx"
ph01_body = """Доброго дня!

Управління культури і туризму облдержадміністрації направляє таблицю щодо стану виконання заходів з відкритості та прозорості (Відкритий уряд) за 2012 рік, 1 файл Excel.

Начальник відділу кадрової та організаційної роботи
Лариса Гнатюк
тел. 67-42-18
"""
add("ph01_kultura_xlsx", "placeholder", "su-kultura", 1, False,
    [(1, ph01_fn), (6, ph01_fn), (7, ph01_fn), (9, ph01_fn), (12, ph01_fn)],
    "Culture department's xlsx table lists all 16 measures; rows 2 and 16 carry a dash and the rows it does not owe carry 'х', so only the five filled rows are items.",
    "mixed: text/plain + xlsx; windows-1251 QP, name RFC 2047",
    message(std_headers(D(2012, 12, 11, 15, 42, 10, 2),
                        addr("Управління культури і туризму ОДА", "kultura@example.gov.ua", "windows-1251"),
                        ew("Інформація щодо виконання Плану заходів (Відкритий уряд) - управління культури", "windows-1251"),
                        "<001b01cdd7b5$4f2a6e30$ed7f4a90$@example.gov.ua>", OUTLOOK07,
                        extra=[("Thread-Index", "Ac3XtU8p5Yc2Ww0xTUmh1Ifq0g7Z0w=="), ("Content-Language", "uk")]),
            multi("mixed", "----=_NextPart_000_001C_01CDD7C6.12B43E30", [
                text(ph01_body, "windows-1251", "quoted-printable", quote_cs=True),
                att(office("ph01", "xlsx", ph01_rows, "csv"), MIME["xlsx"], ph01_fn, "2047", "windows-1251"),
            ])))

# ph02 — Ріпкинська РДА, HTML table in the body, Thunderbird 17, utf-8 8bit, multipart/alternative
ph02_rows = [
    ("1", "Офіційний сайт РДА", "На веб-сайті райдержадміністрації створено розділ «Доступ до публічної інформації», за півріччя розміщено 27 проектів розпоряджень голови РДА для обговорення."),
    ("6", "Консультації з громадськістю", "Проведено 3 засідання круглого столу: щодо Програми соціально-економічного розвитку району (14.02.2013), щодо благоустрою смт Ріпки (21.03.2013) та щодо літнього оздоровлення дітей (16.05.2013)."),
    ("7", "Дорадчо-консультативні органи", "До складу районної ради у справах ветеранів включено голову районної організації ветеранів та двох членів громадської ради при РДА."),
    ("9", "Обговорення проектів членами громадської ради", "Проект районної програми підтримки малого підприємництва на 2013-2014 рр. розглянуто на засіданні громадської ради 28.03.2013, подано 5 пропозицій."),
    ("10", "Комісія (робоча група) з питань відкритості", "немає"),
    ("12", "Громадські експертизи", ""),
]
ph02_intro = "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\nНа Ваш запит щодо плану «Відкритий уряд» подаємо інформацію Ріпкинської райдержадміністрації станом на 12.06.2013:"
ph02_sig = "Заступник голови РДА С.В. Мартиненко\nвик. Ковальчук О.П., (04641) 2-11-37"
ph02_plain = ph02_intro + "\n\n" + "\n".join("%s | %s | %s" % r for r in ph02_rows) + "\n\n" + ph02_sig + "\n"
ph02_html = html_doc(
    "<p>" + esc_br(ph02_intro) + "</p>\n"
    '<table border="1" cellpadding="3" cellspacing="0" width="90%">\n'
    "<tr><th>№ пункту</th><th>Захід</th><th>Виконання</th></tr>\n"
    + "".join("<tr><td align=\"center\">%s</td><td>%s</td><td>%s</td></tr>\n" %
              (a, html.escape(b), html.escape(c) if c else "&nbsp;") for a, b, c in ph02_rows)
    + "</table>\n<p>" + esc_br(ph02_sig) + "</p>")
add("ph02_ripky_htmltable", "placeholder", "rda-ripky", 2, False,
    [(1, "body"), (6, "body"), (7, "body"), (9, "body")],
    "District administration's report is an HTML table in the body with a plain-text twin; row 10 says 'немає' and row 12 has an empty cell, so neither is an item.",
    "alternative: text/plain + text/html; utf-8 8bit",
    message(std_headers(D(2013, 6, 13, 10, 5, 44, 3),
                        addr("Ріпкинська РДА", "rda-ripky@example.gov.ua"),
                        ew("Ріпкинська РДА - інформація за І півріччя 2013 (Відкритий уряд)"),
                        "<51B96E54.7060302@example.gov.ua>", TB17),
            multi("alternative", "------------060107030905020306080105", [
                text(ph02_plain, "UTF-8", "8bit"),
                text(ph02_html, "UTF-8", "8bit", "html"),
            ])))

# ph03 — Державний архів, xls filled reply-table, The Bat!, windows-1251 8bit
ph03_rows = [
    ["№", "Зміст пункту плану", "Інформація про виконання"],
    ["1", "Приведення інформаційного наповнення та функціонування офіційних сайтів до вимог законодавства", "Веб-сайт Держархіву переведено на новий хостинг, створено розділ «Публічна інформація»; щомісяця оприлюднюються переліки нових надходжень документів (за ІІ півріччя — 6 переліків)."],
    ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів» на сайті ОДА", "-"],
    ["6", "Консультації з громадськістю згідно з постановою КМУ № 996", "17.09.2013 проведено громадське обговорення проекту Порядку доступу до документів НАФ, що містять персональні дані; 11 учасників, протокол розміщено на сайті архіву."],
    ["7", "Залучення представників ІГС до дорадчо-консультативних органів", "немає"],
    ["8", "Голови комітетів Громадської ради у складі колегій", "-"],
    ["9", "Участь членів громадських рад в обговоренні проектів рішень", "Проект наказу «Про затвердження переліку платних послуг» направлено членам Громадської ради при ОДА, зауважень не надійшло."],
    ["12", "Громадські експертизи, антикорупційні експертизи", ""],
    ["16", "Надання інформації до УВП", "-"],
]
ph03_fn = "Tablycia_Derzharhiv.xls"
ph03_body = """Добрий день.
Надсилаємо заповнену таблицю щодо виконання плану заходів (у відповідь на нагадування від 03.12.2013).

З повагою
заступник директора Державного архіву Чернігівської області
Т.М. Шевчук
(0462) 67-55-09
"""
add("ph03_arkhiv_xls", "placeholder", "su-arkhiv", 3, False,
    [(1, ph03_fn), (6, ph03_fn), (9, ph03_fn)],
    "The oblast archive returns the reminder's table as an .xls with 'Інформація про виконання' filled for three rows; the others hold '-', 'немає' or nothing.",
    "mixed: text/plain + xls; windows-1251 8bit",
    message(std_headers(D(2013, 12, 10, 11, 27, 3, 2),
                        addr("Держархів області", "arkhiv@example.gov.ua", "windows-1251"),
                        ew("Держархів області - заповнена таблиця", "windows-1251"),
                        "<1862471103.20131210112703@example.gov.ua>", BAT),
            multi("mixed", "----------1A3E0D2C6F1B7F39", [
                text(ph03_body, "windows-1251", "8bit"),
                att(office("ph03", "xls", ph03_rows, "csv"), MIME["xls"], ph03_fn),
            ], preamble="")))

# ph04 — Носівська РДА, ods with all 16 rows, Thunderbird 3, utf-8
ph04_rows = [["Пункт плану", "Відповідальний", "Стан виконання"]]
ph04_fill = {
    1: ("Відділ організаційної роботи апарату", "Сайт РДА оновлено відповідно до Закону України «Про доступ до публічної інформації»; розміщено звіт про виконання районного бюджету за 9 місяців 2012 року."),
    6: ("Відділ організаційної роботи апарату", "08.11.2012 — громадські слухання щодо реформування ЖКГ у м. Носівка (62 особи); 29.11.2012 — «круглий стіл» з питань підтримки фермерських господарств."),
    7: ("Заступник голови РДА", "Представники 4 громадських організацій (ГО «Носівська ініціатива», районна організація Товариства Червоного Хреста та ін.) включені до складу районної координаційної ради з питань сім'ї."),
    9: ("Відділ економіки", ""),
    10: ("Сектор з питань внутрішньої політики", "На засіданні громадської ради при РДА 20.11.2012 розглянуто рекомендацію щодо створення комісії з питань відкритості, комісію утворено у складі 5 осіб."),
    12: ("Юридичний сектор", "немає"),
    16: ("Сектор з питань внутрішньої політики", "—"),
}
for n in range(1, 17):
    ph04_rows.append([str(n)] + list(ph04_fill.get(n, ("", "х"))))
ph04_fn = "Носівська РДА звіт Відкритий уряд.ods"
ph04_body = """Добрий день!
Інформацію Носівської райдержадміністрації по плану заходів щодо відкритості влади надсилаємо у файлі (OpenOffice).

Головний спеціаліст відділу організаційної роботи апарату РДА
Н. Лисенко
"""
add("ph04_nosivka_ods", "placeholder", "rda-nosivka", 1, False,
    [(1, ph04_fn), (6, ph04_fn), (7, ph04_fn), (10, ph04_fn)],
    "District .ods copies all 16 plan rows: 'х' in the rows it does not owe, an empty cell for 9, 'немає' for 12 and a dash for 16; four rows are filled.",
    "mixed: text/plain + ods (RFC 2231 name); utf-8 8bit",
    message(std_headers(D(2012, 12, 14, 9, 18, 51, 2),
                        addr("Носівська РДА", "rda-nosivka@example.gov.ua"),
                        ew("Носівська РДА: звіт (Відкритий уряд)"),
                        "<50CAD213.8030305@example.gov.ua>", TB10),
            multi("mixed", "------------000301020406090504070906", [
                text(ph04_body, "UTF-8", "8bit", extra="; format=flowed"),
                att(office("ph04", "ods", ph04_rows, "csv"), MIME["ods"], ph04_fn, "2231"),
            ])))

# ph05 — Семенівська РДА, docx table, late in period 2, Outlook 2010 English UI, utf-8 base64
ph05_rows = [
    ("№ п/п", "Зміст заходу", "Виконання"),
    ("1", "Інтернет-сайт РДА", "На сайті РДА розміщено 14 регуляторних актів та звіт голови райдержадміністрації перед громадою за 2012 рік; оновлено контакти відділів і графік прийому."),
    ("6", "Консультації з громадськістю", "Публічні консультації: 12.03.2013 — щодо проекту районної програми «Питна вода» (34 учасники); 23.04.2013 — електронні консультації щодо проекту бюджету розвитку на сайті РДА."),
    ("7", "Дорадчо-консультативні органи", "немає"),
    ("9", "Обговорення проектів членами громадських рад", "Членам громадської ради надіслано проект розпорядження «Про організацію благоустрою населених пунктів району», дві пропозиції враховано."),
    ("10", "Комісія з питань відкритості при громадській раді", "-"),
    ("12", "Громадські експертизи", "Заходи не проводились."),
    ("16", "Інформація до УВП ОДА", "—"),
]
ph05_html = ("<p align=\"center\"><b>Інформація Семенівської районної державної адміністрації<br>про виконання Плану заходів щодо відкритості та прозорості діяльності влади<br>за І півріччя 2013 року</b></p>"
             '<table border="1" cellspacing="0" cellpadding="4">'
             + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(html.escape(c) for c in r) for r in ph05_rows)
             + "</table><p>Керівник апарату РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.І. Шапошник</p>")
ph05_fn = "zvit_semenivka_2013.docx"
ph05_body = """Добрий день!
Вибачте за затримку, 14-го лист не пішов через проблеми з інтернетом у районі. Інформація Семенівської РДА у вкладенні.

Відділ організаційної роботи та з питань внутрішньої політики
Семенівська РДА
"""
add("ph05_semenivka_docx_late", "placeholder", "rda-semenivka", 2, True,
    [(1, ph05_fn), (6, ph05_fn), (9, ph05_fn), (12, ph05_fn)],
    "Late district docx table: row 7 'немає', row 10 '-' and row 16 '—' are placeholders, but row 12 'Заходи не проводились' is an answer and counts.",
    "mixed: text/plain + docx; utf-8 base64",
    message(std_headers(D(2013, 6, 17, 9, 12, 30, 3),
                        addr("Semenivka RDA", "rda-semenivka@example.gov.ua"),
                        ew("Інформація Семенівської РДА (Відкритий уряд) І півріччя"),
                        "<004f01ce6b2a$8e6d1c40$ab4754c0$@gov.ua>", OUTLOOK10,
                        extra=[("Thread-Index", "Ac5rKo5YcT0vLk3hTXe+uq0s0AB6vw=="), ("Content-Language", "en-us")]),
            multi("mixed", "----=_NextPart_000_0050_01CE6B43.B3F8F6E0", [
                text(ph05_body, "utf-8", "base64", quote_cs=True),
                att(office("ph05", "docx", ph05_html, "html"), MIME["docx"], ph05_fn),
            ])))

# =========================================================================== class: bottom_post

# bp01 — Коропська РДА, Thunderbird (Russian UI) reply below a '>' quoted reminder
bp01_rem = reminder("15.12.2012", "10.12.2012", "Коропська районна державна адміністрація", [6, 7, 10], partial=True)
bp01_body = ("10.12.2012 11:05, uvp@cg.ukrtel.net пишет:\n" + quote_gt(bp01_rem) + """
По п.6 - 05.12.2012 в РДА проведено громадське обговорення проекту районного бюджету на 2013 рік, були присутні 41 особа, в т.ч. депутати районної ради та представники ГО.

По п.10 - громадська рада при РДА на засіданні 27.11.2012 утворила робочу групу з питань відкритості та прозорості (керівник - Ткаченко В.І.).

По п.7 інформацію надамо додатково після засідання ради підприємців.

--
Сектор з питань внутрішньої політики Коропської РДА
Савченко І.
""")
add("bp01_korop_gtquote", "bottom_post", "rda-korop", 1, False,
    [(6, "body"), (10, "body")],
    "Reply typed under a fully '>'-quoted reminder that lists measures 6, 7 and 10; the new text answers 6 and 10 and only promises 7.",
    "text/plain; utf-8 8bit",
    message(std_headers(D(2012, 12, 13, 14, 31, 8, 2),
                        addr("Коропська РДА", "rda-korop@example.gov.ua"),
                        ew("Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)"),
                        "<50C9CA8C.2000704@example.gov.ua>", TB17,
                        extra=[("In-Reply-To", "<zvit.reminder.rda-korop.20121210@cg.ukrtel.net>"),
                               ("References", "<zvit.reminder.rda-korop.20121210@cg.ukrtel.net>")]),
            text(bp01_body, "UTF-8", "8bit")))

# bp02 — УЖКГ, Outlook 2010 Ukrainian UI, unmarked quote under a header block, answers between items
bp02_rem = reminder("15.06.2013", "05.06.2013", "Управління житлово-комунального господарства облдержадміністрації", [2, 8, 12])
_r = bp02_rem.split("\n  8. ")
_r2 = _r[1].split("\n  12. ")
bp02_quoted = (_r[0].rstrip("\n") + "\n\nУЖКГ: у рубриці «Хід виконання цільових програм» розміщено звіт про виконання обласної Програми реформування і розвитку ЖКГ за 2012 рік (оновлено 20.05.2013).\n\n  8. "
               + _r2[0].rstrip("\n") + "\n\nУЖКГ: голову комітету з питань ЖКГ Громадської ради Мироненка П.А. введено до складу колегії управління (наказ від 14.03.2013 № 27).\n\n  12. " + _r2[1])
bp02_body = ("Відповіді УЖКГ – по тексту нижче, після відповідних пунктів.\n\nО.Зінченко, 67-31-09\n\n"
             "Від: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] \n"
             "Надіслано: 5 червня 2013 р. 10:14\nКому: zhkh@example.gov.ua\n"
             "Тема: Нагадування: Відкритий уряд, термін 15.06.2013\n\n" + bp02_quoted)
add("bp02_zhkh_outlook_inline", "bottom_post", "su-zhkh", 2, False,
    [(2, "body"), (8, "body")],
    "Outlook reply with an unmarked quoted reminder (items 2, 8, 12) under a From/Sent header block; the office's answers to 2 and 8 are typed between the quoted items, 12 is left unanswered.",
    "text/plain; windows-1251 QP",
    message(std_headers(D(2013, 6, 11, 16, 2, 47, 3),
                        addr("Управління ЖКГ", "zhkh@example.gov.ua", "windows-1251"),
                        ew("RE: Нагадування: Відкритий уряд, термін 15.06.2013", "windows-1251"),
                        "<00a201ce66a9$1c3b7d80$54b27880$@example.gov.ua>", OUTLOOK10,
                        extra=[("In-Reply-To", "<zvit.reminder.su-zhkh.20130605@cg.ukrtel.net>"),
                               ("Thread-Index", "AQH2mZ3kYtP0H0b8k0S7X9l3cA0f3A=="), ("Content-Language", "uk")]),
            text(bp02_body, "windows-1251", "quoted-printable", quote_cs=True)))

# bp03 — Бобровицька РДА, Thunderbird HTML reply below a <blockquote type=cite> quoted receipt
bp03_receipt = """Шановні колеги!

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від 29.11.2013 «Інформація Бобровицької РДА».

Виконавець: Бобровицька районна державна адміністрація.
Звітний період: 3-й (термін подання інформації — 15.12.2013).

Розпізнано інформацію щодо таких пунктів плану:
  • пункт 1: На сайті РДА оновлено розділ «Регуляторна політика», розміщено 9 проектів рішень…

За цей звітний період ще очікується інформація щодо пунктів плану:
  6. """ + PLAN[6] + """
  7. """ + PLAN[7] + """
  9. """ + PLAN[9] + """
  10. """ + PLAN[10] + """
  12. """ + PLAN[12] + """

Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.

З повагою
""" + UVP_NAME + "\n"
bp03_new = """Доповнюємо нашу інформацію від 29.11.2013.

Щодо залучення громадськості до дорадчих органів: у жовтні 2013 року до складу районної комісії з питань захисту прав дитини та районної ради підприємців включено 3 членів громадської ради (п. 7).

п. 9 – проект Програми розвитку фізичної культури і спорту в районі на 2014–2016 рр. обговорено на розширеному засіданні громадської ради 14.11.2013, пропозиції щодо ремонту стадіону в м. Бобровиця включено до програми.

По решті пунктів інформацію надамо до 13 грудня.

Наталія Дубина
відділ організаційної роботи апарату Бобровицької РДА
"""
bp03_prefix = "02.12.2013 9:40, uvp@cg.ukrtel.net пише:"
bp03_plain = bp03_prefix + "\n" + quote_gt(bp03_receipt) + "\n" + bp03_new
bp03_html = html_doc(
    '<div class="moz-cite-prefix">' + html.escape(bp03_prefix) + '<br>\n</div>\n'
    '<blockquote cite="mid:zvit.receipt.rda-bobrovytsia.20131202@cg.ukrtel.net" type="cite">\n'
    '<pre wrap="">' + html.escape(bp03_receipt, quote=False) + '</pre>\n</blockquote>\n<br>\n'
    + "\n".join("<p>" + esc_br(p) + "</p>" for p in bp03_new.strip().split("\n\n")))
add("bp03_bobrovytsia_blockquote", "bottom_post", "rda-bobrovytsia", 3, False,
    [(7, "body"), (9, "body")],
    "HTML reply placed under a blockquoted receipt that itself excerpts measure 1 and lists 6, 7, 9, 10, 12 as missing; only the new text below (7 and 9) counts, the rest is promised.",
    "alternative: text/plain + text/html (blockquote); utf-8 8bit",
    message(std_headers(D(2013, 12, 5, 15, 14, 22, 2),
                        addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"),
                        ew("Re: Підтвердження отримання: Інформація Бобровицької РДА"),
                        "<52A07C36.5090409@example.gov.ua>", TB24,
                        extra=[("In-Reply-To", "<zvit.receipt.rda-bobrovytsia.20131202@cg.ukrtel.net>"),
                               ("References", "<zvit.receipt.rda-bobrovytsia.20131202@cg.ukrtel.net>")]),
            multi("alternative", "------------050903010802070400000207", [
                text(bp03_plain, "UTF-8", "8bit", extra="; format=flowed"),
                text(bp03_html, "UTF-8", "8bit", "html"),
            ])))

# bp04 — відділ роботи із зверненнями громадян, webmail (Roundcube) reply below a quoted reminder
bp04_rem = reminder("15.06.2013", "10.06.2013", "Відділ роботи із зверненнями громадян апарату облдержадміністрації", [5])
bp04_body = ("On 10.06.2013 09:30, uvp@cg.ukrtel.net wrote:\n" + quote_gt(bp04_rem) + """
Гаряча лінія голови ОДА, січень–травень 2013 р.: надійшло 1284 звернення (з них 417 – з питань ЖКГ, 206 – соціального захисту), позитивно вирішено 61 %, роз'яснено 33 %, решта на контролі.
Щотижня узагальнена довідка подається голові облдержадміністрації, щомісяця – узагальнюється в аналітичній записці.
Безкоштовний номер 0-800-30-11-32 працює з 8.00 до 20.00, у суботу – до 15.00.

В.Гуща, відділ роботи із зверненнями громадян
""")
add("bp04_zvernennia_webmail", "bottom_post", "zvernennia", 2, False,
    [(5, "body")],
    "Citizens' appeals department answers its only measure (hot line) under a webmail 'wrote:' quote of the reminder quoting measure 5; the answer has no measure number and is full of counts and a phone number.",
    "text/plain; utf-8 QP",
    message(std_headers(D(2013, 6, 14, 8, 53, 12, 3),
                        addr("zvernennia", "zvernennia@example.gov.ua"),
                        ew("Re: Нагадування - Відкритий уряд"),
                        "<3f1c7e2a9b0d4e55c2a17e1f6a0b8d31@webmail.example.gov.ua>",
                        ("User-Agent", "Roundcube Webmail/0.8.4"),
                        extra=[("In-Reply-To", "<zvit.reminder.zvernennia.20130610@cg.ukrtel.net>")]),
            text(bp04_body, "UTF-8", "quoted-printable", extra="; format=flowed")))

# bp05 — Управління екології, Thunderbird English UI, answers interleaved with the '>' quoted overdue reminder, late
bp05_rem = reminder("15.12.2012", "16.12.2012", "Управління екології та природних ресурсів облдержадміністрації", [1, 6, 7, 12], overdue=True)
_q = quote_gt(bp05_rem).split("\n")
bp05_lines = []
for line in _q:
    bp05_lines.append(line)
    if line.startswith(">   1. "):
        bp05_lines += ["", "Розділ «Екологічна інформація» на сторінці управління наповнено: доповідь про стан довкілля за 2011 р., 9 дозволів на викиди, перелік об'єктів ПЗФ.", ""]
    elif line.startswith(">   6. "):
        bp05_lines += ["", "21.11.2012 - громадське обговорення проекту Регіональної програми охорони навколишнього природного середовища, 18 учасників, протокол на сайті.", ""]
    elif line.startswith(">   12. "):
        bp05_lines += ["", "У звітному періоді громадські експертизи не проводились, звернень ІГС не було.", ""]
bp05_body = "On 16.12.2012 8:00, uvp@cg.ukrtel.net wrote:\n" + "\n".join(bp05_lines) + "\n\n-- \nЛюдмила Остапенко\nУправління екології та природних ресурсів\n(0462) 67-28-44\n"
add("bp05_ekolohiia_interleaved_late", "bottom_post", "su-ekolohiia", 1, True,
    [(1, "body"), (6, "body"), (12, "body")],
    "Late reply interleaved with a '>' quoted overdue reminder: answers follow quoted items 1, 6 and 12 ('не проводились' counts), quoted item 7 gets no answer.",
    "text/plain; utf-8 8bit",
    message(std_headers(D(2012, 12, 17, 10, 41, 36, 2),
                        addr("Управління екології", "ekolohiia@example.gov.ua"),
                        ew("Re: Нагадування: минув термін подання інформації"),
                        "<50CEDAB8.1040807@example.gov.ua>", TB17,
                        extra=[("In-Reply-To", "<zvit.reminder.su-ekolohiia.20121216@cg.ukrtel.net>")]),
            text(bp05_body, "UTF-8", "8bit")))

# =========================================================================== class: not_report

def ics_fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur)
            cur = b""
        cur += b
    out.append(cur)
    return b"\r\n ".join(out).decode("utf-8")


# nr01 — Громадська рада, Outlook meeting request (text/calendar METHOD:REQUEST) for a future discussion
nr01_desc = ("Громадська рада при облдержадміністрації запрошує представника управління до участі в громадському "
             "обговоренні ходу виконання Плану заходів «Відкритий уряд», яке відбудеться 30 травня 2013 року о 14.00 "
             "у малій залі облдержадміністрації. Порядок денний: інформація виконавців, виступи членів комітетів, "
             "підготовка пропозицій. Просимо підтвердити участь.")
nr01_plain = ("Коли: 30 травня 2013 р. 14:00-16:00. (UTC+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс\n"
              "Місце: Мала зала облдержадміністрації, вул. Шевченка, 7\n\n"
              "Примітка. Вказане вище зміщення за GMT не враховує переходу на літній час.\n\n*~*~*~*~*~*~*~*~*~*\n\n"
              + nr01_desc + "\n\nСекретар Громадської ради\nО. Мельник\n")
nr01_ics_lines = [
    "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
    "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "ORGANIZER;CN=Громадська рада при ОДА:mailto:gromrada@example.gov.ua",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:mailto:uvp@cg.ukrtel.net",
    "DESCRIPTION;LANGUAGE=uk-UA:" + nr01_desc.replace(",", "\\,").replace(";", "\\;"),
    "SUMMARY;LANGUAGE=uk-UA:Громадське обговорення виконання плану «Відкритий уряд»",
    "DTSTART;TZID=FLE Standard Time:20130530T140000",
    "DTEND;TZID=FLE Standard Time:20130530T160000",
    "UID:040000008200E00074C5B7101A82E00800000000A0F3B1E35D55CE01000000000000000010000000C7E1A6F3",
    "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20130520T071500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
    "LOCATION;LANGUAGE=uk-UA:Мала зала облдержадміністрації\\, вул. Шевченка\\, 7",
    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM",
    "END:VEVENT", "END:VCALENDAR",
]
nr01_ics = "\r\n".join(ics_fold(l) for l in nr01_ics_lines) + "\r\n"
add("nr01_gromrada_invitation_ics", "not_report", "gromrada", 2, False, [],
    "Public Council sends an Outlook meeting request (text/calendar) inviting УВП to a future public discussion of the plan's progress; it sounds like measure 15 but reports nothing.",
    "alternative: text/plain + text/calendar METHOD=REQUEST; utf-8 QP/base64",
    message(std_headers(D(2013, 5, 20, 10, 15, 0, 3),
                        addr("Громадська рада при ОДА", "gromrada@example.gov.ua"),
                        ew("Громадське обговорення виконання плану «Відкритий уряд»"),
                        "<7A3D01C5E2F1B94C8E0F6A1D2C3B4A59@example.gov.ua>", OUTLOOK10,
                        extra=[("Thread-Index", "Ac5VKzK1p0wN8R9aSjyX0nQmV3y0Dg=="), ("Content-Language", "uk-UA")]),
            multi("alternative", "_000_7A3D01C5E2F1B94C8E0F6A1D2C3B4A59examplegovua_", [
                text(nr01_plain, "utf-8", "quoted-printable", quote_cs=True),
                P('text/calendar; charset="utf-8"; method=REQUEST', nr01_ics.encode("utf-8"), "base64"),
            ], preamble="")),
    kind="not_report", reason="invitation")

# nr02 — Талалаївська РДА, a question, Outlook 2003 Russian UI, windows-1251 base64
nr02_body = """Доброго дня.
Підкажіть будь ласка, чи потрібно РДА подавати інформацію по пунктах 2 і 8, якщо в плані там вказані тільки структурні підрозділи облдержадміністрації? І в якій формі краще - таблицею чи листом за підписом голови?

Дякую.
Марина, Талалаївська РДА, 2-14-55
"""
add("nr02_talalaivka_question", "not_report", "rda-talalaivka", 1, False, [],
    "A district clerk asks whether measures 2 and 8 apply to district administrations and in what form to report; measure numbers appear but nothing is reported.",
    "text/plain; windows-1251 base64",
    message(std_headers(D(2012, 11, 28, 11, 3, 19, 2),
                        addr("Talalaivka RDA", "rda-talalaivka@example.gov.ua"),
                        ew("питання щодо плану заходів", "windows-1251"),
                        "<000601cdcd4f$2b6c5a10$0a00a8c0@marina>", OUTLOOK03,
                        extra=[("Thread-Index", "Ac3NTytXmHkUMv2cRYKkdwO0lDhi6g==")]),
            text(nr02_body, "windows-1251", "base64", quote_cs=True)),
    kind="not_report", reason="question")

# nr03 — регіональний координатор ОГП, thanks, Thunderbird, utf-8 QP
nr03_body = """Шановна Світлано Петрівно, шановні колеги!

Щиро дякую управлінню за організацію круглого столу 26 вересня, на якому громадськість обговорила хід виконання плану заходів в області. Окрема подяка за оперативно підготовлені роздаткові матеріали та за можливість виступити представникам районних громадських рад.

Пропозиції учасників я узагальню і передам Вам окремим листом.

З повагою,
Андрій Савицький
регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області
"""
add("nr03_ogp_thanks", "not_report", "ogp-coordinator", 3, False, [],
    "The regional OGP coordinator thanks УВП for a round table on the plan's progress (measure 15 is only mentioned in passing) and promises to send proposals later.",
    "text/plain; utf-8 QP",
    message(std_headers(D(2013, 10, 3, 17, 48, 5, 3),
                        addr("Andrii Savytskyi", "ogp-coordinator@example.org.ua"),
                        ew("Подяка за круглий стіл 26.09"),
                        "<524D845D.3010607@example.org.ua>", TB24, relay="mail.example.org.ua"),
            text(nr03_body, "UTF-8", "quoted-printable", extra="; format=flowed")),
    kind="not_report", reason="thanks")

# nr04 — Головне фінансове управління, request for more time, Outlook 2007, koi8-u QP
nr04_body = """Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
Марченко С.П.

Головне фінансове управління облдержадміністрації просить продовжити термін подання інформації про виконання Плану заходів (Відкритий уряд) за ІІ півріччя 2013 року до 20 грудня.

Це пов'язано із завершенням бюджетного року та підготовкою проекту обласного бюджету на 2014 рік: працівник, відповідальний за наповнення рубрики "Виконання місцевих бюджетів", задіяний у роботі бюджетної комісії до 18.12.2013.

Заступник начальника управління
І.В. Кушнір
"""
add("nr04_finansy_extension", "not_report", "su-finansy", 3, False, [],
    "Finance department asks for a deadline extension; it names the budget rubric of measure 2 only as the reason for the delay.",
    "text/plain; koi8-u QP",
    message(std_headers(D(2013, 12, 12, 12, 20, 41, 2),
                        addr("Головне фінансове управління", "finansy@example.gov.ua", "koi8-u"),
                        ew("Прохання продовжити термін", "koi8-u"),
                        "<00d001cdf73f$1a2b3c40$4e5f6a70$@example.gov.ua>", OUTLOOK07,
                        extra=[("Thread-Index", "Ac33PxorPEBOX2pwq7Y0m9f1c0Z5wg==")]),
            text(nr04_body, "koi8-u", "quoted-printable", quote_cs=True)),
    kind="not_report", reason="extension_request")

# nr05 — Менська РДА, announcement of a future public hearing, Outlook Express, HTML only, windows-1251 QP
nr05_html = html_doc(
    "<div><font face=Arial size=2>Шановні колеги!</font></div>\n"
    "<div><font face=Arial size=2>&nbsp;</font></div>\n"
    "<div><font face=Arial size=2>Повідомляємо, що 14 травня 2013 року о 10.00 у залі засідань Менської "
    "райдержадміністрації відбудуться громадські слухання щодо проекту Програми розвитку туризму в Менському районі "
    "на 2013-2017 роки.</font></div>\n"
    "<div><font face=Arial size=2>Оголошення розміщено на сайті РДА та в районній газеті «Наше слово», "
    "до участі запрошено членів громадської ради.</font></div>\n"
    "<div><font face=Arial size=2>Про результати поінформуємо у звіті за півріччя.</font></div>\n"
    "<div><font face=Arial size=2>&nbsp;</font></div>\n"
    "<div><font face=Arial size=2>Сектор з питань внутрішньої політики Менської РДА</font></div>", "windows-1251")
add("nr05_mena_announcement", "not_report", "rda-mena", 2, False, [],
    "A district announces a public hearing three weeks ahead (sounds like measures 6 and 9, and mentions its website) and says results will come in the half-year report; nothing has happened yet.",
    "text/html only; windows-1251 QP",
    message(std_headers(D(2013, 4, 22, 9, 37, 50, 3),
                        addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251"),
                        ew("Громадські слухання 14.05.2013", "windows-1251", "Q"),
                        "<002b01ce3f2c$9e1d2c80$6501a8c0@sektor>", OE6,
                        extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal")]),
            text(nr05_html, "windows-1251", "quoted-printable", "html", quote_cs=True)),
    kind="not_report", reason="announcement")

# =========================================================================== class: ranges

# rg01 — Управління освіти і науки, docx table whose number cells are ranges "1–2", "6–9"
rg01_rows = [
    ("№ пунктів плану", "Стан виконання"),
    ("1–2", "Сайт управління приведено у відповідність до вимог Закону України «Про доступ до публічної інформації»; до рубрики «Хід виконання цільових програм» на сайті ОДА передано звіт про виконання програми «Шкільний автобус» за 9 місяців 2012 року."),
    ("6–9", "У вересні–листопаді проведено 4 консультації з громадськістю (щодо мережі загальноосвітніх закладів, організації харчування учнів, профільного навчання та проекту програми «Обдаровані діти»). До колегії управління введено голову комітету Громадської ради з гуманітарних питань Бойка О.М. До складу громадської ради при управлінні залучено 5 представників батьківських комітетів, які також взяли участь в обговоренні проекту програми."),
    ("12", "Громадська антикорупційна експертиза проекту наказу «Про порядок зарахування до ліцеїв-інтернатів» проведена ГО «Правова ініціатива», 2 пропозиції враховано."),
]
rg01_html = ("<p><b>Інформація управління освіти і науки облдержадміністрації щодо виконання заходів з підвищення рівня відкритості та прозорості</b></p>"
             '<table border="1" cellspacing="0" cellpadding="4">'
             + "".join("<tr><td>%s</td><td>%s</td></tr>" % (html.escape(a), html.escape(b)) for a, b in rg01_rows)
             + "</table><p>Заступник начальника управління Н.В. Ковбаса</p>")
rg01_fn = "Інформація УОН відкритість.docx"
rg01_body = """Добрий день,
інформація управління освіти і науки в прикріпленому файлі.
Ірина Шаповал, 67-47-12
"""
add("rg01_osvita_docx_rangecells", "ranges", "su-osvita", 1, False,
    [(1, rg01_fn), (2, rg01_fn), (6, rg01_fn), (7, rg01_fn), (8, rg01_fn), (9, rg01_fn), (12, rg01_fn)],
    "Education department's docx table has range cells '1–2' and '6–9' (en dashes), each answered by one combined paragraph, so every measure in each range counts.",
    "mixed: text/plain + docx (RFC 2047 name); windows-1251 8bit",
    message(std_headers(D(2012, 12, 7, 16, 55, 2, 2),
                        addr("osvita", "osvita@example.gov.ua"),
                        ew("Інформація УОН (Відкритий уряд)", "windows-1251"),
                        "<000901cdd48d$7b4e3f50$71daabf0$@example.gov.ua>", OUTLOOK07,
                        extra=[("Thread-Index", "Ac3UjXsM5vXb2M8RRy+Y3lI1W1iUeA==")]),
            multi("mixed", "----=_NextPart_000_000A_01CDD49E.3ED81F50", [
                text(rg01_body, "windows-1251", "8bit", quote_cs=True),
                att(office("rg01", "docx", rg01_html, "html"), MIME["docx"], rg01_fn, "2047", "utf-8"),
            ])))

# rg02 — Ніжинська РДА, body "пп. 6-9, 12" as one block, Outlook Express, windows-1251 QP
rg02_body = """Ніжинська райдержадміністрація інформує про виконання Плану заходів за І півріччя 2013 р.

п. 1 – офіційний веб-сайт райдержадміністрації оновлено, запрацював розділ «Громадянське суспільство і влада», оприлюднюються всі проекти розпоряджень.

пп. 6-9, 12 – протягом звітного періоду проведено 5 консультацій з громадськістю (у т.ч. 2 електронні), члени громадської ради брали участь в обговоренні проекту Програми розвитку культури району та у роботі районної комісії з питань безпеки дорожнього руху, проект розпорядження про тарифи на вивезення ТПВ пройшов громадську антикорупційну експертизу.

Відповідальна особа: Гончаренко Тетяна Миколаївна, головний спеціаліст відділу організаційної роботи, тел. (04631) 3-15-88
"""
add("rg02_nizhyn_pp6-9", "ranges", "rda-nizhyn", 2, False,
    [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body"), (12, "body")],
    "District report answers 'пп. 6-9, 12' in one block; the range includes measure 8, which districts do not owe, and it counts all the same.",
    "text/plain; windows-1251 QP",
    message(std_headers(D(2013, 6, 10, 14, 8, 26, 3),
                        addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "windows-1251", "Q"),
                        ew("Відкритий уряд - Ніжинська РДА", "windows-1251", "Q"),
                        "<001c01ce65cf$a3f0b4e0$6401a8c0@orgviddil>", OE6,
                        extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal")]),
            text(rg02_body, "windows-1251", "quoted-printable", quote_cs=True)))

# rg03 — УВП's own coordinator address reports its own measures, "З 3 по 5", "Пункти 11 і 13", "п.п. 14, 15"; koi8-u QP
rg03_body = """Інформація управління з питань внутрішньої політики та зв'язків з громадськістю ОДА (власні пункти плану) станом на 14.12.2012

З 3 по 5: веб-ресурс "Чернігівська громада" запущено 01.11.2012, на його базі відкрито розділ для обговорень, де зареєстровано 126 користувачів; гаряча лінія голови ОДА працює у штатному режимі, звернення опрацьовуються щоденно разом з відділом роботи із зверненнями громадян.

Пункти 11 і 13: День відкритих дверей для журналістів і громадськості проведено 22.11.2012 (23 учасники); спільно з Центром перепідготовки проведено 2 навчальні семінари для заступників керівників структурних підрозділів (18.10 та 15.11).

п. 10 - рекомендації громадським радам щодо утворення комісій з питань відкритості направлено листом від 02.10.2012 N 01-12/1456.

п.п. 14, 15 - методичний посібник "Консультації з громадськістю: практичні поради" (300 прим.) розіслано до РДА та структурних підрозділів; громадське обговорення виконання плану відбулося 12.12.2012 на засіданні Громадської ради.

Головний спеціаліст відділу зв'язків з громадськістю
С.П. Голуб
"""
add("rg03_uvp_own_z3po5", "ranges", "uvp", 1, False,
    [(3, "body"), (4, "body"), (5, "body"), (10, "body"), (11, "body"), (13, "body"), (14, "body"), (15, "body")],
    "УВП's own coordinator address reports the department's own measures with 'З 3 по 5', 'Пункти 11 і 13' and 'п.п. 14, 15'; the sender is УВП itself, not an addressee.",
    "text/plain; koi8-u QP",
    message(std_headers(D(2012, 12, 14, 17, 30, 12, 2),
                        addr("Голуб Світлана", "uvp-info@example.gov.ua", "koi8-u"),
                        ew("Інформація УВП по власних пунктах плану", "koi8-u"),
                        "<000501cdda1f$0c5e2d40$251a87c0$@example.gov.ua>", OUTLOOK03),
            text(rg03_body, "koi8-u", "quoted-printable", quote_cs=True)))

# rg04 — Прилуцкая РГА, Russian clerk, "По пунктам 1, 6 – 9", "По пунктам 10 и 12", The Bat!, windows-1251 base64
rg04_body = """Управлению по вопросам внутренней политики и связям с общественностью ОГА

По пунктам 1, 6 – 9 Плана сообщаем: на сайте райгосадминистрации в течение II полугодия размещено 96 информационных материалов, в т.ч. 18 проектов распоряжений; проведено 4 публичных обсуждения (проект бюджета на 2014 год, программа развития образования, тарифы на воду, реорганизация ЦРБ), в которых приняли участие члены общественного совета; представители 6 общественных организаций включены в состав консультативно-совещательных органов РГА.

По пунктам 10 и 12: рабочая группа по вопросам открытости при общественном совете работает с марта 2013 г., проведено 2 заседания; общественные экспертизы в отчетном периоде не проводились.

Зам. главы Прилукской РГА
А.Н. Литвин
"""
add("rg04_pryluky_ru_po_punktam", "ranges", "rda-pryluky", 3, False,
    [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body"), (10, "body"), (12, "body")],
    "Russian-language district report: 'По пунктам 1, 6 – 9' covers 1 and 6 to 9 (8 included though not owed) and 'По пунктам 10 и 12' covers two more, 12 being 'не проводились'.",
    "text/plain; windows-1251 base64",
    message(std_headers(D(2013, 12, 13, 8, 44, 9, 2),
                        addr("Прилукская РГА", "rda-pryluky@example.gov.ua", "windows-1251"),
                        ew("по пунктам 1, 6-9, 10, 12 Плана (Прилукская РГА)", "windows-1251"),
                        "<1730958326.20131213084409@example.gov.ua>", BAT5),
            text(rg04_body, "windows-1251", "base64")))

# rg05 — Управління праці та соцзахисту, Outlook HTML "П.п. 1, 2", "Пункти 7 і 9", "п. 6, 12"
rg05_paras = [
    "Управління праці та соціального захисту населення облдержадміністрації на виконання Плану заходів (Відкритий уряд) інформує:",
    "П.п. 1, 2 — на веб-сторінці управління та в рубриці «Хід виконання цільових програм» розміщено звіти про виконання 4 обласних соціальних програм за 2012 рік; сторінку оновлено згідно з Порядком оприлюднення публічної інформації.",
    "Пункти 7 і 9 — трьох членів Громадської ради залучено до роботи обласної ради у справах інвалідів; проект Програми «Турбота» на 2013–2015 рр. обговорено з членами громадських рад та організаціями ветеранів.",
    "п. 6, 12 — проведено 2 консультації з громадськістю (щодо житлових субсидій та пільг на проїзд); громадська експертиза діяльності управління, ініційована ГО «Захист», триває, на її запит надано матеріали.",
    "Начальник відділу організаційної роботи\nВ.М. Дячок\nтел. 67-12-90",
]
rg05_plain = "\n\n".join(rg05_paras) + "\n"
rg05_html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
             '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
             '<meta name=Generator content="Microsoft Word 12 (filtered medium)"></head>'
             '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
             + "\n".join('<p class=MsoNormal><span style=\'font-size:12.0pt;font-family:"Times New Roman","serif"\'>%s<o:p></o:p></span></p>' % esc_br(p) for p in rg05_paras)
             + "\n</div></body></html>\n")
add("rg05_sotszakhyst_lists", "ranges", "su-sotszakhyst", 2, False,
    [(1, "body"), (2, "body"), (6, "body"), (7, "body"), (9, "body"), (12, "body")],
    "Social-protection department groups its answers as 'П.п. 1, 2', 'Пункти 7 і 9' and 'п. 6, 12', each pair answered in one sentence; 12 is an ongoing expertise.",
    "alternative: text/plain + text/html (Outlook); windows-1251 QP",
    message(std_headers(D(2013, 6, 12, 11, 26, 40, 3),
                        addr("Управління соцзахисту", "sotszakhyst@example.gov.ua", "windows-1251"),
                        ew("ІНФОРМАЦІЯ ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ (ВІДКРИТИЙ УРЯД)", "windows-1251"),
                        "<005e01ce6752$c2a85f20$47f91d60$@example.gov.ua>", OUTLOOK07,
                        extra=[("Thread-Index", "Ac5nUsKbW8b7Y0eQSeWq2kzd1J3qVg=="), ("Content-Language", "uk")]),
            multi("alternative", "----=_NextPart_000_005F_01CE676B.E7F5F920", [
                text(rg05_plain, "windows-1251", "quoted-printable", quote_cs=True),
                text(rg05_html, "windows-1251", "quoted-printable", "html", quote_cs=True),
            ])))

# =========================================================================== class: prose

# pr01 — Городнянська РДА, a long official letter in the body, no measure numbers; Outlook 2007 Russian UI, utf-8 base64
pr01_body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Про хід виконання Плану заходів
щодо відкритості та прозорості влади

На виконання розпорядження голови облдержадміністрації та Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, затвердженого 10 вересня 2012 року, Городнянська районна державна адміністрація повідомляє наступне.

Офіційний веб-сайт райдержадміністрації у жовтні переведено на нову платформу. Структура сайту відповідає вимогам Закону України «Про доступ до публічної інформації»: оприлюднюються розпорядження голови, звіти про використання бюджетних коштів, графіки особистого прийому громадян керівництвом, контакти відповідальних осіб з питань доступу до публічної інформації.

Двічі за звітний період райдержадміністрація провела громадські обговорення: щодо проекту Програми соціально-економічного та культурного розвитку району на 2013 рік (29.10.2012, 53 учасники) та проекту розпорядження про перелік об'єктів благоустрою на 2013 рік (20.11.2012). До обговорення проекту Програми були запрошені та взяли в ньому участь 7 членів громадської ради при РДА, їхні пропозиції щодо ремонту доріг у селах Хоробичі та Дібрівне внесено до проекту.

Представників громадських організацій району — районної організації ветеранів, товариства «Чорнобиль-Городня» та спілки підприємців — включено до складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій та ради з питань розвитку підприємництва.

За рекомендацією райдержадміністрації громадська рада на засіданні 15 листопада утворила у своєму складі робочу групу з питань відкритості діяльності органу влади (4 особи), яку очолив Лук'яненко М.Г.

Запитів інститутів громадянського суспільства щодо проведення громадської експертизи до райдержадміністрації не надходило, антикорупційна експертиза проектів нормативних актів громадськістю не здійснювалася.

Голова райдержадміністрації                                   В.В. Кругляк

Гурська Н.
(04645) 2-12-80
"""
add("pr01_horodnia_letter", "prose", "rda-horodnia", 1, False,
    [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (10, "body"), (12, "body")],
    "A full official letter with no measure numbers at all; one paragraph covers public consultations and council members discussing the draft programme (6 and 9), and the last says no expertise was done (12).",
    "text/plain; utf-8 base64",
    message(std_headers(D(2012, 12, 12, 10, 2, 58, 2),
                        addr("Городнянская РГА", "rda-horodnia@example.gov.ua"),
                        ew("Про хід виконання Плану заходів щодо відкритості та прозорості влади"),
                        "<000c01cdd845$57a5e3b0$06f1ab10$@example.gov.ua>", OUTLOOK07,
                        extra=[("Thread-Index", "Ac3YRVd8tP4j7ZhfQ2Kq8cK3b1C2rQ=="), ("Content-Language", "ru")]),
            text(pr01_body, "utf-8", "base64", quote_cs=True)))

# pr02 — Управління охорони здоров'я, PDF letter with a text layer, headings in other words; Outlook 2010
pr02_pdf = """<p align="right">Управління з питань внутрішньої політики<br>та зв'язків з громадськістю<br>облдержадміністрації</p>
<p><b>УПРАВЛІННЯ ОХОРОНИ ЗДОРОВ'Я<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b><br>вул. Комсомольська, 43, м. Чернігів, 14000</p>
<p>05.06.2013 № 04-11/2217</p>
<p>Управління охорони здоров'я облдержадміністрації інформує про роботу щодо відкритості та прозорості своєї діяльності у першому півріччі 2013 року.</p>
<p><b>Щодо доступу громадян до інформації про діяльність управління</b></p>
<p>Інформаційне наповнення веб-сторінки управління приведено у відповідність із законодавством: розміщено порядок отримання безоплатних ліків, перелік закладів первинної медичної допомоги з графіками роботи, звіти про використання коштів на закупівлю обладнання. Щотижня оновлюється стрічка новин (за півріччя — 74 матеріали).</p>
<p><b>Участь громадськості у роботі колегії</b></p>
<p>Наказом управління від 21.01.2013 № 18 до складу колегії введено голову комітету з питань охорони здоров'я та соціальної політики Громадської ради при облдержадміністрації Гордієнко Л.В.; відповідні зміни внесено до Положення про колегію.</p>
<p><b>Громадський контроль</b></p>
<p>Громадська організація «Здоров'я нації» у березні–квітні провела громадську експертизу якості надання первинної медичної допомоги у Козелецькому та Ічнянському районах. За її результатами розроблено план реалізації 12 експертних пропозицій, затверджений наказом управління від 15.05.2013 № 203.</p>
<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.М. Ковальов</p>
<p><font size="2">Пасічник 67-50-13</font></p>"""
pr02_fn = "Лист УОЗ відкритість 2217.pdf"
pr02_body = """Добрий день!
Направляємо лист управління охорони здоров'я у форматі PDF. Оригінал надіслано поштою.
"""
add("pr02_zdorovia_pdf", "prose", "su-zdorovia", 2, False,
    [(1, pr02_fn), (8, pr02_fn), (12, pr02_fn)],
    "Health department's PDF letter has headings in its own words (access to information, the collegium, public control) and no measure numbers; it answers 1, 8 and 12.",
    "mixed: text/plain + pdf (RFC 2047 utf-8 name); utf-8 QP",
    message(std_headers(D(2013, 6, 7, 13, 45, 7, 3),
                        addr("Управління охорони здоров'я", "zdorovia@example.gov.ua"),
                        ew("лист УОЗ від 05.06.2013 № 04-11/2217"),
                        "<00b401ce6376$0f9b1c20$2ed15460$@example.gov.ua>", OUTLOOK10,
                        extra=[("Thread-Index", "Ac5jdg+ZEd3k8hNlRp6yHq9ZxQ7Hkg=="), ("Content-Language", "uk")]),
            multi("mixed", "----=_NextPart_000_00B5_01CE638F.34E5E620", [
                text(pr02_body, "utf-8", "quoted-printable", quote_cs=True),
                att(office("pr02", "pdf", pr02_pdf, "html"), MIME["pdf"], pr02_fn, "2047", "utf-8"),
            ])))

# pr03 — Громадська рада, docx with three sections in its own words; Thunderbird, utf-8
pr03_html = """<p align="center"><b>Інформація Громадської ради при Чернігівській облдержадміністрації<br>щодо участі у виконанні плану заходів «Відкритий уряд»</b></p>
<p><b>Спільний інтернет-ресурс громадськості та влади</b></p>
<p>Громадська рада спільно з управлінням внутрішньої політики забезпечила запуск і наповнення ресурсу «Чернігівська громада»: члени ради підготували розділи «Громадські ініціативи» та «Новини комітетів», щотижня публікується 5–7 матеріалів.</p>
<p><b>Майданчик для онлайн-дискусій</b></p>
<p>На ресурсі відкрито розділ для дискусій мешканців області. Перші теми — про громадський транспорт у Чернігові та прибирання снігу — зібрали понад 200 дописів; зареєстровано 37 учасників, модерацію здійснює комітет з інформаційної політики.</p>
<p><b>Звітування перед громадськістю</b></p>
<p>27 листопада на відкритому засіданні ради заслухано інформацію управління внутрішньої політики про хід виконання плану заходів і проведено його обговорення за участю представників 14 громадських організацій; рекомендації надіслано до облдержадміністрації.</p>
<p>Голова Громадської ради&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;П.І. Дорошенко</p>"""
pr03_fn = "Інформація Громадської ради.docx"
pr03_body = """Надсилаю звіт Громадської ради щодо виконання плану.

Секретар ГР
Оксана Мельник
"""
add("pr03_gromrada_docx", "prose", "gromrada", 1, False,
    [(3, pr03_fn), (4, pr03_fn), (15, pr03_fn)],
    "Public Council's docx report uses its own headings (joint web resource, online discussion space, reporting to the public) for measures 3, 4 and 15, never their numbers.",
    "mixed: text/plain + docx (RFC 2231 name); utf-8 8bit",
    message(std_headers(D(2012, 12, 10, 19, 12, 33, 2),
                        addr("Громадська рада", "gromrada@example.gov.ua"),
                        ew("звіт ГР"),
                        "<50C61879.9000105@example.gov.ua>", TB17),
            multi("mixed", "------------090402060703000908020503", [
                text(pr03_body, "UTF-8", "8bit", extra="; format=flowed"),
                att(office("pr03", "docx", pr03_html, "html"), MIME["docx"], pr03_fn, "2231"),
            ])))

# pr04 — Щорська РДА, odt in prose + one extra measure in the body; Thunderbird, utf-8 QP
pr04_html = """<p align="center"><b>ІНФОРМАЦІЯ<br>Щорської районної державної адміністрації про роботу з підвищення відкритості та прозорості влади у ІІ півріччі 2013 року</b></p>
<p>Сайт райдержадміністрації працює у новій редакції з серпня 2013 року. Додано розділи «Публічна інформація», «Регуляторна діяльність», «Звернення громадян»; забезпечено оприлюднення проектів рішень не пізніше ніж за 20 робочих днів до їх розгляду.</p>
<p>Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (28.11.2013), електронне обговорення схеми санітарного очищення м. Щорса, зустрічі з мешканцями сіл Гірськ та Єліне щодо збереження ФАПів.</p>
<p>До складу районної ради з питань безпеки дорожнього руху та опікунської ради увійшли представники громадської ради і ГО «Щорсівська громада».</p>
<p>Громадські експертизи діяльності РДА та антикорупційні експертизи проектів актів у ІІ півріччі не проводилися, відповідних звернень не надходило.</p>"""
pr04_fn = "Shchors_RDA_info.odt"
pr04_body = """Доброго дня.
У вкладенні інформація Щорської райдержадміністрації.

Окремо повідомляємо: при громадській раді району у вересні створено робочу групу з питань відкритості та прозорості влади (5 осіб), перше засідання відбулося 02.10.2013.

Олексій Кравець, сектор внутрішньої політики
"""
add("pr04_shchors_odt_plus_body", "prose", "rda-shchors", 3, False,
    [(1, pr04_fn), (6, pr04_fn), (7, pr04_fn), (10, "body"), (12, pr04_fn)],
    "District odt written as unnumbered prose (site, hearings, advisory bodies, no expertise) plus one extra measure (working group on openness) reported only in the covering body.",
    "mixed: text/plain + odt; utf-8 QP",
    message(std_headers(D(2013, 12, 11, 14, 20, 17, 2),
                        addr("Щорська РДА", "rda-shchors@example.gov.ua"),
                        ew("Інформація Щорської РДА - Відкритий уряд"),
                        "<52A8588D.6000702@example.gov.ua>", TB24),
            multi("mixed", "------------020904010600080409070805", [
                text(pr04_body, "UTF-8", "quoted-printable"),
                att(office("pr04", "odt", pr04_html, "html"), MIME["odt"], pr04_fn, "2231"),
            ])))

# pr05 — Управление градостроительства, Russian prose in an Outlook HTML body; windows-1251 QP
pr05_paras = [
    "Управление градостроительства и архитектуры облгосадминистрации сообщает следующее.",
    "На странице управления на портале облгосадминистрации регулярно обновляется информация о градостроительной документации, за полугодие размещено 12 материалов, в т.ч. проекты генеральных планов сел.",
    "В январе–мае 2013 года проведены общественные слушания по проектам генеральных планов г. Мена, пгт Козелец и с. Пески. К обсуждению проекта Программы разработки градостроительной документации на 2013–2015 гг. привлечены члены Общественного совета при ОГА, их замечания учтены.",
    "Председатель комитета Общественного совета по вопросам ЖКХ и строительства Кравец В.П. с его согласия введен в состав коллегии управления (приказ от 11.02.2013 № 8).",
    "С уважением,\nзам. начальника управления\nЮ.А. Бережной",
]
pr05_plain = "\n\n".join(pr05_paras) + "\n"
pr05_html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
             '<meta name=Generator content="Microsoft Word 12 (filtered medium)"></head><body lang=RU>'
             + "".join("<p class=MsoNormal>%s</p>\n" % esc_br(p) for p in pr05_paras) + "</body></html>\n")
add("pr05_mistobuduvannia_ru_html", "prose", "su-mistobuduvannia", 2, False,
    [(1, "body"), (6, "body"), (8, "body"), (9, "body")],
    "Russian prose in an Outlook HTML body without numbers; one paragraph holds both public hearings (6) and council members discussing a draft programme (9).",
    "alternative: text/plain + text/html; windows-1251 QP",
    message(std_headers(D(2013, 6, 14, 15, 33, 1, 3),
                        addr("Управление градостроительства", "mistobuduvannia@example.gov.ua", "windows-1251"),
                        ew("информация по плану Открытое правительство", "windows-1251"),
                        "<00e101ce68ec$2c6f3a70$854daf50$@example.gov.ua>", OUTLOOK07,
                        extra=[("Thread-Index", "Ac5o7Cxu0m2pO8kzTPaOqV3eE6m6fw=="), ("Content-Language", "ru")]),
            multi("alternative", "----=_NextPart_000_00E2_01CE6905.51BC7A70", [
                text(pr05_plain, "windows-1251", "quoted-printable", quote_cs=True),
                text(pr05_html, "windows-1251", "quoted-printable", "html", quote_cs=True),
            ])))

# =========================================================================== class: foreign_numbers

# fn01 — Варвинська РДА, the report's own numbering 1.–5. unrelated to the plan; Outlook 2003, windows-1251 8bit
fn01_body = """Інформація Варвинської райдержадміністрації щодо виконання Плану заходів «Відкритий уряд»

1. На офіційному сайті РДА відкрито 2 нові розділи: «Регуляторна діяльність» та «Звернення громадян».
2. Проведено 3 громадські консультації з питань формування бюджету на 2013 рік.
3. Двох членів громадської ради включено до складу районної координаційної ради з питань АПК.
4. Громадськими організаціями проведено експертизу проекту розпорядження про затвердження Правил благоустрою с. Озеряни.
5. Громадська рада при РДА утворила робочу групу з питань відкритості влади з 3 осіб.

Керуючий справами апарату РДА   О.М. Гайдай
"""
add("fn01_varva_own_numbering", "foreign_numbers", "rda-varva", 1, False,
    [(1, "body"), (6, "body"), (7, "body"), (10, "body"), (12, "body")],
    "District list numbered 1.–5. by the clerk; only its first number coincides with the plan, items 2–5 answer measures 6, 7, 12 and 10.",
    "text/plain; windows-1251 8bit",
    message(std_headers(D(2012, 12, 6, 11, 47, 20, 2),
                        addr("Varva RDA", "rda-varva@example.gov.ua"),
                        ew("Варвинська РДА - Відкритий уряд", "windows-1251"),
                        "<000401cdd3a9$5d6e7f80$0200a8c0@zagviddil>", OUTLOOK03,
                        extra=[("Thread-Index", "Ac3TqV1nXv4xqS7uRU+NRnuq9YQDhg==")]),
            text(fn01_body, "windows-1251", "8bit", quote_cs=True)))

# fn02 — ГУ агропромислового розвитку, docx in the office's own plan numbering 1.1 / 2.3 / 3.2
fn02_html = """<p align="center"><b>Виконання заходів відомчого плану Головного управління агропромислового розвитку облдержадміністрації щодо відкритості та прозорості (І півріччя 2013 р.)</b></p>
<p><b>1.1.</b> Забезпечення участі громадськості у формуванні аграрної політики. 18.04.2013 проведено консультації з громадськістю щодо проекту Програми розвитку молочного скотарства на 2013–2015 роки (наказ ГУАПР від 02.04.2013 № 56), участь взяли 27 представників фермерських об'єднань.</p>
<p><b>2.3.</b> Склад колегії. До колегії головного управління введено голову комітету з питань аграрної політики та земельних відносин Громадської ради при ОДА Сидоренка М.П. (наказ від 15.01.2013 № 4).</p>
<p><b>3.2.</b> Обговорення проектів документів. Членам Громадської ради направлено для обговорення проект розпорядження голови ОДА «Про проведення весняно-польових робіт у 2013 році»; отримано 4 пропозиції.</p>
<p>Відповідальний: Бабич Л.І., тел. 67-51-04</p>"""
fn02_fn = "ГУАПР_Відкритий уряд_І півріччя.docx"
fn02_body = """Направляємо інформацію ГУАПР (1 файл, 2 арк.).

Сектор організаційної роботи
Головне управління агропромислового розвитку ОДА
"""
add("fn02_apk_own_plan_1.1", "foreign_numbers", "su-apk", 2, False,
    [(6, fn02_fn), (8, fn02_fn), (9, fn02_fn)],
    "Agro department's docx follows its own internal plan numbering 1.1 / 2.3 / 3.2 and cites order numbers 56 and 4; the content answers measures 6, 8 and 9.",
    "mixed: text/plain + docx (RFC 2231 name); utf-8 base64",
    message(std_headers(D(2013, 6, 13, 9, 10, 55, 3),
                        addr("ГУАПР", "apk@example.gov.ua"),
                        ew("інформація ГУАПР"),
                        "<51B9614F.1020004@example.gov.ua>", TB17),
            multi("mixed", "------------040809070103030205060404", [
                text(fn02_body, "UTF-8", "base64"),
                att(office("fn02", "docx", fn02_html, "html"), MIME["docx"], fn02_fn, "2231"),
            ])))

# fn03 — Служба у справах дітей, sub-items 1) 2) а) б), "п. 3 розпорядження № 234"; The Bat!, utf-8 QP
fn03_body = """На виконання листа управління від 25.11.2013 № 01-15/2301 служба у справах дітей облдержадміністрації повідомляє.

Пункт 7 Плану:
1) до складу опікунської ради при службі включено представників 2 громадських організацій («Дитячий фонд», «Права дитини»);
2) проведено 3 засідання ради за участю членів громадської ради при ОДА.

Пункт 9 Плану:
а) проект розпорядження голови ОДА «Про оздоровлення дітей пільгових категорій у 2014 році» обговорено з членами громадської ради 06.11.2013;
б) відповідно до п. 3 розпорядження голови облдержадміністрації від 12.04.2013 № 234 пропозиції громадськості опрацьовано протягом 10 днів, 4 з 6 враховано.

Пункт 1 Плану: на сторінці служби оновлено розділ «Усиновлення та сімейні форми виховання», розміщено 15 анкет дітей (без персональних даних).

Начальник служби   Г.Л. Нестеренко
"""
add("fn03_sluzhba_ditei_subitems", "foreign_numbers", "su-sluzhba-ditei", 3, False,
    [(1, "body"), (7, "body"), (9, "body")],
    "Children's service report names plan items 7, 9 and 1 but fills them with sub-items 1) 2) а) б), a letter number, 'п. 3 розпорядження № 234' and counts like 2, 3, 4, 6, 10, 15.",
    "text/plain; utf-8 QP",
    message(std_headers(D(2013, 12, 9, 16, 5, 41, 2),
                        addr("Служба у справах дітей", "sluzhba-ditei@example.gov.ua"),
                        ew("на лист № 01-15/2301"),
                        "<416239201.20131209160541@example.gov.ua>", BAT),
            text(fn03_body, "utf-8", "quoted-printable")))

# fn04 — Козелецька РДА, tab table pasted into the body: row number vs plan item column; Outlook 2010, utf-8 QP
fn04_rows = [
    ("№ з/п", "Пункт Плану", "Стан виконання"),
    ("1", "1", "Сайт РДА: за січень–травень розміщено 64 новини, 11 проектів рішень, звіт голови РДА; оновлено розділ «Доступ до публічної інформації»."),
    ("2", "6", "15.05.2013 проведено громадські слухання щодо схеми планування території Козелецького району, 88 учасників."),
    ("3", "9", "Проект районної програми «Молодь Козелеччини» обговорено з членами громадської ради 23.04.2013, внесено 3 зміни."),
    ("4", "12", "ГО «Десна-Контроль» провела громадську експертизу діяльності відділу містобудування та архітектури РДА; розроблено план заходів з 7 пунктів."),
]
fn04_body = ("Інформація Козелецької райдержадміністрації\n\n" + "\n".join("\t".join(r) for r in fn04_rows)
             + "\n\nВиконавець: Рудь Галина, (04646) 2-13-16\n")
add("fn04_kozelets_tabtable", "foreign_numbers", "rda-kozelets", 2, False,
    [(1, "body"), (6, "body"), (9, "body"), (12, "body")],
    "A tab-separated table pasted into the body: the first column is the row count 1–4, the second holds the real plan items 1, 6, 9, 12; dates and a phone number add noise.",
    "text/plain; utf-8 QP",
    message(std_headers(D(2013, 5, 31, 12, 40, 3, 3),
                        addr("Козелецька РДА", "rda-kozelets@example.gov.ua"),
                        ew("Інформація Козелецької РДА"),
                        "<003e01ce5df6$7a1b2c30$6e518490$@example.gov.ua>", OUTLOOK10,
                        extra=[("Thread-Index", "Ac5d9noR1bK0CjMhQxS2e5A0yJvB1Q=="), ("Content-Language", "uk")]),
            text(fn04_body, "utf-8", "quoted-printable", quote_cs=True)))

# fn05 — Центр перепідготовки, measure 13 in a text full of other numbers; Thunderbird, utf-8 8bit
fn05_body = """Відповідно до п. 13 Плану заходів Чернігівський центр перепідготовки та підвищення кваліфікації інформує.

У січні – лютому 2013 року Центром проведено 4 тематичні постійно діючі семінари (14.01, 21.01, 05.02, 19.02) «Інструменти політики сприяння розвитку громадянського суспільства» для 112 слухачів, з них 38 заступників керівників структурних підрозділів ОДА та 74 спеціалісти РДА, які організовують консультації з громадськістю.

Навчання здійснювалось за програмою № 16 (затверджена наказом Центру від 28.12.2012 № 112), обсяг — 24 год. Анкетування пройшли 96 слухачів, 9 з 10 оцінили навчання як корисне.

Проректор з навчальної роботи
Т.В. Мисник
тел. 65-12-14
"""
add("fn05_cppk_numbers_noise", "foreign_numbers", "cppk", 2, False,
    [(13, "body")],
    "The training centre reports only measure 13, in a text crowded with dates (14.01), a programme No. 16, an order No. 112, hours, counts and a phone number that look like other measures.",
    "text/plain; utf-8 8bit",
    message(std_headers(D(2013, 3, 5, 10, 22, 48, 2),
                        addr("ЦППК", "cppk@example.gov.ua"),
                        ew("п.13 Плану - інформація Центру"),
                        "<5135AB70.4080306@example.gov.ua>", TB17),
            text(fn05_body, "UTF-8", "8bit", extra="; format=flowed")))

# =========================================================================== class: personal_address

# pa01 — gmail, Куликівська РДА named only in the signature (genitive); greeting names УВП
pa01_text = """Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю ОДА!

Надсилаю інформацію від нас з особистої пошти, бо службова вже другий день не працює.

1 - на сайті РДА розміщено звіт про виконання бюджету за 10 місяців та 6 проектів розпоряджень для обговорення
6 - 22.11 проведено консультації з громадськістю щодо оптимізації мережі шкіл (Вересоч, Салтикова Дівиця), були присутні 58 осіб
7 - до районної комісії з питань захисту прав дитини включено голову громадської ради Мисника П.
10 - громадська рада розглянула нашу рекомендацію, робоча група з питань відкритості створена 04.12.2012

Ірина Коваль
провідний спеціаліст відділу організаційної роботи апарату Куликівської райдержадміністрації
тел. (04643) 2-13-11
"""
add("pa01_gmail_kulykivka", "personal_address", "rda-kulykivka", 1, False,
    [(1, "body"), (6, "body"), (7, "body"), (10, "body")],
    "Sent from a gmail address not in plan.toml; the greeting names УВП (the addressee) and the office appears only in the signature in the genitive ('Куликівської райдержадміністрації').",
    "alternative: text/plain + text/html (gmail); utf-8 base64",
    message(std_headers(D(2012, 12, 12, 13, 16, 4, 2),
                        addr("Ірина Коваль", "iryna.koval.kul@gmail.com"),
                        ew("інформація (Відкритий уряд)"),
                        "<CAK7d2N+ZsR0d3Y_1bq8xXcP2fV8hQm5Uo0a9Nw2rG7k@mail.gmail.com>",
                        relay="mail-wg0-f41.google.com"),
            multi("alternative", "047d7b621f1e8c4a0d04d0a8b3f2", [
                text(pa01_text, "UTF-8", "base64"),
                text(gmail_html(pa01_text), "UTF-8", "base64", "html"),
            ], preamble="")))

# pa02 — ukr.net, управління у справах сім'ї, молоді та спорту in the signature; split into short paragraphs; HTML only
pa02_paras = [
    "Доброго дня, шановне управління внутрішньої політики!",
    "Надсилаємо інформацію про виконання плану «Відкритий уряд» за перше півріччя.",
    "Консультації з громадськістю: 2 засідання «круглого столу» з молодіжними організаціями щодо проекту Програми «Молодь Чернігівщини» (19.02 і 16.04).",
    "До обласної ради з питань фізичної культури і спорту увійшли 2 представники федерацій з видів спорту та член Громадської ради Шевель А.",
    "Проект Програми оздоровлення та відпочинку дітей на 2013 рік був розісланий членам Громадської ради, 3 їхні пропозиції враховані.",
    "Громадська антикорупційна експертиза проекту Положення про обласний конкурс «Молода сім'я року» проведена ГО «Антикорупційний форум», зауважень не виявлено.",
    "з повагою, Олена Бондар,\nголовний спеціаліст відділу молодіжної політики управління у справах сім'ї, молоді та спорту облдержадміністрації",
]
pa02_html = ("<html><body><div style=\"font-family:Arial;font-size:13px\">"
             + "".join("<p>%s</p>" % esc_br(p) for p in pa02_paras) + "</div></body></html>\n")
add("pa02_ukrnet_simia", "personal_address", "su-simia", 2, False,
    [(6, "body"), (7, "body"), (9, "body"), (12, "body")],
    "ukr.net address, HTML-only body split into one-sentence paragraphs without numbers; the family/youth/sport department is named only in the signature, the greeting names УВП.",
    "text/html only; utf-8 base64",
    message(std_headers(D(2013, 6, 14, 21, 7, 29, 3),
                        addr("Олена Бондар", "bondar_olena@ukr.net"),
                        ew("Відкритий уряд - інформація"),
                        "<1371233249.718023146.5kx0a3n2@frv41.ukr.net>", ("X-Mailer", "FREEMAIL.UKR.NET"),
                        relay="frv41.ukr.net"),
            text(pa02_html, "utf-8", "base64", "html")))

# pa03 — i.ua, Сосницкая РГА (Russian, in the signature), late in period 3, windows-1251 base64
pa03_body = """Добрый день, Управление внутренней политики!

Высылаю информацию за II полугодие по плану открытости, извините за опоздание - был на больничном.

- сайт: обновлен раздел "Публичная информация", размещено 23 проекта решений и распоряжений;
- проведены общественные обсуждения проекта бюджета района на 2014 год (26.11) и тарифов на услуги водоснабжения (03.12);
- проект Программы поддержки малого бизнеса обсуждался с членами общественного совета на заседании 14.10, учтено 2 предложения.

С уважением,
Мельник С.А.
ведущий специалист аппарата Сосницкой райгосадминистрации
"""
add("pa03_iua_sosnytsia_ru_late", "personal_address", "rda-sosnytsia", 3, True,
    [(1, "body"), (6, "body"), (9, "body")],
    "Russian dashed list from an i.ua address, one day after the deadline; the district is named only in the signature ('Сосницкой райгосадминистрации'), the greeting names УВП.",
    "text/plain; windows-1251 base64",
    message(std_headers(D(2013, 12, 16, 10, 3, 55, 2),
                        addr("Sergey Melnik", "s.melnik78@i.ua"),
                        ew("информация по плану", "windows-1251"),
                        "<52AEB3A3.000007.04812@mail.i.ua>", ("X-Mailer", "i.ua mail"),
                        relay="mail.i.ua"),
            text(pa03_body, "windows-1251", "base64")))

# pa04 — meta.ua, Головне управління економіки: docx + one measure in the body; windows-1251 QP
pa04_html = """<p><b>Інформація Головного управління економіки облдержадміністрації</b></p>
<p>Веб-сторінку управління на сайті облдержадміністрації наповнено відповідно до вимог законодавства про доступ до публічної інформації; щомісяця оприлюднюються аналітичні матеріали про соціально-економічний розвиток області.</p>
<p>Проект Програми соціально-економічного розвитку області на 2013 рік пройшов процедуру консультацій з громадськістю: електронне обговорення на сайті ОДА (1–20 листопада) та публічні слухання 23 листопада за участю 61 особи.</p>
<p>До складу Ради з питань регіонального розвитку при облдержадміністрації включено 3 членів Громадської ради та представника обласної організації роботодавців.</p>"""
pa04_fn = "informaciya_GUE.docx"
pa04_body = """До управління з питань внутрішньої політики

Доброго дня! Надсилаю з домашньої пошти інформацію від Головного управління економіки (у вкладенні), на роботі не відкривається поштова програма.

Додатково по п. 2: у рубриці «Хід виконання цільових програм» розміщено зведену інформацію про виконання 47 обласних програм за 9 місяців 2012 р.

Т. Литвиненко,
відділ стратегічного планування Головного управління економіки ОДА
"""
add("pa04_metaua_ekonomika", "personal_address", "su-ekonomika", 1, False,
    [(1, pa04_fn), (2, "body"), (6, pa04_fn), (7, pa04_fn)],
    "meta.ua address of an economics department clerk: the unnumbered docx answers 1, 6 and 7 while the body adds measure 2; the greeting names УВП.",
    "mixed: text/plain + docx; windows-1251 QP",
    message(std_headers(D(2012, 12, 13, 20, 41, 16, 2),
                        addr("Тетяна", "tanya_gue@meta.ua", "windows-1251"),
                        ew("інфо ГУЕ", "windows-1251"),
                        "<1355424076.584923.7712@webmail.meta.ua>", ("X-Mailer", "META.ua Mail"),
                        relay="mx.meta.ua"),
            multi("mixed", "=_meta_1355424076_7712", [
                text(pa04_body, "windows-1251", "quoted-printable"),
                att(office("pa04", "docx", pa04_html, "html"), MIME["docx"], pa04_fn),
            ], preamble="")))

# pa05 — gmail, terse clerk of Новгород-Сіверська РДА, no measure numbers
pa05_text = """Доброго дня, управління внутрішньої політики! На Ваш лист від 02.12 надаємо:

консультації – 3 (бюджет-2014, шкільна мережа, тарифи на тепло)
громадська рада – робоча група з відкритості працює, засідання 18.10.2013
експертизи – ГО «Сіверська громада» провела експертизу діяльності відділу освіти РДА, за результатами затверджено план заходів із 6 пунктів

Оксана Пилипенко
сектор з питань внутрішньої політики Новгород-Сіверської РДА
"""
add("pa05_gmail_novhorod_terse", "personal_address", "rda-novhorod-siverskyi", 3, False,
    [(6, "body"), (10, "body"), (12, "body")],
    "Terse three-line report from gmail with keyword labels instead of numbers; the office is in the signature in the genitive, and '6 пунктів' is an internal count, not measure 6.",
    "alternative: text/plain + text/html (gmail); utf-8 QP",
    message(std_headers(D(2013, 12, 14, 12, 55, 30, 2),
                        addr("Oksana P.", "oksana.pylypenko.ns@gmail.com"),
                        ew("Новгород-Сіверська РДА"),
                        "<CAGn1x+Qk8e5vJ3mY0LbQzTqo9D=Fh2wPq3uXy7KcA4sN0@mail.gmail.com>",
                        relay="mail-ea0-f172.google.com"),
            multi("alternative", "089e0122f0be1c2e9304ed6e4a1b", [
                text(pa05_text, "UTF-8", "quoted-printable"),
                text(gmail_html(pa05_text), "UTF-8", "quoted-printable", "html"),
            ], preamble="")))

# =========================================================================== class: mixed

# mx01 — Бахмацька РДА: the reception forwards inline a department's report; Outlook 2003 Russian UI, windows-1251 QP
mx01_body = """Добрий день! Пересилаємо інформацію відділу організаційної роботи щодо Плану заходів.
Загальний відділ апарату Бахмацької РДА

-----Исходное сообщение-----
От: Кравченко Л. [mailto:orgviddil.bakhmach@ukr.net] 
Отправлено: 13 декабря 2012 г. 16:47
Кому: rda-bakhmach@example.gov.ua
Тема: інформація відкритий уряд

Прохання переслати в УВП ОДА, до 15-го.

п.6 - в листопаді проведено 2 консультації з громадськістю: щодо проекту Програми енергозбереження та щодо реорганізації районного будинку культури (Бахмач, 19.11 та 27.11).
п.7 - голову громадської ради Бондаренка В.М. включено до складу районної комісії з питань розподілу житла.
п.9 - члени громадської ради взяли участь в обговоренні проекту розпорядження про місцеві податки і збори, надано 4 пропозиції.

Л. Кравченко
"""
add("mx01_bakhmach_secretary_forward", "mixed", "rda-bakhmach", 1, False,
    [(6, "body"), (7, "body"), (9, "body")],
    "The district's reception forwards inline (Russian Outlook 'Исходное сообщение' block) a department clerk's report written from a ukr.net address; the forwarded text is the office's own report.",
    "text/plain; windows-1251 QP",
    message(std_headers(D(2012, 12, 14, 9, 5, 37, 2),
                        addr("Приймальня Бахмацької РДА", "rda-bakhmach@example.gov.ua", "windows-1251"),
                        ew("FW: інформація відкритий уряд", "windows-1251"),
                        "<000e01cdd9d7$4a1b2c30$6400a8c0@priymalnia>", OUTLOOK03,
                        extra=[("Thread-Index", "Ac3Z1i2bB3kqk7c5TSSq4u0Q5ZqjWgAAd3Ww")]),
            text(mx01_body, "windows-1251", "quoted-printable", quote_cs=True)))

# mx02 — Управління капбудівництва forwards a colleague's mail as message/rfc822 with the docx inside
mx02_html = """<p><b>Інформація управління капітального будівництва облдержадміністрації (І півріччя 2013 р.)</b></p>
<p>Веб-сторінка управління доповнена переліком об'єктів будівництва, що фінансуються з обласного бюджету, та відомостями про результати тендерних процедур.</p>
<p>Проведено громадські слухання щодо реконструкції стадіону «Гагарін» у м. Чернігові (12.03.2013) та обговорення проекту добудови обласної дитячої лікарні з батьківськими організаціями.</p>
<p>До складу колегії управління введено голову комітету Громадської ради з питань будівництва та інфраструктури Лещенка О.В.</p>
<p>Проект наказу «Про порядок проведення конкурсних торгів на закупівлю робіт» пройшов громадську антикорупційну експертизу, проведену ГО «Прозорі закупівлі», зауваження враховано.</p>"""
mx02_fn = "kapbud_info.docx"
mx02_inner = message([
    ("Date", fdate(D(2013, 6, 11, 18, 22, 4, 3))),
    ("From", addr("Василь Петрук", "petruk.v@ukr.net")),
    ("To", "kapbud@example.gov.ua"),
    ("Subject", ew("інформація для УВП")),
    ("Message-ID", "<1370964124.302914577.q8dz7w1m@frv22.ukr.net>"),
    ("X-Mailer", "FREEMAIL.UKR.NET"),
    ("MIME-Version", "1.0")],
    multi("mixed", "=_ukrnet_1370964124_3029", [
        text("Таблиця для УВП, як домовлялись. Перешліть, будь ласка, з управлінської пошти.\nВ. Петрук\n", "utf-8", "8bit"),
        att(office("mx02", "docx", mx02_html, "html"), MIME["docx"], mx02_fn, "2047"),
    ], preamble=""))
mx02_body = """Переадресовую лист Петрука В. з інформацією управління капітального будівництва щодо Плану заходів (Відкритий уряд).

Сектор організаційного забезпечення
"""
add("mx02_kapbud_rfc822_forward", "mixed", "su-kapbud", 2, False,
    [(1, mx02_fn), (6, mx02_fn), (8, mx02_fn), (12, mx02_fn)],
    "Capital construction department forwards a colleague's ukr.net mail as an attached message/rfc822; the report is the docx inside that forwarded message.",
    "mixed: text/plain + message/rfc822 (text/plain + docx); utf-8 8bit",
    message(std_headers(D(2013, 6, 12, 8, 47, 19, 3),
                        addr("Управління капбудівництва", "kapbud@example.gov.ua"),
                        ew("Fwd: інформація для УВП"),
                        "<51B80C57.3050502@example.gov.ua>", TB17),
            multi("mixed", "------------010008050107000309040506", [
                text(mx02_body, "UTF-8", "8bit", extra="; format=flowed"),
                P('message/rfc822;\n name="%s"' % _w1("інформація для УВП.eml", "utf-8"), mx02_inner, "8bit",
                  headers=[("Content-Disposition", "attachment;\n " + _rfc2231("інформація для УВП.eml"))]),
            ])))

# mx03 — Ічнянська РДА corrects one measure; body is koi8-u but labelled koi8-r (The Bat!)
mx03_body = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА

Уточнення до інформації Ічнянської райдержадміністрації від 29.11.2013.

У нашому листі по пункту 12 помилково зазначено, що громадські експертизи не проводились. Просимо читати так: у жовтні 2013 р. ГО "Ічнянська громадська ініціатива" провела громадську експертизу діяльності управління соціального захисту населення РДА, надано 8 пропозицій, 5 з них включено до плану роботи управління на 2014 рік.

Решта інформації без змін.

Завідувач сектору з питань внутрішньої політики
Ігор Євтушенко
"""
add("mx03_ichnia_correction_koi8u_as_koi8r", "mixed", "rda-ichnia", 3, False,
    [(12, "body")],
    "Correction of a single measure (12) sent by The Bat! in koi8-u but labelled koi8-r, so і, ї, є come out wrong; the reference to the earlier letter and 'решта без змін' are not items.",
    "text/plain; koi8-u bytes labelled koi8-r, 8bit",
    message(std_headers(D(2013, 12, 4, 11, 16, 2, 2),
                        addr("Ичнянская РГА", "rda-ichnia@example.gov.ua", "koi8-r"),
                        ew("Уточнение к информации (п.12)", "koi8-r"),
                        "<880913757.20131204111602@example.gov.ua>", BAT),
            P("text/plain; charset=koi8-r", mx03_body.encode("koi8-u"), "8bit")))

# mx04 — Чернігівська РДА: Outlook 2010 Word HTML with a table, inside multipart/related with the inline signature logo
mx04_rows = [
    ("1", "Офіційний веб-сайт райдержадміністрації доповнено розділом «Бюджет для громадян», розміщено 31 проект розпорядження та звіти відділів за 9 місяців."),
    ("6", "Проведено 5 консультацій з громадськістю, у т.ч. громадські слухання щодо проекту Програми соціально-економічного розвитку району на 2014 рік (03.12.2013, с. Количівка, 47 учасників)."),
    ("9", "Проекти розпоряджень про затвердження районних програм «Питна вода» та «Сільський лікар» направлено громадській раді, пропозиції розглянуто на засіданні 17.10.2013."),
    ("10", "Робоча група з питань відкритості та прозорості при громадській раді провела моніторинг сайту РДА, рекомендації враховано."),
    ("12", "Не здійснювалось у зв'язку з відсутністю звернень ІГС."),
]
mx04_intro = "Шановні колеги!\n\nІнформація Чернігівської районної державної адміністрації про виконання Плану заходів за ІІ півріччя 2013 року:"
mx04_sig = "З повагою\nНачальник відділу організаційної роботи апарату\nЧернігівської райдержадміністрації\nО.В. Даниленко\n(0462) 69-61-07"
mx04_plain = (mx04_intro + "\n\n" + "Пункт плану\tІнформація про виконання\n" + "\n".join("%s\t%s" % r for r in mx04_rows)
              + "\n\n" + mx04_sig + "\n")
_td = "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>"
mx04_html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
             "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
             "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
             "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"><style><!--\n"
             "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:\"Times New Roman\",\"serif\";}\n"
             "table.MsoNormalTable {mso-style-name:\"Звичайна таблиця\";}\n--></style></head>"
             "<body lang=UK link=blue vlink=purple><div class=WordSection1>"
             + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % html.escape(l) if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for l in mx04_intro.split("\n"))
             + "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             + "<tr>" + _td % "<b>Пункт плану</b>" + _td % "<b>Інформація про виконання</b>" + "</tr>"
             + "".join("<tr>" + _td % a + _td % html.escape(b) + "</tr>" for a, b in mx04_rows)
             + "</table><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
             + "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % html.escape(l) for l in mx04_sig.split("\n"))
             + "<p class=MsoNormal><img width=40 height=48 id=\"Picture_x0020_1\" src=\"cid:image001.png@01CEF5A1.6B8E3C20\" alt=\"logo\"><o:p></o:p></p>"
             + "</div></body></html>\n")
add("mx04_chernihiv_wordhtml_related", "mixed", "rda-chernihiv", 3, False,
    [(1, "body"), (6, "body"), (9, "body"), (10, "body"), (12, "body")],
    "Outlook 2010 Word-HTML table (MsoNormalTable) inside multipart/related with an inline signature logo; row 12 'Не здійснювалось…' is an answer and counts.",
    "related: alternative (text/plain + Word HTML) + inline png; windows-1251 QP",
    message(std_headers(D(2013, 12, 10, 15, 51, 24, 2),
                        addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251"),
                        ew("Інформація Чернігівської РДА за ІІ півріччя 2013 р. (Відкритий уряд)", "windows-1251"),
                        "<00f301cef5b2$6b8e3c20$42aab460$@example.gov.ua>", OUTLOOK10,
                        extra=[("Thread-Index", "Ac71sWXc0Qe7nJdlSb2O0e9e7Q1Yxw=="), ("Content-Language", "uk")]),
            multi("related", "----=_NextPart_000_00F4_01CEF5C0.2F17A0C0", [
                multi("alternative", "----=_NextPart_001_00F5_01CEF5C0.2F17A0C0", [
                    text(mx04_plain, "windows-1251", "quoted-printable", quote_cs=True),
                    text(mx04_html, "windows-1251", "quoted-printable", "html", quote_cs=True),
                ], preamble=""),
                att(png_logo(), "image/png", "image001.png", inline=True, cid="image001.png@01CEF5A1.6B8E3C20"),
            ], extra='; type="multipart/alternative"')))

# mx05 — Корюківська РДА, late: a covering-letter PDF (reports nothing) plus the real report in a docx
mx05_pdf = """<p><b>КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b></p>
<p>14.12.2012 № 01-17/1752</p>
<p align="right">Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>
<p>На виконання розпорядження голови облдержадміністрації від 10.09.2012 та затвердженого ним Плану заходів щодо відкритості та прозорості діяльності виконавчої влади надсилаємо інформацію райдержадміністрації за 2012 рік.</p>
<p>Додаток: на 2 арк. в 1 прим.</p>
<p>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;М.П. Шаповал</p>
<p><font size="2">Тишко 2-11-45</font></p>"""
mx05_doc = """<p align="right">Додаток до листа райдержадміністрації від 14.12.2012 № 01-17/1752</p>
<p align="center"><b>Інформація про виконання Плану заходів</b></p>
<p>1. Сайт РДА працює відповідно до вимог чинного законодавства, створено розділ «Громадська рада», оприлюднено 12 розпоряджень голови.</p>
<p>6. Проведено громадське обговорення проекту районного бюджету на 2013 рік (06.12.2012) та консультації з громадськістю щодо проекту Програми розвитку лісового господарства.</p>
<p>7. Представника ГО «Корюківщина — наш дім» включено до складу районної ради з питань безпечної життєдіяльності населення.</p>
<p>9. Проект розпорядження «Про затвердження Правил утримання домашніх тварин» розглянуто на засіданні громадської ради 30.11.2012.</p>
<p>10. Громадській раді надано рекомендацію щодо створення комісії з питань відкритості, питання буде розглянуто на найближчому засіданні.</p>
<p>12. Громадські експертизи у 2012 році не проводилися.</p>"""
mx05_pdf_fn = "Suprovidnyi_1752.pdf"
mx05_doc_fn = "Додаток до листа 1752.docx"
mx05_body = """Доброго дня.
Направляємо супровідний лист (скан-копія) та додаток з інформацією. Просимо вибачення за несвоєчасне подання.
"""
add("mx05_koriukivka_cover_pdf_late", "mixed", "rda-koriukivka", 1, True,
    [(1, mx05_doc_fn), (6, mx05_doc_fn), (7, mx05_doc_fn), (9, mx05_doc_fn), (10, mx05_doc_fn), (12, mx05_doc_fn)],
    "Late mail with a covering-letter PDF that reports nothing and the real report in a docx numbered by plan items; item 10 (recommendation given to the council) counts, 12 'не проводилися' counts.",
    "mixed: text/plain + pdf + docx (RFC 2047 name); utf-8 base64",
    message(std_headers(D(2012, 12, 17, 11, 8, 50, 2),
                        addr("Koriukivka RDA", "rda-koriukivka@example.gov.ua"),
                        ew("Інформація Корюківської РДА (лист № 01-17/1752)"),
                        "<002c01cddc44$8a3f1e10$9ebd5a30$@example.gov.ua>", OUTLOOK07,
                        extra=[("Thread-Index", "Ac3cRIoyS7cF3kT8RRySdyEuy8l1tg=="), ("Content-Language", "en-us")]),
            multi("mixed", "----=_NextPart_000_002D_01CDDC55.4DC8FE10", [
                text(mx05_body, "utf-8", "base64", quote_cs=True),
                att(office("mx05a", "pdf", mx05_pdf, "html"), MIME["pdf"], mx05_pdf_fn),
                att(office("mx05b", "docx", mx05_doc, "html"), MIME["docx"], mx05_doc_fn, "2047"),
            ])))

# =========================================================================== output

README_HEAD = """# exam — a sealed corpus of 40 report e-mails

Forty e-mails that executors of the Chernihiv oblast Open Government plan (10 September 2012) might
have sent to the УВП mailbox `uvp@cg.ukrtel.net`, five in each of eight classes, each with the answer
key a careful УВП clerk would record (`NAME.expected.json`).  All of it is produced by `make.py`.

## How it was written

Read, and nothing else: the brief, `/work/shared/seed/plan-uk.txt`, `/work/shared/seed/plan-en.md`,
`/work/main/config/plan.toml` (deadlines, executor ids, registered addresses, owed measures) and the
two mail templates `/work/main/config/templates/reminder.txt.j2` and `receipt.txt.j2` (quoted in the
replies).  The program's source, tests, documentation and other corpora were not opened, and the
program was not run.  Every mail and every key was written by hand in `make.py`; the keys are literal
lists beside each mail, never computed from the mail text.  The offices, people, dates, counts, NGOs
and events are invented.

`make.py` uses only the Python 3 standard library plus LibreOffice (`soffice --headless
--convert-to`) for the docx/odt/xlsx/xls/ods/pdf attachments.  Each attachment is converted once and
kept in `attachments/`; later runs reuse it, so the .eml files are then byte-identical.  All
Date/Received/Message-ID headers and MIME boundaries are fixed.

## Rules of the answer key

- `executor`: the office that wrote the report: by its registered address in plan.toml, or for a
  personal address (gmail.com, ukr.net, i.ua, meta.ua) the office named in the signature.  УВП named
  in a greeting is the addressee, never the sender; mail from `uvp-info@example.gov.ua` is УВП's own
  report (`uvp`).  A reception or colleague forwarding the office's report: the office.
- `period`: deadlines 2012-12-15, 2013-06-15, 2013-12-15 (Europe/Kyiv), 3 days of grace; a mail
  dated within the 3 days after deadline N is period N with `late: true`.
- `items`: every plan measure (1–16) the mail's own new text reports on, sorted by measure, one entry
  per source (`body`, or the attachment's exact file name).  A measure named with "nothing was done"
  counts.  Not items: placeholders (`-`, `—`, `х`, `немає`, empty cell), promises, quoted reminders or
  receipts, passing mentions, questions, invitations, announcements, the mail's own numbering,
  sub-items, document numbers, dates and counts.  A range or list answered as one block counts every
  measure in it, owed or not.
- A mail that reports nothing is `kind: "not_report"` with `items: []` and a `reason`.

## Judgement calls in the key

- Ranges that run over a measure the office does not owe (districts' "пп. 6-9", "1, 6 – 9", an
  oblast unit's "6–9" cell) count that measure too (8), as the brief's range rule says.
- `mx05`: "Громадській раді надано рекомендацію щодо створення комісії" is measure 10 (the measure
  *is* recommending), although the council has not yet acted.  `rg05`: an expertise still under way
  with materials supplied counts as 12.
- `pr01`, `pr05`: one paragraph reports both a public consultation (6) and council members
  discussing a draft programme (9); both are recorded.
- `mx02`: the report is the docx inside an attached message/rfc822; its source is that docx's name.
- `mx03`: koi8-u bytes labelled koi8-r; the key assumes the clerk reads through the garbled і/ї/є.
- `nr05`, `nr04`, `bp04`: a website or the budget rubric is mentioned in passing; no item.

## The mails

| mail | class | executor | period | parts; charset | items | what makes it hard |
|---|---|---|---|---|---|---|
"""


def main():
    names = set()
    for m in MAILS:
        assert m["name"] not in names
        names.add(m["name"])
        with open(os.path.join(HERE, m["name"] + ".eml"), "wb") as f:
            f.write(m["eml"])
        key = {"class": m["cls"], "executor": m["executor"], "period": m["period"], "late": m["late"],
               "kind": m["kind"], "reason": m["reason"], "note": m["note"],
               "items": [{"measure": n, "source": s} for n, s in m["items"]]}
        with open(os.path.join(HERE, m["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write("\n")
    rows = []
    for m in MAILS:
        its = ", ".join("%d (%s)" % (n, s) for n, s in m["items"]) or "— (%s)" % m["reason"]
        per = "%d%s" % (m["period"], " late" if m["late"] else "")
        rows.append("| %s | %s | %s | %s | %s | %s | %s |" % (m["name"], m["cls"], m["executor"], per,
                                                               m["parts"], its, m["note"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + "\n")
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
