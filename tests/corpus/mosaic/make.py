#!/usr/bin/env python3
"""mosaic — 40 report e-mails to uvp@cg.ukrtel.net with hand-written answer keys.

Run:  python3 make.py        (Python 3 standard library only)

Builds NAME.eml and NAME.expected.json for every mail below and checks each key against its
mail. The office files the mails carry are read from attachments/ (converted once from
attachments/src/ by attachments/convert.py; LibreOffice is not needed here).

Each mail is a KEY = {...} literal, written before the mail's text, directly above the
function that builds the mail; the @mail(KEY) decorator binds the two.
"""
import base64
import datetime as _dt
import email
import email.header
import email.policy
import email.utils
import json
import os
import quopri
import re
import struct
import sys
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(ROOT, "attachments")
MAILBOX = "uvp@cg.ukrtel.net"
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# ---------------------------------------------------------------------------------------
# The plan as plan.toml gives it (checked against /work/main/config/plan.toml when present)

APPROVED = _dt.date(2012, 9, 10)
DEADLINES = [_dt.date(2012, 12, 15), _dt.date(2013, 6, 15), _dt.date(2013, 12, 15)]
GRACE_DAYS = 3
EXECUTORS = [
    "uvp", "gromrada", "zvernennia", "cppk", "ogp-coordinator",
    "su-osvita", "su-zdorovia", "su-kultura", "su-sotszakhyst", "su-simia", "su-apk", "su-finansy",
    "su-ekonomika", "su-zhkh", "su-kapbud", "su-ekolohiia", "su-arkhiv", "su-mistobuduvannia",
    "su-sluzhba-ditei",
    "rda-bakhmach", "rda-bobrovytsia", "rda-borzna", "rda-varva", "rda-horodnia", "rda-ichnia",
    "rda-kozelets", "rda-korop", "rda-koriukivka", "rda-kulykivka", "rda-mena", "rda-nizhyn",
    "rda-novhorod-siverskyi", "rda-nosivka", "rda-pryluky", "rda-ripky", "rda-semenivka",
    "rda-sosnytsia", "rda-sribne", "rda-talalaivka", "rda-chernihiv", "rda-shchors",
]
REGISTERED = {  # executor id -> its registered address
    "uvp": "uvp-info@example.gov.ua", "gromrada": "gromrada@example.gov.ua",
    "zvernennia": "zvernennia@example.gov.ua", "cppk": "cppk@example.gov.ua",
    "ogp-coordinator": "ogp-coordinator@example.org.ua",
}
for _e in EXECUTORS:
    if _e.startswith("su-"):
        REGISTERED[_e] = {"su-sluzhba-ditei": "sluzhba-ditei@example.gov.ua"}.get(_e, _e[3:] + "@example.gov.ua")
    elif _e.startswith("rda-"):
        REGISTERED[_e] = _e + "@example.gov.ua"

# Measure texts as the plan gives them (zvit quotes them in its reminders and receipts)
MT = {
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
PLAN_NAME = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"

# ---------------------------------------------------------------------------------------
# Time: Kyiv (EET/EEST, EU rules: last Sunday of March / October at 01:00 UTC)


def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.date(y, 12, 31)
    return d - _dt.timedelta(days=(d.weekday() + 1) % 7)


def kyiv_offset(utc):
    """Hours east of UTC in Kyiv at the UTC moment `utc` (naive datetime in UTC)."""
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1))
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1))
    return 3 if start <= utc < end else 2


def to_kyiv(aware):
    utc = aware.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return utc + _dt.timedelta(hours=kyiv_offset(utc))


def kdate(s, plus=0):
    """'2013-06-13 10:42:17' in Kyiv local time -> RFC 5322 date string (+ `plus` seconds)."""
    local = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S") + _dt.timedelta(seconds=plus)
    for off in (3, 2):
        if kyiv_offset(local - _dt.timedelta(hours=off)) == off:
            break
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return email.utils.format_datetime(local.replace(tzinfo=tz))


def period_of(local_date):
    """(period, late) for a Kyiv calendar date, or (None, None) outside every period."""
    if local_date < APPROVED:
        return None, None
    for i, dl in enumerate(DEADLINES, 1):
        if local_date <= dl:
            return i, False
        if local_date <= dl + _dt.timedelta(days=GRACE_DAYS):
            return i, True
    return None, None


# ---------------------------------------------------------------------------------------
# MIME building (LF internally; CRLF when written)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data):
    out = quopri.encodestring(data, quotetabs=False)
    return out.decode("ascii") if out.endswith(b"\n") else out.decode("ascii") + "\n"


def ew(s, cs="utf-8", mode="B", first=0):
    """RFC 2047 encoded words for `s`, folded; never splits a character."""
    words, cur = [], ""
    limit = 75 - len("=?%s?%s??=" % (cs, mode))

    def enc(t):
        raw = t.encode(cs)
        if mode == "B":
            return base64.b64encode(raw).decode("ascii")
        o = ""
        for b in raw:
            c = chr(b)
            if c == " ":
                o += "_"
            elif c.isalnum() and b < 128:
                o += c
            elif c in "!*+-/" and b < 128:
                o += c
            else:
                o += "=%02X" % b
        return o

    for ch in s:
        if len(enc(cur + ch)) > limit - (first if not words else 0):
            k = cur.rfind(" ")
            if k > 0:           # break after a space, as most clients do, when there is one
                words.append(cur[:k + 1])
                cur = cur[k + 1:] + ch
            else:
                words.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?%s?%s?=" % (cs, mode, enc(w)) for w in words)


def hdr_text(s, cs="utf-8", mode="B", name=""):
    """A header value: as is when ASCII, else encoded words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return ew(s, cs, mode, first=len(name) + 2)


def addr(display, address, cs="utf-8", mode="B"):
    if not display:
        return address
    try:
        display.encode("ascii")
        return '"%s" <%s>' % (display, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(display, cs, mode), address)


def rfc2231(param, value, cs="utf-8", cont=False, seg=40):
    """param*=cs''%XX… (or continuations param*0*=…; param*1*=…)."""
    raw = value.encode(cs)
    pct = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "._-" else "%%%02X" % b for b in raw)
    if not cont:
        return "%s*=%s''%s" % (param, cs, pct)
    parts, i = [], 0
    while i < len(pct):
        j = min(i + seg, len(pct))
        while "%" in pct[j - 2:j] and j < len(pct):   # never cut inside %XX
            j += 1
        parts.append(pct[i:j])
        i = j
    out = []
    for n, p in enumerate(parts):
        out.append("%s*%d*=%s%s" % (param, n, ("%s''" % cs) if n == 0 else "", p))
    return ";\n ".join(out)


class Part:
    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers = headers          # list of (name, value) — values ASCII, may contain "\n "
        self.body = body                # bytes (already transfer-encoded) for a leaf
        self.children = children        # list of Part for multipart
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = b"".join(("%s: %s\n" % (n, v)).encode("ascii") for n, v in self.headers) + b"\n"
        if self.children is None:
            return out + self.body
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for c in self.children:
            out += b"\n--" + self.boundary.encode("ascii") + b"\n" + c.render().rstrip(b"\n") + b"\n"
        out += b"\n--" + self.boundary.encode("ascii") + b"--\n"
        return out


BEST_FIT = {"—": "-", "–": "-", "«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "’": "'",
            "•": "*", "№": "N", "…": "..."}


def fold(s, cs):
    """Encode as a mail client does: characters the charset lacks get a best-fit stand-in."""
    out = []
    for ch in s:
        try:
            out.append(ch.encode(cs))
        except UnicodeEncodeError:
            out.append(BEST_FIT.get(ch, "?").encode(cs))
    return b"".join(out)


def flow(s, width=72):
    """format=flowed wrapping (RFC 3676) as Thunderbird sends it: soft breaks end in a space,
    quoted lines keep their «>» prefix, unquoted lines beginning with a space are space-stuffed."""
    out = []
    for line in s.split("\n"):
        m = re.match(r"^(>+ ?)", line)
        prefix = m.group(1) if m else ""
        rest = line[len(prefix):]
        if not prefix and (rest.startswith(" ") or rest.startswith("From ")):
            rest = " " + rest
        if line == "-- " or len(prefix) + len(rest) <= width:
            out.append(prefix + rest)
            continue
        words = re.split(r"(?<= )", rest)
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w.rstrip(" ")) > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur += w
        out.append(prefix + cur)
    return "\n".join(out)


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", label=None, flowed=False, extra=()):
    """A text part. `label` declares another charset than the bytes are in (mislabelled mail)."""
    if flowed:
        s = flow(s)
    raw = fold(s, cs)
    ct = 'text/%s; charset="%s"' % (sub, label or cs) if not flowed else "text/%s; charset=%s; format=flowed" % (sub, label or cs)
    if cte == "base64":
        body = b64(raw).encode("ascii")
    elif cte == "quoted-printable":
        body = qp(raw).encode("ascii")
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def multi(sub, children, boundary, preamble=None, extra=()):
    return Part([("Content-Type", 'multipart/%s;\n boundary="%s"' % (sub, boundary))] + list(extra),
                children=children, boundary=boundary, preamble=preamble)


CTYPES = {
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".rtf": "application/rtf",
    ".pdf": "application/pdf",
    ".ics": "application/ics",
    ".png": "image/png",
}


def attachment(data, filename, style="ascii", cs="utf-8", ctype=None, disp="attachment",
               cid=None, extra=()):
    """An attachment. style: ascii | b | q (RFC 2047 in name= and filename=) | 2231 |
    2231c (RFC 2231 with continuations; name= in RFC 2047 as Thunderbird writes it) |
    b2231 (name= RFC 2047, filename*= RFC 2231 single)."""
    ctype = ctype or CTYPES[os.path.splitext(filename)[1].lower()]
    if style == "ascii":
        nm, fn = 'name="%s"' % filename, 'filename="%s"' % filename
    elif style in ("b", "q"):
        e = ew(filename, cs, style.upper())
        nm, fn = 'name="%s"' % e, 'filename="%s"' % e
    elif style == "2231":
        nm, fn = rfc2231("name", filename, cs), rfc2231("filename", filename, cs)
    elif style == "2231c":
        nm, fn = 'name="%s"' % ew(filename, cs, "B"), rfc2231("filename", filename, cs, cont=True)
    elif style == "b2231":
        nm, fn = 'name="%s"' % ew(filename, cs, "B"), rfc2231("filename", filename, cs)
    else:
        raise ValueError(style)
    hs = [("Content-Type", "%s;\n %s" % (ctype, nm)), ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    hs.append(("Content-Disposition", "%s;\n %s" % (disp, fn)))
    return Part(hs + list(extra), b64(data).encode("ascii"))


def rfc822(inner_bytes, extra=()):
    return Part([("Content-Type", "message/rfc822")] + list(extra), inner_bytes)


def att(name):
    with open(os.path.join(ATT, name), "rb") as f:
        return f.read()


def received(dt, helo, ip, qid, plus=3):
    return ("from %s (%s [%s])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, qid, MAILBOX, kdate(dt, plus)))


def message(headers, root):
    """Top-level message bytes (LF). headers: list of (name, value)."""
    return b"".join(("%s: %s\n" % (n, v)).encode("ascii") for n, v in headers) + root.render()


def png_logo(w=48, h=48, rgb=(0, 87, 183), rgb2=(255, 215, 0)):
    """A small two-colour PNG (a letterhead logo for Word HTML mail)."""
    rows = b""
    for y in range(h):
        c = rgb if y < h // 2 else rgb2
        rows += b"\x00" + bytes(c) * w

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------
# Helpers for the way the clients write


def quote(s, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in s.split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def mso_html(paras, cs="windows-1251", extra_head=""):
    """Outlook/Word-style HTML from a list of paragraphs (a paragraph is a str with LFs)."""
    body = ""
    for p in paras:
        if p.startswith("<"):
            body += p + "\n"
            continue
        lines = p.split("\n")
        body += "<p class=MsoNormal>" + "<br>\n".join(html_escape(l) for l in lines) + "<o:p></o:p></p>\n"
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\">%s<style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";}\n"
            "--></style></head><body lang=UK link=blue vlink=purple><div class=WordSection1>\n%s</div></body></html>\n"
            % (cs, extra_head, body))


def simple_html(paras):
    out = ""
    for p in paras:
        if p.startswith("<"):
            out += p + "\n"
        else:
            out += "<div>" + "<br>\n".join(html_escape(l) for l in p.split("\n")) + "</div>\n<div><br></div>\n"
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>\n%s</body></html>\n" % out


def reminder(deadline, today, executor, missing, overdue=False, partial=False):
    """zvit's reminder, as templates/reminder.txt.j2 renders it."""
    s = "Шановні колеги!\n\n"
    if overdue:
        s += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_NAME))
    else:
        s += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s "
              "на адресу електронної пошти %s.\n\n" % (PLAN_NAME, deadline, MAILBOX))
    if partial:
        s += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати "
              "відомості щодо пунктів, наведених нижче.\n" % today)
    else:
        s += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n"
              % (today, executor))
    for m in missing:
        s += "\n  %d. %s\n" % (m, MT[m])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    s += "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну."
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його "
          "недійсним.\n\nЗ повагою\n%s" % OFFICE)
    return s


