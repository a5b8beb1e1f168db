#!/usr/bin/env python3
"""Build the «bundle» corpus: 40 report e-mails to uvp@cg.ukrtel.net whose theme is mail
with several attachments, each with a hand-written answer key.

Python 3 standard library only.  Office attachments are written as HTML (documents) or CSV
(sheets) under attachments/src/ and converted once with LibreOffice; the converted files are
kept in attachments/ and reused, so a second run needs no soffice at all.

Every mail is a KEY literal followed by its builder; the KEY is written before the text.
"""
import base64, datetime as dt, email, email.policy, json, os, quopri, re, subprocess, sys
import tomllib
from email.header import decode_header, make_header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
PLAN = "/work/main/config/plan.toml"
MAILBOX = "uvp@cg.ukrtel.net"
try:
    KYIV = ZoneInfo("Europe/Kyiv")
except Exception:
    KYIV = ZoneInfo("Europe/Kiev")

with open(PLAN, "rb") as fh:
    PLANDATA = tomllib.load(fh)
EXEC_IDS = {e["id"] for e in PLANDATA["executor"]}
EXEC_MAIL = {e["id"]: e["emails"] for e in PLANDATA["executor"]}
MTEXT = {m["number"]: m["text"] for m in PLANDATA["measure"]}
DEADLINES = [d["date"] for d in PLANDATA["deadline"]]
GRACE = PLANDATA["plan"].get("grace_days", 3)

CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}

# ----------------------------------------------------------------------------- attachments
# (key, ext) -> wanted; converted in batches at the end of the first pass
CONV = {
    "doc": ("doc:MS Word 97", "HTML (StarWriter)"),
    "docx": ("docx:MS Word 2007 XML", "HTML (StarWriter)"),
    "odt": ("odt:writer8", "HTML (StarWriter)"),
    "rtf": ("rtf:Rich Text Format", "HTML (StarWriter)"),
    "pdf": ("pdf:writer_pdf_Export", "HTML (StarWriter)"),
    "xls": ("xls:MS Excel 97", "CSV:44,34,76,1"),
    "xlsx": ("xlsx:Calc MS Excel 2007 XML", "CSV:44,34,76,1"),
    "ods": ("ods:calc8", "CSV:44,34,76,1"),
}
CTYPE = {
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "ics": "text/calendar",
}
MISSING = []  # (key, ext) still to convert
CHANGED_SEEN = set()  # sources edited in this run


def write_src(key, text, ext):
    path = os.path.join(SRC, key + ext)
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old != text:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    return old != text


def office(key, ext, source):
    """Return the bytes of attachments/<key>.<ext>, converting from source if needed."""
    src_ext = ".csv" if ext in ("xls", "xlsx", "ods") else ".html"
    changed = write_src(key, source, src_ext)
    out = os.path.join(ATT, key + "." + ext)
    if changed and (key, ext) not in CHANGED_SEEN:
        CHANGED_SEEN.add(key)
    if key in CHANGED_SEEN and os.path.exists(out) and (key, ext) not in MISSING:
        os.remove(out)  # the source was edited: convert again
    if not os.path.exists(out):
        MISSING.append((key, ext))
        return b"PENDING"
    return open(out, "rb").read()


def convert_missing():
    groups = {}
    for key, ext in MISSING:
        groups.setdefault(ext, []).append(key)
    for ext, keys in groups.items():
        target, infilter = CONV[ext]
        src_ext = ".csv" if ext in ("xls", "xlsx", "ods") else ".html"
        files = [os.path.join(SRC, k + src_ext) for k in keys]
        cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/bundle-work/lo",
               "--infilter=" + infilter, "--convert-to", target, "--outdir", ATT] + files
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def html(body, title="Документ"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>body{font-family:'Times New Roman';font-size:13pt}"
            "table{border-collapse:collapse}td,th{border:1px solid #000;padding:3px;vertical-align:top}"
            "</style></head><body>%s</body></html>\n" % (title, body))


def table(header, rows, widths=None):
    out = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">", "<tr>"]
    for i, h in enumerate(header):
        w = " width=\"%d\"" % widths[i] if widths else ""
        out.append("<th%s>%s</th>" % (w, h))
    out.append("</tr>")
    for r in rows:
        out.append("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def csv(rows):
    def cell(c):
        c = str(c)
        if any(ch in c for ch in ',"\n'):
            c = '"' + c.replace('"', '""') + '"'
        return c
    return "\n".join(",".join(cell(c) for c in r) for r in rows) + "\n"


def paras(*ps):
    return "".join("<p>%s</p>" % p for p in ps)


# ----------------------------------------------------------------------------- MIME helpers
def koi(s, charset):
    """KOI8 has no «», № or dashes: people with koi8 mailers type plain substitutes."""
    if charset.lower().startswith("koi8"):
        for a, b in (("«", '"'), ("»", '"'), ("№", "N"), ("–", "-"), ("—", "-"), ("„", '"'), ("“", '"'), ("’", "'")):
            s = s.replace(a, b)
    return s


def enc2047(s, charset="utf-8", mode="B"):
    s = koi(s, charset)
    if all(ord(c) < 128 for c in s):
        return s
    raw = s.encode(charset)
    words = []
    if mode == "B":
        # split between words (the space stays inside the earlier word), at most ~45 bytes a word
        out, cur = [], ""
        for w in re.split(r"(?<= )", s):
            while len(w.encode(charset)) > 45:  # a very long word: cut by characters
                k = len(w)
                while len(w[:k].encode(charset)) > 45:
                    k -= 1
                if cur:
                    out.append(cur); cur = ""
                out.append(w[:k]); w = w[k:]
            if cur and len((cur + w).encode(charset)) > 45:
                out.append(cur); cur = ""
            cur += w
        if cur:
            out.append(cur)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(x.encode(charset)).decode()) for x in out)
    # Q
    out, cur = [], ""
    for ch in s:
        b = ch.encode(charset)
        if ch == " ":
            piece = "_"
        elif ch.isascii() and (ch.isalnum() or ch in ".-!*+/"):
            piece = ch
        else:
            piece = "".join("=%02X" % x for x in b)
        if len(cur) + len(piece) > 45:
            out.append(cur)
            cur = ""
        cur += piece
    out.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, w) for w in out)


def rfc2231(name, charset="utf-8", cont=True):
    raw = koi(name, charset).encode(charset)
    enc = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in ".-_" else "%%%02X" % b for b in raw)
    if not cont:
        return "filename*=%s''%s" % (charset, enc)
    parts, i = [], 0
    while enc:
        cut = 40
        # do not split a %XX escape
        while cut < len(enc) and enc[cut - 1] == "%" or (cut < len(enc) and cut >= 2 and enc[cut - 2] == "%"):
            cut -= 1
        chunk, enc = enc[:cut], enc[cut:]
        if i == 0:
            parts.append("filename*0*=%s''%s" % (charset, chunk))
        else:
            parts.append("filename*%d*=%s" % (i, chunk))
        i += 1
    return ";\n ".join(parts)


def body_enc(data, cte):
    if cte == "base64":
        b = base64.encodebytes(data).decode("ascii")
        return b
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii") + "\n"
    return data.decode("latin-1") + ("\n" if not data.endswith(b"\n") else "")


def text(t, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None, extra=""):
    """A text/* part.  declared: a (wrong) charset to put in the header instead."""
    t = koi(t.replace("\r\n", "\n"), charset)
    if cte == "base64":
        t = t.replace("\n", "\r\n")  # base64 text keeps its own CRLF line ends
    data = t.encode(charset)
    cs = declared or charset
    h = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n%s" % (subtype, cs, cte, extra)
    return h + "\n" + body_enc(data, cte)


def multipart(subtype, parts, boundary, extra=""):
    out = ["Content-Type: multipart/%s;\n\tboundary=\"%s\"\n%s" % (subtype, boundary, extra), "This is a multi-part message in MIME format.\n" if subtype == "mixed" else ""]
    for p in parts:
        out.append("--%s\n%s" % (boundary, p if p.endswith("\n") else p + "\n"))
    out.append("--%s--\n" % boundary)
    return "\n".join(out)


def attach(name, data, ext=None, style="b", charset="utf-8", disp="attachment", ctype=None):
    ext = ext or name.rsplit(".", 1)[-1].lower()
    ct = ctype or CTYPE.get(ext, "application/octet-stream")
    if style == "b":
        n = enc2047(name, charset, "B")
        fn = "name=\"%s\"" % n
        dn = "filename=\"%s\"" % n
    elif style == "q":
        n = enc2047(name, charset, "Q")
        fn = "name=\"%s\"" % n
        dn = "filename=\"%s\"" % n
    elif style == "2231":
        fn = "name=\"%s\"" % enc2047(name, charset, "B")
        dn = rfc2231(name, charset, True)
    elif style == "2231nc":
        fn = None
        dn = rfc2231(name, charset, False)
    else:  # ascii
        fn = "name=\"%s\"" % name
        dn = "filename=\"%s\"" % name
    h = "Content-Type: %s%s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s;\n %s\n" % (
        ct, (";\n " + fn) if fn else "", disp, dn)
    return h + "\n" + base64.encodebytes(data).decode("ascii")


def rfc822(msg):
    return "Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + msg


