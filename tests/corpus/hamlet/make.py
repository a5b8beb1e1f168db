#!/usr/bin/env python3
"""hamlet: 40 report e-mails for zvit with hand-written answer keys.

    python3 make.py             build every NAME.eml and NAME.expected.json
    python3 make.py --check     check the keys, rebuild in memory, compare with the files on disk
    python3 make.py --convert   convert attachments/src/* with LibreOffice where a result is missing

Standard library only.  The office files in attachments/ were converted once from the HTML and
CSV sources in attachments/src/ and are kept, so a build is reproducible byte for byte.
Each mail's KEY literal stands directly above its builder and was written before its text.
"""
import base64
import datetime
import email
import email.policy
import email.utils
import json
import quopri
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ATT = HERE / "attachments"
SRC = ATT / "src"
PLAN_TOML = Path("/work/main/config/plan.toml")
KYIV = ZoneInfo("Europe/Kyiv")
UVP = "uvp@cg.ukrtel.net"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
CRLF = b"\r\n"
PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
          "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
DEADLINES = [datetime.date(2012, 12, 15), datetime.date(2013, 6, 15), datetime.date(2013, 12, 15)]
APPROVED = datetime.date(2012, 9, 10)
GRACE = 3
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# ---- the plan's wording, copied from plan.toml (used to quote zvit's reminder and receipt) ----
MEASURE_TEXT = {
    1: 'З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.',
    2: 'З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».',
    5: 'Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.',
    6: 'Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    7: 'Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.',
    8: 'Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.',
    9: 'Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    10: 'Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.',
    12: 'Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.',
}


# ======================================================================================
# MIME helpers: everything is assembled by hand so each client's habits can be imitated.
# ======================================================================================

def kyiv(s):
    """'2012-12-12 15:42:10' (Kyiv wall time) -> aware datetime."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfcdate(dt):
    return email.utils.format_datetime(dt)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def qp(data):
    """Quoted-printable of LF-terminated bytes, with CRLF line ends."""
    out = quopri.encodestring(data.replace(b"\r\n", b"\n"))
    return out.replace(b"\n", b"\r\n")


def _word(chunk, charset, enc):
    raw = chunk.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if b == 0x20:
            out.append("_")
        elif 33 <= b <= 126 and c not in "=?_\"()<>,;:.@[]\\":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def ew(text, charset="utf-8", enc="B", limit=75, fold="\r\n "):
    """RFC 2047 encoded words (folded), or the text itself when it is plain ASCII."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_word(chunk + ch, charset, enc)) > limit:
            words.append(_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_word(chunk, charset, enc))
    return fold.join(words)


def ew1(text, charset="utf-8", enc="B"):
    """One unfolded encoded word (how Outlook and Gmail write a file name parameter)."""
    return _word(text, charset, enc)


def addr(name, address, charset="utf-8", enc="B", quoted=True):
    if not name:
        return address
    if all(32 <= ord(c) < 127 for c in name):
        return '"%s" <%s>' % (name, address) if quoted else "%s <%s>" % (name, address)
    w = ew(name, charset, enc)
    return '"%s" <%s>' % (w, address) if quoted else "%s <%s>" % (w, address)


def rfc2231(param, value, charset="utf-8", width=42):
    """filename*0*=utf-8''...; filename*1*=... (RFC 2231 with continuations)."""
    tokens = re.findall(r"%[0-9A-F]{2}|.", quote(value.encode(charset), safe=""))
    chunks, cur = [], ""
    for t in tokens:
        if len(cur) + len(t) > width and cur:
            chunks.append(cur)
            cur = t
        else:
            cur += t
    if cur:
        chunks.append(cur)
    if len(chunks) == 1:
        return "%s*=%s''%s" % (param, charset, chunks[0])
    lines = ["%s*0*=%s''%s" % (param, charset, chunks[0])]
    lines += ["%s*%d*=%s" % (param, i, c) for i, c in enumerate(chunks[1:], 1)]
    return ";\r\n ".join(lines)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)   # [(name, value)], value may contain folded CRLF SP
        self.body = body               # bytes, CRLF line ends

    def render(self):
        out = b"".join(("%s: %s" % (n, v)).encode("ascii") + CRLF for n, v in self.headers)
        return out + CRLF + self.body


def text(s, subtype="plain", charset="utf-8", cte="base64", ct_extra="", label=True, extra=()):
    """A text part.  label=False leaves the charset out of Content-Type (CDO-era mail)."""
    data = crlf(s).encode(charset)
    if not data.endswith(CRLF):
        data += CRLF
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data
    ct = "text/%s" % subtype
    if label:
        ct += "; charset=%s" % (charset if subtype != "html" or charset.lower() != "utf-8" else "UTF-8")
    ct += ct_extra
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def attachment(data, ctype, filename, style="2047B", charset="utf-8", disp="attachment", extra=()):
    """style: ascii | 2047B | 2047Q | 2231 | 2231+2047 (2231 in disposition, 2047 in name)."""
    if style == "ascii":
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disp, filename)
    elif style in ("2047B", "2047Q"):
        w = ew1(filename, charset, style[-1])
        ct = '%s;\r\n\tname="%s"' % (ctype, w)
        cd = '%s;\r\n\tfilename="%s"' % (disp, w)
    elif style == "2231":
        ct = "%s;\r\n %s" % (ctype, rfc2231("name", filename, charset))
        cd = "%s;\r\n %s" % (disp, rfc2231("filename", filename, charset))
    elif style == "2231+2047":
        ct = '%s;\r\n name="%s"' % (ctype, ew1(filename, charset, "B"))
        cd = "%s;\r\n %s" % (disp, rfc2231("filename", filename, charset))
    else:
        raise ValueError(style)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", cd)] + list(extra), b64(data))


def multipart(subtype, parts, boundary, preamble=None, ct_extra=""):
    body = b""
    if preamble:
        body += crlf(preamble).encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.render() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (subtype, ct_extra, boundary))], body)


def rfc822(inner_bytes, filename=None):
    headers = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else "")),
               ("Content-Transfer-Encoding", "8bit" if any(b > 127 for b in inner_bytes) else "7bit")]
    if filename:
        headers.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    return Part(headers, inner_bytes)


def received(dt, helo, ip, delay, qid):
    """The top Received: header of uvp@cg.ukrtel.net's server, a few seconds after Date."""
    t = dt + datetime.timedelta(seconds=delay)
    assert t.date() == dt.date(), "Received must stay on the same Kyiv day"
    return ("Received", "from %s (%s [%s])\r\n\tby mail.cg.ukrtel.net (Postfix) with ESMTP id %s\r\n"
            "\tfor <%s>; %s" % (helo, helo, ip, qid, UVP, rfcdate(t)))


def message(headers, root, mime_version=True):
    """headers: [(name, value)] in the order the client writes them; root: a Part."""
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + root.headers, root.body)
    return top.render()


def att(name):
    return (ATT / name).read_bytes()


def tiny_png(w=120, h=28, rgb=(0x1f, 0x4e, 0x8c)):
    """A small solid PNG (an office's logo strip), built with zlib only."""
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def quote_lines(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.split("\n"))


# ---- zvit's own mail, as the templates render it (executors reply under it) ----

def reminder(executor, deadline, today, missing, overdue=False):
    head = ("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення "
            "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації "
            "Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline) if overdue else (
            "Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та "
            "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство "
            "„Відкритий уряд“» інформацію про його виконання необхідно надати до %s на адресу електронної "
            "пошти %s." % (deadline, UVP))
    lines = ["Шановні колеги!", "", head, "",
             "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:" % (today, executor)]
    for m in missing:
        lines += ["", "  %d. %s" % (m, MEASURE_TEXT[m])]
    lines += ["",
              "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
              "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
              "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
              "зазначивши номери пунктів плану.", "",
              "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.",
              "", "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.",
              "", "З повагою", UVP_NAME]
    return "\n".join(lines)


def receipt(received_at, subject, executor, period, deadline, recognised, missing, late=False):
    lines = ["Шановні колеги!", "",
             "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
             "підтверджує отримання Вашого листа від %s «%s»." % (received_at, subject), "",
             "Виконавець: %s." % executor,
             "Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline)]
    if late:
        lines.append("Лист надійшов після встановленого терміну; інформацію враховано як подану із запізненням.")
    lines += ["", "Розпізнано інформацію щодо таких пунктів плану:"]
    lines += ["  • пункт %d: %s" % (n, ex) for n, ex in recognised]
    lines += ["", "За цей звітний період ще очікується інформація щодо пунктів плану:"]
    lines += ["  %d. %s" % (m, MEASURE_TEXT[m]) for m in missing]
    lines += ["", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s." % UVP,
              "", "З повагою", UVP_NAME]
    return "\n".join(lines)


MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


# ======================================================================================
# ph — placeholder
# ======================================================================================

KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Bakhmach RDA's own .xls table: only rows 1 and 7 say what was done; 6, 9, 12 carry «—», «-», «немає», 10 a bare «не проводились», 16 is the reporting duty.",
       "items": [{"measure": 1, "source": "Інформація_Бахмацька_РДА.xls"},
                 {"measure": 7, "source": "Інформація_Бахмацька_РДА.xls"}]}
