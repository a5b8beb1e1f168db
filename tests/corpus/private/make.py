#!/usr/bin/env python3
"""Generator of the `private` corpus: 24 report e-mails to uvp@cg.ukrtel.net.

12 `personal_address` mails (sent from a private mailbox or from another office's mailbox, so the
office must be recognised from the text) and 12 `prose` mails (letters without any measure
numbers).  Every mail's answer key is written by hand below, beside the mail, and is never
derived from the mail text.

Run:  python3 make.py          (Python 3 standard library; LibreOffice `soffice` for attachments)

Office attachments are made once by `soffice --headless --convert-to` from the HTML sources
in this file and kept in ./att/; later runs reuse the kept files, so the .eml files are
byte-identical between runs once ./att/ exists.
"""
import base64
import datetime as dt
import email
import email.policy
import json
import quopri
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATT = HERE / "att"
MAILBOX = "uvp@cg.ukrtel.net"

# --------------------------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------------------------


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words for a header value (folded); ASCII text is returned as is."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""
    limit = 42 if enc == "B" else 30
    for ch in text:
        if len((chunk + ch).encode(charset)) > limit:
            cut = chunk.rfind(" ")  # prefer to end a word after a space, as Outlook does
            if cut > len(chunk) // 2:
                words.append(chunk[:cut + 1])
                chunk = chunk[cut + 1:]
            else:
                words.append(chunk)
                chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = "".join(
                chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                for b in raw
            )
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), address)


def wrap76(b):
    s = b.decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "base64":
        return wrap76(base64.b64encode(data.replace(b"\n", b"\r\n")))
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data  # 7bit / 8bit: raw bytes in the part's charset


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str (may contain folded lines)
        self.body = body        # bytes

    def to_bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def flow(text, width=72):
    """format=flowed (RFC 3676) as Thunderbird writes it: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", ct_style="plain", extra=()):
    if ct_style == "tb" and subtype == "plain":
        text = flow(text)
    if ct_style == "outlook":
        ct = 'Content-Type: text/%s;\n\tcharset="%s"' % (subtype, charset)
    elif ct_style == "tb":
        ct = "Content-Type: text/%s; charset=%s; format=flowed" % (subtype, charset) \
            if subtype == "plain" else "Content-Type: text/%s; charset=%s" % (subtype, charset)
    else:
        ct = "Content-Type: text/%s; charset=%s" % (subtype, charset)
    return Part([ct, "Content-Transfer-Encoding: %s" % cte, *extra],
                encode_body(text, charset, cte))


MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
}


def rfc2231_params(key, value):
    q = urllib.parse.quote(value.encode("utf-8"), safe="")
    if len(q) <= 60:
        return ";\n %s*=utf-8''%s" % (key, q)
    pieces, cur = [], ""
    for ch in value:  # split between characters, as Thunderbird does
        qc = urllib.parse.quote(ch.encode("utf-8"), safe="")
        if len(cur) + len(qc) > 60:
            pieces.append(cur)
            cur = ""
        cur += qc
    pieces.append(cur)
    out = ""
    for n, p in enumerate(pieces):
        out += ";\n %s*%d*=%s%s" % (key, n, "utf-8''" if n == 0 else "", p)
    return out


def attach_part(filename, data, style):
    """style: ascii | rfc2231 (Thunderbird) | rfc2047 (Outlook, webmail) + charset"""
    ext = filename.rsplit(".", 1)[1].lower()
    mt = MIME_TYPES[ext]
    if style == "ascii":
        ct = 'Content-Type: %s; name="%s"' % (mt, filename)
        cd = 'Content-Disposition: attachment; filename="%s"' % filename
    elif style == "rfc2231":
        ct = 'Content-Type: %s;\n name="%s"' % (mt, ew(filename, "UTF-8").replace("\n ", " "))
        cd = "Content-Disposition: attachment" + rfc2231_params("filename", filename)
    else:  # rfc2047:<charset>
        cs = style.split(":", 1)[1]
        enc = ew(filename, cs).replace("\n ", " ")
        ct = 'Content-Type: %s;\n\tname="%s"' % (mt, enc)
        cd = 'Content-Disposition: attachment;\n\tfilename="%s"' % enc
    return Part([ct, "Content-Transfer-Encoding: base64", cd], wrap76(base64.b64encode(data)))


def multipart(subtype, boundary, parts, preamble=None):
    ct = 'Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.to_bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    return Part([ct], body)


# --------------------------------------------------------------------------------------------
# office attachments (LibreOffice), made once and kept in ./att/
# --------------------------------------------------------------------------------------------

FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "doc": "doc:MS Word 97",
    "odt": "odt:writer8",
    "pdf": "pdf:writer_pdf_Export",
}

HTML_HEAD = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
             'body{font-family:"Times New Roman";font-size:14pt} '
             'td,th{border:1px solid #000;padding:3px;vertical-align:top;font-size:12pt} '
             'table{border-collapse:collapse}</style></head><body>')


def office_file(filename, html_body):
    """The attachment `filename`, converted from HTML by soffice once and then kept."""
    ATT.mkdir(exist_ok=True)
    target = ATT / filename
    if target.exists():
        return target.read_bytes()
    ext = filename.rsplit(".", 1)[1].lower()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install -y --no-install-recommends "
                 "libreoffice-writer-nogui libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src.html"
        src.write_text(HTML_HEAD + html_body + "</body></html>", encoding="utf-8")
        subprocess.run([soffice, "-env:UserInstallation=file://%s/profile" % tmp, "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to", FILTERS[ext],
                        "--outdir", tmp, str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(Path(tmp) / ("src." + ext), target)
    return target.read_bytes()


def paras(text):
    """Blank-line separated paragraphs -> <p> elements (a line starting with '#' is bold)."""
    out = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("#"):
            out.append("<p><b>%s</b></p>" % block.lstrip("# ").replace("\n", "<br>"))
        elif block.startswith(">"):
            out.append('<p align="center"><b>%s</b></p>' % block.lstrip("> ").replace("\n", "<br>"))
        else:
            out.append('<p align="justify">%s</p>' % block.replace("\n", "<br>"))
    return "\n".join(out)


def table(head, rows, widths=None):
    h = "".join("<th>%s</th>" % c for c in head)
    r = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in row) for row in rows)
    return '<table width="100%%" border="1" cellspacing="0"><tr>%s</tr>%s</table>' % (h, r)


# --------------------------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------------------------

MAILS = []


def mail(name, *, cls, executor, period, late=False, kind="report", reason=None, note, items,
         also=None, date, frm, subject, subject_cs="utf-8", subject_enc="B", msgid,
         content, extra_headers=(), hard, to=MAILBOX):
    MAILS.append(dict(name=name, cls=cls, executor=executor, period=period, late=late, kind=kind,
                      reason=reason, note=note, items=items, also=also, date=date, frm=frm,
                      subject=subject, subject_cs=subject_cs, subject_enc=subject_enc,
                      msgid=msgid, content=content, extra_headers=list(extra_headers),
                      hard=hard, to=to))


def render(m):
    d = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z")
    rcv = d + dt.timedelta(minutes=1)
    hdrs = [
        "Received: from mail.cg.ukrtel.net by mx.cg.ukrtel.net; %s"
        % email.utils.format_datetime(rcv),
        "Date: %s" % email.utils.format_datetime(d),
        "From: %s" % m["frm"],
        "To: %s" % m["to"],
        "Subject: %s" % ew(m["subject"], m["subject_cs"], m["subject_enc"]),
        "Message-ID: %s" % m["msgid"],
        "MIME-Version: 1.0",
        *m["extra_headers"],
    ]
    top = m["content"]
    return ("\n".join(hdrs + top.headers) + "\n\n").encode("ascii") + top.body


def key(m):
    k = {
        "class": m["cls"],
        "executor": m["executor"],
        "period": m["period"],
        "late": m["late"],
        "kind": m["kind"],
        "reason": m["reason"],
        "note": m["note"],
        "items": [{"measure": n, "source": s} for n, s in m["items"]],
    }
    if m["also"]:
        k["also"] = [{"executor": e, "measure": n} for e, n in m["also"]]
    return k


# ============================================================================================
# personal_address
# ============================================================================================

# ---- pa01: gmail, Бахмацька РДА in an oblique-case signature; greeting names УВП -----------
PA01 = """\
Доброго дня!

Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю, направляю інформацію про виконання плану заходів щодо відкритості влади (Партнерство "Відкритий уряд") за 2012 рік. З робочої пошти не відправляється, сервер знову не працює, тому надсилаю з особистої скриньки.

1. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади. Створено розділи "Доступ до публічної інформації" та "Громадське обговорення", працює форма електронного запиту. З початку року розміщено 412 інформаційних матеріалів.

6. Проведено 5 консультацій з громадськістю, в т.ч. публічне обговорення проекту Програми соціально-економічного розвитку району на 2013 рік (27.11.2012, м. Бахмач, присутні 46 осіб) та електронні консультації щодо проекту районного бюджету.

