#!/usr/bin/env python3
"""Build the «parish» corpus: 40 report e-mails from district administrations (РДА) and a few
other executors of the Chernihiv Open Government plan, with a hand-written key for each.

Usage:  python3 make.py            build every NAME.eml and NAME.expected.json, then check them
        python3 make.py --convert  (re)convert attachments/src/* with LibreOffice first

Standard library only.  Office attachments live in attachments/ (converted once from the HTML
and CSV sources in attachments/src/ and kept); make.py only reads them, unless one is missing
or --convert is given, in which case it calls soffice for that file.

Each mail below is a KEY literal followed directly by its builder.  The key was written first.
"""
import base64
import datetime as dt
import email
import email.header
import email.policy
import hashlib
import json
import os
import re
import subprocess
import sys

try:
    import tomllib
except ImportError:  # pragma: no cover
    tomllib = None
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
LO_PROFILE = "file:///tmp/parish-work/lo"
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
PLAN_TOML = "/work/main/config/plan.toml"

CLASSES = {
    "ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
    "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed",
}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# Executors and their registered addresses, as plan.toml gives them (checked against it below
# when the file is present).
EXECUTORS = {
    "uvp": "uvp-info@example.gov.ua",
    "gromrada": "gromrada@example.gov.ua",
    "zvernennia": "zvernennia@example.gov.ua",
    "cppk": "cppk@example.gov.ua",
    "ogp-coordinator": "ogp-coordinator@example.org.ua",
    "su-osvita": "osvita@example.gov.ua",
    "su-zdorovia": "zdorovia@example.gov.ua",
    "su-kultura": "kultura@example.gov.ua",
    "su-sotszakhyst": "sotszakhyst@example.gov.ua",
    "su-simia": "simia@example.gov.ua",
    "su-apk": "apk@example.gov.ua",
    "su-finansy": "finansy@example.gov.ua",
    "su-ekonomika": "ekonomika@example.gov.ua",
    "su-zhkh": "zhkh@example.gov.ua",
    "su-kapbud": "kapbud@example.gov.ua",
    "su-ekolohiia": "ekolohiia@example.gov.ua",
    "su-arkhiv": "arkhiv@example.gov.ua",
    "su-mistobuduvannia": "mistobuduvannia@example.gov.ua",
    "su-sluzhba-ditei": "sluzhba-ditei@example.gov.ua",
}
for _d in ("bakhmach bobrovytsia borzna varva horodnia ichnia kozelets korop koriukivka "
           "kulykivka mena nizhyn novhorod-siverskyi nosivka pryluky ripky semenivka sosnytsia "
           "sribne talalaivka chernihiv shchors").split():
    EXECUTORS["rda-" + _d] = "rda-%s@example.gov.ua" % _d

APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3

# The plan's measures as zvit quotes them in its reminder and receipt (plan.toml, verbatim).
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
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_NAME = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
             "влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")


# ---------------------------------------------------------------------------------------------
# MIME helpers (raw bytes, CRLF)
# ---------------------------------------------------------------------------------------------

KOI_SAFE = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "–": "-", "—": "-",
                          "№": "N", "’": "'", "…": "...", "•": "*"})


def for_charset(text, charset):
    """What a koi8 client actually sends: typographic signs it cannot encode become ASCII."""
    return text.translate(KOI_SAFE) if charset.lower().startswith("koi8") else text


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp_encode(data):
    """Quoted-printable, lines of at most 76 characters, CRLF."""
    out = []
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    for line in lines:
        toks = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and not last):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode("ascii")


def ew(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words (several, joined by CRLF SP) for a header value."""
    text = for_charset(text, charset)
    if all(ord(c) < 128 for c in text):
        return text
    words, chunk = [], ""
    pre = "=?%s?%s?" % (charset, enc)

    def encode(s):
        raw = s.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        o = ""
        for b in raw:
            if b == 32:
                o += "_"
            elif chr(b).isalnum() and b < 128 or chr(b) in "!*+-/":
                o += chr(b)
            else:
                o += "=%02X" % b
        return o

    for ch in text:
        if len(pre) + len(encode(chunk + ch)) + 2 > maxlen:
            words.append(pre + encode(chunk) + "?=")
            chunk = ""
        chunk += ch
    if chunk:
        words.append(pre + encode(chunk) + "?=")
    return "\r\n ".join(words)


def addr(display, address, charset="utf-8", enc="B", quote=True):
    if not display:
        return address
    if all(ord(c) < 128 for c in display):
        return ('"%s" <%s>' % (display, address)) if quote else "%s <%s>" % (display, address)
    return "%s <%s>" % (ew(display, charset, enc), address)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body  # bytes, CRLF

    def render(self):
        h = "".join("%s: %s\r\n" % (k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\r\n" + self.body


def text_part(text, subtype="plain", charset="windows-1251", cte="quoted-printable",
              label=None, quoted_charset=True, extra=(), format_flowed=False, encoder=None):
    """A text part.  label: the charset written in the header (defaults to charset; a
    different value makes a mislabelled part).  encoder: the codec actually used."""
    raw = crlf(for_charset(text, encoder or charset)).encode(encoder or charset)
    lab = label or charset
    ct = "text/%s; charset=%s" % (subtype, ('"%s"' % lab) if quoted_charset else lab)
    if format_flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        body = qp_encode(raw)
    elif cte == "base64":
        body = b64_encode(raw)
    else:
        body = raw
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def multipart(subtype, parts, boundary, preamble="This is a multi-part message in MIME format.",
              params="", extra=()):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n\r\n"
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\r\n" + p.render() + b"\r\n"
    body += b"--" + boundary.encode("ascii") + b"--\r\n"
    ct = 'multipart/%s;\r\n\tboundary="%s"%s' % (subtype, boundary, params)
    return Part([("Content-Type", ct)] + list(extra), body)


def pct_tokens(name, charset="utf-8"):
    return [chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-_." else "%%%02X" % b
            for b in name.encode(charset)]


def rfc2231(name, charset="utf-8", chunk=40, param="filename"):
    """filename*0*=...; filename*1*=... continuations (percent-encoded)."""
    pieces, cur = [], ""
    for t in pct_tokens(name, charset):
        if len(cur) + len(t) > chunk:
            pieces.append(cur)
            cur = ""
        cur += t
    pieces.append(cur)
    out = []
    for n, p in enumerate(pieces):
        out.append("%s*%d*=%s%s" % (param, n, (charset + "''") if n == 0 else "", p))
    return ";\r\n ".join(out)


def attachment(disk, ctype, filename, style="B", charset="utf-8", disposition="attachment",
               data=None, extra=(), name_param=True):
    """An attachment read from attachments/<disk> (or given data).  style: 'ascii', 'B', 'Q'
    (RFC 2047 words in quoted name/filename), '2231' (RFC 2231 continuations)."""
    if data is None:
        with open(os.path.join(ATT, disk), "rb") as f:
            data = f.read()
    if style == "ascii":
        nm = '"%s"' % filename
        ct = "%s;\r\n\tname=%s" % (ctype, nm) if name_param else ctype
        cd = "%s;\r\n\tfilename=%s" % (disposition, nm)
    elif style in ("B", "Q"):
        nm = '"%s"' % ew(filename, charset, style).replace("\r\n ", "\r\n\t")
        ct = "%s;\r\n\tname=%s" % (ctype, nm) if name_param else ctype
        cd = "%s;\r\n\tfilename=%s" % (disposition, nm)
    elif style == "2231":  # Thunderbird: RFC 2047 name in Content-Type, RFC 2231 filename
        ct = ('%s;\r\n name="%s"' % (ctype, ew(filename, charset, "B").replace("\r\n ", "\r\n  "))
              if name_param else ctype)
        cd = "%s;\r\n %s" % (disposition, rfc2231(filename, charset))
    elif style == "2231a":  # Apple Mail: RFC 2231 in both
        ct = "%s;\r\n %s" % (ctype, rfc2231(filename, charset, param="name")) if name_param else ctype
        cd = "%s;\r\n %s" % (disposition, rfc2231(filename, charset))
    else:
        raise ValueError(style)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", cd)] + list(extra)
    return Part(hdrs, b64_encode(data))


def kyiv(local):
    """'2012-12-13 11:42:07' (Kyiv wall clock) -> aware datetime."""
    return dt.datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfc2822(d, weekday=True):
    off = d.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    off = abs(off)
    hh, mm = divmod(int(off.total_seconds()) // 60, 60)
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    s = "%d %s %d %02d:%02d:%02d %s%02d%02d" % (d.day, months[d.month - 1], d.year, d.hour,
                                                 d.minute, d.second, sign, hh, mm)
    return ("%s, %s" % (days[d.weekday()], s)) if weekday else s


def tzname(d):
    return "EEST" if d.utcoffset() == dt.timedelta(hours=3) else "EET"


def uid(*parts):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def received(d, helo, ip, delay=6, name=""):
    r = d + dt.timedelta(seconds=delay)
    qid = uid("q", name, helo)[:10].upper()
    return ("from %s (%s [%s])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\r\n"
            "\tfor <%s>; %s (%s)" % (helo, helo, ip, qid, MAILBOX, rfc2822(r), tzname(r)))


def message(top, root, received_hdr):
    """top: list of (name, value) headers in client order; root: the body Part."""
    hdrs = [("Received", received_hdr)] + list(top) + [("MIME-Version", "1.0")] + root.headers
    return Part(hdrs, root.body).render()


# ---------------------------------------------------------------------------------------------
# zvit's own letters, as executors quote them (templates/reminder.txt.j2, receipt.txt.j2)
# ---------------------------------------------------------------------------------------------

def reminder_parts(deadline, today, executor, missing, overdue=False):
    """zvit's reminder as (head, [item texts], tail): head + "\n" + "\n\n".join(items) + "\n\n" + tail."""
    t = "Шановні колеги!\n\n"
    if overdue:
        t += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_NAME))
    else:
        t += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно "
              "надати до %s на адресу електронної пошти %s.\n\n" % (PLAN_NAME, deadline, MAILBOX))
    t += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n"
          % (today, executor))
    items = ["  %d. %s" % (m, MEASURES[m]) for m in missing]
    tail = ("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити "
            "графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна "
            "також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим "
            "документом, зазначивши номери пунктів плану.\n\n")
    tail += "Просимо надати інформацію невідкладно.\n\n" if overdue else \
        "Просимо дотримуватися встановленого терміну.\n\n"
    tail += ("Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати "
             "його недійсним.\n\nЗ повагою\n%s\n" % OFFICE)
    return t, [(m, it) for m, it in zip(missing, items)], tail


def reminder(deadline, today, executor, missing, overdue=False):
    head, items, tail = reminder_parts(deadline, today, executor, missing, overdue)
    return head + "\n" + "\n\n".join(it for _, it in items) + "\n\n" + tail


def interleave(parts, answers, prefix="> ", width=74):
    """Quote zvit's reminder with answers typed under some of its items."""
    head, items, tail = parts

    def q(t):
        return quote(wrap(t, width - len(prefix)), prefix)
    out = q(head) + prefix.rstrip() + "\n"
    for m, it in items:
        out += q(it)
        if m in answers:
            out += answers[m].rstrip("\n") + "\n"
        out += prefix.rstrip() + "\n"
    out += q(tail)
    return out


REMINDER_SUBJECT = "Нагадування: інформація про виконання Плану заходів «Відкритий уряд»"
RECEIPT_SUBJECT = "Підтвердження отримання: %s"


def receipt(received_at, subject, executor, period, deadline, recognised, missing, late=False):
    t = ("Шановні колеги!\n\nУправління з питань внутрішньої політики та зв'язків з громадськістю "
         "облдержадміністрації підтверджує отримання Вашого листа від %s «%s».\n\n"
         "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s)."
         % (received_at, subject, executor, period, deadline))
    if late:
        t += "\nЛист надійшов після встановленого терміну; інформацію враховано як подану із запізненням."
    t += "\n\n"
    if recognised:
        t += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, ex in recognised:
            t += "  • пункт %d: %s\n" % (n, ex)
    else:
        t += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    t += "\n"
    if missing:
        t += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            t += "  %d. %s\n" % (m, MEASURES[m])
    t += ("\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на "
          "адресу %s.\n\nЗ повагою\n%s\n" % (MAILBOX, OFFICE))
    return t


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def text_to_html(text, font="Times New Roman", size="12.0pt", mso=True, quote_prefix=None):
    """A plain text to the HTML twin a mail client makes of it: runs of tab-separated lines
    become a table, other lines paragraphs."""
    lines = text.rstrip("\n").split("\n")
    out, i = [], 0
    pcls = ' class=MsoNormal' if mso else ''
    style = "font-size:%s;font-family:\"%s\"" % (size, font)
    while i < len(lines):
        if "\t" in lines[i]:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            out.append('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                       'style="border-collapse:collapse">')
            for r in rows:
                out.append("<tr>" + "".join(
                    '<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                    '<p%s><span style=\'%s\'>%s</span></p></td>' % (pcls, style, html_escape(c) or "&nbsp;")
                    for c in r) + "</tr>")
            out.append("</table>")
            continue
        l = lines[i]
        out.append("<p%s><span style='%s'>%s</span></p>" % (pcls, style, html_escape(l) if l else "&nbsp;"))
        i += 1
    return "\n".join(out)


def word_html(inner, charset="windows-1251", generator="Microsoft Word 11 (filtered medium)"):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=%s\">\n"
            "<meta name=Generator content=\"%s\">\n<style>\n<!--\n"
            " p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;\n"
            "\tfont-size:12.0pt;\n\tfont-family:\"Times New Roman\";}\n"
            "@page Section1\n\t{size:595.3pt 841.9pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\n"
            "div.Section1\n\t{page:Section1;}\n-->\n</style>\n</head>\n<body lang=UK>\n"
            "<div class=Section1>\n%s\n</div>\n</body>\n</html>\n" % (charset, generator, inner))