def kyiv(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def fmt(t):
    return email.utils.format_datetime(t)


def envelope(frm, subject, when, mid, body, to=MAILBOX, extra="", charset="utf-8", smode="B",
             received_from="mail.example.gov.ua", delay=4, cc=None, raw_subject=None):
    rcv = when + dt.timedelta(seconds=delay)
    assert rcv.date() == when.date()
    hdr = ["Received: from %s ([10.22.%d.%d]) by mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
           % (received_from, when.day, when.minute, mid.split("@")[0][-10:].upper().replace(".", "A"), to, fmt(rcv))]
    hdr.append("From: %s" % frm)
    hdr.append("To: %s" % to)
    if cc:
        hdr.append("Cc: %s" % cc)
    hdr.append("Subject: %s" % (raw_subject if raw_subject is not None else enc2047(subject, charset, smode)))
    hdr.append("Date: %s" % fmt(when))
    hdr.append("Message-ID: <%s>" % mid)
    hdr.append("MIME-Version: 1.0")
    if extra:
        hdr.append(extra.rstrip("\n"))
    return "\n".join(hdr) + "\n" + body


def name(display, addr, charset="utf-8"):
    return "%s <%s>" % (enc2047(display, charset, "B"), addr) if display else addr


def q(text_, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text_.split("\n"))


def reminder(deadline, today, executor, missing, overdue=False):
    if overdue:
        first = ("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня "
                 "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
                 "«Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline)
    else:
        first = ("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості "
                 "діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» "
                 "інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s." % (deadline, MAILBOX))
    lines = ["Шановні колеги!", "", first, "",
             "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:" % (today, executor)]
    for m in missing:
        lines += ["", "  %d. %s" % (m, MTEXT[m])]
    lines += ["", "Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
              "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
              "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.",
              "", "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.",
              "", "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.",
              "", "З повагою", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"]
    return "\n".join(lines)


def plan_rows(answers, numbers=range(1, 17), short=True):
    """Rows «№ | Захід | Інформація» for a full table of the plan."""
    rows = []
    for n in numbers:
        t = MTEXT[n]
        if short:
            t = t.split(". ")[0][:150] + ("…" if len(t) > 150 else "")
        rows.append([str(n), t, answers.get(n, "")])
    return rows


REG = []


def mail(fname):
    def deco(f):
        REG.append((fname, dict(KEY), f))
        return f
    return deco


KEY = None
# =============================================================================== the mails

# ------------------------------------------------------------------------------ placeholder
KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A covering letter and «Додаток 2.xls» with a row for every measure; only rows 1, 6 and 12 say anything, the rest are «—», «х», a bare «не проводились»; the «2» in the file name is the annex number.",
       "items": [{"measure": 1, "source": "Додаток 2.xls"}, {"measure": 6, "source": "Додаток 2.xls"},
                 {"measure": 12, "source": "Додаток 2.xls"}]}
@mail("ph01_bakhmach_dodatok2")
def _():
    cover = html(paras(
        "БАХМАЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
        "вул. Соборності, 42, м. Бахмач, 16500",
        "11.12.2012 № 01-19/2871",
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        "На виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в "
        "області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником голови "
        "облдержадміністрації 10.09.2012, надаємо інформацію про хід його виконання в районі.",
        "Додаток: на 2 арк. в 1 прим.",
        "Перший заступник голови адміністрації &nbsp;&nbsp;&nbsp; О.П. Гуменюк",
        "<small>Ковтун 2-13-47</small>"))
    ans = {1: "На офіційному веб-сайті райдержадміністрації оновлено розділи «Регуляторна політика» та «Доступ до "
              "публічної інформації», щотижня розміщуються розпорядження голови РДА. За листопад 2012 р. сайт відвідали 4120 користувачів.",
           6: "Проведено 2 консультації з громадськістю: громадські слухання щодо проекту бюджету району на 2013 рік "
              "(05.12.2012, 64 учасники) та зустріч з мешканцями м. Бахмач з питань благоустрою (22.11.2012).",
           7: "—", 9: "х", 10: "не проводились",
           12: "Громадською організацією «Бахмацька ініціатива» проведено громадську експертизу діяльності відділу "
               "освіти РДА; за її результатами затверджено план заходів з 6 пунктів, 4 з них виконано."}
    rows = [["№ п/п", "Зміст заходу", "Інформація про виконання"]]
    for n in (1, 6, 7, 9, 10, 12, 16):
        rows.append([str(n), MTEXT[n][:120] + "…", ans.get(n, "х" if n != 16 else "Інформацію надано листом від 11.12.2012 № 01-19/2871")])
    x = office("ph01_tab", "xls", csv([["Додаток 2"], ["Інформація Бахмацької райдержадміністрації про виконання плану заходів (Відкритий уряд)"]] + rows))
    c = office("ph01_cover", "doc", cover)
    body = text("Добрий день!\n\nНадсилаємо інформацію Бахмацької РДА. Супровідний лист і таблиця у вкладенні.\n\n"
                "З повагою, Ковтун Л.М.\nсектор з питань внутрішньої політики\n", charset="windows-1251", cte="quoted-printable")
    b = multipart("mixed", [body, attach("Супровідний лист.doc", c, style="b", charset="windows-1251"),
                            attach("Додаток 2.xls", x, style="b", charset="windows-1251")], "----=_NextPart_000_0011_01CDD79A.5B2C1E40")
    return envelope(name("Бахмацька РДА", "rda-bakhmach@example.gov.ua", "windows-1251"), "Інформація Бахмацької РДА (Відкритий уряд)",
                    kyiv(2012, 12, 12, 10, 41, 7), "000f01cdd84b$8c1a2e90$a45e8bb0$@example.gov.ua", b, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook 12.0\nThread-Index: Ac3YS4vR3Zb7H4mYQkSk1mY2s9D1Ow==\nContent-Language: uk")


KEY = {"class": "placeholder", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The same table twice, as .doc and as .pdf, each its own source; of seven rows only 1 and 6 report, the others are «+», «без змін», empty, «немає», «-».",
       "items": [{"measure": 1, "source": "Інформація УОЗ.doc"}, {"measure": 1, "source": "Інформація УОЗ.pdf"},
                 {"measure": 6, "source": "Інформація УОЗ.doc"}, {"measure": 6, "source": "Інформація УОЗ.pdf"}]}
@mail("ph02_zdorovia_doc_pdf")
def _():
    ans = {1: "На веб-сторінці управління охорони здоров'я створено розділ «Громадська рада» та «Звернення громадян»; "
              "розміщено звіти про використання коштів обласного бюджету за І квартал 2013 року.",
           2: "+", 6: "Проведено консультації з громадськістю у формі громадських слухань щодо проекту Програми "
              "розвитку первинної медико-санітарної допомоги на 2013–2016 роки (17.04.2013, 58 учасників), "
              "а також опитування пацієнтів щодо якості обслуговування в 12 центральних районних лікарнях.",
           7: "без змін", 8: "", 9: "немає", 12: "-"}
    doc = html("<p align=\"right\">Додаток до листа</p><h3 align=\"center\">Інформація управління охорони здоров'я "
               "облдержадміністрації про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності "
               "виконавчої влади в області (І півріччя 2013 року)</h3>"
               + table(["№", "Захід", "Стан виконання"], plan_rows(ans, (1, 2, 6, 7, 8, 9, 12)))
               + paras("Начальник управління &nbsp;&nbsp; С.В. Литвиненко"))
    d = office("ph02_info", "doc", doc)
    p = office("ph02_info", "pdf", doc)
    body = text("Доброго дня.\n\nУ вкладенні інформація управління охорони здоров'я за І півріччя 2013 р. про виконання "
                "плану заходів «Відкритий уряд» — у форматі Word та PDF (з підписом).\n\n--\nЄ. Савчук, юрисконсульт\n"
                "Управління охорони здоров'я Чернігівської ОДА\n", charset="utf-8", cte="8bit")
    b = multipart("mixed", [body, attach("Інформація УОЗ.doc", d, style="2231"), attach("Інформація УОЗ.pdf", p, style="2231")],
                  "------------040905060807030102090405")
    return envelope(name("Савчук Євгенія", "zdorovia@example.gov.ua"), "Інформація УОЗ - Відкритий уряд І півріччя",
                    kyiv(2013, 6, 14, 15, 22, 51), "51BB0A23.4090807@example.gov.ua", b,
                    extra="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")


KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Body only «див. вкладення»; «zvit_p6.doc» is not about measure 6 alone but a full table where 6 and 12 have a bare «не проводились», 9 «—», 10 «+»; the event programme beside it is not a report.",
       "items": [{"measure": 1, "source": "zvit_p6.doc"}, {"measure": 7, "source": "zvit_p6.doc"}]}
@mail("ph03_sribne_dyv_vkladennia")
def _():
    ans = {1: "Офіційний веб-сайт РДА приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3: "
              "створено підрозділ «Громадське обговорення», наповнено розділ «Звіти про виконання бюджету».",
           6: "не проводились", 7: "До складу координаційної ради з питань розвитку підприємництва при РДА "
              "введено 2 представників громадських організацій (розпорядження від 14.10.2013 № 211).",
           9: "—", 10: "+", 12: "не проводились"}
    doc = html("<p>Срібнянська райдержадміністрація</p><p>Інформація про виконання плану заходів за ІІ півріччя 2013 р.</p>"
               + table(["п/п", "Назва заходу", "Виконання"], plan_rows(ans, (1, 6, 7, 9, 10, 12))))
    d = office("ph03_zvit", "doc", doc)
    prog = html("<h3 align=\"center\">ПРОГРАМА<br>районного круглого столу «Влада і громада: діалог заради розвитку»</h3>"
                "<p>смт Срібне, районний будинок культури, 26 листопада 2013 року</p>"
                + table(["Час", "Захід"], [["10.00–10.30", "Реєстрація учасників"],
                                            ["10.30–10.45", "Вступне слово голови райдержадміністрації"],
                                            ["10.45–11.30", "Виступи представників громадських організацій району"],
                                            ["11.30–12.00", "Обговорення, відповіді на запитання"],
                                            ["12.00", "Підведення підсумків"]]))
    p = office("ph03_prog", "pdf", prog)
    body = text("див. вкладення\n", charset="koi8-u", cte="8bit")
    b = multipart("mixed", [body, attach("zvit_p6.doc", d, style="ascii"),
                            attach("програма_круглий_стіл.pdf", p, style="q", charset="koi8-u")], "JM1fq8tPHmTZcvGp")
    return envelope("rda-sribne@example.gov.ua", "zvit", kyiv(2013, 12, 16, 9, 5, 33), "1846295871.20131216090533@example.gov.ua", b,
                    extra="X-Mailer: The Bat! (v4.2.44.2) Professional\nReply-To: rda-sribne@example.gov.ua\nX-Priority: 3 (Normal)")


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Two versions of the table; the body says the first one is void, and in the corrected one only rows 2 and 9 report while 1, 6, 8, 12 are «—», «немає», «х», «без змін».",
       "items": [{"measure": 2, "source": "Інформація ГФУ (виправлена).xls"}, {"measure": 9, "source": "Інформація ГФУ (виправлена).xls"}]}
@mail("ph04_finansy_two_versions")
def _():
    hdr = [["Інформація Головного фінансового управління облдержадміністрації"], ["№ пункту", "Інформація"]]
    v1 = hdr + [["2", "Щомісяця розміщується інформація про виконання обласного бюджету"],
                ["9", "Проект рішення про обласний бюджет обговорено"]]
    v2 = hdr + [["1", "—"],
                ["2", "У рубриці «Виконання місцевих бюджетів Чернігівської області» на офіційному сайті облдержадміністрації "
                      "щомісяця до 20 числа розміщується інформація про виконання зведеного та обласного бюджетів; "
                      "за січень–травень 2013 р. розміщено 5 матеріалів."],
                ["6", "немає"], ["7", "без змін"], ["8", "х"],
                ["9", "Проект рішення обласної ради «Про внесення змін до обласного бюджету на 2013 рік» 23.05.2013 "
                      "обговорено на засіданні комітету з питань бюджету Громадської ради при облдержадміністрації за участі 9 членів ради."],
                ["12", "без змін"]]
    a = office("ph04_v1", "xls", csv(v1))
    b2 = office("ph04_v2", "xls", csv(v2))
    body = text("Добрый день!\n\nВысылаем информацию ГФУ по плану мероприятий (Открытое правительство).\n"
                "В предыдущем файле («Інформація ГФУ.xls») ошибка — просим считать его недействительным, правильный файл "
                "«Інформація ГФУ (виправлена)». Отправляем оба, чтобы не было путаницы.\n\nС уважением,\n"
                "Марченко О.\nотдел организационной работы\nГлавное финансовое управление облгосадминистрации\n",
                charset="windows-1251", cte="quoted-printable")
    m = multipart("mixed", [body, attach("Інформація ГФУ.xls", a, style="b", charset="windows-1251"),
                            attach("Інформація ГФУ (виправлена).xls", b2, style="b", charset="windows-1251")],
                  "----=_NextPart_000_0027_01CE6791.9F8A0B10")
    return envelope(name("Марченко Ольга", "finansy@example.gov.ua", "windows-1251"), "Информация ГФУ (Открытое правительство)",
                    kyiv(2013, 6, 12, 11, 17, 2), "002801ce6750$8c2f1d70$a48d5850$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Outlook 14.0\nThread-Index: Ac5nUIrkR1eOzlqHS8yNvM/PgI4xIg==\nContent-Language: ru")


KEY = {"class": "placeholder", "executor": "rda-talalaivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only body with a table of all sixteen measures, most cells «х» or «-», real answers only in 1 and 9; the attached copy of the district's own order has its own points 1–5 and is not a report.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("ph05_talalaivka_html_table")
def _():
    ans = {n: "х" for n in range(1, 17)}
    ans.update({1: "Веб-сайт райдержадміністрації функціонує; у листопаді 2012 року створено розділ «Відкритий уряд», "
                   "де розміщено план заходів та контакти відповідальних осіб.",
                6: "-", 7: "-", 9: "Проект Програми соціально-економічного розвитку району на 2013 рік обговорено на "
                "засіданні громадської ради при РДА 29.11.2012; враховано 3 пропозиції членів ради.",
                10: "немає", 12: "-", 16: "Надається цим листом"})
    rows = plan_rows(ans)
    h = ("<html><body><p>Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>"
         "<p>Талалаївська райдержадміністрація надає інформацію про виконання плану заходів щодо підвищення рівня "
         "відкритості (Партнерство «Відкритий уряд»):</p>"
         + table(["№", "Захід", "Виконання"], rows)
         + "<p>Додаток: копія розпорядження голови РДА від 16.11.2012 № 402.</p>"
           "<p>Заступник голови райдержадміністрації<br>В.І. Бондар</p></body></html>")
    order = html("<p align=\"center\">ТАЛАЛАЇВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>РОЗПОРЯДЖЕННЯ</p>"
                 "<p>16 листопада 2012 р. &nbsp;&nbsp;&nbsp; смт Талалаївка &nbsp;&nbsp;&nbsp; № 402</p>"
                 "<p><b>Про затвердження районного плану заходів щодо відкритості діяльності райдержадміністрації</b></p>"
                 "<p>На виконання плану заходів, затвердженого заступником голови облдержадміністрації 10.09.2012:</p>"
                 "<p>1. Затвердити районний план заходів (додається).</p>"
                 "<p>2. Відділам та управлінням райдержадміністрації забезпечити виконання плану.</p>"
                 "<p>3. Сектору з питань внутрішньої політики до 10 грудня узагальнювати інформацію.</p>"
                 "<p>4. Рекомендувати селищній та сільським радам взяти участь у виконанні плану.</p>"
                 "<p>5. Контроль за виконанням розпорядження покласти на заступника голови В.І. Бондаря.</p>"
                 "<p>Голова райдержадміністрації &nbsp;&nbsp; М.С. Дуля</p>")
    o = office("ph05_order", "pdf", order)
    body = text(h, subtype="html", charset="utf-8", cte="base64")
    m = multipart("mixed", [body, attach("Розпорядження 402.pdf", o, style="b")], "=_6a1c0e3b2d9f4a8e0c1b")
    return envelope(name("Талалаївська РДА", "rda-talalaivka@example.gov.ua"), "Відкритий уряд - Талалаївська РДА",
                    kyiv(2012, 12, 14, 16, 3, 19), "c3a1f0e2b7d4e9f8a1b2@mail.example.gov.ua", m,
                    extra="User-Agent: Roundcube Webmail/0.8.4\nX-Sender: rda-talalaivka@example.gov.ua")

# ------------------------------------------------------------------------------ bottom_post
KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply interleaved under the quoted items of zvit's overdue reminder; 12 answers with what was not done under its own item; the photo report with captions beside it is not a report.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp01_nosivka_interleaved")
def _():
    rem = reminder("15.06.2013", "16.06.2013", "Носівська районна державна адміністрація", [6, 9, 12], overdue=True)
    parts = rem.split("\n\n  ")
    head, i6, i9, rest = parts[0], parts[1], parts[2], parts[3]
    i12, tail = rest.split("\n\n", 1)
    t = ("16.06.2013 08:00, Управління з питань внутрішньої політики пише:\n" + q(head) + "\n>\n" + q("  " + i6) + "\n\n"
         "Консультації з громадськістю проведено 2 рази: 29.05.2013 громадські слухання щодо схеми санітарного очищення "
         "м. Носівка (41 учасник) та 11.06.2013 зустріч з жителями с. Мрин з питань ремонту дороги.\n\n"
         + q("  " + i9) + "\n\n"
         "Проект районної програми підтримки малого підприємництва на 2013-2014 рр. направлено членам громадської ради, "
         "отримано 5 пропозицій, 3 враховано.\n\n"
         + q("  " + i12) + "\n\n"
         "Громадських експертиз у І півріччі не проводилось, запитів від громадських організацій не надходило.\n\n"
         + q(tail) + "\n\n"
         "Фотозвіт з громадських слухань додаю.\n\n-- \nГуща Оксана, сектор інформаційної діяльності\nНосівська РДА\n")
    photo = html("<h3>ФОТОЗВІТ</h3>"
                 "<table border=\"1\" cellpadding=\"20\"><tr><td>[фото 1]</td><td>[фото 2]</td></tr>"
                 "<tr><td>Учасники слухань у залі засідань РДА, 29.05.2013</td><td>Виступає депутат міської ради В. Коваль</td></tr>"
                 "<tr><td>[фото 3]</td><td>[фото 4]</td></tr>"
                 "<tr><td>Реєстрація учасників</td><td>Запитання з зали</td></tr></table>")
    p = office("bp01_photo", "pdf", photo)
    body = text(t, charset="utf-8", cte="8bit", extra="Content-Disposition: inline\n")
    m = multipart("mixed", [body, attach("Фотозвіт.pdf", p, style="2231nc")], "------------070102030405060708090a0b")
    return envelope(name("Гуща Оксана", "rda-nosivka@example.gov.ua"), "Re: Нагадування: інформація про виконання плану заходів (Відкритий уряд)",
                    kyiv(2013, 6, 17, 13, 48, 40), "51BEE8A8.7010905@example.gov.ua", m,
                    extra="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6\n"
                          "In-Reply-To: <zvit.reminder.2.rda-nosivka@cg.ukrtel.net>\nReferences: <zvit.reminder.2.rda-nosivka@cg.ukrtel.net>")


KEY = {"class": "bottom_post", "executor": "su-kultura", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 reply typed below the office's own earlier promise (header block, no «>»); the report comes as .doc and as .pdf, each a source, and the reply itself adds measure 9; the quoted promise on consultations counts nothing.",
       "items": [{"measure": 1, "source": "Звіт_культура_2013.doc"}, {"measure": 1, "source": "Звіт_культура_2013.pdf"},
                 {"measure": 7, "source": "Звіт_культура_2013.doc"}, {"measure": 7, "source": "Звіт_культура_2013.pdf"},
                 {"measure": 8, "source": "Звіт_культура_2013.doc"}, {"measure": 8, "source": "Звіт_культура_2013.pdf"},
                 {"measure": 9, "source": "body"}]}
@mail("bp02_kultura_below_own")
def _():
    doc = html("<p align=\"center\"><b>Інформація<br>управління культури і туризму облдержадміністрації про виконання плану "
               "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади (ІІ півріччя 2013 р.)</b></p>"
               + paras("<b>Пункт 1.</b> На офіційному веб-сайті управління (kultura.cg.gov.ua) створено розділи «Публічна інформація» "
                       "та «Громадська рада», забезпечено щотижневе оновлення новин; розміщено 14 проектів наказів.",
                       "<b>Пункт 7.</b> До складу художньої ради управління та експертної комісії з питань охорони культурної "
                       "спадщини включено 4 представників громадських організацій, у тому числі 2 членів Громадської ради.",
                       "<b>Пункт 8.</b> Голову комітету з гуманітарних питань Громадської ради при облдержадміністрації Т. Заїку "
                       "введено до складу колегії управління (наказ від 02.09.2013 № 117); зміни до положення про управління не знадобились.",
                       "Начальник управління &nbsp;&nbsp; Н.В. Острянин"))
    d = office("bp02_rep", "doc", doc)
    p = office("bp02_rep", "pdf", doc)
    t = ("\n-----Original Message-----\nFrom: Культура ОДА [mailto:kultura@example.gov.ua]\nSent: Tuesday, December 10, 2013 4:12 PM\n"
         "To: uvp@cg.ukrtel.net\nSubject: Відкритий уряд\n\nДоброго дня!\nІнформацію управління культури і туризму про виконання "
         "плану заходів надамо до 13.12.2013, бо начальник у відрядженні. По п. 6 консультації з громадськістю щодо "
         "програми розвитку туризму проведемо 12.12, результати надішлемо.\n\nЗ повагою, Рибак Т.\n\n"
         "---------------------------------------\n\n"
         "Надсилаємо обіцяну інформацію (у вкладенні Word і PDF з підписом).\n"
         "Додатково: проект Програми розвитку туризму в Чернігівській області на 2014-2016 роки 12.12.2013 обговорено "
         "на засіданні комітету з гуманітарних питань громадської ради, члени ради внесли 7 пропозицій до проекту.\n\n"
         "Рибак Тетяна\nуправління культури і туризму облдержадміністрації\n")
    body = text(t, charset="windows-1251", cte="quoted-printable")
    m = multipart("mixed", [body, attach("Звіт_культура_2013.doc", d, style="b", charset="windows-1251"),
                            attach("Звіт_культура_2013.pdf", p, style="b", charset="windows-1251")],
                  "----=_NextPart_000_0003_01CEF79C.2B8E4A60")
    return envelope(name("Культура ОДА", "kultura@example.gov.ua", "windows-1251"), "FW: Відкритий уряд",
                    kyiv(2013, 12, 13, 12, 30, 6), "000301cef79c$2b8e4a60$82acdf20$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook, Build 11.0.5510\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157\n"
                          "Thread-Index: Ac73nCtFj3wPqJ0oRtu+8UGBn6PtMw==")


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook reply below zvit's quoted receipt (header block «От/Отправлено/Кому/Тема», no «>»); the reply reports the head's hot line and the attached call statistics report it too; the receipt's own «пункт 5» lines are quoted.",
       "items": [{"measure": 5, "source": "body"}, {"measure": 5, "source": "Додаток 1 статистика.xls"}]}
@mail("bp03_zvernennia_below_receipt")
def _():
    rec = ("Шановні колеги!\n\nУправління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
           "підтверджує отримання Вашого листа від 03.06.2013 «Гаряча лінія».\n\nВиконавець: Відділ роботи із зверненнями "
           "громадян апарату облдержадміністрації.\nЗвітний період: 2-й (термін подання інформації — 15.06.2013).\n\n"
           "Інформації, яку можна віднести до пунктів плану, у листі не виявлено.\n\nЗа цей звітний період ще очікується "
           "інформація щодо пунктів плану:\n  5. " + MTEXT[5] + "\n\nЦе повідомлення сформоване автоматично. Уточнення чи "
           "доповнення просимо надсилати на адресу uvp@cg.ukrtel.net.\n\nЗ повагою\nУправління з питань внутрішньої політики "
           "та зв'язків з громадськістю облдержадміністрації")
    t = ("\n\n-----Исходное сообщение-----\nОт: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]\n"
         "Отправлено: 3 июня 2013 г. 14:05\nКому: zvernennia@example.gov.ua\nТема: Підтвердження отримання: Гаряча лінія\n\n"
         + rec + "\n\n_____________________\n\n"
         "В прошлом письме был только график, извините. Информация по горячей линии:\n"
         "за январь–май 2013 года на «горячую линию» председателя облгосадминистрации поступило 1 214 обращений, "
         "из них решено положительно 486, даны разъяснения по 652; еженедельно председатель лично проводит прямую "
         "линию по пятницам, итоги размещаются на сайте ОГА. Статистика по тематике — в приложении 1.\n\n"
         "Зав. сектором Дорошенко И.Н.\nОтдел по работе с обращениями граждан аппарата облгосадминистрации\n")
    rows = [["Додаток 1"], ["Звернення, що надійшли на «гарячу лінію» голови облдержадміністрації, січень–травень 2013 р."],
            ["№ з/п", "Тематика", "Кількість", "Вирішено позитивно"],
            ["1", "Житлово-комунальне господарство", "402", "151"], ["2", "Соціальний захист", "311", "140"],
            ["3", "Охорона здоров'я", "188", "77"], ["4", "Земельні питання", "164", "58"], ["5", "Інше", "149", "60"],
            ["", "Усього", "1214", "486"]]
    x = office("bp03_stat", "xls", csv(rows))
    body = text(t, charset="windows-1251", cte="quoted-printable")
    m = multipart("mixed", [body, attach("Додаток 1 статистика.xls", x, style="q", charset="windows-1251")],
                  "----=_NextPart_000_0019_01CE65D4.1A2B3C40")
    return envelope(name("Дорошенко Ирина", "zvernennia@example.gov.ua", "windows-1251"), "RE: Підтвердження отримання: Гаряча лінія",
                    kyiv(2013, 6, 10, 9, 12, 44), "001901ce65d4$1a2b3c40$4e81b4c0$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Outlook 14.0\nContent-Language: ru\nThread-Index: Ac5l1BorPEBOgbTAThK1mpqS0jLJ0A==")


KEY = {"class": "bottom_post", "executor": "rda-ripky", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A phone reply below the quoted reminder: for 1 and 6 it only points to a separate letter (a referral, nothing), for 10 it states the working group created.",
       "items": [{"measure": 10, "source": "body"}]}
@mail("bp04_ripky_phone")
def _():
    rem = reminder("15.12.2012", "16.12.2012", "Ріпкинська районна державна адміністрація", [1, 6, 10], overdue=True)
    t = ("16.12.2012 8:00 пользователь \"Управління з питань внутрішньої політики\" <uvp@cg.ukrtel.net> написал:\n"
         + q(rem) + "\n\n"
         "Пп 1, 6 інформацію відправили 14.12 окремим листом з загальної скриньки.\n"
         "По п.10 - при громадській раді при РДА 05.12.2012 створено робочу групу з питань відкритості та прозорості "
         "діяльності РДА (5 членів, голова - Сорока П.Г.), протокол №4.\n\n"
         "Відправлено з мого Samsung Galaxy\nНаталія Мельник, Ріпкинська РДА\n")
    body = text(t, charset="utf-8", cte="base64")
    return envelope(name("Наталія Мельник", "rda-ripky@example.gov.ua"), "Re: Нагадування: інформація про виконання плану заходів",
                    kyiv(2012, 12, 17, 7, 55, 21), "e8b2c7a1-4f0d-4b21-9a6e-1c3d5e7f9a0b@email.android.com", body,
                    extra="User-Agent: K-9 Mail for Android\nIn-Reply-To: <zvit.reminder.1.rda-ripky@cg.ukrtel.net>")


KEY = {"class": "bottom_post", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail-style HTML reply below a blockquote of the department's circular; only the paragraph on «Чернігівська громада» reports, the forum is only «планується», the discussion of the plan is a promise, and the programme and participants' list attached are annexes.",
       "items": [{"measure": 3, "source": "body"}]}
@mail("bp05_gromrada_blockquote")
def _():
    circ = ("Шановні колеги! Просимо до 15.12.2012 надати інформацію про виконання пунктів 3, 4 та 15 плану заходів "
            "з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області. З повагою, УВП ОДА")
    h = ("<div dir=\"ltr\"><div class=\"gmail_quote\">10 грудня 2012 р. 11:02 Управління внутрішньої політики "
         "&lt;<a href=\"mailto:uvp@cg.ukrtel.net\">uvp@cg.ukrtel.net</a>&gt; пише:<br>"
         "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
         + circ + "</blockquote></div><br>"
         "<div>Добрий день!</div><div><br></div>"
         "<div>Веб-ресурс «Чернігівська громада» запрацював 26 листопада 2012 року: громадська рада наповнила розділи "
         "«Новини громади», «Документи ради» та «Консультації», на ньому вже зареєстровано 37 громадських організацій; "
         "модерацію здійснює секретаріат ради.</div><div><br></div>"
         "<div>Інтернет-форум на базі ресурсу планується.</div><div><br></div>"
         "<div>Громадське обговорення виконання плану заходів проведемо 20 грудня, програма та попередній список "
         "учасників у вкладенні.</div><div><br></div>"
         "<div>-- <br>Секретаріат Громадської ради при облдержадміністрації<br>Антоненко Віра</div></div>")
    plain = ("Добрий день!\n\nВеб-ресурс «Чернігівська громада» запрацював 26 листопада 2012 року: громадська рада наповнила "
             "розділи «Новини громади», «Документи ради» та «Консультації», на ньому вже зареєстровано 37 громадських "
             "організацій; модерацію здійснює секретаріат ради.\n\nІнтернет-форум на базі ресурсу планується.\n\n"
             "Громадське обговорення виконання плану заходів проведемо 20 грудня, програма та попередній список учасників "
             "у вкладенні.\n\n-- \nСекретаріат Громадської ради при облдержадміністрації\nАнтоненко Віра\n")
    # Gmail puts the quote first here because the writer moved her cursor below it
    plain = ("10 грудня 2012 р. 11:02 Управління внутрішньої політики <uvp@cg.ukrtel.net> пише:\n\n" + q(circ) + "\n\n" + plain)
    prog = html("<h3 align=\"center\">ПРОГРАМА<br>громадського обговорення виконання плану заходів «Відкритий уряд»</h3>"
                "<p>20 грудня 2012 року, 11.00, мала зала облдержадміністрації</p>"
                + table(["Час", "Питання", "Доповідач"], [["11.00", "Відкриття", "Голова Громадської ради"],
                                                           ["11.10", "Про хід виконання плану заходів", "Начальник УВП"],
                                                           ["11.40", "Обговорення", "Учасники"],
                                                           ["12.30", "Ухвалення рекомендацій", ""]]))
    d = office("bp05_prog", "doc", prog)
    lst = office("bp05_list", "xls", csv([["Попередній список учасників"], ["№", "ПІБ", "Організація"],
                                           ["1", "Коваленко О.М.", "ГО «Громадський контроль»"],
                                           ["2", "Лисенко В.П.", "Чернігівська обласна організація «Просвіта»"],
                                           ["3", "Ярошенко Т.І.", "ГО «Молодь Чернігівщини»"],
                                           ["4", "Шевчук А.А.", "Спілка ветеранів Афганістану"]]))
    alt = multipart("alternative", [text(plain, charset="utf-8", cte="quoted-printable"),
                                    text(h, subtype="html", charset="utf-8", cte="quoted-printable")], "047d7b6d8e2a3c4f5a04d0a8c1e2")
    m = multipart("mixed", [alt, attach("Програма громадських слухань.doc", d, style="b"),
                            attach("Список учасників.xls", lst, style="b")], "047d7b6d8e2a3c4f6b04d0a8c1e4")
    return envelope(name("Громадська рада", "gromrada@example.gov.ua"), "Re: Інформація щодо пп. 3, 4, 15",
                    kyiv(2012, 12, 10, 17, 26, 13), "CAF3mXq1pZ7v0Kd9R8nT2wYbQe4sLhJ@mail.gmail.com", m)

# ------------------------------------------------------------------------------- not_report
KEY = {"class": "not_report", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An invitation with a text/calendar .ics and the round table's programme attached; it names public discussion of a draft programme (measure 9's subject) but reports nothing done.",
       "items": []}
