#!/usr/bin/env python3
"""Build the «missive» corpus: 40 report e-mails to uvp@cg.ukrtel.net and their answer keys.

    python3 make.py            build every NAME.eml and NAME.expected.json, then check them
    python3 make.py --totals   also print the totals used in README.md

Python 3 standard library only.  Office attachments are read from attachments/ (converted once
by attachments/convert.py from the HTML and CSV sources in attachments/src/); the calendar
invitation and the inline PNG are written here.

Each mail has its answer KEY written directly above its builder (and was written before the
mail's text).  The builders assemble the raw MIME by hand, so that every header, charset,
transfer encoding and file-name style is exactly what the imitated client would send.
"""
import base64
import binascii
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import re
import struct
import sys
import zlib

try:
    from zoneinfo import ZoneInfo
    try:
        KYIV = ZoneInfo("Europe/Kyiv")
    except Exception:  # older tzdata
        KYIV = ZoneInfo("Europe/Kiev")
except ImportError:  # pragma: no cover
    KYIV = None

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
MAILBOX = "uvp@cg.ukrtel.net"

# --------------------------------------------------------------------------------------------
# The plan as zvit knows it (config/plan.toml): executor ids and registered addresses, periods.
# --------------------------------------------------------------------------------------------

EXECUTORS = {
    "uvp": ["uvp-info@example.gov.ua"],
    "gromrada": ["gromrada@example.gov.ua"],
    "zvernennia": ["zvernennia@example.gov.ua"],
    "cppk": ["cppk@example.gov.ua"],
    "ogp-coordinator": ["ogp-coordinator@example.org.ua"],
    "su-osvita": ["osvita@example.gov.ua"],
    "su-zdorovia": ["zdorovia@example.gov.ua"],
    "su-kultura": ["kultura@example.gov.ua"],
    "su-sotszakhyst": ["sotszakhyst@example.gov.ua"],
    "su-simia": ["simia@example.gov.ua"],
    "su-apk": ["apk@example.gov.ua"],
    "su-finansy": ["finansy@example.gov.ua"],
    "su-ekonomika": ["ekonomika@example.gov.ua"],
    "su-zhkh": ["zhkh@example.gov.ua"],
    "su-kapbud": ["kapbud@example.gov.ua"],
    "su-ekolohiia": ["ekolohiia@example.gov.ua"],
    "su-arkhiv": ["arkhiv@example.gov.ua"],
    "su-mistobuduvannia": ["mistobuduvannia@example.gov.ua"],
    "su-sluzhba-ditei": ["sluzhba-ditei@example.gov.ua"],
}
for _d in ["bakhmach", "bobrovytsia", "borzna", "varva", "horodnia", "ichnia", "kozelets",
           "korop", "koriukivka", "kulykivka", "mena", "nizhyn", "novhorod-siverskyi", "nosivka",
           "pryluky", "ripky", "semenivka", "sosnytsia", "sribne", "talalaivka", "chernihiv",
           "shchors"]:
    EXECUTORS["rda-" + _d] = ["rda-%s@example.gov.ua" % _d]
REGISTERED = {a: e for e, addrs in EXECUTORS.items() for a in addrs}
PRIVATE_DOMAINS = {"gmail.com", "ukr.net", "i.ua", "meta.ua"}

APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3


def period_of(day):
    """(period, late) for a Kyiv calendar day, or (None, None) outside every period."""
    if day < APPROVED:
        return None, None
    start = APPROVED
    for n, d in enumerate(DEADLINES, 1):
        if start <= day <= d:
            return n, False
        if d < day <= d + dt.timedelta(days=GRACE_DAYS):
            return n, True
        start = d + dt.timedelta(days=GRACE_DAYS + 1)
    return None, None


CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# The plan's measures, verbatim (used where an office quotes zvit's reminder or receipt).
MEASURES = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
}
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def T(s):
    """A body text written flush left in a triple-quoted string (first newline dropped)."""
    if s.startswith("\n"):
        s = s[1:]
    return s


def quote(text, prefix="> ", empty=">"):
    """Quote every line the way a mail client does."""
    out = []
    for line in text.split("\n"):
        if line == "":
            out.append(empty)
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def reminder(executor, deadline, today, missing, partial=False):
    """zvit's reminder (config/templates/reminder.txt.j2), not overdue."""
    s = "Шановні колеги!\n\n"
    s += ("Нагадуємо, що відповідно до пункту 16 " + PLAN_TITLE +
          " інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s.\n\n"
          % (deadline, MAILBOX))
    if partial:
        s += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати "
              "відомості щодо пунктів, наведених нижче.\n" % today)
    else:
        s += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n"
              % (today, executor))
    for m in missing:
        s += "\n  %d. %s\n" % (m, MEASURES[m])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
          "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
          "зазначивши номери пунктів плану.\n\n")
    s += "Просимо дотримуватися встановленого терміну.\n\n"
    s += "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\n"
    s += "З повагою\n" + UVP_NAME
    return s


def receipt(executor, received, subject, period, deadline, recognised, missing):
    """zvit's receipt (config/templates/receipt.txt.j2)."""
    s = "Шановні колеги!\n\n"
    s += ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
          "підтверджує отримання Вашого листа від %s «%s».\n\n" % (received, subject))
    s += "Виконавець: %s.\n" % executor
    s += "Звітний період: %d-й (термін подання інформації — %s).\n\n" % (period, deadline)
    s += "Розпізнано інформацію щодо таких пунктів плану:\n"
    for n, excerpt in recognised:
        s += "  • пункт %d: %s\n" % (n, excerpt)
    s += "\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n"
    for m in missing:
        s += "  %d. %s\n" % (m, MEASURES[m])
    s += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу "
          "%s.\n\nЗ повагою\n%s" % (MAILBOX, UVP_NAME))
    return s


# --------------------------------------------------------------------------------------------
# MIME helpers (everything is built with "\n" and turned into CRLF at the end)
# --------------------------------------------------------------------------------------------

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _one_ew(s, cs, mode):
    b = s.encode(cs)
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in Q_SAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def ew(s, cs="utf-8", mode="B", first=0, fold="\n "):
    """RFC 2047 encoded words, split so that no word is longer than 75 characters."""
    words, cur = [], ""
    limit = 75
    for ch in s:
        if cur and len(_one_ew(cur + ch, cs, mode)) > limit - (first if not words else 0):
            words.append(_one_ew(cur, cs, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_one_ew(cur, cs, mode))
    return fold.join(words)


def addr(name, address, cs=None, mode="B", quoted=False):
    if not name:
        return address
    if cs is None:
        return '"%s" <%s>' % (name, address) if quoted else "%s <%s>" % (name, address)
    enc = ew(name, cs, mode, fold=" ")
    return '"%s" <%s>' % (enc, address) if quoted else "%s <%s>" % (enc, address)


def b64(data):
    return base64.encodebytes(data)


def qp(data):
    data = data.replace(b"\r\n", b"\n")
    return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)


def encode_body(data, cte):
    data = data.replace(b"\r\n", b"\n")
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        out = qp(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=""):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in self.headers)
        out += b"\n"
        if self.parts is None:
            return out + self.body
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        if self.epilogue:
            out += self.epilogue.encode("ascii")
        return out


def text(s, subtype="plain", cs="utf-8", cte="quoted-printable", ctype=None, raw=None,
         extra=(), label=None):
    """A text part.  raw: bytes to send instead of s.encode(cs) (mislabelled charset)."""
    data = raw if raw is not None else s.encode(cs)
    if ctype is None:
        ctype = 'text/%s; charset="%s"' % (subtype, label or cs)
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, encode_body(data, cte))


def multi(subtype, parts, boundary, preamble=None, extra=()):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))]
                + list(extra), parts=parts, boundary=boundary, preamble=preamble)


def _pct(s, cs):
    return "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "-._~" else "%%%02X" % c
                   for c in s.encode(cs))


def read_att(name):
    with open(os.path.join(ATT, name), "rb") as f:
        return f.read()


def attach(data, ctype, filename, style, cs="utf-8", disposition="attachment", extra=(),
           ct_params=""):
    """An attachment, its file name written the way a given client writes it.

    style: ascii | 2047B | 2047Q | 2231 | 2231cont (Thunderbird: RFC 2047 in name=,
    RFC 2231 with continuations in filename*) | outlook (RFC 2047 B, quoted, in both).
    """
    if style == "ascii":
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    elif style in ("2047B", "2047Q", "outlook"):
        mode = "Q" if style == "2047Q" else "B"
        enc = ew(filename, cs, mode, fold="\n ")
        ct = '%s;\n\tname="%s"' % (ctype, enc)
        cd = '%s;\n\tfilename="%s"' % (disposition, enc)
    elif style == "2231":
        ct = "%s;\n name*=%s''%s" % (ctype, cs, _pct(filename, cs))
        cd = "%s;\n filename*=%s''%s" % (disposition, cs, _pct(filename, cs))
    elif style == "2231cont":
        enc = ew(filename, cs, "B", fold="\n ")
        ct = '%s;\n name="%s"' % (ctype, enc)
        pct = _pct(filename, cs)
        chunks, cur = [], ""
        for tok in re.findall(r"%[0-9A-F]{2}|.", pct):
            if len(cur) + len(tok) > 48:
                chunks.append(cur)
                cur = ""
            cur += tok
        chunks.append(cur)
        segs = []
        for i, c in enumerate(chunks):
            segs.append("filename*%d*=%s%s" % (i, (cs.upper() + "''") if i == 0 else "", c))
        cd = disposition + ";\n " + ";\n ".join(segs)
    else:
        raise ValueError(style)
    ct += ct_params
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", "base64"),
          ("Content-Disposition", cd)] + list(extra)
    return Part(hs, b64(data))


def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfc_date(t, tz=None, comment=False, zero_pad=False):
    """RFC 5322 date of an aware datetime, written in tz (default: the datetime's own)."""
    if tz is not None:
        t = t.astimezone(tz)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" % t.day) if zero_pad else str(t.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()], day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
         "Dec"][t.month - 1], t.year, t.hour, t.minute, t.second, sign, mins // 60, mins % 60)
    if comment:
        s += " (%s)" % ("EEST" if off == dt.timedelta(hours=3) else "EET" if off == dt.timedelta(hours=2) else "UTC")
    return s


RELAYS = {
    "example.gov.ua": ("mail.example.gov.ua", "198.51.100.23"),
    "example.org.ua": ("mx.example.org.ua", "198.51.100.71"),
    "gmail.com": ("mail-wg0-f44.google.com", "74.125.82.44"),
    "ukr.net": ("frv71.fwdcdn.com", "212.42.77.71"),
    "i.ua": ("mx2.i.ua", "91.198.36.11"),
    "meta.ua": ("mail.meta.ua", "194.0.131.18"),
}


def envelope(frm, to, subject, date, msgid, delay, extra=(), date_str=None, relay=None):
    """Top headers: a Received: line a few seconds after Date, then the client's headers.

    frm is the whole From: value; the relay is chosen by the sender's domain.
    """
    frm_addr = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    domain = frm_addr.rsplit("@", 1)[1]
    host, ip = relay or RELAYS[domain]
    recv = date + dt.timedelta(seconds=delay)
    qid = "%010X" % (zlib.crc32(msgid.encode()) * 97 % (16 ** 10))
    received = ("from %s (%s [%s])\n\tby mail.cg.ukrtel.net (Postfix) with ESMTP id %s\n"
                "\tfor <%s>; %s" % (host, host, ip, qid, MAILBOX, rfc_date(recv, KYIV, comment=True)))
    hs = [("Received", received), ("From", frm), ("To", to), ("Subject", subject),
          ("Date", date_str or rfc_date(date, zero_pad=any(k == "User-Agent" and "Thunderbird" in v
                                                             for k, v in extra))),
          ("Message-ID", msgid)]
    return hs + list(extra)


def message(headers, root):
    """Assemble the whole message: headers of the envelope and client, then the root part."""
    hs = list(headers) + [("MIME-Version", "1.0")]
    root = Part(hs + root.headers, root.body, root.parts, root.boundary, root.preamble,
                root.epilogue)
    raw = root.render()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def png(width, height, draw):
    """A small PNG (RGB) painted by draw(x, y) -> (r, g, b)."""
    rows = b"".join(b"\x00" + b"".join(bytes(draw(x, y)) for x in range(width))
                    for y in range(height))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------

MAILS = []


def mail(key):
    def deco(fn):
        MAILS.append((fn.__name__, dict(key), fn))
        return fn
    return deco


# ============================================================================================
# The mails.  Each KEY stands directly above its builder.
# ============================================================================================

# ---------------------------------------------------------------- ph: placeholders ----------

KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A table pasted from Excel as tab-separated text with a row for all 16 measures, where rows 2-5, 8, 11, 13-15 carry «х», 7 a dash, 10 an empty cell and 12 a bare «не проводились»; only rows 1, 6 and 9 say anything.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail(KEY)
def ph1_sribne_excel_paste():
    rows = [
        ("№ п/п", "Зміст заходу", "Виконавець", "Інформація про виконання"),
        ("1", "Приведення інформаційного наповнення офіційних сайтів до вимог законодавства", "РДА",
         "На офіційному веб-сайті райдержадміністрації оновлено розділи «Регуляторна політика» та «Доступ до публічної інформації», розміщено звіт про виконання районного бюджету за I квартал 2013 року"),
        ("2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "структурні підрозділи ОДА", "х"),
        ("3", "Веб-ресурс «Чернігівська громада»", "УВП, Громадська рада", "х"),
        ("4", "Інтернет-форум", "УВП, Громадська рада", "х"),
        ("5", "«Гаряча лінія» голови ОДА", "УВП, відділ роботи із зверненнями", "х"),
        ("6", "Консультації з громадськістю (постанова КМУ № 996)", "РДА",
         '"Проведено громадське обговорення проекту Програми розвитку малого підприємництва в районі на 2013-2014 роки (протокол від 16.04.2013)\nзустрічі голови РДА з жителями сіл Гурбинці та Олексинці"'),
        ("7", "Залучення представників ІГС до дорадчо-консультативних органів", "РДА", "—"),
        ("8", "Голови комітетів Громадської ради у складі колегій", "структурні підрозділи ОДА", "х"),
        ("9", "Залучення членів громадських рад до обговорення проектів розпоряджень, програм", "РДА",
         "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження «Про затвердження районної програми оздоровлення та відпочинку дітей на 2013 рік»"),
        ("10", "Комісія (робоча група) з питань відкритості при громадській раді", "РДА", ""),
        ("11", "Дні відкритих дверей", "УВП", "х"),
        ("12", "Громадські експертизи", "РДА", "не проводились"),
        ("13", "Навчальні семінари", "УВП, ЦППК", "х"),
        ("14", "Методичні посібники", "УВП", "х"),
        ("15", "Громадське обговорення виконання заходів", "УВП", "х"),
        ("16", "Надання інформації до УВП", "РДА", "Інформацію надано"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    body = T("""
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Срібнянська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за I півріччя 2013 року.

""") + table + T("""
\t\t\t

Заступник голови райдержадміністрації\t\t\tВ.М.Гордієнко
Виконавець: Литвин Л.П., 2-14-73
""")
    date = kyiv(2013, 6, 14, 9, 47, 12)
    hs = envelope(addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251", quoted=True),
                  MAILBOX, ew("Інформація Срібнянської РДА", "windows-1251", "B", 9), date,
                  "<000901ce68d4$6b1e7a40$0b00a8c0@orgviddil>", 4,
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "placeholder", "executor": "rda-varva", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only web mail full of <div>, <br> and &nbsp;: a list of «п.N - ...» lines where 6 and 9 carry a bare «+», 7 «без змін» and 12 a dash; only 1 and 10 have text.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def ph2_varva_html_only():
    html = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<div>Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</div>
<div>&nbsp;</div>
<div>Варвинська райдержадміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за II півріччя 2013&nbsp;року:</div>
<div>&nbsp;</div>
<div>п.1&nbsp;-&nbsp;на офіційному веб-сайті райдержадміністрації створено розділ &laquo;Громадське обговорення&raquo;, розміщено 9 проектів регуляторних актів та звіти&nbsp;про відстеження їх результативності;<br />п.6&nbsp;-&nbsp;+<br />п.7&nbsp;-&nbsp;без змін<br />п.9&nbsp;-&nbsp;+<br />п.10&nbsp;-&nbsp;за рекомендацією райдержадміністрації громадська рада на засіданні 24.10.2013 утворила робочу групу з питань відкритості та прозорості діяльності органів влади у складі 5&nbsp;осіб;<br />п.12&nbsp;-&nbsp;-<br />п.16&nbsp;-&nbsp;+</div>
<div>&nbsp;</div>
<div>З повагою,<br />сектор організаційної роботи та зв'язків з громадськістю&nbsp;апарату Варвинської РДА<br />Мельник Т.В.<br />&nbsp;</div>
</body></html>
""")
    date = kyiv(2013, 12, 6, 14, 12, 40)
    hs = envelope(addr("Варвинська РДА", "rda-varva@example.gov.ua", "UTF-8"), MAILBOX,
                  ew("Виконання плану заходів (відкритий уряд) - Варвинська РДА", "UTF-8", "Q", 9),
                  date, "<6c5e0f7b2a91d4e3b1f8a0c7d2e6b934@example.gov.ua>", 2,
                  extra=[("User-Agent", "Roundcube Webmail/0.7.2"),
                         ("X-Sender", "rda-varva@example.gov.ua")])
    return message(hs, text(html, subtype="html", cs="UTF-8", cte="quoted-printable",
                            ctype="text/html; charset=UTF-8"))


KEY = {"class": "placeholder", "executor": "su-arkhiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls with a row for every measure 1-16 carrying «—», «х», «немає» and a bare «не проводились»; only rows 1, 6 and 8 report work, and the cover note only says «надсилаємо інформацію».",
       "items": [{"measure": 1, "source": "Відкритий уряд_Держархів.xls"},
                 {"measure": 6, "source": "Відкритий уряд_Держархів.xls"},
                 {"measure": 8, "source": "Відкритий уряд_Держархів.xls"}]}


@mail(KEY)
def ph3_arkhiv_xls():
    body = T("""
Добрий день!

Надсилаємо інформацію Державного архіву Чернігівської області щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (вих. № 01-13/862 від 11.12.2012).

Додаток: на 1 арк.

З повагою
Коваленко Ірина Олексіївна
провідний спеціаліст відділу інформації та використання документів
Державного архіву Чернігівської області
тел. (0462) 67-71-35
""")
    date = kyiv(2012, 12, 12, 10, 5, 31)
    b = "----=_NextPart_000_0016_01CDD84B.5C3A2F40"
    root = multi("mixed", [
        text(body, cs="windows-1251", cte="quoted-printable",
             ctype='text/plain;\n\tcharset="windows-1251"'),
        attach(read_att("ph3_arkhiv.xls"), "application/vnd.ms-excel",
               "Відкритий уряд_Держархів.xls", "outlook", cs="windows-1251"),
    ], b, preamble="This is a multi-part message in MIME format.\n")
    hs = envelope(addr("Держархів області", "arkhiv@example.gov.ua", "windows-1251", quoted=True),
                  '"uvp@cg.ukrtel.net" <uvp@cg.ukrtel.net>',
                  ew("Інформація про виконання плану заходів (Відкритий уряд)", "windows-1251", "B", 9),
                  date, "<001501cdd84b$5c3a2f40$14f08dc0$@example.gov.ua>", 6,
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                         ("Thread-Index", "Ac3YSz5rY0eLN1oWRv2nqXq3bTdK1g=="),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, root)


KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A Thunderbird reply to zvit's reminder where the clerk types «>>>» answers under each quoted item, so her own lines look like a third level of quoting; items 2, 7, 8, 9, 12 get «-», «без змін», «немає», «не проводились», «не було».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail(KEY)
def ph4_ekolohiia_triple_gt():
    rem = reminder("Управління екології та природних ресурсів облдержадміністрації", "15.12.2013",
                   "09.12.2013", [1, 2, 6, 7, 8, 9, 12])
    answers = {
        1: ">>> Інформація на сайті управління постійно оновлюється, у листопаді розміщено Регіональну доповідь про стан навколишнього природного середовища в Чернігівській області за 2012 рік та перелік об'єктів, що підлягають ОВНС",
        2: ">>> -",
        6: ">>> 19.11.2013 проведено громадські слухання щодо проекту Регіональної програми охорони навколишнього природного середовища на 2014-2016 роки (36 учасників)",
        7: ">>> без змін",
        8: ">>> немає",
        9: ">>> не проводились",
        12: ">>> не було",
    }
    q = quote(rem)
    lines = q.split("\n")
    out = []
    for ln in lines:
        out.append(ln)
        m = re.match(r">   (\d+)\. ", ln)
        if m:
            out.append(answers[int(m.group(1))])
    body = T("""
09.12.2013 10:00, Управління з питань внутрішньої політики та зв'язків з громадськістю пише:
""") + "\n".join(out) + T("""


--
З повагою, Кравченко Ірина
відділ екологічної політики та економічного регулювання
Управління екології та природних ресурсів облдержадміністрації
(0462) 67-58-14
""")
    date = kyiv(2013, 12, 11, 11, 37, 5)
    hs = envelope(addr("Кравченко Ірина", "ekolohiia@example.gov.ua", "UTF-8"), MAILBOX,
                  "Re: " + ew("Нагадування: інформація про виконання Плану заходів", "UTF-8", "B", 13),
                  date, "<52A8328D.7010203@example.gov.ua>", 3,
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
                         ("In-Reply-To", "<zvit.20131209.0800.su-ekolohiia@cg.ukrtel.net>"),
                         ("References", "<zvit.20131209.0800.su-ekolohiia@cg.ukrtel.net>")])
    return message(hs, text(body, cs="UTF-8", cte="8bit",
                            ctype="text/plain; charset=UTF-8"))


KEY = {"class": "placeholder", "executor": "rda-nizhyn", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "An .ods with a «Виконано (+/-)» column: rows 6, 10 and 16 have a bare «+» and row 9 «-» with no note, so only rows 1, 7 and 12, whose notes describe work, count; sent two days after the deadline by a clerk who signs with her name and phone only.",
       "items": [{"measure": 1, "source": "Відкритий_уряд_Ніжинська_РДА_1_півріччя_2013.ods"},
                 {"measure": 7, "source": "Відкритий_уряд_Ніжинська_РДА_1_півріччя_2013.ods"},
                 {"measure": 12, "source": "Відкритий_уряд_Ніжинська_РДА_1_півріччя_2013.ods"}]}


@mail(KEY)
def ph5_nizhyn_ods_late():
    body = T("""
Доброго дня!

Інформація у вкладенні. Вибачте за затримку - в п'ятницю не було інтернету.

Ковальчук Наталія
(04631) 2-15-32
""")
    date = kyiv(2013, 6, 17, 8, 52, 19)
    b = "------------050703040106020809030507"
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed"),
        attach(read_att("ph5_nizhyn.ods"), "application/vnd.oasis.opendocument.spreadsheet",
               "Відкритий_уряд_Ніжинська_РДА_1_півріччя_2013.ods", "2231cont"),
    ], b, preamble="This is a multi-part message in MIME format.")
    hs = envelope("rda-nizhyn@example.gov.ua", MAILBOX,
                  ew("Ніжинська РДА - Відкритий уряд (І півріччя)", "UTF-8", "B", 9),
                  date, "<51BEA4A3.2050604@example.gov.ua>", 5,
                  extra=[("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux i686; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")])
    return message(hs, root)

# ---------------------------------------------------------------- bp: bottom posts ----------

KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! reply written below zvit's quoted reminder: a greeting, then long sentences that never give a number and name the measures only by subject (site, hearings, members of the public council discussing a draft order, no expert reviews); the quoted items 7 and 10 get no answer.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp1_kozelets_below_reminder():
    rem = reminder("Козелецька районна державна адміністрація", "15.06.2013", "10.06.2013",
                   [1, 6, 7, 9, 10, 12])
    body = T("""
Здравствуйте, Управління.

Вы писали 10 июня 2013 г., 9:00:12:

""") + quote(rem) + T("""


Добрий день, шановні колеги!

На ваше нагадування повідомляємо, що офіційний веб-сайт Козелецької районної державної адміністрації протягом першого півріччя наповнювався відповідно до вимог законодавства, зокрема створено окрему сторінку для оприлюднення проектів регуляторних актів та оновлено розділ з питань доступу до публічної інформації, де розміщуються відповіді на запити та звіти про їх розгляд.

Щодо консультацій з громадськістю, то у квітні та травні проведено громадські слухання з питань благоустрою смт Козелець і громадське обговорення проекту районної програми розвитку автомобільних доріг, у яких взяли участь представники громадських організацій району та жителі, а члени громадської ради при райдержадміністрації залучалися до обговорення проекту розпорядження голови райдержадміністрації про затвердження районної програми підтримки сім'ї та молоді і внесли до нього свої пропозиції, які було враховано.

Громадських експертиз у звітному періоді не проводилось, запитів від інститутів громадянського суспільства на їх проведення до райдержадміністрації не надходило.

З повагою
Шевченко Оксана Іванівна
головний спеціаліст відділу з питань внутрішньої політики
Козелецької райдержадміністрації
""")
    date = kyiv(2013, 6, 12, 15, 26, 48)
    hs = envelope(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"), MAILBOX,
                  "Re: " + ew("Нагадування: інформація про виконання Плану заходів", "windows-1251", "B", 13),
                  date, "<1906254717.20130612152648@example.gov.ua>", 3,
                  extra=[("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
                         ("Reply-To", "rda-kozelets@example.gov.ua"),
                         ("X-Priority", "3 (Normal)"),
                         ("In-Reply-To", "<zvit.20130610.0600.rda-kozelets@cg.ukrtel.net>"),
                         ("References", "<zvit.20130610.0600.rda-kozelets@cg.ukrtel.net>")])
    return message(hs, text(body, cs="windows-1251", cte="8bit",
                            ctype="text/plain; charset=windows-1251"))


KEY = {"class": "bottom_post", "executor": "su-sotszakhyst", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook reply (Ukrainian header block, no «>») in which the clerk types her answers in CAPITALS between the lines of zvit's quoted reminder (in red in the HTML twin); 2 is information sent for the rubric, 7 and 8 are real, 12 is a bare «НЕ ПРОВОДИЛИСЬ».",
       "items": [{"measure": 2, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail(KEY)
def bp2_sotszakhyst_capitals():
    rem = reminder("Управління праці та соціального захисту населення облдержадміністрації",
                   "15.12.2013", "09.12.2013", [2, 7, 8, 12], partial=True)
    answers = {
        2: "ІНФОРМАЦІЯ ПРО ХІД ВИКОНАННЯ ОБЛАСНОЇ ПРОГРАМИ «ТУРБОТА» НА 2013 РІК ЗА 9 МІСЯЦІВ НАПРАВЛЕНА 15.10.2013 ДО ВІДДІЛУ ІНФОРМАЦІЙНИХ ТЕХНОЛОГІЙ АПАРАТУ ОДА ДЛЯ РОЗМІЩЕННЯ В РУБРИЦІ «ХІД ВИКОНАННЯ ЦІЛЬОВИХ ПРОГРАМ».",
        7: "ДО СКЛАДУ ОБЛАСНОЇ КООРДИНАЦІЙНОЇ РАДИ У СПРАВАХ ОСІБ З ОБМЕЖЕНИМИ ФІЗИЧНИМИ МОЖЛИВОСТЯМИ ВХОДЯТЬ 6 ПРЕДСТАВНИКІВ ГРОМАДСЬКИХ ОРГАНІЗАЦІЙ ІНВАЛІДІВ, У ЖОВТНІ ДО НЕЇ ВКЛЮЧЕНО ЩЕ ДВОХ (ГО «ДОВІРА» ТА ОБЛАСНА ОРГАНІЗАЦІЯ СЛІПИХ).",
        8: "ГОЛОВА КОМІТЕТУ З ПИТАНЬ СОЦІАЛЬНОЇ ПОЛІТИКИ ГРОМАДСЬКОЇ РАДИ ВХОДИТЬ ДО СКЛАДУ КОЛЕГІЇ УПРАВЛІННЯ (НАКАЗ ВІД 14.02.2013 № 31).",
        12: "НЕ ПРОВОДИЛИСЬ",
    }
    head_uk = T("""
Від: Управління з питань внутрішньої політики та зв'язків з громадськістю [mailto:uvp@cg.ukrtel.net]
Надіслано: 9 грудня 2013 р. 10:00
Кому: sotszakhyst@example.gov.ua
Тема: Нагадування: інформація про виконання Плану заходів
""")
    top = T("""
Добрий день!
Відповіді – у тексті листа великими літерами.

Гончаренко Л.В.
відділ організаційно-аналітичної роботи
Управління праці та соціального захисту населення облдержадміністрації
тел. 67-39-52

""")
    plain_lines, html_lines = [], []
    for ln in rem.split("\n"):
        plain_lines.append(ln)
        m = re.match(r"  (\d+)\. ", ln)
        if m:
            plain_lines.append(answers[int(m.group(1))])
    plain = top + head_uk + "\n" + "\n".join(plain_lines) + "\n"

    def h(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    for ln in rem.split("\n"):
        html_lines.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (h(ln) if ln else "&nbsp;"))
        m = re.match(r"  (\d+)\. ", ln)
        if m:
            html_lines.append("<p class=MsoNormal><b><span style='color:red'>%s</span></b><o:p></o:p></p>"
                              % h(answers[int(m.group(1))]))
    top_html = "".join("<p class=MsoNormal><span style='color:#1F497D'>%s</span><o:p></o:p></p>"
                       % (h(x) if x else "&nbsp;") for x in top.rstrip("\n").split("\n"))
    head_html = ("<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                 "<p class=MsoNormal><b>Від:</b> Управління з питань внутрішньої політики та зв'язків з громадськістю [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 9 грудня 2013 р. 10:00<br><b>Кому:</b> sotszakhyst@example.gov.ua<br><b>Тема:</b> Нагадування: інформація про виконання Плану заходів<o:p></o:p></p></div>")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\">"
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:\"Times New Roman\",\"serif\";}\n--></style></head>"
            "<body lang=UK link=blue vlink=purple><div class=WordSection1>\n"
            + top_html + "\n<div>" + head_html + "</div>\n" + "\n".join(html_lines)
            + "\n</div></body></html>")
    date = kyiv(2013, 12, 12, 10, 48, 22)
    root = multi("alternative", [
        text(plain, cs="windows-1251", cte="quoted-printable",
             ctype='text/plain;\n\tcharset="windows-1251"'),
        text(html, subtype="html", cs="windows-1251", cte="quoted-printable",
             ctype='text/html;\n\tcharset="windows-1251"'),
    ], "----=_NextPart_000_0041_01CEF724.8E5F1C30",
        preamble="This is a multipart message in MIME format.\n")
    hs = envelope(addr("Гончаренко Людмила", "sotszakhyst@example.gov.ua", "windows-1251", quoted=True),
                  addr("'Управління з питань внутрішньої політики та зв'язків з громадськістю'",
                       MAILBOX, "windows-1251", quoted=True),
                  "RE: " + ew("Нагадування: інформація про виконання Плану заходів", "windows-1251", "B", 13),
                  date, "<004001cef724$8e5f1c30$ab1d5490$@example.gov.ua>", 7,
                  extra=[("In-Reply-To", "<zvit.20131209.0800.su-sotszakhyst@cg.ukrtel.net>"),
                         ("References", "<zvit.20131209.0800.su-sotszakhyst@cg.ukrtel.net>"),
                         ("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "AQGc4k1Yx2l0Q2uVY8GxVt2q0A3KHw=="),
                         ("Content-Language", "uk")])
    return message(hs, root)


KEY = {"class": "bottom_post", "executor": "rda-mena", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Russian UI, «Исходное сообщение», no «>») reply to zvit's receipt with answers typed after «Відповідь:» under the still-missing items 7, 10, 12; the receipt's quoted «пункт 1/6/9» excerpts are not new text and 12 is answered «не стосується».",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def bp3_mena_vidpovid():
    rec = receipt("Менська районна державна адміністрація", "02.12.2013",
                  "Інформація про виконання плану заходів", 3, "15.12.2013",
                  [(1, "На офіційному веб-сайті райдержадміністрації постійно оновлюються розділи «Новини», «Регуляторна політика»…"),
                   (6, "22.11.2013 проведено громадські слухання щодо проекту районного бюджету на 2014 рік…"),
                   (9, "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту…")],
                  [7, 10, 12])
    answers = {
        7: "Відповідь: розпорядженням голови райдержадміністрації від 18.11.2013 № 402 до складу районної комісії з питань захисту прав дитини та районної ради з питань безпеки дорожнього руху включено по одному представнику громадської ради при райдержадміністрації.",
        10: "Відповідь: громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості діяльності органу влади (лист від 05.11.2013 № 01-19/1120), питання буде розглянуто на засіданні ради 19 грудня.",
        12: "Відповідь: не стосується.",
    }
    out = []
    for ln in rec.split("\n"):
        out.append(ln)
        m = re.match(r"  (\d+)\. ", ln)
        if m:
            out.append(answers[int(m.group(1))])
    body = T("""
Доброго дня!
Надаємо відповіді на пункти, що залишились (після слова «Відповідь»).

Бондар Г.М.
Менська РДА, загальний відділ
2-11-06

-----Исходное сообщение-----
От: Управління з питань внутрішньої політики та зв'язків з громадськістю [mailto:uvp@cg.ukrtel.net] 
Отправлено: 2 декабря 2013 г. 14:21
Кому: rda-mena@example.gov.ua
Тема: Підтвердження отримання: Інформація про виконання плану заходів

""") + "\n".join(out) + "\n"
    date = kyiv(2013, 12, 4, 9, 15, 3)
    hs = envelope(addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  "RE: " + ew("Підтвердження отримання: Інформація про виконання плану заходів", "windows-1251", "B", 13),
                  date, "<000601cef0d4$3a9c2e10$afd48a30$@example.gov.ua>", 4,
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac7w1DqcLhCv1IowRbm7UjZpgXk4Vg=="),
                         ("Content-Language", "ru"),
                         ("In-Reply-To", "<zvit.20131202.1221.rda-mena@cg.ukrtel.net>")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "bottom_post", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube plain+HTML reply written below zvit's reminder quoted in a <blockquote type=\"cite\"> (and «>» in the plain twin): «п. 8» and «п. 12» are new work, «щодо п. 2 — інформацію надамо додатково» is a promise.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp4_kultura_blockquote():
    rem = reminder("Управління культури і туризму облдержадміністрації", "15.06.2013", "03.06.2013",
                   [2, 8, 12], partial=True)
    answer = T("""
Доповнюємо інформацію управління культури і туризму облдержадміністрації:

п. 8 — наказом управління від 22.04.2013 № 58 до складу колегії введено голову комітету з питань гуманітарної політики Громадської ради при облдержадміністрації Литвиненка С.П., відповідні зміни внесено до Положення про колегію;

п. 12 — громадською організацією «Центр громадського контролю» проведено громадську експертизу діяльності управління щодо надання адміністративних послуг у сфері культури, за її результатами розроблено план заходів з реалізації 4 експертних пропозицій (наказ від 20.05.2013 № 71).

Щодо п. 2 — інформацію надамо додатково.

--
Сергієнко Алла
відділ культурно-освітньої роботи
тел. 67-61-08
""")
    intro = "03.06.2013 09:00, Управління з питань внутрішньої політики та зв'язків з громадськістю написав:"
    plain = intro + "\n" + quote(rem) + "\n\n" + answer

    def h(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    rem_html = "<br />".join(h(x) for x in rem.split("\n"))
    ans_html = "".join("<p>%s</p>\n" % h(p).replace("\n", "<br />")
                       for p in answer.rstrip("\n").split("\n\n"))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n</head><body style='font-size: 10pt'>\n"
            "<p>%s</p>\n<blockquote type=\"cite\" style=\"padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px\">%s</blockquote>\n%s</body></html>\n"
            % (h(intro), rem_html, ans_html))
    date = kyiv(2013, 6, 6, 13, 40, 55)
    b = "=_8f4e2c1a9b3d7e6f5a0c2b4d6e8f1a3c"
    root = multi("alternative", [
        text(plain, cs="UTF-8", cte="quoted-printable", ctype="text/plain; charset=UTF-8; format=flowed"),
        text(html, subtype="html", cs="UTF-8", cte="quoted-printable", ctype="text/html; charset=UTF-8"),
    ], b)
    hs = envelope(addr("Сергієнко Алла", "kultura@example.gov.ua", "UTF-8"), MAILBOX,
                  "Re: " + ew("Нагадування: інформація про виконання Плану заходів", "UTF-8", "Q", 13),
                  date, "<b71f0e4c5d2a8e93f6c1a0d7e4b2c8f5@example.gov.ua>", 2,
                  extra=[("In-Reply-To", "<zvit.20130603.0600.su-kultura@cg.ukrtel.net>"),
                         ("References", "<zvit.20130603.0600.su-kultura@cg.ukrtel.net>"),
                         ("X-Sender", "kultura@example.gov.ua"),
                         ("User-Agent", "Roundcube Webmail/0.8.4")])
    return message(hs, root)


KEY = {"class": "bottom_post", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 (Russian UI) message that quotes the office's own earlier letter under «Исходное сообщение» and adds its supplement BELOW it, in Russian with Ukrainian terms, koi8-u; the quoted letter's «п. 1, 7, 9» are old, only the new «По п. 6» and «По п. 12» (no expert reviews) count.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp5_shchors_own_letter():
    body = T("""


-----Исходное сообщение-----
От: Щорська РДА [mailto:rda-shchors@example.gov.ua] 
Отправлено: 29 ноября 2013 г. 11:20
Кому: uvp@cg.ukrtel.net
Тема: Інформація Щорської РДА

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Щорська райдержадміністрація надає інформацію про виконання Плану заходів щодо відкритості та прозорості за II півріччя 2013 року.

п. 1 - на офіційному веб-сайті райдержадміністрації оновлено розділи "Новини", "Оголошення", "Регуляторна діяльність".
п. 7 - до складу районної ради з питань розвитку підприємництва включено 2 представників ГО "Щорський підприємець".
п. 9 - члени громадської ради брали участь в обговоренні проекту розпорядження про районну програму "Шкільне харчування".
Інформацію щодо п. 6, 12 буде надано додатково.

Заступник голови райдержадміністрації   О.В.Бабич

Дополнение к информации Щорской РДА от 29.11.2013:

По п. 6 - 28.11.2013 в райдержадміністрації проведены громадські слухання по проекту Программы социально-экономического развития района на 2014 год, присутствовало 38 человек, предложения жителей учтены при доработке проекта.
По п. 12 - громадських експертиз в отчетном периоде не проводилось, обращений от ГО не поступало.

Ковтун Л.А., тел. 2-11-49
""")
    date = kyiv(2013, 12, 5, 16, 3, 27)
    hs = envelope(addr("Щорська РДА", "rda-shchors@example.gov.ua", "koi8-u", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  "FW: " + ew("Інформація Щорської РДА", "koi8-u", "B", 13),
                  date, "<000a01cef1c8$0b6f93a0$0300a8c0@buh3>", 5,
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                         ("Thread-Index", "Ac7tA9P0c3hVtbJ6Q2O1m1E3Y0GZsAEzgQ1w"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, text(body, cs="koi8-u", cte="8bit", ctype='text/plain;\n\tcharset="koi8-u"'))

# ---------------------------------------------------------------- nr: not reports -----------

KEY = {"class": "not_report", "executor": "gromrada", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "A Thunderbird/Lightning meeting request (text/calendar method=REQUEST plus invite.ics) inviting УВП to the public discussion of the plan under measure 15 and asking for a short account of items 3, 4, 11, 14: it names measures but reports nothing.",
       "items": []}


@mail(KEY)
def nr1_gromrada_invitation():
    body = T("""
Шановні колеги!

Громадська рада при Чернігівській облдержадміністрації запрошує представників управління взяти участь у громадському обговоренні стану виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», яке відбудеться 26 вересня 2013 року о 14.00 у малій залі облдержадміністрації (4 поверх).

Обговорення проводиться відповідно до пункту 15 Плану спільно з регіональним координатором «Партнерства „Відкритий уряд“» в Чернігівській області. Просимо підготувати коротку інформацію (до 5 хв.) про хід виконання пунктів 3, 4, 11, 14 та підтвердити участь до 24 вересня.

Запрошення в календарі додається.

З повагою
секретар Громадської ради
Віра Остапенко
тел. 050 417 22 81
""")
    summary = "Громадське обговорення виконання Плану заходів «Відкритий уряд»"
    ics_lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Kiev",
        "X-LIC-LOCATION:Europe/Kiev",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300",
        "TZNAME:EEST",
        "DTSTART:19700329T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200",
        "TZNAME:EET",
        "DTSTART:19701025T040000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "CREATED:20130917T092112Z",
        "LAST-MODIFIED:20130917T092851Z",
        "DTSTAMP:20130917T092851Z",
        "UID:6f3c1e2a-8b1d-4f0e-9a55-2c7d3e1b9a41",
        "SUMMARY:" + summary,
        "ORGANIZER;RSVP=TRUE;CN=Громадська рада при ОДА;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gromrada@example.gov.ua",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:uvp@cg.ukrtel.net",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:ogp-coordinator@example.org.ua",
        "DTSTART;TZID=Europe/Kiev:20130926T140000",
        "DTEND;TZID=Europe/Kiev:20130926T163000",
        "LOCATION:м. Чернігів\\, облдержадміністрація\\, мала зала (4 поверх)",
        "DESCRIPTION:Громадське обговорення стану виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (п. 15 Плану).",
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "X-MOZ-SEND-INVITATIONS:TRUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]

    def fold(line):
        b = line.encode("utf-8")
        out, cur = [], b""
        for ch in line:
            cb = ch.encode("utf-8")
            if len(cur) + len(cb) > (75 if not out else 74):
                out.append(cur)
                cur = b""
            cur += cb
        out.append(cur)
        return b"\r\n ".join(out)

    ics = b"\r\n".join(fold(x) for x in ics_lines) + b"\r\n"
    date = kyiv(2013, 9, 17, 12, 30, 14)
    alt = multi("alternative", [
        text(body, cs="UTF-8", cte="8bit", ctype="text/plain; charset=UTF-8"),
        Part([("Content-Type", "text/calendar; method=REQUEST; charset=UTF-8"),
              ("Content-Transfer-Encoding", "8bit")], ics.replace(b"\r\n", b"\n")),
    ], "------------020901090603030008020401")
    root = multi("mixed", [
        alt,
        Part([("Content-Type", 'application/ics; name="invite.ics"'),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", 'attachment; filename="invite.ics"')], b64(ics)),
    ], "------------050500010507090106050308", preamble="This is a multi-part message in MIME format.")
    hs = envelope(addr("Громадська рада при ОДА", "gromrada@example.gov.ua", "UTF-8"), MAILBOX,
                  ew("Запрошення: " + summary + " (26 вер. 2013 14:00 EEST)", "UTF-8", "B", 9),
                  date, "<52382066.4090805@example.gov.ua>", 3,
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130801 Thunderbird/17.0.8"),
                         ("X-Mozilla-Draft-Info", "internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0")])
    return message(hs, root)


KEY = {"class": "not_report", "executor": "rda-talalaivka", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Two lettered questions from an iPhone («чи потрібно подавати інформацію щодо пунктів 2 та 8», may a table be sent) that name measures and the collegium and rubrics but report nothing; signed with a first name and phone, the office only in the subject.",
       "items": []}


@mail(KEY)
def nr2_talalaivka_question():
    body = T("""
Добрий день!
Підкажіть, будь ласка:
а) чи потрібно подавати інформацію щодо пунктів 2 та 8 плану? У нас колегії немає, а рубрики ведуться на сайті облдержадміністрації;
б) чи можна надіслати таблицею як минулого разу, чи обов'язково листом за підписом голови?
Дякую.

Світлана
(04634) 2-12-08

Надіслано з iPhone""")
    date = kyiv(2013, 5, 28, 10, 11, 44)
    hs = envelope(addr("Світлана", "rda-talalaivka@example.gov.ua", "utf-8"), MAILBOX,
                  ew("Талалаївська РДА - питання щодо звіту", "utf-8", "Q", 9),
                  date, "<8C4D6E1B-3F2A-4B7E-9A51-2E0C7D9F4A63@example.gov.ua>", 6,
                  extra=[("X-Mailer", "iPhone Mail (10B329)"),
                         ("Content-Language", "uk")])
    return message(hs, text(body, cs="utf-8", cte="quoted-printable",
                            ctype="text/plain;\n\tcharset=utf-8"))


KEY = {"class": "not_report", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "One unbroken paragraph with no line breaks, not even before the signature, asking to extend the term for «пунктів 1, 2, 6, 7, 8, 9, 12» to 21 June and promising to put the Public Council committee head into the collegium: a request and a promise, no work done.",
       "items": []}


@mail(KEY)
def nr3_zhkh_extension_runon():
    body = ("Шановні колеги у зв'язку з тим що відповідальний за зв'язки з громадськістю працівник управління житлово-комунального господарства облдержадміністрації перебуває на лікарняному а також у зв'язку з підготовкою до засідання колегії управління яке відбудеться 18 червня просимо продовжити термін подання інформації щодо виконання пунктів 1, 2, 6, 7, 8, 9, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області до 21 червня 2013 року, інформація буде надана в повному обсязі одразу після засідання колегії на якому в тому числі буде розглянуто питання про введення до її складу голови комітету Громадської ради з питань житлово-комунального господарства, дякуємо за розуміння, з повагою заступник начальника управління В.О.Дмитренко, виконавець Лисенко 67-45-90")
    date = kyiv(2013, 6, 13, 17, 45, 2)
    hs = envelope(addr("Лисенко Олег", "zhkh@example.gov.ua", "windows-1251", quoted=True),
                  addr("УВП ОДА", MAILBOX, "windows-1251", quoted=True),
                  ew("продовження терміну", "windows-1251", "B", 9),
                  date, "<003201ce6852$91b7d0a0$a52771e0$@example.gov.ua>", 4,
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac5oUpGxsb6bv0ZWQbGkBTIlDLbSxw=="),
                         ("Content-Language", "uk")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "not_report", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "A secretary passes on text dictated by the head of the district administration, announcing who is responsible for the plan and for reporting on it; it names the plan, gives an order number and phones, and reports no measure.",
       "items": []}


@mail(KEY)
def nr4_novhorod_siverskyi_announcement():
    body = T("""
Добрий день.
За дорученням голови райдержадміністрації П.І.Коваленка передаю текст:

«Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Повідомляємо, що розпорядженням голови райдержадміністрації від 15.01.2013 № 12 відповідальною за організацію виконання у районі Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області та за подання інформації про його виконання визначено заступника голови райдержадміністрації Савченко Наталію Миколаївну (тел. (04658) 2-13-71). Контактна особа з технічних питань – головний спеціаліст сектору з питань внутрішньої політики, масових комунікацій та зв'язків з громадськістю апарату райдержадміністрації Гузь Олег Петрович (тел. (04658) 2-17-05).

Голова райдержадміністрації                                  П.І.Коваленко»

Секретар керівника
Олена Мисник
""")
    date = kyiv(2013, 1, 22, 11, 20, 9)
    hs = envelope(addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("Лист голови Новгород-Сіверської РДА", "windows-1251", "B", 9),
                  date, "<000d01cdf88e$ab36d2c0$0a00a8c0@priymalna>", 3,
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")])
    return message(hs, text(body, cs="windows-1251", cte="8bit",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "not_report", "executor": "rda-koriukivka", "period": 3, "late": True,
       "kind": "not_report", "reason": "promise",
       "note": "A Russian-language note (koi8-r) on the day after the deadline promising the report by 18.12 and saying the material on «пунктам 1, 6, 9» is ready and awaits signature: a promise of information, not information.",
       "items": []}


@mail(KEY)
def nr5_koriukivka_promise():
    body = T("""
Здравствуйте, уважаемые коллеги.

Информация Корюковской районной государственной администрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области за II полугодие 2013 года будет предоставлена до 18.12.2013, так как ответственный специалист находился в командировке. По пунктам 1, 6, 9 материалы подготовлены и находятся на подписи у председателя райгосадминистрации, по пунктам 7, 10, 12 собираем информацию от отделов.

Приносим извинения за задержку.

--
С уважением,
Тимошенко Галина Петровна
заведующая сектором по вопросам внутренней политики
Корюковской РГА
тел. (04657) 2-14-33
""")
    date = kyiv(2013, 12, 16, 8, 40, 51)
    hs = envelope(addr("Корюковская РГА", "rda-koriukivka@example.gov.ua", "koi8-r"),
                  MAILBOX,
                  ew("Информация по плану Открытое правительство", "koi8-r", "B", 9),
                  date, "<512384076.20131216084051@example.gov.ua>", 2,
                  extra=[("X-Mailer", "The Bat! (v3.99.3) Professional"),
                         ("Reply-To", "rda-koriukivka@example.gov.ua"),
                         ("Organization", "Korukivka RGA"),
                         ("X-Priority", "3 (Normal)")])
    return message(hs, text(body, cs="koi8-r", cte="8bit", ctype="text/plain; charset=koi8-r"))

# ---------------------------------------------------------------- rg: ranges ----------------


def outlook_html(paras, lang="UK", font="Calibri", size="11.0pt"):
    """A minimal Outlook 2007/2010 (Word) HTML rendering of plain paragraphs."""
    def h(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = ""
    for p in paras:
        if p == "":
            body += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        else:
            body += "<p class=MsoNormal>%s<o:p></o:p></p>\n" % h(p).replace("\t", "&nbsp;&nbsp;&nbsp; ")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"><style><!--\n"
            "/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
            "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\t"
            "font-size:%s;\n\tfont-family:\"%s\",\"sans-serif\";}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]-->"
            "</head><body lang=%s link=blue vlink=purple><div class=WordSection1>\n%s</div></body></html>\n"
            % (size, font, lang, body))


KEY = {"class": "ranges", "executor": "su-finansy", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx whose number column holds «1–2» and «6–9», each answered by one cell, so the block covers 1, 2, 6, 7, 8, 9; «12» says no expert reviews were held (named by number), «16» never counts; the cover note carries a letter number and dates only.",
       "items": [{"measure": 1, "source": "Інформація_ГФУ_ІІ_півр_2013.xlsx"},
                 {"measure": 2, "source": "Інформація_ГФУ_ІІ_півр_2013.xlsx"},
                 {"measure": 6, "source": "Інформація_ГФУ_ІІ_півр_2013.xlsx"},
                 {"measure": 7, "source": "Інформація_ГФУ_ІІ_півр_2013.xlsx"},
                 {"measure": 8, "source": "Інформація_ГФУ_ІІ_півр_2013.xlsx"},
                 {"measure": 9, "source": "Інформація_ГФУ_ІІ_півр_2013.xlsx"},
                 {"measure": 12, "source": "Інформація_ГФУ_ІІ_півр_2013.xlsx"}]}


@mail(KEY)
def rg1_finansy_xlsx_ranges():
    paras = ["Добрий день!", "",
             "Надсилаємо інформацію Головного фінансового управління облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (лист від 12.12.2013 № 06-12/2870).",
             "", "З повагою", "Сергієнко Тетяна", "сектор організаційної роботи",
             "Головного фінансового управління облдержадміністрації", "тел. 67-50-61"]
    plain = "\n".join(paras) + "\n"
    date = kyiv(2013, 12, 12, 15, 58, 10)
    alt = multi("alternative", [
        text(plain, cs="windows-1251", cte="quoted-printable", ctype='text/plain;\n\tcharset="windows-1251"'),
        text(outlook_html(paras), subtype="html", cs="windows-1251", cte="quoted-printable",
             ctype='text/html;\n\tcharset="windows-1251"'),
    ], "----=_NextPart_001_0027_01CEF755.2D7A6B80")
    root = multi("mixed", [
        alt,
        attach(read_att("rg1_finansy.xlsx"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "Інформація_ГФУ_ІІ_півр_2013.xlsx", "2047Q", cs="utf-8"),
    ], "----=_NextPart_000_0026_01CEF755.2D7A6B80", preamble="This is a multipart message in MIME format.\n")
    hs = envelope(addr("Сергієнко Тетяна", "finansy@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("Інформація ГФУ - Відкритий уряд", "windows-1251", "B", 9),
                  date, "<002501cef755$2d7a6b80$886f4280$@example.gov.ua>", 9,
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac73VS17aHTz5G0uQ5u3wcDxR6BPtA=="),
                         ("Content-Language", "uk")])
    return message(hs, root)


KEY = {"class": "ranges", "executor": "rda-bobrovytsia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The whole letter is one run-on paragraph: a site clause (1), then «щодо пп. 6-9, 12» answered as one block (6, 7, 8, 9, 12 — 8 though a district does not owe it), then «пп. 2-5, 11, 13-15 не надаємо» (not applicable), among counts, dates and an outgoing number.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def rg2_bobrovytsia_runon_ranges():
    body = ("Бобровицька районна державна адміністрація на виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» повідомляє що на офіційному веб-сайті райдержадміністрації у першому півріччі 2013 року оновлено розділи «Нормативні документи» та «Публічна інформація», розміщено 43 розпорядження голови райдержадміністрації та 11 проектів регуляторних актів, щодо пп. 6-9, 12 Плану повідомляємо що протягом звітного періоду проведено 4 консультації з громадськістю у формі публічного громадського обговорення та електронних консультацій зокрема щодо проекту Програми соціально-економічного розвитку району на 2013 рік та проекту районної програми «Молодь Бобровиччини», члени громадської ради при райдержадміністрації залучались до обговорення проектів розпоряджень та до роботи районної ради з питань розвитку підприємництва і комісії з питань захисту прав дитини, громадські експертизи не проводились через відсутність відповідних звернень, інформацію щодо пп. 2-5, 11, 13-15 не надаємо оскільки райдержадміністрація не є їх виконавцем, з повагою заступник голови райдержадміністрації Н.В.Кирієнко вих. № 01-27/1174 від 14.06.2013 виконавець Гордієнко 2-15-09")
    date = kyiv(2013, 6, 14, 16, 20, 5)
    hs = envelope(addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251", quoted=True),
                  '"uvp@cg.ukrtel.net" <uvp@cg.ukrtel.net>',
                  ew("Інформація Бобровицької РДА про виконання Плану заходів", "windows-1251", "B", 9),
                  date, "<000f01ce68fe$7c3da5b0$74b8f110$@example.gov.ua>", 3,
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac5o/nw9uoS3L6IkTqW1Bkh7yE2hDQ=="),
                         ("Content-Language", "uk")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "ranges", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian with Ukrainian terms: «По пунктам 1 и 10» and «По пунктам с 6 по 9» answered as blocks (1, 10; 6, 7, 8, 9), then «По п. 12 - не проводились» (bare); counts, a date and «5 членов» stand near the numbers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def rg3_ripky_russian_ranges():
    body = T("""
Уважаемые коллеги!

Репкинская райдержадміністрація направляет информацию о выполнении Плана заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за II полугодие 2013 года.

По пунктам 1 и 10: официальный веб-сайт райдержадміністрації наполняется согласно требованиям законодательства, создана рубрика "Громадянське суспільство і влада", где размещаются протоколы заседаний громадської ради; громадській раді рекомендовано создать робочу групу з питань відкритості та прозорості, группа создана решением громадської ради от 14.10.2013 в составе 5 членов.

По пунктам с 6 по 9 сообщаем: проведено 3 консультации с общественностью (громадські слухання по проекту районного бюджета на 2014 год, обговорення проекта Программы развития культуры на 2014-2016 годы, встреча с жителями пгт Репки по вопросу благоустройства), члены громадської ради включены в состав районной комиссии по вопросам ТЭБ и ЧС та принимали участие в обговоренні проектов розпоряджень голови РДА.

По п. 12 - не проводились.

С уважением,
Сергиенко В.Н.,
главный специалист отдела организационной работы аппарата Репкинской РДА
тел. (04641) 2-10-77
""")
    date = kyiv(2013, 12, 13, 10, 22, 36)
    hs = envelope(addr("Репкинская РДА", "rda-ripky@example.gov.ua", "utf-8"), MAILBOX,
                  ew("Информация Репкинской РДА (Відкритий уряд, II полугодие)", "utf-8", "B", 9),
                  date, "<op.w7xk2kaxsv0b6w@ripky-orgviddil>", 4,
                  extra=[("User-Agent", "Opera Mail/12.16 (Win32)")])
    return message(hs, text(body, cs="utf-8", cte="8bit",
                            ctype="text/plain; charset=utf-8; format=flowed; delsp=yes"))


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx (plain ASCII file name) whose first paragraph is headed «п.п. 1, 6 – 9» and answers the whole list at once (1, 6, 7, 8, 9 — 8 not owed by a district), then «п. 12. Не проводились» (bare) and «п. 16»; the heading cites the plan's approval date.",
       "items": [{"measure": 1, "source": "VU_Pryluky_RDA_2012.docx"},
                 {"measure": 6, "source": "VU_Pryluky_RDA_2012.docx"},
                 {"measure": 7, "source": "VU_Pryluky_RDA_2012.docx"},
                 {"measure": 8, "source": "VU_Pryluky_RDA_2012.docx"},
                 {"measure": 9, "source": "VU_Pryluky_RDA_2012.docx"}]}


@mail(KEY)
def rg4_pryluky_docx():
    body = T("""
Добрий день.
Направляємо інформацію Прилуцької РДА по плану заходів "Відкритий уряд".

Пилипенко О.
""")
    date = kyiv(2012, 12, 14, 9, 31, 20)
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed"),
        attach(read_att("rg4_pryluky.docx"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "VU_Pryluky_RDA_2012.docx", "ascii"),
    ], "------------070308010504060402090106", preamble="This is a multi-part message in MIME format.")
    hs = envelope("rda-pryluky@example.gov.ua", "uvp@cg.ukrtel.net",
                  ew("Інформація Прилуцької РДА", "UTF-8", "B", 9),
                  date, "<50CAD6A8.9010503@example.gov.ua>", 2,
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2")])
    return message(hs, root)


KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook plain+HTML letter lettered а) б) в) г): «щодо пунктів 7 і 9» answered as one block, «п. 2» information sent for the rubric, «п. 8» the collegium, «п. 12» no requests for an expert review (named by number); counts of programmes and participants and an order number stand beside them.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def rg5_osvita_lettered():
    paras = [
        "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", "",
        "Управління освіти і науки облдержадміністрації на Ваш запит надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року:", "",
        "а) щодо пунктів 7 і 9: представники Громадської ради при облдержадміністрації та батьківської громадськості входять до складу Ради з питань розвитку освіти області (дорадчий орган при управлінні); проект Регіональної програми розвитку позашкільної освіти на 2013–2017 роки винесено на громадське обговорення за участю членів громадської ради (засідання круглого столу 16.04.2013, 27 учасників);", "",
        "б) щодо п. 2: інформацію про хід виконання обласних цільових програм у галузі освіти за І квартал 2013 року (6 програм) направлено до відділу інформаційних технологій апарату облдержадміністрації для розміщення у відповідній рубриці;", "",
        "в) щодо п. 8: голову комітету з питань освіти, науки та молодіжної політики Громадської ради введено до складу колегії управління (наказ від 11.02.2013 № 52);", "",
        "г) щодо п. 12: протягом звітного періоду запитів на проведення громадської експертизи діяльності управління не надходило.", "",
        "Начальник управління\t\t\t\tО.М.Бойко", "",
        "Виконавець: Дорошенко І.В., 67-20-44",
    ]
    plain = "\n".join(paras) + "\n"
    date = kyiv(2013, 6, 7, 14, 5, 33)
    root = multi("alternative", [
        text(plain, cs="windows-1251", cte="quoted-printable", ctype='text/plain;\n\tcharset="windows-1251"'),
        text(outlook_html(paras, font="Times New Roman", size="12.0pt"), subtype="html",
             cs="windows-1251", cte="quoted-printable", ctype='text/html;\n\tcharset="windows-1251"'),
    ], "----=_NextPart_000_0052_01CE6390.4E2A1D60", preamble="This is a multipart message in MIME format.\n")
    hs = envelope(addr("Дорошенко Ірина", "osvita@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("інформація управління освіти і науки", "windows-1251", "B", 9),
                  date, "<005101ce6390$4e2a1d60$ea7e5820$@example.gov.ua>", 5,
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac5jkE4qHWBhb3JKQZ+1wPhTf0YyVQ=="),
                         ("Content-Language", "uk")])
    return message(hs, root)

# ---------------------------------------------------------------- pr: prose -----------------

KEY = {"class": "prose", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A formal letter as a PDF with a text layer, no plan numbers: headings «Офіційний веб-сайт» and «Співпраця з громадськістю», one paragraph covering the collegium (8) and an advisory council (7), a passing mention of the site, and the department's own telephone «гаряча лінія» on medicines, which is not the head's hot line of measure 5.",
       "items": [{"measure": 1, "source": "Лист УОЗ 03-09-4410 відкритість.pdf"},
                 {"measure": 6, "source": "Лист УОЗ 03-09-4410 відкритість.pdf"},
                 {"measure": 7, "source": "Лист УОЗ 03-09-4410 відкритість.pdf"},
                 {"measure": 8, "source": "Лист УОЗ 03-09-4410 відкритість.pdf"}]}


@mail(KEY)
def pr1_zdorovia_pdf():
    body = T("""
Добрий день!

Направляємо лист управління охорони здоров'я облдержадміністрації від 12.12.2013 № 03-09/4410 (у вкладенні).

Руденко Віталій
управління охорони здоров'я облдержадміністрації
67-33-24
""")
    date = kyiv(2013, 12, 13, 11, 50, 21)
    b = "Apple-Mail=_3B5B0C52-9D1E-4A7B-8E77-6B0F9E0D2C11"
    pdf = attach(read_att("pr1_zdorovia.pdf"), "application/pdf",
                 "Лист УОЗ 03-09-4410 відкритість.pdf", "2231")
    pdf.headers = [pdf.headers[2], pdf.headers[0], pdf.headers[1]]
    root = multi("mixed", [
        Part([("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Type", "text/plain;\n\tcharset=utf-8")], encode_body(body.encode("utf-8"), "quoted-printable")),
        pdf,
    ], b)
    hs = envelope(addr("Віталій Руденко", "zdorovia@example.gov.ua", "utf-8", "Q"), MAILBOX,
                  ew("Лист УОЗ щодо відкритості", "utf-8", "Q", 9), date,
                  "<7A1E5C3B-2F4D-4C88-B0A9-5D6E1F2A3B4C@example.gov.ua>", 4,
                  extra=[("X-Mailer", "Apple Mail (2.1510)")])
    return message(hs, root)


KEY = {"class": "prose", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A run-on clerk: one paragraph with no line breaks and no plan numbers that goes from the site (1) to hearings and meetings with residents (6, with a passing mention of the site) to public-council members discussing a draft order (9) to «громадські експертизи ... не проводились» (12, named by the plan's word).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def pr2_korop_runon():
    body = ("Коропська районна державна адміністрація повідомляє що протягом першого півріччя 2013 року на офіційному веб-сайті райдержадміністрації створено новий розділ «Громадська рада» та оновлено розділ «Регуляторна діяльність» де оприлюднюються проекти регуляторних актів разом з аналізом регуляторного впливу, з громадськістю району проведено громадські слухання щодо проекту Програми розвитку туризму в Коропському районі на 2013-2017 роки та зустрічі голови райдержадміністрації з жителями Понорниці, Сохачів та Райгородка в ході яких обговорено питання ремонту доріг і водопостачання, інформація про які розміщувалась на сайті райдержадміністрації та в районній газеті «Вісті Коропщини», члени громадської ради при райдержадміністрації брали участь у громадському обговоренні проекту розпорядження голови райдержадміністрації про районну програму розвитку фізичної культури і спорту на 2013-2016 роки і їх пропозиції враховані, громадські експертизи діяльності райдержадміністрації у звітному періоді не проводились, з повагою головний спеціаліст відділу організаційної роботи апарату райдержадміністрації Сидоренко Н.М. тел. 2-13-98")
    date = kyiv(2013, 6, 14, 12, 12, 40)
    hs = envelope(addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("Коропська РДА інформація", "windows-1251", "B", 9),
                  date, "<001b01ce68db$4f2a8e60$0400a8c0@sydorenko>", 2,
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "prose", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .rtf from the retraining centre describing two training seminars for deputy heads and specialists in its own words (13); the guide used in class is a passing mention (not 14), the seminar topics name consultations and expert review (not 6, 12), and the March seminar is a plan.",
       "items": [{"measure": 13, "source": "Інформація ЦППК семінари.rtf"}]}


@mail(KEY)
def pr3_cppk_rtf():
    body = T("""
Добрий день!
На Ваш лист від 18.02.2013 № 05-11/412 надсилаємо інформацію Чернігівського центру перепідготовки та підвищення кваліфікації щодо проведення навчання.

З повагою
методист Центру Шульга Н.П.
(0462) 65-12-30
""")
    date = kyiv(2013, 2, 27, 14, 35, 10)
    root = multi("mixed", [
        text(body, cs="utf-8", cte="quoted-printable", ctype='text/plain;\n\tcharset="utf-8"'),
        attach(read_att("pr3_cppk.rtf"), "application/rtf", "Інформація ЦППК семінари.rtf", "2047B",
               cs="utf-8"),
    ], "----=_NextPart_000_000C_01CE14F6.3E8B1F90", preamble="This is a multi-part message in MIME format.\n")
    hs = envelope(addr("ЦППК", "cppk@example.gov.ua", "utf-8"), MAILBOX,
                  ew("Інформація ЦППК", "utf-8", "B", 9), date,
                  "<B7E2F3A40C1D4E6F8A9B0C1D2E3F4A5B@metodyst>", 3,
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
                         ("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308")])
    return message(hs, root)


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own sector reports to the office mailbox in Outlook plain+HTML, without plan numbers: the web resource «Чернігівська громада» (3), the head's hot line (5), an Open Door Day (11) and a printed methodical guide (14); the Open Door Day notice «на сайті» is a passing mention and the public discussion is only planned (not 15).",
       "items": [{"measure": 3, "source": "body"}, {"measure": 5, "source": "body"},
                 {"measure": 11, "source": "body"}, {"measure": 14, "source": "body"}]}


@mail(KEY)
def pr4_uvp_sector_html():
    paras = [
        "До зведеної інформації", "",
        "Інформація відділу з питань взаємодії з інститутами громадянського суспільства управління щодо заходів, виконавцем яких визначено управління:", "",
        "З 1 листопада 2012 року запрацював веб-ресурс «Чернігівська громада» (http://gromada.example.org.ua), створений спільно з Громадською радою при облдержадміністрації. Станом на 5 грудня на ресурсі розміщено 112 матеріалів громадських організацій області, зареєстровано 46 організацій-учасниць; технічну підтримку ресурсу забезпечує управління.", "",
        "«Гаряча лінія» голови облдержадміністрації працює щоденно з 9.00 до 18.00, у жовтні – листопаді на неї надійшло 642 дзвінки; управління щотижня готує узагальнену інформацію за зверненнями для голови облдержадміністрації.", "",
        "22 листопада 2012 року проведено День відкритих дверей для представників громадських організацій та журналістів (27 учасників): відвідувачі ознайомилися з роботою відділів управління, порядком розгляду запитів на інформацію та підготовкою консультацій з громадськістю. Оголошення про захід заздалегідь розміщувалося на сайті облдержадміністрації.", "",
        "Підготовлено та видано накладом 300 примірників методичний посібник «Консультації з громадськістю: практичні поради для державних службовців», який розіслано до структурних підрозділів облдержадміністрації та райдержадміністрацій.", "",
        "Громадське обговорення виконання заходів плану планується провести спільно з Громадською радою у І півріччі 2013 року.", "",
        "Литвиненко Оксана", "головний спеціаліст відділу з питань взаємодії з інститутами громадянського суспільства", "тел. 67-58-30",
    ]
    plain = "\n".join(paras) + "\n"
    date = kyiv(2012, 12, 7, 16, 42, 18)
    root = multi("alternative", [
        text(plain, cs="windows-1251", cte="quoted-printable", ctype='text/plain;\n\tcharset="windows-1251"'),
        text(outlook_html(paras), subtype="html", cs="windows-1251", cte="quoted-printable",
             ctype='text/html;\n\tcharset="windows-1251"'),
    ], "----=_NextPart_000_0008_01CDD49A.81C4E7B0", preamble="This is a multipart message in MIME format.\n")
    hs = envelope(addr("Литвиненко Оксана", "uvp-info@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("інформація відділу - відкритий уряд (пп. управління)", "windows-1251", "B", 9),
                  date, "<000701cdd49a$81c4e7b0$854eb710$@example.gov.ua>", 3,
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac3Umn/xH3Vj4JZmQp2l3cD8oG9xNw=="),
                         ("Content-Language", "uk")])
    return message(hs, root)


KEY = {"class": "prose", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt (RFC 2231 file name with continuations) from the Public Council in its own words: the web resource «Чернігівська громада» keeps working (3) and an Internet forum was opened on it (4); the public discussion of the plan is only planned (not 15).",
       "items": [{"measure": 3, "source": "Інформація_Громадська_рада_І_квартал_2013.odt"},
                 {"measure": 4, "source": "Інформація_Громадська_рада_І_квартал_2013.odt"}]}


@mail(KEY)
def pr5_gromrada_odt():
    body = T("""
Добрий вечір.
Інформація Громадської ради у вкладенні.

Голова Громадської ради
О.Ткаченко
""")
    date = kyiv(2013, 3, 28, 17, 5, 44)
    root = multi("mixed", [
        text(body, cs="UTF-8", cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed"),
        attach(read_att("pr5_gromrada.odt"), "application/vnd.oasis.opendocument.text",
               "Інформація_Громадська_рада_І_квартал_2013.odt", "2231cont"),
    ], "------------010404030906080503000208", preamble="This is a multi-part message in MIME format.")
    hs = envelope(addr("Олександр Ткаченко", "gromrada@example.gov.ua", "UTF-8"), MAILBOX,
                  ew("Громадська рада - веб-ресурс і форум", "UTF-8", "B", 9),
                  date, "<51545C28.6030106@example.gov.ua>", 4,
                  extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:17.0) Gecko/20130308 Thunderbird/17.0.4")])
    return message(hs, root)

# ---------------------------------------------------------------- fn: foreign numbers -------

KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter numbers its own paragraphs 1.-4. (The Bat!, koi8-u), which match the plan only in paragraph 1: 2. is consultations (6), 3. advisory councils (7), 4. public-council members discussing a draft order (9); a rubric «Відкритий уряд» on the district's own site is measure 1, not 2.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def fn1_semenivka_own_numbering():
    body = T("""
Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Про виконання Плану заходів

Семенівська райдержадміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує:

1. На офіційному веб-сайті райдержадміністрації створено рубрику "Відкритий уряд", де розміщено план заходів та інформацію про його виконання; оновлено розділ "Доступ до публічної інформації", запроваджено електронну форму запиту.
2. 23 жовтня та 20 листопада 2012 року проведено консультації з громадськістю у формі громадських слухань щодо проекту районного бюджету на 2013 рік та оптимізації мережі загальноосвітніх навчальних закладів району.
3. До складу районної ради підприємців та районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій включено 4 представників громадських організацій.
4. Члени громадської ради при райдержадміністрації брали участь в обговоренні проекту розпорядження голови райдержадміністрації "Про затвердження районної Програми підтримки малого підприємництва на 2013-2015 роки".

Голова райдержадміністрації                      М.І.Гончар

Вик. Ткач Ю.В., 2-16-80
""")
    date = kyiv(2012, 12, 13, 15, 20, 33)
    hs = envelope(addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "koi8-u"), MAILBOX,
                  ew("Про виконання Плану заходів", "koi8-u", "B", 9),
                  date, "<1738290416.20121213152033@example.gov.ua>", 5,
                  extra=[("X-Mailer", "The Bat! (v4.0.24) Professional"),
                         ("Reply-To", "rda-semenivka@example.gov.ua"),
                         ("X-Priority", "3 (Normal)")])
    return message(hs, text(body, cs="koi8-u", cte="8bit", ctype="text/plain; charset=koi8-u"))


KEY = {"class": "foreign_numbers", "executor": "su-apk", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .doc numbered by the department's own internal plan (1.1, 1.2, 2.1, 2.3, 3.2, 3.3 with sub-items 1) 2) 3)), none of which are the oblast plan's numbers: 1.1 is the web page (1), 2.3 a programme draft discussed with the Public Council committee (9), 3.2 the collegium (8); press conferences and citizens' appeals are no measure.",
       "items": [{"measure": 1, "source": "Інформація ГУАПР відкритість 2013.doc"},
                 {"measure": 8, "source": "Інформація ГУАПР відкритість 2013.doc"},
                 {"measure": 9, "source": "Інформація ГУАПР відкритість 2013.doc"}]}


@mail(KEY)
def fn2_apk_doc_internal_plan():
    body = T("""
Доброго дня!

Надсилаємо інформацію Головного управління агропромислового розвитку облдержадміністрації про виконання заходів щодо відкритості (за пунктами Плану роботи управління на 2013 рік).

З повагою
Гнатюк Світлана
67-36-18
""")
    date = kyiv(2013, 12, 9, 9, 58, 30)
    root = multi("mixed", [
        text(body, cs="windows-1251", cte="quoted-printable", ctype='text/plain;\n\tcharset="windows-1251"'),
        attach(read_att("fn2_apk.doc"), "application/msword", "Інформація ГУАПР відкритість 2013.doc",
               "outlook", cs="windows-1251"),
    ], "----=_NextPart_000_0003_01CEF4B5.6E31A4D0", preamble="This is a multipart message in MIME format.\n")
    hs = envelope(addr("Гнатюк Світлана", "apk@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("ГУАПР - відкритість", "windows-1251", "B", 9),
                  date, "<000201cef4b5$6e31a4d0$4a94ee70$@example.gov.ua>", 6,
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac70tW4nK2QPs5q4QY6xB9kU6HoKRQ=="),
                         ("Content-Language", "uk")])
    return message(hs, root)


KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An Excel table pasted into the body as tab-separated text with a running «№ з/п» column (1-7) beside the real «№ пункту Плану» column (1, 2, 6, 7, 8, 9, 12): row з/п 2 is plan item 2 with «х», з/п 5 is item 8 with «-», з/п 7 is item 12 with a bare «не проводились»; counts of meetings and participants sit in the cells.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def fn3_simia_zp_column():
    rows = [
        ("№ з/п", "№ пункту Плану", "Зміст заходу", "Стан виконання"),
        ("1", "1", "Наповнення офіційних сайтів", "Веб-сторінка управління оновлюється щотижня, створено підрозділ «Молодіжні програми» та «Оздоровлення дітей 2013»"),
        ("2", "2", "Рубрики на сайті ОДА", "х"),
        ("3", "6", "Консультації з громадськістю", "Проведено консультації з молодіжними громадськими організаціями щодо проекту обласної програми «Молодь Чернігівщини» на 2013-2015 роки (3 зустрічі, 46 учасників)"),
        ("4", "7", "Дорадчо-консультативні органи", "До складу обласної молодіжної ради (дорадчий орган при управлінні) входять 11 представників молодіжних ГО, у березні оновлено її склад"),
        ("5", "8", "Колегія", "-"),
        ("6", "9", "Обговорення проектів розпоряджень, програм", "Проект розпорядження про обласну програму оздоровлення та відпочинку дітей обговорено з членами Громадської ради при облдержадміністрації 12.03.2013"),
        ("7", "12", "Громадські експертизи", "не проводились"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    body = T("""
Добрий день!
Надсилаємо інформацію управління у справах сім'ї, молоді та спорту облдержадміністрації (таблиця нижче).

""") + table + T("""


З повагою,
Мартиненко Юлія
67-44-71
""")
    date = kyiv(2013, 6, 11, 10, 30, 15)
    hs = envelope(addr("Мартиненко Юлія", "simia@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("відкритий уряд - управління сім'ї, молоді та спорту", "windows-1251", "B", 9),
                  date, "<001e01ce667c$9a3b2f70$cea88e50$@example.gov.ua>", 4,
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac5mfJo3sFuYQq2mQ3C1RkJ3dZ1/Vw=="),
                         ("Content-Language", "uk")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "foreign_numbers", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent by the document system through CDO, lettered а)-г), full of numbers that are not measures (phone, «1 146 дзвінків», 312, 187, 96, an order «№ 94», 15 on special control): all of it is the head's hot line (5); the monthly summary «розміщується на офіційному веб-сайті» is a passing mention.",
       "items": [{"measure": 5, "source": "body"}]}


@mail(KEY)
def fn4_zvernennia_cdo_lettered():
    body = T("""
Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Відділ роботи із зверненнями громадян апарату облдержадміністрації інформує про організацію роботи «гарячої лінії» голови облдержадміністрації у ІІ півріччі 2013 року:

а) «гаряча лінія» працює щоденно у робочі дні з 9.00 до 18.00 за телефоном (0462) 67-50-00, у вихідні та святкові дні звернення приймає автовідповідач;
б) з 1 червня по 30 листопада 2013 року на «гарячу лінію» надійшло 1 146 дзвінків, з них 312 – з питань житлово-комунального господарства, 187 – соціального захисту, 96 – земельних відносин;
в) звернення, що надійшли на «гарячу лінію», опрацьовуються відповідно до розпорядження голови облдержадміністрації від 12.03.2013 № 94, 15 звернень взято на особливий контроль;
г) щомісяця узагальнена інформація про роботу «гарячої лінії» розміщується на офіційному веб-сайті облдержадміністрації.

