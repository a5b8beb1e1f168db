#!/usr/bin/env python3
"""Build the «tongue» corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

Python 3 standard library only.  Every mail's KEY literal stands directly above its builder and
was written before the mail's text.  Office attachments are written as HTML (documents) or CSV
(sheets) into attachments/src/ and converted ONCE with LibreOffice into attachments/; the
converted files are kept and reused, so a second run changes nothing (soffice runs only when a
converted file is missing or its source text changed).

    python3 make.py            # build every .eml and .expected.json, then check them
    python3 make.py --check    # only check the files already built
"""
import base64, datetime, email, email.utils, hashlib, json, os, quopri, re, subprocess, sys
import tomllib, zoneinfo
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
SRC = os.path.join(ATT, "src")
PLAN_TOML = "/work/main/config/plan.toml"
MAILBOX = "uvp@cg.ukrtel.net"
KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")
CRLF = b"\r\n"

with open(PLAN_TOML, "rb") as f:
    PLAN = tomllib.load(f)
EXEC = {e["id"]: e for e in PLAN["executor"]}
M = {m["number"]: m["text"] for m in PLAN["measure"]}
DEADLINES = [d["date"] for d in PLAN["deadline"]]
GRACE = PLAN["plan"].get("grace_days", 3)
OFFICE = EXEC["uvp"]["name"]
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {"invitation", "question", "thanks", "announcement", "promise", "extension_request"}
PRIVATE = {"gmail.com", "ukr.net", "i.ua", "meta.ua", "mail.ru", "yandex.ru", "bigmir.net", "rambler.ru"}

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


# ---------------------------------------------------------------- header helpers
def ew(text, cs="utf-8", mode="B", maxchars=None):
    """RFC 2047 encoded words, each at most 75 characters, split greedily on character
    boundaries as mail clients do; ASCII text is left alone."""
    if all(ord(c) < 128 for c in text):
        return text
    csn = {"windows-1251": "cp1251"}.get(cs.lower(), cs)

    def enc(w):
        b = w.encode(csn)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                    ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (cs, q)
    out, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > (maxchars or 75):
            out.append(enc(cur)); cur = ""
        cur += ch
    if cur:
        out.append(enc(cur))
    return "\r\n ".join(out)


def addr(name, mailaddr, cs="utf-8", mode="B"):
    if not name:
        return mailaddr
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, mailaddr)
    return "%s <%s>" % (ew(name, cs, mode), mailaddr)


def kyiv(y, mo, d, h, mi, s):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=KYIV)


def rfc_date(dt):
    return email.utils.format_datetime(dt)


def rfc2231(param, value, cs="utf-8", chunk=30):
    b = value.encode({"windows-1251": "cp1251"}.get(cs.lower(), cs))
    pct = "".join(chr(c) if (c < 128 and (chr(c).isalnum() or chr(c) in "._-")) else "%%%02X" % c for c in b)
    pieces, i = [], 0
    while i < len(pct):
        j = min(i + chunk * 3, len(pct))
        while j < len(pct) and "%" in pct[j - 2:j]:   # never split a %XX
            j -= 1
        pieces.append(pct[i:j]); i = j
    if len(pieces) == 1:
        return ["%s*=%s''%s" % (param, cs, pieces[0])]
    return ["%s*%d*=%s" % (param, k, (cs + "''" if k == 0 else "") + p) for k, p in enumerate(pieces)]


# ---------------------------------------------------------------- MIME parts
class P:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        return CRLF.join(h.encode("ascii") for h in self.headers) + CRLF + CRLF + self.body


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def cte_encode(data_lf, cte):
    """data_lf: bytes with LF line ends."""
    if cte == "quoted-printable":
        return quopri.encodestring(data_lf).replace(b"\r\n", b"\n").replace(b"\n", CRLF)
    if cte == "base64":
        return base64.encodebytes(data_lf.replace(b"\n", CRLF)).replace(b"\n", CRLF)
    return data_lf.replace(b"\n", CRLF)


def text(t, sub="plain", cs="utf-8", cte="quoted-printable", actual=None, ct_extra="", headers=()):
    """A text part. `actual` is the codec really used when the label `cs` is wrong."""
    codec = actual or {"windows-1251": "cp1251"}.get(cs.lower(), cs)
    data = t.replace("\r\n", "\n").encode(codec)
    if not data.endswith(b"\n"):
        data += b"\n"
    hs = ['Content-Type: text/%s; charset="%s"%s' % (sub, cs, ct_extra)]
    hs.append("Content-Transfer-Encoding: %s" % cte)
    hs += list(headers)
    return P(hs, cte_encode(data, cte))


def b64(data):
    return base64.encodebytes(data).replace(b"\n", CRLF)


def attach(data, ctype, fname, style="ascii", cs="utf-8", disp="attachment", cid=None, name_param=True):
    """style: ascii | 2047b | 2047q | 2231 (RFC 2231 with continuations) | 2231+2047 (Thunderbird)."""
    if style == "ascii":
        ct_name, disp_params = '"%s"' % fname, ['filename="%s"' % fname]
    elif style in ("2047b", "2047q"):
        enc = ew(fname, cs, "B" if style == "2047b" else "Q")
        ct_name, disp_params = '"%s"' % enc, ['filename="%s"' % enc]
    elif style in ("2231", "2231+2047"):
        ct_name = '"%s"' % ew(fname, cs, "B") if style == "2231+2047" else None
        disp_params = rfc2231("filename", fname, cs)
    else:
        raise ValueError(style)
    h = ["Content-Type: %s%s" % (ctype, (";\r\n name=%s" % ct_name) if (name_param and ct_name) else "")]
    h.append("Content-Transfer-Encoding: base64")
    if cid:
        h.append("Content-ID: <%s>" % cid)
    h.append("Content-Disposition: %s;\r\n %s" % (disp, ";\r\n ".join(disp_params)))
    return P(h, b64(data))


def multi(sub, parts, boundary, preamble="This is a multi-part message in MIME format.", extra=""):
    body = b""
    if preamble:
        body += preamble.encode() + CRLF
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.render() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return P(['Content-Type: multipart/%s;%s\r\n boundary="%s"' % (sub, extra, boundary)], body)


def rfc822(raw, fname=None, style="ascii"):
    h = ["Content-Type: message/rfc822" + (';\r\n name="%s"' % fname if fname and style == "ascii" else "")]
    if fname:
        if style == "ascii":
            h.append('Content-Disposition: attachment;\r\n filename="%s"' % fname)
        else:
            h.append("Content-Disposition: attachment;\r\n " + ";\r\n ".join(rfc2231("filename", fname)))
    else:
        h.append("Content-Disposition: inline")
    return P(h, raw if raw.endswith(CRLF) else raw + CRLF)


def relay_for(frm):
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    table = {"example.gov.ua": ("mail.example.gov.ua", "195.24.150.%d"),
             "example.org.ua": ("mx.example.org.ua", "91.202.128.%d"),
             "gmail.com": ("mail-wg0-f44.google.com", "74.125.82.%d"),
             "ukr.net": ("frv190.fwdcdn.com", "212.42.77.%d"),
             "i.ua": ("mx1.i.ua", "91.198.36.%d"),
             "meta.ua": ("mail.meta.ua", "194.0.131.%d")}
    return table.get(dom, ("smtp." + dom, "10.0.0.%d"))


def eml(name, frm, subject, date, part, *, scs="utf-8", smode="B", mailer=None, msgid=None,
        to=None, extra=(), delay=5, hops=None):
    """Assemble a whole message.  frm is the full From value; date a Kyiv datetime."""
    fa = email.utils.parseaddr(frm)[1]
    host, ipf = relay_for(fa)
    n = int(hashlib.md5(name.encode()).hexdigest()[:2], 16) % 200 + 20
    rdt = date + datetime.timedelta(seconds=delay)
    qid = hashlib.md5((name + "q").encode()).hexdigest()[:6].upper()
    hs = ["Received: from %s (%s [%s])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s%s\r\n\tfor <%s>; %s"
          % (host, host, ipf % n, qid, name.upper(), MAILBOX, rfc_date(rdt))]
    for hop in (hops or []):
        hs.append(hop)
    if msgid is None:
        msgid = "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), hashlib.md5(name.encode()).hexdigest()[:10],
                                fa.rsplit("@", 1)[1])
    hs += ["Date: " + rfc_date(date), "From: " + frm,
           "To: " + (to or MAILBOX),
           "Subject: " + (ew(subject, scs, smode) if subject else ""),
           "Message-ID: " + msgid, "MIME-Version: 1.0"]
    if mailer:
        hs.append(mailer)
    hs += list(extra)
    return CRLF.join(h.encode("ascii") for h in hs + part.headers) + CRLF + CRLF + part.body


# ---------------------------------------------------------------- office files
def _convert(src_path, out_name, filt, infilter):
    out_path = os.path.join(ATT, out_name)
    stamp = out_path + ".src-sha1"
    digest = hashlib.sha1(open(src_path, "rb").read()).hexdigest()
    if os.path.exists(out_path) and os.path.exists(stamp) and open(stamp).read().strip() == digest:
        return open(out_path, "rb").read()
    tmp = "/tmp/tongue-work/conv"
    os.makedirs(tmp, exist_ok=True)
    base = os.path.splitext(os.path.basename(src_path))[0]
    ext = out_name.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/tongue-work/lo",
                    "--infilter=" + infilter, "--convert-to", ext + ":" + filt, "--outdir", tmp, src_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = open(os.path.join(tmp, base + "." + ext), "rb").read()
    open(out_path, "wb").write(data)
    open(stamp, "w").write(digest + "\n")
    return data


def _write_src(name, content):
    os.makedirs(SRC, exist_ok=True)
    p = os.path.join(SRC, name)
    if not os.path.exists(p) or open(p, encoding="utf-8").read() != content:
        open(p, "w", encoding="utf-8").write(content)
    return p


DOC_FILTERS = {"doc": "MS Word 97", "docx": "MS Word 2007 XML", "odt": "writer8",
               "rtf": "Rich Text Format", "pdf": "writer_pdf_Export"}
SHEET_FILTERS = {"xls": "MS Excel 97", "xlsx": "Calc MS Excel 2007 XML", "ods": "calc8"}


def doc(out_name, body_html, title="Документ"):
    """A document written as HTML and converted once (out_name: ASCII name on disk)."""
    html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>\n'
            '<style>body{font-family:"Times New Roman",serif;font-size:13pt} '
            'table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px;vertical-align:top}'
            '</style></head>\n<body>\n%s\n</body></html>\n') % (title, body_html.strip())
    src = _write_src(os.path.splitext(out_name)[0] + ".html", html)
    return _convert(src, out_name, DOC_FILTERS[out_name.rsplit(".", 1)[1]], "HTML (StarWriter)")


