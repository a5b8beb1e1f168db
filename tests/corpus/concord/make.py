#!/usr/bin/env python3
"""Build the «concord» corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Python 3 standard library only.  Run from anywhere:

    python3 make.py            # build every NAME.eml and NAME.expected.json, then check them
    python3 make.py --check    # only check what is on disk
    python3 make.py --stats    # print the totals used in README.md

Office attachments are written as HTML (documents) or CSV (sheets) under attachments/src/ and were
converted once with LibreOffice (see convert()); the converted files are kept in attachments/
and reused, so building the mails is reproducible byte for byte.  convert() runs soffice only
for a converted file that is missing.

Theme of this corpus: the offices cite OTHER documents' numbering everywhere — points of the
national action plan (розпорядження КМУ від 05.04.2012 № 220-р), points of the oblast
administration's orders and of their own implementation plans, articles of laws, points of
regulations, letter numbers, site sections, agenda items, protocol numbers — so that a number
alone never tells which of the plan's measures is meant.

Each mail: its KEY literal, written before the mail's text, stands directly above its builder.
"""
import base64
import datetime as dt
import email
import email.policy
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import urllib.parse
import zlib
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
PLAN = "/work/main/config/plan.toml"
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
CRLF = "\r\n"
LO_PROFILE = "file:///tmp/concord-work/lo"

CLASSES = {
    "ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
    "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed",
}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# ------------------------------------------------------------------------------------------
# Attachments: converted once with LibreOffice, then reused
# ------------------------------------------------------------------------------------------

FILTERS = {
    "pdf": "pdf:writer_pdf_Export",
    "docx": "docx:MS Word 2007 XML",
    "doc": "doc:MS Word 97",
    "odt": "odt:writer8",
    "rtf": "rtf:Rich Text Format",
    "xls": "xls:MS Excel 97",
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "ods": "ods:calc8",
}


def convert(src_name, ext):
    """attachments/src/<src_name> -> attachments/<stem>.<ext>; soffice runs only if missing."""
    stem = os.path.splitext(src_name)[0]
    out = os.path.join(ATT, stem + "." + ext)
    if os.path.exists(out):
        return out
    src = os.path.join(SRC, src_name)
    if src_name.endswith(".csv"):
        infilter = "CSV:59,34,76,1,,1058,true,false"
    else:
        infilter = "HTML (StarWriter)"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--infilter=" + infilter, "--convert-to", FILTERS[ext],
                    "--outdir", ATT, src], check=True, stdout=subprocess.DEVNULL)
    return out


def office(src_name, ext):
    with open(convert(src_name, ext), "rb") as f:
        return f.read()


def tiny_png(w=48, h=48):
    """A small coat-of-arms-like PNG (blue over yellow) for the inline image of a Word mail."""
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            inside = abs(x - w / 2) + max(0, y - h * 0.55) * 1.2 < w * 0.42
            if not inside:
                row += b"\xff\xff\xff"
            elif y < h / 2:
                row += b"\x00\x57\xb7"
            else:
                row += b"\xff\xd7\x00"
        rows += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------------------------------
# MIME helpers (hand-made, so that every client's quirks can be reproduced)
# ------------------------------------------------------------------------------------------

def nl(text):
    """Any line ends -> CRLF."""
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def wrap(text, width=76, flowed=False):
    """Wrap long lines at spaces (for 8bit bodies).  Quoted lines ('>') are wrapped with their
    prefix repeated.  flowed=True leaves a trailing space on soft breaks (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*\s*)", line)
        prefix = m.group(1) if m else ""
        body = line[len(prefix):]
        if len(line) <= width:
            out.append(line)
            continue
        words = body.split(" ")
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(prefix) + len(cand) > width and cur:
                out.append(prefix + cur + (" " if flowed else ""))
                cur = w
            else:
                cur = cand
        out.append(prefix + cur)
    return "\n".join(out)


def qp_encode(data: bytes) -> bytes:
    """Quoted-printable (RFC 2045) with CRLF hard breaks and '=' soft breaks at 76."""
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for line in lines:
        toks = []
        for i, b in enumerate(line):
            c = bytes([b])
            if b in (9, 32) and i == len(line) - 1:
                toks.append("=%02X" % b)
            elif b == 61 or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            else:
                toks.append(c.decode("ascii"))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return CRLF.join(out).encode("ascii")


def b64_encode(data: bytes) -> bytes:
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def ew(text, charset="utf-8", mode="B", first=0):
    """RFC 2047 encoded-words, split on character boundaries, folded with CRLF SP."""
    words, cur = [], ""

    def enc(s):
        raw = s.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
        q = ""
        for b in raw:
            ch = chr(b)
            if ch == " ":
                q += "_"
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                q += ch
            else:
                q += "=%02X" % b
        return "=?%s?Q?%s?=" % (charset, q)

    # Break between words where possible (the space stays inside the earlier word), so that
    # even a decoder that keeps the folding whitespace shows the text right.
    limit = 74
    for ch in text:
        if len(enc(cur + ch)) > limit and cur:
            cut = cur.rfind(" ")
            if cut > 0:
                words.append(enc(cur[:cut + 1]))
                cur = cur[cut + 1:] + ch
            else:
                words.append(enc(cur))
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return (CRLF + " ").join(words)


def addr(name, address, charset="utf-8", mode="B", quote=True):
    if not name:
        return address
    if name.isascii():
        return '"%s" <%s>' % (name, address) if quote else "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, mode), address)


def pct(text, charset="utf-8"):
    return urllib.parse.quote(text.encode(charset), safe="")


class Part:
    def __init__(self, headers, body: bytes):
        self.headers = headers      # list of "Name: value" strings (value may be folded)
        self.body = body

    def bytes(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def encode_body(raw: bytes, cte):
    if cte == "quoted-printable":
        return qp_encode(raw)
    if cte == "base64":
        return b64_encode(raw)
    # 7bit / 8bit: only line ends are normalised
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", params="", label=None,
         extra=(), raw_bytes=None):
    """A text part.  label: the charset written in the header (may differ from the real one —
    a mislabelled part); raw_bytes overrides encoding the string."""
    raw = raw_bytes if raw_bytes is not None else nl(s).encode(charset)
    lab = label or charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, ('"%s"' % lab) if '"' not in lab else lab)
    if params:
        ct += params
    hs = [ct, "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return Part(hs, encode_body(raw, cte))


def filename_params(fname, style, charset="utf-8"):
    """(ct_param, cd_param) strings for a file name in the given style."""
    if style == "ascii":
        return '\tname="%s"' % fname, '\tfilename="%s"' % fname
    if style in ("b", "q"):
        w = ew(fname, charset, style.upper()).replace(CRLF + " ", "")
        return '\tname="%s"' % w, '\tfilename="%s"' % w
    if style == "2231":
        # Outlook 2010 / Gmail-like: RFC 2047 in name=, RFC 2231 in filename*=
        w = ew(fname, charset, "B").replace(CRLF + " ", "")
        return '\tname="%s"' % w, "\tfilename*=%s''%s" % (charset, pct(fname, charset))
    if style == "2231c":
        # Thunderbird: RFC 2231 with continuations in both parameters
        enc = pct(fname, charset)
        chunks, i = [], 0
        while i < len(enc):
            j = min(i + 54, len(enc))
            while j < len(enc) and "%" in enc[j - 2:j]:
                j -= 1
            chunks.append(enc[i:j])
            i = j

        def cont(param):
            parts = []
            for k, c in enumerate(chunks):
                pre = ("%s''" % charset) if k == 0 else ""
                parts.append("\t%s*%d*=%s%s" % (param, k, pre, c))
            return (";" + CRLF).join(parts)
        return cont("name"), cont("filename")
    raise ValueError(style)


def attach(data: bytes, ctype, fname, style="ascii", charset="utf-8", disp="attachment",
           cte="base64", cid=None, extra=()):
    ctp, cdp = filename_params(fname, style, charset)
    hs = ["Content-Type: %s;%s%s" % (ctype, CRLF, ctp),
          "Content-Transfer-Encoding: %s" % cte]
    if cid:
        hs.append("Content-ID: <%s>" % cid)
    hs.append("Content-Disposition: %s;%s%s" % (disp, CRLF, cdp))
    hs += list(extra)
    return Part(hs, encode_body(data, cte) if cte != "7bit" else nl(data.decode("ascii")).encode())


def multi(subtype, parts, boundary, params="", preamble=None):
    hs = ['Content-Type: multipart/%s;%s\tboundary="%s"%s' % (subtype, CRLF, boundary, params)]
    body = b""
    if preamble:
        body += (preamble + CRLF + CRLF).encode("ascii")
    for p in parts:
        body += ("--" + boundary + CRLF).encode("ascii") + p.bytes() + CRLF.encode("ascii")
    body += ("--" + boundary + "--" + CRLF).encode("ascii")
    return Part(hs, body)


def rfc822(msg: bytes, fname=None, style="ascii", charset="utf-8"):
    hs = ["Content-Type: message/rfc822"]
    if fname:
        hs[0] += ";" + CRLF + filename_params(fname, style, charset)[0]
        hs.append("Content-Transfer-Encoding: 7bit")
        hs.append("Content-Disposition: attachment;" + CRLF + filename_params(fname, style, charset)[1])
    else:
        hs.append("Content-Transfer-Encoding: 7bit")
    return Part(hs, msg)


def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


RELAYS = ["mail.cg.ukrtel.net", "mx1.cg.ukrtel.net"]


def message(date, frm, subject, body: Part, *, to=MAILBOX, msgid, headers=(), delay=4,
            received=None, relay=0, mime=True, top=True):
    """Assemble a whole message.  headers: extra header lines placed after the standard ones.
    received: the 'from ...' clause of the top Received header (None: a generic one).
    top=False builds an inner (forwarded) message without our Received header."""
    lines = []
    if top:
        rdate = date + dt.timedelta(seconds=delay)
        rfrom = received or "from smtp.cg.ukrtel.net (smtp.cg.ukrtel.net [195.5.10.12])"
        rid = "%08X" % (zlib.crc32(msgid.encode()) & 0xFFFFFFFF)
        lines.append("Received: %s%s\tby %s (Postfix) with ESMTP id %s%s\tfor <%s>; %s" % (
            rfrom, CRLF, RELAYS[relay], rid, CRLF, MAILBOX, format_datetime(rdate)))
    lines += list(headers_pre(headers))
    lines.append("Message-ID: %s" % msgid)
    lines.append("Date: %s" % format_datetime(date))
    lines.append("From: %s" % frm)
    lines.append("To: %s" % to)
    lines.append("Subject: %s" % subject)
    lines += [h for h in headers if not h.startswith("!")]
    if mime:
        lines.append("MIME-Version: 1.0")
    lines += body.headers
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + body.body


def headers_pre(headers):
    """Header lines marked with a leading '!' go before Message-ID (e.g. Return-Path)."""
    return [h[1:] for h in headers if h.startswith("!")]


def word_html(paras, charset="windows-1251", lang="UK", extra_style="", gen="Microsoft Word 14 (filtered medium)"):
    """Outlook (Word editor) HTML around a list of ready-made HTML blocks."""
    body = CRLF.join(paras)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}"><meta name=Generator content="{gen}"><style><!--
/* Font Definitions */
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri","sans-serif";
	color:windowtext;}}
{extra_style}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang={lang} link=blue vlink=purple><div class=WordSection1>{body}</div></body></html>"""


def mso(s):
    """One Word paragraph."""
    if not s:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return "<p class=MsoNormal>%s<o:p></o:p></p>" % s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(plain):
    """Plain text -> <p> paragraphs, one per line, blank lines as empty paragraphs."""
    return [mso(esc(line)) for line in plain.split("\n")]


# The plan's wording as zvit quotes it in reminders and receipts.
MEASURES = {}
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"


def load_plan():
    with open(PLAN, "rb") as f:
        plan = tomllib.load(f)
    for m in plan["measure"]:
        MEASURES[m["number"]] = m["text"]
    return plan


def reminder_text(executor_name, deadline, today, missing, overdue):
    """zvit's reminder (templates/reminder.txt.j2) as it reached the office."""
    t = "Шановні колеги!\n\n"
    if overdue:
        t += ("Нагадуємо, що %s минув термін подання інформації про виконання %s "
              "(пункт 16 плану).\n\n" % (deadline, PLAN_TITLE))
    else:
        t += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання "
              "необхідно надати до %s на адресу електронної пошти %s.\n\n" % (PLAN_TITLE, deadline, MAILBOX))
    t += "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n" % (today, executor_name)
    for n in missing:
        t += "\n  %d. %s\n" % (n, MEASURES[n])
    t += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
          "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
          "зазначивши номери пунктів плану.\n\n")
    t += "Просимо надати інформацію невідкладно.\n\n" if overdue else "Просимо дотримуватися встановленого терміну.\n\n"
    t += ("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
          "його недійсним.\n\nЗ повагою\n" + OFFICE)
    return t


def receipt_text(received, subject, executor_name, period, deadline, recognised, missing, unplaced=0):
    """zvit's receipt (templates/receipt.txt.j2) as it reached the office."""
    t = "Шановні колеги!\n\n"
    t += "%s підтверджує отримання Вашого листа від %s «%s».\n\n" % (OFFICE, received, subject)
    t += "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n\n" % (executor_name, period, deadline)
    t += "Розпізнано інформацію щодо таких пунктів плану:\n"
    for n, ex in recognised:
        t += "  • пункт %d: %s\n" % (n, ex)
    if unplaced:
        t += ("Частину тексту (фрагментів: %d) не вдалося однозначно віднести до пункту плану; "
              "її опрацює працівник управління.\n" % unplaced)
    t += "\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n"
    for n in missing:
        t += "  %d. %s\n" % (n, MEASURES[n])
    t += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на "
          "адресу %s.\n\nЗ повагою\n%s" % (MAILBOX, OFFICE))
    return t