Завідувач відділу                         Л.М.Гнатенко

Документ надіслано з системи електронного документообігу. Вих. № 01-22/7841 від 11.12.2013
""")
    date = kyiv(2013, 12, 11, 14, 40, 12)
    hs = envelope(addr("Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua", "utf-8", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("Інформація відділу роботи із зверненнями громадян (гаряча лінія)", "utf-8", "B", 9),
                  date, "<A5F3D1C2B4E64D8A9F0E1D2C3B4A5F60@SED-SRV>", 1,
                  extra=[("Thread-Topic", ew("Інформація відділу роботи із зверненнями громадян (гаряча лінія)", "utf-8", "B", 14)),
                         ("Content-Class", "urn:content-classes:message"),
                         ("X-Mailer", "Microsoft CDO for Windows 2000"),
                         ("Importance", "normal"), ("Priority", "normal"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4913")])
    return message(hs, text(body, cs="utf-8", cte="base64", ctype='text/plain;\n\tcharset="utf-8"'))


KEY = {"class": "foreign_numbers", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional coordinator reports the public discussion of the plan (15) held with the Public Council; the proposals it produced are numbered 1) 2) 3) and speak of consultations, the budget rubric and collegia (subjects of 6, 2, 8), but they are proposals, not work; protocol «№ 3», 47 people, 19 NGOs, 12 proposals, letter «№ 14».",
       "items": [{"measure": 15, "source": "body"}]}


@mail(KEY)
def fn5_ogp_gmail_proposals():
    paras = [
        "Шановні колеги!", "",
        "Інформую про проведення громадського обговорення виконання заходів Плану з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.", "",
        "26 вересня 2013 року в приміщенні облдержадміністрації спільно з Громадською радою при облдержадміністрації проведено громадське обговорення стану виконання Плану (протокол № 3 від 26.09.2013). Участь взяли 47 осіб: представники 19 громадських організацій, 6 структурних підрозділів облдержадміністрації, 4 райдержадміністрацій, журналісти обласних ЗМІ.", "",
        "За результатами обговорення напрацьовано 12 пропозицій, основні з яких:",
        "1) запровадити щоквартальне оприлюднення звітів райдержадміністрацій про проведені консультації з громадськістю;",
        "2) розширити рубрику «Виконання місцевих бюджетів Чернігівської області» даними про видатки районних бюджетів;",
        "3) забезпечити участь голів комітетів Громадської ради у засіданнях колегій усіх структурних підрозділів.", "",
        "Протокол обговорення та пропозиції направлено до управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації листом від 30.09.2013 № 14. Прошу врахувати цю інформацію при підготовці звіту про виконання Плану.", "",
        "З повагою",
        "Ірина Мороз",
        "регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області",
        "+38 (067) 582-14-09",
    ]
    plain = "\n".join(paras) + "\n"

    def h(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    html = "<div dir=\"ltr\">" + "".join(("<div>%s</div>" % h(p)) if p else "<div><br></div>" for p in paras) + "</div>\n"
    date = kyiv(2013, 10, 2, 12, 5, 47)
    root = multi("alternative", [
        text(plain, cs="UTF-8", cte="base64", ctype="text/plain; charset=UTF-8"),
        text(html, subtype="html", cs="UTF-8", cte="quoted-printable", ctype="text/html; charset=UTF-8"),
    ], "001a11c2b8e6e3c4b204e7bfa5c0")
    hs = envelope(addr("Ірина Мороз", "ogp-coordinator@example.org.ua", "UTF-8"), "uvp@cg.ukrtel.net",
                  ew("Громадське обговорення виконання Плану - інформація", "UTF-8", "B", 9),
                  date, "<CAK3vQmD7pX1=f2ZqJ8nW0sG9hL4cR5tY6uB_e1aA2oPz+KxM3w@mail.gmail.com>", 2,
                  relay=("mail-wi0-f177.google.com", "209.85.212.177"),
                  extra=[("X-Received", "by 10.180.74.212 with SMTP id w20mr2371518wiv.51.1380704747112; Wed, 02 Oct 2013 02:05:47 -0700 (PDT)")])
    return message(hs, root)

# ---------------------------------------------------------------- pa: personal addresses ----

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent in the evening from a private gmail.com box; the office appears only in the genitive («інформацію Головного управління економіки облдержадміністрації», signature «...Головного управління економіки») while the letter is addressed to УВП; items are numbered by the plan (1., 2., 9.).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail(KEY)
def pa1_ekonomika_gmail():
    paras = [
        "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", "",
        "Добрий вечір!", "",
        "Надсилаю інформацію Головного управління економіки облдержадміністрації про виконання Плану заходів щодо відкритості за І півріччя 2013 року (службова пошта не працює з п'ятниці, тому з особистої).", "",
        "1. Офіційна веб-сторінка управління на сайті облдержадміністрації оновлюється відповідно до вимог законодавства: розміщено Програму економічного і соціального розвитку області на 2013 рік, звіт про її виконання за І квартал, 8 проектів регуляторних актів з аналізом регуляторного впливу.",
        "2. У рубриці «Хід виконання цільових програм» розміщено зведену інформацію про виконання 34 обласних цільових програм за 2012 рік.",
        "9. Проект Регіональної програми розвитку малого і середнього підприємництва на 2013-2014 роки обговорено за участю членів Громадської ради при облдержадміністрації (засідання комітету з питань економічного розвитку 23.04.2013), 5 пропозицій враховано.", "",
        "Олена Гриценко",
        "начальник відділу аналізу та прогнозування",
        "Головного управління економіки облдержадміністрації",
        "тел. (0462) 67-52-18",
    ]
    plain = "\n".join(paras) + "\n"

    def h(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    html = "<div dir=\"ltr\">" + "".join(("<div>%s</div>" % h(p)) if p else "<div><br></div>" for p in paras) + "</div>\n"
    date = kyiv(2013, 6, 10, 21, 14, 6)
    root = multi("alternative", [
        text(plain, cs="UTF-8", cte="base64", ctype="text/plain; charset=UTF-8"),
        text(html, subtype="html", cs="UTF-8", cte="quoted-printable", ctype="text/html; charset=UTF-8"),
    ], "047d7b5d8a8c2e3b4f04decd1a9f")
    hs = envelope(addr("Олена Гриценко", "olena.hrytsenko77@gmail.com", "UTF-8"), "uvp@cg.ukrtel.net",
                  ew("Інформація ГУЕ щодо відкритості (І півріччя)", "UTF-8", "B", 9),
                  date, "<CAF1xK4pR9_bZt2Wq8mJ3nVc7eH0sLd5yGu6Ao4iTf1NwQ+9sPg@mail.gmail.com>", 3,
                  extra=[("X-Received", "by 10.194.89.230 with SMTP id br6mr9518125wjb.64.1370888046103; Mon, 10 Jun 2013 11:14:06 -0700 (PDT)")])
    return message(hs, root)


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only ukr.net web mail (<div>, <br>, &nbsp;) from a clerk's private box, signed with a first name, patronymic and phone only: the office is named only in the Subject «Куликівська РДА»; the body names the addressee УВП; «6.» and «10.» report work, «Інші пункти – без змін» is a placeholder.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def pa2_kulykivka_ukrnet_html():
    html = T("""
