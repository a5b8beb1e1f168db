#!/usr/bin/env python3
"""Build the "ledger" test corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Python 3 standard library only; LibreOffice (soffice) converts the office attachments once,
the results are kept in attachments/ and reused, so a rerun writes byte-identical .eml files.

Every KEY below was written by hand before the text of its mail; this script only checks the
keys (class prefix, items sorted and unique, period/late against the Date header in
Europe/Kyiv, every source present in the mail) and writes them out beside the mails.

Everything in the mails (people, NGOs, events, counts, dates, outgoing numbers, private
addresses) is invented.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import shutil
import subprocess
import sys
import urllib.parse
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
WORK = "/tmp/ledger-work"
KYIV = ZoneInfo("Europe/Kyiv")
UVP = "uvp@cg.ukrtel.net"
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_NAME = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
             "в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}

# The plan's measures as zvit quotes them in reminders and receipts (verbatim plan text).
MEAS = {
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

# --------------------------------------------------------------------------------------
# small deterministic helpers


def sha(name, salt=""):
    return hashlib.sha1((name + "|" + salt).encode("utf-8")).hexdigest()


def kd(local):
    """'2012-12-13 16:47:21' (Kyiv wall time) -> RFC 5322 date with the Kyiv offset."""
    t = dt.datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)
    return email.utils.format_datetime(t)


def kyiv_of(date_hdr):
    return email.utils.parsedate_to_datetime(date_hdr).astimezone(KYIV)


def received(name, date_hdr, frm_host, frm_ip, by="mail.cg.ukrtel.net", proto="ESMTP"):
    """A Received: header a few seconds after Date, written in Kyiv time, same Kyiv day."""
    t = kyiv_of(date_hdr)
    r = t + dt.timedelta(seconds=2 + int(sha(name, "rcv")[:2], 16) % 9)
    assert r.date() == t.date(), name
    qid = sha(name, "qid")[:10].upper()
    return ("from %s ([%s])\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s"
            % (frm_host, frm_ip, by, proto, qid, UVP, email.utils.format_datetime(r)))


def outlook_boundary(name, n=0):
    h = sha(name, "b%d" % n).upper()
    return "----=_NextPart_%03d_%s_%s.%s" % (n, h[:4], "01CD" + h[4:8], h[8:16])


def tb_boundary(name, n=0):
    h = sha(name, "b%d" % n)
    return "------------" + "".join(str(int(c, 16) % 10) for c in h[:24])


def gmail_boundary(name, n=0):
    return "047d7b" + sha(name, "b%d" % n)[:22]


def hexb(name, n=0, k=32):
    return sha(name, "b%d" % n)[:k]


def mid(name, style, host="example.gov.ua"):
    h = sha(name, "mid")
    if style == "outlook":      # Outlook 2003/2007/2010, Outlook Express
        return "<%s01cd%s$%s$%s@%s>" % (h[:4], h[4:8], h[8:16], h[16:24], host)
    if style == "oe":
        return "<%s01cd%s$%s$%s@%s>" % (h[:4], h[4:8], h[8:16], "0201a8c0", host)
    if style == "tb":
        return "<%s.%s@%s>" % (h[:8].upper(), str(int(h[8:14], 16))[:7], host)
    if style == "bat":
        return "<%s.%s@%s>" % (int(h[:8], 16), h[8:22], host)
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (base64.b32encode(bytes.fromhex(h[:20])).decode().rstrip("="),
                                              h[20:32])
    if style == "opera":
        return "<op.w%s@%s>" % (h[:13], host)
    if style == "eudora":
        return "<6.2.0.14.2.%s.%s@%s>" % (str(int(h[:10], 16))[:14], h[10:18], host)
    if style == "rc":
        return "<%s@%s>" % (h[:32], host)
    return "<%s@%s>" % (h, host)


# --------------------------------------------------------------------------------------
# encoders


def qp(text, cs):
    """Quoted-printable of text (\n line ends) in charset cs, CRLF lines of at most 76."""
    data = text.encode(cs) if isinstance(text, str) else text
    out = []
    for line in data.split(b"\n"):
        toks = []
        for i, b in enumerate(line):
            if b in (0x20, 0x09):
                toks.append("=%02X" % b if i == len(line) - 1 else chr(b))
            elif 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for tok in toks:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def eightbit(text, cs):
    return text.replace("\n", "\r\n").encode(cs)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space; quote depth kept; space-stuffing."""
    out = []
    for line in text.split("\n"):
        depth = 0
        rest = line
        while rest.startswith(">"):
            depth += 1
            rest = rest[1:]
            if rest.startswith(" "):
                rest = rest[1:]
        prefix = ">" * depth + (" " if depth else "")
        if line == "-- ":
            out.append(line)
            continue
        if not depth and (rest.startswith(" ") or rest.startswith("From ") or rest.startswith(">")):
            prefix = " "
        if rest.strip() == "":
            out.append(">" * depth)
            continue
        room = width - len(prefix)
        lead = rest[:len(rest) - len(rest.lstrip(" "))]
        words = rest.lstrip(" ").split(" ")
        segs, cur = [], lead
        for w in words:
            if cur.strip() and len(cur) + 1 + len(w) > room:
                segs.append(cur + " ")
                cur = w
            else:
                cur = cur + w if not cur.strip() else cur + " " + w
        segs.append(cur.rstrip(" "))
        for s in segs:
            out.append(prefix + s)
    return "\n".join(out)


def hardwrap(text, width=76, prefix=""):
    out = []
    for line in text.split("\n"):
        if len(prefix + line) <= width:
            out.append((prefix + line).rstrip() if line == "" else prefix + line)
            continue
        cur = line[:len(line) - len(line.lstrip(" "))]
        for w in line.lstrip(" ").split(" "):
            if cur.strip() and len(prefix) + len(cur) + 1 + len(w) > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur = cur + w if not cur.strip() else cur + " " + w
        out.append(prefix + cur)
    return "\n".join(out)


def quote(text, mark="> ", width=76):
    res = []
    for line in hardwrap(text, width - len(mark)).split("\n"):
        res.append(mark.rstrip() if line == "" else mark + line)
    return "\n".join(res)


def _chunks(s, cs, maxlen, enc_len):
    out, cur = [], ""
    for ch in s:
        if cur and enc_len(cur + ch) > maxlen:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def hb(s, cs="utf-8", fold="\r\n "):
    """RFC 2047 B encoded-words, each at most 75 characters."""
    pre = "=?%s?B?" % cs
    L = lambda x: len(pre) + 4 * ((len(x.encode(cs)) + 2) // 3) + 2
    return fold.join(pre + base64.b64encode(c.encode(cs)).decode() + "?="
                     for c in _chunks(s, cs, 75, L))


def _q(data, header=True):
    out = ""
    for b in data:
        c = chr(b)
        if b == 0x20 and header:
            out += "_"
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out += c
        else:
            out += "=%02X" % b
    return out


def hq(s, cs="windows-1251", fold="\r\n "):
    """RFC 2047 Q encoded-words."""
    pre = "=?%s?Q?" % cs
    L = lambda x: len(pre) + len(_q(x.encode(cs))) + 2
    return fold.join(pre + _q(c.encode(cs)) + "?=" for c in _chunks(s, cs, 75, L))


def r2231(param, value, cs="utf-8", cont=False, chunk=20):
    """RFC 2231 parameter, with or without continuations."""
    enc = urllib.parse.quote(value.encode(cs), safe="")
    if not cont:
        return "%s*=%s''%s" % (param, cs, enc)
    parts, i = [], 0
    # split the %-encoded text only between encoded octets
    toks = []
    j = 0
    while j < len(enc):
        if enc[j] == "%":
            toks.append(enc[j:j + 3])
            j += 3
        else:
            toks.append(enc[j])
            j += 1
    cur, segs = "", []
    for t in toks:
        if len(cur) + len(t) > chunk * 3:
            segs.append(cur)
            cur = ""
        cur += t
    segs.append(cur)
    for n, sgm in enumerate(segs):
        parts.append("%s*%d*=%s%s" % (param, n, ("%s''" % cs) if n == 0 else "", sgm))
    return ";\r\n ".join(parts)


# --------------------------------------------------------------------------------------
# MIME tree


class P:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None):
        self.headers, self.body, self.parts, self.boundary, self.preamble = \
            headers, body, parts, boundary, preamble


def render(p, top=False):
    out = b""
    for k, v in p.headers:
        out += k.encode("ascii") + b": " + (v if isinstance(v, bytes) else v.encode("ascii")) + b"\r\n"
    out += b"\r\n"
    if p.parts is None:
        out += p.body
        if top:
            out += b"\r\n"
    else:
        if p.preamble:
            out += p.preamble.encode("ascii") + b"\r\n\r\n"
        for sub in p.parts:
            out += b"--" + p.boundary.encode() + b"\r\n" + render(sub) + b"\r\n"
        out += b"--" + p.boundary.encode() + b"--\r\n"
    return out


def text(body, cs, cte, sub="plain", params="", order="ct"):
    """A text leaf. cte: quoted-printable, base64, 8bit, 7bit."""
    ct = 'text/%s;%s charset="%s"%s' % (sub, "\r\n\t" if order == "ct-fold" else "", cs, params) \
        if cs else "text/%s%s" % (sub, params)
    if cte == "quoted-printable":
        data = qp(body, cs or "ascii")
    elif cte == "base64":
        data = b64(body.encode(cs))
    else:
        data = eightbit(body, cs)
    return P([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], data)


MIMETYPES = {
    "doc": "application/msword", "rtf": "application/rtf", "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel", "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odt": "application/vnd.oasis.opendocument.text", "png": "image/png", "gif": "image/gif",
}


def attach(data, fname, style, cs="utf-8", mtype=None, disp="attachment", extra=()):
    """Attachment leaf; style picks how the client writes the file name."""
    ext = fname.rsplit(".", 1)[-1].lower()
    mt = mtype or MIMETYPES[ext]
    if style == "ascii":
        n1 = 'name="%s"' % fname
        n2 = 'filename="%s"' % fname
    elif style == "b":                     # Outlook, gmail, ukr.net: RFC 2047 B in both
        n1 = 'name="%s"' % hb(fname, cs, fold="\r\n\t")
        n2 = 'filename="%s"' % hb(fname, cs, fold="\r\n\t")
    elif style == "q":                     # RFC 2047 Q in both
        n1 = 'name="%s"' % hq(fname, cs, fold="\r\n\t")
        n2 = 'filename="%s"' % hq(fname, cs, fold="\r\n\t")
    elif style == "tb":                    # Thunderbird: 2047 in name, 2231 (continued) in filename
        n1 = 'name="%s"' % hb(fname, cs, fold="\r\n ")
        n2 = r2231("filename", fname, cs, cont=True)
    elif style == "2231":                  # RFC 2231 only, one line
        n1 = r2231("name", fname, cs)
        n2 = r2231("filename", fname, cs)
    else:
        raise ValueError(style)
    hdrs = [("Content-Type", "%s;\r\n\t%s" % (mt, n1)),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", "%s;\r\n\t%s" % (disp, n2) if style != "tb" else "%s;\r\n %s" % (disp, n2))]
    hdrs += list(extra)
    return P(hdrs, b64(data))


# --------------------------------------------------------------------------------------
# attachments: written here as HTML (documents) or CSV (sheets), converted once by LibreOffice

SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % WORK]
FILTERS = {
    "doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML", "odt": "odt:writer8",
    "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export",
    "xls": "xls:MS Excel 97", "xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods:calc8",
}


def office(stem, ext, source, sheet="Аркуш1", colfmt="1/2/2/2/3/2/4/2/5/2/6/2"):
    """attachments/<stem>.<ext>, converted from HTML or CSV text once and then reused."""
    target = os.path.join(ATT, "%s.%s" % (stem, ext))
    if not os.path.exists(target):
        src = os.path.join(WORK, "src", stem)
        out = os.path.join(WORK, "out", stem)
        for d in (src, out):
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
        if ext in ("xls", "xlsx", "ods"):
            path = os.path.join(src, sheet + ".csv")
            with open(path, "w", encoding="utf-8", newline="\r\n") as f:
                f.write(source)
            cmd = SOFFICE + ["--infilter=CSV:59,34,76,1,%s,1058" % colfmt]
        else:
            path = os.path.join(src, stem + ".html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            cmd = SOFFICE + ["--infilter=HTML (StarWriter)"]
        subprocess.run(cmd + ["--convert-to", FILTERS[ext], "--outdir", out, path],
                       check=True, capture_output=True)
        made = [x for x in os.listdir(out)]
        assert len(made) == 1, made
        shutil.move(os.path.join(out, made[0]), target)
    with open(target, "rb") as f:
        data = f.read()
    assert len(data) < 60 * 1024, target
    return data


def doc_html(body, title="", css=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n"
            "<style>body{font-family:'Times New Roman';font-size:12pt} td,th{font-family:'Times New Roman';"
            "font-size:11pt;vertical-align:top} table{border-collapse:collapse} %s</style>"
            "</head><body>\n%s\n</body></html>\n" % (title, css, body))


# A tiny GIF (the "герб" of an Outlook signature), written by hand.
GIF = base64.b64decode(
    "R0lGODlhEAAQAKEBAAAAgP///wAAAAAAACH5BAEKAAIALAAAAAAQABAAAAIpjI+py+0Po5yUFQA7"
    "gHA3FAD38CWiIXzUWnJJa6EK3NYgm6oXgYn2UQA7")


# --------------------------------------------------------------------------------------
# what zvit sends (quoted by replies)


def reminder(executor, deadline, today, missing, partial=False, overdue=False):
    L = ["Шановні колеги!", ""]
    if overdue:
        L.append("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану)."
                 % (deadline, PLAN_NAME))
    else:
        L.append("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати "
                 "до %s на адресу електронної пошти %s." % (PLAN_NAME, deadline, UVP))
    L.append("")
    if partial:
        L.append("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати "
                 "відомості щодо пунктів, наведених нижче." % today)
    else:
        L.append("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:"
                 % (today, executor))
    for m in missing:
        L += ["", "  %d. %s" % (m, MEAS[m])]
    L += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.", "",
          "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.",
          "", "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його "
          "недійсним.", "", "З повагою", OFFICE]
    return "\n".join(L)


