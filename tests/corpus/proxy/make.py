#!/usr/bin/env python3
"""Build the "proxy" corpus: 40 report e-mails to uvp@cg.ukrtel.net written by someone other
than the office's head, on the office's behalf, each with its hand-written answer key.

    python3 make.py            build every NAME.eml and NAME.expected.json, then check them
    python3 make.py --convert  (once) convert attachments/src/*.html|*.csv with soffice into
                               attachments/*.xls|xlsx|ods|doc|docx|odt|rtf|pdf

Python 3 standard library only. The converted office files are kept in attachments/ and
reused, so a plain run is reproducible byte for byte.

Every mail below has its KEY literal directly above its builder; the key was written before
the mail's text.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
KYIV = ZoneInfo("Europe/Kyiv")
UVP = "uvp@cg.ukrtel.net"
PLAN_TOML = "/work/main/config/plan.toml"

# ---------------------------------------------------------------------------------------
# The plan (texts as plan.toml gives them; used when a mail quotes zvit's reminder/receipt)
# ---------------------------------------------------------------------------------------
MEASURE = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
    13: "Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.",
}
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE = 3


def period_of(day):
    """(period, late) for a Kyiv calendar day, as plan.toml and semantics.md define it."""
    if day < APPROVED:
        return None, False
    for i, dl in enumerate(DEADLINES):
        if day <= dl:
            return i + 1, False
        if day <= dl + dt.timedelta(days=GRACE):
            return i + 1, True
    return None, False


def reminder_text(executor_name, deadline, today, missing, overdue):
    """zvit's reminder (templates/reminder.txt.j2), rendered as zvit sends it (not partial)."""
    out = ["Шановні колеги!", ""]
    if overdue:
        out.append(f"Нагадуємо, що {deadline} минув термін подання інформації про виконання {PLAN_TITLE} (пункт 16 плану).")
    else:
        out.append(f"Нагадуємо, що відповідно до пункту 16 {PLAN_TITLE} інформацію про його виконання необхідно надати до {deadline} на адресу електронної пошти {UVP}.")
    out += ["", f"Станом на {today} від {executor_name} не надійшла інформація за звітний період щодо таких пунктів плану:"]
    for n in missing:
        out += ["", f"  {n}. {MEASURE[n]}"]
    out += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.",
            "",
            "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.",
            "",
            "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.",
            "",
            "З повагою",
            OFFICE]
    return "\n".join(out)


def receipt_text(received, subject, executor_name, period, deadline, recognised, missing, unreadable=()):
    """zvit's receipt (templates/receipt.txt.j2)."""
    out = ["Шановні колеги!", "",
           f"{OFFICE} підтверджує отримання Вашого листа від {received} «{subject}».", "",
           f"Виконавець: {executor_name}.",
           f"Звітний період: {period}-й (термін подання інформації — {deadline}).", ""]
    if recognised:
        out.append("Розпізнано інформацію щодо таких пунктів плану:")
        out += [f"  • пункт {n}: {ex}" for n, ex in recognised]
    else:
        out.append("Інформації, яку можна віднести до пунктів плану, у листі не виявлено.")
    if unreadable:
        out += ["", "Не вдалося прочитати такі вкладення:"]
        out += [f"  • {n} — {r}" for n, r in unreadable]
        out.append("Просимо надіслати їх повторно (у форматі Excel, Word або PDF з текстовим шаром).")
    out.append("")
    if missing:
        out.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
        out += [f"  {n}. {MEASURE[n]}" for n in missing]
    out += ["", f"Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу {UVP}.",
            "", "З повагою", OFFICE]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# Attachments: converted once with soffice, then reused
# ---------------------------------------------------------------------------------------
CSV_IN = "CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2"
HTML_IN = "HTML (StarWriter)"
CONVERSIONS = {
    # output         source          import filter  export filter
    "ph01.xls":  ("ph01.csv",  CSV_IN,  "xls:MS Excel 97"),
    "ph02.docx": ("ph02.html", HTML_IN, "docx:MS Word 2007 XML"),
    "ph04.ods":  ("ph04.csv",  CSV_IN,  "ods:calc8"),
    "ph05.xlsx": ("ph05.csv",  CSV_IN,  "xlsx:Calc MS Excel 2007 XML"),
    "nr04.doc":  ("nr04.html", HTML_IN, "doc:MS Word 97"),
    "rg01.xls":  ("rg01.csv",  CSV_IN,  "xls:MS Excel 97"),
    "rg03.docx": ("rg03.html", HTML_IN, "docx:MS Word 2007 XML"),
    "rg05.ods":  ("rg05.csv",  CSV_IN,  "ods:calc8"),
    "pr01.pdf":  ("pr01.html", HTML_IN, "pdf:writer_pdf_Export"),
    "pr02.doc":  ("pr02.html", HTML_IN, "doc:MS Word 97"),
    "pr03.odt":  ("pr03.html", HTML_IN, "odt:writer8"),
    "pr04.rtf":  ("pr04.html", HTML_IN, "rtf:Rich Text Format"),
    "fn02.xlsx": ("fn02.csv",  CSV_IN,  "xlsx:Calc MS Excel 2007 XML"),
    "fn03.docx": ("fn03.html", HTML_IN, "docx:MS Word 2007 XML"),
    "fn05.xls":  ("fn05.csv",  CSV_IN,  "xls:MS Excel 97"),
    "pa01.docx": ("pa01.html", HTML_IN, "docx:MS Word 2007 XML"),
    "pa03.xls":  ("pa03.csv",  CSV_IN,  "xls:MS Excel 97"),
    "pa05.pdf":  ("pa05.html", HTML_IN, "pdf:writer_pdf_Export"),
    "mx01.xls":  ("mx01.csv",  CSV_IN,  "xls:MS Excel 97"),
    "mx03.xlsx": ("mx03.csv",  CSV_IN,  "xlsx:Calc MS Excel 2007 XML"),
    "mx04.docx": ("mx04.html", HTML_IN, "docx:MS Word 2007 XML"),
    "mx04.xls":  ("mx04.csv",  CSV_IN,  "xls:MS Excel 97"),
}


def convert():
    lo = "-env:UserInstallation=file:///tmp/proxy-work/lo"
    for out, (src, infilter, export) in sorted(CONVERSIONS.items()):
        target = os.path.join(ATT, out)
        if os.path.exists(target):
            continue
        cmd = ["soffice", "--headless", lo, f"--infilter={infilter}", "--convert-to", export,
               "--outdir", ATT, os.path.join(SRC, src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not os.path.exists(target):
            sys.exit(f"soffice did not write {out}")
        print("converted", out, os.path.getsize(target), "bytes")


def att(name):
    path = os.path.join(ATT, name)
    if not os.path.exists(path):
        sys.exit(f"{name} is missing: run `python3 make.py --convert` once")
    with open(path, "rb") as f:
        return f.read()


def png_logo():
    """A tiny 16x16 PNG (a blue square with a yellow band) for Outlook's inline signature image."""
    import struct
    import zlib
    w = h = 16
    rows = b""
    for y in range(h):
        rows += b"\x00" + (b"\x00\x57\xb7" if y < 8 else b"\xff\xd7\x00") * w
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------
# MIME writing (by hand, so that every client's habits can be kept)
# ---------------------------------------------------------------------------------------
CRLF = "\r\n"


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF


def b64_72(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 72] for i in range(0, len(s), 72)) + CRLF


def qp(data):
    """Quoted-printable for text whose lines end in CRLF."""
    out = []
    for line in data.split(b"\r\n"):
        enc = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                enc.append(chr(b))
            else:
                enc.append("=%02X" % b)
        cur, lines = "", []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                lines.append(cur + "=")
                cur = ""
            cur += tok
        lines.append(cur)
        out.append(CRLF.join(lines))
    return CRLF.join(out)


def encode_body(text_bytes, cte):
    if cte == "base64":
        return b64(text_bytes)
    if cte == "quoted-printable":
        return qp(text_bytes)
    return text_bytes  # 7bit / 8bit: raw (bytes)


def _ew1(s, cs, enc):
    b = s.encode(cs)
    if enc == "B":
        return f"=?{cs}?B?{base64.b64encode(b).decode()}?="
    out = ""
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128 or c in "!*+-/":
            out += c
        elif c == " ":
            out += "_"
        else:
            out += "=%02X" % x
    return f"=?{cs}?Q?{out}?="


def ew(text, cs, enc="B", maxlen=75):
    """RFC 2047 encoded words (never splitting a character)."""
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_ew1(chunk + ch, cs, enc)) > maxlen:
            cut = chunk.rfind(" ") + 1  # prefer to break after a space, kept inside the word
            if 0 < cut < len(chunk):
                words.append(_ew1(chunk[:cut], cs, enc))
                chunk = chunk[cut:] + ch
            else:
                words.append(_ew1(chunk, cs, enc))
                chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_ew1(chunk, cs, enc))
    return words


def fold(name, tokens, sep=" "):
    """Fold a header made of tokens onto lines of at most 78 characters."""
    lines, cur = [], name + ":"
    for t in tokens:
        if len(cur) + 1 + len(t) > 78 and cur != name + ":":
            lines.append(cur)
            cur = sep + t
        else:
            cur += " " + t
    lines.append(cur)
    return CRLF.join(lines)


def h_text(name, text, cs="utf-8", enc="B", sep=" "):
    if all(ord(c) < 128 for c in text):
        return fold(name, text.split(" "), sep)
    return fold(name, ew(text, cs, enc), sep)


def mailbox(display, addr, cs="utf-8", enc="B", quote_ascii=True):
    if not display:
        return [addr]
    if all(ord(c) < 128 for c in display):
        return [f'"{display}"' if quote_ascii else display, f"<{addr}>"]
    return ew(display, cs, enc) + [f"<{addr}>"]


def h_addr(name, display, addr, cs="utf-8", enc="B", sep=" ", quote_ascii=True):
    return fold(name, mailbox(display, addr, cs, enc, quote_ascii), sep)


def pct2231(s, cs="utf-8"):
    ok = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")
    return "".join(chr(b) if b in ok else "%%%02X" % b for b in s.encode(cs))


def fname_params(param, fn, style, cs="utf-8", sep="\t"):
    """Parameter text for a file name. style: ascii | B | Q | 2231 | 2231c."""
    if style == "ascii":
        return [f'{param}="{fn}"']
    if style in ("B", "Q"):
        words = ew(fn, cs, style, maxlen=70)
        return [f'{param}="' + (CRLF + sep).join(words) + '"']
    if style == "2231":
        return [f"{param}*={cs}''{pct2231(fn, cs)}"]
    if style == "2231c":
        enc = pct2231(fn, cs)
        chunks, cur = [], ""
        i = 0
        while i < len(enc):
            step = 3 if enc[i] == "%" else 1
            if len(cur) + step > 54:
                chunks.append(cur)
                cur = ""
            cur += enc[i:i + step]
            i += step
        chunks.append(cur)
        out = []
        for n, c in enumerate(chunks):
            out.append(f"{param}*{n}*={cs}''{c}" if n == 0 else f"{param}*{n}*={c}")
        return out
    raise ValueError(style)


def params_header(name, value, params, sep="\t"):
    """`Name: value;` followed by one parameter per folded line."""
    if not params:
        return f"{name}: {value}"
    return f"{name}: {value};" + CRLF + (";" + CRLF).join(sep + p for p in params)


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        head = CRLF.join(self.headers).encode("ascii") + b"\r\n\r\n"
        if self.children is None:
            body = self.body if isinstance(self.body, bytes) else self.body.encode("ascii")
            return head + body
        out = head
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n"
        for c in self.children:
            out += b"\r\n--" + self.boundary.encode() + b"\r\n" + c.render()
        out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
        return out


def text(body, cs, cte, subtype="plain", flowed=False, delsp=False, extra=(), ct_quotes=True, sep="\t"):
    """A text part. body is str (\n line ends)."""
    raw = crlf(body).encode(cs)
    csv = f'"{cs}"' if ct_quotes else cs
    ct = f"Content-Type: text/{subtype}; charset={csv}"
    if flowed:
        ct += "; format=flowed" + ("; delsp=yes" if delsp else "")
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(hdrs, encode_body(raw, cte))


def raw_text(raw_bytes, declared_cs, cte, subtype="plain"):
    """A text part whose bytes are given as they are (for a mislabelled charset)."""
    return Part([f"Content-Type: text/{subtype}; charset={declared_cs}",
                 f"Content-Transfer-Encoding: {cte}"], encode_body(raw_bytes, cte))


def attachment(data, mime, fn, style, cs="utf-8", sep="\t", name_style=None, cte="base64",
               disposition="attachment", extra=(), wrap72=False):
    ns = name_style or style
    ct = params_header("Content-Type", mime, fname_params("name", fn, ns, cs, sep), sep)
    cd = params_header("Content-Disposition", disposition, fname_params("filename", fn, style, cs, sep), sep)
    body = (b64_72(data) if wrap72 else b64(data)) if cte == "base64" else data
    return Part([ct, f"Content-Transfer-Encoding: {cte}", cd] + list(extra), body)


def multi(subtype, children, boundary, preamble=None, extra_params="", sep="\t"):
    ct = f'Content-Type: multipart/{subtype};{CRLF}{sep}boundary="{boundary}"{extra_params}'
    return Part([ct], children=children, boundary=boundary, preamble=preamble)


def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfc_date(t, suffix=""):
    return email.utils.format_datetime(t) + suffix