@mail("nr01_korop_invitation_ics")
def _():
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART;TZID=\"FLE Standard Time\":20130620T100000\nDTEND;TZID=\"FLE Standard Time\":20130620T130000\n"
           "SUMMARY:Круглий стіл: обговорення проекту Програми розвитку культури Коропщини\n"
           "LOCATION:смт Короп\\, вул. Шевченка\\, 9\\, зала засідань РДА\nUID:040000008200E00074C5B7101A82E0080000000020A6B1\n"
           "ORGANIZER:MAILTO:rda-korop@example.gov.ua\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:MAILTO:uvp@cg.ukrtel.net\n"
           "DTSTAMP:20130605T081512Z\nEND:VEVENT\nEND:VCALENDAR\n")
    prog = html("<h3 align=\"center\">ПРОГРАМА круглого столу<br>«Обговорення проекту Програми розвитку культури Коропського району на 2013–2015 роки»</h3>"
                "<p>20 червня 2013 року, 10.00</p><p>1. Вступне слово – заступник голови РДА.<br>2. Презентація проекту програми – "
                "начальник відділу культури.<br>3. Виступи членів громадської ради при РДА.<br>4. Обговорення, пропозиції.</p>")
    d = office("nr01_prog", "doc", prog)
    t = ("Шановні колеги!\n\nКоропська райдержадміністрація запрошує представника управління взяти участь у круглому столі "
         "з обговорення проекту Програми розвитку культури району за участю членів громадської ради, який відбудеться "
         "20 червня 2013 року о 10.00 у залі засідань РДА. Програма додається.\n\nПросимо підтвердити участь до 18.06.2013.\n\n"
         "З повагою\nвідділ організаційної роботи Коропської РДА\n")
    cal = ("Content-Type: text/calendar; method=REQUEST; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n"
           "Content-Disposition: attachment; filename=\"invite.ics\"\n\n" + base64.encodebytes(ics.replace("\n", "\r\n").encode()).decode())
    m = multipart("mixed", [text(t, charset="windows-1251", cte="quoted-printable"), cal,
                            attach("Програма круглого столу.doc", d, style="b", charset="windows-1251")],
                  "----=_NextPart_000_0045_01CE61C9.7E3F0A20")
    return envelope(name("Коропська РДА", "rda-korop@example.gov.ua", "windows-1251"), "Запрошення на круглий стіл 20.06.2013",
                    kyiv(2013, 6, 5, 11, 15, 12), "004501ce61c9$7e3f0a20$7abd1e60$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook 12.0\nContent-Class: urn:content-classes:calendarmessage")


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A question whether measures 2 and 8 must be reported at all, with a premise about the collegium inside the question; the attachment «вих 02-17-2214.pdf» is a scan of the department's own circular they ask about.",
       "items": []}
