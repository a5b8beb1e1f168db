#!/usr/bin/env python3
"""Build the «statute» corpus: 40 report e-mails for zvit with hand-written keys.

    python3 make.py            # build every .eml and .expected.json from attachments/
    python3 make.py --convert  # (once) write attachments/src/* and convert them with soffice

Python 3 standard library only.  Each mail's KEY literal stands directly above its builder
and was written before the mail's text.
"""
import base64, datetime, email, email.policy, hashlib, json, os, quopri, re, subprocess, sys
from email.header import decode_header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
DEADLINES = [datetime.date(2012, 12, 15), datetime.date(2013, 6, 15), datetime.date(2013, 12, 15)]
APPROVED = datetime.date(2012, 9, 10)
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# ---------------------------------------------------------------------------------------
# plan.toml: executor ids (read with a tiny parser; tomllib is stdlib in 3.11 but keep it simple)
def plan_executor_ids():
    path = "/work/main/config/plan.toml"
    ids = set()
    try:
        import tomllib
        with open(path, "rb") as f:
            ids = {e["id"] for e in tomllib.load(f)["executor"]}
    except Exception:
        ids = {"uvp", "gromrada", "zvernennia", "cppk", "ogp-coordinator"}
    return ids

# ---------------------------------------------------------------------------------------
# MIME helpers (everything built with "\n", turned into CRLF at the end)

def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded words, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if len(enc_text(chunk + ch, cs)) > 36:
            words.append(chunk); chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = enc_text(w, cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)


def addr(name, mail, cs="utf-8", enc="B"):
    """Display name as ONE encoded word (as Outlook and most web mail write it)."""
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, mail)
    b = enc_text(name, cs)
    if enc == "B":
        w = "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    else:
        w = "=?%s?Q?%s?=" % (cs, "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                                        ("_" if x == 32 else "=%02X" % x) for x in b))
    return "%s\n <%s>" % (w, mail)


KOI_FIX = str.maketrans({"№": "N", "—": "-", "–": "-", "«": '"', "»": '"', "„": '"', "“": '"', "’": "'", "•": "*"})


def enc_text(text, cs):
    """koi8 has no «№», dashes or guillemets: the mailer writes ASCII stand-ins."""
    if cs.startswith("koi8"):
        text = text.translate(KOI_FIX)
    return text.encode(cs)


def body_bytes(text, cs, cte):
    b = enc_text(text, cs)
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(enc_text(text.replace("\n", "\r\n"), cs)).decode("ascii")
    return b  # 8bit


def part(text, subtype="plain", cs="utf-8", cte="quoted-printable", extra="", label=None):
    """A text part. label: the charset named in the header (for mislabelled mail)."""
    hdr = "Content-Type: text/%s; charset=%s%s\nContent-Transfer-Encoding: %s\n" % (
        subtype, '"%s"' % (label or cs) if subtype == "html" else (label or cs),
        ";\n\tformat=flowed" if extra == "flowed" else "", cte)
    if extra and extra != "flowed":
        hdr += extra
    body = body_bytes(text, cs, cte)
    if isinstance(body, bytes):
        return hdr.encode("ascii") + b"\n" + body + b"\n"
    return (hdr + "\n" + body + ("\n" if not body.endswith("\n") else "")).encode("ascii")


def fname_params(name, style):
    """Content-Type name= and Content-Disposition filename= in one of the styles."""
    if all(ord(c) < 128 for c in name) or style == "ascii":
        return 'name="%s"' % name, 'filename="%s"' % name
    if style in ("B", "Q"):
        v = ew(name, "utf-8", style).replace("\n ", "")
        return 'name="%s"' % v, 'filename="%s"' % v
    if style in ("B1251", "Q1251"):
        v = ew(name, "windows-1251", style[0]).replace("\n ", "")
        return 'name="%s"' % v, 'filename="%s"' % v
    # RFC 2231 with continuations
    enc = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122 or chr(x) in "._-")
                  else "%%%02X" % x for x in name.encode("utf-8"))
    pieces = [enc[i:i + 48] for i in range(0, len(enc), 48)]
    # do not split inside a %XX
    fixed, carry = [], ""
    for p in pieces:
        p = carry + p; carry = ""
        m = re.search(r"%[0-9A-F]?$", p)
        if m:
            carry = p[m.start():]; p = p[:m.start()]
        fixed.append(p)
    if carry:
        fixed[-1] += carry
    fn = ";\n".join(" filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else "", p) for i, p in enumerate(fixed))
    nm = 'name="%s"' % ew(name, "utf-8", "B").replace("\n ", "")
    return nm, fn.lstrip()


MIMETYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "xls": "application/vnd.ms-excel", "ods": "application/vnd.oasis.opendocument.spreadsheet",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "doc": "application/msword", "odt": "application/vnd.oasis.opendocument.text",
             "rtf": "application/rtf", "pdf": "application/pdf", "ics": "text/calendar",
             "png": "image/png"}


def attachment(name, data, style="B", ctype=None, inline=False, cid=None):
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIMETYPES.get(ext, "application/octet-stream")
    nm, fn = fname_params(name, style)
    h = "Content-Type: %s;\n %s\nContent-Transfer-Encoding: base64\n" % (ctype, nm)
    if cid:
        h += "Content-ID: <%s>\n" % cid
    h += "Content-Disposition: %s;\n %s\n" % ("inline" if inline else "attachment", fn)
    return (h + "\n" + base64.encodebytes(data).decode("ascii")).encode("ascii")


def multipart(subtype, parts, boundary, extra=""):
    out = ("Content-Type: multipart/%s;\n\tboundary=\"%s\"%s\n\n" % (subtype, boundary, extra)).encode()
    out += b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def rfc822(msg_bytes, name=None):
    h = "Content-Type: message/rfc822"
    if name:
        h += ';\n name="%s"' % ew(name, "utf-8", "B").replace("\n ", "")
    h += "\nContent-Disposition: %s\n\n" % ("attachment" if name else "inline")
    return h.encode() + msg_bytes.replace(b"\r\n", b"\n")


def kdate(y, mo, d, h, mi, s):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def fmt_date(dt):
    return email.utils.format_datetime(dt)


def message(frm, subject, dt, body, to=MAILBOX, cs="utf-8", enc="B", extra=(), mid_domain=None,
            received=True, delay=7, mailer=None, to_name=None):
    """body: bytes of the top-level part (its own Content-Type headers included)."""
    dom = mid_domain or frm.rsplit("@", 1)[-1].rstrip(">")
    mid = "<%s@%s>" % (hashlib.md5((subject + fmt_date(dt) + frm).encode()).hexdigest()[:20].upper(), dom)
    hdr = []
    if received:
        rdt = dt + datetime.timedelta(seconds=delay)
        hdr.append("Received: from mail.%s (mail.%s [195.64.%d.%d])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            dom, dom, 16 + len(dom) % 200, 10 + len(frm) % 240,
            hashlib.md5(mid.encode()).hexdigest()[:10].upper(), MAILBOX, fmt_date(rdt)))
    hdr.append("From: %s" % frm)
    hdr.append("To: %s" % (addr(to_name, to, cs, enc) if to_name else to))
    hdr.append("Subject: %s" % ew(subject, cs, enc))
    hdr.append("Date: %s" % fmt_date(dt))
    hdr.append("Message-ID: %s" % mid)
    if mailer:
        hdr.append(mailer if ":" in mailer else "X-Mailer: %s" % mailer)
    hdr.extend(extra)
    hdr.append("MIME-Version: 1.0")
    return ("\n".join(hdr) + "\n").encode("utf-8") + body


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def att(fn):
    with open(os.path.join(ATT, fn), "rb") as f:
        return f.read()


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

# ---------------------------------------------------------------------------------------
# Attachment sources (HTML for documents, CSV for sheets), converted once with soffice.

SOURCES = {}   # out file name in attachments/ -> (source file name, text, soffice target, infilter)

def doc_src(out, html, target):
    SOURCES[out] = (out.rsplit(".", 1)[0] + ".html", html, target, "HTML (StarWriter)")


def sheet_src(out, rows, target):
    import csv, io
    s = io.StringIO()
    csv.writer(s, lineterminator="\n").writerows(rows)
    SOURCES[out] = (out.rsplit(".", 1)[0] + ".csv", s.getvalue(), target, "CSV:44,34,76,1")


def html_doc(title_lines, body_html):
    head = "".join("<p align=center><b>%s</b></p>\n" % t for t in title_lines)
    return ("<html><head><meta charset=\"utf-8\"><style>body{font-family:'Times New Roman';font-size:13pt}"
            "td{border:1px solid #000;padding:3px;vertical-align:top}table{border-collapse:collapse}</style>"
            "</head><body>\n%s%s</body></html>\n" % (head, body_html))


def table_html(rows, header=True):
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, c, tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out) + "\n"


def convert():
    os.makedirs(SRC, exist_ok=True)
    lo = "-env:UserInstallation=file:///tmp/statute-work/lo"
    for out, (src, text, target, infilter) in SOURCES.items():
        p = os.path.join(SRC, src)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        subprocess.run(["soffice", "--headless", lo, "--infilter=" + infilter,
                        "--convert-to", target, "--outdir", "/tmp/statute-work/out", p],
                       check=True, stdout=subprocess.DEVNULL)
        ext = out.rsplit(".", 1)[-1]
        produced = os.path.join("/tmp/statute-work/out", src.rsplit(".", 1)[0] + "." + ext)
        os.replace(produced, os.path.join(ATT, out))
        print("converted", out, os.path.getsize(os.path.join(ATT, out)))

# ---------------------------------------------------------------------------------------
# Keys and checks

MAILS = []   # (name, KEY, builder)

def mail(key):
    def deco(fn):
        MAILS.append((fn.__name__, key, fn))
        return fn
    return deco


def period_of(d):
    if d < APPROVED:
        return None, None
    for i, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            return i, False
        if d <= dl + datetime.timedelta(days=3):
            return i, True
    return None, None


def all_filenames(msg):
    names = []
    for p in msg.walk():
        fn = p.get_filename()
        if fn:
            if "=?" in fn:
                fn = "".join(b.decode(c or "ascii") if isinstance(b, bytes) else b for b, c in decode_header(fn))
            names.append(str(fn))
    return names


def check(name, key, raw, ids):
    prefix = name[:2]
    assert key["class"] == CLASSES[prefix], (name, "class")
    assert key["executor"] in ids, (name, "executor", key["executor"])
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    dt = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    per, late = period_of(dt.date())
    assert (per, late) == (key["period"], key["late"]), (name, "period", per, late)
    rcv = msg.get_all("Received")[0]
    rdt = email.utils.parsedate_to_datetime(rcv.rsplit(";", 1)[1].strip()).astimezone(KYIV)
    assert rdt.date() == dt.date() and 0 < (rdt - dt).total_seconds() < 120, (name, "received")
    assert MAILBOX in msg["To"], (name, "to")
    items = key["items"]
    if key["kind"] == "not_report":
        assert not items and key["reason"] in REASONS, (name, "not_report")
    else:
        assert key["kind"] == "report" and key["reason"] is None and items, (name, "kind")
    pairs = [(i["measure"], i["source"]) for i in items]
    assert pairs == sorted(pairs) and len(set(pairs)) == len(pairs), (name, "items order")
    names = all_filenames(msg)
    for m, s in pairs:
        assert 1 <= m <= 15, (name, "measure", m)
        assert s == "body" or s in names, (name, "source", s, names)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), (name, "crlf")


def main():
    if "--convert" in sys.argv:
        convert()
        return
    ids = plan_executor_ids()
    seen = set()
    for name, key, fn in MAILS:
        assert name not in seen
        seen.add(name)
        raw = crlf(fn())
        check(name, key, raw, ids)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
    counts = {}
    for name, key, fn in MAILS:
        counts[name[:2]] = counts.get(name[:2], 0) + 1
    assert len(MAILS) == 40 and all(v == 5 for v in counts.values()), counts
    measures = {i["measure"] for _, k, _ in MAILS for i in k["items"]}
    assert measures == set(range(1, 16)), sorted(measures)
    print("built", len(MAILS), "mails;", sum(len(k["items"]) for _, k, _ in MAILS), "items")

# =======================================================================================
# The mails
# =======================================================================================

UVP_FULL = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_TITLE = ("Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
              "області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»")
M = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    5: "Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
    13: "Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.",
}


def reminder(deadline, today, executor, missing, overdue=False):
    if overdue:
        first = ("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня "
                 "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
                 "«Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline)
    else:
        first = ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s на "
                 "адресу електронної пошти %s." % (PLAN_TITLE, deadline, MAILBOX))
    lines = ["Шановні колеги!", "", first, "",
             "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:" % (today, executor)]
    for m in missing:
        lines += ["", "  %d. %s" % (m, M[m])]
    lines += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація "
              "про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати "
              "інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.",
              "", "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.",
              "", "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.",
              "", "З повагою", UVP_FULL]
    return "\n".join(lines)


def receipt(received, subject, executor, period, deadline, recognised, missing, late=False):
    lines = ["Шановні колеги!", "",
             "%s підтверджує отримання Вашого листа від %s «%s»." % (UVP_FULL, received, subject), "",
             "Виконавець: %s." % executor,
             "Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline)]
    if late:
        lines.append("Лист надійшов після встановленого терміну; інформацію враховано як подану із запізненням.")
    lines.append("")
    if recognised:
        lines.append("Розпізнано інформацію щодо таких пунктів плану:")
        lines += ["  • пункт %d: %s" % r for r in recognised]
    else:
        lines.append("Інформації, яку можна віднести до пунктів плану, у листі не виявлено.")
    lines.append("")
    lines.append("За цей звітний період ще очікується інформація щодо пунктів плану:")
    lines += ["  %d. %s" % (m, M[m]) for m in missing]
    lines += ["", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s." % MAILBOX,
              "", "З повагою", UVP_FULL]
    return "\n".join(lines)

# ---------------------------------------------------------------------------------------
# 1. placeholder

KEY = {"class": "placeholder", "executor": "rda-borzna", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "xlsx with a row for every measure of the plan: only rows 1 and 6 say something, the rest carry «—», «х», «немає», a bare «не проводились» or an empty cell; row 16 restates the duty",
       "items": [{"measure": 1, "source": "Інформація_Борзнянська_РДА_грудень 2012.xlsx"},
                 {"measure": 6, "source": "Інформація_Борзнянська_РДА_грудень 2012.xlsx"}]}
sheet_src("ph01-1.xlsx", [
    ["Інформація Борзнянської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (розпорядження голови облдержадміністрації від 10.09.2012 № 412)", "", ""],
    ["№ пункту Плану", "Зміст заходу (скорочено)", "Стан виконання"],
    ["1", "Інформаційне наповнення офіційних сайтів", "На виконання розпорядження голови райдержадміністрації від 02.10.2012 № 318 «Про офіційний веб-сайт Борзнянської районної державної адміністрації» оновлено структуру сайту, створено розділ «Доступ до публічної інформації» відповідно до ст. 15 Закону України «Про доступ до публічної інформації»; розміщено 47 проектів рішень та розпоряджень."],
    ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "—"],
    ["3", "Веб-ресурс «Чернігівська громада»", "х"],
    ["4", "Інтернет-форум", "х"],
    ["5", "«Гаряча лінія» голови ОДА", "х"],
    ["6", "Консультації з громадськістю (постанова КМУ від 03.11.2010 № 996)", "Відповідно до орієнтовного плану проведення консультацій з громадськістю на 2012 рік (розпорядження голови РДА від 28.12.2011 № 547) 14.11.2012 проведено публічне громадське обговорення проекту Програми соціально-економічного розвитку району на 2013 рік, участь взяли 36 осіб; звіт оприлюднено 21.11.2012."],
    ["7", "Залучення до дорадчо-консультативних органів", "не проводились"],
    ["8", "Введення голів комітетів до складу колегій", "х"],
    ["9", "Громадське обговорення проектів розпоряджень", ""],
    ["10", "Комісія (робоча група) з питань відкритості", "—"],
    ["11", "«Дні відкритих дверей»", "х"],
    ["12", "Громадські експертизи", "немає"],
    ["13", "Навчальні семінари", "х"],
    ["14", "Методичні посібники", "х"],
    ["15", "Громадське обговорення виконання заходів", "х"],
    ["16", "Надання інформації до УВП", "Інформацію надано листом від 12.12.2012 № 01-21/2876"],
    ["", "", ""],
    ["Керівник апарату райдержадміністрації", "", "О.П. Кирпа"],
], "xlsx:Calc MS Excel 2007 XML")


@mail(KEY)
def ph01():
    body = """Управління з питань внутрішньої політики
та зв'язків з громадськістю облдержадміністрації

№ 01-21/2876 від 12.12.2012

На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності
виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»,
затвердженого заступником голови облдержадміністрації 10.09.2012, та доручення голови
облдержадміністрації від 24.09.2012 № 01-28/45 надаємо інформацію (додається).

Додаток: на 1 арк. в 1 прим.

Керівник апарату райдержадміністрації          О.П. Кирпа

Вик. Гуща Л.В., (04653) 2-14-87
"""
    m = multipart("mixed", [part(body, cs="windows-1251", cte="quoted-printable"),
                            attachment("Інформація_Борзнянська_РДА_грудень 2012.xlsx", att("ph01-1.xlsx"), "2231")],
                  "----=_NextPart_000_0012_01CDD86A.5C3E1F40")
    return message("\"Borzna RDA\" <rda-borzna@example.gov.ua>", "Інформація на виконання п.16 Плану (Відкритий уряд)",
                   kdate(2012, 12, 12, 11, 42, 17), m, cs="windows-1251",
                   mailer="Microsoft Office Outlook 12.0")


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "plain-text table in the body with a row per owed measure: «+» with no note, «без змін», «-», an empty cell and a bare «не проводились» are placeholders; only rows 1 and 6 report",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail(KEY)
def ph02():
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Вих. № 06-14/1187 від 11.06.2013
На № 05-12/1432 від 02.04.2013

Управління культури і туризму облдержадміністрації на виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформує за І півріччя 2013 року:

№ п. Плану | Стан виконання
1  | Відповідно до наказу управління від 14.01.2013 № 9 «Про забезпечення доступу до публічної інформації» веб-сторінку управління на офіційному сайті облдержадміністрації оновлено: розміщено звіт про виконання обласної програми розвитку культури, 6 проектів наказів, графік прийому громадян.
2  | +
6  | 19.03.2013 проведено консультації з громадськістю у формі круглого столу «Збереження нематеріальної культурної спадщини Чернігівщини» (28 учасників, в т.ч. 7 представників громадських організацій); пропозиції враховано у проекті регіональної програми.
7  | без змін
8  | -
9  |
12 | не проводились
16 | Інформація надається цим листом

Начальник управління                               В.Г. Литвиненко

Кривошея 67-45-12
"""
    return message(addr("Управління культури і туризму", "kultura@example.gov.ua", "windows-1251", "Q"),
                   "Інформація управління культури і туризму (І півріччя 2013)",
                   kdate(2013, 6, 11, 15, 3, 44), part(body, cs="windows-1251", cte="quoted-printable"),
                   cs="windows-1251", enc="Q", mailer="Microsoft Outlook 14.0")


KEY = {"class": "placeholder", "executor": "rda-ichnia", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": ".docx table, rows for every owed measure; «—», «х», «немає» and «без змін (див. інформацію за І півріччя)» say nothing; rows 1 and 7 report",
       "items": [{"measure": 1, "source": "Ichnia_vidkrytyi_uriad_II_pivr_2013.docx"},
                 {"measure": 7, "source": "Ichnia_vidkrytyi_uriad_II_pivr_2013.docx"}]}
doc_src("ph03-1.docx", html_doc(
    ["ІНФОРМАЦІЯ", "Ічнянської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року"],
    table_html([
        ["№ п/п Плану", "Найменування заходу", "Інформація про виконання"],
        ["1", "Приведення до вимог чинного законодавства інформаційного наповнення офіційних сайтів", "Відповідно до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3 «Про Порядок оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади» на офіційному веб-сайті райдержадміністрації щотижня оновлюються розділи «Регуляторна діяльність» та «Доступ до публічної інформації»; у ІІ півріччі розміщено 112 інформаційних матеріалів, створено підрозділ «Звіти про виконання запитів»."],
        ["6", "Консультації з громадськістю", "—"],
        ["7", "Залучення до роботи дорадчо-консультативних органів", "Розпорядженням голови райдержадміністрації від 19.08.2013 № 264 до складу координаційної ради з питань розвитку підприємництва включено 3 представників громадських організацій, у т.ч. голову громадської ради при райдержадміністрації Д.М. Шевчука."],
        ["9", "Залучення членів громадських рад до обговорення проектів розпоряджень", "х"],
        ["10", "Комісія (робоча група) з питань відкритості та прозорості", "без змін (див. інформацію за І півріччя)"],
        ["12", "Громадські експертизи", "немає"],
        ["16", "Надання інформації", "х"],
    ]) + "<p>Заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp; С.І. Бондар</p>"), "docx:MS Word 2007 XML")


@mail(KEY)
def ph03():
    body = """Добрий день!
Надсилаємо інформацію Ічнянської РДА за ІІ півріччя 2013 року на виконання п. 16 Плану заходів (лист облдержадміністрації від 01.11.2013 № 03-17/3315).
Оригінал направлено поштою, вих. № 02-09/2514 від 10.12.2013.

