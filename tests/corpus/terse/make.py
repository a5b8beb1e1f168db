#!/usr/bin/env python3
"""Build the «terse» corpus: 40 short report e-mails to uvp@cg.ukrtel.net with their keys.

Python 3 standard library only.  Run:  python3 make.py
Writes NAME.eml and NAME.expected.json beside this file for every mail below, then checks the
keys against the mails (class/prefix, executor ids from plan.toml, sorted unique items,
measures 1-15, period and lateness from the Date header in Europe/Kyiv, attachment names,
CRLF line ends, Received after Date on the same Kyiv day, attachment sizes).

Every mail's KEY literal stands directly above its builder and was written before the text.
Office attachments are read from attachments/ (converted once from attachments/src/ by
attachments/convert.sh with LibreOffice); nothing here needs LibreOffice.
"""
import base64
import binascii
import copy
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import struct
import sys
import textwrap
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
PLAN_TOML = os.environ.get("ZVIT_PLAN", "/work/main/config/plan.toml")
KYIV = ZoneInfo("Europe/Kyiv")
BOX = "uvp@cg.ukrtel.net"
UVP = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
              "в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

# The plan's measures, verbatim (as in plan.toml), for the quoted reminders and receipts.
MEASURE = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
}
RDA_OWES = [1, 6, 7, 9, 10, 12]
SU_OWES = [1, 2, 6, 7, 8, 9, 12]

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# --------------------------------------------------------------------------- text of zvit's own mail


def reminder(executor, deadline, today, missing, overdue=False):
    """The text zvit's reminder template renders (templates/reminder.txt.j2)."""
    out = ["Шановні колеги!", ""]
    if overdue:
        out.append(f"Нагадуємо, що {deadline} минув термін подання інформації про виконання "
                   f"{PLAN_TITLE} (пункт 16 плану).")
    else:
        out.append(f"Нагадуємо, що відповідно до пункту 16 {PLAN_TITLE} інформацію про його виконання "
                   f"необхідно надати до {deadline} на адресу електронної пошти {BOX}.")
    out += ["", f"Станом на {today} від {executor} не надійшла інформація за звітний період щодо таких "
            "пунктів плану:", ""]
    for m in missing:
        out += [f"  {m}. {MEASURE[m]}", ""]
    out += ["Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
            "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
            "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
            "зазначивши номери пунктів плану.", ""]
    out += ["Просимо надати інформацію невідкладно." if overdue else
            "Просимо дотримуватися встановленого терміну.", ""]
    out += ["Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
            "його недійсним.", "", "З повагою", UVP]
    return "\n".join(out)


def receipt(received, subject, executor, period, deadline, recognised, missing):
    """The text zvit's receipt template renders (templates/receipt.txt.j2)."""
    out = ["Шановні колеги!", "",
           f"{UVP[0].upper()}{UVP[1:]} підтверджує отримання Вашого листа від {received} «{subject}».", "",
           f"Виконавець: {executor}.",
           f"Звітний період: {period}-й (термін подання інформації — {deadline}).", ""]
    if recognised:
        out.append("Розпізнано інформацію щодо таких пунктів плану:")
        out += [f"  • пункт {n}: {t}" for n, t in recognised]
    else:
        out.append("Інформації, яку можна віднести до пунктів плану, у листі не виявлено.")
    out.append("")
    if missing:
        out.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
        out += [f"  {m}. {MEASURE[m]}" for m in missing]
    else:
        out.append("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей "
                   "період отримано. Дякуємо за співпрацю.")
    out += ["", f"Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на "
            f"адресу {BOX}.", "", "З повагою", UVP]
    return "\n".join(out)


# --------------------------------------------------------------------------- text helpers


def wrap(text, width=76, prefix=""):
    """Hard-wrap every line (as Outlook Express or The Bat! do), prefixing each output line."""
    out = []
    for line in text.split("\n"):
        body = line
        if not body.strip():
            out.append(prefix.rstrip() if prefix else "")
            continue
        lead = len(body) - len(body.lstrip(" "))
        parts = textwrap.wrap(body, width=width - len(prefix), subsequent_indent=" " * lead,
                              break_long_words=False, break_on_hyphens=False)
        out += [prefix + p for p in parts]
    return "\n".join(out)


def flowed(text, width=72, depth=0):
    """format=flowed (RFC 3676) as Thunderbird writes it: soft breaks end with a space."""
    prefix = ">" * depth + (" " if depth else "")
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(">" * depth)
            continue
        if line == "-- ":
            out.append(prefix + line)
            continue
        parts = textwrap.wrap(line, width=width - len(prefix), break_long_words=False,
                              break_on_hyphens=False, drop_whitespace=True)
        for i, p in enumerate(parts):
            soft = i < len(parts) - 1
            out.append(prefix + p + (" " if soft else ""))
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --------------------------------------------------------------------------- header encoding


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded words, folded, each at most 75 characters."""
    label = cs.upper() if cs.lower() == "utf-8" else cs
    words, chunk = [], ""
    def encoded(c):
        raw = c.encode(cs)
        if enc == "B":
            return f"=?{label}?B?{base64.b64encode(raw).decode()}?="
        q = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else f"={b:02X}")
                    for b in raw)
        return f"=?{label}?Q?{q}?="
    for ch in s:
        if len(encoded(chunk + ch)) > 75:
            words.append(encoded(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(encoded(chunk))
    return "\n ".join(words)


def addr(name, mail, cs="utf-8", enc="B", quoted_plain=False):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{mail}>' if quoted_plain else f"{name} <{mail}>"
    return f"{ew(name, cs, enc)} <{mail}>"


def p2231(key, value, cs="UTF-8", width=60):
    """RFC 2231 parameter with continuations (filename*0*=UTF-8''…; filename*1*=…), cut between characters."""
    def enc(ch):
        return "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "._-" else f"%{b:02X}"
                       for b in ch.encode(cs))
    pieces, cur = [], ""
    for ch in value:
        e = enc(ch)
        if cur and len(cur) + len(e) > width:
            pieces.append(cur)
            cur = ""
        cur += e
    pieces.append(cur)
    if len(pieces) == 1:
        return f"{key}*={cs}''{pieces[0]}"
    return ";\n ".join(f"{key}*{n}*={cs}''{p}" if n == 0 else f"{key}*{n}*={p}" for n, p in enumerate(pieces))


# --------------------------------------------------------------------------- MIME parts


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value), values already encoded and folded with \n
        self.body = body        # bytes, \n line ends (made CRLF at the end)

    def render(self):
        head = "".join(f"{n}: {v}\n" for n, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def encode_body(text, cs, cte):
    data = text.encode(cs) if isinstance(text, str) else text
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False) + b"\n"
    if cte == "base64":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return b64lines(data)
    return data + (b"" if data.endswith(b"\n") else b"\n")


def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode()


def text(s, cs="utf-8", cte="8bit", sub="plain", params="", label=None, extra=()):
    lab = label or cs
    ct = f'text/{sub}; charset="{lab}"{params}'
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte), *extra], encode_body(s, cs, cte))


def blob(data, ctype, extra=()):
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", "base64"), *extra], b64lines(data))


def multi(sub, parts, boundary, preamble=None, params=""):
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += f"--{boundary}\n".encode() + p.render() + b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([("Content-Type", f'multipart/{sub};{params}\n\tboundary="{boundary}"' if params else
                  f'multipart/{sub};\n\tboundary="{boundary}"')], body)


def att(name):
    with open(os.path.join(ATT, name), "rb") as f:
        return f.read()


def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def date_hdr(t):
    return email.utils.format_datetime(t)


def received(t, delay, host, ip, msgid_tag, helo=None):
    r = t + dt.timedelta(seconds=delay)
    return ("Received", f"from {helo or host} ({host} [{ip}])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id "
                        f"{msgid_tag}\n\tfor <{BOX}>; {date_hdr(r)}")


def message(headers, root):
    """headers: list of (name, value); the root part's own headers follow them."""
    head = "".join(f"{n}: {v}\n" for n, v in headers).encode("ascii")
    return head + root.render()


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def png_banner(w=180, h=36, rgb=(0x1F, 0x4E, 0x79)):
    """A small solid banner with a lighter stripe: the inline signature picture of mx05."""
    rows = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = (0xF2, 0xC1, 0x00) if 14 <= y <= 20 and x > 40 else rgb
            row += bytes(c)
        rows += bytes(row)
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- HTML twins


def html_outlook(plain, cs="windows-1251", gen="Microsoft Word 14 (filtered medium)", extra_html=""):
    paras = []
    for line in plain.split("\n"):
        paras.append("<p class=MsoNormal>" + (esc(line) if line.strip() else "<o:p>&nbsp;</o:p>") +
                     ("<o:p></o:p>" if line.strip() else "") + "</p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
            f'charset={cs}"><meta name=Generator content="{gen}"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri","sans-serif";}\na:link, span.MsoHyperlink\n\t{color:blue;\n'
            '\ttext-decoration:underline;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head><body lang=UK link=blue vlink=purple>'
            '<div class=WordSection1>\n' + "\n".join(paras) + extra_html + "\n</div></body></html>")


def html_div(plain, wrapper='<div dir="ltr">', close="</div>"):
    return wrapper + "<br>\n".join(esc(l) for l in plain.split("\n")) + close


# --------------------------------------------------------------------------- registry

MAILS = []


def build(fn):
    MAILS.append((fn.__name__, copy.deepcopy(globals()["KEY"]), fn))
    return fn


# =========================================================================== 1. placeholder

KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A phone list of six numbered one-word answers where only the row for 6 says what was done; «+», «-», «х», «без змін», «немає» are placeholders.",
       "items": [{"measure": 6, "source": "body"}]}