@mail("nr02_ekolohiia_question")
def _():
    circ = html("<p>УПРАВЛІННЯ З ПИТАНЬ ВНУТРІШНЬОЇ ПОЛІТИКИ ТА ЗВ'ЯЗКІВ З ГРОМАДСЬКІСТЮ ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</p>"
                "<p>24.05.2013 № 02-17/2214</p><p>Керівникам структурних підрозділів облдержадміністрації</p>"
                "<p>Відповідно до пункту 16 плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
                "в області просимо до 15 червня 2013 року надати інформацію про хід виконання плану на адресу uvp@cg.ukrtel.net.</p>"
                "<p>Начальник управління &nbsp;&nbsp; І.В. Соловей</p>")
    p = office("nr02_circ", "pdf", circ)
    t = ("Доброго дня!\n\nНа ваш лист від 24.05.2013 № 02-17/2214 (копія додається) маємо питання: чи потрібно подавати "
         "інформацію щодо п. 2 та п. 8 плану? Рубрики по цільових програмах на сайті ОДА веде економіка, а колегія в нашому "
         "управлінні не утворена, тож вводити до неї голову комітету громадської ради немає куди. Чи достатньо буде "
         "вказати «не стосується»?\n\nДякую.\nПономаренко Світлана, провідний спеціаліст\nуправління екології та природних ресурсів\n")
    m = multipart("mixed", [text(t, charset="koi8-u", cte="8bit"), attach("вих 02-17-2214.pdf", p, style="b", charset="koi8-u")],
                  "=-=-=_bat_5517_1370934511")
    return envelope(name("Пономаренко Світлана", "ekolohiia@example.gov.ua", "koi8-u"), "питання щодо пп. 2, 8",
                    kyiv(2013, 6, 11, 10, 8, 31), "1921844571.20130611100831@example.gov.ua", m, charset="koi8-u",
                    extra="X-Mailer: The Bat! (v5.0.36) Home")


KEY = {"class": "not_report", "executor": "su-simia", "period": 3, "late": True,
       "kind": "not_report", "reason": "extension_request",
       "note": "A late request for more time that lists measures 1, 6, 7, 9, 12 it promises to report, with the signed letter attached as a PDF; no work is stated.",
       "items": []}
@mail("nr03_simia_extension")
def _():
    letter = html(paras("УПРАВЛІННЯ У СПРАВАХ СІМ'Ї, МОЛОДІ ТА СПОРТУ ЧЕРНІГІВСЬКОЇ ОБЛДЕРЖАДМІНІСТРАЦІЇ",
                        "16.12.2013 № 04-11/1893", "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
                        "У зв'язку з проведенням 12–15 грудня обласних змагань та перебуванням відповідальних працівників "
                        "у відрядженні просимо продовжити термін подання інформації про виконання пунктів 1, 6, 7, 9, 12 плану "
                        "заходів з підвищення рівня відкритості та прозорості до 20 грудня 2013 року.",
                        "Начальник управління &nbsp;&nbsp; В.О. Кравець"))
    p = office("nr03_letter", "pdf", letter)
    t = ("Шановні колеги! Направляємо лист щодо продовження терміну подання інформації (у вкладенні). "
         "Інформацію по пунктах 1, 6, 7, 9, 12 надамо до 20.12.2013.\nЗ повагою, сектор молодіжної політики\n")
    m = multipart("mixed", [text(t, charset="utf-8", cte="base64"),
                            attach("лист 04-11-1893.pdf", p, style="b")], "Apple-Mail=_7F3C2E1A-5B4D-4C6E-9A8B-0D1E2F3A4B5C")
    return envelope(name("УСМС ОДА", "simia@example.gov.ua"), "Продовження терміну",
                    kyiv(2013, 12, 16, 10, 2, 59), "7F3C2E1A-5B4D-4C6E-9A8B-0D1E2F3A4B5C@example.gov.ua", m,
                    extra="X-Mailer: Apple Mail (2.1499)")


KEY = {"class": "not_report", "executor": "rda-shchors", "period": 1, "late": False,
       "kind": "not_report", "reason": "thanks",
       "note": "Russian thanks in koi8-r for the methodological guide (measure 14's subject) and the seminar; it tells what the department did, not what the district did.",
       "items": []}
@mail("nr04_shchors_thanks")
def _():
    t = ("Уважаемые коллеги!\n\nЩорсская райгосадминистрация благодарит управление за присланные методические пособия "
         "по использованию инструментов политики содействия развитию гражданского общества и за проведенный 15 ноября "
         "семинар. Пособия переданы в отделы РГА и в сельские советы.\n\nС уважением,\nзам. председателя РГА Гавриленко С.П.\n")
    body = text(t, charset="koi8-r", cte="8bit")
    return envelope(name("Щорсская РГА", "rda-shchors@example.gov.ua", "koi8-r"), "Благодарность",
                    kyiv(2012, 11, 20, 14, 33, 5), "000c01cdc72f$9b0e4c20$0201a8c0@shchors", body, charset="koi8-r",
                    extra="X-Mailer: Microsoft Outlook Express 6.00.2900.5931\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6109\nX-Priority: 3")


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "An announcement of seminars to come with the schedule and the list of nominated participants attached; the schedule names measure 13's subject but lists future dates only.",
       "items": []}
@mail("nr05_cppk_announcement")
def _():
    sched = [["ГРАФІК проведення навчальних семінарів з питань проведення консультацій з громадськістю (лютий 2013 р.)"],
             ["№ з/п", "Дата", "Категорія слухачів", "Місце"],
             ["1", "26.02.2013", "Заступники керівників структурних підрозділів ОДА", "ауд. 204"],
             ["2", "27.02.2013", "Спеціалісти РДА, відповідальні за консультації", "ауд. 204"],
             ["3", "28.02.2013", "Спеціалісти структурних підрозділів ОДА", "ауд. 311"]]
    x = office("nr05_sched", "xls", csv(sched))
    lst = html("<p>Список слухачів, делегованих на семінар 26.02.2013</p>"
               + table(["№", "ПІБ", "Посада"], [["1", "Гончар І.В.", "заступник начальника управління освіти і науки"],
                                                ["2", "Мороз Л.С.", "заступник начальника управління культури і туризму"],
                                                ["3", "Ткач О.П.", "заступник начальника ГУ економіки"]]))
    d = office("nr05_list", "doc", lst)
    t = ("Повідомляємо, що 26–28 лютого 2013 року в Центрі відбудуться навчальні семінари щодо використання інструментів "
         "політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів та "
         "спеціалістів, які організовують консультації з громадськістю. Графік та список слухачів додаються.\n\n"
         "Центр перепідготовки та підвищення кваліфікації\n")
    m = multipart("mixed", [text(t, charset="windows-1251", cte="base64"),
                            attach("Графік семінарів.xls", x, style="2231", charset="windows-1251"),
                            attach("Список слухачів.doc", d, style="2231", charset="windows-1251")],
                  "----=_NextPart_000_0001_01CE0F2A.6C3E1B50")
    return envelope("cppk@example.gov.ua", "Семінари 26-28.02.2013", kyiv(2013, 2, 20, 8, 47, 20),
                    "CDO.0001.01CE0F2A6C3E1B50@cppk.example.gov.ua", m, charset="windows-1251", smode="Q",
                    extra="X-Mailer: Microsoft CDO for Windows 2000\nContent-Class: urn:content-classes:message")

# ----------------------------------------------------------------------------------- ranges
KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "«Додаток 2.xls» with «6–9» answered as one block (8 counted though a district does not owe it) and «10, 12» with a bare «не проводились»; the covering PDF lists sheets and an outgoing number.",
       "items": [{"measure": 1, "source": "Додаток 2.xls"}, {"measure": 6, "source": "Додаток 2.xls"},
                 {"measure": 7, "source": "Додаток 2.xls"}, {"measure": 8, "source": "Додаток 2.xls"},
                 {"measure": 9, "source": "Додаток 2.xls"}]}
@mail("rg01_kozelets_block_6_9")
def _():
    rows = [["Додаток 2 до листа РДА від 13.12.2012 № 03-26/4410"], ["№ пункту плану", "Інформація про виконання"],
            ["1", "Сайт райдержадміністрації переведено на нову платформу, створено розділи «Відкритий уряд» і «Громадська рада»; "
                  "оновлено телефонний довідник."],
            ["6–9", "Проведено 3 засідання громадської ради при РДА, на яких обговорено проекти районних програм «Питна вода» "
                    "та «Молодь Козелеччини»; до складу районної комісії з питань техногенно-екологічної безпеки включено "
                    "2 членів громадської ради; 21.11.2012 проведено громадські слухання щодо тарифів на вивезення ТПВ (48 учасників)."],
            ["10, 12", "не проводились"], ["16", "інформація надається"]]
    x = office("rg01_tab", "xls", csv(rows))
    cover = html(paras("КОЗЕЛЕЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "13.12.2012 № 03-26/4410",
                       "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
                       "Надсилаємо інформацію про виконання пунктів 1, 6–10, 12 плану заходів «Відкритий уряд».",
                       "Додатки: 1. Супровідний лист на 1 арк. 2. Інформація на 2 арк.",
                       "Голова райдержадміністрації &nbsp;&nbsp; О.М. Сидоренко"))
    p = office("rg01_cover", "pdf", cover)
    t = ("Добрий день! Надсилаємо інформацію Козелецької РДА (лист від 13.12.2012 № 03-26/4410 та додаток 2).\n"
         "Сектор з питань внутрішньої політики, тел. 2-15-06\n")
    m = multipart("mixed", [text(t, charset="windows-1251", cte="quoted-printable"),
                            attach("Супровідний 03-26-4410.pdf", p, style="b", charset="windows-1251"),
                            attach("Додаток 2.xls", x, style="b", charset="windows-1251")],
                  "----=_NextPart_000_0007_01CDD918.4C1D2E30")
    return envelope(name("Козелецька РДА", "rda-kozelets@example.gov.ua", "windows-1251"), "Відкритий уряд - Козелецька РДА",
                    kyiv(2012, 12, 13, 15, 7, 45), "000701cdd918$4c1d2e30$e4578b90$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Outlook 14.0\nContent-Language: uk")


KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "«zvit_p6.doc» is the whole report, not measure 6: «п.п. 1, 2» and «пп. 6-9» answered as blocks, «п. 12» stating no expertise; the body's «пп. 6-9, 12 у вкладенні» is a pointer and the attached order has its own points.",
       "items": [{"measure": 1, "source": "zvit_p6.doc"}, {"measure": 2, "source": "zvit_p6.doc"},
                 {"measure": 6, "source": "zvit_p6.doc"}, {"measure": 7, "source": "zvit_p6.doc"},
                 {"measure": 8, "source": "zvit_p6.doc"}, {"measure": 9, "source": "zvit_p6.doc"},
                 {"measure": 12, "source": "zvit_p6.doc"}]}
@mail("rg02_osvita_zvit_p6")
def _():
    doc = html("<p><b>Інформація управління освіти і науки облдержадміністрації (І півріччя 2013 року)</b></p>"
               + paras("п.п. 1, 2 – на офіційному сайті управління оновлено розділ «Публічна інформація»; до рубрики «Хід виконання "
                       "цільових програм» на сайті облдержадміністрації направлено звіт про виконання програми «Шкільний автобус» за 2012 рік.",
                       "пп. 6-9 – проведено 4 консультації з громадськістю (зокрема щодо оптимізації мережі сільських шкіл), "
                       "до складу колегії управління введено голову комітету з гуманітарних питань громадської ради, "
                       "проект Програми оздоровлення дітей на 2013 рік обговорено з членами громадської ради.",
                       "п. 12 – громадських антикорупційних експертиз проектів наказів у звітному періоді не проводилось, запитів не надходило.",
                       "Заступник начальника управління &nbsp;&nbsp; Г.І. Марченко"))
    d = office("rg02_zvit", "doc", doc)
    order = html("<p align=\"center\">УПРАВЛІННЯ ОСВІТИ І НАУКИ<br>НАКАЗ</p><p>14.03.2013 № 312</p>"
                 "<p><b>Про організацію виконання плану заходів щодо відкритості діяльності</b></p>"
                 "<p>1. Призначити відповідальною за узагальнення інформації заступника начальника управління Марченко Г.І.</p>"
                 "<p>2. Керівникам відділів до 5 червня та 5 грудня подавати матеріали відповідальній особі.</p>"
                 "<p>3. Контроль за виконанням наказу залишаю за собою.</p><p>Начальник управління &nbsp; О.І. Коваль</p>")
    d2 = office("rg02_order", "doc", order)
    t = ("Інформація щодо виконання пп. 6-9, 12 та пп. 1, 2 плану «Відкритий уряд» у вкладенні, копія наказу №312 додається.\n\n"
         "-- \nГ. Марченко\nУправління освіти і науки Чернігівської ОДА\n")
    m = multipart("mixed", [text(t, charset="utf-8", cte="quoted-printable"),
                            attach("zvit_p6.doc", d, style="ascii"), attach("Наказ 312.doc", d2, style="2231")],
                  "------------000908070605040302010009")
    return envelope(name("Марченко Г.І.", "osvita@example.gov.ua"), "Відкритий уряд",
                    kyiv(2013, 6, 13, 16, 55, 8), "51B9D0F8.3000705@example.gov.ua", m,
                    extra="User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:17.0) Gecko/20130328 Thunderbird/17.0.5")


KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Surzhyk plain body in koi8-u with «по пунктам 1 и 6» and «з 7 по 9» as blocks and «п. 10 – не стосується» and a bare «П. 12 - не було»; «захід 9 інформація.docx» really is measure 9's detail; years and counts sit near the numbers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 9, "source": "захід 9 інформація.docx"}]}
@mail("rg03_horodnia_po_punktam")
def _():
    t = ("Інформація Городнянської РДА за ІІ півріччя 2013 року.\n\n"
         "По пунктам 1 и 6 - на сайті РДА працює рубрика \"Консультації з громадськістю\", в ній за півріччя розміщено "
         "5 повідомлень про проведення консультацій; проведено 5 консультацій з громадськістю, з них 2 громадські слухання "
         "(бюджет району на 2014 рік, схема планування с. Тупичів).\n\n"
         "З 7 по 9 - члени громадської ради (11 чол.) залучені до роботи колегії РДА та 3 дорадчих органів, з їх участю "
         "обговорено 4 проекти розпоряджень голови РДА, детальніше в файлі по заходу 9.\n\n"
         "П. 10 - не стосується.\n\nП. 12 - не було.\n\n"
         "Спец. сектору внутрішньої політики Шульга В.\n")
    doc = html("<p><b>Інформація щодо залучення членів громадської ради до обговорення проектів розпоряджень (захід 9)</b></p>"
               + table(["№", "Проект розпорядження", "Дата обговорення", "Пропозицій/враховано"],
                       [["1", "Про районну програму розвитку фізкультури і спорту на 2014–2016 рр.", "17.09.2013", "4/3"],
                        ["2", "Про затвердження тарифів на послуги лазні КП «Городня-комунсервіс»", "03.10.2013", "2/1"],
                        ["3", "Про план благоустрою населених пунктів на 2014 рік", "29.10.2013", "6/4"],
                        ["4", "Про районну програму «Турбота» на 2014 рік", "21.11.2013", "3/3"]]))
    d = office("rg03_m9", "docx", doc)
    m = multipart("mixed", [text(t, charset="koi8-u", cte="8bit"),
                            attach("захід 9 інформація.docx", d, style="b", charset="koi8-u")],
                  "----=_NextPart_000_000B_01CEF4E2.3A5B6C70")
    return envelope(name("Городнянська РДА", "rda-horodnia@example.gov.ua", "koi8-u"), "Інф. Городнянської РДА",
                    kyiv(2013, 12, 11, 11, 26, 37), "000b01cef4e2$3a5b6c70$0a00a8c0@horodnia", m, charset="koi8-u",
                    extra="X-Mailer: Microsoft Outlook Express 6.00.2900.5512\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512")