def koi8_safe(s):
    """What a KOI8 user actually typed: KOI8-U/R have no guillemets, dashes or the numero sign."""
    for a, b in (("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("”", '"'), ("–", "-"),
                 ("—", "-"), ("№", "N"), ("’", "'"), ("…", "...")):
        s = s.replace(a, b)
    return s


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ------------------------------------------------------------------------------------------
# Registry of mails
# ------------------------------------------------------------------------------------------

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


UVP_TO = addr("Управління внутрішньої політики", MAILBOX, "windows-1251", "B")

# ==========================================================================================
# The mails.  Each KEY is written first; the text below it is written to match it.
# ==========================================================================================

# ---------------------------------------------------------------------------------- ph01
KEY = {"class": "placeholder", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A .xls with a row for every measure 1–16 and a column of the national action plan's points (220-р) beside the plan's own number; only rows 1, 6, 7, 9 carry text, the rest «х», «—» or a bare «Не проводились», row 16 only cites the covering letter.",
       "items": [{"measure": 1, "source": "Інформація_Козелецька РДА_Відкритий уряд.xls"},
                 {"measure": 6, "source": "Інформація_Козелецька РДА_Відкритий уряд.xls"},
                 {"measure": 7, "source": "Інформація_Козелецька РДА_Відкритий уряд.xls"},
                 {"measure": 9, "source": "Інформація_Козелецька РДА_Відкритий уряд.xls"}]}


@mail("ph01_kozelets_xls_220r", KEY)
def ph01():
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На Ваш лист від 03.12.2012 № 01-12/345 надсилаємо інформацію Козелецької райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (таблиця у вкладенні). У графі 3 таблиці зазначено відповідні пункти Плану дій з впровадження Ініціативи, затвердженого розпорядженням Кабінету Міністрів України від 05.04.2012 № 220-р.

Вих. № 02-18/2214 від 12.12.2012

З повагою
головний спеціаліст відділу організаційної роботи та внутрішньої політики апарату Козелецької райдержадміністрації
Лисенко Наталія
тел. (04646) 2-14-37
"""
    html = word_html(html_paras(plain))
    alt = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                text(html, "html", "windows-1251", "quoted-printable")],
                "----=_NextPart_001_0011_01CDD85B.2EA6FF40")
    xls = attach(office("ph01_kozelets.csv", "xls"), "application/vnd.ms-excel",
                 "Інформація_Козелецька РДА_Відкритий уряд.xls", "b", "windows-1251")
    body = multi("mixed", [alt, xls], "----=_NextPart_000_0010_01CDD85B.2EA6FF40",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2012, 12, 12, 10, 41, 7),
                   addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація про виконання Плану заходів (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>",
                   msgid="<001001cdd84a$6b1e2f40$415a8dc0$@gov.ua>",
                   headers=["X-Mailer: Microsoft Office Outlook 12.0",
                            "Thread-Index: Ac3YSmkYq0yWc1pDRZ6bOq2Bc8Qm1A==",
                            "Content-Language: uk"],
                   received="from kozelets-pc (unknown [91.202.141.37])", delay=3)


# ---------------------------------------------------------------------------------- ph02
KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook table in the body with «+» ticks for every measure: «+» alone on 2, 6 and 16, «без змін», «не проводились» and «х» elsewhere; only 1, 8 and 12 have a note, and the notes cite site section 7, an order's point 2.4 and points 3.5, 4.1 of a draft.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("ph02_ekolohiia_ticks", KEY)
def ph02():
    intro = ("На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
             "виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», "
             "затвердженого заступником голови облдержадміністрації 10.09.2012, та п. 3 розпорядження "
             "голови облдержадміністрації від 21.09.2012 № 431 управління екології та природних ресурсів "
             "облдержадміністрації інформує:")
    rows = [
        ("1", "+", "Розділ «Громадське обговорення» веб-сторінки управління (розділ 7 сайту) доповнено матеріалами щодо проекту обласної Програми охорони навколишнього природного середовища на 2013–2015 роки; оприлюднено звіт про розгляд запитів на інформацію (ст. 15 Закону України «Про доступ до публічної інформації»)."),
        ("2", "+", ""), ("3", "х", ""), ("4", "х", ""), ("5", "х", ""),
        ("6", "+", ""),
        ("7", "не проводились", ""),
        ("8", "+", "Голову комітету з питань екології та природокористування Громадської ради при облдержадміністрації Коваля С.П. введено до складу колегії управління (наказ управління від 14.02.2013 № 52-од, п. 2.4 Положення про колегію)."),
        ("9", "без змін", ""), ("10", "х", ""), ("11", "х", ""),
        ("12", "+", "ГО «Зелений світ Полісся» проведено громадську антикорупційну експертизу проекту наказу «Про затвердження Порядку видачі дозволів на спеціальне використання природних ресурсів місцевого значення» (висновок від 22.04.2013 № 17); пропозиції експертів враховано в пп. 3.5 та 4.1 проекту."),
        ("13", "х", ""), ("14", "х", ""), ("15", "х", ""), ("16", "+", ""),
    ]
    sig = ["З повагою",
           "Мазур Ірина Олександрівна",
           "провідний спеціаліст відділу екологічної політики",
           "управління екології та природних ресурсів облдержадміністрації",
           "тел. (0462) 67-53-18"]
    plain = "Добрий день!\n\n" + intro + "\n\n"
    plain += "№ пункту Плану\tВідмітка про виконання\tПримітка (документ, посилання)\n"
    for n, mark, note in rows:
        plain += "%s\t%s\t%s\n" % (n, mark, note)
    plain += "\n" + "\n".join(sig) + "\n"
    td = '<td width=%d valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class=MsoNormal>%s<o:p></o:p></p></td>'
    trs = ['<tr>' + td % (70, "<b>№ пункту Плану</b>") + td % (110, "<b>Відмітка про виконання</b>")
           + td % (420, "<b>Примітка (документ, посилання)</b>") + '</tr>']
    for n, mark, note in rows:
        trs.append('<tr>' + td % (70, n) + td % (110, esc(mark)) + td % (420, esc(note) or "&nbsp;") + '</tr>')
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">'
             + CRLF.join(trs) + '</table>')
    html = word_html([mso("Добрий день!"), mso(""), mso(esc(intro)), mso(""), table, mso("")]
                     + [mso(esc(s)) for s in sig])
    body = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")],
                 "----=_NextPart_000_0047_01CE6852.8C3A9E10")
    return message(kyiv(2013, 6, 13, 15, 22, 48),
                   addr("Управління екології", "ekolohiia@example.gov.ua", "windows-1251", "B"),
                   ew("Відкритий уряд - інформація управління екології за І півріччя 2013 р.", "windows-1251", "B"),
                   body, to=UVP_TO, msgid="<004601ce6841$b2c8e570$185ab050$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac5oQbEQk2c0n7jXQo+0dPmB1f3xEw==",
                            "Content-Language: uk"],
                   received="from ekol-buh (unknown [10.12.4.21])", delay=5)


# ---------------------------------------------------------------------------------- ph03
KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A koi8-u Thunderbird list «п.1 – … п.16 –» with «х», «немає», a bare «не проводились» and «без змін (див. інформацію за І півріччя)»; the three real answers cite an article of the access law, site rubric 4.2, a protocol № 9 and agenda item 3.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("ph03_ripky_list_koi8u", KEY)
def ph03():
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Ріпкинська районна державна адміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (лист управління від 25.11.2013 № 04-09/1572) повідомляє:

п.1 – на офіційному веб-сайті райдержадміністрації відповідно до вимог ст. 15 Закону України «Про доступ до публічної інформації» оприлюднено перелік наборів даних та оновлено розділ «Звернення громадян» (рубрика 4.2); створено сторінки селищних та сільських рад.
п.2 – х
п.3 – х
п.4 – х
п.5 – х
п.6 – проведено 3 консультації з громадськістю у формі громадських слухань: щодо проекту районної програми розвитку малого підприємництва на 2014-2015 роки (17.09.2013), щодо схеми санітарного очищення смт Ріпки (08.10.2013), щодо проекту районного бюджету на 2014 рік (26.11.2013).
п.7 – немає
п.8 – х
п.9 – без змін (див. інформацію за І півріччя)
п.10 – за рекомендацією райдержадміністрації при громадській раді утворено робочу групу з питань відкритості та прозорості діяльності органів влади у складі 5 осіб (протокол засідання громадської ради від 30.10.2013 № 9, питання 3 порядку денного).
п.11 – х
п.12 – не проводились
п.13 – х
п.14 – х
п.15 – х
п.16 – виконано.

Перший заступник голови райдержадміністрації                  В.О. Гнатенко

-- 
Сектор організаційної роботи апарату Ріпкинської РДА
тел. (04641) 2-13-90
"""
    body = text(wrap(koi8_safe(plain), 72, flowed=True), "plain", "koi8-u", "8bit", params="; format=flowed")
    return message(kyiv(2013, 12, 10, 11, 5, 30),
                   addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "koi8-u", "B"),
                   ew(koi8_safe("Інформація Ріпкинської РДА (Відкритий уряд, ІІ півріччя 2013)"), "koi8-u", "B"),
                   body, to=MAILBOX, msgid="<52A6D8DA.7040905@example.gov.ua>",
                   headers=["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20131025 Thunderbird/17.0.10"],
                   received="from [192.168.0.14] (unknown [91.202.133.90])", delay=2)


# ---------------------------------------------------------------------------------- ph04
KEY = {"class": "placeholder", "executor": "su-osvita", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A late .docx table with a row for every measure: 3–5 and 10–15 «х», 7 «—», 8 an empty cell; a fourth column cites the office's own orders, letters and «пп. 2, 5» of its consultation plan, which are not the plan's measures.",
       "items": [{"measure": 1, "source": "Інформація УОН щодо виконання Плану заходів (Відкритий уряд) І півріччя 2013.docx"},
                 {"measure": 2, "source": "Інформація УОН щодо виконання Плану заходів (Відкритий уряд) І півріччя 2013.docx"},
                 {"measure": 6, "source": "Інформація УОН щодо виконання Плану заходів (Відкритий уряд) І півріччя 2013.docx"},
                 {"measure": 9, "source": "Інформація УОН щодо виконання Плану заходів (Відкритий уряд) І півріччя 2013.docx"}]}


@mail("ph04_osvita_docx_late", KEY)
def ph04():
    plain = """Добрий день!

Надсилаємо інформацію управління освіти і науки облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (вих. від 14.06.2013 № 01-21/1187) на виконання доручення облдержадміністрації від 29.05.2013 № 01-08/2240 (п. 2).

Вибачте за затримку – у п'ятницю лист не відправився через збій поштового сервера.

З повагою
Тимошенко Оксана Вікторівна
головний спеціаліст відділу загальної середньої освіти
управління освіти і науки облдержадміністрації
(0462) 67-59-31
"""
    html = word_html(html_paras(plain), charset="utf-8")
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"),
                                text(html, "html", "utf-8", "base64")],
                "----=_NextPart_001_0022_01CE6B2E.6F4B1A20")
    fname = "Інформація УОН щодо виконання Плану заходів (Відкритий уряд) І півріччя 2013.docx"
    docx = attach(office("ph04_osvita.html", "docx"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  fname, "2231c", "utf-8")
    body = multi("mixed", [alt, docx], "----=_NextPart_000_0021_01CE6B2E.6F4B1A20",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 6, 17, 9, 12, 51),
                   addr("Управління освіти і науки", "osvita@example.gov.ua", "utf-8", "B"),
                   ew("Інформація УОН за І півріччя 2013 р. (Відкритий уряд)", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<002001ce6b1d$c1e2f3a0$45a8dae0$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac5rHcE3hX8aTnQzRzKJx7HfX0Uu9g==",
                            "Content-Language: uk"],
                   received="from osvita-sekr (unknown [10.12.2.7])", delay=6)


# ---------------------------------------------------------------------------------- ph05
KEY = {"class": "placeholder", "executor": "uvp", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own sector sends an .ods to the central box: every measure has a row, 13 says only «Виконано», 14 «без змін», 3 «х», the rest «—»; the answer on 15 names the web resource «Чернігівська громада» only as where results were posted.",
       "items": [{"measure": 5, "source": "uvp_vykonannia_2013-2.ods"},
                 {"measure": 10, "source": "uvp_vykonannia_2013-2.ods"},
                 {"measure": 11, "source": "uvp_vykonannia_2013-2.ods"},
                 {"measure": 15, "source": "uvp_vykonannia_2013-2.ods"}]}


@mail("ph05_uvp_ods_roundcube", KEY)
def ph05():
    plain = """Колеги, добрий день!

У вкладенні – інформація управління за ІІ півріччя 2013 р. щодо пунктів Плану, виконавцем яких визначено управління, для зведення (відповідно до п. 2.7 нашого плану-графіка роботи на ІІ півріччя).

-- 
Сектор взаємодії з громадськими організаціями
управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
Бойко Андрій, т. 67-52-44
"""
    body = multi("mixed", [text(wrap(plain, 76, flowed=True), "plain", "utf-8", "quoted-printable",
                                params="; format=flowed"),
                           attach(office("ph05_uvp.csv", "ods"), "application/vnd.oasis.opendocument.spreadsheet",
                                  "uvp_vykonannia_2013-2.ods", "ascii")],
                 "=_6f1c2b0d7e4a93a5b8e1c2d3f4a5b6c7")
    return message(kyiv(2013, 12, 13, 16, 47, 5),
                   addr("Бойко Андрій", "uvp-info@example.gov.ua", "utf-8", "Q"),
                   ew("Інформація УВП за ІІ півріччя 2013 (для зведення)", "utf-8", "Q"),
                   body, to=MAILBOX, msgid="<b0c3a4d8e6f2a1b7c9d0e1f2a3b4c5d6@webmail.example.gov.ua>",
                   headers=["User-Agent: Roundcube Webmail/0.9.5", "X-Sender: uvp-info@example.gov.ua"],
                   received="from webmail.example.gov.ua (webmail.example.gov.ua [10.12.0.5])", delay=1)


