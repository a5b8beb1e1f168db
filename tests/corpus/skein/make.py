#!/usr/bin/env python3
"""Build the «skein» corpus: 40 report e-mails sent to uvp@cg.ukrtel.net, with their keys.

Theme: long threads — mail that carries its history (quoted reminders and receipts, the
department's questions back, the office's first answers, corrections, additions, re-sent
reports, forwards of forwards).  Only the mail's own new text and its own attachments count.

Every mail below has its answer key, a literal `KEY = {...}`, directly above its builder;
the key was written before the mail's text.  Run `python3 make.py` to write NAME.eml and
NAME.expected.json for every mail into this folder and to check the keys.

Python 3 standard library only.  Attachments are office files kept in attachments/ (made
once from the HTML/CSV sources in attachments/src with LibreOffice; if one is missing,
make.py converts it again, which needs soffice).
"""
import base64
import datetime as dt
import email
import email.header
import email.utils
import hashlib
import json
import os
import quopri
import re
import struct
import subprocess
import sys
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
NAME = "skein"
LO_PROFILE = "file:///tmp/%s-work/lo" % NAME
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# Executor ids of /work/main/config/plan.toml (checked against the file when it is there).
EXECUTORS = """uvp gromrada zvernennia cppk ogp-coordinator su-osvita su-zdorovia su-kultura
su-sotszakhyst su-simia su-apk su-finansy su-ekonomika su-zhkh su-kapbud su-ekolohiia
su-arkhiv su-mistobuduvannia su-sluzhba-ditei rda-bakhmach rda-bobrovytsia rda-borzna
rda-varva rda-horodnia rda-ichnia rda-kozelets rda-korop rda-koriukivka rda-kulykivka
rda-mena rda-nizhyn rda-novhorod-siverskyi rda-nosivka rda-pryluky rda-ripky rda-semenivka
rda-sosnytsia rda-sribne rda-talalaivka rda-chernihiv rda-shchors""".split()
PLAN_TOML = "/work/main/config/plan.toml"

OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# The plan's measures, verbatim (zvit's reminder and receipt quote them).
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
}
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
              "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")
REMINDER_SUBJECT = "Нагадування про подання інформації (План заходів «Відкритий уряд»)"

# ---------------------------------------------------------------------------------------
# Office files: made once from attachments/src, kept, reused.
# ---------------------------------------------------------------------------------------
CONVERT = {
    # output in attachments/        source in attachments/src   soffice target
    "ph1_tabl.xls":          ("ph1_tabl.csv",          "xls:MS Excel 97"),
    "ph3_borzna.doc":        ("ph3_borzna.html",       "doc:MS Word 97"),
    "rg1_pryluky.xlsx":      ("rg1_pryluky.csv",       "xlsx:Calc MS Excel 2007 XML"),
    "rg5_sosnytsia.odt":     ("rg5_sosnytsia.html",    "odt:writer8"),
    "pr1_kapbud.pdf":        ("pr1_kapbud.html",       "pdf:writer_pdf_Export"),
    "pr2_horodnia.docx":     ("pr2_horodnia.html",     "docx:MS Word 2007 XML"),
    "pr4_bobrovytsia.rtf":   ("pr4_bobrovytsia.html",  "rtf:Rich Text Format"),
    "fn1_apk.xls":           ("fn1_apk.csv",           "xls:MS Excel 97"),
    "fn3_simia.docx":        ("fn3_simia.html",        "docx:MS Word 2007 XML"),
    "fn5_cppk.xlsx":         ("fn5_cppk.csv",          "xlsx:Calc MS Excel 2007 XML"),
    "pa1_ekonomika.doc":     ("pa1_ekonomika.html",    "doc:MS Word 97"),
    "pa4_kulykivka.xls":     ("pa4_kulykivka.csv",     "xls:MS Excel 97"),
    "mx1_varva.ods":         ("mx1_varva.csv",         "ods:calc8"),
    "mx2_ssd.doc":           ("mx2_ssd.html",          "doc:MS Word 97"),
    "mx3_info.docx":         ("mx3_info.html",         "docx:MS Word 2007 XML"),
    "mx3_protokol.pdf":      ("mx3_protokol.html",     "pdf:writer_pdf_Export"),
    "mx5_bakhmach.xls":      ("mx5_bakhmach.csv",      "xls:MS Excel 97"),
}


def convert(out):
    src, target = CONVERT[out]
    infilter = "CSV:59,34,76,1" if src.endswith(".csv") else "HTML (StarWriter)"
    work = "/tmp/%s-work/conv" % NAME
    os.makedirs(work, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--infilter=" + infilter, "--convert-to", target, "--outdir", work,
                    os.path.join(SRC, src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    made = os.path.join(work, os.path.splitext(src)[0] + os.path.splitext(out)[1])
    os.replace(made, os.path.join(ATT, out))


def att(out):
    path = os.path.join(ATT, out)
    if not os.path.exists(path):
        convert(out)
    with open(path, "rb") as f:
        data = f.read()
    assert len(data) < 60 * 1024, (out, len(data))
    return data


CTYPES = {
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
    "ics": "text/calendar",
    "png": "image/png",
}

# ---------------------------------------------------------------------------------------
# Time
# ---------------------------------------------------------------------------------------


def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def period_of(when):
    day = when.astimezone(KYIV).date()
    if day < APPROVED:
        return None, False
    for i, dl in enumerate(DEADLINES):
        if day <= dl:
            return i + 1, False
        if day <= dl + dt.timedelta(days=GRACE_DAYS):
            return i + 1, True
    return None, False


def rfc_date(when, utc=False):
    if utc:
        when = when.astimezone(dt.timezone.utc)
        return email.utils.format_datetime(when).replace("-0000", "+0000")
    return email.utils.format_datetime(when.astimezone(KYIV))


# Ukrainian and Russian date words for quote headers written by the clients.
UK_MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                 "вересня", "жовтня", "листопада", "грудня"]
UK_MONTHS_SHORT = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.",
                   "жовт.", "лист.", "груд."]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
UK_DAYS = ["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"]


def d_uk(w):       # 10 грудня 2012 р. 9:00
    return "%d %s %d р. %d:%02d" % (w.day, UK_MONTHS_GEN[w.month - 1], w.year, w.hour, w.minute)


def d_ru(w):       # 27 мая 2013 г. 16:05
    return "%d %s %d г. %d:%02d" % (w.day, RU_MONTHS_GEN[w.month - 1], w.year, w.hour, w.minute)


def d_en(w):       # Wednesday, December 04, 2013 3:12 PM
    h = w.hour % 12 or 12
    return "%s, %s %02d, %d %d:%02d %s" % (EN_DAYS[w.weekday()], EN_MONTHS[w.month - 1], w.day,
                                           w.year, h, w.minute, "AM" if w.hour < 12 else "PM")


def d_num(w):      # 10.12.2012 9:00
    return "%02d.%02d.%d %d:%02d" % (w.day, w.month, w.year, w.hour, w.minute)


# ---------------------------------------------------------------------------------------
# zvit's own mail, as the offices see it quoted under their replies
# ---------------------------------------------------------------------------------------


def reminder_text(executor_name, missing, deadline, today, overdue=False):
    out = ["Шановні колеги!", ""]
    if overdue:
        out.append("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 "
                   "плану)." % (deadline, PLAN_TITLE))
    else:
        out.append("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання "
                   "необхідно надати до %s на адресу електронної пошти %s."
                   % (PLAN_TITLE, deadline, MAILBOX))
    out.append("")
    out.append("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів "
               "плану:" % (today, executor_name))
    for n in missing:
        out += ["", "  %d. %s" % (n, M[n])]
    out += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо "
            "заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей "
            "лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті "
            "листа або окремим документом, зазначивши номери пунктів плану.", ""]
    out.append("Просимо надати інформацію невідкладно." if overdue
               else "Просимо дотримуватися встановленого терміну.")
    out += ["", "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо "
            "вважати його недійсним.", "", "З повагою", OFFICE]
    return "\n".join(out)


def receipt_text(received, subject, executor_name, period, deadline, recognised, missing,
                 unreadable=(), late=False):
    out = ["Шановні колеги!", "",
           "%s підтверджує отримання Вашого листа від %s%s." % (
               OFFICE[0].upper() + OFFICE[1:], received, " «%s»" % subject if subject else ""),
           "", "Виконавець: %s." % executor_name,
           "Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline)]
    if late:
        out.append("Лист надійшов після встановленого терміну; інформацію враховано як подану "
                   "із запізненням.")
    out.append("")
    if recognised:
        out.append("Розпізнано інформацію щодо таких пунктів плану:")
        for n, excerpt in recognised:
            out.append("  • пункт %d: %s" % (n, excerpt))
    else:
        out.append("Інформації, яку можна віднести до пунктів плану, у листі не виявлено.")
    if unreadable:
        out += ["", "Не вдалося прочитати такі вкладення:"]
        for name, why in unreadable:
            out.append("  • %s — %s" % (name, why))
        out.append("Просимо надіслати їх повторно (у форматі Excel, Word або PDF з текстовим "
                   "шаром).")
    out.append("")
    if missing:
        out.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
        for n in missing:
            out.append("  %d. %s" % (n, M[n]))
    else:
        out.append("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, "
                   "за цей період отримано. Дякуємо за співпрацю.")
    out += ["", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо "
            "надсилати на адресу %s." % MAILBOX, "", "З повагою", OFFICE]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------


def wrap(text, width=72, flowed=False):
    """Wrap long lines the way Thunderbird, The Bat! and web mail do (quoted lines kept).
    flowed: soft breaks end in a space (format=flowed)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur + (" " if flowed else ""))
                cur = word
            else:
                cur = word if not cur else cur + " " + word
        out.append(cur)
    return "\n".join(out)


def quote(text, prefix="> ", width=None, flowed=False):
    """Quote every line; lines already quoted get only the bare marker (Thunderbird style)."""
    if width:
        text = wrap(text, width, flowed)
    out = []
    for line in text.split("\n"):
        if line == "":
            out.append(prefix.rstrip())
        elif line.startswith(">") and prefix.strip() == ">":
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_web(text, quote_open='<blockquote type="cite">', quote_close="</blockquote>",
             head="", body_attr=""):
    """A web-mail or Thunderbird HTML twin of a plain text with '>' quoting."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">%s'
           '</head><body%s>' % ("{CHARSET}", head, body_attr)]
    depth = 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        d = m.group(1).count(">")
        while depth < d:
            out.append(quote_open)
            depth += 1
        while depth > d:
            out.append(quote_close)
            depth -= 1
        content = m.group(2)
        out.append((esc(content) if content.strip() else "") + "<br>")
    while depth:
        out.append(quote_close)
        depth -= 1
    out.append("</body></html>")
    return "\n".join(out)


OUTLOOK_HEAD = ('<meta name="Generator" content="Microsoft Word 14 (filtered medium)">'
                '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";}\n'
                'a:link, span.MsoHyperlink\n\t{color:blue;text-decoration:underline;}\n'
                'span.EmailStyle17\n\t{font-family:"Calibri","sans-serif";color:#1F497D;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>')

HEADER_WORDS = ("Від:", "From:", "От:", "Надіслано:", "Sent:", "Отправлено:", "Кому:", "To:",
                "Копія:", "Cc:", "Тема:", "Subject:")


def html_outlook(text, head=OUTLOOK_HEAD):
    """A Word-made HTML twin of an Outlook plain text (quoted header blocks, no '>')."""
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
           'content="text/html; charset={CHARSET}">' + head + '</head>',
           '<body lang=UK link=blue vlink=purple><div class=WordSection1>']
    for line in text.split("\n"):
        if re.match(r"^-{3,}.*-{3,}\s*$", line) or line.startswith("________"):
            out.append("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
            out.append("</div></div>")
            continue
        w = next((h for h in HEADER_WORDS if line.startswith(h)), None)
        if w:
            out.append("<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>"
                       "%s</span></b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>%s"
                       "<o:p></o:p></span></p>" % (esc(w), esc(line[len(w):])))
        elif line.strip():
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % esc(line).replace("  ", "&nbsp; "))
        else:
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    out.append("</div></body></html>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# MIME, written by hand so every client's habits can be kept
# ---------------------------------------------------------------------------------------


def ew(s, charset="utf-8", mode="B", maxlen=60):
    """RFC 2047 encoded words for s (a list, each word not splitting a character)."""
    if all(ord(c) < 128 for c in s):
        return [s]
    words, cur = [], ""

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122 or x in b"!*+-/")
                    else "_" if x == 32 else "=%02X" % x for x in b)
        return "=?%s?Q?%s?=" % (charset, q)
    for ch in s:
        if cur and len(enc(cur + ch)) > maxlen:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def hdr(name, value, charset="utf-8", mode="B"):
    """A header line; non-ASCII value as encoded words folded onto continuation lines."""
    words = ew(value, charset, mode)
    if len(words) == 1:
        return "%s: %s" % (name, words[0])
    return "%s: %s" % (name, "\r\n ".join(words))


def addr(display, address, charset="utf-8", mode="B", quoted=False):
    if not display:
        return address
    if all(ord(c) < 128 for c in display):
        return '"%s" <%s>' % (display, address) if quoted or "," in display or "." in display else "%s <%s>" % (display, address)
    words = ew(display, charset, mode)
    w = " ".join(words) if len(words) < 3 else "\r\n ".join(words)
    return ('"%s" <%s>' % (w, address)) if quoted else "%s <%s>" % (w, address)


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode() + b"\r\n"


def qp(data):
    return crlf(quopri.encodestring(data.replace(b"\r\n", b"\n"), quotetabs=False))


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of header lines (str, already encoded)
        self.body = body            # bytes with CRLF

    def render(self):
        return ("\r\n".join(self.headers) + "\r\n\r\n").encode("ascii") + self.body


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", params="",
         extra=(), label=None):
    """A text part. label: the charset written in the header when it is not the real one."""
    if "{CHARSET}" in content:
        content = content.replace("{CHARSET}", charset)
    raw = crlf(content.encode(charset))
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64(raw)
    else:
        body = raw if raw.endswith(b"\r\n") else raw + b"\r\n"
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, label or charset, params),
         "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return Part(h, body)


def fname_params(key, name, style, charset="utf-8"):
    """The file-name parameter in one of the clients' styles."""
    if style == "ascii":
        return ['%s="%s"' % (key, name)]
    if style in ("2047B", "2047Q"):
        words = ew(name, charset, style[-1], maxlen=10 ** 6)
        return ['%s="%s"' % (key, " ".join(words))]
    enc = "".join(chr(b) if chr(b).isalnum() and b < 128 or chr(b) in "-._~" else "%%%02X" % b
                  for b in name.encode(charset))
    if style == "2231":
        return ["%s*=%s''%s" % (key, charset, enc)]
    if style == "2231cont":
        chunks, i = [], 0
        while i < len(enc):
            j = min(i + 42, len(enc))
            while enc[j - 1] == "%" or (j - 2 >= i and enc[j - 2] == "%"):
                j -= 1
            chunks.append(enc[i:j])
            i = j
        out = []
        for n, c in enumerate(chunks):
            out.append("%s*%d*=%s%s" % (key, n, ("%s''" % charset) if n == 0 else "", c))
        return out
    raise ValueError(style)


def attachment(name, data, style="2047B", charset="utf-8", ctype=None, ct_style=None,
               disposition="attachment", extra_ct="", cid=None, cte="base64", extra=()):
    """An attachment part.  style names the Content-Disposition filename; ct_style the
    Content-Type name (Thunderbird: 2047 in name=, 2231 in filename*=)."""
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = ctype or CTYPES.get(ext, "application/octet-stream")
    ct = fname_params("name", name, ct_style or style, charset)
    cd = fname_params("filename", name, style, charset)
    h = ["Content-Type: %s;%s\r\n\t%s" % (ctype, extra_ct, ";\r\n\t".join(ct)),
         "Content-Transfer-Encoding: %s" % cte]
    if cid:
        h.append("Content-ID: <%s>" % cid)
    h.append("Content-Disposition: %s;\r\n\t%s" % (disposition, ";\r\n\t".join(cd)))
    h += list(extra)
    body = b64(data) if cte == "base64" else crlf(data)
    return Part(h, body)


def boundary(tag, style="tb"):
    x = hashlib.md5(tag.encode()).hexdigest()
    if style == "outlook":
        return "----=_NextPart_000_%s_%s.%s" % (x[:4].upper(), x[4:12].upper(), x[12:20].upper())
    if style == "gmail":
        return x[:28]
    if style == "bat":
        return "----------%s" % x[:15].upper()
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:28].upper())
    return "------------%s" % x[:24].upper()


def multipart(subtype, parts, bnd, params="", preamble="This is a multi-part message in MIME format."):
    h = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (subtype, params, bnd)]
    body = b""
    if preamble:
        body += preamble.encode() + b"\r\n"
    for p in parts:
        body += b"\r\n--" + bnd.encode() + b"\r\n" + p.render()
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"\r\n--" + bnd.encode() + b"--\r\n"
    return Part(h, body)