def receipt(received_, subject, executor, period, deadline, recognised, missing, unreadable=()):
    """zvit's receipt, as templates/receipt.txt.j2 renders it."""
    s = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s «%s».\n\n"
         "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n\n"
         % (OFFICE, received_, subject, executor, period, deadline))
    if recognised:
        s += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, ex in recognised:
            s += "  • пункт %d: %s\n" % (n, ex)
    else:
        s += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    if unreadable:
        s += "\n\nНе вдалося прочитати такі вкладення:\n"
        for n, why in unreadable:
            s += "  • %s — %s\n" % (n, why)
        s += "Просимо надіслати їх повторно (у форматі Excel, Word або PDF з текстовим шаром)."
    s += "\n\n"
    if missing:
        s += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            s += "  %d. %s\n" % (m, MT[m])
    s += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.\n\n"
          "З повагою\n%s" % (MAILBOX, OFFICE))
    return s


# ---------------------------------------------------------------------------------------
# Keys

MAILS = []
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}


def mail(key):
    def deco(fn):
        MAILS.append((fn.__name__, key, fn))
        return fn
    return deco


# =======================================================================================
# ph — placeholder: tables with a row for every measure, the office's nothing in «—», «х» …


KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook .xls with a two-row header («Стан виконання» over II півріччя 2012 | I півріччя 2013), «№ з/п» beside «№ пункту Плану»: only the I півріччя 2013 column is this period's, and there 7, 9, 10, 12 are «—», «х», a bare «не проводились», «-».",
       "items": [{"measure": 1, "source": "Бахмацька РДА_відкритий уряд_I пів 2013.xls"},
                 {"measure": 6, "source": "Бахмацька РДА_відкритий уряд_I пів 2013.xls"}]}


@mail(KEY)
def ph01():
    d = "2013-06-13 10:42:17"
    plain = ("Добрий день!\n\n"
             "Надсилаємо інформацію Бахмацької райдержадміністрації про виконання Плану заходів з підвищення "
             "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації "
             "Ініціативи «Партнерство „Відкритий уряд“» за I півріччя 2013 року.\n\n"
             "Додаток на 2 арк.\n\n"
             "З повагою\nЗагальний відділ апарату Бахмацької РДА\nтел. (04635) 2-13-40\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0012_01CE6826.3A9B5E40"),
        attachment(att("ph01.xls"), "Бахмацька РДА_відкритий уряд_I пів 2013.xls", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0011_01CE6826.3A9B5E40", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "4A1C21C0F7")),
        ("From", addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Інформація про виконання Плану заходів (Відкритий уряд) - Бахмацька РДА", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<001101ce6826$3a9b5e40$afd21ac0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5oJfbVq0W1pXfvQ7qD2m4Kc1Y9hA=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "LibreOffice .ods with all 16 rows of the plan abbreviated and a «Фактично виконано» column: «не стосується», «—», «+» alone, «х», «без змін», empty cells and «Надано» for 16 between five real answers.",
       "items": [{"measure": 1, "source": "kultura_plan_VU_2012.ods"},
                 {"measure": 2, "source": "kultura_plan_VU_2012.ods"},
                 {"measure": 6, "source": "kultura_plan_VU_2012.ods"},
                 {"measure": 8, "source": "kultura_plan_VU_2012.ods"},
                 {"measure": 9, "source": "kultura_plan_VU_2012.ods"}]}


@mail(KEY)
def ph02():
    d = "2012-12-14 15:07:52"
    body = ("Доброго дня.\n\n"
            "Інформація управління культури і туризму облдержадміністрації щодо виконання Плану заходів "
            "(додаток на 3 арк., формат ods).\n\n"
            "-- \nОксана Гук\nсектор зв'язків з громадськістю\nуправління культури і туризму ОДА\nтел. 67-54-12\n")
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="8bit", flowed=True),
        attachment(att("ph02.ods"), "kultura_plan_VU_2012.ods"),
    ], "------------040905070208030103090502", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "7E0B31C1A2", 4)),
        ("Message-ID", "<50CB2448.9070905@example.gov.ua>"),
        ("Date", kdate(d)),
        ("From", addr("Оксана Гук", "kultura@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Інформація УКіТ щодо виконання Плану заходів «Відкритий уряд»", name="Subject")),
    ], root)


KEY = {"class": "placeholder", "executor": "rda-mena", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Transposed .xlsx (measures «п.1 … п.12» across the columns, answers in one row, cells with line breaks): п.7 «—», п.9 «немає», п.10 empty; п.12 says no expertise was requested, which names the subject and answers it.",
       "items": [{"measure": 1, "source": "Мена_ВУ_II_2013.xlsx"},
                 {"measure": 6, "source": "Мена_ВУ_II_2013.xlsx"},
                 {"measure": 12, "source": "Мена_ВУ_II_2013.xlsx"}]}


@mail(KEY)
def ph03():
    d = "2013-12-10 11:26:05"
    body = ("Менська РДА.\n"
            "Інформація щодо виконання Плану заходів за II півріччя 2013 р. у вкладенні.\n\n"
            "Загальний відділ, Петренко Н.І.\n")
    root = multi("mixed", [
        text(body, cs="windows-1251"),
        attachment(att("ph03.xlsx"), "Мена_ВУ_II_2013.xlsx", "q", cs="windows-1251"),
    ], "----=_NextPart_000_0007_01CEF593.6A4B2C10", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "2C9F51C0B3", 2)),
        ("Message-ID", "<000a01cef582$a1b2c3d0$0b01a8c0@mena-zv>"),
        ("From", addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Інформація Менської РДА ВУ", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "placeholder", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The body says only «Додаток на 2 арк.»; the .doc is a formal letter on letterhead with an outgoing number whose table has «—», «не передбачено», «х», «немає» beside three real rows, and the covering «На виконання пункту 16».",
       "items": [{"measure": 1, "source": "Лист УОЗ 01-08-3517.doc"},
                 {"measure": 6, "source": "Лист УОЗ 01-08-3517.doc"},
                 {"measure": 7, "source": "Лист УОЗ 01-08-3517.doc"}]}


@mail(KEY)
def ph04():
    d = "2013-12-09 16:02:40"
    plain = "Додаток на 2 арк.\n\nз повагою, загальний відділ УОЗ ОДА\n"
    html = mso_html(["Додаток на 2 арк.", "з повагою, загальний відділ УОЗ ОДА"])
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0026_01CEF4F8.1D7A6B90"),
        attachment(att("ph04.doc"), "Лист УОЗ 01-08-3517.doc", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0025_01CEF4F8.1D7A6B90", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "9D4E01C0C8", 5)),
        ("From", addr("УОЗ ОДА", "zdorovia@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("лист № 01-08/3517 від 09.12.2013", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<002501cef4e7$5ab12f60$10f28e20$@gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac705udVuwK0xgGQTtm1kT5rDbyOHg=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "placeholder", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Громадська рада's .odt table has all 16 rows with «х» in the rows that are not its own, a promise for 4, «+» for 11 and «—» for 15; yet row 7, not its measure, carries a real answer, and 3 and 10 are answered.",
       "items": [{"measure": 3, "source": "GR_info_plan_2012.odt"},
                 {"measure": 7, "source": "GR_info_plan_2012.odt"},
                 {"measure": 10, "source": "GR_info_plan_2012.odt"}]}


@mail(KEY)
def ph05():
    d = "2012-12-05 19:44:31"
    body = ("Шановні колеги!\n\n"
            "Надсилаю інформацію Громадської ради при облдержадміністрації щодо пунктів Плану заходів, де "
            "Громадську раду визначено виконавцем (у вкладенні, формат odt). В інших рядках таблиці стоїть «х».\n\n"
            "З повагою,\nІрина Дорошенко,\nсекретар Громадської ради при облдержадміністрації\n")
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="quoted-printable"),
        attachment(att("ph05.odt"), "GR_info_plan_2012.odt"),
    ], "------------010208060905030507000604", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.24", "5B7A91C0E1", 3)),
        ("Message-ID", "<50BF879F.5060203@example.gov.ua>"),
        ("Date", kdate(d)),
        ("From", addr("Ірина Дорошенко", "gromrada@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (X11; Linux i686; rv:15.0) Gecko/20120827 Thunderbird/15.0"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Громадська рада: інформація щодо Плану заходів", name="Subject")),
    ], root)


# =======================================================================================
# bp — bottom_post: answers below or between the quoted lines


KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply written between the «>» lines of zvit's overdue reminder: answers under quoted items 7 and 9 count, the bare «не проводились» under quoted item 12 is a placeholder, and the quoted measure texts report nothing.",
       "items": [{"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail(KEY)
def bp01():
    d = "2013-06-17 09:18:44"
    rem = reminder("15.06.2013", "16.06.2013", "Козелецька районна державна адміністрація", [7, 9, 12],
                   overdue=True, partial=True)
    q = rem.split("\n")
    # split the reminder after each item and put the answers in between
    i7 = q.index("  7. " + MT[7])
    i9 = q.index("  9. " + MT[9])
    i12 = q.index("  12. " + MT[12])
    a7 = ("Розпорядженням голови райдержадміністрації від 22.04.2013 № 141 до складу районної ради з питань "
          "розвитку підприємництва включено голову громадської ради при РДА Гончаренка В.М. та представника "
          "ГО «Козелецька ініціатива».")
    a9 = ("Члени громадської ради при РДА взяли участь в обговоренні проекту районної програми «Питна вода» "
          "на 2013-2015 рр. (засідання громадської ради 14.05.2013).")
    a12 = "не проводились"
    body = ("16.06.2013 08:00, uvp@cg.ukrtel.net пише:\n"
            + quote("\n".join(q[:i7 + 1])) + "\n\n" + a7 + "\n\n"
            + quote("\n".join(q[i7 + 1:i9 + 1])) + "\n\n" + a9 + "\n\n"
            + quote("\n".join(q[i9 + 1:i12 + 1])) + "\n\n" + a12 + "\n\n"
            + quote("\n".join(q[i12 + 1:])) + "\n\n"
            "-- \nЗагальний відділ апарату Козелецької райдержадміністрації\nтел. (04646) 2-10-53\n")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "0C3D71C0A4", 3)),
        ("Message-ID", "<51BEA9B4.8010605@example.gov.ua>"),
        ("Date", kdate(d)),
        ("From", addr("Козелецька РДА", "rda-kozelets@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Re: Нагадування: інформація про виконання Плану заходів (п. 16)", "windows-1251", name="Subject")),
        ("References", "<zvit.reminder.2013-06-16.rda-kozelets@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.2013-06-16.rda-kozelets@cg.ukrtel.net>"),
    ], text(body, cs="windows-1251", cte="8bit", flowed=True))