# ---------------------------------------------------------------------------------- bp01
KEY = {"class": "bottom_post", "executor": "rda-borzna", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply typed between the «>» lines of zvit's overdue reminder: answers under quoted items 1, 6, 9, 10, 12 (12 saying what was not done), a bare «Не проводились.» under 7; answers cite letter № 01-15/1320, protocol № 5 and «п. 2 порядку денного».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp01_borzna_interleaved_reminder", KEY)
def bp01():
    rem = reminder_text("Борзнянська районна державна адміністрація", "15.12.2012", "16.12.2012",
                        [1, 6, 7, 9, 10, 12], overdue=True)
    answers = {
        1: "Сайт РДА приведено у відповідність до Порядку оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади (постанова КМУ від 04.01.2002 № 3 зі змінами): розділ «Доступ до публічної інформації» доповнено системою обліку публічної інформації, розміщено 8 проектів розпоряджень голови РДА для обговорення.",
        6: "У IV кварталі проведено 2 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік (30.11.2012) та обговорення проекту Програми розвитку культури району (07.12.2012).",
        7: "Не проводились.",
        9: "Члени громадської ради при райдержадміністрації (4 особи) взяли участь у громадському обговоренні проекту районного бюджету на 2013 рік.",
        10: "Громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості (лист РДА від 05.11.2012 № 01-15/1320); питання розглянуто на засіданні ради 28.11.2012 (протокол № 5, п. 2 порядку денного), робочу групу утворено у складі 3 осіб.",
        12: "Громадські антикорупційні експертизи у звітному періоді не проводились, запитів від інститутів громадянського суспільства не надходило.",
    }
    out = ["16.12.2012 9:00, Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації пише:"]
    for line in rem.split("\n"):
        out.append(quote(wrap(line, 70), "> ") if line else ">")
        m = re.match(r"^  (\d+)\. ", line)
        if m:
            out += ["", wrap(answers[int(m.group(1))], 72, flowed=True), ""]
    out += ["", "-- ", "Сектор з питань внутрішньої політики та зв'язків з громадськістю",
            "апарату Борзнянської райдержадміністрації", "Марченко Ольга, (04653) 2-15-08", ""]
    body = text("\n".join(out), "plain", "utf-8", "8bit", params="; format=flowed")
    return message(kyiv(2012, 12, 17, 14, 3, 26),
                   addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "utf-8", "B"),
                   "Re: " + ew("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "utf-8", "B"),
                   body, to=addr("Управління з питань внутрішньої політики", MAILBOX, "utf-8", "B"),
                   msgid="<50CF09D6.4080306@example.gov.ua>",
                   headers=["In-Reply-To: <zvit.reminder.2012-12-16.rda-borzna@cg.ukrtel.net>",
                            "References: <zvit.reminder.2012-12-16.rda-borzna@cg.ukrtel.net>",
                            "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121129 Thunderbird/17.0.1"],
                   received="from [10.0.0.23] (unknown [91.202.142.61])", delay=4)


# ---------------------------------------------------------------------------------- bp02
KEY = {"class": "bottom_post", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (uk UI) reply typed below zvit's quoted receipt after a «Від:/Надіслано:/Кому:/Тема:» block with no «>»: the receipt lists recognised 1, 6, 9 and missing 2, 7, 8, 12; below, 2 only points to the earlier letter and 7 is a bare «не проводились», so only 8 and 12 are new; they cite «п. 5 Положення» and «пп. 1–4» of an order.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp02_kultura_below_receipt", KEY)
def bp02():
    rec = receipt_text("21.05.2013", "Інформація управління культури і туризму (Відкритий уряд)",
                       "Управління культури і туризму облдержадміністрації", 2, "15.06.2013",
                       [(1, "на веб-сторінці управління оновлено розділ «Культурна спадщина» …"),
                        (6, "проведено громадське обговорення проекту обласної програми розвитку культури …"),
                        (9, "проект програми розглянуто за участю членів Громадської ради …")],
                       [2, 7, 8, 12], unplaced=1)
    hdr = ["Від: Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації [mailto:uvp@cg.ukrtel.net] ",
           "Надіслано: 21 травня 2013 р. 16:02",
           "Кому: kultura@example.gov.ua",
           "Тема: Підтвердження отримання: Інформація управління культури і туризму (Відкритий уряд)"]
    reply = """Доброго дня!
Доповнюємо інформацію за пунктами, яких не вистачає:

п. 2 – інформація щодо рубрики «Хід виконання цільових програм» була в нашому листі від 21.05.2013.
п. 7 – не проводились.
п. 8 – голову комітету з питань культури, духовності та історичної спадщини Громадської ради при облдержадміністрації Мельника О.В. введено до складу колегії управління; відповідні зміни до п. 5 Положення про колегію затверджено наказом управління від 16.04.2013 № 84.
п. 12 – 14.05.2013 ГО «Сіверянська ініціатива» проведено громадську експертизу діяльності управління щодо забезпечення доступу до публічної інформації; на реалізацію пропозицій експертів затверджено заходи (наказ від 20.05.2013 № 97, пп. 1–4).

З повагою
Литвиненко Світлана
відділ культурно-освітньої роботи
управління культури і туризму облдержадміністрації
тел. (0462) 67-51-72"""
    plain = "\n" + "\n".join(hdr) + "\n\n" + rec + "\n\n" + reply + "\n"
    sep = ('<div><div style=\'border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
           '<p class=MsoNormal><b><span style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'>Від:</span></b>'
           '<span style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'> Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації [mailto:uvp@cg.ukrtel.net] <br>'
           '<b>Надіслано:</b> 21 травня 2013 р. 16:02<br><b>Кому:</b> kultura@example.gov.ua<br>'
           '<b>Тема:</b> Підтвердження отримання: Інформація управління культури і туризму (Відкритий уряд)<o:p></o:p></span></p></div></div>')
    html = word_html([mso(""), sep, mso("")] + html_paras(rec) + [mso(""), mso("")] + html_paras(reply))
    body = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")],
                 "----=_NextPart_000_0093_01CE56D7.1A2B3C40")
    return message(kyiv(2013, 5, 22, 10, 18, 40),
                   addr("Управління культури і туризму", "kultura@example.gov.ua", "windows-1251", "B"),
                   "RE: " + ew("Підтвердження отримання: Інформація управління культури і туризму (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<009201ce56c6$0f1e2d30$2d5a8790$@gov.ua>",
                   headers=["In-Reply-To: <zvit.receipt.2013-05-21.su-kultura.1@cg.ukrtel.net>",
                            "X-Mailer: Microsoft Outlook 14.0", "Thread-Index: AQHOVi0xkzl2u1Ywfk6Zc0hJq5HUz5kQ4Dpw",
                            "Content-Language: uk"],
                   received="from kultura-pc3 (unknown [10.12.3.44])", delay=3)


# ---------------------------------------------------------------------------------- bp03
KEY = {"class": "bottom_post", "executor": "rda-sribne", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From a phone (K-9 Mail) the office replies to its own letter sent the day before, quoted with «>» and reporting 1 and 6; only the supplement typed below it counts — 7 and 9, under an introducing line «Доповнення до листа (пп. 7, 9):» and citing an order's point 3 and protocol № 7.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("bp03_sribne_phone_own_letter", KEY)
def bp03():
    earlier = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На Ваш лист від 12.11.2013 № 04-09/1498 Срібнянська райдержадміністрація інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року:

п. 1. Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законодавства, оновлено розділ «Громадське обговорення», розміщено звіт про виконання районного бюджету за 9 місяців.
п. 6. Проведено громадські слухання щодо проекту генерального плану смт Срібне (15.10.2013).
пп. 7, 9 – інформація буде надана додатково.

Заступник голови райдержадміністрації О.М. Приходько"""
    reply = """Доповнення до листа (пп. 7, 9):
п. 7 – до складу районної координаційної ради з питань національно-патріотичного виховання та районної комісії з питань надзвичайних ситуацій включено по одному представнику громадської ради (розпорядження голови РДА від 02.09.2013 № 318, п. 3).
п. 9 – проект районної програми «Соціальний захист населення на 2014 рік» обговорено за участю членів громадської ради на її засіданні 19.11.2013 (протокол № 7).

Приходько О.М.

Надіслано з мого смартфону Samsung Galaxy"""
    plain = ("25.11.2013 16:20, Срібнянська РДА <rda-sribne@example.gov.ua> написав:\n"
             + quote(wrap(earlier, 74)) + "\n\n" + wrap(reply, 76) + "\n")
    body = text(plain, "plain", "utf-8", "8bit")
    return message(kyiv(2013, 11, 26, 13, 44, 9),
                   addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "utf-8", "B"),
                   "Re: " + ew("Інформація Срібнянської РДА про виконання Плану заходів", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<b8f1d3a2-6c0e-4c1f-9a5b-2e7d4c9a1f03@email.android.com>",
                   headers=["In-Reply-To: <5293594C.1050702@example.gov.ua>",
                            "References: <5293594C.1050702@example.gov.ua>",
                            "User-Agent: K-9 Mail for Android"],
                   received="from [10.71.22.198] (unknown [46.133.14.201])", delay=7)


# ---------------------------------------------------------------------------------- bp04
KEY = {"class": "bottom_post", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 (ru UI) with «-----Исходное сообщение-----» and no «>»: answers are typed between the lines of zvit's reminder (blue in HTML, unmarked in the plain twin); 1, 2, 6, 9 answered, nothing under 7, «Без змін.» under 8, «-» under 12; answers cite art. 15 of the access law and letter № 06-11/1784.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("bp04_sotszakhyst_outlook2003_ru_inline", KEY)
def bp04():
    rem = reminder_text("Управління праці та соціального захисту населення облдержадміністрації",
                        "15.06.2013", "10.06.2013", [1, 2, 6, 7, 8, 9, 12], overdue=False)
    answers = {
        1: "Веб-сторінку управління на офіційному сайті облдержадміністрації приведено у відповідність до вимог Закону України «Про доступ до публічної інформації» (ст. 15): розміщено звіти про розгляд запитів, переліки послуг, порядок призначення житлових субсидій; розділ «Соціальні стандарти» оновлено у квітні 2013 р.",
        2: "До рубрики «Хід виконання цільових програм» щокварталу направляється інформація про виконання обласної програми «Турбота» на 2013–2015 роки (останній раз – лист від 09.04.2013 № 06-11/1784).",
        6: "Проведено консультації з громадськістю: 3 засідання «круглого столу» з громадськими організаціями ветеранів та інвалідів щодо проекту обласної програми «Турбота» (січень – лютий 2013 р.), громадське обговорення проекту порядку надання одноразової матеріальної допомоги (березень 2013 р.).",
        8: "Без змін.",
        9: "Проект обласної програми «Турбота» обговорено з членами Громадської ради при облдержадміністрації на засіданні комітету з соціальних питань 26.02.2013.",
        12: "-",
    }
    hdr = ["-----Исходное сообщение-----",
           "От: Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації [mailto:uvp@cg.ukrtel.net] ",
           "Отправлено: 10 июня 2013 г. 9:00",
           "Кому: sotszakhyst@example.gov.ua",
           "Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)"]
    top = "Відповіді – у тексті листа нижче (виділено синім).\n\nГончаренко В.П., відділ організаційно-аналітичної роботи\nуправління праці та соціального захисту населення облдержадміністрації\nт. 67-54-09"
    plain_lines = [top, "", ""] + hdr + [""]
    html_blocks = [mso(esc(l)) for l in top.split("\n")] + [mso(""), mso("")]
    html_blocks.append("<div><div class=MsoNormal align=center style='text-align:center'><font size=2 face=Tahoma>"
                       "<span lang=RU style='font-size:10.0pt;font-family:Tahoma'><hr size=2 width=\"100%\" align=center tabindex=-1></span></font></div>"
                       "<p class=MsoNormal><b><font size=2 face=Tahoma><span lang=RU style='font-size:10.0pt;font-family:Tahoma;font-weight:bold'>От:</span></font></b>"
                       "<font size=2 face=Tahoma><span lang=RU style='font-size:10.0pt;font-family:Tahoma'> Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації [mailto:uvp@cg.ukrtel.net] <br>"
                       "<b>Отправлено:</b> 10 июня 2013 г. 9:00<br><b>Кому:</b> sotszakhyst@example.gov.ua<br>"
                       "<b>Тема:</b> Нагадування: інформація про виконання Плану заходів (Відкритий уряд)</span></font></p></div>")
    for line in rem.split("\n"):
        plain_lines.append(line)
        html_blocks.append(mso(esc(line)))
        m = re.match(r"^  (\d+)\. ", line)
        if m and int(m.group(1)) in answers:
            a = answers[int(m.group(1))]
            plain_lines += ["", a]
            html_blocks += [mso(""), "<p class=MsoNormal><b><span style='color:#0070C0'>%s</span></b><o:p></o:p></p>" % esc(a)]
    plain = "\n".join(plain_lines) + "\n"
    html = word_html(html_blocks, gen="Microsoft Word 11 (filtered medium)", lang="RU")
    body = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")],
                 "----=_NextPart_000_0015_01CE68F2.4C1D7E80",
                 preamble="This is a multi-part message in MIME format.")
    return message(kyiv(2013, 6, 14, 11, 27, 55),
                   addr("Гончаренко В.П.", "sotszakhyst@example.gov.ua", "windows-1251", "B"),
                   "RE: " + ew("Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "windows-1251", "B"),
                   body, to=addr("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", MAILBOX, "windows-1251", "B"),
                   msgid="<001401ce68e1$8a3f2b60$0b00a8c0@soczah7>",
                   headers=["X-Mailer: Microsoft Office Outlook 11", "Thread-Index: Ac5lmWwA1gX1lR9cQ0mZ8lX7cYp3GQ==",
                            "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
                            "In-Reply-To: <zvit.reminder.2013-06-10.su-sotszakhyst@cg.ukrtel.net>"],
                   received="from soczah7 (unknown [10.12.6.17])", delay=4)


# ---------------------------------------------------------------------------------- bp05
KEY = {"class": "bottom_post", "executor": "rda-talalaivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "HTML-only web-mail reply typed below a <blockquote> of zvit's receipt (which lists recognised 1, 6, 7, 9 and missing 10, 12); the late answer on 10 cites an order's point 2 and protocol № 12, on 12 it says what was not done.",
       "items": [{"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp05_talalaivka_webmail_blockquote", KEY)
def bp05():
    rec = receipt_text("13.12.2013", "Інформація Талалаївської РДА за ІІ півріччя 2013 року",
                       "Талалаївська районна державна адміністрація", 3, "15.12.2013",
                       [(1, "офіційний веб-сайт райдержадміністрації оновлено …"),
                        (6, "проведено громадські слухання щодо проекту районного бюджету …"),
                        (7, "до складу районної комісії включено представників громадської ради …"),
                        (9, "члени громадської ради взяли участь в обговоренні проекту …")],
                       [10, 12])
    reply = [
        "Доповнюємо:",
        "п. 10 – громадській раді при райдержадміністрації рекомендовано утворити комісію з питань відкритості та прозорості (розпорядження голови РДА від 14.10.2013 № 276, п. 2); комісію утворено рішенням громадської ради від 07.11.2013 (протокол № 12).",
        "п. 12 – громадських антикорупційних експертиз проектів розпоряджень у ІІ півріччі не проводилось, пропозицій від громадських організацій не надходило.",
        "",
        "Вибачте за запізнення.",
        "Осадча Л.М., сектор внутрішньої політики апарату Талалаївської РДА",
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:10pt">'
            '<div>Цитата Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації &lt;uvp@cg.ukrtel.net&gt;:</div>'
            '<blockquote type="cite" style="border-left:2px solid blue;margin-left:2px;padding-left:12px">'
            + "".join("<div>%s</div>" % (esc(l) or "<br>") for l in rec.split("\n"))
            + '</blockquote><br>'
            + "".join("<div>%s</div>" % (esc(l) or "<br>") for l in reply)
            + '</body></html>')
    body = text(html, "html", "utf-8", "quoted-printable")
    return message(kyiv(2013, 12, 16, 10, 52, 13),
                   addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "utf-8", "Q"),
                   "Re: " + ew("Підтвердження отримання: Інформація Талалаївської РДА за ІІ півріччя 2013 року", "utf-8", "Q"),
                   body, to=MAILBOX, msgid="<20131216105213.17433v8w9bq0h3ks@webmail.example.gov.ua>",
                   headers=["In-Reply-To: <zvit.receipt.2013-12-13.rda-talalaivka.1@cg.ukrtel.net>",
                            "User-Agent: Internet Messaging Program (IMP) H4 (5.0.24)"],
                   received="from webmail.example.gov.ua (webmail.example.gov.ua [10.12.0.5])", delay=2)


def ics_fold(line):
    """iCalendar line folding at 75 octets (RFC 5545), on UTF-8 character boundaries."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur)
            cur = b""
        cur += b
    out.append(cur)
    return b"\r\n ".join(out).decode("utf-8")


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# ---------------------------------------------------------------------------------- nr01
KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An Outlook meeting request (text/calendar plus invite.ics) from the retraining centre inviting УВП to open a seminar under measure 13, citing point 7 of its own training schedule and a numbered programme 1–4; nothing done yet.",
       "items": []}


@mail("nr01_cppk_invitation_ics", KEY)
def nr01():
    plain = """Шановні колеги!

Відповідно до п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» та п. 7 плану-графіка підвищення кваліфікації на 2013 рік (наказ центру від 28.12.2012 № 112) Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій запрошує представника управління взяти участь у відкритті навчального семінару «Інструменти політики сприяння розвитку громадянського суспільства» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю.

Дата і час: 19 лютого 2013 р., 10:00–16:00
Місце: навчальний корпус центру, ауд. 305

Програма семінару:
1. Нормативно-правове забезпечення участі громадськості у формуванні та реалізації державної політики (постанова КМУ від 03.11.2010 № 996).
2. Консультації з громадськістю: планування, проведення, звітування.
3. Громадська експертиза діяльності органів виконавчої влади (постанова КМУ від 05.11.2008 № 976).
4. Практичне заняття.

Просимо підтвердити участь до 15.02.2013.

Гриценко Тетяна Петрівна
завідувач навчально-методичного відділу
Чернігівського центру перепідготовки та підвищення кваліфікації
тел. (0462) 67-40-25
"""
    desc = plain
    ev = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
        "BEGIN:STANDARD", "DTSTART:16011028T040000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ATTENDEE;CN=\"Управління внутрішньої політики\";RSVP=TRUE:mailto:uvp@cg.ukrtel.net",
        "CLASS:PUBLIC", "CREATED:20130205T123000Z",
        "DESCRIPTION:" + ics_text(desc),
        "DTEND;TZID=\"FLE Standard Time\":20130219T160000",
        "DTSTAMP:20130205T123000Z",
        "DTSTART;TZID=\"FLE Standard Time\":20130219T100000",
        "LAST-MODIFIED:20130205T123000Z",
        "LOCATION:" + ics_text("Навчальний корпус ЦППК, ауд. 305"),
        "ORGANIZER;CN=\"ЦППК\":mailto:cppk@example.gov.ua",
        "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=uk:" + ics_text("Семінар «Інструменти політики сприяння розвитку громадянського суспільства»"),
        "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000D0C1A2B3C403CE01000000000000000010000000A7F3E1C2B4D5E6F708192A3B4C5D6E7F",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = ("\r\n".join(ics_fold(l) for l in ev) + "\r\n").encode("utf-8")
    cal = Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
                "Content-Transfer-Encoding: base64"], b64_encode(ics))
    alt = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                text(word_html(html_paras(plain), gen="Microsoft Word 12 (filtered medium)"),
                                     "html", "windows-1251", "quoted-printable"), cal],
                "----=_NextPart_001_0001_01CE03A8.5A7C1E00")
    att = attach(ics, "application/ics", "invite.ics", "ascii")
    body = multi("mixed", [alt, att], "----=_NextPart_000_0000_01CE03A8.5A7C1E00",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 2, 5, 14, 30, 0),
                   addr("ЦППК", "cppk@example.gov.ua", "windows-1251", "B"),
                   ew("Запрошення: семінар «Інструменти політики сприяння розвитку громадянського суспільства» 19.02.2013", "windows-1251", "B"),
                   body, to=addr("Управління внутрішньої політики", MAILBOX, "windows-1251", "B"),
                   msgid="<000001ce0398$5a7c1e00$0f745a00$@gov.ua>",
                   headers=["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac4DmFoE4r1a4qT0S0yWq5b2lDk3Vw==",
                            "Content-Language: uk"],
                   received="from cppk-metod (unknown [91.202.136.11])", delay=3)