def uid(name, salt, n=16, alphabet="0123456789ABCDEF"):
    h = hashlib.sha256((name + "/" + salt).encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def received(t, delay, helo, ip, mid_salt, by="mx.cg.ukrtel.net", extra_hop=None):
    """The top Received: header (a few seconds after Date, the same Kyiv day)."""
    t2 = t + dt.timedelta(seconds=delay)
    assert t2.date() == t.date()
    out = [f"Received: from {helo} ({helo} [{ip}]){CRLF}\tby {by} (Postfix) with ESMTP id {uid(mid_salt, 'rcv', 10)}{CRLF}\tfor <{UVP}>; {rfc_date(t2)}"]
    if extra_hop:
        hop_from, hop_by, hop_delay = extra_hop
        t3 = t + dt.timedelta(seconds=hop_delay)
        out.append(f"Received: from {hop_from}{CRLF}\tby {hop_by}; {rfc_date(t3)}")
    return out


def message(top_headers, root):
    """Top-level headers (list of already folded str) + root part -> bytes (CRLF)."""
    head = CRLF.join(top_headers + ["MIME-Version: 1.0"] + root.headers).encode("ascii") + b"\r\n\r\n"
    rendered = root.render()
    body = rendered[rendered.index(b"\r\n\r\n") + 4:]
    return head + body


def to_html_div(body, cs_meta=None, quote_style="blockquote"):
    """Simple web-mail HTML: one <div> a line, '>'-quoted runs as <blockquote>."""
    out = ["<html><head>"]
    if cs_meta:
        out.append(f'<meta http-equiv="Content-Type" content="text/html; charset={cs_meta}">')
    out.append("</head><body>")
    depth = 0
    for line in body.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        q = m.group(1).count(">")
        content = m.group(2)
        while depth < q:
            out.append('<blockquote type="cite" style="padding-left:5px;margin-left:5px;border-left:#1010ff 2px solid">')
            depth += 1
        while depth > q:
            out.append("</blockquote>")
            depth -= 1
        out.append(f"<div>{html.escape(content, quote=False) or '<br>'}</div>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_html_word(body, cs_meta, generator="Microsoft Word 12 (filtered medium)", color_from=None):
    """Outlook's Word HTML: one <p class=MsoNormal> a line."""
    out = [f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={cs_meta}"><meta name=Generator content="{generator}">',
           "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:\"Times New Roman\",\"serif\";}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;font-family:\"Calibri\",\"sans-serif\";color:windowtext;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>",
           "</head><body lang=UK link=blue vlink=purple><div class=WordSection1>"]
    for i, line in enumerate(body.split("\n")):
        if not line.strip():
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            hit = color_from is not None and (i in color_from if isinstance(color_from, (set, frozenset)) else i >= color_from)
            style = ' style="color:#1F497D"' if hit else ""
            out.append(f"<p class=MsoNormal><span{style}>{html.escape(line, quote=False)}<o:p></o:p></span></p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def wrap(body, width=76, flowed=False):
    """Wrap long lines the way a client does when it sends plain text (quotes kept)."""
    out = []
    for line in body.split("\n"):
        m = re.match(r"^((?:> ?)*)", line)
        prefix = m.group(1)
        rest = line[len(prefix):]
        if len(line) <= width:
            out.append(line)
            continue
        indent = rest[:len(rest) - len(rest.lstrip(" "))]
        words = rest.lstrip(" ").split(" ")
        cur = indent
        for w in words:
            cand = (cur + " " + w) if cur.strip() else cur + w
            if len(prefix) + len(cand) > width and cur:
                out.append(prefix + cur + (" " if flowed else ""))
                cur = w
            else:
                cur = cand
        out.append(prefix + cur)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# Registry of mails
# ---------------------------------------------------------------------------------------
MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, dict(key), fn))
        return fn
    return deco


def hexid(name, salt, n):
    return uid(name, salt, n, "0123456789abcdef")


def mid_outlook(name, dom):
    return f"<{hexid(name, 'o1', 12)}${hexid(name, 'o2', 8)}${hexid(name, 'o3', 8)}$@{dom}>"


def mid_oe(name, host):
    return f"<{hexid(name, 'e1', 12)}${hexid(name, 'e2', 8)}${hexid(name, 'e3', 8)}@{host}>"


def mid_tb(name, dom):
    return f"<{uid(name, 't1', 8)}.{uid(name, 't2', 7, '0123456789')}@{dom}>"


def mid_bat(name, dom, t):
    return f"<{uid(name, 'b1', 10, '0123456789')}.{t:%Y%m%d%H%M%S}@{dom}>"


def thread_index(name):
    return "Thread-Index: " + base64.b64encode(hashlib.md5(name.encode()).digest() + b"\x01\xcd").decode()


CLASS_OF_PREFIX = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
                   "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}



# =======================================================================================
# 1. ph — placeholder
# =======================================================================================

KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The sector of the apparatus sends the whole RDA's 16-row table: rows 2-5, 8, 11, 13-15 carry «х»/«—», row 7 «без змін» and row 10 a bare «не проводились», while row 12 says in full what was not done.",
       "items": [{"measure": 1, "source": "Ріпкинська РДА_Відкритий уряд_2012.xls"},
                 {"measure": 6, "source": "Ріпкинська РДА_Відкритий уряд_2012.xls"},
                 {"measure": 9, "source": "Ріпкинська РДА_Відкритий уряд_2012.xls"},
                 {"measure": 12, "source": "Ріпкинська РДА_Відкритий уряд_2012.xls"}]}


@mail("ph01", KEY)
def ph01():
    t = kyiv(2012, 12, 12, 11, 24, 37)
    cs = "windows-1251"
    body = """Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» надсилаємо інформацію Ріпкинської районної державної адміністрації (таблиця у вкладенні).

Інформацію підготовлено сектором з питань внутрішньої політики, зв’язків із засобами масової інформації та громадськістю апарату райдержадміністрації з урахуванням відомостей відділу освіти та відділу культури і туризму райдержадміністрації. Голова райдержадміністрації ознайомлений.

З повагою
завідувач сектору з питань внутрішньої політики, зв’язків із ЗМІ та громадськістю апарату Ріпкинської райдержадміністрації
Н.В. Сидоренко
тел. (04641) 2-13-58
"""
    fn = "Ріпкинська РДА_Відкритий уряд_2012.xls"
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs), cs, "quoted-printable", "html")],
                "----=_NextPart_001_0017_01CDD84A.5E0F22A0")
    root = multi("mixed", [alt, attachment(att("ph01.xls"), "application/vnd.ms-excel", fn, "B", cs)],
                 "----=_NextPart_000_0016_01CDD84A.5E0F22A0", preamble="This is a multipart message in MIME format.")
    hdrs = received(t, 4, "mail.example.gov.ua", "192.0.2.21", "ph01") + [
        h_addr("From", "Ріпкинська РДА, сектор внутрішньої політики", "rda-ripky@example.gov.ua", cs, sep="\t"),
        h_addr("To", "Управління внутрішньої політики ОДА", UVP, cs, sep="\t"),
        h_text("Subject", "Інформація Ріпкинської РДА про виконання Плану заходів (Відкритий уряд)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('ph01', 'example.gov.ua')}",
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index("ph01"),
        "Content-Language: uk"]
    return message(hdrs, root)


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A deputy-signed table lists every measure with an executor column naming УВП, the Public Council and the citizens' appeals department; only rows 1, 2 and 8 are answered, 6 and 7 carry a bare «+», 9 «—», 12 a bare «не проводились», the rest «х».",
       "items": [{"measure": 1, "source": "Інформація_УКіТ_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 2, "source": "Інформація_УКіТ_Відкритий_уряд_І_півріччя_2013.docx"},
                 {"measure": 8, "source": "Інформація_УКіТ_Відкритий_уряд_І_півріччя_2013.docx"}]}


@mail("ph02", KEY)
def ph02():
    t = kyiv(2013, 6, 13, 15, 2, 11)
    body = """Доброго дня!

Надсилаємо інформацію управління культури і туризму облдержадміністрації про виконання Плану заходів у рамках Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року.
Начальник управління Ярошенко В.І. у відпустці, інформацію підписано заступником начальника управління Дорошенко Л.М.
Оригінал направлено поштою (вих. № 03-09/1126 від 12.06.2013).

З повагою
Коваль Тетяна Олександрівна,
головний спеціаліст відділу кадрової та організаційної роботи
управління культури і туризму Чернігівської облдержадміністрації
(0462) 67-53-19
"""
    fn = "Інформація_УКіТ_Відкритий_уряд_І_півріччя_2013.docx"
    b = "------------060204090503010507020801"
    root = multi("mixed", [text(wrap(body, 72, True), "UTF-8", "8bit", flowed=True, ct_quotes=False),
                           attachment(att("ph02.docx"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      fn, "2231c", "UTF-8", sep=" ", name_style="B")],
                 b, preamble="This is a multi-part message in MIME format.", sep=" ")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.34", "ph02") + [
        f"Message-ID: {mid_tb('ph02', 'example.gov.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Коваль Тетяна, УКіТ ОДА", "kultura@example.gov.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
        f"To: {UVP}",
        h_text("Subject", "Відкритий уряд – інформація управління культури і туризму за І півріччя 2013"),
        ]
    return message(hdrs, root)


KEY = {"class": "placeholder", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A specialist writes for the acting head of the department in a koi8-u body listing all sixteen points, thirteen of them «х», «-» or «немає» and 16 «надано»; point 5 is the department's own measure and point 11 tells of joint work with УВП, while the site appears only in passing.",
       "items": [{"measure": 5, "source": "body"},
                 {"measure": 11, "source": "body"}]}


@mail("ph03", KEY)
def ph03():
    t = kyiv(2013, 12, 10, 9, 47, 52)
    cs = "koi8-u"
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю ОДА
Литвиненко І.П.

Ірино Петрівно, добрий день!

За дорученням в.о. завідувача відділу роботи із зверненнями громадян апарату облдержадміністрації Бондар Л.І. надсилаю інформацію відділу за II півріччя 2013 року (по всіх пунктах плану, як просили):

п.1  - х
п.2  - х
п.3  - х
п.4  - х
п.5  - забезпечено щоденну роботу "гарячої лінії" голови облдержадміністрації (з 9.00 до 18.00, у п'ятницю до 16.45). За липень-листопад 2013 року на "гарячу лінію" надійшло 1214 звернень, з них 1187 розглянуто, 27 - на контролі. Щомісяця узагальнена інформація подається голові облдержадміністрації та розміщується на офіційному сайті.
п.6  - -
п.7  - -
п.8  - х
п.9  - -
п.10 - х
п.11 - працівники відділу спільно з управлінням з питань внутрішньої політики взяли участь у Дні відкритих дверей 26.09.2013, консультували відвідувачів щодо порядку подання звернень та роботи "гарячої лінії".
п.12 - немає
п.13 - х
п.14 - х
п.15 - х
п.16 - надано

-- 
З повагою,
Оксана Гайдай
спеціаліст І категорії відділу роботи із зверненнями громадян
апарату Чернігівської облдержадміністрації
тел. 67-50-84
"""
    root = text(wrap(body, 76), cs, "quoted-printable")
    hdrs = received(t, 5, "mail.example.gov.ua", "192.0.2.40", "ph03") + [
        f"Date: {email.utils.format_datetime(t)}",
        h_addr("From", "Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua", cs),
        "X-Mailer: The Bat! (v6.0.10) Professional",
        "Reply-To: zvernennia@example.gov.ua",
        "X-Priority: 3 (Normal)",
        f"Message-ID: {mid_bat('ph03', 'example.gov.ua', t)}",
        h_addr("To", "Литвиненко Ірина", UVP, cs),
        h_text("Subject", "інформація по плану \"Відкритий уряд\" (відділ звернень)", cs)]
    return message(hdrs, root)


KEY = {"class": "placeholder", "executor": "rda-nosivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Sent late by a chief specialist for the first deputy head, a covering line listing «пп. 1, 6, 7, 9, 10, 12» over an .ods whose rows for 6, 9 and 12 are «+», empty and «немає»; only rows 1, 7 and 10 say anything.",
       "items": [{"measure": 1, "source": "Інформація_Носівська_РДА_І_півріччя.ods"},
                 {"measure": 7, "source": "Інформація_Носівська_РДА_І_півріччя.ods"},
                 {"measure": 10, "source": "Інформація_Носівська_РДА_І_півріччя.ods"}]}


@mail("ph04", KEY)
def ph04():
    t = kyiv(2013, 6, 17, 10, 12, 5)
    body = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю Чернігівської облдержадміністрації

Направляємо інформацію Носівської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області по пп. 1, 6, 7, 9, 10, 12 (таблиця у вкладенні).
Вибачте за затримку: голова райдержадміністрації був у відрядженні, інформацію підписано першим заступником голови райдержадміністрації Тимошенком Г.М.

Головний спеціаліст відділу організаційної роботи апарату райдержадміністрації
Олена Кравчук
(04642) 2-14-06
"""
    fn = "Інформація_Носівська_РДА_І_півріччя.ods"
    root = multi("mixed", [text(body, "utf-8", "quoted-printable", ct_quotes=False),
                           attachment(att("ph04.ods"), "application/vnd.oasis.opendocument.spreadsheet",
                                      fn, "Q", "utf-8", sep=" ")],
                 "----------9XfQ2bL0kHd8sVcEr3yTmA", sep=" ")
    hdrs = received(t, 6, "mail.example.gov.ua", "192.0.2.52", "ph04") + [
        f"Date: {rfc_date(t)}",
        f"To: {UVP}",
        h_text("Subject", "Інформація Носівської РДА (Відкритий уряд) І півр. 2013", "utf-8", "Q"),
        h_addr("From", "Носівська РДА", "rda-nosivka@example.gov.ua", "utf-8", "Q"),
        f"Message-ID: <op.wyq{uid('ph04', 'm', 10).lower()}@kravchuk-pc>",
        "User-Agent: Opera Mail/12.15 (Win32)"]
    return message(hdrs, root)


KEY = {"class": "placeholder", "executor": "su-apk", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx with a row for every measure and a column of the head office's own sub-units, signed by the first deputy and a department head; «без змін» on 2, «-» on 7 and «х» on 12 and the other offices' measures are placeholders.",
       "items": [{"measure": 1, "source": "ГУАПР_Відкритий уряд_ІІ півріччя 2013.xlsx"},
                 {"measure": 6, "source": "ГУАПР_Відкритий уряд_ІІ півріччя 2013.xlsx"},
                 {"measure": 8, "source": "ГУАПР_Відкритий уряд_ІІ півріччя 2013.xlsx"},
                 {"measure": 9, "source": "ГУАПР_Відкритий уряд_ІІ півріччя 2013.xlsx"}]}


@mail("ph05", KEY)
def ph05():
    t = kyiv(2013, 12, 5, 16, 31, 44)
    cs = "windows-1251"
    body = """Доброго дня!

Надсилаємо інформацію Головного управління агропромислового розвитку облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року. Інформацію погоджено з першим заступником начальника головного управління.
Копію листа направлено Головному фінансовому управлінню облдержадміністрації.

Виконавець: Мороз С.В., відділ правового та кадрового забезпечення Головного управління агропромислового розвитку облдержадміністрації, тел. 67-72-35
"""
    fn = "ГУАПР_Відкритий уряд_ІІ півріччя 2013.xlsx"
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs, "Microsoft Word 14 (filtered medium)"), cs, "quoted-printable", "html")],
                "_000_" + uid("ph05", "b1", 30) + "_")
    root = multi("mixed", [alt, attachment(att("ph05.xlsx"),
                                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                           fn, "B", cs)],
                 "_004_" + uid("ph05", "b2", 30) + "_")
    hdrs = received(t, 2, "mail.example.gov.ua", "192.0.2.61", "ph05") + [
        h_addr("From", "Мороз Світлана Василівна", "apk@example.gov.ua", cs, sep="\t"),
        f"To: {UVP}",
        "CC: <finansy@example.gov.ua>",
        h_text("Subject", "Інформація ГУАПР - план \"Відкритий уряд\" II півріччя 2013 р.", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('ph05', 'example.gov.ua')}",
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index("ph05"),
        "Content-Language: ru"]
    return message(hdrs, root)


# =======================================================================================
# 2. bp — bottom_post
# =======================================================================================

def quote_with_answers(original, answers, width=72, prefix="> ", after=""):
    """Quote `original` paragraph by paragraph and type answers below the quoted items
    ("  6. ..." paragraphs) that `answers` names; `after` is typed below the whole quote."""
    out = []
    for para in original.split("\n\n"):
        for line in wrap(para, width - len(prefix)).split("\n"):
            out.append((prefix + line).rstrip() if line else prefix.rstrip())
        m = re.match(r"^\s+(\d+)\. ", para)
        if m and int(m.group(1)) in answers:
            out.append(answers[int(m.group(1))])
        out.append(prefix.rstrip())
    while out and out[-1] == prefix.rstrip():
        out.pop()
    if after:
        out += ["", after]
    return "\n".join(out)


KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "The general department answers zvit's overdue reminder between its quoted items in Thunderbird: 6, 9 and 12 get real answers, 7 «Без змін» and 10 a bare «не проводились», and the quoted measure wording carries no report.",
       "items": [{"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp01", KEY)
def bp01():
    t = kyiv(2013, 6, 18, 9, 41, 12)
    rem = reminder_text("Козелецька районна державна адміністрація", "15.06.2013", "17.06.2013",
                        [6, 7, 9, 10, 12], overdue=True)
    answers = {
        6: "Проведено громадське обговорення проекту Програми розвитку туризму в Козелецькому районі на 2013-2015 роки (березень-квітень 2013 р.) та публічне громадське обговорення щодо оптимізації мережі закладів освіти району (16.05.2013, зал засідань райдержадміністрації, 57 учасників).",
        7: "Без змін.",
        9: "Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про затвердження Правил благоустрою території смт Козелець», подано 6 пропозицій.",
        10: "не проводились",
        12: "Громадські антикорупційні експертизи проектів розпоряджень у І півріччі не проводились, запитів від інститутів громадянського суспільства не надходило.",
    }
    after = """Вибачте за затримку. Відповідь підготовлено загальним відділом апарату райдержадміністрації за дорученням керівника апарату.

-- 
Шевчук Наталія
загальний відділ апарату Козелецької райдержадміністрації
(04646) 2-11-37
"""
    body = "17.06.2013 09:00, Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації пише:\n" \
        + quote_with_answers(rem, answers, after=after)
    root = text(wrap(body, 72, True), "UTF-8", "8bit", flowed=True, ct_quotes=False)
    rem_id = "<zvit.20130617090000.rda-kozelets.2@cg.ukrtel.net>"
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.73", "bp01") + [
        f"Message-ID: {mid_tb('bp01', 'example.gov.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Козелецька РДА, загальний відділ", "rda-kozelets@example.gov.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130620 Thunderbird/17.0.7",
        h_addr("To", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", UVP),
        h_text("Subject", "Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»"),
        f"References: {rem_id}",
        f"In-Reply-To: {rem_id}"]
    return message(hdrs, root)


KEY = {"class": "bottom_post", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 (Russian UI) reply typed below zvit's quoted receipt with no «>»: the receipt's own lists of points 1, 6, 9 and 2, 7, 8, 12 are quoted, and below them a chief specialist answers 7 and 8, gives 12 a bare «не проводились» and says 2 «не стосується», naming other head offices.",
       "items": [{"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail("bp02", KEY)
def bp02():
    t = kyiv(2013, 12, 10, 14, 18, 26)
    cs = "windows-1251"
    rec = receipt_text("09.12.2013", "Інформація управління екології (Відкритий уряд)",
                       "Управління екології та природних ресурсів облдержадміністрації", 3, "15.12.2013",
                       [(1, "На офіційному веб-сайті управління розміщено щорічну доповідь про стан навколишнього…"),
                        (6, "Проведено громадські слухання щодо проекту Програми охорони навколишнього…"),
                        (9, "Членів Громадської ради залучено до обговорення проекту регіональної програми…")],
                       [2, 7, 8, 12])
    reply = """Доповнення до інформації управління екології та природних ресурсів облдержадміністрації:

п. 7 – до складу Координаційної ради з питань охорони довкілля при управлінні включено 3 представників громадських екологічних організацій (ГО «Зелений світ Чернігівщини», ВЕЛ «Екоклуб»).
п. 8 – голову комітету з питань екології та природокористування Громадської ради при облдержадміністрації Петрика В.О. введено до складу колегії управління (наказ від 15.10.2013 № 88).
п. 12 – не проводились.
п. 2 – не стосується, рубрики ведуться Головним фінансовим управлінням та Головним управлінням економіки облдержадміністрації.

Виконавець: Руденко Галина Іванівна, головний спеціаліст відділу екологічної політики управління екології та природних ресурсів, за дорученням начальника управління, тел. 67-28-41"""
    head = """

-----Исходное сообщение-----
От: Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації [mailto:uvp@cg.ukrtel.net] 
Отправлено: 9 декабря 2013 г. 16:05
Кому: ekolohiia@example.gov.ua
Тема: Підтвердження отримання: Інформація управління екології (Відкритий уряд)

"""
    body = head + rec + "\n\n" + reply + "\n"
    lines = body.split("\n")
    start = lines.index("Доповнення до інформації управління екології та природних ресурсів облдержадміністрації:")
    html_body = to_html_word(body, cs, "Microsoft Word 11 (filtered medium)", color_from=start)
    alt = multi("alternative", [text(body, cs, "quoted-printable"), text(html_body, cs, "quoted-printable", "html")],
                "----=_NextPart_000_00A3_01CEF5B7." + uid("bp02", "b", 8))
    alt.preamble = "This is a multi-part message in MIME format."
    hdrs = received(t, 4, "mail.example.gov.ua", "192.0.2.88", "bp02") + [
        h_addr("From", "Руденко Галина", "ekolohiia@example.gov.ua", cs, sep="\t"),
        h_addr("To", "Управління з питань внутрішньої політики", UVP, cs, sep="\t"),
        h_text("Subject", "RE: Підтвердження отримання: Інформація управління екології (Відкритий уряд)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_oe('bp02', 'rudenko')}",
        "X-Mailer: Microsoft Office Outlook 11",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
        thread_index("bp02"),
        "In-Reply-To: <zvit.20131209160512.su-ekolohiia.r@cg.ukrtel.net>"]
    return message(hdrs, alt)


KEY = {"class": "bottom_post", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A first deputy head answers from an iPhone below УВП's quoted question, which itself quotes the RDA's earlier letter on 1, 6 and 7; only his answer on point 10 at the bottom is new.",
       "items": [{"measure": 10, "source": "body"}]}


@mail("bp03", KEY)
def bp03():
    t = kyiv(2012, 12, 14, 18, 22, 3)
    body = """14 груд. 2012 о 16:05 Литвиненко Ірина <uvp@cg.ukrtel.net> написав(ла):

> Добрий день! Дякуємо за інформацію. Прохання уточнити по п. 10 плану — чи надано громадській раді рекомендації щодо створення комісії з питань відкритості, бо в листі про це нічого.
> 
> І. Литвиненко, УВП облдержадміністрації
> 
> 12.12.2012 11:40, Бобровицька РДА пише:
>> Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
>> 
>> Бобровицька райдержадміністрація інформує:
>> п. 1 - на офіційному веб-сайті райдержадміністрації оновлено розділи «Влада» та «Звернення громадян»;
>> п. 6 - проведено 3 консультації з громадськістю (обговорення проекту районного бюджету на 2013 рік, тарифів на водопостачання, перейменування вулиць м. Бобровиці);
>> п. 7 - до складу районної координаційної ради у справах дітей включено 2 представників громадських організацій.
>> 
>> Перший заступник голови райдержадміністрації В.М. Гармаш

Ірино Петрівно, добрий вечір. По п.10: рекомендації громадській раді надано ще в жовтні (лист РДА від 19.10.2012 № 01-15/2017), на засіданні громадської ради 27.11.2012 створено робочу групу з питань відкритості та прозорості у складі 4 осіб, керівник – Ткаченко С.М. Офіційний лист надішлемо в понеділок.
Перший заступник голови РДА Гармаш В.М.

Надіслано з iPhone
"""
    root = Part(["Content-Type: text/plain;", "\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                qp(crlf(body).encode("utf-8")))
    hdrs = received(t, 7, "mail.example.gov.ua", "192.0.2.95", "bp03") + [
        h_text("Subject", "Re: Інформація Бобровицької РДА"),
        h_addr("From", "Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"),
        "X-Mailer: iPhone Mail (10A523)",
        f"In-Reply-To: <50CB3A81.9010806@cg.ukrtel.net>",
        f"Date: {rfc_date(t)}",
        h_addr("To", "Литвиненко Ірина", UVP),
        f"Message-ID: <{uid('bp03', 'i1', 8)}-{uid('bp03', 'i2', 4)}-{uid('bp03', 'i3', 4)}-{uid('bp03', 'i4', 4)}-{uid('bp03', 'i5', 12)}@example.gov.ua>",
        "References: <50C85E1C.4050702@example.gov.ua> <50CB3A81.9010806@cg.ukrtel.net>"]
    return message(hdrs, root)


KEY = {"class": "bottom_post", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A methodologist answers below zvit's quoted receipt in Roundcube (blockquote in HTML, «>» in text) for the centre's director, typing the text of an unreadable scan on point 13, the seminars held with УВП.",
       "items": [{"measure": 13, "source": "body"}]}


@mail("bp04", KEY)
def bp04():
    t = kyiv(2013, 2, 27, 11, 5, 48)
    rec = receipt_text("27.02.2013", "Інформація ЦППК щодо плану заходів",
                       "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій",
                       2, "15.06.2013", [], [13],
                       unreadable=[("Інформація_ЦППК.jpg", "зображення без текстового шару")])
    quoted = "\n".join(("> " + l).rstrip() for l in rec.split("\n"))
    reply = """Надсилаємо текстом (скан був у форматі jpg):

На виконання п. 13 Плану заходів Центр спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації провів у лютому 2013 року 3 навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства (07.02, 14.02 та 21.02.2013) для заступників керівників структурних підрозділів облдержадміністрації, заступників голів райдержадміністрацій та спеціалістів, які безпосередньо організовують консультації з громадськістю. Навчання пройшли 78 осіб. Четвертий семінар відбудеться 28.02.2013.

За дорученням директора Центру
методист навчально-методичного відділу
Чернігівського центру перепідготовки та підвищення кваліфікації
Ю.В. Марченко"""
    attr = "27.02.2013 10:31, Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації написав:"
    body = attr + "\n" + quoted + "\n\n" + reply + "\n"
    hb = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>',
          "<p>" + html.escape(attr) + "</p>",
          '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px; width:100%">',
          "<pre>" + html.escape(rec) + "</pre>", "</blockquote>"]
    for para in reply.split("\n\n"):
        hb.append("<p>" + "<br />".join(html.escape(l) for l in para.split("\n")) + "</p>")
    hb.append("</body></html>")
    alt = multi("alternative", [text(wrap(body, 76, True), "UTF-8", "quoted-printable", flowed=True, ct_quotes=False),
                                text("\n".join(hb) + "\n", "UTF-8", "quoted-printable", "html", ct_quotes=False)],
                "=_" + hexid("bp04", "b", 32), sep=" ")
    hdrs = received(t, 2, "mail.example.gov.ua", "192.0.2.99", "bp04") + [
        h_addr("From", "ЦППК", "cppk@example.gov.ua"),
        f"To: {UVP}",
        h_text("Subject", "Re: Підтвердження отримання: Інформація ЦППК щодо плану заходів"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: <{hexid('bp04', 'm', 32)}@example.gov.ua>",
        "X-Sender: cppk@example.gov.ua",
        "In-Reply-To: <zvit.20130227103114.cppk.r@cg.ukrtel.net>",
        "User-Agent: Roundcube Webmail/0.8.4"]
    return message(hdrs, alt)


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 (Ukrainian UI) reply with a «Від/Надіслано/Кому/Тема» block and no «>»: answers «ВІДПОВІДЬ:» are typed between the lines of a УВП specialist's question on points 8 and 12, signed by УВП's specialist above and the answering clerk below.",
       "items": [{"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp05", KEY)
def bp05():
    t = kyiv(2013, 12, 12, 10, 26, 39)
    cs = "windows-1251"
    body = """Доброго дня! Відповіді – у тексті листа нижче.

Від: Литвиненко Ірина [mailto:uvp@cg.ukrtel.net] 
Надіслано: 11 грудня 2013 р. 15:12
Кому: osvita@example.gov.ua
Тема: уточнення до інформації (Відкритий уряд)

Шановні колеги!
У Вашій інформації за ІІ півріччя 2013 року відсутні відомості щодо пунктів 8 та 12 Плану заходів. Просимо уточнити:
- чи введено голову профільного комітету Громадської ради до складу колегії управління (п. 8);

ВІДПОВІДЬ: Так, голову комітету з питань освіти, науки та молодіжної політики Громадської ради при облдержадміністрації Савченко Л.М. введено до складу колегії управління освіти і науки наказом від 23.09.2013 № 512, вона брала участь у засіданні колегії 28.11.2013.

- чи проводились громадські експертизи (п. 12).

ВІДПОВІДЬ: У вересні 2013 р. ГО «Батьківський контроль» провела громадську експертизу діяльності управління щодо організації харчування у загальноосвітніх навчальних закладах; за її результатами наказом управління від 30.10.2013 № 598 затверджено план заходів з реалізації пропозицій, заходи виконуються.

З повагою
І. Литвиненко
головний спеціаліст відділу взаємодії з громадськістю
управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації
67-58-12

Відповідь підготувала Гончар О.В., головний спеціаліст відділу кадрової роботи управління освіти і науки облдержадміністрації, за погодженням із заступником начальника управління Кириленком П.С.
"""
    lines = body.split("\n")
    coloured = {i for i, l in enumerate(lines) if l.startswith(("ВІДПОВІДЬ", "Доброго дня", "Відповідь підготувала"))}
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs, "Microsoft Word 14 (filtered medium)", color_from=coloured),
                                     cs, "quoted-printable", "html")],
                "_000_" + uid("bp05", "b", 30) + "_")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.104", "bp05") + [
        h_addr("From", "Управління освіти і науки ОДА", "osvita@example.gov.ua", cs, sep="\t"),
        h_addr("To", "Литвиненко Ірина", UVP, cs, sep="\t"),
        h_text("Subject", "RE: уточнення до інформації (Відкритий уряд)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('bp05', 'example.gov.ua')}",
        "In-Reply-To: <52A8635C.3020107@cg.ukrtel.net>",
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index("bp05"),
        "Content-Language: uk"]
    return message(hdrs, alt)


def ics_fold(ics):
    """Fold iCalendar content lines at 75 octets (RFC 5545), never inside a character."""
    out = []
    for line in ics.split("\n"):
        cur, first = "", True
        for ch in line:
            limit = 75 if first else 74
            if len((cur + ch).encode("utf-8")) > limit:
                out.append(("" if first else " ") + cur)
                cur, first = ch, False
            else:
                cur += ch
        out.append(("" if first else " ") + cur)
    return "\n".join(out)


# =======================================================================================
# 3. nr — not_report
# =======================================================================================

KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "The coordinator's assistant invites УВП's head by name to the public discussion of the plan's implementation (point 15) with an .ics; the announcement already posted on «Чернігівська громада» and the confirmed participants are preparations for an event to come.",
       "items": []}


@mail("nr01", KEY)
def nr01():
    t = kyiv(2013, 11, 28, 13, 40, 16)
    body = """Шановний Олеже Миколайовичу!
Шановні колеги з управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації!

За дорученням регіонального координатора «Партнерства „Відкритий уряд“» в Чернігівській області Олександра Бабича запрошуємо Вас взяти участь у громадському обговоренні виконання заходів Плану з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (п. 15 Плану), яке відбудеться 10 грудня 2013 року о 14:00 у конференц-залі Чернігівського обласного молодіжного центру (вул. Шевченка, 55).

Співорганізатори – Громадська рада при облдержадміністрації та ГО «Центр громадських ініціатив». Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 19 громадських організацій.

Просимо підтвердити участь представника управління до 6 грудня.

З повагою
Марина Ковтун
помічник регіонального координатора «Партнерства „Відкритий уряд“» в Чернігівській області
моб. 067 461 28 30
"""
    ics = """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Kiev
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20131128T113512Z
LAST-MODIFIED:20131128T113901Z
DTSTAMP:20131128T113901Z
UID:{uid}
SUMMARY:Громадське обговорення виконання Плану заходів «Відкритий уряд»
ORGANIZER;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ogp-coordinator@example.org.ua
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:uvp@cg.ukrtel.net
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=OPT-PARTICIPANT:mailto:gromrada@example.gov.ua
DTSTART;TZID=Europe/Kiev:20131210T140000
DTEND;TZID=Europe/Kiev:20131210T170000
LOCATION:Чернігівський обласний молодіжний центр\\, вул. Шевченка\\, 55
DESCRIPTION:Громадське обговорення виконання заходів Плану (п. 15). Співорганізатори: Громадська рада при облдержадміністрації\\, ГО «Центр громадських ініціатив».
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""".replace("{uid}", hexid("nr01", "u", 8) + "-" + hexid("nr01", "v", 4) + "-" + hexid("nr01", "w", 4) + "-" + hexid("nr01", "x", 12))
    ics_b = crlf(ics_fold(ics)).encode("utf-8")
    alt = multi("alternative", [
        text(wrap(body, 72, True), "UTF-8", "8bit", flowed=True, ct_quotes=False),
        Part(["Content-Type: text/calendar; method=REQUEST; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], ics_b)],
        "------------070305000906070907040802", sep=" ")
    root = multi("mixed", [alt, Part(["Content-Type: application/ics; name=\"invite.ics\"",
                                      "Content-Transfer-Encoding: base64",
                                      "Content-Disposition: attachment; filename=\"invite.ics\""], b64(ics_b))],
                 "------------020306050702010008040502", preamble="This is a multi-part message in MIME format.", sep=" ")
    hdrs = received(t, 4, "mx.example.org.ua", "198.51.100.14", "nr01") + [
        f"Message-ID: {mid_tb('nr01', 'example.org.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Регіональний координатор ПВУ", "ogp-coordinator@example.org.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
        f"To: {UVP}",
        "CC: gromrada@example.gov.ua",
        h_text("Subject", "Запрошення: громадське обговорення виконання Плану заходів «Відкритий уряд» 10.12.2013")]
    return message(hdrs, root)


KEY = {"class": "not_report", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A sector specialist asks from her private ukr.net box whether the Mena RDA must answer points 2 and 8; the working commission on point 10 is a premise inside her second question, and the rest is promised for later.",
       "items": []}


@mail("nr02", KEY)
def nr02():
    t = kyiv(2013, 6, 5, 12, 15, 30)
    body = """Добрий день!

Пише Гордієнко Оксана, сектор з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю апарату Менської райдержадміністрації (пишу з особистої пошти, бо наша скринька переповнена).

Підкажіть, будь ласка, чи потрібно Менській РДА подавати інформацію щодо пунктів 2 і 8 плану, якщо там виконавцями зазначені тільки структурні підрозділи облдержадміністрації?

І ще питання щодо п. 10: при громадській раді при райдержадміністрації ще з березня працює комісія з питань відкритості та прозорості — чи треба це знову описувати, чи достатньо послатися на нашу інформацію за ІІ півріччя 2012 року?

Інформацію по решті пунктів надамо до 14 червня.

Дякую.
З повагою, Оксана Гордієнко
тел. (04644) 2-17-93
"""
    hb = "<html><body>" + "".join(
        f"<div>{html.escape(l) if l else '<br>'}</div>" for l in body.split("\n")) + "</body></html>\n"
    alt = multi("alternative", [text(body, "utf-8", "base64"), text(hb, "utf-8", "base64", "html")],
                "--" + uid("nr02", "b", 24, "0123456789"), sep=" ")
    hdrs = received(t, 2, "frv38.fwdcdn.com", "212.42.77.28", "nr02") + [
        f"Date: {rfc_date(t)}",
        h_addr("From", "Оксана Гордієнко", "oksana.hordiienko@ukr.net"),
        "X-Mailer: mail.ukr.net 5.0",
        f"Message-Id: <{uid('nr02', 'm1', 10, '0123456789')}.{uid('nr02', 'm2', 9, '0123456789')}.{hexid('nr02', 'm3', 8)}@frv38.ukr.net>",
        f"To: {UVP}",
        h_text("Subject", "питання щодо інформації по плану Відкритий уряд")]
    return message(hdrs, alt)


KEY = {"class": "not_report", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "The acting head asks УВП's head, by name in the dative, for more time; the papers on points 1, 6, 7, 9 and 12 are still awaiting the deputy's approval and the public review data are being collected.",
       "items": []}


@mail("nr03", KEY)
def nr03():
    t = kyiv(2013, 12, 13, 16, 50, 2)
    cs = "windows-1251"
    body = """Начальнику управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації
Гриценку О.М.

Шановний Олеже Миколайовичу!

Управління охорони здоров’я облдержадміністрації просить продовжити до 20 грудня 2013 року термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року у зв’язку з тим, що начальник управління перебуває на лікарняному, а матеріали щодо пунктів 1, 6, 7, 9 та 12 підготовлені та знаходяться на погодженні у заступника начальника управління. Відомості щодо громадської експертизи (п. 12) ще узагальнюються головними лікарями обласних закладів охорони здоров’я.

В.о. начальника управління                    С.П. Іваненко

Вик. Литвин Н.О., 67-34-20
"""
    root = text(wrap(body, 76), cs, "8bit")
    hdrs = received(t, 6, "mail.example.gov.ua", "192.0.2.118", "nr03") + [
        f"Message-ID: {mid_oe('nr03', 'zdorov-buh')}",
        h_addr("From", "Управління охорони здоров'я ОДА", "zdorovia@example.gov.ua", cs),
        h_addr("To", "Управління з питань внутрішньої політики", UVP, cs),
        h_text("Subject", "Про продовження терміну подання інформації", cs),
        f"Date: {rfc_date(t)}",
        "X-Priority: 3",
        "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"]
    return message(hdrs, root)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "A deputy director, writing while the director is away, announces the February seminars under point 13 and attaches their schedule (.doc); everything in it is still to come.",
       "items": []}


@mail("nr04", KEY)
def nr04():
    t = kyiv(2013, 1, 15, 10, 20, 55)
    cs = "windows-1251"
    body = """Шановні колеги!

Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій інформує, що відповідно до п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у лютому 2013 року Центр спільно з управлінням з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації проведе навчальні семінари для заступників керівників структурних підрозділів облдержадміністрації та райдержадміністрацій, відповідальних за організацію консультацій з громадськістю. Графік семінарів додається.

Просимо довести графік до відома структурних підрозділів облдержадміністрації та райдержадміністрацій і надіслати списки учасників до 01.02.2013 на адресу cppk@example.gov.ua.

З повагою
Т. Білик, заступник директора Центру
(за відсутності директора)
тел. (0462) 65-11-47
"""
    fn = "Графік семінарів на І квартал 2013 року.doc"
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs), cs, "quoted-printable", "html")],
                "----=_NextPart_001_0005_01CDF30D." + uid("nr04", "a", 8))
    root = multi("mixed", [alt, attachment(att("nr04.doc"), "application/msword", fn, "B", cs)],
                 "----=_NextPart_000_0004_01CDF30D." + uid("nr04", "a", 8),
                 preamble="This is a multipart message in MIME format.")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.126", "nr04") + [
        h_addr("From", "Білик Тетяна", "cppk@example.gov.ua", cs, sep="\t"),
        f"To: <{UVP}>",
        h_text("Subject", "графік навчальних семінарів для заступників керівників (консультації з громадськістю)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('nr04', 'example.gov.ua')}",
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index("nr04"),
        "Content-Language: uk"]
    return message(hdrs, root)


KEY = {"class": "not_report", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "The head of the apparatus answers zvit's reminder from her phone (Russian client, top-posted, reminder quoted below) promising the RDA's information by 17.12 once the head signs it.",
       "items": []}


@mail("nr05", KEY)
def nr05():
    t = kyiv(2012, 12, 14, 17, 35, 20)
    rem = reminder_text("Щорська районна державна адміністрація", "15.12.2012", "14.12.2012",
                        [1, 6, 7, 9, 10, 12], overdue=False)
    body = """Доброго дня. Інформацію Щорської РДА по всіх пунктах надамо до 17.12.2012, зараз вона на підписі у голови райдержадміністрації, який повертається з наради в облдержадміністрації. Вибачте.
Керуюча справами апарату РДА Кузьменко Л.

Отправлено с моего Samsung Galaxy Note

-------- Исходное сообщение --------
От: Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації <uvp@cg.ukrtel.net> 
Дата: 14.12.2012  9:00  (GMT+02:00) 
Кому: rda-shchors@example.gov.ua 
Тема: Нагадування: інформація про виконання Плану заходів «Відкритий уряд» 

""" + rem + "\n"
    root = text(body, "UTF-8", "base64", ct_quotes=False)
    hdrs = received(t, 9, "mail.example.gov.ua", "192.0.2.131", "nr05") + [
        f"Date: {rfc_date(t)}",
        h_text("Subject", "RE: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»"),
        f"Message-ID: <{uid('nr05', 'm', 12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{uid('nr05', 'n', 13, '0123456789')}@email.android.com>",
        "X-Android-Message-ID: <" + uid("nr05", "x", 20, "0123456789abcdef") + "@email.android.com>",
        "In-Reply-To: <zvit.20121214090000.rda-shchors.1@cg.ukrtel.net>",
        h_addr("From", "Щорська РДА", "rda-shchors@example.gov.ua"),
        f"To: {UVP}",
        "Importance: Normal"]
    return message(hdrs, root)


# =======================================================================================
# 4. rg — ranges
# =======================================================================================

KEY = {"class": "ranges", "executor": "su-zhkh", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A deputy head's .xls answers «1–2» and «6–9» each as one block in the plan-number cell beside a running «№ з/п»; the «6–9» text says nothing of the collegium, yet the block counts 6, 7, 8 and 9; the row «16» and the letter and sheet numbers in the body count nothing.",
       "items": [{"measure": 1, "source": "ZhKG_vidkrytyi_uriad_2012.xls"},
                 {"measure": 2, "source": "ZhKG_vidkrytyi_uriad_2012.xls"},
                 {"measure": 6, "source": "ZhKG_vidkrytyi_uriad_2012.xls"},
                 {"measure": 7, "source": "ZhKG_vidkrytyi_uriad_2012.xls"},
                 {"measure": 8, "source": "ZhKG_vidkrytyi_uriad_2012.xls"},
                 {"measure": 9, "source": "ZhKG_vidkrytyi_uriad_2012.xls"},
                 {"measure": 12, "source": "ZhKG_vidkrytyi_uriad_2012.xls"}]}


@mail("rg01", KEY)
def rg01():
    t = kyiv(2012, 12, 11, 15, 47, 9)
    cs = "windows-1251"
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На Ваш лист від 03.12.2012 № 05-08/2871 надсилаємо інформацію управління житлово-комунального господарства облдержадміністрації щодо виконання Плану заходів (додається на 1 арк.).

Заступник начальника управління – начальник відділу економіки та тарифної політики
А.В. Зінченко

Виконавець: Прокопенко Д.С., 67-41-09
"""
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs), cs, "quoted-printable", "html")],
                "----=_NextPart_001_0033_01CDD7B6." + uid("rg01", "a", 8))
    root = multi("mixed", [alt, attachment(att("rg01.xls"), "application/vnd.ms-excel",
                                           "ZhKG_vidkrytyi_uriad_2012.xls", "ascii")],
                 "----=_NextPart_000_0032_01CDD7B6." + uid("rg01", "a", 8),
                 preamble="This is a multipart message in MIME format.")
    hdrs = received(t, 5, "mail.example.gov.ua", "192.0.2.140", "rg01") + [
        h_addr("From", "Управління ЖКГ облдержадміністрації", "zhkh@example.gov.ua", cs, sep="\t"),
        h_addr("To", "uvp", UVP, quote_ascii=False),
        h_text("Subject", "інформація управління ЖКГ щодо виконання плану заходів \"Відкритий уряд\"", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('rg01', 'example.gov.ua')}",
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index("rg01"),
        "Content-Language: uk"]
    return message(hdrs, root)


KEY = {"class": "ranges", "executor": "rda-kulykivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The head of the apparatus answers «По пп. 6-9, 12 плану» in one paragraph (8 counts though it is not an RDA's measure), alongside «П. 1.» and «П. 10.»; resolution «№ 3», the order «№ 118», dates and counts are no measures.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("rg02", KEY)
def rg02():
    t = kyiv(2013, 6, 11, 11, 8, 40)
    cs = "koi8-u"
    body = """Управлінню з питань внутрішньої політики та
зв'язків з громадськістю облдержадміністрації

Куликівська районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (лист облдержадміністрації від 18.09.2012 N 01-17/4521) інформує.

П. 1. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог постанови Кабінету Міністрів України від 04.01.2002 N 3; у квітні 2013 року оновлено розділи "Регуляторна політика" та "Публічна інформація".

По пп. 6-9, 12 плану. Протягом I півріччя 2013 року проведено 4 консультації з громадськістю (публічні громадські обговорення проектів програм "Питна вода Куликівського району" на 2013-2020 роки та розвитку фізичної культури і спорту, а також 2 електронні консультації на сайті райдержадміністрації). До складу координаційної ради з питань сім'ї, гендерної рівності та протидії торгівлі людьми включено 2 представників громадської ради при райдержадміністрації. Члени громадської ради взяли участь в обговоренні проекту розпорядження голови райдержадміністрації "Про організацію оздоровлення дітей" (розпорядження від 15.05.2013 N 118). Громадських антикорупційних експертиз не проводилось.

П. 10. Рекомендації щодо створення комісії з питань відкритості та прозорості надано громадській раді листом від 02.10.2012 N 02-14/1715, питання розглядатиметься на найближчому засіданні ради.

Керуючий справами апарату райдержадміністрації          В.І. Лук'яненко

Вик. Петрушенко О.М., 2-12-40
"""
    root = text(wrap(body, 76), cs, "quoted-printable")
    hdrs = received(t, 4, "mail.example.gov.ua", "192.0.2.147", "rg02") + [
        f"Date: {rfc_date(t)}",
        h_addr("From", "Kulykivka RDA", "rda-kulykivka@example.gov.ua"),
        "X-Mailer: The Bat! (v5.2.10) Home",
        "Reply-To: rda-kulykivka@example.gov.ua",
        "X-Priority: 3 (Normal)",
        f"Message-ID: {mid_bat('rg02', 'example.gov.ua', t)}",
        f"To: {UVP}",
        h_text("Subject", "Інформація Куликівської РДА (Відкритий уряд)", cs)]
    return message(hdrs, root)


KEY = {"class": "ranges", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The archive's general department forwards the director's .docx letter: «Щодо пунктів з 6 по 9 Плану» is one paragraph (so 6–9 all count), point 2 «не стосується», point 12 states what was not initiated; the letter's own and the answered letter's numbers count nothing.",
       "items": [{"measure": 1, "source": "Держархів_інформація_Відкритий уряд_грудень 2013.docx"},
                 {"measure": 6, "source": "Держархів_інформація_Відкритий уряд_грудень 2013.docx"},
                 {"measure": 7, "source": "Держархів_інформація_Відкритий уряд_грудень 2013.docx"},
                 {"measure": 8, "source": "Держархів_інформація_Відкритий уряд_грудень 2013.docx"},
                 {"measure": 9, "source": "Держархів_інформація_Відкритий уряд_грудень 2013.docx"},
                 {"measure": 12, "source": "Держархів_інформація_Відкритий уряд_грудень 2013.docx"}]}


@mail("rg03", KEY)
def rg03():
    t = kyiv(2013, 12, 6, 12, 33, 18)
    body = """Добрий день!

Надсилаємо лист Державного архіву Чернігівської області від 06.12.2013 № 01-12/1457 щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області. Оригінал – поштою.

Загальний відділ Державного архіву Чернігівської області
Карпенко Валентина
67-21-33
"""
    fn = "Держархів_інформація_Відкритий уряд_грудень 2013.docx"
    root = multi("mixed", [text(wrap(body, 72, True), "UTF-8", "quoted-printable", flowed=True, ct_quotes=False),
                           attachment(att("rg03.docx"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      fn, "2231c", "UTF-8", sep=" ", name_style="B")],
                 "------------000805090300070901060908", preamble="This is a multi-part message in MIME format.", sep=" ")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.152", "rg03") + [
        f"Message-ID: {mid_tb('rg03', 'example.gov.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Державний архів Чернігівської області, загальний відділ", "arkhiv@example.gov.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.0",
        f"To: {UVP}",
        h_text("Subject", "Лист Держархіву області № 01-12/1457 від 06.12.2013")]
    return message(hdrs, root)


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Late, in Russian, from the organisational department «по поручению председателя»: «По пунктам 1 и 6» and «Пункты 7 и 9» are answered as blocks; «Пункт 12 — не было» is bare; «3 (три)» and «из 15 членов» are counts.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("rg04", KEY)
def rg04():
    t = kyiv(2012, 12, 17, 9, 15, 21)
    cs = "windows-1251"
    body = """Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации

Прилукская районная государственная администрация сообщает.

По пунктам 1 и 6 плана: официальный веб-сайт райгосадминистрации приведен в соответствие с требованиями законодательства, создан раздел «Общественный совет»; в IV квартале 2012 года проведено 3 (три) общественных обсуждения – проект районного бюджета на 2013 год, проект Программы развития малого предпринимательства, вопросы тарифов на вывоз твердых бытовых отходов.

Пункты 7 и 9: представители общественного совета при райгосадминистрации включены в состав районной комиссии по вопросам техногенно-экологической безопасности и чрезвычайных ситуаций (2 человека) и принимали участие в обсуждении проекта районного бюджета; из 15 членов совета в обсуждении участвовали 9.

Пункт 12 – не было.

Начальник отдела организационной работы и контроля аппарата райгосадминистрации
(по поручению председателя РГА)
Л.Н. Дмитренко
тел. (04637) 3-05-17
"""
    root = text(wrap(body, 76), cs, "base64")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.160", "rg04") + [
        f"Message-ID: {mid_oe('rg04', 'org-otdel')}",
        h_addr("From", "Прилукская РГА", "rda-pryluky@example.gov.ua", cs),
        h_addr("To", "УВП ОГА", UVP, cs),
        h_text("Subject", "Информация Прилукской РГА по плану \"Открытое правительство\"", cs),
        f"Date: {rfc_date(t)}",
        "X-Priority: 3",
        "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"]
    return message(hdrs, root)


KEY = {"class": "ranges", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .ods with a running «№ з/п» beside a plan-number cell holding lists «6, 7, 9» and «10, 12», each answered as one block; the covering note names the RDA's units that supplied the text.",
       "items": [{"measure": 1, "source": "Сосницька_РДА_ІІ_півр_2013.ods"},
                 {"measure": 6, "source": "Сосницька_РДА_ІІ_півр_2013.ods"},
                 {"measure": 7, "source": "Сосницька_РДА_ІІ_півр_2013.ods"},
                 {"measure": 9, "source": "Сосницька_РДА_ІІ_півр_2013.ods"},
                 {"measure": 10, "source": "Сосницька_РДА_ІІ_півр_2013.ods"},
                 {"measure": 12, "source": "Сосницька_РДА_ІІ_півр_2013.ods"}]}


@mail("rg05", KEY)
def rg05():
    t = kyiv(2013, 12, 13, 14, 52, 37)
    body = """Добрий день.

Надсилаємо інформацію Сосницької райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (підписана керівником апарату за дорученням голови райдержадміністрації).
Інформацію підготовлено відділом організаційної роботи та з питань внутрішньої політики апарату райдержадміністрації з урахуванням пропозицій відділу освіти, відділу культури і туризму та районного центру соціальних служб для сім'ї, дітей та молоді.

--
Тетяна Захарченко
відділ організаційної роботи та з питань внутрішньої політики
апарату Сосницької райдержадміністрації
"""
    fn = "Сосницька_РДА_ІІ_півр_2013.ods"
    root = multi("mixed", [text(body, "UTF-8", "quoted-printable", ct_quotes=False),
                           attachment(att("rg05.ods"), "application/vnd.oasis.opendocument.spreadsheet",
                                      fn, "2231", "UTF-8", sep=" ", name_style="2231")],
                 "=_" + hexid("rg05", "b", 32), sep=" ")
    hdrs = received(t, 2, "mail.example.gov.ua", "192.0.2.166", "rg05") + [
        h_addr("From", "Сосницька РДА", "rda-sosnytsia@example.gov.ua"),
        f"To: {UVP}",
        h_text("Subject", "Інформація Сосницької РДА, план \"Відкритий уряд\""),
        f"Date: {rfc_date(t)}",
        f"Message-ID: <{hexid('rg05', 'm', 32)}@example.gov.ua>",
        "X-Sender: rda-sosnytsia@example.gov.ua",
        "User-Agent: Roundcube Webmail/0.9.5"]
    return message(hdrs, root)


# =======================================================================================
# 5. pr — prose
# =======================================================================================

KEY = {"class": "prose", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The chancellery sends the head's letter as a PDF with a text layer and no plan numbers: the site, the «Виконання місцевих бюджетів» rubric, a consultation and the Public Council members' part in the budget discussion share paragraphs, the closing site clause is a passing mention, and public reviews are said not to have been initiated.",
       "items": [{"measure": 1, "source": "Skan_lyst_GFU_04-09_3318.pdf"},
                 {"measure": 2, "source": "Skan_lyst_GFU_04-09_3318.pdf"},
                 {"measure": 6, "source": "Skan_lyst_GFU_04-09_3318.pdf"},
                 {"measure": 9, "source": "Skan_lyst_GFU_04-09_3318.pdf"},
                 {"measure": 12, "source": "Skan_lyst_GFU_04-09_3318.pdf"}]}


@mail("pr01", KEY)
def pr01():
    t = kyiv(2012, 12, 7, 16, 4, 50)
    cs = "windows-1251"
    body = """Доброго дня!

Направляємо скан-копію листа начальника Головного фінансового управління облдержадміністрації від 07.12.2012 № 04-09/3318 «Про виконання Плану заходів». Оригінал буде направлено поштою.

Сектор документального забезпечення (канцелярія) Головного фінансового управління облдержадміністрації
Павленко Л., тел. 67-21-05
"""
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs, "Microsoft Word 14 (filtered medium)"), cs, "quoted-printable", "html")],
                "_000_" + uid("pr01", "b", 30) + "_")
    root = multi("mixed", [alt, attachment(att("pr01.pdf"), "application/pdf", "Skan_lyst_GFU_04-09_3318.pdf", "ascii")],
                 "_004_" + uid("pr01", "c", 30) + "_")
    hdrs = received(t, 5, "mail.example.gov.ua", "192.0.2.171", "pr01") + [
        h_addr("From", "Канцелярія ГФУ", "finansy@example.gov.ua", cs, sep="\t"),
        h_addr("To", "Гриценко Олег Миколайович", UVP, cs, sep="\t"),
        h_text("Subject", "лист ГФУ від 07.12.2012 № 04-09/3318", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('pr01', 'example.gov.ua')}",
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index("pr01"),
        "Content-Language: uk"]
    return message(hdrs, root)


KEY = {"class": "prose", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .doc signed by the deputy head, sent by a specialist, in prose under subject headings; one paragraph covers both the collegium (8) and the youth council as an advisory body (7).",
       "items": [{"measure": 1, "source": "Інформація управління у справах сім'ї, молоді та спорту (Відкритий уряд).doc"},
                 {"measure": 6, "source": "Інформація управління у справах сім'ї, молоді та спорту (Відкритий уряд).doc"},
                 {"measure": 7, "source": "Інформація управління у справах сім'ї, молоді та спорту (Відкритий уряд).doc"},
                 {"measure": 8, "source": "Інформація управління у справах сім'ї, молоді та спорту (Відкритий уряд).doc"}]}


@mail("pr02", KEY)
def pr02():
    t = kyiv(2013, 6, 12, 10, 40, 31)
    body = """Доброго дня!

У вкладенні інформація управління у справах сім'ї, молоді та спорту облдержадміністрації, підписана заступником начальника управління Левченком О.С. (начальник управління у відрядженні).

-- 
Сергієнко Марина
провідний спеціаліст відділу з питань молоді
управління у справах сім'ї, молоді та спорту облдержадміністрації
"""
    fn = "Інформація управління у справах сім'ї, молоді та спорту (Відкритий уряд).doc"
    root = multi("mixed", [text(wrap(body, 72, True), "UTF-8", "8bit", flowed=True, ct_quotes=False),
                           attachment(att("pr02.doc"), "application/msword", fn, "2231c", "UTF-8", sep=" ",
                                      name_style="B")],
                 "------------040904030906030702090500", preamble="This is a multi-part message in MIME format.", sep=" ")
    hdrs = received(t, 4, "mail.example.gov.ua", "192.0.2.178", "pr02") + [
        f"Message-ID: {mid_tb('pr02', 'example.gov.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
        f"To: {UVP}",
        h_text("Subject", "Інформація (Відкритий уряд)")]
    return message(hdrs, root)


KEY = {"class": "prose", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The Council's secretary sends its chair's report (.odt, Apple Mail) in prose, naming УВП and the regional coordinator as partners: the web resource, its forum, the public discussion of the plan's implementation and the committee heads placed in the units' collegia.",
       "items": [{"measure": 3, "source": "Звіт_Громадської_ради_Відкритий_уряд_2012.odt"},
                 {"measure": 4, "source": "Звіт_Громадської_ради_Відкритий_уряд_2012.odt"},
                 {"measure": 8, "source": "Звіт_Громадської_ради_Відкритий_уряд_2012.odt"},
                 {"measure": 15, "source": "Звіт_Громадської_ради_Відкритий_уряд_2012.odt"}]}


@mail("pr03", KEY)
def pr03():
    t = kyiv(2012, 12, 12, 19, 5, 14)
    body = """Шановний Олеже Миколайовичу!

Надсилаю звіт Громадської ради при облдержадміністрації щодо заходів Плану, у яких рада визначена співвиконавцем разом з Вашим управлінням. Звіт схвалено на засіданні президії ради 10.12.2012 і підписано головою ради.

З повагою,
Світлана Приходько
відповідальний секретар Громадської ради при Чернігівській облдержадміністрації
"""
    fn = "Звіт_Громадської_ради_Відкритий_уряд_2012.odt"
    bnd = "Apple-Mail=_" + uid("pr03", "b", 8) + "-" + uid("pr03", "c", 4) + "-" + uid("pr03", "d", 4) + "-" + uid("pr03", "e", 4) + "-" + uid("pr03", "f", 12)
    root = multi("mixed", [
        text(body, "utf-8", "quoted-printable", ct_quotes=False),
        attachment(att("pr03.odt"), "application/vnd.oasis.opendocument.text", fn, "2231", "utf-8", sep="\t",
                   name_style="2231")], bnd)
    root.headers = [f'Content-Type: multipart/mixed; boundary="{bnd}"']
    hdrs = received(t, 6, "mail.example.gov.ua", "192.0.2.183", "pr03") + [
        h_addr("From", "Громадська рада при ОДА", "gromrada@example.gov.ua"),
        h_text("Subject", "Звіт Громадської ради щодо Плану заходів «Відкритий уряд»"),
        f"Date: {rfc_date(t)}",
        f"Message-Id: <{uid('pr03', 'm1', 8)}-{uid('pr03', 'm2', 4)}-{uid('pr03', 'm3', 4)}-{uid('pr03', 'm4', 4)}-{uid('pr03', 'm5', 12)}@example.gov.ua>",
        h_addr("To", "Гриценко Олег", UVP),
        "X-Mailer: Apple Mail (2.1499)"]
    return message(hdrs, root)


KEY = {"class": "prose", "executor": "rda-varva", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The RDA's internal-policy sector sends the whole administration's report (.rtf) in prose: one paragraph holds a hearing and the council members' proposals (6 and 9) and mentions the site only as where it was published, so there is no item for the site.",
       "items": [{"measure": 6, "source": "Інформація Варвинської РДА.rtf"},
                 {"measure": 7, "source": "Інформація Варвинської РДА.rtf"},
                 {"measure": 9, "source": "Інформація Варвинської РДА.rtf"},
                 {"measure": 12, "source": "Інформація Варвинської РДА.rtf"}]}


@mail("pr04", KEY)
def pr04():
    t = kyiv(2013, 12, 9, 11, 55, 3)
    cs = "windows-1251"
    body = """Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Сектор з питань внутрішньої політики, зв’язків із засобами масової інформації та громадськістю апарату Варвинської райдержадміністрації надсилає узагальнену інформацію райдержадміністрації (з урахуванням інформації структурних підрозділів) про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у ІІ півріччі 2013 року.

Завідувач сектору
О.В. Кулик
"""
    fn = "Інформація Варвинської РДА.rtf"
    root = multi("mixed", [text(body, cs, "base64"),
                           attachment(att("pr04.rtf"), "application/msword", fn, "B", cs)],
                 "----=_NextPart_000_0019_01CEF4D1." + uid("pr04", "a", 8),
                 preamble="This is a multi-part message in MIME format.")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.190", "pr04") + [
        h_addr("From", "Сектор внутрішньої політики Варвинської РДА", "rda-varva@example.gov.ua", cs, sep="\t"),
        f"To: <{UVP}>",
        h_text("Subject", "Інформація Варвинської райдержадміністрації (Відкритий уряд, ІІ півріччя 2013)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_oe('pr04', 'sektor')}",
        "X-Mailer: Microsoft Office Outlook 11",
        thread_index("pr04"),
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"]
    return message(hdrs, root)


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own analytical sector reports the department's own measures to the collecting mailbox in an HTML-only body without numbers, naming the citizens' appeals department and the retraining centre as partners; the hot line, recommendations to councils, the open day, a seminar and the guide.",
       "items": [{"measure": 5, "source": "body"},
                 {"measure": 10, "source": "body"},
                 {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"},
                 {"measure": 14, "source": "body"}]}


@mail("pr05", KEY)
def pr05():
    t = kyiv(2012, 12, 14, 15, 20, 8)
    paras = [
        "Ірино Петрівно, для зведеної інформації — виконання заходів, за які відповідає безпосередньо наше управління (погоджено із заступником начальника управління Руденком А.В.):",
        "«Гаряча лінія» голови облдержадміністрації працює щоденно з 9.00 до 18.00; з вересня по листопад 2012 року на неї надійшло 2356 дзвінків, усі звернення передано на розгляд до відділу роботи із зверненнями громадян апарату облдержадміністрації та профільних структурних підрозділів.",
        "Громадським радам при райдержадміністраціях та при облдержадміністрації листом управління від 01.10.2012 рекомендовано утворити у своєму складі комісії (робочі групи) з питань відкритості та прозорості діяльності органу влади; такі робочі групи вже утворено в 9 районах.",
        "30 листопада 2012 року в управлінні проведено День відкритих дверей для представників громадських організацій та журналістів обласних ЗМІ — 27 учасників ознайомилися з роботою відділів управління.",
        "11 грудня 2012 року управління спільно з Чернігівським центром перепідготовки та підвищення кваліфікації провело навчальний семінар для спеціалістів райдержадміністрацій, які безпосередньо організовують консультації з громадськістю (32 учасники).",
        "Розроблено методичний посібник «Консультації з громадськістю: практичні поради для державних службовців» (300 примірників), його направлено до структурних підрозділів облдержадміністрації та райдержадміністрацій.",
    ]
    sig = "Олег Кучер<br>головний спеціаліст сектору інформаційно-аналітичної роботи<br>управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації"
    hb = ['<html>', '  <head>', '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">', '  </head>',
          '  <body bgcolor="#FFFFFF" text="#000000">']
    for p in paras:
        hb.append(f"    <p>{html.escape(p, quote=False)}</p>")
    hb += ['    <div class="moz-signature">-- <br>', f"      {sig}</div>", "  </body>", "</html>"]
    root = text("\n".join(hb) + "\n", "UTF-8", "8bit", "html", ct_quotes=False)
    hdrs = received(t, 2, "mail.example.gov.ua", "192.0.2.197", "pr05") + [
        f"Message-ID: {mid_tb('pr05', 'example.gov.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Сектор аналітики УВП", "uvp-info@example.gov.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1",
        h_addr("To", "Литвиненко Ірина", UVP),
        h_text("Subject", "Інформація управління (власні заходи) для зведеної довідки")]
    return message(hdrs, root)


# =======================================================================================
# 6. fn — foreign_numbers
# =======================================================================================

KEY = {"class": "foreign_numbers", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The acting head of the apparatus numbers his own paragraphs 1.–4.: paragraph 2 is consultations (6), 3 advisory bodies (7), 4 a bare «Інших заходів не проводилось»; only paragraph 1 happens to match its plan number.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail("fn01", KEY)
def fn01():
    t = kyiv(2013, 6, 14, 16, 12, 27)
    cs = "windows-1251"
    body = """Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Чернігівська районна державна адміністрація на Ваш лист від 28.05.2013 № 05-08/1120 повідомляє:

1. На офіційному веб-сайті райдержадміністрації у І півріччі 2013 року оновлено розділи «Структура» та «Громадська рада», розміщено 214 інформаційних матеріалів.
2. Проведено 5 консультацій з громадськістю, зокрема публічне громадське обговорення проекту Програми розвитку малого підприємництва у Чернігівському районі на 2013–2014 роки (12.03.2013) та електронні консультації щодо проекту розпорядження про встановлення тарифів на ритуальні послуги.
3. До складу районної ради з питань безпеки дорожнього руху включено 2 представників громадських організацій – членів громадської ради при райдержадміністрації.
4. Інших заходів не проводилось.

В.о. керівника апарату райдержадміністрації            С.І. Тищенко
(керівник апарату у відпустці)
"""
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs), cs, "quoted-printable", "html")],
                "----=_NextPart_001_0041_01CE6920." + uid("fn01", "a", 8))
    hdrs = received(t, 4, "mail.example.gov.ua", "192.0.2.203", "fn01") + [
        h_addr("From", "Чернігівська РДА", "rda-chernihiv@example.gov.ua", cs, sep="\t"),
        h_addr("To", "Управление внутренней политики", UVP, "koi8-r", sep="\t"),
        h_text("Subject", "Інформація Чернігівської РДА щодо виконання Плану заходів", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('fn01', 'example.gov.ua')}",
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index("fn01"),
        "Content-Language: ru"]
    return message(hdrs, alt)


KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx keyed by the head office's own plan numbering «1.1»–«3.1» with a separate «Пункт Плану ОДА» column; the unit's own subsidy hot line (row 1.3, «—» in the plan column) is not the head's hot line, 2.2 «—» and 2.4 «без змін» are placeholders.",
       "items": [{"measure": 1, "source": "Виконання_плану_УПСЗН_ІІ_півр_2013.xlsx"},
                 {"measure": 2, "source": "Виконання_плану_УПСЗН_ІІ_півр_2013.xlsx"},
                 {"measure": 6, "source": "Виконання_плану_УПСЗН_ІІ_півр_2013.xlsx"},
                 {"measure": 9, "source": "Виконання_плану_УПСЗН_ІІ_півр_2013.xlsx"},
                 {"measure": 12, "source": "Виконання_плану_УПСЗН_ІІ_півр_2013.xlsx"}]}


@mail("fn02", KEY)
def fn02():
    t = kyiv(2013, 12, 11, 14, 2, 56)
    body = """Добрий день!

Надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації про виконання Плану заходів. Інформацію подано за формою плану-графіка управління (затвердженого наказом від 24.09.2012 № 213), з посиланням на пункти обласного Плану.

Головний спеціаліст сектору організаційної роботи
Марина Ярмоленко
(за дорученням начальника управління)
"""
    fn = "Виконання_плану_УПСЗН_ІІ_півр_2013.xlsx"
    root = multi("mixed", [text(wrap(body, 72, True), "UTF-8", "quoted-printable", flowed=True, ct_quotes=False),
                           attachment(att("fn02.xlsx"),
                                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      fn, "2231c", "UTF-8", sep=" ", name_style="B")],
                 "------------010302040409030600070809", preamble="This is a multi-part message in MIME format.", sep=" ")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.211", "fn02") + [
        f"Message-ID: {mid_tb('fn02', 'example.gov.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Управління праці та соціального захисту населення ОДА", "sotszakhyst@example.gov.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
        f"To: {UVP}",
        h_text("Subject", "ВУ - інформація УПСЗН за ІІ півріччя 2013")]
    return message(hdrs, root)


KEY = {"class": "foreign_numbers", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx (The Bat!, koi8-u body) under «Пункт N плану» headings whose answers are sub-itemised «1)», «2)» and «а)»–«в)»; «2) 3 пропозиції» is a sub-item and a count, and «Громадські експертизи не проводились» under point 12 names its subject.",
       "items": [{"measure": 1, "source": "Городнянська_РДА_інформація.docx"},
                 {"measure": 6, "source": "Городнянська_РДА_інформація.docx"},
                 {"measure": 9, "source": "Городнянська_РДА_інформація.docx"},
                 {"measure": 12, "source": "Городнянська_РДА_інформація.docx"}]}


@mail("fn03", KEY)
def fn03():
    t = kyiv(2012, 12, 13, 10, 28, 44)
    cs = "koi8-u"
    body = """Доброго дня!

У додатку інформація Городнянської райдержадміністрації по плану заходів "Відкритий уряд". Підготовлено відділом організаційної роботи та з питань внутрішньої політики апарату, підписано першим заступником голови райдержадміністрації.

-- 
З повагою,
Руслан Бондаренко, провідний спеціаліст
відділу організаційної роботи та з питань внутрішньої політики
апарату Городнянської райдержадміністрації
"""
    fn = "Городнянська_РДА_інформація.docx"
    root = multi("mixed", [text(wrap(body, 76), cs, "quoted-printable"),
                           attachment(att("fn03.docx"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      fn, "Q", cs, sep=" ")],
                 "----------" + uid("fn03", "b", 14), sep=" ")
    hdrs = received(t, 5, "mail.example.gov.ua", "192.0.2.219", "fn03") + [
        f"Date: {rfc_date(t)}",
        h_addr("From", "Gorodnya RDA", "rda-horodnia@example.gov.ua"),
        "X-Mailer: The Bat! (v5.0.36) Professional",
        "Reply-To: rda-horodnia@example.gov.ua",
        "X-Priority: 3 (Normal)",
        f"Message-ID: {mid_bat('fn03', 'example.gov.ua', t)}",
        f"To: {UVP}",
        h_text("Subject", "Відкритий уряд - Городнянська РДА", cs)]
    return message(hdrs, root)


KEY = {"class": "foreign_numbers", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The deputy head answers УВП's letter «№ 05-14/1893» citing the approving order «№ 386»; «п. 1», «п. 7», «п. 9» sit among counts (3, 11, 5, 2), an order «№ 402» and the years 2014–2016; «п. 12 — не стосується».",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("fn04", KEY)
def fn04():
    t = kyiv(2013, 12, 4, 15, 37, 22)
    body = """Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Служба у справах дітей облдержадміністрації на лист від 05.11.2013 № 05-14/1893 щодо виконання Плану заходів (розпорядження голови облдержадміністрації від 12.09.2012 № 386) повідомляє.

п. 1 — на веб-сторінці служби на офіційному сайті облдержадміністрації розміщено 3 оголошення про пошук сімей для дітей-сиріт, банк даних сімей – потенційних прийомних батьків оновлюється щомісяця (з початку року – 11 разів).
п. 7 — до складу Координаційної ради з питань захисту прав дітей при облдержадміністрації включено 3 представників громадських організацій (розпорядження голови облдержадміністрації від 16.09.2013 № 402).
п. 9 — проект Регіональної програми захисту прав дітей на 2014–2016 роки обговорено за участю 5 членів Громадської ради при облдержадміністрації, 2 їх пропозиції враховано.
п. 12 — не стосується.

Заступник начальника служби                 Г.В. Остапенко
(начальник служби у відрядженні)
"""
    alt = multi("alternative", [text(body, "utf-8", "base64"),
                                text(to_html_word(body, "utf-8", "Microsoft Word 14 (filtered medium)"), "utf-8", "base64", "html")],
                "_000_" + uid("fn04", "b", 30) + "_")
    hdrs = received(t, 2, "mail.example.gov.ua", "192.0.2.226", "fn04") + [
        h_addr("From", "Служба у справах дітей ОДА", "sluzhba-ditei@example.gov.ua", sep="\t"),
        f"To: \"{UVP}\" <{UVP}>",
        h_text("Subject", "на лист від 05.11.2013 № 05-14/1893", sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('fn04', 'example.gov.ua')}",
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index("fn04"),
        "Content-Language: uk"]
    return message(hdrs, alt)


KEY = {"class": "foreign_numbers", "executor": "rda-nizhyn", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "The general department sends the sector's table late: a running «№ з/п» 1–6 stands beside the real plan numbers 1, 6, 7, 9, 10, 12 and an executor column naming the RDA's own units; row 5 (point 10) is «—».",
       "items": [{"measure": 1, "source": "Ніжинська РДА - Відкритий уряд.xls"},
                 {"measure": 6, "source": "Ніжинська РДА - Відкритий уряд.xls"},
                 {"measure": 7, "source": "Ніжинська РДА - Відкритий уряд.xls"},
                 {"measure": 9, "source": "Ніжинська РДА - Відкритий уряд.xls"},
                 {"measure": 12, "source": "Ніжинська РДА - Відкритий уряд.xls"}]}


@mail("fn05", KEY)
def fn05():
    t = kyiv(2012, 12, 18, 11, 20, 15)
    cs = "windows-1251"
    body = """Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Надсилаємо інформацію Ніжинської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області. Інформацію узагальнено сектором з питань внутрішньої політики апарату райдержадміністрації за матеріалами структурних підрозділів.
Вибачаємося за несвоєчасне подання – у п’ятницю та суботу не працював поштовий сервер райдержадміністрації.

Загальний відділ апарату Ніжинської райдержадміністрації
Тел. (04631) 2-14-19
"""
    fn = "Ніжинська РДА - Відкритий уряд.xls"
    root = multi("mixed", [text(body, cs, "quoted-printable"),
                           attachment(att("fn05.xls"), "application/vnd.ms-excel", fn, "B", cs)],
                 "----=_NextPart_000_0007_01CDDD0E." + uid("fn05", "a", 8),
                 preamble="This is a multi-part message in MIME format.")
    hdrs = received(t, 4, "mail.example.gov.ua", "192.0.2.232", "fn05") + [
        h_addr("From", "Загальний відділ Ніжинської РДА", "rda-nizhyn@example.gov.ua", cs, sep="\t"),
        f"To: <{UVP}>",
        h_text("Subject", "Ніжинська РДА: інформація щодо виконання Плану (із запізненням)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_oe('fn05', 'zagvid')}",
        "X-Mailer: Microsoft Office Outlook 11",
        thread_index("fn05"),
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"]
    return message(hdrs, root)


# =======================================================================================
# 7. pa — personal_address
# =======================================================================================

KEY = {"class": "personal_address", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a department head's gmail because the RDA's Internet is down; the body addresses УВП's head by name in the dative and the office is named only in the signature's genitive and in the .docx, whose own paragraph numbers 1.–3. stand beside «(п. N Плану)».",
       "items": [{"measure": 1, "source": "Інформація Корюківської РДА.docx"},
                 {"measure": 6, "source": "Інформація Корюківської РДА.docx"},
                 {"measure": 12, "source": "Інформація Корюківської РДА.docx"}]}


@mail("pa01", KEY)
def pa01():
    t = kyiv(2013, 6, 14, 8, 52, 33)
    body = """Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю Чернігівської облдержадміністрації
Гриценку О.М.

Добрий день! Надсилаю з особистої пошти інформацію Корюківської райдержадміністрації про виконання Плану заходів за І півріччя 2013 року, бо в райдержадміністрації з учорашнього дня не працює Інтернет. Прошу підтвердити отримання.

-- 
З повагою,
Людмила Савчук
начальник відділу організаційної роботи апарату Корюківської районної державної адміністрації
тел. (04657) 2-13-71
"""
    hb = '<div dir="ltr">' + "".join(
        f"<div>{html.escape(l) if l else '<br>'}</div>" for l in body.split("\n")[:-1]) + "</div>\n"
    fn = "Інформація Корюківської РДА.docx"
    b1, b2 = "047d7b" + hexid("pa01", "a", 22), "047d7b" + hexid("pa01", "b", 22)
    alt = multi("alternative", [text(body, "UTF-8", "base64", ct_quotes=False), text(hb, "UTF-8", "base64", "html", ct_quotes=False)],
                b2, sep=" ")
    alt.headers = [f"Content-Type: multipart/alternative; boundary={b2}"]
    a = attachment(att("pa01.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   fn, "B", "UTF-8", sep=" ", extra=[f"X-Attachment-Id: f_{hexid('pa01', 'x', 9)}0"])
    root = multi("mixed", [alt, a], b1)
    root.headers = [f"Content-Type: multipart/mixed; boundary={b1}"]
    hdrs = received(t, 2, "mail-we0-f171.google.com", "74.125.82.171", "pa01") + [
        f"Date: {rfc_date(t)}",
        f"Message-ID: <CAK{uid('pa01', 'g', 42, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>",
        h_text("Subject", "Корюківська РДА - інформація Відкритий уряд"),
        h_addr("From", "Людмила Савчук", "savchuk.lyudmyla@gmail.com"),
        f"To: {UVP}"]
    return message(hdrs, root)


KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A chief specialist sends the head office of economy's report from ukr.net «за дорученням начальника Головного управління економіки облдержадміністрації»; «п. 8 – без змін» is a placeholder and «з 25.10 по 15.11.2012» is a date range, not measures.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("pa02", KEY)
def pa02():
    t = kyiv(2012, 12, 10, 13, 17, 46)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю ОДА

Доброго дня!
За дорученням начальника Головного управління економіки облдержадміністрації направляю інформацію головного управління про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (службова скринька тимчасово заблокована провайдером).

Головне управління економіки облдержадміністрації інформує:
п. 1 – на офіційному веб-сайті облдержадміністрації у розділі головного управління розміщено проекти регуляторних актів та звіти про їх відстеження;
п. 2 – у рубриці «Хід виконання цільових програм» розміщено інформацію про стан виконання 18 обласних цільових програм станом на 01.10.2012, наступне оновлення – після 01.01.2013;
п. 6 – проведено консультації з громадськістю щодо проекту Програми соціально-економічного та культурного розвитку області на 2013 рік (публічне обговорення 06.11.2012, електронні консультації з 25.10 по 15.11.2012);
п. 8 – без змін;
п. 9 – члени Громадської ради при облдержадміністрації надали 11 пропозицій до проекту Програми соціально-економічного та культурного розвитку області на 2013 рік, 7 з них враховано.

Головко Тарас Іванович
головний спеціаліст відділу стратегічного планування Головного управління економіки Чернігівської облдержадміністрації
тел. 67-49-21
"""
    hb = "<html><body>" + "".join(
        f"<div>{html.escape(l) if l else '&nbsp;'}</div>" for l in body.split("\n")) + "</body></html>\n"
    alt = multi("alternative", [text(body, "utf-8", "base64"), text(hb, "utf-8", "base64", "html")],
                "--" + uid("pa02", "b", 24, "0123456789"), sep=" ")
    hdrs = received(t, 3, "frv42.fwdcdn.com", "212.42.77.42", "pa02") + [
        f"Date: {rfc_date(t)}",
        h_addr("From", "Тарас Головко", "t.golovko76@ukr.net"),
        "X-Mailer: mail.ukr.net 5.0",
        f"Message-Id: <{uid('pa02', 'm1', 10, '0123456789')}.{uid('pa02', 'm2', 9, '0123456789')}.{hexid('pa02', 'm3', 8)}@frv42.ukr.net>",
        f"To: {UVP}",
        h_text("Subject", "інформація ГУЕ (Відкритий уряд)")]
    return message(hdrs, alt)


KEY = {"class": "personal_address", "executor": "su-kapbud", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An engineer of the capital construction office writes from the neighbouring town-planning office's registered box (Cc to his own office's box), with a joint hearing with the health office in the .xls; the rows 7, 9 and 12 are placeholders.",
       "items": [{"measure": 1, "source": "УКБ_інформація_Відкритий уряд.xls"},
                 {"measure": 6, "source": "УКБ_інформація_Відкритий уряд.xls"},
                 {"measure": 8, "source": "УКБ_інформація_Відкритий уряд.xls"}]}


