#!/usr/bin/env python3
"""Build the «grid» corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Theme: the report as a spreadsheet or table in every shape offices make.

Run:  python3 make.py          (writes NAME.eml and NAME.expected.json beside this file)

Python 3 standard library only.  Office attachments live in ./attachments; each was written
once as HTML (documents) or a flat OpenDocument spreadsheet (.fods, sheets) in
/tmp/grid-work/src and converted with
  soffice --headless -env:UserInstallation=file:///tmp/grid-work/lo --convert-to ...
The converted files are kept and reused, so the run is reproducible; soffice is only called
when a converted file is missing.

Each mail's KEY literal stands directly above its builder and was written before its text.
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
import email
import email.header
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SCRATCH = "/tmp/grid-work"
PLAN_TOML = "/work/main/config/plan.toml"
MAILBOX = "uvp@cg.ukrtel.net"
CRLF = "\r\n"

# ----------------------------------------------------------------------------------------
# The plan, as far as the builders and the checks need it
# ----------------------------------------------------------------------------------------

APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3

EXECUTOR_IDS = """uvp gromrada zvernennia cppk ogp-coordinator su-osvita su-zdorovia su-kultura
su-sotszakhyst su-simia su-apk su-finansy su-ekonomika su-zhkh su-kapbud su-ekolohiia su-arkhiv
su-mistobuduvannia su-sluzhba-ditei rda-bakhmach rda-bobrovytsia rda-borzna rda-varva
rda-horodnia rda-ichnia rda-kozelets rda-korop rda-koriukivka rda-kulykivka rda-mena rda-nizhyn
rda-novhorod-siverskyi rda-nosivka rda-pryluky rda-ripky rda-semenivka rda-sosnytsia rda-sribne
rda-talalaivka rda-chernihiv rda-shchors""".split()

OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

MEASURE_TEXT = {
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

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# ----------------------------------------------------------------------------------------
# Time: Europe/Kyiv
# ----------------------------------------------------------------------------------------

try:
    from zoneinfo import ZoneInfo
    try:
        KYIV = ZoneInfo("Europe/Kyiv")
    except Exception:
        KYIV = ZoneInfo("Europe/Kiev")
except Exception:  # pragma: no cover - no tz database: EU rule by hand (Ukraine 2012-2013)
    KYIV = None


def _last_sunday(year, month):
    d = dt.date(year, month, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def kyiv_offset(naive):
    """UTC offset (timedelta) of a naive Kyiv wall-clock time."""
    if KYIV is not None:
        return naive.replace(tzinfo=KYIV).utcoffset()
    y = naive.year
    start = dt.datetime.combine(_last_sunday(y, 3), dt.time(3))
    end = dt.datetime.combine(_last_sunday(y, 10), dt.time(4))
    return dt.timedelta(hours=3 if start <= naive < end else 2)


def to_kyiv(aware):
    if KYIV is not None:
        return aware.astimezone(KYIV)
    utc = aware.astimezone(dt.timezone.utc).replace(tzinfo=None)
    for h in (3, 2):
        naive = utc + dt.timedelta(hours=h)
        if kyiv_offset(naive) == dt.timedelta(hours=h):
            return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=h)))
    return (utc + dt.timedelta(hours=2)).replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def local(s):
    """'2012-12-11 09:42:17' (Kyiv wall clock) -> aware datetime."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    BND_YEAR[0] = naive.year
    return naive.replace(tzinfo=dt.timezone(kyiv_offset(naive)))