7. До складу колегії РДА та 4 дорадчих органів (координаційна рада з питань розвитку підприємництва, рада з питань сім'ї та гендерної рівності та ін.) включено 7 представників громадських організацій, з них 3 - члени громадської ради.

9. -

10. Громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості (лист від 08.10.2012 №01-13/1577), питання внесено до порядку денного січневого засідання ради.

12. Запитів щодо проведення громадської експертизи до РДА у 2012 році не надходило.

З повагою,
Ірина Сидоренко,
головний спеціаліст відділу організаційної роботи та інформаційної діяльності апарату Бахмацької райдержадміністрації
тел. (04635) 2-14-57
"""

PA01_HTML = "<div dir=\"ltr\">" + "".join(
    "<div>%s</div><div><br></div>" % p.replace("\n", "<br>") for p in PA01.strip().split("\n\n")
) + "</div>\n"

mail("pa01_gmail_bakhmach",
     cls="personal_address", executor="rda-bakhmach", period=1,
     note="Bakhmach district report sent from a clerk's gmail box; the office is named only in the "
          "genitive in the signature, the greeting names УВП, and measure 9 is a dash placeholder.",
     items=[(1, "body"), (6, "body"), (7, "body"), (10, "body"), (12, "body")],
     date="2012-12-12 10:47:21 +0200",
     frm=addr("Ирина Сидоренко", "irina.sydorenko76@gmail.com"),
     subject="Інформація до плану заходів",
     msgid="<CAHk7pX2v9sQ0e-Lr8w1mZb3TtN6xg@mail.gmail.com>",
     content=multipart("alternative", "0016e6dab6e2a1c0f204d0a6b1f3", [
         text_part(PA01, charset="UTF-8", cte="base64"),
         text_part(PA01_HTML, "html", charset="UTF-8", cte="quoted-printable"),
     ]),
     hard="Private gmail; office only in the genitive signature; greeting names УВП; item 9 is a dash.")

# ---- pa02: ukr.net, Борзна, Subject "Re: Бахмач", quoted Bakhmach text ---------------------
PA02 = """\
Добрий день. Вибачте, тема листа не та - відповідала з попереднього листування з колегою.

Інформація Борзнянської РДА про хід виконання Плану заходів щодо відкритості та прозорості влади за І півріччя 2013 року:

п.1 – на офіційному веб-сайті РДА оновлено рубрику "Публічна інформація", щотижня розміщуються розпорядження голови та проекти рішень, які виносяться на обговорення. Відкрито сторінку "Питання-відповідь".

п.6 – проведено 3 консультації з громадськістю: обговорення проекту районної програми підтримки малого і середнього підприємництва на 2013-2014 рр., зустріч з жителями с.Шаповалівка щодо благоустрою, круглий стіл з керівниками сільгосппідприємств про оренду паїв.

п.7, 9 – члени громадської ради при РДА працюють у складі районної координаційної ради з питань протидії корупції, взяли участь в обговоренні двох проектів розпоряджень голови РДА (про районний конкурс "Краща садиба" та про заходи з благоустрою).

п.10 – робочу групу з питань відкритості та прозорості створено у складі громадської ради 14.03.2013, до неї увійшли 5 осіб.

Гриценко Н.В.
провідний спеціаліст загального відділу апарату Борзнянської РДА
(04653) 2-11-74


--- Оригінальне повідомлення ---
Від кого: "Тетяна" <t.kovtun.bakh@ukr.net>
Кому: n_hrytsenko@ukr.net
Дата: 28 грудня 2012, 09:14:02
Тема: Бахмач

> Наташо, привіт! Ось як ми писали звіт по відкритому уряду, може знадобиться.
> 1. Сайт РДА приведено у відповідність до вимог законодавства.
> 6. Проведено 5 консультацій з громадськістю.
> 7. До складу дорадчих органів включено 7 представників громадськості.
> 12. Запитів на громадську експертизу не надходило.
> Тетяна, Бахмацька РДА
"""

mail("pa02_ukrnet_borzna_re_bakhmach",
     cls="personal_address", executor="rda-borzna", period=2,
     note="Borzna district report from ukr.net under the subject 'Re: Бахмач' with a quoted Bakhmach "
          "sample report below; only Borzna's own text counts and 'п.7, 9' is one block.",
     items=[(1, "body"), (6, "body"), (7, "body"), (9, "body"), (10, "body")],
     date="2013-06-11 14:05:37 +0300",
     frm=addr("Наталія Гриценко", "n_hrytsenko@ukr.net"),
     subject="Re: Бахмач",
     msgid="<1370948737.512904118.kd93fj2a@frv34.fwdcdn.com>",
     extra_headers=["X-Mailer: FREEMAIL v.3.0"],
     content=text_part(PA02, charset="utf-8", cte="base64"),
     hard="Subject names Бахмач and a quoted Bakhmach report sits below Borzna's own text.")

# ---- pa03: i.ua, УОН ОДА, docx table -----------------------------------------------------
PA03_BODY = """\
Добрий день!
Надсилаю інформацію від управління освіти і науки облдержадміністрації щодо виконання плану заходів з відкритості за ІІ півріччя 2013 року (у вкладенні). Оригінал за підписом начальника управління відправлено поштою.

Кравець О.М., головний спеціаліст відділу загальної середньої освіти УОН ОДА
т. 67-66-21
"""

PA03_DOC = ">ІНФОРМАЦІЯ\nуправління освіти і науки Чернігівської облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2013 року)"
PA03_ROWS = [
    ("1", "Сайти", "На сайті управління оновлено розділ «Публічна інформація»; за півріччя розміщено 186 матеріалів, у тому числі 14 проектів наказів та результати зовнішнього незалежного оцінювання по районах."),
    ("2", "Рубрики на сайті ОДА", "До рубрики «Хід виконання цільових програм» щокварталу подається інформація про стан виконання Обласної програми розвитку освіти на 2011–2015 роки (останнє оновлення – за ІІІ квартал)."),
    ("6", "Консультації з громадськістю", "Проведено 4 консультації: громадське обговорення проекту оптимізації мережі загальноосвітніх навчальних закладів (у 6 районах), електронні консультації щодо порядку підвезення учнів, зустрічі з батьківськими комітетами щодо харчування дітей."),
    ("7", "Дорадчі органи", "До складу обласної ради директорів шкіл включено 2 представники батьківських громадських організацій."),
    ("8", "Колегія", "Голова комітету з гуманітарних питань Громадської ради при ОДА Литвиненко В.П. входить до складу колегії управління (наказ від 12.02.2013 № 41)."),
    ("9", "Обговорення проектів", "—"),
    ("12", "Громадські експертизи", "Громадські експертизи у звітному періоді не проводились."),
]
PA03_ATT = office_file(
    "Інформація УОН ІІ півр 2013.docx",
    paras(PA03_DOC)
    + table(["№ з/п", "Захід", "Інформація про виконання"],
            PA03_ROWS)
    + paras("\n\nНачальник управління                                   Г.В. Ткаченко"))

mail("pa03_iua_uon_oda_docx",
     cls="personal_address", executor="su-osvita", period=3,
     note="Education department's table sent from an i.ua box; the body names the office as "
          "'управління освіти і науки облдержадміністрації' and 'УОН ОДА'; measure 9 is a dash.",
     items=[(1, "Інформація УОН ІІ півр 2013.docx"), (2, "Інформація УОН ІІ півр 2013.docx"),
            (6, "Інформація УОН ІІ півр 2013.docx"), (7, "Інформація УОН ІІ півр 2013.docx"),
            (8, "Інформація УОН ІІ півр 2013.docx"), (12, "Інформація УОН ІІ півр 2013.docx")],
     date="2013-12-10 11:32:08 +0200",
     frm=addr("Олена Кравець", "olena.kravets@i.ua", "windows-1251"),
     subject="інформація УОН ОДА", subject_cs="windows-1251",
     msgid="<52A6DF08.4080307@i.ua>",
     extra_headers=["X-Mailer: I.UA Mail"],
     content=multipart("mixed", "----=_Part_48211_1276055391.1386667928112", [
         text_part(PA03_BODY, charset="windows-1251", cte="8bit"),
         attach_part("Інформація УОН ІІ півр 2013.docx", PA03_ATT, "rfc2047:windows-1251"),
     ]),
     hard="i.ua address; office as 'УОН ОДА'; items only in a docx table with a dash row.")

# ---- pa04: Управління культури writes from the ЖКГ mailbox --------------------------------
PA04 = """\
Шановна Оксано Василівно!

Через несправність нашої електронної пошти надсилаємо зі скриньки управління житлово-комунального господарства інформацію управління культури і туризму облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості (станом на 01.06.2013). Відповідь, будь ласка, направляйте на нашу адресу kultura@example.gov.ua, вона вже відновлена.

По п. 1. На сайті управління культури і туризму постійно оновлюється інформація про діяльність обласних закладів культури, афіша подій, оприлюднено звіт про використання бюджетних коштів за 2012 рік.

По п. 2. Для рубрики "Хід виконання цільових програм" щоквартально подаємо інформацію про виконання Обласної програми розвитку культури і туризму на 2011-2015 роки.

По п. 6. 19 квітня 2013 р. проведено консультації з громадськістю щодо проекту Положення про обласний конкурс аматорських театрів, 23 травня - круглий стіл з керівниками народних аматорських колективів.

По п. 7. До складу ради з питань охорони культурної спадщини при управлінні включено 3 представники громадських організацій, зокрема обласної організації Національної спілки краєзнавців.

По п. 8. Інформацію надамо додатково.

По пп. 9, 12 - громадські обговорення проектів за участю громадської ради та громадські експертизи у звітному періоді не проводились.

Виконавець: Бондар Л.П., 77-45-12
управління культури і туризму ОДА
"""

mail("pa04_zhkh_box_kultura",
     cls="personal_address", executor="su-kultura", period=2,
     note="The culture department reports from the registered mailbox of the housing department "
          "(ЖКГ); measure 8 is only promised, 9 and 12 are answered together as not done.",
     items=[(1, "body"), (2, "body"), (6, "body"), (7, "body"), (9, "body"), (12, "body")],
     date="2013-06-13 15:48:02 +0300",
     frm=addr("Управління ЖКГ", "zhkh@example.gov.ua", "windows-1251"),
     subject="ВІДКРИТИЙ УРЯД - ІНФОРМАЦІЯ", subject_cs="windows-1251",
     msgid="<000c01ce6834$5a1f8b20$0e5ea160$@gov.ua>",
     extra_headers=["X-Mailer: Microsoft Office Outlook 12.0",
                    "Thread-Index: Ac5oNFoZ2qYpMYcQRpWkxU7mQ1gK9w==",
                    "Content-Language: uk"],
     content=text_part(PA04, charset="windows-1251", cte="quoted-printable", ct_style="outlook"),
     hard="Sent from ЖКГ's registered address, which the text names; the reporter is культура.")

# ---- pa05: Громадська рада writes from the oblast council mailbox -------------------------
PA05 = """\
Шановні колеги з управління внутрішньої політики!

Надсилаємо інформацію Громадської ради при облдержадміністрації щодо заходів Плану, співвиконавцем яких визначено раду. Лист відправляємо з пошти обласної ради, оскільки скринька ради тимчасово не працює.

Щодо п. 3 (веб-ресурс "Чернігівська громада"). Ресурс працює з грудня 2012 року, модерацію здійснюють двоє членів комісії ради з інформаційної політики. За I квартал 2013 року на ньому розміщено 57 новин громадських організацій області та 12 анонсів засідань громадських рад при РДА.

Щодо п. 4 (Інтернет-форум). Форум на базі ресурсу відкрито 15 лютого 2013 р.: створено 9 тематичних розділів, зареєстровано 134 учасники. Найбільше повідомлень стосується ремонту доріг обласного значення та роботи сільських ФАПів.

Щодо п. 15. Громадське обговорення виконання Плану рада планує провести спільно з вашим управлінням у листопаді 2013 року.

Копія: обласна рада (до відома).

З повагою
Голова Громадської ради при облдержадміністрації   О.І. Мисник
"""

PA05_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang=UK link=blue vlink=purple><div class=WordSection1>
""" + "".join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % p.replace("\n", "<br>\n")
              for p in PA05.strip().split("\n\n")) + "</div></body></html>\n"