# ---------------------------------------------------------------------------------- nr02
KEY = {"class": "not_report", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Outlook Express question whether the district must report on points 2, 8 and 10 and whether to cite the national action plan's points (220-р); the premise «громадська рада утворена тільки у жовтні (розпорядження № 389)» reports nothing.",
       "items": []}


@mail("nr02_korop_question_oe", KEY)
def nr02():
    plain = """Доброго дня!

Просимо роз'яснити, чи потрібно Коропській райдержадміністрації подавати інформацію щодо п. 2 та п. 8 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, оскільки вони стосуються структурних підрозділів облдержадміністрації? І чи подавати по п. 10, якщо громадська рада при РДА у нас утворена тільки у жовтні (розпорядження від 18.10.2012 № 389) і ще не провела жодного засідання?

Також уточніть, будь ласка, форму подання: чи потрібно посилатися на пункти Плану дій з впровадження Ініціативи, затвердженого розпорядженням КМУ від 05.04.2012 № 220-р, як це було у листі Мін'юсту, чи достатньо номерів пунктів обласного плану?

Дякуємо.
Сектор з питань внутрішньої політики апарату Коропської РДА
Ковальчук Юлія, (04656) 2-17-84
"""
    body = text(plain, "plain", "windows-1251", "quoted-printable")
    return message(kyiv(2012, 11, 28, 9, 47, 12),
                   addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251", "B"),
                   ew("питання щодо Плану заходів (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<001a01cdcd3b$e5b1c440$6400a8c0@koropsector>",
                   headers=["X-Priority: 3", "X-MSMail-Priority: Normal",
                            "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                            "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"],
                   received="from koropsector (unknown [91.202.139.74])", delay=2)


# ---------------------------------------------------------------------------------- nr03
KEY = {"class": "not_report", "executor": "su-finansy", "period": 3, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "The Bat! letter asking to move the deadline to 20.12.2013 because of the budget session (art. 76 of the Budget Code); it promises information on пп. 1, 2, 6, 9 later and names the rubric of measure 2 only as the place where it will go.",
       "items": []}


@mail("nr03_finansy_extension_thebat", KEY)
def nr03():
    plain = """Доброго дня, колеги!

Головне фінансове управління облдержадміністрації просить продовжити термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року до 20.12.2013 у зв'язку із завершенням роботи над проектом обласного бюджету на 2014 рік (ст. 76 Бюджетного кодексу України) та підготовкою матеріалів до сесії обласної ради 19.12.2013.

Інформацію щодо пп. 1, 2, 6, 9 (у тому числі щодо наповнення рубрики «Виконання місцевих бюджетів Чернігівської області» звітом за 11 місяців) буде надано додатково.

-- 
З повагою,
 Прокопенко Віра                          mailto:finansy@example.gov.ua
 заступник начальника бюджетного відділу
 Головного фінансового управління облдержадміністрації
"""
    body = text(plain, "plain", "windows-1251", "quoted-printable")
    return message(kyiv(2013, 12, 13, 17, 35, 41),
                   addr("Прокопенко Віра", "finansy@example.gov.ua", "windows-1251", "B"),
                   ew("Про продовження терміну подання інформації (Відкритий уряд)", "windows-1251", "B"),
                   body, to=addr("Управління внутрішньої політики", MAILBOX, "windows-1251", "B"),
                   msgid="<1284746311.20131213173541@example.gov.ua>",
                   headers=["X-Mailer: The Bat! (v4.2.44.2) Professional",
                            "Reply-To: " + addr("Прокопенко Віра", "finansy@example.gov.ua", "windows-1251", "B"),
                            "Organization: " + ew("ГФУ облдержадміністрації", "windows-1251", "B"),
                            "X-Priority: 3 (Normal)"],
                   received="from finbud-4 (unknown [10.12.5.33])", delay=5)


# ---------------------------------------------------------------------------------- nr04
KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "An iPhone announcement of the public discussion of the plan's implementation (measure 15) to come on 21.11.2013, with a numbered agenda 1–3 and the national plan 220-р; the announcement already posted on «Чернігівська громада» is done for the coming event and reports nothing.",
       "items": []}


@mail("nr04_coordinator_announcement_iphone", KEY)
def nr04():
    plain = """Шановні колеги!

Інформуємо, що 21 листопада 2013 року о 14:00 у великому залі облдержадміністрації відбудеться громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності влади в області (п. 15 Плану) у формі круглого столу «Відкритий уряд на Чернігівщині: що зроблено».

Порядок денний:
1. Звіт про виконання Плану заходів у 2013 році.
2. Пропозиції громадськості до нового Плану дій (на зміну Плану дій, затвердженого розпорядженням КМУ від 05.04.2012 № 220-р).
3. Різне.

Оголошення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 17 громадських організацій. Просимо поширити інформацію серед структурних підрозділів.

Д. Бондар
регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області

Надіслано з iPhone"""
    body = text(plain, "plain", "utf-8", "quoted-printable")
    return message(kyiv(2013, 10, 14, 12, 20, 33),
                   addr("Дмитро Бондар", "ogp-coordinator@example.org.ua", "utf-8", "Q"),
                   ew("Громадське обговорення виконання Плану заходів 21.11", "utf-8", "Q"),
                   body, to=MAILBOX, msgid="<7C2E5F1A-3B4D-4E8A-9F10-2A6B8C4D1E77@example.org.ua>",
                   headers=["X-Mailer: iPhone Mail (10B329)"],
                   received="from [10.167.42.8] (unknown [31.144.97.210])", delay=9, mime=True)


# ---------------------------------------------------------------------------------- nr05
KEY = {"class": "not_report", "executor": "su-zdorovia", "period": 1, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "Russian Opera Mail (koi8-r) thanking УВП for its methodical guide (measure 14's subject, letter N 04-09/1416) and the seminar of 30 November, and asking for five more copies: the health department reports nothing of its own.",
       "items": []}


@mail("nr05_zdorovia_thanks_opera_ru", KEY)
def nr05():
    plain = """Уважаемые коллеги!

Управление здравоохранения облгосадминистрации выражает благодарность управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации за методическое пособие «Консультации с общественностью: практические советы для государственных служащих» (ваше письмо от 28.11.2012 № 04-09/1416) и за семинар 30 ноября, в котором приняли участие заместитель начальника управления и два специалиста отдела.

Просим по возможности прислать еще 5 экземпляров пособия для главных врачей областных учреждений здравоохранения.

С уважением,
Пономаренко Елена Алексеевна,
начальник отдела кадров и организационной работы
Управления здравоохранения облгосадминистрации
тел. (0462) 67-38-15
"""
    body = text(wrap(koi8_safe(plain), 76, flowed=True), "plain", "koi8-r", "8bit",
                params="; format=flowed; delsp=no")
    return message(kyiv(2012, 12, 6, 15, 12, 9),
                   addr("Пономаренко Е.А.", "zdorovia@example.gov.ua", "koi8-r", "B"),
                   ew("Благодарность за методическое пособие", "koi8-r", "B"),
                   body, to=MAILBOX, msgid="<op.wo8x1c2nq7a9k3@zdorov-kadry>",
                   headers=["User-Agent: Opera Mail/12.11 (Win32)"],
                   received="from zdorov-kadry (unknown [10.12.7.52])", delay=3)


# ---------------------------------------------------------------------------------- rg01
KEY = {"class": "ranges", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx whose number cells hold «6–7, 9» and «10, 12» answered as one block each, beside a column of the national plan's points («10, 12» there too); «2–5, 8, 11, 13–15 — Не стосується» counts nothing, and the covering line's «пункти 1, 6-7, 9-10, 12» only points to the table.",
       "items": [{"measure": 1, "source": "Ніжинська РДА_відкритий уряд_І півріччя 2013.xlsx"},
                 {"measure": 6, "source": "Ніжинська РДА_відкритий уряд_І півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Ніжинська РДА_відкритий уряд_І півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Ніжинська РДА_відкритий уряд_І півріччя 2013.xlsx"},
                 {"measure": 10, "source": "Ніжинська РДА_відкритий уряд_І півріччя 2013.xlsx"},
                 {"measure": 12, "source": "Ніжинська РДА_відкритий уряд_І півріччя 2013.xlsx"}]}


@mail("rg01_nizhyn_xlsx_number_cells", KEY)
def rg01():
    plain = """Добрий день!

Інформація Ніжинської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року (пункти 1, 6-7, 9-10, 12) – у вкладенні. У другій графі таблиці для довідки вказано відповідні пункти Плану дій КМУ.

Вих. № 01-19/1402 від 11.06.2013

--
Сектор організаційної роботи та внутрішньої політики
апарату Ніжинської райдержадміністрації
Ткаченко Віта, (04631) 2-41-17
"""
    fname = "Ніжинська РДА_відкритий уряд_І півріччя 2013.xlsx"
    body = multi("mixed", [text(plain, "plain", "utf-8", "quoted-printable"),
                           attach(office("rg01_nizhyn.csv", "xlsx"),
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                  fname, "q", "utf-8")],
                 "----=_NextPart_000_0031_01CE66C4.7D3E5A90",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 6, 11, 16, 5, 47),
                   addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "utf-8", "Q"),
                   ew("Інформація Ніжинської РДА - Відкритий уряд, І півріччя 2013", "utf-8", "Q"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<003001ce66b3$ba2e5f10$2e8b1d30$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac5ms7lTq8xw1u7lQ5SdWbE2tQ1a0g==",
                            "Content-Language: uk"],
                   received="from nizhyn-org (unknown [91.202.130.58])", delay=4)


