#!/usr/bin/env python3
"""Build the «annual» corpus: 40 report e-mails to uvp@cg.ukrtel.net and their keys.

Theme: the year's end and the third deadline (15.12.2013) of the Chernihiv oblast Open
Government plan — cumulative reports for the whole year, corrections and re-sends, summaries
that quote the office's own earlier letter, long formal attachments only partly about the plan.

Standard library only. Attachments are office files converted once with soffice from the
HTML/CSV sources in attachments/src (see attachments/src/convert.sh); this script only reads
them. Run:  python3 make.py        (writes NAME.eml and NAME.expected.json beside itself)
            python3 make.py --check (builds in memory and checks only)

Each mail's KEY literal stands directly above its builder and was written before its text.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import json
import quopri
import re
import struct
import sys
import zlib
from pathlib import Path
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")
HERE = Path(__file__).resolve().parent
ATT = HERE / "attachments"
MAILBOX = "uvp@cg.ukrtel.net"

# ---------------------------------------------------------------------------------------
# The plan as zvit knows it (config/plan.toml): executor ids and registered addresses,
# deadlines. make.py re-reads plan.toml when it is where the project keeps it.
# ---------------------------------------------------------------------------------------
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
for _d in ("bakhmach bobrovytsia borzna varva horodnia ichnia kozelets korop koriukivka "
           "kulykivka mena nizhyn novhorod-siverskyi nosivka pryluky ripky semenivka "
           "sosnytsia sribne talalaivka chernihiv shchors").split():
    EXECUTORS["rda-" + _d] = ["rda-%s@example.gov.ua" % _d]

APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3

PLAN_TOML = HERE.parent.parent / "main" / "config" / "plan.toml"


def load_plan():
    """Cross-check the built-in table against plan.toml when it is available."""
    if not PLAN_TOML.exists():
        return
    import tomllib
    plan = tomllib.loads(PLAN_TOML.read_text(encoding="utf-8"))
    ids = {e["id"]: [a.lower() for a in e.get("emails", [])] for e in plan["executor"]}
    assert ids == EXECUTORS, "plan.toml executors differ from make.py's table"
    dls = sorted(d["date"] for d in plan["deadline"])
    assert dls == DEADLINES, "plan.toml deadlines differ"
    assert plan["plan"].get("grace_days", 3) == GRACE_DAYS


def period_of(when):
    """(period, late) for an aware datetime, by the plan's rule, in Kyiv time."""
    day = when.astimezone(KYIV).date()
    if day < APPROVED:
        return None, False
    for n, d in enumerate(DEADLINES, 1):
        if day <= d:
            return n, False
        if day <= d + dt.timedelta(days=GRACE_DAYS):
            return n, True
    return None, False


# ---------------------------------------------------------------------------------------
# MIME writing helpers. Everything is assembled with "\n" and turned into CRLF at the end.
# ---------------------------------------------------------------------------------------
def kyiv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfcdate(when, offset_hours=None):
    if offset_hours is not None:
        when = when.astimezone(dt.timezone(dt.timedelta(hours=offset_hours)))
    return email.utils.format_datetime(when)


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(text, charset):
    data = text.encode(charset)
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def _chunks(text, charset, limit):
    """Split text into pieces whose encoded bytes do not exceed limit, preferably just after
    a space (as mailers do for display names), else between characters."""
    out, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(charset)) > limit and cur:
            cut = cur.rfind(" ")
            if 0 < cut < len(cur) - 1:
                out.append(cur[:cut + 1])
                cur = cur[cut + 1:] + ch
            else:
                out.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def hdr_b(text, charset="utf-8", fold="\n "):
    words = ["=?%s?B?%s?=" % (charset, base64.b64encode(c.encode(charset)).decode())
             for c in _chunks(text, charset, 45 if charset.lower() != "utf-8" else 42)]
    return fold.join(words)


def hdr_name(text, charset="utf-8", q=False):
    """A display name as one encoded-word, as mailers write the From phrase."""
    data = text.encode(charset)
    if q:
        return "=?%s?Q?%s?=" % (charset, _q(data))
    return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode())


_QSAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q(data):
    return "".join(chr(b) if b in _QSAFE else ("_" if b == 32 else "=%02X" % b) for b in data)


def hdr_q(text, charset="windows-1251", fold="\n "):
    words = []
    for c in _chunks(text, charset, 18):
        words.append("=?%s?Q?%s?=" % (charset, _q(c.encode(charset))))
    return fold.join(words)


def rfc2231(param, text, charset="UTF-8", piece=None):
    """param*=charset''pct-encoded, split into param*0*, param*1* … when piece is given."""
    enc = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-._" else "%%%02X" % b
                  for b in text.encode(charset))
    if piece is None:
        return "%s*=%s''%s" % (param, charset, enc)
    toks = re.findall(r"%[0-9A-F]{2}|.", enc)
    parts, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > piece and cur:
            parts.append(cur)
            cur = ""
        cur += t
    parts.append(cur)
    lines = []
    for n, p in enumerate(parts):
        lines.append("%s*%d*=%s%s" % (param, n, (charset + "''") if n == 0 else "", p))
    return ";\n ".join(lines)


class Part:
    def __init__(self, ctype, body=None, headers=(), parts=None, boundary=None, preamble=None,
                 epilogue=None):
        self.ctype = ctype
        self.body = body            # str (already transfer-encoded) or None
        self.headers = list(headers)
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self, top_headers=()):
        lines = [h for h in top_headers]
        ct = self.ctype
        if self.parts is not None:
            ct += ';\n\tboundary="%s"' % self.boundary
        lines.append("Content-Type: " + ct)
        lines += self.headers
        out = "\n".join(lines) + "\n\n"
        if self.parts is None:
            out += self.body if self.body.endswith("\n") else self.body + "\n"
            return out
        if self.preamble:
            out += self.preamble + "\n"
        for p in self.parts:
            out += "--%s\n" % self.boundary
            out += p.render()
            if not out.endswith("\n\n"):
                out += "\n"
        out += "--%s--\n" % self.boundary
        if self.epilogue:
            out += self.epilogue
        return out


def text_part(text, charset, cte, subtype="plain", extra=""):
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    else:
        body = text
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, extra)
    return Part(ct, body, ["Content-Transfer-Encoding: " + cte])


def att_part(data, ctype, name_params, disp_params, cte="base64", extra_headers=()):
    """name_params goes into Content-Type (e.g. 'name="…"'), disp_params into
    Content-Disposition (e.g. 'filename="…"'); both already encoded as the client does."""
    ct = ctype + (";\n\t" + name_params if name_params else "")
    hs = ["Content-Transfer-Encoding: " + cte]
    if disp_params is not None:
        hs.append("Content-Disposition: attachment" + (";\n\t" + disp_params if disp_params else ""))
    hs += list(extra_headers)
    return Part(ct, b64(data), hs)


def attfile(name):
    p = ATT / name
    data = p.read_bytes()
    assert len(data) < 60 * 1024, "%s is %d bytes" % (name, len(data))
    return data


MIME = {
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
}


def received(when, helo, ip, host="mail.cg.ukrtel.net", qid="", secs=4):
    """The receiving server's stamp, a few seconds after the Date, in Kyiv time."""
    t = (when + dt.timedelta(seconds=secs)).astimezone(KYIV)
    rdns = helo if "." in helo and not helo.startswith("[") else "unknown"
    return ("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s (%s)"
            % (helo, rdns, ip, host, qid, MAILBOX, rfcdate(t), t.tzname()))


def message(part, hdrs):
    """hdrs: list of header lines (Received first). Returns CRLF bytes."""
    text = part.render(top_headers=hdrs)
    data = text.encode("latin-1") if all(ord(c) < 256 for c in text) else None
    if data is None:
        raise ValueError("non-8bit text left in a message: encode bodies before rendering")
    data = re.sub(rb"\r?\n", b"\r\n", data)
    return data


def enc8(text, charset):
    """Text for an 8bit body: returned as a latin-1 'carrier' string of the charset's bytes."""
    return text.encode(charset).decode("latin-1")


def text8(text, charset, subtype="plain", extra=""):
    return Part('text/%s; charset="%s"%s' % (subtype, charset, extra), enc8(text, charset),
                ["Content-Transfer-Encoding: 8bit"])


def html_paras(text, style=""):
    """A plain web-mail style HTML twin of a plain text: paragraphs split on blank lines."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p%s>%s</p>\n" % (style, "<br>\n".join(esc(l) for l in p.split("\n")))
                   for p in paras)
    return body


def word_html(paras, charset):
    """Outlook 2007/2010 (Word as editor) HTML for a list of paragraphs (already HTML)."""
    ps = "\n".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (p if p else "&nbsp;") for p in paras)
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s"><meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri","sans-serif";
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=UK link=blue vlink=purple><div class=WordSection1>
%s
</div></body></html>
""" % (charset, ps))


def tiny_png(w=120, h=40, rgb=(0, 56, 168)):
    """A small solid-colour PNG with a white band (an office logo stand-in)."""
    raw = b""
    for y in range(h):
        row = bytes(rgb) * w if not (h // 3 <= y < 2 * h // 3) else b"\xff\xd5\x00" * w
        raw += b"\x00" + row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------
# Registry of mails
# ---------------------------------------------------------------------------------------
MAILS = []
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}


def mail(key):
    def deco(fn):
        MAILS.append((fn.__name__.replace("_", "-", 1), dict(key), fn))
        return fn
    return deco


# Texts zvit itself sends (config/templates), as the executors see them quoted.
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
              "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")
MEASURE_TEXT = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    5: "Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    11: "Організувати проведення «Днів відкритих дверей» для ознайомлення представників громадськості та ЗМІ з роботою управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
    15: "Забезпечити організацію громадського обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».",
}
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"


def zvit_reminder(executor_gen, today, missing, overdue=False, partial=False, deadline="15.12.2013"):
    s = "Шановні колеги!\n\n"
    if overdue:
        s += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_TITLE))
    else:
        s += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно "
              "надати до %s на адресу електронної пошти %s.\n\n" % (PLAN_TITLE, deadline, MAILBOX))
    if partial:
        s += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося "
              "зарахувати відомості щодо пунктів, наведених нижче.\n" % today)
    else:
        s += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів "
              "плану:\n" % (today, executor_gen))
    for m in missing:
        s += "\n  %d. %s\n" % (m, MEASURE_TEXT[m])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити "
          "графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна "
          "також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або "
          "окремим документом, зазначивши номери пунктів плану.\n\n")
    s += ("Просимо надати інформацію невідкладно." if overdue
          else "Просимо дотримуватися встановленого терміну.")
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо "
          "вважати його недійсним.\n\nЗ повагою\n" + UVP_NAME)
    return s