def rfc822(msg_bytes, name=None, style="2047B"):
    h = ["Content-Type: message/rfc822" + (';\r\n\t%s' % fname_params("name", name, style)[0] if name else "")]
    if name:
        h.append("Content-Disposition: attachment;\r\n\t%s" % fname_params("filename", name, style)[0])
    else:
        h.append("Content-Disposition: inline")
    return Part(h, crlf(msg_bytes))


RELAYS = {
    "example.gov.ua": ("mail.example.gov.ua", "192.0.2.25"),
    "example.org.ua": ("mx.example.org.ua", "192.0.2.77"),
    "gmail.com": ("mail-wg0-f44.google.com", "74.125.82.44"),
    "ukr.net": ("frv196.fwdcdn.com", "212.42.77.196"),
    "i.ua": ("mx10.i.ua", "91.198.36.32"),
    "meta.ua": ("smtp1.meta.ua", "194.0.131.23"),
}


def message(frm, subject, when, root, *, frm_addr, to=MAILBOX, to_display=None, extra=(),
            mid=None, charset="utf-8", mode="B", utc_date=False, delay=4, cc=None,
            in_reply_to=None, references=None, rcpt=None):
    """A whole mail: Received (top, a few seconds after Date), the sender's own headers, the
    MIME tree.  frm is the ready From header value."""
    dom = frm_addr.split("@")[1]
    relay, ip = RELAYS.get(dom, ("mail." + dom, "192.0.2.99"))
    rcv = when + dt.timedelta(seconds=delay)
    tag = hashlib.sha1((frm_addr + subject + when.isoformat()).encode()).hexdigest()
    lines = ["Received: from %s (%s [%s])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (relay, relay, ip, tag[:10].upper(), rcpt or to, rfc_date(rcv)),
             "Received: from [10.%d.%d.%d] by %s with ESMTPA; %s"
             % (int(tag[10:12], 16) % 250, int(tag[12:14], 16) % 250, int(tag[14:16], 16) % 250,
                relay, rfc_date(when + dt.timedelta(seconds=1)))]
    lines.append("Message-ID: %s" % (mid or "<%s@%s>" % (tag[16:36], dom)))
    if in_reply_to:
        lines.append("In-Reply-To: %s" % in_reply_to)
    if references:
        lines.append("References: %s" % references)
    lines.append("Date: %s" % rfc_date(when, utc=utc_date))
    lines.append("From: %s" % frm)
    lines.append("To: %s" % (addr(to_display, to, charset, mode) if to_display else to))
    if cc:
        lines.append("Cc: %s" % cc)
    lines.append(hdr("Subject", subject, charset, mode))
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    head = "\r\n".join(lines) + "\r\n" + "\r\n".join(root.headers) + "\r\n\r\n"
    return head.encode("ascii") + root.body


def png(w, h, pixel):
    """A small PNG (the coat of arms on a letterhead), stdlib only."""
    raw = b""
    for y in range(h):
        raw += b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(w))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco

# ---------------------------------------------------------------------------------------
# Client habits
# ---------------------------------------------------------------------------------------


def h36(tag, n):
    return hashlib.sha1(tag.encode()).hexdigest()[:n]


def mid_outlook(when, dom, tag=""):
    x = h36(dom + when.isoformat() + tag, 24).upper()
    return "<000%s$%s$%s@%s>" % (x[:9].lower(), x[9:17].lower(), x[17:24].lower() + "0", dom)


def mid_tb(when, dom):
    ts = int(when.timestamp())
    return "<%08X.%d@%s>" % (ts, 1000000 + int(h36(dom + str(ts), 6), 16) % 9000000, dom)


def mid_bat(when, dom):
    return "<%d.%s@%s>" % (int(h36(dom + when.isoformat(), 8), 16) % 10 ** 9,
                           when.astimezone(KYIV).strftime("%Y%m%d%H%M%S"), dom)


def mid_gmail(when, tag):
    x = base64.b64encode(hashlib.sha1((tag + when.isoformat()).encode()).digest()).decode()
    x = x.replace("+", "-").replace("/", "_").rstrip("=")
    return "<CA%s@mail.gmail.com>" % x[:40]


TB17 = "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"
TB10 = "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2"
TB24 = "User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"
OL2003 = ["X-Mailer: Microsoft Office Outlook, Build 11.0.5510",
          "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5931"]
OL2007 = ["X-Mailer: Microsoft Office Outlook 12.0", "Content-Language: uk"]
OL2010 = ["X-Mailer: Microsoft Outlook 14.0", "Content-Language: uk"]
OL2010RU = ["X-Mailer: Microsoft Outlook 14.0", "Content-Language: ru"]
OE6 = ["X-Priority: 3", "X-MSMail-Priority: Normal",
       "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
       "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"]
BAT = ["X-Mailer: The Bat! (v4.2.44.2) Professional", "X-Priority: 3 (Normal)"]
BAT5 = ["X-Mailer: The Bat! (v5.0.36) Professional", "X-Priority: 3 (Normal)"]


def thread_index(tag):
    return "Thread-Index: " + base64.b64encode(hashlib.sha1(tag.encode()).digest()[:22]).decode()


def outlook_block(lang, frm, sent, to, subject, cc=None, style="orig"):
    """The header block Outlook puts over a quoted letter (no '>' on the quoted lines)."""
    if lang == "uk":
        f, s, t, c, sub = "Від:", "Надіслано:", "Кому:", "Копія:", "Тема:"
        line = "-----Оригінальне повідомлення-----"
        sent = d_uk(sent)
    elif lang == "ru":
        f, s, t, c, sub = "От:", "Отправлено:", "Кому:", "Копия:", "Тема:"
        line = "-----Исходное сообщение-----"
        sent = d_ru(sent)
    else:
        f, s, t, c, sub = "From:", "Sent:", "To:", "Cc:", "Subject:"
        line = "-----Original Message-----"
        sent = d_en(sent)
    if style == "line":            # Outlook 2010: a rule instead of the words
        line = "_" * 32
    out = [line, "%s %s" % (f, frm), "%s %s" % (s, sent), "%s %s" % (t, to)]
    if cc:
        out.append("%s %s" % (c, cc))
    out.append("%s %s" % (sub, subject))
    return "\n".join(out)


GREBENIUK = ("З повагою\nОксана Гребенюк\nголовний спеціаліст відділу взаємодії з інститутами "
             "громадянського суспільства\nуправління з питань внутрішньої політики та зв'язків з "
             "громадськістю облдержадміністрації\nтел. (0462) 67-52-18")
LYSENKO = ("З повагою\nАндрій Лисенко\nпровідний спеціаліст управління з питань внутрішньої "
           "політики та зв'язків з громадськістю облдержадміністрації\nтел. (0462) 67-52-21")
UVP_FROM = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# =======================================================================================
# 1. ph — placeholders
# =======================================================================================

KEY = {"class": "placeholder", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The reminder's own table sent back filled in: only rows 1 and 7 carry text, rows 6, 9, 10 and 12 hold a dash, a bare «не проводились», «х» and an empty cell, while the quoted reminder below lists all six measures in full.",
       "items": [{"measure": 1, "source": "Таблиця до нагадування_Козелецька РДА.xls"},
                 {"measure": 7, "source": "Таблиця до нагадування_Козелецька РДА.xls"}]}


@mail("ph1", KEY)
def ph1():
    when = kyiv(2012, 12, 12, 15, 47, 21)
    rem = kyiv(2012, 12, 10, 9, 0, 4)
    new = """Доброго дня!

На Ваше нагадування від 10.12.2012 надсилаємо заповнену таблицю (у вкладенні).

З повагою
Олена Тимошенко,
головний спеціаліст загального відділу апарату
Козелецької районної державної адміністрації
тел. (04646) 2-14-37
"""
    old = outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", rem,
                        "rda-kozelets@example.gov.ua", REMINDER_SUBJECT)
    body = new + "\n" + old + "\n\n" + reminder_text(
        "Козелецька районна державна адміністрація", [1, 6, 7, 9, 10, 12], "15.12.2012",
        "10.12.2012")
    cs = "windows-1251"
    alt = multipart("alternative", [text(body, "plain", cs), text(html_outlook(body), "html", cs)],
                    boundary("ph1a", "outlook"), preamble="")
    root = multipart("mixed", [alt, attachment("Таблиця до нагадування_Козелецька РДА.xls",
                                               att("ph1_tabl.xls"), "2047B", cs)],
                     boundary("ph1", "outlook"))
    return message(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", cs, quoted=True),
                   "RE: " + REMINDER_SUBJECT, when, root, frm_addr="rda-kozelets@example.gov.ua",
                   charset=cs, mid=mid_outlook(when, "example.gov.ua"),
                   extra=OL2007 + [thread_index("ph1")])


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A three-level thread (first answer with «+» in rows 2, 8, 12, the department's question, the clarification): the new list repeats every row but answers only 8 and 12 anew, the rest «без змін», while the quoted first answer still carries text on 1, 6, 7 and 9.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("ph2", KEY)
def ph2():
    when = kyiv(2013, 6, 13, 11, 6, 44)
    first = kyiv(2013, 6, 5, 10, 2, 0)
    ask = kyiv(2013, 6, 11, 16, 20, 0)
    first_text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація управління культури і туризму облдержадміністрації про виконання Плану заходів за І півріччя 2013 року (до листа від 05.06.2013 № 07-11/1043):

п. 1 – на веб-сторінці управління оновлено розділи «Культурна спадщина» та «Публічна інформація», щомісяця розміщується афіша обласних закладів культури;
п. 2 – +
п. 6 – проведено 2 консультації з громадськістю (громадське обговорення проекту Програми розвитку культури і туризму на 2013–2015 рр., зустріч з керівниками творчих спілок);
п. 7 – представники 3 творчих спілок включені до складу науково-методичної ради управління;
п. 8 – +
п. 9 – члени громадської ради при управлінні обговорили проект Програми розвитку культури і туризму на 2013–2015 рр.;
п. 12 – +
п. 16 – інформацію надано.

Заступник начальника управління О.С. Марченко"""
    ask_text = """Доброго дня!

Дякуємо за інформацію. Просимо уточнити, що саме зроблено за пунктами 8 і 12 – у таблиці зазначено лише «+». Також просимо уточнити п. 2: чи надавалась інформація для розміщення в рубриках?

""" + GREBENIUK + """

05.06.2013 10:02, Управління культури і туризму пише:
""" + quote(first_text, width=76)
    new = """Доброго дня, Оксано Петрівно!

Надаємо уточнену інформацію:

п. 1 – без змін
п. 2 – без змін
п. 6 – без змін
п. 7 – без змін
п. 8 – до складу колегії управління культури і туризму облдержадміністрації введено голову комітету з гуманітарних питань Громадської ради при облдержадміністрації Савченка Ігоря Миколайовича (наказ управління від 14.05.2013 № 87), зміни до Положення про управління не потребувались;
п. 9 – без змін
п. 12 – у квітні 2013 р. ГО «Центр громадських ініціатив „Полісся“» проведено громадську антикорупційну експертизу проекту наказу «Про затвердження Порядку надання платних послуг закладами культури обласного підпорядкування»; із 5 пропозицій експертів враховано 4, наказ доопрацьовано;
п. 16 – +

З повагою
Валентина Сахно
сектор організаційно-аналітичної роботи
управління культури і туризму облдержадміністрації
тел. 67-31-70

%s, Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації пише:
""" % d_num(ask)
    body = wrap(new, 72, True) + quote(ask_text, width=76, flowed=True) + "\n"
    root = text(body, "plain", "utf-8", "8bit", params="; format=flowed")
    return message(addr("Управління культури і туризму", "kultura@example.gov.ua"),
                   "Re: Уточнення щодо пп. 8, 12 (Управління культури і туризму)", when, root,
                   frm_addr="kultura@example.gov.ua", mid=mid_tb(when, "example.gov.ua"),
                   in_reply_to=mid_tb(ask, "cg.ukrtel.net"), extra=[TB17])


KEY = {"class": "placeholder", "executor": "rda-borzna", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "«Уточнена інформація … прошу вважати недійсним»: the new .doc has a row for all 16 measures, only 1 and 6 with text (others «х», «—», «не проводились», «+», «немає»), while the quoted earlier letter still names 1, 6 and 9 with text.",
       "items": [{"measure": 1, "source": "Інформація Борзна ІІ півріччя 2013.doc"},
                 {"measure": 6, "source": "Інформація Борзна ІІ півріччя 2013.doc"}]}


@mail("ph3", KEY)
def ph3():
    when = kyiv(2013, 12, 11, 14, 22, 9)
    old = kyiv(2013, 12, 10, 9, 14, 31)
    old_text = """Добрий день!

Надсилаємо інформацію Борзнянської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (лист від 10.12.2013 № 01-14/2217, таблиця додається).
Зокрема по п. 1 – на сайті РДА створено розділ «Громадянське суспільство і влада»;
по п. 6 – у І півріччі проведено 3 консультації з громадськістю;
по п. 9 – члени громадської ради обговорили проект районної програми «Питна вода».

--
З повагою,
Ніна Ворона"""
    new = """Доброго дня!

Уточнена інформація до листа від 10.12.2013 № 01-14/2217.
Попередній лист прошу вважати недійсним – помилково було долучено таблицю за І півріччя 2013 року (і в тексті листа теж дані за І півріччя). Правильна таблиця – у вкладенні.

--
З повагою,
Ніна Ворона, провідний спеціаліст відділу організаційної роботи
апарату Борзнянської райдержадміністрації
тел. (04653) 2-15-63

Ви писали 10 грудня 2013 р., 9:14:31:

"""
    body = wrap(new, 76) + quote(old_text, width=76) + "\n"
    cs = "windows-1251"
    root = multipart("mixed", [text(body, "plain", cs, "quoted-printable"),
                               attachment("Інформація Борзна ІІ півріччя 2013.doc",
                                          att("ph3_borzna.doc"), "2047B", cs)],
                     boundary("ph3", "bat"), preamble="")
    return message(addr("Борзнянська РДА", "rda-borzna@example.gov.ua", cs),
                   "Уточнена інформація (Борзнянська РДА, Відкритий уряд)", when, root,
                   frm_addr="rda-borzna@example.gov.ua", charset=cs,
                   mid=mid_bat(when, "example.gov.ua"), in_reply_to=mid_bat(old, "example.gov.ua"),
                   extra=BAT5 + ["Reply-To: rda-borzna@example.gov.ua"])


KEY = {"class": "placeholder", "executor": "su-zdorovia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Outlook forward with the secretary's note on top of an internal letter never sent to the department: its table has a row for every measure, but only 6 has text; the rest are «+», «—», empty or a bare «не проводились».",
       "items": [{"measure": 6, "source": "body"}]}


@mail("ph4", KEY)
def ph4():
    when = kyiv(2012, 12, 14, 16, 51, 30)
    inner = kyiv(2012, 12, 14, 15, 30, 0)
    rows = [(1, "+"), (2, "+"), (3, ""), (4, ""), (5, ""),
            (6, "Проведено 2 засідання «круглого столу» за участю громадських організацій пацієнтів "
                "(24.10.2012, 28.11.2012) щодо доступності пільгових лікарських засобів та організації "
                "роботи первинної ланки медичної допомоги; пропозиції громадськості направлено до "
                "МОЗ України та враховано при підготовці наказу управління від 06.12.2012 № 712."),
            (7, "+"), (8, "—"), (9, "+"), (10, ""), (11, ""), (12, "не проводились"),
            (13, ""), (14, ""), (15, ""), (16, "+")]
    short = {1: "Інформаційне наповнення офіційних Інтернет-сайтів", 2: "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»",
             3: "Веб-ресурс «Чернігівська громада»", 4: "Інтернет-форум", 5: "«Гаряча лінія» голови ОДА",
             6: "Консультації з громадськістю", 7: "Залучення ІГС до дорадчо-консультативних органів",
             8: "Голови комітетів Громадської ради у складі колегій", 9: "Обговорення проектів з членами громадських рад",
             10: "Комісії (робочі групи) з питань відкритості", 11: "Дні відкритих дверей",
             12: "Громадські експертизи", 13: "Навчальні семінари", 14: "Методичні посібники",
             15: "Громадське обговорення виконання заходів", 16: "Інформація до УВП"}
    trs = "\n".join(
        "<tr><td width=40 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%d</p></td>"
        "<td width=260 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td>"
        "<td width=330 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td></tr>"
        % (n, esc(short[n]), esc(v) if v else "<o:p>&nbsp;</o:p>") for n, v in rows)
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>
<meta http-equiv=Content-Type content="text/html; charset={CHARSET}">""" + OUTLOOK_HEAD + """</head>
<body lang=UK link=blue vlink=purple><div class=WordSection1>
<p class=MsoNormal><span style='color:#1F497D'>Доброго дня!<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'>Пересилаємо інформацію управління охорони здоров’я облдержадміністрації на виконання п. 16 Плану заходів (Відкритий уряд).<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'>З повагою<br>секретар керівника Тетяна Кузьменко<br>управління охорони здоров’я облдержадміністрації, тел. 67-44-02<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'><o:p>&nbsp;</o:p></span></p>
<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:"Tahoma","sans-serif"'>Від:</span></b><span style='font-size:10.0pt;font-family:"Tahoma","sans-serif"'> Мельник Віктор Іванович [mailto:omd.uoz@ukr.net] <br><b>Надіслано:</b> """ + d_uk(inner) + """<br><b>Кому:</b> zdorovia@example.gov.ua<br><b>Тема:</b> інформація по плану Відкритий уряд<o:p></o:p></span></p>
</div></div>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Тетяно Петрівно, передайте, будь ласка, в управління внутрішньої політики ОДА. Таблиця нижче, погоджено з Ольгою Миколаївною.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>№<o:p></o:p></b></p></td><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>Захід<o:p></o:p></b></p></td><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>Відмітка про виконання<o:p></o:p></b></p></td></tr>
""" + trs + """
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Заступник начальника відділу організації медичної допомоги дорослому населенню<br>Мельник В.І., 67-44-19<o:p></o:p></p>
</div></body></html>"""
    cs = "windows-1251"
    root = text(html, "html", cs, "quoted-printable")
    return message(addr("Управління охорони здоров'я ОДА", "zdorovia@example.gov.ua", cs, quoted=True),
                   "FW: інформація по плану Відкритий уряд", when, root,
                   frm_addr="zdorovia@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua"), extra=OL2010 + [thread_index("ph4")])