# ---------------------------------------------------------------------------------- rg02
KEY = {"class": "ranges", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express plain text opening with «пп. 3-5 розпорядження … № 415» (an order's points, not measures), then two blocks «п.п. 1, 2 –» and «пп. 6-9, 12 –» each answered as one paragraph; «п. 16» is the reporting duty.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("rg02_apk_blocks_oe", KEY)
def rg02():
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Головне управління агропромислового розвитку облдержадміністрації на виконання пп. 3-5 розпорядження голови облдержадміністрації від 12.09.2012 № 415 «Про заходи щодо реалізації Ініціативи «Партнерство «Відкритий уряд» в області» та Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляє.

п.п. 1, 2 – веб-сторінку управління на офіційному сайті облдержадміністрації наповнено відповідно до вимог ч. 1 ст. 15 Закону України «Про доступ до публічної інформації»; до рубрики «Хід виконання цільових програм» направлено звіти про виконання Програми розвитку агропромислового комплексу області на 2011-2015 роки та Програми підтримки особистих селянських господарств за 9 місяців 2012 року.

пп. 6-9, 12 – у вересні-грудні 2012 року проведено 2 консультації з громадськістю (щодо проекту регіональної програми розвитку сільських територій та щодо правил торгівлі на ринках сільськогосподарської продукції); до складу колегії управління введено голову комітету з питань АПК Громадської ради при облдержадміністрації (наказ від 05.11.2012 № 131); члени громадської ради залучені до обговорення проекту програми розвитку сільських територій та до роботи дорадчого органу – Ради з питань продовольчої безпеки; ГС «Аграрний союз Чернігівщини» проведено громадську антикорупційну експертизу проекту наказу про порядок використання коштів на часткову компенсацію вартості сільськогосподарської техніки.

п. 16 – інформація надається щопівроку у встановлені терміни.

Начальник головного управління                П.І. Костенко

Виконавець: Гнатюк О.В., 67-31-22
"""
    body = text(wrap(plain, 76), "plain", "windows-1251", "8bit")
    return message(kyiv(2012, 12, 14, 11, 38, 20),
                   addr("ГУАПР", "apk@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація ГУАПР щодо Плану заходів (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<000b01cdd9f1$3a8c5e20$1e00a8c0@apk-zagalny>",
                   headers=["X-Priority: 3", "X-MSMail-Priority: Normal",
                            "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
                            "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"],
                   received="from apk-zagalny (unknown [10.12.8.30])", delay=3)


# ---------------------------------------------------------------------------------- rg03
KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian The Bat! (koi8-r): «По пунктам 1 и 6» and «С 7 по 9» answered as one block each (8 counts though a district owes it not), next to «статей 5-7 и 15 Закона» and an order N 305; «П. 10 – не проводились», «П. 12 – без изменений», «2–5, 11, 13–15 – не касается» count nothing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("rg03_horodnia_ru_po_punktam", KEY)
def rg03():
    plain = """Здравствуйте, уважаемые коллеги!

Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации

Городнянская районная государственная администрация на Ваше письмо от 25.11.2013 № 04-09/1572 сообщает следующее.

По пунктам 1 и 6: официальный веб-сайт райгосадминистрации функционирует в соответствии с требованиями статей 5-7 и 15 Закона Украины «О доступе к публичной информации», в IV квартале обновлены разделы «Регуляторная политика» и «Обращения граждан»; проведены консультации с общественностью – общественные слушания по проекту районного бюджета на 2014 год (28.11.2013) и опрос населения по вопросу организации вывоза бытовых отходов в г. Городня (октябрь 2013 г., 250 респондентов).

С 7 по 9: члены общественного совета при РГА включены в состав районной комиссии по вопросам техногенно-экологической безопасности и чрезвычайных ситуаций и координационного совета по делам детей (распоряжение председателя РГА от 16.09.2013 № 305), принимали участие в обсуждении проекта Программы развития физкультуры и спорта в районе на 2014–2016 гг.

П. 10 – не проводились.
П. 12 – без изменений.
Пункты 2–5, 11, 13–15 – не касается.

Заместитель председателя РГА                  С.В. Мирошниченко

-- 
С уважением,
 Сектор по вопросам внутренней политики          mailto:rda-horodnia@example.gov.ua
"""
    body = text(koi8_safe(plain), "plain", "koi8-r", "quoted-printable")
    return message(kyiv(2013, 12, 12, 10, 15, 2),
                   addr("Городнянская РГА", "rda-horodnia@example.gov.ua", "koi8-r", "B"),
                   ew("Информация Городнянской РГА (Открытое правительство)", "koi8-r", "B"),
                   body, to=MAILBOX, msgid="<548112360.20131212101502@example.gov.ua>",
                   headers=["X-Mailer: The Bat! (v4.0.24) Home", "X-Priority: 3 (Normal)"],
                   received="from gorod-vp (unknown [91.202.131.19])", delay=2)


# ---------------------------------------------------------------------------------- rg04
KEY = {"class": "ranges", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .doc whose first paragraph is headed «п.п. 1, 6 – 9.» and answers the whole block, while it also names site sections «2 – 4» and «пп. 2.1 – 2.3 Положення»; then «п. 2.», «п. 12.» (what was not done) and «п. 16.»; the covering body only hands the file over.",
       "items": [{"measure": 1, "source": "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"},
                 {"measure": 2, "source": "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"},
                 {"measure": 6, "source": "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"},
                 {"measure": 7, "source": "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"},
                 {"measure": 8, "source": "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"},
                 {"measure": 9, "source": "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"},
                 {"measure": 12, "source": "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"}]}


@mail("rg04_zhkh_doc_pp_1_6_9", KEY)
def rg04():
    plain = """Добрий день!

Надаємо інформацію управління житлово-комунального господарства облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.

Додаток: на 1 арк. в 1 прим.

З повагою
Сергієнко Надія, головний спеціаліст відділу економіки та тарифної політики
управління ЖКГ облдержадміністрації
"""
    fname = "Інформація ЖКГ_Відкритий уряд_І півріччя 2013.doc"
    body = multi("mixed", [text(plain, "plain", "windows-1251", "base64"),
                           attach(office("rg04_zhkh.html", "doc"), "application/msword", fname, "b", "windows-1251")],
                 "----=_NextPart_000_0009_01CE6394.0A1B2C30",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 6, 7, 14, 55, 31),
                   addr("Управління ЖКГ", "zhkh@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація ЖКГ - Відкритий уряд", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<000801ce6383$c3d4e5f0$4b7c8d90$@gov.ua>",
                   headers=["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac5jg8M2r3Wl0fT1SU6g0l7Jx9y2kQ==",
                            "Content-Language: uk"],
                   received="from zhkh-ekon (unknown [10.12.9.14])", delay=4)


# ---------------------------------------------------------------------------------- rg05
KEY = {"class": "ranges", "executor": "rda-semenivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Late koi8-u The Bat! letter: «пункти 7 і 9» and «пп. 10–11» answered as one block each (11 counts though a district owes it not); «з 1 по 30 листопада» is a date range, «пункти 2, 3» belong to an order N 415, «п. 12 – без змін» and «пп. 3–5, 8, 13–15 – не стосується» count nothing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"}]}


@mail("rg05_semenivka_late_koi8u", KEY)
def rg05():
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА

Вибачте за затримку. Семенівська РДА інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (розпорядження голови ОДА від 12.09.2012 № 415, пункти 2, 3):

пункт 1 – на офіційному сайті райдержадміністрації створено розділ «Відкритий уряд», оновлено контактну інформацію структурних підрозділів та графік прийому громадян.
пункт 6 – з 1 по 30 листопада проведено громадське обговорення проекту районної програми «Здоров'я населення» на 2013–2015 рр. (надійшло 9 пропозицій).
пункти 7 і 9 – представники громадської ради (3 особи) включені до складу районної атестаційної комісії та робочої групи з питань соціального захисту населення, брали участь в обговоренні проекту районного бюджету на 2013 рік.
пп. 10–11 – громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості, група працює з 20.11.2012; для представників громадськості та районних ЗМІ 07.12.2012 проведено день відкритих дверей у райдержадміністрації.
п. 12 – без змін.
пп. 3–5, 8, 13–15 – не стосується.

Голова райдержадміністрації                 М.В. Шевчук

-- 
Загальний відділ апарату Семенівської РДА
"""
    body = text(wrap(koi8_safe(plain), 76), "plain", "koi8-u", "8bit")
    return message(kyiv(2012, 12, 18, 9, 31, 44),
                   addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "koi8-u", "B"),
                   ew(koi8_safe("Семенівська РДА - інформація (з запізненням)"), "koi8-u", "B"),
                   body, to=MAILBOX, msgid="<1690427718.20121218093144@example.gov.ua>",
                   headers=["X-Mailer: The Bat! (v3.99.3) Professional", "X-Priority: 3 (Normal)"],
                   received="from zagviddil (unknown [91.202.135.66])", delay=3)


# ---------------------------------------------------------------------------------- pr01
KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A PDF of plain prose from the department's own sector with no plan numbers: the web resource, the open-door day, the guide and the seminar are told in its own words, while the only point number («пункту 12») belongs to the national action plan 220-р; the forum is only promised, the official site named only as where the guide was put.",
       "items": [{"measure": 3, "source": "Звіт УВП_IV квартал 2012_Відкритий уряд.pdf"},
                 {"measure": 11, "source": "Звіт УВП_IV квартал 2012_Відкритий уряд.pdf"},
                 {"measure": 13, "source": "Звіт УВП_IV квартал 2012_Відкритий уряд.pdf"},
                 {"measure": 14, "source": "Звіт УВП_IV квартал 2012_Відкритий уряд.pdf"}]}


@mail("pr01_uvp_pdf_prose", KEY)
def pr01():
    plain = """Колеги,

для зведення – інформація управління за IV квартал 2012 року щодо заходів Плану, виконавцем яких визначено управління (PDF у вкладенні, підписаний примірник передано до загального відділу).

-- 
Сидоренко Ігор
сектор взаємодії з громадськими організаціями
управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
"""
    fname = "Звіт УВП_IV квартал 2012_Відкритий уряд.pdf"
    body = multi("mixed", [text(wrap(plain, 72, flowed=True), "plain", "utf-8", "8bit", params="; format=flowed"),
                           attach(office("pr01_uvp.html", "pdf"), "application/pdf", fname, "2231c", "utf-8")],
                 "------------040308020609050203070905",
                 preamble="This is a multi-part message in MIME format.")
    return message(kyiv(2012, 12, 14, 17, 2, 10),
                   addr("Сидоренко Ігор", "uvp-info@example.gov.ua", "utf-8", "B"),
                   ew("Інформація УВП за IV квартал 2012 (Відкритий уряд)", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<50CB3F32.9000607@example.gov.ua>",
                   headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2"],
                   received="from [10.12.0.41] (unknown [10.12.0.41])", delay=1)


# ---------------------------------------------------------------------------------- pr02
KEY = {"class": "prose", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx note on the head's «гаряча лінія» in prose, full of other numbering (a Presidential decree № 109/2008, art. 19 of the appeals law, п. 6.3 of an instruction, counts and percentages); the monthly posting on the official site is a passing mention and the personal receptions are no measure.",
       "items": [{"measure": 5, "source": "Довідка_гаряча лінія_І півріччя 2013.docx"}]}


@mail("pr02_zvernennia_hotline_docx", KEY)
def pr02():
    plain = """Добрий день!

Відділ роботи із зверненнями громадян апарату облдержадміністрації направляє довідку про роботу «гарячої лінії» голови облдержадміністрації за січень – травень 2013 року для узагальнення інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

З повагою
Остапенко Н.П.
завідувач відділу роботи із зверненнями громадян апарату облдержадміністрації
"""
    fname = "Довідка_гаряча лінія_І півріччя 2013.docx"
    alt = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                text(word_html(html_paras(plain)), "html", "windows-1251", "quoted-printable")],
                "----=_NextPart_001_0065_01CE6769.9E8F1A20")
    body = multi("mixed", [alt, attach(office("pr02_zvernennia.html", "docx"),
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       fname, "b", "windows-1251")],
                 "----=_NextPart_000_0064_01CE6769.9E8F1A20",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 6, 12, 10, 20, 0),
                   addr("Відділ роботи із зверненнями громадян", "zvernennia@example.gov.ua", "windows-1251", "B"),
                   ew("Довідка про роботу гарячої лінії голови ОДА (І півріччя 2013)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<006301ce6758$7c5d4e30$75177a90$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac5nWHvFMv2tK0mWQdq3HqJgA0xLzQ==",
                            "Content-Language: uk"],
                   received="from zvern-2 (unknown [10.12.1.12])", delay=5)


# ---------------------------------------------------------------------------------- pr03
KEY = {"class": "prose", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt in three paragraphs with no plan numbers: the second covers two measures at once (councillors put on district commissions, and taking part in a draft programme); the web site is named only as where the consultations were published; «п. 3 Порядку … № 976» and a 6-point order are other documents' numbering.",
       "items": [{"measure": 6, "source": "Бобровицька РДА_інформація_ІІ півріччя 2013.odt"},
                 {"measure": 7, "source": "Бобровицька РДА_інформація_ІІ півріччя 2013.odt"},
                 {"measure": 9, "source": "Бобровицька РДА_інформація_ІІ півріччя 2013.odt"},
                 {"measure": 12, "source": "Бобровицька РДА_інформація_ІІ півріччя 2013.odt"}]}


@mail("pr03_bobrovytsia_odt_prose", KEY)
def pr03():
    plain = """Добрий день.
Надсилаємо інформацію Бобровицької райдержадміністрації за ІІ півріччя 2013 року (файл у форматі OpenOffice).

Сектор з питань внутрішньої політики апарату Бобровицької РДА
Гордієнко Віталій
"""
    fname = "Бобровицька РДА_інформація_ІІ півріччя 2013.odt"
    body = multi("mixed", [text(plain, "plain", "utf-8", "8bit", params="; format=flowed"),
                           attach(office("pr03_bobrovytsia.html", "odt"), "application/vnd.oasis.opendocument.text",
                                  fname, "2231c", "utf-8")],
                 "------------070104080903030908020706",
                 preamble="This is a multi-part message in MIME format.")
    return message(kyiv(2013, 12, 11, 15, 40, 22),
                   addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "utf-8", "B"),
                   ew("Інформація Бобровицької РДА (Відкритий уряд)", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<52A86BA6.3020804@example.gov.ua>",
                   headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"],
                   received="from [192.168.1.33] (unknown [91.202.128.203])", delay=3)


# ---------------------------------------------------------------------------------- pr04
KEY = {"class": "prose", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .rtf whose italic headings name subjects («Веб-сторінка», «Колегія», «Громадське обговорення проектів», «Громадські експертизи») instead of plan numbers; the last says what was not done by the plan's word; art. 10 of the procurement law and «п. 9 Положення» are other numbering.",
       "items": [{"measure": 1, "source": "kapbud_OGP_2013-1.rtf"},
                 {"measure": 8, "source": "kapbud_OGP_2013-1.rtf"},
                 {"measure": 9, "source": "kapbud_OGP_2013-1.rtf"},
                 {"measure": 12, "source": "kapbud_OGP_2013-1.rtf"}]}


@mail("pr04_kapbud_rtf_headings", KEY)
def pr04():
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На лист від 29.05.2013 № 04-09/812 надсилаємо інформацію управління капітального будівництва облдержадміністрації (файл RTF).

