#!/usr/bin/env python3
"""Regenerate the blind corpus: NAME.eml + NAME.expected.json for 32 mails.

Needs python3 (standard library only) and LibreOffice (soffice) for the attached
office documents. Run: python3 make.py
"""
import base64, json, os, quopri, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = tempfile.mkdtemp(prefix="blind-make-")
LO = "-env:UserInstallation=file://" + os.path.join(WORK, "lo")

MAILS = []      # (name, builder)
STATUS = {}     # name -> list of status texts written by the office (checked for shared sentences)
UVP = "uvp@cg.ukrtel.net"

# ---------------------------------------------------------------- LibreOffice

def office(text, fmt, kind="html"):
    """Convert a source document (html / fods) to fmt with LibreOffice; return the bytes."""
    office.n = getattr(office, "n", 0) + 1
    src = os.path.join(WORK, "src%02d.%s" % (office.n, kind))
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    cmd = ["soffice", LO, "--headless"]
    if kind == "html":
        cmd += ["--infilter=HTML (StarWriter)"]
    cmd += ["--convert-to", fmt, "--outdir", os.path.join(WORK, "out"), src]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300, check=True)
    out = os.path.join(WORK, "out", "src%02d.%s" % (office.n, fmt))
    with open(out, "rb") as f:
        return f.read()


def doc_html(body, size=14, font="Times New Roman"):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>body{font-family:"%s";font-size:%dpt} td,th{font-family:"%s";font-size:%dpt;vertical-align:top}'
            '</style></head><body>%s</body></html>' % (font, size, font, size - 2, body))


def fods(sheets):
    """sheets: list of (name, rows); rows: list of lists of str/int/None. Returns flat ODS XML."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
           'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           '<office:automatic-styles>'
           '<style:style style:name="wide" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>'
           '<style:style style:name="narrow" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>'
           '<style:style style:name="mid" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>'
           '<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>'
           '</office:automatic-styles><office:body><office:spreadsheet>']
    for name, widths, rows in sheets:
        out.append('<table:table table:name="%s">' % esc(name))
        for w in widths:
            out.append('<table:table-column table:style-name="%s"/>' % w)
        for row in rows:
            out.append("<table:table-row>")
            for c in row:
                if c is None or c == "":
                    out.append("<table:table-cell/>")
                elif isinstance(c, (int, float)):
                    out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (c, c))
                else:
                    paras = "".join("<text:p>%s</text:p>" % esc(p) for p in str(c).split("\n"))
                    out.append('<table:table-cell table:style-name="wrap" office:value-type="string">%s</table:table-cell>' % paras)
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>")
    return "".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

# ---------------------------------------------------------------- MIME by hand

def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text, charset):
    return quopri.encodestring(text.replace("\n", "\r\n").encode(charset)).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n") + "\n"


def hb(text, charset="utf-8"):
    """RFC 2047 B-encoded header value, split into encoded words of sane length."""
    words, cur = [], ""
    for tok in re.findall(r"\S+\s*|\s+", text):   # break only after a space, as clients do
        if cur and len((cur + tok).encode(charset)) > 40:
            words.append(cur); cur = ""
        cur += tok
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode()) for w in words)


def hq(text, charset="windows-1251"):
    out = ""
    for b in text.encode(charset):
        c = chr(b)
        if c.isalnum() and b < 128:
            out += c
        elif c == " ":
            out += "_"
        else:
            out += "=%02X" % b
    # split into words of <= 60 chars without breaking an =XX
    words, cur = [], ""
    for tok in re.findall(r"(?:=[0-9A-F]{2}|[^_])+_?|_", out):
        if cur and len(cur) + len(tok) > 60:
            words.append(cur); cur = ""
        cur += tok
    words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, w) for w in words)


def addr(name, email, charset="utf-8", how="b"):
    if not name:
        return email
    if how == "b":
        return "%s <%s>" % (hb(name, charset), email)
    if how == "q":
        return "%s <%s>" % (hq(name, charset), email)
    return '"%s" <%s>' % (name, email)


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        return "".join("%s: %s\n" % h for h in self.headers) + "\n" + self.body


def text_part(text, charset="utf-8", cte="8bit", subtype="plain", params="", label=True, raw=None):
    """A text part; returns Part whose body is a str holding the encoded bytes (latin-1 mapped)."""
    ct = "text/%s" % subtype
    if label:
        ct += "; charset=%s" % (charset if '"' in charset else charset)
    ct += params
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    data = text.encode(charset.strip('"')) if raw is None else raw
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(text, charset.strip('"'))
    else:
        body = data.decode("latin-1")
        if not body.endswith("\n"):
            body += "\n"
    return Part(headers, body)


def attach(data, ctype, filename, style="2231", extra=(), disposition="attachment"):
    """An attachment the way a given client names it.
    style: '2231' Thunderbird (name= 2047 UTF-8, filename*= RFC 2231 continuation),
           '2047w' Outlook (windows-1251 B words in both), '2047u' gmail/web (UTF-8 B words),
           '2047q' The Bat! (windows-1251 Q words), 'koi' koi8-u B words."""
    if style == "2231":
        enc = "UTF-8''" + "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else "".join("%%%02X" % b for b in c.encode()) for c in filename)
        chunks, cur = [], ""
        for tok in re.findall(r"%[0-9A-F]{2}|.", enc):
            if len(cur) + len(tok) > 60:
                chunks.append(cur); cur = ""
            cur += tok
        chunks.append(cur)
        name = hb(filename, "UTF-8")
        if len(chunks) == 1:
            fn = "filename*=%s" % chunks[0]
        else:
            fn = ";\n".join(" filename*%d*=%s" % (i, c) for i, c in enumerate(chunks)).lstrip()
        ct = '%s;\n name="%s"' % (ctype, name)
        cd = "%s;\n %s" % (disposition, fn)
    else:
        cs, fn_ = {"2047w": ("windows-1251", hb), "2047u": ("UTF-8", hb), "2047q": ("windows-1251", hq),
                   "koi": ("koi8-u", hb)}[style]
        enc = fn_(filename, cs)
        ct = '%s;\n name="%s"' % (ctype, enc)
        cd = '%s;\n filename="%s"' % (disposition, enc)
    headers = [("Content-Type", ct)]
    headers += list(extra[:1]) if extra and extra[0][0] != "X-Attachment-Id" else []
    headers += [("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
    headers += [h for h in extra if h[0] == "X-Attachment-Id"]
    return Part(headers, b64(data))


def multipart(subtype, parts, boundary, preamble="This is a multi-part message in MIME format.\n", params=""):
    body = preamble + "\n" if preamble else ""
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p.render().rstrip("\n") + "\n")
    body += "--%s--\n" % boundary
    return Part([("Content-Type", 'multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary))], body)


def message(headers, root):
    """headers: list of (name, value) written in that order before the root part's own headers."""
    hs = list(headers)
    if not any(h[0] == "MIME-Version" for h in hs):
        hs.append(("MIME-Version", "1.0"))
    return "".join("%s: %s\n" % h for h in hs) + root.render()


def html_of(text):
    """Simple HTML for the text/html alternative of a plain text: paragraphs and line breaks."""
    paras = text.strip("\n").split("\n\n")
    return "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in paras)

# ---------------------------------------------------------------- registration

def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


def status(name, *texts):
    STATUS.setdefault(name, []).extend(texts)
    return texts[0] if len(texts) == 1 else texts


def key(cls, executor, period, items, note, late=False, kind="report"):
    return {"class": cls, "executor": executor, "period": period, "late": late, "kind": kind,
            "reason": None, "note": note,
            "items": [{"measure": m, "source": s} for m, s in sorted(items)]}