mail("pa05_oblrada_box_gromrada",
     cls="personal_address", executor="gromrada", period=2,
     note="The Public Council reports on the web resource and the forum from the oblast council's "
          "unlisted mailbox; the greeting names УВП and measure 15 is only a plan for November.",
     items=[(3, "body"), (4, "body")],
     date="2013-03-28 16:02:44 +0200",
     frm=addr("Облрада, оргвідділ", "org@oblrada.example.gov.ua"),
     subject="Громадська рада - п.3, 4 плану",
     msgid="<003a01ce2bc4$91e0c2a0$b5a247e0$@oblrada.example.gov.ua>",
     extra_headers=["X-Mailer: Microsoft Outlook 14.0",
                    "Thread-Index: Ac4rxJCkU0QbKm3dTfyWmXzAqTf1bg==",
                    "Content-Language: uk"],
     content=multipart("alternative", "----=_NextPart_000_003B_01CE2BD5.558A6C90", [
         text_part(PA05, charset="utf-8", cte="quoted-printable", ct_style="outlook"),
         text_part(PA05_HTML, "html", charset="utf-8", cte="quoted-printable", ct_style="outlook"),
     ], preamble="This is a multipart message in MIME format."),
     hard="Oblast council's mailbox; the Public Council signs; 15 is a future plan; copy to the council.")

# ---- pa06: mail.ru, Russian, Семеновская РГА --------------------------------------------
PA06 = """\
Здравствуйте!

Направляем информацию о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области (Семеновский район, 2012 год).

1. Официальный сайт райгосадминистрации приведен в соответствие с требованиями законодательства: открыт раздел "Доступ к публичной информации", ежедневно размещаются новости района, распоряжения председателя РГА (за 2012 год размещено 87 распоряжений).
6. Проведены консультации с общественностью по проекту районной программы "Питьевая вода" на 2013-2020 гг. (собрание в г. Семеновка 14.11.2012, 38 участников) и по вопросу оптимизации сети школ (2 встречи с жителями сел Жадово и Костобобров).
7. В состав районного координационного совета по вопросам развития предпринимательства включены 2 представителя общественной организации "Союз предпринимателей Семеновщины".
9. Члены общественного совета при РГА приняли участие в обсуждении проекта районного бюджета на 2013 год.
10. Информация будет предоставлена дополнительно после заседания общественного совета.
12. Общественные антикоррупционные экспертизы не проводились, запросов от институтов гражданского общества не поступало.

С уважением,
Ковалева С.А.,
главный специалист отдела по вопросам внутренней политики аппарата Семеновской райгосадминистрации
тел. (04659) 2-12-06
"""

mail("pa06_mailru_semenovskaya_rga",
     cls="personal_address", executor="rda-semenivka", period=1,
     note="Russian report from a mail.ru box signed by a specialist of 'Семеновской "
          "райгосадминистрации' (Russian genitive); measure 10 is only promised.",
     items=[(1, "body"), (6, "body"), (7, "body"), (9, "body"), (12, "body")],
     date="2012-12-14 16:20:55 +0400",
     frm=addr("Светлана Ковалева", "kovaleva_sv@mail.ru", "koi8-r"),
     subject="отчет открытое правительство", subject_cs="koi8-r",
     msgid="<E1TjV8B-0004Qp-6E.kovaleva_sv-mail-ru@f312.mail.ru>",
     extra_headers=["X-Mailer: Mail.Ru Mailer 1.0", "X-Originating-IP: [91.200.112.37]"],
     content=text_part(PA06, charset="koi8-r", cte="8bit"),
     hard="Russian, koi8-r, mail.ru; office only as 'Семеновской райгосадминистрации'; 10 promised.")

# ---- pa07: yandex.ua, joint report of сім'я/молодь/спорт and служба у справах дітей ------
PA07 = """\
Доброго дня!

Надсилаємо спільну інформацію управління у справах сім'ї, молоді та спорту та служби у справах дітей облдержадміністрації про виконання Плану заходів з відкритості влади за друге півріччя 2013 року. Пишу з особистої пошти, бо службова переповнена.

1. Веб-сторінку управління на сайті облдержадміністрації оновлено: розміщено календар спортивних змагань, результати конкурсу проектів молодіжних громадських організацій, новий порядок оздоровлення дітей пільгових категорій.

6. Управлінням спільно зі службою у справах дітей 24 жовтня 2013 р. проведено консультації з громадськістю щодо проекту обласної програми оздоровлення та відпочинку дітей на 2014 рік (взяли участь 31 особа, отримано 9 пропозицій).

7. Службою у справах дітей до складу обласної ради з питань усиновлення та опіки включено представників двох благодійних фондів.

8. Голову комітету Громадської ради з гуманітарних питань введено до складу колегії управління (наказ від 04.09.2013 № 112), відповідні зміни до Положення про управління підготовлено.

12. Служба у справах дітей сприяла проведенню ГО "Права дитини" громадської експертизи діяльності служби; пропозиції експертів враховано в плані роботи служби на 2014 рік.

Начальник управління у справах сім'ї, молоді та спорту облдержадміністрації   А.В. Кузьменко

Погоджено:
начальник служби у справах дітей облдержадміністрації   Н.Г. Савченко
"""

mail("pa07_yandex_joint_simia_ditei",
     cls="personal_address", executor="su-simia", period=3,
     note="Joint report of the family/youth/sport department (signs, sends from yandex.ua) and the "
          "children's service (countersigns): 6 is joint, 7 and 12 are the children's service's own.",
     items=[(1, "body"), (6, "body"), (8, "body")],
     also=[("su-sluzhba-ditei", 6), ("su-sluzhba-ditei", 7), ("su-sluzhba-ditei", 12)],
     date="2013-12-12 12:14:40 +0200",
     frm=addr("Andriy Kuzmenko", "kuzmenko.andriy@yandex.ua"),
     subject="Спільна інформація (сім'я, молодь, спорт / служба у справах дітей)",
     msgid="<248191386843280@web21h.yandex.ru>",
     extra_headers=["X-Mailer: Yamail [ http://yandex.ru ] 5.0"],
     content=text_part(PA07, charset="utf-8", cte="quoted-printable"),
     hard="Two offices in one report; the signer is сім'я/молодь/спорт, the countersigner owns 7 and 12.")

# ---- pa08: meta.ua, Latin i instead of Cyrillic і, Корюківська РДА ------------------------
PA08 = """\
Управлiнню з питань внутрiшньої полiтики та зв'язкiв з громадськiстю облдержадмiнiстрацiї

Iнформацiя Корюкiвської райдержадмiнiстрацiї щодо виконання Плану заходiв з пiдвищення рiвня вiдкритостi та прозоростi дiяльностi виконавчої влади за II пiврiччя 2013 року

1. Сайт РДА працює стабiльно, за пiврiччя розмiщено 240 новин та 58 розпоряджень голови, оновлено телефонний довiдник апарату i структурних пiдроздiлiв.
6. Проведено 2 публiчнi консультацiї (щодо тарифiв на водопостачання у м.Корюкiвка та щодо проекту районного бюджету на 2014 рiк) i 1 електронну консультацiю.
7. Двох членiв громадської ради включено до складу районної ради з питань безпечної життєдiяльностi населення.
9. Проект районної програми пiдтримки сiмей з дiтьми обговорено на засiданнi громадської ради 17.10.2013.
12. Громадськi експертизи не проводилися.

Копiю листа направлено до Корюкiвської районної ради.

Мороз В.I.
начальник вiддiлу з питань внутрiшньої полiтики, зв'язкiв з громадськiстю та ЗМI апарату Корюкiвської РДА
(04657) 2-13-58
"""

mail("pa08_metaua_latin_i_koriukivka",
     cls="personal_address", executor="rda-koriukivka", period=3,
     note="Koriukivka district report from meta.ua typed with Latin 'i' for Cyrillic 'і' throughout "
          "(even the office name); the dative addressee line names УВП; a copy to the district council.",
     items=[(1, "body"), (6, "body"), (7, "body"), (9, "body"), (12, "body")],
     date="2013-12-13 09:05:19 +0200",
     frm=addr("Vasyl Moroz", "moroz_v@meta.ua"),
     subject="Iнформацiя по плану вiдкритостi", subject_cs="windows-1251",
     msgid="<1386918319.263714.4102.meta@mail.meta.ua>",
     extra_headers=["X-Mailer: META.UA Mail"],
     content=text_part(PA08, charset="windows-1251", cte="quoted-printable"),
     hard="Latin i inside Cyrillic words ('Корюкiвської'); addressee line names УВП; copy to районна рада.")