@mail("ph01-bakhmach", KEY)
def _():
    dt = kyiv("2012-12-12 15:42:10")
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Бахмацька райдержадміністрація надсилає інформацію про виконання Плану заходів з підвищення "
            "рівня відкритості та прозорості діяльності виконавчої влади (таблиця додається).\n\n"
            "Головний спеціаліст сектору з питань внутрішньої політики та зв'язків з громадськістю\n"
            "апарату райдержадміністрації\n"
            "Т.М. Грищенко\n"
            "тел. (04635) 2-14-63\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="quoted-printable"),
        attachment(att("ph01_bakhmach.xls"), "application/vnd.ms-excel", "Інформація_Бахмацька_РДА.xls",
                   "2047B", "windows-1251"),
    ], "----=_NextPart_000_0016_01CDD87C.12B7E480", preamble="This is a multi-part message in MIME format.")
    return message([
        received(dt, "rda-bakhmach.example.gov.ua", "194.44.160.71", 4, "3C1F2A1E40"),
        ("Message-ID", "<001a01cdd86b$4f2e1c80$6401a8c0@bakhmach>"),
        ("From", addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Інформація Відкритий уряд", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "placeholder", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain+HTML twins of one table in the body: rows 1 and 6 are told in the office's own words, 2 and 7 carry a bare «+», 8 «—», 9 an empty cell, 12 «х».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail("ph02-sluzhba-ditei", KEY)
def _():
    dt = kyiv("2013-06-11 10:40:00")
    rows = [
        ("1", "Інформаційне наповнення сайтів",
         "На сторінці служби на офіційному сайті облдержадміністрації оновлено розділи «Усиновлення» та "
         "«Прийомна сім'я», розміщено роз'яснення щодо порядку влаштування дітей-сиріт до прийомних сімей "
         "та дитячих будинків сімейного типу."),
        ("2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "+"),
        ("6", "Консультації з громадськістю",
         "23 квітня проведено зустріч з прийомними батьками та батьками-вихователями щодо проекту порядку "
         "оздоровлення дітей, які перебувають під опікою. Пропозиції учасників враховано."),
        ("7", "Дорадчо-консультативні органи", "+"),
        ("8", "Колегії", "—"),
        ("9", "Обговорення проектів розпоряджень, програм", ""),
        ("12", "Громадські експертизи", "х"),
    ]
    intro = ("Шановні колеги!\n\nСлужба у справах дітей облдержадміністрації надає інформацію про виконання "
             "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
             "за І півріччя 2013 року.\n")
    sig = ("З повагою\nМаргарита Лук'яненко\nголовний спеціаліст відділу правового забезпечення та "
           "кадрової роботи\nСлужби у справах дітей облдержадміністрації\nтел. 67-51-93\n")
    plain = intro + "\n№\tЗахід\tВиконання\n" + "".join("%s\t%s\t%s\n" % r for r in rows) + "\n" + sig
    trs = "".join(
        "<tr><td width=40 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td>"
        "<td width=220 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td>"
        "<td width=380 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td></tr>\n"
        % (n, w, (v or "&nbsp;")) for n, w, v in rows)
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"></head>"
            "<body lang=UK link=blue vlink=purple><div class=WordSection1>\n"
            "<p class=MsoNormal>Шановні колеги!<o:p></o:p></p>\n"
            "<p class=MsoNormal>Служба у справах дітей облдержадміністрації надає інформацію про виконання Плану "
            "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І "
            "півріччя 2013 року.<o:p></o:p></p>\n"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
            "<tr><td style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>№</b></p></td>"
            "<td style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>Захід</b></p></td>"
            "<td style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>Виконання</b></p></td></tr>\n"
            + trs + "</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<p class=MsoNormal>З повагою<br>Маргарита Лук'яненко<br>головний спеціаліст відділу правового "
            "забезпечення та кадрової роботи<br>Служби у справах дітей облдержадміністрації<br>тел. 67-51-93"
            "<o:p></o:p></p>\n</div></body></html>\n")
    root = multipart("alternative", [
        text(plain, charset="windows-1251", cte="quoted-printable"),
        text(html, "html", charset="windows-1251", cte="quoted-printable"),
    ], "----=_NextPart_000_0041_01CE6691.8C3A2B10")
    return message([
        received(dt, "sluzhba-ditei.example.gov.ua", "194.44.160.93", 3, "8F02D71B66"),
        ("From", addr("Служба у справах дітей ОДА", "sluzhba-ditei@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Інформація про виконання плану (Відкритий уряд) - Служба у справах дітей", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<004001ce6680$c8a3b2e0$59eb18a0$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5mgMVdmEQ1n0uVQq2Jc3l3N1S8Vw=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Top-posted reply to zvit's reminder with the reminder's own table filled in (.ods, RFC 2231 name): the plan's wording sits in every row, only row 7 has an answer, the rest «без змін», «—», «немає», «не проводились», «х».",
       "items": [{"measure": 7, "source": "Таблиця_Ріпкинська РДА_грудень 2013.ods"}]}
@mail("ph03-ripky", KEY)
def _():
    dt = kyiv("2013-12-10 10:05:40")
    rem = reminder("Ріпкинська районна державна адміністрація", "15.12.2013", "09.12.2013", [1, 6, 7, 9, 10, 12])
    body = ("Доброго дня!\nНадсилаємо заповнену таблицю.\n\n"
            "-- \nСектор з питань внутрішньої політики, зв'язків із засобами масової інформації та "
            "громадськістю\nРіпкинської райдержадміністрації\nтел. (04641) 2-11-76\n\n"
            "09.12.2013 09:00, uvp@cg.ukrtel.net пише:\n" + quote_lines(rem, "> ") + "\n")
    root = multipart("mixed", [
        text(body, charset="UTF-8", cte="8bit", ct_extra="; format=flowed"),
        attachment(att("ph03_ripky.ods"), "application/vnd.oasis.opendocument.spreadsheet",
                   "Таблиця_Ріпкинська РДА_грудень 2013.ods", "2231"),
    ], "------------060209030401070905020403", preamble="This is a multi-part message in MIME format.")
    return message([
        received(dt, "rda-ripky.example.gov.ua", "194.44.161.20", 5, "A7B30C2214"),
        ("Message-ID", "<52A6CB04.3050906@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", quoted=False)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
        ("To", UVP),
        ("Subject", ew("Re: Нагадування: інформація про виконання плану заходів (Відкритий уряд)")),
        ("References", "<zvit.reminder.3.rda-ripky.20131209@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.3.rda-ripky.20131209@cg.ukrtel.net>"),
    ], root)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The culture department copied the whole plan into an .xlsx: rows 2 and 8 are real answers, owed rows carry «+», «без змін», «—», empty or «-», the rest «не стосується»; the body's «п. 16» is the reporting duty.",
       "items": [{"measure": 2, "source": "Відкритий уряд_культура.xlsx"},
                 {"measure": 8, "source": "Відкритий уряд_культура.xlsx"}]}
@mail("ph04-kultura", KEY)
def _():
    dt = kyiv("2012-12-14 11:05:33")
    body = ("Добрий день!\n\nНа виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості "
            "діяльності виконавчої влади в області надсилаємо інформацію управління культури і туризму "
            "облдержадміністрації.\n\n-- \nЗ повагою,\nКравчук Наталія Петрівна,\n"
            "провідний спеціаліст відділу організаційно-кадрової роботи\nуправління культури і туризму "
            "облдержадміністрації\n(0462) 67-64-08\n")
    root = multipart("mixed", [
        text(body, charset="koi8-u", cte="8bit"),
        attachment(att("ph04_kultura.xlsx"),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   "Відкритий уряд_культура.xlsx", "2047Q", "koi8-u"),
    ], "----------1F9A3B2C1E4D7B")
    return message([
        received(dt, "kultura.example.gov.ua", "194.44.160.55", 2, "51D6E0A8F3"),
        ("Date", rfcdate(dt)),
        ("From", addr("Управління культури і туризму", "kultura@example.gov.ua", "koi8-u", quoted=False)),
        ("X-Mailer", "The Bat! (v5.0.24) Professional"),
        ("Reply-To", addr("Управління культури і туризму", "kultura@example.gov.ua", "koi8-u", quoted=False)),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1412657082.20121214110533@example.gov.ua>"),
        ("To", UVP),
        ("Subject", ew("Відкритий уряд - інформація управління культури", "koi8-u")),
    ], root)


KEY = {"class": "placeholder", "executor": "rda-semenivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Late .doc table on letterhead: row 1 only repeats the plan's term «Постійно», 7 «не було», 9 sends the reader to an earlier report, 12 a bare «не проводились»; rows 6 and 10 tell of the public hearing and the working group.",
       "items": [{"measure": 6, "source": "semenivka_vykonannya.doc"},
                 {"measure": 10, "source": "semenivka_vykonannya.doc"}]}
@mail("ph05-semenivka", KEY)
def _():
    dt = kyiv("2013-06-17 08:55:12")
    body = ("Доброго ранку!\nВибачте за затримку, надсилаємо інформацію Семенівської РДА за І півріччя "
            "(в п'ятницю не встигли підписати).\n\nСектор внутрішньої політики\nЯременко В.В.\n")
    root = multipart("mixed", [
        text(body, charset="utf-8", cte="8bit"),
        attachment(att("ph05_semenivka.doc"), "application/msword", "semenivka_vykonannya.doc", "ascii"),
    ], "----------Pq3Xy8vH0sZlFd2M1nTbKu")
    return message([
        received(dt, "rda-semenivka.example.gov.ua", "194.44.161.37", 6, "0E9C44B5D1"),
        ("Date", rfcdate(dt)),
        ("To", UVP),
        ("Subject", ew("Семенівська РДА інформація відкритий уряд")),
        ("From", addr("Семенівська РДА", "rda-semenivka@example.gov.ua", quoted=False)),
        ("Message-ID", "<op.wyxq3sk2l4e9k2@sector-vp>"),
        ("User-Agent", "Opera Mail/12.15 (Win32)"),
    ], root)


# ======================================================================================
# bp — bottom_post
# ======================================================================================

def interleave(quoted, answers, prefix="> "):
    """Quote zvit's mail line by line and type answers under the quoted items named in answers."""
    out = []
    lines = quoted.split("\n")
    for i, l in enumerate(lines):
        out.append((prefix + l) if l else prefix.rstrip())
        m = re.match(r"  (\d+)\. ", l)
        if m and int(m.group(1)) in answers:
            out += ["", answers[int(m.group(1))], ""]
    return "\n".join(out)


KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Answers typed between the quoted items of zvit's overdue reminder: 1 and 6 in own words, 12 as a denial under its item, 10 only a promise, 7 and 9 left unanswered.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("bp01-kozelets", KEY)
def _():
    dt = kyiv("2012-12-17 09:31:02")
    rem = reminder("Козелецька районна державна адміністрація", "15.12.2012", "16.12.2012",
                   [1, 6, 7, 9, 10, 12], overdue=True)
    answers = {
        1: "Сайт райдержадміністрації переведено на новий хостинг, створено розділи «Публічна інформація» "
           "та «Регуляторна діяльність», проекти розпоряджень оприлюднюються.",
        6: "22 листопада провели круглий стіл з головами громадських організацій району щодо благоустрою "
           "населених пунктів, 14 учасників, пропозиції передані сільським радам.",
        10: "питання розглядатиметься на засіданні громадської ради в січні",
        12: "Громадських експертиз не було.",
    }
    body = ("16.12.2012 09:00, uvp@cg.ukrtel.net пише:\n" + interleave(rem, answers) +
            "\n\nВибачте за затримку, в п'ятницю не працював сервер.\n\n-- \nЛ. Мороз\n"
            "сектор з питань внутрішньої політики Козелецької РДА\n")
    root = text(body, charset="windows-1251", cte="8bit", ct_extra="; format=flowed")
    return message([
        received(dt, "rda-kozelets.example.gov.ua", "194.44.160.118", 3, "C4E1B9027A"),
        ("Message-ID", "<50CECA86.7040101@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251", quoted=False)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("To", UVP),
        ("Subject", ew("Re: Нагадування: минув термін подання інформації (Відкритий уряд)", "windows-1251")),
        ("References", "<zvit.reminder.1.rda-kozelets.20121216@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.1.rda-kozelets.20121216@cg.ukrtel.net>"),
    ], root)


KEY = {"class": "bottom_post", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 (Russian UI) reply written under zvit's unquoted receipt: the receipt's recognised excerpts and missing list are quoted; the office adds 2 and 8 and only points back to an earlier letter for 7, 9, 12.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail("bp02-finansy", KEY)
def _():
    dt = kyiv("2013-06-14 15:10:37")
    rc = receipt("12.06.2013 10:31", "Інформація ГФУ", "Головне фінансове управління облдержадміністрації", 2,
                 "15.06.2013",
                 [(1, "На офіційному сайті управління оновлено розділ «Бюджет області» та розміщено …"),
                  (6, "Проведено публічне громадське обговорення проекту змін до обласного бюджету на 2013 рік …")],
                 [2, 7, 8, 9, 12])
    body = ("\n\n-----Исходное сообщение-----\n"
            "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
            "Отправлено: 13 июня 2013 г. 16:02\n"
            "Кому: finansy@example.gov.ua\n"
            "Тема: Підтвердження отримання: Інформація ГФУ\n\n" + rc + "\n\n"
            "Доповнюємо:\n"
            "п.2 - щомісяця до 20 числа Головне фінансове управління подає для розміщення в рубриці "
            "«Виконання місцевих бюджетів Чернігівської області» інформацію про виконання обласного бюджету, "
            "за січень-травень 2013 року інформацію розміщено 11.06.2013.\n"
            "п.8 - голова комітету з питань бюджету та фінансів Громадської ради при облдержадміністрації "
            "Бойко С.П. є членом колегії управління з листопада 2012 року (наказ від 26.11.2012 № 187).\n"
            "По п.п. 7, 9, 12 - інформація була в нашому листі від 12.06.2013.\n\n"
            "Савченко Ольга\nзаступник начальника відділу бюджетного планування\n"
            "Головного фінансового управління облдержадміністрації\n67-38-55\n")
    root = text(body, charset="windows-1251", cte="quoted-printable")
    return message([
        received(dt, "finansy.example.gov.ua", "194.44.160.40", 2, "7D2E8F1190"),
        ("From", addr("Савченко Ольга", "finansy@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("RE: Підтвердження отримання: Інформація ГФУ", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000301ce68f5$1a2b3c40$4e81a8c0@fin-savchenko>"),
        ("X-Mailer", "Microsoft Office Outlook, Build 11.0.5510"),
        ("Thread-Index", "Ac5o9Rn2r7VmW1tRQp2m0LbZ3x0h6g=="),
        ("In-Reply-To", "<zvit.receipt.2.su-finansy.20130613@cg.ukrtel.net>"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "bottom_post", "executor": "rda-pryluky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Phone reply typed below the «>»-quoted reminder, in shorthand: 9 and 10 answered, the other listed items only promised for Monday.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("bp03-pryluky", KEY)
def _():
    dt = kyiv("2013-12-13 18:12:15")
    rem = reminder("Прилуцька районна державна адміністрація", "15.12.2013", "09.12.2013", [1, 6, 7, 9, 10, 12])
    body = ("uvp@cg.ukrtel.net написав:\n\n" + quote_lines(rem, ">") + "\n\n"
            "по 9 - проект програми соц-економ розвитку району на 2014 обговорили на засіданні громадської "
            "ради 12.11, зауваження ради враховані\n"
            "по 10 рекомендували, група з відкритості при раді є з червня\n"
            "решту дошлю в понеділок, зараз не в кабінеті\n\n"
            "-- \nНадіслано з пристрою Android за допомогою K-9 Mail. Вибачте за стислість.\n")
    root = text(body, charset="UTF-8", cte="quoted-printable")
    return message([
        received(dt, "mobile-gw.kyivstar.net", "46.211.14.92", 7, "E2B7A05C31"),
        ("User-Agent", "K-9 Mail for Android"),
        ("In-Reply-To", "<zvit.reminder.3.rda-pryluky.20131209@cg.ukrtel.net>"),
        ("References", "<zvit.reminder.3.rda-pryluky.20131209@cg.ukrtel.net>"),
        ("Subject", ew("Re: Нагадування: інформація про виконання плану заходів (Відкритий уряд)")),
        ("From", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", quoted=False)),
        ("Date", rfcdate(dt)),
        ("To", UVP),
        ("Message-ID", "<f1e7c0a3-2d4b-4c1e-9e1a-6b3d0f5a7c21@email.android.com>"),
    ], root)


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 (Ukrainian UI) answer written at the bottom, under the «Оригінальне повідомлення» header block and the unquoted reminder, whose only item is the hot line.",
       "items": [{"measure": 5, "source": "body"}]}
@mail("bp04-zvernennia", KEY)
def _():
    dt = kyiv("2012-12-13 16:20:45")
    rem = reminder("Відділ роботи із зверненнями громадян апарату облдержадміністрації", "15.12.2012",
                   "10.12.2012", [5])
    body = ("\n\n-----Оригінальне повідомлення-----\n"
            "Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
            "Надіслано: 10 грудня 2012 р. 9:00\n"
            "Кому: zvernennia@example.gov.ua\n"
            "Тема: Нагадування: інформація про виконання плану заходів (Відкритий уряд)\n\n" + rem + "\n\n"
            "Інформація відділу роботи із зверненнями громадян апарату облдержадміністрації:\n"
            "«Гаряча лінія» голови облдержадміністрації (безкоштовний номер 0-800-504-161) працює щоденно "
            "з 9.00 до 18.00, у вихідні – автовідповідач. За вересень-листопад 2012 року надійшло 612 "
            "дзвінків, з них 118 стосувались житлово-комунальних питань, 94 - соціального захисту. Усі "
            "звернення взято на контроль і направлено виконавцям, щотижня узагальнена інформація подається "
            "голові облдержадміністрації.\n\n"
            "Завідувач сектору аналізу та контролю\nвідділу роботи із зверненнями громадян\nГ.О. Литвин\n")
    root = text(body, charset="windows-1251", cte="base64")
    return message([
        received(dt, "zvernennia.example.gov.ua", "194.44.160.12", 3, "2A9B7E6D05"),
        ("From", addr("Литвин Галина Олексіївна", "zvernennia@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("References", "<zvit.reminder.1.zvernennia.20121210@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.1.zvernennia.20121210@cg.ukrtel.net>"),
        ("Subject", ew("RE: Нагадування: інформація про виконання плану заходів (Відкритий уряд)", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<005101cdd93a$6c3d1e90$44b75bb0$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "AQHN2TpsPR6QRLdbsA9ac2Vd0Y7kEw=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "bottom_post", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML-only reply under a blockquoted reminder listing six items: one paragraph answers 6 (a survey held on the site, whose results went to the paper) and 7; «Інші пункти без змін».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}
@mail("bp05-sribne", KEY)
def _():
    dt = kyiv("2013-06-13 11:22:09")
    rem = reminder("Срібнянська районна державна адміністрація", "15.06.2013", "10.06.2013", [1, 6, 7, 9, 10, 12])
    paras = rem.split("\n\n")
    bq = "".join("<p>%s</p>\n" % p.strip().replace("\n", "<br />\n") for p in paras)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head>"
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            "<p>10.06.2013 09:00, uvp@cg.ukrtel.net написав:</p>\n"
            "<blockquote type=\"cite\" style=\"padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0\">\n"
            "<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n"
            "<div class=\"pre\" style=\"margin: 0; padding: 0; font-family: monospace\">\n" + bq +
            "</div>\n</blockquote>\n"
            "<p>&nbsp;</p>\n<p>Повідомляємо по Срібнянській РДА:</p>\n"
            "<p>В квітні-травні на сайті райдержадміністрації проводилось опитування «Які питання району "
            "найбільше турбують Вас?», взяли участь 57 осіб, результати розглянуті на апаратній нараді у "
            "голови РДА та надруковані в газеті «Срібнянщина». До складу районної координаційної ради з питань "
            "протидії туберкульозу та комісії з питань надання матеріальної допомоги введено двох членів "
            "громадської ради.</p>\n"
            "<p>Інші пункти без змін.</p>\n"
            "<p>З пов. Ткач Г.В., гол. спеціаліст сектору внутрішньої політики</p>\n</body></html>\n")
    root = text(html, "html", charset="UTF-8", cte="quoted-printable")
    return message([
        received(dt, "webmail.example.gov.ua", "194.44.160.5", 2, "9C3F0E81B2"),
        ("X-Sender", "rda-sribne@example.gov.ua"),
        ("Date", rfcdate(dt)),
        ("From", "rda-sribne@example.gov.ua"),
        ("To", UVP),
        ("Subject", ew("Re: Нагадування: інформація про виконання плану заходів (Відкритий уряд)")),
        ("Organization", ew("Срібнянська районна державна адміністрація")),
        ("In-Reply-To", "<zvit.reminder.2.rda-sribne.20130610@cg.ukrtel.net>"),
        ("Message-ID", "<4b2e8a1c7d0f9e3a5c6b1d2e3f4a5b6c@webmail.example.gov.ua>"),
        ("User-Agent", "Roundcube Webmail/0.9.2"),
    ], root)


# ======================================================================================
# nr — not_report
# ======================================================================================

KEY = {"class": "not_report", "executor": "rda-koriukivka", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A district asks whether it must answer measures 2 and 8 and in what form; the numbers and the plan's subjects are named but nothing is reported.",
       "items": []}
@mail("nr01-koriukivka", KEY)
def _():
    dt = kyiv("2012-10-19 10:12:00")
    body = ("Доброго дня!\n\n"
            "Отримали план заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
            "влади в області від 10.09.2012. Підкажіть, будь ласка, чи потрібно райдержадміністрації "
            "подавати інформацію щодо пунктів 2 та 8 (рубрики на сайті облдержадміністрації, колегії), "
            "там виконавцями зазначені тільки структурні підрозділи? І в якій формі подавати - таблицею чи "
            "листом за підписом голови?\n\n"
            "Дякую.\n\n"
            "Павленко Ірина,\nсектор з питань внутрішньої політики апарату Корюківської райдержадміністрації\n"
            "(04657) 2-10-44\n")
    root = text(body, charset="windows-1251", cte="8bit")
    return message([
        received(dt, "rda-koriukivka.example.gov.ua", "194.44.161.3", 3, "4B7D2C9E18"),
        ("Message-ID", "<000c01cdadc8$2b6f4e20$0a01a8c0@sektor>"),
        ("From", addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("питання щодо плану", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ], root)


def ics_fold(line):
    raw = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur)
            cur = b
        else:
            cur += b
    out.append(cur)
    return b"\r\n ".join(out)


KEY = {"class": "not_report", "executor": "gromrada", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "The Public Council invites УВП to its meeting (text/calendar REQUEST and a plain note); the agenda names the public discussion of the plan and the forum, which are still to come.",
       "items": []}
@mail("nr02-gromrada", KEY)
def _():
    dt = kyiv("2013-03-19 09:15:00")
    body = ("Шановні колеги!\n\n"
            "Запрошуємо представника управління на засідання Громадської ради при облдержадміністрації, яке "
            "відбудеться 28 березня 2013 року о 14.00 у малому залі облдержадміністрації (вул. Шевченка, 7).\n\n"
            "Порядок денний:\n"
            "1. Про хід виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
            "виконавчої влади в області (громадське обговорення).\n"
            "2. Про роботу Інтернет-форуму на веб-ресурсі «Чернігівська громада».\n"
            "3. Різне.\n\n"
            "Просимо підтвердити участь.\n\n"
            "Секретар Громадської ради при облдержадміністрації\nО. Дорошенко\n")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Kiev", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "CREATED:20130319T071200Z", "LAST-MODIFIED:20130319T071455Z",
        "DTSTAMP:20130319T071455Z", "UID:6a1f0c3e-9b2d-4f7a-8e51-2c4d7b9f0a13",
        "SUMMARY:Засідання Громадської ради при облдержадміністрації",
        "ORGANIZER;RSVP=TRUE;CN=Громадська рада при ОДА;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gromrada@example.gov.ua",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:uvp@cg.ukrtel.net",
        "DTSTART;TZID=Europe/Kiev:20130328T140000", "DTEND;TZID=Europe/Kiev:20130328T170000",
        "LOCATION:Малий зал облдержадміністрації\\, вул. Шевченка\\, 7",
        "DESCRIPTION:Порядок денний: 1. Про хід виконання Плану заходів з підвищення рівня відкритості та "
        "прозорості діяльності виконавчої влади в області (громадське обговорення). 2. Про роботу "
        "Інтернет-форуму на веб-ресурсі «Чернігівська громада». 3. Різне.",
        "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = b"".join(ics_fold(l) + CRLF for l in lines)
    cal = Part([("Content-Type", 'text/calendar; method=REQUEST; charset=UTF-8; name="invite.ics"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", 'attachment; filename="invite.ics"')], b64(ics))
    root = multipart("mixed", [text(body, charset="UTF-8", cte="8bit"), cal],
                     "------------000408070602050003080305", preamble="This is a multi-part message in MIME format.")
    return message([
        received(dt, "gromrada.example.gov.ua", "194.44.160.150", 4, "D81A3F6C27"),
        ("Message-ID", "<514811E3.1000309@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Громадська рада при ОДА", "gromrada@example.gov.ua", quoted=False)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"),
        ("To", UVP),
        ("Subject", ew("Запрошення: засідання Громадської ради 28.03.2013")),
    ], root)


KEY = {"class": "not_report", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "The health department asks to move its deadline to 20 December; the line that information on consultations and the public council «узагальнюється» reports nothing yet.",
       "items": []}
@mail("nr03-zdorovia", KEY)
def _():
    dt = kyiv("2013-12-12 09:44:50")
    plain = ("Шановна Ірино Василівно!\n\n"
             "У зв'язку з проведенням в управлінні планової перевірки Державною фінансовою інспекцією просимо "
             "продовжити термін подання інформації про виконання Плану заходів з підвищення рівня відкритості "
             "та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року до 20 грудня "
             "2013 року. Інформація щодо консультацій з громадськістю та роботи громадської ради при "
             "управлінні зараз узагальнюється.\n\n"
             "З повагою\nзаступник начальника управління охорони здоров'я облдержадміністрації\n"
             "В.І. Дорошенко\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"></head>"
            "<body lang=UK link=blue vlink=purple><div class=Section1>\n"
            "<p class=MsoNormal>Шановна Ірино Василівно!</p>\n<p class=MsoNormal>&nbsp;</p>\n"
            "<p class=MsoNormal>У зв'язку з проведенням в управлінні планової перевірки Державною фінансовою "
            "інспекцією просимо продовжити термін подання інформації про виконання Плану заходів з підвищення "
            "рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року до "
            "20 грудня 2013 року. Інформація щодо консультацій з громадськістю та роботи громадської ради при "
            "управлінні зараз узагальнюється.</p>\n<p class=MsoNormal>&nbsp;</p>\n"
            "<p class=MsoNormal>З повагою<br>заступник начальника управління охорони здоров'я "
            "облдержадміністрації<br>В.І. Дорошенко</p>\n</div></body></html>\n")
    root = multipart("alternative", [
        text(plain, charset="windows-1251", cte="quoted-printable"),
        text(html, "html", charset="windows-1251", cte="quoted-printable"),
    ], "----=_NextPart_000_0007_01CEF718.5A2C9E10")
    return message([
        received(dt, "zdorovia.example.gov.ua", "194.44.160.61", 3, "B5C60E1D73"),
        ("From", addr("Управління охорони здоров'я", "zdorovia@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Продовження терміну", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000601cef707$96c7d4a0$c4577de0$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac73B5Ys0tR4r9U8QYqkNRGmTVuKBA=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "not_report", "executor": "rda-nosivka", "period": 2, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "A phone reply above the quoted reminder: the information is ready but awaits the head's signature and will come by the 14th — a promise, while the quote lists every owed measure.",
       "items": []}
@mail("nr04-nosivka", KEY)
def _():
    dt = kyiv("2013-06-11 17:02:44")
    rem = reminder("Носівська районна державна адміністрація", "15.06.2013", "10.06.2013", [1, 6, 7, 9, 10, 12])
    body = ("Добрий день, інформація підготовлена, на підписі в голови, надішлемо до 14.06.\n\n"
            "Надіслано з iPhone\n\n"
            "10 черв. 2013 р. о 09:00 uvp@cg.ukrtel.net написав(ла):\n\n" + quote_lines(rem, "> ") + "\n")
    root = text(body, charset="utf-8", cte="quoted-printable")
    return message([
        received(dt, "mail-pb0-f44.example.net", "37.73.160.12", 9, "1F4E9B7A20"),
        ("Subject", ew("Re: Нагадування: інформація про виконання плану заходів (Відкритий уряд)")),
        ("References", "<zvit.reminder.2.rda-nosivka.20130610@cg.ukrtel.net>"),
        ("From", addr("Носівська РДА", "rda-nosivka@example.gov.ua", quoted=False)),
        ("X-Mailer", "iPhone Mail (10B329)"),
        ("In-Reply-To", "<zvit.reminder.2.rda-nosivka.20130610@cg.ukrtel.net>"),
        ("Message-ID", "<8C2E7F15-4B0A-4D63-9A3E-2F71C0B5D6E8@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("To", "\"uvp@cg.ukrtel.net\" <%s>" % UVP),
    ], root)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "The retraining centre announces a seminar still to be held and attaches its programme (.doc); the seminar is measure 13's subject, but nothing has been done yet.",
       "items": []}
@mail("nr05-cppk", KEY)
def _():
    dt = kyiv("2013-02-15 10:00:21")
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної "
            "влади, органів місцевого самоврядування, державних установ, підприємств і організацій "
            "повідомляє, що 26-27 лютого 2013 року в центрі відбудеться навчальний семінар «Консультації з "
            "громадськістю: нормативна база та практика» для заступників керівників структурних підрозділів "
            "облдержадміністрації та спеціалістів, які організовують консультації з громадськістю.\n\n"
            "Просимо до 21 лютого надати списки учасників від структурних підрозділів. Програма семінару "
            "додається.\n\n"
            "Директор центру\nМ.В. Остапенко\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="base64"),
        attachment(att("nr05_cppk.doc"), "application/msword", "Програма семінару 26.02.2013.doc",
                   "2047B", "windows-1251"),
    ], "----=_NextPart_000_0013_01CE0B7D.4D1C8F50")
    return message([
        received(dt, "cppk.example.gov.ua", "194.44.162.8", 2, "6E0D5A3B94"),
        ("From", addr("ЦППК", "cppk@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Про проведення семінару 26-27.02.2013", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<001201ce0b6c$8e3a6b10$aaaf4130$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac4LbI0xWv5sQ0H0T3uXKk2qFJ3V9A=="),
        ("Content-Language", "uk"),
    ], root)


# ======================================================================================
# rg — ranges
# ======================================================================================

KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain letter: «По пп. 6–9, 12» answers one paragraph for five measures (8 is not even owed by a district), beside an outgoing number, counts of members and meetings and dates.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg01-horodnia", KEY)
def _():
    dt = kyiv("2012-12-10 14:48:19")
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n"
            "Вих. № 01-21/2214 від 10.12.2012\n\n"
            "Городнянська райдержадміністрація інформує.\n\n"
            "По п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Доступ до публічної "
            "інформації», оновлено сторінки структурних підрозділів, щомісяця розміщується звіт про розгляд "
            "запитів на інформацію.\n\n"
            "По пп. 6–9, 12 – при райдержадміністрації працює громадська рада (17 членів), протягом "
            "жовтня–листопада проведено 2 її засідання, на яких обговорено проект районного бюджету на "
            "2013 рік та проект Програми підтримки сімей з дітьми на 2013–2015 роки; члени ради входять до "
            "складу колегії та 5 дорадчих органів райдержадміністрації; 29 листопада з громадськими "
            "організаціями району проведено «круглий стіл» щодо проекту регуляторного акта про встановлення "
            "ставок місцевих зборів, його висновки враховано.\n\n"
            "Голова райдержадміністрації                    В.М. Сидоренко\n\n"
            "Вик. Кулик Н.О. 2-13-57\n")
    root = text(body, charset="windows-1251", cte="8bit")
    return message([
        received(dt, "rda-horodnia.example.gov.ua", "194.44.161.88", 4, "7A3E1D0C59"),
        ("Message-ID", "<002b01cdd6d9$0c4e8f60$1e01a8c0@gorodnya>"),
        ("From", addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Городнянська РДА - інформація (Відкритий уряд)", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx table whose number cells read «1–2», «6–9», «12», «16»: each range answered as one block counts every measure in it; 12 is a denial that names its subject, 16 the reporting duty.",
       "items": [{"measure": 1, "source": "Звіт_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 2, "source": "Звіт_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 6, "source": "Звіт_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 7, "source": "Звіт_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 8, "source": "Звіт_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 9, "source": "Звіт_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 12, "source": "Звіт_Відкритий_уряд_І_півріччя_2013.docx"}]}
@mail("rg02-osvita", KEY)
def _():
    dt = kyiv("2013-06-07 12:33:48")
    plain = ("Добрий день!\n\nНадсилаємо інформацію управління освіти і науки облдержадміністрації про "
             "виконання плану заходів (Відкритий уряд) за І півріччя 2013 р.\n\n"
             "З повагою,\nМельник Тетяна Василівна\nсектор організаційної роботи та контролю\n"
             "управління освіти і науки облдержадміністрації\n(0462) 67-50-71\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"></head>"
            "<body lang=UK link=blue vlink=purple><div class=WordSection1>"
            "<p class=MsoNormal>Добрий день!</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Надсилаємо інформацію управління освіти і науки облдержадміністрації про "
            "виконання плану заходів (Відкритий уряд) за І півріччя 2013 р.</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>З повагою,<br>Мельник Тетяна Василівна<br>сектор організаційної роботи та "
            "контролю<br>управління освіти і науки облдержадміністрації<br>(0462) 67-50-71</p>"
            "</div></body></html>\n")
    root = multipart("mixed", [
        multipart("alternative", [text(plain, charset="utf-8", cte="base64"),
                                  text(html, "html", charset="utf-8", cte="base64")],
                  "----=_NextPart_001_0020_01CE637A.B95C7E60"),
        attachment(att("rg02_osvita.docx"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Звіт_Відкритий_уряд_І_півріччя_2013.docx", "2047B", "utf-8"),
    ], "----=_NextPart_000_001F_01CE637A.B95C7E60")
    return message([
        received(dt, "osvita.example.gov.ua", "194.44.160.33", 5, "3F8B2A6E01"),
        ("From", addr("Мельник Тетяна", "osvita@example.gov.ua")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Відкритий уряд - управління освіти і науки")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<001e01ce6369$e7a5c0b0$b6f14210$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5jaeRRE0n/sBPuSVq1l1dRmaNGIQ=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "ranges", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "iPhone note in surzhyk: «По пунктам 1 и 6» answers one sentence for both (the site part alone would be a passing mention); «Пункти 7 і 9 — без змін» is a placeholder, «П. 10, 12 надішлемо окремо» a promise.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail("rg03-novhorod-siverskyi", KEY)
def _():
    dt = kyiv("2013-12-03 16:27:33")
    body = ("Доброго дня.\nНовгород-Сіверська РДА.\n\n"
            "По пунктам 1 и 6 — на сайті РДА розміщено оголошення і проект бюджету району на 2014 рік, "
            "28.11.2013 проведені громадські слухання з проекту (присутні 43 чол.), протокол теж на сайті.\n"
            "Пункти 7 і 9 — без змін.\n"
            "П. 10, 12 надішлемо окремо.\n\n"
            "Тимошенко\n\nНадіслано з iPhone\n")
    root = text(body, charset="utf-8", cte="quoted-printable")
    return message([
        received(dt, "rda-novhorod-siverskyi.example.gov.ua", "194.44.161.140", 8, "5D0A9C3E72"),
        ("From", addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", quoted=False)),
        ("X-Mailer", "iPhone Mail (11B554a)"),
        ("Message-ID", "<3A7E52C1-0F9B-4E8D-A2C6-5B1D9E07F3A4@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("To", "\"uvp@cg.ukrtel.net\" <%s>" % UVP),
        ("Subject", ew("Інформація НС РДА")),
    ], root)


KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Late .rtf letter: «Щодо виконання заходів з 6 по 9 пункти плану» heads one paragraph (so 8 counts too); «П. 10» is answered, «П. 12 – не проводились» is a bare placeholder; outgoing number and dates around.",
       "items": [{"measure": 6, "source": "Ічня_інформація.rtf"},
                 {"measure": 7, "source": "Ічня_інформація.rtf"},
                 {"measure": 8, "source": "Ічня_інформація.rtf"},
                 {"measure": 9, "source": "Ічня_інформація.rtf"},
                 {"measure": 10, "source": "Ічня_інформація.rtf"}]}
@mail("rg04-ichnia", KEY)
def _():
    dt = kyiv("2013-06-18 10:19:27")
    body = ("Добрий день!\n\nНадсилаємо інформацію щодо виконання плану заходів за І півріччя 2013 року.\n"
            "Вибачте за запізнення - з п'ятниці не працював інтернет.\n\n"
            "-- \nЗ повагою,\nсектор внутрішньої політики Ічнянської РДА\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="quoted-printable"),
        attachment(att("rg04_ichnia.rtf"), "application/rtf", "Ічня_інформація.rtf", "2047B", "windows-1251"),
    ], "----------4C2D19E0B1A7F3")
    return message([
        received(dt, "rda-ichnia.example.gov.ua", "194.44.161.59", 3, "8E5F3B0D16"),
        ("Date", rfcdate(dt)),
        ("From", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251", quoted=False)),
        ("X-Mailer", "The Bat! (v6.1.7) Home"),
        ("Reply-To", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251", quoted=False)),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1830472915.20130618101927@example.gov.ua>"),
        ("To", UVP),
        ("Subject", ew("Інформація Ічнянської РДА (Відкритий уряд)", "windows-1251")),
    ], root)


KEY = {"class": "ranges", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls whose first number cell reads «1, 6 – 9» over one paragraph (five measures); row 2 a bare «+», row 12 a real answer, row 16 the reporting duty; an order number and «5 з 6» nearby.",
       "items": [{"measure": 1, "source": "Держархів_відкритий уряд_2013.xls"},
                 {"measure": 6, "source": "Держархів_відкритий уряд_2013.xls"},
                 {"measure": 7, "source": "Держархів_відкритий уряд_2013.xls"},
                 {"measure": 8, "source": "Держархів_відкритий уряд_2013.xls"},
                 {"measure": 9, "source": "Держархів_відкритий уряд_2013.xls"},
                 {"measure": 12, "source": "Держархів_відкритий уряд_2013.xls"}]}
@mail("rg05-arkhiv", KEY)
def _():
    dt = kyiv("2013-12-09 11:16:42")
    body = ("Доброго дня!\n\nНаправляємо інформацію Державного архіву Чернігівської області про виконання "
            "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
            "області у ІІ півріччі 2013 року.\n\n"
            "З повагою\nГончаренко Людмила Іванівна\nзаступник директора Державного архіву Чернігівської "
            "області\n(0462) 67-70-12\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="quoted-printable"),
        attachment(att("rg05_arkhiv.xls"), "application/vnd.ms-excel", "Держархів_відкритий уряд_2013.xls",
                   "2047B", "windows-1251"),
    ], "----=_NextPart_000_0031_01CEF4CD.3B6C1A70")
    return message([
        received(dt, "arkhiv.example.gov.ua", "194.44.160.77", 4, "0C7B9E2F48"),
        ("From", addr("Держархів області", "arkhiv@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Інформація Держархіву - відкритий уряд", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<003001cef4bc$a1f43c30$e5dcb490$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac70vKHslM8/KJt2R7KZq3bLxsw5ZA=="),
        ("Content-Language", "uk"),
    ], root)


# ======================================================================================
# pr — prose
# ======================================================================================

KEY = {"class": "prose", "executor": "rda-talalaivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Letterhead letter saved as PDF, no plan numbers: a round table where public council members discussed the draft programme (6 and 9), the site brought into line with the law (1), and monthly press conferences, reported in the paper and on the site, that match no measure.",
       "items": [{"measure": 1, "source": "Лист_02-14_1187.pdf"},
                 {"measure": 6, "source": "Лист_02-14_1187.pdf"},
                 {"measure": 9, "source": "Лист_02-14_1187.pdf"}]}
@mail("pr01-talalaivka", KEY)
def _():
    dt = kyiv("2012-12-11 12:03:51")
    body = "Надсилаємо інформацію. Лист у вкладенні.\n\nЗагальний відділ апарату Талалаївської РДА\n"
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="quoted-printable"),
        attachment(att("pr01_talalaivka.pdf"), "application/pdf", "Лист_02-14_1187.pdf", "2047B", "windows-1251"),
    ], "----=_NextPart_000_0009_01CDD7A0.6B2E4F90", preamble="This is a multi-part message in MIME format.")
    return message([
        received(dt, "rda-talalaivka.example.gov.ua", "194.44.161.171", 5, "2E6C8A0F93"),
        ("Message-ID", "<000801cdd78f$f3c2a6e0$6501a8c0@zagviddil>"),
        ("From", addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Лист Талалаївської РДА", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ], root)


KEY = {"class": "prose", "executor": "rda-shchors", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": ".odt in own words: one sentence tells of a training for officials (13), a survey on the site (6) and the oblast head's hot line appeals answered (5); video broadcasts of collegium sessions on the site are site work (1), not measure 8; a public council meeting on a draft order (9).",
       "items": [{"measure": 1, "source": "Інформація Щорська РДА.odt"},
                 {"measure": 5, "source": "Інформація Щорська РДА.odt"},
                 {"measure": 6, "source": "Інформація Щорська РДА.odt"},
                 {"measure": 9, "source": "Інформація Щорська РДА.odt"},
                 {"measure": 13, "source": "Інформація Щорська РДА.odt"}]}
@mail("pr02-shchors", KEY)
def _():
    dt = kyiv("2013-06-14 16:44:03")
    body = ("Доброго дня!\nІнформація в додатку.\n\n-- \nСектор з питань внутрішньої політики, зв'язків із "
            "засобами масової інформації та громадськістю\nапарату Щорської райдержадміністрації\n")
    root = multipart("mixed", [
        text(body, charset="UTF-8", cte="8bit", ct_extra="; format=flowed"),
        attachment(att("pr02_shchors.odt"), "application/vnd.oasis.opendocument.text",
                   "Інформація Щорська РДА.odt", "2231+2047"),
    ], "------------030905060708010204000807", preamble="This is a multi-part message in MIME format.")
    return message([
        received(dt, "rda-shchors.example.gov.ua", "194.44.161.199", 3, "F0A2C47E85"),
        ("Message-ID", "<51BB1E53.9070705@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Щорська РДА", "rda-shchors@example.gov.ua", quoted=False)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("To", UVP),
        ("Subject", ew("Щорська РДА_відкритість")),
    ], root)


KEY = {"class": "prose", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only web mail with bold headings «Колегія», «Громадська експертиза» but no numbers: public hearings (6), a council committee head in the collegium (8), an NGO's review of a draft programme (12); weekly press releases to the paper are a passing mention.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("pr03-ekolohiia", KEY)
def _():
    dt = kyiv("2013-12-11 13:37:06")
    html = ("<html><head><style type='text/css'>p { margin: 0; }</style></head>"
            "<body><div style='font-family: Times New Roman; font-size: 12pt; color: #000000'>"
            "<div>Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</div>"
            "<div><br></div>"
            "<div>Управління екології та природних ресурсів облдержадміністрації інформує.</div><div><br></div>"
            "<div>У вересні–листопаді в м. Чернігові та м. Ніжині за участі управління проведено громадські "
            "слухання щодо оцінки впливу на навколишнє середовище будівництва регіонального полігону твердих "
            "побутових відходів; зауваження жителів (23) передано замовнику та враховано в проекті.</div>"
            "<div><br></div>"
            "<div><b>Колегія</b></div>"
            "<div>До складу колегії управління введено голову комітету з питань екології Громадської ради при "
            "облдержадміністрації Стельмаха П.І. (наказ від 18.09.2013 № 97), він брав участь у двох засіданнях "
            "колегії.</div><div><br></div>"
            "<div><b>Громадська експертиза</b></div>"
            "<div>ВЕГО «Зелений світ» провела експертизу проекту регіональної програми охорони навколишнього "
            "природного середовища на 2014–2016 роки; з 7 пропозицій враховано 4, щодо інших надано "
            "обґрунтовані відповіді, які оприлюднено на сторінці управління.</div><div><br></div>"
            "<div>Також матеріали про діяльність управління щотижня надсилаються до прес-служби "
            "облдержадміністрації та друкуються в газеті «Деснянська правда».</div><div><br></div>"
            "<div>З повагою<br>Стасюк Андрій<br>головний спеціаліст відділу екологічної експертизи<br>"
            "управління екології та природних ресурсів облдержадміністрації</div>"
            "</div></body></html>\n")
    root = text(html, "html", charset="utf-8", cte="quoted-printable")
    return message([
        received(dt, "zimbra.example.gov.ua", "194.44.160.9", 2, "93E1B5D0A6"),
        ("Date", rfcdate(dt)),
        ("From", addr("Стасюк Андрій", "ekolohiia@example.gov.ua", quoted=False)),
        ("To", UVP),
        ("Message-ID", "<1482093217.40715.1386761826081.JavaMail.root@zimbra.example.gov.ua>"),
        ("Subject", ew("інформація управління екології")),
        ("X-Originating-IP", "[10.12.8.44]"),
        ("X-Mailer", "Zimbra 7.2.2_GA_2852 (ZimbraWebClient - FF25 (Win)/7.2.2_GA_2852)"),
    ], root)


KEY = {"class": "prose", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Saturday phone note in clumsy shorthand: a public council meeting on the draft budget (9), a working group on openness recommended and made (10), the site working with daily news (1); «Решта як було» is a placeholder.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}]}
@mail("pr04-varva", KEY)
def _():
    dt = kyiv("2012-12-15 08:47:26")
    body = ("Добрий день. Варвинська РДА по плану відкритості.\n"
            "В листопаді було засідання громадської ради, розглянули проект бюджету району на 2013, пропозиції "
            "передали фінуправлінню. Раді порекомендували зробити робочу групу по відкритості - зробили, 3 чол.\n"
            "Сайт працює, новини щодня, розділ публічна інформація є.\n"
            "Решта як було.\n"
            "Олена, сектор внутр. політики\n\n"
            "Надіслано з мого телефону Samsung Mobile\n")
    root = text(body, charset="UTF-8", cte="base64")
    return message([
        received(dt, "mobile-gw.life.com.ua", "46.133.20.17", 11, "C1D7E4A092"),
        ("Message-ID", "<ttrcd2f9a4b1e0c7a5d3e6b8.1355554046521@email.android.com>"),
        ("Subject", "Varva"),
        ("From", "rda-varva@example.gov.ua"),
        ("To", UVP),
        ("Date", rfcdate(dt)),
        ("Importance", "normal"),
        ("X-Priority", "3"),
    ], root)


KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": ".doc letter without plan numbers: a round table on a draft programme with public council members (6, 9), a training on consultations that cites resolution 996 (13, not 6); the department's own subsidy hot line is not the oblast head's (no 5); the site and papers are a passing mention.",
       "items": [{"measure": 6, "source": "Інформація_УПСЗН.doc"},
                 {"measure": 9, "source": "Інформація_УПСЗН.doc"},
                 {"measure": 13, "source": "Інформація_УПСЗН.doc"}]}
@mail("pr05-sotszakhyst", KEY)
def _():
    dt = kyiv("2013-06-12 14:08:55")
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації.\n\n"
            "Пономаренко Світлана\nвідділ організаційної роботи\n67-40-21\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="quoted-printable"),
        attachment(att("pr05_sotszakhyst.doc"), "application/msword", "Інформація_УПСЗН.doc",
                   "2047B", "windows-1251"),
    ], "----=_NextPart_000_0003_01CE6774.2D4B1E30")
    return message([
        received(dt, "sotszakhyst.example.gov.ua", "194.44.160.47", 4, "4A0F6C2B57"),
        ("From", addr("Пономаренко Світлана", "sotszakhyst@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("інформація УПСЗН (відкритий уряд)", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000201ce6763$4c0a9e20$6f00a8c0@soczah-pc17>"),
        ("X-Mailer", "Microsoft Office Outlook, Build 11.0.6353"),
        ("Thread-Index", "Ac5nY0nY8o3VvJZVTrOKhVd2xV0n1g=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


# ======================================================================================
# fn — foreign_numbers
# ======================================================================================

KEY = {"class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Formal letter in the body with its own paragraphs «1.»–«4.»: 1 is about consultations (6), 2 about advisory bodies (7), 3 a seminar (13), 4 the reporting duty; an outgoing number and many counts.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 13, "source": "body"}]}
@mail("fn01-bobrovytsia", KEY)
def _():
    dt = kyiv("2013-06-13 09:50:30")
    body = ("Вих. № 01-19/455 від 12.06.2013\n\n"
            "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Бобровицька районна державна адміністрація на виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області повідомляє:\n\n"
            "1. Протягом І півріччя 2013 року проведено 6 консультацій з громадськістю: громадські обговорення "
            "проекту Програми розвитку малого підприємництва на 2013-2014 роки та звіту про виконання районного "
            "бюджету за 2012 рік, 2 зустрічі з мешканцями сіл Кобижча та Озеряни з питань газифікації, "
            "електронне опитування на сайті РДА щодо роботи громадського транспорту. Загалом участь взяли 312 "
            "осіб.\n\n"
            "2. Громадська рада при райдержадміністрації (21 член) бере участь у роботі 4 дорадчо-"
            "консультативних органів; у березні до складу районної комісії з питань захисту прав споживачів "
            "включено 2 представників громадських організацій.\n\n"
            "3. 15 травня для посадових осіб апарату райдержадміністрації, її структурних підрозділів та "
            "виконкомів сільських рад (37 учасників) проведено семінар-навчання «Консультації з громадськістю: "
            "практичні аспекти».\n\n"
            "4. Інформація про виконання плану надається управлінню двічі на рік.\n\n"
            "Голова райдержадміністрації                     П.М. Власенко\n\n"
            "Вик. Гребенюк 2-14-97\n")
    root = text(body, charset="windows-1251", cte="base64")
    return message([
        received(dt, "rda-bobrovytsia.example.gov.ua", "194.44.161.66", 3, "6B2D9F0E34"),
        ("From", addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Бобровицька РДА вих. 01-19/455 від 12.06.2013", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000701ce67fe$b40e1c60$1c2a5520$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac5n/rO0bN2YcE7hRH6kBz3l5a9V3g=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "su-zhkh", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx with a running «№ з/п» 1–5 beside the real «Пункт плану» column 1, 2, 6, 9, 12: the plan column decides; row 9 is a dash; dates, a count of 56 participants.",
       "items": [{"measure": 1, "source": "zhkh_vidkrytyi_uriad.xlsx"},
                 {"measure": 2, "source": "zhkh_vidkrytyi_uriad.xlsx"},
                 {"measure": 6, "source": "zhkh_vidkrytyi_uriad.xlsx"},
                 {"measure": 12, "source": "zhkh_vidkrytyi_uriad.xlsx"}]}
@mail("fn02-zhkh", KEY)
def _():
    dt = kyiv("2012-12-07 16:55:40")
    body = ("Доброго дня!\n\nНадсилаємо інформацію управління ЖКГ облдержадміністрації щодо виконання "
            "Плану заходів (Відкритий уряд) станом на 01.12.2012.\n\n"
            "З повагою\nКостенко Віктор\nвідділ житлової політики\nуправління житлово-комунального "
            "господарства облдержадміністрації\nтел. 67-32-18\n")
    root = multipart("mixed", [
        text(body, charset="utf-8", cte="quoted-printable"),
        attachment(att("fn02_zhkh.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   "zhkh_vidkrytyi_uriad.xlsx", "ascii"),
    ], "----=_NextPart_000_0015_01CDD4AE.8E1F3A40")
    return message([
        received(dt, "zhkh.example.gov.ua", "194.44.160.81", 3, "E7C1A9B035"),
        ("From", addr("Костенко Віктор", "zhkh@example.gov.ua")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("ЖКГ_відкритий уряд")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<001401cdd49d$f7e10d60$e7a32820$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3UnfRf0Ck0q6cYSbSUjSh1Q5xG7Q=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx for the district's own plan numbered 1.1, 1.2, 2.1, 3.2: 1.1 is site work (1), 1.2 newspaper coverage (no measure), 2.1 consultations (6), 3.2 the working group (10); the oblast plan is cited only by its date.",
       "items": [{"measure": 1, "source": "Сосниця_план_відкритості.docx"},
                 {"measure": 6, "source": "Сосниця_план_відкритості.docx"},
                 {"measure": 10, "source": "Сосниця_план_відкритості.docx"}]}
@mail("fn03-sosnytsia", KEY)
def _():
    dt = kyiv("2013-12-12 15:02:19")
    body = ("Добрий день!\n\nНадсилаємо інформацію Сосницької РДА про виконання плану заходів щодо "
            "відкритості за ІІ півріччя 2013 року.\n\n"
            "-- \nЗ повагою, Руденко Людмила\nкерівник апарату Сосницької райдержадміністрації\n")
    root = multipart("mixed", [
        text(body, charset="UTF-8", cte="8bit", ct_extra="; format=flowed"),
        attachment(att("fn03_sosnytsia.docx"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Сосниця_план_відкритості.docx", "2231"),
    ], "------------070803090500030807010903", preamble="This is a multi-part message in MIME format.")
    return message([
        received(dt, "rda-sosnytsia.example.gov.ua", "194.44.161.112", 6, "1B9E4D7C08"),
        ("Message-ID", "<52A9B4DB.5020801@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", quoted=False)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.2.0"),
        ("To", UVP),
        ("Subject", ew("Сосниця - відкритість")),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Body list with sub-items «1)», «а)», «б)», «2)», «3)»: 1) public council meetings on drafts (9), 2) NGO members in 3 advisory bodies (7), 3) a new site section (1); quarters and counts around.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}
@mail("fn04-mena", KEY)
def _():
    dt = kyiv("2012-12-14 17:36:08")
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Менська райдержадміністрація інформує, що протягом ІІІ-IV кварталів 2012 року:\n"
            "1) проведено 2 засідання громадської ради при райдержадміністрації, на яких обговорено:\n"
            "   а) проект розпорядження голови райдержадміністрації \"Про заходи щодо підготовки до "
            "опалювального сезону 2012/2013 років\";\n"
            "   б) проект Програми розвитку фізичної культури і спорту в районі на 2013-2016 роки;\n"
            "2) до складу 3 дорадчих органів (районна тристороння соціально-економічна рада, комісія з питань "
            "евакуації, координаційна рада з питань молоді) введено 5 представників громадських організацій;\n"
            "3) на офіційному веб-сайті райдержадміністрації запрацював розділ \"Громадська рада\", оновлено "
            "контактну інформацію структурних підрозділів.\n\n"
            "Сектор з питань внутрішньої політики апарату Менської райдержадміністрації\n"
            "Приходько Т.\n")
    root = text(body, charset="koi8-u", cte="quoted-printable")
    return message([
        received(dt, "rda-mena.example.gov.ua", "194.44.161.101", 2, "A0E3C5F719"),
        ("Date", rfcdate(dt)),
        ("From", addr("Менська РДА", "rda-mena@example.gov.ua", "koi8-u", quoted=False)),
        ("X-Mailer", "The Bat! (v4.2.44) Professional"),
        ("Reply-To", addr("Менська РДА", "rda-mena@example.gov.ua", "koi8-u", quoted=False)),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<625301984.20121214173608@example.gov.ua>"),
        ("To", UVP),
        ("Subject", ew("Менська РДА відкритий уряд", "koi8-u")),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "PDF letter with paragraphs 1.–3. that are not plan numbers (1. hearings = 6, 2. advisory council = 7, 3. collegium = 8), a law No. 3038-VI, resolution No. 555, two outgoing numbers and an order number.",
       "items": [{"measure": 6, "source": "Лист УМА 01-08_2231.pdf"},
                 {"measure": 7, "source": "Лист УМА 01-08_2231.pdf"},
                 {"measure": 8, "source": "Лист УМА 01-08_2231.pdf"}]}
@mail("fn05-mistobuduvannia", KEY)
def _():
    dt = kyiv("2013-10-22 11:25:47")
    body = ("Доброго дня!\n\nНаправляємо лист управління містобудування та архітектури облдержадміністрації "
            "на Ваш запит. Оригінал надіслано поштою.\n\nЮрченко Д.\n")
    root = multipart("mixed", [
        text(body, charset="utf-8", cte="quoted-printable"),
        attachment(att("fn05_mistobuduvannia.pdf"), "application/pdf", "Лист УМА 01-08_2231.pdf", "2231+2047",
                   extra=()),
    ], "Apple-Mail=_7C2E9A41-0B5D-4F3E-9D16-3A8E5C0F2B71")
    return message([
        received(dt, "mistobuduvannia.example.gov.ua", "194.44.160.88", 4, "5F8D1A2C63"),
        ("From", addr("Юрченко Дмитро", "mistobuduvannia@example.gov.ua", quoted=False)),
        ("Subject", ew("Лист УМА 01-08/2231")),
        ("Date", rfcdate(dt)),
        ("Message-Id", "<4E7A1C0B-93D2-4F58-B6A1-0D2C8E5F7A39@example.gov.ua>"),
        ("To", UVP),
        ("X-Mailer", "Apple Mail (2.1510)"),
    ], root)


# ======================================================================================
# pa — personal_address
# ======================================================================================

KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a home ukr.net box, addressed to УВП; the district is named only in the text and in a genitive signature; a round table with NGOs (6) and NGO members taken into a commission (7), posted on the site in passing.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}
@mail("pa01-kulykivka", KEY)
def _():
    dt = kyiv("2012-12-13 21:14:55")
    plain = ("Добрий вечір!\n\n"
             "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації.\n"
             "Надсилаю з домашньої пошти, бо в РДА другий день не працює інтернет.\n\n"
             "Куликівська райдержадміністрація повідомляє: 20 листопада у приміщенні райдержадміністрації "
             "відбулося засідання круглого столу з представниками громадських організацій району («Союз "
             "Чорнобиль», районна організація ветеранів, ГО «Молодь Куликівщини») щодо проблем працевлаштування "
             "молоді, за результатами підготовлено доручення голови РДА. Представники ГО «Союз Чорнобиль» та "
             "ветеранської організації включені до складу районної комісії з питань соціального захисту "
             "населення. Інформація про захід розміщена на сайті РДА.\n\n"
             "З повагою, Ткачук О.В.,\nголовний спеціаліст відділу організаційної роботи апарату Куликівської "
             "райдержадміністрації\n")
    html = "<div>" + "</div>\n<div>".join(
        (l if l else "<br>") for l in plain.replace("&", "&amp;").replace("<", "&lt;").split("\n")) + "</div>\n"
    root = multipart("alternative", [
        text(plain, charset="utf-8", cte="base64"),
        text(html, "html", charset="utf-8", cte="base64"),
    ], "----FREEMAIL-1355426095-20713-2")
    return message([
        received(dt, "frv34.fwdcdn.com", "212.42.77.234", 3, "B39E0D5C81"),
        ("Date", rfcdate(dt)),
        ("From", addr("Олена Ткачук", "olena.tkachuk76@ukr.net")),
        ("To", UVP),
        ("Subject", ew("Інформація Куликівської РДА по Відкритому уряду")),
        ("Message-Id", "<1355426095.920713.17341.18725@frv34.fwdcdn.com>"),
        ("X-Mailer", "FREEMAIL"),
        ("X-Originating-Ip", "[93.74.120.18]"),
    ], root)


KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "From a gmail box on a Saturday evening, signed by a deputy head of a division «Головного управління економіки облдержадміністрації»; the .doc (addressed to УВП) tells of the programmes rubric (2), a public discussion (6) and a strategy draft before a council committee (9).",
       "items": [{"measure": 2, "source": "Відкритий уряд_ГУЕ.doc"},
                 {"measure": 6, "source": "Відкритий уряд_ГУЕ.doc"},
                 {"measure": 9, "source": "Відкритий уряд_ГУЕ.doc"}]}
@mail("pa02-ekonomika", KEY)
def _():
    dt = kyiv("2013-06-15 19:26:41")
    plain = ("Добрий вечір.\n\nПересилаю інформацію Головного управління економіки облдержадміністрації по "
             "плану заходів «Відкритий уряд» за І півріччя, бо з робочої пошти не відправляється.\n\n"
             "Довгаль С.М.,\nзаступник начальника відділу стратегічного планування\nГоловного управління "
             "економіки облдержадміністрації\n")
    html = ("<div dir=\"ltr\">Добрий вечір.<div><br></div><div>Пересилаю інформацію Головного управління "
            "економіки облдержадміністрації по плану заходів «Відкритий уряд» за І півріччя, бо з робочої "
            "пошти не відправляється.</div><div><br></div><div>Довгаль С.М.,</div><div>заступник начальника "
            "відділу стратегічного планування</div><div>Головного управління економіки облдержадміністрації"
            "</div></div>\n")
    root = multipart("mixed", [
        multipart("alternative", [text(plain, charset="UTF-8", cte="base64"),
                                  text(html, "html", charset="UTF-8", cte="base64")],
                  "047d7bdc0d3e8a2b5504df35c6a1"),
        attachment(att("pa02_ekonomika.doc"), "application/msword", "Відкритий уряд_ГУЕ.doc", "2047B", "UTF-8",
                   extra=[("X-Attachment-Id", "f_hhy2k7x40")]),
    ], "047d7bdc0d3e8a2b5c04df35c6a3")
    return message([
        received(dt, "mail-wg0-f52.google.com", "74.125.82.52", 2, "0D4A7E3B96"),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<CAH8r2pX5vQ1n0Kj7bT4zR9eW3uY6LmN2sD8fA0cG5hE1iJ7kBw@mail.gmail.com>"),
        ("Subject", ew("Відкритий уряд ГУЕ")),
        ("From", addr("Світлана Довгаль", "s.dovgal.econ@gmail.com", quoted=False)),
        ("To", UVP),
    ], root)


KEY = {"class": "personal_address", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The family, youth and sport department writes from the social-protection department's registered box (itself an executor) in early July, so it is period 3 though it tells of the first half-year; a youth «форум» is a consultation (6), not the Internet forum (4).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}
@mail("pa03-simia", KEY)
def _():
    dt = kyiv("2013-07-04 16:10:05")
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Шановні колеги, надсилаємо з пошти управління соцзахисту (наша тимчасово не працює).\n\n"
            "Управління у справах сім'ї, молоді та спорту облдержадміністрації інформує про роботу, проведену "
            "в І півріччі 2013 року.\n\n"
            "На сторінці управління на сайті облдержадміністрації створено підрозділ «Молодіжні програми», де "
            "розміщуються оголошення про конкурси проектів громадських організацій та звіти про використання "
            "коштів.\n\n"
            "У квітні проведено обласний молодіжний форум «Молодь Чернігівщини: ініціативи та влада» (120 "
            "учасників з усіх районів), за його підсумками напрацьовано пропозиції до проекту обласної програми "
            "«Молодь Чернігівщини» на 2013-2015 роки.\n\n"
            "До складу обласної ради з питань молодіжної політики включено 4 представників молодіжних "
            "громадських організацій.\n\n"
            "Гнатенко І.П.\nначальник відділу молодіжної політики\nуправління у справах сім'ї, молоді та спорту "
            "облдержадміністрації\n")
    root = text(body, charset="windows-1251", cte="quoted-printable")
    return message([
        received(dt, "sotszakhyst.example.gov.ua", "194.44.160.47", 3, "7E4B0A9D12"),
        ("From", addr("УПСЗН ОДА", "sotszakhyst@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("інформація упр. сім'ї, молоді та спорту", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<002101ce78c5$0a3e7b50$1ebb71f0$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac54xQgsbl0dR2qZR0aVqLJ4J5b1Pw=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "personal_address", "executor": "rda-nizhyn", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An i.ua box; the district appears only in the body and the .odt: a draft programme discussed with the public and by the public council (6, 9), an NGO's review of a department with an order on its proposals (12); the newspaper line is passing.",
       "items": [{"measure": 6, "source": "nizhyn_rda_info.odt"},
                 {"measure": 9, "source": "nizhyn_rda_info.odt"},
                 {"measure": 12, "source": "nizhyn_rda_info.odt"}]}
@mail("pa04-nizhyn", KEY)
def _():
    dt = kyiv("2013-12-14 12:48:30")
    body = ("Добрий день.\nНадсилаю інформацію Ніжинської райдержадміністрації про виконання плану заходів "
            "щодо відкритості за ІІ півріччя. Оригінал за підписом голови направлено поштою.\n\n"
            "Бондар Наталія,\nсектор з питань внутрішньої політики апарату Ніжинської РДА\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="base64"),
        attachment(att("pa04_nizhyn.odt"), "application/vnd.oasis.opendocument.text", "nizhyn_rda_info.odt", "ascii"),
    ], "=_iua_1387018110_52ac37fe4e1b2")
    return message([
        received(dt, "mx1.i.ua", "91.198.36.14", 4, "29F6B3E0C8"),
        ("Date", rfcdate(dt)),
        ("From", addr("Наталія Бондар", "nizhyn.vp@i.ua", "windows-1251")),
        ("To", UVP),
        ("Subject", ew("Ніжинська РДА - інформація", "windows-1251")),
        ("Message-ID", "<1387018110.52ac37fe4e1b2@i.ua>"),
        ("X-Mailer", "I.UA Mail"),
        ("X-Originating-IP", "[178.150.94.31]"),
    ], root)


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional OGP coordinator writes from a personal gmail box (not her registered one), naming her role only in the signature, about the public discussion of the plan's progress (15); the summary of proposals is only promised.",
       "items": [{"measure": 15, "source": "body"}]}
@mail("pa05-ogp-coordinator", KEY)
def _():
    dt = kyiv("2013-12-09 22:03:18")
    plain = ("Шановні колеги з управління внутрішньої політики!\n\n"
             "Інформую: 5 грудня 2013 року в обласній універсальній науковій бібліотеці ім. В.Г. Короленка "
             "відбулося громадське обговорення стану виконання обласного плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності влади. Взяли участь 34 особи - представники громадських "
             "організацій, Громадської ради при облдержадміністрації, журналісти, працівники райдержадміністрацій. "
             "Учасники відзначили покращення наповнення сайтів, але критикували формальний характер частини "
             "консультацій у районах.\n\n"
             "Узагальнені пропозиції учасників (14) надішлю окремим листом до 20 грудня.\n\n"
             "З повагою,\nІрина Коваленко\nрегіональний координатор Партнерства «Відкритий уряд» в Чернігівській "
             "області\nмоб. 067-462-18-30\n")
    html = ("<div dir=\"ltr\"><div>Шановні колеги з управління внутрішньої політики!</div><div><br></div>"
            "<div>Інформую: 5 грудня 2013 року в обласній універсальній науковій бібліотеці ім. В.Г. Короленка "
            "відбулося громадське обговорення стану виконання обласного плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності влади. Взяли участь 34 особи - представники громадських "
            "організацій, Громадської ради при облдержадміністрації, журналісти, працівники райдержадміністрацій. "
            "Учасники відзначили покращення наповнення сайтів, але критикували формальний характер частини "
            "консультацій у районах.</div><div><br></div>"
            "<div>Узагальнені пропозиції учасників (14) надішлю окремим листом до 20 грудня.</div><div><br></div>"
            "<div>З повагою,</div><div>Ірина Коваленко</div><div>регіональний координатор Партнерства «Відкритий "
            "уряд» в Чернігівській області</div><div>моб. 067-462-18-30</div></div>\n")
    root = multipart("alternative", [
        text(plain, charset="UTF-8", cte="quoted-printable"),
        text(html, "html", charset="UTF-8", cte="quoted-printable"),
    ], "089e013d1f8c2a6e3104ed21f4a7")
    return message([
        received(dt, "mail-la0-f41.google.com", "209.85.215.41", 2, "3C5A8E1F07"),
        ("Received", "by 10.112.72.135 with HTTP; Mon, 9 Dec 2013 12:03:18 -0800 (PST)"),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<CAK3vF1p7Y9mZ0sR4tQ2xW8uB6nH5jL1cE9dG3aV7oI0kT2rP4g@mail.gmail.com>"),
        ("Subject", ew("громадське обговорення 5 грудня")),
        ("From", addr("Ірина Коваленко", "iryna.kovalenko.ogp@gmail.com", quoted=False)),
        ("To", UVP),
    ], root)


# ======================================================================================
# mx — mixed
# ======================================================================================

KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The district forwards its own letter of 5 June (already in this mailbox) from the same box with a one-paragraph supplement above it: only the new working group (10) counts, not the forwarded 1, 6, 7.",
       "items": [{"measure": 10, "source": "body"}]}
@mail("mx01-chernihiv", KEY)
def _():
    dt = kyiv("2013-06-14 11:58:02")
    body = ("Доповнення до інформації від 05.06.2013:\n"
            "12 червня на засіданні громадської ради при райдержадміністрації за рекомендацією РДА утворено "
            "робочу групу з питань відкритості та прозорості діяльності райдержадміністрації у складі 4 осіб, "
            "керівник - Литвин А.М.\n\n"
            "-------- Original Message --------\n"
            "Subject: \tІнформація Чернігівської РДА (Відкритий уряд)\n"
            "Date: \tWed, 05 Jun 2013 10:14:22 +0300\n"
            "From: \tЧернігівська РДА <rda-chernihiv@example.gov.ua>\n"
            "To: \tuvp@cg.ukrtel.net\n\n\n\n"
            "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Чернігівська райдержадміністрація повідомляє.\n\n"
            "На офіційному сайті райдержадміністрації у травні оновлено розділ «Звернення громадян», "
            "запроваджено електронну приймальню.\n\n"
            "У квітні проведено громадське обговорення проекту Програми розвитку туризму в районі на 2013-2015 "
            "роки (2 зустрічі в с. Седнів та смт Гончарівське).\n\n"
            "До складу районної комісії з питань техногенно-екологічної безпеки включено голову районної "
            "організації Товариства Червоного Хреста.\n\n"
            "-- \nСектор з питань внутрішньої політики апарату Чернігівської райдержадміністрації\n")
    root = text(body, charset="UTF-8", cte="quoted-printable", ct_extra="; format=flowed")
    return message([
        received(dt, "rda-chernihiv.example.gov.ua", "194.44.161.208", 3, "E4A1C9D036"),
        ("Message-ID", "<51BADB3A.6000302@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", quoted=False)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("To", UVP),
        ("Subject", ew("Fwd: Інформація Чернігівської РДА (Відкритий уряд) - доповнення")),
        ("References", "<51AEE4AE.3040107@example.gov.ua>"),
    ], root)


KEY = {"class": "mixed", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Cover note and attachment report different measures: the note (plain+HTML) on the web resource (3), the PDF with its own «1.»–«3.» on the forum (4), the public discussion of the plan (15) and the council's openness commission (10).",
       "items": [{"measure": 3, "source": "body"},
                 {"measure": 4, "source": "Звіт Громадської ради_І квартал 2013.pdf"},
                 {"measure": 10, "source": "Звіт Громадської ради_І квартал 2013.pdf"},
                 {"measure": 15, "source": "Звіт Громадської ради_І квартал 2013.pdf"}]}
@mail("mx02-gromrada", KEY)
def _():
    dt = kyiv("2013-04-02 15:31:16")
    plain = ("Шановні колеги!\n\n"
             "Надсилаємо звіт Громадської ради при облдержадміністрації за І квартал 2013 року.\n\n"
             "Окремо повідомляємо, що веб-ресурс «Чернігівська громада» працює у штатному режимі: за квартал "
             "розміщено 86 матеріалів громадських організацій та районних громадських рад, відвідуваність – "
             "близько 300 осіб на день, оновлено дизайн головної сторінки.\n\n"
             "З повагою\nсекретар Громадської ради при облдержадміністрації\nОксана Дорошенко\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"></head>"
            "<body lang=UK link=blue vlink=purple><div class=WordSection1>"
            "<p class=MsoNormal>Шановні колеги!</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Надсилаємо звіт Громадської ради при облдержадміністрації за І квартал 2013 "
            "року.</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Окремо повідомляємо, що веб-ресурс «Чернігівська громада» працює у штатному "
            "режимі: за квартал розміщено 86 матеріалів громадських організацій та районних громадських рад, "
            "відвідуваність – близько 300 осіб на день, оновлено дизайн головної сторінки.</p>"
            "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>З повагою<br>секретар Громадської ради при "
            "облдержадміністрації<br>Оксана Дорошенко</p></div></body></html>\n")
    root = multipart("mixed", [
        multipart("alternative", [text(plain, charset="windows-1251", cte="quoted-printable"),
                                  text(html, "html", charset="windows-1251", cte="quoted-printable")],
                  "----=_NextPart_001_0012_01CE2FB0.7C4E5A20"),
        attachment(att("mx02_gromrada.pdf"), "application/pdf", "Звіт Громадської ради_І квартал 2013.pdf",
                   "2047B", "windows-1251"),
    ], "----=_NextPart_000_0011_01CE2FB0.7C4E5A20")
    return message([
        received(dt, "gromrada.example.gov.ua", "194.44.160.150", 5, "8A2F6D4E19"),
        ("From", addr("Оксана Дорошенко", "gromrada@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Звіт Громадської ради за І квартал", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<001001ce2f9f$5e8b1c70$1ba15550$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac4vn1wvfY9T8w5iRKy2j7lnHcM8Pw=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-korop", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The district's general box forwards, as message/rfc822, a staffer's note from her ukr.net box to the district; the report is the .doc inside the forwarded message (consultations 6, public council on the draft 9), never sent here before.",
       "items": [{"measure": 6, "source": "інформація_відкритий уряд.doc"},
                 {"measure": 9, "source": "інформація_відкритий уряд.doc"}]}
@mail("mx03-korop", KEY)
def _():
    dt = kyiv("2013-12-13 14:20:31")
    inner_dt = kyiv("2013-12-13 08:41:57")
    inner_body = ("Таню, відправ, будь ласка, в обласне управління внутрішньої політики (uvp@cg.ukrtel.net), "
                  "в мене пошта туди не відкриває. Вкладення.\nВалентина\n")
    inner_root = multipart("mixed", [
        text(inner_body, charset="utf-8", cte="base64"),
        attachment(att("mx03_korop.doc"), "application/msword", "інформація_відкритий уряд.doc", "2047B", "utf-8"),
    ], "----FREEMAIL-1386916917-55120-1")
    inner = message([
        ("Received", "from frv55.fwdcdn.com (frv55.fwdcdn.com [212.42.77.55])\r\n\tby rda-korop.example.gov.ua "
                     "with ESMTP id 7C3D1E0A; %s" % rfcdate(inner_dt + datetime.timedelta(seconds=6))),
        ("Date", rfcdate(inner_dt)),
        ("From", addr("Валентина Коваль", "v.koval.korop@ukr.net")),
        ("To", "rda-korop@example.gov.ua"),
        ("Subject", ew("для УВП - відкритий уряд")),
        ("Message-Id", "<1386916917.455120.3904.55120@frv55.fwdcdn.com>"),
        ("X-Mailer", "FREEMAIL"),
    ], inner_root)
    body = ("Пересилаємо інформацію сектору з питань внутрішньої політики Коропської райдержадміністрації "
            "(лист спеціаліста в додатку).\n\nЗагальний відділ апарату Коропської РДА\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="quoted-printable"),
        rfc822(inner),
    ], "----=_NextPart_000_0025_01CEF80A.3C1B5E20")
    return message([
        received(dt, "rda-korop.example.gov.ua", "194.44.161.130", 4, "2D8C0F5A3E"),
        ("From", addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("FW: для УВП - відкритий уряд", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<002401cef7f9$4a9e3b30$dfdab190$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac73+UmM2n2XP7sWT1GXWHFq1b9pYQ=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own sector reports from its registered box in Word HTML with an inline logo: one paragraph tells of doors opened to students and journalists (11), a guide sent out (14) and a seminar with the retraining centre (13); another of letters recommending working groups (10).",
       "items": [{"measure": 10, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}
@mail("mx04-uvp", KEY)
def _():
    dt = kyiv("2012-12-05 13:27:12")
    p1 = ("Інформація управління з питань внутрішньої політики та зв'язків з громадськістю "
          "облдержадміністрації (сектор взаємодії з інститутами громадянського суспільства) про роботу у "
          "IV кварталі 2012 року — для обліку.")
    p2 = ("10 жовтня та 21 листопада управління відчинило двері для студентів Чернігівського національного "
          "педагогічного університету та журналістів районних газет: відвідувачі ознайомились з роботою "
          "відділів, системою моніторингу ЗМІ та підготовкою консультацій з громадськістю; видано методичний "
          "посібник «Консультації з громадськістю: як це робиться» (тираж 300 прим.), який розіслано до всіх "
          "райдержадміністрацій і структурних підрозділів облдержадміністрації; 27 листопада спільно з "
          "Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальний семінар для "
          "заступників керівників структурних підрозділів облдержадміністрації, відповідальних за консультації "
          "з громадськістю (41 учасник).")
    p3 = ("Крім того, управління направило громадським радам при райдержадміністраціях листи з рекомендацією "
          "утворити у своєму складі робочі групи з питань відкритості та прозорості діяльності органу влади "
          "(лист від 16.10.2012 № 04-12/1310).")
    sig = ("Заступник начальника управління –\nначальник відділу з питань взаємодії з інститутами "
           "громадянського суспільства\nС.В. Бойко\nтел. (0462) 67-55-31")
    plain = "\n\n".join([p1, p2, p3, sig]) + "\n"
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\">"
            "<style><!-- p.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;"
            "font-family:\"Times New Roman\",\"serif\";} --></style></head>"
            "<body lang=UK link=blue vlink=purple><div class=Section1>\n"
            "<p class=MsoNormal><img width=120 height=28 id=\"Picture_x0020_1\" src=\"cid:image001.png@01CDD2E1.5A7B3C40\" "
            "alt=\"uvp\"><o:p></o:p></p>\n"
            "<p class=MsoNormal><b>" + p1 + "</b><o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<p class=MsoNormal style='text-indent:35.4pt'>" + p2 + "<o:p></o:p></p>\n"
            "<p class=MsoNormal style='text-indent:35.4pt'>" + p3 + "<o:p></o:p></p>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<p class=MsoNormal><span style='font-size:10.0pt'>" + sig.replace("\n", "<br>\n") +
            "</span><o:p></o:p></p>\n</div></body></html>\n")
    img = Part([("Content-Type", 'image/png;\r\n\tname="image001.png"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-ID", "<image001.png@01CDD2E1.5A7B3C40>"),
                ("Content-Disposition", 'inline;\r\n\tfilename="image001.png"')], b64(tiny_png()))
    root = multipart("related", [
        multipart("alternative", [text(plain, charset="windows-1251", cte="quoted-printable"),
                                  text(html, "html", charset="windows-1251", cte="quoted-printable")],
                  "----=_NextPart_001_0008_01CDD2E1.5A7B3C40"),
        img,
    ], "----=_NextPart_000_0007_01CDD2E1.5A7B3C40", ct_extra='\r\n\ttype="multipart/alternative";')
    return message([
        received(dt, "uvp-info.example.gov.ua", "194.44.160.2", 3, "F5B2D8E047"),
        ("From", addr("Бойко Сергій", "uvp-info@example.gov.ua", "windows-1251")),
        ("To", "<%s>" % UVP),
        ("Subject", ew("Інформація УВП за IV квартал (для обліку)", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000601cdd2d0$e3a0f7b0$aae2e710$@example.gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3S0OAcz5Fh/k7tRHyDQJmH0dCo/w=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Late CDO mail whose body has no charset label (8-bit windows-1251) and adds measure 12 that the table leaves empty; the .xls answers 1 and 6 (7, 9, 10 placeholders), the signed PDF cover letter adds 7 beside its «п. 16» and «на 1 арк.».",
       "items": [{"measure": 1, "source": "Борзна_таблиця.xls"},
                 {"measure": 6, "source": "Борзна_таблиця.xls"},
                 {"measure": 7, "source": "Супровідний_лист.pdf"},
                 {"measure": 12, "source": "body"}]}
@mail("mx05-borzna", KEY)
def _():
    dt = kyiv("2013-12-16 09:12:44")
    body = ("Інформація Борзнянської РДА за ІІ півріччя 2013 р. Вибачте що з запізненням.\n\n"
            "Крім того що в таблиці: по п. 12 - громадська організація «Борзнянська громада» провела "
            "громадську антикорупційну експертизу проекту розпорядження голови РДА «Про затвердження "
            "Порядку надання в оренду майна спільної власності територіальних громад району», зауважень "
            "не виявлено, висновок оприлюднено.\n\n"
            "Сектор внутрішньої політики\n")
    root = multipart("mixed", [
        text(body, charset="windows-1251", cte="8bit", label=False),
        attachment(att("mx05_borzna.xls"), "application/vnd.ms-excel", "Борзна_таблиця.xls", "2047B", "windows-1251"),
        attachment(att("mx05_borzna_lyst.pdf"), "application/pdf", "Супровідний_лист.pdf", "2047B", "windows-1251"),
    ], "----=_NextPart_000_0001_01CEFA4C.26F3D8A0")
    return message([
        received(dt, "rda-borzna.example.gov.ua", "194.44.161.45", 2, "6C1E9A3D5B"),
        ("Thread-Topic", ew("Інформація Борзнянської РДА", "windows-1251")),
        ("Subject", ew("Інформація Борзнянської РДА", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<AEB5C3D1F0E2473A8B9C6D5E4F3A2B10@borzna-srv>"),
        ("From", "rda-borzna@example.gov.ua"),
        ("To", UVP),
        ("Content-Class", "urn:content-classes:message"),
        ("X-Mailer", "Microsoft CDO for Windows 2000"),
        ("Importance", "normal"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4913"),
    ], root)


# ======================================================================================
# Conversion, build and checks
# ======================================================================================

# source in attachments/src -> (target extension, LibreOffice filter, input filter)
CSV_IN = "CSV:59,34,76,1,1/2/2/2/3/2/4/2"   # ';' separated, '"' quoted, UTF-8, every column as text
HTML_IN = "HTML (StarWriter)"
CONVERT = {
    "ph01_bakhmach.csv": ("xls", "MS Excel 97", CSV_IN),
    "ph03_ripky.csv": ("ods", "calc8", CSV_IN),
    "ph04_kultura.csv": ("xlsx", "Calc MS Excel 2007 XML", CSV_IN),
    "rg05_arkhiv.csv": ("xls", "MS Excel 97", CSV_IN),
    "fn02_zhkh.csv": ("xlsx", "Calc MS Excel 2007 XML", CSV_IN),
    "mx05_borzna.csv": ("xls", "MS Excel 97", CSV_IN),
    "ph05_semenivka.html": ("doc", "MS Word 97", HTML_IN),
    "nr05_cppk.html": ("doc", "MS Word 97", HTML_IN),
    "rg02_osvita.html": ("docx", "MS Word 2007 XML", HTML_IN),
    "rg04_ichnia.html": ("rtf", "Rich Text Format", HTML_IN),
    "pr01_talalaivka.html": ("pdf", "writer_pdf_Export", HTML_IN),
    "pr02_shchors.html": ("odt", "writer8", HTML_IN),
    "pr05_sotszakhyst.html": ("doc", "MS Word 97", HTML_IN),
    "fn03_sosnytsia.html": ("docx", "MS Word 2007 XML", HTML_IN),
    "fn05_mistobuduvannia.html": ("pdf", "writer_pdf_Export", HTML_IN),
    "pa02_ekonomika.html": ("doc", "MS Word 97", HTML_IN),
    "pa04_nizhyn.html": ("odt", "writer8", HTML_IN),
    "mx02_gromrada.html": ("pdf", "writer_pdf_Export", HTML_IN),
    "mx03_korop.html": ("doc", "MS Word 97", HTML_IN),
    "mx05_borzna_lyst.html": ("pdf", "writer_pdf_Export", HTML_IN),
}


def convert(force=False):
    work = Path("/tmp/hamlet-work")
    for src, (ext, filt, infilt) in CONVERT.items():
        out = ATT / (Path(src).stem + "." + ext)
        if out.exists() and not force:
            continue
        tmp = work / "conv"
        tmp.mkdir(parents=True, exist_ok=True)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % work,
                        "--infilter=%s" % infilt, "--convert-to", "%s:%s" % (ext, filt),
                        "--outdir", str(tmp), str(SRC / src)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(tmp / (Path(src).stem + "." + ext)), str(out))
        print("converted", src, "->", out.name)


def period_of(d):
    """(period, late) of a Kyiv calendar date, or (None, None) outside every period."""
    if d < APPROVED:
        return None, None
    for i, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            return i, False
        if d <= dl + datetime.timedelta(days=GRACE):
            return i, True
    return None, None


def filenames(msg):
    """Decoded attachment names, also inside forwarded message/rfc822 parts (inline images excluded)."""
    names = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                names += filenames(inner)
            continue
        fn = part.get_filename()
        if fn and part.get_content_disposition() != "inline":
            names.append(str(fn))
    return names


def plan_ids():
    import tomllib
    with open(PLAN_TOML, "rb") as f:
        plan = tomllib.load(f)
    return {e["id"]: [a.lower() for a in e.get("emails", [])] for e in plan["executor"]}


def check_key(name, key, data, ids):
    errs = []
    want = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]
    if list(key) != want:
        errs.append("key fields %s" % list(key))
    if PREFIX.get(name[:2]) != key["class"]:
        errs.append("class %s does not match prefix %s" % (key["class"], name[:2]))
    if key["executor"] not in ids:
        errs.append("executor %s not in plan.toml" % key["executor"])
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None or not key["items"]:
        errs.append("report needs kind report, reason null and items")
    its = [(i["measure"], i["source"]) for i in key["items"]]
    if its != sorted(set(its)):
        errs.append("items not sorted/unique")
    if any(not (1 <= m <= 15) for m, _ in its):
        errs.append("measure outside 1-15")
    if not key["note"] or len(key["note"]) > 400:
        errs.append("note")
    if b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare LF")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    dt = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    per, late = period_of(dt.date())
    if (per, late) != (key["period"], key["late"]):
        errs.append("Date %s gives period %s late %s" % (dt, per, late))
    if not (2012 <= dt.year <= 2013):
        errs.append("year")
    rcv = msg.get_all("Received")[0]
    rdt = email.utils.parsedate_to_datetime(rcv.rsplit(";", 1)[1].strip()).astimezone(KYIV)
    if not (0 < (rdt - dt).total_seconds() <= 60 and rdt.date() == dt.date()):
        errs.append("top Received %s vs Date %s" % (rdt, dt))
    if UVP not in str(msg["To"]):
        errs.append("To")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing " + h)
    sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
    if key["class"] != "personal_address" and sender not in ids[key["executor"]]:
        errs.append("sender %s is not the executor's registered box" % sender)
    if key["class"] == "personal_address" and sender in ids[key["executor"]]:
        errs.append("personal_address mail sent from the executor's own box")
    if sender.endswith("@example.gov.ua") or sender.endswith("@example.org.ua"):
        if not any(sender in v for v in ids.values()):
            errs.append("invented address inside the registered domain: %s" % sender)
    names = filenames(msg)
    for _, src in its:
        if src != "body" and src not in names:
            errs.append("source %s not among attachments %s" % (src, names))
    return errs


def build():
    out = {}
    for name, key, fn in MAILS:
        data = fn()
        out[name] = (data, json.dumps(key, ensure_ascii=False, indent=2) + "\n")
    return out


def main(argv):
    if "--convert" in argv:
        convert(force="--force" in argv)
        return 0
    built = build()
    if "--check" not in argv:
        for name, (data, js) in built.items():
            (HERE / (name + ".eml")).write_bytes(data)
            (HERE / (name + ".expected.json")).write_text(js, encoding="utf-8")
        print("built %d mails" % len(built))
    ids = plan_ids()
    errs = []
    names = [n for n, _, _ in MAILS]
    if len(names) != 40 or len(set(names)) != 40:
        errs.append("need 40 distinct mails, have %d" % len(set(names)))
    for p in PREFIX:
        c = sum(1 for n in names if n.startswith(p))
        if c != 5:
            errs.append("class %s has %d mails" % (p, c))
    measures = set()
    for name, key, _ in MAILS:
        data, js = built[name]
        for e in check_key(name, key, data, ids):
            errs.append("%s: %s" % (name, e))
        measures |= {i["measure"] for i in key["items"]}
        eml, jf = HERE / (name + ".eml"), HERE / (name + ".expected.json")
        if not eml.exists() or eml.read_bytes() != data:
            errs.append("%s: .eml missing or differs from a fresh build" % name)
        if not jf.exists() or jf.read_text(encoding="utf-8") != js:
            errs.append("%s: .expected.json missing or differs" % name)
    if measures != set(range(1, 16)):
        errs.append("measures never used as items: %s" % sorted(set(range(1, 16)) - measures))
    for f in sorted(ATT.iterdir()):
        if f.is_file() and f.stat().st_size >= 60 * 1024:
            errs.append("attachment %s is %d bytes" % (f.name, f.stat().st_size))
        if f.suffix == ".pdf" and shutil.which("pdftotext"):
            txt = subprocess.run(["pdftotext", str(f), "-"], capture_output=True).stdout.decode("utf-8", "replace")
            if len(txt.strip()) < 200:
                errs.append("pdf %s has no text layer" % f.name)
    for src in CONVERT:
        ext = CONVERT[src][0]
        if not (ATT / (Path(src).stem + "." + ext)).exists():
            errs.append("attachment for %s not converted" % src)
    for e in errs:
        print("ERROR", e)
    if not errs:
        print("check ok: %d mails, %d items, measures 1-15 all used" %
              (len(MAILS), sum(len(k["items"]) for _, k, _ in MAILS)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