KEY = {"class": "placeholder", "executor": "uvp", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "The department's own sector answers zvit's receipt (quoted below it, with its list of measures still owed) by a tab table in which 10 is «+», 13 only points to another office's information and 15 only says when; only 4 and 11 are answered.",
       "items": [{"measure": 4, "source": "body"}, {"measure": 11, "source": "body"}]}


@mail("ph5", KEY)
def ph5():
    when = kyiv(2013, 6, 17, 9, 12, 40)
    rc = kyiv(2013, 6, 7, 10, 2, 15)
    receipt = receipt_text("06.06.2013 15:31", "Інформація УВП за І півріччя 2013 р.", OFFICE, 2,
                           "15.06.2013",
                           [(5, "«Гаряча лінія» голови облдержадміністрації працює щоденно з 8.00 до 20.00; за І півріччя…")],
                           [4, 10, 11, 13, 15])
    new = """Доповнення до інформації управління за І півріччя 2013 р. (на підтвердження від 07.06.2013):

Пункт\tІнформація
4\tІнтернет-форум на базі веб-ресурсу «Чернігівська громада» відкрито 18.03.2013; створено 6 тематичних розділів, зареєстровано 212 користувачів, модерацію здійснюють члени Громадської ради при облдержадміністрації.
10\t+
11\t29 травня 2013 р. проведено День відкритих дверей управління для представників громадських організацій та студентів-журналістів Чернігівського національного педагогічного університету (22 учасники), ознайомлено з роботою відділів управління.
13\tдив. інформацію Чернігівського ЦППК
15\tу ІІ півріччі

Головний спеціаліст відділу взаємодії з ІГС
С.М. Дудко
"""
    old = """----- Original Message ----- 
From: "%s" <uvp@cg.ukrtel.net>
To: <uvp-info@example.gov.ua>
Sent: %s
Subject: Підтвердження отримання: Інформація УВП за І півріччя 2013 р.


""" % (UVP_FROM, d_en(rc))
    body = wrap(new, 76) + "\n" + old + quote(receipt, "> ", width=74) + "\n"
    cs = "windows-1251"
    root = text(body, "plain", cs, "8bit")
    return message(addr("Дудко С.М.", "uvp-info@example.gov.ua", cs, quoted=True),
                   "Re: Підтвердження отримання: Інформація УВП за І півріччя 2013 р.", when, root,
                   frm_addr="uvp-info@example.gov.ua", charset=cs,
                   mid="<001a01ce6b1f$4a1b5c80$0a00a8c0@uvp5>", extra=OE6)


# =======================================================================================
# 2. bp — answers below the quote or between its lines
# =======================================================================================


def reminder_parts(executor_name, missing, deadline, today, overdue=False):
    """zvit's reminder cut where a clerk types between its lines: intro, {n: item}, outro."""
    lines = reminder_text(executor_name, missing, deadline, today, overdue).split("\n")
    first = next(i for i, l in enumerate(lines) if re.match(r"^  \d+\. ", l))
    last = max(i for i, l in enumerate(lines) if re.match(r"^  \d+\. ", l))
    items = {int(re.match(r"^  (\d+)\.", l).group(1)): l for l in lines[first:last + 1]
             if re.match(r"^  \d+\. ", l)}
    return "\n".join(lines[:first - 1]), items, "\n".join(lines[last + 2:])


KEY = {"class": "bottom_post", "executor": "rda-nizhyn", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply typed between the quoted items of zvit's reminder: each answer stands under its quoted measure without a number; the one under 9 is a bare «Не проводились», the one under 12 a denial that names expert reviews.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp1", KEY)
def bp1():
    when = kyiv(2012, 12, 13, 10, 31, 5)
    rem = kyiv(2012, 12, 10, 9, 0, 11)
    intro, it, outro = reminder_parts("Ніжинська районна державна адміністрація",
                                      [1, 6, 7, 9, 10, 12], "15.12.2012", "10.12.2012")
    ans = {
        1: "Офіційний веб-сайт Ніжинської райдержадміністрації у листопаді 2012 р. переведено на новий шаблон, розділи «Доступ до публічної інформації», «Звернення громадян» та «Консультації з громадськістю» наповнено відповідно до Закону України «Про доступ до публічної інформації» та постанови КМУ від 04.01.2002 № 3.",
        6: "Проведено 3 консультації з громадськістю у формі публічного громадського обговорення: щодо проекту районного бюджету на 2013 рік, щодо тарифів на вивезення твердих побутових відходів у с. Лосинівка та щодо проекту програми розвитку освіти району.",
        7: "До складу районної комісії з питань захисту прав дитини включено голову ГО «Ніжинські берегині» Гордієнко Л.В.",
        9: "Не проводились.",
        10: "Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості (лист від 26.10.2012 № 02-17/1518), питання розглянуто на засіданні ради 22.11.2012, утворення групи відкладено до оновлення складу ради.",
        12: "Громадські експертизи не проводились, запитів від інститутів громадянського суспільства не надходило.",
    }
    out = ["%s, %s пише:" % (d_num(rem), UVP_FROM), quote(intro), ">"]
    for n in [1, 6, 7, 9, 10, 12]:
        out += [quote(it[n]), "", wrap(ans[n], 72, True), "", ">"]
    out += [quote(outro), "", "-- ", "З повагою,", "Сергій Бондар,",
            "головний спеціаліст сектору з питань внутрішньої політики, зв'язків із ЗМІ та громадськістю",
            "Ніжинської райдержадміністрації", "тел. (04631) 2-11-87", ""]
    body = "\n".join(out)
    root = text(body, "plain", "utf-8", "8bit", params="; format=flowed")
    return message(addr("Сектор внутрішньої політики Ніжинської РДА", "rda-nizhyn@example.gov.ua"),
                   "Re: " + REMINDER_SUBJECT, when, root, frm_addr="rda-nizhyn@example.gov.ua",
                   mid=mid_tb(when, "example.gov.ua"), extra=[TB10])


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 (Russian interface) bottom post without «>»: two «Исходное сообщение» blocks (the department's question on 8, then the office's first answer on 1, 2, 6, 7, 8, 9, 12) come first, and only the text typed after them, on 8, is new.",
       "items": [{"measure": 8, "source": "body"}]}


@mail("bp2", KEY)
def bp2():
    when = kyiv(2013, 5, 28, 14, 40, 12)
    ask = kyiv(2013, 5, 27, 16, 5, 0)
    first = kyiv(2013, 5, 24, 11, 18, 0)
    body = "\n\n" + outlook_block("ru", "Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]", ask,
                                  "osvita@example.gov.ua",
                                  "RE: Інформація управління освіти і науки (Відкритий уряд)") + """

Доброго дня!
Дякуємо за інформацію. Просимо уточнити щодо п. 8: чи введено голову відповідного комітету Громадської ради до складу колегії управління? У листі зазначено лише «Відповідно до плану».

""" + GREBENIUK + """

""" + outlook_block("ru", "Управление образования и науки [mailto:osvita@example.gov.ua]", first,
                    "uvp@cg.ukrtel.net", "Інформація управління освіти і науки (Відкритий уряд)") + """

Надаємо інформацію управління освіти і науки облдержадміністрації про виконання Плану заходів за І півріччя 2013 року.
П.1. Веб-сайт управління оновлено, створено розділ «Зовнішнє незалежне оцінювання», розміщено звіти про використання бюджетних коштів.
П.2. Інформацію про хід виконання обласної цільової програми «Освіта Чернігівщини» за 2012 рік направлено до Головного управління економіки для розміщення в рубриці.
П.6. Проведено 4 консультації з громадськістю (батьківські конференції, обговорення проекту мережі шкіл).
П.7. Представники 5 громадських організацій входять до складу громадської ради при управлінні та атестаційної комісії.
П.8. Відповідно до плану.
П.9. Проект Положення про обласний конкурс «Учитель року» обговорено з членами громадської ради.
П.12. Громадські експертизи не проводились.

Заступник начальника управління  Н.В. Остапенко


Відповідь на Ваш запит:

По п. 8 – голова комітету з гуманітарних питань Громадської ради при облдержадміністрації Кравченко Олег Миколайович погодився на участь у роботі колегії; наказом управління від 22.04.2013 № 215 його введено до складу колегії управління освіти і науки облдержадміністрації, 16.05.2013 він брав участь у засіданні колегії.

По іншим пунктам інформація без змін.

С уважением,
Ірина Шевчук
відділ загальної середньої освіти
управління освіти і науки облдержадміністрації
тел. 67-10-93
"""
    cs = "windows-1251"
    root = text(body, "plain", cs, "quoted-printable")
    return message(addr("Шевчук Ирина", "osvita@example.gov.ua", cs, quoted=True),
                   "RE: RE: Інформація управління освіти і науки (Відкритий уряд)", when, root,
                   frm_addr="osvita@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "bp2"),
                   extra=OL2003 + [thread_index("bp2")])


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply written below the quoted receipt (plain «>» and HTML blockquote twins): the receipt names the unreadable attachment and lists measure 5 as owed; the new text re-sends the hot-line figures, with the site only as the place of publication and a quality survey that is no consultation.",
       "items": [{"measure": 5, "source": "body"}]}


@mail("bp3", KEY)
def bp3():
    when = kyiv(2012, 12, 7, 13, 18, 55)
    rc = kyiv(2012, 12, 6, 16, 44, 0)
    receipt = receipt_text("06.12.2012 16:39", "Інформація відділу роботи із зверненнями громадян",
                           "Відділ роботи із зверненнями громадян апарату облдержадміністрації", 1,
                           "15.12.2012", [], [5],
                           unreadable=[("Інформація_гаряча лінія.docx", "файл пошкоджено")])
    new = """Доброго дня!

Вкладення, мабуть, пошкодилось при відправці, тому дублюємо інформацію текстом.

Протягом ІІ півріччя 2012 року на «гарячу лінію» голови облдержадміністрації надійшло 1486 дзвінків (у т.ч. 312 повторних). Усі звернення зареєстровано в день надходження, 1102 питання вирішено позитивно, по 384 надано роз'яснення. Графік роботи «гарячої лінії» (щоденно з 8.00 до 20.00) та щомісячні узагальнення звернень розміщуються на офіційному сайті облдержадміністрації.

З 1 листопада запроваджено контрольні дзвінки заявникам для перевірки якості розгляду їхніх звернень (опитано 95 осіб, 81 оцінили розгляд як задовільний).

З повагою,
Ганна Литвин,
головний спеціаліст відділу роботи із зверненнями громадян
апарату облдержадміністрації
тел. (0462) 67-50-84
"""
    attr = "%s, %s написав:" % (d_num(rc), UVP_FROM)
    plain = attr + "\n" + quote(receipt, width=76) + "\n\n" + wrap(new, 76)
    html = html_web(plain, quote_open='<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">',
                    head='<meta name="generator" content="Roundcube Webmail/0.8.4">',
                    body_attr=' style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif"')
    root = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable", params="; format=flowed"),
                                     text(html, "html", "utf-8", "quoted-printable")],
                     "=_%s" % h36("bp3", 32), preamble="")
    return message(addr("Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua"),
                   "Re: Підтвердження отримання: Інформація відділу роботи із зверненнями громадян",
                   when, root, frm_addr="zvernennia@example.gov.ua",
                   mid="<%s@example.gov.ua>" % h36("bp3mid", 32),
                   extra=["User-Agent: Roundcube Webmail/0.8.4", "X-Sender: zvernennia@example.gov.ua"])