--
Загальний відділ апарату Ічнянської райдержадміністрації
тел. (04633) 2-13-48
"""
    m = multipart("mixed", [part(body, cs="utf-8", cte="quoted-printable", extra="flowed"),
                            attachment("Ichnia_vidkrytyi_uriad_II_pivr_2013.docx", att("ph03-1.docx"), "ascii")],
                  "------------080706040208090105020304")
    return message("Ichnia RDA <rda-ichnia@example.gov.ua>", "Re: Відкритий уряд - інформація за II півріччя",
                   kdate(2013, 12, 10, 9, 18, 2), m,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")


KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "HTML-only koi8-u body, late; table rows «+», «-», «—» and «не передбачено» say nothing, rows 2, 6 and 9 report",
       "items": [{"measure": 2, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def ph04():
    rows = [
        ["№ пункту Плану", "Інформація про виконання"],
        ["1", "+"],
        ["2", "Для рубрики «Хід виконання цільових програм» офіційного сайту облдержадміністрації направлено звіт про виконання Регіональної програми охорони навколишнього природного середовища на 2013 рік (лист управління від 07.10.2013 № 05-11/2290)."],
        ["6", "Відповідно до п. 12 Порядку проведення консультацій з громадськістю, затвердженого постановою КМУ від 03.11.2010 № 996, 22.10.2013 проведено громадські слухання щодо проекту Регіональної програми поводження з відходами на 2014–2018 роки (41 учасник)."],
        ["7", "-"],
        ["8", "—"],
        ["9", "До обговорення зазначеного проекту програми залучено 4 членів громадської ради при облдержадміністрації; 3 пропозиції враховано."],
        ["12", "не передбачено"],
    ]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-u\"></head><body>"
            "<p>Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>"
            "<p>На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
            "(доручення голови облдержадміністрації від 24.09.2012 № 01-28/45) Управління екології та природних ресурсів "
            "облдержадміністрації надає інформацію за ІІ півріччя 2013 року (вих. № 05-11/2788 від 17.12.2013):</p>"
            + table_html(rows).replace("<table>", "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">") +
            "<p>Просимо вибачення за несвоєчасне подання інформації.</p>"
            "<p>Начальник управління<br>М.В. Гордієнко</p><p>Вик. Кобзар Т.А. 67-51-30</p></body></html>")
    return message(addr("Управління екології та природних ресурсів", "ekolohiia@example.gov.ua", "koi8-u"),
                   "Інформація за II півріччя 2013 р. (Відкритий уряд)",
                   kdate(2013, 12, 17, 16, 51, 9), part(html, "html", cs="koi8-u", cte="base64"),
                   cs="koi8-u", mailer="User-Agent: Roundcube Webmail/0.9.5")


KEY = {"class": "placeholder", "executor": "rda-mena", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".ods where row 1 only repeats the plan's term («Постійно.»), row 12 only says when, row 7 a bare «не було», row 9 a dash; rows 6 and 10 report",
       "items": [{"measure": 6, "source": "Менська РДА - інформація І півріччя.ods"},
                 {"measure": 10, "source": "Менська РДА - інформація І півріччя.ods"}]}
sheet_src("ph05-1.ods", [
    ["Менська районна державна адміністрація", ""],
    ["Інформація про виконання Плану заходів (Відкритий уряд) станом на 01.06.2013", ""],
    ["Пункт", "Виконання"],
    ["1", "Постійно."],
    ["6", "На виконання розпорядження голови райдержадміністрації від 15.01.2013 № 12 «Про затвердження орієнтовного плану консультацій з громадськістю на 2013 рік» проведено 3 консультації з громадськістю: 20.02.2013 – громадське обговорення звіту про виконання районного бюджету, 17.04.2013 – зустріч з жителями с. Блистова з питань благоустрою, 23.05.2013 – електронні консультації щодо проекту програми «Питна вода» на 2013–2015 роки."],
    ["7", "не було"],
    ["9", "-"],
    ["10", "Листом райдержадміністрації від 04.03.2013 № 01-18/512 громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади; робочу групу у складі 5 осіб утворено рішенням громадської ради від 28.03.2013 (протокол № 2)."],
    ["12", "У IV кварталі."],
], "ods")


@mail(KEY)
def ph05():
    body = "Інформація Менської РДА по Відкритому уряду. Вих. 01-18/1402 від 13.06.2013\n\nз повагою, відділ організаційної роботи\n"
    m = multipart("mixed", [part(body, cs="koi8-u", cte="8bit"),
                            attachment("Менська РДА - інформація І півріччя.ods", att("ph05-1.ods"), "B1251")],
                  "----------1A2B3C4D5E6F7081")
    return message("rda-mena@example.gov.ua", "Відкритий уряд - Мена", kdate(2013, 6, 13, 10, 4, 55), m,
                   cs="koi8-u", mailer="The Bat! (v4.0.24) Professional")

# ---------------------------------------------------------------------------------------
# 2. bottom_post

KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Thunderbird reply interleaved under the quoted items of zvit's reminder; 12 is answered with a dash, 9 with a denial that names its subject",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def bp01():
    rem = reminder("15.12.2012", "10.12.2012", "Носівська районна державна адміністрація", [1, 6, 9, 12])
    parts = rem.split("\n\n  ")
    # interleave: answer under each quoted item
    answers = {
        1: "Відповідно до розпорядження голови райдержадміністрації від 05.10.2012 № 402 на офіційному сайті РДА\nсупроводжується розділ «Публічна інформація», оприлюднено 23 розпорядження та порядок\nподання запитів (ст. 19 Закону України «Про доступ до публічної інформації»).",
        6: "Проведено 2 консультації з громадськістю: 16.10.2012 – громадські слухання щодо проекту\nрайонного бюджету на 2013 рік, 27.11.2012 – зустріч з мешканцями смт Дослідницьке з питань\nтеплопостачання.",
        9: "Громадських обговорень проектів розпоряджень та програм за участю членів громадської ради\nу звітному періоді не проводилось, оскільки склад громадської ради оновлюється.",
        12: "—",
    }
    head = "10.12.2012 14:05, Управління з питань внутрішньої політики пише:\n" + quote(parts[0])
    out = [head]
    for chunk in parts[1:]:
        num = int(chunk.split(".", 1)[0])
        item, _, rest = chunk.partition("\n\n")
        out.append(quote("  " + item) + "\n\n" + answers[num] + "\n")
        if rest:
            out.append(quote(rest))
    body = "\n".join(out) + "\n\n-- \nСектор інформаційної діяльності\nНосівської райдержадміністрації\n"
    return message("Nosivka RDA <rda-nosivka@example.gov.ua>",
                   "Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)",
                   kdate(2012, 12, 11, 10, 27, 33), part(body, cs="utf-8", cte="8bit"),
                   extra=["In-Reply-To: <zvit.reminder.1.rda-nosivka@cg.ukrtel.net>"],
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")


KEY = {"class": "bottom_post", "executor": "su-zdorovia", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Outlook 2007 (Russian UI) reply written below an «Исходное сообщение» header block quoting zvit's receipt without «>»; the quoted receipt recognises 1 and lists 6–12 as missing",
       "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp02():
    rc = receipt("03.06.2013 10:12", "Інформація УОЗ (І півріччя)", "Управління охорони здоров'я облдержадміністрації",
                 2, "15.06.2013", [(1, "на офіційному веб-сайті управління розміщено 14 наказів…")], [6, 7, 8, 9, 12])
    body = ("-----Исходное сообщение-----\nОт: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]\n"
            "Отправлено: 3 июня 2013 г. 10:14\nКому: zdorovia@example.gov.ua\n"
            "Тема: Підтвердження отримання: Інформація УОЗ (І півріччя)\n\n" + rc + "\n\n"
            "Доповнюємо інформацію (вих. № 04-08/1732 від 07.06.2013):\n\n"
            "п. 8 - наказом управління від 18.02.2013 № 121 «Про внесення змін до складу колегії управління охорони "
            "здоров'я облдержадміністрації» до складу колегії введено голову комітету з питань охорони здоров'я та "
            "соціального захисту Громадської ради при облдержадміністрації Ковальчука О.М.; відповідні зміни до п. 4.3 "
            "Положення про управління погоджено.\n\n"
            "п. 12 - громадська антикорупційна експертиза проекту наказу «Про порядок направлення хворих на "
            "лікування за межі області» проведена ГО «Здорова громада» 14.05.2013, 2 пропозиції експертів враховано "
            "(наказ від 29.05.2013 № 388).\n\nПо п.п. 6, 7, 9 інформацію буде надано додатково.\n\n"
            "С уважением,\nЗаступник начальника управління\nохорони здоров'я облдержадміністрації\nП.С. Дмитренко\n")
    return message(addr("Дмитренко П.С.", "zdorovia@example.gov.ua", "windows-1251"),
                   "RE: Підтвердження отримання: Інформація УОЗ (І півріччя)",
                   kdate(2013, 6, 7, 12, 39, 50), part(body, cs="windows-1251", cte="base64"),
                   cs="windows-1251", mailer="Microsoft Office Outlook 12.0",
                   extra=["Thread-Index: Ac5jWq8mO3lF0c1RT6u9k8fK3b6J8w==", "Content-Language: ru"])


KEY = {"class": "bottom_post", "executor": "rda-koriukivka", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "Gmail plain+HTML twin; the answer is written below a blockquote of the УВП's own request letter, which itself cites «пп. 7, 12 Плану» and several document numbers",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp03():
    q = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації на виконання "
         "п. 4 доручення голови облдержадміністрації від 15.10.2013 № 01-28/112 просить у термін до 10.12.2013 "
         "доповнити інформацію Корюківської райдержадміністрації від 19.11.2013 № 01-14/2210 відомостями щодо "
         "пп. 7, 12 Плану заходів.\n\nНачальник відділу УВП  Н.О. Мельник")
    ans = ("Доповнюємо (вих. № 01-14/2388 від 09.12.2013):\n\n"
           "щодо п. 7 – розпорядженням голови райдержадміністрації від 24.10.2013 № 311 до складу районної "
           "комісії з питань захисту прав дитини включено 2 представників ГО «Корюківська ініціатива» та члена "
           "громадської ради Лисенко В.П.;\n\n"
           "щодо п. 12 – громадських експертиз діяльності райдержадміністрації за ІІ півріччя 2013 року не "
           "ініціювалось, запитів від інститутів громадянського суспільства відповідно до постанови КМУ від "
           "05.11.2008 № 976 не надходило.\n\nЗ повагою,\nСлюсар Ірина,\nвідділ організаційної роботи апарату Корюківської РДА")
    plain = "09.12.2013 Управління внутрішньої політики <uvp@cg.ukrtel.net> написав:\n\n" + quote(q) + "\n\n" + ans + "\n"
    html = ("<div dir=\"ltr\"><div class=\"gmail_quote\">09.12.2013 Управління внутрішньої політики &lt;<a href=\"mailto:uvp@cg.ukrtel.net\">"
            "uvp@cg.ukrtel.net</a>&gt; написав:<br><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
            + q.replace("\n", "<br>") + "</blockquote></div><br>" + ans.replace("\n", "<br>") + "</div>")
    m = multipart("alternative", [part(plain, cs="utf-8", cte="quoted-printable"), part(html, "html", cs="utf-8", cte="quoted-printable")],
                  "047d7b6d8a2c1b3f0e04ed1f9a21")
    return message(addr("Корюківська РДА", "rda-koriukivka@example.gov.ua"),
                   "Re: Доповнення до інформації (п. 7, 12 Плану)", kdate(2013, 12, 9, 14, 2, 11), m)


KEY = {"class": "bottom_post", "executor": "cppk", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Outlook 2003 (Ukrainian UI) answer typed below «-----Original Message-----» and a From/Sent/To/Subject block that quotes zvit's reminder for measure 13 with no «>»",
       "items": [{"measure": 13, "source": "body"}]}


@mail(KEY)
def bp04():
    rem = reminder("15.06.2013", "04.03.2013", "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій", [13])
    body = ("-----Original Message-----\nFrom: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]\n"
            "Sent: Monday, March 04, 2013 9:00 AM\nTo: cppk@example.gov.ua\n"
            "Subject: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n\n" + rem + "\n\n"
            "________________________________\n\n"
            "Інформуємо (вих. № 87/01-09 від 05.03.2013), що відповідно до пункту 2.4 плану-графіка підвищення "
            "кваліфікації на 2013 рік, затвердженого наказом Центру від 27.12.2012 № 214, 12–14 лютого 2013 року "
            "проведено навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства: "
            "консультації з громадськістю» для заступників керівників структурних підрозділів облдержадміністрації "
            "та спеціалістів, які організовують консультації з громадськістю. Навчання пройшли 38 осіб, видано 38 "
            "посвідчень. 26.02.2013 аналогічний семінар проведено для 22 спеціалістів райдержадміністрацій.\n\n"
            "Директор Центру   Г.А. Сахно\n")
    return message(addr("ЦППК", "cppk@example.gov.ua", "windows-1251"),
                   "RE: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)",
                   kdate(2013, 3, 5, 11, 15, 0), part(body, cs="windows-1251", cte="quoted-printable"),
                   cs="windows-1251", mailer="Microsoft Office Outlook 11", extra=["X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"])


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "iPhone reply interleaved in zvit's receipt: one line under the quoted missing item 5, the rest of the receipt quoted with «>»",
       "items": [{"measure": 5, "source": "body"}]}


@mail(KEY)
def bp05():
    rc = receipt("02.12.2013 16:40", "Звернення громадян - інформація", "Відділ роботи із зверненнями громадян апарату облдержадміністрації",
                 3, "15.12.2013", [], [5])
    head, sep, tail = rc.partition("  5. ")
    item, _, rest = tail.partition("\n")
    body = ("\n\nНадіслано з iPhone\n\n02.12.2013 о 16:41 uvp@cg.ukrtel.net написав(ла):\n\n" + quote(head + "  5. " + item) +
            "\n\nГаряча лінія голови облдержадміністрації працює щоденно з 8.00 до 20.00 (тел. 0-800-50-35-35), "
            "за ІІ півріччя 2013 р. надійшло 1 214 дзвінків, на контроль взято 368 (розпорядження голови ОДА від "
            "11.07.2013 № 254). Ковтун Л.\n\n" + quote(rest.lstrip("\n")) + "\n")
    return message("zvernennia@example.gov.ua", "Re: Підтвердження отримання: Звернення громадян - інформація",
                   kdate(2013, 12, 3, 8, 12, 40), part(body, cs="utf-8", cte="quoted-printable"),
                   mailer="X-Mailer: iPhone Mail (11B554a)")

# ---------------------------------------------------------------------------------------
# 3. not_report

KEY = {"class": "not_report", "executor": "rda-varva", "period": 1, "late": False, "kind": "not_report",
       "reason": "question",
       "note": "a formal letter that asks whether to report on pp. 10 and 12; its premise («при громадській раді вже створено робочу групу») sits inside the question",
       "items": []}


@mail(KEY)
def nr01():
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

№ 01-12/2093 від 26.11.2012

Щодо надання інформації

Варвинська районна державна адміністрація, розглянувши лист облдержадміністрації від 15.11.2012 № 03-17/2977 щодо виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, просить роз'яснити:

1. Чи потрібно подавати інформацію щодо п. 10 Плану, якщо при громадській раді при райдержадміністрації вже створено робочу групу з питань відкритості (рішення громадської ради від 12.06.2012 № 3), тобто до затвердження Плану?

2. Чи потрібно подавати інформацію щодо п. 12 Плану у разі, коли запитів на проведення громадської експертизи відповідно до постанови КМУ від 05.11.2008 № 976 не надходило?

Відповідь просимо надати на адресу електронної пошти rda-varva@example.gov.ua.

Керівник апарату райдержадміністрації                    Т.В. Кучер
"""
    return message(addr("Варвинська РДА", "rda-varva@example.gov.ua", "koi8-u"),
                   "Щодо надання інформації (лист № 01-12/2093)", kdate(2012, 11, 26, 9, 55, 21),
                   part(body, cs="koi8-u", cte="quoted-printable"), cs="koi8-u", mailer="Microsoft Outlook Express 6.00.2900.5512")