# ---------------------------------------------------------------------------------------------
# Clients: the headers each writes
# ---------------------------------------------------------------------------------------------

def h_oe(d, name):
    mid = "<%s$%s$%s@%s>" % (uid(name, "a")[:12], uid(name, "b")[:8], uid(name, "c")[:8], "pc" + uid(name)[:4])
    return mid, [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                 ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                 ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]


def h_outlook(ver, d, name, domain="example.gov.ua", lang=None):
    mid = "<%s$%s$%s@%s>" % (uid(name, "a")[:12], uid(name, "b")[:8], uid(name, "c")[:8], domain)
    mailer = {"2003": "Microsoft Office Outlook 11", "2007": "Microsoft Office Outlook 12.0",
              "2010": "Microsoft Outlook 14.0"}[ver]
    h = [("X-Mailer", mailer),
         ("Thread-Index", base64.b64encode(bytes.fromhex(uid(name, "t")[:32])).decode()[:22] + "==")]
    if ver == "2003":
        h.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"))
    if lang:
        h.append(("Content-Language", lang))
    return mid, h


def h_bat(d, name, domain="example.gov.ua", ver="v4.2.44.2"):
    mid = "<%d.%s@%s>" % (int(uid(name)[:8], 16), d.strftime("%Y%m%d%H%M%S"), domain)
    return mid, [("X-Mailer", "The Bat! (%s) Professional" % ver), ("Reply-To", None),
                 ("X-Priority", "3 (Normal)")]


def h_tb(d, name, domain="example.gov.ua", ua="Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3"):
    mid = "<%s.%s@%s>" % (uid(name)[:8].upper(), str(int(uid(name, "x")[:6], 16)).zfill(7), domain)
    return mid, [("User-Agent", ua)]


# ---------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


def headers(frm, subject, d, mid, client, to=None, extra_top=(), subj_cs="windows-1251",
            subj_enc="B", date_weekday=True, in_reply_to=None, cc=None):
    """Top-level headers in the order most clients write them."""
    h = []
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", in_reply_to))
    h += [("Message-ID", mid), ("From", frm), ("To", to or MAILBOX)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", ew(subject, subj_cs, subj_enc)),
          ("Date", rfc2822(d, date_weekday))]
    h += list(extra_top)
    h += [(k, v) for k, v in client if v is not None]
    return h