KEY = {"class": "bottom_post", "executor": "rda-semenivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "iPhone answers typed between the quoted lines «Пункт 7 – ?», «Пункт 10 – ?», «Пункт 12 – ?» of the department's question; 12 is answered «Не стосується»; the phone's Date is in UTC (15 Dec 22:41) which is already 16 Dec in Kyiv, so it is late.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("bp4", KEY)
def bp4():
    when = kyiv(2013, 12, 16, 0, 41, 7)
    ask = kyiv(2013, 12, 13, 16, 2, 0)
    body = """Добрий вечір, вибачте що так пізно і з телефону.

%d груд. 2013 р. о %d:%02d %s <uvp@cg.ukrtel.net> написав(ла):

> Ірино Миколаївно, добрий день!
> У надісланій Семенівською РДА інформації від 11.12.2013 відсутні відомості щодо пунктів 7, 10 та 12 плану. Просимо доповнити до 15.12.2013.
>
> Пункт 7 – ?

До складу координаційної ради з питань протидії ВІЛ-інфекції/СНІДу та туберкульозу при райдержадміністрації включено двох представників ГО «Семенівщина – за здоров'я» (розпорядження від 02.10.2013 № 287)

> Пункт 10 – ?

Громадській раді рекомендовано, робочу групу з питань відкритості та прозорості створено на засіданні ради 28.11.2013, до неї увійшли 3 члени ради

> Пункт 12 – ?

Не стосується

>
> %s

Ірина Кисіль
Семенівська РДА

Надіслано з iPhone
""" % (ask.day, ask.hour, ask.minute, "Управління з питань внутрішньої політики", LYSENKO.replace("\n", "\n> "))
    root = text(body, "plain", "utf-8", "quoted-printable")
    root.headers[0] = "Content-Type: text/plain;\r\n\tcharset=utf-8"
    mid = "<%s-%s-%s@example.gov.ua>" % (h36("bp4a", 8).upper(), h36("bp4b", 4).upper(), h36("bp4c", 12).upper())
    msg = message(addr("Семенівська РДА", "rda-semenivka@example.gov.ua"),
                  "Re: Доповнення інформації Семенівської РДА (пп. 7, 10, 12)", when, root,
                  frm_addr="rda-semenivka@example.gov.ua", utc_date=True, mid=mid,
                  extra=["X-Mailer: iPhone Mail (11B554a)"])
    return msg.replace(b"MIME-Version: 1.0", b"Mime-Version: 1.0 (1.0)")


KEY = {"class": "bottom_post", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! answers interleaved under the quoted items of zvit's reminder: 2 (information sent for the rubric) and 9 have text, 8 and 12 only «х» and «—».",
       "items": [{"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("bp5", KEY)
def bp5():
    when = kyiv(2013, 6, 14, 11, 52, 38)
    rem = kyiv(2013, 6, 10, 9, 0, 4)
    intro, it, outro = reminder_parts("Управління екології та природних ресурсів облдержадміністрації",
                                      [2, 8, 9, 12], "15.06.2013", "10.06.2013")
    ans = {
        2: "Інформацію про хід виконання Програми охорони навколишнього природного середовища Чернігівської області на 2011-2015 роки за 2012 рік та І квартал 2013 р. направлено до Головного управління економіки облдержадміністрації для розміщення в рубриці «Хід виконання цільових програм» (лист від 15.04.2013 № 04-11/633).",
        8: "х",
        9: "Проект Регіональної програми поводження з твердими побутовими відходами на 2013-2020 роки 21.05.2013 обговорено на засіданні громадської ради при управлінні за участю членів Громадської ради при облдержадміністрації, з 8 пропозицій враховано 6.",
        12: "—",
    }
    out = ["Здрастуйте, Управління.", "", "Ви писали %d червня 2013 р., %d:%02d:%02d:" % (
        rem.day, rem.hour, rem.minute, rem.second), "", quote(intro, width=76), ">"]
    for n in [2, 8, 9, 12]:
        out += [quote(it[n], width=76), "", wrap(ans[n], 76), "", ">"]
    out += [quote(outro, width=76), "", "", "-- ", "З повагою,",
            " Петро Гуменюк, провідний спеціаліст відділу екологічного контролю та аналізу",
            " управління екології та природних ресурсів облдержадміністрації",
            " mailto:ekolohiia@example.gov.ua", ""]
    body = "\n".join(out)
    cs = "windows-1251"
    root = text(body, "plain", cs, "quoted-printable")
    return message(addr("Гуменюк Петро", "ekolohiia@example.gov.ua", cs),
                   "Re: " + REMINDER_SUBJECT, when, root, frm_addr="ekolohiia@example.gov.ua",
                   charset=cs, mid=mid_bat(when, "example.gov.ua"), extra=BAT)


# =======================================================================================
# 3. nr — mail from an executor that is not a report
# =======================================================================================


def ics_fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


KEY = {"class": "not_report", "executor": "gromrada", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An invitation with a text/calendar part and an .ics file, answering the department's question about measure 15: it names pp. 3, 4, 11 and 15 and says the announcement is already on «Чернігівська громада», but all of it is for an event still to come.",
       "items": []}


@mail("nr1", KEY)
def nr1():
    when = kyiv(2013, 11, 20, 15, 5, 33)
    ask = kyiv(2013, 11, 18, 11, 40, 0)
    ask_text = """Шановна Віро Анатоліївно!

Просимо повідомити, на яку дату Громадська рада планує громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (п. 15 плану), та чи потрібне приміщення облдержадміністрації.

""" + LYSENKO
    new = """Шановні колеги!

Громадська рада при облдержадміністрації запрошує представників управління взяти участь у громадському обговоренні виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (п. 15 плану), яке відбудеться 28 листопада 2013 р. о 14.00 у малій залі облдержадміністрації (вул. Шевченка, 7, 2 поверх). Приміщення погоджено з керівником апарату.

Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 23 громадські організації та регіональний координатор Партнерства «Відкритий уряд».

Просимо підтвердити участь до 26.11.2013 та визначити доповідача від управління (до 10 хв) щодо пп. 3, 4, 11 плану. Запрошення в календар додаємо.

З повагою
секретар Громадської ради при облдержадміністрації
Віра Дорошенко
тел. 067-461-22-90

%s, Управління з питань внутрішньої політики пише:
""" % d_num(ask)
    plain = wrap(new, 72, True) + quote(ask_text, width=76, flowed=True) + "\n"
    uid = "%s-%s" % (h36("nr1uid", 8), h36("nr1uid2", 12))
    ics_lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Kiev",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET",
        "DTSTART:19701025T040000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST",
        "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT", "CREATED:20131120T130412Z",
        "LAST-MODIFIED:20131120T130448Z", "DTSTAMP:20131120T130448Z", "UID:" + uid,
        "SUMMARY:Громадське обговорення виконання Плану заходів «Відкритий уряд»",
        "ORGANIZER;RSVP=TRUE;CN=Громадська рада при ОДА;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gromrada@example.gov.ua",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:uvp@cg.ukrtel.net",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=OPT-PARTICIPANT:mailto:ogp-coordinator@example.org.ua",
        "DTSTART;TZID=Europe/Kiev:20131128T140000", "DTEND;TZID=Europe/Kiev:20131128T170000",
        "LOCATION:Мала зала облдержадміністрації\\, вул. Шевченка\\, 7\\, 2 поверх",
        "DESCRIPTION:Громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (п. 15). Реєстрація учасників з 13.30.",
        "SEQUENCE:0", "TRANSP:OPAQUE", "X-MOZ-SEND-INVITATIONS:TRUE", "END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(ics_fold(l) for l in ics_lines) + "\r\n"
    cal = text(ics, "calendar", "utf-8", "8bit", params="; method=REQUEST")
    alt = multipart("alternative", [text(plain, "plain", "utf-8", "8bit", params="; format=flowed"), cal],
                    boundary("nr1a"), preamble="")
    root = multipart("mixed", [alt, attachment("invite.ics", ics.encode("utf-8"), "ascii",
                                               ctype="application/ics")], boundary("nr1"))
    return message(addr("Громадська рада при ОДА", "gromrada@example.gov.ua"),
                   "Re: Громадське обговорення виконання Плану заходів – запрошення", when, root,
                   frm_addr="gromrada@example.gov.ua", mid=mid_tb(when, "example.gov.ua"),
                   cc="ogp-coordinator@example.org.ua", extra=[TB24])


KEY = {"class": "not_report", "executor": "rda-talalaivka", "period": 1, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Sent from a clerk's meta.ua box under the forwarded reminder: asks to move the term to 20.12.2012 and names pp. 6, 9, 12 with their subjects and pp. 1, 7, 10 as still being compiled — no work is stated.",
       "items": []}


@mail("nr2", KEY)
def nr2():
    when = kyiv(2012, 12, 14, 16, 20, 11)
    rem = kyiv(2012, 12, 10, 9, 0, 7)
    fwd = kyiv(2012, 12, 14, 8, 12, 0)
    reminder = reminder_text("Талалаївська районна державна адміністрація", [1, 6, 7, 9, 10, 12],
                             "15.12.2012", "10.12.2012")
    fwd_text = """Віро Олександрівно, до виконання. Термін – 15.12!
Загальний відділ

-------- Пересылаемое сообщение --------
От: %s <uvp@cg.ukrtel.net>
Кому: rda-talalaivka@example.gov.ua
Дата: %s
Тема: %s

""" % (UVP_FROM, d_num(rem), REMINDER_SUBJECT) + reminder
    new = """Шановні колеги!

Талалаївська райдержадміністрація просить продовжити термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області до 20 грудня 2012 року у зв'язку з тим, що інформація від структурних підрозділів та сільських рад щодо пп. 6, 9, 12 (консультації з громадськістю, обговорення проектів рішень, громадські експертизи) ще узагальнюється, а відповідальний працівник сектору перебуває на лікарняному.
Інформацію по пп. 1, 7, 10 надамо разом з рештою.

Заступник голови райдержадміністрації  В.О. Кириленко

(надсилаю з особистої пошти, робоча скринька переповнена)
Віра Кириленко, головний спеціаліст апарату Талалаївської РДА, тел. (04634) 2-13-45


%s, "Талалаївська РДА" <rda-talalaivka@example.gov.ua>:
""" % d_num(fwd)
    body = wrap(new, 78) + quote(fwd_text, width=78) + "\n"
    cs = "windows-1251"
    root = text(body, "plain", cs, "quoted-printable")
    return message(addr("Віра Кириленко", "vira.kyrylenko@meta.ua", cs),
                   "Re: Fwd: " + REMINDER_SUBJECT, when, root, frm_addr="vira.kyrylenko@meta.ua",
                   charset=cs, mid="<%d.%s@webmail.meta.ua>" % (int(when.timestamp()), h36("nr2", 10)),
                   extra=["X-Mailer: META.UA Webmail", "X-Originating-IP: [195.24.131.201]"])


KEY = {"class": "not_report", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A question under a forwarded reminder with the chief's note: «Чи потрібно подавати інформацію щодо п. 2 …?» — its premise (monthly budget data in the rubric) and the question on 7 and 8 report nothing.",
       "items": []}


@mail("nr3", KEY)
def nr3():
    when = kyiv(2013, 6, 4, 10, 47, 20)
    rem = kyiv(2013, 6, 3, 9, 0, 6)
    fwd = kyiv(2013, 6, 3, 11, 20, 0)
    new = """Доброго дня!

У нас виникло питання щодо п. 2 плану. Головне фінансове управління щомісяця готує інформацію про виконання обласного бюджету, яка розміщується на офіційному сайті облдержадміністрації в рубриці «Виконання місцевих бюджетів Чернігівської області». Чи потрібно подавати інформацію щодо п. 2 щопівроку окремим листом, чи достатньо посилання на рубрику?
І чи стосуються управління пп. 7 і 8, якщо громадської ради при управлінні не утворено, а голова бюджетного комітету Громадської ради до складу колегії поки що не вводився?

Дякую.
Людмила Ярошенко
головний спеціаліст відділу доходів і фінансового аналізу
Головного фінансового управління облдержадміністрації
тел. 67-41-09

""" + outlook_block("uk", "Бондаренко Сергій Васильович", fwd, "Ярошенко Людмила Василівна",
                    "FW: " + REMINDER_SUBJECT, style="line") + """

Людмило Василівно, прошу підготувати до 12.06.
С.Бондаренко

""" + outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", rem, "finansy@example.gov.ua",
                    REMINDER_SUBJECT, style="line") + "\n\n" + reminder_text(
        "Головне фінансове управління облдержадміністрації", [1, 2, 6, 7, 8, 9, 12], "15.06.2013",
        "03.06.2013")
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("nr3", "outlook"))
    return message(addr("Ярошенко Людмила Василівна", "finansy@example.gov.ua", cs, quoted=True),
                   "RE: " + REMINDER_SUBJECT, when, alt, frm_addr="finansy@example.gov.ua",
                   charset=cs, mid=mid_outlook(when, "example.gov.ua", "nr3"),
                   extra=OL2010 + [thread_index("nr3")])


KEY = {"class": "not_report", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "Thanks from an Android phone for the department's seminar and guide (the quoted circular names consultations and the guide); the line that the guide was passed on to the district's units is courtesy, not a report.",
       "items": []}


@mail("nr4", KEY)
def nr4():
    when = kyiv(2013, 3, 5, 9, 33, 2)
    circ = kyiv(2013, 3, 1, 14, 12, 0)
    circ_text = """Шановні колеги!

Надсилаємо матеріали навчального семінару для спеціалістів райдержадміністрацій, відповідальних за організацію консультацій з громадськістю (28.02.2013), та електронну версію методичного посібника «Консультації з громадськістю: практичний порадник». Просимо довести до відома структурних підрозділів райдержадміністрацій.

""" + GREBENIUK
    new = """Шановні колеги!
Щиро дякуємо за організацію семінару 28 лютого для спеціалістів райдержадміністрацій та за надані матеріали і методичний посібник. Посібник передали структурним підрозділам райдержадміністрації та сільським головам для використання в роботі.
Будемо вдячні за проведення подібних заходів і надалі.

З повагою, заступник голови Срібнянської РДА Т.М. Ющенко
--
Надіслано з мого Android пристрою з K-9 Mail.

%s <uvp@cg.ukrtel.net> написав:

""" % UVP_FROM
    body = new + quote(circ_text) + "\n"
    root = text(body, "plain", "utf-8", "quoted-printable")
    return message(addr("Ющенко Т.М.", "rda-sribne@example.gov.ua"),
                   "Re: Матеріали семінару 28.02.2013", when, root,
                   frm_addr="rda-sribne@example.gov.ua",
                   mid="<%s@email.android.com>" % h36("nr4", 24),
                   extra=["User-Agent: K-9 Mail for Android"])


KEY = {"class": "not_report", "executor": "su-zhkh", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Answers the department's question on missing pp. 7, 8, 9, 12 only with a promise to send them after the collegium; the office's first answer with text on 1, 2 and 6 is quoted below and was counted when it came.",
       "items": []}


@mail("nr5", KEY)
def nr5():
    when = kyiv(2013, 12, 12, 17, 5, 48)
    first = kyiv(2013, 12, 9, 10, 40, 0)
    ask = kyiv(2013, 12, 11, 15, 12, 0)
    new = """Доброго дня!

Інформацію по пп. 8, 9 буде надано додатково до 16.12.2013, після засідання колегії управління, яке відбудеться 13 грудня (на ньому планується розглянути питання введення до складу колегії голови комітету Громадської ради та обговорити проект Програми реформування і розвитку житлово-комунального господарства на 2014 рік). По пп. 7, 12 інформацію готує юридичний сектор, надамо разом.

Вибачте за затримку.

З повагою
Максим Гончар
провідний спеціаліст відділу економіки та тарифної політики
управління житлово-комунального господарства облдержадміністрації
тел. 67-22-38

""" + outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", ask, "zhkh@example.gov.ua",
                    "RE: Інформація управління ЖКГ за ІІ півріччя 2013") + """

Доброго дня!
Дякуємо за інформацію. Звертаємо увагу, що в листі відсутня інформація щодо пунктів 7, 8, 9 та 12 плану. Просимо надати до 13.12.2013.

""" + LYSENKO + """

""" + outlook_block("uk", "Управління ЖКГ [mailto:zhkh@example.gov.ua]", first, "uvp@cg.ukrtel.net",
                    "Інформація управління ЖКГ за ІІ півріччя 2013") + """

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
Інформація управління житлово-комунального господарства облдержадміністрації:
п. 1 – на веб-сторінці управління розміщено інформацію про тарифи на житлово-комунальні послуги в розрізі населених пунктів області, оновлено розділ «Публічна інформація»;
п. 2 – інформацію про хід виконання Програми реформування і розвитку ЖКГ на 2010–2014 роки за 9 місяців направлено до Головного управління економіки для розміщення в рубриці «Хід виконання цільових програм»;
п. 6 – 24.10.2013 проведено громадське обговорення порядку формування тарифів на теплову енергію за участю 34 представників ОСББ та громадських організацій.

Заступник начальника управління  В.І. Осадчий
"""
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("nr5", "outlook"))
    return message(addr("Гончар Максим", "zhkh@example.gov.ua", cs, quoted=True),
                   "RE: Інформація управління ЖКГ за ІІ півріччя 2013", when, alt,
                   frm_addr="zhkh@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "nr5"),
                   extra=OL2007 + [thread_index("nr5")])


# =======================================================================================
# 4. rg — ranges and lists of measure numbers
# =======================================================================================

KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Reply to zvit's receipt (quoted, recognising 1 and listing 6, 7, 9, 10, 12): the .xlsx answers «1, 6-7» and «9, 12» as blocks (the second says expert reviews were not held), 10 is a dash, and the note column carries document numbers and dates.",
       "items": [{"measure": 1, "source": "Прилуцька РДА_інформація_грудень 2012.xlsx"},
                 {"measure": 6, "source": "Прилуцька РДА_інформація_грудень 2012.xlsx"},
                 {"measure": 7, "source": "Прилуцька РДА_інформація_грудень 2012.xlsx"},
                 {"measure": 9, "source": "Прилуцька РДА_інформація_грудень 2012.xlsx"},
                 {"measure": 12, "source": "Прилуцька РДА_інформація_грудень 2012.xlsx"}]}


@mail("rg1", KEY)
def rg1():
    when = kyiv(2012, 12, 14, 12, 2, 17)
    rc = kyiv(2012, 12, 3, 14, 10, 40)
    receipt = receipt_text("03.12.2012 14:10", "Інформація Прилуцької РДА",
                           "Прилуцька районна державна адміністрація", 1, "15.12.2012",
                           [(1, "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог…")],
                           [6, 7, 9, 10, 12])
    new = """Доброго дня.

Надсилаємо таблицю із зазначенням усіх пунктів плану (у попередньому листі від 03.12.2012 № 01-07/1902 було лише про сайт).

З повагою
Людмила Козлова
відділ організаційної роботи апарату Прилуцької райдержадміністрації
тел. (04637) 3-05-12

""" + outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", rc, "rda-pryluky@example.gov.ua",
                    "Підтвердження отримання: Інформація Прилуцької РДА", style="line") + "\n\n" + receipt
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("rg1a", "outlook"), preamble="")
    root = multipart("mixed", [alt, attachment("Прилуцька РДА_інформація_грудень 2012.xlsx",
                                               att("rg1_pryluky.xlsx"), "2047Q", cs)],
                     boundary("rg1", "outlook"))
    return message(addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", cs, "Q", quoted=True),
                   "RE: Підтвердження отримання: Інформація Прилуцької РДА", when, root,
                   frm_addr="rda-pryluky@example.gov.ua", charset=cs, mode="Q",
                   mid=mid_outlook(when, "example.gov.ua", "rg1"),
                   extra=OL2010 + [thread_index("rg1")])


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The office forwards its own earlier letter (quoted below in an Outlook block, with 1, 2 and «пп. 6-9 – буде надано») and adds above it one block «Щодо пунктів з 6 по 9» plus a separate п. 12; only the addition counts.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("rg2", KEY)
def rg2():
    when = kyiv(2013, 6, 11, 15, 30, 26)
    first = kyiv(2013, 6, 7, 12, 3, 0)
    new = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Доповнення до листа від 07.06.2013 № 05-14/1120

На доповнення до раніше наданої інформації повідомляємо.

Щодо пунктів з 6 по 9 плану: у травні – червні 2013 року проведено 2 засідання громадської ради при управлінні праці та соціального захисту населення облдержадміністрації, на яких обговорено проект обласної програми «Турбота» на 2013–2017 роки; голова комітету з питань соціальної політики Громадської ради при облдержадміністрації Руденко В.П. введений до складу колегії управління (наказ від 02.04.2013 № 61) і бере участь у її засіданнях; до складу координаційної ради з питань соціального захисту осіб з обмеженими фізичними можливостями при управлінні включено 3 представників громадських організацій ветеранів та інвалідів; з урахуванням пропозицій учасників обговорення проект програми доопрацьовано.

П. 12 – громадська антикорупційна експертиза проекту наказу «Про затвердження Порядку використання коштів обласного бюджету на надання одноразової матеріальної допомоги» проведена ГО «Громадський контроль Чернігівщини» (висновок від 24.05.2013), зауважень не висловлено.

Начальник управління   Л.Г. Мирошниченко

Виконавець: Сидоренко О.В., 67-33-14