# ---- pa09: bigmir.net, ЦНАП Варвинської РДА, only the site ----------------------------------
PA09 = """\
Добрий день!

На Ваш лист щодо сайтів повідомляю: з 1 листопада сайт Варвинської райдержадміністрації працює на новій платформі, створено розділ "Адміністративні послуги" з переліком 84 послуг, зразками заяв і графіком прийому, на головній сторінці розміщено банер ЦНАП. Розділ "Доступ до публічної інформації" наповнено згідно закону.

Решту інформації за півріччя надішле відділ організаційної роботи апарату.

--
Олег Ткаченко
адміністратор ЦНАП Варвинської РДА (відповідальний за сайт)
моб. 067-461-22-90
"""

mail("pa09_bigmir_tsnap_varva",
     cls="personal_address", executor="rda-varva", period=3,
     note="A partial report on the district website only, sent from bigmir.net by the "
          "administrator of the Varva RDA's ЦНАП; the rest is promised from another unit.",
     items=[(1, "body")],
     date="2013-12-03 17:41:06 +0200",
     frm=addr("", "oleh.tkachenko.varva@bigmir.net"),
     subject="сайт РДА",
     msgid="<1386085266.51294.bigmir@mail.bigmir.net>",
     extra_headers=["X-Mailer: bigmir)net mail"],
     content=text_part(PA09, charset="utf-8", cte="8bit"),
     hard="Bare bigmir address; office only via 'ЦНАП Варвинської РДА'; 'на Ваш лист' names УВП.")

# ---- pa10: rambler.ru, Козелецька РДА only in the body, late, quoted reminder ----------------
PA10 = """\
Добрий день, вибачте за затримку. Інформація від Козелецької РДА:

- п.6: у травні проведено громадські слухання щодо проекту детального плану території центру смт Козелець та обговорення проекту районної програми розвитку туризму на 2013-2015 рр. (разом 64 учасники);
- п.7: 2 представники ГО "Козелецька громада" включені до складу координаційної ради з питань протидії корупції;
- п.9: проект розпорядження про затвердження правил благоустрою смт Козелець обговорено з членами громадської ради 30.04.2013;
- п.10: робоча група з питань відкритості у складі громадської ради поки не створена;
- по п.12 заходи не проводились.

Олена
тел. 2-15-41

17.06.2013 8:05, uvp@cg.ukrtel.net пишет:
> Шановні колеги!
>
> Нагадуємо, що 15.06.2013 минув термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).
>
> Станом на 17.06.2013 від Козелецька районна державна адміністрація не надійшла інформація за звітний період щодо таких пунктів плану:
>
>   1. З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.
>
>   6. Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».
>
>   7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.
>
>   9. Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».
>
>   10. Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.
>
>   12. Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.
>
> Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.
>
> Просимо надати інформацію невідкладно.
>
> Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.
>
> З повагою
> Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""

mail("pa10_rambler_kozelets_late_reply",
     cls="personal_address", executor="rda-kozelets", period=2, late=True,
     note="Late reply from a rambler.ru box signed only 'Олена' to a quoted overdue reminder; the "
          "office appears only as 'від Козелецької РДА' in the first line, and 1 is only in the quote.",
     items=[(6, "body"), (7, "body"), (9, "body"), (10, "body"), (12, "body")],
     date="2013-06-17 09:21:12 +0300",
     frm=addr("Елена", "elena.kozel@rambler.ru"),
     subject="Re: Нагадування: інформація про виконання плану заходів",
     msgid="<51BEAB48.6010205@rambler.ru>",
     extra_headers=["User-Agent: Rambler-Mail 2.0", "In-Reply-To: <zvit.20130617.0805.rda-kozelets@cg.ukrtel.net>"],
     content=text_part(PA10, charset="utf-8", cte="quoted-printable"),
     hard="Name only 'Олена'; office only in the first line; quoted reminder lists 1 which is not answered.")

# ---- pa11: ukr.net, заступник начальника Головного фінансового управління, .doc ---------
PA11_BODY = """\
Шановні колеги!

У вкладенні – інформація про виконання плану заходів щодо відкритості влади за липень–листопад 2013 року. Копію направлено до Головного управління економіки облдержадміністрації для узагальнення інформації по рубриках на сайті ОДА.

З повагою
Т. Гордієнко
заступник начальника Головного фінансового управління
тел. 67-51-33
"""

PA11_DOC = paras("""\
>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2013 року)

1. На офіційному веб-сайті Головного фінансового управління розміщуються рішення обласної ради про обласний бюджет та зміни до нього, щомісячні звіти про виконання зведеного бюджету області, відповіді на запити на публічну інформацію (надійшло 9 запитів, на всі надано відповіді у встановлений строк).

2. Інформація про виконання місцевих бюджетів області щомісяця оновлюється в рубриці «Виконання місцевих бюджетів Чернігівської області» на сайті облдержадміністрації (останнє оновлення – станом на 01.11.2013).

6. Проект обласного бюджету на 2014 рік винесено на публічне громадське обговорення: 26 листопада проведено зустріч з представниками громадськості та ЗМІ, пропозиції приймались на електронну адресу управління до 2 грудня.

7, 8, 12. х

9. Члени Громадської ради при облдержадміністрації залучались до обговорення проекту розпорядження голови облдержадміністрації про організацію бюджетного процесу на 2014 рік (засідання комітету з питань бюджету 14.10.2013).

Заступник начальника управління                           Т.М. Гордієнко""")
PA11_ATT = office_file("Відкритий уряд ГФУ.doc", PA11_DOC)

mail("pa11_ukrnet_finansy_doc",
     cls="personal_address", executor="su-finansy", period=3,
     note="Finance department's .doc sent from a deputy head's ukr.net box: a person's name whose "
          "position names the office; a copy to the economics department is mentioned; 7, 8, 12 are 'х'.",
     items=[(1, "Відкритий уряд ГФУ.doc"), (2, "Відкритий уряд ГФУ.doc"),
            (6, "Відкритий уряд ГФУ.doc"), (9, "Відкритий уряд ГФУ.doc")],
     date="2013-11-29 15:10:27 +0200",
     frm=addr("Тетяна Гордієнко", "gordienko_t@ukr.net"),
     subject="виконання плану заходів ГФУ",
     msgid="<1385730627.887214569.03vb1kxd@frv44.fwdcdn.com>",
     extra_headers=["X-Mailer: FREEMAIL v.3.1"],
     content=multipart("mixed", "----=_Part_9914_382021745.1385730627319", [
         text_part(PA11_BODY, charset="utf-8", cte="base64"),
         attach_part("Відкритий уряд ГФУ.doc", PA11_ATT, "rfc2047:utf-8"),
     ]),
     hard="Person's name on ukr.net, office in the position line; copy to економіки named; 'х' row.")

# ---- pa12: gmail, secretary forwards the АПК department's docx ----------------------------
PA12_BODY = """\
Доброго дня.
Пересилаю за дорученням начальника Головного управління агропромислового розвитку облдержадміністрації інформацію до плану заходів (файл у вкладенні), в управлінні з ранку немає інтернету.

Секретар Лисенко С.
приймальня ГУ АПР, 65-18-02

---------- Forwarded message ----------
From: Віктор Марченко <v.marchenko.apk@gmail.com>
Date: 2012/12/13
Subject: звіт відкр уряд
To: svitlana.lysenko82@gmail.com


Світлано, відправ, будь ласка, в УВП до кінця дня, файл у вкладенні. В.
"""

PA12_ROWS = [
    ("1", "На сайті управління відкрито розділи «Земельні відносини» та «Державна підтримка АПК»; у 2012 році розміщено 96 матеріалів, у т.ч. умови конкурсів на отримання бюджетних дотацій."),
    ("2", "—"),
    ("6", "Проведено консультації з громадськістю щодо проекту Програми розвитку сільськогосподарської дорадчої служби на 2013–2015 роки (зустріч з головами фермерських господарств 22.11.2012, 28 учасників)."),
    ("7", "До складу конкурсної комісії з відбору учасників програми часткової компенсації вартості сільгосптехніки включено голову обласної асоціації фермерів."),
    ("8", "Наказом від 30.10.2012 № 214 до складу колегії введено голову комітету з питань АПК Громадської ради при ОДА (за згодою)."),
    ("9", "немає"),
    ("12", "Проекти нормативних наказів у звітному періоді не розроблялись, тому громадська антикорупційна експертиза не проводилась."),
]
PA12_ATT = office_file(
    "Zvit_vidkrytyi_uriad_GUAPR.docx",
    paras(">Головне управління агропромислового розвитку Чернігівської облдержадміністрації\n"
          "Інформація про виконання Плану заходів «Партнерство „Відкритий уряд“» за 2012 рік")
    + table(["№ пункту плану", "Стан виконання"], PA12_ROWS)
    + paras("\n\nНачальник головного управління                        В.І. Марченко"))

mail("pa12_gmail_secretary_fwd_apk",
     cls="personal_address", executor="su-apk", period=1,
     note="A secretary forwards the agricultural department's docx table from her gmail box with "
          "the head's forwarded note; rows 2 and 9 are placeholders, row 12 says nothing was done.",
     items=[(1, "Zvit_vidkrytyi_uriad_GUAPR.docx"), (6, "Zvit_vidkrytyi_uriad_GUAPR.docx"),
            (7, "Zvit_vidkrytyi_uriad_GUAPR.docx"), (8, "Zvit_vidkrytyi_uriad_GUAPR.docx"),
            (12, "Zvit_vidkrytyi_uriad_GUAPR.docx")],
     date="2012-12-13 17:52:30 +0200",
     frm=addr("Світлана Лисенко", "svitlana.lysenko82@gmail.com"),
     subject="Fwd: звіт відкр уряд",
     msgid="<CAGf3nR0q8dWz6-JkV=pL1nTq3xYw9Hc4gE@mail.gmail.com>",
     content=multipart("mixed", "f46d0444ed7f2b8d1004d0be9a21", [
         text_part(PA12_BODY, charset="UTF-8", cte="quoted-printable"),
         attach_part("Zvit_vidkrytyi_uriad_GUAPR.docx", PA12_ATT, "ascii"),
     ]),
     hard="Secretary's gmail forward; office as 'ГУ АПР'/'Головного управління агропромислового розвитку'.")

# ============================================================================================
# prose
# ============================================================================================

# ---- pr01: Городнянська РДА, HTML-only body (Outlook 2010) ---------------------------------
PR01_P = [
    "На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області Городнянська районна державна адміністрація інформує.",
    "Офіційний веб-сайт райдержадміністрації у першому півріччі наповнювався відповідно до вимог законів України «Про доступ до публічної інформації» та «Про інформацію»: оприлюднено 63 розпорядження голови РДА, проект районного бюджету, звіти про виконання районних програм. Створено сторінку «Звернення громадян» з формою електронного звернення.",
    "Щокварталу райдержадміністрація проводить зустрічі з громадськістю. Так, 21 лютого 2013 року в районному будинку культури відбулося публічне обговорення проекту схеми санітарної очистки м. Городня, в якому взяли участь 52 мешканці; у квітні проведено електронні консультації щодо тарифів на вивезення побутових відходів.",
    "Представники громадських організацій ветеранів та підприємців (8 осіб, з них 4 – члени громадської ради) працюють у складі координаційної ради з питань розвитку підприємництва та районної комісії з питань захисту прав дітей.",
    "Ініціатив від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності райдержадміністрації у звітному періоді не надходило.",
    "Робота щодо забезпечення відкритості діяльності райдержадміністрації буде продовжена.",
]
PR01_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 14 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri","sans-serif";}
--></style></head>
<body lang=UK link=blue vlink=purple><div class=WordSection1>
<p class=MsoNormal><b><span style='font-size:12.0pt;font-family:"Times New Roman","serif"'>Інформація про стан виконання плану заходів<o:p></o:p></span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
""" + "".join(
    "<p class=MsoNormal style='text-indent:35.4pt;text-align:justify'><span style='font-size:12.0pt;"
    "font-family:\"Times New Roman\",\"serif\"'>%s<o:p></o:p></span></p>\n" % p for p in PR01_P
) + """<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='font-size:12.0pt;font-family:"Times New Roman","serif"'>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.П. Семенець<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt'>Виконавець: Гайова Л.М., (04645) 2-17-30<o:p></o:p></span></p>
</div></body></html>
"""