KEY = {"class": "ranges", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own report from its registered box, as .docx and .pdf, with «п.п. 3, 4», «пункти 11 і 13» as blocks (3 counted though its term has passed) and «п. 14»; dates, a year range and a sheet count sit beside them.",
       "items": [{"measure": 3, "source": "Інформація УВП І кв 2013.docx"}, {"measure": 3, "source": "Інформація УВП І кв 2013.pdf"},
                 {"measure": 4, "source": "Інформація УВП І кв 2013.docx"}, {"measure": 4, "source": "Інформація УВП І кв 2013.pdf"},
                 {"measure": 11, "source": "Інформація УВП І кв 2013.docx"}, {"measure": 11, "source": "Інформація УВП І кв 2013.pdf"},
                 {"measure": 13, "source": "Інформація УВП І кв 2013.docx"}, {"measure": 13, "source": "Інформація УВП І кв 2013.pdf"},
                 {"measure": 14, "source": "Інформація УВП І кв 2013.docx"}, {"measure": 14, "source": "Інформація УВП І кв 2013.pdf"}]}
@mail("rg04_uvp_docx_pdf")
def _():
    doc = html("<p><b>Інформація управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
               "про виконання плану заходів (І квартал 2013 року)</b></p>"
               + paras("п.п. 3, 4 – веб-ресурс «Чернігівська громада» працює з 26.11.2012, на його базі 15.02.2013 відкрито "
                       "Інтернет-форум з 6 тематичними розділами; зареєстровано 212 користувачів.",
                       "пункти 11 і 13 – 21.03.2013 проведено День відкритих дверей управління для студентів та журналістів "
                       "(32 учасники); спільно з Центром перепідготовки 26–28.02.2013 проведено 3 навчальні семінари "
                       "для 74 працівників, відповідальних за консультації з громадськістю.",
                       "п. 14 – методичний посібник «Консультації з громадськістю: інструменти та практика» (2012–2013 рр., "
                       "48 с., тираж 300 прим.) розіслано до всіх структурних підрозділів та РДА.",
                       "Начальник управління &nbsp;&nbsp; І.В. Соловей"))
    d = office("rg04_rep", "docx", doc)
    p = office("rg04_rep", "pdf", doc)
    t = ("Направляємо інформацію управління за І квартал 2013 року (на 2 арк.) для узагальнення.\n\nсектор аналітики УВП\n")
    m = multipart("mixed", [text(t, charset="utf-8", cte="base64"),
                            attach("Інформація УВП І кв 2013.docx", d, style="2231"),
                            attach("Інформація УВП І кв 2013.pdf", p, style="2231")],
                  "=_alternative 003C1F2AC2257B3A_=")
    return envelope(name("УВП ОДА", "uvp-info@example.gov.ua"), "Інформація УВП за І квартал 2013",
                    kyiv(2013, 3, 28, 14, 40, 2), "OFA1B2C3D4.E5F60718-ONC2257B3A.003C1F2A@example.gov.ua", m,
                    extra="X-Mailer: Lotus Notes Release 8.5.3 September 15, 2011")


KEY = {"class": "ranges", "executor": "rda-varva", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Word HTML body whose «п.п. 1, 6 – 9, 12 – див. додаток» is a pointer while its second paragraph reports measure 10 with a document number; the .rtf annex answers «1, 6 – 7» and «9, 12» as blocks.",
       "items": [{"measure": 1, "source": "Додаток.rtf"}, {"measure": 6, "source": "Додаток.rtf"},
                 {"measure": 7, "source": "Додаток.rtf"}, {"measure": 9, "source": "Додаток.rtf"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "Додаток.rtf"}]}
@mail("rg05_varva_word_html")
def _():
    doc = html("<p>Додаток до листа Варвинської РДА</p>"
               + table(["Пункти плану", "Стан виконання"],
                       [["1, 6 – 7", "На сайті РДА створено розділ «Консультації з громадськістю», де розміщено орієнтовний план "
                                     "консультацій на 2013 рік; проведено 2 громадські слухання; до складу районної ради з питань "
                                     "безпечної життєдіяльності включено голову ГО «Варвинщина-2012»."],
                        ["9, 12", "Проект Програми розвитку земельних відносин обговорено з членами громадської ради при РДА; "
                                  "ГО «Варвинщина-2012» проведено антикорупційну експертизу 2 проектів розпоряджень, зауваження враховано."]]))
    r = office("rg05_dod", "rtf", doc)
    h = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
         "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"><meta name=Generator content=\"Microsoft Word 12 (filtered medium)\">"
         "<style><!-- p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:\"Times New Roman\"} --></style></head>"
         "<body lang=UK><div class=WordSection1>"
         "<p class=MsoNormal>Інформація щодо виконання п.п. 1, 6 – 9, 12 – див. додаток.<o:p></o:p></p>"
         "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<p class=MsoNormal>Крім того, на виконання п. 10 громадській раді при райдержадміністрації рекомендовано створити робочу "
         "групу з питань відкритості та прозорості (лист від 03.12.2012 № 01-08/1733); робочу групу у складі 4 осіб утворено "
         "рішенням ради 10.12.2012.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<p class=MsoNormal>Керуючий справами апарату РДА Л.В. Пилипенко<o:p></o:p></p></div></body></html>")
    plain = ("Інформація щодо виконання п.п. 1, 6 – 9, 12 – див. додаток.\n\nКрім того, на виконання п. 10 громадській раді при "
             "райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості (лист від 03.12.2012 "
             "№ 01-08/1733); робочу групу у складі 4 осіб утворено рішенням ради 10.12.2012.\n\nКеруючий справами апарату РДА Л.В. Пилипенко\n")
    alt = multipart("alternative", [text(plain, charset="windows-1251", cte="quoted-printable"),
                                    text(h, subtype="html", charset="windows-1251", cte="quoted-printable")],
                    "----=_NextPart_001_0013_01CDDD11.0E1F2A30")
    m = multipart("mixed", [alt, attach("Додаток.rtf", r, style="b", charset="windows-1251")], "----=_NextPart_000_0012_01CDDD11.0E1F2A30")
    return envelope(name("Варвинська РДА", "rda-varva@example.gov.ua", "windows-1251"), "Інформація Варвинської РДА (Відкритий уряд)",
                    kyiv(2012, 12, 18, 9, 31, 57), "001201cddd11$0e1f2a30$2a5e7f90$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook 12.0\nContent-Language: uk")

# ------------------------------------------------------------------------------------ prose
KEY = {"class": "prose", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt letter without plan numbers: the site, tariff hearings and the collegium in the unit's own words, with a passing mention of the site inside the hearings paragraph; the photo report is captions only.",
       "items": [{"measure": 1, "source": "Інформація УЖКГ.odt"}, {"measure": 6, "source": "Інформація УЖКГ.odt"},
                 {"measure": 8, "source": "Інформація УЖКГ.odt"}]}
@mail("pr01_zhkh_odt_photo")
def _():
    doc = html(paras("Управління житлово-комунального господарства облдержадміністрації інформує.",
                     "Офіційну веб-сторінку управління перенесено на портал облдержадміністрації, розділи «Тарифи», "
                     "«Регуляторна діяльність» та «Звернення громадян» наповнено відповідно до Закону України «Про доступ до "
                     "публічної інформації»; щомісяця оновлюється довідник підприємств галузі.",
                     "Протягом січня–травня в районах області за участі управління проведено 9 громадських слухань щодо "
                     "встановлення тарифів на теплопостачання та водовідведення; оголошення про них заздалегідь "
                     "розміщувались на сайті та в районних газетах. Найбільше пропозицій надійшло в Ніжині та Прилуках.",
                     "Голову комітету з питань ЖКГ Громадської ради при облдержадміністрації П. Литвина введено до складу "
                     "колегії управління; у квітні він взяв участь у засіданні колегії щодо підсумків опалювального сезону.",
                     "Начальник управління &nbsp;&nbsp; В.М. Гриценко"))
    o = office("pr01_rep", "odt", doc)
    photo = html("<h3>Фотозвіт</h3><p>[фото]<br>Громадські слухання у м. Ніжин, 14.03.2013</p>"
                 "<p>[фото]<br>Виступ директора КП «Ніжинтеплокомуненерго»</p><p>[фото]<br>Засідання колегії, 25.04.2013</p>")
    p = office("pr01_photo", "pdf", photo)
    t = ("Добрий день!\nНадсилаємо інформацію про виконання плану заходів «Відкритий уряд» та фотозвіт.\n"
         "Відправлено з Opera Mail\n")
    m = multipart("mixed", [text(t, charset="utf-8", cte="8bit"), attach("Інформація УЖКГ.odt", o, style="b"),
                            attach("фото_слухання.pdf", p, style="b")], "----------6LBe0Q3Hmhoy7K9pQ2Z4cd")
    return envelope("zhkh@example.gov.ua", "Відкритий уряд — УЖКГ", kyiv(2013, 6, 14, 10, 2, 15), "op.wyhq8hx1o4x2l1@zhkh-pc", m,
                    extra="User-Agent: Opera Mail/12.15 (Win32)")


KEY = {"class": "prose", "executor": "rda-ichnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The same prose letter as .doc and as a .pdf copy, each its own source; one paragraph covers consultations and the council's discussion of a draft programme, another a public expertise.",
       "items": [{"measure": 6, "source": "Ічнянська РДА.doc"}, {"measure": 6, "source": "Ічнянська РДА.pdf"},
                 {"measure": 9, "source": "Ічнянська РДА.doc"}, {"measure": 9, "source": "Ічнянська РДА.pdf"},
                 {"measure": 12, "source": "Ічнянська РДА.doc"}, {"measure": 12, "source": "Ічнянська РДА.pdf"}]}
@mail("pr02_ichnia_doc_pdf")
def _():
    doc = html(paras("ІЧНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ", "12.12.2013 № 01-21/3306",
                     "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
                     "Райдержадміністрація у другому півріччі продовжувала практику відкритих зустрічей з громадою: "
                     "у вересні–листопаді відбулися зустрічі з мешканцями 8 сільських рад, а проект Програми "
                     "соціально-економічного розвитку району на 2014 рік перед розглядом сесією обговорено з членами "
                     "громадської ради, які подали 11 пропозицій.",
                     "Громадська організація «Ічнянська правова ініціатива» провела громадську експертизу діяльності "
                     "відділу державної реєстрації; за її пропозиціями змінено графік прийому громадян.",
                     "Голова райдержадміністрації &nbsp;&nbsp; М.Т. Бурлака"))
    d = office("pr02_rep", "doc", doc)
    p = office("pr02_rep", "pdf", doc)
    t = ("Інформацію Ічнянської РДА направляємо (Word та скан-копія PDF).\n")
    m = multipart("mixed", [text(t, charset="windows-1251", cte="8bit"),
                            attach("Ічнянська РДА.doc", d, style="q", charset="windows-1251"),
                            attach("Ічнянська РДА.pdf", p, style="q", charset="windows-1251")],
                  "----=_Part_2981_1140732513.1386847512338")
    return envelope("rda-ichnia@example.gov.ua", "Ічнянська РДА - інформація", kyiv(2013, 12, 12, 13, 25, 12),
                    "1386847512338.2981.rda-ichnia@example.gov.ua", m, charset="windows-1251", smode="Q",
                    extra="X-Mailer: Microsoft Windows Live Mail 15.4.3555.308")


KEY = {"class": "prose", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A plain body in 8-bit windows-1251 that itself reports the site and advisory bodies while the .rtf reports hearings and an anti-corruption expertise; no plan numbers anywhere; sent late in the evening of the deadline.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "Інформація.rtf"},
                 {"measure": 7, "source": "body"}, {"measure": 12, "source": "Інформація.rtf"}]}
@mail("pr03_mena_body_and_rtf")
def _():
    t = ("Добрий вечір!\n\nКоротко від себе: сайт РДА у травні повністю оновлено – додано розділи «Бюджет», «Публічна "
         "інформація», «Громадська рада», всі розпорядження голови за 2013 рік розміщено. До складу районної "
         "координаційної ради з питань протидії ВІЛ/СНІДу та ради з питань підприємництва включено по два представники "
         "громадських організацій, зокрема голову громадської ради Головко О.\n\n"
         "Решта – у вкладеному файлі (громадські слухання та експертиза).\n\nЗ повагою, Іваненко Т.\nМенська РДА\n")
    doc = html(paras("Інформація Менської районної державної адміністрації",
                     "У квітні–червні 2013 року проведено громадські слухання щодо проекту генерального плану м. Мена "
                     "(52 учасники) та щодо встановлення тарифів на водопостачання (37 учасників).",
                     "ГО «Менщина без корупції» здійснено громадську антикорупційну експертизу проекту розпорядження "
                     "«Про порядок надання в оренду майна спільної власності»; 2 з 3 пропозицій враховано."))
    r = office("pr03_rtf", "rtf", doc)
    m = multipart("mixed", [text(t, charset="windows-1251", cte="8bit"),
                            attach("Інформація.rtf", r, style="b", charset="windows-1251")],
                  "------------=_1371327005-7541-12")
    return envelope(name("Іваненко Тетяна", "rda-mena@example.gov.ua", "windows-1251"), "інф по відкритому уряду",
                    kyiv(2013, 6, 15, 23, 10, 5), "20130615231005.7541@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Outlook Express 6.00.2900.2180")


KEY = {"class": "prose", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An HTML-only letter from the regional coordinator on the public discussion of the plan's implementation; «Чернігівська громада» appears only as the place where the resolution was published; the event's programme and the participants' list are annexes.",
       "items": [{"measure": 15, "source": "body"}]}