@mail("pa03", KEY)
def pa03():
    t = kyiv(2013, 12, 12, 16, 45, 10)
    cs = "windows-1251"
    body = """Шановні колеги!

Направляємо інформацію управління капітального будівництва облдержадміністрації про виконання Плану заходів у ІІ півріччі 2013 року.
Лист надсилаємо зі скриньки управління містобудування та архітектури облдержадміністрації (знаходимось в одному приміщенні), оскільки поштова скринька нашого управління після переїзду не відправляє листи (копію направлено на нашу адресу). Відповідь просимо надсилати на адресу управління капітального будівництва kapbud@example.gov.ua.

З повагою
Олійник Віктор,
провідний інженер відділу технічного нагляду управління капітального будівництва облдержадміністрації
(за погодженням з начальником управління Максименком С.В.)
"""
    fn = "УКБ_інформація_Відкритий уряд.xls"
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs), cs, "quoted-printable", "html")],
                "----=_NextPart_001_0061_01CEF76A." + uid("pa03", "a", 8))
    root = multi("mixed", [alt, attachment(att("pa03.xls"), "application/vnd.ms-excel", fn, "B", cs)],
                 "----=_NextPart_000_0060_01CEF76A." + uid("pa03", "a", 8),
                 preamble="This is a multipart message in MIME format.")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.240", "pa03") + [
        h_addr("From", "Управління містобудування та архітектури", "mistobuduvannia@example.gov.ua", cs, sep="\t"),
        f"To: <{UVP}>",
        h_addr("Cc", "Управління капітального будівництва", "kapbud@example.gov.ua", cs, sep="\t"),
        h_text("Subject", "Інформація управління капітального будівництва (Відкритий уряд)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('pa03', 'example.gov.ua')}",
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index("pa03"),
        "Content-Language: uk"]
    return message(hdrs, root)