KEY = {"class": "not_report", "executor": "gromrada", "period": 3, "late": False, "kind": "not_report",
       "reason": "invitation",
       "note": "an invitation (text/calendar .ics and an HTML twin) to the public discussion of how the plan is carried out (measure 15); the announcement already placed on «Чернігівська громада» reports nothing",
       "items": []}


@mail(KEY)
def nr02():
    txt = ("Шановні колеги!\n\nВідповідно до п. 15 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
           "виконавчої влади в області та рішення Громадської ради при облдержадміністрації від 30.10.2013 (протокол № 11) "
           "запрошуємо взяти участь у громадському обговоренні виконання заходів Плану, яке відбудеться 28 листопада 2013 року "
           "о 10.00 у залі засідань облдержадміністрації (м. Чернігів, вул. Шевченка, 7, 3-й поверх).\n\n"
           "Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 23 організації.\n"
           "Просимо забезпечити участь представника управління.\n\n"
           "Секретар Громадської ради при облдержадміністрації\nО.В. Приходько\n")
    html = "<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20131128T080000Z\nDTEND:20131128T110000Z\nDTSTAMP:20131119T073012Z\n"
           "ORGANIZER;CN=Громадська рада при ОДА:mailto:gromrada@example.gov.ua\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\n"
           "UID:4kq0s7p2c1n8b0m3v5d6@google.com\nSUMMARY:Громадське обговорення виконання Плану заходів (Відкритий уряд)\n"
           "LOCATION:м. Чернігів\\, вул. Шевченка\\, 7\\, зал засідань\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    cal = ("Content-Type: text/calendar; charset=UTF-8; method=REQUEST\nContent-Transfer-Encoding: base64\n\n" +
         base64.encodebytes(ics.replace("\n", "\r\n").encode()).decode()).encode()
    alt = multipart("alternative", [part(txt, cs="utf-8", cte="base64"), part(html, "html", cs="utf-8", cte="quoted-printable"), cal],
                    "001a11c2d4c8e1a3b804eb8f6c2e")
    m = multipart("mixed", [alt, attachment("invite.ics", ics.replace("\n", "\r\n").encode(), "ascii", ctype="application/ics")],
                  "001a11c2d4c8e1a3b904eb8f6c30")
    return message(addr("Громадська рада при ОДА", "gromrada@example.gov.ua"),
                   "Запрошення: Громадське обговорення виконання Плану заходів (Відкритий уряд) — 28 лист. 2013",
                   kdate(2013, 11, 19, 9, 30, 12), m)


KEY = {"class": "not_report", "executor": "su-finansy", "period": 1, "late": False, "kind": "not_report",
       "reason": "extension_request",
       "note": "asks for more time with the measures it owes named and two decrees cited; nothing is reported",
       "items": []}


@mail(KEY)
def nr03():
    body = """Вих. № 09-07/3341 від 13.12.2012

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Головне фінансове управління облдержадміністрації у зв'язку з підготовкою проекту обласного бюджету на 2013 рік до розгляду на сесії обласної ради (розпорядження голови облдержадміністрації від 01.11.2012 № 498) просить продовжити термін подання інформації про виконання пп. 1, 2, 6–9, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області до 21.12.2012.

Заступник начальника управління                      Л.М. Бабич
"""
    return message(addr("Головне фінансове управління", "finansy@example.gov.ua", "windows-1251"),
                   "Про продовження терміну", kdate(2012, 12, 13, 17, 20, 3),
                   part(body, cs="windows-1251", cte="8bit"), cs="windows-1251", mailer="Microsoft Outlook 14.0")


KEY = {"class": "not_report", "executor": "rda-shchors", "period": 3, "late": False, "kind": "not_report",
       "reason": "promise",
       "note": "promises the information on pp. 1, 6, 7, 9 by a date, with a half-finished «матеріали … знаходяться на підписі»; nothing done is stated",
       "items": []}


@mail(KEY)
def nr04():
    body = ("Шановні колеги!\n\nНа Ваш лист від 02.12.2013 № 03-17/3502 повідомляємо, що інформація Щорської "
            "райдержадміністрації про виконання пп. 1, 6, 7, 9 Плану заходів за ІІ півріччя 2013 року буде надана до "
            "18.12.2013, оскільки матеріали підготовлені і знаходяться на підписі у голови райдержадміністрації "
            "(перебуває у відрядженні до 16.12.2013).\n\nЗ повагою\nЗагальний відділ апарату райдержадміністрації\n")
    html = "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
    m = multipart("alternative", [part(body, cs="utf-8", cte="quoted-printable"), part(html, "html", cs="utf-8", cte="quoted-printable")],
                  "=_a61e2d1c0b4a9f8e7d6c5b4a39281706")
    return message(addr("Щорська РДА", "rda-shchors@example.gov.ua"), "інформація буде надана",
                   kdate(2013, 12, 13, 15, 8, 41), m, mailer="User-Agent: Roundcube Webmail/0.8.4")


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False, "kind": "not_report",
       "reason": "thanks",
       "note": "the regional coordinator thanks УВП for the discussion of 28.11.2013 (measure 15) and promises the resolution later; the praise describes УВП's work, not a report",
       "items": []}


@mail(KEY)
def nr05():
    body = ("Шановна Надіє Олександрівно!\n\nВід імені регіонального координатора «Партнерства „Відкритий уряд“» в "
            "Чернігівській області щиро дякую управлінню з питань внутрішньої політики та зв'язків з громадськістю "
            "облдержадміністрації за організацію громадського обговорення виконання заходів Плану 28.11.2013. Пропозиції "
            "учасників (всього 17) узагальнюємо, резолюцію буде направлено Вам до 20.12.2013 для розгляду відповідно до "
            "п. 15 Плану.\n\nЗ повагою,\nАндрій Гребенюк\nрегіональний координатор ПВУ\nтел. 050 441 27 19\n")
    return message("=?utf-8?Q?Andrii_Hrebeniuk?= <ogp-coordinator@example.org.ua>", "Подяка",
                   kdate(2013, 12, 2, 18, 44, 5), part(body, cs="utf-8", cte="base64"),
                   mailer="X-Mailer: Apple Mail (2.1510)")

# ---------------------------------------------------------------------------------------
# 4. ranges

KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "«пп. 6-9» answered as one block counts 6, 7, 8 and 9 (8 is not owed by a РДА); the same lines carry a decree number, a date and a count",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def rg01():
    body = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Вих. № 02-13/2671 від 07.12.2012

Козелецька районна державна адміністрація на виконання розпорядження голови облдержадміністрації від 10.09.2012 № 412 інформує:

по п. 1 — офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3, створено рубрику «Відкритий уряд», розміщено 2 звіти голови РДА;

по пп. 6-9 — відповідно до розпорядження голови райдержадміністрації від 24.09.2012 № 377 утворено громадську раду при РДА у складі 25 осіб; члени громадської ради взяли участь у 3 засіданнях колегії та координаційних рад, 18.10.2012 проведено консультації з громадськістю щодо проекту Програми розвитку малого підприємництва на 2013–2014 роки, зауваження 4 членів громадської ради враховано.

Голова райдержадміністрації                         М.П. Дорош

