#!/usr/bin/env python3
"""Generator of the `below` corpus: 24 replies to uvp@cg.ukrtel.net whose own new text
sits below the quoted mail or between its parts (class bottom_post).

Run:  python3 make.py      (Python 3 standard library; LibreOffice `soffice` for the
three office attachments, which are made once and kept in attachments/).

Every answer key is written by hand beside its mail; nothing in a key is computed from
the mail text.
"""
import base64
import binascii
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")

UVP = "uvp@cg.ukrtel.net"
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
        "в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

MEAS = {
    1: 'З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.',
    2: 'З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».',
    3: 'З метою налагодження діалогу з громадськістю, забезпечення прозорості та відкритості влади забезпечити створення та підтримку роботи веб-ресурсу «Чернігівська громада».',
    4: 'Створити на базі веб-ресурсу «Чернігівська громада» Інтернет-форум з обговорення актуальних питань життєдіяльності області, співпраці влади та громадськості.',
    5: 'Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.',
    6: 'Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    7: 'Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.',
    8: 'Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.',
    9: 'Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    10: 'Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.',
    11: 'Організувати проведення «Днів відкритих дверей» для ознайомлення представників громадськості та ЗМІ з роботою управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації.',
    12: 'Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.',
    13: 'Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.',
    14: 'Розробити та поширити методичні посібники для державних службовців щодо використання інструментів політики сприяння розвитку громадянського суспільства.',
    15: 'Забезпечити організацію громадського обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».',
    16: 'Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net).',
}


# ----------------------------------------------------------------------------------------
# Low-level MIME helpers (messages are assembled by hand so that every header, boundary
# and encoding is exactly as written here).

def when(s, tzh):
    """'2012-12-10 14:37:12', +2 -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tzh)))


def ew(text, charset="utf-8", enc="B", limit=75):
    """RFC 2047 encoded words, each at most 75 characters, folded."""
    if all(ord(c) < 128 for c in text):
        return text

    def one(s):
        b = s.encode(charset)
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        out = []
        for x in b:
            c = chr(x)
            if x < 128 and c.isalnum():
                out.append(c)
            elif x == 32:
                out.append("_")
            else:
                out.append("=%02X" % x)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

    words, cur = [], ""
    for ch in text:
        if cur and limit and len(one(cur + ch)) > limit:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return "\n ".join(words)


def addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, address)
    # One encoded word for the whole name, even past 75 characters (as several real
    # clients do): decoders differ on whitespace between encoded words inside a phrase.
    return "%s <%s>" % (ew(name, charset, enc, limit=None), address)


def text_part(text, charset, cte, subtype="plain", flowed=False, quoted_charset=True):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)  # strict: every mail's text must fit its charset
    cs = '"%s"' % charset if quoted_charset else charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    if cte == "8bit":
        body = data
    elif cte == "quoted-printable":
        body = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    return ([ct, "Content-Transfer-Encoding: " + cte], body)


def multipart(subtype, boundary, parts, preamble=None):
    hdr = ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for h, b in parts:
        body += b"\n--" + boundary.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b.rstrip(b"\n")
    body += b"\n--" + boundary.encode() + b"--\n"
    return (hdr, body)


def pct2231(name):
    return urllib.parse.quote(name.encode("utf-8"), safe="")


def attachment(filename, data, mime, style):
    """style: 'rfc2231' (Thunderbird: filename*0*=UTF-8''...), 'rfc2047' (Outlook: quoted
    encoded words), 'ascii' (plain name)."""
    if style == "ascii":
        ct = 'Content-Type: %s;\n name="%s"' % (mime, filename)
        cd = 'Content-Disposition: attachment;\n filename="%s"' % filename
    elif style == "rfc2047":
        enc = ew(filename, "utf-8", "B").replace("\n ", " ")
        ct = 'Content-Type: %s;\n name="%s"' % (mime, enc)
        cd = 'Content-Disposition: attachment;\n filename="%s"' % enc
    elif style == "rfc2231":
        p = pct2231(filename)
        chunks, cur, i = [], "", 0
        while i < len(p):
            tok = p[i:i + 3] if p[i] == "%" else p[i]
            if len(cur) + len(tok) > 54:
                chunks.append(cur)
                cur = ""
            cur += tok
            i += len(tok)
        chunks.append(cur)
        ct = 'Content-Type: %s;\n name="%s"' % (mime, ew(filename, "UTF-8", "B").replace("\n ", " "))
        lines = []
        for n, c in enumerate(chunks):
            lines.append(" filename*%d*=%s%s" % (n, "UTF-8''" if n == 0 else "", c))
        cd = "Content-Disposition: attachment;\n" + ";\n".join(lines)
    else:
        raise ValueError(style)
    return ([ct, "Content-Transfer-Encoding: base64", cd], base64.encodebytes(data))


def message(headers, part):
    h, b = part
    return ("\n".join(headers + ["MIME-Version: 1.0"] + h) + "\n\n").encode("ascii") + b


def envelope(date, frm, subject, msgid, in_reply_to=None, refs=None, agent=None,
             scharset="utf-8", senc="B", received_from="mail.cg.ukrtel.net", extra=()):
    rec = date + timedelta(minutes=1)
    h = ["Received: from %s by mx.cg.ukrtel.net; %s" % (received_from, format_datetime(rec))]
    h.append("Date: " + format_datetime(date))
    h.append("From: " + frm)
    h.append("To: " + UVP)
    h.append("Subject: " + ew(subject, scharset, senc))
    h.append("Message-ID: " + msgid)
    if in_reply_to:
        h.append("In-Reply-To: " + in_reply_to)
    if refs:
        h.append("References: " + refs)
    if agent:
        h.append(agent)
    h.extend(extra)
    return h


# ----------------------------------------------------------------------------------------
# Quoting helpers.

def q(text, prefix="> ", width=None):
    """Quote every line of text with prefix; optionally re-wrap long lines first."""
    out = []
    for line in text.split("\n"):
        if width and len(prefix) + len(line) > width:
            ind = len(line) - len(line.lstrip(" "))
            pieces = textwrap.wrap(line, width - len(prefix), break_long_words=False,
                                   break_on_hyphens=False, subsequent_indent=" " * (ind + 3 if ind else 0))
        else:
            pieces = [line]
        for p in pieces:
            out.append(prefix + p if p else prefix.rstrip())
    return "\n".join(out)


def reminder_lines(executor, deadline, today, missing, overdue=False, partial=False):
    """The program's reminder (config/templates/reminder.txt.j2) as (measure|None, line)."""
    L = [(None, "Шановні колеги!"), (None, "")]
    if overdue:
        L.append((None, "Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану)." % (deadline, PLAN)))
    else:
        L.append((None, "Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s." % (PLAN, deadline, UVP)))
    L.append((None, ""))
    if partial:
        L.append((None, "Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати відомості щодо пунктів, наведених нижче." % today))
    else:
        L.append((None, "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:" % (today, executor)))
    for m in missing:
        L.append((None, ""))
        L.append((m, "  %d. %s" % (m, MEAS[m])))
    L.append((None, ""))
    L.append((None, "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану."))
    L.append((None, ""))
    L.append((None, "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну."))
    L.append((None, ""))
    L.append((None, "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним."))
    L.append((None, ""))
    L.append((None, "З повагою"))
    L.append((None, OFFICE))
    return L