З повагою
Кравчук С.М.
"""
    body = multi("mixed", [text(plain, "plain", "windows-1251", "quoted-printable"),
                           attach(office("pr04_kapbud.html", "rtf"), "application/rtf", "kapbud_OGP_2013-1.rtf", "ascii")],
                 "----=_NextPart_000_0017_01CE6904.5F3A2B10",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 6, 14, 16, 18, 3),
                   addr("Управління капітального будівництва", "kapbud@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація УКБ (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<001601ce68f3$9e4b3c20$dae1b460$@gov.ua>",
                   headers=["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac5o857mW0H0cXo3T3eZ1eP2w6gD4A==",
                            "Content-Language: uk"],
                   received="from kapbud-prie (unknown [10.12.10.9])", delay=4)


# ---------------------------------------------------------------------------------- pr05
KEY = {"class": "prose", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only letter from the Public Council with headings instead of plan numbers; the forum and commission paragraphs cite «протокол № 14, питання 5 / питання 3 порядку денного» and «п. 4.3 Регламенту ресурсу»; the public discussion of the plan's implementation (15) is only planned.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("pr05_gromrada_html_only", KEY)
def pr05():
    blocks = [
        ("p", "Шановні колеги!"),
        ("p", "Громадська рада при облдержадміністрації інформує про свою участь у виконанні Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у І кварталі 2013 року."),
        ("h4", "Веб-ресурс «Чернігівська громада»"),
        ("p", "Рада продовжує підтримку веб-ресурсу разом з управлінням: протягом кварталу розміщено 58 матеріалів громадських організацій, відкрито розділ «Громадські експертизи» (п. 4.3 Регламенту ресурсу), кількість зареєстрованих користувачів зросла до 412."),
        ("h4", "Інтернет-форум"),
        ("p", "15 лютого 2013 року на базі веб-ресурсу запрацював Інтернет-форум «Громада і влада» з 6 тематичними розділами; модераторами визначено членів комітету з питань інформаційної політики (рішення ради від 31.01.2013, протокол № 14, питання 5 порядку денного). На форумі відкрито 23 теми, найактивніше обговорюються тарифи на житлово-комунальні послуги та стан доріг."),
        ("h4", "Комісія з питань відкритості"),
        ("p", "Рішенням ради від 31.01.2013 (протокол № 14, питання 3 порядку денного) у складі Громадської ради утворено комісію з питань відкритості та прозорості діяльності облдержадміністрації у складі 7 осіб; головою комісії обрано Савенка П.І."),
        ("p", "Громадське обговорення виконання Плану заходів рада планує провести в IV кварталі 2013 року спільно з управлінням."),
        ("p", "З повагою<br>Секретар Громадської ради при облдержадміністрації<br>Н. Зінченко"),
    ]
    html = ('<html>\r\n  <head>\r\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\r\n  </head>\r\n'
            '  <body bgcolor="#FFFFFF" text="#000000">\r\n'
            + "".join("    <%s>%s</%s>\r\n" % (t, esc(s).replace("&lt;br&gt;", "<br>"), t) for t, s in blocks)
            + '  </body>\r\n</html>\r\n')
    body = text(html, "html", "utf-8", "base64")
    return message(kyiv(2013, 4, 2, 18, 22, 50),
                   addr("Громадська рада при ОДА", "gromrada@example.gov.ua", "utf-8", "B"),
                   ew("Інформація Громадської ради (І квартал 2013)", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<515AF6B2.8010305@example.gov.ua>",
                   headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:17.0) Gecko/20130328 Thunderbird/17.0.5"],
                   received="from [192.168.10.5] (unknown [93.72.180.14])", delay=2)


# ---------------------------------------------------------------------------------- fn01
KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter numbers its own paragraphs 1.–4.: «1.» is the site (measure 1), «2.» the public hearings (6), «3.» the collegium (8), «4.» only promises information on expert reviews; it cites art. 21 of the town-planning law, resolution № 555 and «п. 3.5 Положення».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail("fn01_mistobuduvannia_own_paragraphs", KEY)
def fn01():
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Про виконання Плану заходів

Управління містобудування та архітектури облдержадміністрації на Ваш лист від 29.05.2013 № 04-09/812 повідомляє:

1. Веб-сторінку управління на офіційному сайті облдержадміністрації оновлено: розміщено проекти містобудівної документації, що перебувають на громадському обговоренні, відповідно до ст. 21 Закону України «Про регулювання містобудівної діяльності» та Порядку проведення громадських слухань щодо врахування громадських інтересів під час розроблення проектів містобудівної документації, затвердженого постановою КМУ від 25.05.2011 № 555.

2. Проведено 3 громадські слухання щодо проекту змін до Схеми планування території Чернігівської області (у містах Ніжин, Прилуки, Чернігів, квітень – травень 2013 р.), надійшло 14 пропозицій, 9 з них враховано.

3. До складу колегії управління введено голову комітету з питань містобудування та архітектури Громадської ради при облдержадміністрації (наказ від 11.03.2013 № 17-о). Внесення змін до Положення про управління не знадобилося, оскільки п. 3.5 Положення передбачає включення до складу колегії представників громадських організацій.

4. Інформацію щодо громадських експертиз буде надано додатково.

Начальник управління – головний архітектор області               Ю.В. Литвин

Виконавець: Шевченко Т.А., 67-26-48
"""
    html = word_html(html_paras(plain))
    body = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")],
                 "----=_NextPart_000_0052_01CE65C2.3B4A5C60")
    return message(kyiv(2013, 6, 10, 12, 6, 40),
                   addr("Управління містобудування та архітектури", "mistobuduvannia@example.gov.ua", "windows-1251", "B"),
                   ew("Про виконання Плану заходів (на лист № 04-09/812)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<005101ce65b1$2a3b4c50$7eb1e4f0$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac5lsSnKf0oQ8wIYR5qL6m1b2l1H3Q==",
                            "Content-Language: uk"],
                   received="from arch-kanc (unknown [10.12.11.8])", delay=3)


# ---------------------------------------------------------------------------------- fn02
KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xls with a running «№ з/п» 1–7 beside the real «№ пункту Плану» column (1, 6, 7, 9, 10, 12, 16) and a third column of the district's own plan points «1.1, 1.2», «2.1»…; row 10 is «—» and row 16 the reporting duty.",
       "items": [{"measure": 1, "source": "Прилуцька РДА - інформація.xls"},
                 {"measure": 6, "source": "Прилуцька РДА - інформація.xls"},
                 {"measure": 7, "source": "Прилуцька РДА - інформація.xls"},
                 {"measure": 9, "source": "Прилуцька РДА - інформація.xls"},
                 {"measure": 12, "source": "Прилуцька РДА - інформація.xls"}]}


@mail("fn02_pryluky_xls_zp_column", KEY)
def fn02():
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Прилуцька райдержадміністрація надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (таблиця у вкладенні; у графі 3 – пункти плану заходів РДА, затвердженого розпорядженням голови РДА від 02.10.2012 № 412).

Керуючий справами апарату райдержадміністрації                С.І. Бурлака

Виконавець: Гребенюк Л.О., (04637) 3-05-29
"""
    body = multi("mixed", [text(plain, "plain", "windows-1251", "quoted-printable"),
                           attach(office("fn02_pryluky.csv", "xls"), "application/vnd.ms-excel",
                                  "Прилуцька РДА - інформація.xls", "b", "windows-1251")],
                 "----=_NextPart_000_0005_01CDD92A.9C2E4F80",
                 preamble="This is a multi-part message in MIME format.")
    return message(kyiv(2012, 12, 13, 10, 44, 18),
                   addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація Прилуцької РДА про виконання Плану заходів", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<000401cdd919$d8f3c2a0$3200a8c0@prylrda>",
                   headers=["X-Mailer: Microsoft Office Outlook 11", "Thread-Index: Ac3ZGdh2eM6oHl9wS9ecc2Dk7kN3Hg==",
                            "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"],
                   received="from prylrda (unknown [91.202.137.45])", delay=4)


# ---------------------------------------------------------------------------------- fn03
KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx in the office's own plan numbering («1.1.», «1.2.», «2.1.»–«2.3.», «3.1.») that retells tasks near the plan's: 1.1 is the site (1), 2.1 consultations (6), 2.2 draft programmes with the Council (9), 3.1 the collegium (8); 1.2 (media) is no measure and 2.3 (advisory bodies) is answered with a bare «Не проводилось.».",
       "items": [{"measure": 1, "source": "Інформація УСМС_ІІ півріччя 2013.docx"},
                 {"measure": 6, "source": "Інформація УСМС_ІІ півріччя 2013.docx"},
                 {"measure": 8, "source": "Інформація УСМС_ІІ півріччя 2013.docx"},
                 {"measure": 9, "source": "Інформація УСМС_ІІ півріччя 2013.docx"}]}


@mail("fn03_simia_docx_own_plan", KEY)
def fn03():
    plain = """Добрий день!

Надсилаємо інформацію управління у справах сім'ї, молоді та спорту облдержадміністрації про виконання Плану заходів щодо реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року (за структурою плану управління, затвердженого наказом від 20.09.2012 № 146).

З повагою
Марченко Ольга Степанівна
заступник начальника управління у справах сім'ї, молоді та спорту облдержадміністрації
"""
    fname = "Інформація УСМС_ІІ півріччя 2013.docx"
    alt = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                text(word_html(html_paras(plain)), "html", "windows-1251", "quoted-printable")],
                "----=_NextPart_001_0038_01CEF4D1.6A7B8C90")
    body = multi("mixed", [alt, attach(office("fn03_simia.html", "docx"),
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       fname, "2231", "utf-8")],
                 "----=_NextPart_000_0037_01CEF4D1.6A7B8C90",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 12, 9, 11, 24, 37),
                   addr("УСМС облдержадміністрації", "simia@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація УСМС (Відкритий уряд) ІІ півріччя", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<003601cef4c0$7f8e9da0$7eabd8e0$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac70v3+3z4i4m2NqT0iGx0m6l2vK1A==",
                            "Content-Language: uk"],
                   received="from usms-zast (unknown [10.12.12.21])", delay=5)


# ---------------------------------------------------------------------------------- fn04
KEY = {"class": "foreign_numbers", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Opera Mail with «П. 1 Плану», «П. 6 Плану», «П. 12 Плану» over sub-items «1)», «2)», «3)», «а)», «б)», counts of participants, site sections «розділ 5», «5.1», «5.2», «ч. 3 ст. 15» of a law and «пп. 1–9 додатка» of an order; «Пп. 7, 9 – не проводились.» is a placeholder.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("fn04_mena_subitems_opera", KEY)
def fn04():
    plain = """Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації

Менська районна державна адміністрація повідомляє про виконання Плану заходів за І півріччя 2013 року.

П. 1 Плану:
1) на офіційному сайті РДА у розділі 5 «Громадянське суспільство» створено підрозділи 5.1 «Громадська рада» і 5.2 «Консультації з громадськістю»;
2) оприлюднено 12 проектів розпоряджень голови РДА (відповідно до ч. 3 ст. 15 Закону України «Про доступ до публічної інформації»).

П. 6 Плану:
1) проведено громадські слухання щодо:
   а) проекту Програми розвитку житлово-комунального господарства району на 2013–2015 роки (14.03.2013, 46 учасників);
   б) проекту рішення про перейменування вулиць смт Мена (18.04.2013, 31 учасник);
2) проведено 3 зустрічі з мешканцями сіл Блистова, Макошине, Березна з питань благоустрою;
3) план консультацій з громадськістю на 2013 рік затверджено розпорядженням голови РДА від 28.12.2012 № 514 (пп. 1–9 додатка).

П. 12 Плану – громадська антикорупційна експертиза проекту розпорядження «Про затвердження Положення про відділ ведення Державного реєстру виборців» (ГО «Менська громада», висновок від 15.05.2013 № 3); 2 пропозиції експертів враховано.

Пп. 7, 9 – не проводились.

Заступник голови РДА                    І.В. Лук’яненко
"""
    body = text(plain, "plain", "utf-8", "quoted-printable", params="; format=flowed; delsp=yes")
    return message(kyiv(2013, 6, 14, 9, 58, 12),
                   addr("Менська РДА", "rda-mena@example.gov.ua", "utf-8", "B"),
                   ew("Менська РДА - виконання Плану заходів (І півріччя 2013)", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<op.wygq4l0x1n2p7d@mena-vnutr>",
                   headers=["User-Agent: Opera Mail/12.15 (Win32)"],
                   received="from mena-vnutr (unknown [91.202.134.88])", delay=2)


# ---------------------------------------------------------------------------------- fn05
KEY = {"class": "foreign_numbers", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A PDF letter numbered 1.–4. whose paragraphs cite art. 5, part 1 of art. 15 and art. 28 of laws, «п. 4 Положення», «п. 2.3 Положення про ЕПК», «т. 1 – 3» and «розділах 3 і 5 програми»; «1.» is also «п. 1 Плану», «2.» is measure 7, «3.» measure 9, «4.» counts certificates and requests.",
       "items": [{"measure": 1, "source": "arkhiv_OGP_2013-2.pdf"},
                 {"measure": 7, "source": "arkhiv_OGP_2013-2.pdf"},
                 {"measure": 9, "source": "arkhiv_OGP_2013-2.pdf"}]}


@mail("fn05_arkhiv_pdf_law_articles", KEY)
def fn05():
    plain = """Доброго дня!

Надсилаємо лист Державного архіву Чернігівської області від 11.12.2013 № 01-08/914 (скан-копія з текстом, PDF). Оригінал направлено поштою.

--
Загальний відділ Державного архіву Чернігівської області
"""
    body = multi("mixed", [text(plain, "plain", "utf-8", "8bit", params="; format=flowed"),
                           attach(office("fn05_arkhiv.html", "pdf"), "application/pdf", "arkhiv_OGP_2013-2.pdf", "ascii")],
                 "------------020605010807060304000905",
                 preamble="This is a multi-part message in MIME format.")
    return message(kyiv(2013, 12, 12, 14, 40, 9),
                   addr("Держархів області", "arkhiv@example.gov.ua", "utf-8", "B"),
                   ew("Лист № 01-08/914 (Відкритий уряд)", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<52A9AF19.6050309@example.gov.ua>",
                   headers=["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.0"],
                   received="from [10.12.13.3] (unknown [10.12.13.3])", delay=2)


# ---------------------------------------------------------------------------------- pa01
KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a private Gmail box; the office appears only in the body and in the signature's genitive «Головного управління економіки облдержадміністрації», while the letter is addressed to УВП; «п. 5 Порядку … № 321» is an order's point; 7, 8, 12 are only promised.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("pa01_ekonomika_gmail", KEY)
def pa01():
    plain = """Доброго вечора!
Надсилаю з особистої пошти, бо службова скринька не працює з 12.06 (на сервері профілактика).

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Головне управління економіки облдержадміністрації інформує про виконання Плану заходів за І півріччя 2013 року:

п. 2 – на офіційному сайті облдержадміністрації в рубриці «Хід виконання цільових програм» розміщено зведену інформацію про виконання 38 регіональних цільових програм за 2012 рік (узагальнено відповідно до п. 5 Порядку розроблення та виконання регіональних цільових програм, затвердженого розпорядженням голови облдержадміністрації від 14.06.2011 № 321);

п. 6 – проведено консультації з громадськістю щодо проекту Стратегії розвитку Чернігівської області на період до 2020 року: громадське обговорення 01.03–01.05.2013, 3 засідання «круглого столу», надійшло 87 пропозицій;

п. 9 – члени Громадської ради при облдержадміністрації (комітет з питань економічного розвитку) залучались до обговорення проекту регіональної програми розвитку малого і середнього підприємництва на 2013–2014 роки (засідання 16.04.2013).

По п. 7, 8, 12 інформацію надамо до 20.06.2013.