Гончаренко 2-12-09
"""
    return message(addr("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"),
                   "Інформація (Відкритий уряд) вих. 02-13/2671", kdate(2012, 12, 7, 13, 33, 38),
                   part(body, cs="windows-1251", cte="quoted-printable"), cs="windows-1251",
                   mailer="Microsoft Office Outlook 12.0")


KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".xls whose number cell reads «1–2, 6–9» for one combined answer (counts 1, 2, 6, 7, 8, 9), a separate row 12, and a «16» row that restates the duty",
       "items": [{"measure": 1, "source": "Інформація управління освіти і науки.xls"},
                 {"measure": 2, "source": "Інформація управління освіти і науки.xls"},
                 {"measure": 6, "source": "Інформація управління освіти і науки.xls"},
                 {"measure": 7, "source": "Інформація управління освіти і науки.xls"},
                 {"measure": 8, "source": "Інформація управління освіти і науки.xls"},
                 {"measure": 9, "source": "Інформація управління освіти і науки.xls"},
                 {"measure": 12, "source": "Інформація управління освіти і науки.xls"}]}
sheet_src("rg02-1.xls", [
    ["Інформація управління освіти і науки облдержадміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 року", "", ""],
    ["№ з/п", "Пункти Плану", "Інформація про виконання"],
    ["1", "1–2, 6–9", "Відповідно до наказу управління від 21.01.2013 № 17 на веб-сторінці управління оновлено розділ «Громадське обговорення», для рубрики «Хід виконання цільових програм» щокварталу подається звіт про виконання обласної програми «Освіта Чернігівщини 2012–2015». Проведено 4 консультації з громадськістю (у т.ч. 12.04.2013 – щодо мережі закладів освіти), до складу колегії управління введено голову комітету з гуманітарних питань Громадської ради при облдержадміністрації, члени громадської ради залучались до обговорення 3 проектів наказів."],
    ["2", "12", "Громадська експертиза діяльності управління проведена ГО «Батьківський контроль» у березні 2013 року; на реалізацію 5 експертних пропозицій видано наказ від 22.04.2013 № 301."],
    ["3", "16", "Інформацію направлено листом від 12.06.2013 № 01-10/2450"],
], "xls:MS Excel 97")


@mail(KEY)
def rg02():
    body = "Добрий день!\n\nНа виконання п. 16 Плану направляємо інформацію управління освіти і науки облдержадміністрації (вих. № 01-10/2450 від 12.06.2013).\nДодаток: на 1 арк.\n\nСектор документообігу\n"
    m = multipart("mixed", [part(body, cs="windows-1251", cte="quoted-printable"),
                            attachment("Інформація управління освіти і науки.xls", att("rg02-1.xls"), "B1251")],
                  "----=_NextPart_000_0007_01CE6750.3B2C1D80")
    return message(addr("Управління освіти і науки", "osvita@example.gov.ua", "windows-1251"),
                   "Інформація УОН - Відкритий уряд", kdate(2013, 6, 12, 10, 58, 24), m, cs="windows-1251",
                   mailer="Microsoft Outlook Express 6.00.2900.5931")


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "Russian letter: «по пунктам 1 и 6» and «пункты 7 и 9» each answered as one block; a law's «п. 2 ст. 5» and a decree number stand next to them",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail(KEY)
def rg03():
    body = ("Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Исх. № 01-27/2904 от 11.12.2013\n\n"
            "Прилукская районная государственная администрация на выполнение пункта 16 Плана мероприятий по повышению "
            "уровня открытости и прозрачности деятельности исполнительной власти в области сообщает.\n\n"
            "По пунктам 1 и 6: в соответствии с п. 2 ст. 5 Закона Украины «О доступе к публичной информации» на "
            "официальном веб-сайте РГА обеспечено обнародование проектов распоряжений, в течение II полугодия 2013 г. "
            "размещено 64 документа; проведено 3 общественных слушания (09.07.2013, 17.09.2013, 26.11.2013) по "
            "вопросам газификации сел Ладан и Сухаревка, присутствовали 212 жителей.\n\n"
            "Пункты 7 и 9 – члены общественного совета при РГА (5 человек) включены в состав районной "
            "координационной комиссии по вопросам развития предпринимательства "
            "(распоряжение главы РГА от 16.08.2013 № 219) и приняли участие в обсуждении проекта районной программы "
            "«Здоровье на 2014–2016 годы».\n\n"
            "Заместитель председателя РГА                      И.Н. Сидоренко\n")
    return message(addr("Прилукская РГА", "rda-pryluky@example.gov.ua", "koi8-r"),
                   "Информация (Открытое правительство) исх. 01-27/2904", kdate(2013, 12, 11, 11, 11, 11),
                   part(body, cs="koi8-r", cte="quoted-printable"), cs="koi8-r", mailer="Opera Mail/12.16 (Win32)")


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".docx: «п.п. 1, 6 – 9» answered as one paragraph (1, 6, 7, 8, 9); «пп. 10-11 — не стосується» is not applicable, not an item; «п. 12 — … громадські експертизи не проводились» names its subject and counts",
       "items": [{"measure": 1, "source": "soczahyst_vidkrytyi_uriad.docx"},
                 {"measure": 6, "source": "soczahyst_vidkrytyi_uriad.docx"},
                 {"measure": 7, "source": "soczahyst_vidkrytyi_uriad.docx"},
                 {"measure": 8, "source": "soczahyst_vidkrytyi_uriad.docx"},
                 {"measure": 9, "source": "soczahyst_vidkrytyi_uriad.docx"},
                 {"measure": 12, "source": "soczahyst_vidkrytyi_uriad.docx"}]}
doc_src("rg04-1.docx", html_doc(
    ["ІНФОРМАЦІЯ", "управління праці та соціального захисту населення облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області станом на 01.06.2013"],
    "<p>п.п. 1, 6 – 9. Відповідно до наказу управління від 11.02.2013 № 42 забезпечено оновлення веб-сторінки "
    "управління (розміщено 11 проектів наказів та звіт про виконання Програми соціального захисту на 2012 рік); "
    "проведено 2 консультації з громадськістю (27.03.2013 – з громадськими організаціями ветеранів та інвалідів, "
    "16.05.2013 – щодо проекту обласної програми «Турбота»); до складу колегії управління (наказ від 05.03.2013 № 71) "
    "введено голову комітету з питань соціальної політики Громадської ради при облдержадміністрації Жука В.В., "
    "представники 6 громадських організацій входять до складу обласної координаційної ради у справах інвалідів "
    "та брали участь в обговоренні проекту програми «Турбота».</p>"
    "<p>пп. 10-11 — не стосується.</p>"
    "<p>п. 12 — у І півріччі 2013 року громадські експертизи не проводились.</p>"
    "<p>Заступник начальника управління &nbsp;&nbsp;&nbsp; О.А. Тимошенко</p>"), "docx:MS Word 2007 XML")


@mail(KEY)
def rg04():
    body = "Надсилаємо інформацію на виконання п. 16 Плану заходів (лист № 03-17/1432 від 02.04.2013). Вих. № 07-22/2101 від 10.06.2013.\n"
    m = multipart("mixed", [part(body, cs="utf-8", cte="base64"),
                            attachment("soczahyst_vidkrytyi_uriad.docx", att("rg04-1.docx"), "ascii")],
                  "Apple-Mail=_5B1C9A2E-7F3D-4C1B-9E0A-2D6F8B4C1E77")
    return message(addr("УПСЗН ОДА", "sotszakhyst@example.gov.ua"), "Відкритий уряд", kdate(2013, 6, 10, 8, 47, 52), m,
                   mailer="X-Mailer: Apple Mail (2.1283)")


KEY = {"class": "ranges", "executor": "uvp", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "the department itself reports from its registered box to its own mailbox; «пункти 3–4» answered together, «пп. 11, 14» in one paragraph; a resolution number and counts stand between",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 14, "source": "body"}]}


@mail(KEY)
def rg05():
    body = ("Зведено для звіту за І півріччя 2013 р. (відділ з питань взаємодії з громадськістю УВП).\n\n"
            "Пункти 3–4. Веб-ресурс «Чернігівська громада» працює з 14.12.2012; на його базі 25.02.2013 відкрито "
            "Інтернет-форум з обговорення актуальних питань життєдіяльності області (зареєстровано 312 учасників, "
            "41 тема).\n\n"
            "пп. 11, 14 — 21.02.2013 та 18.04.2013 проведено «Дні відкритих дверей» управління для представників "
            "громадськості та ЗМІ (разом 47 осіб); методичний посібник «Консультації з громадськістю: порядок "
            "проведення відповідно до постанови КМУ від 03.11.2010 № 996» (тираж 150 прим.) розроблено і поширено серед "
            "структурних підрозділів та райдержадміністрацій листом від 28.12.2012 № 03-17/3890.\n\n"
            "Мельник Н.О.\n")
    return message(addr("Відділ взаємодії УВП", "uvp-info@example.gov.ua"), "звіт УВП за І півріччя (пп. 3, 4, 11, 14)",
                   kdate(2013, 6, 14, 16, 20, 45), part(body, cs="utf-8", cte="quoted-printable", extra="flowed"),
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130620 Thunderbird/17.0.7")

# ---------------------------------------------------------------------------------------
# 5. prose

KEY = {"class": "prose", "executor": "su-arkhiv", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "PDF letter without plan numbers: site work, a consultation and council members in the archive's expert commission told in prose; the exhibition paragraph mentions the site only as where it was published",
       "items": [{"measure": 1, "source": "Лист Держархіву № 01-09-1845.pdf"},
                 {"measure": 6, "source": "Лист Держархіву № 01-09-1845.pdf"},
                 {"measure": 7, "source": "Лист Держархіву № 01-09-1845.pdf"}]}
doc_src("pr01-1.pdf", html_doc(
    ["ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ", "вул. Шевченка, 2, м. Чернігів, 14000"],
    "<p>10.12.2012 № 01-09/1845<br>На № 03-17/2977 від 15.11.2012</p>"
    "<p align=right>Управління з питань внутрішньої політики<br>та зв'язків з громадськістю<br>облдержадміністрації</p>"
    "<p>Державний архів Чернігівської області інформує про роботу з підвищення рівня відкритості та прозорості діяльності за 2012 рік.</p>"
    "<p>Веб-сайт Державного архіву приведено у відповідність до вимог Закону України «Про доступ до публічної інформації» "
    "та наказу Державної архівної служби України від 19.06.2012 № 97: створено розділи «Публічна інформація» та "
    "«Звернення громадян», оприлюднено довідник фондів (понад 4 тис. описів), перелік адміністративних послуг.</p>"
    "<p>Відповідно до вимог Порядку, затвердженого постановою Кабінету Міністрів України від 03.11.2010 № 996, 25 жовтня 2012 "
    "року проведено консультації з громадськістю щодо проекту Програми забезпечення збереженості документів Національного "
    "архівного фонду на 2013–2017 роки у формі круглого столу за участю краєзнавців та представників 5 громадських організацій.</p>"
    "<p>До складу експертно-перевірної комісії Державного архіву (наказ від 03.10.2012 № 58) включено члена громадської ради при "
    "облдержадміністрації, голову обласної організації Національної спілки краєзнавців України В.О. Руденка.</p>"
    "<p>Протягом року підготовлено 9 документальних виставок до пам'ятних дат, зокрема «Чернігівщина у 1932–1933 роках»; "
    "інформація про них висвітлювалась у обласних газетах та на офіційному сайті архіву.</p>"
    "<p>Директор &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Р.Б. Воропаєва</p><p><small>Левченко 67-62-05</small></p>"), "pdf:writer_pdf_Export")


@mail(KEY)
def pr01():
    body = "Надсилаємо лист Держархіву області від 10.12.2012 № 01-09/1845 (скан-копію з текстом).\nОригінал - поштою.\n"
    m = multipart("mixed", [part(body, cs="koi8-u", cte="quoted-printable"),
                            attachment("Лист Держархіву № 01-09-1845.pdf", att("pr01-1.pdf"), "Q")],
                  "=_NextPart_4f1c_9d2e_1845")
    return message(addr("Держархів області", "arkhiv@example.gov.ua", "koi8-u"), "лист № 01-09/1845",
                   kdate(2012, 12, 10, 14, 45, 6), m, cs="koi8-u", mailer="The Bat! (v5.0.36) Home")


KEY = {"class": "prose", "executor": "rda-sribne", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".odt in prose: one paragraph covers a public hearing (6) and council members discussing a draft programme (9); anti-corruption expertise (12) told by its subject word",
       "items": [{"measure": 6, "source": "Срібне_інформація_червень_2013.odt"},
                 {"measure": 9, "source": "Срібне_інформація_червень_2013.odt"},
                 {"measure": 12, "source": "Срібне_інформація_червень_2013.odt"}]}
doc_src("pr02-1.odt", html_doc(
    ["Інформація Срібнянської районної державної адміністрації", "про заходи щодо відкритості та прозорості діяльності (І півріччя 2013 року)"],
    "<p>Райдержадміністрацією на виконання розпорядження голови облдержадміністрації від 10.09.2012 № 412 та "
    "відповідно до Порядку сприяння проведенню громадської експертизи, затвердженого постановою Кабінету Міністрів "
    "України від 05.11.2008 № 976, проведено таку роботу.</p>"
    "<p>12 квітня 2013 року в районному будинку культури відбулися громадські слухання щодо проекту районної програми "
    "розвитку житлово-комунального господарства на 2013–2015 роки, в яких взяли участь 74 жителі району; напередодні "
    "проект програми обговорили на засіданні громадської ради при райдержадміністрації, 6 членів ради подали письмові "
    "пропозиції, 4 з них враховано.</p>"
    "<p>Громадською організацією «Срібнянщина — за чесну владу» проведено громадську антикорупційну експертизу проекту "
    "розпорядження «Про порядок надання в оренду майна спільної власності територіальних громад району»; за результатами "
    "експертизи до проекту внесено 2 зміни.</p>"
    "<p>Голова райдержадміністрації &nbsp;&nbsp;&nbsp; В.І. Бурлака</p>"), "odt")


@mail(KEY)
def pr02():
    body = "Срібнянська РДА. Інформацію додаємо.\nВих. № 01-15/1021 від 14.06.2013\n"
    m = multipart("mixed", [part(body, cs="utf-8", cte="8bit"),
                            attachment("Срібне_інформація_червень_2013.odt", att("pr02-1.odt"), "2231")],
                  "----==_mimepart_51bb0f2a1d3e8_7a1c3f9e5b72")
    return message("rda-sribne@example.gov.ua", "Інформація Срібнянської РДА", kdate(2013, 6, 14, 12, 2, 19), m,
                mailer="User-Agent: Roundcube Webmail/0.7.2")


KEY = {"class": "prose", "executor": "su-ekonomika", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": ".rtf prose under subject headings: the rubric «Хід виконання цільових програм» (2) and the collegium (8); a paragraph on the investment forum names the site only as where it was published",
       "items": [{"measure": 2, "source": "Інформація ГУЕ (відкритість).rtf"},
                 {"measure": 8, "source": "Інформація ГУЕ (відкритість).rtf"}]}
doc_src("pr03-1.rtf", html_doc(
    ["ІНФОРМАЦІЯ", "Головного управління економіки облдержадміністрації щодо підвищення рівня відкритості та прозорості діяльності за ІІ півріччя 2013 року"],
    "<p><b>Щодо рубрики «Хід виконання цільових програм»</b></p>"
    "<p>Головним управлінням економіки відповідно до розпорядження голови облдержадміністрації від 14.01.2013 № 8 "
    "щокварталу узагальнюється та подається для розміщення в рубриці «Хід виконання цільових програм» офіційного сайту "
    "облдержадміністрації інформація про стан виконання 38 регіональних цільових програм; останнє оновлення — 05.11.2013.</p>"
    "<p><b>Щодо колегії</b></p>"
    "<p>Наказом Головного управління від 12.07.2013 № 96 до складу колегії введено голову комітету з питань економічного "
    "розвитку та підприємництва Громадської ради при облдержадміністрації С.В. Коваленка; зміни до Положення про Головне "
    "управління економіки не знадобились.</p>"
    "<p><b>Інвестиційний форум</b></p>"
    "<p>19–20 вересня 2013 року проведено ІІІ Чернігівський інвестиційний форум (понад 300 учасників), матеріали якого "
    "розміщено на офіційному сайті облдержадміністрації.</p>"
    "<p>Заступник начальника Головного управління &nbsp;&nbsp; Ю.М. Савченко</p>"), "rtf:Rich Text Format")


@mail(KEY)
def pr03():
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "На виконання п. 16 Плану заходів, затвердженого заступником голови облдержадміністрації 10.09.2012, "
            "направляємо інформацію (вих. № 02-31/4417 від 06.12.2013).\n\nДодаток: на 1 арк. в 1 прим.\n\n"
            "Головне управління економіки облдержадміністрації\n")
    html = "<html><body><font face=\"Times New Roman\" size=3>" + body.replace("\n", "<br>\n") + "</font></body></html>"
    alt = multipart("alternative", [part(body, cs="windows-1251", cte="quoted-printable"),
                                    part(html, "html", cs="windows-1251", cte="quoted-printable")], "----=_NextPart_001_0024_01CEF2A1.7A1B2C30")
    m = multipart("mixed", [alt, attachment("Інформація ГУЕ (відкритість).rtf", att("pr03-1.rtf"), "B1251", ctype="application/msword")],
                  "----=_NextPart_000_0023_01CEF2A1.7A1B2C30")
    return message(addr("Головне управління економіки", "ekonomika@example.gov.ua", "windows-1251"),
                   "Інформація ГУЕ (вих. № 02-31/4417)", kdate(2013, 12, 6, 9, 31, 27), m, cs="windows-1251",
                   mailer="Microsoft Office Outlook 12.0")


KEY = {"class": "prose", "executor": "rda-talalaivka", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Outlook Express HTML-only windows-1251 body in prose: the site (1) and a working group on openness created in the public council on the РДА's recommendation (10)",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def pr04():
    html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"><HTML><HEAD>"
            "<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></HEAD><BODY bgColor=#ffffff>"
            "<DIV><FONT face=Arial size=2>Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</FONT></DIV>"
            "<DIV><FONT face=Arial size=2>&nbsp;</FONT></DIV>"
            "<DIV><FONT face=Arial size=2>№ 01-16/1763 від 05.12.2012</FONT></DIV><DIV>&nbsp;</DIV>"
            "<DIV><FONT face=Arial size=2>Талалаївська районна державна адміністрація інформує.</FONT></DIV>"
            "<DIV><FONT face=Arial size=2>Інформаційне наповнення офіційного веб-сайту райдержадміністрації приведено у "
            "відповідність до вимог Закону України «Про доступ до публічної інформації»: створено розділ «Доступ до "
            "публічної інформації», розміщено систему обліку публічної інформації та 31 розпорядження голови РДА.</FONT></DIV>"
            "<DIV><FONT face=Arial size=2>За рекомендацією райдержадміністрації (лист від 08.10.2012 № 01-16/1422) громадська "
            "рада при райдержадміністрації рішенням від 25.10.2012 утворила у своєму складі робочу групу з питань "
            "відкритості та прозорості діяльності органу влади у складі 4 осіб.</FONT></DIV><DIV>&nbsp;</DIV>"
            "<DIV><FONT face=Arial size=2>Керівник апарату РДА&nbsp;&nbsp;&nbsp;&nbsp; Г.М. Пономаренко</FONT></DIV>"
            "</BODY></HTML>")
    return message(addr("Талалаївська РДА", "rda-talalaivka@example.gov.ua", "windows-1251"),
                   "інформація", kdate(2012, 12, 5, 16, 7, 13), part(html, "html", cs="windows-1251", cte="quoted-printable"),
                   cs="windows-1251", mailer="Microsoft Outlook Express 6.00.2900.3138",
                   extra=["X-Priority: 3", "X-MSMail-Priority: Normal"])


KEY = {"class": "prose", "executor": "su-zhkh", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".doc in prose: public hearings on tariffs (6) and a denial that names its subject («громадських експертиз … не проводилось», 12); the site is only where the hearing was announced",
       "items": [{"measure": 6, "source": "zhkh_vidkrytist_2013.doc"},
                 {"measure": 12, "source": "zhkh_vidkrytist_2013.doc"}]}
doc_src("pr05-1.doc", html_doc(
    ["Інформація управління житлово-комунального господарства облдержадміністрації", "(І півріччя 2013 року)"],
    "<p>Відповідно до Порядку проведення консультацій з громадськістю з питань формування та реалізації державної "
    "політики, затвердженого постановою Кабінету Міністрів України від 03.11.2010 № 996, 28 лютого 2013 року "
    "управлінням спільно з Чернігівською міською радою проведено громадські слухання щодо встановлення тарифів на "
    "послуги з централізованого опалення та постачання гарячої води (112 учасників). Оголошення про слухання було "
    "розміщено на офіційному сайті облдержадміністрації та в газеті «Деснянська правда».</p>"
    "<p>Громадських експертиз діяльності управління у звітному періоді не проводилось, запити від інститутів "
    "громадянського суспільства не надходили.</p>"
    "<p>Начальник управління &nbsp;&nbsp;&nbsp; О.С. Гнатенко</p>"), "doc:MS Word 97")


@mail(KEY)
def pr05():
    body = "Інформація від управління ЖКГ ОДА (вих. 12-04/977 від 13.06.2013) у вкладенні.\n"
    m = multipart("mixed", [part(body, cs="utf-8", cte="quoted-printable"),
                            attachment("zhkh_vidkrytist_2013.doc", att("pr05-1.doc"), "ascii")],
                  "bcaec554d6b6e4bd3a04df0a1c2f")
    return message(addr("Управління ЖКГ", "zhkh@example.gov.ua"), "відкритий уряд інформація ЖКГ",
                   kdate(2013, 6, 13, 15, 46, 30), m, mailer="X-Mailer: Microsoft CDO for Windows 2000")

# ---------------------------------------------------------------------------------------
# 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "rda-horodnia", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "the letter numbers its own paragraphs 1., 2., 3. (site, consultations, expertise) and cites «пункту 3 розпорядження … № 95»; none of those numbers is a measure, the subjects place the paragraphs on 1, 6, 12",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def fn01():
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Вих. № 01-11/2402 від 04.12.2012

Відповідно до пункту 3 розпорядження голови облдержадміністрації від 12.03.2012 № 95 та на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області Городнянська районна державна адміністрація повідомляє.

1. На офіційному веб-сайті райдержадміністрації відповідно до п. 2 ст. 5 Закону України «Про доступ до публічної інформації» оприлюднюються проекти розпоряджень; у жовтні 2012 року оновлено розділи «Структура» та «Регуляторна політика», створено сторінку громадської ради.

2. Проведено 2 консультації з громадськістю у формі громадських обговорень: 11.10.2012 – щодо проекту Програми розвитку освіти району на 2013–2016 роки (53 учасники), 22.11.2012 – щодо проекту районного бюджету на 2013 рік.

3. Громадська експертиза діяльності райдержадміністрації, ініційована ГО «Городнянська громадська ініціатива», триває; 3 експертні пропозиції, надані 30.11.2012, опрацьовуються структурними підрозділами.

Голова райдержадміністрації                           А.Г. Кулик
"""
    return message(addr("Городнянська РДА", "rda-horodnia@example.gov.ua", "windows-1251"),
                   "Інформація РДА № 01-11/2402", kdate(2012, 12, 4, 10, 12, 48),
                   part(body, cs="windows-1251", cte="base64"), cs="windows-1251", mailer="Microsoft Outlook 14.0")


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": ".xlsx with a running «№ з/п» column 1–5 beside the real «Пункт Плану» column (1, 6, 7, 9, 12); row 12 is a dash",
       "items": [{"measure": 1, "source": "Інформація УКБ_Відкритий уряд.xlsx"},
                 {"measure": 6, "source": "Інформація УКБ_Відкритий уряд.xlsx"},
                 {"measure": 7, "source": "Інформація УКБ_Відкритий уряд.xlsx"},
                 {"measure": 9, "source": "Інформація УКБ_Відкритий уряд.xlsx"}]}