def wrap(text, width=74):
    """Wrap long lines the way a mail client does when it quotes (keeps indentation)."""
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        ind = re.match(r"\s*", line).group(0)
        out.extend(textwrap.wrap(line, width, initial_indent="", subsequent_indent=ind,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def fold_ics(line, limit=74):
    """RFC 5545 folding at octet boundaries that do not split a UTF-8 character."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
            limit = 73
        cur += b
    out.append(cur.decode("utf-8"))
    return "\n ".join(out)


def ip(name):
    h = uid("ip", name)
    return "193.239.%d.%d" % (int(h[:2], 16) % 200 + 20, int(h[2:4], 16) % 250 + 2)


# =============================================================================================
# ph — placeholder
# =============================================================================================

KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Word table pasted into an Outlook Express plain body with tabs; rows 7 and 9 carry «—», row 10 a bare «не проводились», row 12 «немає», row 16 is the reporting duty; only rows 1 and 6 say something.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail("ph01-bakhmach", KEY)
def _():
    d = kyiv("2012-12-13 11:42:07")
    mid, client = h_oe(d, "ph01")
    body = """Управління з питань внутрішньої політики
та звязків з громадськістю облдержадміністрації

На виконання розпорядження голови облдержадміністрації від 10.09.2012 надаємо інформацію про хід виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "Партнерство "Відкритий уряд" по Бахмацькому району станом на 10.12.2012 р.

№	Зміст заходу	Стан виконання
1	Забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів	На офіційному веб-сайті райдержадміністрації створено розділ "Доступ до публічної інформації", де розміщуються проекти розпоряджень голови райдержадміністрації та звіти про роботу. Сайт наповнюється щотижня, відповідальна особа визначена розпорядженням голови РДА.
6	Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю	15.11.2012 проведено консультації з громадськістю у формі круглого столу з питання проекту Програми соціально-економічного розвитку району на 2013 рік, прийняли участь 27 чол.
7	Залучати до роботи дорадчо-консультативних органів представників інститутів громадянського суспільства	—
9	Залучати членів громадських рад до громадського обговорення проектів розпоряджень	—
10	Рекомендувати громадським радам створити комісію (робочу групу)	не проводились
12	Сприяти проведенню громадських експертиз	немає
16	Надати інформацію управлінню з питань внутрішньої політики	Інформація надається своєчасно

Заступник голови райдержадміністрації                    О.М.Кравченко

Виконавець: Лисенко Н.В.
(04635) 2-14-37
"""
    root = text_part(body, "plain", "windows-1251", "quoted-printable")
    top = headers(addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251"),
                  "Інформація Бахмацької РДА про виконання плану заходів (Відкритий уряд)",
                  d, mid, client, to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.bakhmach-rda.example.gov.ua", ip("ph01"), 6, "ph01"))


KEY = {"class": "placeholder", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A The Bat! one-liner in koi8-u with an .xls whose rows 1, 7, 9, 10 carry «+», «х», «х», «без змін»; only the consultation and anti-corruption review rows report.",
       "items": [{"measure": 6, "source": "Ніжинська РДА_відкритий уряд_1 півр 2013.xls"},
                 {"measure": 12, "source": "Ніжинська РДА_відкритий уряд_1 півр 2013.xls"}]}


@mail("ph02-nizhyn", KEY)
def _():
    d = kyiv("2013-06-14 10:26:38")
    mid, client = h_bat(d, "ph02")
    body = """Здравствуйте, Управління.

Надсилаємо інформацію Ніжинської райдержадміністрації про виконання плану заходів (п.16) за I півріччя 2013 року, таблиця у вкладенні.

-- 
З повагою,
 Марина Степанівна                          mailto:rda-nizhyn@example.gov.ua
"""
    root = multipart("mixed", [
        text_part(body, "plain", "koi8-u", "8bit", quoted_charset=False),
        attachment("ph02.xls", "application/vnd.ms-excel",
                   "Ніжинська РДА_відкритий уряд_1 півр 2013.xls", "B", "koi8-u"),
    ], "----------5A1B0C3F2D1E09", preamble=None)
    top = headers(addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "koi8-u", quote=False),
                  "інформація п.16 плану відкритий уряд", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="koi8-u")
    return message(top, root, received(d, "rda.nizhyn.example.gov.ua", ip("ph02"), 4, "ph02"))


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx with a row for each of the 16 measures: «Не стосується», «—», «без змін» and a bare «+» fill most of them; only rows 1, 2 and 8 report.",
       "items": [{"measure": 1, "source": "Інформація_відкритий уряд_ІІ півріччя 2013.docx"},
                 {"measure": 2, "source": "Інформація_відкритий уряд_ІІ півріччя 2013.docx"},
                 {"measure": 8, "source": "Інформація_відкритий уряд_ІІ півріччя 2013.docx"}]}


@mail("ph03-kultura", KEY)
def _():
    d = kyiv("2013-12-12 09:37:52")
    mid, client = h_outlook("2010", d, "ph03", lang="uk")
    body = """Добрий день!

Направляємо інформацію управління культури і туризму облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року.

З повагою
Оксана Дмитренко
відділ організаційно-аналітичної роботи
управління культури і туризму облдержадміністрації
тел. 67-71-39
"""
    html = word_html(text_to_html(body, "Calibri", "11.0pt"), "windows-1251",
                     "Microsoft Word 14 (filtered medium)")
    alt = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], "----=_NextPart_001_0011_01CEF72A.6C4D9E30", preamble=None)
    root = multipart("mixed", [
        alt,
        attachment("ph03.docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Інформація_відкритий уряд_ІІ півріччя 2013.docx", "B", "utf-8"),
    ], "----=_NextPart_000_0010_01CEF72A.6C4D9E30")
    top = headers(addr("Управління культури і туризму", "kultura@example.gov.ua", "windows-1251", "Q"),
                  "Інформація управління культури (Відкритий уряд)", d, mid, client,
                  to="<uvp@cg.ukrtel.net>", subj_enc="Q")
    return message(top, root, received(d, "mail.kultura.example.gov.ua", ip("ph03"), 5, "ph03"))


KEY = {"class": "placeholder", "executor": "rda-sosnytsia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML table with a plain twin, sent on the Monday after the deadline; rows 6, 7 and 12 say «немає», row 9 a bare «не проводились»; rows 1 and 10 report (the recommendation to the public council is the act of measure 10).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("ph04-sosnytsia", KEY)
def _():
    d = kyiv("2012-12-17 09:15:33")
    mid = "<%s@webmail.example.gov.ua>" % uid("ph04")[:32]
    client = [("User-Agent", "Roundcube Webmail/0.7.2"), ("X-Sender", "rda-sosnytsia@example.gov.ua")]
    body = """Доброго ранку.
Вибачте за затримку, в пятницю не працював сервер.
Інформація Сосницької райдержадміністрації:

п.	Захід	Виконання
1	Сайти	Інформація на офіційному сайті РДА оновлюється щотижнево, розділ "Публічна інформація" наповнено, за листопад розміщено 38 матеріалів
6	Консультації з громадськістю	немає
7	Дорадчо-консультативні органи	немає
9	Обговорення проектів розпоряджень	не проводились
10	Комісія з питань відкритості	Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості (лист від 26.11.2012 №01-14/1206)
12	Громадські експертизи	немає

Головний спеціаліст загального відділу
апарату Сосницької РДА  Шевчук Г.І.
"""
    plain = body.replace("\t", " | ")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head>"
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            + text_to_html(body, "Verdana", "10pt", mso=False) + "\n</body></html>\n")
    root = multipart("alternative", [
        text_part(plain, "plain", "UTF-8", "quoted-printable", quoted_charset=False, format_flowed=True),
        text_part(html, "html", "UTF-8", "quoted-printable", quoted_charset=False),
    ], "=_%s" % uid("ph04", "b")[:32], preamble=None)
    top = headers(addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "UTF-8"),
                  "Сосницька РДА - інформація по плану (Відкритий уряд)", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="UTF-8")
    return message(top, root, received(d, "webmail.example.gov.ua", ip("ph04"), 3, "ph04"))


KEY = {"class": "placeholder", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian, koi8-r, Outlook 2003: a Word table saved as text with space-aligned columns and wrapped cells; rows 6, 9, 12 are «-» and row 10 a bare «не проводились», only rows 1 and 7 report.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail("ph05-shchors", KEY)
def _():
    d = kyiv("2013-12-10 14:02:48")
    mid, client = h_outlook("2003", d, "ph05")
    body = """Управление по вопросам внутренней политики
и связей с общественностью облгосадминистрации

Щорсская районная государственная администрация направляет информацию о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области за II полугодие 2013 г.

 N   Мероприятие                                 Выполнение
---  ------------------------------------------  ---------------------------------------
 1   Наполнение официального сайта РГА           Сайт РГА работает в соответствии с
                                                 требованиями Закона, информация
                                                 обновляется еженедельно, создан
                                                 раздел "Общественный совет"
 6   Консультации с общественностью              -
 7   Привлечение представителей ИГО к работе     В состав координационного совета по
     консультативно-совещательных органов        вопросам развития предпринимательства
                                                 при РГА включены 2 представителя
                                                 ОО "Щорсские предприниматели"
 9   Обсуждение проектов распоряжений с          -
     членами общественного совета
10   Рабочая группа по вопросам открытости       не проводились
12   Общественные экспертизы                     -

Заместитель председателя РГА                    В.П.Гончаренко
исп. Мельник Л.А. тел. 2-11-56
"""
    root = text_part(body, "plain", "koi8-r", "quoted-printable")
    top = headers(addr("Щорсская РГА", "rda-shchors@example.gov.ua", "koi8-r"),
                  "Информация Щорсской РГА - открытое правительство", d, mid, client,
                  to="<uvp@cg.ukrtel.net>", subj_cs="koi8-r")
    return message(top, root, received(d, "mail.shchors.example.gov.ua", ip("ph05"), 8, "ph05"))


# =============================================================================================
# bp — bottom_post
# =============================================================================================

KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express reply interleaved under the «>»-quoted items of zvit's reminder: answers sit under items 1 and 6, «не було» under 7, items 9, 10 and 12 are left unanswered.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail("bp01-kozelets", KEY)
def _():
    d = kyiv("2012-12-14 16:05:12")
    mid, client = h_oe(d, "bp01")
    rem_id = "<zvit.reminder.20121210.rda-kozelets@cg.ukrtel.net>"
    parts = reminder_parts("15.12.2012", "10.12.2012", "Козелецька районна державна адміністрація",
                           [1, 6, 7, 9, 10, 12])
    answers = {
        1: "Сайт райдержадміністрації працює, у 2012 році приведено у відповідність до закону про доступ до публічної інформації, є розділи \"Громадськості\" і \"Звернення громадян\", наповнюємо по мірі надходження матеріалів.",
        6: "Проведено 3 консультації (публічні громадські обговорення) - щодо бюджету на 2013 рік, щодо тарифів на вивезення ТПВ в смт Козелець, щодо програми розвитку фізкультури і спорту.",
        7: "не було",
    }
    body = ("Добрий день. Відповіді по пунктах нижче.\n\nГнатенко Л.\n\n"
            "----- Original Message ----- \n"
            "From: <uvp@cg.ukrtel.net>\n"
            "To: <rda-kozelets@example.gov.ua>\n"
            "Sent: Monday, December 10, 2012 9:00 AM\n"
            "Subject: %s\n\n\n" % REMINDER_SUBJECT) + interleave(parts, answers)
    root = text_part(body, "plain", "windows-1251", "quoted-printable")
    top = headers(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"),
                  "Re: " + REMINDER_SUBJECT, d, mid, client, to="<uvp@cg.ukrtel.net>",
                  in_reply_to=rem_id)
    return message(top, root, received(d, "kozelets-rda.example.gov.ua", ip("bp01"), 9, "bp01"))


KEY = {"class": "bottom_post", "executor": "rda-horodnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 (Russian UI) reply typed BELOW zvit's receipt quoted without «>» after an «Исходное сообщение» block; the quoted receipt names measures 1 and 6 and lists 7, 9, 10, 12; the new text answers 9 and says no reviews were held under 12, and promises 7 and 10.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp02-horodnia", KEY)
def _():
    d = kyiv("2013-06-07 13:44:02")
    mid, client = h_outlook("2003", d, "bp02")
    subj0 = "Інформація Городнянської РДА"
    rc = receipt("04.06.2013 15:41", subj0, "Городнянська районна державна адміністрація", 2,
                 "15.06.2013",
                 [(1, "На офіційному сайті райдержадміністрації оновлено розділ «Громадська рада» …"),
                  (6, "Проведено громадські слухання щодо проекту схеми планування території …")],
                 [7, 9, 10, 12])
    body = ("\n\n-----Исходное сообщение-----\n"
            "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
            "Отправлено: 5 июня 2013 г. 10:12\n"
            "Кому: rda-horodnia@example.gov.ua\n"
            "Тема: %s\n\n" % (RECEIPT_SUBJECT % subj0)) + rc + """

Доповнюємо інформацію Городнянської райдержадміністрації:

По п. 9 – проект районної програми "Питна вода Городнянщини на 2013-2020 роки" 23.04.2013 розглянуто на засіданні громадської ради при райдержадміністрації, членами ради внесено 4 пропозиції, 3 з них враховано.
По п. 12 – громадських експертиз у звітному періоді не проводилось, запитів від інститутів громадянського суспільства не надходило.
По пп. 7, 10 інформацію надамо додатково.

Начальник загального відділу апарату
Городнянської райдержадміністрації    С.В.Бондар
"""
    root = text_part(body, "plain", "windows-1251", "quoted-printable")
    top = headers(addr("Городнянская РГА", "rda-horodnia@example.gov.ua", "windows-1251"),
                  "RE: " + RECEIPT_SUBJECT % subj0, d, mid, client, to="<uvp@cg.ukrtel.net>",
                  in_reply_to="<zvit.receipt.20130605.rda-horodnia@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.horodnia.example.gov.ua", ip("bp02"), 5, "bp02"))


KEY = {"class": "bottom_post", "executor": "rda-ripky", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird, two days after the deadline: answers interleaved under the «>»-quoted items of zvit's overdue reminder, under 6 and 10 only («не було» under 12, nothing under 1, 7, 9).",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("bp03-ripky", KEY)
def _():
    d = kyiv("2013-12-17 10:31:26")
    mid, client = h_tb(d, "bp03")
    parts = reminder_parts("15.12.2013", "16.12.2013", "Ріпкинська районна державна адміністрація",
                           [1, 6, 7, 9, 10, 12], overdue=True)
    answers = {
        6: "У жовтні-листопаді 2013 р. проведено громадські слухання щодо проекту Програми розвитку малого підприємництва на 2014-2015 рр. (24.10.2013) та зустріч голови РДА з жителями смт Ріпки з питань газифікації (15.11.2013).",
        10: "Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості діяльності РДА (лист від 05.11.2013 № 01-12/1840). На засіданні ради 27.11.2013 таку групу створено у складі 5 осіб.",
        12: "не було",
    }
    body = ("Добрий день! Відповідаю в тексті листа.\n\n"
            "16.12.2013 9:00, uvp@cg.ukrtel.net пише:\n") + interleave(parts, answers, width=72) + (
            "\n-- \nЗ повагою, Оксана Гриценко\nвідділ організаційної роботи апарату Ріпкинської РДА\n"
            "тел. (04641) 2-15-06\n")
    root = text_part(body, "plain", "UTF-8", "8bit", quoted_charset=False, format_flowed=True)
    top = headers(addr("Ріпкинська РДА", "rda-ripky@example.gov.ua", "UTF-8"),
                  "Re: " + REMINDER_SUBJECT, d, mid, client, to="uvp@cg.ukrtel.net",
                  subj_cs="UTF-8", in_reply_to="<zvit.reminder.20131216.rda-ripky@cg.ukrtel.net>")
    return message(top, root, received(d, "ripky.example.gov.ua", ip("bp03"), 4, "bp03"))


KEY = {"class": "bottom_post", "executor": "su-zhkh", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 (Ukrainian UI) HTML reply typed below zvit's reminder quoted without «>» under a «Від/Надіслано/Кому/Тема» block; the reminder lists seven measures, the answer covers 2 and 8 and calls 12 «не стосується».",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail("bp04-zhkh", KEY)
def _():
    d = kyiv("2013-12-12 15:47:10")
    mid, client = h_outlook("2007", d, "bp04")
    rem = reminder("15.12.2013", "09.12.2013",
                   "Управління житлово-комунального господарства облдержадміністрації",
                   [1, 2, 6, 7, 8, 9, 12])
    hdr_block = ("Від: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n"
                 "Надіслано: 9 грудня 2013 р. 9:00\n"
                 "Кому: zhkh@example.gov.ua\n"
                 "Тема: %s\n" % REMINDER_SUBJECT)
    answer = """п.2 – інформація про хід виконання Програми реформування і розвитку житлово-комунального господарства на 2013 рік за 9 місяців надана Головному фінансовому управлінню для розміщення у рубриці «Хід виконання цільових програм» (лист від 21.10.2013 № 06-09/2217).
п.8 – голову комітету з питань ЖКГ та енергозбереження Громадської ради при облдержадміністрації Ткаченка Ю.М. введено до складу колегії управління (наказ від 03.09.2013 № 118).
п.12 – не стосується.

Головний спеціаліст відділу економіки та тарифної політики
управління ЖКГ облдержадміністрації   Кириленко В.П.
"""
    plain = "\n\n" + hdr_block + "\n" + rem + "\n" + answer
    esc = lambda t: "<br>\n".join(html_escape(l) for l in t.rstrip("\n").split("\n"))
    inner = ("<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";color:#1F497D'>&nbsp;</span></p>\n"
             "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
             "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>Від:</span></b>"
             "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br>\n"
             "<b>Надіслано:</b> 9 грудня 2013 р. 9:00<br>\n<b>Кому:</b> zhkh@example.gov.ua<br>\n"
             "<b>Тема:</b> " + html_escape(REMINDER_SUBJECT) + "</span></p>\n</div>\n"
             "<p class=MsoNormal>&nbsp;</p>\n<pre>" + html_escape(rem) + "</pre>\n"
             "<p class=MsoNormal>&nbsp;</p>\n<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";color:#1F497D'>"
             + esc(answer) + "</span></p>\n")
    html = word_html(inner, "windows-1251", "Microsoft Word 12 (filtered medium)")
    root = multipart("alternative", [
        text_part(plain, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], "----=_NextPart_000_0046_01CEF753.2A0B1C60")
    top = headers(addr("Кириленко В.П.", "zhkh@example.gov.ua", "windows-1251"),
                  "RE: " + REMINDER_SUBJECT, d, mid, client, to="<uvp@cg.ukrtel.net>",
                  in_reply_to="<zvit.reminder.20131209.su-zhkh@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.zhkh.example.gov.ua", ip("bp04"), 6, "bp04"))


KEY = {"class": "bottom_post", "executor": "rda-talalaivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A phone (K-9 Mail) reply typed in lower case under the whole «>»-quoted reminder, answering 1 and 7 of the six listed items with abbreviations and promising the rest.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail("bp05-talalaivka", KEY)
def _():
    d = kyiv("2013-06-13 18:20:55")
    mid = "<%s@email.android.com>" % uid("bp05")[:24]
    client = [("User-Agent", "K-9 Mail for Android")]
    rem = reminder("15.06.2013", "13.06.2013", "Талалаївська районна державна адміністрація",
                   [1, 6, 7, 9, 10, 12])
    body = ("\"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net> написал:\n\n" + quote(wrap(rem, 70)) + """

п.1 сайт оновили 10.06, виставили звіт голови за 5 місяців
п.7 до складу комісії з питань захисту прав дитини включено 2 представн. громадських організацій (розпорядж. від 28.05.2013 №143)
решту скине Наталя Петрівна завтра з роботи
--
Отправлено с моего Android устройства с помощью K-9 Mail.
""")
    root = text_part(body, "plain", "UTF-8", "base64", quoted_charset=False)
    top = headers(addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "UTF-8"),
                  "Re: " + REMINDER_SUBJECT, d, mid, client, to="uvp@cg.ukrtel.net",
                  subj_cs="UTF-8", in_reply_to="<zvit.reminder.20130613.rda-talalaivka@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.example.gov.ua", ip("bp05"), 3, "bp05"))


# =============================================================================================
# nr — not_report
# =============================================================================================

KEY = {"class": "not_report", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "A The Bat! koi8-u note on the eve of the deadline asking to extend the term for pp. 6, 9, 12 because the clerk is on sick leave, and promising the rest; it names measures but reports nothing.",
       "items": []}


@mail("nr01-korop", KEY)
def _():
    d = kyiv("2012-12-14 15:31:40")
    mid, client = h_bat(d, "nr01", ver="v5.0.36") 
    body = """Здравствуйте, Управління з питань внутрішньої політики!

Коропська райдержадміністрація просить продовжити термін надання інформації про виконання Плану заходів по п.п. 6, 9, 12 до 20.12.2012 р., у звязку з перебуванням відповідального працівника на лікарняному. По решті пунктів інформація буде надіслана до кінця дня.

-- 
З повагою,
 Людмила Іванівна Ткач, загальний відділ апарату
 Коропська РДА                          mailto:rda-korop@example.gov.ua
"""
    root = text_part(body, "plain", "koi8-u", "8bit", quoted_charset=False)
    top = headers(addr("Коропська РДА", "rda-korop@example.gov.ua", "koi8-u", quote=False),
                  "Коропська РДА - прохання", d, mid, client, to="uvp@cg.ukrtel.net",
                  subj_cs="koi8-u")
    return message(top, root, received(d, "korop-rda.example.gov.ua", ip("nr01"), 7, "nr01"))


KEY = {"class": "not_report", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "From a private i.ua box; the clerk of Менська РДА, named only in the signature, asks whether to report on p. 10 while the district public council is not working and whether 7 and 9 may be answered together.",
       "items": []}


@mail("nr02-mena", KEY)
def _():
    d = kyiv("2013-03-19 11:05:47")
    mid = "<%s.%s@i.ua>" % (int(d.timestamp()), uid("nr02")[:10])
    client = [("X-Mailer", "I.UA Mail"), ("X-Originating-IP", "[91.202.%d.%d]" % (44, 17))]
    body = """Добрий день!
Підкажіть будь ласка чи потрібно подавати інформацію щодо п. 10 плану, якщо громадська рада при Менській РДА зараз не працює (склад ради не переобраний після закінчення повноважень)? І чи треба звітувати по п. 7 і 9 окремо чи можна одним пунктом?
Дякую.

Остапенко Галина Миколаївна
головний спеціаліст відділу організаційної роботи
апарату Менської райдержадміністрації
тел. (04644) 2-13-81
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
            + "<br>".join(html_escape(l) for l in body.rstrip("\n").split("\n")) + "</body></html>")
    root = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "8bit", quoted_charset=False),
        text_part(html, "html", "windows-1251", "8bit", quoted_charset=False),
    ], "----iua-%s" % uid("nr02", "b")[:16], preamble=None)
    top = headers(addr("Галина Остапенко", "ostapenko_gal@i.ua", "windows-1251"),
                  "питання по плану відкритий уряд", d, mid, client, to="uvp@cg.ukrtel.net")
    return message(top, root, received(d, "mx.i.ua", "91.198.36.%d" % 14, 2, "nr02"))