<div>Доброго вечора!</div><div>&nbsp;</div><div>В управління внутрішньої політики ОДА</div><div>Інформація про виконання плану заходів з відкритості за ІІ півріччя 2013&nbsp;р.:</div><div>&nbsp;</div><div>6.&nbsp; 21 листопада проведено громадські слухання щодо проекту районного бюджету на 2014 рік, 15 жовтня – засідання &quot;круглого столу&quot; з представниками громадських організацій з питань соціального захисту ветеранів та інвалідів.<br></div><div>10.&nbsp;Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості, робоча група утворена 28.10.2013 у складі 4 осіб.</div><div>Інші пункти&nbsp;– без змін.</div><div>&nbsp;</div><div>Оксана Миколаївна</div><div>(04643) 2-16-37</div>
""")
    date = kyiv(2013, 12, 13, 19, 40, 32)
    hs = envelope(addr("Оксана", "oksana_kulyk@ukr.net", "utf-8"), "uvp@cg.ukrtel.net",
                  ew("Куликівська РДА - відкритий уряд", "utf-8", "B", 9),
                  date, "<1386956432.412963148.k2h1c7vs@frv71.fwdcdn.com>", 1,
                  extra=[("X-Mailer", "FREEMAIL"), ("X-Originating-Ip", "[193.93.216.41]")])
    return message(hs, text(html, subtype="html", cs="utf-8", cte="base64",
                            ctype="text/html; charset=utf-8"))


KEY = {"class": "personal_address", "executor": "rda-horodnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The head's secretary sends text he dictated from her private i.ua box (windows-1251, base64): the office appears in the dictated text («Городнянська районна державна адміністрація ... повідомляє») and the sign-off; the site (1), people in district advisory bodies (7) and an NGO's expert review with a plan to implement its proposals (12), without numbers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def pa3_horodnia_iua_secretary():
    body = T("""