def receipt_lines(received, subject, executor, period, deadline, recognised, missing):
    """The program's receipt (config/templates/receipt.txt.j2) as (measure|None, line)."""
    L = [(None, "Шановні колеги!"), (None, "")]
    L.append((None, "%s підтверджує отримання Вашого листа від %s «%s»." % (OFFICE, received, subject)))
    L.append((None, ""))
    L.append((None, "Виконавець: %s." % executor))
    L.append((None, "Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline)))
    L.append((None, ""))
    L.append((None, "Розпізнано інформацію щодо таких пунктів плану:"))
    for n, ex in recognised:
        L.append((None, "  • пункт %d: %s" % (n, ex)))
    L.append((None, ""))
    L.append((None, "За цей звітний період ще очікується інформація щодо пунктів плану:"))
    for m in missing:
        L.append((m, "  %d. %s" % (m, MEAS[m])))
    L.append((None, ""))
    L.append((None, "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s." % UVP))
    L.append((None, ""))
    L.append((None, "З повагою"))
    L.append((None, OFFICE))
    return L


def joined(lines):
    return "\n".join(t for _, t in lines)


def inline(lines, answers, prefix="> ", width=None, blank_around=True):
    """Quote the lines; after the quoted line of measure m put answers[m] unquoted."""
    out = []
    for m, t in lines:
        out.append(q(t, prefix, width))
        if m in answers:
            if blank_around:
                out.append("")
            out.append(answers[m])
            if blank_around:
                out.append("")
    return "\n".join(out)


# Segments for mails that carry an HTML alternative:
#   ("new", text)  the office's own text
#   ("attr", text) an attribution line ("... пише:")
#   ("ohead", text) Outlook's From/Sent/To/Subject block
#   ("quote", text, depth)
#   ("raw", html, plain, depth)  a quoted block given as ready HTML and its plain form

def render_plain(segs, prefix=lambda d: "> " * d, width=None):
    out = []
    for s in segs:
        if s[0] == "quote":
            out.append(q(s[1], prefix(s[2]), width))
        elif s[0] == "raw":
            out.append(q(s[2], prefix(s[3]), width))
        else:
            out.append(s[1])
    return "\n".join(out)


def esc(t):
    return "<br>\n".join(html.escape(l, quote=False) if l else "" for l in t.split("\n"))


def render_html(segs, style, charset):
    bq = {
        "gmail": '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">',
        "tb": '<blockquote type="cite">',
        "outlook": '<blockquote style="border:none;border-left:solid #1F497D 1.5pt;padding:0cm 0cm 0cm 4.0pt;margin-left:4.8pt">',
    }[style]
    shift = 1 if style == "outlook" else 0
    body, depth = [], 0
    for s in segs:
        d = s[2] if s[0] == "quote" else (s[3] if s[0] == "raw" else 0)
        d = max(0, d - shift)
        while depth > d:
            body.append("</blockquote>")
            depth -= 1
        while depth < d:
            body.append(bq)
            depth += 1
        if s[0] == "new" and not s[1].strip():
            body.append("<div><br></div>" if style != "outlook" else '<p class="MsoNormal">&nbsp;</p>')
        elif s[0] == "new":
            if style == "outlook":
                body.append('<p class="MsoNormal"><span style="font-size:12.0pt;font-family:\'Times New Roman\',\'serif\'">%s</span></p>' % esc(s[1]))
            else:
                body.append("<div>%s</div>" % esc(s[1]))
        elif s[0] == "attr":
            cls = "gmail_quote" if style == "gmail" else "moz-cite-prefix"
            body.append('<div class="%s">%s</div>' % (cls, esc(s[1])))
        elif s[0] == "ohead":
            body.append('<div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        '<p class="MsoNormal"><span style="font-size:10.0pt;font-family:\'Tahoma\',\'sans-serif\'">%s</span></p></div></div>' % esc(s[1]))
        elif s[0] == "quote":
            body.append("<div>%s</div>" % esc(s[1]))
        elif s[0] == "raw":
            body.append(s[1])
    while depth:
        body.append("</blockquote>")
        depth -= 1
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n%s\n</body></html>\n'
            % (charset, "\n".join(body)))


# ----------------------------------------------------------------------------------------
# Office attachments: made once with LibreOffice and kept in attachments/.

def soffice(src_name, src_text, target, fmt, infilter):
    path = os.path.join(ATT, target)
    if os.path.exists(path):
        with open(path, "rb") as f:
            return f.read()
    os.makedirs(ATT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="below-")
    try:
        src = os.path.join(tmp, src_name)
        with open(src, "w", encoding="utf-8") as f:
            f.write(src_text)
        cmd = ["soffice", "-env:UserInstallation=file://%s/profile" % tmp, "--headless",
               "--infilter=" + infilter, "--convert-to", fmt, "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        out = os.path.join(tmp, os.path.splitext(src_name)[0] + "." + fmt.split(":")[0])
        shutil.copyfile(out, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(path, "rb") as f:
        return f.read()


def docx(target, html_text):
    return soffice("doc.html", html_text, target, "docx:MS Word 2007 XML", "HTML (StarWriter)")


def xlsx(target, rows):
    import csv, io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return soffice("table.csv", buf.getvalue(), target, "xlsx:Calc MS Excel 2007 XML", "CSV:44,34,76,1")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

MAILS = []


def add(name, eml, key):
    MAILS.append((name, eml, key))


def key(executor, period, note, items, late=False, kind="report", reason=None):
    return {"class": "bottom_post", "executor": executor, "period": period, "late": late,
            "kind": kind, "reason": reason, "note": note,
            "items": [{"measure": m, "source": s} for m, s in items]}


REM_SUBJ = "Нагадування про подання інформації (п. 16 Плану заходів «Відкритий уряд»)"
REM_SUBJ_LATE = "Нагадування: термін подання інформації минув (п. 16 Плану заходів «Відкритий уряд»)"
RCPT_SUBJ = "Підтвердження отримання інформації (План заходів «Відкритий уряд»)"
TB17 = "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"
TB24 = "User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"
LITV = "Литвиненко Оксана <uvp@cg.ukrtel.net>"

# ========================================================================================
# b01 — Бахмацька РДА answers under each item of the program's reminder (Thunderbird, "> ").

def b01():
    lines = reminder_lines("Бахмацька районна державна адміністрація", "15.12.2012", "07.12.2012",
                           [1, 6, 7, 9, 10, 12])
    answers = {
        1: "На сайті райдержадміністрації створено розділ «Доступ до публічної інформації», оновлено рубрики «Регуляторна політика» та «Звернення громадян». За листопад розміщено 46 інформаційних матеріалів.",
        6: "Проведено 3 консультації з громадськістю: публічне громадське обговорення проекту районного бюджету на 2013 рік (23.11.2012, 41 учасник), «круглий стіл» щодо програми підтримки малого підприємництва (06.11.2012) та електронне обговорення тарифів на вивезення ТПВ у м. Бахмач.",
        7: "До складу координаційної ради з питань розвитку підприємництва та комісії з питань захисту прав дитини включено по одному представнику громадських організацій (ГО «Бахмацька ініціатива», районна організація ветеранів).",
        9: "Інформація по цьому пункту буде надана додатково після засідання громадської ради.",
        10: "Громадській раді при РДА надіслано відповідну рекомендацію; рішенням громадської ради від 29.11.2012 створено робочу групу з питань відкритості та прозорості діяльності РДА (5 осіб, керівник – Тимошенко В.П.).",
        12: "Запитів на проведення громадської експертизи від інститутів громадянського суспільства у 2012 р. не надходило, експертизи не проводились.",
    }
    text = ("07.12.2012 9:00, uvp@cg.ukrtel.net пише:\n"
            + inline(lines, answers)
            + "\n\n-- \nГоловний спеціаліст відділу організаційної роботи та\nвнутрішньої політики апарату Бахмацької РДА\nКовтун Наталія Іванівна\nтел. (04635) 2-14-57\n")
    d = when("2012-12-10 14:37:12", 2)
    h = envelope(d, addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua"), "Re: " + REM_SUBJ,
                 "<50C5E7F8.3040508@example.gov.ua>", "<zvit.reminder.20121207.rda-bakhmach@cg.ukrtel.net>",
                 "<zvit.reminder.20121207.rda-bakhmach@cg.ukrtel.net>", TB17)
    eml = message(h, text_part(text, "UTF-8", "8bit", quoted_charset=False))
    add("b01_reminder_inline_answers", eml, key(
        "rda-bakhmach", 1,
        "Thunderbird reply answering under each quoted item of the program's reminder; the answer under item 9 only promises the information later, and the quoted measure texts between the answers are not items.",
        [(1, "body"), (6, "body"), (7, "body"), (10, "body"), (12, "body")]))


# ========================================================================================
# b02 — Управління культури: Outlook 2007 (Russian UI), unmarked quote of the coordinator's
# letter, the report typed below it.

def b02():
    quoted = """Шановні колеги!

Відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови облдержадміністрації 10.09.2012, просимо до 15 грудня 2012 року надати інформацію про виконання заходів, виконавцями яких визначено ваші підрозділи.

Звертаємо увагу, що інформацію слід подавати окремо за кожним пунктом плану із зазначенням конкретних заходів, дат та кількості учасників.

З повагою
Оксана Литвиненко
головний спеціаліст відділу зв'язків з громадськістю
управління з питань внутрішньої політики та зв'язків з громадськістю ОДА
тел. 67-50-12"""
    own = """Інформація управління культури і туризму облдержадміністрації про виконання Плану заходів (станом на 13.12.2012)

п.2. У рубриці «Хід виконання цільових програм» офіційного сайту ОДА розміщено звіт про виконання обласної програми розвитку культури і туризму на 2012 рік за 9 місяців (08.11.2012).

п.6. Проведено консультації з громадськістю щодо проекту Програми розвитку туризму в Чернігівській області на 2013–2015 роки: засідання за «круглим столом» 16.10.2012 (28 учасників, у т.ч. представники 9 громадських організацій) та електронні консультації на сайті управління (надійшло 14 пропозицій, 6 враховано).

п.7. До складу науково-методичної ради з питань охорони культурної спадщини включено двох представників громадськості – від обласної організації Українського товариства охорони пам'яток історії та культури і від ГО «Сіверський край».

п.8. Голову комітету з гуманітарних питань Громадської ради при ОДА Кравченка М.В. введено до складу колегії управління (наказ від 01.11.2012 № 167); змін до Положення про управління не вносили, бо потреби не було.

п.9. Проект Програми розвитку туризму обговорено на засіданні комітету з гуманітарних питань Громадської ради 20.11.2012, пропозиції членів ради враховано в доопрацьованому проекті.

п.12. Пропозицій щодо проведення громадської експертизи діяльності управління у звітному періоді не надходило.

Начальник відділу культурно-освітньої роботи
Г.Ю. Остапенко
тел. 67-32-08"""
    text = ("\n\n-----Исходное сообщение-----\n"
            "От: УВП [mailto:uvp@cg.ukrtel.net] \n"
            "Отправлено: 11 декабря 2012 г. 10:14\n"
            "Кому: kultura@example.gov.ua; osvita@example.gov.ua; zdorovia@example.gov.ua; sotszakhyst@example.gov.ua\n"
            "Тема: Про надання інформації щодо виконання Плану заходів «Відкритий уряд»\n\n"
            + quoted + "\n\n\n" + own + "\n")
    d = when("2012-12-13 16:05:44", 2)
    h = envelope(d, addr("Управління культури і туризму", "kultura@example.gov.ua", "windows-1251", "Q"),
                 "RE: Про надання інформації щодо виконання Плану заходів «Відкритий уряд»",
                 "<000601cdd944$2b7c1e50$8274 5af0$@example.gov.ua>".replace(" ", ""),
                 "<50C6F1A2.7000301@cg.ukrtel.net>", None,
                 "X-Mailer: Microsoft Office Outlook 12.0", "windows-1251", "B",
                 extra=["Thread-Index: Ac3Y8kq3b2m1nQxVSeG7pJk0sJm8zA==", "Content-Language: ru"])
    eml = message(h, text_part(text, "windows-1251", "quoted-printable"))
    add("b02_outlook_ru_unmarked_quote", eml, key(
        "su-kultura", 1,
        "Outlook 2007 (Russian UI) reply whose report sits below an unmarked '-----Исходное сообщение-----' quote of the coordinator's request, which itself names item 16.",
        [(2, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body"), (12, "body")]))


# ========================================================================================
# b03 — Управління освіти adds to the program's receipt, below the quote.

def b03():
    lines = receipt_lines("03.06.2013", "Інформація про виконання плану Відкритий уряд",
                          "Управління освіти і науки облдержадміністрації", 2, "15.06.2013",
                          [(1, "На сайті управління створено розділ «Публічна інформація», де розміщуються…"),
                           (6, "Проведено 4 консультації з громадськістю щодо проекту концепції…"),
                           (7, "До складу атестаційної комісії включено представника…"),
                           (9, "Члени громадської ради взяли участь в обговоренні…")],
                          [2, 8, 12])
    own = """Доповнюємо інформацію управління освіти і науки, надіслану 03.06.2013.

Пункт 2. Звіт про виконання обласної цільової програми «Шкільний автобус» за 2012 рік та І квартал 2013 року передано для розміщення в рубриці «Хід виконання цільових програм» на сайті ОДА (розміщено 17.05.2013).

Пункт 6 (додатково до надісланого). 28 травня 2013 року відбулося публічне громадське обговорення проекту обласної програми оздоровлення та відпочинку дітей на 2013–2015 роки, взяли участь 63 особи, серед них представники батьківських комітетів.

Пункт 8. До складу колегії управління введено голову комітету з питань освіти, науки та молодіжної політики Громадської ради при ОДА Гавриленко Л.М. (наказ управління від 14.01.2013 № 9).

Пункт 12. Громадська антикорупційна експертиза проекту наказу «Про порядок зарахування до профільних класів» проведена ГО «Освітній простір» у квітні 2013 р.; з 5 поданих пропозицій враховано 3.

-- 
Мироненко Ірина Василівна
провідний спеціаліст відділу кадрової роботи та зв'язків з громадськістю
управління освіти і науки Чернігівської ОДА
(0462) 67-45-91"""
    text = "04.06.2013 17:02, uvp@cg.ukrtel.net пише:\n" + q(joined(lines), "> ", 76) + "\n\n" + own + "\n"
    d = when("2013-06-05 11:48:03", 3)
    h = envelope(d, addr("Мироненко Ірина", "osvita@example.gov.ua"), "Re: " + RCPT_SUBJ,
                 "<51AEFB13.9020604@example.gov.ua>", "<zvit.receipt.20130604.su-osvita@cg.ukrtel.net>",
                 "<zvit.receipt.20130604.su-osvita@cg.ukrtel.net>", TB17)
    eml = message(h, text_part(text, "UTF-8", "quoted-printable", flowed=True, quoted_charset=False))
    add("b03_receipt_supplement", eml, key(
        "su-osvita", 2,
        "Reply below the program's receipt: the quote lists recognised items 1, 6, 7, 9 and missing 2, 8, 12; the new text adds 2, 8, 12 and new facts on 6.",
        [(2, "body"), (6, "body"), (8, "body"), (12, "body")]))


# ========================================================================================
# b04 — Коропська РДА from a private Gmail box, report below Gmail's quote.

def b04():
    quoted = """Шановна Олено Миколаївно!

Станом на сьогодні від Коропської райдержадміністрації не надійшла інформація про виконання Плану заходів щодо відкритості та прозорості діяльності влади («Відкритий уряд»). Прохання надіслати її не пізніше 14.12.2012, оскільки узагальнена інформація подається керівництву 17 грудня.

З повагою,
Литвиненко О.
УВП ОДА, 67-50-12"""
    own = """Оксано, добрий день!
Надсилаю інформацію Коропської райдержадміністрації, службова пошта з понеділка не працює, тому з особистої.

1. Сайт РДА постійно оновлюється, розділ "Публічна інформація" наповнено відповідно до Закону, розміщуються проекти рішень і розпоряджень; за квартал розміщено 112 новин.
6. Проведено громадські слухання щодо проекту програми соціально-економічного розвитку району на 2013 рік (30.11.2012, смт Короп, 54 учасники).
7. До складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій та ради з питань соціального захисту включено представників ГО «Коропщина» та районної організації Червоного Хреста.
9. Члени громадської ради взяли участь в обговоренні проекту розпорядження голови РДА про затвердження районної програми «Питна вода» на 2013 р.
10. Громадська рада при РДА на засіданні 15.11.2012 утворила комісію з питань відкритості та прозорості діяльності влади у складі 3 чоловік.
12. Громадських експертиз у звітному періоді не проводилось."""
    sig = """--
З повагою, Сидоренко Олена Миколаївна
головний спеціаліст відділу організаційної роботи
апарату Коропської районної державної адміністрації
тел. (04656) 2-13-40"""
    segs = [("attr", "12 грудня 2012 р. 09:41 користувач УВП <uvp@cg.ukrtel.net> написав:"),
            ("quote", quoted, 1), ("new", ""), ("new", own), ("new", ""), ("new", sig)]
    plain = render_plain(segs)
    htm = render_html(segs, "gmail", "UTF-8")
    body = multipart("alternative", "f46d0444ea7d1b3c2f04d0a8c5e1", [
        text_part(plain, "UTF-8", "base64", quoted_charset=False),
        text_part(htm, "UTF-8", "quoted-printable", "html", quoted_charset=False)])
    d = when("2012-12-12 15:20:31", 2)
    h = envelope(d, addr("Олена Сидоренко", "olena.sydorenko78@gmail.com"),
                 "Re: Коропська РДА - інформація по плану Відкритий уряд",
                 "<CAJx7Lq0wF3kz9P1n8vTQm4yU2cE5bHr+6sGd0aN=pK4oXy1Vw@mail.gmail.com>",
                 "<50C83A41.5000902@cg.ukrtel.net>", "<50C83A41.5000902@cg.ukrtel.net>",
                 received_from="mail-ee0-f45.google.com (mail-ee0-f45.google.com [74.125.83.45])")
    add("b04_gmail_private_below_quote", message(h, body), key(
        "rda-korop", 1,
        "Private Gmail reply below a Gmail '... написав:' quote of the coordinator's letter; the office is named only in the greeting line and the signature.",
        [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (10, "body"), (12, "body")]))


# ========================================================================================
# b05 — Ніжинська РДА: Outlook 2010 (Ukrainian UI), top line "див. нижче", clarification of
# one measure under the coordinator's question.

def b05():
    ohead = ("Від: УВП [mailto:uvp@cg.ukrtel.net] \nНадіслано: 16 квітня 2013 р. 14:25\n"
             "Кому: rda-nizhyn@example.gov.ua\nТема: уточнення по п.10 плану")
    quoted = """Доброго дня!

У наданій Ніжинською РДА інформації за І квартал 2013 року щодо п. 10 Плану заходів зазначено лише, що громадській раді направлено рекомендацію. Просимо уточнити, чи створено громадською радою при РДА комісію (робочу групу) з питань відкритості та прозорості, дату створення та кількісний склад.

Литвиненко О., УВП ОДА"""
    own = """По пункту 10: рекомендацію громадська рада при Ніжинській РДА розглянула на засіданні 27 березня 2013 року, рішенням № 3 утворено робочу групу з питань відкритості та прозорості діяльності райдержадміністрації у складі 4 осіб (голова групи – Рудь С.А., голова ГО «Ніжинська громадська ініціатива»). Положення про робочу групу затверджено на тому ж засіданні. Перше засідання групи планується у травні.

Іванченко Світлана
сектор з питань внутрішньої політики Ніжинської РДА
т. (04631) 2-45-11"""
    segs = [("new", "див. нижче\n\n \n"), ("ohead", ohead), ("new", " "), ("quote", quoted, 1),
            ("new", " \n"), ("new", own)]
    plain = render_plain(segs, prefix=lambda d: "")
    htm = render_html(segs, "outlook", "windows-1251")
    body = multipart("alternative", "----=_NextPart_000_0019_01CE3C1A.7E2F1D40", [
        text_part(plain, "windows-1251", "quoted-printable"),
        text_part(htm, "windows-1251", "quoted-printable", "html")],
        preamble="This is a multi-part message in MIME format.")
    d = when("2013-04-18 10:02:07", 3)
    h = envelope(d, addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "windows-1251", "B"),
                 "RE: уточнення по п.10 плану", "<001a01ce3c01$5d2c7b30$17857190$@example.gov.ua>",
                 "<516D3F9E.2030801@cg.ukrtel.net>", None, "X-Mailer: Microsoft Outlook 14.0",
                 "windows-1251", "B", extra=["Thread-Index: Ac46mF0pX1r8cJ2YQ8OIxS0tb7a1lQ==", "Content-Language: uk"])
    add("b05_outlook_uk_clarify_one", message(h, body), key(
        "rda-nizhyn", 2,
        "Outlook 2010 reply with a 'див. нижче' top line: the answer on the single measure the coordinator asked to clarify sits below the unmarked Від/Надіслано/Кому/Тема quote.",
        [(10, "body")]))


# ========================================================================================
# b06 — Ічнянська РДА: its own earlier report quoted at level 1, the reminder at level 2,
# the supplement below both.

def b06():
    rem = reminder_lines("Ічнянська районна державна адміністрація", "15.06.2013", "05.06.2013",
                         [1, 6, 7, 9, 10, 12])
    earlier = """Інформація Ічнянської РДА про виконання плану заходів за І півріччя 2013 р.

п.6 - проведено 2 консультації з громадськістю (щодо проекту програми розвитку культури району та щодо благоустрою парку ім. Шевченка в м. Ічня), загалом 57 учасників.
п.7 - до складу ради з питань безпечної життєдіяльності населення включено представника ГО «Ічнянське козацтво».

Інформацію по інших пунктах надамо додатково.

Савенко О.П., 2-13-77
"""
    own = """Доповнюємо:

п.1 - у травні оновлено структуру офіційного веб-сайту РДА, додано розділ «Громадська рада» та сервіс електронних звернень громадян.
п.9 - проект розпорядження голови РДА «Про затвердження Програми підтримки сімейних фермерських господарств» обговорено за участю членів громадської ради 21.05.2013, від них надійшло 4 пропозиції.
п.10 - робоча група з питань відкритості та прозорості при громадській раді діє з лютого 2013 р., у І півріччі провела 2 засідання.
п.12 - громадських та антикорупційних експертиз у І півріччі 2013 р. не було.

Савенко О.П.
завідувач сектору з питань внутрішньої політики
Ічнянської райдержадміністрації, 2-13-77"""
    text = ("06.06.2013 16:40, Ічнянська РДА пише:\n" + q(earlier, "> ")
            + "\n> 05.06.2013 9:00, uvp@cg.ukrtel.net пише:\n" + q(joined(rem), ">> ", 78)
            + "\n>\n\n" + own + "\n")
    d = when("2013-06-10 09:15:40", 3)
    h = envelope(d, addr("Ічнянська райдержадміністрація", "rda-ichnia@example.gov.ua", "windows-1251", "B"),
                 "Re: Re: " + REM_SUBJ, "<51B56EBC.4050003@example.gov.ua>",
                 "<51B08A31.1010908@example.gov.ua>",
                 "<zvit.reminder.20130605.rda-ichnia@cg.ukrtel.net> <51B08A31.1010908@example.gov.ua>",
                 TB17, "windows-1251", "B")
    eml = message(h, text_part(text, "windows-1251", "8bit", quoted_charset=False))
    add("b06_two_level_own_report_and_reminder", eml, key(
        "rda-ichnia", 2,
        "The office's own earlier report on items 6 and 7 is quoted at level 1 and the reminder at level 2; only the supplement below both (1, 9, 10, 12, with 12 'не було') counts.",
        [(1, "body"), (9, "body"), (10, "body"), (12, "body")]))


# ========================================================================================
# b07 — Срібнянська РДА (The Bat!): a question typed under quoted item 12. Not a report.

def b07():
    lines = reminder_lines("Срібнянська районна державна адміністрація", "15.12.2012", "06.12.2012",
                           [1, 6, 7, 9, 10, 12])
    question = ("Питання по цьому пункту: інформацію подавати лише щодо громадських антикорупційних експертиз "
                "проектів розпоряджень чи також щодо експертиз діяльності РДА, які ініціюють громадські організації? "
                "І чи включати експертизи, проведені на рівні сільських рад? Підкажіть, будь ласка, щоб правильно "
                "підготувати звіт, решту пунктів зараз готуємо.")
    text = ("Здравствуйте, uvp.\n\nВы писали 6 декабря 2012 г., 9:00:\n\n"
            + inline(lines, {12: question}, "> ")
            + "\n\n\n\n-- \nС уважением,\n Сергій Мазур, провідний спеціаліст відділу організаційної роботи\n"
              " Срібнянської РДА                      mailto:rda-sribne@example.gov.ua\n")
    d = when("2012-12-07 12:30:18", 2)
    h = envelope(d, addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251", "B"),
                 "Re: " + REM_SUBJ, "<1790243650.20121207123018@example.gov.ua>",
                 "<zvit.reminder.20121206.rda-sribne@cg.ukrtel.net>",
                 "<zvit.reminder.20121206.rda-sribne@cg.ukrtel.net>",
                 "X-Mailer: The Bat! (v4.2.44.2) Professional", "windows-1251", "B",
                 extra=["Reply-To: " + addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251", "B")])
    eml = message(h, text_part(text, "windows-1251", "8bit"))
    add("b07_thebat_question_not_report", eml, key(
        "rda-sribne", 1,
        "The Bat! reply that only asks, under quoted item 12, how to report that item and says the rest is being prepared: a question, no report.",
        [], kind="not_report", reason="question"))


# ========================================================================================
# b08 — Управління ЖКГ, Outlook 2003 English UI: promise under the unmarked reminder.

def b08():
    rem = joined(reminder_lines("Управління житлово-комунального господарства облдержадміністрації",
                                "15.12.2012", "11.12.2012", [1, 2, 6, 7, 8, 9, 12]))
    own = """Добрий вечір. Інформацію управління ЖКГ по плану надамо до 14.12, документ зараз на підписі у начальника управління. Вибачте за затримку.

Марченко Ірина Володимирівна
відділ організаційно-кадрової роботи
управління ЖКГ облдержадміністрації
тел. 77-41-09"""
    text = ("\n\n-----Original Message-----\nFrom: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
            "Sent: Tuesday, December 11, 2012 9:00 AM\nTo: zhkh@example.gov.ua\nSubject: " + REM_SUBJ + "\n\n"
            + rem + "\n\n \n\n" + own + "\n")
    d = when("2012-12-11 17:45:02", 2)
    h = envelope(d, addr("Управління ЖКГ", "zhkh@example.gov.ua", "windows-1251", "Q"),
                 "RE: " + REM_SUBJ, "<000c01cdd7b8$e1a2b3c0$a4e81b40$@example.gov.ua>",
                 "<zvit.reminder.20121211.su-zhkh@cg.ukrtel.net>", None,
                 "X-Mailer: Microsoft Office Outlook 11", "windows-1251", "Q",
                 extra=["Thread-Index: Ac3XfR2qk0d7L1mEQRqPz+8s0yDkWQ=="])
    eml = message(h, text_part(text, "windows-1251", "quoted-printable"))
    add("b08_outlook2003_promised_later", eml, key(
        "su-zhkh", 1,
        "Outlook 2003 reply below an unmarked '-----Original Message-----' copy of the reminder that lists seven items, saying only that the information will come by 14.12.",
        [], kind="not_report", reason="promised_later"))


# ========================================================================================
# b09 — Менська РДА, Outlook 2010: "Інформацію додаємо." below the unmarked reminder,
# report in a .docx with an RFC 2047 (Outlook-style) Cyrillic name.

B09_DOC = """<html><head><meta charset="utf-8"><title>Інформація</title></head><body>
<p align="center"><b>ІНФОРМАЦІЯ<br>Менської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (станом на 14.12.2012)</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>№ пункту плану</th><th>Стан виконання</th></tr>
<tr><td>1</td><td>Офіційний веб-сайт райдержадміністрації (mena-rda.gov.ua) функціонує відповідно до вимог законодавства, щоденно оновлюється. У IV кварталі створено підрозділ «Регуляторна діяльність», розміщено 9 проектів регуляторних актів.</td></tr>
<tr><td>6</td><td>Проведено 4 консультації з громадськістю у формі публічного громадського обговорення: щодо проекту районного бюджету на 2013 рік, програми розвитку фізкультури і спорту, реорганізації Менської ЦРЛ, тарифів на теплопостачання (загалом 173 учасники).</td></tr>
<tr><td>7</td><td>Представників громадських організацій включено до складу 6 дорадчих органів при РДА, зокрема ради підприємців та комісії з питань захисту прав дитини.</td></tr>
<tr><td>9</td><td>Члени громадської ради при РДА взяли участь в обговоренні проектів 3 розпоряджень голови РДА та програми «Турбота» на 2013 рік.</td></tr>
<tr><td>10</td><td>На засіданні громадської ради 22.11.2012 розглянуто рекомендацію щодо створення комісії з питань відкритості та прозорості; комісію створено у складі 5 осіб.</td></tr>
<tr><td>12</td><td>Громадські експертизи діяльності РДА у 2012 р. не проводились, запитів не надходило.</td></tr>
</table>
<p>Заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В.І. Зінченко</p>
</body></html>
"""


def b09():
    rem = joined(reminder_lines("Менська районна державна адміністрація", "15.12.2012", "12.12.2012",
                                [1, 6, 7, 9, 10, 12]))
    ohead = ("-----Оригінальне повідомлення-----\nВід: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
             "Надіслано: 12 грудня 2012 р. 9:00\nКому: rda-mena@example.gov.ua\nТема: " + REM_SUBJ)
    own = "Інформацію додаємо.\n\nЗагальний відділ апарату Менської РДА\n(04644) 2-11-38"
    segs = [("new", " \n"), ("ohead", ohead), ("new", ""), ("quote", rem, 1), ("new", "\n \n"), ("new", own)]
    plain = render_plain(segs, prefix=lambda d: "")
    htm = render_html(segs, "outlook", "utf-8")
    name = "Інформація Менської РДА.docx"
    data = docx("b09.docx", B09_DOC)
    body = multipart("mixed", "----=_NextPart_000_0007_01CDD9E3.5A4B2C60", [
        multipart("alternative", "----=_NextPart_001_0008_01CDD9E3.5A4B2C60", [
            text_part(plain, "utf-8", "base64"),
            text_part(htm, "utf-8", "quoted-printable", "html")]),
        attachment(name, data, DOCX, "rfc2047")],
        preamble="This is a multipart message in MIME format.")
    d = when("2012-12-14 11:10:26", 2)
    h = envelope(d, addr("Менська РДА", "rda-mena@example.gov.ua"), "RE: " + REM_SUBJ,
                 "<002101cdd9e3$5a4b2c60$0ee18520$@example.gov.ua>",
                 "<zvit.reminder.20121212.rda-mena@cg.ukrtel.net>", None,
                 "X-Mailer: Microsoft Outlook 14.0", extra=["Content-Language: uk"])
    add("b09_outlook_docx_below_reminder", message(h, body), key(
        "rda-mena", 1,
        "Outlook 2010 reply whose only new text under the unmarked reminder is 'Інформацію додаємо.'; the report on six items is a table in a .docx with an RFC 2047 Cyrillic name.",
        [(1, name), (6, name), (7, name), (9, name), (10, name), (12, name)]))


# ========================================================================================
# b10 — Управління екології: the reminder's table filled in and sent back as .xlsx, a day
# and a half after the deadline (late).

def b10():
    rem = reminder_lines("Управління екології та природних ресурсів облдержадміністрації", "15.06.2013",
                         "16.06.2013", [1, 2, 6, 7, 8, 9, 12], overdue=True)
    rows = [["№ пункту", "Зміст пункту плану", "Інформація про виконання"],
            ["1", MEAS[1], "На сайті управління оновлено розділи «Екологічна інформація» та «Доступ до публічної інформації», щомісяця публікується огляд стану довкілля області."],
            ["2", MEAS[2], "-"],
            ["6", MEAS[6], "Проведено консультації щодо проекту Регіональної програми охорони навколишнього природного середовища на 2013-2015 рр. (громадські слухання 19.03.2013, 38 учасників) та щодо створення регіонального ландшафтного парку «Ялівщина»."],
            ["7", MEAS[7], "Представники ГО «Зелений світ» та обласного товариства мисливців і рибалок включені до складу науково-технічної ради управління."],
            ["8", MEAS[8], "немає"],
            ["9", MEAS[9], "Члени комітету з питань екології Громадської ради при ОДА взяли участь в обговоренні проекту розпорядження голови ОДА про ліміти використання природних ресурсів на 2013 р."],
            ["12", MEAS[12], "Громадських експертиз діяльності управління та антикорупційних експертиз проектів наказів у I півріччі 2013 р. не проводилось."]]
    name = "Таблиця пунктів плану_екологія.xlsx"
    data = xlsx("b10.xlsx", rows)
    own = "Інформацію додаємо, таблицю заповнено.\n\n-- \nСектор зв'язків з громадськістю\nуправління екології та природних ресурсів ОДА\nтел. 67-21-94"
    text = "16.06.2013 9:00, uvp@cg.ukrtel.net пише:\n" + q(joined(rem), "> ", 72) + "\n\n" + own + "\n"
    body = multipart("mixed", "------------090601080307050402030706", [
        text_part(text, "UTF-8", "8bit", flowed=True, quoted_charset=False),
        attachment(name, data, XLSX, "rfc2231")],
        preamble="This is a multi-part message in MIME format.")
    d = when("2013-06-17 10:20:55", 3)
    h = envelope(d, addr("Управління екології", "ekolohiia@example.gov.ua"), "Re: " + REM_SUBJ_LATE,
                 "<51BEB8A7.8000206@example.gov.ua>", "<zvit.reminder.20130616.su-ekolohiia@cg.ukrtel.net>",
                 "<zvit.reminder.20130616.su-ekolohiia@cg.ukrtel.net>", TB17)
    add("b10_filled_table_xlsx_late", message(h, body), key(
        "su-ekolohiia", 2,
        "Late Thunderbird reply below the overdue reminder saying only that the information is attached; the returned .xlsx has placeholders ('-', 'немає') for items 2 and 8, which are not items.",
        [(1, name), (6, name), (7, name), (9, name), (12, name)], late=True))


# ========================================================================================
# b11 — Головне фінансове управління: Thunderbird HTML reply below a <blockquote> holding
# the HTML reminder with its table.

def b11():
    missing = [1, 2, 6, 7, 8, 9, 12]
    rows = "".join('<tr><td align="center">%d</td><td>%s</td></tr>\n' % (m, html.escape(MEAS[m], quote=False)) for m in missing)
    rem_html = ("<p>Шановні колеги!</p>\n<p>Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до 15.06.2013 на адресу електронної пошти %s.</p>\n"
                "<p>Станом на 27.05.2013 від Головного фінансового управління облдержадміністрації не надійшла інформація за звітний період щодо таких пунктів плану:</p>\n"
                '<table border="1" cellpadding="4" cellspacing="0"><tr><th>№</th><th>Пункт плану</th></tr>\n%s</table>\n'
                "<p>Для зручності до листа додано таблицю з переліком цих пунктів. Можна також надіслати інформацію у довільній формі, зазначивши номери пунктів плану.</p>\n"
                "<p>Просимо дотримуватися встановленого терміну.</p>\n<p>Це повідомлення сформоване автоматично.</p>\n<p>З повагою<br>\n%s</p>"
                % (html.escape(PLAN, quote=False), UVP, rows, html.escape(OFFICE, quote=False)))
    rem_plain = ("Шановні колеги!\n\nНагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до 15.06.2013 на адресу електронної пошти %s.\n\n"
                 "Станом на 27.05.2013 від Головного фінансового управління облдержадміністрації не надійшла інформація за звітний період щодо таких пунктів плану:\n\n"
                 "№ 	Пункт плану\n%s\n\n"
                 "Для зручності до листа додано таблицю з переліком цих пунктів. Можна також надіслати інформацію у довільній формі, зазначивши номери пунктів плану.\n\n"
                 "Просимо дотримуватися встановленого терміну.\n\nЦе повідомлення сформоване автоматично.\n\nЗ повагою\n%s"
                 % (PLAN, UVP, "\n".join("%d 	%s" % (m, MEAS[m]) for m in missing), OFFICE))
    own = """Інформація Головного фінансового управління облдержадміністрації:

п. 2 – рубрика «Виконання місцевих бюджетів Чернігівської області» на сайті ОДА наповнюється щомісячно: розміщуються дані про виконання зведеного бюджету області за доходами та видатками, станом на 01.05.2013 розміщено 4 звіти за 2013 рік.
п. 1 – на сайті управління створено підрозділ «Бюджет для громадян» з інфографікою щодо обласного бюджету на 2013 рік.
п. 6 – 14.03.2013 проведено «круглий стіл» за участю представників громадськості щодо виконання обласного бюджету за 2012 рік.
п. 8 – голову комітету з питань бюджету та фінансів Громадської ради при ОДА Ковальчука С.М. введено до складу колегії управління (наказ від 12.02.2013 № 18).
п. 9 – проект рішення обласної ради «Про внесення змін до обласного бюджету на 2013 рік» направлявся членам Громадської ради для обговорення, отримано 7 пропозицій.

Виконавець: Гнатюк Л.П., 67-11-53"""
    segs = [("attr", "27.05.2013 9:00, uvp@cg.ukrtel.net пише:"), ("raw", rem_html, rem_plain, 1),
            ("new", ""), ("new", own)]
    plain = render_plain(segs, width=76)
    htm = render_html(segs, "tb", "UTF-8")
    body = multipart("alternative", "------------070508090601020304050607", [
        text_part(plain, "UTF-8", "quoted-printable", flowed=True, quoted_charset=False),
        text_part(htm, "UTF-8", "quoted-printable", "html", quoted_charset=False)],
        preamble="This is a multi-part message in MIME format.")
    d = when("2013-05-28 15:33:09", 3)
    h = envelope(d, addr("Головне фінансове управління ОДА", "finansy@example.gov.ua"), "Re: " + REM_SUBJ,
                 "<51A4A3E5.6010401@example.gov.ua>", "<zvit.reminder.20130527.su-finansy@cg.ukrtel.net>",
                 "<zvit.reminder.20130527.su-finansy@cg.ukrtel.net>", TB17)
    add("b11_html_blockquote_table", message(h, body), key(
        "su-finansy", 2,
        "Thunderbird HTML reply typed below a <blockquote> holding the HTML reminder's table of seven measures; the new text answers five of them, in its own order.",
        [(1, "body"), (2, "body"), (6, "body"), (8, "body"), (9, "body")]))


# ========================================================================================
# b12 — Варвинська РДА from a private meta.ua box, below the quoted receipt.

def b12():
    lines = receipt_lines("27.11.2013", "Інформація Варвинської РДА", "Варвинська районна державна адміністрація",
                          3, "15.12.2013",
                          [(1, "Сайт райдержадміністрації наповнюється відповідно до вимог…"),
                           (6, "у ІІ півріччі проведено 2 консультації з громадськістю…")],
                          [7, 9, 10, 12])
    own = """Добрий день. Доповнюю вчорашню інформацію по Варвинській РДА.

по п.7 – до складу комісії з питань евакуації та ради з питань взаємодії з релігійними організаціями введено по 1 представнику громадськості (ГО «Варвинщина молода», Спілка ветеранів Афганістану).
по п.9 – члени громадської ради брали участь в обговоренні проекту районної програми розвитку освіти на 2014-2016 рр. (засідання 14.10.2013).
по п.12 – громадські експертизи діяльності РДА у ІІ півріччі не проводились.
по п.10 – надамо після засідання громадської ради 5 грудня.

Бондар Людмила Вікторівна
відділ організаційно-кадрової роботи апарату Варвинської РДА
тел. (04636) 2-14-02"""
    text = "28.11.2013 16:12, uvp@cg.ukrtel.net написав(ла):\n" + q(joined(lines), "> ") + "\n\n" + own + "\n"
    d = when("2013-11-29 14:05:50", 2)
    h = envelope(d, addr("Людмила Бондар", "lyuda_bondar@meta.ua", "windows-1251", "B"), "Re: " + RCPT_SUBJ,
                 "<1385726750.482231.7704.meta@web3.meta.ua>", "<zvit.receipt.20131128.rda-varva@cg.ukrtel.net>",
                 None, "X-Mailer: META.ua Web Mail", "windows-1251", "B",
                 received_from="web3.meta.ua (web3.meta.ua [194.0.131.12])")
    eml = message(h, text_part(text, "windows-1251", "base64"))
    add("b12_metaua_private_receipt", eml, key(
        "rda-varva", 3,
        "Private meta.ua reply below the quoted receipt; the office is named only in the text and signature, and item 10 is only promised after a council meeting.",
        [(7, "body"), (9, "body"), (12, "body")]))


# ========================================================================================
# b13 — ГУ агропромислового розвитку (Thunderbird, signature placed above the quote):
# empty reply, signature, quote, then the report at the bottom.

def b13():
    quoted = """Шановні колеги!

Нагадуємо про необхідність надання до 15.12.2013 інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року. Окрему увагу просимо звернути на виконання п. 8 Плану (введення голів комітетів Громадської ради до складу колегій) – у попередньому звіті інформацію щодо нього не наведено.

О. Литвиненко, УВП ОДА, 67-50-12"""
    own = """Інформація ГУ агропромислового розвитку ОДА за ІІ півріччя 2013 р.

1. Сайт головного управління переведено на нову платформу, розділ «Державна підтримка АПК» доповнено переліком отримувачів бюджетних дотацій.
6. 17 вересня 2013 р. проведено консультації з громадськістю щодо проекту програми розвитку сільськогосподарської кооперації (м. Новгород-Сіверський, 46 учасників).
7. До складу обласної комісії з питань розвитку сільських територій включено представника Асоціації фермерів та приватних землевласників області.
8. Голова комітету з питань АПК та земельних відносин Громадської ради Дудко В.І. дав згоду, і наказом від 08.10.2013 № 114 його введено до складу колегії головного управління."""
    text = ("\n\n-- \nЗ повагою,\nГребенюк Т.О., провідний спеціаліст\nвідділу організаційної роботи\n"
            "Головного управління агропромислового розвитку ОДА\nтел. 65-23-17\n\n"
            "04.12.2013 11:20, УВП пише:\n" + q(quoted, "> ", 76) + "\n\n" + own + "\n")
    d = when("2013-12-06 10:40:21", 2)
    h = envelope(d, addr("Гребенюк Тетяна", "apk@example.gov.ua"),
                 "Re: інформація за ІІ півріччя 2013 р. (План «Відкритий уряд»)",
                 "<52A18D35.9030705@example.gov.ua>", "<529EF0A8.5060209@cg.ukrtel.net>",
                 "<529EF0A8.5060209@cg.ukrtel.net>", TB24)
    eml = message(h, text_part(text, "UTF-8", "base64", quoted_charset=False))
    add("b13_signature_above_quote", eml, key(
        "su-apk", 3,
        "Thunderbird put the signature above the quote, so the sender's signature comes first, then the coordinator's quoted request, and the report itself only at the very bottom.",
        [(1, "body"), (6, "body"), (7, "body"), (8, "body")]))


# ========================================================================================
# b14 — Городнянська РДА, KOI8-U: the report's own numbering 1-4 under a quoted request.

def b14():
    quoted = """Шановні колеги!

Просимо до 15.06.2013 надати інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках Ініціативи "Партнерство "Відкритий уряд"" за I півріччя 2013 року. Інформацію подавати за пунктами, виконавцями яких визначено райдержадміністрації.

Литвиненко О., УВП ОДА, 67-50-12"""
    own = """Інформація Городнянської райдержадміністрації за I півріччя 2013 року

1. Консультації з громадськістю. Проведено 2 публічних обговорення: проекту Програми розвитку освіти Городнянського району на 2013-2015 роки (12.02.2013, 37 учасників) та питання оптимізації мережі ФАПів (16.04.2013, с. Тупичів, 52 учасники).

2. Залучення громадськості до дорадчо-консультативних органів. До складу координаційної ради з питань сім'ї, гендерної рівності та протидії торгівлі людьми включено голову ГО "Городнянські жінки".

3. Участь членів громадської ради в обговоренні проектів рішень. Члени громадської ради при РДА розглянули проект розпорядження голови РДА про організацію оздоровлення дітей влітку 2013 року, надали 3 пропозиції, 2 з них враховано.

4. Громадські експертизи. Протягом I півріччя запитів від громадських організацій щодо проведення експертиз не надходило, експертизи не проводились.

Начальник відділу організаційної роботи апарату РДА
Н.М. Гордієнко
(04645) 2-13-98"""
    text = "05.06.2013 10:30, УВП пише:\n" + q(quoted, "> ", 74) + "\n\n" + own + "\n"
    d = when("2013-06-07 13:12:33", 3)
    h = envelope(d, addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "koi8-u", "B"),
                 "Re: Про надання інформації за I півріччя", "<51B1B2A1.2000705@example.gov.ua>",
                 "<51AEE6F2.1040605@cg.ukrtel.net>", "<51AEE6F2.1040605@cg.ukrtel.net>",
                 "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3",
                 "koi8-u", "B")
    eml = message(h, text_part(text, "KOI8-U", "8bit", quoted_charset=False))
    add("b14_koi8u_own_numbering", eml, key(
        "rda-horodnia", 2,
        "KOI8-U reply below a quoted request whose report numbers its paragraphs 1-4 on its own; they are measures 6, 7, 9 and 12 named by content, not measures 1-4.",
        [(6, "body"), (7, "body"), (9, "body"), (12, "body")]))


# ========================================================================================
# b15 — Чернігівська РДА, Thunderbird (Russian UI): partial reminder asks for 9 and 12; the
# reply also reports item 1 and thanks for a seminar in passing.

def b15():
    rem = reminder_lines("Чернігівська районна державна адміністрація", "15.12.2013", "10.12.2013",
                         [9, 12], partial=True)
    own = """Уточнюємо інформацію Чернігівської райдержадміністрації.

По п. 9. Проекти розпоряджень голови РДА «Про районну програму розвитку фізичної культури і спорту на 2014-2016 роки» та «Про затвердження плану заходів з відзначення Дня Соборності» направлялися членам громадської ради, 22.10.2013 за їх участю проведено засідання.

По п. 12. Громадська антикорупційна експертиза проекту розпорядження щодо порядку надання в оренду комунального майна проведена ГО «Антикорупційний комітет Чернігівщини»; 2 зауваження враховано при доопрацюванні.

Додатково по п. 1: на сайті райдержадміністрації з листопада працює рубрика «Громадська рада», де розміщуються протоколи засідань.

Користуючись нагодою, дякуємо за семінар для відповідальних за консультації з громадськістю, проведений 14 листопада.

Т.В. Мельник, сектор внутрішньої політики
Чернігівської РДА, 69-12-44"""
    text = "10.12.2013 9:00, uvp@cg.ukrtel.net пишет:\n" + q(joined(rem), "> ") + "\n\n" + own + "\n"
    d = when("2013-12-10 16:00:14", 2)
    h = envelope(d, addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua"), "Re: " + REM_SUBJ,
                 "<52A71E3E.1000803@example.gov.ua>", "<zvit.reminder.20131210.rda-chernihiv@cg.ukrtel.net>",
                 "<zvit.reminder.20131210.rda-chernihiv@cg.ukrtel.net>", TB24)
    eml = message(h, text_part(text, "UTF-8", "quoted-printable", quoted_charset=False))
    add("b15_answers_more_than_asked", eml, key(
        "rda-chernihiv", 3,
        "Reply below a partial reminder that asks only for items 9 and 12: it answers both, adds item 1 unasked, and thanks for a seminar in passing (not item 13).",
        [(1, "body"), (9, "body"), (12, "body")]))


# ========================================================================================
# b16 — Управління охорони здоров'я (Opera Mail, ">" without space): short answers under
# the receipt's missing items; the third one is a dash.

def b16():
    lines = receipt_lines("11.06.2013", "інформація УОЗ ОДА", "Управління охорони здоров'я облдержадміністрації",
                          2, "15.06.2013",
                          [(1, "На сайті управління розміщено перелік адміністративних послуг…"),
                           (6, "Проведено громадське обговорення проекту Програми розвитку…"),
                           (7, "До складу громадської ради з питань охорони здоров'я…"),
                           (9, "Члени Громадської ради при ОДА взяли участь…")],
                          [2, 8, 12])
    answers = {
        2: "Рубрику «Хід виконання цільових програм» наповнюємо: 24.04.2013 передано звіт про виконання обласної програми «Здоров'я населення Чернігівщини» за 2012 рік, розміщено.",
        8: "Наказом управління від 15.03.2013 № 211 голову комітету з соціальних питань Громадської ради Шевчука О.П. введено до складу колегії, внесено зміни до Положення про колегію.",
        12: "-",
    }
    text = ("uvp@cg.ukrtel.net писал(а) в своём письме Wed, 12 Jun 2013 14:30:00 +0300:\n\n"
            + inline(lines, answers, ">", blank_around=False)
            + "\n\n--\nКузьменко А.О., сектор з питань зв'язків з громадськістю УОЗ ОДА, 67-88-02\n")
    d = when("2013-06-13 12:00:47", 3)
    h = envelope(d, addr("Управління охорони здоров'я", "zdorovia@example.gov.ua", "windows-1251", "Q"),
                 "Re: " + RCPT_SUBJ, "<op.wyqk2lxq0a9f2c@zdorovia-pc>",
                 "<zvit.receipt.20130612.su-zdorovia@cg.ukrtel.net>",
                 "<zvit.receipt.20130612.su-zdorovia@cg.ukrtel.net>",
                 "User-Agent: Opera Mail/12.15 (Win32)", "windows-1251", "Q")
    eml = message(h, text_part(text, "windows-1251", "8bit"))
    add("b16_receipt_inline_dash", eml, key(
        "su-zdorovia", 2,
        "Opera reply with '>' quoting without a space: one-line answers sit under the receipt's missing items 2 and 8, and under item 12 there is only a dash placeholder.",
        [(2, "body"), (8, "body")]))


# ========================================================================================
# b17 — Щорська РДА from a private ukr.net box: one block on "пп. 6–9" below the quote.

def b17():
    quoted = """Тетяно, добрий день.
Нагадую, що до 15 грудня Щорська РДА має подати інформацію про виконання плану заходів «Відкритий уряд». Бажано раніше, бо 14-го буду у відрядженні.
Оксана"""
    own = """Оксано, інформуємо щодо виконання плану по Щорській РДА (IV квартал 2012 р.).

Щодо п. 1: сайт РДА переведено на новий шаблон, всі розділи наповнені, проблем з розміщенням публічної інформації немає.

Щодо пп. 6–9: провели громадське обговорення проекту районного бюджету на 2013 рік (26.11, 34 учасники) та консультації щодо розміщення сміттєзвалища біля с. Гірськ; члени громадської ради включені до складу адміністративної комісії та комісії з безпеки дорожнього руху; проекти розпоряджень щодо бюджету та програми «Молодь Щорщини» обговорювались на засіданні громадської ради 28.11.2012.

Решту надішлю до 14-го.

Савченко Т.М.
головний спеціаліст відділу з питань внутрішньої політики, зв'язків з громадськістю та засобами масової інформації Щорської РДА
т. (04654) 2-11-63"""
    text = ("\n\n--- Оригінальне повідомлення ---\nВід кого: \"УВП ОДА\" <uvp@cg.ukrtel.net>\n"
            "Кому: t.savchenko@ukr.net\nДата: 4 грудня 2012, 16:02:11\n\n" + q(quoted, "> ") + "\n\n" + own + "\n")
    d = when("2012-12-05 13:40:09", 2)
    h = envelope(d, addr("Тетяна Савченко", "t.savchenko@ukr.net"), "Re: Щорська РДА - звіт по Відкритому уряду",
                 "<1354707609.470382107.k3q9m2xd@frv41.ukr.net>", "<50BE0343.7060001@cg.ukrtel.net>",
                 "<50BE0343.7060001@cg.ukrtel.net>", "X-Mailer: FREEMAIL",
                 received_from="frv41.ukr.net (frv41.ukr.net [212.42.77.41])")
    eml = message(h, text_part(text, "utf-8", "base64"))
    add("b17_ukrnet_private_range", eml, key(
        "rda-shchors", 1,
        "Private ukr.net reply below a web-mail quote; the office is named only in the text and signature, and one paragraph reports 'пп. 6–9' as a block, so 8 counts too.",
        [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body")]))


# ========================================================================================
# b18 — Талалаївська РДА, Outlook Express, Russian text below the overdue reminder (late).

def b18():
    rem = joined(reminder_lines("Талалаївська районна державна адміністрація", "15.12.2012", "16.12.2012",
                                [1, 6, 7, 9, 10, 12], overdue=True))
    own = """Направляем информацию Талалаевской районной госадминистрации о выполнении плана мероприятий за IV квартал 2012 г. Просим извинить за задержку – заболел ответственный работник.

1. Официальный сайт райгосадминистрации работает в соответствии с требованиями законодательства, раздел «Публічна інформація» обновлен в ноябре.
6. Проведены консультации с общественностью по проекту районного бюджета на 2013 год (публичное обсуждение 30.11.2012, 29 участников).
7. В состав районной комиссии по вопросам защиты прав ребенка включены два представителя общественных организаций.
12. Общественные экспертизы деятельности РГА не проводились, обращений от институтов гражданского общества не было.

По п.п. 9, 10 информация будет предоставлена дополнительно.

Ст. инспектор орготдела Талалаевской РГА
Лысенко В.Н.
8(04634) 2-17-45"""
    text = ("----- Original Message ----- \nFrom: <uvp@cg.ukrtel.net>\nTo: <rda-talalaivka@example.gov.ua>\n"
            "Sent: Sunday, December 16, 2012 9:00 AM\nSubject: " + REM_SUBJ_LATE + "\n\n\n"
            + q(rem, "> ", 76) + "\n>\n\n" + own + "\n")
    d = when("2012-12-17 09:25:37", 2)
    h = envelope(d, addr("Талалаевская РГА", "rda-talalaivka@example.gov.ua", "windows-1251", "B"),
                 "Re: " + REM_SUBJ_LATE, "<001b01cddc2a$8f3e6c20$0a00a8c0@orgviddil>",
                 "<zvit.reminder.20121216.rda-talalaivka@cg.ukrtel.net>",
                 "<zvit.reminder.20121216.rda-talalaivka@cg.ukrtel.net>",
                 "X-Mailer: Microsoft Outlook Express 6.00.2900.5931", "windows-1251", "B",
                 extra=["X-Priority: 3", "X-MSMail-Priority: Normal", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"])
    eml = message(h, text_part(text, "windows-1251", "quoted-printable"))
    add("b18_outlook_express_russian_late", eml, key(
        "rda-talalaivka", 1,
        "Outlook Express reply in Russian below the '> '-quoted overdue reminder, two days after the deadline; items 9 and 10 are only promised.",
        [(1, "body"), (6, "body"), (7, "body"), (12, "body")], late=True))


# ========================================================================================
# b19 — Управління у справах сім'ї, молоді та спорту from a private i.ua box; top line
# "Відповідь нижче", surzhyk report below the quote.

def b19():
    quoted = """Доброго дня!
Прохання до 13.12.2013 надіслати інформацію управління у справах сім'ї, молоді та спорту про виконання Плану заходів «Відкритий уряд» за ІІ півріччя 2013 року. Минулого разу інформація надходила з порушенням терміну.
О. Литвиненко"""
    own = """Інформація управління у справах сім'ї, молоді та спорту ОДА за II півріччя 2013 г.

- по сайту (п.1): на сайті управління регулярно розміщуємо інформацію про проведені заходи, оновлено розділ "Молодіжна політика", в жовтні добавили банер "Громадське обговорення".
- п.6: проведено консультації з громадськістю по проекту обласної програми "Молодь Чернігівщини" на 2014-2018 роки – 2 засідання "круглого столу" (8 і 22 жовтня), учасників 61, поступило 19 пропозицій.
- п.9: члени Громадської ради при ОДА приймали участь в обговоренні цього ж проекту програми на засіданні комітету з гуманітарних питань 29.10.2013.

Коваль Ирина Александровна
головний спеціаліст відділу молодіжної політики
управління у справах сім'ї, молоді та спорту ОДА
тел. 67-29-31 (пишу з дому, на роботі не працює інтернет)"""
    text = ("Відповідь нижче.\n\n11 грудня 2013, 12:05 от УВП <uvp@cg.ukrtel.net>:\n" + q(quoted, "> ")
            + "\n\n" + own + "\n")
    d = when("2013-12-12 11:30:02", 2)
    h = envelope(d, addr("Ирина Коваль", "irina_koval@i.ua"),
                 "Re: Управління сім'ї, молоді та спорту - інформація за ІІ півріччя",
                 "<52a9822a.4e2b.iua@mbox.i.ua>", "<52A83A5B.3050300@cg.ukrtel.net>", None,
                 "X-Mailer: I.UA Mail", "utf-8", "Q", received_from="mbox.i.ua (mbox.i.ua [91.198.36.14])")
    eml = message(h, text_part(text, "utf-8", "quoted-printable"))
    add("b19_iua_private_top_line", eml, key(
        "su-simia", 3,
        "Private i.ua reply that opens with 'Відповідь нижче.' and puts a surzhyk report below the quote; the office is named only in the text and signature.",
        [(1, "body"), (6, "body"), (9, "body")]))


# ========================================================================================
# b20 — Громадська рада (Gmail, English UI): answers interleaved between the paragraphs of
# the coordinator's letter; the last answer is only a proposal of a date.

def b20():
    p1 = "Шановний Андрію Васильовичу!"
    p2 = "Просимо поінформувати про стан виконання п. 3 Плану заходів – чи запрацював веб-ресурс «Чернігівська громада», яка його адреса і хто відповідає за наповнення з боку Громадської ради."
    p3 = "Також просимо повідомити, чи створено інтернет-форум (п. 4 плану), оскільки термін його створення – І квартал 2013 року."
    p4 = "Окремо нагадуємо, що у квітні планується громадське обговорення виконання Плану (п. 15), просимо подати пропозиції щодо дати."
    p5 = "З повагою,\nЛитвиненко О.\nУВП ОДА"
    a2 = "Веб-ресурс запрацював 20 грудня 2012 р. за адресою chernigiv-gromada.org.ua, за наповнення відповідає секретар ради Ярошенко Н.П. На сьогодні розміщено понад 80 матеріалів, у тому числі протоколи всіх засідань ради і комітетів."
    a3 = "Форум створено: з 1 березня працював у тестовому режимі, з 15 березня відкритий для всіх. Зареєструвалось 47 користувачів, відкрито 12 тем (найактивніша – про ремонт доріг в області). Модераторами призначено двох членів комітету з питань інформаційної політики."
    a4 = "Пропонуємо провести обговорення 18 або 25 квітня у приміщенні ОДА, запросимо всіх членів ради."
    sig = "З повагою,\nА.В. Шевченко,\nголова Громадської ради при облдержадміністрації\n050 463 12 87"
    segs = [("attr", "On Tue, Mar 19, 2013 at 10:15 AM, УВП <uvp@cg.ukrtel.net> wrote:"),
            ("quote", p1 + "\n\n" + p2, 1), ("new", ""), ("new", a2), ("new", ""),
            ("quote", p3, 1), ("new", ""), ("new", a3), ("new", ""),
            ("quote", p4, 1), ("new", ""), ("new", a4), ("new", ""),
            ("quote", p5, 1), ("new", ""), ("new", sig)]
    plain = render_plain(segs)
    htm = render_html(segs, "gmail", "UTF-8")
    body = multipart("alternative", "047d7b5d8f2c9a1e5304d850c1b7", [
        text_part(plain, "UTF-8", "base64", quoted_charset=False),
        text_part(htm, "UTF-8", "base64", "html", quoted_charset=False)])
    d = when("2013-03-20 19:40:55", 2)
    h = envelope(d, addr("Громадська рада при ОДА", "gromrada@example.gov.ua"),
                 "Re: Про веб-ресурс «Чернігівська громада» та форум",
                 "<CAF8q2mWn1xRk7hT0e4LbQpZ9YdG3u+oJs5Vc6_aKmE2rN8fT1g@mail.gmail.com>",
                 "<51481D9C.8070107@cg.ukrtel.net>", "<51481D9C.8070107@cg.ukrtel.net>",
                 received_from="mail-bk0-f52.google.com (mail-bk0-f52.google.com [209.85.214.52])")
    add("b20_gmail_interleaved", message(h, body), key(
        "gromrada", 2,
        "Gmail reply interleaving answers between the paragraphs of the coordinator's letter: items 3 and 4 are reported, while the answer under the quoted question on item 15 only proposes a date for a future discussion.",
        [(3, "body"), (4, "body")]))


# ========================================================================================
# b21 — Відділ роботи із зверненнями громадян, Outlook 2010 (English UI), KOI8-U HTML+plain.

def b21():
    ohead = ("From: УВП [mailto:uvp@cg.ukrtel.net] \nSent: Monday, June 10, 2013 11:47 AM\n"
             "To: zvernennia@example.gov.ua\nSubject: гаряча лінія - уточнення")
    quoted = """Колеги, добрий день!

Для узагальненого звіту за I півріччя просимо уточнити кількість звернень, які надійшли на "гарячу лінію" голови облдержадміністрації з 1 січня 2013 року, та основну тематику. У попередній інформації наведено дані лише за I квартал.

О.Литвиненко"""
    own = """За січень-травень 2013 року на "гарячу лінію" голови облдержадміністрації надійшло 1284 дзвінки (у I кварталі - 702, у квітні - 311, у травні - 271). Найбільше питань стосувалось житлово-комунального господарства (38%), соціального захисту (21%), земельних відносин (11%). Вирішено позитивно або надано роз'яснення по 1196 зверненнях, решта перебуває на контролі. Дані за червень надамо після закінчення місяця.

Завідувач сектору аналізу звернень
Т. Олійник, 67-02-15"""
    segs = [("new", " \n"), ("ohead", ohead), ("new", " "), ("quote", quoted, 1), ("new", " \n"), ("new", own)]
    plain = render_plain(segs, prefix=lambda d: "")
    htm = render_html(segs, "outlook", "koi8-u")
    body = multipart("alternative", "----=_NextPart_000_0031_01CE66A9.C7D81E20", [
        text_part(plain, "koi8-u", "quoted-printable"),
        text_part(htm, "koi8-u", "quoted-printable", "html")],
        preamble="This is a multipart message in MIME format.")
    d = when("2013-06-11 14:20:30", 3)
    h = envelope(d, addr("Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua", "koi8-u", "B"),
                 "RE: гаряча лінія - уточнення", "<003001ce6690$d7c81e20$87585860$@example.gov.ua>",
                 "<51B5922E.6000503@cg.ukrtel.net>", None, "X-Mailer: Microsoft Outlook 14.0",
                 "koi8-u", "B", extra=["Thread-Index: Ac5lv4bC1Hn0Y3bGSuKqDk9m3iQZ0w==", "Content-Language: en-us"])
    add("b21_outlook_en_koi8u_hotline", message(h, body), key(
        "zvernennia", 2,
        "Outlook 2010 (English UI) KOI8-U reply below the unmarked From/Sent/To/Subject quote, answering the coordinator's question on the hot line (measure 5) without naming its number.",
        [(5, "body")]))


# ========================================================================================
# b22 — Чернігівський ЦППК: Outlook with "> " prefixes; the coordinator's question at level 1
# and the centre's own earlier report at level 2; the clarification below.

def b22():
    level1 = """Дякуємо за інформацію. Просимо уточнити, скільки саме заступників керівників структурних підрозділів ОДА і райдержадміністрацій пройшли навчання та скільки спеціалістів, які безпосередньо організовують консультації з громадськістю. Ці дані потрібні для звіту до Мін'юсту.

О. Литвиненко, УВП"""
    level2 = """Чернігівський центр перепідготовки та підвищення кваліфікації інформує, що відповідно до п. 13 Плану заходів у листопаді 2012 року проведено навчальний семінар «Консультації з громадськістю: нормативна база та практика» для посадових осіб ОДА та РДА.
Директор центру Н.В. Бабич"""
    own = """Уточнюємо дані щодо навчання (п. 13 плану).
Семінари проведено двічі: 14.11.2012 (для структурних підрозділів ОДА) та 21.11.2012 (для райдержадміністрацій), тривалість кожного – 6 академічних годин.
Навчання пройшли 57 осіб, з них заступників керівників структурних підрозділів ОДА – 19, заступників голів РДА – 14, спеціалістів, які організовують консультації з громадськістю, – 24.
Наступний семінар заплановано на лютий 2013 р.

Методист відділу організації навчання
С.І. Гончаренко, 72-14-05"""
    text = ("\n-----Original Message-----\nFrom: УВП [mailto:uvp@cg.ukrtel.net] \nSent: Tuesday, November 27, 2012 3:12 PM\n"
            "To: cppk@example.gov.ua\nSubject: Re: Інформація щодо п. 13 Плану заходів\n\n"
            + q(level1, "> ") + "\n>\n> 20.11.2012 11:02, ЦППК пише:\n" + q(level2, "> > ") + "\n\n" + own + "\n")
    d = when("2012-11-28 10:05:11", 2)
    h = envelope(d, addr("ЦППК", "cppk@example.gov.ua", "windows-1251", "B"),
                 "RE: Re: Інформація щодо п. 13 Плану заходів", "<000d01cdcd4e$2a9f6b10$7fde4130$@example.gov.ua>",
                 "<50B4BC51.3080506@cg.ukrtel.net>", None, "X-Mailer: Microsoft Outlook 14.0",
                 "windows-1251", "B", extra=["Content-Language: uk"])
    eml = message(h, text_part(text, "windows-1251", "quoted-printable"))
    add("b22_outlook_prefixed_nested", eml, key(
        "cppk", 1,
        "Outlook reply with '> ' prefixes: the coordinator's question at level 1 and the centre's own earlier report at level 2 both name item 13; the clarification below them reports item 13 again with figures.",
        [(13, "body")]))


# ========================================================================================
# b23 — Служба у справах дітей: below the receipt, four paragraphs naming the measures
# only by their content.

def b23():
    lines = receipt_lines("29.11.2013", "Інформація служби у справах дітей", "Служба у справах дітей облдержадміністрації",
                          3, "15.12.2013",
                          [(1, "Офіційний сайт служби наповнюється відповідно…"),
                           (6, "Проведено консультації з громадськістю щодо проекту…"),
                           (7, "До складу опікунської ради включено…")],
                          [2, 8, 9, 12])
    own = """Доповнюємо.

Звіт про виконання обласної програми «Дитинство» за 9 місяців 2013 року розміщено в рубриці «Хід виконання цільових програм» 30 жовтня.

Голова комітету з питань соціальної політики Громадської ради Литовченко Г.А. є членом колегії служби з квітня 2013 року, у ІІ півріччі брала участь у 2 засіданнях колегії.

Проект розпорядження голови ОДА «Про організацію роботи з профілактики бездоглядності дітей» обговорено з членами громадської ради 18 вересня, висловлені зауваження враховані.

Антикорупційна експертиза проектів наказів служби громадськими організаціями не проводилась, звернень з цього приводу не надходило.

Пономаренко В.С., головний спеціаліст служби, 67-17-30"""
    text = "02.12.2013 10:05, uvp@cg.ukrtel.net пише:\n" + q(joined(lines), "> ") + "\n\n" + own + "\n"
    d = when("2013-12-03 15:15:48", 2)
    h = envelope(d, addr("Служба у справах дітей ОДА", "sluzhba-ditei@example.gov.ua"), "Re: " + RCPT_SUBJ,
                 "<529DD9F4.4000609@example.gov.ua>", "<zvit.receipt.20131202.su-sluzhba-ditei@cg.ukrtel.net>",
                 "<zvit.receipt.20131202.su-sluzhba-ditei@cg.ukrtel.net>", TB24)
    eml = message(h, text_part(text, "UTF-8", "8bit", quoted_charset=False))
    add("b23_receipt_content_only", eml, key(
        "su-sluzhba-ditei", 3,
        "Reply below the receipt whose four paragraphs name no item numbers: the rubric, the collegium, the draft discussed with the council and the anti-corruption review are items 2, 8, 9 and 12.",
        [(2, "body"), (8, "body"), (9, "body"), (12, "body")]))


# ========================================================================================
# b24 — Козелецька РДА, Outlook 2007: the coordinator's letter and, inside it, the office's
# own earlier report; "Інформацію додаємо." below, the supplement in a .docx.

B24_DOC = """<html><head><meta charset="utf-8"><title>Доповнення</title></head><body>
<p align="center"><b>Доповнення до інформації Козелецької райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2013 року)</b></p>
<p><b>Пункт 10.</b> Громадською радою при райдержадміністрації 17.07.2013 створено комісію з питань відкритості та прозорості діяльності органів влади у складі 5 членів ради. Комісія розглянула питання оприлюднення розпоряджень голови РДА на офіційному сайті та підготувала 3 пропозиції.</p>
<p><b>Пункт 12.</b> За ініціативою ГО «Козелецька правозахисна група» проведено громадську експертизу діяльності райдержадміністрації щодо надання адміністративних послуг (вересень–жовтень 2013 р.); за її результатами розпорядженням голови РДА від 11.11.2013 № 402 затверджено план заходів з реалізації пропозицій (6 заходів).</p>
<p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp; О.М. Бондаренко</p>
</body></html>
"""


def b24():
    quoted = """Шановні колеги!
У надісланій вами інформації від 04.12.2013 відсутні відомості щодо пунктів 10 і 12 Плану заходів. Просимо доповнити до 13.12.2013.
Литвиненко О."""
    earlier = """Інформація Козелецької РДА за ІІ півріччя 2013 р.
п.1 - сайт РДА наповнюється відповідно до законодавства, створено розділ «Антикорупційна політика».
п.6 - проведено 3 консультації з громадськістю (проект бюджету-2014, програма «Питна вода», реорганізація закладів освіти).
п.7 - представників громадськості включено до складу 4 дорадчих органів.
п.9 - члени громадської ради обговорили 2 проекти розпоряджень голови РДА."""
    text = ("\n \n\n-----Оригінальне повідомлення-----\nВід: УВП [mailto:uvp@cg.ukrtel.net] \n"
            "Надіслано: 6 грудня 2013 р. 15:40\nКому: rda-kozelets@example.gov.ua\n"
            "Тема: Козелецька РДА - відсутня інформація по пп. 10, 12\n\n" + quoted
            + "\n\n04.12.2013 14:22, Козелецька РДА пише:\n" + q(earlier, "> ")
            + "\n\n \n\nІнформацію додаємо.\n\nТкаченко О.В., загальний відділ\n")
    name = "dopovnennia_Kozelets_RDA.docx"
    data = docx("b24.docx", B24_DOC)
    body = multipart("mixed", "----=_NextPart_000_0044_01CEF4D7.A1B2C3D0", [
        text_part(text, "windows-1251", "quoted-printable"),
        attachment(name, data, DOCX, "ascii")],
        preamble="This is a multi-part message in MIME format.")
    d = when("2013-12-09 12:00:40", 2)
    h = envelope(d, addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251", "B"),
                 "RE: Козелецька РДА - відсутня інформація по пп. 10, 12",
                 "<004301cef4c6$f1a2b3c4$d4e71a90$@example.gov.ua>", "<52A1D3F1.9000802@cg.ukrtel.net>", None,
                 "X-Mailer: Microsoft Office Outlook 12.0", "windows-1251", "B",
                 extra=["Thread-Index: Ac7yjZ3kW9m0pE+tS0GdVx0aQ7nZ1A==", "Content-Language: uk"])
    add("b24_outlook_nested_docx", message(h, body), key(
        "rda-kozelets", 3,
        "Outlook 2007 reply with only 'Інформацію додаємо.' below an unmarked copy of the coordinator's letter that itself quotes the office's earlier report on 1, 6, 7, 9; the .docx supplement reports 10 and 12.",
        [(10, name), (12, name)]))


# ========================================================================================

def main():
    for f in (b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12,
              b13, b14, b15, b16, b17, b18, b19, b20, b21, b22, b23, b24):
        f()
    for name, eml, k in MAILS:
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(k, ensure_ascii=False, indent=1) + "\n")
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
