#!/usr/bin/env python3
"""Build the «regent» corpus: 40 report e-mails for zvit and their hand-written keys.

Python 3 standard library only.  Every mail's KEY literal stands directly above its builder and
was written before the mail's text.  Attachments are read from attachments/ (converted once from
attachments/src/ by attachments/convert.sh with LibreOffice), so the build is reproducible.

    python3 make.py            # writes NAME.eml and NAME.expected.json beside this file
"""
import base64
import json
import os
import quopri
import re
import zlib
import sys
import email
import email.policy
from email.header import decode_header
from email.utils import format_datetime, parsedate_to_datetime
from datetime import datetime, timedelta, date
from zoneinfo import ZoneInfo

try:
    import tomllib
except ImportError:  # pragma: no cover
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
PLAN_TOML = os.environ.get("ZVIT_PLAN", "/work/main/config/plan.toml")
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

with open(PLAN_TOML, "rb") as fh:
    PLAN = tomllib.load(fh)
EXECUTORS = {e["id"]: e for e in PLAN["executor"]}
MEASURE = {m["number"]: m["text"] for m in PLAN["measure"]}
DEADLINES = [d["date"] for d in PLAN["deadline"]]
APPROVED = PLAN["plan"]["approved"]
GRACE = PLAN["plan"].get("grace_days", 3)
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# ------------------------------------------------------------------------------------------
# MIME helpers.  A part is (list of header lines, body bytes).

_counter = [0]


def _boundary(tag):
    _counter[0] += 1
    return "----=_NextPart_%03d_%s_%08X" % (_counter[0], tag, 0x1C2D3E4F + _counter[0] * 7919)


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded words (several when long), or the string itself if ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    s = fit(s, cs)
    words, cur = [], ""
    for tok in re.findall(r"\S+\s*|\s+", s):  # break after spaces, as Thunderbird does
        if cur and len((cur + tok).encode(cs)) > 40:
            words.append(cur)
            cur = ""
        while len(tok.encode(cs)) > 40:  # a word longer than one encoded word
            cut = 40 // max(1, len(tok[0].encode(cs)))
            words.append(tok[:cut])
            tok = tok[cut:]
        cur += tok
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ("_" if c == 32 else "=%02X" % c) for c in b)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\r\n ".join(out)


def addr(name, mail, cs="utf-8", enc="B"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs, enc), mail)


def _encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    return raw


KOI_FALLBACK = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "’": "'", "„": '"', "“": '"', "…": "..."})


def fit(s, cs):
    """What an old mailer does to characters its charset lacks (KOI8 has no «», dashes or №)."""
    return s.translate(KOI_FALLBACK) if cs.startswith("koi8") else s


def text(body, cs="utf-8", cte="quoted-printable", sub="plain", declared=None, extra=""):
    """A text part; `declared` is the charset named in the header when it differs (mislabel)."""
    body = fit(body, cs)
    raw = body.replace("\r\n", "\n").encode(cs)
    ct = 'text/%s; charset="%s"%s' % (sub, declared or cs, extra)
    return (["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], _encode_body(raw, cte))


def _fname_params(fname, style, cs):
    """Content-Type name= and Content-Disposition filename= parameters in a given style."""
    if style == "ascii":
        return 'name="%s"' % fname, 'filename="%s"' % fname
    if style in ("B", "Q"):
        v = ew(fname, cs, style).replace("\r\n ", " ")
        return 'name="%s"' % v, 'filename="%s"' % v
    if style == "2231":
        from urllib.parse import quote
        v = quote(fname.encode(cs), safe="")
        return "name*=%s''%s" % (cs, v), "filename*=%s''%s" % (cs, v)
    if style == "2231c":  # with continuations, and an RFC 2047 name= for old readers
        from urllib.parse import quote
        v = quote(fname.encode(cs), safe="")
        chunks = [v[i:i + 60] for i in range(0, len(v), 60)]
        # never split a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            m = re.search(r"%[0-9A-F]?$", c)
            if m:
                carry, c = c[m.start():], c[:m.start()]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        disp = ";\r\n\t".join(("filename*%d*=%s''%s" % (i, cs, c)) if i == 0 else
                               ("filename*%d*=%s" % (i, c)) for i, c in enumerate(fixed))
        return 'name="%s"' % ew(fname, cs, "B").replace("\r\n ", " "), disp
    raise ValueError(style)


def attach(path_or_bytes, fname, ctype, style="B", cs="utf-8", disp="attachment"):
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else open(os.path.join(ATT, path_or_bytes), "rb").read()
    n, f = _fname_params(fname, style, cs)
    return (["Content-Type: %s;\r\n\t%s" % (ctype, n),
             "Content-Transfer-Encoding: base64",
             "Content-Disposition: %s;\r\n\t%s" % (disp, f)], base64.encodebytes(data))


def multi(sub, parts, tag="A", extra=""):
    b = _boundary(tag)
    out = b"This is a multi-part message in MIME format.\n\n"
    for h, body in parts:
        out += ("--%s\n" % b).encode() + "\n".join(h).encode("ascii") + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += ("--%s--\n" % b).encode()
    return (['Content-Type: multipart/%s;\r\n\tboundary="%s"%s' % (sub, b, extra)], out)


def rfc822(msg_bytes):
    return (["Content-Type: message/rfc822", "Content-Disposition: attachment"], msg_bytes)


def kyiv(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def message(frm, subject, when, part, *, to=MAILBOX, scs="utf-8", senc="B", mailer=None,
            extra=(), mid=None, received=True, relay="mail.example.gov.ua [10.17.4.2]", delay=7):
    """Assemble a whole message; returns bytes with CRLF line ends."""
    dom = frm.split("@")[-1].rstrip(">")
    mid = mid or "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), format(zlib.crc32((subject + frm).encode()) % 10**8, "08d"), dom)
    hs = []
    if received:
        rt = when + timedelta(seconds=delay)
        hs.append("Received: from %s\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                  % (relay, "4F%05X%02d" % (zlib.crc32(mid.encode()) % 0xFFFFF, rt.second), MAILBOX, format_datetime(rt)))
    hs += ["From: " + frm, "To: " + to, "Subject: " + ew(subject, scs, senc),
           "Date: " + format_datetime(when), "Message-ID: " + mid, "MIME-Version: 1.0"]
    hs += list(extra)
    if mailer:
        hs.append(mailer)
    h, body = part
    raw = ("\n".join(hs + h)).encode("ascii") + b"\n\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def html_of(plain, font="Times New Roman"):
    esc = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in esc.split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:\'%s\';font-size:12pt">\n%s</body></html>\n' % (font, paras))


def twin(plain, cs="utf-8", cte="quoted-printable", html=None):
    h = html or html_of(plain).replace("charset=utf-8", "charset=" + cs)
    return multi("alternative", [text(plain, cs, cte), text(h, cs, cte, "html")], "ALT")


def quote_gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


def reminder(executor, deadline, today, missing, overdue=False):
    head = ("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline
            if overdue else
            "Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s." % (deadline, MAILBOX))
    items = "\n".join("  %d. %s\n" % (m, MEASURE[m]) for m in missing)
    return ("Шановні колеги!\n\n%s\n\nСтаном на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n\n%s\n"
            "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.\n\n"
            "%s\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\nЗ повагою\n%s"
            % (head, today, executor, items, "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.", OFFICE))


def receipt(received, subject, executor, period, deadline, recognised, missing):
    rec = "\n".join("  • пункт %d: %s" % r for r in recognised)
    mis = "\n".join("  %d. %s" % (m, MEASURE[m]) for m in missing)
    return ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\nВиконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n\n"
            "Розпізнано інформацію щодо таких пунктів плану:\n%s\n\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n%s\n\n"
            "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.\n\nЗ повагою\n%s"
            % (OFFICE, received, subject, executor, period, deadline, rec, mis, MAILBOX, OFFICE))


GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


# ------------------------------------------------------------------------------------------
# The mails.  Keys first, text after.

# ---------------------------------------------------------------- ph: placeholders

KEY = {"class": "placeholder", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls with a row for every measure: dashes, «х», a bare «+» and a bare «не проводились» sit beside four real answers; the letter is signed by the acting head (в.о. голови) and names the district, not the administration.",
       "items": [{"measure": 1, "source": "Менська РДА_інформація ВУ.xls"},
                 {"measure": 6, "source": "Менська РДА_інформація ВУ.xls"},
                 {"measure": 7, "source": "Менська РДА_інформація ВУ.xls"},
                 {"measure": 9, "source": "Менська РДА_інформація ВУ.xls"}]}
@mail("ph01", KEY)
def _():
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
            "надсилаємо інформацію по Менському району (таблиця у вкладенні).\n\n"
            "В.о. голови райдержадміністрації                    В.М. Сидоренко\n\n"
            "Виконавець: Примак Л.О., головний спеціаліст відділу організаційної роботи\n"
            "та інформаційної діяльності апарату райдержадміністрації, (04644) 2-14-73\n")
    part = multi("mixed", [text(body, "windows-1251", "quoted-printable"),
                           attach("mena.xls", "Менська РДА_інформація ВУ.xls", "application/vnd.ms-excel", "B", "windows-1251")])
    return message(addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251"),
                   "Менський район - інформація (Відкритий уряд)", kyiv(2012, 12, 11, 10, 42, 17), part, scs="windows-1251",
                   mailer="X-Mailer: Microsoft Office Outlook 12.0", extra=["Thread-Index: Ac3XlxyI4bq0u1RZQ8i2d7p3bHfXwA==", "Content-Language: uk"])


KEY = {"class": "placeholder", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A one-line-per-item list from УЖКГ, signed by a deputy «за відсутності начальника»: only п.1 and п.2 carry text; «без змін», «-», «х», «немає» and a bare «не проводились» are placeholders.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}]}
@mail("ph02", KEY)
def _():
    body = ("Добрий день!\n\n"
            "УЖКГ ОДА інформує про виконання Плану заходів (Відкритий уряд) за I півріччя 2013 р.:\n\n"
            "п.1 – на веб-сторінці управління на сайті ОДА оновлено розділ «Тарифи», розміщено\n"
            "графіки планових відключень гарячої води на червень-серпень 2013 р.;\n"
            "п.2 – до рубрики «Хід виконання цільових програм» 05.04.2013 направлено звіт про виконання\n"
            "обласної програми реформування і розвитку ЖКГ за 2012 рік (розміщено);\n"
            "п.6 – без змін;\n"
            "п.7 – -;\n"
            "п.8 – х;\n"
            "п.9 – немає;\n"
            "п.12 – не проводились.\n\n"
            "За відсутності начальника управління –\n"
            "заступник начальника управління                       О.М. Дубина\n\n"
            "--\n"
            "Тарасенко Ірина, провідний спеціаліст відділу економіки та тарифної політики\n"
            "Управління житлово-комунального господарства Чернігівської ОДА\n"
            "тел. 67-23-08\n")
    part = text(body, "utf-8", "8bit", extra="; format=flowed")
    return message(addr("Управління ЖКГ", "zhkh@example.gov.ua"), "Інформація УЖКГ за І півріччя",
                   kyiv(2013, 6, 12, 15, 20, 44), part,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")


KEY = {"class": "placeholder", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Outlook table with a «№ п/п» that matches the plan numbers; most cells are «+», «без змін» or empty; ССД signs as «т.в.о. начальника служби».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("ph03", KEY)
def _():
    rows = [(1, "Наповнення офіційних сайтів", "+"),
            (2, "Рубрики на сайті ОДА", "без змін"),
            (6, "Консультації з громадськістю",
             "22.10.2013 проведено консультації з громадськістю у формі круглого столу щодо розвитку сімейних форм виховання дітей-сиріт (32 учасники, у т.ч. представники 6 громадських організацій)"),
            (7, "Дорадчо-консультативні органи", "+"),
            (8, "Колегія", ""),
            (9, "Обговорення проектів", "Члени Громадської ради при ОДА взяли участь в обговоренні проекту обласної програми оздоровлення та відпочинку дітей на 2014 рік (засідання комітету 14.11.2013)"),
            (12, "Громадські експертизи", "без змін")]
    trs = "".join('<tr><td width=40 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>%d</p></td>'
                  '<td width=220 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>%s</p></td>'
                  '<td width=380 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>%s&nbsp;</p></td></tr>\n' % r for r in rows)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!-- p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:"Times New Roman"} --></style></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>'
            '<p class=MsoNormal>Доброго дня!</p><p class=MsoNormal>Служба у справах дітей облдержадміністрації (ССД) надає інформацію за ІІ півріччя 2013 року щодо виконання Плану заходів з підвищення рівня відкритості та прозорості.</p><p class=MsoNormal>&nbsp;</p>'
            '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
            '<tr><td><p class=MsoNormal><b>№ п/п</b></p></td><td><p class=MsoNormal><b>Захід</b></p></td><td><p class=MsoNormal><b>Стан виконання</b></p></td></tr>\n'
            + trs + '</table><p class=MsoNormal>&nbsp;</p>'
            '<p class=MsoNormal>Т.в.о. начальника служби&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Н.В. Ярошенко</p>'
            '<p class=MsoNormal><span style="font-size:9.0pt">Вик. Бойко С.І., 67-40-19</span></p></div></body></html>')
    part = text(html, "windows-1251", "quoted-printable", "html")
    return message(addr("ССД ОДА", "sluzhba-ditei@example.gov.ua", "windows-1251"),
                   "Інформація ССД - відкритий уряд, ІІ півріччя", kyiv(2013, 12, 12, 11, 5, 2), part, scs="windows-1251",
                   mailer="X-Mailer: Microsoft Outlook 14.0", extra=["Content-Language: uk", "Thread-Index: Ac73J0z6SWYmAbyLQ2aUmjJCdpH6Ow=="])