Добрий день!
Надсилаю текст, який продиктував голова райдержадміністрації, бо на робочій пошті переповнена скринька і лист не відправляється.

«Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Городнянська районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє.

Офіційний веб-сайт райдержадміністрації працює відповідно до вимог чинного законодавства, у травні проведено його модернізацію, створено розділ «Громадська рада» та сторінку для електронних звернень громадян.

До складу районної комісії з питань захисту прав дитини та районної ради з питань безпеки дорожнього руху включено представників районної організації ветеранів та громадської організації «Молода Городнянщина».

Громадська організація «Городнянська правозахисна група» провела громадську експертизу діяльності служби у справах дітей райдержадміністрації, за її результатами розпорядженням голови райдержадміністрації затверджено план заходів з реалізації 3 пропозицій.

Голова райдержадміністрації О.В.Кравець»

Секретар голови РДА
Наталія Шапошник
""")
    date = kyiv(2013, 6, 12, 16, 55, 3)
    hs = envelope(addr("Наталія", "nata_horod@i.ua", "windows-1251"), "uvp@cg.ukrtel.net",
                  ew("інформація від голови РДА", "windows-1251", "B", 9),
                  date, "<51b87e17.7f3a.2c41e0a5@i.ua>", 4,
                  extra=[("X-Mailer", "I.UA Mail"), ("X-Originating-IP", "[195.69.220.14]")])
    return message(hs, text(body, cs="windows-1251", cte="base64",
                            ctype="text/plain; charset=windows-1251"))


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The town-planning department's report sent from another executor's registered box (kapbud@, the capital construction department, which the cover note also names); the .docx answers «п. 1», «п. 6», «п. 8»; «п. 7, 9. –» is a placeholder and «п. 12. Не стосується» is not applicable.",
       "items": [{"measure": 1, "source": "Інформація УМА ІІ півріччя 2013.docx"},
                 {"measure": 6, "source": "Інформація УМА ІІ півріччя 2013.docx"},
                 {"measure": 8, "source": "Інформація УМА ІІ півріччя 2013.docx"}]}


@mail(KEY)
def pa4_mistobud_via_kapbud():
    paras = [
        "Добрий день!", "",
        "Надсилаємо інформацію управління містобудування та архітектури облдержадміністрації про виконання Плану заходів щодо відкритості за ІІ півріччя 2013 року (з пошти управління капітального будівництва, оскільки наша скринька тимчасово не працює).", "",
        "Відповідальна: Гаврилюк Тетяна Сергіївна, тел. 67-41-09",
        "Прохання відповідь надсилати на mistobuduvannia@example.gov.ua.",
    ]
    plain = "\n".join(paras) + "\n"
    date = kyiv(2013, 12, 10, 13, 22, 48)
    alt = multi("alternative", [
        text(plain, cs="windows-1251", cte="quoted-printable", ctype='text/plain;\n\tcharset="windows-1251"'),
        text(outlook_html(paras), subtype="html", cs="windows-1251", cte="quoted-printable",
             ctype='text/html;\n\tcharset="windows-1251"'),
    ], "----=_NextPart_001_0014_01CEF5A9.3C1B9E20")
    root = multi("mixed", [
        alt,
        attach(read_att("pa4_mistobud.docx"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "Інформація УМА ІІ півріччя 2013.docx", "2047Q", cs="windows-1251"),
    ], "----=_NextPart_000_0013_01CEF5A9.3C1B9E20", preamble="This is a multipart message in MIME format.\n")
    hs = envelope(addr("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("інформація УМА (відкритий уряд)", "windows-1251", "B", 9),
                  date, "<001201cef5a9$3c1b9e20$b452da60$@example.gov.ua>", 5,
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"),
                         ("Thread-Index", "Ac71qTwbmIQvOFeaRu6bD3YpS8c6Ig=="),
                         ("Content-Language", "uk")])
    return message(hs, root)


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A private meta.ua box and Russian with Ukrainian terms: the office is named only obliquely («информацию от службы у справах дітей облдержадміністрації», «гл. специалист служби»); «По п. 1» and «По п. 7» report work, «По п. 9 - не было» and «По п. 12 - не проводились» are bare.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail(KEY)
def pa5_sluzhba_ditei_metaua_russian():
    body = T("""