KEY = {"class": "not_report", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An Outlook 2010 meeting request (text/calendar, METHOD:REQUEST) inviting УВП to district budget hearings «в рамках виконання п. 6 Плану»: the consultation is still to come.",
       "items": []}


@mail("nr03-bobrovytsia", KEY)
def _():
    d = kyiv("2013-11-20 14:16:09")
    mid, client = h_outlook("2010", d, "nr03", lang="uk")
    body = """Шановні колеги!

Бобровицька районна державна адміністрація запрошує представника управління з питань внутрішньої політики та звязків з громадськістю облдержадміністрації взяти участь у громадських слуханнях щодо проекту районного бюджету на 2014 рік, які відбудуться 28 листопада 2013 року о 10.00 у великій залі райдержадміністрації (м. Бобровиця, вул. Незалежності, 48).

Слухання проводяться відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 в рамках виконання п. 6 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

З повагою
Відділ організаційної роботи та зв'язків з громадськістю
апарату Бобровицької райдержадміністрації
тел. (04632) 2-17-45
"""
    html = word_html(text_to_html(body, "Calibri", "11.0pt"), "utf-8", "Microsoft Word 14 (filtered medium)")
    uid_ev = "040000008200E00074C5B7101A82E00800000000" + uid("nr03", "ev")[:32].upper()
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Бобровицька РДА:MAILTO:rda-bobrovytsia@example.gov.ua",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net",
        "DESCRIPTION;LANGUAGE=uk-UA:" + desc,
        "SUMMARY;LANGUAGE=uk-UA:Громадські слухання щодо проекту районного бюджету на 2014 рік",
        "DTSTART;TZID=FLE Standard Time:20131128T100000",
        "DTEND;TZID=FLE Standard Time:20131128T123000",
        "UID:" + uid_ev, "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:" + (d - d.utcoffset()).strftime("%Y%m%dT%H%M%SZ"),
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=uk-UA:Велика зала райдержадміністрації\\, м. Бобровиця",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    ics = "\n".join(fold_ics(l) for l in ics.split("\n")) + "\n"
    root = multipart("alternative", [
        text_part(body, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
              ("Content-Transfer-Encoding", "base64")], b64_encode(crlf(ics).encode("utf-8"))),
    ], "_000_%s_" % uid("nr03", "b")[:28].upper(), preamble=None)
    top = headers(addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "utf-8"),
                  "Запрошення: Громадські слухання щодо проекту районного бюджету на 2014 рік",
                  d, mid, client, to="\"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>", subj_cs="utf-8")
    return message(top, root, received(d, "mail.bobrovytsia.example.gov.ua", ip("nr03"), 5, "nr03"))


KEY = {"class": "not_report", "executor": "rda-varva", "period": 2, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "A short koi8-u The Bat! thank-you for the methodological recommendations (the plan's word of measure 14) with New Year wishes and a promise to use them; nothing done is stated.",
       "items": []}


@mail("nr04-varva", KEY)
def _():
    d = kyiv("2012-12-27 10:44:18")
    mid, client = h_bat(d, "nr04")
    body = """Здравствуйте, Управління!

Варвинська РДА дякує за надіслані методичні рекомендації щодо проведення консультацій з громадськістю, будемо використовувати в роботі.
З наступаючим Новим роком!

-- 
З повагою,
 Олена Ткаченко                          mailto:rda-varva@example.gov.ua
"""
    root = text_part(body, "plain", "koi8-u", "8bit", quoted_charset=False)
    top = headers(addr("Варвинська РДА", "rda-varva@example.gov.ua", "koi8-u", quote=False),
                  "Re: методичні рекомендації", d, mid, client, to="uvp@cg.ukrtel.net",
                  subj_cs="koi8-u")
    return message(top, root, received(d, "varva.example.gov.ua", ip("nr04"), 3, "nr04"))


KEY = {"class": "not_report", "executor": "rda-pryluky", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "A Russian one-line note two days before the deadline: the information on pp. 1, 6, 7, 9, 10, 12 is «на подписи» and will be sent on Monday; a list of measures with nothing reported.",
       "items": []}