KEY = {"class": "bottom_post", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Russian UI) «Исходное сообщение» block with no «>»: answers marked «ГФУ:» sit between the lines of zvit's quoted receipt, whose own «Розпізнано … пункт 1/6/9» lines are quoted; 7 is a promise of information and 12 «не стосується».",
       "items": [{"measure": 2, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail(KEY)
def bp02():
    d = "2012-12-13 14:31:09"
    rc = receipt("11.12.2012", "Інформація ГФУ про виконання Плану заходів", "Головне фінансове управління облдержадміністрації",
                 1, "15.12.2012",
                 [(1, "На веб-сторінці головного фінансового управління щомісяця оприлюднюється інформація про виконання …"),
                  (6, "Проведено публічне обговорення проекту обласного бюджету на 2013 рік за участю …"),
                  (9, "Члени Громадської ради при облдержадміністрації взяли участь в обговоренні проекту …")],
                 [2, 7, 8, 12])
    ans = {
        2: ("ГФУ: Рубрику «Виконання місцевих бюджетів Чернігівської області» створено на офіційному сайті "
            "облдержадміністрації 27.11.2012; щомісяця розміщується інформація про виконання зведеного бюджету "
            "області (станом на 01.12.2012 розміщено звіт за 10 місяців)."),
        7: "ГФУ: інформацію буде надано додатково.",
        8: ("ГФУ: Наказом головного фінансового управління від 05.12.2012 № 214 до складу колегії введено голову "
            "бюджетного комітету Громадської ради при облдержадміністрації Ткача С.В. (за згодою)."),
        12: "ГФУ: не стосується.",
    }
    lines = []
    for l in rc.split("\n"):
        lines.append(l)
        m = re.match(r"  (\d+)\. ", l)
        if m and int(m.group(1)) in ans:
            lines.append(ans[int(m.group(1))])
    top = "Добрий день. Відповіді — у тексті нижче (після «ГФУ:»).\n\nСектор бюджетного аналізу ГФУ, тел. 67-31-52\n\n"
    head = ("-----Исходное сообщение-----\n"
            "От: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] \n"
            "Отправлено: 11 декабря 2012 г. 16:20\n"
            "Кому: finansy@example.gov.ua\n"
            "Тема: Підтвердження отримання: Інформація ГФУ про виконання Плану заходів\n\n")
    plain = top + head + "\n".join(lines) + "\n"
    # HTML twin: the answers in blue
    hp = [top.strip().replace("\n\n", "\n"), "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
          "<p class=MsoNormal><b>От:</b> Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] <br>"
          "<b>Отправлено:</b> 11 декабря 2012 г. 16:20<br><b>Кому:</b> finansy@example.gov.ua<br>"
          "<b>Тема:</b> Підтвердження отримання: Інформація ГФУ про виконання Плану заходів<o:p></o:p></p></div>"]
    for l in lines:
        if l.startswith("ГФУ:"):
            hp.append("<p class=MsoNormal><b><span style='color:#1F497D'>%s</span></b><o:p></o:p></p>" % html_escape(l))
        else:
            hp.append(l if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    html = mso_html(hp, cs="koi8-u")
    root = multi("alternative", [text(plain, cs="koi8-u"), text(html, "html", cs="koi8-u")],
                 "----=_NextPart_000_004A_01CDD94B.2C6F8E10")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "E11A31C0D9", 4)),
        ("From", addr("Головне фінансове управління", "finansy@example.gov.ua", "koi8-u")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("References", "<zvit.receipt.2012-12-11.su-finansy@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.receipt.2012-12-11.su-finansy@cg.ukrtel.net>"),
        ("Subject", hdr_text("RE: Підтвердження отримання: Інформація ГФУ про виконання Плану заходів", "koi8-u", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<004901cdd94b$2c6f8e10$854eaa30$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3Zg3rJPXSpH2l5TGqw1nVYv0dUqwAPfjVA"),
        ("Content-Language", "ru"),
    ], root)


KEY = {"class": "bottom_post", "executor": "rda-nizhyn", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Android (K-9) reply typed under a «>» quote of zvit's receipt that lists six missing measures; the answers are only in the resent PDF (a letter with «№ з/п» beside «Пункт Плану»), whose row 12 is an answered «not done» naming the expertises.",
       "items": [{"measure": 1, "source": "Ніжинська РДА_інформація ВУ.pdf"},
                 {"measure": 6, "source": "Ніжинська РДА_інформація ВУ.pdf"},
                 {"measure": 7, "source": "Ніжинська РДА_інформація ВУ.pdf"},
                 {"measure": 9, "source": "Ніжинська РДА_інформація ВУ.pdf"},
                 {"measure": 10, "source": "Ніжинська РДА_інформація ВУ.pdf"},
                 {"measure": 12, "source": "Ніжинська РДА_інформація ВУ.pdf"}]}


@mail(KEY)
def bp03():
    d = "2013-12-12 13:05:38"
    rc = receipt("05.12.2013", "Інформація ВУ", "Ніжинська районна державна адміністрація", 3, "15.12.2013",
                 [], [1, 6, 7, 9, 10, 12],
                 unreadable=[("Інформація ВУ Ніжин.docx", "файл пошкоджено або має невідомий формат")])
    body = ("uvp@cg.ukrtel.net написав(ла):\n\n" + quote(rc) + "\n\n"
            "Добрий день. Надсилаємо повторно у форматі PDF (лист від 05.12.2013 № 02-14/2987).\n\n"
            "Ковальчук О., Ніжинська РДА\n-- \nНадіслано з мого Android-пристрою за допомогою K-9 Mail.\n")
    root = multi("mixed", [
        text(body, cs="utf-8"),
        attachment(att("bp03.pdf"), "Ніжинська РДА_інформація ВУ.pdf", "2231", ctype="application/pdf"),
    ], "----4TWQ3C8R2Y7ZFK1L5O0WN9U6HJ2MBX")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "6F02A1C0B7", 6)),
        ("User-Agent", "K-9 Mail for Android"),
        ("In-Reply-To", "<zvit.receipt.2013-12-05.rda-nizhyn@cg.ukrtel.net>"),
        ("References", "<zvit.receipt.2013-12-05.rda-nizhyn@cg.ukrtel.net>"),
        ("MIME-Version", "1.0"),
        ("Subject", hdr_text("Re: Підтвердження отримання: Інформація ВУ", name="Subject")),
        ("From", addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua")),
        ("Date", kdate(d)),
        ("To", "uvp@cg.ukrtel.net"),
        ("Message-ID", "<a8e9c1f0-3b7d-4c52-9e11-7d0b6f4c2a19@email.android.com>"),
    ], root)


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! reply written under the «>»-quoted item 5 of zvit's reminder, the rest of the reminder quoted after it; the hot-line analysis in the .doc (statistics, its own «Разом» table) reports on 5 again.",
       "items": [{"measure": 5, "source": "analiz_GL_I_pivr_2013.doc"},
                 {"measure": 5, "source": "body"}]}


@mail(KEY)
def bp04():
    d = "2013-06-11 11:50:21"
    rem = reminder("15.06.2013", "10.06.2013", "Відділ роботи із зверненнями громадян апарату облдержадміністрації", [5])
    q = rem.split("\n")
    i5 = q.index("  5. " + MT[5])
    ans = ("Протягом I півріччя 2013 року на «гарячу лінію» голови облдержадміністрації надійшло 1 284 "
           "звернення (у II півріччі 2012 р. — 1 106). Усі звернення зареєстровано в системі «Звернення», "
           "1 197 розглянуто, решта на контролі. Щотижня узагальнена інформація доповідається голові "
           "облдержадміністрації.\nДетальний аналіз — у вкладенні.")
    body = ("Здравствуйте, Управління.\n\nВы писали 10 июня 2013 г., 08:00:02:\n\n"
            + quote("\n".join(q[:i5 + 1])) + "\n\n" + ans + "\n\n" + quote("\n".join(q[i5 + 1:])) + "\n\n"
            "-- \nС уважением,\n Людмила Сидоренко, відділ роботи із зверненнями громадян апарату ОДА\n"
            " mailto:zvernennia@example.gov.ua\n")
    root = multi("mixed", [
        text(body, cs="windows-1251", cte="8bit"),
        attachment(att("bp04.doc"), "analiz_GL_I_pivr_2013.doc", ctype="application/octet-stream"),
    ], "----------1C2B8D3F1E60A4A7")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.22", "B5D6C1C0E2", 2)),
        ("Date", kdate(d)),
        ("From", addr("Людмила Сидоренко", "zvernennia@example.gov.ua", "windows-1251")),
        ("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
        ("Reply-To", "zvernennia@example.gov.ua"),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1802936451.20130611115021@example.gov.ua>"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Re: Нагадування: інформація про виконання Плану заходів (п. 16)", "windows-1251", name="Subject")),
        ("In-Reply-To", "<zvit.reminder.2013-06-10.zvernennia@cg.ukrtel.net>"),
        ("References", "<zvit.reminder.2013-06-10.zvernennia@cg.ukrtel.net>"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply below a blockquote of the office's own earlier letter (its «1.» and «6.» answers are quoted); the new text answers 8 and hands 7, 9, 12 to a small .xlsx, where 12 is «—».",
       "items": [{"measure": 7, "source": "dodatok_osvita.xlsx"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "dodatok_osvita.xlsx"}]}


@mail(KEY)
def bp05():
    d = "2012-12-12 12:14:57"
    old = ("Інформація управління освіти і науки облдержадміністрації про виконання Плану заходів:\n\n"
           "1. Офіційний сайт: на веб-сторінці управління оновлено розділи «Публічна інформація», "
           "«Зовнішнє незалежне оцінювання», оприлюднено звіт про використання коштів за 9 місяців.\n\n"
           "6. Консультації: проведено громадське обговорення проекту Регіональної програми розвитку дошкільної "
           "освіти на 2013-2016 рр. (листопад 2012 р.).\n\n"
           "Інформацію щодо інших пунктів буде надано додатково.\n\n"
           "-- \nУправління освіти і науки Чернігівської облдержадміністрації")
    new = ("Доповнюємо нашу інформацію від 07.12.2012:\n\n"
           "п. 8 — наказом управління від 30.11.2012 № 512 до складу колегії управління освіти і науки введено "
           "голову комітету з гуманітарних питань Громадської ради при облдержадміністрації Бондар Л.М.\n\n"
           "Інформацію за пп. 7, 9, 12 наведено в таблиці (додається).\n\n"
           "-- \nУправління освіти і науки Чернігівської облдержадміністрації")
    plain = "07.12.2012 15:40, osvita@example.gov.ua писав:\n" + quote(old) + "\n\n" + new + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n'
            '<p>07.12.2012 15:40, osvita@example.gov.ua писав:</p>\n'
            '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">\n'
            + "".join("<p>%s</p>\n" % html_escape(p).replace("\n", "<br />") for p in old.split("\n\n"))
            + "</blockquote>\n"
            + "".join("<p>%s</p>\n" % html_escape(p).replace("\n", "<br />") for p in new.split("\n\n"))
            + "</body></html>\n")
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="UTF-8"), text(html, "html", cs="UTF-8")], "=_b1e7c0a5f4e2d9a3c8b6a0f1e2d3c4b5"),
        attachment(att("bp05.xlsx"), "dodatok_osvita.xlsx"),
    ], "=_4d2e8f1a0b9c7d6e5f4a3b2c1d0e9f8a")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.23", "1A2B91C0F4", 3)),
        ("MIME-Version", "1.0"),
        ("Date", kdate(d)),
        ("From", addr("УОН ОДА", "osvita@example.gov.ua")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Re: Інформація УОН про виконання Плану заходів", name="Subject")),
        ("In-Reply-To", "<3a5f0c2b7e1d9c4a6b8e0f1a2c3d4e5f@example.gov.ua>"),
        ("References", "<3a5f0c2b7e1d9c4a6b8e0f1a2c3d4e5f@example.gov.ua>"),
        ("Message-ID", "<8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f@example.gov.ua>"),
        ("X-Sender", "osvita@example.gov.ua"),
        ("User-Agent", "Roundcube Webmail/0.8.4"),
    ], root)


# =======================================================================================
# nr — not_report: invitations, questions, requests for time, promises, announcements


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Outlook meeting request (text/calendar REQUEST plus invite.ics) from the training centre inviting deputy heads to the seminar of measure 13 on 20.02.2013: it names the measure and its subject, but the seminar has not taken place.",
       "items": []}


@mail(KEY)
def nr01():
    d = "2013-02-05 10:03:26"
    plain = ("Шановні колеги!\n\n"
             "Чернігівський центр перепідготовки та підвищення кваліфікації запрошує заступників керівників "
             "структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з "
             "громадськістю, взяти участь у навчальному семінарі «Інструменти політики сприяння розвитку "
             "громадянського суспільства» (п. 13 Плану заходів), який відбудеться 20 лютого 2013 р. о 10:00 "
             "у Центрі (вул. Гетьмана Полуботка, 15, ауд. 305).\n\n"
             "Просимо поширити запрошення та підтвердити участь до 15.02.2013 за тел. 67-12-44.\n\n"
             "Методист Центру Ю. Павленко\n")
    html = mso_html(plain.strip().split("\n\n"), cs="utf-8")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN\nVERSION:2.0\n"
           "METHOD:REQUEST\nX-MS-OLK-FORCEINSPECTOROPEN:TRUE\nBEGIN:VTIMEZONE\nTZID:FLE Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16011028T040000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
           "TZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010325T030000\n"
           "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nEND:DAYLIGHT\n"
           "END:VTIMEZONE\nBEGIN:VEVENT\n"
           "ATTENDEE;CN=uvp@cg.ukrtel.net;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\n"
           "CLASS:PUBLIC\nCREATED:20130205T080326Z\n"
           "DESCRIPTION:Навчальний семінар «Інструменти політики сприяння розвитку громадянського сус\n"
           " пільства» для заступників керівників структурних підрозділів облдержадміні\n"
           " страції\\, відповідальних за організацію консультацій з громадськістю (п. 13\n"
           "  Плану заходів).\\n\n"
           "DTEND;TZID=\"FLE Standard Time\":20130220T150000\n"
           "DTSTAMP:20130205T080326Z\n"
           "DTSTART;TZID=\"FLE Standard Time\":20130220T100000\n"
           "LAST-MODIFIED:20130205T080326Z\n"
           "LOCATION:ЦППК\\, вул. Гетьмана Полуботка\\, 15\\, ауд. 305\n"
           "ORGANIZER;CN=\"ЦППК\":mailto:cppk@example.gov.ua\n"
           "PRIORITY:5\nSEQUENCE:0\n"
           "SUMMARY;LANGUAGE=uk:Семінар «Інструменти політики сприяння розвитку громадянськ\n"
           " ого суспільства»\n"
           "TRANSP:OPAQUE\nUID:040000008200E00074C5B7101A82E00800000000C05D3A988003CE01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90\n"
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
           "BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    cal = text(ics, "calendar", cs="utf-8", cte="base64")
    cal.headers[0] = ("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST')
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="utf-8"), text(html, "html", cs="utf-8"), cal],
              "----=_NextPart_001_0003_01CE037F.2E6B7A50"),
        attachment(ics.encode("utf-8"), "invite.ics", ctype="application/ics"),
    ], "----=_NextPart_000_0002_01CE037F.2E6B7A50", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.25", "3E7F11C0A8", 3)),
        ("From", addr("ЦППК", "cppk@example.gov.ua")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Запрошення: семінар «Інструменти політики сприяння розвитку громадянського суспільства» 20.02.2013 10:00", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<000201ce037f$2e6b7a50$8b426ef0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac4DfxNbMw8U2d8lTpO5z4mAAl7vqA=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "not_report", "executor": "rda-sribne", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Opera Mail in koi8-u asking whether to report on п. 10 and п. 2; the premise that the district's public council is still being formed is stated inside the question and reports nothing.",
       "items": []}