Добрый день!

Высылаю информацию от службы у справах дітей облдержадміністрації по Плану заходів з відкритості за I полугодие (служебная почта не отправляет письма, поэтому пишу с личной).

По п. 1 - на веб-сторінці служби на сайте облдержадміністрації размещены сведения о детях-сиротах, которые могут быть усыновлены (согласно законодательству - обезличенно), обновлены разделы "Нормативна база" и "Контакти".
По п. 7 - в состав обласної координаційної ради з питань захисту прав дітей (дорадчий орган) включены 3 представителя громадських організацій, в т.ч. член Громадської ради при ОДА.
По п. 9 - не было.
По п. 12 - не проводились.

Направляю в управління з питань внутрішньої політики, как просили по телефону.
С уважением, Людмила Викторовна, гл. специалист служби
""")
    date = kyiv(2013, 6, 5, 8, 15, 27)
    hs = envelope(addr("Людмила", "ludmila.sd@meta.ua", "windows-1251"), "uvp@cg.ukrtel.net",
                  ew("информация служби у справах дітей", "windows-1251", "B", 9),
                  date, "<1370409327.301925.29177.meta.ua@wmail4>", 2,
                  extra=[("X-Mailer", "META.UA Webmail")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype="text/plain; charset=windows-1251"))

# ---------------------------------------------------------------- mx: mixed -----------------

KEY = {"class": "mixed", "executor": "rda-nosivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird forward-as-attachment (message/rfc822) of the office's bounced letter of 14.12 (to a mistyped address), sent on 17.12 so late; the report is a .doc inside the forwarded message, a table answering 1, 6, 9, 10, with «-» for 7 and a bare «Не проводились» for 12.",
       "items": [{"measure": 1, "source": "Носівська РДА_відкритість.doc"},
                 {"measure": 6, "source": "Носівська РДА_відкритість.doc"},
                 {"measure": 9, "source": "Носівська РДА_відкритість.doc"},
                 {"measure": 10, "source": "Носівська РДА_відкритість.doc"}]}


@mail(KEY)
def mx1_nosivka_forward_rfc822():
    inner_body = T("""