mail("pr01_html_horodnia",
     cls="prose", executor="rda-horodnia", period=2,
     note="Horodnia district letter as an HTML-only Outlook body without measure numbers: site, "
          "consultations, advisory bodies, no expert reviews, and a closing sentence that reports nothing.",
     items=[(1, "body"), (6, "body"), (7, "body"), (12, "body")],
     date="2013-06-06 10:12:45 +0300",
     frm=addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "windows-1251"),
     subject="Про виконання плану заходів (Партнерство Відкритий уряд)", subject_cs="windows-1251",
     msgid="<001201ce627b$1b8f2e40$52ad8ac0$@example.gov.ua>",
     extra_headers=["X-Mailer: Microsoft Outlook 14.0",
                    "Thread-Index: Ac5iexd8cD2Xb3VWSPa4w2rQk6p0xA==",
                    "Content-Language: uk"],
     content=text_part(PR01_HTML, "html", charset="windows-1251", cte="quoted-printable",
                       ct_style="outlook"),
     hard="HTML-only Word markup; the 'no initiatives for expert review' paragraph is an answer.")

# ---- pr02: Управління охорони здоров'я, .docx letter -------------------------------------
PR02_BODY = """\
Добрий день!
Надсилаємо інформацію на виконання плану заходів щодо відкритості влади.
Додаток: на 2 арк.

Загальний відділ управління охорони здоров'я ОДА
"""
PR02_DOC = paras("""\
>УПРАВЛІННЯ ОХОРОНИ ЗДОРОВ'Я
ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ
вул. Шевченка, 7, м. Чернігів, 14000, тел. 67-44-01

10.12.2012 № 03-12/4417

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

#Про виконання плану заходів

Управління охорони здоров'я облдержадміністрації інформує про хід виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

Веб-сторінку управління на офіційному сайті облдержадміністрації оновлено: розміщено структуру управління, графік особистого прийому громадян керівництвом, перелік обласних лікувально-профілактичних закладів з контактами. Крім того, для рубрики сайту облдержадміністрації про хід виконання цільових програм підготовлено та оприлюднено інформацію щодо виконання обласної програми боротьби з онкологічними захворюваннями на період до 2016 року.

Проект обласної програми розвитку первинної медико-санітарної допомоги на 2013–2015 роки пройшов громадське обговорення: з 1 по 30 жовтня він був розміщений для зауважень, 18 жовтня проведено круглий стіл за участю сімейних лікарів і громадських організацій пацієнтів. Отримано 17 пропозицій, з них 11 враховано.

Наказом управління від 25.10.2012 № 612 до складу колегії управління введено голову комітету з питань охорони здоров'я та соціальної політики Громадської ради при облдержадміністрації Павленка Д.Я., відповідні зміни до Положення про управління погоджено.

Висловлюємо щиру вдячність управлінню з питань внутрішньої політики та зв'язків з громадськістю за проведений 22 листопада навчальний семінар для працівників, відповідальних за консультації з громадськістю.

Проекти наказів нормативного характеру управління надсилає Громадській раді для проведення громадської антикорупційної експертизи. У IV кварталі на експертизу передано 2 проекти, зауважень не надійшло.

Управління і надалі забезпечуватиме відкритість своєї діяльності та залучення громадськості до вирішення питань охорони здоров'я населення області.

Начальник управління                                              О.В. Литвиненко

Рябоконь 67-44-80""")
PR02_ATT = office_file("Відкритий уряд УОЗ.docx", PR02_DOC)

mail("pr02_docx_zdorovia",
     cls="prose", executor="su-zdorovia", period=1,
     note="Health department's formal letter in a .docx without measure numbers: one paragraph covers "
          "the site and the programme rubric; thanks for a seminar is only a passing mention.",
     items=[(1, "Відкритий уряд УОЗ.docx"), (2, "Відкритий уряд УОЗ.docx"),
            (6, "Відкритий уряд УОЗ.docx"), (8, "Відкритий уряд УОЗ.docx"),
            (12, "Відкритий уряд УОЗ.docx")],
     date="2012-12-11 09:36:14 +0200",
     frm=addr("Управління охорони здоров'я", "zdorovia@example.gov.ua", "windows-1251"),
     subject="інформація УОЗ (відкритий уряд)", subject_cs="windows-1251",
     msgid="<000901cdd77f$9c2e5120$d48af360$@example.gov.ua>",
     extra_headers=["X-Mailer: Microsoft Office Outlook 11",
                    "Thread-Index: Ac3Xf5vYJ0b3ghKzSBm1jF6p3aGQpA=="],
     content=multipart("mixed", "----=_NextPart_000_000A_01CDD790.5FB72120", [
         text_part(PR02_BODY, charset="windows-1251", cte="quoted-printable", ct_style="outlook"),
         attach_part("Відкритий уряд УОЗ.docx", PR02_ATT, "rfc2047:windows-1251"),
     ], preamble="This is a multi-part message in MIME format."),
     hard="Paragraph with two measures (site + programme rubric); seminar thanks is not an item.")

# ---- pr03: Russian .odt, Управление труда и социальной защиты населения -------------------
PR03_BODY = """\
Добрый день.
Во вложении информация управления о выполнении плана мероприятий (открытое правительство) за второе полугодие.
Исп. Петренко И.С., 67-38-15
"""
PR03_DOC = paras("""\
>УПРАВЛЕНИЕ ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ
ЧЕРНИГОВСКОЙ ОБЛАСТНОЙ ГОСУДАРСТВЕННОЙ АДМИНИСТРАЦИИ

09.12.2013 № 07-4/8812

Управление труда и социальной защиты населения облгосадминистрации в пределах компетенции сообщает следующее.

На официальном веб-сайте управления регулярно обновляются разделы «Субсидии» и «Государственная социальная помощь», в сентябре введен сервис проверки состояния рассмотрения обращения по его регистрационному номеру, размещены образцы заявлений на все виды помощи.

Проект областной программы «Турбота» на 2014–2016 годы вынесен на общественное обсуждение: 12 ноября проведен круглый стол с участием членов общественного совета при облгосадминистрации и представителей девяти общественных организаций ветеранов и инвалидов, поступившие предложения (23) обобщены. Проект также размещался на сайте управления для сбора замечаний. Результаты обсуждения рассмотрены на заседании коллегии управления 28 ноября.

В составе координационного совета по делам лиц с ограниченными физическими возможностями при облгосадминистрации работают 6 представителей общественных организаций инвалидов, в составе областной комиссии по вопросам обеспечения жильем ветеранов войны – 2 представителя ветеранских организаций.

Работа в данном направлении будет продолжена.

Начальник управления                                              В.И. Гончаренко""")
PR03_ATT = office_file("informaciya_otkrytoe_pravitelstvo.odt", PR03_DOC)

mail("pr03_odt_russian_sotszakhyst",
     cls="prose", executor="su-sotszakhyst", period=3,
     note="Russian .odt letter of the social protection department without numbers; one paragraph is "
          "both a consultation and public-council discussion of a draft programme, and the collegium "
          "is mentioned only in passing.",
     items=[(1, "informaciya_otkrytoe_pravitelstvo.odt"), (6, "informaciya_otkrytoe_pravitelstvo.odt"),
            (7, "informaciya_otkrytoe_pravitelstvo.odt"), (9, "informaciya_otkrytoe_pravitelstvo.odt")],
     date="2013-12-09 14:27:51 +0200",
     frm=addr("Управление соцзащиты", "sotszakhyst@example.gov.ua"),
     subject="Информация о выполнении плана мероприятий",
     msgid="<52A5B6A7.9030106@example.gov.ua>",
     extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"],
     content=multipart("mixed", "------------080407020807060509090302", [
         text_part(PR03_BODY, charset="UTF-8", cte="8bit", ct_style="tb"),
         attach_part("informaciya_otkrytoe_pravitelstvo.odt", PR03_ATT, "ascii"),
     ], preamble="This is a multi-part message in MIME format."),
     hard="Russian prose; one paragraph = consultation + council discussion; 'коллегия' only in passing.")