KEY = {"class": "personal_address", "executor": "rda-semenivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A deputy head writes from his i.ua box with «Копія: голові Семенівської районної державної адміністрації»; 1, 7 and 10 are answered, and «Щодо пп. 6, 9, 12 — заходи не проводились» is a list answered with a bare negation.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("pa04", KEY)
def pa04():
    t = kyiv(2013, 6, 10, 17, 3, 58)
    cs = "windows-1251"
    body = """Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації
Копія: голові Семенівської районної державної адміністрації

Семенівська районна державна адміністрація інформує про виконання Плану заходів за І півріччя 2013 року.

Офіційний веб-сайт райдержадміністрації (п. 1): оновлено інформацію про склад громадської ради при райдержадміністрації та розміщено протоколи її засідань.
п. 7: до складу комісії з питань захисту прав дитини при райдержадміністрації включено представника ГО «Семенівська жіноча громада», до складу ради з питань фізичної культури і спорту — 2 членів громадської ради.
п. 10: громадська рада при райдержадміністрації (голова — Ярошенко П.І.) на засіданні 16.04.2013 створила робочу групу з питань відкритості та прозорості діяльності райдержадміністрації.
Щодо пп. 6, 9, 12 — заходи не проводились.

Заступник голови Семенівської райдержадміністрації
В.М. Шкурко
(надіслано з особистої скриньки)
"""
    hb = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><div style="font-family: Arial; font-size: 10pt">' + "".join(
        f"{html.escape(l)}<br>" for l in body.split("\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(body, cs, "quoted-printable"), text(hb, cs, "quoted-printable", "html")],
                "----=i.ua_" + uid("pa04", "b", 16, "0123456789"), sep=" ")
    hdrs = received(t, 4, "mx.i.ua", "91.198.36.18", "pa04") + [
        f"Date: {rfc_date(t)}",
        h_addr("From", "Віктор Шкурко", "shkurko_v@i.ua", cs),
        f"To: {UVP}",
        h_text("Subject", "Семенівська РДА", cs),
        f"Message-ID: <{uid('pa04', 'm', 10, '0123456789')}.{uid('pa04', 'n', 6, '0123456789')}@mbox.i.ua>",
        "X-Mailer: I.UA Mail"]
    return message(hdrs, alt)


KEY = {"class": "personal_address", "executor": "rda-bakhmach", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Late, from a sector specialist's meta.ua box because the RDA's box bounced; the head's scanned letter (PDF with a text layer) to УВП's head answers 6, 9 and 12, names the town council as a partner, and only refers 1, 7 and 10 to an earlier letter.",
       "items": [{"measure": 6, "source": "Бахмацька РДА_Відкритий уряд_ІІ півріччя 2013.pdf"},
                 {"measure": 9, "source": "Бахмацька РДА_Відкритий уряд_ІІ півріччя 2013.pdf"},
                 {"measure": 12, "source": "Бахмацька РДА_Відкритий уряд_ІІ півріччя 2013.pdf"}]}


@mail("pa05", KEY)
def pa05():
    t = kyiv(2013, 12, 16, 9, 38, 19)
    body = """Добрий день!

Надсилаю інформацію Бахмацької районної державної адміністрації про виконання Плану заходів за ІІ півріччя 2013 року (скан-копія листа голови райдержадміністрації, оригінал надіслано поштою). Вибачте за запізнення: у п'ятницю лист з офіційної скриньки райдержадміністрації повернувся з помилкою.

Ганна Литвин
головний спеціаліст сектору з питань внутрішньої політики, зв'язків із засобами масової інформації та громадськістю апарату Бахмацької райдержадміністрації
тел. (04635) 2-19-50
"""
    hb = "<html><head></head><body>" + "".join(
        f"<p>{html.escape(l)}</p>" if l else "" for l in body.split("\n")) + "</body></html>\n"
    fn = "Бахмацька РДА_Відкритий уряд_ІІ півріччя 2013.pdf"
    alt = multi("alternative", [text(body, "UTF-8", "base64"), text(hb, "UTF-8", "base64", "html")],
                "----=_Part_" + uid("pa05", "a", 6, "0123456789") + "_" + uid("pa05", "b", 9, "0123456789") + ".1387179499",
                sep=" ")
    root = multi("mixed", [alt, attachment(att("pa05.pdf"), "application/pdf", fn, "B", "UTF-8", sep=" ")],
                 "----=_Part_" + uid("pa05", "c", 6, "0123456789") + "_" + uid("pa05", "d", 9, "0123456789") + ".1387179499",
                 sep=" ")
    hdrs = received(t, 5, "mx2.meta.ua", "194.0.131.22", "pa05") + [
        h_addr("From", "Ганна Литвин", "hanna.lytvyn@meta.ua"),
        f"To: {UVP}",
        f"Message-ID: <{uid('pa05', 'm', 9, '0123456789')}.{uid('pa05', 'n', 5, '0123456789')}.1387179499{uid('pa05', 'o', 3, '0123456789')}.JavaMail.root@webmail.meta.ua>",
        h_text("Subject", "інформація Бахмацької РДА (Відкритий уряд)"),
        f"Date: {rfc_date(t)}",
        "X-Mailer: META.UA Mail"]
    return message(hdrs, root)


# =======================================================================================
# 8. mx — mixed
# =======================================================================================

KEY = {"class": "mixed", "executor": "rda-talalaivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The head's secretary forwards from her ukr.net box, as message/rfc822, the RDA's letter that bounced from a mistyped address; the report is the .xls inside the forwarded message, where row 6 states in full why no consultations were held, 9 is «-» and 12 «не стосується».",
       "items": [{"measure": 1, "source": "Талалаївська РДА_Відкритий уряд.xls"},
                 {"measure": 6, "source": "Талалаївська РДА_Відкритий уряд.xls"},
                 {"measure": 7, "source": "Талалаївська РДА_Відкритий уряд.xls"},
                 {"measure": 10, "source": "Талалаївська РДА_Відкритий уряд.xls"}]}


@mail("mx01", KEY)
def mx01():
    t0 = kyiv(2012, 12, 14, 9, 12, 40)
    cs = "windows-1251"
    inner_body = """Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області надаємо інформацію Талалаївської районної державної адміністрації (додається).

З повагою
приймальня голови Талалаївської райдержадміністрації
"""
    fn = "Талалаївська РДА_Відкритий уряд.xls"
    ialt = multi("alternative", [text(inner_body, cs, "quoted-printable"),
                                 text(to_html_word(inner_body, cs), cs, "quoted-printable", "html")],
                 "----=_NextPart_001_0009_01CDD9D8." + uid("mx01", "i", 8))
    iroot = multi("mixed", [ialt, attachment(att("mx01.xls"), "application/vnd.ms-excel", fn, "B", cs)],
                  "----=_NextPart_000_0008_01CDD9D8." + uid("mx01", "i", 8),
                  preamble="This is a multipart message in MIME format.")
    inner = message([
        h_addr("From", "Талалаївська РДА", "rda-talalaivka@example.gov.ua", cs, sep="\t"),
        "To: <uvp@cg.ukrtel.com>",
        h_text("Subject", "Інформація Талалаївської РДА про виконання плану", cs, sep="\t"),
        f"Date: {rfc_date(t0)}",
        f"Message-ID: {mid_outlook('mx01-inner', 'example.gov.ua')}",
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index("mx01-inner"),
        "Content-Language: uk"], iroot)

    t = kyiv(2012, 12, 14, 17, 48, 6)
    body = """Доброго вечора!

Пересилаю лист голови Талалаївської райдержадміністрації, який сьогодні вранці було надіслано з приймальні на адресу uvp@cg.ukrtel.com (помилково) і він повернувся. Прошу врахувати інформацію райдержадміністрації.

Марина Кравець,
секретар керівника Талалаївської РДА
"""
    ename = "Інформація Талалаївської РДА про виконання плану.eml"
    fwd = Part(params_header("Content-Type", "message/rfc822", fname_params("name", ename, "B", "UTF-8", " "), " ").split(CRLF)
               + ["Content-Transfer-Encoding: 8bit"]
               + params_header("Content-Disposition", "attachment", fname_params("filename", ename, "2231c", "UTF-8", " "), " ").split(CRLF),
               inner)
    root = multi("mixed", [text(wrap(body, 72, True), "UTF-8", "8bit", flowed=True, ct_quotes=False), fwd],
                 "------------090607010004020209010500", preamble="This is a multi-part message in MIME format.", sep=" ")
    hdrs = received(t, 4, "frv57.fwdcdn.com", "212.42.77.57", "mx01") + [
        f"Message-ID: {mid_tb('mx01', 'ukr.net')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Марина Кравець", "kravets.maryna@ukr.net"),
        "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1",
        f"To: {UVP}",
        h_text("Subject", "Fwd: Інформація Талалаївської РДА про виконання плану")]
    return message(hdrs, root)