def sheet(out_name, rows):
    """A sheet written as CSV (';'-separated, UTF-8) and converted once."""
    def cell(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v
    csv = "".join(";".join(cell(v) for v in r) + "\n" for r in rows)
    src = _write_src(os.path.splitext(out_name)[0] + ".csv", csv)
    return _convert(src, out_name, SHEET_FILTERS[out_name.rsplit(".", 1)[1]], "CSV:59,34,76,1")


MIME_OF = {"doc": "application/msword", "rtf": "application/rtf", "pdf": "application/pdf",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "odt": "application/vnd.oasis.opendocument.text", "xls": "application/vnd.ms-excel",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "ods": "application/vnd.oasis.opendocument.spreadsheet"}


# ---------------------------------------------------------------- zvit's own letters (quoted)
def reminder(executor_id, deadline, today, missing, overdue=False):
    lines = ["Шановні колеги!", ""]
    if overdue:
        lines.append("Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з "
                     "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у "
                     "рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану)." % deadline)
    else:
        lines.append("Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та "
                     "прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
                     "«Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до %s "
                     "на адресу електронної пошти %s." % (deadline, MAILBOX))
    lines += ["", "Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:"
              % (today, EXEC[executor_id]["name"]), ""]
    for m in missing:
        lines += ["  %d. %s" % (m, M[m]), ""]
    lines += ["Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
              "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і "
              "раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, "
              "зазначивши номери пунктів плану.", "",
              "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.",
              "", "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.",
              "", "З повагою", OFFICE]
    return "\n".join(lines)


def receipt(executor_id, received, subject, period, deadline, recognised, missing, late=False):
    lines = ["Шановні колеги!", "",
             "%s підтверджує отримання Вашого листа від %s «%s»." % (OFFICE, received, subject), "",
             "Виконавець: %s." % EXEC[executor_id]["name"],
             "Звітний період: %d-й (термін подання інформації — %s)." % (period, deadline)]
    if late:
        lines.append("Лист надійшов після встановленого терміну; інформацію враховано як подану із запізненням.")
    lines += ["", "Розпізнано інформацію щодо таких пунктів плану:"]
    for n, ex in recognised:
        lines.append("  • пункт %d: %s" % (n, ex))
    lines += ["", "За цей звітний період ще очікується інформація щодо пунктів плану:"]
    for m in missing:
        lines.append("  %d. %s" % (m, M[m]))
    lines += ["", "Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s." % MAILBOX,
              "", "З повагою", OFFICE]
    return "\n".join(lines)


def quote(t, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in t.split("\n"))


# ================================================================ THE MAILS
# ---------------------------------------------------------------- ph: placeholder
KEY = {"class": "placeholder", "executor": "rda-semenivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain koi8-u table with a row for all 16 measures, Latin a/c/o/x pasted into Cyrillic words, Latin «x» and Cyrillic «х», «немає», «-» and a bare «не проводились» as placeholders beside three real answers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}
@mail("ph01", KEY)
def ph01():
    t = """Управлінню з питань внутрішньої політики
та звязків з громадськістю ОДА

Семенівськa РДА надає інформацію про виконання Плану заходів з підвищення
рівня відкритості та прозорості діяльності виконавчої влади в області
(Партнерство "Відкритий уряд") за II півріччя 2012 р.

пункт | інформація про виконання
------+------------------------------------------------------------------
 1    | На oфіційному веб-caйті РДА створено розділ "Громадська рада",
      | оновлено рубрику "Доступ до публічної інформації" (за 2012 р.
      | надійшло 14 запитів), щотижня розміщуються розпорядження голови РДА
 2    | -
 3    | х
 4    | х
 5    | х
 6    | Проведено консультацію з громадськістю у формі громадських слухань
      | щодо проекту Програми соц.-екон. розвитку р-ну на 2013 рік
      | (27.11.2012, смт Семенівка, 46 учасників)
 7    | не проводились
 8    | х
 9    | Проект районної програми "Питна вода" на 2013-2014 рр. oбговорено
      | з членами громадської ради при РДА на її засіданні 04.12.2012
10    | немає
11    | x
12    | -
13    | х
14    | х
15    | х
16    | надано

Заст. голови РДА                                   В.П.Лисенко
вик. Дорошенко Н.І., т. (04659) 2-11-08
"""
    return eml("ph01", addr("Семенівська РДА", "rda-semenivka@example.gov.ua", "koi8-u", "B"),
               "Інформація Семенівської РДА (Відкритий уряд)", kyiv(2012, 12, 13, 10, 42, 17),
               text(t, cs="koi8-u", cte="8bit"), scs="koi8-u",
               mailer="X-Mailer: The Bat! (v5.0.36) Professional")


KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian answers in a Ukrainian .xls with a row per measure; «+» alone, «без змін», an upper-case bare «НЕ ПРОВОДИЛИСЬ», an empty cell and «х» fill the rows the unit has nothing on.",
       "items": [{"measure": 1, "source": "ВУ_екологія_І півр.2013.xls"},
                 {"measure": 6, "source": "ВУ_екологія_І півр.2013.xls"},
                 {"measure": 8, "source": "ВУ_екологія_І півр.2013.xls"}]}
@mail("ph02", KEY)
def ph02():
    rows = [["Інформація управління екології та природних ресурсов облдержадміністрації про виконання Плану заходів (Відкритий уряд) за І півріччя 2013 р.", "", ""],
            ["№", "Зміст заходу", "Стан виконання"],
            [1, "Приведення інформаційного наповнення офіційних Інтернет-сайтів до вимог законодавства",
             "Раздел управления на официальном сайте ОГА обновляется еженедельно; в І полугодии размещено 38 информационных материалов, обнародован отчет об использовании средств областного фонда охраны окружающей природной среды за 2012 год"],
            [2, "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "+"],
            [3, "Веб-ресурс «Чернігівська громада»", "х"],
            [4, "Інтернет-форум", "х"],
            [5, "«Гаряча лінія» голови ОДА", "х"],
            [6, "Консультації з громадськістю (постанова КМУ № 996)",
             "Проведены общественные слушания по проекту Региональной программы охраны окружающей природной среды на 2013-2017 годы (21.03.2013, г. Чернигов, 52 участника)"],
            [7, "Залучення представників ІГС до дорадчо-консультативних органів", "без змін"],
            [8, "Введення голів комітетів Громадської ради до складу колегій",
             "Председатель комитета по вопросам экологии Общественного совета при ОГА Мельник В.И. введен в состав коллегии управления (приказ от 14.02.2013 № 19)"],
            [9, "Залучення членів громадських рад до обговорення проектів", "НЕ ПРОВОДИЛИСЬ"],
            [10, "Комісія (робоча група) з питань відкритості", "х"],
            [11, "Дні відкритих дверей", "х"],
            [12, "Громадські експертизи", ""],
            [13, "Навчальні семінари", "х"],
            [14, "Методичні посібники", "х"],
            [15, "Громадське обговорення виконання заходів", "х"],
            [16, "Надання інформації УВП", "Надано"]]
    xls = sheet("ph02_ekolohiia.xls", rows)
    plain = """Добрый день!

Направляем информацию Управления экологии и природных ресурсов облгосадминистрации
по выполнению Плана мероприятий (Открытое правительство) за I полугодие 2013 г.

С уважением,
Ткаченко Ирина Викторовна
ведущий специалист отдела экологической политики
тел. 67-45-12
"""
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head>"
            "<body lang=RU><div class=WordSection1><p class=MsoNormal>Добрый день!<o:p></o:p></p>"
            "<p class=MsoNormal>Направляем информацию Управления экологии и природных ресурсов облгосадминистрации "
            "по выполнению Плана мероприятий (Открытое правительство) за I полугодие 2013 г.<o:p></o:p></p>"
            "<p class=MsoNormal>С уважением,<br>Ткаченко Ирина Викторовна<br>ведущий специалист отдела экологической политики"
            "<br>тел. 67-45-12<o:p></o:p></p></div></body></html>")
    alt = multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
                "----=_NextPart_001_0011_01CE66A2.5B8E1D40", preamble=None)
    part = multi("mixed", [alt, attach(xls, MIME_OF["xls"], "ВУ_екологія_І півр.2013.xls", "2047b", "windows-1251")],
                 "----=_NextPart_000_0010_01CE66A2.5B8E1D40")
    return eml("ph02", addr("Ткаченко Ирина", "ekolohiia@example.gov.ua", "windows-1251"),
               "Открытое правительство - экология", kyiv(2013, 6, 11, 15, 20, 3), part, scs="windows-1251",
               mailer="X-Mailer: Microsoft Office Outlook 12.0",
               msgid="<001001ce66a2$5b8e1d40$12b357c0$@example.gov.ua>",
               extra=["Thread-Index: Ac5molV6oRBpD5kqTm2Zp1u3xN0Tqw==", "Content-Language: ru"])


KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Roundcube table typed all in capitals; «—», «НЕМАЄ», a lone «ВИКОНУЄТЬСЯ», a bare «НЕ ПРОВОДИЛИСЬ» and «+» sit beside two real answers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("ph03", KEY)
def ph03():
    rows = [("1", "ОФІЦІЙНИЙ ВЕБ-САЙТ РАЙДЕРЖАДМІНІСТРАЦІЇ ПРИВЕДЕНО У ВІДПОВІДНІСТЬ ДО ВИМОГ ПОСТАНОВИ КМУ ВІД 04.01.2002 № 3, СТВОРЕНО РУБРИКУ «ГРОМАДСЬКЕ ОБГОВОРЕННЯ», ОНОВЛЕНО ДОВІДНИК ПОСАДОВИХ ОСІБ"),
            ("6", "—"),
            ("7", "НЕМАЄ"),
            ("9", "ВИКОНУЄТЬСЯ"),
            ("10", "ГРОМАДСЬКІЙ РАДІ ПРИ РАЙДЕРЖАДМІНІСТРАЦІЇ РЕКОМЕНДОВАНО СТВОРИТИ РОБОЧУ ГРУПУ З ПИТАНЬ ВІДКРИТОСТІ ТА ПРОЗОРОСТІ (ЛИСТ РДА ВІД 02.10.2013 № 01-14/1877). РОБОЧУ ГРУПУ УТВОРЕНО У СКЛАДІ 5 ОСІБ"),
            ("12", "НЕ ПРОВОДИЛИСЬ"),
            ("16", "+")]
    trs = "\n".join('<tr><td style="text-align:center">%s</td><td>%s</td></tr>' % r for r in rows)
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>ДОБРИЙ ДЕНЬ!</p>
<p>РІПКИНСЬКА РАЙДЕРЖАДМІНІСТРАЦІЯ НАДАЄ ІНФОРМАЦІЮ ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ З ПІДВИЩЕННЯ РІВНЯ ВІДКРИТОСТІ ТА ПРОЗОРОСТІ ЗА ІІ ПІВРІЧЧЯ 2013 Р.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>№ П/П ПЛАНУ</th><th>СТАН ВИКОНАННЯ</th></tr>
%s
</table>
<p>ЗАСТУПНИК ГОЛОВИ РДА&nbsp;&nbsp;&nbsp; О.М.КРАВЕЦЬ</p>
<p>ВИК. ГАВРИЛЕНКО С.О. 2-13-75</p>
</body></html>
""" % trs
    return eml("ph03", addr("Ріпкинська РДА", "rda-ripky@example.gov.ua"),
               "ІНФОРМАЦІЯ РІПКИНСЬКОЇ РДА", kyiv(2013, 12, 12, 16, 5, 44),
               text(html, "html", cs="UTF-8", cte="base64"),
               mailer="User-Agent: Roundcube Webmail/0.9.5",
               msgid="<5c1d3a0e8f21b4d0e2b1a9d7c6f1e3a2@example.gov.ua>")


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sixteen-row .xlsx with a Latin o pasted into Ukrainian words; the placeholders are Latin «x», «-», «немає», «не проводились» and the run-together «непроводились»; the name reaches the box in RFC 2231 continuations.",
       "items": [{"measure": 1, "source": "Культура_відкритий уряд_І півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Культура_відкритий уряд_І півріччя 2013.xlsx"}]}
@mail("ph04", KEY)
def ph04():
    rows = [["№", "Захід плану", "Інформація про виконання"],
            [1, "Сайти", "На oфіційному сайті управління (kultura.example.gov.ua) оновлено рoзділи «Нормативна база» та «Публічна інформація», розміщено 112 новин і анонсів"],
            [2, "Рубрики на сайті ОДА", "-"],
            [3, "Чернігівська громада", "x"], [4, "Форум", "x"], [5, "Гаряча лінія", "x"],
            [6, "Консультації з громадськістю", "непроводились"],
            [7, "Дорадчо-консультативні органи", "До складу Художньо-експертної ради управління включено двох представників громадських oрганізацій (ГО «Сіверські джерела», ГО «Майстри Полісся»), наказ від 11.03.2013 № 42"],
            [8, "Колегія", "немає"],
            [9, "Обговорення проектів", "не проводились"],
            [10, "Комісія з питань відкритості", "x"], [11, "Дні відкритих дверей", "x"],
            [12, "Громадські експертизи", "-"],
            [13, "Семінари", "x"], [14, "Посібники", "x"], [15, "Обговорення виконання плану", "x"],
            [16, "Інформація до УВП", "+"]]
    xlsx = sheet("ph04_kultura.xlsx", rows)
    t = """Доброго дня!

Висилаємо інформацію по виконанню плану заходів (Відкритий уряд) за
перше півріччя 2013 року.

З уважением,
Оксана Гринь
сектор кадрової роботи та зв'язків з громадськістю
Управління культури і туризму ОДА
"""
    fn = "Культура_відкритий уряд_І півріччя 2013.xlsx"
    part = multi("mixed", [text(t, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
                           attach(xlsx, MIME_OF["xlsx"], fn, "2231+2047")],
                 "------------060508090102030405060708")
    return eml("ph04", addr("Оксана Гринь", "kultura@example.gov.ua"),
               "план відкритий уряд - культура", kyiv(2013, 6, 14, 9, 12, 50), part,
               mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
               msgid="<51BAB4E2.6080907@example.gov.ua>")


KEY = {"class": "placeholder", "executor": "rda-talalaivka", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Typed in Latin transliteration on a phone two days after the deadline; «p.7 - -», «nemae», a bare «ne provodylys» and «bez zmin» are placeholders beside two real answers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail("ph05", KEY)
def ph05():
    t = """Zvit Talalaivskoi RDA pro vykonannya planu "Vidkrytyi uriad" za II pivrichchia 2013

p.1 - na ofitsiinomu sajti RDA stvoreno rubryku "Hromadske obhovorennia", rozmishcheno 3 proekty rozporiadzhen holovy RDA
p.6 - provedeno 2 konsultatsii z hromadskistiu: publichne obhovorennia proektu biudzhetu raionu na 2014 r. (29.11.2013) ta opytuvannia meshkantsiv shchodo yakosti admin. posluh (106 osib)
p.7 - -
p.9 - nemae
p.10 - ne provodylys
p.12 - bez zmin

Vybachte shcho latynkoiu, pyshu z telefonu, komp'iuter v viddili ne pratsiuie.
Zastupnyk kerivnyka aparatu RDA Ostapenko L.M.

--
Vidpravleno z mogo Samsung Galaxy
"""
    return eml("ph05", addr("Talalaivska RDA", "rda-talalaivka@example.gov.ua"),
               "Zvit RDA vidkrytyi uriad", kyiv(2013, 12, 17, 8, 47, 12),
               text(t, cs="us-ascii", cte="7bit"),
               mailer="User-Agent: K-9 Mail for Android",
               msgid="<k9mail.8f2a1c3e-0d4b-4e7a-b1a5-6d3c2e9f0a11@example.gov.ua>")

# ---------------------------------------------------------------- bp: bottom_post
KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian answers typed between the «>»-quoted items of zvit's Ukrainian reminder; under item 9 only a dash, under item 10 a promise, under item 12 a denial that names the expertises.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp01", KEY)
def bp01():
    missing = [1, 6, 7, 9, 10, 12]
    r = reminder("rda-kozelets", "15.12.2012", "10.12.2012", missing)
    answers = {
        1: "На официальном сайте Козелецкой РГА работает раздел «Открытое правительство»,\nобновлены разделы «Структура» и «Обращения граждан», размещаются проекты\nраспоряжений.",
        6: "Проведено 3 консультации с общественностью в форме публичного обсуждения:\nпо проекту бюджета района на 2013 год, по программе развития малого\nпредпринимательства и по тарифам на вывоз ТБО в пгт Козелец.",
        7: "В составе координационного совета по вопросам развития предпринимательства\nработают 2 представителя общественных организаций (распоряжение от 02.10.2012 № 388).",
        9: "-",
        10: "Будет рассмотрено на ближайшем заседании общественного совета.",
        12: "Общественных экспертиз в отчетном периоде не проводилось."}
    out = []
    current = None
    for line in r.split("\n"):
        m = re.match(r"  (\d+)\. ", line)
        if m:
            current = int(m.group(1))
        out.append(quote(line))
        if current and line == "" and out[-2].startswith(">   %d." % current):
            out.append("")
            out.append(answers[current])
            out.append("")
            current = None
    body = "\n".join(["10.12.2012 9:00, uvp@cg.ukrtel.net пишет:"] + out +
                     ["", "", "-- ", "Гл. специалист отдела организационной работы аппарата", "Козелецкой РГА Бондарь Л.Н., тел. (04646) 2-15-61"])
    subj = "Re: Нагадування про подання інформації (п. 16 Плану заходів «Відкритий уряд»)"
    return eml("bp01", addr("Козелецька РДА", "rda-kozelets@example.gov.ua"), subj,
               kyiv(2012, 12, 12, 14, 31, 9), text(body, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
               mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1",
               msgid="<50C87A95.7030201@example.gov.ua>",
               extra=["In-Reply-To: <zvit.reminder.1.rda-kozelets.20121210@cg.ukrtel.net>",
                      "References: <zvit.reminder.1.rda-kozelets.20121210@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Russian UI) puts the reminder under «-----Исходное сообщение-----» with no «>»; the surzhyk answer is typed below zvit's signature, with a bare «пп. 6, 7 – не проводились», a Russian promise on 9 and a bare denial on 12.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 8, "source": "body"}]}
@mail("bp02", KEY)
def bp02():
    r = reminder("su-finansy", "15.06.2013", "11.06.2013", [1, 2, 6, 7, 8, 9, 12])
    head = """-----Исходное сообщение-----