# ---- pr04: Управління капітального будівництва, PDF letter ------------------------------
PR04_BODY = """\
Добрий день!
Направляємо лист управління капітального будівництва облдержадміністрації у форматі PDF.
З повагою, загальний відділ УКБ
"""
PR04_DOC = paras("""\
>УПРАВЛІННЯ КАПІТАЛЬНОГО БУДІВНИЦТВА
ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ

12.06.2013 № 01-09/1128

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

#Щодо виконання плану заходів з відкритості влади

Інформаційне наповнення сторінки управління на офіційному сайті облдержадміністрації здійснюється відповідно до вимог законодавства: у першому півріччі розміщено перелік об'єктів будівництва, що фінансуються з державного та обласного бюджетів, результати процедур закупівель, відомості про стан будівництва перинатального центру.

Щомісяця управління подає до рубрики про хід виконання цільових програм дані про фінансування та будівельну готовність шкіл і дитячих садків, що зводяться за обласною програмою.

Колегія в управлінні не утворена, у зв'язку з чим введення представників Громадської ради до її складу не здійснювалось.

Проект наказу «Про затвердження Порядку проведення конкурсних торгів на виконання робіт з капітального ремонту» пройшов громадську антикорупційну експертизу, яку провела громадська організація «Чернігівський антикорупційний комітет»; за її результатами враховано дві пропозиції щодо вилучення корупціогенних норм.

Управління відкрите до співпраці з громадськістю.

Начальник управління                                      С.П. Мельник""")
PR04_ATT = office_file("Lyst_UKB_0613.pdf", PR04_DOC)

mail("pr04_pdf_kapbud",
     cls="prose", executor="su-kapbud", period=2,
     note="Capital construction department's PDF letter without numbers; the collegium paragraph "
          "says nothing was done (an answer), the last line reports nothing.",
     items=[(1, "Lyst_UKB_0613.pdf"), (2, "Lyst_UKB_0613.pdf"), (8, "Lyst_UKB_0613.pdf"),
            (12, "Lyst_UKB_0613.pdf")],
     date="2013-06-14 12:03:58 +0300",
     frm=addr("UKB", "kapbud@example.gov.ua"),
     subject="RE: plan zakhodiv - UKB",
     msgid="<00b301ce68e6$c2e01f30$48a05d90$@example.gov.ua>",
     extra_headers=["X-Mailer: Microsoft Office Outlook 12.0",
                    "Thread-Index: Ac5o5sKJ5mYZ7KHRTy2qXKc1m1v6Gg==",
                    "Content-Language: en-us"],
     content=multipart("mixed", "----=_NextPart_000_00B4_01CE68FF.E86D5730", [
         text_part(PR04_BODY, charset="windows-1251", cte="quoted-printable", ct_style="outlook"),
         attach_part("Lyst_UKB_0613.pdf", PR04_ATT, "ascii"),
     ], preamble="This is a multipart message in MIME format."),
     hard="PDF text layer; 'колегія не утворена' counts as an answer; rubric paragraph without the rubric name.")

# ---- pr05: Ічнянська РДА, .doc letter (The Bat!) ------------------------------------------
PR05_BODY = """\
Доброго дня!

Інформація Ічнянської РДА у вкладенні.

--
З повагою,
 відділ організаційної роботи апарату Ічнянської РДА
"""
PR05_DOC = paras("""\
>ІЧНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
ЧЕРНІГІВСЬКОЇ ОБЛАСТІ

07.12.2012 № 02-18/2231

Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Ічнянська райдержадміністрація інформує про стан виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

Офіційний сайт райдержадміністрації у жовтні перероблено: відкрито рубрики «Публічна інформація», «Громадська рада», «Регуляторна політика», на головній сторінці розміщено контакти всіх структурних підрозділів та сільських голів.

Протягом 2012 року проведено 7 консультацій з громадськістю, з них 5 – у формі публічного громадського обговорення (зокрема щодо ремонту доріг Ічня – Монастирище та збереження Тростянецького дендропарку як туристичного об'єкта) і 2 – електронні.

Представники громадськості входять до складу шести дорадчо-консультативних органів при райдержадміністрації. Крім того, громадська рада при райдержадміністрації за нашою рекомендацією утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади (рішення ради від 20.11.2012).

Проект розпорядження голови райдержадміністрації «Про районну програму розвитку фізичної культури і спорту на 2013–2016 роки» до прийняття розглядався на засіданні громадської ради, висловлені зауваження враховано.

Громадські експертизи діяльності райдержадміністрації у 2012 році не проводились.

Райдержадміністрація і надалі сприятиме розвитку діалогу з громадськістю району.

Голова райдержадміністрації                                 І.В. Тимошенко""")
PR05_ATT = office_file("Ichnia_vidkrytist.doc", PR05_DOC)

mail("pr05_doc_ichnia",
     cls="prose", executor="rda-ichnia", period=1,
     note="Ichnia district's Word-97 letter without numbers; one paragraph covers both advisory bodies "
          "and the council's openness working group, and expert reviews are answered as not held.",
     items=[(1, "Ichnia_vidkrytist.doc"), (6, "Ichnia_vidkrytist.doc"), (7, "Ichnia_vidkrytist.doc"),
            (9, "Ichnia_vidkrytist.doc"), (10, "Ichnia_vidkrytist.doc"), (12, "Ichnia_vidkrytist.doc")],
     date="2012-12-10 08:55:33 +0200",
     frm=addr("Ichnia RDA", "rda-ichnia@example.gov.ua"),
     subject="Інформація Ічнянської РДА", subject_cs="windows-1251", subject_enc="Q",
     msgid="<1715320117.20121210085533@example.gov.ua>",
     extra_headers=["X-Mailer: The Bat! (v4.2.44.2) Professional", "X-Priority: 3 (Normal)"],
     content=multipart("mixed", "----------1C50C9F8B2D3914E", [
         text_part(PR05_BODY, charset="windows-1251", cte="8bit"),
         attach_part("Ichnia_vidkrytist.doc", PR05_ATT, "ascii"),
     ]),
     hard="Old .doc; a paragraph with two measures (advisory bodies + working group).")

# ---- pr06: Прилукская РГА, Russian plain body ----------------------------------------------
PR06 = """\
Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации

Прилукская районная государственная администрация сообщает о выполнении плана мероприятий по повышению открытости и прозрачности деятельности исполнительной власти в первом полугодии 2013 года.

В первом полугодии проведено 4 консультации с общественностью: публичные обсуждения проекта программы развития сельского зеленого туризма и порядка использования средств районного фонда охраны окружающей среды, электронные консультации по графику движения пригородных автобусов, встреча с жителями с. Ладан по вопросу реконструкции водопровода (материалы размещены на сайте РГА).

Члены общественного совета при РГА приняли участие в обсуждении проектов распоряжений председателя РГА «Об утверждении районной программы развития малого предпринимательства на 2013-2014 годы» и «О мерах по подготовке к отопительному сезону».

В марте-апреле общественная организация «Прилуцька громадська ініціатива» провела общественную экспертизу деятельности РГА в сфере предоставления административных услуг. По ее результатам разработан и утвержден план мероприятий по реализации предложений экспертов (7 позиций), 3 из которых уже выполнены.

Работа будет продолжена во втором полугодии.

Заместитель председателя РГА   Н.П. Олейник
тел. (04637) 3-11-42
"""

mail("pr06_plain_russian_pryluky",
     cls="prose", executor="rda-pryluky", period=2,
     note="Russian plain-text letter of the Pryluky district without numbers; the site appears only "
          "in a bracket of the consultation paragraph and the first line is the addressee УВП.",
     items=[(6, "body"), (9, "body"), (12, "body")],
     date="2013-06-12 11:44:20 +0300",
     frm=addr("Прилукская РГА", "rda-pryluky@example.gov.ua", "windows-1251"),
     subject="Информация Прилукской РГА", subject_cs="windows-1251",
     msgid="<000f01ce674d$b0bb0a70$12311f50$@example.gov.ua>",
     extra_headers=["X-Mailer: Microsoft Office Outlook 11",
                    "Thread-Index: Ac5nTbCsYmG3S5QmT3qdiyRfVmxxMQ=="],
     content=text_part(PR06, charset="windows-1251", cte="quoted-printable", ct_style="outlook"),
     hard="Russian; first line is the addressee УВП; the website only in a bracket (passing).")

# ---- pr07: Срібнянська РДА, short koi8-u ---------------------------------------------------
PR07 = """\
Доброго дня.

У другому півріччі райдержадміністрація провела три консультації з громадськістю: щодо проекту районного бюджету на 2014 рік, щодо ремонту доріг у селах Гурбинці та Олексинці, щодо організації шкільних перевезень.

Громадська рада при РДА утворила робочу групу з питань відкритості та прозорості у складі трьох осіб.

Робота у цьому напрямку триватиме.

Головний спеціаліст апарату Срібнянської РДА  Г. Ничипоренко
"""

mail("pr07_short_koi8u_sribne",
     cls="prose", executor="rda-sribne", period=3,
     note="Very short koi8-u letter from Sribne without numbers: consultations and the council's "
          "openness working group, then a sentence that reports nothing.",
     items=[(6, "body"), (10, "body")],
     date="2013-12-11 16:30:02 +0200",
     frm=addr("Sribne RDA", "rda-sribne@example.gov.ua"),
     subject="Срібне - відкритість влади", subject_cs="koi8-u",
     msgid="<52A8779A.3050804@example.gov.ua>",
     extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"],
     content=text_part(PR07, charset="KOI8-U", cte="8bit", ct_style="tb"),
     hard="Three short paragraphs, koi8-u; working-group measure named without 'комісія'.")