KEY = {"class": "placeholder", "executor": "rda-varva", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Late .ods from «Варвинський район»: rows 7, 9, 12 say «не проводились», «-», «немає»; the cover line lists pp. 1, 6, 7, 9, 10, 12 only to point at the table; prepared by one clerk, signed by the first deputy head.",
       "items": [{"measure": 1, "source": "Варва_І півріччя 2013.ods"},
                 {"measure": 6, "source": "Варва_І півріччя 2013.ods"},
                 {"measure": 10, "source": "Варва_І півріччя 2013.ods"}]}
@mail("ph04", KEY)
def _():
    body = ("Доброго дня.\n"
            "Варвинський район. Інформація за І півріччя 2013 року щодо виконання плану заходів\n"
            "(пп. 1, 6, 7, 9, 10, 12) - у таблиці, що додається. Вибачте за затримку.\n\n"
            "Перший заступник голови РДА  О.І. Мирошниченко\n"
            "Підготувала: Ковтун Т.В., відділ організаційної роботи та інформаційної діяльності апарату РДА\n")
    part = multi("mixed", [text(body, "koi8-u", "quoted-printable"),
                           attach("varva.ods", "Варва_І півріччя 2013.ods", "application/vnd.oasis.opendocument.spreadsheet", "2231", "utf-8")])
    return message(addr("Варвинська РДА", "rda-varva@example.gov.ua", "koi8-u"), "Варвинський район - Відкритий уряд",
                   kyiv(2013, 6, 17, 9, 31, 40), part, scs="koi8-u",
                   mailer="User-Agent: Opera Mail/12.15 (Win32)")


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "ГФУ's .docx has all 16 rows, twelve of them «х», «—», «без змін», empty or a bare «не проводились»; row 16's «+» is the reporting duty; the note is from a clerk, the table is signed by a deputy head.",
       "items": [{"measure": 1, "source": "ГФУ_відкритий уряд.docx"},
                 {"measure": 2, "source": "ГФУ_відкритий уряд.docx"},
                 {"measure": 8, "source": "ГФУ_відкритий уряд.docx"}]}