def word_html(inner, lang="UK"):
    """HTML as Outlook 2007/2010 (Word as editor) writes it."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=%%CS%%">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri","sans-serif";}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n'
            '\tcolor:blue;\n\ttext-decoration:underline;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n'
            '\tfont-family:"Calibri","sans-serif";\n\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
            '</head><body lang=%s link=blue vlink=purple><div class=WordSection1>%s</div></body></html>' % (lang, inner))


def mso_p(text, extra=""):
    return "".join('<p class=MsoNormal%s>%s<o:p></o:p></p>\n' % (extra, esc(line) if line else "&nbsp;")
                   for line in text.split("\n"))


def fold_ics(ics):
    """Fold iCalendar content lines at 75 octets (RFC 5545) without splitting a UTF-8 character."""
    out = []
    for line in ics.split("\r\n"):
        cur, first = b"", True
        for ch in line:
            b = ch.encode("utf-8")
            if len(cur) + len(b) > (75 if first else 74):
                out.append(("" if first else " ") + cur.decode("utf-8")); cur, first = b"", False
            cur += b
        out.append(("" if first else " ") + cur.decode("utf-8"))
    return "\r\n".join(out)

# ================================================================ class: placeholder

BAKHMACH = [
    (1, "Офіційний веб-сайт", status("01-placeholder-bakhmach",
        "У листопаді 2012 року на офіційному веб-сайті райдержадміністрації (bahmach-rda.gov.ua) створено розділ "
        "«Доступ до публічної інформації», в якому розміщено систему обліку публічної інформації та форму електронного запиту. "
        "Протягом жовтня – листопада на сайті оприлюднено 38 проектів розпоряджень голови райдержадміністрації.")),
    (6, "Консультації з громадськістю", status("01-placeholder-bakhmach",
        "22 листопада 2012 року в залі засідань районного будинку культури проведено публічне громадське обговорення проекту "
        "Програми соціально-економічного розвитку Бахмацького району на 2013 рік, в якому взяли участь 54 особи. "
        "За його результатами до проекту внесено 7 пропозицій, з них 5 враховано.")),
    (7, "Дорадчо-консультативні органи", status("01-placeholder-bakhmach",
        "Розпорядженням голови райдержадміністрації від 15.10.2012 № 341 до складу районної комісії з питань техногенно-екологічної "
        "безпеки і надзвичайних ситуацій включено представників ГО «Бахмацька районна організація ветеранів» та районного осередку "
        "товариства Червоного Хреста.")),
    (9, "Обговорення проектів рішень", status("01-placeholder-bakhmach",
        "Члени громадської ради при райдержадміністрації (6 осіб) 04.12.2012 розглянули на своєму засіданні проект районного "
        "бюджету на 2013 рік та надали 3 зауваження, які передано до фінансового управління.")),
    (10, "Комісія з питань відкритості", "—"),
    (12, "Громадські експертизи", "не проводилось"),
]


@mail("01-placeholder-bakhmach", key("placeholder", "rda-bakhmach", 1,
      [(1, "body"), (6, "body"), (7, "body"), (9, "body")],
      "Outlook 2007 HTML mail whose body table has a row for each owed measure; rows 10 and 12 carry only a dash and "
      "a short 'не проводилось' cell, which are placeholders, not items."))
def _():
    rows_html = "".join(
        '<tr><td width=40 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal align=center '
        'style="text-align:center">%d<o:p></o:p></p></td><td width=170 valign=top style="border:solid windowtext 1.0pt;'
        'padding:0cm 5.4pt"><p class=MsoNormal>%s<o:p></o:p></p></td><td width=420 valign=top style="border:solid windowtext 1.0pt;'
        'padding:0cm 5.4pt"><p class=MsoNormal%s>%s<o:p></o:p></p></td></tr>\n'
        % (n, esc(t), ' align=center style="text-align:center"' if len(s) < 20 else "", esc(s)) for n, t, s in BAKHMACH)
    intro = ("Управління з питань внутрішньої політики\nта зв’язків з громадськістю облдержадміністрації\n\n"
             "Бахмацька райдержадміністрація надає інформацію про хід виконання Плану заходів з підвищення рівня відкритості "
             "та прозорості діяльності виконавчої влади в області станом на 10.12.2012.\n")
    sign = ("\nЗ повагою\nЛітвиненко Оксана Василівна,\nзавідувач сектору з питань внутрішньої політики\n"
            "апарату Бахмацької райдержадміністрації\nтел. (04635) 2-14-37")
    html = word_html(mso_p(intro) +
        '<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">\n'
        '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal><b>№ п/п<o:p></o:p></b></p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal><b>Захід<o:p></o:p></b></p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal><b>Стан виконання<o:p></o:p></b></p></td></tr>\n'
        + rows_html + "</table>\n" + mso_p(sign)).replace("%%CS%%", "windows-1251")
    plain = intro + "\n№ п/п\tЗахід\tСтан виконання\n" + "".join("%d\t%s\t%s\n" % r for r in BAKHMACH) + sign + "\n"
    root = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                     text_part(html, "windows-1251", "quoted-printable", "html")],
                     "----=_NextPart_000_0019_01CDD6C7.4AB41F70")
    return message([
        ("From", addr("Сектор внутрішньої політики Бахмацької РДА", "rda-bakhmach@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("Інформація щодо виконання Плану (Відкритий уряд)", "windows-1251")),
        ("Date", "Mon, 10 Dec 2012 15:42:18 +0200"),
        ("Message-ID", "<001801cdd6ef$8c3a1e20$a4ae5a60$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3W74vz2Q0eP5HkTfiYbBv1Kq8mWw=="),
        ("Content-Language", "uk"),
    ], root)

TB17 = "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"
TB17L = "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"


@mail("02-placeholder-finansy", key("placeholder", "su-finansy", 1,
      [(1, "Інформація_Відкритий_уряд_ГФУ.xlsx"), (2, "Інформація_Відкритий_уряд_ГФУ.xlsx"),
       (6, "Інформація_Відкритий_уряд_ГФУ.xlsx"), (7, "Інформація_Відкритий_уряд_ГФУ.xlsx"),
       (9, "Інформація_Відкритий_уряд_ГФУ.xlsx")],
      "Thunderbird mail with an .xlsx (RFC 2231 Cyrillic name) listing the seven owed measures with the plan's wording; "
      "row 8 has only 'х' and row 12 an empty status cell, so neither is an item."))
def _():
    N = "02-placeholder-finansy"
    rows = [
        (1, "Приведення до вимог чинного законодавства інформаційного наповнення офіційних веб-сайтів", status(N,
            "На сторінці Головного фінансового управління розміщено порядок подання запитів на публічну інформацію, "
            "контакти відповідальної особи та перелік документів управління; з 01.10.2012 по 07.12.2012 надано відповіді на 17 запитів.")),
        (2, "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»", status(N,
            "Рубрику «Виконання місцевих бюджетів Чернігівської області» відкрито на сайті облдержадміністрації 02.10.2012. "
            "Дані про виконання зведеного бюджету області оновлюються щомісяця до 10 числа; останнє оновлення 06.12.2012 (за 11 місяців).")),
        (6, "Консультації з громадськістю згідно з постановою КМУ № 996", status(N,
            "Проект обласного бюджету на 2013 рік оприлюднено 20.11.2012, а 27.11.2012 проведено круглий стіл "
            "«Бюджет області – 2013: пріоритети видатків» за участю 23 представників громадських організацій.")),
        (7, "Залучення представників ІГС до роботи дорадчо-консультативних органів", status(N,
            "Наказом управління від 12.10.2012 № 114 голову ГО «Чернігівська асоціація платників податків» Руденка П.І. "
            "включено до складу робочої групи з підготовки проекту обласного бюджету.")),
        (8, "Введення голів комітетів Громадської ради до складу колегій", "х"),
        (9, "Залучення членів громадських рад до обговорення проектів розпоряджень, програм", status(N,
            "Голова комітету з питань бюджету та фінансів громадської ради при облдержадміністрації взяв участь у розгляді "
            "проекту розпорядження «Про схвалення прогнозу обласного бюджету на 2013 рік» 29.11.2012.")),
        (12, "Сприяння проведенню громадських експертиз", ""),
    ]
    sheet = [["Інформація Головного фінансового управління облдержадміністрації про виконання Плану заходів "
              "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області", None, None],
             [None, None, None],
             ["№ пункту Плану", "Назва заходу", "Стан виконання станом на 10.12.2012"]] + [list(r) for r in rows]
    xlsx = office(fods([("Аркуш1", ["narrow", "mid", "wide"], sheet)]), "xlsx", "fods")
    body = ("Добрий день!\n\nНадсилаємо інформацію Головного фінансового управління облдержадміністрації щодо виконання "
            "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (у вкладенні).\n\n"
            "-- \nз повагою,\nГорбач Ірина Миколаївна\nвідділ організаційно-аналітичної роботи\nГоловне фінансове управління "
            "Чернігівської облдержадміністрації\n(0462) 67-52-18\n")
    root = multipart("mixed", [text_part(body, "UTF-8", "8bit", params="; format=flowed"),
                               attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Інформація_Відкритий_уряд_ГФУ.xlsx", "2231")],
                     "------------070905030408000801080302")
    return message([
        ("Message-ID", "<50C5F2A3.7080604@example.gov.ua>"),
        ("Date", "Tue, 11 Dec 2012 09:17:23 +0200"),
        ("From", addr("Горбач Ірина", "finansy@example.gov.ua", "UTF-8")),
        ("User-Agent", TB17),
        ("MIME-Version", "1.0"),
        ("To", UVP),
        ("Subject", hb("Відкритий уряд - інформація ГФУ", "UTF-8")),
    ], root)


def table_html(head, rows, widths=None):
    w = widths or [None] * len(head)
    th = "".join('<td%s><p align="center"><b>%s</b></p></td>' % (' width="%d"' % x if x else "", esc(h)) for h, x in zip(head, w))
    trs = ""
    for r in rows:
        trs += "<tr>" + "".join('<td><p>%s</p></td>' % ("<br>".join(esc(x) for x in str(c).split("\n")) if c not in (None, "") else "")
                                 for c in r) + "</tr>\n"
    return '<table border="1" cellspacing="0" cellpadding="4" width="100%%"><tr>%s</tr>\n%s</table>' % (th, trs)


@mail("03-placeholder-semenivka", key("placeholder", "rda-semenivka", 2,
      [(1, "Відкритий уряд_Семенівська РДА_червень 2013.docx"), (6, "Відкритий уряд_Семенівська РДА_червень 2013.docx"),
       (9, "Відкритий уряд_Семенівська РДА_червень 2013.docx"), (12, "Відкритий уряд_Семенівська РДА_червень 2013.docx")],
      "Outlook 2010 mail with a .docx table of the six owed measures: rows 7 and 10 hold only '-' and '—' (placeholders), "
      "while row 12 says in a full sentence that no reviews were held, which counts as an answer."))
def _():
    N = "03-placeholder-semenivka"
    F = "Відкритий уряд_Семенівська РДА_червень 2013.docx"
    rows = [
        ("1", "Забезпечення приведення до вимог чинного законодавства інформаційного наповнення та функціонування офіційного "
              "веб-сайту райдержадміністрації", status(N,
            "Офіційний веб-сайт Семенівської райдержадміністрації переведено на новий хостинг, оновлено структуру розділів "
            "«Регуляторна політика» та «Звернення громадян». За січень – травень 2013 року розміщено 146 інформаційних матеріалів, "
            "у тому числі 21 проект регуляторних актів.")),
        ("6", "Проведення консультацій з громадськістю", status(N,
            "Відповідно до орієнтовного плану проведення консультацій з громадськістю на 2013 рік проведено 4 заходи: "
            "громадські слухання щодо проекту Програми розвитку малого підприємництва (14.02.2013, 31 учасник), "
            "зустрічі з жителями сіл Жадове та Тимоновичі з питань реформування первинної медико-санітарної допомоги, "
            "електронні консультації щодо встановлення ставок єдиного податку.")),
        ("7", "Залучення представників ІГС до роботи дорадчо-консультативних органів", "-"),
        ("9", "Залучення членів громадської ради до обговорення проектів розпоряджень, програм", status(N,
            "Проекти розпоряджень голови райдержадміністрації «Про затвердження районної програми оздоровлення та відпочинку дітей "
            "на 2013 рік» та «Про організацію громадських робіт у 2013 році» розглянуто на засіданні громадської ради 22.03.2013.")),
        ("10", "Створення у складі громадської ради комісії з питань відкритості та прозорості", "—"),
        ("12", "Сприяння проведенню громадських експертиз, антикорупційних експертиз", status(N,
            "Громадські антикорупційні експертизи у I півріччі 2013 року не проводились, звернень від інститутів громадянського "
            "суспільства щодо їх проведення до райдержадміністрації не надходило.")),
    ]
    doc = doc_html('<p align="center"><b>ІНФОРМАЦІЯ</b><br>Семенівської районної державної адміністрації про виконання Плану заходів '
                   'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації '
                   'Ініціативи «Партнерство „Відкритий уряд“» (станом на 01.06.2013)</p>'
                   + table_html(["№ з/п", "Найменування заходу", "Виконання"], rows, [40, 230, 380])
                   + '<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.П.Кравченко</p>', 12)
    docx = office(doc, "docx")
    plain = ("Доброго дня!\n\nНа виконання листа управління від 20.05.2013 № 04-08/612 надсилаємо інформацію.\n\n"
             "З повагою,\nВалентина Петрівна Шкурко\nголовний спеціаліст загального відділу\nСеменівська РДА\n")
    html = word_html(mso_p(plain)).replace("%%CS%%", "windows-1251")
    alt = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                    text_part(html, "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0037_01CE623A.91F4C870", preamble="")
    root = multipart("mixed", [alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", F, "2047w")],
                     "----=_NextPart_000_0036_01CE623A.91F4C870")
    return message([
        ("From", addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "windows-1251")),
        ("To", addr("УВП", UVP, "windows-1251")),
        ("Subject", hb("Відкритий уряд", "windows-1251")),
        ("Date", "Tue, 4 Jun 2013 11:05:47 +0300"),
        ("Message-ID", "<003601ce6101$5a1c0e70$0e542b50$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5hAVlBqgwQ0hNKQ1uE9uQeJ7C1+A=="),
        ("Content-Language", "uk"),
    ], root)


@mail("04-placeholder-ekolohiia", key("placeholder", "su-ekolohiia", 2,
      [(1, "zvit_vidkrytyi_uriad.ods"), (6, "zvit_vidkrytyi_uriad.ods"), (7, "zvit_vidkrytyi_uriad.ods"),
       (9, "zvit_vidkrytyi_uriad.ods"), (12, "zvit_vidkrytyi_uriad.ods")],
      "Web mail from a private i.ua box (office named in the signature) with an .ods sent as application/octet-stream "
      "that copies all 16 plan rows: 'х' for measures not owed, '—' for measure 2 and an empty cell for 8."))
def _():
    N = "04-placeholder-ekolohiia"
    done = {
        1: status(N, "На веб-сторінці управління в розділі «Екологія» щотижня оновлюються дані про стан атмосферного повітря "
                     "та якість питної води; розміщено Регіональну доповідь про стан навколишнього природного середовища "
                     "у Чернігівській області за 2012 рік."),
        6: status(N, "16.04.2013 проведено громадські слухання щодо проекту обласної програми охорони навколишнього природного "
                     "середовища на 2013–2015 роки (м. Чернігів, вул. Шевченка, 7), участь взяли 42 особи, надійшло 11 пропозицій."),
        7: status(N, "До складу громадської ради з питань екології при управлінні включено представників ГО «Зелений фронт» "
                     "та Чернігівського обласного відділення Українського товариства охорони природи (наказ від 11.03.2013 № 27)."),
        9: status(N, "Члени громадської ради при облдержадміністрації взяли участь в обговоренні проекту розпорядження голови "
                     "облдержадміністрації про затвердження лімітів використання води на 2013 рік."),
        12: status(N, "Громадською організацією «Екоклуб «Десна» проведено громадську експертизу діяльності управління щодо видачі "
                      "дозволів на спеціальне водокористування; 3 з 4 пропозицій експертів включено до плану заходів управління."),
        2: "—", 8: "",
    }
    short = ["Інформаційне наповнення офіційних Інтернет-сайтів", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»",
             "Веб-ресурс «Чернігівська громада»", "Інтернет-форум", "«Гаряча лінія» голови ОДА", "Консультації з громадськістю",
             "Залучення ІГС до дорадчо-консультативних органів", "Голови комітетів Громадської ради у складі колегій",
             "Обговорення проектів розпоряджень, програм", "Комісія з питань відкритості у складі громадських рад",
             "Дні відкритих дверей УВП", "Громадські експертизи", "Навчальні семінари", "Методичні посібники",
             "Громадське обговорення виконання заходів", "Надання інформації про виконання Плану"]
    rows = [[n, short[n - 1], done.get(n, "—" if n == 16 else "х")] for n in range(1, 17)]
    sheet = [["Управління екології та природних ресурсів Чернігівської облдержадміністрації", None, None],
             ["Інформація про виконання Плану заходів (Відкритий уряд) за I півріччя 2013 р.", None, None],
             ["№", "Захід", "Інформація про виконання"]] + rows
    ods = office(fods([("Лист1", ["narrow", "mid", "wide"], sheet)]), "ods", "fods")
    text = ("Добрий день! Пересилаю інформацію по Відкритому уряду, бо службова пошта в нас сьогодні не працює.\n\n"
            "Коваль Н.С., провідний спеціаліст відділу екологічної політики та екомережі\n"
            "Управління екології та природних ресурсів Чернігівської ОДА\n")
    html = "<div>Добрий день! Пересилаю інформацію по Відкритому уряду, бо службова пошта в нас сьогодні не працює.</div><div><br></div>" \
           "<div>Коваль Н.С., провідний спеціаліст відділу екологічної політики та екомережі</div>" \
           "<div>Управління екології та природних ресурсів Чернігівської ОДА</div>"
    alt = multipart("alternative", [text_part(text, "utf-8", "base64"), text_part(html, "utf-8", "base64", "html")],
                    "b2c5c0b6d7b8e9a0f1d2c3b4a5968778", preamble="")
    root = multipart("mixed", [alt, attach(ods, "application/octet-stream", "zvit_vidkrytyi_uriad.ods", "2047u")],
                     "a1d0c5b3f8e2947061e5d4c3b2a19080", preamble="")
    return message([
        ("Date", "Wed, 12 Jun 2013 16:31:09 +0300"),
        ("From", addr("Наталія Коваль", "n.koval75@i.ua", "utf-8")),
        ("To", UVP),
        ("Subject", hb("інформація від управління екології", "utf-8")),
        ("Message-ID", "<1371043869.51b878fd3a9c1@mbox.i.ua>"),
        ("X-Mailer", "I.UA Mail"),
        ("X-Originating-IP", "[193.239.72.14]"),
        ("MIME-Version", "1.0"),
    ], root)

# ================================================================ class: bottom_post

PLAN_TEXT = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити "
       "приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів "
       "облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації "
       "рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації "
       "державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 "
       "«Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів "
       "громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних "
       "підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи "
       "облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових "
       "програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі "
       "громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань "
        "відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, "
        "громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів "
        "для реалізації експертних пропозицій.",
}
RDA_ITEMS = [1, 6, 7, 9, 10, 12]
SU_ITEMS = [1, 2, 6, 7, 8, 9, 12]


def reminder_head(period, items):
    day = "15 грудня" if period == 1 else "15 червня"
    return ("Шановні колеги!\n\nНагадуємо, що до %s необхідно надіслати інформацію про виконання пунктів %s Плану заходів "
            "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
            "«Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації 10 вересня 2012 року, "
            "на адресу електронної пошти uvp@cg.ukrtel.net.\n\nЗміст пунктів Плану:"
            % (day, ", ".join(map(str, items))))


REMINDER_TAIL = ("З повагою,\nсектор взаємодії з громадськими організаціями\nуправління з питань внутрішньої політики "
                 "та зв’язків з громадськістю облдержадміністрації\nтел. (0462) 67-50-91")


def reminder(period, items):
    return reminder_head(period, items) + "\n" + "".join("%d. %s\n" % (n, PLAN_TEXT[n]) for n in items) + "\n" + REMINDER_TAIL


def wrap(text, width=72, flowed=False):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line + (" " if flowed else "")); line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def quote(text, width=72, flowed=False):
    return "\n".join((">" if not l else "> " + l) for l in wrap(text, width, flowed).split("\n"))


@mail("05-bottom_post-ichnia", key("bottom_post", "rda-ichnia", 1,
      [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (12, "body")],
      "Thunderbird reply that quotes the whole reminder (with the plan text of six measures) and answers below it; "
      "measure 10 is only promised for later, so it is not an item."))
def _():
    N = "05-bottom_post-ichnia"
    ans = ("Інформація Ічнянської райдержадміністрації про виконання Плану:\n\n"
           "П. 1. " + status(N, "Сайт райдержадміністрації ichnia-rda.gov.ua приведено у відповідність до Порядку оприлюднення "
           "у мережі Інтернет інформації про діяльність органів виконавчої влади: додано розділи «Публічна інформація», "
           "«Громадська рада», «Прозорий бюджет», щоденно розміщуються новини району (у листопаді – 64 повідомлення).") + "\n\n"
           "П. 6. " + status(N, "Проведено громадські слухання з питання оптимізації мережі загальноосвітніх шкіл району "
           "(29.10.2012, с. Монастирище, 87 учасників) та зустріч-консультацію з керівниками сільгосппідприємств щодо "
           "ставок орендної плати за землю (16.11.2012).") + "\n\n"
           "П. 7. " + status(N, "Троє членів громадської ради при райдержадміністрації введені до складу районної комісії з питань "
           "захисту прав інвесторів та координаційної ради з питань розвитку підприємництва.") + "\n\n"
           "П. 9. " + status(N, "Проект районної програми «Питна вода Ічнянщини на 2013–2015 роки» обговорено на засіданні "
           "громадської ради 23.11.2012, висловлені пропозиції щодо першочергових об’єктів враховано.") + "\n\n"
           "П. 10. Інформація буде надана додатково після засідання громадської ради, яке планується 18 грудня.\n\n"
           "П. 12. " + status(N, "Громадська організація «Ічнянська правова ініціатива» провела громадську антикорупційну "
           "експертизу проекту розпорядження про порядок надання матеріальної допомоги малозабезпеченим громадянам; "
           "за її пропозицією уточнено перелік документів, що подаються заявником.") + "\n\n"
           "-- \nОлена Гнатенко\nвідділ організаційної роботи та з питань внутрішньої політики\nІчнянська райдержадміністрація\n")
    body = ("03.12.2012 10:12, УВП ОДА пише:\n" + quote(reminder(1, RDA_ITEMS), flowed=True) + "\n\n" + wrap(ans, flowed=True))
    root = text_part(body, "UTF-8", "8bit", params="; format=flowed")
    return message([
        ("Message-ID", "<50C85B31.3010905@example.gov.ua>"),
        ("Date", "Wed, 12 Dec 2012 12:08:49 +0200"),
        ("From", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "UTF-8")),
        ("User-Agent", TB17),
        ("MIME-Version", "1.0"),
        ("To", addr("УВП ОДА", UVP, "UTF-8")),
        ("Subject", "Re: " + hb("Нагадування: Відкритий уряд", "UTF-8")),
        ("References", "<000c01cdd12f$4e5b7a10$eb126e30$@cg.ukrtel.net>"),
        ("In-Reply-To", "<000c01cdd12f$4e5b7a10$eb126e30$@cg.ukrtel.net>"),
    ], root)


@mail("06-bottom_post-korop", key("bottom_post", "rda-korop", 1,
      [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (10, "body")],
      "Outlook 2010 (Russian UI header block) HTML reply with the answers typed in blue between the quoted plan items; "
      "in the plain-text part nothing marks quote from answer, measure 9 is answered 'не проводились' and 12 is left unanswered."))
def _():
    N = "06-bottom_post-korop"
    ans = {
        1: status(N, "Сайт райдержадміністрації korop-rda.gov.ua працює в штатному режимі. У жовтні створено підрозділ "
                     "«Нормативні документи», в якому розміщуються розпорядження голови РДА нормативного характеру "
                     "(станом на 10.12.2012 – 19 документів)."),
        6: status(N, "09.11.2012 у смт Короп проведено «круглий стіл» з питань підготовки об’єктів соціальної сфери до роботи в "
                     "осінньо-зимовий період 2012/2013 років, у ньому взяли участь 26 осіб, у тому числі представники 5 "
                     "громадських організацій."),
        7: status(N, "Голову громадської ради Сидоренка В.М. включено до складу колегії райдержадміністрації "
                     "(розпорядження від 02.11.2012 № 289)."),
        9: status(N, "У звітному періоді такі заходи не проводились."),
        10: status(N, "Громадській раді рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності "
                      "райдержадміністрації (лист від 19.11.2012 № 01-19/2140), питання внесено до порядку денного її засідання."),
    }
    head = reminder_head(1, RDA_ITEMS)
    top = "Добрий день!\nВідповіді – нижче по тексту листа, синім кольором.\n\nТетяна Мисник\nКоропська РДА\n"
    hdr = ("От: УВП ОДА [mailto:uvp@cg.ukrtel.net] \nОтправлено: 3 декабря 2012 г. 10:12\nКому: rda-korop@example.gov.ua\n"
           "Тема: Нагадування: Відкритий уряд")
    plain = top + "\n" + hdr + "\n\n" + head + "\n"
    html_in = mso_p(top) + ('<div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                            '<p class=MsoNormal><b><span lang=RU style="font-size:10.0pt;font-family:\'Tahoma\',\'sans-serif\'">От:</span></b>'
                            '<span lang=RU style="font-size:10.0pt;font-family:\'Tahoma\',\'sans-serif\'"> УВП ОДА [mailto:uvp@cg.ukrtel.net] <br>'
                            '<b>Отправлено:</b> 3 декабря 2012 г. 10:12<br><b>Кому:</b> rda-korop@example.gov.ua<br>'
                            '<b>Тема:</b> Нагадування: Відкритий уряд<o:p></o:p></span></p></div></div>\n'
                            '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n') + mso_p(head)
    for n in RDA_ITEMS:
        item = "%d. %s" % (n, PLAN_TEXT[n])
        plain += item + "\n"
        html_in += mso_p(item)
        if n in ans:
            plain += ans[n] + "\n"
            html_in += ('<p class=MsoNormal><i><span style="color:#1F497D">%s</span></i><o:p></o:p></p>\n' % esc(ans[n]))
        plain += "\n"
        html_in += '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
    plain += REMINDER_TAIL + "\n"
    html_in += mso_p(REMINDER_TAIL)
    html = word_html(html_in, "RU").replace("%%CS%%", "windows-1251")
    root = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                     text_part(html, "windows-1251", "quoted-printable", "html")],
                     "----=_NextPart_000_0041_01CDD95B.2F17A350")
    return message([
        ("From", addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251")),
        ("To", addr("УВП ОДА", UVP, "windows-1251")),
        ("References", "<000c01cdd12f$4e5b7a10$eb126e30$@cg.ukrtel.net>"),
        ("In-Reply-To", "<000c01cdd12f$4e5b7a10$eb126e30$@cg.ukrtel.net>"),
        ("Subject", "RE: " + hb("Нагадування: Відкритий уряд", "windows-1251")),
        ("Date", "Thu, 13 Dec 2012 09:51:33 +0200"),
        ("Message-ID", "<004001cdd8f9$a3b6c0e0$eb2442a0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "AQHN0S9OxB3k9r2kTEGS1Bf2c7XqRZgPwJcg"),
        ("Content-Language", "ru"),
    ], root)


@mail("07-bottom_post-kultura", key("bottom_post", "su-kultura", 2,
      [(1, "body"), (2, "body"), (6, "body"), (8, "body"), (12, "body")],
      "Web-mail (Roundcube) plain-text reply interleaving answers between '> N.' quoted plan items of a structural unit's "
      "reminder; items 7 and 9 are quoted but not answered, item 12 is answered with 'не проводилося'."))
def _():
    N = "07-bottom_post-kultura"
    ans = {
        1: status(N, "На сторінці управління оновлено розділ «Туристичні маршрути Чернігівщини» та оприлюднено паспорти "
                     "бюджетних програм на 2013 рік. Оголошення про конкурси і фестивалі розміщуються не пізніше ніж за 10 днів "
                     "до початку заходу."),
        2: status(N, "Для рубрики «Хід виконання цільових програм» 15.04.2013 подано звіт про виконання обласної програми розвитку "
                     "культури і туризму за 2012 рік."),
        6: status(N, "Щодо проекту Концепції розвитку туризму в області до 2020 року проведено електронні консультації "
                     "(онлайн-опитування з 12.03 по 12.04.2013, 214 респондентів) та відкриту зустріч з представниками туристичного "
                     "бізнесу 18.04.2013 у Чернігівському обласному філармонічному центрі."),
        8: status(N, "Наказом управління від 25.02.2013 № 38 до складу колегії введено голову комітету з гуманітарних питань "
                     "Громадської ради при облдержадміністрації Мельника С.А., відповідні зміни внесено до Положення про управління."),
        12: status(N, "Громадських експертиз у звітному періоді не проводилося."),
    }
    rem = reminder(2, SU_ITEMS)
    first, rest = rem.split("Зміст пунктів Плану:")
    lines = ["Добрий день.", "", "", "03.06.2013 09:40, УВП ОДА писав:", quote(first + "Зміст пунктів Плану:")]
    for n in SU_ITEMS:
        lines.append(quote("%d. %s" % (n, PLAN_TEXT[n])))
        if n in ans:
            lines += ["", wrap(ans[n]), ""]
    lines += [quote("\n" + REMINDER_TAIL), "", "--", "Сергієнко Людмила,", "Управління культури і туризму", "т. 67-71-54", ""]
    body = "\n".join(lines)
    root = text_part(body, "UTF-8", "8bit", params="; format=flowed")
    return message([
        ("MIME-Version", "1.0"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Date", "Thu, 06 Jun 2013 14:22:40 +0300"),
        ("From", addr("Управління культури і туризму", "kultura@example.gov.ua", "UTF-8")),
        ("To", addr("УВП ОДА", UVP, "UTF-8")),
        ("Subject", "Re: " + hb("Нагадування: Відкритий уряд", "UTF-8")),
        ("In-Reply-To", "<002a01ce6025$7d9e5a30$78db0e90$@cg.ukrtel.net>"),
        ("References", "<002a01ce6025$7d9e5a30$78db0e90$@cg.ukrtel.net>"),
        ("Message-ID", "<7c3f2be4a0d1e5b8c26f9a7d0b1e4f53@mail.example.gov.ua>"),
        ("X-Sender", "kultura@example.gov.ua"),
        ("User-Agent", "Roundcube Webmail/0.8.4"),
    ], root)


@mail("08-bottom_post-nizhyn", key("bottom_post", "rda-nizhyn", 2,
      [(1, "body"), (6, "body"), (7, "body"), (10, "body"), (12, "body")],
      "Russian-language Gmail reply from a private box written below the quoted Ukrainian reminder; the office is named only "
      "in the text and signature, and measure 9 is not answered."))
def _():
    N = "08-bottom_post-nizhyn"
    ans = ("Добрый день!\n\nНежинская райгосадминистрация сообщает о выполнении Плана за I полугодие 2013 года.\n\n"
           "По п. 1 – " + status(N, "на официальном сайте РГА в разделе «Доступ к публичной информации» размещены отчеты "
           "о рассмотрении запросов за I квартал, обновлены сведения о руководстве и структурных подразделениях.") + "\n\n"
           "По п. 6 – " + status(N, "14 марта 2013 г. в с. Кунашовка проведены публичные слушания по проекту решения об "
           "изменении границ населенного пункта (присутствовали 63 жителя), 25 апреля – встреча с общественностью по вопросам "
           "благоустройства в рамках месячника чистоты.") + "\n\n"
           "По п. 7 – " + status(N, "в состав районной комиссии по вопросам погашения задолженности по зарплате включены "
           "представители районной организации профсоюза работников АПК и общественной организации «Нежинские предприниматели».") + "\n\n"
           "По п. 10 – " + status(N, "при общественном совете при РГА 17.04.2013 создана рабочая группа по вопросам открытости и "
           "прозрачности в составе 4 человек, руководитель – Лысенко А.П.") + "\n\n"
           "По п. 12 – " + status(N, "общественная экспертиза деятельности районного центра предоставления административных услуг "
           "проведена общественным советом в мае 2013 года, по ее итогам изменен график приема граждан.") + "\n\n"
           "С уважением,\nИрина Бондарь\nглавный специалист отдела организационной работы аппарата Нежинской РГА\n"
           "(пишу с личного ящика, служебная почта перегружена)\n")
    plain = ("3 июня 2013 г., 9:40 пользователь УВП ОДА <uvp@cg.ukrtel.net> написал:\n\n" + quote(reminder(2, RDA_ITEMS)) + "\n\n" + ans)
    html = ('<div class="gmail_extra"><br><br><div class="gmail_quote">3 июня 2013 г., 9:40 пользователь УВП ОДА <span dir="ltr">'
            '&lt;<a href="mailto:uvp@cg.ukrtel.net" target="_blank">uvp@cg.ukrtel.net</a>&gt;</span> написал:<br>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + html_of(reminder(2, RDA_ITEMS)) + '</blockquote></div><br></div><div class="gmail_extra">'
            + html_of(ans) + '</div>\n')
    root = multipart("alternative", [text_part(plain, "UTF-8", "quoted-printable"),
                                     text_part(html, "UTF-8", "quoted-printable", "html")],
                     "047d7b6d8a0c3e6c9504de4d1f2a", preamble="")
    return message([
        ("MIME-Version", "1.0"),
        ("Received", "by 10.194.137.38 with HTTP; Mon, 10 Jun 2013 05:14:27 -0700 (PDT)"),
        ("In-Reply-To", "<003101ce6025$91c2a650$b547f2f0$@cg.ukrtel.net>"),
        ("References", "<003101ce6025$91c2a650$b547f2f0$@cg.ukrtel.net>"),
        ("Date", "Mon, 10 Jun 2013 15:14:27 +0300"),
        ("Message-ID", "<CAJk9Ue7pV0hZ3xJdPq8yW1s6RbT2m4N+Lc5aK_F0yQe1xG6wBQ@mail.gmail.com>"),
        ("Subject", "Re: " + hb("Нагадування: Відкритий уряд", "UTF-8")),
        ("From", addr("Ирина Бондарь", "irina.bondar.nizhyn@gmail.com", "UTF-8")),
        ("To", addr("УВП ОДА", UVP, "UTF-8")),
    ], root)

# ================================================================ class: not_report


@mail("09-not_report-talalaivka", key("not_report", "rda-talalaivka", 1, [],
      "A question from a district clerk's private ukr.net box whether measure 12 must be reported when no reviews were held; "
      "it names measures and says nothing was done, but it asks rather than reports.", kind="not_report"))
def _():
    N = "09-not_report-talalaivka"
    text = ("Доброго дня!\n\n" + status(N,
            "Підкажіть, будь ласка, чи потрібно подавати інформацію щодо п. 12 Плану, якщо громадських експертиз у районі "
            "цього року не проводилось і звернень від громадських організацій не було? "
            "Чи можна в такому разі просто не включати цей пункт до таблиці, чи обов'язково писати \"не проводились\"? "
            "Решту пунктів (1, 6, 7, 9, 10) готуємо, надішлемо до 14 грудня.") +
            "\n\nЗаздалегідь дякую.\n\nЮлія Онищенко,\nспеціаліст І категорії відділу організаційної роботи\n"
            "апарату Талалаївської райдержадміністрації\nтел. (04634) 2-13-65\n")
    html = html_of(text)
    root = multipart("alternative", [text_part(text, "utf-8", "base64"), text_part(html, "utf-8", "base64", "html")],
                     "----FREEMAIL-1354786544-5QH8-alt", preamble="")
    return message([
        ("Date", "Thu, 06 Dec 2012 11:35:44 +0200"),
        ("From", addr("Юлія Онищенко", "yulia_onyshchenko@ukr.net", "utf-8")),
        ("To", UVP),
        ("Subject", hb("питання щодо звіту по Відкритому уряду", "utf-8")),
        ("X-Mailer", "FREEMAIL"),
        ("Message-ID", "<1354786544.729014633.5qh8vxtb@frv43.ukr.net>"),
        ("MIME-Version", "1.0"),
    ], root)


@mail("10-not_report-osvita", key("not_report", "su-osvita", 2, [],
      "Outlook 2010 meeting request (text/calendar METHOD:REQUEST part) inviting the coordinators to a public-council meeting "
      "that will discuss a draft programme; it describes a future event, not a report.", kind="not_report"))
def _():
    N = "10-not_report-osvita"
    text = status(N,
        "Шановні колеги! Запрошуємо представника управління взяти участь у засіданні громадської ради при управлінні освіти і науки "
        "облдержадміністрації, на якому буде розглянуто проект обласної програми «Обдарована молодь» на 2013–2017 роки "
        "та пропозиції членів громадської ради до нього. Засідання відбудеться 19 червня 2013 року о 10:00 в залі колегії "
        "управління (м. Чернігів, вул. Слобідська, 43, каб. 215).") + "\n\nЗ повагою,\nвідділ загальної середньої освіти\n"
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
           "BEGIN:VTIMEZONE\r\nTZID:FLE Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T040000\r\nTZOFFSETFROM:+0300\r\n"
           "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
           "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\n"
           "END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=\"Управління освіти і науки\":MAILTO:osvita@example.gov.ua\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net\r\n"
           "DESCRIPTION;LANGUAGE=uk-UA:" + text.replace("\n", "\\n").replace(",", "\\,") + "\r\n"
           "SUMMARY;LANGUAGE=uk-UA:Засідання громадської ради при управлінні освіти і науки\r\n"
           "DTSTART;TZID=FLE Standard Time:20130619T100000\r\nDTEND;TZID=FLE Standard Time:20130619T120000\r\n"
           "UID:040000008200E00074C5B7101A82E0080000000060A5F3A7B660CE01000000000000000010000000C2D3E9A81F5B7E4F9D2C0A61B3E4F5D6\r\n"
           "CLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:20130605T071522Z\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n"
           "LOCATION;LANGUAGE=uk-UA:вул. Слобідська\\, 43\\, каб. 215\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    ics = fold_ics(ics)
    html = word_html(mso_p(text)).replace("%%CS%%", "utf-8")
    cal = text_part(ics, "utf-8", "base64", "calendar", params='; method=REQUEST')
    root = multipart("alternative", [text_part(text, "\"utf-8\"", "base64"),
                                     text_part(html, "utf-8", "quoted-printable", "html"), cal],
                     "_000_6A1F3C2B9E8D4F70A2B1C0D9E8F7A6B5MAILexamplegovua_")
    return message([
        ("From", addr("Управління освіти і науки", "osvita@example.gov.ua", "koi8-u")),
        ("To", "\"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>"),
        ("Subject", hb("Засідання громадської ради при управлінні освіти і науки", "koi8-u")),
        ("Thread-Topic", hb("Засідання громадської ради при управлінні освіти і науки", "koi8-u")),
        ("Thread-Index", "Ac5htHrMZx3sT0kPQKuK6t3qX1a9gQ=="),
        ("Date", "Wed, 5 Jun 2013 10:15:22 +0300"),
        ("Message-ID", "<6A1F3C2B9E8D4F70A2B1C0D9E8F7A6B5@MAIL.example.gov.ua>"),
        ("Accept-Language", "uk-UA, ru-RU, en-US"),
        ("Content-Language", "uk-UA"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("MIME-Version", "1.0"),
    ], root)


@mail("11-not_report-kozelets", key("not_report", "rda-kozelets", 1, [],
      "The Bat! windows-1251 letter asking to extend the deadline because the public council meets on 18 December; "
      "it names measure 10 and the plan but reports nothing.", kind="not_report"))
def _():
    N = "11-not_report-kozelets"
    text = ("Здравствуйте, УВП.\n\n" + status(N,
            "Козелецька райдержадміністрація просить продовжити термін подання інформації про виконання Плану заходів "
            "(Відкритий уряд) до 21 грудня 2012 року. "
            "Засідання громадської ради при райдержадміністрації, на якому планується розглянути питання про утворення "
            "комісії з питань відкритості та прозорості (п. 10 Плану), перенесено на 18 грудня у зв'язку з відрядженням голови ради. "
            "Після засідання інформацію по всіх пунктах надішлемо одним листом.") +
            "\n\n--\nЗ повагою,\nзавідувач сектору інформаційної діяльності та комунікацій з громадськістю\n"
            "Козелецької РДА Дорошенко Віктор                 mailto:rda-kozelets@example.gov.ua\n")
    root = text_part(wrap(text, 76), "windows-1251", "8bit")
    return message([
        ("Date", "Wed, 12 Dec 2012 16:48:03 +0200"),
        ("From", addr("Дорошенко Віктор", "rda-kozelets@example.gov.ua", "windows-1251", "q")),
        ("Reply-To", addr("Дорошенко Віктор", "rda-kozelets@example.gov.ua", "windows-1251", "q")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1185302773.20121212164803@example.gov.ua>"),
        ("To", UVP),
        ("Subject", hq("Про продовження терміну", "windows-1251")),
        ("X-Mailer", "The Bat! (v4.0.24) Professional"),
        ("MIME-Version", "1.0"),
    ], root)


@mail("12-not_report-varva", key("not_report", "rda-varva", 2, [],
      "Thunderbird announcement of coming public hearings with an .ics attachment; the event is itself a consultation "
      "of the kind measure 6 asks for, but it has not happened yet.", kind="not_report"))
def _():
    N = "12-not_report-varva"
    text = ("Шановні колеги!\n\n" + status(N,
            "Варвинська райдержадміністрація запрошує представників управління взяти участь у громадських слуханнях щодо проекту "
            "Програми розвитку сільських територій Варвинського району на 2013–2015 роки. "
            "Слухання відбудуться 20 червня 2013 року о 14.00 у великому залі районного будинку культури (смт Варва, вул. Шевченка, 21). "
            "Проект програми оприлюднено на сайті райдержадміністрації 31 травня, пропозиції приймаються до 18 червня.") +
            "\n\nДодаю запрошення до календаря.\n\n-- \nБорисенко Світлана\nВарвинська РДА, відділ організаційної роботи\n")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nCREATED:20130607T082711Z\r\nLAST-MODIFIED:20130607T082835Z\r\nDTSTAMP:20130607T082835Z\r\n"
           "UID:7e0e1b36-4d2f-4a4c-9b71-6c2f3e1a9d44\r\nSUMMARY:Громадські слухання: Програма розвитку сільських територій\r\n"
           "DTSTART:20130620T110000Z\r\nDTEND:20130620T130000Z\r\nLOCATION:смт Варва\\, районний будинок культури\r\n"
           "DESCRIPTION:Громадські слухання щодо проекту Програми розвитку сільських територій Варвинського району на 2013-2015 роки\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    ics = fold_ics(ics)
    root = multipart("mixed", [text_part(text, "UTF-8", "8bit", params="; format=flowed"),
                               attach(ics.encode("utf-8"), "text/calendar", "Громадські слухання 20.06.ics", "2231")],
                     "------------000406010303050208040607")
    return message([
        ("Message-ID", "<51B1991B.8060407@example.gov.ua>"),
        ("Date", "Fri, 07 Jun 2013 11:28:43 +0300"),
        ("From", addr("Варвинська РДА", "rda-varva@example.gov.ua", "UTF-8")),
        ("User-Agent", TB17L),
        ("MIME-Version", "1.0"),
        ("To", UVP),
        ("Subject", hb("Запрошення на громадські слухання 20 червня", "UTF-8")),
    ], root)

# ================================================================ class: ranges


@mail("13-ranges-apk", key("ranges", "su-apk", 1,
      [(1, "body"), (2, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body"), (12, "body")],
      "Outlook 2007 body that answers 'пп. 1–2' in one paragraph and 'пп. 6-9, 12' in one long paragraph covering five "
      "measures at once."))
def _():
    N = "13-ranges-apk"
    text = ("Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
            "Головне управління агропромислового розвитку облдержадміністрації на виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області повідомляє.\n\n"
            "Щодо пп. 1–2. " + status(N,
            "На сторінці головного управління на сайті облдержадміністрації розміщено структуру, графік особистого прийому "
            "громадян керівництвом, перелік адміністративних послуг та бланки заяв. "
            "Для рубрики «Хід виконання цільових програм» підготовлено та 05.12.2012 передано звіти про виконання обласних "
            "програм підтримки індивідуальних сільських забудовників «Власний дім» та розвитку молочного скотарства.") + "\n\n"
            "Щодо пп. 6-9, 12. " + status(N,
            "Проект обласної програми розвитку меліорації земель на 2013–2017 роки обговорено з громадськістю 15.11.2012 "
            "на нараді в с. Ковчин Куликівського району за участю 38 фермерів, представників Асоціації фермерів та "
            "приватних землевласників області. "
            "До складу обласної комісії з питань захисту прав споживачів аграрної продукції та до конкурсної комісії з відбору "
            "проектів часткового відшкодування відсотків за кредитами включено по одному представнику громадських організацій. "
            "Голова комітету з питань аграрної політики Громадської ради при облдержадміністрації Прокопенко Г.В. "
            "з жовтня 2012 року є членом колегії головного управління. "
            "Члени громадської ради брали участь в обговоренні проекту розпорядження про обсяги державного замовлення на підготовку "
            "фахівців аграрного профілю. "
            "За пропозиціями громадської антикорупційної експертизи, проведеної ГО «Агроконтроль», доопрацьовано порядок "
            "конкурсного відбору суб’єктів господарювання на отримання державної підтримки.") + "\n\n"
            "Заступник начальника головного управління\tМ.І. Ващенко\n\nВик. Литвин О.А., 67-43-12\n")
    html = word_html(mso_p(text.replace("\t", "    "))).replace("%%CS%%", "windows-1251")
    root = multipart("alternative", [text_part(text, "windows-1251", "quoted-printable"),
                                     text_part(html, "windows-1251", "quoted-printable", "html")],
                     "----=_NextPart_000_0005_01CDD2B4.6C0F8A60")
    return message([
        ("From", addr("ГУ агропромислового розвитку", "apk@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("виконання Плану заходів \"Відкритий уряд\"", "windows-1251")),
        ("Date", "Fri, 7 Dec 2012 14:03:11 +0200"),
        ("Message-ID", "<000401cdd47b$2b85d940$82918bc0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3Uey8a7Tq4NjEvTKiWgS6lC3pqyw=="),
        ("Content-Language", "uk"),
    ], root)


@mail("14-ranges-koriukivka", key("ranges", "rda-koriukivka", 1,
      [(1, "Інформація Корюківської РДА.doc"), (6, "Інформація Корюківської РДА.doc"), (7, "Інформація Корюківської РДА.doc"),
       (9, "Інформація Корюківської РДА.doc"), (10, "Інформація Корюківської РДА.doc"), (12, "Інформація Корюківської РДА.doc")],
      "Outlook 2003 mail with a Word 97 .doc table whose number cells read '1', '6 – 7', '9, 10' and '12', "
      "each row covering the listed measures together."))
def _():
    N = "14-ranges-koriukivka"
    F = "Інформація Корюківської РДА.doc"
    rows = [
        ("1", status(N, "Функціонування офіційного веб-сайту райдержадміністрації забезпечується відповідно до вимог постанови "
                        "КМУ від 04.01.2002 № 3. У листопаді 2012 року сайт доповнено розділом «Громадська рада», де розміщено "
                        "положення, склад та протоколи засідань ради.")),
        ("6 – 7", status(N, "Проведено 3 консультації з громадськістю у формі публічних обговорень: щодо тарифів на вивезення "
                            "твердих побутових відходів (12.10.2012), щодо проекту програми «Шкільний автобус» (06.11.2012) та "
                            "щодо графіка роботи Центру надання адміністративних послуг (28.11.2012). "
                            "Представників громадських організацій «Корюківська спілка підприємців» та «Жінки Корюківщини» "
                            "включено до складу районної координаційної ради з питань розвитку підприємництва і "
                            "міжвідомчої комісії з питань протидії торгівлі людьми.")),
        ("9, 10", status(N, "Члени громадської ради взяли участь в обговоренні проектів розпоряджень голови райдержадміністрації "
                            "про районну програму «Турбота» та про затвердження плану діяльності з підготовки проектів "
                            "регуляторних актів на 2013 рік. "
                            "На засіданні громадської ради 30.11.2012 створено комісію з питань відкритості та прозорості діяльності "
                            "райдержадміністрації у складі 3 осіб.")),
        ("12", status(N, "Громадською організацією «Правовий центр «Північ» проведено громадську антикорупційну експертизу проекту "
                         "розпорядження «Про порядок використання коштів районного бюджету на фінансування заходів соціального "
                         "захисту»; отримано 2 пропозиції, які враховано при доопрацюванні документа.")),
    ]
    doc = doc_html('<p align="right">Додаток до листа РДА<br>від 11.12.2012 № 02-12/1876</p>'
                   '<p align="center"><b>Інформація Корюківської райдержадміністрації<br>про виконання Плану заходів з підвищення рівня '
                   'відкритості та прозорості діяльності виконавчої влади в області</b></p>'
                   + table_html(["№ пунктів Плану", "Інформація про виконання"], rows, [90, 560])
                   + '<p>&nbsp;</p><p>Керуючий справами апарату РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Н.В. Кулик</p>', 13)
    docb = office(doc, "doc")
    plain = ("Добрий день!\n\nНадсилаємо інформацію Корюківської райдержадміністрації про виконання Плану заходів "
             "(Відкритий уряд) за 2012 рік.\n\nЗ повагою, загальний відділ Корюківської РДА\n")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n<META http-equiv=Content-Type '
            'content="text/html; charset=windows-1251">\n<META content="MSHTML 6.00.2900.6266" name=GENERATOR></HEAD>\n<BODY>\n'
            + "".join('<DIV><FONT face=Arial size=2>%s</FONT></DIV>\n' % (esc(l) or "&nbsp;") for l in plain.split("\n"))
            + "</BODY></HTML>\n")
    alt = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                    text_part(html, "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0013_01CDD79E.0B3C1F80", preamble="")
    root = multipart("mixed", [alt, attach(docb, "application/msword", F, "2047w")],
                     "----=_NextPart_000_0012_01CDD79E.0B3C1F80")
    return message([
        ("From", addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("Інформація (Відкритий уряд)", "windows-1251")),
        ("Date", "Tue, 11 Dec 2012 10:26:57 +0200"),
        ("Message-ID", "<001101cdd79e$0b3a7e00$6401a8c0@KORADM-PC12>"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Office Outlook, Build 11.0.5510"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
        ("Thread-Index", "Ac3XngqT9xU8b3RdR9K8l5m2eV0Zsw=="),
    ], root)


@mail("15-ranges-sotszakhyst", key("ranges", "su-sotszakhyst", 2,
      [(1, "Довідка_ВУ_УПСЗН_І півріччя.odt"), (6, "Довідка_ВУ_УПСЗН_І півріччя.odt"), (7, "Довідка_ВУ_УПСЗН_І півріччя.odt"),
       (8, "Довідка_ВУ_УПСЗН_І півріччя.odt"), (9, "Довідка_ВУ_УПСЗН_І півріччя.odt"), (12, "Довідка_ВУ_УПСЗН_І півріччя.odt")],
      "Thunderbird mail with an .odt whose section headings read 'Пункт 1', 'Пункти 6 – 8' and 'Пункти 9 і 12'; "
      "the covering text gives the range 'п.п. 1, 6 – 9, 12'."))
def _():
    N = "15-ranges-sotszakhyst"
    F = "Довідка_ВУ_УПСЗН_І півріччя.odt"
    body = ('<p align="center"><b>ДОВІДКА</b><br>про виконання Управлінням праці та соціального захисту населення '
            'облдержадміністрації Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади '
            'в області у I півріччі 2013 року</p>'
            '<p><b>Пункт 1.</b></p><p>' + status(N,
            "На сторінці управління впроваджено електронний сервіс попереднього запису на прийом до фахівців з питань призначення "
            "субсидій. Щомісяця оновлюється інформація про розміри державних соціальних стандартів, з березня розміщуються "
            "відповіді на типові запитання громадян (62 публікації за півріччя).") + '</p>'
            '<p><b>Пункти 6 – 8.</b></p><p>' + status(N,
            "У лютому – квітні 2013 року проведено консультації з громадськістю щодо проекту обласної програми соціальної "
            "підтримки учасників антитерористичних операцій та сімей загиблих: зустрічі в Ніжині, Прилуках і Чернігові, "
            "в яких взяли участь 118 осіб. Представники обласних організацій ветеранів та інвалідів увійшли до складу "
            "обласної координаційної ради з питань соціального захисту. Наказом управління від 18.01.2013 № 9 голову комітету "
            "з питань соціальної політики Громадської ради при облдержадміністрації введено до складу колегії управління.") + '</p>'
            '<p><b>Пункти 9 і 12.</b></p><p>' + status(N,
            "Члени громадської ради розглянули проект розпорядження голови облдержадміністрації «Про організацію оздоровлення "
            "дітей пільгових категорій у 2013 році» (засідання 27.03.2013). ГО «Соціальна ініціатива Чернігівщини» здійснила "
            "громадську експертизу діяльності управління з надання житлових субсидій; за її результатами розроблено план заходів, "
            "з 7 пропозицій виконано 4.") + '</p>'
            '<p>&nbsp;</p><p>Начальник відділу організаційно-аналітичної роботи&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.М. Савченко</p>')
    odt = office(doc_html(body, 14), "odt")
    text = ("Добрий день!\n\nНадсилаємо довідку про виконання п.п. 1, 6 – 9, 12 Плану заходів (Відкритий уряд) за I півріччя "
            "2013 року.\n\n-- \nУправління праці та соціального захисту населення\nЧернігівської облдержадміністрації\n"
            "відділ організаційно-аналітичної роботи, тел. 67-47-06\n")
    root = multipart("mixed", [text_part(text, "UTF-8", "8bit", params="; format=flowed"),
                               attach(odt, "application/vnd.oasis.opendocument.text", F, "2231")],
                     "------------090507020602060003020005")
    return message([
        ("Message-ID", "<51B6F0A4.2000903@example.gov.ua>"),
        ("Date", "Tue, 11 Jun 2013 12:43:32 +0300"),
        ("From", addr("УПСЗН ОДА", "sotszakhyst@example.gov.ua", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", UVP),
        ("Subject", hb("Довідка про виконання Плану заходів (Відкритий уряд)", "UTF-8")),
    ], root)


@mail("16-ranges-sribne", key("ranges", "rda-sribne", 2,
      [(6, "body"), (7, "body"), (9, "body"), (10, "body"), (12, "body")],
      "Russian Outlook Express mail (windows-1251) answering 'пункты 6–7', 'пп. 9, 10' and 'п. 12' in three "
      "paragraphs; no answer on measure 1."))
def _():
    N = "16-ranges-sribne"
    text = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Сребнянская районная государственная администрация информирует о выполнении Плана мероприятий "
            "по повышению уровня открытости и прозрачности деятельности исполнительной власти в области.\n\n"
            "Пункты 6–7. " + status(N,
            "В I полугодии 2013 года проведено 5 консультаций с общественностью, в том числе общественное обсуждение проекта "
            "районной программы развития физической культуры и спорта (26.02.2013, 41 участник) и проекта плана "
            "благоустройства пгт Сребное. "
            "В состав районной комиссии по вопросам защиты прав ребенка и районного совета по делам инвалидов введены "
            "представители двух общественных организаций.") + "\n\n"
            "Пп. 9, 10. " + status(N,
            "Члены общественного совета при РГА приняли участие в обсуждении проекта распоряжения о мерах по обеспечению "
            "летнего отдыха детей. "
            "В составе общественного совета 12.04.2013 создана рабочая группа по вопросам открытости и прозрачности "
            "деятельности РГА из 3 человек.") + "\n\n"
            "П. 12. " + status(N,
            "Общественная антикоррупционная экспертиза проекта распоряжения о порядке предоставления в аренду имущества "
            "проведена районной организацией «Гражданский контроль», замечаний не выявлено.") + "\n\n"
            "Заместитель председателя РГА                    В.Н. Пилипенко\n\nисп. Шевчук Е.И., тел. (04639) 2-17-40\n")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n<META http-equiv=Content-Type '
            'content="text/html; charset=windows-1251">\n<META content="MSHTML 6.00.2900.6266" name=GENERATOR>\n<STYLE></STYLE>\n'
            '</HEAD>\n<BODY bgColor=#ffffff>\n'
            + "".join('<DIV><FONT face="Times New Roman" size=3>%s</FONT></DIV>\n' % (esc(l) or "&nbsp;") for l in text.split("\n"))
            + "</BODY></HTML>\n")
    root = multipart("alternative", [text_part(text, "windows-1251", "quoted-printable"),
                                     text_part(html, "windows-1251", "quoted-printable", "html")],
                     "----=_NextPart_000_000B_01CE6570.4E8D5F20")
    return message([
        ("Message-ID", "<000e01ce6557$3d1c6a80$0201a8c0@sribne>"),
        ("From", addr("Сребнянская РГА", "rda-sribne@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("Информация по Плану мероприятий (Открытое правительство)", "windows-1251")),
        ("Date", "Fri, 7 Jun 2013 15:21:04 +0300"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)

# ================================================================ class: prose


@mail("17-prose-ripky", key("prose", "rda-ripky", 1,
      [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (12, "body")],
      "Thunderbird body of paragraphs with no measure numbers, out of plan order (9, 1, 6+7 in one paragraph, 12)."))
def _():
    N = "17-prose-ripky"
    text = ("Шановні колеги!\n\nРіпкинська районна державна адміністрація інформує про проведену роботу щодо підвищення "
            "відкритості та прозорості діяльності.\n\n" + status(N,
            "Члени громадської ради при райдержадміністрації систематично залучаються до розгляду проектів розпоряджень голови. "
            "Так, 8 листопада на спільному засіданні з постійними комісіями районної ради обговорено проект районної програми "
            "підтримки сімей з дітьми на 2013 рік, а в жовтні – проект розпорядження про впорядкування мережі дошкільних закладів.") + "\n\n"
            + status(N,
            "Інформаційне наповнення офіційного сайту райдержадміністрації приведено у відповідність до чинного законодавства: "
            "розміщено звіти про роботу зі зверненнями громадян, переліки відкритих даних, посилання на сторінки селищних та "
            "сільських рад. На сайті працює рубрика «Запитання до голови», через яку з вересня надійшло 14 запитань.") + "\n\n"
            + status(N,
            "Консультації з громадськістю проводяться відповідно до орієнтовного плану: у жовтні – листопаді відбулися громадські "
            "слухання щодо розміщення сміттєзвалища поблизу с. Пакуль та засідання «круглого столу» з керівниками фермерських "
            "господарств з питань оренди земель запасу. "
            "Голови двох громадських організацій, які брали участь у цих заходах, за їх підсумками увійшли до складу районної "
            "комісії з питань земельних відносин та ради підприємців при райдержадміністрації.") + "\n\n"
            + status(N,
            "Представники районної громадської організації «Ріпкинщина без корупції» провели громадську експертизу діяльності "
            "відділу з питань надання адміністративних послуг. Розроблено заходи на виконання їх пропозицій: встановлено "
            "електронну чергу та розширено години прийому у четвер.") +
            "\n\nЗ повагою,\nсектор з питань внутрішньої політики та зв'язків з громадськістю Ріпкинської РДА\nЛ. Кузьменко\n")
    root = text_part(wrap(text, 72, flowed=True), "UTF-8", "8bit", params="; format=flowed")
    return message([
        ("Message-ID", "<50C71E08.1050802@example.gov.ua>"),
        ("Date", "Tue, 11 Dec 2012 13:49:12 +0200"),
        ("From", addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "UTF-8")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),
        ("MIME-Version", "1.0"),
        ("To", addr("Управління внутрішньої політики", UVP, "UTF-8")),
        ("Subject", hb("Інформація Ріпкинської РДА", "UTF-8")),
    ], root)


@mail("18-prose-kapbud", key("prose", "su-kapbud", 1,
      [(1, "Інформація УКБ.docx"), (2, "Інформація УКБ.docx"), (6, "Інформація УКБ.docx"), (8, "Інформація УКБ.docx")],
      "Outlook 2007 covering letter with a .docx of unnumbered paragraphs (website, programme section, consultation, "
      "collegium); the covering letter itself reports nothing."))
def _():
    N = "18-prose-kapbud"
    F = "Інформація УКБ.docx"
    body = ('<p align="center"><b>Інформація<br>управління капітального будівництва облдержадміністрації щодо підвищення рівня '
            'відкритості та прозорості діяльності</b></p><p style="text-indent:1.25cm">' + status(N,
            "Колегія управління з листопада 2012 року працює в оновленому складі: до неї увійшов голова комітету з питань "
            "розвитку інфраструктури Громадської ради при облдержадміністрації Захарченко І.П., відповідні зміни внесено до "
            "Положення про управління наказом від 29.10.2012 № 163.") + '</p><p style="text-indent:1.25cm">' + status(N,
            "На веб-сторінці управління постійно оновлюється перелік об’єктів будівництва, що фінансуються з державного та "
            "обласного бюджетів, з інформацією про замовника, підрядника, кошторисну вартість і стан готовності. Розміщено "
            "оголошення про проведення процедур закупівель і звіти про їх результати.") + '</p><p style="text-indent:1.25cm">' + status(N,
            "Для рубрики про хід виконання цільових програм підготовлено та передано інформацію про виконання обласної програми "
            "будівництва (придбання) доступного житла за 9 місяців 2012 року.") + '</p><p style="text-indent:1.25cm">' + status(N,
            "21 листопада 2012 року управлінням спільно з Чернігівською міською радою проведено публічне обговорення проекту "
            "реконструкції стадіону «Гагарін» за участю представників спортивних федерацій та мешканців прилеглих вулиць "
            "(близько 70 осіб); пропозиції щодо паркування та озеленення включено до завдання на проектування.") + '</p>'
            '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
            'С.В. Ткач</p>')
    docx = office(doc_html(body, 14), "docx")
    plain = ("Доброго дня!\n\nНа Ваш лист від 28.11.2012 № 04-08/1530 надаємо інформацію управління капітального будівництва "
             "облдержадміністрації (додається).\n\nЗ повагою,\nОльга Дячук\nуправління капітального будівництва\n(0462) 77-48-05\n")
    html = word_html(mso_p(plain)).replace("%%CS%%", "windows-1251")
    alt = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                    text_part(html, "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0021_01CDD64E.98A5B1C0", preamble="")
    root = multipart("mixed", [alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", F, "2047w")],
                     "----=_NextPart_000_0020_01CDD64E.98A5B1C0")
    return message([
        ("From", addr("Дячук Ольга", "kapbud@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("на лист 04-08/1530", "windows-1251")),
        ("Date", "Thu, 6 Dec 2012 10:12:40 +0200"),
        ("Message-ID", "<001f01cdd392$58e93e70$0abbbb50$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3TkljUQz2Sv9nRRD2G3E3bm5C6dw=="),
        ("Content-Language", "uk"),
    ], root)


@mail("19-prose-shchors", key("prose", "rda-shchors", 2,
      [(1, "Щорська РДА_відкритий уряд.pdf"), (7, "Щорська РДА_відкритий уряд.pdf"), (10, "Щорська РДА_відкритий уряд.pdf"),
       (12, "Щорська РДА_відкритий уряд.pdf")],
      "ukr.net web mail from a private box with a PDF of unnumbered paragraphs; the district is named in the letterhead "
      "and signature; the paragraphs cover the website, advisory bodies, the openness commission and an expert review."))
def _():
    N = "19-prose-shchors"
    F = "Щорська РДА_відкритий уряд.pdf"
    body = ('<p align="center"><b>ЩОРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b></p>'
            '<p align="center">вул. Леніна, 21, м. Щорс, 15200, тел. (04654) 2-13-21</p><hr>'
            '<p>07.06.2013 № 01-22/1108</p><p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>'
            'облдержадміністрації</p><p style="text-indent:1.25cm">Про виконання Плану заходів</p><p style="text-indent:1.25cm">' + status(N,
            "Щорська районна державна адміністрація повідомляє, що офіційний веб-сайт райдержадміністрації у I півріччі 2013 року "
            "доповнено розділами «Бюджет району» та «Адміністративні послуги». Забезпечено оприлюднення розпоряджень голови "
            "райдержадміністрації у п’ятиденний строк з дня їх реєстрації.") + '</p><p style="text-indent:1.25cm">' + status(N,
            "До складу районної тристоронньої соціально-економічної ради, ради з питань сім’ї та гендерної рівності і "
            "координаційної ради з питань розвитку малого і середнього підприємництва введено шість членів громадської ради.") + '</p>'
            '<p style="text-indent:1.25cm">' + status(N,
            "Громадська рада при райдержадміністрації, врахувавши рекомендацію голови райдержадміністрації, 5 березня 2013 року "
            "утворила зі свого складу робочу групу з питань відкритості та прозорості діяльності органу влади; її очолює "
            "директор Щорської центральної районної бібліотеки Кравець Н.М.") + '</p><p style="text-indent:1.25cm">' + status(N,
            "У квітні – травні громадською організацією «Щорський громадський контроль» здійснено громадську експертизу "
            "діяльності відділу освіти райдержадміністрації щодо організації харчування учнів. Експертні пропозиції "
            "розглянуто на нараді у голови райдержадміністрації 28.05.2013, затверджено план їх реалізації.") + '</p>'
            '<p>&nbsp;</p><p>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
            '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.І. Гордієнко</p><p><small>Сидоренко 2-14-55</small></p>')
    pdf = office(doc_html(body, 13), "pdf")
    text = ("Доброго дня! Надсилаю інформацію Щорської РДА з особистої пошти, бо на службовій не проходять вкладення.\n"
            "Оригінал направлено поштою.\n\nСидоренко Оксана, Щорська райдержадміністрація\n")
    html = html_of(text)
    alt = multipart("alternative", [text_part(text, "utf-8", "base64"), text_part(html, "utf-8", "base64", "html")],
                    "----FREEMAIL-1370609113-ALT-1v2c", preamble="")
    root = multipart("mixed", [alt, attach(pdf, "application/pdf", F, "2047u")], "----FREEMAIL-1370609113-MIX-1v2c", preamble="")
    return message([
        ("Date", "Fri, 07 Jun 2013 15:45:13 +0300"),
        ("From", addr("Оксана Сидоренко", "oksana_sydorenko82@ukr.net", "utf-8")),
        ("To", UVP),
        ("Subject", hb("Щорська РДА відкритий уряд", "utf-8")),
        ("X-Mailer", "FREEMAIL"),
        ("Message-ID", "<1370609113.114207853.1v2cqa0x@frv28.ukr.net>"),
        ("MIME-Version", "1.0"),
    ], root)


@mail("20-prose-mistobuduvannia", key("prose", "su-mistobuduvannia", 2,
      [(1, "Відкритий уряд - УМА.doc"), (6, "Відкритий уряд - УМА.doc"), (9, "Відкритий уряд - УМА.doc")],
      "The Bat! mail with a Word 97 .doc of unnumbered paragraphs; one paragraph covers both a public consultation and "
      "the public council's discussion of a draft order."))
def _():
    N = "20-prose-mistobuduvannia"
    F = "Відкритий уряд - УМА.doc"
    body = ('<p align="center"><b>Інформація управління містобудування та архітектури облдержадміністрації<br>'
            '(I півріччя 2013 року)</b></p><p style="text-indent:1cm">' + status(N,
            "Громадське обговорення проекту Схеми планування території Чернігівської області тривало з 4 березня по 4 квітня "
            "2013 року: проведено відкриті засідання в Чернігові, Ніжині та Прилуках, надійшло 26 письмових зауважень, звіт про "
            "їх розгляд оприлюднено. Проект розпорядження голови облдержадміністрації про затвердження містобудівної документації "
            "перед поданням розглянуто на засіданні Громадської ради при облдержадміністрації 16.04.2013, члени ради "
            "підтримали документ з урахуванням зауважень щодо зон охорони пам’яток.") + '</p><p style="text-indent:1cm">' + status(N,
            "Веб-сторінку управління наповнено відомостями про містобудівний кадастр, порядок видачі містобудівних умов "
            "та обмежень, реєстр виданих будівельних паспортів. Оновлено контакти посадових осіб і графік прийому.") + '</p>'
            '<p>&nbsp;</p><p>Головний архітектор області&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.М. Руденко</p>')
    docb = office(doc_html(body, 14), "doc")
    text = ("Доброго дня.\n\nНадсилаємо інформацію у вкладенні.\n\n--\nЗ повагою,\n Олександр Лук'яненко\n"
            " управління містобудування та архітектури ОДА\n")
    root = multipart("mixed", [text_part(text, "windows-1251", "8bit"), attach(docb, "application/msword", F, "2047q")],
                     "----------1F8C1F0A1A2C0E47", preamble="")
    return message([
        ("Date", "Mon, 3 Jun 2013 09:07:55 +0300"),
        ("From", addr("Олександр Лук'яненко", "mistobuduvannia@example.gov.ua", "windows-1251", "q")),
        ("Reply-To", addr("Олександр Лук'яненко", "mistobuduvannia@example.gov.ua", "windows-1251", "q")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<402931566.20130603090755@example.gov.ua>"),
        ("To", UVP),
        ("Subject", hq("Відкритий уряд - інформація управління", "windows-1251")),
        ("X-Mailer", "The Bat! (v3.99.3) Professional"),
        ("MIME-Version", "1.0"),
    ], root)

# ================================================================ class: foreign_numbers


@mail("21-foreign_numbers-horodnia", key("foreign_numbers", "rda-horodnia", 1,
      [(1, "body"), (6, "body"), (9, "body"), (12, "body")],
      "Opera Mail koi8-u body numbering its own paragraphs 1.–4. (which are plan measures 1, 6, 9, 12) and full of order "
      "numbers, the resolution № 996, dates and counts; no plan number is written."))
def _():
    N = "21-foreign_numbers-horodnia"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Городнянська районна державна адміністрація повідомляє про хід виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області.\n\n"
            "1. " + status(N, "Розпорядженням голови райдержадміністрації від 17.09.2012 N 312 затверджено Порядок оприлюднення "
            "інформації на офіційному веб-сайті райдержадміністрації та визначено відповідальних осіб у 9 структурних підрозділах. "
            "Станом на 01.12.2012 на сайті розміщено 112 розпоряджень голови та 27 проектів рішень.") + "\n\n"
            "2. " + status(N, "Відповідно до постанови Кабінету Міністрів України від 03.11.2010 N 996 розпорядженням від 05.10.2012 "
            "N 344 затверджено орієнтовний план проведення консультацій з громадськістю на 2013 рік (14 заходів). "
            "15.11.2012 проведено громадські слухання щодо проекту цільової програми \"Охорона здоров'я населення Городнянщини\", "
            "участь взяли 46 осіб.") + "\n\n"
            "3. " + status(N, "У вересні - листопаді 2012 року 6 членів громадської ради взяли участь в обговоренні 3 проектів "
            "розпоряджень голови райдержадміністрації, зокрема щодо тарифів на послуги водопостачання у м. Городня.") + "\n\n"
            "4. " + status(N, "На запит ГО \"Городнянська громадська ініціатива\" (вх. N 02-14/88 від 22.10.2012) надано для "
            "проведення громадської антикорупційної експертизи проект розпорядження про порядок відведення земельних ділянок "
            "для городництва; експертний висновок від 19.11.2012 враховано в повному обсязі.") + "\n\n"
            "Заступник голови райдержадміністрації                  О.В.Карпенко\n")
    root = text_part(wrap(text, 76, flowed=True), "koi8-u", "8bit", params="; format=flowed")
    return message([
        ("Date", "Wed, 05 Dec 2012 10:33:51 +0200"),
        ("To", UVP),
        ("Subject", hb("Городнянська РДА - виконання Плану заходів", "koi8-u")),
        ("From", addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "koi8-u")),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<op.wox3h1xrk1x7yq@oper-pc>"),
        ("User-Agent", "Opera Mail/12.11 (Win32)"),
    ], root)


@mail("22-foreign_numbers-simia", key("foreign_numbers", "su-simia", 1,
      [(1, "Інформація УСМС (Відкритий уряд).docx"), (6, "Інформація УСМС (Відкритий уряд).docx"),
       (7, "Інформація УСМС (Відкритий уряд).docx"), (9, "Інформація УСМС (Відкритий уряд).docx"),
       (12, "Інформація УСМС (Відкритий уряд).docx")],
      "Windows Live Mail with a .docx table carrying three numberings: the row number 1–5, the office's own plan points "
      "'1.1', '2.3' … and the ОДА plan measure; status cells contain sub-items '1)', '2)' and order numbers."))
def _():
    N = "22-foreign_numbers-simia"
    F = "Інформація УСМС (Відкритий уряд).docx"
    rows = [
        ("1", "1.1", "1", status(N, "Сторінку управління на сайті облдержадміністрації доповнено розділами: 1) «Молодіжні програми»; "
                                  "2) «Оздоровлення дітей»; 3) «Спортивні події». Щотижня розміщується 5–7 новин, за "
                                  "жовтень – листопад – 49 матеріалів.")),
        ("2", "2.3", "6", status(N, "Проведено консультації з громадськістю: 1) 18.10.2012 – форум молодіжних громадських "
                                  "організацій «Молодь Чернігівщини: діалог з владою» (112 учасників); 2) 14.11.2012 – "
                                  "круглий стіл щодо проекту обласної програми «Молодь Чернігівщини» на 2013–2017 роки.")),
        ("3", "2.4", "7", status(N, "Наказом від 08.10.2012 № 201 затверджено новий склад молодіжної ради при управлінні, до "
                                  "якої увійшли 15 представників громадських організацій.")),
        ("4", "3.1", "9", status(N, "Проект обласної програми оздоровлення та відпочинку дітей на 2013 рік направлено членам "
                                  "громадської ради при облдержадміністрації; отримано 4 пропозиції, з них враховано 3.")),
        ("5", "4.2", "12", status(N, "ГО «Чернігівський молодіжний центр» проводить громадську експертизу діяльності управління "
                                   "щодо розподілу коштів на фінансування проектів молодіжних організацій, завершення – "
                                   "грудень 2012 року; управлінням надано всі запитувані документи.")),
    ]
    doc = doc_html('<p align="center"><b>ІНФОРМАЦІЯ<br>управління у справах сім’ї, молоді та спорту облдержадміністрації '
                   'про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області'
                   '</b></p><p>Примітка: у графі 2 зазначено номер пункту плану заходів управління, затвердженого наказом '
                   'від 24.09.2012 № 189, у графі 3 – відповідний пункт Плану, затвердженого 10.09.2012.</p>'
                   + table_html(["№ з/п", "Пункт плану управління", "Пункт Плану ОДА", "Стан виконання"], rows, [40, 80, 70, 460]), 12)
    docx = office(doc, "docx")
    text = ("Добрий день!\n\nВ додатку інформація управління у справах сім’ї, молоді та спорту облдержадміністрації.\n\n"
            "Олена Тимошенко\nтел. 67-53-88\n")
    html = ('<HTML><HEAD>\n<META http-equiv=Content-Type content="text/html; charset=utf-8">\n'
            '<META name=GENERATOR content="MSHTML 8.00.6001.19328"></HEAD>\n<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; '
            'PADDING-TOP: 15px" id=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop="true" name="Compose message area">\n'
            + "".join("<DIV>%s</DIV>\n" % (esc(l) or "&nbsp;") for l in text.split("\n")) + "</BODY></HTML>\n")
    alt = multipart("alternative", [text_part(text, "utf-8", "base64"), text_part(html, "utf-8", "base64", "html")],
                    "----=_NextPart_001_0009_01CDD481.91C06330", preamble="")
    root = multipart("mixed", [alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", F, "2047u")],
                     "----=_NextPart_000_0008_01CDD481.91C06330")
    return message([
        ("From", addr("Тимошенко Олена", "simia@example.gov.ua", "utf-8")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("Відкритий уряд", "utf-8")),
        ("Date", "Fri, 30 Nov 2012 12:19:44 +0200"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<4C8E2B1D5A0F4E1B9A7C3D2E1F0A9B8C@simiaPC>"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308"),
    ], root)


@mail("23-foreign_numbers-kulykivka", key("foreign_numbers", "rda-kulykivka", 2,
      [(1, "body"), (6, "body"), (9, "body"), (10, "body")],
      "Outlook 2013 HTML body with its own numbering 1.–4. wrapped around 'п. 6', 'п. 9', 'п. 10', 'п. 1' of the plan; "
      "sub-items 1)–3) and а)–б), dates, counts and an order number sit inside the paragraphs."))
def _():
    N = "23-foreign_numbers-kulykivka"
    text = ("Куликівська райдержадміністрація інформує про виконання Плану заходів за I півріччя 2013 року.\n\n"
            "1. Щодо п. 6 Плану. " + status(N, "Проведено консультації з громадськістю:") + "\n"
            "1) " + status(N, "12.02.2013 – громадське обговорення проекту Програми економічного і соціального розвитку району "
                               "на 2013 рік (смт Куликівка, 57 учасників)") + ";\n"
            "2) " + status(N, "21.03.2013 – зустріч з батьківською громадськістю щодо реорганізації Орлівської ЗОШ І-ІІ ступенів") + ";\n"
            "3) " + status(N, "квітень 2013 року – опитування 300 мешканців району щодо якості надання адміністративних послуг") + ".\n\n"
            "2. Щодо п. 9 Плану. " + status(N, "Розпорядженням голови райдержадміністрації від 14.01.2013 № 8 затверджено порядок "
                               "направлення проектів розпоряджень до громадської ради; у I півріччі члени ради розглянули "
                               "11 проектів і надали 9 пропозицій.") + "\n\n"
            "3. Щодо п. 10 Плану. " + status(N, "Громадська рада за рекомендацією райдержадміністрації утворила у своєму складі "
                               "комісію з питань відкритості та прозорості. До її повноважень належать: а) моніторинг "
                               "оприлюднення розпоряджень; б) аналіз розгляду запитів на публічну інформацію.") + "\n\n"
            "4. Щодо п. 1 Плану. " + status(N, "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог "
                               "законодавства, у травні оновлено розділ «Звернення громадян».") + "\n\n"
            "З повагою\nвідділ організаційної роботи Куликівської РДА\n")
    html_in = "".join('<p class=MsoNormal%s>%s<o:p></o:p></p>\n' % (' style="margin-left:18.0pt"' if re.match(r"\d\)", l) else "",
                                                                    esc(l) or "&nbsp;") for l in text.split("\n"))
    html = word_html(html_in).replace("Microsoft Word 14", "Microsoft Word 15").replace("%%CS%%", "utf-8")
    root = multipart("alternative", [text_part(text, "\"utf-8\"", "base64"), text_part(html, "\"utf-8\"", "base64", "html")],
                     "----=_NextPart_000_0027_01CE623F.9D6B5C90")
    return message([
        ("From", addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "utf-8")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("Інформація за І півріччя 2013 р.", "utf-8")),
        ("Date", "Wed, 5 Jun 2013 08:57:16 +0300"),
        ("Message-ID", "<002601ce61ae$7f28e8b0$7d7aba10$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 15.0"),
        ("Thread-Index", "Ac5hrnwC4l3O1NHXRhOB6V6KJ8X8Eg=="),
        ("Content-Language", "uk"),
    ], root)


@mail("24-foreign_numbers-arkhiv", key("foreign_numbers", "su-arkhiv", 2,
      [(1, "План_заходів_держархів_виконання.xls"), (6, "План_заходів_держархів_виконання.xls"),
       (9, "План_заходів_держархів_виконання.xls"), (12, "План_заходів_держархів_виконання.xls")],
      "Outlook 2003 mail with an .xls of the archive's own plan (points 1.1, 1.2, 2.1, 2.3, 3.2) where the ОДА measure "
      "appears only as '(п. 1 Плану)' etc. inside the status text; points 1.2 and 3.4 add nothing new (3.4 is an internal exhibition)."))
def _():
    N = "24-foreign_numbers-arkhiv"
    F = "План_заходів_держархів_виконання.xls"
    rows = [
        ["1.1", "Оновлення веб-сайту Держархіву області", "травень", status(N,
            "Виконано (п. 1 Плану). На сайті Держархіву області розміщено електронні описи 14 фондів радянського періоду "
            "та путівник по фондах особового походження; з 01.01.2013 сайт відвідали 18,4 тис. користувачів.")],
        ["1.2", "Публікація розпоряджень і наказів", "постійно", status(N,
            "Накази з основної діяльності, що стосуються прав громадян, публікуються на сайті у 5-денний строк.")],
        ["2.1", "Консультації з громадськістю", "I квартал", status(N,
            "26.02.2013 проведено консультації з громадськістю щодо проекту Правил користування документами в читальному залі "
            "архіву у формі відкритого засідання за участю краєзнавців, викладачів ЧНПУ ім. Т.Г. Шевченка та генеалогів "
            "(31 особа) (п. 6 Плану).")],
        ["2.3", "Обговорення проектів з членами громадської ради", "II квартал", status(N,
            "Проект регіональної програми «Архіви Чернігівщини» на 2013–2016 роки розглянуто на засіданні комітету Громадської "
            "ради при облдержадміністрації 17.04.2013 (протокол № 4) – п. 9 Плану.")],
        ["3.2", "Сприяння громадській експертизі", "постійно", status(N,
            "За п. 12 Плану: ГО «Сіверянський літопис» провела громадську експертизу організації доступу до документів "
            "Національного архівного фонду; 5 пропозицій включено до плану роботи архіву на 2013 рік.")],
        ["3.4", "Підготовка виставки «Чернігівщина у документах 1943 року»", "вересень", "Ведеться добір документів."],
    ]
    sheet = [["Виконання плану заходів Державного архіву Чернігівської області щодо підвищення відкритості (наказ від 21.09.2012 № 57-о)",
              None, None, None], [None, None, None, None],
             ["№ з/п плану архіву", "Захід", "Термін", "Стан виконання станом на 05.06.2013"]] + rows
    xls = office(fods([("Лист1", ["narrow", "mid", "narrow", "wide"], sheet)]), "xls", "fods")
    plain = ("Добрий день!\n\nНадсилаю інформацію Державного архіву Чернігівської області про виконання плану заходів "
             "(Відкритий уряд).\n\nЗ повагою,\nГаврилюк Т.О., сектор інформації та використання документів\n")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n<META http-equiv=Content-Type '
            'content="text/html; charset=windows-1251">\n<META content="MSHTML 6.00.2900.6266" name=GENERATOR></HEAD>\n<BODY>\n'
            + "".join('<DIV><FONT face=Arial size=2><SPAN class=203475308-05062013>%s</SPAN></FONT></DIV>\n' % (esc(l) or "&nbsp;")
                      for l in plain.split("\n")) + "</BODY></HTML>\n")
    alt = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                    text_part(html, "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0031_01CE61C4.B36D8E40", preamble="")
    root = multipart("mixed", [alt, attach(xls, "application/vnd.ms-excel", F, "2047w")],
                     "----=_NextPart_000_0030_01CE61C4.B36D8E40")
    return message([
        ("From", addr("Держархів Чернігівської області", "arkhiv@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("інформація Держархіву", "windows-1251")),
        ("Date", "Wed, 5 Jun 2013 14:31:08 +0300"),
        ("Message-ID", "<003001ce61dd$ed5fd0f0$0c01a8c0@ARCHIVE-SEC>"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Office Outlook, Build 11.0.6353"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
        ("Thread-Index", "Ac5h3e1e6Yp8dM1YQhKlO0T5o9VQqA=="),
    ], root)

# ================================================================ class: personal_address


@mail("25-personal_address-ekonomika", key("personal_address", "su-ekonomika", 1,
      [(1, "body"), (2, "body"), (6, "body"), (9, "body")],
      "From a private bigmir.net box; the sending office appears only in the signature in the genitive ('Головного управління "
      "економіки облдержадміністрації'), while the text names УВП as addressee and the finance and education offices as partners."))
def _():
    N = "25-personal_address-ekonomika"
    text = ("Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю!\n\n"
            "Надсилаю нашу інформацію до Плану заходів (Відкритий уряд), бо службова скринька переповнена.\n\n"
            "Пункт 1. " + status(N, "На сторінці головного управління оприлюднено звіт про виконання Програми економічного і "
            "соціального розвитку області за 9 місяців 2012 року, інвестиційний паспорт області та перелік вільних земельних "
            "ділянок для інвесторів.") + "\n\n"
            "Пункт 2. " + status(N, "Разом з Головним фінансовим управлінням облдержадміністрації наповнюємо рубрику «Хід виконання "
            "цільових програм»: станом на 10.12.2012 у ній розміщено паспорти та звіти по 34 обласних цільових програмах, "
            "решту звітів головні розпорядники коштів подадуть до 25 грудня.") + "\n\n"
            "Пункт 6. " + status(N, "Проект Програми економічного і соціального розвитку області на 2013 рік винесено на "
            "публічне громадське обговорення: 19.11.2012 проведено відкрите засідання за участю представників обласних "
            "об’єднань роботодавців, профспілок і громадських організацій (48 осіб), також надійшло 17 пропозицій на "
            "електронну адресу.") + "\n\n"
            "Пункт 9. " + status(N, "Члени Громадської ради при облдержадміністрації взяли участь у засіданні робочої групи "
            "з доопрацювання проекту Програми 26.11.2012, до якого було запрошено також представників управління освіти і науки "
            "щодо показників розвитку мережі навчальних закладів.") + "\n\n"
            "З повагою\nОлександра Іваненко\nначальник відділу стратегічного планування та регіонального розвитку\n"
            "Головного управління економіки облдержадміністрації\nтел. (0462) 67-55-31\n")
    html = "<div>" + html_of(text) + "</div>"
    root = multipart("alternative", [text_part(text, "utf-8", "base64"), text_part(html, "utf-8", "base64", "html")],
                     "=_bigmir_alt_50c87d2b3e91a", preamble="")
    return message([
        ("Date", "Wed, 12 Dec 2012 14:45:31 +0200"),
        ("From", addr("Олександра Іваненко", "o.ivanenko@bigmir.net", "utf-8")),
        ("To", UVP),
        ("Subject", hb("інформація до Плану (відкритий уряд)", "utf-8")),
        ("Message-ID", "<50c87d2b3e91a5.71836044@mail.bigmir.net>"),
        ("X-Mailer", "bigmir)net mail"),
        ("MIME-Version", "1.0"),
    ], root)


@mail("26-personal_address-nosivka", key("personal_address", "rda-nosivka", 1,
      [(1, "body"), (6, "body"), (7, "body"), (10, "body")],
      "Gmail from a private box; the district is named only in the signature ('апарату Носівської райдержадміністрації'), "
      "while the text also names УВП (thanked for a seminar) and the Nizhyn district administration as a partner."))
def _():
    N = "26-personal_address-nosivka"
    text = ("Добрий день!\n\nДякуємо управлінню з питань внутрішньої політики облдержадміністрації за листопадовий семінар для "
            "відповідальних за консультації з громадськістю, матеріали вже використовуємо в роботі. Інформація про виконання Плану:\n\n"
            "- " + status(N, "сайт райдержадміністрації: з жовтня запрацював розділ «Відкриті дані», розміщено 9 наборів даних, "
            "оприлюднюються протоколи засідань колегії та розпорядження голови") + ";\n"
            "- " + status(N, "консультації з громадськістю: разом з Ніжинською райдержадміністрацією 23 листопада проведено "
            "міжрайонний круглий стіл щодо спільного полігону твердих побутових відходів (44 учасники), а 30 листопада – "
            "громадське обговорення проекту районної програми «Шкільний автобус»") + ";\n"
            "- " + status(N, "до районної комісії з питань поновлення прав реабілітованих та до опікунської ради включено "
            "представників ГО «Носівська спілка ветеранів Афганістану» та районної організації Товариства Червоного Хреста") + ";\n"
            "- " + status(N, "громадській раді при райдержадміністрації направлено рекомендацію створити робочу групу з питань "
            "відкритості; 06.12.2012 група утворена у складі 3 членів ради") + ".\n\n"
            "-- \nз повагою, Віра Мартинюк\nголовний спеціаліст відділу організаційної роботи\n"
            "апарату Носівської райдержадміністрації\n")
    html = ('<div dir="ltr">' + html_of(text) + "</div>\n")
    root = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"),
                                     text_part(html, "UTF-8", "quoted-printable", "html")],
                     "e89a8f3ba58b2a4d6f04d0a2b3c7", preamble="")
    return message([
        ("MIME-Version", "1.0"),
        ("Received", "by 10.112.97.165 with HTTP; Fri, 7 Dec 2012 02:27:44 -0800 (PST)"),
        ("Date", "Fri, 7 Dec 2012 12:27:44 +0200"),
        ("Message-ID", "<CAG3pXq=mT5u9vZ1d0b+Ls8Fq3WnK6dE2jR7hYxHc4oP1Jt0Uqw@mail.gmail.com>"),
        ("Subject", hb("інформація Відкритий уряд", "KOI8-U")),
        ("From", addr("Віра Мартинюк", "vira.martyniuk@gmail.com", "KOI8-U")),
        ("To", UVP),
    ], root)


@mail("27-personal_address-sluzhba-ditei", key("personal_address", "su-sluzhba-ditei", 2,
      [(1, "body"), (6, "body"), (7, "body"), (12, "body")],
      "Yandex web mail from a private box; the office is named only in the signature ('Служби у справах дітей "
      "облдержадміністрації'), while the text names УВП and two partner offices (family/youth/sport and education)."))
def _():
    N = "27-personal_address-sluzhba-ditei"
    text = ("Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n"
            "Інформуємо про виконання Плану заходів у I півріччі 2013 року.\n\n" + status(N,
            "Офіційна веб-сторінка служби доповнена банком даних дітей-сиріт, які можуть бути усиновлені (з дотриманням вимог "
            "щодо захисту персональних даних), та розділом «Сімейні форми виховання». Оприлюднено звіт про роботу за 2012 рік.") + "\n\n"
            + status(N,
            "Спільно з Управлінням у справах сім’ї, молоді та спорту облдержадміністрації проведено консультації з громадськістю "
            "щодо проекту регіональної програми розвитку сімейних форм виховання: 4 зустрічі з прийомними батьками та "
            "батьками-вихователями дитячих будинків сімейного типу (квітень – травень, 96 учасників).") + "\n\n"
            + status(N,
            "До складу обласної комісії з питань захисту прав дитини включено представників благодійного фонду «Діти Сіверщини» "
            "та ГО «Асоціація прийомних батьків Чернігівщини».") + "\n\n"
            + status(N,
            "Громадська рада при облдержадміністрації провела громадську експертизу діяльності служби щодо контролю за умовами "
            "утримання дітей в інтернатних закладах, підпорядкованих управлінню освіти і науки; за пропозиціями експертів "
            "затверджено графік спільних перевірок на II півріччя.") + "\n\n"
            "--\nЛюдмила Стеценко,\nзаступник начальника Служби у справах дітей облдержадміністрації\nтел. 67-29-44\n")
    html = "<div>" + html_of(text) + "</div>"
    root = multipart("alternative", [text_part(text, "utf-8", "8bit"), text_part(html, "utf-8", "8bit", "html")],
                     "----==--bound.81342.web22h.yandex.ru", preamble="")
    return message([
        ("Received", "from [37.115.184.203] ([37.115.184.203]) by web22h.yandex.ru with HTTP; Thu, 13 Jun 2013 10:02:18 +0400"),
        ("From", addr("Людмила Стеценко", "stetsenko.lm@yandex.ua", "utf-8")),
        ("To", UVP),
        ("Subject", hb("інформація (відкритий уряд)", "utf-8")),
        ("MIME-Version", "1.0"),
        ("Message-Id", "<81342371107338@web22h.yandex.ru>"),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
        ("Date", "Thu, 13 Jun 2013 09:02:18 +0300"),
    ], root)


@mail("28-personal_address-chernihiv", key("personal_address", "rda-chernihiv", 2,
      [(1, "body"), (6, "body"), (9, "body"), (12, "body")],
      "Russian mail.ru message from a private box; the district is named only in the signature ('Черниговской "
      "райгосадминистрации'), which is easy to confuse with the oblast administration, and the text names УВП and the oblast "
      "education department."))
def _():
    N = "28-personal_address-chernihiv"
    text = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Направляю информацию о выполнении Плана мероприятий (Открытое правительство) за I полугодие 2013 года.\n\n"
            "1. " + status(N, "Официальный веб-сайт: обновлены разделы \"Регуляторная политика\" и \"Публичная информация\", "
            "с марта размещаются еженедельные отчеты о приеме граждан руководством.") + "\n\n"
            "6. " + status(N, "Консультации с общественностью: 19.03.2013 в с. Количевка проведены общественные слушания по проекту "
            "детальной планировки территории под строительство спортивного комплекса (38 участников); 16.05.2013 - "
            "встреча с представителями общественных организаций по вопросам летней оздоровительной кампании, в которой "
            "приняли участие специалисты Управления образования и науки облгосадминистрации.") + "\n\n"
            "9. " + status(N, "Члены общественного совета обсудили проект районной программы поддержки малого бизнеса "
            "на 2013-2014 годы, их предложения по микрокредитованию учтены.") + "\n\n"
            "12. " + status(N, "Общественная экспертиза деятельности отдела по вопросам ведения Государственного реестра избирателей "
            "проведена общественной организацией \"Черниговский избиратель\"; рекомендации выполняются.") + "\n\n"
            "--\nНаталья Гончаренко,\nведущий специалист сектора по вопросам внутренней политики\nЧерниговской райгосадминистрации\n")
    html = html_of(text)
    root = multipart("alternative", [text_part(text, "koi8-r", "base64"), text_part(html, "koi8-r", "base64", "html")],
                     "--=_Part_42893_1371194538", preamble="")
    return message([
        ("From", addr("Наталья Гончаренко", "n.goncharenko77@mail.ru", "koi8-r")),
        ("To", UVP),
        ("Subject", hb("информация Открытое правительство", "koi8-r")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Mail.Ru Mailer 1.0"),
        ("X-Originating-IP", "[91.202.128.77]"),
        ("Date", "Fri, 14 Jun 2013 10:22:18 +0400"),
        ("Reply-To", addr("Наталья Гончаренко", "n.goncharenko77@mail.ru", "koi8-r")),
        ("Message-ID", "<1371190938.734120455@f241.mail.ru>"),
    ], root)

# ================================================================ class: mixed


@mail("29-mixed-pryluky", key("mixed", "rda-pryluky", 1,
      [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (12, "body")],
      "Outlook 2003 (Ukrainian UI) inline forward by the district's general office of a report written by an internal "
      "department address; measure 10 is only promised for January."))
def _():
    N = "29-mixed-pryluky"
    orig = ("Прошу переслати до УВП облдержадміністрації.\n\nІнформація Прилуцької райдержадміністрації про виконання Плану "
            "заходів (Відкритий уряд)\n\n"
            "п.1 " + status(N, "На офіційному веб-сайті райдержадміністрації створено розділ «Громадське обговорення», де з "
            "листопада 2012 року розміщуються проекти рішень для обговорення та звіти про його результати. Забезпечено "
            "оприлюднення інформації про використання бюджетних коштів розпорядниками районного рівня.") + "\n"
            "п.6 " + status(N, "Проведено публічне громадське обговорення проекту Програми розвитку культури Прилуцького району на "
            "2013–2015 роки (20.11.2012, с. Ладан, 35 учасників) та електронні консультації щодо проекту бюджету району на 2013 рік.") + "\n"
            "п.7 " + status(N, "Розпорядженням голови від 22.10.2012 № 457 до складу ради з питань розвитку малого підприємництва "
            "введено голову громадської ради та двох представників громадських організацій.") + "\n"
            "п.9 " + status(N, "Проект розпорядження «Про затвердження плану заходів з підготовки до весняного паводку 2013 року» "
            "розглянуто членами громадської ради в робочому порядку, зауважень не надійшло.") + "\n"
            "п.10 Інформацію надамо після засідання громадської ради у січні 2013 року.\n"
            "п.12 " + status(N, "Громадська антикорупційна експертиза проекту рішення районної ради «Про порядок передачі в оренду "
            "майна спільної власності територіальних громад району» проведена ГО «Прилуцька правозахисна група», "
            "пропозиції враховано.") + "\n\n"
            "Відділ організаційної роботи та інформаційної діяльності\nПрилуцької райдержадміністрації\n")
    fwd_hdr = ("-----Оригінальне повідомлення-----\nВід: Оргвідділ [mailto:orgviddil.pryluky@example.gov.ua] \n"
               "Надіслано: 13 грудня 2012 р. 16:10\nКому: rda-pryluky@example.gov.ua\nТема: Відкритий уряд\n\n")
    plain = "Пересилаємо за належністю.\nЗагальний відділ Прилуцької РДА\n\n" + fwd_hdr + orig
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n<META HTTP-EQUIV="Content-Type" '
            'CONTENT="text/html; charset=windows-1251">\n<META NAME="Generator" CONTENT="MS Exchange Server version 6.5.7638.1">\n'
            '<TITLE>FW: Відкритий уряд</TITLE>\n</HEAD>\n<BODY>\n<DIV><FONT face=Arial size=2>Пересилаємо за належністю.<BR>Загальний '
            'відділ Прилуцької РДА</FONT></DIV>\n<DIV>&nbsp;</DIV>\n<DIV class=OutlookMessageHeader lang=uk dir=ltr align=left>'
            '<FONT face=Tahoma size=2>-----Оригінальне повідомлення-----<BR><B>Від:</B> Оргвідділ '
            '[mailto:orgviddil.pryluky@example.gov.ua] <BR><B>Надіслано:</B> 13 грудня 2012 р. 16:10<BR><B>Кому:</B> '
            'rda-pryluky@example.gov.ua<BR><B>Тема:</B> Відкритий уряд<BR><BR></FONT></DIV>\n'
            + "".join('<DIV><FONT face=Arial size=2>%s</FONT></DIV>\n' % (esc(l) or "&nbsp;") for l in orig.split("\n"))
            + "</BODY></HTML>\n")
    root = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable"),
                                     text_part(html, "windows-1251", "quoted-printable", "html")],
                     "----=_NextPart_000_0052_01CDD9A1.C8B54E10")
    return message([
        ("From", addr("Загальний відділ Прилуцької РДА", "rda-pryluky@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", "FW: " + hb("Відкритий уряд", "windows-1251")),
        ("Date", "Fri, 14 Dec 2012 08:44:09 +0200"),
        ("Message-ID", "<005101cdd9c9$0b2f7e30$6401a8c0@OBSHCHVIDDIL>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
        ("Thread-Index", "Ac3ZPiC4b2wE6tpkSyy9QqT0a5p0UgAgXLsg"),
    ], root)


@mail("30-mixed-novhorod-siverskyi", key("mixed", "rda-novhorod-siverskyi", 2,
      [(1, "Інформація Новгород-Сіверської РДА.docx"), (6, "Інформація Новгород-Сіверської РДА.docx"),
       (7, "Інформація Новгород-Сіверської РДА.docx"), (10, "Інформація Новгород-Сіверської РДА.docx"),
       (12, "Інформація Новгород-Сіверської РДА.docx")],
      "Thunderbird 'forward as attachment': the report is a .docx inside an attached message/rfc822 that itself is a "
      "covering letter from an internal department address; the outer and inner letters report nothing themselves, and the docx row 9 is only a dash."))
def _():
    N = "30-mixed-novhorod-siverskyi"
    F = "Інформація Новгород-Сіверської РДА.docx"
    doc = doc_html('<p align="center"><b>ІНФОРМАЦІЯ</b><br>про виконання Новгород-Сіверською районною державною адміністрацією '
                   'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
                   'за I півріччя 2013 року</p>' + table_html(["№", "Зміст заходу", "Виконання"], [
        ("1", "Інформаційне наповнення офіційного веб-сайту", status(N,
            "На сайті райдержадміністрації створено версію для людей з вадами зору, розміщено реєстр адміністративних послуг "
            "та контакти старост сіл; у I півріччі оприлюднено 286 інформаційних повідомлень.")),
        ("6", "Консультації з громадськістю", status(N,
            "Проведено громадські слухання щодо проекту Програми розвитку туризму в районі на 2013–2015 роки (19.03.2013, "
            "Новгород-Сіверський історико-культурний музей-заповідник «Слово о полку Ігоревім», 52 учасники) та засідання "
            "«круглого столу» з питань охорони лісів від пожеж.")),
        ("7", "Залучення представників ІГС до дорадчо-консультативних органів", status(N,
            "Представник ГО «Сіверщина туристична» введений до складу районної ради з питань туризму (розпорядження від "
            "04.04.2013 № 97).")),
        ("9", "Обговорення проектів розпоряджень членами громадської ради", "-"),
        ("10", "Комісія з питань відкритості та прозорості у складі громадської ради", status(N,
            "Громадська рада розглянула рекомендацію райдержадміністрації на засіданні 28.02.2013 та доручила функції "
            "комісії з питань відкритості своїй постійній комісії з гуманітарних питань.")),
        ("12", "Громадські експертизи", status(N,
            "Громадська експертиза діяльності райдержадміністрації у сфері земельних відносин проводиться громадською "
            "радою з травня 2013 року; для експертів підготовлено 14 запитуваних документів.")),
    ], [30, 200, 420]), 12)
    docx = office(doc, "docx")
    inner_text = ("Доброго дня!\n\nНаправляємо інформацію про виконання Плану заходів за I півріччя 2013 року для "
                  "пересилання в обласну державну адміністрацію.\n\nЛ.В. Коваленко,\nвідділ організаційної роботи та "
                  "взаємодії з громадськістю\n")
    inner_alt = multipart("alternative", [text_part(inner_text, "windows-1251", "quoted-printable"),
                                          text_part(word_html(mso_p(inner_text)).replace("%%CS%%", "windows-1251"),
                                                    "windows-1251", "quoted-printable", "html")],
                          "----=_NextPart_001_0015_01CE66D7.2C9C5A30", preamble="")
    inner_root = multipart("mixed", [inner_alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                       F, "2047w")], "----=_NextPart_000_0014_01CE66D7.2C9C5A30")
    inner = message([
        ("Return-Path", "<orgviddil.ns@example.gov.ua>"),
        ("From", addr("Коваленко Людмила", "orgviddil.ns@example.gov.ua", "windows-1251")),
        ("To", "<rda-novhorod-siverskyi@example.gov.ua>"),
        ("Subject", hb("Інформація по Відкритому уряду", "windows-1251")),
        ("Date", "Wed, 12 Jun 2013 15:02:40 +0300"),
        ("Message-ID", "<001401ce6776$e5bfe6f0$b13fb4d0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5ndukDk4m6rSk6SeyiZ7eR8Qm7Vw=="),
        ("Content-Language", "uk"),
    ], inner_root)
    outer_text = "Пересилаю лист відділу з інформацією по Відкритому уряду.\n\n-- \nЗагальний відділ\nНовгород-Сіверська РДА\n"
    rfc = Part([("Content-Type", 'message/rfc822;\n name="=?UTF-8?B?%s?="' % base64.b64encode(
                    "Інформація по Відкритому уряду.eml".encode()).decode()),
                ("Content-Transfer-Encoding", "8bit"),
                ("Content-Disposition", dict(attach(b"", "x", "Інформація по Відкритому уряду.eml", "2231").headers)
                 ["Content-Disposition"])], inner)
    root = multipart("mixed", [text_part(outer_text, "UTF-8", "8bit", params="; format=flowed"), rfc],
                     "------------020806060908070209030801")
    return message([
        ("Message-ID", "<51B9B9F2.7030508@example.gov.ua>"),
        ("Date", "Thu, 13 Jun 2013 15:27:30 +0300"),
        ("From", addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "UTF-8")),
        ("User-Agent", TB17L),
        ("MIME-Version", "1.0"),
        ("To", UVP),
        ("Subject", "Fwd: " + hb("Інформація по Відкритому уряду", "UTF-8")),
    ], root)


@mail("31-mixed-bobrovytsia", key("mixed", "rda-bobrovytsia", 1,
      [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (10, "body"), (12, "body")],
      "SquirrelMail plain-text body in koi8-u with no charset label at all (Content-Type: text/plain without charset), "
      "so the bytes must be recognised as koi8-u rather than windows-1251."))
def _():
    N = "31-mixed-bobrovytsia"
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\n"
            "Бобровицька райдержадміністрація надає інформацію про виконання Плану заходів (Відкритий уряд).\n\n"
            "П.1. " + status(N, "Сайт райдержадміністрації перенесено на домен bobrovycka-rda.gov.ua; оновлено розділи \"Керівництво\", "
            "\"Структурні підрозділи\", \"Регуляторна діяльність\". За листопад на сайті розміщено 41 новину та 12 розпоряджень.") + "\n\n"
            "П.6. " + status(N, "28.11.2012 у м. Бобровиця проведено громадські слухання щодо проекту генерального плану міста, "
            "присутні 73 особи, протокол оприлюднено на сайті. Проведено також 2 зустрічі з жителями сіл Кобижча та Стара Басань "
            "з питань ремонту доріг.") + "\n\n"
            "П.7. " + status(N, "Голова районної організації ветеранів Гнатюк І.М. та голова ГО \"Бобровицькі підприємці\" "
            "включені до складу районної координаційної ради з питань сприяння зайнятості населення.") + "\n\n"
            "П.9. " + status(N, "Члени громадської ради взяли участь в обговоренні проекту районної програми \"Здоров'я\" на "
            "2013 рік, висловлено 5 пропозицій.") + "\n\n"
            "П.10. " + status(N, "Громадській раді рекомендовано створити комісію з питань відкритості та прозорості діяльності "
            "органу влади, питання розглядалось на засіданні ради 07.12.2012, комісію створено.") + "\n\n"
            "П.12. " + status(N, "Громадських антикорупційних експертиз проектів розпоряджень у звітному періоді не проводилось, "
            "інститути громадянського суспільства з такими пропозиціями не зверталися.") + "\n\n"
            "Завідувач сектору з питань внутрішньої політики\nБобровицької райдержадміністрації Ю.П.Пасічник\n")
    assert "i" not in text.replace("bobrovycka", "")
    root = text_part(wrap(text, 76), "koi8-u", "8bit", label=False)
    return message([
        ("Message-ID", "<50913.193.239.74.5.1354881328.squirrel@mail.example.gov.ua>"),
        ("Date", "Fri, 7 Dec 2012 13:55:28 +0200"),
        ("Subject", hb("Iнформацiя Бобровицької РДА", "koi8-u")),
        ("From", "rda-bobrovytsia@example.gov.ua"),
        ("To", UVP),
        ("User-Agent", "SquirrelMail/1.4.21"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3 (Normal)"),
        ("Importance", "Normal"),
    ], root)


@mail("32-mixed-zdorovia", key("mixed", "su-zdorovia", 2,
      [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (12, "body")],
      "Late report (Monday 17 June 2013, two days after the deadline) written in Outlook 2010's Word-HTML with mso list "
      "markup, spans and <o:p> tags; measures 2 and 9 are not mentioned.", late=True))
def _():
    N = "32-mixed-zdorovia"
    parts = [
        (1, status(N, "На веб-сторінці управління оприлюднюється щомісячна інформація про наявність ліків у лікарнях області "
                      "за програмою «Доступні ліки», розміщено перелік закладів, що надають безоплатну медичну допомогу, та "
                      "порядок оскарження дій медичних працівників."),
            status(N, "Забезпечено розгляд 23 запитів на публічну інформацію, що надійшли в електронній формі.")),
        (6, status(N, "30 травня 2013 року в обласній клінічній лікарні проведено публічне обговорення проекту Концепції "
                      "реформування первинної медичної допомоги в області за участю 84 представників громадськості, медичних "
                      "асоціацій та депутатів."),
            status(N, "Протягом квітня – травня діяла електронна скринька для пропозицій, надійшло 57 звернень.")),
        (7, status(N, "Представників обласної організації Товариства Червоного Хреста та ГО «Пацієнти Чернігівщини» включено "
                      "до складу обласної комісії з питань забезпечення лікарськими засобами пільгових категорій населення."),),
        (8, status(N, "До складу колегії управління наказом від 11.02.2013 № 74 введено голову комітету з питань охорони "
                      "здоров’я Громадської ради при облдержадміністрації Шевченка В.Л."),),
        (12, status(N, "Громадська рада при облдержадміністрації у квітні 2013 року провела громадську експертизу діяльності "
                       "управління у сфері державних закупівель медичного обладнання; розроблено план реалізації 6 експертних "
                       "пропозицій, 2 з них уже виконано."),),
    ]
    S = 'style=\'font-size:14.0pt;font-family:"Times New Roman","serif"\''
    inner = ('<p class=MsoNormal><span lang=UK %s>Добрий день!<o:p></o:p></span></p>\n'
             '<p class=MsoNormal><span lang=UK %s>Вибачте за затримку, надсилаємо інформацію управління охорони здоров’я '
             'облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності '
             'виконавчої влади в області за I півріччя 2013 року.<o:p></o:p></span></p>\n'
             '<p class=MsoNormal><span lang=UK %s><o:p>&nbsp;</o:p></span></p>\n' % (S, S, S))
    plain = ("Добрий день!\n\nВибачте за затримку, надсилаємо інформацію управління охорони здоров’я облдержадміністрації про "
             "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
             "за I півріччя 2013 року.\n\n")
    for n, *paras in parts:
        inner += ('<p class=MsoNormal style=\'text-align:justify\'><b><span lang=UK %s>До пункту %d Плану:<o:p></o:p></span></b></p>\n'
                  % (S, n))
        plain += "До пункту %d Плану:\n" % n
        for para in paras:
            inner += ('<p class=MsoListParagraphCxSpMiddle style=\'margin-left:36.0pt;mso-add-space:auto;text-align:justify;'
                      'text-indent:-18.0pt;mso-list:l0 level1 lfo1\'><![if !supportLists]><span lang=UK %s>'
                      '<span style=\'mso-list:Ignore\'>-<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                      '</span></span></span><![endif]><span lang=UK %s>%s<o:p></o:p></span></p>\n' % (S, S, esc(para)))
            plain += "-          " + para + "\n"
        plain += "\n"
    sig = "З повагою,\nГалина Остапенко\nголовний спеціаліст відділу кадрової та організаційної роботи\nУправління охорони здоров’я ОДА\nтел. 67-39-10\n"
    inner += "<p class=MsoNormal><span lang=UK %s><o:p>&nbsp;</o:p></span></p>\n" % S + mso_p(sig)
    plain += sig
    html = word_html(inner).replace("%%CS%%", "utf-8").replace(
        "span.EmailStyle17", "p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle\n"
        "\t{mso-style-priority:34;\n\tmso-style-type:export-only;\n\tmargin-top:0cm;\n\tmargin-right:0cm;\n\tmargin-bottom:0cm;\n"
        "\tmargin-left:36.0pt;\n\tmargin-bottom:.0001pt;\n\tmso-add-space:auto;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",\"sans-serif\";}\n"
        "@list l0\n\t{mso-list-id:1402173311;\n\tmso-list-type:hybrid;\n\tmso-list-template-ids:-1190183476 -1222398390 68747267;}\n"
        "@list l0:level1\n\t{mso-level-start-at:0;\n\tmso-level-number-format:bullet;\n\tmso-level-text:-;\n\tmso-level-tab-stop:none;\n"
        "\tmso-level-number-position:left;\n\ttext-indent:-18.0pt;\n\tfont-family:\"Times New Roman\",\"serif\";}\nspan.EmailStyle17")
    root = multipart("alternative", [text_part(plain, "\"utf-8\"", "base64"), text_part(html, "\"utf-8\"", "quoted-printable", "html")],
                     "----=_NextPart_000_004B_01CE6B4D.7E1B2C60")
    return message([
        ("From", addr("Остапенко Галина", "zdorovia@example.gov.ua", "utf-8")),
        ("To", "<%s>" % UVP),
        ("Subject", hb("Відкритий уряд - інформація управління охорони здоров'я", "utf-8")),
        ("Date", "Mon, 17 Jun 2013 09:14:52 +0300"),
        ("Message-ID", "<004a01ce6b34$1a9f4c40$4fdde4c0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5rNBgLz8tH8qV1QUeVCHJw1xq4Nw=="),
        ("Content-Language", "uk"),
    ], root)

# ---------------------------------------------------------------- main

CLASSES = ["placeholder", "bottom_post", "not_report", "ranges", "prose", "foreign_numbers",
           "personal_address", "mixed"]


def sentences(text):
    text = re.sub(r"<[^>]+>", " ", text)
    for s in re.split(r"(?<=[.!?;])\s+|\n+", text):
        s = re.sub(r"\s+", " ", s).strip(" -–—>*")
        if len(s) >= 25:
            yield s.lower()


def check(keys, raws):
    import email, email.policy, tomllib
    with open(os.path.join(HERE, "..", "..", "..", "config", "plan.toml"), "rb") as f:
        plan = tomllib.load(f)
    ids = {e["id"]: e for e in plan["executor"]}
    seen_exec, seen_sent, problems = {}, {}, []
    for name, key in keys.items():
        if key["class"] not in CLASSES:
            problems.append("%s: class %s" % (name, key["class"]))
        if key["executor"] not in ids:
            problems.append("%s: executor %s" % (name, key["executor"]))
        if key["executor"] in seen_exec:
            problems.append("%s: executor also in %s" % (name, seen_exec[key["executor"]]))
        seen_exec[key["executor"]] = name
        ms = [i["measure"] for i in key["items"]]
        if ms != sorted(set(ms)) or any(m < 1 or m > 15 for m in ms):
            problems.append("%s: items %s" % (name, ms))
        if (key["kind"] == "not_report") != (key["class"] == "not_report") or (key["kind"] == "not_report" and ms):
            problems.append("%s: kind" % name)
        msg = email.message_from_bytes(raws[name], policy=email.policy.default)
        import email.utils, datetime
        d = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(datetime.timezone(datetime.timedelta(hours=2)))
        lo, hi = {1: ("2012-11-20", "2012-12-14"), 2: ("2013-05-20", "2013-06-14")}[key["period"]]
        deadline = {1: "2012-12-15", 2: "2013-06-15"}[key["period"]]
        day = d.date().isoformat()
        if key["late"] and not (deadline < day <= {1: "2012-12-18", 2: "2013-06-18"}[key["period"]]):
            problems.append("%s: late date %s" % (name, day))
        if not key["late"] and not (lo <= day <= hi):
            problems.append("%s: date %s outside period %d" % (name, day, key["period"]))
        groups = ids[key["executor"]]["groups"]
        owed = {1, 2, 6, 7, 8, 9, 12} if "su" in groups else {1, 6, 7, 9, 10, 12}
        if set(ms) - owed:
            problems.append("%s: measures %s not owed" % (name, sorted(set(ms) - owed)))
        files = {p.get_filename() for p in msg.walk() if p.get_filename()}
        for it in key["items"]:
            if it["source"] != "body" and it["source"] not in files and not any(
                    it["source"] == q.get_filename() for p in msg.walk() if p.get_content_type() == "message/rfc822"
                    for q in p.get_payload()[0].walk()):
                problems.append("%s: source %s not among %s" % (name, it["source"], files))
        for t in STATUS.get(name, []):
            for s in sentences(t):
                if s in seen_sent and seen_sent[s] != name:
                    problems.append("%s and %s share: %s" % (name, seen_sent[s], s[:60]))
                seen_sent.setdefault(s, name)
    return problems


def main():
    only = sys.argv[1:]
    keys, raws = {}, {}
    try:
        for name, key, fn in MAILS:
            if only and name not in only:
                continue
            raw = fn().encode("latin-1")
            raws[name] = raw
            keys[name] = key
            with open(os.path.join(HERE, name + ".eml"), "wb") as f:
                f.write(raw)
            with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=1)
                f.write("\n")
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    problems = check(keys, raws)
    for p in problems:
        print("PROBLEM:", p)
    print("%d mails written%s" % (len(keys), "" if not problems else ", %d problems" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