@mail(KEY)
def nr02():
    d = "2012-10-16 15:22:48"
    body = ("Доброго дня!\n\n"
            "Підкажіть, будь ласка, чи потрібно подавати інформацію щодо п. 10 Плану заходів, якщо громадська "
            "рада при Срібнянській РДА на даний час перебуває на стадії формування (установчі збори заплановано "
            "на листопад)? І чи подається інформація щодо п. 2, якщо там виконавцями зазначено лише структурні "
            "підрозділи облдержадміністрації?\n\n"
            "Заздалегідь дякуємо.\n\n"
            "--\nВасиленко Олена, головний спеціаліст відділу організаційної роботи\n"
            "апарату Срібнянської райдержадміністрації\nтел. (04639) 2-13-15\n")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "8B9C21C0D3", 5)),
        ("Date", kdate(d)),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("питання щодо інформації по Плану", "koi8-u", "Q", name="Subject")),
        ("From", addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "koi8-u", "Q")),
        ("Content-Type", "text/plain; format=flowed; delsp=yes; charset=koi8-u"),
        ("MIME-Version", "1.0"),
        ("Content-Transfer-Encoding", "Quoted-Printable"),
        ("Message-ID", "<op.wmb4aswq5u2r1l@oper-pc>"),
        ("User-Agent", "Opera Mail/12.02 (Win32)"),
    ], Part([], qp(fold(flow(body), "koi8-u")).encode("ascii")))


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "HTML-only Outlook note with a formal .docx letter asking to extend the term to 21.06.2013; it names пункти 6 and 9 and the public discussion of a programme, but the materials are «на підписі».",
       "items": []}


@mail(KEY)
def nr03():
    d = "2013-06-14 17:36:12"
    html = mso_html(["Добрий день!",
                     "Направляємо лист управління екології та природних ресурсів облдержадміністрації щодо "
                     "продовження терміну подання інформації про виконання Плану заходів (оригінал надіслано поштою).",
                     "З повагою\nзагальний відділ УЕПР\nтел. 67-71-32"])
    root = multi("mixed", [
        text(html, "html", cs="windows-1251", cte="base64"),
        attachment(att("nr03.docx"), "Лист 07-22-1540 продовження терміну.docx", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0031_01CE6934.8E2F5B60", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "D2E3F1C0B5", 4)),
        ("From", addr("Управління екології", "ekolohiia@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Про продовження терміну", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<003001ce6934$8e2f5b60$aa8e1220$@gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac5pNI4vW2Cq7mHfRq+3uSd0eJ1kvw=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "not_report", "executor": "su-apk", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Russian Outlook top-post over zvit's quoted reminder (header block, no «>»): it lists пп. 1, 2, 6, 7, 8, 9, 12 only to promise the information after the collegium of 17.12.",
       "items": []}


@mail(KEY)
def nr04():
    d = "2013-12-13 16:48:30"
    rem = reminder("15.12.2013", "09.12.2013", "Головне управління агропромислового розвитку облдержадміністрації",
                   [1, 2, 6, 7, 8, 9, 12])
    top = ("Добрый день.\n\n"
           "Информация по пп. 1, 2, 6, 7, 8, 9, 12 будет предоставлена до 20.12.2013 после заседания коллегии "
           "главного управления (17.12.2013). Просим учесть.\n\n"
           "С уважением,\nсектор организационной работы\nГлавного управления агропромышленного развития облгосадминистрации\n"
           "тел. 67-41-09\n\n")
    head = ("От: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] \n"
            "Отправлено: 9 декабря 2013 г. 8:00\nКому: apk@example.gov.ua\n"
            "Тема: Нагадування: інформація про виконання Плану заходів (п. 16)\n\n")
    plain = top + head + rem + "\n"
    hp = top.strip().split("\n\n") + [
        "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
        "<b>От:</b> Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 9 декабря 2013 г. 8:00<br>"
        "<b>Кому:</b> apk@example.gov.ua<br><b>Тема:</b> Нагадування: інформація про виконання Плану заходів (п. 16)<o:p></o:p></p></div></div>"] \
        + rem.split("\n\n")
    html = mso_html(hp)
    root = multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
                 "----=_NextPart_000_0115_01CEF82E.7C1D9A30")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "5C6D71C0E9", 3)),
        ("From", addr("ГУ АПР", "apk@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("References", "<zvit.reminder.2013-12-09.su-apk@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.2013-12-09.su-apk@cg.ukrtel.net>"),
        ("Subject", hdr_text("RE: Нагадування: інформація про виконання Плану заходів (п. 16)", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<011401cef82e$7c1d9a30$74588e90$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "AQHO9C2mV4p7kW1sSE6yO0q0x3cX1pmB0Tqg"),
        ("Content-Language", "ru"),
    ], root)


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Apple Mail announcement by the regional coordinator of the public discussion of the plan (measure 15) to be held on 28.11.2013, with the programme as a PDF: a future event, nothing done yet.",
       "items": []}


@mail(KEY)
def nr05():
    d = "2013-11-15 12:20:03"
    body = ("Шановні колеги!\n\n"
            "Повідомляю, що 28 листопада 2013 року о 14:00 у конференц-залі облдержадміністрації відбудеться "
            "громадське обговорення виконання заходів Плану з підвищення рівня відкритості та прозорості "
            "діяльності влади в області (п. 15 Плану). Програму обговорення додаю.\n\n"
            "Прохання поширити інформацію серед громадських рад при райдержадміністраціях та громадських "
            "організацій.\n\n"
            "З повагою,\nАндрій Бондаренко\nрегіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n"
            "050 417 22 86\n")
    root = multi("mixed", [
        text(body, cs="utf-8"),
        attachment(att("nr05.pdf"), "Програма обговорення 28.11.2013.pdf", "2231", disp="attachment",
                   ctype="application/pdf"),
        text("\n", cs="us-ascii", cte="7bit"),
    ], "Apple-Mail=_6D1E3B4A-2F5C-4E8D-9A7B-1C0D2E3F4A5B")
    return message([
        ("Received", received(d, "mail.example.org.ua", "198.51.100.40", "F0A1B1C0C4", 7)),
        ("From", addr("Андрій Бондаренко", "ogp-coordinator@example.org.ua")),
        ("Subject", hdr_text("Громадське обговорення виконання Плану заходів 28.11.2013", name="Subject")),
        ("Date", kdate(d)),
        ("Message-Id", "<3F8B2C41-7D9E-4A10-B6C5-2E1F0A9D8C7B@example.org.ua>"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Mime-Version", "1.0 (Mac OS X Mail 6.6 \\(1510\\))"),
        ("X-Mailer", "Apple Mail (2.1510)"),
    ], root)


# =======================================================================================
# rg — ranges: «6-9», «10, 12», «пп. 1, 2», «п.п. 1, 6 – 9», «з 10 по 12», «по пунктам 1 и 6»


KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Excel 2003 table whose number cells hold «6-9» and «10, 12», each answered as one block over continuation rows without a number; 8 counts though a district does not owe it, and «№ 996», «03.11.2010», «4 … органів», «7 проектів» are no measures.",
       "items": [{"measure": 1, "source": "Ichnia_RDA_VU.xls"},
                 {"measure": 6, "source": "Ichnia_RDA_VU.xls"},
                 {"measure": 7, "source": "Ichnia_RDA_VU.xls"},
                 {"measure": 8, "source": "Ichnia_RDA_VU.xls"},
                 {"measure": 9, "source": "Ichnia_RDA_VU.xls"},
                 {"measure": 10, "source": "Ichnia_RDA_VU.xls"},
                 {"measure": 12, "source": "Ichnia_RDA_VU.xls"}]}


@mail(KEY)
def rg01():
    d = "2012-12-10 10:37:51"
    body = ("Інформація Ічнянської РДА на виконання п.16 Плану заходів (Відкритий уряд).\n"
            "Додаток: таблиця на 2 арк.\n\n"
            "Відділ організаційної роботи апарату РДА\nтел. 2-14-96\n")
    root = multi("mixed", [
        text(body, cs="windows-1251", cte="base64"),
        attachment(att("rg01.xls"), "Ichnia_RDA_VU.xls"),
    ], "----=_NextPart_000_0019_01CDD6C3.9F4E2A80", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "A7B8C1C0D1", 3)),
        ("Message-ID", "<001b01cdd6b2$9f4e2a80$0a01a8c0@ichnia-org>"),
        ("From", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Інф. Ічнянської РДА п.16", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ], root)


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain koi8-u letter sent by the office's document system (CDO) with the text in the body, answering «По пп. 1, 2» and «По пп. 6-9, 12» each as one paragraph (so 7 and 8 count with the rest); «п. 16», the order «від 14.03.2013 № 112», years and counts around them are no measures.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def rg02():
    d = "2013-06-12 15:55:40"
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Управління праці та соціального захисту населення облдержадміністрації на виконання п. 16 Плану "
            "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
            "інформує.\n\n"
            "По пп. 1, 2 — на веб-сторінці управління на офіційному сайті облдержадміністрації оновлюються "
            "розділи «Соціальні виплати», «Субсидії», «Пільги»; інформація про хід виконання обласної програми "
            "«Турбота» за I квартал 2013 р. розміщена в рубриці «Хід виконання цільових програм».\n\n"
            "По пп. 6-9, 12 — у I півріччі 2013 року проведено 2 консультації з громадськістю (круглий стіл "
            "щодо соціального захисту ветеранів 19.03.2013, громадські слухання щодо проекту програми «Турбота» "
            "на 2014-2016 рр. 16.05.2013); представники обласних організацій ветеранів та інвалідів включені до "
            "складу колегії управління та координаційної ради з питань соціального захисту (розпорядження від "
            "14.03.2013 № 112); проекти наказів і програм оприлюднюються для обговорення з членами Громадської "
            "ради; громадські антикорупційні експертизи не ініціювались.\n\n"
            "Крім того, за 5 місяців 2013 року працівниками управління надано 1 240 консультацій громадянам "
            "з питань призначення соціальних допомог.\n\n"
            "Заступник начальника управління                 Н.П. Бойко\n\n"
            "Виконавець: Савенко 67-26-40\n")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "C3D4E1C0F6", 4)),
        ("From", addr("УПСЗН ОДА", "sotszakhyst@example.gov.ua", "koi8-u")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Інформація УПСЗН ОДА - План заходів ВУ, I півріччя 2013", "koi8-u", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<SED-OUT-2013-06-12-155540-0417@sotszakhyst.example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain;\n\tcharset="koi8-u"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Content-Class", "urn:content-classes:message"),
        ("Importance", "normal"),
        ("Priority", "normal"),
        ("X-Mailer", "Microsoft CDO for Windows 2000"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4913"),
    ], Part([], qp(fold(body, "koi8-u")).encode("ascii")))