З повагою
Коваленко Олена Миколаївна,
начальник відділу регіональних програм
Головного управління економіки облдержадміністрації
тел. (0462) 67-24-61
"""
    html = '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(l) or "<br>") for l in plain.split("\n")) + "</div>\r\n"
    body = multi("alternative", [text(plain, "plain", "UTF-8", "base64"),
                                 text(html, "html", "UTF-8", "quoted-printable")],
                 "047d7bdc8f2a7c3e0a04df0d1c2e")
    return message(kyiv(2013, 6, 13, 21, 47, 30),
                   addr("Olena Kovalenko", "olena.kovalenko.cn@gmail.com"),
                   ew("інформація ГУЕ по відкритому уряду", "UTF-8", "B"),
                   body, to=MAILBOX,
                   msgid="<CAK3m9Vq0xZ7bB4YtRr1wq2e6f_Hk8L9pN0s4tUu5v6wX7y8zA@mail.gmail.com>",
                   headers=["!Return-Path: <olena.kovalenko.cn@gmail.com>"],
                   received="from mail-wg0-f52.google.com (mail-wg0-f52.google.com [74.125.82.52])", delay=2)


# ---------------------------------------------------------------------------------- pa02
KEY = {"class": "personal_address", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "From a private ukr.net box (cp1251 web mail); the district appears only in the signature «апарату Варвинської райдержадміністрації» and once in the body, and the letter is headed to УВП; «Решта пунктів – не стосується або не проводились» counts nothing.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail("pa02_varva_ukrnet", KEY)
def pa02():
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА

Добрий день.
Інформація Варвинської РДА по плану заходів щодо відкритого уряду.

1. Офіційний сайт РДА працює відповідно до вимог законодавства, щотижня оновлюються розділи «Новини» та «Звернення громадян»; у листопаді розміщено звіт про виконання районного бюджету за 9 місяців 2012 року та план консультацій з громадськістю.
6. Проведено громадські слухання щодо проекту районної програми розвитку фізичної культури і спорту (23.11.2012) та зустріч з мешканцями смт Варва щодо графіку руху автобусів.
7. Голову громадської ради включено до складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій (розпорядження голови РДА від 08.10.2012 № 342).

Решта пунктів – не стосується або не проводились.

Савченко І.В., головний спеціаліст відділу з питань внутрішньої політики, зв'язків з громадськістю та засобами масової інформації апарату Варвинської райдержадміністрації
т. (04636) 2-12-75
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            + "".join("%s<br>" % esc(l) for l in plain.split("\n")) + "</body></html>")
    body = multi("alternative", [text(plain, "plain", "windows-1251", "base64"),
                                 text(html, "html", "windows-1251", "base64")],
                 "=_FREEMAIL_1355495637_44172")
    return message(kyiv(2012, 12, 14, 16, 33, 57),
                   addr("Ірина Савченко", "savchenko_iryna@ukr.net", "windows-1251", "B"),
                   ew("Інформація", "windows-1251", "B"),
                   body, to=MAILBOX, msgid="<1355495637.871453000.a3k9m0dq@frv45.ukr.net>",
                   headers=["X-Mailer: FREEMAIL", "X-Originating-IP: [91.202.140.27]"],
                   received="from frv45.ukr.net (frv45.ukr.net [195.214.192.45])", delay=3)


# ---------------------------------------------------------------------------------- pa03
KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional OGP coordinator writes from the Public Council's registered box (Apple Mail) and names the Council and УВП in the text too; the report is the coordinator's own, on measure 15, citing «питання 1–3 порядку денного» and letter № 17.",
       "items": [{"measure": 15, "source": "body"}]}


@mail("pa03_coordinator_via_gromrada_box", KEY)
def pa03():
    plain = """Шановні колеги!

Надсилаю через скриньку Громадської ради, бо моя адреса координатора тимчасово недоступна.

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація регіонального координатора Ініціативи «Партнерство „Відкритий уряд“» у Чернігівській області про виконання Плану заходів за 2013 рік:

21 листопада 2013 року спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації та Громадською радою при облдержадміністрації проведено громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області – круглий стіл «Відкритий уряд на Чернігівщині: що зроблено» (взяли участь 46 представників інститутів громадянського суспільства і 22 посадові особи; розглянуто питання 1–3 порядку денного). Узагальнені пропозиції учасників (19 пропозицій) направлено до Координаційної ради з питань реалізації Ініціативи для врахування у новому Плані дій (лист від 29.11.2013 № 17).

З повагою
Дмитро Бондар
регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області
"""
    body = text(plain, "plain", "utf-8", "quoted-printable")
    return message(kyiv(2013, 12, 5, 13, 12, 45),
                   addr("Громадська рада при ОДА", "gromrada@example.gov.ua", "utf-8", "Q"),
                   ew("Інформація координатора Відкритого уряду (п. 15)", "utf-8", "Q"),
                   body, to=MAILBOX, msgid="<6B2F8E41-0C7D-4A3B-8E95-1D4F2A7C9B30@example.gov.ua>",
                   headers=["X-Mailer: Apple Mail (2.1510)"],
                   received="from [192.168.10.17] (unknown [93.72.180.14])", delay=4, mime=True)


# ---------------------------------------------------------------------------------- pa04
KEY = {"class": "personal_address", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "From a private i.ua box; the retraining centre appears only in the body and the signature's genitive, the letter is headed to УВП; beside «п. 13 Плану» it cites «п. 4 розпорядження № 415» and «пп. 7, 9, 11» of its own training schedule.",
       "items": [{"measure": 13, "source": "body"}]}


@mail("pa04_cppk_iua", KEY)
def pa04():
    plain = """Управління з питань внутрішньої політики та зв'язків з громадськістю ОДА

На виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області та п. 4 розпорядження голови облдержадміністрації від 12.09.2012 № 415 Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій інформує.

Відповідно до плану-графіка підвищення кваліфікації на 2013 рік (пп. 7, 9, 11) центром спільно з управлінням проведено 3 навчальні семінари «Інструменти політики сприяння розвитку громадянського суспільства»:
- 19.02.2013 – для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю (27 осіб);
- 21.02.2013 – для спеціалістів структурних підрозділів облдержадміністрації, які безпосередньо організовують консультації з громадськістю (34 особи);
- 26.02.2013 – для спеціалістів райдержадміністрацій (41 особа).

Надсилаю з особистої скриньки, бо на службовій закінчилося місце.

Гриценко Т.П., завідувач навчально-методичного відділу Чернігівського центру перепідготовки та підвищення кваліфікації
"""
    body = text(plain, "plain", "windows-1251", "base64")
    return message(kyiv(2013, 3, 1, 12, 5, 20),
                   addr("Тетяна Гриценко", "gritsenko_t@i.ua", "windows-1251", "B"),
                   ew("ЦППК - семінари (п.13)", "windows-1251", "B"),
                   body, to=MAILBOX, msgid="<1362132320.5a1b7c9e2f3d4e5f@i.ua>",
                   headers=["X-Mailer: I.UA Mail", "X-Originating-IP: 91.202.136.11"],
                   received="from mx.i.ua (mx.i.ua [91.198.36.14])", delay=3)


# ---------------------------------------------------------------------------------- pa05
KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the education department's registered box on behalf of the children's service, whose own letter (a .docx headed to УВП, № 03-12/1089) answers «Пункт 1.», «6.», «7.»; 8, 9, 12 are «Без змін.» or bare negations; the body names both offices.",
       "items": [{"measure": 1, "source": "ССД_Відкритий уряд_ІІ півріччя 2013.docx"},
                 {"measure": 6, "source": "ССД_Відкритий уряд_ІІ півріччя 2013.docx"},
                 {"measure": 7, "source": "ССД_Відкритий уряд_ІІ півріччя 2013.docx"}]}


@mail("pa05_sluzhba_ditei_via_osvita", KEY)
def pa05():
    plain = """Шановні колеги!

На прохання служби у справах дітей облдержадміністрації пересилаємо її інформацію про виконання Плану заходів за ІІ півріччя 2013 року (у службі з 11.12 не працює Інтернет).

З повагою
загальний відділ управління освіти і науки облдержадміністрації
"""
    fname = "ССД_Відкритий уряд_ІІ півріччя 2013.docx"
    alt = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                text(word_html(html_paras(plain)), "html", "windows-1251", "quoted-printable")],
                "----=_NextPart_001_0077_01CEF80C.1D2E3F40")
    body = multi("mixed", [alt, attach(office("pa05_sluzhba_ditei.html", "docx"),
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       fname, "q", "windows-1251")],
                 "----=_NextPart_000_0076_01CEF80C.1D2E3F40",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 12, 13, 12, 30, 41),
                   addr("Управління освіти і науки", "osvita@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація служби у справах дітей (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<007501cef7fb$3c4d5e60$b4e81b20$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac73+zvW1Z2r0Qy8Tq2F0a3n4b5c6A==",
                            "Content-Language: uk"],
                   received="from osvita-sekr (unknown [10.12.2.7])", delay=4)


# ---------------------------------------------------------------------------------- mx01
KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The district forwards as message/rfc822 its own letter of 07.06 that bounced from a mistyped address, so it is delivered now and counts whole: the inner .xls answers 1, 6, 7, 9, 12 beside a column of points of the national plan 220-р and the oblast order № 415; row 10 «Робота триває», row 16 «Надано».",
       "items": [{"measure": 1, "source": "Інформація_Чернігівська РДА_І півріччя 2013.xls"},
                 {"measure": 6, "source": "Інформація_Чернігівська РДА_І півріччя 2013.xls"},
                 {"measure": 7, "source": "Інформація_Чернігівська РДА_І півріччя 2013.xls"},
                 {"measure": 9, "source": "Інформація_Чернігівська РДА_І півріччя 2013.xls"},
                 {"measure": 12, "source": "Інформація_Чернігівська РДА_І півріччя 2013.xls"}]}


@mail("mx01_chernihiv_bounced_rfc822", KEY)
def mx01():
    inner_text = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація Чернігівської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року – у вкладенні (вих. № 01-27/1310 від 07.06.2013).

З повагою
загальний відділ апарату Чернігівської РДА
"""
    fname = "Інформація_Чернігівська РДА_І півріччя 2013.xls"
    inner_body = multi("mixed", [text(inner_text, "plain", "windows-1251", "quoted-printable"),
                                 attach(office("mx01_chernihiv.csv", "xls"), "application/vnd.ms-excel",
                                        fname, "b", "windows-1251")],
                       "----=_NextPart_000_0041_01CE6396.11A2B3C0",
                       preamble="This is a multipart message in MIME format.")
    inner = message(kyiv(2013, 6, 7, 15, 10, 22),
                    addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251", "B"),
                    ew("Інформація Чернігівської РДА (Відкритий уряд)", "windows-1251", "B"),
                    inner_body, to="<uvp@cg.ukrtel.nt>", msgid="<004001ce6385$9f8e7d60$df8b7820$@gov.ua>",
                    headers=["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac5jhZ8/9E4S3Q2nQ6uEb1Fh0k7LZw==",
                             "Content-Language: uk"], top=False)
    outer_text = """Доброго дня!

Пересилаємо лист від 07.06.2013, який не дійшов до Вас: при відправленні помилково вказано адресу uvp@cg.ukrtel.nt (лист повернувся з повідомленням про недоставку). Інформація Чернігівської райдержадміністрації про виконання Плану заходів за І півріччя 2013 року – у вкладеному листі.

З повагою
загальний відділ апарату Чернігівської РДА
тел. (0462) 67-09-15
"""
    body = multi("mixed", [text(outer_text, "plain", "windows-1251", "quoted-printable"),
                           rfc822(inner)],
                 "----=_NextPart_000_0058_01CE6744.A1B2C3D0",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 6, 12, 11, 2, 33),
                   addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251", "B"),
                   "FW: " + ew("Інформація Чернігівської РДА (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<005701ce6733$8c7d6e50$a5784af0$@gov.ua>",
                   headers=["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac5jhZ8/9E4S3Q2nQ6uEb1Fh0k7LZwDsw5Dg",
                            "Content-Language: uk"],
                   received="from chrda-zag (unknown [91.202.129.7])", delay=5)


# ---------------------------------------------------------------------------------- mx02
KEY = {"class": "mixed", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction typed above the district's own earlier letter to this mailbox, forwarded inline by Thunderbird: only the corrected answer on 9 is new; «пп. 1, 6, 7 – без змін» is a placeholder and the forwarded 1, 6, 7, 9 were counted when they came; the earlier letter's number № 02-14/891 and protocol № 4 are no measures.",
       "items": [{"measure": 9, "source": "body"}]}


@mail("mx02_ichnia_correction_inline", KEY)
def mx02():
    earlier = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Ічнянська районна державна адміністрація (вих. № 02-14/891 від 11.06.2013) інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року:

п. 1 – офіційний веб-сайт райдержадміністрації оновлено, створено розділ «Громадська рада», оприлюднено 14 проектів розпоряджень;
п. 6 – проведено громадські слухання щодо проекту районної програми «Питна вода Ічнянщини» на 2013–2020 роки (22.05.2013);
п. 7 – двох членів громадської ради включено до складу районної ради з питань підприємництва;
п. 9 – члени громадської ради взяли участь в обговоренні проекту районної програми «Освіта Ічнянщини».

Заступник голови райдержадміністрації            Г.М. Ковтун"""
    top = """Уточнення до нашого листа від 11.06.2013 № 02-14/891 (нижче).

У п. 9 помилково зазначено проект районної програми «Освіта Ічнянщини»; слід читати: члени громадської ради при РДА взяли участь в обговоренні проекту районної програми «Питна вода Ічнянщини» на 2013–2020 роки (засідання громадської ради 22.05.2013, протокол № 4), 3 їхні пропозиції враховано.
Інформація по пп. 1, 6, 7 – без змін.

З повагою
Сектор внутрішньої політики апарату Ічнянської РДА
"""
    fwd = ("-------- Оригінальне повідомлення --------\n"
           "Тема: \tІнформація Ічнянської РДА (Відкритий уряд)\n"
           "Дата: \tTue, 11 Jun 2013 10:12:44 +0300\n"
           "Від: \tІчнянська РДА <rda-ichnia@example.gov.ua>\n"
           "Кому: \tuvp@cg.ukrtel.net\n\n\n")
    plain = wrap(top, 72, flowed=True) + "\n\n" + fwd + wrap(earlier, 72, flowed=True) + "\n"
    body = text(plain, "plain", "utf-8", "8bit", params="; format=flowed")
    return message(kyiv(2013, 6, 14, 15, 48, 21),
                   addr("Ічнянська РДА", "rda-ichnia@example.gov.ua", "utf-8", "B"),
                   "Fwd: " + ew("Інформація Ічнянської РДА (Відкритий уряд) - уточнення", "utf-8", "B"),
                   body, to=MAILBOX, msgid="<51BB1195.9030706@example.gov.ua>",
                   headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"],
                   received="from [192.168.0.101] (unknown [91.202.132.40])", delay=3)


def ew_mislabelled(raw: bytes, label):
    return "=?%s?B?%s?=" % (label, base64.b64encode(raw).decode("ascii"))


# ---------------------------------------------------------------------------------- mx03
KEY = {"class": "mixed", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A CDO script labels the windows-1251 cover note «iso-8859-1» (subject too); the cover note itself reports a finished anti-corruption review (12) while the .rtf reports 1, 6, 7, 9 and opens with an order's «п. 2» and the district plan's «пп. 1.1 – 1.4»; «п. 4 та п. 7 проекту» are the draft's points.",
       "items": [{"measure": 1, "source": "Nosivka_RDA_info.rtf"}, {"measure": 6, "source": "Nosivka_RDA_info.rtf"},
                 {"measure": 7, "source": "Nosivka_RDA_info.rtf"}, {"measure": 9, "source": "Nosivka_RDA_info.rtf"},
                 {"measure": 12, "source": "body"}]}


@mail("mx03_nosivka_cdo_mislabelled", KEY)
def mx03():
    plain = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Носівська райдержадміністрація надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (додається на 2 арк.).

Крім того, повідомляємо, що 06.12.2012, вже після підготовки інформації, громадською організацією «Носівська громадська варта» завершено громадську антикорупційну експертизу проекту розпорядження голови РДА «Про затвердження Порядку використання коштів районного фонду охорони навколишнього природного середовища»; висновок експертизи розглянуто, обидві пропозиції враховано (п. 4 та п. 7 проекту).

Заступник голови райдержадміністрації                А.І. Гузь
"""
    raw = nl(wrap(plain, 76)).encode("windows-1251")
    body = multi("mixed", [text("", "plain", "iso-8859-1", "8bit", raw_bytes=raw),
                           attach(office("mx03_nosivka.html", "rtf"), "application/msword", "Nosivka_RDA_info.rtf", "ascii")],
                 "----=_NextPart_000_0001_01CDD7A3.5E9B4C00",
                 preamble="This is a multi-part message in MIME format.")
    subj = ew_mislabelled("Інформація Носівської РДА (Відкритий уряд)".encode("windows-1251"), "iso-8859-1")
    return message(kyiv(2012, 12, 11, 10, 27, 50),
                   '"rda-nosivka" <rda-nosivka@example.gov.ua>', subj,
                   body, to="<uvp@cg.ukrtel.net>", msgid="<2C7A41F0E5D34B0A9E1F6C3B8D2A7E15@nosivka-srv>",
                   headers=["Content-class: urn:content-classes:message",
                            "X-Mailer: Microsoft CDO for Windows 2000",
                            "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4862"],
                   received="from nosivka-srv (unknown [91.202.138.2])", delay=2)