@mail("nr05-pryluky", KEY)
def _():
    d = kyiv("2013-12-13 17:52:30")
    mid, client = h_outlook("2003", d, "nr05")
    body = """Добрый вечер. Информация Прилукской РГА по пп. 1, 6, 7, 9, 10, 12 плана подготовлена и находится на подписи у председателя, будет направлена в понедельник 16.12. Извините за задержку.

Коваль И.А.
орготдел Прилукской РГА
"""
    root = text_part(body, "plain", "windows-1251", "quoted-printable")
    top = headers(addr("Прилукская РГА", "rda-pryluky@example.gov.ua", "windows-1251"),
                  "информация по плану открытое правительство", d, mid, client,
                  to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.pryluky-rda.example.gov.ua", ip("nr05"), 6, "nr05"))


# =============================================================================================
# rg — ranges
# =============================================================================================

KEY = {"class": "ranges", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 table whose number cells read «1, 6-7» (one block on site, consultations and advisory bodies) and «9-10, 12» with a bare «Не проводились»; an order number and years stand near.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail("rg01-nosivka", KEY)
def _():
    d = kyiv("2012-12-12 14:20:05")
    mid, client = h_outlook("2003", d, "rg01")
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

ІНФОРМАЦІЯ
Носівської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (розпорядження голови райдержадміністрації від 12.11.2012 № 356 "Про затвердження районного плану заходів")

№ п/п плану	Інформація про виконання
1, 6-7	Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України "Про доступ до публічної інформації", створено рубрику "Консультації з громадськістю", де розміщено орієнтовний план консультацій на 2012-2013 роки та звіти про їх результати. У ІІ півріччі проведено 4 консультації з громадськістю (з питань тарифів, бюджету, освіти), до складу ради з питань розвитку підприємництва при райдержадміністрації включено 3 представників громадських організацій.
9-10, 12	Не проводились
16	Виконується

Заступник голови райдержадміністрації   В.І.Бойко
"""
    html = word_html(text_to_html(body), "windows-1251")
    root = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], "----=_NextPart_000_0003_01CDD874.8E1C4A20")
    top = headers(addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251"),
                  "Інформація Носівської РДА", d, mid, client, to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.nosivka.example.gov.ua", ip("rg01"), 7, "rg01"))


KEY = {"class": "ranges", "executor": "rda-semenivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian, koi8-r, Outlook Express, two days late: «По пунктам 6-9, 12» answered as one block counts 6, 7, 8, 9 and 12 (8 is not owed by a district but lies in the range); p. 10 is only promised; counts (214, 36, 4) and years stand near.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("rg02-semenivka", KEY)
def _():
    d = kyiv("2013-06-17 08:34:51")
    mid, client = h_oe(d, "rg02")
    body = """Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации

Семеновская райгосадминистрация сообщает следующее.

По п. 1 плана - официальный веб-сайт РГА обновляется регулярно, за I полугодие 2013 г. размещено 214 материалов, в т.ч. 36 проектов распоряжений председателя РГА.

По пунктам 6-9, 12 плана сообщаем, что за отчетный период проведено 4 заседания общественного совета при РГА, на которых обсуждены проекты районных программ развития образования и поддержки малого предпринимательства на 2013-2015 гг., проект распоряжения о тарифах на услуги водоснабжения. Члены общественного совета включены в состав коллегии РГА и комиссии по вопросам ТЭБ и ЧС. Общественная антикоррупционная экспертиза проектов нормативно-правовых актов не проводилась.

По п. 10 - рабочая группа по вопросам открытости в общественном совете будет создана до конца года.

Извините за задержку с информацией.

Заместитель председателя
Семеновской районной государственной администрации         Н.Г.Лещенко
"""
    root = text_part(body, "plain", "koi8-r", "quoted-printable")
    top = headers(addr("Семеновская РГА", "rda-semenivka@example.gov.ua", "koi8-r"),
                  "Информация Семеновской РГА (Открытое правительство)", d, mid, client,
                  to="<uvp@cg.ukrtel.net>", subj_cs="koi8-r")
    return message(top, root, received(d, "semenivka.example.gov.ua", ip("rg02"), 5, "rg02"))


KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx (name in RFC 2231 continuations) whose plan-number cells read «1–2» (en dash), «6, 9» and «7 і 10»; each block counts every measure in it, 2 included though a district does not owe it; «на 2 арк.» in the cover is a count.",
       "items": [{"measure": 1, "source": "Ічнянська РДА - інформація відкритий уряд ІІ півріччя 2013.xlsx"},
                 {"measure": 2, "source": "Ічнянська РДА - інформація відкритий уряд ІІ півріччя 2013.xlsx"},
                 {"measure": 6, "source": "Ічнянська РДА - інформація відкритий уряд ІІ півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Ічнянська РДА - інформація відкритий уряд ІІ півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Ічнянська РДА - інформація відкритий уряд ІІ півріччя 2013.xlsx"},
                 {"measure": 10, "source": "Ічнянська РДА - інформація відкритий уряд ІІ півріччя 2013.xlsx"}]}


@mail("rg03-ichnia", KEY)
def _():
    d = kyiv("2013-12-11 11:09:37")
    mid, client = h_tb(d, "rg03", ua="Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2")
    body = """Добрий день!
Інформація Ічнянської райдержадміністрації за ІІ півріччя 2013 року додається (на 2 арк.).

-- 
відділ організаційно-кадрової роботи апарату Ічнянської РДА
т. (04633) 2-18-95
"""
    root = multipart("mixed", [
        text_part(body, "plain", "UTF-8", "8bit", quoted_charset=False, format_flowed=True),
        attachment("rg03.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   "Ічнянська РДА - інформація відкритий уряд ІІ півріччя 2013.xlsx", "2231", "UTF-8"),
    ], "------------%s" % uid("rg03", "b")[:24].upper())
    top = headers("=?UTF-8?B?%s?= <rda-ichnia@example.gov.ua>" % base64.b64encode("Ічнянська РДА".encode()).decode(),
                  "Інформація Ічнянської РДА (відкритий уряд)", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="UTF-8")
    return message(top, root, received(d, "mail.ichnia.example.gov.ua", ip("rg03"), 4, "rg03"))


KEY = {"class": "ranges", "executor": "rda-kulykivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Opera Mail letter: «Щодо пунктів з 6 по 9» answered as one block (8 included), «Пункти 10 і 12» as another (10 done, 12 stated as not held), «Пункт 1 – постійно» only names the term; a letter number and date open it.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("rg04-kulykivka", KEY)
def _():
    d = kyiv("2013-06-05 15:55:02")
    mid = "<op.%s@kulykivka-pc>" % uid("rg04")[:14]
    client = [("User-Agent", "Opera Mail/12.16 (Win32)")]
    body = """Управління з питань внутрішньої політики та звязків з громадськістю облдержадміністрації

На Ваш лист від 20.05.2013 № 05-09/1124 Куликівська райдержадміністрація інформує.

Щодо пунктів з 6 по 9 Плану: у І півріччі 2013 року проведено 3 публічні громадські обговорення (проект районного бюджету, програма "Шкільний автобус", схема санітарного очищення смт Куликівка), в яких брали участь члени громадської ради при райдержадміністрації; двоє членів громадської ради введені до складу колегії райдержадміністрації та координаційної ради з питань розвитку підприємництва.

Пункти 10 і 12 – громадською радою на засіданні 14.03.2013 створено робочу групу з питань відкритості та прозорості діяльності райдержадміністрації, громадських експертиз за звітний період не проводилось.

Пункт 1 – постійно.

Перший заступник голови
райдержадміністрації                       А.В.Мирошниченко
"""
    root = text_part(body, "plain", "utf-8", "quoted-printable", quoted_charset=False, format_flowed=True)
    top = headers(addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "utf-8", "Q"),
                  "Куликівська РДА на лист № 05-09/1124", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="utf-8", subj_enc="Q")
    return message(top, root, received(d, "kulykivka.example.gov.ua", ip("rg04"), 6, "rg04"))


KEY = {"class": "ranges", "executor": "rda-chernihiv", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Three days late; an .rtf letter answers «По пунктах 1, 6, 7» and «Пункти 9 та 12» as blocks, with «з 01.07 по 30.11.2013» dates, an order number and «пункту 16» nearby; p. 10 only promises information.",
       "items": [{"measure": 1, "source": "Відкритий уряд ІІ півр.rtf"},
                 {"measure": 6, "source": "Відкритий уряд ІІ півр.rtf"},
                 {"measure": 7, "source": "Відкритий уряд ІІ півр.rtf"},
                 {"measure": 9, "source": "Відкритий уряд ІІ півр.rtf"},
                 {"measure": 12, "source": "Відкритий уряд ІІ півр.rtf"}]}


@mail("rg05-chernihiv", KEY)
def _():
    d = kyiv("2013-12-18 16:40:12")
    mid, client = h_outlook("2003", d, "rg05")
    body = """Надсилаємо інформацію Чернігівської РДА за ІІ півріччя 2013 р. Вибачте за затримку.

Коломієць Т.
"""
    root = multipart("mixed", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        attachment("rg05.rtf", "application/msword", "Відкритий уряд ІІ півр.rtf", "B", "windows-1251"),
    ], "----=_NextPart_000_0019_01CEFC0B.47A2D1F0")
    top = headers(addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251"),
                  "Інформація Чернігівської РДА - відкритий уряд", d, mid, client,
                  to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.chernihiv-rda.example.gov.ua", ip("rg05"), 5, "rg05"))


# =============================================================================================
# pr — prose
# =============================================================================================

KEY = {"class": "prose", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A formal letter as PDF, no plan numbers: hearings and a round table (6), public council members put into a coordination council and a commission (7), council members discussing draft orders (9); the site is named only as where the hearing materials were put.",
       "items": [{"measure": 6, "source": "Borzna_vidkrytyi_uriad.pdf"},
                 {"measure": 7, "source": "Borzna_vidkrytyi_uriad.pdf"},
                 {"measure": 9, "source": "Borzna_vidkrytyi_uriad.pdf"}]}


@mail("pr01-borzna", KEY)
def _():
    d = kyiv("2012-12-11 10:03:51")
    mid, client = h_outlook("2007", d, "pr01")
    body = """Добрий день.
Направляємо інформацію Борзнянської РДА на виконання плану. Оригінал надіслано поштою.

З повагою, Гончар Н.М.
"""
    html = word_html(text_to_html(body, "Calibri", "11.0pt"), "windows-1251", "Microsoft Word 12 (filtered medium)")
    alt = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], "----=_NextPart_001_000B_01CDD79A.1E0F7C10", preamble=None)
    root = multipart("mixed", [
        alt, attachment("pr01.pdf", "application/pdf", "Borzna_vidkrytyi_uriad.pdf", "ascii"),
    ], "----=_NextPart_000_000A_01CDD79A.1E0F7C10")
    top = headers(addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251"),
                  "Борзнянська РДА - інформація", d, mid, client, to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "borzna.example.gov.ua", ip("pr01"), 8, "pr01"))


KEY = {"class": "prose", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A signed letter retyped into a koi8-u The Bat! body (the scanner is broken), letterhead, outgoing and incoming numbers; one paragraph covers consultations and the council's discussion of draft programmes (6 and 9), then the openness commission (10) and an anti-corruption review (12); the site only as the place of publication.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("pr02-koriukivka", KEY)
def _():
    d = kyiv("2013-05-21 09:27:40")
    mid, client = h_bat(d, "pr02")
    body = """Здравствуйте, Управління!

Передруковую лист, бо сканер не працює, оригінал направлено поштою.

                      УКРАЇНА
     КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ
                ЧЕРНІГІВСЬКОЇ ОБЛАСТІ
      вул. Шевченка, 53, м. Корюківка, 15300
         тел. 2-14-90, факс 2-13-36

20.05.2013 № 01-19/934             На № 05-09/1124 від 14.05.2013

                    Управління з питань внутрішньої політики та
                    звязків з громадськістю облдержадміністрації

Про виконання плану заходів
з підвищення рівня відкритості

     Райдержадміністрація повідомляє, що в районі продовжується робота по залученню громадськості до формування та реалізації державної політики. За звітний період проведено 6 консультацій з громадськістю у формі громадських слухань та зустрічей з мешканцями сіл Олександрівка, Хотіївка та Савинки, під час яких члени громадської ради при райдержадміністрації обговорили проекти районних програм розвитку культури та підтримки сімей з дітьми на 2013-2015 роки. Анонс та результати обговорень висвітлювались у районній газеті «Маяк» та на офіційному сайті.

     Громадська рада при райдержадміністрації, на рекомендацію райдержадміністрації, утворила у своєму складі комісію з питань відкритості та прозорості діяльності органів влади під головуванням Ковтуна М.П.

     На проект розпорядження голови райдержадміністрації «Про затвердження Правил благоустрою території сіл району» ГО «Корюківський правозахисний центр» проведено громадську антикорупційну експертизу, за її результатами до проекту внесено зміни щодо порядку погодження розміщення тимчасових споруд.

Голова райдержадміністрації                      В.М.Короткий
Вик. Петренко 2-12-77

-- 
З повагою,
 Світлана                          mailto:rda-koriukivka@example.gov.ua
"""
    root = text_part(body, "plain", "koi8-u", "8bit", quoted_charset=False)
    top = headers(addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "koi8-u", quote=False),
                  "лист РДА № 01-19/934 від 20.05.2013", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="koi8-u", subj_enc="Q")
    return message(top, root, received(d, "koriukivka.example.gov.ua", ip("pr02"), 5, "pr02"))


KEY = {"class": "prose", "executor": "su-finansy", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird with an .odt (RFC 2231 name): prose on keeping the two rubrics of the oblast site up to date (2, not 1) and on a Public Council committee head sitting in the collegium (8); the newspaper paragraph names no measure.",
       "items": [{"measure": 2, "source": "Інформація ГФУ (відкритий уряд).odt"},
                 {"measure": 8, "source": "Інформація ГФУ (відкритий уряд).odt"}]}


@mail("pr03-finansy", KEY)
def _():
    d = kyiv("2013-12-06 11:58:25")
    mid, client = h_tb(d, "pr03")
    body = """Доброго дня!
Надсилаємо інформацію Головного фінансового управління облдержадміністрації за ІІ півріччя 2013 року.

З повагою
сектор інформаційно-аналітичної роботи ГФУ
"""
    root = multipart("mixed", [
        text_part(body, "plain", "UTF-8", "8bit", quoted_charset=False, format_flowed=True),
        attachment("pr03.odt", "application/vnd.oasis.opendocument.text",
                   "Інформація ГФУ (відкритий уряд).odt", "2231", "UTF-8"),
    ], "------------%s" % uid("pr03", "b")[:24].upper())
    top = headers(addr("ГФУ ОДА", "finansy@example.gov.ua", "UTF-8"),
                  "інформація ГФУ - відкритий уряд", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="UTF-8")
    return message(top, root, received(d, "mail.finansy.example.gov.ua", ip("pr03"), 4, "pr03"))


KEY = {"class": "prose", "executor": "rda-sribne", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 Word HTML with a plain twin; headings name the subjects («Щодо роботи офіційного веб-сайту», «…консультацій…», «…громадських експертиз») over paragraphs without numbers; the site also appears in passing under consultations.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("pr04-sribne", KEY)
def _():
    d = kyiv("2013-12-09 14:33:17")
    mid, client = h_outlook("2007", d, "pr04")
    paras = [
        ("p", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"),
        ("p", ""),
        ("p", "Срібнянська районна державна адміністрація надає інформацію про виконання заходів щодо підвищення рівня відкритості та прозорості діяльності за ІІ півріччя 2013 року."),
        ("p", ""),
        ("h", "Щодо роботи офіційного веб-сайту"),
        ("p", "Офіційний веб-сайт райдержадміністрації переведено на нову платформу, розділи «Доступ до публічної інформації», «Регуляторна діяльність» та «Громадська рада» наповнено відповідно до вимог законодавства; оприлюднено звіт голови райдержадміністрації за 9 місяців."),
        ("p", ""),
        ("h", "Щодо консультацій з громадськістю"),
        ("p", "Відповідно до орієнтовного плану консультацій проведено громадські слухання щодо проекту Програми соціально-економічного та культурного розвитку району на 2014 рік (14.11.2013) та зустріч з жителями с. Дігтярі з питань реорганізації дільничної лікарні (02.10.2013). Протоколи оприлюднено на веб-сайті."),
        ("p", ""),
        ("h", "Щодо громадських експертиз"),
        ("p", "Громадська організація «Срібнянська ініціатива» провела громадську експертизу діяльності відділу освіти райдержадміністрації; за її пропозиціями розроблено план заходів, який затверджено розпорядженням голови райдержадміністрації від 29.11.2013."),
        ("p", ""),
        ("p", "Керівник апарату райдержадміністрації     Т.О.Степаненко"),
    ]
    plain = "\n".join(t for _, t in paras) + "\n"
    inner = "\n".join(
        ("<p class=MsoNormal><b><u><span style='font-size:13.0pt'>%s</span></u></b></p>" % html_escape(t))
        if k == "h" else
        ("<p class=MsoNormal style='text-align:justify;text-indent:35.4pt'><span style='font-size:13.0pt'>%s</span></p>"
         % (html_escape(t) or "&nbsp;"))
        for k, t in paras)
    html = word_html(inner, "windows-1251", "Microsoft Word 12 (filtered medium)")
    root = multipart("alternative", [
        text_part(plain, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], "----=_NextPart_000_0027_01CEF4D5.A3C8E1B0")
    top = headers(addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251"),
                  "Інформація Срібнянської РДА за ІІ півріччя 2013 р.", d, mid, client,
                  to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "sribne.example.gov.ua", ip("pr04"), 7, "pr04"))


KEY = {"class": "prose", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The retraining centre's .docx in prose: three training seminars (13) and a methodological guide published and sent out (14); «консультації з громадськістю» is only the seminars' topic, and their materials being on the centre's page is a passing mention.",
       "items": [{"measure": 13, "source": "Звіт центру_семінари.docx"},
                 {"measure": 14, "source": "Звіт центру_семінари.docx"}]}


@mail("pr05-cppk", KEY)
def _():
    d = kyiv("2013-03-04 09:48:11")
    mid, client = h_outlook("2010", d, "pr05", lang="uk")
    body = """Шановні колеги!

Надсилаємо інформацію Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій про виконання Плану заходів.

З повагою
навчально-методичний відділ центру
тел. 77-12-48
"""
    html = word_html(text_to_html(body, "Calibri", "11.0pt"), "windows-1251", "Microsoft Word 14 (filtered medium)")
    alt = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "base64"),
        text_part(html, "html", "windows-1251", "base64"),
    ], "----=_NextPart_001_0005_01CE18B7.C2A3F0E0", preamble=None)
    root = multipart("mixed", [
        alt,
        attachment("pr05.docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Звіт центру_семінари.docx", "B", "utf-8"),
    ], "----=_NextPart_000_0004_01CE18B7.C2A3F0E0")
    top = headers(addr("ЦППК", "cppk@example.gov.ua", "windows-1251"),
                  "інформація ЦППК щодо плану заходів", d, mid, client, to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.cppk.example.gov.ua", ip("pr05"), 5, "pr05"))


# =============================================================================================
# fn — foreign_numbers
# =============================================================================================

KEY = {"class": "foreign_numbers", "executor": "rda-novhorod-siverskyi", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter numbers its own paragraphs 1.–4.: its «1.» is consultations (6), «2.» the site (1), «3.» advisory bodies (7), «4.» says the openness working group was not set up because there is no council (10, by the plan's word); counts 58 and 112 stand near.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("fn01-novhorod-siverskyi", KEY)
def _():
    d = kyiv("2012-12-10 12:47:19")
    mid, client = h_oe(d, "fn01")
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Новгород-Сіверська райдержадміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує:

1. Протягом жовтня-листопада 2012 року проведено 2 консультації з громадськістю у формі громадських слухань: щодо проекту районного бюджету на 2013 рік та щодо оптимізації мережі загальноосвітніх навчальних закладів району. Участь взяли 58 осіб.

2. Офіційний веб-сайт райдержадміністрації працює відповідно до вимог Закону України "Про доступ до публічної інформації", створено розділ "Публічна інформація", в якому розміщено 112 документів.

3. До складу районної комісії з питань захисту прав дитини та координаційної ради з питань молодіжної політики включено представників ГО "Сіверська молодь" та районної організації ветеранів.

4. Громадська рада при райдержадміністрації у звітному періоді не сформована, у зв'язку з чим заходи щодо створення робочої групи з питань відкритості та прозорості не здійснювались.

Заступник голови райдержадміністрації    С.П.Гребенюк
"""
    root = text_part(body, "plain", "windows-1251", "8bit")
    top = headers(addr("Новгород-Сіверська РДА", "rda-novhorod-siverskyi@example.gov.ua", "windows-1251"),
                  "Інформація Новгород-Сіверської РДА", d, mid, client,
                  to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "nsiv-rda.example.gov.ua", ip("fn01"), 6, "fn01"))


KEY = {"class": "foreign_numbers", "executor": "rda-pryluky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .ods from OpenOffice with a running «№ з/п» column (1–7) beside the «Пункт плану» column (1, 6, 7, 9, 10, 12, 16); rows 7 and 10 carry «-» and «х»; order numbers (№ 127, № 151) and counts in the cells.",
       "items": [{"measure": 1, "source": "Прилуцька_РДА_1півр2013.ods"},
                 {"measure": 6, "source": "Прилуцька_РДА_1півр2013.ods"},
                 {"measure": 9, "source": "Прилуцька_РДА_1півр2013.ods"},
                 {"measure": 12, "source": "Прилуцька_РДА_1півр2013.ods"}]}


@mail("fn02-pryluky", KEY)
def _():
    d = kyiv("2013-06-11 10:02:44")
    mid, client = h_tb(d, "fn02", ua="Mozilla/5.0 (Windows; U; Windows NT 5.1; uk; rv:1.9.2.28) Gecko/20120306 Thunderbird/3.1.20")
    body = """Інформація Прилуцької райдержадміністрації про виконання плану заходів за І півріччя 2013 р. додається.

З повагою, відділ організаційної роботи апарату РДА
"""
    root = multipart("mixed", [
        text_part(body, "plain", "windows-1251", "8bit", quoted_charset=False, format_flowed=True),
        attachment("fn02.ods", "application/vnd.oasis.opendocument.spreadsheet",
                   "Прилуцька_РДА_1півр2013.ods", "2231", "windows-1251"),
    ], "------------%s" % uid("fn02", "b")[:24].upper())
    top = headers(addr("Прилуцька РДА", "rda-pryluky@example.gov.ua", "windows-1251"),
                  "Прилуцька РДА - відкритий уряд", d, mid, client,
                  to="uvp@cg.ukrtel.net")
    return message(top, root, received(d, "pryluky-rda.example.gov.ua", ip("fn02"), 5, "fn02"))


KEY = {"class": "foreign_numbers", "executor": "su-apk", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own plan numbering (Розділ 1, 1.1, 1.2, 2.1–2.3) instead of the oblast plan's: 1.1 is the web page (1), 2.1 consultations (6), 2.3 a Public Council committee head in the collegium (8); 1.2 (media) and 2.2 (no council meetings) are nothing; base64 body.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail("fn03-apk", KEY)
def _():
    d = kyiv("2013-12-05 13:15:40")
    mid, client = h_outlook("2003", d, "fn03")
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Головне управління агропромислового розвитку облдержадміністрації надає інформацію про виконання заходів з підвищення рівня відкритості та прозорості за ІІ півріччя 2013 року (відповідно до плану управління, затвердженого наказом від 28.09.2012 № 97).

Розділ 1. Інформаційна відкритість
1.1. На веб-сторінці управління офіційного сайту облдержадміністрації щотижня оновлюється інформація про хід збирання врожаю, ціни на основні продовольчі товари, розміщено звіт про виконання Програми розвитку сільського господарства.
1.2. Підготовлено 14 публікацій у ЗМІ про діяльність управління.

Розділ 2. Взаємодія з громадськістю
2.1. Проведено консультації з громадськістю щодо проекту обласної програми розвитку фермерських господарств на 2014-2018 роки (круглий стіл 10.10.2013, участь 35 осіб).
2.2. Засідання громадської ради не проводились.
2.3. Голова комітету з питань аграрної політики та земельних відносин Громадської ради при облдержадміністрації Литвиненко В.С. входить до складу колегії управління (наказ від 15.07.2013 № 64), на засіданні колегії 21.11.2013 розглянуто його пропозиції щодо підтримки сільськогосподарських кооперативів.

Начальник управління                     М.І.Костенко
"""
    root = text_part(body, "plain", "windows-1251", "base64")
    top = headers(addr("ГУАПР", "apk@example.gov.ua", "windows-1251"),
                  "Інформація ГУ АПР (відкритість)", d, mid, client, to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.apk.example.gov.ua", ip("fn03"), 4, "fn03"))


KEY = {"class": "foreign_numbers", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird letter answering «По п. 6» with sub-items 1) 2) 3) and «По п. 9» with а) б); it opens with «п. 3 розпорядження … № 75», a point of the district's own order, not measure 3.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("fn04-chernihiv", KEY)
def _():
    d = kyiv("2013-06-06 15:20:05")
    mid, client = h_tb(d, "fn04")
    body = """Добрий день.

Чернігівська райдержадміністрація на виконання п. 3 розпорядження голови райдержадміністрації від 14.02.2013 № 75 «Про організацію виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності» інформує:

По п. 6 Плану заходів:
1) 14.03.2013 – громадське обговорення проекту Програми розвитку фізичної культури і спорту в Чернігівському районі на 2013–2016 роки (с. Киїнка, 42 учасники);
2) 23.04.2013 – громадські слухання щодо встановлення тарифів на послуги водопостачання в с. Новий Білоус;
3) 16.05.2013 – зустріч голови райдержадміністрації з жителями с. Количівка.