KEY = {"class": "ranges", "executor": "rda-korop", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird mail with a .docx letter (RFC 2231 name with continuations): «За п.п. 1, 6 – 9» and «З 10 по 12 пункти» are each answered as one paragraph, so 8 and 11 count though not owed; the covering body line and «Пункт 16» do not.",
       "items": [{"measure": 1, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"},
                 {"measure": 6, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"},
                 {"measure": 7, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"},
                 {"measure": 8, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"},
                 {"measure": 9, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"},
                 {"measure": 10, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"},
                 {"measure": 11, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"},
                 {"measure": 12, "source": "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx"}]}


@mail(KEY)
def rg03():
    d = "2013-12-11 14:20:16"
    body = ("Добрий день!\n\n"
            "Інформація Коропської РДА про виконання Плану заходів за II півріччя 2013 року (лист від 11.12.2013 "
            "№ 03-21/3014) додається.\n\n"
            "-- \nЛук'яненко Світлана\nзагальний відділ Коропської райдержадміністрації\n")
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="8bit", flowed=True),
        attachment(att("rg03.docx"), "Коропська РДА_лист 03-21-3014 від 11.12.2013.docx", "2231c"),
    ], "------------070302050409080006030402", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "E5F6A1C0A3", 3)),
        ("Message-ID", "<52A858A0.3010906@example.gov.ua>"),
        ("Date", kdate(d)),
        ("From", addr("Коропська РДА", "rda-korop@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.2.0"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Коропська РДА - інформація ВУ (лист 03-21/3014)", name="Subject")),
    ], root)


KEY = {"class": "ranges", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2003 mail with a Russian .doc: «По пунктам 1 и 6» and «Пункты 7 и 9» are answered as blocks, «Пункт 2» says the information was sent for the rubric; «Пункт 12 — не касается» and «Пункт 8 — без изменений» do not count.",
       "items": [{"measure": 1, "source": "Информация УЖКХ_план ОП.doc"},
                 {"measure": 2, "source": "Информация УЖКХ_план ОП.doc"},
                 {"measure": 6, "source": "Информация УЖКХ_план ОП.doc"},
                 {"measure": 7, "source": "Информация УЖКХ_план ОП.doc"},
                 {"measure": 9, "source": "Информация УЖКХ_план ОП.doc"}]}


@mail(KEY)
def rg04():
    d = "2013-06-10 11:11:35"
    plain = ("Добрый день.\n\nНаправляем информацию управления ЖКХ облгосадминистрации по Плану мероприятий "
             "(во вложении).\n\nС уважением, Мороз Е.В.\nтел. 67-28-14\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0040_01CE65D0.0B2F3C10"),
        attachment(att("rg04.doc"), "Информация УЖКХ_план ОП.doc", "b", cs="windows-1251"),
    ], "----=_NextPart_000_003F_01CE65D0.0B2F3C10", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "0A1B21C0B2", 2)),
        ("From", addr("Мороз Елена", "zhkh@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("информация УЖКХ", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<003e01ce65bf$0b2f3c10$218db430$@gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac5lvwsvHpNqZq2hQ1qGZ0E+9dKx7Q=="),
        ("Content-Language", "ru"),
    ], root)


KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Late Thunderbird mail with an .ods holding a sheet per half-year; only the «II пів. 2013» sheet is this period's, where «1–2», «6, 7» and «9,12» are blocks (2 counts though not owed), «10» is «—» and «13-14» «не стосується».",
       "items": [{"measure": 1, "source": "Городнянська_РДА_ВУ_2013_(по півріччях).ods"},
                 {"measure": 2, "source": "Городнянська_РДА_ВУ_2013_(по півріччях).ods"},
                 {"measure": 6, "source": "Городнянська_РДА_ВУ_2013_(по півріччях).ods"},
                 {"measure": 7, "source": "Городнянська_РДА_ВУ_2013_(по півріччях).ods"},
                 {"measure": 9, "source": "Городнянська_РДА_ВУ_2013_(по півріччях).ods"},
                 {"measure": 12, "source": "Городнянська_РДА_ВУ_2013_(по півріччях).ods"}]}


@mail(KEY)
def rg05():
    d = "2013-12-17 10:05:27"
    body = ("Добрий день!\n\n"
            "Вибачте за затримку. Інформація Городнянської РДА за II півріччя 2013 р. — у файлі на аркуші "
            "«II пів. 2013» (на інших аркушах — попередні звіти, для порівняння).\n\n"
            "-- \nСектор інформаційної діяльності та комунікацій з громадськістю\nГороднянської райдержадміністрації\n")
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="8bit", flowed=True),
        attachment(att("rg05.ods"), "Городнянська_РДА_ВУ_2013_(по півріччях).ods", "2231c"),
    ], "------------000108070206000908040807", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "4D5E61C0C9", 5)),
        ("Message-ID", "<52B00607.1000408@example.gov.ua>"),
        ("Date", kdate(d)),
        ("From", addr("Городнянська РДА", "rda-horodnia@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Городнянська РДА — інформація ВУ II півріччя 2013", name="Subject")),
    ], root)


# =======================================================================================
# pr — prose: no plan numbers; the activities in the office's own words


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "PDF printed from Word (text layer) with no plan numbers: one paragraph covers both consultations (6) and members of the Public Council in the discussion of a draft programme (9); «громадських експертиз … не проводилось» answers 12; the last line's site is a passing mention.",
       "items": [{"measure": 1, "source": "Derzharkhiv_01-17-1033.pdf"},
                 {"measure": 6, "source": "Derzharkhiv_01-17-1033.pdf"},
                 {"measure": 7, "source": "Derzharkhiv_01-17-1033.pdf"},
                 {"measure": 9, "source": "Derzharkhiv_01-17-1033.pdf"},
                 {"measure": 12, "source": "Derzharkhiv_01-17-1033.pdf"}]}


@mail(KEY)
def pr01():
    d = "2012-12-11 09:47:03"
    plain = ("Добрий день!\n\nНадсилаємо інформацію Держархіву області (лист від 10.12.2012 № 01-17/1033). "
             "Оригінал надіслано поштою.\n\nЛисенко Т.В., тел. 67-70-61\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0008_01CDD77A.6C2B3D90"),
        attachment(att("pr01.pdf"), "Derzharkhiv_01-17-1033.pdf"),
    ], "----=_NextPart_000_0007_01CDD77A.6C2B3D90", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.26", "B1C2D1C0E4", 3)),
        ("From", addr("Держархів області", "arkhiv@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Лист Держархіву № 01-17/1033 від 10.12.2012", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<000601cdd769$6c2b3d90$44818eb0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3XaWwLKzG9h2pKQ4Cd1n6M1xVbZA=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "prose", "executor": "rda-varva", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "LibreOffice .odt with subject headings and no numbers; the «Громадська рада» paragraph covers advisory bodies (7) and the working group on openness (10); the consultations paragraph's mention of the site is only where it was published.",
       "items": [{"measure": 1, "source": "Varva_info_VU.odt"},
                 {"measure": 6, "source": "Varva_info_VU.odt"},
                 {"measure": 7, "source": "Varva_info_VU.odt"},
                 {"measure": 10, "source": "Varva_info_VU.odt"},
                 {"measure": 12, "source": "Varva_info_VU.odt"}]}


@mail(KEY)
def pr02():
    d = "2013-06-07 13:30:44"
    body = "Інформація Варвинської РДА — у вкладенні (odt).\n\n-- \nВідділ організаційної роботи апарату Варвинської РДА\n"
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="8bit", flowed=True),
        attachment(att("pr02.odt"), "Varva_info_VU.odt"),
    ], "------------030609000804050307090805", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "9F0A11C0D5", 4)),
        ("Message-ID", "<51B1B6D4.6030209@example.gov.ua>"),
        ("Date", kdate(d)),
        ("From", addr("Варвинська РДА", "rda-varva@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Варвинська РДА - інформація", name="Subject")),
    ], root)


KEY = {"class": "prose", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A sector of УВП writes from uvp-info to its own department's mailbox, prose in the body with no numbers: the forum (4), the seminar (13), the guide (14), an open-door day (11); «на базі веб-ресурсу» is only where the forum lives.",
       "items": [{"measure": 4, "source": "body"},
                 {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"},
                 {"measure": 14, "source": "body"}]}


@mail(KEY)
def pr03():
    d = "2013-03-05 11:02:19"
    paras = [
        "Наталіє Петрівно, добрий день!",
        "Для узагальненої інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості "
        "повідомляю про роботу сектору за I квартал 2013 року.",
        "На базі веб-ресурсу «Чернігівська громада» 15 лютого 2013 року відкрито Інтернет-форум з обговорення "
        "актуальних питань життєдіяльності області; станом на 04.03.2013 зареєстровано 137 користувачів, "
        "створено 24 теми, модерацію здійснюють працівники сектору та члени комітету Громадської ради.",
        "20 лютого спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено "
        "навчальний семінар для заступників керівників структурних підрозділів облдержадміністрації, "
        "відповідальних за організацію консультацій з громадськістю (26 учасників).",
        "Методичний посібник «Консультації з громадськістю: практичні поради для державного службовця» "
        "(тираж 300 прим.) у січні розповсюджено серед структурних підрозділів облдержадміністрації та "
        "райдержадміністрацій, електронну версію розміщено для завантаження.",
        "28 лютого в управлінні проведено день відкритих дверей для представників громадських організацій "
        "і студентів-журналістів Чернігівського національного педагогічного університету (19 учасників).",
        "З повагою\nОлег Кравець\nзавідувач сектору взаємодії з громадськими організаціями\n"
        "управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
    ]
    plain = "\n\n".join(paras) + "\n"
    html = mso_html(paras)
    root = multi("alternative", [text(plain, cs="windows-1251", cte="base64"),
                                 text(html, "html", cs="windows-1251", cte="base64")],
                 "----=_NextPart_000_0054_01CE1991.7A3C2B40")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.20", "7A8B91C0F2", 2)),
        ("From", addr("Олег Кравець", "uvp-info@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("інформація сектору для узагальнення (План ВУ), I квартал", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<005301ce1991$7a3c2b40$6eb48b0c$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac4ZkXo8c1xq9ZTeSzmRr0hBqDp2Gw=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "prose", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian cover note, Ukrainian Word 2003 .doc in prose: the rubric (2), the collegium (8), consultations (6) and the Youth Council as an advisory body (7); «Матеріали … розміщено на офіційному сайті» is a passing mention and the healthy-lifestyle events are no measure.",
       "items": [{"measure": 2, "source": "USMS_info_VU_II_2013.doc"},
                 {"measure": 6, "source": "USMS_info_VU_II_2013.doc"},
                 {"measure": 7, "source": "USMS_info_VU_II_2013.doc"},
                 {"measure": 8, "source": "USMS_info_VU_II_2013.doc"}]}


@mail(KEY)
def pr04():
    d = "2013-12-06 15:12:58"
    plain = ("Информация управления по делам семьи, молодежи и спорта облгосадминистрации — во вложении.\n\n"
             "Гончар И.В.\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0012_01CEF29F.5E0A4C70"),
        attachment(att("pr04.doc"), "USMS_info_VU_II_2013.doc"),
    ], "----=_NextPart_000_0011_01CEF29F.5E0A4C70", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "3B4C51C0A7", 3)),
        ("From", addr("УСМС", "simia@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Информация УСМС", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<001001cef28e$5e0a4c70$1a1ee550$@gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac7yjl4KTHCb3F9xRoW1hJ7uGZ0lBg=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "prose", "executor": "cppk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A plain .rtf (the centre's methodologist writes in WordPad) sent by Outlook Express in koi8-u: the two seminars (13) and a chapter written for УВП's methodological guide (14) in prose, with dates and head-counts; the next seminar is only planned.",
       "items": [{"measure": 13, "source": "CPPK_info.rtf"},
                 {"measure": 14, "source": "CPPK_info.rtf"}]}


@mail(KEY)
def pr05():
    d = "2012-12-07 10:25:33"
    body = ("Добрий день. Інформація Центру перепідготовки та підвищення кваліфікації у вкладенні (rtf).\n\n"
            "З повагою, методист Ю. Павленко\n")
    root = multi("mixed", [
        text(body, cs="koi8-u"),
        attachment(att("pr05.rtf"), "CPPK_info.rtf", ctype="application/msword"),
    ], "----=_NextPart_000_000B_01CDD45C.8D1E2F30", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.25", "6E7F81C0B1", 4)),
        ("Message-ID", "<000d01cdd44b$8d1e2f30$1f01a8c0@cppk-metod>"),
        ("From", addr("ЦППК", "cppk@example.gov.ua", "koi8-u")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("ЦППК - інформація", "koi8-u", name="Subject")),
        ("Date", kdate(d)),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ], root)


# =======================================================================================
# fn — foreign_numbers: the office's own numbering, sub-items, counts, running «№ з/п»


KEY = {"class": "foreign_numbers", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Body «Додаток на 2 арк.»; the .xlsx has a running «№ з/п» 1–8 beside «№ пункту Плану» (з/п 3 is п. 6, з/п 5 is п. 8 with «х»), a two-row header with «Примітка», and cells of several lines; з/п 4 (п. 7) is «—».",
       "items": [{"measure": 1, "source": "ГУЕ_ВУ_I_півр_2013.xlsx"},
                 {"measure": 2, "source": "ГУЕ_ВУ_I_півр_2013.xlsx"},
                 {"measure": 6, "source": "ГУЕ_ВУ_I_півр_2013.xlsx"},
                 {"measure": 9, "source": "ГУЕ_ВУ_I_півр_2013.xlsx"},
                 {"measure": 12, "source": "ГУЕ_ВУ_I_півр_2013.xlsx"}]}