@mail("pr04_ogp_html_annexes")
def _():
    h = ("<html><head><meta charset=\"utf-8\"></head><body><p>Шановні колеги!</p>"
         "<p>Повідомляю, що 22 листопада 2013 року в Чернігівському обласному молодіжному центрі відбулося публічне "
         "обговорення того, як в області виконується план заходів з підвищення відкритості влади: представники 19 "
         "громадських організацій, депутати та працівники райдержадміністрацій заслухали звіт управління і висловили "
         "27 зауважень. Підсумкову резолюцію оприлюднено на веб-ресурсі «Чернігівська громада».</p>"
         "<p>Програма заходу і реєстр учасників додаються.</p>"
         "<p>З повагою<br>Олександр Дмитренко<br>регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області</p></body></html>")
    prog = html("<h3>ПРОГРАМА</h3><p>публічного обговорення, 22.11.2013</p>"
                + table(["Час", "Питання"], [["14.00", "Реєстрація"], ["14.15", "Звіт про виконання плану"],
                                             ["15.00", "Виступи громадськості"], ["16.00", "Резолюція"]]))
    p = office("pr04_prog", "pdf", prog)
    x = office("pr04_list", "xlsx", csv([["№", "Учасник", "Організація"], ["1", "Бондаренко І.", "ГО «Відкрите місто»"],
                                          ["2", "Кузьменко Д.", "Чернігівський прес-клуб"], ["3", "Олійник Н.", "ГО «Жіноча громада»"]]))
    m = multipart("mixed", [text(h, subtype="html", charset="utf-8", cte="quoted-printable"),
                            attach("Програма обговорення.pdf", p, style="b"), attach("Реєстр учасників.xlsx", x, style="b")],
                  "Apple-Mail=_0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0")
    return envelope(name("Олександр Дмитренко", "ogp-coordinator@example.org.ua"), "Обговорення виконання плану 22.11",
                    kyiv(2013, 11, 28, 19, 44, 30), "0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0@example.org.ua", m,
                    extra="X-Mailer: Apple Mail (2.1510)")


KEY = {"class": "prose", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "An older .docx and a corrected one in the same mail; the body says to use the corrected one, which has headings naming the site, the rubric of target programmes and the collegium in the unit's own words.",
       "items": [{"measure": 1, "source": "Інформація ГУАПР (уточнена).docx"}, {"measure": 2, "source": "Інформація ГУАПР (уточнена).docx"},
                 {"measure": 8, "source": "Інформація ГУАПР (уточнена).docx"}]}
@mail("pr05_apk_old_and_corrected")
def _():
    site = ("<p><b>Веб-сайт управління</b></p><p>Сайт головного управління наповнено відповідно до вимог постанови КМУ № 3: "
            "створено розділи «Державна підтримка», «Регуляторні акти», «Доступ до публічної інформації».</p>")
    rub = ("<p><b>Цільові програми</b></p><p>Для рубрики «Хід виконання цільових програм» на офіційному сайті облдержадміністрації "
           "підготовлено та направлено інформацію про виконання програми розвитку молочного скотарства за 9 місяців 2012 року.</p>")
    kol = ("<p><b>Колегія</b></p><p>Наказом від 19.11.2012 № 208 до складу колегії головного управління введено голову "
           "комітету з питань АПК Громадської ради при облдержадміністрації Ю. Самойленка.</p>")
    old = office("pr05_old", "docx", html("<p>Інформація ГУАПР</p>" + site + rub))
    new = office("pr05_new", "docx", html("<p>Інформація ГУАПР (уточнена)</p>" + site + rub + kol))
    t = ("Доброго дня!\nНадсилаємо два файли: перший варіант направили помилково без розділу про колегію – "
         "просимо враховувати уточнений.\nПушкар О.В., ГУАПР\n")
    m = multipart("mixed", [text(t, charset="utf-8", cte="quoted-printable"),
                            attach("Інформація ГУАПР.docx", old, style="2231"),
                            attach("Інформація ГУАПР (уточнена).docx", new, style="2231")],
                  "_002_5E8A4C6B2D1F3A90example_")
    return envelope(name("Пушкар Олена", "apk@example.gov.ua"), "Інформація ГУАПР",
                    kyiv(2012, 12, 14, 11, 58, 41), "5E8A4C6B2D1F3A90@EXCH01.example.gov.ua", m,
                    extra="X-Mailer: Microsoft Outlook 14.0\nThread-Topic: " + enc2047("Інформація ГУАПР") + "\nContent-Language: uk-UA")

# -------------------------------------------------------------------------- foreign_numbers
KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A sheet with a running «№ з/п» 1–5 beside the real «№ пункту плану» column (1, 6, 7, 9, 12; 7 is «-»); the covering letter numbers its enclosures and the attached order has points of its own.",
       "items": [{"measure": 1, "source": "Інформація УПСЗН.xls"}, {"measure": 6, "source": "Інформація УПСЗН.xls"},
                 {"measure": 9, "source": "Інформація УПСЗН.xls"}, {"measure": 12, "source": "Інформація УПСЗН.xls"}]}
@mail("fn01_sotszakhyst_zp_column")
def _():
    rows = [["№ з/п", "№ пункту плану", "Інформація про виконання"],
            ["1", "1", "На веб-сайті управління створено розділ «Соціальні стандарти», розміщено порядок призначення 14 видів допомог."],
            ["2", "6", "Проведено 3 консультації з громадськістю щодо проекту обласної програми «Турбота» (опитування 420 осіб)."],
            ["3", "7", "-"],
            ["4", "9", "Проект обласної програми соціальної підтримки ветеранів війни на 2013–2015 рр. обговорено з членами громадської ради 20.11.2012."],
            ["5", "12", "Громадською радою проведено експертизу діяльності управління щодо надання пільг; розроблено план з 5 заходів."]]
    x = office("fn01_tab", "xls", csv(rows))
    cover = html(paras("УПРАВЛІННЯ ПРАЦІ ТА СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ОБЛДЕРЖАДМІНІСТРАЦІЇ", "10.12.2012 № 05-14/3317",
                       "Надаємо інформацію про виконання плану заходів «Відкритий уряд».",
                       "Додатки: 1. Інформація на 2 арк. 2. Копія наказу від 01.10.2012 № 188 на 1 арк.",
                       "Начальник управління &nbsp;&nbsp; Н.П. Лазаренко"))
    c = office("fn01_cover", "doc", cover)
    order = html("<p align=\"center\">НАКАЗ</p><p>01.10.2012 № 188</p><p><b>Про організацію виконання плану заходів</b></p>"
                 "<p>1. Визначити відповідальним за виконання плану заступника начальника управління.</p>"
                 "<p>6. Відділу інформаційно-аналітичної роботи щокварталу узагальнювати матеріали.</p>"
                 "<p>7. Контроль за виконанням наказу залишаю за собою.</p>")
    p = office("fn01_order", "pdf", order)
    t = "Надсилаємо супровідний лист, інформацію та копію наказу.\n"
    m = multipart("mixed", [text(t, charset="windows-1251", cte="quoted-printable"),
                            attach("Супровідний лист № 05-14-3317.doc", c, style="b", charset="windows-1251"),
                            attach("Інформація УПСЗН.xls", x, style="b", charset="windows-1251"),
                            attach("Наказ 188.pdf", p, style="b", charset="windows-1251")],
                  "----=_NextPart_000_0031_01CDD6F3.5E7F8A90")
    return envelope(name("УПСЗН ОДА", "sotszakhyst@example.gov.ua", "windows-1251"), "Інформація УПСЗН",
                    kyiv(2012, 12, 11, 9, 14, 50), "003101cdd6f3$5e7f8a90$1b7e9fb0$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "foreign_numbers", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A letter numbered 1., 2., 3. with sub-items «1)», «а)»; the «3.» paragraph is about advisory bodies (7), not measure 3; «Додаток 2.doc» lists the consultations held with a running number column.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 6, "source": "Додаток 2.doc"},
                 {"measure": 7, "source": "body"}]}
@mail("fn02_koriukivka_own_numbering")
def _():
    t = ("Корюківська районна державна адміністрація інформує про виконання плану заходів за І півріччя 2013 року.\n\n"
         "1. На офіційному веб-сайті РДА:\n   1) створено розділ «Громадська рада»;\n   2) оновлено розділ «Доступ до "
         "публічної інформації», розміщено 36 розпоряджень голови.\n\n"
         "2. Проведено 3 консультації з громадськістю у формі:\n   а) громадських слухань щодо проекту бюджету (1);\n"
         "   б) зустрічей з жителями сіл Перелюб і Сядринo (2). Перелік – у додатку 2.\n\n"
         "3. До складу дорадчо-консультативних органів при РДА (рада з питань АПК, комісія з питань евакуації) "
         "включено 3 представників громадських організацій.\n\n"
         "Заступник голови РДА О.М. Куц\n")
    doc = html("<p>Додаток 2</p><p>Перелік консультацій з громадськістю, проведених у І півріччі 2013 р.</p>"
               + table(["№ з/п", "Тема", "Форма", "Дата", "Учасників"],
                       [["1", "Проект районного бюджету на 2013 рік (зміни)", "громадські слухання", "14.03.2013", "46"],
                        ["2", "Ремонт мосту через р. Бреч", "зустріч з жителями с. Перелюб", "19.04.2013", "31"],
                        ["3", "Відкриття амбулаторії", "зустріч з жителями с. Сядрине", "23.05.2013", "27"]]))
    d = office("fn02_dod", "doc", doc)
    m = multipart("mixed", [text(t, charset="utf-8", cte="base64"), attach("Додаток 2.doc", d, style="b")],
                  "b1_6c2f4e9a1d3b5c7e8f0a1b2c3d4e5f6a")
    return envelope(name("Корюківська РДА", "rda-koriukivka@example.gov.ua"), "Інформація Корюківської РДА",
                    kyiv(2013, 6, 11, 14, 20, 9), "6c2f4e9a1d3b5c7e8f0a1b2c3d4e5f6a@mail.example.gov.ua", m,
                    extra="User-Agent: Roundcube Webmail/0.9.0")


KEY = {"class": "foreign_numbers", "executor": "su-ekonomika", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A .docx keyed to the unit's own plan numbering «1.1», «2.3», «3.2», whose subjects are the site, consultations and discussion of draft programmes; the covering PDF is named by its outgoing number «вих 02-17-2214».",
       "items": [{"measure": 1, "source": "Звіт ГУЕ.docx"}, {"measure": 6, "source": "Звіт ГУЕ.docx"},
                 {"measure": 9, "source": "Звіт ГУЕ.docx"}]}
@mail("fn03_ekonomika_own_plan")
def _():
    doc = html("<p><b>Звіт про виконання Плану заходів головного управління економіки щодо відкритості (ІІ півріччя 2013 р.)</b></p>"
               + table(["Пункт плану ГУЕ", "Захід", "Виконання"],
                       [["1.1", "Оновлення веб-сторінки", "Веб-сторінку ГУЕ наповнено звітами про виконання програми "
                                                          "соціально-економічного розвитку за 9 місяців 2013 р.; створено розділ «Інвестиційні проекти»."],
                        ["2.3", "Консультації з громадськістю", "Проведено 2 консультації (громадське обговорення проекту "
                                                                "Програми економічного і соціального розвитку на 2014 рік, опитування підприємців)."],
                        ["3.2", "Участь громадської ради", "Проект Програми на 2014 рік розглянуто на засіданні комітету "
                                                           "економічного розвитку Громадської ради 18.11.2013 (12 пропозицій, враховано 8)."]]))
    d = office("fn03_rep", "docx", doc)
    cover = html(paras("ГОЛОВНЕ УПРАВЛІННЯ ЕКОНОМІКИ", "вих. № 02-17/2214 від 13.12.2013",
                       "Надаємо звіт про виконання плану заходів на 2 арк.", "Начальник ГУЕ &nbsp; С.М. Бабич"))
    p = office("fn03_cover", "pdf", cover)
    t = "Добрий день. Направляємо звіт ГУЕ, супровідний лист вих 02-17/2214.\n"
    m = multipart("mixed", [text(t, charset="utf-8", cte="quoted-printable"),
                            attach("вих 02-17-2214.pdf", p, style="q"), attach("Звіт ГУЕ.docx", d, style="q")],
                  "----=_Part_118_20131213101500")
    return envelope("ekonomika@example.gov.ua", "звіт ГУЕ", kyiv(2013, 12, 13, 10, 15, 0), "20131213101500.118@example.gov.ua", m,
                    extra="X-Mailer: Zimbra 7.2.2_GA_2852 (ZimbraWebClient - FF3.0 (Win)/7.2.2_GA_2852)")


KEY = {"class": "foreign_numbers", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A Russian sheet where the running «№ п/п» 1–6 stands beside the «Пункт плана» column; rows 9 «—» and 12 bare «не проводились»; counts in the text; the attached district order has its own points.",
       "items": [{"measure": 1, "source": "Информация Нежинской РГА.xls"}, {"measure": 6, "source": "Информация Нежинской РГА.xls"},
                 {"measure": 7, "source": "Информация Нежинской РГА.xls"}, {"measure": 10, "source": "Информация Нежинской РГА.xls"}]}
@mail("fn04_nizhyn_russian_sheet")
def _():
    rows = [["№ п/п", "Пункт плана", "Информация о выполнении"],
            ["1", "1", "На сайте РГА создан раздел «Открытое правительство», размещено 12 материалов."],
            ["2", "6", "Проведены общественные слушания по проекту схемы планировки района (63 участника)."],
            ["3", "7", "В состав районной комиссии по вопросам ТЭБ и ЧС включено 2 члена общественного совета."],
            ["4", "9", "—"],
            ["5", "10", "Общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости; "
                        "группа из 5 человек создана 15.04.2013."],
            ["6", "12", "не проводились"]]
    x = office("fn04_tab", "xls", csv(rows))
    order = html("<p align=\"center\">РОЗПОРЯДЖЕННЯ голови Ніжинської райдержадміністрації</p><p>02.04.2013 № 142</p>"
                 "<p>1. Затвердити склад районної комісії з питань ТЕБ і НС (додається).</p>"
                 "<p>2. Визнати таким, що втратило чинність, розпорядження від 12.01.2011 № 9.</p>"
                 "<p>3. Контроль залишаю за собою.</p>")
    d = office("fn04_order", "doc", order)
    t = "Добрый день, информация Нежинской РГА и копия распоряжения № 142.\nОтдел организационной работы\n"
    m = multipart("mixed", [text(t, charset="koi8-r", cte="8bit"),
                            attach("Информация Нежинской РГА.xls", x, style="b", charset="koi8-r"),
                            attach("Розпорядження_РДА_№ 142.doc", d, style="2231")],
                  "------------050607080900010203040506")
    return envelope(name("Нежинская РГА", "rda-nizhyn@example.gov.ua", "koi8-r"), "Информация Нежинской РГА",
                    kyiv(2013, 6, 14, 8, 58, 22), "51BAB0BE.5060708@example.gov.ua", m, charset="koi8-r",
                    extra="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2")


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The centre reports measure 13 with seminars listed as «1)», «2)», «3)» and a letter number and date from the department's request; the participants' list and the programme attached are annexes.",
       "items": [{"measure": 13, "source": "body"}]}