Надсилаємо інформацію Носівської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».

Додаток: на 1 арк.

Денисенко В.
сектор з питань внутрішньої політики
""")
    inner_date = kyiv(2012, 12, 14, 16, 47, 3)
    inner_root = multi("mixed", [
        text(inner_body, cs="windows-1251", cte="quoted-printable", ctype='text/plain;\n\tcharset="windows-1251"'),
        attach(read_att("mx1_nosivka.doc"), "application/msword", "Носівська РДА_відкритість.doc",
               "outlook", cs="windows-1251"),
    ], "----=_NextPart_000_0017_01CDDA2B.86D0E5A0", preamble="This is a multi-part message in MIME format.\n")
    inner = Part([("From", addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251", quoted=True)),
                  ("To", "<uvp@cg.ukrtel.ne>"),
                  ("Subject", ew("Інформація Носівської РДА", "windows-1251", "B", 9)),
                  ("Date", rfc_date(inner_date)),
                  ("Message-ID", "<001801cdda1a$86d0e5a0$0100a8c0@sektor>"),
                  ("MIME-Version", "1.0")] + inner_root.headers
                 + [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                    ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
                    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")],
                 parts=inner_root.parts, boundary=inner_root.boundary, preamble=inner_root.preamble)
    outer_body = T("""
Доброго дня!
Пересилаємо лист від 14.12.2012, який повернувся через помилку в адресі (uvp@cg.ukrtel.ne). Просимо вважати інформацію поданою вчасно.

Денисенко В.
сектор з питань внутрішньої політики Носівської РДА
""")
    fwd = Part([("Content-Type", 'message/rfc822;\n name="=?UTF-8?B?%s?=.eml"'
                 % base64.b64encode("Інформація Носівської РДА".encode()).decode()),
                ("Content-Transfer-Encoding", "7bit"),
                ("Content-Disposition", 'attachment;\n filename="=?UTF-8?B?%s?=.eml"'
                 % base64.b64encode("Інформація Носівської РДА".encode()).decode())],
               inner.render())
    date = kyiv(2012, 12, 17, 11, 2, 14)
    root = multi("mixed", [
        text(outer_body, cs="UTF-8", cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed"),
        fwd,
    ], "------------000208060004030801030703", preamble="This is a multi-part message in MIME format.")
    hs = envelope(addr("Денисенко В.", "rda-nosivka@example.gov.ua", "UTF-8"), MAILBOX,
                  ew("[Fwd: Інформація Носівської РДА]", "UTF-8", "B", 9),
                  date, "<50CEDF06.4000802@example.gov.ua>", 3,
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2")])
    return message(hs, root)


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "The reception office forwards inline (Outlook 2003, English «-----Original Message-----») the deputy head's note to the secretary with the report text he dictated; the report below his instruction is the mail's content (site 1, consultations 6, council members on draft orders 9, working group 10), sent the Monday after the deadline.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def mx2_chernihiv_secretary_inline_forward():
    body = T("""
Пересилаю інформацію за дорученням заступника голови райдержадміністрації С.П.Бондаренка.

Приймальня Чернігівської РДА
Оксана

-----Original Message-----
From: Бондаренко Сергій Петрович 
Sent: Friday, December 13, 2013 5:48 PM
To: Приймальня
Subject: для УВП ОДА - відкритий уряд

Оксано, наберіть і відправте в обласну на uvp@cg.ukrtel.net, сьогодні останній робочий день. Текст такий:

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Чернігівська районна державна адміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у ІІ півріччі 2013 року.

Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог законодавства: оновлено розділи «Публічна інформація» та «Регуляторна діяльність», створено розділ «Громадське обговорення», у якому розміщуються проекти рішень, що виносяться на обговорення.

У звітному періоді проведено 5 консультацій з громадськістю: громадські слухання щодо проекту районного бюджету на 2014 рік та щодо схеми санітарного очищення населених пунктів району, 3 зустрічі з жителями сіл Киїнка, Халявин і Новий Білоус.

Члени громадської ради при райдержадміністрації брали участь в обговоренні проектів розпоряджень голови райдержадміністрації щодо районних програм «Питна вода» та «Розвиток фізичної культури і спорту».

Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості діяльності органу влади, робочу групу утворено на засіданні громадської ради 11.11.2013.

Заступник голови райдержадміністрації                С.П.Бондаренко
""")
    date = kyiv(2013, 12, 16, 10, 35, 50)
    hs = envelope(addr("Приймальня", "rda-chernihiv@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  "FW: " + ew("для УВП ОДА - відкритий уряд", "windows-1251", "B", 13),
                  date, "<000301cefa40$5d1e8c70$0e00a8c0@PRIYMALNA>", 8,
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"),
                         ("Thread-Index", "Ac74D4qyUFmZQ6W+R2aVSuW1bdGpIgCBHL2Q"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return message(hs, text(body, cs="windows-1251", cte="quoted-printable",
                            ctype='text/plain;\n\tcharset="windows-1251"'))


KEY = {"class": "mixed", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction written above the office's own earlier report, which is quoted below with «>»: only the corrected «пункт 9» and the added «п. 7» are new; the quoted 1, 6, 9 and bare 12 are old text.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def mx3_ichnia_correction():
    earlier = T("""
Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Ічнянська райдержадміністрація повідомляє про виконання Плану заходів за І півріччя 2013 року:
п. 1 - офіційний веб-сайт райдержадміністрації оновлюється щотижня, створено розділ "Громадська рада";
п. 6 - 17.05.2013 проведено громадські слухання щодо проекту схеми планування території району;
п. 9 - члени громадської ради взяли участь в обговоренні проекту розпорядження про районну програму "Питна вода";
п. 12 - не проводились.

Гребенюк А.В., 2-12-54""")
    body = T("""
Уточнення до інформації Ічнянської РДА від 11.06.2013.

У пункті 9 помилково зазначено проект розпорядження про районну програму "Питна вода". Слід читати: члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови райдержадміністрації "Про затвердження районної програми розвитку освіти на 2013-2015 роки" (засідання 22.05.2013), їх пропозиції враховано.

Доповнюємо п. 7: до складу районної ради з питань безпеки дорожнього руху включено представника громадської організації "Ічнянські автомобілісти".

Вибачте за незручності.
Гребенюк А.В.

