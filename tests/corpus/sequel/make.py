#!/usr/bin/env python3
"""Builds the 'sequel' corpus: 40 report e-mails to uvp@cg.ukrtel.net and their keys.
Standard library only. Attachments are read from attachments/ (converted once by
attachments/convert.py). Each mail's KEY literal stands directly above its builder."""
import base64, datetime as dt, email, email.header, email.policy, json, os, quopri, sys, tomllib
from urllib.parse import quote
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
KYIV = ZoneInfo("Europe/Kyiv")
TO = "uvp@cg.ukrtel.net"
PLAN = tomllib.load(open("/work/main/config/plan.toml", "rb"))
EXECUTORS = {e["id"]: e for e in PLAN["executor"]}
DEADLINES = [d["date"] for d in PLAN["deadline"]]
GRACE = PLAN["plan"]["grace_days"]
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}
MAILS = []
N = [0]

# ---------------------------------------------------------------- MIME helpers
def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded word(s) for a header value (non-ASCII only)."""
    try:
        text.encode("ascii"); return text
    except UnicodeEncodeError:
        pass
    text = fit(text, charset)
    raw = text.encode(charset)
    if enc == "B":
        out, chunk = [], b""
        for ch in text:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 39:
                out.append(chunk); chunk = b""
            chunk += b
        out.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(c).decode()) for c in out)
    q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                ("_" if b == 32 else "=%02X" % b) for b in raw)
    parts = [q[i:i + 45] for i in range(0, len(q), 45)]
    # do not split inside =XX
    fixed, buf = [], ""
    for p in parts:
        buf += p
        cut = len(buf)
        while cut > 0 and "=" in buf[max(0, cut - 2):cut]:
            cut -= 1
        fixed.append(buf[:cut]); buf = buf[cut:]
    if buf: fixed.append(buf)
    return "\n ".join("=?%s?Q?%s?=" % (charset, p) for p in fixed if p)

def addr(name, mail, charset="utf-8", enc="B"):
    """A display name as one encoded word, as Outlook and most web mail write it."""
    if not name:
        return mail
    try:
        name.encode("ascii"); return '"%s" <%s>' % (name, mail)
    except UnicodeEncodeError:
        pass
    raw = fit(name, charset).encode(charset)
    if enc == "B":
        w = "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
    else:
        w = "=?%s?Q?%s?=" % (charset, "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b) for b in raw))
    return "%s <%s>" % (w, mail)

def body_enc(data, cte):
    if cte == "base64":
        s = base64.b64encode(data).decode()
        return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode("latin-1")      # 8bit / 7bit: raw bytes carried through latin-1

KOI_SUBST = {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "—": "-", "–": "-", "•": "*", "…": "...", "№": "N", "’": "'", "ʼ": "'"}

def fit(t, charset):
    """What a koi8 client does with characters the charset lacks."""
    if charset.lower().startswith("koi8"):
        t = "".join(KOI_SUBST.get(c, c) for c in t)
    return t

def text(t, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, extra=""):
    t = fit(t.replace("\r\n", "\n").lstrip("\n"), charset)
    data = t.encode(charset)
    ct = 'text/%s; charset="%s"' % (subtype, label or charset)
    if subtype == "plain" and "format" in extra:
        ct += "; format=flowed"; extra = ""
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n%s\n%s" % (ct, cte, extra, body_enc(data, cte))

def fname_params(name, style, charset="utf-8"):
    """(Content-Type param, Content-Disposition param) for a file name."""
    if style == "ascii":
        return 'name="%s"' % name, 'filename="%s"' % name
    if style in ("B", "Q"):
        w = ew(name, charset, style).replace("\n ", "")
        return 'name="%s"' % w, 'filename="%s"' % w
    enc = "%s''%s" % (charset, quote(name.encode(charset), safe=""))
    if style == "2231":
        return "name*=%s" % enc, "filename*=%s" % enc
    # 2231 with continuations
    chunks, i = [], 0
    while i < len(enc):
        j = min(len(enc), i + 40)
        while "%" in enc[max(i, j - 2):j] and j < len(enc):
            j += 1
        chunks.append(enc[i:j]); i = j
    cont = ";\n ".join("filename*%d*=%s" % (k, c) for k, c in enumerate(chunks))
    ncont = ";\n ".join("name*%d*=%s" % (k, c) for k, c in enumerate(chunks))
    return ncont, cont

MIMETYPES = {"xls": "application/vnd.ms-excel", "doc": "application/msword",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "ods": "application/vnd.oasis.opendocument.spreadsheet",
             "odt": "application/vnd.oasis.opendocument.text", "rtf": "application/rtf",
             "pdf": "application/pdf", "ics": "text/calendar", "png": "image/png"}

def attach(src, name, style="ascii", charset="utf-8", ctype=None, data=None, inline_cid=None):
    if data is None:
        data = open(os.path.join(ATT, src), "rb").read()
        assert len(data) < 60_000, src
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIMETYPES.get(ext, "application/octet-stream")
    if inline_cid:
        return ("Content-Type: %s; name=\"%s\"\nContent-Transfer-Encoding: base64\nContent-ID: <%s>\n"
                "Content-Disposition: inline; filename=\"%s\"\n\n%s" % (ctype, name, inline_cid, name, body_enc(data, "base64")))
    cp, dp = fname_params(name, style, charset)
    return ("Content-Type: %s;\n %s\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n %s\n\n%s"
            % (ctype, cp, dp, body_enc(data, "base64")))

def multi(sub, parts, extra=""):
    N[0] += 1
    b = "----=_NextPart_%03d_%04X_01CD%04X.%08X" % (N[0], 0x1F0 + N[0], 0xA00 + N[0] * 7, 0x5E3A0000 + N[0])
    s = 'Content-Type: multipart/%s;%s\n boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n' % (sub, extra, b)
    for p in parts:
        s += "--%s\n%s\n" % (b, p.rstrip("\n") + "\n")
    return s + "--%s--\n" % b

def rfc822(msg_text, name=None):
    disp = "Content-Disposition: attachment%s\n" % ('; filename="%s"' % name if name else "")
    return "Content-Type: message/rfc822\n%s\n%s" % (disp, msg_text)

def kyiv(s):
    """'2012-12-13 10:41:07' -> aware datetime in Kyiv."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)

def rfcdate(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")

def envelope(frm, subject, date, body, mid, xmailer=None, extra=(), rcv_from=None, to=TO,
             delay=4, prefix=""):
    d = kyiv(date)
    r = d + dt.timedelta(seconds=delay)
    assert r.date() == d.date()
    host = frm.rsplit("@", 1)[-1].rstrip(">")
    hdr = ["Received: from %s (%s [195.22.%d.%d])\n\tby mail.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
           % (rcv_from or "mail." + host, rcv_from or "mail." + host, 100 + len(host) % 50, 10 + N[0] % 200,
              "%X" % (__import__("zlib").crc32(mid.encode()) & 0xFFFFFFF), TO, rfcdate(r))]
    hdr += ["Message-ID: <%s>" % mid, "Date: %s" % rfcdate(d), "From: %s" % frm, "To: %s" % to,
            "Subject: %s" % subject]
    hdr += list(extra)
    if xmailer:
        hdr.append(xmailer)
    hdr.append("MIME-Version: 1.0")
    return prefix + "\n".join(hdr) + "\n" + body

def inner(frm, subject, date, body, mid, xmailer=None, to=TO, extra=()):
    d = kyiv(date)
    hdr = ["Message-ID: <%s>" % mid, "Date: %s" % rfcdate(d), "From: %s" % frm, "To: %s" % to,
           "Subject: %s" % subject] + list(extra)
    if xmailer: hdr.append(xmailer)
    hdr.append("MIME-Version: 1.0")
    return "\n".join(hdr) + "\n" + body

def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn)); return fn
    return deco

REMINDER_HEAD = ("Шановні колеги!\n\nНагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня "
                 "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
                 "«Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до {dl} на адресу "
                 "електронної пошти uvp@cg.ukrtel.net.\n\nСтаном на {today} від {ex} не надійшла інформація за звітний "
                 "період щодо таких пунктів плану:\n")
REMINDER_TAIL = ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація "
                 "про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати "
                 "інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.\n\n"
                 "Просимо дотримуватися встановленого терміну.\n\nЦе повідомлення сформоване автоматично. Якщо інформацію "
                 "вже надіслано, просимо вважати його недійсним.\n\nЗ повагою\nУправління з питань внутрішньої політики та "
                 "зв'язків з громадськістю облдержадміністрації\n")
MTEXT = {int(m["number"]): m["text"] for m in PLAN["measure"]}

def quote_lines(t, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in t.split("\n"))

# ======================================================================== placeholder
KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Part 2 of a split report: an .xls with rows 9-15 where only 9 and 10 carry text and the rest are «х», «—», «-» or a bare «не проводились»; the body's «пункти 9–15» only points to the table.",
       "items": [{"measure": 9, "source": "Бахмацька РДА частина 2.xls"},
                 {"measure": 10, "source": "Бахмацька РДА частина 2.xls"}]}
@mail("ph01", KEY)
def ph01():
    b = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Продовження листа від 12.12.2012 № 01-12/1890.