# ---- pr08: відділ роботи із зверненнями громадян, hot line, HTML+plain ----------------------
PR08 = """\
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Відділ роботи із зверненнями громадян апарату облдержадміністрації повідомляє.

Телефонна "гаряча лінія" голови облдержадміністрації працює щодня з 9.00 до 18.00, у вихідні дні – автовідповідач. Протягом вересня – листопада 2012 року на неї надійшло 1246 дзвінків; 61 відсоток стосувався житлово-комунальних питань, 14 – соціального захисту, 9 – земельних відносин. Усі повідомлення зареєстровано та передано на розгляд за належністю, 212 питань вирішено позитивно. Щотижня узагальнена довідка про дзвінки подається голові облдержадміністрації.

Графік особистих прийомів громадян керівництвом облдержадміністрації, як і раніше, оприлюднюється на офіційному сайті.

Завідувач відділу                     Л.А. Пономаренко
"""
PR08_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><meta name="Generator" content="Microsoft Word 12 (filtered medium)"></head>
<body lang="UK"><div class="Section1">
""" + "".join('<p class="MsoNormal">%s</p>\n' % p.replace("\n", "<br>")
              for p in PR08.strip().split("\n\n")) + "</div></body></html>\n"

mail("pr08_html_zvernennia_hotline",
     cls="prose", executor="zvernennia", period=1,
     note="Citizens' appeals department describes the head's hot line in prose (HTML + plain), and "
          "mentions the website only in passing.",
     items=[(5, "body")],
     date="2012-12-13 15:07:41 +0200",
     frm=addr("Відділ звернень", "zvernennia@example.gov.ua", "windows-1251"),
     subject="Інформація відділу роботи із зверненнями громадян", subject_cs="windows-1251",
     msgid="<004e01cdd93e$7a1e3c10$6e5ab430$@example.gov.ua>",
     extra_headers=["X-Mailer: Microsoft Office Outlook 12.0",
                    "Thread-Index: Ac3ZPnn0qjjs0mXVS3e2Qd1kS6rMYw==",
                    "Content-Language: uk"],
     content=multipart("alternative", "----=_NextPart_000_004F_01CDD94F.3DA70C10", [
         text_part(PR08, charset="windows-1251", cte="quoted-printable", ct_style="outlook"),
         text_part(PR08_HTML, "html", charset="windows-1251", cte="quoted-printable", ct_style="outlook"),
     ], preamble="This is a multipart message in MIME format."),
     hard="Counts and percentages that are not measures; the site sentence is passing, not an item.")

# ---- pr09: Держархів, docx with headings out of plan order ---------------------------------
PR09_BODY = """\
Добрий день!

Надсилаємо інформацію Держархіву області про виконання плану заходів щодо відкритості влади. Файл у додатку.

--
Відділ організаційно-аналітичної роботи
Державний архів Чернігівської області
"""
PR09_DOC = paras("""\
>ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ

Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за друге півріччя 2013 року

#Щодо роботи громадської ради

Голова комітету Громадської ради при облдержадміністрації з питань культури і духовності з березня цього року є членом колегії Державного архіву. Члени громадської ради брали участь в обговоренні проекту Програми розвитку архівної справи в Чернігівській області на 2014–2018 роки, їх пропозиції щодо оцифрування метричних книг внесено до проекту.

#Щодо дорадчих органів

До складу експертно-перевірної комісії Держархіву включено двох представників громадськості – краєзнавців, членів Чернігівського історико-генеалогічного товариства.

#Щодо офіційного веб-сайту

На веб-сайті Держархіву розміщено електронні путівники по фондах радянського періоду, три онлайн-виставки документів («Чернігівщина в роки Великої Вітчизняної війни», «Голодомор 1932–1933 років», «Старі фотографії Чернігова»), оновлено розділ «Публічна інформація».

#Щодо громадських експертиз

Звернень інститутів громадянського суспільства щодо проведення громадської експертизи діяльності Держархіву не надходило.

#Загальне

Держархів і надалі сприятиме відкритості архівної інформації для громадськості.

Директор                                                  Р.Б. Воробей""")
PR09_ATT = office_file("Інформація_Держархів_грудень2013.docx", PR09_DOC)

mail("pr09_docx_headings_arkhiv",
     cls="prose", executor="su-arkhiv", period=3,
     note="State archive's docx with topic headings out of plan order; the 'public council' section "
          "covers both the collegium and draft discussion, and the 'general' section reports nothing.",
     items=[(1, "Інформація_Держархів_грудень2013.docx"), (7, "Інформація_Держархів_грудень2013.docx"),
            (8, "Інформація_Держархів_грудень2013.docx"), (9, "Інформація_Держархів_грудень2013.docx"),
            (12, "Інформація_Держархів_грудень2013.docx")],
     date="2013-12-05 10:22:17 +0200",
     frm=addr("Держархів", "arkhiv@example.gov.ua"),
     subject="Інформація Держархіву - відкритість влади",
     msgid="<52A0382D.1020702@example.gov.ua>",
     extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"],
     content=multipart("mixed", "------------030509040102080605040107", [
         text_part(PR09_BODY, charset="UTF-8", cte="8bit", ct_style="tb"),
         attach_part("Інформація_Держархів_грудень2013.docx", PR09_ATT, "rfc2231"),
     ], preamble="This is a multi-part message in MIME format."),
     hard="Headings not in plan order; one section = collegium + draft discussion; RFC 2231 name.")

# ---- pr10: Центр перепідготовки, PDF about seminars --------------------------------------
PR10_BODY = """\
Шановні колеги!
Направляємо інформацію Центру у форматі PDF.
Методист Центру перепідготовки та підвищення кваліфікації
Ярошенко В.С., 67-53-90
"""
PR10_DOC = paras("""\
>ЧЕРНІГІВСЬКИЙ ЦЕНТР ПЕРЕПІДГОТОВКИ ТА ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ ПРАЦІВНИКІВ ОРГАНІВ ДЕРЖАВНОЇ ВЛАДИ, ОРГАНІВ МІСЦЕВОГО САМОВРЯДУВАННЯ, ДЕРЖАВНИХ УСТАНОВ, ПІДПРИЄМСТВ І ОРГАНІЗАЦІЙ

26.02.2013 № 48

Центр інформує, що у січні – лютому 2013 року спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації проведено три навчальні семінари «Консультації з громадськістю: інструменти та практика» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій, та спеціалістів, які їх безпосередньо проводять. Навчання пройшли 74 особи.

Окремий одноденний семінар для спеціалістів апаратів райдержадміністрацій північних районів відбувся 21 лютого у м. Ніжин (29 учасників); слухачі опрацювали порядок проведення електронних консультацій та вивчення громадської думки.

Програми семінарів та презентаційні матеріали розміщено на сайті Центру.

Навесні Центр планує виїзне заняття у м. Прилуки для представників громадських рад.

Директор Центру                                          М.Г. Шевченко""")
PR10_ATT = office_file("Центр_семінари.pdf", PR10_DOC)

mail("pr10_pdf_cppk_seminars",
     cls="prose", executor="cppk", period=2,
     note="The civil-service training centre's PDF letter describing the seminars without numbers; "
          "the site sentence and a planned spring session are not further items.",
     items=[(13, "Центр_семінари.pdf")],
     date="2013-02-27 13:18:09 +0200",
     frm=addr("ЦППК", "cppk@example.gov.ua"),
     subject="семінари з консультацій з громадськістю",
     msgid="<512DEB31.6060907@example.gov.ua>",
     extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"],
     content=multipart("mixed", "------------060308020304010007020109", [
         text_part(PR10_BODY, charset="UTF-8", cte="8bit", ct_style="tb"),
         attach_part("Центр_семінари.pdf", PR10_ATT, "rfc2231"),
     ], preamble="This is a multi-part message in MIME format."),
     hard="Seminar text says 'консультацій з громадськістю' (subject of 6) but reports only 13.")

# ---- pr11: Управління екології, plain base64, late ----------------------------------------
PR11 = """\
Вибачте за затримку з поданням інформації.

Управління екології та природних ресурсів облдержадміністрації повідомляє про хід виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

Сторінку управління на сайті облдержадміністрації доповнено розділом «Стан довкілля», де щомісяця публікуються дані моніторингу якості води в річках Десна і Сейм та перелік виданих дозволів на викиди.

У листопаді управління провело громадські слухання щодо проекту регіональної програми охорони навколишнього природного середовища на 2013–2017 роки; до обговорення залучено членів громадської ради при облдержадміністрації та чотири екологічні громадські організації. Надійшло 26 зауважень, більшість з яких стосувалися поводження з твердими побутовими відходами.

Громадська організація «Зелений світ Чернігівщини» провела громадську експертизу дозвільної діяльності управління; пропозицію щодо скорочення строків видачі дозволів враховано.

Питання відкритості діяльності управління розглядалось на засіданні колегії 29 листопада.

З повагою
Начальник управління   П.М. Кириченко
"""

mail("pr11_plain_base64_ekolohiia_late",
     cls="prose", executor="su-ekolohiia", period=1, late=True,
     note="Late plain base64 letter of the ecology department without numbers; one paragraph is both "
          "public hearings and council-member discussion of a draft programme; the collegium line is passing.",
     items=[(1, "body"), (6, "body"), (9, "body"), (12, "body")],
     date="2012-12-17 10:05:40 +0200",
     frm=addr("Управління екології", "ekolohiia@example.gov.ua"),
     subject="Інформація управління екології (відкритість)",
     msgid="<50CED244.8000608@example.gov.ua>",
     extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0"],
     content=text_part(PR11, charset="UTF-8", cte="base64"),
     hard="Late; base64; a paragraph with two measures; collegium meeting is not measure 8.")

# ---- pr12: Новгород-Сіверська РДА, body paragraph + docx ----------------------------------
PR12_BODY = """\
Добрий день!