@mail(KEY)
def fn01():
    d = "2013-06-14 11:40:08"
    plain = "Додаток на 2 арк.\n\nВідділ прогнозування ГУЕ\nКравчук 67-45-90\n"
    html = mso_html(["Додаток на 2 арк.", "Відділ прогнозування ГУЕ\nКравчук 67-45-90"])
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0077_01CE68F1.3D4E5F60"),
        attachment(att("fn01.xlsx"), "ГУЕ_ВУ_I_півр_2013.xlsx", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0076_01CE68F1.3D4E5F60", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "8C9D01C0C2", 3)),
        ("From", addr("ГУЕ ОДА", "ekonomika@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("ГУЕ - інформація ВУ за I півріччя", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<007501ce68e0$3d4e5f60$b7eb1e20$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5o4D1OX2CbpKqNRcWlw0gD6fO7Ug=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx letter numbered by its own «1. Щодо сайту», «2. Щодо консультацій», «3. Щодо роботи з громадською радою», «4. Щодо громадських експертиз», with sub-items «1) 2) 3)» and «а) б) в)», orders and counts; its «2.» is measure 6 and «3.» covers 7 and 9.",
       "items": [{"measure": 1, "source": "Прилуцька РДА_лист 01-15_4412.docx"},
                 {"measure": 6, "source": "Прилуцька РДА_лист 01-15_4412.docx"},
                 {"measure": 7, "source": "Прилуцька РДА_лист 01-15_4412.docx"},
                 {"measure": 9, "source": "Прилуцька РДА_лист 01-15_4412.docx"},
                 {"measure": 12, "source": "Прилуцька РДА_лист 01-15_4412.docx"}]}


@mail(KEY)
def fn02():
    d = "2012-12-14 16:20:36"
    plain = "Інформація Прилуцької РДА надсилається у вкладенні.\n\nГордієнко В., тел. 3-10-44\n"
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0021_01CDDA22.1F3A4B50"),
        attachment(att("fn02.docx"), "Прилуцька РДА_лист 01-15_4412.docx", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0020_01CDDA22.1F3A4B50", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "2E3F41C0D8", 5)),
        ("From", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("лист Прилуцької РДА 01-15/4412", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<001f01cdda11$1f3a4b50$5daee1f0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3aER86S1A8s1m0RUe+V7k3t0mGMw=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx of the district's own plan numbered «1.1 … 3.2» with a column mapping to the oblast plan, and a column per quarter (both in this period): «2.3» is п. 7 with «без змін», «3.1» is п. 12 with «—», «1.2» carries only «+».",
       "items": [{"measure": 1, "source": "Semenivka_plan_zvit_2013.xlsx"},
                 {"measure": 6, "source": "Semenivka_plan_zvit_2013.xlsx"},
                 {"measure": 9, "source": "Semenivka_plan_zvit_2013.xlsx"},
                 {"measure": 10, "source": "Semenivka_plan_zvit_2013.xlsx"}]}


@mail(KEY)
def fn03():
    d = "2013-12-12 10:55:14"
    plain = ("Надсилаємо звіт про виконання районного плану заходів, розробленого на виконання Плану ОДА від "
             "10.09.2012. Відповідність пунктів — у графі 2 таблиці.\n\n"
             "Сектор з питань внутрішньої політики, зв'язків з громадськістю та ЗМІ Семенівської РДА\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0005_01CEF73A.2B1C0D90"),
        attachment(att("fn03.xlsx"), "Semenivka_plan_zvit_2013.xlsx"),
    ], "----=_NextPart_000_0004_01CEF73A.2B1C0D90", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "A0B1C1C0E5", 2)),
        ("From", addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("звіт районного плану (Відкритий уряд)", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<000301cef729$2b1c0d90$813c28b0$@gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac73KSscDZCH0Z4vQeaZ1x3bC2k1cQ=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A .docx numbered «1.–5.» by the office, each item the plan's measure text quoted in bold (1, 6, 9, 8, 12 — no plan numbers) with the answer below; own «3.» (measure 9) has a bare «Не проводилось», own «5.» (12) a dash, own «4.» (8) says there is no collegium.",
       "items": [{"measure": 1, "source": "mistobuduvannia_VU.docx"},
                 {"measure": 6, "source": "mistobuduvannia_VU.docx"},
                 {"measure": 8, "source": "mistobuduvannia_VU.docx"}]}


@mail(KEY)
def fn04():
    d = "2012-12-17 09:34:50"
    body = ("Добрий день.\n\nІнформація управління містобудування та архітектури облдержадміністрації — у "
            "вкладенні. Вибачте за затримку.\n\nЗ повагою, Ткаченко А.\nтел. 67-55-09\n")
    root = multi("mixed", [
        text(body, cs="utf-8"),
        attachment(att("fn04.docx"), "mistobuduvannia_VU.docx"),
    ], "----------aB3dE5fG7hJ9kL1mN3pQ5r")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "C4D5E1C0F3", 6)),
        ("Date", kdate(d)),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("УМА - інформація (Відкритий уряд)", name="Subject")),
        ("From", addr("Ткаченко Анна", "mistobuduvannia@example.gov.ua")),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<op.wpf2xk0l2mqd7n@tkachenko-pc>"),
        ("User-Agent", "Opera Mail/12.12 (Win32)"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The body only hands over the hot-line information «на виконання п. 5» with an outgoing «№ 05-гл/2218»; the old .xls states the hot line's work above a topic table whose «№ з/п» runs 1–12 beside counts and percentages.",
       "items": [{"measure": 5, "source": "ГЛ_II_пів_2013.xls"}]}


@mail(KEY)
def fn05():
    d = "2013-12-10 14:45:29"
    plain = ("На виконання п. 5 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
             "влади в області надаємо інформацію про роботу «гарячої лінії» голови облдержадміністрації за II "
             "півріччя 2013 року (додається).\n\n"
             "Лист від 10.12.2013 № 05-гл/2218.\n\n"
             "Завідувач відділу роботи із зверненнями громадян апарату облдержадміністрації\nЛ.П. Сидоренко\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0033_01CEF5B0.4A5B6C70"),
        attachment(att("fn05.xls"), "ГЛ_II_пів_2013.xls", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0032_01CEF5B0.4A5B6C70", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.22", "E6F7A1C0A9", 4)),
        ("From", addr("Відділ звернень громадян", "zvernennia@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("гаряча лінія, II півріччя 2013 (05-гл/2218)", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<003101cef59f$4a5b6c70$df1245d0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac71n0pbbHAjRS8lQ9yHk1f2W6h8Zg=="),
        ("Content-Language", "uk"),
    ], root)


# =======================================================================================
# pa — personal_address: private boxes and borrowed boxes; the office named in the text


KEY = {"class": "personal_address", "executor": "su-kapbud", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a private ukr.net box; the office is named only in the signature («… управління капітального будівництва облдержадміністрації») and in the .docx letter, which is addressed to the head of УВП; its table numbers the measures «№1 … №12».",
       "items": [{"measure": 1, "source": "Інформація_УКБ_ВУ.docx"},
                 {"measure": 2, "source": "Інформація_УКБ_ВУ.docx"},
                 {"measure": 6, "source": "Інформація_УКБ_ВУ.docx"},
                 {"measure": 8, "source": "Інформація_УКБ_ВУ.docx"}]}


@mail(KEY)
def pa01():
    d = "2012-12-14 18:22:41"
    plain = ("Добрий вечір!\n\n"
             "Надсилаю з особистої пошти, бо в управлінні сьогодні не працює інтернет. Інформація управління "
             "капітального будівництва облдержадміністрації щодо виконання Плану заходів — у вкладенні (лист за "
             "підписом начальника, № 04-09/2871 від 14.12.2012).\n\n"
             "--\nОлена Марченко\nголовний спеціаліст відділу економічного аналізу та договірної роботи\n"
             "управління капітального будівництва облдержадміністрації\nтел. (0462) 67-50-18\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
            + "".join("<p>%s</p>" % html_escape(p).replace("\n", "<br>") for p in plain.strip().split("\n\n"))
            + "</body></html>\n")
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251", cte="base64"),
                              text(html, "html", cs="windows-1251", cte="base64")], "----_=_FREEMAIL_ALT_1355502161"),
        attachment(att("pa01.docx"), "Інформація_УКБ_ВУ.docx", "b", cs="windows-1251"),
    ], "----_=_FREEMAIL_MIX_1355502161")
    return message([
        ("Received", received(d, "fsm2.ukr.net", "198.51.100.131", "1F2A31C0B6", 2)),
        ("Date", kdate(d)),
        ("From", addr("Олена Марченко", "marchenko_olena78@ukr.net", "windows-1251")),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("інформація УКБ - План заходів (відкритий уряд)", "windows-1251", name="Subject")),
        ("Message-ID", "<1355502161.493812705.kq2v7d1x@frv36.ukr.net>"),
        ("X-Mailer", "FREEMAIL.UKR.NET"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from another executor's registered box (управління освіти і науки); the body explains and names «Служби у справах дітей облдержадміністрації»; the .xls numbers measures in Roman «I, VI, VII, IX, XII, XVI» and row I runs on over two unnumbered lines.",
       "items": [{"measure": 1, "source": "SSD_VU_I_2013.xls"},
                 {"measure": 6, "source": "SSD_VU_I_2013.xls"},
                 {"measure": 7, "source": "SSD_VU_I_2013.xls"}]}


@mail(KEY)
def pa02():
    d = "2013-06-13 12:08:19"
    plain = ("Шановні колеги!\n\n"
             "У зв'язку з технічними проблемами з електронною поштою служби у справах дітей облдержадміністрації "
             "інформацію надсилаємо з електронної скриньки управління освіти і науки.\n\n"
             "Інформація Служби у справах дітей облдержадміністрації про виконання Плану заходів за I півріччя "
             "2013 року — у вкладенні.\n\n"
             "З повагою,\nзаступник начальника служби у справах дітей облдержадміністрації\nО.М. Гриценко\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0048_01CE6832.6B7C8D90"),
        attachment(att("pa02.xls"), "SSD_VU_I_2013.xls"),
    ], "----=_NextPart_000_0047_01CE6832.6B7C8D90", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.23", "5A6B71C0C1", 3)),
        ("From", addr("Управління освіти і науки", "osvita@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Служба у справах дітей - інформація (План ВУ)", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<004601ce6821$6b7c8d90$42758eb0$@gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac5oIWt8jZCl0Hq9SDO3Jz1RL9mSCw=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "personal_address", "executor": "rda-shchors", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian body from an i.ua box naming «Щорсской райгосадминистрации» in the signature; the .xlsx (RFC 2231 name in windows-1251) has a visible sheet for I півріччя 2013 and a hidden sheet with last period's answers, which do not count.",
       "items": [{"measure": 1, "source": "Щорс_ВУ_2013.xlsx"},
                 {"measure": 6, "source": "Щорс_ВУ_2013.xlsx"},
                 {"measure": 9, "source": "Щорс_ВУ_2013.xlsx"},
                 {"measure": 10, "source": "Щорс_ВУ_2013.xlsx"}]}


@mail(KEY)
def pa03():
    d = "2013-06-11 08:57:36"
    body = ("Добрый день!\n\n"
            "Высылаю информацию Щорсской райгосадминистрации по плану «Открытое правительство» за I полугодие "
            "2013 г. (во вложении). Служебная почта временно не работает.\n\n"
            "С уважением,\nЛитвин С.А.\nглавный специалист отдела организационной работы аппарата Щорсской РГА\n"
            "тел. (04654) 2-12-77\n")
    root = multi("mixed", [
        text(body, cs="windows-1251", cte="base64"),
        attachment(att("pa03.xlsx"), "Щорс_ВУ_2013.xlsx", "2231", cs="windows-1251",
                   ctype="application/octet-stream"),
    ], "=_iua_51b6bc10_7f3a")
    return message([
        ("Received", received(d, "mx.i.ua", "198.51.100.77", "7C8D91C0D4", 4)),
        ("From", addr("Сергей Литвин", "s.lytvyn_shchors@i.ua", "windows-1251")),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("информация Щорс РГА", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<1370930256.5b3c.7f3a@i.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "I.UA Mail"),
    ], root)


KEY = {"class": "personal_address", "executor": "rda-koriukivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From a meta.ua box; the sender names «відділу організаційної роботи … апарату Корюківської районної державної адміністрації» in the genitive; the .odt numbers «п.1.», «п.6.», and has «п.9 — без змін», «п.10 — не проводилось».",
       "items": [{"measure": 1, "source": "Koriukivka_VU_2013.odt"},
                 {"measure": 6, "source": "Koriukivka_VU_2013.odt"},
                 {"measure": 7, "source": "Koriukivka_VU_2013.odt"},
                 {"measure": 12, "source": "Koriukivka_VU_2013.odt"}]}


@mail(KEY)
def pa04():
    d = "2013-12-13 13:41:05"
    body = ("Доброго дня!\n\n"
            "Надсилаю інформацію від відділу організаційної роботи та інформаційної діяльності апарату "
            "Корюківської районної державної адміністрації щодо виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади в області за II півріччя 2013 року "
            "(у вкладенні).\n\nПрошу підтвердити отримання.\n\nТ. Бойко\n")
    html = simple_html(body.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(body, cs="utf-8"), text(html, "html", cs="utf-8")], "----META-ALT-52aaf1d1"),
        attachment(att("pa04.odt"), "Koriukivka_VU_2013.odt"),
    ], "----META-MIX-52aaf1d1")
    return message([
        ("Received", received(d, "mail.meta.ua", "198.51.100.12", "9E0F11C0E7", 3)),
        ("Date", kdate(d)),
        ("From", addr("Тетяна Бойко", "tanya.boyko.kor@meta.ua")),
        ("To", "uvp@cg.ukrtel.net"),
        ("Subject", hdr_text("Корюківка - інформація", name="Subject")),
        ("Message-ID", "<52aaf1d1.3e8a.meta@meta.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "META.UA Mail"),
    ], root)


KEY = {"class": "personal_address", "executor": "gromrada", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The chair of Громадська рада writes from Gmail, names himself «голова Громадської ради при облдержадміністрації» and addresses УВП; the body reports the public discussion of the plan (15) and promises the resolution, the .rtf reports the web resource (3) and the forum (4).",
       "items": [{"measure": 3, "source": "GR_resurs_forum.rtf"},
                 {"measure": 4, "source": "GR_resurs_forum.rtf"},
                 {"measure": 15, "source": "body"}]}


@mail(KEY)
def pa05():
    d = "2013-10-02 18:40:22"
    plain = ("Шановні колеги з управління внутрішньої політики!\n\n"
             "Як голова Громадської ради при облдержадміністрації інформую: 27 вересня 2013 року Громадська "
             "рада спільно з регіональним координатором «Партнерства „Відкритий уряд“» провела громадське "
             "обговорення виконання заходів Плану з підвищення рівня відкритості та прозорості діяльності влади в "
             "області (38 учасників, у т.ч. представники 6 райдержадміністрацій). Резолюцію надішлемо після "
             "доопрацювання.\n\n"
             "Окремо надсилаю інформацію щодо веб-ресурсу «Чернігівська громада» та форуму (у вкладенні).\n\n"
             "З повагою,\nМикола Шевченко\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html_escape(p).replace("\n", "<br>")
                                        for p in plain.strip().split("\n\n")) + "</div>\n")
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="UTF-8"), text(html, "html", cs="UTF-8")], "001a11c2f0e8a4b7e704e7c7a1b2"),
        attachment(att("pa05.rtf"), "GR_resurs_forum.rtf", ctype="application/rtf",
                   extra=[("X-Attachment-Id", "f_hmbq3v2c0")]),
    ], "001a11c2f0e8a4b7e904e7c7a1b4")
    return message([
        ("Received", received(d, "mail-wg0-f41.google.com", "74.125.82.41", "B2C3D1C0F8", 2)),
        ("MIME-Version", "1.0"),
        ("Date", kdate(d)),
        ("Message-ID", "<CAM9rTq1dVx4Lk8NwZ3s0GhP7yB2eF5jC6aR1uT9oK4mX8iQ2nW@mail.gmail.com>"),
        ("Subject", hdr_text("Громадська рада: обговорення виконання Плану, веб-ресурс", "UTF-8", name="Subject")),
        ("From", addr("Микола Шевченко", "m.shevchenko.gr@gmail.com", "UTF-8")),
        ("To", "uvp@cg.ukrtel.net"),
    ], root)