def zvit_receipt(received_s, subject, executor, period, deadline, recognised, missing):
    s = ("Шановні колеги!\n\nУправління з питань внутрішньої політики та зв'язків з громадськістю "
         "облдержадміністрації підтверджує отримання Вашого листа від %s «%s».\n\n"
         "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n\n"
         % (received_s, subject, executor, period, deadline))
    s += "Розпізнано інформацію щодо таких пунктів плану:\n"
    for n, ex in recognised:
        s += "  • пункт %d: %s\n" % (n, ex)
    s += "\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n"
    for m in missing:
        s += "  %d. %s\n" % (m, MEASURE_TEXT[m])
    s += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на "
          "адресу %s.\n\nЗ повагою\n%s" % (MAILBOX, UVP_NAME))
    return s


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def flowed(text, width=72):
    """format=flowed wrapping (RFC 3676): long lines broken after a space, quote prefix kept."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(>+ ?)?", line)
        pre = m.group(0) or ""
        rest = line[len(pre):]
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        lead = re.match(r"^ *", rest).group(0)
        words = rest[len(lead):].split(" ")
        cur, first = "", pre + lead
        for w in words:
            if cur and len(first) + len(cur) + len(w) + 1 > width:
                out.append(first + cur + " ")
                cur, first = w, pre
            else:
                cur = (cur + " " + w) if cur else w
        out.append(first + cur)
    return "\n".join(out)


def wrap(text, width=76):
    """Hard wrapping as Outlook/The Bat! do for plain text: no trailing-space marks."""
    return "\n".join(l if l == "-- " else l.rstrip() for l in flowed(text, width).split("\n"))


# =======================================================================================
# The mails. For each: KEY first, then the builder that writes the mail's text.
# =======================================================================================

# ------------------------------------------------------------------ ph: placeholder -----
KEY = {
    "class": "placeholder", "executor": "rda-shchors", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A whole-year table copied from the full plan (rows 1-16, a column per quarter): "
            "rows the district does not own carry «х», row 10 dashes in every quarter, row 12 "
            "a bare «не проводились» in every quarter; rows 1, 6, 7, 9 have text in some "
            "quarter beside dashes and «без змін».",
    "items": [{"measure": 1, "source": "Щорська РДА_ВУ_2013.xls"},
              {"measure": 6, "source": "Щорська РДА_ВУ_2013.xls"},
              {"measure": 7, "source": "Щорська РДА_ВУ_2013.xls"},
              {"measure": 9, "source": "Щорська РДА_ВУ_2013.xls"}],
}
@mail(KEY)
def ph01_shchors():
    when = kyiv(2013, 12, 13, 15, 42, 10)
    fname = "Щорська РДА_ВУ_2013.xls"
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю "
             "облдержадміністрації\n\n"
             "Щорська районна державна адміністрація надає інформацію про виконання Плану "
             "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
             "області у рамках реалізації Ініціативи \"Партнерство \"Відкритий уряд\" за 2013 рік "
             "(додається, на 1 арк.).\n\n"
             "Заступник голови райдержадміністрації                 В.І.Бойко\n\n"
             "Виконавець: Кравченко Л.М., відділ організаційної роботи та з питань внутрішньої "
             "політики апарату РДА, тел. (04654) 2-13-47\n")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<META content="MSHTML 6.00.2900.6430" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n'
            '<BODY bgColor=#ffffff>\n'
            + "".join('<DIV><FONT face=Arial size=2>%s</FONT></DIV>\n' % (l if l else "&nbsp;")
                      for l in plain.replace("\"Партнерство \"Відкритий уряд\"",
                                             "&quot;Партнерство &quot;Відкритий уряд&quot;")
                      .split("\n")[:-1])
            + "</BODY></HTML>\n")
    b1, b2 = "----=_NextPart_000_0009_01CEF821.1DB54E40", "----=_NextPart_001_000A_01CEF821.1DB54E40"
    alt = Part("multipart/alternative", parts=[text_part(plain, "windows-1251", "quoted-printable"),
                                               text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary=b2)
    n = hdr_b(fname, "windows-1251", fold="\n\t")
    att = att_part(attfile("ph01-shchors.xls"), MIME["xls"], 'name="%s"' % n, 'filename="%s"' % n)
    top = Part("multipart/mixed", parts=[alt, att], boundary=b1,
               preamble="This is a multi-part message in MIME format.\n")
    return message(top, [
        received(when, "RDA-SHCHORS", "194.44.152.70", qid="7C1B2A3F11"),
        "Message-ID: <000801cef810$5a3c8e40$2d01a8c0@RDASHCHORS>",
        "From: =?windows-1251?B?%s?= <rda-shchors@example.gov.ua>"
        % base64.b64encode("Щорська РДА".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Інформація про виконання плану Відкритий уряд 2013", "windows-1251"),
        "Date: " + rfcdate(when),
        "MIME-Version: 1.0",
        "X-Priority: 3", "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
    ])


KEY = {
    "class": "placeholder", "executor": "su-kultura", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A .docx table of the unit's own measures for 2013: row 2 is a bare «+», row 7 "
            "«немає», row 8 «Без змін (див. інформацію за І півріччя)», row 16 «Надається цим "
            "листом»; only rows 1, 6, 9 and 12 say what was done.",
    "items": [{"measure": 1, "source": "Інформація_УКТ_ВУ_2013.docx"},
              {"measure": 6, "source": "Інформація_УКТ_ВУ_2013.docx"},
              {"measure": 9, "source": "Інформація_УКТ_ВУ_2013.docx"},
              {"measure": 12, "source": "Інформація_УКТ_ВУ_2013.docx"}],
}
@mail(KEY)
def ph02_kultura():
    when = kyiv(2013, 12, 12, 10, 18, 33)
    fname = "Інформація_УКТ_ВУ_2013.docx"
    paras = ["Доброго дня!", "",
             "Направляємо інформацію управління культури і туризму облдержадміністрації про "
             "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
             "виконавчої влади в області у 2013 році.", "",
             "З повагою",
             "Оксана Литвиненко",
             "провідний спеціаліст відділу організаційно-кадрової роботи",
             "управління культури і туризму облдержадміністрації",
             "тел. 67-51-23"]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "koi8-u")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "koi8-u", "quoted-printable"),
                      text_part(html, "koi8-u", "quoted-printable", "html")],
               boundary="_000_6A1F0B2C9E4D3A47B8C0D2E5F1A3B4C5mailkulturaexamplego_")
    n = hdr_b(fname, "utf-8")
    att = att_part(attfile("ph02-kultura.docx"), MIME["docx"], 'name="%s"' % n,
                   'filename="%s";\n\tsize=%d;\n\tcreation-date="Thu, 12 Dec 2013 08:11:40 GMT";'
                   '\n\tmodification-date="Thu, 12 Dec 2013 08:11:40 GMT"'
                   % (n, len(attfile("ph02-kultura.docx"))),
                   extra_headers=["Content-Description: " + n])
    top = Part("multipart/mixed", parts=[alt, att],
               boundary="_004_6A1F0B2C9E4D3A47B8C0D2E5F1A3B4C5mailkulturaexamplego_")
    return message(top, [
        received(when, "mail.kultura.example.gov.ua", "194.44.150.18", qid="2D0E4A1B77", secs=3),
        "From: " + hdr_name("Литвиненко Оксана Миколаївна", "koi8-u") + " <kultura@example.gov.ua>",
        "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Відкритий уряд - інформація за 2013 рік", "koi8-u"),
        "Thread-Topic: " + hdr_b("Відкритий уряд - інформація за 2013 рік", "koi8-u"),
        "Thread-Index: Ac73EjR5n0mJ2u9wQ0+vH4m3ZtB8Tw==",
        "Date: " + rfcdate(when),
        "Message-ID: <6A1F0B2C9E4D3A47B8C0D2E5F1A3B4C5@mail.kultura.example.gov.ua>",
        "Accept-Language: uk-UA, ru-RU, en-US",
        "Content-Language: uk-UA",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "placeholder", "executor": "rda-ripky", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "A koi8-u plain list sent the Monday after the deadline: «п.6 - -», «п.7 - без "
            "змін», «п.10 - немає» say nothing, while «п.12 - громадські експертизи не "
            "проводились, запитів … не надходило» names its subject and counts.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}
@mail(KEY)
def ph03_ripky():
    when = kyiv(2013, 12, 16, 9, 5, 47)
    body = (
        "Управлiння з питань внутрiшньої полiтики та зв'язкiв з громадськiстю облдержадмiнiстрацiї\n"
        "\n"
        "Рiпкинська райдержадмiнiстрацiя iнформує про виконання Плану заходiв з пiдвищення рiвня\n"
        "вiдкритостi та прозоростi дiяльностi виконавчої влади в областi у рамках реалiзацiї\n"
        "Iнiцiативи \"Партнерство \"Вiдкритий уряд\" станом на 15.12.2013:\n"
        "\n"
        "п.1 - iнформацiйне наповнення офiцiйного веб-сайту райдержадмiнiстрацiї здiйснюється\n"
        "вiдповiдно до вимог Закону України \"Про доступ до публiчної iнформацiї\", у 2013 р.\n"
        "створено роздiли \"Громадське обговорення\" та \"Звернення громадян\", сайт переведено\n"
        "на новий хостинг;\n"
        "п.6 - -\n"
        "п.7 - без змiн;\n"
        "п.9 - 21.11.2013 проведено громадське обговорення проекту Програми розвитку мiсцевого\n"
        "самоврядування в Рiпкинському районi на 2014-2016 рр. за участю членiв громадської ради\n"
        "при райдержадмiнiстрацiї (7 осiб), пропозицiї враховано;\n"
        "п.10 - немає;\n"
        "п.12 - громадськi експертизи не проводились, запитiв вiд iнститутiв громадянського\n"
        "суспiльства не надходило.\n"
        "\n"
        "Вибачте за затримку - у п'ятницю не працював iнтернет.\n"
        "\n"
        "-- \n"
        "З повагою,\n"
        " Самійленко Галина\n"
        " головний спецiалiст вiддiлу з питань внутрiшньої полiтики\n"
        " апарату Рiпкинської райдержадмiнiстрацiї\n"
        " тел. (04641) 2-11-86\n")
    # The Bat! with a Latin "i" (U+0069) typed for Ukrainian «і» through a Russian layout;
    # koi8-u has both.
    body = body.replace("\u0456", "i").replace("\u0406", "I")
    part = text8(body, "koi8-u")
    return message(part, [
        received(when, "[10.4.0.12]", "194.44.161.33", qid="A4C71E02F9", secs=5),
        "Date: " + rfcdate(when),
        "From: =?koi8-u?Q?=F2=A6=D0=CB=C9=CE=D3=D8=CB=C1_=F2=E4=E1?= <rda-ripky@example.gov.ua>",
        "X-Mailer: The Bat! (v5.0.36) Professional",
        "Reply-To: =?koi8-u?Q?=F2=A6=D0=CB=C9=CE=D3=D8=CB=C1_=F2=E4=E1?= <rda-ripky@example.gov.ua>",
        "Organization: " + hdr_q("Ріпкинська райдержадміністрація", "koi8-u"),
        "X-Priority: 3 (Normal)",
        "Message-ID: <1839201558.20131216090547@example.gov.ua>",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_q("Інформація Ріпкинської РДА (Відкритий уряд)", "koi8-u"),
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "placeholder", "executor": "su-finansy", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A half-year-columned .xlsx where rows 7, 8, 9 and 12 are empty, «—», «+»/«+» and "
            "«х»; the cover note explains the dash in row 8 in its own words (the committee "
            "head sits on the collegium), so measure 8 comes from the body.",
    "items": [{"measure": 1, "source": "Інформація ГФУ_відкритий уряд_2013 рік.xlsx"},
              {"measure": 2, "source": "Інформація ГФУ_відкритий уряд_2013 рік.xlsx"},
              {"measure": 6, "source": "Інформація ГФУ_відкритий уряд_2013 рік.xlsx"},
              {"measure": 8, "source": "body"}],
}
@mail(KEY)
def ph04_finansy():
    when = kyiv(2013, 12, 11, 16, 27, 2)
    fname = "Інформація ГФУ_відкритий уряд_2013 рік.xlsx"
    body = ("Добрий день!\n\n"
            "Надсилаємо інформацію Головного фінансового управління облдержадміністрації про \n"
            "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності \n"
            "виконавчої влади в області за 2013 рік (у вкладенні).\n\n"
            "Щодо п. 8: голова постійного комітету з питань бюджету та фінансів Громадської \n"
            "ради при облдержадміністрації Литвин О.С. з листопада 2012 року входить до складу \n"
            "колегії управління (наказ ГФУ від 19.11.2012 № 214), тому в таблиці стоїть \n"
            "прочерк.\n\n"
            "-- \n"
            "Начальник відділу організаційної роботи\n"
            "Головного фінансового управління облдержадміністрації\n"
            "Гордієнко Тетяна Іванівна\n"
            "тел. 67-40-18\n")
    txt = text8(body, "UTF-8", extra="; format=flowed")
    txt.ctype = "text/plain; charset=UTF-8; format=flowed"
    data = attfile("ph04-finansy.xlsx")
    att = att_part(data, MIME["xlsx"], 'name="%s"' % hdr_b(fname, "UTF-8"),
                   rfc2231("filename", fname, piece=42))
    att.ctype = MIME["xlsx"] + ";\n name=\"%s\"" % hdr_b(fname, "UTF-8")
    top = Part("multipart/mixed", parts=[txt, att], boundary="------------060503090108020104070906",
               preamble="This is a multi-part message in MIME format.")
    return message(top, [
        received(when, "[192.168.20.41]", "194.44.150.9", qid="51F0C0B6E2", secs=2),
        "Message-ID: <52A8766E.4050807@example.gov.ua>",
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Гордієнко Тетяна", "UTF-8") + " <finansy@example.gov.ua>",
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130801 Thunderbird/17.0.8",
        "MIME-Version: 1.0",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("ГФУ - виконання плану заходів (Відкритий уряд) за 2013 рік", "UTF-8"),
    ])


KEY = {
    "class": "placeholder", "executor": "rda-varva", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An .ods checklist of all 16 measures with a «Відмітка» column of «+» and a "
            "«Примітка» column: «+» with an empty note (rows 6, 7, 16) says nothing, «+» with a "
            "note (1, 9) counts, «-» with a note naming the subject (12) counts, «не стосується» "
            "for the others.",
    "items": [{"measure": 1, "source": "varva_2013.ods"},
              {"measure": 9, "source": "varva_2013.ods"},
              {"measure": 12, "source": "varva_2013.ods"}],
}
@mail(KEY)
def ph05_varva():
    when = kyiv(2013, 12, 13, 11, 12, 40)
    body = ("Інформація Варвинської РДА про виконання плану заходів щодо відкритості та "
            "прозорості влади за 2013 рік у вкладенні.\n\n"
            "-- \nЗ повагою, Ольга Гуменюк\nсектор з питань внутрішньої політики, масових "
            "комунікацій та зв'язків з громадськістю\nВарвинської райдержадміністрації\n")
    txt = text_part(body, "utf-8", "quoted-printable", extra="; format=flowed; delsp=yes")
    txt.ctype = "text/plain; charset=utf-8; format=flowed; delsp=yes"
    txt.headers = ["Content-Transfer-Encoding: Quoted-Printable"]
    att = Part("application/vnd.oasis.opendocument.spreadsheet; name=varva_2013.ods",
               b64(attfile("ph05-varva.ods")),
               ["Content-Transfer-Encoding: Base64"])
    att.headers.insert(0, "Content-Disposition: attachment; filename=varva_2013.ods")
    top = Part("multipart/mixed", parts=[txt, att], boundary="----------Jk7Zq4G2mFc9Xb1Lv8Ns0P")
    return message(top, [
        received(when, "rda-varva-pc", "194.44.163.102", qid="0B7D3E9A45", secs=6),
        "MIME-Version: 1.0",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("Варвинська РДА - відкритість влади 2013", "utf-8"),
        "From: " + hdr_name("Ольга Гуменюк", "utf-8") + " <rda-varva@example.gov.ua>",
        "Date: " + rfcdate(when),
        "Message-ID: <op.w7zq1ye2k3l9x0@rda-varva-pc>",
        "User-Agent: Opera Mail/12.16 (Win32)",
    ])


# ------------------------------------------------------------------ bp: bottom_post -----
KEY = {
    "class": "bottom_post", "executor": "rda-kozelets", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "Thunderbird answers interleaved under zvit's overdue reminder, one line of answer "
            "under each quoted item: under 7 and 10 real answers, under 12 a bare «Не "
            "проводились.»; the quoted measure texts themselves count for nothing.",
    "items": [{"measure": 7, "source": "body"},
              {"measure": 10, "source": "body"}],
}
@mail(KEY)
def bp01_kozelets():
    when = kyiv(2013, 12, 17, 8, 51, 14)
    rem = zvit_reminder("Козелецька районна державна адміністрація", "16.12.2013", [7, 10, 12],
                        overdue=True, partial=True)
    q = quote(rem)
    ans7 = ("Представники ГО «Козелецька громада» та районної організації ветеранів України "
            "включені до складу районної комісії з питань захисту прав дитини та координаційної "
            "ради з питань розвитку підприємництва (розпорядження голови райдержадміністрації "
            "від 04.10.2013 № 412).")
    ans10 = ("Рекомендацію громадській раді при райдержадміністрації надано листом від "
             "22.07.2013 № 01-18/1290; на засіданні 29.08.2013 рада утворила у своєму складі "
             "робочу групу з питань відкритості та прозорості (3 особи).")
    ans12 = "Не проводились."
    lines = q.split("\n")
    out = []
    for l in lines:
        out.append(l)
    text = "\n".join(out)
    # put each answer after the quoted item it answers (after the item's line)
    for n, a in ((7, ans7), (10, ans10), (12, ans12)):
        marker = "\n>   %d. %s" % (n, MEASURE_TEXT[n])
        text = text.replace(marker, marker + "\n" + a, 1)
    body = ("16.12.2013 10:02, uvp@cg.ukrtel.net пише:\n" + text + "\n\n"
            "Інформацію з решти пунктів надсилали 13.12.\n\n"
            "-- \nОксана Руденко\nвідділ організаційної роботи апарату\n"
            "Козелецької райдержадміністрації\nтел. (04646) 2-15-09\n")
    part = text8(flowed(body), "UTF-8")
    part.ctype = "text/plain; charset=UTF-8; format=flowed"
    return message(part, [
        received(when, "[192.168.1.15]", "194.44.157.21", qid="C39F8D0A12", secs=3),
        "Message-ID: <52AFF48A.3010502@example.gov.ua>",
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Козелецька РДА", "UTF-8") + " <rda-kozelets@example.gov.ua>",
        "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
        "MIME-Version: 1.0",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("Re: Нагадування: Відкритий уряд, 3-й звітний період", "UTF-8"),
        "References: <zvit-reminder-3-rda-kozelets-20131216@cg.ukrtel.net>",
        "In-Reply-To: <zvit-reminder-3-rda-kozelets-20131216@cg.ukrtel.net>",
    ])


KEY = {
    "class": "bottom_post", "executor": "su-ekolohiia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Russian-UI Outlook 2003 forward of the unit's own letter of 05.12 (header block "
            "«-----Исходное сообщение-----», no «>») with the supplement typed below it: only "
            "the added paragraphs on 8 and 12 count, not the quoted 1, 7, 9.",
    "items": [{"measure": 8, "source": "body"},
              {"measure": 12, "source": "body"}],
}
@mail(KEY)
def bp02_ekolohiia():
    when = kyiv(2013, 12, 9, 11, 35, 50)
    earlier = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Управління екології та природних ресурсів облдержадміністрації інформує про виконання у "
        "2013 році Плану заходів з підвищення рівня відкритості та прозорості діяльності "
        "виконавчої влади в області.\n\n"
        "П. 1. На веб-сторінці управління на офіційному сайті облдержадміністрації оновлено "
        "розділи «Екологічний паспорт області», «Дозвільна діяльність», щоквартально "
        "розміщується інформація про стан довкілля.\n"
        "П. 7. До складу Громадської ради з питань екології при управлінні та обласної комісії з "
        "питань техногенно-екологічної безпеки і надзвичайних ситуацій включено 4 представників "
        "громадських екологічних організацій.\n"
        "П. 9. Проект Регіональної програми охорони навколишнього природного середовища на "
        "2014-2018 роки обговорено на засіданні комітету з питань екології Громадської ради при "
        "облдержадміністрації 19.09.2013.\n"
        "П. 8, 12 - інформація буде надана додатково.\n\n"
        "Начальник управління                                   О.П.Гайдамака\n")
    added = (
        "Доповнюємо інформацію від 05.12.2013:\n\n"
        "П. 8. Розпорядженням голови облдержадміністрації від 28.11.2013 № 503 внесено зміни до "
        "складу колегії управління: до неї введено голову комітету з питань екології та "
        "природокористування Громадської ради при облдержадміністрації Мельника В.П. (за "
        "згодою).\n"
        "П. 12. 14.11.2013 ГО «Зелений світ Полісся» провела громадську антикорупційну "
        "експертизу проекту Порядку видачі дозволів на спеціальне використання природних "
        "ресурсів місцевого значення; за її пропозиціями до проекту внесено 2 зміни.\n\n"
        "З повагою,\nЮрій Шевчук\nголовний спеціаліст відділу екологічної політики\n"
        "управління екології та природних ресурсів облдержадміністрації\nтел. 67-38-92\n")
    body = ("\n\n-----Исходное сообщение-----\n"
            "От: Управління екології [mailto:ekolohiia@example.gov.ua] \n"
            "Отправлено: 5 декабря 2013 г. 14:20\n"
            "Кому: 'uvp@cg.ukrtel.net'\n"
            "Тема: Інформація управління екології (Відкритий уряд) 2013\n\n"
            + earlier + "\n\n" + added)
    part = text_part(wrap(body), "windows-1251", "quoted-printable")
    return message(part, [
        received(when, "shevchuk", "194.44.150.77", qid="8E6A20D1C4", secs=2),
        "From: =?windows-1251?B?%s?= <ekolohiia@example.gov.ua>"
        % base64.b64encode("Управління екології".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("FW: Інформація управління екології (Відкритий уряд) 2013",
                            "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <000001cef4c2$8b1d2e90$21576bb0$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 11",
        "Thread-Index: Ac7xt0JbW0nQmYc8Rmi1Y8Q2a9v1cAC0Vw2A",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5931",
    ])


KEY = {
    "class": "bottom_post", "executor": "su-apk", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A K-9 Mail phone reply typed under zvit's quoted receipt on a Saturday: it answers "
            "8 and 9 and promises 7 and 12 for Monday; the receipt's quoted excerpts for 1 and "
            "6 are zvit's own text.",
    "items": [{"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}
@mail(KEY)
def bp03_apk():
    when = kyiv(2013, 6, 15, 19, 40, 22)
    rec = zvit_receipt(
        "14.06.2013", "Інформація ГУАПР за І півріччя 2013 р.",
        "Головне управління агропромислового розвитку облдержадміністрації", 2, "15.06.2013",
        [(1, "На веб-сторінці ГУАПР розміщено інформацію про хід весняно-польових робіт …"),
         (6, "Проведено 2 засідання «круглого столу» з керівниками фермерських господарств …")],
        [7, 8, 9, 12])
    body = ("\n\nuvp@cg.ukrtel.net написав(ла):\n\n" + quote(rec, ">") + "\n\n"
            "По п.8 - голова аграрного комітету Громадської ради Ткаченко С.І. введений до "
            "складу колегії ГУАПР наказом від 12.03.2013 № 37, брав участь у 2 засіданнях колегії.\n"
            "По п.9 - проект Програми розвитку фермерських господарств на 2013-2015 рр. "
            "обговорено з членами громадської ради при ГУАПР 29.05.\n"
            "По 7 і 12 інформацію надішле відділ кадрів у понеділок.\n\n"
            "-- \nНадіслано з мого телефону Android. Вибачте за стислість.\n"
            "Ярослав Бондаренко, ГУАПР\n")
    part = text_part(body, "UTF-8", "quoted-printable")
    part.ctype = "text/plain; charset=UTF-8"
    return message(part, [
        received(when, "[10.161.7.88]", "46.133.21.205", qid="F2B7A19C03", secs=9),
        "User-Agent: K-9 Mail for Android",
        "In-Reply-To: <zvit-receipt-2-su-apk-20130614@cg.ukrtel.net>",
        "References: <zvit-receipt-2-su-apk-20130614@cg.ukrtel.net>",
        "MIME-Version: 1.0",
        "Subject: " + hdr_b("Re: Підтвердження отримання: Інформація ГУАПР за І півріччя 2013 р.",
                            "UTF-8"),
        "From: " + hdr_name("Ярослав Бондаренко", "UTF-8") + " <apk@example.gov.ua>",
        "Date: " + rfcdate(when),
        "To: uvp@cg.ukrtel.net",
        "Message-ID: <e4b1c9d2-6a57-4f0e-9a1b-3c8d2f7e5a10@email.android.com>",
    ])


KEY = {
    "class": "bottom_post", "executor": "uvp", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The department's own sector answers zvit's reminder from its registered box in "
            "Roundcube, interleaving short answers between blockquoted items (plain and HTML "
            "twins): 5 and 11 are answered, 10 only points to an earlier letter, 15 is a promise "
            "of a discussion still to come.",
    "items": [{"measure": 5, "source": "body"},
              {"measure": 11, "source": "body"}],
}
@mail(KEY)
def bp04_uvp():
    when = kyiv(2013, 12, 10, 14, 3, 11)
    rem = zvit_reminder(UVP_NAME, "09.12.2013", [5, 10, 11, 15])
    answers = {
        5: "«Гаряча лінія» голови облдержадміністрації працює у штатному режимі: у 2013 році "
           "спільно з відділом роботи із зверненнями громадян опрацьовано 1 146 дзвінків, "
           "щотижня узагальнення доповідається голові.",
        10: "див. наш лист від 14.06.2013",
        11: "14.11.2013 проведено День відкритих дверей управління для студентів ЧНТУ та "
            "журналістів обласних ЗМІ (32 учасники), 23.05.2013 — для активістів молодіжних "
            "громадських організацій.",
        15: "Громадське обговорення виконання плану проводимо 12.12.2013 разом з регіональним "
            "координатором та Громадською радою, інформацію надамо після обговорення.",
    }
    # split the reminder into blocks: intro, one block per item, tail
    head, rest = rem.split("\n\n  5. ", 1)
    rest = "  5. " + rest
    blocks = []
    for n in (5, 10, 11, 15):
        start = rest.index("  %d. " % n)
        nxt = [rest.index("  %d. " % m) for m in (5, 10, 11, 15) if m > n]
        end = nxt[0] if nxt else rest.index("\n\nДля зручності")
        blocks.append((n, rest[start:end].strip("\n")))
    tail = rest[rest.index("\n\nДля зручності") + 2:]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    plain = "09.12.2013 09:00, uvp@cg.ukrtel.net написав:\n" + quote(head) + "\n"
    bq = '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            '</head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>09.12.2013 09:00, uvp@cg.ukrtel.net написав:</p>\n' + bq + "\n"
            + html_paras(head) + "</blockquote>\n")
    for n, b in blocks:
        plain += quote(b) + "\n\n" + answers[n] + "\n\n"
        html += bq + "\n<p>" + esc(b.strip()) + "</p>\n</blockquote>\n<p>" + esc(answers[n]) + "</p>\n"
    plain += quote(tail) + "\n\n-- \nСектор інформаційно-аналітичної роботи та зв'язків з громадськістю\nУВП облдержадміністрації, Наталія Лук'яненко, тел. 67-50-41\n"
    html += (bq + "\n" + html_paras(tail) + "</blockquote>\n"
             '<div class="pre">-- <br />\nСектор інформаційно-аналітичної роботи та зв\'язків з '
             'громадськістю<br />\nУВП облдержадміністрації, Наталія Лук\'яненко, тел. 67-50-41</div>\n'
             "</body></html>\n")
    alt = Part("multipart/alternative",
               parts=[text_part(flowed(plain), "UTF-8", "quoted-printable"),
                      text_part(html, "UTF-8", "quoted-printable", "html")],
               boundary="=_d1a4f0c8e2b7a9f35c6e04d18b2a7c91")
    alt.parts[0].ctype = "text/plain; charset=UTF-8;\n format=flowed"
    alt.parts[1].ctype = "text/html; charset=UTF-8"
    return message(alt, [
        received(when, "webmail.example.gov.ua", "194.44.150.2", qid="6A0F3B8E21", secs=1),
        "MIME-Version: 1.0",
        "Date: " + rfcdate(when),
        "From: uvp-info@example.gov.ua",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_q("Re: Нагадування: Відкритий уряд, 3-й звітний період", "UTF-8"),
        "Organization: " + hdr_q("УВП облдержадміністрації", "UTF-8"),
        "In-Reply-To: <zvit-reminder-3-uvp-20131209@cg.ukrtel.net>",
        "References: <zvit-reminder-3-uvp-20131209@cg.ukrtel.net>",
        "Message-ID: <4c1e87a3b9f2d0e6a15b3f7c28d9e410@example.gov.ua>",
        "X-Sender: uvp-info@example.gov.ua",
        "User-Agent: Roundcube Webmail/0.9.5",
    ])


KEY = {
    "class": "bottom_post", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A The Bat! reply to the district's own letter of 10.12 with corrections typed "
            "under the quoted paragraphs they correct («Уточнення: …» under п. 6, «Уточнюємо: "
            "…» under п. 12) and «Інші пункти - без змін» at the end; the quoted report on "
            "1, 7, 9, 10 is the earlier letter.",
    "items": [{"measure": 6, "source": "body"},
              {"measure": 12, "source": "body"}],
}
@mail(KEY)
def bp05_novhorod():
    when = kyiv(2013, 12, 13, 16, 48, 55)
    earlier = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Новгород-Сіверська райдержадміністрація на виконання п. 16 Плану заходів з підвищення "
        "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках "
        "реалізації Ініціативи \"Партнерство \"Відкритий уряд\" повідомляє.\n\n"
        "п. 1. Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог "
        "законодавства, у 2013 році оновлено розділи \"Регуляторна політика\", \"Бюджет\", "
        "\"Доступ до публічної інформації\".\n\n"
        "п. 6. Протягом 2013 року проведено 4 консультації з громадськістю.\n\n"
        "п. 7. Представники громадських організацій входять до складу 5 дорадчих органів при "
        "райдержадміністрації.\n\n"
        "п. 9. Члени громадської ради брали участь в обговоренні проекту районного бюджету на "
        "2014 рік.\n\n"
        "п. 10. Робочу групу з питань відкритості та прозорості при громадській раді утворено "
        "23.05.2013.\n\n"
        "п. 12. Громадські експертизи не проводились.\n\n"
        "Заступник голови райдержадміністрації                     М.О.Савенко")
    q = quote(wrap(earlier, 74))
    fix6 = ("Уточнення: консультацій проведено 5 - не було враховано громадське обговорення "
            "проекту Схеми планування території району (12.09.2013, 48 учасників).")
    fix12 = ("Уточнюємо: у жовтні 2013 р. ГО \"Сіверщина - край відкритий\" провела громадську "
             "експертизу діяльності відділу освіти райдержадміністрації щодо забезпечення "
             "підвезення учнів; план заходів з реалізації її пропозицій затверджено "
             "розпорядженням голови РДА від 18.11.2013 № 389.")
    q = q.replace("> п. 6. Протягом 2013 року проведено 4 консультації з громадськістю.",
                  "> п. 6. Протягом 2013 року проведено 4 консультації з громадськістю.\n\n"
                  + fix6 + "\n")
    q = q.replace("> п. 12. Громадські експертизи не проводились.",
                  "> п. 12. Громадські експертизи не проводились.\n\n" + fix12 + "\n")
    body = ("Доброго дня.\n\n"
            "Уточнена інформація Новгород-Сіверської РДА до листа від 10.12.2013 (уточнення - під "
            "відповідними пунктами).\n\n"
            "Ви писали 10 грудня 2013 р., 15:22:08:\n\n" + q + "\n\n"
            "Інші пункти - без змін.\n\n"
            "-- \nЗ повагою,\n Лариса Гребінь                          "
            "mailto:rda-novhorod-siverskyi@example.gov.ua\n"
            " відділ інформаційної діяльності та комунікацій з громадськістю\n"
            " апарату Новгород-Сіверської райдержадміністрації\n")
    part = text8(wrap(body, 78), "windows-1251")
    return message(part, [
        received(when, "[10.0.0.7]", "194.44.160.54", qid="19D4E6C0B8", secs=4),
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Новгород-Сіверська РДА", "windows-1251")
        + " <rda-novhorod-siverskyi@example.gov.ua>",
        "X-Mailer: The Bat! (v6.0.12) Professional",
        "Reply-To: rda-novhorod-siverskyi@example.gov.ua",
        "X-Priority: 3 (Normal)",
        "Message-ID: <604811327.20131213164855@example.gov.ua>",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("Re: Інформація Новгород-Сіверської РДА (уточнена)", "windows-1251"),
        "In-Reply-To: <1950372214.20131210152208@example.gov.ua>",
        "References: <1950372214.20131210152208@example.gov.ua>",
        "MIME-Version: 1.0",
    ])


# ------------------------------------------------------------------ nr: not_report ------
KEY = {
    "class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
    "kind": "not_report", "reason": "invitation",
    "note": "An Outlook meeting request (text/calendar METHOD:REQUEST plus invite.ics) from the "
            "regional coordinator inviting to the public discussion of the plan's execution on "
            "12.12 — it names measure 15 and its subject word for word, but only invites.",
    "items": [],
}
@mail(KEY)
def nr01_ogp():
    when = kyiv(2013, 11, 27, 13, 15, 7)
    paras = [
        "Шановні колеги!", "",
        "Запрошуємо Вас взяти участь у громадському обговоренні виконання заходів з підвищення "
        "рівня відкритості та прозорості діяльності влади в області у рамках реалізації "
        "Ініціативи «Партнерство „Відкритий уряд“» за 2013 рік (п. 15 Плану заходів), яке "
        "відбудеться 12 грудня 2013 року о 14:00 у великій залі Будинку громадськості "
        "(м. Чернігів, вул. Шевченка, 9, 2-й поверх).", "",
        "До участі запрошено представників структурних підрозділів облдержадміністрації, "
        "райдержадміністрацій, членів Громадської ради при облдержадміністрації, громадських "
        "організацій та ЗМІ. Орієнтовний порядок денний: звіт управління з питань внутрішньої "
        "політики та зв'язків з громадськістю про виконання Плану; співдоповіді громадських "
        "експертів; обговорення пропозицій до плану дій на 2014 рік.", "",
        "Просимо до 6 грудня повідомити прізвища учасників на адресу "
        "ogp-coordinator@example.org.ua або за тел. 067-411-27-90.", "",
        "З повагою",
        "Андрій Коваль",
        "регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області",
    ]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "utf-8")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:FLE Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T040000\n"
           "TZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
           "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\n"
           "TZOFFSETTO:+0300\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\n"
           "END:VTIMEZONE\nBEGIN:VEVENT\n"
           "ORGANIZER;CN=Андрій Коваль:MAILTO:ogp-coordinator@example.org.ua\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net\n"
           "DESCRIPTION;LANGUAGE=uk-UA:Громадське обговорення виконання Плану заходів з підвищення "
           "рівня відкритості та прозорості діяльності влади в області (п. 15) за 2013 рік\\n\n"
           "SUMMARY;LANGUAGE=uk-UA:Громадське обговорення виконання Плану «Відкритий уряд» 2013\n"
           "DTSTART;TZID=FLE Standard Time:20131212T140000\n"
           "DTEND;TZID=FLE Standard Time:20131212T170000\n"
           "UID:040000008200E00074C5B7101A82E0080000000060A1F3C26DEBCE01000000000000000010000000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20131127T111500Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\n"
           "SEQUENCE:0\nLOCATION;LANGUAGE=uk-UA:Будинок громадськості\\, вул. Шевченка\\, 9\n"
           "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\n"
           "END:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    cal = Part('text/calendar; charset="utf-8"; method=REQUEST', b64(ics.encode("utf-8")),
               ["Content-Transfer-Encoding: base64"])
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "utf-8", "quoted-printable"),
                      text_part(html, "utf-8", "quoted-printable", "html"), cal],
               boundary="_000_B2E1A0F9C8D7E6F5A4B3C2D1E0F9A8B7mailogpexampleorgua_")
    ics_att = att_part(ics.encode("utf-8"), "application/ics", 'name="invite.ics"',
                       'filename="invite.ics"; size=%d' % len(ics.encode("utf-8")))
    top = Part("multipart/mixed", parts=[alt, ics_att],
               boundary="_002_B2E1A0F9C8D7E6F5A4B3C2D1E0F9A8B7mailogpexampleorgua_")
    return message(top, [
        received(when, "mail.example.org.ua", "91.200.41.18", qid="3B58E0F7A6", secs=5),
        "From: " + hdr_name("Андрій Коваль", "utf-8") + " <ogp-coordinator@example.org.ua>",
        "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Запрошення: Громадське обговорення виконання Плану «Відкритий "
                            "уряд» 2013", "utf-8"),
        "Thread-Topic: " + hdr_b("Громадське обговорення виконання Плану «Відкритий уряд» 2013",
                                 "utf-8"),
        "Thread-Index: Ac7rY7tZ8y4m1Cq5R3a+2YcH0b1Xkg==",
        "Date: " + rfcdate(when),
        "Message-ID: <B2E1A0F9C8D7E6F5A4B3C2D1E0F9A8B7@mail.example.org.ua>",
        "Accept-Language: uk-UA, en-US",
        "Content-Language: uk-UA",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "not_report", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
    "kind": "not_report", "reason": "question",
    "note": "Two questions «чи потрібно подавати інформацію щодо п. 8 …» and «чи зараховується "
            "це як виконання?» whose premises (no collegium; a programme report placed in "
            "another unit's section) sound like answers on 8 and 2 but report nothing.",
    "items": [],
}
@mail(KEY)
def nr02_sluzhba():
    when = kyiv(2013, 12, 3, 9, 47, 31)
    body = (
        "Доброго дня!\n\n"
        "Служба у справах дітей облдержадміністрації просить роз'яснити, чи потрібно подавати "
        "інформацію щодо п. 8 Плану заходів, якщо колегія при службі не утворена (служба не має "
        "статусу управління)?\n\n"
        "І ще питання щодо п. 2: окремої рубрики \"Хід виконання цільових програм\" у нас "
        "немає, звіт про виконання обласної програми \"Діти Чернігівщини\" на 2013 рік "
        "розміщено в розділі управління освіти і науки - чи зараховується це як виконання?\n\n"
        "Інформацію за І півріччя ми надавали листом від 12.06.2013 № 04-11/388.\n\n"
        "Дякую.\n"
        "Шевченко Віра Андріївна,\n"
        "головний спеціаліст Служби у справах дітей облдержадміністрації\n"
        "тел. 67-44-12\n")
    part = text_part(wrap(body), "windows-1251", "base64")
    return message(part, [
        received(when, "SLUZHBA-PC2", "194.44.150.63", qid="E07A51C9D2", secs=2),
        "Message-ID: <001101cef00c$4e6b1a20$3f01a8c0@SLUZHBAPC2>",
        "From: =?windows-1251?B?%s?= <sluzhba-ditei@example.gov.ua>"
        % base64.b64encode("Служба у справах дітей ОДА".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("питання щодо інформації (Відкритий уряд)", "windows-1251"),
        "Date: " + rfcdate(when),
        "MIME-Version: 1.0",
        "X-Priority: 3", "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
    ])


KEY = {
    "class": "not_report", "executor": "rda-korop", "period": 3, "late": False,
    "kind": "not_report", "reason": "extension_request",
    "note": "Asks to move the district's deadline to 20.12; says the answers on «пп. 1, 6, 7, 9» "
            "are prepared and awaiting signature and those on «пп. 10, 12» are being compiled — "
            "a list of measures with nothing reported.",
    "items": [],
}
@mail(KEY)
def nr03_korop():
    when = kyiv(2013, 12, 13, 17, 55, 20)
    paras = [
        "Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації О.В.Гребенюку", "",
        "Шановний Олександре Васильовичу!", "",
        "У зв'язку з перебуванням голови райдержадміністрації у відрядженні та тимчасовою "
        "непрацездатністю відповідального працівника просимо продовжити термін подання "
        "інформації Коропської райдержадміністрації про виконання Плану заходів з підвищення "
        "рівня відкритості та прозорості діяльності виконавчої влади в області за 2013 рік до "
        "20 грудня 2013 року.", "",
        "Інформація по пп. 1, 6, 7, 9 підготовлена і знаходиться на підписі, по пп. 10, 12 — "
        "узагальнюється.", "",
        "З повагою",
        "Керівник апарату райдержадміністрації                 Л.М.Ничипоренко", "",
        "Виконавець: Гончаренко І.В., тел. (04656) 2-14-71",
    ]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "windows-1251").replace("Microsoft Word 14", "Microsoft Word 12")
    alt = Part("multipart/alternative",
               parts=[text_part(wrap(plain), "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_000_0047_01CEF83C.5B0A8E10")
    return message(alt, [
        received(when, "korop-apparat", "194.44.158.140", qid="BC2F0E6D91", secs=3),
        "From: =?windows-1251?B?%s?= <rda-korop@example.gov.ua>"
        % base64.b64encode("Коропська РДА".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Про продовження терміну подання інформації", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <004601cef82b$97d1c6b0$c7755410$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 12.0",
        "Thread-Index: Ac74K5bM1qP0vI3hQ1a0gWnPq0HJ3Q==",
        "Content-Language: uk",
    ])


KEY = {
    "class": "not_report", "executor": "su-zhkh", "period": 3, "late": False,
    "kind": "not_report", "reason": "promise",
    "note": "An Apple Mail note promising the unit's report by 18.12, after a collegium meeting "
            "that will consider the committee head (п. 8) and the draft programme's discussion "
            "(п. 9) — planned work only.",
    "items": [],
}
@mail(KEY)
def nr04_zhkh():
    when = kyiv(2013, 12, 12, 12, 30, 44)
    body = (
        "Доброго дня!\n\n"
        "Інформацію управління житлово-комунального господарства облдержадміністрації про "
        "виконання Плану заходів за ІІ півріччя 2013 року надамо до 18 грудня — після засідання "
        "колегії управління 17.12.2013, на якому планується розглянути питання введення до її "
        "складу голови комітету з питань ЖКГ та енергозбереження Громадської ради (п. 8) та "
        "питання громадського обговорення проекту обласної Програми реформування і розвитку "
        "житлово-комунального господарства на 2014–2016 роки (п. 9).\n\n"
        "Вибачте за затримку.\n\n"
        "Дмитро Козлов\n"
        "заступник начальника управління ЖКГ облдержадміністрації\n"
        "067 502 18 33\n")
    part = text_part(body, "utf-8", "quoted-printable")
    part.ctype = "text/plain;\n\tcharset=utf-8"
    return message(part, [
        received(when, "[192.168.0.102]", "194.44.151.12", qid="4E9C2B7A0D", secs=2),
        "From: " + hdr_name("Дмитро Козлов", "utf-8", q=True) + " <zhkh@example.gov.ua>",
        "Mime-Version: 1.0 (Mac OS X Mail 6.6 \\(1510\\))",
        "Subject: " + hdr_q("Інформація ЖКГ – до 18.12", "utf-8"),
        "Message-Id: <8A2F91C4-53E0-4B6D-9E1A-7C3D5F02B8E4@example.gov.ua>",
        "Date: " + rfcdate(when),
        "To: uvp@cg.ukrtel.net",
        "X-Mailer: Apple Mail (2.1510)",
    ])


KEY = {
    "class": "not_report", "executor": "rda-ichnia", "period": 2, "late": False,
    "kind": "not_report", "reason": "thanks",
    "note": "A New Year thank-you from the district for the methodical guides and the seminar "
            "(the department's measures 13 and 14) — another office's work, named only to thank "
            "for it.",
    "items": [],
}
@mail(KEY)
def nr05_ichnia():
    when = kyiv(2012, 12, 27, 10, 14, 5)
    paras = [
        "Шановні колеги!", "",
        "Ічнянська районна державна адміністрація щиро дякує управлінню з питань внутрішньої "
        "політики та зв'язків з громадськістю облдержадміністрації за надіслані методичні "
        "посібники «Консультації з громадськістю: практичні поради для державних службовців» та "
        "за запрошення наших працівників на навчальний семінар, а також за плідну співпрацю у "
        "2012 році.", "",
        "Вітаємо Вас з Новим 2013 роком та Різдвом Христовим! Бажаємо міцного здоров'я, миру, "
        "злагоди та успіхів у роботі!", "",
        "З повагою",
        "Голова Ічнянської райдержадміністрації                      В.П.Ярошенко",
    ]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "windows-1251").replace("Microsoft Word 14", "Microsoft Word 12")
    alt = Part("multipart/alternative",
               parts=[text_part(wrap(plain), "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_000_0012_01CDE410.7A3C5E20")
    return message(alt, [
        received(when, "ichnia-org", "194.44.156.35", qid="71A3D9E5F0", secs=6),
        "From: =?windows-1251?B?%s?= <rda-ichnia@example.gov.ua>"
        % base64.b64encode("Ічнянська РДА".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("З Новим роком!", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <001201cde3ff$1c2a5e70$547f1b50$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 12.0",
        "Thread-Index: Ac3j/xvX3y9gY0qNTVGmH2Fz5oVb7g==",
        "Content-Language: uk",
    ])


# ------------------------------------------------------------------ rg: ranges ----------
KEY = {
    "class": "ranges", "executor": "rda-mena", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A cumulative .xls with quarter columns whose number cells are «1-2», «6-7, 9», "
            "«10, 12», «16»: each block answered as one counts every measure in it (2 too, "
            "though no district owes it); the «10, 12» block is dashes in all quarters.",
    "items": [{"measure": 1, "source": "Звіт Менської РДА 2013.xls"},
              {"measure": 2, "source": "Звіт Менської РДА 2013.xls"},
              {"measure": 6, "source": "Звіт Менської РДА 2013.xls"},
              {"measure": 7, "source": "Звіт Менської РДА 2013.xls"},
              {"measure": 9, "source": "Звіт Менської РДА 2013.xls"}],
}
@mail(KEY)
def rg01_mena():
    when = kyiv(2013, 12, 12, 15, 10, 5)
    fname = "Звіт Менської РДА 2013.xls"
    paras = ["Добрий день!", "",
             "Надсилаємо інформацію Менської РДА про виконання Плану заходів «Відкритий уряд» "
             "за 2013 рік наростаючим підсумком (по кварталах).", "",
             "Шевчук Наталія", "відділ організаційної роботи та з питань внутрішньої політики",
             "тел. (04644) 2-10-58"]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "windows-1251")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_001_0005_01CEF73E.4C8E9A60")
    n = hdr_q(fname, "windows-1251", fold="\n\t")
    att = att_part(attfile("rg01-mena.xls"), MIME["xls"], 'name="%s"' % n, 'filename="%s"' % n)
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_NextPart_000_0004_01CEF73E.4C8E9A60",
               preamble=enc8("Это сообщение в формате MIME состоит из нескольких частей.\n", "cp1251"))
    return message(top, [
        received(when, "shevchuk-pc", "194.44.159.27", qid="D5A0C3E817", secs=3),
        "From: =?windows-1251?B?%s?= <rda-mena@example.gov.ua>"
        % base64.b64encode("Менська РДА".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Відкритий уряд 2013 - Менська РДА", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <000401cef73e$4c8e9a60$e5abcf20$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 14.0",
        "Thread-Index: Ac73Pkrj0vG4xYb1S+OZ1mX3yC5q8A==",
        "Content-Language: ru",
    ])


KEY = {
    "class": "ranges", "executor": "su-osvita", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A plain Outlook letter answering «По пп. 6-9, 12:» with one paragraph that covers "
            "all five (8 and 12 included), «По п. 1» separately and «По п. 2 – не стосується»; "
            "the incoming letter's number «№ 02-17/2214» and the years 2014–2016 are no measures.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}
@mail(KEY)
def rg02_osvita():
    when = kyiv(2013, 12, 10, 11, 2, 17)
    paras = [
        "Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації", "",
        "Управління освіти і науки облдержадміністрації на Ваш лист від 25.11.2013 № 02-17/2214 "
        "інформує про виконання у 2013 році Плану заходів з підвищення рівня відкритості та "
        "прозорості діяльності виконавчої влади в області.", "",
        "По п. 1: на офіційному веб-сайті управління створено розділ «Публічна інформація», "
        "щомісячно оновлюються розділи «Нормативна база», «Конкурси», «Зовнішнє незалежне "
        "оцінювання»; з вересня сайт працює на новому сервері.", "",
        "По пп. 6-9, 12: протягом 2013 року проведено 5 консультацій з громадськістю (у т.ч. 2 "
        "електронні); члени Громадської ради при облдержадміністрації включені до складу "
        "атестаційної комісії ІІ рівня та колегії управління (голова комітету з гуманітарних "
        "питань Петренко Л.М.); проекти обласної Програми розвитку позашкільної освіти на "
        "2014–2016 роки та наказу «Про мережу загальноосвітніх навчальних закладів» пройшли "
        "громадське обговорення за участю членів громадської ради та антикорупційну експертизу "
        "ГО «Освітній простір», за її результатами 3 пропозиції враховано.", "",
        "По п. 2 – не стосується.", "",
        "Заступник начальника управління                    Г.В.Осадча", "",
        "Пилипенко 67-27-44",
    ]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "windows-1251").replace("Microsoft Word 14", "Microsoft Word 12")
    alt = Part("multipart/alternative",
               parts=[text_part(wrap(plain), "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_000_0021_01CEF59A.3E71B0C0")
    return message(alt, [
        received(when, "osvita-zag", "194.44.150.31", qid="90E1B4F6C3", secs=4),
        "From: " + hdr_name("Управління освіти і науки", "windows-1251") + " <osvita@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("на № 02-17/2214 від 25.11.2013", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <002001cef589$7b1c4e30$71549a90$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 12.0",
        "Thread-Index: Ac71iXrfkHwMQ4kaS2qUzxB7r1mN3w==",
        "Content-Language: uk",
    ])


KEY = {
    "class": "ranges", "executor": "rda-talalaivka", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "A formal letter in .docx sent on the Monday after the deadline: «Щодо пунктів 1 і "
            "12» and «Щодо заходів з 6 по 9 пункти плану» are answered as blocks (8 counts though "
            "districts do not owe it), «Пункт 10» on its own; outgoing numbers, counts and "
            "dates sit next to them.",
    "items": [{"measure": 1, "source": "Лист_Талалаївська РДА_ВУ.docx"},
              {"measure": 6, "source": "Лист_Талалаївська РДА_ВУ.docx"},
              {"measure": 7, "source": "Лист_Талалаївська РДА_ВУ.docx"},
              {"measure": 8, "source": "Лист_Талалаївська РДА_ВУ.docx"},
              {"measure": 9, "source": "Лист_Талалаївська РДА_ВУ.docx"},
              {"measure": 10, "source": "Лист_Талалаївська РДА_ВУ.docx"},
              {"measure": 12, "source": "Лист_Талалаївська РДА_ВУ.docx"}],
}
@mail(KEY)
def rg03_talalaivka():
    when = kyiv(2013, 12, 16, 10, 44, 31)
    fname = "Лист_Талалаївська РДА_ВУ.docx"
    paras = ["Доброго дня.", "",
             "Надсилаємо лист Талалаївської райдержадміністрації від 13.12.2013 № 01-27/1876 "
             "(у вкладенні). Оригінал направлено поштою.", "",
             "Загальний відділ апарату РДА"]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "windows-1251").replace("Microsoft Word 14", "Microsoft Word 12")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_001_0010_01CEFA41.62B3A2F0")
    n = hdr_b(fname, "windows-1251", fold="\n\t")
    att = att_part(attfile("rg03-talalaivka.docx"), MIME["docx"], 'name="%s"' % n,
                   'filename="%s"' % n)
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_NextPart_000_000F_01CEFA41.62B3A2F0",
               preamble="This is a multipart message in MIME format.\n")
    return message(top, [
        received(when, "zagviddil", "194.44.162.9", qid="5C8B7D2E40", secs=5),
        "From: " + hdr_name("Талалаївська РДА", "windows-1251") + " <rda-talalaivka@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("лист № 01-27/1876 від 13.12.2013", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <000e01cefa30$0a1d5e40$1e5b1ac0$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 12.0",
        "Thread-Index: Ac76L/4Qv1jY0k2pRNK8q3W1m8yZ2A==",
        "Content-Language: uk",
    ])


KEY = {
    "class": "ranges", "executor": "rda-semenivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A Russian koi8-r letter for the first deadline: «По пунктам 1 и 6:» and «По п.п. 7, "
            "9 - 10:» answered as blocks in Russian wording, «По п. 12 - общественных экспертиз … "
            "не проводилось» naming its subject; an outgoing letter number and years beside them.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}
@mail(KEY)
def rg04_semenivka():
    when = kyiv(2012, 12, 14, 14, 20, 0)
    paras = [
        "Управлению по вопросам внутренней политики и связей с общественностью "
        "облгосадминистрации", "",
        "Семеновская райгосадминистрация сообщает о выполнении Плана мероприятий по повышению "
        "уровня открытости и прозрачности деятельности исполнительной власти в области за период "
        "с сентября по декабрь 2012 г.", "",
        "По пунктам 1 и 6: на официальном сайте РГА создан раздел «Открытое правительство», "
        "регулярно обновляются разделы «Регуляторная политика» и «Обращения граждан»; в IV "
        "квартале 2012 года проведено 3 консультации с общественностью, в т.ч. общественные "
        "слушания по проекту районного бюджета на 2013 год (29.11.2012).", "",
        "По п.п. 7, 9 – 10: члены общественного совета при РГА включены в состав районной "
        "комиссии по вопросам защиты прав потребителей и координационного совета по делам "
        "молодежи, участвовали в обсуждении проекта районной программы развития образования на "
        "2013-2015 гг.; общественному совету рекомендовано создать рабочую группу по вопросам "
        "открытости и прозрачности (письмо РГА от 02.11.2012 № 01-14/1630).", "",
        "По п. 12 — общественных экспертиз в 2012 г. не проводилось.", "",
        "Зам. главы райгосадминистрации            С.Н.Литвиненко",
        "исп. Кравец 2-13-05",
    ]
    # koi8-r has no guillemets, dashes or «№»: the mailer's text is plain ASCII punctuation
    tr = {"«": '"', "»": '"', "—": "-", "–": "-", "№": "N"}
    paras = ["".join(tr.get(c, c) for c in p) for p in paras]
    plain = "\n".join(paras) + "\n"
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
            '<HTML><HEAD>\n<META content="text/html; charset=koi8-r" http-equiv=Content-Type>\n'
            '<META name=GENERATOR content="MSHTML 8.00.6001.23515"></HEAD>\n'
            '<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody '
            'leftMargin=0 topMargin=0 CanvasTabStop="true" name="Compose message area">\n'
            + "".join("<DIV><FONT size=2 face=Arial>%s</FONT></DIV>\n" % (esc(p) if p else "&nbsp;")
                      for p in paras)
            + "</BODY></HTML>\n")
    alt = Part("multipart/alternative",
               parts=[text8(flowed(plain), "koi8-r", extra=""),
                      text_part(html, "koi8-r", "quoted-printable", "html")],
               boundary="----=_NextPart_000_0018_01CDDA0B.9E4D6C30")
    alt.parts[0].ctype = 'text/plain;\n\tcharset="koi8-r";\n\tformat=flowed;\n\treply-type=original'
    return message(alt, [
        received(when, "SEMENIVKA", "194.44.161.91", qid="A83E0F5D27", secs=3),
        "From: \"Semenivka RDA\" <rda-semenivka@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Информация Семеновской РГА (Открытое правительство)", "koi8-r"),
        "Date: " + rfcdate(when),
        "MIME-Version: 1.0",
        "X-Priority: 3", "X-MSMail-Priority: Normal",
        "Importance: Normal",
        "X-Mailer: Microsoft Windows Live Mail 15.4.3555.308",
        "X-MimeOLE: Produced By Microsoft MimeOLE V15.4.3555.308",
        "Message-ID: <B1F3A7C90E2D4A5B8F61@SEMENIVKA>",
    ])


KEY = {
    "class": "ranges", "executor": "su-mistobuduvannia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An .ods with half-year columns and number cells «1–2» (en dash), «6, 9», «7, 8», "
            "«12», «16»: the first three blocks count every measure in them even where one "
            "half-year says «без змін»; «12» is dashes.",
    "items": [{"measure": 1, "source": "misto_VU_2013.ods"},
              {"measure": 2, "source": "misto_VU_2013.ods"},
              {"measure": 6, "source": "misto_VU_2013.ods"},
              {"measure": 7, "source": "misto_VU_2013.ods"},
              {"measure": 8, "source": "misto_VU_2013.ods"},
              {"measure": 9, "source": "misto_VU_2013.ods"}],
}
@mail(KEY)
def rg05_misto():
    when = kyiv(2013, 12, 11, 9, 30, 12)
    paras = ["Доброго ранку!", "",
             "Надсилаємо інформацію управління містобудування та архітектури "
             "облдержадміністрації про виконання Плану заходів за 2013 рік (файл у форматі "
             "OpenOffice).", "",
             "З повагою",
             "Ірина Мазур",
             "управління містобудування та архітектури облдержадміністрації",
             "тел. 67-29-80"]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "utf-8")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "utf-8", "base64"),
                      text_part(html, "utf-8", "base64", "html")],
               boundary="----=_NextPart_001_0019_01CEF6A1.26C4F540")
    att = att_part(attfile("rg05-misto.ods"), MIME["ods"], 'name="misto_VU_2013.ods"',
                   'filename="misto_VU_2013.ods"')
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_NextPart_000_0018_01CEF6A1.26C4F540",
               preamble="This is a multipart message in MIME format.\n")
    return message(top, [
        received(when, "mazur", "194.44.150.54", qid="2F6D8A1B93", secs=2),
        "From: " + hdr_name("Мазур Ірина", "utf-8") + " <mistobuduvannia@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Інформація УМА (Відкритий уряд, 2013)", "utf-8"),
        "Date: " + rfcdate(when),
        "Message-ID: <001801cef690$dd3c1fd0$97b45f70$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 14.0",
        "Thread-Index: Ac72kN0r3xQm0uN9R0KJ2d8p6a1yBw==",
        "Content-Language: uk",
    ])


# ------------------------------------------------------------------ pr: prose -----------
KEY = {
    "class": "prose", "executor": "uvp", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The department's own year report as a PDF with subject headings and no plan "
            "numbers: nine measures in its own words (web resource, forum, hot line, "
            "consultations, working groups, open-door days, seminars, guides, the public "
            "discussion); a closing sentence only says where materials are published.",
    "items": [{"measure": 3, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 4, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 5, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 6, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 10, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 11, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 13, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 14, "source": "Звіт УВП_Відкритий уряд_2013.pdf"},
              {"measure": 15, "source": "Звіт УВП_Відкритий уряд_2013.pdf"}],
}
@mail(KEY)
def pr01_uvp():
    when = kyiv(2013, 12, 13, 16, 5, 27)
    fname = "Звіт УВП_Відкритий уряд_2013.pdf"
    paras = ["Доброго дня!", "",
             "Надсилаю інформацію про виконання управлінням Плану заходів у 2013 році (з "
             "урахуванням обговорення 12.12) для узагальнення. Підписаний примірник — у "
             "загальному відділі.", "",
             "Наталія Лук'яненко",
             "сектор інформаційно-аналітичної роботи та зв'язків з громадськістю",
             "тел. 67-50-41"]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "utf-8")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "utf-8", "quoted-printable"),
                      text_part(html, "utf-8", "quoted-printable", "html")],
               boundary="_000_0C6D2E9A4F8B41E7A3D5C1B09E7F6A24uvpinfoexamplegovua_")
    n = hdr_b(fname, "utf-8")
    data = attfile("pr01-uvp.pdf")
    att = att_part(data, MIME["pdf"], 'name="%s"' % n,
                   'filename="%s"; size=%d;\n\tcreation-date="Fri, 13 Dec 2013 13:58:02 GMT";\n'
                   '\tmodification-date="Fri, 13 Dec 2013 13:58:02 GMT"' % (n, len(data)),
                   extra_headers=["Content-Description: " + n])
    top = Part("multipart/mixed", parts=[alt, att],
               boundary="_004_0C6D2E9A4F8B41E7A3D5C1B09E7F6A24uvpinfoexamplegovua_")
    return message(top, [
        received(when, "mail.example.gov.ua", "194.44.150.2", qid="C1D07E95A3", secs=2),
        "From: " + hdr_name("Лук'яненко Наталія", "utf-8") + " <uvp-info@example.gov.ua>",
        "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Звіт УВП - Відкритий уряд 2013", "utf-8"),
        "Thread-Topic: " + hdr_b("Звіт УВП - Відкритий уряд 2013", "utf-8"),
        "Thread-Index: Ac74DQv0wC3F4Y8Nm0+8m2Rf9kJz4A==",
        "Date: " + rfcdate(when),
        "Message-ID: <0C6D2E9A4F8B41E7A3D5C1B09E7F6A24@mail.example.gov.ua>",
        "Accept-Language: uk-UA, en-US",
        "Content-Language: uk-UA",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "prose", "executor": "su-sotszakhyst", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An .odt with subject headings and no numbers; its first paragraph covers both "
            "consultations (6) and council members discussing a draft programme (9) and ends "
            "with a passing mention of the web site, which is no report on 1.",
    "items": [{"measure": 6, "source": "Інформація_УПСЗН_2013.odt"},
              {"measure": 7, "source": "Інформація_УПСЗН_2013.odt"},
              {"measure": 8, "source": "Інформація_УПСЗН_2013.odt"},
              {"measure": 9, "source": "Інформація_УПСЗН_2013.odt"},
              {"measure": 12, "source": "Інформація_УПСЗН_2013.odt"}],
}
@mail(KEY)
def pr02_sotszakhyst():
    when = kyiv(2013, 12, 11, 15, 0, 2)
    fname = "Інформація_УПСЗН_2013.odt"
    body = ("Доброго дня!\n\nУ вкладенні інформація управління праці та соціального захисту "
            "населення облдержадміністрації щодо відкритості та прозорості діяльності за 2013 "
            "рік.\n\n-- \nВасиль Приходько\nвідділ організаційно-аналітичної роботи УПСЗН ОДА\n"
            "тел. 67-32-15\n")
    txt = text8(flowed(body), "UTF-8")
    txt.ctype = "text/plain; charset=UTF-8; format=flowed"
    data = attfile("pr02-sotszakhyst.odt")
    att = att_part(data, MIME["odt"], 'name="%s"' % hdr_b(fname, "UTF-8"),
                   rfc2231("filename", fname, piece=60))
    att.ctype = MIME["odt"] + ";\n name=\"%s\"" % hdr_b(fname, "UTF-8")
    top = Part("multipart/mixed", parts=[txt, att], boundary="------------030801020607050400090107",
               preamble="This is a multi-part message in MIME format.")
    return message(top, [
        received(when, "[192.168.3.17]", "194.44.150.40", qid="8B2E6F0D14", secs=3),
        "Message-ID: <52A8619A.8030607@example.gov.ua>",
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Василь Приходько", "UTF-8") + " <sotszakhyst@example.gov.ua>",
        "User-Agent: Mozilla/5.0 (X11; Linux i686; rv:24.0) Gecko/20100101 Thunderbird/24.1.0",
        "MIME-Version: 1.0",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("УПСЗН: відкритість та прозорість, 2013", "UTF-8"),
    ])


KEY = {
    "class": "prose", "executor": "su-arkhiv", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An .rtf letter of the oblast archive in four paragraphs without numbers (site, "
            "expert commission, collegium, expertise); the last says no public expertise took "
            "place and counts because it names the plan's subject.",
    "items": [{"measure": 1, "source": "Arkhiv_inform_2013.rtf"},
              {"measure": 7, "source": "Arkhiv_inform_2013.rtf"},
              {"measure": 8, "source": "Arkhiv_inform_2013.rtf"},
              {"measure": 12, "source": "Arkhiv_inform_2013.rtf"}],
}
@mail(KEY)
def pr03_arkhiv():
    when = kyiv(2013, 12, 10, 10, 21, 33)
    plain = ("Надсилаємо інформацію Державного архіву Чернігівської області про виконання Плану "
             "заходів за 2013 рік.\n\n"
             "Коваленко Т.П., заступник директора\n")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<META content="MSHTML 6.00.2900.6430" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n'
            '<BODY bgColor=#ffffff>\n<DIV><FONT face=Arial size=2>Надсилаємо інформацію '
            'Державного архіву Чернігівської області про виконання Плану заходів за 2013 '
            'рік.</FONT></DIV>\n<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n'
            '<DIV><FONT face=Arial size=2>Коваленко Т.П., заступник директора</FONT></DIV>'
            '</BODY></HTML>\n')
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_001_0007_01CEF5A2.4E1C8A90")
    att = att_part(attfile("pr03-arkhiv.rtf"), "application/msword", 'name="Arkhiv_inform_2013.rtf"',
                   'filename="Arkhiv_inform_2013.rtf"')
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_NextPart_000_0006_01CEF5A2.4E1C8A90",
               preamble="This is a multi-part message in MIME format.\n")
    return message(top, [
        received(when, "ARKHIV-ZAM", "194.44.151.88", qid="E2A9C6B071", secs=4),
        "Message-ID: <000a01cef591$8b6f0d20$5801a8c0@ARKHIVZAM>",
        "From: =?windows-1251?B?%s?= <arkhiv@example.gov.ua>"
        % base64.b64encode("Держархів".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Інформація Держархіву (Відкритий уряд)", "windows-1251"),
        "Date: " + rfcdate(when),
        "MIME-Version: 1.0",
        "X-Priority: 3", "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
    ])


KEY = {
    "class": "prose", "executor": "rda-horodnia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An HTML-only Thunderbird letter (windows-1251, 8bit) with bold run-in headings: "
            "one paragraph holds meetings with residents and hearings (6) and council members "
            "discussing draft orders (9), another a public expertise (12); a closing sentence "
            "about the site is a passing mention.",
    "items": [{"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}
@mail(KEY)
def pr04_horodnia():
    when = kyiv(2013, 12, 9, 13, 33, 0)
    html = (
        '<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; '
        'charset=windows-1251">\n  </head>\n  <body bgcolor="#FFFFFF" text="#000000">\n'
        '    <p>Управління з питань внутрішньої політики та зв\'язків з громадськістю '
        'облдержадміністрації</p>\n'
        '    <p>Городнянська районна державна адміністрація повідомляє про роботу з підвищення '
        'рівня відкритості та прозорості діяльності у 2013 році.</p>\n'
        '    <p><b>Співпраця з громадськістю.</b> Протягом року проведено 8 зустрічей з '
        'мешканцями сіл району та громадські слухання щодо проекту Програми '
        'соціально-економічного та культурного розвитку району на 2014 рік (26.11.2013); члени '
        'громадської ради при райдержадміністрації взяли участь в обговоренні проектів '
        'розпоряджень голови райдержадміністрації «Про затвердження Порядку використання коштів '
        'районного фонду охорони навколишнього природного середовища» та «Про районну програму '
        '«Молодь Городнянщини» на 2014–2015 роки».</p>\n'
        '    <p><b>Громадська експертиза.</b> На запит ГО «Городнянщина – наш дім» надано '
        'матеріали для громадської експертизи діяльності райдержадміністрації щодо надання '
        'адміністративних послуг; за її підсумками розроблено та затверджено план заходів '
        '(розпорядження голови РДА від 21.10.2013 № 347), 5 із 7 заходів уже виконано.</p>\n'
        '    <p>Інформація про проведені заходи розміщується на офіційному веб-сайті '
        'райдержадміністрації.</p>\n'
        '    <p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
        'С.В.Мартиненко<br>\n    </p>\n'
        '    <div class="moz-signature">-- <br>\n      <font size="-1">Загальний відділ '
        'Городнянської РДА, тел. (04645) 2-17-34</font></div>\n  </body>\n</html>\n')
    part = text8(html, "windows-1251", subtype="html")
    part.ctype = "text/html; charset=windows-1251"
    return message(part, [
        received(when, "[192.168.10.3]", "194.44.155.61", qid="3D7F1A0C58", secs=2),
        "Message-ID: <52A5AA5C.6070905@example.gov.ua>",
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Городнянська РДА", "windows-1251") + " <rda-horodnia@example.gov.ua>",
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
        "MIME-Version: 1.0",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("Городнянська РДА - відкритість влади, 2013 рік", "windows-1251"),
    ])


KEY = {
    "class": "prose", "executor": "zvernennia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A .doc «Довідка» about the head's hot line for 2013 written with counts, shares "
            "and hours but no plan number; the web site appears only as an intake form and as "
            "the place where summaries are published.",
    "items": [{"measure": 5, "source": "Гаряча лінія 2013.doc"}],
}
@mail(KEY)
def pr05_zvernennia():
    when = kyiv(2013, 12, 12, 14, 50, 40)
    fname = "Гаряча лінія 2013.doc"
    paras = ["Відділ роботи із зверненнями громадян апарату облдержадміністрації надає довідку "
             "про роботу «гарячої лінії» голови облдержадміністрації у 2013 році (додається).",
             "", "Зінченко Л.В.", "тел. 67-48-00"]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "windows-1251").replace("Microsoft Word 14", "Microsoft Word 12")
    alt = Part("multipart/alternative",
               parts=[text_part(wrap(plain), "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_001_0033_01CEF73D.7D2C4B10")
    n = hdr_b(fname, "windows-1251", fold="\n\t")
    att = att_part(attfile("pr05-zvernennia.doc"), MIME["doc"], 'name="%s"' % n, 'filename="%s"' % n)
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_NextPart_000_0032_01CEF73D.7D2C4B10",
               preamble="This is a multipart message in MIME format.\n")
    return message(top, [
        received(when, "zvern-1", "194.44.150.11", qid="B8E4F2A069", secs=3),
        "From: " + hdr_name("Відділ роботи із зверненнями громадян", "windows-1251")
        + " <zvernennia@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("довідка - гаряча лінія 2013", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <003101cef72c$61a2e9c0$24e8bd40$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 12.0",
        "Thread-Index: Ac73LF+2l3y0dWm8TqK1E4c9q3bS5g==",
        "Content-Language: uk",
    ])


# ------------------------------------------------------------------ fn: foreign_numbers -
KEY = {
    "class": "foreign_numbers", "executor": "su-ekonomika", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A .docx table with a running «№ з/п» (1-7), the plan's number in the second "
            "column (1, 2, 6, 7, 8, 9, 12) and the unit's own internal plan numbering «1.1», "
            "«2.3» in the wording; row 12 is a dash.",
    "items": [{"measure": 1, "source": "Інформація ГУЕ.docx"},
              {"measure": 2, "source": "Інформація ГУЕ.docx"},
              {"measure": 6, "source": "Інформація ГУЕ.docx"},
              {"measure": 7, "source": "Інформація ГУЕ.docx"},
              {"measure": 8, "source": "Інформація ГУЕ.docx"},
              {"measure": 9, "source": "Інформація ГУЕ.docx"}],
}
@mail(KEY)
def fn01_ekonomika():
    when = kyiv(2013, 12, 12, 17, 10, 22)
    fname = "Інформація ГУЕ.docx"
    paras = ["Добрий день!", "",
             "Направляємо інформацію Головного управління економіки облдержадміністрації про "
             "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
             "виконавчої влади в області у 2013 році (згідно з листом від 25.11.2013 № 02-17/2214).",
             "", "С уважением,", "Руденко Ірина Олександрівна",
             "сектор організаційної роботи та контролю ГУЕ", "тел. 67-41-90"]
    plain = "\n".join(paras) + "\n"
    html = word_html(paras, "windows-1251")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="_000_9D3E5A7C1B2F4E60A8D9C7B6E5F4A3B2mailekonomikaexamplego_")
    n = hdr_b(fname, "windows-1251")
    data = attfile("fn01-ekonomika.docx")
    att = att_part(data, MIME["docx"], 'name="%s"' % n,
                   'filename="%s"; size=%d;\n\tcreation-date="Thu, 12 Dec 2013 15:02:51 GMT";\n'
                   '\tmodification-date="Thu, 12 Dec 2013 15:02:51 GMT"' % (n, len(data)),
                   extra_headers=["Content-Description: " + n])
    top = Part("multipart/mixed", parts=[alt, att],
               boundary="_004_9D3E5A7C1B2F4E60A8D9C7B6E5F4A3B2mailekonomikaexamplego_")
    return message(top, [
        received(when, "mail.ekonomika.example.gov.ua", "194.44.150.24", qid="7A2C9E0B51", secs=3),
        "From: " + hdr_name("Руденко Ірина Олександрівна", "windows-1251") + " <ekonomika@example.gov.ua>",
        "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Інформація ГУЕ - Відкритий уряд", "windows-1251"),
        "Thread-Topic: " + hdr_b("Інформація ГУЕ - Відкритий уряд", "windows-1251"),
        "Thread-Index: Ac73TCk3b2r5Q0W6S0yKq1v9Xw8Tjg==",
        "Date: " + rfcdate(when),
        "Message-ID: <9D3E5A7C1B2F4E60A8D9C7B6E5F4A3B2@mail.ekonomika.example.gov.ua>",
        "Accept-Language: ru-RU, uk-UA, en-US",
        "Content-Language: ru-RU",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "foreign_numbers", "executor": "rda-nizhyn", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A plain letter numbered 1.–5. by its own paragraphs: «2.» is consultations (6), "
            "«3.» a working group on openness (10), «4.» advisory bodies (7), «5.» only points "
            "to an earlier letter; the plan's numbers never appear.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 10, "source": "body"}],
}
@mail(KEY)
def fn02_nizhyn():
    when = kyiv(2013, 12, 11, 11, 26, 48)
    body = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Ніжинська районна державна адміністрація повідомляє, що у 2013 році на виконання Плану "
        "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
        "області:\n\n"
        "1. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог постанови "
        "Кабінету Міністрів України від 04.01.2002 № 3: створено розділи \"Громадянське "
        "суспільство і влада\", \"Доступ до публічної інформації\", оновлено розділ "
        "\"Регуляторна діяльність\".\n"
        "2. Проведено 11 консультацій з громадськістю, у тому числі 4 громадські слухання та 2 "
        "електронні консультації.\n"
        "3. На засіданні громадської ради при райдержадміністрації 17.05.2013 за рекомендацією "
        "райдержадміністрації утворено робочу групу з питань відкритості та прозорості "
        "діяльності органів влади (5 осіб).\n"
        "4. До складу 6 дорадчих органів при райдержадміністрації (координаційна рада з питань "
        "розвитку підприємництва, комісія з питань захисту прав дитини та ін.) включено 9 "
        "представників громадських організацій.\n"
        "5. Інформацію за І півріччя надано листом від 13.06.2013 № 01-14/1120.\n\n"
        "Заступник голови райдержадміністрації                      О.М.Кузьменко\n\n"
        "Виконавець Нестеренко Л.П., 2-15-77\n")
    part = text8(wrap(body), "windows-1251")
    return message(part, [
        received(when, "NIZHYN-RDA", "194.44.159.203", qid="0F4D7B2A96", secs=2),
        "Message-ID: <002f01cef657$3a8b1c40$0b01a8c0@NIZHYNRDA>",
        "From: =?windows-1251?B?%s?= <rda-nizhyn@example.gov.ua>"
        % base64.b64encode("Ніжинська РДА".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Інформація Ніжинської РДА", "windows-1251"),
        "Date: " + rfcdate(when),
        "MIME-Version: 1.0",
        "X-Priority: 3", "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
    ])


KEY = {
    "class": "foreign_numbers", "executor": "rda-kulykivka", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An .xlsx with «№ з/п» 1-6 beside «Пункт Плану» 1, 6, 7, 9, 10, 12 and two "
            "half-year columns; the running number never equals the plan number after the "
            "first row; rows 7 and 12 are dashes and «х».",
    "items": [{"measure": 1, "source": "Kulykivka_VU_2013.xlsx"},
              {"measure": 6, "source": "Kulykivka_VU_2013.xlsx"},
              {"measure": 9, "source": "Kulykivka_VU_2013.xlsx"},
              {"measure": 10, "source": "Kulykivka_VU_2013.xlsx"}],
}
@mail(KEY)
def fn03_kulykivka():
    when = kyiv(2013, 12, 13, 12, 0, 31)
    body = ("Доброго дня.\n\nІнформація Куликівської райдержадміністрації щодо виконання плану "
            "заходів \"Відкритий уряд\" за 2013 рік - у вкладенні.\n\n"
            "-- \nГригоренко Світлана\nвідділ організаційної роботи апарату Куликівської РДА\n"
            "(04643) 2-12-50\n")
    txt = text_part(flowed(body), "UTF-8", "8bit")
    txt.body = enc8(flowed(body), "UTF-8")
    txt.ctype = "text/plain; charset=UTF-8; format=flowed"
    att = att_part(attfile("fn03-kulykivka.xlsx"), MIME["xlsx"], 'name="Kulykivka_VU_2013.xlsx"',
                   'filename="Kulykivka_VU_2013.xlsx"')
    att.ctype = MIME["xlsx"] + ';\n name="Kulykivka_VU_2013.xlsx"'
    top = Part("multipart/mixed", parts=[txt, att], boundary="------------070905020408010503070608",
               preamble="This is a multi-part message in MIME format.")
    return message(top, [
        received(when, "[192.168.1.5]", "194.44.158.77", qid="9C1E4B7F20", secs=4),
        "Message-ID: <52AADB4F.2030906@example.gov.ua>",
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Куликівська РДА", "UTF-8") + " <rda-kulykivka@example.gov.ua>",
        "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:10.0.12) Gecko/20130108 Thunderbird/10.0.12",
        "MIME-Version: 1.0",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("Куликівська РДА - Відкритий уряд 2013", "UTF-8"),
    ])


KEY = {
    "class": "foreign_numbers", "executor": "gromrada", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A meeting protocol (PDF) of the Public Council: agenda items 1.-5., decisions "
            "1)-4) and а)-в), vote counts; only agenda items 2 and 3 concern the plan (the "
            "discussion of its execution, the web resource and the forum), and the cover's "
            "«питання 2 і 3 порядку денного» are agenda numbers; item 4's monitoring working "
            "group is not measure 10.",
    "items": [{"measure": 3, "source": "Протокол №9 від 26.11.2013.pdf"},
              {"measure": 4, "source": "Протокол №9 від 26.11.2013.pdf"},
              {"measure": 15, "source": "Протокол №9 від 26.11.2013.pdf"}],
}
@mail(KEY)
def fn04_gromrada():
    when = kyiv(2013, 11, 29, 16, 40, 11)
    fname = "Протокол №9 від 26.11.2013.pdf"
    plain = ("Доброго дня!\n\n"
             "Надсилаємо протокол засідання Громадської ради при облдержадміністрації від "
             "26.11.2013 № 9 (питання 2 і 3 порядку денного стосуються Плану заходів "
             "\"Відкритий уряд\").\n\n"
             "З повагою,\nсекретар Громадської ради\nОксана Рябоконь\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            "</head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            + html_paras(plain.rstrip("\n")) + "</body></html>\n")
    alt = Part("multipart/alternative",
               parts=[text_part(flowed(plain), "UTF-8", "quoted-printable"),
                      text_part(html, "UTF-8", "quoted-printable", "html")],
               boundary="=_5b1c3f0e9a7d2e48c6f1a0b3d9e2c7f4")
    alt.parts[0].ctype = "text/plain; charset=UTF-8;\n format=flowed"
    alt.parts[1].ctype = "text/html; charset=UTF-8"
    att = att_part(attfile("fn04-gromrada.pdf"), MIME["pdf"], 'name="%s"' % hdr_b(fname, "UTF-8"),
                   rfc2231("filename", fname))
    att.ctype = MIME["pdf"] + ';\n name="%s"' % hdr_b(fname, "UTF-8")
    top = Part("multipart/mixed", parts=[alt, att], boundary="=_8e0a4d6c2b1f3e5a7c9d0e2f4a6b8c1d")
    return message(top, [
        received(when, "webmail.example.gov.ua", "194.44.150.2", qid="D74B1E3A0F", secs=2),
        "MIME-Version: 1.0",
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Громадська рада при ОДА", "UTF-8") + " <gromrada@example.gov.ua>",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_q("Протокол засідання Громадської ради № 9", "UTF-8"),
        "Message-ID: <a4e2c0f9b1d73e6c58f2a0d4b7e9c1f3@example.gov.ua>",
        "X-Sender: gromrada@example.gov.ua",
        "User-Agent: Roundcube Webmail/0.9.5",
    ])


KEY = {
    "class": "foreign_numbers", "executor": "cppk", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The training centre's .xls of 2013 seminars with «№ з/п», dates, listener counts "
            "and a «№ навчальної групи» column holding 13, 14, 31, 58, 66; the sheet's title "
            "names п. 13, whose answer the whole table is; the cover only hands it over.",
    "items": [{"measure": 13, "source": "Семінари ЦППК 2013.xls"}],
}
@mail(KEY)
def fn05_cppk():
    when = kyiv(2013, 12, 6, 10, 5, 19)
    fname = "Семінари ЦППК 2013.xls"
    plain = ("Управління з питань внутрішньої політики та зв'язків з громадськістю "
             "облдержадміністрації\n\n"
             "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів "
             "державної влади, органів місцевого самоврядування, державних установ, підприємств і "
             "організацій надсилає інформацію щодо виконання п. 13 Плану заходів (додається).\n\n"
             "Проректор з навчальної роботи                Т.В.Марченко\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 11 (filtered medium)\"></head>"
            "<body lang=UK link=blue vlink=purple><div class=Section1>"
            + "".join("<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;"
                      "font-family:Arial'>%s<o:p></o:p></span></font></p>" % (l or "&nbsp;")
                      for l in plain.split("\n")[:-1])
            + "</div></body></html>\n")
    alt = Part("multipart/alternative",
               parts=[text_part(wrap(plain), "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_001_0016_01CEF26A.1C3B8E50")
    n = hdr_b(fname, "windows-1251", fold="\n\t")
    att = att_part(attfile("fn05-cppk.xls"), MIME["xls"], 'name="%s"' % n, 'filename="%s"' % n)
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_NextPart_000_0015_01CEF26A.1C3B8E50",
               preamble="This is a multi-part message in MIME format.\n")
    return message(top, [
        received(when, "cppk-nmv", "194.44.153.12", qid="4A9E0D6B38", secs=3),
        "From: =?windows-1251?B?%s?= <cppk@example.gov.ua>"
        % base64.b64encode("ЦППК".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("п. 13 Плану заходів - інформація ЦППК", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <001401cef259$5a8f3e10$0d01a8c0@cppknmv>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 11",
        "Thread-Index: Ac7yWVkqkU4t2hb0SX2q9KzZ6b1m0A==",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
    ])


# ------------------------------------------------------------------ pa: personal_address -
KEY = {
    "class": "personal_address", "executor": "rda-bakhmach", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Sent from a clerk's ukr.net box on Friday evening because the office mail is "
            "down; the district is named only in the signature («апарату Бахмацької "
            "райдержадміністрації») and the attached letter, which is addressed to the "
            "department (УВП).",
    "items": [{"measure": 1, "source": "Bakhmach_VU_2013.docx"},
              {"measure": 6, "source": "Bakhmach_VU_2013.docx"},
              {"measure": 7, "source": "Bakhmach_VU_2013.docx"},
              {"measure": 9, "source": "Bakhmach_VU_2013.docx"},
              {"measure": 10, "source": "Bakhmach_VU_2013.docx"},
              {"measure": 12, "source": "Bakhmach_VU_2013.docx"}],
}
@mail(KEY)
def pa01_bakhmach():
    when = kyiv(2013, 12, 13, 18, 22, 7)
    plain = ("Доброго вечора!\n\n"
             "Надсилаю інформацію Бахмацької райдержадміністрації про виконання Плану заходів "
             "щодо відкритості та прозорості за 2013 рік, бо службова пошта з обіду не працює. "
             "Прошу підтвердити отримання.\n\n"
             "Савчук Олена,\n"
             "головний спеціаліст відділу з питань внутрішньої політики, зв'язків з "
             "громадськістю та засобами масової інформації апарату Бахмацької "
             "райдержадміністрації\n"
             "тел. (04635) 2-14-82\n")
    html = ("<div>Доброго вечора!</div><div>&nbsp;</div><div>Надсилаю інформацію Бахмацької "
            "райдержадміністрації про виконання Плану заходів щодо відкритості та прозорості за "
            "2013 рік, бо службова пошта з обіду не працює. Прошу підтвердити отримання.</div>"
            "<div>&nbsp;</div><div>Савчук Олена,</div><div>головний спеціаліст відділу з питань "
            "внутрішньої політики, зв'язків з громадськістю та засобами масової інформації "
            "апарату Бахмацької райдержадміністрації</div><div>тел. (04635) 2-14-82</div>\n")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "utf-8", "base64"), text_part(html, "utf-8", "base64", "html")],
               boundary="----=_Part_1386951727_419872.1386951727")
    att = att_part(attfile("pa01-bakhmach.docx"), MIME["docx"], 'name="Bakhmach_VU_2013.docx"',
                   'filename="Bakhmach_VU_2013.docx"')
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_Part_1386951727_419871.1386951727")
    return message(top, [
        received(when, "frv26.fwdcdn.com", "212.42.77.226", qid="8D3F0A6C21", secs=2),
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Олена Савчук", "utf-8") + " <savchuk_olena78@ukr.net>",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("інформація Бахмацької РДА (відкритий уряд)", "utf-8"),
        "Message-Id: <1386951727.587312915.q2h9a0c3@frv26.fwdcdn.com>",
        "X-Mailer: FREEMAIL (ukr.net)",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "personal_address", "executor": "su-kapbud", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "A deputy head writes from his i.ua box two days after the first deadline; the unit "
            "is named only as «управління капітального будівництва облдержадміністрації» in the "
            "text and the genitive signature, beside the department it is addressed to; four "
            "dash-led lines without numbers, the last a denial naming its subject (9).",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 2, "source": "body"},
              {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"}],
}
@mail(KEY)
def pa02_kapbud():
    when = kyiv(2012, 12, 17, 8, 14, 55)
    plain = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Інформація управління капітального будівництва облдержадміністрації про виконання Плану "
        "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
        "області (IV квартал 2012 року):\n\n"
        "- веб-сторінка управління на офіційному сайті облдержадміністрації наповнюється "
        "відповідно до вимог законодавства: розміщено перелік об'єктів будівництва 2012 року, "
        "інформацію про проведення процедур закупівель, оновлено контакти;\n"
        "- у рубриці \"Хід виконання цільових програм\" розміщено звіт про виконання Програми "
        "будівництва (реконструкції) загальноосвітніх навчальних закладів за 9 місяців 2012 року;\n"
        "- наказом управління від 23.11.2012 № 112 до складу колегії управління введено голову "
        "комітету з питань регіонального розвитку Громадської ради при облдержадміністрації (за "
        "згодою);\n"
        "- члени громадської ради до обговорення проектів не залучались, оскільки проекти "
        "нормативних актів та цільових програм управлінням у IV кварталі не розроблялись.\n\n"
        "Пишу з особистої пошти, бо службова скринька переповнена. Вибачте за затримку.\n\n"
        "Т. Гнатюк, заступник начальника управління капітального будівництва "
        "облдержадміністрації\nтел. 67-36-10\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '</head><body>' + html_paras(plain.rstrip("\n")) + '</body></html>\n')
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "windows-1251", "base64"),
                      text_part(html, "windows-1251", "base64", "html")],
               boundary="----------1355724895-7731")
    return message(alt, [
        received(when, "mx1.i.ua", "91.198.36.14", qid="B26E9F3D70", secs=3),
        "From: " + hdr_name("Тарас Гнатюк", "windows-1251") + " <t.hnatiuk@i.ua>",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("УКБ - інформація по плану", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <1355724895.7731.i.ua@web7.i.ua>",
        "X-Mailer: I.UA Mail",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "personal_address", "executor": "rda-nosivka", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Sent from the training centre's registered box (cppk@) by a district official on "
            "a course there; the district is named in the signature and the attached .doc, "
            "whose table answers 1, 6, 9, 12 and has dashes for 7 and 10; the centre itself "
            "reports nothing.",
    "items": [{"measure": 1, "source": "Носівська РДА - інформація.doc"},
              {"measure": 6, "source": "Носівська РДА - інформація.doc"},
              {"measure": 9, "source": "Носівська РДА - інформація.doc"},
              {"measure": 12, "source": "Носівська РДА - інформація.doc"}],
}
@mail(KEY)
def pa03_nosivka():
    when = kyiv(2013, 12, 5, 13, 5, 33)
    fname = "Носівська РДА - інформація.doc"
    plain = ("Доброго дня!\n\n"
             "Пишу з пошти Центру перепідготовки та підвищення кваліфікації, бо перебуваю на "
             "курсах. Надсилаю інформацію Носівської райдержадміністрації про виконання Плану "
             "заходів за 2013 рік (у вкладенні). Оригінал за підписом голови РДА надішлемо з "
             "робочої скриньки після мого повернення.\n\n"
             "З повагою,\n"
             "Мироненко Ірина Петрівна,\n"
             "начальник відділу організаційної роботи апарату Носівської райдержадміністрації\n"
             "моб. 050-318-44-07\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 11 (filtered medium)\"></head>"
            "<body lang=UK link=blue vlink=purple><div class=Section1>"
            + "".join("<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;"
                      "font-family:Arial'>%s<o:p></o:p></span></font></p>" % (l or "&nbsp;")
                      for l in plain.split("\n")[:-1])
            + "</div></body></html>\n")
    alt = Part("multipart/alternative",
               parts=[text_part(wrap(plain), "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_001_0029_01CEF1C4.27A1D870")
    n = hdr_b(fname, "windows-1251", fold="\n\t")
    att = att_part(attfile("pa03-nosivka.doc"), MIME["doc"], 'name="%s"' % n, 'filename="%s"' % n)
    top = Part("multipart/mixed", parts=[alt, att], boundary="----=_NextPart_000_0028_01CEF1C4.27A1D870",
               preamble="This is a multi-part message in MIME format.\n")
    return message(top, [
        received(when, "cppk-klas2", "194.44.153.12", qid="61C8A0E4B2", secs=4),
        "From: =?windows-1251?B?%s?= <cppk@example.gov.ua>"
        % base64.b64encode("ЦППК".encode("cp1251")).decode(),
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Носівська РДА - інформація (Відкритий уряд)", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <002701cef1b3$d8e5b0a0$0d01a8c0@cppkklas2>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 11",
        "Thread-Index: Ac7xs9fJc0m3R1b8Q9GZl0p2b8vE3A==",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
    ])


KEY = {
    "class": "personal_address", "executor": "rda-sribne", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "A meta.ua letter on the third day of grace from a clerk's home box, addressed to "
            "the head of the department; the district appears in the title and the genitive "
            "signature; «П.10, 12 — не проводились.» is a bare denial for both.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 9, "source": "body"}],
}
@mail(KEY)
def pa04_sribne():
    when = kyiv(2013, 12, 18, 10, 40, 2)
    plain = (
        "Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації Гребенюку О.В.\n\n"
        "Інформація Срібнянської райдержадміністрації про виконання Плану заходів з підвищення "
        "рівня відкритості та прозорості діяльності виконавчої влади в області за 2013 рік\n\n"
        "П.1. Офіційний веб-сайт райдержадміністрації з квітня 2013 р. працює на новому домені, "
        "створено розділи «Бюджет», «Громадська рада», «Публічна інформація».\n"
        "П.6. Проведено 4 консультації з громадськістю (громадські слухання щодо проекту "
        "районного бюджету на 2014 рік, зустрічі з жителями с. Дігтярі та смт Срібне щодо "
        "ремонту доріг і вуличного освітлення).\n"
        "П.7. Голову громадської ради при РДА включено до складу районної комісії з питань "
        "техногенно-екологічної безпеки і надзвичайних ситуацій, 2 представників ГО — до складу "
        "координаційної ради з питань молоді.\n"
        "П.9. Проект районної програми «Питна вода» на 2014 рік обговорено на засіданні "
        "громадської ради 19.11.2013.\n"
        "П.10, 12 — не проводились.\n\n"
        "Вибачте за запізнення — відповідальна особа була на лікарняному, надсилаю з домашньої "
        "пошти.\n\n"
        "З повагою, Ковтун Віра Миколаївна,\n"
        "головний спеціаліст відділу організаційної роботи апарату Срібнянської "
        "райдержадміністрації\n")
    part = text_part(plain, "windows-1251", "quoted-printable")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '</head><body><div style="font-family: Arial; font-size: 10pt">'
            + html_paras(plain.rstrip("\n")) + '</div></body></html>\n')
    alt = Part("multipart/alternative",
               parts=[part, text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="--meta-7f3a1c92e0b84d56")
    return message(alt, [
        received(when, "mail.meta.ua", "194.0.131.25", qid="E5A07C3B19", secs=2),
        "Date: " + rfcdate(when),
        "From: " + hdr_name("Віра Ковтун", "windows-1251") + " <vira.kovtun@meta.ua>",
        "To: uvp@cg.ukrtel.net",
        "Subject: " + hdr_b("Срібнянська РДА інформація за 2013", "windows-1251"),
        "Message-ID: <20131218084002.3F1A27C0@mail.meta.ua>",
        "X-Mailer: META.UA webmail",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "personal_address", "executor": "su-simia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Gmail on a Saturday night from the unit's head of section: a .docx table (row 8 "
            "only «Див. наказ, що додається») and a PDF order on the collegium's membership, "
            "mostly legal boilerplate and a member list, whose one line naming the Public "
            "Council committee's head answers 8.",
    "items": [{"measure": 1, "source": "Інформація УСМС 2013.docx"},
              {"measure": 6, "source": "Інформація УСМС 2013.docx"},
              {"measure": 7, "source": "Інформація УСМС 2013.docx"},
              {"measure": 8, "source": "Наказ №112 про склад колегії.pdf"},
              {"measure": 9, "source": "Інформація УСМС 2013.docx"}],
}
@mail(KEY)
def pa05_simia():
    when = kyiv(2013, 12, 14, 21, 32, 18)
    f1, f2 = "Інформація УСМС 2013.docx", "Наказ №112 про склад колегії.pdf"
    plain = ("Доброго вечора, Олександре Васильовичу!\n\n"
             "Надсилаю інформацію управління у справах сім'ї, молоді та спорту "
             "облдержадміністрації за 2013 рік та копію наказу про склад колегії (по п. 8). З "
             "робочої пошти не відправляється - великий файл.\n\n"
             "З повагою,\nНаталія Костенко,\nначальник відділу організаційно-аналітичної роботи\n"
             "управління у справах сім'ї, молоді та спорту облдержадміністрації\n067-463-21-95\n")
    html = ('<div dir="ltr">' + "<br>".join(
        l.replace("&", "&amp;") for l in plain.rstrip("\n").split("\n")) + "</div>\n")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "UTF-8", "quoted-printable"),
                      text_part(html, "UTF-8", "quoted-printable", "html")],
               boundary="001a11c2b04e7c3b5c04ed86e511")
    alt.parts[0].ctype = "text/plain; charset=UTF-8"
    alt.parts[1].ctype = "text/html; charset=UTF-8"
    a1 = att_part(attfile("pa05-simia.docx"), MIME["docx"], 'name="%s"' % hdr_b(f1, "UTF-8"),
                  'filename="%s"' % hdr_b(f1, "UTF-8"), extra_headers=["X-Attachment-Id: f_hp6n2x1a0"])
    a2 = att_part(attfile("pa05-simia-nakaz.pdf"), MIME["pdf"], 'name="%s"' % hdr_b(f2, "UTF-8"),
                  'filename="%s"' % hdr_b(f2, "UTF-8"), extra_headers=["X-Attachment-Id: f_hp6n3c8k1"])
    for a in (a1, a2):
        a.ctype = a.ctype.replace(";\n\t", "; ")
        a.headers[1] = a.headers[1].replace(";\n\t", "; ")
    top = Part("multipart/mixed", parts=[alt, a1, a2], boundary="001a11c2b04e7c3b6104ed86e513")
    return message(top, [
        received(when, "mail-la0-f44.google.com", "209.85.215.44", qid="0A5E8C2D71", secs=3),
        "MIME-Version: 1.0",
        "X-Received: by 10.112.148.34 with SMTP id tp2mr8462735lbb.21.1387049538174;",
        " Sat, 14 Dec 2013 11:32:18 -0800 (PST)",
        "Date: " + rfcdate(when),
        "Message-ID: <CAK3vN0kq8m1Rj5x2bTzY7pGf9Wd_4sE0hLr6aUoQ1cV8n2tXmw@mail.gmail.com>",
        "Subject: " + hdr_b("інформація УСМС за 2013 рік + наказ", "UTF-8"),
        "From: " + hdr_name("Наталія Костенко", "UTF-8") + " <natalia.kostenko.cn@gmail.com>",
        "To: uvp@cg.ukrtel.net",
    ])


# ------------------------------------------------------------------ mx: mixed -----------
KEY = {
    "class": "mixed", "executor": "rda-pryluky", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "Monday's re-send of Friday's report that went to a mistyped address "
            "(uvp@cg.ukrtel.ne) and bounced: the original travels as a message/rfc822 "
            "attachment with its .xls, which is delivered only now and counts whole.",
    "items": [{"measure": 1, "source": "Прилуцька РДА_2013.xls"},
              {"measure": 6, "source": "Прилуцька РДА_2013.xls"},
              {"measure": 7, "source": "Прилуцька РДА_2013.xls"},
              {"measure": 10, "source": "Прилуцька РДА_2013.xls"}],
}
@mail(KEY)
def mx01_pryluky():
    when = kyiv(2013, 12, 16, 8, 31, 10)
    first = kyiv(2013, 12, 13, 16, 12, 40)
    fname = "Прилуцька РДА_2013.xls"
    # the original letter of Friday, as it left the office (to the mistyped address)
    p_in = ["Управління з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації", "",
            "Надаємо інформацію Прилуцької райдержадміністрації про виконання Плану заходів з "
            "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за "
            "2013 рік.", "", "Додаток: на 1 арк.", "",
            "Керівник апарату райдержадміністрації                   Н.В.Власенко"]
    plain_in = "\n".join(p_in) + "\n"
    alt_in = Part("multipart/alternative",
                  parts=[text_part(wrap(plain_in), "windows-1251", "quoted-printable"),
                         text_part(word_html(p_in, "windows-1251").replace("Microsoft Word 14",
                                                                            "Microsoft Word 12"),
                                   "windows-1251", "quoted-printable", "html")],
                  boundary="----=_NextPart_001_0061_01CEF82F.1A4B5C70")
    n = hdr_b(fname, "windows-1251", fold="\n\t")
    att_in = att_part(attfile("mx01-pryluky.xls"), MIME["xls"], 'name="%s"' % n, 'filename="%s"' % n)
    inner = Part("multipart/mixed", parts=[alt_in, att_in], boundary="----=_NextPart_000_0060_01CEF82F.1A4B5C70",
                 preamble="This is a multipart message in MIME format.\n")
    inner_text = inner.render(top_headers=[
        "From: " + hdr_name("Прилуцька РДА", "windows-1251") + " <rda-pryluky@example.gov.ua>",
        "To: <uvp@cg.ukrtel.ne>",
        "Subject: " + hdr_b("Інформація Прилуцької РДА - Відкритий уряд 2013", "windows-1251"),
        "Date: " + rfcdate(first),
        "Message-ID: <005f01cef81e$6a2f1d30$3e8d5790$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 12.0",
        "Thread-Index: Ac74HmnWZ8T4wNn0RQ6Cq1d7lL0e3g==",
        "Content-Language: uk",
    ])
    fw = Part("message/rfc822", inner_text, ["Content-Disposition: attachment"])
    p_out = ["Доброго ранку!", "",
             "У п'ятницю 13.12 надсилали інформацію Прилуцької РДА про виконання Плану заходів, "
             "але помилилися в адресі - лист повернувся. Пересилаємо ще раз (лист у вкладенні).",
             "", "Вибачте.", "Загальний відділ апарату Прилуцької РДА, тел. (04637) 3-04-18"]
    plain_out = "\n".join(p_out) + "\n"
    alt = Part("multipart/alternative",
               parts=[text_part(wrap(plain_out), "windows-1251", "quoted-printable"),
                      text_part(word_html(p_out, "windows-1251").replace("Microsoft Word 14",
                                                                         "Microsoft Word 12"),
                                "windows-1251", "quoted-printable", "html")],
               boundary="----=_NextPart_001_0071_01CEFA6F.2C0D9B40")
    top = Part("multipart/mixed", parts=[alt, fw], boundary="----=_NextPart_000_0070_01CEFA6F.2C0D9B40",
               preamble="This is a multipart message in MIME format.\n")
    return message(top, [
        received(when, "pryluky-zag", "194.44.160.12", qid="2E9A7F0C64", secs=3),
        "From: " + hdr_name("Прилуцька РДА", "windows-1251") + " <rda-pryluky@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("FW: Інформація Прилуцької РДА - Відкритий уряд 2013", "windows-1251"),
        "Date: " + rfcdate(when),
        "Message-ID: <007001cefa5e$f6e1a2c0$e4a4e840$@example.gov.ua>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 12.0",
        "Thread-Index: Ac74HmnWZ8T4wNn0RQ6Cq1d7lL0e3gCTBk6w",
        "Content-Language: uk",
    ])


KEY = {
    "class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A correction «замість раніше надісланої»: the new .docx counts, while the earlier "
            "letter of 10.12 (sent to this mailbox) rides along as message/rfc822 with the old "
            "document, whose similar table is the old report and counts for nothing now.",
    "items": [{"measure": 1, "source": "Інформація_Чернігівська РДА_уточнена.docx"},
              {"measure": 6, "source": "Інформація_Чернігівська РДА_уточнена.docx"},
              {"measure": 7, "source": "Інформація_Чернігівська РДА_уточнена.docx"},
              {"measure": 9, "source": "Інформація_Чернігівська РДА_уточнена.docx"},
              {"measure": 12, "source": "Інформація_Чернігівська РДА_уточнена.docx"}],
}
@mail(KEY)
def mx02_chernihiv():
    when = kyiv(2013, 12, 12, 9, 12, 45)
    first = kyiv(2013, 12, 10, 16, 2, 19)
    f_new, f_old = "Інформація_Чернігівська РДА_уточнена.docx", "Інформація_Чернігівська РДА.docx"
    p_in = ["Добрий день!", "",
            "Надаємо інформацію Чернігівської райдержадміністрації про виконання Плану заходів "
            "«Відкритий уряд» у 2013 році (у вкладенні).", "",
            "Дорошенко Алла", "відділ з питань внутрішньої політики апарату РДА"]
    alt_in = Part("multipart/alternative",
                  parts=[text_part("\n".join(p_in) + "\n", "utf-8", "base64"),
                         text_part(word_html(p_in, "utf-8"), "utf-8", "base64", "html")],
                  boundary="_000_F1E2D3C4B5A6978877665544332211AAmailrdachernihivexa_")
    data_old = attfile("mx02-chernihiv-old.docx")
    n_old = hdr_b(f_old, "utf-8")
    att_old = att_part(data_old, MIME["docx"], 'name="%s"' % n_old,
                       'filename="%s"; size=%d' % (n_old, len(data_old)),
                       extra_headers=["Content-Description: " + n_old])
    inner = Part("multipart/mixed", parts=[alt_in, att_old],
                 boundary="_004_F1E2D3C4B5A6978877665544332211AAmailrdachernihivexa_")
    inner_text = inner.render(top_headers=[
        "From: " + hdr_name("Дорошенко Алла Вікторівна", "utf-8") + " <rda-chernihiv@example.gov.ua>",
        "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Інформація Чернігівської РДА (Відкритий уряд)", "utf-8"),
        "Date: " + rfcdate(first),
        "Message-ID: <F1E2D3C4B5A6978877665544332211AA@mail.rda-chernihiv.example.gov.ua>",
        "Content-Language: uk-UA",
        "X-MS-Has-Attach: yes",
        "MIME-Version: 1.0",
    ])
    fw = Part("message/rfc822", inner_text, ["Content-Disposition: attachment"])
    p_out = ["Добрий день!", "",
             "Просимо вважати недійсною інформацію, надіслану 10.12.2013 (помилково надіслано "
             "проект документа, в якому не враховано розпорядження голови РДА від 29.11.2013 "
             "№ 512 та частково наведено дані за 2012 рік).", "",
             "Надсилаємо уточнену інформацію Чернігівської райдержадміністрації замість раніше "
             "надісланої. Попередній лист — у вкладенні для довідки.", "",
             "Дорошенко Алла", "відділ з питань внутрішньої політики апарату РДА",
             "тел. 77-31-06"]
    alt = Part("multipart/alternative",
               parts=[text_part("\n".join(p_out) + "\n", "utf-8", "base64"),
                      text_part(word_html(p_out, "utf-8"), "utf-8", "base64", "html")],
               boundary="_000_0AA1122334455667788B9C8D7E6F5A4Bmailrdachernihivexa_")
    data_new = attfile("mx02-chernihiv-new.docx")
    n_new = hdr_b(f_new, "utf-8")
    att_new = att_part(data_new, MIME["docx"], 'name="%s"' % n_new,
                       'filename="%s"; size=%d' % (n_new, len(data_new)),
                       extra_headers=["Content-Description: " + n_new])
    top = Part("multipart/mixed", parts=[alt, att_new, fw],
               boundary="_006_0AA1122334455667788B9C8D7E6F5A4Bmailrdachernihivexa_")
    return message(top, [
        received(when, "mail.rda-chernihiv.example.gov.ua", "194.44.154.30", qid="A0C4E9B2F7", secs=2),
        "From: " + hdr_name("Дорошенко Алла Вікторівна", "utf-8") + " <rda-chernihiv@example.gov.ua>",
        "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Уточнена інформація Чернігівської РДА (замість надісланої 10.12)",
                            "utf-8"),
        "Thread-Topic: " + hdr_b("Уточнена інформація Чернігівської РДА", "utf-8"),
        "Thread-Index: Ac72K7n0Ym3X1cP2R0aLrW8s5eJ7vwBGLx0Q",
        "Date: " + rfcdate(when),
        "Message-ID: <0AA1122334455667788B9C8D7E6F5A4B@mail.rda-chernihiv.example.gov.ua>",
        "Accept-Language: uk-UA, en-US",
        "Content-Language: uk-UA",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "mixed", "executor": "su-zdorovia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook Word HTML with an inline logo (multipart/related) whose cover hands over "
            "pp. 6, 9, 12 in an .xls but reports the site and the collegium (1, 8) itself in "
            "«Додатково повідомляємо …»; body and attachment cover different measures.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "Інформація УОЗ_2013.xls"},
              {"measure": 8, "source": "body"},
              {"measure": 9, "source": "Інформація УОЗ_2013.xls"},
              {"measure": 12, "source": "Інформація УОЗ_2013.xls"}],
}
@mail(KEY)
def mx03_zdorovia():
    when = kyiv(2013, 12, 13, 11, 48, 9)
    fname = "Інформація УОЗ_2013.xls"
    paras = [
        "Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації", "",
        "Управління охорони здоров'я облдержадміністрації надає інформацію щодо виконання пп. 6, "
        "9, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
        "влади в області у 2013 році (таблиця додається).", "",
        "Додатково повідомляємо, що на офіційному веб-сайті управління у 2013 році створено "
        "розділ «Медична реформа» та оновлено розділ «Доступ до публічної інформації», а наказом "
        "управління від 02.09.2013 № 611 до складу колегії управління введено голову комітету з "
        "питань охорони здоров'я та соціального захисту Громадської ради при "
        "облдержадміністрації Мироненка В.А. (за згодою).", "",
        "З повагою",
    ]
    sig = ["Ганна Бойко", "головний спеціаліст відділу кадрової та організаційної роботи",
           "Управління охорони здоров'я облдержадміністрації", "тел. 67-15-30"]
    plain = "\n".join(paras) + "\n[cid:image001.png@01CEF7F1.5A2B3C40]\n" + "\n".join(sig) + "\n"
    html_paras_ = paras + ['<span lang=RU style=\'mso-fareast-language:UK\'><img width=120 '
                           'height=40 id="Рисунок_x0020_1" src="cid:image001.png@01CEF7F1.5A2B3C40" '
                           'alt="logo"></span>'] + ["<b>%s</b>" % sig[0]] + sig[1:]
    html = word_html(html_paras_, "windows-1251")
    alt = Part("multipart/alternative",
               parts=[text_part(plain, "windows-1251", "quoted-printable"),
                      text_part(html, "windows-1251", "quoted-printable", "html")],
               boundary="_000_7E8F9A0B1C2D3E4F50617283940A1B2Cmailzdoroviaexamplego_")
    png = tiny_png()
    img = Part('image/png; name="image001.png"', b64(png),
               ["Content-Description: image001.png",
                'Content-Disposition: inline; filename="image001.png"; size=%d;\n'
                '\tcreation-date="Fri, 13 Dec 2013 09:48:09 GMT";\n'
                '\tmodification-date="Fri, 13 Dec 2013 09:48:09 GMT"' % len(png),
                "Content-ID: <image001.png@01CEF7F1.5A2B3C40>",
                "Content-Transfer-Encoding: base64"])
    rel = Part('multipart/related;\n\ttype="multipart/alternative"', parts=[alt, img],
               boundary="_005_7E8F9A0B1C2D3E4F50617283940A1B2Cmailzdoroviaexamplego_")
    data = attfile("mx03-zdorovia.xls")
    n = hdr_b(fname, "windows-1251")
    att = att_part(data, MIME["xls"], 'name="%s"' % n,
                   'filename="%s"; size=%d;\n\tcreation-date="Fri, 13 Dec 2013 09:40:12 GMT";\n'
                   '\tmodification-date="Fri, 13 Dec 2013 09:40:12 GMT"' % (n, len(data)),
                   extra_headers=["Content-Description: " + n])
    top = Part("multipart/mixed", parts=[rel, att],
               boundary="_006_7E8F9A0B1C2D3E4F50617283940A1B2Cmailzdoroviaexamplego_")
    return message(top, [
        received(when, "mail.zdorovia.example.gov.ua", "194.44.150.70", qid="5B1D8E3C02", secs=4),
        "From: " + hdr_name("Бойко Ганна Степанівна", "windows-1251") + " <zdorovia@example.gov.ua>",
        "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("УОЗ - виконання Плану заходів (Відкритий уряд) 2013", "windows-1251"),
        "Thread-Topic: " + hdr_b("УОЗ - виконання Плану заходів (Відкритий уряд) 2013", "windows-1251"),
        "Thread-Index: Ac73509m1nE2Rt0lQX2m8k4pY6w3Aw==",
        "Date: " + rfcdate(when),
        "Message-ID: <7E8F9A0B1C2D3E4F50617283940A1B2C@mail.zdorovia.example.gov.ua>",
        "Accept-Language: uk-UA, ru-RU, en-US",
        "Content-Language: uk-UA",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])


KEY = {
    "class": "mixed", "executor": "rda-borzna", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A document-system (CDO) mail sent on Sunday evening, 15.12, hours before the "
            "deadline ends, with two koi8-u-named .doc attachments, the June half-year note "
            "re-sent beside the new one; each counts for what it states, with «без змін», «—» "
            "and a bare «не проводились» left out.",
    "items": [{"measure": 1, "source": "Довідка_І півріччя 2013.doc"},
              {"measure": 1, "source": "Довідка_ІІ півріччя 2013.doc"},
              {"measure": 6, "source": "Довідка_І півріччя 2013.doc"},
              {"measure": 6, "source": "Довідка_ІІ півріччя 2013.doc"},
              {"measure": 7, "source": "Довідка_ІІ півріччя 2013.doc"},
              {"measure": 9, "source": "Довідка_І півріччя 2013.doc"},
              {"measure": 10, "source": "Довідка_ІІ півріччя 2013.doc"},
              {"measure": 12, "source": "Довідка_ІІ півріччя 2013.doc"}],
}
@mail(KEY)
def mx04_borzna():
    when = kyiv(2013, 12, 15, 20, 5, 40)
    f1, f2 = "Довідка_І півріччя 2013.doc", "Довідка_ІІ півріччя 2013.doc"
    plain = ("Вих. N 03-08/2011 від 13.12.2013\n\n"
             "Інформація Борзнянської районної державної адміністрації про виконання Плану "
             "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
             "області за 2013 рік: довідка за І півріччя (надсилалась 14.06.2013) та довідка за "
             "ІІ півріччя.\n\n"
             "Документ надіслано із системи електронного документообігу Борзнянської РДА.\n")
    txt = text_part(wrap(plain), "koi8-u", "quoted-printable")
    a1 = att_part(attfile("mx04-borzna-1.doc"), MIME["doc"], 'name="%s"' % hdr_b(f1, "koi8-u"),
                  'filename="%s"' % hdr_b(f1, "koi8-u"))
    a2 = att_part(attfile("mx04-borzna-2.doc"), MIME["doc"], 'name="%s"' % hdr_b(f2, "koi8-u"),
                  'filename="%s"' % hdr_b(f2, "koi8-u"))
    top = Part("multipart/mixed", parts=[txt, a1, a2],
               boundary="----=_NextPart_000_0003_01CEF9C2.8D4E2A10",
               preamble="This is a multi-part message in MIME format.\n")
    return message(top, [
        received(when, "docnet.borzna.local", "194.44.154.118", qid="C6F20A9E13", secs=4),
        "Thread-Topic: " + hdr_b("Вих. N 03-08/2011 від 13.12.2013", "koi8-u"),
        "thread-index: Ac75uRjW3kq0fXb9Q7mB2cE4tP1zNg==",
        "From: <rda-borzna@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Вих. N 03-08/2011 від 13.12.2013", "koi8-u"),
        "Date: " + rfcdate(when),
        "Message-ID: <A7C1E0F24B3D4E59@docnet.borzna.local>",
        "MIME-Version: 1.0",
        "Content-Class: urn:content-classes:message",
        "Importance: normal",
        "Priority: normal",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4862",
    ])


KEY = {
    "class": "mixed", "executor": "rda-koriukivka", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "The half-year letter arrives two days late with its plain body declared koi8-r "
            "but written in windows-1251 bytes (garbled until re-decoded); the body answers "
            "1, 6, 7, 9, 10 («п. 12 – без змін» says nothing) and the .xls lists the "
            "consultations (6) again.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 6, "source": "Додаток до листа.xls"},
              {"measure": 7, "source": "body"},
              {"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"}],
}
@mail(KEY)
def mx05_koriukivka():
    when = kyiv(2013, 6, 17, 14, 21, 37)
    fname = "Додаток до листа.xls"
    body = (
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
        "Корюківська райдержадміністрація інформує про виконання Плану заходів з підвищення "
        "рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя "
        "2013 року.\n\n"
        "п. 1 – офіційний веб-сайт райдержадміністрації наповнюється згідно з вимогами "
        "законодавства, створено розділ «Доступ до публічної інформації», розміщено звіт про "
        "виконання районного бюджету за 2012 рік;\n"
        "п. 6 – проведено 5 консультацій з громадськістю (перелік додається);\n"
        "п. 7 – до складу районної координаційної ради з питань розвитку підприємництва включено "
        "3 представників громадських організацій;\n"
        "п. 9 – проект районної програми «Охорона здоров'я» на 2013–2015 роки обговорено за "
        "участю членів громадської ради при РДА 22.05.2013;\n"
        "п. 10 – громадській раді рекомендовано створити робочу групу з питань відкритості та "
        "прозорості (лист від 03.05.2013 № 01-09/744);\n"
        "п. 12 – без змін.\n\n"
        "Вибачте, що із запізненням.\n\n"
        "Заступник голови райдержадміністрації                 А.І.Ступак\n"
        "Виконавець: Данилюк О.В., тел. (04657) 2-12-91\n")
    # The office's mailer declares koi8-r but writes the text in windows-1251.
    part = Part('text/plain;\n\tcharset="koi8-r"', wrap(body).encode("cp1251").decode("latin-1"),
                ["Content-Transfer-Encoding: 8bit"])
    n = hdr_b(fname, "windows-1251", fold="\n\t")
    att = att_part(attfile("mx05-koriukivka.xls"), MIME["xls"], 'name="%s"' % n, 'filename="%s"' % n)
    top = Part("multipart/mixed", parts=[part, att], boundary="----=_NextPart_000_0011_01CE6B5E.4A7C1D20",
               preamble="This is a multi-part message in MIME format.\n")
    return message(top, [
        received(when, "KORIUKIVKA-1", "194.44.158.22", qid="93A0E7C5B4", secs=5),
        "Message-ID: <001001ce6b4d$87f2c1a0$1601a8c0@KORIUKIVKA1>",
        "From: \"Koriukivka RDA\" <rda-koriukivka@example.gov.ua>",
        "To: <uvp@cg.ukrtel.net>",
        "Subject: " + hdr_b("Інформація Корюківської РДА за І півріччя", "windows-1251"),
        "Date: " + rfcdate(when),
        "MIME-Version: 1.0",
        "X-Priority: 3", "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
    ])


# =======================================================================================
# Checks and output
# =======================================================================================
KEY_FIELDS = ["class", "executor", "period", "late", "kind", "reason", "note", "items"]


def attachment_names(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.append(fn)
    return names


def check(name, key, data):
    errs = []
    prefix = name[:2]
    if list(key) != KEY_FIELDS:
        errs.append("key fields %s" % list(key))
    if CLASSES.get(prefix) != key["class"]:
        errs.append("class %r does not match prefix %r" % (key["class"], prefix))
    if key["executor"] not in EXECUTORS:
        errs.append("unknown executor %r" % key["executor"])
    if key["class"] == "not_report":
        if key["kind"] != "not_report" or key["reason"] not in REASONS or key["items"]:
            errs.append("not_report key must have kind not_report, a reason and no items")
    else:
        if key["kind"] != "report" or key["reason"] is not None or not key["items"]:
            errs.append("report key must have kind report, reason null and items")
    pairs = [(i["measure"], i["source"]) for i in key["items"]]
    if any(sorted(i) != ["measure", "source"] for i in key["items"]):
        errs.append("item fields")
    if pairs != sorted(set(pairs)):
        errs.append("items not sorted/unique: %s" % pairs)
    if any(not (1 <= m <= 15) for m, _ in pairs):
        errs.append("measure outside 1-15")
    if not key["note"] or len(key["note"]) < 20:
        errs.append("note missing")
    # the message itself
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("line ends are not all CRLF")
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        errs.append("line longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    first = data.split(b"\r\n", 1)[0]
    if not first.startswith(b"Received:"):
        errs.append("top header is not Received")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing %s" % h)
    date = email.utils.parsedate_to_datetime(str(msg["Date"]))
    rec = email.utils.parsedate_to_datetime(msg.get_all("Received")[0].rsplit(";", 1)[1].split("(")[0].strip())
    delta = (rec - date).total_seconds()
    if not (0 < delta <= 30) or rec.astimezone(KYIV).date() != date.astimezone(KYIV).date():
        errs.append("Received %s not a few seconds after Date %s on the same Kyiv day" % (rec, date))
    per, late = period_of(date)
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late from Date: %s/%s, key %s/%s" % (per, late, key["period"], key["late"]))
    if not (dt.date(2012, 1, 1) <= date.astimezone(KYIV).date() <= dt.date(2013, 12, 31)):
        errs.append("Date outside 2012-2013")
    sender = msg["From"].addresses[0].addr_spec.lower()
    if "  " in msg["From"].addresses[0].display_name:
        errs.append("From display name decodes with a double space")
    to = [a.addr_spec.lower() for a in msg["To"].addresses]
    if MAILBOX not in to:
        errs.append("To is not the mailbox")
    registered = {a for v in EXECUTORS.values() for a in v}
    if key["class"] == "personal_address":
        if sender in EXECUTORS[key["executor"]] or sender == MAILBOX:
            errs.append("personal_address sent from the executor's own box")
    elif sender not in EXECUTORS.get(key["executor"], []):
        errs.append("sender %s is not a registered address of %s" % (sender, key["executor"]))
    if sender not in registered and not re.search(r"@(gmail\.com|ukr\.net|i\.ua|meta\.ua)$", sender):
        errs.append("sender %s neither registered nor a private box" % sender)
    names = attachment_names(msg)
    for m, src in pairs:
        if src != "body" and src not in names:
            errs.append("source %r not among attachments %s" % (src, names))
    # every text part must decode in its declared charset (mx05's is declared wrongly on purpose)
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                part.get_content()
            except Exception as e:  # noqa
                errs.append("text part does not decode: %s" % e)
    return errs


def main():
    load_plan()
    write = "--check" not in sys.argv
    built, problems = [], []
    for name, key, fn in MAILS:
        data = fn()
        errs = check(name, key, data)
        problems += ["%s: %s" % (name, e) for e in errs]
        built.append((name, key, data))
    counts = {}
    for name, key, _ in built:
        counts[name[:2]] = counts.get(name[:2], 0) + 1
    if len(built) != 40 or any(counts.get(p) != 5 for p in CLASSES):
        problems.append("need 40 mails, 5 per class: %s" % counts)
    names = [n for n, _, _ in built]
    if len(set(names)) != len(names):
        problems.append("duplicate mail names")
    measures = {i["measure"] for _, k, _ in built for i in k["items"]}
    if measures != set(range(1, 16)):
        problems.append("measures never reported: %s" % sorted(set(range(1, 16)) - measures))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    if write:
        for name, key, data in built:
            (HERE / (name + ".eml")).write_bytes(data)
            (HERE / (name + ".expected.json")).write_text(
                json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    items = sum(len(k["items"]) for _, k, _ in built)
    execs = len({k["executor"] for _, k, _ in built})
    print("%d mails, %d items, %d executors, classes %s%s"
          % (len(built), items, execs, counts, "" if write else " (checked only)"))


if __name__ == "__main__":
    main()