Направляємо інформацію райдержадміністрації про виконання плану заходів щодо відкритості влади. Окремо повідомляємо, що з жовтня офіційний веб-сайт райдержадміністрації перенесено на новий хостинг, оновлено дизайн, додано версію для людей з вадами зору, а розділ «Доступ до публічної інформації» наповнено відповідно до вимог закону.

Решта інформації – у вкладеному файлі.

Сектор інформаційної діяльності апарату Новгород-Сіверської РДА
(04658) 2-19-33
"""
PR12_DOC = paras("""\
>НОВГОРОД-СІВЕРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ

Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (друге півріччя 2013 року)

У другому півріччі проведено чотири консультації з громадськістю, зокрема щодо проекту районної програми розвитку туризму з урахуванням можливостей історико-культурного заповідника «Слово о полку Ігоревім» та щодо реорганізації районного будинку культури. Про всі заходи інформація оприлюднена на сайті райдержадміністрації.

Троє членів громадської ради увійшли до складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій та районної ради з питань туризму.

Проект розпорядження голови райдержадміністрації «Про затвердження районної програми підтримки індивідуального житлового будівництва на селі» розглянуто на засіданні громадської ради 22 жовтня.

Роботу буде продовжено.

Голова райдержадміністрації                             О.М. Бондаренко""")
PR12_ATT = office_file("NS_RDA_vidkrytist_II_2013.docx", PR12_DOC)

mail("pr12_body_and_docx_novhorod",
     cls="prose", executor="rda-novhorod-siverskyi", period=3,
     note="Novhorod-Siverskyi district: the website paragraph is in the body and the rest in a docx "
          "without numbers; the docx's own site sentence is only a passing mention.",
     items=[(1, "body"), (6, "NS_RDA_vidkrytist_II_2013.docx"), (7, "NS_RDA_vidkrytist_II_2013.docx"),
            (9, "NS_RDA_vidkrytist_II_2013.docx")],
     date="2013-12-12 09:47:26 +0200",
     frm=addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "utf-8"),
     subject="ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ",
     msgid="<001d01cdf71b$3fc8a250$bf59e6f0$@example.gov.ua>",
     extra_headers=["X-Mailer: Microsoft Outlook 14.0",
                    "Thread-Index: Ac73Gz6dZ3k0YbVRQrOw8xvC1y+KjA==",
                    "Content-Language: en-us"],
     content=multipart("mixed", "----=_NextPart_000_001E_01CDF72C.0351DA70", [
         text_part(PR12_BODY, charset="utf-8", cte="quoted-printable", ct_style="outlook"),
         attach_part("NS_RDA_vidkrytist_II_2013.docx", PR12_ATT, "ascii"),
     ], preamble="This is a multipart message in MIME format."),
     hard="Measure 1 only in the body; the docx's site sentence is passing (no second source).")


# --------------------------------------------------------------------------------------------
# write + self-check
# --------------------------------------------------------------------------------------------

def describe(msg):
    parts = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        fn = p.get_filename()
        if fn:
            parts.append(fn.rsplit(".", 1)[1])
        else:
            parts.append("%s %s/%s" % (p.get_content_subtype(), p.get_content_charset(),
                                       p["Content-Transfer-Encoding"]))
    return "; ".join(parts)


def main():
    names = set()
    rows = []
    for m in MAILS:
        assert m["name"] not in names
        names.add(m["name"])
        raw = render(m)
        (HERE / (m["name"] + ".eml")).write_bytes(raw)
        k = key(m)
        (HERE / (m["name"] + ".expected.json")).write_text(
            json.dumps(k, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        # self-check: parse back, decode every part, item sources exist, sorted, 1..16
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Received", "Date", "From", "To", "Subject", "Message-ID", "MIME-Version"):
            assert msg[h], (m["name"], h)
        atts = set()
        for p in msg.walk():
            if p.is_multipart():
                continue
            if p.get_filename():
                atts.add(p.get_filename())
                p.get_content()
            else:
                assert p.get_content().strip()
        srcs = [(i["source"], i["measure"]) for i in k["items"]]
        assert [i["measure"] for i in k["items"]] == sorted(i["measure"] for i in k["items"]), m["name"]
        assert len(set(srcs)) == len(srcs), m["name"]
        for s, n in srcs:
            assert 1 <= n <= 16
            assert s == "body" or s in atts, (m["name"], s, atts)
        if k["kind"] == "not_report":
            assert not k["items"]
        rows.append((m, describe(msg)))
    write_readme(rows)
    print("wrote %d mails" % len(MAILS))
    return rows


README_HEAD = """\
# Corpus `private`: recognising the office, and reports written as letters

24 test mails to the УВП mailbox `uvp@cg.ukrtel.net` of the Chernihiv oblast administration,
each with a hand-written answer key: what a careful clerk of УВП would record — which office
reported (executor), for which reporting period, and on which plan measures.

* 12 × `personal_address` — reports sent from private mailboxes that are not in `plan.toml`
  (gmail.com, ukr.net, i.ua, meta.ua, mail.ru, yandex.ua, rambler.ru, bigmir.net), from the
  oblast council's mailbox, or from the registered mailbox of a *different* office (the ЖКГ
  mailbox used by the culture department). The office has to be recognised from the text:
  a signature in an oblique case, Russian forms, abbreviations (УОН ОДА, ГФУ, ГУ АПР, ЦНАП
  Варвинської РДА), a Latin `i` in place of Cyrillic `і`, or only a phrase in the body.
  Traps: greetings and addressee lines that name УВП, a copy to another body, a subject naming
  another district with that district's text quoted below, a joint report of two offices.
* 12 × `prose` — reports without any plan measure numbers: letters in a plain or HTML body,
  or in a .docx, .odt, .doc or PDF (text layer) attachment, in Ukrainian and Russian (two
  Russian letters), seven of them from structural units / apparatus / the training centre.
  Paragraphs describe the work in the office's own words, sometimes two measures in one
  paragraph, not in the plan's order, with closing phrases that report nothing and passing
  mentions of a measure's subject.

## How it was written

Only these were read: `/work/shared/seed/plan-uk.txt`, `/work/shared/seed/plan-en.md`,
`/work/main/config/plan.toml` (deadlines, executor ids, registered addresses, measures owed)
and `/work/main/config/templates/reminder.txt.j2` (quoted in one reply) and `receipt.txt.j2`.
The program's source, tests, documentation and the other corpora were not read, and the
program was not run. Each mail and its key were written by hand, together, in `make.py`; the
key is never derived from the mail text by code.

`python3 make.py` writes every `NAME.eml` and `NAME.expected.json` and this README. Office
attachments are made from HTML by `soffice --headless --convert-to` once and kept in `att/`;
later runs reuse them, so the output is byte-identical between runs. Headers (Date, Received =
Date + 1 minute, Message-ID) and MIME boundaries are fixed. `make.py` parses every mail back
with `email` (policy=default), decodes every part and checks that each key's sources exist.
The PDF and office attachments were also checked by converting them back to text.

Invented: all people, phone numbers, document numbers, counts, events and the oblast
council's address `org@oblrada.example.gov.ua` (deliberately not in `plan.toml`).

## Rules of the answer key

* `executor`: the office that wrote the report — from its registered address, or, when the
  mail comes from a private box or another office's box, the office named in the signature or
  text. УВП as addressee ("Управлінню з питань внутрішньої політики…", "на Ваш лист", "шановні
  колеги з управління…") is never the sender. A secretary forwarding the office's report → the
  office. Joint report (pa07): the office that signs and sends; the co-signing office's own
  items go into `also`, and `items` holds only the signer's measures (a jointly done measure
  is in both).
* `period`: deadlines 2012-12-15, 2013-06-15, 2013-12-15 (Europe/Kyiv), 3 days' grace; a mail up
  to 3 days after deadline N is period N with `late: true` (pa10, pr11).
* `items`: every measure (1–16) the mail's own new text reports on, sorted by measure, once per
  source (`body` or the exact attachment file name). A measure named with "не проводились",
  "не надходило", "не здійснювалось", "поки не створена" is an item (it is an answer); so is
  "колегія в управлінні не утворена, тому … не здійснювалось" (pr04). Not items: placeholders
  (`-`, `—`, `х`, `немає`), promises ("інформацію надамо додатково", "будет предоставлена
  дополнительно", "планує провести у листопаді"), quoted text (a quoted reminder, a quoted
  sample report of another district), passing mentions (thanks for a seminar, "материалы
  размещены на сайте", a collegium meeting that discussed something, "програми семінарів
  розміщено на сайті"), the mail's own paragraph numbers, document numbers, dates and counts.
  "пп. 9, 12" or "п.7, 9" answered as one block count every measure named.
* In `prose` mails a paragraph is mapped to a measure only if it reports the measure's act:
  site content → 1; the ОДА website rubric on target programmes / local budgets → 2;
  consultations, hearings, round tables on drafts → 6; representatives of the public in
  advisory bodies / commissions → 7; heads of Public Council committees in the unit's
  collegium → 8; public-council members discussing draft orders / programmes → 9; the
  council's openness working group → 10; public (anti-corruption) expert reviews → 12; the
  head's hot line → 5; training seminars → 13; the web resource and forum → 3, 4.

## Mails

| mail | class | executor | period | parts; charset | items | what makes it hard |
|---|---|---|---|---|---|---|
"""


def write_readme(rows):
    lines = [README_HEAD]
    for m, parts in rows:
        by_src = {}
        for n, s in m["items"]:
            by_src.setdefault(s, []).append(str(n))
        items = "; ".join("%s (%s)" % (",".join(v), s) for s, v in by_src.items()) or "—"
        if m["also"]:
            items += "; also " + ", ".join("%s:%d" % (e, n) for e, n in m["also"])
        per = str(m["period"]) + (" late" if m["late"] else "")
        lines.append("| %s | %s | %s | %s | %s | %s | %s |\n" % (
            m["name"], m["cls"], m["executor"], per, parts, items, m["hard"]))
    (HERE / "README.md").write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