sheet_src("fn02-1.xlsx", [
    ["Інформація управління капітального будівництва облдержадміністрації (вих. № 05-03/812 від 07.06.2013)", "", ""],
    ["№ з/п", "Пункт Плану", "Стан виконання"],
    ["1", "6", "15.03.2013 проведено консультації з громадськістю щодо переліку об'єктів будівництва, що фінансуються з обласного бюджету у 2013 році (протокол № 2)."],
    ["2", "1", "На веб-сторінці управління розміщено звіт про використання коштів за 2012 рік та 3 оголошення про тендерні процедури."],
    ["3", "9", "Члени громадської ради при облдержадміністрації (2 особи) взяли участь в обговоренні проекту Програми будівництва доступного житла на 2013–2017 роки."],
    ["4", "7", "До складу обласної комісії з питань прийняття в експлуатацію об'єктів соціальної сфери (наказ від 11.04.2013 № 48) включено представника ГО «Чернігівська будівельна палата»."],
    ["5", "12", "—"],
], "xlsx:Calc MS Excel 2007 XML")


@mail(KEY)
def fn02():
    body = "Шановні колеги! Направляємо інформацію згідно п.16 плану. Додаток на 1 арк.\r\nВик. Лук'яненко О.\n"
    m = multipart("mixed", [part(body.replace("\r", ""), cs="windows-1251", cte="8bit"),
                            attachment("Інформація УКБ_Відкритий уряд.xlsx", att("fn02-1.xlsx"), "Q1251")],
                  "----=_NextPart_000_0041_01CE6382.A1B2C3D4")
    return message(addr("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251"), "Інформація УКБ (Відкритий уряд)",
                   kdate(2013, 6, 7, 11, 22, 35), m, cs="windows-1251", mailer="Microsoft Office Outlook 11")


KEY = {"class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": ".docx that follows the РДА's own action plan numbering («1.1», «2.3», «3.2») with sub-items «а)», «б)»; no plan number, subjects place the parts on 6, 7 and 10",
       "items": [{"measure": 6, "source": "Бобровицька РДА - звіт.docx"},
                 {"measure": 7, "source": "Бобровицька РДА - звіт.docx"},
                 {"measure": 10, "source": "Бобровицька РДА - звіт.docx"}]}
doc_src("fn03-1.docx", html_doc(
    ["ІНФОРМАЦІЯ", "про виконання районного плану заходів щодо відкритості та прозорості діяльності Бобровицької райдержадміністрації (розпорядження голови РДА від 01.10.2012 № 355) за ІІ півріччя 2013 року"],
    "<p><b>1.1.</b> Консультації з громадськістю:<br>а) 23.07.2013 – громадські слухання щодо проекту генерального плану м. Бобровиця (58 учасників);<br>"
    "б) 15.10.2013 – круглий стіл з питань розвитку сільського зеленого туризму;<br>в) 1 електронна консультація щодо проекту районного бюджету на 2014 рік.</p>"
    "<p><b>2.3.</b> До складу районної ради з питань безпечної життєдіяльності населення та колегії райдержадміністрації "
    "(розпорядження від 02.09.2013 № 287) включено 3 представників інститутів громадянського суспільства, у т.ч. 2 членів громадської ради.</p>"
    "<p><b>3.2.</b> Відповідно до рекомендації райдержадміністрації громадська рада 12.11.2013 створила комісію з питань "
    "відкритості та прозорості діяльності органу влади (голова комісії – Мазур Т.І.).</p>"
    "<p><b>4.1.</b> –</p>"
    "<p>Заступник голови райдержадміністрації &nbsp;&nbsp; В.В. Ткаченко</p>"), "docx:MS Word 2007 XML")


@mail(KEY)
def fn03():
    body = "Доброго дня. Бобровицька РДА, інформація за 2 півріччя 2013. Вих.№ 01-07/3120 від 12.12.13\n"
    html = "<div>Доброго дня. Бобровицька РДА, інформація за 2 півріччя 2013. Вих.№ 01-07/3120 від 12.12.13</div>"
    alt = multipart("alternative", [part(body, cs="utf-8", cte="base64"), part(html, "html", cs="utf-8", cte="base64")],
                    "----ukrnet-alt-1386845210")
    m = multipart("mixed", [alt, attachment("Бобровицька РДА - звіт.docx", att("fn03-1.docx"), "2231")], "----ukrnet-mix-1386845210")
    return message(addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"), "Бобровицька РДА", kdate(2013, 12, 12, 12, 46, 50), m,
                   mailer="X-Mailer: Opera Mail/12.16 (Linux)")


KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "«На № …», «п. 2 ст. 5 Закону», «п. 4 доручення», a decree's point 3 and counts crowd the letter; only «пункту 6 Плану заходів» and «п. 8 Плану» are measures",
       "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail(KEY)