По п. 9:
а) члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження «Про затвердження районної програми оздоровлення дітей на 2013 рік»;
б) проект Програми розвитку фізичної культури і спорту направлено громадській раді, отримано 2 пропозиції.

З повагою
Сектор з питань внутрішньої політики, зв'язків з громадськістю та засобами масової інформації апарату райдержадміністрації
"""
    root = text_part(body, "plain", "UTF-8", "quoted-printable", quoted_charset=False, format_flowed=True)
    top = headers(addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "UTF-8"),
                  "інформація Чернігівської РДА", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="UTF-8")
    return message(top, root, received(d, "mail.chernihiv-rda.example.gov.ua", ip("fn04"), 3, "fn04"))


KEY = {"class": "foreign_numbers", "executor": "rda-kozelets", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A space-aligned table from the district's own plan (order № 311) numbered «1.»–«7.» in a «№ з/п» column and no oblast plan numbers: rows 1, 2, 4, 6 match measures 1, 6, 7, 12 by subject; row 5 is «-», rows 3 and 7 (receptions, media) are no measure.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("fn05-kozelets", KEY)
def _():
    d = kyiv("2013-12-13 11:26:59")
    mid, client = h_oe(d, "fn05")
    body = """Інформація про виконання районного Плану заходів щодо підвищення рівня відкритості та прозорості діяльності Козелецької райдержадміністрації (розпорядження голови РДА від 25.09.2012 № 311) за ІІ півріччя 2013 року

№    Захід районного плану             Відповідальні      Стан виконання
з/п
1.   Забезпечити наповнення            Апарат РДА         Виконується. На сайті РДА створено
     офіційного веб-сайту РДА                             рубрику "Відкрита влада", оприлюднено
                                                          96 розпоряджень голови РДА
2.   Проводити консультації з          Структурні         Проведено 4 громадські обговорення,
     громадськістю                     підрозділи         у т.ч. проекту бюджету району на
                                                          2014 р.
3.   Проводити особисті прийоми        Апарат РДА         Проведено 48 особистих прийомів
     громадян керівництвом РДА
4.   Залучати членів громадської       Структурні         Представники ГО "Козелецька громада"
     ради до дорадчих органів          підрозділи         включені до складу ради з питань
                                                          підприємництва при РДА
5.   Рекомендувати громадській раді    Відділ орг.        -
     створити робочу групу             роботи
6.   Сприяти проведенню громадських    Юридичний          Проведено 1 громадську антикорупційну
     антикорупційних експертиз         сектор             експертизу (проект Правил благоустрою
                                                          смт Козелець)
7.   Висвітлювати діяльність РДА       Відділ орг.        120 публікацій
     в ЗМІ                             роботи

Гнатенко Л.М., загальний відділ апарату РДА
"""
    root = text_part(body, "plain", "koi8-u", "quoted-printable")
    top = headers(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "koi8-u"),
                  "Інформація Козелецької РДА ІІ півріччя", d, mid, client,
                  to="<uvp@cg.ukrtel.net>", subj_cs="koi8-u")
    return message(top, root, received(d, "kozelets-rda.example.gov.ua", ip("fn05"), 8, "fn05"))


# =============================================================================================
# pa — personal_address
# =============================================================================================

KEY = {"class": "personal_address", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent on Saturday evening of the deadline from a private ukr.net box («пишу з дому»); Менська РДА is named in the body and in the genitive in the signature, beside the addressee УВП; «По решті пунктів заходи не проводились» is a placeholder.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail("pa01-mena", KEY)
def _():
    d = kyiv("2012-12-15 21:18:44")
    mid = "<%s.%s.%s@frv%d.ukr.net>" % (int(d.timestamp()), int(uid("pa01")[:6], 16), uid("pa01", "x")[:8], 42)
    client = [("X-Mailer", "FREEMAIL.UKR.NET"), ("X-Originating-Ip", "[176.36.%d.%d]" % (112, 9))]
    body = """Добрий вечір!
Пишу з дому, бо в РДА з четверга не працює пошта (провайдер). Прошу прийняти інформацію Менської райдержадміністрації до управління з питань внутрішньої політики та звязків з громадськістю облдержадміністрації.

Офіційний сайт райдержадміністрації наповнюється відповідно до вимог закону, в листопаді оновлено розділи "Звернення громадян" та "Публічна інформація".
Проведено громадські слухання щодо проекту районного бюджету на 2013 рік (29.11.2012), участь взяли 33 особи.
Члени громадської ради взяли участь в обговоренні проекту програми "Питна вода Менщини".
По решті пунктів заходи не проводились.

З повагою, Клименко Тетяна Олексіївна,
головний спеціаліст відділу організаційної роботи апарату Менської райдержадміністрації
"""
    html = ("<div>" + "</div>\n<div>".join(html_escape(l) or "<br>" for l in body.rstrip("\n").split("\n")) + "</div>")
    root = multipart("alternative", [
        text_part(body, "plain", "utf-8", "base64", quoted_charset=False),
        text_part(html, "html", "utf-8", "base64", quoted_charset=False),
    ], "%s" % uid("pa01", "b")[:20], preamble=None)
    top = headers(addr("Тетяна Клименко", "tanya_kl67@ukr.net", "utf-8"),
                  "Менська РДА інформація", d, mid, client, to="uvp@cg.ukrtel.net",
                  subj_cs="utf-8")
    return message(top, root, received(d, "frv42.ukr.net", "195.214.192.%d" % 42, 3, "pa01"))


KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail box of a head of division; the office is named only in the genitive («…Головного управління економіки облдержадміністрації») in body and signature, beside a reference to УВП's letter; the .doc table answers 1, 2, 6, 9, promises 8 and leaves 7, 12 as «-»/«немає».",
       "items": [{"measure": 1, "source": "Інформація ГУЕ відкритий уряд.doc"},
                 {"measure": 2, "source": "Інформація ГУЕ відкритий уряд.doc"},
                 {"measure": 6, "source": "Інформація ГУЕ відкритий уряд.doc"},
                 {"measure": 9, "source": "Інформація ГУЕ відкритий уряд.doc"}]}


@mail("pa02-ekonomika", KEY)
def _():
    d = kyiv("2012-12-14 17:40:03")
    mid = "<CA+%s@mail.gmail.com>" % base64.b64encode(bytes.fromhex(uid("pa02")[:36])).decode().replace("/", "_")
    client = []
    body = """Добрий день!

Направляю інформацію Головного управління економіки облдержадміністрації на виконання Плану заходів (до листа управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації від 26.11.2012 № 05-09/2488). У нас сьогодні не працює службова пошта, тому надсилаю зі своєї.

-- 
З повагою,
Савчук Олена
начальник відділу стратегічного планування
Головного управління економіки облдержадміністрації
"""
    html = ("<div dir=\"ltr\">" + "<br>".join(html_escape(l) for l in body.rstrip("\n").split("\n")) + "</div>\n")
    b1 = "047d7b%s" % uid("pa02", "b1")[:22]
    b2 = "047d7b%s" % uid("pa02", "b2")[:22]
    alt = multipart("alternative", [
        text_part(body, "plain", "UTF-8", "base64", quoted_charset=False),
        text_part(html, "html", "UTF-8", "base64", quoted_charset=False),
    ], b1, preamble=None)
    alt.headers[0] = ("Content-Type", "multipart/alternative; boundary=%s" % b1)
    root = multipart("mixed", [
        alt, attachment("pa02.doc", "application/msword", "Інформація ГУЕ відкритий уряд.doc", "B", "UTF-8",
                        extra=[("X-Attachment-Id", "f_hanb%s" % uid("pa02")[:6])]),
    ], b2, preamble=None)
    root.headers[0] = ("Content-Type", "multipart/mixed; boundary=%s" % b2)
    top = headers(addr("Олена Савчук", "o.savchuk.econ@gmail.com", "UTF-8"),
                  "інформація ГУЕ - відкритий уряд", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="UTF-8")
    return message(top, root, received(d, "mail-wg0-f45.google.com", "74.125.82.45", 2, "pa02"))


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from another executor's registered box (Управління освіти і науки) «прохання прийняти інформацію Служби у справах дітей»; the reporting office is named in the body and the signature; three dashed lines without numbers: site page (1), a committee head and an NGO in a commission (7, not 8), a draft programme sent for public review (12).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("pa03-sluzhba-ditei", KEY)
def _():
    d = kyiv("2013-12-11 16:02:38")
    mid, client = h_outlook("2010", d, "pa03", lang="uk")
    body = """Доброго дня!