@mail("ph05", KEY)
def _():
    body = ("Добрий день!\n\nНадсилаємо інформацію ГФУ на виконання плану заходів (лист від 12.12.2012 № 06-09/3318).\n"
            "Оригінал буде направлено поштою.\n\nЗ повагою,\nзагальний відділ\nГоловного фінансового управління облдержадміністрації\n")
    part = multi("mixed", [text(body, "windows-1251", "base64"),
                           attach("finansy.docx", "ГФУ_відкритий уряд.docx",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Q", "windows-1251")])
    return message(addr("Головне фінансове управління", "finansy@example.gov.ua", "windows-1251", "Q"),
                   "ГФУ: відкритий уряд", kyiv(2012, 12, 12, 16, 48, 9), part, scs="windows-1251", senc="Q",
                   mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5931", extra=["X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157", "X-Priority: 3"])


# ---------------------------------------------------------------- bp: bottom posts

KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply interleaved under the quoted items of zvit's overdue reminder; under p.7 only «не було», under p.10 nothing; signed «за відсутності голови РДА — перший заступник».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp01", KEY)
def _():
    rem = reminder(EXECUTORS["rda-nosivka"]["name"], "15.12.2012", "16.12.2012", [6, 7, 9, 10, 12], overdue=True)
    out = ["16.12.2012 09:00, Управління з питань внутрішньої політики пише:"]
    answers = {
        6: "Проведено громадські слухання щодо проекту районного бюджету на 2013 рік (29.11.2012, РБК, 64 учасники) та консультації з громадськістю з питань реорганізації ФАПів у формі зустрічей з мешканцями сіл Мрин і Володькова Дівиця.",
        7: "не було",
        9: "Члени громадської ради при РДА взяли участь в обговоренні проекту Програми розвитку фізичної культури і спорту в Носівському районі на 2013-2015 рр. (засідання ГР 06.12.2012).",
        12: "Громадських експертиз діяльності райдержадміністрації в IV кварталі не проводилось, запитів від громадських організацій не надходило.",
    }
    for line in rem.split("\n"):
        out.append(("> " + line) if line else ">")
        m = re.match(r"  (\d+)\. ", line)
        if m and int(m.group(1)) in answers:
            out += ["", answers[int(m.group(1))], ""]
    body = "\n".join(out) + "\n\n--\nЗа відсутності голови РДА — перший заступник голови\nНосівської райдержадміністрації С.П. Литвин\nвик. Шевченко Н., 2-11-95\n"
    part = text(body, "utf-8", "quoted-printable")
    return message(addr("Носівська РДА", "rda-nosivka@example.gov.ua"), "Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)",
                   kyiv(2012, 12, 17, 8, 55, 21), part,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1",
                   extra=["In-Reply-To: <zvit-rem-20121216-rda-nosivka@cg.ukrtel.net>", "References: <zvit-rem-20121216-rda-nosivka@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2003 reply typed BELOW zvit's quoted receipt (header block, no «>»); the receipt's recognised items are quoted, p.7/9 only point to the earlier letter, p.12 «не касается»; signed by a deputy «по поручению начальника».",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail("bp02", KEY)
def _():
    rec = receipt("28.05.2013", "Информация облздрава (Открытое правительство)", EXECUTORS["su-zdorovia"]["name"], 2, "15.06.2013",
                  [(1, "На сайте управления обновлены разделы «Лицензирование», «Вакансии»…"),
                   (6, "Проведены общественные слушания по проекту программы «Здоровье»…")],
                  [2, 7, 8, 9, 12])
    body = ("-----Original Message-----\n"
            "From: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]\n"
            "Sent: Tuesday, May 28, 2013 4:12 PM\n"
            "To: zdorovia@example.gov.ua\n"
            "Subject: Підтвердження отримання: Информация облздрава (Открытое правительство)\n\n"
            + rec + "\n\n"
            "Дополняем информацию Управления здравоохранения облгосадминистрации:\n\n"
            "п. 2 - для рубрики «Ход выполнения целевых программ» на сайте ОГА 03.06.2013 направлен отчет о выполнении "
            "областной программы «Здоровье нации» за 2012 год и І квартал 2013 г.;\n"
            "п. 8 - приказом управления от 12.04.2013 № 214 в состав коллегии управления введен председатель комитета "
            "по вопросам здравоохранения Общественного совета при облгосадминистрации (Мельник В.П.);\n"
            "п. 7, 9 - информация была в нашем письме от 28.05.2013;\n"
            "п. 12 - не касается.\n\n"
            "Заместитель начальника управления\n(по поручению начальника управления) И.А. Гриценко\n"
            "Исп. Кот О.В. 67-19-02\n")
    part = text(body, "windows-1251", "8bit")
    return message(addr("Управление здравоохранения", "zdorovia@example.gov.ua", "windows-1251"),
                   "RE: Підтвердження отримання: Информация облздрава (Открытое правительство)", kyiv(2013, 5, 30, 10, 17, 55), part,
                   scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 11",
                   extra=["Thread-Index: Ac5bsXa0m2wPZ9uvRyKmd0FvR0sYXwABhX5w", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"])


KEY = {"class": "bottom_post", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML/plain twins: the Держархів's own earlier letter (pp. 1, 6) is quoted in a blockquote and only the supplement typed below it on p.9 counts.",
       "items": [{"measure": 9, "source": "body"}]}
@mail("bp03", KEY)
def _():
    old = ("Державний архів Чернігівської області інформує:\n"
           "п. 1 – на сайті Держархіву розміщено електронний путівник по фондах, оновлено розділ «Публічна інформація»;\n"
           "п. 6 – 24.09.2013 проведено консультації з громадськістю щодо порядку доступу до документів НАФ.\n\n"
           "Директор Державного архіву Р.Б. Ничипоренко")
    new = ("Доповнення до інформації від 01.10.2013:\n"
           "п. 9 – члени Громадської ради при облдержадміністрації (комітет з гуманітарних питань) взяли участь в обговоренні "
           "проекту розпорядження голови ОДА «Про Програму розвитку архівної справи на 2014-2016 роки» (04.10.2013, 7 учасників).\n\n"
           "Заступник директора Держархіву Л.С. Остапенко\n(за відсутності директора)")
    plain = "01.10.2013 15:02, arkhiv@example.gov.ua написав:\n" + quote_gt(old) + "\n\n" + new + "\n"
    e = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br />\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>01.10.2013 15:02, arkhiv@example.gov.ua написав:</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
            '<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n<pre>' + e(old) + '</pre></blockquote>\n<p>' + e(new) + '</p>\n</body></html>\n')
    part = twin(plain, "utf-8", "quoted-printable", html)
    return message(addr("Державний архів Чернігівської області", "arkhiv@example.gov.ua"), "Re: Інформація Держархіву (Відкритий уряд)",
                   kyiv(2013, 10, 8, 14, 40, 12), part,
                   mailer="User-Agent: Roundcube Webmail/0.8.6", extra=["In-Reply-To: <5249ae6b.arkhiv@example.gov.ua>"])


KEY = {"class": "bottom_post", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Ukrainian Outlook quote block («Від/Надіслано/Кому/Тема») of zvit's reminder with answers typed between the quoted items, without any «>» marks; p.10 answer is a recommendation given and a group in the making.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("bp04", KEY)
def _():
    rem = reminder(EXECUTORS["rda-korop"]["name"], "15.06.2013", "10.06.2013", [1, 7, 10])
    ans = {1: "ВІДПОВІДЬ: на офіційному сайті Коропської РДА створено розділ «Відкритий уряд», розміщено 17 проектів розпоряджень та звіти сільських голів.",
           7: "ВІДПОВІДЬ: до складу районної комісії з питань захисту прав споживачів включено 2 членів громадської ради (розпорядження від 22.04.2013 № 118).",
           10: "ВІДПОВІДЬ: громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості (лист від 14.03.2013 № 02-09/344); робоча група в стадії створення, склад погоджується на засіданні ради."}
    lines = []
    for l in rem.split("\n"):
        lines.append(l)
        m = re.match(r"  (\d+)\. ", l)
        if m:
            lines.append("")
            lines.append(ans[int(m.group(1))])
    body = ("\n\n-----Первісне повідомлення-----\n"
            "Від: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] \n"
            "Надіслано: 10 червня 2013 р. 9:00\n"
            "Кому: rda-korop@example.gov.ua\n"
            "Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n\n"
            + "\n".join(lines) +
            "\n\n\nКоропська РДА, відділ організаційної роботи апарату\n"
            "(за дорученням заступника голови РДА Гайового М.О.)\nвик. Дорош Н.П. 2-13-40\n")
    part = text(body, "windows-1251", "quoted-printable")
    return message(addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251"),
                   "RE: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", kyiv(2013, 6, 14, 11, 28, 3), part,
                   scs="windows-1251", mailer="X-Mailer: Microsoft Outlook 14.0", extra=["Content-Language: uk"])


KEY = {"class": "bottom_post", "executor": "su-kultura", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "The Bat! (koi8-u, 8bit): the office quotes its own letter of 13.12 with «>» and types additions between the quoted lines; only the unquoted additions on pp. 2 and 12 count; signed by the head of a sub-unit for the acting head.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp05", KEY)
def _():
    body = ("Доброго дня.\n\n"
            "Надсилаємо доповнення до нашого листа від 13.12.2013 (нижче).\n\n"
            "Friday, December 13, 2013, 16:40:51, you wrote:\n\n"
            "> Управління культури і туризму облдержадміністрації інформує:\n"
            "> п. 1 - на сайті управління розміщено афішу заходів та звіт про використання коштів;\n"
            "> п. 2 - х\n\n"
            "Доповнюємо п. 2: 12.12.2013 для рубрики «Хід виконання цільових програм» направлено звіт про виконання "
            "Програми розвитку культури і туризму на 2013 рік (розміщено 16.12.2013).\n\n"
            "> п. 6 - проведено громадське обговорення концепції відзначення 1100-річчя літописного Чернігова;\n"
            "> п. 12 - не проводились\n\n"
            "Уточнення до п. 12: громадська організація «Чернігівська старовина» провела громадську експертизу діяльності "
            "управління щодо охорони культурної спадщини; за її пропозиціями наказом від 25.11.2013 № 301 затверджено план заходів.\n\n"
            "> В.о. начальника управління    Л.М. Шкурко\n\n"
            "-- \nНачальник відділу культурно-мистецької роботи\nуправління культури і туризму облдержадміністрації\n"
            "(за в.о. начальника управління) О.Г. Рябуха\n")
    part = text(body, "koi8-u", "8bit")
    return message(addr("Управління культури", "kultura@example.gov.ua", "koi8-u"), "Re: Управління культури - доповнення",
                   kyiv(2013, 12, 16, 10, 3, 37), part, scs="koi8-u",
                   mailer="X-Mailer: The Bat! (v4.2.44.2) Professional", extra=["Reply-To: kultura@example.gov.ua"])


# ---------------------------------------------------------------- nr: not reports

KEY = {"class": "not_report", "executor": "cppk", "period": 1, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "ЦППК invites deputy heads of structural units to a training seminar (the subject of measure 13) with a text/calendar .ics; the schedule is to come, nothing is done yet; the letter is signed by the deputy director «за директора».",
       "items": []}
@mail("nr01", KEY)
def _():
    body = ("Шановні колеги!\n\n"
            "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого "
            "самоврядування, державних установ, підприємств і організацій на виконання п. 13 Плану заходів з підвищення рівня відкритості "
            "та прозорості запрошує заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію "
            "консультацій з громадськістю, на навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства», "
            "який відбудеться 29 листопада 2012 року о 10.00 у приміщенні Центру (вул. Шевченка, 28, ауд. 305).\n\n"
            "Просимо до 26.11.2012 повідомити прізвища учасників за тел. 67-33-10 або на адресу cppk@example.gov.ua. "
            "Запрошення в календар додається.\n\n"
            "За директора Центру –\nзаступник директора                Г.А. Савченко\n")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nORGANIZER;CN=\"ЦППК\":MAILTO:cppk@example.gov.ua\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:MAILTO:uvp@cg.ukrtel.net\r\n"
           "DTSTART;TZID=\"FLE Standard Time\":20121129T100000\r\nDTEND;TZID=\"FLE Standard Time\":20121129T160000\r\n"
           "LOCATION:ЦППК\\, вул. Шевченка\\, 28\\, ауд. 305\r\n"
           "SUMMARY:Семінар «Інструменти політики сприяння розвитку громадянського суспільства»\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000C0F1A5D0B9C6CD01\r\nSEQUENCE:0\r\nDTSTAMP:20121120T073500Z\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = (['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64",
            'Content-Disposition: attachment;\r\n\tfilename="invite.ics"'], base64.encodebytes(ics.encode("utf-8")))
    part = multi("mixed", [text(body, "windows-1251", "quoted-printable"), cal])
    return message(addr("ЦППК", "cppk@example.gov.ua", "windows-1251"), "Запрошення на семінар 29.11.2012",
                   kyiv(2012, 11, 20, 9, 35, 11), part, scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "not_report", "executor": "rda-bobrovytsia", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A Russian question from the district's apparatus whether pp. 8 and 11 must be reported by an РДА, with a premise about the council's commission inside the question; nothing is reported.",
       "items": []}
@mail("nr02", KEY)
def _():
    body = ("Добрый день!\n\n"
            "Подскажите, пожалуйста, нужно ли Бобровицкой РГА подавать информацию по п. 8 и п. 11 плана мероприятий "
            "(введение председателей комитетов в состав коллегий, дни открытых дверей)? В плане исполнителями указаны "
            "структурные подразделения облгосадминистрации и управление внутренней политики.\n\n"
            "И еще вопрос по п. 10: при общественном совете при РГА уже работает комиссия по вопросам открытости, "
            "которую создали в прошлом году — отражать ли ее каждое полугодие заново?\n\n"
            "Спасибо.\n\n"
            "С уважением, Гончаренко Алла,\nглавный специалист отдела организационной работы аппарата Бобровицкой РГА\n(04632) 2-15-09\n")
    part = text(body, "koi8-r", "quoted-printable")
    return message(addr("Бобровицкая РГА", "rda-bobrovytsia@example.gov.ua", "koi8-r"), "вопрос по плану Открытое правительство",
                   kyiv(2013, 6, 5, 14, 2, 50), part, scs="koi8-r", mailer="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "The regional coordinator announces the public discussion of the plan's implementation (measure 15's subject) still to come; the announcement already posted and the organisations that confirmed are the event's announcement, not work done.",
       "items": []}
@mail("nr03", KEY)
def _():
    body = ("Шановні колеги,\n\n"
            "повідомляю, що 28 листопада 2013 року о 14:00 у великій залі облдержадміністрації відбудеться громадське обговорення "
            "виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках Ініціативи "
            "«Партнерство „Відкритий уряд“» за 2013 рік.\n\n"
            "Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 23 організації. "
            "Прошу управління забезпечити присутність представників структурних підрозділів, відповідальних за виконання плану.\n\n"
            "З повагою\n"
            "Олена Вакуленко\n"
            "регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n"
            "моб. 067 462 18 90\n\n"
            "Надіслано з iPad\n")
    part = text(body, "utf-8", "quoted-printable")
    return message(addr("Олена Вакуленко", "ogp-coordinator@example.org.ua"), "Громадське обговорення 28.11 - оголошення",
                   kyiv(2013, 11, 18, 18, 44, 29), part, relay="mail.example.org.ua [193.41.60.12]",
                   mailer="X-Mailer: iPad Mail (11B554a)")


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "The acting head (в.о. начальника) of the Управління екології asks to move the deadline to 20.06.2013; the numbers of measures and the enclosures it names are only in the request.",
       "items": []}
@mail("nr04", KEY)
def _():
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Управління екології та природних ресурсів облдержадміністрації просить продовжити термін подання інформації "
            "про виконання Плану заходів з підвищення рівня відкритості та прозорості (пп. 1, 6, 7, 9, 12) до 20 червня 2013 року "
            "у зв'язку з перебуванням начальника управління у відпустці та проведенням 17-19 червня громадських слухань "
            "щодо обласної програми охорони навколишнього природного середовища, результати яких планується включити до звіту.\n\n"
            "В.о. начальника управління, заступник начальника управління           В.В. Коцюба\n\n"
            "Вик. Рибалко 67-44-02\n")
    part = text(body, "windows-1251", "base64")
    return message(addr("Управління екології", "ekolohiia@example.gov.ua", "windows-1251"), "Про продовження терміну (Відкритий уряд)",
                   kyiv(2013, 6, 13, 12, 11, 6), part, scs="windows-1251",
                   mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512", extra=["X-Priority: 1", "X-MSMail-Priority: High"])


KEY = {"class": "not_report", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "An Android note from «Щорський район»: the materials are prepared and awaiting the head's signature, the information will come by 18.12; the deed named in the clause before the signature is not a report.",
       "items": []}
@mail("nr05", KEY)
def _():
    body = ("Доброго дня! Щорський район. Інформацію по відкритому уряду (пп.1,6,7,9,10,12) підготовлено — громадські слухання "
            "і засідання громадської ради проведені, матеріали на підписі у т.в.о. голови РДА, надішлемо до 18.12. "
            "Вибачте за затримку.\nКравець Ю., апарат Щорської РДА\n\n"
            "Надіслано з мобільного телефону Samsung\n")
    part = text(body, "utf-8", "base64")
    return message(addr("rda-shchors", "rda-shchors@example.gov.ua"), "Відкритий уряд",
                   kyiv(2013, 12, 13, 17, 51, 33), part, relay="mail.example.gov.ua [10.17.4.9]",
                   mailer="X-Mailer: Android Mail 4.1.2")


# ---------------------------------------------------------------- rg: ranges

KEY = {"class": "ranges", "executor": "rda-nizhyn", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "«пп. 6-9» answered as one block counts 8 though an РДА does not owe it; «п.п. 1, 12» likewise; the Cabinet resolution's date and number sit inside the block; signed by the т.в.о. голови, subject names «Ніжинський район».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg01", KEY)
def _():
    body = ("Вих. № 01-20/2971 від 13.12.2012\n\n"
            "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Ніжинська райдержадміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості "
            "діяльності виконавчої влади в області інформує.\n\n"
            "П.п. 1, 12. Офіційний сайт РДА наповнюється відповідно до Порядку, затвердженого розпорядженням від 21.09.2012 № 402; "
            "проекти розпоряджень розміщуються для громадської антикорупційної експертизи, за IV квартал ГО «Ніжинська ініціатива» "
            "надала висновки щодо 2 проектів, пропозиції враховано.\n\n"
            "Пп. 6-9. Відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 у IV кварталі проведено 3 засідання "
            "громадської ради при РДА із запрошенням членів колегії, на яких обговорено проект районної програми "
            "«Питна вода» на 2013-2020 роки та проект бюджету району; 4 представники громадських організацій включено до "
            "складу районної ради з питань безпеки дорожнього руху.\n\n"
            "Т.в.о. голови райдержадміністрації                    О.В. Пономаренко\n\n"
            "Вик.: Головко 3-14-58\n")
    part = text(body, "windows-1251", "quoted-printable")
    return message(addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "windows-1251"), "Ніжинський район (Відкритий уряд) вих. 01-20/2971",
                   kyiv(2012, 12, 13, 15, 7, 45), part, scs="windows-1251",
                   mailer="X-Mailer: The Bat! (v3.99.3) Professional")


KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "УОН's .xlsx puts «1–2» and «6–9» in the plan-number cell with en-dashes; the text has date ranges («11–12 квітня», «2013–2015») and an order number; the cover letter names the office by its old name «Департамент освіти».",
       "items": [{"measure": 1, "source": "Відкритий уряд_освіта_І півріччя 2013.xlsx"},
                 {"measure": 2, "source": "Відкритий уряд_освіта_І півріччя 2013.xlsx"},
                 {"measure": 6, "source": "Відкритий уряд_освіта_І півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Відкритий уряд_освіта_І півріччя 2013.xlsx"},
                 {"measure": 8, "source": "Відкритий уряд_освіта_І півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Відкритий уряд_освіта_І півріччя 2013.xlsx"},
                 {"measure": 12, "source": "Відкритий уряд_освіта_І півріччя 2013.xlsx"}]}
@mail("rg02", KEY)
def _():
    plain = ("Добрий день!\n\nНадсилаємо інформацію управління освіти і науки (колишній Департамент освіти) за І півріччя 2013 року.\n\n"
             "З повагою,\nвідділ загальної середньої освіти УОН ОДА\nПідготувала Мороз О.І., тел. 67-38-77\n"
             "Погоджено: заступник начальника управління Лозовий В.М.\n")
    part = multi("mixed", [twin(plain, "utf-8", "base64"),
                           attach("osvita.xlsx", "Відкритий уряд_освіта_І півріччя 2013.xlsx",
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "2231c", "utf-8")])
    return message(addr("УОН ОДА", "osvita@example.gov.ua"), "інформація УОН (Відкритий уряд)",
                   kyiv(2013, 6, 11, 9, 12, 30), part, mailer="X-Mailer: Microsoft Outlook 14.0",
                   extra=["Content-Language: uk", "Thread-Index: Ac5mdEhhfpYlY3DcSqO6W0y8ZpmHaA=="])


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian koi8-r body: «по пунктам 1 и 6», «пункты 7, 9», «с 10 по 12» (11 is not owed by an РДА but is in the block); dates, counts and a resolution number near them; prepared by a department of the apparatus, signed by a deputy head.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("rg03", KEY)
def _():
    body = ("Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Прилукская райгосадминистрация сообщает о выполнении Плана мероприятий за II полугодие 2013 года.\n\n"
            "По пунктам 1 и 6: на официальном сайте РГА обновлен раздел «Общественное обсуждение», проведены 2 общественных "
            "слушания (15.10.2013 - по проекту программы развития образования, 21.11.2013 - по проекту районного бюджета на 2014 год).\n\n"
            "Пункты 7, 9 - в состав районного совета по вопросам развития предпринимательства включены 3 члена общественного совета; "
            "члены совета приняли участие в обсуждении 4 проектов распоряжений председателя РГА.\n\n"
            "С 10 по 12 - по рекомендации РГА при общественном совете создана рабочая группа по вопросам открытости и прозрачности, "
            "которая 26.11.2013 провела день открытых дверей для представителей СМИ в отделе по вопросам внутренней политики и "
            "общественную экспертизу деятельности отдела ведения Государственного реестра избирателей (предложения учтены).\n\n"
            "Заместитель председателя РГА                 В.А. Тищенко\n\n"
            "Исп. отдел по вопросам внутренней политики аппарата РГА, Сокол Т.М. 3-08-17\n")
    part = text(body, "koi8-r", "8bit")
    return message(addr("Прилукская РГА", "rda-pryluky@example.gov.ua", "koi8-r"), "Прилукский район - информация (открытое правительство)",
                   kyiv(2013, 12, 10, 16, 25, 4), part, scs="koi8-r",
                   mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512")


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The .doc answers «П.п. 1, 2» and «Пп. 6-9, 12» as blocks; the cover note's «(пп. 1, 2, 6-9, 12) у вкладенні» only points; outgoing numbers and date ranges surround them; the office calls itself УПСЗН and is colloquially «УСЗН».",
       "items": [{"measure": 1, "source": "Інформація УПСЗН (Відкритий уряд).doc"},
                 {"measure": 2, "source": "Інформація УПСЗН (Відкритий уряд).doc"},
                 {"measure": 6, "source": "Інформація УПСЗН (Відкритий уряд).doc"},
                 {"measure": 7, "source": "Інформація УПСЗН (Відкритий уряд).doc"},
                 {"measure": 8, "source": "Інформація УПСЗН (Відкритий уряд).doc"},
                 {"measure": 9, "source": "Інформація УПСЗН (Відкритий уряд).doc"},
                 {"measure": 12, "source": "Інформація УПСЗН (Відкритий уряд).doc"}]}
@mail("rg04", KEY)
def _():
    body = ("Добрий день!\n\nНа лист УВП від 20.05.2013 № 05-08/1190 надсилаємо інформацію за І півріччя 2013 року "
            "(пп. 1, 2, 6-9, 12) у вкладенні.\n\nЗ повагою\nсектор організаційної роботи УСЗН ОДА\n"
            "(лист підписано начальником управління Бондаренко Н.П., вих. № 03-12/1-2017 від 14.06.2013)\n")
    part = multi("mixed", [text(body, "windows-1251", "quoted-printable"),
                           attach("sotszakhyst.doc", "Інформація УПСЗН (Відкритий уряд).doc", "application/msword", "B", "utf-8")])
    return message(addr("УСЗН ОДА", "sotszakhyst@example.gov.ua", "windows-1251"), "УПСЗН - інформація (вих. 03-12/1-2017)",
                   kyiv(2013, 6, 14, 13, 45, 58), part, scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "ranges", "executor": "rda-sribne", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Late HTML-only Word mail: the table's number cells read «1, 6 – 9» and «10, 12», each answered as one block (8 included though not owed); a «№ з/п» 1–2 column stands beside them.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("rg05", KEY)
def _():
    td = '<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>%s</p></td>'
    rows = [("1", "1, 6 – 9", "На сайті РДА створено розділ «Громадська рада»; 27.11.2012 проведено громадські слухання щодо проекту районного бюджету; "
             "членів громадської ради залучено до складу районної комісії з питань евакуації та до обговорення проекту програми «Молодь Срібнянщини» на 2013-2017 роки; "
             "на засідання колегії РДА запрошувався голова громадської ради"),
            ("2", "10, 12", "Громадській раді рекомендовано утворити робочу групу з питань відкритості та прозорості (утворено 04.12.2012, 5 осіб), яка провела громадську експертизу діяльності відділу містобудування РДА")]
    trs = "".join("<tr>" + "".join(td % c for c in r) + "</tr>\n" for r in rows)
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 12 (filtered medium)">'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:"Times New Roman"} --></style></head><body lang=RU><div class=Section1>'
            '<p class=MsoNormal>Інформація Срібнянської райдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості (IV квартал 2012 р.)</p>'
            '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse"><tr>'
            + td % "<b>№ з/п</b>" + td % "<b>Пункт плану</b>" + td % "<b>Стан виконання</b>" + "</tr>\n" + trs +
            '</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Заступник голови райдержадміністрації (за відсутності голови)&nbsp;&nbsp;&nbsp; Г.М. Білик</p>'
            '<p class=MsoNormal><span style="font-size:10.0pt">Вик. Якименко 2-17-63</span></p></div></body></html>')
    part = text(html, "windows-1251", "quoted-printable", "html")
    return message(addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251"), "Відкритий уряд Срібне",
                   kyiv(2012, 12, 18, 9, 2, 11), part, scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 12.0")


# ---------------------------------------------------------------- pr: prose

KEY = {"class": "prose", "executor": "zvernennia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A PDF letter of the «відділ роботи із зверненнями громадян апарату» in prose about the head's «гаряча лінія»; the monthly review «розміщується на офіційному сайті» is a passing mention; the mail is sent by a CDO script with a one-line note from the preparer.",
       "items": [{"measure": 5, "source": "Гаряча лінія_вересень-грудень 2012.pdf"}]}
@mail("pr01", KEY)
def _():
    body = "Інформація відділу роботи із зверненнями громадян апарату ОДА (лист від 14.12.2012 № 07-11/842) - у вкладенні.\r\nЛисенко О.М.\r\n"
    part = multi("mixed", [text(body, "utf-8", "base64"),
                           attach("zvernennia.pdf", "Гаряча лінія_вересень-грудень 2012.pdf", "application/pdf", "B", "utf-8")])
    return message("zvernennia@example.gov.ua", "Відділ роботи із зверненнями громадян - інформація",
                   kyiv(2012, 12, 14, 17, 30, 0), part, mailer="X-Mailer: Produced By Microsoft CDO for Windows 2000",
                   extra=["Thread-Index: Ac3aGqzDx0vXcm1eTV6J0Zp0Yy1kBw==", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4913"])


KEY = {"class": "prose", "executor": "su-apk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .rtf with no plan numbers: the web page (1), public hearings and a survey (6) and the collegium (8) in the office's own words; «оприлюднюються на сайті» in the collegium paragraph is a passing mention; sent by a sub-unit of ГУАПР under the office's old name «облсільгоспуправління».",
       "items": [{"measure": 1, "source": "ГУАПР_відкритість_2013.rtf"},
                 {"measure": 6, "source": "ГУАПР_відкритість_2013.rtf"},
                 {"measure": 8, "source": "ГУАПР_відкритість_2013.rtf"}]}
@mail("pr02", KEY)
def _():
    body = ("Доброго дня!\n\nНа Ваш запит направляємо інформацію Головного управління агропромислового розвитку "
            "(колишнє облсільгоспуправління) щодо відкритості та прозорості діяльності.\n\n"
            "-- \nВідділ кадрової роботи та зв'язків з громадськістю\nГУАПР облдержадміністрації\nт. 67-12-55\n")
    part = multi("mixed", [text(body, "utf-8", "8bit", extra="; format=flowed"),
                           attach("apk.rtf", "ГУАПР_відкритість_2013.rtf", "application/rtf", "2231", "utf-8")])
    return message(addr("ГУАПР", "apk@example.gov.ua"), "ГУАПР - відкритість", kyiv(2013, 6, 10, 10, 58, 16), part,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")


KEY = {"class": "prose", "executor": "rda-koriukivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt letter in prose: one paragraph covers 7 (members taken into bodies) and 9 (members discussing draft orders); the anticorruption review is 12; «висвітлено … на офіційному сайті» is a passing mention; signed by the first deputy head.",
       "items": [{"measure": 7, "source": "koriukivka_2207.odt"},
                 {"measure": 9, "source": "koriukivka_2207.odt"},
                 {"measure": 12, "source": "koriukivka_2207.odt"}]}
@mail("pr03", KEY)
def _():
    body = "Корюківська РДА. Лист вих. № 01-19/2207 від 10.12.2013 у вкладенні.\n"
    part = multi("mixed", [text(body, "windows-1251", "quoted-printable"),
                           attach("koriukivka.odt", "koriukivka_2207.odt", "application/vnd.oasis.opendocument.text", "ascii")])
    return message(addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251"), "Koriukivka RDA 01-19/2207",
                   kyiv(2013, 12, 11, 8, 47, 52), part, scs="windows-1251",
                   mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5931")


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own sub-unit reports from its registered box to its department's mailbox, in prose and with headings naming subjects: the web resource (3), the open-door day (11), seminars (13), the manual (14); the addressee and the sender are the same office, the letter is prepared by a sub-unit and signed by the deputy head.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 11, "source": "body"}, {"measure": 13, "source": "body"},
                 {"measure": 14, "source": "body"}]}
@mail("pr04", KEY)
def _():
    plain = ("Для зведеної інформації управління\n\n"
             "Відділ взаємодії з інститутами громадянського суспільства управління з питань внутрішньої політики та зв'язків "
             "з громадськістю облдержадміністрації інформує про роботу за вересень – грудень 2012 року.\n\n"
             "Веб-ресурс «Чернігівська громада»\n"
             "З 1 листопада 2012 року веб-ресурс працює в тестовому режимі: створено розділи «Новини громадських організацій», "
             "«Консультації з громадськістю», «Гранти»; зареєстровано 46 громадських організацій, які самостійно розміщують матеріали.\n\n"
             "День відкритих дверей\n"
             "23 листопада 2012 року в управлінні проведено день відкритих дверей для представників громадських організацій і "
             "журналістів обласних ЗМІ (19 учасників): презентовано структуру управління, порядок проведення консультацій.\n\n"
             "Навчання та посібник\n"
             "Спільно з ЦППК 29 листопада 2012 року проведено навчальний семінар для заступників керівників структурних підрозділів "
             "облдержадміністрації, відповідальних за консультації з громадськістю (31 слухач). Для учасників підготовлено і "
             "видано методичний посібник «Консультації з громадськістю: практичні поради» (тираж 150 прим.), його електронну "
             "версію розіслано райдержадміністраціям.\n\n"
             "Заступник начальника управління                  С.О. Зінченко\n"
             "Підготувала: Руденко І.П., 67-50-31\n")
    part = twin(plain, "utf-8", "base64")
    return message(addr("Відділ взаємодії з ІГС (УВП)", "uvp-info@example.gov.ua"), "Інформація відділу взаємодії з ІГС за IV квартал",
                   kyiv(2012, 12, 14, 12, 20, 35), part, mailer="X-Mailer: Microsoft Outlook 14.0",
                   extra=["Content-Language: uk"])


KEY = {"class": "prose", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The public council's .doc in prose: the forum (4), the commission on openness in its own ranks (10), the public discussion of the plan (15); sent by the secretary «за дорученням голови» from a Gmail-style client on the council's registered box.",
       "items": [{"measure": 4, "source": "Громадська рада_інформація.doc"},
                 {"measure": 10, "source": "Громадська рада_інформація.doc"},
                 {"measure": 15, "source": "Громадська рада_інформація.doc"}]}
@mail("pr05", KEY)
def _():
    plain = ("Добрий день!\n\nЗа дорученням голови Громадської ради при облдержадміністрації П.О. Кравченка надсилаю інформацію "
             "ради за січень – червень 2013 року (вих. № 41 від 11.06.2013).\n\n--\nВідповідальний секретар Громадської ради\nЮлія Стародуб\n")
    part = multi("mixed", [twin(plain, "utf-8", "base64"),
                           attach("gromrada.doc", "Громадська рада_інформація.doc", "application/msword", "B", "utf-8")])
    return message(addr("Громадська рада при ОДА", "gromrada@example.gov.ua"), "Інформація Громадської ради (вих. 41)",
                   kyiv(2013, 6, 12, 19, 4, 8), part, relay="mail-la0-f54.google.com [209.85.215.54]",
                   mailer="X-Mailer: Gmail (via Google Apps)")


# ---------------------------------------------------------------- fn: foreign numbers

KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter's own paragraph numbers 1.–3. look like plan numbers: paragraph 1 is the site (1), paragraph 2 consultations (6), paragraph 3 only says materials were published on the site (passing mention); no plan numbers at all.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail("fn01", KEY)
def _():
    body = ("Управління у справах сім'ї, молоді та спорту облдержадміністрації інформує:\n\n"
            "1. Веб-сторінку управління на офіційному сайті облдержадміністрації доповнено розділами «Молодіжна політика» та "
            "«Оздоровлення дітей», розміщено 3 звіти про використання коштів обласних програм.\n"
            "2. Проведено 4 консультації з громадськістю у формі круглих столів з молодіжними організаціями (Чернігів, Ніжин, "
            "Прилуки, Новгород-Сіверський) щодо проекту обласної програми «Молодь Чернігівщини» на 2013-2017 роки.\n"
            "3. Матеріали про проведені заходи висвітлено в обласних ЗМІ та на офіційному сайті облдержадміністрації.\n\n"
            "В.о. начальника управління                   Т.М. Сергієнко\n"
            "Вик. відділ з питань молодіжної політики, Гордієнко 67-27-01\n")
    part = text(body, "windows-1251", "quoted-printable")
    return message(addr("УСМС", "simia@example.gov.ua", "windows-1251"), "Інформація УСМС",
                   kyiv(2013, 6, 7, 10, 37, 26), part, scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls with a running «№ з/п» 1–6 beside the real «№ пункту плану» column 1, 6, 7, 9, 10, 12; every row has content.",
       "items": [{"measure": 1, "source": "Семенівка.xls"}, {"measure": 6, "source": "Семенівка.xls"},
                 {"measure": 7, "source": "Семенівка.xls"}, {"measure": 9, "source": "Семенівка.xls"},
                 {"measure": 10, "source": "Семенівка.xls"}, {"measure": 12, "source": "Семенівка.xls"}]}
@mail("fn02", KEY)
def _():
    body = ("Добрий день! Семенівська РДА надсилає інформацію по плану заходів за IV квартал 2012 року.\n"
            "Голова РДА                 П.І. Цибуля\n"
            "вик. Мисник 2-13-05\n")
    part = multi("mixed", [text(body, "windows-1251", "8bit"),
                           attach("semenivka.xls", "Семенівка.xls", "application/vnd.ms-excel", "B", "windows-1251")])
    return message(addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "windows-1251"), "Семенівка_план відкритості",
                   kyiv(2012, 12, 10, 11, 19, 48), part, scs="windows-1251",
                   mailer="X-Mailer: The Bat! (v4.0.24) Home")


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "УКБ's .docx uses its own plan's numbers 1.1, 1.2, 2.3, 3.1 with a separate «Пункт плану ОДА» column (1, 9, dashes); sub-items «а)», «б)» and a protocol number; the internal training row has no plan number and is not measure 13.",
       "items": [{"measure": 1, "source": "Звіт УКБ_план відкритості.docx"},
                 {"measure": 9, "source": "Звіт УКБ_план відкритості.docx"}]}
@mail("fn03", KEY)
def _():
    body = ("Добрий день,\n\nнадсилаємо звіт УКБ ОДА про виконання плану заходів щодо відкритості (ІІ півріччя 2013 р.).\n\n"
            "З повагою\nНачальник відділу організаційно-кадрової роботи\nуправління капітального будівництва облдержадміністрації\n"
            "(за погодженням з начальником управління)  Р.В. Гуменюк\n")
    part = multi("mixed", [text(body, "windows-1251", "quoted-printable"),
                           attach("kapbud.docx", "Звіт УКБ_план відкритості.docx",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2231c", "utf-8")])
    return message(addr("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251"), "Звіт УКБ (відкритість) ІІ півріччя",
                   kyiv(2013, 12, 9, 14, 55, 13), part, scs="windows-1251", mailer="X-Mailer: Microsoft Outlook 14.0")


KEY = {"class": "foreign_numbers", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sub-items «1)», «2)» under plan items п. 6 and п. 12, with counts, a resolution number and an order «№ 112», a decision «№ 7»; the Ічнянський район is named by the district; prepared by a sector and signed by the head.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("fn04", KEY)
def _():
    body = ("Ічнянський район\n\n"
            "Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
            "за І півріччя 2013 року\n\n"
            "П. 6. Консультації з громадськістю проведено у формах:\n"
            "  1) публічне громадське обговорення проекту розпорядження голови РДА від 14.03.2013 № 112 «Про районну програму "
            "розвитку культури» (5 засідань робочої групи, 41 учасник);\n"
            "  2) електронні консультації на сайті РДА щодо тарифів на послуги водопостачання (надійшло 12 пропозицій).\n\n"
            "П. 12. Рішенням громадської ради від 19.04.2013 № 7 проведено громадську експертизу діяльності відділу освіти "
            "РДА; за результатами розроблено 3 заходи щодо реалізації пропозицій, 2 з них виконано.\n\n"
            "Голова райдержадміністрації                    С.В. Тимошенко\n\n"
            "Підготував: сектор з питань внутрішньої політики та зв'язків з громадськістю апарату РДА, Марченко В., 2-10-26\n")
    part = text(body, "koi8-u", "quoted-printable")
    return message(addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "koi8-u"), "Ічнянський район - відкритий уряд",
                   kyiv(2013, 6, 13, 16, 8, 39), part, scs="koi8-u",
                   mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512")


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only ЦППК report on seminars (13): group and seminar numbers («Семінар № 3», «група 12»), counts of hours and trainees, a licence number; no plan number is given.",
       "items": [{"measure": 13, "source": "body"}]}
@mail("fn05", KEY)
def _():
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p>Управлінню з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації</p>'
            '<p>Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів '
            'місцевого самоврядування, державних установ, підприємств і організацій (ліцензія АВ № 529671) повідомляє, що у листопаді – грудні 2012 року проведено:</p>'
            '<ol><li>Семінар № 3 «Інструменти політики сприяння розвитку громадянського суспільства» для заступників керівників '
            'структурних підрозділів облдержадміністрації (29.11.2012, група 12, 31 слухач, 6 академічних годин).</li>'
            '<li>Семінар № 4 для спеціалістів районних державних адміністрацій, які безпосередньо організовують консультації з '
            'громадськістю (06.12.2012, група 14, 44 слухачі, 8 годин).</li></ol>'
            '<p>Навчальні матеріали семінарів передано до управління з питань внутрішньої політики.</p>'
            '<p>Директор Центру&nbsp;&nbsp;&nbsp;&nbsp; В.Ф. Кулик<br><small>вик. Савченко Г.А. 67-33-10</small></p></body></html>')
    part = text(html, "utf-8", "quoted-printable", "html")
    return message(addr("Чернігівський ЦППК", "cppk@example.gov.ua"), "Про проведення семінарів",
                   kyiv(2012, 12, 7, 13, 22, 40), part, mailer="User-Agent: Opera Mail/12.11 (Win32)")


# ---------------------------------------------------------------- pa: personal or borrowed boxes

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "From a private gmail.com box; the office appears only as «начальник управління економіки облдержадміністрації» in the genitive signature, and the letter is addressed to the УВП.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail("pa01", KEY)
def _():
    plain = ("Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Шановна Ганно Петрівно!\n\nСлужбова пошта з ранку не працює, тому надсилаю з особистої.\n\n"
             "Головне управління економіки облдержадміністрації на виконання Плану заходів інформує:\n"
             "- веб-сторінку управління оновлено, розміщено Програму соціально-економічного розвитку області на 2013 рік "
             "та щоквартальні звіти про її виконання;\n"
             "- до рубрики «Хід виконання цільових програм» передано перелік 48 обласних цільових програм з посиланнями на звіти;\n"
             "- 22.11.2012 проведено громадське обговорення проекту Програми соціально-економічного розвитку області на 2013 рік "
             "(126 учасників, надійшло 37 пропозицій).\n\n"
             "З повагою\nЗаступник начальника управління економіки облдержадміністрації –\n"
             "начальник відділу стратегічного планування О.С. Марченко\n")
    part = twin(plain, "utf-8", "base64", html=None)
    return message(addr("Оксана Марченко", "oksana.marchenko.cn@gmail.com"), "Інформація щодо плану (Відкритий уряд)",
                   kyiv(2012, 12, 13, 8, 16, 3), part, relay="mail-wg0-f44.google.com [74.125.82.44]")


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "From a clerk's ukr.net box; «Куликівської райдержадміністрації» only in the body (oblique case); the .xlsx has dashes on 9 and 12; the copy line names the УВП and the РДА's own sector.",
       "items": [{"measure": 1, "source": "Куликівка_відкритий уряд.xlsx"},
                 {"measure": 6, "source": "Куликівка_відкритий уряд.xlsx"},
                 {"measure": 7, "source": "Куликівка_відкритий уряд.xlsx"}]}
@mail("pa02", KEY)
def _():
    html = ('<div>Добрий день!</div><div>Пересилаю інформацію Куликівської райдержадміністрації для управління внутрішньої політики ОДА '
            '(таблиця у вкладенні). Районна пошта не працює, тому з особистої скриньки.</div><div><br></div>'
            '<div>Сектор з питань внутрішньої політики апарату Куликівської РДА</div><div>Литвиненко Оксана, 2-13-18</div>')
    plain = ("Добрий день!\nПересилаю інформацію Куликівської райдержадміністрації для управління внутрішньої політики ОДА "
             "(таблиця у вкладенні). Районна пошта не працює, тому з особистої скриньки.\n\n"
             "Сектор з питань внутрішньої політики апарату Куликівської РДА\nЛитвиненко Оксана, 2-13-18\n")
    part = multi("mixed", [twin(plain, "utf-8", "base64", html),
                           attach("kulykivka.xlsx", "Куликівка_відкритий уряд.xlsx",
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "B", "utf-8")])
    return message(addr("Оксана Литвиненко", "lytvynenko_oksana@ukr.net"), "Куликівка",
                   kyiv(2013, 6, 14, 12, 40, 55), part, relay="frv83.fwdcdn.com [212.42.77.83]",
                   mailer="X-Mailer: ukr.net web mail")


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the registered box of another office (УКБ, kapbud@) by the містобудування staff sharing the building; the sender office is named only in the signature (genitive), and the letter mentions УКБ and УВП too.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("pa03", KEY)
def _():
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\n"
            "(Надсилаємо з пошти УКБ, оскільки наша скринька тимчасово заблокована.)\n\n"
            "Інформуємо, що у ІІ півріччі 2013 року на веб-сторінці розміщено оновлену Схему планування території області та "
            "реєстр містобудівних умов і обмежень; проект Генерального плану смт Козелець та проект розпорядження про "
            "регіональні правила забудови обговорено з членами Громадської ради при ОДА (комітет з питань ЖКГ та будівництва, 15.10.2013).\n\n"
            "Начальник відділу містобудівного кадастру\nуправління містобудування та архітектури облдержадміністрації\n"
            "(за в.о. начальника управління Головача С.П.)   І.М. Кузьменко\n")
    part = text(body, "windows-1251", "quoted-printable")
    return message(addr("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251"), "інформація (відкритий уряд)",
                   kyiv(2013, 12, 12, 9, 33, 21), part, scs="windows-1251", mailer="X-Mailer: Microsoft Outlook 14.0")


KEY = {"class": "personal_address", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "From an i.ua box; «Городнянський район» in the subject, the РДА named only in the genitive signature of the в.о. голови; a co-executor (відділ культури РДА) and a copy to the oblast culture department are named.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("pa04", KEY)
def _():
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n"
            "Копія: управлінню культури і туризму облдержадміністрації\n\n"
            "На виконання Плану заходів інформуємо. 04.12.2012 спільно з відділом культури і туризму РДА (співвиконавець) "
            "проведено громадські слухання щодо проекту районної програми розвитку культури на 2013-2015 роки "
            "(58 учасників); 30.11.2012 ГО «Городнянське братство» провела громадську антикорупційну експертизу проекту "
            "розпорядження про оренду приміщень закладів культури, усі 3 пропозиції враховано.\n\n"
            "В.о. голови Городнянської районної державної адміністрації   А.М. Гребінь\n"
            "вик. Кулик Р.О.\n")
    part = text(body, "utf-8", "quoted-printable")
    return message(addr("Роман Кулик", "kulyk_roman@i.ua"), "Городнянський район",
                   kyiv(2012, 12, 14, 16, 2, 18), part, relay="mx4.i.ua [91.198.36.14]", mailer="X-Mailer: I.UA Mail")


KEY = {"class": "personal_address", "executor": "rda-talalaivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From a meta.ua box, in Russian; the PDF is addressed to the УВП («управления по вопросам внутренней политики»), the sender РГА is named only in the PDF heading and the body's genitive; «По п. 1/6/9» headings.",
       "items": [{"measure": 1, "source": "Информация ОГА.pdf"}, {"measure": 6, "source": "Информация ОГА.pdf"},
                 {"measure": 9, "source": "Информация ОГА.pdf"}]}
@mail("pa05", KEY)
def _():
    body = ("Здравствуйте! Высылаю информацию Талалаевской районной госадминистрации для управления по вопросам "
            "внутренней политики ОГА (подписана заместителем председателя РГА Коваль Л.И.).\n"
            "С уважением, Степаненко Н., общий отдел аппарата РГА\n")
    part = multi("mixed", [text(body, "utf-8", "base64"),
                           attach("talalaivka.pdf", "Информация ОГА.pdf", "application/pdf", "B", "utf-8")])
    return message(addr("Наталья Степаненко", "n.stepanenko@meta.ua"), "информация ОГА",
                   kyiv(2013, 12, 6, 11, 10, 44), part, relay="mail.meta.ua [194.0.131.19]",
                   mailer="X-Mailer: Meta.ua Web Mail")


# ---------------------------------------------------------------- mx: mixed

KEY = {"class": "mixed", "executor": "rda-kozelets", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The district's letter first went to a mistyped address and bounced; it is forwarded now as message/rfc822 with its .xls inside, so it counts whole; row 12 names the expertises that were not requested.",
       "items": [{"measure": 1, "source": "Козелецька РДА_І півріччя.xls"},
                 {"measure": 6, "source": "Козелецька РДА_І півріччя.xls"},
                 {"measure": 9, "source": "Козелецька РДА_І півріччя.xls"},
                 {"measure": 12, "source": "Козелецька РДА_І півріччя.xls"}]}
@mail("mx01", KEY)
def _():
    inner_body = ("Управлінню з питань внутрішньої політики ОДА.\nНадаємо інформацію Козелецької РДА за І півріччя 2013 року (у вкладенні).\n"
                  "Заступник голови РДА  В.М. Сердюк\n")
    inner_part = multi("mixed", [text(inner_body, "windows-1251", "quoted-printable"),
                                 attach("kozelets.xls", "Козелецька РДА_І півріччя.xls", "application/vnd.ms-excel", "B", "windows-1251")])
    inner = message(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"), "Козелецький район - відкритий уряд",
                    kyiv(2013, 6, 12, 15, 1, 9), inner_part, to="uvp@cg.ukrtel.ne", scs="windows-1251", received=False,
                    mailer="X-Mailer: Microsoft Office Outlook 12.0")
    body = ("Доброго дня! Лист від 12.06 повернувся (помилилися в адресі), пересилаємо повторно.\n"
            "Загальний відділ апарату Козелецької РДА\n")
    part = multi("mixed", [text(body, "windows-1251", "quoted-printable"), rfc822(inner)])
    return message(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"), "FW: Козелецький район - відкритий уряд",
                   kyiv(2013, 6, 14, 8, 39, 50), part, scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction above the office's own earlier letter quoted Outlook-style: only the corrected p.10 counts; the quoted pp. 1, 6, 7 were counted when they came; letter numbers and dates everywhere; prepared by a clerk, signed by the first deputy.",
       "items": [{"measure": 10, "source": "body"}]}
@mail("mx02", KEY)
def _():
    body = ("Уточнення до листа Бахмацької РДА від 12.12.2012 № 01-23/1780.\n\n"
            "У п. 10 помилково зазначено, що робоча група не створена. Правильно: за рекомендацією райдержадміністрації "
            "громадська рада при РДА рішенням від 05.12.2012 створила у своєму складі робочу групу з питань відкритості "
            "та прозорості діяльності органу влади (4 особи, керівник — Яковенко Д.О.).\n\n"
            "Перший заступник голови РДА   Л.В. Мельник\nвик. Пилипенко 2-14-90\n\n"
            "-----Первісне повідомлення-----\n"
            "Від: Бахмацька РДА [mailto:rda-bakhmach@example.gov.ua] \n"
            "Надіслано: 12 грудня 2012 р. 14:51\n"
            "Кому: uvp@cg.ukrtel.net\n"
            "Тема: Бахмацька РДА - інформація\n\n"
            "Бахмацька райдержадміністрація інформує (вих. № 01-23/1780 від 12.12.2012):\n"
            "п. 1 – оновлено розділ «Звернення громадян» офіційного сайту РДА;\n"
            "п. 6 – проведено громадські слухання щодо проекту районного бюджету на 2013 рік (28.11.2012);\n"
            "п. 7 – до складу районної ради з питань ветеранів включено голову ГО «Ветерани Бахмаччини»;\n"
            "п. 10 – робоча група при громадській раді не створена.\n\n"
            "Перший заступник голови РДА   Л.В. Мельник\n")
    part = text(body, "windows-1251", "quoted-printable")
    return message(addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251"), "Уточнення до листа 01-23/1780 (п.10)",
                   kyiv(2012, 12, 14, 10, 5, 27), part, scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The cover note reports a public hearing (6) that the attached .docx (pp. 1, 7, 12) does not mention; the docx is signed by the в.о. голови, the note by a clerk of a sub-unit.",
       "items": [{"measure": 1, "source": "Борзна_інформація ІІ півріччя.docx"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "Борзна_інформація ІІ півріччя.docx"},
                 {"measure": 12, "source": "Борзна_інформація ІІ півріччя.docx"}]}
@mail("mx03", KEY)
def _():
    plain = ("Доброго дня!\n\nІнформація Борзнянської РДА за ІІ півріччя 2013 року у вкладенні.\n\n"
             "Додатково повідомляємо, що 11.11.2013 у Борзнянському районному будинку культури проведено громадські слухання "
             "щодо проекту районного бюджету на 2014 рік (73 учасники), до таблиці вони не увійшли.\n\n"
             "--\nВідділ організаційної роботи апарату Борзнянської РДА\nНестеренко Віра, 2-12-71\n")
    part = multi("mixed", [twin(plain, "utf-8", "quoted-printable"),
                           attach("borzna.docx", "Борзна_інформація ІІ півріччя.docx",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2231", "utf-8")])
    return message(addr("Борзнянська РДА", "rda-borzna@example.gov.ua"), "Борзнянська РДА: відкритий уряд, ІІ півріччя",
                   kyiv(2013, 12, 13, 15, 50, 1), part, mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Two attachments: the РДА's .odt (pp. 1, 6, 9; its line on pp. 7 and 12 only points to the second file) and the district culture department's .xls (pp. 7, 12), both the РДА's report.",
       "items": [{"measure": 1, "source": "Н-Сіверська РДА_інформація.odt"},
                 {"measure": 6, "source": "Н-Сіверська РДА_інформація.odt"},
                 {"measure": 7, "source": "відділ культури_пп 7, 12.xls"},
                 {"measure": 9, "source": "Н-Сіверська РДА_інформація.odt"},
                 {"measure": 12, "source": "відділ культури_пп 7, 12.xls"}]}
@mail("mx04", KEY)
def _():
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\n"
            "Надсилаємо інформацію Новгород-Сіверської райдержадміністрації та відділу культури і туризму РДА.\n\n"
            "Апарат Новгород-Сіверської РДА\n")
    part = multi("mixed", [text(body, "koi8-u", "base64"),
                           attach("nsiversk.odt", "Н-Сіверська РДА_інформація.odt", "application/vnd.oasis.opendocument.text", "2231c", "koi8-u"),
                           attach("nsiversk_kult.xls", "відділ культури_пп 7, 12.xls", "application/vnd.ms-excel", "B", "koi8-u")])
    return message(addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "koi8-u"), "Н-Сіверська РДА",
                   kyiv(2013, 6, 13, 9, 48, 6), part, scs="koi8-u", mailer="X-Mailer: The Bat! (v4.1.18) Professional")


KEY = {"class": "mixed", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML in multipart/related with an inline logo; the part's header says us-ascii while the bytes are windows-1251 (the meta tag is right); the sector of the apparatus prepared it, a deputy head signed, the oblast culture department is copied in.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}
@mail("mx05", KEY)
def _():
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 12 (filtered medium)">'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:"Times New Roman"} --></style></head><body lang=UK><div class=Section1>'
            '<p class=MsoNormal><img width=64 height=64 src="cid:image001.gif@01CEF65A.2B1C3D40" alt="Герб"></p>'
            '<p class=MsoNormal><b>Ріпкинська районна державна адміністрація</b></p>'
            '<p class=MsoNormal>Управлінню з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації<br>Копія: управлінню культури і туризму облдержадміністрації</p>'
            '<p class=MsoNormal>&nbsp;</p>'
            '<p class=MsoNormal>Інформуємо, що у ІІ півріччі 2013 року офіційний сайт райдержадміністрації переведено на нову платформу, '
            'створено розділи «Громадська рада» та «Консультації з громадськістю». Проведено громадські слухання щодо проекту '
            'Програми соціально-економічного розвитку району на 2014 рік (04.12.2013) та зустріч з мешканцями смт Любеч. '
            'Двох членів громадської ради включено до складу районної комісії з питань техногенно-екологічної безпеки.</p>'
            '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp; О.П. Ступак</p>'
            '<p class=MsoNormal><span style="font-size:9.0pt">Сектор з питань внутрішньої політики та зв\'язків з громадськістю апарату РДА, Дяченко 2-16-44</span></p>'
            '</div></body></html>')
    img = (["Content-Type: image/gif;\r\n\tname=\"image001.gif\"", "Content-Transfer-Encoding: base64",
            "Content-ID: <image001.gif@01CEF65A.2B1C3D40>",
            "Content-Disposition: inline;\r\n\tfilename=\"image001.gif\""], base64.encodebytes(GIF))
    plain = re.sub(r"<[^>]+>", "", html.replace("</p>", "\n").replace("<br>", "\n")).replace("&nbsp;", " ")
    plain = "\n".join(l for l in plain.split("\n") if not l.startswith("<!--") and "MsoNormal" not in l).strip() + "\n"
    alt = multi("alternative", [text(plain, "windows-1251", "quoted-printable", declared="us-ascii"),
                                text(html, "windows-1251", "8bit", "html", declared="us-ascii")], "ALT")
    part = multi("related", [alt, img], "REL", extra=';\r\n\ttype="multipart/alternative"')
    return message(addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "windows-1251"), "Ріпкинська РДА - відкритий уряд",
                   kyiv(2013, 12, 11, 14, 14, 58), part, scs="windows-1251", mailer="X-Mailer: Microsoft Office Outlook 12.0")


# ------------------------------------------------------------------------------------------
# Checks and output

def period_of(dt):
    d = dt.astimezone(KYIV)
    if d.date() < APPROVED:
        return None, None
    for i, dl in enumerate(DEADLINES):
        if d.date() <= dl:
            return i + 1, False
        if d.date() <= dl + timedelta(days=GRACE):
            return i + 1, True
    return None, None


def _decode(s):
    if s is None:
        return None
    if "=?" in s:
        return "".join(p.decode(c or "ascii") if isinstance(p, bytes) else p for p, c in decode_header(s))
    return s


def attachment_names(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn is None:
            continue
        names.append(_decode(email.utils.collapse_rfc2231_value(fn)))
    return msg, names


def check(name, key, raw):
    errs = []
    prefix = name[:2]
    if key["class"] != CLASSES.get(prefix):
        errs.append("class %r does not match prefix %r" % (key["class"], prefix))
    if key["executor"] not in EXECUTORS:
        errs.append("executor %r is not a plan.toml id" % key["executor"])
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errs.append("items not sorted/unique")
    if any(not (1 <= m <= 15) for m, _ in pairs):
        errs.append("measure out of 1..15")
    if key["kind"] == "not_report":
        if items or key["reason"] not in REASONS or key["class"] != "not_report":
            errs.append("not_report key malformed")
    elif key["kind"] != "report" or key["reason"] is not None or not items:
        errs.append("report key malformed")
    msg, names = attachment_names(raw)
    when = parsedate_to_datetime(msg["Date"])
    per, late = period_of(when)
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late %r != Date %s -> %r" % ((key["period"], key["late"]), msg["Date"], (per, late)))
    rec = msg.get_all("Received")[0]
    rdt = parsedate_to_datetime(rec.rsplit(";", 1)[1].strip())
    if not (0 < (rdt - when).total_seconds() < 60) or rdt.astimezone(KYIV).date() != when.astimezone(KYIV).date():
        errs.append("Received not a few seconds after Date")
    for _, src in pairs:
        if src != "body" and src not in names:
            errs.append("source %r not among attachments %r" % (src, names))
    frm = email.utils.parseaddr(msg["From"])[1].lower()
    registered = {a.lower(): e["id"] for e in PLAN["executor"] for a in e.get("emails", [])}
    if frm.endswith("example.gov.ua") or frm.endswith("example.org.ua"):
        if frm not in registered:
            errs.append("unregistered official address %s" % frm)
    if key["class"] != "personal_address" and registered.get(frm) != key["executor"]:
        errs.append("sender %s is not the executor's registered box" % frm)
    if key["class"] == "personal_address" and registered.get(frm) == key["executor"]:
        errs.append("personal_address mail sent from the executor's own box")
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        errs.append("not CRLF")
    return errs


def main():
    names = [n for n, _, _ in MAILS]
    assert len(names) == len(set(names)) == 40, len(names)
    counts = {}
    for n in names:
        counts[n[:2]] = counts.get(n[:2], 0) + 1
    assert all(v == 5 for v in counts.values()) and len(counts) == 8, counts
    covered = set()
    bad = 0
    for name, key, fn in MAILS:
        raw = fn()
        for part in email.message_from_bytes(raw).walk():
            if not part.is_multipart() and part.get_filename():
                if len(part.get_payload(decode=True) or b"") > 60 * 1024:
                    print("%s: attachment over 60 KB" % name)
                    bad += 1
        errs = check(name, key, raw)
        for e in errs:
            print("%s: %s" % (name, e))
        bad += len(errs)
        covered |= {i["measure"] for i in key["items"]}
        with open(os.path.join(HERE, name + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    missing = set(range(1, 16)) - covered
    if missing:
        print("measures never an item: %s" % sorted(missing))
        bad += 1
    print("%d mails written, %d problems" % (len(MAILS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