""" + outlook_block("ru", "Управление труда и социальной защиты населения [mailto:sotszakhyst@example.gov.ua]",
                    first, "uvp@cg.ukrtel.net", "Інформація УПСЗН за І півріччя 2013", style="line") + """

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
07.06.2013 № 05-14/1120

Інформація управління праці та соціального захисту населення облдержадміністрації про виконання Плану заходів за І півріччя 2013 року:
п. 1 – на веб-сторінці управління створено розділ «Громадська рада», оновлено розділи «Соціальні допомоги» та «Субсидії»;
п. 2 – інформацію про хід виконання обласної програми «Турбота» за 2012 рік направлено до ГУЕ для розміщення в рубриці «Хід виконання цільових програм»;
пп. 6-9 – інформація буде надана додатково;
п. 12 – не проводились.

Начальник управління   Л.Г. Мирошниченко
"""
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("rg2", "outlook"))
    return message(addr("Управление труда и социальной защиты населения", "sotszakhyst@example.gov.ua", cs, quoted=True),
                   "FW: Доповнення до листа від 07.06.2013 № 05-14/1120", when, alt,
                   frm_addr="sotszakhyst@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "rg2"),
                   extra=OL2010RU + [thread_index("rg2")])


KEY = {"class": "ranges", "executor": "rda-mena", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian, KOI8-R, Outlook 2003 blocks without «>»: «По пунктам 1 и 6» and «Пункты 7 и 9» answered as blocks under the department's question and the office's first letter (both quoted), «По пунктам 10, 12 - не проводились» a bare negation, with dates, counts and years around.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("rg3", KEY)
def rg3():
    when = kyiv(2013, 12, 10, 11, 14, 50)
    first = kyiv(2013, 12, 3, 15, 2, 0)
    ask = kyiv(2013, 12, 6, 10, 31, 0)
    body = """Добрый день!

На Ваш запрос от 06.12.2013 сообщаем.

По пунктам 1 и 6: официальный сайт райгосадминистрации обновляется ежедневно, в разделе "Консультации с общественностью" размещен план консультаций на 2013 год и отчеты о их проведении; во II полугодии проведено 5 публичных консультаций (общественные слушания по проекту бюджета района на 2014 год 29.11.2013 - присутствовало 63 человека, встречи с жителями 4 сельских советов по вопросам ремонта дорог).

Пункты 7 и 9 - представители 3 общественных организаций включены в состав районной межведомственной комиссии по вопросам защиты прав ребенка и совета по вопросам развития предпринимательства при райгосадминистрации; члены общественного совета привлекались к обсуждению проекта Программы развития малого предпринимательства в районе на 2014-2015 годы (заседание 14.11.2013, учтено 4 предложения).

По пунктам 10, 12 - не проводились.

С уважением,
Наталья Гусак
главный специалист отдела организационной работы и информационной деятельности аппарата Менской райгосадминистрации
тел. (04644) 2-13-52

""" + outlook_block("ru", "Управление внутренней политики [mailto:uvp@cg.ukrtel.net]", ask,
                    "rda-mena@example.gov.ua", "RE: Информация Менской РГА") + """

Наталья, добрый день!
Просим предоставить информацию в разрезе пунктов плана (пп. 1, 6, 7, 9, 10, 12) - в письме от 03.12.2013 информация дана общим текстом, без указания пунктов.
Спасибо.
А. Лысенко, 67-52-21

""" + outlook_block("ru", "Менская РГА [mailto:rda-mena@example.gov.ua]", first,
                    "uvp@cg.ukrtel.net", "Информация Менской РГА") + """

Информация Менской райгосадминистрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти во II полугодии 2013 года.
Райгосадминистрацией постоянно проводится работа по обеспечению открытости: обновляется официальный сайт, проводятся консультации с общественностью, общественный совет привлекается к обсуждению проектов решений. Общественные экспертизы не проводились.

Н. Гусак
"""
    cs = "koi8-r"
    root = text(body, "plain", cs, "quoted-printable")
    return message(addr("Гусак Наталья", "rda-mena@example.gov.ua", cs, quoted=True),
                   "RE: Информация Менской РГА", when, root, frm_addr="rda-mena@example.gov.ua",
                   charset=cs, mid=mid_outlook(when, "example.gov.ua", "rg3"),
                   extra=OL2003 + [thread_index("rg3")])


KEY = {"class": "ranges", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own sector answers zvit's reminder (quoted, listing eight measures) with blocks «п.п. 3, 4», «пп. 10-11» and «п.п. 13 – 14» that each answer every number in them, while «п. 15 – у І кварталі 2013 р.» only says when; letter numbers and counts sit beside them.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"},
                 {"measure": 5, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 11, "source": "body"}, {"measure": 13, "source": "body"},
                 {"measure": 14, "source": "body"}]}


@mail("rg4", KEY)
def rg4():
    when = kyiv(2012, 12, 14, 17, 40, 3)
    rem = kyiv(2012, 12, 10, 9, 0, 2)
    new = """Інформація управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації (відділ взаємодії з інститутами громадянського суспільства) за 2012 рік:

п.п. 3, 4 – веб-ресурс «Чернігівська громада» запущено 1 жовтня 2012 року, ведеться щоденне наповнення (новини ІГС, анонси, документи для обговорення), станом на 14.12.2012 розміщено 318 матеріалів; на його базі розроблено технічне завдання та тестову версію Інтернет-форуму, відкриття форуму – у березні 2013 р.

п. 5 – «гаряча лінія» голови облдержадміністрації працює щоденно, спільно з відділом роботи із зверненнями громадян апарату облдержадміністрації щотижня аналізуються звернення щодо діяльності органів влади.

пп. 10-11 – громадським радам при райдержадміністраціях надіслано рекомендації щодо утворення робочих груп з питань відкритості та прозорості (лист від 05.11.2012 № 03-09/1876); 22 листопада 2012 р. проведено День відкритих дверей управління для представників ІГС та ЗМІ (31 учасник).

п.п. 13 – 14 – 6 грудня 2012 р. спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальний семінар для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю (41 учасник); підготовлено методичний посібник «Консультації з громадськістю: практичний порадник» (тираж 300 прим.), який поширюється серед учасників семінару та райдержадміністрацій.

п. 15 – у І кварталі 2013 р.

Начальник відділу взаємодії з інститутами громадянського суспільства
М.В. Пономаренко

%s, %s пише:
""" % (d_num(rem), UVP_FROM)
    reminder = reminder_text(OFFICE, [3, 4, 5, 10, 11, 13, 14, 15], "15.12.2012", "10.12.2012")
    body = wrap(new, 72, True) + quote(reminder) + "\n"
    root = text(body, "plain", "utf-8", "8bit", params="; format=flowed")
    return message(addr("Пономаренко М.В.", "uvp-info@example.gov.ua"), "Re: " + REMINDER_SUBJECT,
                   when, root, frm_addr="uvp-info@example.gov.ua",
                   mid=mid_tb(when, "example.gov.ua"), extra=[TB10])


KEY = {"class": "ranges", "executor": "rda-sosnytsia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Two days after the deadline, under zvit's overdue reminder: the .odt's number cell «1–2, 6–9» answers one block for six measures, two of them (2, 8) not owed by a district, while «10, 12» is a dash.",
       "items": [{"measure": 1, "source": "Сосниця_інформація_Відкритий_уряд_2012.odt"},
                 {"measure": 2, "source": "Сосниця_інформація_Відкритий_уряд_2012.odt"},
                 {"measure": 6, "source": "Сосниця_інформація_Відкритий_уряд_2012.odt"},
                 {"measure": 7, "source": "Сосниця_інформація_Відкритий_уряд_2012.odt"},
                 {"measure": 8, "source": "Сосниця_інформація_Відкритий_уряд_2012.odt"},
                 {"measure": 9, "source": "Сосниця_інформація_Відкритий_уряд_2012.odt"}]}


@mail("rg5", KEY)
def rg5():
    when = kyiv(2012, 12, 17, 10, 5, 44)
    rem = kyiv(2012, 12, 17, 8, 0, 9)
    new = """Доброго дня!

Перепрошуємо за затримку. Інформація Сосницької райдержадміністрації у вкладенні.

-- 
Сектор організаційної роботи апарату
Сосницької районної державної адміністрації
(04655) 2-12-04

%s, %s пише:
""" % (d_num(rem), UVP_FROM)
    reminder = reminder_text("Сосницька районна державна адміністрація", [1, 6, 7, 9, 10, 12],
                             "15.12.2012", "17.12.2012", overdue=True)
    body = wrap(new, 72, True) + quote(reminder) + "\n"
    root = multipart("mixed", [text(body, "plain", "utf-8", "8bit", params="; format=flowed"),
                               attachment("Сосниця_інформація_Відкритий_уряд_2012.odt",
                                          att("rg5_sosnytsia.odt"), "2231cont", ct_style="2047B")],
                     boundary("rg5"))
    return message(addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua"), "Re: " + REMINDER_SUBJECT,
                   when, root, frm_addr="rda-sosnytsia@example.gov.ua",
                   mid=mid_tb(when, "example.gov.ua"),
                   extra=["User-Agent: Mozilla/5.0 (X11; Linux i686; rv:10.0.11) Gecko/20121123 Thunderbird/10.0.11"])


# =======================================================================================
# 5. pr — prose without plan numbers
# =======================================================================================

KEY = {"class": "prose", "executor": "su-kapbud", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A formal letter as a PDF with a text layer under a cover note replying to zvit's reminder (quoted with all seven owed measures): paragraphs on the unit's web page, information sent for the programmes rubric, the collegium and an anti-corruption review, plus a last paragraph that names the site only as where news is published.",
       "items": [{"measure": 1, "source": "Лист УКБ від 12.12.2012 № 03-11-2114.pdf"},
                 {"measure": 2, "source": "Лист УКБ від 12.12.2012 № 03-11-2114.pdf"},
                 {"measure": 8, "source": "Лист УКБ від 12.12.2012 № 03-11-2114.pdf"},
                 {"measure": 12, "source": "Лист УКБ від 12.12.2012 № 03-11-2114.pdf"}]}


@mail("pr1", KEY)
def pr1():
    when = kyiv(2012, 12, 13, 9, 58, 31)
    rem = kyiv(2012, 12, 10, 9, 0, 5)
    new = """Доброго дня!

На нагадування від 10.12.2012 надсилаємо лист управління капітального будівництва облдержадміністрації від 12.12.2012 № 03-11/2114 (у форматі pdf). Оригінал направлено поштою.

З повагою
Ірина Гнатенко
загальний відділ УКБ ОДА
тел. 67-20-31

""" + outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", rem, "kapbud@example.gov.ua",
                    REMINDER_SUBJECT) + "\n\n" + reminder_text(
        "Управління капітального будівництва облдержадміністрації", [1, 2, 6, 7, 8, 9, 12],
        "15.12.2012", "10.12.2012")
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("pr1a", "outlook"), preamble="")
    root = multipart("mixed", [alt, attachment("Лист УКБ від 12.12.2012 № 03-11-2114.pdf",
                                               att("pr1_kapbud.pdf"), "2047B", cs)],
                     boundary("pr1", "outlook"))
    return message(addr("Гнатенко Ірина", "kapbud@example.gov.ua", cs, quoted=True),
                   "RE: " + REMINDER_SUBJECT, when, root, frm_addr="kapbud@example.gov.ua",
                   charset=cs, mid=mid_outlook(when, "example.gov.ua", "pr1"),
                   extra=OL2007 + [thread_index("pr1")])


KEY = {"class": "prose", "executor": "rda-horodnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "«Доповнення до листа від 11.06.2013» with the earlier letter (on the site only) quoted below; the new .docx has headings instead of numbers and one paragraph that covers both the advisory bodies and the discussion of draft orders, and ends with the site as a place of publication only.",
       "items": [{"measure": 6, "source": "Доповнення_Городня_червень 2013.docx"},
                 {"measure": 7, "source": "Доповнення_Городня_червень 2013.docx"},
                 {"measure": 9, "source": "Доповнення_Городня_червень 2013.docx"}]}


@mail("pr2", KEY)
def pr2():
    when = kyiv(2013, 6, 13, 16, 14, 57)
    first = kyiv(2013, 6, 11, 10, 2, 33)
    old = """Доброго дня!

Надаємо інформацію Городнянської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (лист від 11.06.2013 № 01-19/997).

Офіційний веб-сайт райдержадміністрації оновлено: створено розділи «Громадська рада» та «Публічна інформація», розміщено звіт голови райдержадміністрації за 2012 рік, проекти регуляторних актів і оголошення про конкурси.

-- 
Вікторія Пилипенко"""
    new = """Доброго дня!

Надсилаємо доповнення до інформації Городнянської районної державної адміністрації від 11.06.2013 (додається, формат docx). У попередньому листі було висвітлено лише роботу офіційного веб-сайту.

-- 
З повагою, Вікторія Пилипенко,
відділ організаційної роботи та інформаційної діяльності апарату
Городнянської райдержадміністрації, тел. (04645) 2-17-42

On %s, Городнянська РДА <rda-horodnia@example.gov.ua> wrote:

""" % rfc_date(first)
    body = wrap(new, 72, True) + quote(old, width=76, flowed=True) + "\n"
    root = multipart("mixed", [text(body, "plain", "utf-8", "quoted-printable", params="; format=flowed; delsp=yes"),
                               attachment("Доповнення_Городня_червень 2013.docx",
                                          att("pr2_horodnia.docx"), "2231")],
                     "----------%s" % h36("pr2", 22), preamble="")
    return message(addr("Городнянська РДА", "rda-horodnia@example.gov.ua"),
                   "Доповнення до листа від 11.06.2013 № 01-19/997", when, root,
                   frm_addr="rda-horodnia@example.gov.ua",
                   mid="<op.wy%s@pc-orgvid>" % h36("pr2mid", 10), extra=["User-Agent: Opera Mail/12.14 (Win32)"])


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The office re-sends its own letter that bounced from a mistyped address (…ukrtel.ua) as an Outlook forward: the forwarded prose was never received, so it counts whole; one paragraph puts a draft programme to public discussion and sends it to the Public Council's members (6 and 9).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("pr3", KEY)
def pr3():
    when = kyiv(2013, 12, 6, 10, 25, 19)
    first = kyiv(2013, 12, 4, 15, 12, 0)
    new = """Доброго дня!

Повторно надсилаємо лист Держархіву області від 04.12.2013, який повернувся через помилку в адресі (uvp@cg.ukrtel.ua). Просимо підтвердити отримання.

З повагою
канцелярія Державного архіву Чернігівської області
тел. 67-64-10

""" + outlook_block("en", "Державний архів Чернігівської області [mailto:arkhiv@example.gov.ua]", first,
                    "'uvp@cg.ukrtel.ua'", "Інформація Держархіву області щодо плану «Відкритий уряд»",
                    style="line") + """

Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Державний архів Чернігівської області на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує.

Веб-сайт Держархіву області у ІІ півріччі 2013 року доповнено розділами «Публічна інформація» та «Електронні виставки»; регулярно оновлюються розділи «Новини», «Нормативна база» та «Звернення громадян», розміщено звіт про виконання кошторису за 9 місяців.

До складу експертно-перевірної комісії Державного архіву області включено представника громадської організації «Сіверське краєзнавче товариство» Ковтуна Ю.Л.; члени Громадської ради при облдержадміністрації запрошуються до роботи науково-методичної ради архіву.

Проект Програми розвитку архівної справи в Чернігівській області на 2014–2016 роки у жовтні 2013 року винесено на громадське обговорення, його також надіслано членам Громадської ради при облдержадміністрації; отримано 7 пропозицій, 5 з них враховано.

Архів щомісяця проводить тематичні екскурсії для студентів та школярів, анонси яких розміщуються на веб-сайті.

Директор Державного архіву області   Л.М. Іваненко
"""
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("pr3", "outlook"))
    return message(addr("Державний архів Чернігівської області", "arkhiv@example.gov.ua", cs, quoted=True),
                   "FW: Інформація Держархіву області щодо плану «Відкритий уряд»", when, alt,
                   frm_addr="arkhiv@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "pr3"),
                   extra=OL2010 + [thread_index("pr3")])


KEY = {"class": "prose", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "RTF prose under a cover note answering the department's circular (quoted with its list of points): one paragraph on public hearings with members of the public council (6 and 9), a working group on openness, the site only as a place of publication, and a denial that names public expert review.",
       "items": [{"measure": 6, "source": "Bobrovytsia_info_2012.rtf"},
                 {"measure": 9, "source": "Bobrovytsia_info_2012.rtf"},
                 {"measure": 10, "source": "Bobrovytsia_info_2012.rtf"},
                 {"measure": 12, "source": "Bobrovytsia_info_2012.rtf"}]}


@mail("pr4", KEY)
def pr4():
    when = kyiv(2012, 12, 10, 14, 36, 2)
    circ = kyiv(2012, 11, 30, 15, 40, 12)
    circ_text = """Шановні колеги!

На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого 10.09.2012, просимо до 15.12.2012 надати інформацію про виконання пунктів 1, 6, 7, 9, 10, 12 плану (лист від 30.11.2012 № 03-09/2011, план додається).