@mail("fn05_cppk_seminars")
def _():
    t = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "На Ваш лист від 05.11.2012 № 02-17/1987 повідомляємо, що на виконання п. 13 плану заходів Центром "
         "проведено навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства:\n"
         "1) 14.11.2012 – для заступників керівників структурних підрозділів облдержадміністрації (23 особи);\n"
         "2) 21.11.2012 – для спеціалістів РДА, які організовують консультації з громадськістю (41 особа);\n"
         "3) 28.11.2012 – для спеціалістів структурних підрозділів (19 осіб).\n"
         "Всього навчено 83 особи. Список слухачів та програма семінару додаються.\n\nДиректор Центру В.С. Мирошниченко\n")
    x = office("fn05_list", "xls", csv([["№", "ПІБ", "Установа", "Дата"], ["1", "Головко Н.М.", "Бахмацька РДА", "21.11.2012"],
                                         ["2", "Сич Р.В.", "Борзнянська РДА", "21.11.2012"], ["3", "Лук'яненко О.П.", "УОЗ ОДА", "14.11.2012"]]))
    d = office("fn05_prog", "doc", html("<h3>Програма семінару</h3><p>1. Нормативна база консультацій (постанова КМУ № 996).</p>"
                                        "<p>2. Форми консультацій: слухання, опитування, круглі столи.</p><p>3. Практичне заняття.</p>"))
    m = multipart("mixed", [text(t, charset="windows-1251", cte="quoted-printable"),
                            attach("Список слухачів семінарів.xls", x, style="b", charset="windows-1251"),
                            attach("Програма семінару.doc", d, style="b", charset="windows-1251")],
                  "----=_NextPart_000_0004_01CDD452.3F1E2D10")
    return envelope(name("ЦППК", "cppk@example.gov.ua", "windows-1251"), "Про проведення семінарів (п. 13)",
                    kyiv(2012, 12, 7, 12, 3, 27), "000401cdd452$3f1e2d10$bd5b8730$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook 12.0")

# ------------------------------------------------------------------------- personal_address
KEY = {"class": "personal_address", "executor": "rda-bobrovytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a gmail box on the deadline's evening; the district is named only in the signature in the genitive, the addressee УВП in the greeting; the report comes as .doc and .pdf.",
       "items": [{"measure": 1, "source": "Інформація Бобровицької РДА.doc"}, {"measure": 1, "source": "Інформація Бобровицької РДА.pdf"},
                 {"measure": 6, "source": "Інформація Бобровицької РДА.doc"}, {"measure": 6, "source": "Інформація Бобровицької РДА.pdf"},
                 {"measure": 9, "source": "Інформація Бобровицької РДА.doc"}, {"measure": 9, "source": "Інформація Бобровицької РДА.pdf"}]}
@mail("pa01_bobrovytsia_gmail")
def _():
    doc = html("<p><b>Інформація про виконання плану заходів «Відкритий уряд»</b></p>"
               + table(["№", "Інформація"], [["1", "На сайті РДА створено рубрику «Громадська рада», оновлено контакти відділів."],
                                             ["6", "Проведено громадські слухання щодо проекту районного бюджету на 2013 рік (06.12.2012)."],
                                             ["9", "Проект програми «Питна вода Бобровиччини» обговорено з членами громадської ради."]]))
    d = office("pa01_rep", "doc", doc)
    p = office("pa01_rep", "pdf", doc)
    t = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "Добрий вечір! Надсилаю інформацію з особистої скриньки, бо в райдержадміністрації з обіду не працює інтернет. "
         "Файл у Word і PDF.\n\nз повагою,\nЛюдмила Карпенко\nголовний спеціаліст відділу організаційної роботи та "
         "внутрішньої політики апарату Бобровицької райдержадміністрації\n")
    h = "<div dir=\"ltr\">" + t.replace("\n", "<br>") + "</div>"
    alt = multipart("alternative", [text(t, charset="utf-8", cte="base64"), text(h, subtype="html", charset="utf-8", cte="base64")],
                    "f46d04426b8c1a9e3404d0ed1a2b")
    m = multipart("mixed", [alt, attach("Інформація Бобровицької РДА.doc", d, style="b"),
                            attach("Інформація Бобровицької РДА.pdf", p, style="b")], "f46d04426b8c1aa14f04d0ed1a2d")
    return envelope(name("Людмила Карпенко", "karpenko.lyuda75@gmail.com"), "інформація", kyiv(2012, 12, 15, 21, 40, 11),
                    "CAKp7Tq9vY4xWm2sR0bN3eJ8dF1gH5zL@mail.gmail.com", m, received_from="mail-wg0-f53.google.com")


KEY = {"class": "personal_address", "executor": "su-arkhiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An ukr.net box whose body says only «див. вкладення» and a signature naming the State archive; «Додаток 2.xls» answers 1, 6, 12 while 7 and 9 are «-» and «х».",
       "items": [{"measure": 1, "source": "Додаток 2.xls"}, {"measure": 6, "source": "Додаток 2.xls"},
                 {"measure": 12, "source": "Додаток 2.xls"}]}
@mail("pa02_arkhiv_ukrnet")
def _():
    rows = [["Додаток 2"], ["№ пункту", "Стан виконання"],
            ["1", "На веб-сайті Держархіву розміщено путівник по фондах та графік роботи читального залу, оновлено розділ «Публічна інформація»."],
            ["6", "Проведено опитування користувачів читального залу щодо якості обслуговування (86 анкет)."],
            ["7", "-"], ["9", "х"],
            ["12", "Громадською організацією «Сіверська спадщина» проведено громадську експертизу діяльності архіву щодо "
                   "доступу до документів; 3 пропозиції включено до плану роботи."]]
    x = office("pa02_tab", "xls", csv(rows))
    t = "див. вкладення\n\n--\nЗ повагою, Руденко Алла\nДержавний архів Чернігівської області\n"
    m = multipart("mixed", [text(t, charset="utf-8", cte="base64"), attach("Додаток 2.xls", x, style="b")],
                  "----NextPart_1371042611_ukrnet")
    return envelope(name("Алла Руденко", "alla_rudenko@ukr.net"), "Держархів", kyiv(2013, 6, 12, 16, 10, 11),
                    "1371042611.883211.1427@frv33.ukr.net", m, received_from="frv33.ukr.net",
                    extra="X-Mailer: FREEMAIL.UKR.NET")


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from another office's registered box (capital construction) by the urban-planning department, named only in the body and the signature in the genitive; its participants' list is an annex.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("pa03_mistobuduvannia_borrowed")
def _():
    t = ("Шановні колеги!\n\nНадсилаємо з поштової скриньки управління капітального будівництва, оскільки наша скринька "
         "переповнена.\n\nУправління містобудування та архітектури облдержадміністрації інформує: на веб-сторінці "
         "управління розміщено містобудівну документацію 14 населених пунктів та реєстр містобудівних умов і обмежень; "
         "проект Програми розроблення схем планування територій районів на 2014–2016 роки 05.11.2013 обговорено на "
         "засіданні комітету громадської ради, пропозиції членів ради враховано. Перелік учасників засідання додається.\n\n"
         "Заступник начальника управління містобудування та архітектури облдержадміністрації\nС.І. Гордієнко\n")
    d = office("pa03_list", "doc", html("<p>Перелік учасників засідання 05.11.2013</p>"
                                        + table(["№", "ПІБ", "Організація"], [["1", "Тимошенко Р.", "Спілка архітекторів"],
                                                                              ["2", "Бабенко Л.", "ГО «Зелене місто»"]])))
    m = multipart("mixed", [text(t, charset="windows-1251", cte="quoted-printable"),
                            attach("учасники 05.11.doc", d, style="b", charset="windows-1251")],
                  "----=_NextPart_000_0017_01CEF246.1C2D3E40")
    return envelope(name("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251"), "Інформація управління містобудування",
                    kyiv(2013, 12, 9, 14, 4, 33), "001701cef246$1c2d3e40$56879ab0$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "personal_address", "executor": "rda-semenivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "An i.ua box, late, the district named in the oblique case; beside this half-year's report it attaches the first half-year's report sent in June «для довідки», which is not counted again.",
       "items": [{"measure": 1, "source": "zvit_2_pivr.doc"}, {"measure": 6, "source": "zvit_2_pivr.doc"},
                 {"measure": 10, "source": "zvit_2_pivr.doc"}]}
@mail("pa04_semenivka_iua_two_periods")
def _():
    cur = html("<p>Інформація Семенівської райдержадміністрації за ІІ півріччя 2013 р.</p>"
               + paras("1. Сайт РДА: створено розділ «Звернення громадян», розміщено звіт голови РДА.",
                       "6. Проведено громадські слухання щодо проекту бюджету району на 2014 рік (11.12.2013).",
                       "10. Громадською радою при РДА створено робочу групу з питань відкритості та прозорості (рішення від 24.10.2013)."))
    old = html("<p>Інформація Семенівської райдержадміністрації за І півріччя 2013 р.</p>"
               + paras("1. На сайті оновлено структуру.", "6. Проведено 2 зустрічі з жителями сіл.",
                       "7. До складу ради з питань підприємництва включено голову ГО «Семенівщина»."))
    a = office("pa04_cur", "doc", cur)
    b = office("pa04_old", "doc", old)
    t = ("Доброго дня. Вибачте за затримку, в РДА не працює пошта.\nНадсилаю інформацію Семенівської РДА за ІІ півріччя "
         "(zvit_2_pivr), а також звіт за І півріччя, який ми надсилали 14.06 - для довідки.\n"
         "Мироненко Н., сектор внутрішньої політики Семенівської райдержадміністрації\n")
    m = multipart("mixed", [text(t, charset="windows-1251", cte="base64"),
                            attach("zvit_2_pivr.doc", a, style="ascii"), attach("zvit_1_pivr.doc", b, style="ascii")],
                  "--iua-1387275006-2417")
    return envelope("nata.myronenko@i.ua", "zvit", kyiv(2013, 12, 17, 12, 10, 6), "1387275006.2417.nata.myronenko@i.ua", m,
                    received_from="mx.i.ua", extra="X-Mailer: I.UA Mail")


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A meta.ua box; the body itself reports the advisory council's new members while the .docx reports the site and consultations; the service is named in the genitive in the signature.",
       "items": [{"measure": 1, "source": "Інформація ССД.docx"}, {"measure": 6, "source": "Інформація ССД.docx"},
                 {"measure": 7, "source": "body"}]}
@mail("pa05_sluzhba_ditei_metaua")
def _():
    doc = html(paras("Інформація служби у справах дітей облдержадміністрації (І півріччя 2013 року)",
                     "На веб-сторінці служби розміщено реєстр дітей, які потребують влаштування в сім'ю (знеособлений), "
                     "та порядок усиновлення; сторінку оновлено 11 разів.",
                     "Проведено консультації з громадськістю щодо проекту обласної програми підтримки сімейних форм "
                     "виховання (круглий стіл 16.05.2013, 29 учасників)."))
    d = office("pa05_rep", "docx", doc)
    t = ("Шановне управління!\nДодатково до файлу повідомляю, що до складу Координаційної ради з питань захисту прав дітей "
         "при облдержадміністрації у квітні введено двох членів громадської ради — представників ГО «Надія дітям» "
         "та «Батьківська хата».\n\nЖурба Катерина, головний спеціаліст Служби у справах дітей облдержадміністрації\n")
    m = multipart("mixed", [text(t, charset="koi8-u", cte="quoted-printable"), attach("Інформація ССД.docx", d, style="2231", charset="koi8-u")],
                  "----META-MAIL-5ff2a3b1c9d4")
    return envelope(name("Катерина Журба", "k.zhurba@meta.ua", "koi8-u"), "Служба у справах дітей - відкритий уряд",
                    kyiv(2013, 6, 13, 12, 44, 0), "5ff2a3b1c9d4.1371116640@meta.ua", m, charset="koi8-u",
                    received_from="mail.meta.ua", extra="X-Mailer: META.UA Mail")

# ------------------------------------------------------------------------------------ mixed
KEY = {"class": "mixed", "executor": "su-kapbud", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The housing unit forwards, as an attached message/rfc822, the capital construction unit's report that its own box could not send; the report is capital construction's, and its sheet inside the forwarded message is the source.",
       "items": [{"measure": 1, "source": "Інформація УКБ.xls"}, {"measure": 2, "source": "Інформація УКБ.xls"},
                 {"measure": 8, "source": "Інформація УКБ.xls"}]}
@mail("mx01_zhkh_forwards_kapbud")
def _():
    rows = [["Інформація управління капітального будівництва облдержадміністрації"], ["№ п/п", "Інформація"],
            ["1", "Веб-сторінку управління наповнено переліком об'єктів будівництва 2012 року з кошторисною вартістю."],
            ["2", "До рубрики «Хід виконання цільових програм» направлено звіт про виконання програми будівництва доступного житла."],
            ["6", "х"],
            ["8", "Голову комітету з питань будівництва Громадської ради введено до складу колегії управління (наказ від 12.11.2012 № 94)."]]
    x = office("mx01_tab", "xls", csv(rows))
    inner_body = multipart("mixed", [text("Інформація УКБ у вкладенні.\nВідділ економічного аналізу УКБ\n", charset="windows-1251", cte="quoted-printable"),
                                      attach("Інформація УКБ.xls", x, style="b", charset="windows-1251")],
                           "----=_NextPart_000_0002_01CDD9E0.11223340")
    inner = ("From: " + name("УКБ ОДА", "kapbud@example.gov.ua", "windows-1251") + "\nTo: uvp@cg.ukrtel.net\nSubject: "
             + enc2047("Інформація УКБ (Відкритий уряд)", "windows-1251") + "\nDate: " + fmt(kyiv(2012, 12, 13, 16, 40, 0))
             + "\nMessage-ID: <000201cdd9e0$11223340$44556670$@example.gov.ua>\nMIME-Version: 1.0\nX-Mailer: Microsoft Office Outlook 12.0\n" + inner_body)
    t = ("Доброго дня!\nПересилаємо на прохання управління капітального будівництва їхню інформацію – з їхньої скриньки "
         "лист не відправляється (повертається).\nУправління ЖКГ, загальний відділ\n")
    m = multipart("mixed", [text(t, charset="windows-1251", cte="quoted-printable"), rfc822(inner)],
                  "----=_NextPart_000_0009_01CDDA0B.22334450")
    return envelope(name("УЖКГ ОДА", "zhkh@example.gov.ua", "windows-1251"), "FW: Інформація УКБ (Відкритий уряд)",
                    kyiv(2012, 12, 14, 9, 2, 31), "000901cdda0b$22334450$66778890$@example.gov.ua", m, charset="windows-1251",
                    extra="X-Mailer: Microsoft Office Outlook 12.0")


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A supplement above the district's own earlier report forwarded inline from the same box: only the new measure 12 counts (body and its detail in «zvit_p12.doc»); the quoted 1 and 6 were counted when they came.",
       "items": [{"measure": 12, "source": "body"}, {"measure": 12, "source": "zvit_p12.doc"}]}