def fn04():
    body = """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

№ 04-02/1129 від 11.12.2012
На № 03-17/2977 від 15.11.2012

На виконання п. 4 доручення голови облдержадміністрації від 24.09.2012 № 01-28/45 управління містобудування та архітектури облдержадміністрації повідомляє.

На виконання пункту 6 Плану заходів відповідно до п. 3 розпорядження голови облдержадміністрації від 12.03.2012 № 95 та ст. 21 Закону України «Про регулювання містобудівної діяльності» 2 листопада 2012 року проведено громадські слухання щодо проекту Схеми планування території Чернігівської області (присутні 64 особи, надійшло 11 пропозицій, 7 з яких враховано).

Щодо п. 8 Плану: наказом управління від 19.11.2012 № 63 до складу колегії управління введено голову комітету з питань містобудування Громадської ради при облдержадміністрації Бойка О.І.; до п. 2.5 Положення про управління внесено відповідні зміни.

Запити на публічну інформацію (п. 2 ст. 5 Закону України «Про доступ до публічної інформації») – 4, розглянуто у встановлений термін.

Начальник управління – головний архітектор області                 І.П. Семенко
"""
    return message(addr("Управління містобудування та архітектури", "mistobuduvannia@example.gov.ua", "koi8-u", "Q"),
                   "На № 03-17/2977 від 15.11.2012", kdate(2012, 12, 11, 15, 5, 58),
                   part(body, cs="koi8-u", cte="quoted-printable"), cs="koi8-u", enc="Q",
                   mailer="User-Agent: Mozilla/5.0 (X11; Linux i686; rv:10.0.12) Gecko/20130109 Thunderbird/10.0.12")


KEY = {"class": "foreign_numbers", "executor": "su-sluzhba-ditei", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Russian koi8-r letter with items «1)», «2)», «3)» and «Приложение: на 3 л. в 1 экз.» without attachments; by subject 1) is the site (1) and 2) council members in a draft programme's discussion (9); 3) is a bare denial",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def fn05():
    body = ("Начальнику управления по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Исх. № 03-01/611 от 05.06.2013\n\n"
            "Служба по делам детей облгосадминистрации в соответствии с письмом облгосадминистрации от 02.04.2013 "
            "№ 05-12/1432 сообщает:\n\n"
            "1) на веб-странице Службы на официальном сайте облгосадминистрации размещены отчет о деятельности за 2012 год, "
            "порядок предоставления публичной информации и 8 проектов приказов;\n"
            "2) 3 члена общественного совета при облгосадминистрации приняли участие в обсуждении проекта областной "
            "программы «Дети Черниговщины» на 2013–2016 годы (протокол от 16.04.2013 № 2), 2 предложения учтены;\n"
            "3) не проводились.\n\n"
            "Приложение: на 3 л. в 1 экз. (направлено почтой).\n\n"
            "Начальник Службы                        Н.Л. Ярошенко\n")
    return message(addr("Служба по делам детей", "sluzhba-ditei@example.gov.ua", "koi8-r"),
                   "Информация Службы по делам детей", kdate(2013, 6, 5, 9, 40, 1),
                   part(body, cs="koi8-r", cte="8bit"), cs="koi8-r", mailer="The Bat! (v3.99.29) Professional")

# ---------------------------------------------------------------------------------------
# 7. personal_address

KEY = {"class": "personal_address", "executor": "su-apk", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "sent from a private ukr.net box; the office appears only in the signature in the genitive («Головного управління агропромислового розвитку облдержадміністрації»), while the letter is addressed to УВП",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail(KEY)
def pa01():
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Вих. № 12-06/2547 від 14.12.2012\n\n"
            "На виконання п. 16 Плану заходів інформуємо:\n\n"
            "п. 1 – на веб-сторінці Головного управління розміщено звіт про хід виконання Програми розвитку "
            "агропромислового комплексу, оновлено розділ «Державна підтримка»;\n"
            "п. 6 – 06.11.2012 проведено консультації з громадськістю (круглий стіл) щодо проекту Програми розвитку "
            "фермерських господарств на 2013–2015 роки за участю 19 представників аграрних громадських організацій;\n"
            "п. 8 – наказом від 22.10.2012 № 174 до складу колегії введено голову комітету з питань АПК Громадської "
            "ради при облдержадміністрації Гузя М.П.\n\n"
            "Вибачте, що з особистої пошти — службова не працює з ранку.\n\n"
            "Гриценко Іван Петрович\n"
            "головний спеціаліст відділу організаційної роботи\n"
            "Головного управління агропромислового розвитку облдержадміністрації\n"
            "тел. (0462) 67-41-18\n")
    return message(addr("Іван Гриценко", "ivan.hrytsenko73@ukr.net"), "Інформація ГУАПР (Відкритий уряд)",
                   kdate(2012, 12, 14, 13, 57, 22), part(body, cs="utf-8", cte="base64"),
                   mailer="X-Mailer: ukr.net webmail", to_name="Управління внутрішньої політики")


KEY = {"class": "personal_address", "executor": "rda-semenivka", "period": 2, "late": True, "kind": "report",
       "reason": None,
       "note": "late, from an i.ua box; «Семенівської райдержадміністрації» only in the signature; the body is a covering line, the .xlsx answers 1, 6 and 7 (9 is «х»)",
       "items": [{"measure": 1, "source": "zvit_semenivka_06_2013.xlsx"},
                 {"measure": 6, "source": "zvit_semenivka_06_2013.xlsx"},
                 {"measure": 7, "source": "zvit_semenivka_06_2013.xlsx"}]}
sheet_src("pa02-1.xlsx", [
    ["№ пункту", "Інформація Семенівської РДА (І півріччя 2013)"],
    ["1", "Сайт РДА: створено рубрику «Публічна інформація», розміщено 28 розпоряджень голови РДА (відповідно до ст. 15 Закону України «Про доступ до публічної інформації»)."],
    ["6", "Проведено 2 зустрічі з жителями сіл Хотіївка та Жадове з питань ремонту доріг (березень, травень 2013 р.)."],
    ["7", "Голову ГО «Семенівська громада» включено до складу районної комісії з питань ТЕБ та НС (розпорядження від 14.05.2013 № 141)."],
    ["9", "х"],
], "xlsx:Calc MS Excel 2007 XML")


@mail(KEY)
def pa02():
    body = ("Добрий день! Надсилаю інформацію за І півріччя по плану «Відкритий уряд», вибачте за затримку.\n\n"
            "Олена Коваль,\nвідділ організаційної роботи апарату Семенівської райдержадміністрації\n")
    m = multipart("mixed", [part(body, cs="utf-8", cte="base64"),
                            attachment("zvit_semenivka_06_2013.xlsx", att("pa02-1.xlsx"), "ascii")],
                  "----i.ua-boundary-5a1c0e9f3b")
    return message(addr("Олена Коваль", "olena_koval_sem@i.ua"), "звіт Семенівка",
                   kdate(2013, 6, 17, 8, 15, 3), m, mailer="X-Mailer: i.ua mail")


KEY = {"class": "personal_address", "executor": "su-simia", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "sent from another office's registered box (the education department's); the letter says it is the family, youth and sport department's report, addressed to УВП",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def pa03():
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Вих. № 08-09/1744 від 10.12.2013\n\n"
            "Управління у справах сім'ї, молоді та спорту облдержадміністрації (у зв'язку з відключенням нашої "
            "електронної пошти лист направляється з поштової скриньки управління освіти і науки) на виконання "
            "пп. 6, 9 Плану заходів повідомляє:\n\n"
            "6. 25.09.2013 проведено консультації з громадськістю у формі конференції «Молодь Чернігівщини: "
            "пріоритети молодіжної політики» (86 учасників) відповідно до постанови КМУ від 03.11.2010 № 996.\n\n"
            "9. До обговорення проекту обласної програми «Молодь Чернігівщини» на 2014–2015 роки залучено членів "
            "громадської ради при облдержадміністрації (4 особи), їх пропозиції враховано.\n\n"
            "Начальник управління у справах сім'ї, молоді та спорту        Д.О. Павленко\n")
    return message(addr("Управління освіти і науки", "osvita@example.gov.ua", "windows-1251"),
                   "лист УСМС № 08-09/1744", kdate(2013, 12, 10, 10, 9, 30),
                   part(body, cs="windows-1251", cte="quoted-printable"), cs="windows-1251",
                   mailer="Microsoft Outlook Express 6.00.2900.5931")


KEY = {"class": "personal_address", "executor": "rda-ripky", "period": 1, "late": True, "kind": "report",
       "reason": None,
       "note": "late, Russian, from a meta.ua box; «Репкинской райгосадминистрации» only in the signature; «пп. 1, 6, 10» answered each on its own line",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def pa04():
    body = ("Здравствуйте!\nИнформация к письму облгосадминистрации от 15.11.2012 № 03-17/2977 (исх. № 01-09/1903 от 17.12.2012):\n\n"
            "п. 1 – на официальном сайте РГА создан раздел «Доступ к публичной информации», размещено 19 распоряжений;\n"
            "п. 6 – 29.11.2012 проведены общественные слушания по проекту районного бюджета на 2013 год (47 человек);\n"
            "п. 10 – общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости и "
            "прозрачности (письмо от 20.11.2012 № 01-09/1811).\n\n"
            "Извините за опоздание, почта РГА не работала.\n\n"
            "Ткаченко Светлана,\nобщий отдел аппарата Репкинской райгосадминистрации\n")
    return message(addr("Светлана Ткаченко", "svetlana.tkachenko@meta.ua", "windows-1251"), "Информация Репкинской РГА",
                   kdate(2012, 12, 17, 11, 30, 44), part(body, cs="windows-1251", cte="base64"), cs="windows-1251",
                   mailer="X-Mailer: meta.ua webmail")


KEY = {"class": "personal_address", "executor": "gromrada", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "the chair of the Public Council writes from gmail, naming the council only in the signature; a commission on openness in the council (10) and the discussion of the plan's execution it co-organised (15)",
       "items": [{"measure": 10, "source": "body"}, {"measure": 15, "source": "body"}]}


@mail(KEY)
def pa05():
    plain = ("Шановна Надіє Олександрівно!\n\nНа Ваш лист від 02.12.2013 № 03-17/3502 інформую.\n\n"
             "Рішенням Громадської ради від 30.10.2013 (протокол № 11) у складі ради утворено комісію з питань "
             "відкритості та прозорості діяльності органів влади (7 членів, голова — Лук'янчук С.В.).\n\n"
             "28.11.2013 спільно з управлінням та регіональним координатором проведено громадське обговорення "
             "виконання заходів Плану (52 учасники, 17 пропозицій); резолюцію затверджено 05.12.2013 і направлено "
             "до облдержадміністрації листом № 41.\n\n"
             "З повагою,\nВ. Бережний\nголова Громадської ради при облдержадміністрації\n")
    html = "<div dir=\"ltr\">" + plain.replace("\n", "<br>") + "</div>"
    m = multipart("alternative", [part(plain, cs="utf-8", cte="quoted-printable"), part(html, "html", cs="utf-8", cte="quoted-printable")],
                  "089e0158b2c4d6f8a104ed2b7c91")
    return message(addr("Віктор Бережний", "v.berezhnyi.chn@gmail.com"), "Громадська рада - інформація",
                   kdate(2013, 12, 9, 21, 14, 2), m, mid_domain="mail.gmail.com")

# ---------------------------------------------------------------------------------------
# 8. mixed

KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "the РДА forwards inline its own earlier letter (sent here 05.06.2013) with a correction above it; only the corrected p. 7 counts, the forwarded report was counted when it came",
       "items": [{"measure": 7, "source": "body"}]}