""" + GREBENIUK
    new = """Добрий день!

На лист від 30.11.2012 № 03-09/2011 надсилаємо інформацію Бобровицької райдержадміністрації (у форматі rtf).

-- 
З повагою,
 Людмила Карпенко, сектор з питань внутрішньої політики
 Бобровицької райдержадміністрації, (04632) 2-18-51

Ви писали 30 листопада 2012 р., %d:%02d:%02d:

""" % (circ.hour, circ.minute, circ.second)
    body = wrap(new, 76) + quote(circ_text, width=76) + "\n"
    cs = "windows-1251"
    root = multipart("mixed", [text(body, "plain", cs, "quoted-printable"),
                               attachment("Bobrovytsia_info_2012.rtf", att("pr4_bobrovytsia.rtf"),
                                          "ascii", ctype="application/msword")],
                     boundary("pr4", "bat"), preamble="")
    return message(addr("Карпенко Людмила", "rda-bobrovytsia@example.gov.ua", cs),
                   "Re: Про надання інформації (План заходів «Відкритий уряд»)", when, root,
                   frm_addr="rda-bobrovytsia@example.gov.ua", charset=cs,
                   mid=mid_bat(when, "example.gov.ua"), extra=BAT)


KEY = {"class": "prose", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "KOI8-U plain prose from the Public Council's chair above the department's quoted request for pp. 3, 4, 15: the new text names no numbers, states work on the web resource and on the forum, and only proposes the public discussion for February.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}]}


@mail("pr5", KEY)
def pr5():
    when = kyiv(2012, 12, 5, 19, 22, 40)
    ask = kyiv(2012, 12, 3, 11, 15, 2)
    ask_text = """Шановна Людмило Іванівно!

Просимо до 12.12.2012 надати інформацію щодо участі Громадської ради при облдержадміністрації у виконанні пп. 3, 4, 15 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (веб-ресурс "Чернігівська громада", Інтернет-форум, громадське обговорення виконання плану).

З повагою
Оксана Гребенюк, УВП облдержадміністрації, тел. 67-52-18"""
    new = """Шановна Оксано Петрівно!

Інформую про участь Громадської ради при облдержадміністрації у виконанні плану заходів щодо відкритості та прозорості.

Члени ради взяли участь у створенні веб-ресурсу "Чернігівська громада": комітет з питань інформаційної політики та свободи слова підготував структуру розділів і наповнення розділу "Громадські організації області" (внесено дані про 214 ІГС), члени ради щотижня надають новини для ресурсу.

Щодо інтернет-форуму: робоча група ради (5 осіб) узгодила з розробниками правила модерації та перелік тематичних розділів майбутнього форуму, тестування почнемо після новорічних свят.

Громадське обговорення виконання плану заходів пропонуємо провести в лютому на розширеному засіданні ради, про дату повідомимо додатково.

З повагою,
Людмила Стельмах,
голова Громадської ради при облдержадміністрації
тел. 050-312-47-18

У понеділок, %d грудня 2012 %d:%02d:%02d ви написали:
""" % (ask.day, ask.hour, ask.minute, ask.second)
    body = wrap(new, 78) + quote(ask_text, width=78) + "\n"
    cs = "koi8-u"
    root = text(body, "plain", cs, "8bit")
    return message(addr("Людмила Стельмах", "gromrada@example.gov.ua", cs),
                   "Re: Про надання інформації (пп. 3, 4, 15 Плану)", when, root,
                   frm_addr="gromrada@example.gov.ua", charset=cs,
                   mid="<%d.%s@stelmakh-nb>" % (int(h36("pr5", 8), 16), "kmail"),
                   extra=["User-Agent: KMail/1.13.7 (Linux/3.2.0-4-686-pae; KDE/4.8.4; i686; ; )"])


# =======================================================================================
# 6. fn — numbers that are not the plan's
# =======================================================================================

KEY = {"class": "foreign_numbers", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Re-sent without the password after zvit's receipt (quoted) said the first file was encrypted: the .xls has a running «№ з/п» 1–8 beside the real «Пункт плану» column (з/п 3 is measure 6, з/п 7 is measure 12), and rows 7, 9 and 12 are a dash, «+» and a bare «не проводились».",
       "items": [{"measure": 1, "source": "APK_VU_2012.xls"}, {"measure": 2, "source": "APK_VU_2012.xls"},
                 {"measure": 6, "source": "APK_VU_2012.xls"}, {"measure": 8, "source": "APK_VU_2012.xls"}]}


@mail("fn1", KEY)
def fn1():
    when = kyiv(2012, 12, 11, 11, 45, 9)
    rc = kyiv(2012, 12, 10, 16, 2, 30)
    receipt = receipt_text("10.12.2012 15:58", "Інформація ГУАПР (Відкритий уряд)",
                           "Головне управління агропромислового розвитку облдержадміністрації", 1,
                           "15.12.2012", [], [1, 2, 6, 7, 8, 9, 12],
                           unreadable=[("Інформація АПК.xls", "файл захищено паролем")])
    new = """Доброго дня.

Повторно надсилаємо таблицю без пароля (попередній файл був захищений за замовчуванням). Вибачте за незручності.

Олександр Тимченко
відділ інформаційного забезпечення
Головного управління агропромислового розвитку облдержадміністрації
тел. 67-15-26

""" + outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", rc, "apk@example.gov.ua",
                    "Підтвердження отримання: Інформація ГУАПР (Відкритий уряд)") + "\n\n" + receipt
    cs = "windows-1251"
    root = multipart("mixed", [text(new, "plain", cs, "quoted-printable"),
                               attachment("APK_VU_2012.xls", att("fn1_apk.xls"), "ascii")],
                     boundary("fn1", "outlook"))
    return message(addr("Тимченко Олександр", "apk@example.gov.ua", cs, quoted=True),
                   "RE: Підтвердження отримання: Інформація ГУАПР (Відкритий уряд)", when, root,
                   frm_addr="apk@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "fn1"),
                   extra=OL2003 + [thread_index("fn1")])


KEY = {"class": "foreign_numbers", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "«Просимо вважати недійсним наш лист від 11.06.2013»: the new text numbers its own paragraphs 1–5 (its «1.» is consultations, «2.» the site, «3.» the working group, «4.» expert review, «5.» only a promise), with counts and letter numbers, above the quoted invalid letter with its own numbered list.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("fn2", KEY)
def fn2():
    when = kyiv(2013, 6, 12, 10, 8, 33)
    first = kyiv(2013, 6, 11, 14, 20, 5)
    new = """Доброго дня!

Просимо вважати недійсним наш лист від 11.06.2013 № 01-28/1154 – у ньому помилково зазначено дані за 2012 рік.

Уточнена інформація Ічнянської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року:

1. Проведено 4 консультації з громадськістю: громадське обговорення проекту Програми розвитку культури району на 2013–2015 роки (лютий), 2 зустрічі з жителями м. Ічня щодо благоустрою міського парку, опитування щодо якості надання адміністративних послуг (опитано 138 осіб).

2. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог чинного законодавства, розділ «Доступ до публічної інформації» доповнено переліком документів, що зберігаються в райдержадміністрації; у І півріччі розміщено 212 матеріалів.

3. За рекомендацією райдержадміністрації (лист від 14.02.2013 № 01-28/233) при громадській раді утворено робочу групу з питань відкритості та прозорості діяльності органу влади (5 осіб).

4. За запитом ГО «Ічнянська ініціатива» надано документи для громадської експертизи діяльності відділу ведення Державного реєстру виборців та центру надання адміністративних послуг; розроблено заходи щодо реалізації 3 пропозицій за результатами експертизи (розпорядження від 27.05.2013 № 184).

5. Питання залучення членів громадської ради до роботи дорадчих органів буде розглянуто на засіданні громадської ради в липні.

Заступник голови райдержадміністрації   С.В. Бакума

-- 
Тетяна Руденко, сектор з питань внутрішньої політики, (04633) 2-11-07


-------- Оригінальне повідомлення --------
Тема:\tІнформація Ічнянської РДА
Дата:\t%s
Від:\tІчнянська РДА <rda-ichnia@example.gov.ua>
Кому:\tuvp@cg.ukrtel.net

""" % rfc_date(first)
    old = """Інформація Ічнянської районної державної адміністрації про виконання Плану заходів (лист від 11.06.2013 № 01-28/1154):

1. Проведено 6 консультацій з громадськістю, у т.ч. громадські слухання щодо проекту районного бюджету на 2013 рік.
2. На офіційному веб-сайті райдержадміністрації створено розділ «Доступ до публічної інформації».
3. Громадській раді рекомендовано утворити робочу групу з питань відкритості.
4. Громадські експертизи не проводились.

Заступник голови райдержадміністрації   С.В. Бакума"""
    body = wrap(new, 76) + old + "\n"
    cs = "windows-1251"
    root = text(body, "plain", cs, "quoted-printable")
    return message(addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", cs),
                   "Уточнена інформація Ічнянської РДА (замість листа від 11.06.2013 № 01-28/1154)",
                   when, root, frm_addr="rda-ichnia@example.gov.ua", charset=cs,
                   mid=mid_tb(when, "example.gov.ua"), extra=[TB17])


KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Re-sent with the right attachment over the quoted earlier letter: the .docx follows the unit's own work plan (headings «1.1», «2.3», «2.4», «3.2», sub-items «1)», «а)»), never the plan's numbers; «2.4 … Без змін» is a placeholder.",
       "items": [{"measure": 1, "source": "Інформація УСМС ІІ півріччя 2013.docx"},
                 {"measure": 6, "source": "Інформація УСМС ІІ півріччя 2013.docx"},
                 {"measure": 12, "source": "Інформація УСМС ІІ півріччя 2013.docx"}]}


@mail("fn3", KEY)
def fn3():
    when = kyiv(2013, 12, 9, 15, 17, 4)
    first = kyiv(2013, 12, 6, 11, 20, 0)
    new = """Доброго дня!

У попередньому листі від 06.12.2013 помилково долучено не той файл (інформацію для Головного управління економіки). Надсилаємо правильний, перепрошуємо.

З повагою
Олена Приймак
головний спеціаліст відділу молодіжної політики
управління у справах сім'ї, молоді та спорту облдержадміністрації
тел. 67-29-83

""" + outlook_block("uk", "Управління у справах сім'ї, молоді та спорту [mailto:simia@example.gov.ua]", first,
                    "uvp@cg.ukrtel.net", "Інформація УСМС (Відкритий уряд)", style="line") + """

Доброго дня!
Надаємо інформацію управління у справах сім'ї, молоді та спорту облдержадміністрації про виконання Плану заходів за ІІ півріччя 2013 року (додається).
О. Приймак
"""
    cs = "utf-8"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("fn3a", "outlook"), preamble="")
    root = multipart("mixed", [alt, attachment("Інформація УСМС ІІ півріччя 2013.docx",
                                               att("fn3_simia.docx"), "2047B", cs)],
                     boundary("fn3", "outlook"))
    return message(addr("Приймак Олена", "simia@example.gov.ua", cs, quoted=True),
                   "RE: Інформація УСМС (повторно, з правильним вкладенням)", when, root,
                   frm_addr="simia@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "fn3"),
                   extra=OL2010 + [thread_index("fn3")])


KEY = {"class": "foreign_numbers", "executor": "rda-chernihiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Answer to the department's question on pp. 1, 7, 9 above the quoted question and the office's first table: «Щодо п. 1» with sub-items 1)–3), «Щодо п. 9» with а)–б), and order, letter and count numbers throughout.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("fn4", KEY)
def fn4():
    when = kyiv(2012, 12, 12, 12, 20, 37)
    first = kyiv(2012, 12, 7, 9, 48, 0)
    ask = kyiv(2012, 12, 11, 14, 5, 0)
    new = """Доброго дня!

Щодо п. 1 плану:
1) на офіційному веб-сайті райдержадміністрації створено розділ «Громадянське суспільство і влада» (підрозділи «Громадська рада», «Консультації з громадськістю», «Громадська експертиза»);
2) розміщено 14 проектів розпоряджень голови райдержадміністрації відповідно до Закону України «Про доступ до публічної інформації»;
3) оновлено довідник телефонів структурних підрозділів та сільських рад.

Щодо п. 7: до складу ради з питань розвитку підприємництва при райдержадміністрації введено 2 представників громадської ради (розпорядження від 12.11.2012 № 496).

Щодо п. 9:
а) члени громадської ради брали участь в обговоренні проекту Програми соціально-економічного розвитку району на 2013 рік (засідання 29.11.2012);
б) проект розпорядження «Про затвердження районної програми підтримки молодіжних ініціатив» надіслано членам громадської ради для пропозицій (лист № 01-12/7 від 05.12.2012), 2 пропозиції враховано.

З повагою
Тарас Мороз
сектор з питань внутрішньої політики, зв'язків із ЗМІ та громадськістю
Чернігівської районної державної адміністрації
тел. (0462) 67-81-45

""" + outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", ask, "rda-chernihiv@example.gov.ua",
                    "RE: Інформація Чернігівської РДА") + """

Доброго дня!
Просимо надати інформацію окремо по пп. 1, 7, 9 – у таблиці від 07.12.2012 вони не заповнені.

""" + GREBENIUK + """

""" + outlook_block("uk", "Чернігівська РДА [mailto:rda-chernihiv@example.gov.ua]", first,
                    "uvp@cg.ukrtel.net", "Інформація Чернігівської РДА") + """

Інформація Чернігівської районної державної адміністрації про виконання Плану заходів

№\tІнформація про виконання
1\t
6\tПроведено 2 консультації з громадськістю (громадські слухання щодо проекту районного бюджету на 2013 рік, «круглий стіл» з питань розвитку сільського туризму)
7\t
9\t
10\tРобочу групу з питань відкритості та прозорості при громадській раді утворено 20.11.2012
12\tне проводились

Т. Мороз
"""
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs, "quoted-printable"),
                                    text(html_outlook(new), "html", cs, "base64")],
                    boundary("fn4", "outlook"))
    return message(addr("Мороз Тарас", "rda-chernihiv@example.gov.ua", cs, quoted=True),
                   "RE: RE: Інформація Чернігівської РДА", when, alt,
                   frm_addr="rda-chernihiv@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "fn4"),
                   extra=OL2007 + [thread_index("fn4")])


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The training centre's reply to the department's question cites its own schedule («п. 2.14, 2.15»), group numbers and programme codes; the attached .xlsx lists the seminars under a running «№ з/п» with no plan number at all, one row only planned.",
       "items": [{"measure": 13, "source": "body"}, {"measure": 13, "source": "Семінари_І_кв_2013.xlsx"}]}


@mail("fn5", KEY)
def fn5():
    when = kyiv(2013, 2, 28, 16, 2, 11)
    ask = kyiv(2013, 2, 26, 10, 15, 0)
    ask_text = """Шановна Світлано Миколаївно!

Просимо надати інформацію про семінари, проведені Центром на виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (термін – до 1 березня 2013 року), із зазначенням категорій і кількості слухачів.

""" + GREBENIUK
    new = """Доброго дня!

На Ваш запит повідомляємо, що Центром у І кварталі 2013 року відповідно до Плану-графіка підвищення кваліфікації на 2013 рік (п. 2.14, 2.15) проведено 2 тематичні короткотермінові семінари «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю» для заступників керівників структурних підрозділів облдержадміністрації (група № 3, 24 особи) та для спеціалістів, які безпосередньо організовують консультації з громадськістю (група № 4, 31 особа). Перелік – у таблиці, що додається.

Ще один семінар, для спеціалістів райдержадміністрацій, заплановано на 14.03.2013.

З повагою
Світлана Коваленко
завідувач навчально-методичного відділу
Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій
тел. (0462) 65-11-48

%s, %s пише:
""" % (d_num(ask), UVP_FROM)
    body = wrap(new, 72, True) + quote(ask_text, width=76, flowed=True) + "\n"
    root = multipart("mixed", [text(body, "plain", "utf-8", "8bit", params="; format=flowed"),
                               attachment("Семінари_І_кв_2013.xlsx", att("fn5_cppk.xlsx"), "2231",
                                          ct_style="2047B")],
                     boundary("fn5"))
    return message(addr("Коваленко Світлана", "cppk@example.gov.ua"),
                   "Re: Інформація щодо п. 13 Плану (семінари)", when, root,
                   frm_addr="cppk@example.gov.ua", mid=mid_tb(when, "example.gov.ua"), extra=[TB17])


# =======================================================================================
# 7. pa — a private box or another office's box
# =======================================================================================

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a clerk's gmail.com box as a Gmail forward of the office's internal note; the body names the addressee УВП and the unit in the genitive, adds 9 in its own words, and the .doc answers 1, 2, 6 and 12 while 7 is a dash and 8 «Без змін».",
       "items": [{"measure": 1, "source": "Економіка_інформація_І_півріччя_2013.doc"},
                 {"measure": 2, "source": "Економіка_інформація_І_півріччя_2013.doc"},
                 {"measure": 6, "source": "Економіка_інформація_І_півріччя_2013.doc"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "Економіка_інформація_І_півріччя_2013.doc"}]}


@mail("pa1", KEY)
def pa1():
    when = kyiv(2013, 6, 14, 20, 41, 12)
    new = """Добрий вечір!