@build
def ph01():
    t = kyiv(2013, 6, 12, 10, 41, 7)
    plain = ("Срібнянська РДА, ВУ за І півр.\n\n"
             "1 - +\n6 - 2 конс. (бюджет, мережа шкіл)\n7 - -\n9 - х\n10 - без змін\n12 - немає\n\n\n\n"
             "Отправлено с Samsung Mobile")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + "<br>".join(esc(l) for l in plain.split("\n")) + "</body></html>")
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "--_com.android.email_1371022867120913")
    return message([
        received(t, 4, "mail.sribne-rda.example.gov.ua", "193.93.78.14", "3A1C2B80F41"),
        ("Date", date_hdr(t)),
        ("Subject", ew("ВУ Срібне")),
        ("Message-ID", "<8a2ltjmbx3cy1k2fdp0wj7ux.1371022867120@email.android.com>"),
        ("From", addr("Срібнянська РДА", "rda-sribne@example.gov.ua")),
        ("To", BOX),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "No body at all; the sheet has a row for each of the 16 measures and only rows 1, 6 («3 конс.») and 9 state work, the rest are dashes, «немає», «х», «+» and the duty row 16.",
       "items": [{"measure": 1, "source": "ВУ_культура_2012.xls"}, {"measure": 6, "source": "ВУ_культура_2012.xls"},
                 {"measure": 9, "source": "ВУ_культура_2012.xls"}]}


@build
def ph02():
    t = kyiv(2012, 12, 13, 16, 52, 18)
    fn = "ВУ_культура_2012.xls"
    root = multi("mixed", [
        text("", "windows-1251", "7bit", label="us-ascii"),
        blob(att("ph02.xls"), f'application/vnd.ms-excel;\n\tname="{ew(fn, "windows-1251")}"',
             [("Content-Disposition", f'attachment;\n\tfilename="{ew(fn, "windows-1251")}"')]),
    ], "----=_NextPart_000_0017_01CDD95A.6C2E8A70", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 6, "kultura-pc03.kultura.local", "10.12.4.33", "B7D2A1C0655", helo="KULTURA-PC03"),
        ("From", addr("Управління культури", "kultura@example.gov.ua", "windows-1251")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("ВУ упр. культури 2012", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<001801cdd951$6c2e8a70$44a39f50$@kultura>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac3ZUWoKbfy8WxkIS8i0P7Jc6Y5f+A=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "placeholder", "executor": "rda-mena", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The body only says «у вкладенні»; the bare two-column table in the .docx answers 1 and 9, while 6 «не проводились», 7 «без змін», 10 «+», 12 «-» say nothing.",
       "items": [{"measure": 1, "source": "Мена_ВУ_ІІ_півр.docx"}, {"measure": 9, "source": "Мена_ВУ_ІІ_півр.docx"}]}


@build
def ph03():
    t = kyiv(2013, 12, 11, 9, 3, 44)
    fn = "Мена_ВУ_ІІ_півр.docx"
    root = multi("mixed", [
        text("у вкладенні\n\n-- \nЗ повагою,\n Світлана Іванівна                          mailto:rda-mena@example.gov.ua\n",
             "windows-1251", "8bit"),
        blob(att("ph03.docx"),
             f'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n name="{ew(fn, "windows-1251")}"',
             [("Content-Disposition", f'attachment;\n filename="{ew(fn, "windows-1251")}"')]),
    ], "----------1E3C08A21F4B0D2C")
    return message([
        received(t, 3, "[91.202.146.77]", "91.202.146.77", "E12A4C1D9B0", helo="MENA-OP"),
        ("Date", date_hdr(t)),
        ("From", addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251")),
        ("Reply-To", addr("Менська РДА", "rda-mena@example.gov.ua", "windows-1251")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1087413655.20131211090344@example.gov.ua>"),
        ("To", BOX),
        ("Subject", ew("ВУ Мена", "windows-1251")),
        ("X-Mailer", "The Bat! (v4.0.24) Professional"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "placeholder", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An HTML-only Outlook table with a row for each of the 16 measures, most empty or dashed; only rows 2 and 8 state work, 12 says «не стосується» and 1 and 16 carry a bare «+».",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}


@build
def ph04():
    t = kyiv(2013, 6, 14, 15, 27, 9)
    rows = {1: "+", 2: "інф. щодо програми «Питна вода» подано в рубрику «Хід виконання цільових програм»",
            6: "-", 7: "-", 8: "голову комітету ГР з питань ЖКГ введено до колегії", 9: "без змін",
            12: "не стосується", 16: "+"}
    trs = ['<tr><td width=60 valign=top style=\'border:solid windowtext 1.0pt;padding:0cm 5.4pt\'>'
           '<p class=MsoNormal><b>№<o:p></o:p></b></p></td><td width=520 valign=top style=\'border:solid windowtext 1.0pt;'
           'border-left:none;padding:0cm 5.4pt\'><p class=MsoNormal><b>Інформація<o:p></o:p></b></p></td></tr>']
    for n in range(1, 17):
        cell = esc(rows.get(n, ""))
        trs.append(f"<tr><td width=60 valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt'>"
                   f"<p class=MsoNormal>{n}<o:p></o:p></p></td><td width=520 valign=top style='border-top:none;"
                   "border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;"
                   f"padding:0cm 5.4pt'><p class=MsoNormal>{cell or '<o:p>&nbsp;</o:p>'}"
                   f"{'<o:p></o:p>' if cell else ''}</p></td></tr>")
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
             + "\n".join(trs) + "</table>")
    html = html_outlook("Управління ЖКГ ОДА, ВУ за І півр.:\n", "utf-8",
                        extra_html="\n" + table + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                        "<p class=MsoNormal>Гонча Т.М., 67-21-90<o:p></o:p></p>")
    root = text(html, "utf-8", "base64", "html")
    return message([
        received(t, 5, "exch.zhkh.local", "10.12.9.2", "5F03B2E77A1", helo="EXCH.zhkh.local"),
        ("From", addr("Гонча Тетяна", "zhkh@example.gov.ua")),
        ("To", f'"uvp@cg.ukrtel.net" <{BOX}>'),
        ("Subject", ew("ВУ ЖКГ")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<003c01ce6903$9f1e2a40$dd5a7ec0$@zhkh>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5pA5yPq3KxL3oJRm2r9UuV0cX7EQ=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "placeholder", "executor": "rda-koriukivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A late one-line reply «те саме що і минулого разу» over the quoted overdue reminder only points at an earlier report; the quoted measure list is zvit's own text.",
       "items": []}


@build
def ph05():
    t = kyiv(2013, 12, 17, 8, 12, 55)
    rem = reminder("Корюківська районна державна адміністрація", "15.12.2013", "16.12.2013", RDA_OWES, overdue=True)
    plain = ("те саме що і минулого разу\n\nКорюківка, Литвиненко\n\n"
             "On Mon, 16 Dec 2013 09:00:04 +0200, <uvp@cg.ukrtel.net> wrote:\n\n"
             + wrap(rem, 76, "> ") + "\n\n\n\n-- \nUsing Opera's mail client: http://www.opera.com/mail/")
    root = text(plain, "windows-1251", "8bit", params="; format=flowed; delsp=yes")
    return message([
        received(t, 8, "[178.136.211.9]", "178.136.211.9", "0C9E1F4A233", helo="[192.168.1.15]"),
        ("Date", date_hdr(t)),
        ("To", BOX),
        ("Subject", ew("Re: Нагадування: інформація про виконання плану «Відкритий уряд»", "windows-1251")),
        ("From", addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251")),
        ("Message-ID", "<op.w79x3fhmk2xg5a@koriukivka-op>"),
        ("In-Reply-To", "<zvit.r.2013-12-16.rda-koriukivka@cg.ukrtel.net>"),
        ("User-Agent", "Opera Mail/12.16 (Win32)"),
        ("MIME-Version", "1.0"),
    ], root)

# =========================================================================== 2. bottom_post


def interleave(quoted_text, answers, quoter, marker=lambda n: f"  {n}. "):
    """Quote zvit's text and put each answer right below the quoted line of its measure."""
    out = []
    for line in quoted_text.split("\n"):
        out.append(quoter(line))
        for n, a in answers.items():
            if line.startswith(marker(n)):
                out.append(a)
    return "\n".join(out)


KEY = {"class": "bottom_post", "executor": "rda-varva", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply typed between the quoted items of zvit's reminder as «+ / так / ні / -»; only the answer under item 6 says what was done (two dated consultations).",
       "items": [{"measure": 6, "source": "body"}]}


@build
def bp01():
    t = kyiv(2013, 6, 10, 13, 20, 40)
    rem = reminder("Варвинська районна державна адміністрація", "15.06.2013", "06.06.2013", RDA_OWES)
    answers = {1: "+", 6: "так, 2 - 14.03 бюджет, 23.05 благоустрій", 7: "ні", 9: "так", 10: "-", 12: "ні"}
    body = interleave(rem, answers, lambda l: flowed(l, depth=1))
    plain = "06.06.2013 9:00, uvp@cg.ukrtel.net пише:\n" + body + "\n\n-- \nВарвинська РДА, відділ орг. роботи\n"
    root = text(plain, "utf-8", "8bit", params="; format=flowed")
    return message([
        received(t, 2, "[46.119.33.180]", "46.119.33.180", "8D1E0B55C26", helo="[192.168.0.101]"),
        ("Message-ID", "<51B5A8A8.4000807@example.gov.ua>"),
        ("Date", date_hdr(t)),
        ("From", addr("Варвинська РДА", "rda-varva@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", BOX),
        ("Subject", ew("Re: Нагадування: інформація про виконання плану «Відкритий уряд»")),
        ("References", "<zvit.r.2013-06-06.rda-varva@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.r.2013-06-06.rda-varva@cg.ukrtel.net>"),
    ], root)


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Russian UI) reply written below the quoted receipt with its «От/Отправлено/Кому/Тема» block and no «>»; the quoted recognised item 1 is zvit's, п.9 is new and п.6 only points to an earlier letter.",
       "items": [{"measure": 9, "source": "body"}]}


@build
def bp02():
    t = kyiv(2012, 12, 12, 11, 5, 33)
    rec = receipt("07.12.2012", "ВУ освіта", "Управління освіти і науки облдержадміністрації", 1, "15.12.2012",
                  [(1, "На сайті управління створено розділ «Громадське обговорення»")], [2, 6, 7, 8, 9, 12])
    head = ["От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ",
            "Отправлено: 11 декабря 2012 г. 14:22",
            "Кому: osvita@example.gov.ua",
            "Тема: Підтвердження отримання: ВУ освіта"]
    reply = ("доповнюємо:\nп.9 – проект обл. програми «Обдарована молодь» обговор. з членами ГР 06.12\n"
             "п.6 – див. наш лист від 07.12\n\nКовальчук Л.М.\nУправління освіти і науки ОДА\n77-14-02")
    plain = " \n\n" + "\n".join(head) + "\n\n" + rec + "\n\n" + reply + "\n"
    paras = ["<p class=MsoNormal><span lang=RU><o:p>&nbsp;</o:p></span></p>",
             "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
             "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>От:</span></b>"
             "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> uvp@cg.ukrtel.net "
             "[mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 11 декабря 2012 г. 14:22<br><b>Кому:</b> "
             "osvita@example.gov.ua<br><b>Тема:</b> Підтвердження отримання: ВУ освіта<o:p></o:p></span></p></div></div>",
             "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"]
    paras += ["<p class=MsoNormal>" + (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>") + "</p>" for l in rec.split("\n")]
    paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    paras += ["<p class=MsoNormal><span style='color:#1F497D'>" + (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>")
              + "</span></p>" for l in reply.split("\n")]
    html = html_outlook("", "windows-1251", "Microsoft Word 12 (filtered medium)").replace(
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n</div>", "\n".join(paras) + "\n</div>", 1)
    root = multi("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                 text(html, "windows-1251", "quoted-printable", "html")],
                 "----=_NextPart_000_0009_01CDD855.2F7D6F60", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 7, "mail.osvita.local", "10.12.3.5", "1B6F0E3D0A4", helo="MAIL.osvita.local"),
        ("From", addr("Ковальчук Людмила", "osvita@example.gov.ua", "koi8-r")),
        ("To", f"<{BOX}>"),
        ("References", "<zvit.a.2012-12-11.su-osvita.1@cg.ukrtel.net>"),
        ("In-Reply-To", "<zvit.a.2012-12-11.su-osvita.1@cg.ukrtel.net>"),
        ("Subject", ew("RE: Підтвердження отримання: ВУ освіта", "koi8-u")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<000901cdd84c$2f7d6f60$8e784e20$@osvita>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac3XxCm6rYb1zJpYQfOa9bPkw6R3cgAoQ6Qw"),
        ("Content-Language", "ru"),
    ], root)


KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An iPhone reply to the district's own letter of five minutes before, typed below the quote: it corrects one number for п.6; the quoted list was counted when it came.",
       "items": [{"measure": 6, "source": "body"}]}


@build
def bp03():
    t = kyiv(2013, 12, 12, 10, 19, 2)
    own = ("Носівська РДА за ІІ півр.\nп.1 – оновлено розділ «Регуляторна політика»\n"
           "п.6 – 3 конс. (бюджет-2014, ТПВ, освіта)\nп.7,9 – без змін\nп.12 – не надходили\n\nВідправлено з iPhone")
    plain = ("\n\nВідправлено з iPhone\n\n12 груд. 2013 о 10:14 Носівська РДА <rda-nosivka@example.gov.ua> "
             "написав(ла):\n\n" + quote(own) + "\n\nп.6 – 4 конс., не 3 (ще зустріч з жителями Мрина 05.12)\n")
    body = encode_body(plain, "utf-8", "quoted-printable")
    return message([
        received(t, 3, "[46.211.14.201]", "46.211.14.201", "F50C2D7B18E", helo="[10.84.20.115]"),
        ("Content-Type", "text/plain;\n\tcharset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Subject", ew("Re: ВУ Носівка")),
        ("From", addr("Носівська РДА", "rda-nosivka@example.gov.ua")),
        ("X-Mailer", "iPhone Mail (11B554a)"),
        ("Message-Id", "<7C2E0F1B-33A4-4D8E-9A61-5B0C7E3D1F20@example.gov.ua>"),
        ("Date", date_hdr(t)),
        ("To", BOX),
        ("In-Reply-To", "<9B4D1E22-0C7F-4A55-8E3B-2F61A9D07C44@example.gov.ua>"),
        ("Mime-Version", "1.0 (1.0)"),
    ], Part([], body))


KEY = {"class": "bottom_post", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube answers typed between the quoted lines of zvit's receipt: new text under 2 and 8 states work, «-», «ні» and «див. лист» under 6, 7, 12 do not, and the receipt's quoted items 1 and 9 are zvit's.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}


@build
def bp04():
    t = kyiv(2013, 6, 13, 14, 48, 20)
    rec = receipt("10.06.2013", "ВУ фінуправління", "Головне фінансове управління облдержадміністрації", 2,
                  "15.06.2013", [(1, "Розділ «Бюджет» на сайті оновлюється щотижня"),
                                 (9, "проект рішення про обласний бюджет обговорено з членами Громадської ради 28.05")],
                  [2, 6, 7, 8, 12])
    answers = {2: "рубрика «Виконання місцевих бюджетів» – звіти за І кв. розміщено 24.04",
               6: "-", 7: "див. лист від 10.06",
               8: "голову бюджетного комітету ГР включено до складу колегії (наказ № 41 від 02.04.2013)",
               12: "ні"}
    plain = ("Доповнення:\n\n11.06.2013 09:30, uvp@cg.ukrtel.net писав:\n"
             + interleave(rec, {n: "\n" + a + "\n" for n, a in answers.items()}, lambda l: wrap(l, 76, "> "))
             + "\n\n-- \nЛевченко І.\nГоловне фінансове управління ОДА\n")
    # HTML twin: the receipt in blockquotes, broken where an answer is typed
    blocks, cur = [], []
    for line in rec.split("\n"):
        cur.append(line)
        for n, a in answers.items():
            if line.startswith(f"  {n}. "):
                blocks.append(("q", cur))
                blocks.append(("a", a))
                cur = []
    blocks.append(("q", cur))
    bq = '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
         '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>',
         "<p>Доповнення:</p>", "<p>11.06.2013 09:30, uvp@cg.ukrtel.net писав:</p>"]
    for kind, v in blocks:
        if kind == "q":
            h.append(bq + "<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n<pre>"
                     + esc("\n".join(v)) + "</pre></blockquote>")
        else:
            h.append(f"<p>{esc(v)}</p>")
    h.append("<div>-- <br />Левченко І.<br />Головне фінансове управління ОДА</div></body></html>")
    html = "\n".join(h)
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable", params="; format=flowed"),
                                 text(html, "utf-8", "quoted-printable", "html")],
                 "=_9c5e1f7b2a04d63e8f1a0b2c3d4e5f60")
    return message([
        received(t, 2, "webmail.finansy.example.gov.ua", "193.84.72.30", "7AB31C0E4D2"),
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(t)),
        ("From", addr("Левченко І.", "finansy@example.gov.ua")),
        ("To", BOX),
        ("Subject", ew("Re: Підтвердження отримання: ВУ фінуправління")),
        ("In-Reply-To", "<zvit.a.2013-06-11.su-finansy.1@cg.ukrtel.net>"),
        ("References", "<zvit.a.2013-06-11.su-finansy.1@cg.ukrtel.net>"),
        ("Message-ID", "<4f7a0c1e29b3d8a6e5c1f0b7a2d93e41@webmail.finansy.example.gov.ua>"),
        ("X-Sender", "finansy@example.gov.ua"),
        ("User-Agent", "Roundcube Webmail/0.9.1"),
    ], root)


KEY = {"class": "bottom_post", "executor": "rda-talalaivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A late Outlook Express reply below the «> »-quoted overdue reminder: п.1 states work, «по 6,7,9 - виконано» is a tick in words for a list and «інше без змін» a placeholder.",
       "items": [{"measure": 1, "source": "body"}]}


@build
def bp05():
    t = kyiv(2012, 12, 17, 9, 37, 12)
    rem = reminder("Талалаївська районна державна адміністрація", "15.12.2012", "16.12.2012", RDA_OWES, overdue=True)
    plain = ("\n----- Original Message ----- \nFrom: <uvp@cg.ukrtel.net>\nTo: <rda-talalaivka@example.gov.ua>\n"
             "Sent: Sunday, December 16, 2012 9:00 AM\n"
             "Subject: Нагадування: інформація про виконання плану «Відкритий уряд»\n\n\n"
             + wrap(rem, 76, "> ") + "\n\n"
             "п.1 – на сайті РДА створено розділ «Відкритий уряд» (19.11)\n"
             "по 6,7,9 - виконано, інше без змін\n\nТалалаївська РДА\n")
    root = text(plain, "windows-1251", "8bit", params="")
    root.headers[0] = ("Content-Type", 'text/plain;\n\tcharset="windows-1251"')
    return message([
        received(t, 11, "talal-rda", "91.204.88.6", "C4A0E7B15F3", helo="talal-rda"),
        ("Message-ID", "<000a01cddc2d$7e1f3b40$0200a8c0@talalrda>"),
        ("From", addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "windows-1251")),
        ("To", f"<{BOX}>"),
        ("References", "<zvit.r.2012-12-16.rda-talalaivka@cg.ukrtel.net>"),
        ("Subject", ew("Re: Нагадування: інформація про виконання плану «Відкритий уряд»", "windows-1251")),
        ("Date", date_hdr(t)),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)

# =========================================================================== 3. not_report

KEY = {"class": "not_report", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A one-line phone question whether to report on пп. 11 and 13; its premise «у нас таких заходів не було» sits inside the question and reports nothing.",
       "items": []}


@build
def nr01():
    t = kyiv(2013, 6, 7, 12, 2, 41)
    plain = ("Добрий день. чи потрібно подавати інформацію щодо п.11 і 13? у нас таких заходів не було.\n"
             "Бахмацька РДА, Оксана\n-- \nНадіслано з мого Android-пристрою з K-9 Mail.\n")
    return message([
        received(t, 5, "[176.37.120.88]", "176.37.120.88", "2E7F0A6C1B9", helo="localhost"),
        ("User-Agent", "K-9 Mail for Android"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain;\n charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Subject", ew("питання")),
        ("From", addr("Оксана", "rda-bakhmach@example.gov.ua")),
        ("Date", date_hdr(t)),
        ("To", BOX),
        ("Message-ID", "<e3b1f0a2-7c4d-4b8e-9f21-6a0d5c3e8b17@email.android.com>"),
    ], Part([], encode_body(plain, "utf-8", "8bit")))


KEY = {"class": "not_report", "executor": "su-apk", "period": 3, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "A two-line request to extend the term to 20.12 because the clerk responsible is on sick leave; nothing is reported.",
       "items": []}


@build
def nr02():
    t = kyiv(2013, 12, 13, 17, 55, 3)
    plain = ("Прошу продовжити термін подання інф. по ВУ до 20.12 (відповідальна за інф. на лікарняному).\n\n"
             "З пов.,\nО. Гребінь\nзаст. нач. відділу ГУ агропромислового розвитку ОДА\n67-11-58\n")
    root = multi("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                 text(html_outlook(plain), "windows-1251", "quoted-printable", "html")],
                 "----=_NextPart_000_0031_01CEF82B.1D0E6A30", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 4, "exch.apk.local", "10.12.7.4", "96CC0F1E3A5", helo="EXCH.apk.local"),
        ("From", addr("Гребінь Олена", "apk@example.gov.ua", "windows-1251")),
        ("To", BOX),
        ("Subject", ew("ВУ – продовж. терміну", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<003101cef81a$1d0e6a30$572b3e90$@apk>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac74Ght6hJkQ0W3kT9qL8m2Dc1v0aA=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An Outlook meeting request (text/calendar, METHOD:REQUEST) inviting deputy heads to a seminar under п.13 to come; an invitation reports nothing.",
       "items": []}


@build
def nr03():
    t = kyiv(2013, 2, 6, 10, 30, 12)
    when = ("Коли: 14 лютого 2013 р. 10:00-13:00 (GMT+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс.\n"
            "Де: ЦППК, ауд. 21\n\n"
            "Примітка. Вказано зсув за GMT без урахування коригувань для переходу на літній час.\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n")
    note = ("Запрошуємо заст. керівників СП ОДА, відп. за конс. з громадськістю, на навч. семінар (п.13 плану ВУ). "
            "Просимо підтвердити участь до 12.02.\nЦППК, 67-50-12")
    plain = when + note + "\n"
    html = html_outlook(plain, "utf-8", "Microsoft Word 12 (filtered medium)")
    desc = (when + note).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    ics_lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
        "BEGIN:STANDARD", "DTSTART:16011028T040000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT",
        "ATTENDEE;CN=uvp@cg.ukrtel.net;RSVP=TRUE:mailto:uvp@cg.ukrtel.net",
        "CLASS:PUBLIC", "CREATED:20130206T083012Z", "DESCRIPTION:" + desc,
        'DTEND;TZID="FLE Standard Time":20130214T130000', "DTSTAMP:20130206T083012Z",
        'DTSTART;TZID="FLE Standard Time":20130214T100000', "LAST-MODIFIED:20130206T083012Z",
        "LOCATION:ЦППК\\, ауд. 21", 'ORGANIZER;CN="ЦППК":mailto:cppk@example.gov.ua', "PRIORITY:5",
        "SEQUENCE:0", "SUMMARY;LANGUAGE=uk:Семінар для заст. керівників СП (п.13 ВУ)", "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000C0F3A2E25404CE01000000000000000010000000A3B9E1F0C2D4E54B9F0A1C2D3E4F5061",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in ics_lines:          # fold at 75 octets as RFC 5545 asks
        raw = line.encode()
        first = True
        while raw:
            cut = 75 if first else 74
            if len(raw) <= cut:
                piece, raw = raw, b""
            else:
                c = cut
                while (raw[c] & 0xC0) == 0x80:
                    c -= 1
                piece, raw = raw[:c], raw[c:]
            folded.append((b"" if first else b" ") + piece)
            first = False
    ics = b"\r\n".join(folded) + b"\r\n"
    cal = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                ("Content-Transfer-Encoding", "base64")], b64lines(ics))
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable"),
                                 text(html, "utf-8", "quoted-printable", "html"), cal],
                 "----=_NextPart_000_0012_01CE0452.6B1F0E20", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 9, "cppk-srv.cppk.local", "10.12.11.3", "0DE4B7A2C18", helo="CPPKSRV"),
        ("From", addr("ЦППК", "cppk@example.gov.ua")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("Семінар для заст. керівників СП (п.13 ВУ)")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<001201ce0441$6b1f0e20$415d2a60$@cppk>"),
        ("MIME-Version", "1.0"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac4EPWqWc7u1pTq0RDKc0pKjyv9v2w=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "not_report", "executor": "rda-shchors", "period": 2, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "«дякуємо, отримали» above The Bat!'s quote of zvit's receipt, whose recognised items 1, 6 and 9 are zvit's words, not the district's.",
       "items": []}


@build
def nr04():
    t = kyiv(2013, 6, 14, 16, 40, 10)
    rec = receipt("14.06.2013", "ВУ Щорс", "Щорська районна державна адміністрація", 2, "15.06.2013",
                  [(1, "На сайті РДА оновлено розділ «Регуляторна діяльність»"),
                   (6, "проведено 2 консультації (бюджет, освітній округ)"),
                   (9, "проект програми розвитку культури обговорено з членами громадської ради")], [7, 10, 12])
    plain = ("Здрастуйте, uvp.\n\nдякуємо, отримали.\n\n-- \nЩорська РДА, загальний відділ\n\n"
             "Ви писали 14 червня 2013 р., 16:31:09:\n\n" + wrap(rec, 76, "> ") + "\n")
    root = text(plain, "windows-1251", "8bit")
    return message([
        received(t, 3, "[195.24.154.60]", "195.24.154.60", "B03E5A1F7C6", helo="SHCHORS-ZV"),
        ("Date", date_hdr(t)),
        ("From", addr("Щорська РДА", "rda-shchors@example.gov.ua", "koi8-u")),
        ("Reply-To", addr("Щорська РДА", "rda-shchors@example.gov.ua", "koi8-u")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<418223905.20130614164010@example.gov.ua>"),
        ("To", BOX),
        ("Subject", ew("Re: Підтвердження отримання: ВУ Щорс", "koi8-u")),
        ("In-Reply-To", "<zvit.a.2013-06-14.rda-shchors.1@cg.ukrtel.net>"),
        ("References", "<zvit.a.2013-06-14.rda-shchors.1@cg.ukrtel.net>"),
        ("X-Mailer", "The Bat! (v4.2.10) Home"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "A one-line promise that information on пп. 1, 6, 7, 9, 12 will come by 16.12 because it is awaiting the head's signature; the list is no answer.",
       "items": []}


@build
def nr05():
    t = kyiv(2013, 12, 12, 15, 14, 44)
    plain = ("Інформація по пп. 1, 6, 7, 9, 12 буде до 16.12, зараз на підписі у начальника.\n\n"
             "О. Литвин\nуправління екології та природних ресурсів ОДА\n")
    return message([
        received(t, 6, "[95.67.12.140]", "95.67.12.140", "4C21E90BD75", helo="[192.168.1.34]"),
        ("From", addr("Литвин Ольга", "ekolohiia@example.gov.ua")),
        ("Content-Type", "text/plain;\n\tcharset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Subject", ew("ВУ екологія")),
        ("Message-Id", "<A9D3E2F1-6B0C-4E57-8D12-3F4A5B6C7D8E@example.gov.ua>"),
        ("Date", date_hdr(t)),
        ("To", BOX),
        ("Mime-Version", "1.0 (Mac OS X Mail 6.6 \\(1510\\))"),
        ("X-Mailer", "Apple Mail (2.1510)"),
    ], Part([], encode_body(plain, "utf-8", "quoted-printable")))

# =========================================================================== 4. ranges

KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "«пп. 6-9» answered as one block (a council sitting with a draft programme and members in commissions) counts 6, 7, 8 and 9 although 8 is not the district's; the subject repeats the numbers, dates and counts sit next to them and «п.12 – не проводились» is bare.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@build
def rg01():
    t = kyiv(2012, 12, 10, 14, 22, 5)
    plain = ("Городнянська РДА\n\n"
             "п.1 – на сайті РДА розміщ. 38 розпоряджень, оновл. контакти\n"
             "пп. 6-9 – 23.11.2012 засідання ГР при РДА: обговор. проекту програми соц.-ек. розвитку на 2013 р., "
             "3 члени ГР – у складі комісій РДА\n"
             "п.12 – не проводились\n\nГол. спец. Мельник Н.\n")
    root = text(wrap(plain, 76), "windows-1251", "quoted-printable")
    root.headers[0] = ("Content-Type", 'text/plain;\n\tcharset="windows-1251"')
    return message([
        received(t, 6, "horodnia-rda", "91.207.60.18", "D29A41C7E08", helo="horodnia-rda"),
        ("Message-ID", "<001c01cdd6d8$4b0f5e20$6400a8c0@horodnia>"),
        ("From", addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "windows-1251")),
        ("To", f'"uvp" <{BOX}>'),
        ("Subject", ew("ВУ Городня п.1, 6-9, 12", "windows-1251")),
        ("Date", date_hdr(t)),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ], root)


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The body is «у вкладенні» and the subject carries the numbers; the sheet's number cells hold «1–2» and «6–9», each answered as one block, so all six measures count, and 12 «-», 16 «надано» do not.",
       "items": [{"measure": 1, "source": "соцзахист_ВУ_I_півр_2013.xlsx"},
                 {"measure": 2, "source": "соцзахист_ВУ_I_півр_2013.xlsx"},
                 {"measure": 6, "source": "соцзахист_ВУ_I_півр_2013.xlsx"},
                 {"measure": 7, "source": "соцзахист_ВУ_I_півр_2013.xlsx"},
                 {"measure": 8, "source": "соцзахист_ВУ_I_півр_2013.xlsx"},
                 {"measure": 9, "source": "соцзахист_ВУ_I_півр_2013.xlsx"}]}


@build
def rg02():
    t = kyiv(2013, 6, 11, 11, 12, 50)
    fn = "соцзахист_ВУ_I_півр_2013.xlsx"
    root = multi("mixed", [
        text(flowed("у вкладенні\n\n-- \nВ. Гордієнко, упр. праці та соцзахисту ОДА, 67-33-05"), "utf-8", "8bit",
             params="; format=flowed"),
        Part([("Content-Type", f"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\n {p2231('name', fn)}"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", f"attachment;\n {p2231('filename', fn)}")], b64lines(att("rg02.xlsx"))),
    ], "------------030609020108070504030201", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 2, "mail.sotszakhyst.example.gov.ua", "193.84.72.51", "61E0FC3A9B2"),
        ("Message-ID", "<51B6DA72.9010504@example.gov.ua>"),
        ("Date", date_hdr(t)),
        ("From", addr("Гордієнко Валентина", "sotszakhyst@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
        ("MIME-Version", "1.0"),
        ("To", BOX),
        ("Subject", ew("ВУ соцзахист: 1–2, 6–9 викон., 12 –")),
    ], root)


KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian-Ukrainian surzhyk with lists «по пунктам 1 и 6» and «пункты 7 і 9», each answered as one block; «10, 12 – без изменений» is a placeholder and the dates beside them are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@build
def rg03():
    t = kyiv(2013, 12, 9, 13, 36, 27)
    plain = ("по пунктам 1 и 6 - сайт обновлен (новый раздел \"Бюджет-2014\"), 2 общ. слушания (бюджет, тарифы "
             "на воду)\n"
             "пункты 7 і 9 - члены ОС включены в состав комиссии по тарифам, проект бюджета обговорили на засед. ОС "
             "28.11\n"
             "10, 12 - без изменений\n\nИчнянская РГА, Петренко\n\n-- \n"
             "Создано в почтовом клиенте браузера Opera: http://www.opera.com/mail/\n")
    root = text(wrap(plain, 76), "koi8-u", "8bit", params="; format=flowed; delsp=yes")
    return message([
        received(t, 5, "[91.196.7.42]", "91.196.7.42", "8F2B6D0E1A3", helo="[192.168.0.12]"),
        ("Date", date_hdr(t)),
        ("To", BOX),
        ("Subject", ew("Ичня ВУ", "koi8-u")),
        ("From", addr("Ичнянская РГА", "rda-ichnia@example.gov.ua", "koi8-u")),
        ("Message-ID", "<op.w7sd8ykqz0l3vn@ichnia-rda>"),
        ("User-Agent", "Opera Mail/12.16 (Win32)"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A document-flow script's letter with an outgoing number and a date range «з 01.06 по 13.12.2013» above «пп. 6–9» answered as one block; «п. 12» states an expert review with a draft's number and «п. 1 – без змін» says nothing.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@build
def rg04():
    t = kyiv(2013, 12, 13, 10, 2, 15)
    plain = ("Козелецька районна державна адміністрація\nвих. № 01-09/1873 від 13.12.2013\n\n"
             "Інформація щодо виконання плану ВУ за період з 01.06 по 13.12.2013:\n"
             "пп. 6–9 – 2 громадські слухання (бюджет-2014, реорганізація ЦРЛ), 4 члени ГР – у складі 2 дорадчих "
             "органів РДА\n"
             "п. 12 – 1 антикор. експертиза (проект розп. № 312), пропозиції ГО враховано\n"
             "п. 1 – без змін\n\nЗаступник голови РДА О.М. Бондар\n\n"
             "Надіслано із системи електронного документообігу Козелецької РДА\n")
    root = text(wrap(plain, 78), "windows-1251", "8bit")
    return message([
        received(t, 3, "sed.kozelets.local", "10.20.1.7", "A5F08B3C6D1", helo="SED"),
        ("Thread-Topic", ew("ВУ Козелець", "windows-1251")),
        ("thread-index", "Ac74A7ZkP1a0Qn2mS8q3xT5vJ1w9cw=="),
        ("From", addr("", "rda-kozelets@example.gov.ua")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("ВУ Козелець", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<SEDKOZ0000000a41b@sed.kozelets.local>"),
        ("MIME-Version", "1.0"),
        ("Content-Class", "urn:content-classes:message"),
        ("Importance", "normal"),
        ("Priority", "normal"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4913"),
        ("X-Mailer", "Microsoft CDO for Windows 2000"),
    ], root)


KEY = {"class": "ranges", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own terse report from its registered box: «пп. 3-5» and «п.п. 13, 14» answered as blocks count every measure in them (3, 14 are past their terms), beside counts like «1 046» and «61 особа».",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}, {"measure": 5, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}


@build
def rg05():
    t = kyiv(2013, 6, 14, 12, 30, 48)
    plain = ("Інформація УВП за І півр. 2013 (власні пункти):\n"
             "пп. 3-5 – «Чернігівська громада» і форум працюють (форум з 11.02, 412 учасн.), к-сть дзвінків на "
             "гарячу лінію голови ОДА – 1 046\n"
             "п.п. 13, 14 – 2 семінари (14.02, 27.02, 61 особа), посібник «Консультації з громадськістю» "
             "(300 прим.) розіслано в РДА і СП\n"
             "п.11 – день відкр. дверей 18.04 (студенти ЧНПУ, 3 ЗМІ)\n"
             "п.10 – рекомендації щодо роб. груп з відкритості надіслано ГР при 22 РДА\n\n"
             "Сергієнко М., гол. спец. УВП\n")
    root = multi("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                 text(html_outlook(plain), "windows-1251", "quoted-printable", "html")],
                 "----=_NextPart_000_0044_01CE68F4.2C71B1A0", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 4, "pc-uvp07.oda.local", "10.12.1.47", "3EB9F12C0A7", helo="PCUVP07"),
        ("From", addr("Сергієнко Марина", "uvp-info@example.gov.ua", "windows-1251")),
        ("To", BOX),
        ("Subject", ew("ВУ – УВП", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<004401ce68e3$2c71b1a0$8554b4e0$@uvp-info>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac5o4yhbhK1wXv1bR0a0cQm6g9kqhg=="),
        ("Content-Language", "uk"),
    ], root)

# =========================================================================== 5. prose

KEY = {"class": "prose", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Three sentences from a phone with no plan numbers: consultations with young people (6), the site's section renewed (1) and «Громадських експертиз не було», which names 12's subject by the plan's word.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}


@build
def pr01():
    t = kyiv(2013, 6, 5, 19, 2, 33)
    plain = ("Добрий вечір. За півріччя провели 2 консультації з молоддю щодо проекту програми «Молодь "
             "Чернігівщини 2013-2017», на сайті управління оновили розділ «Публічна інформація». Громадських "
             "експертиз не було.\n\nНадіслано з планшета\n")
    return message([
        received(t, 7, "[37.73.160.21]", "37.73.160.21", "1F9E3B0C7D4", helo="localhost"),
        ("MIME-Version", "1.0"),
        ("Subject", ew("ВУ сім'я молодь спорт")),
        ("From", addr("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua")),
        ("To", BOX),
        ("Date", date_hdr(t)),
        ("Message-ID", "<d1k9x7q2m0tn4b8c3v5r6s1a.1370448153472@email.android.com>"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "base64"),
    ], Part([], encode_body(plain, "utf-8", "base64")))


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A short .odt certificate in prose: the site (1), a draft discussed with council members (9), an NGO's man taken into a commission (7) — whose name «експертно-перевірна» is an archive's appraisal board, not 12's expert review.",
       "items": [{"measure": 1, "source": "довідка_ВУ_архів.odt"}, {"measure": 7, "source": "довідка_ВУ_архів.odt"},
                 {"measure": 9, "source": "довідка_ВУ_архів.odt"}]}


@build
def pr02():
    t = kyiv(2012, 12, 7, 10, 45, 12)
    fn = "довідка_ВУ_архів.odt"
    root = multi("mixed", [
        text(flowed("Довідка у вкладенні.\n\n-- \nДержархів Чернігівської обл., відділ ДСД"), "utf-8", "8bit",
             params="; format=flowed"),
        Part([("Content-Type", f"application/vnd.oasis.opendocument.text;\n {p2231('name', fn)}"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", f"attachment;\n {p2231('filename', fn)}")], b64lines(att("pr02.odt"))),
    ], "------------080705030402060904070102", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 3, "[194.44.160.117]", "194.44.160.117", "C70B2E4F19A", helo="[10.0.0.23]"),
        ("Message-ID", "<50C1ACF8.6030907@example.gov.ua>"),
        ("Date", date_hdr(t)),
        ("From", addr("Держархів", "arkhiv@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"),
        ("MIME-Version", "1.0"),
        ("To", BOX),
        ("Subject", ew("ВУ архів")),
    ], root)


KEY = {"class": "prose", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A PDF of four short paragraphs without numbers: meetings with residents (6), council members in a commission (7), the draft budget discussed by the council (9); the site is only where materials were published.",
       "items": [{"measure": 6, "source": "Ripky_VU_2013.pdf"}, {"measure": 7, "source": "Ripky_VU_2013.pdf"},
                 {"measure": 9, "source": "Ripky_VU_2013.pdf"}]}


@build
def pr03():
    t = kyiv(2013, 12, 6, 15, 20, 48)
    plain = "Надсилаємо інф. щодо ВУ (PDF).\n\nРіпкинська РДА\n"
    body = multi("alternative", [text(plain, "koi8-u", "quoted-printable"),
                                 text(html_outlook(plain, "koi8-u", "Microsoft Word 12 (filtered medium)"),
                                      "koi8-u", "quoted-printable", "html")],
                 "----=_NextPart_001_0020_01CEF2A8.5E3F4C10")
    root = multi("mixed", [body, blob(att("pr03.pdf"), 'application/pdf;\n\tname="Ripky_VU_2013.pdf"',
                                      [("Content-Disposition", 'attachment;\n\tfilename="Ripky_VU_2013.pdf"')])],
                 "----=_NextPart_000_001F_01CEF2A8.5E3F4C10", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 8, "ripky-rda-pc1", "91.223.9.66", "5E8C1A0B3F2", helo="RIPKY-RDA-PC1"),
        ("From", addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "koi8-u")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("ВУ Ріпки", "koi8-u")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<002001cef297$5e3f4c10$1abee430$@ripky>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac7yl1qZ3b8Y2wGHQLGcV0i3fL5sAw=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "prose", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The Public Council's three terse sentences: the web resource launched (3) and the public discussion of the plan held (15) count; «Форум – в розробці» only says work is in hand.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 15, "source": "body"}]}


@build
def pr04():
    t = kyiv(2012, 12, 14, 18, 20, 31)
    plain = ("Громадська рада при ОДА коротко: веб-ресурс «Чернігівська громада» запущено 05.11, модератори – "
             "3 члени ради. Форум – в розробці. Громадське обговорення виконання плану заходів провели 28.11 в ОДА, "
             "40 учасників.\n\nСекретар ГР Н. Олійник\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n<p>"
            + esc(plain.split("\n")[0]) + "</p>\n<p>Секретар ГР Н. Олійник</p>\n</body></html>")
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable", params="; format=flowed"),
                                 text(html, "utf-8", "quoted-printable", "html")], "=_a7c3e0f19b2d48e6c5f1a0b9d8e7c6f5")
    return message([
        received(t, 2, "webmail.gromrada.example.gov.ua", "193.84.72.77", "E4D7A90C2B1"),
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(t)),
        ("From", addr("Громадська рада", "gromrada@example.gov.ua")),
        ("To", BOX),
        ("Subject", ew("ГР – ВУ")),
        ("Message-ID", "<b2e8c1d7f04a9e3b6c5d2a1f0e9b8c7d@webmail.gromrada.example.gov.ua>"),
        ("X-Sender", "gromrada@example.gov.ua"),
        ("User-Agent", "Roundcube Webmail/0.8.4"),
    ], root)


KEY = {"class": "prose", "executor": "su-zdorovia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A late cover line about the department's own medicines hotline (not the head's hotline of 5) above a Word 97 paragraph naming a collegium member (8), two consultations (6) and a site section (1).",
       "items": [{"measure": 1, "source": "ВУ_охорона здоров'я.doc"}, {"measure": 6, "source": "ВУ_охорона здоров'я.doc"},
                 {"measure": 8, "source": "ВУ_охорона здоров'я.doc"}]}


@build
def pr05():
    t = kyiv(2013, 6, 17, 9, 12, 40)
    fn = "ВУ_охорона здоров'я.doc"
    plain = ("Інф. у вкладенні. Гаряча лінія управління з питань забезпечення ліками працює щодня 8:00-17:00, "
             "тел. 67-44-10.\n\nБабич О.П.\n")
    root = multi("mixed", [
        text(wrap(plain, 76), "windows-1251", "quoted-printable"),
        blob(att("pr05.doc"), f'application/msword;\n\tname="{ew(fn, "windows-1251", "Q")}"',
             [("Content-Disposition", f'attachment;\n\tfilename="{ew(fn, "windows-1251", "Q")}"')]),
    ], "----=_NextPart_000_000B_01CE6B35.4A2C7E10", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 5, "zdorovia-pc12", "10.12.5.112", "9A3E2D0F1C8", helo="ZDOROVIA-PC12"),
        ("From", addr("Бабич Оксана", "zdorovia@example.gov.ua", "windows-1251")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("ВУ охорона здоров'я (із запізн.)", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<000b01ce6b24$4a2c7e10$de857a30$@zdorovia>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 11"),
        ("Thread-Index", "Ac5rJEgHqzX0oCXZRXmW3kq1cB0z1w=="),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)

# =========================================================================== 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter numbers its own three lines «1. Сайт», «2. Консультації», «3. Експертизи»: they are measures 1, 6 and 12 by subject, not 1, 2 and 3; «№ 214» is a draft's number.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}


@build
def fn01():
    t = kyiv(2012, 12, 11, 16, 3, 27)
    plain = ("На ваш запит:\n1. Сайт – оновлено розділ «Регуляторна діяльність».\n"
             "2. Консультації – 2 (прогноз СЕР-2013, проект регуляторного акту щодо ринків).\n"
             "3. Експертизи – 1 антикор. (проект розп. № 214).\n\nЮрченко, 67-30-18\n")
    root = multi("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                 text(html_outlook(plain), "windows-1251", "quoted-printable", "html")],
                 "----=_NextPart_000_0015_01CDD7D1.8F2A6B30", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 3, "exch.ekonomika.local", "10.12.2.8", "6B1D0E9F2C4", helo="EXCH.ekonomika.local"),
        ("From", addr("Юрченко Віктор", "ekonomika@example.gov.ua", "windows-1251")),
        ("To", BOX),
        ("Subject", ew("ВУ ГУ економіки", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<001501cdd7c0$8f2a6b30$ad7f4190$@ekonomika>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3XwIr0m4yNwJ8hR1y3bZ0v2gPq5Q=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A sheet with a running «№ з/п» column (1–6) beside the real plan-number column; by the plan column rows 1, 6 and 9 state work and 7, 10, 12 are «-», «без змін», «немає».",
       "items": [{"measure": 1, "source": "Прилуки_ВУ.xls"}, {"measure": 6, "source": "Прилуки_ВУ.xls"},
                 {"measure": 9, "source": "Прилуки_ВУ.xls"}]}


@build
def fn02():
    t = kyiv(2013, 6, 13, 10, 27, 59)
    fn = "Прилуки_ВУ.xls"
    root = multi("mixed", [
        text("таблиця у вкладенні\n\n-- \nЗ повагою,\n Прилуцька РДА, Бондаренко Т.\n", "windows-1251",
             "quoted-printable"),
        blob(att("fn02.xls"), f'application/vnd.ms-excel;\n name="{ew(fn, "windows-1251")}"',
             [("Content-Disposition", f'attachment;\n filename="{ew(fn, "windows-1251")}"')]),
    ], "----------0A1B2C3D4E5F6071")
    return message([
        received(t, 4, "[91.200.44.5]", "91.200.44.5", "27F5C0E8A1D", helo="PRYLUKY-ORG"),
        ("Date", date_hdr(t)),
        ("From", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251")),
        ("Reply-To", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<1925533040.20130613102759@example.gov.ua>"),
        ("To", BOX),
        ("Subject", ew("ВУ Прилуцька РДА", "windows-1251")),
        ("X-Mailer", "The Bat! (v4.0.24) Professional"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Lines numbered by the department's own plan («2.1», «2.3», «3.2») with no oblast numbers: by subject they are a consultation (6), the collegium (8) and the site's news (1).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}


@build
def fn03():
    t = kyiv(2013, 12, 10, 11, 41, 6)
    plain = ("ВУ, упр. капбуду. По нашому плану (розд. 2, 3):\n"
             "2.1 - 1 конс. щодо титулу будов на 2014 р.\n"
             "2.3 - до складу колегії введено голову комітету ГР з питань будівництва\n"
             "3.2 - на сайті 12 новин, оновл. перелік об'єктів\n\n"
             "-- \nСидоренко В., упр. капітального будівництва ОДА\n")
    root = text(flowed(plain), "koi8-u", "quoted-printable", params="; format=flowed")
    return message([
        received(t, 2, "mail.kapbud.example.gov.ua", "193.84.72.64", "D8A2F41B0E7"),
        ("Message-ID", "<52A6E29E.3040108@example.gov.ua>"),
        ("Date", date_hdr(t)),
        ("From", addr("Сидоренко Василь", "kapbud@example.gov.ua", "koi8-u")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
        ("MIME-Version", "1.0"),
        ("To", BOX),
        ("Subject", ew("ВУ капбуд", "koi8-u")),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A late letter with an outgoing number whose answers under «п. 6» and «п. 9» are split into sub-items «а)», «б)», «1)», «2)» with counts and dates; «п. 12 – не надходили» is a bare negation.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@build
def fn04():
    t = kyiv(2012, 12, 18, 11, 30, 12)
    plain = ("Семенівська РДА, вих. № 03-11/889 від 17.12.2012\n\n"
             "п. 6:\n а) 3 громадські слухання (бюджет, мережа ФАПів, тарифи);\n б) 2 опитування на сайті.\n"
             "п. 9:\n 1) проект програми розвитку с/г – 2 члени ГР у роб. групі;\n"
             " 2) проект бюджету на 2013 р. – засідання ГР за участі ОМС 07.12.\n"
             "п. 12 – не надходили.\n\nвибачте за затримку\nЗеленська\n")
    root = text(wrap(plain, 76), "windows-1251", "quoted-printable")
    root.headers[0] = ("Content-Type", 'text/plain;\n\tformat=flowed;\n\tcharset="windows-1251";\n\treply-type=original')
    return message([
        received(t, 9, "semen-rda", "91.207.61.140", "4B7E0C2D91F", helo="semen-rda"),
        ("Message-ID", "<003a01cddcef$1c3d5e70$0a01a8c0@semenrda>"),
        ("From", addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "windows-1251")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("ВУ Семенівка", "windows-1251")),
        ("Date", date_hdr(t)),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "foreign_numbers", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "One item, п.5, broken into sub-items «1)», «2)», «3)» holding counts (1 218 calls, 94 %, 12 visiting receptions): «3) 12» is neither measure 3 nor 12.",
       "items": [{"measure": 5, "source": "body"}]}


@build
def fn05():
    t = kyiv(2013, 12, 9, 14, 5, 33)
    plain = ("Відділ роботи із зверненнями громадян, п.5 за ІІ півр.:\n"
             "1) к-сть дзвінків на гарячу лінію голови ОДА – 1 218;\n"
             "2) 94% вирішено позитивно або роз'яснено;\n"
             "3) 12 виїзних прийомів у районах.\n\nКравченко Н.\n")
    root = multi("alternative", [text(plain, "utf-8", "quoted-printable"),
                                 text(html_outlook(plain, "utf-8", "Microsoft Word 12 (filtered medium)"),
                                      "utf-8", "quoted-printable", "html")],
                 "----=_NextPart_000_0008_01CEF4E6.7A0B9C20", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 5, "zv-pc2.oda.local", "10.12.1.82", "0F6C3B9E2A8", helo="ZVPC2"),
        ("From", addr("Кравченко Наталія", "zvernennia@example.gov.ua")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("ВУ п.5")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<000801cef4d5$7a0b9c20$6e21d460$@zvernennia>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac701XYx7bEJpLxAQT2q9v1M3cRk0g=="),
        ("Content-Language", "uk"),
    ], root)

# =========================================================================== 7. personal_address

KEY = {"class": "personal_address", "executor": "rda-bobrovytsia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent in the evening from a private Gmail box addressed to УВП; the district is named in the body and in the genitive signature; «сайт +» is a tick, 6 and 10 state work.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}


@build
def pa01():
    t = kyiv(2013, 6, 14, 21, 48, 10)
    plain = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\n"
             "Бобровицька РДА:\nп.1 – сайт +\nп.6 – 2 конс. (бюджет, укрупнення шкіл)\n"
             "п.10 – при ГР створено роб. групу з питань відкритості (5 осіб)\n\n"
             "Гриценко Н., гол. спец. відділу орг. роботи апарату Бобровицької райдержадміністрації\n")
    html = html_div(plain.rstrip("\n"))
    root = multi("alternative", [
        Part([("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "base64")],
             encode_body(plain, "utf-8", "base64")),
        Part([("Content-Type", "text/html; charset=UTF-8"), ("Content-Transfer-Encoding", "base64")],
             encode_body(html, "utf-8", "base64"))], "047d7b5d8c3a1f2e6b04df2a1c9e")
    return message([
        received(t, 1, "mail-ee0-f54.google.com", "74.125.83.54", "2C0A9F6E3B1"),
        ("MIME-Version", "1.0"),
        ("X-Received", "by 10.180.103.66 with SMTP id fu2mr4128317wib.12.1371235690554;\n Fri, 14 Jun 2013 "
                       "11:48:10 -0700 (PDT)"),
        ("Received", "by 10.194.56.100 with HTTP; Fri, 14 Jun 2013 11:48:10 -0700 (PDT)"),
        ("Date", date_hdr(t)),
        ("Message-ID", "<CAF7Q2nd8kX0vR1yL3pZcE5uT9wB4hS6mJ2aGfD0o1iN7qUe3Kw@mail.gmail.com>"),
        ("Subject", ew("інф. ВУ Бобровиця")),
        ("From", addr("Наталія Гриценко", "n.hrytsenko.bobr@gmail.com")),
        ("To", BOX),
    ], root)


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From a private ukr.net box with «Для УВП ОДА» at the top; the office is named only in the signature («управління містобудування та архітектури облдержадміністрації»); two one-line answers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}


@build
def pa02():
    t = kyiv(2013, 12, 12, 13, 17, 42)
    plain = ("Для УВП ОДА.\nп.1 – на сайті розміщ. генплани 3 міст\n"
             "п.9 – ДПТ центру м. Ніжина обговор. з членами ГР 15.10\n\n"
             "О. Ткачук, управління містобудування та архітектури облдержадміністрації\n")
    html = "<html><body>" + html_div(plain.rstrip("\n"), "<div>", "</div>") + "</body></html>"
    root = multi("alternative", [
        Part([("Content-Type", "text/plain; charset=\"utf-8\""), ("Content-Transfer-Encoding", "base64")],
             encode_body(plain, "utf-8", "base64")),
        Part([("Content-Type", "text/html; charset=\"utf-8\""), ("Content-Transfer-Encoding", "base64")],
             encode_body(html, "utf-8", "base64"))], "1386847062.1F3a0E9C.26519")
    return message([
        received(t, 2, "frv49.fwdcdn.com", "212.42.77.49", "8E3D1A0C5F7"),
        ("Received", f"from [46.201.35.118] (helo=frv49.fwdcdn.com)\n\tby frv49.fwdcdn.com with esmtp ID 1VrB3k-000Ha1-Bz"
                     f"\n\tfor {BOX}; {date_hdr(t)}"),
        ("Date", date_hdr(t)),
        ("From", addr("Олена Ткачук", "arch_cn@ukr.net")),
        ("To", BOX),
        ("Subject", ew("ВУ містобудування")),
        ("Message-ID", "<1386847062.358122917.xk4r2d0b@frv49.fwdcdn.com>"),
        ("X-Mailer", "FREEMAIL"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "From a private i.ua box, the body only naming the office as the sender of an .rtf two-column table in which rows 1 and 6 state work and 7, 9, 12 are dashes.",
       "items": [{"measure": 1, "source": "sluzhba_VU.rtf"}, {"measure": 6, "source": "sluzhba_VU.rtf"}]}


@build
def pa03():
    t = kyiv(2012, 12, 14, 15, 59, 21)
    plain = "Інф. від Служби у справах дітей ОДА щодо ВУ у вкладенні.\nЛюдмила\n"
    root = multi("mixed", [
        text(plain, "windows-1251", "8bit"),
        blob(att("pa03.rtf"), 'application/rtf; name="sluzhba_VU.rtf"',
             [("Content-Disposition", 'attachment; filename="sluzhba_VU.rtf"')]),
    ], "=_i_ua_5ac1e8b0f7d3")
    return message([
        received(t, 3, "mx1.i.ua", "91.198.36.14", "B1E9C40A7D2"),
        ("Date", date_hdr(t)),
        ("From", addr("Людмила", "lyudmyla.sd@i.ua", "windows-1251")),
        ("To", BOX),
        ("Subject", ew("для УВП", "windows-1251")),
        ("Message-ID", "<1355493561.50cb31b9a4e21@i.ua>"),
        ("X-Mailer", "I.UA Mail"),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "personal_address", "executor": "rda-korop", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The district's report sent from the training centre's registered box (the clerk is on a course there), naming both the centre and УВП in oblique cases; the signature names the district.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}


@build
def pa04():
    t = kyiv(2013, 11, 28, 13, 47, 9)
    plain = ("Управлінню внутрішньої політики ОДА\n"
             "Надсилаю з пошти Чернігівського центру перепідготовки та підвищення кваліфікації (я на курсах), "
             "у РДА не працює пошта.\n\n"
             "Коропська РДА за ІІ півр.:\n1 – сайт переведено на новий шаблон, додано розділ «Публічна інформація»\n"
             "6 – 2 конс. (бюджет-2014, ТПВ)\n12 – 1 експертиза (ГО «Коропщина», проект розп. про тарифи)\n\n"
             "Шевченко О.В., гол. спец. апарату Коропської РДА\n")
    root = text(wrap(plain, 76), "windows-1251", "quoted-printable")
    root.headers[0] = ("Content-Type", 'text/plain;\n\tformat=flowed;\n\tcharset="windows-1251";\n\treply-type=original')
    return message([
        received(t, 4, "cppk-klas-05", "10.12.11.25", "7D2F0B1E9C4", helo="CPPK-KLAS-05"),
        ("Message-ID", "<00a101ceec34$1b2c3d40$1900a8c0@cppkklas05>"),
        ("From", addr("ЦППК", "cppk@example.gov.ua", "windows-1251")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("Коропська РДА ВУ", "windows-1251")),
        ("Date", date_hdr(t)),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], root)


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional coordinator of the Open Government Partnership writes from a private meta.ua box to «колеги з УВП»: a public discussion of the plan held (15); the proposals are only promised.",
       "items": [{"measure": 15, "source": "body"}]}


@build
def pa05():
    t = kyiv(2013, 12, 14, 11, 25, 38)
    plain = ("Шановні колеги з УВП!\n12.12 провели громадське обговорення виконання плану ВУ в області "
             "(ЧОО ГО «Ініціатива», 27 учасн., 9 ГО). Пропозиції надішлю окремо.\n\n"
             "Регіональний координатор Партнерства «Відкритий уряд» в Черніг. обл. В. Савченко\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
            "<body>" + html_div(plain.rstrip("\n"), "<div>", "</div>") + "</body></html>")
    root = multi("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                 text(html, "windows-1251", "quoted-printable", "html")], "meta_ua_mp_52ac2a7e4d6f1")
    return message([
        received(t, 3, "smtp.meta.ua", "194.0.131.17", "C5A1E07F3B9"),
        ("Date", date_hdr(t)),
        ("From", addr("Володимир Савченко", "ogp.chernihiv@meta.ua", "windows-1251")),
        ("To", BOX),
        ("Subject", ew("обговорення плану ВУ 12.12", "windows-1251")),
        ("Message-ID", "<52ac2a7e4d6f1.1387013138@meta.ua>"),
        ("X-Mailer", "META.UA Mail"),
        ("MIME-Version", "1.0"),
    ], root)

# =========================================================================== 8. mixed

KEY = {"class": "mixed", "executor": "rda-kulykivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Thunderbird forward-as-attachment (message/rfc822) of the district's letter first sent to a mistyped address: the report is delivered now, its .xls inside the forwarded message answers 1, 6, 9 and the rest are dashes, «без змін», «не було».",
       "items": [{"measure": 1, "source": "Куликівка_ВУ_2012.xls"}, {"measure": 6, "source": "Куликівка_ВУ_2012.xls"},
                 {"measure": 9, "source": "Куликівка_ВУ_2012.xls"}]}


@build
def mx01():
    t = kyiv(2012, 12, 14, 10, 2, 17)
    t0 = kyiv(2012, 12, 12, 15, 40, 22)
    fn = "Куликівка_ВУ_2012.xls"
    inner_root = multi("mixed", [
        text(flowed("у вкладенні\n\n-- \nКуликівська РДА, Осадча"), "utf-8", "8bit", params="; format=flowed"),
        Part([("Content-Type", f"application/vnd.ms-excel;\n {p2231('name', fn)}"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", f"attachment;\n {p2231('filename', fn)}")], b64lines(att("mx01.xls"))),
    ], "------------090401050306020803010907", preamble="This is a multi-part message in MIME format.")
    inner = message([
        ("Message-ID", "<50C88A16.2080003@example.gov.ua>"),
        ("Date", date_hdr(t0)),
        ("From", addr("Куликівська РДА", "rda-kulykivka@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("MIME-Version", "1.0"),
        ("To", "uvp@cg.ukrtel.ne"),
        ("Subject", ew("ВУ Куликівка")),
    ], inner_root)
    eml = "ВУ Куликівка.eml"
    root = multi("mixed", [
        text(flowed("пересилаю, 12.12 відправляли на uvp@cg.ukrtel.ne – повернулось\n\n-- \n"
                    "Куликівська РДА, Осадча"), "utf-8", "8bit", params="; format=flowed"),
        Part([("Content-Type", f'message/rfc822;\n name="{ew(eml)}"'), ("Content-Transfer-Encoding", "8bit"),
              ("Content-Disposition", f"attachment;\n {p2231('filename', eml)}")], inner),
    ], "------------000203080409010502060704", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 3, "[91.207.62.21]", "91.207.62.21", "0A4D9E2F6B1", helo="[192.168.1.3]"),
        ("Message-ID", "<50CADD79.5000705@example.gov.ua>"),
        ("Date", date_hdr(t)),
        ("From", addr("Куликівська РДА", "rda-kulykivka@example.gov.ua")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
        ("MIME-Version", "1.0"),
        ("To", BOX),
        ("Subject", ew("Fwd: ВУ Куликівка")),
    ], root)


KEY = {"class": "mixed", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Five minutes after ph01 the same phone forwards that list with one corrected number above it («по 6 - 3 конс., не 2»); only the correction is new, the forwarded list was counted when it came.",
       "items": [{"measure": 6, "source": "body"}]}


@build
def mx02():
    t = kyiv(2013, 6, 12, 10, 46, 31)
    first = ("Срібнянська РДА, ВУ за І півр.\n\n"
             "1 - +\n6 - 2 конс. (бюджет, мережа шкіл)\n7 - -\n9 - х\n10 - без змін\n12 - немає\n\n\n\n"
             "Отправлено с Samsung Mobile")
    plain = ("вибачте, по 6 - 3 конс., не 2 (ще громад. слухання 28.05 по тарифах)\n\n\n\n"
             "Отправлено с Samsung Mobile\n\n\n\n-------- Исходное сообщение --------\n"
             "От: Срібнянська РДА <rda-sribne@example.gov.ua> \nДата: 12.06.2013  10:41  (GMT+03:00) \n"
             "Кому: uvp@cg.ukrtel.net \nТема: ВУ Срібне \n \n" + first + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + "<br>".join(esc(l) for l in plain.split("\n")) + "</body></html>")
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "--_com.android.email_1371023191556207")
    return message([
        received(t, 5, "mail.sribne-rda.example.gov.ua", "193.93.78.14", "8C0B3A2E91D"),
        ("Date", date_hdr(t)),
        ("Subject", ew("Fwd: ВУ Срібне")),
        ("Message-ID", "<q7v0cz2kh4wn9m1xbe5ty3ra.1371023191556@email.android.com>"),
        ("From", addr("Срібнянська РДА", "rda-sribne@example.gov.ua")),
        ("To", BOX),
        ("MIME-Version", "1.0"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The cover note answers п.1 itself and sends «решта» to an .ods whose bare rows answer 6 and 9, while 7 «+», 10 «ні», 12 «-» say nothing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "Ніжин РДА ВУ.ods"},
                 {"measure": 9, "source": "Ніжин РДА ВУ.ods"}]}


@build
def mx03():
    t = kyiv(2013, 6, 12, 15, 33, 40)
    fn = "Ніжин РДА ВУ.ods"
    plain = ("п.1 – на сайті новий розділ «Доступ до публ. інформації», решта у вкладенні\n\nНіжинська РДА, "
             "Руденко\n")
    body = multi("alternative", [text(plain, "windows-1251", "quoted-printable"),
                                 text(html_outlook(plain, "windows-1251", "Microsoft Word 12 (filtered medium)"),
                                      "windows-1251", "quoted-printable", "html")],
                 "----=_NextPart_001_0027_01CE6773.0E1D2A50")
    root = multi("mixed", [body, blob(att("mx03.ods"),
                                      f'application/vnd.oasis.opendocument.spreadsheet;\n\tname="{ew(fn, "windows-1251")}"',
                                      [("Content-Disposition", f'attachment;\n\tfilename="{ew(fn, "windows-1251")}"')])],
                 "----=_NextPart_000_0026_01CE6773.0E1D2A50", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 6, "nizhyn-rda-org", "91.207.63.9", "E9F1A3C07B2", helo="NIZHYN-RDA-ORG"),
        ("From", addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "windows-1251")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("ВУ Ніжинська РДА", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<002601ce6762$0e1d2a50$2a577ef0$@nizhyn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac5nYgqL5lJ0e0G4Si2P8bHk1YwO9A=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Two attachments: the PDF report states two seminars held (13); the .doc is the programme of one of them, a timetable of topics that names consultations and expert reviews but states nothing done.",
       "items": [{"measure": 13, "source": "Звіт_семінари_ЦППК.pdf"}]}


@build
def mx04():
    t = kyiv(2013, 3, 4, 10, 15, 2)
    f1, f2 = "Звіт_семінари_ЦППК.pdf", "Програма_семінару.doc"
    plain = "Звіт і програма семінару 27.02 – у вкладенні.\nЦППК, 67-50-12\n"
    body = multi("alternative", [text(plain, "utf-8", "quoted-printable"),
                                 text(html_outlook(plain, "utf-8", "Microsoft Word 12 (filtered medium)"),
                                      "utf-8", "quoted-printable", "html")],
                 "----=_NextPart_001_0004_01CE18C1.3A5B7C90")
    root = multi("mixed", [
        body,
        blob(att("mx04a.pdf"), f'application/pdf;\n\tname="{ew(f1, "koi8-u")}"',
             [("Content-Disposition", f'attachment;\n\tfilename="{ew(f1, "koi8-u")}"')]),
        blob(att("mx04b.doc"), f'application/msword;\n\tname="{ew(f2, "koi8-u")}"',
             [("Content-Disposition", f'attachment;\n\tfilename="{ew(f2, "koi8-u")}"')]),
    ], "----=_NextPart_000_0003_01CE18C1.3A5B7C90", preamble="This is a multi-part message in MIME format.")
    return message([
        received(t, 12, "cppk-srv.cppk.local", "10.12.11.3", "5B2E8D0F1A6", helo="CPPKSRV"),
        ("From", addr("ЦППК", "cppk@example.gov.ua")),
        ("To", f"<{BOX}>"),
        ("Subject", ew("Звіт ЦППК – семінари (п.13)")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<000301ce18b0$3a5b7c90$af107db0$@cppk>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Ac4YsDY0hK2m0R1fQJ6yL3oN8pXv7g=="),
        ("Content-Language", "uk"),
    ], root)


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Word HTML with an inline signature picture, both twins labelled koi8-r though the bytes are windows-1251 (the HTML's meta says so); by number 6 and 9 state work, 12 «не надходили» and «решта без змін» do not.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@build
def mx05():
    t = kyiv(2012, 12, 13, 12, 44, 26)
    cid = "image001.png@01CDD92E.5B1C3A60"
    lines = ["Чернігівська РДА:", "6 – 3 зустрічі з мешканцями (Киїнка, Олишівка, Седнів)",
             "9 – проект бюджету-2013 обговор. з ГР 04.12", "12 – не надходили", "решта без змін", ""]
    sig = ["Відділ організаційної роботи апарату Чернігівської РДА", "тел. 67-70-14"]
    plain = "\n".join(lines) + f"\n[cid:{cid}]\n" + "\n".join(sig) + "\n"
    img = (f"\n<p class=MsoNormal><img width=180 height=36 id=\"Рисунок_x0020_1\" src=\"cid:{cid}\" "
           "alt=\"logo\"><o:p></o:p></p>\n" + "\n".join(
               f"<p class=MsoNormal><span style='font-size:9.0pt;color:#1F497D'>{esc(s)}<o:p></o:p></span></p>"
               for s in sig))
    html = html_outlook("\n".join(lines), "windows-1251", extra_html=img)
    alt = multi("alternative", [text(plain, "cp1251", "quoted-printable", label="koi8-r"),
                                text(html, "cp1251", "quoted-printable", "html", label="koi8-r")],
                "----=_NextPart_001_0036_01CDD92E.5B1C3A60")
    pic = blob(png_banner(), 'image/png;\n\tname="image001.png"',
               [("Content-ID", f"<{cid}>")])
    root = multi("related", [alt, pic], "----=_NextPart_000_0035_01CDD92E.5B1C3A60",
                 preamble="This is a multi-part message in MIME format.", params='\n\ttype="multipart/alternative";')
    return message([
        received(t, 4, "mail.chernihiv-rda.local", "10.30.0.5", "F1C6A2E0D39", helo="MAIL.chernihiv-rda.local"),
        ("From", addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251")),
        ("To", BOX),
        ("Subject", ew("ВУ Чернігівська РДА", "windows-1251")),
        ("Date", date_hdr(t)),
        ("Message-ID", "<003501cdd91d$5b1c3a60$113eaf20$@chernihiv-rda>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", "Ac3ZHVjJ0P1Y4mRbQm2d6jL0v3u5Yg=="),
        ("Content-Language", "uk"),
    ], root)


# =========================================================================== build and check


def load_plan():
    try:
        import tomllib
        with open(PLAN_TOML, "rb") as f:
            return tomllib.load(f)
    except (OSError, ImportError) as e:
        print(f"warning: plan.toml not read ({e}); executor ids and addresses unchecked", file=sys.stderr)
        return None


def period_of(local_date, plan):
    deadlines = [d["date"] for d in plan["deadline"]] if plan else \
        [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
    grace = plan["plan"].get("grace_days", 3) if plan else 3
    for i, d in enumerate(deadlines, 1):
        if local_date <= d:
            return i, False
        if local_date <= d + dt.timedelta(days=grace):
            return i, True
    return None, None


def filenames(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.append(fn)
    return names


def check(name, key, raw, plan, errors):
    def err(m):
        errors.append(f"{name}: {m}")
    prefix = name[:2]
    if key["class"] != CLASSES.get(prefix):
        err(f"class {key['class']} does not match prefix {prefix}")
    if set(key) != {"class", "executor", "period", "late", "kind", "reason", "note", "items"}:
        err(f"key fields {sorted(key)}")
    execs = {e["id"]: e for e in plan["executor"]} if plan else {}
    if plan and key["executor"] not in execs:
        err(f"executor {key['executor']} not in plan.toml")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(set(items)):
        err("items not sorted and unique")
    for m, _ in items:
        if not (isinstance(m, int) and 1 <= m <= 15):
            err(f"measure {m} out of 1-15")
    if key["kind"] == "not_report":
        if key["items"] or key["reason"] not in REASONS or prefix != "nr":
            err("not_report needs a reason, no items, class nr")
    elif key["kind"] != "report" or key["reason"] is not None:
        err("report must have reason null")
    elif prefix == "nr":
        err("nr mail keyed as report")
    if b"\n" in raw.replace(b"\r\n", b""):
        err("bare LF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        err("line over 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    date = email.utils.parsedate_to_datetime(msg["Date"])
    local = date.astimezone(KYIV)
    if date.utcoffset() != local.utcoffset():
        err(f"Date offset {date.utcoffset()} is not Kyiv's {local.utcoffset()}")
    per, late = period_of(local.date(), plan)
    if (per, late) != (key["period"], key["late"]):
        err(f"Date {msg['Date']} gives period {per} late {late}, key says {key['period']} {key['late']}")
    first = raw.split(b"\r\n", 1)[0]
    if not first.startswith(b"Received:"):
        err("top header is not Received")
    rec = email.utils.parsedate_to_datetime(str(msg.get_all("Received")[0]).rsplit(";", 1)[1].strip())
    delta = (rec - date).total_seconds()
    if not (0 < delta <= 60) or rec.astimezone(KYIV).date() != local.date():
        err(f"Received {rec} not a few seconds after Date {date} on the same Kyiv day")
    if BOX not in str(msg["To"]):
        err("To is not the mailbox")
    sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
    if plan:
        registered = {a.lower() for e in plan["executor"] for a in e.get("emails", [])}
        own = {a.lower() for a in execs.get(key["executor"], {}).get("emails", [])}
        if prefix == "pa":
            if sender in own:
                err("personal_address mail sent from the executor's own box")
        elif sender not in own:
            err(f"sender {sender} is not a registered address of {key['executor']}")
        if sender not in registered and not any(sender.endswith(d) for d in
                                                ("@gmail.com", "@ukr.net", "@i.ua", "@meta.ua")):
            err(f"unregistered office address {sender}")
    names = filenames(msg)
    for _, src in items:
        if src != "body" and src not in names:
            err(f"source {src!r} not among attachments {names}")
    for part in msg.walk():
        if part.get_filename() and part.get_content_maintype() != "message":
            size = len(part.get_payload(decode=True) or b"")
            if size >= 60 * 1024:
                err(f"attachment {part.get_filename()} is {size} bytes")
    return msg


def main():
    plan = load_plan()
    errors, seen = [], {}
    for name, key, fn in MAILS:
        raw = crlf(fn())
        with open(os.path.join(HERE, f"{name}.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, f"{name}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        check(name, key, raw, plan, errors)
        seen[name] = key
    per_class = {}
    for name in seen:
        per_class[name[:2]] = per_class.get(name[:2], 0) + 1
    if len(seen) != 40 or any(per_class.get(p) != 5 for p in CLASSES):
        errors.append(f"need 40 mails, 5 per class: {per_class}")
    covered = {i["measure"] for k in seen.values() for i in k["items"]}
    if covered != set(range(1, 16)):
        errors.append(f"measures never keyed: {sorted(set(range(1, 16)) - covered)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    n_items = sum(len(k["items"]) for k in seen.values())
    print(f"{len(seen)} mails, {n_items} items, {len({k['executor'] for k in seen.values()})} executors: ok")


if __name__ == "__main__":
    main()