11.06.2013 14:02, Ічнянська РДА пише:
""") + quote(earlier) + "\n"
    date = kyiv(2013, 6, 13, 9, 40, 26)
    hs = envelope(addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "UTF-8"), MAILBOX,
                  ew("Уточнення до інформації Ічнянської РДА", "UTF-8", "B", 9),
                  date, "<51B96A4A.9020700@example.gov.ua>", 3,
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
                         ("In-Reply-To", "<51B7110B.3030409@example.gov.ua>"),
                         ("References", "<51B7110B.3030409@example.gov.ua>")])
    return message(hs, text(body, cs="UTF-8", cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed"))


KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Cover note and two attachments report different measures: the body answers «По п. 1» and points to the attachments for 6, 9 and 12 (a pointer, not a report); the .xlsx table, titled with the list «6, 7, 9, 10», answers 6 and 9 (7 and 10 «-»), beside a running «№ п/п» column; the PDF certificate is an anti-corruption review (12).",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "Додаток 1_Бахмацька РДА.xlsx"},
                 {"measure": 9, "source": "Додаток 1_Бахмацька РДА.xlsx"},
                 {"measure": 12, "source": "dodatok2_dovidka.pdf"}]}


@mail(KEY)
def mx4_bakhmach_two_attachments():
    body = T("""
Добрий день!

Бахмацька райдержадміністрація надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року.

По п. 1: на офіційному веб-сайті райдержадміністрації у жовтні запроваджено новий розділ «Відкритий бюджет», де щомісяця оприлюднюється інформація про виконання районного бюджету; розділ «Доступ до публічної інформації» приведено у відповідність до вимог Закону.

Інформація щодо пунктів 6, 9 – у таблиці (додаток 1), щодо п. 12 – довідка (додаток 2).

Заступник голови райдержадміністрації                О.М.Яковенко

Вик. Кравчук 2-11-38
""")
    date = kyiv(2013, 12, 10, 15, 10, 44)
    root = multi("mixed", [
        text(body, cs="windows-1251", cte="quoted-printable", ctype='text/plain;\n\tcharset="windows-1251"'),
        attach(read_att("mx4_bakhmach.xlsx"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "Додаток 1_Бахмацька РДА.xlsx", "outlook", cs="windows-1251"),
        attach(read_att("mx4_dovidka.pdf"), "application/pdf", "dodatok2_dovidka.pdf", "ascii"),
    ], "----=_NextPart_000_0030_01CEF5C7.1E8D6F10", preamble="This is a multipart message in MIME format.\n")
    hs = envelope(addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("Бахмацька РДА - план заходів (відкритість)", "windows-1251", "B", 9),
                  date, "<002f01cef5c7$1e8d6f10$5ba84d30$@example.gov.ua>", 11,
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac71xx6NsD7L9BVeRz2W6kqO1nN8Kw=="),
                         ("Content-Language", "uk")])
    return message(hs, root)


KEY = {"class": "mixed", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 Word HTML with an inline screenshot (multipart/related, cid:image001.png) whose plain and HTML parts are labelled iso-8859-1 by a relay although the bytes are windows-1251 (the HTML's own meta says windows-1251); «Пункт 1», «Пункт 2» (sent for the rubric), «Пункт 6» count once for the twins, «інших пунктів» points to an old letter.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"}]}


@mail(KEY)
def mx5_kapbud_wordhtml_mislabelled():
    paras = [
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", "",
        "Управління капітального будівництва облдержадміністрації на Ваш лист надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.", "",
        "Пункт 1. Веб-сторінку управління на офіційному сайті облдержадміністрації оновлено: розміщено перелік об'єктів будівництва, що фінансуються з обласного бюджету у 2013 році, з інформацією про стан їх виконання (знімок сторінки нижче).",
        "@IMG@",
        "Пункт 2. Інформація про хід виконання обласної програми будівництва, реконструкції та капітального ремонту об'єктів освіти на 2012-2015 роки щокварталу направляється для розміщення в рубриці «Хід виконання цільових програм».",
        "Пункт 6. 23.05.2013 проведено громадське обговорення проекту реконструкції стадіону «Юність» у м. Чернігові за участю спортивних громадських організацій (протокол № 2).", "",
        "Щодо інших пунктів – інформація надавалась у грудні 2012 року.", "",
        "Заступник начальника управління\t\t\tВ.І.Марченко", "",
        "Виконавець: Руденко О.П., 67-13-92",
    ]
    cid = "image001.png@01CE6103.2A3B4C50"
    plain = "\n".join(p for p in paras if p != "@IMG@") + "\n\n-- \nThis message was checked by Kaspersky Anti-Virus for Linux Mail Server.\n"

    def h(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    hbody = ""
    for p in paras:
        if p == "":
            hbody += "<p class=MsoNormal><span lang=UK><o:p>&nbsp;</o:p></span></p>\n"
        elif p == "@IMG@":
            hbody += ("<p class=MsoNormal><span lang=UK><img width=160 height=60 id=\"Рисунок_x0020_1\" "
                      "src=\"cid:%s\" alt=\"Описание: знімок\"></span><span lang=UK><o:p></o:p></span></p>\n" % cid)
        else:
            hbody += "<p class=MsoNormal><span lang=UK>%s<o:p></o:p></span></p>\n" % h(p).replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\">\n"
            "<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
            "@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
            " /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",\"sans-serif\";}\n"
            "@page Section1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.Section1\n\t{page:Section1;}\n-->\n</style>\n"
            "<!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext=\"edit\" spidmax=\"2050\" />\n</xml><![endif]-->\n</head>\n\n"
            "<body lang=RU link=blue vlink=purple>\n\n<div class=Section1>\n\n" + hbody + "\n</div>\n\n</body>\n\n</html>\n")

    def draw(x, y):
        if y < 12:
            return (31, 73, 125)
        if x < 30:
            return (220, 228, 240)
        if (y - 16) % 9 < 4 and 36 <= x <= 36 + ((y * 37) % 110):
            return (90, 90, 90)
        return (255, 255, 255)

    image = png(160, 60, draw)
    date = kyiv(2013, 6, 4, 11, 18, 37)
    alt = multi("alternative", [
        text(plain, cs="windows-1251", cte="quoted-printable", label="iso-8859-1",
             ctype='text/plain;\n\tcharset="iso-8859-1"'),
        text(html, subtype="html", cs="windows-1251", cte="quoted-printable",
             ctype='text/html;\n\tcharset="iso-8859-1"'),
    ], "----=_NextPart_001_0036_01CE6103.2A3B4C50")
    img = Part([("Content-Type", 'image/png;\n\tname="image001.png"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-ID", "<%s>" % cid)], b64(image))
    root = multi("related", [alt, img], "----=_NextPart_000_0035_01CE6103.2A3B4C50",
                 preamble="This is a multipart message in MIME format.\n")
    root.headers[0] = ("Content-Type", 'multipart/related;\n\ttype="multipart/alternative";\n\tboundary="----=_NextPart_000_0035_01CE6103.2A3B4C50"')
    hs = envelope(addr("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251", quoted=True),
                  "<uvp@cg.ukrtel.net>",
                  ew("Інформація УКБ ОДА - відкритість", "windows-1251", "B", 9),
                  date, "<003401ce6103$2a3b4c50$7eb1e4f0$@example.gov.ua>", 6,
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
                         ("Thread-Index", "Ac5hAyo7N4F2pYJkT8+Bz3j8m0GxXg=="),
                         ("Content-Language", "uk"),
                         ("X-Antivirus", "Kaspersky Anti-Virus for Linux Mail Server 5.6.44/RELEASE, bases: 20130604 #2983121")])
    return message(hs, root)


# ============================================================================================
# Checks and output
# ============================================================================================


def walk_files(msg, out):
    """Every attachment (name, decoded bytes), also inside forwarded message/rfc822 parts."""
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                walk_files(inner, out)
            continue
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name:
            out.append((name, part.get_payload(decode=True), part))


def check(name, key, raw):
    errs = []
    prefix = name[:2]
    if key.get("class") != CLASSES.get(prefix):
        errs.append("class %r does not match prefix %r" % (key.get("class"), prefix))
    if list(key) != ["class", "executor", "period", "late", "kind", "reason", "note", "items"]:
        errs.append("key fields or their order differ from the brief")
    if key["executor"] not in EXECUTORS:
        errs.append("executor %r is not a plan.toml id" % key["executor"])
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    if any(set(i) != {"measure", "source"} for i in items):
        errs.append("item fields")
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errs.append("items not sorted and unique")
    if any(not isinstance(m, int) or not 1 <= m <= 15 for m, _ in pairs):
        errs.append("measure outside 1-15")
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or items:
            errs.append("not_report needs a reason and no items")
    elif key["kind"] == "report":
        if key["reason"] is not None or not items:
            errs.append("report needs reason null and items")
    else:
        errs.append("kind")
    if (key["kind"] == "not_report") != (key["class"] == "not_report"):
        errs.append("kind and class disagree")
    if not key["note"] or len(key["note"]) < 20:
        errs.append("note")

    # The raw message.
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("not CRLF throughout")
    if any(len(line) > 998 for line in raw.split(b"\r\n")):
        errs.append("a line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[h] is None:
            errs.append("missing " + h)
    if MAILBOX not in str(msg["To"]).lower():
        errs.append("To is not the mailbox")
    if list(msg.keys())[0] != "Received":
        errs.append("Received is not the top header")
    date = email.utils.parsedate_to_datetime(str(msg["Date"]))
    recv = email.utils.parsedate_to_datetime(str(msg["Received"]).rsplit(";", 1)[1].strip())
    kd, kr = date.astimezone(KYIV), recv.astimezone(KYIV)
    if not (0 < (recv - date).total_seconds() <= 15) or kd.date() != kr.date():
        errs.append("Received is not a few seconds after Date on the same Kyiv day")
    if not dt.date(2012, 1, 1) <= kd.date() <= dt.date(2013, 12, 31):
        errs.append("Date outside 2012-2013")
    if date.utcoffset() != kd.utcoffset():
        errs.append("Date not written in Kyiv time (%s)" % msg["Date"])
    period, late = period_of(kd.date())
    if (period, late) != (key["period"], key["late"]):
        errs.append("period/late %r differ from Date %s (%r)" % ((key["period"], key["late"]), kd, (period, late)))
    frm = msg["From"].addresses[0].addr_spec.lower()
    domain = frm.rsplit("@", 1)[1]
    if frm in REGISTERED:
        if REGISTERED[frm] != key["executor"] and key["class"] != "personal_address":
            errs.append("a registered box of another office outside personal_address")
    elif domain not in PRIVATE_DOMAINS:
        errs.append("sender %s is neither registered nor a private box" % frm)
    elif key["class"] != "personal_address":
        errs.append("private box outside personal_address")
    # Attachments: sources exist and decode.
    files = []
    walk_files(msg, files)
    names = [n for n, _, _ in files]
    for _, src in pairs:
        if src != "body" and src not in names:
            errs.append("source %r is not an attachment of the mail" % src)
    kept = {}
    for fn in os.listdir(ATT):
        if os.path.isfile(os.path.join(ATT, fn)) and not fn.endswith(".py"):
            kept[read_att(fn)] = fn
    for n, data, part in files:
        if not data:
            errs.append("attachment %r does not decode" % n)
        ext = os.path.splitext(n)[1].lower()
        if ext not in (".ics", ".png", ".eml") and data not in kept:
            errs.append("attachment %r is not byte for byte a file in attachments/" % n)
        if len(data) >= 60 * 1024:
            errs.append("attachment %r is not under 60 KB" % n)
    # Every text part decodes with its declared charset (mx5 is mislabelled on purpose).
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            payload = part.get_payload(decode=True)
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError):
                errs.append("text part does not decode as %s" % cs)
    return errs, msg, files


def main():
    totals = "--totals" in sys.argv
    names = [n for n, _, _ in MAILS]
    problems = []
    if len(MAILS) != 40 or len(set(names)) != 40:
        problems.append("there must be exactly 40 mails with distinct names")
    by_class = {}
    for n, key, _ in MAILS:
        by_class.setdefault(n[:2], []).append(n)
    for p in CLASSES:
        if len(by_class.get(p, [])) != 5:
            problems.append("class %s has %d mails, not 5" % (p, len(by_class.get(p, []))))
    measures = set()
    rows = []
    for name, key, build in MAILS:
        raw = build()
        errs, msg, files = check(name, key, raw)
        for e in errs:
            problems.append("%s: %s" % (name, e))
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        measures |= {i["measure"] for i in key["items"]}
        rows.append((name, key, msg, files))
    missing = set(range(1, 16)) - measures
    if missing:
        problems.append("measures never reported: %s" % sorted(missing))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("built %d mails, %d items; all checks passed" % (len(MAILS), sum(len(k["items"]) for _, k, _ in MAILS)))
    if totals:
        print_totals(rows)


def print_totals(rows):
    from collections import Counter
    src = Counter()
    meas = Counter()
    per = Counter()
    late = Counter()
    ex = Counter()
    clients = Counter()
    for name, key, msg, files in rows:
        for i in key["items"]:
            src["body" if i["source"] == "body" else os.path.splitext(i["source"])[1].lower()] += 1
            meas[i["measure"]] += 1
        per[key["period"]] += 1
        if key["late"]:
            late[key["period"]] += 1
        ex[key["executor"]] += 1
        ua = msg["X-Mailer"] or msg["User-Agent"] or "?"
        clients[str(ua)] += 1
    print("items by source:", dict(src))
    print("items by measure:", dict(sorted(meas.items())))
    print("mails by period:", dict(sorted(per.items())), "late:", dict(late))
    print("executors (%d):" % len(ex), dict(ex))
    print("clients:", dict(clients))
    for name, key, msg, files in rows:
        parts = []
        for p in msg.walk():
            if p.is_multipart() or p.get_content_type() == "message/rfc822":
                continue
            cte = str(p.get("Content-Transfer-Encoding", "7bit")).lower()
            cs = p.get_content_charset()
            fn = p.get_filename()
            parts.append("%s%s %s" % (p.get_content_type(), ("/" + cs) if cs else "", cte)
                         + (" «%s»" % fn if fn else ""))
        print("%s | %s | %s | %s | %s | %s" % (
            name, key["class"], key["executor"], key["period"], "; ".join(parts),
            ", ".join("%d%s" % (i["measure"], "" if i["source"] == "body" else "a") for i in key["items"])))


if __name__ == "__main__":
    main()