Надсилаю з особистої пошти, бо з робочої скриньки управління лист не відправляється (переповнена).

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації – інформація Головного управління економіки облдержадміністрації про виконання Плану заходів за І півріччя 2013 року у вкладенні.
Крім того, 12 червня 2013 року проведено засідання громадської ради при Головному управлінні економіки, на якому члени ради обговорили проект Програми економічного і соціального розвитку області на 2014 рік (з 14 пропозицій членів ради 9 враховано).

Галина Коваль
головний спеціаліст відділу регіонального розвитку
Головного управління економіки облдержадміністрації
тел. 67-28-44

---------- Forwarded message ----------
From: Головне управління економіки <ekonomika@example.gov.ua>
Date: 2013/6/14
Subject: інф ВУ
To: g.koval.econ@gmail.com


Галино, ось остаточний варіант, підписаний. Відправ сьогодні обов'язково, бо з нашої не йде.
Т.В.
"""
    html = ('<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in new.split("\n")[:-1]) + "</div>")
    alt = multipart("alternative", [text(new, "plain", "UTF-8", "base64"),
                                    text(html, "html", "UTF-8", "base64")],
                    boundary("pa1a", "gmail"), preamble="")
    root = multipart("mixed", [alt, attachment("Економіка_інформація_І_півріччя_2013.doc",
                                               att("pa1_ekonomika.doc"), "2047B", "UTF-8",
                                               extra=["X-Attachment-Id: f_hhf2kq0x0"])],
                     boundary("pa1", "gmail"), preamble="")
    return message(addr("Галина Коваль", "g.koval.econ@gmail.com", "UTF-8"), "Fwd: інф ВУ", when,
                   root, frm_addr="g.koval.econ@gmail.com", charset="UTF-8",
                   mid=mid_gmail(when, "pa1"),
                   extra=["X-Received: by 10.180.83.106 with SMTP id p10mr3612140wiy.5.%d; %s"
                          % (int(when.timestamp()), rfc_date(when))])


KEY = {"class": "personal_address", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Saturday reply from a clerk's ukr.net box to the reminder forwarded to her from the district box (both quoted): the district is named only in the genitive in the body and signature; 9 is a bare «не проводились», 12 a dash.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("pa2", KEY)
def pa2():
    when = kyiv(2012, 12, 15, 11, 27, 50)
    rem = kyiv(2012, 12, 10, 9, 0, 9)
    fwd = kyiv(2012, 12, 14, 17, 2, 40)
    new = """Доброго дня!

Надсилаю інформацію Коропської районної державної адміністрації з домашньої пошти, оскільки в суботу робоча недоступна.

1. Офіційний веб-сайт райдержадміністрації: створено розділ «Публічна інформація», щотижня оновлюються новини, розміщено звіти сільських голів за 2012 рік.
6. Проведено 2 громадські слухання (щодо проекту районного бюджету на 2013 рік – 11.12.2012; щодо програми благоустрою смт Короп – 26.10.2012).
7. До складу районної комісії з питань техногенно-екологічної безпеки та надзвичайних ситуацій включено представника ГО «Коропщина».
9. не проводились
10. Громадській раді рекомендовано створити робочу групу з питань відкритості (лист від 03.12.2012 № 02-12/1430), розгляд – на засіданні ради в січні.
12. –

Тетяна Литвинчук
головний спеціаліст відділу організаційної роботи апарату Коропської райдержадміністрації

--- Оригінальне повідомлення ---
Від кого: "Коропська РДА" <rda-korop@example.gov.ua>
Дата: %d грудня 2012, %02d:%02d:%02d

""" % (fwd.day, fwd.hour, fwd.minute, fwd.second)
    inner = """Тетяно, нагадування з області, треба до 15.12 обов'язково. Л.М.

-------- Original Message --------
Subject: %s
Date: %s
From: %s <uvp@cg.ukrtel.net>
To: rda-korop@example.gov.ua

""" % (REMINDER_SUBJECT, rfc_date(rem), UVP_FROM) + reminder_text(
        "Коропська районна державна адміністрація", [1, 6, 7, 9, 10, 12], "15.12.2012", "10.12.2012")
    plain = new + quote(inner) + "\n"
    html = html_web(plain, quote_open='<blockquote style="border-left:1px solid #ccc;margin:0 0 0 6px;padding-left:6px">')
    cs = "windows-1251"
    alt = multipart("alternative", [text(plain, "plain", cs, "base64"), text(html, "html", cs, "base64")],
                    "----%s" % h36("pa2", 20), preamble="")
    return message(addr("Тетяна Литвинчук", "tanya.lytvynchuk@ukr.net", cs), "Re: Fwd: " + REMINDER_SUBJECT,
                   when, alt, frm_addr="tanya.lytvynchuk@ukr.net", charset=cs,
                   mid="<%d.%d.%s@frv34.fwdcdn.com>" % (int(when.timestamp()), 523187000,
                                                         h36("pa2mid", 8)),
                   extra=["X-Mailer: FREEMAIL", "X-Originating-Ip: [178.151.42.17]"])


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the capital-construction office's registered box (its own is down) on a reminder that the architecture office had forwarded there; the office is named in the body and signature, 2 is «+» and 12 «не стосується».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("pa3", KEY)
def pa3():
    when = kyiv(2013, 6, 7, 14, 58, 21)
    rem = kyiv(2013, 6, 3, 9, 0, 8)
    fwd = kyiv(2013, 6, 7, 9, 41, 0)
    new = """Доброго дня!

Надсилаємо з електронної пошти управління капітального будівництва, оскільки наша скринька не працює після переїзду.

Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Інформація управління містобудування та архітектури облдержадміністрації про виконання Плану заходів за І півріччя 2013 року:
п. 1 – на веб-сторінці управління розміщено містобудівну документацію (генеральні плани 6 населених пунктів області), оновлено розділ «Публічна інформація»;
п. 2 – +
п. 6 – проведено громадські слухання щодо проекту генерального плану смт Седнів (12.04.2013) та с. Киселівка Чернігівського району (24.05.2013);
п. 8 – до складу колегії управління введено голову комітету з питань регіонального розвитку Громадської ради при облдержадміністрації Тимошенко Н.В. (наказ від 19.03.2013 № 14);
п. 9 – члени Громадської ради при облдержадміністрації залучені до обговорення проекту Регіональних правил забудови, 3 пропозиції враховано;
п. 12 – не стосується.

Начальник управління містобудування та архітектури облдержадміністрації – головний архітектор області   С.М. Приходько

Виконавець: Ірина Бойко, 67-19-30

""" + outlook_block("uk", "Управління містобудування та архітектури [mailto:mistobuduvannia@example.gov.ua]",
                    fwd, "kapbud@example.gov.ua", "FW: " + REMINDER_SUBJECT) + """

Колеги, передаємо для відповіді з вашої скриньки, дякуємо! І. Бойко

""" + outlook_block("uk", UVP_FROM + " [mailto:uvp@cg.ukrtel.net]", rem,
                    "mistobuduvannia@example.gov.ua", REMINDER_SUBJECT) + "\n\n" + reminder_text(
        "Управління містобудування та архітектури облдержадміністрації", [1, 2, 6, 7, 8, 9, 12],
        "15.06.2013", "03.06.2013")
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("pa3", "outlook"))
    return message(addr("Управління капітального будівництва", "kapbud@example.gov.ua", cs, quoted=True),
                   "FW: інформація управління містобудування (з пошти УКБ)", when, alt,
                   frm_addr="kapbud@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "pa3"),
                   extra=OL2007 + [thread_index("pa3")])


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian from an i.ua box two days after the deadline, under the department's urgent note forwarded from the district box: the district only as «Куликовской РГА» in the signature, the .xls half Russian with 7 a dash and 10 a bare «не проводились».",
       "items": [{"measure": 1, "source": "Куликовка_отчет_2013.xls"},
                 {"measure": 6, "source": "Куликовка_отчет_2013.xls"},
                 {"measure": 9, "source": "Куликовка_отчет_2013.xls"},
                 {"measure": 12, "source": "Куликовка_отчет_2013.xls"}]}


@mail("pa4", KEY)
def pa4():
    when = kyiv(2013, 12, 17, 9, 41, 28)
    ask = kyiv(2013, 12, 16, 17, 5, 0)
    fwd = kyiv(2013, 12, 16, 17, 20, 0)
    new = """Здравствуйте!

Извините за задержку, отправляю с личного ящика – на работе второй день не работает интернет.
Информация Куликовской райгосадминистрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти за II полугодие 2013 года во вложении.

С уважением,
Оксана Мельниченко
главный специалист сектора по вопросам внутренней политики, связей со СМИ и общественностью аппарата Куликовской РГА
тел. (04643) 2-11-58


-------- Пересылаемое сообщение --------
%d.%d.2013, %d:%02d, "Куликівська РДА" <rda-kulykivka@example.gov.ua>:

""" % (fwd.day, fwd.month, fwd.hour, fwd.minute)
    inner = """Оксано, терміново!

-------- Исходное сообщение --------
От: %s <uvp@cg.ukrtel.net>
Дата: %s
Тема: Інформація Куликівської РДА за ІІ півріччя 2013 р.

Шановні колеги!
Від Куликівської РДА досі не надійшла інформація за ІІ півріччя 2013 р. (термін – 15.12.2013). Просимо надіслати сьогодні.

""" % (UVP_FROM, d_num(ask)) + LYSENKO
    plain = wrap(new, 76) + quote(inner) + "\n"
    html = html_web(plain)
    cs = "windows-1251"
    alt = multipart("alternative", [text(plain, "plain", cs), text(html, "html", cs)],
                    boundary("pa4a"), preamble="")
    root = multipart("mixed", [alt, attachment("Куликовка_отчет_2013.xls", att("pa4_kulykivka.xls"),
                                               "2047B", cs)], boundary("pa4"))
    return message(addr("Оксана Мельниченко", "oksana_kulykivka@i.ua", cs),
                   "Fwd: Інформація Куликівської РДА за ІІ півріччя 2013 р.", when, root,
                   frm_addr="oksana_kulykivka@i.ua", charset=cs,
                   mid="<%s.%d@i.ua>" % (h36("pa4", 16), int(when.timestamp())),
                   extra=["X-Mailer: i.ua webmail", "X-Originating-IP: [93.126.94.18]"])


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional coordinator writes from his gmail.com box, signing with his NGO as well; the letter names УВП and the Public Council (both executors) as co-organisers, and the quoted invitation below it announces the same event; the web resource is only where the final document was published.",
       "items": [{"measure": 15, "source": "body"}]}


@mail("pa5", KEY)
def pa5():
    when = kyiv(2013, 12, 2, 21, 8, 44)
    inv = kyiv(2013, 11, 20, 15, 5, 33)
    invitation = """Шановні колеги!

Громадська рада при облдержадміністрації запрошує представників управління взяти участь у громадському обговоренні виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (п. 15 плану), яке відбудеться 28 листопада 2013 р. о 14.00 у малій залі облдержадміністрації (вул. Шевченка, 7, 2 поверх).

Просимо підтвердити участь до 26.11.2013.

З повагою
секретар Громадської ради при облдержадміністрації
Віра Дорошенко"""
    new = """Шановні колеги!

Як регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області інформую про виконання пункту 15 Плану заходів.

28 листопада 2013 року спільно з Громадською радою при облдержадміністрації та управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації організовано громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області. В обговоренні взяли участь 48 осіб, у т.ч. представники 26 громадських організацій, 9 структурних підрозділів облдержадміністрації та 7 райдержадміністрацій. Підготовлено підсумковий документ із 17 пропозиціями, який 02.12.2013 направлено голові облдержадміністрації та розміщено на веб-ресурсі «Чернігівська громада».

Пишу з особистої пошти – до скриньки координатора з дому доступу немає.

З повагою,
Роман Гнатюк
регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області,
голова ГО «Чернігівський центр громадського контролю»
тел. 063-187-40-22

%d листопада 2013 р. %d:%02d Громадська рада при ОДА <gromrada@example.gov.ua> пише:

""" % (inv.day, inv.hour, inv.minute)
    plain = new + quote(invitation) + "\n"
    parts = new.split("\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>")
                                        for l in parts[:-3]) + "</div>"
            + '<div class="gmail_extra"><br><div class="gmail_quote">%s<br>'
              '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div></div>'
            % (esc(parts[-3]), "<br>".join(esc(l) for l in invitation.split("\n"))))
    alt = multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                    text(html, "html", "UTF-8", "quoted-printable")],
                    boundary("pa5", "gmail"), preamble="")
    return message(addr("Roman Hnatiuk", "r.hnatiuk.ngo@gmail.com"),
                   "Re: Громадське обговорення виконання Плану заходів – запрошення", when, alt,
                   frm_addr="r.hnatiuk.ngo@gmail.com", mid=mid_gmail(when, "pa5"),
                   cc="gromrada@example.gov.ua",
                   in_reply_to=mid_tb(inv, "example.gov.ua"))


# =======================================================================================
# 8. mx — forwards, corrections, cover note against attachment, two attachments, Word HTML
# =======================================================================================

KEY = {"class": "mixed", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The administration's general department forwards, with its registration note and the deputy head's resolution on top, the district's letter that came to the general box; the district's own message is a message/rfc822 part whose .ods answers 1, 6, 9 (7, 10, 12 «немає», «—», «не проводились»).",
       "items": [{"measure": 1, "source": "Варва_ВУ_2012.ods"}, {"measure": 6, "source": "Варва_ВУ_2012.ods"},
                 {"measure": 9, "source": "Варва_ВУ_2012.ods"}]}


@mail("mx1", KEY)
def mx1():
    when = kyiv(2012, 12, 13, 11, 3, 12)
    orig = kyiv(2012, 12, 12, 16, 24, 51)
    cs = "windows-1251"
    inner_body = """Доброго дня!

Направляємо інформацію Варвинської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (додається).

Перший заступник голови райдержадміністрації   Р.І. Шевченко

Виконавець: Зоя Гребінь, (04636) 2-14-71
"""
    inner_root = multipart("mixed", [text(wrap(inner_body, 76), "plain", cs, "quoted-printable"),
                                     attachment("Варва_ВУ_2012.ods", att("mx1_varva.ods"), "2047B", cs)],
                           boundary("mx1in", "bat"), preamble="")
    inner = message(addr("Варвинська РДА", "rda-varva@example.gov.ua", cs),
                    "Інформація Варвинської РДА (Відкритий уряд)", orig, inner_root,
                    frm_addr="rda-varva@example.gov.ua", to="oda@example.gov.ua", charset=cs,
                    mid=mid_bat(orig, "example.gov.ua"), extra=BAT)
    note = """Доброго дня!

Пересилаємо лист Варвинської райдержадміністрації, який надійшов 12.12.2012 на загальну адресу облдержадміністрації (вх. № 7344/0/12 від 12.12.2012), для опрацювання за належністю. Оригінал листа з вкладенням – у додатку.

Резолюція заступника голови облдержадміністрації: «УВП (Пономаренко М.В.) – для врахування в узагальненій інформації. 12.12.2012».

З повагою
Ніна Гаврилюк
загальний відділ апарату облдержадміністрації
тел. 67-50-02
"""
    root = multipart("mixed", [text(wrap(note, 72, True), "plain", "utf-8", "8bit", params="; format=flowed"),
                               rfc822(inner, "Інформація Варвинської РДА (Відкритий уряд).eml")],
                     boundary("mx1"))
    return message(addr("Загальний відділ апарату ОДА", "zagvid-oda@example.gov.ua"),
                   "Fwd: Інформація Варвинської РДА (Відкритий уряд)", when, root,
                   frm_addr="zagvid-oda@example.gov.ua", mid=mid_tb(when, "example.gov.ua"),
                   extra=[TB10])


KEY = {"class": "mixed", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "«Доповнення до листа від 04.06.2013» (quoted, sent without its attachment): the cover note reports consultations (6) while the now attached .doc reports 1 and 7 and puts off 6 «буде надано окремо»; its row for the service's own hotline is no measure 5.",
       "items": [{"measure": 1, "source": "Інформація ССД І півріччя 2013.doc"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "Інформація ССД І півріччя 2013.doc"}]}


@mail("mx2", KEY)
def mx2():
    when = kyiv(2013, 6, 6, 12, 44, 9)
    first = kyiv(2013, 6, 4, 16, 2, 0)
    new = """Доброго дня!

До нашого листа від 04.06.2013 № 03-08/412 не було долучено вкладення – надсилаємо його зараз (інформація служби у справах дітей облдержадміністрації, додається).

Додатково повідомляємо: 30 травня 2013 р. службою проведено консультації з громадськістю у формі «круглого столу» щодо проекту обласної програми оздоровлення та відпочинку дітей на 2013 рік за участю 11 громадських організацій та батьківських комітетів; 5 пропозицій враховано.

З повагою
Наталія Сергієнко
головний спеціаліст служби у справах дітей облдержадміністрації
тел. 67-36-51