def receipt(received_on, subject, executor, period, deadline, recognised, missing, unplaced=0, late=False):
    L = ["Шановні колеги!", "",
         "%s підтверджує отримання Вашого листа від %s «%s»." % (OFFICE, received_on, subject), "",
         "Виконавець: %s." % executor,
         "Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline)]
    if late:
        L.append("Лист надійшов після встановленого терміну; інформацію враховано як подану із запізненням.")
    L.append("")
    if recognised:
        L.append("Розпізнано інформацію щодо таких пунктів плану:")
        for n, ex in recognised:
            L.append("  • пункт %d: %s" % (n, ex))
    else:
        L.append("Інформації, яку можна віднести до пунктів плану, у листі не виявлено.")
    if unplaced:
        L.append("Частину тексту (фрагментів: %d) не вдалося однозначно віднести до пункту плану; її опрацює "
                 "працівник управління." % unplaced)
    L.append("")
    if missing:
        L.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
        for m in missing:
            L.append("  %d. %s" % (m, MEAS[m]))
    else:
        L.append("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей період "
                 "отримано. Дякуємо за співпрацю.")
    L += ["", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s."
          % UVP, "", "З повагою", OFFICE]
    return "\n".join(L)


def h(s):
    """HTML-escape."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paras_html(text, cls="MsoNormal"):
    out = []
    for line in text.split("\n"):
        out.append("<p class=%s>%s<o:p></o:p></p>" % (cls, h(line) if line else "&nbsp;"))
    return "\n".join(out)


def word_html(inner, cs="windows-1251", gen="Microsoft Word 12 (filtered medium)", lang="UK"):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=%s\">\n"
            "<meta name=Generator content=\"%s\">\n<style><!--\n"
            "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";}\n"
            "a:link, span.MsoHyperlink\n\t{color:blue;text-decoration:underline;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;font-family:\"Calibri\",\"sans-serif\";color:windowtext;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=%s link=blue vlink=purple>\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>"
            % (cs, gen, lang, inner))


# --------------------------------------------------------------------------------------
# registry of mails

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


def period_of(date_hdr):
    t = kyiv_of(date_hdr).date()
    deadlines = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
    assert t >= dt.date(2012, 9, 10)
    for n, d in enumerate(deadlines, 1):
        if t <= d:
            return n, False
        if t <= d + dt.timedelta(days=3):
            return n, True
    raise AssertionError("no period")


def top(headers, body_part):
    """Top-level message: the message headers followed by the body part's own MIME headers."""
    return P(headers + [("MIME-Version", "1.0")] + body_part.headers, body_part.body,
             body_part.parts, body_part.boundary, body_part.preamble)


def tidx(name):
    """Outlook Thread-Index (22 bytes, base64)."""
    return base64.b64encode(bytes.fromhex(sha(name, "ti") + sha(name, "ti2")[:4])).decode()


def enc_koi(s):
    """What The Bat! does to characters KOI8-U has not got: a question mark."""
    return s.encode("koi8-u", errors="replace").decode("koi8-u")


# ======================================================================================
# 1. placeholder
# ======================================================================================

KEY = {"class": "placeholder", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 cover line plus a Word 97 table of the six owed measures with the district's own "
               "numbering 1-6 beside the plan numbers and merged header/note cells; rows 7, 10, 12 say х, "
               "немає, bare «Не проводились»; row 9 points to «п.2» of the office's own numbering.",
       "items": [{"measure": 1, "source": "Інформація Короп ВУ.doc"},
                 {"measure": 6, "source": "Інформація Короп ВУ.doc"},
                 {"measure": 9, "source": "Інформація Короп ВУ.doc"}]}


@mail("ph01-korop", KEY)
def _(name):
    date = kd("2012-12-13 16:47:21")
    docsrc = doc_html("""
<p align="center"><b>Інформація<br>Коропської районної державної адміністрації щодо виконання плану заходів ОДА
(Відкритий уряд)<br>станом на 13.12.2012</b></p>
<table border="1" cellpadding="4" width="100%">
<tr><th rowspan="2">№ з/п</th><th rowspan="2">№ п. плану ОДА</th><th rowspan="2">Напрям</th><th colspan="2">Виконання</th></tr>
<tr><th>що зроблено</th><th>примітка</th></tr>
<tr><td>1</td><td>1</td><td>Сайт РДА</td><td>Сайт переведено на новий хостинг, додано розділ «Доступ до публічної інформації», розміщуються розпорядження голови РДА (за листопад — 34)</td><td rowspan="2">інф. розміщено також на сайті РДА</td></tr>
<tr><td>2</td><td>6</td><td>Консультації</td><td>Проведено 2 публічних обговорення: проект бюджету району на 2013 р. (22.11), схема санітарного очищення смт Короп (06.12), всього 58 учасн.</td></tr>
<tr><td>3</td><td>7</td><td>Громадськість у дорадчих органах</td><td>х</td><td></td></tr>
<tr><td>4</td><td>9</td><td>ГР і проекти рішень</td><td>голова і секретар ГР при РДА брали участь в обговоренні проекту бюджету (див. п.2), внесли 3 пропозиції</td><td></td></tr>
<tr><td>5</td><td>10</td><td>Робоча група ГР</td><td>немає</td><td></td></tr>
<tr><td>6</td><td>12</td><td>Експертизи</td><td>Не проводились</td><td></td></tr>
</table>
<p>&nbsp;</p>
<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Н.О.Шаповал</p>
<p><font size="2">Мовчан 2-14-07</font></p>
""", "Інформація")
    data = office(name, "doc", docsrc)
    plain = ("Добрий день\n"
             "Коропська РДА надсилає інф. по плану ОДА (відкр.уряд) за 2012р. у вкладенні\n"
             "\n"
             "Виконавець Мовчан Т.І. т.2-14-07\n")
    html = word_html(paras_html(plain.rstrip("\n")), gen="Microsoft Word 11 (filtered medium)")
    alt = P([("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % outlook_boundary(name, 1))],
            parts=[text(plain, "windows-1251", "quoted-printable"),
                   text(html, "windows-1251", "quoted-printable", "html")],
            boundary=outlook_boundary(name, 1))
    mixed = P([("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % outlook_boundary(name, 0))],
              parts=[alt, attach(data, "Інформація Короп ВУ.doc", "b", "windows-1251")],
              boundary=outlook_boundary(name, 0), preamble="This is a multi-part message in MIME format.")
    hdr = [("Return-Path", "<rda-korop@example.gov.ua>"),
           ("Received", received(name, date, "korop-rda.local", "198.51.100.31")),
           ("From", '"%s" <rda-korop@example.gov.ua>' % hb("Мовчан Т.І.", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("інф. Коропська РДА відкр. уряд", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")), ("MIME-Version", "1.0")]
    return P(hdr + mixed.headers + [("X-Mailer", "Microsoft Office Outlook 11"),
                                    ("Thread-Index", tidx(name)),
                                    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
             parts=mixed.parts, boundary=mixed.boundary, preamble=mixed.preamble)


KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 twin body says only that the table is attached; the .xls has a row for each of the "
               "16 measures, rows 1, 2, 8 filled, the rest х, -, немає, empty or bare «Не проводились», and "
               "row 16 says the information is given by this letter.",
       "items": [{"measure": 1, "source": "zvit_VU_ekologia_2013_1.xls"},
                 {"measure": 2, "source": "zvit_VU_ekologia_2013_1.xls"},
                 {"measure": 8, "source": "zvit_VU_ekologia_2013_1.xls"}]}


@mail("ph02-ekolohiia", KEY)
def _(name):
    date = kd("2013-06-12 11:05:40")
    csv = ("№ пункту плану;Зміст (скорочено);Стан виконання;Відповідальний\n"
           "1;Сайт управління;Сторінку управління на сайті ОДА оновлено: додано екологічні паспорти області "
           "за 2012 р., щомісяця оприлюднюються дозволи на викиди (за 5 міс. — 23);Ковальчук І.П.\n"
           "2;Рубрики програм/бюджету;Звіт про виконання обласної програми охорони навколишнього природного "
           "середовища за 2012 р. передано для рубрики 28.02.2013, розміщено;Гордієнко С.П.\n"
           "3;;х;\n4;;х;\n5;;х;\n"
           "6;Консультації;Не проводились;\n"
           "7;Дорадчі органи;-;\n"
           "8;Колегія;Голову комітету ГР з екологічних питань Мельник Л.А. включено до складу колегії "
           "управління (наказ від 15.03.2013 № 41), брала участь у засіданні 25.04.2013;Гордієнко С.П.\n"
           "9;Обговорення проектів;немає;\n"
           "10;;х;\n11;;х;\n"
           "12;Експертизи;;\n"
           "13;;х;\n14;;х;\n15;;х;\n"
           "16;Подання інформації;Інформацію надано цим листом;\n")
    data = office(name, "xls", csv, colfmt="1/1/2/2/3/2/4/2")
    plain = ("Добрий день!\n"
             "\n"
             "Управління екології та природних ресурсів ОДА надсилає інформацію щодо виконання Плану заходів "
             "(Відкритий уряд) за І півріччя 2013 р. (додається).\n"
             "\n"
             "Начальник відділу екологічної політики\n"
             "Гордієнко С.П.\n"
             "тел. 67-41-90\n")
    html = word_html(paras_html(plain.rstrip("\n")))
    alt = P([("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % outlook_boundary(name, 1))],
            parts=[text(plain, "windows-1251", "quoted-printable"),
                   text(html, "windows-1251", "quoted-printable", "html")],
            boundary=outlook_boundary(name, 1))
    hdr = [("Return-Path", "<ekolohiia@example.gov.ua>"),
           ("Received", received(name, date, "ekolog-pc", "198.51.100.57")),
           ("From", '"%s" <ekolohiia@example.gov.ua>' % hb("Гордієнко Світлана", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Відкритий уряд - інформація управління екології", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")), ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % outlook_boundary(name, 0)),
           ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "uk")]
    return P(hdr, parts=[alt, attach(data, "zvit_VU_ekologia_2013_1.xls", "ascii")],
             boundary=outlook_boundary(name, 0), preamble="This is a multipart message in MIME format.")


KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express HTML body in Russian with a table of all 16 measures: only 1 and 7 carry work; "
               "6 is a bare «+», 9 a bare «не проводились», 12 «не касается», the rest dashes or empty; row 7 "
               "names a «коллегия» of the РГА, which must not pull it to measure 8.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail("ph03-sribne", KEY)
def _(name):
    date = kd("2012-12-14 09:12:03")
    rows = [("1", "сайт", "Сайт РГА обновлен, раздел &quot;Публичная информация&quot; наполняется, за ноябрь "
                          "размещено 27 распоряжений"),
            ("2", "", "—"), ("3", "", "—"), ("4", "", "—"), ("5", "", "—"),
            ("6", "консультации", "+"),
            ("7", "совещ. органы", "В состав районной комиссии по ТЭБ и ЧС и коллегии РГА включены 2 "
                                   "представителя общ. организаций (распор. № 211 от 02.11.2012)"),
            ("8", "", "—"),
            ("9", "обсуждение проектов", "не проводились"),
            ("10", "раб. группа", "—"), ("11", "", ""),
            ("12", "экспертизы", "не касается"),
            ("13", "", "—"), ("14", "", "—"), ("15", "", ""), ("16", "", "—")]
    trs = "\n".join('<TR>\r\n<TD width=30>%s</TD>\r\n<TD width=150>%s</TD>\r\n<TD>%s</TD></TR>' % r for r in rows)
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<META content="MSHTML 6.00.2900.6266" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n'
            '<BODY bgColor=#ffffff>\n<DIV><FONT face=Arial size=2>Уважаемые коллеги!</FONT></DIV>\n'
            '<DIV><FONT face=Arial size=2>Сребнянская РГА направляет информацию по плану (Открытое '
            'правительство)</FONT></DIV>\n<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n'
            '<TABLE border=1 cellSpacing=0 cellPadding=2 width="90%">\n<TBODY>\n'
            '<TR>\n<TD><B>№</B></TD>\n<TD><B>Мероприятие</B></TD>\n<TD><B>Выполнение</B></TD></TR>\n'
            + trs + '</TBODY></TABLE>\n<DIV><FONT face=Arial size=2></FONT>&nbsp;</DIV>\n'
            '<DIV><FONT face=Arial size=2>Исп. Литвин О.Н.&nbsp;2-13-55</FONT></DIV></BODY></HTML>\n')
    plain_rows = "\n".join("%s\t%s\t%s" % (a, b, c.replace("&quot;", '"')) for a, b, c in rows)
    plain = ("Уважаемые коллеги!\nСребнянская РГА направляет информацию по плану (Открытое правительство)\n \n"
             "№\tМероприятие\tВыполнение\n" + plain_rows + "\n \nИсп. Литвин О.Н. 2-13-55\n")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<rda-sribne@example.gov.ua>"),
           ("Received", received(name, date, "srib-gov", "198.51.100.88")),
           ("Message-ID", mid(name, "oe", "srib")),
           ("From", '"%s" <rda-sribne@example.gov.ua>' % hb("Сребнянская РГА", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Сребное - открытое правительство", "windows-1251")),
           ("Date", date), ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(plain, "windows-1251", "quoted-printable"),
                         text(html, "windows-1251", "quoted-printable", "html")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "placeholder", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! KOI8-U 8bit body with a pasted pipe table of all 16 measures whose filled cells wrap "
               "onto continuation lines with an empty number column; 1, 6, 7 carry work, 8 says немає, the "
               "rest are dashes; district names inside row 1 are no sender.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail("ph04-mistobuduvannia", KEY)
def _(name):
    date = kd("2013-06-10 14:22:51")
    body = (
        "Доброго дня!\n"
        "\n"
        "На Ваш лист надаємо інформацію управління містобудування та архітектури ОДА:\n"
        "\n"
        "N  | Зміст (скор.)           | Виконання\n"
        "---+-------------------------+------------------------------------------\n"
        "1  | сайт                    | розділ \"Містобудівна документація\" на\n"
        "   |                         | сторінці управління доповнено генпланами\n"
        "   |                         | 6 нас. пунктів (Мена, Сосниця, Ічня та ін.)\n"
        "2  | рубрики програм/бюджету | -\n"
        "3  |                         | -\n"
        "4  |                         | -\n"
        "5  |                         | -\n"
        "6  | консультації            | 21.03.2013 громадські слухання щодо\n"
        "   |                         | проекту схеми планування території\n"
        "   |                         | Прилуцького р-ну (присутні 38 осіб)\n"
        "7  | дорадчі органи          | до складу містобудівної ради при\n"
        "   |                         | управлінні введено 3 представн. ГО\n"
        "   |                         | (Спілка архітекторів, \"Рідне місто\")\n"
        "8  | колегія                 | немає\n"
        "9  | обговорення проектів    | -\n"
        "10 |                         | -\n"
        "11 |                         | -\n"
        "12 | експертизи              | -\n"
        "13 |                         | -\n"
        "14 |                         | -\n"
        "15 |                         | -\n"
        "16 |                         | -\n"
        "\n"
        "-- \n"
        "З повагою,\n"
        " Остапенко Віктор                mailto:mistobuduvannia@example.gov.ua\n"
        " головний спеціаліст управління містобудування та архітектури\n")
    hdr = [("Return-Path", "<mistobuduvannia@example.gov.ua>"),
           ("Received", received(name, date, "arch.example.gov.ua", "198.51.100.140")),
           ("Date", date),
           ("From", "%s <mistobuduvannia@example.gov.ua>" % hb("Остапенко Віктор", "koi8-u")),
           ("X-Mailer", "The Bat! (v3.99.3) Professional"),
           ("Reply-To", "%s <mistobuduvannia@example.gov.ua>" % hb("Остапенко Віктор", "koi8-u")),
           ("X-Priority", "3 (Normal)"),
           ("Message-ID", mid(name, "bat")),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Інформація на виконання плану Відкритий уряд - архітектура", "koi8-u")),
           ("MIME-Version", "1.0"),
           ("Content-Type", "text/plain; charset=koi8-u"),
           ("Content-Transfer-Encoding", "8bit")]
    return P(hdr, eightbit(body, "koi8-u"))


KEY = {"class": "placeholder", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird flowed body mixing Ukrainian and Russian says only «у вкладенні»; the .xlsx has "
               "own numbering 1-6 and a plan column 1, 6, 7, 9, 10, 12: site row is a dash, 7 empty, 9 х, "
               "12 bare «Заходи не проводились»; only 6 and 10 carry work.",
       "items": [{"measure": 6, "source": "Щорс_відкритий_уряд_2013.xlsx"},
                 {"measure": 10, "source": "Щорс_відкритий_уряд_2013.xlsx"}]}


@mail("ph05-shchors", KEY)
def _(name):
    date = kd("2013-12-13 15:31:09")
    csv = ("№ з/п;пункт плану;Заходи;Виконано за ІІ півр. 2013\n"
           "1;1;Сайт РДА;—\n"
           "2;6;Консультації;Проведено 3 консультации (проект программы соц.-экон. развития на 2014 г., "
           "тарифы на вывоз ТБО, переименование улиц в г.Щорс), всего 112 участников\n"
           "3;7;Дорадчі органи;\n"
           "4;9;Участь ГР в обговоренні;х\n"
           "5;10;Робоча група ГР;За рекомендацією РДА на засіданні ГР 18.10.2013 створено робочу групу з "
           "питань відкритості влади (5 чол., кер. Руденко В.П.)\n"
           "6;12;Експертизи;Заходи не проводились\n")
    data = office(name, "xlsx", csv, colfmt="1/1/2/1/3/2/4/2")
    body = flowed("Добрий день.\n"
                  "Інф. Щорської РДА у вкладенні. Извините за задержку, у нас был сбой интернета весь четверг.\n"
                  "\n"
                  "-- \n"
                  "Сидоренко Алла\n"
                  "сектор з питань внутрішньої політики\n"
                  "Щорська РДА\n")
    b = tb_boundary(name)
    hdr = [("Return-Path", "<rda-shchors@example.gov.ua>"),
           ("Received", received(name, date, "[198.51.100.203]", "198.51.100.203")),
           ("Message-ID", mid(name, "tb")),
           ("Date", date),
           ("From", "%s <rda-shchors@example.gov.ua>" % hb("Сидоренко Алла", "UTF-8")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.2.0"),
           ("MIME-Version", "1.0"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Щорська РДА - Відкритий уряд ІІ півріччя", "UTF-8")),
           ("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b)]
    return P(hdr, parts=[text(body, "UTF-8", "8bit", params="; format=flowed"),
                         attach(data, "Щорс_відкритий_уряд_2013.xlsx", "tb", "UTF-8")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


# ======================================================================================
# 2. bottom_post
# ======================================================================================

def split_after_items(lines, answers):
    """Zvit's text as lines; after the line of item N put answers[N] (a list of lines, unquoted)."""
    out = []
    for ln in lines:
        out.append(("q", ln))
        s = ln.strip()
        for n, ans in answers.items():
            if s.startswith("%d. " % n) and s[len("%d. " % n):] == MEAS[n]:
                out.append(("a", ans))
    return out


def outlook_hdr_html(lang, frm, sent, to, subj, original_marker):
    labels = {"ru": ("От", "Отправлено", "Кому", "Тема"), "en": ("From", "Sent", "To", "Subject"),
              "uk": ("Від", "Надіслано", "Кому", "Тема")}[lang]
    return ('<div class=OutlookMessageHeader lang=%s dir=ltr align=left>\r\n<font face=Tahoma size=2>%s<br>'
            '<b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br></font><br></div>'
            % (lang, original_marker, labels[0], h(frm), labels[1], h(sent), labels[2], h(to), labels[3], h(subj)))


KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird format=flowed reply interleaved with the quoted reminder: an unnumbered answer "
               "typed under each quoted item 6, 9, 12 (12 says what was not done, naming експертиз); the "
               "quoted plan text must not count.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("bp01-nosivka", KEY)
def _(name):
    date = kd("2012-12-12 10:03:44")
    rem = reminder("Носівська районна державна адміністрація", "15.12.2012", "10.12.2012", [6, 9, 12])
    answers = {6: ["", "по консультаціях - 2 засід. круглого столу з громадськістю (бюджет р-ну на 2013, ремонт "
                   "доріг) 40 учасн.", ""],
               9: ["", "члени ГР брали участь в обговоренні проекту розпорядж. про тарифи на послуги водоканалу, "
                   "пропозиції враховано частково", ""],
               12: ["", "громадських експертиз поки не ініціювали, звернень від ГО не було", ""]}
    logical = ["10.12.2012 12:00, uvp@cg.ukrtel.net пише:"]
    for kind, v in split_after_items(rem.split("\n"), answers):
        if kind == "q":
            logical.append(">" if v == "" else "> " + v)
        else:
            logical += v
    logical += ["", "Шульга О.", "сектор внутр. політики Носівської РДА", ""]
    body = flowed("\n".join(logical))
    hdr = [("Return-Path", "<rda-nosivka@example.gov.ua>"),
           ("Received", received(name, date, "[198.51.100.14]", "198.51.100.14")),
           ("Message-ID", mid(name, "tb")),
           ("Date", date),
           ("From", "%s <rda-nosivka@example.gov.ua>" % hb("Носівська РДА", "UTF-8")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121129 Thunderbird/17.0.1"),
           ("MIME-Version", "1.0"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "UTF-8")),
           ("References", "<zvit.r1.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("In-Reply-To", "<zvit.r1.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
           ("Content-Transfer-Encoding", "8bit")]
    return P(hdr, eightbit(body, "utf-8"))


KEY = {"class": "bottom_post", "executor": "rda-varva", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2003 reply (plain+HTML twins, cp1251): «-----Исходное сообщение-----» header "
               "block, no «>», answers typed under quoted items 1, 7, 10 (blue only in the HTML); 7 is a bare "
               "dash; an outgoing number and dates in answer 10.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail("bp02-varva", KEY)
def _(name):
    date = kd("2013-06-13 08:55:12")
    subj0 = "Нагадування: інформація про виконання Плану заходів «Відкритий уряд»"
    rem = reminder("Варвинська районна державна адміністрація", "15.06.2013", "05.06.2013", [1, 7, 10],
                   partial=True)
    answers = {1: ["Сайт РГА обновлен, добавлена версия для слабовидящих, новости ежедневно (за 5 мес. 214)."],
               7: ["-"],
               10: ["Рекомендацию дали письмом РГА от 14.05.2013 № 02-11/688, на заседании ОС 29.05 создана "
                    "рабочая группа по вопросам открытости (3 чел.)."]}
    seq = split_after_items(rem.split("\n"), answers)
    top_lines = ["Отвечаем по пунктам ниже (синим).", "Бондаренко Т., Варвинская РГА", ""]
    plain = "\n".join(top_lines + [
        "-----Исходное сообщение-----",
        "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ",
        "Отправлено: 5 июня 2013 г. 12:00",
        "Кому: rda-varva@example.gov.ua",
        "Тема: " + subj0, ""] + [v if k == "q" else "\n".join(v) for k, v in seq]) + "\n"
    hparts = []
    for k, v in seq:
        if k == "q":
            hparts.append("<p><font size=2>%s</font></p>" % (h(v) if v else "&nbsp;")
                          if v else "<p><font size=2>&nbsp;</font></p>")
        else:
            hparts.append('<div><font face=Arial color=#0000ff size=2><span class=%s-13062013>%s</span>'
                          '</font></div>' % (str(int(sha(name, v[0])[:6], 16)).zfill(9)[:9], h(v[0])))
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\r\n<HTML><HEAD>\r\n'
            '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">\r\n'
            '<META content="MSHTML 6.00.2900.6266" name=GENERATOR></HEAD>\r\n<BODY>\r\n'
            + "".join('<DIV><FONT face=Arial color=#0000ff size=2>%s</FONT></DIV>\r\n' % (h(t) or "&nbsp;")
                      for t in top_lines) +
            outlook_hdr_html("ru", "uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ", "5 июня 2013 г. 12:00",
                             "rda-varva@example.gov.ua", subj0, "-----Исходное сообщение-----")
            + "\r\n" + "\r\n".join(hparts) + "\r\n</BODY></HTML>\r\n")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<rda-varva@example.gov.ua>"),
           ("Received", received(name, date, "varva-rda", "203.0.113.19")),
           ("From", '"%s" <rda-varva@example.gov.ua>' % hb("Бондаренко Т.", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("RE: " + subj0, "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("In-Reply-To", "<zvit.r2.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(plain, "windows-1251", "quoted-printable"),
                         text(html, "windows-1251", "quoted-printable", "html")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "bottom_post", "executor": "su-zhkh", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook twin reply typed below the whole quoted receipt («-----Original Message-----», no «>»); "
               "the receipt's recognised excerpts (1, 6) and its list of still-expected items must not count; "
               "the new text answers 2 and 8 without numbers and promises 7, 9, 12.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail("bp03-zhkh", KEY)
def _(name):
    date = kd("2013-12-10 13:40:02")
    subj0 = "Підтвердження отримання: інформація ЖКГ"
    rec = receipt("06.12.2013", "інформація ЖКГ", "Управління житлово-комунального господарства облдержадміністрації",
                  3, "15.12.2013",
                  [(1, "На сторінці управління розміщено звіти про виконання програми капремонту житлового фонду…"),
                   (6, "Проведено 2 консультації з громадськістю щодо тарифів на теплопостачання…")],
                  [2, 7, 8, 9, 12])
    new = ["Доповнення ЖКГ до листа від 06.12:",
           "по рубриках на сайті ОДА - передали звіт про хід регіональної програми реформування ЖКГ за 9 міс. "
           "2013, розміщено 21.10",
           "голова комітету ГР з питань ЖКГ Сірик М.В. в колегії управління з 2012р (наказ №18), був на засід. "
           "28.11.2013",
           "7, 9, 12 - інф. надамо до 13.12", "", "Бойко Л.", "управління ЖКГ ОДА"]
    plain = "\n".join(["", "", "-----Original Message-----",
                       "From: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] ",
                       "Sent: Monday, December 09, 2013 9:14 AM",
                       "To: zhkh@example.gov.ua", "Subject: " + subj0, ""] + rec.split("\n") + [""] + new) + "\n"
    html = word_html(
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        "<div>\n<div class=OutlookMessageHeader dir=ltr align=left><font face=Tahoma size=2>"
        "-----Original Message-----<br><b>From:</b> uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] <br>"
        "<b>Sent:</b> Monday, December 09, 2013 9:14 AM<br><b>To:</b> zhkh@example.gov.ua<br>"
        "<b>Subject:</b> %s<br></font><br></div>\n" % h(subj0)
        + paras_html(rec) + "\n</div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + "\n".join("<p class=MsoNormal><span style='color:#1F497D'>%s<o:p></o:p></span></p>"
                    % (h(x) or "&nbsp;") for x in new),
        gen="Microsoft Word 11 (filtered medium)")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<zhkh@example.gov.ua>"),
           ("Received", received(name, date, "zhkh-1", "198.51.100.61")),
           ("From", '"%s" <zhkh@example.gov.ua>' % hb("Бойко Людмила", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("RE: " + subj0, "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("In-Reply-To", "<zvit.c3.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(plain, "windows-1251", "quoted-printable"),
                         text(html, "windows-1251", "quoted-printable", "html")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "bottom_post", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube reply of the Public Council: the quoted reminder is cut into <blockquote>s with the "
               "answers between them; the answer under item 3 reports the web resource, the one under item 4 "
               "only plans the forum (a promise, not counted).",
       "items": [{"measure": 3, "source": "body"}]}


@mail("bp04-gromrada", KEY)
def _(name):
    date = kd("2012-12-14 21:17:40")
    rem = reminder("Громадська рада при облдержадміністрації", "15.12.2012", "14.12.2012", [3, 4])
    answers = {3: ["Ресурс працює з 01.11.2012, адмініструють і модерують двоє членів правління ГР. "
                   "Зареєстровано 146 користувачів, опубліковано 23 матеріали і 4 опитування."],
               4: ["Форум — технічне завдання погодили з УВП, запуск плануємо в лютому."]}
    seq = split_after_items(rem.split("\n"), answers)
    # plain twin
    pl = ["Добрий вечір.", "", "14.12.2012 09:00, uvp@cg.ukrtel.net написав:"]
    for k, v in seq:
        if k == "q":
            pl.append(">" if not v else "> " + v)
        else:
            pl += ["", v[0], ""]
    pl += ["", "-- ", "Ярмоленко І.В.", "голова Громадської ради при облдержадміністрації"]
    plain = flowed("\n".join(pl)) + "\n"
    # html: blockquotes split around the answers
    bq_open = '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">'
    hp = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
          '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>', "<p>Добрий вечір.</p>",
          "<p>14.12.2012 09:00, uvp@cg.ukrtel.net написав:</p>", bq_open, "<!-- html ignored -->",
          '<!-- head ignored -->', '<!-- meta ignored -->', "<pre>"]
    for k, v in seq:
        if k == "q":
            hp.append(h(v))
        else:
            hp += ["</pre>", "</blockquote>", "<p>%s</p>" % h(v[0]), bq_open, "<pre>"]
    hp += ["</pre>", "</blockquote>", "<p>&nbsp;</p>",
           '<div class="pre">-- <br />Ярмоленко І.В.<br />голова Громадської ради при облдержадміністрації</div>',
           "</body></html>"]
    html = "\n".join(hp) + "\n"
    b = "=_" + hexb(name)
    hdr = [("Return-Path", "<gromrada@example.gov.ua>"),
           ("Received", received(name, date, "webmail.example.gov.ua", "203.0.113.5", proto="ESMTPA")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n boundary="%s"' % b),
           ("Date", date),
           ("From", "%s <gromrada@example.gov.ua>" % hb("Громадська рада ОДА", "UTF-8")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»", "UTF-8")),
           ("In-Reply-To", "<zvit.r1.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("Message-ID", mid(name, "rc", "webmail.example.gov.ua")),
           ("X-Sender", "gromrada@example.gov.ua"),
           ("User-Agent", "Roundcube Webmail/0.8.4")]
    return P(hdr, parts=[text(plain, "UTF-8", "quoted-printable", params="; format=flowed"),
                         text(html, "UTF-8", "quoted-printable", "html")], boundary=b)


KEY = {"class": "bottom_post", "executor": "rda-ripky", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "The Bat! KOI8-U reply typed under a «> »-quoted receipt (its «» and bullets turned into «?»), "
               "Monday after the June deadline; the new text mixes Russian and Ukrainian, answers "
               "consultations without a number and 12 by number with a denial, and puts 7 and 10 off.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("bp05-ripky", KEY)
def _(name):
    date = kd("2013-06-17 10:26:18")
    rec = receipt("14.06.2013", "Ріпки ВУ", "Ріпкинська районна державна адміністрація", 2, "15.06.2013",
                  [(1, "сайт РДА оновлено, розміщено 48 розпоряджень голови…"),
                   (9, "члени ГР брали участь в обговоренні проекту програми благоустрою…")],
                  [6, 7, 10, 12], unplaced=1)
    body = ("Здравствуйте, uvp.\n\nВы писали 14 июня 2013 г., 16:02:11:\n\n" + quote(enc_koi(rec)) + "\n\n"
            "то что не распознали - это по консультаціях: 2 публ. обговорення (проект змін до бюджету, програма\n"
            "\"Питна вода\") - 23.04 та 30.05, разом 71 учасн.\n"
            "п.12 - громадських експертиз не замовляли, звернень від ГО не було\n"
            "по 7 і 10 дамо окремо до середи\n"
            "\n"
            "-- \n"
            "С уважением,\n"
            " Гончар Віра                          mailto:rda-ripky@example.gov.ua\n")
    hdr = [("Return-Path", "<rda-ripky@example.gov.ua>"),
           ("Received", received(name, date, "ripky.example.gov.ua", "203.0.113.77")),
           ("Date", date),
           ("From", "%s <rda-ripky@example.gov.ua>" % hb("Гончар Віра", "koi8-u")),
           ("X-Mailer", "The Bat! (v4.0.24) Home"),
           ("Reply-To", "%s <rda-ripky@example.gov.ua>" % hb("Гончар Віра", "koi8-u")),
           ("X-Priority", "3 (Normal)"),
           ("Message-ID", mid(name, "bat")),
           ("To", "uvp <uvp@cg.ukrtel.net>"),
           ("Subject", hb("Re: Підтвердження отримання: Ріпки ВУ", "koi8-u")),
           ("In-Reply-To", "<zvit.c2.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("References", "<zvit.c2.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("MIME-Version", "1.0"),
           ("Content-Type", "text/plain; charset=koi8-u"),
           ("Content-Transfer-Encoding", "8bit")]
    return P(hdr, eightbit(body, "koi8-u"))


# ======================================================================================
# 3. not_report
# ======================================================================================

KEY = {"class": "not_report", "executor": "rda-semenivka", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Outlook Express plain Russian mail from the district's registered box asking to be taken off "
               "the reminder mailing list; mentions the plan and future reports but reports nothing.",
       "items": []}


@mail("nr01-semenivka", KEY)
def _(name):
    date = kd("2013-05-21 15:44:10")
    body = ("Добрый день.\n"
            "Просьба удалить адрес rda-semenivka@example.gov.ua из рассылки напоминаний по плану \"Открытое "
            "правительство\". Этот ящик общего отдела, напоминания приходят по 2-3 письма, сектор внутр. "
            "политики их не видит, а общий отдел не знает что с ними делать.\n"
            "Отчеты Семеновской РГА будем отправлять как и раньше, в срок.\n"
            "Если надо что-то уточнить - звоните 2-11-35.\n"
            "\n"
            "Спасибо.\n"
            "Кулик Н., общий отдел аппарата Семеновской РГА\n")
    hdr = [("Return-Path", "<rda-semenivka@example.gov.ua>"),
           ("Received", received(name, date, "semen-obsh", "203.0.113.131")),
           ("Message-ID", mid(name, "oe", "semen-obsh")),
           ("From", '"%s" <rda-semenivka@example.gov.ua>' % hb("Семеновская РГА общий отдел", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("удалить из рассылки", "windows-1251")),
           ("Date", date), ("MIME-Version", "1.0"),
           ("Content-Type", 'text/plain;\r\n\tcharset="windows-1251"'),
           ("Content-Transfer-Encoding", "quoted-printable"),
           ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
    return P(hdr, qp(body, "windows-1251"))


KEY = {"class": "not_report", "executor": "su-kultura", "period": 1, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Outlook 2007 correction: asks to disregard yesterday's report as wrong and gives nothing new; "
               "the quoted earlier report below «-----Original Message-----» still shows п.1, п.6, п.7 with "
               "work, none of which counts.",
       "items": []}


@mail("nr02-kultura", KEY)
def _(name):
    date = kd("2012-12-13 17:20:05")
    subj0 = "інформація управління культури (Відкритий уряд)"
    new = ["Шановні колеги!",
           "Просимо не враховувати інформацію, надіслану нами 12.12.2012 - помилково відправили торішню "
           "довідку, цифри в ній не відповідають дійсності.",
           "Вибачте за незручності.", "",
           "Ткач Олена", "сектор організаційної роботи", "управління культури і туризму ОДА", "тел. 67-38-02", ""]
    old = ["Інформація управління культури і туризму облдержадміністрації", "",
           "п.1 – на веб-сторінці управління розміщено афішу обласних закладів культури, оновлюється щотижня",
           "п.6 – проведено 4 консультації з громадськістю (концепція розвитку музейної справи, тарифи на "
           "платні послуги бібліотек та ін.)",
           "п.7 – до ради з питань охорони культурної спадщини включено 5 представн. громадських організацій",
           "", "Ткач О."]
    hdrblock = ["-----Original Message-----",
                "From: Ткач Олена [mailto:kultura@example.gov.ua] ",
                "Sent: Wednesday, December 12, 2012 4:05 PM",
                "To: uvp@cg.ukrtel.net", "Subject: " + subj0, ""]
    plain = "\n".join(new + hdrblock + old) + "\n"
    html = word_html(
        paras_html("\n".join(new)) + "\n<div>\n<div style='border:none;border-top:solid #B5C4DF 1.0pt;"
        "padding:3.0pt 0cm 0cm 0cm'>\n<p class=MsoNormal><b><span lang=EN-US style='font-size:10.0pt;"
        "font-family:\"Tahoma\",\"sans-serif\"'>From:</span></b><span lang=EN-US style='font-size:10.0pt;"
        "font-family:\"Tahoma\",\"sans-serif\"'> %s [mailto:kultura@example.gov.ua] <br><b>Sent:</b> Wednesday, "
        "December 12, 2012 4:05 PM<br><b>To:</b> uvp@cg.ukrtel.net<br><b>Subject:</b> %s<o:p></o:p></span></p>"
        "\n</div>\n</div>\n" % (h("Ткач Олена"), h(subj0)) + paras_html("\n".join(old)))
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<kultura@example.gov.ua>"),
           ("Received", received(name, date, "kult-pc3", "198.51.100.92")),
           ("From", '"%s" <kultura@example.gov.ua>' % hb("Ткач Олена", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("References", mid("nr02-kultura-earlier", "outlook")),
           ("In-Reply-To", mid("nr02-kultura-earlier", "outlook")),
           ("Subject", hb("RE: " + subj0, "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "uk")]
    return P(hdr, parts=[text(plain, "windows-1251", "quoted-printable"),
                         text(html, "windows-1251", "quoted-printable", "html")],
             boundary=b, preamble="This is a multipart message in MIME format.")


KEY = {"class": "not_report", "executor": "rda-talalaivka", "period": 3, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "Opera Mail reply «отримали, дякуємо» on top of a fully quoted receipt that lists recognised "
               "excerpts for 1, 6, 9 and the still-expected items; nothing new is reported.",
       "items": []}


@mail("nr03-talalaivka", KEY)
def _(name):
    date = kd("2013-12-13 08:51:37")
    rec = receipt("12.12.2013", "Талалаївка інформація", "Талалаївська районна державна адміністрація", 3,
                  "15.12.2013",
                  [(1, "На сайті РДА створено розділ «Громадське обговорення»…"),
                   (6, "проведено 3 консультації з громадськістю…"),
                   (9, "члени громадської ради взяли участь в обговоренні проекту бюджету…")],
                  [7, 10, 12])
    body = ("отримали, дякуємо\n\n"
            "On Thu, 12 Dec 2013 15:20:11 +0200, <uvp@cg.ukrtel.net> wrote:\n\n" + quote(rec) + "\n\n\n\n"
            "-- \nИспользована революционная почтовая программа Opera: http://www.opera.com/mail/\n")
    hdr = [("Return-Path", "<rda-talalaivka@example.gov.ua>"),
           ("Received", received(name, date, "talal-pc", "203.0.113.162")),
           ("Content-Type", "text/plain; charset=utf-8; format=fixed"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Re: Підтвердження отримання: Талалаївка інформація", "utf-8")),
           ("References", "<zvit.c3.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("Date", date),
           ("MIME-Version", "1.0"),
           ("Content-Transfer-Encoding", "quoted-printable"),
           ("From", '"%s" <rda-talalaivka@example.gov.ua>' % hb("Талалаївська РДА", "utf-8")),
           ("Message-ID", mid(name, "opera", "talal-pc")),
           ("In-Reply-To", "<zvit.c3.%s@cg.ukrtel.net>" % sha(name, "ref")[:16]),
           ("User-Agent", "Opera Mail/12.16 (Win32)")]
    return P(hdr, qp(body, "utf-8"))


def ics_fold(line):
    out, cur = [], b""
    for ch in line:
        bb = ch.encode("utf-8")
        if len(cur) + len(bb) > (75 if not out else 74):
            out.append(cur)
            cur = b""
        cur += bb
    out.append(cur)
    return b"\r\n ".join(out)


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Outlook 2010 meeting request (plain, HTML and text/calendar METHOD:REQUEST, all base64 UTF-8) "
               "from the regional OGP coordinator inviting УВП to a public discussion of the plan; its agenda "
               "names п. 1 and п. 12 but nothing is reported.",
       "items": []}


@mail("nr04-ogp", KEY)
def _(name):
    date = kd("2013-11-13 14:02:18")
    plain = ("Коли: 26 листопада 2013 р. 14:00-16:00. (UTC+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс.\n"
             "Де: м. Чернігів, вул. Прохідна, 4, конференц-зала Будинку громадських ініціатив\n\n"
             "*~*~*~*~*~*~*~*~*~*\n\n"
             "Шановні колеги!\n\n"
             "Запрошуємо представника Вашого управління взяти участь у громадському обговоренні стану виконання "
             "в області плану заходів «Відкритий уряд» за 2013 рік.\n\n"
             "Орієнтовний порядок денний:\n"
             "1. Наповнення офіційних сайтів органів влади (п. 1 плану) – огляд ГО «Прозорий край».\n"
             "2. Громадські експертизи: що вдалося у 2013 р. (п. 12 плану).\n"
             "3. Пропозиції до плану на 2014 рік. Різне.\n\n"
             "Прохання підтвердити участь до 22.11.2013.\n\n"
             "З повагою\n"
             "Дмитро Сахно\n"
             "регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n"
             "(097) 000-14-26\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta name=\"Generator\" content=\"Microsoft Exchange Server\"></head><body>"
            "<div style=\"font-family:Calibri\">" + "".join("<p>%s</p>" % (h(x) or "&nbsp;")
                                                          for x in plain.rstrip("\n").split("\n"))
            + "</div></body></html>\n")
    uid = ("040000008200E00074C5B7101A82E00800000000" + sha(name, "uid")[:32]).upper()
    desc = plain.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:FLE Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T040000",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Сахно Дмитро:MAILTO:ogp-coordinator@example.org.ua",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net",
        "DESCRIPTION;LANGUAGE=uk-UA:" + desc,
        "SUMMARY;LANGUAGE=uk-UA:Громадське обговорення виконання плану «Відкритий уряд» за 2013 р.",
        "DTSTART;TZID=FLE Standard Time:20131126T140000", "DTEND;TZID=FLE Standard Time:20131126T160000",
        "UID:" + uid, "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20131113T120218Z", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=uk-UA:м. Чернігів\\, вул. Прохідна\\, 4\\, конференц-зала",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = b"\r\n".join(ics_fold(x) for x in ics_lines) + b"\r\n"
    b = "_000_" + hexb(name, 0, 24).upper() + "_"
    cal = P([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
             ("Content-Transfer-Encoding", "base64")], b64(ics))
    hdr = [("Return-Path", "<ogp-coordinator@example.org.ua>"),
           ("Received", received(name, date, "mail.example.org.ua", "192.0.2.44")),
           ("From", "=?utf-8?B?%s?= <ogp-coordinator@example.org.ua>" % base64.b64encode("Сахно Дмитро".encode()).decode()),
           ("To", '"uvp@cg.ukrtel.net" <uvp@cg.ukrtel.net>'),
           ("Subject", hb("Громадське обговорення виконання плану «Відкритий уряд» 26.11.2013", "utf-8")),
           ("Thread-Topic", hb("Громадське обговорення виконання плану «Відкритий уряд» 26.11.2013", "utf-8")),
           ("Thread-Index", tidx(name)),
           ("Date", date), ("Message-ID", mid(name, "outlook", "example.org.ua")),
           ("Accept-Language", "uk-UA, ru-RU, en-US"), ("Content-Language", "uk-UA"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("Content-Class", "urn:content-classes:calendarmessage"),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b)]
    return P(hdr, parts=[text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html"), cal], boundary=b)


KEY = {"class": "not_report", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Outlook 2003 plain Russian request to extend the deadline to 18.12; names the subjects being "
               "collected (site, consultations, discussions, expert reviews) without reporting any of them.",
       "items": []}


@mail("nr05-kozelets", KEY)
def _(name):
    date = kd("2012-12-13 11:18:42")
    body = ("Уважаемые коллеги!\n"
            "\n"
            "В связи с болезнью ответственного специалиста сектора по вопросам внутренней политики Козелецкая РГА "
            "просит продлить срок подачи информации по плану мероприятий (Открытое правительство) до 18.12.2012.\n"
            "Сведения по сайту, консультациям, обсуждениям проектов и экспертизам сейчас собираем с сельсоветов "
            "и отделов.\n"
            "\n"
            "Зам. главы РГА  В.И.Рябоконь\n"
            "исп. Іванченко 2-19-80\n")
    hdr = [("Return-Path", "<rda-kozelets@example.gov.ua>"),
           ("Received", received(name, date, "koz-zam", "198.51.100.171")),
           ("From", '"%s" <rda-kozelets@example.gov.ua>' % hb("Козелецкая РГА", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("продление срока (Козелец)", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'text/plain;\r\n\tcharset="windows-1251"'),
           ("Content-Transfer-Encoding", "quoted-printable"),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, qp(body, "windows-1251"))


# ======================================================================================
# 4. ranges
# ======================================================================================

KEY = {"class": "ranges", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 cover line; the .docx table has the district's own № п/п, a merged header and "
               "number cells «1, 6–7» and «9–10» each answered as one block, a dash for 12, and date ranges "
               "(з 12 по 26.11.2012, жовтень–грудень) and counts (3–5 осіб) that are no measures.",
       "items": [{"measure": 1, "source": "Бахмач_ВУ_грудень.docx"},
                 {"measure": 6, "source": "Бахмач_ВУ_грудень.docx"},
                 {"measure": 7, "source": "Бахмач_ВУ_грудень.docx"},
                 {"measure": 9, "source": "Бахмач_ВУ_грудень.docx"},
                 {"measure": 10, "source": "Бахмач_ВУ_грудень.docx"}]}


@mail("rg01-bakhmach", KEY)
def _(name):
    date = kd("2012-12-14 10:30:55")
    docsrc = doc_html("""
<p align="center"><b>ІНФОРМАЦІЯ<br>Бахмацької райдержадміністрації щодо виконання плану заходів облдержадміністрації
(«Відкритий уряд») у IV кварталі 2012 року</b></p>
<table border="1" cellpadding="4" width="100%">
<tr><th rowspan="2">№ п/п</th><th rowspan="2">Пункти плану ОДА</th><th colspan="2">Виконання</th></tr>
<tr><th>зміст</th><th>період</th></tr>
<tr><td>1.</td><td>1, 6–7</td><td>Сайт РДА оновлюється щодня, створено розділ «Громадське обговорення»; проведено
3 консультації (бюджет 2013, тарифи на тепло, шкільні маршрути); до районної ради ветеранів і комісії з безпеки
дорожнього руху введено 4 представників ГО</td><td>жовтень–грудень</td></tr>
<tr><td>2.</td><td>9–10</td><td>Члени ГР долучені до обговорення проекту програми «Сільський лікар» (з 12 по 26.11.2012);
громадській раді рекомендовано утворити робочу групу з питань відкритості влади (лист РДА від 03.12.2012
№ 01-19/2217), група у складі 3–5 осіб формується</td><td>листопад–грудень</td></tr>
<tr><td>3.</td><td>12</td><td>—</td><td></td></tr>
</table>
<p>&nbsp;</p>
<p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.М.Гузь</p>
""", "Інформація")
    data = office(name, "docx", docsrc)
    plain = ("Бахмацька РДА. Інф. щодо плану заходів Відкр. уряд - у додатку. Оригінал поштою не надсилаємо.\n"
             "\n"
             "Кравець Ю. 2-21-04\n")
    html = word_html(paras_html(plain.rstrip("\n")))
    alt = P([("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % outlook_boundary(name, 1))],
            parts=[text(plain, "windows-1251", "base64"), text(html, "windows-1251", "base64", "html")],
            boundary=outlook_boundary(name, 1))
    hdr = [("Return-Path", "<rda-bakhmach@example.gov.ua>"),
           ("Received", received(name, date, "bakhmach-rda", "198.51.100.23")),
           ("From", '"%s" <rda-bakhmach@example.gov.ua>' % hb("Кравець Юлія", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Бахмацька РДА - план Відкритий уряд", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % outlook_boundary(name, 0)),
           ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "uk")]
    return P(hdr, parts=[alt, attach(data, "Бахмач_ВУ_грудень.docx", "b", "windows-1251")],
             boundary=outlook_boundary(name, 0), preamble="This is a multipart message in MIME format.")


KEY = {"class": "ranges", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express plain Russian with Ukrainian bits: «пп. 6-9, 12» answered as one block (8 "
               "counts though a district does not owe it, 12 by an explicit denial), п.1 on its own, п.10 "
               "«не стосується»; year and month ranges (2013-2014 гг., за 5 мес.) are no measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("rg02-mena", KEY)
def _(name):
    date = kd("2013-06-14 16:58:30")
    body = ("Менская РГА по плану ОДА (Открытое правительство) за 1 полуг. 2013:\n"
            "\n"
            "п.1 - сайт РГА работает, обновл. раздел \"Доступ до публічної інформації\" (запросов за 5 мес. - 17)\n"
            "пп. 6-9, 12 - провели 2 консультации (проект программы развития района на 2013-2014 гг, "
            "реорганизация ЦРБ), в совещательных органах РГА - 6 представителей ОО, члены общ. совета "
            "участвовали в обсуждении 3 проектов распоряжений; общественных экспертиз не было\n"
            "п.10 - не стосується\n"
            "\n"
            "Исп. Панченко 2-16-40\n")
    hdr = [("Return-Path", "<rda-mena@example.gov.ua>"),
           ("Received", received(name, date, "mena-vnutr", "203.0.113.40")),
           ("Message-ID", mid(name, "oe", "mena-vnutr")),
           ("From", '"%s" <rda-mena@example.gov.ua>' % hb("Менская РГА", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Мена - откр. правительство 1 полуг.", "windows-1251")),
           ("Date", date), ("MIME-Version", "1.0"),
           ("Content-Type", 'text/plain;\r\n\tformat=flowed;\r\n\tcharset="windows-1251";\r\n\treply-type=original'),
           ("Content-Transfer-Encoding", "quoted-printable"),
           ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("Importance", "Normal"),
           ("X-Mailer", "Microsoft Windows Live Mail 14.0.8117.416"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V14.0.8117.416")]
    return P(hdr, qp(flowed(body), "windows-1251"))


KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 cover note with an outgoing number; the .xls number cell «1–2, 6–9» covers one "
               "long cell (the collegium, 8, sits inside the range), row 12 is a bare «не проводились», row 16 is "
               "the duty to report; the count column holds «8-10».",
       "items": [{"measure": 1, "source": "Освіта_відкритий_уряд.xls"},
                 {"measure": 2, "source": "Освіта_відкритий_уряд.xls"},
                 {"measure": 6, "source": "Освіта_відкритий_уряд.xls"},
                 {"measure": 7, "source": "Освіта_відкритий_уряд.xls"},
                 {"measure": 8, "source": "Освіта_відкритий_уряд.xls"},
                 {"measure": 9, "source": "Освіта_відкритий_уряд.xls"}]}


@mail("rg03-osvita", KEY)
def _(name):
    date = kd("2013-06-06 12:12:47")
    csv = ("№ пунктів плану;Інформація про виконання;Кількість заходів;Відповідальний\n"
           "\"1–2, 6–9\";\"Сайт управління переведено на новий шаблон, створено сторінку «ЗНО-2013»; звіти про хід "
           "виконання програми «Освіта Чернігівщини» подано для рубрики на сайті ОДА; з батьківською громадськістю "
           "щодо мережі шкіл радилися у 8 районах; представники ГО входять до колегії управління та атестаційної "
           "комісії; проекти наказів обговорено з членами ГР\";8-10;Савчук О.М.\n"
           "12;не проводились;0;\n"
           "16;Інформація надається щопівроку;;\n")
    data = office(name, "xls", csv, sheet="Лист1")
    plain = ("Добрий день!\n"
             "Надсилаємо інформацію управління освіти і науки ОДА щодо виконання плану заходів «Відкритий уряд» "
             "за І півріччя 2013 р.\n"
             "Вих. № 04-15/1980 від 06.06.2013\n"
             "\n"
             "З повагою\n"
             "Савчук Олена Миколаївна\n"
             "головний спеціаліст відділу загальної середньої освіти\n")
    html = word_html(paras_html(plain.rstrip("\n")), gen="Microsoft Word 14 (filtered medium)")
    alt = P([("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % outlook_boundary(name, 1))],
            parts=[text(plain, "windows-1251", "quoted-printable"),
                   text(html, "windows-1251", "quoted-printable", "html")],
            boundary=outlook_boundary(name, 1))
    hdr = [("Return-Path", "<osvita@example.gov.ua>"),
           ("Received", received(name, date, "osvita-zag", "198.51.100.110")),
           ("From", "=?windows-1251?B?%s?= <osvita@example.gov.ua>"
            % base64.b64encode("Савчук Олена".encode("cp1251")).decode()),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Відкритий уряд І півріччя 2013 - управління освіти", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % outlook_boundary(name, 0)),
           ("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "uk")]
    return P(hdr, parts=[alt, attach(data, "Освіта_відкритий_уряд.xls", "q", "windows-1251")],
             boundary=outlook_boundary(name, 0), preamble="This is a multipart message in MIME format.")


KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird flowed plain: «п.п. 1, 6 – 7» and «пункти 9 і 12» each answered as one block, "
               "п. 10 «не стосується»; «з 6 по 9 жовтня» and «з 1 по 30 листопада» are dates, not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail("rg04-horodnia", KEY)
def _(name):
    date = kd("2013-12-12 09:41:27")
    body = flowed(
        "Добрий день!\n"
        "Городнянська РДА інформує за ІІ півріччя:\n"
        "\n"
        "п.п. 1, 6 – 7: сайт РДА перевели на новий хостинг, з 1 по 30 листопада працював у тестовому режимі, "
        "зараз все ок; консультацій 2 (з 6 по 9 жовтня обговорення програми благоустрою, 14.11 - тарифи на "
        "воду); у складі дорадчих органів РДА 3 представн. ГО\n"
        "\n"
        "пункти 9 і 12 - до обговорення проекту бюджету на 2014 р. долучили членів громадської ради (засід. "
        "05.12); ГО \"Городнянська ініціатива\" провела антикорупційну експертизу проекту рішення про тарифи, "
        "2 пропозиції враховано\n"
        "\n"
        "п. 10 - не стосується\n"
        "\n"
        "З повагою, Мисник Т.\n")
    hdr = [("Return-Path", "<rda-horodnia@example.gov.ua>"),
           ("Received", received(name, date, "[203.0.113.58]", "203.0.113.58")),
           ("Message-ID", mid(name, "tb")),
           ("Date", date),
           ("From", "%s <rda-horodnia@example.gov.ua>" % hb("Мисник Тетяна", "UTF-8")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
           ("MIME-Version", "1.0"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Городня звіт ВУ ІІ півріччя", "UTF-8")),
           ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
           ("Content-Transfer-Encoding", "8bit")]
    return P(hdr, eightbit(body, "utf-8"))


KEY = {"class": "ranges", "executor": "su-apk", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Eudora plain Russian letter with an outgoing number, two days after the December 2013 deadline: "
               "«пп. 1, 2» and «пп. 7-9» as blocks, п. 6 alone, п. 12 a bare «не проводились»; «2011-2015 гг» and "
               "«14-18 октября» are no measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("rg05-apk", KEY)
def _(name):
    date = kd("2013-12-17 08:12:40")
    body = ("Главное управление агропромышленного развития ОГА\n"
            "Исх. № 12-3/4471 от 16.12.2013\n"
            "\n"
            "Информация о выполнении Плана мероприятий (Открытое правительство) за II полугодие 2013 г.\n"
            "\n"
            "пп. 1, 2 - на странице управления размещены отчеты о выполнении программы развития АПК на "
            "2011-2015 гг (за 9 мес.) и о расходах бюджета по отрасли.\n"
            "пп. 7-9 - в состав коллегии и экспертного совета по земельным вопросам входят председатели 2 "
            "комитетов Общественного совета; проект программы поддержки фермерства обсуждался с членами ОС "
            "14-18 октября.\n"
            "п. 6 - проведено 2 консультации (в т.ч. одна электронная).\n"
            "п. 12 - не проводились.\n"
            "\n"
            "Нач. отдела Ковтун А.А. тел. 4-51-17\n")
    hdr = [("Return-Path", "<apk@example.gov.ua>"),
           ("Received", received(name, date, "apk-kovtun", "198.51.100.145")),
           ("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9"),
           ("Date", date),
           ("To", "uvp@cg.ukrtel.net"),
           ("From", "%s <apk@example.gov.ua>" % hq("Ковтун А.А.", "windows-1251")),
           ("Subject", hq("Информация АПК - открытое правительство", "windows-1251")),
           ("Message-ID", mid(name, "eudora")),
           ("Mime-Version", "1.0"),
           ("Content-Type", 'text/plain; charset="windows-1251"; format=flowed'),
           ("Content-Transfer-Encoding", "quoted-printable")]
    return P(hdr, qp(flowed(body), "windows-1251"))


# ======================================================================================
# 5. prose
# ======================================================================================

KEY = {"class": "prose", "executor": "rda-koriukivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Only the subject «Відкритий уряд» names the plan; the PDF letter (text layer) has no plan "
               "numbers: site, one paragraph on public discussions joined by council members (6 and 9), the "
               "council's working group on openness (10), and a closing denial with no subject.",
       "items": [{"measure": 1, "source": "Koriukivka_12_2012.pdf"},
                 {"measure": 6, "source": "Koriukivka_12_2012.pdf"},
                 {"measure": 9, "source": "Koriukivka_12_2012.pdf"},
                 {"measure": 10, "source": "Koriukivka_12_2012.pdf"}]}


@mail("pr01-koriukivka", KEY)
def _(name):
    date = kd("2012-12-13 12:26:14")
    docsrc = doc_html("""
<p align="center"><b>УКРАЇНА<br>КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b></p>
<p align="center"><font size="2">вул. Шкільна, 3, м. Корюківка, 15300, тел./факс 2-10-44</font></p>
<hr>
<p>13.12.2012 № 01-12/3318</p>
<p style="margin-left:9cm">Управління з питань внутрішньої політики та зв'язків з громадськістю
облдержадміністрації</p>
<p>&nbsp;</p>
<p style="text-indent:1.25cm">Інформуємо про роботу райдержадміністрації щодо відкритості у IV кварталі 2012 року.</p>
<p style="text-indent:1.25cm">Веб-сторінку райдержадміністрації переглянув юрист апарату: додано розділи
«Регуляторна діяльність» та «Запити на інформацію», оприлюднюються всі розпорядження голови та проекти рішень,
новини — щоденно.</p>
<p style="text-indent:1.25cm">У жовтні–листопаді відбулися публічні обговорення проекту районного бюджету на
2013 рік і програми розвитку культури району; у них взяли участь члени громадської ради при
райдержадміністрації, з 11 внесених ними пропозицій враховано 7.</p>
<p style="text-indent:1.25cm">На пропозицію райдержадміністрації громадська рада на засіданні 29.11.2012
утворила робочу групу з питань відкритості влади (керівник — Дубина Н.П.).</p>
<p style="text-indent:1.25cm">Інших заходів у звітному періоді не проводилось.</p>
<p>&nbsp;</p>
<p>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.В.Кущ</p>
<p>&nbsp;</p>
<p><font size="2">Тимошенко 2-17-33</font></p>
""", "Лист")
    data = office(name, "pdf", docsrc)
    body = "Корюківка. в додатку\n"
    mixed_b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<rda-koriukivka@example.gov.ua>"),
           ("Received", received(name, date, "kor-rda", "203.0.113.90")),
           ("From", '"%s" <rda-koriukivka@example.gov.ua>' % hb("Тимошенко Г.", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Відкритий уряд", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % mixed_b),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(body, "windows-1251", "quoted-printable"),
                         attach(data, "Koriukivka_12_2012.pdf", "ascii")],
             boundary=mixed_b, preamble="This is a multi-part message in MIME format.")


ZD_NAME = "Інформація_управління_охорони_здоровя_відкритість_І_півріччя_2013.odt"
KEY = {"class": "prose", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird mail with an .odt whose long name comes in RFC 2231 continuations; the document "
               "has headings (Сайт, Колегія, Обговорення, Громадський контроль) and no plan numbers; the last "
               "is a public review of a hospital's work (12), the order number and dates are no measures.",
       "items": [{"measure": 1, "source": ZD_NAME}, {"measure": 8, "source": ZD_NAME},
                 {"measure": 9, "source": ZD_NAME}, {"measure": 12, "source": ZD_NAME}]}


@mail("pr02-zdorovia", KEY)
def _(name):
    date = kd("2013-06-11 14:05:09")
    docsrc = doc_html("""
<p align="center"><b>Інформація управління охорони здоров'я облдержадміністрації<br>про роботу щодо відкритості
за І півріччя 2013 року</b></p>
<h3>Сайт</h3>
<p>Сторінку управління доповнено переліком лікарських засобів, закуплених за бюджетні кошти, та графіком прийому
громадян керівництвом; за півріччя оновлювалась 42 рази.</p>
<h3>Колегія</h3>
<p>До складу колегії управління введено голову комітету з питань охорони здоров'я Громадської ради при
облдержадміністрації Бондар Т.М. (наказ від 11.02.2013 № 77), положення про управління змін не потребувало.</p>
<h3>Обговорення</h3>
<p>Проект обласної програми протидії захворюванню на туберкульоз розглянуто на засіданні комісії громадської ради
13.03.2013, програму доопрацьовано з урахуванням 5 зауважень.</p>
<h3>Громадський контроль</h3>
<p>ГО «Пацієнти Полісся» перевірила роботу обласного центру екстреної медичної допомоги; із 6 пропозицій 4
включено до плану заходів центру на 2013 рік.</p>
<p>&nbsp;</p>
<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.Л.Нестеренко</p>
""", "Інформація")
    data = office(name, "odt", docsrc)
    body = flowed("Доброго дня!\n"
                  "Надсилаємо інформацію, документ у вкладенні.\n"
                  "\n"
                  "-- \n"
                  "Нестеренко Ірина\n"
                  "управління охорони здоров'я ОДА\n"
                  "тел. 67-50-19\n")
    b = tb_boundary(name)
    hdr = [("Return-Path", "<zdorovia@example.gov.ua>"),
           ("Received", received(name, date, "[198.51.100.70]", "198.51.100.70")),
           ("Message-ID", mid(name, "tb")),
           ("Date", date),
           ("From", "%s <zdorovia@example.gov.ua>" % hb("Ірина Нестеренко", "UTF-8")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"),
           ("MIME-Version", "1.0"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("інформація управління охорони здоров'я", "UTF-8")),
           ("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b)]
    return P(hdr, parts=[text(body, "UTF-8", "8bit", params="; format=flowed"),
                         attach(data, ZD_NAME, "tb", "UTF-8")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "prose", "executor": "rda-pryluky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2007 twins (cp1251 base64) without plan numbers: a paragraph on the web page, "
               "one paragraph joining public discussions (6) and NGO members put into district councils (7), "
               "and «заседаний не проводилось», a denial with no plan word that is placed nowhere.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail("pr03-pryluky", KEY)
def _(name):
    date = kd("2013-12-11 17:33:48")
    plain = ("Уважаемые коллеги!\n"
             "\n"
             "Прилукская райгосадминистрация сообщает о работе по открытости во II полугодии 2013 года.\n"
             "\n"
             "Веб-страница РГА полностью переведена на новую платформу, появились разделы \"Регуляторная "
             "деятельность\" и \"Вакансии\", новости публикуются ежедневно.\n"
             "\n"
             "Публичные обсуждения прошли по проекту программы развития малого предпринимательства и по вопросу "
             "закрытия малокомплектной школы в с. Вишневе (около 90 жителей), а в районный совет по вопросам АПК "
             "и в комиссию по делам ветеранов введены три представителя общественных организаций.\n"
             "\n"
             "Заседаний в этом полугодии не проводилось.\n"
             "\n"
             "С уважением\n"
             "Зам. главы РГА  Н.П.Шевчик\n"
             "исп. Олейник 3-14-26\n")
    html = word_html(paras_html(plain.rstrip("\n")), lang="RU")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<rda-pryluky@example.gov.ua>"),
           ("Received", received(name, date, "pryl-rda", "198.51.100.199")),
           ("From", '"%s" <rda-pryluky@example.gov.ua>' % hb("Олейник Светлана", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Прилукская РГА - информация", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "ru")]
    return P(hdr, parts=[text(plain, "windows-1251", "base64"), text(html, "windows-1251", "base64", "html")],
             boundary=b, preamble="This is a multipart message in MIME format.")


KEY = {"class": "prose", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 cover line and a Word 97 «довідка» on the governor's hot line in the clerk's words, "
               "no numbers; its remark that weekly summaries go on the ОДА site is a passing mention, not "
               "measure 1; counts and percentages are no measures.",
       "items": [{"measure": 5, "source": "garyacha_liniya_1pivr2013.doc"}]}


@mail("pr04-zvernennia", KEY)
def _(name):
    date = kd("2013-06-05 15:10:00")
    docsrc = doc_html("""
<p align="center"><b>ДОВІДКА<br>про роботу телефонної «гарячої лінії» голови облдержадміністрації<br>у січні –
травні 2013 року</b></p>
<p style="text-indent:1.25cm">Телефон «гарячої лінії» голови облдержадміністрації працює щодня з 9.00 до 18.00,
у вихідні та святкові дні — в режимі автовідповідача. Дзвінки приймають 3 працівники відділу за графіком.</p>
<p style="text-indent:1.25cm">За п'ять місяців прийнято 1214 дзвінків (за відповідний період 2012 р. — 987), з
них 63 % стосувалися житлово-комунальних питань, 14 % — соціального захисту, 9 % — земельних відносин.
Щотижня узагальнення звернень розміщується на офіційному веб-сайті облдержадміністрації та доповідається
голові.</p>
<p style="text-indent:1.25cm">На контроль взято 418 звернень, вирішено позитивно 271, решті надано роз'яснення.
Повторних дзвінків з тих самих питань — 36.</p>
<p>&nbsp;</p>
<p>Начальник відділу роботи із зверненнями громадян<br>апарату облдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.І.Гриценко</p>
""", "Довідка")
    data = office(name, "doc", docsrc)
    body = "Відділ роботи із зверненнями громадян апарату ОДА надсилає довідку.\nВиконавець Гриценко\n"
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<zvernennia@example.gov.ua>"),
           ("Received", received(name, date, "zvern-02", "198.51.100.36")),
           ("From", '"%s" <zvernennia@example.gov.ua>' % hb("Відділ звернень", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("довідка гаряча лінія", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(body, "windows-1251", "quoted-printable"),
                         attach(data, "garyacha_liniya_1pivr2013.doc", "ascii")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own sector writes from its registered box in plain UTF-8 with no numbers: one paragraph "
               "joins the web resource and its forum in test mode (3, 4), visits of NGOs and journalists "
               "describe open-door days (11), one paragraph joins seminars and a guide (13, 14), the letter to "
               "councils (10); the hot line is left to another office.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}


@mail("pr05-uvp", KEY)
def _(name):
    date = kd("2012-12-14 18:02:11")
    body = ("Колеги, для зведеної - що зроблено по нашому управлінню у 2012 р.\n"
            "\n"
            "Сайт \"Чернігівська громада\" запустили 1 листопада разом з Громадською радою, за півтора місяця 146 "
            "зареєстрованих, 23 публікації. Розділ для обговорень на ньому (форум) відкрили в тестовому режимі "
            "для членів ГР 10 грудня, для всіх - з січня.\n"
            "\n"
            "Двічі (26.10 і 30.11) приймали у себе представників ГО та журналістів районних газет - показували "
            "як працює управління, відповідали на питання, всього 31 учасник.\n"
            "\n"
            "Разом з Центром перепідготовки провели 2 навчальні семінари для заступників керівників підрозділів і "
            "спеціалістів, які організовують консультації (81 слухач), та підготували і розіслали в усі РДА і "
            "управління методичку \"Консультації з громадськістю: практичні поради\" (200 прим.).\n"
            "\n"
            "Громадським радам лист ОДА з рекомендацією утворити робочі групи з відкритості розіслано 20.09, "
            "групи вже є в 9 районах.\n"
            "\n"
            "По гарячій лінії інформацію дасть відділ звернень.\n"
            "\n"
            "Т.Левченко, сектор аналізу УВП\n")
    hdr = [("Return-Path", "<uvp-info@example.gov.ua>"),
           ("Received", received(name, date, "[198.51.100.2]", "198.51.100.2")),
           ("Message-ID", mid(name, "tb")),
           ("Date", date),
           ("From", "%s <uvp-info@example.gov.ua>" % hb("Тарас Левченко", "UTF-8")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:10.0.11) Gecko/20121120 Thunderbird/10.0.11"),
           ("MIME-Version", "1.0"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("для зведеної - УВП 2012", "UTF-8")),
           ("Content-Type", "text/plain; charset=UTF-8"),
           ("Content-Transfer-Encoding", "8bit")]
    return P(hdr, eightbit(hardwrap(body, 76), "utf-8"))


# ======================================================================================
# 6. foreign_numbers
# ======================================================================================

KEY = {"class": "foreign_numbers", "executor": "rda-nizhyn", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express plain Russian letter numbered 1.-5. on its own: 2. is consultations (6), 3. "
               "advisory bodies (7), 4. a denial naming экспертиз (12), 5. the duty to report; an outgoing "
               "number, «распоряжение № 312» and counts must not map.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("fn01-nizhyn", KEY)
def _(name):
    date = kd("2012-12-11 13:27:05")
    body = ("Управление по вопросам внутренней политики и связей с общественностью ОГА\n"
            "\n"
            "Нежинская РГА, исх. № 02-08/1416 от 11.12.2012\n"
            "\n"
            "По плану мероприятий Открытое правительство сообщаем:\n"
            "\n"
            "1. Сайт РГА - обновлен раздел \"Нормативные акты\", размещено 112 распоряжений за 2012 г., "
            "работает рубрика \"Вопрос-ответ\".\n"
            "2. Консультации с общественностью проведены 4 раза (порядок утвержден распоряжением № 312 от "
            "12.11.2012).\n"
            "3. В состав 3 совещательных органов РГА (совет по делам инвалидов, комиссия по ТЭБ и ЧС, "
            "координационный совет по делам семьи) включено 7 представителей ОО.\n"
            "4. Общественных экспертиз не проводилось, обращений от ИГО не поступало.\n"
            "5. Информация предоставлена в срок.\n"
            "\n"
            "Зам. главы РГА  С.М.Лобода\n")
    hdr = [("Return-Path", "<rda-nizhyn@example.gov.ua>"),
           ("Received", received(name, date, "nizh-rga", "203.0.113.201")),
           ("Message-ID", mid(name, "oe", "nizh-rga")),
           ("From", '"%s" <rda-nizhyn@example.gov.ua>' % hb("Нежинская РГА", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Нежинская РГА исх. 02-08/1416", "windows-1251")),
           ("Date", date), ("MIME-Version", "1.0"),
           ("Content-Type", 'text/plain;\r\n\tcharset="windows-1251"'),
           ("Content-Transfer-Encoding", "quoted-printable"),
           ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, qp(body, "windows-1251"))


KEY = {"class": "foreign_numbers", "executor": "rda-sosnytsia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 cover note; the .docx reports on the district's own plan numbered 1.1-2.3 under "
               "merged section rows, with sub-items 1)-3) and а), б); 1.2 (newspaper coverage) has no "
               "counterpart in the oblast plan; 2.2 counts meetings and puts members into a council (7).",
       "items": [{"measure": 1, "source": "Sosnytsia_plan_vidkrytist.docx"},
                 {"measure": 6, "source": "Sosnytsia_plan_vidkrytist.docx"},
                 {"measure": 7, "source": "Sosnytsia_plan_vidkrytist.docx"},
                 {"measure": 12, "source": "Sosnytsia_plan_vidkrytist.docx"}]}


@mail("fn02-sosnytsia", KEY)
def _(name):
    date = kd("2013-06-07 10:02:37")
    docsrc = doc_html("""
<p align="center"><b>Інформація<br>про виконання районного плану заходів щодо відкритості та прозорості діяльності
райдержадміністрації<br>(розпорядження голови РДА від 02.10.2012 № 287) за І півріччя 2013 року</b></p>
<table border="1" cellpadding="4" width="100%">
<tr><th>№ за районним планом</th><th>Захід</th><th>Виконання</th></tr>
<tr><td colspan="3"><b>1. Інформаційна відкритість</b></td></tr>
<tr><td>1.1</td><td>Наповнення веб-сайту РДА</td><td>Щотижня оновлюються розділи: 1) «Новини»; 2) «Звернення
громадян»; 3) «Бюджет» — всього 57 публікацій</td></tr>
<tr><td>1.2</td><td>Висвітлення діяльності РДА у районній газеті</td><td>«Сосницький вісник» — 12 матеріалів</td></tr>
<tr><td colspan="3"><b>2. Взаємодія з громадськістю</b></td></tr>
<tr><td>2.1</td><td>Консультації з громадськістю</td><td>а) обговорення проекту програми «Питна вода» (березень,
26 учасн.); б) громадські слухання щодо реорганізації ЦРЛ (квітень, 73 учасн.)</td></tr>
<tr><td>2.2</td><td>Громадська рада</td><td>засідань — 3; до координаційної ради з питань розвитку
підприємництва введено 2 членів ГР</td></tr>
<tr><td>2.3</td><td>Громадські експертизи</td><td>ГО «Сосницька громадська варта» провела антикорупційну
експертизу проекту розпорядження про тарифи на ритуальні послуги, 3 пропозиції враховано</td></tr>
</table>
<p>&nbsp;</p>
<p>Керівник апарату РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Л.В.Мироненко</p>
""", "Інформація")
    data = office(name, "docx", docsrc)
    plain = ("Надсилаємо інф. про виконання районного плану заходів на виконання обласного (Відкритий уряд).\n"
             "\n"
             "Сосницька РДА\n"
             "Мироненко Л.\n")
    html = word_html(paras_html(plain.rstrip("\n")), gen="Microsoft Word 14 (filtered medium)")
    alt = P([("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % outlook_boundary(name, 1))],
            parts=[text(plain, "windows-1251", "quoted-printable"),
                   text(html, "windows-1251", "quoted-printable", "html")],
            boundary=outlook_boundary(name, 1))
    hdr = [("Return-Path", "<rda-sosnytsia@example.gov.ua>"),
           ("Received", received(name, date, "sosn-ap", "198.51.100.125")),
           ("From", '"%s" <rda-sosnytsia@example.gov.ua>' % hb("Мироненко Лідія", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Сосниця інф. І півр.", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % outlook_boundary(name, 0)),
           ("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "uk")]
    return P(hdr, parts=[alt, attach(data, "Sosnytsia_plan_vidkrytist.docx", "ascii")],
             boundary=outlook_boundary(name, 0), preamble="This is a multipart message in MIME format.")


KEY = {"class": "foreign_numbers", "executor": "su-finansy", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 twins: «До п. 2» and «До п. 9» each with sub-items 1) 2), a council decision "
               "«№ 9/11», counts (12 інфографік, 14 разів), «п. 16» answered by this letter and «наказ № 16»; "
               "only 2 and 9 count.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("fn03-finansy", KEY)
def _(name):
    date = kd("2013-12-09 11:45:20")
    plain = ("Головне фінансове управління облдержадміністрації\n"
             "вих. № 07-16/2291 від 09.12.2013\n"
             "\n"
             "До п. 2 плану:\n"
             "1) рубрику щодо виконання місцевих бюджетів на сайті ОДА оновлено 14 разів (щомісячні звіти, "
             "довідка за 9 міс.);\n"
             "2) підготовлено і розміщено 12 інфографік «Бюджет для громадян».\n"
             "\n"
             "До п. 9:\n"
             "1) проект рішення обласної ради «Про обласний бюджет на 2014 рік» обговорено з членами Громадської "
             "ради 21.11.2013 (рішення президії ГР № 9/11);\n"
             "2) надійшло 6 пропозицій, 3 враховано.\n"
             "\n"
             "П. 16 - інформацію надаємо цим листом, відповідальні визначені наказом № 16 від 02.12.2013.\n"
             "\n"
             "Заступник начальника управління\n"
             "Л.О.Приходько\n")
    inner = []
    for ln in plain.rstrip("\n").split("\n"):
        if ln.startswith("До п."):
            inner.append("<p class=MsoNormal><b>%s<o:p></o:p></b></p>" % h(ln))
        elif ln[:2] in ("1)", "2)"):
            inner.append("<p class=MsoNormal style='margin-left:18.0pt;text-indent:-18.0pt'>%s&nbsp;&nbsp;&nbsp; "
                         "%s<o:p></o:p></p>" % (ln[:2], h(ln[3:])))
        else:
            inner.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (h(ln) or "&nbsp;"))
    html = word_html("\n".join(inner), gen="Microsoft Word 14 (filtered medium)")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<finansy@example.gov.ua>"),
           ("Received", received(name, date, "gfu-prykh", "198.51.100.233")),
           ("From", '"%s" <finansy@example.gov.ua>' % hb("Приходько Лариса", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("ГФУ - Відкритий уряд (вих. 07-16/2291)", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "uk")]
    return P(hdr, parts=[text(plain, "windows-1251", "quoted-printable"),
                         text(html, "windows-1251", "quoted-printable", "html")],
             boundary=b, preamble="This is a multipart message in MIME format.")


KEY = {"class": "foreign_numbers", "executor": "rda-ichnia", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook Express KOI8-U one-paragraph report the Monday after the December 2013 deadline, "
               "subject «Ічня ВУ» the only reference to the plan: sub-items 1)-4) are consultations (6), advisory "
               "councils (7), a denial naming експертиз (12) and the site (1), each with a count.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail("fn04-ichnia", KEY)
def _(name):
    date = kd("2013-12-16 09:30:44")
    body = ("Ічнянська РДА, інф. за ІІ півр.: 1) консультацій з громадськістю - 7 (в т.ч. 2 електронні); 2) в 2 "
            "дорадчих радах РДА - 5 предст. громад. орг.; 3) громадських експертиз не проводилось; 4) сайт - "
            "312 публікацій, додали розділ Доступ до публ. інформації. Вибачте за запізнення\n"
            "Стець\n")
    hdr = [("Return-Path", "<rda-ichnia@example.gov.ua>"),
           ("Received", received(name, date, "ichnia-1", "203.0.113.222")),
           ("Message-ID", mid(name, "oe", "ichnia-1")),
           ("From", '"%s" <rda-ichnia@example.gov.ua>' % hb("Стець В.", "koi8-u")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Ічня ВУ", "koi8-u")),
           ("Date", date), ("MIME-Version", "1.0"),
           ("Content-Type", 'text/plain;\r\n\tcharset="koi8-u"'),
           ("Content-Transfer-Encoding", "8bit"),
           ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
    return P(hdr, eightbit(hardwrap(body, 76), "koi8-u"))


KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 one-line cover, .doc name in RFC 2047 Q; the letter has an outgoing and an "
               "incoming number and its own paragraphs 1.-3.: 1. the web page, 2. joins a youth council (7) and "
               "the collegium (8), 3. a public discussion (6) with a date range; «наказ № 9» is no measure.",
       "items": [{"measure": 1, "source": "Лист_Відкритий_уряд.doc"},
                 {"measure": 6, "source": "Лист_Відкритий_уряд.doc"},
                 {"measure": 7, "source": "Лист_Відкритий_уряд.doc"},
                 {"measure": 8, "source": "Лист_Відкритий_уряд.doc"}]}


@mail("fn05-simia", KEY)
def _(name):
    date = kd("2013-06-14 12:00:31")
    docsrc = doc_html("""
<p align="center"><b>УПРАВЛІННЯ У СПРАВАХ СІМ'Ї, МОЛОДІ ТА СПОРТУ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ
АДМІНІСТРАЦІЇ</b></p>
<hr>
<p>14.06.2013 № 01-12/1507<br>На № 03-11/905 від 20.05.2013</p>
<p style="margin-left:9cm">Управління з питань внутрішньої політики та зв'язків з громадськістю
облдержадміністрації</p>
<p style="text-indent:1.25cm">Управління у справах сім'ї, молоді та спорту інформує про виконання плану заходів
«Відкритий уряд» у І півріччі 2013 року.</p>
<p style="text-indent:1.25cm">1. На офіційній веб-сторінці управління за півріччя розміщено 86 інформаційних
матеріалів, створено підрозділ «Оздоровлення дітей – 2013», оприлюднено звіт про використання коштів.</p>
<p style="text-indent:1.25cm">2. До складу обласної ради з питань молодіжної політики залучено 3 представників
молодіжних громадських організацій, а до колегії управління у квітні введено голову гуманітарного комітету
Громадської ради при облдержадміністрації (наказ від 16.04.2013 № 9).</p>
<p style="text-indent:1.25cm">3. Проведено громадське обговорення проекту обласної програми «Молодь Чернігівщини
на 2013–2017 роки» (з 11 по 28 березня, надійшло 14 пропозицій).</p>
<p>&nbsp;</p>
<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.В.Коваль</p>
<p><font size="2">Дяченко 67-22-81</font></p>
""", "Лист")
    data = office(name, "doc", docsrc)
    body = "Додаток - лист управління (вих. 01-12/1507)\n"
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<simia@example.gov.ua>"),
           ("Received", received(name, date, "molod-dyach", "198.51.100.81")),
           ("From", '"%s" <simia@example.gov.ua>' % hb("Дяченко Оксана", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("лист 01-12/1507", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(body, "windows-1251", "quoted-printable"),
                         attach(data, "Лист_Відкритий_уряд.doc", "q", "windows-1251")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


# ======================================================================================
# 7. personal_address
# ======================================================================================

KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Gmail box of a district clerk, Date in +0000 late on Saturday 15.06 = 01:30 on 16.06 in Kyiv "
               "(late); the district is named only in the genitive inside the body and signature beside the "
               "addressee УВП; site and consultations reported, advisory bodies put off.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail("pa01-kulykivka", KEY)
def _(name):
    date = "Sat, 15 Jun 2013 22:30:05 +0000"
    plain = ("Доброго вечора!\n"
             "Направляю інформацію Куликівської райдержадміністрації для управління з питань внутрішньої "
             "політики та зв'язків з громадськістю ОДА з особистої пошти, бо в РДА з четверга не працює "
             "інтернет.\n"
             "\n"
             "Сайт РДА - розміщено звіт голови за 2012р, проекти рішень сесій, оновлено контакти сільрад.\n"
             "Консультації: громадські слухання щодо тарифів на воду (24.04, 56 чол.), обговорення програми "
             "розвитку туризму онлайн на сайті (11 пропозицій).\n"
             "По дорадчих органах інф. надішлемо з робочої пошти.\n"
             "\n"
             "Кравченко О., гол. спец. відділу організаційної роботи апарату Куликівської РДА\n"
             "тел. 2-14-61\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (h(x) or "<br>")
                                         for x in plain.rstrip("\n").split("\n")) + "</div>\n")
    b = gmail_boundary(name)
    hdr = [("Return-Path", "<olena.kravchenko.kul@gmail.com>"),
           ("Received", received(name, date, "mail-ea0-f171.google.com", "192.0.2.171")),
           ("MIME-Version", "1.0"),
           ("Date", date),
           ("Message-ID", mid(name, "gmail")),
           ("Subject", hb("Куликівка - інформація", "UTF-8")),
           ("From", "=?UTF-8?B?%s?= <olena.kravchenko.kul@gmail.com>"
            % base64.b64encode("Олена Кравченко".encode()).decode()),
           ("To", "uvp@cg.ukrtel.net"),
           ("Content-Type", "multipart/alternative; boundary=%s" % b)]
    return P(hdr, parts=[
        P([("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "base64")],
          b64(plain.encode("utf-8"))),
        P([("Content-Type", "text/html; charset=UTF-8"), ("Content-Transfer-Encoding", "base64")],
          b64(html.encode("utf-8")))], boundary=b)


KEY = {"class": "personal_address", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "ukr.net private box, Russian, on the deadline Saturday; Борзнянская РГА named only in oblique "
               "cases; an .ods (application/octet-stream, RFC 2047 B name) with a row per owed measure: 1 and "
               "10 dashes, 7 «не касается», 12 empty; 6 and 9 carry work.",
       "items": [{"measure": 6, "source": "Борзна_інформація.ods"},
                 {"measure": 9, "source": "Борзна_інформація.ods"}]}


@mail("pa02-borzna", KEY)
def _(name):
    date = kd("2012-12-15 11:14:50")
    csv = ("п.;Мероприятие;Выполнено\n"
           "1;Сайт;—\n"
           "6;Консультации;Проведено 2 публичных обсуждения (проект бюджета района на 2013 г. - 28.11, "
           "схема движения автобусов - 10.12), всего 64 чел.\n"
           "7;Совещательные органы;не касается\n"
           "9;Участие ОС в обсуждении проектов;Члены общественного совета участвовали в обсуждении проекта "
           "бюджета района, внесли 4 предложения\n"
           "10;Рабочая группа;-\n"
           "12;Экспертизы;\n")
    data = office(name, "ods", csv, sheet="Лист1", colfmt="1/1/2/2/3/2")
    plain = ("Добрый день!\n"
             "Направляю информацию Борзнянской райгосадминистрации в управление по вопросам внутренней политики "
             "ОГА - с личного ящика, на работе отключили интернет.\n"
             "Таблица во вложении.\n"
             "\n"
             "Гриб Н.В., гл. специалист сектора по вопросам внутренней политики Борзнянской РГА\n")
    html = ("<html><body><div>" + "<br>".join(h(x) for x in plain.rstrip("\n").split("\n"))
            + "</div></body></html>")
    b = "--" + str(int(sha(name, "b")[:8], 16)) + "-" + sha(name, "b2")[:10]
    b_alt = "--" + str(int(sha(name, "c")[:8], 16)) + "-" + sha(name, "c2")[:10]
    alt = P([("Content-Type", 'multipart/alternative; boundary="%s"' % b_alt)],
            parts=[P([("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "base64")],
                     b64(plain.encode())),
                   P([("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "base64")],
                     b64(html.encode()))], boundary=b_alt)
    att = attach(data, "Борзна_інформація.ods", "b", "utf-8", mtype="application/octet-stream")
    hdr = [("Return-Path", "<natalka_hryb77@ukr.net>"),
           ("Received", received(name, date, "frv34.fwdcdn.com", "192.0.2.34")),
           ("Date", date),
           ("From", "=?utf-8?B?%s?= <natalka_hryb77@ukr.net>" % base64.b64encode("Наталья Гриб".encode()).decode()),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Борзна информация", "utf-8")),
           ("Message-Id", "<%s.%s.%s@frv34.ukr.net>" % (int(sha(name, "m")[:8], 16) % 10 ** 10,
                                                      int(sha(name, "m2")[:8], 16), sha(name, "m3")[:8])),
           ("X-Mailer", "mail.ukr.net 5.0"),
           ("X-Originating-Ip", "[192.0.2.140]"),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed; boundary="%s"' % b)]
    return P(hdr, parts=[alt, att], boundary=b)


ARKH_NAME = "Держархів_інформація_відкритий_уряд_ІІ_півріччя_2013.docx"
KEY = {"class": "personal_address", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the registered box of the culture department on behalf of the State Archive, named "
               "only in the body (genitive) and the .docx; the .docx name is in RFC 2231 continuations; the "
               "archive's expert commission (7) and council members discussing a programme (9) share a "
               "paragraph.",
       "items": [{"measure": 1, "source": ARKH_NAME}, {"measure": 7, "source": ARKH_NAME},
                 {"measure": 9, "source": ARKH_NAME}]}


@mail("pa03-arkhiv", KEY)
def _(name):
    date = kd("2013-12-04 16:20:12")
    docsrc = doc_html("""
<p align="center"><b>Інформація<br>Державного архіву Чернігівської області щодо відкритості<br>за ІІ півріччя
2013 року</b></p>
<p style="text-indent:1.25cm">На офіційному веб-сайті архіву розміщено електронні описи 14 фондів, оновлено
путівник (т. І–ІІ), додано електронну форму запиту на довідку.</p>
<p style="text-indent:1.25cm">До складу експертно-перевірної комісії архіву включено представника ГО
«Краєзнавче товариство Сіверщини»; члени Громадської ради при облдержадміністрації 15.10.2013 обговорили проект
програми «Архівні фонди 2014–2018», 2 зауваження враховано.</p>
<p>&nbsp;</p>
<p>Заступник директора&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Г.М.Петрусенко</p>
""", "Інформація")
    data = office(name, "docx", docsrc)
    body = flowed("Добрий день!\n"
                  "Пересилаємо з пошти управління культури на прохання Державного архіву області (у них не "
                  "працює сервер) інформацію Держархіву для управління внутрішньої політики.\n"
                  "Контактна особа: Петрусенко Г.М., 67-20-12.\n"
                  "\n"
                  "-- \n"
                  "Управління культури і туризму ОДА\n"
                  "загальний відділ\n")
    b = tb_boundary(name)
    hdr = [("Return-Path", "<kultura@example.gov.ua>"),
           ("Received", received(name, date, "[198.51.100.93]", "198.51.100.93")),
           ("Message-ID", mid(name, "tb")),
           ("Date", date),
           ("From", "%s <kultura@example.gov.ua>" % hb("Управління культури", "UTF-8")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
           ("MIME-Version", "1.0"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Держархів - інформація", "UTF-8")),
           ("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b)]
    return P(hdr, parts=[text(body, "UTF-8", "8bit", params="; format=flowed"),
                         attach(data, ARKH_NAME, "tb", "UTF-8")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "personal_address", "executor": "rda-chernihiv", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "i.ua private box, a one-line report mixing Ukrainian and Russian, subject «звіт ВУ» the only "
               "reference to the plan; the district (named like the oblast and its capital) is the executor, "
               "the addressee «управления внутр. политики ОДА» is not.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail("pa04-chernihiv", KEY)
def _(name):
    date = kd("2012-12-06 20:41:03")
    body = ("Чернігівська РДА (Черниговский район): сайт РДА обновлен - раздел публ. информация, консультацій "
            "проведено 2 (бюджет, вывоз мусора в с. Лісове Поле), для управления внутр. политики ОДА. Світлана К.\n")
    hdr = [("Return-Path", "<svitlana_kr@i.ua>"),
           ("Received", received(name, date, "mx.i.ua", "192.0.2.90")),
           ("Date", date),
           ("From", "%s <svitlana_kr@i.ua>" % hb("Svitlana K", "windows-1251")),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("звіт ВУ", "windows-1251")),
           ("Message-ID", "<%s.%s@i.ua>" % (int(sha(name, "m")[:8], 16), sha(name, "m2")[:6].upper())),
           ("X-Mailer", "I.UA Mail"),
           ("MIME-Version", "1.0"),
           ("Content-Type", "text/plain; charset=windows-1251"),
           ("Content-Transfer-Encoding", "base64")]
    return P(hdr, b64(body.replace("\n", "\r\n").encode("cp1251")))


KEY = {"class": "personal_address", "executor": "cppk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "meta.ua private box of a methodologist; the retraining centre is named in the genitive in the "
               "body, the addressee is УВП; the PDF (text layer) reports two seminars, which the body only "
               "announces; the seminar planned for April is a plan.",
       "items": [{"measure": 13, "source": "seminary_2013.pdf"}]}


@mail("pa05-cppk", KEY)
def _(name):
    date = kd("2013-02-28 10:55:00")
    docsrc = doc_html("""
<p align="center"><b>ДОВІДКА<br>про навчання з питань взаємодії з громадськістю<br>у І кварталі 2013 року</b></p>
<p style="text-indent:1.25cm">12 та 26 лютого 2013 року в центрі проведено два семінари-практикуми
«Консультації з громадськістю: від плану до звіту» для заступників керівників структурних підрозділів
облдержадміністрації і райдержадміністрацій та спеціалістів, відповідальних за консультації. Навчання пройшли
59 слухачів, усім видано сертифікати.</p>
<p style="text-indent:1.25cm">Лекторами були працівники управління з питань внутрішньої політики та зв'язків з
громадськістю облдержадміністрації та експерт ГО «Агенція місцевого розвитку» Н.Бабич.</p>
<p style="text-indent:1.25cm">Наступний семінар заплановано на квітень 2013 року.</p>
<p>&nbsp;</p>
<p>Методист центру&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;І.Мартинюк</p>
""", "Довідка")
    data = office(name, "pdf", docsrc)
    plain = ("Шановні колеги з управління внутрішньої політики!\n"
             "\n"
             "Надсилаю інформацію Чернігівського центру перепідготовки та підвищення кваліфікації щодо навчання "
             "(з особистої скриньки - корпоративна переповнена).\n"
             "\n"
             "І.Мартинюк, методист центру\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join("<p>%s</p>" % (h(x) or "&nbsp;") for x in plain.rstrip("\n").split("\n")) + "</body></html>")
    b = "----_=_meta_" + hexb(name, 0, 20)
    b_alt = "----_=_meta_" + hexb(name, 1, 20)
    alt = P([("Content-Type", 'multipart/alternative; boundary="%s"' % b_alt)],
            parts=[text(plain, "utf-8", "quoted-printable"), text(html, "utf-8", "quoted-printable", "html")],
            boundary=b_alt)
    hdr = [("Return-Path", "<i.martyniuk@meta.ua>"),
           ("Received", received(name, date, "mail.meta.ua", "192.0.2.210")),
           ("Message-ID", mid(name, "x", "meta.ua")),
           ("Date", date),
           ("From", "%s <i.martyniuk@meta.ua>" % hb("Ігор Мартинюк", "utf-8")),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Інформація центру перепідготовки (семінари)", "utf-8")),
           ("X-Mailer", "META.UA Mail"),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed; boundary="%s"' % b)]
    return P(hdr, parts=[alt, attach(data, "seminary_2013.pdf", "ascii")], boundary=b)


# ======================================================================================
# 8. mixed
# ======================================================================================

KEY = {"class": "mixed", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The district's office forwards inline (Outlook 2003 «-----Original Message-----», twins) a "
               "report its sector head sent from a private ukr.net box; the forwarded text counts as body: "
               "site, consultations, the council's working group.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail("mx01-bobrovytsia", KEY)
def _(name):
    date = kd("2012-12-10 09:15:30")
    top_l = ["Пересилаю інф. сектору внутр. політики Бобровицької РДА по плану ОДА.", "Канцелярія РДА", ""]
    hdrb = ["-----Original Message-----",
            "From: Олег Марченко [mailto:o.marchenko.bobr@ukr.net] ",
            "Sent: Saturday, December 08, 2012 7:12 PM",
            "To: rda-bobrovytsia@example.gov.ua",
            "Subject: інф. для УВП", ""]
    fwd = ["Переслати в УВП ОДА (uvp@cg.ukrtel.net)!", "",
           "Інформація Бобровицької РДА:",
           "- сайт РДА: запустили електронну приймальню, розміщуємо всі проекти розпоряджень",
           "- консультації: 3 (бюджет 2013, оптимізація мережі шкіл, схема вивезення ТПВ у м. Бобровиця)",
           "- громадській раді надіслали рекомендацію створити робочу групу з питань відкритості, ГР створила "
           "її 22.11.2012",
           "", "Марченко О."]
    plain = "\n".join(top_l + hdrb + fwd) + "\n"
    html = word_html(
        paras_html("\n".join(top_l)) + "\n<div>\n<div class=OutlookMessageHeader dir=ltr align=left>"
        "<font face=Tahoma size=2>-----Original Message-----<br><b>From:</b> %s [mailto:o.marchenko.bobr@ukr.net] "
        "<br><b>Sent:</b> Saturday, December 08, 2012 7:12 PM<br><b>To:</b> rda-bobrovytsia@example.gov.ua<br>"
        "<b>Subject:</b> %s<br></font><br></div>\n" % (h("Олег Марченко"), h("інф. для УВП"))
        + paras_html("\n".join(fwd)) + "\n</div>", gen="Microsoft Word 11 (filtered medium)")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<rda-bobrovytsia@example.gov.ua>"),
           ("Received", received(name, date, "bobr-kanc", "203.0.113.104")),
           ("From", '"%s" <rda-bobrovytsia@example.gov.ua>' % hb("Бобровицька РДА", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("FW: інф. для УВП", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(plain, "windows-1251", "quoted-printable"),
                         text(html, "windows-1251", "quoted-printable", "html")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


SZ_NAME = "Соцзахист_ВУ_ІІ_півр_2013.docx"
KEY = {"class": "mixed", "executor": "su-sotszakhyst", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird forward-as-attachment: a message/rfc822 part holds the unit's original Outlook 2007 "
               "mail (sent on 02.12 to a mistyped address) with a .docx table in own numbering 1-3 plus a plan "
               "column; the items come from the nested .docx, the outer and inner cover notes report nothing.",
       "items": [{"measure": 6, "source": SZ_NAME}, {"measure": 7, "source": SZ_NAME}]}


@mail("mx02-sotszakhyst", KEY)
def _(name):
    date = kd("2013-12-05 10:40:12")
    docsrc = doc_html("""
<p align="center"><b>Інформація управління праці та соціального захисту населення облдержадміністрації<br>
щодо виконання плану заходів «Відкритий уряд» у ІІ півріччі 2013 року</b></p>
<table border="1" cellpadding="4" width="100%">
<tr><th>№ п/п</th><th>п. плану</th><th>Виконання</th></tr>
<tr><td>1</td><td>6</td><td>Обговорення з громадськістю порядку надання адресної допомоги (жовтень, 3 зустрічі у
районах); 2 засідання «круглого столу» з громадськими організаціями осіб з інвалідністю</td></tr>
<tr><td>2</td><td>7</td><td>До складу обласної координаційної ради у справах осіб з інвалідністю включено 4
представників ГО</td></tr>
<tr><td>3</td><td>8</td><td>—</td></tr>
</table>
<p>&nbsp;</p><p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.І.Гаврилюк</p>
""", "Інформація")
    data = office(name, "docx", docsrc)
    inner_date = kd("2013-12-02 15:03:27")
    iplain = "Надсилаємо інформацію.\n\nУправління праці та соц. захисту населення ОДА\nЮрченко Н. 67-30-15\n"
    ihtml = word_html(paras_html(iplain.rstrip("\n")))
    ialt = P([("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % outlook_boundary(name + "in", 1))],
             parts=[text(iplain, "windows-1251", "quoted-printable"),
                    text(ihtml, "windows-1251", "quoted-printable", "html")],
             boundary=outlook_boundary(name + "in", 1))
    inner = P([("From", '"%s" <sotszakhyst@example.gov.ua>' % hb("Юрченко Наталія", "windows-1251")),
               ("To", "<uvp@cg.ukrtel.com>"),
               ("Subject", hb("Відкритий уряд - соцзахист", "windows-1251")),
               ("Date", inner_date), ("Message-ID", mid(name + "in", "outlook")),
               ("MIME-Version", "1.0"),
               ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % outlook_boundary(name + "in", 0)),
               ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", tidx(name + "in")),
               ("Content-Language", "uk")],
              parts=[ialt, attach(data, SZ_NAME, "b", "windows-1251")],
              boundary=outlook_boundary(name + "in", 0), preamble="This is a multipart message in MIME format.")
    inner_bytes = render(inner)
    body = flowed("Доброго дня!\n"
                  "Пересилаємо наш лист від 02.12 - він пішов на неправильну адресу (помилка в домені), "
                  "побачили тільки зараз. Вибачте.\n"
                  "\n"
                  "-- \n"
                  "Юрченко Наталія\n"
                  "управління праці та соціального захисту населення ОДА\n")
    fwd_name = "Відкритий уряд - соцзахист.eml"
    rfc = P([("Content-Type", 'message/rfc822;\r\n name="%s"' % hb(fwd_name, "UTF-8", fold="\r\n ")),
             ("Content-Transfer-Encoding", "7bit"),
             ("Content-Disposition", 'attachment;\r\n filename="%s"' % hb(fwd_name, "UTF-8", fold="\r\n "))],
            inner_bytes.rstrip(b"\r\n"))
    b = tb_boundary(name)
    hdr = [("Return-Path", "<sotszakhyst@example.gov.ua>"),
           ("Received", received(name, date, "[198.51.100.48]", "198.51.100.48")),
           ("Message-ID", mid(name, "tb")),
           ("Date", date),
           ("From", "%s <sotszakhyst@example.gov.ua>" % hb("Наталія Юрченко", "UTF-8")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1"),
           ("MIME-Version", "1.0"),
           ("To", "uvp@cg.ukrtel.net"),
           ("Subject", hb("Fwd: Відкритий уряд - соцзахист", "UTF-8")),
           ("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b)]
    return P(hdr, parts=[text(body, "UTF-8", "8bit", params="; format=flowed"), rfc],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "mixed", "executor": "rda-kozelets", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2003 cover note on 18.12.2012 (late) reports the site itself; the RTF "
               "attachment, in Ukrainian and without numbers, reports consultations, discussions with council "
               "members and a public review by an NGO called «Козелецький форум» (no forum, no measure 4).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "Kozelets_info.rtf"},
                 {"measure": 9, "source": "Kozelets_info.rtf"}, {"measure": 12, "source": "Kozelets_info.rtf"}]}


@mail("mx03-kozelets", KEY)
def _(name):
    date = kd("2012-12-18 11:02:15")
    docsrc = doc_html("""
<p align="center"><b>Інформація Козелецької райдержадміністрації<br>(IV квартал 2012 року)</b></p>
<p style="text-indent:1.25cm">Консультації з громадськістю проведено 4 рази, з них 2 — з питань районного
бюджету на 2013 рік.</p>
<p style="text-indent:1.25cm">Проект районної програми «Шкільний автобус» обговорено за участю 9 членів
громадської ради, їхні пропозиції враховано в остаточній редакції.</p>
<p style="text-indent:1.25cm">ГО «Козелецький форум» провела громадську експертизу діяльності відділу освіти
райдержадміністрації; звіт експертів розглянуто на нараді у голови РДА, за результатами затверджено план
усунення недоліків (5 заходів).</p>
<p>&nbsp;</p>
<p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.І.Рябоконь</p>
""", "Інформація")
    data = office(name, "rtf", docsrc)
    body = ("Козелецкая РГА, информация по плану (Открытое правительство) - с опозданием, срок продлевали по "
            "телефону (Іванченко).\n"
            "По сайту: на сайте РГА создан раздел \"Открытое правительство\", размещены отчеты сельских голов "
            "(27).\n"
            "Остальное - в приложении.\n"
            "\n"
            "В.И.Рябоконь\n")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<rda-kozelets@example.gov.ua>"),
           ("Received", received(name, date, "koz-zam", "198.51.100.171")),
           ("From", '"%s" <rda-kozelets@example.gov.ua>' % hb("Козелецкая РГА", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Козелец информация (открытое правительство)", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Office Outlook 11"),
           ("Thread-Index", tidx(name)),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return P(hdr, parts=[text(body, "windows-1251", "quoted-printable"),
                         attach(data, "Kozelets_info.rtf", "ascii", mtype="application/msword")],
             boundary=b, preamble="This is a multi-part message in MIME format.")


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 Word HTML with an inline signature image (multipart/related); the plain twin is "
               "8bit cp1251 with no charset label at all; Russian prose on the site and on council members "
               "discussing a draft programme and a draft order.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail("mx04-novhorod", KEY)
def _(name):
    date = kd("2013-06-11 09:20:00")
    plain = ("Новгород-Северская РГА информирует:\n"
             "\n"
             "Сайт РГА: размещены паспорта бюджетных программ и отчет об исполнении бюджета за 2012 год, лента "
             "новостей обновляется ежедневно.\n"
             "\n"
             "Проект программы экономического и социального развития района на 2013 год и проект распоряжения о "
             "благоустройстве обсуждались с членами общественного совета (заседание ОС 17.04.2013) - внесено 5 "
             "предложений, 3 учтены.\n"
             "\n"
             "С уважением,\n"
             "Ткаченко Е.Ю.\n"
             "сектор информационной деятельности\n")
    cid = "image001.gif@01CE6674.%s" % sha(name, "cid")[:8].upper()
    lines = plain.rstrip("\n").split("\n")
    inner = paras_html("\n".join(lines[:-3])) + \
        "\n<p class=MsoNormal><img width=16 height=16 id=\"Picture_x0020_1\" src=\"cid:%s\" alt=\"gerb\"></p>\n" \
        % cid + paras_html("\n".join(lines[-3:]))
    html = word_html(inner, lang="RU")
    b0, b1 = outlook_boundary(name, 0), outlook_boundary(name, 1)
    alt = P([("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b1)],
            parts=[P([("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")],
                     eightbit(plain, "cp1251")),
                   text(html, "windows-1251", "quoted-printable", "html")], boundary=b1)
    img = P([("Content-Type", 'image/gif;\r\n\tname="image001.gif"'),
             ("Content-Transfer-Encoding", "base64"),
             ("Content-ID", "<%s>" % cid)], b64(GIF))
    hdr = [("Return-Path", "<rda-novhorod-siverskyi@example.gov.ua>"),
           ("Received", received(name, date, "nsiv-info", "203.0.113.8")),
           ("From", '"%s" <rda-novhorod-siverskyi@example.gov.ua>' % hb("Ткаченко Елена", "windows-1251")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Новгород-Северская РГА - информация (открытое правительство)", "windows-1251")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/related;\r\n\ttype="multipart/alternative";\r\n\tboundary="%s"' % b0),
           ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "ru")]
    return P(hdr, parts=[alt, img], boundary=b0, preamble="This is a multipart message in MIME format.")


KEY = {"class": "mixed", "executor": "su-kapbud", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 UTF-8 correction on Monday 17.12.2012 (late) above the quoted earlier report "
               "(Ukrainian «Від:/Надіслано:» header block, no «>»): only the new text on п. 8 counts; the quoted "
               "п.1, п.6, п.8, п.12 and «решта — без змін» do not.",
       "items": [{"measure": 8, "source": "body"}]}


@mail("mx05-kapbud", KEY)
def _(name):
    date = kd("2012-12-17 08:40:01")
    new = ["Шановні колеги!", "",
           "Уточнюємо інформацію управління капітального будівництва ОДА від 14.12.2012 щодо п. 8: у листі "
           "помилково вказано, що голову комітету ГР не введено до колегії. Насправді голова комітету з питань "
           "будівництва та інфраструктури Громадської ради при ОДА Левченко П.А. введений до складу колегії "
           "управління наказом від 03.12.2012 № 112 і взяв участь у засіданні колегії 12.12.2012.",
           "Решта інформації - без змін.", "",
           "З повагою,", "Клименко Т.В.", "головний спеціаліст УКБ ОДА", ""]
    hblock = ["Від: kapbud [mailto:kapbud@example.gov.ua] ",
              "Надіслано: 14 грудня 2012 р. 15:52",
              "Кому: uvp@cg.ukrtel.net",
              "Тема: інформація УКБ (Відкритий уряд)", ""]
    old = ["Управління капітального будівництва облдержадміністрації", "",
           "п.1 - на сторінці управління розміщено перелік об'єктів будівництва 2012 р. з кошторисною вартістю",
           "п.6 - консультації не проводились",
           "п.8 - голову комітету ГР до колегії не введено, положення про управління переглядається",
           "п.12 - громадських експертиз не було", "", "Клименко Т."]
    plain = "\n".join(new + hblock + old) + "\n"
    html = word_html(
        paras_html("\n".join(new)) + "\n<div>\n<div style='border:none;border-top:solid #B5C4DF 1.0pt;"
        "padding:3.0pt 0cm 0cm 0cm'>\n<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:"
        "\"Tahoma\",\"sans-serif\"'>Від:</span></b><span style='font-size:10.0pt;font-family:\"Tahoma\","
        "\"sans-serif\"'> kapbud [mailto:kapbud@example.gov.ua] <br><b>Надіслано:</b> 14 грудня 2012 р. 15:52<br>"
        "<b>Кому:</b> uvp@cg.ukrtel.net<br><b>Тема:</b> %s<o:p></o:p></span></p>\n</div>\n</div>\n"
        % h("інформація УКБ (Відкритий уряд)") + paras_html("\n".join(old)),
        cs="utf-8", gen="Microsoft Word 14 (filtered medium)")
    b = outlook_boundary(name, 0)
    hdr = [("Return-Path", "<kapbud@example.gov.ua>"),
           ("Received", received(name, date, "ukb-klym", "198.51.100.66")),
           ("From", '"%s" <kapbud@example.gov.ua>' % hb("Клименко Тетяна", "utf-8")),
           ("To", "<uvp@cg.ukrtel.net>"),
           ("Subject", hb("Уточнення до інформації УКБ від 14.12.2012", "utf-8")),
           ("Date", date), ("Message-ID", mid(name, "outlook")),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b),
           ("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", tidx(name)),
           ("Content-Language", "uk")]
    return P(hdr, parts=[text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
             boundary=b, preamble="This is a multipart message in MIME format.")


# ======================================================================================
# checks and output
# ======================================================================================

def sources_in(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    names = set()
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.add(str(fn))
    return msg, names


def check_key(name, key, data):
    assert set(key) == {"class", "executor", "period", "late", "kind", "reason", "note", "items"}, name
    assert CLASSES[name[:2]] == key["class"], name
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    assert pairs == sorted(pairs) and len(set(pairs)) == len(pairs), name
    assert all(1 <= m <= 16 for m, _ in pairs), name
    assert (key["kind"] == "not_report") == (not items), name
    assert (key["reason"] is None) == (key["kind"] == "report"), name
    msg, names = sources_in(data)
    for _, s in pairs:
        assert s == "body" or s in names, (name, s, names)
    per, late = period_of(msg["Date"])
    assert (per, late) == (key["period"], key["late"]), (name, per, late)
    # every text part decodes in its declared charset
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_charset():
            part.get_payload(decode=True).decode(part.get_content_charset())
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
    rcv = msg.get_all("Received")
    assert rcv and kyiv_of(rcv[0].rsplit(";", 1)[1].strip()) > kyiv_of(msg["Date"]), name


def main():
    os.makedirs(ATT, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    names = [n for n, _, _ in MAILS]
    assert len(names) == len(set(names)) == 40, len(names)
    for cls in CLASSES:
        assert sum(1 for n in names if n.startswith(cls)) == 5, cls
    for name, key, fn in MAILS:
        p = fn(name)
        data = render(p, top=True)
        check_key(name, key, data)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