От: УВП ОДА [mailto:uvp@cg.ukrtel.net]
Отправлено: 11 июня 2013 г. 9:00
Кому: finansy@example.gov.ua
Тема: Нагадування про подання інформації (п. 16 Плану заходів «Відкритий уряд»)
"""
    ans = """

Відповідаємо по пунктах:

п.1 - на сторінці ГФУ офіційного сайту ОДА оновлено розділ "Бюджет для громадян", розміщено спрощену версію обласного бюджету на 2013 рік з інфографікою
п.2 - в рубриці «Виконання місцевих бюджетів Чернігівської області» на офіційному сайті ОДА щомісячно розміщуємо інформацію про виконання зведеного бюджету області (останнє оновлення - станом на 01.06.2013)
пп. 6, 7 - не проводились
п.8 - Голову комітету з питань бюджету та фінансів Громадської ради при ОДА Гуменюка С.П. введено до складу колегії ГФУ (наказ від 22.04.2013 № 61), зміни до Положення про ГФУ не потребувались
п.9 - информацию предоставим дополнительно
п.12 - не проводились

Нач. відділу доходів ГФУ   Литвин Г.О.   т. 676-215
"""
    plain = head + "\n" + r + ans
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=UK>"
            "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
            + esc(head) + "</p></div><p class=MsoNormal>" + esc(r) + "</p><p class=MsoNormal><b>" + esc(ans)
            + "</b></p></body></html>")
    part = multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
                 "----=_NextPart_000_0046_01CE6822.B0B4A630")
    return eml("bp02", addr("Литвин Галина", "finansy@example.gov.ua", "windows-1251"),
               "RE: Нагадування про подання інформації (п. 16 Плану заходів «Відкритий уряд»)",
               kyiv(2013, 6, 13, 11, 5, 33), part, scs="windows-1251",
               mailer="X-Mailer: Microsoft Office Outlook 11",
               msgid="<004601ce6822$b0b4a630$1212e890$@example.gov.ua>",
               extra=["Thread-Index: Ac5mH1Qe6Lr9xkqPRXy0HsNQFqRMVwAAX1Nw"])


KEY = {"class": "bottom_post", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Supplement typed below zvit's quoted receipt (which itself lists items 1 and 6); four spellings of the apostrophe (об`єднань, обєднань, об'єднань, обʼєднань), a promise on 9 and «не стосуеться» on 12.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("bp03", KEY)
def bp03():
    rc = receipt("rda-nizhyn", "05.06.2013 15:12", "Інформація Ніжинської РДА", 2, "15.06.2013",
                 [(1, "на офіційному веб-сайті РДА створено розділ «Відкритий уряд» …"),
                  (6, "проведено громадські слухання щодо проекту районної програми …")],
                 [7, 9, 10, 12])
    t = ("05.06.2013 16:40, uvp@cg.ukrtel.net пише:\n" + quote(rc) + """

Доповнення до інформації Ніжинської РДА:

по п.7 – до складу районної комісії з питань захисту прав споживачів та координаційної ради з питань громадських об`єднань включено 3 представників громадських обєднань (розпорядження голови РДА від 15.05.2013 № 212)

по п.9 – інформацію буде надано додатково

по п.10 – громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості діяльності РДА; робоча група у складі 4 осіб (представники обʼєднань "Ніжинщина молода" та "Відродження") створена рішенням громадської ради від 28.05.2013

по п.12 – не стосуеться

--
З повагою, Шевченко Валентина
сектор з питань внутрішньої політики Ніжинської райдержадміністрації
тел. (04631) 5-33-10
""")
    return eml("bp03", addr("Ніжинська РДА", "rda-nizhyn@example.gov.ua"),
               "Re: Підтвердження отримання: Інформація Ніжинської РДА", kyiv(2013, 6, 7, 13, 22, 41),
               text(t, cs="UTF-8"),
               mailer="User-Agent: Opera Mail/12.15 (Win32)",
               msgid="<op.wyrb2dkxq1v0fa@oper-pc>",
               extra=["In-Reply-To: <zvit.receipt.2.rda-nizhyn.20130605@cg.ukrtel.net>"])


KEY = {"class": "bottom_post", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "From an iPhone, typed in capitals with run-together words below the quoted earlier letter of the same office (which reported 1 and 6); only the two new paragraphs count.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp04", KEY)
def bp04():
    earlier = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА

Бобровицька РДА інформує про виконання Плану заходів за ІІ півріччя 2013 р.:
п. 1 - офіційний веб-сайт РДА оновлено, створено розділ "Громадська рада";
п. 6 - проведено громадські слухання щодо проекту районного бюджету на 2014 рік (04.12.2013, 38 учасників).
По іншим пунктам інформація буде надана додатково.

Заступник голови РДА  С.В.Мороз"""
    t = ("10 груд. 2013 р. о 11:02 Бобровицька РДА <rda-bobrovytsia@example.gov.ua> написав(ла):\n\n"
         + quote(earlier) + """

ДОПОВНЕННЯ ДО ЛИСТА.
П.9 - ПРОЕКТ ПРОГРАМИ РОЗВИТКУ ФІЗКУЛЬТУРИ І СПОРТУ НА 2014-2016 РР ОБГОВОРЕНОЗ ЧЛЕНАМИ ГРОМАДСЬКОЇ РАДИ ПРИ РДА 05.12.2013, ПРОПОЗИЦІЇ ВРАХОВАНО.
П.12 - ГРОМАДСЬКА АНТИКОРУПЦІЙНА ЕКСПЕРТИЗА ПРОЕКТУ РІШЕННЯ ПРО РАЙОННИЙ БЮДЖЕТ ПРОВЕДЕНА ГО "БОБРОВИЦЬКА ІНІЦІАТИВА", ЗАУВАЖЕНЬНЕМА.
МОРОЗ С.В.

Надіслано з iPhone""")
    return eml("bp04", addr("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"),
               "Re: Інформація Бобровицької РДА (Відкритий уряд)", kyiv(2013, 12, 13, 19, 40, 12),
               text(t, cs="utf-8"),
               mailer="X-Mailer: iPhone Mail (11B554a)",
               msgid="<7D1E2B0C-5A44-4B3E-9C1F-2E0A8D6B3F51@example.gov.ua>",
               extra=["In-Reply-To: <52A6D9E1.2000305@example.gov.ua>"])


KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Ukrainian UI) quotes the reminder with no «>»; the answers are interleaved under each item behind a «BIДПОВІДЬ:» whose first letters are Latin, «кoлeгiї» is half Latin, and under item 9 only a bare «не проводились».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp05", KEY)
def bp05():
    missing = [1, 7, 8, 9, 12]
    r = reminder("su-osvita", "15.12.2013", "09.12.2013", missing)
    answers = {
        1: "BIДПОВІДЬ: сайт управління (osvita.example.gov.ua) переведено на нову платформу, оновлено рубрики «Звернення громадян» та «Доступ до публічної інформації», розміщено 46 документів.",
        7: "BIДПОВІДЬ: до складу Ради з питань розвитку позашкільної освіти при управлінні включено 3 членів Громадської ради при ОДА (наказ від 07.10.2013 № 318).",
        8: "BIДПОВІДЬ: голова комітету з питань освіти і науки Громадської ради при ОДА Ярошенко В.М. входить до складу кoлeгiї управління з березня 2013 р., зміни до Положення внесено.",
        9: "BIДПОВІДЬ: не проводились.",
        12: "BIДПОВІДЬ: ГО «Освітній контроль» проведено громадську антикорупційну експертизу проекту наказу «Про порядок формування мережі загальноосвітніх навчальних закладів», 2 пропозиції враховано."}
    plain_lines, html_lines = [], []
    current = None
    for line in r.split("\n"):
        m = re.match(r"  (\d+)\. ", line)
        if m:
            current = int(m.group(1))
        plain_lines.append(line)
        html_lines.append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        if current and line == "" and plain_lines[-2].startswith("  %d." % current):
            plain_lines += [answers[current], ""]
            html_lines += ['<b><span style="color:#1F497D">%s</span></b>' % answers[current], ""]
            current = None
    head = ["", "", "-----Оригінальне повідомлення-----",
            "Від: УВП ОДА [mailto:uvp@cg.ukrtel.net]",
            "Надіслано: 9 грудня 2013 р. 9:00",
            "Кому: osvita@example.gov.ua",
            "Тема: Нагадування про подання інформації (п. 16 Плану заходів «Відкритий уряд»)", ""]
    top = ["Відповіді управління освіти і науки — у тексті листа нижче.", "",
           "Гордієнко Т.М., відділ кадрової роботи, 67-51-44"]
    plain = "\n".join(top + head + plain_lines)
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=UK>"
            "<p class=MsoNormal>" + "<br>\n".join(top) + "</p><p class=MsoNormal>" + "<br>\n".join(head)
            + "</p><p class=MsoNormal>" + "<br>\n".join(html_lines) + "</p></body></html>")
    part = multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
                 "----=_NextPart_000_0003_01CEF652.4F1E3B20")
    return eml("bp05", addr("Гордієнко Тетяна", "osvita@example.gov.ua", "windows-1251"),
               "RE: Нагадування про подання інформації (п. 16 Плану заходів «Відкритий уряд»)",
               kyiv(2013, 12, 11, 10, 15, 27), part, scs="windows-1251",
               mailer="X-Mailer: Microsoft Office Outlook 12.0",
               msgid="<000301cef652$4f1e3b20$ed5ab160$@example.gov.ua>",
               extra=["Thread-Index: Ac70k9s7o6Yb8X2mQ4e1pVd0JzR1bQBF0Gqw", "Content-Language: uk"])

# ---------------------------------------------------------------- nr: not_report
KEY = {"class": "not_report", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "A Russian koi8-r question whether items 3, 4 and 10 must be reported; the premise «комиссия … уже работает с марта» sits inside the question and reports nothing.",
       "items": []}
@mail("nr01", KEY)
def nr01():
    t = """Добрый день!

Подскажите, пожалуйста, нужно ли Коропской РГА подавать информацию по п. 3 и 4
плана (веб-ресурс "Черниговская громада", интернет-форум)? В напоминании их нет,
а в самом плане исполнители - УВП и Общественный совет при ОГА.

И еще по п. 10: у нас при общественном совете комиссия по вопросам открытости
уже работает с марта, это надо отдельно расписывать или достаточно в таблице?

Заранее спасибо.
Гончаренко Т.В., гл. специалист отдела орг. работы аппарата Коропской РГА
тел. (04656) 2-14-37
"""
    return eml("nr01", addr("Коропская РГА", "rda-korop@example.gov.ua", "koi8-r"),
               "вопрос по плану Открытое правительство", kyiv(2013, 6, 5, 10, 2, 11),
               text(t, cs="koi8-r", cte="8bit"), scs="koi8-r",
               mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
               msgid="<000a01ce61b7$3c2d1e00$0301a8c0@korop>",
               extra=["X-Priority: 3", "X-MSMail-Priority: Normal", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"])


KEY = {"class": "not_report", "executor": "cppk", "period": 1, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "The training centre invites to the seminar of measure 13 with a text/calendar .ics whose SUMMARY and LOCATION are transliterated; the seminar is still to come.",
       "items": []}
@mail("nr02", KEY)
def nr02():
    plain = """Шановні колеги!

Чернігівський центр перепідготовки та підвищення кваліфікації працівників
органів державної влади, органів місцевого самоврядування, державних установ,
підприємств і організацій запрошує заступників керівників структурних
підрозділів облдержадміністрації, відповідальних за організацію консультацій з
громадськістю, та спеціалістів, які безпосередньо їх організовують, на
навчальний семінар «Інструменти політики сприяння розвитку громадянського
суспільства» (п. 13 Плану заходів «Відкритий уряд»).

Дата: 06.12.2012, початок о 10:00, ауд. 214.
Просимо до 03.12.2012 повідомити кількість учасників.

Запрошення у календар додається.

З повагою,
Савчук Людмила Іванівна, методист ЦППК, тел. 77-40-19
"""
    html = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>"
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="CPPK Chernihiv":MAILTO:cppk@example.gov.ua
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:MAILTO:uvp@cg.ukrtel.net
DTSTART:20121206T080000Z
DTEND:20121206T130000Z
DTSTAMP:20121126T093000Z
UID:040000008200E00074C5B7101A82E00800000000D0B5A1E2C3CBCD01000000000000000010000000
SUMMARY:Seminar: instrumenty polityky spryiannia rozvytku hromadianskoho suspilstva (p. 13 Planu)
LOCATION:CPPK\\, aud. 214\\, vul. Shevchenka
DESCRIPTION:Navchalnyi seminar dlia zastupnykiv kerivnykiv strukturnykh pidrozdiliv ODA
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    alt = multi("alternative", [text(plain, cs="utf-8"), text(html, "html", cs="utf-8")],
                "_001_CPPK20121126AltPart_", preamble=None)
    cal = P(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="seminar_06.12.2012.ics"',
             "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="seminar_06.12.2012.ics"'],
            b64(crlf(ics).encode()))
    part = multi("mixed", [alt, cal], "_002_CPPK20121126MixPart_")
    return eml("nr02", addr("ЦППК", "cppk@example.gov.ua"),
               "Запрошення на навчальний семінар 06.12.2012", kyiv(2012, 11, 26, 11, 30, 0), part,
               mailer="X-Mailer: Microsoft Outlook 14.0",
               msgid="<00a401cdcbc1$9e0f2a50$da2d7ef0$@example.gov.ua>")


KEY = {"class": "not_report", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "A phone message in Latin transliteration asking for more time; it lists the items it will answer (pp. 1, 6, 7, 9, 10, 12) but answers none.",
       "items": []}
@mail("nr03", KEY)
def nr03():
    t = """Dobryi den!
Menska RDA prosyt prodovzhyty termin podannia informatsii pro vykonannia planu "Vidkrytyi uriad" do 20.06.2013, oskilky vidpovidalnyi spetsialist na likarnianomu. Informatsiia po pp. 1, 6, 7, 9, 10, 12 bude nadana.

Z povahoiu, Kyrychenko O.V.
aparat Menskoi RDA
"""
    return eml("nr03", addr("Menska RDA", "rda-mena@example.gov.ua"),
               "Prodovzhennia terminu - Menska RDA", kyiv(2013, 6, 14, 17, 55, 2),
               text(t, cs="us-ascii", cte="7bit"),
               mailer="User-Agent: K-9 Mail for Android",
               msgid="<b3e0c1d2-77a4-4f3a-a6f1-90cc2d5e8b14@email.android.com>")


KEY = {"class": "not_report", "executor": "su-zhkh", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "All capitals, windows-1251 in base64: thanks for the reminder and a promise that the answer on «П.П. 1, 2, 6-9, 12» is on signature; the range is no report.",
       "items": []}
@mail("nr04", KEY)
def nr04():
    t = """ДЯКУЄМО ЗА НАГАДУВАННЯ.
ІНФОРМАЦІЯ УПРАВЛІННЯ ЖКГ ОДА ПО П.П. 1, 2, 6-9, 12 ПЛАНУ ЗАХОДІВ ПІДГОТОВЛЕНА І ЗНАХОДИТЬСЯ НА ПІДПИСІ У НАЧАЛЬНИКА УПРАВЛІННЯ, БУДЕ НАДІСЛАНА НЕ ПІЗНІШЕ 17.12.2013.

З ПОВАГОЮ, ЗАГОРОДНІЙ І.П.
ВІДДІЛ ОРГАНІЗАЦІЙНО-КАДРОВОЇ РОБОТИ
УПРАВЛІННЯ ЖИТЛОВО-КОМУНАЛЬНОГО ГОСПОДАРСТВА
"""
    return eml("nr04", addr("Управління ЖКГ", "zhkh@example.gov.ua", "windows-1251"),
               "RE: НАГАДУВАННЯ", kyiv(2013, 12, 13, 16, 48, 39),
               text(t, cs="windows-1251", cte="base64"), scs="windows-1251",
               mailer="X-Mailer: The Bat! (v4.2.44.2) Home")


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "The coordinator announces the coming public discussion of measure 15 in Ukrainian peppered with English (OGP, Open Government Partnership, roundtable); what was done to announce it (posted, 17 organisations confirmed) is no report.",
       "items": []}
@mail("nr05", KEY)
def nr05():
    t = """Шановні колеги!

Повідомляю, що 4 грудня 2013 р. о 14:00 у конференц-залі обласної бібліотеки ім. В.Короленка відбудеться громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області (Open Government Partnership, формат roundtable).

Оголошення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 17 громадських організацій. Запрошуємо представників управління та Громадської ради при ОДА. Agenda буде надіслана окремо.

Best regards / З повагою,
Дмитро Левченко
регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області
OGP regional coordinator, Chernihiv
+38 (050) 417-23-90
"""
    return eml("nr05", addr("Dmytro Levchenko", "ogp-coordinator@example.org.ua"),
               "Анонс: громадське обговорення виконання Плану (OGP) 04.12.2013", kyiv(2013, 11, 20, 12, 10, 0),
               text(t, cs="utf-8"),
               mailer="X-Mailer: Apple Mail (2.1510)",
               msgid="<A3C1F0E2-6D7B-4C8A-9E51-0B2F4D6A8C37@example.org.ua>",
               extra=["X-Universally-Unique-Identifier: 0E5D2C71-4A3B-4F8E-9D16-7C2B1A0F5E93"])

# ---------------------------------------------------------------- rg: ranges
KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A formal Russian letter answers «По пунктам 1 и 6 – 9» in one paragraph (so 8, not owed by a district, counts too); the date span «с 06 по 09 ноября», the outgoing number and the counts are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg01", KEY)
def rg01():
    t = """Исх. № 01-22/3418 от 14.12.2012

Начальнику управления по вопросам внутренней политики и связей
с общественностью облгосадминистрации

О выполнении Плана мероприятий

Городнянская райгосадминистрация на выполнение п. 16 Плана мероприятий по
повышению уровня открытости и прозрачности деятельности исполнительной власти
в области сообщает следующее.

По пунктам 1 и 6 – 9 Плана: на официальном сайте РГА создан раздел «Открытое
правительство», в котором размещаются проекты распоряжений для общественного
обсуждения; с 06 по 09 ноября 2012 г. проведены 4 встречи с жителями сельских
советов в рамках консультаций с общественностью; в составе коллегии РГА и
координационных советов работают 5 представителей общественных организаций;
члены общественного совета привлекались к обсуждению проекта программы
развития образования района на 2013-2015 годы.

П. 12 – общественных антикоррупционных экспертиз не поступало.

Первый заместитель председателя
райгосадминистрации                                  А.И.Поддубный

Исп. Бойко Е.Н., (04645) 2-17-93
"""
    return eml("rg01", addr("Городнянская РГА", "rda-horodnia@example.gov.ua", "windows-1251", "Q"),
               "Информация Городнянской РГА", kyiv(2012, 12, 14, 15, 33, 21),
               text(t, cs="windows-1251"), scs="windows-1251", smode="Q",
               mailer="X-Mailer: Microsoft Office Outlook 11",
               msgid="<000c01cdda1e$7f3a5c80$7dae1580$@example.gov.ua>")


KEY = {"class": "ranges", "executor": "su-apk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A .xls (name RFC 2047 Q in windows-1251) answers «1–2, 6–9» in one number cell with one surzhyk paragraph; the row for 12 states that no expertises were held, the row for 16 is the duty itself.",
       "items": [{"measure": 1, "source": "Інформація ГУАПР_ВУ_1 півріччя.xls"},
                 {"measure": 2, "source": "Інформація ГУАПР_ВУ_1 півріччя.xls"},
                 {"measure": 6, "source": "Інформація ГУАПР_ВУ_1 півріччя.xls"},
                 {"measure": 7, "source": "Інформація ГУАПР_ВУ_1 півріччя.xls"},
                 {"measure": 8, "source": "Інформація ГУАПР_ВУ_1 півріччя.xls"},
                 {"measure": 9, "source": "Інформація ГУАПР_ВУ_1 півріччя.xls"},
                 {"measure": 12, "source": "Інформація ГУАПР_ВУ_1 півріччя.xls"}]}
@mail("rg02", KEY)
def rg02():
    rows = [["Інформація Головного управління агропромислового розвитку ОДА про виконання Плану заходів за І півріччя 2013 р.", ""],
            ["№ пункту плану", "Інформація про виконання"],
            ["1–2, 6–9", "Інформація про діяльність ГУАПР, проекти наказів та регіональних програм (в т.ч. Програма розвитку фермерства на 2013-2015 рр.) на протязі півріччя розміщувалась на сторінці ГУАПР офіційного сайту ОДА, звіт про хід виконання програми — в рубриці «Хід виконання цільових програм»; проект програми обговорено на 3 засіданнях громадської ради при ГУАПР, в яких приймали участь 11 представників аграрних асоціацій; голова аграрного комітету Громадської ради при ОДА є членом колегії ГУАПР (наказ № 37 від 18.03.2013)"],
            ["12", "Громадські експертизи не проводились, запитів від ІГС не надходило"],
            ["16", "Інформація надається у встановлений термін"]]
    xls = sheet("rg02_apk.xls", rows)
    t = """Добрий день!
Направляємо інформацію ГУАПР ОДА про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 р.

З повагою
Мельниченко Василь Петрович
головний спеціаліст відділу організаційної роботи та кадрів
Головного управління агропромислового розвитку облдержадміністрації
"""
    part = multi("mixed", [text(t, cs="windows-1251"),
                           attach(xls, MIME_OF["xls"], "Інформація ГУАПР_ВУ_1 півріччя.xls", "2047q", "windows-1251")],
                 "----=_NextPart_000_0021_01CE6759.2C1F8E60")
    return eml("rg02", addr("Мельниченко Василь", "apk@example.gov.ua", "windows-1251"),
               "Інформація ГУАПР (Відкритий уряд)", kyiv(2013, 6, 12, 14, 1, 15), part, scs="windows-1251",
               mailer="X-Mailer: Microsoft Outlook 14.0",
               msgid="<002101ce6759$2c1f8e60$845eab20$@example.gov.ua>",
               extra=["Content-Language: uk"])


KEY = {"class": "ranges", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Latin transliteration from a phone on the deadline evening: «pp. 6-9, 12» answered as one block (8 included, not owed by a district), then single items 1 and 10; «2013-2015 rr.» and the date are no measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("rg03", KEY)
def rg03():
    t = """Zvit Sribnianskoi RDA za I pivrichchia 2013 (plan "Vidkrytyi uriad").

pp. 6-9, 12: provedeno 2 zasidannia hromadskoi rady pry RDA, na yakykh obhovoreno proekt Prohramy rozvytku turyzmu na 2013-2015 rr.; 3 chleny HR vkliucheni do skladu koordynatsiinoi rady z pytan turyzmu; hromadskykh ekspertyz ne bulo.
p.1 - sajt RDA onovleno, stvoreno rozdil "Vidkrytyi uriad".
p.10 - robocha hrupa z pytan vidkrytosti ta prozorosti stvorena pry HR 22.04.2013.

Holovnyi spetsialist Bilyk T.
"""
    return eml("rg03", addr("", "rda-sribne@example.gov.ua"), "zvit Sribne RDA",
               kyiv(2013, 6, 15, 21, 14, 8), text(t, cs="us-ascii", cte="7bit"),
               mailer="User-Agent: K-9 Mail for Android",
               msgid="<2c1e7d90-31f4-4c86-8a0b-5e9f7d3c1a62@email.android.com>")


KEY = {"class": "ranges", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The Russian cover note only points («с 6 по 9 и п. 1, 2 — во вложении»); the .docx answers «п.п. 1, 2» and «п.п. 6 – 9» as blocks, while its outgoing number «№ 06-9/4127» looks like a range and is not.",
       "items": [{"measure": 1, "source": "UOZ_VU_II_2013.docx"},
                 {"measure": 2, "source": "UOZ_VU_II_2013.docx"},
                 {"measure": 6, "source": "UOZ_VU_II_2013.docx"},
                 {"measure": 7, "source": "UOZ_VU_II_2013.docx"},
                 {"measure": 8, "source": "UOZ_VU_II_2013.docx"},
                 {"measure": 9, "source": "UOZ_VU_II_2013.docx"},
                 {"measure": 12, "source": "UOZ_VU_II_2013.docx"}]}
@mail("rg04", KEY)
def rg04():
    body = """
<p align="center"><b>Інформація управління охорони здоровя облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року</b></p>
<p align="center">(до листа від 10.12.2013 № 06-9/4127)</p>
<p>п.п. 1, 2. На офіційному сайті управління оновлено розділ «Програми», у рубриці «Хід виконання цільових програм» офіційного сайту ОДА розміщено звіт про хід виконання обласної програми «Здоров'я нації» станом на 01.10.2013.</p>
<p>п.п. 6 – 9. Проекти наказів управління та обласних програм у сфері охорони здоров'я обговорено на 3 засіданнях громадської ради при управлінні (12.09, 17.10, 21.11.2013); представники ГО «Пацієнти Чернігівщини» включені до складу Медичної ради управління; голова комітету з питань охорони здоров'я Громадської ради при ОДА — член колегії управління.</p>
<p>п. 12. Громадських експертиз у звітному періоді не проводилось.</p>
<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Н.В.Прокопенко</p>
"""
    docx = doc("UOZ_VU_II_2013.docx", body)
    t = """Добрый день!

Управление здравоохранения облгосадминистрации направляет информацию о выполнении Плана мероприятий за II полугодие 2013 г. Информация по пунктам с 6 по 9 и по п. 1, 2 — во вложении.

Письмо № 06-9/4127 от 10.12.2013 отправлено также почтой.

--
Юрченко А.С., сектор по связям с общественностью
"""
    part = multi("mixed", [text(t, cs="utf-8"), attach(docx, MIME_OF["docx"], "UOZ_VU_II_2013.docx", "ascii")],
                 "------=_NextPart_000_0007_01CEF5A4.6D9C1B70")
    return eml("rg04", addr("Юрченко Анна", "zdorovia@example.gov.ua"),
               "Информация УОЗ - Открытое правительство", kyiv(2013, 12, 10, 11, 45, 30), part,
               mailer="X-Mailer: Microsoft Windows Live Mail 15.4.3555.308",
               msgid="<E4A1B2C3D4E54F60A7B8C9D0E1F20314@UOZPC>",
               extra=["X-MimeOLE: Produced By Microsoft MimeOLE V15.4.3555.308"])


KEY = {"class": "ranges", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Capitals throughout, windows-1251 in base64: «ПУНКТИ 7 І 9» and «З 10 ПО 12» are answered as blocks, so 11 (УВП's Open Door Days) counts for the district too.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 11, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg05", KEY)
def rg05():
    t = """ЩОРСЬКА РАЙДЕРЖАДМІНІСТРАЦІЯ НА ВИКОНАННЯ ПЛАНУ ЗАХОДІВ «ВІДКРИТИЙ УРЯД» ІНФОРМУЄ:

ПУНКТИ 7 І 9. ПРЕДСТАВНИКИ ГРОМАДСЬКОЇ РАДИ ПРИ РДА (3 ОСОБИ) ВХОДЯТЬ ДО СКЛАДУ КОМІСІЇ З ПИТАНЬ ЗАХИСТУ ПРАВ ДИТИНИ ТА БЕРУТЬ УЧАСТЬ В ОБГОВОРЕННІ ПРОЕКТІВ РОЗПОРЯДЖЕНЬ ГОЛОВИ РДА (ЗА ПІВРІЧЧЯ ОБГОВОРЕНО 6 ПРОЕКТІВ).

З 10 ПО 12 – НА ЗАСІДАННІ ГРОМАДСЬКОЇ РАДИ 25.10.2013 УТВОРЕНО РОБОЧУ ГРУПУ З ПИТАНЬ ВІДКРИТОСТІ ТА ПРОЗОРОСТІ, ЯКА ПРОВЕЛА ГРОМАДСЬКУ ЕКСПЕРТИЗУ ДІЯЛЬНОСТІ ВІДДІЛУ ОСВІТИ РДА; ДЛЯ ПРЕДСТАВНИКІВ ЗМІ ТА ГРОМАДСЬКОСТІ 14.11.2013 ПРОВЕДЕНО ДЕНЬ ВІДКРИТИХ ДВЕРЕЙ.

П.1 – ВЕБ-САЙТ РДА ФУНКЦІОНУЄ ВІДПОВІДНО ДО ВИМОГ, ІНФОРМАЦІЯ ОНОВЛЮЄТЬСЯ ЩОДЕННО.

КЕРІВНИК АПАРАТУ РДА                     Н.М.ТИМОШЕНКО
"""
    return eml("rg05", addr("Щорська РДА", "rda-shchors@example.gov.ua", "windows-1251"),
               "ІНФОРМАЦІЯ ЩОРСЬКОЇ РДА", kyiv(2013, 12, 14, 10, 20, 0),
               text(t, cs="windows-1251", cte="base64"), scs="windows-1251",
               mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
               msgid="<001501cef8b5$a8d1e240$6401a8c0@shchors>",
               extra=["X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"])

# ---------------------------------------------------------------- pr: prose
KEY = {"class": "prose", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Russian PDF (text layer) with no plan numbers: the site, consultations and advisory bodies in its own words, and the site again only as the place where survey results were published.",
       "items": [{"measure": 1, "source": "Varva_RGA_informaciya.pdf"},
                 {"measure": 6, "source": "Varva_RGA_informaciya.pdf"},
                 {"measure": 7, "source": "Varva_RGA_informaciya.pdf"}]}
@mail("pr01", KEY)
def pr01():
    body = """
<p align="center"><b>ВАРВИНСКАЯ РАЙОННАЯ ГОСУДАРСТВЕННАЯ АДМИНИСТРАЦИЯ</b></p>
<p align="center"><b>Информация о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области</b><br>(по состоянию на 10.12.2012)</p>
<p>В течение второго полугодия 2012 года райгосадминистрацией проводилась работа по обеспечению открытости и прозрачности своей деятельности.</p>
<p>Официальный веб-сайт райгосадминистрации приведен в соответствие с требованиями постановления Кабинета Министров Украины от 04.01.2002 № 3: создан раздел «Доступ к публичной информации», ежемесячно обновляется перечень нормативных актов, размещены сведения о структуре и руководстве.</p>
<p>Регулярно проводятся консультации с общественностью: в ноябре проведены общественные слушания по проекту районного бюджета на 2013 год и опрос жителей относительно качества административных услуг (опрошено 214 человек), результаты которых обнародованы на официальном сайте райгосадминистрации и в районной газете «Варвинщина».</p>
<p>В состав координационного совета по вопросам молодежной политики и Совета предпринимателей при райгосадминистрации введены представители общественного совета при райгосадминистрации (4 человека).</p>
<p>Заместитель председателя райгосадминистрации&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В.Г.Коломиец</p>
"""
    pdf = doc("Varva_RGA_informaciya.pdf", body)
    t = """Добрый день! Информация Варвинской РГА по плану "Открытое правительство" во вложении (pdf).
Сектор внутренней политики Варвинской РГА
"""
    part = multi("mixed", [text(t, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
                           attach(pdf, MIME_OF["pdf"], "Varva_RGA_informaciya.pdf", "ascii")],
                 "------------080209060703000509040302")
    return eml("pr01", addr("Варвинская РГА", "rda-varva@example.gov.ua"),
               "Информация Варвинской РГА", kyiv(2012, 12, 11, 9, 58, 40), part,
               mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1",
               msgid="<50C6E7D0.8000504@example.gov.ua>")


KEY = {"class": "prose", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .rtf under the office's old name («відділ по роботі зі зверненнями»), surzhyk, no numbers: the head's hot line is described; the site and a unit's subsidy hotline appear only in passing.",
       "items": [{"measure": 5, "source": "Інформація_відділ звернень_І півріччя 2013.rtf"}]}
@mail("pr02", KEY)
def pr02():
    body = """
<p align="center"><b>Інформація відділу по роботі зі зверненнями громадян апарату облдержадміністрації</b></p>
<p>На протязі І півріччя 2013 року відділом забезпечувалась робота «гарячої лінії» голови обласної державної адміністрації. На безкоштовний номер «гарячої лінії» надійшло 1146 звернень, з них 412 — з питань житлово-комунального господарства, 238 — соціального захисту, 97 — земельних відносин. Щопонеділка з 10.00 до 12.00 на лінії особисто чергують голова облдержадміністрації або його заступники; відповіді заявникам надаються в термін не більше 15 днів, на контролі знаходиться 64 звернення.</p>
<p>Щомісячно узагальнена інформація про звернення, що надійшли на «гарячу лінію», розміщується на офіційному сайті облдержадміністрації.</p>
<p>Звернення, які надходять на «гарячу лінію» управління праці та соцзахисту з питань субсидій, у наведену статистику не входять.</p>
<p>Завідувач відділу&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Л.О.Сидорчук</p>
"""
    rtf = doc("pr02_zvernennia.rtf", body)
    t = """Відділ по роботі зі зверненнями громадян апарату ОДА надсилає інформацію.
Сидорчук Л.О.
"""
    fn = "Інформація_відділ звернень_І півріччя 2013.rtf"
    part = multi("mixed", [text(t, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
                           attach(rtf, "application/rtf", fn, "2047b", "UTF-8")],
                 "------------040801020307050609010806")
    return eml("pr02", addr("Відділ звернень", "zvernennia@example.gov.ua"),
               "Інформація (гаряча лінія)", kyiv(2013, 6, 10, 12, 12, 12), part,
               mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
               msgid="<51B5989C.1050304@example.gov.ua>")


KEY = {"class": "prose", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "An .odt without numbers, apostrophes dropped («сімї», «обєднань»), a Latin o inside «пoлітики» and «кoлегії»; the «Громадська рада» paragraph covers both 9 and 7, the «Колегія» paragraph says what was not done, and the site is only a passing mention.",
       "items": [{"measure": 6, "source": "Інформація УСМС_ІІ півріччя 2013 (Відкритий уряд).odt"},
                 {"measure": 7, "source": "Інформація УСМС_ІІ півріччя 2013 (Відкритий уряд).odt"},
                 {"measure": 8, "source": "Інформація УСМС_ІІ півріччя 2013 (Відкритий уряд).odt"},
                 {"measure": 9, "source": "Інформація УСМС_ІІ півріччя 2013 (Відкритий уряд).odt"}]}
@mail("pr03", KEY)
def pr03():
    body = """
<p align="center"><b>Інформація управління у справах сімї, молоді та спорту облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2013 р.)</b></p>
<p><b>Консультації з громадськістю</b></p>
<p>У вересні – листопаді 2013 року проведено консультації з громадськістю щодо проекту Обласної програми «Молодь Чернігівщини» на 2014–2017 роки: онлайн-опитування на сайті управління (318 респондентів) та два засідання «круглого столу» з представниками молодіжних громадських обєднань.</p>
<p><b>Громадська рада</b></p>
<p>Члени громадської ради при управлінні взяли участь в обговоренні проекту Програми розвитку фізичної культури і спорту та проекту Положення про обласний молодіжний конкурс «Лідер року»; двоє представників громадської ради увійшли до складу Координаційної ради з питань сімейної пoлітики та ґендерної рівності.</p>
<p><b>Колегія</b></p>
<p>Голова комітету з питань молоді та спорту Громадської ради при ОДА до складу колегії управління поки що не введений, склад кoлегії переглядатиметься у І кварталі 2014 року.</p>
<p>Інформація про всі ці заходи висвітлювалась на сайті управління та в обласних ЗМІ.</p>
<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; І.В.Кузьменко</p>
"""
    odt = doc("pr03_simia.odt", body)
    t = """Добрий день.
Інформація управління у справах сімї, молоді та спорту ОДА у вкладенні.

--
Романенко Ю., УСМС
"""
    fn = "Інформація УСМС_ІІ півріччя 2013 (Відкритий уряд).odt"
    part = multi("mixed", [text(t, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
                           attach(odt, MIME_OF["odt"], fn, "2231")],
                 "------------010904050607080900030201")
    return eml("pr03", addr("Романенко Юлія", "simia@example.gov.ua"),
               "Відкритий уряд - УСМС", kyiv(2013, 12, 6, 14, 22, 10), part,
               mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
               msgid="<52A1C1E2.9040801@example.gov.ua>")


KEY = {"class": "prose", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only web mail from the Public Council with run-together words and Latin letters inside Cyrillic ones; the web resource and its forum are described without numbers, and a plan for December is a promise.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}]}
@mail("pr04", KEY)
def pr04():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Шановні колеги!</p>
<p>Громадськарада при облдержадміністрації інформує.</p>
<p>Веб-ресурс «Чернігівська громада» (hromada.example.org.ua) запрацював з 1 листопада 2012 року: на ньому розміщуються новини громадських oрганізацій області, анонси заходів, матеріали засідань громадської ради та її комітетів. Станом на 1 грудня на ресурсі зареєстровано 64 організації, адмініструванням займаються двоє членів ради на громадських засадах.</p>
<p>На базі ресурсу в тестовомурежимі відкрито інтернет-фoрум, де вже обговорюються питання благоустрою обласного центру та роботи громадського транспорту (23 теми, 140 дописів).</p>
<p>У грудні плануємо провести публічне обговорення виконання Плану заходів, про дату повідомимо додатково.</p>
<p>З повагою,<br />голова Громадської ради при ОДА<br />Ігор Білоус</p>
</body></html>
"""
    return eml("pr04", addr("Громадська рада при ОДА", "gromrada@example.gov.ua"),
               "Інформація Громадської ради", kyiv(2012, 12, 5, 20, 31, 55),
               text(html, "html", cs="UTF-8", cte="quoted-printable"),
               mailer="User-Agent: Roundcube Webmail/0.8.4",
               msgid="<0b7e4f2c91d3a85e6f1c2d4b7a9e0c13@example.gov.ua>")


KEY = {"class": "prose", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The department's own sector reports from its registered box in a .doc full of abbreviations (ОДА, ЦППК, ГО, ЗМІ), without numbers: the hot line, Open Door Days, the seminar, the guide and the public discussion.",
       "items": [{"measure": 5, "source": "UVP_info_I_pivr_2013.doc"},
                 {"measure": 11, "source": "UVP_info_I_pivr_2013.doc"},
                 {"measure": 13, "source": "UVP_info_I_pivr_2013.doc"},
                 {"measure": 14, "source": "UVP_info_I_pivr_2013.doc"},
                 {"measure": 15, "source": "UVP_info_I_pivr_2013.doc"}]}
@mail("pr05", KEY)
def pr05():
    body = """
<p align="center"><b>Інформація сектору зв'язків з громадськістю управління з питань внутрішньої політики та зв'язків з громадськістю ОДА для узагальнення (І півріччя 2013 р.)</b></p>
<p>Спільно з відділом роботи із зверненнями громадян апарату ОДА забезпечено роботу «гарячої лінії» голови облдержадміністрації: працівники управління щочетверга приймають дзвінки та передають звернення на розгляд, протягом півріччя опрацьовано 187 звернень.</p>
<p>22 лютого та 24 травня 2013 р. в управлінні проведено Дні відкритих дверей для представників ГО і ЗМІ, в яких взяла участь 31 особа; учасники ознайомились зі структурою та напрямками роботи управління.</p>
<p>Спільно з Чернігівським ЦППК 26 лютого 2013 р. проведено навчальний семінар для заступників керівників структурних підрозділів ОДА та РДА, відповідальних за організацію консультацій з громадськістю (47 слухачів).</p>
<p>Методичний посібник «Інструменти політики сприяння розвитку громадянського суспільства» (тираж 300 прим.) розповсюджено серед держслужбовців ОДА та РДА, електронна версія розміщена на офіційному сайті ОДА.</p>
<p>28 травня 2013 р. спільно з Громадською радою при ОДА та регіональним координатором «Партнерства „Відкритий уряд“» проведено громадське обговорення виконання заходів Плану у формі круглого столу (42 учасники), пропозиції узагальнено.</p>
<p>Завідувач сектору&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.П.Денисенко</p>
"""
    d = doc("UVP_info_I_pivr_2013.doc", body)
    plain = """Інформація сектору для узагальнення звіту - у вкладенні.
Денисенко О.П.
"""
    html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body lang=UK><p class=MsoNormal>Інформація сектору для узагальнення звіту - у вкладенні.<o:p></o:p></p><p class=MsoNormal>Денисенко О.П.<o:p></o:p></p></body></html>"
    alt = multi("alternative", [text(plain, cs="utf-8"), text(html, "html", cs="utf-8")],
                "----=_NextPart_001_0031_01CE6903.1A2B3C40", preamble=None)
    part = multi("mixed", [alt, attach(d, MIME_OF["doc"], "UVP_info_I_pivr_2013.doc", "ascii")],
                 "----=_NextPart_000_0030_01CE6903.1A2B3C40")
    return eml("pr05", addr("Денисенко Олена", "uvp-info@example.gov.ua"),
               "Інформація сектору зв'язків з громадськістю (Відкритий уряд)", kyiv(2013, 6, 14, 16, 0, 5), part,
               mailer="X-Mailer: Microsoft Outlook 14.0",
               msgid="<003001ce6903$1a2b3c40$4e81b4c0$@example.gov.ua>")

# ---------------------------------------------------------------- fn: foreign_numbers
KEY = {"class": "foreign_numbers", "executor": "rda-ichnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The letter numbers its own paragraphs 1.–4.: paragraph 2 is about consultations (measure 6), paragraph 3 about an anti-corruption review (12); «№ 3» of the Cabinet resolution and the counts are no measures either.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("fn01", KEY)
def fn01():
    t = """Управлінню з питань внутрішньої політики та зв’язків з громадськістю
облдержадміністрації

Ічнянська райдержадміністрація на виконання плану заходів з підвищення рівня
відкритості та прозорості діяльності виконавчої влади інформує:

1. Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог
постанови КМУ від 04.01.2002 № 3, у 2012 році на сайті створено 4 нові розділи,
в т.ч. «Публічна інформація» та «Громадська рада».

2. Проведено 2 консультації з громадськістю у формі публічного громадського
обговорення (проект бюджету району на 2013 рік, проект Програми розвитку
культури на 2013-2015 роки) та опитування населення щодо роботи ЦНАП.

3. Громадською організацією «Ічнянська правова ініціатива» проведено громадську
антикорупційну експертизу проекту розпорядження голови РДА «Про затвердження
Положення про конкурсний відбір перевізників», 2 пропозиції враховано.

4. Інформацію надано у встановлений термін.

Заступник голови райдержадміністрації                    П.С.Ковальчук
"""
    return eml("fn01", addr("Ічнянська РДА", "rda-ichnia@example.gov.ua"),
               "Інформація Ічнянської РДА (Відкритий уряд)", kyiv(2012, 12, 14, 11, 11, 11),
               text(t, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
               mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2",
               msgid="<50CAEF4F.1000806@example.gov.ua>")


KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The .xls has a running «№ з/п» (1–7) beside the real «№ пункту Плану» column (1, 6, 7, 8, 9, 12, 16); the body is Russian and the sheet calls the unit by an abbreviation (УПтаСЗН).",
       "items": [{"measure": 1, "source": "Звіт УПтаСЗН_Відкритий уряд.xls"},
                 {"measure": 6, "source": "Звіт УПтаСЗН_Відкритий уряд.xls"},
                 {"measure": 7, "source": "Звіт УПтаСЗН_Відкритий уряд.xls"},
                 {"measure": 9, "source": "Звіт УПтаСЗН_Відкритий уряд.xls"}]}
@mail("fn02", KEY)
def fn02():
    rows = [["Інформація УПтаСЗН облдержадміністрації про виконання Плану заходів «Відкритий уряд» (І півріччя 2013 р.)", "", "", ""],
            ["№ з/п", "№ пункту Плану", "Захід", "Виконання"],
            [1, 1, "Сайти", "На сторінці управління офіційного сайту ОДА оновлено розділи «Субсидії» та «Пільги», розміщено 24 роз’яснення"],
            [2, 6, "Консультації з громадськістю", "Проведено 4 консультації: громадські слухання щодо проекту Обласної програми соціального захисту на 2013–2015 рр. та опитування отримувачів субсидій (612 осіб)"],
            [3, 7, "Дорадчо-консультативні органи", "5 представників ГО ветеранів та інвалідів включено до складу Координаційної ради з питань соціального захисту (розпорядження ОДА від 12.03.2013 № 88)"],
            [4, 8, "Колегія", "-"],
            [5, 9, "Обговорення проектів", "Проекти 2 наказів управління обговорено з членами громадської ради при управлінні 16.04.2013"],
            [6, 12, "Громадські експертизи", "не проводились"],
            [7, 16, "Надання інформації", "надано"]]
    xls = sheet("fn02_sotszakhyst.xls", rows)
    plain = """Управление труда и социальной защиты населения облгосадминистрации направляет информацию о выполнении Плана мероприятий за 1 полугодие 2013 года.

Исп. Пархоменко Л.Д., тел. 3-44-28
"""
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=RU>"
            "<p class=MsoNormal>Управление труда и социальной защиты населения облгосадминистрации направляет информацию "
            "о выполнении Плана мероприятий за 1 полугодие 2013 года.<o:p></o:p></p><p class=MsoNormal>Исп. Пархоменко Л.Д., "
            "тел. 3-44-28<o:p></o:p></p></body></html>")
    alt = multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
                "----=_NextPart_001_0019_01CE6812.0A7C3E10", preamble=None)
    part = multi("mixed", [alt, attach(xls, MIME_OF["xls"], "Звіт УПтаСЗН_Відкритий уряд.xls", "2047b", "windows-1251")],
                 "----=_NextPart_000_0018_01CE6812.0A7C3E10")
    return eml("fn02", addr("УТСЗН ОГА", "sotszakhyst@example.gov.ua", "windows-1251"),
               "информация Открытое правительство", kyiv(2013, 6, 13, 9, 30, 44), part, scs="windows-1251",
               mailer="X-Mailer: Microsoft Office Outlook 11",
               msgid="<001801ce6812$0a7c3e10$1f74ba30$@example.gov.ua>")


KEY = {"class": "foreign_numbers", "executor": "rda-kulykivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The .docx follows the district's own plan numbering (1.1, 1.2, 2.3, 3.1, 4.2) with sub-items «а)», «б)», an order number «№ 311» and counts; the measures are found by subject, and 4.2 says the recommendation of measure 10 was made.",
       "items": [{"measure": 1, "source": "Kulykivka_RDA_VU.docx"},
                 {"measure": 6, "source": "Kulykivka_RDA_VU.docx"},
                 {"measure": 7, "source": "Kulykivka_RDA_VU.docx"},
                 {"measure": 10, "source": "Kulykivka_RDA_VU.docx"}]}
@mail("fn03", KEY)
def fn03():
    body = """
<p align="center"><b>Інформація Куликівської райдержадміністрації про виконання районного плану заходів з підвищення рівня відкритості та прозорості діяльності (розпорядження голови РДА від 15.10.2012 № 311), затвердженого на виконання обласного Плану</b></p>
<p>1.1. Забезпечено наповнення розділу «Відкритий уряд» на oфіційному веб-сайті РДА, розміщено 27 документів.</p>
<p>1.2. Створено розділ «Регуляторна діяльність», де оприлюднюються проекти регуляторних актів РДА.</p>
<p>2.3. Проведено громадські слухання з питання оптимізації мережі закладів освіти (18.04.2013):<br>а) в с. Вересоч – 29 учасників;<br>б) в смт Куликівка – 44 учасники.</p>
<p>3.1. До складу дорадчих органів РДА (6 рад і комісій) залучено 6 представників інститутів громадянського суспільства, в т.ч. 2 члени громадської ради.</p>
<p>4.2. Громадській раді при РДА надано рекомендацію щодо створення робочої групи з питань відкритості та прозорості (лист від 21.05.2013 № 02-19/904); питання буде розглянуто на засіданні ради у липні.</p>
<p>Керівник апарату РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Т.О.Шаповал</p>
"""
    docx = doc("Kulykivka_RDA_VU.docx", body)
    plain = """Шановні колеги! Надсилаємо інформацію Куликівської РДА (у вкладенні).
Стасюк Н.В., відділ організаційної роботи
"""
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=koi8-u\"></head><body lang=UK>"
            "<p class=MsoNormal>Шановні колеги! Надсилаємо інформацію Куликівської РДА (у вкладенні).<o:p></o:p></p>"
            "<p class=MsoNormal>Стасюк Н.В., відділ організаційної роботи<o:p></o:p></p></body></html>")
    alt = multi("alternative", [text(plain, cs="koi8-u"), text(html, "html", cs="koi8-u")],
                "----=_NextPart_001_0005_01CE6683.77E1A0B0", preamble=None)
    part = multi("mixed", [alt, attach(docx, MIME_OF["docx"], "Kulykivka_RDA_VU.docx", "ascii")],
                 "----=_NextPart_000_0004_01CE6683.77E1A0B0")
    return eml("fn03", addr("Куликівська РДА", "rda-kulykivka@example.gov.ua", "koi8-u"),
               "Інформація Куликівської РДА", kyiv(2013, 6, 11, 10, 5, 0), part, scs="koi8-u",
               mailer="X-Mailer: Microsoft Office Outlook 12.0",
               msgid="<000401ce6683$77e1a0b0$67a4e210$@example.gov.ua>")


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A Russian koi8-r letter with its own sub-items «1)», «2)», «3)», an outgoing number, «приказ № 112», counts of objects and projects; only the bracketed «(п. 8 Плана)» is a plan number.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 8, "source": "body"}]}
@mail("fn04", KEY)
def fn04():
    t = """Исх. N 05-12/1843 от 12.12.2013

Управление капитального строительства облгосадминистрации сообщает:

1) на странице управления официального сайта ОГА обновлены разделы
"Деятельность" и "Публичная информация", размещен титульный список объектов
строительства на 2013 год (14 объектов);

2) в рубрике "Ход выполнения целевых программ" размещен отчет о выполнении
Программы развития дорожной инфраструктуры за 9 месяцев 2013 г.;

3) председатель комитета по вопросам строительства Общественного совета при
облгосадминистрации введен в состав коллегии управления (приказ N 112 от
02.09.2013), изменения в Положение об управлении не вносились (п. 8 Плана).

Проекты приказов управления (3 шт.) нормативного характера в отчетном
периоде не разрабатывались.

Зам. начальника управления                     В.А.Гребенюк
"""
    return eml("fn04", addr("УКС ОГА", "kapbud@example.gov.ua", "koi8-r"),
               "Информация УКС", kyiv(2013, 12, 12, 15, 40, 20),
               text(t, cs="koi8-r"), scs="koi8-r",
               mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
               msgid="<000b01cef745$1e2f3040$0a01a8c0@uks>")


KEY = {"class": "foreign_numbers", "executor": "rda-novhorod-siverskyi", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A CDO-scripted mail a day after the deadline; its .xlsx has only a running «№ з/п» 1–6 and names each measure by a short subject, so running number 2 is consultations (6) and 5 the commission (10); the denial in row 6 names the expertises.",
       "items": [{"measure": 1, "source": "Н-Сіверська РДА_ВУ.xlsx"},
                 {"measure": 6, "source": "Н-Сіверська РДА_ВУ.xlsx"},
                 {"measure": 9, "source": "Н-Сіверська РДА_ВУ.xlsx"},
                 {"measure": 10, "source": "Н-Сіверська РДА_ВУ.xlsx"},
                 {"measure": 12, "source": "Н-Сіверська РДА_ВУ.xlsx"}]}
@mail("fn05", KEY)
def fn05():
    rows = [["Н-Сіверська РДА. Інформація про виконання Плану заходів «Відкритий уряд» за ІІ півріччя 2013 р.", "", ""],
            ["№ з/п", "Зміст заходу", "Відмітка про виконання"],
            [1, "Приведення офіційних сайтів до вимог законодавства", "Сайт РДА оновлено, розміщено 57 матеріалів, створено підрозділ «Звіти посадових осіб»"],
            [2, "Консультації з громадськістю (пост. КМУ № 996)", "Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2014 р., 2 зустрічі з мешканцями сіл Кудлаївка і Пушкарі"],
            [3, "Залучення до ДКО представників ІГС", "-"],
            [4, "Обговорення проектів розпоряджень з членами громадської ради", "Проекти 5 розпоряджень голови РДА обговорено з членами громадської ради"],
            [5, "Комісія (робоча група) з питань відкритості при ГР", "Громадській раді рекомендовано створити комісію, комісію ще не утворено"],
            [6, "Громадські експертизи", "Громадських експертиз не проводилось, звернень від ІГС не надходило"]]
    xlsx = sheet("fn05_nsiverskyi.xlsx", rows)
    t = """Інформація Н-Сіверської РДА додається.
"""
    part = multi("mixed", [text(t, cs="utf-8", cte="8bit"),
                           attach(xlsx, MIME_OF["xlsx"], "Н-Сіверська РДА_ВУ.xlsx", "2047b", "utf-8")],
                 "----=_NextPart_000_0001_01CEFA4E.3C0B6F00")
    return eml("fn05", addr("rda-novhorod-siverskyi", "rda-novhorod-siverskyi@example.gov.ua"),
               "Н-Сіверська РДА - Відкритий уряд", kyiv(2013, 12, 16, 9, 0, 30), part,
               mailer="X-Mailer: Microsoft CDO for Windows 2000",
               msgid="<NSRDA.20131216090030.0001@example.gov.ua>",
               extra=["Content-Class: urn:content-classes:message",
                      "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609"])

# ---------------------------------------------------------------- pa: personal_address
KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent late at night from a private Gmail box under a Latin display name; the unit is named only in the signature in the genitive («головного управління економіки облдержадміністрації») while the .doc is addressed to УВП.",
       "items": [{"measure": 1, "source": "economika_VU_1pivr.doc"},
                 {"measure": 2, "source": "economika_VU_1pivr.doc"},
                 {"measure": 6, "source": "economika_VU_1pivr.doc"},
                 {"measure": 9, "source": "economika_VU_1pivr.doc"}]}
@mail("pa01", KEY)
def pa01():
    body = """
<p style="margin-left:9cm">Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>
<p align="center"><b>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року</b></p>
<p>п. 1. На сторінці управління офіційного сайту ОДА оновлено розділ «Інвестиційна діяльність», розміщено інвестиційний паспорт області та 12 інвестиційних пропозицій.</p>
<p>п. 2. У рубриці «Хід виконання цільових програм» розміщено звіт про виконання Програми економічного і соціального розвитку області за 2012 рік та за І квартал 2013 року.</p>
<p>п. 6. Проведено консультації з громадськістю щодо проекту Стратегії розвитку області до 2020 року: 4 громадські слухання в міськрайонних центрах та електронне обговорення (надійшло 86 пропозицій).</p>
<p>п. 9. Члени громадської ради при ОДА взяли участь в обговоренні проекту Програми розвитку малого і середнього підприємництва на 2013–2014 роки (засідання 17.05.2013).</p>
<p>п. 12. —</p>
"""
    d = doc("economika_VU_1pivr.doc", body)
    plain = """Доброго вечора!

Надсилаю інформацію головного управління економіки облдержадміністрації про виконання Плану заходів за І півріччя 2013 р. Направляю зі своєї пошти, бо в управлінні з обіду не працює інтернет.
Прошу підтвердити отримання.

--
Коваленко Оксана
головний спеціаліст відділу стратегічного планування
головного управління економіки облдержадміністрації
"""
    html = ('<div dir="ltr"><div>Доброго вечора!</div><div><br></div><div>Надсилаю інформацію головного управління '
            'економіки облдержадміністрації про виконання Плану заходів за І півріччя 2013 р. Направляю зі своєї пошти, '
            'бо в управлінні з обіду не працює інтернет.</div><div>Прошу підтвердити отримання.</div><div><br></div>-- <br>'
            '<div dir="ltr">Коваленко Оксана<br>головний спеціаліст відділу стратегічного планування<br>головного управління '
            'економіки облдержадміністрації</div></div>')
    alt = multi("alternative", [text(plain, cs="UTF-8", cte="base64"), text(html, "html", cs="UTF-8", cte="base64")],
                "047d7b3a8f6e5d4c3b04df0c1a2b", preamble=None)
    part = multi("mixed", [alt, attach(d, MIME_OF["doc"], "economika_VU_1pivr.doc", "ascii")],
                 "047d7b3a8f6e5d4c3b04df0c1a2d", preamble=None)
    return eml("pa01", addr("Oksana Kovalenko", "kovalenko.oksana.ua@gmail.com"),
               "інформація ГУЕ - відкритий уряд", kyiv(2013, 6, 14, 22, 41, 3), part,
               msgid="<CAH3kW1q7fLz0bN5xJm2vR8dT9yU4cE6pKa1sG3hQ@mail.gmail.com>",
               extra=["X-Received: by 10.180.97.33 with SMTP id dx1mr3741293wib.15.1371238863;"])


KEY = {"class": "personal_address", "executor": "rda-sosnytsia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Russian letter from a private ukr.net box, addressed to «управление по вопросам внутренней политики» (УВП) and signed «Сосницкой РГА»; «п.7 – не проводилось» and «п.10 – х» are placeholders, «экспертиз не было» names its subject.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("pa02", KEY)
def pa02():
    plain = """В управление по вопросам внутренней политики и связей с общественностью ОГА

Информация Сосницкой райгосадминистрации о выполнении Плана мероприятий
"Открытое правительство" за II полугодие 2012 г.

п.1 – на официальном веб-сайте РГА обновлены разделы «Новости», «Обращения граждан», создан раздел «Общественный совет»;
п.6 – проведено 2 публичных обсуждения (проект бюджета района на 2013 г., тарифы на водоснабжение в пгт Сосница);
п.7 – не проводилось
п.9 – члены общественного совета привлекались к обсуждению проекта программы социально-экономического развития района на 2013 год;
п.10 – х
п.12 – экспертиз не было

Пишу с личного ящика, служебная почта не работает с четверга.
Ведущий специалист отдела по вопросам внутренней политики
Сосницкой РГА Шевчук А.П.
"""
    html = "<div>" + plain.replace("\n", "<br>") + "</div>"
    part = multi("alternative", [text(plain, cs="windows-1251", cte="base64"), text(html, "html", cs="windows-1251", cte="base64")],
                 "----7f3a12b54c0e9d86")
    return eml("pa02", addr("Шевчук Алла", "shevchuk_alla76@ukr.net", "windows-1251"),
               "Сосница РГА открытое правительство", kyiv(2012, 12, 15, 17, 3, 41), part, scs="windows-1251",
               mailer="X-Mailer: ukr.net mail",
               msgid="<1355583821.412657391.x7e3p1qm@frv190.fwdcdn.com>")


KEY = {"class": "personal_address", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Latin transliteration from a phone via a private i.ua box; the district appears only as «Bakhmatskoi RDA» in the signature, the addressee «upravlinnia z pytan vnutrishnoi polityky ODA» is УВП, and the subject's item list is only a pointer.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("pa03", KEY)
def pa03():
    t = """Dlia upravlinnia z pytan vnutrishnoi polityky ODA

Zvit pro vykonannya p. 1, 6, 7, 9, 10, 12 Planu "Vidkrytyi uriad" za I pivrichchia 2013:
p. 1 - Ofitsiinyi veb-sait RDA funktsionuie, onovleno rozdil "Hromadska rada", rozmishcheno plan roboty HR na 2013 r.
p. 6 - provedeno hromadski slukhannia shchodo proektu prohramy blahoustroiu m. Bakhmach (23.05.2013, 61 uchasnyk)
p. 7 - 2 chleny HR uvijshly do skladu koordynatsiinoi rady z pytan rozvytku pidpryiemnytstva
p. 9 - -
p. 10 - Hromadskii radi rekomendovano stvoryty robochu hrupu z pytan vidkrytosti (lyst vid 12.03.2013)
p. 12 - ne provodylys

Holovnyi spetsialist viddilu orhroboty aparatu Bakhmatskoi RDA
Pylypenko V.

Vidpravleno z mobilnoho
"""
    return eml("pa03", addr("Vitalii", "bakhmach.vnutr@i.ua"),
               "Zvit pro vykonannya p. 1, 6, 7, 9, 10, 12", kyiv(2013, 6, 15, 12, 30, 10),
               text(t, cs="us-ascii", cte="7bit"),
               mailer="X-Mailer: I.UA Mail",
               msgid="<51bc32da.6f21.bakhmach.vnutr@i.ua>")


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The children's service writes from the registered box of the family and youth department and names itself in Russian (Служба по делам детей); the box owner and the addressee УВП are both named in the body; a PDF with a text layer.",
       "items": [{"measure": 1, "source": "SSD_Vidkrytyi_uriad_2013.pdf"},
                 {"measure": 6, "source": "SSD_Vidkrytyi_uriad_2013.pdf"},
                 {"measure": 7, "source": "SSD_Vidkrytyi_uriad_2013.pdf"},
                 {"measure": 8, "source": "SSD_Vidkrytyi_uriad_2013.pdf"}]}
@mail("pa04", KEY)
def pa04():
    body = """
<p align="center"><b>СЛУЖБА У СПРАВАХ ДІТЕЙ ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b></p>
<p align="center">Інформація про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 р.</p>
<p>п. 1. На офіційному сайті облдержадміністрації оновлено розділ Служби у справах дітей: розміщено порядок усиновлення, перелік документів для опіки та актуальну базу дітей, які потребують сімейного влаштування.</p>
<p>п. 6. Проведено консультацію з громадськістю у формі електронного обговорення проекту обласної програми оздоровлення та відпочинку дітей на 2013–2016 роки (21 пропозиція).</p>
<p>п. 7. До складу обласної комісії з питань захисту прав дитини включено голову ГО «Дитячий фонд Сіверщини».</p>
<p>п. 8. Голова комітету з питань сім’ї та дітей Громадської ради при ОДА — член колегії служби (наказ від 20.03.2013 № 14).</p>
<p>п. 12. –</p>
<p>Начальник служби&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Г.І.Марченко</p>
"""
    pdf = doc("SSD_Vidkrytyi_uriad_2013.pdf", body)
    plain = """Добрый день!
Служба по делам детей облгосадминистрации направляет информацию по плану "Открытое правительство".
Отправляем с ящика управления семьи, молодежи и спорта, т.к. наш почтовый ящик заблокирован провайдером.

Глущенко Н.А., главный специалист Службы по делам детей ОГА, тел. 67-30-81
"""
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body lang=RU>"
            "<p class=MsoNormal>" + plain.replace("\n", "<br>\n") + "</p></body></html>")
    alt = multi("alternative", [text(plain, cs="windows-1251"), text(html, "html", cs="windows-1251")],
                "----=_NextPart_001_0041_01CE6747.B1C2D3E0", preamble=None)
    part = multi("mixed", [alt, attach(pdf, MIME_OF["pdf"], "SSD_Vidkrytyi_uriad_2013.pdf", "ascii")],
                 "----=_NextPart_000_0040_01CE6747.B1C2D3E0")
    return eml("pa04", addr("Управління сім'ї, молоді та спорту", "simia@example.gov.ua", "windows-1251"),
               "Служба по делам детей - информация", kyiv(2013, 6, 12, 10, 48, 29), part, scs="windows-1251",
               mailer="X-Mailer: Microsoft Outlook 14.0",
               msgid="<004001ce6747$b1c2d3e0$1547a7a0$@example.gov.ua>")


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A private meta.ua box; the unit names itself by an old inverted name («управління архітектури та містобудування», formerly «Головне управління…») with «звязків» missing its apostrophe; «п.12 - не стосується» is not applicable.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}]}
@mail("pa05", KEY)
def pa05():
    t = """Управлінню з питань внутрішньої політики та звязків з громадськістю ОДА

Інформація управління архітектури та містобудування облдержадміністрації (колишнє Головне управління містобудування та архітектури) про виконання Плану заходів за ІІ півріччя 2013р.

п.1 - на сторінці управління офіційного сайту ОДА розміщено містобудівну документацію: генеральні плани 12 населених пунктів області та схему планування території Новгород-Сіверського району
п.6 - проведено громадські слухання проекту детального плану території мікрорайону "Масани" м. Чернігова (08.10.2013, 93 учасники), пропозиції узагальнено
п.9 - членів громадської ради при ОДА залучено до обговорення проекту регіональної програми "Доступне житло" на 2014-2016рр.
п.12 - не стосується

Головний спеціаліст управління архітектури та містобудування ОДА
Тарасенко Р.В.
"""
    html = "<div>" + t.replace("\n", "<br>\n") + "</div>"
    part = multi("alternative", [text(t, cs="utf-8"), text(html, "html", cs="utf-8")],
                 "=_meta_8a3c1f0e92b7")
    return eml("pa05", addr("Роман Тарасенко", "arhitektura_chg@meta.ua"),
               "інформація управління архітектури (відкритий уряд)", kyiv(2013, 12, 13, 13, 13, 13), part,
               mailer="X-Mailer: META.ua Mail",
               msgid="<1386933193.529AE5C9.3d1f@mail.meta.ua>")

# ---------------------------------------------------------------- mx: mixed
def png(w, h, rgb):
    import struct, zlib
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


KEY = {"class": "mixed", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The secretary forwards, as message/rfc822, the district's letter of 12.12 that went to a mistyped address and bounced; the Russian cover note and the inner body report nothing, the .doc inside the forwarded letter does.",
       "items": [{"measure": 1, "source": "Носівська РДА_ВУ.doc"},
                 {"measure": 6, "source": "Носівська РДА_ВУ.doc"},
                 {"measure": 9, "source": "Носівська РДА_ВУ.doc"},
                 {"measure": 10, "source": "Носівська РДА_ВУ.doc"},
                 {"measure": 12, "source": "Носівська РДА_ВУ.doc"}]}
@mail("mx01", KEY)
def mx01():
    body = """
<p align="center"><b>Інформація Носівської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2012 р.)</b></p>
<p>п. 1 – веб-сайт РДА оновлено, створено рубрику «Відкритий уряд», де розміщуються проекти розпоряджень та звіти про їх обговорення.</p>
<p>п. 6 – проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік, зустрічі з мешканцями сіл Мрин і Володькова Дівиця.</p>
<p>п. 7 – х</p>
<p>п. 9 – члени громадської ради при РДА взяли участь в обговоренні проекту районної програми «Молодь Носівщини» на 2013–2016 рр.</p>
<p>п. 10 – громадській раді рекомендовано створити комісію з питань відкритості та прозорості; комісію утворено 20.11.2012 у складі 3 осіб.</p>
<p>п. 12 – громадських експертиз у звітному періоді не проводилось.</p>
<p>Заступник голови РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; М.І.Кравченко</p>
"""
    d = doc("mx01_nosivka.doc", body)
    inner_part = multi("mixed", [text("Надсилаємо інформацію про виконання плану заходів «Відкритий уряд».\n\nЗагальний відділ Носівської РДА\n", cs="windows-1251"),
                                 attach(d, MIME_OF["doc"], "Носівська РДА_ВУ.doc", "2047b", "windows-1251")],
                       "----=_NextPart_000_0012_01CDD85B.4A1E2F30")
    inner = CRLF.join(h.encode("ascii") for h in [
        "Date: Wed, 12 Dec 2012 10:14:22 +0200",
        "From: " + addr("Носівська РДА", "rda-nosivka@example.gov.ua", "windows-1251"),
        "To: uvp@cg.ukrtel.ua",
        "Subject: " + ew("Інформація Носівської РДА", "windows-1251"),
        "Message-ID: <001201cdd85b$4a1e2f30$6301a8c0@nosivka>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Office Outlook 11"] + inner_part.headers) + CRLF + CRLF + inner_part.body
    top = """Добрый день!
Пересылаю письмо от 12.12, которое ушло на неправильный адрес (ukrtel.ua вместо ukrtel.net) и вернулось обратно. Информация во вложении.

Секретарь приемной Носовской РГА
Мищенко Е.
"""
    part = multi("mixed", [text(top, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
                           rfc822(inner, "Інформація Носівської РДА.eml", style="2231")],
                 "------------030508070209010405060703")
    return eml("mx01", addr("Носівська РДА", "rda-nosivka@example.gov.ua"),
               "Fwd: Інформація Носівської РДА", kyiv(2012, 12, 14, 8, 55, 0), part,
               mailer="User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1",
               msgid="<50CACD44.9090102@example.gov.ua>")


KEY = {"class": "mixed", "executor": "su-arkhiv", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A late correction forwarded over the archive's own earlier letter (Outlook header block, no «>»); only the new text counts — a corrected item 8 and a supplement on 9 — while the quoted 1, 6, 7 and the wrong 8 were counted when they came.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("mx02", KEY)
def mx02():
    earlier = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА

Держархів області на виконання Плану заходів «Відкритий уряд» інформує (І півріччя 2013 р.):
п. 1 – на сайті Держархіву створено розділ «Електронний архів», розміщено 3 нові описи фондів;
п. 6 – проведено консультацію з громадськістю щодо проекту Програми збереження документів НАФ на 2013–2017 рр. (круглий стіл 14.05.2013);
п. 7 – до складу експертно-перевірної комісії Держархіву включено представника ГО «Сіверське краєзнавче товариство»;
п. 8 – голову комітету Громадської ради при ОДА введено до складу колегії (наказ від 05.06.2013 № 72).

Директор                         Л.М.Васильченко
Вих. № 01-14/512 від 14.06.2013"""
    head = """-----Оригінальне повідомлення-----
Від: Держархів області [mailto:arkhiv@example.gov.ua]
Надіслано: 14 червня 2013 р. 15:02
Кому: uvp@cg.ukrtel.net
Тема: Інформація Держархіву (Відкритий уряд)
"""
    new = """Уточнення до нашого листа від 14.06.2013 № 01-14/512.

У п. 8 помилково зазначено номер наказу. Правильно: голову комітету з питань культури та духовного відродження Громадської ради при ОДА Сидоренка П.М. включено до складу колегії Держархіву (наказ від 05.06.2013 № 27-к).

Також доповнюємо по п. 9: проект Програми збереження документів НАФ на 2013–2017 рр. обговорено з членами громадської ради при Держархіві 11.06.2013, зауваження враховано.

Вибачте за неточність.
Гребінь О.С., відділ забезпечення збереженості документів, т. 67-11-04

"""
    plain = new + head + "\n" + earlier + "\n"
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body lang=UK>"
            "<div class=WordSection1><p class=MsoNormal>" + esc(new) + "</p>"
            "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
            + esc(head) + "</p></div><p class=MsoNormal>" + esc(earlier) + "</p></div></body></html>")
    part = multi("alternative", [text(plain, cs="utf-8"), text(html, "html", cs="utf-8")],
                 "----=_NextPart_000_0052_01CE6B39.7E4A2C10")
    return eml("mx02", addr("Держархів області", "arkhiv@example.gov.ua"),
               "FW: Інформація Держархіву (Відкритий уряд) - уточнення", kyiv(2013, 6, 17, 10, 30, 0), part,
               mailer="X-Mailer: Microsoft Outlook 14.0",
               msgid="<005201ce6b39$7e4a2c10$7adec430$@example.gov.ua>",
               extra=["Thread-Index: Ac5pAx9bHn0uQmTgS2yWz1cN8hRk0wB1Yp2g"])


KEY = {"class": "mixed", "executor": "rda-pryluky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The Russian cover note itself reports on item 10 while the Ukrainian .xls (RFC 2231 name) reports 1, 6 and 7 with a dash on 12; the cover's «таблица во вложении» is only a pointer.",
       "items": [{"measure": 1, "source": "Прилуцька РДА_ІІ півріччя 2013.xls"},
                 {"measure": 6, "source": "Прилуцька РДА_ІІ півріччя 2013.xls"},
                 {"measure": 7, "source": "Прилуцька РДА_ІІ півріччя 2013.xls"},
                 {"measure": 10, "source": "body"}]}
@mail("mx03", KEY)
def mx03():
    rows = [["№ пункту", "Інформація про виконання"],
            [1, "На офіційному веб-сайті РДА оновлено розділи «Регуляторна політика» та «Доступ до публічної інформації», розміщено звіти голів сільських рад"],
            [6, "Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (28.11.2013, 54 учасники) та опитування мешканців щодо якості медичного обслуговування (390 анкет)"],
            [7, "До складу районної ради з питань безпечної життєдіяльності та комісії з питань надзвичайних ситуацій включено по 1 представнику громадської ради"],
            [9, "Інформацію буде надано додатково"],
            [12, "-"]]
    xls = sheet("mx03_pryluky.xls", rows)
    t = """Добрый день!

Направляем информацию Прилукской РГА за II полугодие 2013 г. (таблица во вложении).

Дополнительно по п. 10: общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости и прозрачности, рабочая группа создана решением совета от 14.11.2013 № 7 в составе 5 человек.

С уважением,
Ничипоренко С.А., отдел организационной работы аппарата РГА
"""
    fn = "Прилуцька РДА_ІІ півріччя 2013.xls"
    part = multi("mixed", [text(t, cs="UTF-8", cte="8bit", ct_extra="; format=flowed"),
                           attach(xls, MIME_OF["xls"], fn, "2231")],
                 "------------060903040502010708090301")
    return eml("mx03", addr("Прилуцька РДА", "rda-pryluky@example.gov.ua"),
               "Информация Прилукской РГА - Открытое правительство", kyiv(2013, 12, 9, 14, 14, 14), part,
               mailer="User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
               msgid="<52A5B4E6.3010207@example.gov.ua>")


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Word HTML with a logo and a signature image inline (multipart/related), plain twin in windows-1251; the Ukrainian text has Latin o, i, c, p and e pasted into its words (even «eкспертизи»), the signature names the district in Russian (Черниговская РГА).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("mx04", KEY)
def mx04():
    paras = ["Управлінню з питань внутрішньої пoлітики та зв'язків з громадськістю ОДА",
             "Інформація про виконання Плану заходів «Відкритий уряд» за I півріччя 2013 р.",
             "п. 1 – на oфіційному веб-сайті райдержадміністрації створено рубрику «Громадське обговорення», оновлено рoзділ «Доступ до публічної інформації» (розміщено 46 відповідей на запити);",
             "п. 6 – проведено 2 консультації з громадськiстю: громадські слухання щодо проекту Програми розвитку автомобільних доріг району (15.04.2013) та опитування мешканців c. Киїнка щодо реконструкції ФАПу (127 осіб);",
             "п. 9 – члени громадської ради при райдержадміністрації залучені до обговорення пpоектів 4 розпоряджень голови РДА;",
             "п. 12 – громадські eкспертизи – не проводились.",
             "С уважением,", "Черниговская РГА, отдел организационной работы",
             "Лещенко Ирина, тел. (0462) 67-22-91"]
    plain = "\n\n".join(paras) + "\n"
    def hp(p):
        return "<p class=MsoNormal><span lang=UK style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>%s<o:p></o:p></span></p>" % p
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"><style><!-- p.MsoNormal{margin:0cm;margin-bottom:.0001pt;"
            "font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";} --></style></head><body lang=RU link=blue vlink=purple>"
            "<div class=WordSection1><p class=MsoNormal><img width=120 height=40 id=\"Рисунок_x0020_1\" src=\"cid:image001.png@01CE68E1.2B5A6C70\" "
            "alt=\"logo\"><o:p></o:p></p>" + "".join(hp(p) for p in paras[:6])
            + hp("<img width=160 height=50 id=\"Рисунок_x0020_2\" src=\"cid:image002.png@01CE68E1.2B5A6C70\">")
            + "".join(hp(p) for p in paras[6:]) + "</div></body></html>")
    related = multi("related", [text(html, "html", cs="windows-1251"),
                                attach(png(120, 40, (30, 70, 140)), "image/png", "image001.png", "ascii", disp="inline",
                                       cid="image001.png@01CE68E1.2B5A6C70"),
                                attach(png(160, 50, (20, 20, 20)), "image/png", "image002.png", "ascii", disp="inline",
                                       cid="image002.png@01CE68E1.2B5A6C70")],
                    "----=_NextPart_001_0008_01CE68E1.2B5A6C70", preamble=None, extra='\r\n type="text/html";')
    alt = multi("alternative", [text(plain, cs="windows-1251"), related], "----=_NextPart_002_0009_01CE68E1.2B5A6C70", preamble=None)
    return eml("mx04", addr("Лещенко Ирина", "rda-chernihiv@example.gov.ua", "windows-1251"),
               "Информация Черниговской РГА (Відкритий уряд)", kyiv(2013, 6, 14, 11, 25, 36), alt, scs="windows-1251",
               mailer="X-Mailer: Microsoft Office Outlook 12.0",
               msgid="<000801ce68e1$2b5a6c70$820f4550$@example.gov.ua>",
               extra=["Thread-Index: Ac5o4StaCdZ1k7ERQ0+VwUqO0o3MvA==", "Content-Language: ru"])


KEY = {"class": "mixed", "executor": "rda-koriukivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Twelve minutes before midnight on the deadline; the body is labelled koi8-u but written in windows-1251 (it still answers item 9), the .doc answers 1, 6, 7 and only points to the second attachment, a PDF note on the public expertise (12).",
       "items": [{"measure": 1, "source": "Корюківська РДА - інформація.doc"},
                 {"measure": 6, "source": "Корюківська РДА - інформація.doc"},
                 {"measure": 7, "source": "Корюківська РДА - інформація.doc"},
                 {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "Довідка_експертиза.pdf"}]}
@mail("mx05", KEY)
def mx05():
    dbody = """
<p align="center"><b>Інформація Корюківської райдержадміністрації про виконання Плану заходів «Відкритий уряд» за ІІ півріччя 2013 року</b></p>
<p>п. 1 – офіційний веб-сайт РДА переведено на новий хостинг, створено розділи «Громадська рада» та «Очищення влади», розміщено 38 розпоряджень голови РДА.</p>
<p>п. 6 – проведено громадські слухання щодо проекту районного бюджету на 2014 рік (05.12.2013) та 3 зустрічі з мешканцями сіл з питань реформування медицини.</p>
<p>п. 7 – до складу районної координаційної ради з питань запобігання корупції включено 2 представників громадських організацій.</p>
<p>п. 12 – див. довідку, що додається.</p>
<p>Заступник голови РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.В.Дяченко</p>
"""
    d = doc("mx05_koriukivka.doc", dbody)
    pbody = """
<p align="center"><b>ДОВІДКА</b><br>про проведення громадської антикорупційної експертизи</p>
<p>У жовтні 2013 року громадська організація «Корюківська антикорупційна ініціатива» провела громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації «Про затвердження Порядку надання матеріальної допомоги малозабезпеченим громадянам». За результатами експертизи надано 3 пропозиції, з них 2 враховано при доопрацюванні проекту; розпорядження підписано 11.11.2013 № 512.</p>
<p>Райдержадміністрація надала організації проект розпорядження та пояснювальну записку до нього, представника ГО запрошено на засідання колегії РДА.</p>
<p>Головний спеціаліст юридичного відділу РДА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В.П.Стрілець</p>
"""
    pdf = doc("mx05_koriukivka_dovidka.pdf", pbody)
    t = """Добрий вечір!
Надаємо інформацію Корюківської РДА (2 файли).
Доповнення по п. 9 – проект Програми розвитку освіти району на 2014-2016 рр. обговорено з членами громадської ради при РДА 26.11.2013, 4 пропозиції враховано.

Шевчук В., відділ організаційної роботи
"""
    part = multi("mixed", [text(t, cs="koi8-u", cte="8bit", actual="cp1251"),
                           attach(d, MIME_OF["doc"], "Корюківська РДА - інформація.doc", "2047b", "windows-1251"),
                           attach(pdf, MIME_OF["pdf"], "Довідка_експертиза.pdf", "2047b", "windows-1251")],
                 "----------1A3B5C7D9E2F4A6B")
    return eml("mx05", addr("Корюківська РДА", "rda-koriukivka@example.gov.ua", "windows-1251"),
               "Інформація Корюківської РДА", kyiv(2013, 12, 15, 23, 48, 10), part, scs="windows-1251",
               mailer="X-Mailer: The Bat! (v6.0.10) Professional")

# ================================================================ checks
def period_of(dt):
    day = dt.astimezone(KYIV).date()
    if day < PLAN["plan"]["approved"]:
        return None, None
    for n, d in enumerate(DEADLINES, 1):
        if day <= d:
            return n, False
        if day <= d + datetime.timedelta(days=GRACE):
            return n, True
    return None, None


def parts_of(msg):
    """Decoded attachment names anywhere in the mail, and whether a top-level text body exists."""
    names, body = set(), False
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.add(fn)
    def top_text(m):
        if m.is_multipart():
            if m.get_content_type() == "message/rfc822":
                return False
            return any(top_text(p) for p in m.get_payload())
        return m.get_content_maintype() == "text" and not m.get_filename() and m.get_content_type() in ("text/plain", "text/html")
    return names, top_text(msg)


def check(name, key, raw):
    errs = []
    pre = name[:2]
    if key.get("class") != CLASSES.get(pre):
        errs.append("class %r does not match prefix %r" % (key.get("class"), pre))
    if key.get("executor") not in EXEC:
        errs.append("executor %r is not a plan.toml id" % key.get("executor"))
    if set(key) != {"class", "executor", "period", "late", "kind", "reason", "note", "items"}:
        errs.append("key fields: %s" % sorted(key))
    if key["kind"] == "not_report":
        if key["reason"] not in REASONS or key["items"]:
            errs.append("not_report needs a reason and no items")
    elif key["kind"] != "report" or key["reason"] is not None or not key["items"]:
        errs.append("report needs kind report, reason null and items")
    if not key["note"] or re.search(r"[.!?] [A-ZА-ЯІЇЄҐ]", key["note"]) or not key["note"].endswith("."):
        errs.append("note should be one sentence")
    its = [(i["measure"], i["source"]) for i in key["items"]]
    if its != sorted(set(its)):
        errs.append("items not sorted/unique: %s" % its)
    if any(not (1 <= m <= 15) for m, _ in its):
        errs.append("measure out of 1..15")
    if b"\n" in raw.replace(CRLF, b""):
        errs.append("bare LF")
    msg = email.message_from_bytes(raw, policy=policy.default)
    date = email.utils.parsedate_to_datetime(msg["Date"])
    if date.utcoffset() != date.astimezone(KYIV).utcoffset():
        errs.append("Date not in Kyiv offset")
    p, late = period_of(date)
    if (p, late) != (key["period"], key["late"]):
        errs.append("period/late %s/%s but Date gives %s/%s" % (key["period"], key["late"], p, late))
    rec = msg.get_all("Received")[0]
    rdt = email.utils.parsedate_to_datetime(rec.rsplit(";", 1)[1].strip())
    delta = (rdt - date).total_seconds()
    if not (0 < delta < 60) or rdt.astimezone(KYIV).date() != date.astimezone(KYIV).date():
        errs.append("Received not a few seconds after Date on the same Kyiv day")
    if not (2012 <= date.year <= 2013):
        errs.append("Date outside 2012-2013")
    if msg["To"].addresses[0].addr_spec != MAILBOX:
        errs.append("To is not the mailbox")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing " + h)
    sender = msg["From"].addresses[0].addr_spec.lower()
    owner = [e for e in EXEC.values() if sender in [a.lower() for a in e.get("emails", [])]]
    if pre == "pa":
        if sender in [a.lower() for a in EXEC[key["executor"]]["emails"]]:
            errs.append("pa mail from the executor's own box")
        if not owner and sender.rsplit("@", 1)[1] not in PRIVATE:
            errs.append("pa sender neither private nor another office's box")
    elif not owner or owner[0]["id"] != key["executor"]:
        errs.append("sender %s is not the executor's registered box" % sender)
    if sender.endswith("@example.gov.ua") or sender.endswith("@example.org.ua"):
        if not owner:
            errs.append("invented address in a registered domain: " + sender)
    names, has_body = parts_of(msg)
    for _, src in its:
        if src == "body":
            if not has_body:
                errs.append("source body but no top-level text")
        elif src not in names:
            errs.append("source %r not among attachments %s" % (src, sorted(names)))
    for part in msg.walk():
        if part.get_filename() and not part.is_multipart():
            if len(part.get_payload(decode=True)) >= 60 * 1024:
                errs.append("attachment %s is 60 KB or more" % part.get_filename())
    return errs


def main():
    only_check = "--check" in sys.argv
    measures, errors, names = set(), [], set()
    if len(MAILS) != 40:
        errors.append("expected 40 mails, have %d" % len(MAILS))
    for name, key, fn in MAILS:
        if name in names:
            errors.append("duplicate " + name)
        names.add(name)
        path = os.path.join(HERE, name + ".eml")
        if only_check:
            raw = open(path, "rb").read()
        else:
            raw = fn()
            open(path, "wb").write(raw)
            with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write("\n")
        for e in check(name, key, raw):
            errors.append("%s: %s" % (name, e))
        measures |= {i["measure"] for i in key["items"]}
    from collections import Counter
    per = Counter(n[:2] for n in names)
    if any(per[p] != 5 for p in CLASSES):
        errors.append("not five mails per class: %s" % dict(per))
    if measures != set(range(1, 16)):
        errors.append("measures never itemised: %s" % sorted(set(range(1, 16)) - measures))
    for e in errors:
        print("ERROR", e)
    print("%d mails, %d items, %d errors" % (len(MAILS), sum(len(k["items"]) for _, k, _ in MAILS), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