# ---------------------------------------------------------------------------------- mx04
KEY = {"class": "mixed", "executor": "rda-koriukivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Word HTML with an inline coat-of-arms image and two attachments: the .xlsx answers 1, 6, 7, 9 and sends 10 and 12 to «див. довідку», the .doc note answers 10 and 12 in prose with a letter number, protocol № 8 and «питання 2 порядку денного»; the body only says which file holds which points.",
       "items": [{"measure": 1, "source": "Таблиця_Корюківська РДА_ІІ півріччя 2013.xlsx"},
                 {"measure": 6, "source": "Таблиця_Корюківська РДА_ІІ півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Таблиця_Корюківська РДА_ІІ півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Таблиця_Корюківська РДА_ІІ півріччя 2013.xlsx"},
                 {"measure": 10, "source": "Довідка_комісія_експертизи.doc"},
                 {"measure": 12, "source": "Довідка_комісія_експертизи.doc"}]}


@mail("mx04_koriukivka_word_image_two_files", KEY)
def mx04():
    cid = "image001.png@01CEF741.2A3B4C50"
    lines = ["Добрий день!", "",
             "Надсилаємо інформацію Корюківської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року: таблиця щодо пп. 1, 6, 7, 9 та довідка щодо пп. 10, 12 (у вкладеннях).",
             "", "З повагою"]
    sig = ["Литовченко Тетяна Миколаївна", "керівник апарату Корюківської райдержадміністрації",
           "тел. (04657) 2-13-45"]
    plain = "\n".join(lines) + "\n\n[cid:%s]\n" % cid + "\n".join(sig) + "\n"
    html = word_html([mso(esc(l)) for l in lines]
                     + ['<p class=MsoNormal><img width=48 height=48 id="Picture_x0020_1" src="cid:%s" alt="герб"><o:p></o:p></p>' % cid]
                     + ["<p class=MsoNormal><b><span style='color:#1F497D'>%s</span></b><o:p></o:p></p>" % esc(sig[0])]
                     + ["<p class=MsoNormal><span style='color:#1F497D'>%s</span><o:p></o:p></p>" % esc(s) for s in sig[1:]])
    alt = multi("alternative", [text(plain, "plain", "windows-1251", "quoted-printable"),
                                text(html, "html", "windows-1251", "quoted-printable")],
                "----=_NextPart_002_0029_01CEF741.2A3B4C50")
    img = attach(tiny_png(), "image/png", "image001.png", "ascii", disp="inline", cid=cid)
    rel = multi("related", [alt, img], "----=_NextPart_001_0028_01CEF741.2A3B4C50",
                params=';' + CRLF + '\ttype="multipart/alternative"')
    f1 = "Таблиця_Корюківська РДА_ІІ півріччя 2013.xlsx"
    f2 = "Довідка_комісія_експертизи.doc"
    a1 = attach(office("mx04_koriukivka_table.csv", "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f1, "2231c", "utf-8")
    a2 = attach(office("mx04_koriukivka_dovidka.html", "doc"), "application/msword", f2, "b", "windows-1251")
    body = multi("mixed", [rel, a1, a2], "----=_NextPart_000_0027_01CEF741.2A3B4C50",
                 preamble="This is a multipart message in MIME format.")
    return message(kyiv(2013, 12, 12, 16, 20, 5),
                   addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251", "B"),
                   ew("Інформація Корюківської РДА за ІІ півріччя 2013 (Відкритий уряд)", "windows-1251", "B"),
                   body, to="<uvp@cg.ukrtel.net>", msgid="<002601cef730$1b2c3d40$516db7c0$@gov.ua>",
                   headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: Ac73MBnJ2pK8hXb0Q0uL7mF3e1aG5A==",
                            "Content-Language: uk"],
                   received="from koriuk-aparat (unknown [91.202.133.12])", delay=6)


# ---------------------------------------------------------------------------------- mx05
KEY = {"class": "mixed", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The district's general department forwards inline (Thunderbird, koi8-u) a deputy head's note from his private meta.ua box: the forwarded note is the report delivered now; its bare «1 -», «6 -», «10 -» are the plan's numbers beside «№ 415, п. 2» and «ст. 15 Закону», and «7, 9, 12 - не було» is a placeholder.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("mx05_shchors_inline_forward_koi8u", KEY)
def mx05():
    inner = """Оксано, відправте будь-ласка в ОДА (управління внутрішньої політики) на адресу uvp@cg.ukrtel.net, до 15-го.

По плану заходів відкритості (розп. голови ОДА № 415, п. 2):
1 - сайт РДА переведено на нову платформу, створено розділ «Публічна інформація» відповідно до ст. 15 Закону, оновлюється щоденно.
6 - проведено громадські слухання щодо бюджету району на 2013 рік (05.12.2012) та опитування населення щодо роботи громадського транспорту (листопад, 300 респондентів).
10 - громадській раді рекомендовано створити робочу групу з питань відкритості, рішення ради очікуємо на засіданні 20.12.
7, 9, 12 - не було.

В. Руденко"""
    top = """Пересилаємо інформацію Щорської райдержадміністрації про виконання Плану заходів, підготовлену заступником голови РДА Руденком В.М. (надійшла на загальний відділ з його особистої пошти).

Загальний відділ апарату Щорської РДА
"""
    fwd = ("-------- Original Message --------\n"
           "Subject: \tінфа для ОДА\n"
           "Date: \tSun, 09 Dec 2012 22:41:07 +0200\n"
           "From: \tВіктор Руденко <rudenko_vm@meta.ua>\n"
           "To: \trda-shchors@example.gov.ua\n\n\n")
    plain = wrap(top, 72, flowed=True) + "\n\n" + fwd + wrap(inner, 72, flowed=True) + "\n"
    body = text(koi8_safe(plain), "plain", "koi8-u", "8bit", params="; format=flowed")
    return message(kyiv(2012, 12, 10, 12, 15, 46),
                   addr("Щорська РДА", "rda-shchors@example.gov.ua", "koi8-u", "B"),
                   "Fwd: " + ew("інфа для ОДА", "koi8-u", "B"),
                   body, to=MAILBOX, msgid="<50C5B6E2.2000407@example.gov.ua>",
                   headers=["User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:15.0) Gecko/20120907 Thunderbird/15.0.1"],
                   received="from [192.168.1.2] (unknown [91.202.141.95])", delay=3)


# ==========================================================================================
# Building and checking
# ==========================================================================================

def period_of(local_date, deadlines, grace):
    for i, d in enumerate(deadlines):
        if local_date <= d:
            return i + 1, False
        if local_date <= d + dt.timedelta(days=grace):
            return i + 1, True
    return None, None


def part_names(msg):
    """Decoded file names of every part, inside forwarded messages too."""
    names = []
    for p in msg.walk():
        fn = p.get_filename()
        if fn:
            names.append(str(fn))
    return names


def check(plan, names_on_disk=None):
    errors = []
    ids = {e["id"] for e in plan["executor"]}
    emails = {}
    for e in plan["executor"]:
        for a in e.get("emails", []):
            emails[a.lower()] = e["id"]
    deadlines = [d["date"] for d in plan["deadline"]]
    approved = plan["plan"]["approved"]
    grace = plan["plan"].get("grace_days", 3)
    seen_measures = set()
    for name, key, _ in MAILS:
        where = name
        try:
            with open(os.path.join(HERE, name + ".eml"), "rb") as f:
                raw = f.read()
            with open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8") as f:
                disk_key = json.load(f)
        except OSError as e:
            errors.append("%s: %s" % (where, e))
            continue
        if disk_key != key:
            errors.append("%s: expected.json differs from KEY" % where)
        if set(key) != {"class", "executor", "period", "late", "kind", "reason", "note", "items"}:
            errors.append("%s: key fields %s" % (where, sorted(key)))
        if CLASSES.get(name[:2]) != key["class"]:
            errors.append("%s: class %s does not match prefix" % (where, key["class"]))
        if key["executor"] not in ids:
            errors.append("%s: executor %s not in plan.toml" % (where, key["executor"]))
        items = [(i["measure"], i["source"]) for i in key["items"]]
        if items != sorted(set(items)):
            errors.append("%s: items not sorted/unique" % where)
        for i in key["items"]:
            if set(i) != {"measure", "source"}:
                errors.append("%s: item fields %s" % (where, i))
            if not (1 <= i["measure"] <= 15):
                errors.append("%s: measure %s out of 1–15" % (where, i["measure"]))
        if key["class"] == "not_report":
            if key["kind"] != "not_report" or key["reason"] not in REASONS or key["items"]:
                errors.append("%s: a not_report needs kind, a reason and no items" % where)
        else:
            if key["kind"] != "report" or key["reason"] is not None or not key["items"]:
                errors.append("%s: a report needs kind report, reason null and items" % where)
        seen_measures |= {i["measure"] for i in key["items"]}
        # raw form
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not CRLF throughout" % where)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: a line longer than 998 octets" % where)
        if not raw.startswith(b"Received: "):
            errors.append("%s: top header is not Received" % where)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        date = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
        rec = email.utils.parsedate_to_datetime(msg.get_all("Received")[0].split(";")[-1].strip()).astimezone(KYIV)
        if not (0 < (rec - date).total_seconds() <= 30 and rec.date() == date.date()):
            errors.append("%s: Received not a few seconds after Date on the same Kyiv day" % where)
        if not (dt.date(2012, 1, 1) <= date.date() <= dt.date(2013, 12, 31)) or date.date() < approved:
            errors.append("%s: Date %s out of range" % (where, date))
        p, late = period_of(date.date(), deadlines, grace)
        if (p, late) != (key["period"], key["late"]):
            errors.append("%s: Date %s gives period %s late %s, key says %s %s" % (
                where, date, p, late, key["period"], key["late"]))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append("%s: no %s header" % (where, h))
        if MAILBOX not in str(msg["To"]):
            errors.append("%s: To is not %s" % (where, MAILBOX))
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        reg = emails.get(frm)
        if key["class"] == "personal_address":
            if reg == key["executor"]:
                errors.append("%s: personal_address sent from the executor's own box" % where)
        elif reg != key["executor"]:
            errors.append("%s: From %s is not %s's registered box" % (where, frm, key["executor"]))
        if frm.endswith("example.gov.ua") or frm.endswith("example.org.ua"):
            if frm not in emails:
                errors.append("%s: From %s looks registered but is not in plan.toml" % (where, frm))
        names = part_names(msg)
        for i in key["items"]:
            if i["source"] != "body" and i["source"] not in names:
                errors.append("%s: source %r not among attachments %r" % (where, i["source"], names))
        for p_ in msg.walk():
            if p_.get_content_maintype() == "multipart" or p_.get_content_type() == "message/rfc822":
                continue
            payload = p_.get_payload(decode=True) or b""
            if p_.get_filename() and len(payload) > 60 * 1024:
                errors.append("%s: attachment %s over 60 KB" % (where, p_.get_filename()))
            if p_.get_content_type() == "application/pdf" and shutil.which("pdftotext"):
                tmp = "/tmp/concord-work/check.pdf"
                with open(tmp, "wb") as f:
                    f.write(payload)
                out = subprocess.run(["pdftotext", tmp, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                if len(out.strip()) < 200:
                    errors.append("%s: PDF %s has no text layer" % (where, p_.get_filename()))
    missing = set(range(1, 16)) - seen_measures
    if missing:
        errors.append("measures never a real item: %s" % sorted(missing))
    if len(MAILS) != 40:
        errors.append("%d mails, not 40" % len(MAILS))
    for pre in CLASSES:
        n = sum(1 for name, _, _ in MAILS if name.startswith(pre))
        if n != 5:
            errors.append("class %s has %d mails" % (pre, n))
    if len({name for name, _, _ in MAILS}) != len(MAILS):
        errors.append("duplicate mail names")
    return errors


def stats():
    from collections import Counter
    by_src, by_measure, periods, execs = Counter(), Counter(), Counter(), Counter()
    items = 0
    for name, key, _ in MAILS:
        for i in key["items"]:
            items += 1
            by_src["body" if i["source"] == "body" else os.path.splitext(i["source"])[1].lower()] += 1
            by_measure[i["measure"]] += 1
        periods[(key["period"], key["late"])] += 1
        execs[key["executor"]] += 1
    print("mails", len(MAILS), "items", items)
    print("by source", dict(by_src))
    print("by measure", dict(sorted(by_measure.items())))
    print("periods", dict(sorted(periods.items())))
    print("executors", len(execs), dict(execs))
    for name, key, _ in MAILS:
        with open(os.path.join(HERE, name + ".eml"), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        parts = []
        for p in msg.walk():
            if p.get_content_maintype() == "multipart":
                continue
            cs = p.get_content_charset()
            parts.append(p.get_content_type() + ("/" + cs if cs and p.get_content_maintype() == "text" else ""))
        ua = msg.get("X-Mailer") or msg.get("User-Agent") or ""
        its = ", ".join(str(i["measure"]) + ("" if i["source"] == "body" else "ᵃ") for i in key["items"]) or "—"
        print("| %s | %s | %s | %s | %s | %s | %s |" % (
            name, key["class"], key["executor"], str(key["period"]) + (" late" if key["late"] else ""),
            "; ".join(parts), its, ua))


def main():
    plan = load_plan()
    args = sys.argv[1:]
    if "--stats" in args:
        stats()
        return
    if "--check" not in args:
        for name, key, fn in MAILS:
            data = fn()
            with open(os.path.join(HERE, name + ".eml"), "wb") as f:
                f.write(data)
            with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write("\n")
    errors = check(plan)
    for e in errors:
        print("ERROR", e)
    print("%d mails, %d errors" % (len(MAILS), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