""" + outlook_block("uk", "Служба у справах дітей [mailto:sluzhba-ditei@example.gov.ua]", first,
                    "uvp@cg.ukrtel.net", "Інформація служби у справах дітей (Відкритий уряд)") + """

Доброго дня!
Надсилаємо інформацію служби у справах дітей облдержадміністрації про виконання Плану заходів за І півріччя 2013 року (лист від 04.06.2013 № 03-08/412, додається).
Н. Сергієнко
"""
    cs = "windows-1251"
    alt = multipart("alternative", [text(new, "plain", cs), text(html_outlook(new), "html", cs)],
                    boundary("mx2a", "outlook"), preamble="")
    root = multipart("mixed", [alt, attachment("Інформація ССД І півріччя 2013.doc", att("mx2_ssd.doc"),
                                               "2047B", cs)], boundary("mx2", "outlook"))
    return message(addr("Сергієнко Наталія", "sluzhba-ditei@example.gov.ua", cs, quoted=True),
                   "Доповнення до листа від 04.06.2013 № 03-08/412 (з вкладенням)", when, root,
                   frm_addr="sluzhba-ditei@example.gov.ua", charset=cs,
                   mid=mid_outlook(when, "example.gov.ua", "mx2"),
                   extra=OL2007 + [thread_index("mx2")])


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A re-sent, corrected .docx plus a PDF protocol of public hearings, in a three-level thread (the department's question about 6 over the office's first answer, both quoted); the cover note itself only explains what is attached.",
       "items": [{"measure": 1, "source": "Інформація_ІІ_півр_2013_уточнена.docx"},
                 {"measure": 6, "source": "Інформація_ІІ_півр_2013_уточнена.docx"},
                 {"measure": 6, "source": "Протокол_громадських_слухань_29.11.2013.pdf"},
                 {"measure": 9, "source": "Інформація_ІІ_півр_2013_уточнена.docx"},
                 {"measure": 10, "source": "Інформація_ІІ_півр_2013_уточнена.docx"}]}


@mail("mx3", KEY)
def mx3():
    when = kyiv(2013, 12, 13, 13, 55, 30)
    first = kyiv(2013, 12, 9, 11, 4, 0)
    ask = kyiv(2013, 12, 12, 9, 47, 0)
    first_text = """Доброго дня!

Інформація Новгород-Сіверської райдержадміністрації про виконання Плану заходів за ІІ півріччя 2013 року – у вкладенні.

-- 
Світлана Лобода"""
    ask_text = """Доброго дня!

Дякуємо за інформацію. По п. 6 у таблиці зазначено «проведено громадські слухання» – просимо уточнити тему та кількість учасників або надіслати протокол. Також звертаємо увагу, що дата засідання громадської ради в п. 10 (19.09.2012) не належить до звітного періоду.

%s

%s, Новгород-Сіверська РДА пише:
""" % (LYSENKO, d_num(first)) + quote(first_text)
    new = """Доброго дня, Андрію Олександровичу!

Надсилаємо протокол громадських слухань від 29.11.2013 та уточнену інформацію – у попередньому файлі в п. 10 помилково зазначено рік засідання громадської ради.

З повагою,
Світлана Лобода
сектор з питань внутрішньої політики, зв'язків із ЗМІ та громадськістю
Новгород-Сіверської райдержадміністрації
тел. (04658) 2-13-86

%s, %s пише:
""" % (d_num(ask), UVP_FROM)
    body = wrap(new, 72, True) + quote(ask_text, width=76, flowed=True) + "\n"
    root = multipart("mixed", [text(body, "plain", "utf-8", "8bit", params="; format=flowed"),
                               attachment("Інформація_ІІ_півр_2013_уточнена.docx", att("mx3_info.docx"),
                                          "2231cont", ct_style="2047B"),
                               attachment("Протокол_громадських_слухань_29.11.2013.pdf",
                                          att("mx3_protokol.pdf"), "2231cont", ct_style="2047B")],
                     boundary("mx3"))
    return message(addr("Світлана Лобода", "rda-novhorod-siverskyi@example.gov.ua"),
                   "Re: Інформація Новгород-Сіверської РДА за ІІ півріччя 2013", when, root,
                   frm_addr="rda-novhorod-siverskyi@example.gov.ua", mid=mid_tb(when, "example.gov.ua"),
                   in_reply_to=mid_tb(ask, "cg.ukrtel.net"), extra=[TB24])


KEY = {"class": "mixed", "executor": "rda-shchors", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "CDO-sent Word HTML with the coat of arms inline (multipart/related) and a charset label koi8-r on windows-1251 text: the head's reception forwards the sector's internal forward of the compiled report (never sent to the department before), so the forwarded report counts; «7, 10 – не проводились» is a bare negation.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("mx4", KEY)
def mx4():
    when = kyiv(2013, 6, 10, 10, 18, 40)
    sector = kyiv(2013, 6, 7, 16, 40, 0)
    cid = "image001.png@01CE65A1.7C3D2E90"
    lines_top = ["Доброго дня!",
                 "За дорученням першого заступника голови райдержадміністрації пересилаємо інформацію Щорської районної державної адміністрації про виконання Плану заходів за І півріччя 2013 року (зведена сектором з питань внутрішньої політики).",
                 "Приймальня голови Щорської РДА, тел. (04654) 2-14-40"]
    fwd_head = ["----- Пересланий лист -----",
                "Від: Сектор з питань внутрішньої політики &lt;vp.shchors@ukr.net&gt;",
                "Дата: %s" % d_num(sector), "Кому: rda-shchors@example.gov.ua",
                "Тема: Відкритий уряд – зведена"]
    report = [
        ("p", "Прошу погодити та направити до УВП ОДА до 15.06. Л. Яковенко"),
        ("img", ""),
        ("c", "<b>ЩОРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ</b>"),
        ("c", "<b>Інформація Щорської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року</b>"),
        ("p", "1. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог законодавства: створено розділи «Публічна інформація» та «Громадська рада», щомісяця оприлюднюється інформація про виконання районного бюджету, розміщено 9 проектів розпоряджень."),
        ("p", "6. Проведено 3 консультації з громадськістю: громадські слухання щодо проекту Програми розвитку водопостачання м. Щорс на 2013–2015 роки (18.04.2013, 52 учасники), 2 зустрічі з мешканцями сіл Савинки та Хотіївка щодо ремонту доріг."),
        ("p", "9. Члени громадської ради взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про затвердження районної програми підтримки сімей з дітьми на 2013–2015 роки», 4 пропозиції враховано."),
        ("p", "12. Громадську антикорупційну експертизу проекту розпорядження «Про порядок надання одноразової матеріальної допомоги» проведено ГО «Громадський контроль Щорщини», 2 пропозиції враховано."),
        ("p", "7, 10 – не проводились."),
        ("p", "Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp; В.М. Кулик"),
    ]
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
         '<meta name="Generator" content="Microsoft Word 12 (filtered medium)"></head>',
         '<body lang="UK"><div class="Section1">']
    h += ["<p class=MsoNormal>%s</p>" % esc(l) for l in lines_top]
    h.append("<p class=MsoNormal>&nbsp;</p>")
    h += ["<p class=MsoNormal style='color:#555555'>%s</p>" % l for l in fwd_head]
    h.append("<p class=MsoNormal>&nbsp;</p>")
    for kind, content in report:
        if kind == "img":
            h.append('<p class=MsoNormal align=center style="text-align:center"><img width=40 height=56 '
                     'src="cid:%s" alt="Герб"></p>' % cid)
        elif kind == "c":
            h.append('<p class=MsoNormal align=center style="text-align:center">%s</p>' % content)
        else:
            h.append("<p class=MsoNormal>%s</p>" % content)
    h.append("</div></body></html>")
    html = "\r\n".join(h)
    plain_lines = lines_top + [""] + [l.replace("&lt;", "<").replace("&gt;", ">") for l in fwd_head] + [""]
    for kind, content in report:
        if kind == "img":
            continue
        plain_lines.append(re.sub(r"<[^>]+>", "", content).replace("&nbsp;", ""))
        plain_lines.append("")
    plain = "\n".join(plain_lines)

    def coat(x, y):
        inside = 4 <= x <= 35 and 4 <= y <= 44 or (8 <= x <= 31 and 44 < y <= 51 and abs(x - 19.5) < 52 - y)
        return (30, 70, 160) if inside else (255, 255, 255)
    img = attachment("image001.png", png(40, 56, lambda x, y: coat(x, y) if not (14 <= x <= 25 and 12 <= y <= 38)
                                         else (240, 200, 40)),
                     "ascii", disposition="inline", cid=cid)
    real = "windows-1251"
    p_plain = text(plain, "plain", real, "quoted-printable", label="koi8-r")
    p_html = text(html, "html", real, "quoted-printable", label="koi8-r")
    related = multipart("related", [p_html, img], "----=_NextPart_001_%s" % h36("mx4r", 16).upper(),
                        params=' type="text/html";', preamble="")
    alt = multipart("alternative", [p_plain, related], "----=_NextPart_000_%s" % h36("mx4a", 16).upper())
    return message(addr("Щорська РДА", "rda-shchors@example.gov.ua", real),
                   "FW: Відкритий уряд – зведена (Щорська РДА)", when, alt,
                   frm_addr="rda-shchors@example.gov.ua", charset=real,
                   mid="<%s@DOCFLOW-SHCHORS>" % h36("mx4mid", 24).upper(),
                   extra=["Thread-Topic: =?windows-1251?B?%s?=" % base64.b64encode(
                       "Відкритий уряд – зведена".encode(real)).decode(),
                          thread_index("mx4"), "Content-Class: urn:content-classes:message",
                          "Importance: normal", "Priority: normal",
                          "X-Mailer: Microsoft CDO for Windows 2000",
                          "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4913"])


KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The district forwards its own letter of 10.06.2013 (already received) as a message/rfc822 part with its .xls, and adds above it only pp. 10 and 12; the forwarded letter and its table were counted when they came.",
       "items": [{"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("mx5", KEY)
def mx5():
    when = kyiv(2013, 6, 14, 15, 40, 3)
    orig = kyiv(2013, 6, 10, 11, 12, 26)
    inner_body = """Доброго дня!

Надаємо інформацію Бахмацької районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (таблиця додається).

-- 
Наталія Білик
сектор з питань внутрішньої політики Бахмацької РДА
"""
    inner_root = multipart("mixed", [text(wrap(inner_body, 72, True), "plain", "utf-8", "8bit", params="; format=flowed"),
                                     attachment("Бахмач_інформація_І_півр_2013.xls", att("mx5_bakhmach.xls"),
                                                "2231", ct_style="2047B")], boundary("mx5in"))
    inner = message(addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua"),
                    "Інформація Бахмацької РДА – І півріччя 2013", orig, inner_root,
                    frm_addr="rda-bakhmach@example.gov.ua", mid=mid_tb(orig, "example.gov.ua"),
                    extra=[TB17])
    new = """Доброго дня!

Доповнення до інформації Бахмацької райдержадміністрації від 10.06.2013 (сам лист пересилаю у вкладенні):

п. 10 – на засіданні громадської ради при райдержадміністрації 11.06.2013 за рекомендацією РДА утворено робочу групу з питань відкритості та прозорості діяльності райдержадміністрації (4 особи, керівник – Зінченко О.П.);
п. 12 – громадські експертизи у І півріччі не проводились, запитів від громадських організацій не надходило.

Решта – як у попередньому листі.

-- 
Наталія Білик
сектор з питань внутрішньої політики Бахмацької РДА
тел. (04635) 2-16-90
"""
    root = multipart("mixed", [text(wrap(new, 72, True), "plain", "utf-8", "8bit", params="; format=flowed"),
                               rfc822(inner, "Інформація Бахмацької РДА – І півріччя 2013.eml")],
                     boundary("mx5"))
    return message(addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua"),
                   "Fwd: Інформація Бахмацької РДА – доповнення по п. 10, 12", when, root,
                   frm_addr="rda-bakhmach@example.gov.ua", mid=mid_tb(when, "example.gov.ua"),
                   extra=[TB17])


# =======================================================================================
# Checks and output
# =======================================================================================


def decode_name(raw):
    if raw is None:
        return None
    if isinstance(raw, tuple):
        raw = email.utils.collapse_rfc2231_value(raw)
    if "=?" in raw:
        out = ""
        for chunk, cs in email.header.decode_header(raw):
            out += chunk.decode(cs or "ascii") if isinstance(chunk, bytes) else chunk
        return out
    return raw


def attachment_names(msg):
    names = []
    for part in msg.walk():
        n = decode_name(part.get_filename())
        if n is None:
            n = decode_name(part.get_param("name"))
        if n:
            names.append(n)
    return names


def registered():
    """executor id -> registered addresses, from plan.toml when it is there."""
    if not os.path.exists(PLAN_TOML):
        return None
    import tomllib
    with open(PLAN_TOML, "rb") as f:
        plan = tomllib.load(f)
    return {e["id"]: [a.lower() for a in e.get("emails", [])] for e in plan["executor"]}


# Mails whose sender box is not the executor's own, and why that is allowed.
NOT_OWN_BOX = {"nr2": "private", "pa1": "private", "pa2": "private", "pa3": "borrowed",
               "pa4": "private", "pa5": "private", "mx1": "secretary"}


def check(name, key, raw):
    errs = []
    pfx = re.match(r"[a-z]+", name).group(0)
    if key["class"] != CLASSES.get(pfx):
        errs.append("class %r does not match prefix %r" % (key["class"], pfx))
    if key["executor"] not in EXECUTORS:
        errs.append("unknown executor %r" % key["executor"])
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None:
        errs.append("report needs reason null")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(items) or len(set(items)) != len(items):
        errs.append("items not sorted/unique")
    if any(not 1 <= m <= 15 for m, _ in items):
        errs.append("measure out of 1..15")
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        errs.append("line longer than 998")
    msg = email.message_from_bytes(raw)
    date = email.utils.parsedate_to_datetime(msg["Date"])
    period, late = period_of(date)
    if (period, late) != (key["period"], key["late"]):
        errs.append("period/late %r disagree with Date %s" % ((period, late), msg["Date"]))
    top = msg.get_all("Received")[0]
    rdate = email.utils.parsedate_to_datetime(top.rsplit(";", 1)[1].strip())
    delta = (rdate - date).total_seconds()
    if not 0 < delta <= 60 or rdate.astimezone(KYIV).date() != date.astimezone(KYIV).date():
        errs.append("top Received not a few seconds after Date on the same Kyiv day")
    if msg["To"] != MAILBOX and MAILBOX not in (msg["To"] or ""):
        errs.append("To is not the mailbox")
    names = attachment_names(msg)
    for _, src in items:
        if src != "body" and src not in names:
            errs.append("source %r not among attachments %r" % (src, names))
    frm = email.utils.parseaddr(msg["From"])[1].lower()
    reg = registered()
    if reg is not None:
        if key["executor"] not in reg:
            errs.append("executor not in plan.toml")
        owner = [x for x, addrs in reg.items() if frm in addrs]
        if name in NOT_OWN_BOX:
            if owner == [key["executor"]]:
                errs.append("listed as not-own box but sent from own box")
        elif owner != [key["executor"]]:
            errs.append("From %s is not the executor's registered box" % frm)
        for x, addrs in reg.items():
            for a in addrs:
                if a.endswith(("example.gov.ua", "example.org.ua")) and frm.endswith(a.split("@")[1]) \
                        and frm not in sum(reg.values(), []) and name not in NOT_OWN_BOX:
                    errs.append("invented address on a registered domain")
    return errs


def main():
    os.makedirs(ATT, exist_ok=True)
    seen_measures, total_items, errors = set(), 0, []
    by_class = {}
    for name, key, build in MAILS:
        raw = build()
        errs = check(name, key, raw)
        errors += ["%s: %s" % (name, e) for e in errs]
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        out = {k: key[k] for k in ("class", "executor", "period", "late", "kind", "reason", "note", "items")}
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        seen_measures |= {i["measure"] for i in key["items"]}
        total_items += len(key["items"])
        by_class[key["class"]] = by_class.get(key["class"], 0) + 1
    if len(MAILS) != 40 or len({n for n, _, _ in MAILS}) != 40:
        errors.append("need 40 distinct mails, have %d" % len(MAILS))
    for c in CLASSES.values():
        if by_class.get(c) != 5:
            errors.append("class %s has %s mails, not 5" % (c, by_class.get(c)))
    missing = set(range(1, 16)) - seen_measures
    if missing:
        errors.append("measures never a real item: %s" % sorted(missing))
    for out in CONVERT:
        if out.endswith(".pdf"):
            try:
                txt = subprocess.run(["pdftotext", os.path.join(ATT, out), "-"], capture_output=True,
                                     text=True, check=True).stdout
                if len(txt.strip()) < 200:
                    errors.append("%s: PDF without a text layer" % out)
            except FileNotFoundError:
                pass
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("%d mails, %d items, measures %s: all keys check out" % (len(MAILS), total_items,
                                                                  sorted(seen_measures)))


if __name__ == "__main__":
    main()