Надсилаємо частину 2 інформації про виконання Плану заходів (пункти 9–15), частина 1 (пункти 1–8) надіслана вчора.

З повагою
Загальний відділ апарату Бахмацької райдержадміністрації
тел. (04635) 2-11-47
"""
    body = multi("mixed", [text(b, charset="windows-1251", cte="quoted-printable"),
                           attach("ph01_bakhmach.xls", "Бахмацька РДА частина 2.xls", "B", "windows-1251")])
    return envelope(addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251"),
                    ew("Частина 2 - інформація по плану Відкритий уряд", "windows-1251"),
                    "2012-12-13 09:17:44", body, "000601cdd90f$2a1b3c40$0a01a8c0@zagviddil",
                    "X-Mailer: Microsoft Office Outlook 12.0", ["Thread-Index: Ac3ZDyocRkW0m8xQTo2y1gqHf3Tz9A==", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"])

KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "A corrected table replacing one sent three days earlier: rows 2, 7, 9, 12, 16 are «+», «без змін», «-», «не проводились», «Інформацію надано»; the body's remark about an error in the column of п. 8 is about the table, not the work.",
       "items": [{"measure": 1, "source": "уточнена_таблиця_екологія.xlsx"},
                 {"measure": 6, "source": "уточнена_таблиця_екологія.xlsx"},
                 {"measure": 8, "source": "уточнена_таблиця_екологія.xlsx"}]}
@mail("ph02", KEY)
def ph02():
    b = """Добрий день!

Надсилаємо уточнену інформацію про виконання Плану заходів щодо відкритості та прозорості (замість таблиці, надісланої 11.06.2013). У попередній таблиці помилково заповнено графу по п. 8, просимо враховувати цю.

Провідний спеціаліст відділу організаційної роботи
управління екології та природних ресурсів облдержадміністрації
Олена Васильченко
"""
    body = multi("mixed", [text(b, cte="base64"),
                           attach("ph02_ekolohiia.xlsx", "уточнена_таблиця_екологія.xlsx", "2231")])
    return envelope(addr("Управління екології", "ekolohiia@example.gov.ua"),
                    ew("Уточнена інформація (Відкритий уряд)", "utf-8", "Q"), "2013-06-14 11:02:19", body,
                    "51BAD0AB.3040708@example.gov.ua",
                    "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")

KEY = {"class": "placeholder", "executor": "gromrada", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "A resend marked ПОВТОРНО with a plain-text list of all 16 measures: only 3 and 10 have real text; 4 says only when, 15 is a plan for later, the rest are dashes.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("ph03", KEY)
def ph03():
    rows = {1: "—", 2: "—", 3: "Веб-ресурс «Чернігівська громада» працює з 20.11.2012, Громадська рада визначила двох модераторів ресурсу, розміщено 38 матеріалів.",
            4: "У І кварталі 2013 р.", 5: "—", 6: "—", 7: "—", 8: "—", 9: "—",
            10: "Рішенням Громадської ради від 22.11.2012 у її складі утворено комісію з питань відкритості та прозорості діяльності органів влади (голова комісії – Ярошенко М.В.).",
            11: "—", 12: "—", 13: "—", 14: "—", 15: "планується у 2013 році", 16: "—"}
    lst = "\n".join("%d. %s" % (n, rows[n]) for n in range(1, 17))
    b = """ПОВТОРНО.
Попередній лист від 07.12.2012 надіслали без підпису, просимо вважати дійсним цей.

Інформація Громадської ради при облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (за пунктами плану):

%s