KEY = {"class": "mixed", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The RDA corrects its own letter of 11.06 from the same box, forwarding it inline below: only the new lines on 9 and 12 count, not the earlier letter's 1, 6, 7, 9, 10, and «Решта інформації — без змін» adds nothing.",
       "items": [{"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("mx02", KEY)
def mx02():
    t = kyiv(2013, 6, 14, 13, 26, 51)
    body = """Уточнення до нашого листа від 11.06.2013.

У п. 9 помилково зазначено інформацію, яка стосується громадської експертизи. Правильно:
п. 9 – члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про затвердження районної програми «Питна вода» на 2013–2020 роки» (травень 2013 року);
п. 12 – громадська антикорупційна експертиза проекту розпорядження «Про затвердження Порядку надання матеріальної допомоги» проведена ГО «Ічнянська громадська ініціатива», 1 пропозицію враховано.
Решта інформації — без змін.

Шевченко О.В., сектор з питань внутрішньої політики апарату Ічнянської РДА, за дорученням керівника апарату


-------- Оригінальне повідомлення --------
Тема: 	Інформація Ічнянської РДА
Дата: 	Tue, 11 Jun 2013 10:05:44 +0300
Від: 	Ічнянська РДА <rda-ichnia@example.gov.ua>
Кому: 	uvp@cg.ukrtel.net



Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Ічнянська районна державна адміністрація інформує:
п. 1 – на офіційному веб-сайті райдержадміністрації створено розділ «Громадська рада», оновлено розділ «Регуляторна діяльність»;
п. 6 – проведено громадські слухання щодо проекту районного бюджету на 2013 рік (змін до нього) та зустріч з жителями м. Ічні щодо благоустрою парку;
п. 7 – до складу районної ради з питань праці включено 2 членів громадської ради;
п. 9 – громадська антикорупційна експертиза проекту розпорядження «Про затвердження Порядку надання матеріальної допомоги» проведена ГО «Ічнянська громадська ініціатива»;
п. 10 – громадська рада утворила робочу групу з питань відкритості та прозорості.

Перший заступник голови райдержадміністрації   П.В. Кучер
"""
    root = text(wrap(body, 72, True), "UTF-8", "8bit", flowed=True, ct_quotes=False)
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.245", "mx02") + [
        f"Message-ID: {mid_tb('mx02', 'example.gov.ua')}",
        f"Date: {rfc_date(t)}",
        h_addr("From", "Ічнянська РДА", "rda-ichnia@example.gov.ua"),
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
        f"To: {UVP}",
        h_text("Subject", "Fwd: Інформація Ічнянської РДА (уточнена)")]
    return message(hdrs, root)


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The cover note, signed by the head of the apparatus and the executor, adds point 10 that the .xlsx leaves at «—»; the table answers 1, 6, 7 and 9, and 12 is «—» there too.",
       "items": [{"measure": 1, "source": "Інформація НСРДА ІІ півріччя 2013.xlsx"},
                 {"measure": 6, "source": "Інформація НСРДА ІІ півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Інформація НСРДА ІІ півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Інформація НСРДА ІІ півріччя 2013.xlsx"},
                 {"measure": 10, "source": "body"}]}


@mail("mx03", KEY)
def mx03():
    t = kyiv(2013, 12, 13, 11, 14, 35)
    cs = "windows-1251"
    body = """Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Надсилаємо інформацію Новгород-Сіверської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (таблиця додається).

Додатково повідомляємо щодо п. 10: громадська рада при райдержадміністрації на засіданні 14.11.2013 утворила у своєму складі комісію з питань відкритості та прозорості діяльності органів влади у складі 5 осіб (голова комісії – Мартиненко В.Г.); у таблиці цей пункт не відображено, оскільки рішення ради надійшло після її підписання.

Керівник апарату райдержадміністрації                     Н.М. Гребенюк

Виконавець: головний спеціаліст відділу організаційної роботи апарату райдержадміністрації Дорошенко І.В., (04658) 2-14-73
"""
    fn = "Інформація НСРДА ІІ півріччя 2013.xlsx"
    alt = multi("alternative", [text(body, cs, "quoted-printable"),
                                text(to_html_word(body, cs, "Microsoft Word 14 (filtered medium)"), cs, "quoted-printable", "html")],
                "_000_" + uid("mx03", "b", 30) + "_")
    root = multi("mixed", [alt, attachment(att("mx03.xlsx"),
                                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                           fn, "B", cs)],
                 "_004_" + uid("mx03", "c", 30) + "_")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.249", "mx03") + [
        h_addr("From", "Дорошенко Ірина Василівна", "rda-novhorod-siverskyi@example.gov.ua", cs, sep="\t"),
        f"To: \"{UVP}\" <{UVP}>",
        h_text("Subject", "Новгород-Сіверська РДА – Відкритий уряд (ІІ півріччя 2013)", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('mx03', 'example.gov.ua')}",
        "X-Mailer: Microsoft Outlook 14.0",
        thread_index("mx03"),
        "Content-Language: uk"]
    return message(hdrs, root)