# =======================================================================================
# mx — mixed: forwards, corrections, two attachments, Word HTML, mislabelled charsets


KEY = {"class": "mixed", "executor": "rda-talalaivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "УВП's own uvp-info box forwards as message/rfc822 a district's report that reached the old address on 14.12; the forward's Date (18.12) makes it late; the inner .xls has «Стан виконання» over «Виконано | Не виконано (причини)», and row 9's reason names what was not done.",
       "items": [{"measure": 1, "source": "Талалаївська РДА ВУ 2012.xls"},
                 {"measure": 6, "source": "Талалаївська РДА ВУ 2012.xls"},
                 {"measure": 7, "source": "Талалаївська РДА ВУ 2012.xls"},
                 {"measure": 9, "source": "Талалаївська РДА ВУ 2012.xls"}]}


@mail(KEY)
def mx01():
    d_in = "2012-12-14 15:40:12"
    d = "2012-12-18 10:12:33"
    inner_body = ("Надсилаємо інформацію Талалаївської РДА про виконання Плану заходів (додаток на 2 арк.).\n\n"
                  "Загальний відділ апарату Талалаївської РДА\nтел. (04634) 2-14-81\n")
    inner = message([
        ("Received", "from mail.example.gov.ua ([203.0.113.21])\n\tby mail.example.gov.ua with ESMTP id 5F3A2C; %s" % kdate(d_in, 2)),
        ("Message-ID", "<000901cdda05$4c2d1e80$0601a8c0@talal-org>"),
        ("From", addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "windows-1251")),
        ("To", "<uvp-info@example.gov.ua>"),
        ("Subject", hdr_text("Інформація ВУ", "windows-1251", name="Subject")),
        ("Date", kdate(d_in)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
    ], multi("mixed", [
        text(inner_body, cs="windows-1251"),
        attachment(att("mx01.xls"), "Талалаївська РДА ВУ 2012.xls", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0005_01CDDA16.4C2D1E80", preamble="This is a multi-part message in MIME format."))
    plain = ("Добрий день!\n\n"
             "Пересилаю лист Талалаївської РДА, що надійшов 14.12.2012 на скриньку uvp-info (вони писали на "
             "стару адресу). Прошу врахувати у зведеній інформації.\n\n"
             "Н. Кравець\nсектор взаємодії з громадськими організаціями УВП\n")
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0061_01CDDD03.1B2C3D40"),
        rfc822(inner, extra=[("Content-Disposition", "attachment")]),
    ], "----=_NextPart_000_0060_01CDDD03.1B2C3D40", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.20", "D4E5F1C0A1", 3)),
        ("From", addr("Наталія Кравець", "uvp-info@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("FW: Інформація ВУ", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<006001cddcf2$1b2c3d40$51846bc0$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3c8hssPUCv5NnTQ9aYXyP0t2r1vQ=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-kulykivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A late correction quoting the earlier report under «-----Original Message-----» (its п. 10 row wrongly described an expertise); the new text answers п. 12 and has a bare «п. 10 — не проводилось», and the corrected .xls repeats 1, 6, 7, 9, 12 with «—» for 10.",
       "items": [{"measure": 1, "source": "Куликівська РДА_уточнена.xls"},
                 {"measure": 6, "source": "Куликівська РДА_уточнена.xls"},
                 {"measure": 7, "source": "Куликівська РДА_уточнена.xls"},
                 {"measure": 9, "source": "Куликівська РДА_уточнена.xls"},
                 {"measure": 12, "source": "body"},
                 {"measure": 12, "source": "Куликівська РДА_уточнена.xls"}]}


@mail(KEY)
def mx02():
    d = "2013-06-18 11:25:48"
    new = ("Уточнення до листа від 14.06.2013 № 01-12/845.\n\n"
           "У попередньому листі в рядку п. 10 помилково наведено інформацію, яка стосується п. 12. Правильно:\n\n"
           "п. 12 — громадська антикорупційна експертиза проекту рішення районної ради «Про районну програму "
           "підтримки малого підприємництва» проведена ГО «Куликівський громадський контроль» (висновок від "
           "03.06.2013), зауваження враховано.\n"
           "п. 10 — не проводилось.\n\n"
           "Уточнена таблиця — у вкладенні.\n\n"
           "Загальний відділ апарату Куликівської РДА\nтел. (04643) 2-11-30\n")
    old = ("Інформація Куликівської РДА про виконання Плану заходів за I півріччя 2013 р.:\n\n"
           "п. 1 — на офіційному веб-сайті райдержадміністрації оновлено розділи «Публічна інформація», "
           "«Регуляторна політика»; розміщено 156 матеріалів.\n"
           "п. 6 — проведено громадське обговорення проекту Програми розвитку освіти району на 2013–2016 рр. "
           "(15.03.2013) та зустріч з жителями смт Куликівка щодо вуличного освітлення (24.04.2013).\n"
           "п. 7 — голову громадської ради при РДА включено до складу районної координаційної ради з питань "
           "розвитку підприємництва.\n"
           "п. 9 — члени громадської ради взяли участь в обговоренні проекту Програми розвитку освіти району.\n"
           "п. 10 — громадська антикорупційна експертиза проекту рішення районної ради «Про районну програму "
           "підтримки малого підприємництва» проведена ГО «Куликівський громадський контроль».\n"
           "п. 12 — —\n\n"
           "Загальний відділ апарату Куликівської РДА\n")
    head = ("-----Original Message-----\n"
            "From: Куликівська РДА [mailto:rda-kulykivka@example.gov.ua] \n"
            "Sent: Friday, June 14, 2013 4:12 PM\n"
            "To: uvp@cg.ukrtel.net\n"
            "Subject: Інформація Куликівської РДА (лист 01-12/845)\n\n")
    plain = new + "\n" + head + old
    html = mso_html(new.strip().split("\n\n") + [
        "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
        "<b>From:</b> Куликівська РДА [mailto:rda-kulykivka@example.gov.ua] <br><b>Sent:</b> Friday, June 14, 2013 4:12 PM<br>"
        "<b>To:</b> uvp@cg.ukrtel.net<br><b>Subject:</b> Інформація Куликівської РДА (лист 01-12/845)<o:p></o:p></p></div></div>"]
        + old.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0090_01CE6C1A.3E4F5A60"),
        attachment(att("mx02.xls"), "Куликівська РДА_уточнена.xls", "b", cs="windows-1251"),
    ], "----=_NextPart_000_008F_01CE6C1A.3E4F5A60", preamble="This is a multipart message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "F8A9B1C0B8", 5)),
        ("From", addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Уточнення: Інформація Куликівської РДА (лист 01-12/845)", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<008e01ce6c09$3e4f5a60$baedc820$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5sCT5PWmDq3m7IQkOg8Vt2Z0cR0g=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-nosivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Two attachments that disagree: the covering .doc lists «пунктів 1, 6, 7, 9, 10, 12 … (таблиця додається)» and separately reports the working group on openness (10), while the .xls table has «—» for 10 and answers 1, 6, 7, 9 and 12 (expertises not held).",
       "items": [{"measure": 1, "source": "Таблиця ВУ.xls"},
                 {"measure": 6, "source": "Таблиця ВУ.xls"},
                 {"measure": 7, "source": "Таблиця ВУ.xls"},
                 {"measure": 9, "source": "Таблиця ВУ.xls"},
                 {"measure": 10, "source": "Супровідний лист.doc"},
                 {"measure": 12, "source": "Таблиця ВУ.xls"}]}


@mail(KEY)
def mx03():
    d = "2013-12-16 15:02:11"
    plain = "Надсилаємо інформацію Носівської РДА: супровідний лист та таблиця.\n\nЗагальний відділ\n"
    html = mso_html(plain.strip().split("\n\n"))
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0015_01CEFA7B.0C1D2E30"),
        attachment(att("mx03a.doc"), "Супровідний лист.doc", "b", cs="windows-1251"),
        attachment(att("mx03.xls"), "Таблиця ВУ.xls", "b", cs="windows-1251"),
    ], "----=_NextPart_000_0014_01CEFA7B.0C1D2E30", preamble="This is a multi-part message in MIME format.")
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "1B2C31C0C3", 4)),
        ("From", addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Носівська РДА ВУ", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<001301cefa6a$0c1d2e30$24578890$@gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac76agwdLjBj7U2oTgW8qP3n4wZpXw=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-ripky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Word HTML with an inline logo (multipart/related) whose table has «№ з/п» beside «Пункт Плану»; the plain twin is labelled koi8-r though its bytes are windows-1251 (the HTML twin is labelled right); rows 9 and 12 are «х» and «немає».",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail(KEY)
def mx04():
    d = "2013-06-05 14:18:57"
    rows = [
        ("1", "1", "Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог законодавства: "
                   "створено розділ «Відкритий уряд», оприлюднюються проекти розпоряджень голови РДА та звіти "
                   "про роботу зі зверненнями."),
        ("2", "6", "Проведено громадські слухання щодо проекту Програми розвитку туризму в Ріпкинському районі "
                   "(21.03.2013) та зустрічі з жителями смт Ріпки і с. Церковище щодо благоустрою."),
        ("3", "7", "До складу районної комісії з питань захисту прав дитини та ради з питань підприємництва "
                   "включено представників громадської ради при РДА."),
        ("4", "9", "х"),
        ("5", "10", "Громадській раді при РДА рекомендовано створити комісію з питань відкритості та прозорості; "
                    "комісію утворено 14.03.2013."),
        ("6", "12", "немає"),
    ]
    intro = ("Добрий день!\n\nІнформація Ріпкинської райдержадміністрації про виконання Плану заходів з підвищення "
             "рівня відкритості та прозорості діяльності виконавчої влади в області (I півріччя 2013 р.):")
    sig = "З повагою\nВідділ організаційної роботи апарату Ріпкинської РДА\nтел. (04641) 2-17-35"
    plain = (intro + "\n\n" + "№ з/п\tПункт Плану\tІнформація про виконання\n"
             + "".join("%s\t%s\t%s\n" % r for r in rows) + "\n" + sig + "\n")
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
             "<tr><td width=50 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>№ з/п<o:p></o:p></b></p></td>"
             "<td width=70 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal><b>Пункт Плану<o:p></o:p></b></p></td>"
             "<td width=450 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt'><p class=MsoNormal><b>Інформація про виконання<o:p></o:p></b></p></td></tr>\n"
             + "".join("<tr><td width=50 valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>"
                       "<td width=70 valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>"
                       "<td width=450 valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td></tr>\n"
                       % (a, b, html_escape(c)) for a, b, c in rows)
             + "</table>")
    logo = "<p class=MsoNormal><img width=48 height=48 id=\"Picture_x0020_1\" src=\"cid:image001.png@01CE61F2.8E4D2A10\" alt=\"Герб\"><o:p></o:p></p>"
    html = mso_html([logo] + intro.split("\n\n") + [table, "<p class=MsoNormal><o:p>&nbsp;</o:p></p>", sig])
    root = multi("related", [
        multi("alternative", [text(plain, cs="windows-1251", label="koi8-r"),
                              text(html, "html", cs="windows-1251")],
              "----=_NextPart_001_0024_01CE61F2.8E4D2A10"),
        attachment(png_logo(), "image001.png", disp="inline", cid="image001.png@01CE61F2.8E4D2A10"),
    ], "----=_NextPart_000_0023_01CE61F2.8E4D2A10", preamble="This is a multipart message in MIME format.",
        extra=[])
    root.headers[0] = ("Content-Type", 'multipart/related;\n boundary="----=_NextPart_000_0023_01CE61F2.8E4D2A10";\n type="multipart/alternative"')
    return message([
        ("Received", received(d, "mail.example.gov.ua", "203.0.113.21", "3D4E51C0D6", 3)),
        ("From", addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "windows-1251")),
        ("To", "<uvp@cg.ukrtel.net>"),
        ("Subject", hdr_text("Ріпкинська РДА - інформація про виконання Плану заходів", "windows-1251", name="Subject")),
        ("Date", kdate(d)),
        ("Message-ID", "<002201ce61e1$8e4d2a10$aae77e30$@example.gov.ua>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac5h4Y5NKhAq8kQ2Q2Cj1Y0bU7xJ5w=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-sosnytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An inline «Forwarded message» of the office's own bounced report: the new text adds п. 10, the forwarded text (never delivered before) answers п. 12 and hands пп. 1, 6, 7, 9 to the re-attached .ods, which answers them.",
       "items": [{"measure": 1, "source": "Sosnytsia_VU.ods"},
                 {"measure": 6, "source": "Sosnytsia_VU.ods"},
                 {"measure": 7, "source": "Sosnytsia_VU.ods"},
                 {"measure": 9, "source": "Sosnytsia_VU.ods"},
                 {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def mx05():
    d = "2012-12-06 11:44:09"
    plain = ("Повторно надсилаємо інформацію Сосницької РДА — попередній лист від 04.12 повернувся (помилка в "
             "адресі).\n\n"
             "Доповнюємо: за п. 10 — громадській раді при райдержадміністрації рекомендовано утворити робочу групу "
             "з питань відкритості та прозорості (лист від 30.11.2012 № 01-14/1822), робочу групу утворено на "
             "засіданні громадської ради 05.12.2012.\n\n"
             "---------- Forwarded message ----------\n"
             "From: Сосницька РДА <rda-sosnytsia@example.gov.ua>\n"
             "Date: 2012/12/4\n"
             "Subject: Інформація Сосницької РДА (Відкритий уряд)\n"
             "To: uvp@cg.ukrtel.net.ua\n\n\n"
             "Інформація Сосницької РДА про виконання Плану заходів:\n\n"
             "п. 12 — громадська експертиза діяльності відділу містобудування та архітектури РДА проведена ГО "
             "«Сосниця — наш дім», розроблено та затверджено заходи з реалізації її пропозицій (розпорядження від "
             "26.11.2012 № 318).\n\n"
             "По пп. 1, 6, 7, 9 — див. таблицю у вкладенні.\n\n"
             "--\nЗагальний відділ Сосницької РДА\nтел. (04655) 2-13-64\n")
    parts = plain.split("---------- Forwarded message ----------\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html_escape(p).replace("\n", "<br>")
                                        for p in parts[0].strip().split("\n\n"))
            + '<div class="gmail_quote">---------- Forwarded message ----------<br>'
            + html_escape(parts[1]).replace("\n", "<br>\n") + "</div></div>\n")
    root = multi("mixed", [
        multi("alternative", [text(plain, cs="UTF-8"), text(html, "html", cs="UTF-8")], "e89a8f3ba7c5a1d2e704d0280a11"),
        attachment(att("mx05.ods"), "Sosnytsia_VU.ods", extra=[("X-Attachment-Id", "f_hadx3q1e0")]),
    ], "e89a8f3ba7c5a1d2eb04d0280a13")
    return message([
        ("Received", received(d, "mail-bk0-f44.google.com", "209.85.214.44", "5F6A71C0E2", 3)),
        ("MIME-Version", "1.0"),
        ("Sender", "sosnytsia.rda@gmail.com"),
        ("Date", kdate(d)),
        ("Message-ID", "<CAJ3pQe5v1Wz0aKx7mB4nR8sT2cY6dF9hL1oU3iE5gN7bX0qA2w@mail.gmail.com>"),
        ("Subject", hdr_text("Fwd: Інформація Сосницької РДА (Відкритий уряд)", "UTF-8", name="Subject")),
        ("From", addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "UTF-8")),
        ("To", "uvp@cg.ukrtel.net"),
    ], root)


# =======================================================================================
# Checks and output


def plan_ids():
    """Executor ids from plan.toml when it is there (tomllib: Python 3.11+), else the list above."""
    path = "/work/main/config/plan.toml"
    try:
        import tomllib
        with open(path, "rb") as f:
            plan = tomllib.load(f)
    except Exception:
        return set(EXECUTORS), {a for a in REGISTERED.values()}
    ids = {e["id"] for e in plan["executor"]}
    emails = {a.lower() for e in plan["executor"] for a in e.get("emails", [])}
    assert [d["date"] for d in plan["deadline"]] == DEADLINES, "deadlines differ from plan.toml"
    assert plan["plan"]["approved"] == APPROVED and plan["plan"]["grace_days"] == GRACE_DAYS
    return ids, emails


def walk_names(msg):
    """Decoded file names of every part (also inside message/rfc822), and whether there is
    top-level text."""
    names = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn:
            names.append(str(email.header.make_header(email.header.decode_header(fn))))
    return names


def top_text(msg):
    """Is there top-level text (outside attachments and forwarded messages)?"""
    def rec(p):
        if p.get_content_type() == "message/rfc822":
            return False
        if p.is_multipart():
            return any(rec(c) for c in p.get_payload())
        return p.get_content_maintype() == "text" and p.get_content_type() != "text/calendar" \
            and not p.get_filename() and p.get_content_disposition() != "attachment"
    return rec(msg)


def check(name, key, raw, ids, emails):
    errs = []
    prefix = name[:2]
    if CLASSES.get(prefix) != key["class"]:
        errs.append("class %r does not match prefix %r" % (key["class"], prefix))
    if key["executor"] not in ids:
        errs.append("executor %r is not a plan.toml id" % key["executor"])
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None:
        errs.append("a report has kind 'report' and reason null")
    elif not key["items"]:
        errs.append("a report with no items")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(set(items)):
        errs.append("items not sorted by (measure, source) or not unique")
    if any(not (1 <= m <= 15) for m, _ in items):
        errs.append("measure outside 1..15")
    if not key.get("note"):
        errs.append("no note")
    # line ends and lengths
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("line ends are not CRLF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        errs.append("a line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg["To"] is None or MAILBOX not in str(msg["To"]):
        errs.append("To is not %s" % MAILBOX)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[h] is None:
            errs.append("no %s header" % h)
    if not raw.startswith(b"Received:"):
        errs.append("Received is not the top header")
    # period and late from Date, in Kyiv
    date = email.utils.parsedate_to_datetime(msg["Date"])
    local = to_kyiv(date)
    try:
        from zoneinfo import ZoneInfo
        for zname in ("Europe/Kyiv", "Europe/Kiev"):
            try:
                z = ZoneInfo(zname)
                break
            except Exception:
                z = None
        if z is not None and date.astimezone(z).replace(tzinfo=None) != local:
            errs.append("Kyiv time differs from zoneinfo")
    except ImportError:
        pass
    if not (_dt.date(2012, 1, 1) <= local.date() <= _dt.date(2013, 12, 31)):
        errs.append("Date outside 2012-2013")
    if date.utcoffset() != _dt.timedelta(hours=kyiv_offset(date.astimezone(_dt.timezone.utc).replace(tzinfo=None))):
        errs.append("Date is not written in Kyiv time")
    p, late = period_of(local.date())
    if (p, late) != (key["period"], key["late"]):
        errs.append("period/late %r/%r but Date gives %r/%r" % (key["period"], key["late"], p, late))
    rcv = email.utils.parsedate_to_datetime(str(msg["Received"]).rsplit(";", 1)[1].strip())
    gap = (rcv - date).total_seconds()
    if not (0 < gap <= 60) or to_kyiv(rcv).date() != local.date():
        errs.append("Received is not a few seconds after Date on the same Kyiv day")
    # sender
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    dom = frm.split("@")[1]
    if dom.startswith("example.") and frm not in emails:
        errs.append("From %s looks registered but is not in plan.toml" % frm)
    if frm == MAILBOX:
        errs.append("From is the mailbox itself")
    # sources
    names = walk_names(msg)
    for m, src in items:
        if src == "body":
            if not top_text(msg):
                errs.append("item from body but the mail has no top-level text")
        elif src not in names:
            errs.append("source %r is not an attachment of the mail (%r)" % (src, names))
    for part in msg.walk():
        if part.get_filename() and not part.is_multipart() and part.get_content_type() != "message/rfc822":
            if len(part.get_payload(decode=True)) >= 60 * 1024:
                errs.append("attachment %s is 60 KB or more" % part.get_filename())
    return errs


def main():
    ids, emails = plan_ids()
    problems = 0
    seen = set()
    totals = {"by_source": {}, "by_measure": {}, "periods": {}, "executors": set(), "body": 0, "att": 0}
    for name, key, fn in MAILS:
        if name in seen:
            sys.exit("duplicate mail name " + name)
        seen.add(name)
        lf = fn()
        if b"\r" in lf:
            sys.exit(name + ": CR inside the LF text")
        raw = lf.replace(b"\n", b"\r\n")
        errs = check(name, key, raw, ids, emails)
        for e in errs:
            print("%s: %s" % (name, e))
        problems += len(errs)
        with open(os.path.join(ROOT, name + ".eml"), "wb") as f:
            f.write(raw)
        out = {k: key[k] for k in ("class", "executor", "period", "late", "kind", "reason", "note", "items")}
        with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        totals["periods"][key["period"]] = totals["periods"].get(key["period"], 0) + 1
        totals["executors"].add(key["executor"])
        for it in key["items"]:
            kind = "body" if it["source"] == "body" else os.path.splitext(it["source"])[1].lower()
            totals["by_source"][kind] = totals["by_source"].get(kind, 0) + 1
            totals["by_measure"][it["measure"]] = totals["by_measure"].get(it["measure"], 0) + 1
    # corpus-wide rules
    per_class = {}
    for name, key, _ in MAILS:
        per_class[key["class"]] = per_class.get(key["class"], 0) + 1
    if len(MAILS) != 40 or any(per_class.get(c, 0) != 5 for c in CLASSES.values()):
        print("corpus: need 40 mails, 5 per class; have %r" % per_class)
        problems += 1
    missing = [m for m in range(1, 16) if m not in totals["by_measure"]]
    if missing:
        print("corpus: measures never reported: %r" % missing)
        problems += 1
    n_items = sum(totals["by_measure"].values())
    print("mails %d, items %d" % (len(MAILS), n_items))
    print("items by source: %s" % ", ".join("%s %d" % kv for kv in sorted(totals["by_source"].items())))
    print("items by measure: %s" % ", ".join("%d: %d" % kv for kv in sorted(totals["by_measure"].items())))
    print("mails by period: %s" % ", ".join("%s: %d" % kv for kv in sorted(totals["periods"].items())))
    print("executors: %d distinct" % len(totals["executors"]))
    if problems:
        sys.exit("%d problem(s)" % problems)
    print("all keys check out")


if __name__ == "__main__":
    main()