Прохання прийняти інформацію Служби у справах дітей облдержадміністрації про виконання Плану заходів, надсилаємо з пошти управління освіти, оскільки у Служби не працює електронна пошта.

Служба у справах дітей облдержадміністрації інформує управління з питань внутрішньої політики та звязків з громадськістю облдержадміністрації:
- на веб-сторінці Служби офіційного сайту облдержадміністрації оновлено інформацію про порядок усиновлення та розміщено банк даних дітей, які потребують сімейного влаштування (без персональних даних);
- до складу обласної комісії з питань захисту прав дитини включено голову комітету з соціальних питань Громадської ради при облдержадміністрації та представника ГО «Дитячий фонд Чернігівщини»;
- проект Регіональної програми «Дитинство Чернігівщини» на 2014–2016 роки направлено громадським організаціям для проведення громадської експертизи, одержано 6 пропозицій, які враховано.

Начальник служби у справах дітей облдержадміністрації    Л.М.Гармаш

Виконавець: Руденко О.В., тел. 67-53-12
"""
    html = word_html(text_to_html(body, "Calibri", "11.0pt"), "windows-1251", "Microsoft Word 14 (filtered medium)")
    root = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], "----=_NextPart_000_0038_01CEF69C.2B7E4F10")
    top = headers(addr("Управління освіти і науки", "osvita@example.gov.ua", "windows-1251"),
                  "інформація служби у справах дітей", d, mid, client, to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.osvita.example.gov.ua", ip("pa03"), 6, "pa03"))


KEY = {"class": "personal_address", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian, from an i.ua box of the district's organisational department; Сребнянская РГА only in the genitive in body and signature, beside the addressee УВП; a Word table pasted as HTML with a tab twin, its site row a «-».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("pa04-sribne", KEY)
def _():
    d = kyiv("2013-06-14 16:55:12")
    mid = "<%s.%s@i.ua>" % (int(d.timestamp()), uid("pa04")[:10])
    client = [("X-Mailer", "I.UA Mail"), ("X-Originating-IP", "[46.200.%d.%d]" % (17, 203))]
    body = """Добрый день!
Направляем информацию отдела организационной работы аппарата Сребнянской райгосадминистрации в управление по вопросам внутренней политики и связей с общественностью облгосадминистрации (служебная почта временно не работает).

п.	Мероприятие	Выполнение
6	Консультации с общественностью	Проведено 2 публичных обсуждения: проекта районной программы "Питьевая вода" и проекта решения о переименовании улиц пгт Сребное
10	Рабочая группа по вопросам открытости	Общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости и прозрачности (письмо от 12.04.2013 № 02-08/411)
12	Общественные экспертизы	ОО "Сребнянщина" проведена общественная антикоррупционная экспертиза проекта распоряжения председателя РГА о порядке предоставления материальной помощи
1	Сайт	-

С уважением, Носенко Людмила Ивановна
отдел организационной работы аппарата Сребнянской РГА
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
            + text_to_html(body, "Arial", "10pt", mso=False) + "</body></html>")
    root = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "8bit", quoted_charset=False),
        text_part(html, "html", "windows-1251", "8bit", quoted_charset=False),
    ], "----iua-%s" % uid("pa04", "b")[:16], preamble=None)
    top = headers(addr("orgviddil sribne", "orgviddil_sribne@i.ua"),
                  "информация Сребнянской РГА", d, mid, client, to="uvp@cg.ukrtel.net")
    return message(top, root, received(d, "mx.i.ua", "91.198.36.14", 2, "pa04"))


KEY = {"class": "personal_address", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The head of the Public Council writes from a private meta.ua box; the council is named only in the signature and the body, and the letter is addressed to УВП and reports УВП's Open Door Day, yet the report is the council's: web resource (3), forum (4), the council at the Open Door Day (11); the public discussion of the plan is only planned.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"},
                 {"measure": 11, "source": "body"}]}


@mail("pa05-gromrada", KEY)
def _():
    d = kyiv("2013-03-29 19:12:30")
    mid = "<%s@meta.ua>" % uid("pa05")[:20]
    client = [("X-Mailer", "META.UA Mail")]
    body = """Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю!

Надсилаю інформацію Громадської ради при облдержадміністрації щодо виконання Плану заходів за І квартал 2013 року.

Веб-ресурс «Чернігівська громада» працює, адміністрування здійснює інформаційна комісія ради; за квартал розміщено 64 матеріали, зареєстровано 218 користувачів.
15 березня 2013 року на базі веб-ресурсу відкрито Інтернет-форум, на якому створено розділи з питань ЖКГ, охорони здоров'я, освіти та співпраці влади і громадськості; на форумі вже обговорюється 23 теми.
Члени Громадської ради взяли участь у Дні відкритих дверей в управлінні з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації 21 лютого 2013 року, ознайомилися з роботою відділів управління.

Громадське обговорення виконання Плану заходів рада планує провести у грудні.

З повагою
Віктор Коваленко,
голова Громадської ради при облдержадміністрації
"""
    root = text_part(body, "plain", "utf-8", "quoted-printable")
    top = headers(addr("Віктор Коваленко", "v.kovalenko.chg@meta.ua", "utf-8"),
                  "Інформація Громадської ради", d, mid, client, to="uvp@cg.ukrtel.net",
                  subj_cs="utf-8")
    return message(top, root, received(d, "mail.meta.ua", "194.0.131.%d" % 21, 3, "pa05"))


# =============================================================================================
# mx — mixed
# =============================================================================================

KEY = {"class": "mixed", "executor": "rda-bobrovytsia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Two days late, Outlook 2003 forwards as message/rfc822 its own letter of 14.12 that bounced off a mistyped address (uvp@cg.ukrtel.ua); the .xls inside the forwarded letter is the report delivered now: 1, 6, 9, 12 (a «Бобровицький форум» NGO is no forum), 7 and 10 «-», 16 «+».",
       "items": [{"measure": 1, "source": "Бобровицька РДА відкритий уряд.xls"},
                 {"measure": 6, "source": "Бобровицька РДА відкритий уряд.xls"},
                 {"measure": 9, "source": "Бобровицька РДА відкритий уряд.xls"},
                 {"measure": 12, "source": "Бобровицька РДА відкритий уряд.xls"}]}


@mail("mx01-bobrovytsia", KEY)
def _():
    d0 = kyiv("2012-12-14 16:20:33")
    mid0, client0 = h_outlook("2003", d0, "mx01-inner")
    inner_body = """Надсилаємо інформацію про виконання плану заходів (Відкритий уряд). Додаток на 2 арк.

Відділ організаційної роботи Бобровицької РДА
"""
    inner_root = multipart("mixed", [
        text_part(inner_body, "plain", "windows-1251", "quoted-printable"),
        attachment("mx01.xls", "application/vnd.ms-excel", "Бобровицька РДА відкритий уряд.xls", "B",
                   "windows-1251"),
    ], "----=_NextPart_000_0021_01CDDA0F.5B3C2E80")
    inner_top = headers(addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251"),
                        "Інформація Бобровицької РДА", d0, mid0, client0, to="<uvp@cg.ukrtel.ua>")
    inner = Part(inner_top + [("MIME-Version", "1.0")] + inner_root.headers, inner_root.body).render()

    d = kyiv("2012-12-17 08:52:10")
    mid, client = h_outlook("2003", d, "mx01")
    body = """Доброго ранку.
Надсилаємо повторно, лист від 14.12 повернувся (помилилися в адресі). Вибачте.

Відділ організаційної роботи Бобровицької РДА
тел. (04632) 2-17-45
"""
    root = multipart("mixed", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "7bit"),
              ("Content-Disposition", "attachment")], inner),
    ], "----=_NextPart_000_0030_01CDDC2E.9A4B5E70")
    top = headers(addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251"),
                  "FW: Інформація Бобровицької РДА", d, mid, client, to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.bobrovytsia.example.gov.ua", ip("mx01"), 6, "mx01"))


KEY = {"class": "mixed", "executor": "rda-varva", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An Outlook Express correction quoting its own letter of 10.06 (with «>», items 1, 6, 7 and «п. 9 – обговорення не проводились»); only the new text counts: p. 9 now reported.",
       "items": [{"measure": 9, "source": "body"}]}


@mail("mx02-varva", KEY)
def _():
    d = kyiv("2013-06-12 09:14:46")
    mid, client = h_oe(d, "mx02")
    earlier = """Інформація Варвинської райдержадміністрації про виконання Плану заходів за I півріччя 2013 року

п. 1 – на офіційному веб-сайті райдержадміністрації оновлено розділ "Громадська рада", розміщено 18 проектів розпоряджень.
п. 6 – проведено громадські слухання щодо проекту районного бюджету та 2 зустрічі з мешканцями сіл району.
п. 7 – до складу комісії з питань ТЕБ і НС включено представника ГО "Варвинське козацтво".
п. 9 – обговорення не проводились.
п. 10, 12 – не проводились.

Заступник голови райдержадміністрації В.О.Мельник
"""
    body = """Уточнення.
В інформації від 10.06.2013 по п. 9 помилково вказано, що обговорення не проводились. Просимо читати:
п. 9 – члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту районної програми розвитку малого і середнього підприємництва на 2013-2014 роки (засідання 16.04.2013) та проекту розпорядження голови РДА "Про організацію літнього оздоровлення дітей".

Вибачте за неточність.
Ткаченко О.

----- Original Message ----- 
From: "Варвинська РДА" <rda-varva@example.gov.ua>
To: <uvp@cg.ukrtel.net>
Sent: Monday, June 10, 2013 3:27 PM
Subject: Інформація Варвинської РДА


""" + quote(wrap(earlier, 72))
    root = text_part(body, "plain", "windows-1251", "quoted-printable")
    top = headers(addr("Варвинська РДА", "rda-varva@example.gov.ua", "windows-1251"),
                  "Уточнення до інформації Варвинської РДА", d, mid, client,
                  to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "varva.example.gov.ua", ip("mx02"), 5, "mx02"))


KEY = {"class": "mixed", "executor": "su-ekolohiia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The cover note and the PDF report different measures: the note adds the collegium (8) that the PDF only promises («п. 8 – інформація буде надана додатково»); the PDF reports 1, 6 and 12 and calls 7 and 9 «не проводились».",
       "items": [{"measure": 1, "source": "Ekolohiia_vidkrytyi_uriad_2013.pdf"},
                 {"measure": 6, "source": "Ekolohiia_vidkrytyi_uriad_2013.pdf"},
                 {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "Ekolohiia_vidkrytyi_uriad_2013.pdf"}]}