Секретар Громадської ради при облдержадміністрації
В. Ткач
""" % lst
    body = text(b, charset="utf-8", cte="8bit")
    return envelope(addr("Громадська рада", "gromrada@example.gov.ua"), "=?UTF-8?B?%s?=" % base64.b64encode("ПОВТОРНО: інформація Громадської ради".encode()).decode(),
                    "2012-12-10 16:48:02", body, "50C5F7A2.9010205@example.gov.ua",
                    "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2")

KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 3, "late": True, "kind": "report",
       "reason": None, "note": "An HTML-only supplement three days after the deadline whose table rows for 1, 6, 9, 10 only point to the earlier letter, carry a dash, «не було» or «не стосується»; rows 7 and 12 alone report.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("ph04", KEY)
def ph04():
    rows = [("1", "див. лист від 13.12.2013 № 02-14/1133"), ("6", "—"),
            ("7", "До складу ради з питань розвитку підприємництва при райдержадміністрації включено трьох представників громадських організацій (розпорядження від 02.10.2013 № 217)."),
            ("9", "не було"), ("10", "не стосується"),
            ("12", "Громадська організація «Срібнянська ініціатива» провела антикорупційну експертизу проекту розпорядження «Про порядок надання адміністративних послуг»; пропозиції враховано.")]
    tr = "".join("<tr><td width=60 align=center>%s</td><td>%s</td></tr>\r\n" % r for r in rows)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><p>Доповнення до інформації від 13.12.2013 № 02-14/1133 по пунктах, які не увійшли до попереднього листа.</p>
<table border=1 cellspacing=0 cellpadding=3><tr><th>№ п/п плану</th><th>Інформація про виконання</th></tr>
%s</table>
<p>Відділ організаційно-кадрової роботи апарату Срібнянської райдержадміністрації<br>Марченко Л.І.</p></body></html>
""" % tr
    body = text(h, "html", "windows-1251", "quoted-printable")
    return envelope(addr("Срібнянська РДА", "rda-sribne@example.gov.ua", "windows-1251"),
                    ew("Доповнення до інформації", "windows-1251"), "2013-12-16 10:05:51", body,
                    "001a01cdfa4e$9b8e2f10$6401a8c0@orgviddil", "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                    ["X-Priority: 3", "X-MSMail-Priority: Normal"])

KEY = {"class": "placeholder", "executor": "su-sotszakhyst", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "The table forgotten in the first mail, sent with a cover note naming that letter: an .ods with a row for each of the 16 measures, all «х», «немає», «+» or a bare «не проводились» except 2 and 9.",
       "items": [{"measure": 2, "source": "Додаток до листа 05-09-1422.ods"},
                 {"measure": 9, "source": "Додаток до листа 05-09-1422.ods"}]}
@mail("ph05", KEY)
def ph05():
    b = """Шановні колеги!

До нашого листа від 10.06.2013 № 05-09/1422 не було вкладено додаток (таблицю). Надсилаємо його окремо.

З повагою
сектор документального забезпечення
Управління праці та соціального захисту населення облдержадміністрації
"""
    h = "<html><body><p>Шановні колеги!</p><p>До нашого листа від 10.06.2013 № 05-09/1422 не було вкладено додаток (таблицю). Надсилаємо його окремо.</p><p>З повагою<br>сектор документального забезпечення<br>Управління праці та соціального захисту населення облдержадміністрації</p></body></html>"
    alt = multi("alternative", [text(b, charset="windows-1251", cte="quoted-printable"),
                                text(h, "html", "windows-1251", "quoted-printable")])
    body = multi("mixed", [alt, attach("ph05_sotszakhyst.ods", "Додаток до листа 05-09-1422.ods", "2231c")])
    return envelope(addr("Управління соцзахисту", "sotszakhyst@example.gov.ua", "windows-1251"),
                    ew("Додаток до листа № 05-09/1422", "windows-1251"), "2013-06-11 08:56:30", body,
                    "003d01ce6672$1c2e4b50$548ae1f0$@gov.ua", "X-Mailer: Microsoft Outlook 14.0",
                    ["Content-Language: uk", "Thread-Index: Ac5mcfjq0N7Yq5WDTiq2kxVJ3gXLmw=="])

# ======================================================================== bottom_post
def reminder(ex, dl, today, ms):
    return REMINDER_HEAD.format(dl=dl, today=today, ex=ex) + "".join("\n  %d. %s\n" % (m, MTEXT[m]) for m in ms) + REMINDER_TAIL

KEY = {"class": "bottom_post", "executor": "rda-horodnia", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Outlook (Russian UI) reply typed below a full quoted reminder without «>» marks; the quoted reminder lists 7, 9 and 12, the answer below covers 7 and 12 and leaves 9 as a dash.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp01", KEY)
def bp01():
    q = reminder("Городнянська районна державна адміністрація", "15.12.2012", "11.12.2012", [7, 9, 12])
    b = """-----Original Message-----
From: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]
Sent: Tuesday, December 11, 2012 8:00 AM
To: rda-horodnia@example.gov.ua
Subject: Нагадування: інформація про виконання Плану заходів

%s
________________________________

Частина 2 — доповнення до нашої відповіді від 10.12.2012 (по пунктах з нагадування):

п. 7 – до складу громадської ради з питань соціального захисту при райдержадміністрації включено двох представників районної організації ветеранів, до складу комісії з питань евакуації – представника Червоного Хреста.
п. 9 – -
п. 12 – громадських антикорупційних експертиз проектів розпоряджень у ІV кварталі не проводилось, запити від громадських організацій не надходили.

Відділ організаційної роботи Городнянської РДА
""" % q
    body = text(b, charset="koi8-u", cte="8bit")
    return envelope(addr("Городнянская РГА", "rda-horodnia@example.gov.ua", "koi8-r"),
                    "RE: " + ew("Нагадування: інформація про виконання Плану заходів", "koi8-u"), "2012-12-12 14:22:09",
                    body, "002101cdd86a$5f3e1c20$1d3a5460$@example.gov.ua", "X-Mailer: Microsoft Office Outlook 11",
                    ["In-Reply-To: <zvit.reminder.20121211.080000.rda-horodnia@cg.ukrtel.net>", "Thread-Topic: =?koi8-u?B?" + base64.b64encode("Нагадування".encode("koi8-u")).decode() + "?="])

KEY = {"class": "bottom_post", "executor": "rda-ichnia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Thunderbird reply to the office's OWN earlier letter, quoted with «>»: a new line interleaved under quoted п. 6 adds a consultation, a line at the bottom adds п. 9; the quoted п. 1 and п. 6 text is old.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("bp02", KEY)
def bp02():
    own = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Інформація Ічнянської райдержадміністрації за І півріччя 2013 року:

1. Офіційний сайт райдержадміністрації оновлено, створено рубрику «Відкритий уряд».
6. Проведено 2 громадські слухання (щодо програми благоустрою м. Ічня та районного бюджету).

Заступник голови РДА В.М. Сиза"""
    q = own.split("\n")
    top = "\n".join("> " + l if l else ">" for l in q[:6])
    rest = "\n".join("> " + l if l else ">" for l in q[6:])
    b = """12.06.2013 10:14, Ічнянська РДА пише:
%s
Доповнюємо: 11.06.2013 проведено ще одну консультацію з громадськістю – зустріч з мешканцями с. Гужівка щодо відновлення автобусного маршруту (42 учасники).
%s

Також по п. 9: члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови РДА «Про затвердження районної програми підтримки сім'ї на 2013-2015 роки» (засідання 07.06.2013), 3 пропозиції враховано.

--
Ічнянська райдержадміністрація, загальний відділ
""" % (top, rest)
    body = text(b, charset="utf-8", cte="8bit", extra="format")
    return envelope(addr("Ічнянська РДА", "rda-ichnia@example.gov.ua"), "Re: " + ew("Інформація за І півріччя 2013 року", "utf-8"),
                    "2013-06-13 15:40:12", body, "51B9BD2C.6070001@example.gov.ua",
                    "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
                    ["In-Reply-To: <51B81F46.1020903@example.gov.ua>", "References: <51B81F46.1020903@example.gov.ua>"])

KEY = {"class": "bottom_post", "executor": "su-kultura", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "Outlook 2010 (Ukrainian UI) plain+HTML twin replying below zvit's own quoted receipt (header block «Від/Надіслано/Кому/Тема», no «>»); the receipt quotes measures 1, 8 and 12, the new text adds 8 and says 12 «не стосується».",
       "items": [{"measure": 8, "source": "body"}]}
@mail("bp03", KEY)
def bp03():
    rc = """Шановні колеги!

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від 09.12.2013 «Інформація про виконання плану».

Виконавець: Управління культури і туризму облдержадміністрації.
Звітний період: 3-й (термін подання інформації — 15.12.2013).

Розпізнано інформацію щодо таких пунктів плану:
  • пункт 1: На офіційному веб-сайті управління оновлено розділ «Культурна спадщина»…

За цей звітний період ще очікується інформація щодо пунктів плану:
  8. %s
  12. %s

Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.

З повагою
Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації""" % (MTEXT[8], MTEXT[12])
    hdr = """Від: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]
Надіслано: 9 грудня 2013 р. 14:02
Кому: kultura@example.gov.ua
Тема: Підтвердження отримання: Інформація про виконання плану
"""
    new = """Доповнюємо інформацію за пунктами, зазначеними вище:
8 – голова комітету з питань культури та духовності Громадської ради при облдержадміністрації Бондар О.М. введений до складу колегії управління (наказ від 04.10.2013 № 211), бере участь у засіданнях;
12 – не стосується.

Сектор організаційної роботи управління культури і туризму облдержадміністрації"""
    plain = hdr + "\n" + rc + "\n\n" + new + "\n"
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            "<meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"></head><body lang=UK><div class=WordSection1>"
            "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>Від:</b> Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 9 грудня 2013 р. 14:02<br><b>Кому:</b> kultura@example.gov.ua<br><b>Тема:</b> Підтвердження отримання: Інформація про виконання плану</p></div>"
            "<p class=MsoNormal>%s</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal><span style='color:#1F497D'>%s</span></p></div></body></html>" % (esc(rc), esc(new)))
    body = multi("alternative", [text(plain, charset="utf-8", cte="quoted-printable"), text(html, "html", "utf-8", "quoted-printable")])
    return envelope(addr("Управління культури і туризму", "kultura@example.gov.ua"),
                    "RE: " + ew("Підтвердження отримання: Інформація про виконання плану", "utf-8"),
                    "2013-12-12 09:31:47", body, "007b01cef713$4a1c5e80$de5519c0$@example.gov.ua",
                    "X-Mailer: Microsoft Outlook 14.0", ["Content-Language: uk", "Thread-Index: Ac73E0lf8cT2U0sNRmW8aV9m4nTpVA=="])

KEY = {"class": "bottom_post", "executor": "rda-mena", "period": 2, "late": True, "kind": "report",
       "reason": None, "note": "iPhone reply two days late, typed below an Apple-style «>» quote of the reminder listing 6, 7, 12; one real line for 6 and «х» for the other two; says it resends because the first attachment did not open.",
       "items": [{"measure": 6, "source": "body"}]}
@mail("bp04", KEY)
def bp04():
    q = quote_lines(reminder("Менська районна державна адміністрація", "15.06.2013", "14.06.2013", [6, 7, 12]))
    b = """On 14.06.2013, at 8:00, Управління з питань внутрішньої політики <uvp@cg.ukrtel.net> wrote:

%s

Надсилаю повторно текстом, бо в першому листі вкладення не відкривалось.
6. 28.05.2013 проведено громадські слухання щодо проекту програми розвитку водопостачання м. Мена, 57 учасників, протокол розміщено на сайті РДА.
7 - х
12 - х

Кравченко, Менська РДА

Sent from my iPhone""" % q
    body = text(b, charset="utf-8", cte="quoted-printable")
    return envelope(addr("Кравченко Ірина", "rda-mena@example.gov.ua"), "Re: " + ew("Нагадування: інформація про виконання Плану заходів", "utf-8", "Q"),
                    "2013-06-17 19:12:36", body, "C4A7E0B2-71D3-4F0E-9A3B-2F7C5B9E1D22@example.gov.ua",
                    "X-Mailer: iPhone Mail (10B329)", ["In-Reply-To: <zvit.reminder.20130614.080000.rda-mena@cg.ukrtel.net>"])

KEY = {"class": "bottom_post", "executor": "cppk", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Roundcube HTML reply interleaved between blockquoted paragraphs of the reminder: the answer on 13 sits under the quoted item; the closing line promises the list of participants as a second part.",
       "items": [{"measure": 13, "source": "body"}]}
@mail("bp05", KEY)
def bp05():
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Доброго дня!</p>
<p>На 26.02.2013 08:00, Управління з питань внутрішньої політики написав:</p>
<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">
<p>Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до 15.06.2013 на адресу електронної пошти uvp@cg.ukrtel.net.</p>
<p>Станом на 26.02.2013 від Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій не надійшла інформація за звітний період щодо таких пунктів плану:</p>
<p>13. %s</p>
</blockquote>
<p>21 лютого 2013 року центром проведено навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за консультації з громадськістю (46 слухачів), 25 лютого – для спеціалістів райдержадміністрацій (38 слухачів).</p>
<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">
<p>Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.</p>
</blockquote>
<p>Частина 2 (списки слухачів і програма) – окремим листом після підписання.</p>
<p>-- <br />Навчальний відділ ЦППК<br />Гордієнко Н.В.</p>
</body></html>""" % MTEXT[13]
    body = text(h, "html", "utf-8", "quoted-printable")
    return envelope(addr("ЦППК", "cppk@example.gov.ua"), "Re: " + ew("Нагадування: інформація про виконання Плану заходів", "utf-8"),
                    "2013-02-27 11:18:05", body, "3b8e1f0c4d2a9e7f61b05d3c2e8a4f17@webmail.example.gov.ua",
                    "User-Agent: Roundcube Webmail/0.8.5", ["In-Reply-To: <zvit.reminder.20130226.080000.cppk@cg.ukrtel.net>"])

# ======================================================================== not_report
KEY = {"class": "not_report", "executor": "rda-koriukivka", "period": 1, "late": False, "kind": "not_report",
       "reason": "question", "note": "A question after the first part of the report: whether п. 2 and п. 8 are owed by a district administration; the premise «п. 1 ми вже висвітлили» states nothing new.",
       "items": []}
@mail("nr01", KEY)
def nr01():
    b = """Добрий день!

Ми 07.12 надіслали першу частину інформації (пп. 1, 6, 7). Підкажіть, будь ласка, чи потрібно подавати інформацію щодо п. 2 та п. 8 плану, якщо там виконавцями визначено тільки структурні підрозділи облдержадміністрації? Бо в нас у розпорядженні вони теж перелічені.

Дякую.
Шевчук Тетяна, загальний відділ Корюківської РДА
тел. (04657) 2-14-09"""
    body = text(b, charset="windows-1251", cte="8bit")
    return envelope(addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251", "Q"),
                    ew("питання щодо п. 2 та 8", "windows-1251", "Q"), "2012-12-11 10:33:58", body,
                    "1208154927.20121211103358@example.gov.ua", "X-Mailer: The Bat! (v3.99.3) Professional")

KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False, "kind": "not_report",
       "reason": "invitation", "note": "A re-sent invitation (first one had the wrong date) with a text/calendar .ics to the public discussion of the plan's implementation; the announcement already published on the web resource is done for the event to come.",
       "items": []}
@mail("nr02", KEY)
def nr02():
    b = """Шановні колеги!

ПОВТОРНО: у попередньому запрошенні помилково вказано дату.

Запрошуємо представників управління взяти участь у громадському обговоренні виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, яке відбудеться 13 грудня 2013 року о 14.00 у малій залі облдержадміністрації (вул. Шевченка, 7).

Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 17 громадських організацій.

Запрошення у календар – у вкладенні.

З повагою
Регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області
Андрій Литвин"""
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20131213T120000Z\nDTEND:20131213T140000Z\nDTSTAMP:20131205T091500Z\n"
           "ORGANIZER;CN=Координатор ПВУ:mailto:ogp-coordinator@example.org.ua\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\n"
           "UID:ogp-obhovorennia-20131213@example.org.ua\nSEQUENCE:1\n"
           "SUMMARY:Громадське обговорення виконання Плану заходів (Відкритий уряд)\n"
           "LOCATION:Чернігів\\, вул. Шевченка\\, 7\\, мала зала ОДА\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    cal = ('Content-Type: text/calendar; charset="UTF-8"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n' + body_enc(ics.replace("\n", "\r\n").encode(), "base64"))
    alt = multi("alternative", [text(b, cte="quoted-printable"), cal])
    body = multi("mixed", [alt, attach(None, "invite.ics", "ascii", ctype='application/ics', data=ics.replace("\n", "\r\n").encode())])
    return envelope(addr("Андрій Литвин", "ogp-coordinator@example.org.ua"),
                    ew("ПОВТОРНО: Запрошення: громадське обговорення виконання плану 13.12.2013", "utf-8", "Q"),
                    "2013-12-05 11:15:00", body, "CAGp8x=Yt3qk1vQ0uD9h2rL5nF7wE4sJ@mail.gmail.com",
                    None)

KEY = {"class": "not_report", "executor": "su-zhkh", "period": 2, "late": False, "kind": "not_report",
       "reason": "extension_request", "note": "Asks for more time for the second part of the report; names 6 and 9 and why the text is not ready, and that the first part went on 07.06.",
       "items": []}
@mail("nr03", KEY)
def nr03():
    b = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Управління житлово-комунального господарства облдержадміністрації просить продовжити термін подання другої частини інформації про виконання Плану заходів (пп. 6, 9) до 21.06.2013, оскільки проект Програми реформування ЖКГ, обговорення якого має бути відображене в інформації, ще не погоджено з Громадською радою. Першу частину (пп. 1, 2, 7, 8) надіслано 07.06.2013 листом № 06-02/1187.

Заступник начальника управління
С.В. Рибалко"""
    body = text(b, charset="koi8-u", cte="quoted-printable")
    return envelope(addr("Управління ЖКГ", "zhkh@example.gov.ua", "koi8-u"),
                    ew("Про продовження терміну", "koi8-u"), "2013-06-13 12:47:22", body,
                    "20130613124722.5A1C2F@cdo.zhkh.example.gov.ua", "X-Mailer: Produced By Microsoft MimeOLE V6.00.2900.2180")

KEY = {"class": "not_report", "executor": "rda-nosivka", "period": 3, "late": False, "kind": "not_report",
       "reason": "promise", "note": "Promises part 2 (пп. 7, 10, 12) after the head signs it; the clause that the materials are ready and awaiting signature reports nothing.",
       "items": []}
@mail("nr04", KEY)
def nr04():
    b = """Добрий день.
Частину 1 інформації Носівської райдержадміністрації надіслали 12.12.2013. Частина 2 (пп. 7, 10, 12) буде надана до 16.12.2013 – матеріали підготовлені і знаходяться на підписі у голови райдержадміністрації.
Вибачте за затримку.
Юрченко О.В., тел. 2-13-75"""
    h = "<div>Добрий день.</div><div>Частину 1 інформації Носівської райдержадміністрації надіслали 12.12.2013. Частина 2 (пп. 7, 10, 12) буде надана до 16.12.2013 – матеріали підготовлені і знаходяться на підписі у голови райдержадміністрації.</div><div>Вибачте за затримку.</div><div>Юрченко О.В., тел. 2-13-75</div>"
    body = multi("alternative", [text(b, cte="base64"), text(h, "html", "utf-8", "base64")])
    return envelope(addr("Носівська РДА", "rda-nosivka@example.gov.ua"), ew("частина 2 буде пізніше", "utf-8"),
                    "2013-12-13 16:20:41", body, "1386944441.418520177@f312.example.gov.ua",
                    "X-Mailer: Opera Mail/12.16 (Win32)")

KEY = {"class": "not_report", "executor": "rda-bobrovytsia", "period": 2, "late": False, "kind": "not_report",
       "reason": "thanks", "note": "Thanks for the receipt and points out that its second letter (with п. 12) was sent separately; the quoted receipt below names measures but is zvit's own text.",
       "items": []}
@mail("nr05", KEY)
def nr05():
    b = """Дякуємо, підтвердження отримали.
Звертаємо увагу, що інформацію по п. 12 надсилали другим листом 11.06.2013 о 15:40 (окремим вкладенням), просимо її теж врахувати.

З повагою, Бобровицька РДА

----- Исходное сообщение -----
От: "Управління з питань внутрішньої політики" <uvp@cg.ukrtel.net>
Кому: <rda-bobrovytsia@example.gov.ua>
Отправлено: 12 июня 2013 г. 9:01
Тема: Підтвердження отримання: інформація

Шановні колеги!

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від 11.06.2013 «інформація».

Виконавець: Бобровицька районна державна адміністрація.
Звітний період: 2-й (термін подання інформації — 15.06.2013).

Розпізнано інформацію щодо таких пунктів плану:
  • пункт 1: Сайт райдержадміністрації оновлено…
  • пункт 6: Проведено 2 громадські слухання…

За цей звітний період ще очікується інформація щодо пунктів плану:
  12. %s
""" % MTEXT[12]
    body = text(b, charset="windows-1251", cte="quoted-printable")
    return envelope(addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua", "windows-1251"),
                    "Re: " + ew("Підтвердження отримання: інформація", "windows-1251"), "2013-06-12 10:07:33", body,
                    "000c01ce6743$e51a2b30$0201a8c0@bobr", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
                    ["X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"])

# ======================================================================== ranges
KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Part 1 of a split report: an .xls whose number cell «6–9» answers four measures as one block (8 is not owed by a district, it still counts) and «10, 12» carries a dash; the body's «пункти 1–9» only points.",
       "items": [{"measure": 1, "source": "Козелецька_РДА_частина1.xls"},
                 {"measure": 6, "source": "Козелецька_РДА_частина1.xls"},
                 {"measure": 7, "source": "Козелецька_РДА_частина1.xls"},
                 {"measure": 8, "source": "Козелецька_РДА_частина1.xls"},
                 {"measure": 9, "source": "Козелецька_РДА_частина1.xls"}]}
@mail("rg01", KEY)
def rg01():
    b = """Надсилаємо інформацію Козелецької райдержадміністрації про виконання Плану заходів, частина 1 (пункти 1–9, таблиця у вкладенні). Частина 2 буде надіслана після 14.12.2012 окремим листом.

Організаційний відділ апарату райдержадміністрації
"""
    body = multi("mixed", [text(b, charset="windows-1251", cte="base64"),
                           attach("rg01_kozelets.xls", "Козелецька_РДА_частина1.xls", "Q", "windows-1251")])
    return envelope(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"),
                    ew("Відкритий уряд - частина 1", "windows-1251"), "2012-12-14 13:05:26", body,
                    "003301cdd9f1$7c0b2a90$7421bfb0$@example.gov.ua", "X-Mailer: Microsoft Outlook 14.0")

KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "A supplement to an earlier letter answering «пп. 6-9, 12» as one paragraph; the letter's outgoing number, order number, dates and counts nearby are not measures.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg02", KEY)
def rg02():
    b = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Доповнення до інформації від 07.06.2013 № 01-08/2201

По пп. 6-9, 12 Плану повідомляємо: у І півріччі 2013 року управлінням проведено 4 консультації з громадськістю (зокрема обговорення проекту регіональної програми «Освіта Чернігівщини 2013-2017» за участю членів Громадської ради), до складу колегії управління відповідно до наказу від 15.03.2013 № 214 введено голову комітету з питань освіти і науки Громадської ради, представники 6 батьківських та педагогічних громадських організацій включені до громадської ради при управлінні; громадська антикорупційна експертиза проекту Порядку конкурсного відбору підручників проведена ГО «Освітній контроль», 2 пропозиції враховано.

Начальник управління освіти і науки облдержадміністрації
М.П. Яременко"""
    body = text(b, charset="utf-8", cte="quoted-printable")
    return envelope(addr("Управління освіти і науки", "osvita@example.gov.ua"),
                    ew("Доповнення до інформації від 07.06.2013 № 01-08/2201", "utf-8"), "2013-06-12 14:51:08", body,
                    "51B85F3C.2090607@example.gov.ua",
                    "User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")

KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "A resend of part 2 as .docx with «По пунктах з 6 по 9» and «Пункти 10 і 12» as paragraph heads; п. 12 is answered with what was not done while naming the measure.",
       "items": [{"measure": 6, "source": "Прилуцька РДА (частина 2).docx"},
                 {"measure": 7, "source": "Прилуцька РДА (частина 2).docx"},
                 {"measure": 8, "source": "Прилуцька РДА (частина 2).docx"},
                 {"measure": 9, "source": "Прилуцька РДА (частина 2).docx"},
                 {"measure": 10, "source": "Прилуцька РДА (частина 2).docx"},
                 {"measure": 12, "source": "Прилуцька РДА (частина 2).docx"}]}
