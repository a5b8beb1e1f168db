#!/usr/bin/env python3
"""Builds the folio corpus: 40 e-mails to uvp@cg.ukrtel.net with hand-written answer keys.

Python 3 standard library only.  Every mail's KEY literal stands directly above its builder and
was written before the mail's text.  The office files the mails carry were written as HTML or CSV
(attachments/src/) and converted once with LibreOffice (attachments/convert.sh); make.py only
reads the converted files.  Run:  python3 make.py
"""
import base64
import datetime
import email
import email.policy
import hashlib
import json
import os
import quopri
import re
import struct
import sys
import textwrap
import tomllib
import zlib
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
PLAN_TOML = "/work/main/config/plan.toml"
MAILBOX = "uvp@cg.ukrtel.net"
KYIV = ZoneInfo("Europe/Kyiv")
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# The plan's measures as plan.toml quotes them (zvit's reminders and receipts quote these).
MEASURES = {
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
    16: "Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net).",
}
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
              "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")


# ============================================================================ MIME helpers
# Everything is assembled with "\n" and turned into CRLF once at the end.

def _words(s, cs, enc, maxlen=75):
    """Split s into RFC 2047 encoded words no longer than maxlen, never splitting a character."""
    out, cur = [], ""
    prefix = f"=?{cs}?{enc}?"

    def encode(chunk):
        raw = chunk.encode(cs)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        q = ""
        for b in raw:
            c = chr(b)
            if c == " ":
                q += "_"
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                q += c
            else:
                q += "=%02X" % b
        return q

    for ch in s:
        if len(prefix) + len(encode(cur + ch)) + 2 > maxlen:
            out.append(prefix + encode(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(prefix + encode(cur) + "?=")
    return out


def ew(s, cs="utf-8", enc="B"):
    """An RFC 2047 header value folded over several lines."""
    if all(ord(c) < 128 for c in s):
        return s
    return "\n ".join(_words(s, cs, enc))


def addr(name, mail, cs="utf-8", enc="B"):
    """A display name; encoded words break after a space where they must break (as Thunderbird
    does), so that decoders which keep the whitespace between words still read the name right."""
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{mail}>'
    words = _words(name, cs, enc)
    if len(words) > 1:
        tokens = re.findall(r"\S+\s*", name)
        words, cur = [], ""
        for t in tokens:
            if cur and len(_words(cur + t, cs, enc)) > 1:
                words.extend(_words(cur, cs, enc))
                cur = t
            else:
                cur += t
        words.extend(_words(cur, cs, enc))
    return "\n ".join(words) + f" <{mail}>"


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + b"\n"


def _qp(data):
    # quopri keeps "\n" as hard line breaks and soft-wraps at 76
    out = quopri.encodestring(data, quotetabs=False)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def encode_body(data, cte):
    if cte == "base64":
        return _b64(data)
    if cte == "quoted-printable":
        return _qp(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def part(ctype, cte, data, headers=()):
    h = [f"Content-Type: {ctype}"] + list(headers) + [f"Content-Transfer-Encoding: {cte}"]
    return ("\n".join(h) + "\n\n").encode("ascii") + encode_body(data, cte)


def text(body, cs="utf-8", cte="quoted-printable", subtype="plain", flowed=False, headers=(),
         declared=None, quoted_cs=True):
    """A text part.  `declared` lets the Content-Type name another charset than the bytes use."""
    body = body.strip("\n") + "\n"
    if cte == "base64":
        data = body.replace("\n", "\r\n").encode(cs)
    else:
        data = body.encode(cs)
    label = declared or cs
    q = '"' if quoted_cs else ""
    ct = f"text/{subtype}; charset={q}{label}{q}"
    if flowed:
        ct += "; format=flowed"
    return part(ct, cte, data, headers)


def fname_params(fname, style, cs="utf-8"):
    """Content-Type name / Content-Disposition filename in the ways clients write them."""
    if style == "ascii":
        return f'name="{fname}"', f'filename="{fname}"'
    if style in ("B", "Q"):
        w = ew(fname, cs, style)
        return f'name="{w}"', f'filename="{w}"'
    if style in ("2231", "2231cont"):
        raw = fname.encode(cs)
        pct = "".join(chr(b) if (chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-_.")) else "%%%02X" % b
                      for b in raw)
        name = f'name="{ew(fname, cs, "B")}"'
        if style == "2231":
            return name, f"filename*={cs}''{pct}"
        # Thunderbird: continuations of about 60 characters, never cutting a %XX
        chunks, cur = [], ""
        i = 0
        while i < len(pct):
            tok = pct[i:i + 3] if pct[i] == "%" else pct[i]
            if len(cur) + len(tok) > 60:
                chunks.append(cur)
                cur = ""
            cur += tok
            i += len(tok)
        chunks.append(cur)
        lines = []
        for n, c in enumerate(chunks):
            lines.append(f"filename*{n}*={cs}''{c}" if n == 0 else f"filename*{n}*={c}")
        return name, ";\n ".join(lines)
    raise ValueError(style)


def attachment(stored, fname, ctype, style="B", cs="utf-8", disposition="attachment", extra=()):
    """A file from attachments/ (or bytes) sent under the decoded name `fname`."""
    data = stored if isinstance(stored, bytes) else open(os.path.join(ATT, stored), "rb").read()
    name, filename = fname_params(fname, style, cs)
    return part(f"{ctype};\n {name}", "base64", data,
                [f"Content-Disposition: {disposition};\n {filename}"] + list(extra))


def multipart(subtype, parts, boundary, params="", preamble=None):
    head = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"{params}\n\n'.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += f"--{boundary}--\n".encode("ascii")
    return head + body


def rfc822(msg_bytes, headers=()):
    h = ["Content-Type: message/rfc822"] + list(headers)
    return ("\n".join(h) + "\n\n").encode("ascii") + msg_bytes


def message(headers, body_part, mime_version=True):
    """headers: list of (name, value); value may already hold folded lines."""
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    if mime_version:
        lines.append("MIME-Version: 1.0")
    head = "\n".join(lines).encode("utf-8") + b"\n"
    return head + body_part


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfcdate(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return (f"{DAYS[dt.weekday()]}, {dt.day} {MONTHS[dt.month - 1]} {dt.year} "
            f"{dt:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}")


def kyiv(y, mo, d, h, mi, s):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def qid(seed):
    return hashlib.md5(seed.encode()).hexdigest()[:10].upper()


def received(dt, delay, host, ip, name, hops=()):
    """The top Received: (our MX, `delay` seconds after Date) and any earlier hops."""
    top = dt + datetime.timedelta(seconds=delay)
    out = [("Received", f"from {host} ({host} [{ip}])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id "
                        f"{qid(name)}\n\tfor <{MAILBOX}>; {rfcdate(top.astimezone(KYIV))} (EET)")]
    for i, hop in enumerate(hops):
        t = dt + datetime.timedelta(seconds=max(1, delay - 2 - i))
        out.append(("Received", f"{hop}; {rfcdate(t.astimezone(KYIV))}"))
    return out


def wrap(s, width=72):
    out = []
    for line in s.split("\n"):
        if not line.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return out


def quote_tb(s, width=72, flowed=True, prefix="> "):
    """Thunderbird/The Bat! style quote: wrapped lines with '> ' (flowed: soft breaks keep a space)."""
    out = []
    for para in s.split("\n"):
        if not para.strip():
            out.append(prefix.rstrip())
            continue
        lines = textwrap.wrap(para, width - len(prefix), break_long_words=False,
                              break_on_hyphens=False)
        for i, ln in enumerate(lines):
            soft = flowed and i < len(lines) - 1
            out.append(prefix + ln + (" " if soft else ""))
    return "\n".join(out)


def flow(s, width=72):
    """A format=flowed body: long paragraphs soft-wrapped with a trailing space."""
    out = []
    for para in s.split("\n"):
        if para.startswith(">") or len(para) <= width:
            out.append(para)
            continue
        lines = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        out.extend(ln + " " for ln in lines[:-1])
        out.append(lines[-1])
    return "\n".join(out)


def h(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def outlook_html(body_text, cs="windows-1251", extra_head=""):
    """Outlook 2007/2010 HTML twin: one MsoNormal paragraph per line."""
    ps = []
    for line in body_text.strip("\n").split("\n"):
        ps.append(f"<p class=MsoNormal>{h(line) if line.strip() else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>")
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv=Content-Type content="text/html; charset={cs}">'
            f'<meta name=Generator content="Microsoft Word 14 (filtered medium)">{extra_head}'
            f'<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            f'\t{{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";}}\n'
            f'--></style></head><body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
            + "\n".join(ps) + "\n</div></body></html>\n")


def simple_html(body_text, wrapper=("<div>", "</div>")):
    lines = [h(x) if x.strip() else "<br>" for x in body_text.strip("\n").split("\n")]
    return wrapper[0] + "<br>\n".join(lines) + wrapper[1]


# ---------------------------------------------------------------- zvit's own mail, as quoted
def reminder_text(executor_name, missing, today, overdue=False, deadline="15.12.2012"):
    if overdue:
        first = (f"Нагадуємо, що {deadline} минув термін подання інформації про виконання Плану заходів з "
                 "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у "
                 "рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).")
    else:
        first = ("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та "
                 "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
                 "«Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до "
                 f"{deadline} на адресу електронної пошти {MAILBOX}.")
    parts = ["Шановні колеги!", "", first, "",
             f"Станом на {today} від {executor_name} не надійшла інформація за звітний період щодо "
             "таких пунктів плану:"]
    for n in missing:
        parts += ["", f"  {n}. {MEASURES[n]}"]
    parts += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити "
                  "графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна "
                  "також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або "
                  "окремим документом, зазначивши номери пунктів плану.", "",
              "Просимо надати інформацію невідкладно." if overdue else
              "Просимо дотримуватися встановленого терміну.", "",
              "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
              "його недійсним.", "", "З повагою", UVP_NAME]
    return parts


def receipt_text(received_s, subject, executor_name, recognised, missing, unplaced=0):
    parts = ["Шановні колеги!", "",
             f"{UVP_NAME} підтверджує отримання Вашого листа від "
             f"{received_s} «{subject}».", "",
             f"Виконавець: {executor_name}.",
             "Звітний період: 1-й (термін подання інформації — 15.12.2012).", "",
             "Розпізнано інформацію щодо таких пунктів плану:"]
    for n, excerpt in recognised:
        parts.append(f"  • пункт {n}: {excerpt}")
    if unplaced:
        parts.append(f"Частину тексту (фрагментів: {unplaced}) не вдалося однозначно віднести до пункту "
                     "плану; її опрацює працівник управління.")
    parts += ["", "За цей звітний період ще очікується інформація щодо пунктів плану:"]
    for n in missing:
        parts.append(f"  {n}. {MEASURES[n]}")
    parts += ["", f"Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на "
                  f"адресу {MAILBOX}.", "", "З повагою", UVP_NAME]
    return parts


def tiny_png(w, h_, seed, colors):
    """A deterministic little PNG (a logo for Word HTML mail)."""
    raw = b""
    for y in range(h_):
        row = b"\x00"
        for x in range(w):
            c = colors[((x // 4) + (y // 4) + seed) % len(colors)] if (x + y) % 7 else colors[0]
            row += bytes(c)
        raw += row

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


MAILS = []


def mail(key):
    def reg(fn):
        MAILS.append((fn.__name__, key, fn))
        return fn
    return reg


def item(measure, source="body"):
    return {"measure": measure, "source": source}


# ============================================================================ the mails
# ---------------------------------------------------------------------------- ph: placeholder

KEY = {"class": "placeholder", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The whole plan sent back as a Word 97 table, every measure's wording kept: rows 1, 5 "
               "(not owed: the oblast hot line), 6 and 10 answered, the rest «—», «+», «х», «немає», "
               "a bare «не проводились» and a row 16 «Інформацію надано».",
       "items": [item(1, "Носівська РДА - інформація ВУ.doc"), item(5, "Носівська РДА - інформація ВУ.doc"),
                 item(6, "Носівська РДА - інформація ВУ.doc"), item(10, "Носівська РДА - інформація ВУ.doc")]}
@mail(KEY)
def ph01_nosivka():
    dt = kyiv(2012, 12, 14, 17, 52, 13)
    body = """Добрий день!

Надсилаємо інформацію Носівської райдержадміністрації про хід виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади (Партнерство "Відкритий уряд") станом на 12.12.2012.
Оригінал листа від 14.12.2012 № 02-12/1893 направлено поштою.

З повагою
Лисенко Тетяна Василівна
завідувач сектору з питань внутрішньої політики, зв'язків із ЗМІ та громадськістю
Носівської райдержадміністрації
тел. (04642) 2-17-38
"""
    b = "----=_NextPart_000_0009_01CDDA1E.A73A5F40"
    mp = multipart("mixed", [
        text(body, "windows-1251", "quoted-printable"),
        attachment("ph01_nosivka.doc", "Носівська РДА - інформація ВУ.doc", "application/msword",
                   "B", "windows-1251"),
    ], b, preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 6, "mail.example.gov.ua", "192.0.2.41", "ph01",
                   ["from sektor ([198.51.100.23]) by mail.example.gov.ua with SMTP"]) + [
        ("Message-ID", "<000c01cdda0d$e3b1c540$6501a8c0@sektor>"),
        ("From", addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("інформація Відкритий уряд", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, mp)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Calc-made .xls with all 16 measures and a column «Інформація про виконання»: "
               "three real answers (1, 6, 9) among «-», a bare «+» on 7 and 16, «немає» and an empty "
               "cell on 12; the name comes in RFC 2231 continuations.",
       "items": [item(1, "Відкритий уряд - управління культури і туризму.xls"),
                 item(6, "Відкритий уряд - управління культури і туризму.xls"),
                 item(9, "Відкритий уряд - управління культури і туризму.xls")]}
@mail(KEY)
def ph02_kultura():
    dt = kyiv(2012, 12, 12, 16, 20, 37)
    body = flow("""Добрий день.

Інформація управління культури і туризму облдержадміністрації про виконання плану заходів (Відкритий уряд) у вкладенні, у формі таблиці, як було в плані.

-- 
з повагою, Оксана Приходько
провідний спеціаліст відділу організаційно-аналітичної роботи
управління культури і туризму облдержадміністрації
тел. 67-45-09
""")
    b = "------------080706020509010304070201"
    mp = multipart("mixed", [
        text(body, "UTF-8", "8bit", flowed=True, quoted_cs=False),
        attachment("ph02_kultura.xls", "Відкритий уряд - управління культури і туризму.xls",
                   "application/vnd.ms-excel", "2231cont", "UTF-8"),
    ], b, preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 4, "mail.example.gov.ua", "192.0.2.41", "ph02",
                   ["from [198.51.100.77] (unknown [198.51.100.77]) by mail.example.gov.ua (Postfix) with ESMTPA id 7D2E01C41"]) + [
        ("Message-ID", "<50C89289.6070308@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Оксана Приходько", "kultura@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("To", MAILBOX),
        ("Subject", ew("Відкритий уряд - інформація управління культури")),
    ]
    return message(hdr, mp)


KEY = {"class": "placeholder", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Saturday mail with the owed rows of the plan (full wording) typed into an Outlook "
               "2003 HTML table and its plain twin: only 6 and 12 say anything; 1 «+», 7 a bare «не "
               "проводились», 9 «—», 10 «х».",
       "items": [item(6), item(12)]}
@mail(KEY)
def ph03_varva():
    dt = kyiv(2012, 12, 15, 11, 7, 22)
    rows = [
        (1, "+"),
        (6, "У листопаді проведено 3 консультації з громадськістю: громадське обговорення проекту "
            "районного бюджету на 2013 рік (27.11), зустріч з жителями с. Озеряни щодо ремонту "
            "дороги (16.11), засідання за круглим столом з представниками ветеранських організацій "
            "(08.11)."),
        (7, "не проводились"),
        (9, "—"),
        (10, "х"),
        (12, "Громадською організацією «Варвинська ініціатива» проведено громадську експертизу "
             "діяльності відділу освіти райдержадміністрації; за її результатами розроблено план "
             "заходів з реалізації 5 пропозицій (розпорядження голови райдержадміністрації від "
             "04.12.2012 № 361)."),
    ]
    intro = ("Доброго дня!\n\nВарвинська райдержадміністрація надає інформацію про виконання Плану "
             "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
             "області (по пунктах, виконавцями яких визначено райдержадміністрації):")
    sig = ("З повагою,\nГоловний спеціаліст відділу організаційної роботи апарату\nВарвинської "
           "райдержадміністрації\nСеменко Алла Миколаївна\n(04636) 2-11-84")
    plain = intro + "\n\n№ п/п\tЗахід\tСтан виконання\n"
    for n, a in rows:
        plain += f"{n}.\t{MEASURES[n]}\t{a}\n"
    plain += "\n" + sig + "\n"
    trs = "".join(
        f"<tr><td width=40 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
        f"<p class=MsoNormal>{n}.</p></td><td width=300 valign=top style='border:solid windowtext 1.0pt;"
        f"padding:0cm 5.4pt'><p class=MsoNormal>{h(MEASURES[n])}</p></td><td width=300 valign=top "
        f"style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{h(a)}</p></td></tr>\n"
        for n, a in rows)
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 11 (filtered medium)\"></head>"
            "<body lang=UK><div class=Section1>"
            + "".join(f"<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;"
                      f"font-family:Arial'>{h(x) if x else '&nbsp;'}</span></font></p>\n"
                      for x in intro.split("\n"))
            + "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
              "collapse'>\n<tr><td><p class=MsoNormal><b>№ п/п</b></p></td><td><p class=MsoNormal><b>"
              "Захід</b></p></td><td><p class=MsoNormal><b>Стан виконання</b></p></td></tr>\n" + trs
            + "</table>\n<p class=MsoNormal>&nbsp;</p>\n"
            + "".join(f"<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;"
                      f"font-family:Arial'>{h(x)}</span></font></p>\n" for x in sig.split("\n"))
            + "</div></body></html>")
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(html, "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_000_0015_01CDDAB6.2F31B6E0",
                    preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 9, "mail.example.gov.ua", "192.0.2.41", "ph03",
                   ["from orgviddil ([203.0.113.58]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Варвинська РДА", "rda-varva@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація про виконання плану заходів (Відкритий уряд) - Варвинська РДА",
                       "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000f01cddaa5$6bd2c8a0$43783de0$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3apWuWg1Y8R9lBSqOy0u0i7yK5dw=="),
        ("Content-Language", "uk"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, alt)


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Monday-after-the-deadline Russian cover note; the .xlsx has the seven owed rows with "
               "full wording, real answers only on 2 and 8, and «без змін» on 1 (the first period, so "
               "there is nothing it can point back to), «-», «немає», «не проводилось».",
       "items": [item(2, "Інформація ГФУ (відкритий уряд).xlsx"),
                 item(8, "Інформація ГФУ (відкритий уряд).xlsx")]}
@mail(KEY)
def ph04_finansy():
    dt = kyiv(2012, 12, 17, 9, 15, 44)
    plain = """Добрый день!

Направляем информацию Главного финансового управления облгосадминистрации о выполнении плана мероприятий по Инициативе «Партнерство „Открытое правительство“» (файл во вложении).
Извините за задержку – в пятницу не было связи.

С уважением,
Ирина Бойко
отдел финансов непроизводственной сферы
Главное финансовое управление ОГА
тел. 67-50-73
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "base64"),
                                    text(outlook_html(plain), "windows-1251", "base64", "html")],
                    "----=_NextPart_001_0041_01CDDC3A.9E5C7A70")
    mp = multipart("mixed", [alt, attachment("ph04_finansy.xlsx", "Інформація ГФУ (відкритий уряд).xlsx",
                                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             "Q", "windows-1251")],
                   "----=_NextPart_000_0040_01CDDC3A.9E5C7A70",
                   preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "ph04",
                   ["from BOYKO ([198.51.100.140]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Ирина Бойко", "finansy@example.gov.ua", "koi8-r")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("информация ГФУ по плану Открытое правительство", "koi8-r")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<004001cddc2a$c6f1e3b0$54d5ab10$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3cKsYPEwqD0aZJSg2Qe+eTtS3Pxw=="),
        ("Content-Language", "ru"),
    ]
    return message(hdr, mp)


KEY = {"class": "placeholder", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Covering letter with an outgoing number in the body; the .rtf sums up the district "
               "administration and its village councils in two answer columns, where «+», «—», «х» "
               "and bare «не проводились» sit beside real answers on 6 and 7, and 12 says anti-corruption "
               "reviews were not held (an answer naming its subject).",
       "items": [item(6, "prylucka_rda_plan.rtf"), item(7, "prylucka_rda_plan.rtf"),
                 item(12, "prylucka_rda_plan.rtf")]}
@mail(KEY)
def ph05_pryluky():
    dt = kyiv(2012, 12, 14, 12, 31, 9)
    body = """Здравствуйте, Управління.

ПРИЛУЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
вул. Незалежності, 27, м. Прилуки, 17500

14.12.2012 № 01-19/2871

Управління з питань внутрішньої політики
та зв'язків з громадськістю облдержадміністрації

На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» надаємо узагальнену інформацію райдержадміністрації та сільських рад району (додається).

Додаток: на 2 арк. в 1 прим.

Заступник голови райдержадміністрації          В.О. Слюсар

-- 
З повагою,
 сектор з питань внутрішньої політики Прилуцької РДА          mailto:rda-pryluky@example.gov.ua
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "8bit", quoted_cs=False),
        attachment("ph05_pryluky.rtf", "prylucka_rda_plan.rtf", "application/rtf", "ascii"),
    ], "----------51C8A36F1C0D5B2")
    hdr = received(dt, 3, "mail.example.gov.ua", "192.0.2.41", "ph05",
                   ["from [203.0.113.90] by mail.example.gov.ua with ESMTP"]) + [
        ("Date", rfcdate(dt)),
        ("From", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251")),
        ("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
        ("Reply-To", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1390573412.20121214123109@example.gov.ua>"),
        ("To", f"uvp@cg.ukrtel.net <{MAILBOX}>"),
        ("Subject", ew("лист № 01-19/2871 від 14.12.2012", "windows-1251")),
    ]
    return message(hdr, mp)


# ---------------------------------------------------------------------------- bp: bottom_post

KEY = {"class": "bottom_post", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Late-evening Thunderbird reply written between the «>» lines of zvit's reminder, "
               "under each quoted measure: 1, 6, 7, 10 answered, 9 «-», 12 says no reviews were held "
               "(standing under its quoted item); the reminder itself is quoted.",
       "items": [item(1), item(6), item(7), item(10), item(12)]}
@mail(KEY)
def bp01_shchors():
    dt = kyiv(2012, 12, 13, 21, 48, 5)
    rem = reminder_text("Щорська районна державна адміністрація", [1, 6, 7, 9, 10, 12], "10.12.2012")
    q = lambda lines: quote_tb("\n".join(lines))
    # rem: 0..4 head, then pairs ("", "  n. text") for each measure
    head = rem[:5]
    meas = {n: rem[5 + 2 * i + 1] for i, n in enumerate([1, 6, 7, 9, 10, 12])}
    tail = rem[5 + 12:]
    ans = {
        1: "Офіційний сайт Щорської РДА переведено на новий хостинг, створено розділи «Публічна "
           "інформація» та «Громадська рада», розміщено 12 розпоряджень голови РДА нормативного "
           "характеру.",
        6: "Проведено 2 консультації: громадські слухання щодо проекту Програми соціально-економічного "
           "розвитку району на 2013 рік (06.12.2012) та обговорення з представниками ветеранських "
           "організацій питань пільгового проїзду (23.11.2012).",
        7: "До складу районної комісії з питань захисту прав дитини та координаційної ради з питань "
           "сім'ї включено представників ГО «Щорське жіноче товариство» та члена громадської ради "
           "Клименка В.П.",
        9: "-",
        10: "Громадська рада при РДА на засіданні 29.11.2012 за нашою рекомендацією утворила робочу "
            "групу з питань відкритості та прозорості (5 осіб, керівник - Савчук О.М.).",
        12: "Громадських експертиз у IV кварталі не проводилось.",
    }
    out = ["10.12.2012 09:02, uvp@cg.ukrtel.net пише:", q(head)]
    for n in [1, 6, 7, 9, 10, 12]:
        out += [">", q([meas[n]]), "", flow(ans[n]), ""]
    out += [q(tail), "", "-- ", "Ольга Бабич, сектор з питань внутрішньої політики Щорської РДА",
            "(04654) 2-19-03"]
    body = "\n".join(out)
    hdr = received(dt, 7, "mail.example.gov.ua", "192.0.2.41", "bp01",
                   ["from [192.168.1.5] (unknown [203.0.113.12]) by mail.example.gov.ua (Postfix) with ESMTPA id 3F0C81D2A"]) + [
        ("Message-ID", "<50CA31D5.2000901@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Щорська РДА", "rda-shchors@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("To", addr(UVP_NAME, MAILBOX)),
        ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів (Партнерство «Відкритий уряд»)")),
        ("References", "<zvit.reminder.1.rda-shchors.20121210@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.reminder.1.rda-shchors.20121210@cg.ukrtel.net>"),
    ]
    return message(hdr, text(body, "UTF-8", "8bit", flowed=True, quoted_cs=False))


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 (Ukrainian UI) answer written BELOW the quoted receipt and its "
               "«Від/Надіслано/Кому/Тема» block, with no «>»: the quote lists the recognised 1, 6, 9 "
               "with excerpts and the still-missing measures; the new text adds 2, 7, 8 and a «no "
               "requests» answer on 12.",
       "items": [item(2), item(7), item(8), item(12)]}
@mail(KEY)
def bp02_osvita():
    dt = kyiv(2012, 12, 14, 10, 5, 31)
    rec = receipt_text("10.12.2012 15:27", "Інформація про виконання плану (Відкритий уряд)",
                       "Управління освіти і науки облдержадміністрації",
                       [(1, "На офіційному веб-сайті управління освіти і науки створено розділ "
                            "«Публічна інформація»…"),
                        (6, "Проведено громадське обговорення проекту обласної програми «Обдарована "
                            "молодь» на 2013–2016 роки…"),
                        (9, "До обговорення проекту програми залучено членів Громадської ради при "
                            "облдержадміністрації…")],
                       [2, 7, 8, 12], unplaced=1)
    quote_head = ["", "", "Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ",
                  "Надіслано: 11 грудня 2012 р. 8:14",
                  "Кому: osvita@example.gov.ua",
                  "Тема: Підтвердження отримання: Інформація про виконання плану (Відкритий уряд)", ""]
    new = """

Доповнюємо інформацію управління освіти і науки облдержадміністрації:

Щодо п. 2. Звіт про хід виконання Програми розвитку освіти Чернігівщини на 2011–2015 роки за 9 місяців 2012 року направлено 26.11.2012 для розміщення в рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації.

Щодо п. 7. До складу науково-методичної ради управління входять 3 представники громадських організацій (ГО «Батьківська ініціатива», обласна організація профспілки працівників освіти, ГО «Асоціація керівників шкіл»).

Щодо п. 8. Голова комітету з питань освіти, науки та молодіжної політики Громадської ради при облдержадміністрації Мирошниченко Л.І. з 14.11.2012 входить до складу колегії управління (наказ від 14.11.2012 № 402).

Щодо п. 12. Запитів на проведення громадської експертизи діяльності управління не надходило.

З повагою
Ярмоленко Світлана
головний спеціаліст відділу кадрової роботи
управління освіти і науки облдержадміністрації
67-39-12
"""
    plain = "\n".join(quote_head + rec) + new
    qhtml = ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
             "<p class=MsoNormal><b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>"
             "Від:</span></b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> "
             "uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 11 грудня 2012 р. 8:14<br>"
             "<b>Кому:</b> osvita@example.gov.ua<br><b>Тема:</b> Підтвердження отримання: Інформація про "
             "виконання плану (Відкритий уряд)<o:p></o:p></span></p></div></div>\n"
             + "".join(f"<p class=MsoNormal>{h(x) if x.strip() else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n"
                       for x in rec))
    html = outlook_html("\n" + new).replace("<div class=WordSection1>\n",
                                            "<div class=WordSection1>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                                            + qhtml, 1)
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(html, "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_000_0077_01CDD9DE.8C1A0F50")
    hdr = received(dt, 4, "mail.example.gov.ua", "192.0.2.41", "bp02",
                   ["from YARMOLENKO ([198.51.100.31]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Управління освіти і науки", "osvita@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("References", "<zvit.receipt.1.su-osvita.20121211@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.receipt.1.su-osvita.20121211@cg.ukrtel.net>"),
        ("Subject", ew("RE: Підтвердження отримання: Інформація про виконання плану (Відкритий уряд)",
                       "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<007601cdd9cd$4cf0e8b0$e6d2ba10$@gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "AQHN16t8z8cQmWm7Ek6B5k5y0ZyGxZgJ3uSg"),
        ("Content-Language", "uk"),
    ]
    return message(hdr, alt)


KEY = {"class": "bottom_post", "executor": "rda-sribne", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2003 «-----Исходное сообщение-----» block quoting the district's own "
               "Friday letter (1 and 6, in Ukrainian) with no «>»; the Monday addition in Russian is "
               "written BELOW it: 7, 9, 10, and «п. 12 – не проводились», a bare placeholder.",
       "items": [item(7), item(9), item(10)]}
@mail(KEY)
def bp03_sribne():
    dt = kyiv(2012, 12, 17, 8, 40, 19)
    body = """

-----Исходное сообщение-----
От: Сребнянская РГА [mailto:rda-sribne@example.gov.ua] 
Отправлено: 14 декабря 2012 г. 16:40
Кому: uvp@cg.ukrtel.net
Тема: Відкритий уряд - Срібнянська РДА

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Срібнянська райдержадміністрація інформує про виконання плану заходів:
п. 1 – на офіційному сайті райдержадміністрації створено розділ «Відкритий уряд», оновлено розділ «Звернення громадян»;
п. 6 – 28.11.2012 проведено громадські слухання з проекту районного бюджету на 2013 рік (37 учасників).
Інформацію щодо пп. 7, 9, 10, 12 буде надано додатково.

Начальник загального відділу апарату РДА                    Г.І. Пономаренко


Дополнительно к письму от 14.12.2012 сообщаем:
п. 7 – в состав районного совета по вопросам развития предпринимательства (консультативно-совещательный орган при РГА) включены 2 представителя ОО «Сребнянское общество предпринимателей»;
п. 9 – проект районной программы развития туризма на 2013-2015 гг. обсужден с членами общественного совета при РГА (заседание 11.12.2012), предложения учтены;
п. 10 – общественному совету при райгосадминистрации рекомендовано создать рабочую группу по вопросам открытости и прозрачности (письмо от 12.12.2012 № 01-23/977);
п. 12 – не проводились.

Г. Пономаренко
"""
    hdr = received(dt, 8, "mail.example.gov.ua", "192.0.2.41", "bp03",
                   ["from ponomarenko ([203.0.113.201]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Сребнянская РГА", "rda-sribne@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("RE: Відкритий уряд - Срібнянська РДА", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000301cddc1e$7a4b1f90$6eb15ed0$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3aCiDq2JzAVv0QRSS7ptfh0YBq0gCAvB5w"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, text(body, "windows-1251", "quoted-printable"))


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "iPad reply to zvit's overdue reminder, the answer typed inside the quote right under "
               "the quoted measure 5 (HTML blockquote split in two, «>» in the plain twin); the site "
               "appears only as where summaries are posted, and a closing promise counts for nothing.",
       "items": [item(5)]}
@mail(KEY)
def bp04_zvernennia():
    dt = kyiv(2012, 12, 17, 7, 55, 10)
    rem = reminder_text("Відділ роботи із зверненнями громадян апарату облдержадміністрації", [5],
                        "16.12.2012", overdue=True)
    cut = 7  # rem[:7] ends with the quoted measure 5
    ans = ("Гаряча лінія голови облдержадміністрації працює щодня з 9.00 до 18.00. З 10.09 по "
           "14.12.2012 надійшло 1317 дзвінків, 1102 звернення розглянуто по суті, 215 на контролі. "
           "Щотижня узагальнення доповідається голові ОДА та розміщується на офіційному сайті.")
    after = "Звіт за грудень надамо після 25.12."
    plain = ("\n\nНадіслано з iPad\n\n16.12.2012 о 09:00, uvp@cg.ukrtel.net написав(ла):\n\n"
             + "\n".join("> " + x if x else ">" for x in rem[:cut]) + "\n\n" + ans + "\n\n"
             + "\n".join("> " + x if x else ">" for x in rem[cut:]) + "\n\n" + after + "\n\nВ. Гордієнко\n")
    bq = lambda lines: ("<blockquote type=\"cite\"><div>" + "<br>".join(h(x) for x in lines)
                        + "</div></blockquote>")
    html = ("<html><head></head><body bgcolor=\"#FFFFFF\"><div><br><br>Надіслано з iPad</div><div><br>"
            "16.12.2012 о 09:00, uvp@cg.ukrtel.net написав(ла):<br><br></div>" + bq(rem[:cut])
            + f"<div><br>{h(ans)}<br><br></div>" + bq(rem[cut:])
            + f"<div><br>{h(after)}</div><div><br></div><div>В. Гордієнко</div></body></html>")
    alt = multipart("alternative", [text(plain, "utf-8", "quoted-printable", quoted_cs=False),
                                    text(html, "utf-8", "quoted-printable", "html", quoted_cs=False)],
                    "Apple-Mail-4A1E9B8C-2D17-4F0B-9C51-0B5E3A7D2C61")
    hdr = received(dt, 11, "mail.example.gov.ua", "192.0.2.41", "bp04",
                   ["from [10.0.1.3] (unknown [203.0.113.240]) by mail.example.gov.ua (Postfix) with ESMTPSA id 9A1F21C03"]) + [
        ("Subject", ew("Re: Нагадування: інформація про виконання Плану заходів (Партнерство «Відкритий уряд»)")),
        ("References", "<zvit.reminder.1.zvernennia.20121216@cg.ukrtel.net>"),
        ("From", addr("Відділ по роботі зі зверненнями", "zvernennia@example.gov.ua")),
        ("X-Mailer", "iPad Mail (10A523)"),
        ("In-Reply-To", "<zvit.reminder.1.zvernennia.20121216@cg.ukrtel.net>"),
        ("Message-Id", "<7C3B9E2A-5F14-4C8B-A0D2-6E1F4B8C9A37@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("To", f'"{MAILBOX}" <{MAILBOX}>'),
    ]
    return message(hdr, alt)


KEY = {"class": "bottom_post", "executor": "rda-ichnia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "The Bat! reply on Sunday interleaved into zvit's «>»-quoted receipt: under quoted 7 "
               "(the district's own колегія, an advisory body, so 7 and not 8) and 12 real answers, "
               "under 9 a bare «не проводилось», 10 left empty; the quoted recognised 1 and 6 are not new.",
       "items": [item(7), item(12)]}
@mail(KEY)
def bp05_ichnia():
    dt = kyiv(2012, 12, 16, 19, 30, 44)
    rec = receipt_text("13.12.2012 16:48", "Ічнянська РДА - відкритий уряд",
                       "Ічнянська районна державна адміністрація",
                       [(1, "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог…"),
                        (6, "Проведено громадські слухання щодо проекту районного бюджету…")],
                       [7, 9, 10, 12])
    i_missing = rec.index("За цей звітний період ще очікується інформація щодо пунктів плану:")
    before = rec[:i_missing + 1]
    mlines = {int(x.strip().split(".")[0]): x for x in rec[i_missing + 1:i_missing + 5]}
    after = rec[i_missing + 5:]
    q = lambda lines: quote_tb("\n".join(lines), width=76, flowed=False)
    ans = {
        7: "До складу колегії райдержадміністрації (розпорядження від 03.12.2012 N 512) включено голову "
           "громадської ради при РДА Гончаренка М.С., до складу районної ради з питань розвитку "
           "підприємництва - 2 членів ГО \"Ічнянщина\".",
        9: "не проводилось",
        10: "",
        12: "Антикорупційну експертизу проекту розпорядження голови РДА \"Про затвердження Правил "
            "благоустрою населених пунктів району\" 10.12.2012 провела ГО \"Громадський контроль "
            "Ічнянщини\", 2 зауваження враховано.",
    }
    out = ["Доброго дня, Управління.", "", "Ви писали 14 грудня 2012 р., 10:12:07:", "", q(before)]
    for n in (7, 9, 10, 12):
        out.append(q([mlines[n]]))
        out.append("")
        if ans[n]:
            out += wrap(ans[n], 76) + [""]
    out += [q(after), "", "", "-- ", "З повагою,", " Віра Приходько, сектор внутрішньої політики Ічнянської РДА",
            " mailto:rda-ichnia@example.gov.ua"]
    body = "\n".join(out)
    hdr = received(dt, 6, "mail.example.gov.ua", "192.0.2.41", "bp05",
                   ["from [198.51.100.166] by mail.example.gov.ua with ESMTP"]) + [
        ("Date", rfcdate(dt)),
        ("From", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251")),
        ("X-Mailer", "The Bat! (v4.0.24) Professional"),
        ("Reply-To", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "windows-1251")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<417209185.20121216193044@example.gov.ua>"),
        ("To", addr("Управління з питань внутрішньої політики", MAILBOX, "windows-1251")),
        ("Subject", ew("Re: Підтвердження отримання: Ічнянська РДА - відкритий уряд", "windows-1251")),
        ("In-Reply-To", "<zvit.receipt.1.rda-ichnia.20121214@cg.ukrtel.net>"),
        ("References", "<zvit.receipt.1.rda-ichnia.20121214@cg.ukrtel.net>"),
    ]
    return message(hdr, text(body, "windows-1251", "8bit", quoted_cs=False))


# ---------------------------------------------------------------------------- nr: not_report

KEY = {"class": "not_report", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A district asks whether it owes measures 2 and 8 and whether its council's existing "
               "commission counts for 10; it names measures and states a fact in passing, but reports "
               "nothing.",
       "items": []}
@mail(KEY)
def nr01_kozelets():
    dt = kyiv(2012, 11, 28, 14, 22, 51)
    plain = """Доброго дня!

Підкажіть, будь ласка, чи потрібно райдержадміністрації подавати інформацію щодо пунктів 2 та 8 плану заходів (рубрики на сайті облдержадміністрації, колегії структурних підрозділів), адже виконавцями там визначено тільки структурні підрозділи облдержадміністрації?

І ще питання щодо п. 10: при громадській раді при РДА вже працює комісія з питань регламенту та етики. Чи можна її вважати комісією з питань відкритості та прозорості, чи треба утворювати окрему робочу групу?

Інформацію по решті пунктів надішлемо до 15 грудня, як визначено планом.

Дякую.
Юлія Мороз
сектор з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю Козелецької райдержадміністрації
тел. (04646) 2-13-47
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "base64"),
                                    text(outlook_html(plain), "windows-1251", "base64", "html")],
                    "----=_NextPart_000_0012_01CDCD7E.5DE3B430")
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "nr01",
                   ["from MOROZ-PC ([198.51.100.90]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("питання щодо плану заходів Відкритий уряд", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<001101cdcd6d$9a8ae8d0$cfa0ba70$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3NbZbP0bIRXa3fQYCmPzW4oBq9sQ=="),
        ("Content-Language", "uk"),
    ]
    return message(hdr, alt)


KEY = {"class": "not_report", "executor": "gromrada", "period": 1, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "The Public Council's Outlook meeting request (text/calendar plus invite.ics) for a "
               "session whose agenda is the public discussion of the plan (15) and the web resource "
               "and forum (3, 4): an invitation, not a report; the agenda's numbering is its own.",
       "items": []}
@mail(KEY)
def nr02_gromrada():
    dt = kyiv(2012, 12, 11, 11, 40, 3)
    plain = """Шановні колеги!

Громадська рада при облдержадміністрації запрошує представників управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації взяти участь у засіданні Громадської ради, яке відбудеться 20 грудня 2012 року о 14.00 у малій залі облдержадміністрації.

Порядок денний:
1. Про громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках Ініціативи «Партнерство „Відкритий уряд“» (п. 15 плану).
2. Про роботу веб-ресурсу «Чернігівська громада» та створення на його базі Інтернет-форуму.
3. Різне.

Просимо підтвердити участь.

З повагою
відповідальний секретар Громадської ради
Наталія Яковенко
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:FLE Standard Time
BEGIN:STANDARD
DTSTART:16010101T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Громадська рада:MAILTO:gromrada@example.gov.ua
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net
DESCRIPTION;LANGUAGE=uk-UA:Порядок денний:\\n1. Про громадське обговорення в
 иконання заходів з підвищення рівня відкритості та прозорості діяльності в
 лади в області у рамках Ініціативи «Партнерство „Відкритий уряд“» (п. 15 п
 лану).\\n2. Про роботу веб-ресурсу «Чернігівська громада» та створення на йо
 го базі Інтернет-форуму.\\n3. Різне.\\n
SUMMARY;LANGUAGE=uk-UA:Засідання Громадської ради: обговорення виконання пл
 ану «Відкритий уряд»
DTSTART;TZID=FLE Standard Time:20121220T140000
DTEND;TZID=FLE Standard Time:20121220T160000
UID:040000008200E00074C5B7101A82E0080000000010F5A3C18AD7CD01000000000000000
 010000000A7D4C3E2B1F0E6418E9C5B0A2D3F4E5A
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20121211T094003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=uk-UA:Мала зала облдержадміністрації
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    ics_crlf = ics.replace("\n", "\r\n").encode("utf-8")
    alt = multipart("alternative", [
        text(plain, "utf-8", "base64"),
        text(outlook_html(plain, "utf-8"), "utf-8", "base64", "html"),
        part('text/calendar; charset="utf-8"; method=REQUEST', "base64", ics_crlf),
    ], "_000_5B2E7C1A9D40E811B3C40050569A1C7Bgromrada_")
    mp = multipart("mixed", [alt, attachment(ics_crlf, "invite.ics", "application/ics", "ascii")],
                   "_001_5B2E7C1A9D40E811B3C40050569A1C7Bgromrada_")
    hdr = received(dt, 3, "exch.example.gov.ua", "192.0.2.44", "nr02",
                   ["from EXCH01.example.gov.ua ([192.0.2.45]) by exch.example.gov.ua ([192.0.2.44]) with mapi id 14.02.0247.003"]) + [
        ("From", addr("Громадська рада", "gromrada@example.gov.ua")),
        ("To", f'"{MAILBOX}" <{MAILBOX}>'),
        ("Subject", ew("Запрошення: Засідання Громадської ради: обговорення виконання плану «Відкритий уряд»")),
        ("Thread-Topic", ew("Засідання Громадської ради: обговорення виконання плану «Відкритий уряд»")),
        ("Thread-Index", "Ac3Xip5C9G7yLJ1pQ0aK2FhUXrM1Tw=="),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<5B2E7C1A9D40E811B3C40050569A1C7B01A2F3@EXCH01.example.gov.ua>"),
        ("Accept-Language", "uk-UA, ru-RU, en-US"),
        ("Content-Language", "uk-UA"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hdr, mp)


KEY = {"class": "not_report", "executor": "su-zdorovia", "period": 1, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "A Friday-evening Russian (KOI8-R) request to extend the deadline to 18.12, naming the "
               "owed measures as a range «пп. 1, 2, 6-9, 12» that it will answer later: no report.",
       "items": []}
@mail(KEY)
def nr03_zdorovia():
    dt = kyiv(2012, 12, 14, 18, 40, 27)
    body = """Уважаемая Людмила Петровна!

Управление здравоохранения облгосадминистрации просит продлить срок предоставления информации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области до 18.12.2012 в связи с тем, что специалист, ответственный за этот вопрос, находится на больничном, а в управлении с 10.12 проходит проверка Счетной палаты.

Информация по пп. 1, 2, 6-9, 12 Плана будет предоставлена в полном объеме.

С уважением,
заместитель начальника управления
В.А. Гребенюк
"""
    hdr = received(dt, 7, "mail.example.gov.ua", "192.0.2.41", "nr03",
                   ["from GREBENYUK ([198.51.100.18]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Управление здравоохранения", "zdorovia@example.gov.ua", "koi8-r")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("о продлении срока", "koi8-r")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<001d01cdda30$1f0e7a40$5d2b6ec0$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3aMB70QkV3p+4dRbmdC7b0p4q6Ig=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, text(body, "koi8-r", "8bit"))


KEY = {"class": "not_report", "executor": "rda-sosnytsia", "period": 1, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Saturday-morning note that the district's summary will follow by 17.12 once the "
               "village councils send their figures; it names consultations and budget discussions "
               "only as what is still being collected.",
       "items": []}
@mail(KEY)
def nr04_sosnytsia():
    dt = kyiv(2012, 12, 15, 9, 20, 16)
    body = flow("""Доброго ранку!

Повідомляємо, що узагальнена інформація Сосницької райдержадміністрації щодо виконання плану заходів у рамках Ініціативи "Партнерство "Відкритий уряд"" буде надана до 17.12.2012, оскільки ще не всі сільські ради подали відомості про проведені консультації з громадськістю та обговорення проектів місцевих бюджетів на 2013 рік.

Просимо вибачення за затримку.

--
Наталія Шевчук
сектор з питань внутрішньої політики
Сосницької районної державної адміністрації
тел. (04655) 2-14-70
""")
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "nr04",
                   ["from shevchuk-nb (unknown [203.0.113.77]) by mail.example.gov.ua (Postfix) with ESMTPA id 2C41B1D0E"]) + [
        ("Date", rfcdate(dt)),
        ("To", f'"uvp@cg.ukrtel.net" <{MAILBOX}>'),
        ("Subject", ew("Сосницька РДА - інформацію буде надано до 17.12")),
        ("From", addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua")),
        ("Message-ID", "<op.wpd1eqvvkx3qf5@shevchuk-nb>"),
        ("User-Agent", "Opera Mail/12.11 (Win32)"),
    ]
    return message(hdr, text(body, "utf-8", "quoted-printable", flowed=True, quoted_cs=False,
                             headers=()))


KEY = {"class": "not_report", "executor": "su-simia", "period": 1, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "HTML-only Roundcube thank-you for the УВП's seminar and methodological guide (the "
               "words of measures 13 and 14) with a promise to report by 15.12: thanks, no items.",
       "items": []}
@mail(KEY)
def nr05_simia():
    dt = kyiv(2012, 12, 7, 9, 48, 55)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Шановні колеги!</p>
<p>Управління у справах сім'ї, молоді та спорту облдержадміністрації щиро дякує колективу управління з питань внутрішньої політики та зв'язків з громадськістю за проведений 6 грудня семінар для відповідальних за організацію консультацій з громадськістю та за надані методичні рекомендації &ndash; посібник &laquo;Консультації з громадськістю: покроковий алгоритм&raquo;.</p>
<p>Матеріали посібника обов'язково використаємо у роботі, а інформацію про виконання плану заходів надішлемо до 15.12.2012.</p>
<p>З повагою,<br />Дмитро Вакуленко<br />головний спеціаліст відділу молодіжної політики<br />управління у справах сім'ї, молоді та спорту облдержадміністрації</p>
</body></html>
"""
    hdr = received(dt, 2, "webmail.example.gov.ua", "192.0.2.48", "nr05",
                   ["from 198.51.100.201 ([198.51.100.201]) by webmail.example.gov.ua with HTTP (Roundcube)"]) + [
        ("Date", rfcdate(dt)),
        ("From", addr("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua")),
        ("To", MAILBOX),
        ("Subject", ew("Подяка")),
        ("Message-ID", "<4e1b8d3f0c9a2e7b6d5a4c3b2a190817@webmail.example.gov.ua>"),
        ("X-Sender", "simia@example.gov.ua"),
        ("User-Agent", "Roundcube Webmail/0.8.4"),
    ]
    return message(hdr, text(html, "UTF-8", "quoted-printable", "html", quoted_cs=False))


# ---------------------------------------------------------------------------- rg: ranges

KEY = {"class": "ranges", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Calc-made .xls whose number column holds «1, 6» and «7–9», each answered as one "
               "block (so 8, not owed by a district, counts too); «10» says «Рекомендовано» with a "
               "letter number beside it; 12 «—»; a row 16 and resolution/protocol numbers (№ 3, № 6) "
               "that are not measures. The covering letter in the body only hands it over.",
       "items": [item(1, "Бахмач_ВУ_грудень.xls"), item(6, "Бахмач_ВУ_грудень.xls"),
                 item(7, "Бахмач_ВУ_грудень.xls"), item(8, "Бахмач_ВУ_грудень.xls"),
                 item(9, "Бахмач_ВУ_грудень.xls"), item(10, "Бахмач_ВУ_грудень.xls")]}
@mail(KEY)
def rg01_bakhmach():
    dt = kyiv(2012, 12, 14, 16, 55, 40)
    plain = """БАХМАЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
14.12.2012 № 01-18/2391

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» надсилаємо інформацію Бахмацької райдержадміністрації.

Додаток: на 1 арк.

Перший заступник голови райдержадміністрації                    О.В. Гаркуша

Вик. Тимошенко Л.М., (04635) 2-16-52
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(outlook_html(plain), "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0023_01CDDA2C.3B1E7F10")
    mp = multipart("mixed", [alt, attachment("rg01_bakhmach.xls", "Бахмач_ВУ_грудень.xls",
                                             "application/vnd.ms-excel", "B", "windows-1251")],
                   "----=_NextPart_000_0022_01CDDA2C.3B1E7F10",
                   preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 6, "mail.example.gov.ua", "192.0.2.41", "rg01",
                   ["from TYMOSHENKO ([203.0.113.150]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Бахмацька РДА № 01-18/2391 від 14.12.2012", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<002201cdda1b$b4d6a510$1e83ef30$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3aG7SqZ3k8q7B7Q6OeP1m2a0QmHA=="),
        ("Content-Language", "uk"),
    ]
    return message(hdr, mp)


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian KOI8-R body from Outlook Express: «По пунктам 1 и 2» and «По пп. 6-9, 12» each "
               "answered as one block, with a date span «с 01.10 по 30.11.2012», counts and an order "
               "number around them.",
       "items": [item(1), item(2), item(6), item(7), item(8), item(9), item(12)]}
@mail(KEY)
def rg02_sotszakhyst():
    dt = kyiv(2012, 12, 10, 12, 30, 5)
    body = """Управление труда и социальной защиты населения облгосадминистрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области в рамках Инициативы "Партнерство "Открытое правительство"" сообщает.

По пунктам 1 и 2: на странице управления официального веб-сайта облгосадминистрации создан подраздел "Ход выполнения целевых программ", размещены отчеты о выполнении областной программы "Турбота" за 9 месяцев 2012 года; информация на странице обновляется еженедельно.

По пп. 6-9, 12: с 01.10 по 30.11.2012 проведено 3 консультации с общественностью (в т.ч. 2 - в форме электронных консультаций), члены общественного совета при ОГА включены в состав коллегии управления и 2 консультативно-совещательных органов, участвовали в обсуждении проекта программы "Турбота" на 2013 год; по проекту приказа управления "Об утверждении порядка предоставления адресной помощи" проведена общественная антикоррупционная экспертиза (ОО "Правозахисник"), замечания учтены.

Начальник управления                    С.Н. Литвин

Исп. Кравец Е.В., 67-41-23
"""
    hdr = received(dt, 4, "mail.example.gov.ua", "192.0.2.41", "rg02",
                   ["from kravets ([198.51.100.62]) by mail.example.gov.ua with SMTP"]) + [
        ("Message-ID", "<001401cdd6b9$0a3c8e20$3e01a8c0@kravets>"),
        ("From", addr("Управление соцзащиты", "sotszakhyst@example.gov.ua", "koi8-r")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Информация по плану Открытое правительство", "koi8-r")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ]
    return message(hdr, text(body, "koi8-r", "8bit"))


KEY = {"class": "ranges", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The report is a Word 97 letter on letterhead with an outgoing number: «По п.п. 1, 6 – 9» "
               "and «З 10 по 12» answered as blocks (8 and 11 count though a district owes neither), "
               "next to a date span «з 1 по 12 грудня» and the reference to п. 16; the body is one line.",
       "items": [item(1, "Менська РДА.doc"), item(6, "Менська РДА.doc"), item(7, "Менська РДА.doc"),
                 item(8, "Менська РДА.doc"), item(9, "Менська РДА.doc"), item(10, "Менська РДА.doc"),
                 item(11, "Менська РДА.doc"), item(12, "Менська РДА.doc")]}
@mail(KEY)
def rg03_mena():
    dt = kyiv(2012, 12, 13, 15, 10, 48)
    body = """Надсилаємо лист Менської РДА від 13.12.2012 № 01-14/1187. Оригінал поштою.
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "quoted-printable"),
        attachment("rg03_mena.doc", "Менська РДА.doc", "application/msword", "B", "windows-1251"),
    ], "----=_NextPart_000_0031_01CDD9C3.8E4B2A60", preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "rg03",
                   ["from zagviddil ([203.0.113.33]) by mail.example.gov.ua with SMTP"]) + [
        ("Message-ID", "<003201cdd9b2$c6f9a2e0$2101a8c0@zagviddil>"),
        ("From", addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Менська РДА", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, mp)


KEY = {"class": "ranges", "executor": "su-apk", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A scanned-looking PDF (grey page, OCR text layer with Latin «i» for «і») of a letter "
               "dated the 17th: «Пункти 1, 2», «Пункти 6, 12», «Пункти 7 i 9» and «Пункт 8» each "
               "answered as a block, among order numbers and dates; sent on the 18th, late.",
       "items": [item(1, "Скан лист ГУАПР від 17.12.2012.pdf"), item(2, "Скан лист ГУАПР від 17.12.2012.pdf"),
                 item(6, "Скан лист ГУАПР від 17.12.2012.pdf"), item(7, "Скан лист ГУАПР від 17.12.2012.pdf"),
                 item(8, "Скан лист ГУАПР від 17.12.2012.pdf"), item(9, "Скан лист ГУАПР від 17.12.2012.pdf"),
                 item(12, "Скан лист ГУАПР від 17.12.2012.pdf")]}
@mail(KEY)
def rg04_apk():
    dt = kyiv(2012, 12, 18, 10, 20, 33)
    plain = """Добрий день!

Направляємо скан-копію листа головного управління агропромислового розвитку від 17.12.2012 № 05-11/3342. Вибачте за затримку.

З повагою,
Тарасенко Інна
відділ організаційної роботи та кадрів
Головного управління агропромислового розвитку облдержадміністрації
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(outlook_html(plain), "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0104_01CDDD08.7A2F9C30")
    mp = multipart("mixed", [alt, attachment("rg04_apk.pdf", "Скан лист ГУАПР від 17.12.2012.pdf",
                                             "application/pdf", "B", "utf-8")],
                   "----=_NextPart_000_0103_01CDDD08.7A2F9C30")
    hdr = received(dt, 8, "mail.example.gov.ua", "192.0.2.41", "rg04",
                   ["from TARASENKO ([198.51.100.99]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Головне управління АПР", "apk@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("скан листа ГУАПР (відкритий уряд)", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<010201cddcf7$b9d1f5a0$2d75e0e0$@gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3c97m7xVQ2lDl2RiSj0pB8e1Cw+A=="),
        ("Content-Language", "uk"),
    ]
    return message(hdr, mp)


KEY = {"class": "ranges", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The УВП's own sector writes from its staff box (not the zvit mailbox) at 23:41 on the "
               "deadline Saturday, HTML only: «пп. 3-5», «пп. 10, 11» and «п.п. 13 – 15» each answered "
               "as a block, with dates such as 06.12 and 13.12 and a letter number beside them.",
       "items": [item(3), item(4), item(5), item(10), item(11), item(13), item(14), item(15)]}
@mail(KEY)
def rg05_uvp():
    dt = kyiv(2012, 12, 15, 23, 41, 12)
    html = """<html>
  <head>
    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
  </head>
  <body bgcolor="#FFFFFF" text="#000000">
    Людмило Петрівно, добрий вечір!<br>
    <br>
    Надсилаю, як домовлялися, інформацію нашого управління по його пунктах плану, щоб
    узагальнення було повне.<br>
    <br>
    <b>пп. 3-5</b>: веб-ресурс &laquo;Чернігівська громада&raquo; запущено 19.11.2012, на ньому
    зареєстровано 63 інститути громадянського суспільства; розпочато розробку технічного завдання
    на Інтернет-форум (запуск &ndash; I квартал 2013 р.); &laquo;гаряча лінія&raquo; голови ОДА
    працює у штатному режимі, звернення опрацьовуються спільно з відділом роботи із зверненнями
    громадян апарату.<br>
    <br>
    <b>пп. 10, 11</b>: громадським радам при РДА направлено рекомендації щодо створення робочих
    груп з питань відкритості (лист від 02.11.2012 № 06-09/812), такі групи створено у 9 районах;
    29.11.2012 проведено День відкритих дверей для представників ГО та ЗМІ (24 учасники).<br>
    <br>
    <b>п.п. 13 &ndash; 15</b>: спільно з Центром перепідготовки та підвищення кваліфікації проведено
    2 семінари (06.12 та 13.12.2012, 57 слухачів); розроблено і поширено методичний посібник
    &laquo;Консультації з громадськістю: покроковий алгоритм&raquo; (200 прим.); 30.11.2012
    проведено громадське обговорення виконання заходів плану за участю Громадської ради та
    регіонального координатора &laquo;Партнерства &bdquo;Відкритий уряд&ldquo;&raquo;.<br>
    <br>
    Решту (п. 16) зведу в понеділок.<br>
    <br>
    <div class="moz-signature">-- <br>
      Сергій Остапенко<br>
      завідувач сектору зв'язків з громадськістю<br>
      управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
    </div>
  </body>
</html>
"""
    hdr = received(dt, 6, "mail.example.gov.ua", "192.0.2.41", "rg05",
                   ["from [192.168.0.102] (unknown [203.0.113.5]) by mail.example.gov.ua (Postfix) with ESMTPA id 5E7A21C9F"]) + [
        ("Message-ID", "<50CCEE48.9060004@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Сергій Остапенко", "uvp-info@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("To", addr("Людмила Петрівна", MAILBOX)),
        ("Subject", ew("по наших пунктах")),
    ]
    return message(hdr, text(html, "UTF-8", "8bit", "html", quoted_cs=False))


# ---------------------------------------------------------------------------- pr: prose

KEY = {"class": "prose", "executor": "rda-novhorod-siverskyi", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A scanned-looking PDF (OCR layer, Latin «i», hyphenated line ends) of a letter with "
               "no plan numbers: site content (1), hearings and meetings with residents (6, the site "
               "named only as where materials went), a working group on openness (10), an "
               "anti-corruption review (12); an incoming-stamp number at the foot.",
       "items": [item(1, "N-Sivers_RDA_vidkr_uriad.pdf"), item(6, "N-Sivers_RDA_vidkr_uriad.pdf"),
                 item(10, "N-Sivers_RDA_vidkr_uriad.pdf"), item(12, "N-Sivers_RDA_vidkr_uriad.pdf")]}
@mail(KEY)
def pr01_nsiverskyi():
    dt = kyiv(2012, 12, 12, 8, 47, 26)
    body = """Направляємо відповідь райдержадміністрації (скан). Оригінал направлено поштою.

Загальний відділ апарату
Новгород-Сіверської райдержадміністрації
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "quoted-printable"),
        attachment("pr01_nsiverskyi.pdf", "N-Sivers_RDA_vidkr_uriad.pdf", "application/pdf", "ascii"),
    ], "----=_NextPart_000_0006_01CDD850.C3A7D610", preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 9, "mail.example.gov.ua", "192.0.2.41", "pr01",
                   ["from ZAGVIDDIL2 ([203.0.113.177]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("вих. 02-17/2214", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000501cdd83f$7cc7b3d0$76571b70$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3YP3x+2i2P7s1JS0mG6nSVzB5Ytg=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, mp)


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt in plain prose: the site (1), an expert-verification commission and "
               "methodological council joined by public members (7 — «експертно-перевірна» is no "
               "public review), one paragraph on e-consultations and a round table with council "
               "members on a draft programme (6 and 9), and a колегія promise that counts for nothing.",
       "items": [item(1, "Держархів області_відкритий уряд_грудень 2012.odt"),
                 item(6, "Держархів області_відкритий уряд_грудень 2012.odt"),
                 item(7, "Держархів області_відкритий уряд_грудень 2012.odt"),
                 item(9, "Держархів області_відкритий уряд_грудень 2012.odt")]}
@mail(KEY)
def pr02_arkhiv():
    dt = kyiv(2012, 12, 6, 15, 33, 2)
    body = flow("""Доброго дня!

Надсилаємо інформацію Державного архіву області про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади.

-- 
З повагою,
Ганна Кириленко,
провідний спеціаліст відділу використання інформації документів
Державного архіву Чернігівської області
""")
    mp = multipart("mixed", [
        text(body, "UTF-8", "8bit", flowed=True, quoted_cs=False),
        attachment("pr02_arkhiv.odt", "Держархів області_відкритий уряд_грудень 2012.odt",
                   "application/vnd.oasis.opendocument.text", "2231cont", "UTF-8"),
    ], "------------030905060404070809010206", preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 3, "mail.example.gov.ua", "192.0.2.41", "pr02",
                   ["from [198.51.100.121] (unknown [198.51.100.121]) by mail.example.gov.ua (Postfix) with ESMTPA id 1B9C51C77"]) + [
        ("Message-ID", "<50C09EDE.3040807@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Державний архів Чернігівської області", "arkhiv@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),
        ("To", MAILBOX),
        ("Subject", ew("Держархів - відкритий уряд")),
    ]
    return message(hdr, mp)


KEY = {"class": "prose", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The Public Council's chairman writes in the evening from Apple Mail, no numbers: the "
               "«Чернігівська громада» resource in test mode (3), a forum section opened on it (4), the "
               "council's session on how the plan is carried out (15); a section named «Громадська "
               "експертиза» on the site is no review.",
       "items": [item(3), item(4), item(15)]}
@mail(KEY)
def pr03_gromrada():
    dt = kyiv(2012, 12, 3, 20, 15, 39)
    body = """Шановні колеги!

Громадська рада при облдержадміністрації інформує про свою участь у виконанні плану заходів.

Веб-ресурс «Чернігівська громада» з 19 листопада працює в тестовому режимі. Члени ради наповнюють розділи «Новини громадських організацій», «Громадська експертиза» та «Документи ради», до кінця року планується перейти в основний режим.

Для обговорення актуальних питань життя області на ресурсі відкрито розділ форуму «Влада і громада»: зареєстровано 41 учасника, створено 12 тем, модерацію здійснюють двоє членів ради.

29 листопада на засіданні Громадської ради розглянуто питання про хід виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області; за підсумками обговорення ухвалено рішення з пропозиціями, яке направлено облдержадміністрації.

З повагою
Голова Громадської ради при облдержадміністрації
Андрій Литвин
"""
    hdr = received(dt, 12, "mail.example.gov.ua", "192.0.2.41", "pr03",
                   ["from [192.168.1.34] (unknown [198.51.100.250]) by mail.example.gov.ua (Postfix) with ESMTPSA id 8F4D21C0A"]) + [
        ("From", addr("Андрій Литвин", "gromrada@example.gov.ua")),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Subject", ew("Інформація Громадської ради")),
        ("Date", rfcdate(dt)),
        ("Message-Id", "<8A3C1E52-7B0D-4F6E-9D21-3C5B7A9E0F14@example.gov.ua>"),
        ("To", f"<{MAILBOX}>"),
        ("Mime-Version", "1.0 (Apple Message framework v1283)"),
        ("X-Mailer", "Apple Mail (2.1283)"),
    ]
    data = _qp(body.encode("utf-8"))
    return message(hdr, b"\n" + data, mime_version=False)


KEY = {"class": "prose", "executor": "su-zhkh", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A Word 2003 .rtf in prose, sent late on the Monday: one paragraph covers the "
               "«Хід виконання цільових програм» section and the unit's own page (2 and 1), another "
               "joins a tariff working group and a draft-programme discussion (7 and 9), hearings (6), "
               "a committee head in the колегія (8).",
       "items": [item(1, "ЖКГ_Відкритий уряд.rtf"), item(2, "ЖКГ_Відкритий уряд.rtf"),
                 item(6, "ЖКГ_Відкритий уряд.rtf"), item(7, "ЖКГ_Відкритий уряд.rtf"),
                 item(8, "ЖКГ_Відкритий уряд.rtf"), item(9, "ЖКГ_Відкритий уряд.rtf")]}
@mail(KEY)
def pr04_zhkh():
    dt = kyiv(2012, 12, 17, 17, 45, 2)
    body = """Добрий день!
Надсилаємо інформацію управління ЖКГ (із запізненням, просимо вибачити).

Гаврилюк О.С.
управління житлово-комунального господарства облдержадміністрації
тел. 67-48-15
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "quoted-printable"),
        attachment("pr04_zhkh.rtf", "ЖКГ_Відкритий уряд.rtf", "application/msword", "Q", "windows-1251"),
    ], "----=_NextPart_000_0019_01CDDC8B.5D7E1AE0", preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 4, "mail.example.gov.ua", "192.0.2.41", "pr04",
                   ["from GAVRYLIUK ([198.51.100.40]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Управління ЖКГ", "zhkh@example.gov.ua", "windows-1251", "Q")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Відкритий уряд", "windows-1251", "Q")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<001801cddc7a$e3c6d0a0$ab5471e0$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3ceuOQy4YV0vwiR7K5t3qGBY0wPQ=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, mp)


KEY = {"class": "prose", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Saturday Outlook 2007 HTML+plain summary of the district and its village councils in "
               "prose, Ukrainian with Russian lines: the site and village pages (1), assemblies, "
               "hearings and a round table (6), a working group on openness (10); a Russian line on "
               "assemblies put off to January adds nothing.",
       "items": [item(1), item(6), item(10)]}
@mail(KEY)
def pr05_bobrovytsia():
    dt = kyiv(2012, 12, 15, 14, 2, 50)
    plain = """Доброго дня!

Бобровицька райдержадміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства, щомісяця оновлюються розділи «Новини», «Розпорядження голови», «Звернення громадян». Сільські ради району, які мають власні веб-сторінки (Озерянська, Кобижчанська), розміщують на них рішення сесій та проекти рішень.

Сільськими радами району у IV кварталі проведено 17 загальних зборів громадян і 4 громадських слухання з питань місцевих бюджетів на 2013 рік, благоустрою та вивезення побутових відходів. В райгосадминистрации 07.12.2012 проведено заседание «круглого стола» с руководителями общественных организаций района по вопросам социальной защиты.

Громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності райдержадміністрації; группа создана 10.12.2012 в составе 4 человек.

Старосты сел Дмитровка и Марковцы сообщили, что собрания в их советах перенесены на январь из-за ремонта помещений.

З повагою,
Коваль Людмила Іванівна
головний спеціаліст відділу організаційної роботи апарату
Бобровицької райдержадміністрації
(04632) 2-13-96
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(outlook_html(plain), "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_000_0008_01CDDAD4.A37C1560")
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "pr05",
                   ["from KOVAL-PC ([203.0.113.68]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація Бобровицької РДА (Відкритий уряд)", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<000701cddac3$6ad41c80$407c5580$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3aw2rGqV0H9n0ERma2g0J3Z2FPSQ=="),
        ("Content-Language", "uk"),
    ]
    return message(hdr, alt)


# ---------------------------------------------------------------------------- fn: foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "su-ekolohiia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Paragraphs numbered 1.–5. by the letter itself: «1.» is the site (1 by subject), but "
               "«2.» is hearings (6), «3.» an advisory council (7), «4.» a public review (12), and «5.» "
               "only promises to consider the колегія (8).",
       "items": [item(1), item(6), item(7), item(12)]}
@mail(KEY)
def fn01_ekolohiia():
    dt = kyiv(2012, 12, 11, 11, 12, 8)
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Управління екології та природних ресурсів облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє:

1. На веб-сторінці управління постійно оновлюється інформація про стан довкілля, розміщено Регіональну доповідь про стан навколишнього природного середовища в Чернігівській області за 2011 рік та проекти наказів управління.

2. 19.11.2012 проведено громадські слухання щодо проекту Програми охорони навколишнього природного середовища Чернігівської області на 2013–2017 роки (43 учасники, 11 пропозицій).

3. До складу громадської ради з питань екології при управлінні (консультативно-дорадчий орган) включено представників 5 екологічних громадських організацій.

4. Громадською організацією «Зелений світ Чернігівщини» проведено громадську експертизу дозвільної діяльності управління у сфері спеціального водокористування; розроблено план заходів щодо врахування 7 пропозицій експертів.

5. Питання введення голови комітету Громадської ради до складу колегії управління розглядатиметься після затвердження нового складу колегії.

Начальник управління                                  В.Г. Сидоренко

Виконавець: Мирна О.П., 67-35-48
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "base64"),
                                    text(outlook_html(plain), "windows-1251", "base64", "html")],
                    "----=_NextPart_000_0035_01CDD7A8.4F6C1E20")
    hdr = received(dt, 3, "mail.example.gov.ua", "192.0.2.41", "fn01",
                   ["from MYRNA ([198.51.100.52]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Управління екології", "ekolohiia@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація управління екології та природних ресурсів", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<003401cdd797$1fb2e5c0$5f18b140$@gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3Xlx+CHo1A0M1rQx+3u6y1k0Q5zw=="),
        ("Content-Language", "uk"),
    ]
    return message(hdr, alt)


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx numbered by the unit's own action plan («1.1», «1.2», «2.3», «3.2», «4.1. –»): "
               "«1.2» is the programmes section (2) and «2.3» consultations (6), not measures 1 or 2 or 3; "
               "order № 87 and № 102 and «до 5 числа» are no measures either.",
       "items": [item(1, "Інформація УКБ - відкритий уряд.docx"), item(2, "Інформація УКБ - відкритий уряд.docx"),
                 item(6, "Інформація УКБ - відкритий уряд.docx"), item(8, "Інформація УКБ - відкритий уряд.docx")]}
@mail(KEY)
def fn02_kapbud():
    dt = kyiv(2012, 12, 11, 15, 48, 21)
    plain = """Добрий день!

Направляємо інформацію управління капітального будівництва облдержадміністрації щодо виконання плану заходів (Відкритий уряд).

З повагою,
Олег Пилипенко
відділ економічного аналізу та договірної роботи
управління капітального будівництва облдержадміністрації
тел. 67-44-20
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(outlook_html(plain), "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0058_01CDD7CE.3A2D1F80")
    mp = multipart("mixed", [alt, attachment("fn02_kapbud.docx", "Інформація УКБ - відкритий уряд.docx",
                                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                             "B", "utf-8")],
                   "----=_NextPart_000_0057_01CDD7CE.3A2D1F80")
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "fn02",
                   ["from PYLYPENKO ([198.51.100.84]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Управління капітального будівництва", "kapbud@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("відкритий уряд - УКБ", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<005601cdd7bd$b26e7a30$174b6e90$@gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3XvbJZq3hWm0yPR4K9F3s2bQ1+jw=="),
        ("Content-Language", "uk"),
    ]
    return message(hdr, mp)


KEY = {"class": "foreign_numbers", "executor": "rda-koriukivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .xls with a running «№ з/п» 1–6 beside the real «№ пункту плану» column (1, 6, 7, 9, "
               "10, 12): row з/п 2 is measure 6, з/п 4 is 9; 7 «—» and 12 a bare «не проводилась» are "
               "placeholders.",
       "items": [item(1, "Корюківська РДА.xls"), item(6, "Корюківська РДА.xls"),
                 item(9, "Корюківська РДА.xls"), item(10, "Корюківська РДА.xls")]}
@mail(KEY)
def fn03_koriukivka():
    dt = kyiv(2012, 12, 14, 13, 5, 57)
    body = """Надсилаємо інформацію Корюківської РДА до п.16 плану заходів (Відкритий уряд).

Сектор з питань внутрішньої політики
Корюківської райдержадміністрації
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "quoted-printable"),
        attachment("fn03_koriukivka.xls", "Корюківська РДА.xls", "application/vnd.ms-excel", "B", "windows-1251"),
    ], "----=_NextPart_000_0011_01CDDA0C.5A3B8E90", preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 6, "mail.example.gov.ua", "192.0.2.41", "fn03",
                   ["from sektor-vp ([203.0.113.111]) by mail.example.gov.ua with SMTP"]) + [
        ("Message-ID", "<001201cdd9fb$9d7c1a60$6f01a8c0@sektorvp>"),
        ("From", addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Корюківська РДА - Відкритий уряд", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, mp)


KEY = {"class": "foreign_numbers", "executor": "su-sluzhba-ditei", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain Opera Mail letter answering «щодо пункту N» with sub-items «1)», «2)», «а)», «б)», "
               "counts (14 families, 3 sessions) and «12 грудня» right after п. 9; «пунктів 2, 8 — не "
               "проводились» is a bare placeholder for the pair.",
       "items": [item(1), item(7), item(9)]}
@mail(KEY)
def fn04_sluzhba_ditei():
    dt = kyiv(2012, 12, 12, 17, 20, 14)
    body = flow("""Служба у справах дітей облдержадміністрації повідомляє про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

Щодо пункту 1: на веб-сторінці Служби на офіційному сайті облдержадміністрації 1) оновлено Положення про Службу та її структуру; 2) розміщено інформацію про 14 сімей, які створили дитячі будинки сімейного типу у 2012 році (без персональних даних); 3) оприлюднено графік особистого прийому громадян керівництвом Служби.

Щодо пункту 7: а) до складу обласної ради з питань захисту прав дитини (дорадчий орган при облдержадміністрації) включено 2 представників ГО "Надія дітям"; б) члени громадської ради беруть участь у роботі комісії з питань захисту прав дитини (3 засідання у IV кварталі).

Щодо пункту 9: 12 грудня проект обласної програми "Назустріч дітям" на 2013-2016 роки обговорено з членами Громадської ради при облдержадміністрації, враховано 5 пропозицій.

Щодо пунктів 2, 8 - не проводились.

Заступник начальника Служби
О.В. Тимошенко
""")
    hdr = received(dt, 4, "mail.example.gov.ua", "192.0.2.41", "fn04",
                   ["from tymoshenko-pc (unknown [198.51.100.133]) by mail.example.gov.ua (Postfix) with ESMTPA id 6B2F81C5D"]) + [
        ("Date", rfcdate(dt)),
        ("To", f"{MAILBOX}"),
        ("Subject", ew("Служба у справах дітей - інформація")),
        ("From", addr("Служба у справах дітей", "sluzhba-ditei@example.gov.ua")),
        ("Message-ID", "<op.wo9r0eynu2xk3t@tymoshenko-pc>"),
        ("User-Agent", "Opera Mail/12.11 (Win32)"),
    ]
    return message(hdr, text(body, "utf-8", "8bit", flowed=True, quoted_cs=False))


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A CDO-sent Word 97 letter (№ 248) on seminars (13) listed «1.», «2.», «3.» with group "
               "numbers № 14 and № 15, resolution № 996 and a programme code «13-ГС/12»; it also reports "
               "developing and spreading a methodological guide (14), which the centre does not owe.",
       "items": [item(13, "ЦППК_семінари_відкритий уряд.doc"), item(14, "ЦППК_семінари_відкритий уряд.doc")]}
@mail(KEY)
def fn05_cppk():
    dt = kyiv(2012, 12, 14, 10, 40, 29)
    body = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації.
Надсилаємо інформацію Центру перепідготовки та підвищення кваліфікації (лист від 14.12.2012 № 248).
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "8bit"),
        attachment("fn05_cppk.doc", "ЦППК_семінари_відкритий уряд.doc", "application/msword", "B",
                   "windows-1251"),
    ], "----=_NextPart_000_0000_01CDDA0A.83E4C3D0")
    hdr = received(dt, 2, "mail.example.gov.ua", "192.0.2.41", "fn05",
                   ["from CPPK-SRV ([198.51.100.7]) by mail.example.gov.ua with Microsoft SMTPSVC(6.0.3790.4675)"]) + [
        ("Thread-Topic", ew("Інформація ЦППК", "windows-1251")),
        ("From", addr("Центр перепідготовки", "cppk@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("Інформація ЦППК", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<CPPK-SRV5V0nF1rKx00000041@CPPK-SRV>"),
        ("X-Mailer", "Microsoft CDO for Windows 2000"),
        ("Content-Class", "urn:content-classes:message"),
        ("Importance", "normal"), ("Priority", "normal"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4862"),
    ]
    return message(hdr, mp)


# ---------------------------------------------------------------------------- pa: personal_address

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Saturday Gmail from a specialist's own box; the office appears only as «Головного "
               "управління економіки облдержадміністрації» in the title and signature, beside the "
               "addressee УВП; the site (1), the programmes section (2), and one sentence on hearings and "
               "a council committee discussing the draft (6 and 9).",
       "items": [item(1), item(2), item(6), item(9)]}
@mail(KEY)
def pa01_ekonomika():
    dt = kyiv(2012, 12, 15, 16, 30, 45)
    plain = """Доброго дня!

Надсилаю з домашньої пошти, бо службова в суботу не працює.

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація Головного управління економіки облдержадміністрації про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області

На веб-сторінці головного управління оновлено розділи «Регіональні програми» та «Інвестиційна діяльність», розміщено звіт про соціально-економічний розвиток області за 9 місяців 2012 року.

На офіційному сайті облдержадміністрації створено рубрику «Хід виконання цільових програм»; головне управління забезпечує розміщення в ній зведеної інформації про виконання 38 регіональних цільових програм (станом на 01.10.2012).

Проект Програми економічного і соціального розвитку області на 2013 рік обговорено на громадських слуханнях 27.11.2012 та із членами Громадської ради при облдержадміністрації (засідання комітету з економічних питань 29.11.2012), 14 пропозицій враховано.

З повагою,
Олена Савченко
головний спеціаліст відділу стратегічного планування
Головного управління економіки облдержадміністрації
тел. 67-52-88
"""
    html = ('<div dir="ltr">' + "".join(
        f"<div>{h(x)}</div>" if x.strip() else "<div><br></div>" for x in plain.strip("\n").split("\n"))
        + "</div>\n")
    alt = multipart("alternative", [text(plain, "UTF-8", "quoted-printable", quoted_cs=False),
                                    text(html, "UTF-8", "quoted-printable", "html", quoted_cs=False)],
                    "e89a8f3bb1c3f8a9d604d0e6a2f1")
    hdr = received(dt, 3, "mail-ob0-f177.google.com", "209.85.214.177", "pa01",
                   ["by 10.60.14.226 with HTTP"]) + [
        ("MIME-Version", "1.0"),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<CAH3kQ9eZ8v0p1=kLr5mF2Qw7xY0cT4aB1sD6gN8hJ2uE9oP3rA@mail.gmail.com>"),
        ("Subject", ew("інформація ГУ економіки (відкритий уряд)")),
        ("From", addr("Олена Савченко", "olena.savchenko.cn@gmail.com")),
        ("To", MAILBOX),
    ]
    return message(hdr, alt, mime_version=False)


KEY = {"class": "personal_address", "executor": "rda-talalaivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "From a ukr.net box, Russian cover text naming «Талалаевской РГА», Date written in UTC "
               "(22:07 on the 15th) that is 00:07 on Sunday the 16th in Kyiv, so late; the .doc plan "
               "table answers 1, 6, 7, with «не проводилось» and «—» on the rest.",
       "items": [item(1, "Талалаївка ВУ.doc"), item(6, "Талалаївка ВУ.doc"), item(7, "Талалаївка ВУ.doc")]}
@mail(KEY)
def pa02_talalaivka():
    dt = datetime.datetime(2012, 12, 15, 22, 7, 41, tzinfo=datetime.timezone.utc)
    body = """Добрый вечер.
Высылаю информацию Талалаевской РГА по плану "Открытое правительство". С рабочей почты отправить не получается - в РГА с пятницы не работает интернет. В понедельник продублируем с официального адреса.

Н.М. Кулик
головний спеціаліст відділу організаційної роботи та кадрового забезпечення апарату Талалаївської райдержадміністрації
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "base64"),
        attachment("pa02_talalaivka.doc", "Талалаївка ВУ.doc", "application/msword", "B", "windows-1251"),
    ], "----0C7A1E5B3F2D9864")
    hdr = [("Received", f"from mx.cg.ukrtel.net (localhost [127.0.0.1])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id "
                        f"{qid('pa02b')}\n\tfor <{MAILBOX}>; {rfcdate((dt + datetime.timedelta(seconds=8)).astimezone(KYIV))} (EET)")]
    hdr += received(dt, 6, "frv26.fwdcdn.com", "212.42.77.236", "pa02",
                    ["from [198.51.100.180] by frv26.fwdcdn.com with HTTP"])
    hdr += [
        ("Date", rfcdate(dt)),
        ("From", addr("Наталья", "talal.orgviddil@ukr.net", "windows-1251")),
        ("X-Mailer", "FREEMAIL.UKR.NET"),
        ("Message-Id", "<31482.1355609261.4712093841720934401@ffe17.ukr.net>"),
        ("To", MAILBOX),
        ("Subject", ew("Талалаевская РГА отчет", "windows-1251")),
        ("X-Priority", "3"),
    ]
    return message(hdr, mp)


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the registered box of the управління капітального будівництва (named in the "
               "body) because the sender's own mail is down; the report is the управління містобудування "
               "та архітектури's, named in the signature; its .ods answers 1, 6, 7 and 12 among «—», "
               "«немає», «-».",
       "items": [item(1, "Містобудування_відкритий уряд.ods"), item(6, "Містобудування_відкритий уряд.ods"),
                 item(7, "Містобудування_відкритий уряд.ods"), item(12, "Містобудування_відкритий уряд.ods")]}
@mail(KEY)
def pa03_mistobuduvannia():
    dt = kyiv(2012, 12, 14, 19, 20, 36)
    plain = """Добрий вечір!

Надсилаю з поштової скриньки управління капітального будівництва, бо наша пошта не працює з середи.
Інформація управління містобудування та архітектури облдержадміністрації щодо виконання плану заходів «Відкритий уряд» – у вкладенні. Прохання підтвердити отримання.

З повагою,
Ірина Дорошенко
головний спеціаліст відділу містобудівної документації
управління містобудування та архітектури облдержадміністрації
тел. 67-41-77
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(outlook_html(plain), "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0094_01CDDA42.6E0B5C20")
    mp = multipart("mixed", [alt, attachment("pa03_mistobud.ods", "Містобудування_відкритий уряд.ods",
                                             "application/vnd.oasis.opendocument.spreadsheet", "B", "utf-8")],
                   "----=_NextPart_000_0093_01CDDA42.6E0B5C20")
    hdr = received(dt, 7, "mail.example.gov.ua", "192.0.2.41", "pa03",
                   ["from UKB-12 ([198.51.100.86]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Управління капітального будівництва", "kapbud@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("від управління містобудування (відкритий уряд)", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<009201cdda31$9e1c8f10$da55ad30$@gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3aMZ3g6VfQ2c6ER1iu3kP0sW2oEw=="),
        ("Content-Language", "uk"),
    ]
    return message(hdr, mp)


KEY = {"class": "personal_address", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Saturday mail from an i.ua box in KOI8-U base64: the body names the addressee УВП in the "
               "dative and the district only in the signature («Городнянської районної державної "
               "адміністрації»); the .rtf answers «П. 1», «П. 6», «П. 9», «П. 10», «П. 12».",
       "items": [item(1, "Городня_ВУ.rtf"), item(6, "Городня_ВУ.rtf"), item(9, "Городня_ВУ.rtf"),
                 item(10, "Городня_ВУ.rtf"), item(12, "Городня_ВУ.rtf")]}
@mail(KEY)
def pa04_horodnia():
    dt = kyiv(2012, 12, 15, 10, 45, 58)
    body = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю Чернігівської облдержадміністрації

Добрий день. Надсилаю інформацію про виконання плану заходів (вкладення). Пишу з особистої скриньки, бо у суботу службова недоступна, оригінал буде направлено поштою у понеділок.

Провідний спеціаліст сектору з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю Городнянської районної державної адміністрації
Ольга Марченко
"""
    mp = multipart("mixed", [
        text(body, "koi8-u", "base64"),
        attachment("pa04_horodnia.rtf", "Городня_ВУ.rtf", "application/rtf", "B", "koi8-u"),
    ], "=_iua_5f0c3b7e21d94a86")
    hdr = received(dt, 5, "mx1.i.ua", "91.198.36.14", "pa04",
                   ["from [203.0.113.147] by mx1.i.ua with HTTP"]) + [
        ("Date", rfcdate(dt)),
        ("From", addr("Ольга Марченко", "olga.marchenko.gor@i.ua", "koi8-u")),
        ("To", MAILBOX),
        ("Subject", ew("Інформація Відкритий уряд", "koi8-u")),
        ("Message-ID", "<1355561158.5f0c3b7e21d94a86@i.ua>"),
        ("X-Mailer", "I.UA Mail"),
    ]
    return message(hdr, mp)


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sunday evening from a meta.ua box: the regional coordinator (named only in the "
               "signature, not from his registered address) reports the round table on how the plan is "
               "carried out (15) and the class he taught at the seminar (13); the Public Council and УВП "
               "are named as partners and addressee.",
       "items": [item(13), item(15)]}
@mail(KEY)
def pa05_ogp():
    dt = kyiv(2012, 12, 9, 21, 30, 11)
    plain = """Шановні колеги!

Надсилаю інформацію про свою участь у виконанні плану заходів.

30 листопада 2012 р. спільно з управлінням з питань внутрішньої політики та Громадською радою при облдержадміністрації проведено круглий стіл «Відкритий уряд на Чернігівщині: перші кроки», на якому публічно обговорено хід виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області (38 учасників). Підготовлено резолюцію з 9 пропозиціями, яку направлено управлінню.

6 грудня провів заняття «Партнерство „Відкритий уряд“: міжнародний досвід та національний план дій» на навчальному семінарі для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за консультації з громадськістю.

З повагою,
Віктор Ігнатенко
регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області
"""
    html = ("<html><body><div style=\"font-family:Arial;font-size:12px\">" + "".join(
        f"<p>{h(x)}</p>" for x in plain.strip("\n").split("\n\n")).replace("\n", "<br>") + "</div></body></html>")
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(html, "windows-1251", "quoted-printable", "html")],
                    "----------meta1355081411270")
    hdr = received(dt, 9, "mx.meta.ua", "194.0.131.20", "pa05",
                   ["from [203.0.113.199] by webmail.meta.ua with HTTP"]) + [
        ("Date", rfcdate(dt)),
        ("From", addr("Віктор Ігнатенко", "v.ihnatenko@meta.ua", "windows-1251")),
        ("To", addr("УВП ОДА", MAILBOX, "windows-1251")),
        ("Subject", ew("Інформація регіонального координатора", "windows-1251")),
        ("Message-ID", "<1355081411.270316.meta@webmail.meta.ua>"),
        ("X-Mailer", "META.UA Webmail"),
    ]
    return message(hdr, alt)


# ---------------------------------------------------------------------------- mx: mixed

KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "The district forwards, as a message/rfc822 attachment, its own 12 December letter that "
               "went to the general department's box by mistake; the .doc inside answers 1, 6, 7, 10 "
               "(9, 12 «—»); the forward itself arrives on Monday the 17th, so late.",
       "items": [item(1, "Ніжинська РДА_Відкритий уряд.doc"), item(6, "Ніжинська РДА_Відкритий уряд.doc"),
                 item(7, "Ніжинська РДА_Відкритий уряд.doc"), item(10, "Ніжинська РДА_Відкритий уряд.doc")]}
@mail(KEY)
def mx01_nizhyn():
    dt = kyiv(2012, 12, 17, 9, 2, 44)
    inner_dt = kyiv(2012, 12, 12, 14, 10, 5)
    inner_plain = """Добрий день!

Надсилаємо інформацію Ніжинської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (лист від 12.12.2012 № 03-08/1544).

З повагою,
Світлана Ткаченко
сектор з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю
Ніжинської райдержадміністрації
"""
    inner_alt = multipart("alternative", [text(inner_plain, "windows-1251", "quoted-printable"),
                                          text(outlook_html(inner_plain), "windows-1251", "quoted-printable", "html")],
                          "----=_NextPart_001_0015_01CDD86A.2B6E7D40")
    inner_mp = multipart("mixed", [inner_alt, attachment("mx01_nizhyn.doc", "Ніжинська РДА_Відкритий уряд.doc",
                                                         "application/msword", "B", "windows-1251")],
                         "----=_NextPart_000_0014_01CDD86A.2B6E7D40")
    inner = message([
        ("Received", f"from TKACHENKO ([203.0.113.60]) by mail.example.gov.ua with ESMTP; {rfcdate(inner_dt + datetime.timedelta(seconds=2))}"),
        ("From", addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "windows-1251")),
        ("To", "<zagviddil@example.gov.ua>"),
        ("Subject", ew("Відкритий уряд - Ніжинська РДА", "windows-1251")),
        ("Date", rfcdate(inner_dt)),
        ("Message-ID", "<001301cdd859$5e1a4c20$1a4ee460$@gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3YWV4K3hQ9Q7xjSxu9m2vH0a8y2A=="),
        ("Content-Language", "uk"),
    ], inner_mp)
    plain = """Доброго дня!

Пересилаємо лист Ніжинської РДА від 12.12.2012, який помилково надіслано на адресу загального відділу апарату облдержадміністрації замість вашої. Просимо врахувати.

Ткаченко С.
"""
    alt = multipart("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                    text(outlook_html(plain), "windows-1251", "quoted-printable", "html")],
                    "----=_NextPart_001_0031_01CDDC2E.0F4A8B90")
    mp = multipart("mixed", [alt, rfc822(inner, ["Content-Disposition: attachment"])],
                   "----=_NextPart_000_0030_01CDDC2E.0F4A8B90")
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "mx01",
                   ["from TKACHENKO ([203.0.113.60]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("FW: Відкритий уряд - Ніжинська РДА", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<003001cddc1d$d0a2c7e0$71e857a0$@gov.ua>"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3YWV4K3hQ9Q7xjSxu9m2vH0a8y2AEBzm0Q"),
        ("Content-Language", "uk"),
    ]
    return message(hdr, mp)


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction on top of the district's own «>»-quoted letter of the day before: only "
               "the corrected 9 and the added 12 are new; «Решта інформації без змін» is a placeholder "
               "and the quoted 1, 6, 7, 9, 10, 12 are old.",
       "items": [item(9), item(12)]}
@mail(KEY)
def mx02_chernihiv():
    dt = kyiv(2012, 12, 14, 11, 25, 31)
    earlier = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Чернігівська райдержадміністрація (лист від 13.12.2012 № 02-11/3007) інформує про виконання плану заходів:
п. 1 - офіційний веб-сайт РДА наповнюється відповідно до вимог законодавства, створено розділ «Громадське обговорення»;
п. 6 - проведено громадські слухання щодо проекту районного бюджету на 2013 рік (04.12.2012) та 3 зустрічі з жителями сіл;
п. 7 - до складу районної координаційної ради з питань соціального захисту включено 2 членів громадської ради;
п. 9 - не проводилось;
п. 10 - громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості;
п. 12 - не проводились.

Головний спеціаліст відділу організаційної роботи апарату РДА   Л.В. Зінченко"""
    new = """Уточнення до листа від 13.12.2012 № 02-11/3007.

У пункті 9 помилково зазначено "не проводилось". Правильно: 06.12.2012 проект Програми підтримки сільгоспвиробників району на 2013 рік обговорено на засіданні громадської ради при РДА, враховано 3 пропозиції ради.

До пункту 12 додаємо: ГО "Громадська варта Чернігівщини" провела антикорупційну експертизу проекту розпорядження голови РДА про оренду майна спільної власності територіальних громад району, зауваження враховано.

Решта інформації без змін.

Л. Зінченко"""
    body = flow(new) + "\n\n13.12.2012 15:02, Чернігівська РДА пише:\n" + quote_tb(earlier) + "\n"
    hdr = received(dt, 5, "mail.example.gov.ua", "192.0.2.41", "mx02",
                   ["from [192.168.10.21] (unknown [203.0.113.84]) by mail.example.gov.ua (Postfix) with ESMTPA id 4A7E21D11"]) + [
        ("Message-ID", "<50CAF0A3.1050708@example.gov.ua>"),
        ("Date", rfcdate(dt)),
        ("From", addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("To", MAILBOX),
        ("Subject", ew("Уточнення: Чернігівська РДА - Відкритий уряд")),
        ("References", "<50C9D8B1.9000605@example.gov.ua>"),
        ("In-Reply-To", "<50C9D8B1.9000605@example.gov.ua>"),
    ]
    return message(hdr, text(body, "UTF-8", "8bit", flowed=True, quoted_cs=False))


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Cover note and attachment report different measures: the The Bat! body hands over «пп. "
               "1, 6, 7, 9, 12 (таблиця)» (a pointer, not an answer) and answers 10 itself; the .xlsx "
               "answers 1, 6, 7, 9, its row 10 only points to the letter and 12 is «—».",
       "items": [item(1, "Борзна_ВУ.xlsx"), item(6, "Борзна_ВУ.xlsx"), item(7, "Борзна_ВУ.xlsx"),
                 item(9, "Борзна_ВУ.xlsx"), item(10)]}
@mail(KEY)
def mx03_borzna():
    dt = kyiv(2012, 12, 15, 8, 30, 17)
    body = """Здравствуйте, uvp.

Направляємо інформацію Борзнянської РДА по пп. 1, 6, 7, 9, 12 плану заходів (таблиця у вкладенні).

По п. 10: громадській раді при РДА рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності райдержадміністрації, рекомендацію розглянуто на засіданні ради 11.12.2012, робочу групу утворено у складі 3 осіб (керівник – Лук'яненко П.Д.).

-- 
З повагою,
 Борзнянська РДА, сектор внутрішньої політики          mailto:rda-borzna@example.gov.ua
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "quoted-printable", quoted_cs=False),
        attachment("mx03_borzna.xlsx", "Борзна_ВУ.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "B", "windows-1251"),
    ], "----------1A3C7F0B2E5D1D9")
    hdr = received(dt, 4, "mail.example.gov.ua", "192.0.2.41", "mx03",
                   ["from [198.51.100.212] by mail.example.gov.ua with ESMTP"]) + [
        ("Date", rfcdate(dt)),
        ("From", addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251")),
        ("X-Mailer", "The Bat! (v4.2.44.2) Professional"),
        ("Reply-To", addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1827364519.20121215083017@example.gov.ua>"),
        ("To", f"uvp@cg.ukrtel.net <{MAILBOX}>"),
        ("Subject", ew("Борзнянська РДА - відкритий уряд", "windows-1251")),
    ]
    return message(hdr, mp)


KEY = {"class": "mixed", "executor": "rda-semenivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Three attachments at 22:15 on a Friday: a PDF covering letter that only hands over "
               "(its «Додаток: 1. … 2. …» numbering is its own), a Word 97 text answering «Пункт 1», «Пункт "
               "6», «Пункт 9» and promising 7, 10, 12, and an .xls of village councils whose column "
               "headings name п. 6 and п. 7 with counts under them.",
       "items": [item(1, "Інформація РДА.doc"), item(6, "Інформація РДА.doc"), item(6, "Сільські ради.xls"),
                 item(7, "Сільські ради.xls"), item(9, "Інформація РДА.doc")]}
@mail(KEY)
def mx04_semenivka():
    dt = kyiv(2012, 12, 14, 22, 15, 30)
    body = """Добрий вечір!

Надсилаємо лист Семенівської райдержадміністрації від 14.12.2012 № 01-21/2906 з додатками.

Руденко Ольга
"""
    mp = multipart("mixed", [
        text(body, "windows-1251", "quoted-printable"),
        attachment("mx04_cover.pdf", "Супровідний лист.pdf", "application/pdf", "B", "windows-1251"),
        attachment("mx04_rda.doc", "Інформація РДА.doc", "application/msword", "B", "windows-1251"),
        attachment("mx04_silrady.xls", "Сільські ради.xls", "application/vnd.ms-excel", "B", "windows-1251"),
    ], "----=_NextPart_000_0044_01CDDA6E.1C7B0A20", preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 6, "mail.example.gov.ua", "192.0.2.41", "mx04",
                   ["from RUDENKO ([203.0.113.220]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "windows-1251")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("лист № 01-21/2906 Відкритий уряд", "windows-1251")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<004301cdda5d$d5a9f1b0$80fdd510$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3aXdWY6kq9yT5nR7u3hLr0Dk7mUg=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ]
    return message(hdr, mp)


KEY = {"class": "mixed", "executor": "su-zdorovia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Word HTML from Outlook 2007 with an inline logo (multipart/related, cid:image001.png, "
               "no attachment), both text parts labelled windows-1252 while the bytes (and the HTML "
               "meta) are windows-1251; Russian and Ukrainian mixed; 1, 2, one sentence on 6 and 9, 8.",
       "items": [item(1), item(2), item(6), item(8), item(9)]}
@mail(KEY)
def mx05_zdorovia():
    dt = kyiv(2012, 12, 18, 16, 40, 5)
    lines = [
        "Управление здравоохранения облгосадминистрации направляет информацию о выполнении плана мероприятий «Открытое правительство» (со ссылкой на наше письмо о продлении срока).",
        "",
        "На веб-сторінці управління створено розділ «Громадська рада та консультації з громадськістю», оновлено перелік закладів охорони здоров'я області з графіками прийому.",
        "",
        "Отчет о выполнении областной программы «Цукровий діабет» за 9 месяцев 2012 года передан для размещения в рубрике «Хід виконання цільових програм».",
        "",
        "Проведено громадське обговорення проекту Програми «Здоров'я Чернігівщини» на 2013 рік (з 05.11 по 05.12.2012), в т.ч. з членами громадської ради при ОДА (засідання комітету з гуманітарних питань 28.11.2012).",
        "",
        "Приказом управления от 12.12.2012 № 1120 в состав коллегии управления введен председатель комитета по гуманитарным вопросам Общественного совета при облгосадминистрации.",
        "",
        "С уважением,",
        "Гребенюк Валентина Анатольевна",
        "заместитель начальника управления здравоохранения ОГА",
        "тел. 67-46-02",
    ]
    plain = "\n".join(lines) + "\n"
    ps = "".join(f"<p class=MsoNormal><span lang=RU>{h(x) if x else '<o:p>&nbsp;</o:p>'}<o:p></o:p></span></p>\n"
                 for x in lines)
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; "
            "charset=windows-1251\"><meta name=Generator content=\"Microsoft Word 12 (filtered medium)\">"
            "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]-->"
            "<style><!--\np.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";}\n"
            "--></style></head><body lang=UK link=blue vlink=purple><div class=WordSection1>\n"
            "<p class=MsoNormal><img width=64 height=32 id=\"Picture_x0020_1\" src=\"cid:image001.png@01CDDD3E.8A5C1F00\" "
            "alt=\"logo\"><o:p></o:p></p>\n" + ps + "</div></body></html>\n")
    png = tiny_png(64, 32, 3, [(255, 255, 255), (0, 87, 183), (255, 215, 0)])
    alt = multipart("alternative", [
        text(plain, "windows-1251", "quoted-printable", declared="windows-1252"),
        text(html, "windows-1251", "quoted-printable", "html", declared="windows-1252"),
    ], "----=_NextPart_001_0063_01CDDD3E.8A5C1F00")
    img = part('image/png;\n name="image001.png"', "base64", png,
               ["Content-ID: <image001.png@01CDDD3E.8A5C1F00>"])
    rel = multipart("related", [alt, img], "----=_NextPart_000_0062_01CDDD3E.8A5C1F00",
                    params=';\n type="multipart/alternative"', preamble="This is a multi-part message in MIME format.")
    hdr = received(dt, 7, "mail.example.gov.ua", "192.0.2.41", "mx05",
                   ["from GREBENYUK ([198.51.100.18]) by mail.example.gov.ua with ESMTP"]) + [
        ("From", addr("Управление здравоохранения", "zdorovia@example.gov.ua", "koi8-r")),
        ("To", f"<{MAILBOX}>"),
        ("Subject", ew("информация о выполнении плана (Открытое правительство)", "koi8-r")),
        ("Date", rfcdate(dt)),
        ("Message-ID", "<006101cddd2e$2fe1d3a0$8fa57ae0$@gov.ua>"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3dLi/Jk8e7d2f3Q0yPq7FQm1p1Gw=="),
        ("Content-Language", "ru"),
    ]
    return message(hdr, rel)


# ============================================================================ checks and output

def load_plan():
    with open(PLAN_TOML, "rb") as f:
        plan = tomllib.load(f)
    ids = {e["id"] for e in plan["executor"]}
    emails = {}
    for e in plan["executor"]:
        for a in e.get("emails", []):
            emails[a.lower()] = e["id"]
    deadlines = sorted(d["date"] for d in plan["deadline"])
    approved = plan["plan"]["approved"]
    grace = plan["plan"].get("grace_days", 3)
    return ids, emails, deadlines, approved, grace


def period_of(local, deadlines, approved, grace):
    """(period, late) for a Kyiv-local datetime, or (None, None) outside every period."""
    d = local.date()
    if d < approved:
        return None, None
    for n, dl in enumerate(deadlines, 1):
        if d <= dl:
            return n, False
        if d <= dl + datetime.timedelta(days=grace):
            return n, True
    return None, None


def walk_files(msg):
    names = []
    for p in msg.walk():
        fn = p.get_filename()
        if fn:
            names.append(fn)
    return names


def check(name, key, raw, plan):
    ids, emails, deadlines, approved, grace = plan
    errs = []
    prefix = name[:2]
    if CLASSES.get(prefix) != key["class"]:
        errs.append(f"class {key['class']} does not match prefix {prefix}")
    if list(key) != ["class", "executor", "period", "late", "kind", "reason", "note", "items"]:
        errs.append(f"key fields {list(key)}")
    if key["executor"] not in ids:
        errs.append(f"executor {key['executor']} not in plan.toml")
    if key["class"] == "not_report" or key["kind"] == "not_report":
        if key["kind"] != "not_report" or key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs kind not_report, a reason and no items")
    else:
        if key["kind"] != "report" or key["reason"] is not None:
            errs.append("a report has kind report and reason null")
        if not key["items"]:
            errs.append("a report with no items")
    pairs = [(i["measure"], i["source"]) for i in key["items"]]
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errs.append("items not sorted or not unique")
    for m, s in pairs:
        if not (isinstance(m, int) and 1 <= m <= 15):
            errs.append(f"measure {m} out of 1-15")
    if not key["note"] or len(key["note"]) < 20:
        errs.append("note missing")

    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if b"\r" in raw.replace(b"\r\n", b""):
        errs.append("bare CR")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hname in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[hname] is None:
            errs.append(f"missing {hname}")
    if MAILBOX not in str(msg["To"]):
        errs.append("To is not the mailbox")
    date = parsedate_to_datetime(str(msg["Date"]))
    local = date.astimezone(KYIV)
    per, late = period_of(local, deadlines, approved, grace)
    if per != key["period"] or late != key["late"]:
        errs.append(f"period/late {key['period']}/{key['late']} but Date gives {per}/{late} ({local})")
    if not (2012 <= local.year <= 2013):
        errs.append("Date outside 2012-2013")
    top = msg.get_all("Received")[0]
    rdate = parsedate_to_datetime(top.split(";")[-1].strip())
    delta = (rdate - date).total_seconds()
    if not (0 < delta <= 60) or rdate.astimezone(KYIV).date() != local.date():
        errs.append(f"top Received {rdate} not a few seconds after Date {date} on the same Kyiv day")
    frm = msg["From"].addresses[0].addr_spec.lower()
    registered = frm in emails
    if registered and key["class"] != "personal_address" and emails[frm] != key["executor"]:
        errs.append(f"registered sender {frm} is not the key's executor")
    if key["class"] == "personal_address" and registered and emails[frm] == key["executor"]:
        errs.append("personal_address mail sent from the executor's own registered box")
    if not registered and frm.endswith("example.gov.ua"):
        errs.append(f"{frm} looks registered but is not in plan.toml")
    if key["class"] != "personal_address" and not registered:
        errs.append(f"{frm} is not a registered address")
    # every part decodes; attachment names
    for p in msg.walk():
        if p.is_multipart() or p.get_content_type() == "message/rfc822":
            continue
        try:
            p.get_content()
        except Exception as e:  # noqa: BLE001
            errs.append(f"part {p.get_content_type()} does not decode: {e}")
    files = walk_files(msg)
    for m, s in pairs:
        if s != "body" and s not in files:
            errs.append(f"source {s!r} not in mail (has {files})")
    return errs, files, local, msg


def main():
    plan = load_plan()
    all_errs = []
    seen_ids = set()
    per_class = {}
    measures = set()
    index = []
    for f in sorted(os.listdir(ATT)):
        p = os.path.join(ATT, f)
        if os.path.isfile(p) and os.path.getsize(p) >= 60 * 1024:
            all_errs.append(f"attachments/{f}: {os.path.getsize(p)} bytes, over 60 KB")
    for name, key, fn in MAILS:
        raw = fn()
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        errs, files, local, msg = check(name, key, raw, plan)
        mid = str(msg["Message-ID"]).strip()
        if mid in seen_ids:
            errs.append(f"duplicate Message-ID {mid}")
        seen_ids.add(mid)
        per_class[key["class"]] = per_class.get(key["class"], 0) + 1
        measures.update(i["measure"] for i in key["items"])
        all_errs.extend(f"{name}: {e}" for e in errs)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        index.append((name, key, files, local))
    if len(MAILS) != 40:
        all_errs.append(f"{len(MAILS)} mails, not 40")
    for c in CLASSES.values():
        if per_class.get(c, 0) != 5:
            all_errs.append(f"class {c}: {per_class.get(c, 0)} mails, not 5")
    missing = set(range(1, 16)) - measures
    if missing:
        all_errs.append(f"measures never reported: {sorted(missing)}")
    if all_errs:
        print("\n".join(all_errs))
        sys.exit(1)
    n_items = sum(len(k["items"]) for _, k, _, _ in index)
    print(f"{len(index)} mails, {n_items} items, all checks passed")


if __name__ == "__main__":
    main()