@mail("mx03-ekolohiia", KEY)
def _():
    d = kyiv("2013-11-29 15:10:22")
    mid, client = h_outlook("2007", d, "mx03")
    body = """Добрий день!
Направляємо інформацію управління екології та природних ресурсів облдержадміністрації про виконання Плану заходів за ІІ півріччя 2013 року (у вкладенні).
Додатково повідомляємо, що наказом управління від 25.11.2013 № 187 до складу колегії управління введено голову комітету з питань екології та природокористування Громадської ради при облдержадміністрації Гордієнка П.С., відповідні зміни до Положення про колегію внесено.

З повагою,
сектор екологічного аудиту та зв'язків з громадськістю
"""
    html = word_html(text_to_html(body, "Calibri", "11.0pt"), "windows-1251", "Microsoft Word 12 (filtered medium)")
    alt = multipart("alternative", [
        text_part(body, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable"),
    ], "----=_NextPart_001_0015_01CEED13.8F6A2B90", preamble=None)
    root = multipart("mixed", [
        alt, attachment("mx03.pdf", "application/pdf", "Ekolohiia_vidkrytyi_uriad_2013.pdf", "ascii"),
    ], "----=_NextPart_000_0014_01CEED13.8F6A2B90")
    top = headers(addr("Управління екології", "ekolohiia@example.gov.ua", "windows-1251"),
                  "Інформація управління екології - Відкритий уряд", d, mid, client,
                  to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.ekolohiia.example.gov.ua", ip("mx03"), 7, "mx03"))


KEY = {"class": "mixed", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Apple Mail with two attachments named in RFC 2231: the minutes of the public discussion of the plan's implementation (15; its agenda and decisions numbered 1., 2., 1)–3)) and an analytical note on a public expert review of the oblast administration (12; its proposals numbered 1)–3)).",
       "items": [{"measure": 12, "source": "Аналітична записка.pdf"},
                 {"measure": 15, "source": "Протокол громадського обговорення 05.12.2013.docx"}]}


@mail("mx04-ogp-coordinator", KEY)
def _():
    d = kyiv("2013-12-14 12:40:18")
    mid = "<%s-%s-%s@example.org.ua>" % (uid("mx04")[:8].upper(), uid("mx04")[8:12].upper(), uid("mx04")[12:24].upper())
    client = [("X-Mailer", "Apple Mail (2.1510)")]
    body = """Доброго дня!

Надсилаю протокол громадського обговорення виконання Плану заходів, що відбулося 5 грудня в обласному центрі НГО, та аналітичну записку за результатами громадської експертизи.

З повагою,
Ірина Лук'яненко
регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області
"""
    b = "Apple-Mail=_%s" % uid("mx04", "b")[:32].upper()
    root = multipart("mixed", [
        text_part(body, "plain", "utf-8", "quoted-printable", quoted_charset=False),
        attachment("mx04a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Протокол громадського обговорення 05.12.2013.docx", "2231a", "utf-8",
                   disposition="attachment"),
        attachment("mx04b.pdf", "application/pdf", "Аналітична записка.pdf", "2231a", "utf-8"),
        text_part("\n", "plain", "us-ascii", "7bit", quoted_charset=False),
    ], b, preamble=None)
    top = headers(addr("Ірина Лук'яненко", "ogp-coordinator@example.org.ua", "utf-8", "Q"),
                  "протокол обговорення та аналітична записка", d, mid, client,
                  to="uvp@cg.ukrtel.net", subj_cs="utf-8", subj_enc="Q")
    return message(top, root, received(d, "smtp.example.org.ua", "91.200.%d.%d" % (40, 7), 4, "mx04"))


def png(width, height, pixel):
    """A small PNG, pixel(x, y) -> (r, g, b)."""
    import struct
    import zlib
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def hotline_chart():
    bars = [(10, 31), (40, 38), (70, 45), (100, 41), (130, 52)]   # Jan..May, height in px

    def px(x, y):
        for bx, h in bars:
            if bx <= x < bx + 20 and y >= 60 - h:
                return (54, 96, 146)
        if y == 60 or x == 4:
            return (90, 90, 90)
        return (255, 255, 255)
    return png(160, 64, px)


KEY = {"class": "mixed", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 Word HTML in multipart/related with an inline chart image; the HTML part is labelled koi8-r but holds windows-1251 (its meta says so), the plain twin is right; the hot line (5) is reported, the site only as where the weekly summary is put.",
       "items": [{"measure": 5, "source": "body"}]}


@mail("mx05-zvernennia", KEY)
def _():
    d = kyiv("2013-06-10 10:05:33")
    mid, client = h_outlook("2003", d, "mx05")
    paras = [
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        "",
        "Відділ роботи із зверненнями громадян апарату облдержадміністрації інформує про роботу «гарячої лінії» голови облдержадміністрації за І півріччя 2013 року.",
        "",
        "З 1 січня по 31 травня 2013 року на «гарячу лінію» голови облдержадміністрації надійшло 1 284 звернення (на 17 % більше, ніж за відповідний період 2012 року). Найбільше звернень стосувалося питань житлово-комунального господарства (412), соціального захисту (297), земельних відносин (163). Усі звернення взято на контроль, 86 % вирішено позитивно або надано роз'яснення. Щотижня узагальнена інформація про роботу «гарячої лінії» надається голові облдержадміністрації та розміщується на офіційному веб-сайті облдержадміністрації.",
        "",
        "Динаміка звернень за місяцями наведена на діаграмі:",
    ]
    sign = ["", "Завідувач відділу роботи із зверненнями громадян",
            "апарату облдержадміністрації                  Н.В.Пономаренко"]
    plain = "\n".join(paras) + "\n\n" + "\n".join(sign) + "\n"
    cid = "image001.png@01CE65B4.3E2A1F90"
    inner = "\n".join("<p class=MsoNormal><span style='font-size:13.0pt'>%s</span></p>" % (html_escape(t) or "&nbsp;")
                      for t in paras)
    inner += ("\n<p class=MsoNormal><span style='font-size:13.0pt'><img width=160 height=64 id=\"_x0000_i1025\" "
              "src=\"cid:%s\"></span></p>\n" % cid)
    inner += "\n".join("<p class=MsoNormal><span style='font-size:13.0pt'>%s</span></p>" % (html_escape(t) or "&nbsp;")
                       for t in sign)
    html = word_html(inner, "windows-1251", "Microsoft Word 11 (filtered medium)")
    alt = multipart("alternative", [
        text_part(plain, "plain", "windows-1251", "quoted-printable"),
        text_part(html, "html", "windows-1251", "quoted-printable", label="koi8-r"),
    ], "----=_NextPart_001_0009_01CE65B4.3E2A1F90", preamble=None)
    img = Part([("Content-Type", 'image/png;\r\n\tname="image001.png"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-ID", "<%s>" % cid)], b64_encode(hotline_chart()))
    root = multipart("related", [alt, img], "----=_NextPart_000_0008_01CE65B4.3E2A1F90",
                     params=';\r\n\ttype="multipart/alternative"')
    top = headers(addr("Відділ звернень ОДА", "zvernennia@example.gov.ua", "windows-1251"),
                  "гаряча лінія - інформація за І півріччя", d, mid, client,
                  to="<uvp@cg.ukrtel.net>")
    return message(top, root, received(d, "mail.zvernennia.example.gov.ua", ip("mx05"), 5, "mx05"))


# =============================================================================================
# Attachments: converted once from attachments/src/ with LibreOffice and kept
# =============================================================================================

CONVERT = {
    "ph02.xls": ("ph02.csv", "xls:MS Excel 97"),
    "mx01.xls": ("mx01.csv", "xls:MS Excel 97"),
    "rg03.xlsx": ("rg03.csv", "xlsx:Calc MS Excel 2007 XML"),
    "fn02.ods": ("fn02.csv", "ods:calc8"),
    "ph03.docx": ("ph03.html", "docx:MS Word 2007 XML"),
    "pr05.docx": ("pr05.html", "docx:MS Word 2007 XML"),
    "mx04a.docx": ("mx04a.html", "docx:MS Word 2007 XML"),
    "pa02.doc": ("pa02.html", "doc:MS Word 97"),
    "pr03.odt": ("pr03.html", "odt:writer8"),
    "rg05.rtf": ("rg05.html", "rtf:Rich Text Format"),
    "pr01.pdf": ("pr01.html", "pdf:writer_pdf_Export"),
    "mx03.pdf": ("mx03.html", "pdf:writer_pdf_Export"),
    "mx04b.pdf": ("mx04b.html", "pdf:writer_pdf_Export"),
}


def convert(force=False):
    for out, (src, filt) in sorted(CONVERT.items()):
        target = os.path.join(ATT, out)
        if os.path.exists(target) and not force:
            continue
        infilter = "CSV:44,34,76,1" if src.endswith(".csv") else "HTML (StarWriter)"
        cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
               "--infilter=" + infilter, "--convert-to", filt, "--outdir", ATT, os.path.join(SRC, src)]
        print("converting", src, "->", out)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not os.path.exists(target):
            sys.exit("conversion failed: %s" % out)


# =============================================================================================
# Checks
# =============================================================================================

def period_of(local_date):
    """(period, late) for a Kyiv calendar date, or (None, None)."""
    if local_date < APPROVED:
        return None, None
    start = APPROVED
    for n, dl in enumerate(DEADLINES, 1):
        if start <= local_date <= dl:
            return n, False
        if dl < local_date <= dl + dt.timedelta(days=GRACE_DAYS):
            return n, True
        start = dl + dt.timedelta(days=GRACE_DAYS + 1)
    return None, None


def decoded_filename(part):
    fn = part.get_filename()
    if fn and "=?" in fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def check_plan():
    if tomllib is None or not os.path.exists(PLAN_TOML):
        return
    with open(PLAN_TOML, "rb") as f:
        plan = tomllib.load(f)
    ids = {e["id"]: [a.lower() for a in e.get("emails", [])] for e in plan["executor"]}
    for ex, a in EXECUTORS.items():
        assert ex in ids, "executor %s not in plan.toml" % ex
        assert a in ids[ex], "address %s not registered for %s" % (a, ex)
    assert [d["date"] for d in plan["deadline"]] == DEADLINES, "deadlines differ from plan.toml"
    assert plan["plan"]["approved"] == APPROVED
    assert plan["plan"].get("grace_days", 3) == GRACE_DAYS
    for m in plan["measure"]:
        if m["number"] in MEASURES:
            assert MEASURES[m["number"]] == m["text"], "measure %d text differs" % m["number"]


def check(name, key, raw):
    errs = []
    prefix = name[:2]
    if CLASSES.get(prefix) != key["class"]:
        errs.append("class %r does not match prefix %r" % (key["class"], prefix))
    if key["executor"] not in EXECUTORS:
        errs.append("unknown executor %r" % key["executor"])
    if set(key) != {"class", "executor", "period", "late", "kind", "reason", "note", "items"}:
        errs.append("key fields: %s" % sorted(key))
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    if pairs != sorted(set(pairs)):
        errs.append("items not sorted/unique")
    for m, s in pairs:
        if not (isinstance(m, int) and 1 <= m <= 15):
            errs.append("measure %r out of 1-15" % m)
    if key["kind"] == "not_report":
        if key["class"] != "not_report" or key["reason"] not in REASONS or items:
            errs.append("not_report key inconsistent")
    elif key["kind"] == "report":
        if key["reason"] is not None or not items:
            errs.append("report key inconsistent")
    else:
        errs.append("kind %r" % key["kind"])
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if b"\r" in raw.replace(b"\r\n", b""):
        errs.append("bare CR")
    if max(len(l) for l in raw.split(b"\r\n")) > 998:
        errs.append("a line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Received"):
        if msg[h] is None:
            errs.append("missing %s" % h)
    if MAILBOX not in msg["To"]:
        errs.append("To is not the mailbox")
    date = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    if not (dt.date(2012, 1, 1) <= date.date() <= dt.date(2013, 12, 31)):
        errs.append("date outside 2012-2013")
    per, late = period_of(date.date())
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late %r/%r but Date gives %r/%r" % (key["period"], key["late"], per, late))
    recv = msg.get_all("Received")[0]
    rdate = email.utils.parsedate_to_datetime(recv.rsplit(";", 1)[1].split("(")[0].strip()).astimezone(KYIV)
    delta = (rdate - date).total_seconds()
    if not (0 < delta <= 30) or rdate.date() != date.date():
        errs.append("Received %s not a few seconds after Date %s on the same day" % (rdate, date))
    frm = email.utils.parseaddr(msg["From"])[1].lower()
    own = EXECUTORS[key["executor"]] if key["executor"] in EXECUTORS else None
    registered = {v: k for k, v in EXECUTORS.items()}
    if key["class"] == "personal_address":
        if frm == own:
            errs.append("personal_address mail sent from the executor's own box")
    elif frm != own and not (key["class"] == "not_report" and frm not in registered
                             and not frm.endswith("example.gov.ua")):
        errs.append("From %s is not %s's registered address" % (frm, key["executor"]))
    if frm.endswith("@example.gov.ua") or frm.endswith("@example.org.ua"):
        if frm not in registered:
            errs.append("From %s looks registered but is not in plan.toml" % frm)
    names = set()
    for part in msg.walk():
        fn = decoded_filename(part)
        if fn:
            names.add(fn)
            payload = part.get_payload(decode=True) or b""
            if len(payload) >= 60 * 1024:
                errs.append("attachment %s is %d bytes" % (fn, len(payload)))
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" and not fn:
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("text part does not decode as %s: %s" % (cs, e))
    for m, s in pairs:
        if s != "body" and s not in names:
            errs.append("source %r not among attachments %r" % (s, sorted(names)))
    return errs


def pdf_text_ok(path):
    try:
        out = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return len(out.decode("utf-8", "replace").split()) > 20


def main():
    force = "--convert" in sys.argv
    convert(force)
    check_plan()
    for f in sorted(os.listdir(ATT)):
        p = os.path.join(ATT, f)
        if os.path.isfile(p):
            if os.path.getsize(p) >= 60 * 1024:
                sys.exit("attachment %s over 60 KB" % f)
            if f.endswith(".pdf") and pdf_text_ok(p) is False:
                sys.exit("PDF %s has no text layer" % f)
    problems = 0
    seen = set()
    counts = {}
    measures = set()
    for name, key, fn in MAILS:
        if name in seen:
            sys.exit("duplicate mail %s" % name)
        seen.add(name)
        raw = fn()
        errs = check(name, key, raw)
        for e in errs:
            print("%s: %s" % (name, e))
        problems += len(errs)
        counts[key["class"]] = counts.get(key["class"], 0) + 1
        measures |= {i["measure"] for i in key["items"]}
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if len(MAILS) != 40:
        print("expected 40 mails, have %d" % len(MAILS)); problems += 1
    for c in CLASSES.values():
        if counts.get(c) != 5:
            print("class %s has %s mails" % (c, counts.get(c))); problems += 1
    if measures != set(range(1, 16)):
        print("measures never itemised: %s" % sorted(set(range(1, 16)) - measures)); problems += 1
    stale = [f for f in os.listdir(HERE) if f.endswith((".eml", ".expected.json"))
             and f.split(".")[0] not in seen]
    for f in stale:
        print("stale file", f); problems += 1
    if problems:
        sys.exit("%d problem(s)" % problems)
    print("built %d mails, %d items; all checks passed" % (len(MAILS), sum(len(k["items"]) for _, k, _ in MAILS)))


if __name__ == "__main__":
    main()