@mail("rg03", KEY)
def rg03():
    b = """ПОВТОРНО
Частина 2 до листа від 12.12.2013 № 01-27/3310 (у першому листі вкладено не той файл).
Прилуцька райдержадміністрація"""
    body = multi("mixed", [text(b, charset="utf-8", cte="8bit"),
                           attach("rg03_pryluky.docx", "Прилуцька РДА (частина 2).docx", "2231")])
    return envelope(addr("Прилуцька РДА", "rda-pryluky@example.gov.ua"), ew("ПОВТОРНО частина 2", "utf-8"),
                    "2013-12-13 08:44:57", body, "52AAAC39.5000108@example.gov.ua",
                    "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")

KEY = {"class": "ranges", "executor": "su-apk", "period": 1, "late": True, "kind": "report",
       "reason": None, "note": "Russian continuation two days after the deadline, koi8-r: «по пунктам 1 и 6» answered as one block; «№ 996» of the resolution, dates and «п. 16» covering line are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail("rg04", KEY)
def rg04():
    b = """Продолжение письма от 14.12.2012 № 08-11/4410

Информация Главного управления агропромышленного развития облгосадминистрации по пунктам 1 и 6 Плана:
на официальном сайте главного управления с 15.11.2012 создан раздел «Общественные консультации», в котором размещено 4 проекта приказов и программ, в том числе проект программы поддержки фермерских хозяйств на 2013-2015 годы, по которому 29.11.2012 в соответствии с постановлением КМУ № 996 проведены общественные слушания (43 участника, 11 предложений).

Информацию по п. 16 считать предоставленной.

Начальник отдела
В.И. Дорошенко"""
    body = text(b, charset="koi8-r", cte="8bit")
    return envelope(addr("ГУ АПР", "apk@example.gov.ua", "koi8-r"), ew("Продолжение письма от 14.12.2012", "koi8-r"),
                    "2012-12-17 09:12:40", body, "1843269150.20121217091240@example.gov.ua",
                    "X-Mailer: The Bat! (v4.0.24) Home")

KEY = {"class": "ranges", "executor": "rda-chernihiv", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Resent because the first mail bounced: a plain+HTML twin whose table number cells read «1–2», «6–7, 9» and «10–12»; the first two blocks count every measure in them, the last is a bare «не проводились».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("rg05", KEY)
def rg05():
    rows = [("1–2", "Офіційний веб-сайт райдержадміністрації оновлено, створено розділи «Виконання районного бюджету» та «Районні цільові програми», де щомісяця розміщується звітність."),
            ("6–7, 9", "Проведено 3 громадські слухання та 1 електронну консультацію; до складу 2 дорадчих органів РДА включено членів громадської ради, які також брали участь в обговоренні проекту розпорядження про районну програму розвитку фізкультури і спорту."),
            ("10–12", "не проводились")]
    plain = ("Надсилаємо повторно, бо попередній лист від 13.06.2013 повернувся (скринька переповнена).\n\n"
             "Інформація Чернігівської райдержадміністрації за І півріччя 2013 року\n\n" +
             "\n".join("%s\t%s" % r for r in rows) + "\n\nЗагальний відділ Чернігівської РДА\n")
    tr = "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in rows)
    html = ("<html><body><p>Надсилаємо повторно, бо попередній лист від 13.06.2013 повернувся (скринька переповнена).</p>"
            "<p><b>Інформація Чернігівської райдержадміністрації за І півріччя 2013 року</b></p>"
            "<table border=1 cellpadding=4><tr><th>Пункти плану</th><th>Інформація</th></tr>%s</table>"
            "<p>Загальний відділ Чернігівської РДА</p></body></html>" % tr)
    body = multi("alternative", [text(plain, charset="windows-1251", cte="quoted-printable"),
                                 text(html, "html", "windows-1251", "quoted-printable")])
    return envelope(addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua", "windows-1251"),
                    ew("Повторно: інформація за І півріччя", "windows-1251"), "2013-06-14 10:26:13", body,
                    "008f01ce68cf$b2d41e10$187c5a30$@example.gov.ua", "X-Mailer: Microsoft Office Outlook 12.0")

# ======================================================================== prose
KEY = {"class": "prose", "executor": "su-zdorovia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "PDF «частина 1 з 2» in prose without plan numbers: a site paragraph (1), a draft programme discussed with council members (9); the site named as where coverage went and the unit's own medicines hotline are not measures 1 or 5.",
       "items": [{"measure": 1, "source": "Інформація_частина1.pdf"}, {"measure": 9, "source": "Інформація_частина1.pdf"}]}
@mail("pr01", KEY)
def pr01():
    b = "Інформація управління охорони здоров'я облдержадміністрації, частина 1 з 2 (у вкладенні).\n\nЗ повагою, відділ кадрів та документообігу"
    body = multi("mixed", [text(b, cte="base64"), attach("pr01_zdorovia.pdf", "Інформація_частина1.pdf", "B")])
    return envelope(addr("Управління охорони здоров'я", "zdorovia@example.gov.ua"), ew("Відкритий уряд, частина 1", "utf-8"),
                    "2013-06-10 15:03:44", body, "E1Ul4Ab-0003xK-8Q@mail.zdorovia.example.gov.ua",
                    "X-Mailer: Apple Mail (2.1499)")

KEY = {"class": "prose", "executor": "zvernennia", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "A .doc «продовження листа» describing the head's hotline in its own words; a sentence that monthly analyses are published on the official site is a passing mention.",
       "items": [{"measure": 5, "source": "prodovzhennia_lysta.doc"}]}
@mail("pr02", KEY)
def pr02():
    b = "Продовження листа від 05.12.2012 № 12-04/611 – у вкладенні.\n\nВідділ роботи із зверненнями громадян\n"
    body = multi("mixed", [text(b, charset="windows-1251", cte="quoted-printable"),
                           attach("pr02_zvernennia.doc", "prodovzhennia_lysta.doc", "ascii")])
    return envelope(addr("", "zvernennia@example.gov.ua"), ew("продовження листа від 05.12.2012", "windows-1251"),
                    "2012-12-11 17:09:31", body, "004e01cdd7c0$a2f18b60$e8d4a220$@example.gov.ua",
                    "X-Mailer: Microsoft Office Outlook 12.0")

KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "The department's own sector reporting from its registered box in an .odt: three paragraphs describe the web resource (3), a methodological guide (14) and an open-door day (11) without numbers; the last sentence is a plan for 15.",
       "items": [{"measure": 3, "source": "УВП_сектор_взаємодії.odt"}, {"measure": 11, "source": "УВП_сектор_взаємодії.odt"},
                 {"measure": 14, "source": "УВП_сектор_взаємодії.odt"}]}
@mail("pr03", KEY)
def pr03():
    b = "До зведеної інформації – доповнення сектору взаємодії з громадськими організаціями (другий файл, який не вклали в попередній лист).\n\nМ. Савенко"
    body = multi("mixed", [text(b, cte="quoted-printable"), attach("pr03_uvp.odt", "УВП_сектор_взаємодії.odt", "2231c")])
    return envelope(addr("Савенко Марина", "uvp-info@example.gov.ua"), ew("доповнення (другий файл)", "utf-8", "Q"),
                    "2012-12-14 12:40:18", body, "50CB0192.1060702@example.gov.ua",
                    "User-Agent: Mozilla/5.0 (X11; Linux i686; rv:10.0.11) Gecko/20121120 Thunderbird/10.0.11")

KEY = {"class": "prose", "executor": "rda-talalaivka", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "HTML-only «уточнена інформація» replacing an earlier letter, prose with headings: a meeting of the head with residents (6) and an expertise by an NGO (12); the newspaper and site are only where it was covered.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("pr04", KEY)
def pr04():
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"></head><body>
<p><b>Уточнена інформація</b> Талалаївської райдержадміністрації (замість листа від 09.12.2013 – у ньому помилково вказано кількість учасників)</p>
<p><u>Взаємодія з громадськістю</u></p>
<p>22 листопада 2013 року голова райдержадміністрації провів зустріч з мешканцями смт Талалаївка щодо проекту районного бюджету на 2014 рік та ремонту доріг, участь взяли 74 особи; внесені пропозиції опрацьовуються профільними відділами. Матеріали зустрічі висвітлено в газеті «Сільські новини» та на офіційному сайті райдержадміністрації.</p>
<p><u>Громадський контроль</u></p>
<p>Громадська організація «Талалаївщина – наш дім» провела громадську експертизу діяльності відділу у справах сім'ї, молоді та спорту райдержадміністрації; за її результатами розпорядженням від 04.12.2013 № 301 затверджено план заходів з реалізації пропозицій (5 заходів).</p>
<p>Керуючий справами апарату райдержадміністрації &nbsp; Г.М. Пилипенко</p></body></html>"""
    body = text(h, "html", "koi8-u", "quoted-printable")
    return envelope(addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "koi8-u"), ew("уточнена інформація", "koi8-u"),
                    "2013-12-11 11:55:20", body, "52A836B8.7ea3b4e6.5d19.0a2f@mail.example.gov.ua",
                    "X-Mailer: Microsoft Outlook Express 6.00.2900.5931")

KEY = {"class": "prose", "executor": "su-simia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "The second attachment forgotten in the first mail, an .rtf in prose: advisory council membership (7), a council committee chair in the collegium (8), a draft programme discussed by council members (9).",
       "items": [{"measure": 7, "source": "Додаток 2 (сім'я, молодь).rtf"}, {"measure": 8, "source": "Додаток 2 (сім'я, молодь).rtf"},
                 {"measure": 9, "source": "Додаток 2 (сім'я, молодь).rtf"}]}
@mail("pr05", KEY)
def pr05():
    b = """Доброго дня!
Вибачте, в листі від 12.06.2013 № 03-12/780 забули вкласти додаток 2. Надсилаємо.
Управління у справах сім'ї, молоді та спорту ОДА"""
    body = multi("mixed", [text(b, charset="windows-1251", cte="8bit"),
                           attach("pr05_simia.rtf", "Додаток 2 (сім'я, молодь).rtf", "B", "windows-1251")])
    return envelope(addr("Управління у справах сім'ї, молоді та спорту", "simia@example.gov.ua", "windows-1251"),
                    ew("Додаток 2 до листа № 03-12/780", "windows-1251"), "2013-06-13 09:08:16", body,
                    "01a201ce67fc$5e2b3a70$1a81af50$@example.gov.ua", "X-Mailer: Microsoft Outlook 14.0")

# ======================================================================== foreign_numbers
KEY = {"class": "foreign_numbers", "executor": "su-finansy", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Part 2 letter with its own paragraph numbering 1., 2., 3. each answering a different plan item («Щодо п. 2/9/12 Плану»); п. 12 says what was not done while naming the measure.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("fn01", KEY)
def fn01():
    b = """Частина 2 (частина 1 – лист від 12.12.2012 № 05-17/3312)

1. Щодо п. 2 Плану: у рубриці «Виконання місцевих бюджетів Чернігівської області» офіційного сайту облдержадміністрації щомісяця розміщується інформація про виконання обласного бюджету та зведених бюджетів районів; за жовтень-листопад розміщено 4 матеріали.
2. Щодо п. 9 Плану: проект обласного бюджету на 2013 рік обговорено на засіданні комітету з питань бюджету Громадської ради при облдержадміністрації 27.11.2012 за участю 9 членів ради.
3. Щодо п. 12 Плану: громадських антикорупційних експертиз проектів наказів управління у звітному періоді не проводилось, запитів не надходило.

Заступник начальника управління – начальник бюджетного відділу
Л.В. Остапенко"""
    body = text(b, charset="windows-1251", cte="quoted-printable")
    return envelope(addr("Головне фінансове управління", "finansy@example.gov.ua", "windows-1251"),
                    ew("Частина 2 інформації ГФУ", "windows-1251"), "2012-12-14 15:27:51", body,
                    "00b501cdd9fe$d21f3e70$765dbb50$@example.gov.ua", "X-Mailer: Microsoft Office Outlook 12.0")

KEY = {"class": "foreign_numbers", "executor": "rda-ripky", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "A corrected .xlsx with a running «№ з/п» column 1-5 beside the real «№ пункту Плану» column 1, 6, 7, 9, 12; rows 7 and 12 are placeholders.",
       "items": [{"measure": 1, "source": "Ріпки_уточнена_таблиця.xlsx"}, {"measure": 6, "source": "Ріпки_уточнена_таблиця.xlsx"},
                 {"measure": 9, "source": "Ріпки_уточнена_таблиця.xlsx"}]}
@mail("fn02", KEY)
def fn02():
    b = "Уточнена таблиця (замість надісланої 10.06.2013), у попередній переплутано рядки.\n\nРіпкинська РДА, орг. відділ\n\n-- \nНадіслано з Mail.Ru для Android"
    body = multi("mixed", [text(b, cte="base64"), attach("fn02_ripky.xlsx", "Ріпки_уточнена_таблиця.xlsx", "B")])
    return envelope(addr("Ріпкинська РДА", "rda-ripky@example.gov.ua"), ew("уточнена таблиця", "utf-8"),
                    "2013-06-12 17:33:02", body, "1371047582.281640631@f401.example.gov.ua",
                    "X-Mailer: Mail.Ru Mailer for Android 1.3")

KEY = {"class": "foreign_numbers", "executor": "su-arkhiv", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "A .docx organised by the archive's own plan numbering «1.1», «2.3», with sub-items «а)», «б)» and a reference to its own plan «п. 4.7»; only the «(п. N Плану)» tags and the subjects name the real measures 1, 6, 9.",
       "items": [{"measure": 1, "source": "Держархів_ІІ_півріччя_2013.docx"}, {"measure": 6, "source": "Держархів_ІІ_півріччя_2013.docx"},
                 {"measure": 9, "source": "Держархів_ІІ_півріччя_2013.docx"}]}
@mail("fn03", KEY)
def fn03():
    b = "Доброго дня! Надсилаємо звіт Держархіву області за ІІ півріччя 2013 року (повторно, з підписом директора).\nЗагальний відділ"
    body = multi("mixed", [text(b, charset="windows-1251", cte="quoted-printable"),
                           attach("fn03_arkhiv.docx", "Держархів_ІІ_півріччя_2013.docx", "2231c", "utf-8")])
    return envelope(addr("Держархів області", "arkhiv@example.gov.ua", "windows-1251"), ew("ПОВТОРНО звіт Держархіву", "windows-1251", "Q"),
                    "2013-12-13 10:18:45", body, "002f01cef7eb$41a2c9f0$c4e85dd0$@example.gov.ua",
                    "X-Mailer: Microsoft Outlook 14.0")

KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "koi8-u letter numbered 1), 2), 3) with sub-items а), б), counts, an order number and dates; only «(п. 7 Плану)» and «(п. 10)» name measures, and a district forum of NGOs is not the Internet forum of measure 4.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("fn04", KEY)
def fn04():
    b = """Доповнення до інформації Семенівської райдержадміністрації від 07.12.2012 № 01-19/1204

1) До складу дорадчо-консультативних органів при райдержадміністрації включено представників громадськості (п. 7 Плану):
   а) до координаційної ради з питань сім'ї – 3 особи;
   б) до ради підприємців – 2 особи (розпорядження від 05.11.2012 № 312).
2) Громадській раді при райдержадміністрації рекомендовано утворити у своєму складі робочу групу з питань відкритості та прозорості (п. 10), на засіданні 28.11.2012 робочу групу утворено у складі 4 осіб.
3) 5 грудня 2012 року проведено районний форум громадських організацій, участь взяли 17 осіб.

Керуючий справами апарату РДА О.С. Гребінник"""
    body = text(b, charset="koi8-u", cte="8bit")
    return envelope(addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "koi8-u"), ew("Доповнення до інформації", "koi8-u", "Q"),
                    "2012-12-12 11:48:39", body, "50C85387.7080004@example.gov.ua",
                    "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2")

KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Part 2 in the body with its own numbering 1., 2., a protocol number, counts of hearings and dates; only «(п. 8 Плану)» and «(п. 6)» name measures.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail("fn05", KEY)
def fn05():
    b = """Інформація управління містобудування та архітектури облдержадміністрації (доповнення, частина 2):

1. На засіданні колегії управління 23.05.2013 (протокол № 4) голову комітету з питань містобудування Громадської ради при облдержадміністрації Лисенка П.І. введено до складу колегії (п. 8 Плану).
2. У І півріччі 2013 року проведено 14 громадських слухань щодо містобудівної документації населених пунктів області (генеральні плани 9 сіл та 5 детальних планів територій) (п. 6).

Начальник управління – головний архітектор області
Ю.О. Данильченко"""
    h = "<div dir='ltr'>" + b.replace("\n", "<br>") + "</div>"
    body = multi("alternative", [text(b, cte="base64"), text(h, "html", "utf-8", "quoted-printable")])
    return envelope(addr("Управління містобудування", "mistobuduvannia@example.gov.ua"), ew("доповнення, частина 2", "utf-8"),
                    "2013-06-14 16:02:27", body, "CAH3k9=Qm1p7Xw8tZ4Lr2sD6cV5bN0fG@mail.example.gov.ua", None)

# ======================================================================== personal_address
KEY = {"class": "personal_address", "executor": "rda-varva", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Resent from a clerk's gmail.com because the office box bounced the day before; the district is named only in the signature's genitive and the .doc; the letter is addressed to УВП.",
       "items": [{"measure": 1, "source": "Варва_інформація.doc"}, {"measure": 6, "source": "Варва_інформація.doc"},
                 {"measure": 10, "source": "Варва_інформація.doc"}]}
@mail("pa01", KEY)
def pa01():
    b = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Надсилаю повторно з особистої пошти, бо вчорашній лист зі службової скриньки повернувся з помилкою доставки. Інформація про виконання Плану заходів у вкладенні.

З повагою
Наталія Гончаренко
головний спеціаліст відділу організаційної роботи апарату Варвинської райдержадміністрації
тел. (04636) 2-15-72"""
    h = "<div dir=\"ltr\">" + b.replace("\n", "<br>") + "</div>"
    alt = multi("alternative", [text(b, charset="KOI8-U", cte="base64"), text(h, "html", "KOI8-U", "quoted-printable")])
    body = multi("mixed", [alt, attach("pa01_varva.doc", "Варва_інформація.doc", "B", "KOI8-U")])
    return envelope(addr("Наталія Гончаренко", "n.honcharenko.varva@gmail.com", "KOI8-U"), ew("Повторно: інформація", "KOI8-U"),
                    "2012-12-15 10:52:14", body, "CAF7q2Lw9kXp0H1mZr3Vn8bT6uD4sE5yG@mail.gmail.com", None,
                    rcv_from="mail-wg0-f45.google.com")

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "From a private ukr.net box in surzhyk, the office named only as «начальник управління економіки облдержадміністрації» in the genitive; a supplement to the office's letter of the day before with 2 and 9.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("pa02", KEY)
def pa02():
    b = """Добрий день!
По дорученню начальника управління економіки облдержадміністрації доповнюю нашу інформацію від 13.06 (службова пошта не працює):
- в рубриці «Хід виконання цільових програм» на сайті облдержадміністрації розмістили звіти по 7 обласних програмах за 2012 рік, до речі це ми зробили ще в квітні;
- проект Програми економічного і соціального розвитку області на 2014 рік обговорювали на засіданні Громадської ради 11.06.2013, члени ради дали 12 пропозицій.
Оксана"""
    body = text(b, charset="windows-1251", cte="8bit")
    return envelope(addr("Оксана", "oksana_ek77@ukr.net", "windows-1251"), ew("доповнення", "windows-1251"),
                    "2013-06-14 18:20:07", body, "1371223207.254816000.vx3t0q1m@frv44.fwdcdn.com",
                    "X-Mailer: FREEMAIL", rcv_from="frv44.fwdcdn.com")

KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "From a private i.ua box: part 1 in the body (advisory body membership) and a PDF supplement on an anti-corruption expertise; the service is named in the signature, the body addresses УВП.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "Доповнення_служба.pdf"}]}
@mail("pa03", KEY)
def pa03():
    b = """Управління з питань внутрішньої політики та зв'язків з громадськістю ОДА

Частина 1: до складу опікунської ради при службі у справах дітей облдержадміністрації у жовтні 2013 року включено двох представників громадських організацій «Дитячий фонд Чернігівщини» та «Сім'я без кордонів».
Частина 2 – доповнення у вкладенні.

Пишу з домашньої пошти.
Ковальчук Г.М., начальник відділу служби у справах дітей облдержадміністрації"""
    body = multi("mixed", [text(b, cte="quoted-printable"), attach("pa03_ditei.pdf", "Доповнення_служба.pdf", "Q")])
    return envelope(addr("Галина Ковальчук", "kovalchuk_gm@i.ua"), ew("Інформація служби у справах дітей", "utf-8"),
                    "2013-12-12 21:14:50", body, "1386875690.5C2E9A41@mbox.i.ua", "X-Mailer: i.ua web mail",
                    rcv_from="mx2.i.ua")

KEY = {"class": "personal_address", "executor": "rda-sosnytsia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Sent from the registered box of a neighbouring office (Коропська РДА); the body names both districts and УВП, the signature and the .xls say whose report it is.",
       "items": [{"measure": 1, "source": "Сосниця_РДА.xls"}, {"measure": 6, "source": "Сосниця_РДА.xls"},
                 {"measure": 7, "source": "Сосниця_РДА.xls"}, {"measure": 12, "source": "Сосниця_РДА.xls"}]}
@mail("pa04", KEY)
def pa04():
    b = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Через відсутність зв'язку в Сосницькій райдержадміністрації інформацію надсилаємо з електронної скриньки Коропської РДА (за домовленістю).

Заступник голови Сосницької райдержадміністрації
В.П. Бутенко"""
    body = multi("mixed", [text(b, charset="windows-1251", cte="quoted-printable"),
                           attach("pa04_sosnytsia.xls", "Сосниця_РДА.xls", "2231", "windows-1251")])
    return envelope(addr("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251"), ew("Сосницька РДА - інформація", "windows-1251"),
                    "2013-06-13 13:37:05", body, "003e01ce6825$1fa3c240$5eeb46c0$@example.gov.ua",
                    "X-Mailer: Microsoft Outlook 14.0")

KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": True, "kind": "report",
       "reason": None, "note": "The regional OGP coordinator writes late from a meta.ua box with a supplement: the public discussion of the plan's implementation held (15) and the forum's figures (4); the addressee УВП is named, the coordinator only in the signature.",
       "items": [{"measure": 4, "source": "body"}, {"measure": 15, "source": "body"}]}
@mail("pa05", KEY)
def pa05():
    b = """Шановні колеги з управління з питань внутрішньої політики!

Доповнення до інформації від 12.12.2013: 13 грудня 2013 року відбулося громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності влади в області (34 учасники від 21 громадської організації, протокол і 18 пропозицій направлено до облдержадміністрації).
Інтернет-форум на веб-ресурсі «Чернігівська громада» працює, за рік зареєстровано 286 учасників, відкрито 112 тем.

Андрій Литвин
регіональний координатор Партнерства «Відкритий уряд» в Чернігівській області"""
    body = text(b, charset="utf-8", cte="base64")
    return envelope(addr("Андрій Литвин", "a.lytvyn@meta.ua"), ew("Доповнення", "utf-8"),
                    "2013-12-16 08:41:33", body, "20131216084133.61a2f@webmail.meta.ua", "X-Mailer: meta.ua webmail",
                    rcv_from="mail.meta.ua")

# ======================================================================== mixed
KEY = {"class": "mixed", "executor": "rda-borzna", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "The office forwards its own letter of 10.12 (sent to this mailbox) as message/rfc822 with a supplement above it; the forwarded letter and its .doc were counted when they came, only the new п. 12 line counts.",
       "items": [{"measure": 12, "source": "body"}]}
@mail("mx01", KEY)
def mx01():
    ib = "Направляємо інформацію Борзнянської райдержадміністрації про виконання Плану заходів (у вкладенні).\n\nОрганізаційний відділ"
    ibody = multi("mixed", [text(ib, charset="windows-1251", cte="quoted-printable"),
                            attach("mx01_borzna.doc", "Борзна_звіт.doc", "B", "windows-1251")])
    msg = inner(addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251"), ew("Інформація", "windows-1251"),
                "2012-12-10 10:02:11", ibody, "000d01cdd6b1$0a1e2c30$1e5a8490$@example.gov.ua", "X-Mailer: Microsoft Office Outlook 12.0")
    b = """Пересилаємо наш лист від 10.12.2012 з доповненням:
п. 12 – громадська антикорупційна експертиза проекту розпорядження голови райдержадміністрації «Про затвердження Порядку використання коштів резервного фонду» проведена 11.12.2012 ГО «Борзнянська громада», зауважень не висловлено.

Організаційний відділ апарату Борзнянської РДА"""
    body = multi("mixed", [text(b, charset="windows-1251", cte="quoted-printable"), rfc822(msg)])
    return envelope(addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251"), "FW: " + ew("Інформація", "windows-1251"),
                    "2012-12-14 11:20:55", body, "001401cdd9e2$c7a5b8e0$56f12aa0$@example.gov.ua",
                    "X-Mailer: Microsoft Office Outlook 12.0")

KEY = {"class": "mixed", "executor": "su-kapbud", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Resent after a bounce (the first went to a mistyped address): Gmail-style inline «Forwarded message» of the office's own cover note with the .xlsx at top level; the report is delivered now and counts whole.",
       "items": [{"measure": 1, "source": "kapbud_vidkrytyi_uriad.xlsx"}, {"measure": 6, "source": "kapbud_vidkrytyi_uriad.xlsx"},
                 {"measure": 12, "source": "kapbud_vidkrytyi_uriad.xlsx"}]}
@mail("mx02", KEY)
def mx02():
    b = """Надсилаємо повторно – попередній лист повернувся (помилка в адресі uvp@cg.ukrtel.ne).

---------- Forwarded message ----------
From: Управління капітального будівництва <kapbud@example.gov.ua>
Date: 2013/6/11
Subject: Інформація про виконання Плану заходів
To: uvp@cg.ukrtel.ne

Направляємо інформацію управління капітального будівництва облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості (по пп. 1, 2, 6, 8, 12 – таблиця у вкладенні).

З повагою, Т.В. Мороз
"""
    body = multi("mixed", [text(b, cte="quoted-printable"), attach("mx02_kapbud.xlsx", "kapbud_vidkrytyi_uriad.xlsx", "ascii")])
    return envelope(addr("Управління капітального будівництва", "kapbud@example.gov.ua"), "Fwd: " + ew("Інформація про виконання Плану заходів", "utf-8"),
                    "2013-06-13 08:31:40", body, "CAKx7pQ1rZ2m9VfT0wLb8nH3sY4dU6gE@mail.example.gov.ua", None)

KEY = {"class": "mixed", "executor": "rda-kulykivka", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "Cover note and attachment report different measures: the body reports 10 itself and only points to the .docx for 1, 6, 7, 9, 12, where 9 and 12 are bare «не проводились».",
       "items": [{"measure": 1, "source": "Куликівка_додаток.docx"}, {"measure": 6, "source": "Куликівка_додаток.docx"},
                 {"measure": 7, "source": "Куликівка_додаток.docx"}, {"measure": 10, "source": "body"}]}
@mail("mx03", KEY)
def mx03():
    b = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Куликівська райдержадміністрація інформує, що за рекомендацією райдержадміністрації громадська рада 15.10.2013 утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності органів влади (5 осіб, керівник – Петренко С.А.).
Інформація по пп. 1, 6, 7, 9, 12 – у вкладенні (частина 1 надсилалась 05.12.2013, цей лист її доповнює).

Заступник голови РДА
І.В. Мельник"""
    body = multi("mixed", [text(b, charset="windows-1251", cte="base64"), attach("mx03_kulykivka.docx", "Куликівка_додаток.docx", "B", "windows-1251")])
    return envelope(addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "windows-1251"), ew("інформація (доповнення)", "windows-1251"),
                    "2013-12-10 14:06:22", body, "1093684625.20131210140622@example.gov.ua", "X-Mailer: The Bat! (v5.0.36) Professional")

KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Two attachments, «Частина 1.doc» and «Частина 2.xlsx», the second forgotten in the first mail; the cover note is 8-bit windows-1251 mislabelled us-ascii and reports nothing itself.",
       "items": [{"measure": 1, "source": "Частина 1.doc"}, {"measure": 6, "source": "Частина 1.doc"},
                 {"measure": 9, "source": "Частина 2.xlsx"}, {"measure": 12, "source": "Частина 2.xlsx"}]}
@mail("mx04", KEY)
def mx04():
    b = "Надсилаємо обидві частини, бо в першому листі (11.06) забули вкласти частину 2.\nНовгород-Сіверська РДА"
    body = multi("mixed", [text(b, charset="windows-1251", cte="8bit", label="us-ascii"),
                           attach("mx04_ns_part1.doc", "Частина 1.doc", "B", "windows-1251"),
                           attach("mx04_ns_part2.xlsx", "Частина 2.xlsx", "B", "windows-1251")])
    return envelope(addr("", "rda-novhorod-siverskyi@example.gov.ua"), ew("Частина 1 і 2", "windows-1251"),
                    "2013-06-12 09:45:18", body, "20130612064518.A77F3E0C1@cdo.ns-rda.example.gov.ua",
                    "X-Mailer: Produced By Microsoft MimeOLE V6.00.2900.2180")

KEY = {"class": "mixed", "executor": "rda-shchors", "period": 3, "late": True, "kind": "report",
       "reason": None, "note": "Word HTML with an inline logo, a late correction that quotes its own earlier report (п. 6 and п. 7 lines in a quoted block); only the corrected п. 6 sentence is new.",
       "items": [{"measure": 6, "source": "body"}]}
@mail("mx05", KEY)
def mx05():
    import struct, zlib
    def png(w, h):
        raw = b"".join(b"\x00" + bytes([30, 80, 160]) * w for _ in range(h))
        ch = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
        return b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + ch(b"IDAT", zlib.compress(raw)) + ch(b"IEND", b"")
    h = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 12 (filtered medium)"><style><!-- p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Times New Roman"} --></style></head>
<body lang=UK><div class=Section1>
<p class=MsoNormal><img width=40 height=40 src="cid:image001.png@01CEFA4E.5C7D1E30"></p>
<p class=MsoNormal><b>Уточнена інформація</b></p>
<p class=MsoNormal>У листі від 13.12.2013 № 01-22/2871 помилково вказано кількість громадських слухань. Правильно: п. 6 – у ІІ півріччі 2013 року проведено 4 (а не 3) громадські слухання, четверте – 10.12.2013 щодо проекту районної програми охорони довкілля (31 учасник).</p>
<p class=MsoNormal>&nbsp;</p>
<div style='border:none;border-left:solid #1F497D 1.5pt;padding:0cm 0cm 0cm 4.0pt'>
<p class=MsoNormal><i>п. 6 – проведено 3 громадські слухання та 2 зустрічі з мешканцями;</i></p>
<p class=MsoNormal><i>п. 7 – до складу 3 дорадчих органів включено членів громадської ради.</i></p>
</div>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Щорська райдержадміністрація, загальний відділ</p>
</div></body></html>"""
    rel = multi("related", [text(h, "html", "windows-1251", "quoted-printable"),
                            attach(None, "image001.png", data=png(40, 40), ctype="image/png", inline_cid="image001.png@01CEFA4E.5C7D1E30")],
                extra=' type="text/html";')
    plain = ("Уточнена інформація\n\nУ листі від 13.12.2013 № 01-22/2871 помилково вказано кількість громадських слухань. Правильно: п. 6 – у ІІ півріччі 2013 року "
             "проведено 4 (а не 3) громадські слухання, четверте – 10.12.2013 щодо проекту районної програми охорони довкілля (31 учасник).\n\n"
             "> п. 6 – проведено 3 громадські слухання та 2 зустрічі з мешканцями;\n> п. 7 – до складу 3 дорадчих органів включено членів громадської ради.\n\n"
             "Щорська райдержадміністрація, загальний відділ\n")
    body = multi("alternative", [text(plain, charset="windows-1251", cte="quoted-printable"), rel])
    return envelope(addr("Щорська РДА", "rda-shchors@example.gov.ua", "windows-1251"), ew("Уточнена інформація", "windows-1251"),
                    "2013-12-17 10:14:03", body, "000601cefaf5$8e2a4b10$aa7ee130$@example.gov.ua",
                    "X-Mailer: Microsoft Office Outlook 12.0")

# ======================================================================== build and check
def period_of(d):
    day = d.astimezone(KYIV).date()
    for i, dl in enumerate(DEADLINES, 1):
        if day <= dl:
            return i, False
        if day <= dl + dt.timedelta(days=GRACE):
            return i, True
    raise ValueError("no period for %s" % day)

def filenames(msg):
    out = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            if "=?" in fn:
                fn = str(email.header.make_header(email.header.decode_header(fn)))
            out.append(fn)
    return out

def check(name, key, raw):
    errs = []
    if key["class"] != CLASSES[name[:2]]: errs.append("class")
    if key["executor"] not in EXECUTORS: errs.append("executor")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if (key["period"], key["late"]) != period_of(d): errs.append("period/late %s" % (period_of(d),))
    if not (2012 <= d.year <= 2013): errs.append("year")
    rcv = msg.get_all("Received")[0].split(";")[-1].strip()
    r = email.utils.parsedate_to_datetime(rcv)
    if not (0 < (r - d).total_seconds() < 60 and r.astimezone(KYIV).date() == d.astimezone(KYIV).date()): errs.append("received")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(set(items)): errs.append("items not sorted/unique")
    if any(not (1 <= m <= 15) for m, _ in items): errs.append("measure range")
    names = filenames(msg)
    for _, s in items:
        if s != "body" and s not in names: errs.append("missing source %r (have %r)" % (s, names))
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or items: errs.append("not_report")
    elif key["kind"] != "report" or key["reason"] is not None or not items: errs.append("report kind")
    frm = msg["From"].addresses[0].addr_spec.lower()
    registered = {a.lower(): e for e, x in EXECUTORS.items() for a in x.get("emails", [])}
    if key["class"] != "personal_address" and registered.get(frm) != key["executor"]:
        errs.append("from %s is not %s's box" % (frm, key["executor"]))
    if key["class"] == "personal_address" and registered.get(frm) == key["executor"]:
        errs.append("personal_address from own box")
    if b"\r\n" not in raw or raw.replace(b"\r\n", b"").find(b"\n") >= 0 or raw.replace(b"\r\n", b"").find(b"\r") >= 0:
        errs.append("line ends")
    return errs

def main():
    assert len(MAILS) == 40, len(MAILS)
    per = {}
    seen = set()
    bad = 0
    for name, key, fn in MAILS:
        per[name[:2]] = per.get(name[:2], 0) + 1
        raw = fn().replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")
        errs = check(name, key, raw)
        if errs:
            bad += 1; print(name, "; ".join(errs))
        seen |= {i["measure"] for i in key["items"]}
        open(os.path.join(HERE, name + ".eml"), "wb").write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2); f.write("\n")
    assert all(v == 5 for v in per.values()) and len(per) == 8, per
    missing = set(range(1, 16)) - seen
    if missing: print("measures never keyed:", sorted(missing)); bad += 1
    print("%d mails written, %d with problems" % (len(MAILS), bad))
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