KEY = {"class": "mixed", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The office's secretary sends a Word-HTML body with an inline image and two attachments: the deputy's letter (.docx) answers 1 and 2 and only points to the annex for 6, 7, 8, 9, 12; the annex (.xls) answers 6, 8 and 9, with 7 «без змін» and 12 a bare «не проводились».",
       "items": [{"measure": 1, "source": "Лист_УМА_07-21_684.docx"},
                 {"measure": 2, "source": "Лист_УМА_07-21_684.docx"},
                 {"measure": 6, "source": "Додаток до листа.xls"},
                 {"measure": 8, "source": "Додаток до листа.xls"},
                 {"measure": 9, "source": "Додаток до листа.xls"}]}


@mail("mx04", KEY)
def mx04():
    t = kyiv(2013, 6, 13, 12, 30, 42)
    cs = "windows-1251"
    plain = """Доброго дня!

Направляємо лист управління містобудування та архітектури облдержадміністрації від 13.06.2013 № 07-21/684 щодо виконання Плану заходів та додаток до нього (таблиця). Лист підписано заступником начальника управління Мартинюк Г.П.

З повагою
Ольга Бабенко
секретар управління містобудування та архітектури облдержадміністрації
тел. (0462) 67-26-41
"""
    cid = "image001.png@01CE6834.5E0F22A0"
    hp = []
    for line in plain.split("\n")[:-1]:
        if not line:
            hp.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            hp.append(f"<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";color:#1F497D'>{html.escape(line, quote=False)}<o:p></o:p></span></p>")
    hp.insert(5, f"<p class=MsoNormal><span style='color:#1F497D'><img width=16 height=16 id=\"Рисунок_x0020_1\" src=\"cid:{cid}\" alt=\"Герб\"></span><o:p></o:p></p>")
    hbody = to_html_word("", cs).replace("<p class=MsoNormal><o:p>&nbsp;</o:p></p>", "\n".join(hp))
    alt = multi("alternative", [text(plain, cs, "quoted-printable"), text(hbody, cs, "quoted-printable", "html")],
                "----=_NextPart_002_0027_01CE6834.5E0F22A0")
    img = Part(["Content-Type: image/png;" + CRLF + '\tname="image001.png"',
                "Content-Transfer-Encoding: base64",
                f"Content-ID: <{cid}>"], b64(png_logo()))
    rel = multi("related", [alt, img], "----=_NextPart_001_0026_01CE6834.5E0F22A0",
                extra_params=';' + CRLF + '\ttype="multipart/alternative"')
    rel.headers = ['Content-Type: multipart/related;' + CRLF + '\ttype="multipart/alternative";' + CRLF
                   + '\tboundary="----=_NextPart_001_0026_01CE6834.5E0F22A0"']
    root = multi("mixed", [rel,
                           attachment(att("mx04.docx"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "Лист_УМА_07-21_684.docx", "B", cs),
                           attachment(att("mx04.xls"), "application/vnd.ms-excel", "Додаток до листа.xls", "B", cs)],
                 "----=_NextPart_000_0025_01CE6834.5E0F22A0", preamble="This is a multipart message in MIME format.")
    hdrs = received(t, 4, "mail.example.gov.ua", "192.0.2.252", "mx04") + [
        h_addr("From", "Бабенко Ольга", "mistobuduvannia@example.gov.ua", cs, sep="\t"),
        f"To: <{UVP}>",
        h_text("Subject", "Лист УМА № 07-21/684 від 13.06.2013 + додаток", cs, sep="\t"),
        f"Date: {rfc_date(t)}",
        f"Message-ID: {mid_outlook('mx04', 'example.gov.ua')}",
        "X-Mailer: Microsoft Office Outlook 12.0",
        thread_index("mx04"),
        "Content-Language: uk"]
    return message(hdrs, root)


KEY = {"class": "mixed", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The general department forwards inline (Outlook Express) the organisational department's text, never sent to this mailbox before, in a body labelled koi8-r but written in windows-1251; the forwarded points 1, 6, 9 and 12 are the report.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("mx05", KEY)
def mx05():
    t = kyiv(2012, 11, 30, 14, 5, 29)
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Пересилаємо інформацію, підготовлену відділом організаційної роботи та з питань внутрішньої політики апарату Коропської райдержадміністрації, про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області. Лист погоджено з керівником апарату райдержадміністрації.

Загальний відділ апарату райдержадміністрації
Кошова Т.

----- Original Message ----- 
From: Відділ організаційної роботи 
To: Загальний відділ 
Sent: Friday, November 30, 2012 11:42 AM
Subject: інформація по плану відкритості


Загальний відділ - прошу направити до УВП облдержадміністрації.

Інформація Коропської районної державної адміністрації
п. 1 - на офіційному веб-сайті райдержадміністрації створено розділ "Громадське обговорення", розміщено 6 проектів розпоряджень для обговорення.
п. 6 - проведено громадські слухання щодо проекту районного бюджету на 2013 рік (23.11.2012) та зустріч з жителями с. Рождественське щодо реорганізації школи.
п. 9 - члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту Програми соціально-економічного розвитку району на 2013 рік.
п. 12 - громадських антикорупційних експертиз не проводилось, запитів від громадських організацій не надходило.

Начальник відділу організаційної роботи та з питань внутрішньої політики апарату райдержадміністрації
О.П. Гуща
"""
    raw = crlf(wrap(body, 76)).encode("windows-1251")
    root = raw_text(raw, '"koi8-r"', "8bit")
    hdrs = received(t, 3, "mail.example.gov.ua", "192.0.2.254", "mx05") + [
        f"Message-ID: {mid_oe('mx05', 'zagviddil')}",
        h_addr("From", "Коропська РДА", "rda-korop@example.gov.ua", "windows-1251"),
        f"To: <{UVP}>",
        h_text("Subject", "Fw: інформація по плану відкритості", "windows-1251"),
        f"Date: {rfc_date(t)}",
        "X-Priority: 3",
        "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"]
    return message(hdrs, root)


# =======================================================================================
# Build and check
# =======================================================================================

def plan_ids_and_emails():
    if os.path.exists(PLAN_TOML):
        import tomllib
        with open(PLAN_TOML, "rb") as f:
            plan = tomllib.load(f)
        ids = {e["id"] for e in plan["executor"]}
        emails = {a.lower(): e["id"] for e in plan["executor"] for a in e.get("emails", [])}
        return ids, emails
    return None, None


def parts_with_names(msg):
    names = []
    for p in msg.walk():
        fn = p.get_filename()
        if fn:
            names.append(fn)
    return names


def check(name, key, data, ids, emails):
    errs = []
    cls = CLASS_OF_PREFIX[name[:2]]
    if key["class"] != cls:
        errs.append(f"class {key['class']} does not match prefix ({cls})")
    if ids is not None and key["executor"] not in ids:
        errs.append(f"executor {key['executor']} is no plan.toml id")
    if key["kind"] == "not_report":
        if key["items"] or key["reason"] not in REASONS:
            errs.append("a not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None:
        errs.append("a report has kind 'report' and reason null")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(set(items)):
        errs.append("items are not sorted and unique")
    if any(not (1 <= m <= 15) for m, _ in items):
        errs.append("measure out of 1..15")
    if not key["note"] or not key["note"].endswith("."):
        errs.append("note missing")
    # bytes: CRLF only, line length
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("bare LF or CR")
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        errs.append("line longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[h] is None:
            errs.append(f"header {h} missing")
    if UVP not in str(msg["To"]).lower():
        errs.append("To is not the mailbox")
    if not data.startswith(b"Received: "):
        errs.append("the top header is not Received")
    date = email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(KYIV)
    rcv = email.utils.parsedate_to_datetime(msg.get_all("Received")[0].split(";")[-1].strip()).astimezone(KYIV)
    delay = (rcv - date).total_seconds()
    if not (1 <= delay <= 30) or rcv.date() != date.date():
        errs.append(f"Received is not a few seconds after Date on the same Kyiv day ({delay})")
    if not (2012 <= date.year <= 2013):
        errs.append("Date outside 2012-2013")
    per, late = period_of(rcv.date())
    if (per, late) != (key["period"], key["late"]):
        errs.append(f"period/late {key['period']}/{key['late']} but Date gives {per}/{late}")
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    if emails is not None:
        registered_domain = frm.endswith("@example.gov.ua") or frm.endswith("@example.org.ua")
        if registered_domain and frm not in emails:
            errs.append(f"registered-looking sender {frm} is not in plan.toml")
        if cls == "personal_address" and emails.get(frm) == key["executor"]:
            errs.append("a personal_address mail comes from the executor's own box")
        if emails.get(frm) == "uvp" and key["executor"] != "uvp":
            errs.append("УВП's box credited to someone else")
    names = parts_with_names(msg)
    for _, src in items:
        if src != "body" and src not in names:
            errs.append(f"source {src!r} is not an attachment of the mail")
    if key["kind"] == "report" and not items:
        errs.append("a report without items")
    # every text part decodes
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            try:
                p.get_content()
            except Exception as e:  # noqa
                errs.append(f"text part does not decode: {e}")
    return errs, names, date


def main():
    if "--convert" in sys.argv:
        convert()
    for f in os.listdir(ATT):
        p = os.path.join(ATT, f)
        if os.path.isfile(p) and os.path.getsize(p) >= 60 * 1024:
            sys.exit(f"attachment {f} is 60 KB or more")
    ids, emails = plan_ids_and_emails()
    names_seen, all_errs = set(), []
    measures = set()
    per_class = {}
    for name, key, builder in MAILS:
        if name in names_seen:
            sys.exit(f"duplicate mail {name}")
        names_seen.add(name)
        data = builder()
        errs, _, _ = check(name, key, data, ids, emails)
        for e in errs:
            all_errs.append(f"{name}: {e}")
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        ordered = {k: key[k] for k in ("class", "executor", "period", "late", "kind", "reason", "note", "items")}
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(ordered, f, ensure_ascii=False, indent=2)
            f.write("\n")
        measures |= {i["measure"] for i in key["items"]}
        per_class[key["class"]] = per_class.get(key["class"], 0) + 1
    if len(MAILS) != 40 or any(v != 5 for v in per_class.values()) or len(per_class) != 8:
        all_errs.append(f"need 40 mails, 5 per class: {per_class}")
    missing = set(range(1, 16)) - measures
    if missing:
        all_errs.append(f"measures never reported: {sorted(missing)}")
    if all_errs:
        print("\n".join(all_errs))
        sys.exit(1)
    print(f"built and checked {len(MAILS)} mails, {sum(len(k['items']) for _, k, _ in MAILS)} items")


if __name__ == "__main__":
    main()
