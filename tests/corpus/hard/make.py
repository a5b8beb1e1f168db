#!/usr/bin/env python3
"""Generate the "hard" test corpus for zvit: NAME.eml + NAME.expected.json in this folder.

Written independently of zvit's recognition code: the expected results are what a careful
clerk at УВП would record for each mail. See README.md in this folder.

Usage:  python3 tests/corpus/hard/make.py          (needs python-docx, openpyxl, soffice)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import format_datetime
from pathlib import Path

import docx  # python-docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent
MAILBOX = "uvp@cg.ukrtel.net"
UVP_NAME = "УВП облдержадміністрації"
POLICY = policy.default.clone(linesep="\n", max_line_length=76)
FIXED_ZIP_TIME = (2012, 11, 20, 10, 0, 0)

# ---- the clerk's period rule (from config/plan.toml, not from zvit's code) -------------------
# Period N runs from the end of deadline N-1 (period 1: from the plan's approval, 2012-09-10) to
# 23:59:59 Europe/Kyiv on deadline N; mail up to grace_days (3) calendar days after deadline N
# still belongs to period N and is late.
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3


def kyiv_offset(d: dt.datetime) -> int:
    # EET/EEST; the corpus never uses dates near a DST switch.
    return 3 if 4 <= d.month <= 10 else 2


def period_of(local: dt.datetime):
    day = local.date()
    if day < dt.date(2012, 9, 10):
        return None, False
    for i, dl in enumerate(DEADLINES, start=1):
        if day <= dl:
            return i, False
        if day <= dl + dt.timedelta(days=GRACE_DAYS):
            return i, True
        if i < len(DEADLINES) and day <= DEADLINES[i]:
            continue
    return None, False


# ---- registry of messages ---------------------------------------------------------------------
REG: list[dict] = []


def mail(name, cls, note, executor, items, date, kind="report", reason=None, extra=None):
    """items: list of (measure, source)."""

    def deco(fn):
        REG.append(dict(name=name, cls=cls, note=note, executor=executor, items=items,
                        date=date, kind=kind, reason=reason, extra=extra or {}, fn=fn))
        return fn

    return deco


def I(src, *measures):
    return [(m, src) for m in measures]


def B(*measures):
    return I("body", *measures)


def parse_date(s: str) -> dt.datetime:
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=kyiv_offset(d))))


# ---- MIME helpers -----------------------------------------------------------------------------
def new(name, addr, subject, date, mid, to=None, xmailer=None, received=True, cc=None):
    m = EmailMessage(policy=POLICY)
    d = parse_date(date)
    if received:
        r = d + dt.timedelta(minutes=1, seconds=7)
        host = addr.split("@")[1]
        m["Received"] = (f"from mail.{host} (mail.{host} [10.12.0.{len(addr) % 200 + 10}]) "
                         f"by mx.cg.ukrtel.net (Postfix) with ESMTP id {hashlib.md5(mid.encode()).hexdigest()[:10].upper()} "
                         f"for <{MAILBOX}>; {format_datetime(r)}")
    m["Date"] = format_datetime(d)
    if name:
        m["From"] = Address(display_name=name, addr_spec=addr)
    else:
        m["From"] = addr
    m["To"] = to if to is not None else Address(display_name=UVP_NAME, addr_spec=MAILBOX) if len(mid) % 2 else MAILBOX
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = mid if mid.startswith("<") else f"<{mid}>"
    if xmailer:
        m["X-Mailer"] = xmailer
    m["MIME-Version"] = "1.0"
    return m


def text(m, body, cte="quoted-printable", charset="utf-8"):
    m.set_content(body, charset=charset, cte=cte)
    return m


def alt(m, body, html, cte="quoted-printable", hcte=None):
    m.set_content(body, cte=cte)
    m.add_alternative(html, subtype="html", cte=hcte or cte)
    return m


def attach(m, data: bytes, filename: str, mime: str | None = None):
    mt, st = (mime or guess_mime(filename)).split("/")
    m.add_attachment(data, maintype=mt, subtype=st, filename=filename)
    return m


def guess_mime(fn):
    ext = fn.rsplit(".", 1)[-1].lower()
    return {
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "doc": "application/msword",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odt": "application/vnd.oasis.opendocument.text",
        "pdf": "application/pdf",
        "png": "image/png",
        "jpg": "image/jpeg",
        "ics": "text/calendar",
        "txt": "text/plain",
    }.get(ext, "application/octet-stream")


def fix_boundaries(m: Message, name: str):
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            h = hashlib.sha1(f"{name}/{n}".encode()).hexdigest()[:16]
            part.set_boundary(f"----=_Part_{n}_{h}")
    return m


# ---- attachment builders -----------------------------------------------------------------------
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml", "docProps/app.xml"):
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2012-11-20T10:00:00Z", body)
                body = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>",
                              b"<meta:editing-duration>PT5M</meta:editing-duration>", body)
                body = re.sub(rb"<meta:editing-cycles>[^<]*</meta:editing-cycles>",
                              b"<meta:editing-cycles>1</meta:editing-cycles>", body)
            if info.filename in ("settings.xml",):
                body = re.sub(rb'(config:name="PrinterSetup"[^>]*>)[^<]*', rb"\1", body)
                body = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1234567", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def normalize_pdf(data: bytes) -> bytes:
    data = re.sub(rb"D:\d{14}", b"D:20121205100000", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2012-12-05T10:00:00", data)
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-4000-8000-000000000000", data)

    def fix_id(mo):
        return b"<" + b"0" * (len(mo.group(1))) + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    return data


def make_docx(blocks, font="Times New Roman", size=12) -> bytes:
    """blocks: list of ("h", text) | ("p", text) | ("b", text) | ("t", rows[, widths])."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            p.alignment = 1
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = d.core_properties
    fixed = dt.datetime(2012, 11, 20, 10, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "User"
    cp.last_modified_by = "User"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(rows, title=None, widths=(6, 60, 60), sheet="Аркуш1") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r0 = 1
    if title:
        for line in title:
            ws.cell(row=r0, column=1, value=line).font = Font(bold=True)
            r0 += 1
        r0 += 1
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = ws.cell(row=r0 + i, column=j + 1, value=val)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 0:
                c.font = Font(bold=True)
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + j)].width = w
    fixed = dt.datetime(2012, 11, 20, 10, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "User"
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


_LO_DIR = None


def convert(data: bytes, src_ext: str, target: str) -> bytes:
    """Convert with LibreOffice. target like 'pdf', 'odt', 'ods', 'xls', 'doc'."""
    global _LO_DIR
    if _LO_DIR is None:
        _LO_DIR = tempfile.mkdtemp(prefix="zvit-corpus-")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install -y --no-install-recommends "
                 "libreoffice-calc-nogui libreoffice-writer-nogui")
    h = hashlib.sha1(data + target.encode()).hexdigest()[:12]
    src = Path(_LO_DIR) / f"in_{h}.{src_ext}"
    src.write_bytes(data)
    filt = {"xls": "xls:MS Excel 97", "doc": "doc:MS Word 97", "pdf": "pdf",
            "odt": "odt", "ods": "ods"}[target]
    outdir = Path(_LO_DIR) / f"out_{h}"
    outdir.mkdir(exist_ok=True)
    env = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1354701600")
    subprocess.run([soffice, f"-env:UserInstallation=file://{_LO_DIR}/profile", "--headless",
                    "--convert-to", filt, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    res = (outdir / f"in_{h}.{target}").read_bytes()
    if target in ("odt", "ods"):
        res = normalize_zip(res)
    elif target == "pdf":
        res = normalize_pdf(res)
    return res


def png_logo(w=48, h=48, rgb=(20, 60, 140)) -> bytes:
    raw = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            inside = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (w / 2.3) ** 2
            row += bytes(rgb) if inside else b"\xff\xff\xe0"
        raw += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def html_table(rows, border=1):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="4">']
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def simple_html(body_html, font="Times New Roman"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family: {font}; font-size: 12pt">{body_html}</div></body></html>\n')


def paras_html(s):
    return "".join(f"<p>{esc(p)}</p>" for p in s.strip().split("\n\n"))


def outlook_html(inner):
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--
/* Font Definitions */
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri","sans-serif";}
a:link, span.MsoHyperlink {mso-style-priority:99; color:blue; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri","sans-serif"; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;}
@page WordSection1 {size:612.0pt 792.0pt; margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang=UK link=blue vlink=purple><div class=WordSection1>"""
            + inner + "</div></body></html>\n")


def mso_p(s, bold=False):
    s = esc(s)
    if bold:
        s = f"<b>{s}</b>"
    return f"<p class=MsoNormal>{s}<o:p></o:p></p>\n"


def mso_table(rows):
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184">']
    for i, row in enumerate(rows):
        out.append(f"<tr style='mso-yfti-irow:{i}'>")
        for c in row:
            cell = esc(c)
            if i == 0:
                cell = f"<b>{cell}</b>"
            out.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal>{cell}<o:p></o:p></p></td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in s.split("\n"))


def ics(uid, start, end, summary, description, organizer, location):
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN",
             "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{MAILBOX}",
             f"DTSTART;TZID=Europe/Kiev:{start}", f"DTEND;TZID=Europe/Kiev:{end}",
             f"DTSTAMP:20121120T100000Z", f"UID:{uid}", f"SUMMARY;LANGUAGE=uk:{summary}",
             f"DESCRIPTION;LANGUAGE=uk:{desc}", f"LOCATION;LANGUAGE=uk:{location}",
             "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in lines:  # fold at 75 octets
        b = line.encode()
        first = True
        while b:
            n = 75 if first else 74
            cut = n
            while cut > 0 and cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
    return b"\r\n".join(out) + b"\r\n"



# ---- writing ----------------------------------------------------------------------------------
def expected_for(r):
    d = parse_date(r["date"])
    period, late = period_of(d)
    items = sorted({(m, s) for m, s in r["items"]}, key=lambda x: (x[0], x[1]))
    e = {"executor": r["executor"],
         "items": [{"measure": m, "source": s} for m, s in items],
         "kind": r["kind"], "late": late, "period": period, "reason": r["reason"],
         "class": r["cls"], "note": r["note"]}
    e.update(r["extra"])
    return e


def main(argv):
    only = set(argv[1:])
    names = [r["name"] for r in REG]
    assert len(names) == len(set(names)), "duplicate names"
    for r in REG:
        if only and r["name"] not in only:
            continue
        m = r["fn"]()
        if isinstance(m, (bytes, bytearray)):
            data = bytes(m)
        else:
            fix_boundaries(m, r["name"])
            data = m.as_bytes(policy=POLICY)
        (OUT / f"{r['name']}.eml").write_bytes(data)
        (OUT / f"{r['name']}.expected.json").write_text(
            json.dumps(expected_for(r), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if _LO_DIR:
        shutil.rmtree(_LO_DIR, ignore_errors=True)
    counts = {}
    for r in REG:
        counts[r["cls"]] = counts.get(r["cls"], 0) + 1
    print(f"{len(REG)} messages:", ", ".join(f"{k} {v}" for k, v in counts.items()))


# ---- texts used by several messages ---------------------------------------------------------
def reminder(deadline_text="15 грудня 2012 року", owed="1, 6, 7, 9, 10, 12"):
    return f"""Шановні колеги!

Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та
прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи
«Партнерство „Відкритий уряд“», затвердженого 10.09.2012, до {deadline_text} необхідно
надати інформацію про хід виконання заходів на адресу uvp@cg.ukrtel.net.

Від Вас очікується інформація щодо пунктів: {owed}.
  1. Інформаційне наповнення та функціонування офіційних веб-сайтів.
  6. Проведення консультацій з громадськістю (постанова КМУ № 996).
  7. Залучення представників громадськості до дорадчо-консультативних органів.
  9. Залучення членів громадських рад до обговорення проектів розпоряджень.
  10. Створення при громадських радах комісій з питань відкритості та прозорості.
  12. Сприяння проведенню громадських експертиз.

Форма для заповнення додається.

З повагою,
Управління з питань внутрішньої політики та зв'язків з громадськістю
облдержадміністрації"""


REMINDER_SU = reminder(owed="1, 2, 6, 7, 8, 9, 12").replace(
    "  10. Створення при громадських радах комісій з питань відкритості та прозорості.\n",
    "  2. Рубрики «Хід виконання цільових програм» на сайті ОДА.\n  8. Введення голів комітетів Громадської ради до складу колегій.\n")

PLAN_SHORT = {
    1: "Забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів",
    2: "Створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»",
    3: "Забезпечити створення та підтримку роботи веб-ресурсу «Чернігівська громада»",
    4: "Створити на базі веб-ресурсу «Чернігівська громада» Інтернет-форум",
    5: "Забезпечити організацію роботи «гарячої лінії» голови облдержадміністрації",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю",
    7: "Залучати до роботи дорадчо-консультативних органів представників інститутів громадянського суспільства",
    8: "Ввести голів відповідних комітетів Громадської ради до складу колегій структурних підрозділів",
    9: "Залучати членів громадських рад до громадського обговорення проектів розпоряджень, цільових програм, рішень",
    10: "Рекомендувати громадським радам створити комісію (робочу групу) з питань відкритості та прозорості",
    11: "Організувати проведення «Днів відкритих дверей»",
    12: "Сприяти проведенню громадських експертиз, антикорупційних експертиз проектів НПА",
    13: "Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства",
    14: "Розробити та поширити методичні посібники для державних службовців",
    15: "Забезпечити організацію громадського обговорення виконання заходів",
    16: "Надати інформацію про виконання плану заходів УВП облдержадміністрації",
}


def plan_rows(filled: dict, header=("№ з/п", "Зміст заходу", "Стан виконання"), fill="—"):
    """A row for every measure; measures not in `filled` get `fill` (or filled[m] may be a
    placeholder string itself when given as ('PH', text))."""
    rows = [list(header)]
    for n in range(1, 17):
        v = filled.get(n, fill)
        if isinstance(v, tuple):
            v = v[1]
        rows.append([str(n), PLAN_SHORT[n], v])
    return rows


# =============================================================================================
# Class 1: placeholder — a row for every measure; "—", "-", "х", "Х", "немає", empty = nothing
# =============================================================================================
@mail("placeholder-01-bakhmach-xlsx", "placeholder",
      "District administration sends a 16-row xlsx; rows 1, 6, 7, 12 are filled, the others carry an em dash.",
      "rda-bakhmach", I("Звіт Бахмацька РДА.xlsx", 1, 6, 7, 12), "2012-12-05 11:24")
def _():
    m = new("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "Звіт про виконання плану заходів (Відкритий уряд)",
            "2012-12-05 11:24", "000301cdd2d4$8a1c0b20$9e542160$@example.gov.ua",
            xmailer="Microsoft Outlook 14.0")
    text(m, "Добрий день!\n\nНадсилаємо інформацію Бахмацької райдержадміністрації про виконання Плану заходів "
            "(додається).\n\nЗ повагою,\nзагальний відділ апарату РДА\nтел. (04635) 2-13-47\n")
    rows = plan_rows({
        1: "Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України «Про доступ до публічної інформації»; створено розділ «Доступ до публічної інформації», щотижня оновлюються новини.",
        6: "Проведено 3 консультації з громадськістю у формі публічного громадського обговорення: проект бюджету району на 2013 рік, програма розвитку культури, благоустрій районного центру.",
        7: "До складу координаційної ради з питань розвитку підприємництва включено 4 представників громадських організацій району.",
        12: "Проведено громадську експертизу діяльності відділу освіти РДА (ініціатор — ГО «Бахмацька ініціатива»), пропозиції враховано.",
    }, header=("№ п/п", "Захід", "Інформація про виконання"))
    return attach(m, make_xlsx(rows, title=["Інформація Бахмацької районної державної адміністрації",
                                            "про виконання Плану заходів станом на 01.12.2012"]),
                  "Звіт Бахмацька РДА.xlsx")


@mail("placeholder-02-osvita-docx", "placeholder",
      "Education department sends a docx table with all 16 measures; 1, 2, 6, 8, 9 are filled, the rest are '-' or 'х'.",
      "su-osvita", I("Інформація_освіта.docx", 1, 2, 6, 8, 9), "2012-12-07 16:02")
def _():
    m = new("Управління освіти і науки", "osvita@example.gov.ua", "інформація на виконання листа від 26.11.2012 № 02-15/1789",
            "2012-12-07 16:02", "50C1F2A1.4060805@example.gov.ua",
            xmailer="Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")
    text(m, "Управління освіти і науки облдержадміністрації надсилає інформацію про виконання Плану заходів "
            "з підвищення рівня відкритості та прозорості діяльності виконавчої влади.\n\n"
            "Додаток: на 2 арк.\n\n-- \nСектор інформаційно-аналітичної роботи\nУправління освіти і науки ОДА\n",
         cte="base64")
    filled = {
        1: "Сайт управління (osvita.cg.gov.ua) оновлено, розміщено структуру, контакти, проекти рішень, звіти про використання коштів.",
        2: "До рубрики «Хід виконання цільових програм» на сайті ОДА щокварталу подається інформація про виконання Програми розвитку освіти.",
        6: "Проведено 2 громадські обговорення: проекту мережі закладів освіти та проекту Програми оздоровлення дітей на 2013 рік.",
        8: "Наказом управління від 02.10.2012 № 417 до складу колегії введено голову комітету з питань освіти Громадської ради при ОДА.",
        9: "Проект Програми «Обдарована молодь» на 2013–2015 рр. направлено членам громадської ради для обговорення, отримано 6 пропозицій.",
    }
    ph = {3: "х", 4: "х", 5: "х", 7: "-", 10: "х", 11: "х", 12: "-", 13: "х", 14: "х", 15: "х", 16: "х"}
    rows = [["№", "Найменування заходу", "Відмітка про виконання"]]
    for n in range(1, 17):
        rows.append([f"{n}.", PLAN_SHORT[n], filled.get(n, ph.get(n))])
    d = make_docx([("h", "ІНФОРМАЦІЯ"), ("h", "управління освіти і науки облдержадміністрації про виконання Плану заходів"),
                   ("t", rows), ("p", ""), ("p", "Начальник управління                                О. М. Ковальчук")])
    return attach(m, d, "Інформація_освіта.docx")


@mail("placeholder-03-ripky-ods", "placeholder",
      "District sends an .ods; rows 6, 7, 9, 10 filled, others 'немає' or left empty.",
      "rda-ripky", I("ripky_vidkrytyi_uriad.ods", 6, 7, 9, 10), "2013-06-06 09:41")
def _():
    m = new("Ріпкинська райдержадміністрація", "rda-ripky@example.gov.ua", "До плану заходів",
            "2013-06-06 09:41", "51B02E91.7000102@example.gov.ua",
            xmailer="Mozilla/5.0 (X11; Linux i686; rv:17.0) Gecko/20130510 Thunderbird/17.0.6")
    text(m, "Інформація Ріпкинської РДА за І півріччя 2013 року у вкладенні.\n")
    filled = {
        6: "Проведено консультації з громадськістю щодо проекту Програми соціально-економічного розвитку району на 2013 рік (2 зустрічі, 47 учасників).",
        7: "Представників громадських організацій залучено до роботи районної ради з питань безпеки дорожнього руху та районної комісії з питань евакуації.",
        9: "Члени громадської ради при РДА брали участь в обговоренні 5 проектів розпоряджень голови РДА.",
        10: "У складі громадської ради при РДА створено робочу групу з питань відкритості та прозорості діяльності РДА (протокол від 14.03.2013 № 2).",
    }
    rows = [["№ пункту", "Захід", "Виконання"]]
    for n in range(1, 17):
        v = filled.get(n, "немає" if n in (1, 12) else "")
        rows.append([str(n), PLAN_SHORT[n], v])
    x = make_xlsx(rows, title=["Ріпкинська районна державна адміністрація"])
    return attach(m, convert(x, "xlsx", "ods"), "ripky_vidkrytyi_uriad.ods")


@mail("placeholder-04-zhkh-html", "placeholder",
      "Housing department pastes a 16-row table into an Outlook HTML body; rows 1, 6, 12 filled, the others 'Х'.",
      "su-zhkh", B(1, 6, 12), "2012-12-10 14:15")
def _():
    m = new("Управління ЖКГ ОДА", "zhkh@example.gov.ua", "ЗВІТ", "2012-12-10 14:15",
            "001201cdd6c1$2f3b4c50$8db1e4f0$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    filled = {
        1: "На веб-сторінці управління розміщено плани роботи, тарифи на житлово-комунальні послуги, порядок звернення громадян.",
        6: "Проведено електронні консультації щодо проекту Регіональної програми реформування ЖКГ (23.10–23.11.2012).",
        12: "Отримано висновок громадської антикорупційної експертизи проекту розпорядження про тарифи; пропозиції опрацьовано.",
    }
    rows = [["№", "Захід", "Стан виконання"]] + [[str(n), PLAN_SHORT[n], filled.get(n, "Х")] for n in range(1, 17)]
    plain = "Інформація управління ЖКГ облдержадміністрації\n\n" + "\n".join("\t".join(r) for r in rows) + \
            "\n\nЗ повагою\nВ. Сидоренко\n"
    html = outlook_html(mso_p("Інформація управління ЖКГ облдержадміністрації", True) + mso_table(rows)
                        + mso_p("") + mso_p("З повагою") + mso_p("В. Сидоренко"))
    return alt(m, plain, html)


@mail("placeholder-05-sribne-xlsx-4cols", "placeholder",
      "District uses a four-column xlsx with 'х' for measures it does not owe and '—' for owed ones with nothing; rows 1 and 7 are filled.",
      "rda-sribne", I("Срібне_звіт_2013.xlsx", 1, 7), "2013-12-04 10:05")
def _():
    m = new("Срібнянська РДА", "rda-sribne@example.gov.ua", "", "2013-12-04 10:05",
            "52A6E1B5.2090506@example.gov.ua")
    text(m, "Добрий день. Звіт Срібнянської РДА надсилаємо у вкладенні.\n")
    owed = {1, 6, 7, 9, 10, 12}
    filled = {
        1: "Забезпечено функціонування веб-сайту РДА, розміщуються проекти рішень, оголошення про конкурси, звіти.",
        7: "Представник ГО «Срібнянщина» включений до складу районної координаційної ради з питань протидії ВІЛ.",
    }
    rows = [["№ п/п", "Назва заходу", "Виконавець", "Інформація про виконання"]]
    for n in range(1, 17):
        v = filled.get(n, "—" if n in owed else "х")
        rows.append([n, PLAN_SHORT[n], "РДА" if n in owed else "", v])
    return attach(m, make_xlsx(rows, widths=(6, 50, 10, 60)), "Срібне_звіт_2013.xlsx")


@mail("placeholder-06-kultura-xls", "placeholder",
      "Culture department sends an old-format .xls; rows 1, 6, 7, 8 filled, the rest have an empty cell or an en dash.",
      "su-kultura", I("kultura_06_2013.xls", 1, 6, 7, 8), "2013-06-11 12:30")
def _():
    m = new("Управління культури і туризму", "kultura@example.gov.ua", "Re: план заходів Відкритий уряд",
            "2013-06-11 12:30", "001e01ce6689$aa0b9c20$fe22d460$@example.gov.ua", xmailer="Microsoft Office Outlook 12.0")
    text(m, "Надсилаємо інформацію за І півріччя 2013 року.\nЛевченко Т.\n", cte="8bit")
    filled = {
        1: "Постійно оновлюється сайт управління: афіша заходів, інформація про конкурси, звіти про виконання бюджетних програм.",
        6: "Проведено громадські слухання щодо концепції розвитку туризму в області (25.04.2013).",
        7: "Представники творчих спілок входять до складу художньої ради та ради з питань охорони культурної спадщини.",
        8: "Голову комітету з питань культури Громадської ради при ОДА введено до складу колегії управління (наказ від 15.01.2013 № 8).",
    }
    rows = [["№", "Захід", "Хід виконання"]]
    for n in range(1, 17):
        rows.append([n, PLAN_SHORT[n], filled.get(n, "–" if n % 2 else None)])
    return attach(m, convert(make_xlsx(rows), "xlsx", "xls"), "kultura_06_2013.xls")


@mail("placeholder-07-talalaivka-docx-dash-inside", "placeholder",
      "District docx where rows 1, 6, 9, 10, 12 are filled (one filled text contains a dash) and the rest are '-'.",
      "rda-talalaivka", I("Талалаївка.docx", 1, 6, 9, 10, 12), "2012-12-04 15:48")
def _():
    m = new("Talalaivka RDA", "rda-talalaivka@example.gov.ua", "звіт", "2012-12-04 15:48",
            "1354628880.93412.17@example.gov.ua")
    text(m, "надсилаємо звіт по плану заходів\n")
    filled = {
        1: "Сайт РДА працює, розміщено розділ «Громадянське суспільство і влада».",
        6: "Проведено 2 консультації — з питань районного бюджету та благоустрою сіл.",
        9: "Проект програми розвитку фізичної культури - обговорено на засіданні громадської ради при РДА.",
        10: "Громадській раді рекомендовано створити комісію з питань відкритості; комісію створено 12.11.2012.",
        12: "Громадська антикорупційна експертиза проекту розпорядження щодо оренди майна — проведена ГО «Правозахист».",
    }
    rows = [["№", "Захід", "Виконання"]] + [[str(n), PLAN_SHORT[n], filled.get(n, "-")] for n in range(1, 17)]
    return attach(m, make_docx([("h", "Інформація Талалаївської РДА"), ("t", rows)]), "Талалаївка.docx")


@mail("placeholder-08-ekolohiia-html-nemaie", "placeholder",
      "Ecology department HTML body table; rows 6, 9, 12 filled, others 'немає'/'Немає'/'-'.",
      "su-ekolohiia", B(6, 9, 12), "2013-12-06 11:11")
def _():
    m = new("Управління екології", "ekolohiia@example.gov.ua", "інформація по відкритому уряду",
            "2013-12-06 11:11", "52A19B77.1050301@example.gov.ua")
    filled = {
        6: "Проведено громадське обговорення проекту регіональної екологічної програми (4 засідання).",
        9: "Члени громадської ради взяли участь в обговоренні проекту Програми охорони навколишнього середовища.",
        12: "Громадська екологічна експертиза проекту полігону ТПВ у м. Ніжин; висновки враховано.",
    }
    ph = ["немає", "Немає", "-"]
    rows = [["№", "Захід", "Виконано"]] + [[str(n), PLAN_SHORT[n], filled.get(n, ph[n % 3])] for n in range(1, 17)]
    plain = "\n".join(f"{r[0]}  {r[1]}  {r[2]}" for r in rows) + "\n\nГоловний спеціаліст Мороз І.\n"
    html = simple_html("<p>Інформація управління екології та природних ресурсів ОДА</p>" + html_table(rows)
                       + "<p>Головний спеціаліст Мороз І.</p>", font="Arial")
    return alt(m, plain, html, cte="base64")


@mail("placeholder-09-horodnia-odt", "placeholder",
      "District sends an .odt table; rows 1, 6, 7 are filled, the rest carry an em dash.",
      "rda-horodnia", I("Городня_інформація.odt", 1, 6, 7), "2013-06-05 08:57")
def _():
    m = new("Городнянська РДА", "rda-horodnia@example.gov.ua", "Інформація Городнянської РДА",
            "2013-06-05 08:57", "51AED2F1.8080900@example.gov.ua")
    text(m, "Доброго дня!\nВідповідно до листа УВП ОДА надсилаємо інформацію.\n\nВідділ організаційної роботи\n")
    filled = {
        1: "Оновлено структуру сайту РДА, додано розділ «Звернення громадян» та форму електронного запиту.",
        6: "Проведено консультації з громадськістю щодо реорганізації сільських шкіл (3 сходи громадян).",
        7: "До громадської ради з питань освіти при РДА включено представників батьківських комітетів.",
    }
    rows = [["№", "Захід", "Виконання"]] + [[str(n), PLAN_SHORT[n], filled.get(n, "—")] for n in range(1, 17)]
    d = make_docx([("h", "Інформація про виконання плану заходів"), ("t", rows)])
    return attach(m, convert(d, "docx", "odt"), "Городня_інформація.odt")


# =============================================================================================
# Class 2: bottom_post — quoted reminders mention measures; only the new text counts
# =============================================================================================
@mail("bottom-01-korop-thunderbird", "bottom_post",
      "Thunderbird reply written below the quoted reminder; the answer covers measures 6 and 9 only.",
      "rda-korop", B(6, 9), "2012-12-06 10:12")
def _():
    m = new("Коропська РДА", "rda-korop@example.gov.ua", "Re: Нагадування: інформація про виконання Плану заходів до 15.12.2012",
            "2012-12-06 10:12", "50C05321.3000607@example.gov.ua",
            xmailer="Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")
    m["In-Reply-To"] = "<reminder.1.7.rda-korop@cg.ukrtel.net>"
    m["References"] = "<reminder.1.7.rda-korop@cg.ukrtel.net>"
    body = ("05.12.2012 09:00, УВП облдержадміністрації пише:\n" + quote(reminder()) + "\n\n"
            "Добрий день.\n\nПо п. 6: у листопаді проведено консультації з громадськістю щодо проекту бюджету району "
            "на 2013 рік у формі громадських слухань, присутні 52 особи.\n\n"
            "По п. 9: проект Програми соціально-економічного розвитку району на 2013 рік розглянуто на засіданні "
            "громадської ради при РДА 20.11.2012, пропозиції членів ради враховано.\n\n"
            "Решту інформації надамо додатково.\n\n-- \nЗагальний відділ Коропської РДА\n")
    return text(m, body, cte="8bit")


@mail("bottom-02-nosivka-interleaved", "bottom_post",
      "Answers interleaved with the quoted reminder list: new text under quoted items 1 and 7 only; the quote lists 1, 6, 7, 9, 10, 12.",
      "rda-nosivka", B(1, 7), "2012-12-07 13:40")
def _():
    m = new("Носівська РДА", "rda-nosivka@example.gov.ua", "Re: Нагадування про подання інформації",
            "2012-12-07 13:40", "50C1D6F4.9010203@example.gov.ua",
            xmailer="Mozilla/5.0 (Windows NT 6.1; WOW64; rv:16.0) Gecko/20121026 Firefox/16.0 SeaMonkey/2.13.2")
    r = reminder().split("\n")
    head = [l for l in r[:9]]
    body = "06.12.2012 9:00, УВП облдержадміністрації пише:\n" + quote("\n".join(head)) + "\n"
    body += quote("  1. Інформаційне наповнення та функціонування офіційних веб-сайтів.") + "\n\n"
    body += ("Сайт Носівської РДА переведено на новий хостинг, оновлено розділи «Нормативні документи» "
             "та «Публічна інформація», розміщено форму для запитів.\n\n")
    body += quote("  6. Проведення консультацій з громадськістю (постанова КМУ № 996).") + "\n"
    body += quote("  7. Залучення представників громадськості до дорадчо-консультативних органів.") + "\n\n"
    body += ("До складу районної ради підприємців та комісії з питань захисту прав дитини включено "
             "5 представників громадських об'єднань.\n\n")
    body += quote("  9. Залучення членів громадських рад до обговорення проектів розпоряджень.\n"
                  "  10. Створення при громадських радах комісій з питань відкритості та прозорості.\n"
                  "  12. Сприяння проведенню громадських експертиз.\n\n"
                  "Форма для заповнення додається.\n\nЗ повагою,\nУправління з питань внутрішньої політики") + "\n\n"
    body += "Юрченко Н., тел. 2-14-56\n"
    return text(m, body)


@mail("bottom-03-finansy-outlook-uk", "bottom_post",
      "Outlook reply in Ukrainian above '-----Оригінальне повідомлення-----'; the new text covers measures 2 and 9, the quote lists seven.",
      "su-finansy", B(2, 9), "2012-12-11 17:05")
def _():
    m = new("Головне фінансове управління", "finansy@example.gov.ua", "RE: Нагадування: інформація про виконання Плану заходів",
            "2012-12-11 17:05", "002b01cdd7c2$7e8e1f10$7baa5d30$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    m["Thread-Index"] = "Ac3XwnlFbGJ0Q2dlS0WvHpAs1ezAKg=="
    m["Content-Language"] = "uk"
    new_text = ("Доброго дня!\n\nНа виконання пункту 2 Плану: рубрика «Виконання місцевих бюджетів Чернігівської "
                "області» на офіційному сайті облдержадміністрації щомісячно наповнюється даними про виконання "
                "зведеного бюджету області (останнє оновлення 05.12.2012).\n\n"
                "Щодо пункту 9: проект обласного бюджету на 2013 рік 22.11.2012 направлено громадській раді для "
                "обговорення; отримані пропозиції розглянуто на засіданні бюджетної комісії.\n\n"
                "З повагою,\nОлена Гнатюк\nвідділ доходів Головного фінансового управління ОДА\n")
    orig = ("-----Оригінальне повідомлення-----\nВід: УВП облдержадміністрації [mailto:uvp@cg.ukrtel.net]\n"
            "Надіслано: 8 грудня 2012 р. 9:00\nКому: finansy@example.gov.ua\n"
            "Тема: Нагадування: інформація про виконання Плану заходів\n\n" + REMINDER_SU + "\n")
    html_new = "".join(mso_p(p) for p in new_text.split("\n"))
    html_orig = ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                 "<p class=MsoNormal><b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>"
                 "Від:</span></b> УВП облдержадміністрації [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 8 грудня 2012 р. 9:00<br>"
                 "<b>Кому:</b> finansy@example.gov.ua<br><b>Тема:</b> Нагадування: інформація про виконання Плану заходів<o:p></o:p></p></div></div>"
                 + "".join(mso_p(l) for l in REMINDER_SU.split("\n")))
    return alt(m, new_text + "\n" + orig, outlook_html(html_new + html_orig))


@mail("bottom-04-shchors-outlook-ru", "bottom_post",
      "Russian-language Outlook reply above '-----Original Message-----' with От:/Отправлено:; the new text reports on measure 6 only.",
      "rda-shchors", B(6), "2012-12-12 09:33")
def _():
    m = new("Щорская РГА", "rda-shchors@example.gov.ua", "RE: Нагадування: інформація про виконання Плану заходів до 15.12.2012",
            "2012-12-12 09:33", "000901cdd84c$1b2c3d40$51849bc0$@example.gov.ua", xmailer="Microsoft Office Outlook 12.0")
    body = ("Добрый день.\nПо пункту 6 плана сообщаем: в 2012 году проведено 4 консультации с общественностью "
            "(публичные обсуждения проекта районного бюджета, программы развития образования, "
            "тарифов на вывоз ТБО, схемы размещения рынков).\nПо остальным пунктам информация будет позже.\n\n"
            "С уважением,\nорготдел Щорской РГА\n\n"
            "-----Original Message-----\nFrom: УВП облдержадміністрації [mailto:uvp@cg.ukrtel.net] \n"
            "Sent: Monday, December 10, 2012 9:00 AM\nTo: rda-shchors@example.gov.ua\n"
            "Subject: Нагадування: інформація про виконання Плану заходів до 15.12.2012\n\n" + reminder() + "\n")
    # Outlook with a Russian UI writes От:/Отправлено: — used in the HTML part
    html = outlook_html(
        "".join(mso_p(l) for l in body.split("-----Original Message-----")[0].split("\n"))
        + "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
          "<b>От:</b> УВП облдержадміністрації [mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 10 декабря 2012 г. 9:00<br>"
          "<b>Кому:</b> rda-shchors@example.gov.ua<br><b>Тема:</b> Нагадування: інформація про виконання Плану заходів до 15.12.2012</p></div></div>"
        + "".join(mso_p(l) for l in reminder().split("\n")))
    return alt(m, body, html)


@mail("bottom-05-apk-gmail", "bottom_post",
      "Gmail-style reply from the registered address: new text on measures 7 and 8 above a gmail_quote blockquote of the reminder.",
      "su-apk", B(7, 8), "2012-12-04 14:22")
def _():
    m = new("Головне управління агропромислового розвитку", "apk@example.gov.ua",
            "Re: Нагадування: інформація про виконання Плану заходів", "2012-12-04 14:22",
            "CAH6Kx=vN8pQ3m2Wf0Yd_rK1tLzq5cP8a-jQ@mail.gmail.com")
    new_text = ("Пункт 7 — до складу обласної координаційної ради з питань розвитку фермерства залучено "
                "представників асоціації фермерів та приватних землевласників.\n"
                "Пункт 8 — голову комітету з питань АПК Громадської ради при ОДА введено до складу колегії "
                "головного управління (наказ від 19.10.2012 № 201).\n\nВ. Бондар\n")
    q = reminder().replace("1, 6, 7, 9, 10, 12", "1, 2, 6, 7, 8, 9, 12")
    plain = new_text + "\n" + "3 грудня 2012 р. 09:00 УВП облдержадміністрації <uvp@cg.ukrtel.net> пише:\n\n" + quote(q, "> ") + "\n"
    html = ('<div dir="ltr">' + "".join(f"<div>{esc(l) or '<br>'}</div>" for l in new_text.split("\n")) + "</div>"
            '<div class="gmail_extra"><br><br><div class="gmail_quote">3 грудня 2012 р. 09:00 УВП облдержадміністрації '
            '<span dir="ltr">&lt;<a href="mailto:uvp@cg.ukrtel.net">uvp@cg.ukrtel.net</a>&gt;</span> пише:<br>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + esc(q) + "</blockquote></div><br></div>\n")
    return alt(m, plain, html)


@mail("bottom-06-mena-ukrnet", "bottom_post",
      "ukr.net web-mail style reply (new text, then '--- Оригінальне повідомлення ---' with the reminder); reports measures 1 and 12.",
      "rda-mena", B(1, 12), "2012-12-10 16:51")
def _():
    m = new("", "rda-mena@example.gov.ua", "Re: Нагадування: інформація про виконання Плану заходів до 15.12.2012",
            "2012-12-10 16:51", "1355151060.311502000.k4d9a0xq@frv34.fwdcdn.com")
    new_text = ("ІНФОРМАЦІЯ МЕНСЬКОЇ РДА\n\n1) сайт РДА наповнюється відповідно до Порядку оприлюднення інформації "
                "про діяльність органів виконавчої влади (постанова КМУ від 04.01.2002 № 3), п.1 плану;\n"
                "2) по п.12 — проведено громадську антикорупційну експертизу двох проектів розпоряджень голови РДА, "
                "зауважень немає.\n\n")
    orig = ("--- Оригінальне повідомлення ---\nВід кого: УВП облдержадміністрації <uvp@cg.ukrtel.net>\n"
            "Кому: rda-mena@example.gov.ua\nДата: 8 грудня 2012, 09:00:03\n\n" + reminder() + "\n")
    html = simple_html("<div>" + esc(new_text) + "</div><br><div>--- Оригінальне повідомлення ---<br>Від кого: УВП облдержадміністрації "
                       "&lt;uvp@cg.ukrtel.net&gt;<br>Дата: 8 грудня 2012, 09:00:03<br><br>"
                       '<blockquote style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">'
                       + esc(reminder()) + "</blockquote></div>", font="Verdana")
    return alt(m, new_text + orig, html, cte="base64")


@mail("bottom-07-sotszakhyst-iua", "bottom_post",
      "i.ua-style bottom reply '... написав(ла):' with '>' lines; the answer below reports measures 6, 7 and 9.",
      "su-sotszakhyst", B(6, 7, 9), "2013-06-07 11:02")
def _():
    m = new("Управління праці та соцзахисту", "sotszakhyst@example.gov.ua", "Re: Нагадування",
            "2013-06-07 11:02", "1370592120.4711.iua@mbox.i.ua")
    q = REMINDER_SU.replace("15 грудня 2012 року", "15 червня 2013 року")
    body = ("Користувач УВП облдержадміністрації <uvp@cg.ukrtel.net> написав(ла):\n" + quote(q, ">") + "\n\n"
            "пункт 6 - проведено консультації щодо проекту Програми соціальної підтримки малозабезпечених на 2013 рік.\n"
            "пункт 7 - до опікунської ради при управлінні входять 3 представники громадських організацій інвалідів.\n"
            "пункт 9 - проект програми обговорювався з членами громадської ради 16.04.2013.\n\n"
            "відділ з питань звернень громадян та контролю\n")
    return text(m, body)


@mail("bottom-08-semenivka-quoted-table", "bottom_post",
      "Thunderbird bottom post whose quote carries the whole 16-row reminder table; the answer below is on measure 12 only.",
      "rda-semenivka", B(12), "2013-12-09 15:15")
def _():
    m = new("Семенівська РДА", "rda-semenivka@example.gov.ua", "Re: Нагадування: інформація про виконання Плану заходів до 15.12.2013",
            "2013-12-09 15:15", "52A5C3B1.6000203@example.gov.ua",
            xmailer="Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")
    table = "\n".join(f"{n:>2} | {PLAN_SHORT[n]} | ____" for n in range(1, 17))
    q = reminder("15 грудня 2013 року") + "\n\nФорма:\n№  | Захід | Виконання\n" + table
    body = ("06.12.2013 09:00, УВП облдержадміністрації пише:\n" + quote(q) + "\n\n"
            "Інформація по п.12: у ІІ півріччі ГО «Громадський контроль Семенівщини» провела громадську "
            "експертизу діяльності відділу містобудування РДА; за результатами розроблено план заходів "
            "щодо реалізації пропозицій, виконання якого завершено у листопаді.\n\nПетренко\n")
    return text(m, body, cte="base64")


@mail("bottom-09-zdorovia-clarification", "bottom_post",
      "Reply below UVP's request to clarify measures 8 and 9; the new text clarifies measure 8 only.",
      "su-zdorovia", B(8), "2013-06-10 10:20")
def _():
    m = new("Управління охорони здоров'я", "zdorovia@example.gov.ua", "Re: уточнення інформації",
            "2013-06-10 10:20", "51B57D2C.5030009@example.gov.ua")
    q = ("Шановні колеги!\nПросимо уточнити інформацію щодо пунктів 8 та 9 Плану заходів: чи введено голову "
         "комітету Громадської ради до складу колегії управління та які проекти розпоряджень обговорювались "
         "з громадською радою.\n\nУВП облдержадміністрації")
    body = ("07.06.2013 14:12, УВП облдержадміністрації пише:\n" + quote(q) + "\n\n"
            "Уточнюємо: наказом управління від 11.02.2013 № 74 внесено зміни до складу колегії — до неї введено "
            "голову комітету з питань охорони здоров'я та соціального захисту Громадської ради при ОДА "
            "Кравченка П. І. Він брав участь у засіданні колегії 28.03.2013.\n\n"
            "Т. Шевчук, юрисконсульт\n")
    return text(m, body)


# =============================================================================================
# Class 3: not_report — registered executors writing something that is not a report
# kind = "not_report"; reason = what it is instead (see README)
# =============================================================================================
NR = dict(kind="not_report")


@mail("notreport-01-ekonomika-invitation-calendar", "not_report",
      "Outlook meeting request (text/calendar alternative plus .ics) to discuss measures 6, 9 and 12; nothing is reported.",
      "su-ekonomika", [], "2012-11-27 15:30", reason="invitation", **NR)
def _():
    m = new("Головне управління економіки", "ekonomika@example.gov.ua", "Нарада: виконання плану заходів «Відкритий уряд»",
            "2012-11-27 15:30", "B1C7A8E42F3D9E4FA1D03C2B9E7C5D11@EKONOMIKA.example.gov.ua", xmailer="Microsoft Outlook 14.0")
    desc = ("Шановні колеги!\nЗапрошуємо на робочу нараду щодо стану виконання пунктів 6, 9 та 12 Плану заходів "
            "з підвищення рівня відкритості та прозорості (консультації з громадськістю, обговорення проектів, "
            "громадські експертизи).\nМісце: каб. 412, вул. Шевченка, 7.\nКонтакт: 67-52-10.")
    cal = ics("040000008200E00074C5B7101A82E00800000000A0B3C6F1E8CCCD01000000000000000010000000",
              "20121204T100000", "20121204T113000", "Нарада: виконання плану заходів «Відкритий уряд»",
              desc, ("Головне управління економіки", "ekonomika@example.gov.ua"), "каб. 412")
    m.set_content(desc + "\n", cte="quoted-printable")
    m.add_alternative(outlook_html("".join(mso_p(l) for l in desc.split("\n"))), subtype="html", cte="quoted-printable")
    m.add_alternative(cal, maintype="text", subtype="calendar", params={"method": "REQUEST", "charset": "utf-8"},
                      cte="base64")
    attach(m, cal, "invite.ics", "application/ics")
    return m


@mail("notreport-02-varva-question", "not_report",
      "A district asks whether it must report on measure 7 when it has no advisory bodies; a question, no items.",
      "rda-varva", [], "2012-12-03 10:48", reason="question", **NR)
def _():
    m = new("Варвинська РДА", "rda-varva@example.gov.ua", "питання щодо звіту",
            "2012-12-03 10:48", "50BC6E10.1020304@example.gov.ua")
    return text(m, "Добрий день!\n\nЧи потрібно подавати інформацію щодо пункту 7, якщо в районі дорадчо-консультативні "
                   "органи при РДА не утворювались? І чи треба заповнювати рядки 3, 4, 5 форми, якщо ми не є виконавцями?\n\n"
                   "Дякую.\nОксана, загальний відділ Варвинської РДА, 2-11-34\n")


@mail("notreport-03-simia-thanks", "not_report",
      "Youth and sports department thanks UVP and confirms the reminder was received (reminder quoted below); no items.",
      "su-simia", [], "2012-12-04 09:20", reason="thanks", **NR)
def _():
    m = new("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua", "Re: Нагадування: інформація про виконання Плану заходів",
            "2012-12-04 09:20", "50BDA9C8.2010801@example.gov.ua")
    return text(m, "Дякуємо, лист отримали, інформацію по пунктах 1, 6, 7 підготуємо вчасно.\n\n"
                   "03.12.2012 09:00, УВП облдержадміністрації пише:\n" + quote(REMINDER_SU) + "\n")


@mail("notreport-04-cppk-seminar-announcement", "not_report",
      "The retraining centre announces a future seminar 'within measure 13'; an announcement, not progress.",
      "cppk", [], "2013-02-20 12:00", reason="announcement", **NR)
def _():
    m = new("Центр перепідготовки та підвищення кваліфікації", "cppk@example.gov.ua",
            "ОГОЛОШЕННЯ: семінар з питань консультацій з громадськістю", "2013-02-20 12:00",
            "512497A0.5060402@example.gov.ua")
    t = ("Шановні колеги!\n\nЧернігівський центр перепідготовки та підвищення кваліфікації запрошує заступників "
         "керівників структурних підрозділів облдержадміністрації та райдержадміністрацій на семінар "
         "«Консультації з громадськістю: практика застосування постанови КМУ № 996», який відбудеться "
         "28 лютого 2013 року о 10:00 (вул. Шевченка, 48, ауд. 203).\n\nСемінар проводиться на виконання пункту 13 "
         "Плану заходів. Просимо до 25.02.2013 надіслати списки учасників.\n\nДиректор центру\n")
    return alt(m, t, simple_html(paras_html(t)))


@mail("notreport-05-borzna-extension", "not_report",
      "District asks to extend the deadline for measures 6 and 9 to 20.12.2012; no progress reported.",
      "rda-borzna", [], "2012-12-13 16:40", reason="extension_request", **NR)
def _():
    m = new("Борзнянська РДА", "rda-borzna@example.gov.ua", "Про продовження терміну", "2012-12-13 16:40",
            "000a01cdd956$9f1e2c40$dd5a84c0$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    t = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "У зв'язку з відпусткою відповідального працівника просимо продовжити термін подання інформації "
         "щодо виконання пп. 6, 9 Плану заходів до 20.12.2012.\n\nЗаступник голови РДА    І. Мельник\n")
    return alt(m, t, outlook_html("".join(mso_p(l) for l in t.split("\n"))))


@mail("notreport-06-kapbud-later", "not_report",
      "Capital construction department says information on measures 1 and 6 will be sent later; no items.",
      "su-kapbud", [], "2013-06-12 17:55", reason="promised_later", **NR)
def _():
    m = new("УКБ ОДА", "kapbud@example.gov.ua", "інформація", "2013-06-12 17:55", "51B88D61.8030704@example.gov.ua")
    return text(m, "Добрий вечір. Інформація з п. 1 та п. 6 буде надіслана додатково, до 14.06, бо керівник у відрядженні.\n"
                   "Вибачте за затримку.\n")


@mail("notreport-07-pryluky-ics-attachment", "not_report",
      "District invites UVP to a public council meeting with an .ics attachment whose agenda names measures 9 and 10; no items.",
      "rda-pryluky", [], "2013-06-03 11:15", reason="invitation", **NR)
def _():
    m = new("Прилуцька райдержадміністрація", "rda-pryluky@example.gov.ua", "Запрошення на засідання громадської ради",
            "2013-06-03 11:15", "51AC50F4.4090705@example.gov.ua",
            xmailer="Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")
    desc = ("Порядок денний:\n1. Про створення комісії з питань відкритості та прозорості (п. 10 Плану заходів).\n"
            "2. Про обговорення проекту розпорядження про бюджет (п. 9 Плану заходів).\n3. Різне.")
    text(m, "Запрошуємо представника УВП ОДА на засідання громадської ради при Прилуцькій РДА 14.06.2013 о 14:00.\n\n"
            + desc + "\n\nЗапрошення у вкладенні.\n")
    cal = ics("zasidannia-20130614-pryluky@example.gov.ua", "20130614T140000", "20130614T160000",
              "Засідання громадської ради при Прилуцькій РДА", desc,
              ("Прилуцька РДА", "rda-pryluky@example.gov.ua"), "м. Прилуки, вул. Київська, 174, зал засідань")
    return attach(m, cal, "Засідання 14.06.ics")


@mail("notreport-08-sluzhba-ditei-question-ru", "not_report",
      "Children's service asks in Russian in what form to report on items 1, 6-9; a question, no items.",
      "su-sluzhba-ditei", [], "2013-11-28 13:07", reason="question", **NR)
def _():
    m = new("Служба у справах дітей", "sluzhba-ditei@example.gov.ua", "вопрос", "2013-11-28 13:07",
            "52973B8A.1000405@example.gov.ua")
    return text(m, "Добрый день!\nПодскажите, пожалуйста, в какой форме подавать информацию по пунктам 1, 6–9 плана — "
                   "таблицей или письмом? И нужно ли указывать информацию за весь год или только за II полугодие?\n"
                   "Спасибо.\nНаталья Ивановна\n", cte="8bit")


@mail("notreport-09-ichnia-new-address", "not_report",
      "District announces a change of its e-mail address and names the report it sent earlier; no items.",
      "rda-ichnia", [], "2013-06-04 08:30", reason="announcement", **NR)
def _():
    m = new("Ічнянська РДА", "rda-ichnia@example.gov.ua", "Зміна адреси електронної пошти", "2013-06-04 08:30",
            "51AD7C3E.2080301@example.gov.ua")
    return text(m, "Повідомляємо, що з 10.06.2013 змінюється адреса електронної пошти Ічнянської районної державної "
                   "адміністрації. Просимо надсилати листи, у тому числі щодо Плану заходів з підвищення рівня "
                   "відкритості (пункти 1, 6, 7, 9, 10, 12), на нову адресу, яку повідомимо окремо.\n\n"
                   "Загальний відділ апарату РДА\n")


# =============================================================================================
# Class 4: ranges — measure numbers given as ranges and lists
# =============================================================================================
@mail("ranges-01-ekonomika-xlsx-cell", "ranges",
      "Economy department xlsx whose number cells read '1–2, 6–9' and '12'; covers 1, 2, 6, 7, 8, 9 and 12.",
      "su-ekonomika", I("Економіка_ВУ.xlsx", 1, 2, 6, 7, 8, 9, 12), "2012-12-12 10:00")
def _():
    m = new("Головне управління економіки", "ekonomika@example.gov.ua", "Інформація ГУЕ", "2012-12-12 10:00",
            "000b01cdd83d$0e2b7c30$2a827490$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    text(m, "Надсилаємо інформацію головного управління економіки про виконання Плану заходів.\n")
    rows = [["№ пункту плану", "Інформація про виконання"],
            ["1–2, 6–9", "Офіційна веб-сторінка управління та рубрика «Хід виконання цільових програм» на сайті ОДА "
                         "регулярно оновлюються; проекти програм соціально-економічного розвитку проходять консультації "
                         "з громадськістю та обговорюються громадською радою, представники якої входять до колегії та "
                         "дорадчих органів управління."],
            ["12", "Проект Регуляторного плану на 2013 рік пройшов громадську антикорупційну експертизу."]]
    return attach(m, make_xlsx(rows, widths=(14, 100)), "Економіка_ВУ.xlsx")


@mail("ranges-02-kultura-pp-6-9-12", "ranges",
      "Culture department body: 'пп. 6-9, 12' in one paragraph and 'п. 1' in another; covers 1, 6, 7, 8, 9, 12.",
      "su-kultura", B(1, 6, 7, 8, 9, 12), "2012-12-11 11:40")
def _():
    m = new("Управління культури і туризму", "kultura@example.gov.ua", "звіт", "2012-12-11 11:40",
            "50C6F0D2.9090402@example.gov.ua")
    return text(m, "Інформація управління культури і туризму облдержадміністрації\n\n"
                   "Щодо виконання пп. 6-9, 12 Плану заходів: у IV кварталі проведено консультації з громадськістю "
                   "щодо проекту Програми розвитку культури на 2013–2015 роки; до художньої ради та колегії управління "
                   "залучено представників громадськості, зокрема голову комітету Громадської ради; проект програми "
                   "обговорено з членами громадської ради; громадська експертиза діяльності обласних музеїв "
                   "завершена, пропозиції враховано.\n\n"
                   "Щодо п. 1: сайт управління оновлено.\n\nЗ повагою, Левченко Т.\n")


@mail("ranges-03-kozelets-pp-1-6-7", "ranges",
      "District writes 'п.п. 1, 6 – 7' with spaces around an en dash; covers 1, 6 and 7.",
      "rda-kozelets", B(1, 6, 7), "2013-06-04 14:05")
def _():
    m = new("Козелецька РДА", "rda-kozelets@example.gov.ua", "До плану заходів", "2013-06-04 14:05",
            "51ADCB55.7050208@example.gov.ua")
    t = ("На виконання п.п. 1, 6 – 7 Плану заходів Козелецька райдержадміністрація повідомляє:\n\n"
         "веб-сайт РДА функціонує відповідно до вимог законодавства, щотижня оновлюється;\n"
         "у І півріччі 2013 р. проведено 3 консультації з громадськістю (публічні обговорення);\n"
         "представники ГО входять до складу 6 дорадчих органів при РДА.\n")
    return alt(m, t, simple_html(paras_html(t.replace(";\n", ";\n\n"))))


@mail("ranges-04-arkhiv-z-6-po-9", "ranges",
      "State archive reports 'з 6 по 9 пункти' as one block plus a separate website sentence; covers 1, 6, 7, 8, 9.",
      "su-arkhiv", B(1, 6, 7, 8, 9), "2012-12-06 15:00")
def _():
    m = new("Держархів області", "arkhiv@example.gov.ua", "Інформація Держархіву", "2012-12-06 15:00",
            "50C0A2F8.6040701@example.gov.ua")
    return text(m, "Державний архів Чернігівської області інформує.\n\n"
                   "З 6 по 9 пункти Плану: проведено консультації з громадськістю щодо порядку доступу до архівних "
                   "документів; до експертно-перевірної комісії архіву та колегії введено представників громадськості, "
                   "у т.ч. голову комітету Громадської ради; проект плану заходів до 80-річчя голодомору обговорено з "
                   "громадською радою.\n\nСайт архіву (пункт 1) оновлюється щотижня.\n\nДиректор    Р. Б. Ткаченко\n",
                cte="8bit")


@mail("ranges-05-nizhyn-i-and-list", "ranges",
      "District uses 'пункти 7 і 9' and 'пунктів 10, 12' in two paragraphs; covers 7, 9, 10, 12.",
      "rda-nizhyn", B(7, 9, 10, 12), "2013-12-05 09:12")
def _():
    m = new("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "Інформація на виконання листа від 25.11.2013 № 04-11/2011",
            "2013-12-05 09:12", "52A02A1F.8010509@example.gov.ua")
    return text(m, "Ніжинська райдержадміністрація щодо виконання Плану заходів повідомляє.\n\n"
                   "Відносно пункти 7 і 9: члени громадської ради при РДА входять до складу районної тристоронньої "
                   "соціально-економічної ради та брали участь в обговоренні 4 проектів розпоряджень голови РДА.\n\n"
                   "Щодо пунктів 10, 12: при громадській раді працює комісія з питань відкритості та прозорості "
                   "діяльності РДА; проведено громадську експертизу діяльності управління соціального захисту "
                   "населення РДА.\n\nВ.о. керівника апарату РДА   С. Гордієнко\n")


@mail("ranges-06-gromrada-3-4-15", "ranges",
      "Public council reports on 'пунктів 3 — 4 та 15' with an em dash; covers 3, 4 and 15.",
      "gromrada", B(3, 4, 15), "2012-12-08 19:30")
def _():
    m = new("Громадська рада при ОДА", "gromrada@example.gov.ua", "Інформація Громадської ради", "2012-12-08 19:30",
            "CAJx7Q1p2mYvF0rT9sEz+kLq3Wc4N=uB8H@mail.gmail.com")
    return text(m, "Шановні колеги!\n\nЩодо виконання пунктів 3 — 4 та 15 Плану заходів повідомляємо: веб-ресурс "
                   "«Чернігівська громада» запущено 01.11.2012, на його базі працює форум з обговорення питань "
                   "життєдіяльності області (зареєстровано 214 користувачів); 29.11.2012 на засіданні Громадської ради "
                   "відбулось громадське обговорення стану виконання Плану заходів.\n\n"
                   "Голова Громадської ради   М. Петрик\n")


@mail("ranges-07-uvp-dashes", "ranges",
      "UVP's own executor address reports 'пп. 10—11, 13–14' (em dash and en dash); covers 10, 11, 13, 14.",
      "uvp", B(10, 11, 13, 14), "2012-12-13 12:20")
def _():
    m = new("УВП ОДА (сектор аналізу)", "uvp-info@example.gov.ua", "інформація УВП по плану", "2012-12-13 12:20",
            "50C9A7C2.3030501@example.gov.ua")
    return text(m, "Інформація управління щодо виконання пп. 10—11, 13–14:\n"
                   "— громадським радам при РДА направлено рекомендації щодо створення комісій з питань відкритості;\n"
                   "— 23.11.2012 проведено День відкритих дверей для журналістів обласних ЗМІ;\n"
                   "— спільно з ЦППК проведено навчальний семінар для заступників керівників структурних підрозділів;\n"
                   "— розроблено та розіслано методичний посібник «Консультації з громадськістю: покроково».\n")


@mail("ranges-08-bobrovytsia-docx-lists", "ranges",
      "District docx table with number cells '1', '6, 7', '9,10' and '12'; covers 1, 6, 7, 9, 10, 12.",
      "rda-bobrovytsia", I("Бобровиця.docx", 1, 6, 7, 9, 10, 12), "2013-06-10 16:16")
def _():
    m = new("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "Звіт Бобровицької РДА", "2013-06-10 16:16",
            "51B5D1E0.3080406@example.gov.ua")
    text(m, "Надсилаємо звіт.\n")
    rows = [["№ п/п плану", "Виконання"],
            ["1", "Сайт РДА оновлено, додано розділ «Відкритий уряд»."],
            ["6, 7", "Проведено 2 консультації з громадськістю; представники ГО включені до складу координаційних рад."],
            ["9,10", "Проекти розпоряджень обговорюються на засіданнях громадської ради; в її складі створено комісію з питань прозорості."],
            ["12", "Громадська експертиза діяльності відділу освіти РДА проведена у квітні 2013 р."]]
    return attach(m, make_docx([("h", "Інформація Бобровицької РДА за І півріччя 2013 року"), ("t", rows)]), "Бобровиця.docx")


@mail("ranges-09-sotszakhyst-ru", "ranges",
      "Social protection department in Russian: 'по пунктам 1, 6-9 и 12'; covers 1, 6, 7, 8, 9, 12.",
      "su-sotszakhyst", B(1, 6, 7, 8, 9, 12), "2012-12-10 10:45")
def _():
    m = new("УТСЗН", "sotszakhyst@example.gov.ua", "ИНФОРМАЦИЯ", "2012-12-10 10:45", "50C59C45.1010408@example.gov.ua")
    return text(m, "Информация по пунктам 1, 6-9 и 12 плана мероприятий: сайт управления наполняется; проведены "
                   "консультации с общественностью по проекту программы соцподдержки; представители общественных "
                   "организаций инвалидов включены в совещательные органы; председатель комитета Общественного совета "
                   "введен в состав коллегии; проекты приказов обсуждаются с общественным советом; проведена "
                   "общественная экспертиза работы управления.\n\nОтдел организационной работы\n", cte="8bit")


# =============================================================================================
# Class 5: prose — no measure numbers; activities in the official's own words
# =============================================================================================
@mail("prose-01-zdorovia-pdf", "prose",
      "Health department PDF letter with headings in its own words; covers website (1), consultations (6), and one paragraph on collegium and advisory council (7, 8).",
      "su-zdorovia", I("Інформація УОЗ.pdf", 1, 6, 7, 8), "2012-12-05 12:45")
def _():
    m = new("Управління охорони здоров'я", "zdorovia@example.gov.ua", "Інформація управління охорони здоров'я",
            "2012-12-05 12:45", "50BF2A11.2030806@example.gov.ua")
    text(m, "Інформація у вкладенні (pdf).\n")
    d = make_docx([
        ("h", "ІНФОРМАЦІЯ"),
        ("h", "управління охорони здоров'я облдержадміністрації щодо підвищення відкритості діяльності"),
        ("b", "Щодо відкритості інформації про діяльність управління в мережі Інтернет"),
        ("p", "Веб-сторінка управління містить перелік закладів охорони здоров'я, графіки прийому громадян "
              "керівництвом, порядок отримання безоплатної медичної допомоги; новини оновлюються щодня."),
        ("b", "Про залучення громадськості до формування політики у сфері охорони здоров'я"),
        ("p", "Проведено публічне громадське обговорення проекту оптимізації мережі лікувальних закладів "
              "області та електронне обговорення програми «Здоров'я нації»."),
        ("b", "Участь громадськості в роботі колегіальних органів"),
        ("p", "До складу колегії управління увійшов голова профільного комітету Громадської ради при ОДА, "
              "а представники пацієнтських організацій беруть участь у роботі обласної координаційної ради "
              "з питань протидії туберкульозу та ВІЛ-інфекції."),
        ("p", "Начальник управління                       В. Г. Литвин")])
    return attach(m, convert(d, "docx", "pdf"), "Інформація УОЗ.pdf")


@mail("prose-02-novhorod-docx", "prose",
      "District docx letter in plan order without numbers: website (1), consultations (6), transparency commission (10), anti-corruption review (12).",
      "rda-novhorod-siverskyi", I("Лист_НСРДА.docx", 1, 6, 10, 12), "2012-12-07 10:10")
def _():
    m = new("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "лист", "2012-12-07 10:10",
            "50C1A3B2.1000302@example.gov.ua")
    text(m, "Доброго дня, направляємо лист райдержадміністрації.\n")
    d = make_docx([
        ("p", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("p", "Райдержадміністрація інформує про проведену роботу з підвищення відкритості та прозорості."),
        ("p", "Інтернет-сторінка райдержадміністрації наповнюється відповідно до законодавства про доступ до "
              "публічної інформації: розміщено розпорядження голови, звіти, відомості про вакансії та закупівлі."),
        ("p", "Регулярно організовуються зустрічі з жителями та публічні обговорення: у жовтні – листопаді "
              "обговорено проект районного бюджету та план благоустрою міста."),
        ("p", "За рекомендацією райдержадміністрації громадська рада утворила у своєму складі комісію з питань "
              "відкритості та прозорості діяльності органу влади."),
        ("p", "Громадська організація «Сіверщина» провела антикорупційну експертизу проекту розпорядження "
              "про порядок надання в оренду комунального майна; її пропозиції враховано."),
        ("p", "Голова райдержадміністрації                     О. Бойко")])
    return attach(m, d, "Лист_НСРДА.docx")


@mail("prose-03-simia-odt", "prose",
      "Youth and sports department .odt: website and programme section (1, 2), consultations (6), public council discussing drafts (9).",
      "su-simia", I("simia_info.odt", 1, 2, 6, 9), "2013-06-06 13:13")
def _():
    m = new("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua", "На виконання плану",
            "2013-06-06 13:13", "51B06411.4070001@example.gov.ua")
    text(m, "Надсилаємо інформацію (файл LibreOffice).\n")
    d = make_docx([
        ("h", "Інформація управління у справах сім'ї, молоді та спорту"),
        ("p", "Власна сторінка управління в мережі Інтернет та розділ про стан реалізації обласних програм "
              "на порталі облдержадміністрації щомісяця доповнюються: розміщено звіти про виконання програми "
              "«Молодь Чернігівщини» та програми розвитку фізичної культури і спорту."),
        ("p", "Проведено дві зустрічі з молодіжними організаціями для обговорення пріоритетів молодіжної політики "
              "(публічні консультації, березень та квітень)."),
        ("p", "Проект наказу про обласний конкурс соціальних проектів надсилався членам громадської ради, "
              "їхні зауваження враховано у фінальній редакції."),
        ("p", "Начальник управління   С. Ю. Марченко")])
    return attach(m, convert(d, "docx", "odt"), "simia_info.odt")


@mail("prose-04-kulykivka-html", "prose",
      "District HTML body: one paragraph covers both advisory bodies (7) and the public council discussing a draft programme (9).",
      "rda-kulykivka", B(7, 9), "2012-12-12 14:50")
def _():
    m = new("Куликівська райдержадміністрація", "rda-kulykivka@example.gov.ua", "Інформація Куликівської РДА",
            "2012-12-12 14:50", "50C87F12.6000401@example.gov.ua")
    t = ("Шановні колеги!\n\nПредставники громадських організацій району введені до складу координаційної ради "
         "з питань сім'ї та ради з питань підприємництва, а члени громадської ради при райдержадміністрації "
         "взяли участь в обговоренні проекту районної програми підтримки малого бізнесу на 2013–2014 роки "
         "і внесли 7 пропозицій.\n\nЗ повагою,\nвідділ організаційної роботи та інформаційної діяльності апарату РДА")
    html = simple_html(paras_html(t), font="Arial")
    m.set_content(html, subtype="html", cte="quoted-printable")
    return m


@mail("prose-05-zvernennia-plain", "prose",
      "Citizens' appeals department plain body about the governor's telephone hot line in its own words (5).",
      "zvernennia", B(5), "2012-12-06 09:05")
def _():
    m = new("Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua", "інформація відділу",
            "2012-12-06 09:05", "50C042E9.1050207@example.gov.ua")
    return text(m, "Відділ роботи із зверненнями громадян апарату облдержадміністрації повідомляє.\n\n"
                   "Телефонний зв'язок громадян з головою облдержадміністрації за номером 0-800-... працює щоденно "
                   "з 9:00 до 18:00; за вересень – листопад 2012 року надійшло 1 217 дзвінків, усі взято на "
                   "контроль, відповіді надано у встановлені строки.\n\nНачальник відділу   Л. Сергієнко\n")


@mail("prose-06-cppk-training", "prose",
      "Retraining centre reports the training it held for deputy heads on consultations with the public (13), no number given.",
      "cppk", B(13), "2013-03-05 11:30")
def _():
    m = new("ЦППК", "cppk@example.gov.ua", "інформація центру", "2013-03-05 11:30", "5135BB52.9080103@example.gov.ua")
    return text(m, "Центр перепідготовки та підвищення кваліфікації інформує, що 28 лютого 2013 року для "
                   "заступників керівників структурних підрозділів облдержадміністрації та фахівців, які "
                   "організовують консультації з громадськістю, проведено навчання «Інструменти залучення "
                   "громадськості до формування політики» (42 слухачі, видано сертифікати).\n\nДиректор центру\n")


@mail("prose-07-apk-docx-plan-order", "prose",
      "Agro department docx following the plan's order: website (1), programme section (2), consultations (6), collegium (8).",
      "su-apk", I("АПК інформація.docx", 1, 2, 6, 8), "2013-06-07 15:25")
def _():
    m = new("Головне управління агропромислового розвитку", "apk@example.gov.ua", "ГУАПР - інформація",
            "2013-06-07 15:25", "002c01ce637a$4e2d1c80$ea875580$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    text(m, "Надсилаємо інформацію головного управління агропромислового розвитку.\n")
    d = make_docx([
        ("h", "Інформація головного управління агропромислового розвитку облдержадміністрації"),
        ("p", "Інтернет-сторінка головного управління відповідає вимогам законодавства; у І півріччі розміщено "
              "87 інформаційних матеріалів."),
        ("p", "У розділі сайту облдержадміністрації, присвяченому реалізації цільових програм, оприлюднено звіт "
              "про виконання Програми розвитку тваринництва."),
        ("p", "Проведено публічне обговорення проекту регіональної програми розвитку садівництва за участю "
              "фермерів та сільгосптоваровиробників."),
        ("p", "Голова комітету з питань аграрної політики Громадської ради продовжує працювати у складі колегії "
              "головного управління; у лютому внесено відповідні зміни до Положення про головне управління."),
        ("p", "Заступник начальника   П. Гончар")])
    return attach(m, d, "АПК інформація.docx")


@mail("prose-08-sosnytsia-pdf", "prose",
      "District PDF in its own words: website (1), public hearings (6), advisory councils (7), public review of an office (12).",
      "rda-sosnytsia", I("Сосниця_інформація.pdf", 1, 6, 7, 12), "2013-12-03 10:35")
def _():
    m = new("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "", "2013-12-03 10:35", "529D97D3.5010203@example.gov.ua")
    text(m, "Інформація Сосницької РДА.\n")
    d = make_docx([
        ("h", "Інформація Сосницької райдержадміністрації"),
        ("p", "Офіційна сторінка райдержадміністрації в Інтернеті щоденно поповнюється новинами, розпорядженнями "
              "голови та оголошеннями; створено розділ «Запитай владу»."),
        ("p", "У ІІ півріччі 2013 року проведено громадські слухання щодо проекту генерального плану смт Сосниця "
              "та публічне обговорення районного бюджету на 2014 рік."),
        ("p", "Представники громадських організацій працюють у складі районних рад з питань освіти, ветеранів "
              "та з питань розвитку туризму."),
        ("p", "Громадська організація «Сосницька громада» здійснила громадську експертизу діяльності відділу "
              "містобудування РДА; пропозиції включено до плану роботи відділу."),
        ("p", "Голова районної державної адміністрації   В. Лук'яненко")])
    return attach(m, convert(d, "docx", "pdf"), "Сосниця_інформація.pdf")


@mail("prose-09-gromrada-html-portal", "prose",
      "Public council HTML letter on the community web portal (3) and its discussion forum (4), without numbers.",
      "gromrada", B(3, 4), "2012-12-06 20:02")
def _():
    m = new("Громадська рада", "gromrada@example.gov.ua", "Про портал громадськості", "2012-12-06 20:02",
            "CAJx7Q1qP4e9Zt=0sXbV2nLk7Gd5M+hA1C@mail.gmail.com")
    t = ("Доброго вечора!\n\nІнформуємо, що інтернет-портал «Чернігівська громада» працює в повному обсязі, "
         "щотижня публікуються матеріали громадських організацій.\n\nНа порталі відкрито розділ для дискусій, де "
         "жителі області обговорюють місцеві проблеми та співпрацю з владою; розпочато 35 тем.\n\n"
         "Секретаріат Громадської ради")
    return alt(m, t, simple_html(paras_html(t)))


# =============================================================================================
# Class 6: foreign_numbers — numbers that are not the plan's measure numbers
# =============================================================================================
@mail("foreign-01-chernihiv-own-paragraphs", "foreign_numbers",
      "District numbers its own paragraphs 1., 2., 3. over prose about the website (1), consultations (6) and public review (12).",
      "rda-chernihiv", B(1, 6, 12), "2012-12-05 16:30")
def _():
    m = new("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "Інформація Чернігівської РДА", "2012-12-05 16:30",
            "50BF5B2E.7000905@example.gov.ua")
    return text(m, "Чернігівська райдержадміністрація інформує:\n\n"
                   "1. Офіційний веб-сайт РДА приведено у відповідність до вимог законодавства про доступ до публічної "
                   "інформації, створено розділ для електронних запитів.\n"
                   "2. Проведено публічні консультації з громадськістю щодо проекту програми розвитку району та "
                   "районного бюджету на 2013 рік.\n"
                   "3. Громадська антикорупційна експертиза проекту розпорядження про порядок оренди земель "
                   "проведена громадською організацією «Чесна влада»; зауваження враховано.\n\n"
                   "Керівник апарату РДА   Н. Савченко\n")


@mail("foreign-02-osvita-own-plan-numbering", "foreign_numbers",
      "Education department xlsx with its own plan numbering 1.1, 1.2, 2.3 and a column of the oblast plan's numbers 1, 6, 9.",
      "su-osvita", I("План_управління.xlsx", 1, 6, 9), "2013-06-05 15:10")
def _():
    m = new("Управління освіти і науки", "osvita@example.gov.ua", "звіт за І півріччя", "2013-06-05 15:10",
            "51AF2B66.5000308@example.gov.ua")
    text(m, "Додаток: звіт за планом управління.\n")
    rows = [["№ за планом управління", "Пункт обласного плану", "Захід управління", "Виконання"],
            ["1.1", "1", "Оновлення веб-сайту управління", "Виконано: оновлено розділи «Атестація», «ЗНО-2013»."],
            ["1.2", "1", "Розміщення звітів керівників закладів освіти", "Звіти 42 закладів розміщено на сайті."],
            ["2.3", "6", "Консультації з батьківською громадськістю", "Проведено обласні батьківські збори (12.03.2013)."],
            ["3.1", "9", "Обговорення проектів наказів з громадською радою", "Обговорено проект наказу про мережу профільних класів."]]
    return attach(m, make_xlsx(rows, widths=(12, 12, 45, 60)), "План_управління.xlsx")


@mail("foreign-03-varva-subitems-docx", "foreign_numbers",
      "District docx: measure 6 paragraph with sub-items 1), 2), 3) and measure 7 paragraph with а), б); only 6 and 7 are reported.",
      "rda-varva", I("Варва_звіт.docx", 6, 7), "2012-12-10 11:55")
def _():
    m = new("Варвинська РДА", "rda-varva@example.gov.ua", "До плану заходів", "2012-12-10 11:55",
            "50C5ABF3.2040509@example.gov.ua")
    text(m, "Звіт у вкладенні.\nОксана\n")
    d = make_docx([
        ("h", "Інформація Варвинської РДА"),
        ("p", "Пункт 6. Протягом IV кварталу проведено такі консультації з громадськістю:"),
        ("p", "1) засідання «круглого столу» щодо розвитку сільського зеленого туризму (12.10.2012);"),
        ("p", "2) громадські слухання щодо проекту районного бюджету на 2013 рік (15.11.2012);"),
        ("p", "3) електронні консультації щодо програми благоустрою (01.11–30.11.2012)."),
        ("p", "Пункт 7. До роботи дорадчих органів залучено представників громадськості:"),
        ("p", "а) до районної ради з питань освіти — 2 особи;"),
        ("p", "б) до координаційної ради з питань молоді — 3 особи.")])
    return attach(m, d, "Варва_звіт.docx")


@mail("foreign-04-finansy-dates-docnumbers", "foreign_numbers",
      "Finance department body full of dates and document numbers (наказ № 12 від 03.02.2012, № 996, № 456); reports measures 2 and 9.",
      "su-finansy", B(2, 9), "2013-06-11 09:50")
def _():
    m = new("Головне фінансове управління", "finansy@example.gov.ua", "інформація ГФУ", "2013-06-11 09:50",
            "003101ce6672$8ab41d20$a01c5760$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    t = ("На виконання п. 2 Плану заходів: відповідно до наказу № 12 від 03.02.2012 «Про оприлюднення інформації» "
         "рубрика «Виконання місцевих бюджетів Чернігівської області» на сайті ОДА оновлюється щомісяця до 15 числа; "
         "станом на 01.06.2013 розміщено 17 звітів.\n\n"
         "На виконання п. 9: проект розпорядження голови ОДА від 15.10.2012 № 456 «Про внесення змін до обласного "
         "бюджету» та проект розпорядження № 98 від 27.03.2013 обговорено з членами громадської ради згідно з "
         "постановою КМУ від 03.11.2010 № 996.\n\nТел. 67-40-11, 67-40-15\n")
    return alt(m, t, outlook_html("".join(mso_p(l) for l in t.split("\n"))))


@mail("foreign-05-ichnia-counts-letter-number", "foreign_numbers",
      "District letter with an outgoing number, counts and a phone number; explicit measures 6 and 12.",
      "rda-ichnia", B(6, 12), "2012-12-10 08:40")
def _():
    m = new("Ічнянська РДА", "rda-ichnia@example.gov.ua", "вих. № 01-12/1234 від 10.12.2012", "2012-12-10 08:40",
            "50C57E31.8090601@example.gov.ua")
    return text(m, "Ічнянська районна державна адміністрація\nвих. № 01-12/1234 від 10.12.2012\n\n"
                   "По пункту 6: у 2012 році проведено 14 консультацій з громадськістю, 3 з них — електронні, "
                   "участь взяли 318 осіб.\n"
                   "По пункту 12: проведено 2 громадські експертизи (відділу освіти та служби у справах дітей РДА), "
                   "розроблено 11 заходів на виконання 16 пропозицій експертів.\n\n"
                   "Виконавець: Коваленко, тел. 2-15-07\n")


@mail("foreign-06-kapbud-pdf-own-order", "foreign_numbers",
      "Capital construction PDF with its own paragraphs 1., 2., 3. about collegium (8), website (1), public review (12) — in that order.",
      "su-kapbud", I("УКБ_інформація.pdf", 1, 8, 12), "2012-12-11 13:25")
def _():
    m = new("Управління капітального будівництва", "kapbud@example.gov.ua", "Інформація УКБ", "2012-12-11 13:25",
            "50C71C55.1020300@example.gov.ua")
    text(m, "Надсилаємо інформацію управління капітального будівництва у форматі PDF.\n")
    d = make_docx([
        ("h", "Інформація управління капітального будівництва облдержадміністрації"),
        ("p", "1. До складу колегії управління введено голову комітету з питань будівництва та ЖКГ Громадської ради "
              "при облдержадміністрації (наказ від 05.11.2012 № 131)."),
        ("p", "2. На веб-сторінці управління оприлюднюються переліки об'єктів будівництва, результати закупівель "
              "та звіти про використання коштів."),
        ("p", "3. За ініціативою громадської організації проведено громадську експертизу діяльності управління "
              "у сфері закупівель; розроблено план заходів щодо реалізації пропозицій експертів.")])
    return attach(m, convert(d, "docx", "pdf"), "УКБ_інформація.pdf")


@mail("foreign-07-korop-two-number-columns", "foreign_numbers",
      "District docx table with a '№ з/п' column 1, 2, 3 and a '№ пункту Плану' column 6, 9, 12; only the latter are measures.",
      "rda-korop", I("Короп_таблиця.docx", 6, 9, 12), "2013-06-12 10:30")
def _():
    m = new("Коропська РДА", "rda-korop@example.gov.ua", "Re: До плану заходів", "2013-06-12 10:30",
            "51B81E4A.6010005@example.gov.ua")
    text(m, "Таблиця у вкладенні.\n")
    rows = [["№ з/п", "№ пункту Плану", "Проведена робота"],
            ["1", "6", "Проведено публічне обговорення проекту програми розвитку освіти району."],
            ["2", "9", "Проект розпорядження про районний бюджет обговорено з громадською радою."],
            ["3", "12", "Громадська експертиза діяльності районного центру соцслужб."]]
    return attach(m, make_docx([("h", "Інформація Коропської РДА"), ("t", rows)]), "Короп_таблиця.docx")


@mail("foreign-08-zhkh-counts-only", "foreign_numbers",
      "Housing department body about consultations (6) full of counts (7 обговорень), room and phone numbers and years; only measure 6.",
      "su-zhkh", B(6), "2013-12-10 14:00")
def _():
    m = new("Управління ЖКГ ОДА", "zhkh@example.gov.ua", "Інформація на лист від 25.11.2013", "2013-12-10 14:00",
            "001f01cdf58b$8e9c1a20$abd44e60$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    return text(m, "Станом на 01.12.2013 управлінням проведено 7 публічних обговорень з мешканцями (консультації з "
                   "громадськістю) щодо тарифів на теплопостачання на 2013-2014 роки та створення ОСББ; взяли участь "
                   "12 громадських організацій і 340 мешканців.\n\n"
                   "Контакти: кімн. 312, тел. 67-45-12, 16 грудня — день прийому.\n")


@mail("foreign-09-semenivka-order-point", "foreign_numbers",
      "District cites 'п. 3 розпорядження … № 234' while reporting explicit measures 9 and 10.",
      "rda-semenivka", B(9, 10), "2013-06-10 12:10")
def _():
    m = new("Семенівська РДА", "rda-semenivka@example.gov.ua", "інформація", "2013-06-10 12:10",
            "51B59A5B.9040506@example.gov.ua")
    return text(m, "Щодо пункту 9 Плану: проекти 3 розпоряджень голови РДА обговорено з членами громадської ради.\n\n"
                   "Щодо пункту 10 Плану: відповідно до п. 3 розпорядження голови райдержадміністрації від 12.11.2012 "
                   "№ 234 громадська рада створила робочу групу з питань відкритості та прозорості (5 осіб).\n")


# =============================================================================================
# Class 7: personal_address — private mailbox; the office is named only in the signature
# (oblique case); the greeting often names the addressee (УВП), which is never the executor
# =============================================================================================
@mail("personal-01-gmail-ekonomika-head", "personal_address",
      "Head of the economy department writes from gmail, greeting UVP; signature 'начальник управління економіки облдержадміністрації'; measures 6 and 9.",
      "su-ekonomika", B(6, 9), "2012-12-10 21:14")
def _():
    m = new("Viktor Hrytsenko", "v.hrytsenko1967@gmail.com", "інформація", "2012-12-10 21:14",
            "CAFk3nR2=aXq8L0bWc7p+YtZ1uHd9Ms4EoG@mail.gmail.com")
    t = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "Пункт 6. Проведено консультації з громадськістю щодо проекту Програми економічного і соціального розвитку "
         "області на 2013 рік (3 публічні обговорення в містах обласного значення).\n"
         "Пункт 9. Проект Програми направлено Громадській раді при ОДА, пропозиції її членів враховано.\n\n"
         "Надсилаю з особистої пошти, бо службова не працює.\n\n"
         "З повагою,\nВ. Гриценко,\nначальник управління економіки облдержадміністрації\n")
    html = ('<div dir="ltr">' + "".join(f"<div>{esc(l) or '<br>'}</div>" for l in t.split("\n")) + "</div>\n")
    return alt(m, t, html)


@mail("personal-02-ukrnet-kozelets", "personal_address",
      "Specialist writes from ukr.net; signature 'головний спеціаліст відділу ... Козелецької РДА'; measures 1 and 6.",
      "rda-kozelets", B(1, 6), "2012-12-06 17:45")
def _():
    m = new("Ірина", "iryna_koz@ukr.net", "звіт", "2012-12-06 17:45",
            "1354808700.624810000.b7vx1kq2@frv55.fwdcdn.com")
    t = ("Добрий день!\n\nНа Ваш лист повідомляю, що офіційний сайт райдержадміністрації працює, розміщено "
         "проекти рішень для обговорення (п. 1), проведено 4 консультації з громадськістю у формі публічних "
         "обговорень (п. 6).\n\nз повагою, головний спеціаліст відділу організаційної роботи та інформаційної "
         "діяльності апарату Козелецької РДА Ірина Мазур\n")
    return alt(m, t, simple_html(paras_html(t), font="Verdana"), cte="base64")


@mail("personal-03-iua-bakhmach", "personal_address",
      "Clerk of the Bakhmach district writes from i.ua without diacritics care; signature names 'загального відділу апарату Бахмацької райдержадміністрації'; measure 7.",
      "rda-bakhmach", B(7), "2013-06-05 18:20")
def _():
    m = new("", "olga.bakh@i.ua", "Re: пункт 7", "2013-06-05 18:20", "1370445600.2231.iua@mbox.i.ua")
    return text(m, "Доброго вечора, по п.7 - до складу районноi ради з питань безпеки дорожнього руху включено двох "
                   "представникiв громадських органiзацiй, а до комiсii з питань захисту прав дитини - одного.\n\n"
                   "Ольга Литвин, спецiалiст I категорii загального вiддiлу апарату Бахмацької райдержадмiнiстрацii\n")


@mail("personal-04-meta-sluzhba-ditei", "personal_address",
      "Children's service specialist writes from meta.ua; signature 'головний спеціаліст служби у справах дітей облдержадміністрації'; measures 1 and 7.",
      "su-sluzhba-ditei", B(1, 7), "2013-12-05 16:00")
def _():
    m = new("Svitlana K.", "svitlana.k@meta.ua", "Відкритий уряд - інформація", "2013-12-05 16:00",
            "52A08860.3090402@meta.ua")
    return text(m, "Шановна Наталіє Петрівно!\n\nЩодо п. 1: на сайті облдержадміністрації на сторінці служби розміщено "
                   "інформацію про порядок усиновлення та банк даних дітей-сиріт.\nЩодо п. 7: представники "
                   "благодійних фондів входять до складу обласної опікунської ради.\n\n"
                   "Світлана Кравець, головний спеціаліст служби у справах дітей облдержадміністрації\n")


@mail("personal-05-gmail-zdorovia-ru", "personal_address",
      "Russian-language mail from gmail greeting 'Управлению по вопросам внутренней политики'; signed by a specialist of 'Управления здравоохранения облгосадминистрации'; measure 6.",
      "su-zdorovia", B(6), "2013-06-07 08:15")
def _():
    m = new("Андрей Ш.", "andrey.sh.cn@gmail.com", "информация по плану", "2013-06-07 08:15",
            "CAGn0sZ+4eQ7p1bTk2Lr9xF=yWc3Hd8Va5J@mail.gmail.com")
    return text(m, "Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
                   "По пункту 6: в I полугодии проведены публичные обсуждения проекта программы развития "
                   "первичной медико-санитарной помощи и консультации с общественностью по реорганизации сети "
                   "ФАПов.\n\nС уважением, ведущий специалист Управления здравоохранения облгосадминистрации "
                   "А. Шевченко\n", cte="8bit")


@mail("personal-06-ukrnet-talalaivka-docx", "personal_address",
      "ukr.net mail with a docx; greeting names UVP ('управління внутрішньої політики'), signature 'відділу інформаційної діяльності Талалаївської райдержадміністрації'; measures 6, 7, 10.",
      "rda-talalaivka", I("Talalaivka_zvit.docx", 6, 7, 10), "2013-06-11 19:02")
def _():
    m = new("Наталя", "natali-tal@ukr.net", "звіт Відкритий уряд", "2013-06-11 19:02",
            "1370966520.318102000.x1f9qp0z@frv43.fwdcdn.com")
    text(m, "Шановні колеги з управління внутрішньої політики!\n\nНадсилаю звіт (вкладення).\n\n"
            "в.о. начальника відділу інформаційної діяльності та комунікацій з громадськістю "
            "Талалаївської райдержадміністрації Н. Кириленко\n")
    rows = [["Пункт", "Виконання"],
            ["6", "Проведено 2 громадські обговорення (бюджет, освіта)."],
            ["7", "До координаційної ради з питань АПК включено 3 представників ГО."],
            ["10", "У складі громадської ради діє комісія з питань відкритості та прозорості."]]
    return attach(m, make_docx([("t", rows)]), "Talalaivka_zvit.docx")


@mail("personal-07-iua-arkhiv", "personal_address",
      "State archive specialist writes from i.ua; signature 'головний спеціаліст Державного архіву Чернігівської області'; measures 1 and 12.",
      "su-arkhiv", B(1, 12), "2012-12-12 12:12")
def _():
    m = new("Галина", "halyna.arch@i.ua", "", "2012-12-12 12:12", "1355307120.9903.iua@mbox.i.ua")
    return text(m, "Добрий день. Інформація по плану: сайт архіву оновлено, розміщено електронні описи фондів (п.1); "
                   "проведено громадську експертизу діяльності читального залу за участю ГО «Спадщина» (п.12).\n"
                   "Головний спеціаліст Державного архіву Чернігівської області Г. Мельник\n")


@mail("personal-08-gmail-mena-third-party", "personal_address",
      "Mena district clerk from gmail greets UVP, mentions a copy sent to the economy department; signature 'відділу з питань внутрішньої політики Менської РДА'; measures 9 and 12.",
      "rda-mena", B(9, 12), "2013-12-06 10:40")
def _():
    m = new("Oleksandr P.", "o.pylypenko.mena@gmail.com", "ДО ПЛАНУ ЗАХОДІВ", "2013-12-06 10:40",
            "CAM2pQ8v1+Zt5Xq0kRb=Hs4Yd7Lw9Ec3Nf6G@mail.gmail.com")
    t = ("Управлінню внутрішньої політики облдержадміністрації\n\n"
         "Пункт 9: проекти 2 розпоряджень голови РДА (про бюджет на 2014 рік та програму соціального розвитку) "
         "обговорено з членами громадської ради.\nПункт 12: громадська експертиза діяльності сектору "
         "містобудування РДА завершена, пропозиції виконуються.\n\n"
         "Копію інформації щодо програми соціального розвитку направлено також Головному управлінню економіки.\n\n"
         "О. Пилипенко, головний спеціаліст відділу з питань внутрішньої політики Менської РДА\n")
    return alt(m, t, '<div dir="ltr">' + esc(t) + "</div>\n")


@mail("personal-09-ukrnet-ripky-translit", "personal_address",
      "Ripky district clerk with a translit display name on ukr.net; signature 'Ріпкинської райдержадміністрації, загальний відділ'; measure 7.",
      "rda-ripky", B(7), "2012-12-11 15:33")
def _():
    m = new("Tetiana Savchuk", "tanya.savchuk77@ukr.net", "Re: пункт 7 плану", "2012-12-11 15:33",
            "1355232780.774510000.q8dz3mrt@frv52.fwdcdn.com")
    return text(m, "Доповнюємо попередню інформацію: до складу районної ради ветеранів і ради з питань "
                   "підприємництва при РДА введено представників громадських організацій (пункт 7).\n\n"
                   "Т. Савчук\nзагальний відділ апарату Ріпкинської райдержадміністрації\n")


# =============================================================================================
# Class 8: mixed — forwards, legacy charsets, Word HTML, extra attachments, joint reports,
# corrections, a late report
# =============================================================================================
def raw_single(m: EmailMessage, body: bytes, ctype: str, cte: str) -> bytes:
    head = m.as_bytes(policy=POLICY).rstrip(b"\n")
    return head + f"\nContent-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n".encode() + body


@mail("mixed-01-pryluky-secretary-inline-forward", "mixed",
      "District secretary forwards inline a report from the department head; the forwarded text covers measures 6 and 9.",
      "rda-pryluky", B(6, 9), "2012-12-07 09:30")
def _():
    m = new("Приймальня Прилуцької РДА", "rda-pryluky@example.gov.ua", "Fwd: інформація по плану заходів",
            "2012-12-07 09:30", "50C19A6A.7020609@example.gov.ua",
            xmailer="Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")
    return text(m, "Пересилаю інформацію відділу.\nСекретар\n\n"
                   "-------- Переслане повідомлення --------\nТема: інформація по плану заходів\n"
                   "Дата: Thu, 06 Dec 2012 17:12:40 +0200\nВід: Відділ організаційної роботи <orgviddil.pryluky@ukr.net>\n"
                   "Кому: Приймальня <rda-pryluky@example.gov.ua>\n\n"
                   "Прошу переслати в УВП ОДА.\n\n"
                   "Пункт 6 — проведено консультації з громадськістю щодо проекту районного бюджету на 2013 рік.\n"
                   "Пункт 9 — проект програми розвитку освіти обговорено з членами громадської ради 22.11.2012.\n\n"
                   "Начальник відділу Д. Кузьменко\n")


@mail("mixed-02-kultura-forward-rfc822", "mixed",
      "Culture department secretary forwards as an attached message/rfc822 a specialist's mail (from a personal address) reporting measures 1 and 6.",
      "su-kultura", B(1, 6), "2013-12-09 10:02")
def _():
    m = new("Управління культури і туризму", "kultura@example.gov.ua", "FW: звіт", "2013-12-09 10:02",
            "000601cdf4ae$2e3f4a50$8abdef00$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    text(m, "Пересилаємо інформацію управління культури і туризму.\n")
    inner = new("Тетяна Левченко", "t.levchenko.kult@gmail.com", "звіт", "2013-12-06 18:44",
                "CAB8dZ1n3qXy=7Gc0tV5pR2Lm4Ws9Ke6Uh1F@mail.gmail.com", to="kultura@example.gov.ua", received=False)
    text(inner, "Інформація управління культури і туризму за ІІ півріччя 2013 р.\n\n"
                "1. Сайт управління переведено на нову платформу, додано розділ «Туристичні маршрути» (п. 1 Плану).\n"
                "2. Проведено громадське обговорення проекту Програми розвитку культури на 2014 рік (п. 6 Плану).\n")
    m.add_attachment(inner)
    return m


@mail("mixed-03-nizhyn-cp1251-labelled", "mixed",
      "windows-1251 body in base64 with a correct charset label; measures 1 and 7.",
      "rda-nizhyn", B(1, 7), "2012-12-06 11:05")
def _():
    m = new("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "Звiт", "2012-12-06 11:05",
            "000401cdd39a$1f2e3d40$5d8ab7c0$@example.gov.ua", xmailer="Microsoft Outlook Express 6.00.2900.5931")
    return text(m, "Ніжинська райдержадміністрація інформує.\r\n\r\nП. 1 - веб-сайт РДА функціонує, оновлено розділ "
                   "«Публічна інформація».\r\nП. 7 - до складу районної координаційної ради з питань туризму "
                   "включено 3 представників громадськості.\r\n\r\nЗагальний відділ\r\n",
                cte="base64", charset="windows-1251")


@mail("mixed-04-horodnia-cp1251-unlabelled", "mixed",
      "windows-1251 8-bit body with no charset parameter at all; measures 6 and 12.",
      "rda-horodnia", B(6, 12), "2012-12-11 10:20")
def _():
    m = new("", "rda-horodnia@example.gov.ua", "=?windows-1251?B?3+Lo8g==?=", "2012-12-11 10:20",
            "002d01cdd778$6b1c2a30$41546e90$@example.gov.ua", xmailer="Microsoft Outlook Express 6.00.2900.5931")
    del m["Subject"]
    body = ("Городнянська РДА.\r\nПо п.6 - проведено громадські слухання щодо бюджету району на 2013 рік.\r\n"
            "По п.12 - проведено громадську експертизу діяльності відділу освіти, пропозиції опрацьовано.\r\n")
    head = m.as_bytes(policy=POLICY).rstrip(b"\n")
    head = head.replace(b"\nMessage-ID:", b"\nSubject: =?windows-1251?B?" +
                        __import__("base64").b64encode("Звіт Городня".encode("cp1251")) + b"?=\nMessage-ID:")
    return head + b"\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n" + body.encode("cp1251")


@mail("mixed-05-ekolohiia-koi8u-labelled", "mixed",
      "koi8-u quoted-printable body with a correct label; measures 1 and 9.",
      "su-ekolohiia", B(1, 9), "2013-06-04 16:44")
def _():
    m = new("Управління екології", "ekolohiia@example.gov.ua", "інформація екологія", "2013-06-04 16:44",
            "51ADF0C4.4020807@example.gov.ua", xmailer="KMail/1.13.7 (Linux/3.2.0-4-686-pae; KDE/4.8.4)")
    return text(m, "Управління екології та природних ресурсів ОДА.\n\nп.1: на сайті управління розміщено щорічну "
                   "доповідь про стан довкілля області.\nп.9: проект Програми охорони навколишнього природного "
                   "середовища обговорено з членами громадської ради при ОДА.\n", cte="quoted-printable", charset="koi8-u")


@mail("mixed-06-kulykivka-koi8u-labelled-cp1251", "mixed",
      "koi8-u 8-bit body wrongly labelled windows-1251; measure 6.",
      "rda-kulykivka", B(6), "2013-06-06 10:10")
def _():
    m = new("Куликівська РДА", "rda-kulykivka@example.gov.ua", "звіт", "2013-06-06 10:10",
            "51B0369C.5080105@example.gov.ua")
    body = ("Куликівська райдержадміністрація повідомляє.\nПункт 6 плану: проведено 3 консультації з громадськістю "
            "(обговорення проекту програми розвитку району та реформування медицини).\n")
    return raw_single(m, body.encode("koi8_u"), 'text/plain; charset="windows-1251"', "8bit")


@mail("mixed-07-mistobuduvannia-outlook-word-html", "mixed",
      "Outlook HTML with Word markup (MsoNormal, o:p, mso styles) and a pasted table; measures 1, 6 and 8.",
      "su-mistobuduvannia", B(1, 6, 8), "2012-12-12 16:40")
def _():
    m = new("Управління містобудування та архітектури", "mistobuduvannia@example.gov.ua",
            "Інформація управління містобудування", "2012-12-12 16:40",
            "003801cdd870$aa1b2c30$fe518690$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    rows = [["№ пункту", "Виконання"],
            ["1", "На веб-сторінці управління розміщено містобудівну документацію та порядок видачі містобудівних умов."],
            ["6", "Проведено громадські слухання щодо проектів генеральних планів 4 населених пунктів."],
            ["8", "До складу колегії управління введено голову комітету з питань містобудування Громадської ради."]]
    plain = "Шановні колеги!\nІнформація управління містобудування та архітектури:\n\n" + \
            "\n".join("\t".join(r) for r in rows) + "\n\nНачальник відділу О. Сич\n"
    inner = (mso_p("Шановні колеги!") + mso_p("Інформація управління містобудування та архітектури:")
             + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + mso_table(rows)
             + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             + "<p class=MsoNormal><span style='font-size:10.0pt;font-family:\"Arial\",\"sans-serif\";color:#1F497D;mso-fareast-language:UK'>"
               "Начальник відділу О. Сич<o:p></o:p></span></p>\n")
    return alt(m, plain, outlook_html(inner))


@mail("mixed-08-nosivka-cover-logo-report", "mixed",
      "Three attachments: a cover-letter PDF (no measures), a logo PNG and the real report docx on measures 1, 6, 7.",
      "rda-nosivka", I("Інформація Носівської РДА.docx", 1, 6, 7), "2013-12-04 11:50")
def _():
    m = new("Носівська РДА", "rda-nosivka@example.gov.ua", "На виконання листа від 25.11.2013 № 04-11/2011",
            "2013-12-04 11:50", "529EFA86.3010307@example.gov.ua")
    text(m, "Надсилаємо супровідний лист та інформацію.\n\n--\nНосівська районна державна адміністрація\n")
    cover = make_docx([("p", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
                       ("p", "На Ваш лист від 25.11.2013 № 04-11/2011 надсилаємо інформацію Носівської районної "
                             "державної адміністрації про виконання Плану заходів за ІІ півріччя 2013 року."),
                       ("p", "Додаток: на 1 арк. в 1 прим."),
                       ("p", "Голова районної державної адміністрації                 В. Ничипоренко")])
    attach(m, convert(cover, "docx", "pdf"), "Супровідний лист.pdf")
    attach(m, png_logo(), "logo.png")
    d = make_docx([("h", "Інформація Носівської РДА"),
                   ("p", "Пункт 1. Сайт РДА оновлено, розміщено звіти голови РДА та проекти розпоряджень."),
                   ("p", "Пункт 6. Проведено 5 консультацій з громадськістю, зокрема щодо бюджету на 2014 рік."),
                   ("p", "Пункт 7. Представники громадських організацій входять до складу 4 дорадчих органів при РДА.")])
    return attach(m, d, "Інформація Носівської РДА.docx")


@mail("mixed-09-simia-joint-with-sluzhba-ditei", "mixed",
      "Youth department reports for itself (6, 7) and on behalf of the children's service (1, 9) in one body; the second office's items are under 'also'.",
      "su-simia", B(6, 7), "2012-12-11 14:05",
      extra={"also": [{"executor": "su-sluzhba-ditei", "items": [{"measure": 1, "source": "body"},
                                                                 {"measure": 9, "source": "body"}]}]})
def _():
    m = new("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua",
            "Інформація управління сім'ї, молоді та спорту і служби у справах дітей", "2012-12-11 14:05",
            "50C72145.9000806@example.gov.ua")
    return text(m, "І. Управління у справах сім'ї, молоді та спорту облдержадміністрації\n"
                   "п. 6 — проведено консультації з молодіжними громадськими організаціями щодо програми «Молодь Чернігівщини».\n"
                   "п. 7 — представники 3 громадських організацій увійшли до обласної ради з питань сім'ї.\n\n"
                   "ІІ. Служба у справах дітей облдержадміністрації (надсилаємо на її прохання, у служби не працює пошта)\n"
                   "п. 1 — на сайті ОДА оновлено сторінку служби.\n"
                   "п. 9 — проект програми оздоровлення дітей обговорено з членами громадської ради.\n")


@mail("mixed-10-sribne-correction", "mixed",
      "'Уточнена інформація' from a district correcting its earlier figure on measure 7 only.",
      "rda-sribne", B(7), "2012-12-12 11:30")
def _():
    m = new("Срібнянська РДА", "rda-sribne@example.gov.ua", "Уточнена інформація", "2012-12-12 11:30",
            "50C84C62.7030208@example.gov.ua")
    return text(m, "Уточнена інформація Срібнянської РДА (замість надісланої 05.12.2012).\n\n"
                   "Пункт 7: до складу дорадчо-консультативних органів при РДА залучено не 2, а 5 представників "
                   "громадських організацій (районна рада з питань сім'ї, координаційна рада з питань молоді).\n\n"
                   "Інформація по іншим пунктам без змін.\n")


@mail("mixed-11-shchors-late", "mixed",
      "Report sent two days after the 15.06.2013 deadline (inside the 3-day grace window): period 2, late; measure 6.",
      "rda-shchors", B(6), "2013-06-17 10:25")
def _():
    m = new("Щорська РДА", "rda-shchors@example.gov.ua", "RE: Інформація (з запізненням)", "2013-06-17 10:25",
            "001a01ce6b3f$4c5d6e70$e4184b50$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    t = ("Вибачте за затримку.\nПункт 6: у І півріччі 2013 року проведено 2 громадські обговорення — щодо "
         "проекту програми благоустрою та розміщення сміттєзвалища.\n")
    return alt(m, t, outlook_html("".join(mso_p(l) for l in t.split("\n"))))


@mail("mixed-12-sotszakhyst-related-logo", "mixed",
      "Outlook multipart/related HTML with an inline signature logo (cid) and a table of measures 1, 9 and 12.",
      "su-sotszakhyst", B(1, 9, 12), "2013-12-11 15:45")
def _():
    m = new("Управління праці та соціального захисту населення", "sotszakhyst@example.gov.ua",
            "Інформація УПСЗН за ІІ півріччя 2013", "2013-12-11 15:45",
            "004e01cdf6a1$1c2d3e40$54879ac0$@example.gov.ua", xmailer="Microsoft Outlook 14.0")
    rows = [["Пункт плану", "Виконання"],
            ["1", "На сайті управління розміщено калькулятор субсидій та перелік документів для призначення допомог."],
            ["9", "Проект Програми соціального захисту на 2014 рік обговорено з громадською радою."],
            ["12", "Проведено громадську експертизу діяльності управління (ГО «Соціальний контроль»)."]]
    plain = "Інформація управління:\n" + "\n".join(" | ".join(r) for r in rows) + "\n\nЗ повагою, відділ кадрів та організаційної роботи\n"
    html = outlook_html(mso_p("Інформація управління:") + mso_table(rows) + mso_p("")
                        + mso_p("З повагою, відділ кадрів та організаційної роботи")
                        + '<p class=MsoNormal><img width=48 height=48 src="cid:image001.png@01CDF6A1.1C2D3E40" alt="герб"><o:p></o:p></p>')
    alt(m, plain, html)
    m.get_payload()[1].add_related(png_logo(rgb=(200, 160, 20)), "image", "png",
                                   cid="<image001.png@01CDF6A1.1C2D3E40>", filename="image001.png")
    return m


if __name__ == "__main__":
    main(sys.argv)