@mail(KEY)
def mx01():
    body = ("Уточнення до інформації Ніжинської РДА від 05.06.2013 № 01-19/1288.\n\n"
            "У п. 7 помилково зазначено розпорядження від 14.03.2013 № 75. Слід читати: розпорядженням голови "
            "райдержадміністрації від 14.05.2013 № 157 до складу районної координаційної ради з питань розвитку "
            "громадянського суспільства включено 5 представників громадських організацій та 3 членів громадської "
            "ради при райдержадміністрації.\n\nЗ повагою, загальний відділ\n\n"
            "-------- Forwarded message --------\n"
            "От: rda-nizhyn@example.gov.ua\nДата: 5 июня 2013 г., 14:22\nТема: Інформація Ніжинської РДА\n"
            "Кому: uvp@cg.ukrtel.net\n\n"
            "Вих. № 01-19/1288 від 05.06.2013\n\n"
            "Ніжинська районна державна адміністрація на виконання п. 16 Плану заходів інформує:\n\n"
            "п. 1 – на офіційному веб-сайті РДА оновлено розділ «Громадська рада», розміщено 17 проектів розпоряджень;\n"
            "п. 6 – 18.04.2013 проведено громадське обговорення проекту Програми благоустрою населених пунктів району;\n"
            "п. 7 – розпорядженням від 14.03.2013 № 75 до складу районної координаційної ради включено 5 представників ГО;\n"
            "п. 12 – громадських антикорупційних експертиз не проводилось.\n\n"
            "Керівник апарату РДА   С.М. Горбань\n")
    return message(addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua", "koi8-u"), "Fwd: Інформація Ніжинської РДА (уточнення)",
                   kdate(2013, 6, 10, 9, 2, 17), part(body, cs="koi8-u", cte="base64"), cs="koi8-u",
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:21.0) Gecko/20130620 Thunderbird/21.0")


KEY = {"class": "mixed", "executor": "rda-kulykivka", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "a first letter bounced from a mistyped address is resent as a message/rfc822 attachment; the .docx inside it is the report delivered now and counts whole",
       "items": [{"measure": 1, "source": "Інформація_Куликівська_РДА_ІІ_півріччя.docx"},
                 {"measure": 6, "source": "Інформація_Куликівська_РДА_ІІ_півріччя.docx"},
                 {"measure": 12, "source": "Інформація_Куликівська_РДА_ІІ_півріччя.docx"}]}
doc_src("mx02-1.docx", html_doc(
    ["ІНФОРМАЦІЯ", "Куликівської районної державної адміністрації про виконання Плану заходів (Відкритий уряд) за ІІ півріччя 2013 року"],
    table_html([
        ["Пункт Плану", "Виконання"],
        ["1", "Відповідно до розпорядження голови РДА від 08.07.2013 № 198 на офіційному веб-сайті створено розділ «Відкритий уряд», оновлено 4 розділи, розміщено 52 розпорядження."],
        ["6", "Проведено консультації з громадськістю щодо проекту Програми розвитку фізичної культури і спорту (10.10.2013, 31 учасник) та зустріч з жителями смт Куликівка з питань вивезення побутових відходів (14.11.2013)."],
        ["7", "—"],
        ["12", "ГО «Куликівщина» провела громадську експертизу діяльності відділу освіти РДА; 3 пропозиції враховано (розпорядження від 29.11.2013 № 341)."],
    ]) + "<p>Керівник апарату РДА &nbsp;&nbsp; Л.В. Марченко</p>"), "docx:MS Word 2007 XML")


@mail(KEY)
def mx02():
    inner_body = "Інформація Куликівської РДА на виконання п. 16 Плану заходів. Вих. № 01-23/2650 від 06.12.2013.\n"
    inner_m = multipart("mixed", [part(inner_body, cs="utf-8", cte="quoted-printable"),
                                  attachment("Інформація_Куликівська_РДА_ІІ_півріччя.docx", att("mx02-1.docx"), "B")],
                        "------------010203040506070809000102")
    inner = message(addr("Куликівська РДА", "rda-kulykivka@example.gov.ua"), "Інформація Куликівської РДА (Відкритий уряд)",
                    kdate(2013, 12, 6, 10, 0, 5), inner_m, to="uvp@cg.ukrtel.ner", received=False,
                    mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")
    body = ("Доброго дня!\nНадсилаємо повторно інформацію Куликівської РДА від 06.12.2013 № 01-23/2650, лист "
            "повернувся через помилку в адресі (cg.ukrtel.ner). Просимо врахувати.\n\n-- \nЗагальний відділ Куликівської РДА\n")
    m = multipart("mixed", [part(body, cs="utf-8", cte="quoted-printable"),
                            rfc822(crlf(inner), "Інформація Куликівської РДА (Відкритий уряд).eml")],
                  "------------0A1B2C3D4E5F60718293A4B5")
    return message(addr("Куликівська РДА", "rda-kulykivka@example.gov.ua"), "Fwd: Інформація Куликівської РДА (Відкритий уряд)",
                   kdate(2013, 12, 9, 8, 54, 31), m,
                   mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")


KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "the cover note itself reports the site (1) while the .rtf attachment reports consultations (6) and a draft's discussion by council members (9); the cover also lists the annex by its sheets",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "dodatok_bakhmach_12_2012.rtf"},
                 {"measure": 9, "source": "dodatok_bakhmach_12_2012.rtf"}]}
doc_src("mx03-1.rtf", html_doc(
    ["Додаток", "до листа Бахмацької РДА від 13.12.2012 № 01-05/3012"],
    "<p><b>п. 6.</b> Відповідно до орієнтовного плану (розпорядження голови РДА від 30.12.2011 № 611) проведено 3 "
    "консультації з громадськістю: 04.10.2012 – громадське обговорення проекту Програми розвитку туризму; "
    "08.11.2012 – зустріч з мешканцями м. Бахмач щодо водопостачання; 29.11.2012 – опитування щодо якості "
    "адміністративних послуг (204 респонденти).</p>"
    "<p><b>п. 9.</b> Проект районної програми «Питна вода» на 2013–2020 роки обговорено за участю 5 членів громадської "
    "ради при райдержадміністрації (протокол засідання від 22.11.2012 № 6).</p>"), "rtf:Rich Text Format")


@mail(KEY)
def mx03():
    body = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "№ 01-05/3012 від 13.12.2012\n\n"
            "Бахмацька районна державна адміністрація на виконання Плану заходів інформує, що офіційний веб-сайт "
            "райдержадміністрації у листопаді 2012 року переведено на новий хостинг, наповнення приведено у "
            "відповідність до вимог постанови КМУ від 04.01.2002 № 3: створено розділи «Звернення громадян» та "
            "«Публічна інформація». Інформація щодо інших пунктів – у додатку.\n\n"
            "Додаток: 1. Інформація щодо пп. 6, 9 на 1 арк.\n          2. Копія розпорядження від 30.12.2011 № 611 на 3 арк. (поштою)\n\n"
            "Заступник голови райдержадміністрації              О.О. Жук\n")
    m = multipart("mixed", [part(body, cs="windows-1251", cte="quoted-printable"),
                            attachment("dodatok_bakhmach_12_2012.rtf", att("mx03-1.rtf"), "ascii", ctype="application/msword")],
                  "----=_NextPart_000_0019_01CDD9A1.44F2B7E0")
    return message(addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251"),
                   "Лист № 01-05/3012 від 13.12.2012", kdate(2012, 12, 13, 16, 25, 57), m, cs="windows-1251",
                   mailer="Microsoft Office Outlook 12.0")


def tiny_png():
    import struct, zlib
    w, h = 16, 16
    raw = b"".join(b"\x00" + bytes([30, 60, 140] * w) for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


KEY = {"class": "mixed", "executor": "rda-sosnytsia", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Word HTML body with an inline coat-of-arms image (multipart/related); the part is labelled iso-8859-1 while the bytes and the meta tag are windows-1251",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}


@mail(KEY)
def mx04():
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"><style><!-- p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:\"Times New Roman\"} --></style></head>"
            "<body lang=UK><div class=WordSection1>"
            "<p class=MsoNormal align=center><img width=16 height=16 src=\"cid:image001.png@01CE65F1.2B3C4D50\"></p>"
            "<p class=MsoNormal align=center><b>СОСНИЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ</b></p>"
            "<p class=MsoNormal>04.06.2013 № 01-08/1377</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>"
            "<p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої "
            "влади в області інформуємо.</p>"
            "<p class=MsoNormal>Пункт 1. Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог Закону "
            "України «Про доступ до публічної інформації»; у І півріччі 2013 року розміщено 44 розпорядження, створено "
            "підрозділ «Звіти про виконання програм».</p>"
            "<p class=MsoNormal>Пункт 6. 21.03.2013 проведено громадські слухання щодо проекту Програми економічного і "
            "соціального розвитку району (67 учасників), 16.05.2013 – зустріч з жителями с. Спасське.</p>"
            "<p class=MsoNormal>Пункт 7. До складу районної ради з питань освіти (розпорядження від 22.04.2013 № 118) "
            "включено 2 членів громадської ради.</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.В. Литвин</p>"
            "</div></body></html>")
    rel = multipart("related", [part(html, "html", cs="windows-1251", cte="quoted-printable", label="iso-8859-1"),
                                attachment("image001.png", tiny_png(), "ascii", inline=True, cid="image001.png@01CE65F1.2B3C4D50")],
                    "----=_NextPart_001_0003_01CE65F1.2B3C4D50", extra=';\n\ttype="multipart/alternative"')
    return message(addr("Sosnytsia RDA", "rda-sosnytsia@example.gov.ua"), "Sosnytsia RDA - informatsiia 01-08/1377",
                   kdate(2013, 6, 4, 15, 17, 26), rel, mailer="Microsoft Office Outlook 12.0")


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "two attachments that report different measures (a sheet for 1 and 6, a signed PDF letter for 7 and 12); the cover only hands them over",
       "items": [{"measure": 1, "source": "Таблиця_ЧРДА_грудень.xlsx"},
                 {"measure": 6, "source": "Таблиця_ЧРДА_грудень.xlsx"},
                 {"measure": 7, "source": "Лист ЧРДА 01-31-4412.pdf"},
                 {"measure": 12, "source": "Лист ЧРДА 01-31-4412.pdf"}]}
sheet_src("mx05-1.xlsx", [
    ["Пункт Плану", "Стан виконання (ІІ півріччя 2013 р.)"],
    ["1", "На офіційному веб-сайті Чернігівської РДА оновлено розділи «Нормативні документи» та «Бюджет», розміщено 71 розпорядження та паспорти 6 районних програм."],
    ["6", "Проведено 4 консультації з громадськістю (громадські обговорення проектів районного бюджету на 2014 рік та Програми енергозбереження, 2 зустрічі з мешканцями сіл Рівнопілля і Киїнка)."],
], "xlsx:Calc MS Excel 2007 XML")
doc_src("mx05-2.pdf", html_doc(
    ["ЧЕРНІГІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ"],
    "<p>11.12.2013 № 01-31/4412</p><p align=right>Управління з питань внутрішньої політики<br>та зв'язків з громадськістю облдержадміністрації</p>"
    "<p>Додатково до таблиці інформуємо.</p>"
    "<p>Щодо п. 7 Плану: розпорядженням голови райдержадміністрації від 03.10.2013 № 402 до складу районної комісії з питань "
    "техногенно-екологічної безпеки включено 2 представників громадських організацій, у т.ч. члена громадської ради Дениса О.В.</p>"
    "<p>Щодо п. 12 Плану: громадською організацією «Прозора влада Чернігівщини» проведено громадську антикорупційну експертизу "
    "проекту розпорядження «Про затвердження Порядку надання адміністративних послуг»; 2 пропозиції враховано.</p>"
    "<p>Голова райдержадміністрації &nbsp;&nbsp;&nbsp; В.М. Ващенко</p>"), "pdf:writer_pdf_Export")


@mail(KEY)
def mx05():
    body = ("Шановні колеги!\n\nНадаємо інформацію Чернігівської РДА про виконання Плану заходів за ІІ півріччя 2013 року.\n"
            "Додаток: на 2 арк.\n\nЗ повагою\nсектор з питань внутрішньої політики\n")
    m = multipart("mixed", [part(body, cs="utf-8", cte="quoted-printable"),
                            attachment("Таблиця_ЧРДА_грудень.xlsx", att("mx05-1.xlsx"), "Q"),
                            attachment("Лист ЧРДА 01-31-4412.pdf", att("mx05-2.pdf"), "2231")],
                  "_002_8F3A1C2E9B4D4A7F_")
    return message(addr("Чернігівська РДА", "rda-chernihiv@example.gov.ua"), "Інформація Чернігівської РДА",
                   kdate(2013, 12, 11, 14, 38, 9), m, mailer="X-Mailer: Microsoft Outlook 14.0")


if __name__ == "__main__":
    main()