@mail("mx02_chernihiv_supplement")
def _():
    old = ("Інформація Чернігівської РДА за І півріччя 2013 р.\n\nп. 1 – сайт РДА оновлено, створено розділ «Громадська рада».\n"
           "п. 6 – проведено 4 зустрічі з жителями сіл району.\n\nСектор внутрішньої політики\n")
    t = ("Доповнення до інформації від 12.06.2013:\n\nп. 12 – громадською організацією «Чернігівський правозахисний центр» "
         "проведено громадську антикорупційну експертизу проекту розпорядження про порядок передачі земель в оренду; "
         "висновок розглянуто, 4 пропозиції враховано (детально у вкладенні).\n\nСектор внутрішньої політики Чернігівської РДА\n\n"
         "-------- Original Message --------\nSubject: Інформація Чернігівської РДА\nDate: Wed, 12 Jun 2013 10:21:44 +0300\n"
         "From: Чернігівська РДА <rda-chernihiv@example.gov.ua>\nTo: uvp@cg.ukrtel.net\n\n" + old)
    d = office("mx02_p12", "doc", html("<p>Інформація щодо громадської антикорупційної експертизи</p>"
                                       + paras("ГО «Чернігівський правозахисний центр» 20.05.2013 подано висновок громадської "
                                               "антикорупційної експертизи проекту розпорядження «Про порядок передачі земель в оренду».",
                                               "За результатами експертизи до проекту внесено 4 зміни; розпорядження видано 10.06.2013 № 233.")))
    m = multipart("mixed", [text(t, charset="utf-8", cte="8bit"), attach("zvit_p12.doc", d, style="ascii")],
                  "------------020304050607080900010203")
    return envelope(name("Чернігівська РДА", "rda-chernihiv@example.gov.ua"), "Fwd: Інформація Чернігівської РДА (доповнення)",
                    kyiv(2013, 6, 14, 11, 36, 50), "51BAD5CA.2030405@example.gov.ua", m,
                    extra="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")


KEY = {"class": "mixed", "executor": "rda-kulykivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML with an inline logo (multipart/related) whose text reports 6 and 9 while the .xlsx reports 1, 7, 10 (12 is «-»); the district council's information forwarded along is not this office's report.",
       "items": [{"measure": 1, "source": "Інформація Куликівської РДА.xlsx"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "Інформація Куликівської РДА.xlsx"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "Інформація Куликівської РДА.xlsx"}]}
@mail("mx03_kulykivka_inline_image")
def _():
    x = office("mx03_tab", "xlsx", csv([["Пункт", "Виконання"],
                                        ["1", "На сайті РДА розміщено 28 проектів розпоряджень для обговорення, створено розділ «Бюджет для громадян»."],
                                        ["7", "До складу районної ради з питань освіти включено 2 представників батьківських комітетів."],
                                        ["10", "Громадській раді при РДА рекомендовано утворити комісію з питань відкритості та прозорості; комісію утворено 12.09.2013."],
                                        ["12", "-"]]))
    rr = office("mx03_rr", "doc", html("<p>Куликівська районна рада</p><p>Інформація про відкритість роботи районної ради</p>"
                                       "<p>Проведено 3 сесії, трансляцію засідань розміщено на сайті районної ради; депутати провели 14 прийомів громадян.</p>"))
    logo = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    h = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"></head>"
         "<body lang=UK><div class=WordSection1><p class=MsoNormal><img width=60 height=60 src=\"cid:image001.png@01CEF5A3.2B1C0D90\"></p>"
         "<p class=MsoNormal>Шановні колеги!</p><p class=MsoNormal>Куликівська райдержадміністрація у вересні–листопаді провела "
         "консультації з громадськістю щодо оптимізації мережі шкіл (громадські слухання в смт Куликівка та 3 селах), "
         "а проект районної програми «Шкільний автобус» на 2014–2015 роки обговорено з членами громадської ради при РДА.</p>"
         "<p class=MsoNormal>Інші пункти – у таблиці. Інформацію районної ради пересилаємо на їх прохання.</p>"
         "<p class=MsoNormal>Головний спеціаліст апарату РДА Ж.В. Назаренко</p></div></body></html>")
    plain = ("Шановні колеги!\nКуликівська райдержадміністрація у вересні–листопаді провела консультації з громадськістю щодо "
             "оптимізації мережі шкіл (громадські слухання в смт Куликівка та 3 селах), а проект районної програми «Шкільний "
             "автобус» на 2014–2015 роки обговорено з членами громадської ради при РДА.\nІнші пункти – у таблиці. Інформацію "
             "районної ради пересилаємо на їх прохання.\nГоловний спеціаліст апарату РДА Ж.В. Назаренко\n")
    img = ("Content-Type: image/png; name=\"image001.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <image001.png@01CEF5A3.2B1C0D90>\n"
           "Content-Disposition: inline; filename=\"image001.png\"\n\n" + base64.encodebytes(logo).decode())
    alt = multipart("alternative", [text(plain, charset="utf-8", cte="quoted-printable"),
                                    text(h, subtype="html", charset="utf-8", cte="quoted-printable")], "----=_NextPart_002_0031_01CEF5A3.2B1C0D90")
    rel = multipart("related", [alt, img], "----=_NextPart_001_0030_01CEF5A3.2B1C0D90")
    m = multipart("mixed", [rel, attach("Інформація Куликівської РДА.xlsx", x, style="b"),
                            attach("Інформація районної ради.doc", rr, style="b")], "----=_NextPart_000_002F_01CEF5A3.2B1C0D90")
    return envelope(name("Назаренко Жанна", "rda-kulykivka@example.gov.ua"), "Відкритий уряд - Куликівська РДА",
                    kyiv(2013, 12, 10, 15, 51, 3), "002f01cef5a3$2b1c0d90$81547eb0$@example.gov.ua", m,
                    extra="X-Mailer: Microsoft Outlook 14.0\nContent-Language: uk")


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The HTML body is windows-1251 bytes under a header that says iso-8859-1 (its meta says windows-1251) and reports advisory bodies; «Додаток 2.ods» (RFC 2231 name with continuations) answers 1, 6, 9, 12; the covering PDF lists papers.",
       "items": [{"measure": 1, "source": "Додаток 2.ods"}, {"measure": 6, "source": "Додаток 2.ods"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "Додаток 2.ods"},
                 {"measure": 12, "source": "Додаток 2.ods"}]}
@mail("mx04_borzna_mislabelled")
def _():
    o = office("mx04_tab", "ods", csv([["Додаток 2"], ["№ п/п", "Інформація"],
                                       ["1", "Сайт РДА наповнюється відповідно до постанови КМУ № 3, створено розділ «Громадське обговорення»."],
                                       ["6", "15.11.2012 проведено громадські слухання щодо проекту бюджету району (55 учасників)."],
                                       ["9", "Проект програми розвитку агропромислового комплексу обговорено на засіданні громадської ради 28.11.2012."],
                                       ["12", "Громадською організацією «Борзна-Відкрита» проведено експертизу роботи ЦНАП, пропозиції реалізуються."]]))
    p = office("mx04_cover", "pdf", html(paras("БОРЗНЯНСЬКА РАЙДЕРЖАДМІНІСТРАЦІЯ", "14.12.2012 № 02-09/1509",
                                               "Надаємо інформацію про виконання плану заходів. Додаток 2 на 2 арк.",
                                               "Голова РДА &nbsp; В.А. Міщенко")))
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
         "<p>Добрий день!</p><p>До листа № 02-09/1509 та додатку 2 додаємо: до складу районної ради з питань соціального "
         "захисту та координаційної ради з питань молоді при РДА включено представників 3 громадських організацій.</p>"
         "<p>Оліфіренко Г., Борзнянська РДА</p></body></html>")
    m = multipart("mixed", [text(h, subtype="html", charset="windows-1251", cte="quoted-printable", declared="iso-8859-1"),
                            attach("Лист-супровід.pdf", p, style="2231"), attach("Додаток 2.ods", o, style="2231")],
                  "=_b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7")
    return envelope("rda-borzna@example.gov.ua", "Відкритий уряд", kyiv(2012, 12, 15, 12, 18, 40),
                    "b2c3d4e5f6a7b8c9@webmail.example.gov.ua", m, extra="User-Agent: SquirrelMail/1.4.22")


KEY = {"class": "mixed", "executor": "gromrada", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From an iPhone: the note itself reports the public discussion of the plan (15), this year's .docx reports the forum (4) and a commission on openness (10, counted though not owed); last year's report attached by mistake is disowned in the note.",
       "items": [{"measure": 4, "source": "Звіт ГР 2013.docx"}, {"measure": 10, "source": "Звіт ГР 2013.docx"},
                 {"measure": 15, "source": "body"}]}
@mail("mx05_gromrada_iphone_wrong_year")
def _():
    y13 = office("mx05_2013", "docx", html(paras("Звіт Громадської ради при облдержадміністрації за 2013 рік",
                                                  "Інтернет-форум на веб-ресурсі «Чернігівська громада» працює з лютого; створено 41 тему, "
                                                  "модератори – члени ради.",
                                                  "У складі ради утворено комісію з питань відкритості та прозорості діяльності органів влади (7 членів).")))
    y12 = office("mx05_2012", "docx", html(paras("Звіт Громадської ради за 2012 рік",
                                                  "Створено веб-ресурс «Чернігівська громада»; проведено 6 засідань ради.")))
    t = ("Добрий день. 5 грудня Громадська рада провела громадське обговорення виконання плану заходів «Відкритий уряд» "
         "(42 учасники, резолюцію надіслано до ОДА). Звіт ради у вкладенні. Файл за 2012 рік потрапив випадково – не враховуйте.\n\n"
         "Голова Громадської ради при ОДА В. Ковальчук\n\nНадіслано з iPhone\n")
    m = multipart("mixed", [text(t, charset="utf-8", cte="quoted-printable"),
                            attach("Звіт ГР 2013.docx", y13, style="b"), attach("Звіт ГР 2012.docx", y12, style="b")],
                  "Apple-Mail-6A7B8C9D-0E1F-2A3B-4C5D-6E7F8A9B0C1D")
    return envelope(name("Громадська рада", "gromrada@example.gov.ua"), "Звіт ради", kyiv(2013, 12, 12, 18, 22, 7),
                    "6A7B8C9D-0E1F-2A3B-4C5D-6E7F8A9B0C1D@example.gov.ua", m, extra="X-Mailer: iPhone Mail (11B554a)")


# ============================================================================== build & check
def period_of(local_date):
    prev = PLANDATA["plan"]["approved"]
    for i, dl in enumerate(DEADLINES):
        if local_date <= dl:
            return (i + 1, False) if local_date >= prev else (None, False)
        if local_date <= dl + dt.timedelta(days=GRACE):
            return i + 1, True
        prev = dl
    return None, False


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1") if all(ord(c) < 256 for c in s) else None


def to_bytes(s):
    # headers are ASCII; 8bit bodies were decoded as latin-1 by body_enc, so latin-1 restores their bytes
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")


def filenames(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn and part.get_content_type() not in ("image/png",):
            names.append(str(fn))
    return names


def check(fname, key, raw):
    errs = []
    pre = fname[:2]
    if CLASSES.get(pre) != key["class"]:
        errs.append("class %r does not match prefix %r" % (key["class"], pre))
    if key["executor"] not in EXEC_IDS:
        errs.append("unknown executor %r" % key["executor"])
    items = key["items"]
    pairs = [(i["measure"], i["source"]) for i in items]
    if pairs != sorted(set(pairs)):
        errs.append("items not sorted/unique")
    if any(not (1 <= m <= 15) for m, _ in pairs):
        errs.append("measure out of 1-15")
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or items or key["class"] != "not_report":
            errs.append("not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None or not items:
        errs.append("report needs items and reason null")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    date = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(KYIV)
    per, late = period_of(date.date())
    if (per, late) != (key["period"], key["late"]):
        errs.append("period/late %r/%r but Date gives %r/%r" % (key["period"], key["late"], per, late))
    rcv = email.utils.parsedate_to_datetime(msg.get_all("Received")[0].split(";")[-1].strip()).astimezone(KYIV)
    if not (0 < (rcv - date).total_seconds() < 60 and rcv.date() == date.date()):
        errs.append("Received not a few seconds after Date on the same day")
    if msg["To"].addresses[0].addr_spec != MAILBOX:
        errs.append("To is not the mailbox")
    frm = msg["From"].addresses[0].addr_spec.lower()
    if frm.split("@")[1].startswith("example.") and not any(frm in [a.lower() for a in v] for v in EXEC_MAIL.values()):
        errs.append("registered-looking sender %s not in plan.toml" % frm)
    names = filenames(msg)
    for _, src in pairs:
        if src != "body" and src not in names:
            errs.append("source %r not among attachments %r" % (src, names))
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        errs.append("line ends are not CRLF")
    return errs, names


def main():
    os.makedirs(SRC, exist_ok=True)
    built = [(f, k, b()) for f, k, b in REG]
    if MISSING:
        print("converting %d attachments with soffice …" % len(MISSING))
        convert_missing()
        MISSING.clear()
        CHANGED_SEEN.clear()
        built = [(f, k, b()) for f, k, b in REG]
        if MISSING:
            sys.exit("conversion failed for %r" % MISSING)
    fails = 0
    seen = set()
    for fname, key, s in built:
        raw = to_bytes(s)
        errs, names = check(fname, key, raw)
        if fname in seen:
            errs.append("duplicate file name")
        seen.add(fname)
        with open(os.path.join(HERE, fname + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        for e in errs:
            print("%s: %s" % (fname, e))
        fails += bool(errs)
    # attachment files: size and PDF text layer
    for fn in sorted(os.listdir(ATT)):
        path = os.path.join(ATT, fn)
        if os.path.isdir(path):
            continue
        if os.path.getsize(path) >= 60 * 1024:
            print("attachment %s is 60 KB or more" % fn); fails += 1
        if fn.endswith(".pdf"):
            try:
                out = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout
                if len(out.strip()) < 20:
                    print("%s has no text layer" % fn); fails += 1
            except FileNotFoundError:
                pass
    counts = {}
    for fname, key, _ in built:
        counts[fname[:2]] = counts.get(fname[:2], 0) + 1
    covered = {i["measure"] for _, k, _ in built for i in k["items"]}
    if len(built) != 40 or any(v != 5 for v in counts.values()) or len(counts) != 8:
        print("need 40 mails, 5 per class: %r" % counts); fails += 1
    if covered != set(range(1, 16)):
        print("measures never reported: %r" % sorted(set(range(1, 16)) - covered)); fails += 1
    print("%d mails written, %d with problems" % (len(built), fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