def rfc2822(aware, utc=False, zone_comment=False):
    if utc:
        aware = aware.astimezone(dt.timezone.utc)
    off = aware.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[aware.weekday()], aware.day, MONTHS[aware.month - 1], aware.year,
        aware.hour, aware.minute, aware.second, sign, mins // 60, mins % 60)
    if zone_comment:
        s += " (%s)" % ({0: "UTC", 120: "EET", 180: "EEST"}.get(int(off.total_seconds() // 60), "UTC"))
    return s


def period_of(kdate):
    start = APPROVED
    for i, dl in enumerate(DEADLINES, 1):
        if start <= kdate <= dl:
            return i, False
        if dl < kdate <= dl + dt.timedelta(days=GRACE_DAYS):
            return i, True
        start = dl + dt.timedelta(days=1)
    return None, None


UA_MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                 "вересня", "жовтня", "листопада", "грудня"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]

# ----------------------------------------------------------------------------------------
# MIME building (by hand: every byte is as a given client writes it)
# ----------------------------------------------------------------------------------------


def enc_words(text, charset="utf-8", mode="B", single=False):
    """RFC 2047 encoded words, each at most 75 characters, folded with CRLF SP."""
    if all(ord(c) < 128 for c in text) and "=?" not in text:
        return text
    words, cur = [], ""

    def word(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

    # break between words (a space stays inside the word before the break); a word too
    # long for one encoded word is cut between characters
    if single:  # a display name: one word, as most clients write a short name
        return word(text)
    for tok in re.findall(r"\S+\s*|\s+", text):
        if cur and len(word(cur + tok)) > 75:
            words.append(word(cur))
            cur = ""
        for ch in tok:
            if cur and len(word(cur + ch)) > 75:
                words.append(word(cur))
                cur = ch
            else:
                cur += ch
    if cur:
        words.append(word(cur))
    return (CRLF + " ").join(words)


def addr(name, mail, charset="utf-8", mode="B", quote=False):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r"[^A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]", name):
            name = '"%s"' % name
        return "%s <%s>" % (name, mail)
    w = enc_words(name, charset, mode, single=True)
    if quote:
        w = '"%s"' % w
    return "%s <%s>" % (w, mail)


def fold(name, value):
    """Fold a long unstructured header value at spaces (only for ASCII values)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\r\n" in value:
        return line
    out, cur = [], ""
    for tok in re.split(r"(?<=[;,]) ", line):
        if cur and len(cur) + 1 + len(tok) > 76:
            out.append(cur)
            cur = "\t" + tok
        else:
            cur = (cur + " " + tok) if cur else tok
    out.append(cur)
    return CRLF.join(out)


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


def qp_encode(data):
    """Quoted-printable of text bytes with LF line ends -> str with CRLF line ends."""
    data = data.replace(b"\r\n", b"\n")
    enc = quopri.encodestring(data, quotetabs=False)
    return enc.decode("ascii").replace("\n", CRLF)


def text_bytes(text, charset):
    return text.replace("\r\n", "\n").encode(charset)


class Part:
    """A MIME part.  Leaf: ctype + payload.  Multipart: ctype multipart/* + parts."""

    def __init__(self, ctype, payload=b"", cte=None, params=(), headers=(), parts=None,
                 boundary=None, preamble=None, ctype_fold=False):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.params = list(params)
        self.headers = list(headers)
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.ctype_fold = ctype_fold

    def header_lines(self):
        ct = self.ctype
        ps = list(self.params)
        if self.parts is not None:
            ps.append('boundary="%s"' % self.boundary)
        if ps:
            if self.ctype_fold:
                ct = ct + ";" + "".join(CRLF + "\t" + p + (";" if i < len(ps) - 1 else "")
                                        for i, p in enumerate(ps))
            else:
                ct = ct + "; " + "; ".join(ps)
        lines = ["Content-Type: " + ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        lines.extend(self.headers)
        return lines

    def body(self):
        if self.parts is not None:
            out = []
            if self.preamble is not None:
                out.append(self.preamble + CRLF)
            for p in self.parts:
                out.append("--" + self.boundary + CRLF)
                out.append(p.render())
                out.append(CRLF)
            out.append("--" + self.boundary + "--" + CRLF)
            return "".join(out)
        data = self.payload
        if isinstance(data, str):
            data = data.encode("utf-8")
        if self.cte == "base64":
            return b64_lines(data) + CRLF
        if self.cte == "quoted-printable":
            s = qp_encode(data)
            return s if s.endswith(CRLF) else s + CRLF
        # 7bit / 8bit / binary-free text: keep bytes, CRLF line ends
        s = data.replace(b"\r\n", b"\n").decode("latin-1").replace("\n", CRLF)
        return s if s.endswith(CRLF) else s + CRLF

    def render(self):
        return CRLF.join(self.header_lines()) + CRLF + CRLF + self.body()


KOI_SUBST = {"№": "N", "«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "—": "-", "–": "-",
             "’": "'", "ʼ": "'", "•": "*", "…": "..."}


def koi(text):
    """What a KOI8 client makes of characters KOI8 does not have: the clerk types N, "", -."""
    return "".join(KOI_SUBST.get(c, c) for c in text)


def text_part(text, charset="windows-1251", cte="quoted-printable", subtype="plain",
              extra_params=(), headers=(), declared=None):
    """declared: the charset the label claims (for mislabelled parts)."""
    if charset.lower().startswith("koi8"):
        text = koi(text)
    params = ['charset="%s"' % (declared or charset)] + list(extra_params)
    return Part("text/" + subtype, text_bytes(text, charset), cte, params, headers)


def fname_params(name, style, charset="utf-8", param="filename"):
    """How clients write a non-ASCII file name in a header parameter."""
    if style == "ascii":
        return ['%s="%s"' % (param, name)]
    if style in ("2047b", "2047q"):
        w = enc_words(name, charset, "B" if style == "2047b" else "Q")
        return ['%s="%s"' % (param, w)]
    if style in ("2231", "2231c"):
        raw = name.encode(charset)
        pct = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-._~" else "%%%02X" % b
                      for b in raw)
        if style == "2231":
            return ["%s*=%s''%s" % (param, charset, pct)]
        # continuations, cut between escapes
        chunks, cur = [], ""
        i = 0
        while i < len(pct):
            tok = pct[i:i + 3] if pct[i] == "%" else pct[i]
            if len(cur) + len(tok) > 40:
                chunks.append(cur)
                cur = ""
            cur += tok
            i += len(tok)
        if cur:
            chunks.append(cur)
        out = []
        for n, c in enumerate(chunks):
            if n == 0:
                out.append("%s*0*=%s''%s" % (param, charset, c))
            else:
                out.append("%s*%d*=%s" % (param, n, c))
        return out
    raise ValueError(style)


def attach(name, data, ctype, style="2047b", charset="utf-8", name_style=None,
           cte="base64", disposition="attachment", extra=(), size=False, dates=None):
    """An attachment part.  name_style: how Content-Type's name= is written (None: like
    filename; 'none': omitted)."""
    ns = name_style or style
    params = [] if ns == "none" else fname_params(name, ns, charset, "name")
    disp = fname_params(name, style, charset, "filename")
    if size:
        disp.append("size=%d" % len(data))
    if dates:
        disp.extend(dates)
    dh = "Content-Disposition: " + disposition + ";" + "".join(
        CRLF + "\t" + p + (";" if i < len(disp) - 1 else "") for i, p in enumerate(disp))
    return Part(ctype, data, cte, params, [dh] + list(extra), ctype_fold=True)


def multipart(sub, parts, boundary, preamble=None, params=()):
    return Part("multipart/" + sub, parts=parts, boundary=boundary, preamble=preamble,
                params=params, ctype_fold=True)


def message(headers, root):
    """headers: list of 'Name: value' lines (already encoded); root: Part."""
    lines = list(headers) + ["MIME-Version: 1.0"] if not any(
        h.lower().startswith("mime-version:") for h in headers) else list(headers)
    return (CRLF.join(lines + root.header_lines()) + CRLF + CRLF + root.body()).encode("latin-1")


# ----------------------------------------------------------------------------------------
# Client flavour: Message-ID, X-Mailer, Received
# ----------------------------------------------------------------------------------------

RND = random.Random()


def seed(name):
    RND.seed("grid/" + name)


def hexs(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return hexs(n).upper()


def alnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RND.choice(alphabet) for _ in range(n))


def msgid(client, domain, when):
    ts = int(when.timestamp())
    hi = "01cd" if when.year == 2012 else "01ce"
    if client in ("outlook2007", "outlook2010", "outlook2007ru", "outlook2010ru"):
        return "<00%s%s%s$%s$%s$@%s>" % (hexs(2), hi, hexs(4), hexs(8), hexs(8), domain)
    if client in ("outlook2003", "outlook2003ru"):
        return "<00%s%s%s$%s$%s@%s>" % (hexs(2), hi, hexs(4), hexs(8), "6501a8c0", domain)
    if client == "oe":
        return "<00%s%s%s$%s$%s@%s>" % (hexs(2), hi, hexs(4), hexs(8), "0201a8c0", "pc-" + alnum(6))
    if client in ("thunderbird", "thunderbird16"):
        return "<%08X.%d@%s>" % (ts, RND.randint(1000000, 9999999), domain)
    if client == "thebat":
        return "<%d.%s@%s>" % (RND.randint(10 ** 8, 10 ** 9 - 1), when.strftime("%Y%m%d%H%M%S"), domain)
    if client == "opera":
        return "<op.w%s@%s>" % (alnum(9), "pc-" + alnum(5))
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (HEXS(8), HEXS(4), HEXS(4), HEXS(4), HEXS(12), domain)
    if client == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (HEXS(8), HEXS(4), HEXS(4), HEXS(4), HEXS(12), domain)
    if client == "roundcube":
        return "<%s@%s>" % (hexs(32), "mail." + domain.split("@")[-1])
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    if client == "ukrnet":
        return "<%d.%d.%s@frv%d.ukr.net>" % (ts, RND.randint(10 ** 8, 10 ** 9 - 1), alnum(8), RND.randint(30, 99))
    if client == "iua":
        return "<%s.%d@i.ua>" % (hexs(20), ts)
    if client == "metaua":
        return "<%d.%s@webmail.meta.ua>" % (ts, hexs(12))
    if client == "cdo":
        return "<%s@%s>" % (HEXS(32), "doc-srv." + domain)
    raise ValueError(client)


MAILERS = {
    "outlook2003": ["X-Mailer: Microsoft Office Outlook 11", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5931", "Thread-Index: %TI%"],
    "outlook2003ru": ["X-Mailer: Microsoft Office Outlook 11", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512", "Thread-Index: %TI%"],
    "outlook2007": ["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: %TI%", "Content-Language: uk"],
    "outlook2007ru": ["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: %TI%", "Content-Language: ru"],
    "outlook2010": ["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: %TI%", "Content-Language: uk"],
    "oe": ["X-Priority: 3", "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.5931", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"],
    "thunderbird": ["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"],
    "thunderbird16": ["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"],
    "thebat": ["X-Mailer: The Bat! (v4.2.44.2) Professional", "X-Priority: 3 (Normal)"],
    "opera": ["User-Agent: Opera Mail/12.12 (Win32)"],
    "apple": ["X-Mailer: Apple Mail (2.1510)"],
    "iphone": ["X-Mailer: iPhone Mail (10B329)"],
    "roundcube": ["User-Agent: Roundcube Webmail/0.9.5"],
    "gmail": [],
    "ukrnet": ["X-Mailer: FREEMAIL.UKR.NET"],
    "iua": ["X-Mailer: I.UA Mail"],
    "metaua": ["X-Mailer: META.UA WebMail"],
    "cdo": ["X-Mailer: Microsoft CDO for Windows 2000", "Content-Class: urn:content-classes:message", "Importance: normal", "Priority: normal", "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609"],
}

RELAYS = {
    "example.gov.ua": ("mail.example.gov.ua", "198.51.100.%d"),
    "example.org.ua": ("smtp.example.org.ua", "203.0.113.%d"),
    "gmail.com": ("mail-bk0-f%d.google.com", "209.85.214.%d"),
    "ukr.net": ("frv%d.fwdcdn.com", "212.42.77.%d"),
    "i.ua": ("mx%d.i.ua", "91.198.36.%d"),
    "meta.ua": ("mail%d.meta.ua", "194.0.131.%d"),
}


def received_lines(sender, date_aware, delay):
    dom = sender.split("@")[1]
    host, ipfmt = RELAYS[dom]
    if "%d" in host:
        host = host % RND.randint(2, 60)
    ip = ipfmt % RND.randint(10, 250)
    when = date_aware + dt.timedelta(seconds=delay)
    top = ("Received: from %s (%s [%s])" % (host, host, ip) + CRLF +
           "\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s" % HEXS(10) + CRLF +
           "\tfor <%s>; %s" % (MAILBOX, rfc2822(when, zone_comment=True)))
    lines = [top]
    if dom not in ("example.gov.ua", "example.org.ua"):
        return lines
    inner = date_aware + dt.timedelta(seconds=max(1, delay // 3))
    lines.append("Received: from [192.168.%d.%d] (unknown [10.10.%d.%d])" % (
        RND.randint(0, 9), RND.randint(2, 200), RND.randint(0, 9), RND.randint(2, 200)) + CRLF +
        "\tby %s (Postfix) with ESMTPA id %s;" % (host, HEXS(9)) + CRLF +
        "\t%s" % rfc2822(inner))
    return lines


def thread_index():
    return "Ac" + base64.b64encode(bytes(RND.randrange(256) for _ in range(21))).decode()[:-2] + "=="


def headers(client, frm_name, frm_addr, subject, when, *, charset="windows-1251", mode="B",
            to=None, cc=None, in_reply_to=None, references=None, date_utc=False, extra=(),
            delay=None, quote_name=False, mid=None, to_name=None, received=True):
    """Top-level header lines.  subject/from names are RFC 2047 encoded with charset/mode."""
    dom = frm_addr.split("@")[1]
    delay = delay if delay is not None else RND.randint(3, 40)
    h = received_lines(frm_addr, when, delay) if received else []
    mid = mid or msgid(client, dom, when)
    h.append("Message-ID: " + mid)
    h.append("Date: " + rfc2822(when, utc=date_utc))
    h.append("From: " + addr(frm_name, frm_addr, charset, mode, quote_name))
    h.append("To: " + (to or (addr(to_name, MAILBOX, charset, mode) if to_name else MAILBOX)))
    if cc:
        h.append("Cc: " + cc)
    if in_reply_to:
        h.append("In-Reply-To: " + in_reply_to)
    if references:
        h.append("References: " + references)
    h.append("Subject: " + enc_words(subject, charset, mode))
    for line in MAILERS[client]:
        h.append(line.replace("%TI%", thread_index()))
    h.extend(extra)
    return h


# ----------------------------------------------------------------------------------------
# zvit's own mail, as it appears quoted in replies (rendered from its templates)
# ----------------------------------------------------------------------------------------


def reminder_text(executor_name, deadline, today, missing, overdue=False):
    out = ["Шановні колеги!", ""]
    if overdue:
        out.append("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline)
    else:
        out.append("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s." % (deadline, MAILBOX))
    out.append("")
    out.append("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:" % (today, executor_name))
    for m in missing:
        out.append("")
        out.append("  %d. %s" % (m, MEASURE_TEXT[m]))
    out.append("")
    out.append("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.")
    out.append("")
    out.append("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
    out.append("")
    out.append("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.")
    out.append("")
    out.append("З повагою")
    out.append(OFFICE)
    return "\n".join(out)


def receipt_text(received, subject, executor_name, period, deadline, recognised, missing):
    out = ["Шановні колеги!", ""]
    out.append("%s підтверджує отримання Вашого листа від %s «%s»." % (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        received, subject))
    out.append("")
    out.append("Виконавець: %s." % executor_name)
    out.append("Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline))
    out.append("")
    out.append("Розпізнано інформацію щодо таких пунктів плану:")
    for n, ex in recognised:
        out.append("  • пункт %d: %s" % (n, ex))
    out.append("")
    out.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
    for m in missing:
        out.append("  %d. %s" % (m, MEASURE_TEXT[m]))
    out.append("")
    out.append("Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s." % MAILBOX)
    out.append("")
    out.append("З повагою")
    out.append(OFFICE)
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ----------------------------------------------------------------------------------------
# Office files: sources (HTML, .fods, CSV) and their one-time conversion
# ----------------------------------------------------------------------------------------

FILTERS = {
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "xls": "xls:MS Excel 97",
    "ods": "ods:calc8",
    "docx": "docx:MS Word 2007 XML",
    "doc": "doc:MS Word 97",
    "odt": "odt:writer8",
    "rtf": "rtf:Rich Text Format",
    "pdf": "pdf:writer_pdf_Export",
}


def _fix_dates(path, stamp):
    """Give a converted file the creation time of its mail (zip entry times, PDF dates)."""
    ext = path.rsplit(".", 1)[1]
    if ext in ("xlsx", "docx", "ods", "odt"):
        with zipfile.ZipFile(path) as zin:
            items = [(i, zin.read(i.filename)) for i in zin.infolist()]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zout:
            for info, data in items:
                ni = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
                ni.compress_type = info.compress_type
                ni.external_attr = info.external_attr
                zout.writestr(ni, data)
        with open(path, "wb") as f:
            f.write(buf.getvalue())
    elif ext == "pdf":
        with open(path, "rb") as f:
            data = f.read()
        utc = stamp - dt.timedelta(hours=2)
        data = re.sub(rb"D:\d{14}", ("D:" + utc.strftime("%Y%m%d%H%M%S")).encode(), data)
        data = re.sub(rb"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?=[.Z+-])",
                      utc.strftime("%Y-%m-%dT%H:%M:%S").encode(), data)
        with open(path, "wb") as f:
            f.write(data)


def office(fname, source, stamp, kind):
    """Return the bytes of attachments/<fname>; convert <source> once if it is missing.
    kind: 'html' (a Writer document) or 'fods' (a Calc workbook).  stamp: naive datetime."""
    path = os.path.join(ATT, fname)
    if not os.path.exists(path):
        os.makedirs(os.path.join(SCRATCH, "src"), exist_ok=True)
        os.makedirs(os.path.join(SCRATCH, "out"), exist_ok=True)
        stem, ext = fname.rsplit(".", 1)
        src = os.path.join(SCRATCH, "src", stem + "." + kind)
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        cmd = ["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % SCRATCH]
        if kind == "html":
            cmd.append("--infilter=HTML (StarWriter)")
        cmd += ["--convert-to", FILTERS[ext], "--outdir", os.path.join(SCRATCH, "out"), src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.move(os.path.join(SCRATCH, "out", stem + "." + ext), path)
        _fix_dates(path, stamp)
    with open(path, "rb") as f:
        return f.read()


def plain_file(fname, data):
    """A file written directly (CSV, ICS): kept in attachments/ like the converted ones."""
    path = os.path.join(ATT, fname)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
    with open(path, "rb") as f:
        return f.read()


def esc(s):
    return html.escape(str(s), quote=True)


# --- HTML documents (Writer) --------------------------------------------------------------

def doc_html(body, title="", author="User", created=None, font="Times New Roman", size="12pt"):
    meta = '<meta name="author" content="%s">' % esc(author)
    if created:
        meta += '<meta name="created" content="%s">' % created
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n"
            "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title>%s<style>body{font-family:'%s';font-size:%s} "
            "p{margin-top:0;margin-bottom:0} td{font-family:'%s';font-size:%s;vertical-align:top}"
            "</style></head><body>\n%s\n</body></html>\n") % (esc(title), meta, font, size, font, size, body)


def P(text, align=None, bold=False, indent=False, italic=False, size=None):
    t = esc(text)
    if bold:
        t = "<b>%s</b>" % t
    if italic:
        t = "<i>%s</i>" % t
    style = []
    if indent:
        style.append("text-indent:1.25cm")
    if size:
        style.append("font-size:%s" % size)
    a = ' align="%s"' % align if align else ""
    s = ' style="%s"' % ";".join(style) if style else ""
    return "<p%s%s>%s</p>" % (a, s, t)


def table_html(rows, widths=None, border=1):
    """rows: list of rows; a cell is str or dict(t=, cs=, rs=, b=, align=)."""
    out = ['<table border="%d" cellspacing="0" cellpadding="4" width="100%%">' % border]
    if widths:
        out.append("".join('<col width="%d">' % w for w in widths))
    for row in rows:
        out.append("<tr>")
        for c in row:
            if isinstance(c, dict):
                attrs = ""
                if c.get("cs"):
                    attrs += ' colspan="%d"' % c["cs"]
                if c.get("rs"):
                    attrs += ' rowspan="%d"' % c["rs"]
                if c.get("align"):
                    attrs += ' align="%s"' % c["align"]
                t = c.get("t", "")
                body = "<br>".join(esc(x) for x in str(t).split("\n"))
                if c.get("b"):
                    body = "<b>%s</b>" % body
                out.append("<td%s>%s</td>" % (attrs, body))
            else:
                out.append("<td>%s</td>" % "<br>".join(esc(x) for x in str(c).split("\n")))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


# --- flat OpenDocument spreadsheets ---------------------------------------------------------

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:initial-creator>%(author)s</meta:initial-creator><dc:creator>%(author)s</dc:creator><meta:creation-date>%(created)s</meta:creation-date><dc:date>%(created)s</dc:date></office:meta>
<office:automatic-styles>
<number:number-style style:name="N1"><number:number number:decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
<style:style style:name="ceW" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="ceH" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:border="0.06pt solid #000000" fo:background-color="#e6e6e6"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="ceT" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="ceP" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="ceN1" style:family="table-cell" style:data-style-name="N1"><style:table-cell-properties style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="ceB" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
%(colstyles)s
</office:automatic-styles>
<office:body><office:spreadsheet>
"""


def C(t="", cs=1, rs=1, st=None, num=None):
    """A spreadsheet cell.  num: a number (shown as is, or with one decimal if st='ceN1')."""
    return {"t": t, "cs": cs, "rs": rs, "st": st, "num": num}


COVER = "COVER"


def fods(sheets, author="User", created="2012-12-10T09:00:00"):
    """sheets: list of (name, widths_cm, rows, default_style).  A row is a list of cells:
    None (empty), str, int/float, C(...), or COVER (a cell under a merged one)."""
    colstyles, tables, k = [], [], 0
    for name, widths, rows, dst in sheets:
        cols = []
        for w in widths:
            k += 1
            colstyles.append('<style:style style:name="co%d" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (k, w))
            cols.append('<table:table-column table:style-name="co%d"/>' % k)
        out = ['<table:table table:name="%s" table:style-name="ta1">' % esc(name)] + cols
        for row in rows:
            out.append('<table:table-row table:style-name="ro1">')
            for c in row:
                if c == COVER:
                    out.append("<table:covered-table-cell/>")
                    continue
                if c is None:
                    out.append('<table:table-cell table:style-name="%s"/>' % dst)
                    continue
                if not isinstance(c, dict):
                    c = C(num=c) if isinstance(c, (int, float)) else C(c)
                st = c["st"] or dst
                attrs = ' table:style-name="%s"' % st
                if c["cs"] > 1:
                    attrs += ' table:number-columns-spanned="%d"' % c["cs"]
                if c["rs"] > 1:
                    attrs += ' table:number-rows-spanned="%d"' % c["rs"]
                if c["num"] is not None:
                    shown = ("%.1f" % c["num"]) if st == "ceN1" else str(c["num"])
                    out.append('<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                               % (attrs, c["num"], shown))
                elif c["t"] == "":
                    out.append('<table:table-cell%s/>' % attrs)
                else:
                    paras = "".join("<text:p>%s</text:p>" % esc(x) for x in str(c["t"]).split("\n"))
                    out.append('<table:table-cell%s office:value-type="string">%s</table:table-cell>' % (attrs, paras))
            out.append("</table:table-row>")
        out.append("</table:table>")
        tables.append("\n".join(out))
    head = FODS_HEAD % {"author": esc(author), "created": created, "colstyles": "\n".join(colstyles)}
    return head + "\n".join(tables) + "\n</office:spreadsheet></office:body></office:document>\n"


def csv_bytes(rows, sep=";", charset="windows-1251"):
    def cell(v):
        v = "" if v is None else str(v)
        if any(ch in v for ch in (sep, '"', "\n")):
            v = '"' + v.replace('"', '""') + '"'
        return v
    return ("\r\n".join(sep.join(cell(v) for v in r) for r in rows) + "\r\n").encode(charset)


# --- Outlook (Word) HTML bodies ------------------------------------------------------------

def word_html(inner, charset="windows-1251", generator="Microsoft Word 14 (filtered medium)", lang="UK"):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"%s\"><style><!--\n"
            "/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
            "@font-face\n\t{font-family:Tahoma;\n\tpanose-1:2 11 6 4 3 5 4 4 2 4;}\n"
            "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n"
            "\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",\"sans-serif\";}\n"
            "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:blue;\n\ttext-decoration:underline;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Calibri\",\"sans-serif\";\n\tcolor:windowtext;}\n"
            ".MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n"
            "\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>"
            "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]-->"
            "</head><body lang=%s link=blue vlink=purple><div class=WordSection1>%s"
            "</div></body></html>") % (charset, generator, lang, inner)


def wp(text, bold=False):
    if text == "":
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    t = esc(text)
    if bold:
        t = "<b>%s</b>" % t
    return "<p class=MsoNormal>%s<o:p></o:p></p>" % t


def word_table(rows, widths):
    """An Outlook/Word table (MsoTableGrid) — rows of str or dict(t=, cs=, b=)."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none'>"]
    for r in rows:
        out.append("<tr>")
        i = 0
        for c in r:
            if not isinstance(c, dict):
                c = {"t": c}
            cs = c.get("cs", 1)
            w = sum(widths[i:i + cs])
            i += cs
            span = " colspan=%d" % cs if cs > 1 else ""
            lines = str(c["t"]).split("\n")
            ps = "".join("<p class=MsoNormal>%s%s%s<o:p></o:p></p>" % (
                "<b>" if c.get("b") else "", esc(x) if x else "&nbsp;", "</b>" if c.get("b") else "") for x in lines)
            out.append("<td width=%d valign=top%s style='width:%.1fpt;border:solid windowtext 1.0pt;"
                       "padding:0cm 5.4pt 0cm 5.4pt'>%s</td>" % (w, span, w * 0.75, ps))
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def tiny_png(w=64, h=24, rgb=(0, 84, 166)):
    """A small solid PNG (an office logo stand-in) built with zlib."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------------------
# Registry of mails
# ----------------------------------------------------------------------------------------

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


def S(text):
    """Dedent a triple-quoted body: strip the first newline and common indentation."""
    import textwrap
    return textwrap.dedent(text).lstrip("\n")


BND_YEAR = [2012]


def bnd(kind="outlook"):
    hi = "01CD" if BND_YEAR[0] == 2012 else "01CE"
    if kind == "outlook":
        return "----=_NextPart_000_%s_%s%s.%s" % (HEXS(4), hi, HEXS(4), HEXS(8))
    if kind == "oe":
        return "----=_NextPart_000_%s_%s%s.%s" % (HEXS(4), hi, HEXS(4), HEXS(8))
    if kind == "thunderbird":
        return "------------%s" % alnum(24, "0123456789ABCDEF")
    if kind == "thebat":
        return "----------%s" % alnum(15, "0123456789ABCDEF")
    if kind == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (HEXS(8), HEXS(4), HEXS(4), HEXS(4), HEXS(12))
    if kind == "gmail":
        return "%s" % hexs(28)
    if kind == "roundcube":
        return "=_%s" % hexs(32)
    if kind == "web":
        return "----=_Part_%d_%d.%d" % (RND.randint(100, 999999), RND.randint(10 ** 8, 10 ** 9), RND.randint(10 ** 12, 10 ** 13))
    raise ValueError(kind)


# ========================================================================================
# ph — placeholder: a row for every measure, most rows a dash, «х», «+», «без змін» …
# ========================================================================================

KEY = {"class": "placeholder", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls with a three-row title block and a header merged over two rows lists all 16 measures; only rows 1, 6 and 10 say anything — the rest carry «х», «—», «-», a bare «не проводились», and the notes column of row 2 only names other executors.",
       "items": [{"measure": 1, "source": "Інформація Борзна ВУ.xls"},
                 {"measure": 6, "source": "Інформація Борзна ВУ.xls"},
                 {"measure": 10, "source": "Інформація Борзна ВУ.xls"}]}


@mail("ph01", KEY)
def ph01():
    seed("ph01")
    when = local("2012-12-11 09:42:17")
    fname = "Інформація Борзна ВУ.xls"
    T = lambda t: C(t, st="ceW")
    rows = [
        [C("Борзнянська районна державна адміністрація", cs=5, st="ceT")] + [COVER] * 4,
        [C("Інформація про стан виконання " + PLAN_TITLE, cs=5, st="ceT")] + [COVER] * 4,
        [C("станом на 10.12.2012", cs=5, st="ceP")] + [COVER] * 4,
        [C("", st="ceP")] * 5,
        [C("№ пункту плану", rs=2, st="ceH"), C("Зміст заходу", rs=2, st="ceH"), C("Термін виконання", rs=2, st="ceH"),
         C("Стан виконання", cs=2, st="ceH"), COVER],
        [COVER, COVER, COVER, C("виконано", st="ceH"), C("примітка", st="ceH")],
        [1, "Приведення інформаційного наповнення та функціонування офіційних сайтів до вимог чинного законодавства", "Постійно",
         "На офіційному веб-сайті райдержадміністрації створено розділ «Доступ до публічної інформації», оновлено рубрики «Нормативні документи» та «Звернення громадян»; структуру сайту приведено у відповідність до Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади (постанова КМУ від 04.01.2002 № 3)", ""],
        [2, "Створення рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»", "Постійно", "х", "виконавці — структурні підрозділи облдержадміністрації"],
        [3, "Веб-ресурс «Чернігівська громада»", "IV квартал 2012 року", "х", ""],
        [4, "Інтернет-форум на базі веб-ресурсу «Чернігівська громада»", "I квартал 2013 року", "х", ""],
        [5, "«Гаряча лінія» голови облдержадміністрації", "Постійно", "х", ""],
        [6, "Проведення консультацій з громадськістю (постанова КМУ від 03.11.2010 № 996)", "Постійно",
         "29.11.2012 проведено громадські слухання щодо проекту Програми економічного і соціального розвитку Борзнянського району на 2013 рік (47 учасників, 9 пропозицій, з них 6 враховано)", ""],
        [7, "Залучення представників інститутів громадянського суспільства до роботи дорадчо-консультативних органів", "Постійно", "—", ""],
        [8, "Введення голів комітетів Громадської ради до складу колегій", "Постійно", "х", ""],
        [9, "Залучення членів громадських рад до обговорення проектів розпоряджень, програм, рішень", "Постійно", "не проводились", ""],
        [10, "Рекомендації громадським радам щодо створення комісій з питань відкритості та прозорості", "Постійно",
         "Громадській раді при райдержадміністрації рекомендовано утворити у своєму складі робочу групу з питань відкритості та прозорості діяльності райдержадміністрації; рекомендацію розглянуто на засіданні ради 23.10.2012 (протокол № 5), групу утворено у складі 4 осіб", ""],
        [11, "«Дні відкритих дверей» управління з питань внутрішньої політики", "Постійно", "х", ""],
        [12, "Сприяння проведенню громадських експертиз", "Постійно", "-", ""],
        [13, "Навчальні семінари", "До 1 березня 2013 року", "х", ""],
        [14, "Методичні посібники", "До 1 січня 2013 року", "х", ""],
        [15, "Громадське обговорення виконання заходів Плану", "Щорічно", "х", ""],
        [16, "Надання інформації управлінню з питань внутрішньої політики", "До 15 грудня 2012 року", "Інформацію надано", ""],
        [C("", st="ceP")] * 5,
        [C("Заступник голови райдержадміністрації                                   О.М. Костенко", cs=5, st="ceP")] + [COVER] * 4,
    ]
    data = office("ph01_borzna.xls", fods([("Лист1", [1.8, 6.5, 2.6, 9.0, 4.2], rows, "ceW")],
                                          author="Admin", created="2012-12-10T16:05:00"),
                  dt.datetime(2012, 12, 10, 16, 5), "fods")
    plain = S("""
        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

        На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство «Відкритий уряд» надсилаємо інформацію про стан виконання (таблиця у вкладенні).

        Додаток: на 1 арк.

        Заступник голови райдержадміністрації                    О.М. Костенко

        Виконавець: Гнатюк Н.В., тел. (04653) 2-14-37
        """)
    html_ = word_html("".join(wp(l) for l in plain.split("\n")), generator="Microsoft Word 12 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/vnd.ms-excel", "2047b", "windows-1251")],
                     bnd(), preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2007", "Борзнянська РДА", "rda-borzna@example.gov.ua",
                "Інформація щодо виконання Плану заходів (Відкритий уряд)", when, quote_name=True)
    return message(h, root)


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A transposed .ods (measures as columns «п. 1» … «п. 16», rows «Зміст», «Стан виконання», «Примітка») with empty spare columns; only columns 2 and 8 state work — «без змін (див. …)», «+», an empty cell, «не проводились», «—» and «Надано» say nothing.",
       "items": [{"measure": 2, "source": "ГФУ_Відкритий_уряд_І_півріччя_2013.ods"},
                 {"measure": 8, "source": "ГФУ_Відкритий_уряд_І_півріччя_2013.ods"}]}


@mail("ph02", KEY)
def ph02():
    seed("ph02")
    when = local("2013-06-13 15:08:44")
    fname = "ГФУ_Відкритий_уряд_І_півріччя_2013.ods"
    H = lambda t: C(t, st="ceH")
    B = lambda t: C(t, st="ceB")
    rows = [
        [C("Головне фінансове управління Чернігівської обласної державної адміністрації", cs=11, st="ceT")] + [COVER] * 10,
        [C("Інформація про стан виконання " + PLAN_TITLE + " за І півріччя 2013 року", cs=11, st="ceT")] + [COVER] * 10,
        [C("", st="ceP")] * 11,
        [H("Показник"), H("п. 1"), H("п. 2"), H("п. 6"), H("п. 7"), H("п. 8"), H("п. 9"), H("п. 12"), H("п. 16"), H(""), H("")],
        [B("Зміст заходу (скорочено)"), "Наповнення та функціонування офіційних сайтів",
         "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»",
         "Консультації з громадськістю", "Дорадчо-консультативні органи", "Голови комітетів Громадської ради у складі колегій",
         "Обговорення проектів за участю членів громадських рад", "Громадські експертизи", "Інформування УВП", None, None],
        [B("Стан виконання"), "без змін",
         "Щомісяця до 20 числа у рубриці «Виконання місцевих бюджетів Чернігівської області» розміщуються дані про виконання зведеного бюджету області та бюджетів районів; у травні 2013 року рубрику доповнено розділом «Бюджет для громадян» з інфографікою",
         None, "+",
         "Голова комітету з питань бюджету та фінансів Громадської ради Мельник В.О. входить до складу колегії Головного фінансового управління (наказ від 15.02.2013 № 27), взяв участь у засіданні колегії 28.03.2013",
         "не проводились", "—", "Надано", None, None],
        [B("Примітка"), "див. інформацію за ІІ півріччя 2012 р.", None, None, None, None, None, None, None, None, None],
        [C("", st="ceP")] * 11,
        [C("Виконавець: Сидоренко Л.П., тел. 67-45-12", cs=5, st="ceP")] + [COVER] * 4 + [C("", st="ceP")] * 6,
    ]
    data = office("ph02_finansy.ods", fods([("Відкритий уряд", [3.2, 3.4, 5.2, 3.0, 3.0, 4.8, 3.0, 3.0, 2.4, 2.0, 2.0], rows, "ceW")],
                                           author="Sydorenko", created="2013-06-13T11:20:00"),
                  dt.datetime(2013, 6, 13, 11, 20), "fods")
    text = S("""
        Добрий день!

        Направляємо інформацію Головного фінансового управління облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (Відкритий уряд) за І півріччя 2013 року.

        -- 
        З повагою,
        Сидоренко Людмила Петрівна
        сектор організаційної роботи та контролю
        Головне фінансове управління облдержадміністрації
        тел. (0462) 67-45-12
        """)
    b = bnd("thunderbird")
    root = multipart("mixed", [text_part(text, "UTF-8", "8bit", extra_params=["format=flowed"]),
                               attach(fname, data, "application/vnd.oasis.opendocument.spreadsheet", "2231c", "UTF-8",
                                      name_style="2047b", cte="base64")],
                     b, preamble="This is a multi-part message in MIME format.")
    h = headers("thunderbird", "Головне фінансове управління ОДА", "finansy@example.gov.ua",
                "Інформація ГФУ про виконання Плану заходів (Відкритий уряд), І півріччя 2013", when, charset="UTF-8")
    return message(h, root)


KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An Excel table pasted into a KOI8-U Outlook Express body as tab-separated lines under a title block; rows 6 and 9 are a bare «не проводились», 7 is «+», 10 «без змін» — only row 1 and row 12 (which names what was not done: no requests for public expertise) are answers.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("ph03", KEY)
def ph03():
    seed("ph03")
    when = local("2013-12-12 11:25:03")
    t = "\t"
    body = "\n".join([
        "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        "",
        "Бахмацька районна державна адміністрація" + t + t,
        "Інформація про стан виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (Відкритий уряд)" + t + t,
        "за ІІ півріччя 2013 року" + t + t,
        t + t,
        "№ п/п" + t + "Захід" + t + "Стан виконання",
        "1" + t + "Офіційний веб-сайт райдержадміністрації" + t + "На сайті РДА постійно оновлюється розділ «Доступ до публічної інформації»; у вересні 2013 р. сайт переведено на нову платформу, додано версію для людей з вадами зору та розділ «Електронні звернення»",
        "6" + t + "Консультації з громадськістю" + t + "не проводились",
        "7" + t + "Дорадчо-консультативні органи" + t + "+",
        "9" + t + "Обговорення проектів за участю членів громадської ради" + t + "не проводились",
        "10" + t + "Комісія з питань відкритості при громадській раді" + t + "без змін",
        "12" + t + "Громадські експертизи" + t + "Запитів від інститутів громадянського суспільства на проведення громадської експертизи діяльності райдержадміністрації не надходило, громадські антикорупційні експертизи проектів розпоряджень не проводились",
        "16" + t + "Інформування УВП" + t + "надано",
        "",
        "Начальник відділу організаційної роботи апарату РДА" + t + t + "В.І. Шевчук",
        "",
    ])
    root = text_part(body, "koi8-u", "8bit")
    h = headers("oe", "Бахмацька РДА", "rda-bakhmach@example.gov.ua",
                "Відкритий уряд Бахмач", when, charset="koi8-u")
    return message(h, root)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A two-sheet .xlsx (a covering-letter sheet and the report) whose rows carry the plan number inside the measure's wording («6. Проведення консультацій…»), with a notes column and a «Разом» row; rows 2, 7, 9, 12 are «—», «немає», «без змін», «не проводились», and row 8 is a bare «+» whose note states the work.",
       "items": [{"measure": 1, "source": "Культура_план_ВУ_2013.xlsx"},
                 {"measure": 6, "source": "Культура_план_ВУ_2013.xlsx"},
                 {"measure": 8, "source": "Культура_план_ВУ_2013.xlsx"}]}


@mail("ph04", KEY)
def ph04():
    seed("ph04")
    when = local("2013-12-09 16:41:52")
    fname = "Культура_план_ВУ_2013.xlsx"
    cover = [
        [C("УПРАВЛІННЯ КУЛЬТУРИ І ТУРИЗМУ", st="ceT")],
        [C("ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ", st="ceT")],
        [C("вул. Шевченка, 34, м. Чернігів, 14000, тел. (0462) 67-51-09", st="ceP")],
        [C("", st="ceP")],
        [C("09.12.2013 № 01-14/2214", st="ceP")],
        [C("", st="ceP")],
        [C("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", st="ceP")],
        [C("", st="ceP")],
        [C("На виконання пункту 16 " + PLAN_TITLE + " надаємо інформацію про стан його виконання управлінням культури і туризму облдержадміністрації за ІІ півріччя 2013 року (аркуш «Звіт»).", st="ceP")],
        [C("", st="ceP")],
        [C("Начальник управління                                        І.С. Бондар", st="ceP")],
        [C("", st="ceP")],
        [C("Литвин 67-51-14", st="ceP")],
    ]
    H = lambda t: C(t, st="ceH")
    rows = [
        [C("Управління культури і туризму облдержадміністрації", cs=3, st="ceT"), COVER, COVER],
        [C("Інформація про стан виконання " + PLAN_TITLE, cs=3, st="ceT"), COVER, COVER],
        [C("станом на 09.12.2013", cs=3, st="ceP"), COVER, COVER],
        [H("Захід"), H("Стан виконання"), H("Примітка")],
        ["1. Забезпечення приведення до вимог чинного законодавства інформаційного наповнення та функціонування офіційних Інтернет-сайтів",
         "Веб-сторінку управління на офіційному сайті облдержадміністрації оновлено: розміщено паспорти бюджетних програм на 2013 рік, звіти про використання коштів, графік особистого прийому громадян керівництвом управління", ""],
        ["2. Створення рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»", "—", ""],
        ["6. Проведення консультацій з громадськістю з питань формування та реалізації державної політики",
         "Проведено 2 консультації з громадськістю: публічне громадське обговорення проекту Програми розвитку культури і туризму Чернігівської області на 2014–2016 роки (15.10.2013, 52 учасники) та електронні консультації щодо проекту переліку об'єктів культурної спадщини місцевого значення (жовтень – листопад 2013 р.)", ""],
        ["7. Залучення представників інститутів громадянського суспільства до роботи дорадчо-консультативних органів", "немає", ""],
        ["8. Введення голів комітетів Громадської ради при облдержадміністрації до складу колегій", "+",
         "Голову комітету з гуманітарних питань Громадської ради Карпенко Т.М. введено до складу колегії управління (наказ від 12.09.2013 № 155); до Положення про управління зміни не вносились"],
        ["9. Залучення членів громадських рад до обговорення проектів розпоряджень, цільових програм", "без змін", ""],
        ["12. Сприяння проведенню громадських експертиз", "не проводились", ""],
        ["16. Надання інформації управлінню з питань внутрішньої політики", "Виконано", ""],
        [C("Разом заходів: 8", st="ceB"), C("виконано: 3", st="ceB"), None],
    ]
    data = office("ph04_kultura.xlsx", fods([("Супровідний", [17.0], cover, "ceP"),
                                             ("Звіт", [7.5, 9.5, 5.5], rows, "ceW")],
                                            author="Lytvyn", created="2013-12-09T14:30:00"),
                  dt.datetime(2013, 12, 9, 14, 30), "fods")
    text = S("""
        Доброго дня!

        Надсилаємо інформацію управління культури і туризму ОДА щодо виконання Плану заходів з підвищення рівня відкритості та прозорості (Відкритий уряд) — файл у вкладенні, 2 аркуші (супровідний лист і таблиця).

        -- 
        З повагою,
         Оксана Литвин
         провідний спеціаліст відділу організаційно-аналітичної роботи
         управління культури і туризму облдержадміністрації
         mailto:kultura@example.gov.ua
        """)
    b = bnd("thebat")
    root = multipart("mixed", [text_part(text, "windows-1251", "8bit"),
                               attach(fname, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "2047b", "windows-1251")], b)
    h = headers("thebat", "Управління культури і туризму", "kultura@example.gov.ua",
                "План ВУ - інформація управління культури", when)
    return message(h, root)


KEY = {"class": "placeholder", "executor": "su-sluzhba-ditei", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A windows-1251 .csv exported from a document system, with title lines above the header; rows 2, 6, 7, 8, 12 and 16 are «-», a bare «не проводились», an empty cell, «х», «немає» and «+» — only rows 1 and 9 report; sent two days after the deadline.",
       "items": [{"measure": 1, "source": "sluzhba_ditei_vidkrytyi_uriad.csv"},
                 {"measure": 9, "source": "sluzhba_ditei_vidkrytyi_uriad.csv"}]}


@mail("ph05", KEY)
def ph05():
    seed("ph05")
    when = local("2013-06-17 08:51:30")
    fname = "sluzhba_ditei_vidkrytyi_uriad.csv"
    rows = [
        ["Служба у справах дітей Чернігівської облдержадміністрації", "", "", ""],
        ["Інформація про стан виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області станом на 14.06.2013", "", "", ""],
        ["", "", "", ""],
        ["Пункт плану", "Захід", "Виконання", "Примітка"],
        ["1", "Інформаційне наповнення та функціонування офіційних сайтів", "На веб-сторінці Служби на офіційному сайті облдержадміністрації щотижня оновлюється інформація про дітей, які можуть бути усиновлені; розміщено звіт про роботу Служби за 2012 рік та порядок надання статусу дитини-сироти", ""],
        ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "-", ""],
        ["6", "Консультації з громадськістю", "не проводились", ""],
        ["7", "Дорадчо-консультативні органи", "", ""],
        ["8", "Голови комітетів ГР у складі колегій", "х", ""],
        ["9", "Обговорення проектів за участю членів громадських рад", "Проект обласної програми оздоровлення та відпочинку дітей на 2013–2015 роки обговорено на засіданні комітету з соціальних питань Громадської ради при облдержадміністрації 18.04.2013, враховано 3 пропозиції членів ради", ""],
        ["12", "Громадські експертизи", "немає", ""],
        ["16", "Інформування УВП", "+", ""],
        ["", "", "", ""],
        ["Виконавець: Гребенюк Н.С.", "", "", "67-50-84"],
    ]
    data = plain_file("ph05_sluzhba_ditei.csv", csv_bytes(rows))
    text = S("""
        Доброго ранку.
        Вибачте за затримку, надсилаємо інформацію Служби у справах дітей ОДА по плану "Відкритий уряд" (файл csv, вивантажено з нашої програми документообігу, відкривається в Excel).

        --
        з повагою, Наталія Гребенюк
        головний спеціаліст Служби у справах дітей облдержадміністрації
        (0462) 67-50-84
        """)
    b = bnd("roundcube")
    root = multipart("mixed", [text_part(text, "UTF-8", "quoted-printable", extra_params=["format=flowed"]),
                               attach(fname, data, "text/csv", "ascii", name_style="ascii", cte="base64", size=True)],
                     b)
    h = headers("roundcube", "Служба у справах дітей ОДА", "sluzhba-ditei@example.gov.ua",
                "Відкритий уряд - Служба у справах дітей", when, charset="UTF-8", mode="Q",
                extra=["X-Sender: sluzhba-ditei@example.gov.ua"])
    return message(h, root)


# ========================================================================================
# bp — bottom_post: answers below or between the quoted lines
# ========================================================================================

REMINDER_SUBJECT = "Нагадування: інформація про виконання Плану заходів «Відкритий уряд»"


def zvit_mid(when):
    return "<zvit.%s.%s@cg.ukrtel.net>" % (when.strftime("%Y%m%d%H%M%S"), hexs(8))


def insert_after(text, marker, addition):
    """Put addition (unquoted lines) after the quoted line that starts with marker."""
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l.startswith(marker):
            return "\n".join(lines[:i + 1] + addition.split("\n") + lines[i + 1:])
    raise ValueError(marker)


KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Thunderbird reply typed between the «>» lines of zvit's reminder, each answer under its quoted item and no number of its own; the answer under item 9 is a bare «Не проводились.», and the reminder's table is not filled in.",
       "items": [{"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp01", KEY)
def bp01():
    seed("bp01")
    when = local("2012-12-13 14:02:11")
    sent = local("2012-12-12 16:30:05")
    rem = reminder_text("Козелецька районна державна адміністрація", "15.12.2012", "12.12.2012", [6, 9, 12])
    q = quote(rem)
    q = insert_after(q, ">   6. ", "\nПроведено консультації з громадськістю у формі громадських слухань щодо проекту районного бюджету на 2013 рік (06.12.2012, смт Козелець, 38 учасників) та електронних консультацій щодо проекту Програми розвитку малого і середнього підприємництва на 2013-2014 роки (жовтень - листопад 2012 р., 11 пропозицій).\n")
    q = insert_after(q, ">   9. ", "\nНе проводились.\n")
    q = insert_after(q, ">   12. ", "\nГО \"Козелецька ініціатива\" провела громадську експертизу діяльності відділу освіти райдержадміністрації щодо організації підвезення школярів; за її пропозиціями розроблено план заходів (розпорядження голови РДА від 26.11.2012 № 512), 3 з 5 заходів вже виконано.\n")
    body = ("12.12.2012 16:30, uvp@cg.ukrtel.net пише:\n" + q + "\n\n"
            "Таблицю не заповнювали - відповіді вище по тексту.\n\n"
            "-- \nБовкун Людмила Миколаївна\nзагальний відділ апарату Козелецької райдержадміністрації\nтел. (04646) 2-13-52\n")
    root = text_part(body, "UTF-8", "8bit")
    zid = zvit_mid(sent)
    h = headers("thunderbird16", "Козелецька РДА", "rda-kozelets@example.gov.ua", "Re: " + REMINDER_SUBJECT,
                when, charset="UTF-8", in_reply_to=zid, references=zid)
    return message(h, root)


KEY = {"class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An Outlook 2003 (Russian UI) reply typed below a «-----Исходное сообщение-----» header block and zvit's unindented receipt (which itself lists items 1 and 6 and the missing 7, 8, 9, 12); the new rows, pasted with bars, answer 7 and 8, while 9 is «—» and 12 a bare «не проводились».",
       "items": [{"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail("bp02", KEY)
def bp02():
    seed("bp02")
    when = local("2013-06-14 10:47:33")
    rsub = "Інформація УОЗ по плану ВУ"
    rec = receipt_text("12.06.2013", rsub, "Управління охорони здоров'я облдержадміністрації", 2, "15.06.2013",
                       [(1, "На веб-сторінці управління розміщено перелік закладів охорони здоров'я області, графіки прийому…"),
                        (6, "Проведено громадське обговорення проекту Програми розвитку первинної медико-санітарної допомоги…")],
                       [7, 8, 9, 12])
    body = S("""

        -----Исходное сообщение-----
        От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] 
        Отправлено: 12 июня 2013 г. 17:20
        Кому: zdorovia@example.gov.ua
        Тема: Підтвердження отримання: Інформація УОЗ по плану ВУ

        """) + rec + "\n\n" + S("""
        Дополнение к информации управления здравоохранения (строки таблицы, которые не были заполнены):

        | п. | Стан виконання |
        | 7  | Представники ГО "Чернігівське обласне товариство Червоного Хреста" та ГО "Пацієнти Чернігівщини" включені до складу Громадської наглядової ради при управлінні охорони здоров'я (наказ від 22.03.2013 № 141), взяли участь у 2 засіданнях ради |
        | 8  | Голова комітету з питань охорони здоров'я та соціального захисту Громадської ради Зінченко О.П. введений до складу колегії управління, брав участь у засіданні колегії 25.04.2013 |
        | 9  | — |
        | 12 | не проводились |

        Зав. сектором організаційної роботи
        Мороз Галина Андріївна
        управління охорони здоров'я ОДА
        т. 67-41-28
        """)
    root = text_part(body, "windows-1251", "quoted-printable")
    h = headers("outlook2003ru", "Мороз Галина", "zdorovia@example.gov.ua",
                "RE: Підтвердження отримання: " + rsub, when, in_reply_to=zvit_mid(local("2013-06-12 17:20:00")))
    return message(h, root)


KEY = {"class": "bottom_post", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "From an iPhone the office answers its own letter of the day before (quoted with «>» and a blockquote), typing two additions between the quoted rows: under «п.9 Не проводились» and after «п.12»; the quoted rows 1 and 6 were counted when that letter came.",
       "items": [{"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp03", KEY)
def bp03():
    seed("bp03")
    when = local("2013-06-11 19:14:06")
    earlier = S("""
        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

        Інформація Чернігівської райдержадміністрації про стан виконання Плану заходів «Відкритий уряд» за І півріччя 2013 р.

        п.1 Сайт РДА оновлюється щотижня, створено розділ «Регуляторна політика», розміщено 214 розпоряджень голови РДА
        п.6 Проведено 3 консультації з громадськістю (громадські слухання щодо проекту Програми благоустрою сіл району, 2 зустрічі з мешканцями сіл Киїнка та Новоселівка)
        п.7 Без змін
        п.9 Не проводились
        п.10 —
        п.12 Не проводились

        З повагою,
        сектор взаємодії з громадськістю апарату Чернігівської РДА
        Т. Головач""").rstrip("\n")
    q = quote(earlier)
    add9 = "\nУточнення: 29.05.2013 проект районної програми розвитку фізичної культури і спорту на 2013-2015 рр. обговорено на засіданні громадської ради при РДА, члени ради внесли 4 пропозиції (2 враховано).\n"
    add12 = "\nПо 12 теж уточнюю: громадську антикорупційну експертизу проекту розпорядження «Про затвердження Правил благоустрою території населених пунктів району» провела ГО «Десна-Контроль», 3 зауваження враховано в остаточній редакції.\n"
    q = insert_after(q, "> п.9 ", add9)
    q = insert_after(q, "> п.12 ", add12)
    top = "Доповнення до нашого листа - нижче по тексту\n\nОтправлено с iPhone\n\n"
    hdr_line = "10.06.2013, в 16:22, Чернігівська РДА <rda-chernihiv@example.gov.ua> написал(а):\n\n"
    plain = top + hdr_line + q + "\n"
    # the HTML twin: iOS puts the quote in a blockquote and the typed lines between pieces of it
    pieces = re.split(r"\n(?=Уточнення: |По 12 )", q)
    html_parts = ["<div>Доповнення до нашого листа - нижче по тексту<br><br>Отправлено с iPhone</div>",
                  "<div><br>%s</div>" % esc(hdr_line.strip())]
    for k, chunk in enumerate(pieces):
        quoted, typed = [], []
        for l in chunk.split("\n"):
            (quoted if l.startswith(">") else typed).append(l)
        if k == 0:
            html_parts.append('<blockquote type="cite"><div>%s</div></blockquote>' % "<br>".join(esc(l[2:]) for l in quoted))
        else:
            # typed line(s) first, then the rest of the quote
            t_lines = [l for l in chunk.split("\n") if l and not l.startswith(">")]
            rest = [l for l in chunk.split("\n") if l.startswith(">")]
            html_parts.append("<div>%s</div>" % "<br>".join(esc(l) for l in t_lines))
            html_parts.append('<blockquote type="cite"><div>%s</div></blockquote>' % "<br>".join(esc(l[2:]) for l in rest))
    html_ = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">%s</body></html>" % "".join(html_parts)
    alt = multipart("alternative", [text_part(plain, "utf-8", "quoted-printable"),
                                    text_part(html_, "utf-8", "quoted-printable", subtype="html")], bnd("apple"))
    prev = "<%s-%s-%s-%s-%s@example.gov.ua>" % (HEXS(8), HEXS(4), HEXS(4), HEXS(4), HEXS(12))
    h = headers("iphone", "Чернігівська РДА", "rda-chernihiv@example.gov.ua",
                "Re: Інформація Чернігівської РДА (Відкритий уряд)", when, charset="utf-8",
                in_reply_to=prev, references=prev)
    return message(h, alt)


KEY = {"class": "bottom_post", "executor": "rda-horodnia", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A Roundcube HTML reply (with a plain twin) written below the blockquoted overdue reminder, as a table pasted from Excel with a running «№ з/п» column and plan numbers written «п.1», «п.6»; row «п.7» is «-»; sent the day after the deadline.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("bp04", KEY)
def bp04():
    seed("bp04")
    when = local("2013-12-16 10:05:41")
    sent = local("2013-12-16 08:00:12")
    rem = reminder_text("Городнянська районна державна адміністрація", "15.12.2013", "16.12.2013", [1, 6, 7, 10], overdue=True)
    rows = [["№ з/п", "Пункт плану", "Стан виконання"],
            ["1", "п.1", "Сайт райдержадміністрації оновлено: розділ «Публічна інформація» доповнено реєстром документів, розміщено 38 проектів розпоряджень для обговорення, налаштовано розділ «Запитай владу»"],
            ["2", "п.6", "13.11.2013 проведено засідання «круглого столу» з представниками громадськості щодо проекту Програми соціально-економічного розвитку району на 2014 рік (26 учасників); 04.12.2013 — громадські слухання щодо проекту районного бюджету"],
            ["3", "п.7", "-"],
            ["4", "п.10", "При громадській раді при райдержадміністрації 21.10.2013 утворено робочу групу з питань відкритості та прозорості діяльності органу влади у складі 5 осіб (на виконання нашої рекомендації від 02.10.2013)"]]
    tbl = ['<table border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:620px">']
    for i, r in enumerate(rows):
        tbl.append("<tr>" + "".join(
            '<td style="border:1px solid #000;padding:2px 4px;vertical-align:top;%s">%s</td>' % (
                "font-weight:bold;" if i == 0 else "", esc(c)) for c in r) + "</tr>")
    tbl.append("</table>")
    rem_html = "<br />\n".join(esc(l) for l in rem.split("\n"))
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
             '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
             '<p>16.12.2013 08:00, uvp@cg.ukrtel.net писав:</p>\n'
             '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">\n'
             '<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n<pre>%s</pre>\n</blockquote>\n'
             '<p>Перепрошуємо за затримку. Інформація по пунктах з нагадування:</p>\n%s\n'
             '<p>&nbsp;</p>\n<p>З повагою,<br />Ткач Оксана, відділ організаційної роботи апарату Городнянської РДА</p>\n'
             '</body></html>') % (esc(rem), "\n".join(tbl))
    plain = ("16.12.2013 08:00, uvp@cg.ukrtel.net писав:\n\n" + quote(rem) + "\n\n"
             "Перепрошуємо за затримку. Інформація по пунктах з нагадування:\n\n" +
             "\n".join("\t".join(r) for r in rows) +
             "\n\nЗ повагою,\nТкач Оксана, відділ організаційної роботи апарату Городнянської РДА\n")
    alt = multipart("alternative", [text_part(plain, "UTF-8", "quoted-printable", extra_params=["format=flowed"]),
                                    text_part(html_, "UTF-8", "quoted-printable", subtype="html")], bnd("roundcube"))
    zid = zvit_mid(sent)
    h = headers("roundcube", "Городнянська РДА", "rda-horodnia@example.gov.ua", "Re: " + REMINDER_SUBJECT, when,
                charset="UTF-8", mode="Q", in_reply_to=zid, references=zid,
                extra=["X-Sender: rda-horodnia@example.gov.ua"])
    return message(h, alt)


KEY = {"class": "bottom_post", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An Outlook 2007 plain reply typed below an «-----Original Message-----» header block and the unindented reminder, as rows of a Word table pasted with tabs; row 4 only promises the forum for the next quarter, rows 3 and 15 state work.",
       "items": [{"measure": 3, "source": "body"},
                 {"measure": 15, "source": "body"}]}


@mail("bp05", KEY)
def bp05():
    seed("bp05")
    when = local("2012-12-14 17:33:29")
    rem = reminder_text("Громадська рада при облдержадміністрації", "15.12.2012", "12.12.2012", [3, 4, 15])
    t = "\t"
    body = ("\n\n-----Original Message-----\n"
            "From: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
            "Sent: Wednesday, December 12, 2012 4:30 PM\n"
            "To: gromrada@example.gov.ua\n"
            "Subject: " + REMINDER_SUBJECT + "\n\n" + rem + "\n\n\n" +
            "Інформація Громадської ради при облдержадміністрації:\n\n" +
            "№ пункту" + t + "Виконання\n" +
            "3" + t + "Веб-ресурс «Чернігівська громада» працює з 01.11.2012; Громадська рада щотижня розміщує на ньому протоколи засідань комітетів, анонси заходів і проекти рішень ради; за листопад ресурс відвідали 2 870 користувачів\n" +
            "4" + t + "Форум буде створено у І кварталі 2013 року\n" +
            "15" + t + "11.12.2012 на розширеному засіданні Громадської ради проведено громадське обговорення стану виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності влади в області; рекомендації за його результатами направлено облдержадміністрації (лист від 13.12.2012 № 47)\n\n" +
            "Секретар Громадської ради" + t + t + "Л.В. Ярошенко\n")
    root = text_part(body, "windows-1251", "quoted-printable")
    h = headers("outlook2007", "Громадська рада при ОДА", "gromrada@example.gov.ua", "RE: " + REMINDER_SUBJECT,
                when, in_reply_to=zvit_mid(local("2012-12-12 16:30:05")))
    return message(h, root)


# ========================================================================================
# nr — not_report: questions, invitations, promises … even when they name measures
# ========================================================================================

KEY = {"class": "not_report", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Three numbered questions about how to fill the table (rows 3–5, 11, 13–15; whether a commission under measure 10 that already works needs describing; .ods or Excel) with the district's own blank form attached — a premise inside a question and an empty form report nothing.",
       "items": []}


@mail("nr01", KEY)
def nr01():
    seed("nr01")
    when = local("2012-11-28 11:12:40")
    rows = [
        [C("Менська районна державна адміністрація", cs=4, st="ceT")] + [COVER] * 3,
        [C("Інформація про стан виконання " + PLAN_TITLE, cs=4, st="ceT")] + [COVER] * 3,
        [C("станом на ____________ 2012 р.", cs=4, st="ceP")] + [COVER] * 3,
        [C("№ пункту плану", st="ceH"), C("Зміст заходу", st="ceH"), C("Стан виконання", st="ceH"), C("Примітка", st="ceH")],
    ] + [[n, MEASURE_TEXT[n] if n <= 15 else "Надати інформацію про виконання плану заходів управлінню з питань внутрішньої політики", None, None]
         for n in range(1, 17)]
    data = office("nr01_mena_forma.ods", fods([("Аркуш1", [1.8, 11.0, 7.0, 3.5], rows, "ceW")], author="orgviddil",
                                              created="2012-11-27T15:40:00"),
                  dt.datetime(2012, 11, 27, 15, 40), "fods")
    text = S("""
        Добрий день!

        Менська райдержадміністрація, відділ організаційної роботи. Готуємо інформацію про виконання Плану заходів щодо «Відкритого уряду», маємо кілька питань:

        1. Чи потрібно заповнювати в таблиці рядки по пунктах 3, 4, 5, 11, 13–15, де виконавцем визначено ваше управління, чи їх можна видалити?
        2. По п. 10 у нас при громадській раді вже працює комісія з питань відкритості — це теж треба описувати, чи досить написати «без змін»?
        3. Чи можна надсилати таблицю у форматі .ods (у нас OpenOffice), чи обов'язково Excel?

        Нашу форму додаю — підкажіть, будь ласка, чи підходить.

        Дякую.
        Ірина Мазур
        відділ організаційної роботи апарату Менської РДА
        (04644) 2-11-07
        """)
    b = "----------" + alnum(22, "0123456789ABCDEFabcdef")
    root = multipart("mixed", [text_part(text, "utf-8", "8bit", extra_params=["format=flowed", "delsp=yes"]),
                               attach("forma_Mena.ods", data, "application/vnd.oasis.opendocument.spreadsheet",
                                      "ascii", cte="base64")], b)
    h = headers("opera", "Менська РДА", "rda-mena@example.gov.ua", "питання щодо таблиці (Відкритий уряд)", when,
                charset="utf-8")
    return message(h, root)


KEY = {"class": "not_report", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An Outlook meeting request (text/plain, Word HTML with an agenda table, text/calendar METHOD:REQUEST) inviting to a public discussion of a draft programme «відповідно до п. 9 Плану»; that the draft is already on the site is the event's announcement, not a report.",
       "items": []}


@mail("nr02", KEY)
def nr02():
    seed("nr02")
    when = local("2013-03-20 09:30:12")
    intro = [
        "Шановні колеги!",
        "",
        "Управління освіти і науки облдержадміністрації відповідно до п. 9 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області запрошує представника управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації та членів Громадської ради при облдержадміністрації взяти участь у громадському обговоренні проекту Регіональної програми розвитку освіти «Освіта Чернігівщини 2013–2016», яке відбудеться 27 березня 2013 року об 11.00 у залі засідань управління (м. Чернігів, вул. Шевченка, 7, 3 поверх).",
        "",
        "Проект програми розміщено на веб-сторінці управління 15.03.2013, пропозиції приймаються до 26.03.2013.",
        "",
        "Порядок денний:",
    ]
    agenda = [["Час", "Питання", "Доповідач"],
              ["11.00 – 11.20", "Про проект Регіональної програми розвитку освіти «Освіта Чернігівщини 2013–2016»", "Ковтун В.М., заступник начальника управління"],
              ["11.20 – 12.00", "Обговорення, пропозиції громадськості", "Учасники обговорення"],
              ["12.00 – 12.15", "Підсумки обговорення", "Ковтун В.М."]]
    outro = ["", "Просимо підтвердити участь до 25.03.2013 за тел. 67-47-60.", "",
             "З повагою,", "Дмитренко Алла", "сектор зв'язків з громадськістю", "управління освіти і науки облдержадміністрації"]
    plain = "\n".join(intro) + "\n\n" + "\n".join("\t".join(r) for r in agenda) + "\n" + "\n".join(outro) + "\n"
    inner = ("".join(wp(l) for l in intro) + word_table([[{"t": c, "b": True} for c in agenda[0]]] + agenda[1:], [100, 330, 200]) +
             "".join(wp(l) for l in outro))
    html_ = word_html(inner, charset="utf-8")
    uid = "040000008200E00074C5B7101A82E00800000000" + HEXS(16) + "000000000000000010000000" + HEXS(32)
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Управління освіти і науки ОДА:MAILTO:osvita@example.gov.ua",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gromrada@example.gov.ua:MAILTO:gromrada@example.gov.ua",
        "DESCRIPTION;LANGUAGE=uk-UA:Громадське обговорення проекту Регіональної програми розвитку освіти «Освіта Чернігівщини 2013–2016»\\n",
        "SUMMARY;LANGUAGE=uk-UA:Громадське обговорення проекту програми «Освіта Чернігівщини 2013–2016»",
        "DTSTART;TZID=FLE Standard Time:20130327T110000", "DTEND;TZID=FLE Standard Time:20130327T121500",
        "UID:" + uid, "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20130320T073012Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=uk-UA:м. Чернігів\\, вул. Шевченка\\, 7\\, зал засідань",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR", ""])
    cal = Part("text/calendar", ics.encode("utf-8"), "base64", ['charset="utf-8"', "method=REQUEST"])
    alt = multipart("alternative", [text_part(plain, "utf-8", "quoted-printable"),
                                    text_part(html_, "utf-8", "quoted-printable", subtype="html"), cal], bnd())
    h = headers("outlook2010", "Управління освіти і науки ОДА", "osvita@example.gov.ua",
                "Громадське обговорення проекту Програми розвитку освіти (п. 9 Плану заходів)", when, charset="utf-8",
                to="uvp@cg.ukrtel.net", cc="gromrada@example.gov.ua")
    return message(h, alt)


KEY = {"class": "not_report", "executor": "su-zhkh", "period": 1, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "A formal letter with an outgoing number asking to move the deadline to 20.12.2012 because the summary table still waits for district services' data on пп. 1, 6, 9; counts of districts and enterprises, no statement of work.",
       "items": []}


@mail("nr03", KEY)
def nr03():
    seed("nr03")
    when = local("2012-12-12 12:18:55")
    lines = [
        "УПРАВЛІННЯ ЖИТЛОВО-КОМУНАЛЬНОГО ГОСПОДАРСТВА",
        "ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ",
        "",
        "12.12.2012 № 05-11/3317",
        "",
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        "",
        "Щодо продовження терміну",
        "",
        "Управління житлово-комунального господарства облдержадміністрації повідомляє, що зведена таблиця про стан виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство «Відкритий уряд» потребує узагальнення інформації районних служб житлово-комунального господарства та обласних комунальних підприємств (22 райони, 9 підприємств), частина з яких ще не надала даних по пп. 1, 6, 9.",
        "",
        "У зв'язку з цим просимо продовжити термін подання інформації управлінням до 20 грудня 2012 року.",
        "",
        "Начальник управління                                                 В.П. Гордієнко",
        "",
        "Кучер 67-38-80",
    ]
    plain = "\n".join(lines) + "\n"
    html_ = word_html("".join(wp(l, bold=(i < 2 or l == "Щодо продовження терміну")) for i, l in enumerate(lines)),
                      generator="Microsoft Word 11 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd(),
                    preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2003", "Управління ЖКГ", "zhkh@example.gov.ua", "щодо продовження терміну (Відкритий уряд)", when)
    return message(h, alt)


KEY = {"class": "not_report", "executor": "su-apk", "period": 2, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "A Russian top-posted «Спасибо, получили» over zvit's quoted receipt (which lists recognised items with excerpts) promising the table for пп. 6–9, 12 by 14.06 after the head signs it — a range inside a promise, and the quoted receipt, count nothing.",
       "items": []}


@mail("nr04", KEY)
def nr04():
    seed("nr04")
    when = local("2013-06-12 16:05:09")
    rsub = "Інформація ГУАПР (Відкритий уряд)"
    rec = receipt_text("11.06.2013", rsub, "Головне управління агропромислового розвитку облдержадміністрації", 2, "15.06.2013",
                       [(1, "На веб-сторінці головного управління щомісяця оновлюється інформація про державну підтримку…"),
                        (2, "Інформацію про хід виконання Програми розвитку сільських територій направлено для розміщення в рубриці…")],
                       [6, 7, 8, 9, 12])
    top = S("""
        Добрый день.
        Спасибо, получили. Таблицу по пп. 6–9, 12 дорабатываем — направим до 14.06.2013 после согласования с начальником главного управления.

        С уважением,
        Гончаренко Т.В.
        отдел организационной работы
        Главного управления агропромышленного развития
        тел. 67-22-41

        """)
    quoted = ("От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
              "Отправлено: 12 июня 2013 г. 9:14\n"
              "Кому: apk@example.gov.ua\n"
              "Тема: Підтвердження отримання: " + rsub + "\n\n" + rec + "\n")
    plain = top + quoted
    inner = ("".join(wp(l) for l in top.rstrip("\n").split("\n")) + wp("") +
             "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
             "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>От:</span></b>"
             "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 12 июня 2013 г. 9:14<br><b>Кому:</b> apk@example.gov.ua<br><b>Тема:</b> Підтвердження отримання: %s<o:p></o:p></span></p></div></div>" % esc(rsub) +
             wp("") + "".join(wp(l) for l in rec.split("\n")))
    html_ = word_html(inner, generator="Microsoft Word 12 (filtered medium)", lang="RU")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    h = headers("outlook2007ru", "Гончаренко Т.В.", "apk@example.gov.ua", "RE: Підтвердження отримання: " + rsub, when,
                in_reply_to=zvit_mid(local("2013-06-12 09:14:00")))
    return message(h, alt)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "The retraining centre announces its February seminars under п. 13 and attaches an .xls «ГРАФІК проведення навчальних семінарів» — a schedule of what is to come, with a running «№ з/п», dates and hours, asking for lists of participants.",
       "items": []}


@mail("nr05", KEY)
def nr05():
    seed("nr05")
    when = local("2013-01-22 10:40:00")
    fname = "Графік семінарів_лютий 2013.xls"
    H = lambda t: C(t, st="ceH")
    rows = [
        [C("ГРАФІК", cs=6, st="ceT")] + [COVER] * 5,
        [C("проведення навчальних семінарів щодо використання інструментів політики сприяння розвитку громадянського суспільства (п. 13 " + PLAN_TITLE + ") у лютому 2013 року", cs=6, st="ceT")] + [COVER] * 5,
        [C("", st="ceP")] * 6,
        [H("№ з/п"), H("Дата"), H("Категорія слухачів"), H("Тема"), H("Обсяг, год"), H("Місце проведення")],
        [1, "14.02.2013", "Заступники керівників структурних підрозділів облдержадміністрації, відповідальні за організацію консультацій з громадськістю", "Консультації з громадськістю: порядок організації та проведення (постанова КМУ від 03.11.2010 № 996)", 6, "Центр, ауд. 21"],
        [2, "20.02.2013", "Спеціалісти райдержадміністрацій, які організовують консультації з громадськістю", "Інструменти політики сприяння розвитку громадянського суспільства: практикум", 12, "Центр, ауд. 14"],
        [3, "26.02.2013", "Спеціалісти структурних підрозділів облдержадміністрації", "Громадська експертиза та громадські ради: взаємодія з органами влади", 6, "Центр, ауд. 21"],
        [C("", st="ceP")] * 6,
        [C("Директор Центру                                  Н.В. Лук'яненко", cs=6, st="ceP")] + [COVER] * 5,
    ]
    data = office("nr05_cppk_grafik.xls", fods([("Графік", [1.3, 2.3, 6.0, 6.5, 1.8, 3.0], rows, "ceW")],
                                               author="cppk", created="2013-01-21T12:10:00"),
                  dt.datetime(2013, 1, 21, 12, 10), "fods")
    text = S("""
        Шановні колеги!

        Інформуємо, що відповідно до п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області Чернігівський центр перепідготовки та підвищення кваліфікації у лютому 2013 року проводитиме навчальні семінари для заступників керівників структурних підрозділів облдержадміністрації та спеціалістів, які організовують консультації з громадськістю. Графік у вкладенні.

        Просимо довести інформацію до відома структурних підрозділів облдержадміністрації та райдержадміністрацій і до 05.02.2013 надати списки учасників.

        -- 
        Навчально-методичний відділ
        Чернігівського центру перепідготовки та підвищення кваліфікації
        тел. (0462) 77-19-45
        """)
    b = bnd("thunderbird")
    root = multipart("mixed", [text_part(text, "UTF-8", "8bit", extra_params=["format=flowed"]),
                               attach(fname, data, "application/vnd.ms-excel", "2231c", "UTF-8", name_style="2047b")],
                     b, preamble="This is a multi-part message in MIME format.")
    h = headers("thunderbird", "Центр перепідготовки та підвищення кваліфікації", "cppk@example.gov.ua",
                "Графік семінарів (п. 13 Плану заходів)", when, charset="UTF-8")
    return message(h, root)


# ========================================================================================
# rg — ranges: «1–2, 6–9», «пп. 6-9», «з 6 по 9», «пункти 10 і 12», «п.п. 1, 6 – 9»
# ========================================================================================

def wrap(text, width):
    words, lines, cur = str(text).split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def bars_table(rows, widths):
    """A pseudo-graphic table as clerks draw it in plain text (+---+ and | |)."""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for k, r in enumerate(rows):
        cells = [wrap(c, w) for c, w in zip(r, widths)]
        for i in range(max(len(c) for c in cells)):
            out.append("|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(w) + " " for c, w in zip(cells, widths)) + "|")
        out.append(sep)
    return "\n".join(out)


def letter_html(head, title, table, after, created, author="User"):
    body = "".join(P(l, align="center", bold=True) if l else P("") for l in head)
    body += P("")
    body += "".join(P(l, align="center", bold=True) for l in title)
    body += P("") + table + P("")
    body += "".join(P(l) if l else P("") for l in after)
    return doc_html(body, title=title[0] if title else "", author=author, created=created)


KEY = {"class": "ranges", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls whose number cells hold «1–2» and «6–9», each answered as one block (so 2 and 8, which a district does not owe, count too); «10, 12» is a bare «не проводились»; the dates «з 01.07 по 30.11.2013» and counts inside the blocks are no measures, and the covering line «пп. 1–2, 6–10, 12 (додається)» only points to the file.",
       "items": [{"measure": 1, "source": "Сосниця_ВУ_ІІ_півр_2013.xls"},
                 {"measure": 2, "source": "Сосниця_ВУ_ІІ_півр_2013.xls"},
                 {"measure": 6, "source": "Сосниця_ВУ_ІІ_півр_2013.xls"},
                 {"measure": 7, "source": "Сосниця_ВУ_ІІ_півр_2013.xls"},
                 {"measure": 8, "source": "Сосниця_ВУ_ІІ_півр_2013.xls"},
                 {"measure": 9, "source": "Сосниця_ВУ_ІІ_півр_2013.xls"}]}


@mail("rg01", KEY)
def rg01():
    seed("rg01")
    when = local("2013-12-10 14:27:36")
    fname = "Сосниця_ВУ_ІІ_півр_2013.xls"
    H = lambda t: C(t, st="ceH")
    rows = [
        [C("Сосницька районна державна адміністрація", cs=3, st="ceT"), COVER, COVER],
        [C("Інформація про стан виконання " + PLAN_TITLE, cs=3, st="ceT"), COVER, COVER],
        [C("за ІІ півріччя 2013 року", cs=3, st="ceT"), COVER, COVER],
        [C("", st="ceP")] * 3,
        [H("№ пункту плану"), H("Стан виконання"), H("Примітка")],
        ["1–2", "Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України «Про доступ до публічної інформації»: оновлено розділи «Бюджет» та «Регіональні програми», де розміщено звіти про хід виконання 14 районних програм і щомісячну інформацію про виконання районного бюджету", ""],
        ["6–9", "Протягом ІІ півріччя 2013 року проведено 4 консультації з громадськістю (громадські слухання, «круглий стіл», 2 зустрічі з мешканцями сіл); члени громадської ради при райдержадміністрації входять до складу 5 дорадчих органів та залучались до обговорення проектів розпоряджень голови райдержадміністрації (з 01.07 по 30.11.2013 обговорено 6 проектів)", "протоколи засідань на сайті"],
        ["10, 12", "не проводились", ""],
        ["16", "Інформацію надано", ""],
        [C("", st="ceP")] * 3,
        [C("Керівник апарату райдержадміністрації                     Н.П. Дорош", cs=3, st="ceP"), COVER, COVER],
    ]
    data = office("rg01_sosnytsia.xls", fods([("ІІ півріччя", [2.6, 12.5, 4.0], rows, "ceW")], author="Apparat",
                                             created="2013-12-10T10:15:00"),
                  dt.datetime(2013, 12, 10, 10, 15), "fods")
    plain = S("""
        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

        Надаємо інформацію про виконання пп. 1–2, 6–10, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (додається).

        З повагою
        Сосницька райдержадміністрація
        тел. (04655) 2-14-61
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")))
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/vnd.ms-excel", "2047q", "windows-1251")], bnd())
    h = headers("outlook2010", "Сосницька РДА", "rda-sosnytsia@example.gov.ua",
                "Інформація Сосницької РДА (Відкритий уряд) за ІІ півріччя 2013 року", when, quote_name=True)
    return message(h, root)


KEY = {"class": "ranges", "executor": "su-ekolohiia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Russian KOI8-R body with a pseudo-graphic (+---+) table whose first column reads «по пунктам 1 и 2», «пп. 6-9», «12» and «10, 11, 13-15» — the blocks count every measure in them, «не касается» counts none; «протокол N 4», «6 заседаний» are no measures.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("rg02", KEY)
def rg02():
    seed("rg02")
    when = local("2012-12-07 13:55:10")
    table = bars_table([
        ["Пункты плана", "Выполнение"],
        ["по пунктам 1 и 2", "На веб-странице управления на официальном сайте облгосадминистрации ежемесячно обновляется раздел \"Экологическая ситуация\"; в рубрике \"Ход выполнения целевых программ\" размещен отчет о выполнении Программы охраны окружающей природной среды за 9 месяцев 2012 года"],
        ["пп. 6-9", "Проведено общественное обсуждение проекта Региональной программы охраны окружающей природной среды на 2013-2017 годы (протокол N 4 от 12.11.2012); члены Общественного совета при облгосадминистрации включены в состав Общественного экологического совета при управлении (6 заседаний в 2012 году), председатель комитета по вопросам экологии Общественного совета введен в состав коллегии управления"],
        ["12", "Общественные экспертизы деятельности управления в отчетном периоде не проводились, обращений не поступало"],
        ["10, 11, 13-15", "не касается"],
        ["16", "-"],
    ], [16, 52])
    body = ("Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Информация управления экологии и природных ресурсов облгосадминистрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области (Открытое правительство) по состоянию на 07.12.2012\n\n"
            + table + "\n\n"
            "-- \nС уважением,\nГриценко А.П., начальник отдела экологической политики\nуправления экологии и природных ресурсов\nтел. 67-32-15\n")
    root = text_part(body, "koi8-r", "8bit")
    h = headers("thebat", "Управление экологии", "ekolohiia@example.gov.ua",
                "Информация по Плану мероприятий (Открытое правительство)", when, charset="koi8-r")
    return message(h, root)


KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx letter whose table rows are numbered «1», «з 6 по 9» and «пункти 10 і 12», each answered as one block (8 counts with 6–9 though a district does not owe it); «робоча група в стадії створення» names what is being done, and the outgoing number and «станом на 01.06.2013» are no measures.",
       "items": [{"measure": 1, "source": "Ічня_інформація_ВУ.docx"},
                 {"measure": 6, "source": "Ічня_інформація_ВУ.docx"},
                 {"measure": 7, "source": "Ічня_інформація_ВУ.docx"},
                 {"measure": 8, "source": "Ічня_інформація_ВУ.docx"},
                 {"measure": 9, "source": "Ічня_інформація_ВУ.docx"},
                 {"measure": 10, "source": "Ічня_інформація_ВУ.docx"},
                 {"measure": 12, "source": "Ічня_інформація_ВУ.docx"}]}


@mail("rg03", KEY)
def rg03():
    seed("rg03")
    when = local("2013-06-07 11:03:44")
    fname = "Ічня_інформація_ВУ.docx"
    table = table_html([
        [{"t": "Пункт плану", "b": True, "align": "center"}, {"t": "Інформація про виконання", "b": True, "align": "center"}],
        ["1", "Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законодавства; у квітні 2013 р. оновлено розділ «Доступ до публічної інформації», розміщено систему обліку публічної інформації та 96 розпоряджень голови райдержадміністрації"],
        ["з 6 по 9", "Консультації з громадськістю проведено у формі громадських слухань щодо проекту Програми благоустрою населених пунктів району на 2013–2015 роки (17.04.2013, 41 учасник); представники ГО «Ічнянське козацтво» та районної організації «Союз Чорнобиль України» включені до складу координаційної ради з питань розвитку підприємництва; члени громадської ради при райдержадміністрації залучені до обговорення 3 проектів розпоряджень голови райдержадміністрації"],
        ["пункти 10 і 12", "Громадській раді при райдержадміністрації надано рекомендації щодо створення у її складі робочої групи з питань відкритості та прозорості діяльності органу влади, робоча група в стадії створення; громадських експертиз у звітному періоді не проводилось"],
    ], widths=[110, 520])
    src = letter_html(["ІЧНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ", ""],
                      ["ІНФОРМАЦІЯ", "про стан виконання " + PLAN_TITLE, "станом на 01.06.2013"],
                      table,
                      ["", "Перший заступник голови райдержадміністрації                                 С.В. Литвиненко", "",
                       "Вик. Бондаренко, 2-16-41"],
                      created="2013-06-06T15:20:00", author="Bondarenko")
    data = office("rg03_ichnia.docx", src, dt.datetime(2013, 6, 6, 15, 20), "html")
    plain = S("""
        Вих. № 01-27/1136 від 06.06.2013

        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

        Надсилаємо інформацію Ічнянської райдержадміністрації про стан виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року.

        Загальний відділ апарату Ічнянської РДА
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")), generator="Microsoft Word 12 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           "2047b", "windows-1251")], bnd(), preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2007", "Ічнянська РДА", "rda-ichnia@example.gov.ua", "Інформація (Відкритий уряд)", when)
    return message(h, root)


KEY = {"class": "ranges", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .ods sent from Apple Mail whose number cell reads «п.п. 1, 6 – 9» over one block of text; inside it «протоколи № 1–4» and «наказ № 01-12/345» are document numbers, «4 громадські слухання» a count; row 2 is «х», row 12 answers.",
       "items": [{"measure": 1, "source": "Містобудування_звіт_ІІ_півріччя.ods"},
                 {"measure": 6, "source": "Містобудування_звіт_ІІ_півріччя.ods"},
                 {"measure": 7, "source": "Містобудування_звіт_ІІ_півріччя.ods"},
                 {"measure": 8, "source": "Містобудування_звіт_ІІ_півріччя.ods"},
                 {"measure": 9, "source": "Містобудування_звіт_ІІ_півріччя.ods"},
                 {"measure": 12, "source": "Містобудування_звіт_ІІ_півріччя.ods"}]}


@mail("rg04", KEY)
def rg04():
    seed("rg04")
    when = local("2013-12-13 15:49:20")
    fname = "Містобудування_звіт_ІІ_півріччя.ods"
    H = lambda t: C(t, st="ceH")
    rows = [
        [C("Управління містобудування та архітектури облдержадміністрації", cs=3, st="ceT"), COVER, COVER],
        [C("Інформація про стан виконання Плану заходів «Відкритий уряд»", cs=3, st="ceT"), COVER, COVER],
        [C("ІІ півріччя 2013 року", cs=3, st="ceP"), COVER, COVER],
        [H("Пункт плану"), H("Виконання"), H("Примітка")],
        ["п.п. 1, 6 – 9", "На веб-сторінці управління оприлюднено проекти містобудівної документації (генеральні плани м. Мена та смт Козелець) для громадського обговорення; проведено 4 громадські слухання (протоколи № 1–4); члени Громадської ради при облдержадміністрації входять до складу архітектурно-містобудівної ради (наказ № 01-12/345 від 03.09.2013) і брали участь в обговоренні проектів; голова комітету з питань будівництва Громадської ради — член колегії управління", "у 2013 році — 4 засідання архітектурно-містобудівної ради"],
        ["2", "х", ""],
        ["12", "Проекти наказів управління регуляторного характеру направлялись для громадської антикорупційної експертизи до ГО «Архітектурна спілка Чернігівщини»; отримано 2 висновки, зауваження враховано", ""],
    ]
    data = office("rg04_mistobuduvannia.ods", fods([("Аркуш1", [2.8, 12.0, 4.5], rows, "ceW")], author="Andriy",
                                                   created="2013-12-13T13:05:00"),
                  dt.datetime(2013, 12, 13, 13, 5), "fods")
    text = S("""
        Добрий день,

        інформація управління містобудування та архітектури у вкладенні.

        З повагою,
        Андрій Чорноус
        головний спеціаліст управління містобудування та архітектури облдержадміністрації
        """)
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head>'
             '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space; ">'
             + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n")) +
             "</body></html>")
    inner_b = bnd("apple")
    alt = multipart("alternative", [text_part(text, "utf-8", "quoted-printable"),
                                    text_part(html_, "utf-8", "quoted-printable", subtype="html")], inner_b)
    att = attach(fname, data, "application/vnd.oasis.opendocument.spreadsheet", "2231", "utf-8", name_style="2231",
                 disposition="attachment")
    root = multipart("mixed", [alt, att], bnd("apple"))
    h = headers("apple", "Андрій Чорноус", "mistobuduvannia@example.gov.ua",
                "Відкритий уряд - містобудування", when, charset="utf-8", mode="Q")
    return message(h, root)


KEY = {"class": "ranges", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A sector of УВП sends the department's own part from its registered box as a .doc table whose rows read «3–4», «5», «10, 11» and «13 і 14», each one block of text; row 15 only says the discussion is planned; the letter's numbers (лист № 03-08/1145, 1 214 звернень, тираж 300) are no measures.",
       "items": [{"measure": 3, "source": "УВП_інформація_план_ВУ.doc"},
                 {"measure": 4, "source": "УВП_інформація_план_ВУ.doc"},
                 {"measure": 5, "source": "УВП_інформація_план_ВУ.doc"},
                 {"measure": 10, "source": "УВП_інформація_план_ВУ.doc"},
                 {"measure": 11, "source": "УВП_інформація_план_ВУ.doc"},
                 {"measure": 13, "source": "УВП_інформація_план_ВУ.doc"},
                 {"measure": 14, "source": "УВП_інформація_план_ВУ.doc"}]}


@mail("rg05", KEY)
def rg05():
    seed("rg05")
    when = local("2012-12-14 12:12:12")
    fname = "УВП_інформація_план_ВУ.doc"
    table = table_html([
        [{"t": "Пункти плану", "b": True, "align": "center"}, {"t": "Стан виконання", "b": True, "align": "center"}],
        ["3–4", "Веб-ресурс «Чернігівська громада» запрацював 05.11.2012; на його базі відкрито розділ «Форум» для обговорення актуальних питань життєдіяльності області, зареєстровано 64 учасники, створено 17 тем"],
        ["5", "«Гаряча лінія» голови облдержадміністрації працює щоденно з 9.00 до 18.00, у IV кварталі 2012 року надійшло 1 214 звернень, з них 1 093 розглянуто позитивно або роз'яснено"],
        ["10, 11", "Громадським радам при райдержадміністраціях направлено рекомендації щодо створення у їх складі комісій (робочих груп) з питань відкритості та прозорості (лист від 02.10.2012 № 03-08/1145); 26.10.2012 проведено День відкритих дверей управління для представників ЗМІ та громадських організацій (23 учасники)"],
        ["13 і 14", "Підготовлено та розповсюджено методичний посібник «Консультації з громадськістю: практичні поради для державних службовців» (тираж 300 прим.); 22.11.2012 спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальний семінар для заступників керівників структурних підрозділів облдержадміністрації (34 учасники)"],
        ["15", "Громадське обговорення виконання Плану планується провести у грудні 2012 року"],
    ], widths=[110, 520])
    src = letter_html(["", ""],
                      ["Інформація", "управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", "про виконання Плану заходів (пункти, виконавцем яких визначено управління)"],
                      table,
                      ["", "Завідувач сектору зв'язків з громадськістю                                 О.В. Пилипенко"],
                      created="2012-12-14T10:40:00", author="Pylypenko")
    data = office("rg05_uvp.doc", src, dt.datetime(2012, 12, 14, 10, 40), "html")
    plain = S("""
        Колеги, добрий день!

        Інформація сектору зв'язків з громадськістю по пунктах Плану, де виконавцем визначено управління, — для включення до зведеної (таблиця у вкладенні).

        Пилипенко О.В.
        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")))
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/msword", "2047b", "windows-1251")], bnd())
    h = headers("outlook2010", "Пилипенко Олена", "uvp-info@example.gov.ua", "пункти УВП для зведеної", when)
    return message(h, root)


# ========================================================================================
# pr — prose: no plan numbers; subjects named in the writer's own words
# ========================================================================================

def prose_html(head, title, blocks, created, author="User"):
    """blocks: ('h', text) heading, ('p', text) paragraph, ('t', html) table, ('s', text) plain line."""
    body = "".join(P(l, align="center", bold=True) if l else P("") for l in head)
    body += "".join(P(l, align="center", bold=True) for l in title) + P("")
    for kind, x in blocks:
        if kind == "h":
            body += P("") + P(x, bold=True, italic=True)
        elif kind == "p":
            body += P(x, indent=True)
        elif kind == "t":
            body += P("") + x + P("")
        else:
            body += P(x) if x else P("")
    return doc_html(body, title=title[0] if title else "", author=author, created=created, size="13pt")


KEY = {"class": "prose", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A PDF letter without plan numbers: consultations described with a table of forms, dates and counts; one paragraph covers both advisory bodies and drafts discussed by council members; «оприлюднено на офіційному веб-сайті» is only where the consultations were published, so the site is not reported on.",
       "items": [{"measure": 6, "source": "NS_RDA_vidkrytyi_uriad_2013.pdf"},
                 {"measure": 7, "source": "NS_RDA_vidkrytyi_uriad_2013.pdf"},
                 {"measure": 9, "source": "NS_RDA_vidkrytyi_uriad_2013.pdf"},
                 {"measure": 10, "source": "NS_RDA_vidkrytyi_uriad_2013.pdf"},
                 {"measure": 12, "source": "NS_RDA_vidkrytyi_uriad_2013.pdf"}]}


@mail("pr01", KEY)
def pr01():
    seed("pr01")
    when = local("2013-12-06 10:20:00")
    fname = "NS_RDA_vidkrytyi_uriad_2013.pdf"
    tbl = table_html([
        [{"t": "Форма консультації", "b": True}, {"t": "Тема", "b": True}, {"t": "Дата", "b": True}, {"t": "Учасників", "b": True}],
        ["Громадські слухання", "Проект районного бюджету на 2014 рік", "28.11.2013", "64"],
        ["«Круглий стіл»", "Розвиток сільського зеленого туризму", "17.10.2013", "18"],
        ["Зустріч з мешканцями", "Реорганізація сільської амбулаторії с. Кудлаївка", "12.09.2013", "35"],
    ], widths=[150, 280, 90, 90])
    blocks = [
        ("s", "05.12.2013 № 02-17/2214"), ("s", ""),
        ("s", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"), ("s", ""),
        ("p", "Новгород-Сіверська районна державна адміністрація інформує про стан виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство «Відкритий уряд» у ІІ півріччі 2013 року."),
        ("p", "Райдержадміністрацією проведено три консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2014 рік, засідання «круглого столу» з питань розвитку сільського зеленого туризму та зустріч з мешканцями с. Кудлаївка щодо реорганізації сільської амбулаторії. Матеріали консультацій та звіти про їх результати оприлюднено на офіційному веб-сайті райдержадміністрації."),
        ("t", tbl),
        ("p", "До складу новоутвореної районної комісії з питань захисту прав дитини та координаційної ради з питань розвитку підприємництва включено чотирьох представників громадських організацій, у тому числі двох членів громадської ради при райдержадміністрації; члени громадської ради також взяли участь в обговоренні проектів розпоряджень голови райдержадміністрації «Про затвердження районної програми підтримки сім'ї на 2014–2015 роки» та «Про організацію пасажирських перевезень на приміських маршрутах»."),
        ("p", "На виконання рекомендації райдержадміністрації громадська рада створила у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади (рішення громадської ради від 17.09.2013)."),
        ("p", "Громадських експертиз діяльності райдержадміністрації у звітному періоді не проводилось, запитів від інститутів громадянського суспільства не надходило."),
        ("s", ""), ("s", ""),
        ("s", "Голова райдержадміністрації                                                  В.І. Кравець"),
        ("s", ""), ("s", "Шевчук О.М. 2-13-74"),
    ]
    src = prose_html(["НОВГОРОД-СІВЕРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ", ""], [], blocks,
                     created="2013-12-05T16:30:00", author="Shevchuk")
    data = office("pr01_novhorod.pdf", src, dt.datetime(2013, 12, 5, 16, 30), "html")
    plain = S("""
        Добрий день!
        Надсилаємо інформацію Новгород-Сіверської райдержадміністрації (лист у форматі PDF).

        З повагою,
        загальний відділ апарату райдержадміністрації
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")))
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/pdf", "ascii")], bnd())
    h = headers("outlook2010", "Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua",
                "лист 02-17/2214", when)
    return message(h, root)


KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt report under subject headings with no plan numbers; one paragraph covers a consultation and the council members' discussion of the same draft; a table of advisory bodies with counts of NGO members; the unit's own subsidy hotline is not the head's «гаряча лінія».",
       "items": [{"measure": 1, "source": "Інформація_УПСЗН_ВУ.odt"},
                 {"measure": 6, "source": "Інформація_УПСЗН_ВУ.odt"},
                 {"measure": 7, "source": "Інформація_УПСЗН_ВУ.odt"},
                 {"measure": 8, "source": "Інформація_УПСЗН_ВУ.odt"},
                 {"measure": 9, "source": "Інформація_УПСЗН_ВУ.odt"}]}


@mail("pr02", KEY)
def pr02():
    seed("pr02")
    when = local("2013-06-10 09:58:41")
    fname = "Інформація_УПСЗН_ВУ.odt"
    tbl = table_html([
        [{"t": "Дорадчий орган при управлінні", "b": True}, {"t": "Представників громадських організацій", "b": True}],
        ["Рада у справах ветеранів та людей похилого віку", "6"],
        ["Координаційна рада з питань гендерної рівності", "3"],
        ["Обласна рада з питань соціального захисту інвалідів", "8"],
    ], widths=[420, 200])
    blocks = [
        ("h", "Щодо офіційного веб-сайту"),
        ("p", "Розділ управління на офіційному веб-сайті облдержадміністрації наповнено актуальною інформацією: оновлено порядок призначення житлових субсидій, розміщено зразки заяв, перелік необхідних документів та графік прийому громадян керівництвом управління."),
        ("h", "«Гаряча лінія» управління"),
        ("p", "З 01.02.2013 працює «гаряча лінія» управління з питань призначення субсидій та пільг (тел. 67-05-33), за І півріччя надійшло 412 дзвінків."),
        ("h", "Консультації з громадськістю та обговорення проектів"),
        ("p", "У березні – квітні 2013 року проведено електронні консультації щодо проекту Регіональної програми соціальної підтримки малозахищених верств населення на 2013–2015 роки; проект також обговорено на засіданні комітету з питань соціальної політики Громадської ради при облдержадміністрації, члени якого внесли 5 пропозицій (3 враховано)."),
        ("h", "Колегія управління"),
        ("p", "До складу колегії управління введено голову комітету з питань соціальної політики Громадської ради Ничипоренко Л.А. (наказ від 04.03.2013 № 58), зміни до Положення про управління не потребувались."),
        ("h", "Участь громадськості в дорадчих органах"),
        ("p", "Представники громадських організацій працюють у складі дорадчих органів управління; у звітному періоді до координаційної ради з питань гендерної рівності додатково включено двох представників жіночих громадських організацій."),
        ("t", tbl),
        ("s", ""),
        ("s", "Заступник начальника управління                                         Г.М. Савенок"),
    ]
    src = prose_html(["УПРАВЛІННЯ ПРАЦІ ТА СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ", ""],
                     ["ІНФОРМАЦІЯ", "про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області", "(І півріччя 2013 року)"],
                     blocks, created="2013-06-07T14:10:00", author="Savenok")
    data = office("pr02_sotszakhyst.odt", src, dt.datetime(2013, 6, 7, 14, 10), "html")
    text = S("""
        Доброго дня!

        Інформація управління праці та соціального захисту населення облдержадміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року у вкладенні.

        -- 
        Відділ організаційної роботи
        Управління праці та соціального захисту населення
        облдержадміністрації
        """)
    b = bnd("thunderbird")
    root = multipart("mixed", [text_part(text, "UTF-8", "8bit", extra_params=["format=flowed"]),
                               attach(fname, data, "application/vnd.oasis.opendocument.text", "2231", "UTF-8", name_style="2047b")],
                     b, preamble="This is a multi-part message in MIME format.")
    h = headers("thunderbird", "УПСЗН облдержадміністрації", "sotszakhyst@example.gov.ua",
                "Відкритий уряд (УПСЗН)", when, charset="UTF-8")
    return message(h, root)


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Word 97 .doc letter from the oblast archive with no plan numbers: its own site, a report placed in the rubric «Хід виконання цільових програм», and a table of advisory bodies with a public-council member taken into the scientific council; a line about exhibitions on the site is only a passing mention.",
       "items": [{"measure": 1, "source": "Держархів_ВУ.doc"},
                 {"measure": 2, "source": "Держархів_ВУ.doc"},
                 {"measure": 7, "source": "Держархів_ВУ.doc"}]}


@mail("pr03", KEY)
def pr03():
    seed("pr03")
    when = local("2012-12-10 11:11:11")
    fname = "Держархів_ВУ.doc"
    tbl = table_html([
        [{"t": "Дорадчий орган", "b": True}, {"t": "Представники громадськості", "b": True}],
        ["Експертно-перевірна комісія", "Чернігівська обласна організація Національної спілки краєзнавців України (1 особа)"],
        ["Науково-методична рада", "Член Громадської ради при облдержадміністрації Левченко В.С. (наказ від 15.10.2012 № 41)"],
    ], widths=[220, 400])
    blocks = [
        ("s", "07.12.2012 № 01-08/912"), ("s", ""),
        ("s", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"), ("s", ""),
        ("p", "Державний архів Чернігівської області на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє."),
        ("p", "Забезпечено функціонування веб-сайту Державного архіву області відповідно до вимог законодавства: розміщено путівник по фондах, електронні каталоги описів, нормативну базу та перелік платних послуг; у жовтні 2012 року сайт доповнено розділом «Публічна інформація»."),
        ("p", "На офіційному сайті облдержадміністрації в рубриці «Хід виконання цільових програм» розміщено звіт про виконання Програми забезпечення збереженості документів Національного архівного фонду на 2011–2015 роки за 9 місяців 2012 року."),
        ("p", "Представники громадськості працюють у складі дорадчих органів архіву; до науково-методичної ради у жовтні включено члена Громадської ради при облдержадміністрації:"),
        ("t", tbl),
        ("p", "Інформація про виставки документів, підготовлені архівом, регулярно розміщується на сайті архіву та висвітлюється в обласних засобах масової інформації."),
        ("s", ""),
        ("s", "Директор                                                                    Р.Б. Воробйов"),
        ("s", ""), ("s", "Мовчан 67-70-22"),
    ]
    src = prose_html(["ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ", ""], [], blocks, created="2012-12-07T11:45:00", author="arkhiv")
    data = office("pr03_arkhiv.doc", src, dt.datetime(2012, 12, 7, 11, 45), "html")
    plain = "Інформація Держархіву області щодо Плану заходів (Відкритий уряд) - у вкладенні.\n\nМовчан Т.І.\n"
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")), generator="Microsoft Word 11 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/msword", "2047b", "windows-1251")], bnd(),
                     preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2003", "Держархів області", "arkhiv@example.gov.ua", "Відкритий уряд", when)
    return message(h, root)


KEY = {"class": "prose", "executor": "rda-koriukivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .rtf letter under headings («Доступ до інформації», «Громадська рада», «Антикорупційна експертиза») with no plan numbers and a table of drafts discussed by council members; the survey of residents is a consultation; the line that drafts were published on the site is a passing mention.",
       "items": [{"measure": 1, "source": "Корюківка_інформація.rtf"},
                 {"measure": 6, "source": "Корюківка_інформація.rtf"},
                 {"measure": 9, "source": "Корюківка_інформація.rtf"},
                 {"measure": 12, "source": "Корюківка_інформація.rtf"}]}


@mail("pr04", KEY)
def pr04():
    seed("pr04")
    when = local("2013-12-11 15:15:15")
    fname = "Корюківка_інформація.rtf"
    tbl = table_html([
        [{"t": "Проект розпорядження", "b": True}, {"t": "Обговорено", "b": True}, {"t": "Пропозицій членів громадської ради", "b": True}],
        ["Про затвердження Програми розвитку культури району на 2014–2016 роки", "24.09.2013", "3"],
        ["Про організацію харчування учнів загальноосвітніх шкіл району", "15.10.2013", "2"],
        ["Про районну програму «Питна вода» на 2014 рік", "19.11.2013", "4"],
    ], widths=[380, 110, 140])
    blocks = [
        ("s", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"), ("s", ""),
        ("h", "Доступ до інформації"),
        ("p", "Структуру офіційного веб-сайту райдержадміністрації приведено у відповідність до вимог законодавства, створено розділ «Громадське обговорення», щотижня оновлюється розділ «Публічна інформація»."),
        ("h", "Участь громадськості у формуванні політики"),
        ("p", "У ІІ півріччі проведено 2 громадські слухання (щодо проекту районного бюджету та схеми санітарного очищення м. Корюківка) та опитування громадської думки щодо якості надання адміністративних послуг (опитано 318 мешканців)."),
        ("h", "Громадська рада"),
        ("p", "Члени громадської ради при райдержадміністрації залучались до обговорення проектів розпоряджень голови райдержадміністрації; проекти оприлюднювались на офіційному сайті райдержадміністрації."),
        ("t", tbl),
        ("h", "Антикорупційна експертиза"),
        ("p", "ГО «Корюківська правозахисна група» провела громадську антикорупційну експертизу проекту рішення районної ради «Про районний бюджет на 2014 рік»; висновок розглянуто на засіданні колегії райдержадміністрації, 2 пропозиції враховано."),
        ("s", ""),
        ("s", "Заступник голови райдержадміністрації                              Т.О. Мисник"),
    ]
    src = prose_html(["КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", ""],
                     ["ІНФОРМАЦІЯ", "про виконання Плану заходів «Відкритий уряд» за ІІ півріччя 2013 року"],
                     blocks, created="2013-12-11T12:00:00", author="RDA")
    data = office("pr04_koriukivka.rtf", src, dt.datetime(2013, 12, 11, 12, 0), "html")
    text = S("""
        Добрий день!

        Інформація Корюківської РДА по плану "Відкритий уряд" у вкладенні (rtf).

        -- 
        З повагою,
         відділ організаційної роботи апарату Корюківської райдержадміністрації
        """)
    b = bnd("thebat")
    root = multipart("mixed", [text_part(text, "windows-1251", "8bit"),
                               attach(fname, data, "application/rtf", "2047b", "windows-1251")], b)
    h = headers("thebat", "Корюківська РДА", "rda-koriukivka@example.gov.ua", "Відкритий уряд - Корюківка", when)
    return message(h, root)


KEY = {"class": "prose", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A Word HTML body (with a plain twin) on the head's «гаряча лінія» with a table of call topics, counts and percentages and a «Разом» row; the monthly summary «розміщується на офіційному сайті» is a passing mention; no plan number anywhere.",
       "items": [{"measure": 5, "source": "body"}]}


@mail("pr05", KEY)
def pr05():
    seed("pr05")
    when = local("2013-06-05 14:40:22")
    intro = [
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        "",
        "Відділ роботи із зверненнями громадян апарату облдержадміністрації інформує.",
        "",
        "«Гаряча лінія» голови облдержадміністрації (тел. (0462) 65-05-05) працює щоденно у робочі дні з 9.00 до 18.00; дзвінки реєструються в електронній базі, звернення передаються на розгляд структурним підрозділам облдержадміністрації та райдержадміністраціям з контролем термінів розгляду. У травні 2013 року запроваджено SMS-інформування заявників про стан розгляду їхніх звернень.",
        "",
        "За січень – травень 2013 року на «гарячу лінію» надійшло 2 318 дзвінків, тематику наведено в таблиці:",
        "",
    ]
    rows = [[{"t": "Тематика", "b": True}, {"t": "Кількість", "b": True}, {"t": "%", "b": True}],
            ["Житлово-комунальне господарство", "812", "35,0"],
            ["Соціальний захист", "544", "23,5"],
            ["Земельні питання", "298", "12,9"],
            ["Охорона здоров'я", "241", "10,4"],
            ["Інші", "423", "18,2"],
            [{"t": "Разом", "b": True}, {"t": "2 318", "b": True}, {"t": "100", "b": True}]]
    outro = ["", "Щомісяця узагальнена інформація про роботу «гарячої лінії» розміщується на офіційному сайті облдержадміністрації.",
             "", "Завідувач відділу роботи із зверненнями громадян", "апарату облдержадміністрації                                  С.М. Рибалко"]
    plain = ("\n".join(intro) + "\n" +
             "\n".join("\t".join(c["t"] if isinstance(c, dict) else c for c in r) for r in rows) + "\n" +
             "\n".join(outro) + "\n")
    html_ = word_html("".join(wp(l) for l in intro) + word_table(rows, [260, 90, 60]) + "".join(wp(l) for l in outro))
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    h = headers("outlook2010", "Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua",
                "Інформація щодо роботи «гарячої лінії» (План заходів)", when)
    return message(h, alt)


# ========================================================================================
# fn — foreign_numbers: running «№ з/п», own plan numbering, paragraphs, counts, doc numbers
# ========================================================================================

KEY = {"class": "foreign_numbers", "executor": "rda-nizhyn", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A Word HTML body table with a running «№ з/п» (1–7) beside the «№ пункту Плану» column (1, 6, 7, 9, 10, 12, 16): running number 2 sits beside measure 6, 5 beside «без змін»; only plan rows 1, 6 and 9 report; sent two days late.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("fn01", KEY)
def fn01():
    seed("fn01")
    when = local("2013-12-17 09:12:48")
    intro = ["Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", "",
             "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області надсилаємо інформацію Ніжинської райдержадміністрації за ІІ півріччя 2013 року:", ""]
    rows = [["№ з/п", "№ пункту Плану", "Зміст заходу", "Інформація про виконання"],
            ["1", "1", "Наповнення та функціонування офіційних сайтів", "Сайт райдержадміністрації наповнюється відповідно до вимог законодавства, у жовтні оновлено розділи «Звернення громадян» та «Регуляторна діяльність», розміщено 27 проектів регуляторних актів"],
            ["2", "6", "Консультації з громадськістю", "Проведено 2 громадські слухання: щодо проекту Програми розвитку освіти району (10.10.2013) та щодо проекту районного бюджету на 2014 рік (03.12.2013)"],
            ["3", "7", "Дорадчо-консультативні органи", "–"],
            ["4", "9", "Обговорення проектів за участю членів громадських рад", "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту районного бюджету на 2014 рік, внесено 3 пропозиції"],
            ["5", "10", "Комісія з питань відкритості при громадській раді", "без змін"],
            ["6", "12", "Громадські експертизи", "не проводились"],
            ["7", "16", "Інформування УВП", "Надано"]]
    outro = ["", "Перепрошуємо за затримку.", "",
             "Керівник апарату райдержадміністрації                    О.С. Гузь", "", "Вик. Лисенко Т.В., (04631) 2-15-38"]
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    html_ = word_html("".join(wp(l) for l in intro) +
                      word_table([[{"t": c, "b": True} for c in rows[0]]] + rows[1:], [45, 70, 170, 330]) +
                      "".join(wp(l) for l in outro), generator="Microsoft Word 12 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    h = headers("outlook2007", "Ніжинська РДА", "rda-nizhyn@example.gov.ua",
                "Інформація Ніжинської РДА (Відкритий уряд) ІІ півріччя 2013", when)
    return message(h, alt)


KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A two-sheet .xlsx (the unit and its subordinate centre «Спорт для всіх») numbered by the unit's own plan («1.1», «2.3», «4.1») with a separate «Пункт обласного плану» column; row 2.3, a seminar, has «—» there and is under no measure of the plan; row 3.2 is «-»; «протокол № 3» is a document number.",
       "items": [{"measure": 1, "source": "Сім'я_молодь_спорт_ВУ.xlsx"},
                 {"measure": 2, "source": "Сім'я_молодь_спорт_ВУ.xlsx"},
                 {"measure": 6, "source": "Сім'я_молодь_спорт_ВУ.xlsx"},
                 {"measure": 7, "source": "Сім'я_молодь_спорт_ВУ.xlsx"},
                 {"measure": 9, "source": "Сім'я_молодь_спорт_ВУ.xlsx"}]}


@mail("fn02", KEY)
def fn02():
    seed("fn02")
    when = local("2013-06-14 11:30:30")
    fname = "Сім'я_молодь_спорт_ВУ.xlsx"
    H = lambda t: C(t, st="ceH")
    hdr = [H("№ заходу відомчого плану"), H("Захід"), H("Пункт обласного плану"), H("Виконання")]
    s1 = [
        [C("Управління у справах сім'ї, молоді та спорту облдержадміністрації", cs=4, st="ceT")] + [COVER] * 3,
        [C("Інформація про виконання відомчого плану заходів щодо відкритості та прозорості (на виконання " + PLAN_TITLE + ")", cs=4, st="ceT")] + [COVER] * 3,
        [C("І півріччя 2013 року", cs=4, st="ceP")] + [COVER] * 3,
        hdr,
        ["1.1", "Оновлення веб-сторінки управління", 1, "Щотижня оновлюється веб-сторінка управління, розміщено план-графік масових спортивних заходів на 2013 рік та результати обласних змагань"],
        ["1.2", "Ведення рубрики «Хід виконання цільових програм»", 2, "У рубриці розміщено звіт про виконання обласної програми «Молодь Чернігівщини» за 2012 рік"],
        ["2.1", "Консультації з молодіжними громадськими організаціями", 6, "Проведено 2 засідання «круглого столу» з молодіжними громадськими організаціями щодо проекту обласної програми підтримки молоді на 2014–2018 роки (квітень, травень)"],
        ["2.3", "Семінар для працівників районних відділів у справах сім'ї, молоді та спорту", "—", "Проведено 21.03.2013, 24 учасники"],
        ["3.1", "Участь членів Громадської ради в обговоренні проектів", 9, "Проект обласної програми оздоровлення та відпочинку дітей обговорено за участю членів Громадської ради (протокол № 3 від 16.04.2013)"],
        ["3.2", "Громадські експертизи", 12, "-"],
    ]
    s2 = [
        [C("Обласний центр фізичного здоров'я населення «Спорт для всіх»", cs=4, st="ceT")] + [COVER] * 3,
        [C("Інформація про виконання заходів (І півріччя 2013 року)", cs=4, st="ceT")] + [COVER] * 3,
        hdr,
        ["1.1", "Веб-сторінка центру", 1, "Створено та наповнено сторінку центру на сайті управління (календар заходів, положення про змагання)"],
        ["4.1", "Залучення громадськості до роботи методичної ради центру", 7, "До складу методичної ради центру включено 2 представники ГО «Федерація спорту для всіх Чернігівщини»"],
    ]
    data = office("fn02_simia.xlsx", fods([("Управління", [2.4, 6.0, 2.6, 9.5], s1, "ceW"),
                                           ("ОЦ Спорт для всіх", [2.4, 6.0, 2.6, 9.5], s2, "ceW")],
                                          author="simia", created="2013-06-13T17:00:00"),
                  dt.datetime(2013, 6, 13, 17, 0), "fods")
    plain = S("""
        Добрий день!

        Інформація управління у справах сім'ї, молоді та спорту облдержадміністрації та обласного центру «Спорт для всіх» (окремий аркуш) у вкладенні.

        З повагою
        Кравченко Ольга
        управління у справах сім'ї, молоді та спорту облдержадміністрації
        тел. 67-26-90
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")))
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                           "2047b", "windows-1251")], bnd())
    h = headers("outlook2010", "Кравченко Ольга", "simia@example.gov.ua", "Відкритий уряд - УСМС", when)
    return message(h, root)


KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx letter numbered 1., 2., 3. with sub-items «а)», «б)» and «1)»–«3)», whose table gives the plan's numbers in Roman numerals (I, VI, VII, IX, X, XII); «IV кварталі», «12 пунктів», «№ 287» and «146 розпоряджень» are no measures; VII is «—», X «без змін», XII a bare «не проводились».",
       "items": [{"measure": 1, "source": "Прилуки_відкритий_уряд.docx"},
                 {"measure": 6, "source": "Прилуки_відкритий_уряд.docx"},
                 {"measure": 9, "source": "Прилуки_відкритий_уряд.docx"}]}


@mail("fn03", KEY)
def fn03():
    seed("fn03")
    when = local("2012-12-12 10:10:10")
    fname = "Прилуки_відкритий_уряд.docx"
    tbl = table_html([
        [{"t": "Пункт плану", "b": True, "align": "center"}, {"t": "Стан виконання", "b": True, "align": "center"}],
        [{"t": "I", "align": "center"}, "Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог законодавства, зокрема:\nа) створено розділ «Доступ до публічної інформації»;\nб) розміщено 146 розпоряджень голови райдержадміністрації, прийнятих у 2012 році."],
        [{"t": "VI", "align": "center"}, "Проведено 3 консультації з громадськістю:\n1) громадські слухання щодо проекту районного бюджету на 2013 рік (30.11.2012);\n2) зустріч з мешканцями с. Линовиця щодо ремонту дороги (18.10.2012);\n3) електронні консультації щодо проекту Програми розвитку агропромислового комплексу району."],
        [{"t": "VII", "align": "center"}, "—"],
        [{"t": "IX", "align": "center"}, "Члени громадської ради при райдержадміністрації залучені до обговорення проекту Програми розвитку агропромислового комплексу району на 2013–2015 роки, внесено 6 пропозицій."],
        [{"t": "X", "align": "center"}, "без змін"],
        [{"t": "XII", "align": "center"}, "не проводились"],
    ], widths=[90, 540])
    blocks = [
        ("s", "11.12.2012 № 01-19/3051"), ("s", ""),
        ("s", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"), ("s", ""),
        ("p", "Прилуцька районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє."),
        ("p", "1. У IV кварталі 2012 року робота проводилась відповідно до районного плану заходів (розпорядження голови райдержадміністрації від 19.09.2012 № 287), який містить 12 пунктів."),
        ("p", "2. Стан виконання пунктів обласного плану наведено в таблиці:"),
        ("t", tbl),
        ("p", "3. Відповідальна особа за подання інформації — головний спеціаліст відділу організаційної роботи апарату райдержадміністрації Сорока І.В., тел. (04637) 3-12-84."),
        ("s", ""),
        ("s", "Голова райдержадміністрації                                                Г.М. Федоренко"),
    ]
    src = prose_html(["ПРИЛУЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "ЧЕРНІГІВСЬКОЇ ОБЛАСТІ", ""], [], blocks,
                     created="2012-12-11T16:20:00", author="Soroka")
    data = office("fn03_pryluky.docx", src, dt.datetime(2012, 12, 11, 16, 20), "html")
    plain = S("""
        Надсилаємо лист Прилуцької райдержадміністрації від 11.12.2012 № 01-19/3051 (Відкритий уряд).

        Сорока І.В.
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")), generator="Microsoft Word 11 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           "2047q", "windows-1251")], bnd(),
                     preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2003", "Прилуцька РДА", "rda-pryluky@example.gov.ua", "лист 01-19/3051 від 11.12.2012", when)
    return message(h, root)


KEY = {"class": "foreign_numbers", "executor": "rda-nosivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A tab-separated table in a windows-1251 body with «№ з/п», «№ пункту плану», a count column («3», «0», «2», «1») and document numbers in the notes («протоколи № 2, 3, 4», «рішення № 12»); plan rows 7 and 12 are «-» and a bare «не проводились».",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("fn04", KEY)
def fn04():
    seed("fn04")
    when = local("2013-06-13 13:13:13")
    t = "\t"
    rows = [
        ["№ з/п", "№ пункту плану", "Захід", "К-сть заходів", "Виконання", "Примітка"],
        ["1", "1", "Офіційний сайт", "—", "Оновлено розділи «Бюджет» та «Звернення громадян», розміщено звіт голови райдержадміністрації за 2012 рік", "розпорядження № 45"],
        ["2", "6", "Консультації з громадськістю", "3", "Проведено громадські слухання щодо проекту Програми благоустрою та 2 зустрічі з мешканцями сіл Мрин і Володькова Дівиця", "протоколи № 2, 3, 4"],
        ["3", "7", "Дорадчо-консультативні органи", "0", "-", ""],
        ["4", "9", "Обговорення проектів", "2", "Члени громадської ради обговорили 2 проекти розпоряджень голови райдержадміністрації (про районну програму «Питна вода» та про тарифи на перевезення)", ""],
        ["5", "10", "Комісія при громадській раді", "1", "Створено робочу групу з питань відкритості та прозорості при громадській раді", "рішення громадської ради № 12 від 14.03.2013"],
        ["6", "12", "Громадські експертизи", "0", "не проводились", ""],
        ["7", "16", "Інформування УВП", "", "Надано", ""],
    ]
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Інформація Носівської райдержадміністрації про стан виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року\n\n" +
            "\n".join(t.join(r) for r in rows) +
            "\n\nЗаступник голови райдержадміністрації" + t + t + t + "В.М. Кулик\n\nВик. Приходько Л.М. (04642) 2-10-56\n")
    root = text_part(body, "windows-1251", "quoted-printable")
    h = headers("outlook2003", "Носівська РДА", "rda-nosivka@example.gov.ua", "Відкритий уряд (Носівка)", when)
    return message(h, root)


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A document system's CDO mail («вих. № 214/01-05») with an .xls where the plan number is a number cell formatted «13.0», beside a running «№ з/п», group numbers, hours (6, 12) and participant counts with a «Разом» row of 102 and 24.",
       "items": [{"measure": 13, "source": "CPPK_seminary_p13.xls"}]}


@mail("fn05", KEY)
def fn05():
    seed("fn05")
    when = local("2013-02-27 16:16:16")
    fname = "CPPK_seminary_p13.xls"
    H = lambda t: C(t, st="ceH")
    N = lambda v: C(num=v, st="ceN1")
    rows = [
        [C("Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій", cs=7, st="ceT")] + [COVER] * 6,
        [C("Інформація про стан виконання " + PLAN_TITLE, cs=7, st="ceT")] + [COVER] * 6,
        [C("станом на 27.02.2013", cs=7, st="ceP")] + [COVER] * 6,
        [H("№ з/п"), H("Пункт плану"), H("Тема, категорія слухачів"), H("Група"), H("Дата"), H("К-сть слухачів"), H("Обсяг, год")],
        [1, N(13), "Семінар «Консультації з громадськістю: порядок організації та проведення» для заступників керівників структурних підрозділів облдержадміністрації", "№ 14", "14.02.2013", 28, 6],
        [2, N(13), "Тренінг «Інструменти політики сприяння розвитку громадянського суспільства» для спеціалістів райдержадміністрацій, які організовують консультації з громадськістю", "№ 15", "20.02.2013", 41, 12],
        [3, N(13), "Семінар «Громадська експертиза та громадські ради: взаємодія з органами влади» для спеціалістів структурних підрозділів облдержадміністрації", "№ 16", "26.02.2013", 33, 6],
        [C("Разом", st="ceB"), None, None, None, None, C(num=102, st="ceB"), C(num=24, st="ceB")],
        [C("", st="ceP")] * 7,
        [C("Директор Центру                                  Н.В. Лук'яненко", cs=7, st="ceP")] + [COVER] * 6,
    ]
    data = office("fn05_cppk.xls", fods([("Семінари", [1.3, 1.8, 8.0, 1.6, 2.3, 2.0, 1.8], rows, "ceW")],
                                        author="cppk", created="2013-02-27T15:00:00"),
                  dt.datetime(2013, 2, 27, 15, 0), "fods")
    text = S("""
        Документ: лист вих. № 214/01-05 від 27.02.2013
        Кореспондент: Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
        Зміст: Про виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області
        Вкладень: 1

        Лист сформовано автоматично системою електронного документообігу Чернігівського центру перепідготовки та підвищення кваліфікації. Відповідати на цю адресу не потрібно.
        """)
    root = multipart("mixed", [text_part(text, "windows-1251", "base64"),
                               attach(fname, data, "application/vnd.ms-excel", "ascii")], bnd(),
                     preamble="This is a multi-part message in MIME format.")
    h = headers("cdo", "", "cppk@example.gov.ua", "Вих. № 214/01-05 від 27.02.2013", when,
                extra=["Thread-Index: " + thread_index()])
    return message(h, root)


# ========================================================================================
# pa — personal_address: a private box or another office's box; the office only in the text
# ========================================================================================

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a private gmail.com box; the office appears only in the signature in the genitive («Головного управління економіки облдержадміністрації») while the letter opens with the addressee УВП in the dative; the .xlsx has a header merged over two rows and a running «№ п/п» beside the plan number; rows 6, 8, 12 are «—», «х», «не проводились».",
       "items": [{"measure": 1, "source": "ГУЕ_ВУ_2012.xlsx"},
                 {"measure": 2, "source": "ГУЕ_ВУ_2012.xlsx"},
                 {"measure": 7, "source": "ГУЕ_ВУ_2012.xlsx"},
                 {"measure": 9, "source": "ГУЕ_ВУ_2012.xlsx"}]}


@mail("pa01", KEY)
def pa01():
    seed("pa01")
    when = local("2012-12-14 18:22:05")
    fname = "ГУЕ_ВУ_2012.xlsx"
    H = lambda t, **k: C(t, st="ceH", **k)
    rows = [
        [C("Головне управління економіки облдержадміністрації", cs=5, st="ceT")] + [COVER] * 4,
        [C("Інформація про стан виконання " + PLAN_TITLE, cs=5, st="ceT")] + [COVER] * 4,
        [C("станом на 14.12.2012", cs=5, st="ceP")] + [COVER] * 4,
        [H("№ п/п", rs=2), H("Пункт Плану", rs=2), H("Стан виконання", cs=2), COVER, H("Відповідальний", rs=2)],
        [COVER, COVER, H("Зроблено"), H("Примітка"), COVER],
        [1, 1, "На веб-сторінці Головного управління економіки на офіційному сайті облдержадміністрації розміщено проекти регуляторних актів, звіти про відстеження їх результативності та інформацію про цільові програми", "", "Савченко І.О."],
        [2, 2, "Рубрику «Хід виконання цільових програм» створено на офіційному сайті облдержадміністрації у жовтні 2012 року; розміщено зведену інформацію про виконання 11 регіональних цільових програм за 9 місяців 2012 року", "щоквартально", "Савченко І.О."],
        [3, 6, "—", "", ""],
        [4, 7, "Представників ГО «Спілка підприємців Чернігівщини» та ГО «Молода Чернігівщина» включено до складу Регіональної ради підприємців при облдержадміністрації (розпорядження від 05.11.2012 № 431)", "", "Гурська Н.В."],
        [5, 8, "х", "", ""],
        [6, 9, "Проект Програми економічного і соціального розвитку області на 2013 рік обговорено з членами Громадської ради при облдержадміністрації на засіданні комітету з економічних питань 20.11.2012, враховано 4 пропозиції", "", "Гурська Н.В."],
        [7, 12, "не проводились", "", ""],
        [8, 16, "надано", "", ""],
    ]
    data = office("pa01_ekonomika.xlsx", fods([("Аркуш1", [1.3, 1.8, 10.5, 3.0, 3.2], rows, "ceW")], author="Iryna",
                                              created="2012-12-14T17:50:00"),
                  dt.datetime(2012, 12, 14, 17, 50), "fods")
    text = S("""
        Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

        Добрий вечір! Надсилаю з особистої пошти, бо службова з обіду не працює. Інформація щодо виконання Плану заходів з підвищення рівня відкритості та прозорості у вкладенні.

        --
        Савченко Ірина
        головний спеціаліст відділу організаційної роботи Головного управління економіки облдержадміністрації
        тел. 67-42-19
        """)
    html_ = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n")) + "</div>"
    b_in, b_out = bnd("gmail"), bnd("gmail")
    alt = multipart("alternative", [text_part(text, "UTF-8", "base64"), text_part(html_, "UTF-8", "quoted-printable", subtype="html")], b_in)
    att = attach(fname, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "2047b", "UTF-8",
                 extra=["X-Attachment-Id: f_hapq%s0" % alnum(5)])
    root = multipart("mixed", [alt, att], b_out)
    h = headers("gmail", "Ірина Савченко", "iryna.savchenko.cn@gmail.com", "Відкритий уряд ГУЕ", when, charset="UTF-8")
    return message(h, root)


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "From a private ukr.net box at night: the district is named only in the table's title and the genitive signature; the same tab table is pasted into the body «бо не знаю чи відкриється файл» and attached as a .csv, so each row counts once per source; rows 7 and 10 are «—» and «немає».",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"},
                 {"measure": 1, "source": "Kulykivka_VU_2013.csv"},
                 {"measure": 6, "source": "Kulykivka_VU_2013.csv"},
                 {"measure": 9, "source": "Kulykivka_VU_2013.csv"},
                 {"measure": 12, "source": "Kulykivka_VU_2013.csv"}]}


@mail("pa02", KEY)
def pa02():
    seed("pa02")
    when = local("2013-06-14 20:45:12")
    fname = "Kulykivka_VU_2013.csv"
    rows = [
        ["Пункт", "Захід", "Виконання"],
        ["1", "Офіційний сайт РДА", "На сайті райдержадміністрації створено розділ «Громадська рада», оновлено розділ «Доступ до публічної інформації», щотижня розміщуються новини"],
        ["6", "Консультації з громадськістю", "Проведено громадські слухання щодо проекту Програми розвитку житлово-комунального господарства району (16.05.2013, 33 учасники) та опитування мешканців смт Куликівка щодо якості вивезення сміття"],
        ["7", "Дорадчо-консультативні органи", "—"],
        ["9", "Обговорення проектів", "Члени громадської ради при РДА взяли участь в обговоренні проекту Програми розвитку ЖКГ району, внесено 2 пропозиції"],
        ["10", "Комісія з питань відкритості при громадській раді", "немає"],
        ["12", "Громадські експертизи", "ГО «Куликівщина — наш дім» провела громадську експертизу діяльності районного центру соціальних служб для сім'ї, дітей та молоді; за її результатами розроблено план заходів з усунення недоліків"],
    ]
    data = plain_file("pa02_kulykivka.csv", csv_bytes([["Куликівська районна державна адміністрація", "", ""],
                                                       ["Інформація про стан виконання Плану заходів (Відкритий уряд) за І півріччя 2013 р.", "", ""]] + rows))
    text = ("Інформація Куликівської райдержадміністрації про стан виконання Плану заходів з підвищення рівня відкритості та прозорості (Відкритий уряд) за І півріччя 2013 р.\n"
            "(дублюю в тексті, бо не знаю чи відкриється файл)\n\n" +
            "\n".join("\t".join(r) for r in rows) +
            "\n\nГоловний спеціаліст відділу організаційної роботи апарату Куликівської РДА\nОлена Кравченко\n")
    b = bnd("web")
    root = multipart("mixed", [text_part(text, "utf-8", "base64"),
                               attach(fname, data, "application/octet-stream", "ascii", cte="base64")], b)
    h = headers("ukrnet", "Олена Кравченко", "olena_kulyk79@ukr.net", "Відкритий уряд", when, charset="utf-8")
    return message(h, root)


KEY = {"class": "personal_address", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From a private i.ua box «бо на службовій переповнена квота»; the district is named in the body and signature in the genitive; the .odt table writes the plan numbers every way — «п.1», «6.», «7», «п. 9», «10.», «12» — with rows 7 and 12 a dash and a bare «не проводились».",
       "items": [{"measure": 1, "source": "Бобровиця ВУ ІІ півріччя.odt"},
                 {"measure": 6, "source": "Бобровиця ВУ ІІ півріччя.odt"},
                 {"measure": 9, "source": "Бобровиця ВУ ІІ півріччя.odt"},
                 {"measure": 10, "source": "Бобровиця ВУ ІІ півріччя.odt"}]}


@mail("pa03", KEY)
def pa03():
    seed("pa03")
    when = local("2013-12-13 14:14:14")
    fname = "Бобровиця ВУ ІІ півріччя.odt"
    tbl = table_html([
        [{"t": "№", "b": True}, {"t": "Захід", "b": True}, {"t": "Виконання", "b": True}],
        ["п.1", "Офіційний сайт", "Сайт райдержадміністрації переведено на нову систему управління вмістом, створено розділи «Громадське обговорення» та «Публічна інформація», оприлюднено 112 розпоряджень"],
        ["6.", "Консультації з громадськістю", "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (29.11.2013) та зустріч з мешканцями с. Кобижча щодо відкриття амбулаторії"],
        ["7", "Дорадчо-консультативні органи", "-"],
        ["п. 9", "Обговорення проектів", "Члени громадської ради при райдержадміністрації обговорили проект районного бюджету на 2014 рік на засіданні ради 25.11.2013"],
        ["10.", "Комісія при громадській раді", "Громадській раді рекомендовано утворити комісію з питань відкритості та прозорості діяльності райдержадміністрації, комісію утворено 08.10.2013"],
        ["12", "Громадські експертизи", "не проводились"],
    ], widths=[60, 170, 400])
    src = letter_html(["БОБРОВИЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", ""],
                      ["Інформація про стан виконання Плану заходів «Відкритий уряд»", "ІІ півріччя 2013 року"],
                      tbl, ["", "Керівник апарату                                              Л.М. Бабич"],
                      created="2013-12-13T12:00:00", author="Ostapchuk")
    data = office("pa03_bobrovytsia.odt", src, dt.datetime(2013, 12, 13, 12, 0), "html")
    text = S("""
        Шановні колеги!

        Направляємо інформацію Бобровицької райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (у вкладенні).
        Вибачте, що з цієї скриньки — на службовій переповнена квота.

        З повагою,
        Петро Остапчук
        сектор інформаційної діяльності та комунікацій з громадськістю апарату Бобровицької райдержадміністрації
        """)
    html_ = "<html><body>" + "".join("<p>%s</p>" % esc(l) if l else "<br>" for l in text.rstrip("\n").split("\n")) + "</body></html>"
    alt = multipart("alternative", [text_part(text, "windows-1251", "quoted-printable"),
                                    text_part(html_, "windows-1251", "quoted-printable", subtype="html")], bnd("web"))
    root = multipart("mixed", [alt, attach(fname, data, "application/vnd.oasis.opendocument.text", "2047b", "windows-1251")],
                     bnd("web"))
    h = headers("iua", "Петро Остапчук", "bobrovytsia.orgviddil@i.ua", "інформація ВУ", when)
    return message(h, root)


KEY = {"class": "personal_address", "executor": "rda-sribne", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "From a private meta.ua box two days after the deadline; the transposed .xls has the plan numbers as column heads, two empty spare columns and the district only in its title block and the body's genitive signature; columns 6, 9, 12 are «—» and a bare «не проводились».",
       "items": [{"measure": 1, "source": "Срібне_ВУ.xls"},
                 {"measure": 7, "source": "Срібне_ВУ.xls"},
                 {"measure": 10, "source": "Срібне_ВУ.xls"}]}


@mail("pa04", KEY)
def pa04():
    seed("pa04")
    when = local("2012-12-17 09:48:33")
    fname = "Срібне_ВУ.xls"
    H = lambda t: C(t, st="ceH")
    B = lambda t: C(t, st="ceB")
    rows = [
        [C("Срібнянська районна державна адміністрація", cs=9, st="ceT")] + [COVER] * 8,
        [C("Інформація про стан виконання Плану заходів (Відкритий уряд) станом на 14.12.2012", cs=9, st="ceT")] + [COVER] * 8,
        [C("", st="ceP")] * 9,
        [H("Пункт плану"), H("1"), H("6"), H("7"), H("9"), H("10"), H("12"), H(""), H("")],
        [B("Виконання"),
         "На сайті райдержадміністрації створено розділ «Доступ до публічної інформації» та «Громадська рада», розміщено 58 розпоряджень голови РДА",
         "—",
         "До складу районної координаційної ради з питань безпеки дорожнього руху включено 2 членів громадської ради при райдержадміністрації (розпорядження від 12.11.2012 № 228)",
         "не проводились",
         "Громадській раді при РДА рекомендовано утворити робочу групу з питань відкритості та прозорості; на засіданні 06.12.2012 рекомендацію підтримано, групу утворено",
         "не проводились", None, None],
        [B("Примітка"), None, None, None, None, None, None, None, None],
    ]
    data = office("pa04_sribne.xls", fods([("Лист1", [2.8, 4.5, 2.0, 4.5, 2.5, 4.5, 2.5, 2.0, 2.0], rows, "ceW")],
                                          author="user", created="2012-12-14T16:00:00"),
                  dt.datetime(2012, 12, 14, 16, 0), "fods")
    text = S("""
        Доброго дня! Вибачте за затримку - на службовій скриньці щось з поштою, тому з особистої.
        Інформація по Плану заходів у вкладенні.

        Ковальчук Світлана, відділ організаційної роботи апарату Срібнянської районної державної адміністрації
        """)
    b = bnd("web")
    root = multipart("mixed", [text_part(text, "windows-1251", "quoted-printable"),
                               attach(fname, data, "application/vnd.ms-excel", "2047b", "windows-1251")], b)
    h = headers("metaua", "Світлана", "sribne_rda_info@meta.ua", "Відкритий уряд Срібне", when)
    return message(h, root)


KEY = {"class": "personal_address", "executor": "gromrada", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The Public Council's secretary writes from УВП's own registered box (uvp-info@) — the sender's box belongs to the addressee; the council is named in the body and the signature; a Word HTML table with an «Виконавець» column answers 3, 4 and 15 (3 and 4 no longer owed but work in place).",
       "items": [{"measure": 3, "source": "body"},
                 {"measure": 4, "source": "body"},
                 {"measure": 15, "source": "body"}]}


@mail("pa05", KEY)
def pa05():
    seed("pa05")
    when = local("2013-12-05 15:35:40")
    intro = ["Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", "",
             "Інформація Громадської ради при облдержадміністрації про виконання Плану заходів за ІІ півріччя 2013 року (надсилаю з поштової скриньки управління, бо до скриньки ради зараз немає доступу):", ""]
    rows = [["Пункт плану", "Виконавець", "Стан виконання"],
            ["3", "УВП, Громадська рада", "Громадська рада підтримує роботу веб-ресурсу «Чернігівська громада»: щотижня розміщуються анонси і протоколи засідань комітетів, проекти рішень ради; за півріччя — 46 матеріалів"],
            ["4", "УВП, Громадська рада", "Інтернет-форум на веб-ресурсі працює з березня 2013 року; Громадська рада модерує розділ «Влада і громада», за ІІ півріччя створено 37 тем"],
            ["15", "УВП, регіональний координатор, Громадська рада", "28.11.2013 на засіданні Громадської ради проведено громадське обговорення виконання Плану заходів за участю представників 19 громадських організацій; пропозиції направлено облдержадміністрації"]]
    outro = ["", "Секретар Громадської ради при облдержадміністрації                 Л.В. Ярошенко"]
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    html_ = word_html("".join(wp(l) for l in intro) +
                      word_table([[{"t": c, "b": True} for c in rows[0]]] + rows[1:], [60, 160, 400]) +
                      "".join(wp(l) for l in outro))
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    h = headers("outlook2010", "Управління внутрішньої політики ОДА", "uvp-info@example.gov.ua",
                "Громадська рада - інформація за ІІ півріччя", when)
    return message(h, alt)


# ========================================================================================
# mx — mixed: forwards, corrections, cover note against attachment, two attachments, …
# ========================================================================================

KEY = {"class": "mixed", "executor": "rda-talalaivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird forwards, as a message/rfc822 attachment, the district's own letter of the day before that went to a mistyped address (uvp@cg.ukrtel.net.ua) and bounced; the .xlsx inside the forwarded message is the report delivered now and counts whole (rows 7 and 10 are «—» and a bare «не проводились»).",
       "items": [{"measure": 1, "source": "Талалаївка_інформація_І_півр_2013.xlsx"},
                 {"measure": 6, "source": "Талалаївка_інформація_І_півр_2013.xlsx"},
                 {"measure": 9, "source": "Талалаївка_інформація_І_півр_2013.xlsx"},
                 {"measure": 12, "source": "Талалаївка_інформація_І_півр_2013.xlsx"}]}


@mail("mx01", KEY)
def mx01():
    seed("mx01")
    when = local("2013-06-14 09:20:11")
    first = local("2013-06-13 16:02:40")
    fname = "Талалаївка_інформація_І_півр_2013.xlsx"
    H = lambda t: C(t, st="ceH")
    rows = [
        [C("Талалаївська районна державна адміністрація", cs=3, st="ceT"), COVER, COVER],
        [C("Інформація про стан виконання " + PLAN_TITLE, cs=3, st="ceT"), COVER, COVER],
        [C("за І півріччя 2013 року", cs=3, st="ceP"), COVER, COVER],
        [H("№ пункту плану"), H("Стан виконання"), H("Примітка")],
        [1, "На офіційному веб-сайті райдержадміністрації оновлено розділ «Доступ до публічної інформації», створено підрозділ «Громадська рада», розміщено звіт голови РДА за 2012 рік", ""],
        [6, "Проведено громадські слухання щодо проекту Програми розвитку освіти району на 2013–2015 роки (23.04.2013) та опитування мешканців щодо організації пасажирських перевезень (опитано 140 осіб)", ""],
        [7, "—", ""],
        [9, "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту Програми розвитку освіти району, внесено 3 пропозиції", ""],
        [10, "не проводились", ""],
        [12, "ГО «Талалаївська громада» провела громадську експертизу діяльності сектору з питань надання адміністративних послуг; розроблено заходи щодо скорочення черг, 2 з них виконано", ""],
    ]
    data = office("mx01_talalaivka.xlsx", fods([("Лист1", [2.6, 12.0, 3.5], rows, "ceW")], author="Talalaivka RDA",
                                               created="2013-06-13T15:30:00"),
                  dt.datetime(2013, 6, 13, 15, 30), "fods")
    # the original letter, as it was sent on 13.06 to a mistyped address
    inner_plain = S("""
        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

        Надаємо інформацію Талалаївської райдержадміністрації про стан виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (додається).

        Загальний відділ апарату Талалаївської РДА
        """)
    inner_root = multipart("mixed", [text_part(inner_plain, "UTF-8", "8bit", extra_params=["format=flowed"]),
                                     attach(fname, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                            "2231c", "UTF-8", name_style="2047b")],
                           bnd("thunderbird"), preamble="This is a multi-part message in MIME format.")
    inner_h = headers("thunderbird", "Талалаївська РДА", "rda-talalaivka@example.gov.ua",
                      "Інформація Талалаївської РДА (Відкритий уряд)", first, charset="UTF-8",
                      to="uvp@cg.ukrtel.net.ua", received=False)
    inner = message(inner_h, inner_root)
    fwd_name = "Інформація Талалаївської РДА (Відкритий уряд).eml"
    fwd = Part("message/rfc822", inner, "7bit", fname_params(fwd_name, "2047b", "UTF-8", "name"),
               ["Content-Disposition: attachment;" + CRLF + "\t" + fname_params(fwd_name, "2231c", "UTF-8")[0] +
                "".join(";" + CRLF + "\t" + p for p in fname_params(fwd_name, "2231c", "UTF-8")[1:])], ctype_fold=True)
    text = S("""
        Добрий день.

        Надсилаємо повторно: лист від 13.06 повернувся — помилково вказали адресу uvp@cg.ukrtel.net.ua. Оригінальний лист з таблицею у вкладенні.

        -- 
        Загальний відділ апарату Талалаївської РДА
        (04634) 2-12-39
        """)
    root = multipart("mixed", [text_part(text, "UTF-8", "8bit", extra_params=["format=flowed"]), fwd],
                     bnd("thunderbird"), preamble="This is a multi-part message in MIME format.")
    h = headers("thunderbird", "Талалаївська РДА", "rda-talalaivka@example.gov.ua",
                "Fwd: Інформація Талалаївської РДА (Відкритий уряд)", when, charset="UTF-8")
    return message(h, root)


KEY = {"class": "mixed", "executor": "rda-varva", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction «замість надісланої 11.12.2013» over the office's own earlier letter quoted under an Outlook «Від/Надіслано/Кому/Тема» block: the new text answers 7 and 12 and a corrected .xls is attached whole (rows 9 and 10 «—» and «без змін»); the quoted earlier letter counts nothing.",
       "items": [{"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"},
                 {"measure": 1, "source": "Варва_ВУ_уточнена.xls"},
                 {"measure": 6, "source": "Варва_ВУ_уточнена.xls"},
                 {"measure": 7, "source": "Варва_ВУ_уточнена.xls"},
                 {"measure": 12, "source": "Варва_ВУ_уточнена.xls"}]}


@mail("mx02", KEY)
def mx02():
    seed("mx02")
    when = local("2013-12-13 11:47:02")
    fname = "Варва_ВУ_уточнена.xls"
    H = lambda t: C(t, st="ceH")
    t7 = "Представників ГО «Варвинські ветерани» та районної організації Товариства Червоного Хреста включено до складу районної ради з питань соціального захисту населення (розпорядження голови РДА від 22.11.2013 № 341)"
    t12 = "ГО «Громадський контроль Варвинщини» провела громадську антикорупційну експертизу проекту розпорядження про встановлення тарифів на послуги водопостачання, 2 зауваження враховано"
    rows = [
        [C("Варвинська районна державна адміністрація", cs=3, st="ceT"), COVER, COVER],
        [C("Інформація про стан виконання Плану заходів «Відкритий уряд» за ІІ півріччя 2013 року (уточнена)", cs=3, st="ceT"), COVER, COVER],
        [C("", st="ceP")] * 3,
        [H("Пункт плану"), H("Виконання"), H("Примітка")],
        ["1", "Офіційний веб-сайт райдержадміністрації оновлено, створено розділ «Громадське обговорення», розміщено 19 проектів розпоряджень", ""],
        ["6", "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (02.12.2013) та «круглий стіл» з питань розвитку фермерства (24.10.2013)", ""],
        ["7", t7, "виправлено"],
        ["9", "—", ""],
        ["10", "без змін", ""],
        ["12", t12, "виправлено"],
    ]
    data = office("mx02_varva.xls", fods([("Лист1", [2.4, 12.5, 3.0], rows, "ceW")], author="Varva",
                                         created="2013-12-13T11:20:00"),
                  dt.datetime(2013, 12, 13, 11, 20), "fods")
    plain = ("Уточнена інформація (замість надісланої 11.12.2013). У попередній таблиці помилково не заповнено рядки 7 та 12:\n\n"
             "п. 7 — " + t7 + ";\n"
             "п. 12 — " + t12 + ".\n\n"
             "Уточнену таблицю додаємо.\n\n"
             "З повагою,\nзагальний відділ апарату Варвинської райдержадміністрації\n\n"
             "Від: Варвинська РДА [mailto:rda-varva@example.gov.ua] \n"
             "Надіслано: 11 грудня 2013 р. 10:02\n"
             "Кому: uvp@cg.ukrtel.net\n"
             "Тема: Інформація ВУ Варва\n\n"
             "Надсилаємо інформацію Варвинської РДА про виконання Плану заходів за ІІ півріччя 2013 року (додається).\n"
             "п. 7 — \n"
             "п. 12 — \n\n"
             "З повагою,\nзагальний відділ апарату Варвинської райдержадміністрації\n")
    top, quoted = plain.split("Від: Варвинська РДА", 1)
    quoted = "Від: Варвинська РДА" + quoted
    qlines = quoted.rstrip("\n").split("\n")
    inner = ("".join(wp(l) for l in top.rstrip("\n").split("\n")) + wp("") +
             "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
             "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:</span></b>"
             "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Варвинська РДА [mailto:rda-varva@example.gov.ua] <br><b>Надіслано:</b> 11 грудня 2013 р. 10:02<br><b>Кому:</b> uvp@cg.ukrtel.net<br><b>Тема:</b> Інформація ВУ Варва<o:p></o:p></span></p></div></div>" +
             wp("") + "".join(wp(l) for l in qlines[5:]))
    html_ = word_html(inner)
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/vnd.ms-excel", "2047b", "windows-1251")], bnd())
    prev = "<00%s01cef%s$%s$%s$@example.gov.ua>" % (hexs(2), hexs(3), hexs(8), hexs(8))
    h = headers("outlook2010", "Варвинська РДА", "rda-varva@example.gov.ua", "FW: Інформація ВУ Варва (уточнена)", when,
                in_reply_to=prev, references=prev)
    return message(h, root)


KEY = {"class": "mixed", "executor": "su-kapbud", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The cover note and the PDF report different measures: the note adds the collegium (8) and information sent for the rubric «Хід виконання цільових програм» (2), while the PDF table answers 1, 6 and 12 and has «х», «—» and a bare «не проводились» for the rest.",
       "items": [{"measure": 2, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 1, "source": "Капбуд_ВУ.pdf"},
                 {"measure": 6, "source": "Капбуд_ВУ.pdf"},
                 {"measure": 12, "source": "Капбуд_ВУ.pdf"}]}


@mail("mx03", KEY)
def mx03():
    seed("mx03")
    when = local("2012-12-14 16:00:00")
    fname = "Капбуд_ВУ.pdf"
    tbl = table_html([
        [{"t": "Пункт плану", "b": True}, {"t": "Стан виконання", "b": True}],
        ["1", "Веб-сторінку управління на офіційному сайті облдержадміністрації наповнено інформацією про об'єкти будівництва, що фінансуються з державного та обласного бюджетів, результати тендерних процедур та графіки прийому громадян"],
        ["2", "х"],
        ["6", "Проведено консультації з громадськістю щодо переліку об'єктів соціальної сфери для включення до програми будівництва на 2013 рік (електронне обговорення 01–25.10.2012, 14 пропозицій; зустріч з мешканцями с. Количівка 09.11.2012)"],
        ["7", "—"],
        ["8", "х"],
        ["9", "не проводились"],
        ["12", "Громадська антикорупційна експертиза проекту наказу «Про порядок відбору підрядних організацій» проведена ГО «Будівельна палата Чернігівщини», 3 рекомендації враховано"],
    ], widths=[90, 540])
    src = letter_html(["УПРАВЛІННЯ КАПІТАЛЬНОГО БУДІВНИЦТВА", "ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ", ""],
                      ["Інформація про стан виконання " + PLAN_TITLE],
                      tbl, ["", "Начальник управління                                               О.В. Гринь"],
                      created="2012-12-14T12:30:00", author="kapbud")
    data = office("mx03_kapbud.pdf", src, dt.datetime(2012, 12, 14, 12, 30), "html")
    plain = S("""
        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

        Управління капітального будівництва облдержадміністрації надає інформацію про виконання Плану заходів (таблиця у форматі PDF додається).

        Додатково повідомляємо:
        - голову комітету з питань будівництва та житлово-комунального господарства Громадської ради Головка М.І. введено до складу колегії управління (наказ від 05.11.2012 № 118);
        - інформацію про хід виконання обласної програми будівництва (реконструкції) об'єктів соціальної сфери за 9 місяців 2012 року направлено до Головного управління економіки для розміщення в рубриці «Хід виконання цільових програм» (лист від 29.10.2012 № 04-06/1733).

        Заступник начальника управління                       С.І. Пономаренко
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")), generator="Microsoft Word 12 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(fname, data, "application/pdf", "2047b", "windows-1251")], bnd(),
                     preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2007", "Управління капітального будівництва", "kapbud@example.gov.ua",
                "Інформація УКБ щодо Плану заходів", when)
    return message(h, root)


KEY = {"class": "mixed", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Two attachments: an .xls whose second sheet is last period's report left in the workbook (its rows 9 and 10 are not this report) and whose current row 6 only points to the other file, and a .doc «Довідка» on a public hearing that answers 6 and, through the council members' proposals, 9.",
       "items": [{"measure": 6, "source": "Довідка_слухання.doc"},
                 {"measure": 9, "source": "Довідка_слухання.doc"},
                 {"measure": 1, "source": "Семенівка_ВУ_ІІ_півр_2013.xls"},
                 {"measure": 7, "source": "Семенівка_ВУ_ІІ_півр_2013.xls"}]}


@mail("mx04", KEY)
def mx04():
    seed("mx04")
    when = local("2013-12-12 13:31:07")
    xname, dname = "Семенівка_ВУ_ІІ_півр_2013.xls", "Довідка_слухання.doc"
    H = lambda t: C(t, st="ceH")

    def sheet(title, body_rows):
        return [[C("Семенівська районна державна адміністрація", cs=3, st="ceT"), COVER, COVER],
                [C(title, cs=3, st="ceT"), COVER, COVER],
                [C("", st="ceP")] * 3,
                [H("№ пункту плану"), H("Стан виконання"), H("Примітка")]] + body_rows
    cur = sheet("Інформація про стан виконання Плану заходів (Відкритий уряд) за ІІ півріччя 2013 року", [
        [1, "Сайт райдержадміністрації переведено на новий хостинг, оновлено розділи «Регуляторна політика» та «Бюджет», розміщено 44 розпорядження голови РДА", ""],
        [6, "див. довідку, що додається", ""],
        [7, "До складу районної комісії з питань евакуації та координаційної ради у справах молоді включено 3 представники громадських організацій (розпорядження від 14.10.2013 № 256)", ""],
        [9, "—", ""],
        [10, "без змін", ""],
        [12, "не проводились", ""],
    ])
    old = sheet("Інформація про стан виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року", [
        [1, "На сайті РДА створено розділ «Громадська рада», розміщено протоколи її засідань", ""],
        [6, "Проведено громадські слухання щодо проекту Програми розвитку фізичної культури (12.04.2013)", ""],
        [9, "Члени громадської ради обговорили проект Програми розвитку фізичної культури, внесено 2 пропозиції", ""],
        [10, "Громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості, групу створено 20.05.2013", ""],
        [12, "не проводились", ""],
    ])
    xdata = office("mx04_semenivka.xls", fods([("ІІ півр 2013", [2.4, 12.5, 3.0], cur, "ceW"),
                                              ("І півр 2013", [2.4, 12.5, 3.0], old, "ceW")],
                                             author="Semenivka", created="2013-06-11T10:00:00"),
                   dt.datetime(2013, 12, 12, 11, 0), "fods")
    blocks = [
        ("p", "28 листопада 2013 року в залі засідань райдержадміністрації відбулися громадські слухання щодо проекту Програми соціально-економічного розвитку Семенівського району на 2014 рік, організовані відповідно до Порядку проведення консультацій з громадськістю з питань формування та реалізації державної політики."),
        ("p", "У слуханнях взяли участь 57 осіб, у тому числі 5 членів громадської ради при райдержадміністрації, які внесли 7 пропозицій до проекту програми; 4 пропозиції враховано в остаточній редакції програми, щодо решти надано обґрунтовані відповіді."),
        ("p", "Оголошення про слухання було оприлюднено на офіційному веб-сайті райдержадміністрації та в газеті «Життя Семенівщини» за 15.11.2013, звіт про результати — на сайті 05.12.2013."),
        ("s", ""),
        ("s", "Начальник відділу економічного розвитку райдержадміністрації                    Н.О. Гарбуз"),
    ]
    dsrc = prose_html([], ["ДОВІДКА", "про проведення громадських слухань щодо проекту Програми соціально-економічного розвитку Семенівського району на 2014 рік"],
                      blocks, created="2013-12-06T09:40:00", author="Garbuz")
    ddata = office("mx04_semenivka_dovidka.doc", dsrc, dt.datetime(2013, 12, 6, 9, 40), "html")
    plain = S("""
        Надсилаємо інформацію Семенівської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості за ІІ півріччя 2013 р. (таблиця та довідка про громадські слухання).

        Загальний відділ апарату РДА
        """)
    html_ = word_html("".join(wp(l) for l in plain.rstrip("\n").split("\n")), generator="Microsoft Word 11 (filtered medium)")
    alt = multipart("alternative", [text_part(plain), text_part(html_, subtype="html")], bnd())
    root = multipart("mixed", [alt, attach(xname, xdata, "application/vnd.ms-excel", "2047b", "windows-1251"),
                               attach(dname, ddata, "application/msword", "2047b", "windows-1251")], bnd(),
                     preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2003", "Семенівська РДА", "rda-semenivka@example.gov.ua", "Відкритий уряд - Семенівка", when)
    return message(h, root)


KEY = {"class": "mixed", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML with an inline logo (multipart/related, cid) whose plain twin is labelled koi8-u but written in windows-1251; the coordinator reports the public discussion of the plan's progress, and the table that follows gives participants' proposals under «1», «6», «12» — wishes for the future, not work on those measures.",
       "items": [{"measure": 15, "source": "body"}]}


@mail("mx05", KEY)
def mx05():
    seed("mx05")
    when = local("2013-11-29 12:05:33")
    intro = [
        "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        "",
        "Регіональний координатор Ініціативи «Партнерство «Відкритий уряд» у Чернігівській області інформує, що 26.11.2013 у приміщенні облдержадміністрації проведено громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності влади в області за участю 34 представників інститутів громадянського суспільства, Громадської ради та структурних підрозділів облдержадміністрації.",
        "",
        "За результатами обговорення учасники підготували пропозиції щодо подальшого виконання Плану:",
        "",
    ]
    rows = [["Пункт плану", "Пропозиція учасників обговорення"],
            ["1", "Запровадити єдиний шаблон офіційних сайтів райдержадміністрацій з обов'язковим розділом «Громадське обговорення»"],
            ["6", "Щокварталу оприлюднювати орієнтовні плани консультацій з громадськістю"],
            ["12", "Передбачити в місцевих бюджетах кошти на підтримку громадських експертиз"]]
    outro = ["", "Висновки обговорення розміщено на веб-ресурсі «Чернігівська громада».", "",
             "З повагою,", "Дмитро Марченко", "регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області",
             "ГО «Центр громадських ініціатив»"]
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(outro) + "\n"
    cid = "image001.png@01CEECF4.%s" % HEXS(8)
    logo = ("<p class=MsoNormal><img width=64 height=24 id=\"Picture_x0020_1\" src=\"cid:%s\" alt=\"logo\"><o:p></o:p></p>" % cid)
    html_ = word_html(logo + "".join(wp(l) for l in intro) +
                      word_table([[{"t": c, "b": True} for c in rows[0]]] + rows[1:], [90, 520]) +
                      "".join(wp(l) for l in outro))
    alt = multipart("alternative", [text_part(plain, "windows-1251", "quoted-printable", declared="koi8-u"),
                                    text_part(html_, "windows-1251", "quoted-printable", subtype="html")], bnd())
    img = Part("image/png", tiny_png(), "base64", ['name="image001.png"'],
               ["Content-ID: <%s>" % cid, "Content-Disposition: inline;" + CRLF + "\tfilename=\"image001.png\""], ctype_fold=True)
    root = multipart("related", [alt, img], bnd(), params=['type="multipart/alternative"'],
                     preamble="This is a multi-part message in MIME format.")
    h = headers("outlook2010", "Дмитро Марченко", "ogp-coordinator@example.org.ua",
                "Громадське обговорення виконання Плану заходів 26.11.2013", when)
    return message(h, root)


# ========================================================================================
# Checks and output
# ========================================================================================


def decoded_filename(part):
    name = part.get_filename()
    if name and "=?" in name:
        name = str(email.header.make_header(email.header.decode_header(name)))
    return name


def attachment_names(msg):
    names = []
    for part in msg.walk():
        n = decoded_filename(part)
        if n:
            names.append(n)
    return names


def plan_ids():
    ids = set(EXECUTOR_IDS)
    if os.path.exists(PLAN_TOML):
        try:
            import tomllib
            with open(PLAN_TOML, "rb") as f:
                ids = {e["id"] for e in tomllib.load(f)["executor"]}
        except Exception:
            ids = set(re.findall(r'^id\s*=\s*"([^"]+)"', open(PLAN_TOML, encoding="utf-8").read(), re.M))
    return ids


def check(name, key, raw, ids):
    errs = []
    prefix = re.match(r"[a-z]+", name).group(0)
    if key["class"] != CLASSES.get(prefix):
        errs.append("class %r does not match prefix %r" % (key["class"], prefix))
    if key["executor"] not in ids:
        errs.append("executor %r is not a plan.toml id" % key["executor"])
    if list(key) != ["class", "executor", "period", "late", "kind", "reason", "note", "items"]:
        errs.append("key fields out of order: %r" % list(key))
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        errs.append("line ends are not CRLF throughout")
    if re.search(rb"[\x80-\xff]", raw.split(b"\r\n\r\n", 1)[0]):
        errs.append("8-bit bytes in the top-level header")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[h] is None:
            errs.append("no %s header" % h)
    if MAILBOX not in str(msg["To"]).lower():
        errs.append("To is not the mailbox")
    date = email.utils.parsedate_to_datetime(str(msg["Date"]))
    kdate = to_kyiv(date)
    per, late = period_of(kdate.date())
    if not (2012 <= kdate.year <= 2013):
        errs.append("Date outside 2012-2013")
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late %r/%r but Date %s gives %r/%r" % (key["period"], key["late"], kdate, per, late))
    top = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    first_received = re.search(r"^Received:(.*?)(?=\r\n\S)", top, re.S | re.M)
    rdate = email.utils.parsedate_to_datetime(first_received.group(1).rsplit(";", 1)[1].strip())
    if not top.startswith("Received:"):
        errs.append("Received is not the top header")
    gap = (rdate - date).total_seconds()
    if not (0 < gap <= 120):
        errs.append("top Received is %ss after Date" % gap)
    if to_kyiv(rdate).date() != kdate.date():
        errs.append("top Received is on another Kyiv day")
    for r in re.findall(r"^Received:(.*?)(?=\r\n\S)", top, re.S | re.M)[1:]:
        if email.utils.parsedate_to_datetime(r.rsplit(";", 1)[1].strip()) > rdate:
            errs.append("an inner Received is newer than the top one")
    items = key["items"]
    if key["kind"] == "not_report":
        if items or key["reason"] not in REASONS or key["class"] != "not_report":
            errs.append("not_report keys take a reason and no items")
    else:
        if key["kind"] != "report" or key["reason"] is not None:
            errs.append("a report has kind 'report' and reason null")
        if not items:
            errs.append("a report without items")
    names = attachment_names(msg)
    if len(set(names)) != len(names):
        errs.append("two attachments share a name")
    pairs = [(i["measure"], i["source"]) for i in items]
    for i in items:
        if set(i) != {"measure", "source"}:
            errs.append("item fields %r" % sorted(i))
        if not (isinstance(i["measure"], int) and 1 <= i["measure"] <= 15):
            errs.append("measure %r out of 1-15" % i["measure"])
        if i["source"] != "body" and i["source"] not in names:
            errs.append("source %r is not an attachment of the mail (%r)" % (i["source"], names))
    if len(set(pairs)) != len(pairs):
        errs.append("items are not unique")
    order = sorted(pairs, key=lambda p: (0 if p[1] == "body" else 1, p[1], p[0]))
    if pairs != order:
        errs.append("items are not sorted (body first, then by source, then by measure)")
    for part in msg.walk():
        if part.get_filename() and not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            if len(payload) >= 60 * 1024:
                errs.append("attachment %s is %d bytes" % (decoded_filename(part), len(payload)))
            n = decoded_filename(part)
            if n.lower().endswith(".pdf") and shutil.which("pdftotext"):
                out = subprocess.run(["pdftotext", "-", "-"], input=payload, capture_output=True).stdout
                if len(out.decode("utf-8", "replace").split()) < 20:
                    errs.append("PDF %s has no text layer" % n)
    return errs


def main():
    os.makedirs(ATT, exist_ok=True)
    ids = plan_ids()
    seen, bad = set(), 0
    only = set(sys.argv[1:])
    for name, key, fn in MAILS:
        if name in seen:
            print("duplicate mail", name)
            bad += 1
        seen.add(name)
        if only and name not in only:
            continue
        raw = fn()
        errs = check(name, key, raw, ids)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        for e in errs:
            print("%s: %s" % (name, e))
        bad += len(errs)
    if not only:
        counts = {}
        for name, key, fn in MAILS:
            counts[name[:2]] = counts.get(name[:2], 0) + 1
        if len(MAILS) != 40 or any(v != 5 for v in counts.values()) or set(counts) != set(CLASSES):
            print("expected 40 mails, 5 per class: %r" % counts)
            bad += 1
        measures = {i["measure"] for _, k, _ in MAILS for i in k["items"]}
        if measures != set(range(1, 16)):
            print("measures never reported: %r" % sorted(set(range(1, 16)) - measures))
            bad += 1
    print("%d mails, %d problems" % (len(seen) if not only else len(only), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
